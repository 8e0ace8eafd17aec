"""Templates for deid-styles-dev-25. PHI is marked inline as \x01Category\x02text\x03 by m(); render() strips
the marks and returns the text and the spans (0-based, end-exclusive offsets)."""
import datetime as dt
import re

import pools as P

MARK = re.compile('\x01([A-Za-z]+)\x02([^\x03]*)\x03')
MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']
MONTH = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October',
         'November', 'December']


def m(cat, text):
    return f'\x01{cat}\x02{text}\x03'


def render(text):
    out, spans, pos, last = [], [], 0, 0
    for mo in MARK.finditer(text):
        out.append(text[last:mo.start()])
        pos += mo.start() - last
        phrase = mo.group(2)
        spans.append((pos, pos + len(phrase), mo.group(1), phrase))
        out.append(phrase)
        pos += len(phrase)
        last = mo.end()
    out.append(text[last:])
    return ''.join(out), spans


def fdate(r, d, shape=None):
    shapes = ['m/d/yy', 'mm/dd/yyyy', 'm/d', 'm-d-yy', 'ddMONyy', 'Mon d', 'Month d, yyyy', 'yyyy-mm-dd',
              'd Mon yyyy', 'm.d.yy', 'Mon d yyyy', 'Mon. dth', 'ddMon']
    s = shape or r.choice(shapes)
    y2 = d.year % 100
    if s == 'm/d/yy':
        return f'{d.month}/{d.day}/{y2:02d}'
    if s == 'mm/dd/yyyy':
        return f'{d.month:02d}/{d.day:02d}/{d.year}'
    if s == 'm/d':
        return f'{d.month}/{d.day}'
    if s == 'm-d-yy':
        return f'{d.month}-{d.day}-{y2:02d}'
    if s == 'ddMONyy':
        return f'{d.day:02d}{MON[d.month - 1].upper()}{y2:02d}'
    if s == 'Mon d':
        return f'{MON[d.month - 1]} {d.day}'
    if s == 'Month d, yyyy':
        return f'{MONTH[d.month - 1]} {d.day}, {d.year}'
    if s == 'yyyy-mm-dd':
        return d.isoformat()
    if s == 'd Mon yyyy':
        return f'{d.day} {MON[d.month - 1]} {d.year}'
    if s == 'm.d.yy':
        return f'{d.month}.{d.day}.{y2:02d}'
    if s == 'Mon d yyyy':
        return f'{MON[d.month - 1]} {d.day} {d.year}'
    if s == 'Mon. dth':
        suf = 'th' if 10 <= d.day % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(d.day % 10, 'th')
        return f'{MON[d.month - 1]}. {d.day}{suf}'
    if s == 'ddMon':
        return f'{d.day}{MON[d.month - 1]}'
    return d.isoformat()


def D(r, d, shape=None):
    return m('Date', fdate(r, d, shape))


def phone(r, shape=None):
    a, b, c = r.randint(201, 989), r.randint(210, 989), r.randint(1000, 9999)
    s = shape or r.choice(['(a) b-c', 'a-b-c', 'a.b.c', 'abc', 'b-c', 'a b c'])
    return (s.replace('a', str(a)).replace('b', str(b)).replace('c', str(c)) if s != 'abc' else f'{a}{b}{c}')


def person(r, sex=None):
    sex = sex or r.choice('FM')
    first = r.choice(P.FIRST_F if sex == 'F' else P.FIRST_M)
    return {'first': first, 'last': r.choice(P.SURNAMES), 'sex': sex, 'mi': r.choice('ABCDEFGHJKLMNPRSTVW')}


def full(p):
    return f"{p['first']} {p['last']}"


def make_patient(r, pid, kind):
    """Fixed facts of one patient; kind: adult | peds."""
    sex = r.choice('FM')
    p = person(r, sex)
    idx = dt.date(2026, r.randint(1, 11), r.randint(1, 28))
    if kind == 'peds':
        age_days = r.choice([0, 0, 1, 2, 3, 5, 9, 14, 40, 200, 700, 2500])
        dob = idx - dt.timedelta(days=age_days)
        age = None
    else:
        age = r.choice([34, 41, 47, 52, 58, 63, 66, 71, 74, 78, 83, 87, 91, 93, 96, 101]) if pid % 4 != 2 else r.choice([90, 92, 94, 97, 99])
        dob = dt.date(idx.year - age, r.randint(1, 12), r.randint(1, 28))
        if (dob.month, dob.day) > (idx.month, idx.day):
            dob = dt.date(dob.year - 1, dob.month, dob.day)
    p.update({
        'pid': pid, 'idx': idx, 'dob': dob, 'age': age,
        'mrn': r.choice(['', 'M', 'E', '00']) + str(r.randint(100000, 9999999)),
        'acct': str(r.randint(10000000, 99999999)),
        'street': f'{r.randint(2, 9899)} {r.choice(P.STREETS)}', 'town': r.choice(P.TOWNS),
        'zip': f'{r.randint(10000, 99899):05d}', 'phone': phone(r), 'cell': phone(r),
        'rel1': person(r), 'rel2': person(r),
        'pcp': person(r), 'practice': r.choice(P.PRACTICES),
        'hosp': r.sample(P.HOSPITALS, 3), 'employer': r.choice(P.EMPLOYERS),
    })
    p['rel1']['last'] = p['last'] if r.random() < 0.6 else p['rel1']['last']
    p['rel1']['rel'] = relword(r, p['rel1']['sex'], age)
    p['rel2']['rel'] = relword(r, p['rel2']['sex'], age)
    return p


def relword(r, rel_sex, pt_age):
    if pt_age is not None and pt_age >= 75:
        return r.choice({'F': ['daughter', 'niece', 'granddaughter'], 'M': ['son', 'nephew', 'grandson']}[rel_sex])
    return r.choice({'F': ['wife', 'sister', 'mother', 'partner'], 'M': ['husband', 'brother', 'father', 'partner']}[rel_sex])


def dr(r):
    return person(r)


def drname(r, d, shape=None):
    s = shape or r.choice(['F L', 'F. L', 'L', 'F M. L', 'L, F'])
    if s == 'F L':
        return m('HCPName', full(d))
    if s == 'F. L':
        return m('HCPName', f"{d['first'][0]}. {d['last']}")
    if s == 'L':
        return m('HCPName', d['last'])
    if s == 'F M. L':
        return m('HCPName', f"{d['first']} {d['mi']}. {d['last']}")
    return m('HCPName', d['last']) + ', ' + m('HCPName', d['first'])


# ---------------------------------------------------------------- outpatient letters with cc lists
GENERIC_MEDS = ['aspirin 81 mg daily', 'metformin 1000 mg BID', 'lisinopril 20 mg daily', 'atorvastatin (Lipitor) 40 mg',
                'omeprazole 20 mg', 'vitamin D3 2000 IU', 'Eliquis 5 mg BID', 'levothyroxine 75 mcg', 'Flomax 0.4 mg',
                'prednisone 5 mg daily', 'methotrexate 15 mg weekly with folic acid 1 mg', 'Lasix 40 mg',
                'Symbicort 160/4.5 2 puffs BID', 'sertraline 50 mg', 'Tylenol Arthritis PRN', 'calcium carbonate 600 mg']
SPECIALTY = {
    'QHVA': ('Cardiology', [
        'Echo today: LVEF 40-45%, grade II diastolic dysfunction, mild MR, RVSP 38.',
        'NYHA class II. CHA2DS2-VASc 4, HAS-BLED 2. Continue Eliquis 5 mg BID.',
        'We will transition lisinopril to Entresto 24/26 mg BID once the washout of 36 hours is complete.',
        'ECG: sinus rhythm 64, first-degree AV block (PR 232 ms), QTc 448. Holter x 14d (Zio patch) ordered.',
        'Coronary CTA showed CAD-RADS 3 in the mid LAD; Agatston score 412.',
        'No Kussmaul sign; no Osler nodes or Janeway lesions. Levine grade 2/6 systolic murmur at the apex.']),
    'HNG': ('Neurology', [
        'MoCA 23/30 (lost points for delayed recall and cube). MRI brain: scattered FLAIR foci, Fazekas 2.',
        'Exam consistent with idiopathic Parkinson disease, Hoehn and Yahr stage 2; UPDRS III 28.',
        'EEG showed left temporal sharp waves. Levetiracetam (Keppra) 500 mg BID to continue.',
        'Residual House-Brackmann grade II Bell palsy on the right; eye care reviewed.',
        'Romberg negative, no pronator drift, reflexes 2+ symmetric, toes downgoing bilaterally.',
        'We discussed Aimovig for migraine prophylaxis; MIDAS score 31.']),
    'THR': ('Rheumatology', [
        'DAS28-CRP 4.1 today despite methotrexate 20 mg weekly; adding Humira 40 mg q2wk.',
        'ANA 1:640 speckled, anti-SSA positive; Schirmer test 3 mm - consistent with Sjogren syndrome.',
        'Raynaud phenomenon without digital ulcers; nailfold capillaroscopy unremarkable.',
        'Gout: serum urate 9.4; start allopurinol 100 mg and titrate to a goal below 6, colchicine bridge.',
        'Hydroxychloroquine 200 mg BID; baseline OCT with ophthalmology per AAO guidance.',
        'Heberden and Bouchard nodes noted; no synovitis of MCPs.']),
    'PAEDC': ('Endocrinology', [
        'HbA1c 8.6% (previously 9.9%). Dexcom G7 data: time in range 58%, below range 2%.',
        'TSH 0.02, free T4 2.9; TRAb positive - Graves disease. Methimazole 10 mg daily.',
        'Hashimoto thyroiditis, on levothyroxine (Synthroid) 112 mcg; TSH 3.1 today.',
        'We will start Mounjaro 2.5 mg weekly and stop glipizide. Ozempic was not covered.',
        'DXA T-score -2.7 at the femoral neck; FRAX 10-yr major fracture risk 21%. Prolia discussed.',
        'AM cortisol 2.1 with ACTH 410: primary adrenal insufficiency (Addison). Hydrocortisone 15/5 mg.']),
    'SKC': ('Nephrology', [
        'eGFR 34 (CKD G3b A2), UACR 410 mg/g. Started Farxiga 10 mg.',
        'Potassium 5.6; Lokelma 10 g daily, low-potassium diet handout given.',
        'Renal US: 10.1 and 9.8 cm kidneys, increased echogenicity, no hydronephrosis.',
        'Discussed kidney replacement options including PD; AV fistula referral if eGFR below 20.']),
    'OVPS': ('Pulmonology', [
        'Spirometry: FEV1 1.42 L (54% pred), FEV1/FVC 0.58, DLCO 48% - GOLD 3, group E.',
        'Started Trelegy Ellipta 1 puff daily; albuterol HFA PRN. Pulmonary rehab referral.',
        'PSG: AHI 34, nadir SpO2 79% - severe OSA. ResMed AirSense 11 APAP 6-14 ordered.',
        'Epworth Sleepiness Scale 16. STOP-BANG 6.',
        'CT chest: 9 mm RUL part-solid nodule, Lung-RADS 4A; repeat CT in 3 months.']),
    'BMMC': ('Memory and Movement', [
        'MMSE 21/30, clock draw 2/4. Diagnosis: mild dementia, likely Alzheimer type.',
        'Donepezil (Aricept) 5 mg nightly, increase to 10 mg after four weeks.',
        'Carbidopa-levodopa (Sinemet) 25/100 TID with dyskinesia in the afternoon.',
        'DaTscan consistent with a presynaptic dopaminergic deficit.']),
    'LFHO': ('Hematology-Oncology', [
        'CBC: Hgb 9.1, MCV 71, ferritin 6 - iron deficiency; Injectafer 750 mg x 2 arranged.',
        'JAK2 V617F positive, platelets 812k - essential thrombocythemia; hydroxyurea 500 mg daily.',
        'ECOG 1. Stage IIA (pT2 N0) breast cancer, ER+/PR+/HER2-, Oncotype DX 14.',
        'Factor V Leiden heterozygous; Xarelto 20 mg with evening meal for 6 months.']),
    'WFG': ('Gastroenterology', [
        'Fibroscan 11.2 kPa (F3), CAP 312. Hep C Ab negative.',
        'Crohn ileitis, Harvey-Bradshaw index 9; plan Stelara induction.',
        'Colonoscopy with Boston Bowel Prep Scale 8; two tubular adenomas removed.']),
    'NDMS': ('Dermatology', [
        'Mohs surgery of the left nasal ala basal cell carcinoma, 2 stages, repaired with a bilobed flap.',
        'Psoriasis PASI 14, BSA 12%; starting Skyrizi 150 mg.',
        'Dermoscopy: atypical network; shave biopsy sent. Breslow depth to follow.']),
}


def letter(r, p, n, when):
    clinic, acr = p['clinic']
    spec, lines = SPECIALTY[acr]
    doc, ref = p['spec_doc'], p['pcp']
    L = []
    if r.random() < 0.5:
        L.append(m('Location', clinic.upper() if r.random() < 0.5 else clinic))
    else:
        L.append(m('Location', acr) + ' - ' + m('Location', clinic))
    if r.random() < 0.5:
        L.append(m('Location', p['clinic_street']) + ' | ' + m('Location', p['clinic_town']) + ' ' + m('Location', p['clinic_zip']))
        L.append('Tel ' + m('Phone', p['clinic_phone']))
    else:
        L.append(spec + ' Services - Tel ' + m('Phone', p['clinic_phone']) + '   Fax ' + m('Phone', p['clinic_fax']))
    L.append('')
    L.append(D(r, when, r.choice(['Month d, yyyy', 'mm/dd/yyyy', 'd Mon yyyy'])))
    L.append('')
    if r.random() < 0.25:
        L.append('TO: ' + m('HCPName', ref['last']) + ', ' + m('HCPName', ref['first']) + ' MD  (' + m('Location', p['practice']) + ')')
        L.append('FROM: ' + drname(r, doc, 'F. L') + ', MD')
    else:
        L.append('Dr. ' + m('HCPName', full(ref)))
        L.append(m('Location', p['practice']))
    if r.random() < 0.3:
        L.append(m('Location', p['prac_street']) + ', ' + m('Location', p['prac_town']))
    L.append('')
    ptn = m('PTName', f"{p['first']} {p['last']}") if r.random() < 0.6 else m('PTName', p['last'].upper()) + ', ' + m('PTName', p['first'].upper())
    age_s = m('Age', str(p['age'])) if p['age'] >= 90 else str(p['age'])
    L.append('RE: ' + ptn + '   DOB: ' + D(r, p['dob'], r.choice(['mm/dd/yyyy', 'm/d/yy', 'yyyy-mm-dd'])) + '   MRN: ' + m('Other', p['mrn']))
    L.append('')
    x = r.random()
    L.append('Dear Dr. ' + m('HCPName', ref['last']) + ',' if x < 0.6 else 'Dear ' + m('HCPName', ref['first']) + ',' if x < 0.8 else 'Dear Colleague,')
    if n > 1 and r.random() < 0.5:
        L.append('Interval history (copied from my letter of ' + D(r, p['prev'], 'm/d/yy') + ', updated):')
        L.append('  >> ' + r.choice(['no ED visits since last seen', 'one fall at home, no injury', 'admitted briefly for cellulitis']) + '; ' + r.choice(['weight stable', 'appetite down', 'sleeping better on the new regimen']) + '.')
    sal = 'Mr.' if p['sex'] == 'M' else r.choice(['Mrs.', 'Ms.'])
    if n == 1:
        L.append(f'Thank you for referring {sal} ' + m('PTName', p['last']) + f', a pleasant {age_s}-year-old ' +
                 ('man' if p['sex'] == 'M' else 'woman') + f', whom I saw in {spec} clinic on ' + D(r, when, 'Mon d') + '.')
    else:
        L.append(f'I had the pleasure of seeing ' + m('PTName', p['first']) + ' again in follow-up on ' +
                 D(r, when, r.choice(['m/d', 'Mon. dth', 'Mon d'])) + '; last visit was ' + D(r, p['prev'], 'm/d/yy') + '.')
    rel = p['rel1']
    rw = rel['rel']
    opts = [
        f'{"He" if p["sex"] == "M" else "She"} came with {"his" if p["sex"] == "M" else "her"} {rw}, ' + m('RelativeProxyName', full(rel)) + ', who helps with medications.',
        'Works at ' + m('Location', p['employer']) + ' in ' + m('Location', p['town']) + '; retired in ' + m('DateYear', str(p['idx'].year - r.randint(2, 15))) + '.' if r.random() < 0.4 else
        'Still works part-time at ' + m('Location', p['employer']) + '.',
        'Hospitalized at ' + m('Location', p['hosp'][0][0]) + ' (' + m('Location', p['hosp'][0][1]) + ') ' + D(r, p['adm'], r.choice(['m/d/yy', 'Mon d'])) + '-' + D(r, p['adm'] + dt.timedelta(days=r.randint(2, 6)), 'm/d') + ' for ' + r.choice(['CHF exacerbation', 'syncope', 'pneumonia', 'a fall with L hip fracture', 'DKA']) + '.',
        'Prior workup at ' + m('Location', p['hosp'][1][1]) + ' in ' + m('DateYear', str(p['idx'].year - r.randint(1, 9))) + ' by Dr. ' + m('HCPName', p['prior_doc']['last']) + ' was unrevealing.',
        'Lives at ' + m('Location', p['street']) + ', ' + m('Location', p['town']) + ' with ' + r.choice(['a cat', 'two dogs', 'no pets']) + '; never smoker.',
        'Family history: mother with ' + r.choice(['Graves disease', 'MI at 58', 'Parkinson disease', 'lupus', 'colon cancer at 62']) + '; ' +
        m('RelativeProxyName', p['rel2']['first']) + ' (' + p['rel2']['rel'] + ') has ' + r.choice(['type 1 diabetes', 'RA', 'epilepsy']) + '.',
        'Call-back number on file ' + m('Phone', p['cell']) + ' (cell); ok to leave message.',
    ]
    L += r.sample(opts, r.randint(2, 3))
    L.append('')
    L.append(r.choice(['Current medications:', 'Medications reviewed:', 'MEDS:']))
    for x in r.sample(GENERIC_MEDS, r.randint(3, 5)):
        L.append('  - ' + x)
    L.append(r.choice(['Exam: BP 142/86, HR 72, BMI 31.4. Well appearing.', 'Vitals: BP 118/64, pulse 58, SpO2 96% RA, weight 71.2 kg.',
                       'On examination BP 156/90 seated, 138/80 standing; no orthostasis.']))
    L.append(r.choice(['Labs from 3 months ago reviewed: Cr 1.3, Na 138, LDL 92, A1c 7.1%.', 'ROS otherwise negatvie in 12 systems.',
                       'No chest pain, no PND, no claudication. Walks a mile daily.']))
    L.append(r.choice(['ASSESSMENT AND PLAN:', 'Impression:', 'My impression and recommendations:']))
    for i, ln in enumerate(r.sample(lines, min(len(lines), r.randint(3, 4))), 1):
        L.append(f'{i}. {ln}')
    nxt = when + dt.timedelta(days=r.choice([28, 42, 90, 120, 180]))
    L.append(r.choice(['Return visit ', 'Follow-up arranged for ', 'I will see ' + m('PTName', p['first']) + ' back on ']) +
             D(r, nxt, r.choice(['Month d, yyyy', 'm/d/yy', 'Mon d'])) + r.choice([' with labs a week prior.', '.', ' (telehealth ok).']))
    L.append('')
    L.append(r.choice(['Thank you for allowing me to participate in the care of this patient.', 'Please do not hesitate to call with questions.', 'Thank you for this kind referal.']))
    L.append('')
    L.append('Sincerely,')
    L.append('')
    sig = r.choice(['F M. L', 'F L'])
    L.append(drname(r, doc, sig) + ', MD' + r.choice(['', ', FACC', ', PhD', ', FACP']))
    if r.random() < 0.5:
        L.append(spec + ' | ' + m('Location', clinic))
    di = ''.join(w[0] for w in doc['first'].split()) + doc['last'][0]
    tr = r.choice(['kw', 'mlr', 'jt', 'ab', 'dsp'])
    stamp = r.choice([
        'D: ' + D(r, when, 'm/d/yy') + '  T: ' + D(r, when + dt.timedelta(days=1), 'm/d/yy') + '  ' + m('HCPName', di.upper()) + '/' + m('HCPName', tr) + '  Job# ' + m('Other', str(r.randint(100000, 999999))),
        'Dictated but not read. Transcribed by ' + m('HCPName', full(p['transcr'])) + ' ' + D(r, when + dt.timedelta(days=1), 'mm/dd/yyyy'),
        'DD: ' + D(r, when, 'mm/dd/yyyy') + ' DT: ' + D(r, when + dt.timedelta(days=2), 'mm/dd/yyyy') + ' Doc ID ' + m('Other', str(r.randint(1000000, 9999999))),
    ])
    L.append(stamp)
    L.append('')
    cc = ['cc:']
    ccs = r.sample(p['cc'], r.randint(2, 3))
    if len(ccs) == 3:
        ccs[2] = dict(ccs[2], short=True)
    for c in ccs:
        style = 2 if c.get('short') else r.choice([0, 1, 2])
        if style == 0:
            cc.append('    ' + m('HCPName', full(c['d'])) + ', MD - ' + m('Location', c['prac']) + ', ' + m('Location', c['town']))
        elif style == 1:
            cc.append('    Dr. ' + m('HCPName', c['d']['last']) + ' (' + c['role'] + '), ' + m('Location', c['prac']) + '  fax ' + m('Phone', c['fax']))
        else:
            cc.append('    ' + m('HCPName', f"{c['d']['first'][0]}. {c['d']['last']}") + ', ' + c['role'])
    if r.random() < 0.3:
        cc.append('    Patient')
    L += cc
    return L


# ---------------------------------------------------------------- peds / NICU transfer (mostly caps)
def peds(r, p, n, when):
    ref, ref_acr = p['hosp'][0]
    ch, ch_acr = p['childrens']
    L = []
    t0 = r.randint(0, 23 * 60)
    gaps = [0, r.randint(6, 25), 0, 0, 0, 0, 0]
    gaps[2] = gaps[1] + r.randint(30, 90)
    gaps[3] = gaps[2] + r.randint(40, 110)
    gaps[4] = gaps[3] + r.randint(25, 80)
    tm = lambda k: f'{((t0 + k) // 60) % 24:02d}{(t0 + k) % 60:02d}'
    neonate = (p['idx'] - p['dob']).days <= 14
    title = r.choice(['PEDIATRIC RETRIEVAL NOTE', 'PICU TRANSPORT RECORD', 'PEDS TRANSFER CENTER NOTE',
                      'INTERFACILITY TRANSFER - PICU'] if not neonate else ['NEONATAL TRANSPORT RECORD', 'NICU TRANSFER / ACCEPT NOTE', 'NEONATAL RETRIEVAL'])
    L.append(m('Location', ch_acr) + ' ' + title + (' - RETURN TRANSPORT' if n == 3 else ''))
    L.append('DATE: ' + D(r, when, r.choice(['mm/dd/yyyy', 'm/d/yy', 'ddMONyy'])) + '   CASE #: ' + m('Other', p['case']))
    if neonate:
        L.append('PT: BABY ' + ('BOY' if p['sex'] == 'M' else 'GIRL') + ' ' + m('PTName', p['last']) + '   OSH MRN ' + m('Other', p['osh_mrn']) + '   OUR MRN ' + m('Other', p['mrn']))
    else:
        L.append('PT: ' + m('PTName', p['last']) + ', ' + m('PTName', p['first']) + '   MRN ' + m('Other', p['mrn']))
    L.append('DOB ' + D(r, p['dob'], r.choice(['m/d/yy', 'mm/dd/yyyy', 'ddMONyy'])) + (f' @ {r.randint(0, 23):02d}{r.randint(0, 59):02d}' if neonate else '') +
             (f'   BW {p["bw"]} G   GA {p["ga"]} WKS   DOL {(when - p["dob"]).days}' if neonate else f'   WT {p["wt"]} KG' + r.choice(['', '   (EX-' + p['ga'].split('+')[0] + ' WKR)'])))
    L.append('REFERRING: ' + m('Location', ref) + ' (' + m('Location', ref_acr) + '), ' + m('Location', p['ref_town']) + r.choice([' LEVEL II NURSERY', ' SCN', ' L&D'] if neonate else [' ED', ' PEDS FLOOR', ' URGENT CARE']))
    L.append('REF MD: DR ' + m('HCPName', full(p['ref_doc'])) + '  CB ' + m('Phone', p['ref_phone']))
    L.append('ACCEPTING: DR ' + m('HCPName', p['acc_doc']['last']) + ' (' + r.choice(['NEO', 'PICU', 'NICU ATTG']) + ')')
    crew = p['crew']
    L.append('CREW: ' + m('HCPName', full(crew[0])) + ' RN, ' + m('HCPName', full(crew[1])) + ' RRT' + (', ' + m('HCPName', f"{crew[2]['first'][0]}. {crew[2]['last']}") + ' NNP' if r.random() < 0.6 else ''))
    L.append('VEHICLE: ' + m('Location', p['transport']) + ' ' + r.choice(['UNIT 4', 'MEDIC 12', 'N-2', 'ROTOR 1', 'AMB 33']))
    L.append('')
    L.append(r.choice(['TIMES: CALL ', 'CALL RCVD ']) + tm(0) + ' / DISPATCH ' + tm(gaps[1]) + ' / AT BEDSIDE ' + tm(gaps[2]) + ' / DEPART ' + tm(gaps[3]) + ' / ARRIVE ' + tm(gaps[4]))
    L.append('')
    hx = [
        f'{p["ga"]} WK INFANT BORN VIA ' + r.choice(['SVD', 'PRIMARY C/S FOR NRFHT', 'REPEAT C/S', 'VACUUM ASSISTED SVD']) +
        ' TO G' + str(r.randint(1, 5)) + 'P' + str(r.randint(0, 4)) + ' MOTHER. APGARS ' + r.choice(['2/6', '7/9', '4/7', '8/9']) + '.',
        'MATERNAL LABS: GBS ' + r.choice(['NEG', 'POS, ADEQ IAP', 'UNK']) + ', HBSAG NEG, RPR NR, HIV NEG. ROM ' + str(r.randint(1, 30)) + ' HRS.',
        'RESP DISTRESS AT ' + str(r.randint(5, 60)) + ' MIN OF LIFE, GRUNTING, RETRACTIONS. CXR RDS PATTERN. SURFACTANT (CUROSURF) X1 VIA INSURE.',
        'HYPOGLYCEMIA 28 -> D10 BOLUS 2 ML/KG, GIR 6. REPAET GLUC 61.',
        'CONCERN FOR HIE: SARNAT STAGE 2; PASSIVE COOLING STARTED AT OSH, TEMP 34.1.',
        'BILIOUS EMESIS X3, KUB DOUBLE BUBBLE? R/O MALROTATION. REPLOGLE TO LIS.',
        'AMPICILLIN/GENTAMICIN GIVEN, BCX SENT.',
    ] if neonate else [
        'HX: ' + r.choice(['BRONCHIOLITIS (RSV+)', 'STATUS ASTHMATICUS', 'DKA, PH 7.08 HCO3 5', 'SEPTIC SHOCK', 'NEW ONSET SEIZURE', 'CROUP NOT RESPONDING TO RACEMIC EPI X2']) + ', NEEDING PICU.',
        'ON HFNC 2 L/KG, FIO2 0.5, PRAM SCORE 9. MAGNESIUM 50 MG/KG GIVEN.',
        'GCS 14, PEWS 6. NS BOLUS 20 ML/KG X2. CEFTRIAXONE GIVEN AT OSH.',
        'INSULIN GTT 0.05 U/KG/HR, 2-BAG SYSTEM. NO SIGNS OF CEREBRAL EDEMA.',
        'KEPPRA 40 MG/KG LOAD AFTER ATIVAN X2. CT HEAD NEG PER OSH RADIOLOGY.',
    ]
    L += r.sample(hx, r.randint(3, 5))
    L.append(r.choice(['MEDS: AMPICILLIN 100 MG/KG, GENT 4 MG/KG, D10W AT 80 ML/KG/D', 'MEDS: NONE PRIOR TO TEAM ARRIVAL',
                       'MEDS: MORPHINE 0.05 MG/KG X1, VERSED 0.1 MG/KG, ROC FOR INTUBATION', 'MEDS: PGE 0.05 MCG/KG/MIN (R/O DUCTAL DEP LESION)'] if neonate else
                      ['MEDS: KETAMINE 1 MG/KG, ROC 1 MG/KG FOR RSI; FENTANYL 1 MCG/KG/HR', 'MEDS: DEXAMETHASONE 0.6 MG/KG, ALBUTEROL CONT 20 MG/HR',
                       'MEDS: TYLENOL 15 MG/KG, ZOFRAN 0.15 MG/KG', 'MEDS: NONE PRIOR TO TEAM ARRIVAL']))
    L.append('ABG ' + r.choice(['7.21/62/48/-4', '7.33/45/71/-2', '7.18/38/55/-13']) + '  GLUC ' + str(r.randint(34, 160)) + '  LACTATE ' + r.choice(['1.8', '4.2', '2.6']))
    L.append('VS ON ARRIVAL: HR ' + str(r.randint(110, 190)) + ' RR ' + str(r.randint(30, 80)) + ' SPO2 ' + str(r.randint(85, 100)) + '% ' +
             r.choice(['CPAP +6 FIO2 .30', 'RA', 'NIPPV 18/6 FIO2 .40', 'SIMV PC 20/5 RATE 40']) + ' TEMP ' + r.choice(['36.4', '37.0', '33.9', '36.8']))
    L.append('LINES: ' + r.choice(['PIV X1 L SAPHENOUS', 'UVC 5FR AT 9 CM, UAC 3.5FR AT 16 CM', 'PIV X2, IO L TIBIA', 'PIV R HAND']) + '. ISOLETTE: AIRBORNE TI500' if neonate else 'LINES: PIV X2. STRETCHER W/ PEDI-MATE.')
    par = p['rel1'] if n == 1 else p['rel2']
    prel = 'MOTHER' if par['sex'] == 'F' else 'FATHER'
    fam = [
        'PARENTS: MOM ' + m('RelativeProxyName', full(p['mom'])) + ' (CELL ' + m('Phone', p['cell']) + '), DAD ' + m('RelativeProxyName', p['dad']['first']) + ' AT BEDSIDE.',
        prel + ' ' + m('RelativeProxyName', full(par)) + ' CONSENTED FOR TRANSPORT, SIGNED BY PHONE ' + tm(gaps[1] + 20) + '. PH ' + m('Phone', p['phone']),
        'LEGAL GUARDIAN: ' + m('RelativeProxyName', full(p['guard'])) + ' (GRANDMOTHER), DCFS WORKER ' + m('RelativeProxyName', full(p['cw'])) + ' NOTIFIED.',
        ('MOM REMAINS AT ' + m('Location', ref_acr) + ' POST C/S, DAD DRIVING FROM ' + m('Location', p['town']) + '.') if neonate else
        ('PARENTS FOLLOWING BY CAR FROM ' + m('Location', p['town']) + '; SIBLINGS WITH AUNT ' + m('RelativeProxyName', p['guard']['first']) + '.'),
        'FAMILY ADDRESS ' + m('Location', p['street']) + ', ' + m('Location', p['town']) + '.',
        'PEDS: DR ' + m('HCPName', p['pcp']['last']) + ', ' + m('Location', p['practice']) + '.',
    ]
    L += r.sample(fam, r.randint(1, 3))
    L.append('')
    L.append('HANDOFF TO ' + r.choice(['NICU', 'PICU', '4 WEST', 'CVICU']) + ' RN ' + m('HCPName', p['hand_rn']['first']) + r.choice([' AT ', ' @ ']) + tm(gaps[4] + 6) + '. BED ' + str(r.randint(1, 40)) + '.')
    if r.random() < 0.6:
        L.append('REPORT CALLED BACK TO ' + m('Location', ref_acr) + ' CHARGE RN ' + m('HCPName', p['ref_rn']['first']) +  ' ' + m('Phone', 'EXT ' + str(r.randint(1000, 9999))) + '.')
    L.append('-- ' + m('HCPName', f"{crew[0]['first'][0]}{crew[0]['last'][0]}".upper()) + ' / ' + m('HCPName', crew[1]['last']) + '  ' + D(r, when, 'm/d/yy') + ' ' + tm(gaps[4] + 25))
    return L


# ---------------------------------------------------------------- pharmacist med rec by phone
MEDS = [('apixaban (Eliquis)', '5 mg BID'), ('metoprolol succinate', '50 mg daily'), ('atorvastatin', '40 mg qHS'),
        ('Januvia', '100 mg daily'), ('furosemide', '40 mg qAM'), ('levothyroxine', '88 mcg daily'),
        ('tamsulosin', '0.4 mg qHS'), ('sertraline', '100 mg daily'), ('Trelegy Ellipta', '1 puff daily'),
        ('insulin glargine (Lantus SoloStar)', '22 units qHS'), ('gabapentin', '300 mg TID'),
        ('donepezil', '10 mg qHS'), ('warfarin', '5 mg M/W/F, 2.5 mg other days'), ('Jardiance', '10 mg daily'),
        ('oxycodone-APAP 5/325', '1 tab q6h PRN'), ('amlodipine', '10 mg daily'), ('Xarelto', '20 mg w/ supper'),
        ('pantoprazole', '40 mg daily'), ('Ozempic', '0.5 mg weekly (Sun)'), ('Spiriva Respimat', '2 puffs daily')]


def medrec(r, p, n, when):
    L = []
    ph = p['pharm']
    L.append(r.choice(['PHARMACY MEDICATION RECONCILIATION - TELEPHONE', 'Pharmacist Med Rec (phone)', 'Admission Med History - Pharmacy', 'med rec note - rph']))
    L.append('Pt: ' + m('PTName', p['last']) + ', ' + m('PTName', p['first']) + ' ' + m('PTNameInitial', p['mi']) + '  MRN ' + m('Other', p['mrn']) +
             '  DOB ' + D(r, p['dob'], r.choice(['mm/dd/yyyy', 'm/d/yy'])) + '  Age ' + (m('Age', str(p['age'])) if p['age'] >= 90 else str(p['age'])))
    L.append('Admit ' + D(r, when, r.choice(['m/d', 'mm/dd/yyyy', 'ddMONyy'])) + ' to ' + m('Location', p['hosp'][0][1]) + ' ' + r.choice(['5N', 'tele', 'ICU 2', 'obs']) +
             '; attending Dr. ' + m('HCPName', p['att']['last']))
    L.append('Sources: ' + r.choice(['pt interview, outside pharmacy x2, PDMP, Surescripts fill hx', 'caregiver by phone, pharmacy, pill bottles brought in', 'SNF MAR, pharmacy call']))
    L.append('')
    calls = [
        'Called ' + m('Location', ph[0]['name'] + ' #' + ph[0]['store']) + ', ' + m('Location', ph[0]['town']) + ' (' + m('Phone', ph[0]['phone']) + ') - spoke w/ ' +
        r.choice(['RPh ', 'tech ']) + m('HCPName', ph[0]['staff']) + '.',
        'Also fills at ' + m('Location', ph[1]['name']) + ' in ' + m('Location', ph[1]['town']) + '; ' + r.choice(['VM left ', 'called ']) + m('Phone', ph[1]['phone']) + ' @ ' + f'{r.randint(8, 17)}:{r.randint(0, 59):02d}' + '.',
        'Caregiver ' + m('RelativeProxyName', full(p['rel1'])) + ' (' + p['rel1']['rel'] + ') manages pillbox; reached at ' + m('Phone', p['cell']) + '.',
        'Insurance: ' + r.choice(P.INSURERS) + ' member ID ' + m('Other', p['ins']) + ', BIN 0' + str(r.randint(10000, 99999)) + ', PCN RX' + str(r.randint(100, 999)) + '.',
        'Lives at ' + m('Location', p['street']) + ', ' + m('Location', p['town']) + '; ' + r.choice(['independent w/ meds', 'uses blister packs', 'home health RN visits weekly']) + '.',
        'Home health: ' + m('Location', p['hha']) + ', nurse ' + m('HCPName', p['hha_rn']['first']) + ' ' + m('Phone', phone(r, 'a-b-c')) + '.',
    ]
    if r.random() < 0.45:
        L.append('Call log:')
        t = r.randint(8, 15) * 60 + r.randint(0, 50)
        for who in r.sample(['ph0', 'ph1', 'rel', 'pcp'], 3):
            t += r.randint(4, 40)
            hh = f'{t // 60:02d}{t % 60:02d}'
            if who == 'ph0':
                L.append(f'  {hh} ' + m('Location', ph[0]['name']) + ' store ' + m('Location', '#' + ph[0]['store']) + ' - ' + r.choice(['fill hx faxed', 'spoke w/ ' + m('HCPName', ph[0]['staff']), 'on hold 12 min, then ' + m('HCPName', ph[0]['staff'])]))
            elif who == 'ph1':
                L.append(f'  {hh} ' + m('Location', ph[1]['name']) + ' ' + m('Phone', ph[1]['phone']) + ' - ' + r.choice(['no answer', 'closed Sun', 'last fill only 2025', 'confirmed 3 active Rx']))
            elif who == 'rel':
                L.append(f'  {hh} ' + p['rel1']['rel'] + ' ' + m('RelativeProxyName', p['rel1']['first']) + ' cb ' + m('Phone', p['cell']) + ' - ' + r.choice(['read bottles to me', 'LM', 'says pt stopped lasix himself']))
            else:
                L.append(f'  {hh} PCP office (Dr. ' + m('HCPName', p['pcp']['last']) + ') - MA ' + m('HCPName', p['ma']) + r.choice([' faxed list', ' will call back', ' confirmed dose change ' + D(r, when - dt.timedelta(days=r.randint(10, 60)), 'm/d')]))
    else:
        L += r.sample(calls, r.randint(2, 3))
    L.append('')
    L.append(r.choice(['| Medication | Sig | Last fill | Qty/DS | Prescriber |', 'Med | dose | last filled | prescriber | Rx#']))
    meds = r.sample(MEDS, r.randint(4, 6))
    for i, (med, sig) in enumerate(meds):
        fill = when - dt.timedelta(days=r.randint(3, 120))
        pres = p['prescribers'][i % len(p['prescribers'])]
        cell = r.random()
        rx = ('Rx ' if cell < 0.2 else '') + m('Other', str(r.randint(1000000, 9999999))) if r.random() < 0.3 else ''
        L.append(f'| {med} | {sig} | ' + D(r, fill, r.choice(['m/d/yy', 'm/d', 'mm/dd/yyyy'])) + f' | {r.choice([30, 90])}/{r.choice([30, 90])} | ' +
                 (m('HCPName', pres['last']) if r.random() < 0.4 else m('HCPName', f"{pres['first'][0]}. {pres['last']}") if r.random() < 0.3 else r.choice(['same', 'OSH', 'PCP', '?', 'ED'])) + (' | ' + rx if rx else ' |'))
    L.append('')
    disc = [
        'Discrepancy: pt reports stopped ' + meds[0][0].split()[0] + ' ~' + D(r, when - dt.timedelta(days=20), 'Mon d') + ' d/t ' + r.choice(['dizziness', 'cost', 'GI upset', 'bruising']) + '; admitting orders still have it.',
        'Non-adherence: ' + meds[1][0].split()[0] + ' last filled ' + D(r, when - dt.timedelta(days=r.randint(95, 160)), 'm/d/yy') + ' for 30 DS (PDC 0.42).',
        'Per PDMP: oxycodone 5 mg #60 filled ' + D(r, when - dt.timedelta(days=r.randint(5, 30)), 'mm/dd/yyyy') + ' by ' + m('HCPName', full(p['pain_doc'])) + ', NP (' + m('Location', p['pain_clinic']) + '). MME 30.',
        'OTC: Tylenol ES PRN, fish oil, melatonin 5 mg, Prilosec OTC (duplicate with pantoprazole?).',
        'Allergies verified: PCN (hives), sulfa (rash). No ADRs to statins.',
        'Warfarin: INR 2.4 on ' + D(r, when - dt.timedelta(days=6), 'm/d') + ' at ' + m('Location', p['acc_clinic']) + '.',
        'Samples of Ozempic given by Dr. ' + m('HCPName', p['prescribers'][0]['last']) + ' office, not in fill hx.',
        'Refills picked up by ' + p['rel2']['rel'] + ' ' + m('RelativeProxyName', full(p['rel2'])) + ' (not available today).',
        'Mail order (' + m('Location', p['mail']) + ') shipment expected ' + D(r, when + dt.timedelta(days=4), 'Mon d') + '.',
    ]
    L += r.sample(disc, r.randint(1, 2))
    L.append(r.choice(['Renal fx: SCr 1.6 (baseline 1.2), CrCl ~34 mL/min (Cockcroft-Gault, IBW).', 'Wt 82.4 kg, Ht 170 cm. Hgb A1c 9.2.',
                       'QTc 478 - caution with ondansetron, citalopram.', 'Beers list: diphenhydramine (Benadryl PM) at home - recommend stop.']))
    L.append(r.choice(['Pt states takes "the little white one for water" in AM - confirmed furosemide.', 'Brought bag of bottles; 2 expired, 1 duplicate (Norvasc + amlodipine).',
                       'Adherence: pillbox Sun-Sat, misses eveing doses ~2x/wk.', 'Uses a pill app? no - paper list dated last yr.']))
    L.append('')
    L.append(r.choice(['Recommendations:', 'Plan / recs to team:']))
    L.append(r.choice(['- Resume home meds except as above; hold Jardiance while NPO (euglycemic DKA risk).',
                       '- Hold metformin x48h post contrast. Renally dose gabapentin (CrCl 28).',
                       '- Convert Spiriva to formulary tiotropium HandiHaler during stay.']))
    L.append('- Med list updated in Epic; discharge meds to ' + m('Location', ph[0]['name']) + r.choice(['.', ' per pt preference.', ' (Meds to Beds declined).']))
    L.append('Time spent 35 min. ' + r.choice(['', 'Interpreter used: Vietnamese. ', 'Teach-back done. ']))
    L.append(r.choice(['-- ', '']) + m('HCPName', full(p['rph'])) + ', PharmD' + r.choice([', BCPS', '', ', CPP']) + '  ' + m('Phone', 'x' + str(r.randint(1000, 9999))) if r.random() < 0.3 else
             m('HCPName', full(p['rph'])) + ', PharmD  pgr ' + m('Phone', str(r.randint(2000, 8999))) + '  ' + D(r, when, 'mm/dd/yyyy'))
    return L


# ---------------------------------------------------------------- contact tracing
SYMPTOMS = {'pertussis': 'paroxysmal cough w/ post-tussive emesis, inspiratory whoop, afebrile',
            'measles': 'fever 39.4, coryza, conjunctivitis, rash from hairline down 2d later (Koplik spots per ED)',
            'active pulmonary TB': 'cough x6 wk, night sweats, 5 kg wt loss; CXR RUL cavity',
            'hepatitis A': 'jaundice, dark urine, ALT 2140, T bili 6.2', 'norovirus GII': 'vomiting/diarrhea, 14 hrs, resolved',
            'meningococcal disease': 'fever, petechial rash, neck stiffness (Kernig +), admitted to ICU',
            'COVID-19': 'sore throat, myalgia, loss of taste; SpO2 95% RA', 'mpox': 'painful anogenital lesions, inguinal LAD, fever'}
DISEASES = [('pertussis', 'PCR B. pertussis positive', 21, 'azithromycin PEP'), ('measles', 'measles IgM +, PCR +', 21, 'MMR within 72h or IG within 6d'),
            ('active pulmonary TB', 'sputum AFB smear 2+, GeneXpert MTB/RIF detected, rif resistance not detected', 90, 'IGRA (QFT-Plus) at baseline and 8-10 wk'),
            ('hepatitis A', 'HAV IgM +', 50, 'Havrix or GamaSTAN within 14 d'), ('norovirus GII', 'stool PCR +', 3, 'exclusion 48h after symptoms'),
            ('meningococcal disease', 'CSF N. meningitidis serogroup B', 10, 'ciprofloxacin 500 mg x1'),
            ('COVID-19', 'SARS-CoV-2 PCR Ct 18', 10, 'test day 5, mask x10d'), ('mpox', 'orthopoxvirus PCR +', 21, 'JYNNEOS PEP')]


def tracing(r, p, n, when):
    L = []
    dis, test, win, pep = p['disease']
    hd = p['hd']
    L.append(r.choice([m('Location', hd) + ' - CONTACT INVESTIGATION LOG', 'Infection Prevention - Exposure Workup', m('Location', P.HEALTH_DEPT_ACR[hd]) + ' CI worksheet', 'IP/HD contact tracing note']))
    L.append('Case #: ' + m('Other', p['case']) + '   Condition: ' + dis + ('   (update ' + str(n) + ')' if n > 1 else ''))
    if r.random() < 0.5:
        L.append('Index pt: ' + m('PTName', full(p)) + ', DOB ' + D(r, p['dob'], r.choice(['m/d/yy', 'mm/dd/yyyy'])) + ', ' + m('Location', p['town']) + '  MRN ' + m('Other', p['mrn']))
    else:
        L.append('Index: ' + m('PTName', p['last']) + ', ' + m('PTName', p['first']) + ' (' + (m('Age', str(p['age'])) if p['age'] >= 90 else str(p['age'])) + p['sex'] + ')' + ' - ' + r.choice(['food handler', 'student', 'HCW', 'retired', 'daycare worker']))
    onset = p['onset']
    L.append('Onset ' + D(r, onset, r.choice(['m/d', 'Mon d', 'm/d/yy'])) + '; ' + test + ' collected ' + D(r, onset + dt.timedelta(days=2), r.choice(['m/d', 'ddMon', 'm-d-yy'])) + ' (' + m('Location', p['lab']) + ' acc ' + m('Other', p['acc']) + ').')
    a, b = onset - dt.timedelta(days=4 if win < 30 else 60), onset + dt.timedelta(days=4)
    L.append('Infectious period: ' + D(r, a, 'm/d') + r.choice([' - ', '-', ' to ', ' thru ']) + D(r, b, 'm/d') + '.' + (' Window for contacts ' + str(win) + ' d.' if r.random() < 0.5 else ''))
    L.append('Interview by phone ' + m('Phone', p['cell']) + ' w/ ' + r.choice(['pt', 'pt and ' + p['rel1']['rel'] + ' ' + m('RelativeProxyName', p['rel1']['first'])]) + '; ' + r.choice(['Spanish interpreter via language line', 'no interpreter', 'Marshallese interpreter via phone line']) + '.')
    L.append('')
    L.append(r.choice(['Settings during infectious period:', 'EXPOSURE SITES', 'Where pt went:']))
    sites = [
        '- Work: ' + m('Location', p['employer']) + ', ' + m('Location', p['work_town']) + r.choice([' (line 2, 2nd shift)', ' - warehouse', ' (front desk)']) + '; supervisor ' + m('RelativeProxyName', full(p['boss'])) + ' ' + m('Phone', phone(r)),
        '- School: ' + m('Location', p['school']) + ', ' + r.choice(['grade 3', '7th gr', 'toddler room', '10th grade']) + ' teacher ' + r.choice(['Ms. ', 'Mr. ', 'Mrs. ']) + m('RelativeProxyName', p['teacher']['last']) + '; RN ' + m('HCPName', p['sch_rn']['first']) + ' notified ' + D(r, b, 'm/d') + '.',
        '- Church: ' + m('Location', p['church']) + ' services ' + D(r, a + dt.timedelta(days=1), 'm/d') + ' and ' + D(r, a + dt.timedelta(days=8), 'm/d') + ' (~' + str(r.randint(40, 300)) + ' attendees)',
        '- Gym: ' + m('Location', p['gym']) + ' ' + r.choice(['daily 5-6 am', 'Tue/Thu evenings', 'once']) + ', manager ' + m('RelativeProxyName', p['gm']['first']) + ' to send member list',
        '- Ate at ' + m('Location', p['rest']) + ' in ' + m('Location', p['rest_town']) + ' on ' + D(r, a + dt.timedelta(days=2), r.choice(['Mon d', 'm/d'])) + ' (worked there? ' + r.choice(['no', 'yes - food handler, excluded']) + ')',
        '- ' + m('Location', p['site']) + ' visit ' + D(r, a + dt.timedelta(days=3), 'm/d/yy') + r.choice([' to see ' + p['rel2']['rel'] + ' ' + m('RelativeProxyName', full(p['rel2'])), ', volunteer shift']),
        '- ED visit ' + m('Location', p['hosp'][0][1]) + ' ' + D(r, onset + dt.timedelta(days=1), 'm/d') + ', waiting room ~3 h, not masked; IP there (' + m('HCPName', full(p['ip_other'])) + ') informed.',
        '- Travel: bus to ' + m('Location', r.choice(P.TOWNS)) + ' ' + D(r, a + dt.timedelta(days=1), 'Mon d') + ', returned ' + D(r, a + dt.timedelta(days=3), 'Mon d') + '.',
    ]
    L += r.sample(sites, r.randint(2, 3))
    L.append(r.choice(['Sx: ', 'Symptoms: ', 'sx ']) + SYMPTOMS[dis])
    L.append('Vaccination: ' + r.choice(['Tdap unknown', 'MMR x1 (record incomplete)', 'BCG as child', 'no HAV series', 'COVID primary + 1 booster', 'none per pt']) + '. Immunocompromised: ' + r.choice(['no', 'no', 'HIV, CD4 410', 'on Humira'] + (['pregnant 24 wk'] if p['sex'] == 'F' and p['age'] < 45 else ['CKD on HD'])) + '.')
    L.append('')
    L.append(r.choice(['| Contact | Rel | Last exp | Phone | Status |', 'Contacts (name / relation / last exposure / status):']))
    for c in r.sample(p['contacts'], r.randint(2, 3)):
        last = onset + dt.timedelta(days=r.randint(0, 4))
        k = r.randint(0, 6)
        st = ['asx, PEP given' if 'TB' not in dis else 'CXR neg, window prophylaxis (age < 5)', 'sx - tested ' + D(r, last + dt.timedelta(days=2), 'm/d'), 'declined PEP', 'IGRA neg, repeat due' if 'TB' in dis else 'no sx at day 7',
              'not reached x2', 'vaccinated (2 doses)' if 'TB' not in dis else 'BCG hx, IGRA pending', 'quarantine until ' + D(r, last + dt.timedelta(days=win), 'm/d')][k]
        L.append('| ' + m('RelativeProxyName', full(c['p']) if r.random() < 0.7 else c['p']['first']) + ' | ' + c['rel'] + ' | ' + D(r, last, 'm/d') + ' | ' +
                 (m('Phone', c['phone']) if r.random() < 0.35 else r.choice(['--', 'same as pt', 'n/a', 'via pt'])) + ' | ' + st + ' |')
    L.append('')
    L.append('PEP / recs: ' + pep + '. ' + r.choice(['Exclusion letter faxed to employer.', 'Symptom watch through ' + D(r, onset + dt.timedelta(days=win), 'Mon d') + '.', 'HCP exposures handled by employee health.']))
    L.append(r.choice(['Reported to ', 'Case entered in state system; notified ']) + m('Location', p['hd2']) + ' epi ' + m('HCPName', full(p['epi'])) + (' ' + m('Phone', p['epi_phone']) if r.random() < 0.5 else '') + '.')
    L.append(r.choice(['Environmental: ', 'Notes: ']) + r.choice(['HVAC at site 6 ACH, no HEPA.', 'Cohorting per CDC guidance; MMWR case definition met (confirmed).', 'Serotyping pending at state lab; WGS requested.', 'Cluster? 2 other cases same zip last month - see line list (recieved from state).']))
    L.append(r.choice(['f/u call ', 'next check-in ']) + D(r, when + dt.timedelta(days=r.randint(2, 7)), r.choice(['m/d', 'Mon d', 'Mon. dth'])) + '. ' + r.choice(['Pt isolating at home.', 'Pt admitted, airborne isolation neg-pressure rm 612.', 'Cleared to return ' + D(r, onset + dt.timedelta(days=r.randint(5, 14)), 'm/d') + ' pending 2 neg tests.']))
    L.append('-' + m('HCPName', full(p['ipn'])) + r.choice([', RN, CIC', ', MPH', ', DIS', ' RN']) + ' ' + D(r, when, 'm/d/yy'))
    return L
