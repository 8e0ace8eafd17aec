"""Style 6: behavioural health intake assessments in narrative prose (relatives, schools, employers, towns, years)."""
import datetime

from core import (kin, P, Note, Person, R, ch, maybe, title, town, street, address, hospital, loc, D, Y, rdate, phone, mrn, email,
                  MONTHS)

SCHOOLS = ["Fenwick Falls High School", "Ashby Regional High", "St. Agnes Academy", "Northfield Community College",
           "Quarry Hill Middle School", "Lower Marlow Elementary", "Tolland Vocational-Technical School", "Castine Ferry State University",
           "Kestrel Bay Christian School", "Briar Ridge Alternative Program", "Marlow Heights University"]
EMPLOYERS = ["Kessler Freight", "Tri-County Poultry", "Dunmore Tool & Die", "ShopRight Foods in Bracken", "the Halverson Paper Mill",
             "Pemberton Memorial Hospital", "Big Sable Casino", "Otter Creek Correctional Facility", "Whitcomb Public Schools",
             "Lakeshore Lumber", "Gus's Diner", "distribution warehouse in Jessup"]
PSYCH = [[P("Brookside Behavioral Health", "Location")], [P("Harlow Valley Hospital", "Location"), "'s inpatient psychiatric unit"],
         [P("Cedar Crest Recovery Center", "Location")], [P("New Dawn Detox", "Location"), " in ", P("Vance", "Location")],
         [P("Riverview Crisis Stabilization Unit", "Location")], [P("Sumner Mills Medical Center", "Location"), " 5 West"]]
AGENCY = ["Calder County Community Mental Health", "Fenwick Falls Counseling Associates", "Open Door Recovery", "Bracken Family Services"]


def emp(name):
    """Employer spans: the named organisation, not a generic one ("the" and trailing town stay outside when generic)."""
    if name.startswith("the "):
        return ["the ", P(name[4:], "Location")]
    if name.startswith("distribution warehouse in "):
        return ["a distribution warehouse in ", P(name[len("distribution warehouse in "):], "Location")]
    if " in " in name:
        a, b = name.split(" in ")
        return [P(a, "Location"), " in ", P(b, "Location")]
    return [P(name, "Location")]


class BhPatient:
    def __init__(self):
        self.pt = Person("PTName")
        self.age = ch([R.randint(14, 80), R.randint(19, 55)])
        self.ref = rdate(datetime.date(2025, 3, 1), datetime.date(2026, 11, 25))
        self.by = self.ref.year - self.age
        self.mom = Person("RelativeProxyName", "F")
        self.dad = Person("RelativeProxyName", "M")
        self.sib, self.sibk = kin(["sister", "brother"])
        self.nsib = R.randint(2, 8)
        self.ord = ch(["oldest", "second", "youngest"] + (["middle", "third"] if self.nsib >= 3 else []))
        self.spouse = Person("RelativeProxyName", "M" if self.pt.sex == "F" and maybe(0.85) else "F")
        self.kid, self.kidk = kin(["son", "daughter"])
        self.kidage = R.randint(1, max(1, min(17, self.age - 18)))
        self.gp = Person("RelativeProxyName")
        self.clin = Person("HCPName")
        self.refdoc = Person("HCPName")
        self.refclinic = ch(["Fenwick Falls Family Practice", "Briar Ridge Community Health", "Vance Rural Health Clinic", "Otter Creek VA Medical Center"])
        self.therapist = Person("HCPName")
        self.hometown = town()
        self.town = town()
        self.school = ch(SCHOOLS)
        self.emp = ch(EMPLOYERS)
        self.agency = ch(AGENCY)
        self.mrn = mrn()


def yr(pt, off, short=False):
    return Y(min(pt.ref.year - 1, pt.by + off), short)


def he(pt):
    return "he" if pt.pt.sex == "M" else "she"


def his(pt):
    return "his" if pt.pt.sex == "M" else "her"


def intake(n, pt):
    n.line("{a}", a=loc(pt.agency))
    n.line(ch(["Comprehensive Behavioral Health Intake Assessment", "BEHAVIORAL HEALTH INTAKE", "Psychiatric Intake Evaluation - Narrative"]))
    n.line("Client: {nm}    DOB: {d}    Record #: {m}", nm=ch([pt.pt.full, pt.pt.lf, pt.pt.fml])(),
           d=D(datetime.date(pt.by, R.randint(1, 12), R.randint(1, 28)), ch(["mm/dd/yyyy", "m/d/yyyy", "d-Mon-yyyy"])), m=pt.mrn)
    n.line("Date of assessment: {d}    Clinician: {c}", d=D(pt.ref, ch(["m/d/yyyy", "Month d, yyyy", "mm/dd/yy"])),
           c=ch([[pt.clin.full(), ", LCSW"], [pt.clin.full(), ", LMHC"], [pt.clin.il(), ", PsyD"], [pt.clin.fml(), ", LPC-S"]]))
    n.line()
    n.line("Identifying Information and Reason for Referral")
    sx = "man" if pt.pt.sex == "M" else "woman"
    n.line("{t}{l} is a {a}-year-old {m} {sx} who lives in {tn} with {w}. {H} was referred by {doc} at {clinic} {why}.",
           t=title(pt.pt), l=pt.pt.last_(), a=pt.age, m=ch(["single", "married", "divorced", "separated", "widowed", "never-married"]), sx=sx,
           tn=pt.town, w=ch([["", his(pt), " partner, ", pt.spouse.full()], "two roommates", ["", his(pt), " mother"], "", ["", his(pt), " ", pt.kidk, " ", pt.kid.first_()]]) or "no one else",
           H=he(pt).capitalize(), doc=["Dr. ", pt.refdoc.last_()] if maybe(0.6) else [pt.refdoc.full(), ", NP"], clinic=loc(pt.refclinic),
           why=ch(["after a positive PHQ-9 at an annual physical", "following an emergency department visit for suicidal ideation", "for worsening panic attacks",
                   "at the request of " + his(pt) + " employer's EAP", ["after a DUI arrest in ", ch([P(ch(MONTHS), "Date"), "the spring"])]]))
    n.line()
    n.line("History of Present Illness")
    inc = pt.ref - datetime.timedelta(days=R.randint(10, 120))
    n.line("{H} reports {s} since {when}. {H} describes {sym}. The precipitant appears to be {p}. On {d} {h2} went to the emergency department at {hosp} where {h2} was {disp}.",
           H=he(pt).capitalize(), s=ch(["low mood and anhedonia", "escalating anxiety", "poor sleep and racing thoughts", "daily drinking"]),
           when=ch([D(inc, ch(["Month d", "Month dth", "m/d"])), ["the death of ", his(pt), " grandmother in ", Y(pt.ref.year - R.randint(1, 3))],
                    "early summer", ["losing ", his(pt), " job at ", emp(pt.emp)]]),
           sym=ch(["sleeping 3-4 hours a night, poor appetite with an 8 lb weight loss, and passive thoughts of not waking up",
                   "panic attacks 3-4 times a week with chest tightness and a fear of dying, especially while driving on the highway",
                   "feeling 'numb' and withdrawing from friends", "spending sprees and days without sleep"]),
           p=ch(["a separation from " + his(pt) + " spouse", "a custody dispute", "financial strain", "a workplace injury"]),
           d=D(inc + datetime.timedelta(days=R.randint(1, 9)), ch(["Month d", "m/d", "Wd, Month d", "m/d/yy"])), h2=he(pt), hosp=hospital(),
           disp=ch(["evaluated and discharged with a safety plan", "held overnight for observation", "admitted to the inpatient unit for five days"]))
    if maybe(0.6):
        n.line("{Pr} {rel}, {nm}, who accompanied {him} today, adds that {obs}.", Pr=his(pt).capitalize(), rel=pt.sibk,
               nm=pt.sib.full() if maybe(0.5) else pt.sib.first_(), him="him" if pt.pt.sex == "M" else "her",
               obs=ch(["the client has been isolating in the bedroom for the past month", "there are firearms in the home that have since been moved to " + ch(["a cousin's house", "the uncle's gun safe"]),
                       "the client has not been eating", "this pattern started after the move from " + ch(["Ohio", "Puerto Rico", "Texas"])]))
    n.line()
    n.line("Past Psychiatric History")
    k = R.randrange(3)
    if k == 0:
        n.line("First treatment at age {a} when {h} saw a school counselor at {s}. First hospitalization at {ph} in {y} after an overdose on acetaminophen; a second admission followed in {y2}. {H} has tried sertraline, fluoxetine (GI upset) and bupropion, and most recently saw {th}, LCSW, at {ag} until {y3}.",
               a=R.randint(11, 17), h=he(pt), s=loc(pt.school), ph=ch(PSYCH), y=yr(pt, R.randint(16, 22)), y2=yr(pt, R.randint(23, 30)),
               H=he(pt).capitalize(), th=pt.therapist.full(), ag=loc(ch(AGENCY)), y3=yr(pt, R.randint(25, 40)))
    elif k == 1:
        n.line("No prior psychiatric hospitalizations. Outpatient therapy briefly in {y} with {th} in {tn}. Trial of escitalopram 10 mg prescribed by {pcp} stopped after six weeks.",
               y=Y(pt.ref.year - R.randint(1, 8), short=maybe(0.3)), th=["Dr. ", pt.therapist.last_()], tn=town(), pcp=["Dr. ", pt.refdoc.last_()])
    else:
        n.line("Treated at {ph} in {y} for alcohol withdrawal and again at {ph2} in {y2}. Attended AA in {tn} with sponsor {sp} and had 14 months sober until last {mo}.",
               ph=ch(PSYCH), y=Y(pt.ref.year - R.randint(3, 9)),
               ph2=ch(PSYCH), y2=Y(pt.ref.year - R.randint(1, 2)), tn=pt.hometown, sp=Person("RelativeProxyName").first_(),
               mo=P(ch(MONTHS), "Date"))
    n.line("Suicide attempts: {x}. Self-harm: {y}. Violence: {z}.", x=ch(["denied", ["one, by overdose, in ", yr(pt, R.randint(15, 30))], "two, most recent in the spring"]),
           y=ch(["cutting in adolescence, none since age 17", "denied", "burning, last episode two weeks ago"]), z=ch(["denied", "one arrest for assault in " + "college"]))
    n.line()
    n.line("Family History")
    n.line("{H} was born in {bt} and raised in {ht}, the {ord} of {k} children. {Pr} mother, {mom}, {mj}; {his2} father, {dad}, {dj}. {fam}",
           H=he(pt).capitalize(), bt=ch([town(), hospital(), loc("Manila"), loc("Lagos"), loc("Guatemala City")]) if maybe(0.6) else pt.hometown, ht=pt.hometown,
           ord=pt.ord, k=pt.nsib, Pr=his(pt).capitalize(), his2=his(pt), mom=ch([pt.mom.full, pt.mom.first_])(),
           mj=ch(["worked nights as a nurse's aide", "has bipolar disorder and was hospitalized several times", "was badly hurt in a car accident when the client was twelve", "is remarried and lives in " + "Florida"]),
           dad=ch([pt.dad.full, pt.dad.first_, pt.dad.call])(),
           dj=ch([["worked at ", emp(ch(EMPLOYERS)), " until it closed in ", Y(R.randint(1995, 2018))], "drank heavily and left when the client was six",
                  ["died in ", Y(R.randint(1999, 2024)), " of an overdose"], ["is a retired trucker living in ", town()]]),
           fam=ch(["", ["A maternal uncle died by suicide in ", Y(R.randint(1980, 2020)), "."],
                   ["Paternal grandmother ", pt.gp.first_(), " lived to ", P(str(R.randint(90, 104)), "Age"), " and 'raised us, really.'"],
                   "Depression on both sides; an older brother is in recovery from opioids.",
                   ["The client's grandfather, now ", P(str(R.randint(90, 99)), "Age"), ", lives with the family in ", pt.hometown, "."]]))
    n.line()
    n.line("Social and Developmental History")
    gy = yr(pt, 18)
    n.line("{H} attended {s}, graduating in {y}{c}. {w} {rel}",
           H=he(pt).capitalize(), s=loc(pt.school), y=gy, c=ch(["", [", and then completed one year at ", loc(ch(SCHOOLS)), " before leaving to work"],
                                                                      [", then served in the Army from ", yr(pt, 19), " to ", yr(pt, 23), " including a deployment to Iraq"]]),
           w=ch([["Currently employed as a ", ch(["dispatcher", "CNA", "line cook", "welder", "bank teller", "substitute teacher"]), " at ", emp(pt.emp), " since ", Y(pt.ref.year - R.randint(1, 9)), "."],
                 ["Unemployed since being let go from ", emp(pt.emp), " in ", D(pt.ref - datetime.timedelta(days=R.randint(40, 300)), ch(["Month d", "Month dth"])), "."],
                 "Receives SSDI."]),
           rel=ch([["Married ", pt.spouse.first_(), " in ", yr(pt, R.randint(20, 30)), "; separated since ", D(pt.ref - datetime.timedelta(days=R.randint(20, 200)), ch(["Month d", "m/d", "Month dth"])), "."],
                   ["Has a ", str(pt.kidage), "-year-old ", pt.kidk, ", ", pt.kid.call(), ", who lives with the other parent in ", town(), "."],
                   ["In a relationship with ", pt.spouse.full(), " for ", str(R.randint(1, 9)), " years."], "Never married, no children."]))
    n.line("Trauma: {t}", t=ch(["denies.",
                                ["witnessed domestic violence in the home; DCF involvement in ", Y(pt.by + R.randint(4, 12)), "."],
                                ["house fire in ", yr(pt, R.randint(10, 30)), " at ", street(), " in which the family lost everything."], "combat exposure; meets criteria for PTSD per PCL-5 of 52."]))
    n.line("Legal: {l}", l=ch(["none", ["DUI ", D(pt.ref - datetime.timedelta(days=R.randint(30, 400)), ch(["m/d/yy", "Month d, yyyy"])), ", court date pending in ", town(), " District Court"],
                               ["on probation through ", D(pt.ref + datetime.timedelta(days=R.randint(60, 700)), ch(["Month d, yyyy", "m/d/yyyy"])), "; PO is ", Person("HCPName").full(), " (", phone(), ")"]]))
    if maybe(0.5):
        n.line()
        n.line("Medical History")
        n.line("PCP is {d} at {c}. {m} Last physical {w}. {x}", d=["Dr. ", pt.refdoc.last_()], c=loc(pt.refclinic),
               m=ch(["Hypothyroidism, on levothyroxine.", "Type 2 diabetes, A1c 9.2.", "No chronic conditions.", "Migraines; chronic low back pain after a fall at work."]),
               w=D(pt.ref - datetime.timedelta(days=R.randint(30, 400)), ch(["Month d, yyyy", "m/d/yy"])),
               x=ch(["", ["Concussion playing football at ", loc(pt.school), " in ", yr(pt, 16), "."], "Denies head injury or seizures."]))
    if maybe(0.5):
        n.line()
        n.line("Strengths, Supports and Cultural Considerations")
        n.line("{H} identifies {x} as supports. {y} {z}", H=he(pt).capitalize(),
               x=ch([["", his(pt), " ", pt.sibk, " ", pt.sib.first_(), " and ", his(pt), " pastor at ", loc(ch(["Grace Fellowship Church of Calder", "St. Casimir Parish", "Masjid Al-Noor of Bracken", "Temple Beth Shalom in Jessup"]))],
                     ["", his(pt), " grandmother ", pt.gp.call(), " and a friend from work"], "no one at present"]),
               y=ch(["Spanish is the preferred language at home; interview conducted in English per client preference.", "Enjoys fishing, drawing and his dogs." if pt.pt.sex == "M" else "Enjoys gardening, drawing and her dogs.",
                     "Identifies as Ojibwe; interested in services through the tribal health center.", "Practicing Muslim; prefers a female clinician."]),
               z=ch(["", "Motivated for treatment.", "Ambivalent about medication."]))
    n.line()
    n.line("Substance Use")
    n.line("Alcohol: {a}. Cannabis: {c}. Nicotine: {ni}. Other: {o}. AUDIT-C {au}.", a=ch(["4-6 beers nightly", "social, 1-2 drinks monthly", "none since " + "rehab", "a pint of vodka daily, last drink yesterday morning"]),
           c=ch(["daily vaping", "denied", "weekends"]), ni=ch(["1 ppd since age 15", "denied", "vapes"]), o=ch(["denied", "cocaine in college", "prescribed Adderall, denies misuse", "fentanyl, last use 3 days ago"]), au=R.randint(0, 12))
    n.line()
    n.line("Mental Status Examination")
    n.line("{x}", x=ch(["Casually dressed, fair hygiene, cooperative, psychomotor slowing. Speech soft, low volume. Mood \"empty\"; affect constricted, tearful. Thought process linear. Denies AH/VH. Insight and judgment fair.",
                        "Well-groomed, restless, good eye contact. Speech rapid but interruptible. Mood \"on edge\". Affect anxious. No psychosis. Cognition grossly intact. Insight good.",
                        "Disheveled, guarded, intermittent eye contact. Mood \"fine\"; affect flat. Thought blocking noted. Endorses hearing a voice calling name. Insight poor."]))
    n.line("Screening: PHQ-9 {p}, GAD-7 {g}, C-SSRS {c}.", p=R.randint(2, 27), g=R.randint(0, 21), c=ch(["screen negative", "low risk", "moderate risk (ideation w/o plan)", "high risk - plan without intent"]))
    n.line()
    n.line("Impression and Plan")
    n.line("{dx}. Plan: {p}", dx=ch(["Major depressive disorder, recurrent, moderate (F33.1)", "Generalized anxiety disorder (F41.1); r/o panic disorder",
                                      "Alcohol use disorder, severe; substance-induced depressive disorder", "PTSD (F43.10); MDD single episode"]),
           p=ch(["weekly CBT with this writer; psychiatric medication evaluation with " + "the agency prescriber", "referral to IOP; sertraline increase per PCP", "DBT skills group Tuesdays; case management for housing"]))
    n.line("Safety plan completed. Crisis contacts: {c}, and the 988 line.", c=ch([[pt.sib.first_(), " (", phone(), ")"], [his(pt), " mother ", pt.mom.first_(), " at ", phone()],
                                                                                    [his(pt), " sponsor (", phone(), ")"], ["the mobile crisis team ", phone(5)]]))
    if maybe(0.5):
        n.line("Release of information signed for {w}. Next appointment {d}{x}.", w=ch([["Dr. ", pt.refdoc.last_()], [loc(pt.school), " guidance office"], ["employer EAP at ", emp(pt.emp)]]),
               d=D(pt.ref + datetime.timedelta(days=R.randint(5, 21)), ch(["Wd, Month d", "m/d", "Month dth", "wd m/d"])), x=ch(["", " at 3:00 pm", " via telehealth"]))
    if maybe(0.3):
        n.line("Client prefers contact by email ({e}) or text to {ph}.", e=email(pt.pt), ph=phone())
    if maybe(0.2):
        slug = (pt.pt.first + "-" + pt.pt.last).lower().replace(" ", "").replace("'", "")
        n.line("{H} shared {x} and asked that it be noted in the record.", H=he(pt).capitalize(),
               x=ch([["music posted at ", P(f"soundcloud.com/{slug}", "Other")], ["a fundraiser page (", P(f"https://www.gofundme.com/f/help-{slug}", "Other"), ")"],
                     ["a blog at ", P(f"https://{slug}.wordpress.com", "Other")]]))
    n.line("{c}", c=ch([[pt.clin.full(), ", LCSW"], [pt.clin.full(), ", LMHC"], [pt.clin.il(), ", PsyD"], ["Signed: ", pt.clin.lf(), ", LPC"]]))


def followup(n, pt, k):
    d = pt.ref + datetime.timedelta(days=7 * k + R.randint(0, 3))
    n.line("{a} - Progress Note", a=loc(pt.agency))
    n.line("{nm}  {m}  Session {k}  {d}", nm=pt.pt.lf(), m=pt.mrn, k=k + 1, d=D(d, ch(["m/d/yyyy", "mm/dd/yy", "Month d, yyyy"])))
    n.line()
    n.line("{nm} arrived {w}. {H} reports {x}.", nm=ch([pt.pt.first_, pt.pt.call, lambda: [title(pt.pt), pt.pt.last_()]])(),
           w=ch(["on time", ["on time with ", his(pt), " ", pt.sibk, " ", pt.sib.first_()], "twenty minutes late due to the bus from downtown"]), H=he(pt).capitalize(),
           x=ch(["a hard week after an argument with " + his(pt) + " father", "sleeping better on trazodone", "relapsing over the weekend",
                 "starting a new job"]))
    if maybe(0.5):
        n.line("{H} spent {hol} with {who} in {tn} and described it as {q}.", H=he(pt).capitalize(), hol=ch(["the weekend", "the long weekend", "the holiday"]),
               who=ch([["", his(pt), " brother ", Person("RelativeProxyName", "M").first_()], ["", his(pt), " grandmother"], ["cousin ", Person("RelativeProxyName").full()]]),
               tn=ch([pt.hometown, town()]), q=ch(["'exhausting'", "better than expected", "triggering"]))
    n.line("MSE: {m}", m=ch(["alert, cooperative, mood 'okay', affect brighter than last visit, no SI/HI", "tired-appearing, mood 'down', affect congruent, linear",
                              "anxious, fidgeting, speech normal rate, future-oriented"]))
    n.line("Medications: {m}", m=ch(["sertraline 100 mg daily, trazodone 50 mg qhs", "none", "naltrexone 50 mg daily", "escitalopram 10 mg; prazosin 2 mg qhs"]))
    n.line("Interventions: {i}", i=ch(["behavioral activation scheduling; reviewed thought record", "distress tolerance (TIPP), chain analysis of Saturday's episode",
                                        "motivational interviewing re: drinking; reviewed triggers", "grounding skills, psychoeducation on PTSD"]))
    n.line("PHQ-9 today {p} (intake {q}). C-SSRS: {c}.", p=R.randint(2, 24), q=R.randint(10, 27), c=ch(["no ideation since last visit", "passive ideation, no plan", "denies"]))
    if maybe(0.5):
        n.line("Collateral: spoke with {who} by phone at {ph} with client's consent.", who=ch([[his(pt), " probation officer ", Person("HCPName").full()], [his(pt), " mother, ", pt.mom.full()],
                                                                                                ["school counselor ", Person("HCPName").last_(), " at ", loc(pt.school)], ["Dr. ", pt.refdoc.last_()]]), ph=phone())
    n.line("Plan: continue weekly; next session {d}.", d=D(d + datetime.timedelta(days=7), ch(["m/d", "Month d", "wd m/d"])))
    n.line("Homework: {h}", h=ch(["log mood 3x/day", "attend two AA meetings", "call sister once this week", "practice paced breathing nightly"]))
    n.line("{c}", c=ch([[pt.clin.full(), ", LCSW"], [pt.clin.il(), ", PsyD"], [pt.clin.initials_dot(), " LMHC"]]))


def generate():
    notes = []
    pid = 5600
    while len(notes) < 40:
        pid += R.randint(1, 7)
        pt = BhPatient()
        n = Note(typos=ch([0, 0, 0, 0.03]))
        intake(n, pt)
        notes.append((str(pid), "1", n))
        for k in range(min(ch([0, 0, 1, 2]), 40 - len(notes))):
            n = Note(typos=ch([0, 0, 0, 0.03]))
            followup(n, pt, k + 1)
            notes.append((str(pid), str(k + 2), n))
    return notes
