#!/usr/bin/env python3
"""Generates deid-styles-dev-12: four styles x 30 invented notes, PhysioNet layout + gold.phrase.
Python 3 stdlib only, fixed seed, deterministic (re-running writes identical bytes)."""
import os
import random
import re

import pools as P
import templates as T

SEED = 20261212
HERE = os.path.dirname(os.path.abspath(__file__))
STYLES = [('ocr-faxed-referrals', 12001), ('voice-recognition-lower', 12101),
          ('emr-flowsheet-tables', 12201), ('rheum-endocrine-clinic', 12301)]
NOTES_PER_STYLE = 30
TOKEN_RE = re.compile(r'\{([A-Z0-9_]+)\}')
MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September',
          'October', 'November', 'December']
ORD_WORDS = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth',
             'eleventh', 'twelfth', 'thirteenth', 'fourteenth', 'fifteenth', 'sixteenth', 'seventeenth',
             'eighteenth', 'nineteenth', 'twentieth', 'twenty first', 'twenty second', 'twenty third',
             'twenty fourth', 'twenty fifth', 'twenty sixth', 'twenty seventh', 'twenty eighth']
DIM = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]


def suffix(d):
    return 'th' if 10 <= d % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(d % 10, 'th')


class Gen:
    def __init__(self, rng, style):
        self.r = rng
        self.style = style

    # ---- basic pieces -------------------------------------------------
    def person(self):
        r = self.r
        return {'first': r.choice(P.FIRST_NAMES), 'last': r.choice(P.SURNAMES),
                'mi': r.choice('ABCDEFGHJKLMNPRSTW')}

    def rand_date(self, y0=2019, y1=2026):
        r = self.r
        m = r.randint(1, 12)
        return (r.randint(y0, y1), m, r.randint(1, DIM[m - 1]))

    def fmt_date(self, d, spoken=None):
        r = self.r
        y, m, dd = d
        if spoken is None:
            spoken = self.style == 'voice-recognition-lower' and r.random() < 0.6
        if spoken:
            k = r.randint(0, 4)
            mon = MONTHS[m - 1].lower()
            if k == 0:
                return f'{mon} {ORD_WORDS[dd - 1] if dd <= 28 else str(dd) + suffix(dd)}'
            if k == 1:
                return f'{mon} {dd}{suffix(dd)} {y}'
            if k == 2:
                return f'the {dd}{suffix(dd)} of {mon}'
            if k == 3:
                return f'{mon} {dd} {y}'
            return f'{m} {dd} {y % 100:02d}'
        k = r.randint(0, 11)
        if k == 0:
            return f'{m:02d}/{dd:02d}/{y}'
        if k == 1:
            return f'{m}/{dd}/{y % 100:02d}'
        if k == 2:
            return f'{m:02d}-{dd:02d}-{y}'
        if k == 3:
            return f'{dd:02d}-{MONTHS[m - 1][:3].upper()}-{y}'
        if k == 4:
            return f'{MONTHS[m - 1][:3]} {dd}, {y}'
        if k == 5:
            return f'{y}-{m:02d}-{dd:02d}'
        if k == 6:
            return f'{m}/{dd}'
        if k == 7:
            return f'{MONTHS[m - 1][:3]}. {dd}{suffix(dd)}'
        if k == 8:
            return f'{dd} {MONTHS[m - 1]} {y}'
        if k == 9:
            return f'{m}.{dd}.{y % 100:02d}'
        if k == 10:
            return f'{m}/{dd}/{y}'
        return f'{y}{m:02d}{dd:02d}'

    def time(self):
        r = self.r
        k = r.randint(0, 3)
        h, mi = r.randint(0, 23), r.randint(0, 59)
        if k == 0:
            return f'{h:02d}:{mi:02d}'
        if k == 1:
            return f'{(h % 12) or 12}:{mi:02d} {"AM" if h < 12 else "PM"}'
        if k == 2:
            return f'{h:02d}{mi:02d}'
        return f'{(h % 12) or 12}:{mi:02d}{"a" if h < 12 else "p"}'

    def phone(self):
        r = self.r
        a, b, c = r.randint(201, 989), r.randint(200, 989), r.randint(0, 9999)
        if self.style == 'voice-recognition-lower' and r.random() < 0.5:
            return ' '.join(f'{a}{b}{c:04d}')
        k = r.randint(0, 6)
        return [f'({a}) {b}-{c:04d}', f'{a}-{b}-{c:04d}', f'{a}.{b}.{c:04d}', f'{a}{b}{c:04d}',
                f'+1 {a} {b} {c:04d}', f'{a} {b} {c:04d}', f'({a}){b}-{c:04d}'][k]

    def name_fmt(self, p, lower=False):
        r = self.r
        k = r.randint(0, 5)
        if k <= 2:
            s = f'{p["first"]} {p["last"]}'
        elif k == 3:
            s = f'{p["first"][0]}. {p["last"]}'
        elif k == 4:
            s = f'{p["first"]} {p["mi"]}. {p["last"]}'
        else:
            s = f'{p["first"]} {p["last"][0]}.' if self.r.random() < 0.5 else f'{p["first"][0]} {p["last"]}'
        return s

    def voice_name(self, s):
        """Speech-recognition: names typed lower case, long surnames sometimes split in two."""
        r = self.r
        words = s.split(' ')
        out = []
        for w in words:
            if len(w) >= 7 and r.random() < 0.35:
                cut = len(w) // 2
                w = w[:cut] + ' ' + w[cut:]
            out.append(w)
        return ' '.join(out)

    # ---- OCR slips --------------------------------------------------------
    def ocr(self, s, rate):
        r = self.r
        out = []
        i = 0
        while i < len(s):
            two = s[i:i + 2]
            if two == 'rn' and r.random() < rate * 4:
                out.append('m'); i += 2; continue
            if two == 'cl' and r.random() < rate * 3:
                out.append('d'); i += 2; continue
            c = s[i]
            sub = {'m': 'rn', 'l': '1', 'I': 'l', 'O': '0', '0': 'O', '1': 'l', 'e': 'c', 'h': 'b',
                   'S': '5', '5': 'S', ',': '.', 'i': 'l', 'B': '8'}.get(c)
            if sub and r.random() < rate:
                out.append(sub)
            else:
                out.append(c)
            i += 1
        return ''.join(out)


class Note:
    """Context of one note: patient, staff, relative; renders templates into segments."""

    def __init__(self, g, pt, visit, style):
        self.g = g
        self.r = g.r
        self.pt = pt
        self.visit = visit
        self.style = style
        self.doc = g.person()
        self.nurse = g.person()
        self.nurse_uid_fmt = self.r.randint(0, 2)
        self.voice_lower = style == 'voice-recognition-lower' and self.r.random() < 0.85

    def seg_for(self, key):
        """Returns a list of (text, category or None) for one token."""
        g, r, pt = self.g, self.r, self.pt
        C = lambda s, c: [(s, c)]
        if key == 'PTF':
            return C(g.name_fmt(pt['p']) if r.random() < 0.5 else f'{pt["p"]["first"]} {pt["p"]["last"]}', 'PTName')
        if key == 'PTMI':
            return C(f'{pt["p"]["first"]} {pt["p"]["mi"]}. {pt["p"]["last"]}', 'PTName')
        if key == 'PTLF':
            return [(pt['p']['last'], 'PTName'), (', ', None), (pt['p']['first'], 'PTName')]
        if key == 'PTLFC':
            return [(pt['p']['last'].upper(), 'PTName'), (',', None), (pt['p']['first'].upper(), 'PTName')]
        if key == 'PTFIRST':
            return C(pt['p']['first'], 'PTName')
        if key == 'PTLAST':
            return C(pt['p']['last'], 'PTName')
        if key == 'PTINIT':
            s = pt['p']['first'][0] + pt['p']['mi'] + pt['p']['last'][0]
            return C(s.lower() if r.random() < 0.3 else s, 'PTNameInitial')
        if key in ('DOC', 'NURSE', 'HCP', 'REF'):
            p = {'DOC': self.doc, 'NURSE': self.nurse, 'REF': pt['ref']}.get(key) or g.person()
            return C(g.name_fmt(p), 'HCPName')
        if key in ('DOCL', 'NURSEL', 'HCPL', 'REFL'):
            p = {'DOCL': self.doc, 'NURSEL': self.nurse, 'REFL': pt['ref']}.get(key) or g.person()
            return C(p['last'], 'HCPName')
        if key in ('DOCLF', 'HCPLF', 'REFLF'):
            p = {'DOCLF': self.doc, 'REFLF': pt['ref']}.get(key) or g.person()
            if r.random() < 0.3:
                return [(p['last'].upper(), 'HCPName'), (',', None), (p['first'].upper(), 'HCPName')]
            return [(p['last'], 'HCPName'), (', ', None), (p['first'], 'HCPName')]
        if key in ('DOCI', 'HCPI', 'NURSEI'):
            p = {'DOCI': self.doc, 'NURSEI': self.nurse}.get(key) or g.person()
            s = p['first'][0] + p['mi'] + p['last'][0]
            return C(s.lower() if r.random() < 0.5 else s, 'HCPName')
        if key == 'PTSPELL':
            return C(' '.join(pt['p']['last'].lower()), 'PTName')
        if key in ('UID', 'NURSEUID'):
            p = self.nurse if key == 'NURSEUID' else g.person()
            k = self.nurse_uid_fmt if key == 'NURSEUID' else r.randint(0, 2)
            s = [p['first'][0].lower() + p['last'].lower(), (p['last'] + p['first'][0]).upper(),
                 p['last'].lower() + '.' + p['first'].lower()][k]
            return C(s, 'HCPName')
        if key == 'REL':
            return C(g.name_fmt(pt['rel']), 'RelativeProxyName')
        if key == 'RELF':
            return C(pt['rel']['first'], 'RelativeProxyName')
        if key == 'RELW':
            return C(pt['relw'], None)
        if key == 'VDATE':
            return C(g.fmt_date(self.visit), 'Date')
        if key == 'DATE':
            return C(g.fmt_date(g.rand_date(2021, 2026)), 'Date')
        if key == 'DOB':
            return C(g.fmt_date(pt['dob'], spoken=False if r.random() < 0.5 else None), 'Date')
        if key == 'DT':
            return C(g.fmt_date(self.visit if r.random() < 0.5 else g.rand_date(2025, 2026), spoken=False)
                     + r.choice([' ', ' @ ', ' at ', ' ']) + g.time(), 'Date')
        if key == 'MY':
            y, m, _ = g.rand_date(2015, 2026)
            s = r.choice([f'{MONTHS[m - 1]} {y}', f'{m}/{y}', f'{MONTHS[m - 1][:3]} {y}', f"{MONTHS[m - 1][:3]} '{y % 100:02d}"])
            return C(s, 'Date')
        if key == 'YEAR':
            return C(str(r.randint(1988, 2025)), 'DateYear')
        if key == 'YY':
            return C(f"'{r.randint(0, 25):02d}", 'DateYear')
        if key == 'AGE':
            a = pt['age']
            return C(str(a), 'Age' if a >= 90 else None)
        if key in ('PHONE', 'FAX'):
            return C(g.phone(), 'Phone')
        if key == 'PTPHONE':
            return C(pt['phone'], 'Phone')
        if key == 'EXT':
            n = r.randint(1000, 9999)
            return C(r.choice([f'ext {n}', f'x{n}', f'ext. {n}', f'X{n}']), 'Phone')
        if key == 'PAGER':
            n = r.randint(1000, 99999)
            return C(r.choice([f'#{n}', f'p{n}', f'{str(n)[0]}-{str(n)[1:]}' if n < 10000 else str(n)]), 'Phone')
        if key == 'MRN':
            return C(pt['mrn'], 'Other')
        if key == 'ACCT':
            return C(r.choice(['A', 'HAR', '', 'ACC']) + str(r.randint(10000000, 99999999)), 'Other')
        if key == 'ORD':
            return C(str(r.randint(100000000, 999999999)), 'Other')
        if key == 'MEMBER':
            return C(r.choice(['XQZ', 'GMH', 'KS', 'W']) + str(r.randint(100000000, 999999999)), 'Other')
        if key == 'PA':
            return C(f'PA-{r.randint(2025, 2026)}-{r.randint(100000, 999999)}', 'Other')
        if key == 'EMAIL':
            p = pt['p']
            return C(f'{p["first"].lower()}.{p["last"].lower()}{r.randint(1, 99)}@{r.choice(P.EMAIL_DOMAINS[3:5])}', 'Other')
        if key == 'HEMAIL':
            p = g.person()
            return C(f'{p["first"][0].lower()}{p["last"].lower()}@{r.choice(P.EMAIL_DOMAINS)}', 'Other')
        if key == 'TOWN':
            return C(pt['town'], 'Location')
        if key == 'TOWN2':
            return C(r.choice(P.TOWNS), 'Location')
        if key == 'STREET':
            return C(pt['street'], 'Location')
        if key == 'STATE':
            return C(pt['state'], 'Location')
        if key == 'ZIP':
            return C(pt['zip'], 'Location')
        pool = {'HOSP': P.HOSPITALS, 'HACR': P.HOSP_ACRONYMS, 'CLINIC': P.CLINICS, 'INF': P.INFUSION,
                'LAB': P.LABS, 'PHARM': P.PHARMACIES, 'VENDOR': P.VENDORS, 'INS': P.INSURERS,
                'EMP': P.EMPLOYERS, 'SCHOOL': P.SCHOOLS, 'IMG': P.IMAGING, 'EDU': P.EDU_PROGRAMS,
                'FAXSVC': P.FAX_SERVICES}.get(key)
        if pool:
            if key == 'CLINIC' and pt.get('clinic') and r.random() < 0.5:
                return C(pt['clinic'], 'Location')
            return C(r.choice(pool), 'Location')
        # PHI-free fillers
        if key in ('TIME', 'TIME2'):
            return C(g.time(), None)
        if key == 'RM':
            return C(r.choice(['Rm ', 'room ', 'Chair ', 'Bay ', 'Infusion chair ']) + str(r.randint(1, 40)), None)
        if key == 'LOT':
            return C(r.choice(['LOT ', 'Lot# ', 'lot ']) + r.choice('ABKMTX') + str(r.randint(10000, 99999)), None)
        if key == 'SERIAL':
            return C(r.choice(['SN ', 'S/N ', 'serial ']) + str(r.randint(1000000, 9999999)), None)
        if key == 'PG':
            t = r.randint(2, 9)
            return C(f'P.{r.randint(1, t):03d}/{t:03d}', None)
        if key == 'A1C':
            return C(f'{r.randint(55, 114) / 10:.1f}', None)
        if key == 'GLU':
            return C(str(r.randint(62, 388)), None)
        if key == 'NUM':
            return C(str(r.randint(2, 60)), None)
        raise KeyError(key)

    def render(self, tmpl):
        segs = []
        pos = 0
        for m in TOKEN_RE.finditer(tmpl):
            if m.start() > pos:
                segs.append((tmpl[pos:m.start()], None))
            segs.extend(self.seg_for(m.group(1)))
            pos = m.end()
        if pos < len(tmpl):
            segs.append((tmpl[pos:], None))
        return [self.transform(t, c) for t, c in segs]

    def transform(self, text, cat):
        g, r = self.g, self.r
        if self.style == 'ocr-faxed-referrals':
            if cat is None:
                text = g.ocr(text, 0.025)
            elif r.random() < 0.2:
                text = g.ocr(text, 0.25)
        elif self.style == 'voice-recognition-lower' and cat is not None and self.voice_lower:
            if cat in ('PTName', 'HCPName', 'RelativeProxyName'):
                text = g.voice_name(text)
            text = text.lower()
        return (text, cat)


def count(blocks):
    text = '\n'.join(''.join(t for t, _ in b) for b in blocks)
    lines = sum(1 for ln in text.split('\n') if ln.strip())
    spans = sum(1 for b in blocks for _, c in b if c)
    return lines, spans


def make_style(style, base, rng):
    S = T.STYLES[style]
    g = Gen(rng, style)
    notes = []
    pid = base
    while len(notes) < NOTES_PER_STYLE:
        n = min(rng.choice([1, 2, 2, 3]), NOTES_PER_STYLE - len(notes))
        p = g.person()
        age = rng.choice([rng.randint(19, 89)] * 6 + [rng.randint(90, 99)])
        pt = {'p': p, 'age': age, 'dob': (2026 - age, rng.randint(1, 12), rng.randint(1, 28)),
              'rel': g.person(), 'relw': rng.choice(P.RELATIONS), 'ref': g.person(),
              'town': rng.choice(P.TOWNS), 'street': f'{rng.randint(2, 9800)} {rng.choice(P.STREETS)}',
              'state': rng.choice(P.STATES), 'zip': f'{rng.randint(1001, 49999):05d}',
              'phone': g.phone(), 'mrn': rng.choice(['', 'MR', 'E', '00']) + str(rng.randint(1000000, 9999999)),
              'clinic': rng.choice(P.CLINICS)}
        pt['rel']['last'] = rng.choice([pt['rel']['last'], p['last']])
        history = []
        y, m, d = 2026, rng.randint(1, 6), rng.randint(1, 28)
        for k in range(1, n + 1):
            visit = (y, m, d)
            case = rng.choices([None, 'lower', 'upper'], S['case_weights'])[0]
            for _attempt in range(200):
                note = Note(g, pt, visit, style)
                blocks = [note.render(rng.choice(S['header']))]
                body_idx = sorted(rng.sample(range(len(S['body'])), rng.randint(S['nbody'][0], S['nbody'][1])))
                body = [note.render(S['body'][i]) for i in body_idx]
                frees = rng.sample(S['free'], rng.randint(2, 5))
                for f in frees:
                    if style == 'ocr-faxed-referrals':
                        f = g.ocr(f, 0.025)
                    body.insert(rng.randint(0, len(body)), [(f, None)])
                copied = []
                if history and case is None and rng.random() < 0.8:
                    src = [b for h in history for b in h]
                    for b in rng.sample(src, min(len(src), rng.randint(1, 2))):
                        copied.append([(rng.choice(S['tags']), None)])
                        copied.append(b)
                blocks += body[:len(body) // 2] + copied + body[len(body) // 2:]
                blocks.append(note.render(rng.choice(S['signoff'])))
                lines, spans = count(blocks)
                if 15 <= lines <= 40 and 8 <= spans <= 30:
                    break
            else:
                raise RuntimeError(f'{style}: no fitting note')
            if case:
                blocks = [[(t.lower() if case == 'lower' else t.upper(), c) for t, c in b] for b in blocks]
            else:
                history.append([b for b in body if any(c for _, c in b)])
            notes.append((str(pid), str(k), blocks, rng.choice(['\n', '\n', '\n\n'])))
            m2 = m + rng.randint(1, 3)
            y, m, d = (y, m2, rng.randint(1, 28)) if m2 <= 12 else (y, 12, 28)
        pid += 1
    return notes


def write_style(style, notes):
    os.makedirs(os.path.join(HERE, style), exist_ok=True)
    text_out, gold_out = [], []
    for pid, nid, blocks, sep in notes:
        body_parts = []
        for i, b in enumerate(blocks):
            if i:
                body_parts.append([(sep, None)])
            body_parts.append(b)
        off = 0
        body = ''
        for b in body_parts:
            for t, c in b:
                if c:
                    gold_out.append(f'{pid} {nid} {off} {off + len(t)} {c} {t}')
                body += t
                off += len(t)
        body += '\n'
        assert body.isascii(), (style, pid, nid)
        text_out.append(f'START_OF_RECORD={pid}||||{nid}||||\n{body}||||END_OF_RECORD\n')
    with open(os.path.join(HERE, style, 'notes.text'), 'w', encoding='ascii', newline='\n') as fh:
        fh.write(''.join(text_out))
    with open(os.path.join(HERE, style, 'gold.phrase'), 'w', encoding='ascii', newline='\n') as fh:
        fh.write('\n'.join(gold_out) + '\n')


def main():
    for i, (style, base) in enumerate(STYLES):
        rng = random.Random(SEED * 10 + i)
        write_style(style, make_style(style, base, rng))


if __name__ == '__main__':
    main()
