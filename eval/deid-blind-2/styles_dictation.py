"""Dictated consult letters: letterhead, RE:, Dear Dr., cc:, transcription lines."""

DATE_FORMATS = ["mon_d_y", "mon_d_y", "mdyyyy", "mdyyyy_nz", "mdyy", "d_mon_y", "mon_ord", "ord_of", "mon_d", "md"]

HEADERS = [
    ["{clinic}\n{street}, {town}, MA {zip}\nTel {phone}  Fax {phone}\n\n{date:let:mon_d_y}\n\n",
     "{hosp}\nDIVISION OF {~CARDIOLOGY|NEUROLOGY|GASTROENTEROLOGY|PULMONARY MEDICINE|RHEUMATOLOGY}\n{street} | {town} | {phone}\n\n{date:let:*}\n\n",
     "{hcp:0:fml}, M.D., F.A.C.P.\n{~Internal Medicine|Cardiology|Neurology|Gastroenterology} - {clinic}\n\n{date:let:*}\n\n",
     "CONSULTATION REPORT\n{hospabbr} Outpatient Center\n\nDATE: {date:let:mdyyyy}\n\n"],
    ["Dr. {hcp:1:full}\n{clinic}\n{street}\n{town2}, MA {zip}\n\n",
     "{hcp:1:fml}, MD\n{street}\n{town2} MA\n\n",
     ""],
    ["RE: {pt:full}\nDOB: {date:dob:mdyyyy}\nMRN: {mrn}\n\n",
     "RE: {pt:lf}   DOB {date:dob:mdyy}\n\n",
     "Re:  {~Mr.|Mrs.|Ms.} {pt:full}, {ptage} y.o.\n\n",
     "PATIENT: {pt:lfm}\nMR#: {mrn}\nREFERRING: {hcp:1:full}, M.D.\n\n"],
    ["Dear Dr. {hcp:1:last}:\n\n",
     "Dear {hcp:1:first},\n\n",
     "Dear Dr {hcp:1:last},\n\n",
     "To whom it may concern:\n\n"],
]

BODIES = [
    "Thank you for asking me to see {~Mr.|Mrs.|Ms.} {pt:last} in consultation regarding {~atrial fibrillation|new onset seizures|iron deficiency anemia|dyspnea on exertion|tremor}. "
    "As you know, {~she|he} is a pleasant {ptage}-year-old {~woman|man|retired teacher|former welder} whom I last saw on {date:prior:*}.\n\n",

    "{pt:first} {pt:last} returns today for follow up of {~her|his} {~Crohn disease|atrial fibrillation|Parkinson disease|CKD}. "
    "Since {~her|his} last visit on {date:prior:*} {~she|he} was hospitalized at {hosp2} {date:r1:md}-{date:r2:md} for {~a flare|syncope|a fall|pneumonia}.\n\n",

    "I had the pleasure of seeing {pt:first} {pt:last} in the office today, {dow}, accompanied by {~her|his} {~daughter|son|wife|husband|partner} {rel:0:first}.\n\n",

    "HISTORY OF PRESENT ILLNESS: The patient reports onset of symptoms around the {date:onset:ord_of}. "
    "{~She|He} was evaluated at {hosp2} emergency room on {date:onset:*} where a CT was reportedly negative. "
    "No fevers chills or night sweats. Appetite ok.\n\n",

    "PAST MEDICAL HISTORY: Significant for hypertension, hyperlipidemia, Crohn disease diagnosed in {yr}, "
    "MI in {yrapos}, and a right total knee replacement at {hosp2} in {yr}. Also Down syndrome in a sibling (not patient).\n\n",

    ["REVIEW OF SYSTEMS: Negative except as noted above. Specifically no chest pain, no melena.\n\n",
     "Review of systems is otherwise unremarkable in 12 systems.\n\n",
     "ROS: As per HPI; all other systems reviewed and negative.\n\n"],

    "MEDICATIONS: {med}, {med}, {med}, and 1/2 tab of lorazepam at bedtime.\nALLERGIES: Codeine.\n\n",

    "SOCIAL HISTORY: {~She|He} lives in {town2} with {~her husband|his wife|her sister|his partner} and works as a {~cashier|bus driver|accountant|machinist|home health aide} "
    "at {employer}. Nonsmoker. Rare alcohol. {~Her|His} {~son|daughter} {rel:0:full} is a nurse at {hosp2} and helps with medications.\n\n",

    "FAMILY HISTORY: Mother with Parkinson disease, died age {age90}. Father with Alzheimer dementia. Brother with Crohn's.\n\n",

    "PHYSICAL EXAMINATION: {vitals}. Weight {#110-260} lbs. HEENT unremarkable. Neck supple, JVP {#5-12} cm. "
    "Lungs clear. Heart regular, 2/6 systolic murmur at RUSB. Extremities without edema. Neuro: 5/5 strength throughout, "
    "mild resting tremor R hand, no cogwheeling.\n\n",

    "DATA: EKG today shows sinus rhythm at {#55-95}, normal intervals. Echo from {date:prior:*} at {clinic}: EF {#35-65}%. "
    "Holter {date:r1:md} - {date:r2:md} showed paroxysmal AF with burden of {#2-30}%. Labs {date:prior:md}: Hgb {%9-15}, TSH {%0.4-4.5}.\n\n",

    "IMPRESSION AND PLAN: {~Mr.|Mrs.|Ms.} {pt:last} has paroxysmal atrial fibrillation with a CHA2DS2-VASc of {#2-6}. "
    "I have recommended apixaban 5 mg twice daily and stopping aspirin. I will see {~her|him} again on {date:fu:*} "
    "or sooner if needed.\n\n",

    "My impression is that of a mild Parkinsonian syndrome, possibly drug induced from metoclopramide which {~she|he} started in {date:prior:mon_y}. "
    "I have asked {~her|him} to stop it and will reassess in {#6-12} weeks. Copy of this note to {~her|his} gastroenterologist, Dr. {hcp:2:lf}.\n\n",

    "ASSESSMENT: Essential tremor vs early Parkinson disease. I do not see features of Wilson disease. "
    "I have ordered a DaT scan at {hospabbr} and will call {~her|him} with results at {phone}.\n\n",

    "I reviewed the findings with the patient and {~her|his} {~daughter|son|husband|wife} {rel:0:full}, who is health care proxy "
    "and can be reached at {phone}.\n\n",

    "PLAN:\n1. Colonoscopy with Dr. {hcp:2:full} at {hospabbr} endoscopy on {date:fu:*}.\n2. Iron infusion at {clinic}.\n"
    "3. Return visit in {#4-12} weeks.\n\n",

    "I spoke with Dr. {hcp:3:il} at {hosp2} by phone regarding the outside records, which will be faxed to our office.\n\n",

    "For the purposes of the research registry the patient is listed as {pt:inits}, enrolled {date:enr:*}.\n\n",

    "{~She|He} was previously followed by Dr. {hcp:4:lf} in {town2} until {~her|his} retirement in {yr}.\n\n",

    "Please do not hesitate to contact me with any questions. My direct line is {phone}{~ and my pager is | or page me at }{pager}.\n\n",

    "In summary, this is a {age90}-year-old widow from {townlc}, formerly of {nh}, with progressive memory decline over "
    "{#2-5} years. MMSE {#12-27}/30. Her neighbor {rel:1:full} checks in on her daily.\n\n",
]

FOOTERS = [
    "Sincerely,\n\n\n{hcp:0:fml}, M.D.\n\n{hcp:0:inits}/{hcp:6:initslc}\nD: {date:let:mdyy}\nT: {date:tr:mdyy}\n"
    "cc: {hcp:2:full}, M.D.\n    {pt:full}\n",

    "With kind regards,\n\n{hcp:0:full}, MD\n\ncc: Dr. {hcp:3:last}, {hosp2}\n\n{hcp:0:inits}:{hcp:6:initslc}\nDD: {dt:dict}\nDT: {dt:tr}\nJob #{job}\n",

    "Very truly yours,\n\n{hcp:0:lfm} MD\n\nDictated but not read\nD: {date:let:md} T: {date:tr:md}\n{hcp:0:inits}/{hcp:6:inits}\n",

    "Best regards,\n{hcp:0:first}\n\n{hcp:0:full}, MD, PhD\n{email:0}\n\nCC: {hcp:2:fml} MD; patient\n",

    "Electronically signed by {hcp:0:full}, MD {date:sig:*}\nTranscribed by {hcp:6:first} {hcp:6:last} ({hcp:6:inits}) {dt:tr}\n",
]
