#!/usr/bin/env python3
"""Generator of deid-styles-dev-10 (development set). Python 3 stdlib only, fixed seed, deterministic.

Templates (templates.py) carry placeholders `{KIND}` (PHI: rendered and recorded as a gold span) and
lower-case `{kind:arg}` ones (not PHI). A note = header + sampled body blocks (template order kept) +
PHI-free lines + sign-off; later notes of a patient may copy earlier blocks forward verbatim.
Writes <style>/notes.text (PhysioNet layout) and <style>/gold.phrase."""
import os
import random
import re

import pools as P
import templates as T

SEED = 20261210
SET_N = 10
HERE = os.path.dirname(os.path.abspath(__file__))
PH_RE = re.compile(r'\{([A-Za-z0-9_]+)(?::([^{}]*))?\}')
MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October',
          'November', 'December']
MDAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]


class Ctx:
    """Per-note state: the patient (shared across the patient's notes) and the note's own draws."""

    def __init__(self, rng, patient, style):
        self.rng = rng
        self.p = patient
        self.style = style
        self.cache = patient.setdefault('cache', {})
        self.year = patient['visit_years'].pop(0) if patient['visit_years'] else 2026

    # ---- names -------------------------------------------------------------------------------
    def person(self):
        r = self.rng
        return r.choice(P.FIRST_NAMES), r.choice(P.SURNAMES), r.choice(P.MIDDLE_INITIALS)

    def name_one_span(self, first, last, mid, shapes=('FL', 'FL', 'FML', 'F.L', 'FL.', 'L')):
        shape = self.rng.choice(shapes)
        return {'FL': f'{first} {last}', 'FML': f'{first} {mid}. {last}', 'F.L': f'{first[0]}. {last}',
                'FL.': f'{first} {last[0]}.', 'L': last, 'FnoL': f'{first[0]} {last}'}[shape]

    def staff(self, key):
        if key not in self.cache:
            self.cache[key] = self.person()
        return self.cache[key]


def date_str(rng, y, m, d, fmt=None):
    fmts = ['m/d', 'm/d/yyyy', 'mm/dd/yyyy', 'm/d/yy', 'yyyy-mm-dd', 'Mon d', 'Mon. d', 'Month d, yyyy',
            'd Month yyyy', 'dd-MON-yyyy', 'm-d-yy', 'm.d.yy', 'Mon dth']
    f = fmt or rng.choice(fmts)
    mon = MONTHS[m - 1]
    suf = 'th' if 11 <= d <= 13 else {1: 'st', 2: 'nd', 3: 'rd'}.get(d % 10, 'th')
    return {'m/d': f'{m}/{d}', 'm/d/yyyy': f'{m}/{d}/{y}', 'mm/dd/yyyy': f'{m:02d}/{d:02d}/{y}',
            'm/d/yy': f'{m}/{d}/{y % 100:02d}', 'yyyy-mm-dd': f'{y}-{m:02d}-{d:02d}', 'Mon d': f'{mon[:3]} {d}',
            'Mon. d': f'{mon[:3]}. {d}', 'Month d, yyyy': f'{mon} {d}, {y}', 'd Month yyyy': f'{d} {mon} {y}',
            'dd-MON-yyyy': f'{d:02d}-{mon[:3].upper()}-{y}', 'm-d-yy': f'{m}-{d}-{y % 100:02d}',
            'm.d.yy': f'{m}.{d}.{y % 100:02d}', 'Mon dth': f'{mon[:3]} {d}{suf}'}[f]


def phone_str(rng):
    a, b, c = rng.randint(201, 989), rng.randint(200, 989), rng.randint(0, 9999)
    f = rng.randrange(8)
    return [f'({a}) {b}-{c:04d}', f'{a}-{b}-{c:04d}', f'{a}.{b}.{c:04d}', f'{a}{b}{c:04d}', f'+1 {a} {b} {c:04d}',
            f'{a}/{b}-{c:04d}', f'{b}-{c:04d}', f'1-{a}-{b}-{c:04d}'][f]


def time_str(rng):
    h, mi = rng.randint(0, 23), rng.choice([0, 5, 10, 12, 15, 20, 25, 30, 34, 40, 45, 50, 55])
    f = rng.randrange(5)
    if f == 0:
        return f'{h:02d}{mi:02d}'
    if f == 1:
        return f'{h:02d}:{mi:02d}'
    h12 = h % 12 or 12
    ap = 'am' if h < 12 else 'pm'
    return [f'{h12}:{mi:02d} {ap}', f'{h12}:{mi:02d}{ap[0]}', f'{h12}:{mi:02d} {ap.upper()}'][f - 2]


def render(tpl, ctx):
    """Returns (text, [(start, end, category)]) for one template string."""
    rng = ctx.rng
    out, spans, pos = [], [], 0
    last = 0
    for m in PH_RE.finditer(tpl):
        lit = tpl[last:m.start()]
        out.append(lit)
        pos += len(lit)
        last = m.end()
        for seg, cat in expand(m.group(1), m.group(2), ctx):
            if cat and seg:
                spans.append((pos, pos + len(seg), cat))
            out.append(seg)
            pos += len(seg)
    out.append(tpl[last:])
    return ''.join(out), spans


def inst(ctx, key, pool, sticky=True):
    if sticky:
        if key not in ctx.cache:
            ctx.cache[key] = ctx.rng.choice(pool)
        return ctx.cache[key]
    return ctx.rng.choice(pool)


INST = {'HOSP': P.HOSPITALS, 'HOSPA': P.HOSPITAL_ACRONYMS, 'DERM': P.DERM, 'DERMPATH': P.DERMPATH,
        'INF': P.INFUSION, 'SPRX': P.SPECIALTY_PHARM, 'HOMEINF': P.HOME_INFUSION, 'PHARM': P.PHARMACIES,
        'UC': P.URGENT_CARE, 'TELE': P.TELEHEALTH, 'EMP': P.EMPLOYERS, 'SCHOOL': P.SCHOOLS, 'INS': P.INSURERS,
        'DME': P.DME, 'SLEEP': P.SLEEP_LABS, 'PULM': P.PULM_CLINICS, 'SNF': P.LTAC_SNF, 'PCPC': P.PCP_CLINICS,
        'SPEC': P.OTHER_SPECIALTY, 'DAYCARE': P.DAYCARES, 'CHURCH': P.CHURCHES}


def rand_date(ctx, back_days=400):
    rng = ctx.rng
    y = ctx.year
    m = rng.randint(1, 12)
    d = rng.randint(1, MDAYS[m - 1])
    if rng.random() < back_days / 1500:
        y -= 1
    return y, m, d


def expand(kind, arg, ctx):
    rng, p = ctx.rng, ctx.p
    # ---- patient
    if kind == 'PT':
        return [(ctx.name_one_span(p['first'], p['last'], p['mid'], ('FL', 'FL', 'FML', 'F.L')), 'PTName')]
    if kind == 'PTF':
        return [(p['first'], 'PTName')]
    if kind == 'PTL':
        return [(p['last'], 'PTName')]
    if kind == 'PTLF':
        return [(p['last'], 'PTName'), (', ', None), (p['first'], 'PTName')]
    if kind == 'PTLFU':
        return [(p['last'].upper(), 'PTName'), (',', None), (p['first'].upper(), 'PTName')]
    if kind == 'PTI':
        ini = p['first'][0] + p['mid'] + p['last'][0]
        return [(rng.choice([ini, ini.lower(), '.'.join(ini.lower()) + '.', p['first'][0] + p['last'][0]]), 'PTNameInitial')]
    if kind == 'PTMIS':  # surname misspelled on an outside record
        ln = p['last']
        i = rng.randrange(1, len(ln) - 1)
        mis = ln[:i] + ln[i + 1:] if len(ln) > 4 else ln + 'e'
        return [(mis, 'PTName')]
    # ---- staff
    if kind in ('HCP', 'HCPL', 'HCPLF', 'HCPI', 'HCPF'):
        first, last, mid = ctx.staff(arg) if arg else ctx.person()
        if kind == 'HCP':
            return [(ctx.name_one_span(first, last, mid), 'HCPName')]
        if kind == 'HCPL':
            return [(last, 'HCPName')]
        if kind == 'HCPF':
            return [(first, 'HCPName')]
        if kind == 'HCPI':
            ini = first[0] + mid + last[0]
            return [(rng.choice([ini, ini.lower(), first[0] + last[0], (first[0] + last[0]).lower()]), 'HCPName')]
        return [(last, 'HCPName'), (rng.choice([', ', ',']), None), (first, 'HCPName')]
    if kind == 'HCPFULL':
        first, last, mid = ctx.staff(arg) if arg else ctx.person()
        return [(rng.choice([f'{first} {last}', f'{first} {mid}. {last}']), 'HCPName')]
    if kind == 'HEMAIL':
        first, last, mid = ctx.staff(arg) if arg else ctx.person()
        return [(f'{first[0].lower()}{last.lower()}@{rng.choice(P.EMAIL_DOMAINS)}', 'Other')]
    # ---- relative
    if kind in ('REL', 'RELF', 'RELW', 'RELL'):
        rw, rf, rl = p['rel']
        if kind == 'RELW':
            return [(rw, None)]
        if kind == 'RELF':
            return [(rf, 'RelativeProxyName')]
        if kind == 'RELL':
            return [(rl, 'RelativeProxyName')]
        return [(f'{rf} {rl}', 'RelativeProxyName')]
    if kind == 'LAY':  # other lay person (roommate, coworker) by full name
        f, l, _ = ctx.person()
        return [(rng.choice([f'{f} {l}', f]), 'RelativeProxyName')]
    # ---- dates
    if kind == 'DATE':
        y, m, d = rand_date(ctx)
        fmt = arg if arg else None
        return [(date_str(rng, y, m, d, fmt), 'Date')]
    if kind == 'DATET':
        y, m, d = rand_date(ctx)
        sep = rng.choice([' ', ' @ ', ' at ', ' '])
        return [(date_str(rng, y, m, d, rng.choice(['m/d', 'm/d/yy', 'mm/dd/yyyy', 'yyyy-mm-dd'])) + sep + time_str(rng), 'Date')]
    if kind == 'DOB':
        y, m, d = p['dob']
        return [(date_str(rng, y, m, d, rng.choice(['m/d/yyyy', 'mm/dd/yyyy', 'yyyy-mm-dd', 'dd-MON-yyyy', 'Month d, yyyy'])), 'Date')]
    if kind == 'MY':
        y = ctx.year - rng.randint(0, 6)
        m = rng.randint(1, 12)
        return [(rng.choice([f'{MONTHS[m - 1]} {y}', f'{m}/{y}', f"{MONTHS[m - 1][:3]} '{y % 100:02d}", f'{MONTHS[m - 1][:3]} {y}']), 'Date')]
    if kind == 'YR':
        y = ctx.year - rng.randint(1, 30)
        return [(rng.choice([str(y), str(y), f"'{y % 100:02d}"]), 'DateYear')]
    # ---- places
    if kind == 'TOWN':
        t = inst(ctx, 'TOWN' + (arg or ''), P.TOWNS, sticky=bool(arg))
        if rng.random() < 0.12 and t in P.TOWN_MISSPELLINGS:
            t = P.TOWN_MISSPELLINGS[t]
        return [(t, 'Location')]
    if kind == 'HOME':
        return [(p['town'], 'Location')]
    if kind == 'ADDR':
        return [(f"{rng.randint(2, 9899)} {rng.choice(P.STREET_NAMES)} {rng.choice(P.STREET_KINDS)}", 'Location')]
    if kind == 'STATE':
        return [(p['state'], 'Location')]
    if kind == 'ZIP':
        return [(f'{rng.randint(10000, 99899):05d}', 'Location')]
    if kind in INST:
        return [(inst(ctx, kind + (arg or ''), INST[kind], sticky=(arg != 'any')), 'Location')]
    # ---- contact and ids
    if kind == 'PHONE':
        return [(phone_str(rng), 'Phone')]
    if kind == 'PTPHONE':
        return [(p['phone'], 'Phone')]
    if kind == 'EXT':
        n = rng.randint(100, 9999)
        return [(rng.choice([f'ext {n}', f'x{n}', f'ext. {n}', f'X{n}']), 'Phone')]
    if kind == 'PAGER':
        return [(rng.choice([f'#{rng.randint(1000, 9999)}', f'{rng.randint(2, 8)}-{rng.randint(1000, 9999)}',
                             f'p{rng.randint(10000, 99999)}', f'{rng.randint(10000, 99999)}']), 'Phone')]
    if kind == 'FAX':
        return [(phone_str(rng), 'Phone')]
    if kind == 'MRN':
        return [(p['mrn'], 'Other')]
    if kind == 'ACC':
        return [(rng.choice([f'S{ctx.year % 100}-{rng.randint(1000, 99999)}', f'DP{ctx.year % 100}-{rng.randint(100, 9999):04d}',
                             f'SP-{ctx.year % 100}-{rng.randint(10000, 99999)}']), 'Other')]
    if kind == 'MEMBER':
        return [(rng.choice([f'{rng.choice("BKNHTU")}{rng.choice("XYZQ")}{rng.randint(100000000, 999999999)}',
                             f'{rng.randint(10000000, 99999999)}-{rng.randint(1, 9):02d}', f'M{rng.randint(1000000, 9999999)}']), 'Other')]
    if kind == 'PA':
        return [(rng.choice([f'PA-{rng.randint(1000000, 9999999)}', f'{rng.randint(100000000, 999999999)}',
                             f'AUTH#{rng.randint(10000, 99999)}{rng.choice("ABCDEF")}']), 'Other')]
    if kind == 'RXNUM':
        return [(f'{rng.randint(1000000, 9999999)}', 'Other')]
    if kind == 'EMAIL':
        return [(p['email'], 'Other')]
    if kind == 'VISITID':
        return [(f'{rng.choice(["TV", "VV", "UC"])}-{rng.randint(100000, 999999)}', 'Other')]
    if kind == 'AGE':
        return [(str(p['age']), 'Age' if p['age'] >= 90 else None)]
    # ---- not PHI
    if kind == 'time':
        return [(time_str(rng), None)]
    if kind == 'n':
        a, b = arg.split('-')
        return [(str(rng.randint(int(a), int(b))), None)]
    if kind == 'f':
        a, b = arg.split('-')
        return [(f'{rng.uniform(float(a), float(b)):.1f}', None)]
    if kind == 'pick':
        return [(rng.choice(arg.split('|')), None)]
    if kind == 'sx':
        return [(p['sex'], None)]
    if kind == 'he':
        return [('he' if p['sex'] == 'M' else 'she', None)]
    if kind == 'his':
        return [('his' if p['sex'] == 'M' else 'her', None)]
    if kind == 'Mr':
        return [('Mr.' if p['sex'] == 'M' else rng.choice(['Ms.', 'Mrs.']), None)]
    raise KeyError(kind)


def make_patient(rng, pid, style, n_notes):
    sex = rng.choice('MF')
    first, last, mid = rng.choice(P.FIRST_NAMES), rng.choice(P.SURNAMES), rng.choice(P.MIDDLE_INITIALS)
    lo, hi = T.STYLES[style]['ages']
    age = rng.randint(lo, hi)
    if rng.random() < T.STYLES[style]['p90']:
        age = rng.randint(90, 101)
    rel_word = rng.choice(P.RELATIONS_M if rng.random() < 0.5 else P.RELATIONS_F)
    if age < 18:
        rel_word = rng.choice(['mother', 'father', 'grandmother', 'stepfather', 'guardian'])
    rf = rng.choice(P.FIRST_NAMES)
    rl = last if rel_word not in ('friend', 'neighbor', 'partner') and rng.random() < 0.6 else rng.choice(P.SURNAMES)
    dob_y = 2026 - age - (1 if rng.random() < 0.5 else 0)
    dob_m = rng.randint(1, 12)
    a, b, c = rng.randint(201, 989), rng.randint(200, 989), rng.randint(0, 9999)
    return {
        'pid': pid, 'sex': sex, 'first': first, 'last': last, 'mid': mid, 'age': age,
        'dob': (dob_y, dob_m, rng.randint(1, MDAYS[dob_m - 1])), 'rel': (rel_word, rf, rl),
        'town': rng.choice(P.TOWNS), 'state': rng.choice(P.STATES),
        'phone': rng.choice([f'({a}) {b}-{c:04d}', f'{a}-{b}-{c:04d}', f'{a}.{b}.{c:04d}']),
        'mrn': rng.choice([f'{rng.randint(1000000, 9999999)}', f'MRN{rng.randint(100000, 999999)}',
                           f'{rng.randint(100, 999)}-{rng.randint(10, 99)}-{rng.randint(100, 999)}', f'E{rng.randint(10000000, 99999999)}']),
        'email': rng.choice([f'{first.lower()}.{last.lower()}{rng.randint(1, 99)}', f'{first[0].lower()}{last.lower()}',
                             f'{last.lower()}{first[0].lower()}{rng.randint(60, 99)}']) + '@' + rng.choice(P.EMAIL_DOMAINS[:1] + P.EMAIL_DOMAINS[5:6]),
        'visit_years': [2026] * n_notes, 'blocks': [],
    }


def count_lines(text):
    return sum(1 for ln in text.split('\n') if ln.strip())


def build_note(rng, style, patient, note_no):
    S = T.STYLES[style]
    case = 'none'
    r = rng.random()
    if r < S['p_upper']:
        case = 'upper'
    elif r < S['p_upper'] + S['p_lower']:
        case = 'lower'
    for _attempt in range(200):
        ctx = Ctx(rng, patient, style)
        parts = []  # (text, spans, block_id or None)
        parts.append(render(rng.choice(S['headers']), ctx) + (None,))
        copied_src = []
        if note_no > 1 and patient['blocks'] and rng.random() < 0.85:
            copied_src = rng.sample(patient['blocks'], min(len(patient['blocks']), rng.randint(1, 2)))
        taken = {blk[2] for blk in copied_src}
        k = rng.randint(S['blocks'][0], S['blocks'][1])
        idx = sorted(rng.sample([i for i in range(len(S['body'])) if i not in taken], k))
        frees = rng.sample(S['free'], rng.randint(3, 6))
        body_parts = []
        for i in idx:
            body_parts.append(render(S['body'][i], ctx) + (i,))
        for fl in frees:
            body_parts.insert(rng.randint(0, len(body_parts)), (fl, [], None))
        copied = []
        for blk in copied_src:
            if True:
                tag = rng.choice(S['copy_tags'])
                copied.append((tag + '\n' + blk[0], [(s + len(tag) + 1, e + len(tag) + 1, c) for s, e, c in blk[1]], 'copy'))
        for c in copied:
            body_parts.insert(rng.randint(0, len(body_parts)), c)
        parts += body_parts
        parts.append(render(rng.choice(S['signoffs']), ctx) + (None,))
        text, spans = '', []
        for ptxt, pspans, _ in parts:
            sep = '\n' if rng.random() < 0.75 else '\n\n'
            if text:
                text += sep
            off = len(text)
            text += ptxt
            spans += [(s + off, e + off, c) for s, e, c in pspans]
        text += '\n'
        nl, ns = count_lines(text), len(spans)
        if 15 <= nl <= 40 and 8 <= ns <= 30:
            if case == 'upper':
                text = text.upper()
            elif case == 'lower':
                text = text.lower()
            for ptxt, pspans, bid in body_parts:
                if bid is not None and bid != 'copy' and pspans:
                    shown = ptxt.upper() if case == 'upper' else ptxt.lower() if case == 'lower' else ptxt
                    patient['blocks'].append((shown, pspans, bid))
            return text, sorted(spans), case
    raise RuntimeError(f'could not fit note for {style} {patient["pid"]}')


def main():
    rng = random.Random(SEED)
    for si, style in enumerate(T.STYLE_ORDER):
        notes_left = 30
        pid = SET_N * 1000 + si * 100 + 1
        out_notes, out_gold = [], []
        while notes_left > 0:
            n = min(notes_left, rng.choice([1, 1, 2, 2, 3]))
            notes_left -= n
            patient = make_patient(rng, pid, style, n)
            for note_no in range(1, n + 1):
                text, spans, _case = build_note(rng, style, patient, note_no)
                out_notes.append(f'START_OF_RECORD={pid}||||{note_no}||||\n{text}||||END_OF_RECORD\n')
                for s, e, c in spans:
                    phrase = text[s:e]
                    out_gold.append(f'{pid} {note_no} {s} {e} {c} {phrase}\n')
            pid += 1
        os.makedirs(os.path.join(HERE, style), exist_ok=True)
        with open(os.path.join(HERE, style, 'notes.text'), 'w', encoding='ascii', newline='\n') as fh:
            fh.write(''.join(out_notes))
        with open(os.path.join(HERE, style, 'gold.phrase'), 'w', encoding='ascii', newline='\n') as fh:
            fh.write(''.join(out_gold))


if __name__ == '__main__':
    main()
