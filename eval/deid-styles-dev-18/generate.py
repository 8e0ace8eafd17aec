#!/usr/bin/env python3
"""Generates deid-styles-dev-18: four styles x 30 invented notes with gold PHI spans.
Python 3 stdlib only; fixed seed; deterministic. Run: python3 generate.py"""
import datetime
import os
import random
import re

import pools as P
import templates as T

SEED = 20261218
HERE = os.path.dirname(os.path.abspath(__file__))
# style folder, first patient id, (share of all-lower notes, share of all-upper notes), days between notes
STYLES = [('poison-control-calls', 18001, (0.0, 0.33), (0, 2)),
          ('speech-language-pathology', 18101, (0.13, 0.0), (3, 28)),
          ('transfusion-blood-bank', 18201, (0.0, 0.30), (0, 45)),
          ('allergy-immunology-letters', 18301, (0.0, 0.0), (21, 120))]
TOKEN = re.compile(r'\{(\w+)\}')
FILTER = re.compile(r'^\[([\w,<>=+]+)\]\s*')
MON = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October',
       'November', 'December']
DAYS = datetime.timedelta


def nth(n):
    return f'{n}' + ('th' if n % 100 in (11, 12, 13) else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th'))


def date_str(r, d, short=True):
    m, dd, y, mo = d.month, d.day, d.year, MON[d.month - 1]
    yy = y % 100
    forms = [f'{m}/{dd}/{y}', f'{m}/{dd}/{yy:02d}', f'{m:02d}/{dd:02d}/{y}', f'{m:02d}/{dd:02d}/{yy:02d}',
             f'{dd}-{mo[:3]}-{y}', f'{dd:02d}{mo[:3].upper()}{yy:02d}', f'{mo} {dd}, {y}', f'{mo[:3]} {dd}, {y}',
             f'{y}-{m:02d}-{dd:02d}', f'{m}.{dd}.{yy:02d}', f'{dd} {mo} {y}', f'{mo} {nth(dd)} {y}']
    if short:
        forms += [f'{m}/{dd}', f'{m}/{dd}', f'{mo[:3]} {dd}', f'{mo} {nth(dd)}', f'{m}-{dd}', f'{dd}-{mo[:3]}']
    return r.choice(forms)


def long_date(r, d):
    mo = MON[d.month - 1]
    return r.choice([f'{mo} {d.day}, {d.year}', f'{d.day} {mo} {d.year}', f'{mo} {d.day}, {d.year}',
                     f'{d.month}/{d.day}/{d.year}', f'{mo[:3]}. {d.day}, {d.year}'])


def monyr_str(r, d):
    mo = MON[d.month - 1]
    return r.choice([f'{mo} {d.year}', f"{mo[:3]} '{d.year % 100:02d}", f'{d.month}/{d.year}', f'{mo[:3]} {d.year}',
                     f'{mo[:3]}-{d.year % 100:02d}'])


def time_str(r):
    h, mi = r.randint(0, 23), r.randint(0, 59)
    return r.choice([f'{h:02d}{mi:02d}', f'{h:02d}:{mi:02d}', f'{(h % 12) or 12}:{mi:02d} {"am" if h < 12 else "pm"}',
                     f'{h:02d}{mi:02d}h', f'{(h % 12) or 12}:{mi:02d}{"a" if h < 12 else "p"}'])


def phone_str(r):
    a, b, c = r.randint(213, 989), r.randint(221, 978), r.randint(0, 9999)
    return r.choice([f'({a}) {b}-{c:04d}', f'({a}){b}-{c:04d}', f'{a}-{b}-{c:04d}', f'{a}.{b}.{c:04d}',
                     f'{a}/{b}-{c:04d}', f'1-{a}-{b}-{c:04d}', f'{b}-{c:04d}', f'{a} {b} {c:04d}'])


def sex_first(r, sex):
    pool = P.FIRST_F if sex == 'F' else P.FIRST_M
    return r.choice(P.FIRST_X) if r.random() < 0.08 else r.choice(pool)


class Person:
    def __init__(self, r, sex=None, last=None):
        self.sex = sex or r.choice('MF')
        self.first = sex_first(r, self.sex)
        self.last = last or r.choice(P.SURNAMES)
        self.mi = r.choice(P.MIDDLE)

    def init(self, r):
        i = self.first[0] + self.mi + self.last[0]
        return r.choice([i, i, self.first[0] + self.last[0], i.lower()])


def one(text, cat):
    return [(text, cat)]


def name_shape(r, p, cat, comma=True, first_alone=False):
    """One person's name in one written shape. `Last, First` is two spans."""
    shapes = ['fl', 'fl', 'f.l', 'fml', 'l', 'fL.', 'f l']
    if comma:
        shapes += ['l,f', 'L,F']
    if first_alone:
        shapes += ['f']
    s = r.choice(shapes)
    if s == 'fl':
        return one(f'{p.first} {p.last}', cat)
    if s == 'f.l':
        return one(f'{p.first[0]}. {p.last}', cat)
    if s == 'fml':
        return one(f'{p.first} {p.mi}. {p.last}', cat)
    if s == 'l':
        return one(p.last, cat)
    if s == 'fL.':
        return one(f'{p.first} {p.last[0]}.', cat)
    if s == 'f l':
        return one(f'{p.first[0]} {p.last}', cat)
    if s == 'f':
        return one(p.first, cat)
    if s == 'L,F':
        return [(p.last.upper(), cat), (', ', None), (p.first.upper(), cat)]
    return [(p.last, cat), (', ', None), (p.first, cat)]


def relation_for(r, pt, rel):
    group = 'child' if pt.age < 18 else 'adult' if pt.age < 65 else 'elder'
    return r.choice(T.RELATIONS[group][rel.sex])


ABO_UNITS = {'O POS': ['O POS', 'O POS', 'O NEG'], 'O NEG': ['O NEG'], 'A POS': ['A POS', 'A POS', 'O POS'],
             'A NEG': ['A NEG', 'O NEG'], 'B POS': ['B POS', 'O POS'], 'B NEG': ['B NEG', 'O NEG'],
             'AB POS': ['AB POS', 'A POS', 'O POS'], 'AB NEG': ['AB NEG', 'A NEG', 'O NEG']}


class Patient:
    def __init__(self, r, pid, style, spec):
        track, lo, hi, p90 = spec
        self.track = track
        self.age = r.randint(90, 99) if r.random() < p90 else r.randint(lo, hi)
        self.months = r.randint(9, 23) if self.age < 2 else None
        sex = r.choice('MF') if track != 'ob' else 'F'
        p = Person(r, sex=sex)
        self.pid, self.first, self.last, self.mi, self.sex = pid, p.first, p.last, p.mi, p.sex
        self.start = datetime.date(2026, r.randint(1, 9), r.randint(1, 28))
        self.dob = datetime.date(self.start.year - self.age, r.randint(1, 12), r.randint(1, 28))
        if (self.dob.month, self.dob.day) > (self.start.month, self.start.day):
            self.dob = self.dob.replace(year=self.dob.year - 1)
        if self.months is not None:
            self.dob = self.start - DAYS(days=int(self.months * 30.4) + r.randint(0, 20))
        self.hospitals = P.HOSPITALS if self.age < 18 else [h for h in P.HOSPITALS if 'Children' not in h[0]]
        self.hosp, self.acr = r.choice(self.hospitals)
        self.town = r.choice(P.TOWNS)
        self.street = f'{r.randint(4, 12980)} {r.choice(P.STREETS)}'
        self.doc = Person(r)
        self.s1 = Person(r)
        self.s2 = Person(r)
        self.mrn = r.choice([f'{r.randint(1000000, 9999999)}', f'{r.randint(10, 99)}-{r.randint(10, 99)}-{r.randint(10, 99)}-{r.randint(0, 9)}',
                             f'E{r.randint(1000000, 9999999)}', f'000{r.randint(100000, 999999)}', f'{r.randint(100, 999)}-{r.randint(1000, 9999)}'])
        self.case_pc = r.choice([f'{self.start.year % 100:02d}-{r.randint(10000, 99999)}', f'PC{r.randint(1000000, 9999999)}',
                                 f'{self.start.year}{r.randint(100000, 999999)}'])
        rel = Person(r)
        self.relation = relation_for(r, self, rel)
        if self.relation not in ('babysitter', 'roommate', 'caregiver', 'friend') and r.random() < 0.6:
            rel.last = self.last
        self.rel = rel
        self.wt = (f'{r.randint(8, 16)}' if self.age < 3 else f'{r.randint(14, 25)}' if self.age < 7 else
                   f'{r.randint(26, 60)}' if self.age < 14 else f'{r.randint(48, 118)}')
        self.pcc = r.choice(P.POISON_CENTERS)
        a = self.age
        self.school = r.choice(P.PRESCHOOLS if a < 5 else P.ELEM_SCHOOLS if a < 11 else P.MID_SCHOOLS if a < 14
                               else P.HIGH_SCHOOLS if a < 19 else P.COLLEGES)
        self.work_school = r.choice(P.ELEM_SCHOOLS + P.MID_SCHOOLS + P.HIGH_SCHOOLS)
        self.daycare = r.choice(P.DAYCARES)
        self.employer, self.job = r.choice(P.EMPLOYERS)
        self.pharmacy = r.choice(P.PHARMACIES)
        self.pharm_street = f'{r.randint(10, 4999)} {r.choice(P.STREETS)}'
        self.slp_clinic = r.choice(P.SLP_PEDS if a < 18 else P.SLP_ADULT)
        self.ent = r.choice(P.ENT)
        self.neuro = r.choice(P.NEURO)
        self.snf = r.choice(P.SNF)
        self.church = r.choice(P.CHURCHES)
        self.refl, self.refl_acr = r.choice(P.REF_LABS)
        self.allergy = r.choice(P.ALLERGY_CLINICS)
        self.pcp = r.choice(P.PCP_PEDS if a < 18 else P.PCP_ADULT)
        self.cl_street = f'{r.randint(100, 9800)} {r.choice(P.STREETS)}'
        self.cl_town = r.choice(P.TOWNS)
        self.cl_zip = f'{r.randint(40100, 56999):05d}'
        self.cl_phone, self.cl_fax = phone_str(r), phone_str(r)
        self.pcp_street = f'{r.randint(100, 9800)} {r.choice(P.STREETS)}'
        self.pcp_town = r.choice(P.TOWNS)
        self.pcp_zip = f'{r.randint(40100, 56999):05d}' + (f'-{r.randint(1000, 9999)}' if r.random() < 0.3 else '')
        self.pcp_fax = phone_str(r)
        self.state = r.choice(P.STATES)
        subs = [s for s in T.SUBSTANCES if track in s['tracks']] if style == 'poison-control-calls' else []
        self.sub = r.choice(subs) if subs else None
        self.reason = r.choice(T.REASONS.get(style, {}).get(track, ['evaluation']))
        self.grade = (['pre-K', 'pre-K', 'pre-K', 'pre-K', 'pre-K', 'kindergarten', '1st grade', '2nd grade', '3rd grade',
                       '4th grade', '5th grade', '6th grade', '7th grade', '8th grade', '9th grade', '10th grade',
                       '11th grade', '12th grade'] + ['college'] * 90)[a]
        self.ca = f'{a};{r.randint(0, 11)}'
        self.insurer = r.choice(P.INSURERS)
        self.abo = r.choice(['O NEG', 'A NEG', 'B NEG'] if track == 'ob' else
                            ['O POS', 'O POS', 'A POS', 'A POS', 'B POS', 'AB POS', 'O NEG', 'A NEG'])
        self.email_dom = (re.sub(r'[^a-z]', '', self.allergy.split()[0].lower()) + 'allergy.com'
                          if style == 'allergy-immunology-letters' else r.choice(P.EMAIL_HCP))
        self.tags = {track}
        if style == 'poison-control-calls':
            self.tags.add('hcf' if track in ('teen', 'intent', 'bite') or self.sub.get('hcf')
                          or r.random() < 0.4 else 'home')
            self.tags.add(self.sub.get('kind', 'med'))
            if track == 'peds':
                self.tags.add('dc' if r.random() < 0.3 else 'athome')
            if track == 'elder':
                self.tags.add('al' if r.random() < 0.35 else 'house')
        if track == 'swallow':
            self.tags.add('snf' if r.random() < 0.4 else 'home')
        if track == 'ob':
            self.tags.add('sens' if r.random() < 0.45 else 'rhig')
        self.suite = r.choice(T.WORDS['suite'])
        self.same_staff = {'speech-language-pathology': 0.7, 'allergy-immunology-letters': 1.0}.get(style, 0.2)


class Ctx:
    def __init__(self, r, pt, date, n, prev):
        self.r, self.pt, self.date, self.n, self.prev = r, pt, date, n, prev
        self.s1 = pt.s1 if r.random() < pt.same_staff else Person(r)
        self.s2 = pt.s2 if r.random() < 0.6 else Person(r)
        self.tech = Person(r)
        self.unit_fmt = r.randint(0, 2)


POOLS = {'town_any': P.TOWNS,
         'pharmacy': P.PHARMACIES, 'employer': [e for e, _ in P.EMPLOYERS], 'snf': P.SNF, 'ent': P.ENT,
         'church': P.CHURCHES, 'refl': [x for x, _ in P.REF_LABS],
         'pcp_any': P.PCP_ADULT, 'ob_practice': P.OB_PRACTICES, 'insurer': P.INSURERS, 'home_health': P.HOME_HEALTH,
         'slp_any': P.SLP_ADULT}
MINE = {'town': 'town', 'street': 'street', 'myhosp': 'hosp', 'myacr': 'acr', 'pcc': 'pcc',
        'my_school': 'school', 'work_school': 'work_school', 'daycare': 'daycare', 'my_employer': 'employer',
        'my_pharmacy': 'pharmacy', 'pharm_street': 'pharm_street', 'my_clinic': 'slp_clinic', 'my_ent': 'ent',
        'my_neuro': 'neuro', 'my_snf': 'snf', 'my_church': 'church', 'my_refl': 'refl', 'refl_acr': 'refl_acr',
        'supplier': 'refl',
        'allergy': 'allergy', 'my_pcp': 'pcp', 'cl_street': 'cl_street', 'cl_town': 'cl_town', 'cl_zip': 'cl_zip',
        'pcp_street': 'pcp_street', 'pcp_town': 'pcp_town', 'pcp_zip': 'pcp_zip', 'my_insurer': 'insurer'}
MINE_PHONE = {'cl_phone': 'cl_phone', 'cl_fax': 'cl_fax', 'pcp_fax': 'pcp_fax'}
PLAIN = {'job': 'job', 'reason': 'reason', 'grade': 'grade', 'wt': 'wt', 'state': 'state', 'relation': 'relation',
         'abo': 'abo', 'ca': 'ca', 'suite': 'suite'}
PRONOUNS = {'he': ('he', 'she'), 'He': ('He', 'She'), 'his': ('his', 'her'), 'His': ('His', 'Her'),
            'him': ('him', 'her'), 'sexw': ('male', 'female'), 'Mr': ('Mr.', 'Ms.')}


def past(r, pt, d, lo, hi):
    """A day lo..hi days before d, but after the patient's birth."""
    x = d - DAYS(days=r.randint(lo, hi))
    return x if x > pt.dob else pt.dob + DAYS(days=r.randint(1, max(1, (d - pt.dob).days - 1)))


def tok(c, name):
    r, pt, d = c.r, c.pt, c.date
    if name in PRONOUNS:
        return one(PRONOUNS[name][pt.sex == 'F'], None)
    if name == 'man':
        words = ('boy', 'girl') if pt.age < 18 else ('man', 'woman')
        return one(words[pt.sex == 'F'], None)
    if name == 'sex':
        return one(pt.sex, None)
    if name == 'Relation':
        return one(pt.relation[0].upper() + pt.relation[1:], None)
    if name in PLAIN:
        return one(getattr(pt, PLAIN[name]), None)
    if name == 'uabo':
        return one(r.choice(ABO_UNITS[pt.abo]), None)
    if name == 'floor':
        return one(r.choice(T.FLOORS.get(pt.track, T.FLOORS['any'])), None)
    # patient
    if name == 'pt':
        return name_shape(r, pt, 'PTName', first_alone=True)
    if name == 'pt_full':
        return one(f'{pt.first} {pt.last}', 'PTName')
    if name == 'pt_fml':
        return one(f'{pt.first} {pt.mi}. {pt.last}', 'PTName')
    if name == 'pt_first':
        return one(pt.first, 'PTName')
    if name == 'pt_last':
        return one(pt.last, 'PTName')
    if name == 'pt_LF':
        x = r.random()
        if x < 0.35:
            return [(pt.last.upper(), 'PTName'), (', ', None), (pt.first.upper(), 'PTName')]
        if x < 0.55:
            return [(pt.last.upper(), 'PTName'), (',', None), (pt.first.upper(), 'PTName'), (' ', None), (pt.mi, 'PTNameInitial')]
        return [(pt.last, 'PTName'), (', ', None), (pt.first, 'PTName'), (' ', None), (pt.mi + '.', 'PTNameInitial')]
    if name == 'pt_title':
        t = r.choice(['Mr.', 'Mr']) if pt.sex == 'M' else r.choice(['Ms.', 'Mrs.', 'Ms'])
        if pt.age < 14:
            return one(pt.first, 'PTName')
        return [(t + ' ', None), (pt.last, 'PTName')]
    if name == 'pt_init':
        i = pt.first[0] + pt.mi + pt.last[0]
        return one(r.choice([i, i.lower(), '.'.join(i) + '.', pt.first[0] + pt.last[0]]), 'PTNameInitial')
    if name == 'age':
        return one(str(pt.age), 'Age' if pt.age >= 90 else None)
    if name == 'agetxt':
        if pt.months is not None:
            return one(r.choice([f'{pt.months} mo', f'{pt.months}mo', f'{pt.months} m/o', f'{pt.months} months']), None)
        unit = r.choice([' yo', 'yo', ' y/o', ' yr', 'y'])
        return [(str(pt.age), 'Age' if pt.age >= 90 else None), (unit, None)]
    if name == 'ageyo':
        if pt.months is not None:
            return one(f'{pt.months}-month-old', None)
        return [(str(pt.age), 'Age' if pt.age >= 90 else None), ('-year-old', None)]
    if name == 'dob':
        return one(date_str(r, pt.dob, short=False), 'Date')
    if name == 'mrn':
        return one(pt.mrn, 'Other')
    if name == 'case_pc':
        return one(pt.case_pc, 'Other')
    if name == 'acct':
        return one(r.choice([f'{r.randint(10000000, 99999999)}', f'V{r.randint(1000000, 9999999)}',
                             f'{r.randint(100, 999)}-{r.randint(100000, 999999)}']), 'Other')
    if name == 'accession':
        return one(r.choice([f'BB{d.year % 100:02d}-{r.randint(1000, 99999):06d}', f'{d.year % 100:02d}B{r.randint(100000, 999999)}',
                             f'T{r.randint(1000000, 9999999)}']), 'Other')
    if name == 'ref_no':
        return one(r.choice([f'IRL-{d.year % 100:02d}{d.month:02d}-{r.randint(100, 999)}', f'R{r.randint(100000, 999999)}',
                             f'{r.randint(10, 99)}-{r.randint(1000, 9999)}']), 'Other')
    if name == 'unit_no':
        fac, yy, serial = f'W{r.randint(1000, 9999)}', f'{d.year % 100:02d}', f'{r.randint(0, 999999):06d}'
        return one([f'{fac} {yy} {serial}', f'{fac}{yy}{serial}', f'{fac} {yy} {serial} {r.choice("ABCDEFGHJKX")}'][c.unit_fmt], 'Other')
    if name == 'auth':
        return one(r.choice([f'PA-{r.randint(1000000, 9999999)}', f'{r.randint(100000000, 999999999)}',
                             f'AUTH {r.randint(10000, 99999)}-{r.randint(10, 99)}']), 'Other')
    if name == 'email_pt':
        last = re.sub(r"[^a-z]", '', pt.last.lower())
        return one(f'{pt.first.lower()}{r.choice([".", "_", ""])}{last}{r.randint(1, 99)}@{r.choice(P.EMAIL_LAY)}', 'Other')
    if name == 'email_hcp':
        p = c.s1
        return one(f'{p.first[0].lower()}{re.sub(r"[^a-z]", "", p.last.lower())}@{pt.email_dom}', 'Other')
    if name == 'email_rel':
        p = pt.rel
        return one(f'{p.first.lower()}{r.choice([".", ""])}{re.sub(r"[^a-z]", "", p.last.lower())[:7]}{r.randint(1, 99)}@{r.choice(P.EMAIL_LAY)}', 'Other')
    if name == 'email_lay':
        p = Person(r)
        return one(f'{p.first.lower()}.{re.sub(r"[^a-z]", "", p.last.lower())[:6]}@{r.choice(P.EMAIL_LAY)}', 'Other')
    # dates
    if name == 'date':
        return one(date_str(r, d), 'Date')
    if name == 'date_long':
        return one(long_date(r, d), 'Date')
    if name == 'md':
        dd = past(r, pt, d, 0, 14)
        return one(r.choice([f'{dd.month}/{dd.day}', f'{dd.month}/{dd.day}', f'{MON[dd.month - 1][:3]} {dd.day}',
                             f'{dd.month}-{dd.day}', nth(dd.day)]), 'Date')
    if name == 'date_prior':
        return one(date_str(r, past(r, pt, d, 3, 700)), 'Date')
    if name == 'date_prior_long':
        return one(long_date(r, past(r, pt, d, 20, 700)), 'Date')
    if name in ('date_first', 'date_last'):
        return one(long_date(r, pt.start if name == 'date_first' else c.prev), 'Date')
    if name == 'date_next':
        return one(date_str(r, d + DAYS(days=r.randint(1, 100))), 'Date')
    if name == 'md_after':
        dd = d + DAYS(days=r.randint(0, 4))
        return one(r.choice([f'{dd.month}/{dd.day}', f'{dd.month}/{dd.day}/{dd.year % 100:02d}', f'{dd.month}-{dd.day}']), 'Date')
    if name in ('yr_adult', 'yr_teen'):
        lo, hi = pt.dob.year + (17 if name == 'yr_adult' else 12), d.year - 1
        return one(str(r.randint(lo, hi) if lo <= hi else d.year), 'DateYear')
    if name == 'date_soon':
        return one(date_str(r, d + DAYS(days=r.randint(1, 3))), 'Date')
    if name == 'date_exp':
        e = d + DAYS(days=r.randint(3, 40))
        return one(r.choice([f'{e.month:02d}/{e.day:02d}/{e.year % 100:02d}', f'{e.year}{e.month:02d}{e.day:02d}',
                             f'{e.day:02d}{MON[e.month - 1][:3].upper()}{e.year % 100:02d}', f'{e.year}-{e.month:02d}-{e.day:02d}']), 'Date')
    if name in ('date_time', 'dt_after'):
        dd = d - DAYS(days=r.randint(0, 1)) if name == 'date_time' else d + DAYS(days=r.randint(0, 1))
        h, mi = r.randint(0, 23), r.randint(0, 59)
        return one(r.choice([f'{dd.month}/{dd.day}/{dd.year % 100:02d} {h:02d}{mi:02d}', f'{dd.month}/{dd.day} @ {h:02d}:{mi:02d}',
                             f'{dd.year}-{dd.month:02d}-{dd.day:02d} {h:02d}:{mi:02d}', f'{dd.month:02d}/{dd.day:02d}/{dd.year} {h:02d}:{mi:02d}',
                             f'{dd.day:02d}{MON[dd.month - 1][:3].upper()}{dd.year % 100:02d} {h:02d}{mi:02d}',
                             f'{dd.month}/{dd.day} {time_str(r)}']), 'Date')
    if name == 'monyr':
        return one(monyr_str(r, past(r, pt, d, 40, 3000)), 'Date')
    if name == 'year':
        lo = max(pt.dob.year + 1, d.year - 30)
        return one(str(r.randint(lo, d.year - 1) if lo <= d.year - 1 else d.year), 'DateYear')
    if name == 'yy':
        lo = max(pt.dob.year + 1, d.year - 20)
        y = r.randint(lo, d.year - 1) if lo <= d.year - 1 else d.year
        return one(r.choice([f"'{y % 100:02d}", str(y), str(y)]), 'DateYear')
    if name == 'time':
        return one(time_str(r), None)
    if name == 'appt_time':
        return one(r.choice(['8:30 am', '0930', '10:15', '1:15 pm', '14:00', '3:45 pm', '11:30a', '4 pm']), None)
    # staff
    if name == 'doc':
        return name_shape(r, pt.doc, 'HCPName', comma=False)
    if name == 'doc_full':
        return one(r.choice([f'{pt.doc.first} {pt.doc.last}', f'{pt.doc.first} {pt.doc.mi}. {pt.doc.last}']), 'HCPName')
    if name == 'doc_last':
        return one(pt.doc.last, 'HCPName')
    if name == 'doc_first':
        return one(pt.doc.first, 'HCPName')
    if name == 'doc_LF':
        return [(pt.doc.last, 'HCPName'), (r.choice([', ', ',']), None), (pt.doc.first, 'HCPName')]
    if name in ('s1', 's2', 'tech_p'):
        p = {'s1': c.s1, 's2': c.s2, 'tech_p': c.tech}[name]
        return name_shape(r, p, 'HCPName', comma=False)
    if name in ('s1_full', 's2_full'):
        p = c.s1 if name == 's1_full' else c.s2
        return one(r.choice([f'{p.first} {p.last}', f'{p.first} {p.mi}. {p.last}']), 'HCPName')
    if name in ('s1_last', 's2_last'):
        return one((c.s1 if name == 's1_last' else c.s2).last, 'HCPName')
    if name == 's1_first':
        return one(c.s1.first, 'HCPName')
    if name in ('s1_init', 's2_init'):
        p = c.s1 if name == 's1_init' else c.s2
        return one(p.init(r).upper(), 'HCPName')
    if name in ('s1_LF', 's2_LF'):
        p = c.s1 if name == 's1_LF' else c.s2
        return [(p.last, 'HCPName'), (', ', None), (p.first, 'HCPName')]
    if name == 'tech':
        return one(r.choice([c.tech.init(r).upper(), Person(r).init(r).upper()]), 'HCPName')
    if name == 'hcp':
        return name_shape(r, Person(r), 'HCPName', comma=False)
    if name == 'hcp_full':
        p = Person(r)
        return one(f'{p.first} {p.last}', 'HCPName')
    if name == 'hcp_last':
        return one(r.choice(P.SURNAMES), 'HCPName')
    if name == 'hcp_first':
        return one(Person(r).first, 'HCPName')
    if name == 'hcp_LF':
        p = Person(r)
        return [(p.last, 'HCPName'), (', ', None), (p.first, 'HCPName')]
    if name == 'ini':
        return one(Person(r).init(r), 'HCPName')
    # relatives and lay persons
    if name == 'rel':
        return name_shape(r, pt.rel, 'RelativeProxyName', comma=False, first_alone=True)
    if name == 'rel_full':
        return one(f'{pt.rel.first} {pt.rel.last}', 'RelativeProxyName')
    if name == 'rel_first':
        return one(pt.rel.first, 'RelativeProxyName')
    if name == 'lay':
        return name_shape(r, Person(r), 'RelativeProxyName', comma=False)
    if name == 'lay_full':
        p = Person(r)
        return one(f'{p.first} {p.last}', 'RelativeProxyName')
    if name == 'lay_first':
        return one(Person(r).first, 'RelativeProxyName')
    # contacts
    if name in ('phone', 'fax'):
        return one(phone_str(r), 'Phone')
    if name in MINE_PHONE:
        return one(getattr(pt, MINE_PHONE[name]), 'Phone')
    if name == 'pager':
        return one(r.choice([f'{r.randint(1000, 9999)}', f'#{r.randint(1000, 9999)}', f'{r.randint(2, 8)}-{r.randint(1000, 9999)}',
                             f'p{r.randint(10000, 99999)}']), 'Phone')
    if name == 'ext':
        return one(r.choice(['ext ', 'x', 'ext. ', 'X', 'x ']) + str(r.randint(100, 9999)), 'Phone')
    # places
    if name == 'hosp2':
        h, a = r.choice(pt.hospitals)
        return [(h, 'Location'), (' (', None), (a, 'Location'), (')', None)]
    if name == 'myhosp2':
        return [(pt.hosp, 'Location'), (' (', None), (pt.acr, 'Location'), (')', None)]
    if name in MINE:
        return one(getattr(pt, MINE[name]), 'Location')
    if name == 'town_lc':
        return one(pt.town.lower(), 'Location')
    if name == 'street_any':
        return one(f'{r.randint(3, 12999)} {r.choice(P.STREETS)}', 'Location')
    if name == 'hosp':
        return one(r.choice(pt.hospitals)[0], 'Location')
    if name == 'hosp_acr':
        return one(r.choice(pt.hospitals)[1], 'Location')
    if name in POOLS:
        return one(r.choice(POOLS[name]), 'Location')
    # not PHI
    if name in ('sub', 'sub_agent', 'sub_amt', 'sub_code', 'route'):
        key = {'sub': 'label', 'sub_agent': 'agent', 'sub_amt': 'amt', 'sub_code': 'code', 'route': 'route'}[name]
        v = pt.sub[key]
        return one(r.choice(v) if isinstance(v, list) else v, None)
    if name in T.WORDS:
        return one(r.choice(T.WORDS[name]), None)
    raise KeyError(name)


def wrap(text, spans, width):
    """Break a paragraph at spaces outside spans; offsets do not move (a space becomes a newline)."""
    inside = set()
    for s, e, _ in spans:
        inside.update(range(s, e))
    chars = list(text)
    start, last_ok = 0, None
    for i, ch in enumerate(chars):
        if ch != ' ' or i in inside:
            continue
        if i - start > width and last_ok is not None:
            chars[last_ok] = '\n'
            start = last_ok + 1
            last_ok = i if i - start <= width else None
            if last_ok is None:
                chars[i] = '\n'
                start = i + 1
        else:
            last_ok = i
    if len(chars) - start > width and last_ok is not None:
        chars[last_ok] = '\n'
    return ''.join(chars)


def render_line(c, line):
    text, spans, pos, last = [], [], 0, 0
    for m in TOKEN.finditer(line):
        lit = line[last:m.start()]
        if lit.startswith('.') and text and text[-1].endswith('.'):
            lit = lit[1:]
        text.append(lit)
        pos += len(lit)
        for t, cat in tok(c, m.group(1)):
            if cat:
                spans.append((pos, pos + len(t), cat))
            text.append(t)
            pos += len(t)
        last = m.end()
    lit = line[last:]
    if lit.startswith('.') and text and text[-1].endswith('.'):
        lit = lit[1:]
    text.append(lit)
    return ''.join(text), spans


def render(c, tpl, width):
    tpl = FILTER.sub('', tpl, count=1)
    out, spans, pos = [], [], 0
    for raw in tpl.split('\n'):
        upper = wrapit = False
        while raw[:1] in ('^', '~'):
            upper |= raw[0] == '^'
            wrapit |= raw[0] == '~'
            raw = raw[1:]
        t, sp = render_line(c, raw)
        if upper:
            t = t.upper()
        if wrapit:
            t = wrap(t, sp, width)
        if out:
            pos += 1
        spans += [(s + pos, e + pos, k) for s, e, k in sp]
        out.append(t)
        pos += len(t)
    return '\n'.join(out), spans


def fits(cond, pt):
    """`[track,track,a<18,a>=65]`: any listed track (or none listed), and every age condition."""
    ages = [x[1:] for x in cond if re.match(r'a[<>]', x)]
    need = [x[1:] for x in cond if x.startswith('+')]
    tracks = [x for x in cond if not re.match(r'a[<>]', x) and not x.startswith('+')]
    ok = (not tracks or pt.track in tracks) and all(x in pt.tags for x in need)
    for a in ages:
        op, num = re.match(r'([<>]=?)(\d+)$', a).groups()
        num = int(num)
        ok = ok and {'<': pt.age < num, '<=': pt.age <= num, '>': pt.age > num, '>=': pt.age >= num}[op]
    return ok


def eligible(tpls, pt):
    out = []
    for t in tpls:
        m = FILTER.match(t)
        if m is None or fits(m.group(1).split(','), pt):
            out.append(t)
    return out


def build(r, style, pt, date, n, prev, earlier, case_mix):
    S = T.STYLES[style]
    for _ in range(500):
        c = Ctx(r, pt, date, n, prev)
        width = r.randint(74, 96)
        kind = r.choice(S['first'] if n == 1 else S['later'])
        x = r.random()
        mode = 'lower' if x < case_mix[0] else 'upper' if x < case_mix[0] + case_mix[1] else 'mixed'
        parts, made, used = [], [], set()
        free_pool = eligible(S['free'] + (pt.sub['lines'] if pt.sub else []), pt)
        for slot in S['kinds'][kind]:
            op = slot[0]
            if op == 'free':
                pool = [f for f in free_pool if f not in used]
                for f in r.sample(pool, min(len(pool), r.randint(slot[1], slot[2]))):
                    used.add(f)
                    t, sp = render(c, f, width)
                    assert not sp, f
                    parts.append((t, []))
                continue
            if op == 'copy':
                if earlier and mode == 'mixed' and r.random() < slot[1]:
                    pool, seen = [], set()
                    for key, b in earlier:
                        if key not in seen:
                            seen.add(key)
                            pool.append((key, b))
                    for key, (bt, bs) in r.sample(pool, min(len(pool), r.randint(1, 2))):
                        used.add(key[1])
                        tag, tsp = render(c, r.choice(S['tags']), width)
                        tag += '\n'
                        parts.append((tag + bt, tsp + [(s + len(tag), e + len(tag), k) for s, e, k in bs]))
                continue
            name = slot[1]
            extra = pt.sub.get(name, []) if pt.sub else []
            tpls = [t for t in eligible(S['blocks'][name] + extra, pt) if t not in used]
            if not tpls:
                continue
            if op == 'one':
                if r.random() >= slot[2]:
                    continue
                chosen = [r.choice(tpls)]
            else:
                k = min(len(tpls), r.randint(slot[2], slot[3]))
                chosen = [tpls[i] for i in sorted(r.sample(range(len(tpls)), k))]
            for t in chosen:
                used.add(t)
                b = render(c, t, width)
                parts.append(b)
                if name in S.get('copyable', ()):
                    made.append(((name, t), b))
        body, spans = '', []
        gap = S.get('gap', 0.3)
        for t, sp in parts:
            t = t.strip('\n')
            if body:
                body += '\n\n' if r.random() < gap else '\n'
            spans += [(len(body) + s, len(body) + e, k) for s, e, k in sp]
            body += t
        body = '\n' + body + '\n'
        spans = [(s + 1, e + 1, k) for s, e, k in spans]
        if mode == 'lower':
            body = body.lower()
        elif mode == 'upper':
            body = body.upper()
        lines = sum(1 for l in body.split('\n') if l.strip())
        if 8 <= len(spans) <= 30 and 15 <= lines <= 40:
            return body, spans, (made if mode == 'mixed' else [])
    raise RuntimeError(f'{style}: could not meet the limits for {pt.pid}-{n}')


def main():
    r = random.Random(SEED)
    for style, first, case_mix, gap in STYLES:
        os.makedirs(os.path.join(HERE, style), exist_ok=True)
        notes, gold, done, pid = [], [], 0, first
        specs = T.TRACKS[style] * 4
        r.shuffle(specs)
        while done < 30:
            k = min(r.choice([1, 1, 2, 2, 3]), 30 - done)
            pt = Patient(r, pid, style, specs.pop())
            date, prev, earlier = pt.start, pt.start, []
            for n in range(1, k + 1):
                body, spans, made = build(r, style, pt, date, n, prev, earlier, case_mix)
                prev = date
                earlier += made
                notes.append(f'START_OF_RECORD={pid}||||{n}||||\n{body}||||END_OF_RECORD\n')
                gold += [f'{pid} {n} {s} {e} {k2} {body[s:e]}\n' for s, e, k2 in sorted(spans)]
                date += DAYS(days=r.randint(*gap))
            done += k
            pid += 1
        for fname, rows in (('notes.text', notes), ('gold.phrase', gold)):
            with open(os.path.join(HERE, style, fname), 'w', encoding='ascii', newline='\n') as fh:
                fh.write(''.join(rows))
        print(style, f'patients {first}-{pid - 1}')


if __name__ == '__main__':
    main()
