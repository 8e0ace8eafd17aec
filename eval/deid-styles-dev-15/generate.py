#!/usr/bin/env python3
"""Generates deid-styles-dev-15: four styles x 30 invented notes with gold PHI spans.
Python 3 stdlib only, fixed seed, deterministic. Run: python3 generate.py"""
import datetime as dt
import os
import random
import re

import pools as P
from templates import STYLES

SEED = 20261215
HERE = os.path.dirname(os.path.abspath(__file__))
ORDER = ['icu-progress-caps', 'hospital-course-discharge', 'resident-notes-lowercase', 'transfer-bed-board']
MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September',
          'October', 'November', 'December']
TOK = re.compile(r'\{([A-Z0-9]+)\}')


def person(rng, female=None):
    if female is None:
        female = rng.random() < 0.5
    first = rng.choice(P.FIRST_F if female else P.FIRST_M)
    return dict(first=first, mid=rng.choice('ABCDEFGHJKLMNPRSTW'), last=rng.choice(P.SURNAMES))


def shape(rng, p, shapes=('L', 'FL', 'F.L', 'FML', 'FL', 'F.L', 'F L')):
    s = rng.choice(shapes)
    return {'L': p['last'], 'FL': f"{p['first']} {p['last']}", 'F.L': f"{p['first'][0]}. {p['last']}",
            'FML': f"{p['first']} {p['mid']}. {p['last']}", 'F L': f"{p['first'][0]} {p['last']}",
            'F': p['first']}[s]


def fmt_date(rng, d):
    f = rng.randrange(12)
    mon = MONTHS[d.month - 1]
    if f == 0: return d.strftime('%m/%d/%Y')
    if f == 1: return f'{d.month}/{d.day}'
    if f == 2: return f'{d.month}/{d.day}/{d.year % 100:02d}'
    if f == 3: return f'{mon[:3]} {d.day}'
    if f == 4: return f'{mon[:3]}. {d.day}' + ('th' if d.day > 3 and d.day < 21 else '')
    if f == 5: return f'{d.day:02d}-{mon[:3].upper()}-{d.year}'
    if f == 6: return d.isoformat()
    if f == 7: return f'{d.month}.{d.day}.{d.year % 100:02d}'
    if f == 8: return f'{d.day} {mon} {d.year}'
    if f == 9: return f'{mon} {d.day}, {d.year}'
    if f == 10: return f'{d.month:02d}-{d.day:02d}'
    return f'{d.month}/{d.day}/{d.year}'


def fmt_time(rng):
    h, m = rng.randrange(24), rng.randrange(60)
    f = rng.randrange(4)
    if f == 0: return f'{h:02d}{m:02d}'
    if f == 1: return f'{h:02d}:{m:02d}'
    if f == 2: return f"{(h % 12) or 12}:{m:02d} {'AM' if h < 12 else 'PM'}"
    return f"{(h % 12) or 12}:{m:02d}{'a' if h < 12 else 'p'}"


def phone(rng):
    a, b, c = rng.randint(201, 989), rng.randint(210, 989), rng.randint(0, 9999)
    f = rng.randrange(8)
    return [f'({a}) {b}-{c:04d}', f'{a}-{b}-{c:04d}', f'{a}.{b}.{c:04d}', f'{a}{b}{c:04d}',
            f'1-{a}-{b}-{c:04d}', f'{a} {b} {c:04d}', f'{b}-{c:04d}', f'+1 {a} {b} {c:04d}'][f]


def pager(rng):
    f = rng.randrange(5)
    n = rng.randint(1000, 9999)
    return [f'{n}', f'#{n}', f'{n // 1000}-{n % 1000:03d}', f'p{rng.randint(10000, 99999)}', f'{rng.randint(10000, 99999)}'][f]


def town(rng):
    t = rng.choice(P.TOWNS)
    if t in P.TOWN_TYPOS and rng.random() < 0.25:
        return P.TOWN_TYPOS[t]
    return t


def hosp_pick(rng, avoid=()):
    while True:
        h = rng.choice(P.HOSPITALS)
        if h not in avoid:
            return h


class Note:
    """Per-note context: patient, staff, places, dates; renders templates to text + spans."""

    def __init__(self, rng, pt, date, prev_date):
        self.rng, self.pt, self.date, self.prev_date = rng, pt, date, prev_date
        self.att, self.res, self.res2 = person(rng), person(rng), person(rng)
        self.rn, self.rn2, self.cm = person(rng), person(rng), person(rng)
        self.ref = hosp_pick(rng)
        self.acc = hosp_pick(rng, (self.ref,))
        self.fac = rng.sample(P.FACILITIES, 2)
        self.trans = rng.choice(P.TRANSPORT)

    def near(self, lo, hi):
        return self.date + dt.timedelta(days=self.rng.randint(lo, hi))

    def tok(self, name):
        r, pt = self.rng, self.pt
        L, H, PN, D, O, PH = 'Location', 'HCPName', 'PTName', 'Date', 'Other', 'Phone'
        if name == 'TODAY': return [(fmt_date(r, self.date), D)]
        if name == 'DATE': return [(fmt_date(r, self.near(-12, 0)), D)]
        if name == 'FDATE': return [(fmt_date(r, self.near(3, 45)), D)]
        if name == 'PREV': return [(fmt_date(r, self.prev_date or self.near(-20, -2)), D)]
        if name == 'PDATE':
            d = self.near(-900, -14)
            if r.random() < 0.25:
                return [(r.choice([f'{MONTHS[d.month - 1]} {d.year}', f'{d.month}/{d.year}', f"{MONTHS[d.month - 1][:3]} '{d.year % 100:02d}"]), D)]
            return [(fmt_date(r, d), D)]
        if name == 'DOB': return [(fmt_date(r, pt['dob']), D)]
        if name == 'DT':
            d = self.near(-3, 0)
            return [(r.choice([f'{d.month}/{d.day}/{d.year % 100:02d} @ {fmt_time(r)}', f'{d.month}/{d.day} {fmt_time(r)}',
                               f'{d.isoformat()} {fmt_time(r)}', f'{fmt_date(r, d)} at {fmt_time(r)}']), D)]
        if name == 'MY':
            d = self.near(-1500, -60)
            return [(r.choice([f'{MONTHS[d.month - 1]} {d.year}', f'{d.month}/{d.year}', f'{MONTHS[d.month - 1][:3]} {d.year}']), D)]
        if name == 'YR':
            y = r.randint(1979, 2024)
            return [(f"'{y % 100:02d}" if r.random() < 0.2 else str(y), 'DateYear')]
        if name == 'TIME': return [(fmt_time(r), None)]
        if name == 'NUM': return [(str(r.randint(1, 14)), None)]
        if name == 'UNIT': return [(r.choice(['Medic ', 'A', 'Unit ', 'CCT-']) + str(r.randint(2, 48)), None)]
        if name == 'ROOM': return [(r.choice(['MICU ', 'Rm ', 'BED ', '5W-', 'CVICU ', '7N ']) + str(r.randint(2, 40)) + r.choice(['', 'A', 'B']), None)]
        if name == 'SEX': return [(r.choice(['M', 'F', 'male', 'female']) if not pt['female'] or True else '', None)]
        if name == 'SEXL': return [('f' if pt['female'] else 'm', None)]
        if name == 'AGE': return [(str(pt['age']), 'Age' if pt['age'] >= 90 else None)]
        # patient
        if name == 'PTF': return [(pt['first'], PN)]
        if name == 'PTL': return [(pt['last'], PN)]
        if name == 'PTLX':
            w = pt['last']
            x = w + w[-1]
            if len(w) >= 5:
                i = r.randrange(1, len(w) - 2)
                x = w[:i] + w[i + 1] + w[i] + w[i + 2:]
            return [(x if x != w else w + w[-1], PN)]
        if name == 'PTFL': return [(f"{pt['first']} {pt['last']}", PN)]
        if name == 'PTFML': return [(f"{pt['first']} {pt['mid']}. {pt['last']}", PN)]
        if name == 'PTLF':
            sep = r.choice([', ', ',', ', '])
            return [(pt['last'], PN), (sep, None), (pt['first'], PN)]
        if name == 'PTI':
            i = pt['first'][0] + pt['mid'] + pt['last'][0]
            return [(r.choice([i, i.lower(), f'{i[0]}.{i[2]}.']), 'PTNameInitial')]
        if name == 'MRN': return [(pt['mrn'], O)]
        if name in ('MRN2', 'ACCT', 'MEMB', 'AUTH', 'JOB', 'REQ'):
            n = r.randint(10 ** 6, 10 ** 9)
            pre = {'MRN2': r.choice(['', 'E', 'M0']), 'ACCT': r.choice(['', 'V', 'A-']), 'MEMB': r.choice(['HSM', 'GM', 'XK9', '']),
                   'AUTH': r.choice(['PA', '', 'A']), 'JOB': '', 'REQ': r.choice(['TC-', 'BB', 'T26-'])}[name]
            return [(f'{pre}{n}', O)]
        if name in ('EMAIL', 'TCMAIL', 'BBMAIL'):
            dom = r.choice(P.EMAIL_DOMAINS)
            if name == 'EMAIL':
                p = person(r)
                return [(f"{p['first'][0].lower()}{p['last'].lower()}@{dom}", O)]
            return [(('transfer.center@' if name == 'TCMAIL' else 'bedboard@') + dom, O)]
        # relatives
        if name in ('R1', 'R2'):
            rel = pt['rels'][int(name[1]) - 1]
            return [(rel['first'] if r.random() < 0.3 else f"{rel['first']} {rel['last']}", 'RelativeProxyName')]
        if name in ('R1F', 'R2F'): return [(pt['rels'][int(name[1]) - 1]['first'], 'RelativeProxyName')]
        if name in ('R1W', 'R2W'): return [(pt['rels'][int(name[1]) - 1]['word'], None)]
        # staff
        if name == 'ATT': return [(shape(r, self.att), H)]
        if name == 'ATTL': return [(self.att['last'], H)]
        if name in ('RES', 'RES2'): return [(shape(r, self.res if name == 'RES' else self.res2, ('FL', 'F.L', 'L', 'F L')), H)]
        if name in ('RN', 'RN2'): return [(shape(r, self.rn if name == 'RN' else self.rn2, ('F', 'F', 'FL', 'F L', 'F.L')), H)]
        if name == 'CM': return [(shape(r, self.cm, ('FL', 'F', 'F.L', 'FL')), H)]
        if name in ('CONS', 'CONS2'): return [(shape(r, person(r)), H)]
        if name == 'CONSL': return [(r.choice(P.SURNAMES), H)]
        if name == 'PCP': return [(shape(r, pt['pcp'], ('FL', 'F.L', 'L', 'FML')), H)]
        if name in ('HCPI', 'HCPI2'):
            p = self.att if name == 'HCPI' and r.random() < 0.5 else person(r)
            i = p['first'][0] + (p['mid'] if r.random() < 0.5 else '') + p['last'][0]
            return [(i if name == 'HCPI' else i.lower(), H)]
        # phones
        if name in ('PH', 'PH2', 'PH3'): return [(phone(r), PH)]
        if name == 'PAGER': return [(pager(r), PH)]
        if name == 'EXT': return [(r.choice(['ext ', 'ext. ', 'Ext ', 'x ']) + str(r.randint(1000, 99999)), PH)]
        if name == 'EXTX': return [(r.choice(['x', 'X']) + str(r.randint(1000, 9999)), PH)]
        # places
        if name == 'REFH': return [(self.ref[0], L)]
        if name == 'REFHA': return [(self.ref[1], L)]
        if name == 'ACCH': return [(self.acc[0], L)]
        if name == 'ACCHA': return [(self.acc[1], L)]
        if name in ('HOSP', 'HOSPA'):
            h = hosp_pick(r, (self.ref, self.acc))
            return [(h[0] if name == 'HOSP' else h[1], L)]
        if name == 'TRANS': return [(r.choice(self.trans), L)]
        if name == 'TRANSA': return [(r.choice(r.choice(P.TRANSPORT)), L)]
        if name == 'FAC': return [(self.fac[0], L)]
        if name == 'FAC2': return [(self.fac[1], L)]
        if name == 'PCPCL': return [(pt['pcpcl'], L)]
        if name == 'PTOWN': return [(pt['town'], L)]
        if name == 'TOWN': return [(town(r), L)]
        if name == 'ST': return [(r.choice(P.STATES), L)]
        if name == 'ZIP': return [(f'{r.randint(1000, 99999):05d}', L)]
        if name == 'ADDR': return [(f'{r.randint(2, 4999)} {r.choice(P.STREETS)}', L)]
        pool = {'CLINIC': P.CLINICS, 'HHA': P.HOME, 'HHA2': P.HOME, 'PHARM': P.PHARMACIES, 'DIAL': P.DIALYSIS,
                'LAB': P.LABS, 'INS': P.INSURERS, 'OPL': P.OTHER_PLACES, 'CHURCH': P.CHURCHES}.get(name)
        if pool:
            return [(r.choice(pool), L)]
        raise KeyError(name)

    def render(self, template, case):
        text, spans = '', []
        pos = 0
        for m in TOK.finditer(template):
            text += template[pos:m.start()]
            for piece, cat in self.tok(m.group(1)):
                if cat:
                    spans.append((len(text), len(text) + len(piece), cat))
                text += piece
            pos = m.end()
        text += template[pos:]
        if case == 'upper':
            text = text.upper()
        elif case == 'lower':
            text = text.lower()
        return text, spans


def make_patient(rng, pid):
    female = rng.random() < 0.5
    p = person(rng, female)
    age = rng.randint(90, 104) if rng.random() < 0.18 else rng.randint(19, 89)
    rels = []
    for _ in range(2):
        word = rng.choice(P.RELATIONS)
        q = person(rng, True if word in P.REL_F else (False if word in P.REL_M else None))
        if rng.random() < 0.5:
            q['last'] = p['last']
        q['word'] = word
        rels.append(q)
    d0 = dt.date(2025, 1, 1) + dt.timedelta(days=rng.randint(0, 690))
    dob = d0 - dt.timedelta(days=age * 365 + rng.randint(1, 360))
    return dict(pid=pid, female=female, age=age, rels=rels, town=town(rng), dob=dob, d0=d0,
                mrn=rng.choice(['', '', 'MR', '00']) + str(rng.randint(10 ** 6, 10 ** 8)),
                pcp=person(rng), pcpcl=rng.choice(P.CLINICS), **p)


def nonblank(text):
    return sum(1 for line in text.split('\n') if line.strip())


def build_note(rng, style, pt, date, prev_date, history):
    st = STYLES[style]
    pu, pl = st['case']
    x = rng.random()
    case = 'upper' if x < pu else ('lower' if x < pu + pl else None)
    for _attempt in range(400):
        note = Note(rng, pt, date, prev_date)
        parts = []  # (text, spans, block index or None[, copied template index])
        parts.append(note.render(rng.choice(st['headers']), case) + (None,))
        copies = [h for h in history if h[2] == case]
        if copies and rng.random() < 0.85:
            chosen = rng.sample(copies, min(len(copies), rng.choice([1, 1, 2])))
            for text, spans, _c, ti in chosen:
                parts.append(note.render(rng.choice(st['tags']), case) + (None,))
                parts.append((text, spans, None, ti))
        copied = set()
        for p in parts:
            if len(p) == 4:
                copied.add(p[3])
        parts = [p[:3] for p in parts]
        k = rng.randint(4, 8)
        idx = sorted(rng.sample([i for i in range(len(st['blocks'])) if i not in copied], k))
        body = [note.render(st['blocks'][i], case) + (i,) for i in idx]
        for line in rng.sample(st['free'], rng.randint(3, 7)):
            body.insert(rng.randint(0, len(body)), note.render(line, case) + (None,))
        parts += body
        parts.append(note.render(rng.choice(st['signoffs']), case) + (None,))
        text, spans = '', []
        for i, (t, sp, _b) in enumerate(parts):
            if i:
                text += '\n\n' if rng.random() < 0.35 else '\n'
            spans += [(s + len(text), e + len(text), c) for s, e, c in sp]
            text += t
        text += '\n'
        if 8 <= len(spans) <= 30 and 15 <= nonblank(text) <= 40:
            blocks = [(t, sp, case, b) for t, sp, b in parts if b is not None]
            return text, spans, blocks
    raise RuntimeError('could not satisfy limits')


def main():
    rng = random.Random(SEED)
    for si, style in enumerate(ORDER):
        base = 15001 + si * 100
        out_notes, out_gold = [], []
        total, pid = 0, base
        while total < 30:
            n = min(rng.choice([1, 2, 2, 3]), 30 - total)
            pt = make_patient(rng, pid)
            history, date, prev = [], pt['d0'], None
            for k in range(1, n + 1):
                text, spans, blocks = build_note(rng, style, pt, date, prev, history)
                history += blocks
                out_notes.append(f'START_OF_RECORD={pid}||||{k}||||\n{text}||||END_OF_RECORD\n')
                for s, e, c in spans:
                    out_gold.append(f'{pid} {k} {s} {e} {c} {text[s:e]}\n')
                prev = date
                date = date + dt.timedelta(days=rng.randint(1, 21))
            total += n
            pid += 1
        os.makedirs(os.path.join(HERE, style), exist_ok=True)
        with open(os.path.join(HERE, style, 'notes.text'), 'w', encoding='ascii', newline='\n') as fh:
            fh.write(''.join(out_notes))
        with open(os.path.join(HERE, style, 'gold.phrase'), 'w', encoding='ascii', newline='\n') as fh:
            fh.write(''.join(out_gold))
        print(style, 'patients', base, '-', pid - 1)


if __name__ == '__main__':
    main()
