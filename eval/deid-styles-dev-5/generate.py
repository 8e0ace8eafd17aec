#!/usr/bin/env python3
"""Generates deid-styles-dev-5: 4 styles x 30 notes with gold PHI (PhysioNet layouts).
Python 3 stdlib only; seed 20261205; deterministic (rewrites the same bytes).
Templates hold {TOKEN} placeholders; each token renders to segments (text, category-or-None) so
the gold offsets come from the assembled body itself."""
import datetime
import os
import random
import re

import pools
import templates

SEED = 20261205
HERE = os.path.dirname(os.path.abspath(__file__))
STYLES = ['icu-nursing-caps', 'ed-course', 'discharge-dictated', 'phone-encounters']
TOKEN_RE = re.compile(r'\{([A-Z0-9_]+)\}')
MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September',
          'October', 'November', 'December']


def ordinal(n):
    return f'{n}{"th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")}'


class Person:
    def __init__(self, rng, first=None, last=None):
        self.first = first or rng.choice(pools.FIRST)
        self.last = last or rng.choice(pools.SURNAMES)
        self.mi = rng.choice('ABCDEFGHJKLMNPRSTW')


class Patient:
    def __init__(self, rng, pid):
        self.pid = pid
        self.p = Person(rng)
        self.dob = datetime.date(rng.randint(1928, 2004), rng.randint(1, 12), rng.randint(1, 28))
        self.age = rng.randint(19, 88)
        self.old = rng.random() < 0.12
        if self.old:
            self.age = rng.randint(90, 103)
        self.mrn = rng.choice(['', 'MR', '00', '7']) + str(rng.randint(100000, 9999999))
        self.fam = []
        for _ in range(rng.randint(2, 3)):
            fam = Person(rng, last=self.p.last if rng.random() < 0.6 else None)
            self.fam.append((rng.choice(pools.RELATIONS), fam))
        self.hosp = rng.choice([i for i in pools.INSTITUTIONS if i[0] == 'hosp'])
        self.other_hosp = rng.choice([i for i in pools.INSTITUTIONS if i[0] == 'hosp' and i != self.hosp])
        self.town = rng.choice(pools.TOWNS)
        self.pcp = Person(rng)
        self.pharm = rng.choice([i for i in pools.INSTITUTIONS if i[0] == 'pharm'])
        self.phone = None


class Ctx:
    """Per-note state: the patient, the note's date and the staff named in it."""

    def __init__(self, rng, pt, date, style):
        self.rng, self.pt, self.date, self.style = rng, pt, date, style
        self.att, self.res, self.rn, self.rn2, self.cons = (Person(rng) for _ in range(5))
        self.typist = ''.join(rng.choice('abcdefghjklmnprstw') for _ in range(rng.choice([2, 3])))


def fmt_date(rng, d, caps=False):
    f = rng.randrange(12)
    if f == 0:
        s = f'{d.month}/{d.day}'
    elif f == 1:
        s = f'{d.month:02d}/{d.day:02d}/{d.year}'
    elif f == 2:
        s = f'{d.month}/{d.day}/{d.year % 100:02d}'
    elif f == 3:
        s = f'{MONTHS[d.month - 1][:3]} {d.day}'
    elif f == 4:
        s = f'{MONTHS[d.month - 1]} {ordinal(d.day)}'
    elif f == 5:
        s = f'{d.day}-{MONTHS[d.month - 1][:3]}-{d.year}'
    elif f == 6:
        s = d.isoformat()
    elif f == 7:
        s = f'{MONTHS[d.month - 1]} {d.day}, {d.year}'
    elif f == 8:
        s = f'{d.month}-{d.day}'
    elif f == 9:
        s = f'{d.month}.{d.day}.{d.year % 100:02d}'
    elif f == 10:
        s = f'{MONTHS[d.month - 1][:3]}. {d.day} {d.year}'
    else:
        s = f'{d.month}/{d.day}/{d.year}'
    return s.upper() if caps else s


def fmt_time(rng):
    h, m = rng.randint(0, 23), rng.choice([0, 5, 10, 12, 15, 20, 25, 30, 35, 40, 45, 50, 55, 58])
    f = rng.randrange(4)
    if f == 0:
        return f'{h:02d}{m:02d}'
    if f == 1:
        return f'{h:02d}:{m:02d}'
    if f == 2:
        return f'{(h % 12) or 12}:{m:02d} {"AM" if h < 12 else "PM"}'
    return f'{(h % 12) or 12}:{m:02d}{"a" if h < 12 else "p"}'


def fmt_phone(rng):
    a, b, c = rng.choice([607, 315, 518, 802, 413, 716, 585, 814, 330, 920]), rng.randint(201, 989), rng.randint(0, 9999)
    f = rng.randrange(8)
    if f == 0:
        return f'({a}) {b}-{c:04d}'
    if f == 1:
        return f'{a}-{b}-{c:04d}'
    if f == 2:
        return f'{a}.{b}.{c:04d}'
    if f == 3:
        return f'{b}-{c:04d}'
    if f == 4:
        return f'{a}{b}{c:04d}'
    if f == 5:
        return f'({a}){b}-{c:04d}'
    if f == 6:
        return f'1-{a}-{b}-{c:04d}'
    return f'{a} {b} {c:04d}'


def name_forms(rng, p, allow_last=True):
    f = rng.randrange(6 if allow_last else 4)
    if f == 0:
        return f'{p.first} {p.last}'
    if f == 1:
        return f'{p.first[0]}. {p.last}'
    if f == 2:
        return f'{p.first} {p.mi}. {p.last}'
    if f == 3:
        return f'{p.first} {p.last}'
    return p.last


def inst(rng, kinds, acr_ok=True):
    i = rng.choice([x for x in pools.INSTITUTIONS if x[0] in kinds])
    if acr_ok and i[2] and rng.random() < 0.35:
        return i[2]
    return i[1]


def misspell(rng, s):
    if len(s) < 6 or rng.random() > 0.15:
        return s
    k = rng.randrange(1, len(s) - 1)
    if s[k] == ' ' or s[k - 1] == ' ':
        return s
    return s[:k] + s[k + 1:]


def token(ctx, name):
    """Renders one placeholder into [(text, category or None), ...]."""
    rng, pt = ctx.rng, ctx.pt
    P, H, R, D, L = 'PTName', 'HCPName', 'RelativeProxyName', 'Date', 'Location'
    near = lambda lo, hi: ctx.date + datetime.timedelta(days=rng.randint(lo, hi))  # noqa: E731
    table = {
        'PT': lambda: [(f'{pt.p.first} {pt.p.last}', P)],
        'PTF': lambda: [(pt.p.first, P)],
        'PTL': lambda: [(pt.p.last, P)],
        'PTLF': lambda: [(pt.p.last, P), (', ', None), (pt.p.first, P)],
        'PTFML': lambda: [(f'{pt.p.first} {pt.p.mi}. {pt.p.last}', P)],
        'PTI': lambda: [(rng.choice([f'{pt.p.first[0]}{pt.p.last[0]}', f'{pt.p.first[0]}.{pt.p.last[0]}.']), 'PTNameInitial')],
        'MRN': lambda: [(pt.mrn, 'Other')],
        'ID': lambda: [(rng.choice(['', 'A', 'V', 'E']) + str(rng.randint(10000, 99999999)), 'Other')],
        'JOB': lambda: [(str(rng.randint(100000, 999999)), 'Other')],
        'EMAIL': lambda: [(f'{rng.choice(pools.FIRST).lower()}.{rng.choice(pools.SURNAMES).lower()}@{rng.choice(["maildrop.net", "kvmail.com", "harrowgate.org", "fastpost.us"])}', 'Other')],
        'DOB': lambda: [(rng.choice([f'{pt.dob.month:02d}/{pt.dob.day:02d}/{pt.dob.year}', f'{pt.dob.month}/{pt.dob.day}/{pt.dob.year}',
                                     f'{pt.dob.month}/{pt.dob.day}/{pt.dob.year % 100:02d}', pt.dob.isoformat(),
                                     f'{MONTHS[pt.dob.month - 1][:3]} {pt.dob.day}, {pt.dob.year}', f'{pt.dob.day}-{MONTHS[pt.dob.month - 1][:3]}-{pt.dob.year}']), D)],
        'AGE': lambda: [(str(pt.age), 'Age' if pt.age >= 90 else None)],
        'TODAY': lambda: [(fmt_date(rng, ctx.date), D)],
        'D': lambda: [(fmt_date(rng, near(-6, 0)), D)],
        'DPAST': lambda: [(fmt_date(rng, near(-900, -20)), D)],
        'DFUT': lambda: [(fmt_date(rng, near(3, 40)), D)],
        'DAFTER': lambda: [(fmt_date(rng, near(0, 3)), D)],
        'ANSWER': lambda: [(inst(rng, ['answer']), L)],
        'DT': lambda: [(f'{fmt_date(rng, near(-2, 0))} {fmt_time(rng)}', D)],
        'YR': lambda: [(rng.choice([str(rng.randint(1975, 2025)), f"'{rng.randint(0, 24):02d}"]), 'DateYear')],
        'TIME': lambda: [(fmt_time(rng), None)],
        'ATT': lambda: [(name_forms(rng, ctx.att, False), H)],
        'ATTL': lambda: [(ctx.att.last, H)],
        'RES': lambda: [(name_forms(rng, ctx.res, False), H)],
        'RESL': lambda: [(ctx.res.last, H)],
        'RN': lambda: [(f'{ctx.rn.first} {ctx.rn.last}', H)],
        'RNF': lambda: [(ctx.rn.first, H)],
        'RN2': lambda: [(rng.choice([ctx.rn2.first, f'{ctx.rn2.first} {ctx.rn2.last[0]}.', f'{ctx.rn2.first} {ctx.rn2.last}']), H)],
        'CONS': lambda: [(name_forms(rng, ctx.cons), H)],
        'CONSL': lambda: [(ctx.cons.last, H)],
        'MD': lambda: [(name_forms(rng, Person(rng)), H)],
        'MDL': lambda: [(rng.choice(pools.SURNAMES), H)],
        'STAFF': lambda: [(rng.choice([Person(rng).first, f'{Person(rng).first} {rng.choice(pools.SURNAMES)}']), H)],
        'PCP': lambda: [(rng.choice([f'{pt.pcp.first} {pt.pcp.last}', pt.pcp.last, f'{pt.pcp.first[0]}. {pt.pcp.last}']), H)],
        'PCPL': lambda: [(pt.pcp.last, H)],
        'INI': lambda: [(ctx.typist, H)],
        'INIU': lambda: [(ctx.typist.upper(), H)],
        'ATTINI': lambda: [(f'{ctx.att.first[0]}{ctx.att.mi}{ctx.att.last[0]}', H)],
        'FAM': lambda: fam(rng, pt, 0),
        'FAM2': lambda: fam(rng, pt, 1),
        'FAMN': lambda: [(f'{pt.fam[0][1].first} {pt.fam[0][1].last}', R)],
        'FAMF': lambda: [(pt.fam[0][1].first, R)],
        'FAM2F': lambda: [(pt.fam[1][1].first, R)],
        'REL': lambda: [(pt.fam[0][0], None)],
        'HOSP': lambda: [(pt.hosp[2] if pt.hosp[2] and rng.random() < 0.4 else pt.hosp[1], L)],
        'OSH': lambda: [(pt.other_hosp[1] if rng.random() < 0.7 or not pt.other_hosp[2] else pt.other_hosp[2], L)],
        'ANYHOSP': lambda: [(inst(rng, ['hosp']), L)],
        'CLINIC': lambda: [(inst(rng, ['clinic']), L)],
        'SNF': lambda: [(inst(rng, ['snf']), L)],
        'AGENCY': lambda: [(inst(rng, ['agency']), L)],
        'EMS': lambda: [(inst(rng, ['agency']), L)],
        'INS': lambda: [(inst(rng, ['insurer']), L)],
        'PHARM': lambda: [(pt.pharm[1] if rng.random() < 0.7 else inst(rng, ['pharm']), L)],
        'EMP': lambda: [(inst(rng, ['employer', 'school', 'church']), L)],
        'VENDOR': lambda: [(inst(rng, ['vendor', 'lab']), L)],
        'TOWN': lambda: [(misspell(rng, pt.town if rng.random() < 0.6 else rng.choice(pools.TOWNS)), L)],
        'TOWN2': lambda: [(rng.choice(pools.TOWNS), L)],
        'STATE': lambda: [(rng.choice(pools.STATES), L)],
        'ZIP': lambda: [(f'{rng.randint(10, 99)}{rng.randint(100, 999)}', L)],
        'ADDR': lambda: [(f'{rng.randint(2, 4999)} {rng.choice(pools.STREETS)}', L)],
        'PH': lambda: [(fmt_phone(rng), 'Phone')],
        'EXT': lambda: [(rng.choice(['x', 'x', 'ext ', 'ext. ']), None), (str(rng.randint(100, 9999)), 'Phone')],
        'PAGER': lambda: [(rng.choice([str(rng.randint(10000, 99999)), f'{rng.randint(2, 8)}-{rng.randint(1000, 9999)}', f'x{rng.randint(1000, 9999)}']), 'Phone')],
    }
    if name not in table:
        raise KeyError(name)
    return table[name]()


def fam(rng, pt, i):
    rel, p = pt.fam[i % len(pt.fam)]
    nm = rng.choice([f'{p.first} {p.last}', p.first, f'{p.first} {p.last}', f'{p.first[0]}. {p.last}'])
    return [(rel + ' ', None), (nm, 'RelativeProxyName')]


def render(ctx, tmpl):
    segs, pos = [], 0
    for m in TOKEN_RE.finditer(tmpl):
        segs.append((tmpl[pos:m.start()], None))
        segs.extend(token(ctx, m.group(1)))
        pos = m.end()
    segs.append((tmpl[pos:], None))
    return segs


def assemble(blocks):
    """blocks: list of segment lists (each a block of one or more lines) -> body, spans."""
    text, spans = [], []
    off = 0
    for bi, segs in enumerate(blocks):
        for s, cat in segs:
            if cat is not None and s.strip():
                spans.append((off, off + len(s), cat))
            text.append(s)
            off += len(s)
        text.append('\n')
        off += 1
    return ''.join(text), spans


def case_pass(rng, style, body):
    """Staff typing: ICU notes mostly in capitals; some lines elsewhere in lower case (length-preserving, ASCII)."""
    lines = body.split('\n')
    if style == 'icu-nursing-caps':
        mode = rng.random()
        if mode < 0.7:
            return body.upper()
        return '\n'.join(l.upper() if rng.random() < 0.75 else l for l in lines)
    if style == 'phone-encounters' and rng.random() < 0.3:
        return '\n'.join(l.lower() if rng.random() < 0.5 else l for l in lines)
    if style == 'ed-course' and rng.random() < 0.2:
        return '\n'.join(l.upper() if l.endswith(':') else l for l in lines)
    return body


def make_note(rng, style, pt, date, prior):
    t = templates.STYLES[style]
    for _attempt in range(200):
        ctx = Ctx(rng, pt, date, style)
        blocks = [render(ctx, rng.choice(t['headers']))]
        body_t = rng.sample(t['blocks'], rng.randint(3, 5))
        free = rng.sample(t['free'], rng.randint(4, 9) if 'sections' not in t else rng.randint(1, 4))
        if 'sections' in t:
            # dictated summaries keep the dictation order of their blocks; lists stay under their heading
            body_t.sort(key=t['blocks'].index)
        mid = []
        for bt in body_t:
            mid.append(render(ctx, bt))
        for fl in free:
            mid.insert(rng.randrange(len(mid) + 1), [(fl, None)])
        for heading, items in t.get('sections', []):
            if rng.random() < 0.8:
                picked = sorted(rng.sample(range(len(items)), rng.randint(2, min(5, len(items)))))
                lines = [heading] + [f'{k + 1}. {items[i]}' for k, i in enumerate(picked)]
                mid.insert(rng.randrange(len(mid) + 1), [('\n'.join(lines), None)])
        if prior and rng.random() < 0.85:
            for cb in rng.sample(prior, min(len(prior), rng.randint(1, 2))):
                tag = rng.choice(t['copytags'])
                mid.insert(rng.randrange(len(mid) + 1), ([(tag, None)] if tag else []) + cb)
        blocks += mid
        blocks.append(render(ctx, rng.choice(t['signoffs'])))
        body, spans = assemble(blocks)
        nlines = body.count('\n')
        if 15 <= nlines <= 40 and 8 <= len(spans) <= 30:
            body = case_pass(rng, style, body)
            copyable = [b for b in mid if any(c for _, c in b)]
            return body, spans, copyable
    raise RuntimeError(f'could not fit a {style} note')


def main():
    rng = random.Random(SEED)
    pid = 5501
    for style in STYLES:
        out_notes, out_gold = [], []
        n = 0
        while n < 30:
            pt = Patient(rng, pid)
            pid += 1
            k = min(rng.choice([1, 1, 2, 2, 3]), 30 - n)
            date = datetime.date(2026, 1, 1) + datetime.timedelta(days=rng.randint(0, 320))
            prior = []
            for note_no in range(1, k + 1):
                body, spans, copyable = make_note(rng, style, pt, date, prior)
                prior = copyable
                out_notes.append(f'START_OF_RECORD={pt.pid}||||{note_no}||||\n{body}||||END_OF_RECORD\n')
                for s, e, cat in spans:
                    out_gold.append(f'{pt.pid} {note_no} {s} {e} {cat} {body[s:e]}\n')
                date += datetime.timedelta(days=rng.randint(1, 30))
                n += 1
        os.makedirs(os.path.join(HERE, style), exist_ok=True)
        with open(os.path.join(HERE, style, 'notes.text'), 'w', encoding='utf-8', newline='\n') as fh:
            fh.write(''.join(out_notes))
        with open(os.path.join(HERE, style, 'gold.phrase'), 'w', encoding='utf-8', newline='\n') as fh:
            fh.write(''.join(out_gold))


if __name__ == '__main__':
    main()
