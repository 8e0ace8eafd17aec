#!/usr/bin/env python3
"""Generates deid-styles-dev-9: 4 styles x 30 notes, PhysioNet notes.text + gold.phrase.
Python 3 stdlib only, fixed seed: rerunning rewrites the same bytes.
Placeholders in templates: {KIND}, {KIND@slot}, {KIND:form}, {KIND@slot:form}; a slot is kept
for the whole patient (same person / place in every note of that patient)."""
import os
import random
import re

import pools as P
import templates as T

SEED = 20261209
HERE = os.path.dirname(os.path.abspath(__file__))
TOK = re.compile(r'\{([A-Z0-9]+)(?:@(\w+))?(?::(\w+))?\}')
MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September',
          'October', 'November', 'December']
CAT = {'PT': 'PTName', 'REL': 'RelativeProxyName', 'HCP': 'HCPName', 'BABY': 'PTName'}
INST_KINDS = set(P.INST)


def ordinal(n):
    return f'{n}{"th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")}'


class Gen:
    def __init__(self, rng):
        self.r = rng

    # --- entities -----------------------------------------------------------------------------
    def person(self, kind):
        r = self.r
        first = r.choice(P.BABY_FIRST) if kind == 'BABY' else r.choice(P.FIRST)
        return {'first': first, 'mid': r.choice('ABCDEFGHJKLMNPRSTW'), 'last': r.choice(P.SURNAMES)}

    def date(self):
        r = self.r
        y = r.choice([2025, 2026, 2026, 2026])
        m, d = r.randint(1, 12), r.randint(1, 28)
        return y, m, d

    def entity(self, kind):
        r = self.r
        if kind in CAT:
            return self.person(kind)  # slot-level babies take the patient's surname, see render
        if kind in INST_KINDS:
            return r.choice(P.INST[kind])
        if kind == 'TOWN':
            return r.choice(P.TOWNS)
        if kind in ('PHONE', 'FAX'):
            return self.phone()
        if kind in ('DATE', 'DT', 'DOB'):
            if kind == 'DOB':
                return (r.randint(1924, 1936), r.randint(1, 12), r.randint(1, 28))
            return self.date()
        return None

    # --- rendering: returns list of (text, category or None) ----------------------------------
    def render_person(self, kind, p, form):
        r = self.r
        cat = CAT[kind]
        f, m, l = p['first'], p['mid'], p['last']
        if form is None:
            form = r.choice(['FL', 'FL', 'FL', 'FML', 'fL', 'Fl'] if kind != 'BABY' else ['FL', 'F'])
        if form == 'FL':
            return [(f'{f} {l}', cat)]
        if form == 'FML':
            return [(f'{f} {m}. {l}', cat)]
        if form == 'fL':
            return [(f'{f[0]}. {l}', cat)]
        if form == 'Fl':
            return [(f'{f} {l[0]}.', cat)]
        if form == 'L':
            return [(l, cat)]
        if form == 'F':
            return [(f, cat)]
        if form == 'LF':
            return [(l, cat), (', ', None), (f, cat)]
        if form == 'UL':
            return [(l.upper(), cat), (', ', None), (f.upper(), cat)]
        if form == 'I':
            ini = f[0] + l[0]
            ini = r.choice([ini, ini.lower(), f'{f[0]}.{l[0]}.', f[0] + m + l[0]])
            return [(ini, 'PTNameInitial' if kind == 'PT' else cat)]
        if form == 'lf':
            return [(f'{f.lower()} {l.lower()}', cat)]
        raise ValueError(form)

    def render_inst(self, e, form):
        name, acro = e
        if form == 'A' and acro:
            return [(acro, 'Location')]
        if form == 'N' or not acro:
            return [(name, 'Location')]
        return [(self.r.choice([name, name, acro]), 'Location')]

    def fmt_date(self, y, m, d, form=None):
        r = self.r
        forms = ['m/d', 'mm/dd/yyyy', 'm/d/yy', 'Mon d', 'Month dth', 'd-Mon-yy', 'yyyy-mm-dd', 'm.d.yy',
                 'dth of Month', 'mon d', 'm-d-yyyy', 'Month d, yyyy']
        form = form or r.choice(forms)
        mon = MONTHS[m - 1]
        return {'m/d': f'{m}/{d}', 'mm/dd/yyyy': f'{m:02d}/{d:02d}/{y}', 'm/d/yy': f'{m}/{d}/{y % 100:02d}',
                'Mon d': f'{mon[:3]} {d}', 'Month dth': f'{mon} {ordinal(d)}', 'd-Mon-yy': f'{d}-{mon[:3]}-{y % 100:02d}',
                'yyyy-mm-dd': f'{y}-{m:02d}-{d:02d}', 'm.d.yy': f'{m}.{d}.{y % 100:02d}',
                'dth of Month': f'{ordinal(d)} of {mon}', 'mon d': f'{mon[:3].lower()} {d}',
                'm-d-yyyy': f'{m}-{d}-{y}', 'Month d, yyyy': f'{mon} {d}, {y}'}[form]

    def phone(self):
        r = self.r
        a, b, c = r.randint(201, 989), r.randint(210, 989), r.randint(0, 9999)
        return r.choice([f'({a}) {b}-{c:04d}', f'{a}-{b}-{c:04d}', f'{a}.{b}.{c:04d}', f'{b}-{c:04d}',
                         f'1-{a}-{b}-{c:04d}', f'{a} {b} {c:04d}', f'{a}/{b}-{c:04d}'])

    def render(self, kind, slot, form, ctx):
        r = self.r
        if slot is not None:
            key = (kind, slot)
            if key not in ctx:
                ctx[key] = self.entity(kind)
                if kind == 'BABY' and ('PT', 'p') in ctx:
                    ctx[key] = dict(ctx[key], last=ctx[('PT', 'p')]['last'])
            e = ctx[key]
        else:
            e = self.entity(kind)
        if kind in CAT:
            return self.render_person(kind, e, form)
        if kind in INST_KINDS:
            return self.render_inst(e, form)
        if kind == 'TOWN':
            t = e
            if r.random() < 0.08:
                t = r.choice(P.TOWN_MISSPELT)
            elif r.random() < 0.1:
                t = t.lower()
            elif r.random() < 0.05:
                t = t.upper()
            return [(t, 'Location')]
        if kind == 'STREET':
            return [(f'{r.randint(2, 9899)} {r.choice(P.STREETS)}', 'Location')]
        if kind == 'STATE':
            return [(r.choice(P.STATES), 'Location')]
        if kind == 'ZIP':
            return [(f'{r.randint(1000, 99899):05d}', 'Location')]
        if kind in ('DATE', 'DOB'):
            return [(self.fmt_date(*e, form), 'Date')]
        if kind == 'DT':
            t = r.choice([f'{r.randint(0, 23):02d}{r.choice([0, 5, 12, 20, 34, 45, 50]):02d}',
                          f'{r.randint(1, 12)}:{r.randint(0, 59):02d} {r.choice(["AM", "PM", "am", "pm", "p", "a"])}',
                          f'{r.randint(0, 23):02d}:{r.randint(0, 59):02d}'])
            sep = r.choice([' ', ' @ ', ' at ', ' '])
            return [(self.fmt_date(*e, form or r.choice(['m/d', 'mm/dd/yyyy', 'm/d/yy', 'Mon d'])) + sep + t, 'Date')]
        if kind == 'YEAR':
            y = r.randint(1944, 2024)
            return [(r.choice([str(y), str(y), f"'{y % 100:02d}"]), 'DateYear')]
        if kind == 'MY':  # month + year
            return [(f'{r.choice(MONTHS)[:r.choice([3, 9])].rstrip()} {r.randint(2015, 2025)}', 'Date')]
        if kind in ('PHONE', 'FAX'):
            return [(e or self.phone(), 'Phone')]
        if kind == 'EXT':
            return [(r.choice([f'x{r.randint(2000, 7999)}', f'ext {r.randint(100, 9999)}', f'{r.randint(2, 8)}-{r.randint(1000, 9999)}']), 'Phone')]
        if kind == 'PAGER':
            return [(str(r.randint(10000, 99999)), 'Phone')]
        if kind == 'MRN':
            return [(r.choice([str(r.randint(1000000, 9999999)), f'{r.randint(10, 99)}-{r.randint(100000, 999999)}', f'M{r.randint(100000, 999999)}']), 'Other')]
        if kind == 'MEMBER':
            return [(r.choice([f'{r.choice("XYZKWH")}{r.choice("ABCDEJ")}{r.randint(10000000, 99999999)}', f'{r.randint(100000000, 999999999)}-0{r.randint(1, 9)}', f'MBR{r.randint(1000000, 9999999)}']), 'Other')]
        if kind == 'CASE':
            return [(r.choice([f'UM-{r.randint(2025, 2026)}-{r.randint(10000, 99999)}', f'{r.randint(100, 999)}{r.choice("ABCFGX")}{r.randint(100000, 999999)}', f'A{r.randint(1000000, 9999999)}', f'REF#{r.randint(40000, 99999)}']), 'Other')]
        if kind == 'NPI':
            return [(str(r.randint(1000000000, 1999999999)), 'Other')]
        if kind == 'IID':
            return [(r.choice([f'{r.randint(1000, 99999)}', f'INT-{r.randint(100, 9999)}', f'#{r.randint(200000, 899999)}']), 'Other')]
        if kind == 'EMAIL':
            p = self.person('HCP')
            dom = r.choice(['sbrmc.org', 'evergreenmutual.com', 'linguabridge.net', 'gmail.com', 'mcrn-care.org', 'yahoo.com'])
            return [(f'{p["first"][0].lower()}{p["last"].lower()}@{dom}', 'Other')]
        if kind == 'AGE90':
            return [(str(r.randint(90, 104)), 'Age')]
        if kind == 'AGE':
            return [(str(r.randint(58, 89)), None)]
        if kind == 'LANG':
            return [(r.choice(P.LANGS), None)]
        if kind == 'ROOM':
            return [(r.choice(['rm 214B', 'Rm 3', 'bed 2', 'room 117-A', 'unit 2 west', 'pod B', 'isolette 6', 'crib 14', 'bay 3', 'Rm 402 window']), None)]
        raise ValueError(kind)

    def render_template(self, tpl, ctx):
        pieces, pos = [], 0
        for m in TOK.finditer(tpl):
            if m.start() > pos:
                pieces.append((tpl[pos:m.start()], None))
            pieces += self.render(m.group(1), m.group(2), m.group(3), ctx)
            pos = m.end()
        if pos < len(tpl):
            pieces.append((tpl[pos:], None))
        return pieces


def n_spans(pieces):
    return sum(1 for _, c in pieces if c)


def build_note(g, style, ctx, history):
    r = g.r
    S = T.STYLES[style]
    blocks = [g.render_template(r.choice(S['headers']), ctx)]
    body_tpls = r.sample(S['blocks'], r.randint(3, 6))
    copied = []
    if history and r.random() < 0.8:
        copied = r.sample(history, min(len(history), r.randint(1, 2)))
    for tpl in body_tpls:
        blocks.append(g.render_template(tpl, ctx))
    for blk in copied:
        tag = r.choice(S['copy_tags'])
        blocks.insert(r.randint(1, len(blocks)), ([(tag, None)] if tag else []) + blk)
    # PHI-free lines
    for line in r.sample(S['free'], r.randint(3, 8)):
        blocks.insert(r.randint(1, len(blocks)), [(line, None)])
    blocks.append(g.render_template(r.choice(S['signoffs']), ctx))
    new_hist = [b for b in blocks[1:-1] if n_spans(b) >= 1 and b not in copied]
    return blocks, new_hist


def assemble(g, style, blocks):
    r = g.r
    S = T.STYLES[style]
    text, spans = '', []
    for bi, blk in enumerate(blocks):
        if bi:
            text += '\n' + ('\n' if r.random() < S.get('blank', 0.3) else '')
        for s, c in blk:
            if c:
                spans.append((len(text), len(text) + len(s), c))
            text += s
    text += '\n'
    # case variation by line (ASCII only: offsets unchanged)
    lines = text.split('\n')
    for i, ln in enumerate(lines):
        x = r.random()
        if x < S.get('lower', 0.05):
            lines[i] = ln.lower()
        elif x < S.get('lower', 0.05) + S.get('upper', 0.02):
            lines[i] = ln.upper()
    text = '\n'.join(lines)
    assert text.isascii()
    return text, spans


def main():
    for si, style in enumerate(T.STYLES):
        rng = random.Random(SEED * 10 + si)
        g = Gen(rng)
        notes_out, gold_out = [], []
        pid, count = 9000 + 100 * (si + 1), 0
        while count < 30:
            pid += 1
            ctx = {}
            history = []
            for nn in range(1, min(rng.choice([1, 2, 2, 3, 3]), 30 - count) + 1):
                for _attempt in range(200):
                    saved = rng.getstate()
                    blocks, new_hist = build_note(g, style, ctx, history)
                    text, spans = assemble(g, style, blocks)
                    nl = text.count('\n')
                    if 15 <= nl <= 40 and 8 <= len(spans) <= 30:
                        break
                else:
                    raise SystemExit(f'{style}: cannot fit note {pid}-{nn}')
                history += new_hist
                count += 1
                notes_out.append(f'START_OF_RECORD={pid}||||{nn}||||\n{text}||||END_OF_RECORD\n')
                for s, e, c in spans:
                    gold_out.append(f'{pid} {nn} {s} {e} {c} {text[s:e]}\n')
        os.makedirs(os.path.join(HERE, style), exist_ok=True)
        with open(os.path.join(HERE, style, 'notes.text'), 'w', encoding='utf-8', newline='\n') as fh:
            fh.write(''.join(notes_out))
        with open(os.path.join(HERE, style, 'gold.phrase'), 'w', encoding='utf-8', newline='\n') as fh:
            fh.write(''.join(gold_out))


if __name__ == '__main__':
    main()
