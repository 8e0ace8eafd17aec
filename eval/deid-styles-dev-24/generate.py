#!/usr/bin/env python3
"""Generates deid-styles-dev-24: four styles x 25 notes with gold PHI spans. Python 3 stdlib only,
deterministic (fixed seed). Usage: python3 generate.py [seed]"""
import datetime as dt
import os
import random
import re
import sys

import pools as P
import templates as T
from templates import m

HERE = os.path.dirname(os.path.abspath(__file__))
SEED = int(sys.argv[1]) if len(sys.argv) > 1 else 20262406
STYLES = [('workers-comp-injury-claims', T.wc_note, 240, (0.10, 0.08)),
          ('community-paramedic-home-visits', T.mih_note, 241, (0.30, 0.08)),
          ('crisis-line-psych-emergency', T.crisis_note, 242, (0.08, 0.14)),
          ('snf-placement-discharge-planning', T.snf_note, 243, (0.04, 0.48))]
COUNTS = [2, 3, 1, 2, 2, 3, 1, 2, 3, 2, 1, 3]  # 25 notes over 12 patients
NAMED_LANDMARKS = {"Kwik Fill", "Hutch's Tire", "Pop's Bait & Tackle", "Casey's", "Thriftway", "the Dollar General"}


def person(rng, sex=None):
    sex = sex or rng.choice('MF')
    first = rng.choice(P.FIRST_M if sex == 'M' else P.FIRST_F)
    return first, rng.choice(P.SURNAMES)


def rel(rng, age, psex):
    if age >= 75:
        opts = [('daughter', 'F'), ('son', 'M'), ('niece', 'F'), ('grandson', 'M'), ('wife', 'F'), ('husband', 'M')]
    elif age >= 40:
        opts = [('wife', 'F'), ('husband', 'M'), ('sister', 'F'), ('brother', 'M'), ('partner', 'F'), ('son', 'M')]
    else:
        opts = [('mother', 'F'), ('father', 'M'), ('girlfriend', 'F'), ('boyfriend', 'M'), ('aunt', 'F'), ('sister', 'F')]
    opts = [o for o in opts if not (o[0] == 'wife' and psex == 'F') and not (o[0] == 'husband' and psex == 'M')]
    r, s = rng.choice(opts)
    f, l = person(rng, s)
    name = rng.choice([f + ' ' + l, f, f + ' ' + l])
    return name, r


def make_patient(rng, style_i, i):
    sex = rng.choice('MF')
    first, last = person(rng, sex)
    if style_i == 0:
        age = rng.randint(19, 66)
    elif style_i == 2:
        age = rng.randint(14, 71) if i % 4 != 2 else rng.randint(90, 96)
    else:
        age = rng.randint(58, 89) if i % 4 != 2 else rng.randint(90, 103)
    index = dt.date(2026, 1, 1) + dt.timedelta(days=rng.randint(0, 300))
    dob = dt.date(index.year - age, rng.randint(1, 12), rng.randint(1, 28))
    if (dob.month, dob.day) > (index.month, index.day):
        dob = dob.replace(year=dob.year - 1)
    hosp = rng.sample([h for h in P.HOSPITALS if style_i == 2 or h[1] != 'SBBH'], 3)
    p = dict(first=first, last=last, mi=rng.choice('ABCDEFGHJKLMNPRSTW'), sex=sex, age=age, dob=dob, index=index,
             mrn=rng.choice(['', 'M', 'E', '00']) + str(rng.randint(1000000, 9999999)),
             street='%d %s' % (rng.randint(12, 9890), rng.choice(P.STREETS)), town=rng.choice(P.TOWNS),
             zip=rng.choice(P.ZIPS), hosp=[h[rng.random() < .5] for h in hosp],
             pcp=person(rng), practice=rng.choice(P.PCP_PRACTICES), pharmacy=rng.choice(P.PHARMACIES))
    if rng.random() < .25:
        p['town'] = p['town'].lower()
    p['rel1'] = rel(rng, age, sex)
    p['rel2'] = rel(rng, age, sex)
    if style_i == 0:
        emp, job = rng.choice(P.EMPLOYERS)
        p.update(employer=emp, employer_short=emp.split()[0] + ' ' + emp.split()[1] if rng.random() < .5 else emp,
                 job=job, site_m=rng.choice([m('Location', '%d %s' % (rng.randint(100, 9000), rng.choice(P.STREETS))),
                                             'Plant 2, ' + m('Location', rng.choice(P.TOWNS)),
                                             m('Location', rng.choice(P.TOWNS)) + ' yard',
                                             'job site at ' + m('Location', '%d %s' % (rng.randint(100, 9000), rng.choice(P.STREETS)))]),
                 supervisor=person(rng), adjuster=person(rng), insurer=rng.choice(P.INSURERS + P.TPAS),
                 claim=rng.choice(['WC', 'CLM-', '26-', '']) + str(rng.randint(10000000, 99999999)),
                 injury_date=index, occ=rng.choice(P.OCC_CLINICS), occ_town=rng.choice(P.TOWNS),
                 occ_street='%d %s' % (rng.randint(100, 3000), rng.choice(P.STREETS)), occ_doc=person(rng),
                 ortho=person(rng), pt_clinic=rng.choice(P.PT_CLINICS), pt=person(rng), pta=person(rng),
                 coworker=' '.join(person(rng)), hr=person(rng)[0], safety=' '.join(person(rng)),
                 attorney=' '.join(person(rng)), lawfirm=rng.choice(['Delacroix & Penn', 'Hollis Injury Law',
                                                                     'Barr Whitcomb LLP', 'Ostrander Law Group']),
                 ur_ref='UR' + str(rng.randint(100000, 999999)))
        inj = rng.choice([
            ('slipped on wet floor and twisted', 'R ankle', 'Sprain of ATFL, R ankle', 'S93.491A'),
            ('lifting a 60 lb box, felt pop in low back', 'L-spine', 'Lumbar strain', 'S39.012A'),
            ('repetitive scanning x 8 h/day, numbness R hand', 'R wrist', 'Carpal tunnel syndrome, R', 'G56.01'),
            ('reaching overhead to pull a tarp', 'R shoulder', 'Rotator cuff strain, R', 'S46.011A'),
            ('box cutter slipped', 'L hand', 'Laceration L hand w/o FB', 'S61.412A'),
            ('fell 4 ft off a ladder onto L knee', 'L knee', 'Contusion L knee', 'S80.02XA'),
            ('splash of degreaser to R forearm', 'R forearm', 'Chemical burn R forearm, 1st/2nd deg', 'T54.2X1A')])
        p['mech'], p['part'], p['dx'], p['icd'] = inj
    elif style_i == 1:
        ag = rng.choice(P.MIH_AGENCIES)
        p.update(agency=ag, unit='%s %d' % (rng.choice(['Medic', 'CP', 'MIH', 'Squad']), rng.randint(2, 61)),
                 incident=rng.choice(['26-', 'MIH', '']) + str(rng.randint(100000, 999999)),
                 medic=person(rng), medic2=person(rng), md=person(rng), neighbor=rng.choice([' '.join(person(rng)), 'Mrs. ' + rng.choice(P.SURNAMES)]),
                 hha=rng.choice(P.HOME_HEALTH), hha_rn=person(rng)[0], rph=person(rng)[0], pcp_rn=rng.choice([person(rng)[0], ' '.join(person(rng))]), nemt=rng.choice(P.TRANSPORT))
        if p['neighbor'].startswith('Mrs. '):
            p['neighbor'] = p['neighbor'][5:]
        r = rng.random()
        lm = rng.choice(P.LANDMARKS)
        lmk = m('Location', lm) if lm in NAMED_LANDMARKS else lm
        p['aptno'] = ''
        if r < .35:
            cx = rng.choice(P.APT_COMPLEXES)
            p['aptno'] = rng.choice(['Apt ', '#', 'Unit ']) + str(rng.randint(1, 3)) + rng.choice('ABCD0')
            p['directions'] = m('Location', cx) + ', bldg ' + rng.choice('ABCDEFG') + ', ' + rng.choice(['2nd floor, elevator broken', 'ground floor end unit', 'behind the pool']) + '. Park by ' + lmk + '.'
        elif r < .65:
            tp = rng.choice(P.TRAILER_PARKS)
            p['aptno'] = 'Lot ' + str(rng.randint(1, 88))
            p['directions'] = m('Location', tp) + ' off ' + m('Location', rng.choice(P.STREETS)) + ', ' + rng.choice(['blue single-wide w/ ramp', 'tan trailer, wheelchair ramp on side', 'third on left past mailboxes']) + '. Landmark: ' + lmk + '.'
        else:
            p['directions'] = rng.choice(['gravel drive %.1f mi past ' % rng.uniform(.2, 3), 'white farmhouse across from ', 'yellow house 2 doors down from ']) + lmk + ' on ' + m('Location', rng.choice(P.STREETS)) + '. ' + rng.choice(['Mailbox says ' + m('PTName', p['last'].upper()) + '.', 'No house number visible.', 'GPS wrong - turn at the red barn.'])
        if p['aptno']:
            p['street'] = p['street'] + ' ' + p['aptno']
            p['aptno'] = ''
    elif style_i == 2:
        team = rng.choice(P.CRISIS_TEAMS)
        p.update(callid=rng.choice(['CL', '988-', 'K']) + str(rng.randint(100000, 999999)), counselor=person(rng),
                 shelter=rng.choice(P.SHELTERS), school=rng.choice(P.SCHOOLS), grouphome=rng.choice(P.GROUP_HOMES),
                 team=team, mct=person(rng), police=rng.choice(P.POLICE), officer=rng.choice(P.SURNAMES),
                 badge=str(rng.randint(100, 4999)), church=rng.choice(P.CHURCHES), cmhc=rng.choice(P.CMHCS),
                 therapist=person(rng), super=person(rng), edmd=person(rng), psych=person(rng), resident=person(rng),
                 accept=person(rng), peer=' '.join(person(rng)), sw=' '.join(person(rng)), gh_staff=person(rng)[0], school_c='Mr. ' + rng.choice(P.SURNAMES),
                 job=rng.choice([e[0] for e in P.EMPLOYERS]), eval_first=rng.random() < .5,
                 hpi=rng.choice(['Escalating depression since loss of job; stopped meds 3 wks ago.',
                                 'Brought after texting ex-partner a goodbye message and photo of pills.',
                                 'Found by staff with ligature in closet, removed, no marks.',
                                 'Hearing voices telling him to leave home; not sleeping; walked 9 miles.',
                                 'Threatened peer w/ scissors after argument; later tearful, voiced SI.']))
        p['school_c'] = p['school_c'][4:]
    else:
        snfs = rng.sample(P.SNFS, rng.randint(3, 4))
        if rng.random() < .2:
            snfs.append(rng.choice(P.IRFS + P.LTACHS))
        status = ['declined'] * len(snfs)
        status[rng.randrange(len(snfs))] = 'accepted'
        for j in range(len(snfs)):
            if status[j] == 'declined' and rng.random() < .35:
                status[j] = rng.choice(['pending', 'reviewing', 'no response'])
        p.update(cm=person(rng), att=person(rng), pall=person(rng), plan=rng.choice(P.HEALTH_PLANS),
                 memberid=rng.choice(['', 'X', 'PSH']) + str(rng.randint(100000000, 999999999)),
                 admit=p['index'] - dt.timedelta(days=rng.randint(2, 6)), snfs=snfs, status=status,
                 liaisons=[rng.choice([person(rng)[0], ' '.join(person(rng))]) for _ in snfs],
                 auth=rng.choice(['A', 'NH', '']) + str(rng.randint(1000000, 9999999)), ur_rn=' '.join(person(rng)),
                 snf_rn=person(rng)[0], transport=rng.choice(P.TRANSPORT), conf=str(rng.randint(10000, 99999)),
                 snfmd=person(rng), snftown=rng.choice(P.TOWNS), rel2town=rng.choice(P.TOWNS),
                 snfstreet='%d %s' % (rng.randint(100, 5000), rng.choice(P.STREETS)), alf=rng.choice(P.ALFS),
                 reason=rng.choice(['mechanical fall w/ L hip fx s/p IMN (ortho ' + m('HCPName', person(rng)[1]) + ').',
                                    'CHF exacerbation, diuresed 6 L.', 'L MCA stroke w/ R hemiparesis, aphasia.',
                                    'urosepsis w/ delirium, now resolving.', 'COPD exac, new 3L O2 need.',
                                    'R TKA revision, WBAT.']))
    return p


WORD = re.compile(r'\b[a-z]{6,}\b')


def typo(marked, rng):
    parts = re.split(r'(\x01[^\x03]*\x03)', marked)
    cands = [(i, mo) for i, part in enumerate(parts) if not part.startswith('\x01') for mo in WORD.finditer(part)]
    if not cands:
        return marked
    i, mo = rng.choice(cands)
    w = mo.group(0)
    j = rng.randrange(1, len(w) - 2)
    w2 = w[:j] + w[j + 1] + w[j] + w[j + 2:]
    parts[i] = parts[i][:mo.start()] + w2 + parts[i][mo.end():]
    return ''.join(parts)


def main():
    rng = random.Random(SEED)
    for style_i, (style, fn, base, (p_up, p_low)) in enumerate(STYLES):
        notes, gold = [], []
        for i, cnt in enumerate(COUNTS):
            p = make_patient(rng, style_i, i)
            pid = str(base * 100 + i + 1)
            for k in range(cnt):
                for _ in range(200):
                    marked = fn(p, k, rng)
                    if rng.random() < .4:
                        marked = typo(marked, rng)
                    text, spans = T.render('\n' + marked + '\n')
                    n_lines = sum(1 for line in text.split('\n') if line.strip())
                    if 8 <= len(spans) <= 30 and 15 <= n_lines <= 40:
                        break
                else:
                    raise SystemExit('cannot draw %s %s' % (pid, k))
                r = rng.random()
                if r < p_up:
                    text = text.upper()
                elif r < p_up + p_low:
                    text = text.lower()
                notes.append('START_OF_RECORD=%s||||%d||||\n%s||||END_OF_RECORD\n' % (pid, k + 1, text))
                for s, e, cat, _ in spans:
                    gold.append('%s %d %d %d %s %s' % (pid, k + 1, s, e, cat, text[s:e]))
        os.makedirs(os.path.join(HERE, style), exist_ok=True)
        with open(os.path.join(HERE, style, 'notes.text'), 'w', newline='\n') as fh:
            fh.write(''.join(notes))
        with open(os.path.join(HERE, style, 'gold.phrase'), 'w', newline='\n') as fh:
            fh.write('\n'.join(gold) + '\n')


if __name__ == '__main__':
    main()
