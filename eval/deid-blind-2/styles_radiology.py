"""Radiology reports with exam header, comparisons and sign-off blocks."""

DATE_FORMATS = ["mdyyyy", "mdyyyy_nz", "mdyy", "iso", "mon_d_y", "d_mon_yy", "ddmonyyyy", "md"]

HEADERS = [
    "EXAM: CHEST PA AND LATERAL\nPATIENT: {pt:lf}   MRN: {mrn}   ACC#: {acc}\nDATE OF SERVICE: {dt:adm}\n"
    "ORDERING: {hcp:1:lf} MD\n\n",

    "{hosp} - Department of Radiology\nName: {pt:full}  DOB: {date:dob:mdyyyy}  Age: {ptage}\nAccession {acc}\n"
    "Exam: CT CHEST W/O CONTRAST   Exam date: {date:adm:*}\n\n",

    "CT ABDOMEN/PELVIS WITH IV CONTRAST\nAcc: {acc}  Pt: {pt:last}, {pt:first}  Loc: {~ED|4 West|MICU|Outpt}\nReferring: Dr. {hcp:1:full} ({clinic})\n\n",

    "MRI BRAIN W/WO\nPatient {pt:fml}, {ptage} y/o {~male|female}\nExamined {date:adm:*} at {hospabbr}\n\n",

    "PORTABLE CHEST {dt:adm}\nMR# {mrn}\n\n",

    "US RENAL ({acc})\n{pt:lfm}\nRequested by {hcp:1:il} from {clinic}, fax {phone}\n\n",
]

BODIES = [
    ["CLINICAL INDICATION: {ptage} yo w/ SOB, r/o CHF vs PNA\n\n",

    "HISTORY: fall at {nh} {date:onset:md}, L hip pain. Hx Parkinson's.\n\n"],

    ["COMPARISON: {date:prior:*} and {date:prior2:*}. Outside CT from {hosp2} dated {date:x1:*} was also reviewed.\n\n",

    "COMPARISON: None available. (Prior films reportedly at {hosp2}, requested.)\n\n",

    "Comparison: CXR {date:prior:mdyy}, CT {date:prior2:mdyy}\n\n"],

    "TECHNIQUE: Axial images from the thoracic inlet to the adrenals without contrast. Dose (DLP) {#180-900} mGy-cm. "
    "Coronal and sagittal reformats.\n\n",

    ["FINDINGS:\nLines/tubes: ETT {%2-6} cm above the carina. R IJ CVC tip at cavoatrial junction. Swan-Ganz catheter tip in R interlobar PA. "
    "NG tube below diaphragm. Foley catheter noted.\nLungs: interstitial edema w/ Kerley B lines. Small L effusion. No Westermark sign. "
    "Peripheral wedge opacity RLL could represent Hampton hump.\nBones: healing fx posterior 7th and 8th ribs on the R. T11 compression deformity unchanged.\n\n",

    "FINDINGS: Heart size upper normal. Mediastinal contours unremarkable. Lungs clear. No pneumothorax. "
    "Degenerative change of the thoracic spine. Surgical clips RUQ.\n\n",

    "FINDINGS:\nLiver: {%12-22} cm, no focal lesion. Gallbladder: sludge, no wall thickening. CBD {#3-9} mm.\n"
    "Kidneys: R {%9-12.5} cm, L {%9-12.5} cm, no hydro. Bladder decompressed around Foley.\nBowel: wall thickening of terminal ileum, c/w known Crohn disease. "
    "No free air.\n\n",

    "FINDINGS: {#3-8} mm RUL nodule (series {#2-5} image {#20-140}), stable since {date:prior2:*}. "
    "New {#6-15} mm LLL nodule. Emphysema. Coronary calcs.\n\n",

    "FINDINGS: Generalized volume loss, more than expected for age, hippocampal predominant, pattern suggestive of Alzheimer disease. "
    "Chronic microvascular change. No acute infarct on DWI. No hemorrhage.\n\n"],

    ["IMPRESSION:\n1. Findings consistent with CHF, worse compared to {date:prior:*}.\n2. Lines and tubes as above.\n3. No pneumothorax.\n\n",

    "IMPRESSION: No acute cardiopulmonary process.\n\n",

    "IMPRESSION:\n1. Acute appendicitis without perforation.\n2. Terminal ileitis, ? Crohn flare.\n"
    "Findings d/w Dr. {hcp:1:last} by telephone at {time} on {date:adm:*} by {hcp:0:il}, read back confirmed.\n\n"],

    "RECOMMENDATION: Follow-up CT in 3-6 months per Fleischner. Results called to {hcp:1:fml}'s office ({phone}) and "
    "left with {~RN|MA|secretary} {hcp:6:first}.\n\n",

    "CRITICAL RESULT: New R PTX discussed with {hcp:1:full} {ext} on {dt:call}.\n\n",

    "ADDENDUM {date:add:*}: Outside images from {hosp2} (acc {acc}) now available; nodule present {date:prior2:mon_y}, "
    "{#2-3} yr stability, benign.\n\n",

    "NOTE: This exam was performed at the {town} imaging center ({clinic}) and read remotely.\n\n",
]

FOOTERS = [
    "I have personally reviewed the images and agree with the findings.\n\n{hcp:0:fml}, MD\nAttending Radiologist\n"
    "Electronically signed {dt:sig}\n",

    "Dictated by: {hcp:5:full}, MD (resident)\nAttending: {hcp:0:lf}, MD\nSigned: {date:sig:*}\n",

    "--\n{hcp:0:full} MD | Body Imaging | {hospabbr} | {phone} | {email:0}\n",

    "RADIOLOGIST: {hcp:0:il}, MD\nTRANSCRIBED: {date:sig:mdyy} {hcp:6:inits}\nFINAL\n",

    "Read by {hcp:5:fml} (fellow) and {hcp:0:full} (attending). Report finalized {dt:sig}.\n",

    "{hcp:0:lfm} MD\nDept of Radiology, {hosp}\n{street}, {town}\n",
]
