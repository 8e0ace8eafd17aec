"""Invented pools for deid-blind-9 (written from scratch; every name, place and number is made up)."""

SURNAMES = [
    'Okonkwo-Bell', "O'Dwyer", 'van der Maas', 'de la Fuente', 'Ferreira', 'Nakashima', 'Abernathy',
    'Kowalczyk', 'Mbeki', 'Thorvaldsen', 'Castellano', 'Huang', 'Sandoval', 'Pettigrew', 'Oyelaran',
    'Lindqvist', 'Rahimi', 'Delacroix', 'MacAuley', "D'Souza", 'Brightwater', 'Szabo', 'Quintero',
    'Haddad', 'Yoshida-Park', 'Fairweather', 'Achebe', 'Lombardi', 'Novak', 'Ellsworth', 'Baptiste',
    'Grimaldi', 'Tanaka', 'Wojcik', 'Ibarra', 'Stroud', 'Mwangi', 'Petrossian', 'Albrecht', 'Cardenas',
    'Banerjee', 'Holloway', 'Eriksen', 'Oduya', 'Villanueva', 'Krishnan', 'Marchetti', 'Drummond',
    'Baker', 'Page', 'Young', 'Marsh', 'Field', 'Church', 'Bishop', 'Ward', 'Wood', 'Love', 'Story',
    'Fox', 'Lamb', 'Rich', 'Moon', 'Snow', 'Hale', 'Best', 'Stone', 'Sterling', 'Winter', 'Frost',
    'Le', 'Ng', 'Ali', 'St. Clair', 'von Hagen', 'Mac Giolla', 'Dubois-Reyes', 'Ortiz-Lang', 'Kealoha',
    'Tsosie', 'Abramowitz', 'Ferraro', 'Gunawardena', 'Heikkinen', 'Jablonski', 'Kapoor', 'Lungu',
    'Montague', 'Nwachukwu', 'Oberholzer', 'Prieto', 'Quarshie', 'Rossetti', 'Sorensen', 'Trujillo',
    'Underhill', 'Vasquez', 'Whitlock', 'Xiong', 'Yilmaz', 'Zielinski', 'Carver', 'Mercer', 'Hatch',
]
FIRST = [
    'Amara', 'Bartholomew', 'Chiamaka', 'Dmitri', 'Esperanza', 'Fintan', 'Giulia', 'Hamza', 'Ingrid',
    'Jun', 'Kwame', 'Leilani', 'Mateo', 'Nadia', 'Oisin', 'Priya', 'Quentin', 'Rosalind', 'Soren',
    'Tamsin', 'Ulrich', 'Valentina', 'Wendell', 'Ximena', 'Yusuf', 'Zofia', 'Hope', 'Rose', 'Grace',
    'Will', 'Frank', 'June', 'Faith', 'Hunter', 'Sky', 'River', 'Autumn', 'Ivy', 'Joy', 'Major',
    'Mary-Kate', 'Jean-Luc', "D'Andre", 'Anne-Marie', 'Seo-yeon', 'Thandiwe', 'Aurelio', 'Benedikt',
    'Cressida', 'Delphine', 'Emeka', 'Farida', 'Gideon', 'Hiroshi', 'Imogen', 'Jaroslav', 'Kateryna',
    'Lorcan', 'Marisol', 'Nkechi', 'Orla', 'Pavel', 'Rafaela', 'Saoirse', 'Tobias', 'Uma', 'Vikram',
    'Wren', 'Yara', 'Zeke', 'Destiny', 'Precious', 'Cash', 'Story', 'Dallas', 'Brooklyn',
]
KIDS = ['Jaxon', 'Aaliyah', 'Bodhi', 'Nevaeh', 'Kai', 'Luna', 'Ezra', 'Zuri', 'Milo', 'Oakley',
        'Sunny', 'Maverick', 'Remy', 'Winnie', 'Atlas', 'Hazel', 'Koa', 'Paisley', 'Rowan', 'Ember']
TOWNS = ['Cedar Hollow', 'Port Ellery', 'Marbleton', 'Oakvale', 'Fenwick Falls', 'Ashgrove', 'Lowell Crossing',
         'Brindlemoor', 'Kettering Mills', 'Saltmarsh', 'Harrowgate', 'Pinebluff', 'Quarry Glen', 'Westmoreby',
         'Hope', 'Union', 'Liberty', 'Friendship', 'Comfort', 'Energy', 'Surprise', 'Bliss', 'Normal',
         'Wickliffe Bay', 'Tallowford', 'Greyhaven', 'Elm Spring', 'Rushden Point', 'Vantage', 'Carrow']
TOWNS_TYPO = ['marbelton', 'cedar holow', 'oak vale', 'Fenwik Falls', 'ashgrov', 'PINEBLUF']
STATES = ['OH', 'Ohio', 'NM', 'Vermont', 'VT', 'WA', 'Oregon', 'IA', 'Kentucky', 'KY']
STREETS = ['Larkspur Lane', 'Old Mill Rd', 'Tannery St', 'Quail Run Ct', 'Birchwood Ave', 'Harbor View Dr',
           'Orchard Terrace', 'Candlewick Way', 'Route 9', 'Foundry Rd', 'Juniper Pl', 'Kestrel Blvd',
           'N. Cobble St', 'Maple Hollow Rd', 'Sexton Ave', 'Driftwood Circle']
HOSPITALS = [('Marbleton Regional Medical Center', 'MRMC'), ('St. Bronagh Heart Institute', 'SBHI'),
             ('Port Ellery General', 'PEG'), ('Cedar Hollow Community Hospital', 'CHCH'),
             ('Greyhaven University Hospital', 'GUH'), ('Our Lady of Saltmarsh', 'OLS'),
             ('Kettering Mills Memorial', 'KMM'), ('Tallowford Valley Health', 'TVH')]
CARD_PRACTICES = ['Harrowgate Heart & Vascular', 'Pinebluff Cardiology Associates', 'Lowell Crossing Heart Group',
                  'Westmoreby Electrophysiology', 'Brindlemoor Cardiac Care']
DEVICE_CO = ['Corvantis Medical', 'Pulsara Rhythm Systems', 'Vitelle Cardiac', 'NorthArc Devices']
PEDS_PRACTICES = ['Little Acorns Pediatrics', 'Ashgrove Children\'s Clinic', 'Bright Start Pediatric Group',
                  'Fenwick Falls Family Pediatrics', 'Sprout & Sapling Pediatrics']
SCHOOLS = ['Juniper Ridge Elementary', 'Oakvale Middle School', 'Harrowgate Academy', 'St. Ives Primary',
           'Quarry Glen Intermediate', 'Cedar Hollow Montessori', 'Kestrel Park Elementary']
DAYCARES = ['Tiny Footprints Daycare', 'Bumblebee Learning Center', 'Kiddie Korner of Union', 'Sunflower Nursery School',
            'Little Lanterns Child Care']
PORTALS = ['MyHealthLink', 'CarePortal', 'PatientPath']
TELE_CLINICS = ['Vantage Virtual Care', 'Rushden Point Primary Care', 'Elm Spring Family Medicine',
                'Comfort Internal Medicine', 'Wickliffe Bay Health Partners']
PHARMACIES = ['Carrow Drug', 'Harbor Apothecary', 'QuickScript Pharmacy #4412', 'Saltmarsh Family Pharmacy',
              'ValueRx on Tannery', 'MedCorner Pharmacy']
ORTHO = ['Greyhaven Orthopaedic & Spine', 'Tallowford Sports Medicine', 'Bliss Bone & Joint',
         'Normal Orthopedic Associates', 'Kettering Mills Hand Center']
PT_CLINICS = ['MotionWorks Physical Therapy', 'Ashgrove Rehab & Sport', 'Kinetic Path PT', 'Port Ellery Therapy Partners']
EMPLOYERS = ['Brindlemoor Freight', 'Halvorsen Roofing', 'Quarry Glen Concrete', 'Saltmarsh Seafoods',
             'Tannery Street Auto Body', 'Vantage Logistics', 'Fenwick Poultry Co', 'Marbleton Public Works']
INSURERS = ['Keystone Mutual Comp', 'Bluewater Casualty', 'Harbor Shield Insurance', 'Tri-County Workers Assurance',
            'Evergreen Health Plan']
TEAMS = ['Oakvale Otters', 'Harrowgate Hawks', 'Union Strikers FC', 'Cedar Hollow Tigers']
EMAIL_DOMAINS = ['mailbox.net', 'quickmail.com', 'harrowgatehv.org', 'gmail.com', 'fastpost.io']
CREDS_MD = ['MD', 'DO', 'MD, FACC', 'MD, PhD', 'MBBS']
CREDS_NURSE = ['RN', 'BSN, RN', 'LPN', 'NP-C', 'PA-C', 'CMA', 'RN, CPN']
CREDS_PT = ['PT, DPT', 'ATC', 'OTR/L', 'PTA']
RELATIONS = ['mother', 'father', 'wife', 'husband', 'daughter', 'son', 'grandmother', 'aunt', 'stepfather',
             'partner', 'sister', 'foster mom', 'guardian']
