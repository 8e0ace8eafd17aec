"""Pools for deid-styles-dev-18. Every name, place, institution, product maker, phone and id here is
invented for this set (word-like names and towns on purpose). States are listed but are not PHI."""

SURNAMES = [
    'Abernathy', 'Achebe', 'Aguilar-Reyes', 'Albrecht', 'Alvarado', 'Amundsen', 'Andrade', 'Aoki',
    'Arceneaux', 'Ashworth', 'Babineaux', 'Bachmann', 'Baker', 'Balogun', 'Banerjee', 'Banks', 'Barrows',
    'Bautista', 'Bell', 'Bergstrom', 'Bishop', 'Black', 'Blackwood', 'Boateng', 'Bonilla', 'Brannigan',
    'Brightwater', 'Brzezinski', 'Calloway', 'Campos', 'Carpenter', 'Castellanos', 'Chase', 'Chaudhry',
    'Chen-Watkins', 'Cho', 'Church', 'Ciccone', 'Cornish', 'Cross', 'Cuellar', 'Dabrowski', 'Dalgaard',
    'Day', 'Delacroix', 'Desai', 'Devereaux', 'Diallo', 'Dolan', 'Drummond', 'Duong', 'Eberhardt', 'Echols',
    'Egwu', 'Ellsworth', 'Esposito', 'Fairweather', 'Falk', 'Farouk', 'Ferreira', 'Ferro-Blake', 'Fields',
    'Figueroa', 'Fitzgerald', 'Fontaine', 'Fox', 'Frost', 'Fujita', 'Gallagher', 'Garza', 'Gaspard', 'Gill',
    'Goldberg', 'Gonzaga', 'Gray', 'Greenhalgh', 'Grimaldi', 'Guidry', 'Gutierrez-Lang', 'Haddad', 'Hale',
    'Halvorsen', 'Hargrove', 'Hart', 'Hashemi', 'Hawthorne', 'Hernandez', 'Hollis', 'Hope', 'Huang',
    'Hunter', 'Ibarra', 'Ikeda', 'Iyer', 'Jablonski', 'Jaramillo', 'Jennings', 'Joshi', 'Kaczmarek',
    'Kamara', 'Kapoor', 'Kealoha', 'Keller', 'King', 'Kowalczyk', 'Kuznetsov', 'Lachance', 'Lamb', 'Landry',
    'Larkin', 'Le', 'Lindqvist', 'Lofton', 'Long', 'Love', 'Lujan', 'Mabry', 'Macias', 'Magnusson',
    'Mahoney', 'Marsh', 'Martinez-Ortiz', 'Mason', 'Matsuda', 'McAllister', 'Mendoza', 'Merriweather',
    'Moody', 'Moreau', 'Mukherjee', 'Nakagawa-Price', 'Nakamura', 'Nguyen', 'Njoroge', 'Noble', 'Novak',
    'Nwosu', "O'Rourke", 'Oduya', 'Ogunleye', 'Okonkwo', 'Olsen', 'Orozco', 'Ostrowski', 'Pacheco', 'Park',
    'Patel', 'Pennington', 'Petrosyan', 'Pham', 'Pike', 'Price', 'Quintero', 'Rahman', 'Ramaswamy',
    'Rasmussen', 'Redbird', 'Rich', 'Rivers', 'Robichaux', 'Rojas', 'Rosenthal', 'Sadowski', 'Salazar',
    'Santiago', 'Schreiber', 'Sepulveda', 'Shah', 'Shepherd', 'Sherwood', 'Silva', 'Singh', 'Snow',
    'Sokolov', 'Sparrow', 'St. Clair', 'Sterling', 'Stone', 'Story', 'Street', 'Summers', 'Suzuki', 'Swan',
    'Szabo', 'Takahashi', 'Tan', 'Temple', 'Thibodeaux', 'Thornton', 'Tran', 'Trujillo', 'Underwood',
    'Valdez', 'Van der Berg', 'Vance', 'Varga', 'Villanueva', 'Vo', 'Wainwright', 'Walker', 'Waller',
    'Ward', 'Washington', 'Whitfield', 'Winters', 'Wolf', 'Woodward', 'Xiong', 'Yamamoto', 'Yazzie',
    'Young', 'Zaragoza', 'Zielinski', 'Zimmerman',
]

FIRST_F = [
    'Adaeze', 'Alejandra', 'Anika', 'April', 'Aurelia', 'Autumn', 'Beatrix', 'Bethany', 'Bronwyn', 'Camila',
    'Carmen', 'Celeste', 'Charity', 'Chiamaka', 'Colette', 'Constance', 'Daisy', 'Delphine', 'Destiny',
    'Dolores', 'Esperanza', 'Fatoumata', 'Fern', 'Gwendolyn', 'Hazel', 'Honor', 'Hope', 'Imani', 'Ingrid',
    'Iris', 'Ivy', 'Jia', 'June', 'Keiko', 'Kerry-Ann', 'Lakshmi', 'Leticia', 'Liesel', 'Lorraine', 'Mae',
    'Magdalena', 'Marisol', 'May', 'Mercy', 'Mireille', 'Nadia', 'Nkechi', 'Noor', 'Oksana', 'Pearl',
    'Penny', 'Precious', 'Priya', 'Rosalind', 'Ruby', 'Saanvi', 'Shoshana', 'Siobhan', 'Summer', 'Tamsin',
    'Temperance', 'Thuy', 'Trinity', 'Ulla', 'Valentina', 'Wilhelmina', 'Xiomara', 'Yesenia', 'Zainab',
]
FIRST_M = [
    'Abdi', 'Ambrose', 'Anselm', 'Archer', 'Art', 'Augustin', 'Bao', 'Barnaby', 'Benedikt', 'Bill', 'Bo',
    'Cash', 'Casimir', 'Chase', 'Chidi', 'Cornelius', 'Cruz', 'Dashiell', 'Desmond', 'Dmitri', 'Drew',
    'Duke', 'Emeka', 'Enzo', 'Ezekiel', 'Florian', 'Gene', 'Gideon', 'Hamid', 'Hunter', 'Ignatius',
    'Ishaan', 'Jovan', 'King', 'Kwame', 'Lars', 'Lev', 'Lorenzo', 'Major', 'Malik', 'Mateo', 'Miles',
    'Nnamdi', 'Obadiah', 'Ozzie', 'Pascal', 'Rafael', 'Rocky', 'Royal', 'Rusty', 'Santiago', 'Sergei',
    'Sonny', 'Sterling', 'Tadeo', 'Thaddeus', 'Tomasz', 'Ugo', 'Vikram', 'Wendell', 'Xavier', 'Zeke',
    'Zoltan',
]
FIRST_X = ['Avery', 'Dakota', 'Emerson', 'Frankie', 'Jessie', 'Jordan', 'Kai', 'Quinn', 'River', 'Robin',
           'Rowan', 'Sage', 'Sky']
MIDDLE = list('ABCDEFGHJKLMNPRSTVW')

TOWNS = [
    'Accord', 'Bliss', 'Boring', 'Bountiful', 'Briar Glen', 'Cedar Hollow', 'Comfort', 'Commerce',
    'Concord Falls', 'Dover Mills', 'Eastlake Heights', 'Energy', 'Fairplay', 'Friendship', 'Goodwill',
    'Granite Ford', 'Greenmoor', 'Harlan Springs', 'Ideal', 'Ironbridge', 'Justice', 'Lanesborough',
    'Liberty', 'Loyal', 'Marrow Creek', 'Millbrook', 'Normal', 'North Ashby', 'Novelty', 'Oakhurst',
    'Orchard Park', 'Pella Ridge', 'Plain', 'Prosperity', 'Ransom', 'Reliance', 'Riverbend', 'Saddle Rock',
    'Sandoval', 'Shiloh', 'Silver Lake', 'South Corinth', 'Stillwater', 'Success', 'Sugar Grove',
    'Surprise', 'Thornbury', 'Tranquility', 'Triumph', 'Unity', 'Valor', 'Vinemont', 'West Halden',
    'Whitmore', 'Willow Bend', 'Yarrow', 'Zion Hill', 'Kettle Falls',
]
STATES = ['OH', 'PA', 'MI', 'IN', 'KY', 'TN', 'WV', 'NC', 'WI', 'MN', 'IA', 'MO', 'NY', 'IL', 'Ohio',
          'Indiana', 'Kentucky', 'Tennessee']
STREETS = [
    'Ashcombe Ln', 'Birch Hollow Rd', 'Cobbler St', 'Dunmore Ave', 'Elm Terrace', 'Fallow Way', 'Garnet Ct',
    'Heron Pointe Dr', 'Ingram Blvd', 'Juniper Loop', 'Kestrel Rd', 'Larkspur Cir', 'Millrace Dr',
    'N. Fenwick St', 'Old Quarry Pike', 'Pembroke Pl', 'Quince Ave', 'Rook Hill Rd', 'Sable Creek Dr',
    'Tamarack Trl', 'Upland Ave', 'Vesper St', 'W. Calder Rd', 'Wicklow Way', 'County Road 12',
    'State Route 44', 'Main St', 'Second Ave SW',
]

# (hospital, its acronym)
HOSPITALS = [
    ('Calder Valley Medical Center', 'CVMC'), ('St. Brigid Regional Hospital', 'SBRH'),
    ('Mercy Ridge Hospital', 'MRH'), ('Harlan Springs Community Hospital', 'HSCH'),
    ('Northgate General Hospital', 'NGGH'), ('Our Lady of the Lakes Hospital', 'OLLH'),
    ('Pinecrest Medical Center', 'PCMC'), ('Whitmore University Hospital', 'WUH'),
    ('Three Rivers Health Stillwater', 'TRHS'), ("Greenmoor Children's Hospital", 'GCH'),
    ('Saint Anselm Medical Center', 'SAMC'), ('Ironbridge Regional Medical Center', 'IRMC'),
    ('Bayard Memorial Hospital', 'BMH'), ('Sugar Grove Hospital', 'SGH'),
    ('Kettering-Vale Medical Center', 'KVMC'), ('Lanesborough Community Hospital', 'LCH'),
    ('Riverbend Baptist Hospital', 'RBBH'), ('Thornbury VA Medical Center', 'Thornbury VAMC'),
    ('Shiloh Valley Hospital', 'SVH'), ('Eastlake Heights Medical Center', 'EHMC'),
    ('Granite Ford Regional Hospital', 'GFRH'), ('Novelty Township Hospital', 'NTH'),
]
POISON_CENTERS = ['Cumberland Regional Poison Center', 'Lakeshore Poison & Drug Information Center',
                  'Upper Valley Poison Control Center', 'Tri-River Poison Center', 'Prairie States Poison Center',
                  'Halden County Poison & Drug Information Service']
PHARMACIES = ['Millbrook Pharmacy', 'Stillwater Family Pharmacy', 'Greenmoor Community Pharmacy',
              'Bayside Compounding Pharmacy', 'Unity Drug', 'Halsey Apothecary', 'Oak Street Rx',
              'Liberty Discount Drugs', 'Friendship Pharmacy', 'Kestrel Rx', 'Dalgaard Drug',
              'Marrow Creek Pharmacy', 'Hometown Care Pharmacy #214', 'ValuMed Pharmacy', 'Prosperity Drug & Gift',
              'Riverbend Hospital Outpatient Pharmacy']
PRESCHOOLS = ['Little Acorns Preschool', 'Liberty Early Learning Center', 'Kettle Creek Head Start',
              'Whitmore Montessori School', 'ABC Corner Preschool']
DAYCARES = ['Bright Beginnings Daycare', 'Tiny Sprouts Child Care', 'Kestrel Kids Learning Center',
            'Sunflower Home Daycare', 'Little Lambs Nursery']
ELEM_SCHOOLS = ['Millbrook Elementary School', 'St. Cecilia Academy', 'Sandoval Intermediate', 'Cedar Hollow Elementary',
                'Justice Elementary', 'Friendship Primary School', 'Our Savior Lutheran School', 'Plain Township Elementary',
                'Thornbury Christian Academy']
MID_SCHOOLS = ['Oakhurst Middle School', 'North Ashby Junior High', 'Riverbend Academy of the Arts',
               'Valor Middle School', 'Thornbury Christian Academy']
HIGH_SCHOOLS = ['Granite Ford High School', 'Ransom County High School', 'Riverbend Academy of the Arts',
                'Shiloh Valley High School', 'St. Cecilia Academy']
COLLEGES = ['Yarrow Valley Community College', 'Calder State University', 'Loyal Technical Institute']
# (employer, job there)
EMPLOYERS = [('Hargrove Family Bakery', 'bread baker'), ('Stonefield Poultry Processing', 'line worker'),
             ('Ironbridge Auto Body', 'body shop painter'), ('Whitmore Dental Group', 'dental hygienist'),
             ('Goldleaf Nail Spa', 'nail technician'), ('Tri-County Landscaping', 'crew lead'),
             ('Northgate Call Center', 'customer service rep'), ('Ridgeway Distribution Center', 'warehouse associate'),
             ('First Harbor Bank', 'teller'), ('Sandoval Fire Department', 'firefighter'),
             ('Stillwater Public Library', 'librarian'), ('Oak & Iron Brewing Co.', 'brewer'),
             ('Bountiful Harvest Grain Co-op', 'grain elevator operator'), ('Triumph Metal Finishing', 'plating technician'),
             ('Lindqvist Veterinary Clinic', 'veterinary technician'), ('Marrow Creek Pool & Spa', 'pool service tech'),
             ('Blue Heron Hotel', 'housekeeper'), ('Accord Manufacturing', 'machinist'),
             ('Pella Ridge Nursing Home', 'nursing assistant'), ('Vinemont Orchards', 'orchard worker'),
             ('Quarry Road Concrete', 'truck driver'), ('Kessel Plastics', 'machine operator'),
             ('Comfort Inn & Suites Ransom', 'night auditor'), ('Calder County Transit', 'bus driver')]
REF_LABS = [('Great Plains Immunohematology Reference Laboratory', 'GPIRL'),
            ('Riverside Blood Services IRL', 'RBS'), ('Harbor Regional Blood Center', 'HRBC'),
            ('Tri-County Blood Alliance', 'TCBA'), ('Northland Community Blood Bank', 'NCBB'),
            ('Cumberland Valley Blood Services', 'CVBS'), ('Prairie Lakes Blood Center', 'PLBC')]
SLP_ADULT = ['Riverbend Outpatient Rehabilitation', 'Larkspur Speech & Hearing Center',
             'Lakeside Voice & Swallow Clinic', 'Northgate Therapy Services', 'Kestrel Neuro Rehab',
             'Pinecrest Outpatient Therapy - Millbrook', 'Bayard Voice Center', 'Accord Rehab & Wellness']
SLP_PEDS = ['Sunrise Pediatric Therapy', "Tamarack Children's Therapy Network", 'Larkspur Speech & Hearing Center',
            'Northgate Therapy Services', 'Little Voices Speech Clinic']
ENT = ['Thornbury ENT Associates', 'Calder Valley Ear, Nose & Throat', 'Ironbridge Otolaryngology',
       'Whitmore Voice & Airway Center']
NEURO = ['Lakeshore Neurology Group', 'Shiloh Neuroscience Institute', 'Granite Ford Neurology',
         'Calder Valley Stroke & Neurology']
SNF = ['Willow Bend Care Center', 'Greenmoor Rehab & Nursing', 'Stillwater Manor', 'Cedar Hollow Senior Living',
       'Sandoval Health & Rehab', 'The Commons at Yarrow', 'Heritage House of Bliss']
CHURCHES = ['St. Casimir Parish', 'First Baptist Church of Ransom', 'Grace Fellowship Chapel',
            'Temple Beth Shalom', 'Shiloh AME Church', 'Holy Trinity Lutheran Church']
ALLERGY_CLINICS = ['Calder Valley Allergy & Asthma', 'Lakeshore Allergy Associates',
                   'North Ashby Asthma & Immunology', 'Pinecrest Allergy, Asthma & Sinus Center',
                   'Bayard Allergy Partners', 'Harlan Springs Allergy Clinic']
PCP_ADULT = ['Oakhurst Family Medicine', 'Sugar Grove Internal Medicine', 'Unity Family Health',
             'Saddle Rock Primary Care', 'Kettle Falls Family Practice', 'Triumph Community Health Center',
             'Loyal Valley Medical Group', 'Ironbridge Internal Medicine', 'Comfort Family Clinic']
PCP_PEDS = ['Riverbend Pediatrics', 'Greenmoor Pediatric Associates', 'Shiloh Pediatrics & Adolescent Medicine',
            'Unity Family Health', 'Kettle Falls Family Practice', 'Little Oaks Pediatrics']
OB_PRACTICES = ['Women First OB/GYN', 'Calder Valley Obstetrics', 'Greenmoor Maternal-Fetal Medicine',
                'Lanesborough Women\'s Health']
INSURERS = ['Keystone Meridian Health Plan', 'BrightPath PPO', 'Heartwood Medicaid HMO', 'Summit Star Insurance']
HOME_HEALTH = ['Caring Hands Home Health', 'Valor Visiting Nurses', 'Stillwater Home Care']
EMAIL_HCP = ['cvmc-health.org', 'lakeshoreallergy.com', 'pinecrestrehab.org', 'riverbendrehab.net', 'wuh.edu']
EMAIL_LAY = ['rivermail.net', 'quickpost.com', 'hollowmail.org', 'netwave.us']
