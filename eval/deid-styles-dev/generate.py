#!/usr/bin/env python3
"""Generates the deid-styles-dev set: invented clinical notes in seven styles with gold PHI spans.

Python 3 stdlib only, seeded and deterministic: `python3 generate.py` rewrites every
`<style>/notes.text` and `<style>/gold.phrase` byte for byte. Every person, place, number and
date below is invented. Templates use placeholders `{KIND}` / `{ENTITY_FORM}` with an optional
`|U` (upper) or `|L` (lower) suffix; each placeholder becomes one or more gold spans, and all the
text between placeholders is PHI-free by construction.
"""
import os
import random
import re
import datetime as dt

import sys

sys.dont_write_bytecode = True  # no __pycache__ beside the data
from templates import STYLES  # noqa: E402  (template text lives apart, it is long)

SEED = 20261203
NOTES_PER_STYLE = 30
HERE = os.path.dirname(os.path.abspath(__file__))

# ---------------------------------------------------------------- pools (all invented)
FIRST = [
    'Marguerite', 'Tadeusz', 'Oluwaseun', 'Ingrid', 'Siobhán', 'Rafael', 'Mei-Ling', 'Dmitri',
    'Anneliese', 'Kwabena', 'Priyanka', 'Thuy', 'Ezekiel', 'Fatoumata', 'Bartholomew', 'Noémie',
    'Hamid', 'Ruairí', 'Yusuf', 'Agnieszka', 'Delphine', 'Tomás', 'Kalani', 'Wilhelmina',
    'Jun-ho', 'Leopold', 'Chiamaka', 'Eero', 'Lucinda', 'Sven', 'Zainab', 'Corentin', 'Hope',
    'Rose', 'Frank', 'Grace', 'Joy', 'Faith', 'Ivy', 'Dawn', 'Summer', 'Iris', 'Will', 'Sunny',
    'Pearl', 'Buck', 'Earl', 'Mercedes', 'Bao', 'Ximena', 'Anouk', 'Desmond', 'Gunnhild',
    'Maëlle', 'Radu', 'Shoshana', 'Tariq', "D'Andre", 'Ngozi', 'Percival', 'Ottilie', 'Kaito',
]
LAST = [
    'Oyelaran', 'Wiśniewski', 'van der Hoek', "O'Rourke", 'Fitzgerald-Nakamura', 'Baptiste',
    'Hill', 'Baker', 'Page', 'Rose', 'Frank', 'Hope', 'Young', 'Marsh', 'Church', 'Bishop',
    'Field', 'Lamb', 'Sharp', 'Moody', 'Love', 'Castellanos', 'de la Fuente', 'Nguyen-Tran',
    'Abernathy', 'Kowalczyk', 'Mbeki-Jones', 'Lindqvist', 'Dubois', "D'Alessandro", 'Okonkwo',
    'Haddad', 'Ó Súilleabháin', 'Pettersen', 'McAllister', 'Vasquez-Ruiz', 'Thibodeaux',
    'Yamaguchi', 'Szabó', 'Achterberg', 'van Houten', 'Le Goff', 'St. Clair', 'MacIntyre',
    'Ferreira', 'Bergström', 'Adeyemi', 'Kaczmarek', 'Popescu', 'Ramaswamy', 'Hollis-Grant',
    'Quintero', 'Delacroix', 'Ahlgren', 'Mwangi', 'Vukovic', 'Whitlock', 'Ibarra', 'Strand',
    'Gallagher', 'Brannigan', 'Eze', 'Kim', 'Lopez', 'Park', 'Cho', 'Bell', 'Wood', 'Ward',
]
MIDDLE = 'ABCDEFGHJKLMNPRSTW'

HOSPITALS = [
    ("Kestrel Bay General Hospital", "KBGH"), ("Ossory Memorial Hospital", "OMH"),
    ("Lindenfield University Hospital", "LUH"), ("Marrowby Community Hospital", "MCH"),
    ("Penwick Valley Medical Center", "PVMC"), ("Our Lady of Clonard Hospital", "OLC"),
    ("Varga Heights Regional", "VHR"), ("Bellmoor Children's Hospital", "BCH"),
    ("Ridgecrest VA Medical Center", "RVAMC"), ("St. Aldhelm's Infirmary", "SAI"),
    ("University of Tollermark Medical Center", "UTMC"), ("Grangeford Mercy Hospital", "GMH"),
    ("Harlan Point Hospital", "HPH"), ("Saint Eulalia Medical Center", "SEMC"),
]
TOWNS = [
    'Millbrook Falls', 'Eastwick', 'Port Ansel', 'Grangeford', 'Tollerton', 'New Kilrush',
    'Sandhaven', 'Orchard Ridge', 'Weymouth Heights', 'Lac-Saint-Aubin', 'Haverlin',
    'Dunmore Crossing', 'Quillby', 'Bexley Mills', 'Castlebar Junction', 'Pemberly',
    'Marlow Creek', 'Ashdown', 'Fenwick', 'Oakhurst', 'Saltmarsh', 'Brackley',
]
STATES = ['VT', 'ME', 'NH', 'OR', 'MN', 'Ohio', 'Wisconsin', 'NC']
STREETS = [
    'Larkspur Lane', 'Old Mill Rd', 'Ferncliff Ave', 'Quarry Hill Road', 'Beaconsfield St',
    'Tanager Court', 'Rue des Érables', 'Harbor View Dr', 'Covington Pl', 'Sycamore Blvd',
    'County Road 17', 'Wexford Terrace', 'Pinecrest Way',
]
CLINICS = [
    'Tollerton Family Practice', 'Northgate Cardiology Associates', 'Riverside Dialysis Unit',
    'Harbourview Wound Clinic', 'Sandhaven Pulmonary Group', 'Eastwick Health Center',
    'Bridgewell Orthopaedics', 'Clearwater Oncology', 'Fenwick Pain Clinic', 'Oakhurst Urgent Care',
]
NURSING_HOMES = [
    'Elmcrest Manor', 'Sunnyvale Gardens Rehab', 'Brookhaven Nursing and Rehabilitation',
    'The Willows at Grangeford', 'Heatherbrae House', 'Maple Terrace SNF', 'St. Odile Care Home',
    'Lakeview Pines Assisted Living',
]
EMPLOYERS = [
    'Halvorsen Freight', 'Kittredge Paper Mill', 'Dunmore Public Schools', 'Orion Semiconductor',
    'Costa Brothers Roofing', 'Pelham Poultry', 'Marrowby Savings Bank', 'Quillby Tool & Die',
    'Northstar Wind Services', 'Bexley Mills Fire Dept',
]
MAIL_DOMAINS = ['kbgh.org', 'lindenfield-uh.edu', 'mail.pvmc.net', 'gmail.com', 'ossory.org', 'outlook.com']
MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August',
          'September', 'October', 'November', 'December']


def ordinal(n):
    if 10 <= n % 100 <= 20:
        return f'{n}th'
    return f'{n}' + {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')


def staff_spelling(rng, word):
    """Town names as staff type them: lower case, a dropped or doubled letter."""
    r = rng.random()
    if r < 0.35:
        return word.lower()
    if r < 0.6 and len(word) > 5:
        i = rng.randrange(2, len(word) - 1)
        if word[i].isalpha():
            return word[:i] + word[i + 1:]
    if r < 0.8 and len(word) > 4:
        i = rng.randrange(1, len(word) - 1)
        if word[i].isalpha():
            return word[:i] + word[i] + word[i:]
    return word


class Note:
    """One note being built: text segments, gold spans, the entities it refers to."""

    def __init__(self, rng):
        self.rng = rng
        self.parts = []
        self.spans = []
        self.pos = 0
        self.ctx = {}
        self.base = dt.date(rng.randrange(1998, 2025), rng.randrange(1, 13), rng.randrange(1, 29))

    def add(self, text, cat=None):
        if cat is not None and text:
            self.spans.append((self.pos, self.pos + len(text), cat, text))
        self.parts.append(text)
        self.pos += len(text)

    def person(self, key):
        if key not in self.ctx:
            used = {p[1] for k, p in self.ctx.items() if isinstance(p, tuple) and len(p) == 3}
            while True:
                f, l = self.rng.choice(FIRST), self.rng.choice(LAST)
                if l not in used:
                    break
            self.ctx[key] = (f, l, self.rng.choice(MIDDLE))
        return self.ctx[key]

    def once(self, key, make):
        if key not in self.ctx:
            self.ctx[key] = make()
        return self.ctx[key]

    def date(self):
        # dates move forward through the note, as events do in most notes
        self.cursor = getattr(self, 'cursor', self.base - dt.timedelta(days=40))
        self.cursor += dt.timedelta(days=self.rng.randrange(0, 7))
        return self.cursor


def name_form(note, ent, form):
    f, l, m = note.person(ent)
    rng = note.rng
    return {
        'FULL': f'{f} {l}', 'F': f, 'L': l, 'LF': f'{l}, {f}', 'FML': f'{f} {m}. {l}',
        'IL': f'{f[0]}. {l}', 'ILN': f'{f[0]}.{l}', 'FM': f'{f} {m}', 'LFM': f'{l}, {f} {m}.',
        'INI': f'{f[0]}{m}{l[0]}'.upper(), 'INIL': f'{f[0]}{m}{l[0]}'.lower(), 'FI': f'{f} {l[0]}.',
    }[form]


def fmt_date(rng, d, kind):
    y, m, dd = d.year, d.month, d.day
    mon = MONTHS[m - 1]
    if kind == 'ANY':
        kind = rng.choice(['MD', 'MDY', 'ISO', 'MON', 'MONY', 'ORD', 'DMY3', 'EU', 'MD0', 'MDY2', 'DASH', 'MON3'])
    return {
        'MD': f'{m}/{dd}', 'MD0': f'{m:02d}/{dd:02d}', 'MDY': f'{m:02d}/{dd:02d}/{y}',
        'MDY2': f'{m}/{dd}/{y % 100:02d}', 'ISO': f'{y}-{m:02d}-{dd:02d}', 'MON': f'{mon} {dd}',
        'MONY': f'{mon} {dd}, {y}', 'ORD': f'{ordinal(dd)} of {mon}', 'DMY3': f'{dd}-{mon[:3]}-{y % 100:02d}',
        'EU': f'{dd:02d}.{m:02d}.{y}', 'DASH': f'{m}-{dd}', 'MON3': f'{mon[:3]} {dd}',
        'MY': f'{mon} {y}', 'MY3': f'{mon[:3]} {y}', 'DMONY': f'{dd} {mon} {y}', 'COMPACT': f'{dd:02d}{mon[:3].upper()}{y}',
        'MDYS': f'{m}/{dd}/{y}',
    }[kind]


def phone(rng):
    a, b, c = rng.randrange(201, 989), rng.randrange(200, 999), rng.randrange(0, 10000)
    return rng.choice([
        f'({a}) {b}-{c:04d}', f'{a}-{b}-{c:04d}', f'{a}.{b}.{c:04d}', f'{b}-{c:04d}',
        f'{a} {b} {c:04d}', f'+1 {a} {b} {c:04d}', f'{a}{b}{c:04d}', f'1-800-{b}-{c:04d}',
        f'{a}-{b}-{c:04d} x{rng.randrange(100, 9999)}', f'{a}/{b}-{c:04d}',
    ])


def fill(note, key, form):
    """Returns a list of (text, category-or-None) for one placeholder."""
    rng = note.rng
    ent = re.fullmatch(r'(PT|D\d|N\d|R\d)', key)
    if ent:
        cat = {'P': 'PTName', 'D': 'HCPName', 'N': 'HCPName', 'R': 'RelativeProxyName'}[key[0]]
        text = name_form(note, key, form or 'FULL')
        if form in ('LF', 'LFM'):  # 'Last, First': the comma is not part of either name
            last, first = text.split(', ', 1)
            return [(last, cat), (', ', None), (first, cat)]
        return [(text, cat)]
    if key in ('HOSP', 'HOSPB'):
        h = note.once(key, lambda: rng.choice(HOSPITALS))
        return [(h[1] if form == 'A' else h[0], 'Location')]
    if key in ('TOWN', 'TOWNB'):
        t = note.once(key, lambda: rng.choice(TOWNS))
        return [(staff_spelling(rng, t) if form == 'X' else t, 'Location')]
    if key == 'UNI':  # a university hospital as staff shorten it
        st = rng.choice(['Vermont', 'Maine', 'Oregon', 'Minnesota', 'Ohio', 'Wisconsin', 'Tollermark'])
        return [(rng.choice([f'U {st}', f'U of {st}', f'Univ of {st} Med Ctr', f'U{st[0]}MC']), 'Location')]
    if key == 'STATE':
        return [(rng.choice(STATES), 'Location')]
    if key == 'ADDR':
        t = note.once('TOWN', lambda: rng.choice(TOWNS))
        return [(f'{rng.randrange(2, 4000)} {rng.choice(STREETS)}', 'Location'), (', ', None), (t, 'Location')]
    if key == 'STREET':
        return [(f'{rng.randrange(2, 4000)} {rng.choice(STREETS)}', 'Location')]
    if key == 'ZIP':
        return [(f'{rng.randrange(1000, 99999):05d}', 'Location')]
    if key in ('CLINIC', 'CLINICB'):
        return [(note.once(key, lambda: rng.choice(CLINICS)), 'Location')]
    if key == 'NH':
        return [(note.once(key, lambda: rng.choice(NURSING_HOMES)), 'Location')]
    if key == 'EMP':
        return [(note.once(key, lambda: rng.choice(EMPLOYERS)), 'Location')]
    if key == 'PHONE':
        return [(phone(rng), 'Phone')]
    if key == 'EXT':
        return [(f'{rng.randrange(2, 8)}-{rng.randrange(1000, 9999)}', 'Phone')]
    if key == 'MRN':
        return [(note.once('MRN', lambda: rng.choice([
            f'{rng.randrange(10**6, 10**7)}', f'{rng.randrange(10, 99)}-{rng.randrange(10, 99)}-{rng.randrange(100, 999)}',
            f'00{rng.randrange(10**5, 10**6)}', f'M{rng.randrange(10**5, 10**6)}'])), 'Other')]
    if key == 'ACC':
        return [(rng.choice([f'RAD{rng.randrange(10**6, 10**7)}', f'A{rng.randrange(10**7, 10**8)}',
                             f'{rng.randrange(10, 26)}-CT-{rng.randrange(1000, 99999)}', f'E{rng.randrange(10**5, 10**6)}X']), 'Other')]
    if key == 'JOB':
        return [(f'{rng.randrange(10**4, 10**6)}', 'Other')]
    if key == 'EMAIL':
        f, l, _ = note.person(form or 'D1')
        local = re.sub(r"[^a-z]", '', (f[0] + l).lower().replace('é', 'e').replace('ó', 'o').replace('ś', 's'))
        return [(f'{local}@{rng.choice(MAIL_DOMAINS)}', 'Other')]
    if key == 'AGE':
        return [(str(note.once('AGE', lambda: rng.randrange(90, 104))), 'Age')]
    if key == 'DOB':  # a birth date consistent with the note's age when it has one
        years = 1 if form == 'C' else note.once('AGE', lambda: rng.randrange(90, 104)) if 'AGE' in note.ctx or note.ctx.get('has_age') else rng.randrange(18, 88)
        born = note.base - dt.timedelta(days=365 * years + rng.randrange(0, 360))
        return [(fmt_date(rng, born, rng.choice(['MDY', 'MDYS', 'EU', 'ISO', 'DMONY', 'MDY2'])), 'Date')]
    if key == 'D':
        return [(fmt_date(rng, note.date(), form or 'ANY'), 'Date')]
    if key == 'DT':  # a date with a time: the time goes with the date
        d = note.date()
        t = f'{rng.randrange(0, 24):02d}{rng.randrange(0, 60):02d}'
        return [(rng.choice([f'{d.month}/{d.day}/{d.year} {t}', f'{d.month:02d}/{d.day:02d}/{d.year % 100:02d} {t[:2]}:{t[2:]}',
                             f'{d.year}-{d.month:02d}-{d.day:02d} {t[:2]}:{t[2:]}']), 'Date')]
    if key == 'RANGE':
        d1 = note.date()
        d2 = d1 + dt.timedelta(days=rng.randrange(2, 9))
        k = form or rng.choice(['MD', 'MON3', 'MD0'])
        sep = rng.choice([' - ', '-', ' to ', ' thru ', '–'])
        return [(fmt_date(rng, d1, k), 'Date'), (sep, None), (fmt_date(rng, d2, k), 'Date')]
    if key == 'YR':  # a past year, as clinicians write it in history lists
        y = rng.randrange(1968, note.base.year)
        f = form or rng.choice(['4', 'A', 'Q'])
        return [({'4': str(y), 'A': f"'{y % 100:02d}", 'Q': f"{y % 100:02d}'", '2': f'{y % 100:02d}'}[f], 'DateYear')]
    raise KeyError(key)


PH = re.compile(r'\{([A-Z]+\d?)(?:_([A-Za-z0-9]+))?(?:\|([UL]))?\}')
FILLERS = {}


def render(note, template, style):
    note.ctx['has_age'] = '{AGE}' in template
    i = 0
    for m in PH.finditer(template):
        note.add(template[i:m.start()])
        key, form, case = m.group(1), m.group(2), m.group(3)
        if key == 'CLIN':  # PHI-free clinical lines from the style's pool
            k = int(form or 1)
            unused = [c for c in style['clin'] if c not in note.ctx.setdefault('clin', set())]
            lines = note.rng.sample(unused, k)
            note.ctx['clin'].update(lines)
            note.add('\n'.join(lines))
        elif key == 'PICK':  # PHI-free alternative phrases
            note.add(note.rng.choice(style['picks'][form]))
        else:
            for text, cat in fill(note, key, form):
                if case == 'U':
                    text = text.upper()
                elif case == 'L':
                    text = text.lower()
                note.add(text, cat)
        i = m.end()
    note.add(template[i:])


def build_style(name, style, rng):
    records, gold = [], []
    templates = style['templates']
    order = [i % len(templates) for i in range(NOTES_PER_STYLE)]
    rng.shuffle(order)
    for n, ti in enumerate(order):
        note = Note(rng)
        render(note, templates[ti], style)
        body = ''.join(note.parts)
        spans = note.spans
        if style.get('caps'):
            up = body.upper()
            assert len(up) == len(body), name
            body = up
            spans = [(s, e, c, body[s:e]) for s, e, c, _ in spans]
        patient = str(1000 * (list(STYLES).index(name) + 1) + n + 1)
        records.append(f'START_OF_RECORD={patient}||||1||||\n{body}||||END_OF_RECORD\n')
        for s, e, c, p in spans:
            gold.append(f'{patient} 1 {s} {e} {c} {p}')
    out = os.path.join(HERE, name)
    os.makedirs(out, exist_ok=True)
    with open(os.path.join(out, 'notes.text'), 'w', encoding='utf-8', newline='\n') as fh:
        fh.write(''.join(records))
    with open(os.path.join(out, 'gold.phrase'), 'w', encoding='utf-8', newline='\n') as fh:
        fh.write('\n'.join(gold) + '\n')


def main():
    for k, name in enumerate(STYLES):
        build_style(name, STYLES[name], random.Random(SEED * 31 + k))


if __name__ == '__main__':
    main()
