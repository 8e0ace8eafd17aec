"""Templates for deid-styles-dev-23 (helper w2, session 38), written from scratch.

PHI is marked inline with m(category, text); render() strips the marks and returns the plain text with
0-based, end-exclusive spans. Each style builder takes (rng, patient, visit) and returns a list of
sections; a section is a list of candidate lines of which the builder keeps a random subset."""
import datetime as dt

import pools as P

OPEN, MID, CLOSE = '\x01', '\x02', '\x03'


def m(cat, text):
    return OPEN + cat + MID + text + CLOSE


def render(marked):
    out, spans, i = [], [], 0
    pos = 0
    while i < len(marked):
        ch = marked[i]
        if ch == OPEN:
            j = marked.index(MID, i)
            k = marked.index(CLOSE, j)
            cat, text = marked[i + 1:j], marked[j + 1:k]
            spans.append((pos, pos + len(text), cat, text))
            out.append(text)
            pos += len(text)
            i = k + 1
        else:
            out.append(ch)
            pos += 1
            i += 1
    return ''.join(out), spans


MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']
MONTH = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October',
         'November', 'December']


def ordinal(n):
    if 10 <= n % 100 <= 20:
        return f'{n}th'
    return f'{n}' + {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')


def date_text(rng, d, kind=None):
    """One day-level date written in one of many shapes."""
    yy = d.year % 100
    forms = {
        'md': f'{d.month}/{d.day}',
        'mdy2': f'{d.month:02d}/{d.day:02d}/{yy:02d}',
        'mdy4': f'{d.month}/{d.day}/{d.year}',
        'mdy4z': f'{d.month:02d}/{d.day:02d}/{d.year}',
        'iso': f'{d.year}-{d.month:02d}-{d.day:02d}',
        'dmony': f'{d.day:02d}{MON[d.month - 1].upper()}{yy:02d}',
        'mon_d': f'{MON[d.month - 1]} {d.day}',
        'month_d_y': f'{MONTH[d.month - 1]} {d.day}, {d.year}',
        'd_mon_y': f'{d.day}-{MON[d.month - 1]}-{d.year}',
        'm-d': f'{d.month}-{d.day}',
        'dots': f'{d.month}.{d.day}.{yy:02d}',
        'ord': f'{ordinal(d.day)} of {MONTH[d.month - 1]}',
        'mon_ord': f'{MON[d.month - 1]}. {ordinal(d.day)}',
        'mon_d_y': f'{MON[d.month - 1]} {d.day} {d.year}',
        'dmon': f'{d.day}{MON[d.month - 1]}',
        'mdy2dash': f'{d.month:02d}-{d.day:02d}-{yy:02d}',
    }
    if kind is None or kind not in forms:
        kind = rng.choice(list(forms))
    return forms[kind]


def D(rng, d, kind=None):
    return m('Date', date_text(rng, d, kind))


def short_date(rng, d):
    return m('Date', date_text(rng, d, rng.choice(['md', 'md', 'm-d', 'dmon', 'dots', 'mon_d', 'mdy2'])))


def month_year(rng, d):
    return m('Date', rng.choice([f'{MONTH[d.month - 1]} {d.year}', f'{MON[d.month - 1]} {d.year}',
                                 f'{d.month}/{d.year}', f"{MON[d.month - 1]} '{d.year % 100:02d}"]))


def Y(rng, year):
    return m('DateYear', rng.choice([str(year), str(year), f"'{year % 100:02d}"]))


def pick(rng, lst, k):
    """k items of lst, kept in their written order."""
    k = max(0, min(k, len(lst)))
    idx = sorted(rng.sample(range(len(lst)), k))
    return [lst[i] for i in idx]


def shift(d, days):
    return d + dt.timedelta(days=days)


# ---------------------------------------------------------------- people
class Person:
    def __init__(self, first, last, sex, mi=None):
        self.first, self.last, self.sex, self.mi = first, last, sex, mi

    @property
    def nick(self):
        return P.NICK.get(self.first, self.first)


def new_person(rng, sex=None, with_mi=False):
    sex = sex or rng.choice('FM')
    first = rng.choice(P.FEMALE_FIRST if sex == 'F' else P.MALE_FIRST)
    mi = rng.choice('ABCDEFGHJKLMNPRSTVW') if with_mi else None
    return Person(first, rng.choice(P.SURNAMES), sex, mi)


def typo(rng, s, p=0.06):
    """Staff sometimes mistype a name or place."""
    if len(s) < 5 or rng.random() > p:
        return s
    i = rng.randrange(1, len(s) - 2)
    if not (s[i].isalpha() and s[i + 1].isalpha()):
        return s
    if rng.random() < 0.5:
        return s[:i] + s[i + 1] + s[i] + s[i + 2:]
    return s[:i] + s[i + 1:]


def maybe_lower(rng, s, p=0.12):
    return s.lower() if rng.random() < p else s


def hcp(rng, p, cred=None, cat='HCPName'):
    """A staff member in one of the ways staff write one another. Titles and credentials stay outside."""
    last = typo(rng, p.last)
    forms = [
        lambda: 'Dr. ' + m(cat, last),
        lambda: 'Dr ' + m(cat, f'{p.first} {last}'),
        lambda: 'dr ' + m(cat, last.lower()),
        lambda: m(cat, f'{p.first} {last}') + (f', {cred}' if cred else ''),
        lambda: m(cat, f'{p.first[0]}. {last}') + (f' {cred}' if cred else ''),
        lambda: m(cat, last.upper()) + ', ' + m(cat, p.first.upper()) + (f' {cred}' if cred else ''),
        lambda: m(cat, last) + ', ' + m(cat, p.first) + (f' {cred}' if cred else ''),
    ]
    if cred and cred != 'MD':
        forms = forms[3:] + [lambda: m(cat, p.first) + f' ({cred})']
    return rng.choice(forms)()


def doc(rng, p):
    return hcp(rng, p, 'MD')


def initials(p):
    parts = p.first.replace('-', ' ').split() + p.last.replace("'", '').replace('-', ' ').split()
    return (parts[0][0] + parts[-1][0]).lower()


def ptname(rng, pt, formal=False):
    forms = [
        lambda: m('PTName', pt.last.upper()) + ',' + m('PTName', pt.first.upper()) + (
            ' ' + m('PTNameInitial', pt.mi) if pt.mi else ''),
        lambda: m('PTName', pt.last) + ', ' + m('PTName', pt.first),
        lambda: m('PTName', pt.last.upper()) + ', ' + m('PTName', pt.first.upper()),
        lambda: m('PTName', f'{pt.first} {pt.mi}. {pt.last}' if pt.mi else f'{pt.first} {pt.last}'),
    ]
    if not formal:
        forms += [
            lambda: m('PTName', f'{pt.first} {pt.last}'),
            lambda: ('Mr. ' if pt.sex == 'M' else 'Ms. ') + m('PTName', pt.last),
            lambda: m('PTName', pt.nick),
        ]
    return rng.choice(forms)()


def pt_short(rng, pt):
    return rng.choice([
        lambda: ('Mr. ' if pt.sex == 'M' else rng.choice(['Mrs. ', 'Ms. '])) + m('PTName', pt.last),
        lambda: m('PTName', pt.nick),
        lambda: m('PTName', pt.first),
        lambda: 'pt ' + m('PTName', pt.last.lower()),
    ])()


REL_WORDS = {'F': ['wife', 'daughter', 'sister', 'niece', 'granddaughter', 'mother', 'partner', 'friend', 'neighbor',
                   'daughter-in-law', 'aunt'],
             'M': ['husband', 'son', 'brother', 'nephew', 'grandson', 'father', 'partner', 'friend', 'neighbor',
                   'son-in-law', 'uncle']}


def relname(rng, r):
    return rng.choice([
        lambda: m('RelativeProxyName', r.first),
        lambda: m('RelativeProxyName', f'{r.first} {r.last}'),
        lambda: m('RelativeProxyName', r.nick),
        lambda: ('Mrs. ' if r.sex == 'F' else 'Mr. ') + m('RelativeProxyName', r.last),
    ])()


def phone_digits(rng, area=None):
    area = area or rng.choice(P.AREA_CODES)
    return area, f'{rng.randint(200, 989)}', f'{rng.randint(0, 9999):04d}'


def phone(rng, num=None):
    a, b, c = num or phone_digits(rng)
    return m('Phone', rng.choice([f'{a}-{b}-{c}', f'({a}) {b}-{c}', f'({a}){b}-{c}', f'{a}.{b}.{c}',
                                  f'{b}-{c}', f'{a} {b} {c}', f'{a}{b}{c}']))


def ext(rng):
    n = rng.randint(1000, 9999)
    return m('Phone', rng.choice([f'x{n}', f'ext {n}', f'ext. {n}', f'X{n}']))


def hosp(rng, h, acr_ok=True):
    name, acr = h
    if acr and acr_ok and rng.random() < 0.45:
        return m('Location', acr if rng.random() < 0.85 else acr.lower())
    if rng.random() < 0.08:
        return m('Location', typo(rng, name, 1.0))
    if rng.random() < 0.07:
        return m('Location', name.lower())
    return m('Location', name)


def town(rng, t):
    return m('Location', maybe_lower(rng, t, 0.1))


def loc(rng, s):
    return m('Location', typo(rng, s, 0.04))


def age_text(age):
    return m('Age', str(age)) if age >= 90 else str(age)


def mrn(rng, pt):
    return m('Other', pt.mrn)


# ---------------------------------------------------------------- patient facts
class Patient(Person):
    pass


def new_patient(rng, pid, old=None):
    base = new_person(rng, with_mi=rng.random() < 0.7)
    pt = Patient(base.first, base.last, base.sex, base.mi)
    pt.pid = pid
    if old is None:
        old = rng.random() < 0.1
    pt.age = rng.randint(90, 102) if old else rng.randint(19, 88)
    pt.today = dt.date(2026, 1, 5) + dt.timedelta(days=rng.randint(0, 320))
    born = pt.today.year - pt.age - (1 if rng.random() < 0.4 else 0)
    pt.dob = dt.date(born, rng.randint(1, 12), rng.randint(1, 28))
    pt.town = rng.choice(P.TOWNS)
    pt.street = f'{rng.randint(2, 9870)} {rng.choice(P.STREETS)}'
    pt.zip = f'{rng.randint(10000, 99899):05d}'
    pt.phone = phone_digits(rng)
    pt.cell = phone_digits(rng)
    pt.mrn = rng.choice([f'{rng.randint(0, 99999999):08d}', f'E{rng.randint(100000, 9999999)}',
                         f'M{rng.randint(100000, 999999)}', f'{rng.randint(100, 999)}-{rng.randint(10, 99)}-{rng.randint(10, 99)}'])
    pt.acct = f'{rng.randint(10**9, 10**10 - 1)}'
    pt.rels = []
    for _ in range(2):
        r = new_person(rng)
        words = REL_WORDS[r.sex]
        if pt.age >= 55:
            words = [w for w in words if w not in ('mother', 'father', 'aunt', 'uncle')]
        if pt.age < 45:
            words = [w for w in words if w not in ('grandson', 'granddaughter', 'son-in-law', 'daughter-in-law')]
        if pt.age < 32:
            words = [w for w in words if w not in ('son', 'daughter', 'niece', 'nephew')]
        r.word = rng.choice(words)
        if r.word not in ('friend', 'neighbor', 'partner') and rng.random() < 0.6:
            r.last = pt.last
        r.phone = phone_digits(rng)
        pt.rels.append(r)
    pt.hosps = rng.sample(P.HOSPITALS, 3)
    pt.pcp = new_person(rng)
    pt.pcp_practice = rng.choice(P.PRIMARY_PRACTICES)
    pt.main_doc = new_person(rng)
    pt.second_doc = new_person(rng)
    pt.employer = rng.choice(P.EMPLOYERS)
    pt.church = rng.choice(P.CHURCHES)
    pt.country = rng.choice(sorted(P.ABROAD))
    pt.places = rng.sample(P.ABROAD[pt.country], 2)
    pt.foreign_hosp = rng.choice(P.FOREIGN_HOSPITALS[pt.country])
    pt.retired = pt.age >= 62
    pt.unit = rng.choice(P.DIALYSIS_UNITS)
    pt.transport = rng.choice(P.TRANSPORT)
    pt.scen = rng.choice(sorted(ID_SCEN))
    pt.fellow = new_person(rng)
    pt.acc_pre = rng.choice(['M', 'MB', 'BC', 'ID'])
    pt.shelter = rng.choice(P.SHELTERS)
    pt.farm = rng.choice(P.FARMS)
    return pt


def rel_word(rng, r):
    return r.word


# ================================================================ style 1: anaesthesia / pre-op
NONPHI_AIRWAY = [
    'Airway: Mallampati {mp}, TMD 3 FB, mouth opening > 3 cm, full neck ROM, no beard.',
    'Mallampati {mp}; thyromental distance 6 cm; upper lip bite test class I; neck circ 44 cm.',
    'Dentition: upper partial plate, loose #8 - pt consented to risk of dental injury.',
    'Dentition intact, caps on #7-#10. Edentulous lower.',
    'Cormack-Lehane grade {cl} with Mac 3 documented previously; consider Glidescope / bougie.',
    'Limited extension (C-spine fusion C4-C6), plan awake FOI if mask ventilation predicted hard.',
]
NONPHI_SCORES = [
    'ASA {asa}', 'STOP-BANG {sb}/8', 'RCRI {rcri} (Lee)', 'Apfel {apfel}/4', 'METs > 4 (climbs 2 flights)',
    'Caprini {cap}', 'Clinical Frailty Scale {cfs}', 'DASI 34.2', 'NYHA II', 'CHA2DS2-VASc {chads}',
]
NONPHI_MEDS = [
    'metoprolol succinate 50 mg daily - take AM of surgery',
    'apixaban (Eliquis) 5 mg BID - last dose 48 h prior',
    'semaglutide (Ozempic) 1 mg weekly - held x 7 days per GLP-1 guidance',
    'lisinopril 20 mg - hold AM of surgery',
    'insulin glargine 30 u qHS - give 80% night before',
    'clopidogrel (Plavix) 75 mg - cleared by cardiology to hold 5 d',
    'sertraline 100 mg daily', 'albuterol HFA PRN, used 2x/wk',
    'tamsulosin 0.4 mg', 'levothyroxine 88 mcg', 'gabapentin 300 mg TID',
    'empagliflozin (Jardiance) 10 mg - hold 3 days pre-op (euglycemic DKA risk)',
]
NONPHI_LABS = [
    'Hgb 11.2, Plt 212, INR 1.0, K 4.1, Cr 1.3, glucose 142, A1c 7.8%',
    'ECG: NSR 72, LAD, QTc 452, old inferior Qs',
    'TTE: EF 55-60%, grade I diastolic dysfunction, no AS',
    'CXR: clear. PFTs: FEV1/FVC 0.64, FEV1 58% predicted',
    'Type & screen: O pos, antibody screen negative',
    'BMI 41.7. Wt 118 kg. Neck 46 cm.',
    'Anesthesia CPT 00790 / 01402; base units 7, ASA modifier P3.',
    'Hx OSA: AHI 38 on 2024 PSG, CPAP 11 cm H2O, compliant per download.',
]
NONPHI_PLAN = [
    'Plan GETA, RSI (GLP-1, full stomach precautions), Glidescope in room.',
    'Plan spinal (bupivacaine 0.75% hyperbaric 1.6 mL + fentanyl 15 mcg) with MAC.',
    'Regional: adductor canal + IPACK by APS, ropivacaine 0.5% 20 mL.',
    'PONV ppx: dexamethasone 4 mg, ondansetron 4 mg, scopolamine patch.',
    'Continue CPAP (ResMed AirSense 10) in PACU; pt to bring mask.',
    'Avoid succinylcholine - FHx pseudocholinesterase deficiency.',
    'MH negative family history. No personal h/o PONV.',
    'Risks of GA incl. sore throat, dental injury, awareness, aspiration, MI, stroke, death discussed; questions answered.',
    'Blood consent signed. 2 large-bore IVs; arterial line post induction.',
    'NPO after midnight, clears until 2 h before arrival (Ensure Pre-Surgery ok).',
]
NONPHI_INTRAOP = [
    'Induction: propofol 150 mg, fentanyl 100 mcg, lidocaine 60 mg, rocuronium 50 mg.',
    'Mask vent easy (grade 1). DL Mac 3, grade I view, 7.0 ETT, 22 cm at lip, +EtCO2, BBS equal.',
    'Vent: VC TV 450, RR 12, PEEP 5, FiO2 0.5; sevoflurane 2.0% (1 MAC).',
    'A-line R radial 20g, Allen test nl. 2nd PIV 18g L AC.',
    'Bair Hugger on, temp 36.4 nadir. SCDs on.',
    'Phenylephrine gtt 20-40 mcg/min for MAP < 65 x 25 min.',
    'Cefazolin 2 g IV at 0738 (within 60 min of incision).',
    'Reversal: sugammadex 200 mg, TOF 4/4, sustained head lift, extubated awake.',
    'EBL 150 mL, UOP 220 mL, LR 1400 mL. No transfusion.',
    'To PACU on 6 L NC, Aldrete 9, pain 3/10, handoff given.',
    'TXA 1 g at incision per ortho. Tourniquet 250 mmHg x 64 min.',
    'Trendelenburg 30 deg, PIP 28, recruitment maneuver x2.',
]
PRIOR_PROCS = ['appendectomy', 'tonsillectomy', 'cholecystectomy', 'C-section', 'R TKA', 'L THA', 'hernia repair',
               'ORIF L wrist', 'cataract OS', 'hysterectomy', 'CABG x3', 'lumbar laminectomy', 'TURP', 'colonoscopy',
               'carpal tunnel release']
PRIOR_OUTCOMES = ['GA, uneventful', 'spinal, no issues', 'GA - severe PONV', 'epidural, "woke up shaking"',
                  'difficult intubation per report, fiberoptic', 'MAC only', 'GA, prolonged emergence',
                  'GA, post-op delirium x2 days', 'regional block, uneventful']
PROCEDURES = ['laparoscopic cholecystectomy', 'R total knee arthroplasty', 'L hip hemiarthroplasty',
              'robotic prostatectomy', 'TURBT', 'ventral hernia repair w/ mesh', 'L shoulder arthroscopy',
              'EGD/colonoscopy', 'L carotid endarterectomy', 'lap sleeve gastrectomy', 'ORIF R ankle',
              'cystoscopy, stent exchange', 'thyroidectomy', 'open reduction L intertrochanteric fx']


def fmt(rng, s):
    return s.format(mp=rng.choice(['I', 'II', 'III', 'IV']), cl=rng.choice(['I', 'IIa', 'IIb', 'III']),
                    asa=rng.choice(['II', 'III', 'III', 'IV', '3E', '2']), sb=rng.randint(1, 7),
                    rcri=rng.randint(0, 3), apfel=rng.randint(1, 4), cap=rng.randint(2, 9), cfs=rng.randint(2, 7),
                    chads=rng.randint(1, 6))


PACU_LINES = [
    'PACU: arrived 1125, Aldrete 8 -> 10 at 1210. Pain 6/10 -> 2/10 after hydromorphone 0.4 mg x2.',
    'PONV x1 in PACU, treated with promethazine 6.25 mg IV (had dex/zofran intraop).',
    'No recall, no dental injury, no sore throat. Satisfied with anesthetic care.',
    'Block still dense at 18 h (adductor canal); sensation returning, ambulated with PT.',
    'Post-dural puncture headache? - positional, mild; caffeine, fluids; blood patch offered, declined.',
    'Delirium overnight (CAM-ICU +), resolved by AM; avoid benzos/anticholinergics next time.',
    'Voiding spontaneously. Tolerating clears. SpO2 94% RA, on home CPAP overnight.',
    'Difficult airway letter given (grade III view with Mac, easy with Glidescope 3).',
]


def anaes_followup(rng, pt, d, head, att, crna, pacu, r0, r1, h0, proc):
    head = head[:2] + [rng.choice([f'Post-anesthesia visit {D(rng, shift(d, 1))}, POD#1 after {proc}',
                                    f'Anesthesia post-op check - POD 1 ({D(rng, shift(d, 1))})',
                                    f'Post-op phone follow-up {D(rng, shift(d, 1))}'])]
    body = rng.sample(PACU_LINES, rng.randint(4, 6)) + [
        f'Spoke with pt and {rel_word(rng, r0)} {relname(rng, r0)} at bedside / by phone {phone(rng, r0.phone)}.',
        f'{pt_short(rng, pt)} asked that {rel_word(rng, r1)} {relname(rng, r1)} be updated: {phone(rng, r1.phone)} - LM.',
        f'PACU RN: {hcp(rng, pacu, "RN")}. Intraop CRNA: {hcp(rng, crna, "CRNA")}.',
        f'Case time {D(rng, d)}: in room {rng.randint(7, 12):02d}{rng.randint(10, 59)}, out {rng.randint(12, 15):02d}{rng.randint(10, 59)}.',
        f'Copy of difficult airway letter to PCP {doc(rng, pt.pcp)}, {loc(rng, pt.pcp_practice)} (fax {phone(rng)}).',
        f'Registry: MedicAlert enrollment form given; {hosp(rng, h0)} airway registry # {m("Other", "DA-" + str(rng.randint(1000, 99999)))}.',
        f'Future anesthetics: see {hosp(rng, h0)} record {D(rng, d, "mdy4")}; ok for repeat spinal.',
    ]
    return [head, [''] + body, ['', rng.choice([f'{doc(rng, att)} / {m("HCPName", initials(att))}',
                                                f'{hcp(rng, new_person(rng), "MD")} (CA-{rng.randint(1, 3)}) for {doc(rng, att)}',
                                                f'-- {hcp(rng, crna, "CRNA")} {D(rng, shift(d, 1), "md")}'])]]


def anaesthesia(rng, pt, visit):
    d = shift(pt.today, visit * rng.randint(5, 14))
    surg_date = shift(d, rng.randint(3, 21)) if visit == 0 else d
    h0, h1, h2 = pt.hosps
    proc = rng.choice(PROCEDURES)
    att = pt.main_doc
    crna, res, srna, pacu = new_person(rng), new_person(rng), new_person(rng), new_person(rng)
    surgeon = pt.second_doc
    r0, r1 = pt.rels
    preop = visit == 0 or rng.random() < 0.3
    head = []
    if preop:
        head.append(rng.choice([
            f'{hosp(rng, h0)} - Department of Anesthesiology',
            f'{m("Location", rng.choice(P.PREOP_CLINICS))}',
            f'PRE-ANESTHESIA EVALUATION  ({hosp(rng, h0)})',
            f'Anesthesia Preoperative Evaluation - {loc(rng, rng.choice(P.SURGERY_CENTERS))}',
        ]))
    else:
        head.append(rng.choice([
            f'{hosp(rng, h0)} ANESTHESIA RECORD - intraop summary',
            f'Anesthesia Procedure Note / Post-anesthesia summary - {hosp(rng, h0)}',
            f'ANES RECORD  OR {rng.randint(1, 14)}  {hosp(rng, h0)}',
        ]))
    head.append(rng.choice([
        f'Patient: {ptname(rng, pt, True)}   MRN: {mrn(rng, pt)}   DOB: {D(rng, pt.dob, rng.choice(["mdy4z", "mdy4", "iso", "d_mon_y"]))}',
        f'Name {ptname(rng, pt, True)}  DOB {D(rng, pt.dob, "mdy4z")}  ({age_text(pt.age)} y, {pt.sex})  MRN {mrn(rng, pt)}',
        f'{ptname(rng, pt, True)} | {age_text(pt.age)}{pt.sex} | MRN {mrn(rng, pt)} | CSN {m("Other", str(rng.randint(10**8, 10**9 - 1)))}',
    ]))
    head.append(rng.choice([
        f'Date of evaluation: {D(rng, d)}  Time: {rng.randint(7, 16):02d}{rng.choice(["00", "15", "30", "45"])}',
        f'Seen {D(rng, d)} in {m("Location", rng.choice(P.PREOP_CLINICS))}' if preop else f'DOS {D(rng, d)}  In room {rng.randint(6, 14):02d}:{rng.randint(0, 59):02d}',
        f'Date of service: {D(rng, d)}',
    ]))
    head.append(rng.choice([
        f'Procedure: {proc}  Surgeon: {doc(rng, surgeon)}  Scheduled: {D(rng, surg_date)}',
        f'Planned: {proc} with {doc(rng, surgeon)} on {D(rng, surg_date)} at {loc(rng, rng.choice(P.SURGERY_CENTERS))}',
        f'Proc: {proc} ({hcp(rng, surgeon)})',
    ]))

    hist = [
        f'{age_text(pt.age)} yo {"M" if pt.sex == "M" else "F"} with HTN, DM2, OSA on CPAP, presenting for {proc}.',
        f'Referred by PCP {doc(rng, pt.pcp)} ({loc(rng, pt.pcp_practice)}), fax {phone(rng)}',
        f'Cardiac clearance by {hcp(rng, new_person(rng))} at {hosp(rng, h1)} on {D(rng, shift(d, -rng.randint(5, 40)))}, TTE same day.',
        f'Outside records from {hosp(rng, h2)} reviewed (req. via HIM, {phone(rng)}).',
        f'Lives in {town(rng, pt.town)} with {rel_word(rng, r0)} {relname(rng, r0)}; ambulates with cane.',
        (f'Retired from {loc(rng, pt.employer)} in {Y(rng, rng.randint(1990, 2024))}; former smoker 30 pk-yr, quit {Y(rng, rng.randint(1980, 2023))}.'
         if pt.retired else
         f'Works at {loc(rng, pt.employer)}; smokes 1/2 ppd since {Y(rng, rng.randint(pt.dob.year + 14, 2024))}, vapes.'),
        f'Lives alone at {m("Location", pt.street)}, {town(rng, pt.town)}; {rel_word(rng, pt.rels[1])} {relname(rng, pt.rels[1])} checks on {"him" if pt.sex == "M" else "her"} daily.',
        'Denies CP, orthopnea, PND. Snores loudly per spouse, witnessed apneas.',
        'GERD on omeprazole, occasional regurgitation lying flat.',
        'Last dose of anticoagulant documented by pt on the pre-op call.',
    ]
    prior = []
    for _ in range(4):
        yr = rng.randint(pt.today.year - min(pt.age, 60) + 2, pt.today.year - 1)
        prior.append(rng.choice([
            f'- {rng.choice(PRIOR_PROCS)} {Y(rng, yr)} at {hosp(rng, rng.choice(P.HOSPITALS))}: {rng.choice(PRIOR_OUTCOMES)}',
            f'- {Y(rng, yr)} {rng.choice(PRIOR_PROCS)} ({hosp(rng, rng.choice(P.HOSPITALS))}), {rng.choice(PRIOR_OUTCOMES)}',
            f'- {rng.choice(PRIOR_PROCS)}, {rng.choice(PRIOR_OUTCOMES)}',
        ]))
    prior.append(f'- per {hosp(rng, h2)} anesthesia record {D(rng, shift(d, -rng.randint(200, 2500)), "mdy4")}: grade 2a view, Mac 4, 7.5 ETT')
    prior.append(rng.choice([
        f'FHx: {rng.choice(["mother", "brother", "sister", "father"])} "hard to wake up" after surgery in {town(rng, rng.choice(P.TOWNS))} - ? pseudocholinesterase; no MH.',
        'FHx: no MH, no pseudocholinesterase deficiency known.',
    ]))
    exam = [fmt(rng, s) for s in rng.sample(NONPHI_AIRWAY, 3)]
    exam.append('  '.join(fmt(rng, s) for s in rng.sample(NONPHI_SCORES, 3)))
    exam += rng.sample(NONPHI_LABS, 3)
    if pt.sex == 'F' and pt.age < 55:
        exam.append('HCG neg (urine) on DOS.')
    meds = ['Meds: ' + '; '.join(rng.sample(NONPHI_MEDS, 3)), 'Allergies: PCN (hives), latex?, NKFA',
            'Meds: ' + '; '.join(rng.sample(NONPHI_MEDS, 2))]
    plan = rng.sample(NONPHI_PLAN, 4)
    fam = [
        f'Family contact: {rel_word(rng, r0)} {relname(rng, r0)} {phone(rng, r0.phone)} (HCPOA) - will wait in surgical waiting.',
        f'{rel_word(rng, r1).capitalize()} {relname(rng, r1)} cell {phone(rng, r1.phone)}; driving pt home, staying overnight.',
        f'Updated {rel_word(rng, r0)} by phone {phone(rng, r0.phone)} at {rng.randint(9, 17)}:{rng.randint(10, 59)}.',
        f'Interpreter ({rng.choice(["Spanish", "Vietnamese", "Polish", "Twi", "Navajo", "Arabic", "Tagalog"])}) by video used for consent.',
    ]
    intra = rng.sample(NONPHI_INTRAOP, rng.randint(5, 8))
    staff = [
        f'Attending anesthesiologist: {doc(rng, att)}',
        f'CRNA: {hcp(rng, crna, "CRNA")}   SRNA: {hcp(rng, srna, "SRNA")}',
        f'Resident: {hcp(rng, res)} (CA-{rng.randint(1, 3)})',
        f'Handoff to PACU RN {hcp(rng, pacu)} at {rng.randint(8, 17):02d}{rng.randint(10, 59)}; family ({rel_word(rng, r0)}) called.',
        f'Relief: {hcp(rng, new_person(rng), "CRNA")} {rng.randint(10, 12)}:{rng.randint(10, 59)}-{rng.randint(12, 14)}:{rng.randint(10, 59)}',
        f'APS pager {m("Phone", str(rng.randint(1000, 9999)))}; questions to {hcp(rng, att)} {ext(rng)}',
    ]
    sign = [
        rng.choice([
            f'Electronically signed by {doc(rng, att)} {D(rng, d, "mdy4z")} {rng.randint(7, 18):02d}:{rng.randint(0, 59):02d}',
            f'-- {m("HCPName", initials(att))} / {m("HCPName", initials(crna))}',
            f'Seen and examined with {hcp(rng, crna, "CRNA")}; I agree with the plan above. {doc(rng, att)}',
            f'Signed: {hcp(rng, crna, "CRNA")} {D(rng, d)}  Cosign: {hcp(rng, att)}',
        ]),
    ]
    if visit and rng.random() < 0.35:
        return anaes_followup(rng, pt, d, head, att, crna, pacu, r0, r1, h0, proc)
    if preop:
        return [head, ['', 'HPI / PMH:'] + pick(rng, hist, rng.randint(4, 6)),
                ['', 'Prior anesthetics:'] + pick(rng, prior, rng.randint(3, 5)),
                ['', 'Exam / airway:'] + pick(rng, exam, rng.randint(4, 6)), meds[:rng.randint(1, 2)],
                ['', 'Plan:'] + plan + pick(rng, fam, rng.randint(1, 3)),
                ['', rng.choice(staff[:3])] + sign]
    return [head, [rng.choice(hist[:2]), rng.choice(prior)], ['', 'Intraop:'] + intra,
            ['  '.join(fmt(rng, s) for s in rng.sample(NONPHI_SCORES, 2))],
            ['', 'Staff:'] + pick(rng, staff, rng.randint(3, 5)), pick(rng, fam, rng.randint(1, 2)), sign]


# ================================================================ style 2: endoscopy / GI
SCOPES = ['Olympus CF-HQ190L', 'Olympus PCF-H190DL', 'Pentax EG-2990i', 'Olympus GIF-H190', 'Olympus TJF-Q190V duodenoscope',
          'Fujifilm EC-760R']
GI_FINDINGS = [
    'A {n} mm sessile polyp in the ascending colon, Paris 0-Is, removed with cold snare, retrieved.',
    'A {n} mm pedunculated polyp in the sigmoid at 25 cm, hot snare, 2 Resolution 360 clips placed.',
    'Diminutive polyps x3 in rectum, cold forceps, retrieved (likely hyperplastic, NICE 1).',
    'Non-bleeding diverticula throughout the sigmoid and descending colon.',
    'Grade II internal hemorrhoids on retroflexion.',
    'LA Grade B esophagitis. Z-line irregular at 38 cm, Prague C2M4 - biopsies per Seattle protocol.',
    'Schatzki ring at GEJ, dilated with 18 mm CRE balloon.',
    'Clean-based duodenal bulb ulcer 8 mm, Forrest III. H. pylori biopsies taken (CLO).',
    'Mallory-Weiss tear, not actively bleeding.',
    'Normal ileum intubated 10 cm; random biopsies R and L colon for microscopic colitis.',
    'Mayo endoscopic subscore 2 in rectum/sigmoid, sharp demarcation at 30 cm.',
    'Ampulla of Vater normal; biliary sphincterotomy, CBD 11 mm, balloon sweep x3 with sludge and one 8 mm stone.',
    'Zenker diverticulum noted, not intervened.',
    'Tattoo (Spot) placed 3 cm distal to lesion, 4 quadrants.',
    'Lipoma in the cecum (pillow sign).',
    'Gastric varices absent. Small esophageal varices, no red wale signs.',
]
GI_NONPHI = [
    'Boston Bowel Prep Scale 3-3-2 (total 8); prep: split-dose PEG (GoLYTELY) - adequate.',
    'BBPS 2-2-2. Cecum reached, identified by appendiceal orifice and ileocecal valve.',
    'Withdrawal time {n} min. Adenoma detection per protocol.',
    'Sedation: MAC, propofol {p} mg total, no airway interventions; ASA II.',
    'Moderate sedation: fentanyl 100 mcg, midazolam 4 mg; intraservice time 22 min.',
    'CO2 insufflation. Water exchange used in sigmoid.',
    'Complications: none. EBL minimal.',
    'Estimated blood loss: none. Specimens to pathology in formalin.',
    'Aldrete 10 at discharge; discharged with escort.',
    'CPT 45385, 45380; ICD-10 Z86.010, K63.5, D12.2.',
    'Attestation: I was present for the entire procedure and directed the fellow.',
    'Cold snare per USMSTF; no clip needed (< 10 mm, no bleeding).',
    'Hold aspirin 81 mg x 5 days after polypectomy? - no, continue; hold Eliquis 2 days.',
    'Resume diet as tolerated; no NSAIDs x 2 weeks.',
]
INDICATIONS = ['surveillance, h/o tubular adenomas', 'FIT positive', 'iron deficiency anemia, Hgb 9.4',
               'dysphagia to solids', 'heme+ stools', 'average-risk screening, age 45+', 'abdominal pain, weight loss',
               'choledocholithiasis on MRCP', 'Barrett surveillance', 'change in bowel habits', 'UC flare, on mesalamine']


def gi(rng, pt, visit):
    d = shift(pt.today, visit * rng.randint(10, 30))
    endo, ref = pt.main_doc, pt.second_doc
    fellow, rn, tech, crna = new_person(rng), new_person(rng), new_person(rng), new_person(rng)
    prac = rng.choice(P.GI_PRACTICES)
    prac_s = m('Location', prac[1]) if prac[1] and rng.random() < 0.4 else m('Location', prac[0])
    lab = rng.choice(P.PATH_LABS)
    acc = f'{rng.choice(["S", "GI", "SP", "PS"])}{d.year % 100}-{rng.randint(1000, 39999)}'
    h0, h1, h2 = pt.hosps
    site = rng.choice(P.SURGERY_CENTERS + [h0[0]])
    kind = 'report' if visit == 0 else rng.choice(['report', 'path', 'recall'])
    r0 = pt.rels[0]
    recall_years = rng.choice([1, 3, 5, 7, 10])
    if kind == 'report':
        head = [rng.choice([
            f'{loc(rng, site)}',
            f'{loc(rng, site)} - Endoscopy Unit  {phone(rng)}',
            f'{prac_s} / {loc(rng, site)}',
        ]), rng.choice(['PROCEDURE REPORT', 'Colonoscopy Report', 'EGD / Colonoscopy Report', 'ERCP Procedure Note',
                        'Endoscopy Report - Final']),
            f'Patient Name: {ptname(rng, pt, True)}',
            rng.choice([f'DOB: {D(rng, pt.dob, "mdy4z")}   MRN: {mrn(rng, pt)}   Acct #: {m("Other", pt.acct)}',
                        f'Date of Birth {D(rng, pt.dob, rng.choice(["mdy4", "d_mon_y"]))}  Age {age_text(pt.age)}  MRN {mrn(rng, pt)}']),
            f'Date of Procedure: {D(rng, d)}',
            f'Endoscopist: {doc(rng, endo)}' + rng.choice(['', f'   Fellow: {hcp(rng, fellow)}']),
            rng.choice([f'Referring: {doc(rng, ref)}, {prac_s}', f'Referring Physician: {hcp(rng, ref)}   PCP: {hcp(rng, pt.pcp)} ({loc(rng, pt.pcp_practice)})',
                        f'Ref MD: {hcp(rng, pt.pcp)} fax {phone(rng)}']),
            rng.choice([f'Nurse: {hcp(rng, rn, "RN")}   Tech: {hcp(rng, tech, "CST")}', f'Anesthesia: {hcp(rng, crna, "CRNA")}',
                        f'Staff: RN {m("HCPName", tech.first)}, tech {m("HCPName", initials(tech).upper())}']),
        ]
        ind = [f'Indication: {rng.choice(INDICATIONS)}.',
               f'Last colonoscopy {Y(rng, rng.randint(2010, 2024))} by {doc(rng, new_person(rng))} at {hosp(rng, h1)}: {rng.choice(["2 TAs", "SSL 12 mm", "normal", "poor prep, repeat advised"])}.',
               f'FIT + on {D(rng, shift(d, -rng.randint(20, 90)))} per {loc(rng, pt.pcp_practice)}.',
               f'Family hx: {rng.choice(["father", "mother", "brother", "sister"])} CRC at 52 (dx {hosp(rng, h2)}).',
               'Consent obtained after discussion of risks incl. perforation, bleeding, missed lesion.',
               f'Instrument: {rng.choice(SCOPES)}.']
        find = [s.format(n=rng.randint(3, 22)) for s in rng.sample(GI_FINDINGS, rng.randint(3, 5))]
        nonphi = [s.format(n=rng.randint(6, 14), p=rng.randint(120, 400)) for s in rng.sample(GI_NONPHI, rng.randint(3, 5))]
        imp = [f'Jar A: {rng.choice(["ascending polyp", "sigmoid polyp", "GEJ bx", "antrum/body bx"])}; Jar B: {rng.choice(["random colon bx", "rectal polyp", "duodenal bx"])} - to {loc(rng, lab)}.',
               f'Will send letter with path results; recall in {recall_years} yr if adenoma ({Y(rng, d.year + recall_years)}).',
               f'Post-procedure call to {rel_word(rng, r0)} {relname(rng, r0)} at {phone(rng, r0.phone)} - driver.',
               f'Follow up with {doc(rng, ref)} in clinic {D(rng, shift(d, rng.randint(14, 60)))}.',
               f'After hours GI on call: {phone(rng)}.']
        sign = [rng.choice([f'Electronically signed by: {doc(rng, endo)}  {D(rng, d, "mdy4z")} {rng.randint(8, 16):02d}:{rng.randint(0, 59):02d}',
                            f'{hcp(rng, endo, "MD")}\n{D(rng, d, "mdy4z")}']),
                'Number of addenda: 0',
                rng.choice([f'CC: {doc(rng, ref)}; {doc(rng, pt.pcp)}', f'cc: {hcp(rng, pt.pcp)}, {loc(rng, pt.pcp_practice)}', ''])]
        return [head, [''] + pick(rng, ind, rng.randint(3, 5)), ['', 'Findings:'] + find, nonphi,
                ['', 'Impression / Plan:'] + pick(rng, imp, rng.randint(3, 5)), [''] + sign]
    pd = shift(d, -rng.randint(3, 9))
    if kind == 'path':
        head = [rng.choice([f'{prac_s} - Pathology Follow-up', f'GI PATHOLOGY RESULT NOTE  ({loc(rng, site)})']),
                f'Pt: {ptname(rng, pt, True)}  DOB {D(rng, pt.dob)}  MRN {mrn(rng, pt)}',
                f'Procedure {D(rng, pd)} ({hcp(rng, endo)})',
                f'Accession: {m("Other", acc)}  Lab: {loc(rng, lab)}  Received {D(rng, shift(pd, 1))}',
                f'Pathologist: {doc(rng, new_person(rng))}']
        body = ['', rng.choice(['A. Ascending colon polyp, cold snare: tubular adenoma, no high-grade dysplasia.',
                                'A. Sigmoid polyp: sessile serrated lesion without cytologic dysplasia, 11 mm.']),
                rng.choice(['B. Rectum, biopsy: hyperplastic polyp.', 'B. Random colon bx: collagenous colitis, subepithelial band 14 microns.',
                            'B. GEJ: intestinal metaplasia (Barrett), negative for dysplasia.']),
                rng.choice(['C. Antrum: chronic active gastritis, H. pylori organisms identified (IHC +).',
                            'C. Duodenum: normal villous architecture (Marsh 0).']),
                'Margins not assessable (piecemeal).', 'Synoptic: CAP protocol not applicable.',
                f'Result reviewed by {hcp(rng, endo)} on {D(rng, d)}; pt notified by phone {phone(rng, pt.cell)}.',
                f'LM for pt - {rel_word(rng, r0)} {relname(rng, r0)} took message.',
                f'H. pylori: start Pylera x 14 d, test of cure (UBT) >= 4 wks off PPI.',
                f'Recall colonoscopy {month_year(rng, shift(pd, 365 * recall_years))}; entered in recall system.',
                f'Letter mailed to {m("Location", pt.street)}, {town(rng, pt.town)} {m("Location", pt.zip)}.',
                f'cc {hcp(rng, pt.pcp)} fax {phone(rng)}']
        sign = ['', f'{hcp(rng, new_person(rng), "RN")} for {doc(rng, endo)}   {D(rng, d)}']
        return [head, body, sign]
    # recall letter
    head = [f'{prac_s}', rng.choice([f'{m("Location", f"{rng.randint(100, 9999)} {rng.choice(P.STREETS)}")}, {town(rng, rng.choice(P.TOWNS))}',
                                     f'{loc(rng, site)}']),
            rng.choice([f'Phone {phone(rng)}   Fax {phone(rng)}', f'Scheduling: {phone(rng)}']), '',
            f'{D(rng, d, rng.choice(["month_d_y", "mdy4z", "mon_d_y"]))}', '',
            f'{m("PTName", pt.first + " " + pt.last)}', f'{m("Location", pt.street)}', f'{town(rng, pt.town)} {m("Location", pt.zip)}', '',
            f'RE: DOB {D(rng, pt.dob)}   MRN {mrn(rng, pt)}', '']
    body = [f'Dear {("Mr. " if pt.sex == "M" else "Ms. ")}{m("PTName", pt.last)},',
            f'Our records show that your last colonoscopy was performed on {D(rng, pd)} by {doc(rng, endo)} at {loc(rng, site)}.',
            f'The polyps removed were {rng.choice(["adenomas (pre-cancerous)", "hyperplastic (not pre-cancerous)", "sessile serrated lesions"])}.',
            f'Based on the US Multi-Society Task Force guidelines, your next colonoscopy is due in {month_year(rng, shift(pd, 365 * recall_years))}.',
            f'Please call our scheduling line at {phone(rng)} to book. If you have had this test elsewhere, let us know.',
            'Your prep will be split-dose; instructions will be mailed 2 weeks before (clear liquids day before, no red Jell-O).',
            'If you take blood thinners (Coumadin, Plavix, Eliquis, Xarelto), call us before stopping.',
            f'We have also sent a copy to your primary care doctor, {doc(rng, pt.pcp)}, {loc(rng, pt.pcp_practice)}.',
            'Sincerely,', '', f'{hcp(rng, endo, "MD")}', f'{m("Location", prac[0])}', '',
            f'cc: {hcp(rng, ref)}; chart',
            f'Letter gen. by {m("HCPName", initials(new_person(rng)))} {D(rng, d, "md")}; 2nd notice if no reply by {D(rng, shift(d, 60), "md")}']
    return [head, body]


# ================================================================ style 3: infectious disease


ID_SCEN = {
    'malaria': dict(
        reason=['fever after travel', 'P. falciparum on smear', 'malaria, ? severe'],
        sx=['Fevers to 40 with rigors q48h, headache, myalgias, dark urine x 3 days.',
            'Cyclic fevers and sweats since day 5 home; vomiting, unable to keep Tylenol down.'],
        micro=['Thick/thin smear: P. falciparum, {par}% parasitemia, ring forms only.', 'BinaxNOW malaria: positive (HRP2).',
               'G6PD normal (quantitative 9.8 U/g Hb).', 'Plt 41K, bili 3.2, lactate 2.9, Cr 1.6.'],
        exam=['T 39.4, HR 118, BP 98/54, RR 22, SpO2 94% RA.', 'Splenomegaly 3 cm below costal margin, scleral icterus.'],
        plan=['Start IV artesunate 2.4 mg/kg at 0, 12, 24 h (obtained via CDC), then Coartem x 3 d.',
              'Daily smears until negative; watch for post-artesunate delayed hemolysis (check Hgb d7, d14, d28).',
              'Pre-travel counseling next time: Malarone, typhoid (Vivotif), hep A; advised travel clinic.']),
    'tb': dict(
        reason=['? TB', 'cavitary RUL lesion', 'r/o pulmonary TB, airborne isolation'],
        sx=['Productive cough x 2 mo, night sweats, 9 kg wt loss, one episode of hemoptysis.',
            'Cough since before the trip; drenching sweats; "feels like the flu that never left".'],
        micro=['QuantiFERON-TB Gold Plus: positive (TB1 2.4, TB2 3.1).', 'CXR/CT: RUL cavity 2.3 cm with tree-in-bud.',
               'AFB smear x3: 2+ on first; GeneXpert MTB/RIF: MTB detected, rif resistance not detected.',
               'HIV-1/2 Ag/Ab neg; A1c 10.2.'],
        exam=['Thin, temporal wasting. Amphoric breath sounds RUL.', 'T 38.1, HR 96, SpO2 95% RA.'],
        plan=['RIPE (rifampin, isoniazid, pyrazinamide, ethambutol) weight-based + B6 25 mg.',
              'Airborne isolation (negative pressure), N95 for staff, until 3 negative smears and clinical improvement.',
              'Baseline LFTs, visual acuity / Ishihara for ethambutol.', 'Report to county health dept (reportable). Contact tracing via TB program.']),
    'brucella': dict(
        reason=['fever, farm exposure', 'prolonged fever, ? zoonosis', 'culture neg fever, goats'],
        sx=['Undulant fevers x 5 wk, sacroiliac pain, malodorous sweats.', 'Low back pain, fevers, fatigue since lambing season.'],
        micro=['Brucella total antibody (Coombs) 1:320.', 'Bcx held 21 days per our request - lab aware, BSL-3 precautions.',
               'Coxiella phase II IgG 1:256; phase I 1:64.', 'MRI L-spine: L4-L5 spondylodiscitis, no epidural abscess.'],
        exam=['Tender R SI joint, positive FABER.', 'Hepatomegaly 2 cm; no rash.'],
        plan=['Doxycycline 100 mg BID x 6 wk + gentamicin 5 mg/kg x 7 d (spondylitis: extend doxy to 12 wk).',
              'Lab personnel exposure assessment - micro lab notified.', 'Report to county health dept (reportable).']),
    'strongy': dict(
        reason=['eosinophilia', 'eos 14%, steroids planned', 'Q: treat before prednisone?'],
        sx=['Intermittent pruritic rash on buttocks, epigastric pain, loose stools for years.',
            'Asymptomatic; eosinophilia noted before planned prednisone for COPD flare.'],
        micro=['Strongyloides IgG positive; eos 14% (AEC 1,420).', 'Ova & parasites x3: negative.',
               'Schistosoma Ab pending; HTLV-1 Ab sent.', 'IgE 1,840.'],
        exam=['Serpiginous pruritic track on L foot (larva currens vs cutaneous larva migrans).', 'Lungs: scattered wheeze.'],
        plan=['Ivermectin 200 mcg/kg daily x 2 days before any steroids; repeat in 2 wk.',
              'If steroids unavoidable, extend ivermectin; watch for hyperinfection (GNR bacteremia).',
              'Recheck eos and serology 6 mo.']),
    'endocarditis': dict(
        reason=['bacteremia', 'S. gallolyticus in 2/2 sets', 'GPC in clusters, new murmur'],
        sx=['Fevers, anorexia x 3 wk, new exertional dyspnea.', 'Fever and L knee swelling; dental work abroad 6 wk ago.'],
        micro=['MALDI-TOF: Streptococcus gallolyticus in 2/2 sets, PCN MIC 0.06.', 'Repeat Bcx x2 NGTD at 48 h.',
               'TTE: 9 mm mobile vegetation on anterior mitral leaflet, mod MR.', 'ESR 88, CRP 14.2.'],
        exam=['New 3/6 holosystolic murmur at apex. Splinter hemorrhages x3. No Janeway lesions, Osler nodes or Roth spots.',
              'L knee effusion, warm; tap sent.'],
        plan=['Ceftriaxone 2 g IV q24h x 4 wk from first negative culture; PICC when cultures clear.',
              'Modified Duke: 1 major + 3 minor - definite IE. CT surgery aware (vegetation > 10 mm would change plan).',
              'Colonoscopy for S. gallolyticus once stable.', 'OPAT clinic referral; weekly CBC/CMP/ESR/CRP.']),
    'lepto': dict(
        reason=['fever, jaundice, AKI', 'leptospirosis vs dengue', 'fever after flood / river exposure'],
        sx=['Abrupt fever, severe calf pain, red eyes, then jaundice on day 5.', 'Fever, headache, retro-orbital pain, myalgias.'],
        micro=['Leptospira IgM positive; CK 2,400, bili 4.1, Cr 2.3.', 'Dengue NS1 negative; dengue IgM equivocal. Chikungunya, Zika PCR sent.',
               'UA: 2+ protein, granular casts.', 'Plt 62K; INR 1.3.'],
        exam=['Conjunctival suffusion, no exudate. Calf tenderness bilat.', 'Icterus; no meningismus (Kernig / Brudzinski neg).'],
        plan=['Ceftriaxone 1 g IV q24h x 7 d; add doxycycline 100 mg BID for possible rickettsia.',
              'Watch for Jarisch-Herxheimer reaction.', 'Monitor for pulmonary hemorrhage; renal following for AKI.']),
}


LANGS = {'Guatemala': ["K'iche'", 'Spanish'], 'Honduras': ['Spanish'], 'Mexico': ['Spanish', 'Mixtec'], 'Nigeria': ['Yoruba', 'Igbo'],
         'Ghana': ['Twi'], 'India': ['Telugu', 'Hindi'], 'Vietnam': ['Vietnamese'], 'Philippines': ['Tagalog', 'Waray'],
         'Peru': ['Spanish'], 'Kenya': ['Swahili'], 'Haiti': ['Haitian Creole'], 'Ukraine': ['Ukrainian'], 'Thailand': ['Thai'],
         'Democratic Republic of the Congo': ['Lingala', 'French'], 'Brazil': ['Portuguese']}
MICRO_NEUTRAL = ['HIV-1/2 Ag/Ab neg; RPR nonreactive; HBsAg neg, anti-HBc pos, HCV Ab neg.', 'MRSA nares PCR negative - de-escalate vanc.',
                 'C. diff toxin B PCR negative.', 'Procalcitonin 4.8. Lactate 1.9.', 'Hep A IgG pos (immune). Varicella IgG pos.']
PLAN_NEUTRAL = ['Pre-travel counseling next time: Malarone, typhoid (Vivotif), hep A; advised travel clinic.',
                'Please page with new fevers or positive cultures.', 'Will follow along; appreciate the consult.',
                'HIV, hep B/C screening done; update Tdap, PCV20.']


def id_consult(rng, pt, visit):
    d = shift(pt.today, visit * rng.randint(2, 9))
    idoc, req = pt.main_doc, pt.second_doc
    fellow = pt.fellow
    h0, h1, h2 = pt.hosps
    r0, r1 = pt.rels
    sc = ID_SCEN[pt.scen]
    ret = shift(pt.today, -rng.randint(4, 30))
    dep = shift(ret, -rng.randint(10, 60))
    p1, p2 = pt.places
    accs = [f'{pt.acc_pre}{d.year % 100}-{rng.randint(1000, 99999):05d}' for _ in range(4)]
    he = 'he' if pt.sex == 'M' else 'she'
    ctry = pt.country if rng.random() < 0.85 else pt.country.lower()
    head = [rng.choice([f'{hosp(rng, h0)} - Infectious Diseases Consultation', 'INFECTIOUS DISEASE CONSULT NOTE',
                        f'ID Consult ({hosp(rng, h0)})', f'Infectious Diseases {"Follow-up" if visit else "New Consult"} - {hosp(rng, h0)}',
                        f'ID {"progress note" if visit else "consult"}  {D(rng, d)}']),
            rng.choice([f'Patient: {ptname(rng, pt, True)}  MRN {mrn(rng, pt)}  DOB {D(rng, pt.dob)}',
                        f'{ptname(rng, pt, True)}   {age_text(pt.age)} y.o. {"male" if pt.sex == "M" else "female"}   MRN: {mrn(rng, pt)}',
                        f'Pt: {ptname(rng, pt, True)} / {mrn(rng, pt)} / Rm {rng.randint(200, 899)}{rng.choice(["A", "B", ""])}']),
            rng.choice([f'Date: {D(rng, d)}   Requesting: {doc(rng, req)} ({rng.choice(["hospitalist", "MICU", "ED", "ortho", "cardiology"])})',
                        f'Requested by {doc(rng, req)} ({rng.choice(["Medicine B", "hospitalist", "MICU", "family med"])}) on {D(rng, d)}',
                        f'Consult requested {D(rng, shift(d, -1))} by {hcp(rng, req)}; seen {D(rng, d)}']),
            'Reason: ' + rng.choice(sc['reason'] + [f'fever after travel to {ctry}'])]
    yr_moved = rng.randint(max(pt.dob.year + 1, 1960), 2025)
    hpi = [
        rng.choice([
            f'{age_text(pt.age)} yo {"man" if pt.sex == "M" else "woman"} born in {loc(rng, p1)}, {ctry}; moved to {town(rng, pt.town)} in {Y(rng, yr_moved)}.',
            f'{age_text(pt.age)}{pt.sex} originally from {loc(rng, p1)} ({ctry}), in the US since {Y(rng, yr_moved)}, lives in {town(rng, pt.town)}.',
            f'Pt is a {age_text(pt.age)} y/o {"M" if pt.sex == "M" else "F"} from {town(rng, pt.town)} (born {ctry}, village of {loc(rng, p1)}).',
        ]),
        rng.choice(sc['sx']),
        rng.choice([
            f'Returned {D(rng, ret)} from a {rng.randint(2, 8)}-week trip to {ctry} (left {D(rng, dep)}); stayed with {rng.choice(["mother", "cousin", "in-laws", "sister", "grandmother"])} in {loc(rng, p2)}.',
            f'Traveled to {ctry} {D(rng, dep)} - {D(rng, ret)}: {loc(rng, p1)} x {rng.randint(5, 20)} d, then {loc(rng, p2)}; flew back via {rng.choice(["Panama", "Ethiopia", "Qatar", "the Netherlands", "Turkey"])}.',
            f'Was in {loc(rng, p2)} for {rng.choice(["a funeral", "a wedding", "harvest", "a mission trip", "VFR visit"])} {month_year(rng, dep)}; back {D(rng, ret)}.',
        ]),
        f'Visited {rel_word(rng, r1)} {relname(rng, r1)} in {loc(rng, p1)}; rural, slept without bednet, many mosquito bites.',
        f'Seen at {loc(rng, pt.foreign_hosp)} on {D(rng, shift(ret, -rng.randint(1, 6)))}, given "an injection" and pills {he} cannot name.',
        f'Presented to {hosp(rng, h1)} ED {D(rng, shift(ret, rng.randint(1, 3)))}, dc\'d on amoxicillin; returned here {D(rng, pt.today)}.',
        f'Trip was a mission with {loc(rng, pt.church)} (group of {rng.randint(6, 30)}, organized by {loc(rng, rng.choice(P.TRAVEL_COMPANIES))}).',
        rng.choice(['No pre-travel visit. Declined malaria prophylaxis. Unvaccinated for typhoid, hep A.',
                    'Took doxycycline "most days", stopped on the flight home.', 'Pre-travel visit at the pharmacy; got typhoid (Vivotif) only.']),
        f'Previously treated for {rng.choice(["LTBI (9 mo INH)", "malaria x2 as a child", "H. pylori", "syphilis (Bicillin x3)"])} at {hosp(rng, h2)} in {Y(rng, rng.randint(2005, 2025))}.',
    ]
    job = rng.choice(['evisceration line', 'loading dock', 'front office', 'night custodian', 'line cook', 'maintenance', 'forklift'])
    exp = [
        (f'Retired from {loc(rng, pt.employer)} ({Y(rng, rng.randint(2000, 2024))}).' if pt.retired else
         f'Works at {loc(rng, pt.employer)} ({job}) since {Y(rng, rng.randint(max(2000, pt.dob.year + 16), 2025))}.'),
        f'Lives at {loc(rng, pt.shelter)} since {D(rng, shift(d, -rng.randint(20, 200)))}; prior {m("Location", pt.street)}, {town(rng, pt.town)}.',
        f'Goats / sheep at {loc(rng, pt.farm)} ({town(rng, rng.choice(P.TOWNS))}); assisted with kidding; unpasteurized queso fresco from a neighbor.',
        f'Freshwater swimming in a river near {loc(rng, p2)}; walked barefoot in rice paddies.',
        f'TB contact: {rel_word(rng, r1)} {relname(rng, r1)} dx active TB at {loc(rng, rng.choice(P.FOREIGN_HOSPITALS[pt.country]))} {Y(rng, rng.randint(2018, 2025))}.',
        f'Incarcerated at {loc(rng, "Kindle Correctional Facility")} {Y(rng, rng.randint(2010, 2020))}-{Y(rng, rng.randint(2021, 2025))}.',
        f'Cat scratch from {rel_word(rng, r0)}\'s kitten; no ticks; hunts deer near {town(rng, rng.choice(P.TOWNS))}.',
        f'Attends {loc(rng, pt.church)}; {rng.choice(["cooks for", "cleans", "sings at"])} the Sunday meal; no known sick contacts there.',
        rng.choice(['Sexual hx: 1 female partner, condoms inconsistently. No IVDU. EtOH 6 beers/wk.',
                    'Monogamous with husband. Never used drugs. No tattoos.', 'MSM, PrEP lapsed 4 mo ago. Meth use, smoked.']),
        rng.choice(['No sick contacts on the flight. No animal bites. No raw shellfish.', 'Dog bite (village dog) L calf, no PEP.',
                    'Ate bushmeat at a funeral. Drank well water.']),
    ]
    micro = [
        f'Bcx {D(rng, shift(d, -2), "md")} x2 (acc {m("Other", accs[0])}, {m("Other", accs[1])}): {rng.choice(["GPC in clusters", "NGTD", "GNR, lactose fermenter", "GPC in chains"])}.',
        f'Ucx {D(rng, shift(d, -1), "md")} ({m("Other", accs[2])}): < 10k mixed flora.',
        f'Outside smear/labs from {hosp(rng, h1)} {D(rng, shift(d, -1))}; slides sent to {loc(rng, rng.choice(P.LABS_PUBLIC))} (ref # {m("Other", accs[3])}).',
        f'Spoke with micro lab ({m("HCPName", new_person(rng).first)}) {ext(rng)} re: speciation.',
    ]
    micro_np = [s.format(par=round(rng.uniform(0.5, 9), 1)) for s in sc['micro']]
    micro_np = pick(rng, micro_np, rng.randint(2, 4)) + rng.sample(MICRO_NEUTRAL, rng.randint(1, 2))
    exam = sc['exam'] + rng.sample(['Oropharynx clear; no thrush.', 'No LAD. Lungs clear.', 'Skin: no rash, no petechiae.', 'Lines: R PICC c/d/i.'], rng.randint(0, 2))
    plan = pick(rng, sc['plan'], rng.randint(2, 4)) + rng.sample(PLAN_NEUTRAL, rng.randint(0, 2))
    plan2 = [
        f'Discussed with {doc(rng, req)} and {rel_word(rng, r0)} {relname(rng, r0)} ({phone(rng, r0.phone)}) at bedside.',
        f'Health dept notified: {m("HCPName", new_person(rng).first + " " + new_person(rng).last)} RN, {loc(rng, "Haverleigh County Public Health")} {phone(rng)}.',
        f'F/u {loc(rng, rng.choice(P.ID_CLINICS))} {D(rng, shift(d, rng.randint(7, 28)))} with {doc(rng, idoc)}.',
        f'Employer ({loc(rng, pt.employer)}) occupational health to be contacted re: co-workers.',
        f'Interpreter used ({rng.choice(LANGS[pt.country])}), {rel_word(rng, r0)} present.',
    ]
    sign = [rng.choice([
        f'Seen with ID fellow {hcp(rng, fellow)}. {doc(rng, idoc)}, Infectious Diseases, pager {m("Phone", str(rng.randint(1000, 9999)))}',
        f'{hcp(rng, idoc, "MD")}  ID attending  {D(rng, d, "mdy4z")} {rng.randint(8, 20):02d}:{rng.randint(0, 59):02d}',
        f'Thank you for this consult. -- {hcp(rng, fellow)} (ID fellow) / {doc(rng, idoc)}',
        f'{hcp(rng, fellow)}, MD PGY-{rng.randint(4, 6)} ID fellow; attending {hcp(rng, idoc)} - will staff. Call {phone(rng)} w/ questions.',
    ])]
    if visit:
        prog = [f'Day {(d - pt.today).days + 1} of therapy. {rng.choice(["Afebrile x 48h.", "Tmax 38.3 overnight.", "Feels better, eating."])}',
                f'{pt_short(rng, pt)} seen with {rel_word(rng, r0)} at bedside.',
                f'Since {D(rng, pt.today, "md")}: ' + rng.choice(['smear negative', 'repeat cx NGTD', 'LFTs stable', 'eos down to 6%', 'Cr improving 2.3 -> 1.4'])]
        return [head, ['', 'Interval:'] + prog + pick(rng, hpi[2:], rng.randint(1, 3)),
                ['', 'Exam:'] + exam[:2], ['', 'Data:'] + pick(rng, micro, rng.randint(2, 4)) + micro_np,
                ['', 'A/P:'] + plan + pick(rng, plan2, rng.randint(2, 4)), [''] + sign]
    return [head, ['', 'HPI:'] + hpi[:1] + pick(rng, hpi[1:], rng.randint(3, 6)), ['', 'Exposures / social:'] + pick(rng, exp, rng.randint(3, 5)),
            ['', 'Exam:'] + exam, ['', 'Micro / labs:'] + pick(rng, micro, rng.randint(2, 4)) + micro_np,
            ['', 'Assessment / plan:'] + plan + pick(rng, plan2, rng.randint(1, 3)), [''] + sign]


# ================================================================ style 4: dialysis + transfer centre logs
DIAL_NONPHI = [
    'pre wt {w} kg / EDW {e} kg, BP {bp}, K {k}',
    'Rx 2K/2.5Ca, Qb 400 Qd 600, F180, 4h; UF goal {uf} L',
    'Kt/V 1.{kv}, URR {urr}% (monthly)',
    'Epogen 4000 u, Venofer 100 mg given; Zemplar 1 mcg',
    'Lokelma 10 g x1 per renal; recheck K in 2h',
    'Ca gluconate 1 g IV, insulin 10 u + D50 per protocol',
    'BiPAP 12/6 FiO2 40% on arrival, weaned to 4L NC',
    'access L AVF thrill/bruit +, 15g x2',
    'Permcath R IJ, Biopatch changed, CHG scrub',
    'cramping last hr - NS 200 mL bolus, UF off x 10 min',
    'PCT to weigh post; post wt {w2} kg',
    'pt SOB, 3+ edema, crackles bilat bases',
    'CXR: bilat effusions, pulm edema',
    'ECG peaked T, QRS 118',
]
TC_NONPHI = [
    'sending VS: HR 112, BP {bp}, SpO2 88% on 6L, RR 28',
    'ABG 7.28/48/62 on NRB',
    'K {k}, bicarb 14, BUN 122, Cr 11.4, glucose 388',
    'STAT HD vs CRRT per renal; no ICU need if BP holds',
    'Shiley placed R fem at sending facility, CXR not needed',
    'GCS 15, A&Ox3, talking in short sentences',
    'ECG peaked T, QRS 118',
    'Lokelma 10 g x1 per renal; recheck K in 2h',
    'Ca gluconate 1 g IV, insulin 10 u + D50 per protocol',
    'BiPAP 12/6 FiO2 40% on arrival, weaned to 4L NC',
    'CXR: bilat effusions, pulm edema',
    'Code status: full. Isolation: none (MRSA hx 2019 - nares neg)',
]


def dialysis_log(rng, pt, visit):
    d = shift(pt.today, visit * rng.randint(3, 12))
    unit, uacr = pt.unit
    neph, acc_doc = pt.main_doc, pt.second_doc
    charge, crew1, crew2, tc_rn, pct, pct2, ed_rn = (new_person(rng) for _ in range(7))
    h0, h1, h2 = pt.hosps
    r0, r1 = pt.rels
    tc = rng.choice(P.TRANSFER_CENTRES)
    trans = pt.transport
    case = f'{rng.choice(["TC", "TC-", "PP"])}{d.year % 100}-{rng.randint(10000, 99999)}'
    kind = rng.choice(['tc', 'unit'])
    days = rng.choice(['MWF', 'TTS'])

    def u():
        return m('Location', uacr) if rng.random() < 0.6 else m('Location', unit)

    vals = dict(w=round(rng.uniform(55, 120), 1), e=round(rng.uniform(52, 115), 1), bp=f'{rng.randint(110, 210)}/{rng.randint(55, 110)}',
                k=round(rng.uniform(4.5, 7.4), 1), uf=round(rng.uniform(1.5, 4.2), 1), kv=rng.randint(10, 59),
                urr=rng.randint(62, 78), w2=round(rng.uniform(55, 118), 1))
    if kind == 'tc':
        head = [rng.choice([f'{m("Location", tc)} - call log', f'TRANSFER CENTER LOG  {hosp(rng, h0)}',
                            f'{hosp(rng, h0)} transfer ctr / {D(rng, d, "mdy2")}', f'xfer log {short_date(rng, d)} nights']),
                rng.choice([f'Case # {m("Other", case)}   Pt {ptname(rng, pt, True)}  DOB {D(rng, pt.dob, rng.choice(["mdy2", "mdy4", "dmony"]))}',
                            f'pt: {ptname(rng, pt)} ({age_text(pt.age)}{pt.sex.lower()}) mrn {mrn(rng, pt)}  case {m("Other", case)}',
                            f'case {m("Other", case)} - {ptname(rng, pt, True)}, DOB {D(rng, pt.dob, "mdy4")}, ESRD on HD {days} at {u()}'])]
    else:
        head = [rng.choice([f'{u()} - charge RN log - {D(rng, d, "mdy2")}', f'{m("Location", unit)} shift report {short_date(rng, d)} {days}',
                            f'{u()} CN log  {D(rng, d, "dmony")}  {rng.choice(["1st", "2nd", "3rd"])} shift']),
                rng.choice([f'{ptname(rng, pt, True)}  MRN {mrn(rng, pt)}  {age_text(pt.age)}yo  HD {days} chair {rng.randint(1, 24)}',
                            f'pt {ptname(rng, pt)}  DOB {D(rng, pt.dob, rng.choice(["mdy2", "mdy4"]))}  acct {m("Other", pt.acct)}',
                            f'Chair {rng.randint(1, 24)}: {ptname(rng, pt, True)} ({age_text(pt.age)} {pt.sex})'])]
    T_ = '@T '
    tc_lines = [
        f'{T_}{u()} charge RN {m("HCPName", charge.first)} called - pt missed {rng.choice(["Sat", "Mon", "Wed", "Fri"])} run, c/o SOB, K {vals["k"]} on {short_date(rng, shift(d, -2))} labs',
        f'{T_}cb to {u()} {ext(rng)} - no answer, LM',
        f'{T_}cb from {m("HCPName", charge.first.lower())} @ {phone(rng)}; pt now at {hosp(rng, h1)} ED',
        f'{T_}transfer req from {hosp(rng, h1)} {doc(rng, new_person(rng))} for hyperK / volume overload',
        f'{T_}paged renal {doc(rng, neph)} pgr {m("Phone", str(rng.randint(1000, 9999)))}',
        f'{T_}renal fellow {hcp(rng, new_person(rng))} cb, ok to accept if K < 7 after temporizing',
        f'{T_}accepted by {doc(rng, acc_doc)}, bed {rng.choice(["6E-14", "MICU 9", "4W 22", "SDU 3", "CCU 7"])} (bed mgmt {m("HCPName", new_person(rng).first)})',
        f'{T_}{loc(rng, trans)} dispatched, crew {hcp(rng, crew1, rng.choice(["RN", "CFRN", "FP-C"]))} / {hcp(rng, crew2, "EMT-P")}, ETA {rng.randint(20, 90)} min',
        f'{T_}{loc(rng, trans)} dispatch {phone(rng)} - delayed, weather; lift-off {rng.randint(1, 23):02d}{rng.randint(0, 59):02d}',
        f'{T_}pt arrived; report to {hcp(rng, tc_rn, "RN")}',
        f'{T_}sending MRN {m("Other", str(rng.randint(10**6, 10**7 - 1)))} / our MRN {mrn(rng, pt)}',
        f'{T_}ins member id {m("Other", rng.choice(["XJH", "QMB", "W"]) + str(rng.randint(10**8, 10**9 - 1)))}; auth per {m("HCPName", new_person(rng).first)} in UR',
        f'{T_}{rel_word(rng, r1)} {relname(rng, r1)} called asking for room #, told to call back {ext(rng)}',
        f'{T_}EMTALA form / consent from {hosp(rng, h1)} faxed to {phone(rng)}',
        f'{T_}images pushed from {hosp(rng, h1)} PACS, acc {m("Other", str(rng.randint(10**7, 10**8 - 1)))}',
    ]
    unit_lines = [
        f'{T_}chair {rng.randint(1, 24)} - {pt_short(rng, pt)} arrived via {loc(rng, trans)} w/c van, driver {m("RelativeProxyName", new_person(rng).first)}',
        f'{T_}put on by PCT {m("HCPName", pct.first)}; L AVF 15g x2, good flows',
        f'{T_}lab called critical K {vals["k"]} from {short_date(rng, shift(d, -1))} draw - read back to {m("HCPName", initials(charge).upper())}',
        f'{T_}called {doc(rng, neph)} @ {phone(rng)} re K / SOB - send to ED',
        f'{T_}report called to {hosp(rng, h1)} ED RN {m("HCPName", ed_rn.first)} {ext(rng)}',
        f'{T_}{rel_word(rng, r0)} {relname(rng, r0)} {phone(rng, r0.phone)} updated, en route from {town(rng, pt.town)}',
        f'{T_}{loc(rng, trans)} {phone(rng)} cancelled pickup for {short_date(rng, shift(d, 2))}, rebooked',
        f'{T_}SW {m("RelativeProxyName", new_person(rng).first + " " + new_person(rng).last)} arranging transport from {loc(rng, rng.choice(P.SHELTERS))}',
        f'{T_}machine SN {m("Other", str(rng.randint(1, 9)) + rng.choice("ABKMX") + str(rng.randint(10000, 99999)))} (Fresenius 2008T) pulled, blood leak alarm x3; biomed {m("HCPName", new_person(rng).first)} paged',
        f'{T_}RO unit {m("Other", "RO-" + str(rng.randint(100, 999)))} chlorine check 0.0, logged',
        f'{T_}transient pt - home unit {m("Location", rng.choice(P.DIALYSIS_UNITS)[0])} {phone(rng)}, records faxed {short_date(rng, shift(d, -3))}',
        f'NOK {relname(rng, r0)} ({rel_word(rng, r0)}) home {phone(rng, pt.phone)}',
        f'{short_date(rng, shift(d, 1))} run moved to {rng.choice(["Tues", "Thurs", "Sat"])} {short_date(rng, shift(d, 2))} {rng.choice(["1st", "2nd", "3rd"])} shift chair {rng.randint(1, 24)}',
        f'missed {short_date(rng, shift(d, -rng.randint(2, 9)))} + {short_date(rng, shift(d, -rng.randint(10, 16)))} - no call/no show; letter sent',
        f'access R AVF clotted {short_date(rng, shift(d, -1))} - IR declot at {hosp(rng, h2)} {short_date(rng, shift(d, 1))}, {doc(rng, new_person(rng))}',
        f'fistula created {Y(rng, rng.randint(2012, 2025))} {hcp(rng, new_person(rng))} ({hosp(rng, h2)}); HD since {Y(rng, rng.randint(2008, 2025))}',
        f'txp waitlist {m("Location", rng.choice(P.U_OF))} id {m("Other", "WL" + str(rng.randint(100000, 999999)))}, last eval {short_date(rng, shift(d, -rng.randint(40, 300)))}',
        f'hx: ESRD 2/2 DM; admits {short_date(rng, shift(d, -rng.randint(40, 90)))}-{short_date(rng, shift(d, -rng.randint(20, 39)))} {hosp(rng, h0)}',
        f'MD rounds {short_date(rng, shift(d, -rng.randint(1, 6)))} {hcp(rng, neph)}: EDW lowered {vals["e"]}, Venofer x10 series',
        f'charge {hcp(rng, charge, "RN")}; PCTs {m("HCPName", pct.first)}, {m("HCPName", pct2.first)}; RD {m("HCPName", new_person(rng).last)}',
    ]
    nonphi = [s.format(**vals) for s in rng.sample(TC_NONPHI if kind == 'tc' else DIAL_NONPHI, rng.randint(4, 7))]
    nonphi = [T_ + s if rng.random() < 0.6 else s for s in nonphi]
    if kind == 'tc':
        body = pick(rng, tc_lines, rng.randint(7, 11)) + pick(rng, unit_lines[5:], rng.randint(1, 4))
    else:
        body = pick(rng, unit_lines, rng.randint(7, 11)) + pick(rng, tc_lines[:7], rng.randint(1, 3))
    untimed = [x for x in body if not x.startswith(T_)]
    timed = [x for x in body if x.startswith(T_)]
    for s in nonphi:
        if s.startswith(T_):
            timed.insert(rng.randint(len(timed) // 3 if kind == 'tc' else 0, len(timed)), s)
        else:
            untimed.insert(rng.randint(0, len(untimed)), s)
    # times run forward; a date prefix when the day turns over, and now and then anyway
    t = rng.randint(5, 20) * 60 + rng.randint(0, 59)
    day = 0
    out = []
    for i, x in enumerate(timed):
        t += rng.randint(4, 75)
        nday = t // 1440
        tt = rng.choice([f'{(t // 60) % 24:02d}{t % 60:02d}', f'{(t // 60) % 24:02d}:{t % 60:02d}'])
        if i == 0 or nday != day or rng.random() < 0.18:
            tt = short_date(rng, shift(d, nday)) + ' ' + tt
        day = nday
        out.append(tt + ' ' + x[len(T_):])
    body = out + ([''] if untimed and rng.random() < 0.5 else []) + untimed
    sign = [rng.choice([f'-- {m("HCPName", initials(tc_rn if kind == "tc" else charge))}',
                        f'{hcp(rng, tc_rn if kind == "tc" else charge, "RN")} / {m("HCPName", initials(pct).upper())}',
                        f'log closed {short_date(rng, shift(d, day + 1))} 0700 {m("HCPName", initials(charge))}'])]
    return [head, body, sign]


STYLES = {
    'anaesthesia-preop-records': (anaesthesia, 23001),
    'endoscopy-gi-reports': (gi, 23101),
    'id-consults-travel': (id_consult, 23201),
    'dialysis-transfer-logs': (dialysis_log, 23301),
}
