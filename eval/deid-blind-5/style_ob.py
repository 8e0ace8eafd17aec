"""Style 1: obstetrics / labour & delivery notes (mixed case)."""
import datetime

from core import (cap, quoted_nick, P, Note, Person, R, ch, maybe, dr, title, town, address, hospital, loc, CLINICS, D, dfmt, Y,
                  rdate, phone, mrn, acct, ext)

OB_CLINICS = ["Larkspur Women's Health", "Halverson OB/GYN", "Briar Ridge Community Health", "Fenwick Falls Family Practice",
              "Port Ainsley Free Clinic", "Tamarack Midwifery", "Coldwater Women's Care"]
BIRTH_CENTERS = ["Fenwick Falls Birth Center", "Riverbend Birthing Suites", "Kestrel Bay Birth House"]
PEDS = ["Quarry Hill Pediatrics", "Ashby Crossing Health Center", "Little Sprouts Pediatrics of Calder"]


def ga(weeks, days):
    return ch([f"{weeks}w{days}d", f"{weeks}+{days}", f"{weeks} {days}/7 wks", f"{weeks}.{days} wks", f"{weeks}wk{days}d"])


class ObPatient:
    def __init__(self):
        self.pt = Person("PTName", "F")
        self.age = R.randint(16, 45)
        self.g = R.randint(1, 6)
        self.p = R.randint(0, self.g - 1)
        self.partner = Person("RelativeProxyName", ch("MMMF"))
        self.mother = Person("RelativeProxyName", "F")
        self.attending = Person("HCPName")
        self.resident = Person("HCPName")
        self.rn = Person("HCPName", "F" if maybe(0.85) else "M")
        self.anes = Person("HCPName")
        self.peds = Person("HCPName")
        self.midwife = Person("HCPName", "F")
        self.clinic = ch(OB_CLINICS)
        self.hosp = ch([("Harlow Valley Hospital", "HVH"), ("St. Brigid's Medical Center", "SBMC"),
                        ("Kestrel Bay Community Hospital", "KBCH"), ("Mercy Ridge Regional Medical Center", "Mercy Ridge")])
        self.mrn = mrn()
        self.fin = acct()
        self.adm = rdate(datetime.date(2025, 1, 10), datetime.date(2026, 11, 1))
        self.gaw = R.randint(34, 41)
        self.gad = R.randint(0, 6)
        self.edd = self.adm + datetime.timedelta(days=(40 * 7) - (self.gaw * 7 + self.gad))
        self.lmp = self.edd - datetime.timedelta(days=280)
        self.phone = phone()
        self.town = town()
        self.gbs = ch(["neg", "negative", "POS", "positive", "unknown"])
        self.gbs_date = self.adm - datetime.timedelta(days=R.randint(7, 30))
        self.blood = ch(["O+", "A+", "B+", "O neg", "A neg", "AB+"])
        self.prior = []
        for _ in range(self.p):
            self.prior.append((R.randint(2008, 2024), ch(["SVD", "NSVD", "LTCS", "pLTCS", "VAVD", "SVD", "SVD"]),
                               ch(["", " at 39wks", " 7#2oz", " for arrest of dilation", " for breech", " uncomplicated", " 38wk, PPH 1.2L"])))
        self.sex = ch(["female", "male"])
        self.dtime = f"{R.randint(0, 23):02d}{R.randint(0, 59):02d}"
        self.ddate = self.adm + datetime.timedelta(days=ch([0, 0, 1]))
        self.weight = R.randint(2100, 4400)
        self.apgar = (R.randint(5, 9), R.randint(8, 9))


def gp(pt):
    ab = R.randint(0, pt.g - pt.p - 1)
    return ch([f"G{pt.g}P{pt.p}", f"G{pt.g}P{pt.p}0{ab}{pt.p}", f"G{pt.g} P{pt.p}", f"g{pt.g}p{pt.p}"])


def header(n, pt, kind):
    h = pt.hosp
    n.line(ch(["{h} - Labor & Delivery", "{h} L&D", "LABOR AND DELIVERY - {h}", "{h} Women & Infants Unit"]),
           h=loc(h[0] if maybe(0.6) else h[1]))
    n.line(kind)
    k = R.randrange(4)
    if k == 0:
        n.line("Patient: {name}   MRN: {mrn}   DOB: {dob}", name=pt.pt.lf(), mrn=pt.mrn,
               dob=D(datetime.date(pt.adm.year - pt.age, R.randint(1, 12), R.randint(1, 28))))
    elif k == 1:
        n.line("Pt: {name}  MR# {mrn}  FIN {fin}", name=cap(pt.pt.lfm()) if maybe(0.5) else pt.pt.lfm(), mrn=pt.mrn, fin=pt.fin)
    elif k == 2:
        n.line("Name: {name} | Med Rec No: {mrn} | Adm: {adm}", name=pt.pt.full(), mrn=pt.mrn, adm=D(pt.adm))
    else:
        n.line("{name} ({mrn})", name=ch([pt.pt.lf(), cap(pt.pt.lf()), cap(pt.pt.full())]), mrn=pt.mrn)
    n.line("Date of service: {d}", d=D(pt.adm, ch(["m/d/yyyy", "mm/dd/yyyy", "d-Mon-yyyy", "Mon d, yyyy"])))


def prenatal_hx(n, pt):
    n.line("PNC: {clin} w/ {doc}, {k} visits, first visit at {w} wks", clin=loc(pt.clinic), doc=dr(pt.attending),
           k=R.randint(4, 14), w=R.randint(6, 22))
    n.line("Dating: LMP {lmp} c/w {w} wk US; EDD {edd}", lmp=D(pt.lmp, short=maybe(0.5)), w=R.randint(7, 20),
           edd=D(pt.edd))
    n.line("Labs: {bt}, Ab screen neg, Rubella {rub}, RPR NR, HBsAg neg, HIV neg, GBS {gbs} ({gd}), 1hr GTT {gtt}",
           bt=pt.blood, rub=ch(["immune", "non-immune", "I"]), gbs=pt.gbs, gd=D(pt.gbs_date, short=True),
           gtt=R.randint(88, 168))
    if pt.prior:
        n.line("OB hx:")
        for y, how, extra in pt.prior:
            n.line("- {y} {how}{extra}", y=Y(y), how=how, extra=extra)
            if maybe(0.2):
                n.add("  (at ")
                n.add(hospital())
                n.line(")")


def vitals(n):
    n.line(ch(["VS: BP {bp}, HR {hr}, T {t}, RR {rr}, SpO2 {o2}%", "Vitals - T {t} P {hr} R {rr} BP {bp}",
               "BP {bp} | P {hr} | T {t}C | RR {rr}"]),
           bp=f"{R.randint(98, 162)}/{R.randint(58, 104)}", hr=R.randint(62, 124), t=ch(["98.1", "98.6", "99.4", "100.6", "37.1", "36.8", "38.2"]),
           rr=R.randint(14, 22), o2=R.randint(95, 100))


def sve():
    return ch([f"{R.randint(1, 10)}/{R.randint(50, 100)}/{ch(['-3', '-2', '-1', '0', '+1', '+2'])}",
               f"{R.randint(1, 9)}/{R.randint(5, 10) * 10}/{ch(['-2', '-1', '0'])}", "FT/long/high", "C/C/+2", "complete/100/+1"])


def fht(n):
    n.line(ch(["FHT: baseline {b}, {v} variability, {a} accels, {d} decels. Cat {c}",
               "EFM: {b}s, {v} var, accels {a}, decels {d} - Cat {c}",
               "fetal tracing baseline {b} bpm w/ {v} variability, {a} accels, {d} decels; category {c}"]),
           b=R.randint(110, 165), v=ch(["moderate", "mod", "minimal", "mod"]), a=ch(["+", "present", "none", "(+)"]),
           d=ch(["no", "occasional early", "intermittent variable", "recurrent late", "no"]), c=ch(["I", "I", "II", "1"]))
    n.line("Toco: ctx q{a}-{b} min{x}", a=R.randint(2, 4), b=R.randint(4, 7), x=ch(["", ", palp mild", ", palp mod-strong", " irregular"]))


def admission(n, pt):
    header(n, pt, ch(["L&D ADMISSION H&P", "OB Admission History and Physical", "Labor Admit Note"]))
    n.line()
    n.line("HPI: {age} yo {gp} at {ga} by {by} presents {why}.",
           age=pt.age, gp=gp(pt), ga=ga(pt.gaw, pt.gad), by=ch(["LMP", "early US", "IVF dating", "LMP c/w 1st tri US"]),
           why=ch(["with ctx since ~0300", "c/o LOF since last night, clear", "for scheduled IOL for gHTN",
                   "for IOL 41wks", "w/ decreased FM x1 day", "with painful contractions q5 min", "for elevated BPs at clinic today"]))
    if maybe(0.5):
        n.line("Sent over from {c} by {m}, CNM after NST {nst}.", c=loc(pt.clinic), m=pt.midwife.full(),
               nst=ch(["reactive", "nonreactive", "equivocal"]))
    if maybe(0.25):
        n.line("Transferred from {bc} for {why}; report called by {rn}.", bc=loc(ch(BIRTH_CENTERS)),
               why=ch(["prolonged 2nd stage", "meconium", "maternal fever", "malpresentation"]), rn=Person("HCPName", "F").full())
    n.line("Denies VB, HA, vision changes, RUQ pain. +FM.")
    n.line()
    prenatal_hx(n, pt)
    n.line("PMH: {x}", x=ch(["none", "asthma (mild intermittent)", "hypothyroid on levothyroxine 50 mcg", "anxiety, depression - on sertraline",
                               "A2GDM on insulin", "cHTN on labetalol 200 BID", "obesity (BMI 41)"]))
    n.line("PSH: {x}", x=ch(["none", "lap appy", "LTCS x1", "D&C", "wisdom teeth"]))
    n.line("Meds: PNV{x}", x=ch(["", ", Fe", ", ASA 81", ", labetalol", ", Zofran prn"]))
    n.line("All: {x}", x=ch(["NKDA", "PCN (rash)", "sulfa", "latex", "NKDA"]))
    n.line("Soc: {s}", s=ch([["lives w/ FOB ", pt.partner.full(), " in ", pt.town, ", no tob/etoh/drugs"],
                             ["FOB ", pt.partner.first_(), " involved, lives in ", pt.town],
                             ["single, supportive mother (", pt.mother.full(), ") will be support person"],
                             ["married to ", quoted_nick(pt.partner) if maybe(0.3) else pt.partner.full(), ", works as ", ch(["teacher", "CNA", "cashier", "line cook", "RN"])]]))
    n.line()
    n.line("PE:")
    vitals(n)
    n.line("Gen: {x}", x=ch(["NAD", "uncomfortable w/ ctx", "well appearing"]))
    n.line("Abd: gravid, NT, EFW {e} g by Leopolds", e=R.randint(2600, 4200))
    n.line("SVE: {s} (by {rn}, RN at {t})", s=sve(), rn=pt.rn.first_() if maybe(0.5) else pt.rn.full(), t=f"{R.randint(0, 23):02d}{R.randint(0, 59):02d}")
    fht(n)
    if maybe(0.5):
        n.line("Labs: WBC {w}, Hgb {h}, Plt {p}, UA prot {u}", w=round(R.uniform(6, 17), 1), h=round(R.uniform(9, 13.8), 1),
               p=R.randint(90, 340), u=ch(["neg", "trace", "1+", "2+"]))
    n.line()
    n.line("A/P: {age}yo {gp} at {ga} {dx}", age=pt.age, gp=gp(pt), ga=ga(pt.gaw, pt.gad),
           dx=ch(["in active labor", "latent labor", "PROM", "admitted for IOL", "w/ gHTN, IOL", "preE w/o SF"]))
    plan = ["- admit to L&D, CEFM, IV LR 125/hr", "- epidural on request, anesthesia aware",
            f"- GBS {pt.gbs}: {'PCN G 5 MU then 2.5 MU q4h' if pt.gbs.lower().startswith('pos') else 'no ppx needed'}",
            "- cytotec 25 mcg PV q4h x up to 6 doses", "- pitocin per protocol", "- T&S, CBC, CMP",
            "- Rh neg - rhogam PP if baby Rh+", "- Mg for seizure ppx", "- expectant mgmt"]
    R.shuffle(plan)
    for p in plan[:R.randint(3, 6)]:
        n.line(p)
    n.line("D/w {att}, who agrees w/ plan.", att=dr(pt.attending))
    sign(n, pt)


def sign(n, pt):
    k = R.randrange(5)
    if k == 0:
        n.line("{r}, MD PGY-{y}", r=pt.resident.full(), y=R.randint(1, 4))
    elif k == 1:
        n.line("-- {r} MD (OB resident) pager {pg}", r=pt.resident.il(), pg=P(str(R.randint(1000, 9999)), "Phone"))
    elif k == 2:
        n.line("Electronically signed by {a}, MD on {d} at {t}", a=pt.attending.full(), d=D(pt.adm, "m/d/yyyy"),
               t=f"{R.randint(0, 23):02d}:{R.randint(0, 59):02d}")
    elif k == 3:
        n.line("{m}, CNM", m=pt.midwife.fml())
    else:
        n.line("Seen and examined w/ resident. Agree. {a}", a=pt.attending.il_nodot())


def progress(n, pt):
    header(n, pt, ch(["Labor Progress Note", "L&D progress note", "OB Labor Note"]))
    t0 = R.randint(0, 16)
    for i in range(R.randint(2, 5)):
        t = f"{(t0 + i * 2) % 24:02d}{R.choice(['00', '15', '30', '45', '10', '52'])}"
        n.line("{t}: {s}", t=t, s=ch([
            "Pt comfortable w/ epidural. SVE " + sve() + ". FHT cat I. Pit at " + str(R.randint(2, 20)) + " mu/min.",
            "AROM for clear fluid. SVE " + sve() + ".",
            "IUPC placed, MVUs " + str(R.randint(90, 260)) + ". Pit incr to " + str(R.randint(4, 18)) + ".",
            "Recurrent variables, amnioinfusion started, pt repositioned L lateral.",
            "T 38.4, tachy 170s, dx Triple I - amp/gent started, Tylenol 1g.",
            "Pt feeling pressure. SVE C/C/+1. Begin pushing.",
            "Epidural bolused per anesthesia.",
            "Cytotec #" + str(R.randint(2, 5)) + " placed. SVE " + sve() + ". Cat I.",
            "Foley bulb out. SVE " + sve() + ".",
        ]))
    if maybe(0.6):
        n.line("Epidural placed by {a} at {t}, pt comfortable.", a=dr(pt.anes), t=f"{R.randint(0, 23):02d}{R.randint(0, 59):02d}")
    if maybe(0.5):
        n.line("{who} at bedside, updated on plan.", who=ch([["FOB ", pt.partner.call()], ["pt's mother ", pt.mother.full()],
                                                            ["husband ", pt.partner.first_()], ["partner (", pt.partner.full(), ")"]]))
    vitals(n)
    fht(n)
    n.line("A/P: {ga} {gp} {s}, anticipate {w}.", ga=ga(pt.gaw, pt.gad), gp=gp(pt), s=ch(["progressing", "slow progress, cont pit", "protracted active phase"]),
           w=ch(["SVD", "NSVD", "vaginal delivery"]))
    n.line("{r} d/w {a}", r=ch(["Plan", "All of the above"]), a=dr(pt.attending))
    sign(n, pt)


def delivery(n, pt):
    header(n, pt, ch(["DELIVERY NOTE", "Delivery Summary", "Vaginal Delivery Note", "Cesarean Delivery - Brief Op Note"]))
    n.line("{age} y/o {gp} at {ga}", age=pt.age, gp=gp(pt), ga=ga(pt.gaw, pt.gad))
    n.line("Delivered: {d} at {t}", d=D(pt.ddate, ch(["m/d/yyyy", "mm/dd/yy", "d-Mon-yyyy", "Month d, yyyy"])), t=pt.dtime)
    n.line("Delivering provider: {a}; assist {r}", a=dr(pt.attending), r=dr(pt.resident))
    n.line("Mode: {m}", m=ch(["SVD", "NSVD over intact perineum", "VAVD (Kiwi, 2 pulls, 0 popoffs) for maternal exhaustion",
                               "pLTCS for arrest of descent", "rLTCS", "SVD, ROA"]))
    n.line("Infant: viable {s} infant, wt {w} g, Apgars {a1}/{a2} at 1/5 min", s=pt.sex, w=pt.weight, a1=pt.apgar[0], a2=pt.apgar[1])
    n.line("Nuchal cord x{k}, reduced. Delayed cord clamping {s} sec. 3VC.", k=R.randint(0, 2), s=ch([30, 60, 60, 90]))
    n.line("Placenta: {p} at {t}, intact", p=ch(["spont", "delivered w/ gentle traction", "manual extraction"]),
           t=f"{int(pt.dtime[:2]):02d}{min(59, int(pt.dtime[2:]) + R.randint(3, 15)):02d}")
    n.line("Lacerations: {l}", l=ch(["none", "1st degree, hemostatic, not repaired", "2nd degree, repaired w/ 3-0 vicryl",
                                     "3rd degree (3a) repaired in OR", "bilat labial, hemostatic"]))
    n.line("EBL/QBL: {e} mL", e=R.randint(150, 1400))
    n.line("Meds: pitocin 30u/500 mL post-delivery{x}", x=ch(["", ", methergine 0.2 mg IM", ", TXA 1g IV", ", cytotec 800 mcg PR"]))
    if maybe(0.6):
        n.line("Peds ({p}) present for {r}; infant to {w}.", p=dr(pt.peds), r=ch(["mec", "NRFHT", "preterm", "maternal fever"]),
               w=ch(["mom's chest skin-to-skin", "warmer then skin to skin", "NICU for resp distress"]))
    if maybe(0.5):
        n.line("Infant name: {b} {l}. Pediatrician: {d} at {c}, ph {ph}", b=P(ch(["Aurora", "Mateo", "Zaid", "Nova", "Lincoln", "Amara", "Rowan", "Ximena", "Theo", "Oluwadamilare"]), "PTName"),
               l=P(pt.pt.last if maybe(0.6) else pt.partner.last, "PTName"), d=dr(Person("HCPName")), c=loc(ch(PEDS)), ph=phone())
    if maybe(0.4):
        n.line("Cord gases sent. Cord blood banking ({cb}) kit #{k}.", cb=ch(["private bank", "family bank", "public donation"]),
               k=P(f"{ch(['CB', 'VC', ''])}{R.randint(100000, 9999999)}", "Other"))
    n.line("Mom and baby stable, bonding well. {w} present.", w=ch([["FOB ", pt.partner.first_()], ["Husband"], ["Partner ", pt.partner.full()], ["Pt's mom ", pt.mother.first_(), " and sister"], ["Doula"]]))
    sign(n, pt)


def postpartum(n, pt):
    ppd = R.randint(1, 3)
    header(n, pt, ch([f"Postpartum Day {ppd} Progress Note", f"PPD#{ppd} note", f"Post Partum Rounds - PPD {ppd}"]))
    n.line("S: {x}", x=ch(["Pt doing well. Pain controlled w/ motrin/tylenol. Ambulating, voiding, +flatus. Breastfeeding, latch improving.",
                           "c/o perineal pain 5/10 and mild HA, no vision changes. Bottle feeding.",
                           "Tearful this AM, slept poorly. Baby in NICU. Pumping q3h.",
                           "No complaints. Lochia light. Wants d/c today."]))
    vitals(n)
    n.line("Fundus firm, {f}, lochia {l}. Incision {i}. Calves NT.", f=ch(["U-1", "at U", "U-2", "1 FB below U"]),
           l=ch(["mod", "scant", "light rubra"]), i=ch(["c/d/i", "n/a", "dressing c/d/i, staples in place"]))
    n.line("Labs: H/H {h}/{hc} (pre {p})", h=round(R.uniform(8, 12.5), 1), hc=R.randint(24, 38), p=round(R.uniform(10, 13.5), 1))
    n.line("EPDS {e}. Rubella {r} - {m}. Rh {rh}.", e=R.randint(0, 16), r=ch(["immune", "NI"]), m=ch(["no MMR", "MMR prior to d/c"]),
           rh=ch(["+", "neg, infant Rh+, Rhogam given", "pos"]))
    n.line("A/P: PPD {d} s/p {m} {dd}, {s}", d=ppd, m=ch(["SVD", "pLTCS", "rLTCS", "VAVD"]), dd=D(pt.ddate, short=True),
           s=ch(["meeting milestones", "anemia - start PO Fe", "gHTN - BP checks q4h, nifedipine 30 ER", "stable"]))
    n.line("- Contraception: {c}", c=ch(["Nexplanon prior to d/c", "POPs", "IUD at PP visit", "undecided", "BTL done"]))
    n.line("- Dispo: d/c home {w}, f/u {c} in {k}", w=ch(["today", "tomorrow", "PPD 2 if BPs ok"]), c=loc(pt.clinic),
           k=ch(["2 wk for BP check", "6 wks", "1 wk for incision check"]))
    if maybe(0.5):
        n.line("  BP check scheduled {d}; pt to call {ph} with s/sx preE.", d=D(pt.ddate + datetime.timedelta(days=R.randint(3, 10)), short=True),
               ph=ch([phone(), ["L&D triage x", ext()]]))
    if maybe(0.35):
        n.line("  SW consult for {r}; met w/ pt and {w}.", r=ch(["limited PNC", "hx IPV", "housing", "EPDS 14"]),
               w=ch([pt.mother.full(), ["partner ", pt.partner.first_()]]))
    if maybe(0.3):
        n.line("  Pt reachable at {ph} (cell){x}", ph=pt.phone, x=ch(["", [" or husband ", pt.partner.call(), " ", phone()]]))
    sign(n, pt)


def prenatal(n, pt):
    n.line("{c}", c=loc(pt.clinic))
    n.line("Return OB Visit  {d}", d=D(pt.adm - datetime.timedelta(days=R.randint(7, 60)), ch(["m/d/yyyy", "mm/dd/yyyy", "Mon d, yyyy"])))
    n.line("{n}  DOB {d}  {m}", n=pt.pt.lf(), d=D(datetime.date(pt.adm.year - pt.age, R.randint(1, 12), R.randint(1, 28)), "mm/dd/yyyy"), m=pt.mrn)
    n.line("{age}yo {gp} @ {ga} EDD {e}", age=pt.age, gp=gp(pt), ga=ga(R.randint(20, 36), R.randint(0, 6)), e=D(pt.edd, short=maybe(0.5)))
    n.line("Wt {w} lb (+{g} total)  BP {bp}  UA neg/neg  FHR {f}  FH {fh}", w=R.randint(128, 290), g=R.randint(6, 44),
           bp=f"{R.randint(100, 146)}/{R.randint(60, 96)}", f=R.randint(125, 160), fh=R.randint(20, 36))
    n.line("+FM, no ctx/LOF/VB.")
    n.line("Concerns: {x}", x=ch(["back pain", "heartburn - tums prn", "swelling in feet", "none", "worried about travel to mother's in " + "Ohio"]))
    if maybe(0.5):
        n.line("US {d} at {c}: EFW {p}%ile, AFI {a}, vtx", d=D(pt.adm - datetime.timedelta(days=R.randint(20, 80)), short=True),
               c=loc(ch(["Halverson Maternal-Fetal Medicine", "KBCH Perinatal Imaging", "Quarry Hill Radiology"])), p=R.randint(8, 88), a=round(R.uniform(6, 22), 1))
    prenatal_hx(n, pt)
    n.line("Plan: {p}", p=ch(["GBS at 36 wk", "Tdap today", "RTC 2 wk", "kick counts reviewed", "NSTs 2x/wk starting 32wk"]))
    n.line("Birth plan: deliver at {h}. Support: {w}.", h=loc(pt.hosp[0]), w=ch([pt.partner.full(), ["mother ", pt.mother.full()], ["FOB ", pt.partner.call()]]))
    n.line("{m}, CNM / {a}", m=pt.midwife.full(), a=ch([pt.attending.full(), ["Dr. ", pt.attending.last_()]]))


KINDS = [prenatal, admission, progress, delivery, postpartum]


def generate():
    notes = []
    pid = 5100
    while len(notes) < 40:
        pid += R.randint(1, 7)
        pt = ObPatient()
        seq = sorted(R.sample(range(5), R.randint(1, 4)))
        for i, k in enumerate(seq):
            if len(notes) >= 40:
                break
            n = Note(typos=ch([0, 0, 0.04, 0.12]))
            KINDS[k](n, pt)
            notes.append((str(pid), str(i + 1), n))
    return notes
