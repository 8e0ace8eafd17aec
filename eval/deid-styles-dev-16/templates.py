"""Templates of deid-styles-dev-16 (written from scratch for this set). Tokens: see tok() in generate.py."""

DICTATED = {
    'headers': [
        """{hospfull}
DEPARTMENT OF {pick:CARDIOLOGY|NEPHROLOGY|PULMONARY MEDICINE|INFECTIOUS DISEASE|RHEUMATOLOGY} - CONSULTATION
PATIENT: {ptlf}    MRN: {mrn}    DOB: {dob}
DATE OF CONSULTATION: {vdate}
REQUESTING PHYSICIAN: {doc:req}
CONSULTANT: {doc:att}, MD""",
        """CONSULT NOTE (DICTATED)
Re: {pt}  (DOB {dob})   Acct# {job}
Referring: Dr. {docl:ref} of {clinic}
Location: {room}, {hosp:home}""",
        """Job #: {job}    Dictated: {vdt}    Transcribed: {rdate}
Name: {ptL}, {ptf}   MR#{mrn}
Service: {pick:Pulmonary|GI|ID|Renal|Rheum} consult, attending {docL:att}""",
        """{pick:id|pulm|renal} consult for {ptf} {ptl}, {age} yo {sexw}, seen {vdate} at the request of {doc:req} (hospitalist)
mrn {mrn}""",
        """***DRAFT - DICTATION PENDING SIGNATURE***
Pt name: {pt}
Age: {age}    Sex: {sexw}    Adm: {date}
Consult requested by: {docl:req}, {docf:req} (Hospital Medicine) pgr {pager}""",
        """{tsvc} -- Transcription Doc ID {job}
CONSULTATION REPORT
{pt}  /  {mrn}  /  DOB {dob}
Date of service {vdate}; referring physician {doc:ref}, {clinic}""",
    ],
    'blocks': [
        """REASON FOR CONSULTATION: {pick:Acute kidney injury|New atrial fibrillation|Persistent fevers|Pleural effusion|Inflammatory arthritis}.""",
        """HISTORY OF PRESENT ILLNESS: {mr} {ptl} is a {age}-year-old {sexw} who was transferred from {hosp} on {rdate}
after {he} presented there with two weeks of worsening dyspnea. Period. New paragraph.
{He} states the symptoms began around {date} while {he} was visiting {his} {relw:0} in {town:any}.""",
        """HPI: Pt is a {age} y/o {sexw} well known to Dr. {docl:pcp} at {clinic}, last seen there {date}.
History is obtained from the patient and from {his} {relw:0}, {rel:0}, who is at the bedside and can be reached at {phone}.""",
        """OUTSIDE STUDIES: CT chest at {imaging} dated {date} (accession {acc}) was reviewed on a disc brought by the {relw:0}.
Report signed by Dr. {doc:orad}. Echo at {hosp} {my}: EF 40-45 percent.""",
        """PAST MEDICAL HISTORY:
1. Coronary artery disease status post CABG in {year} at {hosp}.
2. Type 2 diabetes, on insulin since {year}.
3. Chronic kidney disease stage 3b.
4. Right total knee arthroplasty {year}.""",
        """PAST SURGICAL HISTORY: Cholecystectomy {year}. Appendectomy as a child. Pacemaker placed {my} by Dr. {docl:ep}.""",
        """SOCIAL HISTORY: Lives in {town} with {his} {relw:0} {relf:0}. Retired from {employer}. Former smoker, quit {year}, 30 pack-years.
Attends {church}. No illicit drug use.""",
        """FAMILY HISTORY: Father deceased of MI at 61. {He_s} {relw:1}, {rel:1}, has lupus. Otherwise noncontributory.""",
        """MEDICATIONS: Reviewed with the outpatient list from {pharm}, last fill {rdate}. Metoprolol succinate 50 mg daily,
apixaban 5 mg b.i.d., furosemide 40 mg daily, atorvastatin 80 mg nightly.""",
        """PHYSICAL EXAMINATION: Exam chaperoned by {rn:chap}, RN. Temperature 38.3, pulse 104, BP 98/61, sat 93 percent on 2 L.
Jugular venous pressure 10 cm. Crackles at both bases. No Osler nodes or Janeway lesions.""",
        """LABORATORY DATA: On {rdate} creatinine 2.4 (baseline 1.3 in {my} per records from {clinic}), potassium 5.6, bicarbonate 18.
Blood cultures from {hosp} {rdate} 2 of 2 with gram-positive cocci.""",
        """IMPRESSION AND PLAN:
1. {pick:Acute kidney injury, likely prerenal|Atrial fibrillation with rapid ventricular response|Bacteremia, source unclear}.
2. Will obtain old records from {clinic} (fax {phone}, attention {rn:rec}).
3. Discussed with Dr. {doc:req} at {time}, who agrees with the plan.""",
        """Outside cardiologist is Dr. {doc:occ} ({clinic}, tel {phone} {ext}); I left a message for {docf:occ} this afternoon.""",
        """[Transcriptionist note: name of the outside physician unclear on dictation, sounds like "{docl:occ}" - please verify]""",
        """The patient was previously seen by our service on {date} by Dr. {docl:prev}; that consult is reviewed.
{He} was then discharged to {snf} and followed by {hh}.""",
        """The patient's health care proxy is {his} {relw:1} {rel:1} ({phone}); code status full code, confirmed with {ptf} directly.""",
        """Of note, the patient the patient was seen at {hosp} emergency room on {date} and again {rdate}, records requested
via {hosp} health information management, request number {job}.""",
        """Comma {he} also reports that {his} {relw:2} {relf:2} noticed confusion since {rdate} period.""",
    ],
    'signoffs': [
        """{doc:att}, MD
{pick:Pulmonary|Nephrology|Infectious Disease|Cardiology} Consult Service
D: {vdt}
T: {rdate}
{ini:att}/{ini:ts}   Job {job}   re: {pti}
cc: {doc:ref}, MD, {clinic}
    {doc:pcp}, MD""",
        """Electronically signed by {doc:att} on {vdt}
Dictated by {doc:fel}, MD (fellow) for {doc:att}
Transcribed by {rn:ts} ({tsvc}) Doc ID {job}
CC: Dr. {docl:pcp}; {hosp} medical records, fax {phone}""",
        """Thank you for this interesting consult. We will follow.
-- {docl:att}/{ini:ts}
DD: {date}   DT: {rdate}
cc: chart; Dr. {doc:ref}, {oaddr}""",
        """{doc:att}, DO, FACP
Pager {pager}
DICTATED BUT NOT READ  {ini:att}:{ini:ts}  #{job}""",
        """Dictating physician: {docL:att}, {docf:att}
Date dictated {vdate} / date transcribed {rdate} / by {ini:ts}
Copies to: {doc:pcp} - {clinic}; {doc:ref} - {hosp}""",
    ],
    'free': [
        'Murphy sign is negative. No Kehr sign.',
        'Wells score 4.5, intermediate probability.',
        'No Kussmaul respirations. No asterixis.',
        'CHA2DS2-VASc score is 4 and HAS-BLED is 2.',
        'Child-Pugh class B, MELD-Na 17.',
        'Gram stain showed gram-positive cocci in clusters at 14 hours.',
        'Hope is for discharge home within 48 to 72 hours.',
        'This note was dictated with voice recognition software; please excuse homophones.',
        'No Mallory-Weiss tear on EGD. Grade II/VI systolic murmur at the left sternal border.',
        'Lupus anticoagulant and anti-beta-2 glycoprotein pending.',
        'Duke criteria: 1 major, 2 minor.',
        'Continue vancomycin 1250 mg IV every 12 hours, trough before the 4th dose.',
        'Hickman line placed on the right, tip at the cavoatrial junction.',
        'Patient is on the 6th floor, bed 12, telemetry box 44.',
        'Wilson disease unlikely; ceruloplasmin normal.',
        'Graves disease was considered; TSH 2.1, free T4 1.0.',
        'Frank pus was not expressed from the wound.',
        'Ejection fraction 35 percent, NYHA class III, Stage C.',
    ],
    'copytags': ['PRIOR CONSULT (COPIED):', 'From the initial consult, unchanged:', 'Interval history - see prior dictation below:',
                 '--- previous dictation pasted ---'],
}

ED = {
    'headers': [
        """EMERGENCY DEPARTMENT PROVIDER NOTE
{hospfull} Emergency Department
Patient: {pt}    DOB: {dob}    MRN: {mrn}
Arrival: {vdt} via {pick:ALS|BLS|private vehicle|walk-in|police}
PCP: {doc:pcp} ({clinic})""",
        """ED Note - {pick:Fast Track|Main ED|Resus|Obs}
Pt: {ptlf} | {age}{pick:F|M|yo} | {room}
Seen {vdt} by {doc:att} (attending) / {doc:res} (resident)
Triage RN {rn:tri}""",
        """ed md note {vdate}
{pt} {age} y.o. - arrived by {ems} unit {n:1-30} at {time}""",
        """*** ED PHYSICIAN DOCUMENTATION ***
Enc # {acc}   Acct {job}
Name: {ptL}, {ptf}    DOB {dob}    Arr {vdt}""",
        """Emergency Medicine Note (scribed)
Scribe: {doc:scr} for Dr. {docl:att}
Date of service: {vdate}
Patient {ptf} {ptl}, MRN {mrn}, {age} {sexw}""",
    ],
    'blocks': [
        """CC: {pick:chest pain|fall|SOB|syncope|abd pain|AMS}
HPI: {age} yo {sexw} BIBA from home in {town}. History from pt and {relw:0} {rel:0}, also EMS.""",
        """EMS: per {ems} crew (medic {doc:medic}), pt found down at {street} by a neighbor, {lay}; BGL 48, given D10 x1, GCS 14 on arrival.""",
        """History obtained from: {pick:patient|patient and daughter|EMS and nursing home staff|son by phone} - {relw:1} {rel:1} reachable at {phone}.
Level 5 caveat: pt confused.""",
        """Outside records: seen at {hosp} ED {date} for same complaint; CT head negative per their report (faxed from {phone}).""",
        """Care Everywhere reviewed: {clinic} visit {date} with Dr. {docl:pcp}, A1c 8.9; cardiology {my} at {hosp}.""",
        """PMH: HTN, HLD, afib on Eliquis, MI {my} w/ stent at {hosp}, appy {year}, R hip fx {year}.""",
        """SH: lives at {snf} / lives with {relw:0} in {town}; works for {employer}; EtOH socially, no drugs.""",
        """ROS: 10-pt ROS neg except as above.
Exam: T 37.9  HR 118  BP 88/52  RR 24  SpO2 91% RA. Dry MM, diffuse abd tenderness, no rebound, neg Murphy.""",
        """ED COURSE:
{time} - 2 L NS, zosyn, lactate 4.1
{time} - discussed with Dr. {doc:cons} (on call {pick:ortho|GI|surgery|cards}) via pager {pager}, will see in ED
{time} - repeat lactate 2.2, pt more alert""",
        """Poison control ({phone}) contacted at {time}; case #{job}, spoke w/ {rn:pc}.""",
        """Pt accompanied by Officer {doc:cop} of {town:any} PD (badge {job}); pt under arrest, officer at bedside.""",
        """Interpreter: {pick:Spanish|Portuguese|Haitian Creole|Vietnamese} video interpreter {rn:int}, ID {job}.""",
        """DISPO: Admit to {pick:medicine|stepdown|MICU|tele} under Dr. {docl:adm}, {room}. Bed request {time}. Hospitalist {doc:adm} accepted.""",
        """Transfer: accepted at {hosp} by Dr. {doc:acc} ({phone}), transport via {ems} at {time}; RN report called to {rn:rec}.""",
        """DISCHARGE / FOLLOW-UP:
- f/u {clinic} in 3-5 days, {phone}
- call Dr. {docl:pcp} office tomorrow
- work note for {employer}, excused through {fdate}""",
        """Pt left AMA at {time} after risks explained incl death; AMA form witnessed by {rn:wit} RN. {relw:0} {relf:0} aware.""",
        """Re-eval {time}: pt ({pti}) resting, pain 3/10, tolerating PO. {relw:0} updated at bedside.""",
        """Prior ED visit here {date} (chest pain, neg trop x2); also seen {rdate} at urgent care in {town:any}.""",
    ],
    'signoffs': [
        """{doc:att}, MD
Emergency Medicine
{vdt}""",
        """I, {doc:scr}, am scribing for and in the presence of Dr. {docl:att}.
I, Dr. {docl:att}, personally performed the services described in this documentation.
Signed {vdt}""",
        """Resident: {doc:res}, MD PGY-{n:1-3}
Attending attestation: I saw and examined the patient and agree with the resident note. -- {doc:att}, MD""",
        """electronically signed: {docL:att}, {docf:att}  DO   {vdate} {time}""",
        """PA-C: {doc:pa}   supervising: {docl:att}   ({ini:pa}/{ini:att})""",
    ],
    'free': [
        'HEART score 3, low risk.', 'PERC negative, Wells 1.', 'Canadian CT head rule: not met.', 'NEXUS criteria negative, c-collar cleared.',
        'Ottawa ankle rules negative.', 'qSOFA 2.', 'Tdap given 0.5 mL IM L deltoid.', 'Ketorolac 15 mg IV x1 at 1412.',
        'EKG: sinus tach 118, no STE, QTc 452.', 'FAST exam negative in all 4 views.', 'Trop 0.02 -> 0.03 (3 hr).',
        'Pt placed in Hall bed 7 due to volume.', 'Lund-Browder: 9% TBSA partial thickness.', 'Kernig and Brudzinski negative.',
        'Mark on R forehead 2 cm lac, repaired w/ 5-0 prolene, 4 sutures.', 'Grace period for return precautions explained.',
        'Pt ambulated in hallway with steady gait, SpO2 96% on RA.', 'Glasgow 15, NIHSS 0.',
    ],
    'copytags': ['Prior ED note (copied):', 'HPI from earlier visit - carried fwd:', '(copied from last encounter)', 'Previous dispo, pasted:'],
}

LETTERS = {
    'headers': [
        """{clinic}
{oaddr}
Tel {phone}   Fax {phone}

{vdate}

{doc:ref}, MD
{oaddr}

RE: {pt}
DOB: {dob}

Dear Dr. {docl:ref},""",
        """FAX COVER SHEET
To: Dr. {docl:ref}    Fax: {phone}
From: {doc:att} / {clinic}    Phone: {phone}
Pages: {n:2-6}   Date: {vdate}

Re: {ptlf}, DOB {dob}
Dear {docf:ref},""",
        """REFERRAL REQUEST
From: {doc:pcp}, {clinic}
To: {pick:Cardiology|Dermatology|Gastroenterology|Neurology|Endocrinology} at {hosp}
Patient: {pt}   MRN {mrn}   Ins: {insurer} member ID {acc}
Date {vdate}
Dear colleague,""",
        """From: {email:att}
Sent: {vdt}
To: {email:ref}
Subject: referral - {pti}

Hi {docf:ref},""",
        """PRIVATE AND CONFIDENTIAL
{doc:ref}
{oaddr}

{vdate}

Re: {mr} {pt}, {addr}
Dear Dr {docl:ref}""",
    ],
    'blocks': [
        """Thank you for referring {mr} {ptl}, a pleasant {age}-year-old {sexw} from {town}, whom I saw in clinic on {vdate}.""",
        """{He} was accompanied by {his} {relw:0}, {rel:0}, who helped with the history.""",
        """As you know, {he} had a {pick:myocardial infarction|stroke|pulmonary embolus|GI bleed} treated at {hosp} in {my},
and was later followed by Dr. {doc:prev} at {clinic} until {year}.""",
        """Investigations: echocardiogram at {imaging} on {date} showed an ejection fraction of 50 percent; Holter {rdate}
showed paroxysmal atrial fibrillation, burden 6 percent.""",
        """I have arranged an MRI at {hosp}; the booking office will contact {ptf} directly on {phone:pt}.""",
        """{He} works as a {pick:bus driver|teacher|welder|nurse aide|bookkeeper} at {employer} and would like to return to work by {fdate}.""",
        """Prior notes from Dr. {docl:prev} ({clinic}, dated {date}) were reviewed with thanks.""",
        """Medications were reconciled with {pharm} ({phone}) on {rdate}: lisinopril 10 mg daily, metformin 500 mg twice daily.""",
        """{He} asked that results also be copied to {his} {relw:1} {rel:1}, who holds health care proxy, at {ptemail} (patient's own e-mail).""",
        """Prior authorisation was obtained from {insurer} (reference {job}) on {rdate}.""",
        """{He} would like a second opinion at {hosp}; I have given {his} {relw:0} the name of Dr. {doc:sec}.""",
        """Recommendations:
1. Increase bisoprolol to 5 mg daily.
2. Repeat renal function with your practice in two weeks.
3. Follow-up with me on {fdate}, or sooner if needed via my nurse {rn:nurse} on {phone} {ext}.""",
        """{He} lives with {his} {relw:0} at {addr}, and drives; I have advised no driving for six months per {state} regulations.""",
        """Past history includes a hysterectomy in {year}, cholecystectomy {year} at {hosp}, and hypothyroidism.""",
        """Please forward the outside imaging (performed at {imaging}, {date}) to my office, attention {rn:sec}.""",
        """I discussed the case with my colleague Dr. {doc:col} of {hosp} on {rdate}, who agreed with the plan.""",
    ],
    'signoffs': [
        """Yours sincerely,


{doc:att}, MD, FRCP
Consultant {pick:Cardiologist|Neurologist|Endocrinologist}

cc: {doc:pcp}, {clinic}
    {pt} (patient copy)""",
        """With kind regards,
{docf:att} {docl:att}
Dictated {vdate}, typed {rdate}   {ini:att}/{ini:ts}
Enc: lab results""",
        """Best,
{docf:att}
--
{doc:att}, MD | {clinic} | {oaddr} | p {phone} | f {phone}""",
        """Sincerely,
{doc:att}, DO
cc: Dr. {docl:pcp}; Dr. {docl:sec}
This letter was sent via fax to {phone} on {vdate}.""",
    ],
    'free': [
        'On examination the Romberg test was negative and there was no Babinski sign.', 'Phalen and Tinel signs were positive on the right.',
        'Her Epworth score was 14 and STOP-BANG 5.', 'BMI 31.4, BP 142/88, pulse 72 regular.', 'HbA1c 7.9 percent (63 mmol/mol).',
        'I would be grateful if you could continue the current dose.', 'Hashimoto thyroiditis seems the most likely diagnosis.',
        'Dupuytren contracture of the 4th and 5th rays is unchanged.', 'There is a Baker cyst behind the left knee.',
        'The Mini-Cog was 3/5 and MoCA 24/30.', 'Please do not hesitate to contact me.', 'Faith in the treatment plan appears good.',
        'He was counselled on the 2nd-line options.', 'Eliquis 5 mg twice daily was continued.', 'The Dix-Hallpike manoeuvre was negative bilaterally.',
        'Parkinson disease is not suspected; there is no cogwheeling.',
        'Tbe patient reports no chest pa1n on exertion (faxed copy, partly illegible).', 'BP l38/82, pulse 7O and regular.',
    ],
    'copytags': ['Extract from my previous letter:', 'Copied from letter of last visit:', '(previous correspondence, unchanged)',
                 'For reference, my earlier summary:'],
}

SBAR = {
    'upper_w': 12,
    'headers': [
        """SBAR Handoff -- {pick:Days to Nights|Nights to Days}  {vdate}
Pt: {pt}   {room}   {age}{pick:F|M|yo}
Giving RN: {rn:a}   Receiving RN: {rn:b}""",
        """NURSING SHIFT REPORT
{hospfull} - {pick:4 West|5 North|MICU|Stepdown|Tele}
Patient: {ptlf}   MRN {mrn}
Date/Time: {vdt}""",
        """s/b/a/r for {ptf} {ptl} rm {n:1-40} - {vdate}
from {rn:a} to {rn:b}""",
        """Handoff Note
Patient {pti}, {room}, code status {pick:FULL|DNR/DNI|DNR only}
Attending: Dr {docl:att}  pager {pager}
Charge RN {rn:ch} {ext}""",
        """Bedside shift report {vdate} {time}
{pt}, DOB {dob}, allergies PCN / latex""",
    ],
    'blocks': [
        """S: {age} {sexw} adm {rdate} from {hosp} ED w/ {pick:CHF exac|sepsis, UTI|COPD exac|GI bleed|hip fx}.""",
        """B: PMH CHF (EF 30%), DM2, CKD3, CABG {year}. Lives at {snf}; baseline walker. Prior admit here {date}.""",
        """B: lives with {relw:0} in {town}, independent at baseline. PCP Dr. {docl:pcp}.""",
        """A: VS stable, afebrile. A&Ox3. Lungs coarse, 2L NC.
Sitter {rn:sit} at bedside since {time} d/t pulling at lines.""",
        """R: f/u AM labs, call Dr {docl:res} (pgr {pager}) if SBP <90 or UOP <30/hr.""",
        """Family: {relw:0} {rel:0} at bedside all shift, wants a call with any change -> cell {phone}.""",
        """Chaplain {rn:chap} visited at {time}; pt asked for the pastor from {church} - message left.""",
        """1:1 sitter ({rn:sit}) overnight; tele tech {rn:tele} aware of pt's frequent artifact.""",
        """Dispo: CM {rn:cm} ({ext}) working on placement at {snf}; referral faxed {rdate}. {hh} for home if pt declines.""",
        """{relw:1} {relf:1} is HCP. {relw:2} {rel:2} (lives in {town:any}) NOT to receive info per pt request.""",
        """Rapid response {rdate} at {time} - RRT RN {rn:rrt}, Dr. {docl:res}; transferred back to floor after 2 hrs.""",
        """Transport booked with {ems} for {fdate} at {time}. {relf:0} will meet pt at {snf}.""",
        """Interpreter via phone line, ID #{job}, used for consent and teaching.""",
        """Pt's belongings (glasses, phone, wallet) sent home with {relf:0} on {rdate}.""",
        """Night MD {doc:night} paged at {time} re: BP 84/50 - 500 mL bolus ordered, repeat BP 102/60.""",
        """Pastoral: pt Catholic, Father {doc:priest} from {church} gave sacrament of sick {rdate}.""",
        """Wife/family asked that pt's employer ({employer}) not be told about admission.""",
    ],
    'signoffs': [
        """Report given to {rn:b}, RN at {time}.  -- {rn:a}, RN""",
        """{rn:a} RN  {ext}""",
        """Signed: {doc:a}, BSN, RN   {vdt}
Co-sign: {doc:ch}, RN (charge)""",
        """-- {ini:a} / {ini:b}  {time}""",
    ],
    'free': [
        "Foley d/c'd at 0600, DTV by 1200.", 'Braden 14, Morse 65 - high fall risk.', 'Heparin gtt @ 18 units/kg/hr, next PTT at 2200.',
        'CIWA 8 at 1400, no PRN needed.', 'Hope pt can go home tmrw (pt\'s words).', 'Bed alarm on, call light in reach, bed in low position.',
        'Q2h turns, pt on Stryker air mattress.', 'A&Ox4, GCS 15, PERRLA.', 'Wound vac to sacrum @ -125 mmHg, dsg change due Thurs.',
        'BG 212 at 2100, 4 units lispro per sliding scale.', 'IV 20g L AC and 18g R FA, both flushing.', 'NIHSS 0 at 1600.',
        '2nd unit PRBC started 1915, no reaction.', 'I&O: +1.2 L, UOP 45 mL/hr.', 'Pt refused Lovenox x2, MD aware.',
        'Trendelenburg not needed, MAP > 65.', 'Will need walker to ambulate, PT saw today.', 'Pain 6/10 -> 2/10 after oxy 5 mg.',
    ],
    'copytags': ['prev shift SBAR (copied):', 'From last handoff -- unchanged:', '(carried fwd from day shift)', 'Background per prior report:'],
}

STYLES = {'dictated-consults': DICTATED, 'ed-provider-notes': ED, 'referral-letters': LETTERS, 'nursing-handoff-sbar': SBAR}
