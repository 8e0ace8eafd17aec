"""Invented pools for deid-styles-dev-7 (written from scratch by writer 7 of session 24)."""

SURNAMES = """Hope Ward Baker Rose Bishop Moody Small Fox Wolfe Frost Church Hill Marsh Young Strong Sharp
Rich Bliss Story Love Page Cook Mason Price Guy Best Hale Lamb Swan Crane Street Banks Brooks Field
Winter Snow Stone Gold Silver Bell Hunt Fisher Carver Glass Head Sweet Lake Wise Noble Case
Okonkwo Adeyemi Mensah Boateng Nwosu Achebe Kariuki Odhiambo Haile Tesfaye Abara Diallo Traore Keita
Nakamura Takeda Ishikawa Fujimoto Sato Kim Park Choi Nguyen Tran Pham Vo Le Huang Zhou Liang Xu Tsai
Patel Reddy Iyer Chatterjee Banerjee Menon Nair Kapoor Malhotra Siddiqui Qureshi Rahman Chaudhry
Haddad Khoury Nasser Farouk Saleh Darwish Aziz Mansour Karimi Tehrani Rostami Yilmaz Demir Ozturk
Kowalski Nowak Wisniewski Zielinski Horvath Novak Dvorak Petrov Ivanova Sokolov Volkov Lindqvist
Johansson Eriksen Halvorsen Virtanen Korhonen Muller Schreiber Vogel Becker Hartmann Brandt Kessler
O'Malley O'Rourke McGarrity MacLeod Fitzgerald Donnelly Byrne Quinlan Callahan Gallagher Doherty
Rossi Bianchi Esposito Ferraro Romano Moretti Conti Delgado Morales Castillo Herrera Vargas Medina
Guzman Salazar Ortega Ramos Pacheco Villanueva Santiago Quintero Batista Acosta Oliveira Carvalho
Pereira Souza Moreau Girard Lefebvre Dubois Fontaine Marchand Duval Van Dyke Vandenberg De Groot
Whitfield Ashworth Pemberton Thornbury Kettering Blackwood Holloway Redding Langley Prescott Bramwell
Tillman Garnett Spooner Merriweather Calloway Tubbs Yancey Pettigrew Dunmore Hargrove Boyce Cato""".split()
# 'Van Dyke' / 'De Groot' come split: rejoin
_s = []
_skip = False
for i, w in enumerate(SURNAMES):
    if _skip:
        _skip = False
        continue
    if w in ('Van', 'De') and i + 1 < len(SURNAMES):
        _s.append(w + ' ' + SURNAMES[i + 1])
        _skip = True
    else:
        _s.append(w)
SURNAMES = _s

FIRST_F = """Hope Faith Grace Rose Joy Dawn June April May Summer Autumn Ivy Iris Hazel Ruby Jade Amber Destiny
Precious Sky Charity Patience Honor Star Lakeisha Tamika Shanice Imani Nia Zuri Amara Chiamaka Ngozi
Abena Efua Yuki Haruka Mei Lan Ngoc Thuy Hoa Priya Ananya Deepa Lakshmi Fatima Aisha Layla Yasmin
Zeynep Elif Agnieszka Katarzyna Ilona Svetlana Olga Ingrid Astrid Sigrid Aino Greta Siobhan Niamh
Maeve Giulia Chiara Lucia Marisol Guadalupe Yesenia Camila Beatriz Margaux Colette Brenda Darlene
Tammy Kayleigh Brittany Madison Peyton Harper Rylee Kinsley Opal Mabel Edna""".split()
FIRST_M = """Will Mark Bill Pat Rusty Sunny Hunter Chase King Royal Major Colt Jack Grant Miles Dale Rocky
Jerome Darnell Tyrone DeShawn Marquis Jamal Kwame Kofi Chidi Emeka Tunde Tesfaye Dawit Hiroshi Kenji
Takumi Minh Duc Hieu Jin Wei Arjun Rohan Vikram Sanjay Imran Omar Tariq Youssef Karim Reza Emre Cem
Piotr Tomasz Marek Dmitri Sergei Lars Anders Mikko Joonas Dieter Klaus Padraig Cormac Declan Eamon
Matteo Luca Giorgio Mateo Santiago Alejandro Joaquin Rafael Thiago Lucien Etienne Bram Wade Cody
Travis Dwayne Earl Clifford Vernon Otis Boyd Lyle Amos Ezra Abel""".split()
FIRST_ALL = FIRST_F + FIRST_M

TOWNS = """Hope|Union|Liberty|Harmony|Friendship|Bath|Reading|Normal|Paradise|Victory|Eden|Comfort|Defiance|
Salem Falls|Port Ardmore|West Calder|New Haldane|Fort Kessler|Cedar Bluff|Mill Creek|Two Rivers|
Granite Springs|Lake Orin|North Fenwick|South Tilbury|East Marrow|Glen Avon|Brackenridge|Coldwater|
Sutter's Ford|Maple Hollow|Pine Barrow|Red Oak|Whitby Junction|Ashgrove|Dunmore|Farrowdale|Kestrel Point|
Larkhaven|Millbrook Station|Oriel|Quarry Hill|Rushford|Stillwater Bend|Tamarack|Upton Vale|Verity|
Wexley|Yarrow|Zion Grove|Bellhaven|Corinth Mills|Darby|Elmira Heights|Gilead|Hollis Cross|Ironton|
Juniper Flats|Kenmore Park|Lodi Springs|Mayfield|Newberry|Orchard Park|Prospect|Riverside Landing|
Shiloh|Tolland|Warrenton|Bountiful|Providence Forge""".replace('\n', '').split('|')
TOWN_MISSPELT = {'Friendship': 'Freindship', 'Harmony': 'Harmoney', 'Brackenridge': 'Brakenridge',
                 'Granite Springs': 'Granit Springs', 'Stillwater Bend': 'Stilwater Bend',
                 'Larkhaven': 'Larkhavn', 'Farrowdale': 'Farrowdal', 'Coldwater': 'Coldwatr'}
STATES = ['MA', 'NH', 'VT', 'ME', 'CT', 'RI', 'NY', 'PA', 'OH', 'Mass.', 'Vermont', 'New Hampshire', 'Maine']
STREETS = ['Elm St', 'Quarry Rd', 'Birch Lane', 'Mill Pond Dr', 'Old County Rd', 'Harbor View Ave',
           'Tanner Street', 'Linden Ct', 'Route 9', 'Academy St', 'Frost Rd', 'Union Ave', 'Cobble Hill Rd',
           'Wentworth Pl', 'S. Main St', 'Orchard Terrace', 'Kettle Pond Way', 'Garnet Circle', 'Fairmount Blvd']

# hospitals: (name, acronym)
HOSPITALS = [
    ('Saint Brendan Medical Center', 'SBMC'), ('Halvorsen Memorial Hospital', 'HMH'),
    ('Coldwater Regional Medical Center', 'CRMC'), ('Mercy Pines Hospital', 'MPH'),
    ('Tri-County General', 'TCG'), ('Kestrel Point Community Hospital', 'KPCH'),
    ('Larkhaven University Hospital', 'LUH'), ('Bellhaven Heart Institute', 'BHI'),
    ('Our Lady of the Valley Hospital', 'OLV'), ('Granite Springs Medical Center', 'GSMC'),
    ('Upton Vale Hospital', 'UVH'), ('North Fenwick General Hospital', 'NFGH'),
    ('Ashgrove Children\'s Hospital', 'ACH'), ('Riverside Landing Medical Center', 'RLMC'),
    ('Prospect Valley Health', 'PVH'), ('Gilead Behavioral Health Pavilion', 'GBHP'),
    ('Whitby Junction Hospital', 'WJH'), ('Thornbury Memorial', 'TBM'),
    ('Corinth Mills Women and Infants', 'CMWI'), ('Stillwater Psychiatric Center', 'SPC'),
    ('Redding Heart & Vascular', 'RHV'), ('Marrow Valley Medical Center', 'MVMC'),
]
CLINICS = ['Fenwick Pediatrics', 'Little Acorns Pediatric Group', 'Maple Hollow Family Health', 'Tamarack Cardiology Associates',
           'Quarry Hill Community Health Center', 'Lake Orin Imaging', 'Oriel Open MRI', 'Rushford Cardiology',
           'Harborview Counseling Associates', 'Northpoint Behavioral Health', 'Two Rivers Mental Health',
           'Juniper Flats Health Center', 'Wexley Heart Rhythm Clinic', 'Shiloh Family Medicine',
           'Bright Start Pediatrics', 'Darby Diagnostic Imaging', 'Yarrow Valley Pulmonary']
AGENCIES = ['Dept of Children and Families', 'DCF', 'Adult Protective Services', 'Riverside Community Services Board',
            'Granite County Mobile Crisis', 'Safe Harbor Housing', 'Bridgeway Case Management', 'Early Intervention of Tolland County',
            'Kenmore Park Early Intervention', 'NAMI Upton chapter']
SHELTERS = ['Lantern House shelter', 'St. Jude Men\'s Shelter', 'Harbor Light Shelter', 'New Beginnings Women\'s Shelter',
            'Cornerstone Family Shelter']
GROUPHOMES = ['Maplewood Group Home', 'Pine Terrace residence', 'Birchwood House', 'Fairhaven Supported Living', 'Elm Court group home']
COURTS = ['Granite County District Court', 'Tolland Probate and Family Court', 'Upton Vale Juvenile Court',
          'Coldwater District Court', 'Darby Municipal Court', 'Superior Court of Rushford County']
POLICE = ['Coldwater PD', 'Ironton Police Dept', 'State Police barracks at Mayfield', 'Wexley police', 'Darby Police Department', 'Tolland County Sheriff']
EMPLOYERS = ['Hartmann Logistics', 'Kessler Tool & Die', 'Blue Heron Diner', 'Walgrove Distribution Center', 'Pine Barrow Public Works',
             'Stonegate Nursing Home', 'Tanner Auto Body', 'Lakeside Grocers', 'Ferraro Construction', 'Ironton Steel',
             'Orchard Park Country Club', 'Crestline Call Center']
INSURERS = ['Granite Health Plan', 'BayState Community Care', 'NorthStar Medicaid', 'Keystone Family Health Plan', 'Pinnacle Mutual',
            'Cardinal Care HMO', 'Evergreen Medicare Advantage']
PHARMACIES = ['Rushford Pharmacy', 'Dunmore Drug', 'Corner Apothecary', 'Hollis Cross Pharmacy', 'Medi-Mart pharmacy on Route 9']
SCHOOLS = ['Wexley Elementary', 'Juniper Flats Middle School', 'Two Rivers High School', 'St. Agnes Academy', 'Kenmore Park Elementary',
           'Hollis Cross Regional High', 'Larkhaven Montessori', 'Cedar Bluff Community College']
DAYCARES = ['Little Sprouts Daycare', 'Busy Bees Child Care', 'Sunshine Corner Learning Center', 'Tiny Steps Early Learning',
            'Kiddie Kove', 'Rainbow Ridge Preschool', 'Head Start on Academy St']
CHURCHES = ['First Baptist of Shiloh', 'St. Casimir Parish', 'Grace Tabernacle', 'Mount Zion AME', 'Holy Family Church']
WIC = ['Tolland County WIC office', 'WIC of Granite Springs', 'Ironton WIC clinic', 'Kenmore Park WIC', 'Riverside Landing WIC']
VENDORS = ['Corvane Medical', 'Helix Rhythm Systems', 'Stratacor', 'Veridian CardioTech', 'Boltwood Biomedical', 'NovaPulse Inc']
PROGRAMS = ['Bridgeway IOP', 'Clearpath Partial Hospital Program', 'Horizon ACT team', 'Second Wind Recovery', 'Mayfield Clubhouse']
ICLINICS = ['Lake Orin Imaging', 'Oriel Open MRI', 'Darby Diagnostic Imaging', 'Mayfield Radiology Group', 'Hollis Cross Imaging Center']
CCLINICS = ['Tamarack Cardiology Associates', 'Rushford Cardiology', 'Wexley Heart Rhythm Clinic', 'Yarrow Valley Heart Group', 'Marchand Cardiovascular']
PCLINICS = ['Harborview Counseling Associates', 'Northpoint Behavioral Health', 'Two Rivers Mental Health', 'Safe Passage Counseling', 'Gilead Outpatient Psychiatry']
KCLINICS = ['Fenwick Pediatrics', 'Little Acorns Pediatric Group', 'Bright Start Pediatrics', 'Hollis Cross Children\'s Clinic', 'Quarry Hill Community Health Center', 'Juniper Flats Health Center']
