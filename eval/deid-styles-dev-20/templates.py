"""Line templates for deid-styles-dev-20, written from scratch. Each template is f(r, p, k, date) -> line(s)
with PHI marked as \\x01Category\\x02text\\x03 (generate.py strips the marks and records offsets)."""
import datetime

import pools as P

MON = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October',
       'November', 'December']


def M(cat, text):
    return '\x01' + cat + '\x02' + text + '\x03'


def ordinal(n):
    return str(n) + ('th' if 11 <= n % 100 <= 13 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th'))


def dfmt(r, d, kind=None):
    kinds = ['m/d', 'm-d', 'mm/dd/yy', 'dMONyy', 'Mon d', 'nth of Month', 'mm/dd/yyyy', 'iso', 'Month d, yyyy',
             'd-Mon', 'm/d/yyyy', 'Mon. d', 'm.d.yy']
    kind = kind or r.choice(kinds)
    mo = MON[d.month - 1]
    return {
        'm/d': f'{d.month}/{d.day}', 'm-d': f'{d.month}-{d.day}', 'mm/dd/yy': f'{d.month:02d}/{d.day:02d}/{d.year % 100:02d}',
        'dMONyy': f'{d.day}{mo[:3].upper()}{d.year % 100:02d}', 'Mon d': f'{mo[:3]} {d.day}',
        'nth of Month': f'{ordinal(d.day)} of {mo}', 'mm/dd/yyyy': f'{d.month:02d}/{d.day:02d}/{d.year}',
        'iso': d.isoformat(), 'Month d, yyyy': f'{mo} {d.day}, {d.year}', 'd-Mon': f'{d.day}-{mo[:3]}',
        'm/d/yyyy': f'{d.month}/{d.day}/{d.year}', 'Mon. d': f'{mo[:3]}. {d.day}', 'm.d.yy': f'{d.month}.{d.day}.{d.year % 100}',
    }[kind]


def D(r, d, kind=None):
    return M('Date', dfmt(r, d, kind))


def shift(d, days):
    return d + datetime.timedelta(days=days)


def phone(r, p=None, area=None):
    area = area or (p['area'] if p else str(r.randint(300, 989)))
    a, b = r.randint(200, 989), r.randint(0, 9999)
    f = r.choice(['({a}) {x}-{y:04d}', '{a}-{x}-{y:04d}', '{x}-{y:04d}', '{a}.{x}.{y:04d}', '{a}{x}{y:04d}',
                  '{a} {x} {y:04d}'])
    return f.format(a=area, x=a, y=b)


def PH(r, p=None):
    return M('Phone', phone(r, p))


def ext(r):
    return M('Phone', r.choice(['x', 'ext ', 'ext. ', 'X']) + str(r.randint(10, 9999)))


def pick(r, seq):
    return r.choice(seq)


def person(r, sex=None):
    sex = sex or r.choice('FM')
    return {'first': r.choice(P.FIRST_F if sex == 'F' else P.FIRST_M), 'last': r.choice(P.SURNAMES), 'sex': sex,
            'mi': r.choice('ABCDEGHJKLMNPRSTW')}


def hcp(r):
    h = person(r)
    return h


def HN(r, h, form=None):
    """Staff name in many shapes; titles outside the span."""
    form = form or r.choice(['Dr. L', 'L', 'F L', 'F. L', 'L,F', 'dr L', 'F', 'FL initials', 'L MD', 'F M. L'])
    if form == 'Dr. L':
        return 'Dr. ' + M('HCPName', h['last'])
    if form == 'dr L':
        return 'dr ' + M('HCPName', h['last'])
    if form == 'L':
        return M('HCPName', h['last'])
    if form == 'F L':
        return M('HCPName', h['first'] + ' ' + h['last'])
    if form == 'F. L':
        return M('HCPName', h['first'][0] + '. ' + h['last'])
    if form == 'L,F':
        return M('HCPName', h['last'].upper()) + ',' + M('HCPName', h['first'].upper())
    if form == 'F':
        return M('HCPName', h['first'])
    if form == 'FL initials':
        return M('HCPName', (h['first'][0] + h['last'][0]).lower())
    if form == 'L MD':
        return M('HCPName', h['last']) + ' MD'
    return M('HCPName', h['first'] + ' ' + h['mi'] + '. ' + h['last'])


def RN(r, h, cat='RelativeProxyName', form=None):
    form = form or r.choice(['F', 'F L', 'F', 'Mr/Ms L', 'F L', 'L, F'])
    if form == 'F':
        return M(cat, h['first'])
    if form == 'F L':
        return M(cat, h['first'] + ' ' + h['last'])
    if form == 'L, F':
        return M(cat, h['last']) + ', ' + M(cat, h['first'])
    return ('Mr. ' if h['sex'] == 'M' else 'Ms. ') + M(cat, h['last'])


def PT(r, p, form=None):
    form = form or r.choice(['First', 'Last, First', 'F Last', 'LAST,FIRST M', 'First Last', 'Mr/Ms', 'nick'])
    if form == 'First':
        return M('PTName', p['first'])
    if form == 'Last, First':
        return M('PTName', p['last']) + ', ' + M('PTName', p['first'])
    if form == 'F Last':
        return M('PTName', p['first'][0] + '. ' + p['last'])
    if form == 'LAST,FIRST M':
        return M('PTName', p['last'].upper()) + ',' + M('PTName', p['first'].upper()) + ' ' + M('PTNameInitial', p['mi'])
    if form == 'First Last':
        return M('PTName', p['first'] + ' ' + p['last'])
    if form == 'nick':
        return '"' + M('PTName', p['nick']) + '"' if p.get('nick') else M('PTName', p['first'])
    return ('Mr. ' if p['sex'] == 'M' else 'Ms. ') + M('PTName', p['last'])


def town(r, p, key='town'):
    t = p[key]
    if t in P.MISSPELT and r.random() < 0.5:
        t = P.MISSPELT[t]
    elif r.random() < 0.3:
        t = t.lower()
    return M('Location', t)


def base_patient(r, pid, age_lo=20, age_hi=99):
    p = person(r)
    p['pid'] = pid
    p['age'] = r.randint(age_lo, age_hi)
    p['mrn'] = str(r.randint(100000, 9999999))
    p['area'] = str(r.randint(300, 989))
    p['town'] = r.choice(P.TOWNS)
    p['town2'] = r.choice(P.TOWNS)
    p['street'] = f'{r.randint(3, 28999)} {r.choice(P.STREETS)}'
    p['zip'] = f'{r.randint(10000, 99999)}'
    p['dob'] = datetime.date(2026 - p['age'], r.randint(1, 12), r.randint(1, 28))
    p['nick'] = r.choice(['Bud', 'Sissy', 'Tiny', 'Doc', 'Red', 'Boots', 'Sugar', 'Peanut', None, None])
    rels = ['wife', 'husband', 'daughter', 'son', 'sister', 'brother', 'niece', 'grandson', 'granddaughter',
            'mother', 'neighbor', 'boyfriend', 'girlfriend']
    p['rel'] = []
    for _ in range(3):
        rel = r.choice(rels)
        sex = 'F' if rel in ('wife', 'daughter', 'sister', 'niece', 'granddaughter', 'mother', 'girlfriend') else (
            'M' if rel in ('husband', 'son', 'brother', 'grandson', 'boyfriend') else r.choice('FM'))
        q = person(r, sex)
        if rel not in ('neighbor', 'boyfriend', 'girlfriend') and r.random() < 0.6:
            q['last'] = p['last']
        q['rel'] = rel
        p['rel'].append(q)
    p['pcp'] = hcp(r)
    p['hcp'] = [hcp(r) for _ in range(4)]
    p['hosp'] = r.choice(P.HOSPITALS)
    return p


def AGE(r, p):
    """Patient age: labelled only if >= 90."""
    a = str(p['age'])
    return M('Age', a) if p['age'] >= 90 else a


def year(r, y):
    return M('DateYear', r.choice([str(y), "'" + str(y % 100).zfill(2)]))


# ---------------------------------------------------------------- rural NP progress notes (mostly lower)
def np_patient(r, pid):
    p = base_patient(r, pid, 18, 97)
    p['clinic'] = r.choice(P.CLINICS)
    p['pharm'] = r.choice(P.PHARMACIES)
    p['np'] = hcp(r)
    return p


def np_header(r, p, k, d):
    c = p['clinic']
    return [
        r.choice([M('Location', c[0]), M('Location', c[1]) + ' ' + town(r, p, 'town2') + ' site', M('Location', c[1].lower()) + ' f/u']),
        r.choice(['pt: ', 'name ', '', 'pt ']) + PT(r, p, r.choice(['Last, First', 'LAST,FIRST M', 'First Last'])) +
        '  ' + AGE(r, p) + r.choice(['yo ', ' y/o ', 'yof ' if p['sex'] == 'F' else 'yom ']) + r.choice(['mrn ', 'acct ', '#']) + M('Other', p['mrn']),
        r.choice(['dos ', 'seen ', 'visit ', 'DOS: ']) + D(r, d) + r.choice(['', ' ' + r.choice(['0815', '10:40a', '2p', '1330'])]),
        r.choice(['dob ', 'd.o.b. ', 'DOB ']) + D(r, p['dob'], r.choice(['mm/dd/yyyy', 'm/d/yyyy', 'mm/dd/yy'])),
    ]


def np_footer(r, p, k, d):
    np = p['np']
    return [
        '',
        r.choice(['rtc ', 'f/u ', 'recheck ']) + r.choice(['3 wks', '1 mo', '6 wk', 'prn', '2 wks']) + ' or sooner prn. pt verbalized understanding.',
        r.choice(['-- ', '', 'e-signed ']) + M('HCPName', np['first'] + ' ' + np['last']) + r.choice([', aprn', ' fnp-c', ' np', ', FNP']) +
        r.choice(['', ' ' + D(r, d, 'm/d/yyyy'), ' ' + D(r, d, 'mm/dd/yy') + ' 17:02']),
    ]


NP_BODY = [
    lambda r, p, k, d: 'cc: ' + r.choice(['bp recheck', 'cough x 5d', 'l knee pain', 'dm f/u', 'rash', 'back pain after hauling hay']) +
        r.choice(['', ', hpi:' + D(r, shift(d, -r.randint(2, 9)), 'm/d')]),
    lambda r, p, k, d: 'hpi: ' + PT(r, p, r.choice(['First', 'nick'])) + ' states sx started ' + D(r, shift(d, -r.randint(3, 20)), r.choice(['m/d', 'm-d', 'Mon d'])) +
        ' while working cattle, ' + r.choice(['no fever', 'denies cp/sob', 'took ibuprofen w/o relief']),
    lambda r, p, k, d: 'here w/ ' + p['rel'][0]['rel'] + ' ' + RN(r, p['rel'][0]) + ', who drove in from ' + town(r, p, 'town2'),
    lambda r, p, k, d: 'lives ' + r.choice(['on farm ', 'alone ', 'w/ spouse ', '']) + r.choice(['outside ', 'in ', 'nr ']) + town(r, p) + ', ' + r.choice(['~30 mi from clinic', 'no running water in barn', 'gravel road'])
        + r.choice(['', ' (' + M('Location', p['street'].lower()) + ')']),
    lambda r, p, k, d: 'vs: bp ' + f'{r.randint(108, 168)}/{r.randint(62, 98)}' + f' p {r.randint(56, 104)} t 98.{r.randint(0, 9)} spo2 {r.randint(91, 99)}% wt {r.randint(110, 290)} lb',
    lambda r, p, k, d: 'a1c ' + f'{r.randint(6, 11)}.{r.randint(0, 9)}' + ' on ' + D(r, shift(d, -r.randint(20, 90)), r.choice(['m/d', 'mm/dd/yy'])) + ', was ' + f'{r.randint(6, 11)}.{r.randint(0, 9)}' + ' in ' + r.choice(MON).lower()[:3],
    lambda r, p, k, d: 'meds: metformin 1000 bid, lisinopril 20 qd, atorva 40 qhs, asa 81',
    lambda r, p, k, d: 'heart rrr, 2/6 sem rusb, lungs cta b/l, no jvd',
    lambda r, p, k, d: 'msk: 5/5 strength ble, neg slr, tender over l4-l5 paraspinals, no saddle anesth',
    lambda r, p, k, d: 'neuro: cn ii-xii grossly intact, babinski down going, romberg neg',
    lambda r, p, k, d: 'abd soft, +murphy sign? equivocal, no rebound, mcburney nontender',
    lambda r, p, k, d: 'knee: + mcmurray medial, lachman firm, small effusion. xr ordered at ' + M('Location', p['hosp'][1]),
    lambda r, p, k, d: 'was seen at ' + M('Location', r.choice([p['hosp'][0], p['hosp'][1], p['hosp'][0].lower()])) + ' er on ' + D(r, shift(d, -r.randint(2, 30))) + ', records rec\'d',
    lambda r, p, k, d: 'referred to ' + HN(r, p['hcp'][0], r.choice(['dr L', 'Dr. L', 'F L'])) + ' (' + r.choice(['cards', 'ortho', 'gi', 'derm']) + ') at ' + M('Location', p['hosp'][1]) + ', their ph ' + PH(r, p),
    lambda r, p, k, d: 'per ' + HN(r, p['hcp'][1], r.choice(['L', 'dr L', 'F'])) + ' at ' + M('Location', p['hosp'][1]) + ' stress test neg ' + D(r, shift(d, -r.randint(30, 200)), r.choice(['mm/dd/yy', 'Mon d'])),
    lambda r, p, k, d: 'rx sent to ' + M('Location', p['pharm'].lower()) + ' in ' + town(r, p) + ' ' + PH(r, p),
    lambda r, p, k, d: 'pt cell ' + PH(r, p) + r.choice(['', ', home ' + PH(r, p), ', prefers text']),
    lambda r, p, k, d: 'called ' + p['rel'][1]['rel'] + ' ' + RN(r, p['rel'][1], form='F') + ' @ ' + PH(r, p) + ' re: med list',
    lambda r, p, k, d: 'hx: mi ' + year(r, r.randint(1995, 2022)) + ' w/ stent x2, chole ' + year(r, r.randint(1980, 2020)) + ', t11 compression fx',
    lambda r, p, k, d: 'fhx: dad cad, mom dm2. smokes 1/2 ppd since age 16. chews.',
    lambda r, p, k, d: 'phq-9 = ' + str(r.randint(0, 18)) + ', gad-7 = ' + str(r.randint(0, 15)) + '. audit-c 3.',
    lambda r, p, k, d: 'labs drawn today, bmp cbc lipid tsh, sent to ' + M('Location', r.choice(['Plains Reference Lab', 'High Prairie Labs', 'Quarry Diagnostic Lab'])),
    lambda r, p, k, d: 'medicaid id ' + M('Other', r.choice(['K', 'M', 'X']) + str(r.randint(10000000, 99999999))) + ' verified',
    lambda r, p, k, d: 'last seen by me ' + D(r, shift(d, -r.randint(20, 120)), r.choice(['m/d', 'm/d/yyyy', 'dMONyy'])) + ', missed appt ' + D(r, shift(d, -r.randint(5, 19)), 'm/d'),
    lambda r, p, k, d: 'recheck bp log ' + D(r, shift(d, -10), 'm/d') + '-' + D(r, shift(d, -3), 'm/d') + ': avg 142/88',
    lambda r, p, k, d: 'dme: walker from ' + M('Location', r.choice(['Bliss Medical Supply', 'Plainview Home Oxygen', 'Rural Rehab Equipment'])) + ', auth #' + M('Other', str(r.randint(1000000, 99999999))),
    lambda r, p, k, d: 'pt reports ' + p['rel'][2]['rel'] + ' ' + RN(r, p['rel'][2], form=r.choice(['F', 'F L'])) + ' helps w/ meds + insulin',
    lambda r, p, k, d: 'a/p: htn uncontrolled, inc lisinopril to 40. dm2 - start jardiance 10. foley not needed. tdap given l deltoid lot ' + str(r.randint(10000, 99999)) + 'a',
    lambda r, p, k, d: 'discussed w/ collab md ' + HN(r, p['pcp'], r.choice(['F. L', 'L', 'F M. L'])) + ', agrees w/ plan',
    lambda r, p, k, d: 'portal msg from pt ' + D(r, shift(d, -1), 'm/d') + ', email ' + M('Other', (p['first'][0] + p['last']).lower().replace(' ', '').replace("'", '') + str(r.randint(1, 99)) + '@' + r.choice(['prairienet.com', 'plainsmail.net', 'ruralnet.org'])),
    lambda r, p, k, d: 'ekg: nsr 72, no st changes, qtc 428. cxr: no infiltrate, 7th rib old fx',
    lambda r, p, k, d: 'works at ' + M('Location', r.choice(P.EMPLOYERS).lower()) + ', can\'t miss harvest',
    lambda r, p, k, d: 'caregiver for ' + r.choice(['mom', 'dad', 'aunt', 'mother-in-law']) + ' (' + M('Age', str(r.randint(90, 104))) + ' yo) in ' + town(r, p, 'town2') + ', stressed',
]


def np_case(r):
    return r.choice(['lower'] * 7 + ['mostly-lower'] * 2 + ['mixed'])


# ---------------------------------------------------------------- ICU nursing flowsheet (mostly CAPS)
def icu_patient(r, pid):
    p = base_patient(r, pid, 24, 101)
    p['unit'] = r.choice(P.UNITS_NOTPHI)
    p['rns'] = [hcp(r) for _ in range(3)]
    p['transfer'] = r.choice(P.HOSPITALS)
    return p


def tm(r):
    return f'{r.randint(0, 23):02d}{r.choice(["00", "15", "30", "45", "10", "50"])}'


def icu_header(r, p, k, d):
    return [
        r.choice(['ICU NURSING NARRATIVE', 'RN SHIFT NOTE', 'FLOWSHEET COMMENT', 'NSG NOTE ' + p['unit']]) + ' ' + D(r, d, r.choice(['mm/dd/yyyy', 'dMONyy', 'm/d'])) + ' ' + r.choice(['0700-1900', '1900-0700', 'NOC', 'DAYS']),
        'PT: ' + PT(r, p, r.choice(['LAST,FIRST M', 'Last, First'])) + '  MRN ' + M('Other', p['mrn']) + '  ' + AGE(r, p) + ('F' if p['sex'] == 'F' else 'M') + '  ' + p['unit'],
        'ADMIT ' + D(r, shift(d, -r.randint(1, 8)), r.choice(['m/d', 'mm/dd/yy'])) + ' FROM ' + M('Location', r.choice([p['transfer'][1], p['transfer'][0]])) + ' VIA ' + r.choice(['ROTOR', 'GROUND', 'FIXED WING']) + ', ' + r.choice(['SEPSIS', 'DKA', 'SAH', 'STEMI S/P CATH', 'ETOH WD', 'PNA/ARDS']),
    ]


def icu_footer(r, p, k, d):
    rn = p['rns'][0]
    return ['', r.choice(['REPORT GIVEN TO ', 'HANDOFF TO ', 'BEDSIDE REPORT W/ ']) + HN(r, p['rns'][1], r.choice(['F', 'F L', 'F. L'])) + ' RN @ ' + tm(r),
            r.choice(['', '-', '/']) + HN(r, rn, r.choice(['F L', 'L,F', 'F. L'])) + r.choice([' RN', ', RN, CCRN', ' RN BSN']) + r.choice(['', ' ' + D(r, d, 'm/d/yyyy') + ' ' + tm(r)])]


ICU_BODY = [
    lambda r, p, k, d: tm(r) + ' NEURO: ' + r.choice(['GCS ', 'GLASGOW ']) + str(r.randint(6, 15)) + ' (E3V4M6), PERRL 3MM, RASS -' + str(r.randint(0, 3)) + ', CAM-ICU NEG',
    lambda r, p, k, d: tm(r) + ' CV: NSR 80S, BP ' + f'{r.randint(88, 150)}/{r.randint(44, 90)}' + ' MAP ' + str(r.randint(60, 95)) + ', LEVOPHED 0.0' + str(r.randint(2, 9)) + ' MCG/KG/MIN TITRATED',
    lambda r, p, k, d: tm(r) + ' RESP: VENT AC 18/450/+8/40%, SAT 96%, SUCTIONED SMALL TAN. ABG 7.36/41/88',
    lambda r, p, k, d: tm(r) + ' GU: FOLEY PATENT, UOP 40-60 ML/HR, CRRT RUNNING, ' + r.choice(['NO ALARMS', 'FILTER CHANGED']),
    lambda r, p, k, d: tm(r) + ' SKIN: BRADEN 12, STAGE 2 SACRUM, MEPILEX, TURNED Q2H, BAIR HUGGER ON',
    lambda r, p, k, d: tm(r) + ' LINES: R IJ TLC ' + D(r, shift(d, -2), 'm/d') + ', L RADIAL ART LINE, PIV X2 18G',
    lambda r, p, k, d: tm(r) + ' ' + p['rel'][0]['rel'].upper() + ' ' + RN(r, p['rel'][0]) + ' CALLED FOR UPDATE, CB ' + PH(r, p),
    lambda r, p, k, d: tm(r) + ' UPDATED ' + p['rel'][1]['rel'].upper() + ' ' + RN(r, p['rel'][1], form=r.choice(['F L', 'F'])) + ' AT BEDSIDE, QUESTIONS ANSWERED',
    lambda r, p, k, d: tm(r) + ' PAGED ' + HN(r, p['hcp'][0], r.choice(['Dr. L', 'L', 'dr L'])) + ' (' + r.choice(['NEPHRO', 'ID', 'CARDS', 'NSGY', 'PULM']) + ') PGR ' + M('Phone', str(r.randint(1000, 9999))) + ' RE: ' + r.choice(['K 5.9', 'TEMP 39.2', 'ICP 24', 'HGB 6.8']),
    lambda r, p, k, d: tm(r) + ' ' + HN(r, p['hcp'][0], r.choice(['Dr. L', 'L'])) + ' RETURNED PAGE, ORDERS RECEIVED, READ BACK',
    lambda r, p, k, d: tm(r) + ' INTENSIVIST ' + HN(r, p['hcp'][1], r.choice(['F L', 'Dr. L', 'L MD'])) + ' AT BEDSIDE FOR ' + r.choice(['BRONCH', 'LINE PLACEMENT', 'FAMILY MTG', 'INTUBATION']),
    lambda r, p, k, d: tm(r) + ' RAPID RESPONSE HELD ' + D(r, shift(d, -1), r.choice(['m/d', 'Mon d'])) + ' PER CHART, SEE ' + HN(r, p['hcp'][2], 'F. L') + ' NOTE',
    lambda r, p, k, d: tm(r) + ' PT STATES NAME IS ' + PT(r, p, 'First') + ', ORIENTED X2, NOT TO DATE',
    lambda r, p, k, d: tm(r) + ' RESTRAINTS: SOFT BIL WRISTS, ORDER RENEWED BY ' + HN(r, p['hcp'][2], r.choice(['L', 'F. L'])) + ', CHECKS Q2H',
    lambda r, p, k, d: tm(r) + ' CHAPLAIN ' + RN(r, person(r), form=r.choice(['F', 'F L'])) + ' FROM ' + M('Location', r.choice(P.CHURCHES)) + ' VISITED W/ FAMILY',
    lambda r, p, k, d: tm(r) + ' CIWA ' + str(r.randint(4, 22)) + ', ATIVAN 2MG IV GIVEN. PROPOFOL 30 MCG. PRECEDEX OFF',
    lambda r, p, k, d: tm(r) + ' POA ' + RN(r, p['rel'][2], form='F L') + ' (' + p['rel'][2]['rel'].upper() + ') REQUESTS CALL IF ANY CHANGE, CELL ' + PH(r, p),
    lambda r, p, k, d: tm(r) + ' TRANSFER CENTER ' + M('Location', p['transfer'][0]) + ' CALLED, ACCEPTING ' + HN(r, p['hcp'][3], 'Dr. L') + ', REF # ' + M('Other', 'TC' + str(r.randint(100000, 999999))),
    lambda r, p, k, d: tm(r) + ' PHARMACY ' + HN(r, p['rns'][2], 'F') + ' ' + ext(r) + ' VERIFIED VANC TROUGH 17.4',
    lambda r, p, k, d: tm(r) + ' LABS: K 3.2 REPLACED 40 MEQ, MG 1.6, LACTATE 2.4 > 1.1, TROP 0.04',
    lambda r, p, k, d: tm(r) + ' BELONGINGS SENT HOME W/ ' + RN(r, p['rel'][0], form=r.choice(['F', 'F L'])) + ', WALLET, PHONE, DENTURES',
    lambda r, p, k, d: tm(r) + ' PT FROM ' + town(r, p).upper() + ', ' + r.choice(['RETIRED FARMER', 'LONG HAUL DRIVER', 'SCHOOL COOK']) + ', HX CABG ' + year(r, r.randint(1990, 2020)),
    lambda r, p, k, d: tm(r) + ' FAMILY MTG W/ ' + RN(r, p['rel'][0], form='F') + ', ' + RN(r, p['rel'][1], form='F') + ', SW ' + RN(r, person(r), form='F L') + ', DR ' + M('HCPName', p['hcp'][1]['last']) + '. CODE STATUS DNR/DNI',
    lambda r, p, k, d: tm(r) + ' BLOOD CX X2 SENT ' + D(r, d, 'm/d') + ', SPUTUM CX PENDING. ACCT ' + M('Other', str(r.randint(10000000, 99999999))),
    lambda r, p, k, d: tm(r) + ' HOMANS NEG, SCDS ON, HEPARIN SQ. NIHSS ' + str(r.randint(0, 12)) + ', BABINSKI UPGOING R',
    lambda r, p, k, d: tm(r) + ' CALLED LAB ' + ext(r) + ', TALKED W/ ' + HN(r, p['rns'][2], 'F') + ', HEMOLYZED, REDRAWN',
    lambda r, p, k, d: tm(r) + ' I&O: IN 2840 / OUT 1960. WT 84.2 KG. BS 188 SSI 4U',
]


def icu_case(r):
    return r.choice(['upper'] * 6 + ['mostly-upper'] * 3 + ['mixed'])


# ---------------------------------------------------------------- return-to-work / occupational medicine
def occ_patient(r, pid):
    p = base_patient(r, pid, 19, 68)
    p['emp'] = r.choice(P.EMPLOYERS)
    p['ins'] = r.choice(P.INSURERS)
    p['claim'] = r.choice(['WC-{y}-{n:06d}', '{n:08d}', 'CLM{n}', '{a}{n:07d}-01']).format(y=2026, n=r.randint(1000, 9999999), a=r.choice('ABHKRW'))
    p['sup'] = person(r)
    p['cm'] = person(r)
    p['adj'] = person(r)
    p['site'] = r.choice([('the ', r.choice(P.TOWNS), ' elevator'), ('Plant 2 (', r.choice(P.TOWNS), ')'), ('Yard ' + str(r.randint(1, 9)) + ' nr ', r.choice(P.TOWNS), ''), ('the ', r.choice(P.TOWNS), ' job site')])
    p['doi'] = None
    p['occ'] = r.choice(P.OCC_CLINICS)
    p['job'] = r.choice(['forklift operator', 'CDL driver', 'line worker', 'CNA', 'roofer', 'welder', 'custodian', 'lineman'])
    return p


def SITE(p):
    a, t, b = p['site']
    return a + M('Location', t) + b


def occ_header(r, p, k, d):
    if p['doi'] is None:
        p['doi'] = shift(d, -r.randint(3, 40))
    return [
        M('Location', p['occ']) + r.choice(['', ' - ' + town(r, p, 'town2')]),
        r.choice(['RETURN TO WORK EVALUATION', 'Occupational Medicine Progress Note', 'Work Status Report', 'WORKERS COMP INITIAL VISIT', 'Fitness-for-Duty Evaluation']),
        'Employee: ' + PT(r, p, r.choice(['Last, First', 'First Last', 'LAST,FIRST M'])) + '   DOB ' + D(r, p['dob'], r.choice(['mm/dd/yyyy', 'm/d/yyyy'])) + '   Age ' + AGE(r, p),
        'Employer: ' + M('Location', p['emp']) + '   Job: ' + p['job'],
        'Claim # ' + M('Other', p['claim']) + '   Carrier: ' + M('Location', p['ins']) + '   DOI: ' + D(r, p['doi']),
        'Date of service: ' + D(r, d),
    ]


def occ_footer(r, p, k, d):
    return ['', 'Work status: ' + r.choice(['modified duty', 'full duty, no restrictions', 'off work until next visit', 'light duty']) + ' effective ' + D(r, d) + ' through ' + D(r, shift(d, 14)),
            r.choice(['Electronically signed: ', 'Provider: ', '']) + HN(r, p['pcp'], r.choice(['F M. L', 'F L', 'L,F'])) + r.choice([', MD, MPH', ' DO', ', PA-C']) + r.choice(['', ' on ' + D(r, d, 'mm/dd/yyyy')])]


OCC_BODY = [
    lambda r, p, k, d: 'Mechanism: ' + r.choice(['lifting 80 lb feed sacks', 'slipped on ice exiting cab', 'caught L hand in auger', 'fell 6 ft from ladder']) + ' at ' + SITE(p) + ' on ' + D(r, p['doi']),
    lambda r, p, k, d: 'Reported to supervisor ' + RN(r, p['sup'], form=r.choice(['F L', 'F', 'Mr/Ms L'])) + ' same day; incident report # ' + M('Other', 'IR-' + str(r.randint(1000, 99999))),
    lambda r, p, k, d: 'Supervisor ' + RN(r, p['sup'], form=r.choice(['F L', 'L, F'])) + ' ' + PH(r, p) + ' ' + ext(r) + ' confirms light duty available in ' + r.choice(['shipping', 'the scale house', 'dispatch', 'laundry']),
    lambda r, p, k, d: 'Nurse case manager ' + RN(r, p['cm'], form=r.choice(['F L', 'F', 'L, F'])) + ' (' + M('Location', p['ins']) + ') present for visit, ' + PH(r, p),
    lambda r, p, k, d: 'Case manager e-mail: ' + M('Other', (p['cm']['first'][0] + p['cm']['last']).lower().replace(' ', '').replace("'", '').replace('.', '') + '@' + r.choice(['gpmutual.com', 'heartlandwi.com', 'prairieshield.net'])),
    lambda r, p, k, d: 'Adjuster ' + RN(r, p['adj'], form=r.choice(['F L', 'Mr/Ms L'])) + ' fax ' + PH(r, p) + ', per adjuster TTD paid through ' + D(r, shift(d, -1)),
    lambda r, p, k, d: 'Employer HR contact ' + RN(r, person(r), form='F L') + ', ' + M('Other', 'hr@' + p['emp'].split()[0].lower() + r.choice(['coop.com', 'llc.com', 'inc.net'])),
    lambda r, p, k, d: 'Restrictions: no lifting > ' + str(r.choice([10, 15, 20, 25, 35])) + ' lb, no overhead reaching R, no ladders, sit/stand as needed, 8 hr shifts max',
    lambda r, p, k, d: 'No use of L hand; may drive company vehicle. NIOSH lift index 1.8 for current task.',
    lambda r, p, k, d: 'Exam: lumbar flexion 60 deg, SLR neg bilat, Waddell 1/5, 5/5 strength L2-S1, DTR 2+',
    lambda r, p, k, d: 'Shoulder: Neer +, Hawkins +, Jobe 4/5, O\'Brien neg, drop arm neg. Spurling neg.',
    lambda r, p, k, d: 'Wrist: Tinel + at carpal tunnel, Phalen + at 30 s, Finkelstein neg. Grip 28/42 kg (Jamar).',
    lambda r, p, k, d: 'Oswestry ' + str(r.randint(12, 60)) + '%, pain 6/10, PDQ ' + str(r.randint(20, 100)) + '. FCE scheduled at ' + M('Location', r.choice(P.OCC_CLINICS)) + ' ' + D(r, shift(d, r.randint(5, 20))),
    lambda r, p, k, d: 'MRI ' + r.choice(['L spine', 'R shoulder', 'L knee']) + ' at ' + M('Location', p['hosp'][0]) + ' ' + D(r, shift(d, -r.randint(2, 15))) + ': ' + r.choice(['L4-5 protrusion', 'partial SSP tear', 'medial meniscus tear']),
    lambda r, p, k, d: 'Referred to ortho ' + HN(r, p['hcp'][0], r.choice(['Dr. L', 'F L'])) + ', ' + M('Location', p['hosp'][1]) + ', appt ' + D(r, shift(d, r.randint(3, 30)), r.choice(['m/d', 'Mon d', 'mm/dd/yy'])),
    lambda r, p, k, d: 'PT at ' + M('Location', r.choice(['Back2Work Physical Therapy', 'Mound Valley Rehab', 'Cottonwood PT & Sports'])) + ' 2x/wk x 4 wks with ' + HN(r, p['hcp'][2], r.choice(['F', 'F L'])) + ', DPT',
    lambda r, p, k, d: 'Prior injury: R knee scope ' + year(r, r.randint(1998, 2022)) + ' (non-work). Prior claim with ' + M('Location', r.choice(P.EMPLOYERS)) + ' closed.',
    lambda r, p, k, d: 'Home: ' + M('Location', p['street']) + ', ' + town(r, p) + ' ' + M('Location', p['zip']) + '; commutes 45 min',
    lambda r, p, k, d: 'Employee phone ' + PH(r, p) + '. Spouse ' + RN(r, p['rel'][0], form='F') + ' drove today.',
    lambda r, p, k, d: 'DOT exam: med cert exp ' + D(r, shift(d, r.randint(60, 600)), r.choice(['mm/dd/yyyy', 'Month d, yyyy'])) + ', CDL # ' + M('Other', r.choice('ABCDK') + str(r.randint(1000000, 99999999))),
    lambda r, p, k, d: 'Meds: naproxen 500 bid, cyclobenzaprine 10 qhs (no safety-sensitive duty while taking), lidocaine patch',
    lambda r, p, k, d: 'Drug screen collected, chain of custody # ' + M('Other', str(r.randint(1000000, 9999999))) + ', MRO ' + HN(r, p['hcp'][3], r.choice(['Dr. L', 'F L'])),
    lambda r, p, k, d: 'MMI not reached. Anticipate full duty by ' + D(r, shift(d, r.randint(20, 60)), r.choice(['Mon d', 'nth of Month', 'm/d'])) + '. AMA Guides 6th ed impairment deferred.',
    lambda r, p, k, d: 'Form C-4 / first report faxed to ' + M('Location', p['ins']) + ' ' + PH(r, p) + ' attn ' + RN(r, p['adj'], form='F L'),
    lambda r, p, k, d: 'Seen previously here ' + D(r, shift(d, -r.randint(7, 28))) + ' by ' + HN(r, p['hcp'][1], r.choice(['F. L', 'L', 'F M. L'])) + ', PA-C; ' + r.choice(['improving', 'plateau', 'worse with bending']),
    lambda r, p, k, d: 'Union steward ' + RN(r, person(r), form=r.choice(['F L', 'F'])) + ' (Local ' + str(r.randint(11, 999)) + ') present at employee request',
    lambda r, p, k, d: 'ICD-10 M54.16, S46.011A. CPT 99214. Hep B series #2 given.',
    lambda r, p, k, d: 'Gait antalgic, heel/toe walk ok, squat 50%. BP 138/86, BMI 31.',
    lambda r, p, k, d: 'Discussed ergonomics, pacing, ice 20 min q2-3h, home exercise program (McKenzie).',
    lambda r, p, k, d: 'Job site visit ' + D(r, shift(d, -3), 'm/d') + ': ' + SITE(p) + ', foreman ' + RN(r, person(r), form='F') + ' showed pallet jack task',
]


def occ_case(r):
    return r.choice(['mixed'] * 8 + ['upper', 'lower'])


# ---------------------------------------------------------------- interpreter / social work / spiritual care
def sw_patient(r, pid):
    p = base_patient(r, pid, 17, 99)
    p['lang'] = r.choice(P.LANGS)
    p['interp'] = person(r)
    p['icos'] = r.choice(P.INTERP_COS)
    p['agency'] = r.choice(P.AGENCIES)
    p['agency2'] = r.choice(P.AGENCIES)
    p['church'] = r.choice(P.CHURCHES)
    p['sw'] = hcp(r)
    return p


def sw_header(r, p, k, d):
    return [
        r.choice(['SOCIAL WORK CONTACT NOTE', 'Interpreter Services Encounter Log', 'Spiritual Care Visit', 'SW/CM Discharge Planning', 'social work f/u']),
        r.choice(['Pt: ', 'Patient: ', 'RE: ']) + PT(r, p, r.choice(['Last, First', 'First Last', 'LAST,FIRST M'])) + ' (' + AGE(r, p) + ' yo) MRN ' + M('Other', p['mrn']) + ' Rm ' + str(r.randint(201, 460)),
        'Date/time: ' + D(r, d) + ' ' + r.choice(['10:15', '1430', '0905', '3:40 PM']),
        'Language: ' + p['lang'] + r.choice(['; interpreter required', '; pt declines family interpreting', '']),
    ]


def sw_footer(r, p, k, d):
    sw = p['sw']
    name = r.choice([M('RelativeProxyName', sw['first'] + ' ' + sw['last']), M('RelativeProxyName', sw['first'] + ' ' + sw['mi'] + '. ' + sw['last']),
                     M('RelativeProxyName', sw['last'].upper()) + ',' + M('RelativeProxyName', sw['first'].upper())])
    return ['', r.choice(['Total time 45 min. ', 'Time: 30 min. ', '']) + name + r.choice([', LCSW', ', MSW', ', BCC (chaplain)', ', LMSW']) + ' ' + ext(r)]


SW_BODY = [
    lambda r, p, k, d: 'Present: pt, ' + p['rel'][0]['rel'] + ' ' + RN(r, p['rel'][0], form='F L') + ', ' + p['rel'][1]['rel'] + ' ' + RN(r, p['rel'][1], form='F') + ', RN ' + HN(r, p['hcp'][0], 'F') + ', interpreter ' + RN(r, p['interp'], form='F'),
    lambda r, p, k, d: p['lang'] + ' interpreter ' + RN(r, p['interp'], form=r.choice(['F L', 'F'])) + ' ID# ' + M('Other', str(r.randint(10000, 999999))) + ' via ' + M('Location', p['icos']),
    lambda r, p, k, d: 'Video interpreter (' + M('Location', p['icos']) + ') ID ' + M('Other', str(r.randint(1000, 99999))) + ' dropped x2; resumed by phone ' + PH(r) + ', access code ' + str(r.randint(1000, 9999)),
    lambda r, p, k, d: 'Pt arrived ' + year(r, r.randint(2008, 2025)) + ' from refugee camp; resettled by ' + M('Location', r.choice(['Plains Refugee Resettlement Services', 'Lutheran Neighbors Network', 'Casa Esperanza Center'])) + ', caseworker ' + RN(r, person(r), form=r.choice(['F L', 'F', 'L, F'])),
    lambda r, p, k, d: 'Spoke with ' + p['rel'][0]['rel'] + ' ' + RN(r, p['rel'][0], form=r.choice(['F', 'F L', 'Mr/Ms L'])) + ' by phone ' + PH(r, p) + ', ' + r.choice(['agreeable to plan', 'will bring clothes', 'requests family meeting']),
    lambda r, p, k, d: 'LVM for ' + p['rel'][1]['rel'] + ' ' + RN(r, p['rel'][1], form='F') + ' at ' + PH(r, p) + ' ' + r.choice(['x2', 'at 1015', 'again']),
    lambda r, p, k, d: 'Discharge address: ' + M('Location', p['street']) + r.choice([', Apt ' + str(r.randint(1, 40)), ' Lot ' + str(r.randint(1, 80)), '']) + ', ' + town(r, p) + ' ' + M('Location', p['zip']),
    lambda r, p, k, d: 'Shelter bed confirmed at ' + M('Location', r.choice(['Harmony House Shelter', 'Hope Street Mission', 'New Dawn Domestic Violence Shelter', 'Second Chance Recovery Lodge'])) + ' by ' + RN(r, person(r), form='F') + ', intake ' + PH(r) + ' (location confidential)',
    lambda r, p, k, d: 'APS report filed w/ ' + M('Location', 'Bliss County Adult Protective Services') + ', case # ' + M('Other', 'APS-' + str(r.randint(24, 26)) + '-' + str(r.randint(1000, 9999))) + ', worker ' + RN(r, person(r), form='F L'),
    lambda r, p, k, d: 'Pastor ' + RN(r, person(r, 'M'), form=r.choice(['F', 'L, F', 'F L'])) + ' of ' + M('Location', p['church']) + ' visited; pt asked for anointing / prayer in ' + p['lang'],
    lambda r, p, k, d: 'Chaplain visit: pt tearful re: ' + p['rel'][2]['rel'] + ' ' + RN(r, p['rel'][2], form='F') + ' still in ' + r.choice(['Kakuma', 'the camp', 'Kharkiv region', 'Guatemala', 'Chuuk']) + '; prayed together, Psalm 23',
    lambda r, p, k, d: 'Imam ' + RN(r, person(r, 'M'), form='F L') + ' (' + M('Location', 'Masjid al-Noor of Plainview') + ') called ' + PH(r) + ' re: halal diet, washing after death discussed',
    lambda r, p, k, d: 'Medicaid application submitted ' + D(r, shift(d, -r.randint(1, 20))) + ', app # ' + M('Other', str(r.randint(100000000, 999999999))) + '; SNAP pending',
    lambda r, p, k, d: 'Referral to ' + M('Location', p['agency']) + ' faxed ' + PH(r) + ', contact ' + RN(r, person(r), form=r.choice(['F L', 'F'])) + ' ' + ext(r),
    lambda r, p, k, d: 'Transport: ' + M('Location', r.choice(['Prairie Wheels Van', 'Gem County Transit', 'Tri-County Medicab'])) + ' booked for ' + D(r, shift(d, 1), r.choice(['m/d', 'Mon d', 'nth of Month'])) + ' 9a, conf # ' + M('Other', str(r.randint(10000, 999999))),
    lambda r, p, k, d: 'Pt states ' + PT(r, p, 'First') + ' prefers to be called ' + ('"' + M('PTName', p['nick']) + '"' if p['nick'] else 'by first name') + '; reads little English, needs teach-back',
    lambda r, p, k, d: 'Guardianship: ' + p['rel'][0]['rel'] + ' ' + RN(r, p['rel'][0], form='L, F') + ' has POA per papers dated ' + D(r, shift(d, -r.randint(100, 900)), r.choice(['mm/dd/yyyy', 'Month d, yyyy'])),
    lambda r, p, k, d: 'Team: ' + HN(r, p['hcp'][1], 'Dr. L') + ' (hospitalist), ' + HN(r, p['hcp'][2], 'F') + ' (PT), ' + HN(r, p['hcp'][3], 'F. L') + ' (CM); plan SNF vs home',
    lambda r, p, k, d: 'SNF referrals sent: ' + M('Location', r.choice(['Golden Prairie Care Center', 'Cottonwood Manor', 'Bliss Rehab & Nursing'])) + ', ' + M('Location', r.choice(['Sunset Acres of Loyal', 'Willow Bend Health Care', 'Antler Valley Lodge'])),
    lambda r, p, k, d: 'Pt worked at ' + M('Location', r.choice(P.EMPLOYERS)) + ' until ' + D(r, shift(d, -r.randint(20, 200)), r.choice(['m/d', 'mm/dd/yy'])) + ', lost housing after',
    lambda r, p, k, d: 'Children attend ' + M('Location', r.choice(['Buffalo Gap Elementary', 'Sweetwater Middle School', 'Harmony High'])) + '; school counselor ' + RN(r, person(r), form='Mr/Ms L') + ' aware',
    lambda r, p, k, d: 'PHQ-2 positive, C-SSRS screen neg. ACEs reviewed. Trauma-informed approach used.',
    lambda r, p, k, d: 'Pt calm, engaged, used teach-back x3; understands Foley care and Lovenox injections.',
    lambda r, p, k, d: 'Barriers: no car, no phone minutes, limited literacy, Medicaid pending, dog at home.',
    lambda r, p, k, d: 'Pt requests female interpreter for GYN exam; honored. Modesty gown provided.',
    lambda r, p, k, d: 'Ramadan fasting discussed w/ team; insulin timing adjusted per endo. Glasgow 15, A&O x4.',
    lambda r, p, k, d: 'Advance directive: none on file. MOLST/POLST form reviewed, pt wishes to think it over.',
    lambda r, p, k, d: 'Pt is primary caregiver for ' + CARE(r) + ', age ' + M('Age', str(r.randint(90, 103))) + ', who lives w/ family',
    lambda r, p, k, d: 'Food pantry: ' + M('Location', 'Sweetwater Food Pantry') + ' Tues 4-6p. WIC appt given. Diapers from closet.',
    lambda r, p, k, d: 'Vet status: Army ' + year(r, r.randint(1966, 2012)) + '-' + year(r, r.randint(1968, 2015)) + '; VSO ' + RN(r, person(r), form='F L') + ' at ' + M('Location', 'Gem County Veterans Service Office'),
    lambda r, p, k, d: 'Family conference held ' + D(r, shift(d, -1)) + ' ' + r.choice(['2p', '14:00']) + ' in 4W conf rm; goals of care: comfort, Foley for comfort, no re-intubation',
    lambda r, p, k, d: 'Interpreter note: pt used term for "heat in the body"; clarified w/ ' + RN(r, p['interp'], form='F') + '; RN aware. No Babinski/neuro concern per ' + HN(r, p['hcp'][1], 'Dr. L'),
    lambda r, p, k, d: 'Housing authority: ' + M('Location', 'Tenmile Housing Authority') + ' waitlist # ' + M('Other', 'HA' + str(r.randint(10000, 99999))) + ', landlord ' + RN(r, person(r), form=r.choice(['F L', 'Mr/Ms L'])) + ' ' + PH(r, p),
]


def CARE(r):
    rel, sex = r.choice([('grandmother', 'F'), ('father', 'M'), ('great-aunt', 'F'), ('grandfather', 'M')])
    return rel + ' ' + RN(r, person(r, sex), form='F')


def sw_case(r):
    return r.choice(['mixed'] * 7 + ['upper', 'lower', 'mostly-lower'])


STYLES = {
    'rural-np-progress-lower': {'patient': np_patient, 'header': np_header, 'footer': np_footer, 'body': NP_BODY, 'case': np_case},
    'icu-nursing-flowsheet-caps': {'patient': icu_patient, 'header': icu_header, 'footer': icu_footer, 'body': ICU_BODY, 'case': icu_case},
    'return-to-work-occupational': {'patient': occ_patient, 'header': occ_header, 'footer': occ_footer, 'body': OCC_BODY, 'case': occ_case},
    'interpreter-social-work-log': {'patient': sw_patient, 'header': sw_header, 'footer': sw_footer, 'body': SW_BODY, 'case': sw_case},
}
ORDER = list(STYLES)
