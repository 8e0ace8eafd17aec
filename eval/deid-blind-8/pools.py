"""Invented pools for deid-styles-dev-9 (written from scratch for this set)."""

SURNAMES = """Abernathy Achterberg Adeyemi Agbaje Alcantara Alderete Amundsen Anand Antonelli Arceneaux
Ashby Aucoin Baker Balogun Bardsley Barrientos Baumgartner Beauchesne Belcourt Bergstrom Bhatnagar
Bishop Blackwood Blanchette Bodnar Bogdanovic Bouchard Brandvold Brewer Bright Brook Cabrera Calloway
Carmody Castellanos Chakraborty Chau Chevalier Chinwe Church Cisneros Coldwell Comeau Coyle Crane
Cruickshank Dahlberg Dang Darrow Delacroix Demir Dimitriou Doucette Drummond Dubois Duquette Eberhardt
Ekwueme Ellsworth Espinoza Falk Farrow Fenwick Field Figueroa Fitzhugh Flores Fontaine Forde Fox
Fujimoto Gallagher Garnier Gaspard Gebremedhin Gillespie Glass Goldfarb Gonzaga Grimaldi Guerrero
Haddad Halvorsen Hammond Harjo Hasegawa Hearn Hill Hope Horvath Hoskins Huang Ibarra Ivanova Jablonski
Jaramillo Jeudy Kaczmarek Kamara Kapoor Kealoha Kettering Khoury Kimura Kowalczyk Krishnan Lachance
Lamb Landry Larkspur Lavigne Lindqvist Lombardo Love Lundgren Macaulay Madsen Mahlangu Marsh Mbeki
Medeiros Mendoza Moreau Mukherjee Nakashima Nasser Ndiaye Nguyen Nowicki Obi Odhiambo Okafor Olander
Oyelaran Pacheco Page Papadakis Parrish Pelletier Pham Pike Quintero Rahimi Ramdass Reyes Rivard Rose
Rossetti Rutkowski Salazar Santangelo Sauer Schoenfeld Sepulveda Shah Silverstein Sokolov Stone
Street Strickland Suleiman Sutherland Szabo Takahashi Tamez Teague Thibodeaux Toussaint Trang Underhill
Urquhart Valdivia Vance Vasquez Villeneuve Wade Ward Washington Waters Weatherby Whitlock Winter
Wojcik Wood Yamada Yazzie Young Zaragoza Zeller Zielinski Zubiri""".split()

FIRST = """Abigail Ada Adebayo Agnes Ahmed Aiko Alma Amara Ambrose Anders Angelica Annika Archie Arlo
Arturo Asha Augustin Beatrix Benedikt Bernadette Birdie Bjorn Blessing Bridget Bronwyn Calvin
Camille Candace Carmen Cecil Chidi Clementine Colette Cornelius Dalia Delphine Desmond Dolores
Dorothea Eamon Edith Efua Eldon Elif Elsie Emeka Enid Esperanza Eustace Faith Farida Fern Florence
Floyd Fumiko Gaspar Genevieve Gideon Gladys Grace Gunther Hamid Harriet Hazel Hector Hilde Hope
Horace Ignatius Ilse Imani Ines Irving Isadora Ivo Jasper Jovita Juniper Kalani Kasimir Kenji Kofi
Lavinia Leopold Lorna Lucinda Lupe Mabel Magnus Marisol Matthias Maude Merle Milos Mireille Nadia
Nanami Nikolai Norma Obadiah Odette Olamide Opal Orville Pearl Perpetua Priya Prudence Quentin
Rafaela Reuben Rosalind Ruby Rufus Saoirse Sebastian Selma Sigrid Solomon Sunny Tatiana Thaddeus
Theodora Tobias Ulla Valentin Vera Vivian Wendell Will Winifred Xiomara Yusuf Zainab Zelda Zora
Amos Baptiste Cyrus Dov Elio Ferdinand Hollis Ishaan Joaquin Lazlo Mercy Patience Dawn Sterling""".split()

BABY_FIRST = """Aurelio Bea Caspian Delilah Ezra Fiadh Giovanni Haven Indigo Juno Kai Leilani Mateo Nova
Oakley Phoenix Quinn Remy Sage Tenley Ulises Wren Yara Zephyr Ivy Rowan Sky Brooks Lark""".split()

TOWNS = """Ashgrove|Bellhaven|Birch Falls|Bramley|Calder Point|Cedar Bluff|Clearwater Springs|Comfort|
Copperton|Dunmore|East Harrow|Eldridge|Fairmont Ridge|Fenwick Mills|Glenrose|Goshen|Granite Hollow|
Harmony|Hazelton|Hope|Inverley|Juniper Flats|Kestrel Bay|Kingsbury|Lakemoor|Larchmont Station|
Liberty|Lowell Cross|Maple Corners|Marigold|Millbrook|Moss Landing|New Dorset|North Ashby|Oakhurst|
Orchard Hill|Patience|Pine Barrens|Port Alder|Prosper|Quarry Hill|Redwater|Riverbend|Rosedale|
Saint Brendan|Salem Creek|Shelby Junction|Silver Lake|South Tolland|Springvale|Stillwater|
Summit|Thornbury|Trinity|Union|Upper Falls|Valley Forge Heights|Victory|Walden Hollow|Westbury|
Willow Creek|Windsor Gap|Yarrow|Zion""".replace('\n', '').split('|')

TOWN_MISSPELT = ['Bellhavn', 'Kingsbry', 'Hazleton', 'Stilwater', 'Glenross', 'Thornberry', 'Millbrok']

STREETS = """Alder Way|Beacon St|Birchwood Ln|Canal Rd|Chapel Hill Rd|Cobblestone Ct|Dogwood Dr|Elm St|
Ferry Rd|Foundry Ave|Garnet Cir|Harbor View Dr|Ironwood Pl|Juniper Ter|Kettle Pond Rd|Lark Ln|
Mill Race Rd|Northgate Blvd|Orchard St|Parsonage Rd|Quail Run|Railroad Ave|Sawmill Rd|Tanager Ct|
Union Tpke|Vine St|Water St|Wren Hollow Rd""".replace('\n', '').split('|')

STATES = ['Vermont', 'VT', 'Ohio', 'OH', 'Maine', 'ME', 'Oregon', 'OR', 'Kansas', 'KS', 'N. Carolina', 'NC', 'Iowa', 'Nebraska', 'NH']

# (name, acronym or None) per kind
INST = {
    'HOSP': [('Saint Brendan Regional Medical Center', 'SBRMC'), ('Calder Point General Hospital', 'CPGH'),
             ('Riverbend Memorial Hospital', 'RMH'), ('Kestrel Bay Medical Center', 'KBMC'),
             ('Harmony Valley Hospital', 'HVH'), ('Thornbury University Hospital', 'TUH'),
             ('Mercy Ridge Hospital', 'MRH'), ('Granite Hollow Community Hospital', 'GHCH'),
             ("Women and Infants' Hospital of Lakemoor", 'WIHL'), ('Oakhurst Children\'s Hospital', 'OCH'),
             ('Fairmont Ridge Medical Center', 'FRMC'), ('Pine Barrens County Hospital', 'PBCH')],
    'SNF': [('Maple Corners Rehabilitation and Nursing', 'MCRN'), ('Willow Creek Manor', 'WCM'),
            ('The Arbors at Glenrose', None), ('Stillwater Health Care Center', 'SHCC'),
            ('Cedar Bluff Nursing Home', 'CBNH'), ('Orchard Hill Senior Living', None),
            ('Bellhaven Gardens Assisted Living', 'BGAL'), ('Quarry Hill Transitional Care', 'QHTC'),
            ('Heritage House of Eldridge', None), ('Saint Anselm Home for the Aged', 'SAHA')],
    'CLIN': [('Riverbend Geriatric Associates', 'RGA'), ('Lakemoor Family Practice', 'LFP'),
             ('Copperton Memory Clinic', None), ('Kingsbury Pediatrics', None),
             ('Thornbury Developmental Follow-up Clinic', 'DFC'), ('Summit Cardiology Group', None),
             ('Hazelton Community Health Center', 'HCHC'), ('Westbury Internal Medicine', 'WIM'),
             ('Early Intervention Program of Goshen County', 'EI'), ('Prosper Pediatric Ophthalmology', None)],
    'HOSPICE': [('Lantern Hospice of the Valley', None), ('Gentle Shores Hospice', 'GSH'),
                ('Evening Star Home Health & Hospice', None), ('Salem Creek VNA Hospice', 'SCVNA')],
    'PHARM': [('Millbrook Apothecary', None), ('PharmaServe LTC Pharmacy', None), ('Greenleaf Drug', None),
              ('Oakhurst Long Term Care Pharmacy', 'OLTCP'), ('Corner Rx of Dunmore', None)],
    'AMB': [('Redwater Ambulance Service', None), ('Lifeline Medical Transport', None),
            ('Kestrel Bay EMS', 'KBEMS'), ('Tri-County Wheelchair Van', None), ('Harrow Valley Ambulance', 'HVA')],
    'NTRANS': [('AirCare Neonatal Transport', None), ('Kids Flight of the Valley', None),
               ('Thornbury Neonatal Transport Team', 'TNTT'), ('Angel One Critical Care Transport', None)],
    'OBCLIN': [('Lakemoor Women\'s Health', 'LWH'), ('Birch Falls OB/GYN Associates', None),
               ('Riverbend Midwifery Collective', None), ('Hazelton Community Health Center', 'HCHC'),
               ('Maternal Fetal Medicine of Kestrel Bay', 'MFM')],
    'INS': [('Evergreen Mutual Health Plan', 'EMHP'), ('Keystone Senior Advantage', None),
            ('Northfield Community Care', 'NCC'), ('Blue Heron Health Insurance', None),
            ('Prairie State Medicaid Plan', 'PSMP'), ('Unified Workers Benefit Trust', 'UWBT'),
            ('Cornerstone Health Partners', 'CHP'), ('SilverPath Medicare HMO', None)],
    'UMVENDOR': [('ClearReview Utilization Services', None), ('MedAuth Solutions', None),
                 ('Pinnacle Review Group', None), ('Sentinel Appeals Management', None)],
    'CHURCH': [('Saint Casimir Parish', None), ('First Baptist Church of Comfort', None),
               ('Temple Beth Shalom of Westbury', None), ('Masjid Al-Noor of Lakemoor', None),
               ('Holy Trinity Greek Orthodox Church', None), ('Living Waters Pentecostal Church', None),
               ('Sri Ganesha Temple', None), ('Grace Lutheran Church', None),
               ('Our Lady of Guadalupe Church', None), ('Kingsbury Friends Meeting', None),
               ('Vietnamese Buddhist Pagoda of Port Alder', None)],
    'FUNERAL': [('Hartwell & Sons Funeral Home', None), ('Eldridge Memorial Chapel', None),
                ('Peace Valley Funeral Services', None), ('Castillo Funeral Home', None)],
    'AGENCY': [('Area Agency on Aging of Riverbend', 'AAA'), ('Adult Protective Services', 'APS'),
               ('Goshen County Family Services', None), ('Refugee Resettlement Partners', None),
               ('Meals on Wheels of Hazelton', None), ('New Arrivals Community Center', None),
               ('Hmong Family Association', None), ('Catholic Charities of Thornbury', None),
               ('Deaf Services Center of Springvale', None), ('WIC office of Kingsbury', 'WIC')],
    'INTERP': [('LinguaBridge Interpreting', None), ('CommuniCare Language Line', None),
               ('Global Voices Interpreters', None), ('SignWell ASL Services', None)],
    'EMPL': [('Copperton Paper Mill', None), ('Lakemoor School District', None), ('Hazelton Foods', None),
             ('Tolland Valley Railroad', None), ('Port Alder Shipyard', None), ('Ridgeline Poultry', None)],
    'VENDOR': [('Medline-style Supply of Dunmore', None), ('Apex Home Medical', None), ('Comfort Care DME', None)],
}

LANGS = ['Spanish', 'Vietnamese', 'Haitian Creole', 'Portuguese', 'Somali', 'Arabic', 'Mandarin', 'Cantonese',
         'Russian', 'Nepali', 'Karen', 'Hmong', 'Polish', 'Tigrinya', 'Dari', 'Swahili', 'ASL', 'Bosnian', 'Khmer']
