#!/usr/bin/env python3
"""Writes deid-styles-dev-4: four styles x 30 invented notes with gold PHI spans.
Python 3 stdlib only; deterministic (seed 20261204). Usage: python3 generate.py"""
import datetime as dt
import os
import random
import re

import pools as P
from templates import STYLES

HERE = os.path.dirname(os.path.abspath(__file__))
SEED = 20261204
PATIENT_BASE = 5001
MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October',
          'November', 'December']


def ordinal(n):
    return f"{n}{'th' if 10 <= n % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


def fmt_date(r, d, with_year=None):
    """A day-level date in one of many staff formats."""
    if with_year is None:
        with_year = r.random() < 0.5
    m, day, y = d.month, d.day, d.year
    mon = MONTHS[m - 1]
    if with_year:
        opts = [f'{m}/{day}/{y}', f'{m:02d}/{day:02d}/{y}', f'{m}/{day}/{y % 100:02d}', f'{y}-{m:02d}-{day:02d}',
                f'{mon[:3]} {day}, {y}', f'{mon} {day}, {y}', f'{day}-{mon[:3]}-{y % 100:02d}', f'{m}-{day}-{y % 100:02d}',
                f'{day} {mon} {y}']
    else:
        opts = [f'{m}/{day}', f'{m}/{day}', f'{m}-{day}', f'{mon[:3]} {day}', f'{mon} {ordinal(day)}',
                f'{mon[:3]}. {day}', f'{ordinal(day)} of {mon}']
    return r.choice(opts)


def phone(r):
    a, b, c = r.randint(201, 989), r.randint(210, 989), r.randint(0, 9999)
    return r.choice([f'({a}) {b}-{c:04d}', f'{a}-{b}-{c:04d}', f'{a}.{b}.{c:04d}', f'{b}-{c:04d}',
                     f'1-{a}-{b}-{c:04d}', f'{a} {b} {c:04d}', f'({a}){b}-{c:04d}'])


def initials_of(first, last):
    return (first[0] + last[0]).upper()


class Person:
    def __init__(self, r, sex=None, last=None):
        self.sex = sex or r.choice('FM')
        self.first = r.choice(P.FIRST_F if self.sex == 'F' else P.FIRST_M)
        self.last = last or r.choice(P.SURNAMES)
        self.mi = r.choice('ABCDEFGHJKLMNPRSTW')

    def full(self):
        return f'{self.first} {self.last}'


class Ctx:
    """Per-patient fixed facts and per-note state; tokens draw from here."""

    def __init__(self, r, style, pid):
        self.r, self.style, self.pid = r, style, pid
        sex = 'F' if style == 'labor-delivery' else r.choice('FM')
        self.pt = Person(r, sex)
        if style == 'labor-delivery':
            self.age = r.randint(17, 43)
        elif r.random() < (0.22 if style == 'progress-lowercase' else 0.33):
            self.age = r.randint(90, 103)
        else:
            self.age = r.randint(19, 88)
        self.date = dt.date(2026, 1, 1) + dt.timedelta(days=r.randint(0, 330))
        self.dob = self.date - dt.timedelta(days=365 * self.age + r.randint(1, 360))
        self.staff = {}
        self.rel = [Person(r, last=self.pt.last if r.random() < 0.6 else None) for _ in range(3)]
        self.rel_words = [r.choice(['daughter', 'son', 'wife', 'husband', 'sister', 'brother', 'niece', 'nephew',
                                    'granddaughter', 'friend', 'neighbor', 'mother', 'partner']) for _ in range(3)]
        self.partner = Person(r, 'M' if r.random() < 0.85 else 'F', last=self.pt.last if r.random() < 0.4 else None)
        self.baby = Person(r, last=self.partner.last if r.random() < 0.5 else self.pt.last)
        self.others = {}
        h = r.sample(P.HOSPITALS, 2)
        self.hosp, self.hosp2 = h
        self.town, self.town2 = r.sample(P.TOWNS, 2)
        self.street = f'{r.randint(2, 4999)} {r.choice(P.STREETS)}'
        self.state = r.choice(P.STATES)
        self.zip = f'0{r.randint(1000, 9999)}' if r.random() < 0.7 else f'{r.randint(10000, 19999)}'
        self.picks = {}
        self.mrn = r.choice([f'{r.randint(1000000, 9999999)}', f'{r.randint(10000000, 99999999)}',
                             f'{r.choice("KSMB")}{r.randint(100000, 999999)}', f'00{r.randint(100000, 999999)}'])
        self.lower = 'none'

    def staff_p(self, role):
        if role not in self.staff:
            self.staff[role] = Person(self.r)
        return self.staff[role]

    def pick(self, key, pool):
        if key not in self.picks:
            self.picks[key] = self.r.choice(pool)
        return self.picks[key]

    def other_p(self, key):
        if key not in self.others:
            self.others[key] = Person(self.r)
        return self.others[key]


def S(text, cat=None):
    return [(text, cat)]


def name_forms(r, p, cat, allow_last_first=True, titled=None):
    """One person's name in a random staff form."""
    k = r.random()
    if titled:
        return [(titled + ' ', None), (p.last, cat)]
    if k < 0.45:
        return [(p.full(), cat)]
    if k < 0.6:
        return [(f'{p.first} {p.mi}. {p.last}', cat)]
    if k < 0.72:
        return [(p.first, cat)]
    if k < 0.84 and allow_last_first:
        return [(p.last, cat), (', ', None), (p.first, cat)]
    return [(f'{p.first[0]}. {p.last}', cat)]


def staff(role, cred, form=None):
    def f(c):
        r = c.r
        p = c.staff_p(role)
        fm = form or r.choice(['full', 'full', 'fml', 'dr', 'first', 'init'] if cred == 'MD' else
                              ['full', 'full', 'full', 'fl', 'first'])
        if fm == 'dr':
            return [(r.choice(['Dr. ', 'Dr ', 'dr. ']), None), (p.last, 'HCPName')]
        if fm == 'first':
            return [(p.first, 'HCPName')]
        if fm == 'init':
            return [(f'{p.first[0]}{p.last[0]}'.upper(), 'HCPName')]
        if fm == 'fl':
            return [(f'{p.first} {p.last[0]}.', 'HCPName'), (f', {cred}' if cred else '', None)]
        name = f'{p.first} {p.mi}. {p.last}' if fm == 'fml' else p.full()
        return [(name, 'HCPName')] + ([(r.choice([', ', ' ']) + cred, None)] if cred else [])
    return f


def dr(role):
    def f(c):
        p = c.staff_p(role)
        return [(c.r.choice(['Dr. ', 'Dr ', 'Dr. ', 'dr ']), None), (p.last, 'HCPName')]
    return f


def fresh_staff(cred):
    def f(c):
        p = Person(c.r)
        return [(p.full() if c.r.random() < 0.7 else f'{p.first} {p.last[0]}.', 'HCPName'),
                (f', {cred}' if cred else '', None)]
    return f


def rel(i, form):
    def f(c):
        p = c.rel[i]
        if form == 'full':
            return [(p.full(), 'RelativeProxyName')]
        if form == 'first':
            return [(p.first, 'RelativeProxyName')]
        if form == 'word':
            return [(c.rel_words[i], None)]
        if form == 'wordname':
            return [(c.rel_words[i] + ' ', None)] + name_forms(c.r, p, 'RelativeProxyName', False)
    return f


def person_tok(key, cat, form='any'):
    def f(c):
        p = c.other_p(key)
        if form == 'full':
            return [(p.full(), cat)]
        if form == 'first':
            return [(p.first, cat)]
        if form == 'title':
            return [(c.r.choice(['Mr. ', 'Ms. ', 'Mrs. ', 'Atty. ']), None), (p.last, cat)]
        return name_forms(c.r, p, cat, False)
    return f


def pt(form):
    def f(c):
        p, r = c.pt, c.r
        if form == 'full':
            return [(p.full(), 'PTName')]
        if form == 'fml':
            return [(f'{p.first} {p.mi}. {p.last}', 'PTName')]
        if form == 'lf':
            return [(p.last.upper() if r.random() < 0.3 else p.last, 'PTName'), (r.choice([', ', ',']), None),
                    (p.first, 'PTName')]
        if form == 'first':
            return [(p.first, 'PTName')]
        if form == 'title':
            t = 'Mr.' if p.sex == 'M' else r.choice(['Ms.', 'Mrs.', 'Ms'])
            return [(t + ' ', None), (p.last, 'PTName')]
        if form == 'init':
            return [(f'{p.first[0]}.{p.last[0]}.' if r.random() < 0.5 else initials_of(p.first, p.last), 'PTNameInitial')]
        if form == 'any':
            return name_forms(r, p, 'PTName')
    return f


def age(c):
    return [(str(c.age), 'Age' if c.age >= 90 else None)]


def date_tok(offset_lo, offset_hi, with_year=None, time=False):
    def f(c):
        d = c.date + dt.timedelta(days=c.r.randint(offset_lo, offset_hi))
        s = fmt_date(c.r, d, with_year)
        if time:
            s += ' ' + c.r.choice([f'{c.r.randint(0, 23):02d}{c.r.choice(["00", "15", "30", "45", "10", "52"])}',
                                   f'{c.r.randint(1, 12)}:{c.r.randint(0, 59):02d}' + c.r.choice(['', 'am', 'pm', ' PM']),
                                   f'@ {c.r.randint(0, 23):02d}:{c.r.randint(0, 59):02d}'])
        return [(s, 'Date')]
    return f


def year_tok(lo, hi, short=False):
    def f(c):
        y = c.date.year - c.r.randint(lo, hi)
        s = f"'{y % 100:02d}" if short and c.r.random() < 0.5 else str(y)
        return [(s, 'DateYear')]
    return f


def dob(c):
    return [(fmt_date(c.r, c.dob, True), 'Date')]


def loc(kind):
    def f(c):
        r = c.r
        if kind == 'hosp':
            name, acr = c.hosp
            return [(acr if r.random() < 0.35 else name, 'Location')]
        if kind == 'hospfull':
            return [(c.hosp[0], 'Location')]
        if kind == 'hospacr':
            return [(c.hosp[1], 'Location')]
        if kind == 'hosp2':
            name, acr = c.hosp2
            return [(acr if r.random() < 0.3 else name, 'Location')]
        if kind == 'town':
            return [(c.town, 'Location')]
        if kind == 'town2':
            return [(c.town2, 'Location')]
        if kind == 'street':
            return [(c.street, 'Location')]
        if kind == 'state':
            return [(c.state, 'Location')]
        if kind == 'zip':
            return [(c.zip, 'Location')]
        if kind == 'addr':
            return [(c.street, 'Location'), (', ', None), (c.town, 'Location'), (' ', None), (c.state, 'Location'),
                    (' ', None), (c.zip, 'Location')]
        pool = {'court': P.COURTS, 'clinic': P.CLINICS, 'outpt': P.OUTPT, 'nh': P.NH, 'shelter': P.SHELTERS, 'agency': P.AGENCIES,
                'insurer': P.INSURERS, 'vendor': P.VENDORS, 'employer': P.EMPLOYERS, 'school': P.SCHOOLS,
                'transport': P.TRANSPORT, 'pharm': P.PHARMACIES, 'church': P.CHURCHES}[kind]
        return [(c.pick(kind, pool), 'Location')]
    return f


def new_loc(kind):
    pool = {'clinic': P.CLINICS, 'nh': P.NH, 'agency': P.AGENCIES, 'shelter': P.SHELTERS, 'town': P.TOWNS,
            'employer': P.EMPLOYERS}[kind]
    return lambda c: [(c.r.choice(pool), 'Location')]


def phone_tok(c):
    return [(phone(c.r), 'Phone')]


def pager(c):
    r = c.r
    return [(r.choice([f'{r.randint(1, 9)}-{r.randint(1000, 9999)}', f'{r.randint(10000, 99999)}',
                       f'x{r.randint(1000, 9999)}', f'{r.randint(100, 999)}-{r.randint(1000, 9999)}']), 'Phone')]


def ext(c):
    return [(phone(c.r), 'Phone'), (c.r.choice([' ext ', ' x', ' ext. ']), None), (str(c.r.randint(10, 9999)), 'Phone')]


def mrn(c):
    return [(c.mrn, 'Other')]


def other_id(kind):
    def f(c):
        r = c.r
        if kind == 'claim':
            s = r.choice([f'CLM-{c.date.year}-{r.randint(100000, 999999)}', f'{r.randint(10**9, 10**10 - 1)}',
                          f'C{r.randint(1000000, 9999999)}'])
        elif kind == 'auth':
            s = r.choice([f'PA{r.randint(1000000, 9999999)}', f'{r.randint(100000, 999999)}-{r.randint(10, 99)}',
                          f'AUTH{r.randint(10000, 99999)}'])
        elif kind == 'acct':
            s = r.choice([f'A{r.randint(10**7, 10**8 - 1)}', f'{r.randint(10**8, 10**9 - 1)}'])
        elif kind == 'medicaid':
            s = f'{r.randint(10**8, 10**9 - 1)}{r.choice("ABCK")}'
        elif kind == 'email':
            p = c.other_p('email') if r.random() < 0.5 else c.rel[0]
            s = f'{p.first[0].lower()}{re.sub("[^a-z]", "", p.last.lower())}{r.randint(1, 99)}@{r.choice(P.EMAIL_DOMAINS)}'
        elif kind == 'case':
            s = r.choice([f'{c.date.year % 100}-{r.randint(1000, 9999)}', f'PR{r.randint(10000, 99999)}',
                          f'{r.randint(100, 999)}-{r.randint(1000000, 9999999)}'])
        return [(s, 'Other')]
    return f


def typist(c):
    p = c.staff_p('typist')
    return [(f'{p.first[0]}{p.mi}{p.last[0]}'.lower(), 'HCPName')]


# --- non-PHI look-alike tokens -------------------------------------------------------------------
def num(lo, hi):
    return lambda c: [(str(c.r.randint(lo, hi)), None)]


def choice_np(*opts):
    return lambda c: [(c.r.choice(opts), None)]


TOKENS = {
    'PT': pt('full'), 'PTFML': pt('fml'), 'PTLF': pt('lf'), 'PTF': pt('first'), 'PTT': pt('title'),
    'PTI': pt('init'), 'PTX': pt('any'), 'AGE': age, 'DOB': dob,
    'D0': date_tok(0, 0), 'D0Y': date_tok(0, 0, True), 'D0T': date_tok(0, 0, None, True),
    'DP': date_tok(-20, -1, False), 'DPY': date_tok(-400, -30, True), 'DF': date_tok(1, 30, False),
    'DFY': date_tok(2, 90, True), 'DFT': date_tok(1, 14, False, True), 'DPT': date_tok(-5, -1, False, True),
    'YR': year_tok(2, 30), 'YRS': year_tok(1, 25, True), 'YR1': year_tok(1, 4), 'YR2': year_tok(5, 12),
    'ATT': dr('att'), 'ATTX': staff('att', 'MD'), 'RES': dr('res'), 'RESX': staff('res', 'MD'),
    'PCP': dr('pcp'), 'CONS': dr('cons'), 'RN': staff('rn', 'RN'), 'RNF': staff('rn', '', 'first'),
    'RN2': staff('rn2', 'RN'), 'RN2F': staff('rn2', '', 'first'), 'NP': staff('np', 'NP'),
    'SW': staff('sw', 'LICSW'), 'SWF': staff('sw', '', 'first'), 'CM': staff('cm', 'RN, CCM'),
    'CMX': staff('cm', ''), 'PTH': staff('pth', 'PT, DPT'), 'PTHF': staff('pth', '', 'first'),
    'PTA': staff('pta', 'PTA'), 'OTR': staff('otr', 'OTR/L'), 'OTRF': staff('otr', '', 'first'),
    'COTA': staff('cota', 'COTA/L'), 'SLP': staff('slp', 'MS, CCC-SLP'), 'SLPF': staff('slp', '', 'first'),
    'OB': dr('ob'), 'OBX': staff('ob', 'MD'), 'CNM': staff('cnm', 'CNM'), 'CNMF': staff('cnm', '', 'first'),
    'DOULA': staff('doula', ''), 'DOULAF': staff('doula', '', 'first'), 'PEDS': dr('peds'), 'ANES': dr('anes'),
    'LC': staff('lc', 'IBCLC'), 'HCP': fresh_staff(''), 'HCPRN': fresh_staff('RN'), 'TYP': typist,
    'INIT': staff('rn', '', 'init'),
    'R1': rel(0, 'full'), 'R1F': rel(0, 'first'), 'R1W': rel(0, 'word'), 'R1X': rel(0, 'wordname'),
    'R2': rel(1, 'full'), 'R2F': rel(1, 'first'), 'R2W': rel(1, 'word'), 'R2X': rel(1, 'wordname'),
    'R3X': rel(2, 'wordname'),
    'PARTNER': lambda c: [(c.partner.full(), 'RelativeProxyName')],
    'PARTNERF': lambda c: [(c.partner.first, 'RelativeProxyName')],
    'BABY': lambda c: [(c.baby.first, 'RelativeProxyName')],
    'BABYFULL': lambda c: [(c.baby.full(), 'RelativeProxyName')],
    'GUARD': person_tok('guard', 'RelativeProxyName'), 'GUARDT': person_tok('guard', 'RelativeProxyName', 'title'),
    'LANDLORD': person_tok('landlord', 'RelativeProxyName'), 'ATTY': person_tok('atty', 'RelativeProxyName', 'title'),
    'AGENT': person_tok('agent', 'HCPName'), 'AGENTF': person_tok('agent', 'HCPName', 'first'),
    'REVIEWER': person_tok('reviewer', 'HCPName', 'full'),
    'HOSP': loc('hosp'), 'HOSPFULL': loc('hospfull'), 'HOSPA': loc('hospacr'), 'HOSP2': loc('hosp2'),
    'TOWN': loc('town'), 'TOWN2': loc('town2'), 'STREET': loc('street'), 'STATE': loc('state'), 'ZIP': loc('zip'),
    'ADDR': loc('addr'), 'CLINIC': loc('clinic'), 'OUTPT': loc('outpt'), 'NH': loc('nh'), 'SHELTER': loc('shelter'),
    'AGENCY': loc('agency'), 'INSURER': loc('insurer'), 'VENDOR': loc('vendor'), 'EMPLOYER': loc('employer'),
    'SCHOOL': loc('school'), 'TRANSPORT': loc('transport'), 'PHARM': loc('pharm'), 'CHURCH': loc('church'),
    'COURT': loc('court'), 'NEWNH': new_loc('nh'), 'NEWAGENCY': new_loc('agency'), 'NEWTOWN': new_loc('town'), 'NEWCLINIC': new_loc('clinic'),
    'NEWSHELTER': new_loc('shelter'), 'NEWEMP': new_loc('employer'),
    'PHONE': phone_tok, 'PAGER': pager, 'EXT': ext,
    'MRN': mrn, 'CLAIM': other_id('claim'), 'AUTH': other_id('auth'), 'ACCT': other_id('acct'),
    'MCD': other_id('medicaid'), 'EMAIL': other_id('email'), 'CASENO': other_id('case'),
    'ROOM': lambda c: [(c.r.choice([f'rm {c.r.randint(2, 40)}', f'bed {c.r.randint(1, 30)}{c.r.choice("AB")}',
                                    f'room {c.r.randint(300, 899)}', f'{c.r.randint(3, 9)} west', f'4N-{c.r.randint(1, 24)}',
                                    f'LDR {c.r.randint(1, 12)}', f'pod C bed {c.r.randint(1, 16)}']), None)],
    'HR': num(58, 128), 'SBP': num(92, 168), 'DBP': num(48, 98), 'SAT': num(88, 100), 'N2': num(1, 6),
    'N10': num(1, 10), 'N30': num(10, 30), 'LOT': lambda c: [(f'{c.r.choice("LKH")}{c.r.randint(100000, 999999)}', None)],
    'DAY': choice_np('Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday', 'mon', 'tues',
                     'wed', 'thurs', 'fri', 'sat', 'sun'),
    'TIME': lambda c: [(c.r.choice([f'{c.r.randint(0, 23):02d}{c.r.choice(["00", "15", "30", "45", "20"])}',
                                    f'{c.r.randint(1, 12)}:{c.r.randint(0, 59):02d}{c.r.choice(["am", "pm", " AM", ""])}']), None)],
    'GA': lambda c: [(f'{c.r.randint(24, 41)}w{c.r.randint(0, 6)}d' if c.r.random() < 0.5 else
                      f'{c.r.randint(24, 41)} {c.r.randint(0, 6)}/7 wks', None)],
    'GP': lambda c: [(f'G{c.r.randint(1, 6)}P{c.r.randint(0, 4)}{c.r.randint(0, 1)}{c.r.randint(0, 2)}{c.r.randint(0, 4)}', None)],
    'WT': lambda c: [(f'{c.r.randint(2400, 4300)}g', None)],
    'APGAR': lambda c: [(f'{c.r.randint(5, 8)}/{c.r.randint(8, 9)}', None)],
    'YOUNGAGE': num(19, 86),
    'SPOUSE': choice_np('wife', 'husband', 'partner'),
    'KID': choice_np('daughter', 'son', 'grandson', 'granddaughter'),
    'BABYSEX': lambda c: [('girl' if c.baby.sex == 'F' else 'boy', None)],
}

TOKEN_RE = re.compile(r'\{([A-Z][A-Z0-9]*)\}')


def misspell(r, s):
    """Staff typing a town: drop a letter or swap two."""
    if len(s) < 5 or ' ' in s:
        return s
    i = r.randint(1, len(s) - 3)
    return s[:i] + s[i + 1:] if r.random() < 0.5 else s[:i] + s[i + 1] + s[i] + s[i + 2:]


def render(c, template):
    """Template -> list of (text, category-or-None) segments."""
    segs = []
    pos = 0
    for m in TOKEN_RE.finditer(template):
        segs.append((template[pos:m.start()], None))
        segs.extend(TOKENS[m.group(1)](c))
        pos = m.end()
    segs.append((template[pos:], None))
    return segs


def apply_case(c, segs):
    """The lower-case style: everything lower, or literals lower and some names kept capitalised."""
    if c.lower == 'none':
        return segs
    out = []
    for text, cat in segs:
        if c.lower == 'all' or cat is None or c.r.random() < 0.6:
            low = text.lower()
            if len(low) != len(text):
                low = text
            text = low
        if cat == 'Location' and text in (t.lower() for t in P.TOWNS) and c.r.random() < 0.3:
            text = misspell(c.r, text)
        out.append((text, cat))
    return out


def build_note(c, style, prev_blocks):
    r = c.r
    spec = STYLES[style]
    if style == 'progress-lowercase':
        c.lower = 'all' if r.random() < 0.7 else 'mixed'
    header = render(c, r.choice(spec['headers']))
    copied = []
    if prev_blocks and r.random() < 0.8:
        copied = r.sample(prev_blocks, min(len(prev_blocks), r.randint(1, 2)))
    used = {t for t, _ in copied}
    n_blocks = r.randint(4, 6)
    fresh = [(t, render(c, t)) for t in r.sample([t for t in spec['blocks'] if t not in used], n_blocks)]
    blocks = [b for _, b in fresh]
    tag = r.choice(spec.get('copy_tags', ['']))
    for _, cb in copied:
        blocks.insert(r.randint(0, len(blocks)), ([(tag, None)] if tag else []) + cb)
    filler = r.sample(spec['filler'], r.randint(5, 10))
    body = []
    for b in blocks:
        body.append(b)
        for _ in range(r.randint(0, 2)):
            if filler:
                body.append([(filler.pop(), None)])
    for f in filler:
        body.insert(r.randint(1, len(body)), [(f, None)])
    sign = render(c, r.choice(spec['signoffs']))
    parts = [header] + body + [sign]
    segs = []
    for i, p in enumerate(parts):
        if i:
            segs.append(('\n', None))
        segs.extend(p)
    segs.append(('\n', None))
    segs = apply_case(c, segs)
    return segs, fresh


def to_text(segs):
    text, spans, pos = [], [], 0
    for t, cat in segs:
        if cat and t:
            spans.append((pos, pos + len(t), cat, t))
        text.append(t)
        pos += len(t)
    return ''.join(text), spans


def main():
    rng = random.Random(SEED)
    pid = PATIENT_BASE
    for style in STYLES:
        os.makedirs(os.path.join(HERE, style), exist_ok=True)
        notes, gold = [], []
        count = 0
        while count < 30:
            c = Ctx(rng, style, pid)
            n_notes = min(rng.choice([1, 1, 2, 2, 3]), 30 - count)
            prev = []
            for k in range(1, n_notes + 1):
                for _ in range(200):
                    state = rng.getstate()
                    segs, blocks = build_note(c, style, prev)
                    text, spans = to_text(segs)
                    lines = text.count('\n')
                    if 8 <= len(spans) <= 30 and 15 <= lines <= 40:
                        break
                else:
                    raise SystemExit(f'cannot fit note {pid}-{k}')
                prev = prev + blocks
                notes.append(f'START_OF_RECORD={pid}||||{k}||||\n{text}||||END_OF_RECORD\n')
                gold += [f'{pid} {k} {s} {e} {cat} {t}' for s, e, cat, t in spans]
                c.date += dt.timedelta(days=rng.randint(1, 3))
                count += 1
            pid += 1
        with open(os.path.join(HERE, style, 'notes.text'), 'w', encoding='utf-8') as fh:
            fh.write(''.join(notes))
        with open(os.path.join(HERE, style, 'gold.phrase'), 'w', encoding='utf-8') as fh:
            fh.write('\n'.join(gold) + '\n')


if __name__ == '__main__':
    main()
