"""ICU nursing and respiratory therapy notes; the generator upper-cases the whole note."""

DATE_FORMATS = ["md", "md", "md", "mmdd", "mdyy", "m_d", "mon3_d", "mdyyyy"]

HEADERS = [
    "NPN 7P-7A\n",
    "NURSING PROGRESS NOTE {date:adm:md} 7A-7P\n",
    "RESP CARE NOTE\n",
    "MICU NSG NOTE {~0700-1900|1900-0700|7a-3p|3p-11p}\n",
    "CCU NPN: {dt:adm}\n",
    "SICU NURSING ADMIT NOTE\npt is a {ptage} yo {~m|f|man|woman} from {nh} admitted {date:adm:md} via {hospabbr} ED\n",
    "RT NOTE {date:adm:*}\n",
    "{pt:lf}  MRN {mrn}\nNPN NIGHTS\n",
]

BODIES = [
    ["PT IS A {ptage} YO {~M|F} W/ HX COPD, CHF ADMITTED {date:adm:md} W/ UROSEPSIS, INTUBATED IN ED\n",
     "{ptage}YO {~MAN|LADY} S/P FALL, ON {~LOVENOX|COUMADIN|ELIQUIS}, TRANSFERRED TO UNIT FROM FLOOR {date:adm:md} FOR HYPOTENSION\n",
     "BRIEF: {ptage} Y/O ADMITTED W/ GI BLEED, SCOPED {date:proc:md}, 2 CLIPS PLACED\n",
     "{~MR|MRS|MS} {pt:last} IS A {ptage} YO ADMITTED FROM {nh} W/ ASPIRATION PNA\n"],
    ["NEURO: A&OX{#1-3}, MAE, FOLLOWS COMMANDS, PERRL 3MM BRISK. NO SEDATION SINCE {time}. CAM ICU NEG\n",
     "NEURO- SEDATED ON PROPOFOL @ {#10-50} MCG/KG/MIN, RASS -{#1-3}, OPENS EYES TO VOICE, WITHDRAWS X4\n",
     "NEURO: UNCHANGED LETHARGIC BUT AROUSABLE MOVES ALL EXT NO SZ ACTIVITY NOTED\n",
     "N: CALM, COOPERATIVE, REORIENTED TO TIME FREQ. BASELINE DEMENTIA (ALZHEIMERS)\n"],
    ["CV: {vitals}. K {%3.1-4.9} REPLETED W/ {med}. +PPP, 2+ PITTING EDEMA BLE\n",
     "CV- HR {#60-130} AFIB, RATE CONTROLLED AFTER DILTIAZEM 10MG IVP X2. SBP {#85-160}S. ON {med}\n",
     "C/V: {vitals}, NO ECTOPY. LEVO WEANED OFF @ {time}\n"],

    "RESP: REMAINS ON AC {#400-550}X{#12-20} PEEP {#5-12} FIO2 {#30-60}%. SXN Q2-3H FOR SM-MOD THICK TAN SPUTUM. "
    "ABG {%7.2-7.5}/{#30-60}/{#60-140}. CXR W/ KERLEY B LINES, SWAN-GANZ IN GOOD POSITION. PLAN TO WEAN {date:wean:md} IF OK W/ DR {hcp:0:last}\n",

    "ID BAND CHECKED X2 ({pt:inits}, MRN {mrn}) PRIOR TO BLOOD ADMIN. CONSENT SIGNED BY {~WIFE|SON|DAUGHTER|HCP} {rel:0:full}\n",

    "PT {pt:first} {pt:last} AGITATED OVERNOC, PULLING AT LINES, 1:1 SITTER ORDERED. PREFERS TO BE CALLED {pt:first}\n",

    ["RT: PT ON PSV 10/5 40% SINCE {time}, TV {#300-550} RR {#14-30}. T-PIECE TRIAL X 30 MIN TOLERATED. RT {hcp:4:il}\n",
     "VENT CHECK: AC 500/14/+5/40%. NO CHANGES. BS DIMINISHED BASES. ETT 23 @ LIP, RETAPED\n",
     "RT NOTE: NEB TX GIVEN, MOD AMT SECRETIONS, NO DISTRESS. BIPAP 12/5 QHS AS AT HOME\n"],

    "FAMILY: {~WIFE|HUSBAND|DTR|SON} {rel:0:first} IN FROM {townlc}, STAYING AT A HOTEL NEARBY. {~SHE|HE} WORKS NIGHTS AT {employer}. "
    "{~SISTER|BROTHER} {rel:2:full} CALLING FROM {town2}\n",

    ["GI/GU: TOL TF, NO RESIDUALS. FOLEY D/C'D {date:foley:md}, VOIDING QS\n",
     "GI: NPO FOR PROCEDURE, FLEXISEAL IN PLACE, LG AMT LOOSE BROWN STOOL, C DIFF SENT {date:cx:md}\n",
     "GI- ABD DISTENDED, HYPOACTIVE BS. KUB {date:kub:md} ? ILEUS. OGT TO LIS\n"],

    "GI: ABD SOFT NT ND +BS. TF @ {#20-60} CC/HR GOAL {#50-80}. LAST BM {date:bm:md}, GUAIAC NEG. {~OGT|NGT|DOBHOFF} PLACED {date:line:*} CONFIRMED BY KUB\n"
    "GU: FOLEY DRAINING CLEAR YELLOW {#30-90}-{#100-200}CC/HR\n",

    "EVENTS OVERNIGHT: SBP 70S @ {time}, 1L LR BOLUS, ({hcp:3:il} MD NOTIFIED) STARTED ON LEVO. LACTATE {%1.0-6.5}. "
    "REPEAT CXR NO PTX. SPOKE W/ {~WIFE|HUSBAND|SON|DAUGHTER} {rel:0:first} BY PHONE\n",

    "PER {hcp:4:full} RRT PT TOLERATED SBT X 2 HRS, RSBI {#30-90}. EXTUBATION DEFERRED TO AM TEAM (DR {hcp:0:last})\n",

    "A: {ptage} YO W/ RESP FAILURE, IMPROVING. P: CONT PLAN, WEAN FIO2 AS TOL, OOB TO CHAIR, PT/OT CONSULT, "
    "D/W {hcp:1:ilnodot} PA\n",

    "ADDENDUM {time}: PT'S {~DAUGHTER|SON|HUSBAND|WIFE} {rel:0:full} ARRIVED FROM {townlc}, ASKING ABOUT TRANSFER BACK TO {hosp2}. "
    "WILL HAVE TEAM CALL {~HER|HIM} @ {phone}\n",

    "ID: TMAX {%37.5-39.6}. ON {med}. BC X2 SENT {date:cx:md}, PREV CX FROM {hosp2} GREW MRSA\n",

    "SOCIAL: PT'S {~DAUGHTER|SON|WIFE|HUSBAND|NIECE|HCP} {rel:0:full} CALLED X2, UPDATED BY THIS RN. "
    "{~LIVES IN|FROM|RESIDES IN} {townlc} W/ {~WIFE|DAUGHTER|SON|SISTER}, WORKED AT {employer} UNTIL {yr}. FULL CODE. HCP # {phone}\n",

    "LINES: R IJ TLC PLACED {date:line:md} BY {hcp:1:il}, L RAD A-LINE ({date:line2:md}). PIV X1 20G L FA\n",

    "PMH: CAD S/P CABG {yrapos}, MI {yrapos}, CHF EF {#20-55}%, DM2, PARKINSON'S, HX CROHN'S, AFIB ON COUMADIN, ALZHEIMER'S DEMENTIA\n",

    "EVENTS: {dow} NIGHT PT DESATTED TO {#78-88}% ON {#40-60}% FIO2, BAGGED, RT {hcp:2:first} {hcp:2:last} AT BEDSIDE. "
    "DR {hcp:0:last} NOTIFIED, CXR DONE SHOWED R UPPER LOBE COLLAPSE, HAMPTON HUMP? PER RADIOLOGY (PER {hcp:3:il}) NOT SEEN\n",

    "PT {~TRANSFERRED|TRANSFERED|XFERRED} FROM {hosp2} ON {date:onset:*} FOR ERCP. PREVIOUSLY AT {nh} X {#1-6} YRS. "
    "5/5 STRENGTH UE, 3/5 LE. ON 1/2 TAB ATIVAN QHS AT HOME PER {~DAUGHTER|SON} {rel:0:first}\n",

    "PLAN: CONT CURRENT VENT SETTINGS, SBT IN AM. F/U LYTES {time}. FAMILY MTG {dow} W/ {rel:0:full} AND DR {hcp:0:last}. "
    "NEEDS SCREENING FOR {rehab} VS {nh}\n",

    "ASSESSMENT/RT: BS COARSE BILAT, DIMINISHED R BASE. ALBUTEROL/ATROVENT MDI {#4-8} PUFFS Q4H. RSBI {#40-140}. "
    "PLAN DISCUSSED W/ {hcp:4:il} RRT AND {hcp:0:full}\n",

    "SKIN: STAGE {~II|III} COCCYX, WOUND RN {hcp:5:last} SAW {date:skin:*}. DUODERM, TURNED Q2H. BRADEN {#9-16}\n",

    "HEME: HCT {#21-35} FROM {#24-38} ON {date:prior:md}. TRANSFUSED 1U PRBC. INR {%1.0-3.8}, HEPARIN GTT @ {#800-1500} U/HR. "
    "PTT Q6H, NEXT DUE {time}\n",

    "DISPO: SCREENED FOR LTACH ({hosp2}). CASE MGR {hcp:6:full} FOLLOWING, # {phone}. "
    "PT WAS ADMITTED {date:r1:md} - {date:r2:md} AT {hospabbr} FOR SAME\n",

    "CODE STATUS CHANGED TO DNR/DNI {date:code:*} AFTER MTG W/ {~HCP|FAMILY|WIFE|SON} {rel:1:full} "
    "({~CELL|HOME|WORK} {phone}). DOWN SYNDROME, BASELINE NONVERBAL PER {nh} STAFF\n",

    "HPI:{date:onset:md} PT FOUND DOWN AT HOME IN {townlc} BY NEIGHBOR, ? DOWN X {#6-30} HRS. CK {#800-12000}. "
    "BROUGHT BY {town2} FIRE/EMS TO {hosp2}\n",

    "ENDO: FS {#90-320}, INSULIN GTT PER PROTOCOL. HGBA1C {%5.5-11.9} ({date:prior:m_yy}). "
    "T11 COMPRESSION FX ON CT, 7TH RIB FX OLD\n",

    "RESP: EXTUBATED {dt:ext} TO {#2-6}L NC, COUGH STRONG, SATS {#92-100}%. "
    "ON CPAP AT HOME {#8-14} CMH2O THRU {employer} INS\n",
]

FOOTERS = [
    "{hcp:2:fml}, RN\n",
    "- {hcp:2:inits} RN\n",
    "{hcp:4:full}, RRT\n",
    "{hcp:2:first} {hcp:2:last} RN {ext}\n",
    "SEE FLOWSHEET FOR DETAILS. {hcp:2:lfm} RN\n",
    "{hcp:2:ilnodot} RN/{hcp:5:ilnodot} SN\n",
    "",
]
