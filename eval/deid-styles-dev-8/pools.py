"""Pools of invented names, places and institutions for deid-styles-dev-8 (written from scratch,
session 25). Institution entries may carry an acronym after '|'."""

SURNAMES = """
Abernathy Achterberg Adeyemi Albrecht Alvarado-Reyes Amundsen Ashworth Bagley Balogun Barnhill
Bartosz Beaulieu Bell Benedetti Bergstrom Bialek Birchall Bishop Blackwood Bliss Boateng Bonaventure
Brannigan Brook Buckley Calloway Carmichael Castellanos Chaudhry Chen-Whitaker Cho Ciszewski Coelho
Colquhoun Crane Cruz Dabrowski Dalgaard Day Delacroix DeMarco Desrosiers Dimitriou Dorsey Dubois
Duquette Eckhardt Ellsworth Esposito Farrow Fennimore Ferreira Figueroa Fitzgibbon Flanagan Fox
Frost Gallardo Garrity Gold Grant Greenhalgh Gunderson Haddad Hale Halvorsen Hargreaves Hawthorne
Hernández Hollis Hope Hunter Ibarra Iwasaki Jablonski Jovanovic Kaczmarek Kahananui Kaminski
Kavanagh Keane Kessler Khoury King Kowalczyk Lachance Lamb Langford Larkin Lefebvre Lindqvist Little
Lombardi Lundgren MacAulay Machado Madsen Mahoney Mann Marchetti Marsh Mbeki McCorkle Mendoza-Price
Mercer Moody Morrissey Mukherjee Nakashima Navarro Nwosu Oakes O'Donnell Okafor Olander Ostrowski
Pacheco Page Pellegrino Penhaligon Petrakis Pham Quintero Radcliffe Rahimi Ramírez Rasmussen Reinholt
Rose Rutherford Sandoval Santangelo Schaefer Sharp Shaughnessy Silva-Moreau Sokolov Somerville
Stone St. Pierre Strong Suleiman Swan Szymanski Takahashi Tallis Thibodeau Tremblay Trujillo Underhill
Valdivia Van Buren Vasquez Vondracek Wainwright Walczak Ward Whitcombe Wilder Winter Wojcik Yamamoto
Yazzie Youngblood Zamora Zielinski Faith Love Joy Story Summer Cash Major Church Hill Baker Golden
""".split()

# keep multi-word surnames together
SURNAMES = [s.replace('_', ' ') for s in SURNAMES]
SURNAMES = [s for s in SURNAMES if s not in ('St.', 'Van', 'Pierre', 'Buren')] + ['St. Pierre', 'Van Buren', 'de la Fuente', 'Ní Bhriain']

FIRST_F = """
Abigail Adaeze Alondra Amber Annika April Aurora Autumn Beatriz Bernadette Bethany Brandy Brooke
Calla Carmen Chantal Charity Cheyenne Clementine Crystal Dagny Daisy Dawn Deja Delphine Destiny Dorothea
Eileen Elif Esperanza Faith Fiona Florence Gemma Ginger Grace Gwendolyn Harmony Hazel Hope Ingrid
Ivy Jacinta Jolene Joy Kateri Keisha Kimberly Lakshmi Latoya Leilani Liberty Lourdes Luz Mabel
Maeve Marisol Marjorie Mercy Misty Nadia Noor Oksana Opal Paloma Patience Pearl Precious Priya
Rainey Raven Rosalind Rose Ruby Sage Serenity Shaniqua Sky Summer Sunny Tamsin Tatiana Trinity Unity
Velma Violet Wren Ximena Yolanda Zofia Bonnie Sandy Pat Robin Dolores Agnieszka Siobhan Mirela
""".split()

FIRST_M = """
Aaron Abdi Ace Aldo Ambrose Anselm Archer Arjun Barrett Bill Bo Booker Brock Bryce Cal Casimir Chance
Cody Colt Cruz Dakota Dale Darnell Deacon Dmitri Duncan Eamon Emeka Ezra Fergus Florian Forrest
Frank Gage Grant Gus Hamish Hank Hunter Ignatius Ike Jamal Jasper Jerome Joaquin Jody Kai Kendrick
Kobe Lamar Lazarus Lennox Lonnie Luca Major Marcus Mateo Merle Miles Moses Nnamdi Obadiah Orrin
Pascal Pierce Quincy Rafferty Ray Reed Rhett Rocco Royal Rusty Sal Santiago Silas Sonny Stellan
Tavish Thaddeus Tobias Tucker Ulrich Vance Wade Will Wyatt Xavier Yusuf Zeke Stanislaw Tuan Oluwaseun
Hoang Rustam Faustino Bram Cormac Lorcan Kwame
""".split()

TOWNS = """
Hope|Liberty|Harmony|Unity|Friendship|Concord|Fairhaven|Millbrook|Ashby Falls|Tamarack|Port Ellery
Whitcomb Hollow|Greendale|Oxbow|Bethel Junction|Carver's Gap|Derwent|East Marlow|Marlow|North Ferris
Ferris Landing|Kettle Creek|Lyndhurst|Paris|Troy|Athens|Vienna|Lebanon|Canton|Normal|Plain City
Eden|Bliss|Prospect|Freedom|Independence|Temperance|Mercy Hill|Sandy Bottom|Cold Spring|Hawthorne
Pellston|Grafton Mills|Woodbine|Rockport|South Corliss|Corliss|Winslow Bend|Orchard Park|Stillwater
Birch Run|Glenmoor|Halloway|Quarry Hill|Redfield|Shelburne Center|Tillery|Upton Ridge|Vale|Wexley
Yarrow Point|Zion Crossing|Mapleton|Brightwater|Gilboa|Marathon|Bath|Reading|Chester|Warren
""".replace('\n', '|').split('|')
TOWNS = [t.strip() for t in TOWNS if t.strip()]

STATES = [('VT', 'Vermont'), ('NH', 'New Hampshire'), ('ME', 'Maine'), ('MA', 'Massachusetts'),
          ('NY', 'New York'), ('PA', 'Pennsylvania'), ('OH', 'Ohio'), ('MI', 'Michigan'),
          ('WI', 'Wisconsin'), ('MN', 'Minnesota'), ('OR', 'Oregon'), ('KY', 'Kentucky'),
          ('WV', 'West Virginia'), ('NM', 'New Mexico'), ('CT', 'Connecticut')]

STREET_NAMES = """Old Mill|Quarry|Birchwood|Tannery|Depot|Cider Press|Larkspur|Orchard|Pinnacle|Ferry
Gristmill|Willow Bend|Church|Main|Elm|Schoolhouse|Sawyer|Fairground|Hemlock|Riverside|Kestrel|Canal
Summit|Foundry|Beacon|Chestnut|Heron Pond|Lantern|Meetinghouse|Bramble""".replace('\n', '|').split('|')
STREET_TYPES = ['Rd', 'Road', 'St', 'Street', 'Ave', 'Ln', 'Lane', 'Dr', 'Way', 'Ct', 'Blvd', 'Pike', 'Hwy']

HOSPITALS = """Tamarack Valley Hospital|TVH
St. Adalbert Medical Center|SAMC
Ferris Landing Regional Medical Center|FLRMC
Good Samaritan of East Marlow|
Upton Ridge Memorial Hospital|URMH
Brightwater University Hospital|BUH
Hawthorne General|
Kettle Creek Community Hospital|KCCH
Our Lady of the Lakes Hospital|OLL
Mercy Hill Medical Center|MHMC
Penhallow Children's Hospital|PCH
Glenmoor VA Medical Center|Glenmoor VA""".split('\n')

CLINICS = """Birchwood Family Medicine|
Larkfield Pediatrics|
Ashby Falls Internal Medicine|
Quarry Hill Women's Health|QHWH
Tillery Community Health Center|TCHC
North Ferris Primary Care|NFPC
Redfield Rheumatology Associates|
Stillwater Cardiology Group|SCG
Heron Pond GI|
Lyndhurst Orthopaedics & Sports Medicine|
Corliss Dermatology|
Marlow Endocrine Clinic|""".split('\n')

URGENT = """CareNow Urgent Care of Woodbine|
QuickMed Walk-In Oxbow|
Harborview Express Care|""".split('\n')

PHARMACIES = """Kessler Drug|
Walbrook Pharmacy #2214|
Main Street Apothecary|
RiteWay Pharmacy on Canal St|
ValueScript Pharmacy (Pellston)|
Hometown Rx|
CostLess Pharmacy #0381|""".split('\n')

LABS = """Helixon Diagnostics|
GenePath Laboratories|GPL
Corvane Genomics|
Meridian Hereditary Testing|MHT
Brightwater University Molecular Genetics Lab|BUMGL
Allelix Clinical Lab|""".split('\n')

CANCER_CTRS = """Penwright Cancer Institute|PCI
Tamarack Valley Breast Center|
Halloway Oncology & Hematology|
Northeast Hereditary Cancer Program|NEHCP""".split('\n')

PROGRAMS = """New Dawn Opioid Treatment Program|New Dawn OTP
Harbor Light Recovery Center|Harbor Light
Cedar Ridge Intensive Outpatient|Cedar Ridge IOP
Lighthouse Bridge Clinic|
Second Wind Recovery Services|
Marlow County Comprehensive Treatment Center|MCCTC
Stillwater Detox Unit|
Crossroads Residential|""".split('\n')

SOBER = """Serenity House|
Anchor Point Sober Living|
Miriam's Place|
Oxford House Quarry St|
Bethel Junction Men's Shelter|
Safe Harbor Women's Shelter|""".split('\n')

COURTS = """Marlow County Drug Treatment Court|
Ferris County Superior Court|
Upton Ridge District Court|
Tamarack County Family Court|
Kettle Creek Municipal Court|""".split('\n')

AGENCIES = """Marlow County Adult Probation, District 4|
State Dept of Corrections Probation & Parole, Rockport office|
Department of Children and Families, Ashby Falls|DCF
Glenmoor Police Department|GPD
Tamarack County Sheriff's Office|
Disability Determination Services|DDS
Vocational Rehabilitation, Corliss office|""".split('\n')

EMPLOYERS = """Pemberton Roofing|
Quik-Stop #41|
Halvorsen Dairy Farm|
Tri-County Paving|
Lakeside Casino & Resort|
Brightwater Public Works|
Ostrowski Lumber|
Sunrise Assisted Living|
Dollar Barn|
Kettle Creek Schools|
Fennimore Auto Body|
GreenLeaf Call Center|""".split('\n')

SCHOOLS = """Millbrook High School|MHS
Ferris Landing Middle School|
Tamarack Community College|TCC
Lyndhurst Elementary|
St. Brigid's Academy|""".split('\n')

INSURERS = """Granite Shield Health Plan|GSHP
Allmere Mutual Insurance|Allmere
Keystar Medicaid Managed Care|Keystar
Northbridge BlueCare|
Cascadia Senior Advantage|
Tri-State Employees Health Trust|TSEHT""".split('\n')

ROI_VENDORS = """DocuRelay Health Information Services|DocuRelay
ChartBridge Release of Information|ChartBridge
MedRecords Express|""".split('\n')

LAW_FIRMS = """Pettibone & Ruiz LLP|
Law Office of Harriet Quimby|
Gallagher Okonjo Injury Lawyers|
Strand, Mbeki & Associates|""".split('\n')

EMAIL_DOMAINS = ['mailbox.net', 'fastmail.example', 'hotpost.com', 'yoohoo.com', 'gmial.com', 'outpost.org']

NURSING_HOMES = """Whitcombe Hollow Manor|
Sunrise Assisted Living of Pellston|
The Willows at Gilboa|
St. Hedwig's Rehabilitation & Nursing|""".split('\n')
