#!/usr/bin/env python3
"""Generator for deid-styles-dev-8 (Python 3 stdlib only, seed 20261208, deterministic).
Templates use {KIND} / {KIND:arg} placeholders; each token function returns (text, category|None)
pieces so gold offsets are computed while the note is built."""
import os
import random
import re
import datetime as dt

import pools as P
import templates as T

SEED = 20261208
HERE = os.path.dirname(os.path.abspath(__file__))
MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September',
          'October', 'November', 'December']
TOK = re.compile(r'\{([A-Za-z_0-9]+)(?::([^}]*))?\}')

R = random.Random(SEED)


def ch(seq):
    return R.choice(seq)


def ordinal(n):
    return str(n) + ('th' if 11 <= n % 100 <= 13 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th'))


def fmt_date(d, style=None):
    s = style if style is not None else R.randrange(14)
    m, day, y = d.month, d.day, d.year
    mon = MONTHS[m - 1]
    return [f'{m}/{day}/{y}', f'{m:02d}/{day:02d}/{y}', f'{m}/{day}', f'{m}/{day}/{y % 100:02d}',
            f'{mon[:3]} {day}', f'{mon} {day}, {y}', f'{day}-{mon[:3].lower()}-{y % 100:02d}',
            f'{y}-{m:02d}-{day:02d}', f'{m}-{day}-{y % 100:02d}', f'{mon[:3]}. {ordinal(day)}',
            f'{ordinal(day)} of {mon}', f'{day} {mon[:3].upper()} {y}', f'{m}.{day}.{y % 100:02d}',
            f'{mon.lower()} {day}'][s]


def person(first, last, mid=None, form=None):
    f = form if form is not None else R.randrange(8)
    if f == 0:
        return [(f'{first} {last}', None)]
    if f == 1:
        return [(f'{first[0]}. {last}', None)]
    if f == 2:
        return [(last, None)]
    if f == 3:
        return [(f'{first} {mid or ch("ABCDEFGHJKLMNPRSTW")}. {last}', None)]
    if f == 4:
        return [(last, None), (', ', 'SEP'), (first, None)]
    if f == 5:
        return [(f'{first.lower()} {last.lower()}', None)]
    if f == 6:
        return [(first, None)]
    return [(f'{first} {last[0]}.', None)]


def name(cat, form=None):
    pieces = person(ch(P.FIRST), ch(P.SURNAMES), form=form)
    return [(t, None if c == 'SEP' else cat) for t, c in pieces]


def inst(pool, acr_p=0.35, low_p=0.08):
    n, a = ch(pool)
    t = a if a and R.random() < acr_p else n
    if R.random() < low_p:
        t = t.lower()
    return [(t, 'Location')]


def phone():
    a, b, c = R.randint(201, 989), R.randint(200, 989), R.randint(0, 9999)
    return ch([f'({a}) {b}-{c:04d}', f'{a}-{b}-{c:04d}', f'{a}.{b}.{c:04d}', f'{b}-{c:04d}',
               f'{a} {b} {c:04d}', f'1-{a}-{b}-{c:04d}', f'{a}{b}{c:04d}'])


def town():
    t = ch(P.TOWNS)
    if t in P.TOWN_MISSPELL and R.random() < 0.3:
        t = P.TOWN_MISSPELL[t]
    if R.random() < 0.1:
        t = t.lower()
    return t


class Ctx:
    def __init__(self, pid):
        self.pid = pid
        self.first, self.last = ch(P.FIRST), ch(P.SURNAMES)
        self.mid = ch('ABCDEFGHJKLMNPRSTVW')
        self.age = R.choice([R.randint(19, 88), R.randint(19, 88), R.randint(90, 101)])
        self.base = dt.date(2026, R.randint(1, 11), R.randint(1, 28))
        self.dob = dt.date(2025 - self.age, R.randint(1, 12), R.randint(1, 28))
        self.mrn = ch(['', 'MR', '00', 'E']) + str(R.randint(100000, 99999999))
        self.rel = [(ch(P.FIRST), ch([self.last, ch(P.SURNAMES)])) for _ in range(2)]
        self.doc = (ch(P.FIRST), ch(P.SURNAMES))
        self.doc2 = (ch(P.FIRST), ch(P.SURNAMES))
        self.hosp = ch(P.HOSPITALS)
        self.town = town()
        self.cursor = self.base

    def date(self, delta_lo=0, delta_hi=3):
        self.cursor = self.cursor + dt.timedelta(days=R.randint(delta_lo, delta_hi))
        return self.cursor


def tok(ctx, kind, arg):
    """Returns a list of (text, category|None) for one placeholder."""
    k = kind
    if k == 'PT':
        f = int(arg) if arg else R.choice([0, 1, 2, 3, 4, 4, 0])
        return [(t, None if c == 'SEP' else 'PTName') for t, c in person(ctx.first, ctx.last, ctx.mid, f)]
    if k == 'PTL':
        return [(ctx.last if not arg else ctx.last.upper(), 'PTName')]
    if k == 'PTF':
        return [(ctx.first, 'PTName')]
    if k == 'PTLF':  # LAST, FIRST header
        return [(ctx.last.upper(), 'PTName'), (', ', None), (ctx.first.upper(), 'PTName')]
    if k == 'PTI':
        return [(ch([f'{ctx.first[0]}.{ctx.last[0]}.', f'{ctx.first[0]}{ctx.last[0]}',
                    f'{ctx.first[0]}{ctx.last[0]}'.lower()]), 'PTNameInitial')]
    if k == 'DOC':
        f, l = ctx.doc
        return [(t, None if c == 'SEP' else 'HCPName') for t, c in person(f, l, form=int(arg) if arg else R.choice([0, 1, 2, 3, 2]))]
    if k == 'DOC2':
        f, l = ctx.doc2
        return [(t, None if c == 'SEP' else 'HCPName') for t, c in person(f, l, form=int(arg) if arg else R.choice([0, 1, 2, 3, 2]))]
    if k == 'HCP':
        return name('HCPName', int(arg) if arg else R.choice([0, 0, 1, 2, 3, 5, 6, 7]))
    if k == 'HCPL':
        return [(ch(P.SURNAMES), 'HCPName')]
    if k == 'HCPF':
        return [(ch(P.FIRST), 'HCPName')]
    if k == 'INIT':
        s = ch(P.FIRST)[0] + ch('ABCDEFGHJKLMNPRSTW') + ch(P.SURNAMES)[0]
        s = s[:R.choice([2, 3])]
        return [(s.lower() if R.random() < 0.4 else s, 'HCPName')]
    if k == 'REL':
        i = int(arg) if arg else R.randrange(2)
        f, l = ctx.rel[i]
        return [(t, None if c == 'SEP' else 'RelativeProxyName') for t, c in person(f, l, form=R.choice([0, 0, 6, 6, 1, 3]))]
    if k == 'RELX':
        return name('RelativeProxyName', R.choice([0, 6]))
    if k == 'DATE':
        lo, hi = (int(x) for x in arg.split(',')) if arg else (0, 2)
        return [(fmt_date(ctx.date(lo, hi)), 'Date')]
    if k == 'PDATE':  # past date, does not move the cursor
        d = ctx.base - dt.timedelta(days=R.randint(20, 1400))
        return [(fmt_date(d), 'Date')]
    if k == 'FDATE':  # future date after the cursor
        d = ctx.cursor + dt.timedelta(days=R.randint(3, 60))
        return [(fmt_date(d, R.choice([0, 2, 4, 5, 9, 13])), 'Date')]
    if k == 'DT':
        d = ctx.date(0, 1)
        hh, mm = R.randint(0, 23), R.randint(0, 59)
        return [(ch([f'{d.month}/{d.day} {hh:02d}{mm:02d}', f'{d.month}/{d.day}/{d.year} {hh}:{mm:02d}',
                     f'{MONTHS[d.month - 1][:3]} {d.day} @ {hh}:{mm:02d}', f'{d.year}-{d.month:02d}-{d.day:02d} {hh:02d}:{mm:02d}',
                     f'{d.month:02d}/{d.day:02d}/{d.year % 100:02d} {hh:02d}:{mm:02d}']), 'Date')]
    if k == 'DOB':
        d = ctx.dob
        return [(ch([f'{d.month}/{d.day}/{d.year}', f'{d.month:02d}/{d.day:02d}/{d.year}',
                     f'{d.year}-{d.month:02d}-{d.day:02d}', f'{MONTHS[d.month - 1][:3]} {d.day}, {d.year}']), 'Date')]
    if k == 'MONYR':
        d = ctx.base - dt.timedelta(days=R.randint(30, 2000))
        return [(ch([f'{MONTHS[d.month - 1]} {d.year}', f'{MONTHS[d.month - 1][:3]} {d.year}', f'{d.month}/{d.year}']), 'Date')]
    if k == 'YEAR':
        y = R.randint(1988, 2025)
        return [(ch([str(y), str(y), f"'{y % 100:02d}"]), 'DateYear')]
    if k == 'AGE':
        if ctx.age >= 90:
            return [(str(ctx.age), 'Age')]
        return [(str(ctx.age), None)]
    if k == 'AGEN':  # non-PHI age of someone else
        return [(str(R.randint(2, 85)), None)]
    if k == 'TOWN':
        return [(town(), 'Location')]
    if k == 'PTTOWN':
        return [(ctx.town, 'Location')]
    if k == 'STATE':
        return [(ch(P.STATES), 'Location')]
    if k == 'ZIP':
        return [(f'{R.randint(10000, 69999)}', 'Location')]
    if k == 'STREET':
        return [(f'{R.randint(3, 9890)} {ch(P.STREETS)}', 'Location')]
    if k == 'CITY':
        return [(ch(P.FOREIGN_CITIES), 'Location')]
    if k == 'COUNTRY':
        return [(ch(P.COUNTRIES), None)]
    if k == 'HOSP':
        n, a = ctx.hosp if arg == 'home' else ch(P.HOSPITALS)
        return [(a if a and R.random() < 0.4 else n, 'Location')]
    if k == 'INST':
        return inst(getattr(P, arg))
    if k == 'PHONE':
        return [(phone(), 'Phone')]
    if k == 'EXT':
        return [(str(R.randint(1000, 9999)) if R.random() < 0.7 else str(R.randint(100, 999)), 'Phone')]
    if k == 'PAGER':
        return [(ch([f'x{R.randint(1000, 9999)}', f'{R.randint(1, 9)}-{R.randint(1000, 9999)}', str(R.randint(10000, 99999))]), 'Phone')]
    if k == 'MRN':
        return [(ctx.mrn, 'Other')]
    if k == 'ID':
        return [(ch(['', 'A', 'PA-', 'CL', 'SP-']) + str(R.randint(10000, 9999999)), 'Other')]
    if k == 'ACC':
        return [(ch(['S26-', 'GI26-', 'SP-26-', 'OR', 'AN']) + str(R.randint(1000, 99999)), 'Other')]
    if k == 'EMAIL':
        return [(f'{ch(P.FIRST).lower()}.{ch(P.SURNAMES).lower()}@{ch(["gmail.com", "yahoo.com", "ridgelineinfusion.com", "valmorahealth.org", "outlook.com"])}', 'Other')]
    if k == 'TIME':
        return [(ch([f'{R.randint(0, 23):02d}{R.randint(0, 59):02d}', f'{R.randint(1, 12)}:{R.randint(0, 59):02d}',
                     f'{R.randint(1, 12)}:{R.randint(0, 59):02d} {ch(["AM", "PM", "am", "pm"])}']), None)]
    if k == 'ROOM':
        return [(ch(['OR 7', 'OR 12', 'rm 4', 'Endo 3', 'procedure room 2', 'PACU bay 9', 'bed 14B', '5 North', 'Pre-op 11',
                     'holding bay 6', '4 West', 'rm 611-2']), None)]
    if k == 'LOT':
        return [(ch(['LOT ', 'lot# ', 'REF ', 'SN ']) + ch('ABCDEFGHK') + str(R.randint(100000, 9999999)), None)]
    raise KeyError(kind)


def render(ctx, tpl):
    """Renders one template -> (text, [(start, end, cat)])."""
    out, spans, pos, i = [], [], 0, 0
    for m in TOK.finditer(tpl):
        lit = tpl[i:m.start()]
        out.append(lit)
        pos += len(lit)
        for text, cat in tok(ctx, m.group(1), m.group(2)):
            if cat:
                spans.append((pos, pos + len(text), cat))
            out.append(text)
            pos += len(text)
        i = m.end()
    out.append(tpl[i:])
    return ''.join(out), spans


def build_note(ctx, style, prior_blocks, note_no):
    S = T.STYLES[style]
    blocks = []  # (text, spans)
    blocks.append(render(ctx, ch(S['headers'])))
    nb = R.randint(2, 7)
    body = R.sample(S['bodies'], nb)
    copied = []
    if prior_blocks:
        copied = R.sample(prior_blocks, min(len(prior_blocks), R.randint(1, 2)))
    free_pool = R.sample(S['free'], len(S['free']))
    for tpl in body:
        blocks.append(render(ctx, tpl))
        if R.random() < 0.75:
            free = [free_pool.pop() for _ in range(R.randint(1, 4))]
            blocks.append(render(ctx, '\n'.join(free)))
    for text, spans in copied:
        tag = ch(['', '(copied fwd) ', 'From prior note: ', 'per last visit -- ', ''])
        at = R.randint(2, len(blocks))
        blocks.insert(at, (tag + text, [(s + len(tag), e + len(tag), c) for s, e, c in spans]))
    blocks.append(render(ctx, ch(S['signoffs'])))
    lower = S.get('lower_p', 0.0)
    text, spans, pos = [], [], 0
    for k, (bt, bs) in enumerate(blocks):
        if k > 0:
            text.append('\n')
            pos += 1
        if R.random() < lower:
            bt = bt.lower()
        elif R.random() < S.get('upper_p', 0.0):
            bt = bt.upper()
        text.append(bt)
        spans += [(s + pos, e + pos, c) for s, e, c in bs]
        pos += len(bt)
    body_blocks = [b for b in blocks[1:-1] if b[1]]
    return '\n' + ''.join(text) + '\n', [(s + 1, e + 1, c) for s, e, c in spans], body_blocks


def main():
    pid = 8001
    for style in T.ORDER:
        notes, gold, count = [], [], 0
        while count < 30:
            ctx = Ctx(pid)
            prior = []
            nn = min(R.choice([1, 1, 2, 2, 3]), 30 - count)
            for note_no in range(1, nn + 1):
                for _ in range(400):
                    saved = ctx.cursor
                    body, spans, blocks = build_note(ctx, style, prior, note_no)
                    lines = body.strip('\n').count('\n') + 1
                    if 15 <= lines <= 40 and 8 <= len(spans) <= 30:
                        break
                    ctx.cursor = saved
                else:
                    raise RuntimeError('could not fit note')
                prior = blocks
                notes.append(f'START_OF_RECORD={pid}||||{note_no}||||\n{body}||||END_OF_RECORD\n')
                for s, e, c in spans:
                    gold.append(f'{pid} {note_no} {s} {e} {c} {body[s:e]}\n')
                ctx.cursor += dt.timedelta(days=R.randint(3, 40))
                count += 1
            pid += 1
        os.makedirs(os.path.join(HERE, style), exist_ok=True)
        with open(os.path.join(HERE, style, 'notes.text'), 'w', encoding='utf-8', newline='\n') as fh:
            fh.write(''.join(notes))
        with open(os.path.join(HERE, style, 'gold.phrase'), 'w', encoding='utf-8', newline='\n') as fh:
            fh.write(''.join(gold))


if __name__ == '__main__':
    main()
