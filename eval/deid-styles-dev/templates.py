"""Hand-written templates and PHI-free clinical lines for the seven styles (see generate.py)."""

ICU_CLIN = [
    'neuro: sedated on propofol 30mcg/kg/min, RASS -2, PERRL 3mm brisk',
    'CV: NSR 80s-90s no ectopy, BP 108/62 MAP 74, levophed weaned off @ 0200',
    'resp: AC 22/450/+8/40%, sx x3 thick tan secretions, BS coarse bilat',
    'GI: OGT to LIWS, abd soft distended +BS, no BM this shift',
    'GU: foley draining clear yellow 40-60cc/hr',
    'skin: stage 2 sacrum, mepilex intact, turned q2h',
    'ID: tmax 38.4, vanc/zosyn, blood cx x2 pending',
    'heme: hct 24.1 -> 1u PRBC given, post hct pending',
    'RSBI 68 on PS 10/5, tol SBT 30 min then tired, back on AC',
    'ABG 7.31/48/82 on 40%, vent change per RT',
    'CXR: ETT 4cm above carina, swan-ganz tip R PA, Kerley B lines',
    'pt moving all 4 ext, 5/5 strength on L, 3/5 on R',
    'tylenol 650mg pr x1, 1/2 tab oxycodone for pain 6/10',
    'K 3.2 repleted 40meq IV, Mg 1.7 repleted',
    'line: R IJ triple lumen, dsg c/d/i, A-line L radial',
    'insulin gtt per protocol, FS 140-180',
    'GCS 9T (E3 VT M6), no seizure activity',
    'hx: COPD, CHF EF 25%, parkinson, DM2, ESRD on HD MWF',
    'peep 10 fio2 .5 sats 92-94%, lung protective vent',
    'chest tube L 7th ICS to -20 sx, no air leak, 50cc serosang',
    'NAD overnite, no acute events, family updated at bedside',
    'plan: cont current mgmt, am labs, wean sedation as tol',
    'T11 compression fx noted on CT, spine precautions maintained',
    'Crohn dz, on home budesonide held',
]
ICU = dict(caps=True, clin=ICU_CLIN, picks={}, templates=[
"""RT NOTE {D_MD}
{CLIN_2}
trach change done by {D1_IL} + RT, 7.0 shiley
as per {D2_IL|U} cont trach collar 35% overnight
{CLIN_1}
pt {AGE}yo, from {NH} in {TOWN_X}
{N1_FML|U}, RRT
""",
"""NSG: pt {PT_L} alert, following commands
{CLIN_3}
plan to wean propofol {D_MD}, SBT {D_MD}
({D1_IL} MD notified of K 3.2)
hx: CVA {YR_Q}, AAA repair {YR_A} @ {UNI}
dau {R1_FULL} - {PHONE} - wants call if changes
{N1_FML}, RN
""",
"""RESP THERAPY
{CLIN_2}
per {D1_FULL} pulm attending: cont HFNC 50L/60%
given duonebs {RANGE}
pt lives in {TOWN_X} w/ wife {R1_F}, ex-employee of {EMP}
{N1_FULL}, CRT / {N2_FML}, RRT
""",
"""SHIFT NOTE 7P-7A
{PT_LF} BED 12
{CLIN_3}
last BM {D_MD}. last HD {D_MD} at {CLINIC}
son {R1_F} called from {STATE}, {PHONE}
{N1_FML}, RN
""",
"""nursing progress note 1900-0700
pt {PT_L} remains intubated/sedated, adm from {HOSP_A} on {D_MD} for urosepsis
{CLIN_3}
wife {R1_F} called x2 overnite, updated by RN. her cell {PHONE}
line placed {D_MD}, foley changed {D_MD}
{CLIN_2}
plan wean to PS in am, dr {D1_L} aware
{N1_FML}, RN
""",
"""RESP CARE NOTE
pt rec'd on AC per {D1_IL} (pulm fellow)
{CLIN_2}
extubated {D_MD} reintubated {D_MD} for stridor
hx: MI {YR_Q}, CABG {YR_A}, trach at {HOSPB} {YR_4}
{CLIN_1}
will cont to follow. d/w {D2_F} {D2_L} at 0400
{N1_FML}, RRT  pgr {EXT}
""",
"""ICU NSG ADMIT NOTE
{AGE} yo F from {NH} in {TOWN_X} admitted {D_DMY3} w/ resp failure
MR# {MRN}
PCP dr {D1_L} @ {CLINIC}
{CLIN_3}
daughter {R1_FULL} is HCP, lives in {TOWNB_X}, ph {PHONE}
code status DNR/DNI confirmed w/ {R1_F} {D_MON}
{N1_FULL} RN
""",
"""0700-1900 events:
- R IJ pulled {D_MD}, new L subclavian placed by {D1_IL}
- CT head neg per {D2_FI} radiology
{CLIN_3}
- son {R1_FULL} at bedside most of day, will return friday
- last stool {D_MD}
- abx {RANGE}
{CLIN_1}
sig: {N1_FML} RN / {N2_IL} SN
""",
"""RT: pt on bipap 14/6 40%, tol well
{CLIN_2}
pt states he worked at {EMP} x30 yrs, asbestos exposure? hx per chart: TB {YR_Q} tx'd in {STATE}
ptn wants to go home to {TOWN_X}
reeval q4h. last ABG {D_MD}. as per {D1_IL}. {N1_FULL}, RRT
""",
"""NEURO ICU - NSG
{PT_FULL} POD#2 s/p crani ({D_MD}) @ {HOSP_A}
{CLIN_3}
EVD @ 10cmH2O, ICP 8-14
family: husband {R1_F}, sister {R2_FULL} from {TOWN} - call {PHONE} for changes
HPI:{D_MD} fall at home
neuro checks q1h per {D1_L}
{N1_FI} RN
""",
"""NOTE: pt TXF from {HOSP} (cath lab) {D_ISO} 1430
{CLIN_2}
Pt {PT_LF} MRN {MRN}
groin site C/D/I, pulses dop
{CLIN_2}
report given to {N1_F} on 6 west. family ({R1_F}) notified @ {PHONE}
{N2_FML} RN
""",
"""overnight summary
{CLIN_4}
pt pulled NGT x2 (last {D_MD}), mitts on per {D1_IL} order
social: pt lives w/ partner {R1_FULL} at {ADDR}, retired from {EMP}
{N1_FML}, RN, CCRN
""",
"""RT PROTOCOL ASSESSMENT
pt: {PT_L}, {PT_F}   age: {AGE}
{CLIN_2}
home O2 2L via {CLINIC}, last PFT {D_MY3} FEV1 0.9
albuterol/atrovent q4h, spiriva held
{CLIN_1}
disc'd w/ {D1_FULL} MD and {D2_IL}
{N1_FULL} RRT {D_MDY}
""",
"""ICU TRANSFER NOTE
transfer to step down {D_MON3}
{CLIN_3}
wound care consult ({N2_FULL} WOCN) {D_MD}
PT/OT started {D_MD}
{CLIN_1}
f/u w/ dr {D1_L} from {CLINIC} after d/c. contact wife {R1_F} {PHONE}
{N1_IL} RN
""",
"""SICU NOTE ~0300
{CLIN_2}
s/p ex lap {D_MD} by {D1_FML} (gen surg), second look {D_MD}
{CLIN_2}
pt is a {AGE} yr old from {TOWN_X}, prior surgery at {HOSPB_A} in {YR_A}
{N1_F} {N1_L} RN notified {D2_L} of UOP <20cc/hr x2h
""",
"""CCU NURSING
{PT_F} {PT_L}  rm 4
admitted {D_MDY2} from {TOWN} ED
{CLIN_3}
EP study sched {D_MON}, pt nervous. chaplain {N2_FULL} visited
neice {R1_FULL} ({PHONE}) wants updates, ok per pt
{N1_FML} RN
""",
"""ventilator flowsheet comments
{D_MD} 0800 changed to APRV per {D1_IL}
{CLIN_2}
{D_MD} 2300 suctioned, bronch by {D2_FI} in am
{CLIN_1}
hx smoker quit {YR_Q}, works for {EMP}
{N1_FULL}, RRT / {N2_FULL}, RRT
""",
"""MICU - NSG NOTE
ID: {PT_FULL}, {AGE} y/o M, MRN {MRN}
{CLIN_3}
previous admit {RANGE} @ {HOSP}
{CLIN_1}
dtr {R1_F} ({EMAIL_R1}) asks for email updates; told to call unit {EXT}
{N1_FML} RN
""",
"""burn unit - shift note
{CLIN_2}
dressing change {D_MD} w/ {D1_IL}, grafts 90% take
{CLIN_2}
pt from {TOWN_X}, farm accident {D_MON}. employer {EMP} called re: workers comp
brother {R1_FULL} visiting, staying at {NH}?? (clarify)
{N1_FI} RN
""",
"""CVICU POST OP NOTE
{PT_LF} s/p AVR/CABG x3 {D_ISO} Dr {D1_L}, anesth {D2_FML}
{CLIN_4}
chest tubes out {D_MD}, pacing wires out {D_MD}
{N1_FML}, RN
""",
])

DISCH_CLIN = [
    'Hospital course was notable for AKI which resolved with IV fluids; creatinine 2.1 -> 1.0.',
    'CXR on admission showed a Hampton hump in the RLL; CTA confirmed a segmental PE with Westermark sign.',
    'Metoprolol 25 mg PO BID, lisinopril 10 mg daily, atorvastatin 40 mg qHS.',
    'Patient ambulating with walker, strength 4/5 in the LLE, 5/5 elsewhere.',
    'Vitals at discharge: T 36.8 HR 78 BP 128/76 RR 16 SpO2 96% RA.',
    'Diet: 2 g sodium, 1.5 L fluid restriction.',
    'Take 1/2 tab of warfarin on Mondays and Thursdays, 1 tab other days.',
    'PMH: Alzheimer dementia, Down syndrome, hypothyroidism, HTN.',
    'Echo: EF 35-40%, moderate MR, no pericardial effusion.',
    'Wound vac changed q3 days, granulation healthy.',
    'INR goal 2-3. Labs to be drawn weekly.',
    'Discharge condition: stable. Mental status: alert and oriented x3.',
    'Foley removed, voiding without difficulty.',
    'Pain controlled on oxycodone 5 mg q6h PRN, bowel regimen given.',
    'CT abd/pelvis: fluid collection near the 11th rib, drained by IR, cultures E. coli.',
    'Code status: Full code.',
    'Hgb stable at 9.2 after 2 units PRBC on hospital day 3.',
    'No evidence of C. diff; stool studies negative.',
    'Swallow eval: mechanical soft diet with thin liquids.',
    'Parkinson disease meds (carbidopa/levodopa 25/100 TID) continued without interruption.',
]
DISCH = dict(clin=DISCH_CLIN, picks={}, templates=[
"""DISCHARGE SUMMARY
Pt {PT_FULL}, {AGE}yo woman
{CLIN_3}
Transferred back to {UNI} for TAVR eval, accepting {D1_FULL} MD.
History: MI 86', CABG '{YR_2}, lives in {TOWN_X}.
Discussed with her proxy {R1_FULL} ({PHONE}) on {D_MD}.
Signed {D2_FML}, MD {D_MDY}
""",
"""Discharge Summary
Name: {PT_LF}  MRN: {MRN}
Dates of stay: {RANGE_MDY}
{CLIN_3}
Pending at d/c: blood cx from {D_MD}, path from {D_MD} -- PCP {D1_FULL} ({CLINIC}) to follow.
{D2_FULL}, MD
""",
"""SUMMARY
{PT_FULL} ({AGE}) adm {D_DMY3} d/c {D_DMY3}
{CLIN_2}
per {D1_FULL} (cardiology) ok to restart apixaban {D_MD}
lives at {NH}; RN {N1_F} there notified {PHONE}
{D2_IL}
""",
"""DISCHARGE SUMMARY
{PT_LF}
Admitted: {D_MONY}  Discharged: {D_MON3}
{CLIN_3}
Occupational: works night shift at {EMP}. Return to work {D_MD}.
Signed: {D1_FULL|U}, MD
""",
"""DISCHARGE SUMMARY

Patient: {PT_LF}          MRN: {MRN}
Admission Date: {D_MDY}      Discharge Date: {D_MDY}
Attending: {D1_FML}, MD
PCP: {D2_FULL}, {CLINIC}

HPI: {AGE} year old woman brought in from {NH} with fever and confusion.
{CLIN_3}

Follow up with Dr. {D2_L} in 1 week, call {PHONE} to schedule.
Dictated by {D3_FULL}, PA-C
""",
"""Discharge Summary - {HOSP}

Name: {PT_FULL}
DOB: {DOB}   Admit: {D_MON3}   D/C: {D_MON3}

Brief hospital course:
Pt is a pleasant gentleman who lives alone in {TOWN} and was found down by his neighbour.
{CLIN_4}
He has a hx of MI in {YR_4} and a stroke '{YR_2}.

Disposition: home with VNA; daughter {R1_FULL} will stay with him ({PHONE}).
Attending: {D1_FULL} MD
""",
"""DISCHARGE SUMMARY
ADMITTED: {D_ISO}
DISCHARGED: {D_ISO}
SERVICE: Medicine, Team Blue ({D1_IL}, attending)

HISTORY: Mr. {PT_L} is a retired machinist formerly at {EMP} who presented with dyspnea.
{CLIN_3}
Prior records obtained from {HOSPB} (admission {RANGE}).

FOLLOW-UP: {CLINIC}, Dr {D2_L}, on {D_MON} at 10:30am.
cc: {D3_FML}, MD
""",
"""Discharge summary

{PT_F} {PT_L} was admitted on {D_ORD} after a mechanical fall at home.
{CLIN_2}
Ortho ({D1_FULL}) performed ORIF of the left hip on {D_MD}.
{CLIN_2}
Discharged to {NH} in {TOWN_X}. Contact: son {R1_F} {R1_L}, {PHONE}.
Signed: {D2_FML} MD  {DT}
""",
"""HOSPITAL COURSE SUMMARY
Pt: {PT_LF}  Acct#{ACC}  Unit 5N
Admit {D_MDY2} | D/C {D_MDY2}
{CLIN_3}
Transitional care: {N1_FULL} RN (case mgmt) arranged home O2 through {CLINICB}.
Pt's wife {R1_FULL} was present for teaching.
{CLIN_1}
{D1_FULL}, MD, Hospitalist
""",
"""Discharge Summary

Patient is a {AGE}-year-old retired schoolteacher from {TOWN}, transferred from {HOSP_A} on {D_MON}.
{CLIN_3}
Oncology (Dr. {D1_L}) recommended outpatient chemo at {CLINIC}, first cycle {D_MON}.
Spoke with HCP {R1_FULL} by phone ({PHONE}).
Electronically signed by {D2_FULL} on {DT}
""",
"""DISCHARGE NOTE
Name {PT_FULL} | MRN {MRN}
Dates {RANGE_MDY}
Attending {D1_LF}
Consults: cardiology ({D2_IL}), nephrology ({D3_IL})
{CLIN_4}
PCP notified by fax; pt to see {D4_FULL} at {CLINIC} next week.
""",
"""D/C SUMMARY -- OB
{PT_FULL}, G2P2, delivered {D_MONY} via C-section at {HOSP}.
{CLIN_2}
Baby boy {R1_FULL}, 3.4 kg, to NICU for observation.
{CLIN_1}
Postpartum f/u with {D1_FULL} CNM at {CLINIC} in 6 wks; lactation {N1_FULL} ({EXT}).
""",
"""Discharge Summary
Patient {PT_L}, {PT_F}
Hospital: {HOSP}   Admitted {D_DMY3}  Discharged {D_DMY3}
Diagnoses: CHF exacerbation; CKD stage 3
History: CHF dx '{YR_2}, pacemaker {YR_4} at {HOSPB}.
{CLIN_3}
Home: {ADDR}. Lives with husband {R1_F}.
{D1_FML} MD
""",
"""DISCHARGE SUMMARY (psychiatry)
{PT_FULL}  {AGE} y.o.
Admitted voluntarily {D_MON} from {HOSPB_A} ED.
{CLIN_2}
Outpt therapist {D1_FULL} LICSW, {CLINIC}, appt {D_MD}.
Pt plans to return to work at {EMP} part time.
{D2_FML}, MD / {D3_IL}, MD
""",
"""Summary of admission
Mrs {PT_L} ({MRN}) was admitted on the {D_ORD} with cellulitis of the R leg.
{CLIN_3}
Her niece {R1_FULL} from {TOWN_X} will drive her to appointments.
She will see Dr {D1_L} ({CLINIC}, tel {PHONE}) on {D_MON}.
{D2_F} {D2_L}, FY2 for Dr {D1_L}
""",
"""DISCHARGE INSTRUCTIONS AND SUMMARY
Pt: {PT_FULL}
Seen by: {D1_FULL} MD; {D2_FULL} NP
{CLIN_3}
Return to ED at {HOSP} for chest pain, SOB, or fever >101.
Questions: {EMAIL_D2} or {PHONE}
Date {D_MDY}
""",
"""DISCHARGE SUMMARY
Admit: {D_EU}  Discharge: {D_EU}
Pt {PT_FML} was transferred from {NH} with a hip fracture.
{CLIN_3}
Previous admission {D_MY} for pneumonia at {HOSPB}.
Attending: {D1_FULL} / Resident: {D2_FULL}
""",
"""Discharge Summary
{PT_LF} | {AGE} M
Admission {D_MONY} - Discharge {D_MONY}
{CLIN_4}
Wife {R1_FULL} and son {R2_F} updated.
PCP: Dr {D1_L} at {CLINIC}, {TOWN}
{D2_FML}, MD
""",
"""DC SUMMARY
{PT_FULL} mrn {MRN}
adm {D_MD} dc {D_MD}
{CLIN_3}
rehab at {NH} ({PHONE}) accepted pt {D_MD}
fu {D1_IL} 2 wks, {D2_IL} (ID) 4 wks
{D3_FULL} MD
""",
])

RAD_CLIN = [
    'The lungs are clear. No pleural effusion or pneumothorax.',
    'Heart size is normal. Mediastinal contours are unremarkable.',
    'Kerley B lines at the bases with small bilateral effusions, consistent with interstitial edema.',
    'Minimally displaced fracture of the posterior 7th rib on the left.',
    'Mild compression deformity of T11, unchanged.',
    'Swan-Ganz catheter tip projects over the right interlobar pulmonary artery.',
    'Endotracheal tube terminates 5 cm above the carina.',
    'Wedge-shaped peripheral opacity (Hampton hump) in the right lower lobe.',
    'No acute intracranial hemorrhage. Chronic small vessel ischemic changes.',
    'Cholelithiasis without CT evidence of cholecystitis.',
    'Degenerative changes of the lumbar spine, most pronounced at L4-L5.',
    'Nodule in the RUL measures 6 mm (series 4, image 112), previously 5 mm.',
    'Foley catheter balloon in the bladder.',
    'Findings discussed with the covering team at 14:05.',
    'Lung-RADS 2. BI-RADS 1. Fleischner follow-up not required.',
]
RAD = dict(clin=RAD_CLIN, picks={}, templates=[
"""EXAMINATION: XR CHEST 2V
CLINICAL INFORMATION: cough. Pt {PT_FULL}, MRN {MRN}
COMPARISON: {D_MD} and outside {UNI} study {D_MY3}
{CLIN_2}
IMPRESSION: as above. Dr {D1_L} notified at 1115 by {D2_IL} ({EXT}).
{D2_FULL|U}, MD  {D_MDY}
""",
"""CT CHEST W/O
{PT_LF}  {AGE}M  {ACC}
Exam {D_MON3}
Comparison {D_DMY3}, {D_DMY3}
{CLIN_3}
IMPRESSION: stable nodule. Lung-RADS 2.
Dictated {D1_FML} MD; transcribed {N1_INIL} {D_MDY}
""",
"""X-RAY WRIST 3V R
Pt: {PT_FULL}
Referred by: {D1_FULL} PA, {CLINIC}
Date: {D_MDYS}
Comparison: {D_MDYS}
{CLIN_1}
IMPRESSION: healing distal radius fx.
Read by {D2_FML} MD at {HOSP}
""",
"""US ABDOMEN LIMITED
{D_ISO} | {ACC} | {PT_LF}
Hx: RUQ pain, seen at {CLINIC} {D_MD}
{CLIN_2}
IMPRESSION: cholelithiasis.
{D1_FULL}, MD (resident) / {D2_FULL}, MD (attending)
""",
"""EXAM: CHEST PA AND LATERAL
DATE OF SERVICE: {D_MDY}
ACCESSION: {ACC}
PATIENT: {PT_LF}   MRN: {MRN}
ORDERING: {D1_FULL}, MD

COMPARISON: {D_MDY}

FINDINGS:
{CLIN_3}

IMPRESSION: No acute cardiopulmonary process.

Dictated by: {D2_FML}, MD
Signed: {D_MDY} 4:12 PM
""",
"""CT ABDOMEN PELVIS W CONTRAST
{HOSP} Department of Radiology
Exam date {D_ISO}   Acc# {ACC}
Clinical history: {AGE} y/o with RLQ pain.
Comparison: CT {D_ISO}, outside study from {HOSPB_A} ({D_MY3}).
Findings:
{CLIN_3}
Impression: as above.
I have personally reviewed the images and agree. {D1_FULL}, MD
Resident: {D2_FULL}, MD
""",
"""MRI BRAIN WITHOUT AND WITH CONTRAST
Patient Name: {PT_FULL}
Accession Number: {ACC}
Referring Physician: {D1_LF}
Study Date: {D_MDY2}
TECHNIQUE: Multiplanar multisequence MRI.
COMPARISON: None available. Prior report from {CLINIC} dated {D_MD} reviewed.
FINDINGS:
{CLIN_2}
IMPRESSION:
1. No enhancing lesion.
Critical result called to {D1_IL} by {D2_IL} at 1520 on {D_MD}.
""",
"""PORTABLE CHEST
{DT}
INDICATION: line placement
COMPARISON: {D_MD}, {D_MD}
{CLIN_3}
IMPRESSION: Lines and tubes as above.
___
Electronically signed by {D1_FML}, M.D. on {D_MDY}
Reading location: {HOSP}, {TOWN}
""",
"""US RENAL COMPLETE
MRN {MRN}  ACC {ACC}
Pt: {PT_L}, {PT_F}
Hx: AKI. Referred by {D1_FI}, {CLINIC}
Comparison: US {D_DMY3}
{CLIN_2}
IMPRESSION: Normal renal ultrasound.
RADIOLOGIST: {D2_LF} MD
TRANSCRIBED: {D_MDY} /{N1_INIL}
""",
"""MAMMOGRAM BILATERAL SCREENING
Name: {PT_LF}   DOB: {DOB}   MRN: {MRN}
Exam Date: {D_MONY}
Prior exams: {D_MY3}, {D_MY3} (outside, {CLINICB})
{CLIN_1}
BI-RADS 1: Negative. Recommend screening in 1 year.
Letter sent to patient at {ADDR}.
Read by {D1_FULL}, MD  |  {HOSP} Breast Imaging  |  {PHONE}
""",
"""XR HIP 2 VIEWS LEFT
date {D_MDY}   acc {ACC}
hx: fall at {NH} on {D_MON}
comp: none
{CLIN_2}
IMPRESSION: no acute fracture.
This report was discussed with {N1_FULL}, RN at 21:40.
{D1_FML}, MD - Attending Radiologist
{D2_FML}, MD - Resident
""",
"""CT PULMONARY ANGIOGRAM
Exam: {ACC}        Date: {D_EU}
Patient: {PT_FULL} ({MRN})
Requesting: Dr {D1_L}, ED {HOSP_A}
COMPARISON: CXR same day; CT {D_MONY}.
FINDINGS:
{CLIN_3}
IMPRESSION: Acute segmental PE right lower lobe.
Result communicated to Dr. {D1_L} by phone ({EXT}) at 0215 on {D_MD} by {D2_FML}.
""",
"""NUCLEAR MEDICINE BONE SCAN
{PT_LF}  {AGE}F  MRN {MRN}
Date: {D_MONY}
History: breast ca dx {YR_4} at {HOSPB}.
Comparison: bone scan {D_MDY}.
{CLIN_2}
IMPRESSION: No scintigraphic evidence of osseous metastatic disease.
--
{D1_FULL}, MD, Nuclear Medicine
Approved {DT}
""",
"""FLUORO GUIDED LUMBAR PUNCTURE
Operator: {D1_FML}   Assist: {N1_FULL}, RT(R)
Date: {D_MDY}
Patient {PT_FULL}, consent signed by wife {R1_FULL}.
{CLIN_1}
Fluoroscopy time 0.6 min. Opening pressure 18 cm H2O.
IMPRESSION: Successful LP at L3-L4.
{D1_L}/{N2_INIL}  job {JOB}
""",
"""CT HEAD WO CONTRAST
ACCESSION {ACC} | EXAM DATE {D_ISO} | MRN {MRN}
REFERRING: {D1_LF} ({CLINIC})
HISTORY: {AGE} yo fall
COMPARISON: {D_ISO}
FINDINGS: {CLIN_1}
IMPRESSION: No acute intracranial process.
SIGNED BY: {D2_FULL|U}, MD ON {D_MDY}
""",
"""ECHO/VASCULAR LAB - CAROTID DUPLEX
Pt: {PT_FULL}       Study date: {D_MDY2}
Sonographer: {N1_FULL}, RVT
Reader: {D1_FULL}, MD
Indication: TIA {D_MON}. Comparison: {D_MDY2} at {HOSPB}.
{CLIN_1}
IMPRESSION: <50% stenosis ICA bilaterally.
""",
"""RADIOGRAPH CHEST 1 VIEW
{PT_LF}
Exam date/time: {DT}
Acc {ACC}
Comparison: {D_MD} and {D_MDY}
{CLIN_3}
Impression: stable. Kerley B lines again noted.
Interpreted by {D1_IL} / verified {D2_IL}
{HOSP} - {TOWN}, {STATE}
""",
"""ADDENDUM
Original report dated {D_MDY} (acc {ACC}).
Following discussion with Dr. {D1_L} on {D_MON}, the 6 mm nodule is reclassified.
{CLIN_1}
Outside comparison from {CLINIC} ({D_MY3}) received by fax.
{D2_FML}, M.D. {D_MDY}
""",
"""PET/CT SKULL BASE TO THIGH
Patient: {PT_L}, {PT_FM}.   MRN: {MRN}   ACC: {ACC}
Date: {D_MONY}
History: lymphoma, last chemo {D_MON}.
Comparison: PET {D_MONY} ({HOSPB_A}).
{CLIN_2}
IMPRESSION: Deauville 2, complete metabolic response.
Report by {D1_FULL}, MD; reviewed with {D2_FULL}, MD.
""",
])

DICT_CLIN = [
    'On examination she was comfortable at rest. BP 142/88, pulse 72 regular.',
    'Heart sounds were normal with no murmur. Chest clear. No peripheral edema.',
    'His Parkinson disease is reasonably controlled on Sinemet 25/100 four times daily.',
    'Neurologically there was 5/5 power throughout and reflexes were symmetrical.',
    'The ECG showed sinus rhythm with first degree heart block, PR 230 ms.',
    'I have increased the bisoprolol to 5 mg once daily.',
    'Her Crohn disease has been quiescent since starting infliximab.',
    'I reviewed the chest film which showed Kerley B lines and cardiomegaly.',
    'MMSE today was 22/30, in keeping with early Alzheimer disease.',
    'There is tenderness over the 9th and 10th ribs laterally.',
    'I would be grateful if you could check his renal function in two weeks.',
    'We discussed the risks and benefits at some length and he would like to proceed.',
    'A Holter monitor has been arranged.',
    'She continues half a tablet of amlodipine in the evening.',
]
DICT = dict(clin=DICT_CLIN, picks={}, templates=[
"""{D_MDY}

RE: {PT_FULL}
{ADDR}
DOB: {DOB}

Dear Dr. {D1_L}:

This {AGE}-year-old woman returns with her son {R1_FULL}. She had an MI in '{YR_2} and a
pacemaker placed at {UNI} in {YR_4}.
{CLIN_2}
Sincerely,
{D2_FULL}, MD
{D2_INI}:{N1_INIL}
D:{D_MDY2} T:{D_MDY2}
""",
"""{CLINIC}
{ADDR}  tel {PHONE}

Dear Dr {D1_FML},

re {PT_LF}, hosp no {MRN}

I saw him today as per {D3_FULL}'s request.
{CLIN_3}
with best regards
{D2_FULL}
Dictated but not signed {D_EU} / typed {N1_INIL}
""",
"""Dear Dr {D1_L}

RE: {PT_FULL|U} ({MRN})

Your patient attended the vascular clinic on {D_ORD}.
{CLIN_2}
The duplex at {HOSP} on {D_MON} confirmed a 70% stenosis.
I have discussed him with my colleague {D3_IL} and we will list him for surgery.

{D2_FULL}
Consultant Vascular Surgeon
cc {PT_FULL}
""",
"""TRANSCRIPTION
Job #: {JOB}   Dictator: {D1_FULL}, MD   Transcriptionist: {N1_INIL}
Date dictated: {DT}   Date transcribed: {DT}

RE: {PT_LF}

Dear {D2_F},
{CLIN_2}
{D1_L}
""",
"""{HOSP}
Department of Cardiology
{ADDR}
Tel {PHONE}

{D_MONY}

Dr. {D1_FML}
{CLINIC}

RE: {PT_FULL}   DOB {DOB}   MRN {MRN}

Dear Dr. {D1_L},

Thank you for referring this {AGE}-year-old lady whom I saw in clinic today.
{CLIN_3}

Yours sincerely,

{D2_FULL}, MD, FACC
{D2_INI}/{N1_INIL}
D: {D_MDY}  T: {D_MDY}
cc: {D3_FML}, MD
""",
"""RE: {PT_LF}
MR#: {MRN}
Date of consultation: {D_ORD}

Dear {D1_F},

I saw {PT_F} again today, accompanied by his wife {R1_F}.
{CLIN_3}
I have asked him to ring my secretary {N1_FULL} on {PHONE} if things get worse.

With best wishes,
{D2_FML}
Consultant Neurologist

{D2_INI}:{N1_INIL}   Job# {JOB}
""",
"""{CLINIC|U}
{ADDR}

{D_MDY}

{D1_FULL}, M.D.
{HOSP}

RE: {PT_FULL}
DOB: {DOB}

Dear Dr. {D1_L}:

Ms. {PT_L} was seen in consultation at your request for evaluation of chronic cough.
{CLIN_2}
She works as a cashier at {EMP} and has no occupational exposures.
PFTs from {D_MY} were normal.

Sincerely,
{D2_FULL}, MD
cc: {PT_FULL}
D: {DT}
T: {DT}
{D2_INIL}/{N1_INIL}
""",
"""Dictated but not read

{D_MON}

To: Dr {D1_IL}, {CLINIC}, {TOWN}
From: Dr {D2_IL}, Rheumatology, {HOSP_A}

RE: {PT_FULL} ({MRN})

Dear {D1_L},
Many thanks for asking me to see this {AGE} year old gentleman from {NH}.
{CLIN_3}
Kind regards
{D2_L}
{D2_INI}/{N1_INIL} {D_MDY2}
""",
"""{HOSP}
{STREET} * {TOWN}, {STATE} {ZIP}

{D_DMONY}

PRIVATE AND CONFIDENTIAL

Dr. {D1_FULL}
{CLINIC}

Dear Dr. {D1_L},

Re: {PT_FULL}, {ADDR}

I reviewed {PT_F} in the urology clinic today.
{CLIN_2}
Cystoscopy is booked for {D_MON}.

Yours sincerely
{D2_FML} FRCS
Dictated {D_MD}, typed {D_MD} ({N1_INI})
""",
"""CONSULTATION NOTE
PATIENT: {PT_LF}
REFERRING PHYSICIAN: {D1_FULL}
CONSULTANT: {D2_FULL}
DATE: {D_MDY}

REASON FOR CONSULTATION: atrial fibrillation.
HISTORY: {CLIN_2}
Previous ablation at {HOSPB} in {YR_4}. MI {YR_Q}.
SOCIAL: Retired from {EMP}. Lives with daughter {R1_FULL}.
{D2_INI}/{N1_INIL}
DD: {D_MDY2}  DT: {D_MDY2}
JOB: {JOB}
""",
"""Dear Dr. {D1_L}

re: {PT_F} {PT_L}, 
{ADDR}

Thank you for your letter of {D_ORD} about this patient who has been troubled by knee pain since a skiing injury in '{YR_2}.
{CLIN_2}
I will see him back after the MRI, which is booked at {HOSP} for the {D_ORD}.

yours
{D2_FULL}
Orthopaedic Surgeon
cc {D3_IL}, physio, {CLINICB}
""",
"""{HOSP|U} - DEPARTMENT OF ENDOCRINOLOGY
Phone {PHONE}   Fax {PHONE}

{D_MONY}

RE: {PT_LF}   MRN {MRN}

Dear Dr {D1_FML},

{PT_F} attended with her mother {R1_FULL}.
{CLIN_3}
Best wishes,
{D2_FULL}, MBBS PhD
{D2_INI}/{N1_INIL}
cc: {D3_FULL}, {CLINIC}
""",
"""Letter to patient

{D_MDY}

{PT_FULL}
{ADDR}

Dear {PT_F},

It was good to meet you at {CLINIC} on {D_MON}. As we discussed, your blood tests were normal.
{CLIN_1}
If you have questions please call my nurse {N1_F} at {PHONE} or email {EMAIL_N1}.

Sincerely,
{D1_FULL}, MD
""",
"""RE: {PT_FULL}
D.O.B.: {DOB}
Hospital No: {MRN}

Dear Dr {D1_L},

Diagnosis: hypertrophic cardiomyopathy.
{CLIN_2}
His brother {R1_FULL} was diagnosed at {HOSPB} in {YR_4}, so screening of family members is advised.

Yours sincerely
Dr {D2_FULL}
Consultant Cardiologist
Dict: {D_DMY3} Typed: {D_DMY3} {N1_INIL}
""",
"""GERIATRIC MEDICINE CONSULT

Patient: {PT_FULL}  Age: {AGE}
Referred by: {D1_FULL}, {NH}
Date seen: {D_MONY}

{CLIN_3}

Impression: mixed dementia.
Plan discussed with son {R1_F} ({PHONE}).

{D2_FML}, MD
{D2_INI}/{N1_INIL}  D:{D_MDY} T:{D_MDY}
""",
"""Re: {PT_LF} (Hosp # {MRN})

Dear {D1_F} and colleagues at {CLINIC},

Brief note following {PT_F}'s visit on {D_MD}.
{CLIN_2}
I've also written to Dr {D3_L} at {HOSP} about the sleep study.

Best,
{D2_FI}
{D2_INI}/{N1_INIL}
""",
"""{D_MONY}

Dr {D1_FULL}
{ADDR}

Dear {D1_L},

RE: {PT_FULL}, DOB {DOB}

This {AGE}-year-old man attends with his carer {R1_FULL} from {NH}.
{CLIN_2}
Yours,
{D2_FULL}
cc: {PT_FULL}; {D3_FULL}
""",
"""Oncology Consultation
{HOSP}, {TOWN}

Patient name: {PT_LF}
Date: {D_MDY}
Referring: {D1_IL}

{PT_F} is a {AGE} year-old retired farmer. Diagnosed with colon cancer {D_MY3} at {HOSPB_A}.
{CLIN_2}
Signed {D2_FML}, MD
{D2_INIL}/{N1_INIL} D: {D_MDY} T: {D_MDY}
""",
"""NEPHROLOGY CLINIC LETTER

{D_DMONY}

Dear Dr. {D1_L},
Re: {PT_FULL}, {MRN}

{CLIN_3}
Her daughter {R1_F} {R1_L} asked that copies go to her at {EMAIL_R1}.
We will see her again in {CLINIC} in three months.

{D2_FULL}, MD
Job {JOB} / {N1_INI}
""",
])

ED_CLIN = [
    'Triage vitals: T 37.9 HR 112 BP 98/60 RR 22 SpO2 91% RA',
    'pain 8/10, sharp, radiates to L arm',
    'GCS 15, A&Ox3, speech clear',
    'ESI 2. to resus bay',
    'ECG: sinus tach 114, no STE, TWI V1-V3',
    'lungs: crackles bibasilar. abd soft NT. no edema',
    'given ASA 324 mg chewed, NTG 0.4 SL x1',
    '1L NS bolus, zofran 4 mg IV',
    'CXR: no ptx, ? Kerley B lines',
    'point tender over R 6th rib, no crepitus',
    'Strength 5/5 x4. sensation intact',
    'pt reports took 1/2 tab of her husband\'s oxycodone',
    'NEXUS neg, no C-spine imaging',
    'lactate 3.1 -> repeat pending',
    'Wells score 1.5, D-dimer sent',
    'allergies: PCN (rash), sulfa',
    'PMH: Down syndrome, seizure d/o, hypothyroid',
    'troponin x1 <0.01',
]
ED = dict(clin=ED_CLIN, picks={}, templates=[
"""ED TRIAGE NOTE
{PT_FULL} {AGE}yo F BIBA from {NH}
{CLIN_2}
fall {D_MD}, seen at {CLINIC} {D_MD}, sent here
daughter {R1_FULL} ({PHONE}) HCP
RN {N1_FULL|U}
""",
"""ED NOTE
{CLIN_2}
d/w {D1_FULL} (ortho) who will see pt in {CLINIC} {D_MD}
splint applied by {N1_IL}, tech
pt works at {EMP} as a mechanic
lives in {TOWN_X} with partner {R1_F}
{D2_IL} MD
""",
"""Triage 0412
CC: ha x3d. PMH: SAH '{YR_2} (coiled at {UNI})
{CLIN_2}
husband {R1_FULL} at bedside
pt id: {MRN}, PCP {D1_FULL}
RN {N1_FML}, charge RN {N2_FULL}
""",
"""ED COURSE / REEVAL
{DT} pt resting, VSS
{DT} trop #2 neg
prior cath {D_MY3} {HOSPB_A}
{CLIN_1}
per {D1_FULL} cards - outpt stress test at {CLINIC}
{D2_FULL}, PA-C for {D3_FULL}, MD
""",
"""ED TRIAGE
Arrival: {DT} via EMS from {NH}
CC: SOB
{CLIN_3}
Pt {PT_FULL}, {AGE} F. MRN {MRN}
PCP {D1_L} ({CLINIC})
triage RN: {N1_FML}
""",
"""ED PROVIDER NOTE
Pt: {PT_LF}
Seen at 0215. Attending: {D1_FULL}. Resident: {D2_FULL}.
HPI: 54M with chest pain since Monday, seen at {HOSPB_A} on {D_MD} and sent home.
{CLIN_3}
Dispo: admit to cards (Dr {D3_L} accepting).
""",
"""triage note
pt states fell off ladder at work ({EMP}) ~1hr PTA
{CLIN_2}
wife {R1_F} en route, her # {PHONE}
lives {TOWN_X}
PCP {D1_FULL}
last tetanus {YR_4}
RN {N1_FI}
""",
"""ED course
{D_MD} 2210 pt to CT
{D_MD} 2305 CT read per {D1_IL}: neg (prior CT {D_MDY2} {HOSP_A})
{CLIN_2}
d/w {D2_FULL} (on call neurosurg) -> no op intervention
dispo home w/ son {R1_FULL}
{D3_FML}, PA-C
""",
"""EMERGENCY DEPARTMENT NOTE - {HOSP}
Date of service: {D_MDY}
Patient: {PT_FULL}   DOB: {DOB}   Acct: {ACC}
Chief complaint: abd pain x2d
{CLIN_3}
Surgery consulted ({D1_FML}). Pt transferred to {HOSPB} for ERCP.
Signed {D2_FULL}, MD at {DT}
""",
"""TRIAGE: {AGE} yo M from {NH} w/ AMS
per staff {N1_F} at facility ({PHONE}) baseline A&Ox1
{CLIN_2}
code status: DNR per MOLST dated {D_MDY}
HCP: daughter {R1_FULL}
RN: {N2_FULL}
""",
"""ED Progress Note {D_MON3}
reassessed pt {PT_L} @ 0600: pain improved 3/10
{CLIN_2}
repeat trop neg. cards ({D1_IL}) ok with d/c
f/u {CLINIC} in 2-3 days, appt made for {D_MD}. pt's ride: neighbor {R1_FI}
{D2_FULL} MD
""",
"""PEDS ED TRIAGE
child {PT_FULL}, brought by mom {R1_FULL}
DOB {DOB_C}
{CLIN_2}
school: {EMP}  (nurse called mom)
pediatrician Dr {D1_L}, {CLINIC}, {TOWN}
ph {PHONE}
RN {N1_FML}
""",
"""ED NOTE
{PT_LF} {MRN}
MVC restrained driver on the highway near {TOWN_X} ~{D_MD}
{CLIN_3}
trauma team ({D1_FULL}, {D2_FULL}) at bedside
ETOH neg
{D3_IL} MD
""",
"""Triage
arrived {DT}, walk in
CC: rash x 3d, started {D_DASH}
{CLIN_1}
pt is visiting from {TOWN}, {STATE}, staying at daughter's ({ADDR})
daughter {R1_F} {PHONE}
{N1_FULL}, RN
""",
"""EMERGENCY PHYSICIAN RECORD
{PT_FULL} | {AGE}F | {MRN}
Hx obtained from pt and {NH} records.
Hospitalized {RANGE} at {HOSP} for PNA.
{CLIN_3}
Admit to hospitalist {D1_FML}.
Scribe: {N1_FULL} for {D2_FULL}, MD
""",
"""ED NOTE (fast track)
pt {PT_F} {PT_L}, lacerated R hand on box cutter at {EMP}
{CLIN_1}
4cm lac, repaired 5 x 4-0 nylon by {D1_IL}
sutures out {D_MD} at {CLINIC}
work note given for {RANGE}
""",
"""ED psych eval
pt {PT_LF} BIBP from {ADDR} after argument w/ brother {R1_F}
{CLIN_2}
crisis worker {N1_FULL} ({EXT}) eval done {D_MD}
prior admit {HOSPB_A} {YR_A}
sec'd per {D1_FULL}
""",
"""TRIAGE ASSESSMENT
Time: 0342  Date: {D_MDY}
Pt ID: {PT_FULL}  MRN {MRN}
{CLIN_2}
transferred from {HOSP} ED, accepting {D1_FML}
sending MD {D2_FI} ({PHONE})
{N1_FML} RN
""",
"""ED dispo note
{CLIN_2}
pt {PT_L} d/c'd home w/ husband {R1_FULL}
return precautions reviewed. f/u PCP {D1_FULL} within 48 hrs
rx sent to pharmacy in {TOWN_X}, pt's MRN {MRN}
{D2_FML}, NP  {D_MDY2}
""",
])

CLINIC_CLIN = [
    'BP 134/82, HR 68, wt 81.4 kg (down 2 kg), BMI 27.',
    'A1c 7.9 -> 7.1. Cont metformin 1000 mg BID, add empagliflozin 10 mg.',
    'Knee: effusion small, McMurray neg, ROM 0-120.',
    'PHQ-9 score 6, GAD-7 4.',
    'Foot exam: monofilament intact, pulses 2+.',
    'Lungs CTA. CV RRR, no m/r/g.',
    'Pt reports good adherence; takes 1/2 tab of HCTZ in am.',
    'Imms: flu shot given today, Tdap up to date.',
    'Skin: 4 mm pigmented lesion L shoulder, dermoscopy benign.',
    'Discussed diet and exercise, 150 min/week.',
    'Hx Crohn disease, Parkinson disease in father.',
    'Spirometry FEV1/FVC 0.64, post BD improvement 14%.',
    'No red flags. Straight leg raise neg bilat.',
    'Reviewed home BP log: 120s-130s/70s-80s.',
    'Plan: labs (CMP, lipids, TSH), RTC 3 months.',
]
CLINIC = dict(clin=CLINIC_CLIN, picks={}, templates=[
"""Return visit - {CLINIC}
{PT_FULL}, {AGE}yo, with caregiver {R1_FULL}
{CLIN_3}
Labs from {D_MD} reviewed. Seen by cardiology ({D1_FULL}) {D_MD}.
{D2_FML}, MD
""",
"""Referral - Physical Therapy
Pt: {PT_LF} | DOB {DOB} | tel {PHONE}
Dx: R shoulder impingement since {D_MY}
{CLIN_1}
Please treat 2x/wk x 6 wk at {CLINICB}.
{D1_FULL}, MD
""",
"""visit note
{PT_L} here for bp recheck
{CLIN_2}
wife {R1_F} says he stopped meds when he went to {TOWN_X} over the summer
last visit {D_MD}, next {D_MD}
sent to lab at {HOSP_A}
{D1_IL} NP
""",
"""CARDIOLOGY OFFICE NOTE
{PT_FULL} | {MRN} | {D_MDY}
Hx: MI {YR_Q}, stents at {UNI} {YR_4}
{CLIN_2}
Pt emails readings to {EMAIL_D1}.
{D1_FULL}, MD, FACC
""",
"""OFFICE VISIT - {CLINIC}
Date: {D_MDY}
Patient: {PT_FULL}   DOB: {DOB}   MRN: {MRN}
Provider: {D1_FULL}, MD
S: f/u DM2 and HTN. Last seen {D_MD}.
{CLIN_3}
Referred to {D2_FML} (endo) at {HOSP}.
""",
"""Referral letter

{D_DMONY}

Dear Colleague,

Please see {PT_FULL} ({DOB}), {ADDR}, tel {PHONE}, for evaluation of a thyroid nodule found on ultrasound at {HOSP_A} on {D_MON}.
{CLIN_1}
Many thanks,
Dr {D1_FULL}
{CLINIC}
""",
"""Follow-up visit
{PT_LF} - {AGE} y/o - accompanied by granddaughter {R1_FULL}
{CLIN_3}
Pt moved from {TOWN_X} to {NH} last month.
Next visit {D_MON}. {D1_IL}, NP
""",
"""PROGRESS NOTE | {CLINIC} | {D_ISO}
CC: low back pain. Works in warehouse at {EMP}.
HPI: started {D_MD} after lifting. Seen at urgent care {D_MD}.
{CLIN_2}
PT referral to {CLINICB}.
Return to work note from {RANGE}.
{D1_FML}, DO
""",
"""Telephone encounter {D_MDY}
Spoke w/ pt's husband {R1_FULL} at {PHONE}
re: lab results from {D_MD}
{CLIN_1}
will call pharmacy in {TOWN}. routed to {D1_IL}
-- {N1_FULL}, LPN
""",
"""WELL VISIT - 18 MONTHS
Child: {PT_FULL}  DOB {DOB_C}
Parents: {R1_FULL} and {R2_FULL}
Daycare: {EMP}
{CLIN_2}
Next visit 2 yr WCC. {D1_FULL}, MD, {CLINIC}
""",
"""Clinic note - Hepatology
Pt: {PT_L}, {PT_F}   MRN {MRN}   Seen {D_MON3}
HCV dx {YR_4}, tx'd with sofosbuvir {YR_A}, SVR12
{CLIN_2}
Liver US at {HOSP} {D_MY3}: no HCC.
Email from pt ({EMAIL_PT}) reviewed.
{D1_FULL} MD / {D2_IL} fellow
""",
"""NEW PATIENT - {CLINIC}
{PT_FULL} is a {AGE} yo transferring care from Dr {D1_L} in {TOWN_X}, {STATE}.
PMH: CHF (dx '{YR_2}), AF, CKD3. Hip replacement {YR_4} at {HOSPB}.
{CLIN_2}
Records requested from {CLINICB} fax {PHONE}.
{D2_FULL}, MD
""",
"""Referral: Rheumatology
To: {D1_FULL}, {CLINIC}
From: {D2_FULL}, {CLINICB}
Date: {D_MDY2}
Re: {PT_FULL}, DOB {DOB}, MRN {MRN}
Joint pain hands since {D_MY}. RF pos, anti-CCP pending.
{CLIN_1}
Pt contact: {PHONE}
""",
"""ANTICOAGULATION CLINIC
{PT_FULL}  {D_MDY}
INR 2.4 (goal 2-3). Last INR {D_MD} 1.8.
{CLIN_1}
Dose: 5 mg daily except 2.5 mg Sun/Wed. Pharmacy: {TOWN} Drug, {PHONE}.
Next INR {D_MD}. Pt verbalized understanding; daughter {R1_F} fills pillbox.
{N1_FML}, PharmD
""",
"""Prenatal visit 28 wks
{PT_FULL} G1P0  EDD {D_MDY}
{CLIN_2}
GTT today. US at {HOSP} on {D_MON} normal anatomy.
Partner {R1_FULL} present. Birth plan at {HOSP}; doula {N1_FULL}.
{D1_FULL}, CNM
""",
"""Dermatology clinic
{PT_LF} {MRN}
biopsy {D_MD} L shoulder -> dysplastic nevus, mod atypia
re-excision planned {D_MD} with {D1_IL}
{CLIN_1}
pt works outdoors for {EMP}, counselled re sun
{D2_FULL}, PA
""",
"""Memory clinic
Patient {PT_FULL}, {AGE}, lives at {ADDR} with wife {R1_F}.
MoCA 18/30 ({D_MON}: 21/30).
{CLIN_2}
Dx: Alzheimer disease, moderate.
Driving: advised to stop; letter to DMV in {STATE}.
{D1_FML}, MD
""",
"""SPORTS MED F/U
{PT_L}, {PT_F} - soccer coach at {EMP}
injury {D_DASH} - R ankle inversion
{CLIN_1}
MRI at {HOSP_A} {D_MD}: ATFL tear
cleared for light jog from {D_MD}. RTC 4 wk. {D1_IL}
""",
"""Pulmonary clinic letter

{D_MONY}

Dr {D1_L}
{CLINIC}, {TOWN}

Re: {PT_FULL}, {DOB}

Dear {D1_F},
{CLIN_2}
I will repeat the CT at {HOSP} in {D_MY3}.
Regards, {D2_FULL}
""",
])

PROC_CLIN = [
    'The patient was brought to the operating room and placed supine.',
    'General endotracheal anesthesia was induced without difficulty.',
    'A time-out was performed confirming patient, procedure, and site.',
    'The abdomen was prepped and draped in the usual sterile fashion.',
    'A Foley catheter was placed; a Swan-Ganz catheter was floated via the R IJ.',
    'Implant: Medtronic Attain Ability 4196, lot 4196-88231A, SN PJN229018V.',
    'Mesh: Ventralex ST 6.4 cm, LOT HUDK1178, REF 5950009.',
    'Stent: Xience Sierra 3.0 x 18 mm, lot 2070141, deployed at 14 atm.',
    'EBL 150 mL. Fluids 1.8 L crystalloid. UOP 300 mL.',
    'Specimens: gallbladder to pathology. Counts correct x2.',
    'The 5th rib was resected subperiosteally.',
    'Fluoroscopy confirmed screw placement at T11-L1.',
    'Closure with 2-0 Vicryl and 4-0 Monocryl subcuticular; Dermabond.',
    'The patient tolerated the procedure well and was taken to PACU in stable condition.',
    'Complications: none. Drains: 19 Fr Blake x1.',
    'Cement: Palacos R+G, lot 77XB1003.',
]
PROC = dict(clin=PROC_CLIN, picks={}, templates=[
"""OPERATIVE REPORT
DATE: {D_MDY}
SURGEON: {D1_FML|U}, MD
ASSISTANT: {D2_FULL}, MD (resident)
ANESTHESIA: {D3_FULL}, MD
PT: {PT_LF}, {AGE}yo
{CLIN_3}
Pt to PACU. Family ({R1_FULL}) updated.
""",
"""Procedure note - thoracentesis
{D_MD} at bedside, operator {D1_IL}, supervised by {D2_FULL}
pt {PT_FULL} ({MRN})
{CLIN_1}
1.2L straw-colored fluid removed. CXR no ptx.
consent from dtr {R1_FULL} by phone {PHONE}; prior tap {D_MD} at {HOSP_A}
""",
"""OP NOTE
Pt {PT_L}, {PT_F}  DOS {D_ISO}  {HOSP}
Surgeon {D1_FULL}  Assist {D2_IL}  Anes {D3_IL}
{CLIN_3}
Previous surgery {YR_4} at {UNI}.
""",
"""COLONOSCOPY REPORT
{PT_FULL}, MRN {MRN}, {D_MONY}
Endoscopist {D1_FML}; sedation {N1_FULL} RN
{CLIN_1}
Polyp 6 mm sigmoid removed. Repeat in 5 yrs.
Results letter to {ADDR}.
""",
"""OPERATIVE REPORT
{HOSP}
Patient: {PT_LF}   MRN: {MRN}
Date of operation: {D_MDY}
Surgeon: {D1_FML}, MD
Assistant: {D2_FULL}, PA-C
Anesthesia: {D3_FULL}, MD / {N1_FULL}, CRNA
Preop dx: symptomatic cholelithiasis
Procedure: laparoscopic cholecystectomy
{CLIN_4}
{D1_L}/{N2_INIL}  D: {D_MDY}  T: {D_MDY}
""",
"""PROCEDURE NOTE - Cardiac Cath Lab
Date {D_ISO}  Acc {ACC}
Operator: {D1_FULL}   Fellow: {D2_FULL}
Pt {PT_FULL}, {AGE} yo, referred from {HOSPB_A}
{CLIN_3}
Findings d/w wife {R1_F} in waiting room.
""",
"""BRIEF OP NOTE
pt: {PT_L}
date: {D_MD}
surgeon: {D1_IL}  asst: {D2_IL}
anes: GETA ({D3_FI})
{CLIN_2}
dispo: PACU then floor. family ({R1_FULL}) updated {PHONE}
""",
"""ENDOSCOPY REPORT
{PT_FULL}  DOB {DOB}  MRN {MRN}
Date: {D_MONY}
Endoscopist: {D1_FML}, MD   Nurse: {N1_FULL}, RN
Sedation: propofol by {D2_FULL}, MD
Indication: Crohn disease surveillance; last scope {D_MY3} at {HOSPB}.
Findings: {CLIN_1}
Path to follow; results to PCP {D3_FULL}, {CLINIC}.
""",
"""OPERATIVE NOTE
DATE: {D_EU}
PATIENT: {PT_LF}
SURGEON: Mr {D1_FULL} FRCS
ASSISTANT: {D2_FULL} (ST5)
ANAESTHETIST: Dr {D3_FULL}
OPERATION: Right total hip replacement
{CLIN_4}
Post-op: check X-ray, DVT prophylaxis, discharge to {NH} when fit.
""",
"""PROCEDURE: CT-guided lung biopsy
Pt {PT_FULL}  Acc# {ACC}  {DT}
Performed by {D1_FML}, MD; tech {N1_FULL}
Consent obtained from pt and son {R1_FULL}.
{CLIN_2}
Pneumothorax post, small; CXR 4h. Results to {D2_IL} ({CLINIC}).
""",
"""Op Note - {HOSP_A} OR 7
{D_MDY2}
Pt: {PT_LF}, {AGE} M, from {TOWN}
Surgeon {D1_LF} MD, 1st asst {D2_LF} MD
Anesth {D3_LF} MD
{CLIN_3}
Dr {D1_L} spoke with family ({R1_F}) post op.
""",
"""PACEMAKER IMPLANT
Name: {PT_FULL}   MRN {MRN}   Date {D_MONY}
Implanting physician: {D1_FULL}, MD  (EP)
Rep present: {N1_FULL}, device company
{CLIN_2}
Device check at {CLINIC} on {D_MD}; remote monitoring number {PHONE}.
""",
"""Bedside procedure note
{D_MD} 1530 - central line
operator {D1_IL} supervised by {D2_FULL}
pt {PT_L} ({MRN}), consent via HCP {R1_FULL} (phone, {PHONE})
{CLIN_2}
CXR: tip at cavoatrial junction, no ptx
""",
"""OPERATIVE REPORT
Patient: {PT_FULL}   Hosp#: {MRN}
Date: {D_MONY}
Hospital: {HOSP}, {TOWN}, {STATE}
Surgeon: {D1_FML}, M.D.
Assistant: {D2_FML}, M.D.
Anesthesiologist: {D3_FML}, M.D.
{CLIN_4}
Signed {D1_FML}, M.D. {DT}
""",
"""C-SECTION OP NOTE
{PT_LF} G3P2, {D_MDY}
Surgeon: {D1_FULL}, MD; Asst: {D2_FULL}, MD; Anes: {D3_FULL}, MD (spinal)
{CLIN_2}
Infant girl {R1_FULL}, Apgars 8/9, to mother.
""",
"""IR PROCEDURE REPORT
{HOSP}
Exam: tunneled HD catheter placement. Acc {ACC}
Date: {D_MDY}
Pt: {PT_FULL}  {AGE}F  referred from {CLINIC} (Dr {D1_L})
Operator: {D2_FML}, MD
{CLIN_2}
Transferred back to {NH} same day.
""",
"""procedure: bronchoscopy w/ BAL
pt {PT_FULL} ({MRN}) {D_MD}
bronchoscopist {D1_FI} / RT {N1_FULL}
{CLIN_2}
prior bronch {D_MY3} at {HOSPB_A}
samples to micro, call {D1_L} w/ results {EXT}
""",
"""OPERATIVE NOTE - SPINE
Date of surgery: {D_ORD}
Patient: {PT_LF}, MRN {MRN}
Surgeon: {D1_FULL}; Assistant: {D2_FULL}; Anesthesia: {D3_FULL}
{CLIN_3}
Neuromonitoring by {N1_FULL} (stable throughout).
""",
"""ANESTHESIA RECORD SUMMARY
Pt {PT_FULL} age {AGE}  ASA 3
Anesthesiologist {D1_FML}; CRNA {N1_FML}
Procedure by {D2_FULL} on {D_MDY}
{CLIN_2}
Prior anesthesia {YR_4} at {HOSPB} - PONV.
""",
])

STYLES = {
    'icu-caps': ICU,
    'discharge': DISCH,
    'radiology-signoff': RAD,
    'dictation': DICT,
    'ed-triage': ED,
    'clinic-outpatient': CLINIC,
    'procedure-op': PROC,
}
