#!/usr/bin/env python3
"""Generates deid-styles-dev-19: four styles x 30 invented notes with gold PHI spans.
Python 3 stdlib only; fixed seed; deterministic. Run: python3 generate.py"""
import datetime
import os
import random
import re

import pools as P
import templates as T

SEED = 20261930
HERE = os.path.dirname(os.path.abspath(__file__))
# folder, first patient id, (share all-lower, share all-upper), days between notes, (age lo, hi, share >= 90)
STYLES = [('nuclear-medicine-pet', 19001, (0.0, 0.25), (14, 200), (34, 89, 0.15)),
          ('fertility-ivf-clinic', 19101, (0.0, 0.0), (3, 40), (26, 44, 0.0)),
          ('organ-donation-referral', 19201, (0.0, 0.55), (0, 2), (17, 74, 0.03)),
          ('memory-clinic-geriatric', 19301, (0.22, 0.0), (60, 200), (67, 89, 0.5))]
TOKEN = re.compile(r'\{(\w+)\}')
TRACK = re.compile(r'^\[([\w,]+)\]')
MON = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October',
       'November', 'December']
DAY = datetime.timedelta


def nth(n):
    return f'{n}' + ('th' if n % 100 in (11, 12, 13) else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th'))


def date_str(r, d, short=True):
    m, dd, y, mo = d.month, d.day, d.year, MON[d.month - 1]
    yy = y % 100
    forms = [f'{m}/{dd}/{y}', f'{m:02d}/{dd:02d}/{y}', f'{dd}-{mo[:3]}-{yy:02d}', f'{y}-{m:02d}-{dd:02d}',
             f'{mo} {dd}, {y}', f'{mo[:3]}. {dd}, {y}', f'{m}/{dd}/{yy:02d}', f'{dd}{mo[:3].upper()}{y}',
             f'{m}-{dd}-{y}', f'{dd} {mo[:3]} {y}', f'{mo} {nth(dd)}, {y}', f'{y}{m:02d}{dd:02d}', f'{m}.{dd}.{y}']
    if short:
        forms += [f'{m}/{dd}', f'{mo} {nth(dd)}', f'{mo[:3]} {dd}', f'{m:02d}/{dd:02d}', f'{dd}-{mo[:3]}']
    return r.choice(forms)


def date_time(r, d):
    h, mi = r.randint(0, 23), r.randint(0, 59)
    return r.choice([f'{d.month:02d}/{d.day:02d}/{d.year} {h:02d}:{mi:02d}', f'{d.year}-{d.month:02d}-{d.day:02d} {h:02d}{mi:02d}',
                     f'{d.month}/{d.day}/{d.year % 100:02d} {h:02d}{mi:02d}', f'{d.day:02d}-{MON[d.month - 1][:3]}-{d.year % 100:02d} {h:02d}:{mi:02d}',
                     f'{d.month}/{d.day}/{d.year} {(h % 12) or 12}:{mi:02d} {"AM" if h < 12 else "PM"}'])


def monyr(r, d):
    mo = MON[d.month - 1]
    return r.choice([f'{mo} {d.year}', f'{mo[:3]} {d.year}', f'{d.month}/{d.year}', f"{mo[:3]} '{d.year % 100:02d}",
                     f'{d.month:02d}/{d.year}', f'{mo[:3]}-{d.year % 100:02d}'])


def time_str(r):
    h, mi = r.randint(0, 23), r.randint(0, 59)
    return r.choice([f'{h:02d}{mi:02d}', f'{h:02d}:{mi:02d}', f'{(h % 12) or 12}:{mi:02d} {"am" if h < 12 else "pm"}',
                     f'{h:02d}:{mi:02d}'])


def phone_str(r):
    a, b, c = r.randint(220, 989), r.randint(230, 979), r.randint(0, 9999)
    return r.choice([f'({a}) {b}-{c:04d}', f'{a}-{b}-{c:04d}', f'{a}.{b}.{c:04d}', f'{b}-{c:04d}', f'1 ({a}) {b}-{c:04d}',
                     f'{a}{b}{c:04d}', f'({a}){b}-{c:04d}'])


class Person:
    def __init__(self, r, sex=None, last=None):
        self.sex = sex or r.choice('MF')
        self.first = r.choice(P.FIRST_F if self.sex == 'F' else P.FIRST_M)
        self.last = last or r.choice(P.SURNAMES)
        self.mi = r.choice(P.MIDDLE)

    def init(self, r):
        i = (self.first[0] + self.mi + self.last[0]).upper()
        return r.choice([i, i, i[0] + i[2]])


def one(t, cat):
    return [(t, cat)]


def shape(r, p, cat, comma=False, first=False):
    opts = ['fl', 'fl', 'fml', 'f.l', 'l']
    if comma:
        opts.append('l,f')
    if first:
        opts.append('f')
    s = r.choice(opts)
    if s == 'fl':
        return one(f'{p.first} {p.last}', cat)
    if s == 'fml':
        return one(f'{p.first} {p.mi}. {p.last}', cat)
    if s == 'f.l':
        return one(f'{p.first[0]}. {p.last}', cat)
    if s == 'l':
        return one(p.last, cat)
    if s == 'f':
        return one(p.first, cat)
    return [(p.last, cat), (', ', None), (p.first, cat)]


def lf(p, cat, r):
    return [(p.last, cat), (r.choice([', ', ',']), None), (p.first, cat)]


def rel_sex(word):
    w = word.lower()
    if w in ('wife', 'daughter', 'niece', 'granddaughter', 'mother', 'sister', 'fiancee'):
        return 'F'
    return 'M' if w in ('husband', 'son', 'stepson', 'nephew', 'father', 'brother') else None


class Patient:
    def __init__(self, r, pid, style, ages):
        lo, hi, p90 = ages
        self.pid, self.style = pid, style
        spec = T.STYLES[style]
        self.track = r.choice(spec['tracks'])
        self.age = r.randint(90, 101) if r.random() < p90 else r.randint(lo, hi)
        sex = 'F' if style == 'fertility-ivf-clinic' else r.choice('MF')
        self.p = Person(r, sex=sex)
        self.sex = sex
        self.start = datetime.date(2026, r.randint(1, 10), r.randint(1, 28))
        self.dob = datetime.date(self.start.year - self.age, r.randint(1, 12), r.randint(1, 28))
        if (self.dob.month, self.dob.day) > (self.start.month, self.start.day):
            self.dob = self.dob.replace(year=self.dob.year - 1)
        self.hosp, self.acr = r.choice(P.HOSPITALS)
        self.mrn = r.choice([f'{r.randint(1000000, 9999999)}', f'M{r.randint(100000, 999999)}',
                             f'{r.randint(100, 999)}-{r.randint(10, 99)}-{r.randint(1000, 9999)}', f'00{r.randint(1000000, 9999999)}'])
        self.ref, self.att, self.res, self.coord, self.coord2 = (Person(r) for _ in range(5))
        self.nurse, self.emb, self.emb2 = Person(r, sex='F'), Person(r), Person(r)
        self.tr = Person(r)
        rw = T.REL_WORDS['opo' if style == 'organ-donation-referral' else 'mem' if style == 'memory-clinic-geriatric' else 'nm']
        self.rel_word, self.rel2_word = r.sample(rw, 2)
        self.rel = Person(r, sex=rel_sex(self.rel_word), last=self.p.last if r.random() < 0.6 else None)
        self.rel2 = Person(r, sex=rel_sex(self.rel2_word), last=self.p.last if r.random() < 0.5 else None)
        self.partner = Person(r, sex=r.choice('MMMF'), last=self.p.last if r.random() < 0.4 else None)
        self.donor = Person(r, sex='F', last=self.p.last)
        self.town, self.town2, self.hometown = r.sample(P.TOWNS, 3)
        self.street = f'{r.randint(3, 9870)} {r.choice(P.STREETS)}'
        self.zip = f'{r.randint(43000, 68999):05d}'
        self.practice = r.choice(P.PRACTICES)
        self.outside = r.choice(P.IMAGING_OUTSIDE)
        self.clinic = r.choice(P.FERT_CLINICS if style == 'fertility-ivf-clinic' else P.MEMORY_CLINICS)
        self.spermbank, self.eggbank = r.choice(P.SPERM_BANKS), r.choice(P.EGG_BANKS)
        self.obprac, self.ob = r.choice(P.OB_PRACTICES), Person(r)
        self.pharmacy, self.insurer, self.employer = r.choice(P.SPEC_PHARMACIES), r.choice(P.INSURERS), r.choice(P.EMPLOYERS)
        self.opo, self.opo_acr = r.choice(P.OPOS)
        self.case = r.choice([f'{self.opo_acr}-26-{r.randint(1000, 9999)}', f'26-{r.randint(10000, 99999)}',
                              f'R{r.randint(100000, 999999)}'])
        self.unos = r.choice([f'{r.choice("ABCDEFGHJK")}{r.choice("LMNPQRSTUVWXYZ")}{r.choice("ABCDEFGH")}{r.randint(100, 999)}',
                              f'DN{r.randint(10000, 99999)}'])
        self.me_office, self.funeral = r.choice(P.ME_OFFICES), r.choice(P.FUNERAL)
        self.bank, self.lawfirm, self.lawyer = r.choice(P.BANKS), r.choice(P.LAW_FIRMS), Person(r)
        self.facility, self.homecare, self.dayprog = r.choice(P.FACILITIES), r.choice(P.HOME_CARE), r.choice(P.DAY_PROGRAMS)
        self.church, self.formeremp, self.driving = r.choice(P.CHURCHES), r.choice(P.FORMER_EMPLOYERS), r.choice(P.DRIVING)
        spouse = self.rel_word in ('wife', 'husband')
        self.rel_age = (r.randint(90, 97) if spouse and self.age >= 86 and r.random() < 0.6 else
                        r.randint(max(18, self.age - 6), self.age + 3) if spouse else r.randint(44, 71))
        self.email_dom = r.choice(P.EMAIL_DOMAINS)
        self.g = r.randint(0, 3)


class Ctx:
    def __init__(self, r, pt, date, n, prev):
        self.r, self.pt, self.date, self.n, self.prev = r, pt, date, n, prev


def past(r, pt, d, lo, hi):
    x = d - DAY(days=r.randint(lo, hi))
    return x if x > pt.dob else pt.dob + DAY(days=200)


LOC_MINE = {'myhosp': 'hosp', 'myacr': 'acr', 'practice': 'practice', 'outside': 'outside', 'town': 'town',
            'town2': 'town2', 'hometown': 'hometown', 'street': 'street', 'clinic': 'clinic', 'spermbank': 'spermbank',
            'eggbank': 'eggbank', 'obprac': 'obprac', 'pharmacy': 'pharmacy', 'insurer': 'insurer',
            'employer': 'employer', 'opo': 'opo', 'opo_acr': 'opo_acr', 'me_office': 'me_office', 'funeral': 'funeral',
            'bank': 'bank', 'lawfirm': 'lawfirm', 'facility': 'facility', 'homecare': 'homecare', 'dayprog': 'dayprog',
            'church': 'church', 'formeremp': 'formeremp', 'driving': 'driving'}
LOC_ANY = {'hosp': [h for h, _ in P.HOSPITALS], 'radiopharm': P.PHARM_RADIO, 'outside_fert': P.FERT_CLINICS,
           'lab': P.LABS, 'courier': P.COURIERS, 'tissue': P.TISSUE_BANKS, 'txc': P.TX_CENTERS, 'txc2': P.TX_CENTERS}
PRON = {'he': ('he', 'she'), 'He': ('He', 'She'), 'his': ('his', 'her'), 'man': ('man', 'woman'),
        'sexw': ('male', 'female')}


def tok(c, name):
    r, pt, d = c.r, c.pt, c.date
    p = pt.p
    if name in PRON:
        return one(PRON[name][pt.sex == 'F'], None)
    if name == 'sex':
        return one(pt.sex, None)
    if name in T.WORDS:
        return one(r.choice(T.WORDS[name]), None)
    # patient
    if name == 'pt_full':
        return one(r.choice([f'{p.first} {p.last}', f'{p.first} {p.last}', f'{p.first} {p.mi}. {p.last}']), 'PTName')
    if name == 'pt_LF':
        x = r.random()
        if x < 0.3:
            return [(p.last.upper(), 'PTName'), (', ', None), (p.first.upper(), 'PTName')]
        if x < 0.55:
            return [(p.last, 'PTName'), (', ', None), (p.first, 'PTName'), (' ', None), (p.mi + '.', 'PTNameInitial')]
        if x < 0.7:
            return [(p.last.upper(), 'PTName'), (',', None), (p.first.upper(), 'PTName'), (' ', None), (p.mi, 'PTNameInitial')]
        return [(p.last, 'PTName'), (', ', None), (p.first, 'PTName')]
    if name == 'pt_last':
        return one(p.last, 'PTName')
    if name == 'pt_title':
        return [(r.choice(['Mr. ', 'Mr ']) if pt.sex == 'M' else r.choice(['Mrs. ', 'Ms. ']), None), (p.last, 'PTName')]
    if name == 'dob':
        return one(date_str(r, pt.dob, short=False), 'Date')
    if name == 'mrn':
        return one(pt.mrn, 'Other')
    if name == 'acct':
        return one(f'{r.choice(["", "A", "HAR "])}{r.randint(10000000, 99999999)}', 'Other')
    if name == 'age':
        return one(str(pt.age), 'Age' if pt.age >= 90 else None)
    if name == 'ageyo':
        return [(str(pt.age), 'Age' if pt.age >= 90 else None), (r.choice(['-year-old', ' yo', ' y/o']), None)]
    if name == 'rel_age':
        return [('age ', None), (str(pt.rel_age), 'Age' if pt.rel_age >= 90 else None)]
    if name in ('g', 'p'):
        return one(str(pt.g if name == 'g' else max(0, pt.g - 1)), None)
    if name in ('page', 'dage'):
        return one(str(r.randint(27, 46)), None)
    # dates
    if name == 'date':
        return one(date_str(r, d), 'Date')
    if name == 'date_t':
        return one(date_time(r, d), 'Date')
    if name == 'pdate':
        return one(date_str(r, past(r, pt, d, 3, 420)), 'Date')
    if name == 'odate':
        return one(date_str(r, past(r, pt, d, 700, 9000), short=False), 'Date')
    if name == 'ndate':
        return one(date_str(r, d + DAY(days=1)), 'Date')
    if name == 'fdate':
        return one(date_str(r, d + DAY(days=r.randint(2, 120))), 'Date')
    if name == 'prevdate':
        pd = c.prev if c.n > 1 else past(r, pt, d, 60, 500)
        return one(date_str(r, pd), 'Date')
    if name == 'monyr':
        return one(monyr(r, past(r, pt, d, 60, 4000)), 'Date')
    if name in ('year', 'yy'):
        lo = max(pt.dob.year + 16, d.year - 45)
        y = r.randint(lo, d.year - 1) if lo < d.year else d.year - 1
        if name == 'yy':
            return one(r.choice([f"'{y % 100:02d}", str(y)]), 'DateYear')
        return one(str(y), 'DateYear')
    if name == 'time':
        return one(time_str(r), None)
    if name in ('cyc', 'cd'):
        return one(str(r.randint(1, 4) if name == 'cyc' else r.randint(2, 21)), None)
    # staff
    if name == 'ref':
        return shape(r, pt.ref, 'HCPName')
    if name == 'ref_last':
        return one(pt.ref.last, 'HCPName')
    if name == 'ref_LF':
        return lf(pt.ref, 'HCPName', r)
    if name == 'att':
        return shape(r, pt.att, 'HCPName')
    if name == 'att_full':
        return one(r.choice([f'{pt.att.first} {pt.att.last}', f'{pt.att.first} {pt.att.mi}. {pt.att.last}']), 'HCPName')
    if name == 'att_last':
        return one(pt.att.last, 'HCPName')
    if name == 'att_LF':
        return lf(pt.att, 'HCPName', r)
    if name == 'res':
        return shape(r, pt.res, 'HCPName')
    if name in ('tech', 'emb', 'nurse'):
        q = {'tech': Person(r), 'emb': pt.emb, 'nurse': pt.nurse}[name]
        return shape(r, q, 'HCPName')
    if name == 'nurse_full':
        return one(f'{pt.nurse.first} {pt.nurse.last}', 'HCPName')
    if name in ('tech_i', 'emb_i', 'emb_i2', 'nurse_i', 'coord_i'):
        q = {'tech_i': Person(r), 'emb_i': pt.emb, 'emb_i2': pt.emb2, 'nurse_i': pt.nurse, 'coord_i': pt.coord}[name]
        return one(q.init(r), 'HCPName')
    if name in ('tr_i', 'tr_i2'):
        q = pt.tr if name == 'tr_i' else Person(r)
        return one(q.init(r).lower(), 'HCPName')
    if name == 'coord':
        return shape(r, pt.coord, 'HCPName')
    if name == 'coord_full':
        return one(f'{pt.coord.first} {pt.coord.last}', 'HCPName')
    if name == 'coord_LF':
        return lf(pt.coord, 'HCPName', r)
    if name == 'coord2':
        return shape(r, pt.coord2, 'HCPName')
    if name == 'ob':
        return [('Dr. ', None)] + shape(r, pt.ob, 'HCPName')
    if name == 'hcp':
        return shape(r, Person(r), 'HCPName')
    if name == 'hcp_full':
        q = Person(r)
        return one(f'{q.first} {q.last}', 'HCPName')
    if name == 'hcp_last':
        return one(r.choice(P.SURNAMES), 'HCPName')
    if name == 'hcp_first':
        return one(Person(r).first, 'HCPName')
    # relatives and lay persons
    if name == 'rel_word':
        return one(pt.rel_word, None)
    if name == 'rel2_word':
        return one(pt.rel2_word, None)
    if name == 'rel':
        return shape(r, pt.rel, 'RelativeProxyName', first=True)
    if name == 'rel_full':
        return one(f'{pt.rel.first} {pt.rel.last}', 'RelativeProxyName')
    if name == 'rel2':
        return shape(r, pt.rel2, 'RelativeProxyName', first=True)
    if name == 'rel2_full':
        return one(f'{pt.rel2.first} {pt.rel2.last}', 'RelativeProxyName')
    if name == 'partner':
        return shape(r, pt.partner, 'RelativeProxyName', first=True)
    if name == 'partner_full':
        return one(f'{pt.partner.first} {pt.partner.last}', 'RelativeProxyName')
    if name == 'partner_last':
        return one(pt.partner.last, 'RelativeProxyName')
    if name == 'donor_full':
        return one(f'{pt.donor.first} {pt.donor.last}', 'RelativeProxyName')
    if name == 'lawyer':
        return [('attorney ', None)] + shape(r, pt.lawyer, 'RelativeProxyName')
    if name == 'lay':
        return shape(r, Person(r), 'RelativeProxyName')
    if name == 'lay_full':
        q = Person(r)
        return one(f'{q.first} {q.last}', 'RelativeProxyName')
    if name == 'lay_first':
        return one(Person(r).first, 'RelativeProxyName')
    if name == 'lay_last':
        return one(r.choice(P.SURNAMES), 'RelativeProxyName')
    if name == 'courier_i':
        return one(Person(r).init(r), 'RelativeProxyName')
    # contact
    if name in ('phone', 'fax', 'relphone'):
        return one(phone_str(r), 'Phone')
    if name == 'ext':
        return one(r.choice(['ext ', 'x', 'X', 'ext. ']) + str(r.randint(100, 9999)), 'Phone')
    if name == 'extn':
        return one(str(r.randint(1000, 9999)), 'Phone')
    if name == 'pager':
        return one(r.choice([f'{r.randint(1000, 9999)}', f'{r.randint(2, 8)}-{r.randint(1000, 9999)}', f'#{r.randint(10000, 99999)}']), 'Phone')
    if name in ('email', 'email_pt'):
        q = pt.att if name == 'email' else p
        if name == 'email':
            dom = pt.email_dom
            if c.r.random() < 0.5 and pt.style == 'organ-donation-referral':
                q = pt.coord
            return one(f'{q.first[0].lower()}{re.sub("[^a-z]", "", q.last.lower())}@{dom}', 'Other')
        return one(f'{re.sub("[^a-z]", "", p.first.lower())}.{re.sub("[^a-z]", "", p.last.lower())}{r.randint(1, 99)}@mailbox.net', 'Other')
    # ids
    if name == 'acc':
        return one(r.choice([f'NM{r.randint(10000000, 99999999)}', f'{r.randint(100000000, 999999999)}', f'PT-26-{r.randint(10000, 99999)}']), 'Other')
    if name == 'order':
        return one(f'{r.randint(10000000, 99999999)}', 'Other')
    if name == 'policy':
        return one(r.choice([f'{r.choice("XYZW")}{r.choice("KQR")}{r.randint(100000000, 999999999)}', f'PA-{r.randint(100000, 999999)}']), 'Other')
    if name == 'donor_id':
        return one(r.choice([f'{r.randint(1000, 9999)}', f'D-{r.randint(10000, 99999)}', f'{r.choice("NMPS")}{r.randint(100, 999)}']), 'Other')
    if name == 'case':
        return one(pt.case, 'Other')
    if name == 'unos':
        return one(pt.unos, 'Other')
    if name in ('me_case', 'tissue_ref'):
        return one(r.choice([f'{r.randint(2026000, 2026999)}', f'ME-26-{r.randint(100, 9999)}', f'{r.randint(10, 99)}-{r.randint(1000, 9999)}']), 'Other')
    # places
    if name == 'myhosp2':
        return [(pt.hosp, 'Location'), (' (', None), (pt.acr, 'Location'), (')', None)]
    if name in LOC_MINE:
        return one(getattr(pt, LOC_MINE[name]), 'Location')
    if name in LOC_ANY:
        return one(r.choice(LOC_ANY[name]), 'Location')
    # not PHI
    if name == 'lot':
        return one(r.choice([f'{r.randint(1000, 9999)}-{r.randint(10, 99)}', f'L{r.randint(100000, 999999)}']), None)
    if name in ('rxnum', 'job', 'runno'):
        return one(str(r.randint(100, 99999)), None)
    if name == 'tail':
        return one(f'{r.randint(100, 999)}{r.choice("ABCDEFGHJK")}{r.choice("ABCDEFGHJK")}', None)
    raise KeyError(name)


def render(c, tpl):
    tpl = TRACK.sub('', tpl, count=1)
    out, spans, pos = [], [], 0
    for raw in tpl.split('\n'):
        up = raw.startswith('^')
        raw = raw.lstrip('^')
        text, sp, last = '', [], 0
        for m in TOKEN.finditer(raw):
            text += raw[last:m.start()]
            for t, cat in tok(c, m.group(1)):
                if cat:
                    sp.append((len(text), len(text) + len(t), cat))
                text += t
            last = m.end()
        text += raw[last:]
        if up:
            text = text.upper()
        if out:
            pos += 1
        spans += [(s + pos, e + pos, k) for s, e, k in sp]
        out.append(text)
        pos += len(text)
    return '\n'.join(out), spans


def fits(tpl, pt):
    m = TRACK.match(tpl)
    return m is None or pt.track in m.group(1).split(',')


def build(r, style, pt, date, n, prev, case_mix):
    S = T.STYLES[style]
    for _ in range(1000):
        c = Ctx(r, pt, date, n, prev)
        kind = r.choice(S['first'] if n == 1 else S['later'])
        x = r.random()
        mode = 'lower' if x < case_mix[0] else 'upper' if x < case_mix[0] + case_mix[1] else 'mixed'
        parts = []
        for sec, lo, hi in kind:
            pool = [t for t in S[sec] if fits(t, pt)]
            k = min(len(pool), r.randint(lo, hi))
            for i in sorted(r.sample(range(len(pool)), k)):
                parts.append(render(c, pool[i]))
        body, spans = '', []
        for t, sp in parts:
            if body:
                body += '\n\n' if r.random() < 0.25 else '\n'
            spans += [(len(body) + s, len(body) + e, k) for s, e, k in sp]
            body += t
        body = '\n' + body + '\n'
        spans = [(s + 1, e + 1, k) for s, e, k in spans]
        if mode == 'lower':
            body = body.lower()
        elif mode == 'upper':
            body = body.upper()
        lines = sum(1 for ln in body.split('\n') if ln.strip())
        if 8 <= len(spans) <= 30 and 15 <= lines <= 40:
            return body, spans
    raise RuntimeError(f'{style}: could not meet the limits for {pt.pid}-{n}')


def main():
    r = random.Random(SEED)
    for style, first, case_mix, gap, ages in STYLES:
        os.makedirs(os.path.join(HERE, style), exist_ok=True)
        notes, gold, done, pid = [], [], 0, first
        while done < 30:
            k = min(r.choice([1, 1, 2, 2, 3]), 30 - done)
            pt = Patient(r, pid, style, ages)
            date = prev = pt.start
            for n in range(1, k + 1):
                body, spans = build(r, style, pt, date, n, prev, case_mix)
                prev = date
                notes.append(f'START_OF_RECORD={pid}||||{n}||||\n{body}||||END_OF_RECORD\n')
                gold += [f'{pid} {n} {s} {e} {k2} {body[s:e]}\n' for s, e, k2 in sorted(spans)]
                date += DAY(days=r.randint(*gap))
            done += k
            pid += 1
        for fname, rows in (('notes.text', notes), ('gold.phrase', gold)):
            with open(os.path.join(HERE, style, fname), 'w', encoding='ascii', newline='\n') as fh:
                fh.write(''.join(rows))
        print(style, f'patients {first}-{pid - 1}')


if __name__ == '__main__':
    main()
