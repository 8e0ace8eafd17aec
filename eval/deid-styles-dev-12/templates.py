"""Templates of deid-styles-dev-12, written for this set. Tokens in braces are filled by generate.py
(PHI tokens give gold spans; TIME, RM, LOT, SERIAL, PG, A1C, GLU, NUM are PHI-free fillers)."""

OCR = {
    'case_weights': [0.7, 0.05, 0.25],
    'nbody': (4, 8),
    'header': [
        'FROM: {FAXSVC}   {FAX}        {DT}    {PG}\n'
        'TO: {CLINIC}  ATTN: Referral Coordinator  FAX# {FAX}\n'
        '*** CONFIDENTIAL HEALTH INFORMATION ***\n'
        'REFERRAL REQUEST\n'
        'Patient: {PTLFC}   DOB: {DOB}   MRN: {MRN}   AGE {AGE}',

        '{DT}    {FAX}    {HOSP}    {PG}\n'
        'FAX COVER SHEET\n'
        'To: Dr. {DOCL} / new pt intake          From: {REF}, MD\n'
        'Re: {PTF} (DOB {DOB})\n'
        'Pages (including cover): 4     Urgent [X]   Please review [ ]',

        'RECEIVED\n'
        '   {VDATE}\n'
        '{CLINIC}\n'
        '-------------------------------------------\n'
        'Fax Server: {FAXSVC} Job {ORD} Sent {DT} from {FAX}\n'
        'PATIENT NAME: {PTLF}     D.O.B. {DOB}\n'
        'ADDRESS: {STREET}, {TOWN}, {STATE} {ZIP}   HOME PH: {PTPHONE}',

        'Page 1 of 3   {DT}   From:{FAX}   To:{FAX}\n'
        'Referral Form - Specialty Care\n'
        'Name (Last, First): {PTLF}      Age: {AGE}\n'
        'Primary insurance: {INS}    Member ID: {MEMBER}\n'
        'Referring practice: {CLINIC}, {TOWN2}',

        '-- scanned image, OCR text follows --\n'
        '{HOSP} Health Information Managernent\n'
        'Release of Information     Req# {ORD}\n'
        'Patient: {PTF}    MRN {MRN}    DOB {DOB}\n'
        'Requested by: {HCP}, {CLINIC}    Fax {FAX}',

        '{FAX} {DT} {HACR} MED RECORDS {PG}\n'
        'URGENT REFERRAL - PLEASE SCHEDULE WITHIN 2 WKS\n'
        'PT: {PTLFC}  DOB {DOB}  PH {PTPHONE}\n'
        'REF MD: {REFLF}   CALLBACK {PHONE} {EXT}',
    ],
    'body': [
        'Reason for refer-\nral: evaluation of inflammatory arthritis. Pt seen by Dr. {REFL} on {DATE}\n'
        'who noted synovitis of MCPs bilat.',
        'PCP: {REF}  ({CLINIC})   Ph: {PHONE}   Fax: {FAX}',
        'Hx: thyroidectorny {YEAR} at {HOSP}; on levothyroxine since then.\n'
        'Last TSH drawn at {LAB} on {DATE}.',
        'Emergency contact: {REL} ({RELW})  cell {PHONE}',
        '** RECEIVED {DATE} **   initials: {HCPI}',
        'called pt 2x - lvm {DATE} -{HCPI}\n'
        'pt returned call, prefers am appts, best # {PTPHONE}',
        'Insurance auth {PA} valid through {DATE}. Contact {HCP} at {INS} {PHONE} {EXT} w/ questions.',
        'Please fax records and consult note back to {FAX} attn {HCP}.',
        'Pt works at {EMP} (night shift); lives w/ {RELW} {RELF} in {TOWN}.',
        'Prior rheumatologist: Dr {HCPL} in {TOWN2}, {STATE} - records requested {DATE},\n'
        'not yet rec\'d.',
        'Medications per {PHARM} fill history dated {DATE}:\n'
        '  methotrexate 15 mg PO weekly, folic acid 1 mg daily, prednisone 5 mg daily',
        'Imaging: DEXA at {IMG} {MY} - T-score -2.6 lumbar spine.\n'
        'Outside XR hands {DATE} ({HOSP}) - periarticular osteopenia, no erosions.',
        'Labs ({LAB}, collected {DT}):\n'
        '  RF 88 IU/mL (H)   anti-CCP >250 (H)   ESR 54   CRP 3.2 mg/dL',
        'Pt states her {RELW}, {REL}, will drive her to appts; they live at\n'
        '{STREET}, {TOWN} {ZIP}.',
        'Admitted {HOSP} {DATE} - {DATE} for DKA; discharged on basal-bolus insulin.\n'
        'Seen by diabetes educator {HCP}, RN, CDCES prior to d/c.',
        'STAMP: REVIEWED BY {DOCI}   {DATE}   triage: ROUTINE / URGENT (circle)',
        'Handwritten note on page 3: "Dr. {DOCL} - pls see sooner, pt\n'
        'very anxious. thx {REFL}"',
        'Pt e-mail on file: {EMAIL}   preferred language English',
        'Previous endocrine eval at {CLINIC} in {YEAR}, per pt "told it was nodules".',
        'Sent from {HACR} by {HCP} (referral coordinator) {DT}',
        'Attachment: scan_{PTLAST}_referral.pdf (3 pages)   re: pt {PTINIT}',
        'Pt is {AGE} y/o, lives alone in {TOWN}; {RELW} checks in daily.',
    ],
    'signoff': [
        'Electronically signed by {REF}, MD on {DT}\n'
        'This fax contains protected health information. If received in error call {PHONE}.',
        'Thank you for seeing this patient.\nSincerely,\n\n{REF}, DO\n{CLINIC}   {TOWN2}, {STATE}   tel {PHONE}',
        'CONFIDENTIALITY NOTICE: The documents accompanying this fax are confidential. If you are\n'
        'not the intended recipient notify the sender at {PHONE} and destroy all copies.\n'
        'Sent by: {HCP}   {DT}',
        '_______________________________\n'
        'Referring provider signature: {REFLF} MD       Date: {VDATE}',
        '-- end of fax --  {FAX}  {PG}\nRouted to: {NURSE}, RN (intake)   {DT}',
    ],
    'free': [
        'Hgb 11.2  Plt 214  WBC 7.9  Cr 0.91',
        'lmpression: Graves disease vs toxic multinodular goiter',
        'Tinel and Phalen negative bilaterally.',
        'BP 142/88   HR 96   Wt 81.4 kg   BMI 31.2',
        'Page 2 of 4',
        'ESR 48 mm/hr   CRP 2.1 mg/dL   ANA 1:320 speckled',
        'Rx: prednisone 10 mg daily x 7 days then taper by 2.5 mg q week',
        'DAS28-CRP 4.6 , CDAI 22',
        'T-score -2.7 at L1-L4, FRAX 10-yr major 21%',
        'Raynaud phenomenon 3rd and 4th digits, no ulcers',
        'ICD-10: M06.9 , E05.00 , E11.65',
        'NKDA',
        'Dx: Paget disease of bone (R femur), alk phos 412',
        'Schober test 3 cm, occiput to wall 4 cm',
        'Hashimoto thyroiditis, TPO Ab 612',
        'A1c 9.4 % on metformin 1000 mg BID + glipizide 5 mg',
        'Pls see attached labs (pages 3-4)',
        'Cushing syndrome screen: 1 mg DST cortisol 4.1 mcg/dL',
        '[illegible] ... pain worse in AM, stiffness > 1 hr',
        'Urgent    Routine X    Other',
    ],
    'tags': ['(prior referral - copied from earlier fax)', 'PREVIOUSLY SENT:', 'Copy of earlier referral text:',
             '--- resent page from prior fax ---'],
}

VOICE = {
    'case_weights': [0.9, 0.1, 0.0],
    'nbody': (4, 8),
    'header': [
        'this is {DOC} dictating a clinic note on {PTF} date of birth {DOB} medical record number {MRN} period\n'
        'date of service {VDATE} period the patient is {AGE} years old\nnew paragraph',

        'dictation start {TIME}\npatient name {PTLAST} comma {PTFIRST} comma date of birth {DOB}\n'
        'referring doctor {REF} at {CLINIC}\nnew paragraph history of present illness colon',

        'clinic visit {VDATE} {HOSP}\nprovider dr {DOCL} scribe {HCP}\n'
        'patient {PTF} is a {AGE} year old mail seen in follow up',

        'okay this is dr {DOCL} for {PTF} seen today {VDATE} comma\n'
        'the patient is a {AGE} year old female referred by {REF} period',

        'voice dictation draft not reviewed\ndr {DOC} {CLINIC}\nre {PTF} mrn {MRN} seen {DT}',

        'telephone encounter {DT}\ncaller {REL} the patients {RELW} calling about {PTFIRST} period\n'
        'call back number {PHONE}',
    ],
    'body': [
        'she says the pain started around {DATE} after she moved to {TOWN} comma and it is worse in the mornings\n'
        'she also has swelling in the hands and knees new paragraph',
        'he was admitted to {HOSP} on {DATE} for hyper glycemia and was seen by the diabetes team there\n'
        'period they started him on lantis 20 units at night',
        'her {RELW} {REL} is with her today and helps with the injections period',
        'labs were done at {LAB} on {DATE} comma showing a hemoglobin a1c of {A1C} percent period',
        'she has been following with dr {HCPL} in {TOWN2} for her thyroid since {YEAR} period',
        'past medical history colon type 2 diabetes comma hypertension comma hypo thigh roid ism\n'
        'status post thyroid ectomy in {YEAR} at {HOSP}',
        'social history colon she works at {EMP} comma lives with her {RELW} {RELF} comma no tobacco period',
        'he gets his infusions at {INF} every eight weeks last one was {DATE} period',
        'the pump company {VENDOR} called about supplies comma their number is {PHONE} period',
        'she was seen by our diabetes educator {NURSE} on {DATE} for carb counting period',
        'new paragraph plan colon continue meth o tre x ate 20 milligrams weekly comma fully gas said\n'
        'one milligram daily comma repeat labs at {LAB} in 3 months period',
        'please send a copy of this note to doctor {REF} at {CLINIC} fax {FAX} period',
        'prior authorization for the sensor was denied by {INS} on {DATE} comma we will appeal period',
        'she prefers to be contacted at {PTPHONE} or by email {EMAIL} period',
        'he lives at {STREET} in {TOWN} and drives himself comma no falls period',
        'she was seen in the emergency department at {HACR} on {DATE} for a flare period',
        'pharmacy is {PHARM} in {TOWN2} period they will fill the humira pen',
        'discussed with {HCP} from the infusion center today at {TIME} period',
        'her last name is {PTLAST} spelled {PTSPELL} period patient initials {PTINIT} for the research log',
        'the patient is {AGE} and still lives on her own in {TOWN} comma her {RELW} {RELF} stops by daily',
    ],
    'signoff': [
        'end of dictation\n{DOC}\nd {DATE} t {DT} job {ORD}',
        'this note was dictated using voice recognition software and may contain errors period\n'
        'electronically signed {DOC} {DT}',
        'thank you for this referral period sincerely {DOC}\ncc {REF} {CLINIC}',
        'dictated by {DOC} transcribed by {HCPI} {DATE}\nreviewed not edited',
        'new paragraph end of note\nsigned {DOCL} {DT}',
    ],
    'free': [
        'physical exam colon blood pressure 138 over 82 comma pulse 76 comma weight 94 kilos period',
        'no rashes comma no oral ulcers comma no raynauds period',
        'joint exam shows 6 tender and 4 swollen joints comma das 28 of 4.1 period',
        'she denies fevers chills or night sweats period new paragraph',
        'thyroid is not enlarged comma no nodules palpable period',
        'foot exam monofilament intact bilaterally comma pulses 2 plus period',
        'assessment and plan colon number 1 rheumatoid arthritis moderately active period',
        'number 2 type 1 diabetes on pump with cgm comma time in range 62 percent period',
        'dexcom g7 download reviewed comma average glucose 168 period',
        'she is on ozempic 0.5 milligrams weekly and tolerating it period',
        'continue prednisone 5 milligrams daily and taper by 1 milligram every 2 weeks period',
        'follow up in 3 months or sooner as needed period',
        'vitamin d was 18 so start 50000 units weekly times 8 weeks period',
        'positive tinnels sign at the right wrist comma phalen negative period',
        'grace period for the insurance ends this month per the patient period',
        'hope is that we can get her off steroids by summer period',
        'bone density shows t score of minus 2.8 at the hip period',
    ],
    'tags': ['copied from prior dictation colon', 'previous note text follows', 'carried forward from last visit',
             'prior plan unchanged as follows'],
}

EMR = {
    'case_weights': [0.8, 0.07, 0.13],
    'nbody': (4, 7),
    'header': [
        'Patient Name: {PTLFC}\nMRN: {MRN}          DOB: {DOB}        Age: {AGE}\n'
        'Encounter: {VDATE}   Dept: {CLINIC}\nPCP: {REF}\n==============================================',

        '+--------------------------------------------------+\n'
        '| PATIENT: {PTLF} | MRN {MRN} | DOB {DOB} |\n'
        '| ENC DATE: {VDATE} | LOC: {HOSP} | {RM} |\n'
        '+--------------------------------------------------+',

        'EHR EXPORT  printed {DT} by {UID}\n'
        'Name.......: {PTF}   Age {AGE}\nAcct.......: {ACCT}\nAttending..: {DOCLF}\nFacility...: {HOSP}',

        'FLOWSHEET REPORT - {CLINIC}\nPt: {PTLFC}  ({PTINIT})   MRN: {MRN}\n'
        'Report range: {DATE} to {VDATE}\nGenerated by: {UID} @ {TIME}',

        'Demographics\n  Name:      {PTLF}\n  DOB:       {DOB}\n  Address:   {STREET}\n'
        '  City/St:   {TOWN}, {STATE} {ZIP}\n  Home Ph:   {PTPHONE}',
    ],
    'body': [
        'VITALS\n| Date/Time | BP | HR | SpO2 | Wt | Entered by |\n'
        '| {DT} | 134/82 | 88 | 97% | 78.1 kg | {UID} |\n'
        '| {DT} | 128/76 | 79 | 98% | 77.9 kg | {NURSEUID} |',

        'ORDERS\n ORD# {ORD} | CBC w/ diff | Ordering: {DOCLF} | Status: Final\n'
        ' ORD# {ORD} | TSH reflex FT4 | Ordering: {REFLF} | Perf. lab: {LAB}\n'
        ' ORD# {ORD} | HbA1c | Ordering: Dr. {DOCL} | Collected {DT}',

        'AUDIT TRAIL\n{DT}  VIEW    {UID}    WS-4412\n{DT}  EDIT    {NURSEUID}  Flowsheet row Glucose\n'
        '{DT}  SIGN    {UID}    Progress note',

        'Emergency Contact: {REL}\nRelationship: {RELW}\nPhone: {PHONE}',

        'Insurance\n  Primary:   {INS}   Member ID {MEMBER}\n  Auth #:    {PA}   Exp {DATE}',

        'GLUCOSE POC\nTime   Value  Action            User\n{TIME}  {GLU}    2 units lispro    {NURSEUID}\n'
        '{TIME2}  {GLU}    none              {NURSEUID}\n{TIME}  {GLU}    recheck 1 hr      {UID}',

        'Pharmacy: {PHARM} - {TOWN2}, {STATE}   Ph {PHONE}',

        'MEDICATION ADMINISTRATION\n| Med | Dose | Route | Time | Given by | Witness |\n'
        '| infliximab | 5 mg/kg (420 mg) | IV | {TIME} | {NURSE} RN | {HCP} RN |\n'
        '| diphenhydramine | 25 mg | PO | {TIME2} | {NURSE} RN | - |',

        'Referral: To {CLINIC}  Reason: uncontrolled T2DM   Referred by: {REF}\n'
        'Referral #{ORD}   Status: Scheduled {DT}',

        'Outside Results (scanned) - source: {LAB}\n  Collected: {DATE}   Received: {DT}\n'
        '  Reviewed by: {DOCI}',

        'Comm log: {DT} spoke w/ pt {RELW} {REL} re: appt, # {PHONE}. -{NURSEI}',

        'Care Team\n  Attending     {DOC}\n  Diabetes Ed.  {NURSE}, RN CDCES  {EXT}\n'
        '  Pharm.D.      {HCP}   pager {PAGER}',

        'Problem List (last updated {DATE} by {UID})\n  1. Rheumatoid arthritis, seropositive\n'
        '  2. Type 2 DM w/ hyperglycemia (dx {YEAR})\n  3. Osteoporosis\n  4. Hx thyroidectomy ({YY})',

        'Device: insulin pump via {VENDOR}, {SERIAL}\nCGM supplier: {VENDOR}   Acct {ACCT}',

        'Portal msg {DT} from patient ({EMAIL}): "my sugars are in the 300s since friday"\n'
        'Response by {NURSE} RN {DT}',

        'Prior Encounters\n| {DATE} | {HOSP} | ED visit | {HCPLF} |\n'
        '| {DATE} | {CLINIC} | Office | {REFLF} |',

        'Employer: {EMP}    Occupation: forklift operator    Work ph: {PHONE}',
        'Wristband scan {DT}: {PTLFC} / {MRN} / {PTINIT} - verified by {NURSEUID}',
    ],
    'signoff': [
        '----\nElectronically signed by: {DOCLF} MD  {DT}\nCosigned: {HCP}, NP  {DT}',
        'Note status: Signed   Author: {DOC}   Last edited {DT} by {UID}',
        '** END OF REPORT **  Printed by {UID} on {DT}  Page 1 of 1',
        'Signed: {DOC}, MD ({CLINIC})  {DT}\nAddendum by {NURSE}, RN {DT}: pt notified of results.',
        '=== Document locked {DT} / user {UID} ===',
    ],
    'free': [
        '| Ht | 167.6 cm | Wt | 82.3 kg | BMI | 29.3 |',
        'Allergies: sulfa (rash), penicillin (hives)',
        'Pain score: 4/10    Fall risk (Morse): 25',
        'Lab: K 4.1 | Na 138 | Cr 0.82 | eGFR >90',
        'Infusion rate: 10 mL/hr x 15 min, 20 mL/hr x 15 min, then 250 mL/hr',
        'Braden score 20    Glasgow 15',
        'HbA1c 8.7 % (ref 4.0-5.6)',
        'Room 4B  Bed 2',
        'Code status: Full Code',
        'CDAI 18 (moderate)   HAQ-DI 1.25',
        'Insulin: glargine 24 units qHS; lispro 1:10 ICR, ISF 1:45',
        'Next infusion due in 8 weeks (week 22)',
        'TSH 0.02 | FT4 3.1 | T3 6.2',
        'Column legend: H = high, L = low, C = critical',
        '------------------------------------------------------------',
        'Order class: Normal   Priority: Routine   Frequency: Once',
    ],
    'tags': ['[Copied from previous encounter]', '*** carried forward ***', 'Previous flowsheet rows (copied):',
             'Imported from prior note:'],
}

RHEUM = {
    'case_weights': [0.85, 0.1, 0.05],
    'nbody': (4, 8),
    'header': [
        '{CLINIC}\nRHEUMATOLOGY FOLLOW-UP\nPatient: {PTF}    DOB: {DOB}    MRN: {MRN}\n'
        'Date of visit: {VDATE}     Provider: {DOC}, MD',

        'ENDOCRINOLOGY NEW PATIENT CONSULT\n{PTLF}  |  {AGE} y.o.  |  seen {VDATE}\n'
        'Referred by: {REF} ({CLINIC})',

        '{CLINIC} - {TOWN2}\n{STREET}   {TOWN}, {STATE} {ZIP}\n\n{VDATE}\n\nDr. {REF}\n'
        'RE: {PTF}, DOB {DOB}\n\nDear Dr. {REFL},',

        'Infusion visit - {INF}\nPt: {PTLFC}   MRN {MRN}   {RM}\nDate: {VDATE}   RN: {NURSE}',

        'Diabetes technology visit ({VDATE})\nPatient {PTF} ({PTINIT}), {AGE} yo\n'
        'Endocrinologist: Dr. {DOCL}   Educator: {NURSE}, RD, CDCES',

        'Telehealth visit {DT}\nPatient located at home in {TOWN}, {STATE}; provider at {CLINIC}\n'
        'Identity verified: name {PTF} and DOB {DOB}',
    ],
    'body': [
        'HPI: {PTFIRST}, {AGE} yo, returns for RA. Last seen {DATE}. Reports AM stiffness ~45 min, flare after\n'
        'stopping methotrexate when she travelled to see her {RELW} in {TOWN2}.',
        'Infusions: infliximab 5 mg/kg q8wk at {INF}; last dose {DATE}, next due {DATE}.',
        'Outside labs ({LAB}, {DATE}): ESR 38, CRP 1.8, ALT 22, Cr 0.7, WBC 6.1.',
        'Pump: insulin pump supplied by {VENDOR}; CGM sensors through {VENDOR} (order placed {DATE},\n'
        'rep {HCP} {PHONE}).',
        'Seen by diabetes educator {NURSE} on {DATE} for pump start; basal rates reviewed.',
        'Prior endocrinologist Dr. {HCPL} at {HOSP} (since {YEAR}) started levothyroxine.',
        'Social: lives with {RELW} {REL} in {TOWN}; works at {EMP}; {RELF} helps with injections.',
        'Prior auth for abatacept approved by {INS} ({PA}) through {DATE}.',
        'Bone health: DXA at {IMG} {MY}; zoledronic acid infusion {DATE} at {INF}.',
        'Hospital course elsewhere: admitted {HOSP} {DATE} with DKA, pH 7.12; d/c {DATE}.',
        'Specialty pharmacy: {PHARM} ({PHONE}) ships adalimumab 40 mg q2wk to {STREET}, {TOWN}.',
        'Family hx: mother with Hashimoto; {RELW} {REL} has lupus, followed at {CLINIC}.',
        'Patient asked that results be sent to {EMAIL} and that her {RELW} {RELF} be called at {PHONE}.',
        'Diabetes education class at {EDU} on {DATE} (Tuesdays, 6 pm).',
        'Communicated with Dr. {REFL} by phone {DT} re: steroid taper.',
        'Uveitis follow-up with ophthalmology at {CLINIC}; last visit {MY}.',
        'Pregnancy planning discussed; OB is Dr. {HCPL} at {HOSP}. Stop leflunomide, washout.',
        'Glucose log faxed from {PHARM} on {DATE}; fasting 140-210.',
    ],
    'signoff': [
        'Sincerely,\n\n{DOC}, MD\nDivision of Rheumatology, {HOSP}\ncc: {REF}; {CLINIC}',
        '{DOC}, MD, FACE\nEndocrinology   {CLINIC}   tel {PHONE}   fax {FAX}',
        'Total time 40 min, >50% counseling.\nElectronically signed: {DOC} {DT}',
        'Scribed by {HCP} for Dr. {DOCL}. I have reviewed and agree. -{DOCI}',
        'Follow up in 3 months with {DOC}, sooner via {EXT} or portal.\n{DOC}, DO  {DT}',
    ],
    'free': [
        'Exam: 8 tender / 5 swollen joints; ulnar deviation R>L; Heberden nodes DIPs.',
        'DAS28-ESR 5.1; RAPID3 14.',
        'Graves ophthalmopathy: CAS 2/7, mild lid retraction.',
        'TSH 0.01, free T4 2.9, TRAb 8.4 IU/L (H).',
        'CGM 14-day: TIR 58%, TBR 3%, GMI 7.6%, CV 38%.',
        'Pump settings: basal 0.8 u/hr 00:00-06:00, 1.1 u/hr 06:00-22:00; ICR 1:8; ISF 45.',
        'Plan: methotrexate 20 mg SC weekly, folic acid 1 mg daily.',
        'Denosumab 60 mg SC q6 months; calcium 1200 mg/day.',
        'Cushingoid features absent; no striae.',
        'Schirmer test 4 mm OU, consistent with Sjogren syndrome.',
        'Still disease considered, ferritin 2,140.',
        'Paget disease: alk phos normalized after zoledronic acid.',
        'Foot exam: monofilament 10/10 sites bilat, DP 2+.',
        'Tirzepatide 5 mg weekly; tolerating, wt down 4 kg.',
        'Hydroxychloroquine 200 mg BID - annual OCT due.',
        'Addison disease on hydrocortisone 15/5 mg; sick-day rules reviewed.',
        'Rituximab 1000 mg IV x2, 2 weeks apart; premed acetaminophen, diphenhydramine.',
    ],
    'tags': ['(copied forward from last visit)', 'Interval history from prior note - unchanged:',
             'Prior plan (copied):', 'From referral letter (carried forward):'],
}

STYLES = {
    'ocr-faxed-referrals': OCR,
    'voice-recognition-lower': VOICE,
    'emr-flowsheet-tables': EMR,
    'rheum-endocrine-clinic': RHEUM,
}
