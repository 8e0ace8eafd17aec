#!/usr/bin/env python3
"""Generates deid-blind-9: four styles x 25 notes, PhysioNet notes.text + gold.phrase.
Python 3 stdlib only, fixed seed, deterministic. Placeholders in templates.py: {KIND@slot} or {KIND}.
A slot keeps one person / place / number for all notes of a patient; dates are drawn per use."""
import os
import random
import re
import datetime

import pools as P
from templates import STYLES

SEED = 20261206
HERE = os.path.dirname(os.path.abspath(__file__))
ORDER = [('cardiology-cath', 9501), ('pediatric-school', 9601), ('telehealth-portal', 9701), ('orthopedic-sports', 9801)]
PH_RE = re.compile(r'\{([A-Z0-9_]+)(?:@(\w+))?\}')
MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December']
ORD = {1: 'st', 2: 'nd', 3: 'rd', 21: 'st', 22: 'nd', 23: 'rd', 31: 'st'}
DEVICES = ['dual-chamber pacemaker (Model AX-220)', 'ICD single-lead (SN 44K7781Q)', 'loop recorder LR-3',
           'CRT-D (lot 22-0914)', 'leadless pacer PX1']


class Note:
    def __init__(self):
        self.lines = []  # each line: list of (text, cat or None)


def datestr(rng, d, fmt=None):
    fmts = ['%m/%d/%Y', '%-m/%-d/%y', '%-m/%-d', '%b %-d, %Y', '%d-%b-%Y', '%Y-%m-%d', 'ord', '%B %-d', '%-m-%-d-%Y',
            '%d.%m.%Y', '%b %-d', 'low']
    f = fmt or rng.choice(fmts)
    if f == 'ord':
        return f"{d.day}{ORD.get(d.day, 'th')} of {MONTHS[d.month - 1]}"
    if f == 'low':
        return d.strftime('%b %-d').lower()
    return d.strftime(f)


class Gen:
    def __init__(self, rng):
        self.rng = rng

    def new_patient(self, style):
        r = self.rng
        self.slots = {}
        self.base = datetime.date(2026, 1, 1) + datetime.timedelta(days=r.randrange(0, 300))
        self.style = style

    def new_note(self):
        self.day = self.base
        self.base = self.base + datetime.timedelta(days=self.rng.randrange(14, 120))

    def next_date(self):
        self.day = self.day + datetime.timedelta(days=self.rng.randrange(0, 9))
        return self.day

    def person(self, slot, kid=False):
        key = ('person', slot)
        if key not in self.slots:
            r = self.rng
            first = r.choice(P.KIDS if kid else P.FIRST)
            last = r.choice(P.SURNAMES)
            if slot == 'p' and self.style == 'pediatric-school':
                first = r.choice(P.KIDS + P.FIRST[:30])
            mid = r.choice('ABCDEFGHJKLMNPRSTW')
            self.slots[key] = (first, last, mid)
        return self.slots[key]

    def kept(self, kind, slot, make):
        key = (kind, slot)
        if slot is None:
            return make()
        if key not in self.slots:
            self.slots[key] = make()
        return self.slots[key]

    def phone(self):
        r = self.rng
        a, b, c = r.randrange(201, 989), r.randrange(200, 999), r.randrange(0, 10000)
        f = r.randrange(6)
        return [f'({a}) {b}-{c:04d}', f'{a}-{b}-{c:04d}', f'{a}.{b}.{c:04d}', f'{a} {b} {c:04d}', f'1-{a}-{b}-{c:04d}', f'{b}-{c:04d}'][f]

    def render(self, kind, slot):
        """Returns list of (text, cat) segments."""
        r = self.rng
        if kind.startswith('PT') and kind not in ('PTCL',):
            first, last, mid = self.person('p')
            if kind == 'PT':
                return [(f'{first} {last}', 'PTName')]
            if kind == 'PTF':
                return [(first, 'PTName')]
            if kind == 'PTL':
                return [(last, 'PTName')]
            if kind == 'PTLF':
                return [(last, 'PTName'), (', ', None), (first, 'PTName')]
            if kind == 'PTUP':
                return [(last.upper(), 'PTName'), (', ', None), (first.upper(), 'PTName')]
            if kind == 'PTI':
                return [(f'{first[0]}.{last[0].upper()}.', 'PTNameInitial')]
        if kind.startswith('HCP'):
            first, last, mid = self.person('h_' + (slot or 'x%d' % r.randrange(10**6)))
            if kind == 'HCP':
                return [(f'{first} {last}', 'HCPName')]
            if kind == 'HCPL':
                return [(last, 'HCPName')]
            if kind == 'HCPF':
                return [(first, 'HCPName')]
            if kind == 'HCPFM':
                return [(f'{first} {mid}. {last}', 'HCPName')]
            if kind == 'HCPLF':
                return [(last, 'HCPName'), (', ', None), (first, 'HCPName')]
            if kind == 'HCPI':
                ini = (first[0] + mid + last.replace("'", '').replace(' ', '')[0]) if r.random() < 0.5 else (first[0] + last[0])
                return [(ini.lower() if r.random() < 0.5 else ini.upper(), 'HCPName')]
        if kind in ('REL', 'RELF', 'KID'):
            first, last, mid = self.person('r_' + (slot or 'x'), kid=(kind == 'KID'))
            if kind == 'REL':
                if self.style == 'pediatric-school' and r.random() < 0.5:
                    last = self.person('p')[1]
                return [(f'{first} {last}', 'RelativeProxyName')]
            return [(first, 'RelativeProxyName')]
        if kind == 'REL_WORD':
            return [(r.choice(P.RELATIONS), None)]
        if kind in ('HOSP', 'HOSPA'):
            h = self.kept('hosp', slot, lambda: r.choice(P.HOSPITALS))
            return [(h[0] if kind == 'HOSP' else h[1], 'Location')]
        simple = {'CARDPR': P.CARD_PRACTICES, 'DEVCO': P.DEVICE_CO, 'PEDS': P.PEDS_PRACTICES, 'SCHOOL': P.SCHOOLS,
                  'DAYCARE': P.DAYCARES, 'TELE': P.TELE_CLINICS, 'PHARM': P.PHARMACIES, 'ORTHO': P.ORTHO,
                  'PTCL': P.PT_CLINICS, 'EMPLOYER': P.EMPLOYERS, 'INSURER': P.INSURERS, 'STATE': P.STATES}
        if kind in simple:
            return [(self.kept(kind, slot, lambda: r.choice(simple[kind])), 'Location')]
        if kind == 'TEAM':
            return [(r.choice(P.TEAMS), 'Location')]
        if kind == 'TOWN':
            return [(self.kept(kind, slot, lambda: r.choice(P.TOWNS_TYPO) if r.random() < 0.12 else r.choice(P.TOWNS)), 'Location')]
        if kind == 'ZIP':
            return [(self.kept(kind, slot, lambda: f'{r.randrange(10000, 99999):05d}'), 'Location')]
        if kind == 'STREET':
            return [(self.kept(kind, slot, lambda: f'{r.randrange(2, 9800)} {r.choice(P.STREETS)}'), 'Location')]
        if kind == 'PHONE':
            return [(self.kept(kind, slot, self.phone), 'Phone')]
        if kind == 'EXT':
            n = r.randrange(100, 9999)
            if r.random() < 0.5:
                return [(f'x{n}', 'Phone')]
            return [('ext. ', None), (str(n), 'Phone')]
        if kind == 'MRN':
            return [(self.kept(kind, slot, lambda: r.choice(['', 'MR', 'H']) + str(r.randrange(1000000, 99999999))), 'Other')]
        if kind == 'CLAIM':
            return [(self.kept(kind, slot, lambda: f'WC-{r.randrange(10, 99)}-{r.randrange(100000, 999999)}' if r.random() < 0.5 else f'{r.randrange(10**8, 10**9)}'), 'Other')]
        if kind == 'EMAIL':
            def mk():
                if slot in ('c',):
                    return f'scheduling{r.randrange(1, 9)}@{r.choice(P.EMAIL_DOMAINS)}'
                first, last, _ = self.person('p' if slot == 'p' else 'r_' + slot)
                clean = lambda s: re.sub(r'[^a-z]', '', s.lower())
                return f'{clean(first)}{r.choice([".", "_", ""])}{clean(last)}{r.choice(["", str(r.randrange(1, 99))])}@{r.choice(P.EMAIL_DOMAINS)}'
            return [(self.kept(kind, slot, mk), 'Other')]
        if kind == 'DOB':
            def mk():
                y = r.randrange(2012, 2024) if self.style == 'pediatric-school' else r.randrange(1930, 2000)
                return datestr(r, datetime.date(y, r.randrange(1, 13), r.randrange(1, 29)), r.choice(['%m/%d/%Y', '%-m/%-d/%Y', '%d-%b-%Y', '%B %-d, %Y']))
            return [(self.kept(kind, slot, mk), 'Date')]
        if kind == 'DATE':
            return [(datestr(r, self.next_date()), 'Date')]
        if kind == 'DATEF':
            return [(datestr(r, self.next_date(), r.choice(['%m/%d/%Y', '%b %-d, %Y', '%Y-%m-%d'])), 'Date')]
        if kind == 'DATET':
            d = self.next_date()
            return [(f"{datestr(r, d, r.choice(['%m/%d/%Y', '%-m/%-d/%y', '%b %-d']))} {r.randrange(7, 20)}:{r.randrange(0, 60):02d}", 'Date')]
        if kind == 'MONYR':
            d = self.next_date() - datetime.timedelta(days=r.randrange(200, 900))
            return [(d.strftime(r.choice(['%b %Y', '%B %Y', '%m/%Y'])), 'Date')]
        if kind == 'YEAR':
            y = r.randrange(1998, 2025)
            return [(r.choice([str(y), str(y), f"'{y % 100:02d}"]), 'DateYear')]
        if kind == 'TIME':
            return [(f'{r.randrange(7, 20)}:{r.randrange(0, 60):02d}', None)]
        if kind == 'AGE':
            return [(str(r.randrange(34, 89)), None)]
        if kind == 'AGE90':
            return [(str(r.randrange(90, 104)), 'Age')]
        if kind == 'DEVICE':
            return [(r.choice(DEVICES), None)]
        if kind == 'PORTAL':
            return [(r.choice(P.PORTALS), None)]
        if kind.startswith('CRED_'):
            c = {'CRED_MD': P.CREDS_MD, 'CRED_RN': P.CREDS_NURSE, 'CRED_NP': ['NP-C', 'FNP-BC', 'PA-C'],
                 'CRED_PA': ['PA-C'], 'CRED_PT': P.CREDS_PT}[kind]
            return [(r.choice(c), None)]
        raise KeyError(kind)

    def block(self, tmpl):
        lines = []
        for raw in tmpl.split('\n'):
            segs, pos = [], 0
            for m in PH_RE.finditer(raw):
                if m.start() > pos:
                    segs.append((raw[pos:m.start()], None))
                segs += self.render(m.group(1), m.group(2))
                pos = m.end()
            if pos < len(raw):
                segs.append((raw[pos:], None))
            lines.append(segs)
        return lines


def nspans(lines):
    return sum(1 for ln in lines for t, c in ln if c)


def make_note(g, style, prior_blocks, caps):
    r = g.rng
    T = STYLES[style]
    for _ in range(200):
        g.new_note()
        saved = dict(g.slots)
        lines = g.block(r.choice(T['header']))
        lines.append([('', None)])
        body_blocks = []
        for t in r.sample(T['blocks'], r.randrange(3, 7)):
            body_blocks.append(g.block(t))
        if prior_blocks and r.random() < 0.7:
            src = r.choice(prior_blocks)
            tag = r.choice(['(copied fwd) ', 'Prev note: ', 'Prior visit: ', ''])
            copied = [list(l) for l in src]
            copied[0] = [(tag, None)] + copied[0]
            body_blocks.insert(r.randrange(0, len(body_blocks) + 1), copied)
        free = r.sample(T['free'], r.randrange(3, 9))
        for b in body_blocks:
            lines += b
            if free and r.random() < 0.6:
                lines.append([(free.pop(), None)])
        for f in free:
            lines.append([(f, None)])
        lines.append([('', None)])
        lines += g.block(r.choice(T['signoff']))
        if 8 <= nspans(lines) <= 30 and 12 <= len(lines) <= 40:
            out = []
            for ln in lines:
                x = r.random()
                mode = 'U' if caps else ('l' if x < 0.05 else 'U' if x < 0.08 else '')
                out.append([(t.upper() if mode == 'U' else t.lower() if mode == 'l' else t, c) for t, c in ln])
            return out, [b for b in body_blocks if nspans(b)]
        g.slots = saved
    raise RuntimeError('could not fit note')


def main():
    rng = random.Random(SEED)
    g = Gen(rng)
    for style, first_pt in ORDER:
        notes_txt, gold = [], []
        count, pt = 0, first_pt
        while count < 25:
            g.new_patient(style)
            k = min(rng.choice([1, 1, 2, 2, 3]), 25 - count)
            prior = []
            for n in range(1, k + 1):
                caps = style == 'cardiology-cath' and rng.random() < 0.15
                lines, blocks = make_note(g, style, prior, caps)
                prior += blocks
                body, off = '', 0
                for i, ln in enumerate(lines):
                    for t, c in ln:
                        if c:
                            gold.append(f'{pt} {n} {len(body)} {len(body) + len(t)} {c} {t}')
                        body += t
                    body += '\n'
                notes_txt.append(f'START_OF_RECORD={pt}||||{n}||||\n{body}||||END_OF_RECORD\n')
                count += 1
            pt += 1
        os.makedirs(os.path.join(HERE, style), exist_ok=True)
        with open(os.path.join(HERE, style, 'notes.text'), 'w', encoding='ascii', newline='\n') as fh:
            fh.write(''.join(notes_txt))
        with open(os.path.join(HERE, style, 'gold.phrase'), 'w', encoding='ascii', newline='\n') as fh:
            fh.write('\n'.join(gold) + '\n')


if __name__ == '__main__':
    main()
