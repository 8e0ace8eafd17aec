"""Invented pools for deid-styles-dev-25 (written from scratch for this set; every entry is made up)."""

SURNAMES = [
    'Abernathy', 'Okafor-Lind', 'Quesnel', 'Tranh', 'Vukovic', 'Oyelaran', 'Pellegrini', 'Haugland', 'Szymczak',
    'Marchetti-Byrne', 'Iwasaki', 'Balogun', 'Castellanos', 'Rautio', 'Delacroix', 'Mwangi-Hollis', 'Petrosyan',
    "O'Tierney", "D'Amato", "N'Guessan", "O'Laoire", "Dell'Orto", "M'Baye",
    'de la Cruz', 'van Heerden', 'da Costa', 'Van der Merwe', 'al-Rashidi', 'bin Yusof', 'De Witt', 'le Roux',
    'St. Clair', 'von Trapp-Ellis', 'du Plessis', 'La Rue', 'Mac an tSaoir', 'ten Brink', 'Di Lorenzo',
    'Fairweather', 'Goodnight', 'Lovejoy', 'Meadows', 'Strong', 'Wise', 'Moody', 'Swift', 'Gentle', 'Sharp',
    'Bright', 'Young', 'Gold', 'Fox', 'Bird', 'Stone', 'Brook', 'Field', 'Winter', 'Frost', 'Snow', 'Bell',
    'Rich', 'Pool', 'Wolf', 'Lamb', 'Hart', 'Baker', 'Glass', 'Steel', 'Woods', 'Lane', 'Park', 'Church',
    'Cook', 'Mann', 'Sweet', 'Kind', 'Still', 'Free', 'Bliss', 'Rains', 'Christmas', 'Sunday', 'Monday',
    'Nightingale', 'Ransome', 'Thibodeaux', 'Kowalczyk', 'Adeyemi', 'Nakashima', 'Ferreira', 'Lindqvist',
    'Oduya', 'Hernandez-Ruiz', 'Papadakis', 'Chaudhry', 'Nwosu', 'Gallagher', 'Rosenthal', 'Boateng',
    'Kaminski', 'Ortega', 'Sorensen', 'Dimitrov', 'Achterberg', 'Whitlock', 'Pemberton', 'Tsosie', 'Yazzie',
    'Begay', 'Kealoha', 'Fonoti', 'Tuiasosopo', 'Ramaswamy', 'Venkataraman', 'Zhou-Becker', 'Hoang',
    'Villalobos', 'Esposito', 'Grzeskowiak', 'MacAskill', 'McTavish', 'Fitzgerald-Oyo', 'Halvorsen', 'Ekwueme',
]

FIRST_F = [
    'Marisol', 'Thandiwe', 'Ingrid', 'Priyanka', 'Oluwaseun', 'Bernadette', 'Keiko', 'Fatima', 'Dagny',
    'Rosalind', 'Yesenia', 'Agnieszka', 'Lucinda', 'Marguerite', 'Soledad', 'Tuyet', 'Nkechi', 'Hannelore',
    'Faith', 'Grace', 'Joy', 'Autumn', 'Dawn', 'Star', 'Robin', 'Iris', 'Violet', 'Rose', 'Sunny', 'Mercy',
    'Charity', 'Patience', 'Constance', 'Honor', 'Destiny', 'Harmony', 'Unity', 'April', 'June', 'Winter',
    'Ann Marie', 'Lou Ella', 'Bobbie Jo', "Le'Asia", "Ky'Lee", "De'Ja", 'Anneliese', 'Birgit', 'Chiamaka',
    'Leilani', 'Makana', 'Mele', 'Aroha', 'Xiomara', 'Guadalupe', 'Zofia', 'Svetlana', 'Noor', 'Yara',
]
FIRST_M = [
    'Tobias', 'Emeka', 'Rafferty', 'Kenji', 'Dmitri', 'Anselm', 'Obinna', 'Teodoro', 'Lachlan', 'Ravindra',
    'Bartholomew', 'Hamza', 'Juhani', 'Cormac', 'Florin', 'Kwabena', 'Ignatius', 'Wendell', 'Thaddeus',
    'Bishop', 'Chance', 'Justice', 'King', 'Major', 'Mason', 'Ranger', 'Rocky', 'Sonny', 'Buck', 'Colt',
    'Dusty', 'Forrest', 'Miles', 'Price', 'Noble', 'Pastor', 'Young', 'Early', 'Gay', 'Bill', 'Jack',
    'Jim Bob', 'Bobby Lee', "Ja'Marcus", "Da'Quan", "De'Shawn", 'Keoni', 'Kalani', 'Tavita', 'Nnamdi',
    'Bogdan', 'Stanislaw', 'Mateus', 'Ezequiel', 'Yusuf', 'Arjun', 'Hiroshi', 'Anders', 'Gunnar', 'Desmond',
]
NICK = {'Bartholomew': 'Bart', 'Thaddeus': 'Tad', 'Oluwaseun': 'Seun', 'Ravindra': 'Ravi', 'Bernadette': 'Bernie',
        'Guadalupe': 'Lupita', 'Agnieszka': 'Aga', 'Stanislaw': 'Stan', 'Ignatius': 'Iggy', 'Marguerite': 'Peggy',
        'Chiamaka': 'Ama', 'Svetlana': 'Lana', 'Ezequiel': 'Cheque', 'Lucinda': 'Cindy', 'Obinna': 'Obi'}

TOWNS = [
    'Harrowgate', 'Quillmont', 'Bexford Mills', 'Tansy Hollow', 'Port Averill', 'Cold Spring Junction',
    'East Pellham', 'Wyndmoor Falls', 'Sallowfield', 'Orrick', 'Grisham Crossing', 'Nettleton', 'Lyle Ferry',
    'Mount Ossory', 'St. Bride', 'Ft. Calloway', 'New Tiverton', 'Hobbs Landing', 'Carrow', 'Dunmore Heights',
    'Prosper', 'Charity', 'Comfort', 'Welcome', 'Plenty', 'Harmony', 'Victory', 'Promise', 'Concord',
    'Liberty', 'Eden', 'Paradise', 'Friendship', 'Bountiful', 'Fairplay', 'Independence', 'Eureka', 'Energy',
    'Index', 'Boring', 'Rough', 'Plain', 'Sunset', 'Needmore', 'Tightwad', 'Loyal', 'Nimble', 'Usual',
]
ABROAD = []  # not used in this set

STREETS = [
    'Larkspur Ln', 'Old Quarry Rd', 'Bellwether Ave', 'N. Tamsin St', 'Cobbler Way', 'Rte 9', 'County Rd 14',
    'Ridgeback Dr', 'Sawmill Hollow Rd', 'Pinfold Ct', 'W 3rd St', 'Mossgiel Blvd', 'Harrow Pike',
    'Juniper Bend', 'Orchard Terrace', 'Millrace Rd', 'Fenwick Pl', 'S. Main St', 'Lantern Hill Rd',
    'Tollgate Cir', 'Kestrel Ridge Dr', 'Eastbrook Ave', 'Pumphouse Ln', 'Canal St', 'Heron Cove Rd',
]

# specialist clinics (letter headers) with an acronym
CLINICS = [
    ('Quillmont Heart & Vascular Associates', 'QHVA'), ('Harrowgate Neurology Group', 'HNG'),
    ('Tansy Hollow Rheumatology', 'THR'), ('Port Averill Endocrine & Diabetes Center', 'PAEDC'),
    ('Sallowfield Kidney Consultants', 'SKC'), ('Orrick Valley Pulmonary & Sleep', 'OVPS'),
    ('Bexford Memory & Movement Clinic', 'BMMC'), ('Lyle Ferry Hematology-Oncology', 'LFHO'),
    ('Wyndmoor Falls Gastroenterology', 'WFG'), ('Nettleton Dermatology & Mohs Surgery', 'NDMS'),
]
PRACTICES = [
    'Carrow Family Medicine', 'Hobbs Landing Primary Care', 'Prosper Community Health Center',
    'Eden Internal Medicine', 'Bellwether Family Physicians', 'Old Quarry Medical Group', 'Friendship Clinic',
    'Plenty Rural Health Clinic', 'Needmore Family Practice', 'St. Bride Medical Associates',
    'Dunmore Heights Internists', 'Concord Health Partners', 'Grisham Crossing Family Care',
    'Heron Cove Pediatrics', 'Liberty Pediatric Associates', 'Tollgate Kids Clinic',
]
HOSPITALS = [
    ('Sallowfield General Hospital', 'SGH'), ('Mount Ossory Medical Center', 'MOMC'),
    ('Port Averill Regional', 'PAR'), ('St. Bride Memorial Hospital', 'SBMH'),
    ('Ft. Calloway Community Hospital', 'FCCH'), ('Grisham Crossing Medical Center', 'GCMC'),
    ('Nettleton Valley Hospital', 'NVH'), ('Harrowgate Presbyterian', 'HP'),
    ('Eureka County Hospital', 'ECH'), ('Dunmore Heights Baptist', 'DHB'),
    ('Tiverton Womens & Infants', 'TWI'), ('Lyle Ferry Birth Center', 'LFBC'),
]
CHILDRENS = [('Quillmont Childrens Hospital', 'QCH'), ('Pellham Kids Regional', 'PKR')]
TRANSPORT = ['SkyCradle Neonatal Transport', 'Kestrel Air Medical', 'LifeArc Ground', 'Orrick County EMS',
             'Bluewing Critical Care Transport', 'Tri-Valley Ambulance']

PHARMACIES = [
    'Hollin Drug', 'Pillbox Pharmacy', 'Medicap of Harmony', 'Crossways Pharmacy', 'Thrifty Dale Drug',
    'RxExpress', 'Apothecary on Main', 'Cardinal Rexall', 'Fenwick Family Pharmacy', 'Good Neighbor Rx of Carrow',
    'MailMeds Direct', 'ScriptPath Home Delivery', 'Sunset Discount Drug', 'Bountiful Pharmacy & Gifts',
]
INSURERS = ['BlueHarbor', 'Keystone Prairie Health', 'Medi-Cal', 'Amberly Medicare Advantage', 'Tricare',
            'Union Mutual Rx', 'State Medicaid']

EMPLOYERS = [
    'Prosper Poultry Processing', 'Harrowgate Tire & Lube', 'Nettleton Unified School District',
    'Quillmont Distribution Center', 'Copperline Call Center', 'Dairy Barn of Eden', 'Tansy Hollow Casino',
    'Bexford Mills Cabinetry', 'Orrick Meatpacking', 'Ridgeback Logistics', 'Hobbs Landing Marina',
    'Larkspur Senior Living', 'Victory Auto Body', 'Lyle Ferry Public Library', 'Grainger Feed & Seed',
]
SCHOOLS = [
    'Cobbler Way Elementary', 'Nettleton Middle School', 'Carrow High School', 'Little Sprouts Daycare',
    'St. Anselm Catholic School', 'Happy Hearts Preschool', 'Eden Valley Academy', 'Wyndmoor Montessori',
    'Harmony Christian School', 'Ft. Calloway Junior High',
]
CHURCHES = [
    'Grace Tabernacle of Orrick', 'First Baptist Church of Plenty', 'St. Brigid Parish', 'Iglesia Pentecostal Roca Firme',
    'New Hope Fellowship', 'Holy Trinity Greek Orthodox', 'Mount Zion AME', 'Harvest Vineyard Church',
    'Masjid al-Noor of Carrow', 'Kingdom Hall Sunset',
]
GYMS = ['IronForge Fitness', 'Harmony Hot Yoga', 'Pellham Rec Center pool', 'CrossRidge Box', 'Anytime Sweat 24']
RESTAURANTS = ['Lucky Dragon Buffet', 'Taqueria El Farolito', "Mabel's Diner", 'Pho Saigon Star', 'The Rusty Anchor',
               'Nonna Teresa Trattoria', 'Big Sky BBQ', 'Golden Corral of Eureka']
OTHER_SITES = ['Orrick County Jail', 'Quillmont Homeless Shelter', 'Sunny Acres Nursing & Rehab',
               'Bluebird Dialysis', 'Camp Wanagi', 'Greyhound station Nettleton']
HEALTH_DEPTS = ['Orrick County Health Department', 'Quillmont City Public Health', 'Tri-County Health District',
                'Nettleton-Carrow Health Unit']
HEALTH_DEPT_ACR = {'Orrick County Health Department': 'OCHD', 'Quillmont City Public Health': 'QCPH',
                   'Tri-County Health District': 'TCHD', 'Nettleton-Carrow Health Unit': 'NCHU'}
LABS = ['Ossory State Public Health Laboratory', 'Quillmont Reference Lab', 'Orrick Valley Labs']
