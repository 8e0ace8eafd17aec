"""Invented pools for deid-styles-dev-21 (written from scratch; no real persons or places)."""
SURNAMES = """Abernathy Achterberg Adeyemi Albrecht Alvarado-Reyes Amundsen Anselm Arbuckle Ashworth Babatunde
Balogun Barrowclough Baptiste Beaumont Bell Bird Blackwood Bleecker Bonaventura Bramwell Brown Bucknell Castellano
Chaudhry Chen-Whitlow Cho Church Ciobanu Cottingham Crane D'Amato D'Arcy Dasgupta de_la_Cruz de_Groot Delacroix
Dove Drummond du_Plessis Dunmore Eckhardt Eliassen Falkenrath Farrow Finch Fitzwilliam Fortune Fox Frost Gallagher
Garland Gatewood Goodnight Graybeal Haddad Halvorsen Hardcastle Heron Hollis Honeycutt Hunter Ibarra Iwu Jankowski
Jessop Kaczmarek Kapoor Keel Kettleborough Kim-Lacroix Kowalczyk Lachance Lark Lindqvist Lovejoy Lumsden MacAskill
Mahlangu Marchetti Mbeki-Hart McCorquodale Meadows Mendelssohn Mirza Moon Morrow Nakashima Nwachukwu Oakes O'Brannigan
O'Dowd O'Keefe-Vance Okonkwo Oyelaran Park Pemberton Petrakis Pickett Quarles Quintero Rahimi Ravenscroft Rich
Rivers Rosenquist Ruiz-Mallory Sandoval Satterwhite Schell Sharma Shorter Silversmith Snow Sokolova St._Clair
Stone Strong Sweet Swift Tamura Tenbrook ten_Hove Thistlewood Trask Underhill Uzoma Valdivia van_Asten Van_Buskirk
van_der_Meer Vasquez-Orr Vickery von_Stade Wainwright Walker Winter Wolf Woodhouse Wren Xiong Yablonski Young
Zabrowski Zeller""".replace('_', '~').split()
SURNAMES = [x.replace('~', ' ') for x in SURNAMES]
FIRST_F = """Abigail Ada Adaeze Amber April Aurora Beatrix Bettina Blessing Bonnie Candace Carys Charity Clementine
Constance Dawn Delphine Destiny Ebony Eleni Faith Fern Genevieve Ginger Grace Hazel Honor Hope Imogen Ines Ivy
Jasmine Joy June Kalinda Liberty Lorelei Mabel Magnolia Marisol Mercy Nkechi Noor Olive Opal Paloma Patience
Pearl Precious Priya Rosalind Ruby Saffron Sage Serenity Sunny Tamsin Temperance Trinity Unity Valentina Wren
Yesenia Zofia""".split()
FIRST_M = """Abel Ace Alistair Amos Anselm Archer Arlo August Barnaby Bear Buck Cash Chance Chip Clay Colt Dale Deacon
Dmitri Duke Eamon Ezekiel Felix Forrest Gideon Grant Gus Hank Hunter Ikenna Jericho Jasper Justice King Lazarus
Lev Mason Matthias Miles Ned Nobuo Obadiah Orrin Pike Ransom Reed Rocco Rusty Sterling Stone Tobias Tucker
Ulysses Victor Wade Wiley Xavier Yusuf Zeb""".split()
NICK = {'Abigail': 'Abby', 'Bettina': 'Betts', 'Candace': 'Candy', 'Constance': 'Connie', 'Temperance': 'Tempe',
        'Ezekiel': 'Zeke', 'Obadiah': 'Obie', 'Matthias': 'Matt', 'Barnaby': 'Barney', 'Lazarus': 'Laz',
        'Gideon': 'Gid', 'Tobias': 'Toby', 'Archer': 'Arch', 'Clementine': 'Clem', 'Rosalind': 'Roz',
        'Valentina': 'Val', 'Ulysses': 'Lys', 'Magnolia': 'Maggie', 'Genevieve': 'Gen'}
TOWNS = """Harmony|Welcome|Bountiful|Plainview|Comfort|Marrowbone|Gideon's Ford|Larkhaven|Port Ellery|Saltmarsh|
Fallow Creek|Hobbs Landing|Kettle Falls|Mercy Flats|Quarry Hill|Riverbend|Sweetwater|Thimble|Truce|Vantage|Wexley|
Yarrow|Zion Hollow|Amity|Fidelity|Ashgrove|Bramblewood|Cinder Gap|Dunmore Heights|Elm Cross|Fernvale|Glimmer|
Hatfield Mills|Ironside|Juniper Junction|Oakhurst|Pelham Shoals|Prospect|Quillan|Rosewater|Solace|Tanner's Bluff|
Upton Cray|Victory|Willowmere|Temperance|Lookout|Endeavor|Plenty|Liberty Bell""".replace('\n', '').split('|')
STREETS = """Wicker Mill Rd|Old Ferry Lane|Calloway St|Bittersweet Ct|Heron Point Dr|Tallow Ave|Sable Ridge Rd|
Quince St|Lantern Way|Orchard Hollow Rd|Gristmill Pike|Dogwood Terrace|N Main St|County Rd 14|Saddleback Loop|
Juniper Ln|Ropewalk Alley|Cobbler St|Foxglove Dr|Meetinghouse Rd|Kestrel Ct|Pottery Row|Spindle Lane|
Marlowe Ave|Cedar Bluff Rd|Tinker Hollow|Bayberry Cir|E Harbour St""".replace('\n', '').split('|')
HOSPITALS = [('Pell River Regional Medical Center', 'PRRMC'), ('St. Anselm of the Hills Hospital', 'SAH'),
             ('Marrowbone Community Hospital', 'MCH'), ('Larkhaven General', 'LHG'),
             ('Kettle Falls Memorial', 'KFM'), ('Sweetwater Valley Health', 'SVH'),
             ('Our Lady of the Narrows', 'OLN'), ('Tanner County Medical Center', 'TCMC'),
             ('Hobbs Landing Critical Access Hospital', 'HLCAH'), ('Fernvale Baptist Hospital', 'FBH'),
             ('University of Wexley Medical Center', 'UWMC'), ('Quillan Heart Institute', 'QHI'),
             ('Ironside Veterans Hospital', 'IVH'), ('Bramblewood Childrens', 'BCH'),
             ('Rosewater Methodist', 'RMH'), ('Cinder Gap Regional', 'CGR')]
UNIVERSITIES = ['U of Wexley', 'U of Quillan', 'Pelham State University Hospital', 'U of Rosewater']
CLINICS = ['Harmony Family Practice', 'Oakhurst Internal Medicine', 'Bountiful Kidney Associates',
           'Juniper Junction Pulmonary & Sleep', 'Saltmarsh Surgical Group', 'Fernvale Urology PC',
           'Victory Neurology Clinic', 'Plainview Vascular Associates', 'Glimmer Community Health Center',
           'Yarrow Street Clinic', 'Riverbend Ortho & Spine', 'Amity Primary Care']
TRANSPORT = ['Blue Heron Air Medical', 'LifeArc Critical Transport', 'Tallow County EMS', 'Skyward Flight 3',
             'Lantern Ambulance Co.', 'Riverbend Fire Rescue', 'MedWing Rotor', 'Swiftline Ambulance']
AGENCIES = ['Hearthstone Home Health', 'Good Shepherd Visiting Nurses', 'Bayberry Home Care',
            'Comfort Keepers of Larkhaven', 'Lighthouse Home Health Agency', 'Tri-County VNA',
            'Kindred Hearth Nursing Services', 'Sable Ridge Home Health']
SUPPLIERS = ['Tidewater Medical Supply', 'Pellston Ostomy Direct', 'Ready-Med DME', 'Wexley Wound Supply Co.',
             'HomeSource Medical', 'Cardinal Quill Surgical Supply', 'Summit DME of Plainview']
DIALYSIS = ['Sweetwater Dialysis Center', 'Bountiful Kidney Care - Harmony', 'Quarry Hill Renal Unit',
            'Fernvale Home Dialysis Program', 'Riverbend Dialysis East']
SLEEP = ['Juniper Sleep Disorders Center', 'Larkhaven Sleep Lab', 'Oakhurst Neurodiagnostics',
         'Pell River EEG Lab', 'Willowmere Sleep & Wake Institute']
CHURCHES = ['Bethel AME Church', 'St. Brigid Parish', 'Harvest Fellowship', 'Temple Beth Shalom of Solace',
            'Mount Zion Baptist']
EMPLOYERS = ['Tallow Creek Poultry', 'Hatfield Mills Paper', 'Ironside Rail Yard', 'Quillan School District',
             'Saltmarsh Cannery', 'Prospect Grain Co-op']
