"""Invented pools for deid-styles-dev-5 (written from scratch by a session-24 writer helper)."""

SURNAMES = """Abernathy Achterberg Adeyemi Agarwal Ahlqvist Albrecht Alcantara Amundsen Anand Arbogast
Arceneaux Ashworth Avakian Baker Balogun Banerjee Barrowman Bartos Baumgart Beaulieu Bell Bianchi
Birch Bishop Blackwood Bogdan Bolanos Bonnet Brandt Brook Burke Cabrera Calloway Carmody Castellanos
Chandramouli Chen Cho Church Ciszewski Coates Cole Cornwall Crane Cruz Dabrowski Dalton Delacroix
Dempsey Deshmukh Dillard Dobrev Doucette Drummond Duarte Easterbrook Eberhardt Ekwueme Elston
Espinoza Falkner Farouk Fenwick Field Figueroa Fitzhugh Fox Frost Fujimoto Gallardo Garnett Gentry
Gilchrist Gonsalves Grady Gunawardena Haddad Hale Halvorsen Hargrove Hawthorne Heald Hill Holloway
Hope Hoang Huerta Ibarra Iqbal Isaksen Jablonski Jaramillo Jefferies Joshi Kaczmarek Kamau Kealoha
Kershaw Khoury Kim Kingsley Kowalczyk Lacroix Lamb Landry Lark Lindqvist Lomax Lozano Lund MacAulay
Madsen Mahlangu Marsh Mbeki McCready Mendoza Merriweather Mohammadi Moon Moreau Mukherjee Nakagawa
Nash Ndiaye Nilsen Novak Nwachukwu Oakes Obuya Okafor Olivares Orloff Osei Pace Page Palmer Paredes
Pastore Pelletier Pham Piotrowski Quintero Rahimi Ramsey Rasmussen Reed Rhee Rios Rose Rowntree
Saavedra Sandoval Santangelo Schaefer Seo Shah Sharpe Sikorski Singh Sloane Snow Sorensen Spring
Stone Strand Sullivan Szabo Takahashi Tapia Thornbury Toivonen Trinh Underhill Urquhart Valdivia
Vance Varga Velasquez Wade Ward Webb Weller Whitlock Wilder Winter Wojcik Wood Yazzie Yildiz Young
Zamora Zielinski Zubiri""".split()

FIRST = """Aaliyah Abdul Ada Adebayo Agnes Aiko Alejandro Alma Amara Anders Angus April Arjun Astrid
Babajide Beatriz Bernadette Birgit Bo Bonnie Brandon Bruno Camille Carmen Cedric Chidi Chiara
Clement Colm Consuelo Dashiell Dawn Deepa Delphine Dmitri Dolores Duc Eamon Efua Eleni Elif Emeka
Esperanza Ewa Farah Fatima Felix Fernando Fiona Frank Gaspard Gemma Gideon Ginny Grace Gunnar
Hamza Hana Harriet Hiroshi Hope Ignacio Ilse Imani Ingrid Isaac Ivy Jacinta Jamal Jasper Javier
Jin Joy June Kalani Kamala Kasia Keanu Kofi Laszlo Lennox Leticia Lin Lorcan Lupe Magnus Mahalia
Malik Marisol Matteo Mercy Mei Milos Mireille Moses Nadia Nikhil Noor Obinna Odile Olamide Oren
Otis Paloma Patience Pearl Pilar Precious Quentin Rafael Rania Rhys Rosalind Ruth Sabine Sakura
Sanjay Saoirse Sebastian Serafina Shira Sipho Solveig Stanislav Sunny Tadeo Tamsin Teodora Thabo
Tomasz Ulla Valentina Vikram Vivienne Wanjiru Will Winnie Xiomara Yaw Yusuf Zainab Zora Zoltan""".split()

# towns: incl. word-towns and multi-word towns (invented / generic)
TOWNS = """Harrowgate|Fallbrook Mills|Hope|Union|Comfort|Liberty|Prosper|Canton Falls|Mercy Springs
|Port Adair|Kettering Ridge|Saltmarsh|Oakhaven|Bellweather|West Tamsin|Greyfield|Little Orme|Ashby Crossing
|Ravensford|Dunmore|Cold Spring Harbor|North Eldon|Millbank|Sweetwater|Concord|Patience|Fairplay
|Brightwater|Stillwater Bend|Haddon|Lake Marigold|Cobb Hollow|Pine Barrow|Wexley|East Vantage|Glenrock
|Shelby Forge|Marrow|Temperance|Providence Point|Halcyon|Calder|Bramblewood|St. Idris|Fort Hamlin
|Quarry Hill|Lowell Ferry|Baxter Springs|Newmarket|Hollis|Eden Prairie Junction|Redbank|Amity|Verity
|Sandwick|Coldwater|Orchard Park|Two Rivers|Kinsale|Merriam|Dover Plains|Westerlo|Grange""".replace('\n', '').split('|')
TOWNS = [t.strip() for t in TOWNS if t.strip()]

STATES = ['NY', 'PA', 'OH', 'MA', 'VT', 'ME', 'NJ', 'CT', 'MI', 'WI', 'Ohio', 'Vermont', 'Penn.', 'N.H.']

STREETS = """Larkspur Ln|Old Mill Rd|Quarry St|Harbor View Dr|Cedar Knoll Ct|Wexford Ave|Ridge Rd|Canal St
|Sycamore Blvd|Pheasant Run|Orchard Way|Elm Terr|Bayberry Ct|Summit Ave|Tannery Rd|Station St|Briar Hill Rd
|Gristmill Ln|Cobble Ct|Kingfisher Dr|Main St|Foundry Ave|Willowbrook Pkwy|Lantern Hill Rd""".replace('\n', '').split('|')

# (kind, full name, acronym or '')
INSTITUTIONS = [
    ('hosp', 'Carrow Valley Medical Center', 'CVMC'), ('hosp', 'St. Benedicta Hospital', 'SBH'),
    ('hosp', 'Harrowgate General Hospital', 'HGH'), ('hosp', 'Port Adair Regional Medical Center', 'PARMC'),
    ('hosp', 'Lakeshore Presbyterian Hospital', 'LPH'), ('hosp', 'Mercy Springs Community Hospital', 'MSCH'),
    ('hosp', 'Greyfield University Hospital', 'GUH'), ('hosp', 'Our Lady of the Fields Hospital', 'OLF'),
    ('hosp', 'Kettering Ridge Memorial', 'KRM'), ('hosp', 'Wexley County Hospital', 'WCH'),
    ('hosp', 'Ravensford Medical Center', 'RMC'), ('hosp', 'Bellweather Childrens Hospital', 'BCH'),
    ('hosp', 'Dunmore Veterans Affairs Medical Center', 'Dunmore VA'), ('hosp', 'Saltmarsh Critical Access Hospital', 'SCAH'),
    ('hosp', 'North Eldon Heart Institute', 'NEHI'), ('hosp', 'Fallbrook Mills Hospital', 'FMH'),
    ('hosp', 'Halcyon Rehabilitation Hospital', 'HRH'), ('hosp', 'Calder Behavioral Health', 'CBH'),
    ('hosp', 'Two Rivers Trauma Center', 'TRTC'), ('hosp', 'Amity Womens and Infants', 'AWI'),
    ('clinic', 'Oakhaven Family Practice', 'OFP'), ('clinic', 'Sweetwater Internal Medicine', 'SWIM'),
    ('clinic', 'Glenrock Cardiology Associates', 'GCA'), ('clinic', 'Union Street Health Center', 'USHC'),
    ('clinic', 'Millbank Pulmonary & Sleep', ''), ('clinic', 'Bramblewood Pediatrics', ''),
    ('clinic', 'Concord Urgent Care', ''), ('clinic', 'Redbank Community Health Center', 'RCHC'),
    ('clinic', 'Hollis Nephrology Group', 'HNG'), ('clinic', 'Temperance Street Clinic', ''),
    ('clinic', 'Lake Marigold Orthopedics', 'LMO'), ('clinic', 'Coldwater GI Associates', ''),
    ('clinic', 'Fort Hamlin Wound Center', ''), ('clinic', 'Quarry Hill Neurology', ''),
    ('clinic', 'Eastside Anticoagulation Clinic', ''), ('clinic', 'Verity Oncology & Infusion', ''),
    ('snf', 'Pine Barrow Nursing and Rehab', ''), ('snf', 'Whispering Elms Care Center', ''),
    ('snf', 'Brightwater Manor', ''), ('snf', 'The Landings at Grange', ''),
    ('snf', 'Haddon House Assisted Living', ''), ('snf', 'Cobb Hollow Skilled Nursing', ''),
    ('agency', 'Tri-County Home Health', ''), ('agency', 'Visiting Nurse Service of Wexley', 'VNSW'),
    ('agency', 'Kinsale Hospice', ''), ('agency', 'Lifeline Ambulance', ''), ('agency', 'Medstar Air 4', ''),
    ('agency', 'Concord Fire Rescue', ''), ('agency', 'Redbank EMS', ''), ('agency', 'AirCare North', ''),
    ('agency', 'Calder County Sheriff', ''), ('agency', 'Adult Protective Services of Merriam', ''),
    ('insurer', 'Keystone Mutual Health', ''), ('insurer', 'Northern Trillium Health Plan', 'NTHP'),
    ('insurer', 'Bluewater Medicaid Advantage', ''), ('insurer', 'Harbor Senior Choice', ''),
    ('pharm', 'Millbank Apothecary', ''), ('pharm', 'ValuRx #2231', ''), ('pharm', 'Corner Drug of Amity', ''),
    ('pharm', 'PillPoint Pharmacy', ''), ('pharm', 'Halverson Drug', ''), ('pharm', 'CareMore Pharmacy on Canal', ''),
    ('pharm', 'Greyfield Outpatient Pharmacy', ''), ('pharm', 'ExpressMeds Mail Order', ''),
    ('employer', 'Fenwick Paper Mill', ''), ('employer', 'Dover Plains School District', ''),
    ('employer', 'Sandwick Poultry', ''), ('employer', 'Atlas Freight Lines', ''), ('employer', 'Kroemer Tool & Die', ''),
    ('employer', 'Brightwater Casino', ''), ('school', 'Haddon Middle School', ''), ('school', 'St. Idris Academy', ''),
    ('school', 'Wexley Community College', 'WCC'), ('church', 'First Baptist of Union', ''),
    ('church', 'St. Casimir Parish', ''), ('church', 'Temple Beth Shalom of Calder', ''),
    ('vendor', 'Apex Home Medical', ''), ('vendor', 'Northstar Oxygen', ''), ('vendor', 'Lincare of Hollis', ''),
    ('lab', 'Quarry Hill Reference Lab', ''), ('lab', 'Coldwater Imaging', ''), ('clinic', 'Westerlo Dialysis Unit', ''),
    ('clinic', 'Merriam Kidney Center', ''), ('clinic', 'Patience Valley Free Clinic', ''),
    ('answer', 'Nightline Answering Service', ''), ('answer', 'MedCall Exchange', ''),
    ('answer', 'TeleNurse of Calder', 'TNC'), ('answer', 'Harbor After-Hours Line', ''),
]

RELATIONS = ['wife', 'husband', 'daughter', 'son', 'mother', 'father', 'sister', 'brother', 'niece',
             'nephew', 'grandson', 'granddaughter', 'partner', 'fiance', 'friend', 'neighbor',
             'aunt', 'stepdaughter', 'son-in-law', 'HCP', 'guardian', 'roommate', 'girlfriend', 'boyfriend']
