"""dialysis-unit: haemodialysis run sheets and nephrology rounding notes. Mixed case, capital headers."""
import datetime as dt
from core import (Note, S, People, address_segs, date_span, fmt_date, rand_date, phone, mrn, TOWNS, street)

NAME = 'dialysis-unit'
UNITS = [('Redfern Kidney Center', 'RKC'), ('Cedar Bend Dialysis', 'CBD Unit'), ('Lantern Renal Care', 'LRC'),
         ('Marrowby Home & In-Center Dialysis', 'MHICD'), ('Tamsin Valley Nephrology Associates', 'TVNA')]
HOSPS = [('Harlow Valley Hospital', 'HVH'), ('St. Brigid Regional Medical Center', 'SBRMC'),
         ('Northgate University Medical Center', 'NUMC'), ('Kettle Springs Community Hospital', 'KSCH')]
NICK = {'St. Brigid Regional Medical Center': 'Brig', 'Northgate University Medical Center': 'Northgate U',
        'Harlow Valley Hospital': 'Harlow Valley'}
TRANSPORT = ['Bluewater Medical Transport', 'LifeLine Ambulette', 'Pike Crossing Wheelchair Van Co.',
             'Tri-County Paratransit', 'Go-Ride Medical Cabs']
PHARM = ['Hollis Family Pharmacy', 'RxPlus on Main', 'Copperton Apothecary']
FILL = [
    'Heparin 2000 units bolus then 1000 units/hr, held last 30 min.',
    'Epogen 4000 units IV with treatment. Venofer 100 mg IV x 1.',
    'Calcitriol 0.5 mcg IV. Sensipar held per Dr. orders pending PTH.',
    'Bath 2K/2.5Ca/137Na, bicarb 35. Temp 36.0.',
    'Kt/V 1.32 last month, URR 71%. Albumin 3.6.',
    'Cannulated with 15g needles x 2, no infiltration.',
    'Pt tolerated treatment without cramping. No hypotensive episodes.',
    'Access site dressed, hemostasis achieved at 8 min.',
    'Pruritus improved on sevelamer 800 mg TID with meals.',
    'Potassium 5.8 pre, dialyzed against 2K bath.',
    'Cramping at hour 3, UF paused, 200 mL NS given, resolved.',
    'Dialyzer Optiflux F180NR, blood lines Cobe, priming 500 mL.',
    'Fistula: good thrill and bruit, augmentation normal, no steal symptoms.',
    'Reviewed fluid restriction 1 L/day and low potassium diet.',
    'Hep B surface Ab 14, immune. PPD negative.',
    'Allen test normal bilateral. Cimino fistula in L arm.',
    'QB 400 QD 600, VP 150-170, AP -180 to -200.',
    'Discussed transplant referral; patient will think about it.',
    'No chest pain, no SOB. Lungs clear. Trace edema bilateral ankles.',
    'Parkinson disease stable on carbidopa/levodopa 25/100.',
    'Will recheck K next run. May need 1K bath if K > 6.',
    'Hope is to reach EDW by next Friday; grace of 0.5 kg allowed.',
    'Frost on fistula arm from ice pack, removed. Skin intact.',
]


def pick_hosp(rng):
    name, acr = rng.choice(HOSPS)
    r = rng.random()
    if r < 0.45:
        return name
    if r < 0.8:
        return acr
    return NICK.get(name, acr)


def hosp_segs(rng):
    h = pick_hosp(rng)
    return ['the ' if h == 'Brig' else '', S(h, 'Location')]


def build(rng):
    people = People(rng)
    out = []
    pid = 601
    while len(out) < 40:
        n_notes = min(rng.choice([2, 2, 3]), 40 - len(out))
        pt = people.make()
        unit, unit_acr = rng.choice(UNITS)
        neph = people.make(0.2)
        rel = people.make(0.25)
        rel.last = pt.last if rng.random() < 0.6 else rel.last
        relation = rng.choice(['daughter', 'son', 'wife', 'husband', 'niece', 'neighbor', 'grandson'])
        surgeon = people.make()
        mr = mrn(rng)
        chair = str(rng.randint(1, 24))
        transport = rng.choice(TRANSPORT)
        driver = people.make(0.3)
        tphone = phone(rng)
        town = rng.choice(TOWNS)
        start = rand_date(rng)
        access_year = str(rng.randint(2012, 2024))
        age = rng.choice([None, None, None, str(rng.randint(90, 101))])
        young_age = rng.randint(34, 88)
        # the copy-forward block, written once, carried into later notes
        carry = [
            ['Access: L brachiocephalic AVF created ', S(access_year, 'DateYear'), ' by Dr. ', S(surgeon.fmt('l'), 'HCPName'),
             ' at ', hosp_segs(rng), '; fistulogram ', date_span(rng, start - dt.timedelta(days=rng.randint(40, 300))), ' showed 60% venous outflow stenosis.'],
            ['Transport: ', S(transport, 'Location'), ', dispatch ', S(tphone, 'Phone'), ', usual driver ', S(driver.fmt(rng.choice(['f', 'fl', 'nick'])), 'HCPName'), '.'],
            ['Lives at ', *address_segs(rng, town), ' with ', relation, ' ', S(rel.fmt(rng.choice(['fl', 'f'])), 'RelativeProxyName'), '.'],
        ]
        for k in range(n_notes):
            d = start + dt.timedelta(days=2 * k + rng.randint(0, 2))
            n = Note()
            nurse = people.make(0.25)
            pct = people.make(0.25)
            if k % 2 == 0:
                n.line('HEMODIALYSIS RUN SHEET - ', S(unit, 'Location'), ' (', S(unit_acr, 'Location'), ')')
                n.line('Patient: ', S(pt.fmt(rng.choice(['lfm', 'lf', 'LFcaps', 'fnickl'])), 'PTName'), '    MRN ', S(mr, 'Other'),
                       '    Chair ', S(chair, 'Other'), ' / Shift ', str(rng.randint(1, 3)), ' (', rng.choice(['MWF', 'TTS']), ')')
                if rng.random() < 0.4:
                    n.line('Pt initials ', S(pt.initials(rng.random() < 0.5), 'PTNameInitial'), ' (verify 2 identifiers: name + DOB ', date_span(rng, dt.date(start.year - int(age) - 1 if age else start.year - young_age - 1, rng.randint(1, 12), rng.randint(1, 28)), ['mdY', 'mdy']), ')')
                n.line('Treatment date: ', date_span(rng, d), '   Start 0', str(rng.randint(6, 9)), rng.choice([':15', '45', ':30', '00']))
                n.line('Nephrologist: Dr. ', S(neph.fmt(rng.choice(['l', 'fl', 'Fl'])), 'HCPName'), '   Charge RN: ',
                       S(nurse.fmt('fl'), 'HCPName'), ', RN')
                if age:
                    n.line('Age ', S(age, 'Age'), '. Code status DNR/DNI per POLST dated ', date_span(rng, d - dt.timedelta(days=rng.randint(30, 400))), '.')
                n.blank()
                dw = rng.uniform(55, 110)
                n.line(f'Dry weight {dw:.1f} kg   Pre wt {dw + rng.uniform(0.5, 4):.1f} kg   Post wt {dw + rng.uniform(-0.3, 0.8):.1f} kg   UF goal {rng.uniform(1, 4):.1f} L')
                n.line('Machine: Fresenius 2008T  serial ', S(f'2K8T-{rng.randint(100000, 999999)}', 'Other'), '   Dialyzer Optiflux F180NR')
                n.line('TIME   BP      HR   QB   QD   VP   AP    UFR')
                rows = rng.randint(3, 6) if rng.random() < 0.7 else rng.randint(8, 14)
                for h in range(rows):
                    n.line(f'{6 + (h * 30 + 45) // 60:02d}{(h * 30 + 45) % 60:02d}' if rows > 6 else f'{7 + h:02d}{rng.choice(["00", "15", "30"])}', f'   {rng.randint(100, 180)}/{rng.randint(50, 95)}  {rng.randint(60, 100)}   {rng.choice([350, 400, 450])}  {rng.choice([500, 600, 800])}  {rng.randint(130, 190)}  -{rng.randint(150, 230)}  {rng.uniform(0.4, 1.2):.1f}')
                n.blank()
                n.extend(carry if k == 0 else rng.sample(carry, rng.randint(1, 2)))
                for f in rng.sample(FILL, rng.randint(3, 7)):
                    n.line(f)
                if rng.random() < 0.3:
                    n.line('Pt\'s ', relation, ' ', S(rel.fmt('f'), 'RelativeProxyName'), ' called ', S(phone(rng), 'Phone'),
                           ' re: moving to ', rng.choice(['TTS', 'MWF']), ' shift; referred to social worker ', S(people.make().fmt('fl'), 'HCPName'), '.')
                if rng.random() < 0.3:
                    n.line('Scripts to ', S(rng.choice(PHARM), 'Location'), ' in ', S(rng.choice(TOWNS), 'Location'), ', fax ', S(phone(rng), 'Phone'), '.')
                n.line(rng.choice([pt.title + ' ', 'Pt ']), S(pt.fmt(rng.choice(['l', 'l', 'f'])), 'PTName'), ' ', rng.choice(['asked about Sunday make-up run.', 'ate during tx again, counselled.', 'in good spirits today.', 'reports better sleep since new mattress.']))
                n.line('Post-tx: access hemostasis 9 min. Pt left via ', S(transport, 'Location') if rng.random() < 0.5 else 'wheelchair', ' at 1', str(rng.randint(0, 2)), '05.')
                n.line('RN ', S(nurse.initials(), 'HCPName'), ' / PCT ', S(pct.initials(rng.random() < 0.5), 'HCPName'), '   ', date_span(rng, d, ['md', 'mdy', 'mdY']))
            else:
                n.line('NEPHROLOGY ROUNDING NOTE - ', S(unit_acr, 'Location'), ' chair ', S(chair, 'Other'))
                n.line(date_span(rng, d), '  ', S(pt.fmt(rng.choice(['fl', 'fml', 'lf'])), 'PTName'), ' (', S(mr, 'Other'), ')')
                n.blank()
                if age:
                    subj = ['S: ', S(age, 'Age'), ' yo ', 'man' if pt.title == 'Mr.' else 'woman', ' on HD since ', S(str(int(access_year) - rng.randint(0, 2)), 'DateYear'), '. ']
                else:
                    subj = [f'S: {young_age} yo ', 'man' if pt.title == 'Mr.' else 'woman', ' on HD since ', S(str(int(access_year) - rng.randint(0, 2)), 'DateYear'), '. ']
                n.line(*subj, 'Missed run on ', date_span(rng, d - dt.timedelta(days=rng.randint(3, 9))), ' because ', S(transport, 'Location'), ' did not come.')
                n.line(rng.choice([pt.title + ' ', '']), S(pt.fmt(rng.choice(['l', 'f', 'nick'])), 'PTName'), ' reports fatigue, appetite fair. Denies chest pain.')
                n.line('Seen at ', hosp_segs(rng), ' ED on ', date_span(rng, d - dt.timedelta(days=rng.randint(10, 40))), ' for hyperkalemia (K 6.9), dialyzed urgently there by Dr. ', S(people.make().fmt('l'), 'HCPName'), '.')
                n.blank()
                n.line('-- copied from run sheet --')
                n.extend(carry[:1] if rng.random() < 0.5 else carry[:2])
                n.blank()
                if rng.random() < 0.4:
                    n.line(S(pt.fmt(rng.choice(['l', 'f'])), 'PTName'), "'s ", rng.choice(['fistula arm has new bruising', 'appetite is poor per dietitian', 'home BP log reviewed']), '.')
                n.line('O: BP 152/88, HR 76. Wt 84.0 kg (EDW 82.5). JVP 8 cm. Fistula thrill +.')
                n.line('Labs ', date_span(rng, d - dt.timedelta(days=rng.randint(1, 6)), ['md', 'Mond']), ': Hgb 9.8, K 5.1, PO4 6.2, Ca 8.9, PTH 612, ferritin 480, TSAT 22%.')
                for f in rng.sample(FILL, rng.randint(2, 5)):
                    n.line(f)
                n.line('A/P: ESRD on HD, access ok. Challenge dry weight down 0.5 kg. Next labs ', date_span(rng, d + dt.timedelta(days=rng.randint(10, 30)), ['md', 'Mond', 'mdy']), '.')
                n.line('Vascular access surgery f/u with Dr. ', S(surgeon.fmt(rng.choice(['l', 'fl'])), 'HCPName'), ', office ', S(phone(rng), 'Phone'), rng.choice([' ext ', ' x']), S(str(rng.randint(100, 9999)), 'Phone'), '.')
                n.line('Discussed with ', S(rel.fmt(rng.choice(['fl', 'f'])), 'RelativeProxyName'), ' (', relation, ') at bedside.')
                n.blank()
                n.line(S(neph.fmt(rng.choice(['fl', 'fml'])), 'HCPName'), ', MD  Nephrology  pager ', S(str(rng.randint(1000, 9999)), 'Phone'))
            out.append((str(pid), str(k + 1), n))
        pid += 1
    return out[:40]


def case_fn_factory(rng):
    def fn(i, segs):
        text = ''.join(s if isinstance(s, str) else s[0] for s in segs)
        if rng.random() < 0.08:
            return 'upper'
        return None
    return fn
