"""Radiology reports with exam header, comparisons and sign-off blocks.

Built by `build` (not the generic header/bodies/footer draw) so the findings fit the exam named
in the header.
"""

DATE_FORMATS = ["mdyyyy", "mdyyyy_nz", "mdyy", "iso", "mon_d_y", "d_mon_yy", "ddmonyyyy", "md"]

HEADERS = [
    "EXAM: @EXAM@\nPATIENT: {pt:lf}   MRN: {mrn}   ACC#: {acc}\nDATE OF SERVICE: {dt:adm}\nORDERING: {hcp:1:lf} MD\n\n",

    "{hosp} - Department of Radiology\nName: {pt:full}  DOB: {date:dob:mdyyyy}  Age: {ptage}\nAccession {acc}\n"
    "Exam: @EXAM@   Exam date: {date:adm:*}\n\n",

    "@EXAM@\nAcc: {acc}  Pt: {pt:last}, {pt:first}  Loc: {~ED|4 West|MICU|Outpt}\nReferring: Dr. {hcp:1:full} ({clinic})\n\n",

    "@EXAM@\nPatient {pt:fml}, {ptage} y/o {~male|female}\nExamined {date:adm:*} at {hospabbr}\n\n",

    "@EXAM@ {dt:adm}\nMR# {mrn}\n\n",

    "@EXAM@ ({acc})\n{pt:lfm}\nRequested by {hcp:1:il} from {clinic}, fax {phone}\n\n",

    "Procedure: @EXAM@\nPt name: {pt:last}, {pt:first} {pt:inits}\nSite: {hospabbr} {~Main|North|West} campus\n\n",
]

HISTORY = [
    "CLINICAL INDICATION: {ptage} yo w/ SOB, r/o CHF vs PNA\n\n",
    "HISTORY: fall at {nh} {date:onset:md}, pain. Hx Parkinson's.\n\n",
    "HISTORY: {ptage}{~M|F} s/p CABG {yr}, now CP. Hx per {~son|daughter|wife|husband} {rel:0:full}: pt on Coumadin.\n\n",
    "INDICATION: h/o colon ca resected {yrapos}, restaging.\n\n",
    "Reason for exam: trauma, MVC, driver, +LOC\n\n",
    "Hx: ?PE. tachy, hypoxic\n\n",
    "CLINICAL HISTORY: {age90} year old female from {nh}, cough and fever.\n\n",
    "HISTORY: Post-op day 1. Per Dr. {hcp:2:il}, evaluate line placement.\n\n",
    "",
]

COMPARISON = [
    "COMPARISON: {date:prior:*} and {date:prior2:*}. Outside CT from {hosp2} dated {date:x1:*} was also reviewed.\n\n",
    "COMPARISON: None available. (Prior films reportedly at {hosp2}, requested.)\n\n",
    "Comparison: CXR {date:prior:mdyy}, CT {date:prior2:mdyy}\n\n",
    "COMPARISON: {date:prior:*}.\n\n",
    "Comparison is made to the prior study of {date:prior:mon_d_y} and to a {hosp2} exam of {date:prior2:mon_y}.\n\n",
    "COMPARISON: none\n\n",
]

# exam name, technique alternatives, findings alternatives, impression alternatives
KINDS = [
    ("{~CHEST PA AND LATERAL|CHEST 2 VIEWS|CXR PA/LAT}", [""], [
        "The cardiomediastinal silhouette is within normal limits. There is no focal consolidation, effusion or pneumothorax. "
        "Mild degenerative changes thoracic spine. No acute osseous abnormality.\n\n",
        "FINDINGS: Heart size upper normal. Mediastinal contours unremarkable. Lungs clear. No pneumothorax. "
        "Degenerative change of the thoracic spine. Surgical clips RUQ.\n\n",
        "FINDINGS:\nInterstitial edema w/ Kerley B lines. Small L effusion. Cardiomegaly. Healing fx posterior 7th and 8th ribs on the R. "
        "T11 compression deformity unchanged since {date:prior:*}.\n\n",
    ], [
        "IMPRESSION: No acute cardiopulmonary process.\n\n",
        "IMPRESSION: Normal chest. Compared with {date:prior:*} no change.\n\n",
        "IMPRESSION:\n1. Mild CHF, worse compared to {date:prior:*}.\n2. Old R rib fractures.\n\n",
    ]),
    ("{~PORTABLE CHEST|PORTABLE AP CHEST|CHEST 1 VIEW PORTABLE}", [""], [
        "FINDINGS:\nLines/tubes: ETT {%2-6} cm above the carina. R IJ CVC tip at cavoatrial junction. Swan-Ganz catheter tip in R interlobar PA. "
        "NG tube below diaphragm.\nLungs: bibasilar opacities, atelectasis vs aspiration. No Westermark sign. No PTX.\n\n",
        "FINDINGS: Interval placement of L subclavian line, tip in SVC. Low lung volumes. Retrocardiac opacity. Kerley B lines.\n\n",
    ], [
        "IMPRESSION:\n1. Lines and tubes as above.\n2. No pneumothorax.\n\n",
        "IMPRESSION: ETT in good position. Worsening L base opacity.\n\n",
    ]),
    ("{~CT CHEST W/O CONTRAST|CT CHEST WITHOUT IV CONTRAST|CT THORAX NON CON}", [
        "TECHNIQUE: Axial images from the thoracic inlet to the adrenals without contrast. Dose (DLP) {#180-900} mGy-cm. "
        "Coronal and sagittal reformats.\n\n"], [
        "FINDINGS: {#3-8} mm RUL nodule (series {#2-5} image {#20-140}), stable since {date:prior2:*}. "
        "New {#6-15} mm LLL nodule. Emphysema. Coronary calcs. T11 compression deformity.\n\n",
    ], [
        "IMPRESSION: New LLL nodule; stable RUL nodule.\n\n",
    ]),
    ("{~CTA CHEST PE PROTOCOL|CT ANGIO CHEST}", [
        "TECHNIQUE: CTA of the chest after {#60-100} mL Omnipaque 350.\n\n"], [
        "FINDINGS: Filling defects in R lower lobe segmental arteries. RV/LV {%0.7-1.4}. "
        "Peripheral wedge opacity RLL could represent Hampton hump. No Westermark sign.\n\n",
    ], [
        "IMPRESSION:\n1. Acute R lower lobe PE.\n2. Possible infarct (Hampton hump).\n"
        "Findings d/w Dr. {hcp:1:last} by telephone at {time} on {date:adm:*} by {hcp:0:il}, read back confirmed.\n\n",
    ]),
    ("{~CT ABDOMEN/PELVIS WITH IV CONTRAST|CT A/P W CONTRAST}", [
        "TECHNIQUE: Helical CT from the dome of the liver through the pubic symphysis after oral and IV contrast.\n\n"], [
        "FINDINGS:\nLiver: {%12-22} cm, no focal lesion. Gallbladder: sludge. CBD {#3-9} mm.\n"
        "Kidneys: no hydro. Bladder decompressed around Foley.\nBowel: wall thickening of terminal ileum, c/w known Crohn disease. "
        "Dilated appendix {#8-14} mm with periappendiceal stranding. No free air.\n\n",
    ], [
        "IMPRESSION:\n1. Acute appendicitis without perforation.\n2. Terminal ileitis, ? Crohn flare.\n"
        "Findings d/w Dr. {hcp:1:last} by telephone at {time} on {date:adm:*} by {hcp:0:il}, read back confirmed.\n\n",
    ]),
    ("{~MRI BRAIN W/WO|MR BRAIN WITH AND WITHOUT CONTRAST}", [""], [
        "FINDINGS: Generalized volume loss, more than expected for age, hippocampal predominant, pattern suggestive of Alzheimer disease. "
        "Chronic microvascular change. No acute infarct on DWI. No hemorrhage.\n\n",
    ], [
        "IMPRESSION: Atrophy, hippocampal predominant. No acute intracranial process.\n\n",
    ]),
    ("{~US RENAL|RENAL ULTRASOUND|US KIDNEYS/BLADDER}", [""], [
        "FINDINGS:\nR kidney {%9-12.5} cm, L kidney {%9-12.5} cm. No hydronephrosis. No stones. Bladder decompressed, Foley in place.\n\n",
    ], [
        "IMPRESSION: Normal renal ultrasound.\n\n",
    ]),
    ("{~XR HIP 2 VIEWS LEFT|L HIP AND PELVIS XR|XR PELVIS/HIP}", [""], [
        "FINDINGS: Intertrochanteric fracture of the L femur with varus angulation. Degenerative change both hips. "
        "Vascular calcification.\n\n",
    ], [
        "IMPRESSION: Acute L intertrochanteric fracture. Ortho (Dr {hcp:2:last}) aware.\n\n",
    ]),
]

EXTRAS = [
    "RECOMMENDATION: Follow-up CT in 3-6 months per Fleischner. Results called to {hcp:1:fml}'s office ({phone}) and "
    "left with {~RN|MA|secretary} {hcp:6:first}.\n\n",
    "CRITICAL RESULT: discussed with {hcp:1:full} {ext} on {dt:call}.\n\n",
    "ADDENDUM {date:add:*}: Outside images from {hosp2} (acc {acc}) now available and compared; no change in the impression.\n\n",
    "NOTE: This exam was performed at the {town} imaging center ({clinic}) and read remotely.\n\n",
    "Wet read by {hcp:5:il} at {time} was concordant.\n\n",
]

FOOTERS = [
    "I have personally reviewed the images and agree with the findings.\n\n{hcp:0:fml}, MD\nAttending Radiologist\n"
    "Electronically signed {dt:sig}\n",
    "Dictated by: {hcp:5:full}, MD (resident)\nAttending: {hcp:0:lf}, MD\nSigned: {date:sig:*}\n",
    "--\n{hcp:0:full} MD | Body Imaging | {hospabbr} | {phone} | {email:0}\n",
    "RADIOLOGIST: {hcp:0:il}, MD\nTRANSCRIBED: {date:sig:mdyy} {hcp:6:inits}\nFINAL\n",
    "Read by {hcp:5:fml} (fellow) and {hcp:0:full} (attending). Report finalized {dt:sig}.\n",
    "{hcp:0:lfm} MD\nDept of Radiology, {hosp}\n{street}, {town}\n",
    "{hcp:0:full}, M.D.\n{hcp:0:inits}/{hcp:6:initslc}  D: {date:sig:md}  T: {date:tr:md}\n",
]


def build(rng, p_body):
    """One report: header naming an exam, history, comparison, technique/findings/impression of
    that exam, optional extras, sign-off."""
    exam, technique, findings, impression = rng.choice(KINDS)
    parts = [rng.choice(HEADERS).replace("@EXAM@", exam), rng.choice(HISTORY), rng.choice(COMPARISON),
             rng.choice(technique), rng.choice(findings), rng.choice(impression)]
    parts += [e for e in EXTRAS if rng.random() < p_body]
    parts.append(rng.choice(FOOTERS))
    return "".join(parts)
