"""dental-oral-surgery: dental and oral-surgery clinic notes and referral letters. Mixed case."""
import datetime as dt
from core import (Note, S, People, address_segs, date_span, fmt_date, rand_date, phone, mrn, email, TOWNS)

NAME = 'dental-oral-surgery'
CLINICS = [('Glass Lake Oral Surgery Associates', 'GLOSA', 'glossa-oms.example.com'),
           ('Hollis Ferry Oral & Maxillofacial Surgery', 'HFOMS', 'hfoms.example.net'),
           ('Northgate University School of Dental Medicine', 'NUSDM', 'dental.northgate.example.edu'),
           ('Bridgewater Commons Periodontics', 'BCP', 'bcperio.example.com')]
GENERAL = ['Smile Harbor Family Dentistry', 'Cook Street Dental', 'Orchard Dental Group', 'Lantern Pediatric Dentistry',
           'Bright Path Dental Care', 'Quarry Hill Dental Studio', 'Dentistry at Sawmill Square']
SCHOOLS = ['Ferris Gap Elementary', 'Copperton High School', 'Winslow Flats Middle School', 'St. Agnes Academy']
PHARM = ['Hollis Family Pharmacy', 'RxPlus on Main', 'Copperton Apothecary', 'Marrowby Drug & Gift']
TEETH = ['#1', '#16', '#17', '#32', '#14', '#3', '#19', '#30', '#8', '#9', '#2', '#31', '#12', '#21', '#28', '#A', '#T']
FILL = [
    'Anesthesia: 2 carpules 4% Septocaine 1:100,000 epi via L IANB and long buccal; 1 carpule 2% lidocaine 1:100,000 infiltration.',
    'Anaesthetic: 3 carpules 2% Xylocaine w/ 1:100k epi, R PSA + MSA.',
    'Mobility: #24 class 3/4 (Miller 2), #25 class 1. Furcation class II on #30.',
    'Probing depths 3/4/5 mm buccal, 6 mm DL on #19. BOP 32%.',
    'Pano taken today: impacted #17 and #32 mesioangular, close to IAN canal.',
    'Caries: #14 MOD, #15 DO, recurrent decay under #3 crown.',
    'Hemostasis with Gelfoam and 3-0 chromic gut x 2. Gauze pack placed.',
    'Post-op instructions given verbally and in writing. No straws, no smoking x 72 h.',
    'Rx: amoxicillin 500 mg TID x 7 days, ibuprofen 600 mg q6h prn, Peridex 0.12% rinse.',
    'ASA II. Mallampati II. BP 138/84, HR 72, SpO2 98% RA.',
    'Occlusion class I, overjet 3 mm, overbite 40%. Max opening 42 mm.',
    'IV sedation: midazolam 5 mg, fentanyl 100 mcg titrated. Monitored with capnography.',
    'Bone graft: Bio-Oss 0.5 g with Bio-Gide membrane, site #19.',
    'Implant: Straumann BLT 4.1 x 10 mm placed #30, ISQ 72, cover screw.',
    'Tooth #8 fractured (Ellis class II), pulp not exposed, composite bandage.',
    'TMJ: clicking on opening R side, no crepitus, deviation to R.',
    'Hypertrophic frenum noted; Z-plasty discussed.',
    'Dry socket precautions reviewed. Alvogyl placed at #17 site.',
    'Radiographs: 4 BWX and FMX, periapical radiolucency at apex #19 (4 x 5 mm).',
    'Gow-Gates block attempted, then conventional IANB.',
]


def build(rng):
    people = People(rng)
    out = []
    pid = 801
    while len(out) < 40:
        n_notes = min(rng.choice([1, 2, 2, 3]), 40 - len(out))
        pt = people.make()
        clinic, acr, domain = rng.choice(CLINICS)
        surgeon = people.make(0.2)
        gdp = people.make(0.2)
        gdp_office = rng.choice(GENERAL)
        parent = people.make(0.3)
        parent.last = pt.last if rng.random() < 0.6 else parent.last
        minor = rng.random() < 0.3
        chart = rng.choice([f'GL-{rng.randint(10000, 99999)}', mrn(rng), f'{rng.randint(100000, 999999)}'])
        d0 = rand_date(rng)
        dob = dt.date(rng.randint(2008, 2016) if minor else rng.choice([rng.randint(1926, 1934), rng.randint(1935, 2004), rng.randint(1935, 2004)]), rng.randint(1, 12), rng.randint(1, 28))
        teeth = rng.sample(TEETH, 3)
        clinic_town = rng.choice(TOWNS)
        clinic_phone, clinic_fax = phone(rng), phone(rng)
        pt_town = rng.choice(TOWNS)
        old_age = (d0 - dob).days // 365
        age_line = ['Age ', S(str(old_age), 'Age'), ', full dentures since ', S(str(rng.randint(1975, 2010)), 'DateYear'), ', lives at ',
                    S(rng.choice(['Oxbow Manor Assisted Living', 'Saint Agnes Home', 'Kettle Springs Senior Residences']), 'Location'), '.'] if old_age > 89 else None
        carry = [
            ['Medical hx: ', rng.choice(['HTN on lisinopril', 'T2DM, A1c 7.9', 'AFib on Eliquis', 'asthma', 'breast ca', 'none significant']),
             *([' (dx ', S(str(rng.randint(2000, 2024)), 'DateYear'), ', treated at ', S(rng.choice(['Northgate University Medical Center', 'Harlow Valley Hospital', 'Kettle Springs Community Hospital']), 'Location'), ')'] if rng.random() < 0.5 else []),
             '; allergies ', rng.choice(['NKDA', 'PCN (rash)', 'codeine', 'latex'])],
            ['Referred by Dr. ', S(gdp.fmt(rng.choice(['fl', 'l', 'Fl'])), 'HCPName'), ', ', S(gdp_office, 'Location'), ', for eval of ', teeth[0], ' and ', teeth[1], '.'],
        ]
        if age_line:
            carry.append(age_line)
        if minor:
            carry.append(['Accompanied by ', rng.choice(['mother', 'father', 'grandmother', 'guardian']), ' ', S(parent.fmt(rng.choice(['fl', 'f'])), 'RelativeProxyName'),
                          ' who signed consent. Pt in ', rng.choice(['4th', '7th', '9th']), ' grade at ', S(rng.choice(SCHOOLS), 'Location'), '.'])
        for k in range(n_notes):
            n = Note()
            d = d0 + dt.timedelta(days=k * rng.randint(7, 30))
            asst = people.make(0.3)
            kind = 'letter' if (k == 0 and rng.random() < 0.45) else 'clinic'
            if kind == 'letter':
                n.line(S(clinic, 'Location'))
                n.line(*address_segs(rng, clinic_town))
                n.line('Tel ', S(clinic_phone, 'Phone'), '  Fax ', S(clinic_fax, 'Phone'), '  ', S(f'www.{domain}', 'Other'))
                n.blank()
                n.line(date_span(rng, d, ['MonthdY', 'dMonthY', 'mdY']))
                n.blank()
                n.line('Dr. ', S(gdp.fmt(rng.choice(['fl', 'fml'])), 'HCPName'), ', DDS')
                n.line(S(gdp_office, 'Location'))
                n.line(*address_segs(rng))
                n.blank()
                n.line('RE: ', S(pt.fmt(rng.choice(['fl', 'fml', 'fnickl'])), 'PTName'), '   DOB ', date_span(rng, dob, ['mdY', 'mdy']), '   Chart ', S(chart, 'Other'))
                n.blank()
                n.line('Dear Dr. ', S(gdp.fmt('l'), 'HCPName'), ',')
                n.line('Thank you for referring ', pt.title, ' ', S(pt.fmt('l'), 'PTName'), ' to our office. ', rng.choice(['I saw', 'We evaluated']), ' ',
                       rng.choice(['him', 'her', 'them']), ' on ', date_span(rng, d - dt.timedelta(days=rng.randint(1, 5)), ['MonthdY', 'Monthd', 'mdY']), '.')
                n.extend(carry)
                for f in rng.sample(FILL, rng.randint(3, 6)):
                    n.line(f)
                n.line('Plan: extraction of ', teeth[0], ', ', teeth[1], ' and ', teeth[2], ' under IV sedation, scheduled ', date_span(rng, d + dt.timedelta(days=rng.randint(7, 40)), ['MonthdY', 'Mond', 'md']), '.')
                n.line(S(pt.fmt('f'), 'PTName'), ' may return to your care for restorative work about 6 weeks post-op.')
                n.line('Please call me at ', S(clinic_phone, 'Phone'), ' or e-mail ', S(email(rng, surgeon, domain), 'Other'), ' with any questions.')
                n.blank()
                n.line('Sincerely,')
                n.line(S(surgeon.fmt(rng.choice(['fml', 'fl'])), 'HCPName'), ', DMD, MD')
                n.line('cc: ', S(pt.fmt('fl'), 'PTName'), *([', ', S(rng.choice(['Granite Mutual Dental', 'Keystone Benefit Trust']), 'Location')] if rng.random() < 0.4 else []))
            else:
                n.line(S(acr, 'Location'), rng.choice([' - ORAL SURGERY CLINIC NOTE', ' Oral Surgery Progress Note', ' - Procedure Note']))
                n.line('Patient: ', S(pt.fmt(rng.choice(['lf', 'lfm', 'fl'])), 'PTName'), '   Chart#: ', S(chart, 'Other'), '   DOS: ', date_span(rng, d))
                n.line('Provider: Dr. ', S(surgeon.fmt(rng.choice(['l', 'fl'])), 'HCPName'), '   Assistant: ', S(asst.fmt(rng.choice(['f', 'fl', 'nick'])), 'HCPName'),
                       rng.choice([', DA', ', RDA', ', EFDA', '']), '   Op ', str(rng.randint(1, 8)))
                n.blank()
                if rng.random() < 0.3:
                    n.line('Pano/BWX files saved under pt initials ', S(pt.initials(rng.random() < 0.3), 'PTNameInitial'), ' + chart#.')
                n.line('CC: ', rng.choice(['"my wisdom tooth is killing me"', 'swelling LR x 3 days', 'f/u extractions', 'loose front tooth after fall', 'implant consult']))
                if k > 0:
                    n.line('S/p extraction ', teeth[0], ' on ', date_span(rng, d0, ['md', 'mdy', 'Mond']), '. ', rng.choice(['Healing well.', 'Pain 3/10, improving.', 'Some trismus, improving.']))
                n.extend(carry if k == 0 else carry[:1] + carry[2:])
                for f in rng.sample(FILL, rng.randint(4, 8)):
                    n.line(f)
                if rng.random() < 0.5:
                    n.line('Rx sent to ', S(rng.choice(PHARM), 'Location'), ', ', S(pt_town, 'Location'), ' (ph ', S(phone(rng), 'Phone'), ').')
                if rng.random() < 0.4:
                    n.line('Spoke with ', S(parent.fmt(rng.choice(['fl', 'f'])), 'RelativeProxyName'), ' (emergency contact) at ', S(phone(rng), 'Phone'), '.')
                if rng.random() < 0.35:
                    n.line('Pt lives in ', S(pt_town, 'Location'), ', ', rng.choice(['45 min drive', 'takes bus', 'ride from church van']), '; prefers mornings.')
                n.line('NV: ', date_span(rng, d + dt.timedelta(days=rng.randint(7, 21)), ['md', 'mdy', 'Mond', 'mdY']), ' ', rng.choice(['po check', 'suture removal', 'implant uncovery', 'recall']))
                n.line(S(surgeon.fmt('fl'), 'HCPName'), ', DDS / ', S(asst.initials(), 'HCPName'))
            while len(n.lines) < 10:
                n.line(rng.choice(FILL))
            out.append((str(pid), str(k + 1), n))
        pid += 1
    return out[:40]


def case_fn_factory(rng):
    def fn(i, segs):
        return 'upper' if (i == 0 and rng.random() < 0.6) or rng.random() < 0.06 else None
    return fn
