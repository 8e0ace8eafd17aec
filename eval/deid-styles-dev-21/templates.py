"""Templates for deid-styles-dev-21, written from scratch. Each style function returns a list of lines
with PHI marked by M(category, text)."""
import datetime as dt
from pools import (SURNAMES, FIRST_F, FIRST_M, NICK, TOWNS, STREETS, HOSPITALS, UNIVERSITIES, CLINICS,
                   TRANSPORT, AGENCIES, SUPPLIERS, DIALYSIS, SLEEP, CHURCHES, EMPLOYERS)

MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']
MONTH = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October',
         'November', 'December']


def M(cat, text):
    return f'\x01{cat}\x02{text}\x03'


def ordinal(n):
    return f'{n}{"th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")}'


def date(rng, d, short=False):
    forms = [lambda: f'{d.month}/{d.day}', lambda: f'{d.month}-{d.day}', lambda: f'{d.month:02d}/{d.day:02d}/{d.year % 100:02d}',
             lambda: f'{d.day}{MON[d.month - 1].upper()}{d.year % 100:02d}', lambda: f'{MON[d.month - 1]} {d.day}',
             lambda: f'{ordinal(d.day)} of {MONTH[d.month - 1]}', lambda: f'{d.month:02d}/{d.day:02d}/{d.year}',
             lambda: f'{d.year}-{d.month:02d}-{d.day:02d}', lambda: f'{MONTH[d.month - 1]} {d.day}, {d.year}',
             lambda: f'{d.day:02d}-{MON[d.month - 1]}-{d.year}', lambda: f'{d.month}.{d.day}.{d.year % 100}',
             lambda: f'{MON[d.month - 1]}. {ordinal(d.day)}', lambda: f'{d.month}/{d.day}/{d.year}']
    if short:
        forms = forms[:6] + forms[10:12]
    return M('Date', rng.choice(forms)())


def dob(rng, d):
    f = rng.choice([f'{d.month:02d}/{d.day:02d}/{d.year}', f'{d.month}/{d.day}/{d.year % 100:02d}',
                    f'{d.day:02d}{MON[d.month - 1].upper()}{d.year}', f'{d.year}-{d.month:02d}-{d.day:02d}',
                    f'{MON[d.month - 1]} {d.day} {d.year}'])
    return M('Date', f)


def year(rng, y):
    return M('DateYear', rng.choice([str(y), f"'{y % 100:02d}"]))


def time(rng):
    h, m = rng.randrange(24), rng.randrange(60)
    return rng.choice([f'{h:02d}{m:02d}', f'{h:02d}:{m:02d}', f'{(h % 12) or 12}:{m:02d} {"AM" if h < 12 else "PM"}',
                       f'{h:02d}{m:02d}h'])


def phone(rng, area=None):
    a = area or rng.choice(['555', '556', '557', '558'])
    x, y = rng.randrange(200, 999), rng.randrange(10000)
    return M('Phone', rng.choice([f'({a}) {x}-{y:04d}', f'{a}-{x}-{y:04d}', f'{x}-{y:04d}', f'{a}.{x}.{y:04d}',
                                  f'{a} {x} {y:04d}', f'1-{a}-{x}-{y:04d}', f'({a}){x}-{y:04d}']))


def ext(rng):
    return M('Phone', rng.choice(['x', 'ext. ', 'ext ', 'X', 'x']) + str(rng.randrange(100, 9999)))


def pager(rng):
    return M('Phone', rng.choice([f'{rng.randrange(1000, 9999)}', f'555-{rng.randrange(1000, 9999)}',
                                  f'{rng.randrange(100, 999)}-{rng.randrange(1000, 9999)}']))


class Person:
    def __init__(self, rng, sex=None, last=None):
        self.sex = sex or rng.choice('FM')
        self.first = rng.choice(FIRST_F if self.sex == 'F' else FIRST_M)
        self.last = last or rng.choice(SURNAMES)
        self.mi = rng.choice('ABCDEFGHJKLMNPRSTW')


def nm(rng, p, cat, forms=None):
    """One way of writing a person's name, returned as marked text."""
    forms = forms or ['full', 'last', 'flast', 'lastfirst', 'LAST,FIRST M', 'first', 'fmlast', 'initlast']
    f = rng.choice(forms)
    if f == 'full':
        return M(cat, f'{p.first} {p.last}')
    if f == 'last':
        return M(cat, p.last)
    if f == 'flast':
        return M(cat, f'{p.first[0]}. {p.last}')
    if f == 'initlast':
        return M(cat, f'{p.first[0]}{p.last[0]}' if cat == 'HCPName' else f'{p.first[0]} {p.last}')
    if f == 'lastfirst':
        return M(cat, p.last) + ', ' + M(cat, p.first)
    if f == 'LAST,FIRST M':
        s = M(cat, p.last.upper()) + ',' + M(cat, p.first.upper())
        if cat == 'PTName':
            s += ' ' + M('PTNameInitial', p.mi)
        return s
    if f == 'first':
        return M(cat, NICK.get(p.first, p.first) if rng.random() < 0.4 else p.first)
    if f == 'fmlast':
        return M(cat, f'{p.first} {p.mi}. {p.last}')
    return M(cat, p.last)


def doc(rng, p, forms=None):
    t = rng.choice(['Dr. ', 'Dr ', 'dr ', 'DR. ', ''])
    forms = forms or ['full', 'last', 'flast', 'fmlast', 'lastfirst']
    return t + nm(rng, p, 'HCPName', forms)


def initials(rng, p):
    return M('HCPName', rng.choice([f'{p.first[0]}{p.last[0]}', f'{p.first[0]}{p.mi}{p.last[0]}',
                                    f'{p.first[0].lower()}{p.last[0].lower()}']))


def hosp(rng, h, acr_share=0.5):
    name, acr = h
    return M('Location', acr if rng.random() < acr_share else name)


def addr(rng):
    return f'{rng.randrange(3, 9899)} {rng.choice(STREETS)}'


def zipc(rng):
    return f'{rng.randrange(10000, 99999):05d}'


def mrn(rng):
    return M('Other', rng.choice([f'{rng.randrange(1000000, 9999999)}', f'00{rng.randrange(100000, 999999)}',
                                  f'M{rng.randrange(100000, 999999)}', f'{rng.randrange(100, 999)}-{rng.randrange(10, 99)}-{rng.randrange(10, 99)}']))


def pick(rng, lines, k):
    """Keeps the order of candidate lines and draws k of them."""
    idx = sorted(rng.sample(range(len(lines)), min(k, len(lines))))
    return [lines[i] for i in idx]


def make_patient(rng, style, i):
    p = Person(rng)
    p.dob = dt.date(rng.randrange(1926, 2004), rng.randrange(1, 13), rng.randrange(1, 29))
    p.age = 2026 - p.dob.year
    if rng.random() < 0.12:
        p.age = rng.randrange(90, 103)
        p.dob = dt.date(2026 - p.age, p.dob.month, p.dob.day)
    p.mrn = mrn(rng)
    p.town = rng.choice(TOWNS)
    p.street = addr(rng)
    p.zip = zipc(rng)
    p.phone = phone(rng)
    p.base = dt.date(2026, rng.randrange(1, 12), rng.randrange(1, 28))
    p.rels = []
    for _ in range(2):
        r = rng.choice(['spouse', 'daughter', 'son', 'sister', 'niece', 'grandson', 'partner',
                        'neighbor', 'brother-in-law', 'friend', 'granddaughter'])
        if r == 'spouse':
            r = 'wife' if p.sex == 'M' else 'husband'
        sex = 'F' if r in ('wife', 'daughter', 'sister', 'niece', 'granddaughter') else 'M' if r in (
            'husband', 'son', 'grandson', 'brother-in-law') else None
        p.rels.append((r, Person(rng, sex=sex, last=p.last if rng.random() < 0.5 else None)))
    p.hosp = rng.sample(HOSPITALS, 3)
    p.docs = [Person(rng) for _ in range(6)]
    p.clinic = rng.choice(CLINICS)
    p.transport = rng.choice(TRANSPORT)
    p.agency = rng.choice(AGENCIES)
    p.supplier = rng.choice(SUPPLIERS)
    p.unit = rng.choice(DIALYSIS)
    p.sleep = rng.choice(SLEEP)
    p.track = 'dialysis' if i % 2 == 0 else 'sleep'
    p.case = f'TC-{rng.randrange(24, 27)}-{rng.randrange(10000, 99999)}'
    p.serial = rng.choice([f'SN {rng.randrange(1, 9)}{rng.choice("HKMQ")}{rng.randrange(10000, 99999)}',
                           f'S/N {rng.randrange(100000000, 999999999)}', f'serial # {rng.choice("ABX")}{rng.randrange(1000, 9999)}-{rng.randrange(100, 999)}'])
    return p


def pt_name(rng, p, forms=None):
    return nm(rng, p, 'PTName', forms or ['full', 'lastfirst', 'LAST,FIRST M', 'fmlast', 'last'])


def rel(rng, p, j=0, forms=None):
    r, q = p.rels[j]
    return r, nm(rng, q, 'RelativeProxyName', forms or ['full', 'first', 'last', 'lastfirst'])


def ser(rng, p):
    """Equipment serial: the number alone is the span."""
    label, num = p.serial.rsplit(' ', 1)
    return f'{label} ' + M('Other', num)


# ---------------------------------------------------------------- transfer centre
TC_CLIN = ['Dx: inferior STEMI, trop I 4.21, BP 88/52 on Levophed 8 mcg/min', 'GCS 14 (E4V4M6), NIHSS 6 at triage',
           'Reason: needs neurosurgery, SDH 9 mm w/ 4 mm MLS on CT', 'Killip II, EF 35% by bedside echo',
           'lactate 4.8, started Zosyn + vanc, 30 mL/kg LR given', 'Intubated 7.5 ETT, 23 at the lip, FiO2 60% PEEP 8',
           'Cx: Wells score 6, CTA + saddle PE, RV/LV 1.3', 'ESI 2. Sending MD requests ICU level of care',
           'Glasgow 9, pupils 3 mm reactive, Babinski up on L', 'Hgb 6.1, melena x3, 2 u PRBC hung, Protonix gtt',
           'Murphy sign +, RUQ US w/ CBD 11 mm, Tbili 4.2 - ?cholangitis', 'Cr 6.7 K 6.9, needs emergent HD',
           'ABG 7.18/68/54 on BiPAP 14/8', 'DKA, AG 28, insulin gtt 0.1 u/kg/h', 'Type A dissection on CTA - CT surgery aware',
           'tPA given 1432 at sending, door-to-needle 41 min', 'Swan not placed. Impella CP considered',
           'COVID neg, MRSA swab pending', 'code status: FULL', 'isolation: contact (C diff)', 'Wt 94 kg, Ht 172 cm',
           'Level of care: ICU -> step-down downgrade ok per accepting', 'Cardiac cath lab activated 0312, team ETA 20 min']
TC_UNITS = ['4 West', 'MICU', 'CVICU bed 7', 'Neuro ICU 12', '5N-22', 'step-down 3B', 'CCU 4', 'SICU 9', 'ED trauma bay 2']


def transfer(rng, p, k):
    d = p.base + dt.timedelta(days=(k - 1) * rng.randrange(1, 6))
    send, recv = p.hosp[0], p.hosp[1]
    sdoc, adoc, charge, tcrn, crew = p.docs[0], p.docs[1], p.docs[2], p.docs[3], p.docs[4]
    L = []
    L.append(rng.choice(['TRANSFER CENTER CALL LOG', 'Transfer Centre - call record', 'xfer ctr log',
                         'PATIENT TRANSFER CENTER / INTERFACILITY REQUEST']) + '  ' +
             rng.choice([f'Case# {p.case}', f'case no. {p.case}', f'ref {p.case}']).replace(p.case, M('Other', p.case)))
    L.append(f'Date of call: {date(rng, d)}  time {time(rng)}')
    L.append(rng.choice(['Pt: ', 'Patient: ', 'PT NAME: ', 'name - ']) + pt_name(rng, p) +
             rng.choice(['  DOB ', ' dob: ', ', born ']) + dob(rng, p.dob) +
             (f'  age {M("Age", str(p.age))}' if p.age >= 90 else f'  {p.age}{rng.choice(["yo", " y/o", "YO"])}'))
    core_send = rng.choice([
        f'Call rec\'d from {doc(rng, sdoc)}, ED physician at {hosp(rng, send)}, cb {phone(rng)} {ext(rng)}',
        f'Sending: {hosp(rng, send, 0.2)} ({rng.choice(["ED", "ICU", "med-surg", "L&D"])}) - caller {doc(rng, sdoc)}, callback {phone(rng)}',
        f'spoke w/ {doc(rng, sdoc, ["last", "full"])} at {hosp(rng, send)} re: transfer, call back {phone(rng)}',
        f'REFERRING MD: {doc(rng, sdoc, ["lastfirst", "fmlast"])}  FACILITY: {hosp(rng, send, 0.3)}  PH {phone(rng)}'])
    L.append(core_send)
    opt = [
        f'Sending MRN {p.mrn}; our MRN {mrn(rng)}',
        f'Pt lives in {M("Location", rng.choice([p.town, p.town.lower()]))}, {rng.choice(["family prefers", "requests"])} {hosp(rng, p.hosp[2])} if no bed here',
        f'Conferenced w/ accepting {doc(rng, adoc)} ({rng.choice(["hospitalist", "intensivist", "cards", "neurosurgery", "CT surgery", "GI"])}) at {time(rng)} - accepted',
        f'accepted by {doc(rng, adoc, ["last", "flast"])}, pgr {pager(rng)}',
        f'Bed: {rng.choice(TC_UNITS)} assigned by charge RN {nm(rng, charge, "HCPName", ["first", "full", "last"])} {ext(rng)}',
        f'Bed placement ({rng.choice(["BP", "bed board"])}): {rng.choice(TC_UNITS)}, per {nm(rng, charge, "HCPName", ["first", "flast"])}',
        f'Transport: {M("Location", p.transport)}, ETA {time(rng)}, crew lead {nm(rng, crew, "HCPName", ["first", "full"])}',
        f'{M("Location", p.transport)} dispatch {phone(rng)} - lift off {time(rng)}',
        f'Family: {rel(rng, p)[0]} {rel(rng, p)[1]} at bedside, ph {p.phone}',
        f'NOK {rel(rng, p, 1)[1]} ({p.rels[1][0]}) {phone(rng)} - aware of transfer',
        f'pt seen at {M("Location", rng.choice(UNIVERSITIES))} {date(rng, d - dt.timedelta(days=rng.randrange(30, 400)), True)} for same',
        f'PCP {doc(rng, p.docs[5], ["full", "last"])} ({M("Location", p.clinic)})',
        f'report called to {rng.choice(TC_UNITS)} RN {nm(rng, p.docs[5], "HCPName", ["first", "full", "initlast"])} at {time(rng)}',
        f'Transfer center RN: {nm(rng, tcrn, "HCPName", ["full", "lastfirst", "fmlast"])}' + rng.choice(['', ', RN', ' RN BSN']),
        f'Insurance: {rng.choice(["Medicare", "Medicaid", "BCBS", "self-pay"])} member id {M("Other", rng.choice(["W", "XJE", "H"]) + str(rng.randrange(10000000, 99999999)))}',
        f'EMTALA form completed {date(rng, d, True)}; imaging pushed via PACS (acc {M("Other", str(rng.randrange(10000000, 99999999)))})',
        f'prev transfer {date(rng, d - dt.timedelta(days=rng.randrange(5, 90)), True)}-{date(rng, d - dt.timedelta(days=rng.randrange(1, 4)), True)} from {hosp(rng, p.hosp[2])}',
        f'Per {nm(rng, sdoc, "HCPName", ["last", "flast"])} pt from {M("Location", p.street)}, {M("Location", p.town)} {M("Location", p.zip)}',
        f'declined by {hosp(rng, p.hosp[2], 0.8)} (no neuro ICU beds) before calling us',
        f'Employer: {M("Location", rng.choice(EMPLOYERS))} (workers comp)',
    ]
    clin = pick(rng, TC_CLIN, rng.randrange(5, 10))
    body = pick(rng, opt, rng.randrange(7, 13))
    mixed = []
    for ln in body:
        mixed.append(ln)
        if clin and rng.random() < 0.6:
            mixed.append(clin.pop())
    mixed += clin
    L += mixed
    L.append(rng.choice(['', '--']))
    L.append(rng.choice([f'Call closed {time(rng)}. {nm(rng, tcrn, "HCPName", ["initlast", "full"])}',
                         f'logged by {nm(rng, tcrn, "HCPName", ["flast", "initlast"])} {date(rng, d, True)} {time(rng)}',
                         f'-- {nm(rng, tcrn, "HCPName", ["full", "first"])}, RN, Transfer Center {ext(rng)}']))
    return [ln for ln in L]


# ---------------------------------------------------------------- operative
OPS = [('laparoscopic cholecystectomy', 'Symptomatic cholelithiasis, positive Murphy sign on exam'),
       ('right inguinal hernia repair with mesh (Lichtenstein)', 'Right inguinal hernia, reducible'),
       ('left total knee arthroplasty', 'Left knee osteoarthritis, Kellgren-Lawrence grade 4'),
       ('exploratory laparotomy, small bowel resection', 'Small bowel obstruction with ischemic segment'),
       ('cystoscopy, left ureteral stent placement', 'Obstructing 8 mm left UVJ stone'),
       ('ORIF right distal radius', 'Right distal radius fracture, dorsally angulated (Colles)'),
       ('colonoscopy with polypectomy', 'Screening, family history of colon cancer'),
       ('primary low transverse cesarean section', 'Arrest of dilation at 6 cm, category II tracing'),
       ('left carotid endarterectomy', 'Symptomatic left ICA stenosis 80%'),
       ('tunneled dialysis catheter placement, right IJ', 'ESRD, needs access')]
OP_LINES = ['The patient was brought to the operating room and placed supine. Time-out was performed.',
            'A Foley catheter was placed. SCDs were on and functioning.', 'Pfannenstiel incision was made.',
            'Pneumoperitoneum was established using a Hasson technique to 15 mmHg.',
            'The critical view of safety was obtained before clipping the cystic duct and artery.',
            'Calot triangle was dissected with a Maryland dissector and hook cautery.',
            'Trendelenburg positioning, reverse Trendelenburg for the gallbladder fossa.',
            'Hemostasis was obtained with the Bovie. The specimen was placed in an Endo Catch bag.',
            'The fascia was closed with 0 PDS; skin with 4-0 Monocryl and Dermabond.',
            'Tourniquet time 62 minutes at 250 mmHg.', 'A 19 French Blake drain was left in the fossa.',
            'Kocher maneuver was performed. A Balfour retractor was placed.',
            'Two Allis clamps and a Babcock were used to deliver the bowel.',
            'Marcaine 0.25% with epinephrine, 20 mL, was infiltrated at the port sites.',
            'A Jackson-Pratt drain was placed through a separate stab incision.', 'EBL: 50 mL. UOP 300 mL clear.',
            'Sponge, needle and instrument counts were correct x2.', 'IVF: 1200 mL LR. No blood products.',
            'Complications: none apparent.', 'Specimens: gallbladder to pathology.', 'Drains: 10 Fr JP x1.',
            'Findings: 5/5 strength distal to the repair, 2+ radial pulse. Kirschner wires x2.',
            'The patient tolerated the procedure well and went to PACU in stable condition, Aldrete 9.',
            'ASA class III. Ancef 2 g given within 60 minutes of incision.', 'Vicryl 3-0 for the deep layer; Prolene for the mesh.',
            'Bowel run from the ligament of Treitz to the ileocecal valve.', 'Boston Bowel Prep Scale 8.',
            'Hemoclips x3 applied. Cecum reached at 6 minutes; withdrawal time 9 minutes.',
            'The wound was irrigated with Bacitracin saline.', 'Sequential compression devices, Mayo stand removed.']


def operative(rng, p, k):
    d = p.base + dt.timedelta(days=(k - 1) * rng.randrange(3, 40))
    op = rng.choice(OPS)
    surg, asst, anes, trans, ref, pcp = p.docs
    h = p.hosp[0]
    L = []
    L.append(rng.choice([f'{hosp(rng, h, 0.3)} - OPERATIVE REPORT', 'OPERATIVE NOTE', 'PROCEDURE NOTE (dictated)',
                         f'Operative Report  {hosp(rng, h, 0.7)}']))
    L.append(rng.choice(['PATIENT: ', 'Name: ', 'PT: ']) + pt_name(rng, p) + '   MRN: ' + p.mrn)
    L.append(rng.choice([f'DATE OF SURGERY: {date(rng, d)}', f'DOS {date(rng, d)}', f'Date of procedure: {date(rng, d)}']) +
             rng.choice(['', f'   DOB: {dob(rng, p.dob)}']))
    L.append(f'SURGEON: {doc(rng, surg, ["full", "fmlast", "lastfirst", "LAST,FIRST M"])}' + rng.choice([', MD', ' MD FACS', '']))
    L.append(rng.choice([f'ASSISTANT: {doc(rng, asst, ["full", "flast", "lastfirst"])}' + rng.choice([', PA-C', ' (resident)', ', RNFA', '']),
                         f'Assistant(s): {nm(rng, asst, "HCPName", ["full", "flast"])}, PA-C; {nm(rng, pcp, "HCPName", ["full", "last"])}, MS3']))
    L.append(rng.choice([f'ANESTHESIA: general endotracheal, {doc(rng, anes, ["full", "last"])}',
                         f'Anesthesia: MAC / {nm(rng, anes, "HCPName", ["flast", "full"])}, CRNA',
                         f'ANESTHESIOLOGIST: {doc(rng, anes)}; spinal w/ 12 mg bupivacaine']))
    L.append(f'PREOPERATIVE DIAGNOSIS: {op[1]}')
    L.append('POSTOPERATIVE DIAGNOSIS: Same')
    L.append(f'PROCEDURE: {op[0]}')
    opt = [f'INDICATIONS: {p.age if p.age < 90 else M("Age", str(p.age))}-year-old referred by {doc(rng, ref, ["full", "last", "flast"])} of {M("Location", p.clinic)}.',
           f'Seen in clinic {date(rng, d - dt.timedelta(days=rng.randrange(7, 60)), True)}; consent signed with {p.rels[0][0]} {rel(rng, p)[1]} present.',
           f'Outside CT from {hosp(rng, p.hosp[1], 0.4)} dated {date(rng, d - dt.timedelta(days=rng.randrange(10, 90)))} reviewed.',
           f'Prior surgery: appendectomy {year(rng, rng.randrange(1970, 2020))} at {hosp(rng, p.hosp[2], 0.5)}.',
           f'Circulator {nm(rng, trans, "HCPName", ["first", "full", "last"])}; scrub tech {M("HCPName", rng.choice(FIRST_F + FIRST_M))}.',
           f'Implant: Zimmer NexGen, lot 44810-2; pathology accession {M("Other", "S26-" + str(rng.randrange(1000, 99999)))}.',
           f'Dr. {nm(rng, surg, "HCPName", ["last"])} was present and scrubbed for the entire procedure.',
           f'Family ({rel(rng, p, 1)[1]}) updated in the waiting room, cell {phone(rng)}.',
           f'Post-op follow-up with {nm(rng, asst, "HCPName", ["flast", "full"])} in 2 wks, office {phone(rng)} {ext(rng)}.',
           f'Pt lives in {M("Location", rng.choice([p.town, p.town.lower()]))}; discharge to {rng.choice(["home", "Sable Court rehab"]).replace("Sable Court rehab", M("Location", "Sable Court Rehab"))}.']
    body = pick(rng, OP_LINES, rng.randrange(6, 13)) + pick(rng, opt, rng.randrange(3, 8))
    rng.shuffle(body)
    L += ['DESCRIPTION OF PROCEDURE:'] + body
    L.append('')
    L.append(rng.choice([f'{doc(rng, surg, ["full", "fmlast"])}', f'Electronically signed: {nm(rng, surg, "HCPName", ["lastfirst", "full"])} MD {date(rng, d + dt.timedelta(days=1))} {time(rng)}',
                         f'dictated by {doc(rng, surg, ["last", "flast"])}']))
    L.append(rng.choice([f'D: {date(rng, d, True)}  T: {date(rng, d + dt.timedelta(days=1), True)}  {initials(rng, surg)}/{initials(rng, trans)}',
                         f'Job #{rng.randrange(100000, 999999)}  Dictation ID {rng.randrange(1000, 9999)}  transcribed by {nm(rng, trans, "HCPName", ["full", "flast", "initlast"])}',
                         f'{initials(rng, surg)}:{initials(rng, trans)}  job {rng.randrange(100000, 999999)}']))
    cc = [doc(rng, ref, ["full", "last"]) + f', {M("Location", p.clinic)}', doc(rng, pcp, ["flast", "full"]),
          f'{doc(rng, p.docs[2], ["full", "last"])} ({hosp(rng, p.hosp[1])})']
    L.append(rng.choice(['cc: ', 'CC: ', 'c: ']) + '; '.join(pick(rng, cc, rng.randrange(1, 4))))
    return L


# ---------------------------------------------------------------- wound / ostomy / home visit
WOUND_CLIN = ['Braden 14. PUSH score 9.', 'Wound #1 sacrum, stage 3 pressure injury.', 'Wound #2 L heel, unstageable, dry eschar - leave intact.',
              'L x W x D: 4.2 x 3.1 x 0.6 cm, undermining 0.8 cm at 12 o\'clock.', 'L 2.0 W 1.4 D 0.2 cm (prev 2.6 x 1.9 x 0.3).',
              'Wound bed 80% red granulation / 20% yellow slough. Mod serosanguinous drainage.',
              'Periwound macerated; applied Cavilon no-sting barrier.', 'Dressing: Aquacel Ag, foam border (Mepilex), change q72h.',
              'Santyl nickel-thick to slough, moist gauze.', 'Stoma: ileostomy RLQ, 32 mm, budded 1 cm, beefy red, moist.',
              'Peristomal skin: MASD at 3-6 o\'clock; crusting technique w/ stoma powder.', 'Pouching: 2-pc convex, barrier ring, belt.',
              'Output 900 mL/day liquid - loperamide 2 mg QID per plan.', 'NPWT (wound vac) 125 mmHg continuous, black foam x1.',
              'ABI 0.92 R / 0.88 L. Pedal pulses 1+.', 'Photos x3 taken and uploaded to EMR.', 'Pain 3/10, premedicated w/ APAP.',
              'Vitals: BP 132/78, HR 84, T 98.4, SpO2 96% RA.', 'Albumin 2.9; encouraged protein shakes (Juven bid).',
              'Offloading: Prevalon boots, 30-degree tilt q2h, low-air-loss mattress ordered.', 'Culture swab (Levine technique) sent.',
              'Teaching: pt emptied pouch independently, return demo x2.', 'Fall risk: Morse 45, uses rollator.',
              'Measurement table:', '  date      L    W    D   tunneling', 'Edema 2+ pitting BLE. Unna boot applied R.']


def wound(rng, p, k):
    d = p.base + dt.timedelta(days=(k - 1) * rng.randrange(3, 15))
    rn, pcp, surg, ot = p.docs[0], p.docs[1], p.docs[2], p.docs[3]
    cg_rel, cg = rng.choice(p.rels)
    L = []
    L.append(rng.choice([f'{M("Location", p.agency)} - SKILLED NURSING VISIT NOTE', 'home visit - wound/ostomy', 'WOC NURSE HOME VISIT',
                         f'Visit note ({M("Location", p.agency)})']))
    L.append(rng.choice(['Pt: ', 'patient ', 'Client: ']) + pt_name(rng, p, ['full', 'lastfirst', 'LAST,FIRST M', 'first']) +
             rng.choice([f'  MRN {p.mrn}', f'  DOB {dob(rng, p.dob)}', f'  Medicare # {M("Other", str(rng.randrange(1, 9)) + rng.choice(["EG4", "TW9", "AC2"]) + "-" + rng.choice(["TE5", "HR1"]) + "-MK" + str(rng.randrange(10, 99)))}']))
    L.append(rng.choice([f'Visit date {date(rng, d)} {time(rng)}-{time(rng)}', f'DOV: {date(rng, d)}', f'seen {date(rng, d, True)}, visit {k} of 9']))
    L.append(rng.choice([f'Address: {M("Location", p.street)}, {M("Location", p.town)} {M("Location", p.zip)}',
                         f'home: {M("Location", p.street.lower())}, {M("Location", p.town.lower())}',
                         f'at pt home ({M("Location", p.town)}), {rng.choice(["2nd floor apt", "trailer, ramp in place", "farmhouse, dog secured"])}']))
    opt = [f'Caregiver: {cg_rel} {nm(rng, cg, "RelativeProxyName", ["full", "first", "lastfirst"])} present, ph {p.phone}',
           f'{cg_rel} ({nm(rng, cg, "RelativeProxyName", ["first"])}) does dressing changes on weekends',
           f'spoke with {nm(rng, p.rels[1][1], "RelativeProxyName", ["first", "full"])} ({p.rels[1][0]}) re: supplies',
           f'Supplies ordered from {M("Location", p.supplier)} {phone(rng)}, order # {M("Other", str(rng.randrange(100000, 9999999)))}',
           f'{M("Location", p.supplier)} delivery expected {date(rng, d + dt.timedelta(days=rng.randrange(1, 6)), True)}',
           f'Orders per {doc(rng, pcp, ["full", "last", "flast"])} ({M("Location", p.clinic)}), fax {phone(rng)}',
           f'Surgeon {doc(rng, surg, ["last", "full"])} at {hosp(rng, p.hosp[0])} - f/u appt {date(rng, d + dt.timedelta(days=rng.randrange(5, 30)), True)}',
           f'Ostomy created {date(rng, d - dt.timedelta(days=rng.randrange(10, 200)))} at {hosp(rng, p.hosp[0], 0.6)}',
           f'SOC {date(rng, d - dt.timedelta(days=rng.randrange(7, 60)), True)}, recert due {date(rng, d + dt.timedelta(days=rng.randrange(10, 50)), True)}',
           f'OT eval by {nm(rng, ot, "HCPName", ["full", "first", "flast"])}, OTR/L, next week',
           f'Called agency office ({phone(rng)} {ext(rng)}), spoke w/ {nm(rng, p.docs[4], "HCPName", ["first", "full"])} re: visit frequency',
           f'Pt attends {M("Location", rng.choice(CHURCHES))} Sundays - {rng.choice(["deacon", "pastor"])} {nm(rng, p.docs[5], "RelativeProxyName", ["last", "full"])} drives pt',
           f'Retired from {M("Location", rng.choice(EMPLOYERS))} in {year(rng, rng.randrange(1985, 2024))}',
           f'Next visit {date(rng, d + dt.timedelta(days=rng.randrange(2, 8)), True)}; range {date(rng, d, True)}-{date(rng, d + dt.timedelta(days=14), True)} 2w2',
           f'wife of pt is {M("Age", str(rng.randrange(90, 99)))} and not able to assist' if rng.random() < 0.3 else 'lives w/ spouse, who is able to assist',
           f'Medicaid waiver case mgr {nm(rng, Person(rng), "RelativeProxyName", ["full", "lastfirst"])} {phone(rng)}',
           ]
    clin = pick(rng, WOUND_CLIN, rng.randrange(7, 13))
    if rng.random() < 0.5:
        rows = [rng.choice(['Measurement table:', 'MEASUREMENTS (cm)', 'wk   L x W x D']), '  date      L    W    D   tunneling']
        for j in range(rng.randrange(2, 4)):
            dd = d - dt.timedelta(days=7 * j)
            rows.append(f'  {date(rng, dd, True)}    {rng.randrange(15, 50) / 10}  {rng.randrange(10, 40) / 10}  {rng.randrange(1, 9) / 10}  {rng.choice(["none", "0.4 @ 6", "none", "1.0 @ 2"])}')
        clin = clin[:len(clin) // 2] + rows + clin[len(clin) // 2:]
    body = pick(rng, opt, rng.randrange(5, 11))
    L += body[:len(body) // 2] + clin + body[len(body) // 2:]
    L.append(rng.choice([f'{nm(rng, rn, "HCPName", ["full", "flast"])}, RN, CWOCN', f'-- {nm(rng, rn, "HCPName", ["first", "full"])} RN {phone(rng)}',
                         f'signed {nm(rng, rn, "HCPName", ["lastfirst", "full"])} RN {date(rng, d, True)} {time(rng)}']))
    return L


# ---------------------------------------------------------------- dialysis and sleep lab
DIAL_CLIN = ['Pre: wt 81.4 kg, EDW 78.5 kg, BP 168/92, HR 78.', 'Post: wt 78.9 kg, BP 132/74.',
             'Rx: F180 dialyzer, 2K/2.5Ca bath, Qb 400 / Qd 600, 4 h.', 'UF goal 2.8 L, achieved 2.6 L.',
             'Access: L brachiocephalic AVF, thrill + bruit +, 15g needles x2, no infiltration.',
             'Heparin 2000 u bolus, 500 u/h.', 'Epogen 6000 u IV, Venofer 100 mg IV given.', 'Zemplar 2 mcg IV.',
             'Kt/V 1.34, URR 71% (monthly labs).', 'Cramping at hr 3, UF paused, NS 200 mL given, resolved.',
             'Intradialytic hypotension 88/50 - Trendelenburg, UF decreased.', 'K 5.8 pre. Phos 6.1 - binder teaching (Renvela).',
             'Pt slept most of run. Lungs clear, no edema.', 'Permcath R IJ dressing changed, site clean, Biopatch on.',
             'Hep B sAb >10, not in isolation.', 'Transplant workup: listed, eval at ' + M('Location', 'U of Quillan') + ' pending.']
SLEEP_CLIN = ['Study type: diagnostic PSG (type I), 10-20 EEG montage, EOG, chin/leg EMG.', 'Lights out 22:41, lights on 05:58.',
              'TST 384 min, sleep efficiency 81%, sleep latency 18 min, REM latency 96 min.',
              'AHI 34.2/h (supine 51.0, non-supine 12.3), RDI 38.9, ODI 29.', 'SpO2 nadir 81%, T90 6.4%.',
              'PLMI 4/h. No REM sleep without atonia.', 'Epworth 14/24. Mallampati IV, neck 44 cm, BMI 36.',
              'CPAP titrated 5 -> 12 cm H2O; 11 cm eliminated events incl supine REM.', 'Mask: ResMed AirFit F20 medium, mild leak.',
              'Cardiac: NSR 58-74, no arrhythmia.', 'EEG: posterior dominant rhythm 9 Hz, reactive to eye opening.',
              'Hyperventilation 3 min, photic stimulation 1-30 Hz - no photoparoxysmal response.',
              'No epileptiform discharges. Stage N2 spindles and K-complexes seen.', 'Impedances <5 kOhm at start.',
              'Cheyne-Stokes pattern not seen. Central AHI 1.1.', 'Pt took zolpidem 5 mg at 22:15 per protocol.']


def dialysis_sleep(rng, p, k):
    d = p.base + dt.timedelta(days=(k - 1) * rng.randrange(2, 9))
    tech1, tech2, ref, neph, rn = p.docs[0], p.docs[1], p.docs[2], p.docs[3], p.docs[4]
    L = []
    if p.track == 'dialysis':
        L.append(rng.choice([f'{M("Location", p.unit)} - HEMODIALYSIS RUN SHEET', 'HD treatment note', 'Outpatient Dialysis Run Note',
                             f'run note / {M("Location", p.unit)}']))
        L.append(rng.choice(['Pt ', 'PATIENT: ', '']) + pt_name(rng, p) + f'  {rng.choice(["MRN", "pt #", "acct"])} {p.mrn}')
        L.append(f'Tx date {date(rng, d)}  Chair {rng.randrange(1, 24)}, {rng.choice(["1st", "2nd", "3rd"])} shift {rng.choice(["MWF", "TTS"])}')
        L.append(f'Machine: Fresenius 2008T {ser(rng, p)}' + rng.choice(['', f'; RO unit {M("Other", "RO-" + str(rng.randrange(100, 999)))}']))
        opt = [f'Nephrologist: {doc(rng, neph, ["full", "last", "lastfirst"])} ({M("Location", "Bountiful Kidney Associates")})',
               f'rounded by {doc(rng, neph, ["last", "flast"])} this shift',
               f'Referred from {hosp(rng, p.hosp[0])} after AKI {date(rng, d - dt.timedelta(days=rng.randrange(60, 900)), True)}',
               f'Transport: {M("Location", p.transport)} w/c van, pickup {time(rng)}, driver {nm(rng, p.docs[5], "RelativeProxyName", ["first"])}',
               f'{p.rels[0][0]} {rel(rng, p)[1]} called ({p.phone}), pt will miss {date(rng, d + dt.timedelta(days=2), True)} run',
               f'Social worker {nm(rng, p.rels[1][1], "RelativeProxyName", ["full", "first"])} MSW - transport voucher',
               f'Dietitian {nm(rng, rn, "HCPName", ["first", "full"])} RD reviewed labs',
               f'Fistula placed {date(rng, d - dt.timedelta(days=rng.randrange(100, 700)))} by {doc(rng, p.docs[5], ["last", "full"])}, {M("Location", "Plainview Vascular Associates")}',
               f'Started HD {year(rng, rng.randrange(2010, 2026))}; prior PD at {M("Location", "Fernvale Home Dialysis Program")}',
               f'CMS-2728 on file; UNOS-like waitlist id {M("Other", "WL" + str(rng.randrange(100000, 999999)))}',
               f'Pt from {M("Location", p.town)}; lives w/ {p.rels[0][0]}',
               f'Missed tx {date(rng, d - dt.timedelta(days=2), True)} - snow; rescheduled to {date(rng, d - dt.timedelta(days=1), True)}']
        clin = pick(rng, DIAL_CLIN, rng.randrange(7, 12))
        signer = rng.choice([f'Tech: {initials(rng, tech1)}  RN: {nm(rng, tech2, "HCPName", ["full", "flast", "initlast"])}',
                             f'cannulated by {initials(rng, tech1)}, signed off {nm(rng, tech2, "HCPName", ["lastfirst", "full"])} RN {time(rng)}',
                             f'PCT {nm(rng, tech1, "HCPName", ["first", "initlast"])} / CN {nm(rng, tech2, "HCPName", ["flast", "last"])}'])
    else:
        sid = rng.choice(['PSG', 'EEG', 'SL', 'MSLT']) + f'-{rng.randrange(24, 27)}-{rng.randrange(1000, 99999)}'
        L.append(rng.choice([f'{M("Location", p.sleep)} - Technologist Note', 'SLEEP LAB TECH NOTE', 'EEG technologist note',
                             f'Tech note, {M("Location", p.sleep)}']))
        L.append(rng.choice(['Pt: ', 'PATIENT ', 'name: ']) + pt_name(rng, p) + f'  Study ID {M("Other", sid)}')
        L.append(f'Study date {date(rng, d)}  bed {rng.randrange(1, 8)}' + rng.choice(['', f'  DOB {dob(rng, p.dob)}']))
        L.append(f'Equipment: Natus Embla N7000 {ser(rng, p)}' + rng.choice(['', f', oximeter {M("Other", "OX" + str(rng.randrange(10000, 99999)))}']))
        opt = [f'Referring: {doc(rng, ref, ["full", "last", "lastfirst"])}, {M("Location", rng.choice(["Juniper Junction Pulmonary & Sleep", "Victory Neurology Clinic", p.clinic]))}',
               f'ordered by {doc(rng, ref, ["last", "flast"])} for ?OSA / daytime sleepiness',
               f'Interpreting: {doc(rng, neph, ["full", "fmlast"])}, D-ABSM',
               f'{p.rels[0][0].capitalize()} {rel(rng, p)[1]} reports loud snoring, witnessed apneas',
               f'Pt accompanied by {p.rels[1][0]} {nm(rng, p.rels[1][1], "RelativeProxyName", ["first", "full"])}, who stayed in lounge',
               f'Prior study {date(rng, d - dt.timedelta(days=rng.randrange(200, 2000)))} at {hosp(rng, p.hosp[1], 0.6)} (AHI 18)',
               f'Works nights at {M("Location", rng.choice(EMPLOYERS))}; commercial driver',
               f'Pt from {M("Location", rng.choice([p.town, p.town.lower()]))}, call back {p.phone}',
               f'DME: CPAP set up by {M("Location", p.supplier)}, {phone(rng)}',
               f'follow-up {date(rng, d + dt.timedelta(days=rng.randrange(14, 60)), True)} w/ {nm(rng, ref, "HCPName", ["last", "flast"])}',
               f'study scored by {nm(rng, tech2, "HCPName", ["full", "flast"])}, RPSGT {date(rng, d + dt.timedelta(days=1), True)}',
               f'Results to {doc(rng, ref, ["last"])} via fax {phone(rng)}']
        clin = pick(rng, SLEEP_CLIN, rng.randrange(7, 12))
        signer = rng.choice([f'Tech: {initials(rng, tech1)}', f'{nm(rng, tech1, "HCPName", ["full", "flast"])}, RPSGT, R. EEG T.',
                             f'night tech {nm(rng, tech1, "HCPName", ["first"])} ({initials(rng, tech1)})'])
    body = pick(rng, opt, rng.randrange(5, 10))
    L += body[:2] + clin + body[2:]
    L.append('')
    L.append(signer)
    return L
