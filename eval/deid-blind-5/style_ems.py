"""Style 3: EMS run sheets and ambulance hand-offs (ALL CAPS, terse)."""
import datetime

from core import (kin, P, Note, Person, R, ch, maybe, town, street, street_name, zipc, address, hospital, loc, D, Y, rdate,
                  phone, mrn, NURSING, STATES)

AGENCIES = ["FENWICK FALLS FIRE-RESCUE", "TRI-TOWN AMBULANCE", "ASHBY VOL RESCUE SQUAD", "KESTREL BAY EMS",
            "HALVERSON COUNTY EMS", "NORTH OVID AMBULANCE CORPS"]
UNITS = ["MEDIC 14", "M7", "AMB 221", "RESCUE 3", "MEDIC 2", "A-12", "E41/M4", "SQUAD 9", "BLS 5"]
COMPLAINTS = [
    ("CP", "CHEST PAIN ONSET {t} WHILE SHOVELING, 8/10 PRESSURE RADIATING TO L ARM, +DIAPHORESIS, +SOB",
     "12 LEAD: STE II III AVF W/ RECIPROCAL DEPRESSION I AVL. STEMI ALERT CALLED {t2}. TRANSMITTED."),
    ("FALL", "UNWITNESSED FALL FROM STANDING IN BATHROOM, FOUND BY {rel} ON FLOOR, ?DOWN TIME 2-3 HRS, +HEAD STRIKE, ON ELIQUIS",
     "C-COLLAR APPLIED, LR HIP SHORTENED/EXT ROTATED, PAD TO R HIP, PMS INTACT X4."),
    ("SOB", "SOB X2 DAYS WORSE TONIGHT, 3 PILLOW ORTHOPNEA, +BLE EDEMA, HX CHF, NONCOMPLIANT W/ LASIX PER {rel}",
     "CPAP 10 CMH2O APPLIED {t2}, NTG 0.4 SL X3, SPO2 IMPROVED 84->95%."),
    ("AMS", "ALTERED PER STAFF, NORMALLY A&OX3, LAST KNOWN WELL {t} PER NURSE {nurse}, +FOUL URINE",
     "BGL WNL, STROKE SCALE NEG, FEVER 101.8, PT SEPSIS ALERT."),
    ("MVC", "RESTRAINED DRIVER MVC VS GUARDRAIL, MOD FRONT DAMAGE, +AB DEPLOYMENT, SELF EXTRICATED, AMB ON SCENE",
     "C-SPINE CLEARED PER PROTOCOL. ABRASION L CLAVICLE FROM BELT. NO LOC."),
    ("OD", "FOUND UNRESPONSIVE BY {rel} IN BATHROOM, PINPOINT PUPILS, RR 4, PARAPHERNALIA NOTED",
     "NARCAN 2 MG IN AT {t2} BY BYSTANDER + 0.5 MG IV BY CREW, RR IMPROVED TO 14, PT COMBATIVE THEN COOPERATIVE."),
    ("STROKE", "LKW {t}, R SIDED WEAKNESS + SLURRED SPEECH NOTED BY {rel} AT BREAKFAST",
     "BE-FAST POS (ARM/SPEECH), LAMS 4, STROKE ALERT TO RECEIVING {t2}."),
    ("SEIZURE", "WITNESSED GTC SZ APPROX 3 MIN PER {rel}, HX EPILEPSY, OUT OF KEPPRA X4 DAYS",
     "POSTICTAL ON ARRIVAL, GCS 11 IMPROVING TO 14. NO FURTHER SZ ACTIVITY. BGL 118."),
    ("GI BLEED", "BLACK TARRY STOOLS X2 DAYS, DIZZY ON STANDING, SYNCOPE X1 THIS AM, ON WARFARIN",
     "ORTHOSTATIC, 18G L AC, 500 ML NS BOLUS."),
]
PMH = ["CHF", "HTN", "DM2", "COPD", "AFIB", "CKD", "DEMENTIA", "CAD", "ESRD ON HD", "EPILEPSY", "ETOH ABUSE", "CVA", "OSA", "HLD"]
MEDS = ["METOPROLOL", "LASIX", "ELIQUIS", "WARFARIN", "METFORMIN", "INSULIN", "LISINOPRIL", "ATORVASTATIN", "DONEPEZIL",
        "KEPPRA", "ALBUTEROL", "PLAVIX", "SEROQUEL", "SUBOXONE"]
RELS = ["WIFE", "HUSBAND", "DAUGHTER", "SON", "NEIGHBOR", "GRANDSON", "ROOMMATE", "GIRLFRIEND", "BOYFRIEND", "NIECE", "HOME AIDE"]


def run(n, pid):
    pt = Person("PTName")
    age = R.choice([R.randint(18, 88), R.randint(18, 88), R.randint(90, 103)])
    d = rdate(datetime.date(2025, 1, 1), datetime.date(2026, 11, 30))
    b = datetime.date(d.year - age, R.randint(1, 12), R.randint(1, 28))
    unit = ch(UNITS)
    agency = ch(AGENCIES)
    cc, hpi, tx = ch(COMPLAINTS)
    rel, relk = kin(RELS)
    nh = maybe(0.3)
    start = datetime.datetime(2026, 1, 1, R.randint(0, 23), R.randint(0, 59))
    offs = [0, 1, R.randint(5, 14)]
    offs += [offs[2] + 1, offs[2] + R.randint(10, 25)]
    offs += [offs[4] + R.randint(8, 35)]
    clock = [start + datetime.timedelta(minutes=o) for o in offs]
    times = [c.strftime("%H%M") for c in clock]

    def t():
        """A time during patient contact."""
        return (clock[3] + datetime.timedelta(minutes=R.randint(1, offs[5] - offs[3]))).strftime("%H%M")

    n.line("{a} PATIENT CARE REPORT", a=loc(agency))
    n.line("INCIDENT # {i}   UNIT: {u}   DATE: {d}", i=P(f"{d.year % 100}-{R.randint(1000, 99999):05d}", "Other"), u=unit,
           d=D(d, ch(["mm/dd/yyyy", "m/d/yyyy", "ddMONyy", "mm/dd/yy", "yyyy-mm-dd"])))
    n.line("DISP {a} ENRT {b} ONSC {c} PTCT {dd} TRNS {e} ATDS {f}", a=times[0], b=times[1], c=times[2], dd=times[3], e=times[4], f=times[5])
    k = R.randrange(4)
    if k == 0:
        n.line("PT: {nm}  DOB {b}  AGE {a}  {s}", nm=pt.lf(), b=D(b, ch(["mm/dd/yyyy", "m/d/yyyy", "mmddyyyy"])),
               a=P(str(age), "Age") if age > 89 else str(age), s=pt.sex)
    elif k == 1:
        n.line("PT NAME {nm}  DOB: {b}", nm=pt.lfm(), b=D(b, "mm/dd/yyyy"))
    elif k == 2:
        n.line("PATIENT {nm} ({a}{s})", nm=pt.full(), a=P(str(age), "Age") if age > 89 else str(age), s=pt.sex)
    else:
        n.line("NAME: {l}, {f}   SSN/ID: {id}", l=pt.last_(), f=pt.first_(), id=ch([P(f"{R.randint(100, 899)}-{R.randint(10, 99)}-{R.randint(1000, 9999)}", "Other"), "UNK", "REFUSED"]))
    if nh:
        fac = ch(NURSING)
        n.line("LOC: {f} RM {r}, {a}", f=loc(fac), r=R.randint(100, 340), a=address())
        n.line("CALLBACK {ph} (NURSES STN)", ph=phone())
    elif cc == "MVC":
        hw = ch(["RT ", "RTE ", "I-", "STATE HWY ", "ROUTE "])
        n.line("LOC: {r} {dir} NEAR {x}, {tn}", r=P(f"{hw}{R.randint(2, 395)}{ch(['', ' NB', ' SB', ' EB', ' WB'])} MM {R.randint(1, 99)}", "Location"),
               dir=ch(["", "", "JUST PAST EXIT " + str(R.randint(3, 40))]), x=street_name(), tn=town())
    else:
        if maybe(0.3):
            n.line("LOC: {s1} & {s2}, {tn}", s1=street_name(), s2=street_name(), tn=town())
        else:
            n.line("LOC: {a}", a=address())
        n.line("HOME PH {ph}{x}", ph=phone(), x=ch(["", [" / CELL ", phone()], " (NO ANSWER)"]))
    n.line("CC: {c}", c=cc)
    n.line("DISPATCHED AS {x} {p}", x=ch(["P1", "P2", "ALPHA", "CHARLIE", "DELTA", "ECHO"]), p=cc)
    n.line()
    pron = "HE" if pt.sex == "M" else "SHE"
    agestr = [P(str(age), "Age"), ch([" YO", " Y/O ", " YO", "YO"])] if age > 89 else [str(age), ch([" YO", " Y/O ", " YO", "YO"])]
    n.line("NARRATIVE: {u} RESP {e} TO ABOVE LOC FOR {a}{s} C/O {c}. ", u=unit, e=ch(["EMERGENT", "NON-EMERG", "L&S"]), a=agestr,
           s=pt.sex, c=cc)
    hp = hpi.split("{rel}")
    parts = []
    for i, h in enumerate(hp):
        parts.append(h.replace("{t}", t()).replace("{nurse}", ""))
        if i < len(hp) - 1:
            parts += [relk + " ", rel.call() if maybe(0.5) else rel.full()]
    if "{nurse}" in hpi:
        nurse = Person("HCPName")
        h0, h1 = hpi.replace("{rel}", relk).split("{nurse}")
        parts = [h0.replace("{t}", t()), nurse.last_() if maybe(0.5) else nurse.full(), h1]
    n.line("{p}.", p=parts)
    n.line("PMH: {p}", p=", ".join(R.sample(PMH, R.randint(1, 5))))
    if maybe(0.5):
        n.line("PSH: {p}", p=ch([["CABG ", Y(R.randint(1998, 2024))], ["R TKA ", Y(R.randint(2005, 2024), short=maybe(0.4))],
                                 "APPY", ["PACEMAKER ", Y(R.randint(2010, 2025)), " (", hospital(short=True), ")"]]))
    n.line("MEDS: {m}", m=ch([", ".join(R.sample(MEDS, R.randint(2, 6))), "SEE LIST ON FRIDGE", "PER FACILITY MAR (SENT W/ PT)", "UNK"]))
    n.line("ALL: {a}", a=ch(["NKDA", "PCN", "SULFA", "CODEINE", "NKA", "IV CONTRAST"]))
    n.line()
    n.line("TIME  BP      HR  RR  SPO2  ETCO2 GCS  BGL")
    for i in range(R.randint(2, 4)):
        n.line("{t}  {bp} {hr}  {rr}  {o}%   {e}    {g}   {bg}", t=(clock[3] + datetime.timedelta(minutes=7 * i)).strftime("%H%M"),
               bp=f"{R.randint(78, 212)}/{R.randint(40, 120)}", hr=R.randint(44, 148), rr=R.randint(8, 32), o=R.randint(82, 100),
               e=R.randint(18, 52), g=R.randint(8, 15), bg=ch(["", str(R.randint(48, 402)), "HI"]))
    n.line()
    if maybe(0.4):
        n.line("ASSESSMENT: {a}", a=ch(["SKIN PALE COOL DIAPHORETIC. LUNGS CLEAR BL. ABD SOFT NT. NO JVD. PEDAL EDEMA 2+.",
                                        "A&OX4, PERRL 3MM, NO FACIAL DROOP, GRIPS EQUAL, NEG PRONATOR DRIFT.",
                                        "RALES BL BASES, ACCESSORY MUSCLE USE, SPEAKING 3-4 WORD SENTENCES.",
                                        "TENDER L FLANK, NO STEP OFF, KED NOT INDICATED.", "SKIN WARM DRY, CAP REFILL <2 SEC, HOMANS NEG."]))
    if maybe(0.3):
        n.line("CINCINNATI STROKE SCALE {c}. GLASGOW {g} (E{e}V{v}M{m}).", c=ch(["NEG", "POS"]), g=R.randint(8, 15), e=R.randint(2, 4), v=R.randint(2, 5), m=R.randint(4, 6))
    n.line("TX: {x}", x=tx.replace("{t2}", t()))
    n.line("{x}", x=ch(["IV 20G L AC X1, NS TKO.", "IO R TIBIA (EZ-IO) AFTER 2 FAILED IV ATTEMPTS.", "NO IV - SHORT TRANSPORT.", "18G R FA, 250 ML NS."]))
    if maybe(0.5):
        n.line("ASA 324 MG PO CHEWED @ {t}. ZOFRAN 4 MG IV @ {t2}. FENTANYL {f} MCG IV.", t=t(), t2=t(), f=ch([25, 50, 75, 100]))
    if maybe(0.5):
        n.line("{r} ON SCENE, {w}.", r=[relk + " ", rel.full() if maybe(0.4) else rel.first_()],
               w=ch(["FOLLOWING IN POV", "RODE UP FRONT", "WILL MEET AT ED", ["CONTACT ", phone()]]))
    if maybe(0.35):
        n.line("POLST/DNR ON FILE, {x}. HCP: {r} {rr}", x=ch(["FULL TX", "DNR/DNI", "COMFORT MEASURES"]), r=relk,
               rr=rel.full())
    dest = ch([hospital(), hospital(short=True)])
    n.line("TRANSPORTED {x} TO {d} {w}. PT {c}.", x=ch(["EMERGENT", "NON-EMERG", "PRIORITY 2"]), d=dest,
           w=ch(["ED", "CATH LAB DIRECT", "TRAUMA BAY", "ED RM 14"]), c=ch(["STABLE", "IMPROVED", "UNCHANGED", "DETERIORATED ENROUTE"]))
    if maybe(0.4):
        n.line("ONLINE MED CONTROL: {d} ({h}) AT {t}, ORDERS: {o}", d=["DR ", Person("HCPName").last_()], h=hospital(short=True), t=t(),
               o=ch(["ADDL FENTANYL 50", "CONTINUE CPAP", "NO FURTHER NARCAN", "TRANSPORT TO STROKE CENTER"]))
    rn = Person("HCPName")
    n.line("HANDOFF: REPORT GIVEN TO {r} AT {t}. {bed}", r=ch([["RN ", rn.last_()], [rn.full(), " RN"], ["RN ", rn.first_()], ["CHARGE RN ", rn.il_nodot()]]),
           t=times[5], bed=ch(["PT MOVED TO BED 12 VIA SHEET", "PT TO RM 4", "WAITING ROOM PER TRIAGE", "CARE TRANSFERRED"]))
    if maybe(0.3):
        n.line("PT BELONGINGS: WALLET, PHONE, {x} - GIVEN TO {r}", x=ch(["GLASSES", "UPPER DENTURE", "CANE", "HEARING AIDS"]),
               r=ch([["SECURITY OFFICER ", Person("HCPName").last_()], [relk, " ", rel.first_()]]))
    crew = [Person("HCPName") for _ in range(R.randint(2, 3))]
    n.line("CREW: {c}", c=sum([[ch(["EMT-P ", "EMT-B ", "AEMT ", "PARAMEDIC ", "EMT "]), ch([c.il, c.full, c.lf])(), " (#", P(str(R.randint(1000, 99999)), "Other"), ") " if j == 0 else ")" if j == len(crew) - 1 else ") "] for j, c in enumerate(crew)], []))
    if maybe(0.3):
        n.line("BILLING: {ins} {x}", ins=ch(["MEDICARE", "MEDICAID", "SELF PAY", "BCBS"]),
               x=ch([["ID# ", P(f"{R.randint(1, 9)}{ch('ABCDEFG')}{R.randint(10, 99)}-{ch('KLMNPQ')}{R.randint(100, 999)}-{R.randint(10, 99)}", "Other")], "INFO TO FOLLOW"]))
    if maybe(0.2):
        n.line("REPORT AUTHOR {a}  MEDIC SIG ON FILE {d}", a=crew[0].initials_dot(), d=D(d, "mm/dd/yy"))


def handoff(n):
    """Short verbal-handoff (MIST) sheet as typed into the receiving ED's triage box."""
    pt = Person("PTName")
    age = ch([R.randint(1, 89), R.randint(20, 89), R.randint(90, 104)])
    d = rdate(datetime.date(2025, 1, 1), datetime.date(2026, 11, 30))
    rel, relk = kin(RELS)
    n.line("EMS HANDOFF - {u} ({a}) TO {h} ED  {d} {t}", u=ch(UNITS), a=loc(ch(AGENCIES)), h=hospital(short=True),
           d=D(d, ch(["mm/dd/yy", "m/d", "ddMONyy"])), t=f"{R.randint(0, 23):02d}{R.randint(0, 59):02d}")
    n.line("PT {nm} {a}{s}{x}", nm=ch([pt.lf(), pt.full(), ["UNK NAME - ", ch(["JOHN", "JANE"]), " DOE"]]),
           a=[P(str(age), "Age")] if age > 89 else [str(age)], s=pt.sex, x=ch(["", ["  DOB ", D(datetime.date(d.year - age, R.randint(1, 12), R.randint(1, 28)), "mm/dd/yyyy")]]))
    arr = datetime.datetime(2026, 1, 1, R.randint(0, 23), R.randint(0, 59))
    dep = arr - datetime.timedelta(minutes=R.randint(8, 30))
    onsc = dep - datetime.timedelta(minutes=R.randint(6, 25))
    n.line("RUN # {r}  ONSC {a} DEP {b} ARR {c}", r=P(f"{R.randint(100000, 999999)}", "Other"), a=onsc.strftime("%H%M"),
           b=dep.strftime("%H%M"), c=arr.strftime("%H%M"))
    n.line("M: {m}", m=ch(["FALL FROM LADDER ~8 FT ONTO DRIVEWAY", "SYNCOPE AT CHURCH, WITNESSED", "FOUND DOWN BY " + relk, "ASSAULT, STRUCK W/ FIST",
                            "DIFFICULTY BREATHING AT HOME", "CP X1 HR", "LOW BGL 38 PER " + relk]))
    n.line("I: {i}", i=ch(["LAC TO OCCIPUT 4 CM, HEMOSTATIC. NO OTHER INJURIES NOTED.", "NONE OBVIOUS", "DEFORMITY L WRIST, SWELLING", "ABRASIONS BL KNEES"]))
    n.line("S: BP {bp} HR {hr} RR {rr} SPO2 {o}% GCS {g} BGL {b}", bp=f"{R.randint(80, 200)}/{R.randint(40, 110)}", hr=R.randint(48, 140),
           rr=R.randint(10, 30), o=R.randint(85, 100), g=R.randint(9, 15), b=R.randint(40, 380))
    n.line("T: {t}", t=ch(["C-COLLAR, BACKBOARD REMOVED ON ARRIVAL", "D50 25G IV, RECHECK 141", "DUONEB X2, SOLU-MEDROL 125", "SPLINT, ICE, FENTANYL 50 MCG IN"]))
    n.line("PMH/MEDS/ALL: {p}", p=", ".join(R.sample(PMH, 2)) + " / " + ", ".join(R.sample(MEDS, 2)) + " / NKDA")
    if maybe(0.6):
        n.line("FAMILY: {k} {r} EN ROUTE, PH {ph}", k=relk, r=ch([rel.full(), rel.first_(), rel.call()]), ph=phone())
    if maybe(0.4):
        n.line("PCP {d}, {c}. LIVES AT {a}", d=["DR ", Person("HCPName").last_()], c=loc(ch(["FENWICK FALLS FAMILY PRACTICE", "VANCE RURAL HEALTH CLINIC", "BRIAR RIDGE COMMUNITY HEALTH"])),
               a=ch([address(), [loc(ch(NURSING)), " RM ", str(R.randint(100, 330))]]))
    rn = Person("HCPName")
    n.line("RECEIVED BY {r} RN; EMS {e}", r=ch([rn.full(), rn.last_(), rn.il()]), e=ch([Person("HCPName").il(), Person("HCPName").full()]))
    n.line("TRIAGE ESI {e}  RM {r}", e=R.randint(1, 4), r=ch(["4", "12", "HALL 3", "TRAUMA 1"]))


def generate():
    notes = []
    pid = 5300
    for i in range(40):
        pid += R.randint(1, 6)
        n = Note(upper=True, typos=ch([0, 0.05, 0.1]))
        if maybe(0.2):
            handoff(n)
        else:
            run(n, pid)
        notes.append((str(pid), "1", n))
    return notes
