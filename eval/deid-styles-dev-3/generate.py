#!/usr/bin/env python3
"""Generates deid-styles-dev-3: four styles x 30 invented clinical notes with gold PHI spans.
Python 3 stdlib only; deterministic (seed 20261204). Writes <style>/notes.text and <style>/gold.phrase.
Placeholders in templates.py are {KEY} or {KEY.form}; a trailing ^ upper-cases, _ lower-cases the value."""
import datetime
import os
import random
import re
import sys
sys.dont_write_bytecode = True

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import pools as P  # noqa: E402
from templates import POOLS, STYLES  # noqa: E402

SEED = 20261204
PATIENT_BASE = 4001
MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September',
          'October', 'November', 'December']
PH = re.compile(r'\{([A-Za-z0-9_.:~+\-]+[\^_]?)\}')


def ordinal(n):
    return f'{n}{"th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")}'


class Person:
    def __init__(self, rng, cat, surname=None):
        self.cat = cat
        self.first = rng.choice(P.FIRST + P.EXTRA_FIRST_NICK)
        self.last = surname or rng.choice(P.SURNAME)
        self.mi = rng.choice('ABCDEFGHJKLMNPRSTVW')
        self.with_mi = rng.random() < 0.35
        self.nick = P.NICK.get(self.first, self.first)

    def forms(self, form, rng):
        c = self.cat
        if form == '':
            return [(f'{self.first} {self.mi}. {self.last}' if self.with_mi else f'{self.first} {self.last}', c)]
        if form == 'fml':
            return [(f'{self.first} {self.mi}. {self.last}', c)]
        if form == 'fl':
            return [(f'{self.first} {self.last}', c)]
        if form == 'l':
            return [(self.last, c)]
        if form == 'f':
            return [(self.first, c)]
        if form == 'n':
            return [(self.nick, c)]
        if form == 'nq':  # nickname in quotes inside a full name: First "Nick" Last -> one span
            if self.nick == self.first:
                return [(f'{self.first} {self.last}', c)]
            return [(f'{self.first} "{self.nick}" {self.last}', c)]
        if form == 'lf':
            return [(self.last, c), (', ', None), (self.first, c)]
        if form == 'lfm':
            return [(self.last, c), (', ', None), (f'{self.first} {self.mi}.', c)]
        if form == 'fi':
            return [(f'{self.first[0]}. {self.last}', c)]
        if form == 'i':  # initials
            ini = self.first[0] + (self.mi if self.with_mi else '') + self.last.replace("'", '').replace(' ', '')[0].upper()
            if c == 'PTName':
                return [('.'.join(ini) + '.', 'PTNameInitial')]
            return [(ini.upper(), c)]
        if form == 'il':
            return [((self.first[0] + self.last.replace(' ', '')[0]).lower(), c)]
        raise KeyError(form)


class Note:
    def __init__(self, rng, style, patient, visit):
        self.rng, self.style, self.pt, self.visit = rng, style, patient, visit
        self.people = {'P': patient.person, 'R1': patient.rel1, 'R2': patient.rel2}
        self.places = {}
        self.date_fmt = rng.randrange(6)
        self.time = f'{rng.randrange(6, 22):02d}:{rng.choice(["00", "05", "10", "15", "20", "30", "40", "45", "50"])}'

    # ---- dates ----
    def fmt_date(self, d, kind=None):
        r = self.rng
        k = self.date_fmt if kind is None else kind
        if k == 0:
            return f'{d.month:02d}/{d.day:02d}/{d.year}'
        if k == 1:
            return f'{d.month}/{d.day}/{d.year % 100:02d}'
        if k == 2:
            return f'{MONTHS[d.month - 1]} {d.day}, {d.year}'
        if k == 3:
            return f'{d.day}-{MONTHS[d.month - 1][:3]}-{d.year % 100:02d}'
        if k == 4:
            return f'{d.year}-{d.month:02d}-{d.day:02d}'
        if k == 5:
            return f'{d.month}/{d.day}/{d.year}'
        if k == 6:
            return f'{d.month}/{d.day}'
        if k == 7:
            return f'{MONTHS[d.month - 1][:3]} {d.day}'
        if k == 8:
            return f'{ordinal(d.day)} of {MONTHS[d.month - 1]}'
        if k == 9:
            return f'{d.day:02d}.{d.month:02d}.{d.year}'
        if k == 10:
            return f'{MONTHS[d.month - 1][:3]} {d.year}' if r.random() < 0.5 else f'{MONTHS[d.month - 1]} {d.year}'
        if k == 11:
            return f'{d.month}-{d.day}'
        return f'{d.month}/{d.day}/{d.year}'

    def date(self, key):
        r, v = self.rng, self.visit
        base, _, form = key.partition('.')
        if base == 'V':
            d = v
        elif base == 'DP':
            d = v - datetime.timedelta(days=r.randrange(2, 420))
        elif base == 'DR':  # recent past
            d = v - datetime.timedelta(days=r.randrange(1, 21))
        elif base == 'DF':
            d = v + datetime.timedelta(days=r.randrange(3, 120))
        elif base == 'DOB':
            d = datetime.date(r.randrange(1931, 2012), r.randrange(1, 13), r.randrange(1, 29))
        else:
            raise KeyError(key)
        kinds = {'': None, 'md': 6, 'mon': 7, 'long': 2, 'ord': 8, 'dot': 9, 'my': 10, 'dash': 11, 'iso': 4,
                 'any': r.choice([0, 1, 2, 3, 5, 6, 7, 9, 11])}
        txt = self.fmt_date(d, kinds[form])
        return [(txt, 'Date')]

    # ---- places ----
    def place(self, base, form):
        r = self.rng
        style_pool = {'oral-surgery': (P.ORAL, P.ORAL_ACR), 'eye-clinic': (P.EYE, P.EYE_ACR),
                      'neurodiagnostics': (P.NEURO, P.NEURO_ACR), 'home-health': (P.AGENCIES, P.AGENCY_ACR)}
        if base not in self.places:
            taken = set(self.places.values())
            def pick(lst):
                cand = [x for x in lst if x not in taken] or lst
                return r.choice(cand)
            if base == 'H' or base == 'H2':
                self.places[base] = pick(P.HOSPITALS)
            elif base in ('C', 'C2', 'C3'):
                self.places[base] = pick(style_pool[self.style][0])
            elif base == 'A' or base == 'A2':
                self.places[base] = pick(P.AGENCIES)
            elif base == 'TR':
                self.places[base] = pick(P.TRANSPORT)
            elif base == 'NH':
                self.places[base] = pick(P.NURSING)
            elif base == 'PH':
                self.places[base] = pick(P.PHARMACIES)
            elif base == 'DME':
                self.places[base] = pick(P.DME)
            elif base == 'LAB':
                self.places[base] = pick(P.LABS)
            elif base == 'EMP':
                self.places[base] = pick(P.EMPLOYERS)
            elif base == 'INS':
                self.places[base] = pick(P.INSURERS)
            elif base == 'SCH':
                self.places[base] = pick(P.SCHOOLS)
            elif base == 'CH':
                self.places[base] = pick(P.CHURCHES)
            elif base in ('T1', 'T2', 'T3'):
                self.places[base] = pick(P.TOWNS)
            elif base == 'ST':
                self.places[base] = r.choice(P.STATES)
            elif base == 'STR':
                self.places[base] = f'{r.randrange(3, 2900)} {r.choice(P.STREET_NAMES)}'
            elif base == 'ZIP':
                self.places[base] = f'0{r.randrange(1000, 9999)}'
            else:
                raise KeyError(base)
        val = self.places[base]
        if isinstance(val, tuple):
            val = val[1] if form == 'a' else val[0]
        elif form == 'a':
            acr = {**P.ORAL_ACR, **P.EYE_ACR, **P.NEURO_ACR, **P.AGENCY_ACR}.get(val)
            val = acr or val
        if form == 'x':  # as staff type it: lower case or a slip of the keyboard
            if r.random() < 0.5:
                val = val.lower()
            else:
                i = r.randrange(1, max(2, len(val) - 1))
                if val[i].isalpha():
                    val = val[:i] + val[i + 1:] if r.random() < 0.5 else val[:i] + val[i] + val[i:]
        return [(val, 'Location')]

    # ---- numbers ----
    def number(self, base):
        r = self.rng
        a = r.choice(['617', '508', '413', '802', '603', '207', '401', '860', '978', '774'])
        if base == 'phone':
            x, y = r.randrange(200, 999), r.randrange(0, 9999)
            f = r.randrange(6)
            s = [f'({a}) {x}-{y:04d}', f'{a}-{x}-{y:04d}', f'{a}.{x}.{y:04d}', f'{a} {x} {y:04d}',
                 f'1-{a}-{x}-{y:04d}', f'{a}/{x}-{y:04d}'][f]
            return [(s, 'Phone')]
        if base == 'phone7':
            return [(f'{r.randrange(200, 999)}-{r.randrange(0, 9999):04d}', 'Phone')]
        if base == 'tollfree':
            return [(f'1-{r.choice(["800", "888", "877"])}-{r.randrange(200, 999)}-{r.randrange(0, 9999):04d}', 'Phone')]
        if base == 'ext':
            return [(str(r.randrange(1000, 9999)), 'Phone')]
        if base == 'pager':
            return [(r.choice([f'{r.randrange(1, 9)}-{r.randrange(1000, 9999)}', f'{r.randrange(10000, 99999)}']), 'Phone')]
        if base == 'mrn':
            return [(r.choice([f'{r.randrange(10**6, 10**7)}', f'{r.randrange(10**7, 10**8):08d}',
                               f'MR{r.randrange(10**5, 10**6)}', f'{r.randrange(100, 999)}-{r.randrange(10, 99)}-{r.randrange(1000, 9999)}']), 'Other')]
        if base == 'acct':
            return [(f'{r.choice("ABHKV")}{r.randrange(10**7, 10**8)}', 'Other')]
        if base == 'acc':
            return [(f'{r.choice(["PSG", "EEG", "NCS", "HST", "OCT", "OS", "DX"])}-{r.randrange(20, 26)}-{r.randrange(1000, 99999):05d}', 'Other')]
        if base == 'job':
            return [(str(r.randrange(100000, 999999)), 'Other')]
        if base == 'npi':
            return [(f'1{r.randrange(10**8, 10**9)}', 'Other')]
        if base == 'claim':
            return [(f'{r.randrange(10**9, 10**10)}', 'Other')]
        if base == 'member':
            return [(f'{r.choice(["XJH", "MBX", "W", "YKA", "HP"])}{r.randrange(10**6, 10**9)}', 'Other')]
        if base == 'age90':
            return [(str(r.randrange(90, 104)), 'Age')]
        raise KeyError(base)

    def email(self, key):
        who = self.people[key.split(':')[1]]
        dom = self.rng.choice(['gmail.com', 'yahoo.com', 'comcast.net', 'hfrmc.org', 'outlook.com', 'vnagr.org'])
        u = self.rng.choice([f'{who.first[0]}{who.last}', f'{who.first}.{who.last}', f'{who.last}{self.rng.randrange(10, 99)}'])
        u = re.sub(r"[^A-Za-z0-9.]", '', u).lower()
        return [(f'{u}@{dom}', 'Other')]

    # ---- not PHI look-alikes ----
    def nonphi(self, base):
        r = self.rng
        if base == 'time':
            return f'{r.randrange(6, 23):02d}{r.choice(["00", "15", "20", "30", "45", "52"])}' if r.random() < 0.4 else \
                f'{r.randrange(1, 12)}:{r.choice(["00", "15", "30", "45", "10"])} {r.choice(["am", "pm", "AM", "PM"])}'
        if base == 'day':
            return r.choice(['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'])
        if base == 'age':
            return str(r.randrange(19, 89))
        if base == 'lot':
            return r.choice([f'{r.choice("HKLMA")}{r.randrange(1000, 9999)}{r.choice("ABCX")}',
                             f'{r.randrange(10**5, 10**6)}', f'{r.choice(["EK", "FH", "LL"])}{r.randrange(100, 999)}-{r.randrange(10, 99)}'])
        if base == 'va':
            return f'20/{r.choice([20, 25, 30, 40, 50, 60, 70, 80, 100, 200, 400])}{r.choice(["", "", "-1", "-2", "+2"])}'
        if base == 'iop':
            return str(r.randrange(9, 31))
        if base == 'tooth':
            return str(r.choice(list(range(1, 33))))
        if base == 'bp':
            return f'{r.randrange(96, 178)}/{r.randrange(52, 98)}'
        if base == 'hr':
            return str(r.randrange(52, 118))
        if base == 'spo2':
            return str(r.randrange(84, 100))
        if base == 'ahi':
            return f'{r.randrange(2, 78)}.{r.randrange(10)}'
        if base == 'room':
            return r.choice(['rm 4', 'Room 2', 'bed 7', 'op 3', 'Suite 210', 'lab room B', 'Op #2', 'exam 5'])
        if base == 'wt':
            return str(r.randrange(98, 310))
        if base == 'n':
            return str(r.randrange(2, 12))
        if base == 'pct':
            return str(r.randrange(70, 99))
        if base == 'cm':
            return str(r.randrange(4, 16))
        if base == 'pres':
            return str(r.randrange(5, 18))
        raise KeyError(base)

    def expand(self, key):
        mod = None
        if key.endswith('^') or key.endswith('_'):
            key, mod = key[:-1], key[-1]
        if key.startswith('~'):
            pieces = [(self.nonphi(key[1:]), None)]
        elif key.startswith('email:'):
            pieces = self.email(key)
        else:
            base, _, form = key.partition('.')
            if base in self.people or re.fullmatch(r'D\d|X\d', base):
                if base not in self.people:
                    self.people[base] = Person(self.rng, 'HCPName')
                pieces = self.people[base].forms(form, self.rng)
            elif base == 'AGEX':  # an age that is PHI only when >= 90
                pieces = self.number('age90') if self.rng.random() < 0.35 else [(self.nonphi('age'), None)]
            elif base == 'HCP':  # a one-off staff name
                pieces = Person(self.rng, 'HCPName').forms(form, self.rng)
            elif base in ('V', 'DP', 'DR', 'DF', 'DOB'):
                pieces = self.date(key)
            elif base == 'DT':
                d = self.visit - datetime.timedelta(days=self.rng.choice([0, 0, 1]))
                pieces = [(f'{self.fmt_date(d, self.rng.choice([0, 1, 5]))} {self.nonphi("time")}', 'Date')]
            elif base == 'YR':
                y = self.rng.randrange(1968, self.visit.year)
                txt = str(y) if form == '' else f"'{y % 100:02d}"
                pieces = [(txt, 'DateYear')]
            elif base in ('phone', 'phone7', 'tollfree', 'ext', 'pager', 'mrn', 'acct', 'acc', 'job', 'npi', 'claim', 'member', 'age90'):
                pieces = self.number(base)
            else:
                pieces = self.place(base, form)
        if mod == '^':
            pieces = [(t.upper(), c) for t, c in pieces]
        elif mod == '_':
            pieces = [(t.lower(), c) for t, c in pieces]
        return pieces

    def render_line(self, line):
        out, pos = [], 0
        for m in PH.finditer(line):
            if m.start() > pos:
                out.append((line[pos:m.start()], None))
            out.extend(self.expand(m.group(1)))
            pos = m.end()
        if pos < len(line):
            out.append((line[pos:], None))
        return out


class Patient:
    def __init__(self, rng, number):
        self.number = number
        self.person = Person(rng, 'PTName')
        self.rel1 = Person(rng, 'RelativeProxyName', self.person.last if rng.random() < 0.5 else None)
        self.rel2 = Person(rng, 'RelativeProxyName', self.person.last if rng.random() < 0.4 else None)
        self.notes = []


def render_note(rng, style, spec, patient, visit, prev_lines):
    note = Note(rng, style, patient, visit)
    fill = spec['fill']
    lines = []
    for raw in spec_template_lines(spec['tpl']):
        m = re.fullmatch(r'\{FILL(\d)?\}', raw.strip())
        if m:
            k = int(m.group(1) or rng.randrange(1, 4))
            for f in rng.sample(fill, k):
                lines.append(note.render_line(f))
        else:
            lines.append(note.render_line(raw))
    while len(lines) < 15:  # short renderings get more PHI-free clinical lines before the sign-off
        used = {''.join(t for t, _ in ln) for ln in lines}
        spare = [f for f in fill if f not in used and '{' not in f] or fill
        lines.insert(len(lines) - 2, note.render_line(rng.choice(spare)))
    # copy-forward: a block of the patient's earlier note pasted under a marker
    if prev_lines and rng.random() < 0.6:
        cand = [i for i, ln in enumerate(prev_lines) if any(c for _, c in ln)]
        if cand:
            i = rng.choice(cand[:-1] or cand)
            block = prev_lines[i:i + rng.randrange(2, 5)]
            marker = note.render_line(rng.choice(['--- copied forward from note of {DP} ---',
                                                  '(carried forward from prior visit {DP.md})',
                                                  'Prior note ({DP}) for reference:', '*** previous entry ***']))
            at = min(len(lines), max(3, len(lines) // 2))
            lines[at:at] = [marker] + block + [[('---', None)]]
    case = spec.get('case', 'mixed')
    if case == 'lower' or (case == 'some-lower' and rng.random() < 0.4):
        lines = [[(t.lower(), c) for t, c in ln] for ln in lines]
    elif case == 'upper':
        lines = [[(t.upper(), c) for t, c in ln] for ln in lines]
    return lines


def spec_template_lines(tpl):
    return tpl.strip('\n').split('\n')


def flatten(lines):
    body, spans = '', []
    for ln in lines:
        for t, c in ln:
            if c and t.strip():
                lead = len(t) - len(t.lstrip())
                spans.append((len(body) + lead, len(body) + lead + len(t.strip()), c, t.strip()))
            body += t
        body += '\n'
    return body.rstrip('\n'), spans


def main():
    rng = random.Random(SEED)
    pnum = PATIENT_BASE
    for style, spec in STYLES.items():
        os.makedirs(os.path.join(HERE, style), exist_ok=True)
        tpls = spec['templates']
        order = list(range(len(tpls)))
        rng.shuffle(order)
        order = (order * 3)[:30]
        notes_out, gold_out, made = [], [], 0
        while made < 30:
            pt = Patient(rng, pnum)
            pnum += 1
            k = min(30 - made, rng.choice([1, 1, 2, 2, 3]))
            visit = datetime.date(rng.randrange(2019, 2026), rng.randrange(1, 13), rng.randrange(1, 29))
            prev = None
            for j in range(k):
                t = tpls[order[made]]
                for _ in range(200):
                    lines = render_note(rng, style, {'tpl': t['tpl'], 'fill': POOLS.get(t.get('pool'), spec['fill']), 'case': t.get('case', 'mixed')}, pt, visit, prev)
                    body, spans = flatten(lines)
                    if 8 <= len(spans) <= 30 and 15 <= body.count('\n') + 1 <= 40:
                        break
                else:
                    raise SystemExit(f'{style} template {t["name"]}: cannot fit span/line limits ({len(spans)} spans, {body.count(chr(10)) + 1} lines)')
                notes_out.append(f'START_OF_RECORD={pt.number}||||{j + 1}||||\n{body}\n||||END_OF_RECORD\n')
                for s, e, c, ph in spans:
                    gold_out.append(f'{pt.number} {j + 1} {s} {e} {c} {ph}\n')
                prev = lines
                made += 1
                visit = visit + datetime.timedelta(days=rng.randrange(5, 200))
        with open(os.path.join(HERE, style, 'notes.text'), 'w', encoding='utf-8', newline='\n') as fh:
            fh.write(''.join(notes_out))
        with open(os.path.join(HERE, style, 'gold.phrase'), 'w', encoding='utf-8', newline='\n') as fh:
            fh.write(''.join(gold_out))


if __name__ == '__main__':
    main()
