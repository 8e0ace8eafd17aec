"""Templates for deid-styles-dev-24. PHI is marked inline with m(cat, text); render() strips the marks and
returns (text, spans) with 0-based, end-exclusive offsets into the text."""
import datetime as dt

MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']
MONTH = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October',
         'November', 'December']


def m(cat, text):
    return '\x01' + cat + '\x02' + text + '\x03'


def render(marked):
    out, spans, i = [], [], 0
    pos = 0
    while i < len(marked):
        c = marked[i]
        if c == '\x01':
            j = marked.index('\x02', i)
            k = marked.index('\x03', j)
            cat, text = marked[i + 1:j], marked[j + 1:k]
            spans.append((pos, pos + len(text), cat, text))
            out.append(text)
            pos += len(text)
            i = k + 1
        else:
            out.append(c)
            pos += 1
            i += 1
    return ''.join(out), spans


def date_shape(d, rng, full=True):
    y2 = d.year % 100
    shapes = ['%d/%d/%d' % (d.month, d.day, d.year), '%02d/%02d/%d' % (d.month, d.day, d.year),
              '%d/%d/%02d' % (d.month, d.day, y2), '%d-%d-%02d' % (d.month, d.day, y2),
              '%d.%d.%02d' % (d.month, d.day, y2), '%d%s%02d' % (d.day, MON[d.month - 1].upper(), y2),
              '%s %d, %d' % (MONTH[d.month - 1], d.day, d.year), '%d-%s-%d' % (d.day, MON[d.month - 1], d.year),
              '%d-%02d-%02d' % (d.year, d.month, d.day), '%s %d %d' % (MON[d.month - 1], d.day, d.year)]
    short = ['%d/%d' % (d.month, d.day), '%s %d' % (MON[d.month - 1], d.day), '%d-%d' % (d.month, d.day),
             '%s. %d' % (MON[d.month - 1], d.day), '%d%s' % (d.day, MON[d.month - 1]),
             '%s %d%s' % (MONTH[d.month - 1], d.day, 'th' if d.day not in (1, 2, 3, 21, 22, 23, 31) else
                          {1: 'st', 2: 'nd', 3: 'rd', 21: 'st', 22: 'nd', 23: 'rd', 31: 'st'}[d.day])]
    return rng.choice(shapes if full else shapes + short)


def D(d, rng, full=False):
    return m('Date', date_shape(d, rng, full))


def phone(rng, area=None):
    a = area or rng.choice(['612', '507', '320', '218', '701', '605', '402', '308'])
    n = '555-%04d' % rng.randint(100, 9899)
    return rng.choice(['(%s) %s' % (a, n), '%s-%s' % (a, n), '%s.%s' % (a, n.replace('-', '.')), n,
                       a + n.replace('-', ''), '%s %s' % (a, n.replace('-', ' '))])


def PH(rng):
    return m('Phone', phone(rng))


def ext(rng):
    return m('Phone', rng.choice(['x', 'ext ', 'ext. ', 'X']) + str(rng.randint(2000, 7999)))


def name_full(p):
    return p['first'] + ' ' + p['last']


def hcp(rng, h, shape=None):
    """h = (first, last). Returns marked name in a random shape."""
    f, l = h
    s = shape or rng.choice(['fl', 'il', 'l', 'fl', 'dl'])
    if s == 'fl':
        return m('HCPName', f + ' ' + l)
    if s == 'il':
        return m('HCPName', f[0] + '. ' + l)
    if s == 'dl':
        return 'Dr. ' + m('HCPName', l)
    if s == 'f':
        return m('HCPName', f)
    return m('HCPName', l)


def initials(h):
    return m('HCPName', (h[0][0] + h[1][0]).upper())


def pt_header(p, rng):
    s = rng.choice(['lf', 'LF', 'fl', 'flm'])
    if s == 'lf':
        return m('PTName', p['last']) + ', ' + m('PTName', p['first'])
    if s == 'LF':
        return m('PTName', p['last'].upper()) + ',' + m('PTName', p['first'].upper()) + ' ' + m('PTNameInitial', p['mi'])
    if s == 'flm':
        return m('PTName', '%s %s. %s' % (p['first'], p['mi'], p['last']))
    return m('PTName', name_full(p))


def age_txt(p):
    return m('Age', str(p['age'])) if p['age'] >= 90 else str(p['age'])


def addr(p):
    return m('Location', p['street']) + ', ' + m('Location', p['town']) + ' ' + m('Location', p['zip'])


def dob(p, rng):
    return m('Date', date_shape(p['dob'], rng, True))


def pick(rng, lst, k):
    return rng.sample(lst, min(k, len(lst)))


def shift(d, n):
    return d + dt.timedelta(days=n)


# ---------------------------------------------------------------- workers comp

WC_CLIN = [
    'Lumbar paraspinal spasm L>R, SLR neg bilat, FABER neg. No saddle anesthesia.',
    'Phalen + R, Tinel + at carpal tunnel, 2-pt discrim 5 mm. Grip (Jamar) R 22 kg / L 38 kg.',
    'Hawkins and Neer + R shoulder, empty can 4/5, drop arm neg. O\'Brien equivocal.',
    'Lachman firm, McMurray neg, mild effusion. Ottawa knee rules neg -> no xr needed.',
    'Lac 3 cm L thenar eminence, closed w/ 4-0 Ethilon x5 simple interrupted. Tdap given.',
    'Ankle: ATFL tender, squeeze test neg, able to bear weight 4 steps (Ottawa neg).',
    'Finkelstein + L wrist. Thumb spica splint applied.',
    'Cervical ROM 60% flex/ext, Spurling neg. Reflexes 2+ sym.',
    'Corneal abrasion OS w/ fluorescein uptake 2 mm, no rust ring, Morgan lens not needed.',
    'Chem burn R forearm 2% TBSA superficial partial thickness, Silvadene, Xeroform.',
]
WC_MEDS = ['Naproxen 500 mg BID x 10d', 'Cyclobenzaprine 5 mg qhs PRN', 'Meloxicam 15 mg daily',
           'Lidoderm 5% patch 12 on/12 off', 'Acetaminophen 1 g q8h PRN', 'Biofreeze topical',
           'Tramadol 50 mg q6h PRN #12 (PDMP checked)', 'Ibuprofen 600 TID w/ food']


def wc_note(p, k, rng):
    L = []
    inj = p['injury_date']
    vd = shift(inj, [1, 9, 23][k] + rng.randint(0, 4))
    occ = p['occ']
    doc = p['occ_doc']
    kind = rng.choice(['visit', 'visit', 'letter', 'ptnote']) if k else 'initial'
    if kind in ('initial', 'visit'):
        L.append(m('Location', occ) + ' - ' + m('Location', p['occ_town']))
        L.append(rng.choice(['WORK INJURY EVALUATION', 'Occupational Injury Visit', 'WC RECHECK',
                             'Workers Compensation Progress Note']) + ('' if kind == 'visit' else ' - initial'))
        L.append('Pt: ' + pt_header(p, rng) + '   DOB ' + dob(p, rng) + '   Age ' + str(p['age']))
        L.append('Chart # ' + m('Other', p['mrn']) + ' | Claim # ' + m('Other', p['claim']) + ' | DOI ' + D(inj, rng))
        L.append('Employer: ' + m('Location', p['employer']) + ' (' + p['job'] + '), site ' + p['site_m'])
        L.append('Carrier: ' + m('Location', p['insurer']) + ' / adj. ' + m('RelativeProxyName', ' '.join(p['adjuster'])) + ' ' + PH(rng))
        L.append('DOS: ' + D(vd, rng, True))
        L.append('')
        L.append('HPI:')
        if k == 0:
            L.append(rng.choice(['Pt states on ' + D(inj, rng) + ' at approx 1030 while working 2nd shift ' + p['mech'] + '.',
                                 'Injured at work ' + p['mech'] + ', no LOC.',
                                 'DOI ' + D(inj, rng) + ': ' + p['mech'] + '. Finished shift, sx worse next AM.'])
                     + ' Supervisor ' + m('RelativeProxyName', ' '.join(p['supervisor'])) + ' notified same day, incident report filed.')
            L.append('Brought in by coworker ' + m('RelativeProxyName', p['coworker']) + '. Seen first at ' + m('Location', p['hosp'][1]) + ' ED, xr neg per pt.')
        else:
            L.append('f/u %s. %s Doing %s. Attending PT at %s, %d/%d visits.' % (
                p['part'], rng.choice(['Pain 4/10 from 7/10.', 'Pain unchanged 6/10.', 'NRS 3/10.']),
                rng.choice(['better', 'about the same', 'somewhat worse after lifting at home']),
                m('Location', p['pt_clinic']), rng.randint(2, 6), 12))
            L.append(rng.choice(['Has not returned to work - ' + m('Location', p['employer_short']) + ' has no light duty per HR (' + m('RelativeProxyName', p['hr']) + ').',
                                 'Back on modified duty since ' + D(shift(inj, 3), rng) + ', ' + m('Location', p['employer_short']) + ' accommodating.',
                                 'Working full duty but avoiding ladders. Denies new injury.']))
        L.append('PMH: ' + rng.choice(['none', 'HTN, DM2 (A1c 7.2)', 'prior R knee scope ' + m('DateYear', str(rng.randint(2008, 2022))),
                                       'asthma; smoker 1/2 ppd']) + '. PCP ' + hcp(rng, p['pcp'], 'dl') + ' at ' + m('Location', p['practice']) + '.')
        L.append('')
        L.append('Exam:')
        L += rng.sample(WC_CLIN, rng.randint(3, 5))
        L.append('Vitals: BP %d/%d HR %d SpO2 98%% BMI %.1f' % (rng.randint(112, 150), rng.randint(70, 94), rng.randint(60, 96), rng.uniform(22, 36)))
        L.append('')
        L.append('Dx: ' + p['dx'] + '  (ICD-10 ' + p['icd'] + ')')
        L.append('Meds: ' + '; '.join(rng.sample(WC_MEDS, 2)))
        L.append('')
        L.append('WORK STATUS / RESTRICTIONS')
        L.append('| restriction            | from       | to         |')
        L.append('|------------------------|------------|------------|')
        L.append('| no lifting > %2d lb      | %s | %s |' % (rng.choice([10, 15, 20, 25]), D(vd, rng), D(shift(vd, 14), rng)))
        L.append('| ' + rng.choice(['no overhead reach R arm', 'seated work 50%', 'no climbing ladders', 'no use of L hand']) + ' | ' + D(vd, rng) + ' | next visit |')
        L.append('MMI: not at MMI. ' + rng.choice(['Causation: more likely than not work-related.', 'Mechanism consistent with reported injury.', 'Apportionment deferred.']))
        L.append('RTC ' + D(shift(vd, 14), rng) + ' w/ ' + hcp(rng, doc, 'dl') + '. ' + rng.choice(['MRI L-spine req to carrier for UR.', 'Refer to ortho hand, ' + hcp(rng, p['ortho'], 'dl') + ' at ' + m('Location', p['hosp'][0]) + '.', 'FCE if plateau.', 'Form C-4 faxed.']))
        L.append('')
        L.append(hcp(rng, doc, 'fl') + rng.choice([', MD', ' DO', ', PA-C', ' FNP-C']) + '  ' + D(vd, rng, True))
        if rng.random() < .35:
            L.append('cc: ' + m('RelativeProxyName', p['adjuster'][1]) + ' @ ' + m('Location', p['insurer']) + ' fax ' + PH(rng) + '; ' + m('Location', p['employer_short']) + ' safety (' + m('RelativeProxyName', p['safety']) + ')')
    elif kind == 'letter':
        L.append(m('Location', occ))
        L.append(m('Location', p['occ_street']) + ', ' + m('Location', p['occ_town']))
        L.append('Ph ' + PH(rng) + '  Fax ' + PH(rng))
        L.append('')
        L.append(D(vd, rng, True))
        L.append('')
        L.append(m('RelativeProxyName', ' '.join(p['adjuster'])) + ', Claims Adjuster')
        L.append(m('Location', p['insurer']))
        L.append('P.O. Box %d, ' % rng.randint(1000, 9999) + m('Location', rng.choice(['Pellham', 'Port Allard', 'Harrowgate'])) + ' ' + m('Location', rng.choice(['58002', '58117', '58930'])))
        L.append('')
        L.append('RE: ' + pt_header(p, rng) + '   Claim No. ' + m('Other', p['claim']) + '   DOI: ' + D(inj, rng, True))
        L.append('Employer: ' + m('Location', p['employer']))
        L.append('')
        L.append('Dear ' + rng.choice(['Mr.', 'Ms.']) + ' ' + m('RelativeProxyName', p['adjuster'][1]) + ',')
        L.append('I am writing on behalf of my patient regarding the above claim. Request for authorization:')
        L.append('  1. ' + rng.choice(['MRI lumbar spine w/o contrast (CPT 72148)', 'EMG/NCS bilateral UE (CPT 95886, 95911)',
                                       'PT 2x/wk x 6 wks (97110, 97140)', 'Ortho consult']))
        L.append('  2. Continued restrictions through ' + D(shift(vd, 21), rng, True))
        L.append('Rationale: ' + rng.choice(['failed 6 wks conservative care, persistent radicular sx in L5 distribution.',
                                             'positive Phalen/Tinel, night sx, ODG criteria met.',
                                             'Oswestry 42%, QuickDASH 55, not improving.']))
        L.append('The prior UR denial dated ' + D(shift(vd, -5), rng) + ' (ref ' + m('Other', p['ur_ref']) + ') cited ODG; we respectfully disagree.')
        L.append('Pt remains on modified duty at ' + p['site_m'] + '.')
        L.append('Please contact my office at ' + PH(rng) + ' ' + ext(rng) + ' with questions.')
        L.append('')
        L.append('Sincerely,')
        L.append('')
        L.append(hcp(rng, doc, 'fl') + ', MD, MPH')
        L.append('Occupational Medicine')
        L.append('cc: ' + pt_header(p, rng) + ' (pt); ' + m('RelativeProxyName', p['attorney']) + ', Esq., ' + m('Location', p['lawfirm']))
    else:
        L.append(m('Location', p['pt_clinic']) + ' - Daily Note')
        L.append('Name: ' + pt_header(p, rng) + '  DOB: ' + dob(p, rng))
        L.append('WC claim ' + m('Other', p['claim']) + ' / ' + m('Location', p['insurer']))
        L.append('Visit %d of 12   Date: ' % rng.randint(3, 9) + D(vd, rng, True))
        L.append('Referring: ' + hcp(rng, doc, 'dl') + ', ' + m('Location', occ))
        L.append('')
        L.append('S: ' + rng.choice(['"Still sore after shift."', 'Reports 3/10, sleeping better.', 'Pt reports flare after moving a couch for his brother ' + m('RelativeProxyName', p['rel1'][0]) + '.']))
        L.append('O:')
        L.append('  ROM ' + p['part'] + ': ' + rng.choice(['flex 110 -> 135', 'ER 40 -> 60', 'ext -5 -> 0']))
        L.append('  MMT 4-/5 -> 4/5. FOTO score 52.')
        L.append('  Lift test floor->waist 25 lb x5 safe body mechanics.')
        L.append('A: progressing, tolerates tx well. Goals 2/4 met.')
        L.append('P: cont POC. ' + rng.choice(['Job sim: ' + p['job'] + ' tasks.', 'Add work conditioning.', 'HEP updated (Medbridge).']))
        L.append('Tx: ther ex 97110 x2, manual 97140 x1, ice 10 min')
        L.append('Next: ' + D(shift(vd, 3), rng) + ' ' + rng.choice(['0800', '1530', '4:15pm']))
        L.append('Called adj. ' + m('RelativeProxyName', p['adjuster'][0]) + ' at ' + PH(rng) + ' re: extension of visits - LVM.')
        L.append('')
        L.append(hcp(rng, p['pt'], 'fl') + ', PT, DPT')
        L.append('co-signed: ' + initials(p['pt']) + ' / ' + hcp(rng, p['pta'], 'fl') + ' PTA')
    return '\n'.join(L)


# ---------------------------------------------------------------- community paramedic

MIH_CLIN = [
    'Wt %.1f lb (%s from last visit), BP %d/%d, HR %d irreg, SpO2 %d%% RA, lungs crackles bases.',
    'CHF zone: YELLOW. 2+ pitting edema to mid shin. JVD noted.',
    'Glucose %d mg/dL on pt\'s OneTouch Verio. A1c last 8.9.',
    'COPD: CAT score 22. Using Spiriva Respimat & Breo Ellipta, technique poor on Respimat - re-taught.',
    'Med rec done w/ pill bottles: found duplicate metoprolol tartrate + succinate. Called PCP.',
    'Fall risk: TUG 18 sec, Morse 55. Throw rugs in hallway removed with pt permission.',
    'i-STAT: K 3.4, Cr 1.6, BUN 38. BNP (i-STAT) 842.',
    '12-lead: AFib 88, no acute ST changes, transmitted to LifeNet.',
    'Wound LLE 3x2 cm, granulating, Mepilex Border changed. No s/s infection.',
    'Home O2 2L NC via Inogen One G5, spare E tanks x3. No smoking in home confirmed.',
    'PHQ-2 = 1. Lives alone w/ cat. Meals on wheels M-F.',
    'Furosemide 40 mg -> extra 40 mg PO x1 today per protocol (Dr order on file).',
]


def mih_phone(p, k, rng):
    L = []
    vd = shift(p['index'], k * 6 + rng.randint(0, 3))
    L.append(rng.choice(['TELEPHONE CONTACT - MIH', 'MIH phone f/u', 'Community Paramedic - call log']))
    L.append(m('Location', p['agency'][1]) + ' / ' + pt_header(p, rng) + ' / MRN ' + m('Other', p['mrn']) + ' / DOB ' + dob(p, rng))
    L.append('')
    t = rng.randint(8 * 60, 15 * 60)
    L.append(D(vd, rng) + ' ' + hm(t) + ' called pt at ' + PH(rng) + ', no answer. LVM.')
    L.append(hm(t + rng.randint(20, 90)) + ' pt called back. ' + rng.choice(['Wt today %d lb, up 3 lb from Tues.' % rng.randint(150, 260), 'Sugars 180s-220s fasting.', 'Out of inhaler since Fri.', 'Fell last night, no injury, got up with help of neighbor ' + m('RelativeProxyName', p['neighbor']) + '.']))
    L.append('Denies CP, syncope. ' + rng.choice(['Mild SOB on stairs.', 'Ankles more swollen.', 'Feels ok.']))
    L.append(hm(t + rng.randint(95, 130)) + ' called ' + m('Location', p['pharmacy']) + ' (' + rng.choice(['tech ', 'RPh ']) + m('HCPName', p['rph']) + ') ' + PH(rng) + ' - refill ' + rng.choice(['Spiriva', 'furosemide', 'Lantus', 'Trelegy']) + ' ready, will deliver by 1700.')
    L.append(hm(t + rng.randint(135, 180)) + ' msg to ' + hcp(rng, p['pcp'], 'dl') + "'s nurse " + m('HCPName', p['pcp_rn']) + ' at ' + m('Location', p['practice']) + ' re: wt gain.')
    L.append(hm(t + rng.randint(185, 260)) + ' RN ' + m('HCPName', p['pcp_rn']) + ' returned call: ' + rng.choice(['increase Lasix to 40 BID x3d', 'pt to come in ' + D(shift(vd, 1), rng), 'no change, cont monitoring']) + '.')
    L.append(hm(t + rng.randint(265, 300)) + ' informed pt and ' + p['rel1'][1] + ' ' + m('RelativeProxyName', p['rel1'][0]) + ' (' + PH(rng) + '). Verbalized understanding.')
    L.append('')
    L.append('Home visit moved up to ' + D(shift(vd, 1), rng) + '. Unit ' + p['unit'] + ' to go.')
    L.append('Red flags reviewed: wt gain > 3 lb/day or 5 lb/wk, SOB at rest, CP -> call 911.')
    L.append('Zone tool on fridge: ' + rng.choice(['yes', 'pt says yes', 'lost, new one at next visit']) + '.')
    L.append('Scale: ' + rng.choice(['Withings BPM Connect + Body+ (remote monitoring)', 'pt own scale, checked vs ours within 0.4 lb', 'loaner scale #44']))
    L.append('Time spent: %d min.' % rng.randint(15, 45))
    L.append('')
    L.append('-' + hcp(rng, p['medic'], rng.choice(['fl', 'il'])) + ' CP-C')
    return '\n'.join(L)


def mih_note(p, k, rng):
    if k and rng.random() < .45:
        return mih_phone(p, k, rng)
    L = []
    vd = shift(p['index'], k * rng.randint(5, 12))
    ag = p['agency']
    L.append(rng.choice([m('Location', ag[0]) + ' - Community Paramedic Program', m('Location', ag[1]) + ' MIH HOME VISIT',
                         'Mobile Integrated Health - ' + m('Location', ag[0])]))
    L.append('Unit ' + p['unit'] + '   Incident # ' + m('Other', p['incident'] + str(k)) + '   Date ' + D(vd, rng, True) + '  arrived %02d%02d' % (rng.randint(8, 16), rng.randint(0, 59)))
    L.append('Pt: ' + pt_header(p, rng) + '  DOB ' + dob(p, rng) + ' (' + age_txt(p) + p['sex'].lower() + ')  MRN ' + m('Other', p['mrn']))
    L.append('Addr: ' + m('Location', p['street']) + (' ' + p['aptno'] if p['aptno'] else '') + ', ' + m('Location', p['town']) + ' ' + m('Location', p['zip']))
    L.append('Directions: ' + p['directions'])
    if rng.random() < .7:
        L.append('Gate/door: ' + rng.choice(['key in lockbox code 4471', 'knock loud, pt HOH', 'dog (Bruno) friendly', 'use side door by carport']))
    L.append('Referral: ' + rng.choice(['post-discharge ', 'high utilizer ', 'PCP referral ']) + 'from ' + m('Location', p['hosp'][0]) + rng.choice([', d/c ' + D(shift(p['index'], -3), rng), ' (LACE 14)', ' CM']))
    L.append('Program: ' + rng.choice(['CHF readmission reduction', 'COPD', 'frequent 911 caller', 'post-MI / diabetes']) + ', visit %d' % (k + 1))
    L.append('')
    L.append('Subjective: ' + rng.choice([
        'Pt states "feeling puffy" x2 days. ' + p['rel1'][1].capitalize() + ' ' + m('RelativeProxyName', p['rel1'][0]) + ' present.',
        'no complaints, "just tired". neighbor ' + m('RelativeProxyName', p['neighbor']) + ' checks on pt daily.',
        'c/o SOB w/ exertion, sleeping in recliner. ' + p['rel1'][1] + ' ' + m('RelativeProxyName', p['rel1'][0]) + ' called 911 x2 last week.',
        'Pt reports running out of meds - ' + m('Location', p['pharmacy']) + ' did not deliver.']))
    L.append('Objective:')
    picks = rng.sample(range(len(MIH_CLIN)), rng.randint(5, 7))
    for i in picks:
        s = MIH_CLIN[i]
        if i == 0:
            s = s % (rng.uniform(150, 260), rng.choice(['+2.4', '-1.0', '+0.6']), rng.randint(100, 160), rng.randint(60, 90), rng.randint(60, 110), rng.randint(88, 97))
        elif i == 2:
            s = s % rng.randint(70, 340)
        L.append('- ' + s)
    L.append('')
    L.append('Contacts:')
    L.append('| who | name | phone |')
    L.append('| PCP | ' + hcp(rng, p['pcp'], 'dl') + ', ' + m('Location', p['practice']) + ' | ' + PH(rng) + ' |')
    if rng.random() < .5:
        L.append('| pharmacy | ' + m('Location', p['pharmacy']) + ' | ' + (PH(rng) if rng.random() < .5 else 'delivers Tues') + ' |')
    L.append('| ' + p['rel1'][1] + ' | ' + m('RelativeProxyName', p['rel1'][0]) + ' | ' + PH(rng) + ' |')
    if rng.random() < .6:
        L.append('| home health | ' + m('Location', p['hha']) + ' (' + m('HCPName', p['hha_rn']) + ' RN) | ' + PH(rng) + ' |')
    L.append('')
    L.append('Plan / Interventions:')
    L.append('- ' + rng.choice(['Spoke w/ ', 'Paged ', 'Secure chat to ']) + hcp(rng, p['pcp'], 'dl') + ' - ' + rng.choice(['OK for extra Lasix, recheck 48h.', 'appt moved up to ' + D(shift(vd, 2), rng) + '.', 'will call pt.']))
    L.append('- Pill organizer filled x 2 wks. ' + rng.choice(['Eliquis', 'Entresto', 'Jardiance', 'Farxiga', 'Coreg']) + ' copay assist app started.')
    L.append('- Next visit ' + D(shift(vd, 7), rng) + ', ' + rng.choice(['same time', 'AM', 'pt prefers after 1300']) + '.')
    if rng.random() < .5:
        L.append('- Transport for cardiology appt at ' + m('Location', p['hosp'][0]) + ' arranged w/ ' + m('Location', p['nemt']) + '.')
    L.append('- No transport to ED needed. Pt agrees. Signed refusal N/A.')
    L.append('')
    L.append('CP: ' + hcp(rng, p['medic'], 'fl') + ', CP-C, NRP' + rng.choice(['   Partner: ' + hcp(rng, p['medic2'], rng.choice(['fl', 'l', 'f'])) + ' EMT', '', ' (solo)']))
    if rng.random() < .3:
        L.append('Medical director review: ' + hcp(rng, p['md'], 'dl') + ' ' + D(shift(vd, 1), rng))
    return '\n'.join(L)


# ---------------------------------------------------------------- crisis line / psych ED

PSY_CLIN = [
    'C-SSRS screen: ideation w/ method, no intent/plan today (pos q1-3, neg q4-6).',
    'MSE: disheveled, psychomotor slowed, speech soft, mood "numb", affect constricted, TP linear, no AVH, insight fair.',
    'MSE: pressured speech, flight of ideas, grandiose, denies sleep need x4d. YMRS est 28.',
    'UDS + THC, + amphetamines. BAL 0.00. APAP/ASA neg.',
    'PHQ-9 = 21, GAD-7 = 16. Columbia high risk.',
    'Hx 2 prior attempts (OD sertraline, cutting). Access to firearms: ' + 'brother\'s shotgun, removed per family.',
    'Vitals stable. No EPS. Home meds: Abilify Maintena 400 q28d, Lamictal 100 BID, trazodone 50 qhs.',
    'Stanley-Brown safety plan completed, copy given. Means counseling done (lethal means).',
    'CIWA 4, COWS 2. No withdrawal.',
    'Denies HI. No hx violence. Collateral consistent.',
]


def hm(t):
    t %= 1440
    return '%02d%02d' % (t // 60, t % 60)


def mct_note(p, vd, rng):
    L = []
    t = rng.randint(9 * 60, 20 * 60)
    L.append(m('Location', p['team'][0]) + ' (' + m('Location', p['team'][1]) + ')')
    L.append('FIELD ASSESSMENT - ' + rng.choice(['mobile crisis response', 'MCT dispatch', 'post-crisis follow-up visit']))
    L.append('Client: ' + pt_header(p, rng) + '   DOB ' + dob(p, rng) + '   Episode ' + m('Other', p['callid'] + '-F'))
    L.append('Dispatched ' + D(vd, rng, True) + ' ' + hm(t) + ', arrived ' + hm(t + rng.randint(14, 50)) + '. Source: ' + rng.choice(['988 line', m('Location', p['police']), 'school SRO', 'family']))
    L.append('Location: ' + rng.choice([addr(p), m('Location', p['shelter']) + ', ' + m('Location', p['town']),
                                        m('Location', p['grouphome']) + ' (house mgr ' + m('RelativeProxyName', p['gh_staff']) + ')']))
    L.append('Team: ' + hcp(rng, p['mct'], 'fl') + ', LCSW; peer support ' + m('RelativeProxyName', p['peer']) + (', CIT Ofc ' + m('RelativeProxyName', p['officer']) + ' (' + m('Location', p['police']) + ') standby outside' if rng.random() < .5 else ''))
    L.append('')
    L.append('Presentation:')
    L.append(rng.choice(['Client found sitting on back steps, tearful, smelled of ETOH. Agreed to talk.',
                         'Client pacing in kitchen, loud, cursing at voices; calmed with time and space.',
                         'Client in bedroom w/ door locked; ' + p['rel1'][1] + ' let team in. Spoke through door 10 min, then opened.']))
    L.append('Reports ' + rng.choice(['passive SI ("wish i wouldnt wake up")', 'SI w/o plan', 'no SI today; HI denied',
                                     'command AH to hurt self, not acting on them']) + '. Last attempt ' + rng.choice(['none', m('DateYear', str(rng.randint(2012, 2025))), D(shift(vd, -90), rng)]) + '.')
    L += rng.sample(PSY_CLIN, rng.randint(2, 4))
    L.append('Means: ' + rng.choice(['meds locked in lockbox by ' + p['rel1'][1], 'no firearms in home per client + ' + p['rel1'][1], 'rifle taken to ' + m('RelativeProxyName', p['rel2'][0]) + "'s house (" + p['rel2'][1] + ')']))
    L.append('')
    L.append('Collateral: ' + p['rel1'][1] + ' ' + m('RelativeProxyName', p['rel1'][0]) + ' ' + PH(rng))
    L.append('Plan:')
    L.append('  - ' + rng.choice(['stays home w/ ' + p['rel1'][1] + ', safety plan reviewed', 'voluntary to ' + m('Location', p['hosp'][0]) + ' ED, team followed in car',
                                 'bed at ' + m('Location', 'Northfield CSU') + ' accepted by ' + hcp(rng, p['accept'], 'fl') + ' RN']))
    L.append('  - intake at ' + m('Location', p['cmhc']) + ' ' + D(shift(vd, 2), rng) + ' ' + rng.choice(['0900', '1:30 pm', '11a']) + ' w/ ' + hcp(rng, p['therapist'], 'fl'))
    L.append('  - follow-up call by team in 24-48h; 988 card given')
    L.append('Time on scene %d min. Mileage 14.' % rng.randint(35, 110))
    L.append(hcp(rng, p['mct'], 'fl') + ', LCSW  ' + D(vd, rng))
    return '\n'.join(L)


def crisis_note(p, k, rng):
    L = []
    vd = shift(p['index'], k * rng.randint(2, 20))
    kind = ['call', 'eval', 'mct'][k] if not p['eval_first'] else ['eval', 'mct', 'call'][k]
    if kind == 'mct' and rng.random() < .4:
        kind = rng.choice(['call', 'eval'])
    if kind == 'mct':
        return mct_note(p, vd, rng)
    if kind == 'call':
        L.append(rng.choice(['CRISIS LINE CALL LOG', 'Crisis Line - Contact Record', '988 / local crisis line log']))
        L.append('Call ID ' + m('Other', p['callid'] + '-' + str(k + 1)) + '   Date ' + D(vd, rng, True) + '   Counselor: ' + hcp(rng, p['counselor'], rng.choice(['f', 'fl'])))
        L.append('Caller: ' + rng.choice(['self - ', 'third party - ' + p['rel1'][1] + ' ']) + pt_header(p, rng) + (', ' + age_txt(p) + 'yo' if rng.random() < .6 else '') + '  CB# ' + PH(rng))
        L.append('Location at time of call: ' + rng.choice([m('Location', p['street']) + ', ' + m('Location', p['town']),
                                                            m('Location', p['shelter']) + ' in ' + m('Location', p['town']),
                                                            'parking lot of ' + m('Location', p['school']),
                                                            m('Location', p['grouphome'])]))
        L.append('')
        t = rng.randint(17 * 60, 23 * 60 + 10)
        L.append(hm(t) + '  call recvd. caller tearful, states "%s"' % (rng.choice(['i cant do this anymore', 'my head wont stop', 'nobody would notice', 'im scared of myself'])))
        L.append(hm(t + 4) + '  SI w/ plan to %s. ' % (rng.choice(['overdose on mom\'s pills', 'drive off the Hwy 212 overpass', 'hang self in garage'])) + 'Means in reach: ' + rng.choice(['yes', 'no', 'unclear']))
        L.append(hm(t + 9) + '  caller gave address; consent to mobile crisis. ' + m('Location', p['team'][1]) + ' dispatched (' + hcp(rng, p['mct'], 'fl') + ', LCSW)')
        L.append(hm(t + 12) + '  warm handoff attempted to ' + m('RelativeProxyName', p['rel1'][0]) + ' (' + p['rel1'][1] + ') ' + PH(rng) + ' - ' + rng.choice(['answered, on way', 'no answer, VM left']))
        if rng.random() < .7:
            L.append(hm(t + 18) + '  ' + m('Location', p['police']) + ' welfare check req, Ofc ' + m('RelativeProxyName', p['officer']) + ' badge ' + m('Other', p['badge']) + ' on scene')
        L.append(hm(t + 25) + '  MCT on scene. caller remains on line w/ ' + hcp(rng, p['counselor'], 'f') + '.')
        L.append(hm(t + 41) + '  call ended; pt to be transported to ' + m('Location', p['hosp'][0]) + ' ' + rng.choice(['voluntarily', 'on EHC / 72h hold', 'by family car']))
        L.append('')
        L.append('Risk: ' + rng.choice(['imminent', 'high', 'moderate']) + '. Protective factors: ' + rng.choice(['dog', 'kids', 'faith - attends ' + m('Location', p['church']), 'job at ' + m('Location', p['job'])]) + '.')
        L.append('Prior contacts: ' + (D(shift(vd, -30), rng) + ', ' + D(shift(vd, -61), rng) if rng.random() < .6 else 'none on file'))
        L.append('Outpt: ' + m('Location', p['cmhc']) + ', therapist ' + hcp(rng, p['therapist'], rng.choice(['fl', 'f'])) + '.')
        L.append('F/u call scheduled ' + D(shift(vd, 1), rng) + ' %s.' % rng.choice(['AM', '1000', 'after school']))
        L.append('Supervisor on duty: ' + hcp(rng, p['super'], 'fl') + '. Reviewed ' + D(vd, rng) + '.')
        L.append('-- ' + initials(p['counselor']))
    else:
        L.append(m('Location', p['hosp'][0]) + ' - ' + rng.choice(['Psychiatric Emergency Services', 'CPEP', 'Behavioral Health ED']))
        L.append('PSYCHIATRIC EMERGENCY EVALUATION')
        L.append('Patient: ' + pt_header(p, rng) + '  MRN ' + m('Other', p['mrn']) + '  DOB ' + dob(p, rng) + '  Age ' + age_txt(p))
        L.append('Arrival: ' + D(vd, rng, True) + ' ' + '%02d:%02d' % (rng.randint(0, 23), rng.randint(0, 59)) + ' via ' + rng.choice([m('Location', p['police']) + ' (Ofc ' + m('RelativeProxyName', p['officer']) + ')', m('Location', p['team'][0]), 'EMS', 'walk-in w/ ' + p['rel1'][1]]))
        L.append('Legal: ' + rng.choice(['voluntary', 'emergency hold (police)', 'TDO', 'Pink slip by ' + hcp(rng, p['edmd'], 'dl')]))
        L.append('')
        L.append('CC: ' + rng.choice(['"i want to die"', 'SI, increased depression', 'agitation at group home', 'erratic behavior at school']))
        L.append('HPI: ' + p['hpi'] + ' Pt ' + rng.choice(['lives with ' + p['rel1'][1] + ' ' + m('RelativeProxyName', p['rel1'][0]) + ' in ' + m('Location', p['town']) + '.',
                                                           'staying at ' + m('Location', p['shelter']) + ' since ' + D(shift(vd, -40), rng) + '.',
                                                           'resides at ' + m('Location', p['grouphome']) + ', staff ' + m('RelativeProxyName', p['gh_staff']) + ' accompanied.']))
        L.append('School/work: ' + rng.choice([m('Location', p['school']) + ', counselor ' + m('RelativeProxyName', p['school_c']) + ' reports declining grades.' if p['age'] < 22 else 'on leave from ' + m('Location', p['job']) + ' since ' + D(shift(vd, -25), rng) + '.',
                                               'works at ' + m('Location', p['job']) + ', fired ' + D(shift(vd, -10), rng) + '.', 'unemployed, SSDI since ' + m('DateYear', str(rng.randint(2009, 2021))) + '.']))
        L.append('Prior psych admits: ' + m('Location', p['hosp'][2]) + ' ' + m('DateYear', str(rng.randint(2015, 2024))) + '; ' + rng.choice(['none else', m('Location', 'SBBH') + ' x2']))
        L += rng.sample(PSY_CLIN, 4)
        L.append('')
        L.append('Collateral: ' + m('RelativeProxyName', p['rel1'][0]) + ' (' + p['rel1'][1] + ') ' + PH(rng) + ' - ' + rng.choice(['confirms SI statements, worried.', 'states pt "not himself" since break-up.', 'unable to reach.']))
        if rng.random() < .6:
            L.append('Also spoke w/ ' + hcp(rng, p['therapist'], 'fl') + ', therapist at ' + m('Location', p['cmhc']) + ' ' + PH(rng) + '.')
        L.append('')
        L.append('Assessment: ' + rng.choice(['MDD, severe, recurrent w/o psychotic features', 'Bipolar I, current episode manic', 'Adjustment d/o w/ mixed emotion + conduct', 'Schizoaffective d/o, bipolar type']) + '. Risk: ' + rng.choice(['high', 'moderate', 'low-moderate']) + '.')
        L.append('Disposition: ' + rng.choice(['admit to inpt psych ' + m('Location', p['hosp'][1]) + ' unit 4W',
                                              'transfer to ' + m('Location', p['hosp'][2]) + ', accepted by ' + hcp(rng, p['accept'], 'dl'),
                                              'd/c home w/ safety plan, f/u ' + m('Location', p['cmhc']) + ' ' + D(shift(vd, 3), rng),
                                              'crisis stabilization bed at ' + m('Location', 'Northfield CSU')]))
        L.append('')
        L.append(hcp(rng, p['psych'], 'fl') + ', MD  Psychiatry   ' + D(vd, rng) + ' ' + '%02d%02d' % (rng.randint(0, 23), rng.randint(0, 59)))
        if rng.random() < .5:
            L.append('Seen with ' + hcp(rng, p['resident'], 'fl') + ', MD PGY-3 and SW ' + m('RelativeProxyName', p['sw']))
    return '\n'.join(L)


# ---------------------------------------------------------------- SNF / discharge planning

SNF_CLIN = [
    'PT: gait 40 ft w/ FWW min A x1, sit<>stand mod A. OT: LB dressing max A.',
    'Skilled need: daily PT/OT, IV abx, wound care (stage 3 sacral, Mepilex/Santyl).',
    'Braden 14. CAM neg today. Norton score n/a.',
    'Medicare days used: 0/100 SNF. Part B only for outpt PT.',
    'O2 2L NC, weaning; will need home O2 qual (SpO2 86% RA ambulating).',
    'Diet: dysphagia level 2 / mech soft, nectar thick per SLP (MBSS done).',
    'Lab: Hgb 8.4 stable, Cr 1.3, INR 2.1 on warfarin.',
    'Pt A&Ox2, Mini-Cog 2/5, SLUMS 17.',
    'PICC placed R basilic, tip cavoatrial junction per CXR.',
    'Barthel 35. FIM not used here.',
]


def snf_note(p, k, rng):
    L = []
    vd = shift(p['index'], k * rng.randint(1, 3))
    cm = p['cm']
    kind = ['assess', 'referral', 'final'][k]
    L.append(rng.choice(['Case Management Note', 'CM/UR Progress Note', 'Discharge Planning Note', 'SW/CM note']) + ' - ' + m('Location', p['hosp'][0]))
    L.append('Pt: ' + pt_header(p, rng) + '   ' + age_txt(p) + ' y/o ' + p['sex'] + '   MRN ' + m('Other', p['mrn']) + '   Rm ' + str(rng.randint(201, 688)) + rng.choice(['A', 'B', '']))
    L.append('Adm ' + D(p['admit'], rng) + '   ' + 'Date ' + D(vd, rng, True) + '   LOS %d   ' % ((vd - p['admit']).days + 1) + 'Attending ' + hcp(rng, p['att'], 'dl'))
    L.append('Payer: ' + m('Location', p['plan']) + ' member id ' + m('Other', p['memberid']))
    L.append('')
    if kind == 'assess':
        L.append('Initial assessment completed at bedside with pt and ' + p['rel1'][1] + ' ' + m('RelativeProxyName', p['rel1'][0]) + ' (' + rng.choice(['HCPOA', 'POA', 'NOK']) + ') ' + PH(rng) + '.')
        L.append('PTA: lives ' + rng.choice(['alone in 2-story home', 'with spouse, 3 STE', 'in apt 2nd floor no elevator', 'at ' + m('Location', p['alf']) + ' (ALF)']) + ' at ' + addr(p) + '.')
        L.append('PLOF: ' + rng.choice(['indep w/ cane', 'mod I with rollator', 'needed A with bathing']) + '. DME: ' + rng.choice(['FWW, shower chair', 'none', 'hospital bed, Hoyer']) + '.')
        L.append('Reason for adm: ' + p['reason'])
        L.append('PT/OT recs (AM-PAC 6-click %d): ' % rng.randint(12, 17) + rng.choice(['SNF', 'acute rehab', 'SNF vs home w/ HH']) + '.')
        if rng.random() < .5:
            L.append('Second contact: ' + p['rel2'][1] + ' ' + m('RelativeProxyName', p['rel2'][0]) + ' in ' + m('Location', p['rel2town']) + ' ' + PH(rng))
        L.append('Pt/family preferences for SNF: ' + ', '.join(m('Location', s) for s in p['snfs'][:2]) + ' (close to ' + p['rel1'][1] + ').')
        L.append('Medicare 3-midnight qualifying stay: ' + rng.choice(['met', 'met as of ' + D(shift(p['admit'], 3), rng), 'pending (obs status ' + D(p['admit'], rng) + ')']) + '.')
        L.append('IM letter given ' + D(vd, rng) + '. MOON N/A.')
        L.append('PCP ' + hcp(rng, p['pcp'], 'fl') + ', ' + m('Location', p['practice']) + '.')
        L.append('Barriers: ' + rng.choice(['insurance auth', 'behaviors (sundowning)', 'trach / high O2 need', 'IV abx through ' + D(shift(vd, 21), rng), 'bariatric bed needed']) + '.')
        L.append('Plan: send referrals in Aidin / CarePort. Anticipated d/c ' + D(shift(vd, 3), rng) + '.')
        L.append('')
    else:
        L.append('Referral status:')
        L.append('| facility | liaison | status |')
        L.append('|---|---|---|')
        for i, s in enumerate(p['snfs']):
            st = p['status'][i]
            if rng.random() < .55:
                li = m('HCPName', p['liaisons'][i]) + (' ' + PH(rng) if rng.random() < .35 else '')
            else:
                li = '-'
            extra = ''
            if st == 'declined':
                extra = ' (' + rng.choice(['no bed', 'clinical - dialysis', 'payer out of network', 'behaviors', 'no LTC bed avail']) + ')'
            L.append('| ' + m('Location', s) + ' | ' + li + ' | ' + st + extra + ' |')
        if kind == 'referral':
            L.append('')
            L.append('Spoke w/ ' + p['rel1'][1] + ' ' + m('RelativeProxyName', p['rel1'][0]) + ' re: above. ' + rng.choice(['Prefers ' + m('Location', p['snfs'][p['status'].index('accepted')]) + '.',
                                                                                                        'Wants to tour first, will go ' + D(shift(vd, 1), rng) + '.',
                                                                                                        'Upset about declines, will call ' + m('Location', p['plan']) + '.']))
            L.append('Family meeting set ' + D(shift(vd, 1), rng) + ' %s w/ ' % rng.choice(['1400', '2pm', '10:30']) + hcp(rng, p['att'], 'dl') + ', palliative (' + hcp(rng, p['pall'], 'fl') + ' NP), ' + m('RelativeProxyName', p['rel1'][0]) + rng.choice([' and ' + m('RelativeProxyName', p['rel2'][0]) + ' by phone.', '.']))
            L.append('Auth: submitted to ' + m('Location', p['plan']) + ' via naviHealth ' + D(vd, rng) + ', ref ' + m('Other', p['auth']) + '. ' + rng.choice(['pending', 'P2P requested', 'awaiting clinicals']) + '.')
            L.append('Updated clinicals faxed to ' + m('Location', p['snfs'][0]) + (' ' + PH(rng) if rng.random() < .4 else '') + '.')
            L.append('PASRR level I done ' + D(vd, rng) + ', no level II needed.')
        else:
            acc = p['snfs'][p['status'].index('accepted')]
            L.append('')
            L.append('Auth #' + m('Other', p['auth']) + ' approved by ' + m('Location', p['plan']) + ' (' + m('HCPName', p['ur_rn']) + ' RN) for %d days, next review ' % rng.choice([5, 7]) + D(shift(vd, 5), rng) + '.')
            L.append('Pt d/c to ' + m('Location', acc) + ' in ' + m('Location', p['snftown']) + ', ' + m('Location', p['snfstreet']) + ', rm ' + str(rng.randint(100, 240)) + '.')
            L.append('Report called to ' + m('HCPName', p['snf_rn']) + ' RN ' + PH(rng) + ' at %s.' % rng.choice(['1315', '3:40pm', '1105']))
            L.append('Transport: ' + m('Location', p['transport']) + rng.choice([' w/c van', ' BLS stretcher', ' ALS']) + ', pick up %s. Conf# ' % rng.choice(['1500', '2:30', '1130']) + m('Other', p['conf']))
            L.append('Family (' + m('RelativeProxyName', p['rel1'][0]) + ') notified and will meet pt there.')
            L.append('SNF f/u w/ ' + hcp(rng, p['snfmd'], 'dl') + '; PCP appt w/ ' + hcp(rng, p['pcp'], 'l') + ' after SNF d/c.')
            L.append('Meds to beds: ' + rng.choice(['Eliquis 5 BID', 'Keppra 500 BID', 'Lovenox 40 daily x14d', 'cefazolin 2 g q8h thru 7/30 via PICC']) + ' - sent w/ MAR.')
            L.append('Code status ' + rng.choice(['DNR/DNI (POLST in chart)', 'Full code', 'DNR, ok to intubate']) + '.')
        L.append('')
    L += rng.sample(SNF_CLIN, rng.randint(2, 4))
    L.append(rng.choice(['', 'Discussed at IDT rounds. ']) + 'CM will cont to follow.')
    L.append(hcp(rng, cm, 'fl') + rng.choice([', RN CM', ', LCSW', ', BSN RN ACM', ' MSW']) + '  ' + PH(rng))
    if rng.random() < .25:
        L.append('cc: ' + hcp(rng, p['att'], 'fl') + '; ' + m('HCPName', p['ur_rn']) + ' (UR)')
    return '\n'.join(L)
