#!/usr/bin/env python3
"""Generates deid-styles-dev-14: four styles x 30 invented notes with gold PHI spans.
Python 3 stdlib only, fixed seed, deterministic. Run: python3 generate.py"""
import os
import random
import re
import datetime as dt

import pools as P
from templates import STYLES

SEED = 20261214
HERE = os.path.dirname(os.path.abspath(__file__))
STYLE_ORDER = ['burn-plastics', 'travel-vaccine-clinic', 'bilingual-discharge-instructions', 'telemetry-event-log']
BASE_ID = {s: 14001 + 100 * i for i, s in enumerate(STYLE_ORDER)}
MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October',
          'November', 'December']
MESES = ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre',
         'noviembre', 'diciembre']
DIAS = ['lunes', 'martes', 'miercoles', 'jueves', 'viernes', 'sabado', 'domingo']
TOKEN_RE = re.compile(r'\{([A-Za-z_0-9]+)\}')

R = random.Random(SEED)


def ch(lst):
    return R.choice(lst)


def digits(n):
    return ''.join(str(R.randint(0, 9)) for _ in range(n))


# ---------- names ----------
def full_name(first, last, style=None):
    v = style if style is not None else R.randint(0, 5)
    if v <= 2:
        return f'{first} {last}'
    if v == 3:
        return f'{first[0]}. {last}'
    if v == 4:
        return f'{first} {ch("ABCDEFGHJKLMNPRSTW")}. {last}'
    return f'{first} {last[0]}.'


def new_person():
    first = ch(P.FIRST_F + P.FIRST_M)
    return first, ch(P.SURNAMES)


class Ctx:
    def __init__(self, pt, style):
        self.pt = pt
        self.style = style
        self.staff = [new_person() for _ in range(R.randint(5, 9))]
        self.date = pt['base'] + dt.timedelta(days=R.randint(0, 40))


# ---------- dates ----------
def fmt_date(d, kind=None):
    k = kind if kind is not None else R.randint(0, 9)
    if k == 0:
        return d.strftime('%m/%d/%Y')
    if k == 1:
        return f'{d.month}/{d.day}/{d.strftime("%y")}'
    if k == 2:
        return f'{d.month}/{d.day}'
    if k == 3:
        return f'{MONTHS[d.month - 1][:3]} {d.day}'
    if k == 4:
        return d.strftime('%d-%b-%Y').upper()
    if k == 5:
        return d.strftime('%Y-%m-%d')
    if k == 6:
        suf = 'th' if 11 <= d.day <= 13 else {1: 'st', 2: 'nd', 3: 'rd'}.get(d.day % 10, 'th')
        return f'{MONTHS[d.month - 1]} {d.day}{suf}'
    if k == 7:
        return f'{d.month}.{d.day}.{d.strftime("%y")}'
    if k == 8:
        return f'{d.month}-{d.day}'
    return f'{MONTHS[d.month - 1][:3]}. {d.day}, {d.year}'


def near(ctx, lo=-60, hi=60):
    return ctx.date + dt.timedelta(days=R.randint(lo, hi))


def tm():
    h, m = R.randint(0, 23), R.randint(0, 59)
    k = R.randint(0, 3)
    if k == 0:
        return f'{h:02d}{m:02d}'
    if k == 1:
        return f'{h:02d}:{m:02d}'
    if k == 2:
        return f'{(h % 12) or 12}:{m:02d} {"AM" if h < 12 else "PM"}'
    return f'{(h % 12) or 12}:{m:02d}{"a" if h < 12 else "p"}'


def spanish_date(d):
    k = R.randint(0, 3)
    if k == 0:
        return f'{d.day} de {MESES[d.month - 1]} de {d.year}'
    if k == 1:
        return f'{d.day} de {MESES[d.month - 1]}'
    if k == 2:
        return f'{DIAS[d.weekday()]} {d.day} de {MESES[d.month - 1]}'
    return f'{d.day:02d}/{d.month:02d}/{d.year}'


# ---------- numbers ----------
def phone():
    a, b, c = str(R.randint(201, 989)), str(R.randint(200, 989)), digits(4)
    k = R.randint(0, 6)
    return [f'({a}) {b}-{c}', f'{a}-{b}-{c}', f'{a}.{b}.{c}', f'{a}{b}{c}', f'+1 {a} {b} {c}', f'{a} {b} {c}',
            f'{b}-{c}'][k]


def pager():
    n = str(R.randint(1000, 9999))
    return ch([f'x{n}', f'#{n}', f'{n[0]}-{n[1:]}', f'{R.randint(10000, 99999)}', f'p{n}'])


def town():
    t = ch(P.TOWNS)
    if t in P.TOWN_TYPOS and R.random() < 0.3:
        return P.TOWN_TYPOS[t]
    return t


def email_of(first, last, staff=False):
    if staff:
        dom = ch(['pellhamregional.org', 'mesaverdeburn.org', 'globetrek-travel.com', 'svmc.org', 'stanselm.net'])
        return f'{first[0].lower()}.{last.lower()}@{dom}'
    dom = ch(['mailbox.net', 'desertmail.com', 'correo.mx', 'inbox-plus.com', 'gmaill.com'])
    return f'{first.lower()}{last.lower()[:4]}{R.randint(1, 99)}@{dom}'


# ---------- tokens: each returns a list of (text, category-or-None) ----------
def t_pt(ctx):
    p = ctx.pt
    v = R.randint(0, 4)
    if v == 4:
        return [(f'{p["first"]} {p["mid"]}. {p["last"]}', 'PTName')]
    if v == 3:
        return [(f'{p["first"]} {p["last"]}'.upper(), 'PTName')]
    return [(f'{p["first"]} {p["last"]}', 'PTName')]


def t_ptlf(ctx):
    p = ctx.pt
    if R.random() < 0.3:
        return [(p['last'].upper(), 'PTName'), (',', None), (p['first'].upper(), 'PTName')]
    return [(p['last'], 'PTName'), (', ', None), (p['first'], 'PTName')]


def t_hcp(ctx):
    f, l = ch(ctx.staff)
    return [(full_name(f, l), 'HCPName')]


def t_hcpl(ctx):
    return [(ch(ctx.staff)[1], 'HCPName')]


def t_hcpf(ctx):
    return [(ch(ctx.staff)[0], 'HCPName')]


def t_hcpi(ctx):
    f, l = ch(ctx.staff)
    ini = f[0] + ch('ABCDEFGHJKLMNPRSTW') + l[0] if R.random() < 0.5 else f[0] + l[0]
    return [(ini.lower() if R.random() < 0.35 else ini, 'HCPName')]


def t_rel(ctx):
    f, l = ch(ctx.pt['rels'])
    return [(full_name(f, l, ch([0, 0, 3, 4])), 'RelativeProxyName')]


def t_relf(ctx):
    return [(ch(ctx.pt['rels'])[0], 'RelativeProxyName')]


def t_age(ctx):
    a = ctx.pt['age']
    return [(str(a), 'Age' if a >= 90 else None)]


def t_ptinit(ctx):
    p = ctx.pt
    ini = p['first'][0] + p['mid'] + p['last'][0]
    return [(ini.lower() if R.random() < 0.3 else ini, 'PTNameInitial')]


def loc(lst):
    return lambda ctx: [(ch(lst), 'Location')]


def t_street(ctx):
    return [(f'{R.randint(12, 9899)} {ch(P.STREETS)}', 'Location')]


def t_embassy(ctx):
    c = ch(P.COUNTRIES).replace('the ', '')
    return [(ch([f'Embassy of {c}', f'Consulate General of {c} in Houston', f'{c} consulate in Denver']), 'Location')]


def t_dt(ctx):
    d = near(ctx, -3, 3)
    return [(fmt_date(d, ch([0, 1, 2, 5])) + ch([' ', ' @ ', ' at ']) + tm(), 'Date')]


def t_my(ctx):
    d = near(ctx, -900, 300)
    return [(ch([f'{MONTHS[d.month - 1]} {d.year}', f'{d.month}/{d.year}', f"{MONTHS[d.month - 1][:3]} '{d.strftime('%y')}"]), 'Date')]


def t_year(ctx):
    y = ctx.date.year - R.randint(1, 30)
    return [(str(y) if R.random() < 0.8 else f"'{y % 100:02d}", 'DateYear')]


def t_ext(ctx):
    pre, num = ch(['x', 'X', 'x', 'ext ']), str(R.randint(1000, 9999))
    if pre == 'ext ':
        return [(pre, None), (num, 'Phone')]  # the word ext stays outside the span, as after {EXT2}
    return [(pre + num, 'Phone')]


def t_hospa(ctx):
    h = ch(P.HOSPITALS)
    acr = ''.join(w[0] for w in h.replace('St. ', 'S ').split() if w[0].isupper())
    return [(h, 'Location'), (' (', None), (acr, 'Location'), (')', None)]


def t_hacr(ctx):
    return [(ch(P.HOSP_ACR), 'Location')]


TOKENS = {
    'PT': t_pt, 'PTLF': t_ptlf, 'PTF': lambda c: [(c.pt['first'], 'PTName')],
    'PTL': lambda c: [(c.pt['last'], 'PTName')], 'PTI': t_ptinit,
    'PTLU': lambda c: [(c.pt['last'].upper(), 'PTName')], 'HOSPA': t_hospa,
    'HCP': t_hcp, 'HCPL': t_hcpl, 'HCPF': t_hcpf, 'HCPI': t_hcpi, 'REL': t_rel, 'RELF': t_relf, 'AGE': t_age,
    'DATE': lambda c: [(fmt_date(near(c)), 'Date')], 'DATEL': lambda c: [(fmt_date(c.date, ch([6, 9, 0])), 'Date')],
    'DATES': lambda c: [(spanish_date(near(c, 0, 30)), 'Date')], 'DOB': lambda c: [(fmt_date(c.pt['dob'], ch([0, 1, 4, 5, 9])), 'Date')],
    'DT': t_dt, 'MY': t_my, 'YEAR': t_year,
    'PHONE': lambda c: [(phone(), 'Phone')], 'FAX': lambda c: [(phone(), 'Phone')], 'PAGER': lambda c: [(pager(), 'Phone')],
    'EXT': t_ext,
    'EXT2': lambda c: [(str(R.randint(100, 99999)), 'Phone')],
    'MRN': lambda c: [(c.pt['mrn'], 'Other')], 'CLAIM': lambda c: [(f'WC-{digits(2)}-{digits(6)}', 'Other')],
    'BADGE': lambda c: [(digits(R.randint(3, 5)), 'Other')],
    'PASSPORT': lambda c: [(ch(['', '', 'A', 'N']) + digits(9), 'Other')],
    'IID': lambda c: [(digits(R.randint(5, 6)), 'Other')],
    'EMAILP': lambda c: [(c.pt['email'], 'Other')],
    'EMAILS': lambda c: [(email_of(*ch(c.staff), staff=True), 'Other')],
    'EMAILC': lambda c: [(ch(['travelclinic@globetrek-travel.com', 'vaccines@westmoortravel.org', 'frontdesk@passportwellnesspellham.com']), 'Other')],
    'HOSP': loc(P.HOSPITALS), 'HACR': t_hacr, 'BURN': loc(P.BURN_CENTERS), 'FIRE': loc(P.FIRE_DEPTS),
    'EMP': loc(P.EMPLOYERS), 'PHOTO': loc(P.PHOTO), 'TCLIN': loc(P.TRAVEL_CLINICS), 'TOUR': loc(P.TOUR_COS),
    'SEMP': loc(P.SEND_EMPLOYERS), 'PHARM': loc(P.PHARMACIES), 'CLINIC': loc(P.CLINICS), 'INTERP': loc(P.INTERP),
    'SITE': loc(P.TELE_SITES), 'SNF': loc(P.SNF), 'INS': loc(P.INSURERS), 'TINS': loc(P.TRAVEL_INS), 'CHURCH': loc(P.CHURCHES),
    'TOWN': lambda c: [(town(), 'Location')], 'STREET': t_street, 'STATE': loc(P.STATES),
    'ZIP': lambda c: [(str(R.randint(73001, 89999)), 'Location')], 'CITY': loc(P.FOREIGN_CITIES),
    'COUNTRY': loc(P.COUNTRIES), 'EMBASSY': t_embassy,
    # not PHI
    'time': lambda c: [(tm(), None)], 'room': lambda c: [(ch(['4', '12B', '5W-14', 'B-7', '318-2', 'BICU 6', '22']), None)],
    'lot': lambda c: [(ch('ABCUXY') + ch('ABCDEFGHJK') + digits(R.randint(3, 5)) + ch(['', 'A', 'AB']), None)],
    'tbsa': lambda c: [(str(R.randint(2, 48)), None)], 'hr': lambda c: [(str(R.randint(32, 188)), None)],
    'n': lambda c: [(str(R.randint(2, 9)), None)], 'days': lambda c: [(str(R.randint(3, 21)), None)],
    'box': lambda c: [(str(R.randint(1, 48)), None)], 'sex': lambda c: [(c.pt['sex'], None)],
    'rel': lambda c: [(ch(['wife', 'husband', 'son', 'daughter', 'mother', 'brother', 'sister', 'partner', 'neighbor', 'friend']), None)],
    'rel_es': lambda c: [(ch(['esposa', 'hija', 'hijo', 'madre', 'esposo', 'nieta', 'hermana']), None)],
    'activity': lambda c: [(ch(['cooking', 'refueling a lawnmower', 'lighting a burn pile', 'frying tortillas', 'using a space heater', 'smoking on home O2']), None)],
    'source': lambda c: [(ch(['gasoline', 'grease', 'propane tank', 'oxygen tubing', 'brush pile']), None)],
    'place': lambda c: [(ch(['kitchen', 'garage', 'shed', 'trailer', 'backyard']), None)],
    'site': lambda c: [(ch(['face and neck', 'R hand dorsum', 'anterior trunk', 'B forearms', 'L thigh']), None)],
    'site2': lambda c: [(ch(['R palm', 'L lower leg', 'perineum', 'R axilla']), None)],
    'donor': lambda c: [(ch(['R thigh', 'L thigh', 'scalp', 'buttock']), None)],
    'vaccine': lambda c: [(ch(['YF-Vax', 'Stamaril']), None)],
    'alarm': lambda c: [(ch(['VTACH', 'PAUSE', 'BRADY', 'AFIB RVR', 'SVT', 'TACHY', 'LEADS FAIL', 'SPO2 LOW', 'ASYSTOLE', 'PVC RUN']), None)],
    'tunit': lambda c: [(ch(P.TELE_UNITS), None)],
}


def render(template, ctx):
    text, spans, pos = [], [], 0
    last = 0
    for m in TOKEN_RE.finditer(template):
        lit = template[last:m.start()]
        text.append(lit)
        pos += len(lit)
        for piece, cat in TOKENS[m.group(1)](ctx):
            if cat:
                spans.append((pos, pos + len(piece), cat))
            text.append(piece)
            pos += len(piece)
        last = m.end()
    text.append(template[last:])
    return ''.join(text), spans


def make_patient(style, pid):
    sex = ch(['F', 'M'])
    first = ch(P.FIRST_F if sex == 'F' else P.FIRST_M)
    last = ch(P.SURNAMES)
    if style == 'telemetry-event-log':
        age = R.choice([R.randint(45, 89)] * 5 + [R.randint(90, 101)])
    elif style == 'travel-vaccine-clinic':
        age = R.choice([R.randint(18, 74)] * 9 + [R.randint(90, 93)])
    else:
        age = R.choice([R.randint(19, 88)] * 7 + [R.randint(90, 97)])
    base = dt.date(2025, 1, 1) + dt.timedelta(days=R.randint(0, 600))
    dob = base - dt.timedelta(days=age * 365 + R.randint(0, 360))
    rels = [(ch(P.FIRST_F + P.FIRST_M), ch([last, last, ch(P.SURNAMES)])) for _ in range(R.randint(1, 3))]
    return dict(id=pid, sex=sex, first=first, last=last, mid=ch('ABCDEFGHJKLMNPRSTV'), age=age, base=base, dob=dob,
                rels=rels, mrn=ch(['', 'MR', '00', 'E']) + digits(R.randint(6, 8)), email=email_of(first, last))


def build_note(style, ctx, prior_blocks, case):
    """prior_blocks: list of (template index, (text, spans)) rendered in earlier notes of the patient."""
    T = STYLES[style]
    head = [render(ch(T['headers']), ctx)]
    copied_idx = set()
    if prior_blocks and case == 'mixed':
        head.append((ch(T['tags']), []))
        for i, b in R.sample(prior_blocks, min(len(prior_blocks), R.randint(1, 2))):
            head.append(b)
            copied_idx.add(i)
    pool = [i for i in range(len(T['blocks'])) if i not in copied_idx]
    idx = sorted(R.sample(pool, R.randint(7, 12)))
    free = R.sample(T['phi_free'], R.randint(4, 9))
    made, body_parts = [], []
    for i in idx:
        b = render(T['blocks'][i], ctx)
        made.append((i, b))
        body_parts.append(b)
        if free and R.random() < 0.5:
            body_parts.append((free.pop(), []))
    for f in free:
        body_parts.insert(R.randint(0, len(body_parts)), (f, []))
    parts = head + body_parts
    if R.random() < 0.5:
        parts.append(('', []))
    parts.append(render(ch(T['signoffs']), ctx))
    text, spans, pos = [], [], 0
    for t, sp in parts:
        text.append(t)
        spans += [(s + pos, e + pos, c) for s, e, c in sp]
        pos += len(t) + 1
    body = '\n'.join(text) + '\n'
    if case == 'lower':
        body = body.lower()
    elif case == 'upper':
        body = body.upper()
    return body, spans, made


def ok(body, spans):
    lines = [l for l in body.split('\n') if l.strip()]
    return 8 <= len(spans) <= 30 and 15 <= len(lines) <= 40


def main():
    for style in STYLE_ORDER:
        notes, gold = [], []
        pid, count = BASE_ID[style], 0
        while count < 30:
            pt = make_patient(style, pid)
            n_notes = min(30 - count, R.choice([1, 1, 2, 2, 3]))
            prior = []
            for k in range(1, n_notes + 1):
                upper_p = 0.3 if style == 'telemetry-event-log' else 0.06
                r = R.random()
                case = 'lower' if r < 0.12 else ('upper' if r < 0.12 + upper_p else 'mixed')
                ctx = Ctx(pt, style)
                ctx.date = pt['base'] + dt.timedelta(days=30 * (k - 1) + R.randint(0, 20))
                while True:
                    body, spans, made = build_note(style, ctx, prior, case)
                    if ok(body, spans):
                        break
                if case == 'mixed':
                    prior += made
                notes.append(f'START_OF_RECORD={pid}||||{k}||||\n{body}||||END_OF_RECORD\n')
                for s, e, c in spans:
                    gold.append(f'{pid} {k} {s} {e} {c} {body[s:e]}\n')
                count += 1
            pid += 1
        os.makedirs(os.path.join(HERE, style), exist_ok=True)
        with open(os.path.join(HERE, style, 'notes.text'), 'w', encoding='ascii', newline='\n') as fh:
            fh.write(''.join(notes))
        with open(os.path.join(HERE, style, 'gold.phrase'), 'w', encoding='ascii', newline='\n') as fh:
            fh.write(''.join(gold))


if __name__ == '__main__':
    main()
