"""Template engine and pools for the second blind de-identification set (issue 11).

Written by hand for this set only, without sight of the de-identifier, its rules, lexicons,
tests, the first blind set or the PhysioNet corpus. Python 3 stdlib only; every random choice
comes from the `random.Random` passed in, so output is deterministic for a seed.

A template is plain text with placeholders in braces. PHI placeholders render one or more
segments, each either gold PHI (with a category) or plain text; non-PHI placeholders (numbers,
choices, times, weekdays) render plain text. Placeholder forms:

  {pt:FORM}            patient name                         PTName (PTNameInitial for `inits`)
  {hcp:N:FORM}         N-th clinician of the note            HCPName
  {rel:N:FORM}         N-th relative / proxy                 RelativeProxyName
      FORM: full | fml | lf | lfm | last | first | il | inits | initslc | ilnodot
  {date:KEY:FMT}       a date of the note (KEY picks which; FMT a format or `*`)   Date
  {dt:KEY}             date with attached clock time (a timestamp)                Date
  {yr} {yrapos}        bare past year `2009` / `'97` or `88'`                     DateYear
  {ptage}              the patient's age: Age if > 89, else plain
  {age90}              an age over 89                                             Age
  {hosp} {hospabbr} {clinic} {nh} {town} {townlc} {street} {zip} {employer} {rehab}   Location
  {phone} {ext} {pager}                                                           Phone
  {mrn} {acc} {email} {ssn} {job}                                                     Other
  {~a|b|c}  choice     {#lo-hi}  integer     {%lo-hi}  one-decimal number
  {time} {dow} {med} {vitals}   plain text
"""
import datetime as _dt
import re

FIRST_F = [
    "Mary", "Patricia", "Linda", "Aisha", "Fatima", "Ngozi", "Chioma", "Ama", "Xiaoling", "Mei",
    "Yuki", "Priya", "Anjali", "Lakshmi", "María", "Guadalupe", "Lucía", "Siobhan", "Niamh",
    "Zoë", "Chloé", "Agnieszka", "Svetlana", "Thu Ha", "Leila", "Miriam", "Hope", "Rose",
    "Grace", "Faith", "June", "April", "Dawn", "Joy", "Sandy", "Dolores", "Daisy", "Ivy",
    "Bernadette", "Marie-Claire", "Ann-Marie", "Kateřina", "Ingrid", "Oksana", "Esperanza",
    "Shanice", "Tamika", "Precious", "Blessing", "Carmel", "Olive", "Pearl", "Ruby", "Iris",
]
FIRST_M = [
    "James", "Robert", "Oluwaseun", "Chidi", "Kwame", "Mohammed", "Tariq", "Wei", "Hiroshi",
    "Rajesh", "Sunil", "José", "Juan Carlos", "Padraig", "Seán", "François", "Björn", "Søren",
    "Wojciech", "Dmitri", "Yosef", "Frank", "Will", "Bill", "Mark", "Earl", "Gus", "Pat",
    "Chip", "Rusty", "Jean-Luc", "Hamid", "Arjun", "Kofi", "Emeka", "Thanh", "Minh", "Duc",
    "Giuseppe", "Nuno", "Joaquín", "Lars", "Anders", "Mikhail", "Taras", "DeShawn", "Tyrone",
    "Cletus", "Ezekiel", "Hank", "Sonny", "Buddy", "Rocco", "Angus", "Hamish",
]
LAST = [
    "Smith", "O'Brien", "O'Neil", "McCarthy", "MacDonald", "van der Berg", "van den Heuvel",
    "de la Cruz", "De Souza", "da Silva", "dos Santos", "D'Amico", "D'Angelo", "Garcia-Lopez",
    "Smith-Jones", "Adeyemi", "Nwosu", "Mensah", "Eze", "Bergström", "Johansson",
    "Kowalski", "Wiśniewski", "Nguyen", "Truong", "Pham", "Kim", "Park", "Tanaka", "Yamamoto",
    "Chen", "Zhang", "Liu", "Patel", "Shah", "Gupta", "Iyer", "Hernández", "Muñoz", "Peña",
    "Ibáñez", "Müller", "Schröder", "Becker", "Haddad", "Al-Masri", "El-Amin", "Cohen", "Levi",
    "Rosenberg", "Goldstein", "Hill", "Baker", "Page", "Rose", "Hope", "Frank", "Young",
    "Long", "Black", "White", "Brown", "Green", "Wood", "Marsh", "Moody", "Cook", "Walker",
    "Bishop", "Parsons", "Price", "Knight", "Bell", "Hunt", "Mills", "Fields", "Sharp",
    "Strong", "Noble", "Fitzgerald", "St. John", "LeBlanc", "Thibodeaux", "Nkemelu", "Wójcik",
    "Øster", "Mac an tSaoir", "Ó Briain", "ten Brink", "Von Essen", "Abu-Khalil", "Ferreira-Nunes",
    "Kaczmarek-Wolf", "Banerjee", "Chaudhry", "Oyelaran", "Asante", "Boateng", "Lindgren",
    "Sørensen", "Ng", "Ho", "Lo", "Do", "Le", "Vu", "Ma", "Hu", "Day", "Winter", "Summers",
    "Gentry", "Love", "Guest", "Fair", "Waters", "Christmas", "Sweet", "Stone", "Lane",
]
MIDDLE = "ABCDEFGHJKLMNPRSTW"

HOSPITALS = [
    ("Saint Brendan's Medical Center", "SBMC"), ("Merrimack Valley General Hospital", "MVGH"),
    ("Lakeshore Regional Medical Center", "LRMC"), ("Bayview Memorial Hospital", "BMH"),
    ("North Shore Community Hospital", "NSCH"), ("Our Lady of Lourdes Hospital", "OLOL"),
    ("Pioneer Valley Medical Center", "PVMC"), ("Riverbend University Hospital", "RUH"),
    ("St. Agnes Hospital", "St Agnes"), ("Cedar Grove Regional Hospital", "CGRH"),
    ("University of Vermont Medical Center", "U Vermont"), ("UMass Memorial", "UMass"),
    ("Beth Israel Deaconess", "BIDMC"), ("Tufts Medical Center", "Tufts"),
    ("Caritas Norwood Hospital", "Norwood"), ("Good Samaritan Medical Center", "Good Sam"),
    ("Heywood Hospital", "Heywood"), ("Holy Family Hospital", "Holy Family"),
    ("Brigham and Women's Hospital", "Brigham"), ("Mass General", "MGH"),
    ("Dartmouth-Hitchcock", "DHMC"), ("Kindred Hospital Northeast", "Kindred"),
    ("South Coast Regional", "SCR"), ("Milford Regional Medical Center", "MRMC"),
]
CLINICS = [
    "Brightwater Family Health", "Dorchester House", "Eastside Dialysis", "Harborview Cardiology Associates",
    "Kessler Pulmonary Clinic", "Fenway Health", "Greater Lowell Health Center", "Codman Square Health Center",
    "Lynn Community Health", "Abernathy Clinic", "Seacoast Oncology", "Westgate Urgent Care",
    "Valley Orthopedic Associates", "Fresenius Quincy", "DaVita Brockton", "Family Practice of Dracut",
]
NURSING_HOMES = [
    "Sunrise Meadows", "Maplewood Manor", "Heritage Hall Nursing & Rehab", "Golden Pond",
    "The Willows at Westborough", "Hebrew SeniorLife", "Marian Manor", "Oak Knoll Healthcare",
    "Brookhaven Rest Home", "Life Care Center of Nashua", "Sacred Heart Nursing Home",
    "Blue Hills Rehab", "Kimwell", "Wingate at Haverhill",
]
REHABS = ["Spaulding", "Braintree Rehab", "Whittier Rehab", "Fairlawn", "New England Sinai", "Youville"]
EMPLOYERS = [
    "Raytheon", "Dunkin Donuts", "Stop & Shop", "MBTA", "Boston Public Schools", "Home Depot",
    "Fidelity", "Walmart", "UPS", "Market Basket", "General Dynamics", "Verizon", "Staples",
    "Gillette", "Sears", "Polaroid", "Shaw's", "FedEx", "Lowell Sun", "Pfizer",
]
TOWNS = [
    "Medford", "Framingham", "Worcester", "Lowell", "Lawrence", "Haverhill", "Chelsea", "Revere",
    "Quincy", "Brockton", "Fall River", "New Bedford", "Springfield", "Pittsfield", "Fitchburg",
    "Leominster", "Methuen", "Dracut", "Malden", "Somerville", "Nashua", "Manchester",
    "Providence", "Pawtucket", "Woonsocket", "Bangor", "Chicopee", "Attleboro", "Peabody",
    "Saugus", "Everett", "Billerica", "Tewksbury", "Marlborough", "Gardner", "Athol",
    "Plymouth", "Taunton", "Salem", "Gloucester", "Amesbury", "Hyannis", "Falmouth",
]
TOWNS_STAFF = [
    "worcestor", "framingam", "haverill", "leomister", "sommerville", "mathuen", "pawtuket",
    "brocton", "medford", "lowell", "chelsae", "quincey", "nashau", "tewksbery", "marlboro",
    "glouster", "fitchberg", "peabody", "everet", "attleborro", "new bedfrod", "fall river",
]
STREETS = [
    "Elm St", "Maple Ave", "Cottage Street", "Riverside Dr", "Old County Rd", "Pleasant St.",
    "Washington Street", "Main St", "Chestnut Hill Ave", "Boylston St", "Salem Turnpike",
    "Lakeview Terrace", "Prospect Hill Rd", "Water St", "Highland Avenue", "Depot Rd",
]
EMAIL_DOMAINS = ["gmail.com", "yahoo.com", "comcast.net", "aol.com", "hotmail.com", "verizon.net"]
HOSP_DOMAINS = ["sbmc.org", "mvgh.org", "lrmc-health.org", "partners.org", "bmh.net", "ruh.edu"]

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]
DOWS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
        "Mon", "Tues", "Wed", "Thurs", "Fri", "Sat", "Sun"]
MEDS = [
    "Lasix 40 mg IV BID", "metoprolol 25 mg PO BID", "heparin 5000 units SC q8h",
    "1/2 tab Ativan qhs prn", "Tylenol 650 mg PO q6h prn", "vanco 1 g IV q12h",
    "pip/tazo 3.375 g IV q6h", "KCl 20 mEq PO x1", "insulin gtt @ 4 u/hr", "propofol @ 30 mcg/kg/min",
    "fentanyl 50 mcg/hr", "levophed 0.08 mcg/kg/min", "ASA 81 mg daily", "atorvastatin 40 mg qhs",
    "Coumadin 5 mg (INR goal 2-3)", "Protonix 40 mg IV daily", "lisinopril 10 mg daily",
    "Mg sulfate 2 g IV", "albuterol/ipratropium nebs q4h", "prednisone 40 mg x 5 days",
    "ceftriaxone 1 g IV q24h", "morphine 2 mg IV q2h prn", "Haldol 0.5 mg IV x1",
    "Seroquel 25 mg qhs", "levetiracetam 500 mg BID", "amiodarone 200 mg daily",
]


def ordinal(n):
    if 10 <= n % 100 <= 20:
        return f"{n}th"
    return f"{n}{ {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


DATE_FORMATS = {
    "md": lambda d: f"{d.month}/{d.day}",
    "mmdd": lambda d: f"{d.month:02d}/{d.day:02d}",
    "mdyy": lambda d: f"{d.month}/{d.day}/{d.year % 100:02d}",
    "mdyyyy": lambda d: f"{d.month:02d}/{d.day:02d}/{d.year}",
    "mdyyyy_nz": lambda d: f"{d.month}/{d.day}/{d.year}",
    "iso": lambda d: d.isoformat(),
    "mon_d": lambda d: f"{MONTHS[d.month - 1]} {d.day}",
    "mon_d_y": lambda d: f"{MONTHS[d.month - 1]} {d.day}, {d.year}",
    "mon3_d": lambda d: f"{MONTHS[d.month - 1][:3]} {d.day}",
    "mon3dot_d": lambda d: f"{MONTHS[d.month - 1][:3]}. {d.day}",
    "d_mon_y": lambda d: f"{d.day} {MONTHS[d.month - 1]} {d.year}",
    "ord_of": lambda d: f"{ordinal(d.day)} of {MONTHS[d.month - 1]}",
    "mon_ord": lambda d: f"{MONTHS[d.month - 1]} {ordinal(d.day)}",
    "d_mon_yy": lambda d: f"{d.day}-{MONTHS[d.month - 1][:3]}-{d.year % 100:02d}",
    "ddmonyyyy": lambda d: f"{d.day:02d}{MONTHS[d.month - 1][:3].upper()}{d.year}",
    "m_d": lambda d: f"{d.month}-{d.day}",
    "mdyy_dash": lambda d: f"{d.month}-{d.day}-{d.year % 100:02d}",
    "mdyy_dot": lambda d: f"{d.month}.{d.day}.{d.year % 100:02d}",
    "mon_y": lambda d: f"{MONTHS[d.month - 1]} {d.year}",
    "mon3_y": lambda d: f"{MONTHS[d.month - 1][:3]} {d.year}",
    "m_yyyy": lambda d: f"{d.month}/{d.year}",
    "m_yy": lambda d: f"{d.month}/{d.year % 100:02d}",
}


class Person:
    def __init__(self, rng, sex=None):
        self.sex = sex or rng.choice("FM")
        self.first = rng.choice(FIRST_F if self.sex == "F" else FIRST_M)
        self.last = rng.choice(LAST)
        self.mid = rng.choice(MIDDLE)

    def form(self, form):
        f, l, m = self.first, self.last, self.mid
        initial_of_last = [w for w in re.split(r"[ \-']", l) if w[:1].isupper()]
        li = (initial_of_last[0] if initial_of_last else l)[0].upper()
        if form == "full":
            return f"{f} {l}"
        if form == "fml":
            return f"{f} {m}. {l}"
        if form == "lf":
            return f"{l}, {f}"
        if form == "lfm":
            return f"{l}, {f} {m}."
        if form == "last":
            return l
        if form == "first":
            return f
        if form == "il":
            return f"{f[0]}. {l}"
        if form == "ilnodot":
            return f"{f[0]} {l}"
        if form == "inits":
            return f"{f[0]}{m}{li}"
        if form == "initslc":
            return f"{f[0]}{m}{li}".lower()
        raise ValueError(form)


class Note:
    """Per-note context: the people, places and dates a note talks about, kept consistent."""

    def __init__(self, rng, date_formats):
        self.rng = rng
        self.pt = Person(rng)
        self.hcps = [Person(rng) for _ in range(9)]
        self.rels = [Person(rng) for _ in range(3)]
        self.base = _dt.date(2013, 1, 1) + _dt.timedelta(days=rng.randrange(0, 365 * 11))
        self.age = rng.randrange(90, 104) if rng.random() < 0.3 else rng.randrange(24, 90)
        self.dates = {}
        self.date_formats = date_formats
        self.hosp = rng.choice(HOSPITALS)
        self.hosp2 = rng.choice(HOSPITALS)
        self.town = rng.choice(TOWNS)

    def date(self, key):
        if key not in self.dates:
            r = self.rng
            off = {
                "adm": 0, "dis": r.randrange(3, 15), "prior": -r.randrange(30, 900),
                "prior2": -r.randrange(900, 2000), "fu": r.randrange(7, 60), "r1": -r.randrange(6, 10),
                "r2": -r.randrange(0, 4), "dob": -(self.age * 365 + r.randrange(0, 364)),
                "let": r.randrange(0, 3), "dict": r.randrange(0, 3), "tr": r.randrange(3, 8),
                "sig": r.randrange(0, 3), "add": r.randrange(3, 8),
                "onset": -r.randrange(1, 6), "proc": r.randrange(1, 4),
            }.get(key, r.randrange(0, 10))  # other keys: events of the stay
            self.dates[key] = self.base + _dt.timedelta(days=off)
        return self.dates[key]


PH_RE = re.compile(r"\{([^{}]+)\}")


def phone(rng):
    a, b, c = rng.choice(["617", "508", "978", "781", "413", "603", "401", "207"]), rng.randrange(200, 999), rng.randrange(0, 10000)
    return rng.choice([
        f"({a}) {b}-{c:04d}", f"{a}-{b}-{c:04d}", f"{a}.{b}.{c:04d}", f"{a} {b} {c:04d}",
        f"{b}-{c:04d}", f"{a}{b}{c:04d}", f"+1 {a}-{b}-{c:04d}", f"1-800-{b}-{c:04d}",
        f"({a}){b}-{c:04d}", f"{a}/{b}-{c:04d}",
    ])


NEXT_PERSON_RE = re.compile(r"\s*\{(pt|rel:(\d))")
FEMALE_WORDS = {"daughter", "wife", "niece", "sister", "mother", "dtr", "ms.", "mrs.", "ms", "mrs", "lady", "woman", "f"}
MALE_WORDS = {"son", "husband", "nephew", "brother", "father", "mr.", "mr", "man", "m"}


def agreeing(choices, sex):
    """The choices whose gendered word (if any) fits `sex`; all of them if none fits."""
    def fits(choice):
        words = set(choice.lower().split())
        return not (words & (MALE_WORDS if sex == "F" else FEMALE_WORDS))
    kept = [c for c in choices if fits(c)]
    return kept or choices


def render(template, note, rng):
    """Returns (text, spans) where spans are (start, end, category, phrase)."""
    out, spans, pos = [], [], 0
    length = 0

    def emit(text, cat=None):
        nonlocal length
        if cat:
            spans.append((length, length + len(text), cat, text))
        out.append(text)
        length += len(text)

    for m in PH_RE.finditer(template):
        emit(template[pos:m.start()])
        pos = m.end()
        key = m.group(1)
        nxt = NEXT_PERSON_RE.match(template, m.end())
        if key.startswith("~") and nxt:
            # A relation word or title just before a name agrees with that person's sex.
            person = note.pt if nxt.group(1) == "pt" else note.rels[int(nxt.group(2))]
            key = "~" + "|".join(agreeing(key[1:].split("|"), person.sex))
        for text, cat in placeholder(key, note, rng):
            emit(text, cat)
    emit(template[pos:])
    return "".join(out), spans


def placeholder(key, note, rng):
    if key.startswith("~"):
        return [(rng.choice(key[1:].split("|")), None)]
    if key.startswith("#"):
        lo, hi = key[1:].split("-")
        return [(str(rng.randint(int(lo), int(hi))), None)]
    if key.startswith("%"):
        lo, hi = key[1:].split("-")
        return [(f"{rng.uniform(float(lo), float(hi)):.1f}", None)]
    parts = key.split(":")
    k = parts[0]
    if k == "pt":
        return [(note.pt.form(parts[1]), "PTNameInitial" if parts[1] == "inits" else "PTName")]
    if k == "hcp":
        return [(note.hcps[int(parts[1])].form(parts[2]), "HCPName")]
    if k == "rel":
        return [(note.rels[int(parts[1])].form(parts[2]), "RelativeProxyName")]
    if k == "date":
        fmt = parts[2] if len(parts) > 2 and parts[2] != "*" else rng.choice(note.date_formats)
        return [(DATE_FORMATS[fmt](note.date(parts[1])), "Date")]
    if k == "dt":
        d = note.date(parts[1])
        t = rng.choice([f"{rng.randrange(0, 24):02d}{rng.choice(['00', '15', '30', '45'])}",
                        f"{rng.randrange(0, 24):02d}:{rng.randrange(0, 60):02d}"])
        fmt = rng.choice(["mdyyyy", "iso", "md", "mdyy", "mdyyyy_nz"])
        return [(f"{DATE_FORMATS[fmt](d)} {t}", "Date")]
    if k == "yr":
        return [(str(note.base.year - rng.randrange(2, 40)), "DateYear")]
    if k == "yrapos":
        y = (note.base.year - rng.randrange(3, 40)) % 100
        return [(rng.choice([f"'{y:02d}", f"{y:02d}'"]), "DateYear")]
    if k == "ptage":
        return [(str(note.age), "Age" if note.age > 89 else None)]
    if k == "age90":
        return [(str(rng.randrange(90, 106)), "Age")]
    if k == "age":
        return [(str(rng.randrange(19, 89)), None)]
    if k == "hosp":
        return [(note.hosp[0], "Location")]
    if k == "hospabbr":
        return [(note.hosp[1], "Location")]
    if k == "hosp2":
        return [(rng.choice([note.hosp2[0], note.hosp2[1]]), "Location")]
    if k == "clinic":
        return [(rng.choice(CLINICS), "Location")]
    if k == "nh":
        return [(rng.choice(NURSING_HOMES), "Location")]
    if k == "rehab":
        return [(rng.choice(REHABS), "Location")]
    if k == "employer":
        return [(rng.choice(EMPLOYERS), "Location")]
    if k == "town":
        return [(note.town, "Location")]
    if k == "town2":
        return [(rng.choice(TOWNS), "Location")]
    if k == "townlc":
        return [(rng.choice(TOWNS_STAFF), "Location")]
    if k == "street":
        return [(f"{rng.randrange(2, 990)} {rng.choice(STREETS)}", "Location")]
    if k == "zip":
        return [(f"0{rng.randrange(1000, 2999)}", "Location")]
    if k == "phone":
        return [(phone(rng), "Phone")]
    if k == "ext":
        return [(rng.choice([f"x{rng.randrange(1000, 9999)}", f"ext. {rng.randrange(1000, 9999)}",
                             f"x4-{rng.randrange(1000, 9999)}", f"ext {rng.randrange(100, 999)}"]), "Phone")]
    if k == "pager":
        return [(rng.choice([f"{rng.randrange(1000, 9999)}", f"#{rng.randrange(100, 999)}-{rng.randrange(1000, 9999)}",
                             f"{rng.randrange(10, 99)}-{rng.randrange(100, 999)}"]), "Phone")]
    if k == "mrn":
        n = rng.randrange(10 ** 6, 10 ** 9)
        return [(rng.choice([f"{n:010d}", f"{n}", f"{str(n)[:3]}-{str(n)[3:5]}-{str(n)[5:]}",
                             f"A{n:08d}", f"{str(n)[:2]} {str(n)[2:5]} {str(n)[5:]}"]), "Other")]
    if k == "acc":
        y = note.base.year
        return [(rng.choice([f"RAD{y}-{rng.randrange(0, 999999):06d}", f"E{rng.randrange(10 ** 6, 10 ** 7)}",
                             f"{y % 100}-CT-{rng.randrange(0, 99999):05d}", f"{rng.randrange(10 ** 7, 10 ** 8)}",
                             f"XR{rng.randrange(10 ** 5, 10 ** 6)}"]), "Other")]
    if k == "email":
        p = note.hcps[int(parts[1])] if len(parts) > 1 else note.rels[0]
        local = re.sub(r"[^a-z]", "", p.first.lower()[:1] + p.last.lower()) or "pt"
        dom = rng.choice(HOSP_DOMAINS if len(parts) > 1 else EMAIL_DOMAINS)
        local = rng.choice([local, local + str(rng.randrange(1, 99)),
                            re.sub(r"[^a-z]", "", p.first.lower()) + "." + re.sub(r"[^a-z]", "", p.last.lower())])
        return [(f"{local}@{dom}", "Other")]
    if k == "job":
        return [(f"{rng.randrange(100000, 999999)}", "Other")]
    if k == "ssn":
        return [(f"{rng.randrange(100, 899)}-{rng.randrange(10, 99)}-{rng.randrange(1000, 9999)}", "Other")]
    if k == "time":
        return [(rng.choice([f"{rng.randrange(0, 24):02d}{rng.choice(['00', '15', '30', '45'])}",
                             f"{rng.randrange(1, 13)}:{rng.choice(['00', '15', '30', '45'])}",
                             f"{rng.randrange(1, 13)} {rng.choice(['am', 'pm', 'AM', 'PM'])}",
                             f"{rng.randrange(0, 24):02d}:{rng.randrange(0, 60):02d}"]), None)]
    if k == "dow":
        return [(rng.choice(DOWS), None)]
    if k == "med":
        return [(rng.choice(MEDS), None)]
    if k == "vitals":
        return [(rng.choice([
            f"BP {rng.randrange(90, 170)}/{rng.randrange(50, 100)} HR {rng.randrange(55, 130)} RR {rng.randrange(12, 30)} SpO2 {rng.randrange(88, 101)}% RA",
            f"T {rng.uniform(36, 39.5):.1f} P {rng.randrange(55, 130)} BP {rng.randrange(90, 170)}/{rng.randrange(50, 100)} R {rng.randrange(12, 30)} O2 sat {rng.randrange(88, 101)}% on {rng.randrange(1, 6)}L",
            f"VS: {rng.uniform(97, 102.5):.1f} {rng.randrange(55, 130)} {rng.randrange(90, 170)}/{rng.randrange(50, 100)} {rng.randrange(12, 30)} {rng.randrange(88, 101)}%",
            f"HR {rng.randrange(55, 130)} {rng.choice(['NSR', 'SR', 'ST', 'AF', 'afib w/ RVR'])}, BP {rng.randrange(90, 170)}/{rng.randrange(50, 100)} (MAP {rng.randrange(60, 100)})",
        ]), None)]
    raise KeyError(key)


ABBREVIATIONS = [
    (r"\bwith\b", "w/"), (r"\bwithout\b", "w/o"), (r"\bpatient\b", "pt"), (r"\bhistory\b", "hx"),
    (r"\band\b", "&"), (r"\bsecondary to\b", "2/2"), (r"\bincreased\b", "incr"), (r"\bdecreased\b", "decr"),
    (r"\bfollow[- ]up\b", "f/u"), (r"\bbilateral\b", "bilat"), (r"\bright\b", "R"), (r"\bleft\b", "L"),
]
TYPOS = [
    (r"received", "recieved"), (r"\bthe\b", "teh"), (r"tolerat", "tollerat"), (r"pressure", "presure"),
    (r"abdomen", "abdoman"), (r"secretions", "secreations"), (r"family", "famly"), (r"diminished", "dimished"),
    (r"commands", "comands"), (r"sputum", "sputem"), (r"comfortably", "comfortabley"), (r"discussed", "dicussed"),
    (r"unremarkable", "unremarakble"), (r"consistent", "consistant"), (r"\bnight\b", "nite"),
    (r"\btomorrow\b", "tmrw"), (r"\bnotified\b", "notifed"), (r"\bposition\b", "postion"),
]


def _keep_case(src, repl):
    return repl.upper() if src.isupper() else repl


def noisify(template, rng, level):
    """Writes the template's literal text (never a placeholder) the way a hurried writer would:
    abbreviations this writer uses, a few misspellings, dropped full stops. `level` 0..1."""
    if level <= 0:
        return template
    abbrevs = [a for a in ABBREVIATIONS if rng.random() < level]
    parts, pos = [], 0

    def literal(text):
        for pat, rep in abbrevs:
            text = re.sub(pat, lambda m: _keep_case(m.group(0), rep), text, flags=re.IGNORECASE)
        for pat, rep in TYPOS:
            text = re.sub(pat, lambda m: _keep_case(m.group(0), rep) if rng.random() < level * 0.35 else m.group(0),
                          text, flags=re.IGNORECASE)
        text = re.sub(r"\.(?= |\n)", lambda m: "" if rng.random() < level * 0.4 else ".", text)
        return text

    for m in PH_RE.finditer(template):
        parts.append(literal(template[pos:m.start()]))
        parts.append(m.group(0))
        pos = m.end()
    parts.append(literal(template[pos:]))
    return "".join(parts)
