"""Templates for deid-styles-dev-17, written from scratch for this set. `{token}` slots are filled by
generate.py (see tok()); a block starting with `@OLD ` is only used for patients aged 88 or more."""


class Style:
    def __init__(self, headers, blocks, phifree, signoffs, tags):
        self.HEADERS, self.BLOCKS, self.PHIFREE, self.SIGNOFFS, self.TAGS = headers, blocks, phifree, signoffs, tags


HOSPICE = Style(
    headers=[
        '{home} - Routine RN Visit\nPatient: {pt_LF}   MRN {mrn}   DOB {dob}\nVisit date: {date_long}   Time in {time} / out {time}\n'
        'Address: {street}, {town} {state} {zip}\nHospice dx: pancreatic ca w/ liver mets   Benefit period 2',
        'RN CASE MANAGER HOME VISIT\n{pt_full} ({age}{sex})   pt # {mrn}\nDOS {date}   Primary caregiver: {rel_full} ({relation}) ph {phone}\n'
        'Attending: Dr. {doc_last}   Hospice MD: {hcp_fl}, DO',
        'IDT visit note -- {home}\nPt: {pt}   Age {age}   Medicare # {medicare}\nVisit {date_time}\nLives in {town_lc} w/ {relation}, {street}',
        'Palliative Care Home Visit ({hosp_acr} palliative team)\nName: {pt_full}\nDOB: {dob}   MRN: {mrn}\nDate of visit: {date}\n'
        'Referred by: {doc} at {hosp}',
        'Chaplain / SW joint visit {date}\nRe: {pt_title}, {age} y/o, from {town}\nHospice: {home}   Acct {acct}',
    ],
    blocks=[
        'S: {Relation} {rel_first} reports pt more sleepy since {md}, taking 2-3 bites/meal, sips only. Last BM {md}.\n'
        'Pain 4/10 at rest, 7/10 w/ turning. Using Roxanol 5 mg SL q2h prn, 6 doses in past 24h.',
        'O: BP 96/58  HR 112  RR 24 w/ apnea 10-15 sec  T 99.1  SpO2 88% 2L NC\n'
        'Mottling bilat knees. Braden 11. Kennedy terminal ulcer to sacrum 2x3 cm, new since visit on {md}.',
        'Meds reviewed w/ {rel}: comfort kit delivered {date_prior} by {pharmacy}; lorazepam, haloperidol,\n'
        'atropine 1% drops in fridge. Pill count correct, witnessed by {relation}.',
        'Plan of care updated. Spoke w/ Dr. {doc_last} by phone {phone} re: increasing morphine to 7.5 mg q2h prn.\n'
        'Orders received, read back. Faxed to {pharmacy} at {fax}.',
        'DME: hospital bed + O2 concentrator from {dme}; pt sleeps in living room.\nOverbed table and bedside commode requested {md}.',
        'Psychosocial: pt\'s {relation} {rel} is primary caregiver, works nights at {employer}.\n'
        'Son {lay} driving in from {town_any} on {date_next}. Family asking about respite; SW {sw} to follow.',
        'Spiritual: member of {church}; Pastor {hcp_full} visits weekly.\nPt states "I\'m ready, I just worry about {rel_first}."',
        'Advance directives: DNR / POLST on fridge, signed {date_prior}.\nHCPOA: {rel_full}, {phone}. Alternate: {lay}, {phone}.',
        'Funeral home of choice: {funeral}, {town}.\nFamily instructed to call hospice first, not 911: triage line {phone}.',
        'Hx: dx metastatic NSCLC {monyr} at {hosp}; s/p carboplatin/pemetrexed x4, stopped {monyr}.\n'
        'Admitted to hospice {date_prior} after 9-day stay at {hosp_acr}.',
        'Previously at {nursing_home} in {town_any}; moved to {relation}\'s home on {street} in {monyr}.',
        'Bereavement risk: moderate. {Relation} lost a parent in {year}; grandson {lay_first} (age 9) very attached.\n'
        'Referred to bereavement coordinator {hcp}.',
        'Wound care ({pt_init}): sacral wound cleansed w/ NS, Mepilex applied. Heels offloaded.\nFoley intact, draining 150 mL amber urine; last changed {md}.',
        '@OLD Pt is {age}, oldest of 11 children, born in {town_any}; retired from {employer} in {yy}.\n'
        'Lived alone until fall on {date_prior}.',
        'Phone call {date_time}: {rel} called after-hours line re: agitation; on-call RN {hcp} advised\n'
        'haloperidol 0.5 mg SL, call back in 1 h. Callback {time}: calmer, sleeping.',
        'Aide {hcp_full} (HHA) visits M/W/F for bathing; next aide visit {date_next}. Volunteer {lay} sits Tuesdays.',
        'Insurance: {insurer}, ID {acct}. Pharmacy: {pharmacy}, {phone}.',
        'Last hospitalization: {hosp} {date_prior} for aspiration pna; declined PEG. Dr. {hcp_last} (GI) agreed w/ comfort feeds.',
    ],
    phifree=[
        'PPS 30%. FAST 7c. Karnofsky 30.', 'Cheyne-Stokes pattern noted; family educated this is expected.',
        'Lungs coarse bilat, scopolamine patch behind R ear, day 2.', 'Intake approx 120 mL/24h. Urine dark, scant.',
        'Skin warm to chest, cool to extremities. Cap refill >3 sec.',
        'Pain goal 3/10 per pt. Morphine conc 20 mg/mL, 0.25 mL = 5 mg.', 'Hope is to remain at home through end of life.',
        'Will increase RN visits to 3x/wk given decline.', 'Faith is very important to the family per chaplain.',
        'Edema 2+ bilat LE, no weeping.', 'Braden 12; turning schedule q2h posted on wall.',
        'No s/sx UTI. Senna-S 2 tabs HS, bowel regimen reviewed.',
        'Dyspnea 6/10, down to 3/10 after 2.5 mg morphine and fan to face.', 'Glasgow 9 (E2 V2 M5). Responds to voice.',
        'Pateint resting comfortably, famly at bedside.', 'Goals of care: comfort, no rehospitalization, no IV fluids.',
        'Rose to sit at edge of bed w/ 2 assist x 5 min.', 'MAC 19 cm (was 21 cm). Wt not obtained.',
        'Dexamethasone 4 mg daily, ondansetron 4 mg ODT q8h prn.',
    ],
    signoffs=[
        '{rn_full}, RN, CHPN   Case Manager   {date}\ncell {phone}',
        'Signed: {rn}, BSN, RN / {rn_init}\nCo-signed {doc_full}, MD, FAAHPM  {date}',
        '-- {rn_init}  {time}\nNext RN visit {date_next}; call {home} {phone} w/ any changes.',
        'Electronically signed by {sw_full}, LCSW, APHSW-C on {date_time}\ncc: Dr. {doc_last}; {hcp_LF} (chaplain)',
    ],
    tags=['Hx unchanged from prior visit (copied):', 'Psychosocial -- carried fwd:', 'Previous visit, copied:'],
)

DIALYSIS = Style(
    headers=[
        '{home} -- HEMODIALYSIS TREATMENT RECORD\nPatient: {pt_LF}   Chair 7   Shift 2 (MWF)\nMRN {mrn}   DOB {dob}   Tx date {date_long}\n'
        'Nephrologist: Dr. {doc_last} ({neph_group})',
        'RUN SHEET   {date}\nName: {pt_full}   Age {age}   Sex {sex}\nAcct# {acct}   Payer: {insurer}\nUnit: {home}, {street}, {town}',
        'IN-CENTER HD NOTE   Tx #214\n{pt}   (MRN {mrn})\nTime on: {date_time}\nAttending: {doc}, MD',
        'Home HD / PD clinic visit -- {home}\nPt: {pt_full}, {age} {sex}, lives in {town_lc}\nVisit {date}   Care partner: {rel_full} ({relation})',
        'Transient patient treatment record\nHome unit: {dial_any} -- treating at {home}\n{pt_LF}   DOB {dob}   {mrn}\n'
        'Dates requested {md} - {date_next}',
    ],
    blocks=[
        'Pre: wt 82.4 kg  EDW 79.5 kg  BP 168/94 sitting  HR 88  T 97.8  RR 16\nPost: wt 79.9 kg  BP 142/80  HR 84\n'
        'UF goal 2.9 L, removed 2.5 L (stopped early for cramping).',
        'Access: L brachiocephalic AVF, + thrill/bruit, cannulated 15g x2 by {rn_init}. Buttonhole technique.\n'
        'AVF created {monyr} by Dr. {hcp_last} at {access_ctr}.',
        'Access: R IJ tunneled cath, dressing changed, site clean. Placed {date_prior} at {hosp};\nfistula planned w/ {hcp} on {date_next}.',
        'Flow: Qb 400 / Qd 600 / 3.5 h. Dialyzer F180. Bath 2K/2.5Ca.\nHeparin 2000 u bolus + 1000 u/h, off 1 h pre-end.',
        'Labs pre-tx {md}: K 5.8, Hgb 9.4, alb 3.4, phos 6.9, PTH 612.\nKt/V 1.32, URR 71%.',
        'Meds on HD: Epogen 6000 u IV, Venofer 100 mg IV, Hectorol 4 mcg IV ({rn_init}). Syringes labelled {pt_init} / chair 7.',
        'Event {time}: c/o cramps both calves, BP 88/50. UF off, NS 200 mL bolus, legs elevated. Resolved {time}.\n'
        'Dr. {doc_last} notified via pager {pager}.',
        'Missed tx {md} -- pt states no ride. SW {sw} arranging van through {insurer}; neighbor {lay} may drive Fridays.',
        'Transplant: listed at {transplant} since {monyr}; coordinator {hcp_full}, {phone} {ext}.\n'
        'Living-donor workup of {relation} {rel_first} pending.',
        'Hx: ESRD 2/2 DM2 + HTN, HD since {yy}. CABG {year} at {hosp}. R BKA {year}.',
        'Social: lives w/ {relation} {rel} at {street}, {town_lc}.\nFormerly drove for {employer}; on disability since {monyr}.',
        'Dietitian {hcp_full}, RD: reviewed binders, sevelamer 1600 mg TID w/ meals; pt skips lunch dose. Fluid limit 1 L/day.',
        'Hospitalization: {hosp_acr} {date_prior} - {md} for fluid overload, K 7.1. D/c summary faxed from {fax}.',
        'Machine 12 / RO 2 checks done; conductivity 14.0, temp 37.0.\nChlorine/chloramine neg x2 ({ini}).',
        'Pt requests switch to TTS schedule for job at {employer}. Charge RN {rn} reviewing chair availability.',
        '@OLD Pt {age} y/o, on HD since {yy}; {relation} {rel_first} requests conservative mgmt discussion.\n'
        'Palliative referral to {hospice_any} discussed w/ Dr. {doc_last}.',
        'Emergency contact: {rel_full} ({relation}) {phone}. Alt {lay}, {phone}.',
        'Fistulagram {date_next} at {access_ctr} w/ Dr. {hcp_last}; prolonged bleeding >20 min x3 tx.',
    ],
    phifree=[
        'Allen test neg L hand. No steal sx.', 'Lungs clear, 1+ pitting edema to ankles.',
        'BP q30 min: 150/88, 144/82, 138/80, 132/76, 130/74.', 'VP 180, AP -220, TMP 60.',
        'Glucose pre 212, post 148; no insulin given on unit.', 'Will recheck K next tx, 1K bath x1.',
        'Hope to start home PD training after Tenckhoff placement.', 'Kt/V goal >= 1.2 met. spKt/V 1.41.',
        'Pt tolerated tx well, left ambulatory w/ cane.', 'Needles out, hemostasis 8 min A / 10 min V.',
        'Sensipar 30 mg po daily, Renvela 800 mg 2 tabs TID.', 'EDW challenged by 0.5 kg.',
        'Pateint asleep most of run, arousable.', 'IDWG 3.4 kg (4.2%).', 'HBsAb >10, immune. PPD neg.',
        'Quinton cath lumens locked w/ heparin 1000 u/mL 1.9/2.0 mL.', 'Dawn shift (0530) chair assignment unchanged.',
        'Ratio 1:4 RN/PCT to pts this shift.',
    ],
    signoffs=[
        'RN: {rn_full}, RN, CNN   PCT: {hcp_fl}, CCHT\nTx off {time}  {rn_init}',
        'Reviewed: {doc_full}, MD   {date}\n-- {rn_init} / {ini}',
        'Charge nurse {rn}, RN  {ext}\nSigned {date_time}',
        'Signed electronically: {hcp_LF}, RN   {date}\nRounding MD: Dr. {doc_last}, pager {pager}',
    ],
    tags=['Access hx (copied from last note):', 'Social hx -- carried forward:', 'Prior run (copied):'],
)

PSYCH = Style(
    headers=[
        '{home} -- Psychiatry Progress Note\nPatient: {pt_LF}   MRN {mrn}   Unit 3 East, Rm 312B\nDOS: {date_long}   Hospital day 6\n'
        'Legal status: involuntary, {court} case {case_no}',
        'PSYCHIATRIC PROGRESS NOTE\n{pt_full}   {age} y/o {sex}   DOB {dob}\nDOS: {date}   Attending: Dr. {doc_last}\n'
        'Admitted {date_prior} from {hosp_acr} ED on 72-hr hold',
        'Inpatient Psych Daily Note {date}\nName: {pt}   Acct {acct}\nUnit: Adult Acute (2 West), {home}',
        'Nursing shift note -- {psych_acr} 4N   {date_time}\nPt: {pt_title}   MRN {mrn}\nPrecautions: q15 min checks, elopement risk',
        'Resident progress note\n{pt_LF}, {age}{sex}\nDOS {date}   Hospital day 3\nSupervising: {doc}, MD',
    ],
    blocks=[
        'S: Pt states "the voices are quieter, they still say my name." Slept 6 h per night staff.\nDenies SI/HI. Asked to call {relation} {rel_first}.',
        'MSE: disheveled, fair eye contact, PMR. Speech soft, slow. Mood "tired." Affect constricted.\n'
        'TP circumstantial. TC: paranoid re: neighbor {lay}, no SI/HI. AH+. Insight/judgment poor.',
        'Collateral: spoke w/ {relation} {rel} ({phone}) on {md}. Pt stopped Abilify ~3 wks ago, not sleeping,\n'
        'found walking on {street} in {town_lc} at 3 am by police.',
        'Legal: hearing at {court} {date_next}; public defender {lay}, {phone}. Petition filed by Dr. {hcp_last} {date_prior}.',
        'Meds: olanzapine 10 mg qhs (up from 5 mg {md}), lorazepam 1 mg q6h prn agitation (x1 overnight),\nbenztropine 1 mg bid.',
        'Emergency meds {date_time}: pt agitated, threw chair. Haldol 5 / Ativan 2 / Benadryl 50 IM given by {rn}.\n'
        'Seclusion 22:10-22:55, released when calm. Dr. {hcp_last} notified.',
        'Hx: first hospitalization {yy} at {psych_any} (schizoaffective d/o). Prior admits {year}, {year}.\n'
        'Followed by {outpt}, case manager {hcp_full} ({phone}).',
        'Social: homeless x 4 mo, staying at {shelter}. Previously lived w/ {relation} in {town}.\nWorked at {employer} until {monyr}.',
        'Substance: EtOH 6-8 beers/day, last drink {md}. UDS + THC, + cocaine. CIWA 4, COWS 2.',
        'Groups: attended 3/5 (DBT skills, OT, spirituality w/ chaplain {hcp_full}). Peer specialist {hcp} met w/ pt.',
        'Tx team: Dr. {doc_last}, SW {sw} ({email_hcp}), RN {rn}, OT {ini}; plan reviewed w/ pt.',
        'Medical: BP 142/90, HR 104. Li level 0.9 ({md}). TSH wnl. QTc 446.\nMedicine consult (Dr. {hcp_last}) for DM2.',
        'Dispo: tentative d/c {date_next} to {shelter} vs {relation}\'s home in {town_any};\nf/u {outpt} {date_next}, {phone}. Pharmacy: {pharmacy}.',
        'Safety: C-SSRS screen neg today. Belongings bag {pt_init} searched, no contraband. Phone privileges restored; pt called {rel_first} from unit phone.',
        'Pt\'s {relation} {rel_full} visited {md} 1900-1930, brought clothes. Pt asks that {lay} be removed from visitor list.',
        '@OLD Pt is {age}, resides at {nursing_home} ({town}); delirium vs dementia w/ behavioral disturbance.\nGeri-psych consult {hcp}.',
        'ROI signed for {outpt}, {hosp}, and {relation} {rel_full} on {date}.',
        'E-mail from guardian ({email_lay}) received {md} re: consent for clozapine trial.',
        'Pt requested records be sent to {email_pt}; explained policy, referred to HIM.',
    ],
    phifree=[
        'PHQ-9 = 19, GAD-7 = 14.', 'BPRS 52 (admit 68).', 'AIMS 0. No EPS.',
        'Columbia Suicide Severity Rating Scale: no ideation past 24 h.', 'Will continue q15 checks; reassess privileges Monday.',
        'Hope for discharge next week voiced by pt.', 'Ate 75% breakfast, 50% lunch.',
        'Vitals: BP 128/76  P 88  R 16  T 98.2  SpO2 98% RA.', 'Slept 22:30-05:15 per 15-min checks.',
        'Grandiose delusions persist (believes he owns the hospital).', 'Clozapine ANC 2100 on day 14.',
        'Capgras-type misidentification of staff.', 'MoCA 24/30, lost points on delayed recall.',
        'Pateint refused AM meds, accepted at 1000 after redirection.', 'No PRNs needed this shift.',
        'Staff ratio 1:6 on unit tonight.', 'Major depressive d/o, recurrent, severe w/o psychotic features (F33.2).',
        'Will meet w/ tx team at 1030.', 'Lithium 300 mg bid, level goal 0.8-1.0.',
    ],
    signoffs=[
        '{doc_full}, MD\nAttending Psychiatrist   pgr {pager}\n{date_time}',
        'Note by {hcp}, MD (PGY-2), seen and discussed w/ Dr. {doc_last}.\n{date}',
        '{rn_full}, RN-BC   {time}\n-- {rn_init}',
        'Signed: {hcp_LF}, PMHNP-BC   {date}\ncc: {outpt} fax {fax}',
    ],
    tags=['Hx (copied fwd from admission H&P):', 'Social hx unchanged -- copied:', 'Prior note (copied):'],
)

LABOUR = Style(
    headers=[
        'L&D NURSING NOTE -- {home}\nPT: {pt_LF}   MRN {mrn}   RM LDR 6\nDOB {dob}   AGE {age}   G3P2002 @ 38w4d\n'
        'ADMIT {date_time}   PROVIDER: DR. {doc_last} ({ob_practice})',
        'Labor & Delivery - Admission Assessment\n{pt_full}, {age} y/o G1P0 @ 40w1d\nEDD {date_next}   Prenatal care at {ob_practice}\n'
        'Arrived {date_time} via private car w/ {relation} {rel_first}',
        'TRIAGE NOTE {date}\nNAME: {pt}   ACCT {acct}\nOB: {doc}, CNM\nGBS neg ({md})   Blood type O+',
        'Postpartum / recovery note {date_time}\n{pt_title}   MRN {mrn}\nDelivered {date} at {time}, SVD, viable female',
        'Nursing progress note, L&D, {home}\nPt {pt_full}   DOB {dob}\nShift {date} 0700-1930',
    ],
    blocks=[
        '{time}  SVE 4/80/-1 by {rn_init}. FHR baseline 135, moderate variability, + accels, no decels. Cat I.\n'
        '{time}  Ctx q3-4 min x 60 sec, palpate moderate.',
        '{time}  Pitocin started 2 mu/min per protocol, order Dr. {doc_last}. Increase 2 mu q30 min.',
        '{time}  Epidural placed by {hcp}, CRNA. Test dose neg.\n{time}  BP 102/58, phenylephrine 100 mcg IV x1. Foley placed.',
        '{time}  Complete/+2. Pushing w/ {relation} {rel_first} at bedside and RN {rn_first}.',
        'Delivery {date_time}, SVD over 2nd degree lac, repaired by Dr. {doc_last}.\nApgars 8/9. Wt 3420 g. EBL 350 mL. Nuchal cord x1, reduced.',
        'Shoulder dystocia called {time}; McRoberts + suprapubic pressure, delivered in 45 sec.\n'
        'Peds ({hcp_fl}, NNP) at bedside. Team: {hcp}, {rn}, {ini}.',
        'Support person: {relation} {rel_full}, ph {phone}. Pt requests no info be given to {lay} (FOB).',
        'Prenatal: care at {ob_practice} since {md} (8 wks). GDM diet controlled, 1 hr GTT 162 on {date_prior}.',
        'OB hx: SVD {year} at {birth_any}, 7 lb 2 oz; C/S {yy} at {hosp} for breech.',
        'Pediatrician: {pediatrics} ({phone}). Plans to breastfeed; lactation consult w/ {hcp_full}, IBCLC.',
        'Pt lives in {town_lc} w/ {relation}; works at {employer}. Insurance {insurer}, ID {acct}.',
        'Transfer: arrived by ambulance from {hosp} ({town_any}) at {time} for PTL at 31w;\n'
        'betamethasone #1 given {md} there. Report from {hcp_full}, RN, {phone}.',
        'Mag sulfate 4 g load / 2 g/h for BP 164/112 at {time}. DTR 2+, no clonus.\nDr. {doc_last} notified, at bedside {time}.',
        'Rh neg: RhoGAM given {md} at 28 wks. Cord blood tubes labelled {pt_init}, sent.',
        'Interpreter {hcp_full} (Spanish) by phone {phone} for consent.',
        'Newborn: baby {pt_last}, ID bands applied and verified w/ {rel_first} and {rn_init}. Hugs tag on.',
        'Cervidil placed {date_time} for IOL (post-dates), removed {time}.\nFoley bulb placed by Dr. {hcp_last}, expelled {time}.',
        'Pt from {town}, {state}; staying w/ {relation} at {street} until 6 wk PP visit.',
    ],
    phifree=[
        'Bishop score 4 on admit.', 'Leopold maneuvers: vertex, LOA, EFW 3500 g.',
        'FHR 140s, min-mod variability, early decels w/ ctx.', 'BP 118/72  P 92  R 18  T 98.9  SpO2 99%.',
        'Fundus firm at U-1, lochia rubra moderate.', 'Pain 8/10 w/ ctx, requesting epidural.',
        'IV LR 125 mL/h, 18g L forearm.', 'Pitocin at 12 mu/min, ctx q2-3 min.', 'Tdap and flu vaccines given prenatally.',
        'Hgb 10.9, plt 182. Type and screen sent.', 'Will reposition L lateral, peanut ball.',
        'Joy and tears at delivery, skin-to-skin initiated.', 'Delayed cord clamping x 60 sec.',
        'Pateint voiding qs, ambulated to BR w/ assist.', 'QBL 410 mL.',
        'Cat II tracing x 20 min, resolved w/ position change and IVF bolus.', 'Nursing ratio 1:1 post delivery.',
        'Rose from 98.9 to 100.4 over 4 h; blood cx x2 sent.',
    ],
    signoffs=[
        '{rn_full}, RN, RNC-OB   {time}',
        'Signed {rn}, BSN, RN   {date}\n-- {rn_init}',
        'Reviewed w/ Dr. {doc_last}. Charge RN {hcp_full}, {ext}',
        'Nurse: {hcp_LF}, RN   Secondary RN: {ini}\nL&D desk {phone}',
    ],
    tags=['OB hx (carried fwd from prenatal record):', 'Prior triage note (copied):'],
)

STYLES = {'hospice-home-visit': HOSPICE, 'dialysis-run-sheet': DIALYSIS, 'psych-inpatient-progress': PSYCH,
          'labour-delivery-nursing': LABOUR}
