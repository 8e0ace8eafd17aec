"""Invented name / place / institution pools for deid-styles-dev-22 (written from scratch; nothing real)."""

SURNAMES = [
    # many origins
    'Okonkwo-Reid', 'Thibodeaux', 'Vasquez-Pell', 'Nakashima', 'Ferreira', 'Abernethy-Cole', 'Kowalczyk',
    'Delacroix', 'Haddad', 'Oyelaran', 'Brannigan', 'Szabo', 'Rautenbach', 'Quispe', 'Tran-Mallory',
    'Lindqvist', 'Achterberg', 'Mwangi', 'Petrosyan', 'Castellanos', 'Fitzwilliam', 'Gallagher-Ruiz',
    'Abdirahman', 'Nguyen-Bello', 'Kaczmarek', 'Stavropoulos', 'Yilmaz', 'Oduya', 'Marchetti', 'Halvorsen',
    'Bhattacharya', 'Sandoval', 'Pettigrew', 'Ellingboe', 'Ruiz-Tagle', 'Mbatha', 'Carrasquillo', 'Ishikawa',
    'Dabrowski', 'Ferrante', 'Ramaswamy', 'Tuiasosopo', 'Kealoha', 'Begay', 'Yazzie', 'Olufemi', 'Hakimi',
    'Zelenko', 'Arceneaux', 'Pruitt', 'Whitcombe', 'Lachapelle', 'Santangelo', 'Ostrowski', 'Villanueva',
    'Brzezinski', 'Cienfuegos', 'Amankwah', 'Moreau-Hayes', 'Sato', 'Kimura-Lowe', 'Rasmussen', 'Dunleavy',
    # apostrophes
    "O'Halloran", "D'Souza", "O'Rourke-Baptiste", "N'Diaye", "D'Angelo", "O'Mara", "M'Bala", "Dell'Orto",
    # particles
    'de los Santos', 'van Wyk', 'Van Helden', 'de Vries', 'da Silva', 'del Toro', 'von Brandt', 'la Fontaine',
    'St. Amand', 'Mac Giolla', 'ter Horst', 'Le Gall', 'De La Rosa', 'bin Yusof', 'Abu-Saleh',
    # word-like
    'Hope', 'Ward', 'Street', 'Field', 'Marsh', 'Hill', 'Rose', 'Day', 'Love', 'Mann', 'Price', 'Cash',
    'Gay', 'King', 'Bishop', 'Chase', 'Wolfe', 'Pike', 'Bass', 'Lamb', 'Fisher', 'Baker', 'Cook', 'Parks',
    'Banks', 'Bush', 'Brooks', 'Little', 'Large', 'Good', 'Noble', 'Sharp', 'Hale', 'Gross', 'Person',
    'Summers', 'Spring', 'Lake', 'Woods', 'Waters', 'Black', 'White', 'Green', 'Gray', 'Best', 'Story',
    'Kidd', 'Hart', 'Root', 'Salmon', 'Knight', 'Sparrow', 'Pickles', 'Doolittle', 'Standing',
]

FEMALE = [
    'Adaeze', 'Marisol', 'Yuki', 'Ingrid', 'Fatima', 'Siobhan', 'Thi Lan', 'Guadalupe', 'Nkechi', 'Oksana',
    'Leilani', 'Priya', 'Annika', 'Beatriz', 'Hodan', 'Roxanne', 'Dolores', 'Marguerite', 'Imelda', 'Tamsin',
    'Shaniqua', 'Ximena', 'Wilhelmina', 'Ebony', 'Kateryna', 'Aroha', 'Mei-Ling', 'Zainab', 'Rosalind',
    'Bernadette', 'Carmelita', 'Dagny', 'Esperanza', 'Fern', 'Harmony', 'Iris', 'Ivy', 'Blessing', 'Precious',
    'Summer', 'Autumn', 'Rain', 'Star', 'Crystal', 'Goldie', 'Pearl', 'Ruby', 'Holly', 'Angel', 'Bliss',
    'Trinity', 'Nevaeh', 'Marigold', 'Lottie', 'Birdie', 'Winnie', 'Trudy', 'Mae', "Re'Nisha", 'Anne-Marie',
    'Mary Kate', 'Jo', 'Cookie', 'Lupe', 'Nell',
]
MALE = [
    'Chukwuemeka', 'Anselmo', 'Hiroshi', 'Torsten', 'Tariq', 'Declan', 'Quoc', 'Evaristo', 'Oluwaseun',
    'Bohdan', 'Keoni', 'Rajesh', 'Lars', 'Joaquim', 'Abdiweli', 'Dwayne', 'Casimir', 'Ignatius', 'Florian',
    'Tyrone', 'Mateo', 'Thaddeus', 'Ramon', 'Dmytro', 'Wiremu', 'Wen-Hao', 'Yusuf', 'Cornelius', 'Bartholomew',
    'Desmond', 'Eldridge', 'Fitz', 'Gideon', 'Hamish', 'Ike', 'Jude', 'Knox', 'Lonnie', 'Major', 'Prince',
    'Rocky', 'Sonny', 'Tex', 'Blue', 'Rusty', 'Dusty', 'Heath', 'Forrest', 'Ransom', 'Colt', 'Ford', 'Lucky',
    'Deacon', 'Pastor', 'Marshal', 'Christian', 'Rich', 'Will', 'Bill', 'Bud', 'Skip', "D'Andre", "Ja'Marcus",
    'Jean-Luc', 'Pierre-Louis', 'Van', 'Kip',
]
NICK = {'Thaddeus': 'Tad', 'Bartholomew': 'Bart', 'Wilhelmina': 'Willa', 'Chukwuemeka': 'Emeka',
        'Oluwaseun': 'Seun', 'Guadalupe': 'Lupe', 'Marguerite': 'Peggy', 'Cornelius': 'Neil',
        'Ignatius': 'Iggy', 'Kateryna': 'Katya', 'Bernadette': 'Bernie', 'Rosalind': 'Roz',
        'Dolores': 'Lola', 'Desmond': 'Dez', 'Gideon': 'Gid', 'Casimir': 'Cas', 'Esperanza': 'Espe',
        'Abdiweli': 'Weli', 'Evaristo': 'Vari', 'Dagny': 'Dag'}

TOWNS = [
    'Millbrook Falls', 'Quarry Hill', 'Ashgrove', 'Bellwether', 'Cinder Gap', 'Dunmore Bay', 'East Hallam',
    'Fallowfield', 'Greystone', 'Harrowgate', 'Ironbridge', 'Juniper Flats', 'Kettle Ridge', 'Lowmoor',
    'Marrow Creek', 'New Antrim', 'Oakhollow', 'Port Ellery', 'Ravensworth', 'Saltmarsh', 'Tillbury',
    'Upper Sandwick', 'Vireo', 'Wexcombe', 'Yarrow', 'Zion Crossing', 'St. Brendan', 'Fort Canby',
    'Mount Olwen', 'Lake Tessaly', 'North Pemberly', 'South Caddo', 'West Rillington', 'El Manso',
    'La Presa', 'Bayou Teche Landing', "Devil's Elbow", "Cooper's Ferry", 'Glen Afton', 'Hollis Corners',
    # word-like towns
    'Patience', 'Welcome', 'Friendship', 'Paradise', 'Liberty', 'Concord', 'Triumph', 'Accord', 'Hope',
    'Bliss', 'Independence', 'Energy', 'Eureka', 'Climax', 'Normal', 'Plain', 'Boring', 'Nuthatch', 'Rainbow',
    'Shady Rest', 'Marble', 'Lucky', 'Midway', 'Progress',
]
ABROAD = [  # invented towns abroad, written with real country names (countries are not PHI here) and a language
    ('Dhuusa Bari', 'Somalia', 'Somali'), ('San Bartolo Ixchel', 'Guatemala', "K'iche'"), ('Todos Santos Chal', 'Guatemala', 'Mam'),
    ('Petit-Goyave', 'Haiti', 'Haitian Creole'), ('Ban Thung Khao', 'Thailand', 'Karen'), ('Kharazan', 'Afghanistan', 'Dari'),
    ('Spin Ghar Kalay', 'Afghanistan', 'Pashto'), ('Akwa Ilori', 'Nigeria', 'Yoruba'), ('Tan Loc', 'Vietnam', 'Vietnamese'),
    ('Zolotyi Hai', 'Ukraine', 'Ukrainian'), ('Santa Rosa de Liman', 'Honduras', 'Spanish'), ('El Chaparral', 'Mexico', 'Spanish'),
    ('Mai Habar', 'Eritrea', 'Tigrinya'), ('Vila Nova do Sertao', 'Brazil', 'Portuguese'), ('Nyakabanga', 'Burundi', 'Kirundi'),
    ('Kot Sultan', 'Pakistan', 'Urdu'), ('Hpa-an Myo', 'Myanmar', 'Burmese'), ('Debre Selam', 'Ethiopia', 'Amharic'),
    ('Tai Wo Hau', 'Hong Kong', 'Cantonese'), ('Bhadrapur Tole', 'Nepal', 'Nepali'), ('Kafr Sabra', 'Syria', 'Arabic'),
    ('Kibanga', 'DR Congo', 'Swahili'),
]
STREETS = [
    'Tamarack Ln', 'Old Mill Rd', 'Hawthorne St', 'Larkspur Ct', 'Quail Run', 'Bramble Way', 'Cistern Rd',
    'N Fenwick Ave', 'Depot St', 'Orchard Hill Dr', 'Lamplighter Cir', 'County Rd 14', 'Saddleback Trl',
    'Pruitt Ave', 'Sycamore Bend', 'E 9th St', 'Canal St', 'Rookery Ln', 'Gullwing Dr', 'Parish Rd',
    'Blackwater Pike', 'Mercy St', 'Kingfisher Row', 'Tollgate Rd',
]

# hospitals: (full name, acronym or None)
HOSPITALS = [
    ('Saint Eberhard Regional Medical Center', 'SERMC'), ('Quarry Hill Community Hospital', 'QHCH'),
    ('Bellwether General', 'BG'), ('Harrowgate Memorial Hospital', 'HMH'),
    ('University of Ravensworth Hospital', 'URH'), ('Lowmoor Valley Medical Center', 'LVMC'),
    ('Our Lady of the Fens Hospital', 'OLF'), ('Fallowfield Baptist Hospital', 'FBH'),
    ('Port Ellery Naval Medical Clinic', None), ('Tillbury County Hospital', 'TCH'),
    ('Mercy Cindergap', None), ('Kettle Ridge Critical Access Hospital', 'KRCAH'),
    ('Greystone Veterans Affairs Medical Center', 'Greystone VA'), ('Oakhollow Community Hospital', 'OCH'),
    ('Wexcombe Heart & Vascular Institute', 'WHVI'), ('Juniper Flats Medical Pavilion', 'JFMP'),
]
U_OF = ['U of Ravensworth', 'U of Wexcombe', 'U of Antrim']
PRACTICES = [
    'Ashgrove Family Medicine', 'Hallam Internal Medicine Assoc', 'Riverside Pulmonary & Sleep',
    'Tessaly Cardiology Group', 'Yarrow Kidney Care', 'North Pemberly Pediatrics', 'Cinder Gap Community Clinic',
    'Saltmarsh GI Partners', 'Dunmore Bay Orthopaedics', 'Kestrel Neurology', 'Caddo Valley FQHC',
    'Brightwater Oncology', 'Harbourside Urgent Care', 'Millbrook Falls Health Center',
]
SNF = ['Larkspur Gardens Rehab', 'The Willows at Marrow Creek', 'Vireo Skilled Nursing', 'Canby Manor',
       'Heritage Pines LTACH', 'Sandwick Post-Acute']
# employers: (name, named job sites = Location, work areas inside a site = not PHI, like units, job titles)
EMPLOYER_INFO = [
    ('Tollgate Freight Lines', ['Tollgate Canal St terminal', 'Yarrow cross-dock'], ['Dock 4 North', 'outbound doors 20-38'], ['forklift operator', 'dock supervisor', 'OTR driver', 'yard jockey']),
    ('Marrow Creek Poultry', ['Plant 2 (Lowmoor)', 'Marrow Creek main plant'], ['kill floor B', 'east cold storage', 'debone line 3'], ['deboner', 'line worker', 'sanitation crew', 'QA tech']),
    ('Ironbridge Steel Fabricators', ['Ironbridge Rd plant', 'Fallowfield yard'], ['Bldg C press line 2', 'paint booth', 'Bay 7 weld shop'], ['welder', 'press operator', 'painter', 'crane operator']),
    ('Kessler-Nunn Logistics', ['Amberline Distribution Ctr', 'Kessler-Nunn Greystone DC'], ['pick module 3', 'receiving'], ['picker', 'forklift operator', 'shift lead']),
    ('Saltmarsh Shipyard', ['Saltmarsh Shipyard north yard'], ['Pier 9 dry dock', 'hull shop 3', 'blast booth'], ['pipefitter', 'welder', 'sandblaster', 'rigger']),
    ('Blue Heron Casino', ['Blue Heron Casino & Resort'], ['main casino floor', 'buffet kitchen', 'cage'], ['dealer', 'dishwasher', 'security officer', 'cage cashier']),
    ('Greystone Unified School District', ['Greystone Middle School', 'Bellwether Elementary', 'GUSD bus barn'], ['cafeteria', 'gym', 'room 114'], ['bus driver', 'custodian', 'teacher aide', 'school nurse']),
    ('Quarry Hill Public Works', ['Route 31 bridge project', 'Quarry Hill transfer station'], ['tipping floor', 'shop'], ['laborer', 'equipment operator', 'sanitation driver']),
    ('Duvall & Sons Roofing', ['4410 Tamarack Ln', '87 Orchard Hill Dr', '1203 Parish Rd'], ['roof deck', 'ladder / hoist'], ['roofer', 'foreman', 'laborer']),
    ('Westmark Foods', ['Westmark Foods Lowmoor bakery'], ['line 4', 'freezer', 'mixing room'], ['mixer operator', 'packer', 'maintenance mechanic']),
    ('Cinder Gap Sawmill', ['Cinder Gap Sawmill'], ['planer mill', 'log yard', 'green chain'], ['sawyer', 'grader', 'loader operator']),
    ('Northpoint Call Center', ['Northpoint Tower', 'Northpoint Ravensworth office'], ['2nd floor pod C'], ['call agent', 'team lead']),
    ('Kettle Ridge Correctional Facility', ['Kettle Ridge Correctional Facility'], ['Unit 6', 'intake', 'tower 2'], ['corrections officer', 'LPN', 'food service']),
    ('Ferrous Auto Recycling', ['Ferrous Auto Recycling - Canby yard'], ['shredder', 'scale house'], ['torch cutter', 'yard laborer']),
    ('Hallam County Sheriff', ['Hallam County Jail', 'Hallam County Sheriff District 2 substation'], ['booking', 'patrol'], ['deputy', 'dispatcher', 'detention officer']),
]
EMPLOYERS = [e[0] for e in EMPLOYER_INFO] + ['Plainfield Packaging', 'Ravensworth Water Authority', 'Orrin Bros Concrete']
HOSP_JOBS = ['RN, 5 West', 'CNA, ortho floor', 'EVS tech', 'linen aide', 'phlebotomist', 'OR tech', 'lab tech', 'paramedic',
             'dietary aide', 'patient transporter', 'respiratory therapist']
INSURERS = ['Bellcrest Mutual', 'Harbor Comp Insurance', 'Keystone Workers Comp Trust', 'Tri-County Self Insured']
TPA = ['Ravel Claims Services', 'Northstar TPA', 'OccuPath Claims']
LABS = ['Quillon Toxicology', 'Amberhill Labs', 'ClearPath Screening']
INTERP_CO = ['LinguaBridge', 'Voces Unidas Interpreting', 'Pan-Tongue Language Line', 'Harbor Interpreters Guild']
CONGREGATIONS = [
    'St. Casimir Parish', 'Greater Mount Olwen Missionary Baptist Church', 'Masjid al-Noor of Lowmoor',
    'Temple Beth Shalom of Antrim', 'Iglesia Pentecostal Roca de Salvacion', 'Holy Trinity Eritrean Orthodox',
    'First Lutheran of Fallowfield', 'Bethel AME', 'Wat Lao Phothiyaram', 'Kingdom Hall (Port Ellery)',
    'Our Lady of Guadalupe Mission', 'Ravensworth Friends Meeting', 'Sikh Gurdwara of Tillbury',
    'Cornerstone Vineyard Fellowship', 'Eglise Baptiste Bethesda',
]
SHELTERS = ['Harbor Light Shelter', 'Safe Haven House', 'Marrow Creek Family Shelter', 'Project Lantern',
            'The Dunmore Bay Mission', "Rachel's Rest (women & children)", 'St. Vincent Warming Center']
AGENCIES = ['Tillbury County DSS', 'Adult Protective Services', 'Refugee Resettlement Partners',
            'Ravensworth Housing Authority', 'Hallam Legal Aid', 'Area Agency on Aging Region 4',
            'Catholic Charities of Greystone', 'New Roots Immigrant Center', 'Harrowgate Food Shelf',
            'Eastside Veterans Outreach', 'Kinship Bridge Hospice']
FUNERAL = ['Pettigrew & Sons Funeral Home', 'Lakeview Mortuary', 'Baptiste Funeral Chapel']
EMS = ['Tillbury County EMS', 'LifeWing Air', 'Quarry Hill Fire Rescue', 'Reliant Ambulance', 'Bellwether EMS']

LANGUAGES = ['Spanish', 'Haitian Creole', 'Somali', 'Tigrinya', 'Dari', 'Pashto', 'Vietnamese', "K'iche'", 'Mam',
             'Portuguese', 'Cantonese', 'Karen', 'Nepali', 'Arabic', 'Swahili', 'Kirundi', 'Ukrainian', 'Amharic',
             'ASL', 'Burmese']
