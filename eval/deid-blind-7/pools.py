"""Invented pools for deid-styles-dev-8 (written from scratch for this set)."""

SURNAMES = """Abernathy Achebe Adeyemi Agostini Ahlberg Alvarado Amundsen Anand Arcuri Ashdown Azevedo
Bakshi Baker Balogun Barros Bartos Bergquist Bhatt Birkeland Bishop Blackwood Bonnet Bramwell Brook
Caddick Calloway Carvalho Castellanos Chaudhry Chen Cheung Chiodo Church Coelho Corrigan Crane Cruz
Dagher Dalca Darrow Dasgupta Delacroix Demir Dimitrov Doherty Dovzhenko Dunmore Duval Eckhardt Egbert
Ekwueme Elsayed Engstrom Esposito Farouk Faulkner Fenwick Field Figueroa Fontaine Fox Frost Gallagher
Garibaldi Gatti Ghosh Gill Goldberg Gonsalves Greaves Grove Gutierrez Haddad Hale Halvorsen Hamid
Hartigan Hope Horvath Huang Hughes Ibanez Ikeda Iqbal Ivanova Jablonski Jaramillo Jovanovic Kalinowski
Kamara Kapoor Karlsson Kaur Keane Khoury Kimura Kowalczyk Krishnan Lachance Lake Laurent Lindqvist
Lockhart Lopes Lozano Lund Macaulay Mahmoud Malik Marsh Mbeki Medeiros Mendel Merritt Mirza Molnar
Moon Moreau Mwangi Nakamura Nash Navarro Ndiaye Nguyen Nilsen Novak Nunes Obi Okafor Oliveira Orlov
Osei Pagan Palmer Papadakis Park Patel Pereira Petrov Pike Pinto Quarles Quintero Rahman Ramos Reyes
Rhee Rivers Rose Rossi Rutkowski Sadowski Salazar Santoro Sato Schreiber Sharma Shepherd Silva Slade
Soto Stone Strand Suleiman Sutherland Szabo Tanaka Tavares Thackeray Tiwari Toivonen Trinh Underhill
Vance Varga Vasquez Vogel Wade Walsh Ward Weller Whitlock Winter Wojcik Woodward Xu Yamamoto Yilmaz
Young Zamora Zapata Zielinski Zubair Cotton Sparrow Knight Summers""".split()

FIRST_M = """Aarav Abdul Adebayo Alejandro Amir Anders Andrzej Arjun August Baxter Bernard Bilal Bo Brendan
Caleb Carlos Chidi Colm Dario Deepak Desmond Dmitri Duc Elias Emeka Enzo Errol Faisal Felix Frank
Gareth Gunnar Hamza Haruto Hector Hiro Ibrahim Ilya Isaac Jamal Jasper Javier Jin Joaquin Jonas Kofi
Kwame Lars Laszlo Leon Luca Mack Malik Marco Mateo Miles Nikhil Niall Oluwaseun Omar Orrin Pavel Piotr
Rafael Ravi Reed Rocco Rustam Sami Santiago Sebastian Stellan Tadeo Teodor Tomas Vikram Wade Will
Xavier Yusuf Zoltan Bishop Grant Hunter""".split()
FIRST_F = """Adaeze Agnieszka Aiko Alma Amara Anneliese Ayesha Beatriz Bianca Birgit Carmen Chiara Chloe
Dagny Delphine Dolores Ebony Elif Esperanza Fatima Faith Farida Freya Gabriela Grace Hana Harriet
Hope Ifeoma Ines Ingrid Isadora June Kalinda Keiko Lakshmi Leilani Lior Lucia Magdalena Mai Malia
Marisol Maud Meera Mercy Mirela Nadia Naledi Noor Olena Opal Paloma Pearl Priya Rana Rosalind Rose
Ruth Saoirse Sunita Svetlana Tamsin Thuy Valentina Wanjiru Xiomara Yara Yuki Zainab Zofia Ivy
Autumn Summer Dawn Joy Liberty Honor Marigold Clover""".split()
FIRST = FIRST_M + FIRST_F

TOWNS = """Ashby|Bellmont|Cedar Falls Crossing|Dunmore Heights|Eastwick|Fairhaven|Glen Tarrow|Harlow|
Hope|Ironbridge|Juniper Springs|Kettleby|Lakemont|Liberty|Millbrook|New Castleton|North Adair|Oakridge|
Orchard Park|Pellston|Port Avery|Quarry Hill|Ravensworth|Redfield|Saltmarsh|Shiloh|Silver Creek|
Stanwick|Temperance|Thornbury|Unity|Upper Vale|Valmora|Westerly|Whitby Landing|Winslow|Yarrow|Zion|
Bristow|Carrolton|Delmar|Elkview|Forestdale|Gilford|Hollis|Inverness|Jasper|Kingfield|Loreto|
Marlow|Nettleton|Osgood|Paradise|Prosper|Ruston|Sumner|Trenholm|Vernon Hills|Wakefield|Bayside|
Comfort|Friendship|Needmore|Endicott|Mount Holly|St. Brigid|Fort Calder|Lone Pine""".replace('\n', '').split('|')

TOWN_MISSPELL = {'Ravensworth': 'Ravenswoth', 'Temperance': 'Temperence', 'Millbrook': 'Milbrook',
                 'Thornbury': 'Thornbery', 'Juniper Springs': 'Juniper Spgs', 'Fairhaven': 'Fair Haven',
                 'Kettleby': 'Ketleby', 'Inverness': 'Invernes'}

FOREIGN_CITIES = """Oaxaca|Chiang Mai|Lagos|Kisumu|Cusco|Hanoi|Bangalore|Accra|Manaus|Cebu|Arusha|
Dhaka|Tegucigalpa|Marrakech|Phnom Penh|Port-au-Prince|Karachi|Yogyakarta|Guayaquil|Luanda""".replace('\n', '').split('|')
COUNTRIES = ['Mexico', 'Thailand', 'Nigeria', 'Kenya', 'Peru', 'Vietnam', 'India', 'Ghana', 'Brazil',
             'the Philippines', 'Tanzania', 'Bangladesh', 'Honduras', 'Morocco', 'Cambodia', 'Haiti',
             'Pakistan', 'Indonesia', 'Ecuador', 'Angola']

STATES = ['OH', 'Ohio', 'PA', 'MI', 'Michigan', 'IN', 'WV', 'KY', 'Kentucky', 'NY', 'VT', 'ME', 'Maine', 'NC', 'TN']
STREETS = ['Larkspur Ln', 'Old Mill Rd', 'Kessler Ave', 'Birchwood Dr', 'Tanager Ct', 'Station St',
           'Quincy Blvd', 'Harbor View Rd', 'County Rd 14', 'Ashgrove Way', 'Fennel St', 'Route 9',
           'Pinecrest Terrace', 'W. Morrow St', 'Gable Hollow Rd', 'N Prospect Ave', 'Cobb Lane']

# (name, acronym or None) by kind
HOSPITALS = [('St. Aldric Medical Center', 'SAMC'), ('Valmora General Hospital', 'VGH'),
             ('Thornbury Regional Medical Center', 'TRMC'), ('Mercy Crossing Hospital', 'MCH'),
             ('Lakemont University Hospital', 'LUH'), ('Harlow Memorial', 'HMH'),
             ('Eastwick Community Hospital', 'ECH'), ('Our Lady of the Pines Hospital', 'OLP'),
             ('Ironbridge Veterans Affairs Medical Center', 'Ironbridge VA'),
             ('Redfield Baptist Hospital', 'RBH'), ('Calder Valley Health', 'CVH'),
             ('Port Avery Surgical Hospital', 'PASH'), ('Northshore Kettleby Hospital', 'NKH'),
             ('Silver Creek Medical Center', 'SCMC'), ('Brightwater Children\'s Hospital', 'BCH')]
SURG_CENTERS = [('Orchard Park Surgery Center', 'OPSC'), ('Westerly Ambulatory Surgery Center', 'WASC'),
                ('Pellston Endoscopy Center', 'PEC'), ('Gilford Digestive Health', 'GDH'),
                ('Quarry Hill GI Associates', 'QHGI'), ('Yarrow Liver & Transplant Institute', 'YLTI'),
                ('Hollis Hepatology Group', None), ('Stanwick Digestive Disease Clinic', 'SDDC')]
CLINICS = [('Bellmont Family Practice', None), ('Redfield Internal Medicine', 'RIM'),
           ('Harlow Community Health Center', 'HCHC'), ('Juniper Springs Primary Care', None),
           ('Zion Free Clinic', None), ('Nettleton Podiatry Associates', None),
           ('Osgood Foot & Ankle', None), ('Marlow Vascular Surgery', None),
           ('Unity Travel Medicine Clinic', None), ('Delmar Infectious Disease Associates', 'DIDA')]
AGENCIES = [('Brightpath Home Health', None), ('Kettleby Visiting Nurse Association', 'KVNA'),
            ('Sunrise Home Care Services', None), ('CareBridge Home Health', None),
            ('Heartland Hospice and Home Health', None), ('Valley Visiting Nurses', 'VVN')]
SNFS = [('Cedar Glen Rehabilitation & Nursing', None), ('Whitby Landing Care Center', None),
        ('Maple Terrace Skilled Nursing', None), ('The Willows at Stanwick', None),
        ('Pinehurst Manor', None), ('Forestdale Healthcare Center', 'FHC')]
WOUND_VENDORS = [('Coloplast', None), ('Hollister', None), ('ConvaTec', None), ('Medline', None),
           ('Byram Healthcare', None), ('Edgepark Medical Supplies', None), ('Shield HealthCare', None),
           ('Northfield Ostomy Supply', None)]
VENDORS = [('Stryker', None), ('Zimmer Biomet', None), ('DePuy Synthes', None), ('Medtronic', None),
           ('Arthrex', None), ('Smith & Nephew', None), ('Boston Scientific', None)]
INFUSION = [('Ridgeline Infusion Services', None), ('OptiCare Home Infusion', None),
            ('Keystone Specialty Infusion', None), ('Apex Infusion Partners', 'AIP')]
PHARMACIES = [('Redfield Drug', None), ('CVS on Station St', None), ('Walgreens Bellmont', None),
              ('Hollis Apothecary', None), ('Medicine Shoppe of Liberty', None), ('Kroger pharmacy', None),
              ('Lakemont University Hospital outpatient pharmacy', None)]
LABS = [('Quest', None), ('LabCorp', None), ('Tri-County Pathology', 'TCP'),
        ('Lakemont Pathology Associates', 'LPA'), ('Keystone Reference Laboratory', None),
        ('Mayo Medical Laboratories', None), ('ARUP', None)]
HEALTH_DEPTS = [('Valmora County Health Department', None), ('Harlow City Health Dept', None),
                ('Redfield County Board of Health', None), ('State Dept of Health TB program', None),
                ('Kettleby Public Health', None)]
EMPLOYERS = [('Pellston Poultry Processing', None), ('Tri-State Freight', None),
             ('Ashby Elementary School', None), ('Lakemont State University', 'LSU'),
             ('Harlow Public Schools', None), ('Ironbridge Steel Works', None),
             ('Quarry Hill Correctional Facility', None), ('Fenwick Veterinary Hospital', None),
             ('Delmar Dairy Co-op', None), ('Silver Creek Daycare Center', None),
             ('Thornbury Middle School', None), ('St. Brigid Catholic School', None),
             ('Kingfield Landscaping', None), ('Orchard Park Walmart', None), ('Wakefield Distribution Center', None)]
SCHOOLS = [('Ashby Elementary School', None), ('Thornbury Middle School', None),
           ('St. Brigid Catholic School', None), ('Harlow High School', 'HHS'), ('Lakemont State University', 'LSU'),
           ('Little Sprouts Daycare', None), ('Redfield Montessori', None), ('Eastwick Community College', 'ECC')]
CHURCHES = [('Grace Fellowship Church', None), ('St. Casimir Parish', None),
            ('First Baptist of Shiloh', None), ('Zion AME Church', None)]
INSURERS = [('Buckeye Health Plan', None), ('Anthem', None), ('Medicaid', None),
            ('Aetna Better Health', None), ('CareSource', None), ('Humana Gold', None),
            ('BCBS', None), ('Keystone Mutual', None)]

ALL_INST = (HOSPITALS + SURG_CENTERS + CLINICS + AGENCIES + SNFS + WOUND_VENDORS + VENDORS + INFUSION + PHARMACIES +
            LABS + HEALTH_DEPTS + EMPLOYERS + SCHOOLS + CHURCHES + INSURERS)
