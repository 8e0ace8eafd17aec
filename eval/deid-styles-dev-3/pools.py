"""Invented pools for deid-styles-dev-3 (written from scratch for this set)."""

FIRST = """Aoife Siobhan Ciaran Declan Niamh Padraig Grainne Eamon Orla Fionnuala
Mateo Xiomara Joaquin Yesenia Rodrigo Marisol Esteban Guadalupe Ignacio Paloma
Joao Conceicao Tiago Ines Rui Fernanda Goncalo Leonor
Giuseppe Carmela Salvatore Annunziata Marcello Graziella Vito Loredana
Wojciech Grazyna Przemyslaw Agnieszka Zbigniew Malgorzata Jadwiga Tadeusz
Chukwuemeka Ngozi Oluwaseun Folasade Adebayo Chiamaka Ifeoma Babatunde
Kwabena Akosua Yaw Efua Kofi Abena Kwame Ama
Thanh Huong Quang Lien Minh Phuong Duc Hoa
Xiaoling Jianguo Meiling Zhiwei Yufei Hongbo
Seo-yeon Jae-won Min-jun Hye-jin Dong-hyun Eun-ji
Prakash Lakshmi Venkatesh Anjali Sunil Deepika Harpreet Gurinder Ritu
Khalid Yasmin Tariq Rania Mahmoud Layla Nasser Samira
Abdirahman Hodan Faadumo Abdiweli Ayaan Warsame
Jean-Baptiste Mireille Wesner Nadege Fritzner Guerline
Rowena Jericho Maricel Reynaldo Divina Arnel
Yevgeny Svetlana Dmitri Oksana Anatoly Lyudmila
Hope Grace Rose Will Frank Faith Joy Victory Ivy Hazel Lily Dawn Autumn Sterling
Bartholomew Winifred Clement Eunice Mildred Rupert Agatha Ambrose Beulah Ellsworth
Kayden Brayleigh Jaxon Tinsley Maddox Oaklynn Ryker Everly""".split()

NICK = {'William': 'Bill', 'Margaret': 'Peggy', 'Robert': 'Bobby', 'Elizabeth': 'Betsy',
        'Frank': 'Frankie', 'Bartholomew': 'Bart', 'Winifred': 'Winnie', 'Mildred': 'Millie',
        'Salvatore': 'Sal', 'Giuseppe': 'Pino', 'Przemyslaw': 'Przemek', 'Malgorzata': 'Gosia',
        'Oluwaseun': 'Seun', 'Chukwuemeka': 'Emeka', 'Dmitri': 'Dima', 'Svetlana': 'Sveta',
        'Yevgeny': 'Zhenya', 'Abdirahman': 'Abdi', 'Ellsworth': 'Woody', 'Clement': 'Clem',
        'Eunice': 'Neecy', 'Ambrose': 'Brose', 'Reynaldo': 'Rey', 'Guadalupe': 'Lupe',
        'Jean-Baptiste': 'JB', 'Lyudmila': 'Luda', 'Annunziata': 'Nancy', 'Fionnuala': 'Nuala'}

EXTRA_FIRST_NICK = list(NICK)  # also usable as first names

SURNAME = """Kavanagh Ni-Bhriain O'Rourke MacGiolla Fennelly Dunleavy Tierney Gallagher Scanlon Hegarty
Quintanilla Arreola Villalobos Sandoval-Ruiz Barrientos Cienfuegos Echeverria de la Cruz Montoya Zepeda
dos Santos Figueiredo Carvalhal Magalhaes Nogueira da Silva Quaresma Teixeira Sobral
Abbruzzese Capodanno di Stefano Lo Presti Santangelo Buonocore Iacobelli Mastroianni Tagliaferro D'Ambrosio
Wisniewski Grabowski Szczepanik Przybylski Kaczmarek Zielinska Dabrowski Jablonski Wojcik-Nowak Pietrzak
Okonkwo Adeyemi Nwachukwu Eze Obiora Balogun Oyelaran Chukwu Ogunleye Anyanwu
Asante Owusu-Ansah Boateng Mensah Agyeman Ofori Darko Appiah Kyei Amoako
Nguyen Tran Pham Hoang Vuong Dinh Truong Luong
Zhao Qian Sun Guo Luo Xu-Lin Dong Feng
Baek Shin Hwang Ryu Kang Yoon Jeon
Raghunathan Subramaniam Chakraborty Venkataraman Deshpande Sandhu Grewal Iyer Bhattacharya Menon
Al-Hashimi Haddad Khoury Abu-Saleh Nasrallah El-Sayed Mansour Qureshi
Warsame Abdullahi Farah Hirsi Mohamud Jama
Desrosiers Pierre-Louis Jean-Charles Dorvil Toussaint Cineus
Dimaculangan Villaruel Macapagal Bautista Manalo Sison
Volkov Lebedeva Kuznetsov Zaitseva Morozov Orlov
Hill Baker Page Young Love Church Ward Bishop Marsh Field Wood Parsons Fox Brook Stone Hale Sparrow Lamb Rich Goodnight
Van der Berg Ten Eyck St. Onge De Wit Le Blanc Fitzwilliam Ashcombe Pemberton Winterbottom
Hollingsworth Thistlewood Grimshaw Oakhurst Bramley Cobbold Pennywhistle Catterall Dunmore Ravensworth
Stoltzfus Yoder Kauffman Brubaker
Kowalczyk-Reyes Mendez-Okafor Lindqvist Haugland Eriksdottir Virtanen Kallio Szabo Horvath Novak
Papadakis Georgiou Karamanlis Demir Yilmaz Ozturk""".replace('de la Cruz', 'de_la_Cruz').replace('dos Santos', 'dos_Santos').replace('da Silva', 'da_Silva').replace('di Stefano', 'di_Stefano').replace('Lo Presti', 'Lo_Presti').replace('Van der Berg', 'Van_der_Berg').replace('Ten Eyck', 'Ten_Eyck').replace('St. Onge', 'St._Onge').replace('De Wit', 'De_Wit').replace('Le Blanc', 'Le_Blanc').split()
SURNAME = [s.replace('_', ' ') for s in SURNAME]

TOWNS = """Harlow Falls|Quarry Bend|Millbrook|East Tolland|North Hatfield|Pine Ridge|Cedarville|Lantern Hill|Fox Hollow
Port Ansel|Wickford|Greystone|Marlow Junction|Saltmarsh|Bellhaven|Ashby Center|Oakmere|Riverton|Stonebridge
Kettle Cove|Three Rivers|West Brantley|Hadley Springs|Corliss|Dunmore Flats|Orchard Park|Maple Shade|Crown Point
Brookhollow|New Galway|Sandwich Neck|Eastvale|Willow Grove|Hopewell|Temperance|Liberty|Plainfield|Union|Friendship
Goshen|Canaan|Mount Zion|Lisbon Falls|Pomfret|Tarrytown Heights|Belmont Ridge|Glen Ellery|Halcyon|Ferndale
Rockport Mills|Sugar Creek|Cold Spring|Bear Run|Elk Grove Village|Shelby Forks|Patience|Fairhope|Bountiful
Newcastle Landing|Arden|Bristolwood|Kingsbury|Woodstock Valley|Pelham Manor|Chester Gap|Saugatuck Bay|Wren""".replace('\n', '|').split('|')

STATES = ['MA', 'NH', 'Vermont', 'Connecticut', 'RI', 'Maine', 'NY', 'Pennsylvania', 'Ohio', 'NJ', 'Delaware', 'Michigan']

STREET_NAMES = """Quarry Rd|Tannery Ln|Orchard Way|Bascom St|Old County Rd|Kettle Pond Dr|Mill Race Ct|Salt Hay Rd|Butternut Ln
Federal St|Prospect Ave|Wheelwright Dr|Cranberry Hwy|Liberty Pl|Coldbrook Rd|Lantern Ln|Hemlock Terr|Ridgeview Ave
Sparrow Hill Rd|Church St|Ward Hill Ave|Bishop Rd|Pleasant St|Union Tpke|Elm Street|Route 9|Beaver Dam Rd|Partridge Ln""".replace('\n', '|').split('|')

HOSPITALS = [('Harlow Falls Regional Medical Center', 'HFRMC'), ('St. Brendan of Clonfert Hospital', 'SBCH'),
             ('Quarry Bend Community Hospital', 'QBCH'), ('Millbrook General', 'MBG'),
             ('Our Lady of Kettle Cove Medical Center', 'OLKC'), ('Greystone Valley Hospital', 'GVH'),
             ('Bellhaven Memorial Hospital', 'BMH'), ('Riverton University Hospital', 'RUH'),
             ('Port Ansel Deaconess', 'PAD'), ('Wickford Baptist Medical Center', 'WBMC'),
             ('Saltmarsh Veterans Affairs Medical Center', 'SVAMC'), ('Cedarville Childrens Hospital', 'CCH'),
             ('Mount Zion Hospital of Eastvale', 'MZHE'), ('Three Rivers Health Alliance', 'TRHA')]

NURSING = ['Maple Shade Rehabilitation and Nursing', 'Willow Grove Manor', 'The Pemberton at Oakmere',
           'Hopewell Gardens Assisted Living', 'Lantern Hill Skilled Nursing', 'St. Agatha Residence',
           'Fox Hollow Senior Living', 'Brookhollow Commons']

ORAL = ['Bayside Oral & Maxillofacial Surgery', 'Quarry Bend Family Dentistry', 'Smiles of Stonebridge',
        'Hadley Springs Dental Group', 'Ridgeview Pediatric Dentistry', 'Eastvale Periodontics',
        'Kettle Cove Dental Arts', 'Wickford Endodontic Associates', 'Coldbrook Dental Care',
        'Greystone Oral Surgery Associates', 'Temperance Community Dental Clinic', 'Pine Ridge Orthodontics']
ORAL_ACR = {'Bayside Oral & Maxillofacial Surgery': 'BOMS', 'Greystone Oral Surgery Associates': 'GOSA',
            'Hadley Springs Dental Group': 'HSDG'}

EYE = ['Riverton Eye Institute', 'Harlow Falls Retina Consultants', 'Clearview Optometry of Millbrook',
       'Bellhaven Vision Center', 'Oakmere Eye Associates', 'Sugar Creek Optical', 'Glen Ellery Family Eye Care',
       'New Galway Retina & Uveitis', 'Lantern Hill LASIK Center', 'Crown Point Eye Surgery Center',
       'Pelham Manor Optometric Group', 'Eastvale Glaucoma Specialists']
EYE_ACR = {'Riverton Eye Institute': 'REI', 'Harlow Falls Retina Consultants': 'HFRC',
           'Crown Point Eye Surgery Center': 'CPESC'}

NEURO = ['Riverton Sleep Disorders Center', 'Quarry Bend Sleep Lab', 'Greystone Neurodiagnostic Laboratory',
         'Bellhaven EEG & Epilepsy Monitoring Unit', 'Somnus Sleep Partners of Eastvale', 'Hadley Springs Neurology',
         'Three Rivers NeuroPhysiology Associates', 'Oakmere Sleep Health', 'Restwell Diagnostics LLC',
         'Port Ansel Neuromuscular Clinic', 'Wickford Sleep & Wake Center', 'NorthStar Home Sleep Testing']
NEURO_ACR = {'Riverton Sleep Disorders Center': 'RSDC', 'Greystone Neurodiagnostic Laboratory': 'GNL',
             'Bellhaven EEG & Epilepsy Monitoring Unit': 'BEEMU'}

AGENCIES = ['Harbor Light Home Health', 'Good Shepherd Hospice of Millbrook', 'VNA of Greater Riverton',
            'Comfort Keepers of Cedarville', 'Seasons of Grace Hospice', 'Tri-County Visiting Nurses',
            'Kettle Cove Community Hospice', 'Amedisys-Eastvale', 'BrightStar Care of Port Ansel',
            'Hospice of the Three Rivers', 'Gentle Hands Home Care', 'Lighthouse Palliative Partners']
AGENCY_ACR = {'VNA of Greater Riverton': 'VNAGR', 'Hospice of the Three Rivers': 'HTR',
              'Tri-County Visiting Nurses': 'TCVN'}

PHARMACIES = ['Walgreens on Federal St', 'CVS Harlow Falls', 'Rite Aid Wickford', 'Millbrook Apothecary',
              'Hannaford Pharmacy Oakmere', 'Kinney Drugs', 'Stop & Shop Pharmacy Eastvale', 'Greystone Compounding Pharmacy',
              'Costco Pharmacy Riverton', 'Medicine Shoppe of Liberty']
DME = ['Apria Healthcare', 'Lincare of Riverton', 'Northeast Medical Supply', 'Rotech', 'Bayside Home Medical',
       'AdaptHealth Quarry Bend', 'Granite State Oxygen', 'Harlow Mobility & Rehab']

LABS = ['Quest Diagnostics', 'LabCorp', 'Harlow Falls Reference Lab', 'Mercy Regional Lab Services',
        'Bioreference of Eastvale']

EMPLOYERS = ['Wickford Paper Mill', 'Stonebridge Public Schools', 'Hadley Springs Fire Dept', 'Dunkin on Route 9',
             'Marlow Junction Rail Yard', 'Eastvale Amazon warehouse', 'Bellhaven Shipyard', 'Kauffman Dairy Farm',
             'Riverton State College', 'Oakmere Post Office', 'Tarrytown Heights Middle School', 'Saltmarsh Lobster Co-op',
             'Greystone Quarry Co', 'UPS Harlow Falls', 'Pine Ridge Walmart']
INSURERS = ['Harvard Pilgrim', 'Tufts Health Plan', 'Delta Dental of Massachusetts', 'VSP', 'EyeMed',
            'MassHealth', 'Medicare Part A', 'Blue Cross Blue Shield of Vermont', 'Aetna Better Health',
            'Anthem', 'United Healthcare Community Plan', 'Fallon Health']
SCHOOLS = ['Hopewell Elementary', 'Riverton State College', 'St. Clement Academy', 'Marlow Junction High School',
           'Cedarville Community College']
CHURCHES = ['St. Brigid Parish', 'First Baptist Church of Liberty', 'Temple Beth Shalom of Oakmere',
            'Iglesia Pentecostal Monte Sinai', 'Masjid Al-Noor of Eastvale', 'Holy Trinity Greek Orthodox']
TRANSPORT = ['MedRide Transit', 'Kettle Cove Wheelchair Van Service', 'GoodRoads Medical Transport',
             'Tri-Town Cab', 'Careway Ambulette', 'Patriot Ambulance']
