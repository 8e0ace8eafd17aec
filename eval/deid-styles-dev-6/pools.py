"""Invented pools for deid-styles-dev-6 (written from scratch; every name, place and number is made up)."""

SURNAMES = """Abernethy Achterberg Adeyemi Agosti Ahlgren Akintola Albrecht Alcaraz Almeida Amundsen
Anand Antonelli Appiah Arceneaux Asante Aubrey Bae Baker Balogun Banerjee Barrow Baskin Bautista
Beaulieu Bell Bernal Bhatt Birch Bishop Blackwood Bonilla Booker Bosch Brandt Brook Bui Burrell
Caldera Camara Carver Castellano Chavira Chen Chisholm Church Cisneros Coker Collazo Craddock Cruz
Dabrowski Dahl Dang Darby Delacroix Desai Diallo Dobrev Doherty Dunmore Eckert Edo Ekwueme Elling
Espinal Falk Farouk Fenwick Ferrante Field Finch Flores Fontaine Frost Fujii Gallo Garrow Gentry
Ghosh Goodwin Grace Greer Guerra Gunn Haddad Halvorsen Hargrove Hart Hashemi Hill Holloway Hope
Huang Ibarra Ilunga Ingram Iwasaki Jablonski Jiang Joffe Kamara Kaur Keane Kessler Khoury Kim
Kowalczyk Kruger Lachance Lam Landry Larkin Lindqvist Lopes Love Lowe Lucero Madsen Magnusson
Mahlangu Marsh Mbeki McAllister Meadows Mendes Moss Nakamura Nair Navarro Ng Nkemelu Novak Nunez
Oduya Okafor Olsen Ortega Page Palmer Pardo Patel Penrose Petrov Pham Quintero Rahman Ramsey Reyes
Rhee Rose Rowe Saavedra Sandoval Savage Sato Schuler Sepulveda Shah Sherwood Siddiqui Silva Sokolov
Stone Strand Suarez Sutter Takahashi Tanaka Teague Thibodeaux Tran Trujillo Underhill Upton
Valdez Vance Varga Vickers Vo Wade Ward Webb Whitlock Winter Wolfe Wood Yamamoto Yazzie Yilmaz Young
Zamora Zelenko Zimmer""".split()

FIRST = """Aaliyah Abdul Ada Adaeze Adrian Agnieszka Aiko Alma Amadou Amara Ana Andrei Anika Arturo
Astrid Aurelio Bao Beatriz Bernadette Birgit Bram Bridget Camille Carmen Cedric Chidi Chloe
Colm Connie Dalia Dante Darnell Dawn Delphine Dmitri Dolores Eamon Efua Elif Emeka Esperanza
Eun-ji Ezra Faith Farah Felix Fern Fiona Frank Gaurav Genevieve Gideon Grace Gunnar Hana Harmony
Hassan Hope Ignacio Ingrid Irene Isaac Jamal Jasper June Kalani Kamal Kateryna Keiko Kwame Lamar
Laszlo Leilani Lior Lucia Lupe Magnus Mai Malik Marisol Mateo Maud Mercy Mick Milagros Minh Nadia
Nkechi Noor Oksana Olu Oren Otis Pablo Pearl Pilar Priya Quentin Rafael Ravi Rhoda Rocio Rose
Ruth Saoirse Sandeep Santiago Shirin Sigrid Sione Sunny Svetlana Tatiana Teodoro Thandiwe Tobias
Tomasz Ulla Valentina Vikram Violet Wendell Will Winona Xiomara Yasmin Yusuf Zainab Zeke""".split()

# towns: several are also words; some are two words
TOWNS = """Alder Springs|Ashby|Bellmont|Birchfield|Bristow|Brookhaven|Calloway|Canaan|Cedar Bluff|Chester Falls|Clearwater Junction|Comfort|Concord Mills|Dalton|Deer Park|Derry|East Halden|Elmira Creek|Fairhaven|Fallston|Felton|Glenwood|Goshen|Granite Ridge|Harmony|Hartsel|Haverly|Hope|Iron Gate|Jasper|Kearney Flats|Kingsbury|Lakeview|Liberty|Lowell Bend|Maple Hollow|Marlow|Milford Station|Needham Cross|New Bremen|North Arden|Oakdale|Orrin|Paradise|Pembrook|Pine Bluff|Plainview|Port Ellery|Quarry Hill|Redfield|Riverton|Rockport|Salem Corners|Shelby|South Wexford|Spring Valley|Stanton|Sterling|Sunrise|Temple|Union|Unity|Vernon|Walnut Grove|West Caldwell|Whitby|Winslow|Yardley""".split('|')

STATES = ['NH', 'VT', 'Maine', 'MA', 'Ohio', 'PA', 'New York', 'CT', 'Indiana', 'MI', 'Oregon', 'WI']
STREETS = """Orchard Ln|Mill Rd|Station St|Birch Ave|Quarry Rd|Harbor View Dr|Church St|Old County Rd|Pleasant St|Kettle Pond Rd|Ridge Way|Tannery St|Foundry Ave|Larkspur Ct|Cranberry Hwy|Pine Hollow Rd|Depot Sq|Elm Terrace|Sawmill Rd|Meadowbrook Dr""".split('|')

# (name, acronym) pairs; acronym None where staff would not use one
HOSPITALS = [
    ('St. Aldric Medical Center', 'SAMC'), ('Halden Valley Hospital', 'HVH'), ('Marlow General Hospital', 'MGH'),
    ('Pembrook Regional Medical Center', 'PRMC'), ('Our Lady of the Pines Hospital', 'OLP'),
    ('Kingsbury Memorial Hospital', 'KMH'), ('Riverton University Hospital', 'RUH'),
    ('Cedar Bluff Community Hospital', 'CBCH'), ('North Arden Medical Center', 'NAMC'),
    ('Fairhaven Veterans Affairs Medical Center', 'Fairhaven VA'), ('Sterling Baptist Hospital', 'SBH'),
    ('Granite Ridge Hospital', 'GRH'), ('Walnut Grove Health', 'WGH'), ('Port Ellery General', 'PEG'),
    ('Shelby County Hospital', 'SCH'), ('Mercy Hartsel Hospital', 'MHH'), ('Unity Presbyterian Hospital', 'UPH'),
    ('Yardley Childrens Hospital', 'YCH'), ('Whitby Lakes Medical Center', 'WLMC'), ('Calloway Heart Institute', 'CHI'),
]
CLINICS = ['Birchfield Family Practice', 'Goshen Internal Medicine', 'Lakeview Community Health Center',
           'Riverton Pulmonary Associates', 'Dalton Nephrology Group', 'Harmony Primary Care',
           'Spring Valley Urgent Care', 'Temple Street Clinic', 'North Arden Vascular Surgery',
           'Bellmont Occupational Medicine']
SNFS = ['Maple Hollow Rehab & Nursing', 'Sunrise Manor', 'Oakdale Care Center', 'The Willows at Stanton',
        'Redfield Healthcare Center', 'Quarry Hill Gardens']
EMPLOYERS = ['Kessler Precision Castings', 'Northway Freight', 'Bellmont Public Schools', 'Halden Valley Hospital',
             'Granite State Poultry', 'Marlow Paper Mill', 'Riverton Water Authority', 'Ashby Ready-Mix',
             'Pine Bluff Distribution Center', 'Sterling Auto Parts', 'Concord Mills Foods', 'Lowell Bend Plastics',
             'Clearwater Logistics', 'Town of Derry DPW', 'Felton Timber Co.', 'Orrin Sheet Metal']
INSURERS = ['Granite Mutual Health', 'Bluepeak Health Plan', 'Northstar Medicaid', 'Meridian Senior Advantage',
            'Keystone Health Alliance', 'Tri-County Care Plan']
WC_CARRIERS = ['Ironbridge Casualty', 'Liberty Crest Workers Comp', 'Harbor Mutual Insurance',
               'Summit Employers Insurance', 'Pinewood Risk Services', 'Continental Fidelity WC']
PHARMACIES = ['Depot Square Pharmacy', 'Corner Drug of Goshen', 'Halden Apothecary', 'Riverton Outpatient Pharmacy',
              'ValuCare Pharmacy #0418', 'Unity Rx']
DMES = ['Apex Home Medical', 'BreatheWell DME', 'Northern Respiratory Supply', 'Pinnacle Home Care Equipment',
        'Granite Medical Supply', 'Lakeside Oxygen & Sleep']
TRANSPORTS = ['Blue Line Medical Transport', 'CareVan', 'Riverton Wheelchair Van Service', 'Amity Rides',
              'Sterling Ambulance', 'Tri-Town Paratransit']
TX_CENTERS = ['Riverton University Transplant Center', 'St. Aldric Kidney Transplant Program',
              'Whitby Lakes Transplant Institute', 'Calloway Abdominal Transplant Clinic']
DIALYSIS_UNITS = ['Fresh Springs Dialysis - Goshen', 'Halden Kidney Care', 'Pembrook Dialysis Center',
                  'Lakeview Home & In-Center Dialysis', 'Riverview Renal - Dalton', 'Unity Dialysis of Shelby']
SLEEP_LABS = ['Pembrook Sleep Disorders Center', 'Halden Valley Sleep Lab', 'Kingsbury Sleep & Wake Clinic',
              'Riverton Center for Sleep Medicine', 'Restwell Sleep Diagnostics']
DRUG_LABS = ['Clarion Toxicology Labs', 'MedScreen Northeast', 'Pathway Forensic Testing']
SCHOOLS = ['Ashby Regional High School', 'Glenwood Community College', 'Temple Vocational Institute']
CHURCHES = ['St. Brendan Parish', 'First Baptist Church of Comfort', 'Grace Lutheran of Vernon']
AGENCIES = ['Granite Home Health', 'Visiting Nurses of Sterling', 'Meals on Wheels Tri-County',
            'Shelby County Council on Aging']
EMP_CLINICS = ['Bellmont Occupational Medicine', 'Halden Valley Employee Health', 'WorkWell of Riverton',
               'Pine Bluff Industrial Clinic']

RELATIONS = ['wife', 'husband', 'daughter', 'son', 'sister', 'brother', 'niece', 'mother', 'partner', 'grandson',
             'neighbor', 'friend', 'HCP', 'dtr']
