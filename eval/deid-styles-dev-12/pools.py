"""Invented pools for deid-styles-dev-12. Every name, town, street and institution here was made up
for this set; word-names (Hope, Grace, Will, Baker, Page, Graves, Foley ...) are on purpose."""

SURNAMES = [
    'Abernathy', 'Adair', 'Aldana', 'Ambrose', 'Antczak', 'Arkwright', 'Ashdown', 'Baker', 'Balogun',
    'Barkowski', 'Bastien', 'Beaudry', 'Bell', 'Bickerstaff', 'Birchfield', 'Bishop', 'Blackwood',
    'Bledsoe', 'Bone', 'Booth', 'Bramhall', 'Breckenridge', 'Brody', 'Cabrera', 'Calloway',
    'Carmody', 'Castellano', 'Chaudry', 'Church', 'Cimino', 'Coldwell', 'Corrigan', 'Cross',
    'Cushing', 'Dalrymple', 'Dasgupta', 'Delacroix', 'Dembski', 'Dorsey', 'Drummond', 'Duquette',
    'Eberhardt', 'Ellingson', 'Espinal', 'Fairweather', 'Falk', 'Farrow', 'Field', 'Fitzhugh',
    'Foley', 'Fontaine', 'Frost', 'Gallardo', 'Garrity', 'Gauthier', 'Gilchrist', 'Glass',
    'Graves', 'Grimaldi', 'Gutowski', 'Hallberg', 'Hardcastle', 'Hart', 'Hathaway', 'Haverty',
    'Hill', 'Holloway', 'Hornsby', 'Hudak', 'Iqbal', 'Isherwood', 'Jankowski', 'Jaramillo',
    'Kavanagh', 'Keogh', 'Kettleman', 'Kowalczyk', 'Krause', 'Lachance', 'Lamb', 'Langford',
    'Larkin', 'Lindqvist', 'Lockhart', 'Love', 'Lundgren', 'Macready', 'Malhotra', 'Marsh',
    'Mattingly', 'McAllister', 'Mendelsohn', 'Merriweather', 'Moss', 'Mulcahy', 'Nakagawa',
    'Nightingale', 'Novak', 'Oduya', 'Okonkwo', 'Olmstead', 'Ortega', 'Osei', 'Paget', 'Page',
    'Pardo', 'Payne', 'Pelletier', 'Pemberton', 'Petrakis', 'Pike', 'Quarles', 'Quintana',
    'Radcliffe', 'Ramaswamy', 'Ravenscroft', 'Reyes', 'Rice', 'Rinaldi', 'Rothwell', 'Saltonstall',
    'Sandoval', 'Sato', 'Schreiber', 'Sharp', 'Short', 'Sikorski', 'Singleton', 'Slade',
    'Stone', 'Strong', 'Stroud', 'Sutherland', 'Swift', 'Szabo', 'Tamborelli', 'Thackeray',
    'Thorne', 'Tillman', 'Toivonen', 'Trask', 'Underhill', 'Vanterpool', 'Varga', 'Vasquez',
    'Villanueva', 'Wachowski', 'Ward', 'Waverly', 'Webber', 'Wells', 'Whitcomb', 'Winslow',
    'Wood', 'Wozniak', 'Yardley', 'Young', 'Zabriskie', 'Zelenko', 'Zubiri', 'Still', 'Moon',
    'Gold', 'Fox', 'Salt', 'Hale', 'Ng', 'Oyelaran', 'Quist', 'Dunmore',
]

FIRST_NAMES = [
    'Abigail', 'Adaeze', 'Alonzo', 'Amara', 'Anselm', 'April', 'Art', 'Augustin', 'Autumn',
    'Barnaby', 'Beatrix', 'Benedikt', 'Bill', 'Blaise', 'Brigid', 'Bronwyn', 'Calliope', 'Cassius',
    'Celeste', 'Chase', 'Charity', 'Cormac', 'Dagny', 'Dawn', 'Delphine', 'Desmond', 'Dimitra',
    'Dorian', 'Eamon', 'Edda', 'Efrain', 'Elspeth', 'Emeka', 'Esperanza', 'Faith', 'Fenella',
    'Florian', 'Frank', 'Gene', 'Gideon', 'Ginevra', 'Grace', 'Guy', 'Hamish', 'Harriet',
    'Hope', 'Hunter', 'Ignatius', 'Imogen', 'Iris', 'Ivo', 'Ivy', 'Jade', 'Jasper', 'Jolene',
    'Joy', 'June', 'Kasimir', 'Keziah', 'Lachlan', 'Leocadia', 'Linnea', 'Lorcan', 'Lucius',
    'Mabel', 'Major', 'Marisol', 'Matthias', 'May', 'Mercy', 'Micah', 'Mireille', 'Nadia',
    'Nikolai', 'Noor', 'Octavia', 'Odessa', 'Orla', 'Osric', 'Patience', 'Pat', 'Pearl',
    'Perpetua', 'Philippa', 'Precious', 'Quentin', 'Ramona', 'Reed', 'Rich', 'Rosalind', 'Rose',
    'Ruby', 'Rufus', 'Sage', 'Saoirse', 'Seraphina', 'Silas', 'Solveig', 'Sterling', 'Storm',
    'Summer', 'Sunny', 'Tamsin', 'Teodor', 'Thaddeus', 'Theodora', 'Tobias', 'Ulrike', 'Valentin',
    'Verity', 'Wade', 'Wilhelmina', 'Will', 'Winifred', 'Xiomara', 'Yusuf', 'Zaid', 'Zinnia',
    'Bertram', 'Clement', 'Dolores', 'Ezekiel', 'Fern', 'Honor', 'Lark', 'Rowan', 'Sonny',
]

MALE_FIRST = set('Alonzo Anselm Art Augustin Barnaby Benedikt Bill Blaise Cassius Chase Cormac Desmond '
                 'Dorian Eamon Efrain Emeka Florian Frank Gene Gideon Guy Hamish Hunter Ignatius Ivo Jasper '
                 'Kasimir Lachlan Lorcan Lucius Major Matthias Micah Nikolai Osric Pat Quentin Reed Rich '
                 'Rufus Silas Sterling Teodor Thaddeus Tobias Valentin Wade Will Yusuf Zaid Bertram Clement '
                 'Ezekiel Rowan Sonny Storm'.split())

TOWNS = [
    'Ashgrove', 'Bramble Creek', 'Cedar Bend', 'Dunmore Falls', 'East Pellham', 'Fallow', 'Garnet Hill',
    'Harrowgate', 'Ironwood', 'Juniper Flats', 'Kestrel Point', 'Lantern', 'Marrow', 'North Tamsworth',
    'Oxbow', 'Pellston Junction', 'Quarry Hill', 'Redwater', 'Saltmarsh', 'Thistle', 'Upton Vale',
    'Verdigris', 'Westbrook Mills', 'Yarrow', 'Zephyr', 'Crest', 'Reliance', 'Patience', 'Plain',
    'Burden', 'Temperance', 'Mercy', 'Gauge', 'Hollow', 'Basin', 'Ridge', 'Fairhope Landing',
    'Copperton', 'Millbrook Station', 'Alder Spring', 'Blue Heron', 'Glenmoor', 'Holt', 'Kingsferry',
    'Larchmont Heights', 'Moraine', 'New Caddis', 'Port Aldous', 'Silver Lick', 'Stillwater Gap',
    'Tolland Cross', 'Wickham', 'Pulse', 'Station', 'Normal', 'Comfort',
]

STREETS = [
    'Larch Ln', 'Quarry Rd', 'Mill Pond Dr', 'Tanner St', 'Halsey Ave', 'Orchard Way', 'Bittern Ct',
    'Old County Rd', 'Fennimore Blvd', 'Cobble Hill Rd', 'Wexford Pl', 'River Bend Dr', 'Saltbox Ln',
    'Kiln St', 'Harbor View Ter', 'Stanhope Ave', 'Pine Needle Cir', 'Route 9A', 'Granary Rd',
]

STATES = ['MA', 'NH', 'VT', 'ME', 'CT', 'RI', 'NY', 'PA', 'OH', 'Vermont', 'Maine', 'Ohio', 'New Hampshire']

HOSPITALS = [
    'Saint Oriel Medical Center', 'Harrowgate General Hospital', 'Kestrel Valley Hospital',
    'Marrow County Hospital', 'Ashgrove Regional Medical Center', 'Northfield Memorial Hospital',
    'Lantern Point Hospital', 'Mercy of the Pines Hospital', 'Cedar Bend Community Hospital',
    'Oxbow University Hospital', 'Port Aldous Medical Center', 'Holy Shepherd Hospital',
    'Glenmoor Regional', 'Wickham Valley Medical Center', 'Redwater Hospital',
]
HOSP_ACRONYMS = ['SOMC', 'HGH', 'KVH', 'ARMC', 'NMH', 'OUH', 'PAMC', 'WVMC', 'GRH']

CLINICS = [
    'Tamsworth Rheumatology Associates', 'Kestrel Endocrine & Diabetes Center', 'Lantern Family Practice',
    'Upton Vale Internal Medicine', 'Bramble Creek Primary Care', 'Harborview Arthritis Clinic',
    'Fallow Street Health Center', 'Glenmoor Endocrinology', 'Pellston Junction Medical Group',
    'Redwater Bone Health Clinic', 'Quarry Hill Podiatry', 'Saltmarsh Eye Associates',
    'Copperton Family Medicine', 'North Tamsworth Pediatrics', 'Verdigris Women\'s Health',
    'Alder Spring Renal Associates', 'Thistle Valley Dermatology', 'Ironwood Orthopedics',
    'Burden Hill Health Center', 'Crest Lake Medical Associates', 'Yarrow Sleep & Lung', 'Moraine Vascular Clinic',
    'Basin Road Urgent Care', 'Silver Lick Family Clinic', 'Zephyr Wound Care',
]

INFUSION = [
    'Cedar Bend Infusion Suite', 'Ashgrove Ambulatory Infusion Center', 'Bluewater Home Infusion',
    'Kingsferry Infusion Partners', 'Oxbow Outpatient Infusion', 'Halcyon Infusion Services',
]

LABS = [
    'Quillmark Laboratories', 'Northbeam Clinical Lab', 'Tessera Diagnostics', 'Pellham Reference Lab',
    'Corvid Lab Services', 'Blue Heron Labs', 'Meridale Pathology', 'Larchmont Lab Draw Station',
]

PHARMACIES = [
    'Brightwell Pharmacy', 'Thistle Apothecary', 'Oakhurst Specialty Pharmacy', 'CareRoute Mail Pharmacy',
    'Main Street Drug', 'Helix Specialty Rx', 'Fennimore Pharmacy', 'Pillbox Pharmacy of Holt',
]

VENDORS = [
    'Solvane Medical Supply', 'Glucara Direct', 'Pumpwell Diabetes Supply', 'Lumatek DME',
    'Sugarline Home Medical', 'Vantis Device Services', 'Northgate Durable Medical', 'Tidepath Supplies',
]

INSURERS = [
    'Granite Mutual Health', 'Keystone Shield', 'Harbor Lights Health Plan', 'Alderwood Medicaid Plan',
    'Union Crest Insurance', 'Bayline Care HMO', 'Pinnacle Trust Health', 'Meadowlark Medicare Advantage',
]

EMPLOYERS = [
    'Copperton Paper Mill', 'Reliance Freight', 'Holt Public Schools', 'Stillwater Gap Foundry',
    'Larkspur Poultry', 'Kingsferry Ferry Authority', 'Tamsworth Savings Bank', 'Wickham Town Hall',
]

SCHOOLS = [
    'Moraine Regional High School', 'Oxbow Middle School', 'Saint Brendan Academy', 'Kestrel Community College',
]

IMAGING = [
    'Ridgeline Imaging', 'Clearview Open MRI', 'Port Aldous DEXA Center', 'Marrow Valley Radiology',
]

EDU_PROGRAMS = [
    'Sweetwater Diabetes Education Program', 'Lantern DSMES Class', 'Harrowgate Diabetes Self-Management Center',
    'Kestrel Nutrition Services',
]

FAX_SERVICES = [
    'FaxLink Relay', 'SecureDocs eFax Gateway', 'Meridian Fax Server', 'Lanternnet Fax',
]

ALL_INSTITUTIONS = (HOSPITALS + CLINICS + INFUSION + LABS + PHARMACIES + VENDORS + INSURERS + EMPLOYERS
                    + SCHOOLS + IMAGING + EDU_PROGRAMS + FAX_SERVICES)

EMAIL_DOMAINS = ['quillmarklabs.org', 'kestrelendo.net', 'tamsrheum.com', 'mailbright.com', 'postvine.net',
                 'saintoriel.org', 'glucara.com', 'harrowgate-gen.org']

RELATIONS = ['wife', 'husband', 'daughter', 'son', 'sister', 'brother', 'mother', 'partner', 'niece',
             'friend', 'neighbor', 'caregiver', 'grandson']
