"""Invented pools for deid-styles-dev-4 (written from scratch for this set)."""

SURNAMES = """Whitcombe Ashby Pennington Thorne Garland Fairweather Cobb Rook Sparrow Winter Moody Hale Gentry
Crouch Street Brook Stone Frost Swift Small Bell Fox Lamb Parish Chapel King Knight Dean Mason Carver Potter
Fowler Hill Baker Page Young Love Church Ward Bishop Marsh Wood Field Temple Hope
O'Sullivan McGrath Doherty Kavanagh Flanagan Mulcahy Keogh Brennan MacNamara Dunleavy Fitzgerald MacLeod
Villanueva Echeverria Castaneda Quintero Ibarra Zamora Montoya-Ruiz Bustamante Arroyo Pena Saldivar Olivares
Figueiredo Carvalho Mendes Goncalves Tavares Medeiros Rebelo Amaral
Bellandi Cavallaro Ruggiero Esposito D'Amico Marchetti Lombardo Sorrentino
Wisniewski Kowalczyk Zielinski Grabowska Szymanski Wrobel Przybylski Jankowiak
Okonkwo Adeyemi Olawale Nwosu Eze Babatunde Chukwuemeka Ogunleye Adebayo-Smith
Mensah Asante Owusu Boateng Agyeman Ofori Appiah Darko
Nguyen Tran Pham Le Huynh Vo Dang Truong
Zhang Liu Wong Chen Huang Lin Xu Guo
Park Choi Jeong Han Yoon Kang Shin
Raghunathan Iyer Chaudhary Deshpande Banerjee Menon Venkatesan Kapoor Gill
Al-Haddad El-Masri Haddad Khoury Al-Rashid Nasser Abu-Samra Bakr
Warsame Farah Abdi Hirsi Mohamud Egal Jama
Pierre-Louis Jean-Baptiste Desrosiers Toussaint Celestin Dorval Augustin
Bautista Macaraeg Santiago Villareal Manalo Dimaculangan Agbayani
Volkov Sokolova Orlov Petrenko Lebedev Kuznetsova Belyaev
Holloway Pruitt Gaskins Tillman Royce Bramwell Cutler Dunbar""".split()
SURNAMES += ['de la Cruz', 'Del Toro', 'da Silva', 'dos Santos', 'Di Stefano', 'Lo Presti', 'van der Berg',
             'Van Houten', 'Le Blanc', 'St. Clair', 'von Ahn', 'ter Haar', 'Dela Rosa', 'Mac Giolla', 'Abu Bakr']

FIRST_F = """Hope Grace Rose Joy Faith Dawn June April Summer Skye Penny Ruby Pearl Iris Olive Violet Autumn Patsy Dot
Margaret Eleanor Dorothy Siobhan Niamh Aoife Guadalupe Maricela Yesenia Xiomara Fernanda Conceicao Graca Carmela Rosaria
Agnieszka Malgorzata Ngozi Adaeze Folake Oluwaseun Akosua Abena Efua Huong Phuong Lan Xiaoling Mei Seo-yeon Ji-woo
Lakshmi Priyanka Deepa Harpreet Layla Nour Samira Hodan Faduma Ayaan Marie-Claude Fabienne Guerline Maricel Marilou
Svetlana Oksana Kiki Sasha Nan Bernadette Tamsin Keisha Brandi Destiny Marisol Luz Bridget Imelda Wren""".split()
FIRST_M = """Will Frank Hunter Mason Chase Cole Drew Reed Lane Brooks Sterling Major Bill Bob Harold Walter Gerald Padraig
Eamon Ciaran Jesus Alejandro Rigoberto Joao Rui Giuseppe Luca Krzysztof Wojciech Zbigniew Chinonso Emeka Tunde Kwame
Yaw Kofi Thanh Minh Quang Wei Jun Zhiwei Min-jun Hyun Arjun Sunil Yousef Khaled Omar Abdirahman Liban Wisly
Jean-Robert Rodel Bong Anatoly Dmitri Yuri Bubba Tito Manny Chuy Beto Dwayne Cletus Marcus Tariq Ignacio Royce Amos""".split()
FIRST = FIRST_F + FIRST_M

TOWNS = """Mill Creek|Bramble|Fairhaven|Harbor Point|Oakmere|Lowell Falls|Stillwater Bay|Kettle Rock|Pine Hollow|
Greenfield Center|Dover Plains|Salt Marsh|Bridgewell|Ashgrove|Wexford Ridge|Caldwell|Penrith|Marlow|Tidewater|
Orchard|Union|Liberty|Hope|Unity|Friendship|Plenty|Hatchet|Comfort|Temple|Harmony|Providence Mills|Plainview|
North Tisbury|East Calloway|West Ransom|South Dunmore|Port Aldous|Glen Varra|Cedar Bend|Juniper Flats|Marrowfield|
Haskell|Quarry Hill|Red Lantern|Sable Point|Thistleton|Brightwater|Lark Hollow|Osprey Cove|Winslow Corner|
Fenwick|Ballard Springs|Crestmoor|Dunmore|Halvorsen|Kilbride|Maple Shade|Newbury Gap|Old Forge|Pell City|
Rookwood|Sumner Ferry|Vireo|Yarrow|Copper Basin|Eastmarch|Gilly|Ironton Landing""".replace('\n', '').split('|')

STREETS = """Larkspur Ln|Quarry Rd|Old Mill St|Pickering Ave|Tanager Way|Elmhurst Dr|Cobb Hill Rd|Ferry St|Juniper Ct|
Bayberry Lane|Sexton Ave|Wharf St|Mulberry Terrace|Route 9|Colonel Pratt Rd|Ridge Pike|Canal St|Osgood Blvd|
Hawthorn Cir|Dunmore Ave|Birchwood Ln|Chestnut Hill Rd|Fountain St|Gristmill Way""".replace('\n', '').split('|')

STATES = ['MA', 'NH', 'ME', 'RI', 'CT', 'VT', 'NY', 'PA', 'Massachusetts', 'Rhode Island', 'New Hampshire', 'Maine']

# (name, acronym or None)
HOSPITALS = [("St. Brigid's Medical Center", 'SBMC'), ('Kestrel Valley Hospital', 'KVH'),
             ('Mercy Ridge Medical Center', 'MRMC'), ('Lowell Falls General', 'LFG'),
             ('Saint Anselm Regional Hospital', 'SARH'), ('Ashgrove Memorial Hospital', 'AMH'),
             ('Tidewater Community Hospital', 'TCH'), ('Northgate University Hospital', 'NUH'),
             ('Bramble County Medical Center', 'BCMC'), ("Pinecrest Women's Hospital", 'PWH'),
             ('Our Lady of Sorrows Hospital', 'OLSH'), ('Harbor Point Regional', 'HPR'),
             ('Wexford Ridge Medical Center', 'WRMC'), ('Glen Varra Hospital', 'GVH'),
             ('Osprey Cove Medical Center', 'OCMC'), ('Fenwick Baptist Hospital', 'FBH')]
CLINICS = ['Riverside Family Health', 'Eastgate Prenatal Clinic', 'Juniper Street Community Health Center',
           'Cedar Bend OB-GYN Associates', 'Harmony Midwifery Collective', 'Mill Creek Family Practice',
           'Sable Point Health Center', 'Caldwell Pediatrics', 'Thistleton Internal Medicine',
           'Quarry Hill Primary Care', 'Lark Hollow Women\'s Health', 'Port Aldous Pediatric Group']
OUTPT = ['Summit Outpatient PT', 'Kinetix Rehab of Fairhaven', 'Brightwater Hand Therapy', 'Motion Works PT',
         'Stillwater Spine & Sport', 'Dunmore Speech and Swallow Clinic', 'Crestmoor Outpatient Rehab',
         'Kestrel Valley Rehab Services']
NH = ['Maple Terrace Nursing & Rehab', 'Willowbrook Assisted Living', 'Brightwater SNF', 'Sumner Ferry Manor',
      'Cedar Glen Rehabilitation Center', 'The Arbors at Oakmere', 'St. Casimir Home', 'Hollis House']
SHELTERS = ['Haven House', "St. Vincent's Men's Shelter", 'Harbor Light Family Shelter', 'New Dawn Group Home',
            'Crossroads Recovery House', 'Bethany Women\'s Residence', 'Lantern House', 'Elm Street Group Home']
AGENCIES = ['Tri-County Area Agency on Aging', 'Bramble County DSS', 'Coastal Home Care Partners',
            'Visiting Nurse Assoc. of Fairhaven', 'Northshore Elder Services', 'Pathways Behavioral Health',
            'Lowell Falls Housing Authority', 'Harborside Home Health', 'Greater Penrith Council on Aging']
COURTS = ['Ransom County Probate Court', 'Kinship Legal Aid', 'Marlow District Court', 'Bramble County Family Court',
          'Northshore Legal Services']
INSURERS = ['BlueHarbor Health Plan', 'Keystone Mutual', 'Coastline Medicaid HMO', 'Pinnacle Senior Advantage',
            'Granite State Care Plan', 'Meridian Shield', 'Tri-Valley Health Partners']
VENDORS = ['Apex Medical Supply', 'Northstar DME', 'Rollright Mobility', 'CareQuip of Penrith', 'HomeMed Direct',
           'Liberty Respiratory']
EMPLOYERS = ['Dunmore Trucking', 'Halvorsen Dairy', 'Ridgeway Elementary', 'Costwise Foods', 'Pell & Sons Roofing',
             'Bramble Public Library', 'Fenwick Paper Mill', 'Osgood Ford', 'Harbor Point Marina',
             'Tanager Logistics', 'Kettle Rock Quarry', 'Vireo Software', 'Marlow Town Hall',
             "Gilly's Diner", 'Quintero Landscaping', 'Port Aldous Shipyard']
SCHOOLS = ['Caldwell High School', 'Marrowfield Community College', 'Saint Anselm Academy', 'Penrith Middle School']
TRANSPORT = ['CareLift Transport', 'MedRide', 'Blue Line Ambulance', 'Coastal Wheelchair Van']
PHARMACIES = ['Corner Drug of Hatchet', 'Ferry Street Pharmacy', 'Union Apothecary']
CHURCHES = ["St. Casimir's parish", 'Bethel AME Church', 'Grace Fellowship of Orchard', 'Masjid Al-Noor of Penrith']
EMAIL_DOMAINS = ['gmail.com', 'yahoo.com', 'outlook.com', 'tidewaterhealth.org', 'kvh.org', 'brambledss.gov']
