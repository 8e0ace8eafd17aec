"""Invented pools for deid-styles-dev-11. Every name, town, street and institution here was made up
for this set; any likeness to a real person or body is chance."""

SURNAMES = """Abernathy Aldous Amsel Antrobus Arkwright Ashdown Bakewell Balfry Barrowclough Bassinger Beadle
Belcourt Bell Bellweather Benbow Berry Birtwhistle Blackmoor Blenkin Bonifield Bone Bracegirdle Brindle
Brockhurst Bunce Burlingame Cadwell Calloway Carden Castellow Catterall Chalke Chisholm Clegg Cobbold
Coldwater Cole Cook Corrigan Cotterill Crane Crisp Cutforth Dandridge Darrow Dearing Delacroix Dimmock
Drumm Dunmore Eckersley Edgecombe Elsworth Enright Fairbrother Farnsworth Fenwick Fitchett Flint Frost
Fry Gadsby Gallimore Garside Gillingham Glasscock Goodbody Gorringe Greenhalgh Gribble Grimshaw Hallam
Hambly Harcourt Hart Hatherley Haverstock Heald Hetherington Hobday Holloway Horn Hucknall Ibbotson
Ingledew Jagger Jellicoe Kettleborough Kingsnorth Knapper Lamb Lancely Larkin Lean Ledgard Lightfoot
Loud Lovibond Lowther Makepeace Marrow Mayhew Merriweather Micklethwaite Moody Mossop Mountjoy Nettleship
Noakes Oates Ormerod Outhwaite Paddock Pankhurst Peabody Pendlebury Pettigrew Pilling Pocklington Quarrie
Quinton Rackham Rainsford Ramsbottom Redfern Rice Ring Rowbotham Sallis Satterthwaite Scarisbrick
Sedgwick Sharp Shillingford Sidebottom Small Snowden Spurling Stainforth Still Stott Strong Sugden
Swindlehurst Tallentire Tankersley Thackeray Thistlewood Tone Treadwell Truscott Tuttle Umfreville Vane
Varley Venables Wadsworth Wainwright Walmsley Warburton Weatherall Whitehead Wigglesworth Winterbottom
Wolstenholme Wood Worthington Yardley Yeadon Zabriskie Okonkwo Adeyemi Nakashima Villalobos Quintanilla
Szymanski Kowalczyk Oyelaran Haddad Marchetti Lindqvist Ferreira Mbeki Achterberg Duchamp Takahara""".split()

FIRST_M = """Ambrose Barnaby Bill Blaine Brook Cash Chase Clement Cliff Colt Cosmo Dale Desmond Drew Ellis Emery
Ernest Fabian Ford Frank Gale Gideon Grant Gus Hale Hunter Ivo Jasper Jude King Lane Leander Lyle Major
Mason Miles Moss Nash Noble Orrin Pat Percy Pierce Quentin Ransom Reed Rich Royal Rusty Sterling Stone
Tad Thaddeus Wade Will Winston Woody Yusuf Emeka Kenji Mateo Tomasz Rafferty Cormac Lorne Booker
Obadiah Thurston Alaric Hollis Merritt Dashiell""".split()

FIRST_F = """Amity Aurelia Bernadette Birdie Bliss Brandy Candy Cherry Clementine Coral Dawn Delphine Destiny
Faith Fern Ginger Grace Hazel Heather Honey Hope Iris Ivy Jewel Joy Juniper Liberty Lark Lavender Lottie
Mercy Meadow Minerva Opal Patience Pearl Pepper Poppy Precious Prudence Raven Rose Ruby Saffron Sage
Sunny Summer Temperance Trinity Velvet Winter Wren Zinnia Adaeze Keiko Ximena Agnieszka Ottilie Philippa
Henrietta Marisol Imogen Tallulah Oona Perpetua Rosalind Sorrel""".split()

TOWNS = """Hope Union Eden Liberty Harmony Friendship Bliss Justice Commerce Industry Energy Plain Bath Accord
Welcome Comfort Prosper Oracle Fairplay Loyalty Truth Charity Ransom Marrowby Ashcombe Bellbrook
Brackenridge Caddington Coldharbour Dunsford Elmwick Fallowfield Glenmarrow Gorsley Hallowmere
Harrowgate Kettlewell Larkhill Lowmoor Mapleford Millbeck Northwold Oakhollow Pellston Quarry Ridgebury
Saltmarsh Stonebridge Thornwick Tillingham Upper Wexley Wexbridge Whitlow Yarrowdale Cedar Falls
Port Aldous""".split('\n')
TOWNS = [t for line in TOWNS for t in line.split(' ') if t]
# two-word towns (kept whole)
TOWNS = [t for t in TOWNS if t not in ('Upper', 'Wexley', 'Cedar', 'Falls', 'Port', 'Aldous')] + [
    'Upper Wexley', 'Cedar Falls', 'Port Aldous', 'North Harmony', 'East Justice', 'Little Eden']

STATES = ['Ohio', 'Vermont', 'Kansas', 'Oregon', 'Maine', 'Iowa', 'Nevada', 'Georgia', 'Montana', 'Delaware']
STATE_ABBR = ['OH', 'VT', 'KS', 'OR', 'ME', 'IA', 'NV', 'GA', 'MT', 'DE', 'PA', 'WI', 'MN', 'NC']

STREETS = ['Birch Hollow Rd', 'Tanner Lane', 'Quarry St', 'Old Mill Road', 'Cobblestone Ct', 'Fenwick Ave',
           'Larkspur Dr', 'Saltbox Way', 'Hatchery Rd', 'Orchard Terrace', 'Kiln Street', 'Beacon Hill Rd',
           'Wheelwright Ln', 'Ferry Landing', 'Granary Pl', 'Drover Rd', 'Chapel Row', 'Foundry Blvd']

INSTITUTIONS = {
    'hosp': ['Marrowby General Hospital', 'St. Ottilie Medical Center', 'Hallowmere Regional Medical Center',
             'Kettlewell Community Hospital', 'Ridgebury Memorial', 'Northwold University Hospital',
             'Saltmarsh Valley Hospital', 'Mercy Glen Hospital', 'Fallowfield County Medical Center',
             'Larkhill Baptist Hospital', 'Our Lady of the Pines Hospital', 'Pellston Health Center',
             'Gorsley Veterans Medical Center', 'Thornwick Childrens Hospital', 'Brackenridge Methodist'],
    'clinic': ['Elmwick Family Practice', 'Quarry Street Health Center', 'Harmony Primary Care',
               'Wexbridge Internal Medicine', 'Caddington Community Clinic', 'Lowmoor FQHC',
               'Beacon Hill Pediatrics', 'Dunsford Walk-In Care'],
    'sponsor': ['Veltrane Therapeutics', 'Orison Biopharma', 'Kestrel Bio', 'Halberd Pharmaceuticals',
                'Luminel Inc.', 'Tessaract Oncology', 'Pyxis Cardiometabolic', 'Argentum Neuro'],
    'cro': ['Halvard Clinical Research', 'Meridian Trial Partners', 'Cobalt CRO', 'Northstar Clinical Services',
            'Paragon Site Solutions', 'TrialWorks Global'],
    'irb': ['Northwold University IRB', 'Aldous Independent Review Board', 'Sentinel IRB',
            'Marrowby General Human Subjects Committee', 'Compass Ethics Review'],
    'lab': ['Centrix Central Laboratory', 'Fallowfield Reference Lab', 'Bellbrook Diagnostics', 'QuantaPath Labs'],
    'fac': ['Coldharbour County Jail', 'Stonebridge Correctional Facility', 'Millbeck Detention Center',
            'Tillingham State Prison', 'Northwold Regional Jail', 'Justice Center of Yarrowdale',
            'Gorsley Women\'s Correctional Institution', 'Whitlow Juvenile Detention', 'Harrowgate Work Release Center',
            'Saltmarsh Federal Correctional Institution'],
    'court': ['Yarrowdale District Court', 'Coldharbour County Superior Court', 'Mapleford Municipal Court',
              'Justice Township Court', 'Northwold Drug Court'],
    'transport': ['Bluewater Secure Transport', 'Ironside Prisoner Transport', 'County Sheriff Transport Unit',
                  'Pellston Ambulance Service', 'Lowmoor EMS'],
    'police': ['Coldharbour County Sheriff\'s Office', 'Yarrowdale Police Department', 'Mapleford PD',
               'State Highway Patrol Troop K', 'Tillingham Township Police'],
    'agency': ['State Dept of Corrections Region 4',
               'Marrowby Public Defender\'s Office', 'Hope Valley Reentry Services', 'Fallowfield Probation and Parole'],
    'entclinic': ['Larkhill ENT Associates', 'Northwold Hearing and Balance Center', 'Ridgebury Otolaryngology',
                  'Bellbrook Audiology Group', 'Saltmarsh Cochlear Implant Program', 'Comfort Hearing Clinic'],
    'vendor': ['ClearTone Hearing Aid Center', 'Sound Choice Hearing', 'Elmwick Hearing Aids & Batteries',
               'HearWell Dispensary', 'Mapleford Hearing Services'],
    'school': ['Larkhill Elementary', 'Justice Middle School', 'Ridgebury High School', 'Wexbridge Academy',
               'Millbeck School for the Deaf', 'Harmony Christian School', 'Upper Wexley Community College',
               'Gorsley Montessori', 'Saltmarsh Valley University', 'Eden Consolidated School District'],
    'employer': ['Quarry Ridge Logistics', 'Pellston Foundry', 'Halloway Call Center', 'Marrowby Packing Co.',
                 'Stonebridge Sawmill', 'Fenwick Dental Group', 'Union Rail Yard', 'Ashcombe Grain Elevator',
                 'Tillingham Airport', 'Harmony Casino'],
    'insurer': ['BlueHarbor Health Plan', 'Keystone Mutual', 'Prairie Shield Insurance', 'Ashcombe Medicaid HMO',
                'UnityCare Advantage', 'Cornerstone Employee Benefits', 'Harmony Health Alliance', 'Meridia PPO'],
    'gym': ['Iron Anvil Fitness', 'Saltmarsh YMCA', 'PulseCore Gym', 'Larkhill Aquatic Center',
            'Curves of Elmwick', 'Fit Union 24/7', 'Bellbrook Rec Center'],
    'grocery': ['FreshHarvest Market', 'Kettle Creek Grocery', 'ValuBasket Foods', 'Dunsford Co-op',
                'Aldi-Mart of Millbeck', 'Ridgeway Supermarket'],
    'foodbank': ['Second Helping Food Pantry', 'Eden Community Food Bank', 'St. Perpetua Pantry',
                 'Harvest Table of Lowmoor', 'Loaves & Fishes Fallowfield'],
    'group': ['New Beginnings Bariatric Support Group', 'Lighter Living Circle', 'Hallowmere WLS Support',
              'Tuesday Night Losers Club', 'Harmony After-Surgery Group'],
    'venue': ['Mapleford Public Library', 'Comfort Lutheran Church', 'Oakhollow Community Center',
              'Grange Hall in Welcome', 'Kettlewell Senior Center'],
    'bari': ['Hallowmere Bariatric Institute', 'Marrowby Center for Weight Management',
             'Northwold Metabolic Surgery Program', 'Ridgebury Healthy Weight Clinic'],
    'pharm': ['Corner Drug of Bliss', 'RxPlus Pharmacy', 'Apothecary Row Pharmacy', 'Wexbridge Rx', 'Fallowfield Specialty Pharmacy'],
    'church': ['Grace Tabernacle', 'Holy Redeemer Parish', 'Friendship Baptist Church', 'Temple Beth Elmwick'],
}
