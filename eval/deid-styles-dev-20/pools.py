"""Invented pools for deid-styles-dev-20 (written from scratch; no real persons or places intended)."""

SURNAMES = [
    'Okonkwo-Reyes', 'Haldersen', 'Pilkvist', 'Marrow', 'Stone', 'Fields', 'Hunter', 'Baker', 'Rivers',
    'Bishop', 'Crow', 'Lamb', 'Gold', 'Moss', 'Hill', 'Wise', 'Cash', 'Street', 'Love', 'Best', 'Sparrow',
    'Pike', 'Ash', 'Frost', 'Mayfield', "O'Rourke", "D'Amico", "O'Dowd-Farris", "N'Diaye", 'van Wyck',
    'Van Allen', 'de la Rosa', 'De Vries', 'von Stade', 'St. Clair', 'le Roux', 'Delacroix-Mbeki',
    'Tran-Whitfield', 'Nguyen', 'Abernathy', 'Kowalczyk', 'Szymanski', 'Haddad', 'Farouk', 'Okoye',
    'Mbatha', 'Castellanos', 'Quispe', 'Huaman', 'Villalobos', 'Ferreira', 'Lindqvist', 'Halvorsen',
    'Tanaka', 'Morimoto', 'Chaudhry', 'Banerjee', 'Iyer', 'Rahimi', 'Karimova', 'Petrosyan', 'Yilmaz',
    'Dubois', 'Kessler', 'Brennan', 'McAllister', 'MacLeod', 'Grunewald', 'Ostrowski', 'Amadi',
    'Wojcik', 'Pham', 'Soto-Bravo', 'Whitehorse', 'Runningwater', 'Blackfeather', 'Thibodeaux',
    'Boudreaux', 'Arceneaux', 'Pelletier', 'Gauthier', 'Fairweather', 'Goodspeed', 'Makepeace',
    'Winters', 'Summers', 'Day', 'Knight', 'King', 'Law', 'Price', 'Rich', 'Sharp', 'Short', 'Long',
    'Small', 'Cross', 'Bond', 'Page', 'Steele', 'Marsh', 'Wood', 'Banks', 'Church', 'Hope', 'Joy',
    'Mercer', 'Dunmore', 'Esposito', 'Ruggiero', 'Zamora', 'Ybarra', 'Oyelaran', 'Adebayo', 'Achterberg',
    'Tuiasosopo', 'Kealoha', 'Nakagawa-Holt', 'Sorensen', 'Eriksdottir', 'Papadakis', 'Christodoulou',
]
FIRST_F = ['Hope', 'Faith', 'Joy', 'Grace', 'Rose', 'Ivy', 'Dawn', 'Summer', 'April', 'May', 'June',
           'Autumn', 'Sky', 'Willow', 'Honey', 'Precious', 'Charity', 'Temperance', 'Merry', 'Ginger',
           'Candy', 'Crystal', 'Amber', 'Pearl', 'Opal', 'Violet', 'Lavender', 'Sunny', 'Destiny',
           'Marisol', 'Yesenia', 'Guadalupe', 'Ngozi', 'Chiamaka', 'Aaliyah', 'Farida', 'Svetlana',
           'Oksana', 'Mai', 'Thuy', 'Keiko', 'Priya', 'Anjali', 'Siobhan', 'Maeve', 'Bridget', 'Ingrid',
           'Astrid', 'Delphine', 'Odette', 'Wilhelmina', 'Bettye', 'Loretta', 'Earlene', 'Twyla']
FIRST_M = ['Bill', 'Buck', 'Chip', 'Rusty', 'Dusty', 'Hank', 'Duke', 'Gene', 'Mark', 'Rich', 'Guy',
           'Frank', 'Ernest', 'Pat', 'Sonny', 'King', 'Major', 'Rocky', 'Stone', 'Forrest', 'River',
           'Wade', 'Cash', 'Bo', 'Jimbo', 'Skip', 'Lucky', 'Tex', 'Eduardo', 'Rigoberto', 'Anselmo',
           'Chukwuemeka', 'Oluwaseun', 'Tariq', 'Bilal', 'Dmitri', 'Bogdan', 'Quang', 'Hiroshi',
           'Rajesh', 'Vikram', 'Padraig', 'Declan', 'Lars', 'Sven', 'Thierry', 'Amos', 'Ezekiel',
           'Cletus', 'Otis', 'Virgil', 'Elmer']
NICK = {'William': 'Bill', 'Robert': 'Bobby', 'James': 'Jimbo', 'Margaret': 'Peggy', 'Elizabeth': 'Betsy',
        'Richard': 'Dick', 'Theodore': 'Teddy', 'Katherine': 'Kit', 'Alfred': 'Alfie', 'Dorothy': 'Dot'}

TOWNS = ['Harmony', 'Liberty', 'Plainview', 'Friendship', 'Bountiful', 'Hope', 'Comfort', 'Cozad',
         'Prairie Rose', 'Elk Horn', 'Antler', 'Bison', 'Loyal', 'Energy', 'Sublime', 'Gem', 'Bliss',
         'Goodland', 'Cashion', 'Pawnee Rock', 'Clearwater Bend', 'Dry Creek', 'Sweetwater',
         'Buffalo Gap', 'Mound Valley', 'Cedar Bluffs', 'Wolf Point Junction', 'Quarry', 'Lookout',
         'Silt', 'Rifle Falls', 'Chance', 'Welcome', 'Trout Run', 'Marrowbone', 'Kettle Falls Ridge',
         'New Bremen Hill', 'Ostrander', 'Vandalia Springs', 'Holloway', 'Pritchett', 'Tenmile',
         'Stillwater Flats', 'Gunbarrel', 'Okarche Mills', 'Pumpkin Center', 'Fairplay', 'Climax']
MISSPELT = {'Ostrander': 'ostrandr', 'Vandalia Springs': 'vandalia spgs', 'Pritchett': 'pritchet',
            'Okarche Mills': 'okarchee mills', 'Clearwater Bend': 'clearwtr bend', 'Holloway': 'holoway'}
STREETS = ['Co Rd 14', 'County Road 220', 'Old Mill Rd', 'Rte 9', 'Hwy 36', 'Section Line Rd', 'Elm St',
           'Quarry Ln', 'Grain Elevator Rd', 'Depot St', 'Mesa Vista Dr', 'N 4th Ave', 'Schoolhouse Rd',
           'Turkey Creek Rd', 'Larkspur Ct', 'Prairie Dog Loop', 'Tamarack Way', 'W Railroad Ave',
           'Cottonwood Trl', 'Sawmill Hollow Rd', 'Beaver Dam Ln', 'S Broadway', 'Ridgeline Pkwy']

# rural NP
CLINICS = [('Sweetwater Valley Family Clinic', 'SVFC'), ('Tri-County Rural Health', 'TCRH'),
           ('Prairie Rose Community Clinic', 'PRCC'), ('Elk Horn Medical Group', 'EHMG'),
           ('Bison Creek Health Center', 'BCHC')]
HOSPITALS = [('Cedar Bluffs Regional Medical Center', 'CBRMC'), ('St. Wendelin Memorial Hospital', 'SWMH'),
             ('Goodland Critical Access Hospital', 'GCAH'), ('Mercy Plains Medical Center', 'MPMC'),
             ('University of Tenmile Hospital', 'U of T'), ('Holloway County Hospital', 'HCH'),
             ('Our Lady of the Prairie Hospital', 'OLPH'), ('Kettle Valley Heart Institute', 'KVHI')]
PHARMACIES = ['Quarry Drug', 'Depot Street Pharmacy', 'Bliss Family Pharmacy', 'Antler Apothecary',
              'Gem Rx & Feed']
# ICU
UNITS_NOTPHI = ['MICU', 'SICU', 'CVICU', 'NEURO ICU', '4 WEST', 'BED 12', 'PACU', 'STEPDOWN']
# occupational
EMPLOYERS = ['Harmony Grain Cooperative', 'Bison Trucking LLC', 'Plainview Meatpacking', 'Dry Creek Ready-Mix',
             'Okarche Mills Feed & Seed', 'Lookout Wind Services', 'Silt Valley Gravel', 'Tenmile Poultry Inc',
             'Sublime Roofing & Siding', 'Comfort Care Nursing Home', 'Climax Molybdenum Processing Co',
             'Buffalo Gap School District', 'Quarry Auto Salvage', 'Chance Feedlot Partners']
INSURERS = ['Great Plains Mutual Comp', 'Heartland Workers Indemnity', 'Prairie Shield Casualty',
            'Redrock Employers Assurance', 'Granary State Fund']
OCC_CLINICS = ['WorkWell Occupational Health of Goodland', 'Tri-County Industrial Medicine',
               'Cedar Bluffs Work Injury Center', 'Back2Work Physical Therapy', 'Summit Ergonomics FCE Lab']
# social work / interpreter
AGENCIES = ['Plains Refugee Resettlement Services', 'Harmony House Shelter', 'Bliss County Adult Protective Services',
            'Sweetwater Food Pantry', 'Hope Street Mission', 'Lutheran Neighbors Network', 'Casa Esperanza Center',
            'New Dawn Domestic Violence Shelter', 'Prairie Area Agency on Aging', 'Tenmile Housing Authority',
            'Gem County Veterans Service Office', 'Second Chance Recovery Lodge']
CHURCHES = ['St. Brigid of the Fields Catholic Church', 'First Baptist of Antler', 'Holy Trinity Ukrainian Orthodox',
            'Masjid al-Noor of Plainview', 'Good Shepherd Lutheran', 'Iglesia Pentecostal Roca Firme',
            'Vietnamese Buddhist Temple of Chance', 'Living Waters Fellowship']
INTERP_COS = ['LinguaBridge Phone Interpreting', 'Prairie Language Line', 'VoxPlains Video Remote',
              'Global Tongues Interpreting']
LANGS = ['Spanish', 'Vietnamese', 'Somali', 'Karen', 'Dari', 'Ukrainian', 'Marshallese', 'K\'iche\'', 'Swahili',
         'Tigrinya', 'Haitian Creole', 'ASL', 'Russian', 'Arabic', 'Mam', 'Burmese']
