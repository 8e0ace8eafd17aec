#!/usr/bin/env python3
"""Generates the fourth blind de-identification set (eval/deid-blind-4).

Python 3 standard library only, fixed seed, deterministic: running it twice writes the same files.
Every name, place, number and date below is invented for this set.

Usage:  python3 eval/deid-blind-4/generate.py        (writes <style>/notes.text and gold.phrase)
"""
import os
import datetime
import random
import re

SEED = 440411
HERE = os.path.dirname(os.path.abspath(__file__))

# ---------------------------------------------------------------- inventories (written for this set)
FIRST_WORD = [  # first names that are also English words
    'Hope', 'Will', 'Faith', 'Joy', 'Grace', 'Rose', 'June', 'Hunter', 'Mason', 'Dawn', 'Frank',
    'Rusty', 'Sunny', 'Iris', 'Ivy', 'Pearl', 'Ruby', 'Amber', 'Summer', 'Sky', 'Glen', 'Dale',
    'Forrest', 'Art', 'Bill', 'Pat', 'Sandy', 'Bud', 'Clay', 'Destiny', 'Patience', 'Heath', 'Reed',
    'Chase', 'Lane', 'Drew', 'Rich', 'Honey', 'Cliff', 'Penny', 'Victor', 'Sterling', 'Major',
]
FIRST_OTHER = [
    'Oluwaseun', 'Chidi', 'Ngozi', 'Kwame', 'Aiko', 'Hiroshi', 'Mei', 'Wei', 'Thanh', 'Minh', 'Priya',
    'Arjun', 'Sanjay', 'Anjali', 'Fatima', 'Yusuf', 'Omar', 'Layla', 'Tomasz', 'Agnieszka', 'Dmitri',
    'Svetlana', 'Siobhan', 'Niamh', 'Declan', 'Mateo', 'Lucía', 'Joaquín', 'Ingrid', 'Lars', 'Astrid',
    'Kofi', 'Amara', 'Zainab', 'Hamza', 'Nikolai', 'Giulia', 'Enzo', 'Aroha', 'Kai', 'Leilani',
    'Beatriz', 'Thiago', 'Jin-woo', 'Soo-ah', 'Marie-Claire', 'Jean-Luc', 'Margaret', 'Thomas',
    'Linda', 'Gerald', 'Beverly', 'Douglas', 'Kathleen', 'Raymond', 'Dorothy', 'Harold', 'Ellen',
    'Walter', 'Bernadette', 'Cornelius', 'Tamika', 'DeShawn', 'Latoya', 'Marisol', 'Esperanza',
    'Refilwe', 'Thandiwe', 'Bogdan', 'Radek', 'Eero', 'Saoirse', 'Ruairí', 'Anselm', 'Wilhelmina',
    'Tadeusz', 'Yevgenia', 'Parisa', 'Dariush', 'Nasrin', 'Keoni', 'Malia', 'Tevita', 'Ximena',
]
LAST_WORD = [  # surnames that are also English words
    'Stone', 'Hill', 'Baker', 'Wood', 'Rivers', 'Fox', 'Lamb', 'Field', 'Bell', 'Carpenter', 'Church',
    'Moody', 'Little', 'Long', 'Short', 'Frost', 'Winter', 'Summers', 'Street', 'Park', 'Rice', 'Bush',
    'Marsh', 'Gray', 'Steel', 'Glass', 'Cross', 'Swift', 'Young', 'Love', 'Sharp', 'Sweet', 'Hart',
    'Burns', 'Banks', 'Cook', 'Mills', 'Price', 'Wise', 'Noble', 'Best', 'Strong', 'Golden', 'Beard',
    'Pound', 'Root', 'Branch', 'Waters', 'Chambers', 'Rush', 'Hale', 'Fairweather', 'Goodnight',
    'Lovejoy', 'Merriman', 'Walker', 'Weaver', 'Mercer', 'Archer', 'Brook', 'Moon', 'Gentle', 'Blank',
]
LAST_OTHER = [
    'Adebayo', 'Okonkwo', 'Nakamura', 'Takahashi', 'Nguyen', 'Tran', 'Kowalczyk', 'Wiśniewski',
    'Oyelaran', 'Haddad', 'Khoury', 'Al-Masri', 'O\'Donnell', 'McAllister', 'Fitzgerald', 'Ivanova',
    'Petrov', 'Sørensen', 'Gallagher', 'Mbeki', 'Chakraborty', 'Raghunathan', 'Patel', 'Iyer',
    'Bhattacharya', 'Zhang', 'Liu', 'Xu', 'Kim', 'Choi', 'Santos', 'Oliveira', 'Ferreira',
    'Hernández', 'Delgado', 'Castillo', 'Papadopoulos', 'Abramowitz', 'Goldberg', 'Schwartz',
    'Thibodeaux', 'Kaczmarek', 'Mahlangu', 'Osei-Bonsu', 'Smith-Okoro', 'Garcia-Lopez',
    'Hughes-Whitfield', 'Ben-David', 'Taylor-Nakamura', 'van Houten', 'De Luca', 'da Silva',
    'St. Clair', 'Le Blanc', 'von Ahn', 'bin Hamid', 'MacDonald', 'Van der Berg', 'de la Cruz',
    'Rasmussen', 'Quiñones', 'Yilmaz', 'Demir', 'Nwachukwu', 'Tuilagi', 'Kahananui', 'Fonoti',
    'Brzezinski', 'Vasquez-Ortiz', 'Achterberg', 'Ferraro', 'Lindgren', 'Mukherjee', 'Shapiro',
]
MIDDLE_INITIALS = 'ABCDEFGHJKLMNPRSTW'

TOWN_WORD = [  # towns made of ordinary words
    'Millbrook', 'Stonebridge', 'Fox Hollow', 'Harbor Point', 'Oak Crossing', 'Bell Haven',
    'Spring Valley', 'North Fork', 'Twin Lakes', 'Iron Gate', 'Salt Creek', 'Maple Bend', 'Union',
    'Liberty', 'Temple', 'Plain City', 'Eagle Rock', 'Long Meadow', 'Greenfield', 'Whitehall',
    'Mount Hope', 'Bay View', 'Fairview', 'Kingsbridge', 'Wellspring', 'Shady Grove', 'Old Mill',
    'Three Rivers', 'Sweetwater', 'Copper Hill', 'Sandy Point', 'Lakeside', 'Hollow Rock', 'Concord',
    'Friendship', 'Harmony', 'Paradise', 'Walnut', 'Cold Spring', 'Pleasant Hill', 'Marble Falls',
    'Glenwood', 'Crystal Lake', 'Orchard Park', 'Beacon', 'Freeport', 'Independence', 'Hope Valley',
]
TOWN_OTHER = [
    'Vessary', 'Delmont', 'Orlen', 'Pocassett', 'Wyandale', 'Brackenridge', 'Quillan', 'Tolberg',
    'Ambrose Falls', 'Chesaning', 'Maraville', 'Okemah Junction', 'Strasburg Mills', 'Tenaha',
    'Wapello', 'Castellan', 'Dunmore', 'Elkader', 'Menomin', 'Pascoag', 'Sauk Rapids', 'Teskanee',
]
STATES = ['Vermont', 'Ohio', 'Texas', 'Oregon', 'Maine', 'Georgia', 'Iowa', 'Nevada', 'Florida',
          'Michigan', 'Virginia', 'Montana', 'Kansas', 'Arizona', 'Delaware', 'Indiana']
STATE_AB = ['VT', 'OH', 'TX', 'OR', 'ME', 'GA', 'IA', 'NV', 'FL', 'MI', 'VA', 'MT', 'KS', 'AZ', 'NH',
            'NC', 'PA', 'MA', 'WI', 'MN']
COUNTRIES = ['Ghana', 'Portugal', 'Vietnam', 'the Philippines', 'Poland', 'Haiti', 'Ireland',
             'Nigeria', 'Guatemala', 'Ukraine', 'India', 'Samoa', 'Lebanon', 'Brazil', 'Mexico']
HOSP = [  # (full name, abbreviation staff use)
    ('St. Brigid\'s Medical Center', 'SBMC'), ('North Fork Regional Hospital', 'NFRH'),
    ('Harbor Point General', 'HPG'), ('Valley Presbyterian', 'VPH'), ('Mercy West Hospital', 'MWH'),
    ('Good Shepherd Medical Center', 'GSMC'), ('Kingsbridge University Hospital', 'KUH'),
    ('Salt Creek Community Hospital', 'SCCH'), ('Our Lady of Peace Hospital', 'OLP'),
    ('Three Rivers Memorial', 'TRM'), ('Wellspring Health', 'WSH'), ('Lakeside Baptist', 'LBH'),
    ('Eagle Rock VA Medical Center', 'ERVA'), ('Delmont County Hospital', 'DCH'),
    ('University of Orlen Medical Center', 'UOMC'), ('Copper Hill Children\'s', 'CHC'),
]
CLINICS = ['Millbrook Family Practice', 'Stonebridge Cardiology Associates', 'Fox Hollow Pediatrics',
           'Union Street Health Center', 'Bay View Dermatology', 'Riverbend Orthopedics',
           'Twin Lakes Pulmonary Clinic', 'Harmony Women\'s Health', 'Old Mill Internal Medicine',
           'Beacon Oncology Group', 'Liberty Kidney Care', 'Shady Grove Urgent Care']
SNF = ['Maple Terrace Nursing and Rehab', 'The Willows at Oak Crossing', 'Sunrise Gardens',
       'Pleasant Hill Manor', 'Cedar Knoll Care Center', 'Golden Pond Assisted Living',
       'St. Anselm Home', 'Briarwood Rehab']
PHARM = ['Walgreens', 'CVS', 'Rite Aid', 'Bell Haven Pharmacy', 'Kroger pharmacy', 'Costco pharmacy',
         'Main Street Apothecary', 'Walmart pharmacy']
SCHOOLS = ['Lincoln Elementary', 'Harbor Point High School', 'Fox Hollow Community College',
           'Whitehall Middle School', 'St. Ignatius Academy', 'Concord State University']
EMPLOYERS = [  # (words before, employer name = the PHI span, words after)
    ('', 'Home Depot', ''), ('', 'UPS', ''), ('the ', 'Tyson', ' plant'), ('', 'Stonebridge Paper Mill', ''),
    ('an ', 'Amazon', ' warehouse'), ('', 'Delmont Public Schools', ''), ('', 'FedEx', ''),
    ('', 'Lowe\'s', ''), ('', 'Sweetwater Dairy', ''), ('the ', 'Iron Gate', ' quarry'),
    ('', 'Northfield Trucking', ''), ('', 'Target', ''), ('', 'Copper Hill Casino', ''),
    ('', 'Pinnacle Roofing', ''), ('the ', 'Walmart', ' distribution center'), ('', 'Bright Start Daycare', ''),
]
STREETS = ['Orchard Lane', 'Mill St', 'Church Street', 'Water St.', 'Elm Ave', 'Ferry Road',
           'Quarry Rd', 'Schoolhouse Lane', 'Pine Hollow Dr', 'Route 9', 'Hope Street', 'Bridge St']
ORGS = {  # other organisations named in notes (Location)
    'AMB': ['Little River Ambulance', 'Fox Hollow Fire Rescue', 'Harbor Point EMS', 'Lifeline Medical Transport',
            'Union Volunteer Rescue Squad'],
    'DENTAL': ['Salt Creek Dental', 'Bright Smiles Family Dentistry', 'Marble Falls Dental Clinic'],
    'CHURCH': ['Grace Baptist Church', 'St. Casimir Parish', 'New Hope Fellowship', 'Temple Beth Shalom',
               'Iglesia La Roca'],
    'EYE': ['Bay View Eye Associates', 'Clear Sight Optometry', 'Kingsbridge Eye Institute'],
}
MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September',
          'October', 'November', 'December']
MON3 = [m[:3] for m in MONTHS]
WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']
RELATIONS = ['wife', 'husband', 'daughter', 'son', 'sister', 'brother', 'niece', 'mother', 'father',
             'grandson', 'granddaughter', 'partner', 'neighbor', 'friend', 'son-in-law', 'HCP']

PERSON_CAT = {'PT': 'PTName', 'REL': 'RelativeProxyName', 'REL2': 'RelativeProxyName',
              'FRIEND': 'RelativeProxyName'}


class Ctx:
    """Random choices for one note; the patient part is shared by all notes of a patient."""

    def __init__(self, rng, patient):
        self.rng = rng
        self.pt = patient
        self.people = {'PT': patient['name'], 'REL': patient['rel'], 'REL2': patient['rel2']}
        self.cache = {}
        self.base = rand_date(rng)  # the note's own date; other dates fall around it

    def person(self, role):
        if role not in self.people:
            self.people[role] = new_person(self.rng)
        return self.people[role]

    def once(self, key, fn):
        if key not in self.cache:
            self.cache[key] = fn()
        return self.cache[key]


def new_person(rng):
    first = rng.choice(FIRST_WORD) if rng.random() < 0.3 else rng.choice(FIRST_OTHER)
    last = rng.choice(LAST_WORD) if rng.random() < 0.3 else rng.choice(LAST_OTHER)
    return {'first': first, 'last': last, 'mi': rng.choice(MIDDLE_INITIALS)}


def rand_date(rng, base=None, lo=-120, hi=20):
    if base is None:
        return (rng.randint(2023, 2026), rng.randint(1, 12), rng.randint(1, 28))
    d = datetime.date(*base) + datetime.timedelta(days=rng.randint(lo, hi))
    return (d.year, d.month, d.day)


def fmt_date(rng, d, style=None):
    y, m, dd = d
    style = style if style is not None else rng.randint(0, 11)
    return [
        f'{m}/{dd}/{y}', f'{m:02d}/{dd:02d}/{y % 100:02d}', f'{m}/{dd}', f'{MON3[m - 1]} {dd}',
        f'{MONTHS[m - 1]} {dd}, {y}', f'{dd}-{MON3[m - 1]}-{y}', f'{y}-{m:02d}-{dd:02d}', f'{m}-{dd}',
        f'{MON3[m - 1]} {dd}th' if dd not in (1, 2, 3, 21, 22, 23) else f'{MON3[m - 1]} {dd}',
        f'{m}/{dd}/{y % 100:02d}', f'{dd} {MONTHS[m - 1]} {y}', f'{m}.{dd}.{y % 100:02d}',
    ][style]


def phone(rng):
    a, b, c = rng.randint(201, 989), rng.randint(200, 989), rng.randint(0, 9999)
    return rng.choice([f'({a}) {b}-{c:04d}', f'{a}-{b}-{c:04d}', f'{a}.{b}.{c:04d}', f'{b}-{c:04d}',
                       f'{a} {b} {c:04d}'])


def fill(ctx, key):
    """Returns a list of (text, category or None) for one {KEY}."""
    rng = ctx.rng
    m = re.fullmatch(r'(PT|REL2|REL|FRIEND|ATT|RES|RN2|RN|PCP|CONS|TYP|RAD|NP|PT2|SW|RT|PA|HCP\d?)'
                     r'(_F|_L|_I|_FI|_INI|_ini|_LF)?', key)
    if m:
        role, form = m.group(1), m.group(2) or ''
        p = ctx.person(role)
        cat = PERSON_CAT.get(role, 'HCPName')
        f, l, mi = p['first'], p['last'], p['mi']
        lastcap = l[0].upper() + l[1:]
        txt = {
            '': f'{f} {l}', '_F': f, '_L': l, '_I': f'{f[0]}. {l}', '_FI': f'{f} {mi}. {l}',
            '_INI': f'{f[0]}{mi}{lastcap[0]}', '_ini': f'{f[0]}{lastcap[0]}'.lower(),
            '_LF': f'{l}, {f}',
        }[form]
        return [(txt, cat)]
    if key == 'DATE':
        return [(fmt_date(rng, rand_date(rng, ctx.base)), 'Date')]
    if key == 'DATEF':  # full date with year, some time before the note
        return [(fmt_date(rng, rand_date(rng, ctx.base, -900, 0), rng.choice([0, 1, 4, 5, 6, 9, 10])), 'Date')]
    if key == 'ADMIT':
        return [(fmt_date(rng, rand_date(rng, ctx.base, -14, -2), ctx.once('dfmt', lambda: rng.choice([0, 1, 4, 6]))), 'Date')]
    if key == 'MD':
        return [(fmt_date(rng, rand_date(rng, ctx.base, -30, 10), rng.choice([2, 2, 2, 7, 3])), 'Date')]
    if key == 'DMD':  # dictated / transcribed: the note's day or a few days later
        return [(fmt_date(rng, rand_date(rng, ctx.base, 0, 3), rng.choice([2, 2, 9, 0])), 'Date')]
    if key == 'MON':  # a month-day a while away (follow-up, onset)
        return [(fmt_date(rng, rand_date(rng, ctx.base, -150, 150), rng.choice([3, 8])), 'Date')]
    if key == 'DOB':
        y = ctx.pt['dob']
        return [(fmt_date(rng, y, ctx.once('dobfmt', lambda: rng.choice([0, 1, 6]))), 'Date')]
    if key == 'TODAY':
        return [(fmt_date(rng, ctx.base, ctx.once('dfmt', lambda: rng.choice([0, 1, 4, 6]))), 'Date')]
    if key == 'YEAR':
        return [(str(rng.randint(1978, 2024)), 'DateYear')]
    if key == 'YY':
        return [("'" + str(rng.randint(80, 99)), 'DateYear')]
    if key == 'AGE':  # the patient's age; PHI only above 89
        a = ctx.pt['age']
        return [(str(a), 'Age' if a > 89 else None)]
    if key == 'OLDAGE':  # the patient's age, used only in templates kept for patients over 89
        return [(str(ctx.pt['age']), 'Age')]
    if key == 'OLDAGE2':  # someone else's age over 89
        return [(str(rng.randint(90, 104)), 'Age')]
    if key == 'PHONE':
        return [(phone(rng), 'Phone')]
    if key == 'PAGER':
        return [(str(rng.randint(1000, 99999)), 'Phone')]
    if key == 'EXT':
        return [(str(rng.randint(2000, 8999)), 'Phone')]
    if key == 'MRN':
        return [(ctx.pt['mrn'], 'Other')]
    if key == 'ACC':
        return [(rng.choice(['RA', 'CT', 'MR', 'US', 'XR', '']) + str(rng.randint(1000000, 99999999)), 'Other')]
    if key == 'ACCT':
        return [(f'{rng.randint(10, 99)}-{rng.randint(100000, 999999)}', 'Other')]
    if key == 'ROOM':
        return [(ctx.once('room', lambda: rng.choice([str(rng.randint(200, 899)), f'{rng.randint(2, 9)}{rng.randint(10, 40)}{rng.choice("AB")}', f'{rng.choice(["N", "W", "E"])}-{rng.randint(100, 450)}'])), 'Other')]
    if key == 'JOB':
        return [(str(rng.randint(100000, 9999999)), 'Other')]
    if key == 'PLATE':
        return [(''.join(rng.choice('ABCDEFGHJKLMNPRSTUVWXYZ') for _ in range(3)) + str(rng.randint(1000, 9999)), 'Other')]
    if key == 'ID':
        return [(rng.choice(['MCD', 'W', 'XQJ', '']) + str(rng.randint(10000000, 999999999)), 'Other')]
    if key == 'TOWN':
        return [(ctx.pt['town'], 'Location')]
    if key == 'TOWN2':
        return [(ctx.once('town2', lambda: rng.choice(TOWN_WORD + TOWN_OTHER)), 'Location')]
    if key == 'STATE':
        return [(ctx.once('state', lambda: rng.choice(STATES)), 'Location')]
    if key == 'ST':
        return [(ctx.pt['st'], 'Location')]
    if key == 'COUNTRY':
        return [(ctx.once('country', lambda: rng.choice(COUNTRIES)), 'Location')]
    if key == 'HOSP':
        return [(ctx.pt['hosp'][0], 'Location')]
    if key == 'HOSPAB':
        return [(ctx.pt['hosp'][1], 'Location')]
    if key == 'HOSP2':
        return [(ctx.once('hosp2', lambda: rng.choice(HOSP))[0], 'Location')]
    if key == 'HOSP2AB':
        return [(ctx.once('hosp2', lambda: rng.choice(HOSP))[1], 'Location')]
    if key == 'CLINIC':
        return [(ctx.once('clinic', lambda: rng.choice(CLINICS)), 'Location')]
    if key == 'SNF':
        return [(ctx.pt['snf'], 'Location')]
    if key == 'PHARM':
        return [(ctx.once('pharm', lambda: rng.choice(PHARM)), 'Location')]
    if key == 'SCHOOL':
        return [(rng.choice(SCHOOLS), 'Location')]
    if key == 'EMPLOYER':
        pre, name, post = ctx.pt['job']
        return [x for x in [(pre, None), (name, 'Location'), (post, None)] if x[0]]
    if key in ('SHE', 'she', 'HER', 'her', 'him', 'MR', 'WOMAN', 'SEX'):
        f = ctx.pt['sex'] == 'F'
        return [({'SHE': ('She', 'He'), 'she': ('she', 'he'), 'HER': ('Her', 'His'), 'her': ('her', 'his'),
                  'him': ('her', 'him'), 'MR': ('Ms.', 'Mr.'), 'SEX': ('F', 'M'),
                  'WOMAN': ('woman', 'man')}[key][0 if f else 1], None)]
    if key == 'STREET':
        return [(ctx.pt['street'], 'Location')]
    if key == 'ZIP':
        return [(ctx.pt['zip'], 'Location')]
    if key in ORGS:
        return [(rng.choice(ORGS[key]), 'Location')]
    if key == 'WEEKDAY':
        return [(rng.choice(WEEKDAYS), None)]
    if key == 'TIME':
        return [(rng.choice([f'{rng.randint(0, 23):02d}{rng.choice(["00", "15", "30", "45"])}',
                             f'{rng.randint(1, 12)}:{rng.randint(0, 59):02d} {rng.choice(["am", "pm", "AM", "PM"])}']), None)]
    if key == 'RELN':
        return [(ctx.pt['relation'], None)]
    if key == 'YOUNGAGE':
        return [(str(rng.randint(19, 89)), None)]
    raise KeyError(key)


def expand(ctx, template):
    """Template text with {KEY} slots and [a|b|c] choices -> list of (text, category or None)."""
    rng = ctx.rng
    # choices first (may nest slots, not other choices)
    template = re.sub(r'\[([^\[\]]*)\]', lambda m: rng.choice(m.group(1).split('|')), template)
    out = []
    pos = 0
    for m in re.finditer(r'\{([A-Za-z0-9_]+)\}', template):
        if m.start() > pos:
            out.append((template[pos:m.start()], None))
        out.extend(fill(ctx, m.group(1)))
        pos = m.end()
    if pos < len(template):
        out.append((template[pos:], None))
    return out


def n_spans(parts):
    return sum(1 for _, c in parts if c)


PROTECT = re.compile(r'^[a-z]{5,}$')


def typo(rng, word):
    i = rng.randint(1, len(word) - 2)
    k = rng.randint(0, 3)
    if k == 0:
        return word[:i] + word[i + 1] + word[i] + word[i + 2:]
    if k == 1:
        return word[:i] + word[i + 1:]
    if k == 2:
        return word[:i] + word[i] + word[i:]
    return word[:i] + rng.choice('aeiou') + word[i + 1:]


def add_typos(rng, text, rate):
    return re.sub(r'[A-Za-z]+', lambda m: typo(rng, m.group(0)) if PROTECT.match(m.group(0).lower()) and rng.random() < rate else m.group(0), text)


def render(rng, parts, case, typo_rate):
    body = ''
    spans = []
    for text, cat in parts:
        if case == 'upper':
            text = text.upper()
        elif case == 'lower':
            text = text.lower()
        if cat is None and typo_rate:
            text = add_typos(rng, text, typo_rate)
        if cat:
            spans.append((len(body), len(body) + len(text), cat, text))
        body += text
    return body, spans


# ---------------------------------------------------------------- templates, per style
# {KEY} slots are filled by fill(); [a|b] picks one alternative. Text outside slots is never PHI.
STYLES = {}

STYLES['icu-caps'] = {
    'case': 'upper', 'typos': 0.0,
    'head': [
        'MICU NSG NOTE {TODAY} [0700-1900|1900-0700|7P-7A|7A-7P]\nPT: {PT_LF}  MRN {MRN}  RM {ROOM}  AGE {AGE}\n',
        '[SICU|CCU|NEURO ICU|MICU] FLOWSHEET / NURSING {TODAY}\n{PT}  #{MRN}  BED {ROOM}\n',
        'ICU RN NOTE: {TODAY} {TIME}\n[{AGE} YO|{AGE}YO|AGE {AGE}] {SEX} ADMITTED FROM {HOSP2AB} ED\n',
    ],
    'body': [
        'NEURO: A+OX[2|3], FOLLOWS COMMANDS, PERRLA, NEG BABINSKI. [SEDATED ON PROPOFOL|OFF SEDATION SINCE {MD}]. 10/10 PAIN AT TIMES, TYLENOL GIVEN.\n',
        'CV: SR 80S-90S, BP 120/80 - 138/72, NO ECTOPY. LEFT RADIAL A-LINE PLACED {MD} BY DR {RES_L}. SWAN-GANZ D/C\'D.\n',
        'RESP: ON [AC|PSV|CPAP] 40% PEEP 5. HOPE TO EXTUBATE IN AM PER DR. {ATT_L}. CXR W/ KERLEY B LINES, ?7TH RIB FX OLD.\n',
        'GI/GU: FOLEY DRAINING CLEAR YELLOW, NO FRANK BLOOD. LAST BM {MD}. TF AT GOAL. 2/4 BLOOD CX FROM {MD} PENDING.\n',
        'SKIN: STAGE 2 TO COCCYX, WOUND RN {RN2_I} AWARE. TURNED Q2H.\n',
        'FAMILY: [CALLED|SPOKE W/] {RELN} {REL} AT {PHONE}, UPDATED ON PLAN. {REL_F} WILL CALL BACK [AFTER WORK|TONIGHT|ON {WEEKDAY}].\n',
        'FAMILY: {RELN} {REL_F} AT BEDSIDE, VISITING FROM {TOWN}, {ST}. ASKING ABOUT TRANSFER TO {HOSP2}. CELL {PHONE}.\n',
        'SOCIAL: PT LIVES IN {TOWN} WITH {RELN}. WORKS AT {EMPLOYER}. HCP IS {REL}. FRIEND {FRIEND} ALSO CALLING, NOT ON LIST.\n',
        'LINES: R IJ TLC {MD}, PIV X2. ART LINE {MD} - {MD}. T11 COMPRESSION FX NOTED ON CT {MD}.\n',
        'ID: VANC/ZOSYN STARTED {MD}. WBC 14. MURPHY SIGN NEG PER SURG ({CONS_I} SAW PT {WEEKDAY}).\n',
        'HAND-OFF GIVEN TO {RN2_F} RN AT {TIME}. PLAN: WILL FOLLOW LYTES, FRANK DISCUSSION WITH FAMILY RE GOALS.\n',
        'EVENTS: RAPID RESPONSE {MD} @ {TIME}, SEEN BY DR {RES}, PAGER {PAGER}. PT WAS AT {SNF} PRIOR, THERE SINCE {YEAR}.\n',
        'PMH: CABG {YEAR}, MI {YY}, GRAVES DISEASE, AFIB ON ELIQUIS. PCP DR {PCP_L} IN {TOWN2}.\n',
        'PHARMACY: MEDS FILLED AT {PHARM} IN {TOWN}. INSURANCE ID {ID}.\n',
        'ENDO: SSI PER PROTOCOL, BG 140-180. PT\'S OWN GLUCOMETER BROUGHT IN BY {RELN} {REL_F}.\n',
        'DISPO: CM {SW_I} WORKING ON LTAC AT {HOSP2} VS RETURN TO {SNF}. DAUGHTER LIVES IN {STATE}.\n',
    ],
    'foot': [
        '{RN_FI}, RN\n', '-- {RN_I} RN / X{EXT}\n', '{RN} RN BSN  {TIME}\n', 'SIGNED {RN_INI} RN {TODAY}\n',
    ],
}

STYLES['discharge'] = {
    'case': None, 'typos': 0.0,
    'head': [
        'DISCHARGE SUMMARY\n{HOSP}\nPatient: {PT_LF}    MRN: {MRN}    Acct: {ACCT}\nDOB: {DOB}    Age: {AGE}\nAdmission Date: {ADMIT}    Discharge Date: {TODAY}\nAttending: {ATT}, MD    Service: [Medicine|Cardiology|General Surgery|Hospitalist]\n\n',
        '{HOSPAB} DISCHARGE SUMMARY\nName: {PT}   Unit #: {MRN}   Room: {ROOM}\nAdmitted: {ADMIT}   Discharged: {TODAY}\nPCP: {PCP}, [MD|DO|NP] ({CLINIC})\n\n',
    ],
    'body': [
        'HISTORY OF PRESENT ILLNESS: {MR} {PT_L} is a {AGE}-year-old with CHF (EF 30%), CKD and Graves disease who presented from {SNF} on {MD} with dyspnea and 3+ pitting edema.\n\n',
        'HOSPITAL COURSE: Diuresed with IV Lasix, net -4 L by {MD}. Echo on {MON} showed moderate MR. Cardiology (Dr. {CONS}) saw the patient and will follow as outpatient. Foley removed {MD}; voiding well.\n\n',
        'Course complicated by C. diff on {MD} (2/4 stool studies positive); treated with oral vancomycin {MD} - {MD}. No frank blood in stool.\n\n',
        'PAST MEDICAL HISTORY: HTN, DM2, MI in {YEAR}, L hip replacement {YEAR}, Hodgkin lymphoma {YY} in remission, Parkinson disease.\n\n',
        'SOCIAL HISTORY: Lives in {TOWN}, {ST} with {RELN} {REL}. Retired from {EMPLOYER}. Former smoker, quit {YEAR}. Grandson attends {SCHOOL}.\n\n',
        'CONDITION AT DISCHARGE: Stable, BP 124/78, 10/10 pain resolved to 2/10. Ambulating with walker.\n\n',
        'DISCHARGE MEDICATIONS: Eliquis 5 mg BID, Lasix 40 mg daily, Synthroid 88 mcg, Tylenol PRN. Sent to {PHARM} on {STREET}.\n\n',
        'FOLLOW-UP:\n- Dr. {PCP_L} at {CLINIC} on {MON} at {TIME}; phone {PHONE}\n- Cardiology clinic, Dr. {CONS_L}, {WEEKDAY} {MD}\n- Labs (BMP) at {HOSP2AB} lab on {MD}\n\n',
        'Discussed with {RELN} {REL_F} by phone ({PHONE}); listed as health care proxy. Second contact: {REL2} at {PHONE}.\n\n',
        'Transferred from {HOSP2} ({HOSP2AB}) on {MD} after presenting there {MD}. Outside records from {TOWN2} reviewed.\n\n',
        'Patient was seen at {CLINIC} on {DATEF} where Dr. {HCP1} noted worsening edema. Will continue to follow with heart failure nurse {NP_F} ({PHONE}).\n\n',
        'PROCEDURES: Right heart catheterization {MD} (Dr. {HCP2_I}); PICC placed {MD}, removed {MD}. Kerley B lines on admission CXR cleared by {MON}.\n\n',
    ],
    'foot': [
        'Electronically signed by {ATT_FI}, MD on {TODAY} {TIME}\ncc: {PCP}, MD; {CLINIC}; {SNF}\n',
        'Dictated by: {RES}, MD (resident)\nAttending: {ATT}, MD\ncc: Dr. {PCP_L}, {CLINIC}, fax {PHONE}\n',
        '{ATT}, MD / {RES_I}, MD\nD: {DMD} T: {DMD}\ncc: {PCP}\n',
    ],
}

STYLES['radiology'] = {
    'case': None, 'typos': 0.0,
    'head': [
        '{HOSP} - DEPARTMENT OF RADIOLOGY\nPatient: {PT_LF}  MRN: {MRN}  DOB: {DOB}\nAccession: {ACC}  Exam date: {TODAY}\nOrdering: {PCP}, MD\n\n',
        'EXAM: [CT CHEST WITH CONTRAST|CT ABDOMEN/PELVIS|MRI BRAIN W/WO|CHEST 2 VIEWS|US RUQ]\nACC# {ACC}   {PT}   #{MRN}\nDATE: {TODAY} {TIME}\n\n',
        '[CT HEAD WITHOUT CONTRAST|XR L SPINE|CTA CHEST|US RENAL]  ({HOSPAB})\nPt: {PT_L}, {PT_F}   Age {AGE}   Acct {ACCT}\n\n',
    ],
    'body': [
        'CLINICAL HISTORY: [Fall at|Pain since|Cough, seen at] {SNF}. [{AGE} yo|Age {AGE}] with [dyspnea|flank pain|headache]. History of MI {YY}.\n\n',
        'COMPARISON: [CT|Radiograph|MRI] dated {DATEF} and {MD}. [Outside study from {HOSP2} {DATEF}.|Prior from {HOSP2AB} {YEAR}.]\n\n',
        'COMPARISON: None available. Prior reports from {TOWN2} requested.\n\n',
        'TECHNIQUE: Axial images with 100 mL Omnipaque 350. Dose 412 mGy-cm.\n\n',
        'FINDINGS: Healed fracture of the posterior 7th rib. Compression deformity of T11, unchanged from {MD}. Kerley B lines at the bases. No frank consolidation.\n\n',
        'FINDINGS: Gallbladder distended with sludge; sonographic Murphy sign negative. CBD 5 mm. Kidney stone 4 mm right lower pole. Hill-Sachs deformity incidentally noted on scout.\n\n',
        'FINDINGS: Foley catheter in the bladder. Pacemaker (Medtronic) leads in RA/RV. Swan-Ganz tip in the right main PA. 2/4 lumbar disc levels with moderate stenosis.\n\n',
        'IMPRESSION:\n1. Findings as above, new since {MD}.\n2. Recommend follow-up CT in 3 months (approx. {MON}).\n\n',
        'Findings communicated to Dr. {PCP_L} by telephone at {TIME} on {MD} by {RES_I}, MD; read back confirmed. Callback {PHONE}.\n\n',
        'Critical result discussed with {RN} RN ({HOSPAB} [4 West|ICU|ED]) at x{EXT} on {TODAY}.\n\n',
        'Patient is a {OLDAGE}-year-old resident of {SNF} in {TOWN}. Transported by {AMB}.\n\n',
        'ADDENDUM {MD}: Prior outside images from {HOSP2} ({DATEF}) now reviewed; nodule stable since {YEAR}. -- {ATT_I}\n\n',
    ],
    'foot': [
        'Dictated by: {RES}, MD\nSigned by: {ATT_FI}, MD, [FACR|PhD]\nSigned: {TODAY} {TIME}\n',
        'I have personally reviewed the images and agree with the report.\n{ATT}, M.D.\nResident: {RES_FI}, M.D.\nTranscribed: {TYP_ini} {MD}\n',
        'Reading radiologist: Dr. {ATT_L}\nElectronically signed {TODAY} at {TIME}\n',
    ],
}

STYLES['dictation'] = {
    'case': None, 'typos': 0.0,
    'head': [
        '{CLINIC}\n{STREET}, Suite [2|4B|110]\n{TOWN}, {ST} {ZIP}\nTel {PHONE}   Fax {PHONE}\n\n{TODAY}\n\n{PCP}, MD\n{HOSP}\n{TOWN2}, {ST}\n\nRE: {PT}\nDOB: {DOB}\nMRN: {MRN}\n\nDear Dr. {PCP_L}:\n\n',
        'OFFICE CONSULTATION\n{CLINIC} - {TOWN}\nPATIENT: {PT_LF}   DATE OF SERVICE: {TODAY}\nREFERRING: {PCP}, [MD|PA-C|NP]\n\n',
        'OPERATIVE / PROCEDURE NOTE (dictated)\n{HOSP}\nPatient: {PT}  MR#: {MRN}  Date: {TODAY}\nSurgeon: {ATT}, MD   Assistant: {PA}, PA-C\n\n',
    ],
    'body': [
        'Thank you for referring {PT_F} {PT_L}, a pleasant {AGE}-year-old {WOMAN} from {TOWN}, whom I saw today for [chest pain|a thyroid nodule|knee pain|memory concerns]. {SHE} is accompanied by {RELN} {REL}.\n\n',
        'HISTORY: Symptoms began around {MON}. {SHE} was seen at {HOSP2} urgent care on {MD} and again on {MD}. Graves disease diagnosed {YEAR}. No Babinski sign on prior neuro exam.\n\n',
        'The patient works at {EMPLOYER} and moved here from {COUNTRY} in {YEAR}. {HER} {RELN} {REL2_F} helps with medications, filled at {PHARM}.\n\n',
        'EXAMINATION: BP 132/84, HR 72. Murphy sign absent. Negative Tinel and Phalen. 5/5 strength. Frank effusion of the right knee.\n\n',
        'IMPRESSION AND PLAN: I will follow {him} in clinic. Hope to avoid surgery. Repeat TSH in 6 weeks, around {MON}. I have asked my nurse, {RN_F}, to arrange this; she can be reached at {PHONE}.\n\n',
        'PROCEDURE: Foley placed by {RN_I}, RN. Time-out performed at {TIME}. EBL 50 mL. Specimen to pathology. Counts correct per {RN2} RN.\n\n',
        'Prior records from Dr. {HCP1} in {TOWN2}, {STATE}, dated {DATEF}, were reviewed. An MRI on {DATEF} showed a Hill-Sachs lesion.\n\n',
        'Please do not hesitate to call me at {PHONE} with any questions. I will see {him} back on {MON}.\n\n',
        'I discussed the case with Dr. {CONS} of {HOSP2AB} neurosurgery by phone on {MD}.\n\n',
        'Home: {STREET}, {TOWN} {ZIP}. Emergency contact {REL} ({RELN}) {PHONE}.\n\n',
    ],
    'foot': [
        'Sincerely,\n\n{ATT}, MD\n\n{ATT_INI}/{TYP_ini}\nD: {DMD} {TIME}\nT: {DMD} {TIME}\nJob #: {JOB}\ncc: {PCP}, MD; {HOSP}\n',
        '{ATT_FI}, M.D.\n{ATT_ini}:{TYP_ini}  DD: {TODAY}  DT: {DMD}  Job {JOB}\nTranscriptionist: {TYP}\n',
        'Electronically signed: {ATT}, MD {TODAY}\nDictated but not read. D: {DMD} T: {DMD} ({TYP_INI})\ncc: {REL}, [daughter|son] (per patient request)\n',
    ],
}

STYLES['clinic'] = {
    'case': None, 'typos': 0.0,
    'head': [
        '{CLINIC} - Progress Note\nPatient: {PT}  DOB {DOB}  MRN {MRN}\nVisit: {TODAY}  Provider: {ATT}, [MD|DO|NP|PA-C]\n\n',
        'TELEHEALTH VISIT ({TODAY}, video)\nPatient {PT_LF} joined from home in {TOWN}, {ST}. Identity verified with DOB {DOB}.\nProvider located at {CLINIC}.\n\n',
        'TELEPHONE ENCOUNTER {TODAY} {TIME}\nCaller: {REL} ({RELN}) re: {PT}, MRN {MRN}\nCallback: {PHONE}\n\n',
        'MyChart message from {PT} ({TODAY}):\n',
    ],
    'body': [
        'S: {AGE} yo {SEX} here for follow-up of HTN and DM2. Since last visit on {MD} reports [better|worse] energy. Works nights at {EMPLOYER}.\n\n',
        '"Hi Dr. {ATT_L}, my sugars have been 200s since {WEEKDAY}. {REL_F} says I should come in. Can I get a refill sent to {PHARM} in {TOWN}? Thanks, {PT_F}"\n\n',
        'Reply (RN {RN_FI}, {TODAY}): Refill sent. Please schedule a visit; our number is {PHONE}. Will route to Dr. {ATT_L}.\n\n',
        'O: BP 120/80, HR 68, BMI 31. Foot exam normal, monofilament intact. Hope {she} continues walking.\n\n',
        'A/P: HTN at goal. A1c 7.9 on {MD}. Increase metformin. Will follow. Referral to Dr. {CONS} at {HOSP2} endocrine. Return {MON}.\n\n',
        'PMH: Graves disease s/p RAI {YEAR}; knee arthroscopy {YEAR}; Bell palsy {YY}. Lives with {RELN} {REL} on {STREET}.\n\n',
        'Vaccines: flu shot at {PHARM} {MD}; Shingrix #2 {MD}. Colonoscopy {YEAR} at {HOSP2AB} (Dr. {HCP1_L}).\n\n',
        '{RELN} {REL_F} reports patient fell on {MD} at home in {TOWN}; seen at {HOSP2} ED. No frank head injury.\n\n',
        'Note sent to school nurse at {SCHOOL}. Patient\'s {RELN} {REL2} can pick up forms.\n\n',
        'Spoke with {PT_F} by phone ({PHONE}) about labs from {MD}: K 4.1, Cr 1.2. Will repeat on {MD}.\n\n',
        'Telehealth: connection dropped twice; completed by phone. {OLDAGE2} yo grandmother in the background, patient\'s caregiver.\n\n',
        'Dental pain since {MON}; referred to {DENTAL}. Tylenol and ibuprofen alternating, 10/10 pain at night.\n\n',
    ],
    'foot': [
        '{ATT}, MD\n', 'Signed: {ATT_FI}, [NP|DO|PA-C] {TODAY}\n', '-- {RN_F} {RN_L}, RN (triage) x{EXT}\n',
        'Electronically signed by {ATT} on {TODAY} at {TIME}. Scribe: {TYP}.\n',
    ],
}

STYLES['progress-lower'] = {
    'case': 'lower', 'typos': 0.09,
    'head': [
        'progress note {TODAY} - hd #[2|3|5|8]\npt: {PT}  mrn {MRN}  rm {ROOM}\n',
        'hospitalist progress note, {TODAY}\n{PT_LF}, {AGE}yo, bed {ROOM}, attending dr {ATT_L}\n',
        'nursing progress note {TODAY} {TIME}\npatient {PT_F} {PT_L} ({AGE}) admitted {MD} from {SNF}\n',
    ],
    'body': [
        'subjective: pt states {she} feels "a little better". slept poorly. {RELN} {REL_F} visited this afternoon from {TOWN}.\n',
        'overnight: pt pulled out piv at {TIME}, replaced by {RN_F}. no frank blood. foley in place, will d/c tomorrow.\n',
        'objective: bp 120/80, hr 88, t 37.9, spo2 95% on 2l. lungs with crackles at bases. neg babinski. 10/10 pain in l flank, kidney stone on ct {MD}.\n',
        'labs: wbc 12.1, cr 1.4 (baseline 1.1 in {YEAR}). 2/4 blood cultures from {MD} with gpc in clusters.\n',
        'assessment/plan: sepsis improving on zosyn, day 3 ({MD} - {MD}). hope to transition to po. will follow cultures. discussed with dr {CONS_L} (id), who will see pt on {WEEKDAY}.\n',
        'social: lives at home in {TOWN}, {ST} with {RELN} {REL}. previously worked at {EMPLOYER}. from {COUNTRY} originally.\n',
        'dispo: pt/ot recommend rehab. cm {SW} faxed referrals to {SNF} and {HOSP2}. {RELN} prefers {SNF} since close to {TOWN2}.\n',
        'family: called {REL} at {PHONE}, no answer, left vm. {REL2_F} ({RELN}) is backup contact.\n',
        'pmh: cabg {YEAR}, mi {YY}, graves disease, parkinson disease, chf ef 35%. t11 compression fx.\n',
        'meds reconciled with {PHARM} ({PHONE}). pcp dr {PCP} at {CLINIC}.\n',
        'events: fall {MD} at {TIME}, found by {RN2} rn. ct head neg. rapid response paged dr {RES} ({PAGER}).\n',
        'imaging: cxr {MD} with kerley b lines, 7th rib old fx, murphy sign neg on exam. echo done at {HOSP2AB} on {MD}.\n',
    ],
    'foot': [
        '{RES}, md pgy[1|2|3] for dr {ATT_L}\n', '- {RN_I} rn\n', 'seen and examined with dr {RES_L}. {ATT}, md\n',
        '{ATT_ini}\n',
    ],
}


# ---- more templates per style (tricky non-PHI words on purpose: eponyms, brands, word-names as words)
STYLES['icu-caps']['body'] += [
    'PT {PT_F} ANXIOUS OVERNIGHT, REORIENTED. ATIVAN X1. MAJOR DEPRESSION HX. CALLING OUT FOR {REL_F}.\n',
    '{MR} {PT_L} TOLERATING HONEY-THICK LIQUIDS PER SLP. RUSTY SPUTUM, AMBER URINE 30ML/HR. HR 110S, MD AWARE.\n',
    '{OLDAGE} YO PT, DNR/DNI CONFIRMED W/ {RELN} {REL} ON {MD}. PASTOR {FRIEND_L} FROM {CHURCH} VISITED.\n',
    'BELONGINGS: WALLET, PHONE, CAR KEYS (PLATE {PLATE}) TO SECURITY. {RELN} {REL_F} TO PICK UP {WEEKDAY}.\n',
    'PAIN: SHARP, 8/10 -> 4/10 AFTER DILAUDID. BAIR HUGGER ON, T 35.8. CHEYNE-STOKES RESP AT TIMES. WALKER AT BEDSIDE.\n',
    'NEURO: GCS 14, PERRL, IRIS COLOBOMA L (OLD). NO POISON IVY RASH NOTED, LITTLE CHANGE FROM {MD}.\n',
    'CROSS-COVER: DR {HCP1_I} (PGR {PAGER}) NOTIFIED OF K 3.1 @ {TIME}, REPLETED. RBBB ON EKG, UNCHANGED FROM {MD}.\n',
    'TRANSFER: CAME FROM {HOSP2AB} VIA {AMB} ON {MD}. SENDING RN {RT} REPORT CALLED IN.\n',
    'RT {RT_F} AT BEDSIDE FOR ABG 7.31/48/72. PLAN DISCUSSED WITH {ATT_F} {ATT_L} (ATTENDING) AT ROUNDS.\n',
]
STYLES['discharge']['body'] += [
    'BRIEF SUMMARY: {OLDAGE}-year-old {WOMAN} from {TOWN} admitted {MD} with urosepsis; Rocephin then Keflex through {MD}. Honey-thick liquids per speech. Uses a walker.\n\n',
    'Family meeting {MD} with {RELN} {REL}, {REL2} (son-in-law) and Dr. {ATT_L}; goals of care reviewed. Major depression addressed, Zoloft continued.\n\n',
    'Incidental 6 mm nodule: CT follow-up in 12 months, around {MON} next year. Right bundle branch block, old. Cushing habitus noted, AM cortisol normal.\n\n',
    'DISPOSITION: Discharged to {SNF}, {TOWN}, {ST}. Report called to {RN}, RN at {PHONE} on {MD}. Transport by {AMB}.\n\n',
    'Patient\'s employer ({EMPLOYER}) work note provided for {MD} - {MD}.\n\n',
]
STYLES['radiology']['body'] += [
    'CLINICAL HISTORY: {OLDAGE} year old with fall; per daughter {REL} patient struck head {MD}. Evaluate for bleed.\n\n',
    'FINDINGS: Gray-white differentiation preserved. No hyperdense MCA sign. Nerve root clumping at L4. Moon-shaped lucency is artifact.\n\n',
    'FINDINGS: Cardiac chambers normal in size. Right bundle branch block not assessable. Golden S sign absent. Port-a-Cath tip at the cavoatrial junction.\n\n',
    'Preliminary interpretation by {RES}, MD (PGY-3) at {TIME}; final read by {ATT}, MD. Technologist: {RT_F} {RT_L}, RT(R).\n\n',
    'Results were discussed with the ordering provider, {PCP_FI}, NP, on {MD} at {TIME} and documented in the chart by {RES_I}.\n\n',
    'HISTORY: Staging. Breast cancer {YEAR}, Hodgkin {YY}. Outside PET from {HOSP2} dated {MON}.\n\n',
]
STYLES['dictation']['body'] += [
    'SOCIAL HISTORY: Lives in {TOWN}, {STATE}. Teaches at {SCHOOL}. Drinks two glasses of wine per week. {HER} {RELN} {REL_F} drove {him} today.\n\n',
    'REVIEW OF SYSTEMS: Positive for sharp chest pain with exertion, rusty sputum once. Negative for poison ivy exposure. Major depression, stable on Lexapro.\n\n',
    'Patient is a {OLDAGE}-year-old retired mason living at {SNF}. {SHE} uses a walker. Bell\'s palsy on the left in {YEAR}.\n\n',
    'ADDENDUM {MD}: Spoke with {REL} ({RELN}) at {PHONE}; will follow up in {TOWN2} on {MON}.\n\n',
]
STYLES['clinic']['body'] += [
    'Portal message {TODAY} {TIME}: "This is {REL_F}, {PT_F}\'s {RELN}. {PT_F} is confused since {WEEKDAY}, should we go to {HOSP2AB}?" Triage RN {RN_I} called back at {PHONE}.\n\n',
    'HPI: Poison ivy rash x 1 wk after yard work in {TOWN}. Honey and lemon for cough. Rusty sputum none. Sharp pain 6/10 L wrist, Tinel positive, Phalen negative.\n\n',
    'Worksite: {EMPLOYER}, forklift. Work note for {MD} - {MD}. Supervisor {FRIEND} called (with permission).\n\n',
    'Specialty: Rheumatology follow-up with Dr. {CONS_FI}. Raynaud, Sjogren overlap. Plaquenil 200 BID. Eye exam {MD} at {EYE}.\n\n',
    'Video visit: patient on {PT} account, joined from car in {EMPLOYER} parking lot; reconnected by phone at {PHONE}.\n\n',
]
STYLES['progress-lower']['body'] += [
    'pt {PT_F} confused overnight, sundowning. grandaughter {REL2_F} at bedside, will stay tonight. honey thick liquids per slp.\n',
    'exam: sharp pain ruq, murphy sign equivocal. rusty sputum. amber urine. walker at bedside, little progress with pt.\n',
    '{OLDAGE}yo, dnr/dni confirmed with {RELN} {REL} on {MD}. major depression, on zoloft.\n',
    'spoke with dr {CONS_I} from {HOSP2} re transfer, no beds until {WEEKDAY}. will readdress {MD}.\n',
    'cross cover: called by {RN2_F} at {TIME} for bp 88/50, 500ml bolus given. rbbb old, no change from {MD}.\n',
]


STYLES['icu-caps']['body'] += [
    'HEME: HGB 6.9 @ {TIME}, 1 UNIT PRBC GIVEN AS PER {RES_I}. ({CONS_I} MD NOTIFIED). HEPARIN HELD {MD}-{MD}.\n',
    'HPI:{MD} FOUND DOWN AT HOME IN {TOWN} BY {RELN}, LAST SEEN WELL {WEEKDAY} PM. EMS FROM {TOWN2}.\n',
]
STYLES['progress-lower']['body'] += [
    'heme: hgb 7.1, transfused 1u as per {RES_I}. ({CONS_I} md notified). lovenox held {MD}-{MD}.\n',
    'hpi:{MD} pt found down at home in {TOWN} by {RELN} {REL_F}, last seen well {WEEKDAY}. ems from {TOWN2}.\n',
]
STYLES['discharge']['body'] += [
    'ADDENDUM: Outpatient labs drawn {MD}-{MD} at {CLINIC}; results faxed to {PHONE} attn {NP}, NP.\n\n',
]

ORDER = ['icu-caps', 'discharge', 'radiology', 'dictation', 'clinic', 'progress-lower']


def new_patient(rng):
    age = rng.randint(90, 103) if rng.random() < 0.25 else rng.randint(19, 89)
    y = 2025 - age
    return {
        'name': new_person(rng), 'rel': new_person(rng), 'rel2': new_person(rng),
        'relation': rng.choice(RELATIONS), 'sex': rng.choice('FM'), 'age': age, 'dob': (y, rng.randint(1, 12), rng.randint(1, 28)),
        'mrn': rng.choice(['', '00', 'M']) + str(rng.randint(100000, 9999999)),
        'town': rng.choice(TOWN_WORD) if rng.random() < 0.7 else rng.choice(TOWN_OTHER),
        'st': rng.choice(STATE_AB + STATES), 'hosp': rng.choice(HOSP), 'snf': rng.choice(SNF),
        'job': rng.choice(EMPLOYERS),
        'street': f'{rng.randint(2, 9899)} {rng.choice(STREETS)}',
        'zip': f'{rng.randint(1000, 99950):05d}',
    }


def make_note(rng, style, patient):
    spec = STYLES[style]
    for _attempt in range(200):
        ctx = Ctx(rng, patient)
        head = expand(ctx, rng.choice(spec['head']))
        foot = expand(ctx, rng.choice(spec['foot']))
        pool = [t for t in spec['body'] if patient['age'] > 89 or '{OLDAGE}' not in t]
        rng.shuffle(pool)
        body = []
        used = 0
        count = n_spans(head) + n_spans(foot)
        target = rng.randint(9, 24)
        for tpl in pool:
            parts = expand(ctx, tpl)
            if count + n_spans(parts) > 25:
                continue
            body.extend(parts)
            count += n_spans(parts)
            used += 1
            if count >= target and used >= 3:
                break
        if 8 <= count <= 25:
            return render(rng, head + body + foot, spec['case'], spec['typos'])
    raise RuntimeError('could not build a note with 8-25 spans')


def main():
    rng = random.Random(SEED)
    pid = 4001
    for style in ORDER:
        notes, gold = [], []
        made = 0
        while made < 40:
            k = min(rng.choice([1, 1, 2, 2, 3]), 40 - made)
            patient = new_patient(rng)
            for n in range(1, k + 1):
                body, spans = make_note(rng, style, patient)
                assert '||||' not in body
                notes.append(f'START_OF_RECORD={pid}||||{n}||||\n{body}||||END_OF_RECORD\n')
                for s, e, cat, txt in spans:
                    assert '\n' not in txt and txt.strip() == txt and txt
                    gold.append(f'{pid} {n} {s} {e} {cat} {txt}')
                made += 1
            pid += 1
        d = os.path.join(HERE, style)
        os.makedirs(d, exist_ok=True)
        with open(os.path.join(d, 'notes.text'), 'w', encoding='utf-8', newline='\n') as f:
            f.write(''.join(notes))
        with open(os.path.join(d, 'gold.phrase'), 'w', encoding='utf-8', newline='\n') as f:
            f.write('\n'.join(gold) + '\n')
        print(f'{style}: {made} notes, {len(gold)} spans, patients up to {pid - 1}')


if __name__ == '__main__':
    main()
