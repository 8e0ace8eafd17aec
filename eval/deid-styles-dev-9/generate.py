#!/usr/bin/env python3
"""Generates deid-styles-dev-9 (a DEVELOPMENT set): four styles x 30 invented notes with gold PHI.
Python 3 stdlib only, fixed seed, deterministic. Writes <style>/notes.text and <style>/gold.phrase.

Templates (templates.py) are lines with placeholders {TOKEN} or {TOKEN:arg}; each token function
below returns a list of (text, category-or-None) segments, so gold offsets are known exactly."""
import os
import random
import re

import pools as P
import templates as T

SEED = 20261209
HERE = os.path.dirname(os.path.abspath(__file__))
STYLES = [('neurology-stroke', 9001), ('ortho-sports', 9101), ('hospitalist-signout', 9201),
          ('transplant-coordinator', 9301)]
NOTES_PER_STYLE = 30
MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October',
          'November', 'December']
TOKEN_RE = re.compile(r'\{([A-Z0-9_]+)(?::([^}]*))?\}')


def ordinal(n):
    return f'{n}{"th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")}'


class Note:
    """Per-note state: the patient, a primary relative, the visit date, the rng."""

    def __init__(self, rng, patient, style, visit):
        self.rng, self.pt, self.style, self.visit = rng, patient, style, visit
        self.rel = make_person(rng)
        self.rel_role = rng.choice(P.FEMALE_REL if self.rel['sex'] == 'F' else P.MALE_REL)
        self.rel2 = make_person(rng)
        self.rel2_role = rng.choice(P.FEMALE_REL if self.rel2['sex'] == 'F' else P.MALE_REL)
        self.author = make_person(rng)


def make_person(rng, sex=None):
    sex = sex or rng.choice('MF')
    first = rng.choice(P.FIRST_F if sex == 'F' else P.FIRST_M)
    return {'first': first, 'last': rng.choice(P.SURNAMES), 'mi': rng.choice(P.MIDDLE), 'sex': sex}


def misspell(rng, word):
    """Typists' slips: swap two inner letters or drop one (only on words of 6+ letters)."""
    if len(word) < 6 or ' ' in word or rng.random() > 0.5:
        return word
    i = rng.randrange(1, len(word) - 2)
    if rng.random() < 0.5:
        return word[:i] + word[i + 1] + word[i] + word[i + 2:]
    return word[:i] + word[i + 1:]


def typo(word, key):
    """A fixed typing slip for a patient's surname (the same in every note of the patient)."""
    r = random.Random(key)
    if len(word) < 5:
        return word + word[-1]
    i = r.randrange(1, len(word) - 2)
    if word[i] != word[i + 1] and r.random() < 0.5:
        return word[:i] + word[i + 1] + word[i] + word[i + 2:]
    return word[:i] + word[i + 1:]


# ---- dates -----------------------------------------------------------------------------------
def fmt_date(rng, y, m, d, kind=None):
    kind = kind if kind is not None else rng.randrange(12)
    mon = MONTHS[m - 1]
    return [
        f'{m}/{d}/{y}', f'{m:02d}/{d:02d}/{y}', f'{m}/{d}/{y % 100:02d}', f'{m}/{d}', f'{mon[:3]} {d}, {y}',
        f'{mon} {ordinal(d)}', f'{d}-{mon[:3].upper()}-{y}', f'{y}-{m:02d}-{d:02d}', f'{m}.{d}.{y % 100:02d}',
        f'{mon[:3]}. {d}', f'{d} {mon} {y}', f'{m}-{d}-{y % 100:02d}',
    ][kind % 12]


def rand_date(rng, note, back_days=900):
    y, m, d = note.visit
    total = y * 372 + (m - 1) * 31 + (d - 1) - rng.randrange(0, back_days + 1)
    yy, rest = divmod(total, 372)
    mm, dd = divmod(rest, 31)
    return yy, mm + 1, min(dd + 1, 28)


def rand_time(rng):
    h, mi = rng.randrange(0, 24), rng.randrange(0, 60)
    return rng.choice([f'{h:02d}{mi:02d}', f'{h:02d}:{mi:02d}', f'{(h % 12) or 12}:{mi:02d} {"am" if h < 12 else "pm"}',
                       f'{(h % 12) or 12}:{mi:02d}{"a" if h < 12 else "p"}'])


# ---- names -----------------------------------------------------------------------------------
def hcp_shape(rng, p, shape=None):
    """A staff name in one of many shapes; returns segments (Last, First is two spans)."""
    shape = shape if shape is not None else rng.randrange(8)
    f, l, mi = p['first'], p['last'], p['mi']
    if shape == 0:
        return [(f'{f} {l}', 'HCPName')]
    if shape == 1:
        return [(f'{f[0]}. {l}', 'HCPName')]
    if shape == 2:
        return [(l, 'HCPName')]
    if shape == 3:
        return [(f'{f} {mi}. {l}', 'HCPName')]
    if shape == 4:
        return [(l, 'HCPName'), (', ', None), (f, 'HCPName')]
    if shape == 5:
        return [(f'{f} {l[0]}.', 'HCPName')]
    if shape == 6:
        return [(f'{f[0]} {l}', 'HCPName')]
    return [(f'{l.upper()}', 'HCPName')]


def initials(p, lower=False):
    s = p['first'][0] + p['mi'] + p['last'].replace(' ', '')[0]
    return s.lower() if lower else s


# ---- phones and ids -----------------------------------------------------------------------------
def phone(rng):
    a, b, c = rng.randrange(201, 989), rng.randrange(201, 999), rng.randrange(0, 10000)
    return rng.choice([f'{a}-{b}-{c:04d}', f'({a}) {b}-{c:04d}', f'{a}.{b}.{c:04d}', f'({a}){b}-{c:04d}',
                       f'{b}-{c:04d}', f'{a}{b}{c:04d}', f'+1 {a} {b} {c:04d}', f'{a} {b} {c:04d}'])


def pager(rng):
    n = rng.randrange(1000, 99999)
    return rng.choice([f'{n}', f'x{n % 10000:04d}', f'#{n % 10000}', f'{n % 10}-{n % 10000:04d}', f'p{n % 100000}'])


def mrn(rng):
    n = rng.randrange(10 ** 6, 10 ** 8)
    return rng.choice([f'{n:08d}', f'{n // 1000}-{n % 1000:03d}', f'E{n}', f'{n}'])


# ---- token functions -----------------------------------------------------------------------------
def tok(note, name, arg):
    rng, pt = note.rng, note.pt
    L = lambda *segs: list(segs)  # noqa: E731
    if name == 'PF':
        return L((pt['first'], 'PTName'))
    if name == 'PL':
        return L((pt['last'], 'PTName'))
    if name == 'PFULL':
        return L((rng.choice([f"{pt['first']} {pt['last']}", f"{pt['first']} {pt['mi']}. {pt['last']}"]), 'PTName'))
    if name == 'PLF':
        return L((pt['last'], 'PTName'), (', ', None), (pt['first'], 'PTName'))
    if name == 'PLFU':
        return L((pt['last'].upper(), 'PTName'), (',', None), (pt['first'].upper(), 'PTName'))
    if name == 'PINIT':
        return L((initials(pt, rng.random() < 0.3), 'PTNameInitial'))
    if name == 'PMIS':  # the patient's surname as typed with a slip
        return L((typo(pt['last'], pt['pid']), 'PTName'))
    if name == 'ADOB':  # an adult's date of birth (donors, relatives)
        y = note.visit[0] - rng.randint(22, 66)
        return L((fmt_date(rng, y, rng.randint(1, 12), rng.randint(1, 28), rng.choice([0, 1, 2, 6, 7])), 'Date'))
    if name == 'PMR':
        return L((('Mr.' if pt['sex'] == 'M' else 'Ms.') + ' ', None), (pt['last'], 'PTName'))
    if name == 'AGE':
        return L((str(pt['age']), 'Age' if pt['age'] >= 90 else None))
    if name == 'SEX':
        return L((pt['sex'], None))
    if name == 'DOB':
        y, m, d = pt['dob']
        return L((fmt_date(rng, y, m, d, rng.choice([0, 1, 2, 6, 7, 4])), 'Date'))
    if name == 'MRN':
        return L((pt['mrn'], 'Other'))
    if name == 'ID':  # a fresh id of the given shape (claim, UNOS-like, accession ...)
        return L((make_id(rng, arg), 'Other'))
    if name == 'EMAIL':
        p = make_person(rng)
        dom = rng.choice(['ozanne-health.org', 'mailbox.net', 'stonecrop.com', 'heartlandcomp.com', 'txnet.org'])
        return L((f"{p['first'][0].lower()}{p['last'].lower().replace(' ', '').replace(chr(39), '')}@{dom}", 'Other'))
    if name == 'PTEMAIL':
        return L((f"{pt['first'].lower()}.{pt['last'].lower().replace(' ', '').replace(chr(39), '')}{rng.randrange(10, 99)}@mailbox.net", 'Other'))
    if name == 'DR':  # a doctor in a random shape
        return hcp_shape(rng, make_person(rng), int(arg) if arg else None)
    if name == 'DRL':  # last name only
        return L((make_person(rng)['last'], 'HCPName'))
    if name == 'AUTHOR':
        return hcp_shape(rng, note.author, int(arg) if arg else 0)
    if name == 'AUTHINIT':
        return L((initials(note.author, arg == 'l'), 'HCPName'))
    if name == 'STAFF':  # nurses, techs, therapists: first name, First L., full
        p = make_person(rng)
        return rng.choice([L((p['first'], 'HCPName')), L((f"{p['first']} {p['last'][0]}.", 'HCPName')),
                           L((f"{p['first']} {p['last']}", 'HCPName'))])
    if name == 'SINIT':
        return L((initials(make_person(rng), rng.random() < 0.6), 'HCPName'))
    if name == 'REL':
        r = note.rel if arg != '2' else note.rel2
        return L((rng.choice([f"{r['first']} {r['last']}", f"{r['first']} {r['last']}", r['first']]), 'RelativeProxyName'))
    if name == 'RELF':
        r = note.rel if arg != '2' else note.rel2
        return L((r['first'], 'RelativeProxyName'))
    if name == 'RELFULL':
        r = note.rel if arg != '2' else note.rel2
        return L((f"{r['first']} {r['last']}", 'RelativeProxyName'))
    if name == 'RELPT':  # relative sharing the patient's surname
        r = note.rel if arg != '2' else note.rel2
        return L((f"{r['first']} {pt['last']}", 'RelativeProxyName'))
    if name == 'ROLE':
        return L((note.rel_role if arg != '2' else note.rel2_role, None))
    if name == 'PERSON':  # any other lay person (landlord, friend, neighbour)
        p = make_person(rng)
        return L((rng.choice([f"{p['first']} {p['last']}", p['first']]), 'RelativeProxyName'))
    if name == 'D':
        y, m, d = rand_date(rng, note, int(arg) if arg else 900)
        return L((fmt_date(rng, y, m, d), 'Date'))
    if name == 'DSHORT':
        y, m, d = rand_date(rng, note, int(arg) if arg else 30)
        return L((rng.choice([f'{m}/{d}', f'{m}/{d}', f'{MONTHS[m - 1][:3]} {d}', f'{m}-{d}']), 'Date'))
    if name == 'VISIT':
        y, m, d = note.visit
        return L((fmt_date(rng, y, m, d, rng.choice([0, 1, 2, 4, 6, 7])), 'Date'))
    if name == 'FUT':  # a future date
        y, m, d = note.visit
        m2, d2 = (m + rng.randrange(1, 4) - 1) % 12 + 1, rng.randrange(1, 28)
        y2 = y + (1 if m2 < m else 0)
        return L((fmt_date(rng, y2, m2, d2, rng.choice([0, 3, 4, 5, 9, 2])), 'Date'))
    if name == 'DT':
        y, m, d = rand_date(rng, note, int(arg) if arg else 3)
        return L((rng.choice([f'{m}/{d}/{y % 100:02d} {rand_time(rng)}', f'{m:02d}/{d:02d}/{y} @ {rand_time(rng)}',
                              f'{y}-{m:02d}-{d:02d} {rand_time(rng)}', f'{m}/{d} at {rand_time(rng)}']), 'Date'))
    if name == 'MY':
        y, m, _ = rand_date(rng, note, 2500)
        return L((rng.choice([f'{MONTHS[m - 1]} {y}', f'{m}/{y}', f'{MONTHS[m - 1][:3]} {y}', f"{MONTHS[m - 1][:3]} '{y % 100:02d}"]), 'Date'))
    if name == 'Y':
        y = note.visit[0] - rng.randrange(1, 30)
        return L((rng.choice([str(y), str(y), str(y), f"'{y % 100:02d}"]), 'DateYear'))
    if name == 'TIME':
        return L((rand_time(rng), None))
    if name == 'TOWN':
        t = rng.choice(P.TOWNS)
        return L((misspell(rng, t) if rng.random() < 0.15 else t, 'Location'))
    if name == 'PTOWN':
        return L((pt['town'], 'Location'))
    if name == 'STATE':
        return L((rng.choice(P.STATES), 'Location'))
    if name == 'ADDR':
        return L((f"{rng.randrange(2, 9999)} {rng.choice(P.STREETS)}", 'Location'), (', ', None),
                 (pt['town'], 'Location'), (' ', None), (rng.choice(['VT', 'NH', 'ME', 'MN']), 'Location'), (' ', None),
                 (f'{rng.randrange(1000, 99999):05d}', 'Location'))
    if name == 'STREET':
        return L((f"{rng.randrange(2, 9999)} {rng.choice(P.STREETS)}", 'Location'))
    if name == 'HOSP':
        return L((rng.choice(P.OUTSIDE_HOSPITALS), 'Location'))
    if name == 'HOSPACR':
        return L((rng.choice(P.HOSP_ACR)[1], 'Location'))
    if name == 'LOC':  # a named pool from pools.py
        return L((rng.choice(getattr(P, arg)), 'Location'))
    if name == 'PH':
        return L((phone(rng), 'Phone'))
    if name == 'PG':
        return L((pager(rng), 'Phone'))
    if name == 'EXT':
        return L((rng.choice(['ext ', 'ext. ', 'x', 'X']) + str(rng.randrange(100, 9999)), 'Phone'))
    if name == 'N':  # a plain number in a range (not PHI)
        a, b = (int(x) for x in arg.split('-'))
        return L((str(rng.randint(a, b)), None))
    if name == 'PICK':  # plain choice among |-separated words (not PHI)
        return L((rng.choice(arg.split('|')), None))
    if name == 'LOT':
        return L((make_id(rng, 'lot'), None))
    if name == 'ROOM':
        return L((rng.choice([f'{rng.randrange(3, 9)}W-{rng.randrange(1, 40):02d}', f'rm {rng.randrange(200, 899)}',
                              f'{rng.randrange(3, 9)}{rng.choice("NSEW")} {rng.randrange(1, 30)}', f'Bed {rng.randrange(1, 24)}B',
                              f'{rng.randrange(300, 899)}-{rng.choice("AB")}']), None))
    raise KeyError(name)


def make_id(rng, kind):
    n = rng.randrange(10 ** 5, 10 ** 9)
    if kind == 'claim':
        return rng.choice([f'WC-{n % 10 ** 7:07d}', f'{n % 10 ** 6}-{rng.randrange(10, 99)}', f'CLM{n}'])
    if kind == 'unos':
        return rng.choice([f'{"".join(rng.choice("ABCDEFGHJKLMNPRSTVWXYZ") for _ in range(3))}{n % 10 ** 4:04d}',
                           f'WL-{n % 10 ** 6:06d}', f'TX{n % 10 ** 7}'])
    if kind == 'member':
        return rng.choice([f'{rng.choice("XYZMHW")}{rng.choice("ABCDEFGH")}{n}', f'{n:09d}', f'MCD-{n % 10 ** 8}'])
    if kind == 'acc':
        return rng.choice([f'EEG-{n % 10 ** 6}', f'{n % 10 ** 7}', f'CT{n % 10 ** 8:08d}'])
    if kind == 'lot':
        return rng.choice([f'{rng.choice("ABCDHKLMR")}{n % 10 ** 6}', f'{n % 10 ** 4}-{rng.choice("ABCXZ")}{n % 97}',
                           f'SN {n % 10 ** 8:08d}', f'REF {n % 10 ** 5}-{rng.randrange(10, 99)}'])
    return str(n)


# ---- rendering -----------------------------------------------------------------------------------
def render_line(note, line):
    segs, pos = [], 0
    for m in TOKEN_RE.finditer(line):
        if m.start() > pos:
            segs.append((line[pos:m.start()], None))
        segs.extend(tok(note, m.group(1), m.group(2)))
        pos = m.end()
    if pos < len(line):
        segs.append((line[pos:], None))
    return segs


def case(segs, mode):
    if mode == 'lower':
        return [(t.lower(), c) for t, c in segs]
    if mode == 'upper':
        return [(t.upper(), c) for t, c in segs]
    return segs


def count_spans(lines):
    return sum(1 for segs in lines for t, c in segs if c)


def fits_age(block, age):
    """A block whose first line starts with '@young' is for patients < 23, '@adult' for >= 23."""
    if block[0].startswith('@young'):
        return age < 23
    if block[0].startswith('@adult'):
        return age >= 23
    return True


def strip_gate(block):
    return [block[0].split(' ', 1)[1]] + block[1:] if block[0].startswith('@') else block


def build_note(rng, style, patient, visit, earlier, mode):
    """One note: header, sampled body blocks (in template order) with PHI-free lines in between,
    an optional copied-forward block of an earlier note, sign-off. Retries until 8-30 spans and
    15-40 lines."""
    S = T.STYLES[style]
    for _ in range(200):
        note = Note(rng, patient, style, visit)
        lines, blocks = [], []
        for line in rng.choice(S['headers']):
            lines.append(case(render_line(note, line), mode))
        usable = [i for i, b in enumerate(S['blocks']) if fits_age(b, patient['age'])]
        keys = sorted(rng.sample(usable, rng.randint(3, 5)))
        free = rng.sample(S['free'], len(S['free']))
        copied = False
        for i, k in enumerate(keys):
            block = [case(render_line(note, ln), mode) for ln in strip_gate(S['blocks'][k])]
            blocks.append(block)
            lines.extend(block)
            for _ in range(rng.choice([0, 1, 1, 2])):
                if free:
                    lines.append(case(render_line(note, free.pop()), mode))
            if earlier and mode == 'plain' and not copied and i == len(keys) // 2:
                copied = True
                prev = rng.choice(earlier)
                tag = rng.choice(S['copy_tags'])
                lines.append(case(render_line(note, tag), mode))
                for b in rng.sample(prev, min(len(prev), rng.choice([1, 1, 2]))):
                    lines.extend(b)
        for line in rng.choice(S['signoffs']):
            lines.append(case(render_line(note, line), mode))
        if 8 <= count_spans(lines) <= 30 and 15 <= len(lines) <= 40:
            return lines, blocks
    raise RuntimeError('could not satisfy span/line limits')


def make_patient(rng, style, pid):
    p = make_person(rng)
    lo, hi = T.STYLES[style]['ages']
    age = rng.randint(lo, hi) if rng.random() > T.STYLES[style].get('p90', 0) else rng.randint(90, 101)
    vy, vm, vd = 2026, rng.randint(1, 11), rng.randint(1, 27)
    p.update(age=age, dob=(vy - age - 1, rng.randint(1, 12), rng.randint(1, 28)), mrn=mrn(rng),
             town=rng.choice(P.TOWNS), pid=pid, visit=(vy, vm, vd))
    return p


def gen_style(style, first_pid, rng):
    out_notes, out_gold, n, pid = [], [], 0, first_pid
    while n < NOTES_PER_STYLE:
        patient = make_patient(rng, style, pid)
        k = min(rng.choice([1, 1, 2, 2, 3]), NOTES_PER_STYLE - n)
        earlier = []
        y, m, d = patient['visit']
        for note_no in range(1, k + 1):
            r = rng.random()
            mode = 'lower' if r < 0.19 else ('upper' if r < 0.19 + T.STYLES[style].get('p_upper', 0) else 'plain')
            lines, blocks = build_note(rng, style, patient, (y, m, d), earlier, mode)
            earlier.append(blocks)
            body, spans = '', []
            for li, segs in enumerate(lines):
                if li:
                    body += '\n'
                for t, c in segs:
                    if c:
                        spans.append((len(body), len(body) + len(t), c, t))
                    body += t
            body = '\n' + body + '\n'
            spans = [(s + 1, e + 1, c, t) for s, e, c, t in spans]
            out_notes.append(f'START_OF_RECORD={pid}||||{note_no}||||\n{body}||||END_OF_RECORD\n')
            out_gold += [f'{pid} {note_no} {s} {e} {c} {t}' for s, e, c, t in spans]
            # the next note is a few weeks later
            m, d = min(12, m + rng.choice([0, 1])), min(28, d + rng.randint(1, 20)) if m < 12 else 28
            n += 1
        pid += 1
    return ''.join(out_notes), '\n'.join(out_gold) + '\n'


def main():
    rng = random.Random(SEED)
    for style, first in STYLES:
        notes, gold = gen_style(style, first, rng)
        os.makedirs(os.path.join(HERE, style), exist_ok=True)
        with open(os.path.join(HERE, style, 'notes.text'), 'w', encoding='utf-8', newline='\n') as fh:
            fh.write(notes)
        with open(os.path.join(HERE, style, 'gold.phrase'), 'w', encoding='utf-8', newline='\n') as fh:
            fh.write(gold)


if __name__ == '__main__':
    main()
