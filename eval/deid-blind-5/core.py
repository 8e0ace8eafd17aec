"""Shared building blocks for blind set 5: a note builder that records gold spans while text is
written, and invented name / place / date / number pools. Python 3 stdlib only.

Every value here is invented. Gold categories use the PhysioNet spellings (PTName, HCPName,
RelativeProxyName, PTNameInitial, Date, DateYear, Location, Phone, Age, Other) because the
project's evaluator groups gold by those names (NAME, DATE, DATE_YEAR, LOCATION, PHONE, AGE, OTHER).
"""
import datetime
import random
import re

SEED = 5055
R = random.Random(SEED)


def reseed(n):
    """Re-seed per style so a change to one style does not reshuffle the others."""
    R.seed(SEED * 1000 + n)


class P:
    """A PHI value: its text and its gold category."""

    def __init__(self, text, cat):
        self.text = text
        self.cat = cat

    def __repr__(self):
        return f"P({self.text!r},{self.cat})"


def seq(*parts):
    return list(parts)


class Note:
    """Builds a note body; every P added becomes a gold span at its exact offset."""

    def __init__(self, upper=False, lower=False, typos=0.0):
        self.typos = typos
        self.buf = []
        self.pos = 0
        self.spans = []
        self.upper = upper
        self.lower = lower
        self.lines = 0

    def _case(self, s):
        t = s.upper() if self.upper else (s.lower() if self.lower else s)
        assert len(t) == len(s), s
        return t

    def add(self, v):
        if v is None:
            return
        if isinstance(v, P):
            s = self._case(v.text)
            self.spans.append((self.pos, self.pos + len(s), v.cat, s))
            self.buf.append(s)
            self.pos += len(s)
        elif isinstance(v, (list, tuple)):
            for x in v:
                self.add(x)
        else:
            s = str(v)
            if self.typos:
                s = typo(s, self.typos)
            s = self._case(s)
            self.buf.append(s)
            self.pos += len(s)

    def line(self, tmpl="", **kw):
        """Adds one line; `{key}` takes kw[key] (str, P, or a list of both)."""
        for i, piece in enumerate(re.split(r"\{(\w+)\}", tmpl)):
            if i % 2 == 0:
                self.add(piece)
            else:
                self.add(kw[piece])
        self.add("\n")
        self.lines += 1

    def raw_lines(self, lst):
        for x in lst:
            if isinstance(x, str):
                self.line(x)
            else:
                self.add(x)
                self.add("\n")
                self.lines += 1

    def text(self):
        return "".join(self.buf)


def ch(x):
    return R.choice(x)


def maybe(p):
    return R.random() < p


# ----------------------------------------------------------------------------- names
FIRST_F = """Maria Aisha Priya Siobhan Olena Chiamaka Yuki Fatima Guadalupe Ingrid Keisha Mei-Ling Rosa Hannah
Dolores Bernadette Svetlana Ngozi Anh Leilani Marisol Tamika Agnieszka Eun-ji Hope Joy Faith Rose June April
Destiny Brandy Kateri Zainab Parisa Esperanza Magdalena Katarzyna Margaret Elizabeth Mary-Beth Shaniqua Thuy
Oksana Amara Noor Imani Lakshmi Sunita Yolanda Consuelo Birgit Astrid Colleen Brigid Tiffany Crystal Precious
Adaeze Folasade Hoa Linh Sakura Ji-woo Rania Leticia Yasmin Heather Dawn Tanisha Kimberly Chantal Ginette
Marguerite Aoife Niamh Rivka Shoshana Ayelet Gulnara Dilnoza Temperance Winona Paloma Itzel Xiomara""".split()
FIRST_M = """Jose Mohammed Tomasz Kwame Hiroshi Raj Declan Deshawn Vikram Luis Ahmad Bao Oluwaseun Sven Dmitri
William Francis Robert Richard Jean-Pierre Joaquin Abdirahman Alejandro Kofi Arjun Tariq Hamza Yusuf Wojciech
Pavel Bogdan Malik Tyrone Cody Dustin Brent Earl Clifford Gus Otis Lamar Darnell Rashad Hector Rigoberto
Ignacio Thanh Minh Duc Sung-min Takeshi Kenji Rhys Eoin Padraig Cormac Lars Anders Jorge Emeka Chinedu
Tunde Obinna Farid Reza Dariusz Mateo Santiago Ezra Yitzhak Avi Nikolai Grigor Armen Tevita Sione Keoni Kai
Jamal Terrence Marcus Mitchell Wade Buck Royce Hollis Amos Ulysses Winston""".split()
NICK = {"William": ["Bill", "Will", "Billy"], "Robert": ["Rob", "Bobby", "Bob"], "Richard": ["Rich", "Rick"],
        "Francis": ["Frank", "Frankie"], "Dolores": ["Lola"], "Elizabeth": ["Liz", "Betty", "Beth"],
        "Margaret": ["Peggy", "Maggie", "Meg"], "Oluwaseun": ["Seun"], "Guadalupe": ["Lupe"],
        "Abdirahman": ["Abdi"], "Alejandro": ["Alex"], "Katarzyna": ["Kasia"], "Mohammed": ["Mo"],
        "Wojciech": ["Wojtek"], "Bernadette": ["Bernie"], "Temperance": ["Tempy"], "Yitzhak": ["Itzik"],
        "Deshawn": ["Shawn"], "Clifford": ["Cliff"], "Kimberly": ["Kim"], "Nikolai": ["Kolya"]}
SURN = """Okafor Nguyen Kowalczyk Haddad Fitzgerald O'Brien McAllister Nakamura Patel Chaudhry Yazzie Begay
Kealoha Schwarzkopf Lindqvist Mwangi Adeyemi Brown Young King Hill Little Gray Park Bell Strong Moody Love
Church Baker Cook Mason Walker Bishop Marsh Wood Fox Lamb Nash Pham Tran Le Kim Lee Ng Ho Wu Li Oyelaran
Ivanova Petrov Bergstrom DeLuca MacLeod Mbeki Chukwu Rahman Hussain Banerjee Iyer Reddy Sandoval Villanueva
Zuniga Quispe Tsosie Whitehorse Kaur Singh Dhillon Goldberg Katz Rosen Friedman Horvath Novak Dvorak
Abernathy Thibodeaux Boudreaux LeBlanc Fontenot Kaczmarek Wisniewski Szabo Papadopoulos Costa Ferreira
Oliveira Castillo Delgado Esposito Romano Bianchi Mahmoud Khalil Farah Abdullahi Warsame Osei Mensah Boateng
Achterberg Janssen Vos Eriksen Halvorsen Kapoor Mehta Gupta Sato Takahashi Yamamoto Choi Jung Oh Dang Vo
Huynh Truong Salazar Medina Paredes Hakimi Sorensen Whitfield Pennington Crowe Blackwood Greenleaf Sparrow
Winter Frost Day Summers Christmas Noble Rich Wise Goodwin Moon Stone Steele Hart Joy Rivers Brooks""".split()
PARTICLE_SURN = ["van der Berg", "de la Cruz", "Da Silva", "Al-Masri", "bin Yusof", "St. John", "Di Stefano",
                 "van Houten", "De Los Santos", "del Rio", "Le Roux", "von Arnim", "O'Sullivan", "Mac Giolla",
                 "dos Santos", "Abu-Hamdan", "ter Horst", "Van Buren", "El-Sayed", "de Jong"]


def surname():
    r = R.random()
    if r < 0.12:
        return ch(PARTICLE_SURN)
    if r < 0.24:
        a, b = ch(SURN), ch(SURN)
        return a if a == b else f"{a}-{b}"
    return ch(SURN)


class Person:
    def __init__(self, cat="PTName", sex=None):
        self.sex = sex or ch("FM")
        self.first = ch(FIRST_F if self.sex == "F" else FIRST_M)
        self.last = surname()
        self.mi = ch("ABCDEFGHJKLMNPRSTVW")
        self.nick = ch(NICK[self.first]) if self.first in NICK and maybe(0.7) else None
        self.cat = cat

    def _p(self, s, cat=None):
        return P(s, cat or self.cat)

    def full(self):
        return self._p(f"{self.first} {self.last}")

    def fml(self):
        return self._p(f"{self.first} {self.mi}. {self.last}")

    def lf(self):
        return self._p(f"{self.last}, {self.first}")

    def lfm(self):
        return self._p(f"{self.last}, {self.first} {self.mi}")

    def last_(self):
        return self._p(self.last)

    def first_(self):
        return self._p(self.first)

    def call(self):
        """What family and staff call the person: nickname or first name."""
        return self._p(self.nick or self.first)

    def il(self):
        return self._p(f"{self.first[0]}. {self.last}")

    def il_nodot(self):
        return self._p(f"{self.first[0]} {self.last}")

    def initials(self):
        cat = "PTNameInitial" if self.cat == "PTName" else self.cat
        return P(f"{self.first[0]}{self.last.replace(' ', '')[0].upper()}", cat)

    def initials_dot(self):
        cat = "PTNameInitial" if self.cat == "PTName" else self.cat
        return P(f"{self.first[0]}.{self.last.replace(' ', '')[0].upper()}.", cat)

    def any_ref(self):
        return ch([self.full, self.last_, self.first_, self.il, self.call, self.lf])()


def title(p):
    if p.sex == "F":
        return ch(["Ms. ", "Mrs. ", "Ms ", "Mrs "])
    return ch(["Mr. ", "Mr "])


def dr(p):
    """Clinician reference with a title or credential outside the span."""
    k = R.randrange(9)
    if k == 0:
        return ["Dr. ", p.last_()]
    if k == 1:
        return ["Dr ", p.last_()]
    if k == 2:
        return ["Dr.", p.last_()]  # no space after the title: a common typing habit
    if k == 3:
        return [p.full(), ", MD"]
    if k == 4:
        return ["Dr. ", p.full()]
    if k == 5:
        return [p.il(), " MD"]
    if k == 6:
        return [p.full(), ", DO"]
    if k == 7:
        return ["Dr. ", p.il()]
    return [p.fml(), ", MD"]


# ----------------------------------------------------------------------------- places
TOWNS = """Fenwick Falls|Ashby Crossing|Lower Marlow|Quarry Hill|East Harlow|Port Ainsley|Millbrook Junction|Cedar Bend
|Tolland Center|Briar Ridge|Kestrel Bay|North Ovid|Wyandotte Springs|Halverson|Grantsville|Oxbow|Pine Hollow|Sumner Mills
|West Dunmore|Bracken|Lac Verte|Saint Elois|Hobart Corners|New Ardmore|Calder|Otter Creek|Red Lick|Amesbury Flats
|Whitcomb|Fairhaven Landing|Coldwater|Jessup|Marlow Heights|Big Sable|Ypsilanti Mills|Deer Lodge Hollow|Petersham
|Rockport Station|Vance|Elkhorn|Birch Run|Castine Ferry""".replace("\n", "").split("|")
STREET_N = """Larkspur|Old Mill|Quarry|Birch Hollow|Elm|Maple|Tamarack|Harlow|Dunmore|Kessler|Chestnut|Depot|Water|Mill Pond
|Saw Mill|Cranberry|Juniper|Washington|Lincoln|Mountain View|Ridge|Orchard|Beaver Dam|Pleasant|Church|Sycamore|Foxglove
|Hawthorne|Spruce|Ferry|Canal|Ironwood|Wolcott|Pemberton|Mariposa|Los Alamitos|Santa Rita|Kingfisher|Bluebird
|Martin Luther King Jr|Cesar Chavez|Veterans|Parkview|Lakeshore|Center|Main|North|South""".replace("\n", "").split("|")
STREET_T = ["St", "Street", "Rd", "Road", "Ln", "Lane", "Ave", "Avenue", "Blvd", "Ct", "Dr", "Drive", "Way", "Pike",
            "Circle", "Terrace", "Pl", "Hwy", "Trail", "Ext"]
STATES = ["ME", "NH", "VT", "NY", "PA", "OH", "MI", "WI", "MN", "OR", "WA", "NM", "TX", "LA", "GA", "NC", "Maine",
          "Ohio", "Oregon", "Michigan"]


def town():
    return P(ch(TOWNS), "Location")


def street():
    n = R.choice([str(R.randint(2, 98)), str(R.randint(100, 999)), str(R.randint(1000, 24999))])
    pre = ch(["", "", "", "N ", "S. ", "E ", "W. ", "North "])
    s = f"{n} {pre}{ch(STREET_N)} {ch(STREET_T)}"
    if maybe(0.25):
        s += ch([f" Apt {R.randint(1, 40)}{ch('ABCD')}", f" Unit {R.randint(1, 300)}", f", Apt. {R.randint(1, 9)}",
                 f" Lot {R.randint(1, 80)}", f" #{R.randint(2, 30)}"])
    return P(s, "Location")


def street_name():
    return P(f"{ch(STREET_N)} {ch(STREET_T)}", "Location")


def zipc():
    return P(f"{R.randint(1, 99):02d}{R.randint(0, 999):03d}", "Location")


def address():
    """Street, town, state, zip: street, town and zip are spans; the state is not PHI."""
    parts = [street(), ", ", town()]
    if maybe(0.7):
        parts += [", " if maybe(0.5) else " ", ch(STATES), " ", zipc()]
    return parts


HOSPITALS = [("St. Brigid's Medical Center", "SBMC"), ("Harlow Valley Hospital", "HVH"),
             ("Mercy Ridge Regional Medical Center", "Mercy Ridge"), ("Kestrel Bay Community Hospital", "KBCH"),
             ("Tolland General", "TG"), ("Our Lady of the Lakes Hospital", "OLOL"),
             ("Pemberton Memorial Hospital", "Pemberton Memorial"), ("Fenwick Falls Regional", "FFR"),
             ("Sumner Mills Medical Center", "SMMC"), ("Coldwater Sisters of Charity Hospital", "Sisters"),
             ("Marlow Heights University Hospital", "MHUH"), ("Otter Creek VA Medical Center", "Otter Creek VA")]
CLINICS = ["Fenwick Falls Family Practice", "Larkspur Women's Health", "Cedar Bend Cancer Institute",
           "Quarry Hill Pediatrics", "Ashby Crossing Health Center", "Bracken Internal Medicine Associates",
           "Halverson OB/GYN", "Briar Ridge Community Health", "Port Ainsley Free Clinic",
           "Vance Rural Health Clinic", "Lakeshore Cardiology Group", "North Ovid Urgent Care"]
NURSING = ["Pinegate Nursing & Rehabilitation", "Brookhaven Manor", "Sunnyside Assisted Living",
           "The Willows at Oxbow", "Calder Hills Care Center", "St. Elois Home for the Aged",
           "Maple Terrace Skilled Nursing", "Riverbend Transitional Care"]


def hospital(short=False):
    h = ch(HOSPITALS)
    return P(h[1] if short else h[0], "Location")


def loc(name):
    return P(name, "Location")


# ----------------------------------------------------------------------------- dates
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
WD = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def rdate(lo=datetime.date(2024, 1, 1), hi=datetime.date(2026, 11, 30)):
    return lo + datetime.timedelta(days=R.randint(0, (hi - lo).days))


def ordsuf(d):
    return "th" if 10 <= d % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th")


def dfmt(d, f):
    m, dd, y = d.month, d.day, d.year
    mon = MONTHS[m - 1]
    return {
        "m/d/yyyy": f"{m}/{dd}/{y}", "mm/dd/yyyy": f"{m:02d}/{dd:02d}/{y}", "m/d/yy": f"{m}/{dd}/{y % 100:02d}",
        "mm/dd/yy": f"{m:02d}/{dd:02d}/{y % 100:02d}", "m/d": f"{m}/{dd}", "mm/dd": f"{m:02d}/{dd:02d}",
        "d-Mon-yyyy": f"{dd}-{mon[:3]}-{y}", "Mon d, yyyy": f"{mon[:3]} {dd}, {y}", "Month d": f"{mon} {dd}",
        "Month dth": f"{mon} {dd}{ordsuf(dd)}", "Month d, yyyy": f"{mon} {dd}, {y}", "yyyy-mm-dd": f"{y}-{m:02d}-{dd:02d}",
        "ddMONyy": f"{dd:02d}{mon[:3].upper()}{y % 100:02d}", "m-d-yy": f"{m}-{dd}-{y % 100:02d}",
        "m.d.yy": f"{m}.{dd}.{y % 100:02d}", "Mon d": f"{mon[:3]} {dd}", "d Month yyyy": f"{dd} {mon} {y}",
        "wd m/d": f"{WD[d.weekday()][:3]} {m}/{dd}", "Wd, Month d": f"{WD[d.weekday()]}, {mon} {dd}",
        "mmddyyyy": f"{m:02d}{dd:02d}{y}", "Mon. dth": f"{mon[:3]}. {dd}{ordsuf(dd)}",
        "the dth": f"{dd}{ordsuf(dd)}",
    }[f]


SHORT_F = ["m/d", "m/d", "mm/dd", "m/d", "Mon d", "Month d", "Month dth", "m/d/yy", "wd m/d", "Mon. dth"]
FULL_F = ["m/d/yyyy", "mm/dd/yyyy", "m/d/yy", "mm/dd/yy", "d-Mon-yyyy", "Mon d, yyyy", "Month d, yyyy",
          "yyyy-mm-dd", "m-d-yy", "d Month yyyy", "m.d.yy"]


def D(d, f=None, short=False):
    f = f or ch(SHORT_F if short else FULL_F)
    return P(dfmt(d, f), "Date")


def dob(lo=1925, hi=2006):
    return datetime.date(R.randint(lo, hi), R.randint(1, 12), R.randint(1, 28))


def Y(y, short=False):
    return P(f"'{y % 100:02d}" if short else str(y), "DateYear")


def age_from(b, ref):
    return ref.year - b.year - ((ref.month, ref.day) < (b.month, b.day))


# ----------------------------------------------------------------------------- numbers
AREA = ["207", "603", "802", "518", "716", "814", "419", "906", "715", "218", "541", "360", "575", "903", "337",
        "912", "828", "989", "440"]


def phone(fmt=None):
    a, b, c = ch(AREA), R.randint(200, 989), R.randint(0, 9999)
    fmt = fmt if fmt is not None else R.randrange(7)
    s = [f"({a}) {b}-{c:04d}", f"{a}-{b}-{c:04d}", f"{a}.{b}.{c:04d}", f"{a} {b} {c:04d}", f"{b}-{c:04d}",
         f"({a}){b}-{c:04d}", f"1-{a}-{b}-{c:04d}"][fmt]
    return P(s, "Phone")


def ext():
    return P(str(R.randint(1000, 9999)) if maybe(0.7) else str(R.randint(100, 999)), "Phone")


def mrn():
    k = R.randrange(5)
    s = [f"{R.randint(0, 99999999):08d}", f"{R.randint(100000, 9999999)}", f"{R.randint(10, 99)}-{R.randint(100, 999)}-{R.randint(100, 999)}",
         f"M{R.randint(100000, 999999)}", f"{R.randint(1000, 9999)}{R.randint(10000, 99999)}"][k]
    return P(s, "Other")


def acct():
    return P(f"{ch(['', 'A', 'V', 'HAR'])}{R.randint(10 ** 8, 10 ** 10 - 1)}", "Other")


def email(p):
    dom = ch(["gmail.com", "yahoo.com", "outlook.com", "harlowvalley.org", "cbci.org", "fastmail.net", "icloud.com"])
    u = ch([f"{p.first.lower()}.{p.last.lower()}", f"{p.first[0].lower()}{p.last.lower()}{R.randint(1, 99)}",
            f"{p.last.lower()}{p.first[0].lower()}"]).replace(" ", "").replace("'", "")
    return P(f"{u}@{dom}", "Other")


FEM = {"wife", "daughter", "dtr", "granddaughter", "sister", "mother", "aunt", "niece", "girlfriend", "daughter-in-law"}
MASC = {"husband", "son", "grandson", "son-in-law", "brother", "father", "uncle", "nephew", "boyfriend"}


def kin(words, cat="RelativeProxyName"):
    """A relative and the word naming the relation, with the person's sex matching the word."""
    w = ch(words)
    lw = w.lower()
    sex = "F" if lw in FEM else "M" if lw in MASC else None
    return Person(cat, sex), w


def cap(p):
    """The same PHI value typed in capitals (EHR banners, some headers)."""
    return P(p.text.upper(), p.cat)


def quoted_nick(p):
    """First "Nick" Last, one span."""
    nick = p.nick or ch(["Sunny", "Cookie", "Red", "Tiny", "Peanut", "Bean"])
    return P(f'{p.first} "{nick}" {p.last}', p.cat)


TYPOS = {"patient": ["pateint", "patinet"], "received": ["recieved"], "follow": ["folow", "f/u"], "tolerated": ["tolerted"],
         "pressure": ["presure"], "with": ["wiht", "w/"], "daughter": ["daugther", "dtr"], "states": ["sates"],
         "discussed": ["dicussed", "d/w"], "the": ["teh"], "and": ["adn", "&"]}


def typo(s, p=0.15):
    """Sprinkles the usual misspellings into plain (non-PHI) text."""
    def sub(m):
        w = m.group(0)
        if w.lower() in TYPOS and maybe(p):
            return ch(TYPOS[w.lower()])
        return w
    return re.sub(r"[A-Za-z]+", sub, s)
