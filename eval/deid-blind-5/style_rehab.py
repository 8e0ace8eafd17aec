"""Style 4: physical / occupational therapy daily notes (lower case heavy, home layout, family)."""
import datetime

from core import (kin, P, Note, Person, R, ch, maybe, town, street, address, hospital, loc, D, Y, rdate, phone, mrn, NURSING)

HH = ["valley home health", "Tri-County Home Health", "amedisys of calder", "VNA of Kestrel Bay", "bayada"]
OP = ["Quarry Hill PT", "ProMotion Physical Therapy of Bracken", "Ashby Crossing Rehab & Sports Med", "Harlow Valley Outpatient Rehab"]
DX = [("r tka", "right total knee arthroplasty"), ("l tha", "left total hip arthroplasty, posterior approach"),
      ("cva w/ l hemiparesis", "right MCA stroke"), ("deconditioning", "debility after prolonged hospitalization (covid pna)"),
      ("l hip fx s/p orif", "left intertrochanteric fracture s/p IMN"), ("parkinson's disease", "parkinson disease, H&Y stage 3"),
      ("r rotator cuff repair", "R RCR (supraspinatus), sling x6 wk"), ("lumbar fusion l4-5", "L4-5 TLIF"),
      ("bka l", "left transtibial amputation"), ("chf exacerbation / debility", "CHF exacerbation")]
RELK = ["daughter", "son", "wife", "husband", "dtr", "grandson", "granddaughter", "son-in-law", "neighbor", "sister", "partner"]


def lc(p, prob=0.5):
    """Therapy notes often type names in lower case."""
    if maybe(prob):
        return P(p.text.lower(), p.cat)
    return p


class RehabPatient:
    def __init__(self):
        self.pt = Person("PTName")
        self.age = ch([R.randint(41, 88), R.randint(60, 88), R.randint(90, 101)])
        self.dx = ch(DX)
        self.rel, self.relk = kin(RELK)
        self.rel2, self.rel2k = kin(RELK)
        self.ther = Person("HCPName")
        self.ot = Person("HCPName")
        self.pta = Person("HCPName")
        self.surgeon = Person("HCPName")
        self.setting = ch(["inpt", "snf", "hh", "op"])
        self.hosp = ch([("St. Brigid's Medical Center", "SBMC"), ("Harlow Valley Hospital", "HVH"), ("Kestrel Bay Community Hospital", "KBCH"),
                        ("Tolland General", "TG"), ("Pemberton Memorial Hospital", "Pemberton Memorial")])
        self.hh = ch(HH)
        self.facility = ch(NURSING) if self.setting == "snf" else ch(OP)
        self.town = town()
        self.addr = street()
        self.surg = rdate(datetime.date(2025, 1, 1), datetime.date(2026, 10, 1))
        self.visit = self.surg + datetime.timedelta(days=R.randint(1, 30))
        self.stairs = R.randint(0, 16)
        self.mrn = mrn()
        self.ph = phone()


def hdr(n, pt, k):
    if pt.setting == "inpt":
        n.line("{h} - {d} daily note", h=loc(pt.hosp[1] if maybe(0.5) else pt.hosp[0]), d=ch(["pt", "ot", "PT/OT", "physical therapy"]))
    elif pt.setting == "snf":
        n.line("{f} rehab dept - therapy daily note", f=lc(loc(pt.facility), 0.4))
    elif pt.setting == "hh":
        n.line("{h} home visit note - {d}", h=lc(loc(pt.hh), 0.3), d=ch(["pt", "ot"]))
    else:
        n.line("{f} daily note", f=loc(pt.facility))
    n.line("pt: {nm}  mrn {m}  dos {d}  visit {k} of {t}", nm=lc(ch([pt.pt.lf, pt.pt.full])(), 0.5), m=pt.mrn,
           d=D(pt.visit + datetime.timedelta(days=2 * k), ch(["m/d/yy", "mm/dd/yyyy", "m/d", "m/d/yyyy"])), k=k + 1, t=R.randint(8, 24))
    agep = [P(str(pt.age), "Age"), ch([" yo", "yo", " y/o", " year old"])] if pt.age > 89 else [str(pt.age), ch([" yo", "yo", " y/o", " year old"])]
    n.line("dx: {d}  ({a} {s})  onset/surgery {o}{by}", d=pt.dx[0], a=agep, s=ch(["m", "male"] if pt.pt.sex == "M" else ["f", "female"]), o=D(pt.surg, ch(["m/d", "m/d/yy", "mm/dd/yy"])),
           by=ch(["", [" - dr ", lc(pt.surgeon.last_(), 0.6)], [" (", lc(pt.surgeon.il(), 0.4), " md)"]]))


def subjective(n, pt):
    n.line("s: {x}", x=ch([
        "pt reports pain " + str(R.randint(0, 9)) + "/10 in " + ch(["r knee", "l hip", "low back", "shoulder"]) + ", took norco ~1 hr before session. slept poorly.",
        ["pt states \"i just want to get home to my cat\". ", pt.relk, " ", lc(pt.rel.call(), 0.7), " visited last night."],
        "pt pleasant, agreeable. denies dizziness/sob. reports 2 falls in past 6 mo at home.",
        ["pt c/o fatigue after dialysis yesterday. ", pt.relk, " present and asking about d/c date."],
        "pt tearful re: progress, encouraged. pain 6/10 w/ movement 3/10 at rest.",
        "no new complaints. pt was up in chair for breakfast per nsg."]))


def objective(n, pt):
    n.line("o:")
    n.line("vitals: bp {bp} pre / {bp2} post, hr {h}, spo2 {o}% ra{x}", bp=f"{R.randint(96, 172)}/{R.randint(52, 98)}",
           bp2=f"{R.randint(96, 172)}/{R.randint(52, 98)}", h=R.randint(58, 118), o=R.randint(88, 99), x=ch(["", " -> 91% w/ amb", ", 2L nc"]))
    n.line("bed mobility: {a} supine<>sit w/ {b}", a=ch(["sba", "min a", "mod a x1", "cga", "mod i", "max a x2"]), b=ch(["hob elevated, rail", "vc for sequencing", "log roll", "no rails"]))
    n.line("transfers: sit<>stand {a} from {b}; stand pivot to w/c {c}", a=ch(["min a", "cga", "sba", "mod a"]),
           b=ch(["18\" surface", "bed height", "recliner w/ arms", "toilet w/ grab bar"]), c=ch(["cga", "min a", "mod a", "sba"]))
    n.line("gait: {d} ft x{r} w/ {dev}, {a}; {q}", d=R.randint(10, 400), r=R.randint(1, 3), dev=ch(["fww", "rw", "sbqc", "lbqc", "no ad", "hemi walker"]),
           a=ch(["cga", "sba", "min a", "mod a"]), q=ch(["decr cadence, antalgic", "decr step length L, flexed posture", "festinating, freezing at doorways",
                                                         "steppage gait l", "good sequencing w/ vc x2"]))
    if maybe(0.6):
        n.line("stairs: {k} steps w/ {r} rail, step-to pattern, {a}", k=R.randint(2, 14), r=ch(["b", "l", "r", "1"]), a=ch(["cga", "min a", "sba"]))
    n.line("ther ex: {x}", x=ch(["heel slides 2x10, saq 2x10, laq 2x10 1#, ap 2x20, glute sets 2x10",
                                   "sit<>stand x10 from 20\", marching 2x15, hip abd 2x10 yellow tb",
                                   "nustep l4 x10 min, seated ther ex per hep", "pendulums, pulleys, aaROM flex/abd per protocol",
                                   "pwr moves/lsvt big x30 min, amplitude cues"]))
    n.line("rom: {j} {a}-{b} deg {x}", j=ch(["knee", "r knee", "l knee", "shoulder flex", "hip flex"]), a=R.randint(-15, 5), b=R.randint(60, 140), x=ch(["aarom", "prom", "arom", "(goniometer)"]))
    if maybe(0.6):
        n.line("mmt {j} {g}/5, {j2} {g2}/5", j=ch(["quads", "hip abd", "df", "grip"]), g=ch(["3", "3+", "4-", "4", "2+"]), j2=ch(["hams", "hip ext", "pf", "biceps"]),
               g2=ch(["3", "4-", "4", "4+", "5"]))
    if maybe(0.5):
        n.line("outcome: {o}", o=ch([f"tug {R.randint(9, 45)} sec w/ fww", f"berg {R.randint(14, 52)}/56", f"6mwt {R.randint(80, 420)} m",
                                     f"5xsts {R.randint(11, 30)} sec", f"am-pac 6 clicks {R.randint(9, 24)}/24", f"fim motor {R.randint(30, 80)}"]))
    if maybe(0.5):
        n.line("adls (ot): {x}", x=ch(["lb dressing w/ reacher + sock aid, min a", "grooming standing at sink 5 min, sba", "toileting w/ 3in1 commode over toilet, cga for clothing mgmt",
                                        "shower transfer to tub bench w/ min a, educated on hip precautions", "ub dressing setup"]))


def home(n, pt):
    h = ch(["1-story", "2-story", "split level", "mobile home", "apartment 3rd floor (elevator)", "ranch", "apt, 2nd floor no elevator"])
    k = R.randrange(4)
    if k == 0:
        n.line("home: lives w/ {rk} ({r}) in {h} in {t}, {s} ste {rail}, bed/bath {w}.", rk=pt.relk, r=lc(pt.rel.call(), 0.7), h=h,
               t=lc(pt.town, 0.6), s=pt.stairs, rail=ch(["w/ r rail", "no rails", "b rails", "w/ l rail ascending"]), w=ch(["1st fl", "2nd fl", "on main level"]))
    elif k == 1:
        n.line("home set up: {h} at {a}, {t}. tub/shower combo, no grab bars. {s} steps to enter. {rk} {r} works days.", h=h, a=lc(pt.addr, 0.4),
               t=lc(pt.town, 0.5), s=pt.stairs, rk=pt.relk, r=lc(pt.rel.full(), 0.5))
    elif k == 2:
        n.line("plof: indep w/o ad, drove, lives alone in {h} in {t}. {rk} {r} lives nearby and can check in daily.", h=h, t=lc(pt.town, 0.6),
               rk=pt.relk, r=lc(pt.rel.first_(), 0.6))
    else:
        n.line("pt lives w/ {rk} {r} + {rk2} {r2} in a {h}; {s} ste, dme: {dme}.", rk=pt.relk, r=lc(pt.rel.call(), 0.5), rk2=pt.rel2k,
               r2=lc(pt.rel2.first_(), 0.5), h=h, s=pt.stairs, dme=ch(["rw, shower chair", "none", "cane, lift chair, hospital bed", "w/c from prior cva"]))


def assess_plan(n, pt, k):
    n.line("a: pt {x}. {y}", x=ch(["progressing toward goals", "limited by pain and fatigue", "demonstrates improved activity tolerance",
                                    "remains high fall risk", "plateaued this week"]), y=ch(["", "cont to require vc for safety.", "good carryover of hep."]))
    n.line("goals (by {d}): {g}", d=D(pt.visit + datetime.timedelta(days=R.randint(10, 30)), ch(["m/d", "m/d/yy", "mm/dd"])),
           g=ch(["1) amb 150 ft w/ fww mod i 2) stairs x4 w/ rail sba", "1) toilet transfer mod i 2) lb dressing w/ ae mod i",
                 "1) knee flex 110 2) tug < 14 sec", "1) indep w/ hep 2) return to work"]))
    n.line("p: {p}", p=ch(["cont poc 5x/wk", "cont 3x/wk x4 wk", "d/c pt, pt to cont hep", "progress gait distance, begin stair training"]))
    r = R.randrange(5)
    if r == 0:
        n.line("d/c planning: rec {w}. discussed w/ cm {c}.", w=ch(["home w/ hh pt", "snf", "acute rehab", "home w/ 24 hr supervision"]),
               c=lc(Person("HCPName").full(), 0.5))
    elif r == 1:
        n.line("spoke w/ {rk} {r} by phone ({ph}) re: home setup + need for 3in1 commode.", rk=pt.relk, r=lc(pt.rel.call(), 0.6), ph=phone())
    elif r == 2:
        n.line("referral to {o} for op pt once home; f/u w/ {d} {dd}.", o=loc(ch(OP)), d=ch([["dr ", lc(pt.surgeon.last_(), 0.7)], "ortho"]),
               dd=D(pt.visit + datetime.timedelta(days=R.randint(7, 30)), ch(["m/d", "Mon d", "Month dth"])))
    elif r == 3:
        n.line("hep issued + reviewed w/ pt and {rk}. pt/family verbalized understanding.", rk=pt.relk)
    else:
        n.line("next visit {d}{x}", d=D(pt.visit + datetime.timedelta(days=R.randint(1, 5)), ch(["wd m/d", "Mon d", "m/d"])),
               x=ch(["", " - pt's son will be home to let us in", " pm (dialysis mwf am)"]))
    if maybe(0.4):
        n.line("total tx time {t} min (ther ex {a}, gait {b}, ther act {c}).", t=R.randint(25, 75), a=R.randint(8, 25), b=R.randint(8, 25), c=R.randint(5, 20))
    sig = ch([[lc(pt.ther.full(), 0.6), ", pt, dpt"], [lc(pt.pta.il(), 0.5), " pta  /  co-signed ", lc(pt.ther.initials(), 0.5), " pt"],
              [lc(pt.ot.full(), 0.5), ", otr/l"], [lc(pt.ther.first_(), 0.3), " ", lc(pt.ther.last_(), 0.3), " pt  lic # ", P(f"{ch(['PT', 'PT0', ''])}{R.randint(1000, 99999)}", "Other")],
              [lc(pt.ot.il_nodot(), 0.5), " cota/l"]])
    n.line("{s}", s=sig)


def daily(n, pt, k):
    hdr(n, pt, k)
    if maybe(0.4):
        n.line("precautions: {p}", p=ch(["posterior hip, wbat", "ttwb l le", "fall risk, sternal", "nwb r ue, sling", "none", "spinal (blt)"]))
    subjective(n, pt)
    objective(n, pt)
    if k == 0 or maybe(0.4):
        home(n, pt)
    if maybe(0.3):
        n.line("pmh: {p}. prior {x} {y}.", p=ch(["htn, dm2, cad", "copd on 2l, afib", "ckd 4, gout", "dementia, osteoporosis"]),
               x=ch(["l tka", "r tha", "cabg", "lumbar lami", "cva"]), y=ch([["in ", Y(R.randint(1995, 2024))], ["(", Y(R.randint(1995, 2024), short=True), ")"], ["at ", hospital(short=True)]]))
    assess_plan(n, pt, k)


def evaluation(n, pt):
    """Initial evaluation: the long note of an episode, with history, home layout and family spelled out."""
    hdr(n, pt, 0)
    n.line("referral: {d} for eval + tx; order rec'd {dd}", d=ch([["dr ", lc(pt.surgeon.last_(), 0.6)], [lc(pt.surgeon.full(), 0.5), ", md"]]),
           dd=D(pt.visit, ch(["m/d", "m/d/yy"])))
    n.line()
    n.line("hx of present condition: {x}", x=ch([
        ["pt is a ", str(min(pt.age, 89)) if pt.age <= 89 else P(str(pt.age), "Age"), " y/o who underwent ", pt.dx[1], " on ", D(pt.surg, ch(["m/d", "Month dth", "m/d/yy"])),
         " at ", loc(pt.hosp[0]), ". post-op course c/b ", ch(["uncontrolled pain", "orthostasis", "delirium pod 2", "nothing significant"]), "."],
        ["adm ", D(pt.surg, ch(["m/d", "mm/dd/yy"])), " w/ ", pt.dx[1], "; transferred from ", loc(pt.hosp[1]), " to this facility on ",
         D(pt.visit, ch(["m/d", "Month d"])), "."]]))
    n.line("pmh: {p}", p=ch(["htn, dm2 (a1c 8.1), obesity, osa on cpap", "afib on eliquis, chf (ef 35%), ckd3", "copd, anxiety, r tka ('" + "x)", "ra, osteoporosis, falls"]).replace("('x)", "(remote)"))
    n.line("meds: reviewed in chart. {x}", x=ch(["on anticoag - bleeding precautions", "takes oxycodone 5 mg q4h prn", "recent dose change of metoprolol"]))
    n.line()
    n.line("social / prior level of function:")
    home(n, pt)
    n.line("- prior to adm pt was {p}, {d}.", p=ch(["indep w/ all adls/iadls", "mod i w/ sbqc in community", "using rw in home, w/c for distances", "working full time as a " + ch(["mail carrier", "nurse", "mechanic", "teacher"])]),
           d=ch(["drove", "did not drive", "used dial-a-ride"]))
    n.line("- {rk} {r} {w}; {rk2} {r2} {w2}.", rk=pt.relk, r=lc(pt.rel.full(), 0.5), w=ch(["is primary support", "works 2nd shift", "lives 2 hrs away"]),
           rk2=pt.rel2k, r2=lc(pt.rel2.call(), 0.5), w2=ch(["can stay 1st wk after d/c", "will bring dme", "checks in by phone"]))
    if maybe(0.6):
        n.line("- emergency contact: {r} {ph}", r=lc(pt.rel.lf(), 0.4), ph=phone())
    n.line("- pt goals: \"{g}\"", g=ch(["walk my dog again", "get back to church", "go home", "be able to get in the tub", "dance at my granddaughter's wedding this summer"]))
    n.line()
    objective(n, pt)
    n.line("sensation: {s}. coordination: {c}. skin: {k}.", s=ch(["intact lt b le", "decr lt l foot (neuropathy)", "impaired proprioception r"]),
           c=ch(["wfl", "impaired heel-shin l", "dysmetria r ue"]), k=ch(["incision c/d/i, steri-strips", "stage 1 sacrum", "intact"]))
    n.line("cognition: {c}", c=ch(["a&ox4, follows multistep cmds", "a&ox3, decr safety awareness", "slums 18/30"]))
    n.line()
    n.line("assessment: pt presents w/ impaired {i} limiting {l}. pt will benefit from skilled pt to address deficits. rehab potential {r}.",
           i=ch(["strength, rom, balance and gait", "activity tolerance and transfers", "balance, gait"]), l=ch(["safe return home", "community mobility", "adl independence"]),
           r=ch(["good", "fair", "good for stated goals"]))
    n.line("stg (2 wk): 1) {a} 2) {b}", a=ch(["bed mobility mod i", "sit<>stand sba", "amb 50 ft cga"]), b=ch(["hep indep", "stairs x4 cga", "tug < 20 sec"]))
    n.line("ltg (4 wk, by {d}): 1) {a} 2) {b}", d=D(pt.visit + datetime.timedelta(days=28), ch(["m/d/yy", "m/d", "Month d"])),
           a=ch(["amb 300 ft mod i", "car transfer indep", "community amb w/ sbqc"]), b=ch(["berg > 45/56", "return to prior level", "indep w/ hep"]))
    n.line("plan: {f} x {w} wk: ther ex, neuro re-ed, gait training, ther act, pt/family ed. cpt 97161/97110/97116/97530.", f=ch(["3x/wk", "5x/wk", "2x/wk", "bid"]), w=R.randint(2, 8))
    assess_plan(n, pt, 0)


def generate():
    notes = []
    pid = 5400
    while len(notes) < 40:
        pid += R.randint(1, 9)
        pt = RehabPatient()
        for k in range(min(R.randint(1, 4), 40 - len(notes))):
            n = Note(typos=ch([0, 0, 0.04, 0.12]))
            if k == 0 and maybe(0.5):
                evaluation(n, pt)
            else:
                daily(n, pt, k)
            notes.append((str(pid), str(k + 1), n))
    return notes
