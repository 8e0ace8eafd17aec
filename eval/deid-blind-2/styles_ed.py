"""Emergency-department triage and progress notes."""

DATE_FORMATS = ["mdyy", "md", "mdyyyy_nz", "iso", "mon3_d", "mdyy_dash", "m_d", "mdyy_dot", "d_mon_yy"]

HEADERS = [
    "ED TRIAGE  {dt:adm}\nArrival: {~Ambulance|Walk-in|Police|Wheelchair}  ESI {#1-5}\nPt: {pt:lf}  {ptage}{~F|M}  MRN {mrn}\n",
    "TRIAGE NOTE\nCC: {~chest pain|SOB|fall|abd pain|syncope|ETOH|SI|HA|back pain}\n",
    "EMERGENCY DEPT PROVIDER NOTE\nPatient {pt:full}   DOB {date:dob:*}\nAttending {hcp:0:full}  Resident {hcp:5:il}\n",
    "ED Progress Note -- {~1st|2nd|3rd} shift\n",
    "Triage @ {time}. {ptage} y/o {~male|female} {~BIBA|walked in|BIB family|BIB police} from {townlc}.\n",
]

BODIES = [
    "cc chest pain x{#1-6}h radiating L arm, diaphoretic, took asa 324 at home. hx MI {yrapos} stent @ {hosp2}\n",

    "BIBA from {nh} for AMS, per staff ({hcp:6:first} RN {phone}) pt was at baseline {dow} AM. baseline A&Ox1, alzheimers\n",

    "pt states fell down stairs at home in {townlc} last nite, +HS -LOC, on coumadin. INR pending\n",

    "{vitals} pain {#3-10}/10 GCS {#9-15}\n",

    ["pt id'd by name/DOB ({pt:inits}, {date:dob:*})\n", "ID band on, pt {pt:first} {pt:last}, verbally confirmed DOB\n",
     "name alert: 2 pts w/ same last name ({pt:last}) in dept\n"],

    ["pmh: htn dm2 copd on 2L home O2 afib on eliquis\n", "PMHx- CHF, CKD3, Parkinsons, s/p L TKA {yr}\n",
     "medical hx: none per pt, no PCP\n", "hx seizure d/o on keppra, last sz {date:prior:m_yyyy}\n"],

    "allergies nkda. meds see list. PCP Dr {hcp:1:last} @ {clinic}\n",

    "HPI:{date:onset:md} started w/ N/V/D, unable to keep PO down since {dow}. +sick contacts at work ({employer}). no blood\n",

    "hx crohns, last flare {date:prior:m_yy}, on humira. last colonoscopy {date:prior2:*} Dr {hcp:2:il}\n",

    "triage: pt c/o HA x 3d worst of life, +photophobia, neck stiff? BP {#150-210}/{#90-120}. to rm {#1-30} stat, MD {hcp:0:last} aware\n",

    "pt well known to ED, last seen {date:prior:md} for etoh intox. per EMS found outside {employer} on {street}\n",

    "MDM: {ptage}{~M|F} w/ RLQ pain, exam c/w appy, CT ordered, surgery ({hcp:4:full}) paged {pager}. NPO, IVF, morphine 4 mg IV\n",

    "ROS neg except as above. no CP no SOB. denies SI/HI\n",

    "Exam: NAD. lungs CTAB. RRR no m. abd soft ttp RLQ, +McBurney, +Rovsing. neuro nonfocal 5/5 x4\n",

    "EKG {time}: NSR {#60-99}, no STE, TWI III aVF unchanged from {date:prior:*}. trop x1 neg\n",

    "CXR: no ptx, no Westermark. CT head neg. FAST neg\n",

    "{dt:reeval} re-eval: pt resting comfortably, tolerating PO. {~Daughter|Son|Wife|Husband|Mother} {rel:0:full} at bedside, "
    "phone {phone}, wants to be called w/ updates\n",

    "d/w Dr {hcp:3:full} (cards) - will see in ED. d/w {hcp:4:il} ortho re hip fx, OR tmrw\n",

    "Sign out to Dr {hcp:7:last} at {time}, pending CT A/P and lactate\n",

    "Social: homeless, stays at shelter in {town2}, {~sister|brother} {rel:1:first} ({phone}) is contact. etoh daily, last drink {date:onset:md}\n",

    "pt is {age90} yo, lives alone on {street}, {town}. neighbor {rel:1:full} found pt on floor. CK {#300-9000}\n",

    "Dispo: admit medicine, accepted by {hcp:3:lf} (hospitalist) {ext}. bed req'd. 1/2 NS @ {#75-150}/hr, {med}\n",

    "Dispo: d/c home w/ f/u {clinic} on {date:fu:*}, return precautions given. given work note for {employer} thru {date:fu2:md}\n",

    "Transfer to {hosp2} for cath, accepting Dr {hcp:3:fml}, spoke w/ transfer ctr {phone}. EMTALA form done\n",

    "visits last yr: {date:r1:md}, {date:r2:md}, {date:prior:md} all for same. seen in {hospabbr} {date:prior2:mdyy}\n",
]

FOOTERS = [
    "{hcp:6:full} RN\n",
    "-- {hcp:6:first}, RN triage\n",
    "{hcp:5:fml}, MD PGY-{#1-3}\nI saw and evaluated the pt w/ the resident. {hcp:0:full}, MD\n",
    "{hcp:0:lf} MD / {hcp:5:lf} DO\n",
    "signed {hcp:6:ilnodot} RN {dt:sig}\n",
    "{hcp:7:full} PA-C\n",
]
