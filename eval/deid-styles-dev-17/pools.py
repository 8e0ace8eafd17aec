"""Invented pools for deid-styles-dev-17 (written from scratch for this set). ASCII only."""

SURNAMES = [
    # many origins; some hyphenated; some that look like common words
    'Abernathy', 'Achterberg', 'Adeyemi', 'Agbaje', 'Alcantara', 'Almeida-Fox', 'Amundsen', 'Anand',
    'Arceneaux', 'Ashworth', 'Awolowo', 'Babineaux', 'Bakshi', 'Balogun', 'Barzani', 'Beauchesne',
    'Bellweather', 'Benavidez', 'Bergstrom', 'Bhattacharya', 'Blackstock', 'Boateng', 'Bogdanovic',
    'Brannigan', 'Brightwater', 'Buchwald', 'Cabrales', 'Calloway-Reid', 'Castellanos', 'Chakraborty',
    'Chaudhry', 'Chenoweth', 'Cienfuegos', 'Coldiron', 'Comeaux', 'Crabtree', 'Czerniak', 'Dabrowski',
    'Dalgleish', 'Dasilva', 'Delacroix', 'Desrosiers', 'Dimitriou', 'Dlamini', 'Doerfler', 'Drummond',
    'Duquette', 'Eckhardt', 'Ekwueme', 'Elkhatib', 'Engebretsen', 'Esparza', 'Fairweather', 'Farouk',
    'Fenwick', 'Figueroa-Lind', 'Fitzhugh', 'Fonoti', 'Friedlander', 'Fujimoto', 'Gallardo', 'Garnett',
    'Gebremedhin', 'Giordano', 'Glassford', 'Goldhaber', 'Greenleaf', 'Grzybowski', 'Guidry', 'Haddad',
    'Halvorsen', 'Hargreaves', 'Hatcher', 'Hendershot', 'Hinojosa', 'Holloway', 'Huang-Mercer', 'Iwu',
    'Iglesias', 'Ishikawa', 'Jablonski', 'Jaramillo', 'Jorgensen', 'Kahananui', 'Kaminski', 'Karimi',
    'Keough', 'Khumalo', 'Kirkegaard', 'Kowalczyk', 'Kurtulus', 'Lachance', 'Landeros', 'Larkspur',
    'Lemieux', 'Liang', 'Lindqvist', 'Lockhart', 'Lozano', 'Mabry', 'Macfarlane', 'Maldonado-Ruiz',
    'Mangum', 'Marchetti', 'Mbeki', 'McAlister', 'Medeiros', 'Mendelsohn', 'Mirza', 'Moczygemba',
    'Montague', 'Mukherjee', 'Nakashima', 'Nairn', 'Ndiaye', 'Nguyen-Tran', 'Nightingale', 'Novak',
    'Nwachukwu', 'Obuya', 'Odom', 'Ogunleye', 'Okafor', 'Olivares', 'Oyelaran', 'Pacheco', 'Padmanabhan',
    'Pelletier', 'Penhallow', 'Petrakis', 'Pillay', 'Poindexter', 'Quarles', 'Quintanilla', 'Rademacher',
    'Rahimi', 'Ramcharan', 'Ravenscroft', 'Reyes-Ortega', 'Rhinehart', 'Rosenbaum', 'Saavedra', 'Sandoval',
    'Satterfield', 'Schexnayder', 'Sekibo', 'Shaughnessy', 'Siddiqui', 'Silverthorn', 'Sorensen-Platt',
    'Stavros', 'Stoltzfus', 'Szabo', 'Takahara', 'Tavakoli', 'Thibodeaux', 'Tranh', 'Trujillo', 'Tuiasosopo',
    'Underhill', 'Urquhart', 'Valenzuela', 'Vanderpool', 'Varghese', 'Villalobos', 'Voss', 'Wainwright',
    'Wakefield', 'Wasserman', 'Whitlock', 'Wojcik', 'Xiong', 'Yamamura', 'Yellowhorse', 'Youngblood',
    'Zelinski', 'Zubiri', 'Stone', 'Hall', 'Parish', 'Banks', 'Marsh', 'Winter', 'Bishop', 'Pope',
]

FIRST_NAMES = [
    'Adaeze', 'Agnieszka', 'Alastair', 'Alejandra', 'Amara', 'Anselm', 'Araceli', 'Arvid', 'Aurelio',
    'Bartholomew', 'Beatriz', 'Benedikt', 'Bettina', 'Caedmon', 'Calpurnia', 'Candelaria', 'Casimir',
    'Chidi', 'Chiara', 'Cornelius', 'Darnell', 'Delphine', 'Deshawn', 'Dorotea', 'Eamon', 'Ebony',
    'Efua', 'Eleanora', 'Emeka', 'Esperanza', 'Eudora', 'Ezekiel', 'Fatima', 'Florentino', 'Francesca',
    'Gunnar', 'Gwendolyn', 'Hamid', 'Harriet', 'Hiroshi', 'Horatio', 'Ifeoma', 'Ignatius', 'Imelda',
    'Ingrid', 'Isidro', 'Jadwiga', 'Jasper', 'Jolanta', 'Juniper', 'Kalani', 'Kamala', 'Keziah', 'Kwabena',
    'Lavinia', 'Leopold', 'Lorcan', 'Lucinda', 'Lupita', 'Mahalia', 'Malachi', 'Marisol', 'Maximilian',
    'Meredith', 'Mirela', 'Montgomery', 'Nadezhda', 'Nanami', 'Nikolai', 'Nkechi', 'Obadiah', 'Odalys',
    'Olufemi', 'Ophelia', 'Orlando', 'Pallavi', 'Perpetua', 'Priyanka', 'Quentin', 'Radomir', 'Rafferty',
    'Reinhold', 'Rosalind', 'Rupert', 'Saoirse', 'Seamus', 'Serafina', 'Shoshana', 'Siddharth', 'Solveig',
    'Tadeusz', 'Tallulah', 'Tamsin', 'Thaddeus', 'Theodora', 'Tobias', 'Ulrike', 'Valentina', 'Vasilis',
    'Wilhelmina', 'Winston', 'Xiomara', 'Yaw', 'Yolanda', 'Yusuf', 'Zainab', 'Zebulon', 'Zofia',
    'Della', 'Earl', 'Vern', 'Opal', 'Royce', 'Mavis', 'Clement', 'Ines', 'Bao', 'Tuan', 'Mei', 'Kenji',
    'Hope', 'Faith', 'Grace', 'Joy', 'Rose', 'Dawn', 'Will', 'Rusty', 'Sunny', 'Autumn',
]
MIDDLE = 'ABCDEFGHJKLMNPRSTVW'

TOWNS = [
    'Cobbler Springs', 'Wexmoor', 'Halsey Ferry', 'Pindarville', 'New Tarrant', 'Marrowbone',
    'Ossining Flats', 'Quillan', 'Redhollow', 'Saltash Bend', 'Tenmile', 'Upper Dunwick', 'Vespertine',
    'Wolcott Mills', 'Yarrowfield', 'Ambergate', 'Brisco', 'Caddo Crossing', 'Dellwood Heights',
    'East Kilbride Township', 'Fennimore', 'Gallowglass', 'Hartsell', 'Ivanhoe Ridge', 'Jessamine',
    'Kettle Falls Junction', 'Lantry', 'Mossburg', 'Norcastle', 'Oxbow Lake', 'Port Aransell',
    'Quarry Hill', 'Rook Harbor', 'St. Damien', 'Timberlost', 'Ulmstead', 'Vinegar Bend', 'Warrior Gap',
    'Zephyr Cove', 'Bellhaven', 'Crowley Point', 'Mount Ebal', 'Fort Kessler', 'Lake Minnewaska',
    # word-towns
    'Harmony', 'Providence', 'Eden', 'Welcome', 'Patience', 'Temperance', 'Paradise', 'Charity',
    'Mercy', 'Truth', 'Hazard', 'Climax', 'Vigor', 'Pleasant',
]
STATES = ['OH', 'KY', 'NM', 'Oregon', 'TN', 'Vermont', 'GA', 'Nebraska', 'WV', 'AZ', 'ME', 'Louisiana']
STREETS = ['Tanager Ln', 'Old Mill Rd', 'Cresthaven Dr', 'Pumpkin Vine Pike', 'Larch St', 'W. Oriel Ave',
           'Sawgrass Ct', 'County Rd 12', 'Baptist Church Rd', 'Rt 9 Box 4', 'Hollins Way', 'N Fairmount St',
           'Quaker Hill Rd', 'Gristmill Ln', 'Bluestem Cir', 'Sycamore Hollow Rd', 'E 14th St', 'Kilkenny Pl']

HOSPICES = ['Bright Meadow Hospice', 'Lantern House Hospice & Palliative Care', 'Stillwater Hospice of the Valley',
            'Cedarhaven Hospice', 'Compassus Ridge Home Hospice', 'Morning Star Hospice', 'Evenfall Palliative Partners',
            'Kindred Shores Hospice']
HOSPITALS = ['Mercy Vale Regional Medical Center', 'St. Aldric Hospital', 'Halsey Ferry General',
             'Brightwater Memorial Hospital', 'Our Lady of the Pines Medical Center', 'Tri-County Baptist Hospital',
             'Norcastle University Hospital', 'Wexmoor Community Hospital', 'Vinegar Bend Regional',
             'Penrose-Whitby Medical Center', 'Lakeland Heights Hospital', 'Good Samaritan of Redhollow']
HOSP_ACR = ['MVRMC', 'St. A\'s', 'HFG', 'BMH', 'OLOP', 'TCBH', 'NUH', 'WCH', 'VBR', 'PWMC', 'LHH', 'GSR']
DIALYSIS_UNITS = ['Riverbend Kidney Center', 'Crescent Dialysis - Mossburg', 'ClearFlow Renal Care Quarry Hill',
                  'Tenmile Dialysis Unit', 'Norcastle Home Dialysis Program', 'Bluegill Kidney Services',
                  'Lantry Artificial Kidney Center', 'Saltash Bend Renal Unit']
NEPHRO_GROUPS = ['Piedmont Renal Associates', 'Kidney & Hypertension Consultants of Wexmoor',
                 'Valley Nephrology Partners', 'Three Rivers Nephrology', 'Marrowbone Kidney Clinic']
TRANSPLANT = ['Norcastle Transplant Institute', 'St. Aldric Abdominal Transplant Program',
              'Calloway Regional Transplant Center']
ACCESS_CENTERS = ['Summit Vascular Access Center', 'Pinnacle Access Surgery', 'Redhollow Vein & Access']
PSYCH_HOSP = ['Briar Glen Behavioral Health', 'Cloverdale State Hospital', 'Sweetwater Psychiatric Pavilion',
              'Harbor Lights Behavioral Hospital', 'Mount Ebal Recovery Center', 'Greystone Crisis Stabilization Unit']
PSYCH_ACR = ['BGBH', 'CSH', 'SPP', 'HLBH', 'MERC', 'Greystone CSU']
COURTS = ['Fennimore County Probate Court', 'Jessamine County District Court', '4th Judicial District Court',
          'Oxbow Lake Municipal Court', 'Halsey County Mental Health Court']
OUTPT = ['Crossroads Community Mental Health', 'Lantry Counseling Associates', 'New Dawn ACT Team',
         'Hollins Way Recovery Clinic', 'Pathfinder Family Services', 'Second Wind Peer Center']
SHELTERS = ['Open Door Men\'s Shelter', 'Hannah\'s House', 'St. Brendan\'s Mission', 'Lighthouse Family Shelter',
            'Sojourner Place']
OB_PRACTICES = ['Bellhaven Women\'s Health', 'Cradle Creek OB/GYN', 'Tanager Midwifery Collective',
                'Redbud Obstetrics & Gynecology', 'Lakeside Family Birth Center', 'Caddo Crossing Prenatal Clinic']
BIRTH_HOSP = ['Mercy Vale Birthing Center', 'St. Aldric Women & Infants', 'Norcastle University Hospital',
              'Good Samaritan of Redhollow', 'Brightwater Memorial Hospital', 'Halsey Ferry General']
PEDIATRICS = ['Little Acorns Pediatrics', 'Sprout Pediatric Group', 'Fennimore Children\'s Clinic',
              'Kiddo Care of Tenmile']
PHARMACIES = ['Medicine Shoppe of Lantry', 'Rx Depot #2231', 'Corner Drug Co.', 'HealthMart on Larch',
              'Valley Infusion Pharmacy', 'Quillan Apothecary', 'CareRite Pharmacy']
DME = ['HomeWell Medical Supply', 'Apex Oxygen & DME', 'Bluebonnet Respiratory', 'Lifeline Home Equipment']
FUNERAL = ['Greer & Sons Funeral Home', 'Peaceful Valley Mortuary', 'Whitlock-Bane Funeral Chapel',
           'Rosewood Cremation Services']
CHURCHES = ['First Baptist of Tenmile', 'St. Casimir Parish', 'Holy Redeemer Lutheran', 'Mount Zion AME',
            'Temple Beth Shalom of Norcastle', 'Grace Fellowship Church', 'Masjid al-Noor of Wexmoor']
INSURERS = ['Keystone Health Plan', 'BlueMeridian PPO', 'Sunstate Medicaid', 'Amerivance Medicare Advantage',
            'Cardinal Care HMO', 'TriValley Health']
EMPLOYERS = ['Dunwick Poultry', 'Halsey Ferry Paper Mill', 'Tenmile Unified School District', 'Kroeger Hardware',
             'Pindarville Auto Body', 'Quarry Hill Amazon warehouse', 'Saltash Trucking', 'Norcastle Transit Authority',
             'Crabtree Farms', 'Wal-Save Supercenter']
NURSING_HOMES = ['Willowbrook Manor', 'Sunset Terrace Assisted Living', 'The Pines at Brisco',
                 'Golden Years Care Center', 'Heritage Oaks SNF']
EMAIL_DOMAINS = ['brightmeadowhospice.org', 'riverbendkidney.com', 'briarglenbh.org', 'mvrmc.org', 'norcastleuh.edu',
                 'lanternhouse.org']
PT_EMAIL_DOMAINS = ['fastmail.example', 'posthaven.net', 'bluejaymail.com']
