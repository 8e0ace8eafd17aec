"""Note builder and invented pools for the sixth blind de-identification set.

A note is a list of lines; a line is a list of segments, each either plain text (str) or a
gold span (text, Category). Offsets are computed only when the note is rendered, so a span's
offsets always point at exactly the text that was written for it.
Everything here is invented.
"""
import datetime as _dt

CATEGORIES = ('PTName', 'PTNameInitial', 'HCPName', 'RelativeProxyName', 'Location', 'Date',
              'DateYear', 'Age', 'Phone', 'Other')


def S(text, cat):
    assert cat in CATEGORIES, cat
    assert text and text == text.strip(), repr(text)
    return (text, cat)


class Note:
    def __init__(self):
        self.lines = []

    def line(self, *segs):
        out = []
        for s in segs:
            if s is None or s == '':
                continue
            if isinstance(s, list):
                out.extend(x for x in s if x is not None and x != '')
            else:
                out.append(s)
        self.lines.append(out)
        return out

    def blank(self):
        self.lines.append([])

    def extend(self, lines):
        for ln in lines:
            self.line(*ln)

    def render(self, case_fn=None, typo_fn=None):
        """Returns (body, spans). case_fn(line_index, segs) -> 'upper'|'lower'|None."""
        parts, spans, pos = [], [], 0
        for i, segs in enumerate(self.lines):
            mode = case_fn(i, segs) if case_fn else None
            for seg in segs:
                if isinstance(seg, tuple):
                    text, cat = seg
                else:
                    text, cat = seg, None
                    if typo_fn:
                        text = typo_fn(text)
                if mode == 'upper':
                    t2 = text.upper()
                elif mode == 'lower':
                    t2 = text.lower()
                else:
                    t2 = text
                assert len(t2) == len(text), text
                text = t2
                if cat:
                    spans.append((pos, pos + len(text), cat, text))
                parts.append(text)
                pos += len(text)
            if i < len(self.lines) - 1:
                parts.append('\n')
                pos += 1
        return ''.join(parts), spans


# ---------------------------------------------------------------- typos in ordinary words
TYPOS = {
    'patient': ['pateint', 'patinet'], 'received': ['recieved'], 'tolerated': ['tolerted', 'tolerater'],
    'follow': ['folow', 'follwo'], 'without': ['wihtout'], 'discussed': ['dicussed'],
    'recommend': ['recomend', 'reccomend'], 'history': ['hisotry', 'histroy'], 'normal': ['normla'],
    'appointment': ['appointmnet', 'apointment'], 'symptoms': ['symtoms', 'sypmtoms'],
    'significant': ['signficant'], 'pressure': ['presure'], 'weight': ['wieght'],
    'because': ['becuase'], 'their': ['thier'], 'should': ['shoudl'], 'return': ['retrun'],
    'accepted': ['accpeted'], 'available': ['availble'], 'bilateral': ['bilatreal'],
    'restrictions': ['restricitons'], 'evaluation': ['evalaution'], 'instructions': ['instrucitons'],
    'procedure': ['proceedure'], 'transport': ['trasnport'], 'complains': ['complians'],
}


def make_typo_fn(rng, rate):
    import re
    pat = re.compile(r'\b(' + '|'.join(sorted(TYPOS, key=len, reverse=True)) + r')\b')

    def fn(text):
        def sub(m):
            if rng.random() < rate:
                return rng.choice(TYPOS[m.group(1)])
            return m.group(1)
        return pat.sub(sub, text)
    return fn


# ---------------------------------------------------------------- people
FIRST = [
    'Amara', 'Tomasz', 'Siobhan', 'Kwame', 'Priya', 'Jorge', 'Mei-Ling', 'Oluwaseun', 'Dmitri', 'Fatima',
    'Hiroshi', 'Ingrid', 'Rafael', 'Niamh', 'Tariq', 'Yolanda', 'Bao', 'Esperanza', 'Gunnar', 'Leilani',
    'Chidi', 'Anneliese', 'Ravi', 'Marisol', 'Desmond', 'Zofia', 'Kofi', 'Thanh', 'Eamon', 'Rosalind',
    'Aurelio', 'Bronwyn', 'Hamid', 'Svetlana', 'Jamal', 'Consuelo', 'Pieter', 'Ngozi', 'Luca', 'Aiyana',
    'Matthias', 'Sunita', 'Wendell', 'Farida', 'Declan', 'Ximena', 'Yusuf', 'Astrid', 'Rowan', 'Imani',
    'Keoni', 'Bogdan', 'Anjali', 'Cormac', 'Lucinda', 'Temitope', 'Akira', 'Henrietta', 'Mateus', 'Saoirse',
    'Ezekiel', 'Parveen', 'Viggo', 'Nadia', 'Obadiah', 'Xiu', 'Lorenzo', 'Wanjiru', 'Casimir', 'Delphine',
]
WORD_FIRST = ['Hope', 'Will', 'May', 'Rose', 'Grace', 'Hunter', 'Faith', 'Victor', 'Joy', 'Art', 'Bill',
              'Drew', 'Hazel', 'Iris', 'June', 'Summer', 'Chase', 'Mark', 'Dawn', 'Sterling', 'Forrest',
              'Penny', 'Rusty', 'Sunny', 'Pat', 'Ivy', 'Robin', 'Jack', 'Crystal', 'Major']
LAST = [
    'Okonkwo', 'Kowalczyk', 'Nakamura', 'Fitzgerald', 'Abernathy', 'Delacroix', 'Haddad', 'Sorensen',
    'Oyelaran', 'Lindqvist', 'Babatunde', 'Ferreira', 'Thibodeaux', 'Mukherjee', 'Albrecht', 'Castellanos',
    'Petrosyan', 'Nguyen', 'Osei', 'Quintero', 'Rahimi', 'Szabo', 'Tanaka', 'Ulrich', 'Villanueva',
    'Wojcik', 'Yilmaz', 'Zelenko', 'McAllister', "O'Donnell", "D'Amico", 'Mbeki', 'Halvorsen',
    'Achterberg', 'Kaczmarek', 'Moreau', 'Brennan', 'Iwasaki', 'Chaudhry', 'Lefebvre', 'Ramanathan',
    'Obi', 'Gallagher', 'Przybylski', 'Tshabalala', 'Featherstonehaugh', 'Esposito', 'Kuznetsova',
    'Adeyemi', 'Bjornstad', 'Chakraborty', 'Duong', 'Eriksen', 'Figueroa', 'Grabowski', 'Hakimi',
    'Ishikawa', 'Jablonski', 'Kamau', 'Lombardi', 'MacLeod', 'Nwachukwu', 'Ostrowski', 'Papadakis',
]
HYPHEN_LAST = ['Harper-Nwosu', 'Lindgren-Ochoa', 'Abadi-Clarke', 'Fontaine-Reyes', 'Kim-Whitaker',
               'Moss-Adebayo', 'Sato-Bernal', 'Price-Okafor', 'Walsh-Moreno', 'Tran-Lindahl']
PARTICLE_LAST = ['van der Berg', 'de la Cruz', 'Van Buren', 'de Souza', 'von Hassel', 'Di Stefano',
                 'Le Blanc', 'St. Clair', 'da Silva', 'ten Brink', 'al-Rashid', 'Mac an tSaoir',
                 'dos Santos', 'van Wyk', 'De Luca', 'La Rosa', 'du Plessis', 'bin Hamdan']
WORD_LAST = ['Baker', 'Wells', 'Church', 'Strong', 'Moody', 'Fox', 'Hill', 'Bishop', 'Street', 'Rice',
             'Marsh', 'Snow', 'Frost', 'Park', 'Swift', 'Glass', 'Young', 'Love', 'Sharp', 'Bird', 'Stone',
             'Lamb', 'Cross', 'Waters', 'Field', 'Brook', 'Price', 'Wise', 'Knight', 'Shepherd', 'Ward',
             'Mann', 'House', 'Bell', 'Cook', 'Hart', 'Small', 'King', 'Gray', 'Best', 'Hope', 'Early']
NICKS = [('William', 'Bill'), ('Robert', 'Bobby'), ('Margaret', 'Peggy'), ('Elizabeth', 'Betsy'),
         ('Josephine', 'Jo'), ('Francisco', 'Paco'), ('Aleksandr', 'Sasha'), ('Guadalupe', 'Lupe'),
         ('Katherine', 'Kit'), ('Theodore', 'Teddy'), ('Oluwadamilare', 'Dami'), ('Rebecca', 'Becky'),
         ('Giuseppe', 'Beppe'), ('Ekaterina', 'Katya'), ('Charles', 'Chuck'), ('Dorothy', 'Dot')]
MIDDLE_INITIALS = 'ABCDEFGHJKLMNPRSTW'


class Person:
    def __init__(self, first, last, middle=None, nick=None):
        self.first, self.last, self.middle, self.nick = first, last, middle, nick
        self.title = 'Mr.'

    def fmt(self, kind):
        f, l, m = self.first, self.last, self.middle or 'J'
        return {
            'fl': f'{f} {l}',
            'fml': f'{f} {m}. {l}',
            'lf': f'{l}, {f}',
            'lfm': f'{l}, {f} {m}',
            'Fl': f'{f[0]}. {l}',
            'l': l,
            'f': f,
            'nick': self.nick or f,
            'nickl': f'{self.nick or f} {l}',
            'fnickl': f'{f} "{self.nick}" {l}' if self.nick else f'{f} {m}. {l}',
            'FLcaps': f'{f} {l}'.upper(),
            'LFcaps': f'{l.upper()}, {f.upper()}',
        }[kind]

    def initials(self, dots=False):
        parts = [self.first[0]] + ([self.middle] if self.middle and dots else []) + [self.last.split('-')[0].replace("'", '').split()[-1][0].upper()]
        return '.'.join(parts) + '.' if dots else ''.join(parts)


class People:
    def __init__(self, rng):
        self.rng = rng
        self.used = set()

    def make(self, word_rate=0.15):
        r = self.rng
        for _ in range(200):
            x = r.random()
            if x < 0.1:
                first, nick = r.choice(NICKS)
            else:
                first = r.choice(WORD_FIRST) if r.random() < word_rate else r.choice(FIRST)
                nick = None
            y = r.random()
            if y < 0.12:
                last = r.choice(HYPHEN_LAST)
            elif y < 0.26:
                last = r.choice(PARTICLE_LAST)
            elif y < 0.26 + word_rate + 0.05:
                last = r.choice(WORD_LAST)
            else:
                last = r.choice(LAST)
            if (first, last) not in self.used:
                self.used.add((first, last))
                p = Person(first, last, r.choice(MIDDLE_INITIALS), nick)
                p.title = r.choice(['Mr.', 'Ms.', 'Mrs.', 'Mr.', 'Ms.'])
                return p
        return Person(first, last, 'Q', nick)


# ---------------------------------------------------------------- places
TOWNS = ['Millbrook Falls', 'Quarry Hill', 'Stoneford', 'Harrowgate', 'Pike Crossing', 'Eastwick Landing',
         'Bramble', 'Fairhaven Mills', 'Cedar Bend', 'Liberty Hollow', 'Bell Prairie', 'Copperton',
         'Kettle Springs', 'Ashby Junction', 'Lantern', 'Ferris Gap', 'Winslow Flats', 'Orchard',
         'Plainfield Ridge', 'North Tamsin', 'Grange', 'Harbor Pointe', 'Sugar Creek Station',
         'Dunmore Heights', 'Pelican Bay', 'Hollis', 'Marrowby', 'Wickham', 'Tullamore Springs', 'Redfern',
         'Glass Lake', 'Bridgewater Commons', 'Summit', 'Church Falls', 'Welcome', 'Caution Ridge',
         'Patience', 'Sawmill', 'Deep River Bend', 'Oxbow', 'Thimble', 'Gideon Mills', 'Vernal', 'Mercy Flats']
COUNTIES = ['Tamsin County', 'Ocher County', 'Ravenna Parish', 'Lowell County', 'Brisk County', 'Harlan Fork County']
STATES = ['OH', 'PA', 'MI', 'IN', 'KY', 'WV', 'NY', 'Ohio', 'Pennsylvania', 'Michigan', 'Indiana', 'Kentucky']
STREET_NAMES = ['Quarry Hill', 'Maple', 'Old Mill', 'Tamsin Pike', 'Lantern', 'Canal', 'Birchwood', 'Foundry',
                'Harrow', 'Saint Agnes', 'Orchard View', 'Ridgeback', 'Willowmere', 'Copper', 'Depot',
                'Kingfisher', 'Prospect', 'Hollis Ferry', 'Dunmore', 'Sawgrass', 'Chapel', 'Fenwick']
STREET_SUFFIX = ['Rd', 'Road', 'St', 'Street', 'Ave', 'Avenue', 'Ln', 'Dr', 'Ct', 'Blvd', 'Way', 'Pike', 'Trl']
UNITS = ['Apt 4B', 'Apt. 12', 'Unit 7', '#203', 'Lot 17', 'Suite 310', 'Apt 2R', 'Trlr 9', 'Bldg C, Apt 118']


def street(rng, unit_rate=0.4):
    s = f'{rng.randint(3, 9899)} {rng.choice(["N ", "S ", "E ", "W ", "", "", "", ""])}{rng.choice(STREET_NAMES)} {rng.choice(STREET_SUFFIX)}'
    if rng.random() < unit_rate:
        s += rng.choice([', ', ' ']) + rng.choice(UNITS)
    return s


def zipcode(rng):
    return f'{rng.randint(40000, 49999)}' if rng.random() < 0.8 else f'{rng.randint(40000, 49999)}-{rng.randint(1000, 9999)}'


def address_segs(rng, town=None, sep=', '):
    """Street (whole, with unit), town, state (unlabelled), ZIP: three spans."""
    town = town or rng.choice(TOWNS)
    return [S(street(rng), 'Location'), sep, S(town, 'Location'), ', ', rng.choice(STATES), ' ',
            S(zipcode(rng), 'Location')]


# ---------------------------------------------------------------- dates
MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September',
          'October', 'November', 'December']


def ordinal(n):
    return f'{n}{"th" if 11 <= n % 100 <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")}'


def fmt_date(d, kind):
    M, Mo = MONTHS[d.month - 1], MONTHS[d.month - 1][:3]
    return {
        'mdY': f'{d.month:02d}/{d.day:02d}/{d.year}',
        'mdy': f'{d.month}/{d.day}/{d.year % 100:02d}',
        'md': f'{d.month}/{d.day}',
        'dMonY': f'{d.day:02d}-{Mo}-{d.year}',
        'MonthdY': f'{M} {d.day}, {d.year}',
        'Mond': f'{Mo} {d.day}',
        'iso': f'{d.year}-{d.month:02d}-{d.day:02d}',
        'dMonthY': f'{d.day} {M} {d.year}',
        'dotted': f'{d.month:02d}.{d.day:02d}.{d.year}',
        'compact': f'{d.day:02d}{Mo.upper()}{d.year}',
        'MonthY': f'{M} {d.year}',
        'mY': f'{d.month}/{d.year}',
        'ord': f'{Mo}. {ordinal(d.day)}',
        'dashmdy': f'{d.month:02d}-{d.day:02d}-{d.year % 100:02d}',
        'Monthd': f'{M} {ordinal(d.day)}',
    }[kind]


DATE_KINDS = ['mdY', 'mdY', 'mdy', 'md', 'dMonY', 'MonthdY', 'Mond', 'iso', 'dMonthY', 'dotted', 'compact',
              'ord', 'dashmdy', 'Monthd']


def date_span(rng, d, kinds=None):
    return S(fmt_date(d, rng.choice(kinds or DATE_KINDS)), 'Date')


def rand_date(rng, start=_dt.date(2025, 1, 1), days=700):
    return start + _dt.timedelta(days=rng.randint(0, days))


# ---------------------------------------------------------------- phones and ids
def phone(rng, kind=None):
    a, b, c = rng.randint(201, 989), rng.randint(201, 989), rng.randint(0, 9999)
    kind = kind or rng.choice(['paren', 'dash', 'dot', 'paren', 'dash', 'plain1', 'space'])
    return {
        'paren': f'({a}) {b}-{c:04d}',
        'dash': f'{a}-{b}-{c:04d}',
        'dot': f'{a}.{b}.{c:04d}',
        'plain1': f'1-{a}-{b}-{c:04d}',
        'space': f'{a} {b} {c:04d}',
    }[kind]


def ext(rng):
    return str(rng.randint(1000, 99999))


def mrn(rng):
    return rng.choice([f'{rng.randint(1000000, 99999999)}', f'MR{rng.randint(100000, 999999)}',
                       f'{rng.randint(100, 999)}-{rng.randint(10, 99)}-{rng.randint(1000, 9999)}',
                       f'E{rng.randint(1000000, 9999999)}'])


def email(rng, p, domain):
    return f'{p.first[0].lower()}{p.last.lower().replace(" ", "").replace(chr(39), "").replace(".", "")}@{domain}'
