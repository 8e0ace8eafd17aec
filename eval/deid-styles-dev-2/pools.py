"""Invented pools for deid-styles-dev-2 (written from scratch for this set)."""

SURNAMES = """Ashcroft Pembury Thornwell Calloway Baker Page Young Love Church Ward Bishop Hill Marsh Fielding
Cartwright Stokes Lowery Pritchard Kimball Whitlock Goodwin Redfern Ainsworth Sutcliffe Hale Rowntree Penhallow
O'Callaghan McGarrity Dunleavy Kinsella Fitzmaurice O'Dowd Mulcahy Brennan Costigan Geraghty MacNamee Hartigan
Villanueva Quintanilla Restrepo Echeverria Barrientos Ochoa Zamudio Arellano Santillan Benavides Ibarra-Lopez Cisneros
Figueiredo Rebelo Carvalhal Medeiros Pacheco Furtado Bettencourt Amaral Bellandi Casagrande Iacobelli Rinaldi
DiStefano Marchetti Pagliaro Sciarra Tedeschi Wozniak Kaczmarek Przybylski Szymanska Grabowski Zielinski Kowalczyk
Jablonski Wrobel Adeyemi Okonkwo Nwachukwu Olaniyan Eze Babatunde Ogunleye Chukwuemeka Adebayo-Smith Mensah Asante
Boateng Owusu-Ansah Agyeman Ofori Appiah Nkansah Nguyen Tran Pham Huynh Vo Dang Truong Bui Zhao Liang Xu Guo Tsang
Lam Chiu Feng Ou-Yang Kang Yoon Jeong Han Baek Shin Seo Raghunathan Venkataraman Chaudhary Iyer Bhattacharya
Kulkarni Deshpande Sethi Malhotra Pillai Haddad Al-Masri Khoury Nasrallah El-Amin Saleh Abu-Zahra Darwish
Al-Rashidi Warsame Abdullahi Farah Jama Hirsi Egal Dualeh Pierre-Louis Jean-Baptiste Desrosiers Toussaint Celestin
Dorvil Lafontant Dimaculangan Macaraeg Bautista Villareal Tolentino Manalo Pangilinan Volkov Sokolova Morozov
Lebedev Kuznetsova Belyakov Orlova MacAllister Stroud Quimby Fairweather Gold Snow Winter Moody Small Sharp Fox
Rice Day Moon Bell King Long Strong Kettering Brightwater Pellegrino Halvorsen Lindqvist Okafor Mwangi""".split()
SURNAMES += ["de la Cruz", "da Silva", "Lo Bianco", "St. Fleur", "dela Rosa", "van der Berg", "Van Wyck",
             "von Hassel", "De Vries", "ten Broeke", "bin Faisal", "Le"]

FIRST = """Hope Grace Rose Will Frank Faith Joy June Art Bill Pat Sunny Hunter Summer Dawn Ivy Pearl Rusty Chip Bud
Sandy Misty Holly Mercy Patience Autumn Ruby Jade Crystal Drew Siobhan Declan Niamh Padraig Aoife Cormac Eamon Brigid
Guadalupe Xiomara Rigoberto Yesenia Lupita Ezequiel Marisol Jacinto Consuelo Joao Conceicao Rui Filipa Goncalo Ines
Graziella Salvatore Carmela Vito Annunziata Domenico Wojciech Agnieszka Grzegorz Malgorzata Krzysztof Jadwiga
Chiamaka Oluwaseun Ngozi Emeka Adaeze Tunde Folasade Ikechukwu Kwame Akosua Yaw Efua Kofi Abena Kwabena Adjoa
Thuy Minh Quang Hoa Duc Lan Tuan Phuong Wei Xiaoling Jun Meihua Zhiwei Yan Ji-hoon Seo-yeon Min-jun Eun-ji Hyun-woo
Priyanka Arjun Lakshmi Venkat Ananya Sunil Deepa Rohit Yousef Layla Khalid Nour Samir Rania Tariq Huda Abdirahman
Hodan Faadumo Mohamud Ayaan Liban Wislande Jean-Claude Marie-Carmel Fritznel Guerline Jocelyn Marivic Rodelio Jhun
Lorna Bong Maricel Svetlana Dmitri Oksana Yevgeny Galina Anatoly Bethany Clifford Delbert Tammy Wendell Loretta
Garrett Shelby Travis Kendra Marlene Dwayne Colleen Harold Brandi Earl Norma Vernon Bubba Sully Tiny Junior Nonie
Kiki Bo Manny Gigi Peppi Lonnie Dot""".split()

TOWNS = """Liberty Union Concord Friendship Hope Comfort Marble Plain Center Bath Hazard Reading Orange Canton Paradise
Normal Rugby Temple Eden Garland Tannersville Lindell Kettleburg Halvern Brackenridge Crestline Holloway Saltmarsh
Greer Vantage Elkhorn Wexley Coldwater Marlow Trent Fernleigh Belcourt Oxbow Calder Shiloh Harmony Kearsley Redbank
Ridgeway Osterly Pinecrest Bellmont Quarry""".split()
TOWNS += ["Pellham Ridge", "Quarry Bend", "West Marrow", "Sayre Mills", "Dunmore Junction", "Ravenna Heights",
          "Port Ellery", "Mount Corliss", "East Wendover", "Pine Lick", "Beacon Falls", "Castine Point", "Lake Orrin",
          "New Bremen", "Sheffield Corners", "Two Rivers", "Oak Hollow", "Glen Tarrow", "Mayfield Station",
          "Providence Mills", "North Eastwick", "South Halvern", "Cobble Ford"]

STATES = ["MA", "NH", "CT", "RI", "NY", "PA", "OH", "ME", "VT", "NJ", "Mass", "Conn.", "Ohio", "Pennsylvania",
          "New Hampshire", "Vermont", "Maine", "N.Y."]

STREET_NAMES = """Birch Quarry Kettle Hawthorne Linden Tanner Foundry Orchard Ledge Ferry Wheeler Cranberry Main Church
Union Pleasant Spring Canal Railroad Willow Chestnut Bridge Academy Depot Summit Prospect Mechanic Water Cedar
Laurel Juniper Heron Sparrow Fisher Cooper Garrison Ridgecrest Harvest Meeting House""".split()
STREET_NAMES += ["Mill Pond", "Old County", "Salt Hill", "Red Barn", "Post Office", "Great Plain", "Fox Run"]
STREET_SUFFIX = ["St", "Street", "Rd", "Road", "Ave", "Avenue", "Ln", "Lane", "Dr", "Ct", "Way", "Pike", "Blvd", "Ter"]

HOSPITALS = [
    ("St. Brendan's Medical Center", "SBMC"), ("Mercy Valley Hospital", "MVH"), ("Halvern General Hospital", "HGH"),
    ("Kettleburg Memorial Hospital", "KMH"), ("Port Ellery Regional Medical Center", "PERMC"),
    ("Brackenridge University Hospital", "BUH"), ("Sacred Heart of Oxbow", "SHO"),
    ("Tannersville Community Hospital", "TCH"), ("Greer-Whitcomb Medical Center", "GWMC"),
    ("Northshore Baptist Hospital", "NBH"), ("Lakeview Methodist Hospital", "LMH"), ("Calder County Hospital", "CCH"),
    ("Mount Corliss Medical Center", "MCMC"), ("St. Adalbert Hospital", "SAH"), ("Holloway Children's Hospital", "HCH"),
    ("Ravenna Heights Hospital", "RHH"), ("Crestline Regional Hospital", "CRH"), ("Pinecrest VA Medical Center", "PVAMC"),
    ("Fernleigh Rehabilitation Hospital", "FRH"), ("Wexley Heart Institute", "WHI"),
    ("Shiloh Valley Medical Center", "SVMC"), ("Saint Rafael Hospital", "SRH"), ("Harmony Health Kearsley", "HHK"),
    ("Elkhorn Critical Access Hospital", "ECAH"), ("Two Rivers Medical Center", "TRMC"),
    ("Osterly Presbyterian Hospital", "OPH"), ("Beacon Falls Memorial", "BFM"), ("Our Lady of Coldwater Hospital", "OLCH"),
]
DIALYSIS_UNITS = [
    ("Riverbend Kidney Center", "RKC"), ("ClearFlow Dialysis Quarry Bend", "CFD"), ("NephroCare Partners Halvern", "NCP"),
    ("Bluewater Dialysis", "BWD"), ("KidneyFirst of Oxbow", "KFO"), ("Renal Associates of Calder County", "RACC"),
    ("Keystone Renal Care", "KRC"), ("Tri-County Kidney Institute", "TCKI"), ("AquaRenal Marlow", "ARM"),
    ("Ellery Dialysis Center", "EDC"), ("Saltmarsh Home Dialysis Program", "SHDP"), ("Pinecrest Artificial Kidney Unit", "PAKU"),
]
NEPHRO_GROUPS = ["Halvern Nephrology Associates", "Kidney & Hypertension Specialists of Greer", "Coldwater Renal Group",
                 "Brackenridge Vascular Surgery", "Oxbow Access Center", "Tri-County Vascular Associates"]
NURSING_HOMES = ["Maple Glen Nursing & Rehab", "The Willows at Coldwater", "Birchwood Manor", "St. Agatha's Home",
                 "Harbor View Skilled Nursing", "Evergreen Terrace", "Lindell Senior Living", "Crestview Assisted Living"]
EMPLOYERS = ["Kessler Freight Lines", "Tri-State Poultry Processing", "Halvern Tool & Die", "Northeast Roofing Co.",
             "Belcourt Lumber", "Pinnacle Logistics", "QuikMart Distribution", "Calder County DPW", "Sayre Mills Paper",
             "Oxbow Ready-Mix", "Brightway Home Health", "Dunmore Public Schools", "Marlow Auto Body", "Greer Plastics",
             "Redbank Landscaping", "Sunnyside Bakery", "Ironclad Steel Erectors", "Fairweather Cleaning Services",
             "Wexley Hotel & Conference Center", "Coastal Fisheries Co-op", "Vantage Cold Storage", "Orrin Lake Marina",
             "Hilltop Grocers", "Castine Shipyard", "Elkhorn Gravel & Sand"]
JOBSITES = ["the Route 9 warehouse", "the Canal St loading dock", "the Belcourt yard", "plant 2 on Foundry Rd",
            "the Mill Pond Rd job", "the Sayre Mills plant", "the Kettleburg distribution center"]
INSURERS = ["Granite Mutual Insurance", "Keystone Workers Comp Trust", "Pioneer Casualty", "Harbor Risk Management",
            "Bellwether Casualty", "Tri-State Employers Mutual", "Atlas Claims Services", "Northern Shield Insurance",
            "Cornerstone Comp Solutions", "Lighthouse Mutual"]
OCC_CLINICS = ["WorkWell Occupational Health", "Concentra-Plus Halvern", "Greer Occ Med", "Calder Industrial Medicine",
               "First Shift Occupational Clinic", "Oxbow Urgent & Occ Care"]
TRANSPORT = ["Coach Medical Transport", "Safe Ride Wheelchair Van", "Tri-County Ambulance", "Lifeline Air",
             "Medvan Express", "Kettleburg Fire Rescue", "Calder County EMS", "Ravenna Ambulance Corps",
             "Northstar Critical Care Transport", "Bayside Ambulette", "Elkhorn Volunteer Ambulance", "SkyCare Air Medical"]
SCHOOLS = ["Dunmore High School", "Halvern Middle School", "St. Casimir School", "Oxbow Community College"]
EMAIL_DOMAINS = ["granitemutual.com", "atlasclaims.net", "kesslerfreight.com", "clearflowrenal.org", "sbmc.org",
                 "bellwethercas.com", "pinnaclelog.com", "gmail.com", "yahoo.com", "tcki.org"]

# Look-alikes that are not PHI
DRUGS = ["heparin 2000 u", "Epogen 4000 u", "Venofer 100 mg", "Hectorol 2 mcg", "Sensipar 30 mg", "Renvela 800 mg",
         "Mircera 75 mcg", "calcitriol 0.25 mcg", "ASA 324 mg", "NTG 0.4 mg SL", "Zofran 4 mg", "fentanyl 50 mcg",
         "ibuprofen 800 mg", "cyclobenzaprine 10 mg", "Tylenol 650 mg", "naproxen 500 mg", "Lidoderm patch",
         "Keppra 500 mg", "amiodarone 150 mg", "Narcan 2 mg IN", "D50 25 g", "albuterol 2.5 mg neb"]
EMS_UNITS = ["MEDIC 12", "MEDIC 4", "RESCUE 2", "ENGINE 7", "AMB 31", "MEDIC 22", "SQUAD 5", "LADDER 1", "MEDIC 9"]
