"""Note templates for deid-styles-dev-22 (written from scratch). PHI is marked inline with m(cat, text);
generate.py strips the marks and records the offsets. Each note_* function returns a list of lines."""
import datetime as dt

from pools import (SURNAMES, FEMALE, MALE, NICK, TOWNS, ABROAD, STREETS, HOSPITALS, U_OF, PRACTICES, SNF,
                   EMPLOYERS, EMPLOYER_INFO, HOSP_JOBS, INSURERS, TPA, LABS, INTERP_CO, SHELTERS,
                   AGENCIES, FUNERAL, EMS)

MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']
MONTH = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October',
         'November', 'December']


def m(cat, text):
    text = str(text)
    assert text and text == text.strip(), repr(text)
    return '\x01' + cat + '\x02' + text + '\x03'


def ordinal(n):
    if 10 <= n % 100 <= 20:
        return f'{n}th'
    return f'{n}' + {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')


def dtext(d, shape):
    y2 = f'{d.year % 100:02d}'
    return {
        'm/d': f'{d.month}/{d.day}',
        'm-d': f'{d.month}-{d.day}',
        'mm/dd/yy': f'{d.month:02d}/{d.day:02d}/{y2}',
        'mm/dd/yyyy': f'{d.month:02d}/{d.day:02d}/{d.year}',
        'm/d/yy': f'{d.month}/{d.day}/{y2}',
        'm/d/yyyy': f'{d.month}/{d.day}/{d.year}',
        'Mon d': f'{MON[d.month - 1]} {d.day}',
        'Mon. dth': f'{MON[d.month - 1]}. {ordinal(d.day)}',
        'd Mon': f'{d.day} {MON[d.month - 1]}',
        'ddMONyy': f'{d.day:02d}{MON[d.month - 1].upper()}{y2}',
        'iso': f'{d.year}-{d.month:02d}-{d.day:02d}',
        'm.d.yy': f'{d.month}.{d.day}.{y2}',
        'Month d, yyyy': f'{MONTH[d.month - 1]} {d.day}, {d.year}',
        'dd-Mon-yyyy': f'{d.day:02d}-{MON[d.month - 1]}-{d.year}',
        'the dth': f'the {ordinal(d.day)}',
        'Month dth': f'{MONTH[d.month - 1]} {ordinal(d.day)}',
    }[shape]


def D(r, d, shapes):
    return m('Date', dtext(d, r.choice(shapes)))


def phone_text(r, area=None):
    a = area or r.choice(['555', '413', '602', '731', '808', '270', '919', '585'])
    b, c = r.randint(201, 989), r.randint(0, 9999)
    return r.choice([f'{a}-{b}-{c:04d}', f'({a}) {b}-{c:04d}', f'({a}){b}-{c:04d}', f'{a}.{b}.{c:04d}',
                     f'{b}-{c:04d}', f'{a}-{b}-{c:04d}'])


def PH(r, text=None):
    return m('Phone', text or phone_text(r))


def ext(r):
    return m('Phone', r.choice(['x', 'x', 'ext ', 'ext. ', 'X']) + str(r.randint(1000, 9999)))


class Person:
    def __init__(self, r, sex=None, last=None):
        self.sex = sex or r.choice('FM')
        self.first = r.choice(FEMALE if self.sex == 'F' else MALE)
        self.last = last or r.choice(SURNAMES)
        self.mi = r.choice('ABCDEFGHJKLMNPRSTVW')
        self.nick = NICK.get(self.first)
        self.phone = phone_text(r)

    def name(self, r, forms=('full',), cat='HCPName'):
        f = r.choice(forms)
        first, last = self.first, self.last
        if f == 'full':
            return m(cat, f'{first} {last}')
        if f == 'fml':
            return m(cat, f'{first} {self.mi}. {last}')
        if f == 'il':
            return m(cat, f'{first[0]}. {last}')
        if f == 'il2':
            return m(cat, f'{first[0]} {last}')
        if f == 'last':
            return m(cat, last)
        if f == 'first':
            return m(cat, first)
        if f == 'nick':
            return m(cat, self.nick or first)
        if f == 'lf':
            return m(cat, last) + ', ' + m(cat, first)
        if f == 'LF':
            return m(cat, last.upper()) + ',' + m(cat, first.upper())
        if f == 'LFM':  # patient LAST,FIRST M: the middle initial is PTNameInitial
            return m(cat, last.upper()) + ',' + m(cat, first.upper()) + ' ' + m('PTNameInitial', self.mi)
        if f == 'lfm':
            return m(cat, last) + ', ' + m(cat, first) + ' ' + m('PTNameInitial', self.mi)
        if f == 'fi':  # first name + last initial, as nurses sign
            return m(cat, f'{first} {last[0]}.')
        if f == 'lower':
            return m(cat, f'{first.lower()} {last.lower()}')
        if f == 'lastlower':
            return m(cat, last.lower())
        if f == 'initials':
            return m(cat, (first[0] + last.replace("'", '').replace(' ', '')[0]).lower())
        raise ValueError(f)

    def dr(self, r, forms=('last', 'full', 'il')):
        t = r.choice(['Dr. ', 'Dr ', 'dr ', 'Dr. ', 'DR '])
        return t + self.name(r, forms)


FAITHS = [
    ('Catholic', ['Fr.', 'Father', 'Deacon', 'Sister'], ['St. Casimir Parish', 'Our Lady of Guadalupe Mission'],
     ['sacrament of the sick requested', 'rosary at bedside', 'communion brought by Eucharistic minister']),
    ('Muslim', ['Imam', 'Sheikh', 'Br.'], ['Masjid al-Noor of Lowmoor', 'Islamic Center of Tillbury'],
     ['requested halal meals + prayer rug', 'Qibla direction marked in room', 'Ramadan fasting discussed w/ team']),
    ('Eritrean Orthodox', ['Abba', 'Kesis', 'Fr.'], ['Holy Trinity Eritrean Orthodox', 'Kidane Mehret Church of Port Ellery'],
     ['holy water brought by family', 'fasting season - team aware', 'prayed in Ge\'ez w/ family']),
    ('Baptist', ['Pastor', 'Rev.', 'Deacon', 'Elder'], ['Greater Mount Olwen Missionary Baptist Church', 'Bethel AME', 'Eglise Baptiste Bethesda'],
     ['prayed together', 'sang hymn w/ pt and wife', 'pt asked for prayer before surgery']),
    ('Buddhist', ['Ven.', 'Ajahn', 'Rev.'], ['Wat Lao Phothiyaram', 'Pure Land Sangha of Antrim'],
     ['chanting audio set up', 'monks to visit, shoes off at door', 'meditation, pt calmer']),
    ("Jehovah's Witness", ['Elder', 'Br.'], ['Kingdom Hall (Port Ellery)', 'Kingdom Hall - Quarry Hill'],
     ['no blood products - documented, HLC contacted', 'listened, pt tearful re prognosis']),
    ('Sikh', ['Granthi', 'Bhai'], ['Sikh Gurdwara of Tillbury'], ['kara not to be removed - on care plan', 'Sukhmani Sahib read by family']),
    ('Pentecostal', ['Pastor', 'Hermano', 'Pastora', 'Bishop'], ['Iglesia Pentecostal Roca de Salvacion', 'Cornerstone Vineyard Fellowship'],
     ['prayed together, anointing w/ oil', 'worship music at bedside']),
    ('no affiliation', ['Rev.', 'Chaplain'], ['Ravensworth Friends Meeting', 'First Lutheran of Fallowfield'],
     ['listened, pt tearful re prognosis', 'life review, pt spoke of his garden', 'legacy project w/ grandkids']),
]

REL_F = ['daughter', 'wife', 'sister', 'niece', 'granddaughter', 'mother', 'aunt', 'daughter-in-law', 'cousin']
REL_M = ['son', 'husband', 'brother', 'nephew', 'grandson', 'father', 'uncle', 'son-in-law', 'cousin']


class Patient:
    def __init__(self, r, pid, base, old_ok=True, min_age=18, max_age=88):
        self.pid = pid
        self.p = Person(r)
        if old_ok and r.random() < 0.25:
            self.age = r.randint(90, 103)
        else:
            self.age = r.randint(min_age, max_age)
        self.base = base
        self.dob = dt.date(base.year - self.age - 1, r.randint(1, 12), r.randint(1, 28))
        if (self.dob.month, self.dob.day) <= (base.month, base.day):
            self.dob = self.dob.replace(year=self.dob.year + 1)
        self.mrn = r.choice([str(r.randint(1000000, 9999999)), f'{r.randint(0, 99999999):08d}',
                             f'E{r.randint(100000, 999999)}', f'{r.randint(100, 999)}-{r.randint(10, 99)}-{r.randint(10, 99)}'])
        self.town = r.choice(TOWNS)
        self.street = f'{r.randint(2, 9899)} {r.choice(STREETS)}'
        self.zip = f'{r.randint(10000, 99899):05d}'
        self.phone = phone_text(r)
        self.rels = []
        for _ in range(3):
            rel = Person(r, last=self.p.last if r.random() < 0.6 else None)
            rel.rel = r.choice(REL_F if rel.sex == 'F' else REL_M)
            if self.age >= 60 and rel.rel in ('mother', 'father', 'aunt', 'uncle'):
                rel.rel = 'daughter' if rel.sex == 'F' else 'son'
            rel.town = r.choice(TOWNS)
            self.rels.append(rel)
        self.hosp = r.choice(HOSPITALS)
        self.osh = r.choice([h for h in HOSPITALS if h != self.hosp])
        self.staff = [Person(r) for _ in range(10)]
        self.pcp = Person(r)
        self.practice = r.choice(PRACTICES)
        self.adm_off = r.randint(1, 4)
        self.pmh_years = sorted(r.sample(range(base.year - 30, base.year - 1), 2))
        self.faith = r.choice(FAITHS)
        self.pmh_proc = [r.choice(['CABG', 'AAA REPAIR', 'R TKA', 'CVA', 'MVR (MECH)', 'WHIPPLE', 'L MASTECTOMY', 'NSTEMI W/ DES']),
                         r.choice(['ESRD ON HD SINCE', 'COPD DX', 'DM2 DX', 'AFIB DX', 'APPY', 'TURP', 'LAP CHOLE'])]
        self.icu_dx = r.choice(['SEPTIC SHOCK', 'ARDS', 'SAH', 'CARDIOGENIC SHOCK', 'DKA', 'GI BLEED', 'POST-OP AAA', 'STATUS EPILEPTICUS'])
        adm = base - dt.timedelta(days=self.adm_off)
        self.icu_lines = [(ln, adm + dt.timedelta(days=r.randint(0, self.adm_off + 2)), r.random() < 0.4)
                          for ln in r.sample(LINES4, 6)]
        self.cong = r.choice(self.faith[2])
        # occupational health facts
        if r.random() < 0.3:  # works at the hospital itself
            self.employer, self.site, self.job = self.hosp[0], None, r.choice(HOSP_JOBS)
        else:
            emp = r.choice(EMPLOYER_INFO)
            self.employer, self.site, self.job = emp[0], r.choice(emp[1]), r.choice(emp[3])
            self.area = r.choice(emp[2])
        self.injured = r.random() < 0.7
        self.cc = r.choice(OCC_COMPLAINTS)
        self.doi = base - dt.timedelta(days=r.randint(0, 9))
        self.occ_clinic = r.choice(['WorkWell Occupational Health', 'Ironbridge OccMed', 'Harbourside Employee Health',
                                    'Concentra-style clinic at Depot St', 'Tillbury Occupational Medicine'])
        self.empid = r.choice([f'{r.randint(0, 999999):06d}', f'E{r.randint(10000, 99999)}', f'{r.randint(1000, 9999)}-{r.randint(100, 999)}'])
        self.badge = r.choice([f'B-{r.randint(10000, 99999)}', f'{r.randint(100000, 999999)}', f'{r.choice("KTWQ")}{r.randint(1000, 9999)}'])
        self.claim = r.choice([f'WC-{base.year % 100}-{r.randint(100000, 999999)}', f'{r.randint(10, 99)}{r.randint(1000000, 9999999)}',
                               f'CLM{r.randint(1000000, 9999999)}'])
        self.insurer = r.choice(INSURERS)
        self.ccf = r.choice([f'{r.randint(1000000, 9999999)}', f'A{r.randint(1000000, 9999999)}', f'{r.randint(1000, 9999)}-{r.randint(1000, 9999)}-{r.randint(0, 9)}'])
        # language / spiritual / social facts
        self.abroad = r.choice(ABROAD)
        self.lang = self.abroad[2] if r.random() < 0.9 else 'ASL'
        self.interp_id = r.choice([f'{r.randint(1000, 99999)}', f'INT-{r.randint(100, 9999)}', f'#{r.randint(100, 999)}'.lstrip('#')])
        self.shelter = r.choice(SHELTERS)

    def age_txt(self):
        return m('Age', str(self.age)) if self.age >= 90 else str(self.age)

    def he(self):
        return 'she' if self.p.sex == 'F' else 'he'


def hosp_name(r, h, short_ok=True):
    full, acr = h
    if acr and short_ok and r.random() < 0.45:
        return m('Location', acr)
    return m('Location', full)


def pick(r, lines, k):
    k = max(0, min(k, len(lines)))
    return r.sample(lines, k)


# ---------------------------------------------------------------- style 1: resident progress notes (lower case)
PROBLEMS = [
    ('adhf', ['cont lasix 80 iv bid, goal net neg 1-2L/d', 'strict i/o, daily wts, 2g na diet', 'ef 25% on tte, nyha iii, will add entresto once cr stable']),
    ('cap', ['cont ceftriaxone 1g + azithro d3/5', 'curb-65 of 2 on adm, now on 2L nc', 'f/u sputum cx, legionella/strep ag neg']),
    ('aki on ckd3', ['cr 2.1 from bl 1.4, likely prerenal', 'hold lisinopril, renally dose abx', 'urine na <20, fena 0.6%']),
    ('dka', ['gap closed 0400, transitioned to lantus 22u + humalog ss', 'k 3.6 - repleting', 'endo following, a1c 12.4']),
    ('copd exac', ['duonebs q4h, pred 40 d3/5', 'gold 3, on trelegy at home', 'ambulatory o2 sat 87% ra -> needs home o2 eval']),
    ('afib w rvr', ['rate now 90s on metoprolol 50 bid', 'chads2-vasc 4, has-bled 2 -> eliquis 5 bid', 'tsh wnl']),
    ('ugib', ['hgb 7.1 -> 8.0 after 1u prbc', 'egd w/ la grade c esophagitis, no active bleeding', 'protonix 40 iv bid, advance diet']),
    ('cellulitis', ['rle, improving, margins marked', 'vanco -> doxy po today', 'no abscess on us']),
    ('etoh withdrawal', ['ciwa 4-6 overnight, last ativan 0300', 'thiamine 500 iv tid, folate, mvi', 'audit-c 10, sw consulted']),
    ('syncope', ['orthostatics positive, tele unremarkable x48h', 'tte: nl ef, no as', 'likely vasovagal vs volume down']),
    ('hyponatremia', ['na 124 -> 128, goal <8/24h', 'fluid restrict 1.2L, urine osm 480', 'likely siadh from ssri (sertraline held)']),
    ('delirium', ['cam pos overnight, no restraints', 'sleep hygiene, lights on day, melatonin 3mg qhs', 'avoid benzos, seroquel 12.5 prn']),
    ('pe', ['wells 6, ctpa w/ r lower lobe segmental pe', 'heparin gtt -> apixaban 10 bid x7d', 'no rv strain, trop neg']),
    ('sbo', ['ngt to lis, 600 cc out', 'gen surg following, gastrografin challenge today', 'npo, mivf']),
]
EXAM = [
    'gen: nad, sitting up in chair', 'gen: sleepy but arousable, oriented x3', 'cv: irreg irreg, no m/r/g',
    'cv: rrr, 2/6 sem rusb', 'pulm: bibasilar crackles, no wheeze', 'pulm: coarse bs r base, egophony +',
    'abd: soft, nt/nd, +bs', 'abd: mild ttp epigastric, no rebound, murphy neg', 'ext: 2+ pitting edema to knees b/l',
    'ext: rle erythema receding from marked borders', 'neuro: cn ii-xii grossly intact, strength 5/5 x4',
    'neuro: asterixis neg', 'skin: sacrum intact, braden 16', 'jvp ~9 cm, hjr +', 'homans neg, calves soft',
]
LABS1 = [
    'labs: na 134 k 3.9 cl 99 bicarb 24 bun 38 cr 1.6 glu 142',
    'cbc: wbc 11.2 hgb 9.4 plt 212', 'bnp 1820 (was 2400), trop 0.03 flat', 'mg 1.7 -> repleted, phos 3.1',
    'inr 1.3, ptt 34', 'lactate 1.1', 'a1c 8.9, tsh 2.1', 'ua: 10-20 wbc, nitrite neg, le +',
    'cxr: small b/l effusions, no ptx', 'ekg: afib 96, qtc 468', 'abg 7.32/48/68 on 2L', 'procal 0.4',
]
VITALS1 = ['t 98.6 hr 88 bp 112/64 rr 18 spo2 94% 2L nc', 'tmax 100.9 hr 104 bp 98/60 rr 22 93% ra',
           'vss, afebrile, 96% on ra', 'hr 72 bp 138/82 rr 16 97% ra, i/o -1.8L', 'wt 82.1 kg (adm 85.4)',
           't 99.1 hr 110s overnight now 90s, bp 124/70, 95% 3L']


def note_resident(r, pt, k, when):
    p, s = pt, pt.staff
    res, att, cons1, cons2, rn, cm = s[0], s[1], s[2], s[3], s[4], s[5]
    sh = ['m/d', 'm/d', 'm-d', 'm/d/yy', 'mm/dd/yy']
    adm = p.base - dt.timedelta(days=p.adm_off)
    hd = (when - adm).days + 1
    L = []
    if r.random() < 0.3:
        L.append(r.choice(['HOSPITAL MEDICINE PROGRESS NOTE', 'Internal Medicine Progress Note', 'hospitalist np note']))
        L.append(f'date of service: {D(r, when, sh + ["mm/dd/yyyy"])}   hd {(when - p.base).days + p.adm_off + 1}')
        L.append(f'attending: {att.dr(r, ("full", "last"))}   author: {res.name(r, ("full", "lower"))}, {r.choice(["pgy-2", "pgy-1", "np", "pa-c"])}')
    else:
        L.append(r.choice([f'progress note - {r.choice(["med b", "gold team", "hosp med 3", "teaching svc 2", "np svc"])}  hd#{hd}',
                           f'pgy{r.randint(1, 3)} daily progress note', f'{r.choice(["im", "hm"])} progress note  {D(r, when, sh)}']))
    L.append(r.choice([f'pt: {p.p.name(r, ("lower", "full", "fml"), "PTName")}  mrn {m("Other", p.mrn)}',
                       f'{p.p.name(r, ("LF", "lf", "LFM"), "PTName")}  dob {D(r, p.dob, ["mm/dd/yyyy", "m/d/yy", "m/d/yyyy"])}  mrn {m("Other", p.mrn)}',
                       f'pt {p.p.name(r, ("lastlower", "last"), "PTName")}, rm {r.randint(301, 940)}{r.choice("ab")}']))
    if not hasattr(p, 'probs'):  # fixed for the patient's stay
        p.probs = r.sample(PROBLEMS, r.randint(3, 4))
        p.src = r.choice(['from home', 'from ' + hosp_name(r, p.osh) + ' ed', 'via ' + m('Location', r.choice(EMS)) + ' from ' + m('Location', p.town),
                          'as transfer from ' + hosp_name(r, p.osh), 'from ' + m('Location', r.choice(SNF))])
    probs, src = p.probs, p.src
    L.append(f'{p.age_txt()} yo {p.p.sex.lower()} w/ {", ".join(x[0] for x in probs[1:])} adm {D(r, adm, sh)} {src} w/ {probs[0][0]}')
    L.append(r.choice(['s: no acute events overnight.', 's: nae. pt says "i feel better today"', 's: o/n rrt for hr 140s, got dilt 10 iv x1',
                       's: c/o poor sleep, mild sob w/ exertion, no cp', 's: pt refusing labs this am, later agreed']))
    if r.random() < 0.6:
        L.append(f'per rn {rn.name(r, ("first", "fi"))} pt {r.choice(["slept ok", "was pulling at iv", "ate 50% of breakfast", "ambulated w/ pt to hallway"])}')
    L.append('o: ' + r.choice(VITALS1))
    L += ['   ' + x for x in r.sample(EXAM, r.randint(3, 5))]
    L += r.sample(LABS1, r.randint(2, 4))
    L.append('a/p:')
    for name, items in probs:
        L.append(f'# {name}')
        for it in r.sample(items, r.randint(1, len(items))):
            L.append(f'- {it}')
    rel1, rel2 = p.rels[0], p.rels[1]
    opt = [
        f'- {r.choice(["cards", "nephro", "gi", "id", "pulm"])} ({cons1.dr(r, ("last", "lastlower", "il"))}) following, appreciate recs',
        f'- d/w {r.choice(["gi", "ir", "gen surg", "neuro"])} {cons2.name(r, ("last", "lastlower", "full"))} on phone, will see today',
        f'- outside records from {hosp_name(r, p.osh)} req\'d (fax {PH(r)}), echo there {D(r, adm - dt.timedelta(days=r.randint(40, 700)), sh + ["Mon d"])}',
        f'- last adm {hosp_name(r, p.osh)} {D(r, adm - dt.timedelta(days=r.randint(20, 300)), sh)}-{D(r, adm - dt.timedelta(days=r.randint(5, 19)), sh)} for same',
        r.choice([f'- pcp {p.pcp.dr(r, ("last", "lastlower", "full"))} @ {m("Location", p.practice)}, f/u {D(r, when + dt.timedelta(days=r.randint(5, 20)), sh)}',
                  f'- pcp {p.pcp.name(r, ("full", "lower"))} ({m("Location", p.practice)} {PH(r)}), appt {D(r, when + dt.timedelta(days=r.randint(5, 20)), sh)}']),
        f'- pmh: {p.pmh_proc[0].lower()} {m("DateYear", chr(39) + str(p.pmh_years[0] % 100).zfill(2))}, {p.pmh_proc[1].lower().replace(" since", "")} {m("DateYear", str(p.pmh_years[1]))} at {hosp_name(r, p.osh)}',
        f'- {rel2.rel} {rel2.name(r, ("first", "full", "lower"), "RelativeProxyName")} brought home med list; pharmacy {m("Location", r.choice(["Hallam Drug", "Yarrow Apothecary", "CinderGap Pharmacy #2"]))} {PH(r)}',
        f'- f/u appt w/ {cons1.dr(r, ("last", "lastlower"))} {D(r, when + dt.timedelta(days=r.randint(7, 30)), sh)} at {r.choice(["10am", "1:30", "0900"])}',
    ]
    dispo = [
        f'# dispo: lives w/ {rel1.rel} {rel1.name(r, ("first", "full", "lower"), "RelativeProxyName")} in {m("Location", p.town.lower() if r.random() < 0.5 else p.town)}. pt/ot recs {r.choice(["home w/ hh", "snf", "acute rehab", "home no needs"])}',
        f'# dispo: from {m("Location", r.choice(SNF))}, plan return when medically ready, cm {cm.name(r, ("first", "full"), "RelativeProxyName")} aware',
        f'# dispo: home {r.choice(["tmrw", "in 1-2d", "pending ot eval", "when off o2"])}, address {m("Location", p.street)}, {m("Location", p.town)} - hh via {m("Location", r.choice(["Brightside Home Health", "Caddo Valley VNA", "Tessaly Home Care"]))}',
    ]
    fam = [
        f'spoke w/ {rel1.rel} {rel1.name(r, ("first", "full", "lower"), "RelativeProxyName")} ({PH(r, rel1.phone)}), updated on plan',
        f'{rel2.rel} {rel2.name(r, ("first", "full", "lower"), "RelativeProxyName")} is hcp, lives in {m("Location", rel2.town)}, cell {PH(r, rel2.phone)}',
        f'family mtg {D(r, when + dt.timedelta(days=1), sh)} w/ {rel1.name(r, ("first", "full"), "RelativeProxyName")} + {rel2.name(r, ("first", "full"), "RelativeProxyName")} re goals of care',
        f'code: {r.choice(["full", "dnr/dni", "dnr, ok to intubate"])} - confirmed w/ pt and {rel2.rel} {rel2.name(r, ("first",), "RelativeProxyName")}',
        f'ppx: {r.choice(["hep sq 5000 tid", "lovenox 40", "on eliquis", "scds only (ugib)"])}, diet {r.choice(["2g na", "cardiac/cc", "clears", "npo after mn"])}, lines {r.choice(["piv x2", "picc r basilic", "piv"])}',
    ]
    L += pick(r, opt, r.randint(2, 4))
    L.append(r.choice(dispo))
    L += pick(r, fam, r.randint(2, 4))
    sign = [
        f'-- {res.name(r, ("lower", "il", "full"))} pgy{r.randint(1, 3)}, pager {m("Phone", str(r.randint(1000, 9999)))}',
        f'd/w attending {att.dr(r, ("last", "lastlower"))}, agrees w/ plan.  {res.name(r, ("il", "lower"))} md',
        f'seen & examined w/ {att.dr(r, ("last", "full"))}. {res.name(r, ("full", "lower"))}, {r.choice(["np", "agnp-c", "pa-c"])} {ext(r)}',
    ]
    L.append('')
    L.append(r.choice(sign))
    return L


# ---------------------------------------------------------------- style 2: employee / occupational health
OCC_COMPLAINTS = [
    ('R wrist pain after repetitive knife work', ['+ Tinel and + Phalen R, Finkelstein neg', 'Grip (Jamar pos 2) R 18 kg / L 31 kg', 'wrist splint, ibuprofen 600 tid w/ food x10d'], 'no knife use > 2 h/shift, no lifting > 10 lb R hand'),
    ('low back strain lifting totes', ['SLR neg b/l, no saddle anesthesia', 'paraspinal spasm L4-S1, Waddell 0/5', 'PT 2x/wk x 3 wk, cyclobenzaprine 5 mg qhs'], 'no lifting > 20 lb, no repetitive bending'),
    ('needlestick, hollow-bore, L index finger', ['source pt identified, source labs drawn (HIV Ag/Ab, HBsAg, HCV Ab)', 'employee HBsAb 112 (immune), baseline HIV/HCV drawn', 'PEP not indicated per CDC algorithm, counselled'], 'no restrictions'),
    ('chemical splash to L eye (degreaser)', ['irrigated 2 L NS, pH 7.5 after', 'Snellen 20/25 OS, 20/20 OD, fluorescein: no uptake', 'erythromycin ointment'], 'no restrictions, goggles required'),
    ('R shoulder pain overhead work', ['+ Neer, + Hawkins, drop arm neg', 'Spurling neg', 'MRI ordered to r/o RTC tear'], 'no overhead reaching R arm'),
    ('L knee twist stepping off dock', ['effusion trace, Lachman neg, McMurray + medial', 'Ottawa knee rules neg - no xray', 'hinged brace, ice, crutches prn'], 'seated work only, no ladders'),
    ('heat exhaustion on roof', ['temp 100.4 on arrival, now 98.9 after oral fluids', 'CK 410, Cr 1.0', 'heat acclimatization plan reviewed (OSHA 20% rule)'], 'no outdoor work until cleared'),
    ('dog bite R calf (on route)', ['2 puncture wounds, irrigated, not closed', 'Tdap given today (last 2014?), rabies - animal quarantined', 'augmentin 875 bid x5d'], 'no driving while on narcotic, otherwise FD'),
]
SURV = [
    'Audiogram: no STS vs baseline; HPD reviewed (foam plugs NRR 32)',
    'Spirometry: FEV1 3.41 L (94%), FVC 4.20 L, FEV1/FVC 0.81 - normal',
    'Vision: Snellen 20/20 OU, Ishihara 14/14, peripheral fields full',
    'BP 142/88 - advised recheck w/ PCP',
    'Hep B series complete, titer reactive; Tdap current; flu vax declined (form signed)',
    'Lift test 50 lb floor-to-waist x5 without difficulty',
    'Respirator med eval (OSHA 1910.134 Appendix C) reviewed - cleared for N95 and PAPR',
    'BMI 31.4, neck circ 17.5 in - STOP-BANG 4, sleep study advised for DOT',
]


def note_employee(r, pt, k, when):
    p, s = pt, pt.staff
    clin, ma, mro, coll, sup, hr, adj = s[0], s[1], s[2], s[3], s[4], s[5], s[6]
    sh = ['mm/dd/yyyy', 'm/d/yy', 'mm/dd/yy', 'm/d', 'Mon d', 'dd-Mon-yyyy', 'iso']
    emp = p.employer
    if p.injured:
        vtype = 'new injury' if k == 1 else r.choice(['injury f/u', 'RTW eval', 'recheck / work status'])
    else:
        vtype = r.choice(['annual surveillance', 'post-offer PE', 'respirator fit test', 'random drug screen',
                          'post-accident drug screen', 'TB screen / annual'])
    L = []
    L.append(r.choice([f'{hosp_name(r, p.hosp, False)} - EMPLOYEE HEALTH SERVICES', f'{m("Location", p.occ_clinic)} - Occupational Medicine Visit',
                       'Occ Health / Employee Health Clinic note', f'EMPLOYEE HEALTH - {m("Location", p.occ_clinic)}']))
    L.append(f'Visit date: {D(r, when, sh)}  {r.randint(6, 16):02d}{r.choice(["00", "15", "30", "45"])}   Visit type: {vtype}')
    L.append(r.choice([f'Employee: {p.p.name(r, ("lf", "LF", "full", "lfm"), "PTName")}   DOB {D(r, p.dob, ["mm/dd/yyyy", "m/d/yyyy"])}',
                       f'Name: {p.p.name(r, ("full", "fml", "lf"), "PTName")}  ({p.age} y/o {p.p.sex})  MRN {m("Other", p.mrn)}']))
    L.append(r.choice([f'Emp ID {m("Other", p.empid)}   Badge # {m("Other", p.badge)}', f'Badge {m("Other", p.badge)} / employee no. {m("Other", p.empid)}',
                       f'Employee #: {m("Other", p.empid)}']))
    site = (f'   Site: {m("Location", p.site)} ({p.area})' if p.site and r.random() < 0.5 else f'   Site: {m("Location", p.site)}'
            if p.site else (f'   Dept: {p.job.split(", ")[-1]}' if ', ' in p.job else ''))
    L.append(f'Employer: {m("Location", emp)}{site}   Job: {p.job.split(", ")[0]}')
    L.append(r.choice([f'Supervisor: {sup.name(r, ("full", "lf"), "RelativeProxyName")} ({PH(r, sup.phone)})   HR: {hr.name(r, ("full", "il"), "RelativeProxyName")} {ext(r)}',
                       f'Supv {sup.name(r, ("full", "first", "il"), "RelativeProxyName")} accompanied employee; HR contact {hr.name(r, ("full",), "RelativeProxyName")}, {PH(r)}',
                       f'sup: {sup.name(r, ("full", "last"), "RelativeProxyName")} cell {PH(r, sup.phone)}']))
    rtw = when + dt.timedelta(days=r.randint(5, 21))
    if p.injured:
        cc = p.cc
        L.append(f'WC claim # {m("Other", p.claim)}  ({m("Location", p.insurer)}; adjuster {adj.name(r, ("full", "lf"), "RelativeProxyName")} {PH(r, adj.phone)})')
        L.append(f'DOI {D(r, p.doi, sh)} {r.choice(["approx ", "~", "@ ", ""])}{r.randint(1, 12)}{r.choice(["am", "pm", ":30"])} - {cc[0]}')
        if k == 1:
            L.append(r.choice(['Mechanism per employee, witnessed by coworker.', 'Incident report filed, OSHA 300 log - recordable.',
                               'First aid only at site (not OSHA recordable).', 'States PPE was worn (cut glove ANSI A4).']))
        else:
            L.append(r.choice(['Interval: improving, doing mod duty without issue.', 'Interval: pain unchanged, missed 1 PT visit.',
                               'Interval: employer unable to accommodate restrictions -> off work.']))
        L += r.sample(cc[1], len(cc[1]))
        L.append(r.choice(['Vitals: BP 128/80 P 76 T 97.9 SpO2 99%', 'BP 136/84, HR 88, pain 6/10', 'VS wnl, pain 3/10 (was 7/10)']))
        L.append(f'Work status: MODIFIED DUTY - {cc[2]}' if k < 3 else 'Work status: FULL DUTY, no restrictions. MMI reached, case closed.')
        L.append(r.choice([f'Anticipated RTW full duty {D(r, rtw, sh)} pending recheck', f'Recheck {D(r, rtw, sh)}; RTW form faxed to {m("Location", emp)} HR ({PH(r)})',
                           f'Off work {D(r, when, sh)} through {D(r, rtw - dt.timedelta(days=1), sh)}, RTW {D(r, rtw, sh)} w/ restrictions']))
    else:
        L.append(r.choice(['Hx: no new exposures, no complaints.', 'ROS neg. Hearing protection and respirator worn per employee.',
                           'Medical questionnaire reviewed - no contraindications.']))
        L.append(r.choice(['Vitals: BP 122/76 P 64 T 98.1 SpO2 98%', 'BP 142/88 P 82 (recheck 138/86)', 'VS wnl']))
        L += r.sample(SURV, r.randint(2, 4))
        L.append(r.choice(['Cleared - no restrictions.', 'Cleared for respirator use.', f'Cleared, next annual due {D(r, when + dt.timedelta(days=365), sh)}']))
    coll_line = r.choice([
        f'Drug screen: {r.choice(["DOT 5-panel", "non-DOT 10-panel", "post-accident 5-panel + BAT"])}, CCF # {m("Other", p.ccf)}, collector {coll.name(r, ("full", "il", "fi"))}; split specimen sealed, temp in range',
        f'UDS collected {D(r, when, sh)} (CCF {m("Other", p.ccf)}) sent to {m("Location", r.choice(LABS))}; breath alcohol 0.000 (EBT)',
    ])
    mro_line = f'MRO {mro.dr(r, ("full", "last"))} reviewed: negative, verified {D(r, when + dt.timedelta(days=r.randint(1, 4)), sh)}'
    fit = f'Fit test: {r.choice(["3M 1870+", "3M 8210", "Halyard FluidShield", "Moldex 2200", "3M 1860S"])} N95 {r.choice(["size reg", "small", ""])}, {r.choice(["quantitative (TSI PortaCount) FF 184", "qualitative - Bitrex, no taste", "qualitative saccharin", "quantitative FF 212"])} - PASS; next due {D(r, when + dt.timedelta(days=365), ["Mon d", "mm/dd/yyyy", "m/d/yy"])}'
    tb = f'TB: {r.choice(["QuantiFERON-TB Gold neg", "PPD 0 mm read", "T-SPOT neg"])} {D(r, when - dt.timedelta(days=r.randint(10, 300)), sh)}'
    opt = [coll_line, mro_line, fit, tb] + [
        f'Prior injury: {r.choice(["L ankle fx", "lumbar strain", "R CTS release", "concussion"])} {m("DateYear", str(when.year - r.randint(2, 15)))} w/ {m("Location", r.choice(EMPLOYERS))}',
        f'Hired {D(r, when - dt.timedelta(days=r.randint(200, 5000)), ["mm/dd/yyyy", "Mon d", "m/d/yy"])}; works {r.choice(["2nd shift", "nights 1900-0730", "4x10s", "days"])}',
        f'PCP {p.pcp.dr(r)} ({m("Location", p.practice)}) - copy of visit sent',
        f'Emergency contact: {p.rels[0].rel} {p.rels[0].name(r, ("full", "first"), "RelativeProxyName")} {PH(r, p.rels[0].phone)}',
        f'Home: {m("Location", p.street)}, {m("Location", p.town)} {m("Location", p.zip)}  ph {PH(r, p.phone)}',
    ]
    if p.injured:
        opt += [f'Outside ED visit at {hosp_name(r, p.osh)} {D(r, p.doi, sh)}, records reviewed',
                f'TPA: {m("Location", r.choice(TPA))}, nurse case mgr {s[7].name(r, ("full",), "RelativeProxyName")} {PH(r)}']
    L += pick(r, opt, r.randint(3, 6))
    L.append(r.choice([f'Seen by: {clin.name(r, ("full", "fml"))}, {r.choice(["FNP-C", "PA-C", "MD", "DO, MPH"])}',
                       f'{clin.name(r, ("full", "il"))} {r.choice(["NP", "MD", "PA-C"])} / MA {ma.name(r, ("first", "fi", "initials"))}',
                       f'e-signed {clin.dr(r, ("full", "fml"))} {D(r, when, sh)} {r.randint(10, 18)}:{r.randint(0, 59):02d}']))
    return L


# ---------------------------------------------------------------- style 3: interpreter / chaplain / social work logs
PSY_PLAIN = [
    'Dx: new dx metastatic pancreatic ca, ECOG 3; palliative following.',
    'Code status: DNR/DNI (MOLST on chart). Advance directive: none prior to this adm.',
    'Coping: tearful, states "God has a plan". Spiritual distress: moderate (FICA F/I/C/A reviewed).',
    'Health literacy: teach-back x2 needed; prefers pictures, does not read written materials.',
    'Pt uses hearing aid L ear; interpreter positioned on L side.',
    'Family dynamics: conflict between siblings re hospice vs SNF; mediated.',
    'Pain 4/10 on hydromorphone PCA; sleeping poorly.',
    'SDOH screen: food insecurity +, utilities shut-off notice, no car.',
    'Grief support: Kubler-Ross stages discussed w/ family in plain language; bereavement packet given.',
    'Capacity: per psychiatry, pt has capacity for this decision.',
    'Interpreter note: consecutive mode, first-person, no side conversations.',
    'Team huddle w/ RN, SW, chaplain, palliative NP at 1300.',
    'Pt prefers female clinicians for exams; documented in banner.',
]


def note_pastoral(r, pt, k, when):
    p, s = pt, pt.staff
    interp, chap, sw, dr1, rn, cw, imam = s[0], s[1], s[2], s[3], s[4], s[5], s[6]
    sh = ['m/d', 'mm/dd/yy', 'm/d/yy', 'Mon d', 'd Mon', 'mm/dd/yyyy']
    lang = p.lang
    L = []
    L.append(r.choice(['Interpreter / Spiritual Care / Social Work - encounter log', 'PSYCHOSOCIAL ENCOUNTER LOG', 'SW + Chaplaincy notes',
                       f'{hosp_name(r, p.hosp)} Spiritual Care & Language Services']))
    L.append(r.choice([f'Pt: {p.p.name(r, ("LF", "lf"), "PTName")}   MRN {m("Other", p.mrn)}   Unit {r.choice(["6N", "5 West", "MICU", "Onc 8", "L&D", "Ortho 4", "Tele 3"])}-{r.randint(1, 32)}',
                       f'Patient {p.p.name(r, ("full", "fml", "lfm"), "PTName")}, DOB {D(r, p.dob, ["mm/dd/yyyy", "m/d/yyyy"])}, age {p.age_txt()}']))
    L.append(f'Preferred language: {lang}   {r.choice(["Interpreter needed: Y", "needs interpreter for all medical conversations", "reads ltd English", "pt declines family interpreting"])}')
    d = when
    entries = []
    mode = r.choice(['in person', 'video (VRI)', 'phone', 'in-person'])
    tab = r.random() < 0.4
    if tab:  # interpreter log as a table
        entries.append('DATE | TIME | INTERPRETER | ID | MODE | MIN | FOR')
        who = [interp, s[7], interp, s[9]]
        for i in range(r.randint(2, 3)):
            dd = d + dt.timedelta(days=i // 2)
            w = who[i]
            wid = p.interp_id if w is interp else str(r.randint(1000, 99999))
            entries.append(f'{D(r, dd, ["m/d", "mm/dd/yy", "m/d/yy"])} | {8 + 4 * (i % 2) + r.randint(0, 2):02d}{r.choice(["00", "10", "35", "50"])} | {w.name(r, ("full", "fi", "lf"))} | {m("Other", wid)} | '
                           f'{r.choice(["IP", "VRI", "OPI", "IP"])} | {r.randint(8, 65)} | {r.choice([dr1.dr(r, ("last",)), "RN " + rn.name(r, ("first",)), "SW", "PT/OT", "pharm"])}')
    else:
        entries.append(f'{D(r, d, sh)} {r.randint(7, 11):02d}{r.choice(["05", "20", "40"])} - Interpreter {interp.name(r, ("full", "fml", "lf"))} (ID {m("Other", p.interp_id)}, {mode}) for {r.choice(["consent for PEG", "family meeting", "dc teaching", "goals-of-care conversation", "bad news / path results"])} w/ {dr1.dr(r)}.')
    if not tab and r.random() < 0.4:
        entries.append(f'   vendor {m("Location", r.choice(INTERP_CO))} {lang} line, interpreter #{m("Other", str(r.randint(10000, 999999)))}, {r.randint(12, 58)} min; teach-back done')
    entries.append(f'{D(r, d, sh)} {r.randint(12, 16)}{r.choice(["00", "30", "45"])} - Chaplain {chap.name(r, ("full", "first", "fi"), "RelativeProxyName")} visited. Pt is {p.faith[0]}; {r.choice(p.faith[3])}.')
    clergy_t = r.choice(p.faith[1]) + ' '
    entries.append(f'   contacted {clergy_t}{imam.name(r, ("full", "last"), "RelativeProxyName")} of {m("Location", p.cong)} ({PH(r)}), will visit {D(r, d + dt.timedelta(days=1), sh + ["Mon. dth"])}')
    rels = p.rels
    abroad_town, country = p.abroad[:2]
    entries.append(f'{D(r, d + dt.timedelta(days=r.randint(0, 1)), sh)} - SW {sw.name(r, ("full", "il", "first"), "RelativeProxyName")}: psychosocial assessment with {lang} interpreter.')
    fam = [
        f'   {rels[0].rel} {rels[0].name(r, ("full", "first"), "RelativeProxyName")} lives in {m("Location", abroad_town)}, {country}; reached by WhatsApp {PH(r, "+" + str(r.randint(20, 299)) + " " + str(r.randint(10, 99)) + " " + str(r.randint(100, 999)) + " " + str(r.randint(1000, 9999)))}',
        f'   {rels[1].rel} {rels[1].name(r, ("full", "first"), "RelativeProxyName")} in {m("Location", rels[1].town)} is main support, {PH(r, rels[1].phone)}',
        f'   {rels[2].rel} {rels[2].name(r, ("full", "first"), "RelativeProxyName")} arriving from {country} {D(r, d + dt.timedelta(days=r.randint(2, 9)), sh)}',
        f'   arrived in US {m("DateYear", str(when.year - r.randint(1, 22)))} from {m("Location", abroad_town)}; {r.choice(["asylum pending", "LPR", "refugee status", "TPS"])}',
    ]
    entries += pick(r, fam, r.randint(1, 2 if tab else 3))
    housing = [
        f'   housing: staying at {m("Location", p.shelter)} since {D(r, d - dt.timedelta(days=r.randint(10, 120)), sh)}, bed held until {D(r, d + dt.timedelta(days=3), sh)}',
        f'   address on file {m("Location", p.street)}, {m("Location", p.town)} - pt reports eviction notice',
        f'   referred to {m("Location", r.choice(AGENCIES))}, case worker {cw.name(r, ("full",), "RelativeProxyName")} {PH(r)}',
        f'   APS report #{m("Other", str(r.randint(1000000, 9999999)))} filed {D(r, d, sh)} re self-neglect' if r.random() < 0.5 else f'   Medicaid app submitted, confirmation {m("Other", "MA" + str(r.randint(1000000, 9999999)))}',
        f'   income: {r.choice(["SSI", "none", "cash work", "SSDI"])}; PHQ-9 {r.randint(3, 22)}, GAD-7 {r.randint(2, 19)}; C-SSRS neg',
        f'   transportation via {m("Location", r.choice(EMS))} / Medicaid cab for f/u',
    ]
    entries += pick(r, housing, r.randint(1, 2 if tab else 3))
    later = [
        f'{D(r, d + dt.timedelta(days=2), sh)} - Interpreter {s[7].name(r, ("full", "fi"))} (ID {m("Other", str(r.randint(1000, 9999)))}) for RN {rn.name(r, ("first", "fi"))} dc teaching: Eliquis, Lasix, low-Na diet',
        f'{D(r, d + dt.timedelta(days=2), sh)} - Chaplain f/u: family gathered, {r.choice(p.faith[3])}; {r.choice(p.faith[1])} {m("RelativeProxyName", imam.last)} {r.choice(["came by", "to return Sun", "called pt"])}',
        f'{D(r, d + dt.timedelta(days=3), sh)} - SW: POLST completed, HCP form names {rels[1].rel} {rels[1].name(r, ("full",), "RelativeProxyName")}',
        f'{D(r, d + dt.timedelta(days=3), sh)} - SW: funeral home pref {m("Location", r.choice(FUNERAL))}; body to be repatriated to {country} per family',
    ]
    entries += pick(r, later[1:] if tab else later, r.randint(0 if tab else 1, 2))
    L += entries
    L += r.sample(PSY_PLAIN, r.randint(2, 5))
    L.append(r.choice(['Barriers: language, health literacy, housing.', 'Plan: SW to follow daily; chaplain on call pgr prn.', 'Spiritual assessment (FICA) completed.',
                       'Plan: interpreter for all MD rounds, family mtg Thurs.']))
    L.append(r.choice([f'-- {sw.name(r, ("full", "il"), "RelativeProxyName")}, LICSW {ext(r)}', f'-- {chap.name(r, ("full",), "RelativeProxyName")}, M.Div, BCC',
                       f'logged by {sw.name(r, ("initials", "first"), "RelativeProxyName")}']))
    return L


# ---------------------------------------------------------------- style 4: ICU nursing shift notes (capitals)
ICU_SYS = {
    'NEURO': ['RASS -1, CAM-ICU NEG, PERRLA 3 MM BRISK', 'RASS -3 ON PROPOFOL 30 MCG/KG/MIN, +COUGH/GAG', 'GCS 10T (E3VTM6), MAE, NO SEIZURE ACTIVITY',
              'CPOT 2, FENTANYL 50 MCG/HR, PRECEDEX 0.4', 'CAM-ICU POSITIVE, SITTER AT BEDSIDE, NO RESTRAINTS', 'A&O X2, FOLLOWS COMMANDS, NIHSS 3'],
    'CV': ['NSR 70S-80S, MAP 65-72 ON LEVOPHED 0.06 MCG/KG/MIN', 'AFIB 100-120, AMIO GTT 0.5 MG/MIN', 'SBP 90S-110S, VASOPRESSIN 0.03 U/MIN ADDED 0200',
           'ST 100S, CVP 12, CI 2.1 PER SWAN', 'PULSES 2+ DP/PT B/L, CAP REFILL <3 SEC', 'HEPARIN GTT 12 U/KG/HR, ANTI-XA 0.42'],
    'RESP': ['AC/VC 450 X 16, PEEP 8, FIO2 40%, P/F 210', 'PS 10/5 SBT 30 MIN TOLERATED, RSBI 62', 'HFNC 50 L / 60%, SPO2 92-95%',
             'BIPAP 14/8 OVERNIGHT, ABG 7.31/52/71', 'COARSE BS BIL, SXN MOD THICK TAN, CXR AM PENDING', 'PPLAT 27, DRIVING PRESSURE 15, PRONED 16H'],
    'GI/GU': ['TF VITAL AF 1.2 @ 50 ML/HR VIA DOBHOFF (CORTRAK), RESIDUALS <100', 'FOLEY PATENT, UO 30-60 ML/HR, CLEAR YELLOW', 'BM X1 LOOSE, FMS IN PLACE',
              'NPO, OGT TO LIS, 200 ML BILIOUS', 'CRRT CVVHDF, UF NET -50 ML/HR, CITRATE', 'BS 140-190, INSULIN GTT PER PROTOCOL'],
    'SKIN': ['BRADEN 12, SACRUM INTACT, MEPILEX ON, Q2H TURNS', 'STAGE 2 COCCYX 2 X 1.5 CM, ALLEVYN', 'BAIR HUGGER OFF 0300, T 37.1',
             'PREVALON BOOTS ON, HEELS BLANCHING'],
    'ID': ['TMAX 38.6 @ 0200, BCX X2 SENT, ZOSYN/VANC CONT', 'AFEBRILE, WBC 14.2 (16.8)', 'PROCALCITONIN 2.1, C DIFF PRECAUTIONS'],
}
LINES4 = ['R IJ TLC', 'L SUBCLAVIAN TLC', 'R RADIAL ART LINE', 'L FEMORAL QUINTON', 'R BASILIC PICC', 'FOLEY', 'ETT 7.5 @ 23 CM LIP',
          'L CHEST TUBE 28FR TO -20 SXN', 'R FEM ART LINE', 'OGT', 'EVD AT 15 CMH2O', 'JP DRAIN RLQ', 'PIV 18G L AC']


def note_icu(r, pt, k, when):
    p, s = pt, pt.staff
    rn_off, rn_on, rt, cons1, cons2, cons3, inten, charge = s[0], s[1], s[2], s[3], s[4], s[5], s[6], s[7]
    sh = ['mm/dd/yy', 'm/d', 'mm/dd', 'ddMONyy', 'm/d/yy', 'mm/dd/yyyy']
    sh = [x if x != 'mm/dd' else 'm/d' for x in sh]
    shift = r.choice(['1900-0730', '0700-1930', 'NOCS', 'DAYS 07-19', 'N 19-07'])
    L = []
    L.append(f'{r.choice(["MICU", "SICU", "CVICU", "NEURO ICU", "CCU", "ICU"])} RN SHIFT NOTE  {shift}  {D(r, when, sh)}')
    L.append(r.choice([f'PT: {p.p.name(r, ("LF", "LFM"), "PTName")}   MRN {m("Other", p.mrn)}   BED {r.randint(1, 24)}   DOB {D(r, p.dob, ["mm/dd/yyyy", "m/d/yy"])} ({p.age_txt()} YO)',
                       f'{p.p.name(r, ("LF", "lf"), "PTName")}  {p.age_txt()}{p.p.sex}  HD #{(when - p.base).days + p.adm_off + 1}  ADM DX {p.icu_dx}',
                       f'{p.p.name(r, ("full", "fml"), "PTName")} ({m("Other", p.mrn)}), {p.age_txt()} Y/O, {r.choice(["FULL CODE", "DNR/DNI", "DNR - OK TO INTUBATE"])}']))
    L.append(r.choice([f'REPORT REC\'D FROM {rn_off.name(r, ("full", "fi", "first"))} RN; BEDSIDE HANDOFF W/ {rn_on.name(r, ("full", "fi", "first"))} RN AT {r.choice(["0710", "1915", "0720", "1905"])}',
                       f'HANDOFF: {rn_off.name(r, ("fi", "first"))} -> {rn_on.name(r, ("fi", "first", "full"))}, SBAR + SAFETY CHECK DONE',
                       f'ASSUMED CARE 1900 FROM {rn_off.name(r, ("fi", "full"))}. CHARGE RN {charge.name(r, ("first", "fi"))}']))
    for sysname in r.sample(list(ICU_SYS), r.randint(4, 6)):
        for line in r.sample(ICU_SYS[sysname], r.randint(1, 2)):
            L.append(f'{sysname}: {line}')
    L.append('LINES/DRAINS:')
    adm = p.base - dt.timedelta(days=p.adm_off)
    have = [x for x in p.icu_lines if x[1] <= when]
    for ln, d0, by in r.sample(have, min(len(have), r.randint(3, 5))):
        L.append(r.choice([f'  {ln} - PLACED {D(r, d0, sh)}', f'  {ln} ({D(r, d0, sh)}) - DSG C/D/I',
                           f'  {ln} INSERTED {D(r, d0, sh)} BY {p.staff[9].dr(r, ("last",)) if by else "IR"}',
                           f'  {ln}, DAY {(when - d0).days + 1}', f'  {ln} {D(r, d0, sh)}']))
    if r.random() < 0.5:
        L.append('EVENTS:')
        ev = [f'  {r.randint(0, 5):02d}{r.randint(0, 59):02d} SBP 70S, LEVO UP TO 0.12, {inten.dr(r, ("last",))} NOTIFIED, 500 ML LR BOLUS',
              f'  {r.randint(0, 5):02d}{r.randint(0, 59):02d} SELF-EXTUBATION ATTEMPT, SOFT WRIST RESTRAINTS PER ORDER, RT {rt.name(r, ("first", "fi"))} AT BS',
              f'  {r.randint(20, 23)}{r.randint(10, 59)} K 3.1 -> 40 MEQ KCL VIA CVC, MG 2 G',
              f'  {r.randint(20, 23)}{r.randint(10, 59)} FSBG 58, D50 25 ML GIVEN, RECHECK 132',
              f'  {r.randint(0, 5):02d}{r.randint(10, 59)} RAPID AFIB 150S, {cons3.name(r, ("last", "full"))} (CARDS FELLOW) AT BS, DILTIAZEM 10 MG IVP']
        L += r.sample(ev, r.randint(1, 3))
    if r.random() < 0.6:
        L.append('TIME | HR | BP | MAP | SPO2 | RR')
        night = shift in ('1900-0730', 'NOCS', 'N 19-07')
        for t in (['2000', '0000', '0400'] if night else ['0800', '1200', '1600']):
            L.append(f'{t} | {r.randint(62, 124)} | {r.randint(86, 150)}/{r.randint(44, 80)} | {r.randint(60, 90)} | {r.randint(89, 100)} | {r.randint(12, 30)}')
    io_in, io_out = r.randint(900, 3200), r.randint(400, 2800)
    L.append(f'I/O: {io_in}/{io_out}  NET {io_in - io_out:+d}')
    rels = p.rels
    calls = [
        f'FAMILY: {rels[0].rel.upper()} {rels[0].name(r, ("first", "full"), "RelativeProxyName")} CALLED {r.randint(19, 23)}{r.choice(["00", "15", "40"])}, UPDATED. {r.choice(["QUESTIONS RE TRACH", "WILL VISIT AM", "AWARE OF PLAN"])}',
        f'HCP: {rels[1].rel.upper()} {rels[1].name(r, ("full",), "RelativeProxyName")} {PH(r, rels[1].phone)} (CELL), {rels[2].rel.upper()} {rels[2].name(r, ("first", "full"), "RelativeProxyName")} ALT {PH(r, rels[2].phone)}',
        f'{rels[2].rel.upper()} {rels[2].name(r, ("first",), "RelativeProxyName")} DRIVING IN FROM {m("Location", rels[2].town)}, ETA {D(r, when + dt.timedelta(days=1), sh)}',
        f'FAMILY MTG W/ {inten.dr(r, ("last", "full"))} SET {D(r, when + dt.timedelta(days=r.randint(1, 3)), sh)} {r.choice(["1400", "@ 10", "AFTERNOON"])}',
        f'{r.choice(p.faith[1]).upper()} {s[8].name(r, ("full", "last"), "RelativeProxyName")} FROM {m("Location", p.cong)} AT BEDSIDE W/ FAMILY',
    ]
    L += pick(r, calls, r.randint(2, 4))
    consults = [
        f'NEPHRO ({cons1.dr(r, ("last",))}) - CRRT TO CONT, NO HEP',
        f'ID: {cons2.dr(r, ("last", "full"))} AWARE OF BCX, START MICAFUNGIN',
        f'CARDS {cons3.name(r, ("last", "fi"))} PAGED {r.randint(0, 5):02d}{r.randint(10, 59)} RE AFIB RVR - AMIO BOLUS 150 MG',
        f'RT {rt.name(r, ("first", "fi"))}: SBT AM, CUFF LEAK PRESENT',
        f'INTENSIVIST {inten.dr(r, ("last", "full"))} AT BEDSIDE {r.randint(20, 23)}00, ORDERS RECEIVED (V/O READ BACK)',
        f'TRANSFERRED FROM {hosp_name(r, p.osh)} VIA {m("Location", r.choice(EMS))} ON {D(r, adm, sh)}',
        f'OSH ({hosp_name(r, p.osh)}) RECORDS FAXED FROM {PH(r)}',
        f'PCP {p.pcp.dr(r, ("last", "full"))} ({m("Location", p.practice)}) NOTIFIED OF ADMISSION',
        f'PMH: {p.pmh_proc[0]} {m("DateYear", str(p.pmh_years[0]))}, {p.pmh_proc[1]} {m("DateYear", str(p.pmh_years[1]))}',
    ]
    L += pick(r, consults, r.randint(2, 5))
    L.append(r.choice(['PLAN: WEAN LEVO MAP >65, SBT IN AM, CHG BATH DONE, ORAL CARE Q4', 'SAFETY: BED LOW/LOCKED, ALARMS ON, HOB 30, VAP BUNDLE',
                       'PLAN: CONT CRRT, TRENDING LACTATE, SKIN Q2', 'REPORT TO ONCOMING RN, NO ACUTE EVENTS']))
    L.append(r.choice([f'-- {rn_off.name(r, ("full", "fi"))}, RN  {ext(r)}', f'{rn_off.name(r, ("full",))} BSN RN CCRN',
                       f'SIGNED {rn_off.name(r, ("il", "full"))} RN {r.choice(["0705", "1915", "0658"])}']))
    return L
