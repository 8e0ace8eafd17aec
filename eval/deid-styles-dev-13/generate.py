#!/usr/bin/env python3
"""Generates deid-styles-dev-13: four styles x 30 invented notes with gold PHI spans.
Python 3 stdlib only; fixed seed; deterministic. Run: python3 generate.py"""
import datetime
import os
import random
import re

import pools as P
import templates as T

SEED = 20261213
HERE = os.path.dirname(os.path.abspath(__file__))
STYLES = [('cath-lab-procedure', 13001), ('va-compensation-exam', 13101),
          ('school-based-health', 13201), ('tumour-board-minutes', 13301)]
TOKEN_RE = re.compile(r'\{(\w+)\}')
MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September',
          'October', 'November', 'December']


def ordinal(n):
    return str(n) + ('th' if 10 <= n % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th'))


def fmt_date(rng, d, short_ok=True):
    m, dd, y = d.month, d.day, d.year
    mon = MONTHS[m - 1]
    opts = [f'{m}/{dd}/{y}', f'{m:02d}/{dd:02d}/{y % 100:02d}', f'{dd:02d}-{mon[:3].upper()}-{y}',
            f'{mon[:3]} {dd}, {y}', f'{y}-{m:02d}-{dd:02d}', f'{m}.{dd}.{y % 100:02d}', f'{dd} {mon} {y}',
            f'{mon} {ordinal(dd)}, {y}', f'{m}-{dd}-{y}']
    if short_ok:
        opts += [f'{m}/{dd}', f'{mon[:3]}. {ordinal(dd)}', f'{mon[:3]} {dd}', f'{m}-{dd}']
    return rng.choice(opts)


def fmt_monyr(rng, d):
    mon = MONTHS[d.month - 1]
    return rng.choice([f'{mon} {d.year}', f'{d.month}/{d.year}', f"{mon[:3]} '{d.year % 100:02d}",
                       f'{mon[:3]} {d.year}', f'{d.month:02d}/{d.year}'])


def fmt_time(rng):
    h, mi = rng.randint(0, 23), rng.randint(0, 59)
    return rng.choice([f'{h:02d}:{mi:02d}', f'{h:02d}{mi:02d}', f'{(h % 12) or 12}:{mi:02d} {"AM" if h < 12 else "PM"}',
                       f'{(h % 12) or 12}:{mi:02d}{"a" if h < 12 else "p"}'])


def phone(rng):
    a, b, c = rng.randint(201, 989), rng.randint(200, 989), rng.randint(0, 9999)
    return rng.choice([f'({a}) {b}-{c:04d}', f'{a}-{b}-{c:04d}', f'{a}.{b}.{c:04d}', f'{a}{b}{c:04d}',
                       f'+1 {a} {b} {c:04d}', f'{a}/{b}-{c:04d}', f'{b}-{c:04d}'])


class Person:
    def __init__(self, rng, sex=None, surname=None):
        self.sex = sex or rng.choice('MF')
        self.first = rng.choice(P.FIRST_NAMES)
        self.last = surname or rng.choice(P.SURNAMES)
        self.mi = rng.choice(P.MIDDLE_INITIALS)


class Ctx:
    """Per-note state: the patient, note date, fixed staff, and a random generator."""

    def __init__(self, rng, patient, date, style):
        self.rng, self.pt, self.date, self.style = rng, patient, date, style
        self.att = Person(rng)
        self.fel = Person(rng)
        self.rep = Person(rng)
        self.ref = Person(rng)
        self.nurse = Person(rng)
        self.rel = patient.rel
        self.company = rng.choice(P.DEVICE_COMPANIES)
        self.hosp = rng.choice(P.HOSPITALS)
        self.school = rng.choice(P.SCHOOLS)


def S(text, cat):
    return [(text, cat)]


def name_forms(rng, p, cat, allow_lf=True):
    """A person's name in one of several shapes; `Last, First` gives two spans."""
    forms = ['full', 'full', 'fl', 'mid', 'last', 'lf', 'flast', 'firstl', 'caps_lf']
    f = rng.choice(forms if allow_lf else forms[:5])
    if f == 'full':
        return S(f'{p.first} {p.last}', cat)
    if f == 'fl':
        return S(f'{p.first[0]}. {p.last}', cat)
    if f == 'mid':
        return S(f'{p.first} {p.mi}. {p.last}', cat)
    if f == 'last':
        return S(p.last, cat)
    if f == 'flast':
        return S(f'{p.first[0]} {p.last}', cat)
    if f == 'firstl':
        return S(f'{p.first} {p.last[0]}.', cat)
    if f == 'caps_lf':
        return [(p.last.upper(), cat), (',', None), (p.first.upper(), cat)]
    return [(p.last, cat), (', ', None), (p.first, cat)]


def initials(p):
    return p.first[0] + p.mi + p.last[0]


def tok(ctx, name):
    rng, pt = ctx.rng, ctx.pt
    d = ctx.date
    # patient
    if name == 'pt':
        return name_forms(rng, pt, 'PTName')
    if name == 'pt_full':
        return S(f'{pt.first} {pt.last}', 'PTName')
    if name == 'pt_lf':
        return [(pt.last.upper(), 'PTName'), (', ', None), (pt.first.upper(), 'PTName')]
    if name == 'pt_first':
        return S(pt.first, 'PTName')
    if name == 'pt_last':
        return S(pt.last, 'PTName')
    if name == 'pt_init':
        i = initials(pt)
        return S(rng.choice([i, i.lower(), '.'.join(i) + '.']), 'PTNameInitial')
    if name == 'pt_title':
        return [(rng.choice(['Mr.', 'Mr', 'MR.']) if pt.sex == 'M' else rng.choice(['Ms.', 'Mrs.', 'Ms']), None), (' ', None), (pt.last, 'PTName')]
    if name == 'age':
        return S(str(pt.age), 'Age' if pt.age >= 90 else None)
    if name == 'sex':
        return S(pt.sex, None)
    if name == 'he':
        return S('he' if pt.sex == 'M' else 'she', None)
    if name == 'his':
        return S('his' if pt.sex == 'M' else 'her', None)
    if name == 'dob':
        return S(fmt_date(rng, pt.dob, short_ok=False), 'Date')
    if name == 'mrn':
        return S(rng.choice([f'{rng.randint(1000000, 9999999)}', f'MR{rng.randint(100000, 999999)}',
                             f'{rng.randint(100, 999)}-{rng.randint(10, 99)}-{rng.randint(1000, 9999)}',
                             f'E{rng.randint(10000000, 99999999)}']), 'Other')
    # dates
    if name == 'date':
        return S(fmt_date(rng, d), 'Date')
    if name == 'date_long':
        return S(fmt_date(rng, d, short_ok=False), 'Date')
    if name == 'date_prior':
        return S(fmt_date(rng, d - datetime.timedelta(days=rng.randint(3, 400))), 'Date')
    if name == 'date_next':
        return S(fmt_date(rng, d + datetime.timedelta(days=rng.randint(2, 120))), 'Date')
    if name == 'date_time':
        dd = d - datetime.timedelta(days=rng.randint(0, 2))
        return S(rng.choice([f'{dd.month}/{dd.day}/{dd.year % 100:02d} @ {fmt_time(rng)}',
                             f'{dd.month:02d}/{dd.day:02d}/{dd.year} {fmt_time(rng)}',
                             f'{dd.day:02d}{MONTHS[dd.month - 1][:3].upper()}{dd.year} {rng.randint(0, 23):02d}{rng.randint(0, 59):02d}',
                             f'{dd.month}/{dd.day} at {fmt_time(rng)}']), 'Date')
    if name == 'monyr':
        return S(fmt_monyr(rng, d - datetime.timedelta(days=rng.randint(60, 3000))), 'Date')
    if name == 'year':
        y = d.year - rng.randint(1, 30)
        return S(rng.choice([str(y), str(y), f"'{y % 100:02d}"]), 'DateYear')
    if name == 'svc_year':
        return S(str(rng.randint(pt.svc[0][0], pt.svc[1][0])), 'DateYear')
    if name in ('svc_start', 'svc_end'):
        y, m = pt.svc[0] if name == 'svc_start' else pt.svc[1]
        return S(fmt_monyr(rng, datetime.date(y, m, 1)), 'Date')
    if name == 'hcp_lf':
        p = Person(rng)
        return [(p.last, 'HCPName'), (', ', None), (p.first, 'HCPName')]
    if name == 'kid_year':
        y = rng.randint(pt.dob.year + 1, max(pt.dob.year + 1, d.year - 1))
        return S(rng.choice([str(y), str(y), f"'{y % 100:02d}"]), 'DateYear')
    if name == 'time':
        return S(fmt_time(rng), None)
    # staff
    if name in ('att', 'fel', 'rep', 'ref', 'nurse'):
        return name_forms(rng, getattr(ctx, name), 'HCPName')
    if name in ('att_last', 'fel_last', 'rep_last', 'ref_last', 'nurse_last'):
        return S(getattr(ctx, name[:-5]).last, 'HCPName')
    if name in ('att_full', 'fel_full', 'rep_full', 'ref_full', 'nurse_full'):
        p = getattr(ctx, name[:-5])
        return S(f'{p.first} {p.last}', 'HCPName')
    if name in ('att_init', 'nurse_init', 'fel_init'):
        p = getattr(ctx, name[:-5])
        i = initials(p)
        return S(rng.choice([i, i.lower(), p.first[0] + p.last[0]]), 'HCPName')
    if name == 'hcp':
        return name_forms(rng, Person(rng), 'HCPName')
    if name == 'hcp_full':
        p = Person(rng)
        return S(f'{p.first} {p.last}', 'HCPName')
    if name == 'hcp_last':
        return S(rng.choice(P.SURNAMES), 'HCPName')
    if name == 'hcp_fl':
        p = Person(rng)
        return S(f'{p.first[0]}. {p.last}', 'HCPName')
    if name == 'hcp_init':
        p = Person(rng)
        return S(rng.choice([initials(p), initials(p).lower(), (p.first[0] + p.last[0]).lower()]), 'HCPName')
    # relatives / lay persons
    if name == 'rel':
        return name_forms(rng, ctx.rel, 'RelativeProxyName', allow_lf=False)
    if name == 'rel_full':
        return S(f'{ctx.rel.first} {ctx.rel.last}', 'RelativeProxyName')
    if name == 'rel_first':
        return S(ctx.rel.first, 'RelativeProxyName')
    if name == 'relation':
        return S(pt.relation, None)
    if name == 'lay':
        return name_forms(rng, Person(rng), 'RelativeProxyName', allow_lf=False)
    if name == 'lay_first':
        return S(rng.choice(P.FIRST_NAMES), 'RelativeProxyName')
    # contacts / ids
    if name == 'phone':
        return S(phone(rng), 'Phone')
    if name == 'ext':
        return S(rng.choice([f'ext {rng.randint(1000, 9999)}', f'x{rng.randint(1000, 9999)}', f'ext. {rng.randint(100, 999)}',
                             f'X{rng.randint(1000, 9999)}']), 'Phone')
    if name == 'pager':
        return S(rng.choice([f'#{rng.randint(1000, 9999)}', f'p{rng.randint(10000, 99999)}', f'{rng.randint(2, 8)}-{rng.randint(1000, 9999)}',
                             f'{rng.randint(10000, 99999)}']), 'Phone')
    if name == 'fax':
        return S(phone(rng), 'Phone')
    if name == 'email_hcp':
        p = Person(rng)
        return S(rng.choice([f'{p.first.lower()}.{p.last.lower()}@{rng.choice(P.EMAIL_DOMAINS)}',
                             f'{p.first[0].lower()}{p.last.lower()}@{rng.choice(P.EMAIL_DOMAINS)}']), 'Other')
    if name == 'email_pt':
        return S(f'{pt.first.lower()}{pt.last[0].lower()}{rng.randint(10, 99)}@{rng.choice(["inboxly.net", "mailharbor.com", "vetmail.net"])}', 'Other')
    if name == 'acc':
        return S(rng.choice([f'S{d.year % 100:02d}-{rng.randint(1000, 99999)}', f'QP{rng.randint(10, 99)}-{rng.randint(1000, 9999)}',
                             f'{rng.randint(10, 99)}-SP-{rng.randint(10000, 99999)}', f'CASE#{rng.randint(100000, 999999)}']), 'Other')
    if name == 'claim':
        return S(rng.choice([f'{rng.randint(100, 999)} {rng.randint(10, 99)} {rng.randint(1000, 9999)}',
                             f'C-{rng.randint(10000000, 99999999)}', f'{rng.randint(100000000, 999999999)}',
                             f'CLM{rng.randint(1000000, 9999999)}']), 'Other')
    if name == 'student_id':
        return S(rng.choice([f'{rng.randint(100000, 999999)}', f'S{rng.randint(1000000, 9999999)}', f'LUSD-{rng.randint(10000, 99999)}']), 'Other')
    if name == 'medicaid':
        return S(f'{rng.choice("ABCKMRW")}{rng.randint(10000000, 99999999)}', 'Other')
    # places
    table = {'town': P.TOWNS, 'state': P.STATES, 'hosp_any': P.HOSPITALS, 'hosp_acr': P.HOSP_ACRONYMS,
             'cardio_group': P.CARDIO_GROUPS, 'company_any': P.DEVICE_COMPANIES, 'va_site': P.VA_SITES,
             'base': P.BASES, 'unit': P.UNITS, 'vso': P.VSOS, 'school_any': P.SCHOOLS,
             'district': P.SCHOOL_DISTRICTS, 'pharmacy': P.PHARMACIES, 'peds_clinic': P.PEDS_CLINICS,
             'dentist': P.DENTISTS, 'cancer_center': P.CANCER_CENTERS, 'path_lab': P.PATH_LABS,
             'insurer': P.INSURERS, 'club': P.CAMPS_CLUBS, 'employer': P.EMPLOYERS}
    if name in table:
        return S(rng.choice(table[name]), 'Location')
    if name == 'hosp':
        return S(ctx.hosp, 'Location')
    if name == 'company':
        return S(ctx.company, 'Location')
    if name == 'school':
        return S(ctx.school, 'Location')
    if name == 'street':
        return S(f'{rng.randint(2, 9800)} {rng.choice(P.STREETS)}', 'Location')
    if name == 'zip':
        return S(f'{rng.randint(10000, 99899):05d}', 'Location')
    if name == 'grade':
        return S(str(pt.grade), None)
    raise KeyError(name)


def render(ctx, template):
    """Renders a template string into (text, spans) with spans relative to the text."""
    out, spans, pos = [], [], 0
    last = 0
    for m in TOKEN_RE.finditer(template):
        lit = template[last:m.start()]
        out.append(lit)
        pos += len(lit)
        for text, cat in tok(ctx, m.group(1)):
            if cat:
                spans.append((pos, pos + len(text), cat))
            out.append(text)
            pos += len(text)
        last = m.end()
    out.append(template[last:])
    return ''.join(out), spans


class Patient:
    def __init__(self, rng, pid, style):
        self.pid = pid
        p = Person(rng)
        self.first, self.last, self.mi, self.sex = p.first, p.last, p.mi, p.sex
        base = datetime.date(2026, rng.randint(1, 7), rng.randint(1, 28))
        if style == 'school-based-health':
            self.age = rng.randint(5, 17)
        elif style == 'va-compensation-exam':
            self.age = rng.choice([rng.randint(24, 60), rng.randint(24, 75), rng.randint(88, 99)])
        else:
            self.age = rng.choice([rng.randint(38, 89), rng.randint(45, 85), rng.randint(90, 97)])
        self.grade = max(0, self.age - 5)
        self.dob = datetime.date(base.year - self.age, rng.randint(1, 12), rng.randint(1, 28))
        if (self.dob.month, self.dob.day) > (base.month, base.day):
            self.dob = self.dob.replace(year=self.dob.year - 1)
        self.first_date = base
        s = self.dob.year + rng.randint(18, 24)
        e = min(s + rng.randint(2, 20), base.year - 1)
        self.svc = ((s, rng.randint(1, 12)), (max(e, s + 1), rng.randint(1, 12)))
        same = rng.random() < 0.6
        self.rel = Person(rng, surname=self.last if same else None)
        if style == 'school-based-health':
            kinds = {'F': ['mother', 'mother', 'grandmother', 'foster mother', 'aunt'],
                     'M': ['father', 'father', 'grandfather', 'foster father', 'uncle']}
        else:
            kinds = {'F': ['wife', 'daughter', 'sister', 'niece', 'partner'],
                     'M': ['husband', 'son', 'brother', 'nephew', 'partner']}
        self.relation = rng.choice(kinds[self.rel.sex])


def note_lines(text):
    return [l for l in text.split('\n') if l.strip()]


def build_note(rng, style, tpl, patient, date, prior_blocks):
    for attempt in range(200):
        ctx = Ctx(rng, patient, date, style)
        pieces = []  # list of (text, spans)
        pieces.append(render(ctx, rng.choice(tpl.HEADERS)))
        nblocks = rng.randint(4, 8)
        ok = [i for i, b in enumerate(tpl.BLOCKS) if not b.startswith('@OLD ') or patient.age >= 85]
        idx = sorted(rng.sample(ok, nblocks))
        blocks = []
        for i in idx:
            b = render(ctx, tpl.BLOCKS[i].replace('@OLD ', '', 1))
            blocks.append((i, b))
            pieces.append(b)
            if rng.random() < 0.55:
                pieces.append((rng.choice(tpl.PHIFREE), []))
        case = rng.random()
        mode = 'lower' if case < 0.12 else 'upper' if case < 0.19 else 'mixed'
        if prior_blocks and mode == 'mixed':
            used = {i for i, _ in blocks}
            cands = [pb for pb in prior_blocks if pb[0] not in used]
            if cands:
                k = min(len(cands), rng.randint(1, 2))
                for i, (bt, bs) in rng.sample(cands, k):
                    tag = rng.choice(tpl.TAGS) + '\n'
                    at = rng.randint(2, len(pieces))
                    pieces.insert(at, (tag + bt, [(s + len(tag), e + len(tag), c) for s, e, c in bs]))
        for _ in range(rng.randint(1, 3)):
            pieces.insert(rng.randint(1, len(pieces)), (rng.choice(tpl.PHIFREE), []))
        seen, kept = set(), []
        for piece in pieces:  # a PHI-free line at most once per note
            if not piece[1] and piece[0] in tpl.PHIFREE:
                if piece[0] in seen:
                    continue
                seen.add(piece[0])
            kept.append(piece)
        pieces = kept
        pieces.append(render(ctx, rng.choice(tpl.SIGNOFFS)))
        text, spans, pos = '', [], 0
        for t, sp in pieces:
            t = t.strip('\n')
            if text:
                sep = '\n\n' if rng.random() < 0.35 else '\n'
                text += sep
            base = len(text)
            spans += [(base + s, base + e, c) for s, e, c in sp]
            text += t
        text = '\n' + text + '\n'
        spans = [(s + 1, e + 1, c) for s, e, c in spans]
        if mode == 'lower':
            text = text.lower()
        elif mode == 'upper':
            text = text.upper()
        n_lines = len(note_lines(text))
        if 8 <= len(spans) <= 30 and 15 <= n_lines <= 40:
            return text, spans, blocks if mode == 'mixed' else []
    raise RuntimeError('could not fit limits')


def main():
    rng = random.Random(SEED)
    for style, first_pid in STYLES:
        tpl = T.STYLES[style]
        os.makedirs(os.path.join(HERE, style), exist_ok=True)
        notes, gold = [], []
        total, pid = 0, first_pid
        while total < 30:
            k = min(rng.choice([1, 1, 2, 2, 3]), 30 - total)
            patient = Patient(rng, pid, style)
            date = patient.first_date
            prior = []
            for n in range(1, k + 1):
                text, spans, blocks = build_note(rng, style, tpl, patient, date, prior)
                prior += blocks
                notes.append(f'START_OF_RECORD={pid}||||{n}||||\n{text}||||END_OF_RECORD\n')
                for s, e, c in spans:
                    gold.append(f'{pid} {n} {s} {e} {c} {text[s:e]}\n')
                date = date + datetime.timedelta(days=rng.randint(5, 200))
            total += k
            pid += 1
        with open(os.path.join(HERE, style, 'notes.text'), 'w', encoding='ascii', newline='\n') as fh:
            fh.write(''.join(notes))
        with open(os.path.join(HERE, style, 'gold.phrase'), 'w', encoding='ascii', newline='\n') as fh:
            fh.write(''.join(gold))
        print(style, f'patients {first_pid}-{pid - 1}')


if __name__ == '__main__':
    main()
