#!/usr/bin/env python3
"""Generator of deid-styles-dev-11 (DEVELOPMENT set). Python 3 stdlib only, fixed seed, deterministic:
re-running it writes identical bytes. Writes <style>/notes.text (PhysioNet layout) and <style>/gold.phrase
(`<patient> <note> <start> <end> <Category> <phrase>`, 0-based end-exclusive offsets into the body)."""
import datetime
import os
import random
import re

import pools
import templates

HERE = os.path.dirname(os.path.abspath(__file__))
SEED = 20261211
STYLES = [('research-coordinator', 11001), ('correctional-health', 11101),
          ('ent-audiology', 11201), ('nutrition-bariatric', 11301)]
TOKEN_RE = re.compile(r'\{([a-z]+)(\d?)(?:\.([A-Za-z]+))?(?::([^}]*))?\}')
HCP_KINDS = {'dr', 'rn', 'cra', 'co', 'aud', 'sw', 'st', 'np', 'rd', 'pi', 'sc', 'int', 'tch', 'coach', 'sup'}
LAY_KINDS = {'rel', 'lay'}
MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October',
          'November', 'December']


def ordinal(n):
    return f'{n}{"th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")}'


def fmt_date(d, f):
    m, dd, y = d.month, d.day, d.year
    mon = MONTHS[m - 1]
    return {
        'us': f'{m:02d}/{dd:02d}/{y}', 'us2': f'{m:02d}/{dd:02d}/{y % 100:02d}', 'md': f'{m}/{dd}',
        'iso': f'{y}-{m:02d}-{dd:02d}', 'dmy': f'{dd:02d}-{mon[:3].upper()}-{y}', 'mdy': f'{mon[:3]} {dd}, {y}',
        'long': f'{mon} {dd}', 'dlong': f'{dd} {mon} {y}', 'dot': f'{m}.{dd}.{y % 100:02d}',
        'mabbr': f'{mon[:3]}. {dd}', 'dash': f'{m}-{dd}', 'ord': f'{mon[:3]} {ordinal(dd)}',
        'usn': f'{m}/{dd}/{y}', 'compact': f'{y}{m:02d}{dd:02d}',
    }[f]


DATE_FMTS = ['us', 'us2', 'md', 'iso', 'dmy', 'mdy', 'long', 'dlong', 'dot', 'mabbr', 'dash', 'ord', 'usn']


def misspell(rng, s):
    if len(s) < 5:
        return s
    i = rng.randrange(1, len(s) - 2)
    if s[i] == s[i + 1] or not s[i].isalpha() or not s[i + 1].isalpha():
        return s[:i] + s[i + 1:] if s[i].isalpha() else s
    return s[:i] + s[i + 1] + s[i] + s[i + 2:]


def acronym(name):
    words = [w for w in re.split(r'[\s-]+', name) if w[:1].isupper() and w not in ('St.', 'Of')]
    return ''.join(w[0] for w in words)


class Patient:
    def __init__(self, rng, style, pid):
        self.pid = pid
        self.sex = rng.choice('MF')
        self.first = rng.choice(pools.FIRST_M if self.sex == 'M' else pools.FIRST_F)
        self.last = rng.choice(pools.SURNAMES)
        self.mi = rng.choice('ABCDEFGHJKLMNPRSTW')
        lo, hi = templates.AGE_RANGE[style]
        self.age = rng.randint(lo, hi) if rng.random() > templates.OLD_SHARE[style] else rng.randint(90, 101)
        base = datetime.date(2026, 1, 5) + datetime.timedelta(days=rng.randint(0, 300))
        self.dob = base - datetime.timedelta(days=365 * self.age + rng.randint(1, 360))
        self.visits = [base]
        self.mrn = str(rng.randint(1000000, 9999999))
        self.town = rng.choice(pools.TOWNS)
        self.history = []  # rendered blocks of earlier notes: (text-segments)
        self.ents = {}  # entities kept across a patient's notes (relatives, subject id, inmate number)


class Note:
    def __init__(self, rng, style, pt, idx, visit):
        self.rng, self.style, self.pt, self.idx, self.visit = rng, style, pt, idx, visit
        self.ents = {}
        self.date_fmt = rng.choice(DATE_FMTS)

    # ---- entities ---------------------------------------------------------------
    def person(self, key):
        keep = self.pt.ents if key.startswith(('rel', 'lay', 'pi', 'sc')) else self.ents
        if key not in keep:
            rng = self.rng
            used = {(p['first'], p['last']) for p in list(self.ents.values()) + list(self.pt.ents.values()) if isinstance(p, dict)}
            while True:
                sex = rng.choice('MF')
                p = {'first': rng.choice(pools.FIRST_M if sex == 'M' else pools.FIRST_F),
                     'last': rng.choice(pools.SURNAMES), 'mi': rng.choice('ABCDEFGHJKLMNPRSTW'), 'sex': sex}
                if key.startswith('rel') and rng.random() < 0.5:
                    p['last'] = self.pt.last
                if (p['first'], p['last']) not in used and p['last'] != self.pt.last or key.startswith('rel'):
                    break
            keep[key] = p
        return keep[key]

    def inst(self, key, kind):
        keep = self.pt.ents if kind in ('sponsor', 'cro', 'irb', 'fac', 'school', 'employer', 'insurer', 'bari', 'gym') else self.ents
        if key not in keep:
            taken = set(v for v in keep.values() if isinstance(v, str))
            choices = [x for x in pools.INSTITUTIONS[kind] if x not in taken] or pools.INSTITUTIONS[kind]
            keep[key] = self.rng.choice(choices)
        return keep[key]

    def date_near(self, lo, hi, f=None):
        d = self.visit + datetime.timedelta(days=self.rng.randint(lo, hi))
        return fmt_date(d, f or (self.date_fmt if self.rng.random() < 0.6 else self.rng.choice(DATE_FMTS)))

    # ---- tokens -------------------------------------------------------------------
    def token(self, kind, num, fmt, arg):
        rng = self.rng
        key = kind + (num or '1')
        if kind == 'pt':
            p = {'first': self.pt.first, 'last': self.pt.last, 'mi': self.pt.mi}
            return self.name_segs(p, fmt or 'full', 'PTName', 'PTNameInitial')
        if kind in HCP_KINDS:
            return self.name_segs(self.person(key), fmt or 'rand', 'HCPName', 'HCPName')
        if kind in LAY_KINDS:
            return self.name_segs(self.person(key), fmt or 'full', 'RelativeProxyName', 'RelativeProxyName')
        if kind in pools.INSTITUTIONS:
            name = self.inst(key, kind)
            if fmt == 'acr':
                return [(acronym(name), 'Location')]
            if fmt == 'miss':
                return [(misspell(rng, name), 'Location')]
            return [(name, 'Location')]
        if kind == 'town':
            if key not in self.ents:
                self.ents[key] = self.pt.town if num in ('', '1') else rng.choice(pools.TOWNS)
            t = self.ents[key]
            return [(misspell(rng, t) if fmt == 'miss' else t, 'Location')]
        if kind == 'state':
            return [(rng.choice(pools.STATE_ABBR if fmt != 'long' else pools.STATES), 'Location')]
        if kind == 'zip':
            return [(f'{rng.randint(10000, 99899):05d}', 'Location')]
        if kind == 'street':
            return [(f'{rng.randint(2, 9899)} {rng.choice(pools.STREETS)}', 'Location')]
        if kind == 'vdate':
            return [(fmt_date(self.visit, fmt or self.date_fmt), 'Date')]
        if kind == 'date':
            bits = (arg or '-400:-2').split(':')
            return [(self.date_near(int(bits[0]), int(bits[1]), bits[2] if len(bits) > 2 else fmt), 'Date')]
        if kind == 'dtime':
            lo, hi = (int(x) for x in (arg or '-3:0').split(':'))
            d = self.date_near(lo, hi, fmt or rng.choice(['us', 'md', 'iso', 'us2', 'usn']))
            return [(d + rng.choice([' ', ' @ ', ' at ', ' ']) + self.time(), 'Date')]
        if kind == 'dob':
            return [(fmt_date(self.pt.dob, fmt or rng.choice(['us', 'usn', 'iso', 'dmy', 'mdy'])), 'Date')]
        if kind == 'my':
            d = self.visit - datetime.timedelta(days=rng.randint(60, 1500))
            f = rng.choice(['{M} {Y}', '{m}/{Y}', "{Mb} '{y}", '{Mb} {Y}'])
            return [(f.format(M=MONTHS[d.month - 1], m=d.month, Y=d.year, Mb=MONTHS[d.month - 1][:3], y=f'{d.year % 100:02d}'), 'Date')]
        if kind == 'year':
            y = self.visit.year - rng.randint(1, 30)
            return [(f"'{y % 100:02d}" if rng.random() < 0.2 else str(y), 'DateYear')]
        if kind == 'age':
            return [(str(self.pt.age), 'Age' if self.pt.age >= 90 else None)]
        if kind == 'phone':
            return [(self.phone(fmt), 'Phone')]
        if kind == 'ext':
            return [(rng.choice(['ext ', 'ext. ', 'x', 'X', 'x ']) + str(rng.randint(1000, 9999)), 'Phone')]
        if kind == 'pager':
            return [(rng.choice(['#', 'p', '', '4-', 'x']) + str(rng.randint(1000, 99999)), 'Phone')]
        if kind == 'mrn':
            return [(rng.choice(['', '00', 'M', 'E']) + self.pt.mrn, 'Other')]
        if kind in ('subj', 'scr', 'site', 'inmate', 'booking'):
            return [(self.pt_id(kind), 'Other')]
        if kind == 'badge':
            return [(str(rng.randint(100, 9999)), 'Other')]
        if kind == 'member':
            return [(rng.choice(['XJH', 'KM', 'W', 'PSI', 'BH']) + str(rng.randint(10 ** 7, 10 ** 9)), 'Other')]
        if kind == 'acc':
            return [(rng.choice(['KT', 'LK-', 'A', 'ACC']) + str(rng.randint(10 ** 5, 10 ** 8)), 'Other')]
        if kind == 'docket':
            return [(f'{rng.choice(["CR", "CF", "MD"])}-{self.visit.year % 100}-{rng.randint(100, 99999):05d}', 'Other')]
        if kind == 'email':
            p = self.person(arg) if arg != 'pt' else {'first': self.pt.first, 'last': self.pt.last}
            dom = rng.choice(['mailbox.net', 'quickpost.com', 'inkwell.me', 'post-owl.net'] if arg == 'pt' else
                             ['halvardcr.com', 'meridiantp.org', 'northwold.edu', 'cobaltcro.com', 'ridgebury-ent.org',
                              'hbi-health.org', 'sentinel-irb.org'])
            local = rng.choice([f"{p['first'][0]}.{p['last']}", f"{p['first']}{p['last'][0]}", f"{p['first']}.{p['last']}{rng.randint(1, 99)}"]).lower()
            return [(f'{local}@{dom}', 'Other')]
        # ---- not PHI ----
        if kind == 'n':
            lo, hi = (int(x) for x in arg.split('-'))
            return [(str(rng.randint(lo, hi)), None)]
        if kind == 'f':
            lo, hi = (float(x) for x in arg.split('-'))
            return [(f'{rng.uniform(lo, hi):.1f}', None)]
        if kind == 'pick':
            return [(rng.choice(arg.split('|')), None)]
        if kind == 't':
            return [(self.time(), None)]
        if kind == 'sex':
            return [(self.pt.sex if fmt != 'word' else {'M': 'male', 'F': 'female'}[self.pt.sex], None)]
        if kind == 'he':
            return [({'M': 'he', 'F': 'she'}[self.pt.sex], None)]
        if kind == 'his':
            return [({'M': 'his', 'F': 'her'}[self.pt.sex], None)]
        if kind == 'mr':
            return [({'M': 'Mr.', 'F': 'Ms.'}[self.pt.sex], None)]
        if kind == 'nn':
            return [(str(self.idx + 1), None)]
        raise KeyError(kind)

    def time(self):
        rng = self.rng
        h, m = rng.randint(0, 23), rng.randint(0, 59)
        return rng.choice([f'{h:02d}{m:02d}', f'{h:02d}:{m:02d}', f'{(h % 12) or 12}:{m:02d} {"AM" if h < 12 else "PM"}',
                           f'{(h % 12) or 12}:{m:02d}{"a" if h < 12 else "p"}'])

    def phone(self, fmt):
        rng = self.rng
        a, b, c = rng.randint(201, 989), rng.randint(201, 989), rng.randint(0, 9999)
        return rng.choice([f'({a}) {b}-{c:04d}', f'{a}-{b}-{c:04d}', f'{a}.{b}.{c:04d}', f'{a}{b}{c:04d}',
                           f'+1 {a} {b} {c:04d}', f'{a}/{b}-{c:04d}', f'{b}-{c:04d}'])

    def pt_id(self, kind):
        rng = self.rng
        if kind not in self.pt.ents:
            site = self.pt.ents.setdefault('site', str(rng.randint(101, 989)))
            self.pt.ents[kind] = {
                'site': site,
                'subj': rng.choice([f'{site}-{rng.randint(1, 99):04d}', f'{site}{rng.randint(1, 99):03d}', f'S{site}-{rng.randint(1, 60):03d}']),
                'scr': rng.choice([f'SCR-{site}-{rng.randint(1, 300):03d}', f'{site}-S{rng.randint(1, 99):02d}']),
                'inmate': rng.choice([f'{rng.randint(100000, 9999999)}', f'A-{rng.randint(100000, 999999)}', f'{rng.randint(10, 99)}-{rng.randint(1000, 9999)}']),
                'booking': rng.choice([f'BK{self.visit.year % 100}-{rng.randint(1, 99999):05d}', f'{self.visit.year}-{rng.randint(1000, 99999)}']),
            }[kind]
        return self.pt.ents[kind]

    def name_segs(self, p, fmt, cat, icat):
        rng = self.rng
        if fmt == 'rand':
            fmt = rng.choice(['full', 'fml', 'il', 'last', 'full', 'fi'])
        f, l, mi = p['first'], p['last'], p['mi']
        if fmt == 'full':
            return [(f'{f} {l}', cat)]
        if fmt == 'fml':
            return [(f'{f} {mi}. {l}', cat)]
        if fmt == 'il':
            return [(f'{f[0]}. {l}', cat)]
        if fmt == 'fi':
            return [(f'{f} {l[0]}.', cat)]
        if fmt == 'last':
            return [(l, cat)]
        if fmt == 'first':
            return [(f, cat)]
        if fmt == 'upper':
            return [(l.upper(), cat)]
        if fmt == 'miss':
            return [(misspell(rng, l), cat)]
        if fmt == 'lf':
            return [(l, cat), (', ', None), (f, cat)]
        if fmt == 'LF':
            return [(l.upper(), cat), (',', None), (f.upper(), cat)]
        if fmt == 'lfm':
            return [(l, cat), (', ', None), (f'{f} {mi}.', cat)]
        if fmt == 'ini':
            return [(f'{f[0]}{mi}{l[0]}', icat)]
        if fmt == 'inil':
            return [(f'{f[0]}{l[0]}'.lower(), icat)]
        if fmt == 'inid':
            return [(f'{f[0]}.{l[0]}.', icat)]
        raise KeyError(fmt)

    def render(self, tpl):
        segs, pos = [], 0
        for m in TOKEN_RE.finditer(tpl):
            if m.start() > pos:
                segs.append((tpl[pos:m.start()], None))
            segs.extend(self.token(m.group(1), m.group(2), m.group(3), m.group(4)))
            pos = m.end()
        segs.append((tpl[pos:], None))
        return segs


def cond_ok(cond, pt):
    return {'': True, 'kid': pt.age < 19, 'adult': pt.age >= 19, 'old': pt.age >= 65, 'later': True,
            'female': pt.sex == 'F'}[cond]


def split_cond(t):
    m = re.match(r'^\[(\w+)\]', t)
    return (m.group(1), t[m.end():]) if m else ('', t)


def stats(segs):
    text = ''.join(s for s, _ in segs)
    return sum(1 for ln in text.split('\n') if ln.strip()), sum(1 for _, c in segs if c)


def build_note(rng, style, pt, idx):
    T = templates.STYLES[style]
    case = 'none'
    r = rng.random()
    if r < 0.15:
        case = 'lower'
    elif r < 0.15 + T['upper_share']:
        case = 'upper'
    for attempt in range(400):
        visit = pt.visits[idx]
        note = Note(rng, style, pt, idx, visit)
        parts, blocks = [], []
        heads = [split_cond(h)[1] for h in T['header'] if cond_ok(split_cond(h)[0], pt)]
        parts.append(note.render(rng.choice(heads)))
        body = [b for b in T['body'] if cond_ok(split_cond(b)[0], pt) and (split_cond(b)[0] != 'later' or idx > 0)]
        k = rng.randint(4, 8)
        chosen = sorted(rng.sample(range(len(body)), min(k, len(body))))
        free = rng.sample(T['free'], rng.randint(3, 7))
        copied = []
        if idx > 0 and case == 'none' and pt.history and rng.random() < 0.85:
            copied = rng.sample(pt.history, min(len(pt.history), rng.randint(1, 2)))
        for j, ci in enumerate(chosen):
            segs = note.render(split_cond(body[ci])[1])
            blocks.append(segs)
            parts.append(segs)
            if free and rng.random() < 0.6:
                parts.append([(free.pop() + '\n', None)])
            if j == 0 and copied:
                for cb in copied:
                    parts.append([(rng.choice(T['tags']) + '\n', None)])
                    parts.append(cb)
        for fl in free:
            parts.insert(rng.randint(2, len(parts)), [(fl + '\n', None)])
        parts.append(note.render(rng.choice(T['signoff'])))
        segs = [s for p in parts for s in p]
        lines, nspans = stats(segs)
        if 15 <= lines <= 40 and 8 <= nspans <= 30:
            break
    else:
        raise RuntimeError(f'cannot build note for {pt.pid}')
    pt.history.extend(b for b in blocks if stats(b)[1] > 0)
    if case != 'none':
        segs = [(s.lower() if case == 'lower' else s.upper(), c) for s, c in segs]
    return segs


def main():
    rng = random.Random(SEED)
    for style, first_id in STYLES:
        notes = []
        pid = first_id
        while len(notes) < 30:
            pt = Patient(rng, style, str(pid))
            n = min(rng.choice([1, 1, 2, 2, 3]), 30 - len(notes))
            for i in range(1, n):
                pt.visits.append(pt.visits[-1] + datetime.timedelta(days=rng.randint(3, 120)))
            for i in range(n):
                notes.append((pt.pid, i + 1, build_note(rng, style, pt, i)))
            pid += 1
        out_text, out_gold = [], []
        for p, n, segs in notes:
            body, pos = [], 0
            for s, c in segs:
                if c:
                    st = len(s) - len(s.lstrip())
                    en = len(s.rstrip())
                    out_gold.append(f'{p} {n} {pos + st} {pos + en} {c} {s.strip()}')
                body.append(s)
                pos += len(s)
            out_text.append(f'START_OF_RECORD={p}||||{n}||||\n' + ''.join(body) + '||||END_OF_RECORD\n')
        os.makedirs(os.path.join(HERE, style), exist_ok=True)
        with open(os.path.join(HERE, style, 'notes.text'), 'w', encoding='ascii', newline='\n') as fh:
            fh.write(''.join(out_text))
        with open(os.path.join(HERE, style, 'gold.phrase'), 'w', encoding='ascii', newline='\n') as fh:
            fh.write('\n'.join(out_gold) + '\n')


if __name__ == '__main__':
    main()
