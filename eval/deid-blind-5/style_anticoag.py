"""Style 5: pharmacy / anticoagulation clinic telephone notes (INR tables, dates, phones, pharmacies)."""
import datetime

from core import (kin, P, Note, Person, R, ch, maybe, town, street, loc, D, Y, dfmt, rdate, phone, ext, mrn, email, hospital)

PHARMACIES = ["Hollis Drug", "Kettering Pharmacy", "MedMart Pharmacy #2231", "Valley Rx", "Corner Apothecary of Whitcomb",
              "Sumner Mills Family Pharmacy", "Pell & Sons Drugs", "QuickScript #0418", "HVH Outpatient Pharmacy", "Birch Run Pharmacy"]
CLINICS = ["Harlow Valley Anticoagulation Clinic", "SBMC Coumadin Clinic", "Lakeshore Cardiology Group", "Bracken Internal Medicine Associates",
           "Mercy Ridge Anticoag Service"]
IND = ["afib (CHA2DS2-VASc 4)", "a-fib", "DVT LLE provoked", "PE", "mechanical AVR (On-X)", "mechanical MVR", "LV thrombus",
       "recurrent VTE", "paroxysmal AF, HAS-BLED 3", "APLS"]
DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]


class AcPatient:
    def __init__(self):
        self.pt = Person("PTName")
        self.age = ch([R.randint(38, 89), R.randint(60, 89), R.randint(90, 99)])
        self.ind = ch(IND)
        self.goal = "2.5-3.5" if "mech" in self.ind else ch(["2.0-3.0", "2-3"])
        self.pharm = ch(PHARMACIES)
        self.pharm_ph = phone()
        self.clinic = ch(CLINICS)
        self.pharmacist = Person("HCPName")
        self.md = Person("HCPName")
        self.cg, self.cgk = kin(["daughter", "son", "wife", "husband", "caregiver", "granddaughter", "home aide", "POA"])
        self.home = phone()
        self.cell = phone()
        self.mrn = mrn()
        self.tab = ch([5, 5, 2.5, 3, 4, 6, 7.5, 1, 2])
        self.dose = self.tab * ch([6, 6.5, 7, 7.5])
        self.start = rdate(datetime.date(2025, 1, 1), datetime.date(2026, 8, 1))
        self.hist = []
        d = self.start
        for _ in range(ch([R.randint(3, 9), R.randint(3, 6), R.randint(10, 16)])):
            d = d + datetime.timedelta(days=ch([7, 7, 14, 14, 21, 28, 28, 35]))
            self.hist.append((d, round(R.uniform(1.3, 4.8), 1), self.dose + ch([0, 0, 0, -2.5, 2.5, -5, 5])))
        self.rx = P(f"{ch(['', 'Rx ', 'RX#'])}{R.randint(1000000, 9999999)}", "Other")
        self.lab = ch([[loc("Quarry Hill"), " lab draw station"], [loc("HVH"), " lab"], [loc("Ashby Crossing Health Center")], "home INR (CoaguChek) monitor", "clinic POC"])


def regimen(pt):
    t = pt.tab
    k = R.randrange(3)
    if k == 0:
        a, b = sorted(R.sample(range(7), 2))
        return f"{t} mg tab: take 1 tab daily except 1/2 tab {DAYS[a]} & {DAYS[b]}"
    if k == 1:
        a, b = sorted(R.sample(range(7), 2))
        return f"{t} mg daily except {t * 1.5:g} mg {DAYS[a]}/{DAYS[b]}"
    return f"{pt.dose:g} mg/wk ({t} mg tabs: 1 tab Su-Th, 1.5 tab F/Sa)"


def table(n, pt, upto):
    """INR history up to the row `upto` (exclusive); short notes show only the last few rows."""
    f = ch(["mm/dd/yy", "m/d/yy", "m/d", "mm/dd/yyyy", "d-Mon-yyyy"])
    first = max(0, upto - ch([3, 4, 6, 16]))
    n.line(ch(["Date       INR   Wkly dose  Comment", "DATE | INR | TWD (mg) | Action", "date     inr   dose/wk   notes"]))
    for d, inr, dose in pt.hist[first:upto]:
        n.line("{d}  {i}   {w}   {c}", d=D(d, f), i=inr, w=f"{dose:g}", c=ch(["no change", "held x1", "incr 10%", "decr 5%", "missed doses", "abx (bactrim)", "", "", "recheck 1 wk"]))


def phone_note(n, pt, k, nnotes):
    idx = max(0, len(pt.hist) - nnotes + k)  # the k-th call of nnotes falls on this INR; later rows are not known yet
    d, inr, dose = pt.hist[idx]
    n.line(ch(["{c} - Telephone Encounter", "ANTICOAGULATION TELEPHONE NOTE  ({c})", "{c}: phone f/u"]), c=loc(pt.clinic))
    n.line("Pt: {nm}   DOB {dob}   MRN {m}", nm=ch([pt.pt.lf, pt.pt.full, pt.pt.lfm])(),
           dob=D(datetime.date(d.year - pt.age, R.randint(1, 12), R.randint(1, 28)), ch(["mm/dd/yyyy", "m/d/yyyy"])), m=pt.mrn)
    agep = [P(str(pt.age), "Age"), " yo"] if pt.age > 89 else [str(pt.age), " yo"]
    n.line("Age {a}  Indication: {i}  Goal INR {g}  Agent: warfarin{b}", a=agep, i=pt.ind, g=pt.goal, b=ch(["", " (Jantoven)", " (Coumadin brand)"]))
    if maybe(0.45):
        n.line("{x}", x=ch([["On warfarin since ", Y(R.randint(2004, 2024)), "; enrolled in clinic ", D(pt.start, ch(["m/d/yy", "Month d, yyyy"])), "."],
                             ["Valve: ", ch(["On-X AVR", "St. Jude MVR", "mechanical AVR"]), " ", Y(R.randint(1998, 2023)), " at ", hospital(), "."],
                             ["Hx GI bleed ", Y(R.randint(2010, 2024), short=maybe(0.4)), " on warfarin; HAS-BLED 3."],
                             ["Prior DVT ", Y(R.randint(2001, 2022)), " after R TKA; PE ", Y(R.randint(2015, 2025)), "."]]))
    n.line("Date/time of call: {d} {t}", d=D(d, ch(["m/d/yyyy", "mm/dd/yy", "Mon d, yyyy"])), t=ch(["10:42", "1415", "3:05 pm", "0915", "16:20"]))
    w = R.randrange(5)
    if w == 0:
        n.line("Called pt at home {ph}, pt identified w/ name + DOB.", ph=pt.home)
    elif w == 1:
        n.line("Spoke w/ {k} {nm} (on HIPAA form) at {ph}.", k=pt.cgk, nm=pt.cg.full(), ph=pt.cell)
    elif w == 2:
        n.line("No answer at {ph}; left VM to call back at {c} x{e}. Tried cell {c2} - VM full.", ph=pt.home, c=phone(), e=ext(), c2=pt.cell)
    elif w == 3:
        n.line("Pt called in to clinic line; call back # {ph}.", ph=pt.cell)
    else:
        n.line("Incoming call from {p} ({ph}) re: INR result.", p=ch([loc(pt.pharm), ["pharmacist ", Person("HCPName").full(), " at ", loc(pt.pharm)]]), ph=pt.pharm_ph)
    n.line("INR today: {i} ({src})", i=inr, src=ch([pt.lab, "POC fingerstick", "venous"]))
    n.line("Current regimen: {r} = {w} mg/wk", r=regimen(pt), w=f"{pt.dose:g}")
    n.line("Assessment questions:")
    for q in R.sample(["- missed/extra doses: " + ch(["none", "missed Sat dose", "took extra 1/2 tab Tues by mistake", "denies"]),
                       "- s/sx bleeding: " + ch(["denies", "gum bleeding w/ brushing", "bruising on arms", "nosebleed x1 lasted 5 min"]),
                       "- s/sx clot: denies CP/SOB/leg swelling",
                       "- diet: " + ch(["no change", "ate more salads this wk", "started Ensure 2x/day", "poor appetite"]),
                       "- ETOH: " + ch(["none", "2-3 beers on weekend", "occasional wine"]),
                       "- new meds: " + ch(["none", "started amiodarone 200 mg", "Bactrim DS x7d from urgent care", "fluconazole x1", "stopped rifampin"]),
                       "- upcoming procedures: " + ch(["none", "colonoscopy", "dental extraction", "cataract surgery L eye"])], R.randint(3, 6)):
        n.line(q)
    if maybe(0.5):
        if maybe(0.5):
            n.line("Procedure {p} on {d} w/ {doc} at {where}: {plan}", p=ch(["colonoscopy", "TURP", "dental extraction", "R TKA"]),
                   d=D(d + datetime.timedelta(days=R.randint(7, 30)), ch(["m/d", "Month d", "Mon d", "wd m/d"])),
                   doc=ch([["Dr. ", Person("HCPName").last_()], ["Dr ", Person("HCPName").full()]]), where=ch([hospital(short=True), loc("Quarry Hill Endoscopy"), loc("Bracken Oral Surgery")]),
                   plan=ch(["hold warfarin 5 days prior, no bridge", "enoxaparin bridge 1 mg/kg BID, last dose 24h pre-op", "continue warfarin, INR check 2 days prior"]))
    table(n, pt, idx + 1)
    lo, hi = (2.5, 3.5) if pt.goal.startswith("2.5") else (2.0, 3.0)
    if inr > 4.5:
        plan = "INR " + str(inr) + " > 4.5, no bleeding: hold x2 doses, recheck 3 days"
    elif inr > hi:
        plan = ch(["INR supratherapeutic - hold tonight's dose then resume w/ 10% decrease", "slightly high, likely abx - no change, recheck 1 wk"])
    elif inr < lo:
        plan = ch(["INR subtherapeutic - take extra 1/2 tab tonight and tomorrow, then resume", "low - boost x1 then incr weekly dose 5-10%"])
    else:
        plan = "INR therapeutic - continue current dose"
    n.line("Plan: {p}", p=plan)
    cur = pt.hist[idx][2]
    new = cur * 0.9 if inr > hi else cur * 1.075 if inr < lo else cur
    new = round(new * 2) / 2
    n.line("New weekly dose {w} mg. Next INR {d} at {lab}.", d=D(d + datetime.timedelta(days=ch([3, 7, 14, 28])), ch(["m/d", "mm/dd", "m/d/yy", "wd m/d", "Month d"])), lab=pt.lab, w=f"{new:g}")
    if maybe(0.6):
        n.line("Refill: {rx} sent to {p} ({ph}){x}", rx=ch([[pt.rx], ["warfarin ", str(pt.tab), " mg #90 x1 rf"]]), p=loc(pt.pharm), ph=pt.pharm_ph,
               x=ch(["", [", fax ", phone()], ", on file", [" (store on ", street(), ")"], [" in ", town()]]))
    if maybe(0.3):
        n.line("MyChart msg sent to pt; pt email on file {e}.", e=email(pt.pt))
    if maybe(0.3):
        n.line("Routed to {md} (PCP) FYI{x}.", md=["Dr. ", pt.md.last_()] if maybe(0.5) else [pt.md.full(), " MD"], x=ch(["", " - ok w/ plan per reply", " and Dr. on call"]))
    if w == 2:
        n.line("Plan to be given on call back; letter mailed to address on file ({a}, {t}).", a=street(), t=town())
    else:
        n.line("Pt/{k} verbalized understanding, repeated instructions back.", k=pt.cgk)
    n.line("{s}", s=ch([[pt.pharmacist.full(), ", PharmD, CACP"], [pt.pharmacist.il(), " PharmD  ext ", ext()], [pt.pharmacist.fml(), ", RPh"],
                         ["-", pt.pharmacist.initials(), " PharmD"]]))
    if maybe(0.25):
        n.line("cc: {md}; {p} fax {ph}", md=pt.md.lf(), p=loc(pt.pharm), ph=phone())


def doac(n, pt):
    d = pt.hist[-1][0] + datetime.timedelta(days=R.randint(5, 40))
    n.line("{c}", c=loc(pt.clinic))
    n.line("Pharmacist Telephone Note - warfarin to DOAC transition  {d}", d=D(d, ch(["m/d/yyyy", "Month d, yyyy"])))
    n.line("{nm} ({m})", nm=pt.pt.lf(), m=pt.mrn)
    n.line("Indication {i}. Referred by {md} after INR lability (TTR {t}% over 6 mo).", i=pt.ind, md=["Dr. ", pt.md.last_()], t=R.randint(28, 58))
    n.line("Wt {w} kg, SCr {s} ({sd}), CrCl {c} mL/min, Hgb {h}, Plt {p}", w=R.randint(45, 120), s=round(R.uniform(0.6, 2.2), 2), sd=D(d - datetime.timedelta(days=R.randint(1, 14)), short=True),
           c=R.randint(18, 95), h=round(R.uniform(9, 15), 1), p=R.randint(110, 390))
    n.line("Interactions: {x}", x=ch(["none significant", "diltiazem - monitor", "carbamazepine - avoid DOAC", "ASA 81 - d/w cards re stopping"]))
    table(n, pt, len(pt.hist))
    n.line("Plan: stop warfarin {d1}; start apixaban {dose} BID when INR < 2 (check {d2}).", d1=D(d, short=True),
           dose=ch(["5 mg", "2.5 mg (age>=80 + wt<=60)"]), d2=D(d + datetime.timedelta(days=3), short=True))
    n.line("Copay ${c}/mo at {p}; {x}", c=R.randint(0, 140), p=loc(pt.pharm), x=ch(["free trial card given", "pt approved for manufacturer assistance", "ok per pt"]))
    n.line("Counseled {w} on bleeding precautions, missed dose instructions, no NSAIDs.", w=ch(["pt", ["pt and ", pt.cgk, " ", pt.cg.first_()]]))
    n.line("Anticoag clinic will d/c warfarin monitoring after {d}.", d=D(d + datetime.timedelta(days=7), ch(["m/d", "mm/dd/yy"])))
    n.line("{s}, PharmD  {ph}", s=pt.pharmacist.full(), ph=ch([phone(), ["x", ext()]]))


def generate():
    notes = []
    pid = 5500
    while len(notes) < 40:
        pid += R.randint(1, 8)
        pt = AcPatient()
        k = min(R.randint(1, 3), 40 - len(notes))
        for i in range(k):
            n = Note(typos=ch([0, 0, 0.04, 0.12]))
            phone_note(n, pt, i, k)
            notes.append((str(pid), str(i + 1), n))
        if len(notes) < 40 and maybe(0.3):
            n = Note(typos=ch([0, 0, 0.04, 0.12]))
            doac(n, pt)
            notes.append((str(pid), str(k + 1), n))
    return notes
