#!/usr/bin/env python3
"""Generates deid-styles-dev-17: four styles x 30 invented notes with gold PHI spans.
Python 3 stdlib only; fixed seed; deterministic. Run: python3 generate.py"""
import datetime
import os
import random
import re

import pools as P
import templates as T

SEED = 20261217
HERE = os.path.dirname(os.path.abspath(__file__))
# style folder, first patient id, (share of all-lower notes, share of all-upper notes)
STYLES = [('hospice-home-visit', 17001, (0.17, 0.05)),
          ('dialysis-run-sheet', 17101, (0.05, 0.15)),
          ('psych-inpatient-progress', 17201, (0.13, 0.03)),
          ('labour-delivery-nursing', 17301, (0.0, 0.72))]
TOKEN = re.compile(r'\{(\w+)\}')
MON = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October',
       'November', 'December']
HOME_POOL = {'hospice-home-visit': P.HOSPICES, 'dialysis-run-sheet': P.DIALYSIS_UNITS,
             'psych-inpatient-progress': P.PSYCH_HOSP, 'labour-delivery-nursing': P.BIRTH_HOSP}
RELATIONS = {
    'default': {'F': ['wife', 'daughter', 'daughter', 'sister', 'niece', 'partner', 'granddaughter'],
                'M': ['husband', 'son', 'son', 'brother', 'nephew', 'partner', 'grandson']},
    'psych-inpatient-progress': {'F': ['mother', 'mother', 'sister', 'wife', 'aunt', 'guardian'],
                                 'M': ['father', 'brother', 'husband', 'uncle', 'guardian']},
    'labour-delivery-nursing': {'F': ['mother', 'sister', 'wife', 'partner', 'doula'],
                                'M': ['husband', 'husband', 'partner', 'boyfriend', 'father']},
}
AGES = {'hospice-home-visit': lambda r: r.randint(90, 101) if r.random() < 0.12 else r.randint(52, 89),
        'dialysis-run-sheet': lambda r: r.randint(90, 93) if r.random() < 0.07 else r.randint(28, 88),
        'psych-inpatient-progress': lambda r: r.randint(90, 94) if r.random() < 0.06 else r.randint(18, 72),
        'labour-delivery-nursing': lambda r: r.randint(16, 44)}


def nth(n):
    return f'{n}' + ('th' if n % 100 in (11, 12, 13) else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th'))


def date_str(r, d, short=True):
    m, dd, y, mo = d.month, d.day, d.year, MON[d.month - 1]
    yy = y % 100
    forms = [f'{m}/{dd}/{y}', f'{m}/{dd}/{yy:02d}', f'{m:02d}/{dd:02d}/{yy:02d}', f'{dd}-{mo[:3]}-{yy:02d}',
             f'{dd:02d}{mo[:3].upper()}{yy:02d}', f'{mo} {nth(dd)}, {y}', f'{mo[:3]} {dd} {y}', f'{y}-{m:02d}-{dd:02d}',
             f'{m}.{dd}.{y}', f'{m}-{dd}-{yy:02d}', f'{dd} {mo[:3]} {y}']
    if short:
        forms += [f'{m}/{dd}', f'{m}/{dd}', f'{mo[:3]} {dd}', f'{mo} {nth(dd)}', f'{m}-{dd}', f'{mo[:3]}. {dd}']
    return r.choice(forms)


def monyr_str(r, d):
    mo = MON[d.month - 1]
    return r.choice([f'{mo} {d.year}', f"{mo[:3]} '{d.year % 100:02d}", f'{d.month}/{d.year}', f'{d.month}/{d.year % 100:02d}',
                     f'{mo[:3]}. {d.year}'])


def time_str(r):
    h, mi = r.randint(0, 23), r.randint(0, 59)
    return r.choice([f'{h:02d}{mi:02d}', f'{h:02d}:{mi:02d}', f'{(h % 12) or 12}:{mi:02d} {"am" if h < 12 else "pm"}',
                     f'{h:02d}{mi:02d}h'])


def phone_str(r):
    a, b, c = r.randint(203, 979), r.randint(210, 989), r.randint(0, 9999)
    return r.choice([f'({a}) {b}-{c:04d}', f'({a}){b}-{c:04d}', f'{a}-{b}-{c:04d}', f'{a}.{b}.{c:04d}', f'{a} {b} {c:04d}',
                     f'1-{a}-{b}-{c:04d}', f'{b}-{c:04d}', f'{a}{b}{c:04d}'])


class Person:
    def __init__(self, r, sex=None, last=None):
        self.sex = sex or r.choice('MF')
        self.first = r.choice(P.FIRST_NAMES)
        self.last = last or r.choice(P.SURNAMES)
        self.mi = r.choice(P.MIDDLE)

    def init(self, r):
        i = self.first[0] + self.mi + self.last[0]
        return r.choice([i, i.lower(), self.first[0] + self.last[0], (self.first[0] + self.last[0]).lower()])


def one(text, cat):
    return [(text, cat)]


def name_shape(r, p, cat, comma=True):
    """One person's name in one of several written shapes. `Last, First` is two spans."""
    shapes = ['fl', 'fl', 'f.l', 'fml', 'l', 'fL.', 'f l', 'l,f', 'L,F']
    s = r.choice(shapes if comma else shapes[:7])
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
    if s == 'L,F':
        return [(p.last.upper(), cat), (',', None), (p.first.upper(), cat)]
    return [(p.last, cat), (', ', None), (p.first, cat)]


class Patient:
    def __init__(self, r, pid, style):
        p = Person(r, sex='F' if style == 'labour-delivery-nursing' else None)
        self.pid, self.first, self.last, self.mi, self.sex = pid, p.first, p.last, p.mi, p.sex
        self.age = AGES[style](r)
        self.start = datetime.date(2026, r.randint(1, 8), r.randint(1, 28))
        self.dob = datetime.date(self.start.year - self.age, r.randint(1, 12), r.randint(1, 28))
        if (self.dob.month, self.dob.day) > (self.start.month, self.start.day):
            self.dob = self.dob.replace(year=self.dob.year - 1)
        self.home = r.choice(HOME_POOL[style])
        self.town = r.choice(P.TOWNS)
        self.doc = Person(r)
        self.mrn = r.choice([f'{r.randint(1000000, 9999999)}', f'{r.randint(10, 99)}-{r.randint(100000, 999999)}',
                             f'M{r.randint(100000, 999999)}', f'00{r.randint(1000000, 9999999)}'])
        rel = Person(r, last=self.last if r.random() < 0.55 else None)
        self.rel = rel
        self.relation = r.choice(RELATIONS.get(style, RELATIONS['default'])[rel.sex])


class Ctx:
    def __init__(self, r, pt, date):
        self.r, self.pt, self.date = r, pt, date
        self.rn = Person(r)
        self.sw = Person(r)


POOLS = {'town_any': P.TOWNS, 'state': P.STATES, 'hosp': P.HOSPITALS, 'hosp_acr': P.HOSP_ACR,
         'hospice_any': P.HOSPICES, 'dial_any': P.DIALYSIS_UNITS, 'neph_group': P.NEPHRO_GROUPS,
         'transplant': P.TRANSPLANT, 'access_ctr': P.ACCESS_CENTERS, 'psych_any': P.PSYCH_HOSP,
         'psych_acr': P.PSYCH_ACR, 'court': P.COURTS, 'outpt': P.OUTPT, 'shelter': P.SHELTERS,
         'ob_practice': P.OB_PRACTICES, 'birth_any': P.BIRTH_HOSP, 'pediatrics': P.PEDIATRICS,
         'pharmacy': P.PHARMACIES, 'dme': P.DME, 'funeral': P.FUNERAL, 'church': P.CHURCHES,
         'insurer': P.INSURERS, 'employer': P.EMPLOYERS, 'nursing_home': P.NURSING_HOMES}


def tok(c, name):
    r, pt, d = c.r, c.pt, c.date
    days = datetime.timedelta
    if name == 'pt':
        return name_shape(r, pt, 'PTName')
    if name == 'pt_full':
        return one(f'{pt.first} {pt.last}', 'PTName')
    if name == 'pt_first':
        return one(pt.first, 'PTName')
    if name == 'pt_last':
        return one(pt.last, 'PTName')
    if name == 'pt_LF':
        if r.random() < 0.5:
            return [(pt.last.upper(), 'PTName'), (', ', None), (pt.first.upper(), 'PTName')]
        return [(pt.last, 'PTName'), (', ', None), (pt.first, 'PTName'), (' ', None), (pt.mi, 'PTNameInitial')]
    if name == 'pt_title':
        t = r.choice(['Mr.', 'Mr']) if pt.sex == 'M' else r.choice(['Ms.', 'Mrs.', 'Ms'])
        return [(t + ' ', None), (pt.last, 'PTName')]
    if name == 'pt_init':
        i = pt.first[0] + pt.mi + pt.last[0]
        return one(r.choice([i, i.lower(), '.'.join(i) + '.']), 'PTNameInitial')
    if name == 'age':
        return one(str(pt.age), 'Age' if pt.age >= 90 else None)
    if name == 'sex':
        return one(pt.sex, None)
    if name == 'dob':
        return one(date_str(r, pt.dob, short=False), 'Date')
    if name == 'mrn':
        return one(pt.mrn, 'Other')
    if name == 'acct':
        return one(r.choice([f'{r.randint(10000000, 99999999)}', f'A{r.randint(1000000, 9999999)}',
                             f'{r.randint(100, 999)}-{r.randint(1000, 9999)}-{r.randint(10, 99)}']), 'Other')
    if name == 'medicare':
        return one(f'{r.randint(1, 9)}{r.choice("EGKNQTVX")}{r.randint(10, 99)}-{r.choice("ACDFHJ")}{r.randint(10, 99)}-{r.choice("MPRUWY")}{r.randint(10, 99)}', 'Other')
    if name == 'case_no':
        return one(r.choice([f'{d.year % 100:02d}-MH-{r.randint(100, 9999)}', f'MH{d.year}-{r.randint(1000, 99999)}',
                             f'No. {r.randint(10, 99)}P{r.randint(1000, 9999)}']), 'Other')
    if name == 'email_hcp':
        p = Person(r)
        return one(f'{p.first[0].lower()}{p.last.lower().replace("-", "")}@{r.choice(P.EMAIL_DOMAINS)}', 'Other')
    if name == 'email_lay':
        p = Person(r)
        return one(f'{p.first.lower()}{p.last[:4].lower()}{r.randint(1, 999)}@{r.choice(P.PT_EMAIL_DOMAINS)}', 'Other')
    if name == 'email_pt':
        return one(f'{pt.first.lower()}.{pt.last[0].lower()}{r.randint(1, 99)}@{r.choice(P.PT_EMAIL_DOMAINS)}', 'Other')
    # dates
    if name == 'date':
        return one(date_str(r, d), 'Date')
    if name == 'date_long':
        return one(date_str(r, d, short=False), 'Date')
    if name == 'md':  # short month/day, a few days back
        dd = d - days(r.randint(0, 20))
        return one(r.choice([f'{dd.month}/{dd.day}', f'{dd.month}/{dd.day}', f'{MON[dd.month - 1][:3]} {dd.day}',
                             f'{dd.month}-{dd.day}', f'{nth(dd.day)}']), 'Date')
    if name == 'date_prior':
        return one(date_str(r, d - days(r.randint(2, 500))), 'Date')
    if name == 'date_next':
        return one(date_str(r, d + days(r.randint(1, 90))), 'Date')
    if name == 'date_time':
        dd = d - days(r.randint(0, 1))
        return one(r.choice([f'{dd.month}/{dd.day}/{dd.year % 100:02d} {time_str(r)}', f'{dd.month}/{dd.day} @ {time_str(r)}',
                             f'{dd.year}-{dd.month:02d}-{dd.day:02d} {r.randint(0, 23):02d}:{r.randint(0, 59):02d}',
                             f'{dd.day:02d}{MON[dd.month - 1][:3].upper()}{dd.year % 100:02d} {r.randint(0, 23):02d}{r.randint(0, 59):02d}']), 'Date')
    if name == 'monyr':
        return one(monyr_str(r, d - days(r.randint(40, 4000))), 'Date')
    if name == 'year':
        y = d.year - r.randint(1, 40)
        return one(str(y), 'DateYear')
    if name == 'yy':
        y = d.year - r.randint(1, 25)
        return one(r.choice([f"'{y % 100:02d}", f'{y % 100:02d}', str(y)]), 'DateYear')
    if name == 'time':
        return one(time_str(r), None)
    # staff
    if name == 'doc':
        return name_shape(r, pt.doc, 'HCPName')
    if name == 'doc_last':
        return one(pt.doc.last, 'HCPName')
    if name == 'doc_full':
        return one(r.choice([f'{pt.doc.first} {pt.doc.last}', f'{pt.doc.first} {pt.doc.mi}. {pt.doc.last}']), 'HCPName')
    if name in ('rn', 'sw'):
        return name_shape(r, getattr(c, name), 'HCPName', comma=False)
    if name in ('rn_full', 'sw_full'):
        p = getattr(c, name[:2])
        return one(f'{p.first} {p.last}', 'HCPName')
    if name == 'rn_first':
        return one(c.rn.first, 'HCPName')
    if name == 'rn_init':
        return one(c.rn.init(r), 'HCPName')
    if name == 'hcp':
        return name_shape(r, Person(r), 'HCPName', comma=False)
    if name == 'hcp_full':
        p = Person(r)
        return one(f'{p.first} {p.last}', 'HCPName')
    if name == 'hcp_last':
        return one(r.choice(P.SURNAMES), 'HCPName')
    if name == 'hcp_fl':
        p = Person(r)
        return one(f'{p.first[0]}. {p.last}', 'HCPName')
    if name == 'hcp_LF':
        p = Person(r)
        return [(p.last, 'HCPName'), (', ', None), (p.first, 'HCPName')]
    if name == 'ini':
        return one(Person(r).init(r), 'HCPName')
    # relatives and lay persons
    if name == 'rel':
        return name_shape(r, pt.rel, 'RelativeProxyName', comma=False)
    if name == 'rel_full':
        return one(f'{pt.rel.first} {pt.rel.last}', 'RelativeProxyName')
    if name == 'rel_first':
        return one(pt.rel.first, 'RelativeProxyName')
    if name == 'relation':
        return one(pt.relation, None)
    if name == 'Relation':
        return one(pt.relation.capitalize(), None)
    if name == 'lay':
        return name_shape(r, Person(r), 'RelativeProxyName', comma=False)
    if name == 'lay_first':
        return one(r.choice(P.FIRST_NAMES), 'RelativeProxyName')
    # contacts
    if name in ('phone', 'fax'):
        return one(phone_str(r), 'Phone')
    if name == 'pager':
        return one(r.choice([f'{r.randint(10000, 99999)}', f'#{r.randint(1000, 9999)}', f'{r.randint(2, 9)}-{r.randint(1000, 9999)}',
                             f'p{r.randint(1000, 9999)}']), 'Phone')
    if name == 'ext':
        return one(r.choice(['ext ', 'x', 'ext. ', 'X']) + str(r.randint(100, 9999)), 'Phone')
    # places
    if name == 'home':
        return one(pt.home, 'Location')
    if name == 'town':
        return one(pt.town, 'Location')
    if name == 'town_lc':
        return one(pt.town.lower(), 'Location')
    if name == 'street':
        return one(f'{r.randint(3, 12999)} {r.choice(P.STREETS)}', 'Location')
    if name == 'zip':
        return one(f'{r.randint(10000, 99899):05d}', 'Location')
    if name in POOLS:
        return one(r.choice(POOLS[name]), 'Location')
    raise KeyError(name)


def render(c, tpl):
    text, spans = [], []
    pos, last = 0, 0
    for m in TOKEN.finditer(tpl):
        lit = tpl[last:m.start()]
        text.append(lit)
        pos += len(lit)
        for t, cat in tok(c, m.group(1)):
            if cat:
                spans.append((pos, pos + len(t), cat))
            text.append(t)
            pos += len(t)
        last = m.end()
    text.append(tpl[last:])
    return ''.join(text), spans


def build(r, style, tpl, pt, date, earlier, case_mix):
    for _ in range(300):
        c = Ctx(r, pt, date)
        parts = [render(c, r.choice(tpl.HEADERS))]
        usable = [i for i, b in enumerate(tpl.BLOCKS) if not b.startswith('@OLD ') or pt.age >= 88]
        chosen = sorted(r.sample(usable, r.randint(4, 8)))
        made = []
        for i in chosen:
            b = render(c, tpl.BLOCKS[i].replace('@OLD ', '', 1))
            made.append((i, b))
            parts.append(b)
            if r.random() < 0.5:
                parts.append((r.choice(tpl.PHIFREE), []))
        x = r.random()
        mode = 'lower' if x < case_mix[0] else 'upper' if x < case_mix[0] + case_mix[1] else 'mixed'
        if earlier and mode == 'mixed' and r.random() < 0.6:
            have = {i for i, _ in made}
            pool = [e for e in earlier if e[0] not in have]
            for i, (bt, bs) in r.sample(pool, min(len(pool), r.randint(1, 2))):
                tag = r.choice(tpl.TAGS) + '\n'
                parts.insert(r.randint(1, len(parts)), (tag + bt, [(s + len(tag), e + len(tag), k) for s, e, k in bs]))
        for _ in range(r.randint(1, 3)):
            parts.insert(r.randint(1, len(parts)), (r.choice(tpl.PHIFREE), []))
        seen, kept = set(), []
        for p in parts:
            if not p[1] and p[0] in seen:
                continue
            seen.add(p[0])
            kept.append(p)
        kept.append(render(c, r.choice(tpl.SIGNOFFS)))
        body, spans = '', []
        for t, sp in kept:
            t = t.strip('\n')
            if body:
                body += '\n\n' if r.random() < 0.3 else '\n'
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
    raise RuntimeError(f'{style}: could not meet the limits')


def main():
    r = random.Random(SEED)
    for style, first, case_mix in STYLES:
        tpl = T.STYLES[style]
        os.makedirs(os.path.join(HERE, style), exist_ok=True)
        notes, gold, done, pid = [], [], 0, first
        while done < 30:
            k = min(r.choice([1, 1, 2, 2, 3]), 30 - done)
            pt = Patient(r, pid, style)
            date, earlier = pt.start, []
            for n in range(1, k + 1):
                body, spans, made = build(r, style, tpl, pt, date, earlier, case_mix)
                earlier += made
                notes.append(f'START_OF_RECORD={pid}||||{n}||||\n{body}||||END_OF_RECORD\n')
                gold += [f'{pid} {n} {s} {e} {k2} {body[s:e]}\n' for s, e, k2 in sorted(spans)]
                date += datetime.timedelta(days=r.randint(1, 30) if style != 'labour-delivery-nursing' else r.randint(0, 2))
            done += k
            pid += 1
        for fname, rows in (('notes.text', notes), ('gold.phrase', gold)):
            with open(os.path.join(HERE, style, fname), 'w', encoding='ascii', newline='\n') as fh:
                fh.write(''.join(rows))
        print(style, f'patients {first}-{pid - 1}')


if __name__ == '__main__':
    main()
