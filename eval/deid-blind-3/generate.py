#!/usr/bin/env python3
"""Generate the third blind de-identification test set (eval/deid-blind-3/).

Python 3 standard library only, fixed seed, deterministic: running it twice writes the same bytes.
Six styles, 40 notes each, 8-25 gold PHI spans per note, PhysioNet layout:

  <style>/notes.text   START_OF_RECORD=<patient>||||<note>||||\n<body>||||END_OF_RECORD\n
  <style>/gold.phrase  <patient> <note> <start> <end> <Category> <phrase>

Offsets are 0-based, end-exclusive, counted from the first character after the START line's
newline. Every character is in the Basic Multilingual Plane, so Python string offsets equal
JavaScript (UTF-16) string offsets.

Every name, place, number and institution below is invented for this set (some town names are
real English place names that are also ordinary words, chosen for that reason); no note from any
corpus was read to write it.
"""
import os
import random
import re
import sys

SEED = 3_2026_1203
HERE = os.path.dirname(os.path.abspath(__file__))

# ---------------------------------------------------------------------------------------------
# Pools (invented; diverse origins; many names and towns are also English words)
# ---------------------------------------------------------------------------------------------
FIRST_F = [
    "Hope", "Rose", "Grace", "Faith", "June", "April", "May", "Joy", "Dawn", "Ivy", "Pearl",
    "Summer", "Page", "Ruby", "Iris", "Daisy", "Holly", "Amber", "Charity", "Patience", "Mercy",
    "Adaeze", "Ngozi", "Oluwaseun", "Mei", "Yuki", "Priya", "Ananya", "Fatima", "Leila", "Noor",
    "Guadalupe", "Xiomara", "Maribel", "Svetlana", "Agnieszka", "Ingrid", "Siobhan", "Aoife",
    "Hoa", "Tamar", "Keisha", "Shanice", "Dolores", "Mildred", "Gertrude", "Eunice", "Thérèse",
    "Zoë", "Ximena", "Kalani", "Aiyana", "Bernadette", "Constance", "Lourdes", "Nadia",
]
FIRST_M = [
    "Will", "Frank", "Bill", "Mark", "Art", "Guy", "Chase", "Hunter", "Rich", "Sterling", "Cliff",
    "Dale", "Glen", "Rod", "Miles", "Bud", "Sonny", "Major", "King", "Royal", "Drew", "Jack",
    "Chukwuemeka", "Kwame", "Oluwadamilare", "Hiroshi", "Minh", "Jae-won", "Arjun", "Rajesh",
    "Mohammed", "Youssef", "Tariq", "José", "Joaquín", "Santiago", "Luis", "Dmitri", "Bogdan",
    "Piotr", "Björn", "Lars", "Seamus", "Declan", "Tevita", "Makoa", "DeShawn", "Tyrone",
    "Ezekiel", "Mordecai", "Aurelio", "Vikram", "Emeka", "Thanh", "Wendell", "Clement",
]
SURNAMES = [
    "Street", "Brown", "Bishop", "Black", "White", "Green", "Hill", "Wood", "Marsh", "Field", "Fox",
    "Baker", "Cook", "Cross", "Price", "Park", "Long", "Young", "Hall", "Bell", "Snow", "Frost",
    "Rice", "Stone", "Rivers", "Banks", "Case", "Swan", "Love", "Sharp", "Strong", "Golden",
    "Moody", "Best", "Moss", "Lamb", "Bush", "Church", "Chambers", "Hart", "Page", "Hope", "Rose",
    "Bond", "Mills", "Sparks", "Sweet", "Battle", "Wise", "Hunt", "Lane", "Ford", "Kidd", "Pope",
    "Bliss", "Cash", "Winter", "Day", "Friday", "Mayo", "Waters", "Small", "Power", "Gentle",
    "Okafor", "Nwosu", "Adeyemi", "Mensah", "Nguyen", "Tran", "Pham", "Kim", "Tanaka", "Nakamura",
    "Chen", "Wu", "Patel", "Ramaswamy", "Iyer", "Chaudhry", "Haddad", "Al-Rashid", "Khoury",
    "Mansour", "Castellanos", "Reyes-Delgado", "Nuñez", "Ortiz", "Papadopoulos", "Kowalczyk",
    "Wiśniewski", "Lindqvist", "Müller", "Achterberg", "O'Donnell", "McAllister", "MacLeod",
    "Van der Berg", "St. Pierre", "Da Silva", "Pruitt-Okonkwo", "Abernathy", "Yazzie", "Begay",
    "Kealoha", "Tuilagi", "Goldberg", "Rabinowitz", "Dubois", "Thibodeaux", "Ferreira", "Szabo",
    "Horvath", "Ivanova", "Oyelaran", "Fitzgerald-Mbeki", "LaRocque", "DiNapoli",
]
TOWNS = [
    "Hope", "Liberty", "Florence", "Normal", "Eden", "Orange", "Mobile", "Reading", "Bath", "Derby",
    "Dover", "Ware", "Concord", "Harmony", "Independence", "Paradise", "Canton", "Warren",
    "Lincoln", "Auburn", "Mansfield", "Holden", "Bedford", "Marion", "Chester", "Plymouth",
    "Sandwich", "Rye", "Hull", "Salem", "Hazard", "Union", "Sharon", "Milton", "Quincy",
    "Braintree", "Gardner", "Palmer", "Winchester", "Lowell", "Chelsea", "Revere", "Marshfield",
    "East Brimley", "Port Ansel", "Kettering Falls", "Oakhaven", "North Wexley", "Millbrook Center",
    "South Hadley Falls", "Fall River", "Athol", "Ayer", "Clay", "Story", "Temple", "Wellfleet",
]
BIRTHPLACES = [
    "Port-au-Prince", "Cali", "Lagos", "Manila", "Ho Chi Minh City", "San Juan", "Ponce", "Kingston",
    "Cork", "Kraków", "Accra", "Mogadishu", "Beirut", "Praia", "Santo Domingo", "Guadalajara",
    "Kerala", "Nuku'alofa", "Hilo", "Tuba City", "Azores", "Cape Verde",
]
HOSPITALS = [
    ("Harbor Point Medical Center", "HPMC"), ("St. Brendan's Hospital", "SBH"),
    ("Mercy Valley Hospital", "MVH"), ("Lakeshore General", "LSG"),
    ("North Wexley Community Hospital", "NWCH"), ("Kettering Falls Regional", "KFR"),
    ("Eastfield VA", "EVA"), ("Oakhaven Memorial", "OMH"), ("Children's of Port Ansel", "CPA"),
    ("Brimley University Hospital", "BUH"),
]
FACILITIES = [
    "Pinecrest Rehabilitation Center", "Ridgecrest Nursing Home", "Bayview Manor",
    "Maple Terrace Assisted Living", "Cedar Hollow Hospice House", "Sunnyside Skilled Nursing",
    "Golden Pond Rehab", "Hillcrest House", "the Willows at Dover", "Harmony Gardens",
]
EMPLOYERS = [
    "Hartwell Trucking", "Dunmore Mills", "Big Y", "Stop & Shop", "the Bishop Street Bakery",
    "Fairway Packaging", "Coastline Electric", "Amazon", "Dunkin'", "Home Depot", "Walmart",
    "Market Basket", "Raytheon", "Sunrise Diner", "Brimley Public Works", "Ocean State Job Lot",
    "Friendly's", "UPS", "Ansel Shipyard", "Kettering Paper Co",
]
SCHOOLS = [
    "Lincoln Middle School", "Eastfield High", "Brimley Regional High School",
    "Bunker Hill Community College", "Quinsigamond CC", "St. Agatha's School",
    "Kettering Elementary", "Port Ansel Academy", "Brimley State", "U Vermont", "UNH",
    "Wexley Technical", "Oakhaven Charter School",
]
UNIS = ["Brimley State", "U Vermont", "UNH", "UMass Dartmouth", "Port Ansel College", "Wexley Technical",
        "Bunker Hill Community College", "Kettering Univ", "the community college in Hull"]
SHELTERS = [
    "Harbor Light Shelter", "St. Anne's Family Shelter", "the Pine Street Inn", "Bridgeway House",
    "Casa Esperanza", "Rosie's Place", "the Cornerstone shelter", "Safe Harbor DV shelter",
    "New Hope House", "the Salvation Army on Water St",
]
STREET_NAMES = [
    "Bishop", "Rose", "Hope", "Main", "Brown", "Elm", "Church", "Water", "Mill Pond", "High",
    "Pleasant", "Union", "Liberty", "Chestnut", "Spring", "Orchard", "Summer", "Winter", "Park",
    "Station", "Pine", "Maple", "Ocean", "Bridge", "School",
]
STREET_TYPES = ["Street", "St", "St.", "Ave", "Avenue", "Rd", "Road", "Lane", "Ln", "Drive", "Dr", "Court", "Way", "Terrace"]
EMAIL_DOMAINS = ["gmail.com", "yahoo.com", "hpmc.org", "comcast.net", "aol.com", "sbh-health.org", "outlook.com"]
REL_WORDS = ["daughter", "son", "wife", "husband", "sister", "brother", "niece", "nephew", "granddaughter",
             "grandson", "partner", "mother", "father", "aunt", "cousin", "friend", "neighbor", "HCP", "stepdaughter"]
CONTACT_ROLES = ["probation officer", "landlord", "parole officer", "teacher", "guidance counselor",
                 "supervisor", "pastor", "court-appointed guardian", "lawyer", "coach"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]
MON3 = [m[:3] for m in MONTHS]
NUMWORDS = {90: "ninety", 91: "ninety-one", 92: "ninety-two", 93: "ninety-three", 94: "ninety-four",
            95: "ninety-five", 96: "ninety-six", 97: "ninety-seven", 98: "ninety-eight",
            99: "ninety-nine", 100: "one hundred", 101: "one hundred and one", 102: "one hundred two"}
CATEGORIES = ["PTName", "HCPName", "RelativeProxyName", "Date", "DateYear", "Location", "Phone", "Age", "Other"]


def ordinal(n):
    if 10 <= n % 100 <= 20:
        return f"{n}th"
    return f"{n}{ {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th') }"


# ---------------------------------------------------------------------------------------------
# Per-note context: slot name -> list of (text, category-or-None)
# ---------------------------------------------------------------------------------------------
class Ctx:
    def __init__(self, rng, patient, style):
        self.r = rng
        self.pt = patient
        self.style = style
        r = rng
        self.rel = (r.choice(FIRST_F + FIRST_M), r.choice(SURNAMES), r.choice(REL_WORDS))
        self.rel2 = (r.choice(FIRST_F + FIRST_M), r.choice(SURNAMES), r.choice(REL_WORDS))
        self.md = (r.choice(FIRST_F + FIRST_M), r.choice(SURNAMES))
        self.md2 = (r.choice(FIRST_F + FIRST_M), r.choice(SURNAMES))
        self.rn = (r.choice(FIRST_F + FIRST_M), r.choice(SURNAMES))
        self.sw = (r.choice(FIRST_F + FIRST_M), r.choice(SURNAMES))
        self.ctc = (r.choice(FIRST_F + FIRST_M), r.choice(SURNAMES), r.choice(CONTACT_ROLES))
        self.hosp = r.choice(HOSPITALS)
        self.hosp2 = r.choice(HOSPITALS)
        self.town = r.choice(TOWNS)
        self.town2 = r.choice(TOWNS)
        self.fac = r.choice(FACILITIES)
        self.emp = r.choice(EMPLOYERS)
        self.sch = r.choice(SCHOOLS)
        self.shel = r.choice(SHELTERS)
        self.birth = r.choice(BIRTHPLACES)
        self.year = r.choice([2024, 2025, 2026, 2026, 2026])
        self.month = r.randint(1, 12)
        self.day = r.randint(1, 27)
        self.mrn = self._mrn()

    # -- helpers
    def ch(self, seq):
        return self.r.choice(seq)

    def _mrn(self):
        r = self.r
        return r.choice([
            lambda: f"{r.randint(100000, 9999999):07d}",
            lambda: f"{r.randint(10, 99)}-{r.randint(100, 999)}-{r.randint(10, 99)}",
            lambda: f"H{r.randint(1000000, 9999999)}",
            lambda: f"00{r.randint(1000000, 9999999)}",
        ])()

    def md_(self):
        """A month/day near the note's base date."""
        m = self.month
        d = self.day + self.r.randint(-6, 3)
        if d < 1:
            m = 12 if m == 1 else m - 1
            d += 28
        return m, d

    def _mixcase(self, text):
        """Mixed-case styles: staff sometimes type a name or place in capitals or lower case."""
        if self.style in ("icu", "lower"):
            return text
        x = self.r.random()
        if x < 0.07:
            return text.upper()
        if x < 0.11:
            return text.lower()
        return text

    def name(self, text, cat):
        return [(self._mixcase(text), cat)]

    # -- the slots
    def slot(self, key):
        r = self.r
        pf, pl, sex = self.pt["first"], self.pt["last"], self.pt["sex"]
        if key == "P":
            return self.name(pl, "PTName")
        if key == "PF":
            return self.name(pf, "PTName")
        if key == "PFL":
            return self.name(f"{pf} {pl}", "PTName")
        if key == "PLF":
            return self.name(r.choice([f"{pl}, {pf}", f"{pl.upper()}, {pf.upper()}", f"{pl},{pf}"]), "PTName")
        if key == "PI":
            return self.name(f"{pf[0]}. {pl}", "PTName")
        if key == "T":
            return [(r.choice(["Mr.", "Mr"]) if sex == "M" else r.choice(["Ms.", "Mrs.", "Ms", "Miss"]), None)]
        if key == "HE":
            return [("he" if sex == "M" else "she", None)]
        if key == "HIS":
            return [("his" if sex == "M" else "her", None)]
        if key == "SEX":
            return [(sex, None)]
        if key == "R":
            return self.name(self.rel[0], "RelativeProxyName")
        if key == "RFL":
            return self.name(f"{self.rel[0]} {self.rel[1]}", "RelativeProxyName")
        if key == "RL":
            return [(self.rel[2], None)]
        if key == "R2":
            return self.name(self.rel2[0], "RelativeProxyName")
        if key == "R2FL":
            return self.name(f"{self.rel2[0]} {self.rel2[1]}", "RelativeProxyName")
        if key == "R2L":
            return [(self.rel2[2], None)]
        if key == "C":
            return self.name(f"{self.ctc[0]} {self.ctc[1]}", "RelativeProxyName")
        if key == "CL":
            return self.name(self.ctc[1], "RelativeProxyName")
        if key == "CROLE":
            return [(self.ctc[2], None)]
        if key == "D":
            return self.name(self.md[1], "HCPName")
        if key == "DFL":
            return self.name(f"{self.md[0]} {self.md[1]}", "HCPName")
        if key == "DI":
            return self.name(f"{self.md[0][0]}. {self.md[1]}", "HCPName")
        if key == "DMI":
            return self.name(f"{self.md[0]} {r.choice('ABCDEFGHJKLMNPRSTW')}. {self.md[1]}", "HCPName")
        if key == "D2":
            return self.name(self.md2[1], "HCPName")
        if key == "D2FL":
            return self.name(f"{self.md2[0]} {self.md2[1]}", "HCPName")
        if key == "D2I":
            return self.name(f"{self.md2[0][0]}. {self.md2[1]}", "HCPName")
        if key == "N":
            return self.name(self.rn[0], "HCPName")
        if key == "NFL":
            return self.name(f"{self.rn[0]} {self.rn[1]}", "HCPName")
        if key == "NI":
            return self.name(f"{self.rn[0][0]}. {self.rn[1]}", "HCPName")
        if key == "INIT":  # staff / typist initials
            return [(f"{self.rn[0][0]}{self.rn[1][0]}".lower() if r.random() < 0.5 else f"{self.rn[0][0]}{self.rn[1][0]}", "HCPName")]
        if key == "SW":
            return self.name(f"{self.sw[0]} {self.sw[1]}", "HCPName")
        if key == "SWF":
            return self.name(self.sw[0], "HCPName")
        if key == "O":  # a one-off non-clinical contact (school, agency, clergy, lawyer)
            return self.name(f"{r.choice(FIRST_F + FIRST_M)} {r.choice(SURNAMES)}", "RelativeProxyName")
        if key == "OL":
            return self.name(r.choice(SURNAMES), "RelativeProxyName")
        if key == "XI":
            return self.name(f"{r.choice('ABCDEFGHJKLMNPRSTW')}. {r.choice(SURNAMES)}", "HCPName")
        if key == "X":  # a one-off other clinician, full name
            return self.name(f"{r.choice(FIRST_F + FIRST_M)} {r.choice(SURNAMES)}", "HCPName")
        if key == "XL":
            return self.name(r.choice(SURNAMES), "HCPName")
        if key == "XF":
            return self.name(r.choice(FIRST_F + FIRST_M), "HCPName")
        # dates
        if key in ("DS", "DH", "DM", "DF", "DT", "DO", "DR", "DISO", "DMY", "DTY", "DFY"):
            return self.date(key)
        if key == "DOB":  # date of birth consistent with the patient's age
            by = self.year - self.pt["age"] - r.randint(0, 1)
            bm, bd = r.randint(1, 12), r.randint(1, 28)
            return [(r.choice([f"{bm}/{bd}/{by}", f"{bm:02d}/{bd:02d}/{by}", f"{bm}/{bd}/{by % 100:02d}",
                               f"{MON3[bm - 1]} {bd}, {by}", f"{by}-{bm:02d}-{bd:02d}"]), "Date")]
        if key == "Y":
            return [(str(r.randint(1948, 2024)), "DateYear")]
        if key == "YA":
            y = r.randint(60, 99)
            return [(r.choice([f"'{y}", f"{y}'", f"'{y}"]), "DateYear")]
        if key == "AGE":
            return [(str(self.pt["age"] if self.pt["age"] > 89 else r.randint(90, 103)), "Age")]
        if key == "AGEP":  # the patient's own age: PHI only above 89
            a = self.pt["age"]
            return [(str(a), "Age" if a > 89 else None)]
        if key == "AGEW":
            a = self.pt["age"]
            return [(NUMWORDS[a], "Age")] if a in NUMWORDS else [(str(a), "Age" if a > 89 else None)]
        if key == "PH":
            return [(self.phone(r.random() < 0.35), "Phone")]
        if key == "PHX":
            return [(self.phone(True), "Phone")]
        if key == "EXT":
            return [(r.choice(["x", "x", "ext ", "ext. ", "X"]) + str(r.randint(2000, 79999)), "Phone")]
        if key == "PG":
            return [(r.choice([f"{r.randint(1, 9)}-{r.randint(1000, 9999)}", f"{r.randint(10000, 99999)}",
                               f"617-555-{r.randint(1000, 9999)}"]), "Phone")]
        if key == "MRN":
            return [(self.mrn, "Other")]
        if key == "ACC":
            return [(r.choice([f"S{self.year % 100}-{r.randint(1000, 29999)}", f"IR-{self.year}-{r.randint(100, 9999):05d}",
                               f"A{r.randint(1000000, 9999999)}", f"SP-{self.year % 100}-{r.randint(100, 9999)}",
                               f"{r.randint(10000000, 99999999)}"]), "Other")]
        if key == "EMAIL":
            first, last = r.choice([self.rel, self.pt_tuple(), self.sw])[:2]
            loc = r.choice([f"{first[0]}{last}", f"{first}.{last}", f"{first}{r.randint(1, 99)}", f"{last}{r.randint(50, 99)}"])
            loc = re.sub(r"[^A-Za-z0-9.]", "", loc.replace("ë", "e").replace("é", "e").replace("í", "i").replace("ñ", "n").replace("ü", "u").replace("ö", "o").replace("ś", "s")).lower()
            return [(f"{loc}@{r.choice(EMAIL_DOMAINS)}", "Other")]
        if key == "SSN":
            return [(f"XXX-XX-{r.randint(1000, 9999)}" if r.random() < 0.3 else f"{r.randint(100, 899)}-{r.randint(10, 99)}-{r.randint(1000, 9999)}", "Other")]
        # places
        if key == "TOWN":
            return self.name(self.town, "Location")
        if key == "TOWN2":
            return self.name(self.town2, "Location")
        if key == "BIRTH":
            return self.name(self.birth, "Location")
        if key == "HOSP":
            return self.name(self.hosp[0], "Location")
        if key == "HOSPA":
            return [(self.hosp[1], "Location")]
        if key == "HOSP2":
            return self.name(self.hosp2[0], "Location")
        if key == "FAC":
            return self.name(self.fac, "Location")
        if key == "EMP":
            return self.name(self.emp, "Location")
        if key == "SCH":
            return self.name(self.sch, "Location")
        if key == "UNI":
            return self.name(r.choice(UNIS), "Location")
        if key == "SHEL":
            return self.name(self.shel, "Location")
        if key == "ADDR":
            apt = r.choice(["", "", "", f" Apt {r.randint(1, 9)}{r.choice('ABC')}", f" #{r.randint(1, 40)}", f" Unit {r.randint(1, 12)}"])
            return self.name(f"{r.randint(2, 2400)} {r.choice(STREET_NAMES)} {r.choice(STREET_TYPES)}{apt}", "Location")
        if key == "STREET":
            return self.name(f"{r.choice(STREET_NAMES)} {r.choice(STREET_TYPES)}", "Location")
        if key == "ZIP":
            return [(f"0{r.randint(1000, 2799)}", "Location")]
        # non-PHI fillers with numbers (precision traps)
        return [(self.nonphi(key), None)]

    def pt_tuple(self):
        return (self.pt["first"], self.pt["last"])

    def phone(self, ext):
        r = self.r
        a = r.choice(["617", "508", "978", "413", "781", "603", "207", "401", "774"])
        b, c = r.randint(200, 989), r.randint(1000, 9999)
        base = r.choice([f"({a}) {b}-{c}", f"{a}-{b}-{c}", f"{a}.{b}.{c}", f"{b}-{c}", f"{a} {b} {c}", f"1-{a}-{b}-{c}"])
        if ext:
            base += r.choice([f" x{r.randint(2, 9999)}", f" ext {r.randint(100, 9999)}", f" ext. {r.randint(10, 999)}", f"x{r.randint(100, 9999)}", f" X{r.randint(1000, 9999)}"])
        return base

    def date(self, key):
        r = self.r
        m, d = self.md_()
        y = self.year
        yy = y % 100
        if key == "DS":
            return [(r.choice([f"{m}/{d}", f"{m}/{d}", f"{m:02d}/{d:02d}"]), "Date")]
        if key == "DH":
            return [(f"{m}-{d}", "Date")]
        if key == "DM":
            return [(r.choice([f"{m}/{d}", f"{m}-{d}", f"{m}/{d}", f"{m:02d}/{d:02d}"]), "Date")]
        if key == "DF":
            return [(r.choice([f"{m}/{d}/{y}", f"{m}/{d}/{yy:02d}", f"{m:02d}/{d:02d}/{y}", f"{m}-{d}-{y}", f"{m}-{d}-{yy:02d}"]), "Date")]
        if key == "DFY":  # a past date with an older year (history)
            oy = r.randint(1975, y - 1)
            return [(r.choice([f"{m}/{d}/{oy}", f"{m}/{oy % 100:02d}", f"{m}/{oy}", f"{MON3[m - 1]} {oy}", f"{MONTHS[m - 1]} of {oy}"]), "Date")]
        if key == "DT":
            return [(r.choice([f"{MON3[m - 1]} {d}", f"{MONTHS[m - 1]} {d}", f"{MONTHS[m - 1]} {ordinal(d)}",
                               f"{d} {MONTHS[m - 1]}", f"{MON3[m - 1]}. {d}", f"{MON3[m - 1]} {ordinal(d)}"]), "Date")]
        if key == "DTY":
            return [(r.choice([f"{MONTHS[m - 1]} {d}, {y}", f"{MON3[m - 1]} {d} {y}", f"{d} {MON3[m - 1]} {y}",
                               f"{MON3[m - 1]}-{d:02d}-{y}", f"{d}-{MON3[m - 1]}-{yy:02d}"]), "Date")]
        if key == "DO":
            return [(ordinal(d), "Date")]
        if key == "DISO":
            return [(f"{y}-{m:02d}-{d:02d}", "Date")]
        if key == "DMY":
            oy = r.randint(1990, y)
            return [(r.choice([f"{m}/{oy}", f"{MONTHS[m - 1]} {oy}", f"{MON3[m - 1]} {oy}", f"{m}/{oy % 100:02d}"]), "Date")]
        if key == "DR":
            d = min(d, 21)
            d2 = d + r.randint(1, 7)
            form = r.randint(0, 4)
            if form == 0:
                return [(f"{m}/{d}", "Date"), ("-", None), (f"{m}/{d2}", "Date")]
            if form == 1:
                return [(f"{m}/{d}", "Date"), (" - ", None), (f"{m}/{d2}", "Date")]
            if form == 2:
                return [(f"{m}/{d}", "Date"), (" to ", None), (f"{m}/{d2}", "Date")]
            if form == 3:
                return [(f"{MON3[m - 1]} {d}", "Date"), ("-", None), (f"{d2}", "Date")]
            return [(f"{m}-{d}", "Date"), (" thru ", None), (f"{m}-{d2}", "Date")]
        raise KeyError(key)

    def nonphi(self, key):
        r = self.r
        f = {
            "bp": lambda: f"{r.randint(88, 178)}/{r.randint(42, 96)}",
            "hr": lambda: str(r.randint(52, 128)),
            "rr": lambda: str(r.randint(12, 32)),
            "sat": lambda: str(r.randint(88, 100)),
            "temp": lambda: r.choice(["98.6", "99.1", "100.4", "101.2", "97.9", "37.2", "38.4"]),
            "gcs": lambda: str(r.randint(8, 15)),
            "peep": lambda: str(r.choice([5, 5, 8, 10, 12])),
            "fio2": lambda: str(r.choice([30, 35, 40, 50, 60, 100])),
            "str": lambda: r.choice(["5/5", "4/5", "4+/5", "3/5", "5-/5"]),
            "mur": lambda: r.choice(["2/6", "3/6", "1/6", "4/6"]),
            "frac": lambda: r.choice(["1/2", "1/4", "3/4", "1/3", "2/3"]),
            "pain": lambda: r.choice(["4/10", "7/10", "0/10", "2/10", "10/10", "8/10", "6/10"]),
            "vert": lambda: r.choice(["T11", "L3", "C5-6", "L4-5", "T12-L1", "C7", "T4", "S1", "L2-3"]),
            "rib": lambda: r.choice(["7th", "8th", "10th", "4th", "11th", "6th", "9th"]),
            "hgb": lambda: f"{r.randint(6, 14)}.{r.randint(0, 9)}",
            "k": lambda: f"{r.randint(3, 5)}.{r.randint(0, 9)}",
            "cr": lambda: f"{r.randint(0, 3)}.{r.randint(1, 9)}",
            "inr": lambda: f"{r.randint(1, 3)}.{r.randint(0, 9)}",
            "room": lambda: str(r.randint(201, 1220)),
            "bed": lambda: str(r.randint(1, 24)),
            "nodes": lambda: r.choice(["0/14", "2/17", "1/12", "0/3", "3/21", "0/1", "4/11"]),
            "cores": lambda: r.choice(["3/12", "1/12", "6/12", "2/6", "0/12", "8/12"]),
            "agey": lambda: str(r.randint(19, 88)),
            "ml": lambda: str(r.choice([50, 100, 150, 250, 300, 400, 500, 750, 1000, 1200])),
            "dose": lambda: str(r.choice([2, 4, 5, 10, 12.5, 20, 25, 40, 50, 80])),
            "wt": lambda: f"{r.randint(40, 130)}.{r.randint(0, 9)}",
            "vt": lambda: str(r.choice([350, 400, 420, 450, 500])),
            "rate": lambda: str(r.choice([12, 14, 16, 18, 20])),
            "size": lambda: f"{r.randint(1, 9)}.{r.randint(0, 9)}",
            "fr": lambda: str(r.choice([4, 5, 6, 8, 10, 12, 14])),
            "gauge": lambda: str(r.choice([18, 20, 22])),
            "n": lambda: str(r.randint(2, 9)),
            "SN": lambda: r.choice([f"PJN{r.randint(100000, 999999)}S", f"{r.randint(1000, 9999)}-{r.randint(10000, 99999)}",
                                    f"SN{r.randint(10000000, 99999999)}", f"RNA{r.randint(100000, 999999)}H",
                                    f"{r.choice('ABCDEFGH')}{r.randint(1000, 9999)}{r.choice('XYZQ')}{r.randint(10, 99)}"]),
            "lot": lambda: f"{r.choice('ABCDKLM')}{r.randint(10000, 99999)}",
            "gleason": lambda: r.choice(["3+4=7", "4+3=7", "3+3=6", "4+4=8"]),
            "time": lambda: f"{r.randint(0, 23):02d}{r.choice(['00', '15', '30', '45', '10', '50'])}",
            "clock": lambda: f"{r.randint(1, 12)}:{r.choice(['00', '15', '30', '45', '05', '40'])}",
            "dur": lambda: str(r.randint(2, 14)),
        }[key]
        return f()


SLOT_RE = re.compile(r"\{(@[^}]*|\w+)\}")


def render(ctx, template):
    parts = []
    pos = 0
    for m in SLOT_RE.finditer(template):
        if m.start() > pos:
            parts.append((template[pos:m.start()], None))
        key = m.group(1)
        if key.startswith("@"):  # a whole organisation name built on a town: one Location span
            inner = key[1:]
            if inner == "FUNERAL":
                inner = f"{ctx.r.choice(SURNAMES)} & Sons Funeral Home"
            inner = inner.replace("TOWN2", ctx.town2).replace("TOWN", ctx.town)
            parts.extend(ctx.name(inner, "Location"))
        else:
            parts.extend(ctx.slot(key))
        pos = m.end()
    if pos < len(template):
        parts.append((template[pos:], None))
    return parts


def count_phi(parts):
    return sum(1 for _, c in parts if c)


# ---------------------------------------------------------------------------------------------
# Templates per style. Each style: header (h), PHI-bearing lines (b, >= 20), PHI-free clinical
# lines with numbers that are not dates (f), sign-off (s).
# ---------------------------------------------------------------------------------------------
STYLES = {}

STYLES["icu-caps"] = dict(
    title="ICU / step-down nursing flowsheet narratives, all capitals, shorthand",
    h=[
        "NURSING PROGRESS NOTE 7P-7A {DS}\n",
        "MICU NSG NOTE {DM} 0700-1900\n",
        "CCU RN NOTE - {DS} NIGHTS\n",
        "SICU NURSING {DF} DAYS\n",
        "STEPDOWN NSG PROGRESS NOTE {DS} 1900-0730\n",
        "NSG ADMIT NOTE {DS}: {AGEP} YO {SEX} ADMITTED FROM {HOSPA} ED\n",
        "T/SICU RN {DM} (DAY 3 POST OP)\n",
    ],
    b=[
        "PT IS A {AGEP} YO {SEX} TRANSFERRED FROM {HOSP} {DS} FOR MGMT OF UROSEPSIS.\n",
        "{PLF} MRN {MRN} - PT ID BAND CHECKED X2.\n",
        "PER DR {D} PLAN TO WEAN PRESSORS AS TOL. MAP GOAL >65.\n",
        "DR {D} AWARE OF K {k}, REPLETED PER SLIDING SCALE.\n",
        "CALLED {DI} RE: U/O <30CC/HR X2H - {frac} NS BOLUS GIVEN.\n",
        "({NI} RN NOTIFIED) PT PULLED AT NGT, REPLACED & CXR CONFIRMED.\n",
        "FAMILY IN TO VISIT - {RL} {R} AND {R2L} {R2}, UPDATED BY DR {D2}.\n",
        "{RL} {RFL} IS HCP, PHONE {PH}. WANTS CALL IF ANY CHANGE.\n",
        "A-LINE PLACED {DS}, R IJ TLC PLACED {DH}, DAY #{n}.\n",
        "LAST BM {DS}. COLACE/SENNA GIVEN. PLAN TO WEAN VENT {DM} IF ABG OK.\n",
        "ABX: VANC/ZOSYN {DR}, CULTURES FROM {DS} NGTD.\n",
        "PMH: CABG {YA}, MI {YA}, CVA {Y}, HTN, DM2.\n",
        "RETURNED FROM IR {DS} S/P PICC BY {XI}, TIP AT CAVOATRIAL JXN.\n",
        "SEEN BY ID ({DI}) - RECS FOLLOWED. PAGE DR {D2} AT {PG} IF TEMP >{temp}.\n",
        "LIVES IN {TOWN} W/ {RL}. WAS AT {FAC} UNTIL {DS}.\n",
        "PT STATES HE/SHE IS FROM {TOWN} \"BORN IN {BIRTH}\". PLEASANTLY CONFUSED.\n",
        "SW {SW} FOLLOWING, CALL {EXT} FOR DISPO QUESTIONS.\n",
        "RT {X} TRIALED PSV 10/5 @ 1400, TOL 40 MIN THEN BACK TO AC.\n",
        "PT'S {RL} {R} CALLED @ {clock}, UPDATED BY THIS RN ({N}).\n",
        "PACEMAKER (SN {SN}) INTERROGATED BY EP, FELLOW {XL} PRESENT.\n",
        "HX OF FALLS, LAST ONE {DT} AT HOME IN {TOWN}.\n",
        "PT WORKED AT {EMP} UNTIL {Y}.\n",
        "SPOUSE IS {AGE} YO, GRANDSON {R2} DRIVES HER IN.\n",
        "TRANSFER TO {HOSP2} DISCUSSED W/ {D2I} - BED NOT AVAIL UNTIL {DT}.\n",
        "ECHO {DS}: EF 35%. CARDS (DR {XL}) TO FOLLOW.\n",
        "{T} {P} VERY HOH, USES L HEARING AID. {RL} AT BEDSIDE.\n",
        "{PF} OPENS EYES TO VOICE, FOLLOWS COMMANDS X{n}. REORIENTED.\n",
        "CODE STATUS DNR/DNI CONFIRMED W/ {RL} {R} {DS} PER DR {D}.\n",
    ],
    f=[
        "NEURO: A+OX{n}, PERRL 3MM BRISK, MAE, STRENGTH {str} UE, {str} LE. GCS {gcs}.\n",
        "CV: HR {hr} NSR-ST NO ECTOPY, BP {bp}, MAP 70S. {mur} SEM. PULSES 2+ DP/PT.\n",
        "RESP: AC {vt}X{rate} PEEP {peep} FIO2 {fio2}%, SAT {sat}%. LS COARSE, SXN X{n} FOR THICK TAN SPUTUM.\n",
        "GI/GU: ABD SOFT, +BS. TF @ {n}0CC/HR VIA OGT, RESIDUALS <{ml}. FOLEY TO GRAVITY, U/O {ml}CC/SHIFT.\n",
        "SKIN: STAGE 2 ON COCCYX, MEPILEX INTACT. R HEEL BOGGY, PILLOWS UNDER CALVES.\n",
        "PAIN: {pain} AT INCISION, FENTANYL GTT @ {dose} MCG/HR, RASS -1.\n",
        "LABS: HCT 27, HGB {hgb}, K {k}, CR {cr}, INR {inr}, MG 1.8 - REPLETED.\n",
        "ID: TMAX {temp}, WBC 14.2, PAN CX'D. TYLENOL 650MG PR Q6H, {frac} TAB SENNA HELD.\n",
        "CXR: ETT 4CM ABOVE CARINA, OGT IN STOMACH, NEW R LOWER LOBE OPACITY AT {rib} RIB LEVEL.\n",
        "S/P FX {vert} - LOGROLL, TLSO WHEN OOB. HOB 30.\n",
        "ROOM {room} BED {bed}. 2 PIV, 1 {gauge}G L AC, 1 {gauge}G R FA.\n",
        "INSULIN GTT @ {n} U/HR, FS Q1H 140-180S.\n",
        "NO FAMILY CALLS THIS SHIFT. WILL CONT TO MONITOR CLOSELY.\n",
        "HOPE TO EXTUBATE IN AM IF NO SEDATION NEEDS. FRANK BLOOD FROM OGT X1 - RESOLVED.\n",
        "URINE BROWN/TEA COLORED, SENT U/A. STREET DRUG USE DENIED.\n",
        "PLAN: CONT CURRENT TX, SBT IN AM, LYTES Q6H, TURN Q2H.\n",
    ],
    s=[
        "{NFL}, RN\n",
        "--{NI} RN\n",
        "{N} {INIT} RN/BSN\n",
        "SIGNED: {NFL} RN {DS} {time}\n",
        "{NFL}, RN (RELIEF {XF} RN @ {time})\n",
    ],
)

STYLES["ed"] = dict(
    title="Emergency department notes: triage, ED course, disposition",
    h=[
        "TRIAGE NOTE  {DF} {time}\nArrival: EMS from {TOWN}\n",
        "Emergency Department Physician Note\nDate of service: {DF}\nPatient: {PFL}   MRN: {MRN}\n",
        "ED Triage - {DT} {clock}\nChief complaint: fall\n",
        "ED PROVIDER NOTE ({HOSPA} Main ED)  DOS {DF}\n",
        "Fast Track note {DS}/{year_dummy}\n",
        "ED Nursing Triage {DF}\nName: {PLF}  Acct {ACC}\n",
    ],
    b=[
        "{AGEP} yo {SEX} BIBA from {FAC} after unwitnessed fall.\n",
        "Pt is a {AGEP} y/o {SEX} brought in by {RL} {RFL} who found pt on floor this am.\n",
        "HPI: {T} {P} reports chest pressure since {DT}, worse on exertion.\n",
        "Seen at {HOSP2} urgent care on {DS}, given azithromycin.\n",
        "Last tetanus {Y}. Last colonoscopy {DMY}.\n",
        "PMH: AAA repair ({YA}), afib, CKD 3. PSH: appy {Y}.\n",
        "PCP: Dr. {D} at {@TOWN Family Health}, tel {PH}.\n",
        "Discussed with Dr. {D2FL} (ortho), who will see pt in clinic {DT}.\n",
        "Dr. {D2} paged at {PG}; callback {clock}.\n",
        "Contact: {RL} {RFL} cell {PH}.\n",
        "Pt lives alone at {ADDR}, {TOWN} {ZIP}.\n",
        "Works as a driver for {EMP}; injured on the job {DS}.\n",
        "ED course: CT head neg. {DI} from trauma at bedside {clock}.\n",
        "Care signed out to Dr. {XL} at {time}.\n",
        "Pt ambulated w/ PT ({XF}), steady gait.\n",
        "Interpreter {X} (Vietnamese) used for entire encounter.\n",
        "Dispo: admit to medicine, Dr. {D2} accepting. Bed request {DS} {time}.\n",
        "Dispo: transfer to {HOSP2} for cath; accepted by Dr. {XL}.\n",
        "Discharged home w/ {RL} {R}. F/u {D} in 1 wk, return precautions given.\n",
        "Prior visits: {DS}, {DS} (same complaint).\n",
        "Pt states {HE} was in {BIRTH} until {Y}; no recent travel.\n",
        "EMS ({@TOWN2 Fire}, unit 4) reports BGL 42, given D50.\n",
        "Records requested from {HOSP2}, fax {PH}.\n",
        "Spoke with pt's {RL} {R} by phone ({PH}) re: baseline mental status.\n",
        "Pt's {R2L}, {R2FL}, present and updated.\n",
        "Pt identified as {PFL} by name and DOB {DOB}.\n",
        "Accompanied by spouse ({AGE} y/o), who is hard of hearing.\n",
        "Poison control ({PHX}) consulted re: ingestion.\n",
    ],
    f=[
        "Triage vitals: BP {bp}, HR {hr}, RR {rr}, T {temp}, SpO2 {sat}% RA. Pain {pain}.\n",
        "ESI 2. GCS {gcs}. FSBG 142.\n",
        "Exam: A&Ox3. Heart RRR, {mur} systolic murmur at LUSB. Lungs CTA b/l.\n",
        "Neuro: CN II-XII intact, strength {str} all ext, sensation intact, no drift.\n",
        "Tender over R {rib} rib laterally, no crepitus. Spine: point tenderness at {vert}.\n",
        "Labs: WBC 11.2, Hgb {hgb}, K {k}, Cr {cr}, trop <0.01 x2, INR {inr}.\n",
        "Meds given: ketorolac 15 mg IV, ondansetron 4 mg IV, {frac} tab oxycodone 5 mg.\n",
        "CXR: no pneumothorax, no acute fracture. CT C-spine: DJD {vert}.\n",
        "EKG: NSR {hr}, QTc 452, no acute ST changes.\n",
        "Lac 3 cm L forearm, repaired w/ {n} simple 4-0 sutures. Tdap given.\n",
        "Will obtain CTA chest. Hope to dispo by 2200.\n",
        "Frank hematuria noted on foley placement; urology aware.\n",
        "Wound: brown eschar over R shin, no fluctuance.\n",
        "Splint placed, NV intact distally, cap refill <2 sec.\n",
        "Reassessment: pain {pain}, tolerating PO, ambulating.\n",
    ],
    s=[
        "{DFL}, MD\nAttending, Emergency Medicine\n",
        "Electronically signed by {DMI}, MD on {DF} at {clock}\n",
        "Triage RN: {NFL}\n",
        "{NFL}, RN  {DS} {time}\n",
        "Scribe: {X} for Dr. {D}. I personally performed the services described. -{DI}, DO\n",
        "PA-C {X} / supervising {DFL}, MD\n",
    ],
)
STYLES["ed"]["h"] = [h for h in STYLES["ed"]["h"] if "year_dummy" not in h] + ["Fast Track note {DS}\nProvider: {DFL}, PA-C\n"]

STYLES["psych-sw"] = dict(
    title="Psychiatry and social-work notes: family, housing, employers, schools, shelters, probation",
    h=[
        "Inpatient Psychiatry Progress Note\nDate: {DF}\nPatient: {PFL}\n",
        "SOCIAL WORK ASSESSMENT\n{DTY}\nReferral from Dr. {D}\n",
        "Psychiatric Consultation - {HOSP}\nDate of consult: {DF}\n",
        "Social Work Note {DS}\n",
        "Psychiatry Intake {DTY}\nIdentifying data: {PLF}, MRN {MRN}\n",
        "Behavioral Health Crisis Eval {DF} {clock}\n",
    ],
    b=[
        "{T} {P} is a {AGEP}-year-old {SEX} with bipolar I, admitted {DS} on a Section 12.\n",
        "Pt currently staying at {SHEL} since {DT}; prior to that lived with {RL} {R} in {TOWN}.\n",
        "Evicted from apartment at {ADDR} in {DMY}; landlord {C} reportedly changed the locks.\n",
        "On probation; PO is {C} ({@TOWN District Court}), tel {PH}.\n",
        "Spoke with {CROLE} {C} who confirmed pt missed check-in on {DS}.\n",
        "Pt worked at {EMP} for 6 years, let go {DMY} after absences.\n",
        "Pt's child {R2} attends {SCH}; school adjustment counselor {O} has concerns about neglect.\n",
        "Pt's {RL}, {RFL}, is involved and supportive; she can be reached at {PHX}.\n",
        "Pt was raised in {BIRTH} by grandmother, moved to {TOWN} in {Y}.\n",
        "Prior admissions: {HOSP2} ({YA}), {HOSP} ({DMY}).\n",
        "Outpatient psychiatrist: Dr. {D2FL}, {@TOWN2 Counseling Center}.\n",
        "Therapist {SW} (LICSW) sees pt weekly; last session {DT}.\n",
        "DCF involved since {DMY}; worker {O}, 24-hr line {PH}.\n",
        "Pt reports her ex, {R2FL}, has a restraining order through {DF}.\n",
        "Collateral from {RL} {R} ({PH}): pt stopped lithium around the {DO}.\n",
        "Pt graduated from {SCH} in {Y}; enrolled at {UNI} until dropping out.\n",
        "Housing: waitlisted for {@TOWN Housing Authority}; application filed {DS}.\n",
        "SW faxed SSDI paperwork to {PH} on {DS}.\n",
        "Attended AA at the {STREET} church in {TOWN2} through {DMY}.\n",
        "Pt requested that we NOT contact father, {R2FL}.\n",
        "{PF} was calm and cooperative on the unit; ate lunch in the dayroom.\n",
        "Grandmother, age {AGE}, is in a nursing home in {TOWN2}; pt visits Sundays.\n",
        "Guardian ad litem {C} to be notified of discharge, email {EMAIL}.\n",
        "Legal: court date {DT} at {@TOWN District Court}, public defender {CL}.\n",
        "Plan reviewed with attending Dr. {D} and resident Dr. {D2I}.\n",
        "Pt identifies {R} ({RL}) as her main support; they met at {EMP}.\n",
        "Safety plan given; crisis line {PH} and {HOSPA} walk-in clinic.\n",
    ],
    f=[
        "MSE: Disheveled, psychomotor retardation, speech soft and slow. Mood \"tired.\" Affect constricted.\n",
        "Thought process linear; denies SI/HI, no AH/VH. Insight and judgment fair.\n",
        "Sleep 4-5 hrs/night. Appetite decreased. PHQ-9 18, GAD-7 14.\n",
        "Meds: lithium 300 mg BID (level 0.6), quetiapine 50 mg qhs, {frac} tab lorazepam PRN.\n",
        "Vitals: BP {bp}, HR {hr}. AIMS 0.\n",
        "Pt stated \"I just hope things get better\" and that she will try to stay sober.\n",
        "Pt reports using street fentanyl 2-3 times a week, last use 4 days ago.\n",
        "Discussed frank concerns about medication adherence; pt receptive.\n",
        "Rose from bed slowly, gait steady. Attended 3/4 groups today.\n",
        "C-SSRS: low risk. Protective factors: children, faith, future orientation.\n",
        "Pt will call the shelter tomorrow morning per plan.\n",
        "Rated mood 3/10 this morning, up from 1/10 on admission.\n",
        "Labs: TSH 2.1, B12 normal, UDS positive for cannabis.\n",
        "Will continue 1:1 observation until reassessed.\n",
    ],
    s=[
        "{SW}, LICSW\n",
        "{DFL}, MD, Psychiatry\n",
        "{X}, PMHNP-BC / cosigned {DI}, MD\n",
        "Electronically signed {DS} {clock} by {SW}, LCSW  {EXT}\n",
        "{D2FL}, MD (PGY-2) for Dr. {D}\n",
    ],
)

STYLES["home-hospice"] = dict(
    title="Home-health and hospice visit notes",
    h=[
        "HOME HEALTH SKILLED NURSING VISIT\nVisit date: {DF}   Time in {clock} / out {clock}\n",
        "Hospice RN Visit Note - {DT}\nPatient: {PFL}\n",
        "{@VNA of TOWN} - Routine Visit {DS}\n",
        "Hospice Admission Visit {DF}\nPt: {PLF}  DOB {DOB}\n",
        "PT Home Visit #{n}  {DS}\n",
        "Hospice Aide Supervisory Visit {DS}\nPatient: {PLF}   MRN {MRN}\n",
    ],
    b=[
        "{AGEP} y/o {SEX} seen at home, {ADDR}, {TOWN}.\n",
        "Pt is {AGEW} years old, lives with {RL} {R} in a 2nd floor apartment.\n",
        "Primary caregiver: {RL} {RFL}, cell {PH}, works days at {EMP}.\n",
        "{RL} {R} reports pt has not had BM since {DT}.\n",
        "Spoke w/ Dr. {D}'s office ({PHX}) re: increasing morphine.\n",
        "Hospice medical director Dr. {D2FL} aware; new orders received {DS}.\n",
        "Chaplain {X} visited {DS}; family requested Father {OL} from their parish.\n",
        "Pt discharged from {HOSP} {DS} after 5-day stay for CHF exacerbation.\n",
        "Previously at {FAC} {DR} for rehab.\n",
        "Next visit scheduled {DT}. Aide {XF} M/W/F.\n",
        "Per {RL}, pt was a teacher at {SCH} for 30 yrs, retired {Y}.\n",
        "Pt born in {BIRTH}, came to {TOWN} in {Y}. Prefers Portuguese.\n",
        "Oxygen concentrator serial {SN} checked; backup tanks x4.\n",
        "Pharmacy: the one on {STREET} in {TOWN2}, {PH}.\n",
        "HCP is {RL} {RFL} ({PH}); MOLST on fridge dated {DF}.\n",
        "Neighbor {C} checks on pt daily and has a key.\n",
        "DME: hospital bed delivered {DS}, Hoyer lift {DT}.\n",
        "Called on-call RN {NFL} at {PH} re: agitation at {clock}.\n",
        "Pt's {R2L} {R2FL} flying in from {TOWN2} on the {DO}.\n",
        "{RL} {R} says pt \"still talks about the service\" - discharged from the Army in {Y}.\n",
        "Bereavement: {RL} {RFL} referred to grief support at {HOSPA}.\n",
        "Death pronounced at {clock} on {DS} by {NFL}, RN; Dr. {D} notified.\n",
        "Funeral home: {@FUNERAL}, {TOWN}, {PH}.\n",
        "Last hospitalization {DMY} at {HOSP2}.\n",
        "{RL} prefers updates by email: {EMAIL}.\n",
        "{T} {P} sitting up in recliner, pleasant, says she \"feels tired today\".\n",
        "Pt's spouse, {AGE}, also frail and uses a walker.\n",
        "Pt {PF} states \"I want to stay home\" - goals reviewed w/ {RL}.\n",
    ],
    f=[
        "VS: BP {bp}, HR {hr}, RR {rr}, T {temp}, SpO2 {sat}% on 2L NC. Wt {wt} lb.\n",
        "PPS 30%. FAST 7c. Pain {pain} at rest, {pain} with care.\n",
        "Lungs: crackles bilat bases 1/3 up. 2+ pitting edema BLE to knees.\n",
        "Skin: stage 3 sacrum 4.0 x 3.2 x 0.5 cm, wound bed 75% red, 25% yellow slough.\n",
        "Meds reconciled: morphine 5 mg/0.25 mL SL q2h prn, lorazepam {frac} mg, senna 2 tabs qhs.\n",
        "Teaching: s/s of CHF, daily weights, 2 g Na diet. Caregiver verbalized understanding.\n",
        "Strength {str} UE, {str} LE. Ambulates 20 ft w/ rolling walker, CGA.\n",
        "Rose petals on nightstand from grandchildren. Will monitor skin closely.\n",
        "Pt appears comfortable, no s/s of distress. Hope to keep pt at home per wishes.\n",
        "Foley 16 Fr draining clear amber urine, changed per protocol.\n",
        "Oral intake: few sips, 1/4 of pudding. Mouth care provided.\n",
        "Mottling noted to bilateral knees, periods of apnea 10-15 sec.\n",
        "Will continue visits 2x/wk x 4 wks, then 1x/wk.\n",
        "Brown emesis x1 overnight per family, none during visit.\n",
    ],
    s=[
        "{NFL}, RN, CHPN\n",
        "{NFL} RN  {DS}\n",
        "Visit by {NFL}, PT, DPT\n",
        "--{N} ({INIT}), RN case manager\n",
        "Signed {NFL}, LPN {DF}\n",
    ],
)

STYLES["path-ir"] = dict(
    title="Pathology and interventional radiology reports with sign-off and addenda",
    h=[
        "SURGICAL PATHOLOGY REPORT\nAccession: {ACC}\nPatient: {PLF}   MRN: {MRN}\nCollected: {DF}   Received: {DF}\n",
        "INTERVENTIONAL RADIOLOGY PROCEDURE NOTE\nDate: {DF}\nPatient: {PLF}\nReferring: Dr. {D2FL}\n",
        "CYTOLOGY REPORT  {ACC}\nSpecimen date: {DISO}\n",
        "IR Procedure Report - {HOSP}\nExam date {DTY}\n",
        "PATHOLOGY CONSULTATION ({HOSPA} case {ACC})\nDate received: {DS}\n",
    ],
    b=[
        "Clinical history: {AGEP}-year-old with RUL nodule; prior lobectomy at {HOSP2} ({Y}).\n",
        "Outside slides from {HOSP2} (case {ACC}, dated {DF}) reviewed.\n",
        "Specimen received fresh, labeled \"{PLF}\" and \"left breast 2:00\".\n",
        "Compared with prior biopsy {ACC} from {DT}.\n",
        "Procedure performed by Dr. {DFL}; fellow Dr. {D2I} assisted.\n",
        "Attending {DI} was present for the entire procedure.\n",
        "Results discussed with Dr. {D2} by telephone at {clock} on {DS}.\n",
        "Critical result called to {NFL}, RN ({EXT}) at {clock}.\n",
        "Consent obtained from {RL} {RFL} (HCP) by phone, witnessed by {NFL}.\n",
        "Intraoperative consultation (frozen section) by Dr. {XL}: benign.\n",
        "Prior IR procedures: IVC filter {DFY}, port placement {DS}.\n",
        "Device: port, lot {lot}, serial {SN} (label in chart).\n",
        "Grossed by {INIT}. Dictated by {X}, PA(ASCP).\n",
        "Outside hospital: {HOSP2}, {TOWN2}; contact {PHX}.\n",
        "Patient is {AGEP} years old, DNR, procedure under local only.\n",
        "Sedation: moderate, administered by {NFL}, RN; {n} mg midazolam total.\n",
        "Follow-up in IR clinic {DT}; call {PH} with questions.\n",
        "Tissue to research biorepository per consent signed {DF}.\n",
        "Referred by Dr. {D2} ({@TOWN Oncology}); copy to {EMAIL}.\n",
        "Recommend re-biopsy; case reviewed at tumor board {DS}.\n",
        "Prior drain placed {DR} by Dr. {XL}.\n",
        "Transported from {FAC} with {RL} {R}.\n",
    ],
    f=[
        "GROSS: Received in formalin a 2.3 x 1.1 x 0.8 cm tan-pink core, submitted in toto in 1 cassette.\n",
        "MICROSCOPIC: Infiltrating ductal carcinoma, Nottingham grade 2 (tubules 3, nuclei 2, mitoses 1).\n",
        "Prostate, needle biopsies: adenocarcinoma, Gleason {gleason}, in {cores} cores.\n",
        "Lymph nodes: metastatic carcinoma in {nodes} nodes. Margins negative, closest 0.{n} cm.\n",
        "pT2 N1a. ER 95%, PR 40%, HER2 2+ by IHC, FISH pending.\n",
        "Ki-67 15%. Immunostains: CK7 positive, TTF-1 positive, CK20 negative.\n",
        "Technique: US-guided, 18 G core x {n} passes from the {rib} intercostal space.\n",
        "Findings: 4.2 cm collection adjacent to {vert}; {fr} Fr pigtail drain placed, 60 mL purulent fluid aspirated.\n",
        "Fluoro time {size} min, DAP 38 Gy*cm2. No immediate complications. EBL minimal.\n",
        "Pre-procedure INR {inr}, plt 144. Vitals: BP {bp}, HR {hr}.\n",
        "Tip of catheter at cavoatrial junction. Port flushed with 5 mL heparin 100 u/mL.\n",
        "Specimen 2 of 3: frank pus sent for culture.\n",
        "Brown-black pigment in macrophages, iron stain positive.\n",
        "IMPRESSION: Successful placement of {fr} Fr tunneled dialysis catheter via R IJ.\n",
        "DIAGNOSIS: Colon, sigmoid, biopsy - tubular adenoma, no high-grade dysplasia.\n",
    ],
    s=[
        "I have personally reviewed the slides and agree.\n{DFL}, MD\nElectronically signed {DF} {clock}\n",
        "Signed: {DMI}, MD, Interventional Radiology  {DF}\n",
        "ADDENDUM ({DF}): HER2 FISH negative (ratio 1.4). Discussed with Dr. {D2}. -{DI}, MD\n",
        "ADDENDUM {DS}: Culture grew MSSA; team (Dr. {D2}) notified at {clock}. {DFL}, MD\n",
        "Pathologist: {DFL}, MD  Resident: {D2FL}, MD\nTranscribed by {INIT} {DS}\n",
        "{DFL}, MD\nPathology, {HOSP}\nPhone {PH}\n",
    ],
)

STYLES["progress-lower"] = dict(
    title="Progress notes typed fast in lower case, typos, no capitals for names or places",
    h=[
        "progress note {DS}\n",
        "medicine pn hd#{n} {DM}\n",
        "s/o note {DS} - cross cover\n",
        "resident note {DF}\n",
        "pn {DT} (pt {P})\n",
        "gen med pn {DS}, {PLF}\n",
        "pn {DS} {P}, {PF} mrn {MRN}\n",
    ],
    b=[
        "{AGEP}yo {SEX} w/ copd adm {DS} for exacerbation, d{n} of steroids\n",
        "{AGEP}yo {SEX} from {FAC} w/ uti/delirium\n",
        "pt seen and examined w/ dr {D}, plan discussed\n",
        "per {NI} rn pt pulled iv overnight, replaced x1\n",
        "d/w {D2} (renal) - no hd today, recheck bmp {DS}\n",
        "{RL} {R} at bedside, updated. she lives in {TOWN} and can take pt home\n",
        "called {RL} ({PH}) no answer, left vm\n",
        "pt lives w/ {RL} {RFL} on {STREET} in {TOWN}\n",
        "lives in {TOWN} w/ wife, worked at {EMP} until {Y}\n",
        "prior admit {DR} at {HOSP2} for same\n",
        "abx: ctx {DR}, now po cefpodox\n",
        "last bm {DS}, given lactulose\n",
        "plan to wean o2 {DM}, pt/ot eval, dispo to {FAC} vs home\n",
        "f/u w/ pcp dr {D2FL} in {TOWN2} 1-2 wk after d/c\n",
        "echo {DS} ef 40-45%, cards (dr {XL}) following\n",
        "pmh: cabg {YA}, cva {YA}, tah/bso {Y}\n",
        "code: full, confirmed w/ pt and {RL} {R} on the {DO}\n",
        "sw ({SWF}) working on snf, {FAC} bed ok for {DT}\n",
        "pt says she grew up in {BIRTH}, moved here {Y}\n",
        "cm {SW} {EXT} re: insurance auth\n",
        "{PF} says she feels better, wants to walk\n",
        "pt {P} seen at bedside, sleeping, easily arousable\n",
        "wife is {AGE} and cant care for him at home\n",
        "seen by ortho {DI} on {DS}, nwb rle\n",
        "ct a/p {DH} neg for abscess\n",
        "{T} {P} more alert today, oriented to self and place ({HOSPA})\n",
        "outside recs from {HOSP2} faxed {DS}\n",
        "pt wants to go home to {TOWN2}, {RL} {R} agrees\n",
    ],
    f=[
        "vs: t {temp} bp {bp} hr {hr} rr {rr} sat {sat}% 2l\n",
        "gen: nad, a&ox3\ncv: rrr {mur} sem\nresp: coarse bs bilat, no wheeze\n",
        "neuro: strength {str} b/l ue, {str} le, gcs {gcs}\n",
        "labs: wbc 12.1 hgb {hgb} k {k} cr {cr} inr {inr}\n",
        "cxr: rll opacity, ?asp, old {rib} rib fx\n",
        "meds: pred 40 daily, {frac} tab oxy q6h prn, duonebs q4h\n",
        "hope to d/c tomorrow if stable on ra\n",
        "will cont to monitor, will f/u am labs\n",
        "frank blood in stool x1, gi aware, hgb stable\n",
        "brown sputum, cx sent\n",
        "pain {pain}, tolerable\n",
        "back pain at {vert}, mri neg for cord compression\n",
        "vent: peep {peep}, fio2 {fio2} -> extubated to 4l nc\n",
        "a/p:\n1. copd exac - cont nebs, steroids day {n}/5\n2. aki - cr improving, ivf @ 75/hr\n",
    ],
    s=[
        "{DFL} md pgy1\n",
        "-{DI} md\n",
        "{D} / {D2}\n",
        "dr {D}, pgr {PG}\n",
        "{DFL}, md (intern) for {D2FL}\n",
    ],
)

PARAGRAPH = {"icu-caps": 0.5, "home-hospice": 0.35, "psych-sw": 0.35, "progress-lower": 0.2, "ed": 0.2}
STYLE_ORDER = ["icu-caps", "ed", "psych-sw", "home-hospice", "path-ir", "progress-lower"]


# ---------------------------------------------------------------------------------------------
# Style-specific post-processing (whole-part case, typos). Every transformation is applied to a
# part before parts are joined, so offsets are always computed on the final text.
# ---------------------------------------------------------------------------------------------
def typo(rng, text, p):
    def fix(m):
        w = m.group(0)
        if len(w) < 5 or rng.random() > p:
            return w
        i = rng.randint(1, len(w) - 2)
        kind = rng.randint(0, 2)
        if kind == 0:
            return w[:i] + w[i + 1] + w[i] + w[i + 2:]
        if kind == 1:
            return w[:i] + w[i + 1:]
        return w[:i] + w[i] + w[i:]
    return re.sub(r"[a-z]+", fix, text)


def finish(rng, style, parts):
    out = []
    for text, cat in parts:
        if style == "icu-caps":
            t = text.upper()
            assert len(t) == len(text), text
        elif style == "progress-lower":
            t = text.lower()
            assert len(t) == len(text), text
            if cat is None:
                t = typo(rng, t, 0.06)
            elif cat == "Location" and rng.random() < 0.15:
                t = typo(rng, t, 0.9)  # misspelled town names are still places
        else:
            t = text
        out.append((t, cat))
    return out


def build_note(rng, style, patient):
    spec = STYLES[style]
    for _ in range(200):
        ctx = Ctx(rng, patient, style)
        target = rng.randint(8, 25)
        parts = render(ctx, rng.choice(spec["h"]))
        sign = render(ctx, rng.choice(spec["s"]))
        body_ts = spec["b"][:]
        rng.shuffle(body_ts)
        fill_ts = spec["f"][:]
        rng.shuffle(fill_ts)
        have = count_phi(parts) + count_phi(sign)
        body = []
        for t in body_ts:
            if have >= target:
                break
            seg = render(ctx, t)
            if have + count_phi(seg) > 25:
                continue
            body.append(seg)
            have += count_phi(seg)
        nfill = rng.randint(3, 8)
        fills = [render(ctx, t) for t in fill_ts[:nfill]]
        # interleave filler lines among PHI lines
        seq = body + fills
        rng.shuffle(seq)
        # some notes are written as running paragraphs rather than one finding a line
        para = rng.random() < PARAGRAPH.get(style, 0.0)
        for i, seg in enumerate(seq):
            seg = list(seg)
            if para and i < len(seq) - 1 and seg[-1][1] is None and seg[-1][0].endswith("\n") \
                    and "\n" not in seg[-1][0][:-1] and rng.random() < 0.75:
                seg[-1] = (seg[-1][0][:-1] + rng.choice([" ", "  ", " "]), None)
            parts.extend(seg)
        if style == "path-ir" and rng.random() < 0.5:
            parts.append(("\n", None))
        parts.extend(sign)
        n = count_phi(parts)
        if 8 <= n <= 25:
            return finish(rng, style, parts)
    raise RuntimeError("could not build a note")


def join(parts):
    text = ""
    spans = []
    for t, cat in parts:
        if cat:
            if t.strip() != t or t == "":
                raise ValueError(repr(t))
            spans.append((len(text), len(text) + len(t), cat, t))
        text += t
    return text, spans


def main():
    rng = random.Random(SEED)
    # patients: one pool per style; a patient may have 1-3 notes in the style
    patient_no = 3001
    summary = []
    for style in STYLE_ORDER:
        d = os.path.join(HERE, style)
        os.makedirs(d, exist_ok=True)
        records = []
        gold = []
        notes_left = 40
        while notes_left > 0:
            sex = rng.choice("MF")
            first = rng.choice(FIRST_M if sex == "M" else FIRST_F)
            age = rng.choice([rng.randint(90, 102)] + [rng.randint(22, 88)] * (2 if style != "home-hospice" else 1))
            patient = {"first": first, "last": rng.choice(SURNAMES), "sex": sex, "age": age}
            k = min(notes_left, rng.choice([1, 1, 1, 2, 2, 3]))
            for note_no in range(1, k + 1):
                parts = build_note(rng, style, patient)
                body, spans = join(parts)
                records.append(f"START_OF_RECORD={patient_no}||||{note_no}||||\n{body}||||END_OF_RECORD\n")
                for s, e, cat, phrase in spans:
                    gold.append(f"{patient_no} {note_no} {s} {e} {cat} {phrase}\n")
            notes_left -= k
            patient_no += 1
        with open(os.path.join(d, "notes.text"), "w", encoding="utf-8", newline="\n") as f:
            f.write("".join(records))
        with open(os.path.join(d, "gold.phrase"), "w", encoding="utf-8", newline="\n") as f:
            f.write("".join(gold))
        summary.append((style, len(records), len(gold)))
    for style, n, g in summary:
        print(f"{style:16s} notes {n:3d} spans {g:5d}")


if __name__ == "__main__":
    sys.exit(main())
