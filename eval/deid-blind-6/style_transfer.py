"""transfer-center: transfer-centre call logs and bed-placement notes. Mostly CAPITALS."""
import datetime as dt
from core import Note, S, People, address_segs, date_span, rand_date, phone, mrn, TOWNS, COUNTIES

NAME = 'transfer-center'
TYPO_RATE = 0.15
RECEIVING = [('Northgate University Medical Center', 'NUMC', 'Northgate U'), ('St. Brigid Regional Medical Center', 'SBRMC', 'Brig'),
             ('Ashby Junction VA Medical Center', 'AJVAMC', 'VA')]
SENDING = [('Kettle Springs Community Hospital', 'KSCH'), ('Harlow Valley Hospital', 'HVH'), ('Pelican Bay Children\'s Hospital', 'PBCH'),
           ('Mercy Lantern General', 'MLG'), ('Copperton Memorial Hospital', 'CopMem'), ('Oxbow Critical Access Hospital', 'OCAH'),
           ('Winslow Flats Regional', 'WFR'), ('Sawmill Urgent Care', 'SUC'), ('Dunmore Heights Surgery Center', 'DHSC'),
           ('Glass Lake Family Health Center', 'GLFHC')]
TRANSPORT = ['SkyMed North', 'AirCare Lantern', 'Tamsin County EMS', 'Redfern Fire Rescue', 'MedEx Critical Care Transport',
             'Pike Crossing Ambulance Service', 'Brisk County Rescue Squad']
SERVICES = ['CARDIOLOGY', 'NEUROSURGERY', 'MICU', 'TRAUMA SURGERY', 'VASCULAR SURGERY', 'NEUROLOGY (STROKE)', 'GI', 'PEDIATRIC ICU', 'BURN SERVICE']
REASONS = ['STEMI S/P TNK AT {t}, PERSISTENT ST ELEVATION V2-V4', 'SAH HUNT-HESS 3, FISHER 4, NEEDS EVD',
           'ACUTE LEFT MCA SYNDROME, NIHSS 17, LKW {t}, TNK GIVEN', 'UGIB, HGB 6.1 AFTER 2 UNITS PRBC, NEEDS EGD',
           'RUPTURED AAA 7.2 CM ON CTA', 'SEPTIC SHOCK ON NOREPI 0.2 MCG/KG/MIN + VASOPRESSIN',
           'PELVIC FX WITH HEMODYNAMIC INSTABILITY AFTER MVC', 'DKA PH 6.98, NEEDS PICU', '30% TBSA BURNS, HOUSE FIRE',
           'TYPE A DISSECTION ON CT, BP 190/110 ON ESMOLOL']
FILL = ['VITALS AT TIME OF CALL: BP 92/58, HR 118, RR 24, SPO2 91% ON NRB.', 'GCS 14 (E4V4M6). PUPILS 3 MM BRISK.',
        'LABS: LACTATE 4.2, TROP 2.31, CR 1.8, INR 1.1.', 'IMAGING PUSHED TO PACS VIA LIFEIMAGE, CD WITH CREW.',
        'ISOLATION: NONE. COVID PCR NEG. MRSA SCREEN PENDING.', 'CODE STATUS: FULL CODE.',
        'BED TYPE REQUESTED: ICU, NEGATIVE PRESSURE NOT NEEDED.', 'WEIGHT 104 KG, BARIATRIC BED NOT REQUIRED.',
        'ON HEPARIN GTT 18 UNITS/KG/HR, LAST PTT 72.', 'INTUBATED 7.5 ETT 23 AT LIP, VENT AC 450/16/5/60%.',
        'HOLD FOR RECEIVING MD, ON HOLD 4 MIN.', 'DIVERSION STATUS CHECKED: NOT ON DIVERSION.',
        'EMTALA FORM COMPLETED BY SENDING FACILITY.', 'CAPACITY 97%, BED HUDDLE AT 0700 NOTIFIED.',
        'TRANSFER REASON: HIGHER LEVEL OF CARE, SERVICE NOT AVAILABLE AT SENDING.',
        'WILL CALL BACK WITH BED. MAY NEED ROTOR IF WEATHER CLEARS (FOG, SNOW).',
        'GLASGOW 9 AFTER FENTANYL; BRADEN 12.', 'PT ON 4L NC, SATS 95%.']


def hhmm(rng):
    return f'{rng.randint(0, 23):02d}{rng.choice(["00", "05", "12", "18", "25", "33", "41", "47", "52"])}'


def build(rng):
    people = People(rng)
    out = []
    pid = 701
    while len(out) < 40:
        n_notes = min(rng.choice([1, 2, 2, 3]), 40 - len(out))
        pt = people.make()
        recv, recv_acr, recv_nick = rng.choice(RECEIVING)
        send, send_acr = rng.choice(SENDING)
        send_town = rng.choice(TOWNS)
        ref_md = people.make(0.2)
        acc_md = people.make(0.2)
        caller = people.make(0.25)
        fam = people.make(0.3)
        fam.last = pt.last if rng.random() < 0.5 else fam.last
        fam_rel = rng.choice(['WIFE', 'HUSBAND', 'DAUGHTER', 'SON', 'MOTHER', 'POA', 'SISTER', 'PARTNER'])
        mr = mrn(rng)
        case_no = f'TC-{rng.randint(2025, 2026)}-{rng.randint(1000, 99999):05d}'
        d = rand_date(rng)
        dob = dt.date(rng.randint(1924, 2020), rng.randint(1, 12), rng.randint(1, 28))
        age = (d - dob).days // 365
        transport = rng.choice(TRANSPORT)
        reason = rng.choice(REASONS).format(t=hhmm(rng))
        service = rng.choice(SERVICES)
        unit_bed = rng.choice(['CCU', 'MICU', 'NSICU', '5 WEST', 'PICU', 'SICU', '7 EAST STEPDOWN'])
        bed = str(rng.randint(1, 40)) + rng.choice(['', '', 'A', 'B'])
        carry = [
            ['SENDING: ', S(send, 'Location'), ' (', S(send_acr, 'Location'), '), ', S(send_town, 'Location'), ', ', rng.choice(['OH', 'KY', 'WV', 'PA'])],
            ['PT: ', S(pt.fmt(rng.choice(['LFcaps', 'lfm', 'FLcaps', 'fnickl'])), 'PTName'), '  DOB ', date_span(rng, dob, ['mdY', 'mdy', 'dMonY', 'compact']),
             '  AGE ', S(str(age), 'Age') if age > 89 else str(age), '  MRN ', S(mr, 'Other')],
            ['DX/REASON: ', reason],
        ]
        if rng.random() < 0.5:
            carry.append(['PMH: ', rng.choice(['CABG', 'L TKA', 'CVA', 'AICD PLACED', 'RENAL TRANSPLANT', 'APPENDECTOMY']), ' ',
                          S(str(rng.randint(1985, 2024)), 'DateYear'), rng.choice([' AT ', ' @ ']), S(rng.choice(SENDING)[1], 'Location'),
                          ', ', rng.choice(['HTN', 'DM2 ON INSULIN', 'COPD 2L HOME O2', 'AFIB ON APIXABAN', 'CKD 3B']),
                          *(['; ALLERGY PCN (HIVES ', S(str(rng.randint(1970, 2020)), 'DateYear'), ')'] if rng.random() < 0.5 else [])])
        for k in range(n_notes):
            n = Note()
            dk = d + dt.timedelta(days=k if rng.random() < 0.5 else 0)
            coord = people.make(0.25)
            if k == 0:
                n.line(S(recv_acr, 'Location'), ' TRANSFER CENTER - CALL LOG   CASE # ', S(case_no, 'Other'))
                n.line('CALL RECEIVED ', date_span(rng, dk, ['mdY', 'mdy', 'dMonY', 'iso']), ' @ ', hhmm(rng), '  LINE ', str(rng.randint(1, 6)), '  RECORDED')
                n.extend(carry)
                n.line('CALLER: ', S(caller.fmt(rng.choice(['fl', 'f', 'lf'])), 'HCPName'), ', ', rng.choice(['RN', 'CHARGE RN', 'HUC', 'PA-C', 'ED TECH']), '  CALLBACK ',
                       S(phone(rng), 'Phone'), *([' EXT ', S(str(rng.randint(100, 9999)), 'Phone')] if rng.random() < 0.4 else []))
                n.line('REFERRING MD: DR. ', S(ref_md.fmt(rng.choice(['fl', 'l', 'Fl'])), 'HCPName'), rng.choice([' (ED)', ' (HOSPITALIST)', ' (ICU)', '']))
                for f in rng.sample(FILL, rng.randint(2, 6)):
                    n.line(f)
                n.line(hhmm(rng), ' PAGED ', service, ' ON CALL DR. ', S(acc_md.fmt(rng.choice(['l', 'fl'])), 'HCPName'), ' VIA PAGER ', S(str(rng.randint(1000, 99999)), 'Phone'))
                n.line(hhmm(rng), ' CONFERENCED DR. ', S(ref_md.fmt('l'), 'HCPName'), ' AND DR. ', S(acc_md.fmt('l'), 'HCPName'), ', ', rng.choice(['ACCEPTED', 'ACCEPTED PENDING BED', 'ACCPETED']))
                if rng.random() < 0.35:
                    n.line('NOTE: ', '' if recv_nick.startswith('North') else 'THE ', S(recv_nick, 'Location'), ' ICU FULL, CONSIDERED ', S(rng.choice(SENDING)[1], 'Location'), ' BUT NO ', service, ' COVERAGE ', rng.choice(['TONIGHT', 'UNTIL ' + hhmm(rng)]))
                n.line('ACCEPTING: DR. ', S(acc_md.fmt(rng.choice(['fl', 'lf', 'fml'])), 'HCPName'), ', ', service)
                n.line('BED: ', unit_bed, ' RM ', S(bed, 'Other'), '   ASSIGNED BY ', S(coord.fmt('fl'), 'HCPName'), ' (BED PLACEMENT) ', S(coord.initials(), 'HCPName'))
                mode = rng.choice([' ROTOR', ' GROUND ALS', ' CCT', ' FIXED WING'])
                n.line('TRANSPORT: ', S(transport, 'Location'), mode, ', TAIL/UNIT ',
                       S(f'N{rng.randint(100, 999)}{rng.choice(["SM", "AC", "LX"])}', 'Other') if mode in (' ROTOR', ' FIXED WING') else rng.choice([f'MEDIC {rng.randint(1, 30)}', f'UNIT {rng.randint(100, 999)}']),
                       ', ETA ', hhmm(rng))
                if rng.random() < 0.5:
                    n.line('CREW: ', S(people.make(0.3).fmt('fl'), 'HCPName'), ' FLIGHT RN / ', S(people.make(0.3).fmt('fl'), 'HCPName'), ' MEDIC')
                n.line('FAMILY: ', fam_rel, ' ', S(fam.fmt(rng.choice(['fl', 'f', 'FLcaps'])), 'RelativeProxyName'), ' CELL ', S(phone(rng), 'Phone'),
                       ', DRIVING FROM ', S(rng.choice(TOWNS), 'Location'), *([' (', S(rng.choice(COUNTIES), 'Location'), ')'] if rng.random() < 0.5 else []))
                if rng.random() < 0.3:
                    n.line('NURSE REPORT: ', S(coord.fmt('f'), 'HCPName'), ' GAVE REPORT TO ', unit_bed, ' CHARGE RN ', S(people.make(0.3).fmt('fl'), 'HCPName'), ' AT X', S(str(rng.randint(1000, 99999)), 'Phone'))
                if rng.random() < 0.4:
                    n.line('INSURANCE: ', S(rng.choice(['GRANITE MUTUAL', 'OHIO RIVER HEALTH PLAN', 'TRI-STATE CARE ALLIANCE', 'KEYSTONE BENEFIT TRUST']), 'Location'),
                           ' MEMBER ID ', S(f'{rng.choice("ABCXYZ")}{rng.randint(10000000, 99999999)}', 'Other'))
                if rng.random() < 0.35:
                    n.line('--- CALL TIMELINE ---')
                    t0 = rng.randint(0, 20 * 60)
                    events = [
                        lambda: ['CALL FROM ', S(send_acr, 'Location'), ', ', S(caller.fmt('f'), 'HCPName'), ' ON LINE'],
                        lambda: ['PAGED DR. ', S(acc_md.fmt('l'), 'HCPName'), ' ', S(str(rng.randint(1000, 99999)), 'Phone')],
                        lambda: ['REPAGE, NO ANSWER'],
                        lambda: ['DR. ', S(acc_md.fmt('l'), 'HCPName'), ' RETURNED CALL FROM ', S(phone(rng), 'Phone')],
                        lambda: ['BED REQUEST ENTERED, ', unit_bed],
                        lambda: ['HOUSE SUPERVISOR ', S(people.make(0.3).fmt(rng.choice(['f', 'fl'])), 'HCPName'), ' APPROVED OVERFLOW'],
                        lambda: ['RN-TO-RN REPORT GIVEN BY ', S(caller.fmt('f'), 'HCPName')],
                        lambda: ['TRANSPORT ', S(transport, 'Location'), ' DISPATCHED'],
                        lambda: ['WEATHER HOLD 20 MIN'],
                        lambda: ['CREW AT BEDSIDE ', S(send_acr, 'Location')],
                        lambda: ['WHEELS UP / DEPARTED'],
                        lambda: ['FAMILY CALLED TC: ', S(fam.fmt('f'), 'RelativeProxyName'), ' ASKING DIRECTIONS, GAVE ', S(rng.choice(['4410 CANAL ST', '200 SAINT AGNES WAY', '1 NORTHGATE PLAZA']), 'Location'), ' ENTRANCE'],
                        lambda: ['ETA UPDATE ', f'{rng.randint(10, 45)} MIN'],
                        lambda: ['ARRIVED, HANDOFF COMPLETE'],
                    ]
                    t = t0
                    for ev in events[:rng.randint(8, len(events))]:
                        t = (t + rng.randint(3, 14)) % 1440
                        n.line(f'{t // 60:02d}{t % 60:02d}  ', *ev())
                if rng.random() < 0.25:
                    n.line('PT INITIALS ON ARMBAND CHECK: ', S(pt.initials(rng.random() < 0.5), 'PTNameInitial'))
                n.line('LOGGED BY ', S(people.make().initials(), 'HCPName'), ' ', date_span(rng, dk, ['md', 'mdy']), ' ', hhmm(rng))
            else:
                n.line('BED PLACEMENT / TRANSFER FOLLOW-UP - ', S(recv, 'Location'))
                n.line(date_span(rng, dk, ['mdY', 'MonthdY', 'dMonY']), '  ', hhmm(rng), '   RE CASE ', S(case_no, 'Other'))
                n.extend(carry[1:] if rng.random() < 0.6 else carry)
                n.blank()
                n.line('PT ARRIVED ', hhmm(rng), ' VIA ', S(transport, 'Location'), '. ', rng.choice(['HANDOFF TO', 'RECEIVED BY']), ' ', S(people.make(0.3).fmt('fl'), 'HCPName'), ' RN.')
                n.line('ADMITTED TO ', unit_bed, ' BED ', S(bed, 'Other'), ', ATTENDING DR. ', S(acc_md.fmt('l'), 'HCPName'), '.')
                for f in rng.sample(FILL, rng.randint(2, 5)):
                    n.line(f)
                if rng.random() < 0.5:
                    n.line('REPATRIATION REQUESTED BY ', S(send_acr, 'Location'), ' CASE MGR ', S(people.make().fmt('fl'), 'HCPName'), ', FAX ', S(phone(rng), 'Phone'))
                n.line('FAMILY UPDATED: ', S(fam.fmt(rng.choice(['f', 'fl'])), 'RelativeProxyName'), ' (', fam_rel, ') ARRIVED ', hhmm(rng), ', PARKING VOUCHER GIVEN.')
                n.line(rng.choice(['MR. ', 'MS. ', 'PT ']), S(pt.fmt('l').upper(), 'PTName'), ' STABLE, OFF PRESSORS BY ', date_span(rng, dk + dt.timedelta(days=1), ['md', 'Mond']), '.')
                n.line('DOWNGRADE TO STEPDOWN ', rng.choice(['ANTICIPATED', 'PENDING BED']), '. NEXT HUDDLE ', hhmm(rng), '.')
                n.line('TC RN ', S(coord.fmt(rng.choice(['fl', 'f'])), 'HCPName'), ' / ', S(coord.initials(True), 'HCPName'))
            while len(n.lines) < 10:
                n.line(rng.choice(FILL))
            out.append((str(pid), str(k + 1), n))
        pid += 1
    return out[:40]


def case_fn_factory(rng):
    def fn(i, segs):
        return 'upper' if rng.random() < 0.88 else None
    return fn
