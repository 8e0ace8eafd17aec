#!/usr/bin/env python3
"""Generator of deid-styles-dev-16 (Python 3 stdlib only, fixed seed, deterministic).
Templates (templates.py) hold {token} or {token:arg} placeholders; each token renders to a list of
(text, category-or-None) pieces, so gold offsets are computed while the note is assembled."""
import datetime as dt
import os
import random
import re

import pools as P
import templates as T

SEED = 20261216
HERE = os.path.dirname(os.path.abspath(__file__))
BASE = {'dictated-consults': 16001, 'ed-provider-notes': 16101, 'referral-letters': 16201, 'nursing-handoff-sbar': 16301}
TOK_RE = re.compile(r'\{(\w+)(?::([^}]*))?\}')
MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']
MONTH = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October',
         'November', 'December']


def ordinal(n):
    return f'{n}{"th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")}'


def fmt_date(d, r, short_ok=True):
    forms = [f'{d.month}/{d.day}/{d.year}', f'{d.month:02d}/{d.day:02d}/{d.year % 100:02d}', f'{MON[d.month - 1]} {d.day}, {d.year}',
             f'{d.day:02d}-{MON[d.month - 1].upper()}-{d.year}', f'{d.year}-{d.month:02d}-{d.day:02d}', f'{MONTH[d.month - 1]} {ordinal(d.day)}',
             f'{d.month}.{d.day}.{d.year % 100:02d}', f'{d.day} {MONTH[d.month - 1]} {d.year}', f'{MON[d.month - 1]}. {d.day}']
    if short_ok:
        forms += [f'{d.month}/{d.day}', f'{d.month}-{d.day}']
    return r.choice(forms)


def fmt_time(r):
    h, m = r.randrange(0, 24), r.randrange(0, 60)
    return r.choice([f'{h:02d}{m:02d}', f'{h:02d}:{m:02d}', f'{(h % 12) or 12}:{m:02d} {"AM" if h < 12 else "PM"}',
                     f'{(h % 12) or 12}:{m:02d}{"a" if h < 12 else "p"}'])


def phone(r):
    a, b, c = r.randrange(201, 990), r.randrange(200, 999), r.randrange(0, 10000)
    return r.choice([f'({a}) {b}-{c:04d}', f'{a}-{b}-{c:04d}', f'{a}.{b}.{c:04d}', f'{a} {b} {c:04d}', f'{a}{b}{c:04d}',
                     f'1-{a}-{b}-{c:04d}', f'{b}-{c:04d}'])


def pager(r):
    n = r.randrange(1000, 9999)
    return r.choice([f'{n}', f'#{n}', f'x{n}', f'{n // 1000}-{n % 1000:03d}', f'{r.randrange(10000, 99999)}', f'p{n}'])


def person(r, sex=None):
    sex = sex or r.choice('FM')
    first = r.choice(P.FIRST_F if sex == 'F' else P.FIRST_M)
    return {'first': first, 'last': r.choice(P.SURNAMES), 'mi': r.choice('ABCDEFGHJKLMNPRSTW'), 'sex': sex}


def name_pieces(p, r, cat, forms=('full', 'full', 'mi', 'init', 'lastfirst', 'caps')):
    f = r.choice(forms)
    if f == 'full':
        return [(f'{p["first"]} {p["last"]}', cat)]
    if f == 'mi':
        return [(f'{p["first"]} {p["mi"]}. {p["last"]}', cat)]
    if f == 'init':
        return [(f'{p["first"][0]}. {p["last"]}', cat)]
    if f == 'lastfirst':
        return [(p['last'], cat), (r.choice([', ', ',']), None), (p['first'], cat)]
    return [(f'{p["first"].upper()} {p["last"].upper()}', cat)]


class Ctx:
    def __init__(self, r, pt, visit, style):
        self.r, self.pt, self.visit, self.style, self.roles = r, pt, visit, style, {}

    def role(self, key):
        if key not in self.roles:
            self.roles[key] = self.pt['staff'].get(key) if key in self.pt['staff'] else person(self.r)
        return self.roles[key]


def rdate(c, lo=3, hi=900):
    return c.visit - dt.timedelta(days=c.r.randrange(lo, hi))


def tok(c, name, arg):
    r, pt = c.r, c.pt
    if name == 'pt':
        return name_pieces(pt, r, 'PTName')
    if name == 'ptlf':
        return name_pieces(pt, r, 'PTName', ('lastfirst',))
    if name == 'ptf':
        return [(pt['first'], 'PTName')]
    if name == 'ptl':
        return [(pt['last'], 'PTName')]
    if name == 'ptL':
        return [(pt['last'].upper(), 'PTName')]
    if name == 'pti':
        s = pt['first'][0] + pt['mi'] + pt['last'][0]
        return [(r.choice([s, s.lower(), '.'.join(s.lower()) + '.']), 'PTNameInitial')]
    if name == 'age':
        return [(str(pt['age']), 'Age' if pt['age'] >= 90 else None)]
    if name == 'sexw':
        return [(r.choice(['female', 'woman', 'F', 'lady']) if pt['sex'] == 'F' else r.choice(['male', 'man', 'M', 'gentleman']), None)]
    if name == 'He':
        return [('She' if pt['sex'] == 'F' else 'He', None)]
    if name == 'He_s':
        return [('Her' if pt['sex'] == 'F' else 'His', None)]
    if name == 'he':
        return [('she' if pt['sex'] == 'F' else 'he', None)]
    if name == 'his':
        return [('her' if pt['sex'] == 'F' else 'his', None)]
    if name == 'mr':
        return [('Ms.' if pt['sex'] == 'F' else 'Mr.', None)]
    if name == 'dob':
        return [(fmt_date(pt['dob'], r, False), 'Date')]
    if name == 'vdate':
        return [(fmt_date(c.visit, r, False), 'Date')]
    if name == 'vdt':
        return [(f'{fmt_date(c.visit, r, False)} {r.choice(["", "@ ", "at "])}{fmt_time(r)}', 'Date')]
    if name == 'date':
        return [(fmt_date(rdate(c), r), 'Date')]
    if name == 'rdate':  # recent, within days
        return [(fmt_date(rdate(c, 1, 12), r), 'Date')]
    if name == 'fdate':
        return [(fmt_date(c.visit + dt.timedelta(days=r.randrange(5, 90)), r), 'Date')]
    if name == 'my':
        d = rdate(c, 60, 2500)
        return [(r.choice([f'{MONTH[d.month - 1]} {d.year}', f'{d.month}/{d.year}', f"{MON[d.month - 1]} '{d.year % 100:02d}"]), 'Date')]
    if name == 'year':
        y = c.visit.year - r.randrange(2, 30)
        return [(r.choice([str(y), str(y), f"'{y % 100:02d}"]), 'DateYear')]
    if name == 'time':
        return [(fmt_time(r), None)]
    if name in ('doc', 'docl', 'docf', 'ini', 'docL'):
        p = c.role(arg or name)
        if name == 'doc':
            return name_pieces(p, r, 'HCPName')
        if name == 'docl':
            return [(p['last'], 'HCPName')]
        if name == 'docL':
            return [(p['last'].upper(), 'HCPName')]
        if name == 'docf':
            return [(p['first'], 'HCPName')]
        s = p['first'][0] + p['last'][0] + (p['mi'] if r.random() < 0.5 else '')
        return [(s.lower() if r.random() < 0.5 else s, 'HCPName')]
    if name == 'rn':  # nurses etc: first name only or first + last initial or full
        p = c.role(arg or 'rn')
        return [(r.choice([p['first'], f'{p["first"]} {p["last"][0]}.', f'{p["first"]} {p["last"]}']), 'HCPName')]
    if name in ('rel', 'relf', 'relw', 'rell'):
        i = int(arg or 0) % len(pt['rels'])
        w, p = pt['rels'][i]
        if name == 'relw':
            return [(w, None)]
        if name == 'relf':
            return [(p['first'], 'RelativeProxyName')]
        if name == 'rell':
            return [(p['last'], 'RelativeProxyName')]
        return [(r.choice([p['first'], f'{p["first"]} {p["last"]}', f'{p["first"]} {p["last"]}']), 'RelativeProxyName')]
    if name == 'lay':  # unrelated lay person
        p = person(r)
        return [(f'{p["first"]} {p["last"]}', 'RelativeProxyName')]
    if name == 'hosp':
        i = pt['hosp'] if arg == 'home' else r.randrange(len(P.HOSPITALS))
        return [(P.HOSP_ACRO[i] if r.random() < 0.3 else P.HOSPITALS[i], 'Location')]
    if name == 'hospfull':
        return [(P.HOSPITALS[pt['hosp']], 'Location')]
    pools = {'clinic': P.CLINICS, 'imaging': P.IMAGING, 'lab': P.LABS, 'ems': P.EMS, 'snf': P.SNF, 'pharm': P.PHARMACIES,
             'church': P.CHURCHES, 'employer': P.EMPLOYERS, 'insurer': P.INSURERS, 'hh': P.HOMEHEALTH,
             'school': P.SCHOOLS, 'tsvc': P.TRANSCRIPTION}
    if name in pools:
        return [(r.choice(pools[name]), 'Location')]
    if name == 'town':
        t = pt['town'] if arg != 'any' else r.choice(P.TOWNS)
        if r.random() < 0.08 and t in P.TOWN_TYPOS:
            t = P.TOWN_TYPOS[t]
        return [(t, 'Location')]
    if name == 'state':
        return [(pt['state'], 'Location')]
    if name == 'addr':
        return [(pt['street'], 'Location'), (', ', None), (pt['town'], 'Location'), (', ', None), (pt['state'], 'Location'),
                (' ', None), (pt['zip'], 'Location')]
    if name == 'oaddr':  # an office address
        return [(f'{r.randrange(2, 900)} {r.choice(P.STREET_NAMES)}', 'Location'), (r.choice([', ', ' - ']), None),
                (r.choice(P.TOWNS), 'Location'), (', ', None), (r.choice(P.STATES[:8]), 'Location'), (' ', None),
                (f'0{r.randrange(1000, 9999)}', 'Location')]
    if name == 'street':
        return [(f'{r.randrange(2, 900)} {r.choice(P.STREET_NAMES)}', 'Location')]
    if name == 'phone':
        return [(pt['phone'] if arg == 'pt' else phone(r), 'Phone')]
    if name == 'ext':
        return [(r.choice(['ext ', 'ext. ', 'x', 'X']) + str(r.randrange(1000, 9999)), 'Phone')]
    if name == 'pager':
        return [(pager(r), 'Phone')]
    if name == 'mrn':
        return [(pt['mrn'], 'Other')]
    if name == 'acc':
        return [(r.choice(['', 'A', 'CT', 'RAD-']) + str(r.randrange(10 ** 6, 10 ** 8)), 'Other')]
    if name == 'job':
        return [(str(r.randrange(100000, 9999999)), 'Other')]
    if name == 'email':
        p = c.role(arg) if arg else pt
        dom = r.choice(['harlowvalley.org', 'kbrh.net', 'mailbox.com', 'quarryfp.org', 'stignatius.org'])
        return [(f'{p["first"][0].lower()}{p["last"].lower()}@{dom}', 'Other')]
    if name == 'ptemail':
        return [(pt['email'], 'Other')]
    if name == 'room':
        return [(r.choice([f'Rm {r.randrange(200, 899)}', f'rm {r.randrange(1, 40)}', f'{r.choice("456789")}W-{r.randrange(1, 40):02d}',
                          f'Bed {r.randrange(1, 30)}{r.choice("AB")}', f'Pod {r.choice("ABCD")}-{r.randrange(1, 12)}', f'room {r.randrange(300, 699)}']), None)]
    if name == 'n':
        lo, hi = (int(x) for x in arg.split('-'))
        return [(str(r.randrange(lo, hi + 1)), None)]
    if name == 'pick':
        return [(r.choice(arg.split('|')), None)]
    raise KeyError(name)


def render_line(c, line):
    pieces, pos = [], 0
    for m in TOK_RE.finditer(line):
        if m.start() > pos:
            pieces.append((line[pos:m.start()], None))
        pieces += tok(c, m.group(1), m.group(2))
        pos = m.end()
    if pos < len(line):
        pieces.append((line[pos:], None))
    return pieces


def render_block(c, text):
    out = []
    for line in text.strip('\n').split('\n'):
        out.append(render_line(c, line))
    return out  # list of lines, each a list of pieces


def make_patient(r, style, idx):
    p = person(r)
    if r.random() < 0.09:
        p['age'] = r.randrange(90, 104)
    else:
        p['age'] = r.randrange(19, 89)
    visit0 = dt.date(2025, 1, 1) + dt.timedelta(days=r.randrange(0, 650))
    p['dob'] = visit0 - dt.timedelta(days=365 * p['age'] + r.randrange(1, 360))
    p['town'] = r.choice(P.TOWNS)
    p['state'] = r.choice(P.STATES)
    p['street'] = f'{r.randrange(2, 999)} {r.choice(P.STREET_NAMES)}'
    p['zip'] = f'0{r.randrange(1000, 9999)}'
    p['phone'] = phone(r)
    p['mrn'] = r.choice(['', '00', 'M']) + str(r.randrange(10 ** 6, 10 ** 8))
    p['email'] = f'{p["first"].lower()}.{p["last"].lower()}{r.randrange(1, 99)}@{r.choice(["mailbox.com", "northnet.net", "fastmail.example"])}'
    p['hosp'] = r.randrange(len(P.HOSPITALS))
    rels = []
    for _ in range(3):
        q = person(r)
        if r.random() < 0.6:
            q['last'] = p['last']
        rels.append((r.choice(P.RELATIONS_F if q['sex'] == 'F' else P.RELATIONS_M), q))
    p['rels'] = rels
    p['staff'] = {'pcp': person(r), 'ref': person(r)}
    p['visits'] = [visit0]
    return p


def apply_case(lines, mode):
    if mode == 'lower':
        return [[(t.lower(), k) for t, k in ln] for ln in lines]
    if mode == 'upper':
        return [[(t.upper(), k) for t, k in ln] for ln in lines]
    return lines


def build_note(r, style, pt, visit, history):
    S = T.STYLES[style]
    c = Ctx(r, pt, visit, style)
    mode = r.choices(['normal', 'lower', 'upper'], [80, 12, S.get('upper_w', 5)])[0]
    lines = render_block(c, r.choice(S['headers']))
    nblocks = r.randrange(4, 8)
    idxs = sorted(r.sample(range(len(S['blocks'])), nblocks))
    free = r.sample(S['free'], r.randrange(3, 6))
    slots = r.sample(range(nblocks + 1), len(free)) if len(free) <= nblocks + 1 else list(range(len(free)))
    copied = None
    with_phi = [b for b in history if any(k for ln in b for _, k in ln)]
    if with_phi and mode == 'normal':
        copied = r.choice(with_phi)
    body_blocks = {}
    for j, i in enumerate(idxs):
        for fi, s in enumerate(slots):
            if s == j:
                lines.append(render_line(c, free[fi]))
        blk = render_block(c, S['blocks'][i])
        body_blocks[i] = blk
        if r.random() < 0.25:
            lines.append([('', None)])
        lines += blk
    for fi, s in enumerate(slots):
        if s == nblocks:
            lines.append(render_line(c, free[fi]))
    if copied:
        lines.append([('', None)])
        lines.append(render_line(c, r.choice(S['copytags'])))
        lines += copied
    lines.append([('', None)])
    lines += render_block(c, r.choice(S['signoffs']))
    lines = apply_case(lines, mode)
    return lines, (list(body_blocks.values()) if mode == 'normal' else [])


def assemble(lines):
    text, spans = '', []
    for ln in lines:
        for t, k in ln:
            if k:
                spans.append((len(text), len(text) + len(t), k, t))
            text += t
        text += '\n'
    return text, spans


def ok(text, spans):
    nonblank = sum(1 for ln in text.split('\n') if ln.strip())
    return 8 <= len(spans) <= 30 and 15 <= nonblank <= 40


def main():
    r = random.Random(SEED)
    for style in T.STYLES:
        notes, gold = [], []
        pid, count = BASE[style], 0
        while count < 30:
            pt = make_patient(r, style, pid)
            n = min(r.choice([1, 1, 2, 2, 3]), 30 - count)
            history, visit = [], pt['visits'][0]
            for k in range(1, n + 1):
                for _ in range(200):
                    lines, blocks = build_note(r, style, pt, visit, history)
                    text, spans = assemble(lines)
                    if ok(text, spans):
                        break
                else:
                    raise RuntimeError('no note fits')
                history += blocks
                notes.append(f'START_OF_RECORD={pid}||||{k}||||\n{text}||||END_OF_RECORD\n')
                gold += [f'{pid} {k} {s} {e} {cat} {t}' for s, e, cat, t in spans]
                visit = visit + dt.timedelta(days=r.randrange(2, 120))
                count += 1
            pid += 1
        os.makedirs(os.path.join(HERE, style), exist_ok=True)
        with open(os.path.join(HERE, style, 'notes.text'), 'w', encoding='ascii', newline='\n') as fh:
            fh.write(''.join(notes))
        with open(os.path.join(HERE, style, 'gold.phrase'), 'w', encoding='ascii', newline='\n') as fh:
            fh.write('\n'.join(gold) + '\n')


if __name__ == '__main__':
    main()
