"""Invented pools for deid-styles-dev-23 (helper w2, session 38). Every name, town, street, institution,
company, church, farm and foreign place here is made up for this set."""

SURNAMES = [
    # many origins
    'Okonkwo-Reed', 'Abernathy', 'Nakashima', 'Przybylski', 'Oyelaran', 'Quintanilla', 'Haddad', 'Szabo',
    'Thorvaldsen', 'Nguyen-Pratt', 'Baptiste', 'Castellanos', 'Mwangi', 'Kowalczyk', 'Fitzwilliam',
    'Ogunleye', 'Asante', 'Kariuki', 'Boateng', 'Diallo', 'Kamara', 'Tshabalala', 'Nkosi', 'Mensah-Doyle',
    'Tran', 'Pham', 'Hoang', 'Yamamoto-Kerr', 'Takahashi', 'Iyer', 'Ramaswamy', 'Banerjee', 'Chaudhry',
    'Siddiqui', 'Choi', 'Zhao', 'Xu', 'Lim', 'Watanabe', 'Subramanian', 'Nair', 'Patel-Hughes',
    'Lindqvist', 'Haugland', 'Moreau', 'Fournier', 'Bianchi', 'Esposito', 'Kovac', 'Novak', 'Horvath',
    'Dvorak', 'Petrov', 'Sokolova', 'Jankauskas', 'Kallio', 'Virtanen', 'Oliveira', 'Figueroa', 'Ybarra',
    'Zuniga', 'Echeverria', 'Galloway', 'McAllister', 'MacLeod', 'Kilbride', 'Donnelly', 'Llewellyn',
    'Pryce', 'Cadwallader', 'Trelawney', 'Khoury', 'Nasser', 'Rahimi', 'Tehrani', 'Karimi', 'Shapiro',
    'Goldfarb', 'Levy-Bauer', 'Abramowitz', 'Whitehorse', 'Tallchief', 'Lightfoot', 'Begay', 'Yazzie',
    'Schoonmaker', 'Hochstetler', 'Yoder', 'Brubaker', 'Mbatha', 'Ferreira-Lowe', 'Szymanska', 'Wojcik',
    # apostrophes
    "O'Halloran", "D'Souza", "O'Rourke-Lin", "D'Agostino", "N'Diaye", "O'Shaughnessy", "D'Costa", "M'Bala",
    # particles
    'da Silva', 'de Vries', 'van den Berg', 'Le Blanc', 'la Fontaine', 'al-Masri', 'ben-Ami', 'St. Pierre',
    'von Ahlen', 'del Toro', 'di Benedetto', 'Ter Haar', 'Vander Zee', 'De La Garza', 'Mac Giolla', 'dos Santos',
    # word-like
    'Hale', 'Marsh', 'Fields', 'Banks', 'Cotton', 'Gentry', 'Hardy', 'Lamb', 'Love', 'Mercer', 'Pike',
    'Quail', 'Rose', 'Sparrow', 'Steel', 'Storm', 'Sugar', 'Summers', 'Tempest', 'Vale', 'Ward', 'West',
    'Wise', 'Woods', 'Bishop', 'Carpenter', 'Chase', 'Cross', 'Dean', 'Honey', 'King', 'Lane', 'Little',
    'Noble', 'Pepper', 'Poole', 'Price', 'Penny', 'Plum', 'Root', 'Salt', 'Shepherd', 'Silver', 'Spring',
    'Temple', 'Bright', 'Early', 'Friday', 'Gay', 'Battle', 'Blessing', 'Day', 'Hand', 'Hope', 'Joy',
    'Marshall', 'Hurt', 'Payne', 'Sick', 'Best', 'Gross', 'Small', 'Short', 'Swann',
]

FEMALE_FIRST = [
    'Hope', 'Rain', 'Summer', 'Autumn', 'Sky', 'Brook', 'Misty', 'Sandy', 'Candy', 'Honey', 'Ginger',
    'Cherry', 'Olive', 'Ivy', 'Hazel', 'Fern', 'Holly', 'Lily', 'Violet', 'Pearl', 'Ruby', 'Jade', 'Crystal',
    'Amber', 'Goldie', 'Penny', 'May', 'Precious', 'Blessing', 'Comfort', 'Memory', 'Happiness', 'Loveness',
    'Beauty', 'Promise', 'Chidinma', 'Abena', 'Thandiwe', 'Nomvula', 'Aiyana', 'Nizhoni', 'Cheyenne', 'Thuy',
    'Linh', 'Yuki', 'Mei', 'Xiaoling', 'Seo-yeon', 'Priya', 'Lakshmi', 'Deepa', 'Ayesha', 'Zainab', 'Layla',
    'Noor', 'Ines', 'Xiomara', 'Marisol', 'Guadalupe', 'Rosalind', 'Agnieszka', 'Svetlana', 'Oksana',
    'Siobhan', 'Niamh', 'Bronwyn', 'Astrid', 'Ingrid', 'Aino', 'Marie-Claire', 'Anne-Sophie', 'Jo Ellen',
    'Mary Beth', 'Bobbie Sue', 'Lou Ann', "Ja'Nae", "La'Keisha", 'Laquinta', 'Kenyatta', 'Latrice',
    'Kinsley', 'Paisley', 'Nevaeh', 'Temperance', 'Constance', 'Verna', 'Gladys', 'Mildred', 'Eulalia',
    'Birdie', 'Dot', 'Trudy', 'Wilhelmina',
]
MALE_FIRST = [
    'River', 'Forest', 'Heath', 'Storm', 'Blaze', 'Rusty', 'Dusty', 'Will', 'Bill', 'Art', 'Gene', 'Frank',
    'Earnest', 'Major', 'Judge', 'Marshall', 'Prince', 'Royal', 'Rocky', 'Gunner', 'Colt', 'Wade', 'Lance',
    'Bishop', 'Deacon', 'Gift', 'Godknows', 'Innocent', 'Given', 'Lucky', 'Fortunate', 'Oluwaseun', 'Kwame',
    'Yaw', 'Sipho', 'Takoda', 'Minh', 'Hieu', 'Hiroshi', 'Haruto', 'Jun', 'Ji-ho', 'Min-jun', 'Arjun', 'Rohan',
    'Anand', 'Farhan', 'Omar', 'Tariq', 'Yusuf', 'Joaquin', 'Chuy', 'Paco', 'Nacho', 'Beto', 'Wojciech',
    'Bogdan', 'Dmitri', 'Yaroslav', 'Padraig', 'Eoin', 'Rhys', 'Gwilym', 'Sven', 'Lars', 'Pekka', 'Jean-Luc',
    'Billy Ray', "D'Andre", "De'Shawn", "Tre'von", "Da'Quan", 'Dashawn', 'Jaxon', 'Brantley', 'Easton',
    'Cletus', 'Otis', 'Virgil', 'Homer', 'Elmer', 'Amos', 'Ezekiel', 'Thaddeus', 'Cornelius', 'Ambrose',
    'Sonny', 'Chance', 'Sterling', 'Hunter',
]
NICK = {
    'Ezekiel': 'Zeke', 'Thaddeus': 'Tad', 'Cornelius': 'Neil', 'Wilhelmina': 'Billie', 'Guadalupe': 'Lupe',
    'Constance': 'Connie', 'Temperance': 'Tempe', 'Ambrose': 'Brose', 'Oluwaseun': 'Seun', 'Agnieszka': 'Aga',
    'Svetlana': 'Sveta', 'Dmitri': 'Dima', 'Rosalind': 'Roz', 'Mildred': 'Millie', 'Gladys': 'Glad',
    'Eulalia': 'Lala', 'Wojciech': 'Wojtek', 'Yaroslav': 'Slava', 'Joaquin': 'Quino', 'Lakshmi': 'Lucky',
    'Xiaoling': 'Lin', 'Cletus': 'Clete', 'Virgil': 'Virg', 'Homer': 'Ham', 'Padraig': 'Paddy',
    'Chidinma': 'Chi-Chi', 'Thandiwe': 'Thandi', 'Nomvula': 'Vuvu', 'Marie-Claire': 'Mimi', 'Amos': 'Moe',
}

TOWNS = [
    'Brightwater', 'Marrowby', 'Oxley Ferry', 'Quillan', 'Tamsworth', 'Haverleigh', 'Pennock', 'Dunmore Flats',
    'Lantern', 'Patience', 'Faithful', 'Goodwill', 'Candor', 'Gladness', 'Hearth', 'Kindle', 'Onward',
    'Pardon', 'Remedy', 'Steadfast', 'Thrift', 'Verity', 'Wander', 'Yield', 'Mt. Orrin', 'St. Albin',
    'Port Keswyn', 'Fort Tamsin', 'New Halden', 'East Pruitt', 'Lower Cadby', 'Ogletree', 'Bexley Junction',
    'Winnowfield', 'Cragmoor', 'Sorrow Creek', 'Shelter Cove', 'Ember', 'Relief', 'Cure', 'Normal Heights',
    'Nettlebrook', 'Grissom Mill', 'Lac Vieux', 'La Paloma', 'San Ysidro Viejo', 'Thistledown', 'Bramblewick',
    'Halfmoon Bay', 'Crossways',
]
STREETS = [
    'Kestrel Ln', 'Old Mill Rd', 'Tamarack St', 'Quarry Hill Rd', 'N. Larkspur Ave', 'Route 9', 'County Rd 114',
    'Bellwether Ct', 'Harrow Way', 'Saint Clement St', 'Plover Dr', 'Canal St', 'Ferry Landing Rd',
    'Juniper Hollow', 'Greenbriar Cir', 'E. Main St', 'Dogwood Terr', 'Lamplighter Ln', 'Hospital Dr',
    'Rue Valcourt', 'Calle Ocotillo', 'Sycamore Bend Rd', 'Gable St Apt 4B', 'Mercy St',
    'Pleasant Valley Rd', 'Tinker Row',
]

# (full name, acronym or None)
HOSPITALS = [
    ('St. Brannoc Regional Medical Center', 'SBRMC'), ('Haverleigh General Hospital', 'HGH'),
    ('University of Tamsworth Medical Center', 'UTMC'), ('Oxley Ferry Community Hospital', 'OFCH'),
    ('Remedy Memorial Hospital', 'RMH'), ('Quillan Valley Health', 'QVH'),
    ('Marrowby Baptist Hospital', 'MBH'), ('Pennock County Medical Center', 'PCMC'),
    ('Our Lady of Lantern Hospital', 'OLLH'), ('Cragmoor Veterans Affairs Medical Center', 'Cragmoor VAMC'),
    ('Fort Tamsin Army Community Hospital', 'FTACH'), ('New Halden Presbyterian', 'NHP'),
    ('Brightwater Childrens and Womens', 'BCW'), ('Dunmore Flats Critical Access Hospital', 'DFCAH'),
    ('Port Keswyn Regional', 'PKR'), ('Mercy Winnowfield Hospital', 'MWH'),
    ('Ogletree Medical Pavilion', None), ('Steadfast Health Verity Campus', None),
    ('Bexley Junction Osteopathic Hospital', 'BJOH'), ('Sorrow Creek Indian Health Service Hospital', 'SCIHS'),
]
U_OF = ['U of Tamsworth', 'U of Haverleigh', 'UT Med', 'U of Cragmoor']

SURGERY_CENTERS = ['Kindle Ambulatory Surgery Center', 'Lantern Endoscopy Center', 'Tamsworth Day Surgery',
                   'Harrow Way Surgicenter', 'Gladness Outpatient Surgery', 'Quillan Valley ASC']
PREOP_CLINICS = ['Pre-Anesthesia Testing Clinic', 'UTMC Pre-Admission Testing', 'HGH Pre-op Evaluation Center',
                 'Brannoc Preadmission Testing']
GI_PRACTICES = [('Quillan Valley Gastroenterology Associates', 'QVGA'),
                ('Digestive Health Partners of Marrowby', 'DHPM'), ('Tamsworth GI & Liver', None),
                ('Verity Digestive Disease Consultants', 'VDDC'), ('Oxley Ferry Gut Clinic', None)]
PRIMARY_PRACTICES = ['Candor Family Medicine', 'Bexley Junction Internal Medicine', 'Pennock Rural Health Clinic',
                     'Hearth Community Health Center', 'Northside Primary Care of Haverleigh', 'Kestrel Lane Family Practice',
                     'Sorrow Creek Tribal Clinic', 'Goodwill Free Clinic', 'Ogletree Physicians Group',
                     'Clinica Esperanza de La Paloma']
PATH_LABS = ['Cadby Pathology Group', 'Tamsworth Regional Pathology', 'Verity Dermpath & GI Path',
             'Lantern Diagnostic Laboratories', 'Haverleigh Surgical Pathology']
DIALYSIS_UNITS = [('Kestrel Renal Care - Quillan', 'KRC-Q'), ('Brightwater Regional Dialysis Unit', 'BRDU'),
                  ('Remedy Kidney Center', 'RKC'), ('Crestline Dialysis of Oxley Ferry', 'CDOF'),
                  ('Tamsworth Home Dialysis Program', 'THDP'), ('Pardon Street Dialysis', 'PSD')]
TRANSFER_CENTRES = ['UTMC Transfer Center', 'SBRMC Patient Placement', 'HGH Access Center', 'Quillan Valley Transfer Line']
TRANSPORT = ['Pruitt County EMS', 'Cadby Ambulance Service', 'LifeArc Air 3', 'Skyhook Medevac', 'Onward Medical Transport',
             'Wander Valley Fire Rescue', 'Gable Street Wheelchair Van', 'Keswyn Critical Care Transport']
ID_CLINICS = ['Tamsworth Travel & Tropical Medicine Clinic', 'HGH Infectious Disease Clinic', 'Verity Ryan White Clinic']
LABS_PUBLIC = ['Haverleigh County Public Health Lab', 'State Public Health Laboratory', 'Tamsworth Reference Lab']

EMPLOYERS = ['Pennock Poultry Processing', 'Tamsworth Tire & Lube', 'Brightwater Unified School District',
             'Hollis-Brandt Logistics', 'Dunmore Dairy Co-op', 'Gladness Meatpacking', 'Lantern Casino & Resort',
             'Ferry Landing Marina', 'Kindle Correctional Facility', 'Quillan Valley Orchards', 'Ogletree Feed & Seed',
             'Cragmoor Sawmill', 'Remedy Animal Hospital', 'Verity Tannery', 'Marrowby Fish Hatchery']
FARMS = ['Kettlewell Farm', 'Three Oaks Dairy', 'Whitcombe Goat Farm', 'Sunny Acres Hog Operation',
         'Loma Verde Ranch', 'Haskell Brothers Poultry Barns', 'Bittersweet Hollow Farm']
SHELTERS = ['Harbor Light Shelter of Remedy', 'Bethany House', 'Steadfast Mission', 'Safe Haven Family Shelter of Candor',
            'St. Clement Warming Center']
CHURCHES = ['Mount Moriah Missionary Baptist Church', 'Iglesia Pentecostal Rios de Agua Viva', 'St. Casimir Parish',
            'Grace Fellowship of Lantern', 'Holy Trinity Greek Orthodox of Haverleigh', 'Kingdom Hall on Plover Dr',
            'First Korean Presbyterian of Tamsworth', 'Masjid an-Nur of Oxley Ferry']

# country (not PHI) -> invented cities / villages there (Location)
ABROAD = {
    'Guatemala': ['San Bartolo Ixchel', 'Chiquimul Alto', 'aldea Los Encuentros de Tzalam'],
    'Honduras': ['El Paraiso de Lempa', 'Santa Rita del Guayape', 'caserio Las Crucitas'],
    'Mexico': ['San Juan Tepetlan', 'Villa Ocotal', 'rancho El Capulin'],
    'Nigeria': ['Ikere-Oja', 'Umuagbala', 'Oke-Odan village'],
    'Ghana': ['Asenkrom', 'Nkwanta Bepo', 'Apemso'],
    'India': ['Kothapalem', 'Rampur Khurd', 'Chinnamanur Thanda'],
    'Vietnam': ['Tan Phu Dong', 'Xa Hoa Lac Thuong', 'Ben Go'],
    'Philippines': ['Barangay San Isidro Labrador', 'Dulag Norte', 'Pototan Viejo'],
    'Peru': ['Iquitos Bajo', 'comunidad Santa Clotilde de Napo', 'Puerto Yanayacu'],
    'Kenya': ['Kibwezi Mashariki', 'Ol Moran East', 'Nyamira Juu'],
    'Haiti': ['Fond-des-Blancs Haut', 'Lascahobas Plaine', 'Bois-Neuf'],
    'Ukraine': ['Pryluky-Nove', 'Verkhnia Lypytsia'],
    'Thailand': ['Ban Nong Khai Noi', 'Tambon Huai Sai'],
    'Democratic Republic of the Congo': ['Kikwit-Mbanza', 'Bumba Lokale'],
    'Brazil': ['Sao Jose do Rio Claro Velho', 'Vila Tapuia'],
}
FOREIGN_HOSPITALS = {
    'Guatemala': ['Hospital Regional de Chiquimul', 'Centro de Salud San Bartolo', 'Clinica Maxena'],
    'Honduras': ['Hospital de Area Guayape', 'CESAMO Las Crucitas'],
    'Mexico': ['Hospital General de Tepetlan', 'Clinica IMSS Villa Ocotal No. 14'],
    'Nigeria': ['Ikere-Oja General Hospital', 'Umuagbala Cottage Hospital', 'Our Lady of Peace Clinic, Oke-Odan'],
    'Ghana': ['Asenkrom Government Hospital', 'Nkwanta Bepo Health Centre'],
    'India': ['Kothapalem Primary Health Centre', 'Sri Venkatamma Nursing Home', 'Rampur Khurd CHC'],
    'Vietnam': ['Benh vien Da khoa Tan Phu', 'Tram Y te Hoa Lac'],
    'Philippines': ['Dulag Norte District Hospital', 'San Isidro Labrador Rural Health Unit'],
    'Peru': ['Hospital Santa Clotilde', 'Posta de Salud Yanayacu'],
    'Kenya': ['Kibwezi Sub-County Hospital', 'Ol Moran Mission Dispensary'],
    'Haiti': ['Clinique Sainte-Odile de Bois-Neuf', 'Hopital Communautaire de Lascahobas'],
    'Ukraine': ['Pryluky Central District Hospital'],
    'Thailand': ['Nong Khai Noi Community Hospital'],
    'Democratic Republic of the Congo': ['Hopital General de Reference de Bumba', 'Centre de Sante Mbanza'],
    'Brazil': ['Hospital Municipal de Rio Claro Velho', 'UBS Vila Tapuia'],
}
TRAVEL_COMPANIES = ['Wander Far Missions', 'Onward Volunteer Abroad', 'Hearth & Hand Medical Brigades']

AREA_CODES = ['555', '312', '774', '219', '608', '940', '413', '262']
