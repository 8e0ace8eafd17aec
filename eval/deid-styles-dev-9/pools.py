"""Invented pools for deid-styles-dev-9 (written from scratch for this set, session 25).
Any likeness to a real person, place or body is by chance."""

SURNAMES = [
    'Abernathy', 'Achterberg', 'Adeyemi', 'Alcantara', 'Alvarado-Reyes', 'Amundsen', 'Arbogast', 'Ashworth',
    'Babcock', 'Bajwa', 'Bannerjee', 'Barraclough', 'Beaudoin', 'Bell', 'Benavides', 'Bergquist', 'Bhattacharya',
    'Birchall', 'Blomqvist', 'Boateng', 'Brannigan', 'Brook', 'Bustamante', 'Cabrera-Solis', 'Caldecott',
    'Carpenter', 'Castellanos', 'Chakraborty', 'Chaudhry', 'Cheng', 'Cross', 'Czarnecki', 'Dalrymple',
    'Dambrosio', 'Delacroix', 'De la Pena', 'Demetriou', 'Dimitrova', 'Dolan', 'Drummond', 'Dubois-Kent',
    'Eberhardt', 'Efremov', 'Ellingsen', 'Esposito', 'Farnsworth', 'Fenwick', 'Fischbach', 'Fisher', 'Foley',
    'Fox', 'Gallagher', 'Garzon', 'Ghosh', 'Giordano', 'Grant', 'Grzybowski', 'Gudmundsdottir', 'Hadley',
    'Halvorsen', 'Haq', 'Hargreaves', 'Hoang', 'Holloway', 'Hunter', 'Ibekwe', 'Iglesias', 'Imamura',
    'Janssen', 'Jaramillo', 'Kaczmarek', 'Kamau', 'Kastner', 'Kavanagh', 'Kettering', 'Khoury', 'Kowalczyk',
    'Kristiansen', 'Lachance', 'Lane', 'Larkspur', 'Lefebvre', 'Lindqvist', 'Lockhart', 'Lozano', 'MacAllister',
    'Mahlangu', 'Marchetti', 'Mason', 'McGillicuddy', 'Mendelsohn', 'Menon', 'Moss', 'Mukherjee', 'Nakagawa',
    'Nascimento', 'Ndiaye', 'Nguyen-Tran', 'Nowicki', 'Oduya', "O'Halloran", 'Okonkwo', 'Olander', 'Ostrowski',
    'Page', 'Pallister', 'Papadakis', 'Pemberton', 'Petrosyan', 'Pfeiffer', 'Pokorny', 'Quintanilla', 'Rafferty',
    'Ramaswamy', 'Rasmussen', 'Reinholt', 'Rivera-Ocampo', 'Rose', 'Rutkowski', 'Saavedra', 'Sandoval',
    'Santangelo', 'Schoenfeld', 'Sepulveda', 'Shahbazi', 'Sigurdsson', 'Sorensen', 'Stanislawski', 'Sterling',
    'Strand', 'Sundaram', 'Szabo', 'Tamura', 'Tangredi', 'Thibodeaux', 'Tierney', 'Toivonen', 'Trujillo',
    'Underhill', 'Usman', 'Vaillancourt', 'van Houten', 'Varga', 'Venkataraman', 'Villanueva', 'Voss',
    'Wachowski', 'Ward', 'Weatherby', 'Whitcombe', 'Winterbourne', 'Wojcik', 'Xiong', 'Yamamoto-Price',
    'Yeboah', 'Young', 'Zaragoza', 'Zelenko', 'Zimmerli', 'Oyelaran', 'Featherstone', 'Quigley', 'Hartigan',
    'Mbeki-Shaw', 'Ruiz de Leon', 'Abdulrahim', 'Tkachenko', 'Marlowe', 'Kingsley', 'Bright', 'Goodnight',
]

FIRST_F = [
    'Adaeze', 'Agnieszka', 'Alondra', 'Amara', 'Annika', 'Beatriz', 'Bernadette', 'Brook', 'Camila', 'Carys',
    'Constance', 'Dawn', 'Delphine', 'Dolores', 'Eilidh', 'Esperanza', 'Faith', 'Fatima', 'Giselle', 'Grace',
    'Greer', 'Hannelore', 'Harmony', 'Hope', 'Ingrid', 'Ivy', 'Jadwiga', 'Joy', 'Kalani', 'Keiko', 'Lakshmi',
    'Leocadia', 'Liesel', 'Lorna', 'Marisol', 'Maud', 'Mei-Ling', 'Mercy', 'Nkechi', 'Noor', 'Oksana',
    'Paloma', 'Petra', 'Precious', 'Rosalind', 'Rose', 'Ruby', 'Saoirse', 'Shantelle', 'Sigrid', 'Summer',
    'Tamsin', 'Temperance', 'Thuy', 'Ulla', 'Valentina', 'Wilhelmina', 'Xiomara', 'Yesenia', 'Zofia', 'April',
    'Autumn', 'Hazel', 'Ginger', 'Olive', 'Pearl', 'Marguerite', 'Ebony', 'Kateryna', 'Roisin',
]
FIRST_M = [
    'Abelardo', 'Ade', 'Ambrose', 'Anselm', 'Arjun', 'Augustin', 'Bartholomew', 'Bjorn', 'Bo', 'Cassius',
    'Chidi', 'Cormac', 'Dashiell', 'Deshawn', 'Dmitri', 'Eamon', 'Emeka', 'Ezequiel', 'Florian', 'Frank',
    'Gideon', 'Grant', 'Gunnar', 'Hamish', 'Hunter', 'Ignatius', 'Iker', 'Jovan', 'Jun', 'Kwabena', 'Lazaro',
    'Leopold', 'Mace', 'Malachy', 'Mason', 'Matteo', 'Mikolaj', 'Nnamdi', 'Oisin', 'Orrin', 'Pascal', 'Pavel',
    'Quentin', 'Rafferty', 'Rahul', 'Reuben', 'Rocco', 'Rustam', 'Salvatore', 'Sebastiao', 'Sterling', 'Tadeo',
    'Taavi', 'Thaddeus', 'Tobiah', 'Ulrich', 'Vikram', 'Wendell', 'Will', 'Xavier', 'Yusuf', 'Zoltan', 'Royal',
    'King', 'Major', 'Chase', 'Clay', 'Forrest', 'Rusty', 'Duc', 'Kenji',
]

MIDDLE = 'ABCDEFGHJKLMNPRSTVW'

# towns: invented places and places that are also ordinary words
TOWNS = [
    'Harmony', 'Liberty', 'Marble', 'Temple', 'Comfort', 'Chance', 'Loyal', 'Welcome', 'Grove', 'Oracle',
    'Burden', 'Surprise', 'Gravelton', 'Ashcombe', 'North Fennick', 'Cold Spring Hollow', 'Pellston Mills',
    'Ravenwick', 'Quarry Bend', 'Tullamore Falls', 'East Haddow', 'Kilbride', 'Osterby', 'Blanchard',
    'Marrowfield', 'Saint Orrin', 'Lake Weskett', 'Dunmore Station', 'Carrow', 'Fallowmere', 'Brightwater',
    'Hollins Ferry', 'Port Ashby', 'Vexley', 'Wrenfield', 'Lowden', 'Peridot', 'Sawyer Gap', 'Trillium',
    'Bellhaven', 'Stonecrop', 'Mabry', 'Fort Tamsen', 'Little Orme', 'Upper Vance', 'Kestrel', 'Millbury Heights',
    'Ozanne', 'Rockleigh', 'Sumter Crossing', 'Cascadia Springs', 'Pinebluff', 'Hale Center', 'Juniper',
]
STATES = ['VT', 'NH', 'ME', 'Oregon', 'Idaho', 'Nebraska', 'Wisconsin', 'Kansas', 'NM', 'Iowa', 'MN']
STREETS = ['Quarry Rd', 'Old Mill Ln', 'Ferncliff Ave', 'Tanager Way', 'Route 9', 'Harrow St', 'Cedar Hollow Dr',
           'Beckett Ct', 'N. Orchard Pike', 'Wexford Cir', 'Saltbox Lane', 'County Rd 12', 'Larch Terrace']

OUTSIDE_HOSPITALS = [
    'Marble Valley Regional', 'St. Aldric Community Hospital', 'Fennick Memorial', 'Ravenwick General',
    'Quarry Bend Medical Center', 'Our Lady of the Pines Hospital', 'Lowden County Hospital', 'Kilbride Critical Access Hospital',
    'Tullamore Falls Health', 'Brightwater Medical Center', 'Holy Rood Hospital', 'Ashcombe Valley Hospital',
    'St. Casimir Medical Center', 'Cold Spring Hollow Hospital',
]
CLINICS = ['Sawyer Gap Clinic', 'Pellston Mills Urgent Care', 'Vexley Family Practice', 'Harmony Internal Medicine',
           'Kestrel Community Health Center', 'Dunmore Station Family Medicine', 'Liberty Kidney Associates']
HOSP_ACR = [('Marble Valley Regional', 'MVR'), ('Fennick Memorial', 'FMH'), ('Brightwater Medical Center', 'BMC-W'),
            ('Lowden County Hospital', 'LCH'), ('Quarry Bend Medical Center', 'QBMC')]

EMS = ['Lowden County EMS', 'Harmony Volunteer Ambulance', 'Tri-Valley Rescue', 'Gravelton Fire-Rescue',
       'Kestrel Ambulance Service', 'North Fennick Rescue Squad', 'AirMed Skyline', 'Carrow Township EMS']
TELESTROKE = ['NeuroLink Telestroke', 'StrokeBridge Remote Neurology', 'CerebraNet', 'Pinebluff TeleNeuro']
NEURO_CLINICS = ['Ozanne Neurology Associates', 'Cascadia Springs Headache Center', 'Wrenfield Epilepsy Clinic',
                 'Hollins Ferry Memory Clinic']
FACILITIES = ['Stonecrop Rehab', 'Larkspur Manor', 'Brightwater Acute Rehab', 'Juniper Hill SNF', 'Fallowmere Nursing & Rehab',
              'The Willows at Kilbride', 'Sawyer Gap Assisted Living']

EMPLOYERS = ['Halvorsen Lumber', 'Quarry Bend Concrete', 'Pinebluff Distribution Center', 'Vexley Poultry',
             'Trillium Roofing', 'Kestrel Logistics', 'Marrowfield Steel Fabricators', 'Osterby Dairy Co-op',
             'Lake Weskett Marina', 'Ashcombe Unified School District', 'Gravelton Public Works', 'Bellhaven Foods',
             'Northline Freight', 'Wrenfield Tire & Auto', 'Copperleaf Casino', 'Fennick Power & Light']
SCHOOLS = ['Ravenwick High School', 'Saint Orrin Academy', 'Lowden Central HS', 'Juniper Middle School',
           'Kilbride College', 'Marble Valley Community College', 'East Haddow Prep', 'Tullamore State University',
           'Port Ashby High', 'Mabry Christian School']
CLUBS = ['Cascadia Springs FC', 'Wrenfield Youth Hockey', 'Harmony Gymnastics Academy', 'Ridgeline Lacrosse Club',
         'Kestrel Swim Team', 'Little Orme Little League']
PT_CLINICS = ['Stonecrop Physical Therapy', 'MoveWell PT - Harmony', 'Pallister Sports Rehab', 'Bellhaven Orthopaedic Therapy',
              'Kinetic Edge PT']
WC_INSURERS = ['Granite Mutual Workers Comp', 'Keystone Casualty', 'TriState Employers Ins.', 'Heartland Comp Services',
               'Pioneer Risk Management']
INSURERS = ['BlueHarbor Health', 'Meridian Care Plan', 'Lowden County Medicaid', 'Evergreen Medicare Advantage',
            'Cardinal Health Alliance', 'Sentry Plains HMO']
TX_CENTERS = ['Ozanne University Transplant Institute', 'Saint Aldric Transplant Center', 'Cascadia Regional Transplant Program',
              'Brightwater Abdominal Transplant', 'Northlake Kidney & Liver Center']
TX_ACR = [('Ozanne University Transplant Institute', 'OUTI'), ('Cascadia Regional Transplant Program', 'CRTP'),
          ('Northlake Kidney & Liver Center', 'NKLC')]
DIALYSIS = ['Fresh Springs Dialysis - Marble', 'RenalCare Kilbride', 'Hollins Ferry Kidney Center', 'Lowden Home Dialysis Unit',
            'Pinebluff Dialysis Center']
OPOS = ['Heartland Donor Network', 'Great Plains Gift of Life', 'Northern Lights OPO']
PHARMACIES = ['Copperleaf Pharmacy', 'Harmony Drug', 'Medi-Mart Pharmacy #212', 'Kestrel Specialty Pharmacy', 'Osterby Apothecary']
LABS = ['Quarry Bend Lab Services', 'Northline Reference Lab', 'LabCorp Gravelton PSC', 'Brightwater Outpatient Lab']
CHURCHES = ['First Baptist of Comfort', 'St. Casimir Parish', 'Grace Fellowship Temple']

MALE_REL = ['husband', 'son', 'brother', 'father', 'nephew', 'partner', 'grandson', 'son-in-law']
FEMALE_REL = ['wife', 'daughter', 'sister', 'mother', 'niece', 'partner', 'granddaughter', 'daughter-in-law']
