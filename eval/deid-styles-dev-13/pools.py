"""Invented pools for deid-styles-dev-13 (written from scratch for this set)."""

SURNAMES = """Abernathy Achterberg Aldous Amberley Ashcombe Backstrom Baird Balderas Banfield Barrowman
Beaudry Bellweather Benavidez Birchall Blackwood Blount Bonaventure Boswell Brightwater Brockman
Bushnell Calloway Carmody Castellano Cates Chadwick Chisholm Claybourne Coffey Colquitt Copeland
Corrigan Crabtree Cross Dabrowski Dalby Darrow Delacroix Devereaux Dinsmore Dorsey Drummond Dunleavy
Eberhardt Ellingsen Emberton Espinal Fairweather Falkner Fenwick Figueroa Fitzhugh Fleet Forsythe
Frayne Galloway Garvey Gideon Gillespie Gonsalves Greenleaf Gutierrez Haldane Halloran Hargrove
Hathaway Heartwell Hightower Holloway Hornsby Huckaby Ingersoll Isherwood Jaramillo Jennings Kavanagh
Keel Kettering Kilbride Kowalczyk Lachance Lamoreaux Langford Larkin Lattimore Leverett Lindqvist
Lockhart Lowther Maddox Malinowski Marchetti Marrow Mayhew McAllister McCorkle Merriweather Mistry
Moncrieff Morrow Nakagawa Nettleton Nightingale Northcutt Oakes Okonkwo Ortega Osterman Pagliaro
Pardee Pell Pemberton Pettibone Pike Pinkerton Pruitt Quarles Quintero Radcliffe Rainwater Ransom
Redfern Rhee Rockwell Rosales Rutherford Saltonstall Santangelo Scarborough Seabrook Shackleford
Sheffield Sinclair Slade Solberg Spalding Stallworth Stone Strand Sutherland Szymanski Tallman
Tennyson Thibodeaux Thornbury Trask Truelove Underhill Upshaw Valdivia Vance Vandermeer Varga
Wakefield Walcott Warfield Weatherby Whitlock Wilder Winslow Woodhouse Wray Yancey Yarborough
Zamora Zielinski Ambrose Bishop Bell Marsh Payne Street Hart Baker Fox Pope Lamb Kidd Nurse Hale
Heal Wise Moody Love Bone""".split()

FIRST_NAMES = """Abigail Adair Alden Alma Amos Anders Annika Ansel Archer Arlo Astrid Aurelio Bartholomew
Beatrix Benedict Bettina Blaise Bronwyn Cassius Celeste Cordelia Cornelius Dagny Dashiell Delphine
Desmond Dorothea Ebba Eldon Elspeth Emmett Esperanza Ezra Fenella Florian Gideon Greer Gwendolyn
Hollis Idris Imogen Ines Isadora Jasper Jethro Jolene Josiah Juniper Kasimir Keziah Lachlan Leopold
Lorcan Lucinda Magnus Marisol Matthias Maeve Mirela Moira Nadia Nell Niall Odette Orla Oswin Petra
Philippa Quentin Rafferty Rosalind Rupert Saoirse Silas Solveig Tamsin Thaddeus Theodora Tobias
Ulrich Valentina Wendell Wilhelmina Xavier Yusuf Zelda Zinnia Hope Faith Grace Joy Will Rose Mark
Bill Penny Iris Ivy Dawn Hunter Major Page Chase Art Sage Summer Lance Gene Cliff Pat Sunny Rusty
Crystal Angel Dusty Patience Honor Trinity Clay Reed Forrest Brooke Ginger Sterling Heather Precious
Cash Bishop Royal Hazel Jewel Colt""".split()

MIDDLE_INITIALS = list('ABCDEFGHJKLMNPRSTVW')

TOWNS = """Harmony Liberty Union Bliss Plenty Justice Energy Marrow Pleasantview Cold_Spring Fairhaven
Bramblewood Ashford_Mills Kettle_Falls Dunmore Oakhollow Riverbend Silverlake Thornton_Cove Millbrook
Greystone Hollis_Ferry Lanark Pinecrest Wexford Eastbrook Saltmarsh Copper_Ridge Brayton Elmira_Springs
Stillwater Granite_Hill Westfall Ravensdale Maple_Corners Sutter_Bluff Larkfield Halewood Driftwood
Cedar_Notch Quarry_Gap Fallow Temperance Comfort Providence Content Friendly Welcome Endeavor Vigor
Amity Patience_Creek Goshen Bountiful Needmore Deposit Ransom_Gap Sandoval Mercy_Flats""".replace('_', '~').split()
TOWNS = [t.replace('~', ' ') for t in TOWNS]

STATES = ['Ohio', 'Vermont', 'Nebraska', 'Oregon', 'Kentucky', 'Maine', 'Idaho', 'Montana',
          'OH', 'VT', 'NE', 'OR', 'KY', 'ME', 'ID', 'MT', 'NM', 'WV', 'IA', 'AR']

STREETS = ['Larkspur Lane', 'Old Mill Rd', 'Kestrel Ave', 'Quarry St', 'Tanager Way', 'Brickyard Rd',
           'Cobble Hill Dr', 'Foundry St', 'Wren Ct', 'Sawmill Rd', 'Heron Pkwy', 'Orchard Terrace',
           'Gristmill Ln', 'Pumphouse Rd', 'Juniper St']

# institutions of many kinds
HOSPITALS = ['Saint Benedicta Medical Center', 'Larkfield Regional Hospital', 'Copper Ridge Memorial',
             'Eastbrook General Hospital', 'Our Lady of the Fields Hospital', 'Stillwater Valley Medical Center',
             'Granite Hill Community Hospital', 'Pinecrest Baptist Hospital', 'Halewood University Hospital',
             'Riverbend Methodist', 'Wexford County Hospital', 'Mercy Flats Critical Access Hospital',
             'Bramblewood Heart Institute', 'Ravensdale Medical Center', 'Sutter Bluff Regional',
             'Kettle Falls Memorial', 'Saltmarsh Presbyterian', 'Dunmore Lutheran Hospital']
HOSP_ACRONYMS = ['SBMC', 'LRH', 'CRM', 'EGH', 'SVMC', 'HUH', 'BHI', 'RMC', 'KFM', 'WCH']
CARDIO_GROUPS = ['Tanager Cardiology Associates', 'Heartland Vascular Partners of Westfall',
                 'Quarry Gap Heart Clinic', 'Lanark Cardiovascular Group', 'Eastbrook Heart & Rhythm',
                 'Driftwood Cardiology PC', 'Millbrook Internal Medicine']
DEVICE_COMPANIES = ['Corvanta Medical', 'Pulsewright', 'Axiolume Cardiac', 'Veridia Rhythm Systems',
                    'Halcyon Vascular', 'Stentrix', 'Kardiomed', 'Lumenbridge']
VA_SITES = ['Ravensdale VA Medical Center', 'Granite Hill VAMC', 'Westfall VA Community Clinic',
            'Copper Ridge CBOC', 'Sutter Bluff Vet Center', 'Harmony VA Outpatient Clinic',
            'Stillwater Regional Office']
BASES = ['Fort Halloran', 'Camp Brightwater', 'Fort Tennyson', 'Naval Station Kestrel Point',
         'Marrow Air Force Base', 'Camp Lindqvist', 'Fort Ashcombe', 'Joint Base Ellingsen-Drift',
         'FOB Saltonstall', 'COP Greystone', 'Camp Varga']
UNITS = ['2nd Bn, 47th Infantry Regiment', '318th Transportation Company', 'HHC 1-112 Armor',
         '3rd Combat Engineer Bn', '144th Military Police Co', 'VFA-29', 'USS Pemberton (DDG-151)',
         '68th Medical Detachment', '412th Civil Affairs Bn', '1st Bn 9th Marines', 'A Co 2-503rd']
VSOS = ['Veterans of the Upper Valley', 'Larkfield County Veterans Service Office',
        'Blue Star Legion Post 441', 'Marrow Valley Disabled Veterans Chapter 12',
        'Harmony Veterans Advocacy League']
SCHOOLS = ['Pinecrest Middle School', 'Riverbend Elementary', 'Copper Ridge High School',
           'Saint Odile Academy', 'Bliss Township Elementary', 'Westfall Junior High',
           'Maple Corners Charter School', 'Harmony Valley High', 'Dunmore Intermediate School',
           'Lanark STEM Academy', 'Oakhollow K-8']
SCHOOL_DISTRICTS = ['Larkfield Unified School District', 'Kettle Falls Public Schools',
                    'Union-Bliss Consolidated SD', 'Greystone Area School District']
PHARMACIES = ['Wexford Family Pharmacy', 'Brayton Drug', 'Apothecary on Main (Goshen)',
              'Halewood Community Pharmacy', 'Maple Corners Rx', 'Needmore Pharmacy & Gifts',
              'ValuCare Pharmacy #0412']
PEDS_CLINICS = ['Sunflower Pediatrics', 'Riverbend Family Health Center', 'Kids First Clinic of Dunmore',
                'Eastbrook Pediatric Associates', 'Oakhollow Community Health']
DENTISTS = ['Smile Harbor Dental', 'Granite Hill Family Dentistry']
CANCER_CENTERS = ['Halewood Cancer Institute', 'Bramblewood Oncology Center', 'Saint Benedicta Cancer Pavilion',
                  'Copper Ridge Hematology-Oncology', 'Northcutt Radiation Oncology',
                  'Eastbrook Breast Center', 'Larkfield Surgical Associates']
PATH_LABS = ['Quintessa Pathology Partners', 'Driftwood Dermatopathology', 'Keel Molecular Diagnostics',
             'Amberley Reference Laboratory', 'Halewood University Dept of Pathology',
             'Solberg Genomics']
INSURERS = ['Bluewater Health Plan', 'Cardinal Mutual', 'Prairie State Medicaid', 'TriValley Care']
CAMPS_CLUBS = ['Riverbend YMCA', 'Westfall Swim Club', 'Harmony Youth Soccer League', 'Camp Okonkwo Lake']
EMPLOYERS = ['Brayton Freight Lines', 'Greystone Quarry Co', 'Sheffield Poultry', 'Wexford County Roads Dept',
             'Kettering Tool & Die']

INSTITUTIONS = (HOSPITALS + CARDIO_GROUPS + DEVICE_COMPANIES + VA_SITES + BASES + UNITS + VSOS + SCHOOLS
                + SCHOOL_DISTRICTS + PHARMACIES + PEDS_CLINICS + DENTISTS + CANCER_CENTERS + PATH_LABS
                + INSURERS + CAMPS_CLUBS + EMPLOYERS)


EMAIL_DOMAINS = ['larkfieldusd.org', 'sbmc-health.org', 'vetmail.net', 'halewood.edu', 'corvanta.com',
                 'pulsewright.com', 'quintessapath.com', 'kfps.k12.org']
