"""Invented pools for deid-styles-dev-19 (written from scratch for this set). ASCII only."""

SURNAMES = """Abernathy Achterberg Adeyemi Agarwal Alcantara Amundsen Antonelli Arslan Ashworth Babatunde Baptiste
Barrowclough Bashir Beauchamp Bellweather Bergstrom Bhattacharya Blackwood Bogdanovic Bonaventure Brannigan
Brown Brzezinski Calloway Castellanos Chaudhry Cheung Ciobanu Coldwater Cortland Cuthbert Dabrowski Dalgaard
Delacroix Demir Dimitriou Dubois Dunmore Eberhardt Ekwueme Elmasri Espinoza Fairweather Farouk Fennimore
Fitzgerald Fonseca Fujimoto Gallagher Garrido Gebremedhin Ghosh Gilchrist Goldfarb Grabowski Gunawardena
Haddad Halvorsen Hargreaves Hashimi Heathcote Hernandez Hollingsworth Hunter Ibarra Iwasaki Jablonski
Jaramillo Jovanovic Kaczmarek Kalani Karimi Kavanagh Kettering Khumalo Kowalczyk Krishnamurthy Lachance
Landry Larkspur Lindqvist Lombardi Lundgren Macharia Madsen Malhotra Marchetti Mbeki Mcallister Mendelssohn
Moreau Mukherjee Nakashima Nascimento Nguyen Nwachukwu Oduya Okonkwo Olafsson Oyelaran Pacheco Palmquist
Papadakis Pemberton Petrosyan Pinkerton Quintero Rademacher Ramaswamy Ravenscroft Rinaldi Rosenthal Sabatini
Saksena Salinger Santangelo Schoenberg Sepulveda Shevchenko Sigurdsson Sokolova Stavros Stone Szabo
Takahashi Tambe Thorvaldsen Toivonen Trujillo Umarov Underhill Valdivia Vasquez Villanueva Wachowski
Waweru Weatherby White Whitlock Wierzbicki Yamamoto Yeboah Young Zamora Zelenko Zubiri Bird Fox Wolf Rich
Frost Bell Rivers Marsh Hill Lake Field Moon Cross Swift Noble Sharp Strong Baker Gardner Fisher Shepherd
Mason Carpenter Church Fortune Goodnight Lovejoy Sweet Brave Gold Silver Snow Winter Spring Dove Wren
Finch Crane Heron""".split()

SURNAMES += ["O'Halloran", "O'Shea-Mbatha", "D'Souza", "D'Agostino", "McKinnon-Reyes", "Al-Masri", "el-Amin",
             "van Houten", "Van der Linde", "de la Fuente", "De Luca", "da Silva", "St. Germain", "Le Blanc",
             "Okafor-Lindqvist", "Tran-Whitfield", "Garcia-Moreno", "Bianchi-Sato", "Ben-David", "Abu-Ghazaleh",
             "MacDougall", "Fitz-Simmons", "Nakamura-Brown", "Ross-Young", "ten Brink", "von Ahlen"]

FIRST_F = """Adaeze Agnieszka Aiko Alejandra Amara Anahita Annika Aroha Beatriz Bethany Bronwyn Carmela Chiamaka
Constance Dagny Delphine Dolores Eleni Esperanza Farida Fenna Giedre Gwendolyn Hana Henrietta Ingrid Isabeau
Jadwiga Kalinda Katarzyna Keiko Lakshmi Leilani Lucinda Mairead Marisol Mehreen Nadia Nkechi Noriko Oksana
Oluwaseun Ottilie Paloma Priyanka Rosalind Saoirse Siobhan Soraya Svetlana Tamsin Thandiwe Ursula Valentina
Wilhelmina Xiomara Yesenia Zainab Zofia Hope Joy Rose Faith Grace Blessing Patience Dawn Star Ruby Hazel
Violet Poppy Willow Meadow Brooke Destiny Harmony Liberty Trinity Lark Marigold Clementine Sunny Bunny Birdie
Goldie Dusty Robin Sandy Jade Crystal Amber Coral Olive""".split()

FIRST_M = """Abdullahi Alasdair Anselm Arjun Bartholomew Bogdan Casimir Chidi Cormac Dariusz Desmond Eamon Emeka
Erasmus Ezekiel Fabrizio Gunnar Hamza Haruto Ignatius Ilya Isidore Jaroslav Jericho Kenji Kwabena Lachlan
Lorcan Magnus Mateus Mehmet Nikhil Obadiah Olufemi Osvaldo Padraig Rafferty Rashid Reinhold Santiago Seamus
Sergei Tadeusz Thaddeus Tobias Ulrich Vikram Wendell Xavier Yusuf Zoltan Bill Hunter Stone Rusty Buck Duke
Chip Skip Buddy Sonny Lucky Ace Rock Forrest Clay Dale Glen Heath Cliff Ward Marshall Reed Grant Mason Wade
Knight Pike Bishop Earnest Noble Justice Deacon Shepherd Colt Bear""".split()

MIDDLE = list('ABCDEFGHJKLMNPRSTVWZ')

TOWNS = ['Ashgrove', 'Bellhaven', 'Birchmoor', 'Bramblewood', 'Calder Falls', 'Cinderford', 'Coldbrook',
         'Dunmore Creek', 'Elmstead', 'Fairhollow', 'Foxmere', 'Glenvale', 'Greystone', 'Hartwell', 'Hollis Bend',
         'Ironbridge', 'Kestrel Point', 'Larchmont Springs', 'Lowmoor', 'Marrowfield', 'Millbrook Junction',
         'Northcote', 'Oakhurst', 'Pelham Cross', 'Quarry Hill', 'Redfern', 'Saltmarsh', 'Sandown', 'Shadwell',
         'Silverdale', 'Stonebridge', 'Thornfield', 'Upton Weir', 'Wexley', 'Whitmore', 'Willowby', 'Yarrow',
         # word-like towns
         'Harmony', 'Prosperity', 'Welcome', 'Eden', 'Hazard', 'Paradise', 'Bountiful', 'Content', 'Patience',
         'Shiloh', 'Endeavor', 'Promise', 'Fidelity', 'Magnet', 'Temple', 'Anchor', 'Beacon', 'Crossroads',
         'Garland', 'Jewel', 'Lantern', 'Meridian', 'Orchard', 'Pilot', 'Sterling', 'Summit', 'Truth', 'Vista',
         'Wonder', 'Mercy']

STATES = ['OH', 'IN', 'MI', 'WI', 'Iowa', 'KY', 'PA', 'Ohio', 'Minnesota', 'NE', 'Kansas', 'MO', 'IL']

STREETS = ['Larkspur Lane', 'Tannery Road', 'Old Mill Rd', 'Quince Street', 'Cobbler Way', 'Bellflower Ave',
           'Sycamore Bend', 'Fenwick St', 'Hatchery Road', 'Pinnacle Dr', 'Wheelwright Ct', 'Ferry Landing Rd',
           'Carriage House Ln', 'Harrow Street', 'Juniper Hollow', 'Kingfisher Blvd', 'Lamplighter Ave',
           'Marlow Terrace', 'North Quarry Rd', 'Osprey Circle', 'Peabody Pike', 'Ridgeback Dr', 'Saddler St',
           'Thimble Row', 'Upland Parkway', 'Vestry Lane', 'Windlass Way', 'Yardley Ave', 'County Rd 14',
           'State Route 9', 'Hope Street', 'Church Street', 'Union Ave']

# (name, acronym)
HOSPITALS = [('Kestrel Valley Medical Center', 'KVMC'), ('Saint Adalbert Hospital', 'SAH'),
             ('Marrowfield Regional Medical Center', 'MRMC'), ('Holy Redeemer of Ashgrove', 'HRA'),
             ('Coldbrook Memorial Hospital', 'CMH'), ('Northcote University Hospital', 'NUH'),
             ('Greystone Community Hospital', 'GCH'), ('Lowmoor Baptist Hospital', 'LBH'),
             ('Sisters of Providence Wexley', 'SPW'), ('Tri-County Osteopathic Hospital', 'TCOH'),
             ('Bramblewood General', 'BGH'), ('Our Lady of the Lakes Medical Center', 'OLLMC'),
             ('Harmony Health Calder Falls', 'HHCF'), ('Silverdale Veterans Hospital', 'SVAH'),
             ('Redfern Critical Access Hospital', 'RCAH'), ('Pelham Cross Medical Center', 'PXMC')]

IMAGING_OUTSIDE = ['Foxmere Open MRI & Imaging', 'Lakeland Diagnostic Imaging', 'Hartwell Imaging Associates',
                   'Quarry Hill Radiology Group', 'ClearView Outpatient Imaging of Elmstead', 'Tamarack Imaging Center',
                   'Northcote Heart & Vascular', 'Upton Weir Cardiology', 'Beacon PET Partners']
PRACTICES = ['Foxmere Family Practice', 'Oakhurst Internal Medicine', 'Saltmarsh Oncology Associates',
             'Hartwell Heart Specialists', 'Greystone Endocrine Clinic', 'Willowby Surgical Associates',
             'Thornfield Pulmonary & Sleep', 'Sandown Hematology-Oncology', 'Glenvale GI Consultants',
             'Shadwell Primary Care', 'Cinderford Women\'s Health', 'Lowmoor Medical Group',
             'Redfern Valley Family Medicine', 'Pilot Knob Rural Health Clinic']
PHARM_RADIO = ['Cardinal Isotope Pharmacy of Birchmoor', 'Tri-State Nuclear Pharmacy', 'RadioRx Glenvale']

FERT_CLINICS = ['Bellhaven Fertility & IVF', 'Larchmont Reproductive Medicine', 'Crescent Moon Fertility Center',
                'Coldbrook Center for Reproductive Health']
SPERM_BANKS = ['Northstar Cryobank', 'Meridian Donor Services', 'Pacifica Cryo Bank', 'Seedling Cryobank of Ohio',
               'Heritage Gamete Bank']
EGG_BANKS = ['Ovagen Donor Registry', 'Golden Egg Bank', 'Cradle Donor Egg Network']
GENETIC_LABS = ['Helix Path Genomics', 'Sequoia Reproductive Genetics', 'Beacon Embryo Genetics']
LABS = ['Quarry Diagnostics', 'Tri-County Reference Lab', 'Pinnacle Andrology Lab', 'Ferncliff Clinical Labs']
OB_PRACTICES = ['Cinderford Women\'s Health', 'Harmony OB/GYN', 'Willowby Obstetrics Group', 'Sandown Midwifery Collective',
                'Northcote Women\'s Care', 'Lantern Maternal-Fetal Medicine']
SPEC_PHARMACIES = ['Blue Heron Specialty Pharmacy', 'FertiScript Pharmacy', 'MedVantage Fertility Pharmacy',
                   'Corner Apothecary of Eden', 'Kettering Compounding Pharmacy']
INSURERS = ['Prairie Mutual Health', 'Keystone Benefit Plan', 'Great Lakes Care Alliance', 'Heartland Select PPO',
            'Unity Trust Health', 'Riverbend Health Partners', 'Cardinal State Employees Plan']
EMPLOYERS = ['Hollis Bend Tool & Die', 'Marrowfield School District', 'Quarry Hill Credit Union',
             'Foxmere County Sheriff\'s Office', 'Bellweather Logistics', 'Stonebridge Paper Mill', 'Oakhurst Dairy Co-op',
             'Greystone Public Library', 'Kettering Aerospace', 'Willowby Township', 'Sundial Software',
             'Larkspur Insurance Group', 'Anchor Glass Works', 'Redfern Grain Elevator', 'Pelham Cross Foundry']

OPOS = [('Heartland Donor Network', 'HDN'), ('Great Rivers Organ Recovery', 'GROR'),
        ('Tri-State Gift of Life Alliance', 'TSGLA'), ('Prairie Lifeshare', 'PLS')]
TX_CENTERS = ['Northcote University Transplant Institute', 'Kestrel Valley Transplant Center',
              'St. Hilda Heart & Lung Transplant Program', 'Marrowfield Liver Transplant Service',
              'Lakeside Kidney & Pancreas Center', 'Saint Adalbert Transplant Program']
COURIERS = ['SkyBridge Medevac', 'AirAngels Aviation', 'Rapid Rotor Flight Services', 'Velocity Medical Courier',
            'Lifeline Ground Transport', 'Bluewing Charter']
ME_OFFICES = ['Foxmere County Medical Examiner', 'Tri-County Coroner\'s Office', 'Marrowfield County ME',
              'Greystone County Coroner', 'Calder District Medical Examiner']
FUNERAL = ['Whitlock & Sons Funeral Home', 'Eternal Rest Chapel of Lowmoor', 'Pemberton-Hale Funeral Services']
TISSUE_BANKS = ['MidAmerica Tissue Services', 'Lionheart Eye Bank', 'Prairie Tissue Bank']

MEMORY_CLINICS = ['Silverdale Memory & Aging Center', 'Greystone Geriatric Assessment Clinic',
                  'Harmony Brain Health Clinic', 'Kestrel Valley Cognitive Disorders Program']
HOME_CARE = ['Comfort Keepers of Wexley', 'Hearth & Home Care', 'Visiting Angels of Thornfield', 'Helping Hands Homecare',
             'Golden Years In-Home Services', 'Bright Star Companions']
DAY_PROGRAMS = ['Sunrise Adult Day Center', 'Evergreen Club Day Program', 'Oak Leaf Adult Day Services',
                'Silver Threads Senior Center']
CHURCHES = ['St. Casimir Catholic Church', 'First Lutheran of Oakhurst', 'Bethel AME Church', 'Temple Beth Shalom',
            'Grace Fellowship Chapel', 'Holy Trinity Greek Orthodox', 'Mount Zion Baptist Church',
            'Quaker Meeting of Elmstead']
LAW_FIRMS = ['Hargreaves & Lindqvist Elder Law', 'Pemberton Estate Planning', 'Ravenscroft Legal Group',
             'Fairweather Law Office']
BANKS = ['First Federal of Millbrook', 'Calder Falls Savings Bank', 'Harvest Community Bank', 'Union Trust of Greystone']
FACILITIES = ['Willowbrook Assisted Living', 'The Pines at Foxmere', 'Magnolia Manor Memory Care',
              'Heritage Glen Senior Living', 'Cedar Crest Nursing & Rehab', 'Lakeview Commons']
DRIVING = ['Roadwise Driver Rehab Program', 'Greystone Driver Evaluation Service', 'SafeMiles Driving Assessment']
FORMER_EMPLOYERS = ['Kettering Aerospace', 'Stonebridge Paper Mill', 'Anchor Glass Works', 'Redfern Grain Elevator',
                    'Bellweather Logistics', 'Marrowfield School District', 'the Hollis Bend post office',
                    'Oakhurst Dairy Co-op', 'Lowmoor Baptist Hospital', 'Pelham Cross Foundry', 'Quarry Hill Credit Union',
                    'Sears in Glenvale', 'Greystone Public Library']
EMAIL_DOMAINS = ['kvmc.org', 'northcoteuh.edu', 'hdn-opo.org', 'bellhavenivf.com', 'silverdalememory.org',
                 'marrowfieldrmc.org', 'gror.org', 'larchmontrm.com', 'harmonybrain.net']
