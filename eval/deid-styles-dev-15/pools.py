"""Invented pools for deid-styles-dev-15 (written from scratch for this set)."""

SURNAMES = """
Abernathy Achterberg Adebayo Alcott Amundsen Arbogast Ashworth Avila Babcock Bachman Bakshi Ballinger
Barlowe Bascombe Batchelder Beauchene Bellweather Benning Bertolini Birchfield Blackstock Bledsoe Bonaventure
Bosworth Brackett Branscombe Brightwater Brockman Bucknell Burkhalter Cabrera Caldicott Calloway Carrow
Castellanos Chadwick Chamberlin Chastain Clifford Coldwell Comstock Corriveau Cottingham Crandall Crowder
Cuthbert Dalrymple Danforth Delacroix Desrosiers Dimitriou Dobrowski Drummond Dunleavy Eastwick Eckhardt
Ellsworth Enright Esposito Fairbanks Falkner Farnsworth Fennimore Fitzgerald Flanagan Fontaine Foxworth
Gallardo Garber Gillespie Goldfarb Goodnight Greenleaf Gunderson Hadley Halloran Hargrove Hathaway Heffernan
Hollister Holloway Hornbeck Huxley Ingersoll Iwasaki Jablonski Jaramillo Kettering Kilbride Kowalczyk Krueger
Lachance Lindqvist Lockridge Lundgren Macready Magnusson Malloy Marchetti Mayberry McAllister Merriweather
Montague Moorcroft Nakashima Nettleton Northcott Oakes Okonkwo Oyelaran Pemberton Pettigrew Quimby Radcliffe
Ramsdell Ravensworth Redfield Rockwell Rosenquist Saltonstall Sandoval Satterfield Scarborough Sheffield
Shumway Silverthorne Stallworth Stockdale Strickland Sutcliffe Tarkington Thibodeaux Thornquist Trowbridge
Underhill Vandermeer Villanueva Wadsworth Wakefield Waterhouse Weatherby Whitcombe Winslow Yarborough Zelinski
Baker Bishop Church Field Frost Hall Hill Holmes Hunter Knight Lamb Marsh Page Parsons Reed Rich Stone Swift
Wells Wise Young Brook Cross Hart Moody Nash Price Sharp Story Street Ward Walker Mason Cook Fox Gold Snow
""".split()

FIRST_F = """
Adaeze Alma Annika Beatrix Bernadette Brynn Calla Carmen Celestine Clementine Corinne Dagny Delphine Dorota
Eloise Esme Fenna Genevieve Greta Hallie Imogen Ines Jolene Junie Katya Leocadia Lorna Maeve Marisol Minerva
Nadia Noreen Odalys Ottilie Philippa Priya Rosalind Saoirse Sunniva Tamsin Ulla Verity Wilhelmina Yesenia Zinnia
Hope Grace Joy Faith Patience Charity Rose Iris Ivy June April May Dawn Summer Autumn Holly Ginger Pearl Ruby
Amber Olive Violet Hazel Sage Star Honey Liberty Mercy Precious Sunny Crystal Jewel
""".split()

FIRST_M = """
Abelard Alistair Ambrose Anselm Barnaby Bartholomew Cassius Cormac Dashiell Desmond Emeric Ephraim Fergus
Florian Gideon Hamish Ignatius Isidore Jasper Kazimierz Lachlan Leopold Lucan Malachi Mateus Nikolai Octavio
Oswin Percival Quentin Rafferty Roderick Soren Tadeusz Thaddeus Ulrich Vaughn Wendell Xavier Yusuf Zebulon
Will Frank Mark Bill Rich Guy Chase Cliff Dale Glen Grant Heath Lance Miles Rocky Sterling Victor Wade Buck
Chip Colt Ford Hunter Major King Sonny Pat Clay Gray Rusty Stone Royal Page
""".split()

WORD_TOWNS = """
Hope Union Eden Normal Harmony Liberty Bliss Temple Comfort Plenty Gracefield Marrow Kettle Orange Brush
Flint Sterling Reliance Truth Pulse Clinic Ward Cardiff Bath Mercy Summit Providence Victory Accord
""".split()
PLAIN_TOWNS = """
Ashcombe Briarton Caldmoor Dunmere Easthollow Fallowmere Glenrock Harwell Ivesdale Junction-Falls Kelloway
Lindenport Marlowe-Bay Northfield Oxley Pellham Quarrytown Rowanford Saltmarsh Thistlewood Upper-Brennan
Vellmont West-Carrick Yarrowby Zephyr-Lake Copper-Hollow Stillwell Amberfield Birch-Landing Cold-Spring
""".split()
TOWNS = [t.replace('-', ' ') for t in WORD_TOWNS + PLAIN_TOWNS]
TOWN_TYPOS = {'Thistlewood': 'Thistelwood', 'Harmony': 'Harmonny', 'Lindenport': 'Lindenprot',
              'Providence': 'Providance', 'Kelloway': 'Kellowey', 'Rowanford': 'Rowenford'}

STATES = ['MA', 'NH', 'VT', 'Maine', 'CT', 'RI', 'NY', 'Ohio', 'PA', 'Vermont', 'N.H.', 'Mass.']
STREETS = ['Larch St', 'Old Mill Rd', 'Quarry Ln', 'Pleasant Ave', 'Route 9', 'Cobble Hill Rd', 'Main St',
           'Tanner Way', 'Hemlock Dr', 'Water Street', 'Bittern Ct', 'Depot Rd', 'Church St', 'Fox Run',
           'Meadowlark Ln', 'Sawmill Rd']

HOSPITALS = """
Saint Aldric Medical Center|St. Aldric
Kelloway Regional Hospital|KRH
Briarton General Hospital|BGH
Ouachee Valley Medical Center|OVMC
Northfield Memorial Hospital|Northfield Memorial
Mercy-Halvern Hospital|Mercy-Halvern
Caldmoor Community Hospital|Caldmoor Community
Lindenport University Hospital|LUH
Our Lady of the Fens Hospital|OLF
Harwell Deaconess Hospital|Harwell Deaconess
Saltmarsh County Hospital|SCH
Fallowmere Critical Access Hospital|Fallowmere CAH
Tristate Heart and Vascular Institute|TriState Heart
Gannet Bay Childrens Hospital|Gannet Bay Childrens
Vellmont VA Medical Center|Vellmont VAMC
Rowanford Baptist Hospital|Rowanford Baptist
Pellham Osteopathic Hospital|POH
Dunmere Medical Center|DMC
Eastern Ridge Trauma Center|ERTC
Greyfriars Hospital|Greyfriars
Quarrytown Hospital|QTH
Ivesdale Regional Medical Center|IRMC
Amberfield Mercy Hospital|Amberfield Mercy
Cold Spring Sisters Hospital|CSSH
""".strip().split('\n')
HOSPITALS = [tuple(h.split('|')) for h in HOSPITALS]

FACILITIES = """
Birchwood Manor Rehabilitation and Nursing
Heron Pointe Skilled Nursing
Lantern Hill Care Center
Stillwater Commons Assisted Living
Copper Hollow Health and Rehab
Maple Glen LTACH
Kindred Harbor Specialty Hospital
Northfield Acute Rehab Unit
Thistlewood Senior Living
The Pavilion at Glenrock
Sandpiper Hospice House
Saint Brendan Nursing Home
Oxley Long Term Acute Care
Marlowe Bay Behavioral Health
Harwell Veterans Home
Golden Reed Memory Care
""".strip().split('\n')

TRANSPORT = """
Ridgeline Ambulance|Ridgeline
Blue Heron Medical Transport|Blue Heron
LifeWing Air Medical|LifeWing
Northstar Critical Care Transport|Northstar CCT
Valley Mobile Intensive Care|Valley MICU
Tri-Town EMS|Tri-Town
Keystone Wheelchair Van|Keystone
SkyCare 3|SkyCare
Saltmarsh Fire Rescue|Saltmarsh FD
Meridian Ambulette|Meridian
Caldmoor Rescue Squad|Caldmoor Rescue
Gannet Flight|Gannet Flight
""".strip().split('\n')
TRANSPORT = [tuple(t.split('|')) for t in TRANSPORT]

CLINICS = """
Quarry Hill Family Medicine
Briarton Internal Medicine Associates
Ashcombe Community Health Center
Easthollow Primary Care
Northfield Cardiology Group
Pellham Pulmonary and Sleep
Rowanford Kidney Associates
Lindenport Hematology Oncology
Marlowe Bay Surgical Associates
Glenrock Neurology Clinic
Harbor Street Free Clinic
Fennimore Endocrine Clinic
Vellmont CBOC
Summit Wound Care Center
Tanner Way Infusion Center
Juniper GI Associates
""".strip().split('\n')

HOME = """
Bayberry Home Health
Compass Visiting Nurses
Hearthside VNA
Lantern Home Infusion
Northwind Oxygen and Medical Supply
Greenleaf DME
Cardinal Hospice of the Valley
Meadowbrook Home Care
""".strip().split('\n')

PHARMACIES = """
Wickham Drug
Kettle Corner Pharmacy
Quarrytown Apothecary
Riverbend Pharmacy
Elm and Main Drug
MedPoint Specialty Pharmacy
""".strip().split('\n')

DIALYSIS = """
Harwell Kidney Center
Saltmarsh Dialysis Unit
Ivesdale Renal Care
Northfield Home Dialysis
""".strip().split('\n')

LABS = """
Pinnacle Reference Laboratory
Caldmoor Pathology Associates
Greyfriars Microbiology Lab
Tri-County Imaging
Amberfield Open MRI
""".strip().split('\n')

INSURERS = """
Granite Mutual Health
Harbor Shield Medicaid
Keystone Senior Advantage
Pinecone Health Plan
Union Workers Benefit Trust
""".strip().split('\n')

OTHER_PLACES = """
Yarrowby Fire Department
Ashcombe Police Department
Glenrock Transfer Station
Dunmere Public Schools
Oxley Brickworks
Lindenport Shelter for Men
Harwell Food Pantry
Meridian Call Center
Copper Hollow Adult Day Program
""".strip().split('\n')

EMAIL_DOMAINS = ['harwellhealth.org', 'kelloway-rh.org', 'staldric.org', 'mailbox.net', 'quarrynet.com',
                 'ovmc.org', 'tristateheart.org', 'bedboard.luh.edu']

RELATIONS = ['wife', 'husband', 'daughter', 'son', 'sister', 'brother', 'niece', 'nephew', 'partner',
             'mother', 'father', 'granddaughter', 'grandson', 'friend', 'HCP', 'neighbor', 'stepson',
             'daughter-in-law', 'son-in-law', 'guardian']

CHURCHES = ['Saint Columba Church', 'First Congregational of Harwell', 'Grace Fellowship Chapel',
            'Temple Beth Shalom of Oxley', 'Holy Cross Parish', 'Ivesdale Friends Meeting']
REL_F = {'wife', 'daughter', 'sister', 'niece', 'mother', 'granddaughter', 'daughter-in-law'}
REL_M = {'husband', 'son', 'brother', 'nephew', 'father', 'grandson', 'stepson', 'son-in-law'}
