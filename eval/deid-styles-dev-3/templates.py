"""Templates and PHI-free filler lines for deid-styles-dev-3 (written for this set).
Placeholders: see generate.py. P = patient, R1/R2 = family or proxies, D1..D9 = staff,
H = hospital, C/C2 = style clinic or practice, T1.. = towns, ~x = not-PHI look-alikes."""

ORAL_FILL = [
    'Extraoral: no facial asymmetry, no lymphadenopathy, TMJ without clicking or crepitus.',
    'Intraoral: FOM soft, non-tender; tongue mobile; uvula midline; Mallampati II.',
    'Pano reviewed: #{~tooth} mesioangular, roots close to IAN canal, no periapical radiolucency.',
    'CBCT: buccal cortex thin at #{~tooth} site, 9 mm bone height to sinus floor.',
    'Anesthesia: {~n} carpules 2% lidocaine 1:100,000 epi, 1 carpule 4% articaine 1:100k epi.',
    'Local: IANB + long buccal R side, 2 carps 3% mepivacaine plain.',
    'Sedation: midazolam 4 mg IV, fentanyl 75 mcg IV, propofol titrated; SpO2 {~spo2}% nadir, BP {~bp}.',
    'Elevated full thickness mucoperiosteal flap, buccal trough with #8 round bur, tooth sectioned.',
    'Sockets irrigated with NS, curetted, 3-0 chromic gut x {~n}, Gelfoam placed.',
    'Hemostasis achieved with gauze pressure; EBL < 10 mL.',
    'Post-op instructions reviewed verbally and in writing; ice 20 min on/off, soft diet 5 days.',
    'Rx: amoxicillin 500 mg TID x 7d, ibuprofen 600 mg q6h, acetaminophen 500 mg q6h alternating.',
    'Chlorhexidine 0.12% rinse BID starting POD 1. No straws, no smoking for 72 h.',
    'ASA II. Allergies: PCN (hives). Meds: lisinopril, metformin, atorvastatin.',
    'Probing depths 5-7 mm #{~tooth}-#{~tooth}, BOP +, class II mobility #{~tooth}.',
    'Implant: Nobel Replace CC 4.3 x 11.5 mm, ISQ 72, torque 35 Ncm, cover screw placed.',
    'Graft: 0.5 cc Bio-Oss, Bio-Gide collagen membrane 25 x 25 mm, lot {~lot}.',
    'Patient tolerated procedure well; discharged ambulatory with escort at {~time}.',
    'Occlusion checked, MIO 42 mm, no deviation on opening.',
    'Bitewings: recurrent decay under MOD amalgam #{~tooth}; #{~tooth} non-restorable.',
    'Discussed risks: bleeding, infection, dry socket, paresthesia of lip/chin/tongue, sinus communication.',
    'NPO after midnight; escort required; no driving 24h after IV sedation.',
    'Vitals: BP {~bp}, HR {~hr}, SpO2 {~spo2}% RA, wt {~wt} lb.',
    'Caries risk high; fluoride varnish 5% NaF applied.',
    'Periapical #{~tooth}: widened PDL, 4 x 5 mm radiolucency at apex.',
]

EYE_FILL_ALL = [
    'VA cc: OD {~va}  OS {~va}   PH OD {~va}',
    'IOP (Goldmann): OD {~iop}  OS {~iop} at {~time}',
    'Pupils: PERRL, no APD. EOM full. CVF full to finger count OU.',
    'SLE: L/L normal; C/S white and quiet; K clear; AC deep and quiet; iris flat; lens 2+ NS OU.',
    'DFE (tropicamide 1%, phenylephrine 2.5%): C/D 0.4 OD, 0.6 OS; macula flat; periphery attached 360.',
    'OCT macula: CST OD 312 um with subretinal fluid, OS 268 um dry.',
    'Gonioscopy: open to CBB 360 OU, no PAS.',
    'Pachymetry 548 / 552. HVF 24-2 SITA-Fast: superior arcuate defect OS, reliable.',
    'Refraction: OD -2.25 +0.75 x 095  OS -1.75 +0.50 x 080, add +2.25.',
    'Meds: latanoprost 0.005% qhs OU, timolol 0.5% BID OS, artificial tears PRN.',
    'Diagnosis: NPDR moderate without DME OU (E11.3393); nuclear sclerosis OU.',
    'Impression: wet AMD OD (H35.3211), stable dry AMD OS. AREDS2 daily.',
    'Plan: continue q6 wk injections OD, Amsler grid daily, RTC 6 weeks.',
    'Betadine 5% prep, lid speculum, 4 mm from limbus inferotemporal, 30 g needle.',
    'Post-injection: CF vision confirmed, IOP {~iop} at 5 min, optic nerve perfused.',
    'Drug: aflibercept 2 mg/0.05 mL, lot {~lot}, exp 11/2027.',
    'Drug: bevacizumab 1.25 mg/0.05 mL, lot {~lot}.',
    'Tech checked in pt at {~time}, dilated {~time}.',
    'Color plates 14/14 OU. Stereo 40 arc sec.',
    'Biometry IOLMaster 700: AL 23.81 / 23.77 mm, K1 43.25 K2 44.00, target -0.25.',
    'IOL selected: SN60WF 21.0 D OD.',
    'Patient counseled on RD symptoms: flashes, floaters, curtain. Call immediately.',
    'Schirmer 6 mm OD, 8 mm OS; TBUT 5 s; punctate staining inferior cornea.',
    'Cover test: 12 PD esotropia at near, 8 PD at distance; amblyopia OS.',
    'Glasses Rx given, single vision distance, polycarbonate.',
]

NEURO_FILL_ALL = [
    'Total recording time 462.5 min; total sleep time 371.0 min; sleep efficiency {~pct}.2%.',
    'Sleep latency 18.5 min; REM latency 96.0 min; WASO 54.5 min.',
    'Stage N1 9.4%, N2 58.2%, N3 12.1%, REM 20.3%.',
    'AHI {~ahi}/h overall, supine AHI {~ahi}/h, REM AHI {~ahi}/h (AASM 3% rule).',
    'Oxygen saturation nadir {~spo2}%, time below 88% 12.4 min (T88).',
    'PLM index 14/h, PLM arousal index 3/h.',
    'ECG: sinus rhythm, average HR {~hr} bpm, no arrhythmia noted.',
    'CPAP titrated from 5 to {~pres} cm H2O; optimal pressure {~pres} cm H2O with AHI 2.1/h in supine REM.',
    'Mask: ResMed AirFit F20 medium full face; heated humidification used.',
    'Epworth Sleepiness Scale 15/24. STOP-BANG 6/8. BMI 36.4.',
    'Background: posterior dominant rhythm 9-10 Hz, reactive to eye opening.',
    'Hyperventilation x 3 min and photic stimulation 1-30 Hz performed without activation.',
    'Intermittent left temporal sharp waves, maximal T3/F7, in drowsiness.',
    'No electrographic seizures. No epileptiform discharges.',
    'Montage: 10-20 system, 21 electrodes, bipolar and referential; video synchronized.',
    'Right median motor: DL 5.8 ms (nl < 4.4), amp 4.2 mV, CV 49 m/s.',
    'Right median sensory (digit 2): peak latency 4.6 ms, amplitude 9 uV; ulnar sensory normal.',
    'Needle EMG R APB: 2+ fibrillations, reduced recruitment; R FDI normal.',
    'F-waves: median 31.2 ms, ulnar 29.8 ms (normal).',
    'Needle EMG L5 myotome: fibs in TA and EHL, chronic MUAPs in L paraspinals.',
    'Skin temperature maintained > 32 C in hands.',
    'Meds: levetiracetam 500 mg BID, melatonin 3 mg qhs, sertraline 50 mg.',
    'MSLT: mean sleep latency 4.2 min, SOREMPs in 3 of 5 naps.',
    'Technical: good quality study, minor 60 Hz artifact at O1 between 0200 and 0300.',
    'Snoring: moderate to loud, positional; no bruxism.',
    'Impression: moderate obstructive sleep apnea (G47.33).',
]

HH_FILL = [
    'vs: bp {~bp}, hr {~hr}, rr 18, temp 97.9, spo2 {~spo2}% on 2L nc.',
    'pain 4/10, pt states "my back is sore today", repositioned w/ pillows.',
    'lungs diminished bases, scattered rhonchi RUL; no SOB at rest, DOE after 10 ft.',
    'BLE edema 2+ pitting to mid shin, L>R. skin warm dry intact except sacrum.',
    'sacral wound stage 3, 3.2 x 2.1 x 0.4 cm, 20% slough, mod serous drainage, periwound macerated.',
    'wound cleansed NS, skin prep, Mepilex border 4x4 applied. change q3 days and prn.',
    'Foley 16 Fr draining clear amber urine, changed monthly, last changed per log.',
    'appetite poor, ate 25% of breakfast. Ensure 1 can BID encouraged.',
    'PPS 40%. FAST 7a. weight down per family, clothes loose.',
    'meds reviewed: morphine 5 mg/0.25 mL SL q2h prn, lorazepam 0.5 mg q4h prn, senna 2 tabs qhs.',
    'comfort kit in fridge, unopened. teaching done on haldol for agitation.',
    'fall risk high (Morse 65). bed in low position, bed alarm on, walker at bedside.',
    'O2 concentrator 2L running, backup tanks x 4 in garage, no smoking sign posted.',
    'BM last 2 days ago, bowel regimen reinforced. abd soft, nontender.',
    'bathed in bed, linen changed, lotion to heels, heels floated.',
    'Braden 13. air mattress functioning, set to pt weight.',
    'caregiver demonstrates correct insulin drawing up, 12 units lantus qhs.',
    'home safety: throw rugs removed, grab bars in place, night lights recommended.',
    'PT: TUG 24 sec with RW, gait slow, decreased step length, CGA on 3 steps.',
    'Plan: continue SN 2w4, HHA 3w4, MSW prn. next visit {~day}.',
    'PT denies chest pain, n/v/d. mood flat, tearful at times.',
    'CHF zone tool reviewed, daily weights on log sheet, wt today {~wt} lb.',
    'INR 2.{~n} per POC, results called to office.',
    'Hospice dx: end stage COPD (J44.9). Secondary: CHF, DM2.',
    'no s/s of infection. temp afebrile. wound bed pink with granulation.',
]

_INJ = ('Betadine', 'Post-injection', 'Drug:', 'wet AMD', 'q6 wk injections', 'OCT macula')
EYE_FILL_INJ = [f for f in EYE_FILL_ALL if any(w in f for w in _INJ)] + [
    'Proparacaine 0.5%, then Akten gel x 2, 5 min.',
    'No VMT; fluid decreased vs last visit, PED stable.',
    'Treat-and-extend: extend interval by 2 weeks.',
]
EYE_FILL = [f for f in EYE_FILL_ALL if f not in EYE_FILL_INJ] + [
    'Impression: cataract, nuclear 2+ OU, visually significant OD.',
    'Plan: continue current drops; RTC as scheduled.',
    'Lids: mild MGD, collarettes on lashes; warm compresses BID.',
]

NEURO_FILL_EEG = [f for f in NEURO_FILL_ALL if any(w in f for w in ('Background', 'Hyperventilation', 'sharp waves', 'electrographic', 'Montage', 'levetiracetam', 'Technical', 'ECG'))] + [
    'Drowsiness with vertex waves and POSTS; spindles symmetric in stage N2.',
    'No focal slowing. Photic driving present at 6-12 Hz bilaterally.',
    'Eye leads and single-channel ECG recorded throughout.',
    'Seizure precautions reviewed; driving restrictions per state law discussed.',
]
NEURO_FILL_EMG = [f for f in NEURO_FILL_ALL if any(w in f for w in ('median', 'Needle', 'F-waves', 'Skin temperature', 'sertraline'))] + [
    'Left median and ulnar sensory responses normal for comparison.',
    'Right ulnar motor: DL 2.9 ms, amp 9.8 mV, CV across elbow 52 m/s.',
    'Sural sensory amplitudes 12 / 11 uV, peroneal motor 4.1 mV at EDB.',
    'Tinel positive R wrist, Phalen positive at 30 s; thenar bulk mildly reduced.',
    'Patient tolerated study well; no bleeding at needle sites.',
]
NEURO_FILL = [f for f in NEURO_FILL_ALL if f not in NEURO_FILL_EEG and f not in NEURO_FILL_EMG] + [
    'Body position: supine 38%, non-supine 62% of TST.',
    'Arousal index 27/h, respiratory arousal index 19/h.',
    'Central apnea index 0.4/h; no Cheyne-Stokes breathing.',
    'Bedtime routine reviewed; caffeine after 2 pm discouraged.',
]

ORAL = [
  {'name': 'consult-3rds', 'tpl': '''
{C}
Oral & Maxillofacial Surgery Consultation
Patient: {P.lf}     DOB: {DOB}     Chart #: {mrn}
Date of visit: {V}
Referred by: Dr. {D2} ({C2}) for evaluation of third molars.
CC: "my wisdom teeth hurt on the left", per pt and mother {R1.f}.
HPI: {~age} yo with intermittent pericoronitis #17 x 3 mo. Seen at {C2} on {DP.md}, given pen VK.
{FILL2}
Exam:
{FILL3}
PMH: asthma; appendectomy {YR}; braces removed {YR.a}.
Assessment: partially impacted #1, #16, #17, #32; pericoronitis #17 resolved.
Plan: extraction #1, 16, 17, 32 under IV sedation at {C.a} {room}.
Insurance: {INS}, member ID {member}.
{FILL1}
Consent signed by pt; guardian {R1} present. Scheduled for {DF}.
{D1}, DDS, MD
cc: Dr. {D2.l}, {C2}, {T2}, {ST}
'''.replace('{room}', '{~room}')},
  {'name': 'procedure-ext', 'tpl': '''
PROCEDURE NOTE - OMFS     {V}     {~room}
Pt: {P}   ID {mrn}
Surgeon: Dr. {D1.l}    Assistant: {D2.f} {D2.l}, DA    Anesthesia monitoring: {D3}, CRNA
Procedure: surgical extraction #{~tooth}, #{~tooth} (D7240), simple ext #{~tooth} (D7140)
Pre-op dx: impacted teeth, caries
Consent: reviewed, signed {V.md}; escort {R1.n} ({R1.l}) in waiting room, cell {phone}.
{FILL4}
Time out performed at {~time}, correct site confirmed with pano dated {DP}.
{FILL3}
Specimens: none. Complications: none.
Disposition: home with escort. POD1 call by {D4.f} tomorrow.
Post-op check 1 wk: {DF.md}
-- {D1.i}/{D4.il}
'''},
  {'name': 'referral-letter', 'tpl': '''
{C2}
{STR}, {T2}, {ST} {ZIP}
Tel {phone}   Fax {phone}

{V.long}

Dr. {D1}
{C}
{T1}

Re: {P}   DOB {DOB}

Dear Dr. {D1.l},

Thank you for seeing my patient, {P.f}, who presents with a fractured #{~tooth} and a
non-restorable #{~tooth}. Previous RCT on #{~tooth} was done at {C3} in {YR}.
{FILL2}
He/she is anxious and would prefer sedation. Medical hx: HTN, controlled, followed by Dr. {D3.l} at {H.a}.
{FILL1}
Please call our office with any questions, or reach me on my cell {phone}.

Sincerely,

{D2}, DMD
{D2.il}/{HCP.il}
'''},
  {'name': 'postop-phone', 'tpl': '''
Telephone encounter    {DT}
Caller: {R1} (spouse) re: pt {P.i}
Chart {mrn}
s/p ext #{~tooth}, #{~tooth} on {DR} with Dr. {D1.l}.
Reports swelling L face, worse today ({~day}), pain 7/10 despite ibuprofen 600.
No fever, able to swallow, no trismus per caller.
{FILL2}
Advised: warm compresses after 48h, continue abx, call back if fever > 101 or difficulty swallowing.
If after hours call on-call surgeon via answering service {phone}.
Pharmacy on file: {PH}, {T1}.
Appt added {DF.md} at {~time} with Dr. {D2.l}.
Spoke w/ pt too, agrees with plan.
{FILL1}
{D3.f} {D3.l}, RDH
Routed to: {D1.i}
''', 'case': 'mixed'},
  {'name': 'letter-back', 'tpl': '''
{C}
{STR} - {T1}, {ST} {ZIP} - {phone}

{V}

{D2}, DDS
{C2}
{T2}

RE: {P.lf}
DOB: {DOB}

Dear {D2.f},

Thank you for your kind referral of {P.f} {P.l}. We saw {P.f} in consultation on {DP}
and performed extraction of #{~tooth} and ridge preservation on {DR}.
{FILL3}
Healing is satisfactory at the 1-week visit. {P.f} may return to your office for
restorative care in 3 months. Implant placement planned for {DF.my} with us.
{FILL1}
With best regards,

{D1}, DMD, MD
Diplomate, American Board of OMS
{D1.il}:{HCP.il}  D: {DR.md}  T: {V.md}  Job {job}
'''},
  {'name': 'implant', 'tpl': '''
IMPLANT SURGERY NOTE
Date: {V}   Pt: {P}   DOB {DOB}   MRN {mrn}
Provider: {D1}, DDS   Assist: {D2.f}   Front desk: {D3.f}
Site #{~tooth}. Restorative dentist: Dr {D4.l} of {C2} ({T2}).
{FILL2}
Implant: Straumann BLT 4.1 x 10 mm, lot {~lot}, REF 021.5410
{FILL3}
Surgical guide fabricated by {LAB}, case # {~lot}.
Healing abutment 4.5 x 3.5 placed. Primary closure 4-0 PTFE.
{FILL1}
Post-op: {P.i} picked up by daughter {R1.n}. Next: suture removal {DF.md}, uncover 4 mo.
Billing note: pre-auth # {claim} from {INS}.
{D1.i}
'''},
  {'name': 'biopsy', 'tpl': '''
Oral Surgery - Biopsy Note
{V.long}
Patient: {P.l}, {P.f}   Chart: {mrn}
Referred from: {C2}, Dr. {D2}
Lesion: 8 x 6 mm white plaque L lateral tongue, present since {DP.my} per pt, non-wiping.
Smoker 1 ppd since {YR}; quit attempts '{~n}' times. Works at {EMP}.
{FILL2}
Incisional biopsy performed, specimen in formalin to {LAB} oral path, accession {acc}.
{FILL2}
Pathologist: Dr. {D3.l}. Result expected in 5-7 business days; pt to be called at {phone}.
{FILL1}
Return {DF} for results and suture check.
{D1.fi}, DDS
scribe: {HCP.f}
'''},
  {'name': 'infection-ed', 'tpl': '''
URGENT VISIT  {DT}
{P}, {~age} yo, walk-in at {C}
Odontogenic infection #{~tooth}: R submandibular swelling, trismus 18 mm, voice muffled, T 101.8.
{FILL2}
Floor of mouth elevated. Concern for early Ludwig angina.
Called {H} ED, spoke with Dr. {D2} ({phone}), pt sent by ambulance ({~time}).
Wife {R1} accompanying, contact {phone}.
CT neck w/ contrast requested at {H.a}. OMFS on call at {H.a}: Dr. {D3.l}, pager {pager}.
{FILL2}
Records faxed incl. pano from {DP.md}.
{FILL1}
{D1}, DMD
'''},
  {'name': 'ortho-preop', 'tpl': '''
Orthognathic Surgery Pre-op Visit    {V}
Name: {P}   DOB: {DOB}   MRN {mrn}
Orthodontist: Dr. {D2} ({C2}) - presurgical ortho complete, archwires 19x25 SS placed {DR.md}.
Procedure planned: LeFort I advancement 5 mm, BSSO setback 3 mm, genioplasty.
Surgery date: {DF} at {H} (admit to 6 West, 1 night).
VSP session with {LAB} engineer {HCP.fl} on {DR}.
{FILL2}
Labs: CBC, BMP, type & screen at {H.a} lab on {DF.md}.
Student at {SCH}; mother {R1} will be 24h caregiver; dad {R2.f} works at {EMP}.
{FILL2}
Consent reviewed incl. relapse, nerve injury, need for plates removal.
{D1.fl}, DMD, MD / {D4.fl}, resident
'''},
  {'name': 'tmj', 'tpl': '''
TMJ Evaluation
Date {V}  |  Pt {P.lf}  |  Acct {acct}
Referred by {D2}, DMD, {C2} in {T1.x}.
Sx since {YR}: L preauricular pain, clicking, locking on waking x 2 in {DP.my}.
Previous night guard made at {C3}.
{FILL3}
MIO 31 mm with deflection L; lateral excursions R 6 / L 9 mm; 5/5 masseter strength.
MRI TMJ at {H.a} on {DP}: anterior disc displacement without reduction L.
{FILL1}
Plan: soft diet, NSAIDs, PT with {HCP} at {T2} PT, arthrocentesis if no improvement by {DF.md}.
Letter to Dr. {D2.l}.
{D1.fi}
'''},
  {'name': 'peds-ga', 'tpl': '''
Pediatric Dental Rehab under General Anesthesia
{H} - Day Surgery    {V}
Pt: {P}  ({~n} y/o)   MRN {mrn}
Parent/guardian: {R1} (mother), {R2} (grandmother) - phone {phone}
Dentist: {D1}, DDS   Anesthesiologist: {D2}, MD   CRNA: {D3.fl}
Circulator: {D4.fl}, RN
{FILL1}
Treatment: SSC on #A, #J, #K, #T; pulpotomy #K; ext #E, #F; sealants #3, #14, #19, #30.
Nasal intubation, throat pack placed and removed (count correct).
{FILL2}
Discharged to mother at {~time}, stable.
Follow-up {C2} with Dr. {D5.l} in 2 wk ({DF.md}).
DCF referral considered, not needed per SW {HCP.f}.
'''},
  {'name': 'clearance', 'tpl': '''
{C}
MEDICAL CLEARANCE REQUEST - fax to {phone}
Date: {V}
To: {D2}, MD - {H} Primary Care, {T1}
From: {D1}, DMD
Patient: {P}   DOB {DOB}
Pt is {AGEX} years old. Planned: full mouth extraction and alveoloplasty, IV sedation, approx {DF.md}.
Current meds per pt: warfarin 5 mg, metoprolol 25 mg BID, Eliquis? (pt unsure).
Last INR 2.9 on {DR} at {LAB}.
Cardiologist: Dr. {D3.l}, stent placed {YR} at {H2}.
{FILL2}
Please advise re: holding anticoagulation and need for SBE prophylaxis.
[ ] OK to proceed   [ ] Hold ___ days   [ ] Not cleared
Signature: ____________  Date: ______
{FILL2}
Questions: {D4.f} in our office, {phone} ext {ext}
'''},
  {'name': 'mandible-fx', 'tpl': '''
OMFS CONSULT - ED   {H}   {DT}
Requested by Dr. {D2} (ED attending)
Pt {P}, {~age} M, assaulted outside {EMP} in {T1} last night per EMS.
{FILL1}
CT face {DR.md}: displaced R parasymphysis fx, nondisplaced L subcondylar fx.
Occlusion deranged, step between #{~tooth} and #{~tooth}, paresthesia R lower lip.
{FILL2}
Girlfriend {R1.n} at bedside. Police case #{claim} per ED RN {D3.fl}.
Plan: ORIF R parasymphysis, MMF 2 wks L condyle. OR {DF.md} with Dr. {D1.l}.
Clindamycin 600 IV q8h, Peridex, full liquid diet.
{FILL1}
Discussed with attending {D1}. Resident: {D4} pgr {pager}
'''},
  {'name': 'preauth', 'tpl': '''
{INS}
Attn: Dental Claims / Predetermination
Claim #: {claim}   Subscriber: {R1}   Patient: {P}   DOB: {DOB}
Member ID: {member}   Group: {~lot}
Provider: {D1}, DDS, NPI {npi}   {C}, {STR}, {T1}, {ST} {ZIP}
Date of service (planned): {DF}
Procedures:
  D7240 removal impacted tooth, completely bony  #{~tooth}
  D7240 removal impacted tooth, completely bony  #{~tooth}
  D9243 IV moderate sedation, each 15 min x 3
Narrative: recurrent pericoronitis, treated {DP.md} and {DR.md}; see pano enclosed.
{FILL2}
Prior carrier: {INS} until {DP.my}.
Contact: {D3.f} (billing) {phone} / {email:D3}
'''},
  {'name': 'sinus-lift', 'tpl': '''
Sinus Augmentation - Operative Note
Date of surgery: {V}   Location: {C} {~room}
Patient: {P}, DOB {DOB}, chart {mrn}
Surgeon: {D1}   Assistant: {D2.fl}
Referring: {D3}, DMD ({C2})
{FILL1}
Lateral window approach L sinus, membrane elevated, 2 mm perforation repaired with collagen.
{FILL3}
Rx to {PH}: amox-clav 875 BID x 10 d, Sudafed, Afrin x 3 days.
Sinus precautions reviewed with pt and husband {R1.f}.
{FILL1}
Next: {DF} post-op, CBCT at 6 mo.
{D1.i}/{D2.il}
'''},
  {'name': 'dry-socket', 'tpl': '''
Post-op visit   {V.md}   {~day}
{P.f} {P.l} - s/p ext #{~tooth} on {DR.md} by Dr {D2.l}
throbbing pain radiating to ear since POD3, bad taste. No fever.
{FILL2}
Socket #{~tooth}: empty, exposed bone, no purulence. Dx alveolar osteitis.
Irrigated, Dry Socket Paste (Sultan) placed. Pain better in chair.
{FILL2}
Pt works at {EMP}, work note given through {DF.md}.
Pt's daughter {R1} ({phone}) drives.
Return in 2-3 days ({DF.mon}) for repacking.
{FILL1}
{D1.fl}, DDS  /  asst {D3.f}
'''},
]

EYE = [
  {'name': 'comprehensive', 'tpl': '''
{C}  -  Comprehensive Eye Exam
Patient: {P}    DOB: {DOB}    Acct: {acct}
Exam date: {V}   Tech: {D2.f} {D2.l}   Dr: {D1}, OD
Insurance: {INS} (routine vision), ID {member}
CC: blurry distance vision, worse driving at night. Last exam {DP.my} at {C2}.
Occ: driver for {EMP}.
{FILL4}
POH: LASIK OU {YR}, chalazion excision {YR.a}.
Family hx: glaucoma in mother {R1.f} (followed at {H.a}), maculopathy in grandfather.
{FILL2}
Assessment: myopia with astigmatism OU; presbyopia; early nuclear sclerosis.
Plan: new specs Rx, RTC 1 yr ({DF.my}).
{D1.fi}, OD
'''},
  {'name': 'injection-log', 'pool': 'inj', 'tpl': '''
INTRAVITREAL INJECTION LOG - {C}
Patient: {P.lf}   MRN {mrn}   DOB {DOB}
Pt initials {P.i}   Physician: Dr. {D1.l}     Tech: {D2.i}    Scribe: {D3.f}
Dx: nAMD OD (H35.3211)
Date        Eye  Drug           Lot       VA     IOP pre/post  Tech
{DP.md}      OD   aflibercept 2mg  {~lot}   {~va}  {~iop}/{~iop}   {D2.i}
{DP.md}      OD   aflibercept 2mg  {~lot}   {~va}  {~iop}/{~iop}   {D4.i}
{DR.md}      OD   faricimab 6mg    {~lot}   {~va}  {~iop}/{~iop}   {D2.i}
{V.md}       OD   faricimab 6mg    {~lot}   {~va}  {~iop}/{~iop}   {D4.i}
{FILL3}
Next injection due {DF} (8 wk interval). Ride: son {R1.n}, {phone}.
Drug obtained via specialty pharmacy {PH}; PA # {claim}.
{FILL1}
'''},
  {'name': 'optom-referral', 'tpl': '''
{C2}
{STR}
{T2}, {ST} {ZIP}
ph {phone}  fax {phone}

{V.long}

To: Dr. {D1}, {C}

RE: {P}, DOB {DOB}

Dear Dr {D1.l},

I am referring {P.f}, a {AGEX}-year-old, for evaluation of elevated IOP and suspicious
optic nerves. IOPs today {~iop}/{~iop} by iCare, {~iop}/{~iop} Goldmann at {~time}.
{FILL3}
{P.f} has a family history of glaucoma (brother {R1.f}, blind in one eye by {YR}).
Please see at your earliest convenience. Copies of OCT RNFL and VF enclosed.

Kind regards,
{D2}, OD, FAAO
'''},
  {'name': 'glaucoma-fu', 'tpl': '''
Glaucoma Follow-up   {V}
{P} ({mrn})   seen by {D1.fl}, MD   worked up by {D2.fl}, COA
Dx POAG {YR}. Interval hx: SLT OS on {DP} at {C.a}. Using drops "most days". Pharmacy: {PH}.
{FILL4}
Target IOP < 16 OU.
Assessment: POAG moderate stage OU, OS progressing on HVF since {DP.md}.
Plan: add Rhopressa qhs OS; consider trabeculectomy vs. tube with Dr. {D3.l} at {H}.
Discussed cost; son {R1} manages meds, email {email:R1}.
{FILL1}
RTC 3 mo with HVF + OCT. Next available {DF.mon}.
{D1.i}/{D2.il}
'''},
  {'name': 'cataract-preop', 'tpl': '''
CATARACT SURGERY PRE-OP / BIOMETRY
Pt: {P}    DOB {DOB}    Chart {mrn}
Date: {V}   Surgeon: {D1}, MD    Biometry tech: {D2.fl}
Surgery scheduled: OD {DF} at {C.a}; OS 2 weeks later.
{FILL3}
Medical clearance from PCP Dr. {D3.l} ({H}) received {DR.md}.
Tamsulosin since {YR} - IFIS risk, Malyugin ring available.
{FILL2}
Driver day of surgery: neighbor {R1}, {phone}.
Pre-op drops sent to {PH}: ofloxacin, prednisolone acetate 1%, ketorolac.
Questions: surgery coordinator {D4.f} at {phone} ext {ext}.
'''},
  {'name': 'postop-day1', 'tpl': '''
POD#1 s/p phaco/IOL OD ({DR} - Dr. {D1.l})
{V.md}  {~time}
pt: {P}   mrn {mrn}
UCVA OD {~va}, PH {~va}. IOP {~iop}.
{FILL2}
Cornea: trace stromal edema, wound sealed Seidel neg. AC 1+ cell. IOL centered in bag.
{FILL1}
Pt reports mild FB sensation. Accompanied by wife {R1.f}.
Plan: pred forte QID, moxi QID x 1 wk, shield qhs. POW1 {DF.md} at {C} {T1} office.
{FILL1}
Seen with resident {D2}, attending {D1}.
Tech: {D3.il}
'''},
  {'name': 'letter-back', 'tpl': '''
{C}
{STR}, {T1}, {ST} {ZIP}
Main {phone}

{V}

{D2}, OD
{C2}
{T2}, {ST}

Re: {P}  (DOB {DOB})

Dear Dr. {D2.l},

Thank you for referring {P.f} {P.l}. I saw her/him on {DR} for the central retinal vein
occlusion of the right eye you noted on {DP}.
{FILL3}
We began bevacizumab injections OD and will see {P.f} monthly. I will send
updates; please continue routine care including dry eye management.
{FILL1}
Sincerely,
{D1}, MD
Retina Service
{D1.il}/{HCP.il}   job {job}
'''},
  {'name': 'diabetic-report', 'tpl': '''
DIABETIC EYE EXAMINATION REPORT
To PCP: Dr. {D2}, {H} - Internal Medicine, fax {phone}
Patient: {P}    DOB: {DOB}
Exam date: {V}    Examiner: {D1}, OD ({C})
Age: {AGEX}. Diabetes since {YR}; last A1c 8.4% ({DR.md}) per pt.
{FILL3}
Retinopathy: [ ] none [x] mild NPDR [ ] moderate [ ] severe [ ] PDR
Macular edema: none OU.
Recommend: re-exam in 12 months ({DF.my}); optimize glycemic and BP control.
{FILL1}
Any questions please contact our office, {D3.f}, {phone}.
{D1.fi}
'''},
  {'name': 'peds-strab', 'tpl': '''
Pediatric Ophthalmology
{V}   {C}
Pt: {P.n} {P.l}, age {~n}, accompanied by father {R1} and grandma {R2.f}.
Referred by pediatrician Dr. {D2.l} ({H.a} Peds) after failed vision screen at {SCH}.
{FILL4}
Plan: full-time glasses; patch OD 2 hr/day; recheck 6 wk ({DF.md}).
Orthoptist: {D3.fl}, CO.
Mom not present today; dad {R1.f} consents, grandma {R2.n} will do patching at home.
{FILL1}
{D1}, MD
'''},
  {'name': 'rd-emergency', 'tpl': '''
*** URGENT - same day ***   {DT}
{P}, {AGEX}yo, phoned in: curtain over lower vision OS since last night.
Seen at {C} by Dr. {D2.l}. VA OS CF 3 ft.
{FILL1}
DFE: macula-on superior bullous RD OS with horseshoe tear at 1 o'clock.
Discussed with retina on call Dr. {D3} - sent to {H} eye ER for PPV tonight.
Transport: husband {R1}, phone {phone}; {TR} as backup. Face-down positioning not yet required.
Called {H.a} OR desk ({phone}) at {~time}, spoke with charge RN {D4.fl}.
{FILL2}
NPO since {~time}. Anticoag: none. Last meal documented.
{FILL1}
{D2.fi}, MD
'''},
  {'name': 'contact-lens', 'tpl': '''
Contact Lens Fitting   {C}
Date {V}   Pt {P.lf}   Acct {acct}
OD: {D1.fl}   Tech: {D2.f}
{FILL2}
Trial: Acuvue Oasys 8.4 / -2.50 OD, 8.4 / -2.00 OS, VA {~va} OD {~va} OS.
Fit: centered, 0.5 mm movement, full coverage.
Insertion/removal training completed with tech {D2.f}.
{FILL2}
Ordered through {C.a} optical, confirmation {claim}, ship to {STR}, {T1}.
Email receipt to {email:P}.
F/u 1 wk {DF.md}.
{D1.i}
'''},
  {'name': 'oct-tech', 'tpl': '''
IMAGING / TESTING NOTE   {V}
pt {P}, chart {mrn}
ordering: Dr. {D1.l}   performed by: {D2}, COT
{FILL1}
OCT RNFL OU (Cirrus 6000 SN {~lot}): avg RNFL 78 / 64 um, inferior thinning OS.
HVF 24-2 OU: FL 1/14, FP 3%, FN 5%, reliable.
Fundus photos OU.
{FILL2}
Pt arrived late ({~time}) by {TR} van, driver phone {phone}.
Copy of results to outside OD Dr. {D3.l}, {C2}, {T2}.
{FILL1}
{D2.il}
'''},
  {'name': 'low-vision-dmv', 'tpl': '''
Low Vision Evaluation / DMV Vision Form
{C}    {V}
Name: {P}   DOB {DOB}   License # {member}
Address: {STR}, {T1}, {ST} {ZIP}
Examiner: {D1}, OD, FAAO
{FILL3}
Age {AGEX}. Best corrected VA OU {~va}; horizontal field 110 degrees binocular.
Meets {ST} standard for daytime driving only: [x]
Devices: 4x hand magnifier, Eschenbach 3x stand, CCTV demo; referral to Commission for the Blind.
Daughter {R1} asked about fall risk at home; OT referral to {A}.
{FILL1}
Signature: {D1.fi}, OD   Date: {V}
'''},
  {'name': 'phone-refill', 'tpl': '''
Phone note  {DT}
Caller: {P.f} {P.l} (self) / also spoke with wife {R1.f}
MRN {mrn}
Req refill latanoprost 0.005% #2.5 mL x 3 refills to {PH}, {T1.x}.
Pharmacy phone {phone}. Last seen {DP} by Dr. {D1.l}.
{FILL1}
Also asks if ok to use Lumify before granddaughter's wedding - ok per Dr. {D1.l}.
Refill sent per protocol.
{FILL1}
-- {D2.fl}, LPN
Cosigned {D1.i} {V.md}
'''},
  {'name': 'yag', 'tpl': '''
Nd:YAG Capsulotomy - Procedure Note
Date: {V}   Eye: OS   Surgeon: {D1}, MD
Patient: {P}   DOB: {DOB}   ID: {mrn}
Indication: PCO OS, glare, VA {~va} (BAT {~va}). Cataract surgery {DP.my} at {C2} by Dr. {D2.l}.
{FILL1}
Apraclonidine 0.5% pre. Abraham lens. Energy 1.8 mJ x 32 shots, total 57.6 mJ.
Laser: Ellex Ultra Q, SN {~lot}.
Post IOP {~iop}. No complications.
{FILL2}
Pt accompanied by {R1.nq}.
RTC 4 wk {DF.mon}.
Tech {D3.fl}
'''},
  {'name': 'neuro-ophth', 'tpl': '''
NEURO-OPHTHALMOLOGY CONSULT
{H} - {C}     {V}
Patient: {P.lfm}     MRN: {mrn}
Requested by: {D2}, neurology, pager {pager}
Reason: transient visual loss OD x 3 episodes since {DR.mon}.
{FILL3}
ESR 64, CRP 3.1 ({DR.md}). Temporal artery biopsy arranged with Dr. {D3} on {DF.md}.
Prednisone 60 mg started. Discussed with pt and niece {R1}, HCP.
{FILL1}
{D1}, MD
'''},
]

NEURO = [
  {'name': 'psg-diag', 'tpl': '''
{C}
{STR}, {T1}, {ST} {ZIP}   Tel {phone}
DIAGNOSTIC POLYSOMNOGRAM REPORT   (age {AGEX})
Patient: {P.lf}          DOB: {DOB}        Study #: {acc}
Study date: {V}          Referring: {D2}, MD ({H})
Scoring tech: {D3.fl}, RPSGT      Recording tech: {D4.i}
{FILL5}
IMPRESSION:
1. Moderate obstructive sleep apnea, AHI {~ahi}/h.
2. Nocturnal hypoxemia.
Hx: UPPP in {YR}; prior PSG {YR.a} (AHI unknown).
RECOMMENDATIONS: CPAP titration; avoid supine sleep; weight loss.
Interpreted by: {D1}, MD, D.ABSM       Signed {DT}
'''},
  {'name': 'cpap-titration', 'tpl': '''
CPAP TITRATION STUDY
{C.a} - {T1}
Name: {P}   MRN: {mrn}   Study date: {V}
Ordering: Dr. {D2.l}    Technologist: {D3}, RPSGT   Scorer: {D4.i}
Previous diagnostic PSG {DP} at {C2}: AHI {~ahi}/h.
{FILL4}
Comments by tech: pt removed mask at {~time} to use bathroom, restarted at 9 cm.
{FILL1}
Recommend CPAP {~pres} cm H2O, DME: {DME} (ph {phone}).
{D1.fl}, MD, FAASM
{D1.il}/{D4.il}   D {V.md}  T {DF.md}
'''},
  {'name': 'hst', 'tpl': '''
HOME SLEEP APNEA TEST (HSAT) - {C}
Patient: {P}   DOB: {DOB}
Device: WatchPAT 300, SN {~lot}; dispensed {DR} by {D2.f}, returned {V.md}.
Referring provider: {D3}, NP, {H.a} Primary Care, {T1}.
{FILL3}
Valid recording time 6 h 12 min. pRDI 31.2, pAHI 24.6, ODI 21.
{FILL1}
Interpretation: moderate OSA. Recommend APAP 5-15 cm via {DME}.
Insurance {INS}, auth {claim}.
Interpreting physician: {D1}, MD   {V}
Report faxed to {phone} at {~time}.
'''},
  {'name': 'split-night', 'tpl': '''
Split-Night PSG Report
Pt {P.lf} | Acct {acct} | DOB {DOB} | Ht 5'9" Wt {~wt} lb
Date of study: {V}     Lab: {C}, {~room}
Referring physician: Dr. {D2}, {C2}
Technologist: {D3.fl}, RST
{FILL2}
Diagnostic portion (lights out {~time} to {~time}): AHI {~ahi}/h.
{FILL2}
Therapeutic portion: CPAP {~pres}-{~pres} cm H2O, nasal pillows P10 small.
{FILL1}
Wife {R1.f} reports witnessed apneas since {YR}. Truck driver for {EMP} - DOT implications discussed.
Electronically signed: {D1}, MD {DT}
'''},
  {'name': 'mslt', 'tpl': '''
MULTIPLE SLEEP LATENCY TEST
{C} ({C.a})   {V}
Patient: {P}     ID {mrn}     Age {~age}
Referring: {D2.fi}, MD, Neurology, {H}
Preceding PSG {DR}: TST 412 min, AHI 2.1.
Actigraphy 2 wk prior, sleep diary reviewed with tech {D3.f}.
Nap 1 {~time}: latency 3.5 min, REM yes
Nap 2 {~time}: latency 5.0 min, REM no
Nap 3 {~time}: latency 2.0 min, REM yes
Nap 4 {~time}: latency 6.5 min, REM yes
Nap 5 {~time}: latency 4.0 min, REM no
{FILL2}
Urine drug screen negative ({LAB}, {DR.md}).
Impression: consistent with narcolepsy type 2. Employer note for {EMP} given.
{D1}, MD  /  tech {D3.il}
'''},
  {'name': 'routine-eeg', 'pool': 'eeg', 'tpl': '''
ELECTROENCEPHALOGRAM REPORT
{H} - {C}
EEG #: {acc}        Date: {V}
Patient: {P}        MRN: {mrn}      DOB: {DOB}
Referring physician: {D2}, MD
Technologist: {D3}, R. EEG T.
History: {~age}-year-old with episode of LOC at {SCH} on {DR}, witnessed by teacher.
Medications: none. Febrile seizure at age 2 ({YR}).
{FILL4}
IMPRESSION: Abnormal EEG due to intermittent left temporal sharp waves.
CLINICAL CORRELATION: suggests focal cortical irritability.
{D1}, MD, Clinical Neurophysiology
cc: {D2.l}
'''},
  {'name': 'emu', 'pool': 'eeg', 'tpl': '''
EPILEPSY MONITORING UNIT - Daily Report
{C} / {H}    Day 3    {V}
Pt: {P.l}, {P.f}   MRN {mrn}   Room {~n}
Attending: {D1}; fellow {D2.fl}; EEG techs {D3.i} (days), {D4.i} (nights)
Meds being tapered: lacosamide 100 mg BID -> 50 BID ({DR.md}).
Events: push-button at {~time} - pt's mother {R1.f} reported staring; no EEG correlate.
{FILL4}
Seizure at {DT}: L temporal onset, 74 s, with secondary generalization. Ativan 2 mg IV given by RN {D5.f}.
{FILL1}
Plan: resume home meds, discharge tomorrow. Outpatient f/u Dr {D1.l} {DF.md}.
'''},
  {'name': 'ncs-cts', 'pool': 'emg', 'tpl': '''
NERVE CONDUCTION / EMG REPORT
{C}
Patient: {P}      DOB: {DOB}      Date: {V}
Referred by: {D2}, MD, Orthopaedics, {C2}
Performed by: {D1}, MD; NCS tech {D3.fl}
Hx: {~age} yo assembler at {EMP} with numbness R hand x 6 mo, worse at night.
{FILL4}
IMPRESSION:
Electrodiagnostic evidence of moderate R median mononeuropathy at the wrist (carpal tunnel syndrome).
No evidence of cervical radiculopathy.
Workers comp claim # {claim}.
{D1.i}/{HCP.il}
'''},
  {'name': 'emg-radic', 'pool': 'emg', 'tpl': '''
EMG/NCS - Lower Extremity
{V}   {C}, {T1}
{P.lf}   MRN {mrn}
Referring: Dr. {D2.l}, Spine Center at {H}
Tech: {D3.f} {D3.l}
History: {AGEX} yo with LBP radiating to L foot since fall at home {DP.my}. MRI {DP.md}: L4-5 HNP.
{FILL4}
Impression: acute L L5 radiculopathy. No peripheral neuropathy.
{FILL1}
{D1.fml}, DO
Results sent to {D2.l} via fax {phone}
'''},
  {'name': 'tech-log', 'tpl': '''
TECHNOLOGIST LOG - overnight PSG    {C.a}   bed {~n}
Study night {V} ({~day})
Pt {P} arrived {~time} via {TR} with husband {R1.f}, who left at {~time}, cell {phone}.
Hookup by {D2.il} complete {~time}. Impedances < 5k.
{~time} lights out. Pt anxious, given reassurance.
{~time} SpO2 dropping to {~spo2}% with obstructive events, snoring loud.
{~time} split criteria met, CPAP started at 5 cm, mask N20 medium.
{~time} pressure to {~pres}; events resolved, pt in REM supine.
{~time} {P.i} woke, bathroom, back to bed.
{FILL2}
{~time} lights on. Pt states slept "better than at home".
Night tech {D2.fl}, RPSGT / relief {D3.fl} 0200-0230
Called on-call MD Dr. {D4.l} at {~time} re: PVCs, advised monitor.
'''},
  {'name': 'compliance-letter', 'tpl': '''
{C}

{V.long}

{D2}, MD
{C2}
{STR}, {T2}, {ST} {ZIP}

RE: {P}   DOB {DOB}

Dear Dr. {D2.l},

Your patient was seen in follow-up today. CPAP download from {DME} ({DP.md} to {DR.md}):
usage 89% of nights, >= 4 h on 81%, avg use 6 h 14 min, residual AHI 1.9, leak 12 L/min.
{FILL2}
Patient reports improved energy; Epworth now 6/24 (was 15/24 on {DP}).
CDL renewal form for {EMP} completed.
Sincerely,

{D1}, MD
Sleep Medicine
{D1.il}/{HCP.il}
'''},
  {'name': 'order-form', 'tpl': '''
SLEEP STUDY ORDER / REFERRAL
To: {C}   fax {phone}
From: {D2}, MD    {H} Internal Medicine    NPI {npi}
Office contact: {D3.f}  {phone} x{ext}
Patient: {P}   DOB {DOB}   Phone {phone}
Address: {STR}, {T1.x}, {ST} {ZIP}
Insurance: {INS}  ID {member}
[x] In-lab PSG w/ CPAP titration if indicated   [ ] HSAT   [ ] MSLT
Dx: G47.33 OSA suspected; snoring, witnessed apneas per daughter {R1}.
{FILL2}
Ordering signature: {D2.fi}   Date {V}
Scheduled by {D4.f}: {DF} at {~time}
'''},
  {'name': 'peds-eeg', 'pool': 'eeg', 'tpl': '''
PEDIATRIC EEG - sleep-deprived
{H} Children's Neurology    {V}
{P} (age {~n})   MRN {mrn}
Parents {R1} and {R2} present throughout.
Ref: Dr. {D2.l} (pediatrics, {T1}).
Tech: {D3} - sedation not needed, pt slept in stage N2 for 22 min.
{FILL4}
Impression: generalized 3 Hz spike-and-wave with HV, consistent with childhood absence epilepsy.
Results discussed with mother by phone {phone} on {DF.md}.
{D1}, MD
'''},
  {'name': 'cceg', 'pool': 'eeg', 'tpl': '''
CONTINUOUS EEG MONITORING - ICU   24 h report ({DT} to {DT})
Patient {P.lf}, MRN {mrn}, {H} MICU bed {~n}
Requesting: {D2}, MD (critical care)
Reading: {D1}, MD   Techs: {D3.i}, {D4.i}
{FILL3}
Background: diffuse slowing 4-6 Hz, GPDs at 1 Hz intermittently, no evolution.
{FILL1}
Communicated to ICU team (Dr. {D2.l}, ext {ext}) at {~time}.
Family: brother {R1} updated by ICU.
Continue 24 h.
'''},
  {'name': 'vep', 'pool': 'emg', 'tpl': '''
Evoked Potentials Report (VEP / SSEP)
Lab: {C}   Date {V}
Patient {P}   DOB {DOB}   Acc {acc}
Ordered by: {D2} (neuro-ophthalmology, {H.a})
Recorded by: {D3.fl}, R.EP T.
Pattern-reversal VEP, 32' checks: P100 OD 128 ms (prolonged), OS 104 ms.
Median SSEP: N20 normal bilaterally.
{FILL3}
Impression ({P.i}): prolonged P100 OD, c/w demyelinating optic neuropathy OD.
{D1}, MD   {V}
{D1.il}/{D3.il}
'''},
  {'name': 'sleep-consult', 'tpl': '''
Sleep Medicine New Patient     {V}    {C}
{P}, {AGEX}F/M, DOB {DOB}, MRN {mrn}
Referred by {D2}, PA-C at {C2}.
Accompanied by partner {R1.f}, who reports loud snoring since they married in {YR}.
Works nights at {EMP}; commutes from {T1.x}.
{FILL4}
Plan: in-lab PSG at {C.a}, driving precautions. RTC after study.
{D1}, MD
scribed by {HCP.fl}
'''},
]

HH = [
  {'name': 'soc', 'tpl': '''
{A} - Skilled Nursing Start of Care (OASIS)
Patient: {P}   DOB: {DOB}   MR#: {mrn}
SOC date: {V}   Time in {~time} out {~time}
Referral source: {H} d/c {DR}, attending Dr. {D2}
PCP: Dr. {D3.l}, {T1}, ph {phone}
Address: {STR}, {T1}, {ST} {ZIP}. 2nd floor apt, 14 steps, no elevator.
Primary caregiver: daughter {R1}, cell {phone}. Lives with spouse {R2.f}.
Pharmacy: {PH}. DME: {DME}.
{FILL5}
Emergency plan: pt will go to {H.a}. Evacuation priority 2.
Visit frequency SN 2w3, 1w5; PT eval {DF.md}; HHA 3w4.
{D1}, RN, case manager
'''},
  {'name': 'hospice-admit', 'tpl': '''
{A}  hospice admission
pt: {P}  ({age90} yo)   dob {DOB}   mr {mrn}
admit date {V}. election of medicare hospice benefit signed by hcp/son {R1}.
dx'd with dementia {YR}, hip fx {YR.a}.
terminal dx: alzheimer dementia, FAST 7c. attending of record dr {D2.l}; hospice md dr {D3}.
lives at {NH}, room {~n}B, {T1.x}. facility nurse {D4.f} on duty.
dnr/molst on file, dated {DP}.
{FILL4}
family: son {R1.f} (hcp) {phone}; daughter {R2} lives in {T2}, {phone}.
chaplain referral - pt was member of {CH}. sw {D5.fl} to call family this week.
meds delivered by {PH}.
{D1.f} {D1.l} rn
''', 'case': 'lower'},
  {'name': 'rn-visit', 'tpl': '''
SN visit {V.md} {~day}   {P.fl}
{FILL5}
spoke w/ pt's wife {R1.f} about morphine use overnight, gave x2 doses per log.
called dr {D2.l} office ({phone}) re increased edema, spoke w/ {D3.f} (MA), lasix increased to 40 bid.
new order faxed back to {A.a} office.
{FILL2}
next visit {DF.md}. on-call #{tollfree}.
{D1.il} rn
''', 'case': 'some-lower'},
  {'name': 'aide-visit', 'tpl': '''
home health aide visit note
client: {P}     date: {V}     aide: {D1}
address {STR} {T1.x}
time in {~time} / out {~time}
{FILL3}
client's granddaughter {R1.n} was there, said grandma slept most of the day.
client asked for her priest, fr. {D2.l} from {CH}, told nurse {D3.f}.
shaved client, nails cleaned. client ate applesauce and half a sandwich.
{FILL2}
supervisor {D4} notified of bruise on left forearm.
client initials {P.i}   aide signature: {D1.il}
''', 'case': 'lower'},
  {'name': 'msw', 'tpl': '''
MEDICAL SOCIAL WORK VISIT - {A}
Date: {V}   Pt: {P}   MR# {mrn}
MSW: {D1}, LICSW
Present: pt, wife {R1}, son {R2} (visiting from {T2})
Psychosocial: pt retired from {EMP} after 31 yrs. Married {YR}. Veteran, served from {YR} to {YR}.
CABG {YR}, CVA {YR.a}.
Concerns: caregiver fatigue, finances; wife on fixed income, {INS} for pt.
Funeral home preference: {T1} Funeral Home on {STR}.
Applied for respite at {NH}; contact {D2.fl}, admissions, {phone}.
{FILL2}
Legal: HCP is wife; POA to son. Documents at attorney office in {T1.x}.
{FILL1}
Plan: MSW f/u 2 wks ({DF.md}), SW/chaplain co-visit.
{D1.fi}
'''},
  {'name': 'chaplain', 'tpl': '''
Spiritual care visit    {V}
{A}   chaplain {D1}
pt {P.n} ({P.fl}) - alert, oriented to person only.
present: daughter {R1.f}, son-in-law {R2.f}
pt raised {CH}; daughter asked about sacrament of the sick. called pastor {D2} ({phone}) who will visit {~day}.
{FILL1}
sang "how great thou art" with family. pt smiled.
daughter tearful, talked about her mother's death in {YR}.
spiritual assessment: peace, hope present; anticipatory grief in family.
{FILL1}
plan: visit q2wk and prn. bereavement coordinator {D3.fl} aware.
{D1.il}
''', 'case': 'some-lower'},
  {'name': 'oncall', 'tpl': '''
ON-CALL LOG   {A}    {V}
{~time}  call from {R1} (wife of {P}), {phone}: pt restless, pulling at clothes, not sleeping.
         assessed by phone. instructed haloperidol 0.5 mg SL per comfort kit. callback 30 min.
{~time}  callback re {P.i}: pt calmer. wife comfortable. 
{~time}  call from {NH} nurse {D2.f} re {P.l}'s fall, no injury, neuro checks ok.
{~time}  pharmacy {PH} ({phone}) - clarified oxycodone order from Dr {D3.l}.
{FILL2}
{~time}  {R2.f} (daughter) called, requests visit in am. message left for case mgr {D4.fl}.
on-call rn: {D1}
handoff to day team at {~time} via voicemail ext {ext}
'''},
  {'name': 'death-visit', 'tpl': '''
Death Visit / Pronouncement
{A}   Patient: {P}   DOB {DOB}   MR {mrn}
Call received from son {R1} at {~time} on {DT}.
RN {D1} arrived at home ({STR}, {T1}) at {~time}.
Pt {AGEX} y/o. Absence of pulse, respirations and heart sounds x 1 full minute. Time of death {~time}.
Present: son {R1.f}, daughter-in-law {R2}, neighbor.
Dr. {D2} notified {~time} via answering service {phone}; agrees to sign death certificate.
Funeral home: {T2} Memorial Chapels, director {HCP.fl}, called {~time}, arrived {~time}.
{FILL1}
Meds destroyed with son as witness: morphine 20 mg/mL 12 mL, lorazepam 0.5 mg x 9.
DME pick-up requested from {DME} for {DF.md}.
Chaplain {D3.fl} and bereavement notified.
{FILL1}
{D1.fi}, RN
'''},
  {'name': 'pt-eval', 'tpl': '''
PT Home Evaluation   {V}
{A} / therapist: {D1}, PT, DPT
Patient: {P.lf}   MR {mrn}   age {AGEX}
Dx: s/p R THA {DR} at {H} (Dr. {D2.l}), posterior precautions.
Home: split-level on {STR}, {T1}. 3 STE with R rail. Tub/shower, no grab bars.
Lives with husband {R1.f}, who works days at {EMP}.
{FILL4}
DME needs: RW (has), raised toilet seat, tub bench - ordered via {DME}, {phone}.
Goals (4 wk): ambulate 150 ft RW mod I, TUG < 14 s.
Plan: PT 3w2, 2w2. Next {DF.md}.
{D1.il}
'''},
  {'name': 'wound', 'tpl': '''
wound care visit - {V}
pt {P} | {A.a} | rn {D1.fl}
{FILL4}
wound photo uploaded. wound clinic at {H.a} appt {DF} w/ {D2} np.
supplies from {DME} delivered {DR.md}, per {R1.f} (caregiver).
{FILL2}
pt reports pain meds picked up at {PH}. caregiver phone {phone}.
{D1.il}
''', 'case': 'lower'},
  {'name': 'idt', 'tpl': '''
IDG / IDT Meeting - {A}   {V}
Patient: {P}    MR# {mrn}   Benefit period 2, day 74
Present: {D1} (medical director), {D2.fl} RN CM, {D3.fl} MSW, {D4.fl} chaplain, {D5.fl} volunteer coord.
RN update: PPS 30%, decline in intake, new sacral DTI. Daughter {R1} staying overnight.
MSW update: applied for respite; son {R2.f} in {T2} unable to help.
Chaplain: pt Catholic, last rites by Fr. {HCP.l} on {DR.md}.
{FILL3}
Face-to-face due {DF} (Dr. {D1.l} or NP {D6.fl}).
Recert: meets criteria. Plan of care updated.
'''},
  {'name': 'intake-directions', 'tpl': '''
INTAKE / REFERRAL   {DT}
Referral from {H} case mgmt ({D2}, {phone} ext {ext})
Pt {P}   DOB {DOB}   {INS} {member}
Address: {STR}, {T1}, {ST} {ZIP}
DIRECTIONS: Route 9 north past {EMP}, left at the blinking light onto {STR}, 
  yellow house w/ green shutters, 3rd on right; park in back, dog is friendly. Key lockbox code on file.
Contact: niece {R1} {phone}; alt {R2.nq} {phone}
Services requested: SN, PT, OT, HHA, MSW.
{FILL1}
Assigned to {D1.fl}, RN; SOC {DF.md}. Intake coordinator {D3.il}.
'''},
  {'name': 'med-rec', 'tpl': '''
Medication Reconciliation - SN visit  {V}
{P}  MR {mrn}  -  RN {D1}
Sources: d/c summary {H} {DR}, bottles in home, {PH} fill history (pharmacist {D2.fl}, {phone}).
Discrepancies found:
 - metoprolol: d/c summary 25 mg BID; bottle 50 mg daily (filled {DP.md}) -> clarified with Dr {D3.l}.
 - two bottles of furosemide, one from {PH} and one from mail order -> old bottle removed
 - warfarin held per {H.a} anticoag clinic since {DR.md}.
{FILL3}
Pill organizer set up by son {R1.n}. Teaching done.
Call to PCP office: spoke w/ {D4.f}, orders to follow by fax.
{FILL1}
'''},
  {'name': 'bereavement', 'tpl': '''
Bereavement Follow-up Call
{A} - bereavement program    {V}
Decedent: {P}, age {AGEX} (died {DP})
Spoke with: {R1} (spouse), {phone}
{R1.f} says she is "taking it one day at a time". Going back to work at {EMP} next month.
Daughter {R2.f} moved back from {T2} to help.
{FILL1}
Invited to grief support group at {CH}, {~day}s 6 pm. Mailing sent to {STR}, {T1}.
Risk assessment: moderate. Next call 3 mo ({DF.my}).
Bereavement coordinator: {D1.fl}
volunteer: {D2.f}
{FILL1}
''', 'case': 'some-lower'},
  {'name': 'dme-oxygen', 'tpl': '''
DME / O2 setup note   {V}
{P}   {STR}, {T1}
Vendor: {DME}, tech {HCP.fl}, order # {claim}
Delivered: concentrator Inogen 5L (SN {~lot}), 4 E-cylinders, hospital bed, alt pressure mattress.
Oxygen ordered by Dr. {D2.l}; qualifying sat {~spo2}% RA on {DR.md}.
{FILL2}
Fire safety reviewed with pt and son {R1}; no smoking signs posted.
Pt's brother {R2.n} smokes on porch - educated.
{FILL2}
RN {D1.fl} {A.a}
'''},
  {'name': 'hh-discharge', 'tpl': '''
Discharge from Home Health Services
{A}, {STR}, {T2}, {ST}   {phone}
Patient: {P}    SOC {DP}    D/C {V}
Reason: goals met. Pt independent with meds and ambulation with cane.
PCP Dr. {D2} notified; summary faxed {V.md}.
{FILL3}
Follow-up: PCP {DF.md}; cardiology at {H} with Dr. {D3.l}.
Caregiver {R1.f} verbalized understanding of when to call 911.
{FILL1}
{D1}, RN, clinical manager
'''},
]

POOLS = {'inj': EYE_FILL_INJ, 'eeg': NEURO_FILL_EEG, 'emg': NEURO_FILL_EMG}

STYLES = {
    'oral-surgery': {'fill': ORAL_FILL, 'templates': ORAL},
    'eye-clinic': {'fill': EYE_FILL, 'templates': EYE},
    'neurodiagnostics': {'fill': NEURO_FILL, 'templates': NEURO},
    'home-health': {'fill': HH_FILL, 'templates': HH},
}
