#!/usr/bin/env python3
"""Generates deid-styles-dev-25 (four styles, 25 notes each) with gold spans. Python 3 stdlib only, fixed seed:
`python3 generate.py [seed]` writes <style>/notes.text and <style>/gold.phrase beside this file."""
import datetime as dt
import os
import random
import sys

import pools as P
import templates as T

HERE = os.path.dirname(os.path.abspath(__file__))
SEED = int(sys.argv[1]) if len(sys.argv) > 1 else 20262539
# style, first patient id, template, kind, share of notes in CAPITALS, share in lower case
STYLES = [
    ('outpatient-letters-cc-lists', 25001, T.letter, 'adult', 0.12, 0.08),
    ('peds-transfer-caps', 25101, T.peds, 'peds', 0.0, 0.08),   # written in capitals; a few lower-cased
    ('pharmacy-med-rec-calls', 25201, T.medrec, 'adult', 0.12, 0.16),
    ('contact-tracing-public-health', 25301, T.tracing, 'adult', 0.12, 0.12),
]
NOTES = 25


def slug_store(r):
    return str(r.randint(100, 19999))


def enrich(r, p, style):
    """Adds the style's fixed facts to a patient."""
    p['adm'] = p['idx'] - dt.timedelta(days=r.randint(30, 200))
    if style == 'outpatient-letters-cc-lists':
        p['clinic'] = r.choice(P.CLINICS)
        p['clinic_street'] = f'{r.randint(10, 4999)} {r.choice(P.STREETS)}' + r.choice(['', ', Suite 210', ', Ste 4B'])
        p['clinic_town'] = r.choice(P.TOWNS)
        p['clinic_zip'] = f'{r.randint(10000, 99899):05d}'
        p['clinic_phone'] = T.phone(r, '(a) b-c')
        p['clinic_fax'] = T.phone(r, 'a-b-c')
        p['prac_street'] = f'{r.randint(10, 4999)} {r.choice(P.STREETS)}'
        p['prac_town'] = r.choice(P.TOWNS)
        p['spec_doc'] = T.person(r)
        p['prior_doc'] = T.person(r)
        p['transcr'] = T.person(r, 'F')
        roles = ['PCP', 'cardiology', 'nephrology', 'ophthalmology', 'surgeon', 'endocrine', 'podiatry', 'oncology']
        p['cc'] = [{'d': p['pcp'], 'prac': p['practice'], 'town': p['prac_town'], 'role': 'PCP', 'fax': T.phone(r, 'a-b-c')}]
        for role in r.sample(roles[1:], 3):
            p['cc'].append({'d': T.person(r), 'prac': r.choice(P.PRACTICES + [c[0] for c in P.CLINICS] + [h[0] for h in P.HOSPITALS]),
                            'town': r.choice(P.TOWNS), 'role': role, 'fax': T.phone(r, r.choice(['a-b-c', 'a.b.c']))})
    elif style == 'peds-transfer-caps':
        p['childrens'] = r.choice(P.CHILDRENS)
        p['case'] = r.choice(['T', 'NT', 'PT']) + str(p['idx'].year % 100) + '-' + str(r.randint(1000, 99999))
        p['osh_mrn'] = str(r.randint(1000000, 99999999))
        ga = r.choice([24, 26, 28, 31, 33, 34, 35, 37, 39, 40])
        p['ga'] = f'{ga}+{r.randint(0, 6)}' if ga < 37 else str(ga)
        p['bw'] = str(max(540, int(ga * 95 + r.randint(-400, 400) - 300)))
        p['wt'] = str(round(r.uniform(3.5, 28), 1))
        p['ref_town'] = r.choice(P.TOWNS)
        p['ref_doc'] = T.person(r)
        p['ref_phone'] = T.phone(r, r.choice(['a-b-c', 'b-c']))
        p['acc_doc'] = T.person(r)
        p['crew'] = [T.person(r), T.person(r), T.person(r)]
        p['transport'] = r.choice(P.TRANSPORT)
        p['mom'] = T.person(r, 'F')
        p['mom']['last'] = p['last'] if r.random() < 0.5 else p['mom']['last']
        p['dad'] = T.person(r, 'M')
        p['rel1'], p['rel2'] = p['mom'], p['dad']
        p['guard'] = T.person(r, 'F')
        p['cw'] = T.person(r)
        p['hand_rn'] = T.person(r)
        p['ref_rn'] = T.person(r)
        for k in ('last', 'first'):
            p[k] = p[k].upper()
    elif style == 'pharmacy-med-rec-calls':
        p['pharm'] = []
        for name in r.sample(P.PHARMACIES, 2):
            p['pharm'].append({'name': name, 'store': slug_store(r), 'town': r.choice(P.TOWNS), 'phone': T.phone(r),
                               'staff': r.choice(P.FIRST_F + P.FIRST_M)})
        p['ins'] = r.choice(['XJH', 'W', 'MCD', '', 'ZQP']) + str(r.randint(10000000, 999999999)) + r.choice(['', '01', '-02'])
        p['att'] = T.person(r)
        p['hha'] = r.choice(['Sunrise Home Health', 'CareBridge Home Health of Orrick', 'Angel Touch HHA', 'Heartland Visiting Nurses'])
        p['hha_rn'] = T.person(r)
        p['prescribers'] = [p['pcp'], T.person(r), T.person(r)]
        p['pain_doc'] = T.person(r)
        p['pain_clinic'] = r.choice(['Relief Pain Management', 'Quillmont Spine & Pain', 'Ease Pain Clinic of Carrow'])
        p['acc_clinic'] = r.choice(['Carrow Anticoag Clinic', 'Coumadin Clinic at MOMC', 'Eden INR Clinic'])
        p['mail'] = r.choice(['MailMeds Direct', 'ScriptPath Home Delivery', 'Express Parcel Rx'])
        p['rph'] = T.person(r)
        p['ma'] = r.choice(P.FIRST_F + P.FIRST_M)
    else:
        p['disease'] = r.choice(T.DISEASES)
        p['hd'] = r.choice(P.HEALTH_DEPTS)
        p['hd2'] = r.choice(P.HEALTH_DEPTS)
        p['case'] = r.choice(['CI-', 'ORC', 'TB', '']) + str(p['idx'].year) + '-' + str(r.randint(100, 99999)).zfill(5)
        p['onset'] = p['idx'] - dt.timedelta(days=r.randint(3, 12))
        p['lab'] = r.choice(P.LABS)
        p['acc'] = r.choice(['PHL', 'QRL', 'M']) + str(r.randint(10000, 999999))
        p['work_town'] = r.choice(P.TOWNS)
        p['boss'], p['teacher'], p['gm'] = T.person(r), T.person(r), T.person(r)
        p['sch_rn'] = T.person(r, 'F')
        p['school'] = r.choice(P.SCHOOLS)
        p['church'] = r.choice(P.CHURCHES)
        p['gym'] = r.choice(P.GYMS)
        p['rest'] = r.choice(P.RESTAURANTS)
        p['rest_town'] = r.choice(P.TOWNS)
        p['site'] = r.choice(P.OTHER_SITES)
        p['ip_other'] = T.person(r)
        p['epi'] = T.person(r)
        p['epi_phone'] = T.phone(r, r.choice(['a-b-c', '(a) b-c']))
        p['ipn'] = T.person(r)
        rels = {'F': ['wife', 'daughter', 'girlfriend', 'grandmother', 'sister-in-law', 'babysitter', 'mother', 'niece'],
                'M': ['husband', 'son', 'boyfriend', 'grandfather', 'brother', 'uncle', 'stepfather']}
        both = ['roommate', 'coworker', 'carpool', 'neighbor', 'teammate', 'cousin', 'classmate', 'friend']
        p['contacts'] = []
        for i in range(5):
            c = p['rel1'] if i == 0 else T.person(r)
            rel = c['rel'] if i == 0 else r.choice(rels[c['sex']] + both)
            p['contacts'].append({'p': c, 'rel': rel, 'phone': T.phone(r)})
        if r.random() < 0.5:
            p['contacts'][1]['p'] = dict(p['contacts'][1]['p'], last=p['last'])


def build_note(r, style, tmpl, p, n, when, caps, lower):
    text = '\n' + '\n'.join(tmpl(r, p, n, when)) + '\n'
    body, spans = T.render(text)
    x = r.random()
    if style == 'peds-transfer-caps':
        if x < lower:
            body = body.lower()
        else:
            body = body.upper()
    elif x < caps:
        body = body.upper()
    elif x < caps + lower:
        body = body.lower()
    spans = [(s, e, c, body[s:e]) for s, e, c, _ in spans]
    return body, spans


def ok(body, spans):
    lines = sum(1 for l in body.split('\n') if l.strip())
    return 8 <= len(spans) <= 30 and 15 <= lines <= 40 and body.isascii()


def main():
    r = random.Random(SEED)
    for style, first_pid, tmpl, kind, caps, lower in STYLES:
        notes, gold = [], []
        pid, count = first_pid, 0
        while count < NOTES:
            p = T.make_patient(r, pid, kind)
            enrich(r, p, style)
            k = min(r.choice([1, 1, 2, 2, 3]), NOTES - count)
            dates = sorted(p['idx'] + dt.timedelta(days=r.randint(0, 60) if i else 0) for i in range(k))
            p['prev'] = dates[0] - dt.timedelta(days=r.randint(40, 200))
            for n, when in enumerate(dates, 1):
                for _ in range(200):
                    body, spans = build_note(r, style, tmpl, p, n, when, caps, lower)
                    if ok(body, spans):
                        break
                else:
                    raise SystemExit(f'could not draw {style} {pid}-{n}')
                notes.append(f'START_OF_RECORD={pid}||||{n}||||\n{body}||||END_OF_RECORD\n')
                for s, e, c, ph in spans:
                    gold.append(f'{pid} {n} {s} {e} {c} {ph}\n')
                p['prev'] = when
                count += 1
            pid += 1
        os.makedirs(os.path.join(HERE, style), exist_ok=True)
        with open(os.path.join(HERE, style, 'notes.text'), 'w', newline='\n') as fh:
            fh.write(''.join(notes))
        with open(os.path.join(HERE, style, 'gold.phrase'), 'w', newline='\n') as fh:
            fh.write(''.join(gold))


if __name__ == '__main__':
    main()
