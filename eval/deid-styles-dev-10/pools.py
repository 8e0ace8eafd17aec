"""Invented pools for deid-styles-dev-10 (written from scratch for this set)."""

SURNAMES = """Abernathy Achterberg Aldous Amberson Anselm Arkwright Ashdown Babbitt Baker Balfour Banks Barlowe
Bastable Beaumont Bellweather Bergeron Birchall Bishop Blackwood Blomqvist Bolus Bone Bramwell Brannigan Brisco
Brooker Buckland Burrell Bush Cadwallader Calloway Carraway Castellan Chambers Chisholm Church Clough Coffin
Colquitt Corbyn Cotterill Cross Culpepper Dacosta Dahlgren Darnell Delacroix Devereaux Dimmock Dobrev Draper
Drip Dunleavy Eastwick Ebersole Ellery Elsworth Emmerich Farquhar Fenwick Field Finchley Fitzgerald Flowers
Fontaine Forsythe Fothergill Gallimore Garrity Gaskell Gideon Goodhew Gorski Greaves Grimsby Haddad Hale Halloran
Hargreave Hart Hathersage Heal Hennessey Hill Holloway Honeycutt Hornsby Huxtable Ignatius Ingersoll Iverson
Jablonski Jarvis Jessup Kaczmarek Kalinowski Keener Kettering Kilbride Kingsolver Kowalczyk Lachance Lamb Langstrom
Larkin Lattimore Lindqvist Lockhart Love Lundgren Macready Mallory Marchetti Marsh Mask Mattingly McAllister
McCorkle Merriweather Mole Moss Mulvaney Nakashima Nettleton Nightingale Norcross Oakes Obiora Okonkwo Ormsby
Ostrander Padgett Page Palomares Patch Payne Pemberton Penhaligon Petrakis Pickering Pope Prewitt Punch Quartermain
Quigley Radcliffe Ragsdale Rainier Rasmussen Redmayne Reinholt Rowntree Ruggiero Rutherford Salazar Scarr Schaefer
Sedgwick Shave Sharp Shepherd Sigurdsson Slocum Somerville Stone Strickland Sutcliffe Swift Szabo Tallis Tamura
Thackeray Thistlewood Tolliver Trelawney Tuttle Underhill Upchurch Vail Valentin Vanterpool Vickery Villanueva
Wainwright Walcott Ward Waterhouse Weatherby Whitcombe Wilder Winslow Wood Wrigley Yardley Yelverton Young Zabrowski
Zeller Zimmerly""".split()

FIRST_NAMES = """Abigail Ada Adriel Agnes Alaric Alma Amos Anika Ansel April Arlo Astrid Augustin Autumn Beatrix Bennett
Bill Blaise Bonnie Brenna Brooks Cal Calla Camille Carmen Cassius Celeste Chance Charity Clement Cliff Cora Cosmo
Dale Dawn Delphine Desmond Dot Dove Easton Edda Elias Elspeth Ember Emmett Ephraim Faith Felix Fern Florian Frank
Gene Georgette Gideon Glen Grace Greer Hal Harmony Hazel Heath Holly Hope Hugo Ida Imogen Iris Ivy Jasper Jericho
Jolene June Kasimir Kit Lance Lark Laurel Leland Lena Lionel Loretta Lucius Mabel Marigold Mark Matilda Merritt
Milo Minerva Misty Moses Myra Nell Nico Norma Octavia Opal Otis Pascal Patience Pearl Penn Percy Petra Pip Prudence
Quincy Rafferty Ray Reed Rhoda Rocco Rose Rowan Ruby Rusty Sage Saul Serafina Shepard Sky Sterling Stormy Summer
Sunny Tabitha Tad Tansy Thaddeus Theo Tobias Twila Ulric Una Vance Velma Wade Will Winnie Wren Xavier Yvette Zeke
Zinnia Bud Coral Flint""".split()

MIDDLE_INITIALS = list("ABCDEFGHJKLMNPRSTVW")

TOWNS = """Hope|Union|Eden|Harmony|Liberty|Comfort|Welcome|Relief|Remedy|Summit|Plain|Fairplay|Paradise|Bliss|Ransom|
Lowmoor|Ashgrove Falls|Brackenridge|Cinderford|Dunmarrow|East Pellham|Fernhollow|Glenvarra|Haddonfield Ridge|
Ironbridge|Juniper Flats|Kestrel Point|Larchmont Hollow|Millbeck|North Quarry|Oakhaven|Pellston Mills|Quarrytown|
Rookwood|Saltmarsh|Thornbury|Upper Wickam|Valemount|Westbrook Bend|Yarrowdale|Zephyr Creek|Coldwater Gap|
Marrowfield|Bramblecote|Stillwell|Hollis Crossing|Pike Station|Tannersville East|Wrenfield|Blue Lick|Kettle Rock|
Sorrowby|Gladwyn|Cresthaven|Orchard Lake|Needle Falls|Cutler Springs""".replace('\n', '').split('|')
TOWN_MISSPELLINGS = {'Harmony': 'Harmoney', 'Brackenridge': 'Breckenridge', 'Thornbury': 'Thornberry',
                     'Valemount': 'Valemont', 'Oakhaven': 'Oak Haven', 'Stillwell': 'Stilwell'}

STATES = ['NY', 'PA', 'OH', 'MI', 'WI', 'MN', 'VT', 'ME', 'OR', 'KY', 'Vermont', 'Ohio', 'Oregon', 'Kentucky', 'Maine']
STREET_NAMES = """Linden|Quarry|Mill Pond|Harrow|Oriole|Tamarack|Beacon Hill|Kestrel|Wexford|Saddleback|Cobble|Furnace|
Old Post|Sumac|Ridgeview|Cranberry|Gristmill|Larkspur|Foundry|Shadbush|Hemlock|Cider Press""".replace('\n', '').split('|')
STREET_KINDS = ['St', 'Street', 'Rd', 'Road', 'Ave', 'Lane', 'Ln', 'Dr', 'Ct', 'Way', 'Pike']

HOSPITALS = ['St. Brendan Medical Center', 'Kestrel Valley Hospital', 'Millbeck General', 'Oakhaven Regional Medical Center',
             'Mercy of the Ridges Hospital', 'Thornbury Community Hospital', 'Sorrowby Memorial', 'Glenvarra University Hospital',
             'Pellston Mills Medical Center', 'Larch County Hospital', 'Halverson-Greer Hospital', 'Blue Lick Memorial Hospital']
HOSPITAL_ACRONYMS = ['SBMC', 'KVH', 'OVRMC', 'GUH', 'PMMC', 'LCH']

DERM = ['Ashgrove Dermatology Associates', 'Riverbend Skin & Mohs Center', 'Kestrel Point Dermatology',
        'Lowmoor Skin Cancer Clinic', 'Pinecrest Dermatology Group', 'Cinderford Mohs Surgery Center',
        'Halcyon Skin Institute', 'Brightwater Dermatology PLLC', 'Northfork Derm & Laser']
DERMPATH = ['Tessellate Dermatopathology', 'Cutis Diagnostic Labs', 'Westbrook Pathology Partners',
            'Aurelian Dermpath Lab', 'Glenvarra University Dermatopathology', 'Keystone Skin Pathology']
INFUSION = ['Larkspur Infusion Center', 'Oakhaven Ambulatory Infusion', 'Millbeck Infusion Suite',
            'Cedar Hollow Infusion Clinic', 'Harrow Street Infusion Center', 'Pellston Mills Oncology Infusion',
            'Summit Biologics Infusion Suite']
SPECIALTY_PHARM = ['Meridian Specialty Pharmacy', 'Corvallo Specialty Rx', 'Bluestem Specialty Pharmacy',
                   'Axiom Rare Disease Pharmacy', 'Northlight Specialty Pharmacy', 'Veridian Specialty Rx',
                   'Tolland Specialty Pharmacy Services']
HOME_INFUSION = ['Brightpath Home Infusion', 'Cascadia Home IV', 'Hearthside Infusion Services',
                 'Wellspring Home Infusion', 'Tidewater Home Therapies', 'Evergreen Infusion at Home']
PHARMACIES = ['Kettle Rock Pharmacy', 'Hollis Crossing Drug', 'Saltmarsh Apothecary', 'Vale Drug & Gift',
              'Gristmill Pharmacy', 'Pike Station Family Pharmacy', 'Corner Remedy Drugs', 'Quarrytown Pharmacy',
              'Fernhollow Rx', 'Orchard Lake Drug']
URGENT_CARE = ['QuickMend Urgent Care', 'Fernhollow Walk-In Clinic', 'Ridgeline Urgent Care', 'CareNow of Rookwood',
               'Bramblecote Express Care', 'MedFirst Urgent Care Zephyr Creek', 'Stillwell Immediate Care',
               'Northgate Urgent Care']
TELEHEALTH = ['HearthLink Virtual Care', 'Kestrel Valley TeleHealth', 'VistaMD Virtual Clinic', 'NowCare Online']
EMPLOYERS = ['Pellston Box & Crate', 'Marrowfield Poultry', 'Ironbridge Foundry', 'Gladwyn Logistics',
             'Saltmarsh Cannery', 'Cresthaven Call Center', 'Upper Wickam Public Works', 'Haddon Tire & Lube',
             'Zephyr Creek Casino', 'Orchard Lake Nursing & Rehab', 'Juniper Flats Distribution Center',
             'Tannery Row Brewing Co', 'Bluebird Diner', 'Kettle Rock Ski Area']
SCHOOLS = ['Wrenfield High School', 'Oakhaven Middle School', 'Coldwater Gap Elementary', 'Larch County Community College',
           'St. Agatha Academy', 'Thornbury Regional High School', 'Glenvarra State University', 'Millbeck Technical Institute']
INSURERS = ['Bluestone Health Plan', 'Keystone Mutual', 'Tri-Valley Medicaid Managed Care', 'Northern Star Advantage',
            'Harbor Cross Health', 'Unity Heartland Insurance', 'Ridgeway Employee Benefit Trust']
DME = ['Airwell Home Medical', 'Breathe Easy Respiratory Supply', 'Oxyline Home Oxygen', 'Northbridge DME',
       'Tamarack Medical Equipment', 'Summit Respiratory Services', 'ClearSky Oxygen & Sleep', 'Hollis Home Health Supply']
SLEEP_LABS = ['Valemount Sleep Disorders Center', 'Quiet Hours Sleep Lab', 'Glenvarra Sleep Medicine',
              'Stillwell Sleep Diagnostics', 'Kestrel Valley Sleep Lab']
PULM_CLINICS = ['Millbeck Pulmonary Associates', 'Oakhaven Lung & Sleep', 'Ridgeview Pulmonology',
                'Larch County Chest Clinic']
LTAC_SNF = ['Cedarbrook Manor', 'Hollis Crossing Rehab & Nursing', 'Rookwood Long Term Acute Care',
            'Pinehaven Skilled Nursing', 'Sorrowby Care Center']
PCP_CLINICS = ['Yarrowdale Family Medicine', 'Westbrook Bend Primary Care', 'Gladwyn Internal Medicine',
               'Quarrytown Family Health Center', 'Bramblecote Community Health', 'Lowmoor Medical Group']
OTHER_SPECIALTY = ['Thornbury Rheumatology', 'Glenvarra GI Associates', 'Pellston Neurology Group',
                   'Kestrel Point Oncology', 'Saltmarsh Plastic Surgery', 'Cutler Springs ENT', 'Ashgrove Ophthalmology']
DAYCARES = ['Little Acorns Daycare', 'Bright Beginnings of Hope', 'Sunny Patch Preschool']
CHURCHES = ['First Methodist of Harmony', 'St. Olaf Lutheran Church', 'Grace Chapel of Eden']

RELATIONS_F = ['wife', 'daughter', 'mother', 'sister', 'niece', 'granddaughter', 'partner', 'friend', 'neighbor']
RELATIONS_M = ['husband', 'son', 'father', 'brother', 'nephew', 'grandson', 'partner', 'friend', 'neighbor']

EMAIL_DOMAINS = ['mailbox.example', 'kvh-health.example', 'riverbendskin.example', 'meridianrx.example',
                 'oxyline.example', 'fastmail.example', 'larchcounty.example']
