"""Discharge summaries."""

DATE_FORMATS = ["mdyyyy", "mdyyyy_nz", "mdyy", "iso", "mon_d_y", "d_mon_y", "md", "mon_d", "ord_of", "mon_ord", "d_mon_yy"]

HEADERS = [
    "DISCHARGE SUMMARY\n\nPatient: {pt:lf}\nMRN: {mrn}\nAdmission Date: {date:adm:*}   Discharge Date: {date:dis:*}\n"
    "Attending: {hcp:0:fml}, MD\nService: {~Medicine|Cardiology|General Surgery|Hospitalist|Neurology}\n\n",

    "Name: {pt:full}     Unit No: {mrn}     SS# {ssn}\nAdmit: {date:adm:mdyy}  D/C: {date:dis:mdyy}\nDOB: {date:dob:mdyyyy}  Sex: {~F|M}\n\n",

    "{hosp}\nDischarge Summary\n{pt:lfm}   #{mrn}\nDates of stay {date:adm:md}-{date:dis:md}\n\n",

    "Date of Admission: {date:adm:mon_d_y}\nDate of Discharge: {date:dis:mon_d_y}\nPCP: Dr. {hcp:1:full}, {clinic}, tel {phone}\n\n",

    "D/C SUMMARY -- {pt:last}, {pt:first}\nAdm {date:adm:iso} / Disch {date:dis:iso}\n\n",
]

BODIES = [
    ["CHIEF COMPLAINT: shortness of breath\n\n", "Reason for admission: fall, hip fx\n\n", "CC: fever, confusion\n\n",
     "Admitting dx: CHF exac\nDischarge dx: same, plus AKI\n\n"],

    "HISTORY OF PRESENT ILLNESS:\n{~Mr.|Ms.|Mrs.} {pt:last} is a {ptage} year old with CHF (EF {#20-55}%), DM2 and CKD stage {#3-4} "
    "who presented to the {hospabbr} ED on {date:adm:*} with {#2-5} days of worsening dyspnea and orthopnea. "
    "She was seen at {clinic} {date:prior:*} and her Lasix was increased. CXR showed Kerley B lines and small bilat effusions.\n\n",

    "HPI: {ptage} yo {~M|F} w/ hx of HTN, HLD, Parkinson disease, recent fall {date:onset:md} at {nh}, sent in for L hip pain. "
    "XR showed intertrochanteric fx. Ortho (Dr {hcp:2:last}) took pt to OR {date:proc:md} for IMN.\n\n",

    ["HPI: Pt is a {ptage} y/o {~gentleman|lady|man|woman} with COPD on home O2 who was sent in from {clinic} on {date:adm:*} for hypoxia (sat {#78-88}% RA). "
     "Per {~his|her} {~wife|husband|son|daughter} {rel:0:first}, more SOB x 1 wk after a URI.\n\n",
     "History: {ptage}-year-old {~retired|former} {~bus driver|teacher|electrician|cook} from {townlc}, independent at baseline, BIBA after syncope at "
     "{employer} where {~she|he} still works part time. Trop neg x3. Tele w/ {#3-8} sec pause {date:x2:md}.\n\n",
     "HPI: Transferred from {hosp2} ({date:onset:*}) for higher level of care; OSH records reviewed. "
     "There, CT showed SBO; NGT placed and kept NPO.\n\n"],

    "PAST MEDICAL HISTORY:\n1. CAD s/p CABG x3 ({yr}) and PCI to LAD {yrapos}\n2. Atrial fibrillation on Coumadin\n"
    "3. Crohn's disease, s/p partial colectomy {yr}\n4. Alzheimer dementia, baseline oriented x1\n5. Hypothyroidism\n\n",

    "HOSPITAL COURSE:\n# CHF exacerbation: diuresed with {med}, net negative {%2-9} L. Weight {#60-110} kg on discharge. "
    "Cardiology ({hcp:3:il}) recommended adding spironolactone.\n# AKI: Cr peaked {%1.5-4.2} on {date:x1:*}, back to baseline {%0.9-1.6} by discharge.\n"
    "# Hypokalemia: repleted.\n\n",

    "Hospital course by problem\n1) Pneumonia - started on {med} {date:adm:md}, switched to PO {date:x2:md}, complete 7 day course {date:x3:md}. "
    "Sputum cx grew strep pneumo\n2) Delirium - resolved, Seroquel stopped\n3) Goals of care - met w/ {~daughter|son|husband|wife|niece} {rel:0:full} (HCP) on {dow}, "
    "remains full code\n\n",

    "PROCEDURES:\n- {date:proc:*} TEE (Dr. {hcp:4:full}): no LAA thrombus, EF {#25-60}%\n- {date:x4:*} DCCV to NSR\n- R PICC placed {date:x5:*}\n\n",

    "CONSULTS: Cardiology - Dr {hcp:3:full}; ID - Dr {hcp:5:last}; PT/OT; Social Work ({hcp:6:first} {hcp:6:last}, {ext})\n\n",

    "SOCIAL HISTORY: Lives in {townlc} with {~his wife|her husband|her daughter|his son|a roommate} {rel:0:first}. Retired from {employer} "
    "in {yr}. Former smoker, quit {yrapos}, {#10-60} pack-yrs. Occasional EtOH.\n\n",

    ["Course complicated by afib w/ RVR on {date:x3:*} - rate controlled w/ dilt, started on apixaban after d/w Dr {hcp:3:last}.\n\n",
     "On HD #{#2-6} pt had a fall in the bathroom, no injury. PT recommended rehab; accepted at {rehab} for {date:dis:*}.\n\n",
     "No complications. Diet advanced {date:x3:md}, tolerated. Staples removed prior to d/c.\n\n"],

    "DISCHARGE MEDICATIONS:\n1. {med}\n2. {med}\n3. {med}\n4. 1/2 tab metoprolol succinate 50 mg daily\n5. {med}\n\n",

    "DISCHARGE DISPOSITION: {~Extended care|Home with services|Rehab|Home}\nFacility: {nh}, {street}, {town}, MA {zip}\n"
    "Facility phone {phone} fax {phone}\n\n",

    "FOLLOW UP:\n- PCP Dr {hcp:1:last} in 1-2 wks, call {phone} for appt\n- Cardiology clinic {date:fu:*} at {time} with {hcp:3:il}\n"
    "- Labs (BMP, INR) on {dow} at {clinic}\n\n",

    "CONDITION ON DISCHARGE: stable, ambulating w/ walker, 4/5 strength LLE. Pain controlled.\n"
    "Discharge vitals: {vitals}\n\n",

    "PERTINENT RESULTS:\n{date:adm:md} WBC {%4-19} HGB {%7-14} PLT {#90-450} NA {#128-146} K {%3.1-5.8} CR {%0.6-3.9}\n"
    "{date:x1:md} TROP {%0.01-2.4} -> {%0.01-2.4}\nCTA chest {date:x1:md}: no PE. Westermark sign absent. Hampton hump not seen.\n\n",

    "BRIEF HOSPITAL COURSE: {ptage}F from {nh} admitted w/ urosepsis. Foley exchanged, grew E coli, tx'd with {med}. "
    "Course c/b delirium and a fall on {date:x2:*}, CT head neg. Seen by geriatrics (Dr. {hcp:5:full}). "
    "Family ({rel:0:full}, {phone}) agreed with plan to return to facility.\n\n",

    "History was obtained from the patient's {~daughter|son|wife|husband} {rel:0:fml} and records from {hosp2}, "
    "where pt was admitted {date:r1:md} - {date:r2:md} for similar sx.\n\n",

    "Pt is a {age90} yo retired {~teacher|machinist|nurse|mill worker|longshoreman} from {town2}, baseline ambulatory with cane, "
    "admitted for GI bleed. EGD {date:proc:*} by Dr {hcp:2:fml} showed gastric ulcer, clipped. Received 3u PRBC.\n\n",

    ["DISCHARGE INSTRUCTIONS: You were admitted for fluid on your lungs. Weigh yourself every morning; call Dr. {hcp:1:last} at {phone} "
     "if you gain more than 3 lbs. Low salt diet.\n\n",
     "Instructions given to pt and {~daughter|son|wife|husband} ({rel:0:first}), verbalized understanding. Teach back done.\n\n",
     "Pt to resume home VNA with {clinic}; VNA nurse {hcp:6:full} aware, tel {phone}.\n\n"],

    "Labels on the specimen read {pt:inits} / {mrn}; path report from {date:proc:*} confirms adenocarcinoma, margins clear.\n\n",

    "Pt was seen by Dr {hcp:2:last}'s team ({hcp:2:il}, {hcp:7:il}) daily. Swan-Ganz not needed. No Foley on discharge.\n\n",

    "ALLERGIES: PCN (rash), sulfa\nCODE: DNR/DNI confirmed with HCP {rel:1:full} {date:adm:md}\n\n",
]

FOOTERS = [
    "{hcp:0:fml}, MD\nDictated by: {hcp:7:full}, PA-C\n",
    "Electronically signed by {hcp:0:full} MD on {dt:sig}\n",
    "_______________\n{hcp:7:lf}, MD (resident) for Dr. {hcp:0:last}\ncc: {hcp:1:full}, MD - {clinic}\n",
    "Attending attestation: I saw and examined the patient on the day of discharge. {hcp:0:il}\n",
    "Signed: {hcp:0:fml} {~MD|DO} pgr {pager}\n",
]
