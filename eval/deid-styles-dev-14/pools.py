"""Invented pools for deid-styles-dev-14 (written from scratch for this set)."""

SURNAMES = """Abernathy Achterberg Aldana Alvear Amundsen Arceneaux Ash Ashworth Balderas Barraza Bascom
Bellweather Bergeron Bettencourt Birchall Blackwood Blessing Boateng Bonilla Bracken Brightwater
Brookshire Burns Cabrera Cadwallader Calloway Camacho Cardenas Carrow Castellanos Chalmers Cinder
Clement Coldiron Cornejo Crane Cross Culpepper Dahlquist Delacruz Desrosiers Dimitrov Doolittle
Drummond Duarte Eberhardt Echols Ellsworth Embry Escobedo Espinal Fairbanks Farrow Fenwick Ferrante
Flint Fonseca Frost Fuentes Galvan Garrity Gentry Gillespie Goodnight Graft Grimsley Guajardo
Halloran Hartigan Hatchett Heard Hearth Hinojosa Holloway Honeycutt Huerta Ibarra Iverson Jaramillo
Jessup Kaczmarek Keel Kettleman Kimbrough Kowalczyk Lamb Landeros Langhorne Larkin Ledesma Lindqvist
Llewellyn Lockridge Lozano Macias Madrigal Mallory Marsh Matheson Medina Meeks Mercado Merriweather
Montalvo Moody Nakashima Navarrete Nettles Nightingale Nunez Oakes Ochoa Okafor Olmstead Orozco
Pacheco Paine Pennington Pepper Perales Pickering Quezada Quintero Radcliffe Ramsdell Rendon
Rosales Ruelas Saldana Salinas Sandoval Scarborough Sepulveda Shackelford Sizemore Sotelo
Spurlock Stanhope Steele Stoddard Stone Strickland Tafoya Talavera Temple Thistlewood Tijerina
Toller Trevino Underhill Urias Valdivia Vance Vargas Villarreal Wadsworth Waite Ward Wexler
Whitlock Winslow Wolfe Yarbrough Ybarra Zamora Zavala Zielinski Pulaski Heartwell Coffin Bedford
Monitor Pace Rhythm Vickery Bledsoe Ketchum Lacey Pruitt""".split()

FIRST_F = """Abigail Adela Alma Ana Anneliese Autumn Beatriz Bonnie Briar Carmen Celeste Charity Clover
Consuelo Daisy Dawn Delfina Dolores Ember Esperanza Faith Fern Flor Gloria Grace Guadalupe Hazel
Hope Imelda Iris Ivy Jasmine Joy June Karina Lark Leticia Liberty Lourdes Luz Magnolia Marisol Mercy
Milagros Noelle Olive Paloma Patience Pearl Penny Posey Raven Rocio Rosa Ruby Sage Serenity Sky
Socorro Sunny Tempest Trinity Valentina Willow Yesenia Zinnia""".split()

FIRST_M = """Aldo Ambrose Amos Arturo Axel Baker Blaze Bo Cash Chase Cisco Clay Colt Cruz Dale Dash
Deacon Diego Eladio Emeric Ezequiel Flint Ford Gage Gene Gus Heath Hector Hunter Ignacio Jair Jovan
Lazaro Lupe Major Marco Mason Miles Moises Nestor Octavio Pace Pierce Reed Rey Rigo Rocky Rusty
Salvador Santos Sterling Stone Tad Teo Ulises Victor Wade Will Wyatt Yahir Zane Pat Guy Bill Drew
Art Doc Rich""".split()

TOWNS = """Ashland Burnt_Hills Cinder_Falls Sparks Rescue Welcome Alert Monitor Lead Beacon Harmony
Ransom Stillwater Charity Embers Fairweather Pulse Rally Salvation Tempo Mercy_Bluff Kettle_Creek
Holloway Brindle Quarry_Junction Ostrander Pellham Westmoor Calloway_Springs Dunmore Larchmont_Ridge
Wickham Pine_Hollow Saltmarsh Tolland Vireo Brackett Garnet Hollis_Center Marlow Red_Oak
Easton_Mills Gilead Shiloh Ember_Point Lamplighter Fallon Cresthaven Sutter_Grove Bellamy Ortega
Lakeview_Terrace Poplar_Bend Arbor Crossing Plenty Truce Bliss""".split()
TOWNS = [t.replace('_', ' ') for t in TOWNS]
TOWN_TYPOS = {'Cinder Falls': 'Cinder Fals', 'Stillwater': 'Stilwater', 'Fairweather': 'Fairwether',
              'Salvation': 'Salvaton', 'Calloway Springs': 'Caloway Springs', 'Westmoor': 'Westmore'}

STATES = ['NM', 'AZ', 'Texas', 'TX', 'Oklahoma', 'OK', 'Kansas', 'CO', 'Colorado', 'NE', 'Nevada', 'UT']
STREETS = """Tallow Ln|Brickyard Rd|Quenching Way|Ironwood Ct|Sawmill Rd|Larkspur Dr|Hearthstone Ave|
Old Foundry Rd|Cottonwood St|Piñon Loop|Mesquite Trl|Kiln St|Chandler Ave|Bluebonnet Dr|Cistern Rd|
Arroyo Seco Rd|Tanner St|Copperline Blvd""".replace('\n', '').replace('ñ', 'n').split('|')

BURN_CENTERS = ['Mesa Verde Regional Burn Center', 'St. Brigid Burn & Wound Unit', 'Llano Estacado Burn Center',
                'Crestline Plastic & Reconstructive Surgery', 'Sangre Valley Burn ICU', 'Hollis Memorial Burn Unit',
                'Westmoor Reconstructive Institute']
HOSPITALS = ['Cinder Falls General Hospital', 'Stillwater Valley Medical Center', 'Our Lady of the Plains Hospital',
             'Kettle Creek Community Hospital', 'Pellham Regional Medical Center', 'Brackett County Hospital',
             'Dunmore Memorial', 'Bellamy Baptist Hospital', 'Sutter Grove Medical Center', 'Garnet Mesa Hospital',
             'Holloway Heart Institute', 'St. Anselm Medical Center', 'Tolland Valley Hospital']
HOSP_ACR = ['CFGH', 'SVMC', 'OLPH', 'KCCH', 'PRMC', 'BCH', 'SGMC', 'GMH', 'SAMC', 'TVH']
FIRE_DEPTS = ['Cinder Falls Fire Dept', 'Sparks Volunteer Fire Company', 'Brackett County Fire Rescue',
              'Ostrander FD', 'Rescue Fire District 4', 'Westmoor Fire & EMS', 'Quarry Junction VFD',
              'Pine Hollow Fire Protection District']
EMPLOYERS = ['Redline Galvanizing', 'Tallowford Rendering Co', 'Sunbelt Asphalt Paving', 'Pueblo Glassworks',
             'Kiln & Co Pottery', 'Copperline Electric', 'Mesa Fry House', "Dot's Diner", 'Hollister Chemical',
             'Great Plains Grain Coop', 'Ironside Welding LLC', 'Brindle Roofing', 'Vireo Foods',
             'Lamplighter Candle Works', 'Ember Point Refinery', 'Sutter Grove Schools', 'Quarry Junction Cement',
             'Nakashima Engineering', 'Fairweather Wind Services', 'Bellamy Poultry Processing',
             'Ostrander Mission Builders', 'Harmony Water Wells Inc']
PHOTO = ['Crestline Medical Photography', 'ClearView Clinical Imaging Studio', 'Larkin Photo & Video']
TRAVEL_CLINICS = ['Passport Wellness of Pellham', 'Globetrek Travel Medicine', 'Westmoor Travel & Vaccine Clinic',
                  'Brackett County Health Dept Immunization Clinic', 'Stillwater Valley Travel Clinic',
                  'Pulse Occupational Health', 'Garnet Mesa Employee Health']
TOUR_COS = ['Andes Trailways', 'Serengeti Sunrise Safaris', 'Mekong Lantern Tours', 'Himal Trek Co',
            'Blue Nile Expeditions', 'Amazonia Eco Lodges', 'Southern Cross Mission Travel',
            'Volunteers Across Borders', 'Harvest Hands Missions', 'Pilgrim Path Journeys']
SEND_EMPLOYERS = ['Kettleman Mining Intl', 'Okafor Petroleum Services', 'Wexler Water Projects',
                  'Grace Fellowship Church of Sparks', 'Lindqvist Agritech', 'Trinity Relief Partners',
                  'Monitor Aerospace', 'Pennington Telecom', 'Drummond Cargo Lines']
PHARMACIES = ['Walgrove Pharmacy', 'Mesa Drug #114', 'Plaza Farmacia', 'Sav-Right Pharmacy', 'Kettle Creek Apothecary',
              'Farmacia San Judas', 'CareMart Pharmacy #2290', 'Brackett Family Drug']
CLINICS = ['La Clinica del Valle', 'Centro de Salud Familiar Ortega', 'Pellham Internal Medicine',
           'Westmoor Family Practice', 'Stillwater Pediatrics', 'Clinica Esperanza', 'Fallon Wound Care Center',
           'Holloway Cardiology Associates', 'Bliss Street Community Clinic', 'Vireo Health Partners',
           'Cresthaven Orthopedics', 'Arbor Women\'s Health']
INTERP = ['LinguaBridge Remote', 'Voz Interpreting Services', 'Puente Language Partners', 'Habla Now Interpreting']
TELE_UNITS = ['Central Monitoring Unit', 'Remote Telemetry Hub', 'eICU Command Center']
TELE_SITES = ['Pellham Regional', 'Garnet Mesa', 'Tolland Valley', 'Dunmore Memorial', 'Bellamy Baptist',
              'St. Anselm', 'Sutter Grove']
SNF = ['Arbor Glen Rehab', 'Shiloh Manor Nursing Center', 'Cresthaven Care Center', 'Gilead Gardens Assisted Living']
INSURERS = ['Mesa Mutual Health', 'Plains Workers Comp Fund', 'Centennial Care Plus', 'High Desert HMO']
TRAVEL_INS = ['WanderGuard Travel Assist', 'Globe Shield Travel Insurance', 'Meridian Evac Plus']
CHURCHES = ['Iglesia Bautista El Buen Pastor', 'St. Casimir Parish', 'Harmony Full Gospel']

FOREIGN_CITIES = ['Lima', 'Cusco', 'Nairobi', 'Mombasa', 'Hanoi', 'Accra', 'Kumasi', 'Kampala', 'Lusaka', 'Dhaka',
                  'Cebu', 'Quito', 'Arusha', 'Siem Reap', 'Kathmandu', 'Pokhara', 'Oaxaca', 'Antigua', 'Marrakech',
                  'Luxor', 'Jaipur', 'Zanzibar', 'Lagos', 'La Paz', 'Manaus', 'Iquitos', 'Hue', 'Chiang Mai',
                  'Cartagena', 'Goma', 'Tamale', 'Leon', 'Granada', 'Santa Cruz']
COUNTRIES = ['Peru', 'Kenya', 'Vietnam', 'Ghana', 'Uganda', 'Zambia', 'Bangladesh', 'the Philippines', 'Ecuador',
             'Tanzania', 'Cambodia', 'Nepal', 'Mexico', 'Guatemala', 'Morocco', 'Egypt', 'India', 'Nigeria',
             'Bolivia', 'Brazil', 'Chad', 'Niger', 'Jordan', 'Turkey', 'Georgia', 'Nicaragua', 'Colombia', 'Thailand']

INSTITUTION_LISTS = [BURN_CENTERS, HOSPITALS, FIRE_DEPTS, EMPLOYERS, PHOTO, TRAVEL_CLINICS, TOUR_COS, SEND_EMPLOYERS,
                     PHARMACIES, CLINICS, INTERP, TELE_UNITS, SNF, INSURERS, TRAVEL_INS, CHURCHES]
