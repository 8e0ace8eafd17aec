"""Invented pools for deid-styles-dev-24 (written from scratch; nothing here is a real person or place)."""

SURNAMES = [
    'Abernethy', 'Achterberg', 'Adeyemi', 'Agbaje', 'Alcantara', 'Amundsen', 'Anand', 'Arceneaux', 'Ashworth',
    'Bakshi', 'Balogun', 'Barrientos', 'Beauchesne', 'Bergstrom', 'Bhattarai', 'Blackwood', 'Bogdanovic',
    'Boateng', 'Brannigan', 'Castellanos', 'Chaudhry', 'Chikwanha', 'Ciobanu', 'Cortazar', 'Dalrymple',
    'Demirci', 'Dlamini', 'Dombrowski', 'Eskandari', 'Fairweather', 'Fenwick', 'Figueroa', 'Galloway',
    'Gebremedhin', 'Gorski', 'Gunawardena', 'Haddad', 'Halvorsen', 'Hakimi', 'Iwasaki', 'Jablonski',
    'Kamau', 'Karlsson', 'Kowalczyk', 'Kuznetsov', 'Lindqvist', 'Lozano', 'Mahlangu', 'Marchetti', 'Mbeki',
    'Mendoza', 'Mukherjee', 'Nakagawa', 'Navarrete', 'Nwachukwu', 'Obuya', 'Okafor', 'Ostrowski', 'Pacheco',
    'Petrakis', 'Quintanilla', 'Rahimi', 'Rasmussen', 'Salazar', 'Sandoval', 'Sheikh', 'Sorensen', 'Tadesse',
    'Takahashi', 'Thorvaldsen', 'Tran', 'Uchenna', 'Valdivia', 'Vukovic', 'Wojcik', 'Yilmaz', 'Zapata',
    'Zielinski', 'Begay', 'Yazzie', 'Tsosie', 'Kealoha', 'Fonoti', 'Tupou', 'Pham', 'Vo', 'Ly', 'Ng',
    'Osei-Bonsu', 'Garcia-Whitfield', 'Kim-Sorensen', 'Harlow-Mensah', 'Petit-Duval', 'Ruiz-Coleman',
    "O'Dwyer", "D'Amato", "O'Kane", "N'Guessan", "D'Arcy-Bell", "O'Loughlin",
    'de la Rosa', 'van der Meulen', 'Van Buskirk', 'de Groot', 'du Plessis', 'al-Haddadi', 'El Amrani',
    'St. Clair', 'Da Costa', 'von Brandt', 'La Salle', 'Mac Ruari', 'bin Yusof', 'dela Cruz',
    'Brook', 'Carpenter', 'Fields', 'Frost', 'Gold', 'Hill', 'Lamb', 'Mason', 'Meadows', 'Moon', 'Parks',
    'Reed', 'Rivers', 'Stone', 'Swift', 'Wells', 'Young', 'Gentle', 'Goodnight', 'Mercy', 'Street', 'Church',
    'Coffin', 'Cook', 'Worthy', 'Lovejoy', 'Bland', 'Sharp', 'Strong', 'Ward', 'Bell', 'Fox', 'Nurse', 'Waters',
]

FIRST_M = [
    'Aarav', 'Abdi', 'Ade', 'Alejandro', 'Anders', 'Arturo', 'Bartholomew', 'Bao', 'Bogdan', 'Cedric',
    'Chidi', 'Cormac', 'Dariusz', 'Dmitri', 'Emeka', 'Esteban', 'Farid', 'Gustavo', 'Hamza', 'Haruto',
    'Ibrahim', 'Ignacio', 'Jamal', 'Jorge', 'Kofi', 'Kwame', 'Lars', 'Lucas', 'Mateo', 'Mehmet', 'Nikolai',
    'Obinna', 'Oskar', 'Pedro', 'Quang', 'Rafael', 'Rashid', 'Santiago', 'Sione', 'Tariq', 'Teodoro', 'Tomasz',
    'Vikram', 'Wendell', 'Xavier', 'Yusuf', 'Zoltan', 'Buck', 'Clay', 'Dusty', 'Rocky', 'Sonny', 'Bud',
    'Cash', 'Colt', 'Reed', 'Wade', 'Grant', 'Miles', 'Chase', 'Bishop', 'King', 'Noble', 'Justice', 'Tru',
    "De'Shawn", "Ke'Andre", 'Jean-Luc', 'Billy Joe', 'Jimmy Dale',
]
FIRST_F = [
    'Adaeze', 'Agnieszka', 'Aiko', 'Alejandra', 'Amara', 'Anneliese', 'Bich', 'Brigid', 'Camila', 'Chiamaka',
    'Dagny', 'Dolores', 'Esi', 'Fatima', 'Fiorella', 'Greta', 'Hana', 'Ifeoma', 'Ingrid', 'Jadwiga', 'Kalani',
    'Leilani', 'Lucia', 'Magdalena', 'Mariam', 'Nadia', 'Ngozi', 'Oksana', 'Priya', 'Rosalind', 'Saoirse',
    'Siobhan', 'Svetlana', 'Thanh', 'Ulla', 'Valentina', 'Wanjiru', 'Ximena', 'Yesenia', 'Zainab', 'Dawn',
    'Autumn', 'Star', 'Charity', 'Faith', 'Grace', 'Mercy', 'Patience', 'Liberty', 'Clementine', 'Daisy',
    'Fern', 'Marigold', 'Willow', 'Sunny', 'Echo', 'Destiny', 'Harmony', 'Trinity', 'April', 'June',
    "La'Tasha", "Sha'Ron", 'Anne-Marie', 'Mary Kate', 'Lou Ann', 'Bobbie Jo',
]
NICK = {'Bartholomew': 'Bart', 'Nikolai': 'Kolya', 'Alejandro': 'Alex', 'Dariusz': 'Darek', 'Magdalena': 'Magda',
        'Agnieszka': 'Aga', 'Chiamaka': 'Ama', 'Teodoro': 'Teo', 'Ignacio': 'Nacho', 'Rosalind': 'Roz',
        'Valentina': 'Vale', 'Jadwiga': 'Jadzia', 'Svetlana': 'Lana', 'Wendell': 'Dell', 'Obinna': 'Obi'}

TOWNS = [
    'Harrowgate', 'Millbrook Falls', 'Quarry Hill', 'Osterby', 'Fenwick Crossing', 'Port Allard', 'Deering',
    'Cold Spring Flats', 'Bramblewood', 'Tillman', 'Oak Hollow', 'Sutter Bend', 'Vandalia Heights', 'Kessler',
    'Marrowdale', 'Greywater', 'Lakota Junction', 'Ridgeview', 'Pellham', 'Ashby Mills', 'New Caddo',
    'Providence', 'Comfort', 'Harmony', 'Bountiful', 'Liberty', 'Plenty', 'Welcome', 'Tranquil', 'Story',
    'Mercy', 'Sparrow', 'Hatchet', 'Lumber', 'Anvil', 'Pilot', 'Bliss', 'Truce', 'Shelter', 'Ft. Dunmore',
    'Mt. Ellery', 'St. Varian', 'E. Tillman', 'North Osterby', 'Lake Winnet',
]
ZIPS = ['%05d' % z for z in (58213, 58219, 58240, 58301, 58322, 58455, 58471, 58502, 58519, 58604, 58677,
                            58710, 58733, 58802, 58861, 58903)]
STREETS = ['Tamarind Ave', 'Copperhead Rd', 'Old Mill Ln', 'Pike Hollow Rd', 'N Ballard St', 'Sycamore Ct',
           'Route 9', 'County Rd 14', 'Larkspur Dr', 'E 7th St', 'Fairgrounds Rd', 'Juniper Way', 'Cannery Row',
           'Railroad Ave', 'Heron Point Dr', 'Quail Run', 'Depot St', 'Windmill Ln', 'Kettle Creek Rd',
           'S Market St', 'Sawmill Rd', 'Orchard Terrace', 'Bluebonnet Cir', 'Hwy 212', 'Brewer Pkwy']
APT_COMPLEXES = ['Willow Glen Apartments', 'Cedar Court Apts', 'the Parkside Towers', 'Riverbend Commons',
                 'Maple Terrace Senior Living', 'Hillcrest Manor Apts', 'Sunrise Village Apartments',
                 'Stonegate Flats']
TRAILER_PARKS = ['Happy Acres MHP', 'Shady Pines Mobile Home Park', 'Lazy K Trailer Court', 'Twin Oaks MHP',
                 'Sunset Vista Mobile Estates', 'Bluebird RV & Mobile Park']
LANDMARKS = ['the Dollar General', 'the old grain elevator', 'Kwik Fill', 'the Baptist church', 'Hutch\'s Tire',
             'the water tower', 'Pop\'s Bait & Tackle', 'the VFW hall', 'Casey\'s', 'the Lutheran cemetery',
             'Thriftway', 'the Sonic']
HOSPITALS = [('Harrowgate General Hospital', 'HGH'), ('St. Brendan Medical Center', 'SBMC'),
             ('Osterby Regional Medical Center', 'ORMC'), ('Greywater Memorial Hospital', 'GMH'),
             ('Providence Valley Health', 'PVH'), ('Kessler County Hospital', 'KCH'),
             ('Marrowdale Community Hospital', 'MCH'), ('Lake Winnet Medical Center', 'LWMC'),
             ('Sutter Bend Behavioral Health', 'SBBH'), ('Comfort Mercy Hospital', 'CMH')]
OCC_CLINICS = ['WorkWell Occupational Health', 'Concentra-Point Occ Med', 'Greywater Industrial Clinic',
               'Kessler Employee Health', 'OccuCare of Osterby', 'Tri-County Occupational Medicine']
PT_CLINICS = ['Anvil Physical Therapy', 'MotionFirst Rehab', 'Ridgeview Sports & Spine PT',
              'Back in Action Therapy', 'Pellham Hand Therapy']
EMPLOYERS = [('Brannock Poultry Processing', 'deboning line'), ('Tillman Steel Fabricators', 'welder'),
             ('Greywater Distribution Center', 'order picker'), ('Osterby Unified School District', 'custodian'),
             ('Ridgeline Roofing LLC', 'roofer'), ('Kessler Concrete & Aggregate', 'laborer'),
             ('Harrowgate Public Works', 'sanitation driver'), ('Millbrook Care Center', 'CNA'),
             ('Vantor Plastics', 'machine operator'), ('Quarry Hill Lumber Yard', 'yard hand'),
             ('SwiftHaul Freight', 'dock worker'), ('Fenwick Foods Warehouse', 'forklift operator'),
             ('Port Allard Marina', 'deckhand'), ('Bramblewood Golf Club', 'groundskeeper'),
             ('Delmar Home Health', 'home health aide'), ('Anvil Electric Co-op', 'lineman')]
INSURERS = ['Granite Mutual Casualty', 'Keystone Workers Comp Trust', 'Northfield Indemnity',
            'Bulwark Insurance Group', 'Meridian Employers Insurance', 'Sentry Oak Claims Services',
            'Tri-State Self-Insured Pool']
TPAS = ['Corvel-Ridge TPA', 'ClaimPath Administrators', 'Hartline Risk Services']
PHARMACIES = ['Thriftway Pharmacy', 'Corner Drug of Osterby', 'MedShoppe Pellham', 'Kessler Family Pharmacy',
              'Walgate Pharmacy', 'Bluebird Apothecary', 'Harrowgate Rx', 'ValuCare Drug']
PCP_PRACTICES = ['Oak Hollow Family Medicine', 'Deering Primary Care', 'Lakota Junction Clinic',
                 'Comfort Community Health Center', 'Ashby Mills Internal Medicine', 'Tillman Rural Health',
                 'Sparrow Family Practice', 'North Osterby Medical Associates']
MIH_AGENCIES = [('Kessler County EMS', 'KCEMS'), ('Harrowgate Fire Rescue', 'HFR'),
                ('Tri-County Ambulance District', 'TCAD'), ('Osterby Mobile Integrated Health', 'OMIH')]
HOME_HEALTH = ['Bright Path Home Health', 'Visiting Nurses of Greywater', 'Comfort Keepers of Pellham',
               'Amity Home Care', 'Meals on Wheels of Kessler County']
POLICE = ['Harrowgate PD', 'Osterby Police Department', 'Kessler County Sheriff\'s Office', 'Pellham PD',
          'Ridgeview Police', 'Port Allard Police Dept', 'State Patrol Troop K']
SHELTERS = ['Harbor House Shelter', 'Safe Haven of Osterby', 'Hope Street Mission', 'Rachel\'s Place DV Shelter',
            'The Lantern Men\'s Shelter', 'Samaritan Inn']
SCHOOLS = ['Osterby High School', 'Kessler Middle School', 'Harrowgate Community College', 'Ridgeview Academy',
           'Pellham Alternative Learning Center', 'St. Anselm Catholic School', 'Greywater Elementary']
GROUP_HOMES = ['Birchwood Group Home', 'Cornerstone Residential', 'Pathways Youth Home', 'Maple House ICF',
               'New Dawn Recovery Residence']
CRISIS_TEAMS = [('Kessler County Mobile Crisis', 'KCMC'), ('Osterby Crisis Response Team', 'OCRT'),
                ('Northfield Behavioral Crisis Unit', 'NBCU')]
CHURCHES = ['Greater Mt. Zion Baptist', 'St. Casimir Parish', 'Harvest Fellowship', 'First Lutheran of Deering',
            'Iglesia Rios de Agua Viva', 'Our Lady of the Lakes']
CMHCS = ['Ridgeview Counseling Center', 'Kessler Community Mental Health', 'Northstar Behavioral Clinic',
         'Osterby Recovery Services']
SNFS = ['Pinecrest Rehabilitation & Nursing', 'Golden Meadows Health Care Center', 'Harbor View Transitional Care',
        'The Willows at Pellham', 'Lakeside Manor Nursing Home', 'Sutter Bend Skilled Nursing',
        'Evergreen Terrace SNF', 'Brookstone Post-Acute', 'Cedar Ridge Care Center', 'St. Adelaide Senior Care',
        'Morningside of Kessler', 'Quarry Hill Health & Rehab']
SNF_ABBR = {'Pinecrest Rehabilitation & Nursing': 'Pinecrest', 'Golden Meadows Health Care Center': 'Golden Meadows',
            'Harbor View Transitional Care': 'HVTC', 'Evergreen Terrace SNF': 'Evergreen',
            'Brookstone Post-Acute': 'Brookstone', 'Morningside of Kessler': 'Morningside'}
IRFS = ['Osterby Rehabilitation Institute', 'Northfield Acute Rehab Unit', 'Kessler Regional Rehab Hospital']
LTACHS = ['Providence Select LTACH', 'Greywater Specialty Hospital']
ALFS = ['Sunridge Assisted Living', 'Rosewood Memory Care', 'Heritage Oaks ALF']
HEALTH_PLANS = ['Prairie Sky Health Plan', 'Northfield Medicare Advantage', 'UniCare Heartland',
                'Keystone Senior Choice', 'Bulwark Health HMO']
TRANSPORT = ['Lifeline Medical Transport', 'Sunbird Wheelchair Van', 'Kessler County EMS', 'MedExpress Ambulance',
             'Comfort Rides NEMT']
