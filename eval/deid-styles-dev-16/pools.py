"""Invented pools for deid-styles-dev-16 (written from scratch for this set)."""

SURNAMES = """Abernathy Ackroyd Aldana Almquist Amberly Ansel Applewhite Arbogast Ashdown Auclair Babcock Baker
Balfour Bancroft Barlowe Bascomb Beaudry Bellamy Benbow Bergdahl Birdsong Bishop Blackwood Blevins Bliss Bonner
Bosworth Boudreaux Bramwell Brightman Broadhurst Brooks Buckley Burkhalter Calloway Camber Carrow Castellanos
Chadwick Chastain Church Clement Colfax Corrigan Cottingham Crane Cromartie Dagenais Dalrymple Darrow Delacroix
Dempsey Desrosiers Dillard Dobrowski Dunmore Eberhardt Edgerton Ellsworth Emberley Fairweather Falkner Farnsworth
Fenwick Field Finch Fitzhugh Fleury Fontaine Forsythe Frost Gallagher Garber Gatling Gilchrist Glass Goodnight
Gorski Grafton Greenhalgh Gunderson Hale Halloran Hammersley Harkness Hatfield Hawthorne Heathcote Hedlund Hill
Holloway Hopewell Huxley Ingram Isaksen Jablonski Jessup Kavanagh Keele Kettering Kincaid Klopp Knox Lachance
Lamb Langford Larkin Lattimore Ledbetter Lindqvist Lockhart Love Lowery Macready Mallard Marsh Mayhew McAlister
Merriweather Millbrook Moody Moreland Mossberg Nakashima Needham Nightingale Norcross Oakes Ogilvie Okafor Ormsby
Pardee Partridge Peabody Pettigrew Pike Prewitt Quarles Radcliffe Rainwater Ransom Redfern Rhinehart Rook Rowntree
Sallow Santangelo Savage Seagrave Shackleford Sharpe Shelby Silverman Slade Snow Sorensen Stallworth Steadman
Stone Strand Summer Sutter Swift Tallmadge Thornbury Tindall Trask Truelove Underhill Vandermeer Vance Villalobos
Wainwright Walcott Ward Waverly Weatherby Whitlock Wilder Winslow Wolfe Woodard Wren Yarbrough Youngblood Zeller
Zimmerly Pope Parsons Mercer Hunter""".split()

FIRST_F = """Abigail Ada Adeline Alma Amber April Aurora Bea Bernadette Blessing Briar Brooke Camila Candace Carmen
Cecily Charity Clover Constance Darlene Dawn Delphine Dove Eleni Eloise Esperanza Faith Fern Gemma Ginger Grace
Harmony Hazel Heather Honor Imogen Ivy Jade Joy June Justice Kestrel Lark Laurel Liberty Lotus Mabel Marigold
Maude Meadow Mercy Minerva Noor Opal Patience Pearl Poppy Precious Prudence Rain Raven Ruby Saffron Sage Serenity
Sunny Temperance Tuesday Verity Willow Winter Yesenia Zinnia Hope Rose Iris Olive Summer""".split()

FIRST_M = """Abbott Alder Ambrose Amos Anselm Archer Arlo August Baker Barnaby Basil Birch Bishop Booker Brock Cash
Chance Chester Clay Cliff Colt Dale Dash Deacon Dusty Ellis Emeric Ezra Fisher Flint Ford Forrest Frank Gage Garth
Grant Gus Hardy Hawk Hugo Ike Jem Judge Kit Lance Lazarus Major Mark Marsh Mason Miles Moss Nash Noble Oakley
Obi Otis Pierce Price Reed Rex Rocky Royal Rusty Sterling Stone Tad Thaddeus Tobias Tucker Victor Walker Will
Wolf Wyatt Zeke Bill Guy Gene Art Cole""".split()

_T = """Ashbury|Bellhaven|Birchmont|Cold Spring|Corliss|Crandall Falls|Dunmoor|East Harlow|Eden|Elkhorn|Fairmount|
Farrow|Glen Abbey|Goshen|Hollis|Ivydale|Jericho|Kettle Bend|Lantern Hill|Liberty|Lowell Ridge|Marbury|Millbrook|
Mount Hebron|New Galway|Normal|North Tolland|Oak Hollow|Paradise|Pembrook|Pine Barrens|Quarry Junction|Radley|
Riverbend|Rome|Saltmarsh|Sandusky Flats|Silver Lake|Stillwater|Sunbury|Temperance|Thornton Wells|Truth|Union|
Unity|Vale|Wexford|Whitby|Willow Creek|Winterport|Yarrowdale|Zion Crossing|Welcome|Hazard|Comfort|Climax|Carefree"""
TOWNS = [t.strip() for t in _T.replace('\n', '').split('|')]
TOWN_TYPOS = {'Bellhaven': 'Belhaven', 'Stillwater': 'Stilwater', 'Winterport': 'Wintreport', 'Millbrook': 'Milbrook',
              'Yarrowdale': 'Yarowdale', 'Pembrook': 'Pembroke'}

STATES = ['MA', 'NH', 'VT', 'ME', 'CT', 'RI', 'NY', 'PA', 'Ohio', 'Vermont', 'New Hampshire', 'Maine', 'OH', 'WV']
STREET_NAMES = ['Tanner Rd', 'Quarry Lane', 'Orchard St', 'Mill Pond Road', 'Old County Rd', 'Birch Ave', 'Kettle Way',
                'Harbor View Dr', 'Depot St', 'Spruce Hollow Rd', 'Academy Street', 'Cider Mill Ln', 'Route 9A',
                'Meetinghouse Rd', 'Lark Circle', 'Foundry Blvd', 'Chapel Street', 'Pheasant Run']

HOSPITALS = """Harlow Valley Medical Center|St. Ignatius Hospital|Kettle Bend Regional Hospital|Mercy of the Pines Hospital|
Saltmarsh General Hospital|Pembrook Memorial Hospital|Union Baptist Medical Center|Wexford County Hospital|
Lantern Hill Community Hospital|Our Lady of Stillwater|Dunmoor University Hospital|Riverbend Health Center|
Eden Valley Hospital|Goshen Critical Access Hospital|Northgate Medical Center|Sunbury Samaritan Hospital|
Birchmont Childrens Hospital|Marbury VA Medical Center|Fairmount Methodist Hospital|Silver Lake Regional"""
HOSPITALS = [h.strip() for h in HOSPITALS.replace('\n', '').split('|')]
HOSP_ACRO = ['HVMC', 'SIH', 'KBRH', 'MOTP', 'SGH', 'PMH', 'UBMC', 'WCH', 'LHCH', 'OLS', 'DUH', 'RHC', 'EVH', 'GCAH',
             'NMC', 'SSH', 'BCH', 'MVAMC', 'FMH', 'SLR']

CLINICS = """Quarry Junction Family Practice|Ashbury Internal Medicine Associates|Hollis Pulmonary & Sleep|
Tolland Heart Specialists|Cold Spring Gastroenterology|Ivydale Neurology Group|Riverside Rheumatology PC|
Jericho Kidney Care|Whitby Endocrine Clinic|Farrow Orthopaedic Partners|Glen Abbey Urology|Vale Dermatology|
Pine Barrens Pain Center|Crandall Falls Women's Health|Radley Hematology-Oncology|New Galway Community Health Center|
Mount Hebron Free Clinic|Elkhorn ENT Associates|Winterport Wound Clinic|Corliss Memory Center"""
CLINICS = [c.strip() for c in CLINICS.replace('\n', '').split('|')]

IMAGING = ['Tollgate Imaging', 'ClearView Radiology of Goshen', 'Birchmont Open MRI', 'Northshore Diagnostic Imaging',
           'Radiant Imaging Partners', 'Millbrook Outpatient Imaging']
LABS = ['Keystone Reference Lab', 'Granite Pathology Associates', 'BioQuest Labs', 'Valley Clinical Laboratory']
EMS = ['Lowell Ridge Fire Rescue', 'Harlow Ambulance Service', 'Kettle Bend Volunteer Ambulance', 'Tri-Town EMS',
       'Wexford County EMS', 'AirMed 4 Lifeflight', 'Saltmarsh Fire Dept', 'Eagle Ambulance', 'Rome Rescue Squad',
       'Comfort Fire & EMS', 'Northstar Critical Care Transport', 'Unity Volunteer Fire Co']
SNF = ['Maple Terrace Nursing Home', 'Brookhaven Rehab & Nursing', 'The Willows at Eden', 'Cedar Knoll Assisted Living',
       'Goshen Manor', 'Heritage Pointe SNF', 'Lakeside Care Center', 'Oakwood Gardens', 'Pilgrim Place', 'Sunrise Hill LTC']
PHARMACIES = ['Harlow Drug', 'Pillbox Pharmacy of Union', 'Corner Apothecary', 'MedMart #2214 on Depot St',
              'Ridgeline Specialty Pharmacy', 'Valley Discount Drug', 'Family Care Pharmacy', 'Quickscript Pharmacy']
CHURCHES = ['First Congregational of Vale', 'St. Brendan Parish', 'Grace Fellowship', 'Temple Beth Shalom of Whitby',
            'New Hope Baptist', 'Holy Trinity Orthodox', 'Riverbend Bible Chapel', 'Islamic Center of Sunbury']
EMPLOYERS = ['Pemberton Paper Mill', 'Kettle Bend Schools', 'Atlas Freight Lines', 'Harlow Valley Bank',
             'Northgate Lumber', 'Cold Spring Creamery', 'Vantage Plastics', 'Saltmarsh Shipyard']
INSURERS = ['Granite State Health Plan', 'Bluecrest Medicaid', 'Pinnacle Mutual', 'Keystone Senior Advantage',
            'Harborline Health', 'CommonCare HMO']
HOMEHEALTH = ['VNA of Wexford County', 'Caring Hands Home Health', 'Compass Hospice', 'Twin Rivers Hospice',
              'BrightPath Home Care', 'Hearthside Visiting Nurses']
SCHOOLS = ['Marbury High School', 'Unity Elementary', 'Sunbury Community College', 'Glen Abbey Academy']
TRANSCRIPTION = ['Accuscribe', 'VoxMed Transcription', 'ClearNote Dictation Services', 'Scribewell']

INSTITUTIONS = (HOSPITALS + CLINICS + IMAGING + LABS + EMS + SNF + PHARMACIES + CHURCHES + EMPLOYERS + INSURERS
                + HOMEHEALTH + SCHOOLS + TRANSCRIPTION)

RELATIONS_F = ['wife', 'daughter', 'mother', 'sister', 'niece', 'granddaughter', 'daughter-in-law', 'partner', 'aunt']
RELATIONS_M = ['husband', 'son', 'father', 'brother', 'nephew', 'grandson', 'son-in-law', 'partner', 'uncle']
