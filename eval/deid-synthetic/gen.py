#!/usr/bin/env python3
"""Synthetic 1990s-2000s ICU/ward nursing notes with exact PHI gold (PhysioNet phrase format)."""
import os, random, re
HERE = os.path.dirname(os.path.abspath(__file__))
R = random.Random(20240611)

FIRST_F = ["Mary","Rose","Hope","Grace","June","Faith","Joy","Ruby","Pearl","Iris","Dawn","Priya","Mei","Ngozi","Aisha","Fatima",
  "Svetlana","Maria","Guadalupe","Linh","Yuki","Siobhan","Bridget","Esperanza","Consuelo","Lakisha","Rivka","Soo-jin","Agnieszka",
  "Olga","Carmen","Theresa","Dorothy","Eileen","Marie-Claude","Nadia","Anh","Precious","Dolores","Concetta"]
FIRST_M = ["Joe","Will","Bill","Mark","Jack","Frank","Art","Gene","Ray","Bob","Pat","Wei","Rajesh","Oluwaseun","Kwame","Mohammed",
  "Dmitri","Giuseppe","Jose","Thanh","Hiroshi","Seamus","Padraig","Kofi","Tyrone","Shlomo","Mordechai","Hung","Ji-hoon","Wojciech",
  "Stanislaw","Manny","Sal","Dom","Vinny","Rich","Guy","Sunny","Chip","Jean-Baptiste"]
LAST = ["Kowalski","O'Brien","Nguyen","Patel","Shapiro","Greenberg","Okafor","Hassan","Rossi","Ferreira","Santos","Medeiros","Sullivan",
  "Murphy","Foley","Brown","White","Young","King","Long","Strong","Hall","Bell","Wood","Stone","Love","Price","Small","Moody","Chen",
  "Wong","Li","Park","Choi","Tran","Pham","Le","Diaz","Gonzalez","Castillo","Abramowitz","Goldstein","Levine","Jackson","Washington",
  "Baptiste","Pierre","Dufresne","Theriault","LeBlanc","Doucette","Gallagher","Flaherty","McCarthy","Mahoney","DaSilva","Andrade",
  "Papadopoulos","Katsaros","Haddad","Khoury","Nakamura","Tanaka","Ivanova","Petrov","Novak","Wisniewski","Oyelaran","Mensah",
  "Adeyemi","Fitzgerald","Cardoso","Swann","Bishop","Cook","Fisher","Marsh","Rivers","Banks","Hill","Field","Glass"]
HOSP = ["Mercy Hosp","St. Elizabeth's","Carney Hosp","Faulkner","Good Samaritan","Caritas Norwood","Beverly Hosp","Lahey",
  "South Shore Hosp","Brockton Hosp","Newton-Wellesley","Mt Auburn","Lawrence General","Holy Family","Quincy Medical Center",
  "Melrose-Wakefield","Jordan Hosp","Cape Cod Hosp","St. Anne's","Saints Memorial"]
REHAB = ["Quincy rehab","Braintree Rehab","Spaulding","Youville","Hebrew Rehab","Radius","Sherrill House","Marian Manor",
  "Kindred Waltham","New England Sinai","Whittier Rehab","Don Orione"]
TOWN = ["Dorchester","Brockton","Lowell","Quincy","Revere","Chelsea","Malden","Lynn","Framingham","Worcester","Fall River",
  "New Bedford","Somerville","Medford","Everett","Hyde Park","Roslindale","Mattapan","Weymouth","Randolph","Haverhill","Fitchburg",
  "Taunton","Attleboro","Salem","Canton","Milton","Dedham","Needham","Natick","Southie","Eastie","Jamaica Plain","Charlestown"]
WARD = ["Ellison 12","Farber 5","Blake 7","Phillips 3","Bigelow 11","White 9","Gray 4","Baker 6","Wang 2","Reisman 10","Feldberg 7","Stoneman 4"]
STREET = ["Adams St","Elm St","Hancock St","Dot Ave","Blue Hill Ave","Washington St","Gallivan Blvd","Centre St","Maple Rd","Broadway"]
WORK = [("post office in ", "Lowell"), ("Stop & Shop in ", "Quincy"), ("shipyard in ", "Fall River"), ("GE plant in ", "Lynn"),
        ("Gillette in ", "Southie"), ("MBTA yard in ", "Everett"), ("Dunkin Donuts in ", "Randolph")]
MONTHS = ["January","February","March","April","May","June","July","August","September","October","November","December"]
MABBR = ["Jan","Feb","Mar","Apr","May","Jun","Jul","Aug","Sept","Oct","Nov","Dec"]
WD = ["Monday","Tuesday","Wednesday","Thursday","Friday","Saturday","Sunday"]
REL_M = ["son","husband","brother","nephew","grandson","HCP"]
REL_F = ["dtr","wife","sister","niece","granddaughter","daughter"]

def pick(x): return R.choice(x)

class Patient:
    def __init__(self, i):
        self.id = i
        self.sex = R.choice("MF")
        self.first = pick(FIRST_M if self.sex == "M" else FIRST_F)
        self.last = pick(LAST)
        self.town = pick(TOWN)
        self.hosp = pick(HOSP)
        self.rehab = pick(REHAB)
        self.ward = pick(WARD)
        self.rels = []
        for _ in range(R.randint(2, 3)):
            if R.random() < .5: self.rels.append((pick(REL_M), pick(FIRST_M)))
            else: self.rels.append((pick(REL_F), pick(FIRST_F)))
        self.hcps = [pick(LAST) for _ in range(3)]
        self.rns = [pick(FIRST_F + FIRST_M) for _ in range(3)]
        self.old = R.random() < .3
        self.age = R.randint(90, 103)
        self.year = R.choice([2, 3, 4, 5, 6, 7, 8, 9]) * 1 + 90  # 92..99 style two digit
        self.month = R.randint(1, 12); self.day = R.randint(1, 25)

# piece helpers: each placeholder returns list of (text, category or None)
def N(t): return (t, None)
def P(t, c): return (t, c)

def ctx_date(pt, off=0):
    m, d = pt.month, max(1, min(28, pt.day + off))
    y = 1900 + pt.year
    f = R.randint(0, 8)
    if f == 0: return [P(f"{m}/{d}", "Date")]
    if f == 1: return [P(f"{m:02d}/{d:02d}/{y%100:02d}", "Date")]
    if f == 2: return [P(f"{m}-{d}", "Date")]
    if f == 3: return [N(pick(WD) + " "), P(f"{m}/{d}", "Date")]
    if f == 4: return [N("on the "), P(f"{d}{'th' if d not in (1,2,3,21,22,23) else {1:'st',2:'nd',3:'rd',21:'st',22:'nd',23:'rd'}[d]}", "Date")]
    if f == 5: return [P(f"{MONTHS[m-1]} {d}", "Date")]
    if f == 6: return [P(f"{MABBR[m-1]} {d}", "Date")]
    if f == 7: return [P(f"{m}/{d}/{y}", "Date")]
    return [P(f"{d} {MABBR[m-1]}", "Date")]

def name_case(s):
    r = R.random()
    if r < .08: return s.lower()
    if r < .14: return s.upper()
    return s

def ph_PT(pt):
    f = R.randint(0, 6)
    t = "Mr. " if pt.sex == "M" else R.choice(["Mrs. ", "Ms. "])
    if f <= 2: return [N(t), P(name_case(pt.last), "PTName")]
    if f == 3: return [P(name_case(pt.first + " " + pt.last), "PTName")]
    if f == 4: return [N("pt "), P(name_case(pt.first), "PTName")]
    if f == 5: return [P(name_case(pt.first), "PTName")]
    return [N(t.upper()), P(pt.last.upper(), "PTName")]

def ph_REL(pt):
    rel, nm = pick(pt.rels)
    f = R.randint(0, 5)
    if f <= 2: return [N(rel + " "), P(name_case(nm), "RelativeProxyName")]
    if f == 3: return [N(rel + " "), P(name_case(nm + " " + pt.last if R.random()<.5 else nm + " " + pick(LAST)), "RelativeProxyName")]
    if f == 4: return [P(name_case(nm), "RelativeProxyName"), N(f" ({rel})")]
    return [N(rel + ", "), P(name_case(nm), "RelativeProxyName"), N(",")]

def ph_HCP(pt):
    nm = pick(pt.hcps)
    f = R.randint(0, 6)
    if f <= 2: return [N("Dr. "), P(name_case(nm), "HCPName")]
    if f == 3: return [N("Dr "), P(nm, "HCPName")]
    if f == 4: return [N("Dr. "), P(pick(FIRST_F + FIRST_M) + " " + nm, "HCPName")]
    if f == 5: return [P(nm, "HCPName"), N(" MD")]
    return [N("DR. "), P(nm.upper(), "HCPName")]

def ph_RN(pt):
    nm = pick(pt.rns)
    f = R.randint(0, 4)
    if f == 0: return [N("RN "), P(name_case(nm), "HCPName")]
    if f == 1: return [P(nm, "HCPName"), N(" RN")]
    if f == 2: return [N("resident "), P(name_case(nm), "HCPName")]
    if f == 3: return [N("CM "), P(nm + " " + pick(LAST), "HCPName")]
    return [N("RT "), P(name_case(nm), "HCPName")]

def ph_STAFF(pt):
    nm = pick(pt.rns)
    return [P(name_case(nm) if R.random() < .8 else nm + " " + pick(LAST), "HCPName")]
def ph_YEAR(pt): return [P(R.choice([f"'{R.randint(80,98)}", f"19{R.randint(75,98)}"]), "DateYear")]
def ph_HOSP(pt): return [P(pt.hosp if R.random() < .7 else pick(HOSP), "Location")]
def ph_REHAB(pt): return [P(pt.rehab, "Location")]
def ph_TOWN(pt): return [P(name_case(pt.town) if R.random()<.5 else pt.town, "Location")]
def ph_WARD(pt): return [P(pt.ward if R.random() < .6 else pick(WARD), "Location")]
def ph_STREET(pt):
    if R.random() < .5: return [P(f"{R.randint(2,240)} {pick(STREET)}", "Location")]
    return [P(pick(STREET), "Location")]
def ph_WORK(pt):
    a, b = pick(WORK); return [N(a), P(b, "Location")]
def ph_PHONE(pt):
    f = R.randint(0, 4)
    if f == 0: return [P(f"555-{R.randint(1000,9999)}", "Phone")]
    if f == 1: return [P(f"617-555-{R.randint(1000,9999):04d}", "Phone")]
    if f == 2: return [P(f"(508) 555-{R.randint(1000,9999)}", "Phone")]
    if f == 3: return [P(f"781 555 {R.randint(1000,9999)}", "Phone")]
    return [P(f"{R.randint(200,999)}-{R.randint(1000,9999)}", "Phone")]
def ph_PAGER(pt):
    f = R.randint(0, 3)
    if f == 0: return [N("pager "), P(f"{R.randint(1,9)}-{R.randint(1000,9999)}", "Phone")]
    if f == 1: return [N("beeper #"), P(f"{R.randint(1000,9999)}", "Phone")]
    if f == 2: return [N("pgr "), P(f"{R.randint(10000,99999)}", "Phone")]
    return [N("x"), P(f"{R.randint(2,7)}-{R.randint(1000,9999)}", "Phone")]
def ph_AGE(pt):
    f = R.randint(0, 3)
    if f == 0: return [P(str(pt.age), "Age"), N(" yo")]
    if f == 1: return [P(str(pt.age), "Age"), N(" y/o")]
    if f == 2: return [P(str(pt.age), "Age"), N("yo")]
    return [N("age "), P(str(pt.age), "Age")]
def ph_MRN(pt):
    f = R.randint(0, 2)
    if f == 0: return [N("MRN "), P(f"{R.randint(1000000,9999999)}", "Other")]
    if f == 1: return [N("unit # "), P(f"{R.randint(100,999)}-{R.randint(10,99)}-{R.randint(10,99)}", "Other")]
    return [N("VNA ref # "), P(f"{R.randint(10000,99999)}", "Other")]
def ph_DATE(pt): return ctx_date(pt, R.randint(-3, 2))

PH = {k[3:]: v for k, v in globals().items() if k.startswith("ph_")}

HEADER = ["NPN 7a-7p", "NPN 7p-7a", "Nursing Progress Note", "NSG NOTE 3-11", "MICU NPN", "CCU nursing note", "CSRU NPN 0700-1900",
          "Nursing note, days", "T/SICU NPN", "npn 11-7"]
SECTIONS = {
 "Neuro": [
  "A&Ox3, MAE, follows commands. PERRL. Ativan 1mg IV x1 for agitation w/ good effect.",
  "lethargic but arousable to voice, oriented to self only. c/o HA, tylenol given. Babinski neg.",
  "sedated on propofol 20mcg/kg/min, withdraws x4. Glasgow 8T. Fentanyl gtt 50mcg/hr.",
  "alert, calm, cooperative. asking for {REL}. no focal deficits.",
  "pt confused overnight, pulling at lines, Posey vest applied per {HCP}. Haldol 2mg IV x2.",
  "Will cont to monitor neuro status Q2H. pupils 3mm brisk.",
  "Hx CVA {YEAR} w/ residual L sided weakness. speech slurred but intelligible.",
  "MSO4 5mg IV Q2H prn pain, pt reports pain 4/10 after. Hope to wean sedation in AM.",
 ],
 "CV": [
  "HR 80s NSR, no ectopy. BP 110/60-130/70. K 3.8, repleted w/ 40meq KCL.",
  "HR 110s ST, BP soft 88/50, Levophed titrated 0.05-0.1 mcg/kg/min. {HCP} aware.",
  "Swan in place, CVP 12, PA 40/22, wedge 18, CO 4.2 CI 2.1. SVR 1200.",
  "Hx MI {YEAR}, CABG {YEAR}. on lopressor 25mg PO BID, ASA, coumadin held for INR 3.4.",
  "afib w/ RVR to 140s this am, dilt 10mg IV x2 then gtt @ 5mg/hr, now HR 90s. HO notified.",
  "pedal pulses dopplerable. +2 edema BLE. Homans' sign neg. Hickman R chest intact, dsg D&I.",
  "a-line L radial dampened, flushed. Trendelenburg for CVP line placement by {HCP}.",
 ],
 "Resp": [
  "LS coarse bilat, diminished at bases. on 2L NC, sats 94-96%. CXR w/ Kerley B lines.",
  "vent settings AC 600x14 FiO2 50% PEEP 5. ABG 7.32/45/88. suctioned for thick tan sputum.",
  "remains intubated, weaned to CPAP 5/PS 10, RSBI 62. plan extubate in AM per {RN}.",
  "c/o SOB, RR 28, placed on 50% face tent. Cheyne-Stokes pattern when asleep.",
  "extubated to 4L NC at 1030, tol well. IS x10 q1h encouraged. nebs Q4H per RT.",
  "Pleurevac to -20 sxn, no air leak, 50cc serosang drainage this shift.",
 ],
 "GI/GU": [
  "abd soft, NT/ND, +BS. Murphy's sign neg. tol clears. no BM x3 days, colace/senna given.",
  "Foley draining clear yellow urine 30-50cc/hr. I&O +500 at midnight. Lasix 40mg IV w/ good diuresis.",
  "NGT to LCWS, 300cc bilious output. heme + stool, guaiac sent. Salem sump repositioned.",
  "Dobhoff post pyloric, TF Jevity @ 60cc/hr, residuals <50. FS 212, covered w/ RISS.",
  "voiding qs via Texas cath. Cr 1.8 up from 1.4. renal aware.",
  "ostomy w/ liquid brown stool, appliance changed. JP drain x2 w/ 40cc serous.",
 ],
 "ID": [
  "Tmax 101.2, pan cultured. vanco/zosyn started. WBC 14.2.",
  "afebrile. MRSA swab pending, contact precautions. PICC RUE placed {DATE} by IV team.",
  "on levo day 4/10. sputum cx + GNR.",
 ],
 "Skin": [
  "stage II decub coccyx, duoderm applied. turned Q2H, on Kinair bed.",
  "skin intact. heels elevated, Roho cushion in chair. Hoyer lift OOB to chair x2 hrs.",
  "Miami J collar on at all times, skin under collar checked, clean.",
 ],
}
SOCIAL = [
 "family in to visit, updated at bedside. very supportive.",
 "no calls from family this shift. SW following.",
 "{REL} in to visit, updated by MD. questions answered.",
 "{REL} called, updated on pt condition.",
 "{REL} in to visit, updated by {HCP}. {REL2} called from {TOWN}, ph {PHONE}.",
 "family in to visit this eve, {REL} very tearful. pt lives in {TOWN} w/ {REL2}.",
 "{REL} called x2, updated. can be reached at {PHONE}. {REL2} is HCP.",
 "pt is from {TOWN}, retired, worked at the {WORK}. {REL} visiting daily.",
 "lives alone at {STREET}, {TOWN}. {REL} is HCP, phone {PHONE} (h), {PHONE2} (w).",
 "wife called, wants to speak w/ {HCP}, gave her {HCP2}'s {PAGER}. {REL} to come in {DATE}.",
 "{REL} and {REL2} at bedside most of day. family mtg set for {DATE} w/ {HCP} and SW {STAFF}.",
 "pt's {REL} lives in {TOWN}, will be in tomorrow. chaplain {STAFF} in to see pt.",
 "{PT} is a {AGE} widow, lived at {REHAB} prior to admit. {REL} is HCP, ph {PHONE}.",
]
AP = [
 "A/P: cont current plan, wean vent as tol, keep pt comfortable. MD aware.",
 "A/P: stable. plan: transfer to floor when bed avail. full code.",
 "A/P: hypotension resolved w/ fluids. cont to monitor UO, lytes. dispo per team.",
 "A/P: CMO per family, MSO4 gtt for comfort, chaplain called. DNR.",
 "A/P: {AGE} w/ sepsis, improving. cont abx, wean levophed as tol. full code. dispo: plan transfer to {WARD} when bed avail.",
 "A/P: s/p CABG x3 {DATE}, POD 2. advance diet, OOB to chair. tx to {WARD} in AM. MD aware.",
 "A/P: CHF exac. diurese w/ lasix, goal I&O -1L. DNR/DNI per d/w {REL} and {HCP}. screen for {REHAB}.",
 "A/P: resp failure, cont vent support, f/u CXR. {HCP} to call {REL} re: trach/PEG. dispo to {REHAB} vs {HOSP}.",
 "A/P: GI bleed, transfused 2u PRBC, Hct 28.4 -> 31. scope {DATE}. full code. pager {HCP} {PAGER} for Hct < 25.",
 "A/P: DKA resolving, insulin gtt off at 0300, SQ lantus started. d/c planning w/ CM {STAFF}, home to {TOWN} w/ VNA.",
 "plan: transfer to {WARD} when bed avail. cont to monitor. CMO discussion pending {REL} arrival from {TOWN}.",
]
OPENERS = [
 "pt remains in MICU, hemodynamically stable overnight. full code.",
 "uneventful night. see flowsheet for VS/labs.",
 "pt POD 1 s/p AAA repair, hx PVD, CRI. see careview for details.",
 "{PT} remains on vent, no acute events overnight.",
 "{PT} is a {AGE} transferred from {HOSP} {DATE} w/ urosepsis. {MRN}.",
 "pt admitted {DATE} from {HOSP} ED, s/p fall at home in {TOWN}. PMH: HTN, DM, MI {YEAR}, TAH {YEAR}.",
 "{PT} transferred to {WARD} from MICU {DATE}. hx COPD, CABG {YEAR}.",
 "ADMIT NOTE: {PT}, {AGE}, from {REHAB} via EMS. PCP {HCP} ({PHONE}).",
 "received pt from {RN} at 0700. {PT} s/p ex-lap {DATE} at {HOSP}, transferred here {DATE2}.",
 "events: pt c/o CP at 0200, EKG done, {HCP} notified, troponin sent. {RN} aware.",
 "{PT} transferred from {HOSP} on {DATE}, hx of Parkinson's, Alzheimer's dementia, MI {YEAR}.",
 "note for {DATE}: {PT} remains in MICU bed 6, {REL} at bedside.",
]

PH_RE = re.compile(r"\{([A-Z_]+?)(\d?)\}")

def render(tmpl, pt):
    out = []
    pos = 0
    for m in PH_RE.finditer(tmpl):
        if m.start() > pos: out.append(N(tmpl[pos:m.start()]))
        key = m.group(1)
        if key == "PT_ref":
            out.append(N("her" if pt.sex == "F" else "his"))
            out[-1] = N("pt")  # keep simple: "asking for pt's dtr"
        else:
            out.extend(PH[key](pt))
        pos = m.end()
    if pos < len(tmpl): out.append(N(tmpl[pos:]))
    return out

def make_note(pt, k):
    pieces = []
    pieces += [N(pick(HEADER) + " "), *ctx_date(pt, k), N("\n")] if R.random() < .6 else [N(pick(HEADER) + "\n")]
    pieces += render(pick(OPENERS), pt) + [N("\n")]
    secs = ["Neuro", "CV", "Resp", "GI/GU"] + R.sample(["ID", "Skin"], R.randint(0, 2))
    for s in secs:
        label = s + ":" if R.random() < .8 else s.upper() + "-"
        body = [render(t, pt) for t in R.sample(SECTIONS[s], 1 if R.random() < .7 else 2)]
        pieces.append(N(label + " "))
        for j, b in enumerate(body):
            if j: pieces.append(N(" "))
            pieces += b
        pieces.append(N("\n"))
    pieces += [N("Social: ")] + render(pick(SOCIAL), pt) + [N("\n")]
    if R.random() < .15: pieces += [N("Social: ")] + render(pick(SOCIAL), pt) + [N("\n")]
    pieces += render(pick(AP), pt) + [N("\n")]
    sig = R.random()
    if sig < .35:
        nm = pick(pt.rns)
        pieces += [N("-- "), P(nm if R.random()<.7 else nm + " " + pick(LAST), "HCPName"), N(", RN\n")]
    # note-level case style
    c = R.random()
    style = "caps" if c < .2 else ("lower" if c < .35 else "mixed")
    text, gold = "", []
    for t, cat in pieces:
        if style == "caps": t = t.upper()
        elif style == "lower": t = t.lower()
        if cat: gold.append((len(text), len(text) + len(t), cat, t))
        text += t
    return text, gold

def main():
    pts = [Patient(i) for i in range(1, 41)]
    counts = [3] * 40
    for i in R.sample(range(40), 30): counts[i] += 1   # 120+30 = 150
    rec, gl = [], []
    total = 0
    for pt, n in zip(pts, counts):
        for k in range(1, n + 1):
            text, gold = make_note(pt, k)
            assert "|" not in text
            for s, e, c, t in gold:
                assert text[s:e] == t, (s, e, t)
                gl.append(f"{pt.id} {k} {s} {e} {c} {t}")
            rec.append(f"START_OF_RECORD={pt.id}||||{k}||||\n{text}||||END_OF_RECORD\n")
            total += 1
    open(os.path.join(HERE, "notes.text"), "w").write("\n".join(rec))
    open(os.path.join(HERE, "gold.phrase"), "w").write("\n".join(gl) + "\n")
    print("notes", total, "gold spans", len(gl))

main()
