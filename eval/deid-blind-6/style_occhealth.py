"""occupational-health: workers' comp and employee-health notes. Mostly lower case, names and towns too."""
import datetime as dt
from core import (Note, S, People, address_segs, date_span, rand_date, phone, mrn, email, street, TOWNS, COUNTIES)

NAME = 'occupational-health'
TYPO_RATE = 0.2
CLINICS = [('Stoneford Occupational Medicine', 'SOM'), ('WorkWell Clinic of Pike Crossing', 'WorkWell'),
           ('Northgate Employee Health Services', 'NEHS'), ('Quarry Hill Industrial Medicine', 'QHIM')]
EMPLOYERS = [('Kessler Fabrication Inc.', 'kessler-fab.example.com'), ('Orchard Valley Poultry', 'ovpoultry.example.com'),
             ('Tri-County Rail Services', 'tcrail.example.com'), ('Halvorsen Lumber & Supply', 'halvorsenlumber.example.com'),
             ('Quarry Hill Cement Co.', 'qhcement.example.com'), ('Brightway Logistics', 'brightway.example.com'),
             ('Summit Foods Distribution', 'summitfoods.example.com'), ('Northgate University Medical Center', 'northgate.example.org'),
             ('Copper Kettle Diner', 'copperkettle.example.com'), ('Lowell County Road Department', 'lowellcounty.example.gov')]
INSURERS = ['Granite Mutual Insurance', 'Keystone Casualty', 'Buckeye Workers Risk Pool', 'Allied Harbor Claims Services']
JOBS = ['forklift operator', 'line cook', 'welder', 'CNA', 'deboner', 'truck driver', 'warehouse picker', 'carpenter', 'road crew flagger', 'RN']
INJURIES = [('low back strain lifting 50 lb box', 'lumbar strain'), ('laceration L index finger from box cutter', 'laceration'),
            ('R shoulder pain reaching overhead', 'rotator cuff strain'), ('slipped on wet floor, twisted L ankle', 'ankle sprain'),
            ('needlestick from used 25g needle', 'needlestick exposure'), ('splash of caustic to R eye', 'chemical conjunctivitis'),
            ('crush injury R thumb in press', 'thumb contusion')]
FILL = [
    'Exam: tenderness L4-S1 paraspinals, SLR negative bilateral, strength 5/5, DTRs 2+ symmetric.',
    'Range of motion: flexion 60 deg, extension 15 deg, pain at end range.',
    'Visual acuity 20/20 OU after irrigation with 2 L NS, pH 7.0.',
    'Tdap given today, lot recorded in VIS log. PPD placed L forearm, read in 48-72 h.',
    'Hep B sAb 8 (non-immune); repeat series started, dose 1 of 3.',
    'Respirator fit test: 3M 1860 N95 size regular, passed qualitative (Bitrex).',
    'Audiogram: 25 dB shift at 4 kHz L, STS per OSHA; retest in 30 days.',
    'Spirometry: FEV1 3.12 L (88%), FVC 4.01 L, ratio 0.78.',
    'Source patient labs: HIV Ag/Ab, HBsAg, HCV Ab ordered per protocol.',
    'PEP discussed; declined after source negative on rapid test.',
    'Naproxen 500 mg BID x 10 days, cyclobenzaprine 5 mg qhs prn. Ice 20 min q2h.',
    'X-ray R thumb 3 views: no fracture, soft tissue swelling.',
    'Wound closed with 4 sutures 4-0 Ethilon, Dermabond over tip.',
    'PT 2x/week x 4 weeks, home exercise program given.',
    'DOT physical: BP 138/86, urine dip negative, vision 20/25 each eye, whisper test passed.',
    'Pt says supervisor will not honor light duty; will address with adjuster.',
    'Phalen and Tinel negative. Finkelstein negative.',
    'Functional capacity: lift 20 lb floor to waist occasionally.',
    'Pt works 12 h night shifts, 4 on 3 off.',
    'Will see in 1 week. May return to full duty if pain < 3/10.',
    'Pt hopes to keep job; union steward aware. Red Wing steel-toe boots required on site.',
]


def build(rng):
    people = People(rng)
    out = []
    pid = 1101
    while len(out) < 40:
        n_notes = min(rng.choice([2, 2, 3]), 40 - len(out))
        pt = people.make()
        clinic, acr = rng.choice(CLINICS)
        provider = people.make(0.2)
        employer, edomain = rng.choice(EMPLOYERS)
        supervisor = people.make(0.3)
        adjuster = people.make(0.3)
        insurer = rng.choice(INSURERS)
        claim = rng.choice([f'WC-{rng.randint(25, 26)}-{rng.randint(10000, 99999)}', f'{rng.randint(10, 99)}-{rng.randint(100000, 999999)}-{rng.randint(1, 9)}',
                            f'GM{rng.randint(10000000, 99999999)}'])
        emp_id = f'{rng.choice(["E", "", "W"])}{rng.randint(10000, 999999)}'
        job = rng.choice(JOBS)
        inj, dx = rng.choice(INJURIES)
        doi = rand_date(rng)
        site_town = rng.choice(TOWNS)
        spouse = people.make(0.3)
        spouse.last = pt.last if rng.random() < 0.5 else spouse.last
        adj_phone = phone(rng)
        carry = [
            ['employer: ', S(employer, 'Location'), '   job: ', job, '   employee id ', S(emp_id, 'Other')],
            ['doi: ', date_span(rng, doi, ['mdY', 'mdy', 'md', 'iso']), '   claim # ', S(claim, 'Other')],
            ['job site: ', S(street(rng, 0.2), 'Location'), ', ', S(site_town, 'Location'), *([' (', S(rng.choice(COUNTIES), 'Location'), ')'] if rng.random() < 0.5 else [])],
            ['supervisor ', S(supervisor.fmt(rng.choice(['fl', 'f', 'nickl'])), 'HCPName'), ' ', S(phone(rng), 'Phone'), '; adjuster ',
             S(adjuster.fmt(rng.choice(['fl', 'lf'])), 'HCPName'), ' at ', S(insurer, 'Location'), ' ', S(adj_phone, 'Phone'),
             *([' x', S(str(rng.randint(100, 9999)), 'Phone')] if rng.random() < 0.4 else [])],
        ]
        for k in range(n_notes):
            n = Note()
            d = doi + dt.timedelta(days=rng.randint(0, 2) if k == 0 else k * rng.randint(7, 21))
            ma = people.make(0.3)
            if k == 0:
                n.line(S(clinic, 'Location'), ' - workers comp initial visit')
                n.line('pt: ', S(pt.fmt(rng.choice(['fl', 'lf', 'fml', 'fnickl'])), 'PTName'), '  dob ', date_span(rng, dt.date(rng.randint(1958, 2004), rng.randint(1, 12), rng.randint(1, 28)), ['mdY', 'mdy']),
                       '  chart ', S(mrn(rng), 'Other'), '  dos ', date_span(rng, d, ['mdY', 'mdy', 'dMonY']))
                n.extend(carry)
                n.blank()
                n.line('hpi: ', rng.choice(['pt', 'employee', S(pt.fmt('f'), 'PTName')]), ' reports ', inj, ' on ', date_span(rng, doi, ['md', 'Mond', 'Monthd']),
                       ' at approx ', f'{rng.randint(1, 12)}:{rng.randint(0, 59):02d}', rng.choice([' am', ' pm']), '. ', rng.choice(['reported to supervisor same day.', 'did not report until next shift.', 'witnessed by coworker ']),
                       *([S(people.make(0.3).fmt('fl'), 'HCPName'), '.'] if rng.random() < 0.4 else []))
                n.line('prior injury: ', *([rng.choice(['similar strain ', 'L knee scope ']), S(str(rng.randint(2008, 2024)), 'DateYear'), ', treated at ', S(rng.choice(CLINICS)[1], 'Location')]
                                           if rng.random() < 0.5 else [rng.choice(['none', 'denies'])]))
                for f in rng.sample(FILL, rng.randint(4, 8)):
                    n.line(f)
                if rng.random() < 0.35:
                    n.line('consent signed, initials ', S(pt.initials(rng.random() < 0.5), 'PTNameInitial'), ' on each page; ', rng.choice(['hired ', 'with company since ', 'started here ']),
                           S(str(rng.randint(1999, 2025)), 'DateYear'), '.')
                n.line('dx: ', dx, ', work related.')
                n.line('work status: modified duty, no lifting > 20 lb, no ladders, until ', date_span(rng, d + dt.timedelta(days=rng.randint(7, 21)), ['md', 'mdy', 'mdY']), '.')
                n.line('form c-9 / first report of injury faxed to ', S(insurer, 'Location'), ' ', S(phone(rng), 'Phone'), ', copy to employer hr ', S(email(rng, people.make(), edomain), 'Other'))
                if rng.random() < 0.5:
                    n.line('spouse ', S(spouse.fmt(rng.choice(['f', 'fl'])), 'RelativeProxyName'), ' drove pt; lives at ', *address_segs(rng, rng.choice(TOWNS)))
                n.line('seen by ', S(provider.fmt(rng.choice(['fl', 'fml'])), 'HCPName'), rng.choice([', md', ', pa-c', ', np', ', do']), '  ma ', S(ma.initials(), 'HCPName'))
            else:
                n.line(S(acr, 'Location'), rng.choice([' recheck', ' wc follow-up', ' - f/u visit']), ' ', date_span(rng, d))
                n.line(S(pt.fmt(rng.choice(['lf', 'fl'])), 'PTName'), ' (', S(claim, 'Other'), ')')
                n.line('-- carried forward --')
                n.extend(carry[:2] + ([carry[3]] if rng.random() < 0.6 else []))
                n.blank()
                n.line(rng.choice(['pt', S(pt.fmt('f'), 'PTName'), S(pt.fmt('l'), 'PTName')]), ' ', rng.choice(['improving, pain 4/10 from 7/10.', 'no better, pain 6/10.', 'back to full duty trial last week.', 'missed PT 2x.']))
                n.line('adjuster ', S(adjuster.fmt(rng.choice(['f', 'fl', 'l'])), 'HCPName'), rng.choice([' called', ' emailed', ' left vm']), ' on ', date_span(rng, d - dt.timedelta(days=rng.randint(1, 6)), ['md', 'Mond']),
                       ' asking for mmi date; ', rng.choice(['callback ', 'reached at ']), S(adj_phone, 'Phone'))
                for f in rng.sample(FILL, rng.randint(3, 7)):
                    n.line(f)
                if rng.random() < 0.3:
                    n.line('pt asks to transfer care closer to home in ', S(rng.choice(TOWNS), 'Location'), '; referral to ', S(rng.choice(CLINICS)[0], 'Location'), '.')
                if rng.random() < 0.25:
                    n.line(S(supervisor.fmt(rng.choice(['f', 'l'])), 'HCPName'), "'s crew ", rng.choice(['covering his line', 'short-staffed', 'on mandatory overtime']), '; pt anxious about hours.')
                if rng.random() < 0.3:
                    n.line('supervisor ', S(supervisor.fmt(rng.choice(['f', 'fl', 'l'])), 'HCPName'), ' confirmed light duty available at ', S(employer, 'Location'), ' ', rng.choice(['warehouse', 'front office', 'plant 2']), '.')
                n.line('plan: ', rng.choice(['continue restrictions', 'full duty', 'mmi reached']), ' - next visit ', date_span(rng, d + dt.timedelta(days=rng.randint(7, 21)), ['md', 'mdy', 'Mond', 'mdY']), '.')
                n.line(S(provider.fmt(rng.choice(['fl', 'l', 'Fl'])), 'HCPName'), rng.choice([', md', ', pa-c']), ' / ', S(ma.fmt('f'), 'HCPName'), ' ma')
            while len(n.lines) < 10:
                n.line(rng.choice(FILL))
            out.append((str(pid), str(k + 1), n))
        pid += 1
    return out[:40]


def case_fn_factory(rng):
    def fn(i, segs):
        return 'lower' if rng.random() < 0.9 else None
    return fn
