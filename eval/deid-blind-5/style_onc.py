"""Style 2: oncology infusion visits and tumour-board summaries (mixed case)."""
import datetime

from core import (kin, cap, quoted_nick, P, Note, Person, R, ch, maybe, dr, title, town, loc, D, Y, rdate, phone, mrn, acct, ext, email)

CANCER_CENTERS = [("Cedar Bend Cancer Institute", "CBCI"), ("Harlow Valley Cancer Center", "HVCC"),
                  ("Mercy Ridge Infusion Center", "MRIC"), ("Kestrel Bay Oncology & Hematology", "KBOH")]
OUTSIDE = ["Quarry Hill Endoscopy", "Tolland General", "Marlow Heights University Hospital", "Pemberton Memorial Hospital",
           "Sumner Mills Medical Center", "Otter Creek VA Medical Center", "Bracken Surgical Associates"]

REGIMENS = [
    ("FOLFOX", "colon adenocarcinoma", [("oxaliplatin", "85 mg/m2"), ("leucovorin", "400 mg/m2"), ("5-FU", "400 mg/m2 bolus"),
                                        ("5-FU", "2400 mg/m2 CI over 46h")], 14),
    ("FOLFIRINOX", "pancreatic adenocarcinoma", [("oxaliplatin", "85 mg/m2"), ("irinotecan", "150 mg/m2"), ("leucovorin", "400 mg/m2"),
                                                 ("5-FU", "2400 mg/m2 CI over 46h")], 14),
    ("AC", "ER+/PR+ HER2- breast ca", [("doxorubicin", "60 mg/m2"), ("cyclophosphamide", "600 mg/m2")], 14),
    ("TCHP", "HER2+ breast ca", [("docetaxel", "75 mg/m2"), ("carboplatin", "AUC 6"), ("trastuzumab", "6 mg/kg"), ("pertuzumab", "420 mg")], 21),
    ("carbo/pem/pembro", "NSCLC adenocarcinoma, PD-L1 60%", [("carboplatin", "AUC 5"), ("pemetrexed", "500 mg/m2"), ("pembrolizumab", "200 mg")], 21),
    ("R-CHOP", "DLBCL", [("rituximab", "375 mg/m2"), ("cyclophosphamide", "750 mg/m2"), ("doxorubicin", "50 mg/m2"), ("vincristine", "1.4 mg/m2 (max 2)")], 21),
    ("gem/cis", "cholangiocarcinoma", [("gemcitabine", "1000 mg/m2"), ("cisplatin", "25 mg/m2"), ("durvalumab", "1500 mg")], 21),
    ("nivolumab", "metastatic melanoma", [("nivolumab", "480 mg")], 28),
    ("weekly paclitaxel", "ovarian ca, plat-resistant", [("paclitaxel", "80 mg/m2"), ("bevacizumab", "10 mg/kg")], 7),
    ("daratumumab/len/dex", "multiple myeloma", [("daratumumab SC", "1800 mg"), ("dexamethasone", "40 mg")], 28),
]
PREMEDS = ["ondansetron 16 mg IV", "dexamethasone 12 mg IV", "fosaprepitant 150 mg IV", "diphenhydramine 25 mg IV",
           "famotidine 20 mg IV", "acetaminophen 650 mg PO", "palonosetron 0.25 mg IV", "olanzapine 5 mg PO qhs x3d (home)"]


class OncPatient:
    def __init__(self):
        self.pt = Person("PTName")
        self.age = R.randint(31, 97)
        self.dob = datetime.date(2026 - self.age, R.randint(1, 12), R.randint(1, 28))
        self.reg = ch(REGIMENS)
        self.center = ch(CANCER_CENTERS)
        self.onc = Person("HCPName")
        self.np = Person("HCPName", "F")
        self.rn = Person("HCPName")
        self.pharm = Person("HCPName")
        self.rel, self.relk = kin(["wife", "husband", "daughter", "son", "partner", "sister", "friend", "niece"])
        self.mrn = mrn()
        self.start = rdate(datetime.date(2025, 1, 1), datetime.date(2026, 9, 1))
        self.cycle = R.randint(1, 8)
        self.bsa = round(R.uniform(1.45, 2.35), 2)
        self.wt = round(R.uniform(44, 128), 1)
        self.dx_date = self.start - datetime.timedelta(days=R.randint(14, 90))
        self.outside = ch(OUTSIDE)
        self.outdoc = Person("HCPName")
        self.pump = P(f"{ch(['CADD', 'SN ', 'S/N ', ''])}{R.randint(1000000, 99999999)}", "Other")
        self.path = P(f"{ch(['S', 'SP', 'CB'])}{R.randint(24, 26)}-{R.randint(100, 39999)}", "Other")
        self.town = town()


def age_str(n, pt):
    a = pt.age
    if a > 89:
        return [P(str(a), "Age"), ch([" yo ", "-year-old ", " y/o ", "yo "])]
    return [str(a), ch([" yo ", "-year-old ", " y/o ", "yo "])]


def labs(n, pt, d):
    n.line("Labs {d}: WBC {w}  ANC {a}  Hgb {h}  Plt {p}  Cr {c}  AST/ALT {ast}/{alt}  Tbili {tb}",
           d=D(d, short=True) if maybe(0.8) else "today", w=round(R.uniform(2.1, 11), 1), a=round(R.uniform(0.6, 8), 1),
           h=round(R.uniform(7.8, 14), 1), p=R.randint(48, 410), c=round(R.uniform(0.5, 1.9), 2), ast=R.randint(12, 140),
           alt=R.randint(9, 160), tb=round(R.uniform(0.2, 2.4), 1))
    if maybe(0.4):
        n.line("  Mg {m}, K {k}, TSH {t}, CEA {c}", m=round(R.uniform(1.2, 2.4), 1), k=round(R.uniform(3.1, 5.2), 1),
               t=round(R.uniform(0.2, 9), 2), c=round(R.uniform(1, 80), 1))


def infusion(n, pt, cyc, day):
    c = pt.center
    d = pt.start + datetime.timedelta(days=(cyc - 1) * pt.reg[3] + day - 1)
    n.line(ch(["{c} - Infusion Nursing Note", "INFUSION VISIT  {c}", "{c} Chemo Treatment Note"]), c=loc(c[0] if maybe(0.5) else c[1]))
    n.line("{nm}   MRN {m}   DOB {dob}   Visit {d}", nm=ch([pt.pt.lf, pt.pt.full, lambda: cap(pt.pt.lf()), lambda: cap(pt.pt.lfm())])(), m=pt.mrn,
           dob=D(pt.dob, ch(["mm/dd/yyyy", "m/d/yyyy"])), d=D(d, ch(["m/d/yyyy", "mm/dd/yy", "d-Mon-yyyy"])))
    if maybe(0.5):
        n.line("{a}{s}, {dx} dx {d}, {line}", a=age_str(n, pt), s=ch(["M", "male"] if pt.pt.sex == "M" else ["F", "female"]), dx=pt.reg[1].split(",")[0],
               d=D(pt.dx_date, ch(["m/d/yy", "Mon d, yyyy", "mm/dd/yyyy"])), line=ch(["1st line", "2nd line after progression", "adjuvant", "neoadjuvant", "maintenance"]))
    n.line("Regimen: {r} C{c}D{dd}  (q{q}d)   Dx: {dx}", r=pt.reg[0], c=cyc, dd=day, q=pt.reg[3], dx=pt.reg[1])
    n.line("Treating onc: {o}   Ht {h} cm  Wt {w} kg  BSA {b} m2", o=dr(pt.onc), h=R.randint(150, 192), w=pt.wt, b=pt.bsa)
    n.line("VS: T {t} HR {hr} BP {bp} RR {rr} SpO2 {o}% RA  Pain {p}/10", t=ch(["36.6", "36.9", "37.2", "98.4", "97.9"]), hr=R.randint(58, 112),
           bp=f"{R.randint(96, 168)}/{R.randint(54, 98)}", rr=R.randint(12, 20), o=R.randint(92, 100), p=R.randint(0, 7))
    labs(n, pt, d - datetime.timedelta(days=ch([0, 0, 1, 2])))
    n.line("Tox review (CTCAE v5): fatigue gr {f}, nausea gr {na}, neuropathy gr {ne}, diarrhea gr {di}, mucositis gr {mu}",
           f=R.randint(0, 2), na=R.randint(0, 2), ne=R.randint(0, 2), di=R.randint(0, 3), mu=R.randint(0, 1))
    if maybe(0.4):
        if maybe(0.3):
            n.line("Per {d}'s note {dd}, {x}.", d=ch([["Dr. ", pt.onc.last_()], ["Dr ", pt.onc.full()], [pt.np.full()]]),
                   dd=D(pt.start + datetime.timedelta(days=R.randint(0, 20)), ch(["m/d", "Mon d"])),
                   x=ch(["dose-reduce oxaliplatin 20% if neuropathy gr 2", "ok to treat w/ ANC >= 1.0", "hold for plt < 75", "continue same doses"]))
        n.line("Pt reports {x}.", x=ch(["cold sensitivity x3 days after oxali", "rash on face, using doxy", "appetite poor, wt down 2 kg",
                                         "mouth sores, using magic mouthwash", "slept poorly after dex"]))
    n.line("Access: {a}", a=ch(["R chest port accessed w/ 20G 3/4\" Huber, +blood return, flushed w/o difficulty",
                                "L SC port, 20g 1\" needle, brisk blood return", "PIV 22G L FA x1 attempt", "PICC R basilic, 5Fr DL, ext length 1 cm, flushed"]))
    n.line("Premeds given at {t}: {p}", t=f"{R.randint(8, 11):02d}{ch(['05', '15', '20', '40', '50'])}", p=", ".join(R.sample(PREMEDS, R.randint(2, 4))))
    n.line("Treatment (verified w/ 2nd RN {r2}, orders signed by {o}):", r2=Person("HCPName").il(), o=ch([["Dr. ", pt.onc.last_()], pt.np.full()]))
    clock = datetime.datetime(2026, 1, 1, R.randint(8, 11), R.randint(0, 59))
    for drug, dose in pt.reg[2]:
        num = float(dose.split()[0]) if dose[0].isdigit() else 0
        if "mg/m2" in dose:
            amt = round(num * pt.bsa)
        elif "mg/kg" in dose:
            amt = round(num * pt.wt)
        elif dose.startswith("AUC"):
            amt = R.randint(350, 820)
        else:
            amt = round(num)
        mins = 0 if "push" in dose or "bolus" in dose else ch([15, 30, 60, 90, 120, 180])
        route = "IV push" if mins == 0 else ("CADD" if "CI" in dose else ch(["IV", "IVPB"]))
        end = clock + datetime.timedelta(minutes=mins or 3)
        n.line("  {dr} {ds} = {a} mg {route}  start {s} / end {e}", dr=drug, ds=dose, a=amt, route=route,
               s=clock.strftime("%H%M"), e=end.strftime("%H%M") if "CI" not in dose else "home")
        clock = end + datetime.timedelta(minutes=R.randint(2, 10))
    if any("CI" in dose for _, dose in pt.reg[2]):
        n.line("  Home CADD pump {s} connected, rate {r} mL/hr, disconnect {d} at {t} (home health: {hh}, {ph})",
               s=pt.pump, r=round(R.uniform(1.5, 5.2), 1), d=D(d + datetime.timedelta(days=2), short=True),
               t=f"{R.randint(9, 16):02d}00", hh=loc(ch(["Valley Home Infusion", "Calder Home Infusion", "Tri-County Home Health"])), ph=phone())
    n.line("Tolerated {x}. {r}", x=ch(["well", "w/o reaction", "- mild flushing w/ " + pt.reg[2][-1][0] + ", resolved w/ slowing rate"]),
           r=ch(["Port deaccessed, heparin lock.", "D/c home ambulatory.", "D/c home w/ " + pt.relk + "."]))
    if maybe(0.5):
        n.line("Accompanied by {k} {nm}{x}", k=pt.relk, nm=ch([pt.rel.full, pt.rel.first_, lambda: quoted_nick(pt.rel)])(),
               x=ch(["", [" - best contact ", phone()], [" (drove in from ", pt.town, ")"]]))
    nd = d + datetime.timedelta(days=pt.reg[3])
    n.line("Next: C{c}D1 {d}{x}", c=cyc + 1, d=D(nd, short=True), x=ch(["", " w/ labs same day", ", MD visit prior", " pending restaging CT"]))
    if maybe(0.3):
        n.line("Neulasta OBI applied {side} arm, to deploy ~27h ({d} ~{t})", side=ch(["L", "R"]), d=D(d + datetime.timedelta(days=1), "wd m/d"),
               t=f"{R.randint(1, 11)}{ch(['am', 'pm', ' PM'])}")
    n.line("{rn}, RN, OCN{x}", rn=pt.rn.full(), x=ch(["", ["  x", ext()], ["  (", email(pt.rn), ")"]]))


def tumour_board(n, cases):
    center = ch(CANCER_CENTERS)
    d = rdate(datetime.date(2025, 3, 1), datetime.date(2026, 11, 20))
    n.line(ch(["Multidisciplinary {k} Tumor Board - {c}", "{c} {k} TUMOR BOARD SUMMARY", "{k} Tumour Board, {c}"]),
           k=ch(["GI", "Thoracic", "Breast", "Heme", "General", "Hepatobiliary"]), c=loc(center[0]))
    n.line("Date: {d}   Location: {r}", d=D(d, ch(["m/d/yyyy", "Month d, yyyy", "Wd, Month d", "mm/dd/yyyy"])),
           r=ch(["Conf Rm 3B / Teams", "hybrid", "4th floor conference room", "virtual"]))
    att = [Person("HCPName") for _ in range(R.randint(3, 6))]
    roles = ["Med Onc", "Rad Onc", "Surg Onc", "Pathology", "Radiology", "Nurse Navigator", "Genetics", "Palliative"]
    R.shuffle(roles)
    n.add("Attendees: ")
    for i, a in enumerate(att):
        n.add(ch([[a.full()], ["Dr. ", a.last_()], [a.il()]]))
        n.add(f" ({roles[i]})")
        n.add(", " if i < len(att) - 1 else "\n")
    n.lines += 1
    n.line("Presenter: {p}", p=dr(att[0]))
    n.line()
    for ci, pt in enumerate(cases):
        n.line("Case {i}: {nm} ({ini}) MRN {m}", i=ci + 1, nm=pt.pt.lf(), ini=pt.pt.initials(), m=pt.mrn)
        n.line("{a}{s} with {dx}, ECOG {e}.", a=age_str(n, pt), s=ch(["M", "man"] if pt.pt.sex == "M" else ["F", "woman"]), dx=pt.reg[1], e=R.randint(0, 3))
        n.line("Dx {d} by {how} at {o} ({doc}); path {acc}: {p}", d=D(pt.dx_date, short=True),
               how=ch(["colonoscopy", "EBUS", "core bx", "CT-guided bx", "excisional LN bx", "EUS-FNA"]), o=loc(pt.outside),
               doc=dr(pt.outdoc), acc=pt.path, p=ch(["mod diff adenoca, MMR proficient", "grade 2 IDC, ER 95% PR 40% HER2 1+",
                                                       "DLBCL, GCB type, Ki-67 80%", "adenoca, KRAS G12C, PD-L1 TPS 60%", "poorly diff, MSI-H"]))
        n.line("Staging: {st}. {img} {d}: {f}", st=ch(["cT3N1M0", "pT2N0", "stage IIIB", "stage IV (liver, bone)", "Ann Arbor IIA", "cT2N1M0, anatomic stage IIB"]),
               img=ch(["PET/CT", "CT CAP", "MRI pelvis", "MRI brain"]), d=D(pt.dx_date + datetime.timedelta(days=R.randint(3, 20)), short=True),
               f=ch(["no distant mets", "2 hepatic lesions, largest 2.3 cm", "FDG-avid mediastinal nodes, SUV 9.1", "mesorectal fascia threatened"]))
        if maybe(0.5):
            n.line("PMH: {p}. Prior hx of {h} treated at {o} in {y}.", p=ch(["CAD s/p PCI", "DM2, CKD3a", "COPD", "HTN, HLD"]),
                   h=ch(["breast ca", "prostate ca (RT)", "Hodgkin lymphoma", "melanoma of back"]), o=loc(ch(OUTSIDE)), y=Y(R.randint(1994, 2021), short=maybe(0.2)))
        if maybe(0.4):
            n.line("Germline: {g}. Family hx: {r} with {c} at {a}.", g=ch(["negative 84-gene panel", "BRCA2 pathogenic", "pending (Invitae)", "Lynch (MLH1)"]),
                   r=ch(["mother", "father", "sister", "paternal aunt"]), c=ch(["ovarian ca", "colon ca", "pancreatic ca"]), a=R.randint(38, 79))
        n.line("Discussion: {d}", d=ch(["Consensus for TNT per RAPIDO-like approach, then TME.", "Not a surgical candidate given comorbidities; SBRT vs systemic.",
                                         "Neoadjuvant " + pt.reg[0] + " x4 then restage; consider trial NCT0" + str(R.randint(4000000, 6999999)) + ".",
                                         "Recommend upfront resection; Whipple eval w/ " + ch(["Dr. Q", "HPB surgery"]) + ".",
                                         "Pt prefers care closer to home."]).replace("Dr. Q", "HPB surgeon"))
        n.line("Recs: {r}", r=ch(["1) " + pt.reg[0] + " 2) repeat MRI after C4 3) genetics referral", "1) RT 50.4 Gy/28 fx w/ cape 2) re-present after",
                                  "1) biopsy liver lesion 2) NGS on tissue", "1) palliative care referral 2) " + pt.reg[0]]))
        if maybe(0.5):
            n.line("Navigator {nv} to call pt at {ph} and coordinate w/ {o}.", nv=ch([Person("HCPName", "F").full(), ["RN ", Person("HCPName").first_()]]),
                   ph=phone(), o=ch([["Dr. ", pt.outdoc.last_()], loc(pt.outside)]))
        n.line()
    n.line("Minutes recorded by {s}. NCCN guidelines reviewed for all cases.", s=ch([Person("HCPName").full(), ["tumor registrar ", Person("HCPName").il()]]))


def generate():
    notes = []
    pts = []
    pid = 5200
    while len(notes) < 34:
        pid += R.randint(1, 5)
        pt = OncPatient()
        pt.pid = str(pid)
        pts.append(pt)
        k = R.randint(1, 3)
        cyc = pt.cycle
        for i in range(k):
            n = Note(typos=ch([0, 0, 0.04, 0.12]))
            infusion(n, pt, cyc + i, ch([1, 1, 1, 8, 15]))
            notes.append((pt.pid, str(i + 1), n))
            pt.nnotes = i + 1
    notes = notes[:34]
    while len(notes) < 40:
        cases = R.sample(pts, R.randint(2, 5))
        n = Note(typos=ch([0, 0, 0.04, 0.12]))
        tumour_board(n, cases)
        pid += R.randint(1, 5)
        notes.append((str(pid), "1", n))
    R.shuffle(notes)
    return notes
