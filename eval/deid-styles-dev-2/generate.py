#!/usr/bin/env python3
"""Generates deid-styles-dev-2: 4 styles x 30 notes with gold PHI spans (PhysioNet layout).
Python 3 stdlib only, deterministic (seed below). Usage: python3 generate.py"""
import datetime as dt
import os
import random
import re

import pools as P
from templates import TEMPLATES, FILLERS, MODES

SEED = 20261204
PATIENT_BASE = 3001
NOTES_PER_STYLE = 30
STYLES = ['hemodialysis', 'transfer-calls', 'workers-comp', 'ems-runs']
HERE = os.path.dirname(os.path.abspath(__file__))
MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']
MONTH = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October',
         'November', 'December']
NAME_KEY = re.compile(r'^(PT|HCP|REL|PRO|BY)(LF|L|F|I)?([@#]\w+)?$')
NAME_CAT = {'PT': 'PTName', 'HCP': 'HCPName', 'REL': 'RelativeProxyName', 'PRO': 'HCPName',
            'BY': 'RelativeProxyName'}


def ordinal(n):
    return str(n) + ('th' if 10 <= n % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th'))


def fmt_date(rng, d, style):
    y2 = '%02d' % (d.year % 100)
    opts = [f'{d.month:02d}/{d.day:02d}/{d.year}', f'{d.month}/{d.day}/{y2}', f'{d.month}/{d.day}',
            f'{MON[d.month - 1]} {d.day}', f'{d.day:02d}-{MON[d.month - 1]}-{d.year}', f'{d.year}-{d.month:02d}-{d.day:02d}',
            f'{MONTH[d.month - 1]} {d.day}, {d.year}', f'{d.month}-{d.day}-{y2}', f'{d.month}/{d.day}/{d.year}',
            f'{MON[d.month - 1]} {ordinal(d.day)}', f'{MONTH[d.month - 1]} {ordinal(d.day)}']
    if style in ('ems-runs', 'transfer-calls'):
        opts += [f'{d.day:02d}{MON[d.month - 1].upper()}{y2}', f'{d.month:02d}/{d.day:02d}/{y2}', f'{d.month:02d}{d.day:02d}{y2}']
    if style == 'workers-comp':
        opts += [f'{d.month}/{d.day}', f'{d.month}.{d.day}.{y2}', f'{MON[d.month - 1].lower()} {d.day}']
    return rng.choice(opts)


class Ctx:
    """Entities of one patient (scope @) and of one note (scope #)."""

    def __init__(self, rng, style):
        self.rng, self.style = rng, style
        self.pat = {}
        self.note = {}
        self.base = dt.date(2025, 1, 1) + dt.timedelta(days=rng.randint(0, 600))
        self.date = self.base

    def person(self, kind, scope):
        rng = self.rng
        store = None
        if scope:
            store = self.pat if scope[0] == '@' else self.note
            if (kind, scope) in store:
                return store[(kind, scope)]
        if kind == 'PT' and ('PT', '@pt') in self.pat:
            return self.pat[('PT', '@pt')]
        p = {'first': rng.choice(P.FIRST), 'mi': rng.choice('ABCDEFGHJKLMNPRSTW'), 'last': rng.choice(P.SURNAMES)}
        if kind == 'REL' and ('PT', '@pt') in self.pat and rng.random() < 0.5:
            p['last'] = self.pat[('PT', '@pt')]['last']
        p['full'] = rng.choices([f"{p['first']} {p['last']}", f"{p['first']} {p['mi']}. {p['last']}",
                                 f"{p['first'][0]}. {p['last']}"], [6, 2, 1 if kind != 'PT' else 0])[0]
        if kind == 'PT':
            self.pat[('PT', '@pt')] = p
        elif store is not None:
            store[(kind, scope)] = p
        return p

    def entity(self, key, scope, pool):
        store = self.pat if scope.startswith('@') else self.note
        if scope and (key, scope) in store:
            return store[(key, scope)]
        v = self.rng.choice(pool)
        if scope:
            store[(key, scope)] = v
        return v

    def stored_date(self, key, scope, make):
        store = self.pat if scope.startswith('@') else self.note
        if scope and (key, scope) in store:
            return store[(key, scope)]
        v = make()
        if scope:
            store[(key, scope)] = v
        return v


def phone(rng):
    a, b, c = rng.randint(201, 989), rng.randint(200, 989), rng.randint(0, 9999)
    return rng.choice([f'({a}) {b}-{c:04d}', f'{a}-{b}-{c:04d}', f'{a}.{b}.{c:04d}', f'{b}-{c:04d}',
                       f'1-800-{b}-{c:04d}', f'{a} {b} {c:04d}', f'{a}{b}{c:04d}'])


def gen(ctx, key):
    """Returns a list of (text, category-or-None) segments for one placeholder."""
    rng, style = ctx.rng, ctx.style
    m = NAME_KEY.match(key)
    if m:
        kind, var, scope = m.group(1), m.group(2) or '', m.group(3) or ''
        p = ctx.person(kind, scope if kind != 'PT' else '@pt')
        cat = NAME_CAT[kind]
        if var == 'L':
            return [(p['last'], cat)]
        if var == 'F':
            return [(p['first'], cat)]
        if var == 'LF':
            return [(p['last'], cat), (rng.choice([', ', ',']), None), (p['first'], cat)]
        if var == 'I':
            ini = p['first'][0] + p['last'][0]
            if kind == 'PT':
                return [(rng.choice([f'{ini[0]}.{ini[1]}.', ini]), 'PTNameInitial')]
            return [(rng.choice([ini.lower(), ini, p['first'][0] + p['mi'] + p['last'][0]]), cat)]
        return [(p['full'], cat)]
    mk = re.match(r'^([A-Z0-9]+)([@#]\w+)?$', key)
    if not mk:
        raise KeyError(key)
    base, scope = mk.group(1), mk.group(2) or ''
    if base == 'DATE':
        return [(fmt_date(rng, ctx.date, style), 'Date')]
    if base == 'DATET':
        d = ctx.date
        t = f'{rng.randint(0, 23):02d}{rng.choice(["", ":"])}{rng.randint(0, 59):02d}'
        return [(f'{fmt_date(rng, d, style)} {t}', 'Date')]
    if base == 'MD':
        return [(f'{ctx.date.month}/{ctx.date.day}', 'Date')]
    if base in ('DATEP', 'DATEN', 'DOI', 'DOB'):
        def make():
            if base == 'DATEP':
                return ctx.date - dt.timedelta(days=rng.randint(3, 400))
            if base == 'DOI':
                return ctx.base - dt.timedelta(days=rng.randint(1, 40))
            if base == 'DOB':
                return dt.date(rng.randint(1932, 2001), rng.randint(1, 12), rng.randint(1, 28))
            return ctx.date + dt.timedelta(days=rng.randint(1, 21))
        d = ctx.stored_date(base, scope or ('@dob' if base == 'DOB' else '@doi' if base == 'DOI' else ''), make)
        text = fmt_date(rng, d, style)
        while base == 'DOB' and '%02d' % (d.year % 100) not in text:  # birth dates carry their year
            text = fmt_date(rng, d, style)
        return [(text, 'Date')]
    if base == 'YEAR':
        y = rng.randint(1978, 2024)
        return [(rng.choice([str(y), str(y), f"'{y % 100:02d}"]), 'DateYear')]
    if base == 'AGE':
        return [(str(rng.randint(90, 103)), 'Age')]
    loc_pools = {'HOSP': P.HOSPITALS, 'HACR': P.HOSPITALS, 'DUNIT': P.DIALYSIS_UNITS, 'DACR': P.DIALYSIS_UNITS,
                 'NEPHGRP': P.NEPHRO_GROUPS, 'NH': P.NURSING_HOMES, 'EMP': P.EMPLOYERS, 'INS': P.INSURERS,
                 'OCC': P.OCC_CLINICS, 'TRANS': P.TRANSPORT, 'SCHOOL': P.SCHOOLS, 'TOWN': P.TOWNS,
                 'STATE': P.STATES}
    if base in loc_pools:
        pool_key = {'HACR': 'HOSP', 'DACR': 'DUNIT'}.get(base, base)
        v = ctx.entity(pool_key, scope, loc_pools[base])
        if isinstance(v, tuple):
            v = v[1] if base in ('HACR', 'DACR') else v[0]
        if base == 'TOWN' and style == 'workers-comp' and rng.random() < 0.25 and len(v) > 5:
            i = rng.randint(2, len(v) - 2)  # typo as staff type it
            v = v[:i] + v[i + 1:] if v[i] != ' ' else v
        return [(v, 'Location')]
    if base == 'JOBSITE':
        st = f'{rng.randint(2, 9890)} {rng.choice(P.STREET_NAMES)} {rng.choice(P.STREET_SUFFIX)}'
        return [('the ', None), (st, 'Location'), (' ' + rng.choice(['site', 'warehouse', 'yard', 'job', 'plant']), None)]
    if base == 'STREET':
        v = ctx.stored_date('STREET', scope, lambda: f'{rng.randint(2, 9890)} {rng.choice(P.STREET_NAMES)} {rng.choice(P.STREET_SUFFIX)}')
        return [(v, 'Location')]
    if base == 'ZIP':
        return [(f'0{rng.randint(1000, 9999)}' if rng.random() < 0.6 else str(rng.randint(10001, 45999)), 'Location')]
    if base == 'PHONE':
        return [(ctx.stored_date('PHONE', scope, lambda: phone(rng)), 'Phone')]
    if base == 'PAGER':
        return [(rng.choice([f'{rng.randint(1, 9)}-{rng.randint(1000, 9999)}', f'{rng.randint(100, 999)}-{rng.randint(1000, 9999)}',
                             str(rng.randint(10000, 99999))]), 'Phone')]
    if base == 'EXT':
        return [(str(rng.randint(1000, 79999)), 'Phone')]
    if base == 'MRN':
        return [(ctx.stored_date('MRN', '@mrn', lambda: rng.choice([str(rng.randint(1000000, 99999999)),
                 f'{rng.randint(100, 999)}-{rng.randint(10, 99)}-{rng.randint(10, 99)}', f'MR{rng.randint(100000, 999999)}'])), 'Other')]
    if base == 'ACCT':
        return [(rng.choice([f'{rng.randint(10000000, 99999999)}', f'A{rng.randint(1000000, 9999999)}']), 'Other')]
    if base == 'CLAIM':
        return [(ctx.stored_date('CLAIM', '@claim', lambda: rng.choice([f'WC-{ctx.base.year}-{rng.randint(10000, 99999)}',
                 f'{rng.randint(100, 999)}{rng.choice("ABCDEFGHKLMNPRSTWX")}{rng.randint(10000, 99999)}',
                 f'{rng.randint(10, 99)}-{rng.randint(100000, 999999)}', f'C{rng.randint(10000000, 99999999)}'])), 'Other')]
    if base == 'RUN':
        return [(rng.choice([f'{ctx.date.year % 100}-{rng.randint(10000, 99999)}', f'{rng.randint(2000000, 9999999)}',
                             f'E{ctx.date.year}{rng.randint(100000, 999999)}']), 'Other')]
    if base == 'REF':
        return [(rng.choice([f'TC{rng.randint(100000, 999999)}', f'{rng.randint(1000, 9999)}-{rng.randint(100, 999)}',
                             f'{rng.randint(10000000, 99999999)}']), 'Other')]
    if base == 'MEMBER':
        return [(f'{rng.choice("XYZKHW")}{rng.choice("ABCDGJ")}{rng.choice("FMR")}{rng.randint(100000000, 999999999)}', 'Other')]
    if base == 'EMAIL':
        p = ctx.person('PRO', scope or '#adj')
        user = rng.choice([f"{p['first'][0]}{p['last']}", f"{p['first']}.{p['last']}"]).lower()
        user = re.sub(r"[^a-z.]", '', user)
        return [(f'{user}@{rng.choice(P.EMAIL_DOMAINS)}', 'Other')]
    raise KeyError(key)


def lo(ctx, key):
    """Non-PHI look-alike placeholders (lower-case keys)."""
    r = ctx.rng
    if key == 't':
        return f'{r.randint(0, 23):02d}{r.choice(["", ":"])}{r.randint(0, 59):02d}'
    if key == 'age':
        return str(r.randint(19, 88))
    if key == 'bp':
        return f'{r.randint(92, 196)}/{r.randint(48, 104)}'
    if key == 'hr':
        return str(r.randint(52, 128))
    if key == 'rr':
        return str(r.randint(12, 30))
    if key == 'sat':
        return str(r.randint(86, 100))
    if key == 'n':
        return str(r.randint(2, 9))
    if key == 'nn':
        return str(r.randint(10, 60))
    if key == 'wt':
        return f'{r.randint(48, 131)}.{r.randint(0, 9)}'
    if key == 'kg':
        return f'{r.randint(1, 4)}.{r.randint(0, 9)}'
    if key == 'day':
        return r.choice(['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'])
    if key == 'drug':
        return r.choice(P.DRUGS)
    if key == 'unit':
        return r.choice(P.EMS_UNITS)
    if key == 'room':
        return r.choice(['rm 4', 'Rm 212', 'bed 6', 'Chair 7', 'station 12', 'pod B', '4 North', '6W-14', 'bay 3'])
    if key == 'lot':
        return r.choice(['lot ', 'LOT# ', 'Lot ']) + f'{r.choice("ABKMX")}{r.randint(10, 99)}{r.choice("QRTW")}{r.randint(1000, 9999)}'
    if key == 'sn':
        return f'SN {r.randint(1, 9)}{r.choice("FGHK")}{r.randint(100000, 999999)}'
    if key == 'gcs':
        return str(r.randint(3, 15))
    if key == 'bgl':
        return str(r.randint(48, 412))
    if key == 'min':
        return str(r.randint(4, 55))
    raise KeyError(key)


TOKEN = re.compile(r'\{([^{}]+)\}')


def render_line(ctx, line, depth=0):
    segs = []
    pos = 0
    for m in TOKEN.finditer(line):
        segs.append((line[pos:m.start()], None))
        key = m.group(1)
        if key == 'FILL':
            free = [f for f in FILLERS[ctx.style] if f not in ctx.used] or FILLERS[ctx.style]
            pick = ctx.rng.choice(free)
            ctx.used.add(pick)
            segs += render_line(ctx, pick, depth + 1)
        elif key[0].islower():
            segs.append((lo(ctx, key), None))
        else:
            segs += gen(ctx, key)
        pos = m.end()
    segs.append((line[pos:], None))
    return [s for s in segs if s[0]]


def case_fn(mode, rng):
    if mode == 'upper':
        return lambda t, c: t.upper()
    if mode == 'lower':
        return lambda t, c: t.lower()
    if mode == 'lowerphi':
        return lambda t, c: t.lower() if c and rng.random() < 0.5 else t
    return lambda t, c: t


def make_note(ctx, template, prev_lines, rng):
    ctx.note, ctx.used = {}, set()
    raw = template.strip('\n').split('\n')
    fills = [i for i, ln in enumerate(raw) if ln == '{FILL}']
    if fills:  # vary the length: more free-text lines where the template has them
        at = rng.choice(fills)
        raw = raw[:at] + ['{FILL}'] * rng.randint(1, 7) + raw[at:]
    lines = [render_line(ctx, ln) for ln in raw]
    if prev_lines and rng.random() < 0.75:
        k = rng.randint(2, min(5, len(prev_lines) - 1))
        i = rng.randint(3, max(3, len(prev_lines) - k - 2))
        block = prev_lines[i:i + k]
        head = [(rng.choice(['(copied forward from prior note)', '--- copied from previous ---',
                             'Prior note, carried forward:', '>> from last visit:']), None)]
        at = min(len(lines) - 2, rng.randint(4, 8))
        lines = lines[:at] + [head] + block + lines[at:]
    return lines


def assemble(lines, mode, rng):
    f = case_fn(mode, rng)
    body, spans = '', []
    for li, segs in enumerate(lines):
        if li:
            body += '\n'
        for text, cat in segs:
            t = f(text, cat)
            if cat:
                spans.append((len(body), len(body) + len(t), cat, t))
            body += t
    return body, spans


def main():
    rng = random.Random(SEED)
    patient = PATIENT_BASE
    for style in STYLES:
        os.makedirs(os.path.join(HERE, style), exist_ok=True)
        order = list(range(len(TEMPLATES[style])))
        rng.shuffle(order)
        out_notes, out_gold = [], []
        made = 0
        ti = 0
        while made < NOTES_PER_STYLE:
            n_notes = min(rng.choice([1, 1, 2, 2, 3]), NOTES_PER_STYLE - made)
            ctx = Ctx(rng, style)
            prev = None
            for note_no in range(1, n_notes + 1):
                tpl = TEMPLATES[style][order[ti % len(order)]]
                ti += 1
                for _ in range(200):
                    state = rng.getstate()
                    lines = make_note(ctx, tpl, prev, rng)
                    mode = rng.choices(list(MODES[style]), list(MODES[style].values()))[0]
                    body, spans = assemble(lines, mode, rng)
                    if 8 <= len(spans) <= 30 and 15 <= len(lines) <= 40:
                        break
                else:
                    raise SystemExit(f'{style}: template {order[(ti - 1) % len(order)]} gives {len(spans)} spans, {len(lines)} lines')
                prev = lines
                out_notes.append(f'START_OF_RECORD={patient}||||{note_no}||||\n{body}\n||||END_OF_RECORD\n')
                for s, e, cat, t in spans:
                    out_gold.append(f'{patient} {note_no} {s} {e} {cat} {t}')
                ctx.date = ctx.date + dt.timedelta(days=rng.randint(2, 30))
                made += 1
            patient += 1
        with open(os.path.join(HERE, style, 'notes.text'), 'w', encoding='utf-8', newline='\n') as fh:
            fh.write(''.join(out_notes))
        with open(os.path.join(HERE, style, 'gold.phrase'), 'w', encoding='utf-8', newline='\n') as fh:
            fh.write('\n'.join(out_gold) + '\n')
        print(style, made, 'notes, patients up to', patient - 1)


if __name__ == '__main__':
    main()
