#!/usr/bin/env python3
"""Generates deid-styles-dev-6: 4 styles x 30 notes with gold PHI (PhysioNet layout).
Python 3 stdlib only, fixed seed, deterministic bytes. Templates use {TOKEN} placeholders:
upper-case tokens are PHI (labelled), lower-case tokens are PHI-free fillers (not labelled)."""
import os
import random
import re

import pools as P
import templates as T

SEED = 20261206
HERE = os.path.dirname(os.path.abspath(__file__))
MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September',
          'October', 'November', 'December']
TOK = re.compile(r'\{([A-Za-z0-9_]+)\}')
R = random.Random(SEED)


def ordinal(d):
    return f'{d}{"th" if 10 <= d % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th")}'


def misspell(word):
    """Staff misspell towns: drop a doubled letter, swap two letters, or drop a vowel."""
    w = list(word)
    for i in range(1, len(w)):
        if w[i] == w[i - 1] and w[i].isalpha():
            return word[:i] + word[i + 1:]
    i = R.randrange(1, max(2, len(w) - 2))
    if w[i].isalpha() and w[i + 1].isalpha():
        w[i], w[i + 1] = w[i + 1], w[i]
    return ''.join(w)


def fmt_date(y, m, d, style=None):
    style = style if style is not None else R.randrange(13)
    mon = MONTHS[m - 1]
    return [f'{m}/{d}', f'{m:02d}/{d:02d}/{y}', f'{mon[:3]} {d}', f'{ordinal(d)} of {mon}', f'{d}-{mon[:3]}-{y % 100:02d}',
            f'{y}-{m:02d}-{d:02d}', f'{m}-{d}', f'{mon.lower()} {ordinal(d)}', f'{m:02d}.{d:02d}.{y % 100:02d}',
            f'{m}/{d}/{y % 100:02d}', f'{mon} {d}, {y}', f'{d} {mon[:3].upper()} {y}', f'{m}/{d}/{y}'][style]


class Ctx:
    """Per-patient persona, so names, doctors and family stay the same across a patient's notes."""

    def __init__(self):
        self.sex = R.choice('MF')
        self.first = R.choice(P.FIRST)
        self.last = R.choice(P.SURNAMES)
        self.mid = R.choice('ABCDEFGHJKLMNPRSTW')
        self.attending = (R.choice(P.FIRST), R.choice(P.SURNAMES))
        self.staff = [(R.choice(P.FIRST), R.choice(P.SURNAMES)) for _ in range(6)]
        self.rels = [(R.choice(P.RELATIONS), R.choice(P.FIRST), R.choice(P.SURNAMES + [self.last] * 8)) for _ in range(3)]
        self.town = R.choice(P.TOWNS)
        self.hosp = R.choice(P.HOSPITALS)
        self.year = R.choice([2025, 2026])
        self.month = R.randrange(1, 13)
        self.day = R.randrange(1, 27)
        self.dunit = R.choice(P.DIALYSIS_UNITS)
        self.employer = R.choice(P.EMPLOYERS)
        self.age = R.randrange(24, 89)
        self.rel_i = 0
        self.mrn = R.choice([f'{R.randrange(1000000, 9999999)}', f'00{R.randrange(100000, 999999)}', f'MR{R.randrange(100000, 999999)}'])
        self.empid = R.choice([f'E{R.randrange(10000, 99999)}', f'{R.randrange(100000, 999999)}', f'EMP-{R.randrange(1000, 9999)}'])

    def advance(self):
        self.day += R.randrange(2, 20)
        while self.day > 28:
            self.day -= 28
            self.month += 1
            if self.month > 12:
                self.month, self.year = 1, self.year + 1

    def near_date(self, back=None):
        y, m, d = self.year, self.month, self.day - (back if back is not None else R.randrange(0, 25))
        while d < 1:
            d += 28
            m -= 1
            if m < 1:
                m, y = 12, y - 1
        return y, m, d


def staff_name(f, l, form=None):
    form = R.randrange(7) if form is None else form
    return [f'{f} {l}', f'{f[0]}. {l}', f'{f} {l[0]}.', l, f'{f} {R.choice("ABCDEFGHJKMNPRSTW")}. {l}', f, f'{f[0]}{l[0]}'][form]


def seg(text, cat=None):
    return [(text, cat)]


def pt_full(c):
    return seg(R.choice([f'{c.first} {c.last}', f'{c.first} {c.mid}. {c.last}', f'{c.first} {c.last}']), 'PTName')


def pt_lf(c):
    return [(c.last, 'PTName'), (', ', None), (c.first, 'PTName')]


def pt_lfcaps(c):
    return [(c.last.upper(), 'PTName'), (', ', None), (c.first.upper(), 'PTName')]


def pt_init(c):
    return seg(R.choice([f'{c.first[0]}.{c.last[0]}.', f'{c.first[0]}{c.last[0]}', f'{c.first[0]}{c.mid}{c.last[0]}']), 'PTNameInitial')


def rel(c):
    r, f, l = c.rels[c.rel_i % 3]
    c.rel_i += 1
    return seg(R.choice([f, f, f'{f} {l}']), 'RelativeProxyName')


def relw(c):
    r, f, l = c.rels[c.rel_i % 3]
    return [(r + ' ', None)] + rel(c)


def other_person(c):
    return seg(R.choice([f'{R.choice(P.FIRST)} {R.choice(P.SURNAMES)}', R.choice(P.FIRST)]), 'RelativeProxyName')


def hcp(c):
    return seg(staff_name(R.choice(P.FIRST), R.choice(P.SURNAMES), R.choice([0, 0, 1, 2, 4])), 'HCPName')


def hcp_last(c):
    return seg(R.choice(P.SURNAMES), 'HCPName')


def hcp_first(c):
    return seg(R.choice(P.FIRST), 'HCPName')


def team(c):
    f, l = R.choice(c.staff)
    return seg(staff_name(f, l, R.choice([0, 1, 3, 5])), 'HCPName')


def att(c):
    return seg(c.attending[1], 'HCPName')


def att_full(c):
    f, l = c.attending
    return seg(staff_name(f, l, R.choice([0, 1, 4])), 'HCPName')


def initials(c):
    f, l = R.choice(c.staff)
    return seg(R.choice([f'{f[0]}{l[0]}', f'{f[0]}{l[0]}'.lower(), f'{f[0]}{R.choice("ABDEJKLMRS")}{l[0]}']), 'HCPName')


def date(c):
    return seg(fmt_date(*c.near_date()), 'Date')


def date_today(c):
    return seg(fmt_date(*c.near_date(0), style=R.choice([0, 1, 5, 9, 12])), 'Date')


def date_future(c):
    y, m, d = c.year, c.month, c.day + R.randrange(3, 60)
    while d > 28:
        d -= 28
        m += 1
        if m > 12:
            m, y = 1, y + 1
    return seg(fmt_date(y, m, d), 'Date')


def date_old(c):
    return seg(fmt_date(*c.near_date(R.randrange(40, 700))), 'Date')


def date_time(c):
    y, m, d = c.near_date(R.randrange(0, 3))
    t = R.choice([f'{R.randrange(0, 24):02d}{R.randrange(0, 60):02d}', f'{R.randrange(1, 13)}:{R.randrange(0, 60):02d} {R.choice(["AM", "PM", "pm", "am"])}',
                  f'{R.randrange(0, 24):02d}:{R.randrange(0, 60):02d}'])
    return seg(f'{fmt_date(y, m, d, R.choice([0, 1, 9, 12]))} {R.choice(["", "@ ", "at "])}{t}', 'Date')


def month_year(c):
    y, m, d = c.near_date(R.randrange(0, 80))
    return seg(R.choice([f'{MONTHS[m - 1]} {y}', f'{MONTHS[m - 1][:3]} {y}', f'{m}/{y}', f'{MONTHS[m - 1][:3].upper()} {y}', f'{m:02d}/{y}']), 'Date')


def dob(c):
    y = c.year - c.age
    return seg(fmt_date(y, R.randrange(1, 13), R.randrange(1, 29), R.choice([1, 12, 5, 10, 11])), 'Date')


def year(c):
    y = R.randrange(1985, c.year)
    return seg(R.choice([str(y), str(y), f"'{y % 100:02d}"]), 'DateYear')


def age90(c):
    return seg(str(R.randrange(90, 104)), 'Age')


def town(c):
    return seg(R.choice(P.TOWNS), 'Location')


def ptown(c):
    return seg(c.town if R.random() < 0.75 else misspell(c.town), 'Location')


def state(c):
    return seg(R.choice(P.STATES), 'Location')


def street(c):
    return seg(f'{R.randrange(2, 2999)} {R.choice(P.STREETS)}', 'Location')


def zipc(c):
    return seg(f'0{R.randrange(1000, 9999)}', 'Location')


def hosp(c):
    return seg(c.hosp[0], 'Location')


def hosp_ac(c):
    return seg(c.hosp[1], 'Location')


def hosp_other(c):
    h = R.choice(P.HOSPITALS)
    return seg(R.choice([h[0], h[1]]), 'Location')


def pick(pool):
    return lambda c: seg(R.choice(pool), 'Location')


def phone(c):
    a, b, d = R.choice([603, 802, 413, 207, 508, 440]), R.randrange(200, 999), R.randrange(0, 10000)
    return seg(R.choice([f'({a}) {b}-{d:04d}', f'{a}-{b}-{d:04d}', f'{a}.{b}.{d:04d}', f'{b}-{d:04d}', f'{a}{b}{d:04d}', f'{a} {b} {d:04d}']), 'Phone')


def pager(c):
    return seg(R.choice([f'{R.randrange(10000, 99999)}', f'{R.randrange(1, 9)}-{R.randrange(1000, 9999)}', f'#{R.randrange(1000, 9999)}']), 'Phone')


def ext(c):
    return seg(R.choice([f'x{R.randrange(1000, 9999)}', f'{R.randrange(1000, 9999)}']), 'Phone')


def mrn(c):
    return seg(c.mrn, 'Other')


def other_mrn(c):
    return seg(R.choice([f'{R.randrange(1000000, 9999999)}', f'00{R.randrange(100000, 999999)}']), 'Other')


def claim(c):
    return seg(R.choice([f'WC-{c.year}-{R.randrange(10000, 99999)}', f'{R.randrange(100, 999)}-{R.randrange(1000, 9999)}-{R.randrange(10, 99)}',
                         f'CLM{R.randrange(1000000, 9999999)}', f'{R.randrange(10, 99)}WC{R.randrange(100000, 999999)}']), 'Other')


def emp_id(c):
    return seg(c.empid, 'Other')


def spec_id(c):
    return seg(f'{R.choice(["CC", "S", "F"])}{R.randrange(1000000, 9999999)}', 'Other')


def email(c):
    dom = R.choice(['mailbox.net', 'northmail.com', 'kessler-castings.com', 'hvh.org', 'gmail.com'])
    return seg(R.choice([f'{c.first[0].lower()}{c.last.lower()}{R.randrange(1, 99)}@{dom}', f'{c.first.lower()}.{c.last.lower()}@{dom}']), 'Other')


def policy(c):
    return seg(R.choice([f'{R.choice("ABCHMNW")}{R.randrange(10000000, 99999999)}', f'{R.randrange(100, 999)}{R.choice("ABC")}{R.randrange(10000, 99999)}']), 'Other')


# PHI-free fillers (lower-case tokens): not labelled
def time_(c):
    return seg(R.choice([f'{R.randrange(0, 24):02d}{R.randrange(0, 60):02d}', f'{R.randrange(1, 13)}:{R.randrange(0, 60):02d}{R.choice(["a", "p", " am", " pm"])}', f'{R.randrange(0, 24):02d}:{R.randrange(0, 60):02d}']))


def lot(c):
    return seg(R.choice([f'{R.choice("ABCDEFGHKLMNPRSTUVWXYZ")}{R.randrange(10, 99)}{R.choice("ABCDEFGHKLMNPRSTUVWXYZ")}{R.randrange(100, 999)}', f'{R.randrange(100000, 999999)}', f'EW{R.randrange(1000, 9999)}']))


def serial(c):
    return seg(R.choice([f'{R.randrange(20, 24)}{R.randrange(100000000, 999999999)}', f'SN {R.choice(["A", "P", "R"])}{R.randrange(1000000, 9999999)}', f'{R.randrange(1000, 9999)}-{R.randrange(1000, 9999)}']))


def chair(c):
    return seg(str(R.randrange(1, 25)))


def room(c):
    return seg(R.choice([f'{R.randrange(2, 9)}{R.choice(["w", "e", "n", "s"])}-{R.randrange(1, 40)}', f'rm {R.randrange(200, 899)}', f'{R.randrange(3, 9)} west bed {R.randrange(1, 30)}', f'icu {R.randrange(1, 20)}']))


def age(c):
    return seg(str(c.age))


def num(c):
    return seg(str(R.randrange(2, 12)))


def wt(c):
    return seg(f'{R.randrange(48, 140)}.{R.randrange(0, 10)}')


TOKENS = {
    'PT': pt_full, 'PTL': lambda c: seg(c.last, 'PTName'), 'PTFN': lambda c: seg(c.first, 'PTName'), 'PTLF': pt_lf,
    'PTLFC': pt_lfcaps, 'PTI': pt_init, 'REL': rel, 'RELW': relw, 'OTHP': other_person, 'HCP': hcp,
    'HCPL': hcp_last, 'HCPFN': hcp_first, 'TEAM': team, 'ATT': att, 'ATTF': att_full, 'INI': initials,
    'DATE': date, 'TODAY': date_today, 'OLDDATE': date_old, 'FUTDATE': date_future, 'OMRN': other_mrn, 'DATETIME': date_time, 'MY': month_year, 'DOB': dob,
    'YEAR': year, 'AGE90': age90, 'TOWN': town, 'PTOWN': ptown, 'STATE': state, 'STREET': street, 'ZIP': zipc,
    'HOSP': hosp, 'HOSPAC': hosp_ac, 'OHOSP': hosp_other, 'CLINIC': pick(P.CLINICS), 'SNF': pick(P.SNFS),
    'EMPLOYER': lambda c: seg(c.employer, 'Location'), 'OEMPLOYER': pick(P.EMPLOYERS), 'INSURER': pick(P.INSURERS),
    'WCCARRIER': pick(P.WC_CARRIERS), 'PHARM': pick(P.PHARMACIES), 'DME': pick(P.DMES), 'TRANSPORT': pick(P.TRANSPORTS),
    'TXCENTER': pick(P.TX_CENTERS), 'DUNIT': lambda c: seg(c.dunit, 'Location'), 'SLEEPLAB': pick(P.SLEEP_LABS),
    'DRUGLAB': pick(P.DRUG_LABS), 'SCHOOL': pick(P.SCHOOLS), 'CHURCH': pick(P.CHURCHES), 'AGENCY': pick(P.AGENCIES),
    'EMPCLINIC': pick(P.EMP_CLINICS), 'PHONE': phone, 'PAGER': pager, 'EXT': ext, 'MRN': mrn, 'CLAIM': claim,
    'EMPID': emp_id, 'SPECID': spec_id, 'EMAIL': email, 'POLICY': policy,
    'time': time_, 'lot': lot, 'serial': serial, 'chair': chair, 'room': room, 'age': age, 'num': num, 'wt': wt,
    'sex': lambda c: seg(R.choice(['m', 'M', 'yo m'] if c.sex == 'M' else ['f', 'F', 'yo f'])),
}


def render(template, c):
    """Returns a list of (text, category) segments for one template (may span several lines)."""
    out, pos = [], 0
    for m in TOK.finditer(template):
        if m.start() > pos:
            out.append((template[pos:m.start()], None))
        out.extend(TOKENS[m.group(1)](c))
        pos = m.end()
    if pos < len(template):
        out.append((template[pos:], None))
    return out


def nlines(blocks):
    return sum(''.join(t for t, _ in b).count('\n') + 1 for b in blocks)


def nspans(blocks):
    return sum(1 for b in blocks for _, cat in b if cat)


def lower_segs(b):
    return [(t.lower(), cat) for t, cat in b]


def build_note(style, c, prev_blocks):
    """Header, body blocks mixed with PHI-free lines, copied-forward blocks of an earlier note, sign-off."""
    S = T.STYLES[style]
    for _attempt in range(200):
        head = render(R.choice(S['headers']), c)
        # blocks and PHI-free lines are listed in templates.py roughly in the order a note has them
        # (history, overnight, exam, labs, plan): keep that order, with some jitter
        nb, nf = len(S['blocks']), len(S['free'])
        bi = sorted(R.sample(range(nb), R.randrange(4, 9)))
        fi = sorted(R.sample(range(nf), R.randrange(4, 17)))
        body = [render(S['blocks'][i], c) for i in bi]
        keyed = [(i / nb + R.uniform(-0.15, 0.15), b) for i, b in zip(bi, body)]
        keyed += [(i / nf + R.uniform(-0.05, 0.05), [(S['free'][i], None)]) for i in fi]
        keyed.sort(key=lambda kb: kb[0])
        mixed = [b for _, b in keyed]
        if prev_blocks:
            for b in R.sample(prev_blocks, min(len(prev_blocks), R.randrange(1, 3))):
                tag = R.choice(S['copy_tags'])
                tagseg = [(tag + R.choice([' ', '\n']), None)] if tag else []
                mixed.insert(R.randrange(0, len(mixed) + 1), tagseg + b)
        sign = render(R.choice(S['signoffs']), c)
        blocks = [head] + mixed + [sign]
        if 15 <= nlines(blocks) <= 40 and 8 <= nspans(blocks) <= 30:
            return blocks, body
    raise RuntimeError('could not fit note constraints')


def assemble(blocks, lower):
    text, gold = '', []
    for b in blocks:
        if lower:
            b = lower_segs(b)
        for t, cat in b:
            if cat:
                gold.append((len(text), len(text) + len(t), cat, t))
            text += t
        text += '\n'
    return text, gold


def main():
    for si, style in enumerate(T.STYLES):
        S = T.STYLES[style]
        notes, golds = [], []
        pid = 6001 + si * 100
        count = 0
        while count < 30:
            c = Ctx()
            k = min(R.choice([1, 1, 2, 2, 3]), 30 - count)
            prev = []
            for n in range(1, k + 1):
                blocks, body = build_note(style, c, prev)
                lower = S.get('lower', 0) > R.random()
                text, gold = assemble(blocks, lower)
                if S.get('lower_names_mixed') and not lower:
                    # rest of notes: lower-case text, names sometimes left capitalised
                    blocks2 = [[(t if cat and cat.endswith('Name') and R.random() < 0.6 else t.lower(), cat) for t, cat in b] for b in blocks]
                    text, gold = assemble(blocks2, False)
                notes.append(f'START_OF_RECORD={pid}||||{n}||||\n{text}||||END_OF_RECORD\n')
                golds += [f'{pid} {n} {s} {e} {cat} {t}' for s, e, cat, t in gold]
                prev = [b for b in body if ''.join(t for t, _ in b).count('\n') < 4]
                c.advance()
                count += 1
            pid += 1
        os.makedirs(os.path.join(HERE, style), exist_ok=True)
        with open(os.path.join(HERE, style, 'notes.text'), 'w', encoding='utf-8', newline='\n') as fh:
            fh.write(''.join(notes))
        with open(os.path.join(HERE, style, 'gold.phrase'), 'w', encoding='utf-8', newline='\n') as fh:
            fh.write('\n'.join(golds) + '\n')


if __name__ == '__main__':
    main()
