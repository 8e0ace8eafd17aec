"""ophthalmology: eye clinic notes, retina injection logs, optometry referral letters. Mixed case."""
import datetime as dt
from core import (Note, S, People, address_segs, date_span, rand_date, phone, mrn, email, TOWNS)

NAME = 'ophthalmology'
CLINICS = [('Tullamore Eye Institute', 'TEI'), ('Redfern Retina Consultants', 'RRC'), ('Northgate University Eye Center', 'NUEC'),
           ('Harbor Pointe Vision & Laser', 'HPVL')]
OPTOM = ['Clearview Optometry', 'Wickham Family Eyecare', 'Lantern Vision Studio', 'Spectacle Shoppe of Grange', 'Summit Eye & Optical']
DRUGS = [('Eylea', 'aflibercept 2 mg/0.05 mL'), ('Lucentis', 'ranibizumab 0.5 mg/0.05 mL'), ('Avastin', 'bevacizumab 1.25 mg/0.05 mL'),
         ('Vabysmo', 'faricimab 6 mg/0.05 mL')]


def va(rng):
    return rng.choice(['20/20', '20/25', '20/25-2', '20/30', '20/40', '20/50+1', '20/60', '20/80', '20/100', '20/200', 'CF 3 ft', 'HM', '20/70'])


FILL = [
    'Ishihara 10/10 OU. Amsler grid: metamorphopsia OS superotemporal.',
    'Dilated with tropicamide 1% and phenylephrine 2.5% at {t}.',
    'SLE: L/L nl, C/S white and quiet, K clear, AC deep and quiet, iris flat, lens 2+ NS OU.',
    'DFE: C/D 0.3 OD, 0.35 OS, sharp margins. Macula: drusen OU, SRF OS. Periphery flat 360.',
    'OCT mac: CST 412 um OS (prev 356), intraretinal cysts, no SRF OD.',
    'Gonioscopy: open to CBB 360 OU, Shaffer grade 4.',
    'HVF 24-2 SITA Fast: superior arcuate defect OS, MD -4.21 dB, reliable.',
    'Pachymetry 548/553. Tmax 24 on Goldmann.',
    'Latanoprost 0.005% qhs OU, timolol 0.5% BID OS.',
    'Cover test: ortho at distance, 4 PD XP at near. EOM full.',
    'Pupils: equal, round, reactive, no APD (swinging flashlight).',
    'Schirmer 6 mm OD, 8 mm OS. TBUT 5 s. Restasis discussed.',
    'Hx of Bell palsy L with lagophthalmos; lubricating ointment qhs.',
    'Fundus photos and FA ordered; Humphrey repeat in 4 months.',
    'Refraction: OD -2.25 +0.75 x 090, OS -2.50 +0.50 x 085, add +2.25.',
    'Discussed AREDS2 vitamins and home Amsler grid monitoring.',
    'Hollenhorst plaque not seen. Carotid duplex ordered.',
    'Weiss ring OS, no Shafer sign, no retinal tear on 360 scleral depression.',
    'Cup/disc 0.7 OU, ISNT rule violated inferiorly OS.',
    'Pt reports floaters since Thanksgiving, no curtain.',
]


def build(rng):
    people = People(rng)
    out = []
    pid = 901
    while len(out) < 40:
        n_notes = min(rng.choice([2, 2, 3]), 40 - len(out))
        pt = people.make()
        clinic, acr = rng.choice(CLINICS)
        md = people.make(0.2)
        od = people.make(0.2)
        optom = rng.choice(OPTOM)
        optom_town = rng.choice(TOWNS)
        mr = mrn(rng)
        d0 = rand_date(rng)
        drug, generic = rng.choice(DRUGS)
        eye = rng.choice(['OD', 'OS', 'OU'])
        age = rng.choice([None, None, str(rng.randint(90, 99))])
        driver = people.make(0.3)
        driver_rel = rng.choice(['son', 'daughter', 'husband', 'wife', 'friend', 'neighbour'])
        carry = [
            ['Hx: ', rng.choice(['nAMD', 'DME', 'BRVO', 'POAG', 'CRVO']), ' ', eye, ' dx ', rng.choice([S(str(rng.randint(2015, 2025)), 'DateYear'), date_span(rng, d0 - dt.timedelta(days=rng.randint(200, 2000)), ['MonthY', 'mY'])]),
             ' by Dr. ', S(people.make(0.2).fmt(rng.choice(['l', 'fl'])), 'HCPName'), ' at ', S(rng.choice(CLINICS)[0], 'Location'), '.'],
            ['Driver today: ', driver_rel, ' ', S(driver.fmt(rng.choice(['f', 'fl'])), 'RelativeProxyName'), ' (', S(phone(rng), 'Phone'), ').'],
        ]
        if age:
            carry.append(['Age ', S(age, 'Age'), ', lives ', rng.choice(['alone', 'with ' + driver_rel]), ' in ', S(rng.choice(TOWNS), 'Location'), '; still reads large print.'])
        for k in range(n_notes):
            n = Note()
            d = d0 + dt.timedelta(days=k * rng.randint(28, 56))
            tech = people.make(0.3)
            kind = ['letter', 'clinic', 'inject'][rng.randint(0, 2)] if k == 0 else rng.choice(['clinic', 'inject'])
            if kind == 'letter':
                n.line(S(optom, 'Location'), ' - ', S(optom_town, 'Location'))
                n.line(S(od.fmt(rng.choice(['fl', 'fml'])), 'HCPName'), ', O.D.   Tel ', S(phone(rng), 'Phone'), '  Fax ', S(phone(rng), 'Phone'))
                n.line(date_span(rng, d, ['MonthdY', 'mdY', 'dMonthY']))
                n.blank()
                n.line('To: Dr. ', S(md.fmt('fl'), 'HCPName'), ', ', S(clinic, 'Location'))
                n.line('Re: ', S(pt.fmt(rng.choice(['fl', 'lf'])), 'PTName'), ', DOB ', date_span(rng, dt.date(d0.year - int(age) - 1 if age else rng.randint(1936, 1990), rng.randint(1, 12), rng.randint(1, 28)), ['mdY', 'mdy']))
                n.blank()
                n.line('Dear Dr. ', S(md.fmt('l'), 'HCPName'), ',')
                n.line('I am referring ', pt.title, ' ', S(pt.fmt('l'), 'PTName'), ' for ', rng.choice(['possible wet AMD OS', 'elevated IOP', 'new retinal hemorrhages', 'cataract evaluation']), '.')
                n.line('Today BCVA ', va(rng), ' OD, ', va(rng), ' OS; IOP (iCare) ', f'{rng.randint(10, 32)}/{rng.randint(10, 32)}', ' at ', f'{rng.randint(8, 16)}:{rng.randint(0, 59):02d}', '.')
                n.extend(carry)
                for f in rng.sample(FILL, rng.randint(3, 6)):
                    n.line(f.format(t=f'{rng.randint(8, 16)}:{rng.randint(0, 59):02d}'))
                n.line('Last eye exam with us ', date_span(rng, d - dt.timedelta(days=rng.randint(300, 800)), ['mY', 'MonthY', 'mdY']), '. Thank you for seeing ', rng.choice(['her', 'him', 'them']), '.')
                n.blank()
                n.line('Kind regards,')
                n.line(S(od.fmt('fl'), 'HCPName'), ', OD, FAAO')
                n.line(S(email(rng, od, 'eyecare.example.com'), 'Other'))
            elif kind == 'clinic':
                n.line(S(acr, 'Location'), rng.choice([' Comprehensive Eye Exam', ' - Glaucoma F/U', ' Retina Clinic', ' Cornea/Cataract visit']))
                n.line(S(pt.fmt(rng.choice(['lfm', 'lf', 'LFcaps'])), 'PTName'), '  MRN ', S(mr, 'Other'), '  ', date_span(rng, d))
                n.line('Attending ', S(md.fmt(rng.choice(['fl', 'l', 'Fl'])), 'HCPName'), ', MD; tech ', S(tech.fmt(rng.choice(['f', 'fl'])), 'HCPName'), ', COA')
                n.blank()
                n.line('CC: ', rng.choice(['blurry vision OS x 2 wks', 'routine glaucoma f/u', 'floaters OD', 'post-op day 1 CE/IOL OD', 'Pt states "eyes are fine"']))
                n.line(f'VA sc: OD {va(rng)}  OS {va(rng)}   PH: OD {va(rng)}  OS {va(rng)}')
                n.line(f'IOP (Tonopen) {rng.randint(8, 30)}/{rng.randint(8, 30)} at {rng.randint(8, 16)}:{rng.randint(0, 59):02d}')
                n.line(f'C/D {rng.choice(["0.2", "0.3", "0.4", "0.5", "0.6", "0.8"])} / {rng.choice(["0.3", "0.35", "0.45", "0.7"])}')
                n.extend(carry if k == 0 else carry[:1] + carry[2:])
                for f in rng.sample(FILL, rng.randint(4, 8)):
                    n.line(f.format(t=f'{rng.randint(8, 16)}:{rng.randint(0, 59):02d}'))
                if rng.random() < 0.3:
                    n.line(S(pt.fmt(rng.choice(['l', 'f'])), 'PTName'), "'s ", rng.choice(['reading glasses are old (2 yrs)', 'daughter manages eye drops', 'drops schedule reviewed']), '.')
                n.line('Referred from ', S(optom, 'Location'), ' (', S(od.fmt(rng.choice(['l', 'fl'])), 'HCPName'), ', OD).')
                if rng.random() < 0.5:
                    n.line('Records requested from ', S(rng.choice(CLINICS)[1], 'Location'), ' fax ', S(phone(rng), 'Phone'), ' on ', date_span(rng, d, ['md', 'Mond']), '.')
                n.line('RTC ', rng.choice(['4 wks', '3 mo', '6 weeks', '1 yr']), ' (', date_span(rng, d + dt.timedelta(days=rng.randint(28, 120)), ['md', 'mdy', 'Mond']), ') with HVF/OCT.')
                n.line(S(md.fmt(rng.choice(['fl', 'fml'])), 'HCPName'), ', MD  ', S(md.initials(), 'HCPName'), '/', S(tech.initials().lower(), 'HCPName'))
            else:
                lot = f'{rng.choice("ABCDEFGHJK")}{rng.randint(100000, 999999)}'
                n.line('INTRAVITREAL INJECTION LOG - ', S(acr, 'Location'), rng.choice([' Retina', ' Injection Clinic']))
                n.line('Pt: ', S(pt.fmt(rng.choice(['lf', 'fl', 'LFcaps'])), 'PTName'), '  MRN ', S(mr, 'Other'), '  Date ', date_span(rng, d, ['mdY', 'iso', 'dMonY', 'mdy']))
                n.line('Injection # ', str(k + rng.randint(3, 14)), ' ', eye if eye != 'OU' else 'OS', '  Agent: ', drug, ' (', generic, ')  Lot ', S(lot, 'Other'), '  Exp ', S(f'{rng.randint(1, 12):02d}/{rng.randint(2026, 2028)}', 'Date'))
                n.line('Prior injection ', date_span(rng, d - dt.timedelta(days=rng.randint(28, 63)), ['md', 'mdY', 'Mond']), '; interval ', str(rng.choice([4, 5, 6, 8, 10, 12])), ' wks (treat & extend)')
                n.line('Timeout performed with ', S(tech.fmt('fl'), 'HCPName'), ', COT at ', f'{rng.randint(8, 16)}:{rng.randint(0, 59):02d}', '. Correct eye marked.')
                if rng.random() < 0.4:
                    n.line('Syringe labelled with pt initials ', S(pt.initials(rng.random() < 0.5), 'PTNameInitial'), ' and eye.')
                n.line('Prep: proparacaine 0.5%, lidocaine 3.5% gel, 5% povidone-iodine, lid speculum.')
                n.line('30g needle 3.5 mm post limbus inferotemporal. Pt tolerated well.')
                n.line(f'Post IOP {rng.randint(10, 35)} at 5 min; CF vision confirmed. Optic nerve perfused.')
                n.extend(carry[:1] + ([carry[1]] if rng.random() < 0.5 else []))
                for f in rng.sample(FILL, rng.randint(2, 5)):
                    n.line(f.format(t=f'{rng.randint(8, 16)}:{rng.randint(0, 59):02d}'))
                n.line('Next: ', date_span(rng, d + dt.timedelta(days=rng.randint(28, 84)), ['md', 'mdY', 'Mond', 'ord']), ' OCT + inject. After-hours: ', S(phone(rng), 'Phone'))
                n.line('Injecting MD: ', S(md.fmt(rng.choice(['fl', 'lf', 'l'])), 'HCPName'), '   Scribe: ', S(people.make(0.3).initials(True), 'HCPName'))
            while len(n.lines) < 10:
                n.line(rng.choice(FILL).format(t='9:10'))
            out.append((str(pid), str(k + 1), n))
        pid += 1
    return out[:40]


def case_fn_factory(rng):
    def fn(i, segs):
        return 'upper' if rng.random() < 0.07 else None
    return fn
