#!/usr/bin/env python3
"""Generates deid-styles-dev-8 (DEVELOPMENT set, writer helper of session 25): four styles x 30
invented notes with gold PHI spans. Python 3 stdlib only, fixed seed, deterministic.

Template mini-language (templates.py): `{slot.form|case}`.
- person slots (pt, doc, rn, r1 ...; see PERSON_SLOTS) with forms full, fml, fl, first, last, lf,
  LF, caps, init, fli, dr, drfull, lasttypo, any;
- institution slots (hosp, clinic, lab ...; see LOC_SLOTS), `.abbr` for the acronym, `.new` for a
  fresh one;
- generators (d, dt, my, yr, dob, town, st, zip, street, addr, ph, ext, pager, mrn, mid, claim,
  auth, email, docket, age90, age, num).
`|l` lower-cases, `|u` upper-cases the value. Text outside braces is not PHI."""
import datetime as dt
import os
import random
import re

import pools as P
import templates as T

SEED = 20261208
HERE = os.path.dirname(os.path.abspath(__file__))
PH_RE = re.compile(r'\{([A-Za-z0-9_]+)(?:\.([A-Za-z0-9_]+))?(?:\|([lu]))?\}')

HCP, PT, REL = 'HCPName', 'PTName', 'RelativeProxyName'
PERSON_SLOTS = {
    'pt': PT,
    # clinicians and other professionals (HCPName)
    'doc': HCP, 'doc2': HCP, 'rn': HCP, 'rn2': HCP, 'ma': HCP, 'np': HCP, 'gc': HCP, 'gc2': HCP,
    'coun': HCP, 'coun2': HCP, 'po': HCP, 'judge': HCP, 'rph': HCP, 'cm': HCP, 'sup': HCP,
    'ref': HCP, 'roi': HCP, 'md2': HCP, 'sw': HCP, 'res': HCP, 'onc': HCP, 'rev': HCP, 'clerk': HCP,
    # family, friends, sponsors, attorneys (RelativeProxyName)
    'r1': REL, 'r2': REL, 'r3': REL, 'r4': REL, 'r5': REL, 'r6': REL, 'r7': REL, 'r8': REL,
    'spn': REL, 'att': REL, 'fr': REL,
}
LOC_SLOTS = {
    'hosp': P.HOSPITALS, 'hosp2': P.HOSPITALS, 'clinic': P.CLINICS, 'clinic2': P.CLINICS,
    'uc': P.URGENT, 'pharm': P.PHARMACIES, 'lab': P.LABS, 'lab2': P.LABS, 'cc': P.CANCER_CTRS,
    'prog': P.PROGRAMS, 'prog2': P.PROGRAMS, 'sober': P.SOBER, 'court': P.COURTS,
    'agency': P.AGENCIES, 'emp': P.EMPLOYERS, 'school': P.SCHOOLS, 'ins': P.INSURERS,
    'roiv': P.ROI_VENDORS, 'law': P.LAW_FIRMS, 'snf': P.NURSING_HOMES,
}
for _i in range(1, 20):
    PERSON_SLOTS[f'r{_i}'] = REL
PERSON_SLOTS['fr2'] = REL
FEMALE_WORDS = {'wife', 'mother', 'mom', 'daughter', 'sister', 'aunt', 'grandmother', 'girlfriend', 'niece',
                'half-sister', 'ex-wife', 'mum', 'stepmother', 'woman', 'her'}
MALE_WORDS = {'husband', 'father', 'dad', 'son', 'brother', 'uncle', 'grandfather', 'boyfriend', 'nephew',
              'half-brother', 'ex-husband', 'stepfather', 'man', 'his'}
MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September',
          'October', 'November', 'December']


def ordinal(n):
    return f'{n}{"th" if 11 <= n % 100 <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")}'


class Person:
    def __init__(self, rng, cat, female=None):
        self.cat = cat
        self.female = rng.random() < 0.5 if female is None else female
        self.first = rng.choice(P.FIRST_F if self.female else P.FIRST_M)
        self.last = rng.choice(P.SURNAMES)
        self.mi = rng.choice('ABCDEFGHJKLMNPRSTW')

    def initials(self):
        return (self.first[0] + self.mi + self.last.replace("'", '')[0]).upper()

    def form(self, rng, form):
        c = self.cat
        if form == 'any':
            form = rng.choice(['full', 'full', 'fml', 'fl', 'first', 'last', 'lf', 'fli'])
        if form == 'full':
            return [(f'{self.first} {self.last}', c)]
        if form == 'fml':
            return [(f'{self.first} {self.mi}. {self.last}', c)]
        if form == 'fl':
            return [(f'{self.first[0]}. {self.last}', c)]
        if form == 'fsl':
            return [(f'{self.first[0]} {self.last}', c)]
        if form == 'first':
            return [(self.first, c)]
        if form == 'last':
            return [(self.last, c)]
        if form == 'fli':
            return [(f'{self.first} {self.last[0]}.', c)]
        if form == 'lf':
            return [(self.last, c), (', ', None), (self.first, c)]
        if form == 'lfm':
            return [(self.last, c), (', ', None), (f'{self.first} {self.mi}.', c)]
        if form == 'LF':
            return [(self.last.upper(), c), (', ', None), (self.first.upper(), c)]
        if form == 'LFnospace':
            return [(self.last.upper(), c), (',', None), (self.first.upper(), c)]
        if form == 'caps':
            return [(f'{self.first} {self.last}'.upper(), c)]
        if form == 'init':
            cat = 'PTNameInitial' if c == PT else c
            return [(self.initials(), cat)]
        if form == 'initl':
            cat = 'PTNameInitial' if c == PT else c
            i = self.initials().lower()
            return [('.'.join(i) + '.' if rng.random() < 0.5 else i, cat)]
        if form == 'dr':
            return [(rng.choice(['Dr. ', 'Dr ', 'dr. ', 'Dr.']), None), (self.last, c)]
        if form == 'drfull':
            return [(rng.choice(['Dr. ', 'Dr ']), None), (f'{self.first} {self.last}', c)]
        if form == 'lasttypo':
            return [(typo(rng, self.last), c)]
        if form == 'firsttypo':
            return [(typo(rng, self.first), c)]
        raise KeyError(form)


def typo(rng, word):
    """Misspells a word the way people type: swapped, doubled or dropped letter."""
    if len(word) < 4:
        return word
    i = rng.randrange(1, len(word) - 2)
    kind = rng.choice(['swap', 'double', 'drop'])
    if kind == 'swap' and word[i] != word[i + 1] and word[i].isalpha() and word[i + 1].isalpha():
        return word[:i] + word[i + 1] + word[i] + word[i + 2:]
    if kind == 'double' and word[i].isalpha():
        return word[:i] + word[i] + word[i:]
    if word[i].isalpha():
        return word[:i] + word[i + 1:]
    return word


def fmt_date(rng, d, style=None):
    styles = ['mdy', 'mdy', 'mdyy', 'md', 'mon_d_y', 'month_d', 'dmony', 'iso', 'dots', 'dash',
              'd_month_y', 'month_dth', 'mon_d', 'mmddyyyy']
    s = style or rng.choice(styles)
    y2 = d.year % 100
    mon = MONTHS[d.month - 1]
    return {
        'mdy': f'{d.month}/{d.day}/{d.year}',
        'mdyy': f'{d.month:02d}/{d.day:02d}/{y2:02d}',
        'md': f'{d.month}/{d.day}',
        'mon_d_y': f'{mon[:3]} {d.day}, {d.year}',
        'month_d': f'{mon} {d.day}',
        'dmony': f'{d.day:02d}-{mon[:3].upper()}-{d.year}',
        'iso': d.isoformat(),
        'dots': f'{d.month}.{d.day}.{y2:02d}',
        'dash': f'{d.month}-{d.day}-{y2:02d}',
        'd_month_y': f'{d.day} {mon} {d.year}',
        'month_dth': f'{mon} {ordinal(d.day)}',
        'mon_d': f'{mon[:3].lower()} {d.day}',
        'mmddyyyy': f'{d.month:02d}/{d.day:02d}/{d.year}',
        'long': f'{mon} {d.day}, {d.year}',
    }[s]


def phone(rng, area=None):
    a = area or rng.choice(['802', '603', '207', '413', '518', '717', '614', '906', '715', '541', '606', '304', '505'])
    x, y = rng.randint(200, 989), rng.randint(0, 9999)
    f = rng.choice(['paren', 'dash', 'dash', 'dot', 'plain', 'space', 'plus1', 'short', 'paren2'])
    return {
        'paren': f'({a}) {x}-{y:04d}', 'paren2': f'({a}){x}-{y:04d}', 'dash': f'{a}-{x}-{y:04d}',
        'dot': f'{a}.{x}.{y:04d}', 'plain': f'{a}{x}{y:04d}', 'space': f'{a} {x} {y:04d}',
        'plus1': f'+1 {a}-{x}-{y:04d}', 'short': f'{x}-{y:04d}',
    }[f]


class Ctx:
    """Per-note rendering context; patient-level entities live in `pat` and persist across notes."""

    def __init__(self, rng, pat, visit):
        self.rng, self.pat, self.visit = rng, pat, visit

    def person(self, slot, before=''):
        # people persist across a patient's notes; a relative's sex follows the relation word
        # written just before the slot's first use
        store = self.pat['people']
        if slot not in store:
            female = None
            if slot == 'pt':
                female = self.pat['female']
            else:
                words = re.findall(r'[a-z-]+', before.lower())[-4:]
                for w in reversed(words):
                    if w in FEMALE_WORDS:
                        female = True
                        break
                    if w in MALE_WORDS:
                        female = False
                        break
            store[slot] = Person(self.rng, PERSON_SLOTS[slot], female)
        return store[slot]

    def inst(self, slot, form):
        rng = self.rng
        store = self.pat['insts']
        if form == 'new' or slot not in store:
            entry = rng.choice(LOC_SLOTS[slot])
            if form == 'new':
                name, abbr = (entry.split('|') + [''])[:2]
                return [(name, 'Location')]
            store[slot] = entry
        name, abbr = (store[slot].split('|') + [''])[:2]
        if form == 'abbr' and abbr:
            return [(abbr, 'Location')]
        return [(name, 'Location')]

    def gen(self, name, arg):
        rng, v = self.rng, self.visit
        if name == 'd':
            if arg == 'visit':
                d = v
            elif arg == 'fut':
                d = v + dt.timedelta(days=rng.randint(1, 60))
            elif arg == 'past':
                d = v - dt.timedelta(days=rng.randint(200, 4000))
            elif arg == 'long':
                return [(fmt_date(rng, v - dt.timedelta(days=rng.randint(0, 20)), 'long'), 'Date')]
            else:
                d = v - dt.timedelta(days=rng.randint(1, 120))
            return [(fmt_date(rng, d), 'Date')]
        if name == 'dt':
            d = v - dt.timedelta(days=rng.randint(0, 10))
            h, m = rng.randint(0, 23), rng.randint(0, 59)
            t = rng.choice([f'{h:02d}:{m:02d}', f'{(h % 12) or 12}:{m:02d} {"AM" if h < 12 else "PM"}', f'{h:02d}{m:02d}'])
            sep = rng.choice([' ', ' @ ', ' at ', ' '])
            return [(fmt_date(rng, d, rng.choice(['mdy', 'mdyy', 'mmddyyyy', 'iso'])) + sep + t, 'Date')]
        if name == 'my':
            d = v - dt.timedelta(days=rng.randint(60, 3000))
            s = rng.choice([f'{MONTHS[d.month - 1]} {d.year}', f'{d.month}/{d.year}', f"{MONTHS[d.month - 1][:3]} '{d.year % 100:02d}", f'{MONTHS[d.month - 1][:3]}. {d.year}'])
            return [(s, 'Date')]
        if name == 'yr':
            if arg == 'short':
                # two-digit years in the past only ('58 ... '25)
                return [(f"'{rng.choice(list(range(50, 100)) + list(range(0, v.year % 100))):02d}", 'DateYear')]
            if arg == 'recent':
                return [(str(rng.randint(2012, v.year - 1)), 'DateYear')]
            if arg == 'old':
                return [(str(rng.randint(1938, 1995)), 'DateYear')]
            return [(str(rng.randint(1975, v.year - 1)), 'DateYear')]
        if name == 'dob':
            return [(fmt_date(rng, self.pat['dob'], arg or rng.choice(['mdy', 'mmddyyyy', 'mdyy', 'iso', 'mon_d_y', 'dmony'])), 'Date')]
        if name == 'town':
            t = self.pat['town'] if arg == 'pt' else rng.choice(P.TOWNS)
            if arg == 'typo' or (arg != 'pt' and rng.random() < 0.08):
                t = typo(rng, t)
            return [(t, 'Location')]
        if name == 'st':
            s = self.pat['state'] if arg == 'pt' else rng.choice(P.STATES)
            return [(s[1] if arg == 'full' else s[0], 'Location')]
        if name == 'zip':
            return [(f'{rng.randint(1000, 99950):05d}' + (f'-{rng.randint(0, 9999):04d}' if rng.random() < 0.15 else ''), 'Location')]
        if name == 'street':
            if arg == 'pt':
                return [(self.pat['street'], 'Location')]
            return [(street(rng), 'Location')]
        if name == 'addr':
            # street, town, ST zip: four spans
            pt = arg == 'pt'
            s = self.pat['street'] if pt else street(rng)
            t = self.pat['town'] if pt else rng.choice(P.TOWNS)
            st = self.pat['state'][0] if pt else rng.choice(P.STATES)[0]
            z = self.pat['zip'] if pt else f'{rng.randint(1000, 99950):05d}'
            return [(s, 'Location'), (', ', None), (t, 'Location'), (', ', None), (st, 'Location'), (' ', None), (z, 'Location')]
        if name == 'ph':
            if arg == 'pt':
                return [(self.pat['phone'], 'Phone')]
            return [(phone(rng), 'Phone')]
        if name == 'ext':
            return [(rng.choice(['ext ', 'ext. ', 'x', 'x ', 'Ext ']) + str(rng.randint(100, 9999)), 'Phone')]
        if name == 'pager':
            return [(rng.choice([f'{rng.randint(1, 9)}-{rng.randint(1000, 9999)}', str(rng.randint(10000, 99999)), f'#{rng.randint(1000, 9999)}']), 'Phone')]
        if name == 'mrn':
            if arg == 'pt':
                return [(self.pat['mrn'], 'Other')]
            return [(str(rng.randint(1000000, 99999999)), 'Other')]
        if name == 'mid':
            if arg == 'pt':
                return [(self.pat['mid'], 'Other')]
            return [(member_id(rng), 'Other')]
        if name == 'claim':
            return [(rng.choice([f'CLM-{v.year}-{rng.randint(100000, 999999)}', f'{rng.randint(10, 99)}{rng.randint(10**9, 10**10 - 1)}', f'C{rng.randint(1000000, 9999999)}']), 'Other')]
        if name == 'auth':
            return [(rng.choice([f'PA-{v.year}-{rng.randint(10000, 99999)}', f'A{rng.randint(100000, 999999)}', f'{rng.randint(1000, 9999)}-{rng.randint(1000, 9999)}-{rng.randint(10, 99)}']), 'Other')]
        if name == 'ssn4':
            return [(f'xxx-xx-{rng.randint(0, 9999):04d}', 'Other')]
        if name == 'email':
            p = self.person(arg) if arg else self.person('pt')
            user = rng.choice([f'{p.first.lower()}.{p.last.lower()}', f'{p.first[0].lower()}{p.last.lower()}{rng.randint(1, 99)}', f'{p.first.lower()}{rng.randint(70, 2005)}'])
            user = re.sub(r"[^a-z0-9.]", '', user)
            return [(f'{user}@{rng.choice(P.EMAIL_DOMAINS)}', 'Other')]
        if name == 'docket':
            return [(rng.choice([f'{v.year % 100}-CR-{rng.randint(100, 9999):05d}', f'DC-{rng.randint(1000, 9999)}-{v.year % 100}', f'{rng.randint(1, 9)}:{v.year % 100}-cr-{rng.randint(100, 999)}']), 'Other')]
        if name == 'age90':
            return [(str(rng.randint(90, 103)), 'Age')]
        if name == 'age':
            if arg == 'pt':
                return [(str(max(18, min(89, v.year - self.pat['dob'].year))), None)]
            if arg == 'kid':
                return [(str(rng.randint(4, 17)), None)]
            return [(str(rng.randint(22, 86)), None)]
        if name == 'num':
            return [(str(rng.randint(1, 9)), None)]
        raise KeyError(name)

    def render_line(self, line):
        segs, pos = [], 0
        for m in PH_RE.finditer(line):
            if m.start() > pos:
                segs.append((line[pos:m.start()], None))
            name, arg, case = m.group(1), m.group(2), m.group(3)
            if name in PERSON_SLOTS:
                out = self.person(name, line[max(0, m.start() - 40):m.start()]).form(self.rng, arg or 'any')
            elif name in LOC_SLOTS:
                out = self.inst(name, arg)
            else:
                out = self.gen(name, arg)
            if case == 'l':
                out = [(t.lower(), c) for t, c in out]
            elif case == 'u':
                out = [(t.upper(), c) for t, c in out]
            segs.extend(out)
            pos = m.end()
        if pos < len(line):
            segs.append((line[pos:], None))
        return segs

    def render_block(self, block):
        """Renders a multi-line template block into (text, spans) with block-relative offsets."""
        text, spans = '', []
        for i, line in enumerate(block.split('\n')):
            if i:
                text += '\n'
            for t, c in self.render_line(line):
                if c is not None:
                    spans.append((len(text), len(text) + len(t), c))
                text += t
        return text, spans


def street(rng):
    return f'{rng.randint(2, 4999)} {rng.choice(P.STREET_NAMES)} {rng.choice(P.STREET_TYPES)}' + (f' Apt {rng.randint(1, 40)}{rng.choice("ABC")}' if rng.random() < 0.2 else '')


def member_id(rng):
    letters = ''.join(rng.choice('ABCDEFGHJKMNPRSTUVWXYZ') for _ in range(3))
    return rng.choice([f'{letters}{rng.randint(10**8, 10**9 - 1)}', f'{rng.randint(10**9, 10**10 - 1)}', f'{letters}-{rng.randint(1000, 9999)}-{rng.randint(1000, 9999)}'])


def new_patient(rng, pid, p_female=0.5):
    female = rng.random() < p_female
    dob = dt.date(rng.randint(1931, 2004), rng.randint(1, 12), rng.randint(1, 28))
    st = rng.choice(P.STATES)
    return {'id': pid, 'female': female, 'dob': dob, 'people': {}, 'insts': {},
            'town': rng.choice(P.TOWNS), 'state': st, 'street': street(rng),
            'zip': f'{rng.randint(1000, 99950):05d}', 'phone': phone(rng), 'mrn': str(rng.randint(1000000, 9999999)),
            'mid': member_id(rng), 'blocks': []}


def build_note(rng, style, pat, visit, note_no, case):
    """Assembles one note: header, copied-forward blocks (later notes), sampled body blocks with
    PHI-free lines between them, sign-off. Retries sampling until the note has 8-30 spans and
    15-40 lines."""
    spec = T.STYLES[style]
    for attempt in range(400):
        ctx = Ctx(rng, pat, visit)
        parts = []  # (text, spans)
        parts.append(ctx.render_block(rng.choice(spec['headers'])))
        copied = []
        if note_no > 1 and pat['blocks']:
            k = min(len(pat['blocks']), rng.choice([1, 1, 2]))
            copied = rng.sample(pat['blocks'], k)
            for ctext, cspans, _ in copied:
                tag = rng.choice(spec['copy_tags'])
                parts.append((tag, []))
                parts.append((ctext, cspans))
        nb = rng.randint(spec['nblocks'][0], spec['nblocks'][1])
        # a template copied forward is not rendered afresh in the same note
        pool = [i for i in range(len(spec['body'])) if i not in {b[2] for b in copied}]
        idx = sorted(rng.sample(pool, nb))
        body_parts = []
        for i in idx:
            body_parts.append(ctx.render_block(spec['body'][i]))
        body_index = {id(bp): i for bp, i in zip(body_parts, idx)}
        for bp in body_parts:
            parts.append(bp)
            if rng.random() < 0.55:
                used = '\n'.join(p[0] for p in parts)
                unused = [f for f in spec['free'] if f not in used]
                parts.append(('\n'.join(rng.sample(unused, rng.randint(1, 3))), []))
        parts.append(ctx.render_block(rng.choice(spec['signoffs'])))
        text, spans = '', []
        copied_ids = {id(p) for p in parts if p[0] in {c[0] for c in copied}}
        for i, part in enumerate(parts):
            t, sp = part
            if i:
                text += '\n'
            # the note's case (all lower / all upper) applies to what is typed now, not to blocks
            # copied forward verbatim from an earlier note
            if case == 'lower' and id(part) not in copied_ids:
                t = t.lower()
            elif case == 'upper' and id(part) not in copied_ids:
                t = t.upper()
            assert len(t) == len(part[0])  # case changes must not move offsets
            spans += [(s + len(text), e + len(text), c) for s, e, c in sp]
            text += t
        nlines = text.count('\n') + 1
        while nlines < 15:
            unused = [f for f in spec['free'] if f not in text] or spec['free']
            line = rng.choice(unused)
            line = line.lower() if case == 'lower' else line.upper() if case == 'upper' else line
            cut = len(text) - len(parts[-1][0]) - 1  # keep the sign-off last and whole
            text = text[:cut] + '\n' + line + text[cut:]
            spans = [(s + len(line) + 1 if s > cut else s, e + len(line) + 1 if s > cut else e, c) for s, e, c in spans]
            nlines += 1
        if 8 <= len(spans) <= 30 and nlines <= 40:
            break
    else:
        raise RuntimeError(f'{style} {pat["id"]}-{note_no}: could not fit constraints')
    text = text + '\n'
    # remember body blocks for copying forward (rendered, in final case)
    off = 0
    pos = []
    for t, sp in parts:
        pos.append(off)
        off += len(t) + 1
    for part, o in zip(parts, pos):
        t, sp = part
        if sp and id(part) in body_index and len(sp) <= 8:
            pat['blocks'].append((text[o:o + len(t)], list(sp), body_index[id(part)]))
    return text, spans


def main():
    rng = random.Random(SEED)
    for style, (first_id, _) in T.ID_RANGES.items():
        out_notes, out_gold = [], []
        pid, made = first_id, 0
        while made < 30:
            pat = new_patient(rng, pid, T.STYLES[style].get('pt_female', 0.5))
            n_notes = min(rng.choice([1, 1, 2, 2, 3]), 30 - made)
            visit = dt.date(2026, 1, 1) + dt.timedelta(days=rng.randint(0, 300))
            # one case per patient (the same clinic / sender types all of that chart's notes that way),
            # so blocks copied forward stay verbatim and the note stays entirely lower / upper case
            r = rng.random()
            case = 'lower' if r < T.STYLES[style]['lower'] else ('upper' if r > 1 - T.STYLES[style]['upper'] else 'mixed')
            for note_no in range(1, n_notes + 1):
                body, spans = build_note(rng, style, pat, visit, note_no, case)
                out_notes.append(f'START_OF_RECORD={pid}||||{note_no}||||\n{body}||||END_OF_RECORD\n')
                for s, e, c in sorted(spans):
                    out_gold.append(f'{pid} {note_no} {s} {e} {c} {body[s:e]}\n')
                visit += dt.timedelta(days=rng.randint(5, 90))
                made += 1
            pid += 1
        os.makedirs(os.path.join(HERE, style), exist_ok=True)
        with open(os.path.join(HERE, style, 'notes.text'), 'w', encoding='utf-8', newline='') as fh:
            fh.write(''.join(out_notes))
        with open(os.path.join(HERE, style, 'gold.phrase'), 'w', encoding='utf-8', newline='') as fh:
            fh.write(''.join(out_gold))


if __name__ == '__main__':
    main()
