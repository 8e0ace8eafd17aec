#!/usr/bin/env python3
"""Blind de-identification test sets (issue 11).

Written from scratch without looking at the project's de-identifier (src/deid, rules, lexicons,
its tests) or at the PhysioNet deid corpus. Hand-written line templates with many variants are
combined per note with a seeded RNG; every PHI value is inserted through `P(...)`, and its gold
span is recorded from the position where it was inserted, so offsets are exact by construction
(check.py re-verifies them).

Usage: python3 eval/deid-blind/generate.py   (writes <style>/notes.text and <style>/gold.phrase)
"""
import os
import random

HERE = os.path.dirname(os.path.abspath(__file__))

# ---------------------------------------------------------------- pools (invented people/places)
FIRST = """Rosa Thanh Chidi Ngozi Oluwaseun Adaeze Emeka Bartosz Agnieszka Wojciech Małgorzata Fatima
Yusuf Layla Omar Khalid Nour José Iñigo Begoña Xiulan Wei Mei-Ling Jun Priya Arjun Lakshmi
Venkatesh Siobhan Declan Aoife Henrik Ingrid Sven Astrid Kofi Ama Tariq Dmitri Svetlana Anatoly
Hye-jin Min-jun Keiko Haruto Olumide Bao Linh Duc Tuyet Marguerite Theodore Earl Doris Gladys
Walter Bernice Lucille Harold Clement Tobias Esperanza Guadalupe Rafael Amara Zainab Hamza Esther
Ruth Mabel Clifford Wendell Delphine Anneliese Tevita Kalani Hope Joy Grace Faith Mark Rose
Björn Zoë Renée Chiamaka Ifeoma Babatunde Przemysław Jolanta Leszek Huong Phuong Quang Anh
Mohammed Samira Rania Bilal Inés Ramón Álvaro Socorro Xiaoming Qiang Yifan Deepa Raghav Sunita
Kiran Eamon Niamh Torsten Signe Kwame Efua Nikolai Oksana Jae-won Sun-hee Hiroshi Ayaka""".split()
LAST = """Okafor-Brandt Lindqvist Nwachukwu Adeyemi Obi Olawale Kowalczyk Wiśniewski Zieliński
Szymański Al-Mansouri Haddad El-Amin Khoury Abdelrahman Núñez Peña Ibáñez García-López Zhang Liu
Xu Huang Chen Nguyen Tran Pham Le Vo Patel Venkataraman Subramanian Chaudhary Iyer O'Donoghue
MacAllister Fitzgerald Haugland Bergström Mensah Boateng Asante Petrov Volkova Kim Park Tanaka
Yamamoto Whitcombe Pennington Hargreaves Dunleavy Castellanos Villanueva Achterberg Hill Moss
Fields Love Frost Gray Bone Swan Church Bishop Baker Sharp Strong Young Wolfe Brandt-Ochoa
Okonkwo-Reyes Ezeani Oyelaran Chukwuemeka Grzybowski Wróblewska Dąbrowski Trinh Huynh Dang
Bui Al-Khatib Nasser Saadeh Qureshi Montañez Echeverría Zúñiga Gutiérrez Cao Guo Deng Sato
Raghunathan Bhattacharya Krishnamurthy Ó Briain Kavanagh Lundgren Sæther Owusu Appiah Sokolov
Ivanenko Jeon Choi Watanabe Delacroix Beaumont Vanterpool Prendergast Quigley Ashdown""".split()
# multi-word surnames that split() broke are acceptable as separate entries except these fixups
LAST = [x for x in LAST if x not in ('Ó', 'Briain')] + ['Ó Briain', 'van der Berg', 'de la Cruz', 'St. Clair', 'Mac an tSaoi']
TOWNS = """Marlow Falls|Greyhaven|East Pemberton|Wexcombe|Harlan Ridge|Quarry Hill|North Tilbury|
Saugatuck Bay|Oakhurst|Lindenwold|Millbrook|Cedar Bluff|Port Averill|Fairhollow|Brackenridge|
Ashby Center|West Dunmore|Kettle Cove|Ransom Creek|Stillwater Junction|Halvorsen|New Brixham|
Tamsworth|Bellmont Heights|Coldspring|Pike's Landing|Winslow Hollow|Dorrance|Ellery|South Haddam""".replace('\n', '').split('|')
TOWN_ODD = ['greyhaven', 'pemberton', 'Sommerville', 'Worchester', 'Brocton', 'Lowel', 'quincy', 'marlow fals',
            'Fairhallow', 'kettle cove', 'Wexcomb', 'Millbrooke', 'n. tilbury', 'Brackenrige']
STREET_N = """Birchwood|Hollis|Tamarack|Wendover|Pell|Alder Crest|Kingfisher|Marsh|Old Quarry|Sumner|
Juniper Hill|Cobb|Faraday|Linnet|Ravensworth|Orchard|Pinecrest|Dunmore|Halcyon|Larkspur""".replace('\n', '').split('|')
STREET_S = ['Lane', 'Street', 'St.', 'Road', 'Rd', 'Avenue', 'Ave.', 'Court', 'Way', 'Terrace', 'Drive', 'Place']
HOSP = [('St. Aldric\'s Medical Center', 'SAMC'), ('Wexcombe General Hospital', 'WGH'),
        ('Northgate Regional Medical Center', 'NRMC'), ('Mercy Valley Hospital', 'MVH'),
        ('Kettle Cove Veterans Hospital', 'KCVH'), ('Fairhollow Community Hospital', 'FCH'),
        ('Harlan Ridge University Hospital', 'HRUH'), ('Bellmont Heights Medical Center', 'BHMC'),
        ('Port Averill Memorial', 'PAM'), ('Greyhaven Baptist Hospital', 'GBH')]
CAMPUS = ['Hollis Campus', 'East Pavilion', 'Larkspur campus', 'Tamarack Building', 'Sumner Wing']
CLINIC = ['Brackenridge Cardiology Associates', 'Quarry Hill Family Practice', 'Oakhurst Pulmonary Clinic',
          'Linnet Street Health Center', 'Cedar Bluff Renal Associates', 'Millbrook Internal Medicine',
          'Dorrance Orthopedic Group', 'Halcyon Oncology Partners', 'Ellery Neurology', 'Tamsworth Wound Clinic']
REHAB = ['Linden Park Rehabilitation', 'Cedar Bluff Nursing and Rehab', 'Ransom Creek Manor',
         'Stillwater Skilled Nursing', 'Pinecrest Assisted Living', 'Harborlight Hospice House']
EMPLOYER = ['Tidewater Shipping', 'Kessler Paper Mill', 'Brightline Logistics', 'Hollander Foods',
            'Dunmore Textile', 'Quarry Hill Public Schools', 'Averill Granite Works', 'Pell & Sons Roofing',
            'Marsh Electric Co-op', 'Faraday Tool and Die']
MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September',
          'October', 'November', 'December']
MON3 = [m[:3] for m in MONTHS]
DOMAINS = ['northgate-med.org', 'samc.org', 'wghealth.net', 'mvh.org', 'hruh.edu', 'gmail.com', 'fairhollowhealth.org']


class Ctx:
    """One note's random state: consistent patient / relatives / clinicians."""

    def __init__(self, r):
        self.r = r
        self.pt_first, self.pt_last = r.choice(FIRST), r.choice(LAST)
        self.pt_mid = r.choice('ABCDEFGHJKLMNPRSTW')
        self.rel_first, self.rel_last = r.choice(FIRST), r.choice([self.pt_last, r.choice(LAST)])
        self.docs = [(r.choice(FIRST), r.choice(LAST), r.choice('ABCDEFGHJKLMNPRSTW')) for _ in range(4)]
        self.hosp = r.choice(HOSP)
        self.year = r.randint(2008, 2024)
        self.month = r.randint(1, 12)
        self.day = r.randint(9, 20)
        self.town = r.choice(TOWNS)

    def c(self, seq):
        return self.r.choice(seq)

    # -- dates
    def md(self, delta=0):
        d = min(28, max(1, self.day + delta))
        return f'{self.month}/{d}'

    def date(self, delta=0, fmt=None):
        r = self.r
        d = min(28, max(1, self.day + delta))
        m, y = self.month, self.year
        fmts = ['m/d/yyyy', 'mm/dd/yyyy', 'mm/dd/yy', 'iso', 'Month d, yyyy', 'd Mon yyyy', 'Mon d',
                'dd-MON-yyyy', 'm/d', 'Month dth', 'm-d-yy', 'Mon. d, yyyy', 'dd.mm.yyyy']
        f = fmt or r.choice(fmts)
        return {
            'm/d/yyyy': f'{m}/{d}/{y}', 'mm/dd/yyyy': f'{m:02d}/{d:02d}/{y}', 'mm/dd/yy': f'{m:02d}/{d:02d}/{y % 100:02d}',
            'iso': f'{y}-{m:02d}-{d:02d}', 'm/d/yy': f'{m}/{d}/{y % 100:02d}', 'Month d, yyyy': f'{MONTHS[m-1]} {d}, {y}', 'd Mon yyyy': f'{d} {MON3[m-1]} {y}',
            'Mon d': f'{MON3[m-1]} {d}', 'dd-MON-yyyy': f'{d:02d}-{MON3[m-1].upper()}-{y}', 'm/d': f'{m}/{d}',
            'Month dth': f'{MONTHS[m-1]} {d}{ordsuf(d)}', 'm-d-yy': f'{m}-{d}-{y % 100:02d}',
            'Mon. d, yyyy': f'{MON3[m-1]}. {d}, {y}', 'dd.mm.yyyy': f'{d:02d}.{m:02d}.{y}',
        }[f]

    def past_year(self):
        return self.r.randint(1962, self.year - 1)

    # -- names
    def doc(self, i=0, style=None):
        """style tokens: F first, L last, M middle initial, I first initial, J last initial."""
        f, l, mi = self.docs[i]
        s = style or self.r.choice(['F L', 'F M. L', 'I. L', 'L', 'I.M. L', 'F L', 'L, F'])
        out = []
        for ch in s:
            out.append({'F': f, 'L': l, 'M': mi, 'I': f[0], 'J': l[0]}.get(ch, ch))
        return ''.join(out)

    def phone(self):
        r = self.r
        a, b, c = r.randint(201, 989), r.randint(200, 989), r.randint(0, 9999)
        return r.choice([f'({a}) {b}-{c:04d}', f'{a}-{b}-{c:04d}', f'{a}.{b}.{c:04d}', f'{b}-{c:04d}',
                         f'({a}){b}-{c:04d}', f'{a} {b} {c:04d}', f'1-{a}-{b}-{c:04d}'])

    def ext(self):
        return str(self.r.randint(2000, 8999))

    def street(self):
        r = self.r
        return f'{r.randint(3, 4890)} {r.choice(STREET_N)} {r.choice(STREET_S)}'

    def mrn(self):
        r = self.r
        return r.choice([f'{r.randint(0, 9999999):07d}', f'{r.randint(100, 999)}-{r.randint(10, 99)}-{r.randint(1000, 9999)}',
                         f'{r.randint(10000000, 99999999)}', f'MR{r.randint(100000, 999999)}'])

    def acc(self):
        r = self.r
        return r.choice([f'RA{r.randint(10, 25)}-{r.randint(0, 9999999):07d}', f'{r.randint(10000000, 99999999)}',
                         f'CT-{r.randint(100000, 999999)}', f'E{r.randint(1000000, 9999999)}'])

    def age90(self):
        return str(self.r.randint(90, 104))

    def email(self, first, last):
        clean = lambda s: ''.join(ch for ch in s.lower() if ch.isascii() and ch.isalpha())
        return f'{clean(first)[:1]}{clean(last)}@{self.r.choice(DOMAINS)}'


def ordsuf(d):
    return 'th' if 10 <= d % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(d % 10, 'th')


class P:
    """A PHI insertion: category + exact surface text."""

    def __init__(self, cat, text):
        assert '\n' not in text and text.strip() == text and text, text
        self.cat, self.text = cat, text


def render(lines, upper=False):
    """lines: list of lists of str | P. Returns (text, spans)."""
    out, spans, pos = [], [], 0
    for line in lines:
        line = split_titles(line)
        for piece in line + ['\n']:
            if isinstance(piece, P):
                s = piece.text.upper() if upper else piece.text
                assert len(s) == len(piece.text)
                spans.append((pos, pos + len(s), piece.cat, s))
            else:
                s = piece.upper() if upper else piece
                assert len(s) == len(piece)
            out.append(s)
            pos += len(s)
    return ''.join(out), spans


TITLES = ('Dr. ', 'DR. ', 'Dr ', 'Mr. ', 'Mrs. ', 'Ms. ')


def split_titles(line):
    """Courtesy titles are written inside P(...) for brevity but are not PHI: move them out."""
    out = []
    for piece in line:
        if isinstance(piece, P):
            for t in TITLES:
                if piece.text.startswith(t):
                    out.append(t)
                    piece = P(piece.cat, piece.text[len(t):])
                    break
        out.append(piece)
    return out


def count(lines):
    return sum(1 for line in lines for x in line if isinstance(x, P))


# ---------------------------------------------------------------- style 1: ICU caps nursing / RT
def icu_note(x):
    r = x.r
    pt = lambda: P('PTName', r.choice([x.pt_last, x.pt_first, f'{x.pt_first} {x.pt_last}']))
    rel = lambda: P('RelativeProxyName', x.rel_first)
    relrole = r.choice(['WIFE', 'HUSBAND', 'DAUGHTER', 'DTR', 'SON', 'SISTER', 'NIECE', 'BROTHER', 'GRANDSON', 'PARTNER'])
    phi = [
        lambda: ['NEURO: ALERT, ORIENTED X2, FOLLOWS COMMANDS. PERRL 3MM. MAE. PER ', P('HCPName', 'Dr. ' + x.doc(0, r.choice(['L', 'F L']))), ' OK TO HOLD PROPOFOL.'],
        lambda: ['RESP: ON AC 500 X 14, PEEP 8, FIO2 40%. ABG 7.38/42/96. SXN FOR THICK TAN SPUTUM. RT ', P('HCPName', x.doc(1, r.choice(['I. L', 'F L', 'L']))), ' AWARE.'],
        lambda: ['FAMILY (', relrole, ' ', rel(), ') AT BEDSIDE, UPDATED BY RN. CALLS PLEASE TO ', P('Phone', x.phone()), '.'],
        lambda: ['LINE PLACED ', P('Date', x.md(-3)), ' R IJ TLC, DRESSING C/D/I. A-LINE L RADIAL ', P('Date', x.md(-2)), '.'],
        lambda: ['GI: ABD SOFT, +BS. TF @ 45 ML/HR GOAL 60. LAST BM ', P('Date', x.md(-4)), '. COLACE/SENNA.'],
        lambda: ['ABX: VANC/ZOSYN ', P('Date', x.md(-6)), ' - ', P('Date', x.md(0)), ', CX PENDING.'],
        lambda: ['HPI:', P('Date', x.md(-5)), ' PT FOUND DOWN AT HOME IN ', P('Location', r.choice(TOWNS + TOWN_ODD)), ', INTUBATED IN FIELD.'],
        lambda: ['PMH: MI ', P('DateYear', f'{x.past_year() % 100:02d}'), "', S/P CABG '", P('DateYear', f'{x.past_year() % 100:02d}'), ', DM2, CKD III, AFIB ON COUMADIN.'],
        lambda: ['PMH: HTN, COPD (2L HOME O2 SINCE ', P('DateYear', str(x.past_year())), '), L4-5 LAMINECTOMY.'],
        lambda: [P('PTName', x.pt_last), ' REMAINS ON LEVOPHED 0.08 MCG/KG/MIN, MAP 62-70. BP 104/58.'],
        lambda: ['PT IS A ', P('Age', x.age90()), r.choice([' YO ', ' Y/O ', ' YR OLD ']), r.choice(['M', 'F', 'MALE', 'FEMALE']), ' ADMITTED FROM ', P('Location', r.choice(REHAB)), '.'],
        lambda: ['TRANSFERRED FROM ', P('Location', x.hosp[1]), ' ', P('Date', x.md(-2)), ' FOR HIGHER LEVEL OF CARE.'],
        lambda: [relrole, ' ', rel(), ' (HCP) CALLED, WANTS DNR DISCUSSED W/ ', P('HCPName', 'DR. ' + x.doc(2, 'L')), ' IN AM.'],
        lambda: ['(', P('HCPName', x.doc(2, 'I. L')), ' MD NOTIFIED) RE: K 3.1, REPLETED 40 MEQ KCL IV.'],
        lambda: ['PLAN: WEAN TO PS 10/5 AS TOL, SBT IN AM PER ', P('HCPName', 'DR. ' + x.doc(0, 'L')), ', ?EXTUBATE ', P('Date', x.md(1)), '.'],
        lambda: ['CODE STATUS: FULL. HCP IS ', relrole, ' ', P('RelativeProxyName', f'{x.rel_first} {x.rel_last}'), ' ', P('Phone', x.phone()), '.'],
        lambda: ['SOCIAL: LIVES ALONE IN ', P('Location', r.choice(TOWNS + TOWN_ODD)), ', RETIRED FROM ', P('Location', r.choice(EMPLOYER)), '.'],
        lambda: ['CXR ', P('Date', x.md(-1)), ': ETT 4CM ABOVE CARINA, NGT IN STOMACH, R IJ TIP SVC. NO PTX.'],
        lambda: ['SEEN BY PT/OT ', P('Date', x.md(0)), ', DANGLED AT EOB X 10 MIN.'],
        lambda: ['PT ', pt(), ' ASKING FOR ', relrole, ' ', rel(), ' REPEATEDLY OVERNIGHT, REORIENTED.'],
        lambda: ['ALLERGIES: PCN (RASH). ', P('PTName', x.pt_first), ' TOLERATED TURNS Q2H, SACRAL DECUB STAGE 2 DRSG CHANGED.'],
        lambda: ['ADMIT ', P('Date', x.date(-7, r.choice(['m/d/yyyy', 'mm/dd/yy', 'm/d']))), ' VIA ED, ', P('Location', x.hosp[0]), '.'],
        lambda: ['RN ', P('HCPName', x.doc(3, r.choice(['F', 'F L', 'F J.']))), ' GAVE REPORT TO NIGHT SHIFT 1900.'],
        lambda: ['MRN ', P('Other', x.mrn()), '  BED MICU-', str(r.randint(1, 24))],
    ]
    phi += [
        lambda: [r.choice(['S/P EXLAP ', 'S/P TRACH ', 'S/P PEG ', 'S/P BRONCH ']), P('Date', x.date(-8, r.choice(['m/d/yy', 'm/d', 'mm/dd/yy']))), ', ', r.choice(['POD #3', 'POD 5', 'HD 9']), '. INCISION C/D/I, JP DRAINING SEROSANG 30CC.'],
        lambda: ['INTUBATED ', P('Date', x.md(-4)), ' @ 0230 FOR HYPERCARBIC RESP FAILURE, FAILED SBT ', P('Date', x.md(-1)), ' (RSBI 140).'],
        lambda: ['XFER TO FLOOR ', P('Date', x.md(2)), ' VS HOLD IN UNIT PER ', P('HCPName', 'DR. ' + x.doc(0, r.choice(['L', 'F L']))), ' / FELLOW ', P('HCPName', x.doc(1, 'L')), '.'],
        lambda: ['PT ', P('Age', x.age90()), r.choice(['YO', 'Y.O.', ' YR', 'YOF', 'YOM']), ' W/ HX ', r.choice(['COPD, CHF', 'ESRD ON HD (MWF)', 'PARKINSONS, DEMENTIA', 'AAA REPAIR']), ', CVA ', P('DateYear', str(x.past_year())), ', ADMITTED W/ UROSEPSIS.'],
        lambda: ['HD CATH PLACED ', P('Date', x.md(-3)), ', HD TODAY W/ UF 2L. RENAL FOLLOWING (', P('HCPName', x.doc(2, 'I. L')), ').'],
        lambda: [relrole, ' ', P('RelativeProxyName', x.rel_first), ' & GRANDDAUGHTER ', P('RelativeProxyName', r.choice(FIRST)), ' VISITED, TEARFUL, SW ', P('HCPName', x.doc(3, 'F')), ' PAGED X', str(r.randint(2, 4)), '.'],
        lambda: ['EMERG CONTACT: ', P('RelativeProxyName', f'{x.rel_last}, {x.rel_first}'), ' (', relrole, ') H: ', P('Phone', x.phone()), ' C: ', P('Phone', x.phone())],
        lambda: ['PT FROM ', P('Location', r.choice(TOWNS + TOWN_ODD)), ', PRIOR ADMIT ', P('Location', r.choice(HOSP)[1]), ' ', P('Date', f'{r.randint(1, 12)}/{x.past_year() % 100:02d}'), ' FOR SAME.'],
        lambda: ['ETT RETAPED 23 @ LIP BY ', P('HCPName', x.doc(1, r.choice(['I.M. L', 'I. L', 'F']))), ' RRT. CUFF PRESSURE 25.'],
        lambda: ['S/P R TKR ', P('DateYear', str(x.past_year())), ', L HIP FX ', P('DateYear', f'{x.past_year() % 100:02d}'), "', AND CHOLECYSTECTOMY."],
        lambda: ['ATTENDING ', P('HCPName', x.doc(0, r.choice(['F L', 'L']))), ' SPOKE W/ ', relrole, ' ', P('RelativeProxyName', x.rel_first), ' RE: GOALS OF CARE, MEETING SET ', P('Date', x.md(1)), ' 1400.'],
        lambda: ['MAGNESIUM 1.6, REPLETED 2G. K 3.4 AT 0400 ', P('Date', x.md(0)), ', REPEAT @ 1000.'],
    ]
    filler = [
        'CV: NSR 80S-90S, NO ECTOPY. BP 120/80. PULSES +2 BILAT. EDEMA +1 BLE.',
        'I/O: 2450/1100 LAST 24H, +1350. FOLEY DRAINING CLEAR YELLOW URINE 40-60 ML/HR.',
        'GU: FOLEY PATENT. CR 1.4 (1.8). LYTES REPLETED PER PROTOCOL.',
        'DRIPS: FENTANYL 50 MCG/HR, PROPOFOL 20 MCG/KG/MIN, INSULIN GTT PER PROTOCOL.',
        'SKIN: INTACT EXCEPT COCCYX, MEPILEX IN PLACE. BRADEN 12.',
        'ID: TMAX 101.2, WBC 14.6 (11.2). BLOOD CX X2 SENT.',
        'RT NOTE: BS COARSE BILAT, DIMINISHED BASES. MDI ALBUTEROL 6 PUFFS Q4H. RSBI 88.',
        'ENDO: FS 140-180, SSI. A1C 8.2.',
        'HEME: HCT 24.1, 1 UNIT PRBC GIVEN, POST HCT PENDING. HEPARIN SQ.',
        'CXR SHOWS R 7TH RIB FX, T11 COMPRESSION FX OLD. NO NEW INFILTRATE.',
        'VENT: SIMV 450/12/PEEP 5/PS 10, FIO2 .35, SAT 96%. CUFF LEAK PRESENT.',
        'PAIN: 4/10, MORPHINE 2MG IV Q2H PRN. CAM-ICU NEGATIVE.',
        'SAFETY: FALL PRECAUTIONS, BED ALARM ON, SOFT WRIST RESTRAINTS PER ORDER.',
        'CVP 12-14. CI 2.1. SVR 1450. SWAN-GANZ WEDGE 18. NO ARRHYTHMIAS.',
        'GCS 10T (E3 VT M6). SEDATION HOLIDAY AT 0800, RASS -1.',
        'HOB > 30 DEG, ORAL CARE Q4H W/ CHG, VAP BUNDLE IN PLACE.',
        'L4-5 FUSION INCISION HEALING. LOGROLL ONLY, TLSO WHEN OOB.',
        'ABG ON 50% FIO2: 7.31/55/68/27, LACTATE 2.4 -> 1.6.',
        'NPO AFTER MN FOR IR PROCEDURE. COAGS: INR 1.6, PTT 38.',
        'PT AGITATED, PULLING AT LINES. HALDOL 2MG IV X1 WITH EFFECT.',
        'FOLEY D/C 0600, DTV BY 1400. BLADDER SCAN 220 ML.',
    ]
    signer = x.doc(3, r.choice(['I. L', 'F L', 'I.M. L', 'L']))
    footer = [[r.choice(['', 'SEE FLOWSHEET. ', 'WILL CONT TO MONITOR. ']), P('HCPName', signer), r.choice([', RRT', ', RN', ' RN', ', RN, BSN', '/RT'])]]
    unit = r.choice(['MICU NURSING PROGRESS NOTE 0700-1900', 'RESPIRATORY CARE NOTE', 'CCU NSG NOTE 7P-7A', 'SICU NPN', 'NURSING PROGRESS NOTE (T/SICU)'])
    header = [[unit]]
    if r.random() < 0.6:
        header.append(r.choice([['PT: ', P('PTName', f'{x.pt_last}, {x.pt_first}'), '  MRN ', P('Other', x.mrn())],
                                ['RE: ', P('PTName', f'{x.pt_first} {x.pt_last}'), ' BED ', str(r.randint(1, 24))],
                                [P('PTName', f'{x.pt_last}, {x.pt_first[0]}.'), ' / ', P('Date', x.md(0)), ' / 0700']]))
    return build(x, phi, filler, header=header, footer=footer, target=r.randint(6, 12))


def build(x, phi, filler, header=(), footer=(), target=None, ordered=True):
    """Picks PHI-bearing lines at random until `target` spans, keeps them in template order (so
    sections read naturally), and scatters a few distinct PHI-free lines among them."""
    r = x.r
    order = list(range(len(phi)))
    r.shuffle(order)
    chosen, n = [], 0
    for i in order:
        line = phi[i]()
        chosen.append((i, line))
        n += count([line])
        if n >= target:
            break
    if ordered:
        chosen.sort(key=lambda t: t[0])
    body = [line for _, line in chosen]
    for f in r.sample(filler, min(len(filler), r.randint(2, 5))):
        body.insert(r.randint(0, len(body)), [f])
    return list(header) + body + list(footer)


# ---------------------------------------------------------------- style 2: discharge summaries
def discharge_note(x):
    r = x.r
    hosp_full, hosp_abbr = x.hosp
    pcp = x.doc(1, r.choice(['F L', 'F M. L']))
    sex = r.choice(['man', 'woman', 'gentleman', 'lady'])
    att = x.doc(0, r.choice(['F M. L', 'F L']))
    header = [
        ['Admission Date: ', P('Date', x.date(-6, r.choice(['mm/dd/yyyy', 'm/d/yyyy', 'iso', 'Month d, yyyy'])))],
        ['Discharge Date: ', P('Date', x.date(0, r.choice(['mm/dd/yyyy', 'm/d/yyyy', 'iso', 'd Mon yyyy'])))],
        ['Attending: ', P('HCPName', att), ', MD'],
        ['Service: Medicine, ', P('Location', hosp_full), ' (', P('Location', r.choice(CAMPUS)), ')'],
    ]
    if r.random() < 0.6:
        header.insert(0, r.choice([['Name: ', P('PTName', f'{x.pt_last}, {x.pt_first}'), '   Unit No: ', P('Other', x.mrn())],
                                   ['Patient: ', P('PTName', f'{x.pt_first} {x.pt_mid}. {x.pt_last}'), '  Age: ', P('Age', x.age90()) if r.random() < 0.4 else str(r.randint(40, 89))],
                                   ['DISCHARGE SUMMARY - ', P('PTName', f'{x.pt_last.upper()}, {x.pt_first.upper()}')]]))
    header.append([''])
    if r.random() < 0.7:
        header.append(['HISTORY OF PRESENT ILLNESS: ', P('PTName', f'Mr. {x.pt_last}' if sex in ('man', 'gentleman') else f'Ms. {x.pt_last}'), ' is a ',
                       P('Age', x.age90()) if r.random() < 0.5 else str(r.randint(35, 89)), f'-year-old {sex} with ',
                       r.choice(['CHF (EF 30%), atrial fibrillation and CKD stage 3', 'COPD on 2 L home oxygen', 'metastatic colon cancer', 'type 2 diabetes and prior CVA']),
                       ' who presented with ', r.choice(['dyspnea.', 'confusion and fever.', 'a mechanical fall.', 'melena.'])])
    phi = [
        lambda: ['HISTORY OF PRESENT ILLNESS: ', P('PTName', f'Mr. {x.pt_last}' if sex in ('man', 'gentleman') else f'Ms. {x.pt_last}'), ' is a ', P('Age', x.age90()), f'-year-old {sex} with CHF (EF 30%), atrial fibrillation and CKD stage 3 who presented with dyspnea.'],
        lambda: ['She was seen at ', P('Location', r.choice(CLINIC)), ' on ', P('Date', x.date(-9)), ' and sent to the ', P('Location', hosp_abbr), ' Emergency Department.'],
        lambda: ['Social History: Lives in ', P('Location', r.choice(TOWNS + TOWN_ODD)), ' with ', r.choice(['her daughter', 'his wife', 'her husband', 'his son']), ' ', P('RelativeProxyName', x.rel_first), '. Retired machinist from ', P('Location', r.choice(EMPLOYER)), '. Quit tobacco in ', P('DateYear', str(x.past_year())), '.'],
        lambda: ['Social: lives in ', P('Location', r.choice(TOWN_ODD)), ', works at ', P('Location', r.choice(EMPLOYER)), ', no EtOH.'],
        lambda: ['Past Medical History: Hypertension; CABG x3 in ', P('DateYear', str(x.past_year())), '; Barrett esophagus; right Jones fracture ', P('DateYear', str(x.past_year())), '; TIA.'],
        lambda: ['Hospital Course: Diuresed with IV Lasix 40 mg BID, net negative 4.2 L. Cardiology (', P('HCPName', 'Dr. ' + x.doc(2, r.choice(['L', 'F L', 'I. L']))), ') recommended continuing metoprolol.'],
        lambda: ['On hospital day 3 (', P('Date', x.date(-3, r.choice(['m/d', 'Mon d', 'mm/dd/yy']))), ') she developed a Foley-associated UTI treated with ceftriaxone.'],
        lambda: ['Primary Care Physician: ', P('HCPName', 'Dr. ' + pcp), ', ', P('Location', r.choice(CLINIC)), ', tel ', P('Phone', x.phone()), '.'],
        lambda: ['PCP: ', P('HCPName', pcp), ' MD   Fax: ', P('Phone', x.phone())],
        lambda: ['Follow-up: ', P('HCPName', 'Dr. ' + x.doc(2, 'L')), ' at ', P('Location', r.choice(CLINIC)), ', ', P('Location', x.street()), ', ', P('Location', x.town), ', on ', P('Date', x.date(12, r.choice(['Month d, yyyy', 'm/d/yyyy', 'Mon d']))), ' at 10:30 AM. Call ', P('Phone', x.phone()), ' to confirm.'],
        lambda: ['Follow up with ', P('Location', hosp_abbr), ' Anticoagulation Clinic ', P('Date', x.date(4, 'm/d')), ' for INR check; goal INR 2-3.'],
        lambda: ['Discharge Disposition: Extended care at ', P('Location', r.choice(REHAB)), ', ', P('Location', r.choice(TOWNS)), '.'],
        lambda: ['Patient contact: ', P('RelativeProxyName', f'{x.rel_first} {x.rel_last}'), ' (', r.choice(['daughter', 'son', 'wife', 'husband', 'niece', 'neighbor']), '), cell ', P('Phone', x.phone()), ', email ', P('Other', x.email(x.rel_first, x.rel_last)), '.'],
        lambda: ['Medical Record Number: ', P('Other', x.mrn())],
        lambda: ['Echo ', P('Date', x.date(-4)), ': LVEF 30-35%, moderate MR, RVSP 48 mmHg.'],
        lambda: ['Previously admitted to ', P('Location', r.choice(HOSP)[0]), ' in ', P('Date', f'{MONTHS[r.randint(0, 11)]} {x.past_year()}'), ' for pneumonia.'],
        lambda: ['Address: ', P('Location', x.street()), ', Apt ', str(r.randint(1, 40)), ', ', P('Location', x.town), ' ', P('Location', f'0{r.randint(1000, 2999)}')],
        lambda: ['Dictated by ', P('HCPName', x.doc(3, 'F L')), ', PA-C, for ', P('HCPName', 'Dr. ' + x.doc(0, 'L')), '.'],
        lambda: ['The patient, ', P('PTName', f'{x.pt_first} {x.pt_last}'), ', and her family agreed with the plan.'],
        lambda: ['Her ', P('Age', a := x.age90()), ordsuf(int(a)) + ' birthday is next month and she wishes to be home for it.'],
    ]
    phi += [
        lambda: ['Chief Complaint: fall at home. ', P('PTName', x.pt_first), ' was found by her neighbor ', P('RelativeProxyName', f'{r.choice(FIRST)} {r.choice(LAST)}'), ' on the kitchen floor.'],
        lambda: ['Brief HPI: ', P('Age', x.age90()), ' yo ', r.choice(['F', 'M']), ' from ', P('Location', r.choice(REHAB)), ' with fever and hypoxia; transferred from ', P('Location', r.choice(HOSP)[1]), ' on ', P('Date', x.date(-7, r.choice(['m/d', 'Mon d']))), '.'],
        lambda: ['He is a retired ', r.choice(['longshoreman', 'bus driver', 'pharmacist', 'mill worker', 'postal carrier']), ' who worked ', str(r.randint(12, 40)), ' years for ', P('Location', r.choice(EMPLOYER)), ' and lives in ', P('Location', r.choice(TOWNS + TOWN_ODD)), ' ', r.choice(['alone', 'with his partner', 'in a second-floor apartment']), '.'],
        lambda: ['Outpatient records from ', P('Location', r.choice(CLINIC)), ' (', P('HCPName', 'Dr. ' + x.doc(1, 'L')), ') were reviewed; last colonoscopy ', P('DateYear', str(x.year - r.randint(2, 9))), ' showed tubular adenoma.'],
        lambda: ['Seen in consultation by Neurology (', P('HCPName', x.doc(3, 'I. L')), ' / ', P('HCPName', 'Dr. ' + x.doc(2, 'L')), ') on hospital day 2; MRI brain negative for acute infarct.'],
        lambda: ['Appointments: ', P('Location', x.hosp[1]), ' Heart Failure Clinic, ', P('Date', x.date(9, r.choice(['m/d/yyyy', 'Mon d', 'Month dth']))), ', ', r.choice(['9:00 AM', '1:15 PM', '08:40']), ', ', P('Location', r.choice(CAMPUS)), ' 3rd floor.'],
        lambda: ['Outpatient labs (BMP, CBC) on ', P('Date', x.date(5, r.choice(['m/d', 'mm/dd/yyyy']))), ' at ', P('Location', r.choice(CLINIC)), '; results to ', P('HCPName', 'Dr. ' + x.doc(1, 'L')), ' (fax ', P('Phone', x.phone()), ').'],
        lambda: ['VNA: ', P('Location', f'{r.choice(TOWNS)} Visiting Nurse Association'), ', intake ', P('Phone', x.phone()), '.'],
        lambda: ['Health care proxy: ', r.choice(['son', 'daughter', 'nephew', 'partner']), ', ', P('RelativeProxyName', f'{r.choice(FIRST)} {r.choice(LAST)}'), '.'],
    ]
    filler = [
        'Discharge Medications: 1. Furosemide 40 mg PO daily. 2. Metoprolol succinate 50 mg daily. 3. Apixaban 5 mg BID.',
        'Condition at discharge: stable, ambulating with walker, oxygen saturation 94% on room air.',
        'Labs on discharge: Na 136, K 4.1, Cr 1.6 (baseline 1.4), Hgb 10.2.',
        'Diet: 2 g sodium, 1.5 L fluid restriction. Weigh daily; call if gain over 3 lb.',
        'Diagnoses: 1. Acute on chronic systolic heart failure. 2. Urinary tract infection. 3. Atrial fibrillation.',
        'Physical exam: JVP 12 cm, bibasilar crackles, 2+ pitting edema to the knees. Murphy sign negative.',
        'Procedures: Right heart catheterization with Swan-Ganz catheter; PICC line placement.',
        'Code Status: DNR/DNI, confirmed with patient and health care proxy.',
        'Pending results: Blood cultures from Day 2 final read; Thyroid panel.',
        'Activity: As tolerated. Home PT/OT referral placed. Stairs with assistance.',
        'Chest X-ray on admission: Kerley B lines and small bilateral effusions; repeat showed improvement.',
        'Warfarin held for INR 4.2 on Day 4, resumed at 2.5 mg daily on Day 6.',
        'Allergies: Sulfa (hives), Codeine (nausea).',
        'Right 7th rib fracture managed with lidocaine patch and incentive spirometry.',
        'Mental status: alert and oriented x3; MoCA 22/30. Mini-Cog abnormal.',
        'Instructions: Return to the Emergency Department for chest pain, shortness of breath, or fainting.',
        'Hemoglobin A1c 7.9%. Insulin glargine 18 units nightly, lispro sliding scale.',
        'Vaccines: Influenza given; pneumococcal (PCV20) given.',
    ]
    footer = [[''], ['Electronically signed: ', P('HCPName', att), ', MD ', P('Date', x.date(1, r.choice(['mm/dd/yyyy', 'm/d/yy', 'iso']))), ' 16:42']]
    return build(x, phi, filler, header=header, footer=footer, target=r.randint(2, 6))


# ---------------------------------------------------------------- style 3: radiology with sign-off
def radiology_note(x):
    r = x.r
    exam = r.choice(['CHEST, PA AND LATERAL', 'CT CHEST WITH CONTRAST', 'CT PULMONARY ANGIOGRAM', 'PORTABLE CHEST, AP UPRIGHT',
                     'CT ABDOMEN AND PELVIS WITHOUT CONTRAST', 'RIGHT SHOULDER, 3 VIEWS', 'LEFT FOOT, 3 VIEWS', 'XR CHEST 1 VIEW',
                     'CTA CHEST', 'CHEST (PORTABLE AP)'])
    res, att = x.doc(1, r.choice(['F L', 'F M. L'])), x.doc(0, r.choice(['F M. L', 'F L', 'I. M. L'.replace('. M', '.M')]))
    tm = lambda: f'{r.randint(0, 23):02d}:{r.randint(0, 59):02d}'
    dob = f'{r.randint(1, 12)}/{r.randint(1, 28)}/{x.past_year() - 30}'
    pname = r.choice([f'{x.pt_last.upper()}, {x.pt_first.upper()}', f'{x.pt_last}, {x.pt_first} {x.pt_mid}', f'{x.pt_first} {x.pt_last}',
                      f'{x.pt_last.upper()}, {x.pt_first.upper()} {x.pt_mid}.'])
    header = r.choice([
        [['EXAM: ', exam],
         ['Accession: ', P('Other', x.acc()), '    MRN: ', P('Other', x.mrn())],
         ['Patient: ', P('PTName', pname), '   DOB: ', P('Date', dob)],
         ['Exam date: ', P('Date', x.date(0, r.choice(['mm/dd/yyyy', 'iso', 'dd-MON-yyyy', 'm/d/yyyy']))), ' ', tm()],
         ['Referring physician: ', P('HCPName', x.doc(2, r.choice(['F L', 'L, F', 'F M. L']))), ', ', P('Location', r.choice(CLINIC + [x.hosp[0]]))]],
        [[P('Location', x.hosp[0]), ' - Department of Radiology'],
         [P('PTName', pname), '  MRN# ', P('Other', x.mrn()), '  ACC# ', P('Other', x.acc())],
         [exam, ' performed ', P('Date', x.date(0, r.choice(['mm/dd/yy', 'Month d, yyyy', 'm/d/yyyy']))), ' at ', tm()],
         ['Ordering: ', P('HCPName', x.doc(2, r.choice(['L, F', 'L, F M', 'F L']))), ' MD']],
        [['Procedure: ', exam, '   Date of service: ', P('Date', x.date(0, r.choice(['mm/dd/yyyy', 'iso'])))],
         ['Name: ', P('PTName', pname), '   Age/Sex: ', P('Age', x.age90()) if r.random() < 0.35 else str(r.randint(20, 89)), r.choice(['Y/F', 'Y/M', ' F', ' M'])],
         ['Acc ', P('Other', x.acc()), ' | Ref: ', P('HCPName', 'Dr. ' + x.doc(2, r.choice(['L', 'F L'])))]],
    ]) + [['']]
    phi = [
        lambda: ['CLINICAL HISTORY: ', P('Age', x.age90()), r.choice(['-year-old with cough and fever. Rule out pneumonia.', ' yo F, s/p fall, chest pain.', ' y/o M with dyspnea. Eval for CHF.'])],
        lambda: ['HISTORY: ', r.choice(['Shortness of breath.', 'Hypoxia.', 'Line placement.', 'Trauma.']), ' Per ', P('HCPName', 'Dr. ' + x.doc(2, 'L')), ', concern for PE.'],
        lambda: ['COMPARISON: ', P('Date', x.date(-40, r.choice(['mm/dd/yyyy', 'm/d/yy', 'Month d, yyyy', 'iso']))), ' and CT from ', P('Location', r.choice(HOSP)[1]), ' dated ', P('Date', x.date(-90, 'mm/dd/yyyy')), '.'],
        lambda: ['COMPARISON: Outside study from ', P('Location', r.choice(HOSP)[0]), ', ', P('Date', x.date(-20, r.choice(['Mon. d, yyyy', 'd Mon yyyy']))), '.'],
        lambda: ['COMPARISON: Chest radiograph ', P('Date', x.date(-2, r.choice(['m/d', 'mm/dd/yyyy']))), '; CT ', P('Date', f'{MON3[r.randint(0, 11)]} {x.year - 1}'), '.'],
        lambda: ['Prior exams: ', P('DateYear', str(x.year - r.randint(1, 5))), ' (no images available).'],
        lambda: ['FINDINGS: Kerley B lines at the bases with small bilateral effusions; findings discussed with ', P('HCPName', 'Dr. ' + x.doc(2, 'L')), ' at ', tm(), ' on ', P('Date', x.date(0, r.choice(['m/d/yyyy', 'm/d']))), '.'],
        lambda: ['Wedge-shaped peripheral opacity (Hampton hump) in the right lower lobe; no Westermark sign. Critical result called to ', P('HCPName', x.doc(3, 'F L')), ', RN, who read back, ', P('Date', x.date(0, 'mm/dd/yyyy')), '.'],
        lambda: ['Swan-Ganz catheter tip in the right interlobar pulmonary artery. Compared to the study of ', P('Date', x.date(-1, r.choice(['m/d', 'Mon d']))), ', new retrocardiac opacity.'],
        lambda: ['Hill-Sachs deformity of the humeral head, unchanged from ', P('DateYear', str(x.past_year())), '.'],
        lambda: ['Transverse fracture at the base of the fifth metatarsal (Jones fracture). Prior films at ', P('Location', r.choice(CLINIC)), ' not available.'],
        lambda: ['Patient ', P('PTName', x.pt_last), ' was unable to hold breath; mild motion artifact.'],
        lambda: ['Results telephoned to ', P('HCPName', 'Dr. ' + x.doc(2, r.choice(['F L', 'L']))), ' (pager ', P('Phone', x.ext()), ') by ', P('HCPName', x.doc(1, 'I. L')), ' at ', tm(), '.'],
        lambda: ['These findings were communicated to ', P('HCPName', x.doc(2, r.choice(['F L', 'I. L']))), ', NP, via secure chat on ', P('Date', x.date(0, r.choice(['m/d/yy', 'mm/dd/yyyy']))), '.'],
        lambda: ['Performed at ', P('Location', x.hosp[0]), ', ', P('Location', r.choice(CAMPUS)), '; technologist ', P('HCPName', x.doc(3, r.choice(['F', 'F J.']))), '.'],
    ]
    filler = [
        'The cardiomediastinal silhouette is within normal limits. No pneumothorax.',
        'IMPRESSION: 1. Mild pulmonary edema. 2. Small bilateral pleural effusions, left greater than right.',
        'Old healed fractures of the left 7th and 8th ribs. Degenerative changes at T11-T12 and L4-5.',
        'Enteric tube courses below the diaphragm, tip in the gastric body. Foley catheter in the bladder.',
        'A 6 mm ground-glass nodule in the right upper lobe (series 4, image 62); Fleischner Society follow-up recommended.',
        'No central pulmonary embolism. The main pulmonary artery measures 31 mm.',
        'Lungs are clear. No focal consolidation. Osseous structures intact.',
        'Mild thickening of the distal esophagus, which could reflect Barrett esophagus; correlate with endoscopy.',
        'Bankart lesion of the anterior glenoid; no dislocation.',
        'Right IJ central venous catheter tip at the cavoatrial junction. ET tube 5 cm above the carina.',
        'TECHNIQUE: Axial images with 2.5 mm slices after 80 mL Omnipaque 350 IV.',
        'Deep sulcus sign on the left suggests a small anterior pneumothorax in this supine patient.',
        'Pleural-based opacity with Hampton hump configuration is favored to represent infarct.',
        'Schmorl nodes at L1 and L2. Mild levoscoliosis. Spina bifida occulta at S1.',
        'Morgagni hernia containing omental fat, unchanged.',
        'Azygos lobe, a normal variant. Right-sided aortic arch.',
        'Posterior tibial tendon intact. Lisfranc joint congruent. Os trigonum.',
        'IMPRESSION: No acute cardiopulmonary process.',
    ]
    sig = []
    if r.random() < 0.5:
        sig.append(['Resident: ', P('HCPName', res), r.choice([', MD', ', M.D.', ' (PGY-3)'])])
    sig.append(r.choice([
        ['Dictated by: ', P('HCPName', res), ', MD   Dictated: ', P('Date', x.date(0, 'mm/dd/yyyy')), ' ', tm()],
        ['Dictated By: ', P('HCPName', res), ' MD  ', P('Date', x.date(0, 'm/d/yyyy')), ' ', tm(), '  Transcribed: ', P('Date', x.date(1, 'm/d/yyyy'))],
        ['Preliminary report by ', P('HCPName', res), '.'],
    ]))
    sig.append(r.choice([
        ['I have personally reviewed the images and agree with the report above. ', P('HCPName', att), ', MD'],
        ['I have personally reviewed the images and agree with the findings. Attending: ', P('HCPName', att)],
        ['Attending radiologist: ', P('HCPName', x.doc(0, 'I. L')), '   Reading room ', P('Phone', x.phone())],
        ['Report reviewed by ', P('HCPName', x.doc(3, 'F M. L')), ', PhD (physicist) for dose, DLP 412 mGy-cm.'],
    ]))
    sig.append(r.choice([
        ['Electronically signed by ', P('HCPName', att), ', M.D. on ', P('Date', x.date(0, r.choice(['mm/dd/yyyy', 'Mon. d, yyyy', 'iso']))), ' at ', r.choice(['5:12 PM', '08:03 AM', '11:47'])],
        ['Electronically Signed: ', P('HCPName', att), ' ', P('Date', x.date(r.choice([0, 1]), 'mm/dd/yyyy')), ' ', tm()],
        ['Signed: ', P('HCPName', x.doc(0, 'L, F')), ' MD  (', P('Other', x.email(x.docs[0][0], x.docs[0][1])), ')'],
        ['Final report released ', P('Date', x.date(0, 'mm/dd/yy')), ' ', tm(), ' by ', P('HCPName', x.doc(0, 'I. L')), ', MD'],
    ]))
    return build(x, phi, filler, header=header, footer=[['']] + sig, target=r.randint(1, 4))


# ---------------------------------------------------------------- style 4: dictated letters
def dictation_note(x):
    r = x.r
    ref_f, ref_l, ref_m = x.docs[1]
    me_f, me_l, me_m = x.docs[0]
    pt_full = r.choice([f'{x.pt_first} {x.pt_mid}. {x.pt_last}', f'{x.pt_first} {x.pt_last}'])
    greet = r.choice(['Dear Dr. ', 'Dear Doctor ', 'Dear Dr ', 'Dear Dr. '])
    header = [
        r.choice([[P('Location', r.choice(CLINIC)), ' | ', P('Location', x.street()), ', ', P('Location', x.town)],
                  [P('Location', r.choice(CLINIC))], ['Department of Medicine, ', P('Location', x.hosp[0])]]),
        [P('Date', x.date(0, r.choice(['Month d, yyyy', 'mm/dd/yyyy', 'd Mon yyyy', 'Mon. d, yyyy'])))],
        [''],
        ['RE: ', P('PTName', pt_full), '   DOB: ', P('Date', f'{r.randint(1, 12):02d}/{r.randint(1, 28):02d}/{x.past_year() - 30}'), '   MRN ', P('Other', x.mrn())],
        [''],
        [greet, P('HCPName', r.choice([ref_l, f'{ref_f} {ref_l}'])), ','],
        [''],
    ]
    phi = [
        lambda: ['Thank you for referring ', P('PTName', f'{x.pt_first} {x.pt_last}'), ', whom I saw in consultation on ', P('Date', x.date(0, r.choice(['Month d, yyyy', 'm/d/yyyy', 'Month dth']))), ' for evaluation of exertional dyspnea.'],
        lambda: [P('PTName', f'{r.choice(["Mr.", "Mrs.", "Ms."])} {x.pt_last}'), ' is a ', P('Age', x.age90()), '-year-old retired ', r.choice(['teacher', 'seamstress', 'electrician', 'farmer']), ' who lives with ', r.choice(['her son', 'his daughter', 'her granddaughter']), ' ', P('RelativeProxyName', f'{x.rel_first}'), ' in ', P('Location', r.choice(TOWNS + TOWN_ODD)), '.'],
        lambda: ['As per ', P('HCPName', x.doc(2, 'I. L')), ', the echocardiogram on ', P('Date', x.date(-14)), ' showed an ejection fraction of 55% with grade II diastolic dysfunction.'],
        lambda: ['She was hospitalized at ', P('Location', x.hosp[0]), ' in ', P('DateYear', str(x.past_year())), ' for a right Colles fracture and again in ', P('Date', f'{MONTHS[r.randint(0, 11)]} {x.year - 1}'), ' for cellulitis.'],
        lambda: ['(', P('HCPName', x.doc(3, 'I. L')), ' MD notified of the potassium of 5.9, repeat ordered.)'],
        lambda: ['Her husband, ', P('RelativeProxyName', f'{x.rel_first} {x.rel_last}'), ', accompanied her and can be reached at ', P('Phone', x.phone()), '.'],
        lambda: ['Past history includes appendectomy (', P('DateYear', str(x.past_year())), '), hysterectomy, and a Baker cyst of the left knee.'],
        lambda: ['I discussed the case with my colleague ', P('HCPName', f'Dr. {x.doc(2, "F M. L")}'), ' of ', P('Location', r.choice(CLINIC)), ', who agrees with a trial of spironolactone 25 mg daily.'],
        lambda: ['She will return to see me on ', P('Date', x.date(21, r.choice(['Month d, yyyy', 'm/d/yyyy', 'Mon d', 'Month dth']))), '. Questions may be directed to my nurse, ', P('HCPName', x.doc(3, 'F')), ', at ', P('Phone', x.phone()), ' ext. ', P('Phone', x.ext()), '.'],
        lambda: ['Occupational history: forty years at ', P('Location', r.choice(EMPLOYER)), ' with asbestos exposure.'],
        lambda: ['Reports may be sent securely to ', P('Other', x.email(me_f, me_l)), '.'],
        lambda: ['Her daughter ', P('RelativeProxyName', x.rel_first), ' wonders whether the Parkinson disease diagnosed by ', P('HCPName', 'Dr. ' + x.doc(2, 'L')), ' in ', P('DateYear', str(x.year - r.randint(1, 6))), ' might explain her falls.'],
        lambda: ['Family history: mother died at ', P('Age', x.age90()), ' of a stroke; brother with Crohn disease.'],
    ]
    phi += [
        lambda: ['I had the pleasure of seeing ', P('PTName', x.pt_first), ' again today, accompanied by ', r.choice(['her partner', 'his wife', 'her nephew', 'a family friend']), ', ', P('RelativeProxyName', f'{r.choice(FIRST)} {r.choice(LAST)}'), '.'],
        lambda: ['Since our last visit on ', P('Date', x.date(-60, r.choice(['Month d, yyyy', 'mm/dd/yy', 'Month dth']))), ', he has had two episodes of presyncope while working at ', P('Location', r.choice(EMPLOYER)), '.'],
        lambda: ['Holter monitoring arranged by ', P('HCPName', f'Dr. {x.doc(2, "F L")}'), ' (', P('Location', x.hosp[1]), ') showed paroxysmal atrial fibrillation with a burden of 4%.'],
        lambda: ['His CHA2DS2-VASc score is 4; I have started apixaban 5 mg twice daily after discussion with ', P('PTName', f'Mr. {x.pt_last}'), ' and his son ', P('RelativeProxyName', x.rel_first), '.'],
        lambda: ['We obtained outside records from ', P('Location', r.choice(HOSP)[0]), ' in ', P('Location', r.choice(TOWNS)), ', including a stress test dated ', P('Date', x.date(-200, r.choice(['m/d/yyyy', 'mm/dd/yy', 'iso']))), '.'],
        lambda: ['She was born in ', P('Location', r.choice(['Hai Phong', 'Enugu', 'Gdańsk', 'Zarqa', 'Oaxaca', 'Chengdu', 'Thrissur', 'Kumasi', 'Cuenca', 'Lublin'])), ' and moved here in ', P('DateYear', str(x.past_year())), '; she speaks ', r.choice(['Vietnamese', 'Igbo', 'Polish', 'Arabic', 'Spanish', 'Mandarin', 'Malayalam', 'Twi']), ' and an interpreter was used.'],
        lambda: ['Per ', P('HCPName', x.doc(2, r.choice(['I. L', 'I.M. L']))), ' in physical therapy, she now walks 300 feet with a rollator.'],
        lambda: ['Please do not hesitate to contact me at ', P('Phone', x.phone()), ' or by email at ', P('Other', x.email(me_f, me_l)), '.'],
        lambda: ['A copy of this letter is being sent to her cardiologist, ', P('HCPName', f'Dr. {x.doc(2, r.choice(["F M. L", "L"]))}'), ', in ', P('Location', r.choice(TOWNS + TOWN_ODD)), '.'],
    ]
    filler = [
        'On examination, blood pressure was 138/76, pulse 72 and regular, BMI 27.4. Lungs clear; soft 2/6 systolic murmur at the left sternal border.',
        'Medications: lisinopril 20 mg daily, atorvastatin 40 mg nightly, aspirin 81 mg daily, levothyroxine 75 mcg.',
        'ECG shows sinus rhythm at 70 bpm, first-degree AV block, PR 224 ms, no Q waves.',
        'Assessment: Heart failure with preserved ejection fraction, NYHA class II. Hashimoto thyroiditis, stable.',
        'Plan: 1. Start spironolactone. 2. Basic metabolic panel in 1 week. 3. Cardiac rehabilitation referral.',
        'Review of systems is otherwise negative, including no syncope, orthopnea or PND.',
        'MRI of the lumbar spine showed L4-5 disc protrusion and mild canal stenosis at L3-4.',
        'The Epley maneuver was performed in clinic with resolution of her vertigo.',
        'Gleason 3+4 prostate adenocarcinoma was treated with radiation; PSA now 0.2.',
        'Her Romberg test was negative; Babinski sign absent bilaterally; Tinel sign positive at the right wrist.',
        'Echocardiogram: LVEF 60%, mild mitral regurgitation, estimated PA systolic pressure 34 mmHg.',
        'DEXA scan showed a T-score of -2.7 at the femoral neck. Continue alendronate 70 mg weekly.',
        'Dupuytren contracture of the right fourth digit is unchanged.',
        'She reports adherence to her CPAP at 10 cm H2O, with an AHI of 3 on the download.',
        'Laboratory data: sodium 134, potassium 4.6, creatinine 1.2, hemoglobin 11.8, TSH 2.1.',
        'IMPRESSION: Stable angina, Canadian Cardiovascular Society class II.',
    ]
    closing = r.choice(['Sincerely,', 'With kind regards,', 'Yours sincerely,', 'Best wishes,', 'Thank you for allowing me to participate in her care.'])
    mi = me_m
    tr = ''.join(r.choice('abcdefghjklmnprstvwy') for _ in range(3))
    footer = [
        [''], [closing], [''],
        [P('HCPName', f'{me_f} {mi}. {me_l}'), r.choice([', MD', ', MD, FACC', ', DO', ' M.D.'])],
        [''],
        [P('Initial', f'{me_f[0]}{mi}{me_l[0]}'.upper()), '/', P('Initial', tr)],
        ['D: ', P('Date', x.date(0, 'mm/dd/yyyy')), '  T: ', P('Date', x.date(1, 'mm/dd/yyyy'))],
        ['cc: ', P('HCPName', f'Dr. {ref_f} {ref_m}. {ref_l}')] + ([', ', P('HCPName', f'Dr. {x.doc(2, "F L")}')] if r.random() < 0.25 else []),
    ]
    return build(x, phi, filler, header=header, footer=footer, target=r.randint(1, 4))


STYLES = {'icu-caps': (icu_note, True, 11), 'discharge': (discharge_note, False, 22),
          'radiology-signoff': (radiology_note, False, 33), 'dictation': (dictation_note, False, 44)}


def main():
    for style, (fn, upper, seed) in STYLES.items():
        r = random.Random(seed)
        d = os.path.join(HERE, style)
        os.makedirs(d, exist_ok=True)
        texts, gold = [], []
        n_notes = 55
        for i in range(n_notes):
            x = Ctx(r)
            lines = fn(x)
            body, spans = render(lines, upper)
            pid, nid = str(100 + i), '1'
            texts.append(f'START_OF_RECORD={pid}||||{nid}||||\n{body}||||END_OF_RECORD\n')
            for s, e, cat, phrase in spans:
                gold.append(f'{pid} {nid} {s} {e} {cat} {phrase}')
        with open(os.path.join(d, 'notes.text'), 'w', encoding='utf-8') as f:
            f.write(''.join(texts))
        with open(os.path.join(d, 'gold.phrase'), 'w', encoding='utf-8') as f:
            f.write('\n'.join(gold) + '\n')


if __name__ == '__main__':
    main()
