#!/usr/bin/env python3
"""Generates deid-styles-dev-7: 4 styles x 30 notes in the PhysioNet layout with gold PHI spans.
Python 3 stdlib only, fixed seed, deterministic bytes. Templates in templates.py, pools in pools.py.
Template syntax: {role} / {role:fmt} for people, {token} for other values; a line starting with '^'
is typed in capitals; '|' inside a block separates lines."""
import datetime
import os
import random
import re

import pools as P
import templates as T

SEED = 20261207
HERE = os.path.dirname(os.path.abspath(__file__))
TOK = re.compile(r'\{(\w+)(?::(\w+))?\}')
MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']
MONTH = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September',
         'October', 'November', 'December']
STAFF_ROLES = {'att', 'res', 'fel', 'tech', 'rn', 'sono', 'rep', 'typ', 'np', 'sw', 'md2', 'ref', 'pcp',
               'op', 'ther', 'cm', 'hcp'}
REL_ROLES = {'mom', 'dad', 'sib', 'sib2', 'rel', 'fr', 'per', 'grd'}
PATIENT_ROLES = {'ref', 'pcp', 'op', 'ther', 'cm', 'mom', 'dad', 'sib', 'sib2', 'rel', 'fr', 'grd'}


def ordinal(n):
    return f'{n}{"th" if 11 <= n % 100 <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")}'


class Person:
    def __init__(self, rng, first=None, last=None, pool=None, avoid=None):
        self.first = first or rng.choice(pool or P.FIRST_ALL)
        while avoid and self.first == avoid:
            self.first = rng.choice(pool or P.FIRST_ALL)
        self.last = last or rng.choice(P.SURNAMES)
        self.mi = rng.choice('ABCDEFGHJKLMNPRSTW')


class Note:
    def __init__(self, rng, pat, date, style):
        self.rng, self.pat, self.date, self.style = rng, pat, date, style
        self.staff = {}
        self.datefmt = rng.randrange(12)
        self.hosp = pat['hosp']

    # ---- people -------------------------------------------------------------
    def person(self, role):
        if role == 'pt':
            return self.pat['pt'], 'PTName'
        if role in ('hcp', 'per'):
            return Person(self.rng), 'HCPName' if role == 'hcp' else 'RelativeProxyName'
        store = self.pat['people'] if role in PATIENT_ROLES else self.staff
        if role not in store:
            last = self.pat['pt'].last if role in ('mom', 'dad', 'sib', 'sib2') and self.rng.random() < 0.7 else None
            pool = P.FIRST_F if role in ('mom', 'grd') else P.FIRST_M if role == 'dad' else None
            store[role] = Person(self.rng, last=last, pool=pool, avoid=self.pat['pt'].first)
        return store[role], 'HCPName' if role in STAFF_ROLES else 'RelativeProxyName'

    def name(self, role, fmt):
        p, cat = self.person(role)
        r = self.rng
        if fmt is None:
            fmt = r.choice(['full', 'full', 'fl', 'fml', 'last'])
        if fmt == 'lf':
            return [(p.last, cat), (', ', None), (p.first, cat)]
        if fmt == 'LF':
            return [(p.last.upper(), cat), (', ', None), (p.first.upper(), cat)]
        if fmt == 'init':
            cat2 = 'PTNameInitial' if cat == 'PTName' else cat
            s = r.choice([p.first[0] + p.last[0], p.first[0] + p.mi + p.last[0], f'{p.first[0]}.{p.last[0]}.',
                          (p.first[0] + p.last[0]).lower()])
            return [(s, cat2)]
        s = {'full': f'{p.first} {p.last}', 'last': p.last, 'first': p.first,
             'fl': f'{p.first[0]}. {p.last}' if r.random() < 0.7 else f'{p.first[0]} {p.last}',
             'fml': f'{p.first} {p.mi}. {p.last}', 'cap': f'{p.first} {p.last}'.upper(),
             'lcap': p.last.upper(), 'fi': f'{p.first} {p.last[0]}.'}[fmt]
        return [(s, cat)]

    # ---- dates --------------------------------------------------------------
    def fmt_date(self, d, f=None):
        f = self.rng.randrange(13) if f is None else f
        y2 = d.year % 100
        return [f'{d.month}/{d.day}/{d.year}', f'{d.month:02d}/{d.day:02d}/{y2:02d}', f'{d.month}-{d.day}-{y2:02d}',
                f'{MON[d.month - 1]} {d.day}, {d.year}', f'{MONTH[d.month - 1]} {ordinal(d.day)}',
                f'{d.day} {MON[d.month - 1]} {d.year}', d.isoformat(), f'{d.month}/{d.day}',
                f'{MON[d.month - 1]} {d.day}', f'{d.day:02d}-{MON[d.month - 1].upper()}-{d.year}',
                f'{d.month}.{d.day}.{y2:02d}', f'{d.month}/{d.day}/{y2:02d}', f'{MON[d.month - 1]}. {ordinal(d.day)}'][f]

    def time(self):
        r = self.rng
        h, m = r.randrange(24), r.randrange(60)
        return r.choice([f'{h:02d}:{m:02d}', f'{(h % 12) or 12}:{m:02d} {"AM" if h < 12 else "PM"}',
                         f'{h:02d}{m:02d}', f'{(h % 12) or 12}:{m:02d}{"a" if h < 12 else "p"}', f'{h}:{m:02d}'])

    def past(self, lo, hi):
        return self.date - datetime.timedelta(days=self.rng.randint(lo, hi))

    # ---- tokens -------------------------------------------------------------
    def tok(self, name, fmt):
        r = self.rng
        if name == 'pt' or name in STAFF_ROLES or name in REL_ROLES:
            return self.name(name, fmt)
        simple = {
            'd': lambda: (self.fmt_date(self.date, self.datefmt), 'Date'),
            'dd': lambda: (self.fmt_date(self.date), 'Date'),
            'date': lambda: (self.fmt_date(self.past(2, 900)), 'Date'),
            'recent': lambda: (self.fmt_date(self.past(1, 60)), 'Date'),
            'md': lambda: (self.fmt_date(self.past(0, 40), r.choice([7, 8, 12])), 'Date'),
            'future': lambda: (self.fmt_date(self.date + datetime.timedelta(days=r.randint(3, 120))), 'Date'),
            'dt': lambda: (f'{self.fmt_date(self.date + datetime.timedelta(days=r.choice([0, 0, 0, 1])), r.choice([0, 1, 7, 8, 6]))}{r.choice([" ", " at ", " @ ", " "])}{self.time()}', 'Date'),
            'dob': lambda: (self.fmt_date(self.pat['dob'], r.choice([0, 1, 3, 6, 9])), 'Date'),
            'my': lambda: (r.choice([f'{MONTH[r.randrange(12)]} {r.randint(2015, 2025)}', f'{MON[r.randrange(12)]} {r.randint(2015, 2025)}',
                                     f'{r.randint(1, 12)}/{r.randint(2016, 2025)}']), 'Date'),
            'yr': lambda: (r.choice([str(r.randint(1998, 2025)), str(r.randint(2008, 2025)), f"'{r.randint(5, 25):02d}"]), 'DateYear'),
            'hosp': lambda: (r.choice(P.HOSPITALS)[r.choice([0, 0, 1])], 'Location'),
            'hospn': lambda: (r.choice(P.HOSPITALS)[0], 'Location'),
            'myhosp': lambda: (self.hosp[0], 'Location'),
            'myacr': lambda: (self.hosp[1], 'Location'),
            'birthhosp': lambda: (self.pat['birthhosp'], 'Location'),
            'clinic': lambda: (r.choice(P.CLINICS), 'Location'),
            'town': lambda: (self.town(), 'Location'),
            'mytown': lambda: (self.pat['town'], 'Location'),
            'street': lambda: (f'{r.randint(3, 2990)} {r.choice(P.STREETS)}', 'Location'),
            'state': lambda: (r.choice(P.STATES), 'Location'),
            'zip': lambda: (f'0{r.randint(1000, 9999)}', 'Location'),
            'school': lambda: (self.pat['school'], 'Location'),
            'daycare': lambda: (self.pat['daycare'], 'Location'),
            'employer': lambda: (r.choice(P.EMPLOYERS), 'Location'),
            'shelter': lambda: (r.choice(P.SHELTERS), 'Location'),
            'grouphome': lambda: (self.pat['grouphome'], 'Location'),
            'court': lambda: (r.choice(P.COURTS), 'Location'),
            'police': lambda: (r.choice(P.POLICE), 'Location'),
            'pharm': lambda: (r.choice(P.PHARMACIES), 'Location'),
            'ins': lambda: (r.choice(P.INSURERS), 'Location'),
            'church': lambda: (r.choice(P.CHURCHES), 'Location'),
            'wic': lambda: (r.choice(P.WIC), 'Location'),
            'vendor': lambda: (r.choice(P.VENDORS), 'Location'),
            'program': lambda: (r.choice(P.PROGRAMS), 'Location'),
            'agency': lambda: (r.choice(P.AGENCIES), 'Location'),
            'phone': lambda: (self.phone(), 'Phone'),
            'pager': lambda: (r.choice([f'x{r.randint(2000, 8999)}', str(r.randint(10000, 99999)), f'{r.randint(2, 7)}-{r.randint(1000, 9999)}',
                                        f'#{r.randint(1000, 9999)}']), 'Phone'),
            'ext': lambda: (str(r.randint(100, 9999)), 'Phone'),
            'badge': lambda: (str(r.randint(100, 9999)), 'Other'),
            'mrn': lambda: (self.pat['mrn'], 'Other'),
            'acc': lambda: (r.choice([f'{r.choice("RCMXU")}{r.randint(1000000, 9999999)}', f'ACC{r.randint(100000, 999999)}',
                                      f'{r.randint(20, 26)}-{r.randint(10000, 99999)}']), 'Other'),
            'docket': lambda: (r.choice([f'{r.randint(20, 26)}{r.choice(["MH", "CR", "JV", "PR"])}{r.randint(1000, 9999)}',
                                         f'No. {r.randint(2024, 2026)}-{r.randint(100, 999)}-{r.randint(10, 99)}',
                                         f'{r.randint(2300, 2699)}CR00{r.randint(100, 999)}']), 'Other'),
            'email': lambda: (f'{r.choice(P.FIRST_ALL).lower()}.{r.choice(P.SURNAMES).lower().replace(" ", "").replace(chr(39), "")}{r.choice(["", str(r.randint(1, 99))])}@{r.choice(["gmail.com", "yahoo.com", "outlook.com", "comcast.net"])}', 'Other'),
            'mcaid': lambda: (self.pat['mcaid'], 'Other'),
            'auth': lambda: (f'{r.choice(["AUTH", "PA", "REF"])}-{r.randint(100000, 999999)}', 'Other'),
            'age': lambda: (str(self.pat['age']), 'Age' if self.pat['age'] >= 90 else None),
        }
        if name in simple:
            s, cat = simple[name]()
            return [(s, cat)]
        plain = {
            'time': self.time,
            'room': lambda: r.choice([f'Rm {r.randint(201, 648)}', f'bed {r.randint(1, 30)}', f'4 West {r.randint(1, 24)}',
                                      f'CT{r.randint(1, 3)}', f'Cath Lab {r.randint(1, 4)}', f'Quiet Room', f'Pod B-{r.randint(1, 12)}']),
            'sn': lambda: f'{r.choice(["PJN", "RNB", "BLX", ""])}{r.randint(100000, 999999)}',
            'lot': lambda: f'{r.choice(["U", "Y", "K", "R"])}{r.randint(1000, 9999)}{r.choice("AB")}A',
            'n': lambda: str(r.randint(2, 9)),
        }
        if name == 'ptage':
            if self.style == 'peds-clinic':
                return [(self.pat['agestr'], None)]
            a = self.pat['age']
            return [(str(a), 'Age' if a >= 90 else None), (r.choice([' y/o', ' yo', ' year old', 'M', 'F', ' yo F', ' y.o. M']), None)]
        for key, pool in (('iclinic', P.ICLINICS), ('cclinic', P.CCLINICS), ('pclinic', P.PCLINICS), ('kclinic', P.KCLINICS)):
            if name == key:
                return [(r.choice(pool), 'Location')]
        return [(plain[name](), None)]

    def town(self):
        t = self.rng.choice(P.TOWNS)
        if t in P.TOWN_MISSPELT and self.rng.random() < 0.3:
            return P.TOWN_MISSPELT[t]
        return t

    def phone(self):
        r = self.rng
        a, b, c = r.randint(201, 989), r.randint(200, 989), r.randint(0, 9999)
        return r.choice([f'({a}) {b}-{c:04d}', f'{a}-{b}-{c:04d}', f'{a}.{b}.{c:04d}', f'{b}-{c:04d}', f'{a} {b} {c:04d}',
                         f'1-{a}-{b}-{c:04d}', f'{a}{b}{c:04d}', f'({a}){b}-{c:04d}'])

    def render(self, tmpl):
        """Block template -> list of lines, each a list of (text, category-or-None)."""
        lines = []
        for raw in tmpl.split('|'):
            upper = raw.startswith('^')
            if upper:
                raw = raw[1:]
            segs, pos = [], 0
            for m in TOK.finditer(raw):
                if m.start() > pos:
                    segs.append((raw[pos:m.start()], None))
                segs += self.tok(m.group(1), m.group(2))
                pos = m.end()
            if pos < len(raw):
                segs.append((raw[pos:], None))
            if upper:
                segs = [(t.upper(), c) for t, c in segs]
            lines.append(segs)
        return lines


def make_patient(rng, style, pid):
    pt = Person(rng)
    if style == 'peds-clinic':
        days = rng.randint(3, 17 * 365)
        age = days // 365
        agestr = (f'{days // 7} wk' if days < 60 else f'{days // 30} mo' if days < 730 else f'{age} yo')
    else:
        age = (rng.randint(90, 101) if pid % 6 == 3 else rng.randint(18, 89)) if style != 'psych-inpatient' else rng.randint(14, 78)
        days = age * 365 + rng.randint(0, 364)
        agestr = f'{age} y/o'
    date0 = datetime.date(2025, 1, 1) + datetime.timedelta(days=rng.randint(0, 600))
    return {
        'pt': pt, 'age': age, 'agestr': agestr, 'dob': date0 - datetime.timedelta(days=days), 'date0': date0,
        'hosp': rng.choice(P.HOSPITALS), 'birthhosp': rng.choice(P.HOSPITALS)[rng.choice([0, 1])],
        'town': rng.choice(P.TOWNS), 'school': rng.choice(P.SCHOOLS), 'daycare': rng.choice(P.DAYCARES),
        'grouphome': rng.choice(P.GROUPHOMES + P.SHELTERS),
        'mrn': rng.choice([f'{rng.randint(1000000, 9999999)}', f'MRN{rng.randint(100000, 999999)}', f'{rng.randint(100, 999)}-{rng.randint(10, 99)}-{rng.randint(1000, 9999)}']),
        'mcaid': f'{rng.choice(["MA", "MC", ""])}{rng.randint(100000000, 999999999)}',
        'people': {}, 'blocks': {},
    }


AGE_TAGS = {'@inf:': (0, 1), '@kid:': (2, 17), '@old:': (5, 17), '@teen:': (12, 17), '@adult:': (18, 200)}


def fits(tmpl, pat):
    """Templates tagged '@inf:' etc. only go to patients of that age (years)."""
    for tag, (lo, hi) in AGE_TAGS.items():
        if tmpl.startswith(tag):
            return lo <= pat['age'] <= hi
    return True


def strip_tag(tmpl):
    for tag in AGE_TAGS:
        if tmpl.startswith(tag):
            return tmpl[len(tag):]
    return tmpl


def build_note(rng, style, spec, pat, k):
    date = pat['date0'] + datetime.timedelta(days=k * rng.randint(1, 40))
    for _ in range(400):
        note = Note(rng, pat, date, style)
        lines = []
        lines += note.render(strip_tag(rng.choice([h for h in spec['headers'] if fits(h, pat)])))
        if rng.random() < 0.6:
            lines.append([])
        if k > 0 and pat['blocks']:
            tag = rng.choice(spec['copytags'])
            lines.append([(tag, None)])
            copied = rng.sample(sorted(pat['blocks'].items(), key=lambda kv: kv[0]), min(len(pat['blocks']), rng.randint(1, 2)))
            for _i, b in copied:
                lines += b
        else:
            copied = []
        done = {i for i, _b in copied}
        free = rng.sample(spec['free'], len(spec['free']))
        ok = [i for i, b in enumerate(spec['blocks']) if fits(b, pat) and i not in done]
        nb = rng.randint(4, 8)
        idx = sorted(rng.sample(ok, nb))
        rendered = []
        for i in idx:
            b = note.render(strip_tag(spec['blocks'][i]))
            rendered.append((i, b))
            lines += b
            for _f in range(rng.choice([0, 0, 1, 1, 2, 3])):
                if free:
                    lines.append([(free.pop(), None)])
            if rng.random() < 0.2:
                lines.append([])
        lines += note.render(rng.choice(spec['signoffs']))
        nlines = len(lines)
        nspans = sum(1 for ln in lines for t, c in ln if c)
        if 15 <= nlines <= 40 and 8 <= nspans <= 30:
            if rng.random() < spec.get('lower', 0):
                lines = [[(t.lower(), c) for t, c in ln] for ln in lines]
            pat['blocks'].update(rng.sample(rendered, min(2, len(rendered))))
            return lines
    raise RuntimeError('no note fits')


def write_style(rng, style, spec, pid0):
    out, gold = [], []
    pid, count = pid0, 0
    while count < 30:
        n = min(rng.choice([1, 1, 2, 2, 3]), 30 - count)
        pat = make_patient(rng, style, pid)
        for k in range(n):
            lines = build_note(rng, style, spec, pat, k)
            body, spans = '', []
            for ln in lines:
                for t, c in ln:
                    if c:
                        spans.append((len(body), len(body) + len(t), c, t))
                    body += t
                body += '\n'
            out.append(f'START_OF_RECORD={pid}||||{k + 1}||||\n{body}||||END_OF_RECORD\n')
            gold += [f'{pid} {k + 1} {s} {e} {c} {t}' for s, e, c, t in spans]
        count += n
        pid += 1
    d = os.path.join(HERE, style)
    os.makedirs(d, exist_ok=True)
    with open(os.path.join(d, 'notes.text'), 'w', encoding='utf-8', newline='\n') as fh:
        fh.write(''.join(out))
    with open(os.path.join(d, 'gold.phrase'), 'w', encoding='utf-8', newline='\n') as fh:
        fh.write('\n'.join(gold) + '\n')


def main():
    rng = random.Random(SEED)
    for i, style in enumerate(['radiology-reports', 'cardiology', 'psych-inpatient', 'peds-clinic']):
        write_style(rng, style, T.STYLES[style], 7001 + 100 * i)


if __name__ == '__main__':
    main()
