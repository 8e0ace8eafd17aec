/**
 * Writer `family`: synthetic perinatal, paediatric and family-health notes with labelled PHI.
 *
 * Settings: labour and delivery, NICU (admission and daily), newborn nursery and discharge,
 * lactation, paediatric sick visits and hospital notes, school nursing, adolescent clinic,
 * genetic counselling (pedigrees), foster-care / adoption visits and subspecialty letters to parents.
 *
 * Notes are built from pieces (plain strings and labelled spans); case changes and typos are applied
 * to the pieces, and offsets are computed only when the final text is joined, so spans cannot drift.
 * Everything here is invented.
 */
import { mulberry32 } from '../../../util/prng.js';

export const WRITER_NAME = 'family';

export const FAMILY_STYLES: readonly string[] = [
  'ld_delivery',
  'nicu_admit',
  'nicu_daily',
  'nursery_discharge',
  'lactation',
  'peds_sick',
  'peds_hospital',
  'school_nurse',
  'adolescent',
  'genetic_pedigree',
  'foster_adoption',
  'subspecialty_letter',
];

export interface GeneratedSpan { start: number; end: number; category: string }
export interface GeneratedNote { patient: string; text: string; phi: GeneratedSpan[]; style: string }

type Cat = 'NAME' | 'LOCATION' | 'STATE' | 'DATE' | 'DATE_YEAR' | 'AGE' | 'PHONE' | 'ID' | 'EMAIL' | 'URL' | 'OTHER';
interface Span { t: string; c: Cat }
type Piece = string | Span;
type Rng = () => number;

// ---------------------------------------------------------------------------------------------
// Inventories (invented for this writer)
// ---------------------------------------------------------------------------------------------

const FIRST_NAMES: readonly string[] = [
  // West / East African
  'Chidi', 'Ngozi', 'Adaeze', 'Oluwaseun', 'Kwame', 'Abena', 'Kofi', 'Ama', 'Yaw', 'Efua', 'Chiamaka', 'Emeka',
  'Folake', 'Tunde', 'Babajide', 'Aissatou', 'Mamadou', 'Fatoumata', 'Ousmane', 'Kwabena', 'Nkechi', 'Ifeoma',
  'Segun', 'Wanjiru', 'Abebe', 'Tsion', 'Hiwot', 'Makena',
  // South Asian
  'Aarav', 'Priya', 'Ananya', 'Rohan', 'Ishaan', 'Kavya', 'Sanjay', 'Deepa', 'Harpreet', 'Gurpreet', 'Arjun',
  'Meera', 'Nikhil', 'Saanvi', 'Tanvir', 'Farzana', 'Rizwan', 'Lakshmi',
  // East / Southeast Asian
  'Mei', 'Jun', 'Hiroshi', 'Yuki', 'Haruto', 'Sakura', 'Min-jun', 'Ji-woo', 'Seo-yeon', 'Wei', 'Xiaoling', 'Bao',
  'Linh', 'Thuy', 'Minh', 'Quynh',
  // Slavic
  'Dmitri', 'Katarzyna', 'Oksana', 'Bogdan', 'Milena', 'Zoran', 'Jelena', 'Vasyl', 'Agnieszka', 'Radek',
  'Svetlana', 'Ivana', 'Tomasz',
  // Arabic
  'Yusuf', 'Layla', 'Omar', 'Fatima', 'Amira', 'Khalid', 'Nour', 'Hamza', 'Rania', 'Zainab', 'Tariq', 'Salma',
  'Idris', 'Yasmin',
  // Hispanic
  'Mateo', 'Sofia', 'Valentina', 'Santiago', 'Xiomara', 'Guadalupe', 'Joaquin', 'Esperanza', 'Luz', 'Marisol',
  'Alejandro', 'Yesenia', 'Rigoberto', 'Itzel', 'Dulce', 'Camila', 'Emiliano',
  // Nordic
  'Astrid', 'Sven', 'Ingrid', 'Leif', 'Sigrid', 'Bjorn', 'Freya', 'Eskil', 'Solveig', 'Henrik', 'Liv',
  // Native American
  'Aiyana', 'Takoda', 'Winona', 'Chayton', 'Kaya', 'Dakota', 'Nizhoni', 'Ahanu', 'Halona',
  // Pacific
  'Keoni', 'Leilani', 'Kalani', 'Malia', 'Sione', 'Tevita', 'Mele', 'Losa', 'Pua', 'Makoa',
  // English words as names
  'Hope', 'Grace', 'Rose', 'Faith', 'Joy', 'June', 'Hunter', 'River', 'Sky', 'Brook', 'Will', 'Frank', 'Bill',
  'Dawn', 'Autumn', 'Summer', 'Star', 'Patience', 'Mercy', 'Sunny', 'Ivy', 'Hazel', 'Iris', 'Wren', 'Sage',
  // Anglo / African American / older generation
  'Olivia', 'Liam', 'Noah', 'Emma', 'Ava', 'Jackson', 'Harper', 'Caleb', 'Brayden', 'Kaylee', 'Maddox', 'Nevaeh',
  'Jaxon', 'Aubree', 'Colton', 'Bentley', 'Paisley', 'Trinity', 'Destiny', 'DeShawn', 'Jamal', 'Tanisha',
  'Keisha', 'Imani', 'Darnell', 'Latoya', 'Marquis', 'Jaylen', 'Aaliyah', 'Brianna', 'Tyrone', 'Denise',
  'Gwendolyn', 'Theodore', 'Eleanor', 'Beatrice', 'Walter', 'Mildred', 'Harold', 'Dorothy', 'Eugene', 'Agnes',
  'Otis', 'Cornelius',
  // Irish / Scots, Hebrew, Caucasus / Anatolia
  'Siobhan', 'Niamh', 'Declan', 'Ciaran', 'Aoife', 'Eilidh', 'Fergus', 'Avi', 'Shoshana', 'Moshe', 'Rivka',
  'Yael', 'Eliezer', 'Anahit', 'Tigran', 'Giorgi', 'Nino', 'Ayse', 'Emre', 'Kerem', 'Elif', 'Zeynep',
];

const MALE_NAMES = new Set([
  'Chidi', 'Kwame', 'Kofi', 'Yaw', 'Emeka', 'Tunde', 'Babajide', 'Mamadou', 'Ousmane', 'Kwabena', 'Segun', 'Abebe',
  'Aarav', 'Rohan', 'Ishaan', 'Sanjay', 'Arjun', 'Nikhil', 'Tanvir', 'Rizwan', 'Hiroshi', 'Haruto', 'Min-jun', 'Wei',
  'Bao', 'Minh', 'Dmitri', 'Bogdan', 'Zoran', 'Vasyl', 'Radek', 'Tomasz', 'Yusuf', 'Omar', 'Khalid', 'Hamza', 'Tariq',
  'Idris', 'Mateo', 'Santiago', 'Joaquin', 'Alejandro', 'Rigoberto', 'Emiliano', 'Sven', 'Leif', 'Bjorn', 'Eskil',
  'Henrik', 'Takoda', 'Chayton', 'Ahanu', 'Keoni', 'Sione', 'Tevita', 'Makoa', 'Hunter', 'Will', 'Frank', 'Bill',
  'Liam', 'Noah', 'Jackson', 'Caleb', 'Brayden', 'Maddox', 'Jaxon', 'Colton', 'Bentley', 'DeShawn', 'Jamal', 'Darnell',
  'Marquis', 'Jaylen', 'Tyrone', 'Theodore', 'Walter', 'Harold', 'Eugene', 'Otis', 'Cornelius', 'Declan', 'Ciaran',
  'Fergus', 'Avi', 'Moshe', 'Eliezer', 'Tigran', 'Giorgi', 'Emre', 'Kerem',
]);
const NEUTRAL_NAMES = new Set(['Oluwaseun', 'Jun', 'Ji-woo', 'Dakota', 'Kalani', 'River', 'Sky', 'Sage', 'Sunny', 'Kaya']);
const FIRST_M: readonly string[] = FIRST_NAMES.filter((n) => MALE_NAMES.has(n) || NEUTRAL_NAMES.has(n));
const FIRST_F: readonly string[] = FIRST_NAMES.filter((n) => !MALE_NAMES.has(n));

const NICKNAMES: Record<string, string> = {
  Theodore: 'Teddy', Oluwaseun: 'Seun', Babajide: 'Jide', Katarzyna: 'Kasia', Alejandro: 'Alex', Guadalupe: 'Lupe',
  Margaret: 'Peggy', Dmitri: 'Dima', Cornelius: 'Neil', Gwendolyn: 'Gwen', Esperanza: 'Espe', Elizabeth: 'Libby',
  Emiliano: 'Emi', Santiago: 'Santi', Valentina: 'Vale', Beatrice: 'Bea', Eleanor: 'Nell', Rigoberto: 'Rigo',
  Svetlana: 'Sveta', Agnieszka: 'Aga', Chiamaka: 'Amaka', Harold: 'Hal', Mildred: 'Millie', Dorothy: 'Dot',
};

const SURNAMES: readonly string[] = [
  'Okafor', 'Adeyemi', 'Mensah', 'Boateng', 'Asante', 'Diallo', 'Ndiaye', 'Balogun', 'Eze', 'Nwankwo', 'Owusu',
  'Oyelaran', 'Toure', 'Keita', 'Adebayo', 'Okonkwo', 'Agyeman', 'Fofana', 'Sesay', 'Kamara',
  'Tesfaye', 'Kebede', 'Wanjiku', 'Mwangi', 'Haile', 'Otieno',
  'Patel', 'Sharma', 'Reddy', 'Iyer', 'Chaudhry', 'Banerjee', 'Mukherjee', 'Gill', 'Sandhu', 'Rahman', 'Hossain',
  'Siddiqui', 'Nair', 'Venkataraman', 'Desai', 'Kapoor',
  'Nguyen', 'Tran', 'Pham', 'Le', 'Kim', 'Park', 'Choi', 'Chen', 'Wang', 'Liu', 'Zhang', 'Tanaka', 'Sato',
  'Nakamura', 'Yamamoto', 'Huang', 'Lim', 'Vo',
  'Kowalski', 'Nowak', 'Wisniewski', 'Petrov', 'Ivanova', 'Shevchenko', 'Kovalenko', 'Novak', 'Horvat', 'Dvorak',
  'Jovanovic', 'Popescu', 'Zielinski', 'Sokolov', 'Bondarenko',
  'Haddad', 'Al-Sayed', 'Nasser', 'Khoury', 'Mansour', 'Hamdan', 'Abdullah', 'El-Amin', 'Saleh', 'Farouk',
  'Qureshi', 'Bakr',
  'Garcia', 'Hernandez', 'Rodriguez', 'Martinez', 'Lopez', 'de la Cruz', 'Castillo', 'Morales', 'Ramirez',
  'Villanueva', 'Ochoa', 'Quintero', 'Alvarado', 'Sandoval', 'Zepeda', 'del Rio', 'Esquivel', 'Ybarra', 'Cienfuegos',
  'Lindqvist', 'Johansson', 'Halvorsen', 'Andersen', 'Bergstrom', 'Nygaard', 'Solberg', 'Eriksen', 'Magnusson', 'Haugen',
  'Begay', 'Yazzie', 'Tsosie', 'Benally', 'Whitehorse', 'Two Bulls', 'Runningwater', 'Bearheart', 'Redcloud', 'Lonefight',
  'Kealoha', 'Kahananui', 'Fonoti', 'Tuilagi', 'Vaifale', 'Taufa', 'Mahoe', 'Akana',
  'van der Berg', 'Van Dyke', 'de Vries', 'von Ahn', "O'Connell", 'McAllister', 'MacLeod', 'St. Clair', "D'Souza",
  "D'Amico", 'Di Salvo',
  'Stone', 'Hill', 'Price', 'Young', 'Bell', 'Love', 'King', 'Brown', 'Long', 'Page', 'Wood', 'Lamb', 'Sharp',
  'Moody', 'Bond', 'Small', 'Swift', 'Rich', 'Best', 'Cross', 'Fields', 'Rivers', 'Bishop', 'Foley', 'Frank',
  'Whitfield', 'Harrington', 'Pemberton', 'Caldwell', 'Thornton', 'Blackwood', 'Ashby', 'Fairchild', 'Holloway',
  'Kincaid', 'Prescott', 'Winslow', 'Dempsey', 'Gallagher', 'Kowalczyk', 'Schreiber', 'Hoffmann', 'Baumgartner',
  'Fitzgerald', 'Donnelly', 'Brennan', 'Ferreira', 'Carvalho', 'Goncalves', 'Moreau', 'Dubois', 'Lefebvre',
  'Rossi', 'Bianchi', 'Esposito', 'Papadopoulos', 'Georgiou', 'Yilmaz', 'Demir', 'Sargsyan', 'Petrosyan',
  'Beridze', 'Cohen', 'Friedman', 'Katz', 'Shapiro', 'Washington', 'Jefferson', 'Freeman', 'Robinson', 'Coleman',
  'Dawkins', 'Pryor', 'Mayfield',
];

/** Towns with their state; several are ordinary English words. */
const TOWNS: readonly (readonly [string, string])[] = [
  ['Harmony', 'PA'], ['Liberty', 'MO'], ['Friendship', 'WI'], ['Bend', 'OR'], ['Union', 'KY'], ['Plainfield', 'IN'],
  ['Cold Spring', 'MN'], ['Riverbend', 'NC'], ['Cedar Falls', 'IA'], ['Eagle Pass', 'TX'],
  ['Truth or Consequences', 'NM'], ['Hope', 'AR'], ['Paradise', 'CA'], ['Temple', 'TX'], ['Normal', 'IL'],
  ['Independence', 'KS'], ['Commerce', 'GA'], ['Enterprise', 'AL'], ['Beaver', 'UT'], ['Marble', 'CO'],
  ['Mound City', 'MO'], ['Gallup', 'NM'], ['Chinle', 'AZ'], ['Kayenta', 'AZ'], ['Hilo', 'HI'], ['Waipahu', 'HI'],
  ['Kapolei', 'HI'], ['Bethel', 'AK'], ['Nome', 'AK'], ['Rugby', 'ND'], ['Pierre', 'SD'], ['Pine Ridge', 'SD'],
  ['Hamtramck', 'MI'], ['Dearborn', 'MI'], ['Lowell', 'MA'], ['Fall River', 'MA'], ['Woonsocket', 'RI'],
  ['Lewiston', 'ME'], ['Burlington', 'VT'], ['Keene', 'NH'], ['Passaic', 'NJ'], ['Yonkers', 'NY'], ['Utica', 'NY'],
  ['Scranton', 'PA'], ['Wheeling', 'WV'], ['Frederick', 'MD'], ['Dover', 'DE'], ['Roanoke', 'VA'],
  ['Greenville', 'SC'], ['Macon', 'GA'], ['Ocala', 'FL'], ['Homestead', 'FL'], ['Dothan', 'AL'], ['Tupelo', 'MS'],
  ['Houma', 'LA'], ['Texarkana', 'AR'], ['Laredo', 'TX'], ['Lubbock', 'TX'], ['Muskogee', 'OK'], ['Salina', 'KS'],
  ['Kearney', 'NE'], ['Ames', 'IA'], ['Rochester', 'MN'], ['Eau Claire', 'WI'], ['Kalamazoo', 'MI'],
  ['Elkhart', 'IN'], ['Dayton', 'OH'], ['Lima', 'OH'], ['Bowling Green', 'KY'], ['Jackson', 'TN'],
  ['Paducah', 'KY'], ['Joplin', 'MO'], ['Cheyenne', 'WY'], ['Billings', 'MT'], ['Twin Falls', 'ID'],
  ['Yakima', 'WA'], ['Medford', 'OR'], ['Fresno', 'CA'], ['Ukiah', 'CA'], ['Flagstaff', 'AZ'], ['Pueblo', 'CO'],
  ['Ogden', 'UT'], ['Elko', 'NV'], ['St. Cloud', 'MN'], ['Ft. Defiance', 'AZ'], ['Mt. Pleasant', 'MI'],
  ['Port Angeles', 'WA'], ['North Platte', 'NE'], ['De Queen', 'AR'], ['La Junta', 'CO'], ['Las Cruces', 'NM'], ['Orange', 'TX'], ['Warren', 'OH'], ['Mercy', 'IA'],
];

const STATE_NAMES: Record<string, string> = {
  PA: 'Pennsylvania', MO: 'Missouri', WI: 'Wisconsin', OR: 'Oregon', KY: 'Kentucky', IN: 'Indiana', MN: 'Minnesota',
  NC: 'North Carolina', IA: 'Iowa', TX: 'Texas', NM: 'New Mexico', AR: 'Arkansas', CA: 'California', IL: 'Illinois',
  KS: 'Kansas', GA: 'Georgia', AL: 'Alabama', UT: 'Utah', CO: 'Colorado', AZ: 'Arizona', HI: 'Hawaii', AK: 'Alaska',
  ND: 'North Dakota', SD: 'South Dakota', MI: 'Michigan', MA: 'Massachusetts', RI: 'Rhode Island', ME: 'Maine',
  VT: 'Vermont', NH: 'New Hampshire', NJ: 'New Jersey', NY: 'New York', WV: 'West Virginia', MD: 'Maryland',
  DE: 'Delaware', VA: 'Virginia', SC: 'South Carolina', FL: 'Florida', MS: 'Mississippi', LA: 'Louisiana',
  OK: 'Oklahoma', NE: 'Nebraska', OH: 'Ohio', TN: 'Tennessee', WY: 'Wyoming', MT: 'Montana', ID: 'Idaho',
  WA: 'Washington', NV: 'Nevada',
};

const COUNTRIES: readonly string[] = [
  'Nigeria', 'Ghana', 'Guatemala', 'Honduras', 'Ethiopia', 'Haiti', 'China', 'Vietnam', 'Ukraine', 'Philippines',
  'India', 'Mexico', 'Somalia', 'Afghanistan', 'Colombia', 'Poland', 'Bulgaria', 'Kazakhstan', 'South Korea',
  'Samoa', 'Tonga', 'Syria', 'Iraq', 'Bhutan', 'Nepal', 'Sierra Leone', 'Guinea', 'El Salvador', 'Armenia',
  'Georgia', 'Norway', 'Ireland',
];

interface Inst { full: string; short: readonly string[]; domain: string }
const HOSPITALS: readonly Inst[] = [
  { full: "St. Brigid Women's and Children's Hospital", short: ['St. Brigid', 'SBWCH', "Brigid's"], domain: 'stbrigid.org' },
  { full: 'Cedar Valley Regional Medical Center', short: ['Cedar Valley', 'CVRMC'], domain: 'cvrmc.org' },
  { full: "Lakeshore Children's Hospital", short: ["Lakeshore Children's", 'LCH', 'Lakeshore'], domain: 'lakeshorekids.org' },
  { full: 'Mercy Birthing Center of the Plains', short: ['Mercy Birthing', 'MBCP'], domain: 'mbcp.org' },
  { full: 'Harmon Memorial Hospital', short: ['Harmon Memorial', 'HMH', 'Harmon'], domain: 'harmonmemorial.org' },
  { full: 'Good Samaritan Perinatal Institute', short: ['Good Sam', 'GSPI'], domain: 'gspi.org' },
  { full: 'Makani Women and Keiki Center', short: ['Makani', 'MWKC'], domain: 'makanikeiki.org' },
  { full: 'University Hospital of the Northern Plains', short: ['UHNP', 'Northern Plains'], domain: 'uhnp.edu' },
  { full: "Children's Mercy of the Ozarks", short: ['CMO', 'Ozarks Mercy'], domain: 'cmozarks.org' },
  { full: 'Holy Cross Medical Center', short: ['Holy Cross', 'HCMC'], domain: 'holycrossmc.org' },
  { full: 'Bayview Community Hospital', short: ['Bayview', 'BCH'], domain: 'bayviewcommunity.org' },
  { full: 'St. Anselm Regional', short: ['St. Anselm', 'SAR'], domain: 'stanselm.org' },
  { full: "Magnolia Children's Hospital", short: ['Magnolia', 'MCH'], domain: 'magnoliachildrens.org' },
  { full: 'Willow Creek Birth Center', short: ['Willow Creek', 'WCBC'], domain: 'willowcreekbirth.com' },
];

const CLINICS: readonly Inst[] = [
  { full: 'Riverside Family Health Center', short: ['Riverside FHC', 'RFHC'], domain: 'rfhc.org' },
  { full: 'Blue Heron Pediatrics', short: ['Blue Heron', 'BHP'], domain: 'blueheronpeds.com' },
  { full: 'Tall Grass Indian Health Clinic', short: ['Tall Grass IHC', 'Tall Grass'], domain: 'tallgrassihc.org' },
  { full: 'Kettering Falls Pediatric Associates', short: ['KFPA', 'Kettering Peds'], domain: 'kfpeds.com' },
  { full: 'Desert Bloom Family Clinic', short: ['Desert Bloom', 'DBFC'], domain: 'desertbloomclinic.org' },
  { full: 'Northgate Neonatal Associates', short: ['Northgate Neo', 'NNA'], domain: 'northgateneo.com' },
  { full: 'Sunrise Adolescent Health Clinic', short: ['Sunrise Teen Clinic', 'SAHC'], domain: 'sunriseteen.org' },
  { full: 'Eastbrook Teen Health Center', short: ['Eastbrook THC', 'Eastbrook'], domain: 'eastbrookthc.org' },
  { full: 'Little Oaks Pediatric Group', short: ['Little Oaks', 'LOPG'], domain: 'littleoakspeds.com' },
  { full: 'Paloma Community Health', short: ['Paloma CH', 'Paloma'], domain: 'palomach.org' },
];

const SPECIALTY: readonly Inst[] = [
  { full: 'Three Rivers Genetics and Genomics Clinic', short: ['Three Rivers Genetics', 'TRGG'], domain: 'trgg.org' },
  { full: 'Valley Pediatric Cardiology Group', short: ['Valley Peds Cardiology', 'VPCG'], domain: 'vpcg.net' },
  { full: "Prairie Star Children's Specialty Clinic", short: ['Prairie Star', 'PSCSC'], domain: 'prairiestarkids.org' },
  { full: 'Lakeshore Pediatric Endocrinology', short: ['Lakeshore Endo', 'LPE'], domain: 'lakeshorekids.org' },
  { full: 'Cedar Valley Child Neurology', short: ['CV Child Neuro', 'CVCN'], domain: 'cvrmc.org' },
  { full: 'Magnolia Pediatric Nephrology and Urology', short: ['Magnolia Nephro', 'MPNU'], domain: 'magnoliachildrens.org' },
];

const SCHOOLS: readonly string[] = [
  'Lincoln Elementary', 'Roosevelt Middle School', 'Cesar Chavez Academy', 'Maple Grove Elementary',
  'East Harmony High School', 'Sacred Heart School', 'Northview Junior High', 'Little Sprouts Daycare',
  'Sequoyah Middle School', 'Kamehameha Street Elementary', 'Westfield Early Learning Center', 'Pioneer Trail Elementary',
  'Frederick Douglass High School', 'Bright Start Head Start', 'St. Casimir Catholic School', 'Red Mesa Elementary',
  'Riverbend Montessori', 'Oak Hollow Intermediate', 'Valley View High School', 'Sunflower Child Care Center',
];

const PHARMACIES: readonly string[] = [
  'Main Street Apothecary', 'Bluebonnet Pharmacy', 'QuickCare Rx', 'Hometown Drug', 'Valley Rx', 'Corner Drug Co.',
  'Sunrise Pharmacy', 'Prairie Drug and Gift', 'Harbor Health Pharmacy', 'Farmacia San Judas', 'Lakeside Rx',
  'Cottonwood Pharmacy',
];

const AGENCIES: readonly string[] = [
  'Lutheran Family Services', 'Bright Futures Adoption Agency', 'Harbor House Foster Care Network',
  "Children's Home Society of the Ozarks", 'Kinship Bridges', 'Hand in Hand International Adoptions',
  'Cradle of Hope Placement Services', 'Mountain West Family Services', 'Catholic Charities of the Valley',
  'Navajo Nation Division of Family Services',
];

const INSURERS: readonly string[] = [
  'Blue Horizon Health Plan', 'Prairie Care Medicaid', 'CareBridge Health Plan', 'Heartland Family Health Plan',
  'Keystone Kids Plan', 'Aloha Ohana Health', 'Sunbelt Community Care', 'Great Lakes Children\'s Health Plan',
];

const LABS: readonly string[] = [
  'Helix Reference Labs', 'Prairie Molecular Diagnostics', 'Coastal Genomics Laboratory', 'Northstar Genetic Testing',
  'Ridgeline Cytogenetics',
];

const EMPLOYERS: readonly string[] = [
  'Riverbend Poultry', 'Harmony Auto Parts', 'Lakeside Casino', 'Meridian Logistics', 'Big Sky Distribution',
  'Taco Loco', 'Golden Corral Buffet', 'Pinewood Nursing Home', 'Ace Roofing', 'Tri-County School District',
  'Dairy Dream', 'Kwik Stop', 'Hilltop Diner', 'Vanguard Call Center',
];

const CHURCHES: readonly string[] = [
  'Grace Fellowship Church', 'St. Casimir Parish', 'Iglesia Pentecostal Monte Sion', 'Masjid Al-Noor',
  'Beth Shalom Synagogue', 'First Baptist Church of Union', 'Holy Trinity Ukrainian Catholic Church',
  'Sikh Gurdwara of the Valley',
];

const SHELTERS: readonly string[] = [
  'Haven House', 'Safe Harbor Family Shelter', 'Hope Street Family Shelter', 'New Beginnings Maternity Home',
];

const ORPHANAGES: readonly string[] = [
  'Hogar Santa Ines', 'Bethany Children\'s Home', 'Kiev Regional Baby House No. 2', 'Little Lambs Care Center',
  'Sunshine Orphanage', 'Casa de los Angelitos',
];

const STREETS: readonly string[] = [
  'Maple', 'Cottonwood', 'Juniper', 'Pawnee', 'Kamani', 'Bluebonnet', 'Lincoln', 'Prospect', 'Cherry Hill',
  'Old Mill', 'Sequoia', 'Hickory', 'Magnolia', 'Sunset', 'Railroad', 'Church', 'Lakeview', 'Buffalo Ridge',
  'Mesquite', 'Aspen', 'Willow Bend', 'Kalakaua', 'Tamarack', 'Pioneer', 'Quail Run',
];
const STREET_SUFFIX: readonly string[] = ['St', 'St.', 'Street', 'Ave', 'Avenue', 'Rd', 'Road', 'Dr', 'Lane', 'Ln', 'Ct', 'Blvd', 'Way', 'Circle'];

const MAIL_DOMAINS: readonly string[] = ['gmail.com', 'yahoo.com', 'outlook.com', 'icloud.com', 'hotmail.com', 'aol.com'];

export const INVENTORY_SIZES: Record<string, number> = {
  firstNames: FIRST_NAMES.length,
  surnames: SURNAMES.length,
  nicknames: Object.keys(NICKNAMES).length,
  towns: TOWNS.length,
  countries: COUNTRIES.length,
  hospitals: HOSPITALS.length,
  clinics: CLINICS.length,
  specialtyClinics: SPECIALTY.length,
  institutionsWithShortForms: HOSPITALS.length + CLINICS.length + SPECIALTY.length,
  schools: SCHOOLS.length,
  pharmacies: PHARMACIES.length,
  agencies: AGENCIES.length,
  insurers: INSURERS.length,
  labs: LABS.length,
  employers: EMPLOYERS.length,
  churches: CHURCHES.length,
  shelters: SHELTERS.length,
  orphanages: ORPHANAGES.length,
  streets: STREETS.length,
};

// ---------------------------------------------------------------------------------------------
// Small helpers
// ---------------------------------------------------------------------------------------------

function pick<T>(r: Rng, a: readonly T[]): T {
  return a[Math.floor(r() * a.length)] as T;
}
function int(r: Rng, lo: number, hi: number): number {
  return lo + Math.floor(r() * (hi - lo + 1));
}
function chance(r: Rng, p: number): boolean {
  return r() < p;
}
function digits(r: Rng, n: number): string {
  let s = '';
  for (let i = 0; i < n; i++) s += String(Math.floor(r() * 10));
  return s;
}
function pad2(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}
function sp(c: Cat, t: string): Span {
  return { t, c };
}
function mix(a: number, b: number, c: number): number {
  let h = (0x9e3779b9 ^ a) >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ b ^ (h >>> 13), 0xc2b2ae35);
  h = Math.imul(h ^ c ^ (h >>> 16), 0x27d4eb2f);
  h ^= h >>> 15;
  return h >>> 0;
}

// ---- people --------------------------------------------------------------------------------

interface Person { first: string; last: string; mi: string }

function misspell(r: Rng, s: string): string {
  if (s.length < 5) return s;
  const i = int(r, 1, s.length - 3);
  const k = int(r, 0, 2);
  if (k === 0) return s.slice(0, i) + (s[i + 1] ?? '') + (s[i] ?? '') + s.slice(i + 2); // swap
  if (k === 1) return s.slice(0, i) + s.slice(i + 1); // drop
  return s.slice(0, i) + (s[i] ?? '') + s.slice(i); // double
}

function person(r: Rng, last?: string, sex?: 'F' | 'M'): Person {
  let l = last ?? pick(r, SURNAMES);
  if (!last && chance(r, 0.06)) {
    const l2 = pick(r, SURNAMES);
    if (l2 !== l) l = `${l}-${l2}`;
  }
  const pool = sex === 'F' ? FIRST_F : sex === 'M' ? FIRST_M : FIRST_NAMES;
  return { first: pick(r, pool), last: l, mi: String.fromCharCode(65 + int(r, 0, 25)) };
}

type NameFmt = 'full' | 'first' | 'last' | 'lastFirst' | 'LASTFirst' | 'UPPER' | 'init' | 'fml' | 'lower' | 'nick';

function nameText(r: Rng, p: Person, fmt: NameFmt): string {
  let first = p.first;
  let last = p.last;
  if (chance(r, 0.035)) {
    if (chance(r, 0.5)) first = misspell(r, first);
    else last = misspell(r, last);
  }
  switch (fmt) {
    case 'full': return `${first} ${last}`;
    case 'first': return first;
    case 'last': return last;
    case 'lastFirst': return `${last}, ${first}`;
    case 'LASTFirst': return `${last.toUpperCase()}, ${first} ${p.mi}.`;
    case 'UPPER': return `${last.toUpperCase()}, ${first.toUpperCase()}`;
    case 'init': return `${first[0] ?? 'X'}. ${last}`;
    case 'fml': return `${first} ${p.mi}. ${last}`;
    case 'lower': return `${first} ${last}`.toLowerCase();
    case 'nick': return NICKNAMES[first] ?? first;
  }
}

/** A NAME span in a random (weighted) format. */
function nm(r: Rng, p: Person, fmt?: NameFmt): Span {
  const f: NameFmt = fmt ?? pick(r, ['full', 'full', 'full', 'first', 'last', 'lastFirst', 'init', 'fml', 'full'] as const);
  return sp('NAME', nameText(r, p, f));
}

const CREDS_MD = [', MD', ', DO', ' MD', ', M.D.'];
const CREDS_RN = [', RN', ' RN', ', BSN, RN', ' (RN)', ', RNC-NIC'];

/** Clinician with title or credential outside the span. */
function doc(r: Rng, p: Person): Piece[] {
  const k = int(r, 0, 4);
  if (k === 0) return ['Dr. ', nm(r, p, 'last')];
  if (k === 1) return ['Dr. ', nm(r, p, pick(r, ['full', 'init'] as const))];
  if (k === 2) return [nm(r, p, pick(r, ['full', 'fml'] as const)), pick(r, CREDS_MD)];
  if (k === 3) return ['Dr ', nm(r, p, 'last')];
  return [nm(r, p, 'full'), pick(r, CREDS_MD)];
}
function nurse(r: Rng, p: Person): Piece[] {
  const k = int(r, 0, 3);
  if (k === 0) return [nm(r, p, 'full'), pick(r, CREDS_RN)];
  if (k === 1) return [nm(r, p, 'first'), ' RN'];
  if (k === 2) return ['RN ', nm(r, p, pick(r, ['first', 'full'] as const))];
  return [nm(r, p, 'init'), pick(r, CREDS_RN)];
}
function initials(p: Person, lower = false): Span {
  const s = `${p.first[0] ?? 'X'}${p.last.replace(/^(de la |del |van der |von |de |Di |St\. )/i, '')[0] ?? 'X'}`;
  return sp('NAME', lower ? s.toLowerCase() : s.toUpperCase());
}

// ---- dates ---------------------------------------------------------------------------------

interface D { y: number; m: number; d: number }
const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const MONTH = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

function addDays(x: D, n: number): D {
  const t = new Date(Date.UTC(x.y, x.m - 1, x.d) + n * 86400000);
  return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() };
}
function ord(n: number): string {
  if (n % 100 >= 11 && n % 100 <= 13) return `${n}th`;
  return `${n}${['th', 'st', 'nd', 'rd'][n % 10] ?? 'th'}`;
}
function dateText(x: D, f: number): string {
  const yy = pad2(x.y % 100);
  switch (f) {
    case 0: return `${x.m}/${x.d}/${x.y}`;
    case 1: return `${pad2(x.m)}/${pad2(x.d)}/${yy}`;
    case 2: return `${x.m}/${x.d}`;
    case 3: return `${x.m}-${x.d}`;
    case 4: return `${MON[x.m - 1]} ${x.d}`;
    case 5: return `${MONTH[x.m - 1]} ${ord(x.d)}`;
    case 6: return `${pad2(x.d)}-${MON[x.m - 1]}-${x.y}`;
    case 7: return `${x.y}-${pad2(x.m)}-${pad2(x.d)}`;
    case 8: return `${MONTH[x.m - 1]} ${x.d}, ${x.y}`;
    case 9: return `${x.d} ${MONTH[x.m - 1]} ${x.y}`;
    case 10: return `${x.m}/${x.d}/${yy}`;
    default: return `${MON[x.m - 1]}. ${x.d}, ${x.y}`;
  }
}
/** DATE span; `full` restricts to forms that carry the year. */
function dt(r: Rng, x: D, full = false): Span {
  const f = full ? pick(r, [0, 1, 6, 7, 8, 9, 10, 11, 0, 1]) : int(r, 0, 11);
  return sp('DATE', dateText(x, f));
}
function yr(r: Rng, y: number): Span {
  return sp('DATE_YEAR', chance(r, 0.12) ? `'${pad2(y % 100)}` : String(y));
}

// ---- numbers -------------------------------------------------------------------------------

function phone(r: Rng): Span {
  const a = `${int(r, 2, 9)}${digits(r, 2)}`;
  const b = `${int(r, 2, 9)}${digits(r, 2)}`;
  const c = digits(r, 4);
  const k = int(r, 0, 6);
  const t = k === 0 ? `(${a}) ${b}-${c}` : k === 1 ? `${a}-${b}-${c}` : k === 2 ? `${a}.${b}.${c}`
    : k === 3 ? `${b}-${c}` : k === 4 ? `(${a})${b}-${c}` : k === 5 ? `1-${a}-${b}-${c}` : `${a} ${b} ${c}`;
  return sp('PHONE', t);
}
function ext(r: Rng): Span {
  return sp('PHONE', digits(r, int(r, 4, 5)));
}
function mrn(r: Rng): Span {
  const k = int(r, 0, 4);
  const t = k === 0 ? digits(r, 8) : k === 1 ? `${int(r, 1, 9)}${digits(r, 6)}` : k === 2 ? `MR${digits(r, 7)}`
    : k === 3 ? `${digits(r, 3)}-${digits(r, 2)}-${digits(r, 2)}` : `E${digits(r, 9)}`;
  return sp('ID', t);
}
function idNum(r: Rng, prefix: string, n: number): Span {
  return sp('ID', `${prefix}${digits(r, n)}`);
}
function room(r: Rng): Span {
  const k = int(r, 0, 3);
  return sp('OTHER', k === 0 ? `${int(r, 2, 6)}${pad2(int(r, 1, 40))}` : k === 1 ? `${int(r, 2, 6)}${pad2(int(r, 1, 40))}${pick(r, ['A', 'B'])}`
    : k === 2 ? `${pick(r, ['C', 'D', 'N', 'W'])}-${int(r, 1, 30)}` : `${int(r, 100, 999)}-${int(r, 1, 2)}`);
}
function serial(r: Rng): Span {
  const k = int(r, 0, 2);
  return sp('OTHER', k === 0 ? `${pick(r, ['SN', 'GX', 'HB', 'MS'])}${digits(r, 6)}` : k === 1 ? `${digits(r, 2)}${pick(r, ['A', 'K', 'X'])}${digits(r, 5)}` : `${digits(r, 4)}-${digits(r, 4)}`);
}
function plate(r: Rng): Span {
  const A = () => String.fromCharCode(65 + int(r, 0, 25));
  return sp('OTHER', chance(r, 0.5) ? `${A()}${A()}${A()} ${digits(r, 4)}` : `${digits(r, 3)}-${A()}${A()}${A()}`);
}
function email(r: Rng, p: Person, domain?: string): Span {
  const clean = (s: string) => s.toLowerCase().replace(/[^a-z]/g, '');
  const f = clean(p.first);
  const l = clean(p.last);
  const k = int(r, 0, 3);
  const user = k === 0 ? `${f}.${l}` : k === 1 ? `${f[0] ?? 'x'}${l}` : k === 2 ? `${f}${l}${int(r, 1, 99)}` : `${l}.${f}`;
  return sp('EMAIL', `${user}@${domain ?? pick(r, MAIL_DOMAINS)}`);
}
function url(r: Rng, domain: string, path?: string): Span {
  const pre = pick(r, ['www.', 'https://www.', 'https://', '']);
  return sp('URL', `${pre}${domain}${path ?? pick(r, ['/portal', '/mychart', '/families', '/genetics', '/newborn', '/forms', ''])}`);
}

// ---- places --------------------------------------------------------------------------------

interface Addr { num: number; street: string; apt: string | null; town: string; st: string; zip: string }
function address(r: Rng, town?: readonly [string, string]): Addr {
  const t = town ?? pick(r, TOWNS);
  return {
    num: int(r, 3, 9899),
    street: `${pick(r, STREETS)} ${pick(r, STREET_SUFFIX)}`,
    apt: chance(r, 0.35) ? pick(r, [`Apt ${int(r, 1, 40)}${pick(r, ['', 'B', 'C'])}`, `Unit ${int(r, 1, 12)}`, `#${int(r, 100, 420)}`, `Lot ${int(r, 1, 80)}`]) : null,
    town: t[0], st: t[1], zip: `${int(r, 10, 99)}${digits(r, 3)}`,
  };
}
/** Street line, town, state, ZIP as separate spans. */
function addrPieces(r: Rng, a: Addr, oneLine = true): Piece[][] {
  const street = chance(r, 0.06) ? `${pick(r, ['PO Box', 'P.O. Box', 'Box'])} ${int(r, 11, 4999)}` : a.apt ? `${a.num} ${a.street}${chance(r, 0.5) ? ', ' : ' '}${a.apt}` : `${a.num} ${a.street}`;
  const st = chance(r, 0.8) ? a.st : (STATE_NAMES[a.st] ?? a.st);
  const tail: Piece[] = [sp('LOCATION', a.town), ', ', sp('STATE', st), ' ', sp('LOCATION', a.zip)];
  if (oneLine) return [[sp('LOCATION', street), ', ', ...tail]];
  return [[sp('LOCATION', street)], tail];
}
function townPieces(r: Rng, a: { town: string; st: string }): Piece[] {
  const k = int(r, 0, 4);
  if (k <= 1) return [sp('LOCATION', a.town), ', ', sp('STATE', a.st)];
  if (k === 2) return [sp('LOCATION', a.town)];
  if (k === 3) return [sp('LOCATION', a.town), ' ', sp('STATE', STATE_NAMES[a.st] ?? a.st)];
  return [sp('LOCATION', chance(r, 0.5) ? a.town.toLowerCase() : misspell(r, a.town))];
}
function townOf(t: readonly [string, string]): { town: string; st: string } {
  return { town: t[0], st: t[1] };
}
function instName(r: Rng, i: Inst, shortP = 0.5): Span {
  return sp('LOCATION', chance(r, shortP) ? pick(r, i.short) : i.full);
}

// ---------------------------------------------------------------------------------------------
// Patient context
// ---------------------------------------------------------------------------------------------

type Stage = 'peri' | 'child' | 'teen';
interface Ctx {
  stage: Stage;
  kid: Person; sex: 'F' | 'M'; mom: Person; partner: Person; partnerRole: string;
  sib: Person; gma: Person; ggma: Person; ggmaAge: number;
  dob: D; momAge: number; ageY: number; base: D;
  mrn: Span; momMrn: Span; acct: Span; medicaid: Span;
  addr: Addr; home: Span; cell: Span;
  hosp: Inst; clinic: Inst; spec: Inst; school: string; pharmacy: string; insurer: string;
  pcp: Person; country: string;
}

function makeCtx(r: Rng): Ctx {
  const u = r();
  const stage: Stage = u < 0.42 ? 'peri' : u < 0.76 ? 'child' : 'teen';
  const mom = person(r, undefined, 'F');
  const partnerRole = pick(r, ['father', 'father', 'father', 'partner', 'wife', 'FOB', 'husband']);
  const partnerSex = partnerRole === 'wife' ? 'F' : partnerRole === 'partner' ? undefined : 'M';
  const partner = person(r, chance(r, 0.5) ? mom.last : undefined, partnerSex);
  const sex: 'F' | 'M' = chance(r, 0.5) ? 'F' : 'M';
  const kidLast = chance(r, 0.15) && mom.last !== partner.last ? `${mom.last}-${partner.last}` : chance(r, 0.5) ? partner.last : mom.last;
  const kid = person(r, kidLast, sex);
  const base: D = { y: int(r, 2019, 2026), m: int(r, 1, 12), d: int(r, 1, 28) };
  const ageY = stage === 'peri' ? 0 : stage === 'child' ? int(r, 1, 11) : int(r, 12, 19);
  const dob = stage === 'peri' ? base : addDays(base, -(ageY * 365 + int(r, 10, 350)));
  const gma = person(r, chance(r, 0.5) ? mom.last : undefined, 'F');
  const ggma = person(r, undefined, 'F');
  return {
    stage, kid, sex, mom, partner, partnerRole,
    sib: person(r, kidLast, 'F'), gma, ggma, ggmaAge: int(r, 90, 103),
    dob, momAge: int(r, 16, 43), ageY, base,
    mrn: mrn(r), momMrn: mrn(r), acct: idNum(r, pick(r, ['', 'A', '00', 'HAR']), 9),
    medicaid: idNum(r, pick(r, ['', 'M', 'MCD', 'XJ']), int(r, 8, 11)),
    addr: address(r), home: phone(r), cell: phone(r),
    hosp: pick(r, HOSPITALS), clinic: pick(r, CLINICS), spec: pick(r, SPECIALTY),
    school: pick(r, SCHOOLS.filter((x) => (ageY >= 11 ? /High|Middle|Junior|Academy|Montessori|Catholic/ : ageY >= 5 ? /Elementary|Intermediate|Academy|School$|Montessori/ : /Daycare|Head Start|Early|Care/).test(x))), pharmacy: pick(r, PHARMACIES), insurer: pick(r, INSURERS),
    pcp: person(r), country: pick(r, COUNTRIES),
  };
}

const STAGE_STYLES: Record<Stage, readonly string[]> = {
  peri: ['ld_delivery', 'nicu_admit', 'nicu_daily', 'nursery_discharge', 'lactation', 'ld_delivery', 'nicu_admit', 'nicu_daily', 'nursery_discharge', 'lactation', 'genetic_pedigree'],
  child: ['peds_sick', 'peds_hospital', 'school_nurse', 'genetic_pedigree', 'foster_adoption', 'subspecialty_letter', 'peds_sick', 'subspecialty_letter'],
  teen: ['adolescent', 'school_nurse', 'peds_hospital', 'foster_adoption', 'adolescent', 'subspecialty_letter', 'school_nurse', 'adolescent'],
};

// ---------------------------------------------------------------------------------------------
// Document builder
// ---------------------------------------------------------------------------------------------

interface Sec { lines: Piece[][]; opt: boolean }
class Doc {
  secs: Sec[] = [];
  private cur: Sec = { lines: [], opt: false };
  sep = '\n\n';
  constructor() { this.secs.push(this.cur); }
  sec(opt = false): this {
    this.cur = { lines: [], opt };
    this.secs.push(this.cur);
    return this;
  }
  l(...p: (Piece | readonly Piece[])[]): this {
    const line: Piece[] = [];
    for (const x of p) {
      if (Array.isArray(x)) line.push(...(x as Piece[]));
      else line.push(x as Piece);
    }
    this.cur.lines.push(line);
    return this;
  }
}

function pieceWords(p: Piece[][]): number {
  let n = 0;
  for (const line of p) {
    const s = line.map((x) => (typeof x === 'string' ? x : x.t)).join('');
    n += s.split(/\s+/).filter(Boolean).length;
  }
  return n;
}

const FILLER: readonly string[] = [
  'Family questions were answered and they verbalized understanding of the plan.',
  'Anticipatory guidance given appropriate for age.',
  'Discussed car seat or booster use and a smoke-free home and car.',
  'Immunization record reviewed; no vaccines due today per schedule.',
  'Return precautions reviewed including fever, poor feeding, fewer wet diapers or trouble breathing.',
  'Growth chart reviewed with family; weight and length tracking along the curve.',
  'Interpreter services offered; family prefers to continue in English today.',
  'Medication reconciliation completed, no changes from prior list.',
  'Time spent with family more than half in counseling and coordination of care.',
];

// ---------------------------------------------------------------------------------------------
// Shared phrase banks (look-alikes deliberately unlabelled)
// ---------------------------------------------------------------------------------------------

const WORDY_LINES: readonly string[] = [
  'We hope to have results back within two weeks.',
  'Mother will follow up with the pediatrician as scheduled.',
  'Temp rose to 38.4 overnight, now afebrile.',
  'No frank blood in stool; guaiac negative.',
  'Social work will bill under the family support code.',
  'Light brown spotting noted, no clots.',
  'Paged the fellow regarding the plan; agrees.',
  'Long discussion with family at bedside.',
  'Price of the medication was a concern; generic sent instead.',
  'Grace period for the Medicaid renewal ends soon; case manager aware.',
  'No history of kidney stone or hematuria in the family.',
];

const WORDY_INFANT: readonly string[] = [
  'Young infant with no focal source; low threshold to reassess.',
  'The family is worried about the price of the formula; WIC referral placed.',
  'We hope to wean oxygen over the next few days.',
  'Parents would love to room in tonight; encouraged skin to skin.',
  'Bell-shaped chest noted on exam, otherwise normal habitus.',
];

/** Unlabelled word look-alikes (hope, will, frank, rose, bill, brown, love, page, long, young, price, grace, stone, bell). */
function wordy(r: Rng, infant = false): string {
  return infant && chance(r, 0.5) ? pick(r, WORDY_INFANT) : pick(r, WORDY_LINES);
}

function ga(r: Rng, lo: number, hi: number): string {
  return `${int(r, lo, hi)} ${int(r, 0, 6)}/7`;
}

// ---------------------------------------------------------------------------------------------
// Styles
// ---------------------------------------------------------------------------------------------

interface NoteIn { r: Rng; c: Ctx; date: D; j: number }

function signClin(r: Rng, d: Doc, p: Person, role: 'md' | 'rn' | 'other', cred = '', when?: D): void {
  const k = int(r, 0, 6);
  d.sec();
  if (k === 5 && when) {
    d.l('Dictated by: ', nm(r, p, 'full'), role === 'rn' ? ', RN' : cred || ', MD');
    d.l('D: ', dt(r, when), `  ${pad2(int(r, 0, 23))}:${pad2(int(r, 0, 59))}   T: `, dt(r, addDays(when, int(r, 0, 2))), '   Job # ', idNum(r, '', 7), '   tr: ', initials(person(r), true));
    return;
  }
  if (k === 6) {
    d.l(nm(r, person(r), 'full'), ', MD (resident)');
    d.l('I saw and examined the patient with the resident and agree with the note as written. -- ', nm(r, p, pick(r, ['full', 'init'] as const)), role === 'rn' ? ', RN' : cred || ', MD');
    return;
  }
  if (k === 0) d.l(role === 'rn' ? nurse(r, p) : role === 'md' ? doc(r, p) : [nm(r, p, 'full'), cred]);
  else if (k === 1) d.l('Electronically signed by ', nm(r, p, pick(r, ['full', 'fml', 'LASTFirst'] as const)), role === 'md' ? pick(r, CREDS_MD) : role === 'rn' ? ', RN' : cred);
  else if (k === 2) d.l('-- ', nm(r, p, 'init'), role === 'rn' ? ' RN' : cred || ' MD', ' / pager ', ext(r));
  else if (k === 3) d.l(initials(p), '/', initials(person(r), true));
  else d.l(nm(r, p, 'full'), role === 'rn' ? ', RN' : cred || ', MD', ' ', phone(r));
}

// 1. Labour and delivery ------------------------------------------------------------------------
function ldDelivery({ r, c }: NoteIn): Doc {
  const date = c.dob;
  if (chance(r, 0.25)) return ldPostpartum({ r, c, date: addDays(date, int(r, 1, 2)), j: 0 });
  const d = new Doc();
  const att = person(r); const res = person(r); const rn = person(r); const peds = person(r);
  const g = int(r, 1, 6); const p = int(r, 0, g - 1);
  const csect = chance(r, 0.3);
  const bw = int(r, 2400, 4300);
  const layout = int(r, 0, 2);
  const hosp = instName(r, c.hosp, 0.4);
  if (layout === 0) {
    d.l(csect ? 'CESAREAN DELIVERY NOTE' : 'VAGINAL DELIVERY NOTE', ' - ', hosp);
    d.l('Patient: ', nm(r, c.mom, pick(r, ['LASTFirst', 'UPPER', 'lastFirst'] as const)), '   MRN: ', c.momMrn, '   Acct: ', c.acct);
    d.l('Date of delivery: ', dt(r, date, true), '   Time: ', `${pad2(int(r, 0, 23))}${pad2(int(r, 0, 59))}`);
    d.sec();
    d.l(`${c.momAge} yo G${g}P${p}${int(r, 0, 1)}${int(r, 0, 2)}${p} at ${ga(r, 36, 41)} wks, EDD `, dt(r, addDays(date, int(r, -10, 12))), ` by ${pick(r, ['LMP', '8 wk US', 'first trimester US'])}.`);
    d.l(`GBS ${pick(r, ['negative', 'positive, PCN x' + int(r, 2, 4) + ' doses', 'unknown, treated'])}. Rubella immune. Blood type ${pick(r, ['O+', 'A+', 'B-', 'AB+', 'O-'])}.`);
    d.l(`Bishop score ${int(r, 2, 10)} on admission; Leopold maneuvers c/w ${pick(r, ['vertex', 'vertex, LOA', 'breech'])}, EFW ${int(r, 2600, 4200)} g.`);
    d.l(`Labor: ${pick(r, ['spontaneous onset', 'induced with Cervidil then Pitocin', 'IOL for gHTN with Cytotec x2', 'augmented with Pitocin'])}; epidural placed by anesthesia (per Dr. `, nm(r, person(r), 'last'), `). AROM ${pick(r, ['clear', 'light meconium', 'clear'])} fluid.`);
    if (csect) d.l(`Indication: ${pick(r, ['frank breech presentation confirmed by Leopold maneuvers and US', 'arrest of dilation at 6 cm', 'Cat III tracing', 'repeat, declined TOLAC'])}. Low transverse incision, Foley in place, EBL ${int(r, 600, 1100)} mL.`);
    else d.l(`Delivered over ${pick(r, ['intact perineum', 'a 1st degree laceration', '2nd degree laceration repaired with 3-0 Vicryl'])}. Nuchal cord x${int(r, 0, 2)}. EBL ${int(r, 150, 500)} mL. Placenta ${pick(r, ['Schultze', 'Duncan'])}, 3VC.`);
    d.l(`Infant: viable ${c.sex === 'F' ? 'female' : 'male'}, Apgars ${int(r, 5, 9)}/${int(r, 7, 9)}, weight ${bw} g. Baby `, nm(r, c.kid, 'first'), ' to couplet care Rm ', room(r), '.');
    d.sec(true).l(wordy(r, true));
    d.sec(true).l('Present: ', nm(r, c.partner, 'full'), ` (${c.partnerRole}), doula `, nm(r, person(r), 'first'), ', peds ', doc(r, peds), '.');
    d.sec();
    d.l('Attending: ', doc(r, att), ' | Resident: ', nm(r, res, 'full'), ', MD | RN: ', nm(r, rn, 'first'));
  } else if (layout === 1) {
    d.sep = '\n';
    d.l('L&D LABOR FLOWSHEET NARRATIVE  ', nm(r, c.mom, 'UPPER'), '  #', c.momMrn);
    d.l('Admit ', dt(r, addDays(date, -1)), ` for ${pick(r, ['SROM', 'ctx q3-4 min', 'IOL, postdates', 'decreased FM'])}; triage RN `, nm(r, rn, 'first'));
    let h = int(r, 0, 20);
    const n = int(r, 5, 9);
    const ini = initials(rn, true);
    for (let i = 0; i < n; i++) {
      const cx = Math.min(10, 3 + i);
      const ev = pick(r, [
        `SVE ${cx}/${int(r, 50, 100)}/${pick(r, ['-2', '-1', '0', '+1'])}, FHR ${int(r, 120, 155)} mod var, +accels`,
        `Pitocin increased to ${int(r, 4, 18)} mU/min, ctx q2-3`,
        `BP ${int(r, 110, 155)}/${int(r, 68, 98)}, pt reports 7/10 pain, epidural requested`,
        'repositioned L lateral, peanut ball',
        `epidural in, bolus per anesthesia, pain 2/10`,
        `AROM, clear fluid, IUPC placed`,
        'late decel x1, O2 via NRB, IVF bolus, resolved',
        `pt pushing, good effort, station +${int(r, 1, 3)}`,
      ]);
      d.l(`${pad2(h % 24)}${pad2(int(r, 0, 59))}  ${ev}  `, chance(r, 0.7) ? ini : initials(person(r), true));
      h += int(r, 1, 2);
    }
    d.l(`${pad2(h % 24)}${pad2(int(r, 0, 59))}  NSVD of live ${c.sex === 'F' ? 'girl' : 'boy'} "`, nm(r, c.kid, 'first'), `", Apgar ${int(r, 6, 9)} and ${int(r, 8, 9)}, ${bw} g, placed skin to skin. Dr. `, nm(r, att, 'last'), ' at delivery.');
    d.sec(true).l(wordy(r, true));
    d.l('FOB ', nm(r, c.partner, 'first'), ' cut cord. Cord gases sent, pH 7.', String(int(r, 18, 34)), '. Father cell ', c.cell);
  } else {
    d.l('Brief Op Note');
    d.l(pick(r, ['Pt', 'Patient']), ': ', nm(r, c.mom, 'lastFirst'), `  DOB `, dt(r, addDays(date, -c.momAge * 365 - int(r, 1, 300)), true), '   ', hosp);
    d.l('Date: ', dt(r, date), '   Surgeon: ', doc(r, att), '   Assist: ', nm(r, res, 'init'), ', MD');
    d.l(`Pre-op dx: IUP at ${ga(r, 34, 41)} wks, ${pick(r, ['frank breech', 'NRFHT', 'arrest of descent', 'placenta previa', 'twin gestation, baby A breech'])}`);
    d.l('Procedure: primary LTCS via Pfannenstiel. Anesthesia: spinal.');
    d.l(`Findings: viable ${c.sex === 'F' ? 'female' : 'male'} infant, ${chance(r, 0.4) ? 'frank breech' : 'vertex'}, Apgars ${int(r, 3, 9)}/${int(r, 6, 9)}, wt ${bw} g, normal tubes and ovaries.`);
    d.l(`EBL ${int(r, 600, 1300)} mL. UOP ${int(r, 50, 300)} mL clear via Foley. Counts correct x2.`);
    d.l('Specimens: placenta to path (order ', idNum(r, 'SP-', 7), ').');
    d.sec(true).l('Infant handed to NICU team (', doc(r, peds), '); baby to Rm ', room(r), ' with mother. Husband ', nm(r, c.partner, 'first'), ' updated in the waiting area.');
    d.sec(true).l(wordy(r, true));
  }
  if (layout !== 1) signClin(r, d, res, 'md', '', date);
  return d;
}

// 2. NICU admission -----------------------------------------------------------------------------
function nicuAdmit({ r, c }: NoteIn): Doc {
  const date = addDays(c.dob, int(r, 0, 1));
  const d = new Doc();
  const att = person(r); const np = person(r); const transport = person(r);
  const gaw = int(r, 24, 36);
  const bw = Math.max(520, gaw * 60 + int(r, -250, 350));
  const outside = pick(r, HOSPITALS);
  const babyLabel = `Baby ${c.sex === 'F' ? 'Girl' : 'Boy'} `;
  const layout = int(r, 0, 1);
  d.l(pick(r, ['NICU ADMISSION H&P', 'Neonatal Intensive Care Admission Note', 'NICU Admit Note']));
  d.l('Name: ', babyLabel, nm(r, c.kid, 'last'), '   MRN ', c.mrn, '   Bed ', room(r));
  d.l('DOB: ', dt(r, c.dob, true), ` @ ${pad2(int(r, 0, 23))}:${pad2(int(r, 0, 59))}   Admit: `, dt(r, date));
  if (layout === 0) {
    d.sec();
    d.l(`HPI: ${gaw} ${int(r, 0, 6)}/7 wk ${c.sex === 'F' ? 'female' : 'male'}, BW ${bw} g, born to a ${c.momAge} yo G${int(r, 1, 5)} mother (`, nm(r, c.mom, 'full'), ', MRN ', c.momMrn, `) by ${pick(r, ['SVD', 'urgent C/S', 'C/S for PEC with severe features', 'precipitous delivery'])}.`);
    d.l(`Maternal hx: ${pick(r, ['PPROM x 3 days, latency abx', 'preeclampsia on Mg', 'GDM A2 on insulin', 'chorio, Tmax 38.9', 'no prenatal care'])}. Betamethasone ${pick(r, ['complete', 'x1 dose', 'not given'])}. GBS ${pick(r, ['neg', 'pos', 'unk'])}.`);
    if (chance(r, 0.5)) d.l('Outborn at ', sp('LOCATION', outside.full), ', transported by ', nm(r, transport, 'full'), ` RN and team; ambulance ${pick(r, ['unit', 'rig'])} plate `, plate(r), '.');
    const a1 = int(r, 1, 8);
    d.l(`Apgars ${a1}/${int(r, Math.max(a1, 4), 9)}. In DR required ${pick(r, ['PPV x 60 sec then CPAP +6', 'CPAP +5, FiO2 30%', 'intubation, Curosurf x1', 'blow-by only'])}.`);
    d.sec();
    d.l(`Exam: Ballard ${gaw + int(r, -1, 1)} wks. ${pick(r, ['AFOSF', 'AF soft and flat'])}. Moro ${pick(r, ['incomplete', 'present'])}, suck weak. Mild retractions. Ortolani and Barlow negative. No sacral dimple.`);
    d.l(`Placed in Giraffe Omnibed serial `, serial(r), `. UVC ${pick(r, ['8', '9.5', '7'])} cm, UAC ${pick(r, ['14', '16', '12.5'])} cm; CXR confirms.`);
    d.sec();
    d.l('A/P:');
    d.l(`1. Prematurity ${gaw} wk / ${bw < 1500 ? 'VLBW' : 'LBW'} - thermoregulation, HUS by DOL 7.`);
    d.l(`2. RDS - ${pick(r, ['CPAP +6', 'SIMV', 'HFOV MAP 12'])}, surfactant ${pick(r, ['given x1', 'x2', 'not needed'])}.`);
    d.l(`3. r/o sepsis - CBC, BCx, amp/gent x 48h.`);
    d.l(`4. FEN - D10W at ${int(r, 60, 100)} mL/kg/d, TPN tomorrow, start trophic feeds with MBM.`);
    d.sec(true).l(wordy(r, true));
  } else {
    d.sep = '\n';
    d.l('----------------------------------------------');
    d.l(`GA: ${gaw} ${int(r, 0, 6)}/7     BW: ${bw} g     HC: ${int(r, 22, 34)} cm`);
    d.l(`Delivery: ${pick(r, ['NSVD', 'LTCS', 'vacuum'])} at `, instName(r, c.hosp), `   Apgar ${int(r, 2, 8)}, ${int(r, 5, 9)}`);
    d.l('Mother: ', nm(r, c.mom, 'LASTFirst'), `  ${c.momAge}y  `, c.home);
    d.l(`${c.partnerRole === 'FOB' ? 'FOB' : 'Other parent'}: `, nm(r, c.partner, 'full'), '   cell ', c.cell);
    d.l('Address: ', ...(addrPieces(r, c.addr)[0] ?? []));
    d.l('Insurance: ', sp('LOCATION', c.insurer), '  member # ', c.medicaid);
    d.l('----------------------------------------------');
    d.l(`Resp: ${pick(r, ['NIPPV', 'CPAP +6', 'HFNC 4 L'])}, FiO2 ${int(r, 21, 45)}%  | CV: murmur ${pick(r, ['none', 'II/VI systolic'])}  | ID: BCx pending`);
    d.l(`Neuro: tone ${pick(r, ['appropriate for GA', 'mildly decreased'])}, no Babinski asymmetry.`);
    d.l(`Isolette ${pick(r, ['#', 'no. '])}`, serial(r), ' in the back bay.');
    d.l(`Parents visited at ${pad2(int(r, 10, 23))}:00; mother updated by `, nm(r, np, 'first'), ' NNP.');
    d.l(wordy(r, true));
  }
  d.sec();
  d.l('Attending: ', doc(r, att), '   NNP: ', nm(r, np, 'full'), ', NNP-BC');
  return d;
}

// 3. NICU daily --------------------------------------------------------------------------------
function nicuDaily({ r, c, date, j }: NoteIn): Doc {
  if (chance(r, 0.2)) return nicuFamilyMeeting({ r, c, date, j });
  if (chance(r, 0.2)) return nicuDischarge({ r, c, date, j });
  const d = new Doc();
  const att = person(r); const rn = person(r); const sw = person(r);
  const dol = int(r, 2, 60) + j * 3;
  const wt = int(r, 700, 3200);
  const layout = int(r, 0, 2);
  const header = int(r, 0, 2);
  if (header === 0) d.l('NICU PROGRESS NOTE - DOL ', String(dol), '  ', dt(r, date));
  else if (header === 1) d.l(nm(r, c.kid, 'UPPER'), ' | ', c.mrn, ' | bed ', room(r), ' | ', dt(r, date, true));
  else d.l('Daily Progress Note, ', `${babyWord(r, c)} `, nm(r, c.kid, 'last'), ` (twin ${pick(r, ['A', 'B'])}) DOL ${dol}, CGA ${ga(r, 27, 40)}`);
  if (layout === 0) {
    d.sec();
    if (chance(r, 0.4)) {
      d.l('Time   Temp   HR    RR   SpO2  FiO2');
      for (let i = 0; i < 4; i++) d.l(`${pad2((i * 6 + int(r, 0, 2)) % 24)}00   36.${int(r, 4, 9)}   ${int(r, 125, 180)}   ${int(r, 30, 70)}   ${int(r, 88, 100)}%   ${int(r, 21, 40)}%`);
    }
    d.l(`Wt ${wt} g (${pick(r, ['+', '-'])}${int(r, 5, 45)}), HC ${int(r, 23, 35)} cm. Vitals stable, T 36.${int(r, 5, 9)}, HR ${int(r, 130, 175)}, RR ${int(r, 34, 68)}, BP ${int(r, 45, 72)}/${int(r, 25, 45)}.`);
    d.l(`FEN/GI: MBM/Prolacta ${pick(r, ['24', '26', '22'])} kcal at ${int(r, 120, 160)} mL/kg/d, ${pick(r, ['PO/NG', 'all NG', 'PO ad lib'])}. Voiding, stooling.`);
    d.l(`Resp: ${pick(r, ['RA', 'NC 0.5 L', 'CPAP +5', 'HFNC 3 L'])}. Caffeine ${int(r, 5, 10)} mg/kg/d. ${int(r, 0, 6)} A/B/D events in 24h, self-resolved.`);
    d.l(`ID: ${pick(r, ['off abx, BCx NGTD', 'day 5/7 of nafcillin', 'no concerns'])}.`);
    d.l(`Heme: bili ${int(r, 4, 14)}.${int(r, 0, 9)}, ${pick(r, ['below phototherapy line', 'on double photo', 'lights off'])}. Coombs negative.`);
    d.l(`Neuro: HUS on `, dt(r, addDays(date, -int(r, 1, 10))), ` ${pick(r, ['normal', 'grade I IVH on L', 'no IVH'])}. ROP exam due `, dt(r, addDays(date, int(r, 3, 14))), '.');
    d.sec(true);
    d.l('Social: ', pick(r, ['Mom', 'Mother', 'MOB']), ' ', nm(r, c.mom, 'first'), ` ${pick(r, ['at bedside, did kangaroo care', 'called for update', 'visiting daily, pumping well'])}. ${capRole(c.partnerRole)} `, nm(r, c.partner, 'first'), ' works at ', sp('LOCATION', pick(r, EMPLOYERS)), ', visits evenings.');
    d.l('SW ', nm(r, sw, 'full'), ' following for transport (gas card) and lodging at ', sp('LOCATION', pick(r, ['Ronald Family House', 'Hope Lodge of the Valley', 'Caring Hearts Guest House'])), '.');
    d.sec(true).l(wordy(r, true));
  } else if (layout === 1) {
    d.sep = '\n';
    d.l('');
    d.l('System   | Today                         | Plan');
    d.l('---------|-------------------------------|------------------------');
    d.l(`Resp     | ${pick(r, ['CPAP 6, FiO2 25%', 'RA', 'NC 1/4 L'])}                  | wean as tol`);
    d.l(`FEN      | ${int(r, 120, 160)} mL/kg/d, ${pick(r, ['Similac Special Care 24', 'Enfamil NeuroPro', 'MBM + HMF'])} | advance`);
    d.l(`Bili     | ${int(r, 3, 15)}.${int(r, 0, 9)} on `, dt(r, date), `            | recheck AM`);
    d.l(`ID       | ${pick(r, ['none', 'r/o NEC, NPO', 'BCx ngtd 36h'])}                          | monitor`);
    d.l(`Lines    | ${pick(r, ['PICC RUE', 'UVC', 'PIV'])}                          | ${pick(r, ['day ' + int(r, 2, 20), 'd/c when feeds full'])}`);
    d.l(`Family   | MOB `, nm(r, c.mom, 'first'), ` called `, c.cell, ` | update daily`);
    d.l('');
    d.l(`Events: ${int(r, 0, 5)} brady (lowest HR ${int(r, 60, 90)}), ${pick(r, ['stim x1', 'self-resolved'])}. Car seat challenge planned before d/c.`);
    d.l(wordy(r, true));
  } else {
    d.sec();
    const lines = [
      `s: ${pick(r, ['quiet night', 'more spells overnight per rn', 'tolerating feeds, no residuals'])}`,
      `o: wt ${wt} g, ${pick(r, ['ra', 'nc 0.25 lpm', 'cpap 5'])}, abd soft, no distension`,
      `a: ${pick(r, ['growing preemie', 'feeder/grower', 'AOP improving', 'hyperbili resolving'])}`,
      `p: cont current, ${pick(r, ['eye exam thurs', 'hep b vaccine today', 'hearing screen (ALGO) before d/c', 'start iron'])}`,
    ];
    for (const x of lines) d.l(x);
    d.l('discussed w/ mom ', sp('NAME', c.mom.first.toLowerCase()), ' and rn ', sp('NAME', rn.first.toLowerCase()), ' at bedside');
    d.sec(true).l(wordy(r, true));
  }
  signClin(r, d, att, 'md', '', date);
  return d;
}
function babyWord(r: Rng, c: Ctx): string {
  return pick(r, [`Baby ${c.sex === 'F' ? 'Girl' : 'Boy'}`, 'BB', c.sex === 'F' ? 'BG' : 'BB', 'Infant']);
}
function capRole(s: string): string {
  return s === 'FOB' ? s : s.charAt(0).toUpperCase() + s.slice(1);
}

// 4. Newborn nursery and discharge ----------------------------------------------------------------
function nurseryDischarge({ r, c, date: noteDate }: NoteIn): Doc {
  const date = c.stage === 'peri' ? addDays(c.dob, int(r, 1, 3)) : addDays(noteDate, 1);
  if (chance(r, 0.25)) return nurseryProcedure({ r, c, date, j: 0 });
  const d = new Doc();
  const att = person(r); const pcp = c.pcp;
  const bw = int(r, 2500, 4300); const dw = Math.round(bw * (1 - int(r, 2, 10) / 100));
  const layout = int(r, 0, 2);
  const fu = addDays(date, int(r, 1, 4));
  if (layout === 0) {
    d.l(pick(r, ['NEWBORN DISCHARGE SUMMARY', 'Well Newborn Nursery - Discharge Summary']));
    d.l('Infant: ', nm(r, c.kid, pick(r, ['lastFirst', 'LASTFirst', 'full'] as const)), '    MRN: ', c.mrn);
    d.l('Mother: ', nm(r, c.mom, 'full'), ' (', c.momMrn, ')   PCP: ', doc(r, pcp), ', ', instName(r, c.clinic));
    d.l('Born: ', dt(r, c.dob, true), '   Discharged: ', dt(r, date, true));
    d.sec();
    d.l(`GA ${ga(r, 37, 41)} wks, BW ${bw} g, DC wt ${dw} g (${(((bw - dw) / bw) * 100).toFixed(1)}% loss). ${pick(r, ['Breastfeeding q2-3h', 'Formula (Similac Advance) 1-2 oz q3h', 'Combo feeding, Enfamil supplement'])}.`);
    d.l(`Exam: ${pick(r, ['Epstein pearls noted', 'sacral dermal melanocytosis', 'erythema toxicum on trunk', 'normal'])}; red reflex present OU; hips stable, Ortolani/Barlow neg; Moro symmetric.`);
    d.l(`Screens: hearing ${pick(r, ['pass bilaterally (ALGO)', 'refer L, rescreen scheduled'])}; CCHD pass (${int(r, 97, 100)}%/${int(r, 97, 100)}%); TcB ${int(r, 3, 13)}.${int(r, 0, 9)} at ${int(r, 24, 50)} hrs (${pick(r, ['low risk', 'low-intermediate'])}).`);
    d.l('State newborn screen kit # ', idNum(r, '', 9), ' sent ', dt(r, addDays(c.dob, 1)), '.');
    d.l(`Hep B vaccine given, vitamin K and erythromycin given. ${c.sex === 'M' ? pick(r, ['Circumcision with Gomco, no bleeding.', 'Circ deferred, family to do bris.', 'Plastibell circumcision done.']) : 'Vaginal skin tag noted.'}`);
    d.sec(true).l('Car seat checked by RN, serial ', serial(r), '. Family going home to ', ...townPieces(r, c.addr), '.');
    d.sec();
    d.l('Follow-up: ', doc(r, pcp), ' on ', dt(r, fu), ' at ', instName(r, c.clinic, 0.3), ', ', phone(r), '.');
  } else if (layout === 1) {
    d.sep = '\n';
    d.l('newborn nursery progress - hour of life ', String(int(r, 12, 60)));
    d.l('pt: ', sp('NAME', nameText(r, c.kid, 'lower')), '  mom ', sp('NAME', nameText(r, c.mom, 'lower')), `  rm `, room(r));
    d.l(`feeding: ${pick(r, ['bf x8 in 24h, latch improving', 'bottle 15-30 mL', 'bf + expressed colostrum'])}  voids ${int(r, 1, 6)}  stools ${int(r, 1, 5)} (${pick(r, ['meconium', 'transitional', 'brown'])})`);
    d.l(`wt ${dw} (-${int(r, 2, 9)}%)  tcb ${int(r, 4, 12)}.${int(r, 0, 9)}  vitals wnl`);
    d.l(`exam unchanged, no jaundice below the nipple line. cleft palpated, none.`);
    d.l(`plan: d/c tomorrow if feeding ok, f/u w `, nm(r, pcp, 'last'), ' in 48h. lactation following (', nm(r, person(r), 'first'), ' ibclc).');
    d.l(wordy(r, true).toLowerCase());
    d.l('- ', initials(att, true));
  } else {
    d.l(instName(r, c.hosp, 0.2));
    d.l('Newborn Discharge Instructions for the family of ', nm(r, c.kid, 'full'));
    d.sec();
    d.l('Your baby was born on ', dt(r, c.dob), ` weighing ${bw} grams and went home on `, dt(r, date), '.');
    d.l('Please see your baby doctor, ', doc(r, pcp), ', on ', dt(r, fu), '. Call ', phone(r), ' to confirm.');
    d.l('Call sooner for: fever 100.4 or higher, yellow skin spreading to the legs, fewer than 6 wet diapers after day 5, trouble breathing, or baby too sleepy to feed.');
    d.l('Prescriptions sent to ', sp('LOCATION', c.pharmacy), ' in ', ...townPieces(r, c.addr), '.');
    d.sec(true).l('Questions about breastfeeding: the warm line is ', phone(r), ' or visit ', url(r, c.hosp.domain, '/lactation'), '.');
    d.sec(true).l(pick(r, FILLER));
    d.sec().l('Nurse: ', nurse(r, person(r)));
  }
  return d;
}

// 5. Lactation ---------------------------------------------------------------------------------
function lactation({ r, c, date }: NoteIn): Doc {
  if (chance(r, 0.25)) return lactationClinic({ r, c, date: addDays(c.dob, int(r, 3, 30)), j: 0 });
  const d = new Doc();
  const lc = person(r);
  const pre = int(r, 2800, 4200); const xfer = int(r, 6, 60);
  const layout = int(r, 0, 2);
  if (layout === 0) {
    d.l('LACTATION CONSULT', '   ', dt(r, date, true));
    d.l('Mother: ', nm(r, c.mom, pick(r, ['lastFirst', 'full', 'LASTFirst'] as const)), `, ${c.momAge} y, P${int(r, 1, 4)}   Infant: `, nm(r, c.kid, 'first'), ' DOL ', String(int(r, 1, 20)));
    d.l('Referred by ', doc(r, person(r)), ` for ${pick(r, ['sore nipples', 'poor latch', 'low supply concern', 'weight loss 9%', 'NICU infant, pumping'])}.`);
    d.sec();
    d.l(`Hx: ${pick(r, ['PCOS', 'breast reduction', 'GDM', 'previous baby weaned at 2 wks'])}. Breasts ${pick(r, ['filling', 'soft', 'engorged'])}, nipples ${pick(r, ['everted', 'flat L', 'cracked bilaterally'])}.`);
    d.l(`Observed feed: LATCH score ${int(r, 5, 10)}/10. Pre-weight ${pre} g, post-weight ${pre + xfer} g (transfer ${xfer} mL).`);
    d.l(`Oral exam: ${pick(r, ['lingual frenulum anterior, Hazelbaker function score ' + int(r, 6, 14), 'no tie, good extension', 'high palate, bubble palate'])}.`);
    d.l(`Pump: ${pick(r, ['Medela Symphony', 'Spectra S1', 'Medela Pump in Style'])} rental serial `, serial(r), ', flange ', `${pick(r, ['21', '24', '27'])} mm.`);
    d.sec();
    d.l('Plan: feed on cue 8-12x/day, breast compressions, pump after feeds x 10 min, Lansinoh for nipples. Nipple shield 24 mm if needed.');
    d.sec(true).l('WIC office in ', ...townPieces(r, c.addr), ' - ', phone(r), '. Mother will bring baby for weight check ', dt(r, addDays(date, int(r, 1, 5))), '.');
    d.sec(true).l(wordy(r, true));
    d.sec().l(nm(r, lc, 'full'), pick(r, [', IBCLC', ' RN, IBCLC', ', IBCLC, RLC']), '  ', pick(r, ['ext. ', 'x']), ext(r));
  } else if (layout === 1) {
    d.sep = '\n';
    d.l('Lactation phone follow-up ', dt(r, date));
    d.l('Spoke w/ ', nm(r, c.mom, 'first'), ' at ', c.cell, `. Baby ${pick(r, ['nursing well', 'cluster feeding at night', 'still sleepy at breast'])}, ${int(r, 4, 10)} wet diapers, ${int(r, 2, 6)} yellow seedy stools.`);
    d.l(`Supply ${pick(r, ['improving', 'ok', 'mother thinks low'])}; pumping ${int(r, 1, 4)} oz per session with ${pick(r, ['Spectra', 'Medela', 'hand expression'])}.`);
    d.l(`Reports ${pick(r, ['L breast wedge-shaped redness, T 100.9', 'no pain', 'nipple blanching after feeds'])}. Advised to call OB (`, doc(r, person(r)), ').');
    const grp = int(r, 0, 2);
    if (grp === 0) d.l('Encouraged to attend the Tuesday breastfeeding circle at ', sp('LOCATION', pick(r, CHURCHES)), ' (fellowship hall).');
    else if (grp === 1) d.l('Encouraged to attend the Mother Circle group at ', instName(r, c.clinic), ' on Tuesdays.');
    else d.l('Peer counselor ', nm(r, person(r, undefined, 'F'), 'first'), ' runs a group at ', sp('LOCATION', pick(r, SHELTERS)), '.');
    d.l(wordy(r, true));
    d.l('Email for handouts: ', email(r, c.mom), '. Will f/u ', dt(r, addDays(date, int(r, 2, 7))), '. -', initials(lc));
  } else {
    d.l('Lactation note | ', instName(r, c.hosp), ' | rm ', room(r));
    d.l(`Time   | Side | Min | Notes`);
    let h = int(r, 6, 20);
    for (let i = 0; i < int(r, 4, 7); i++) {
      d.l(`${pad2(h % 24)}:${pad2(int(r, 0, 59))} | ${pick(r, ['L', 'R', 'L/R'])}    | ${int(r, 5, 25)}  | ${pick(r, ['deep latch', 'shallow, reposition', 'sleepy, skin to skin', 'audible swallows', 'SNS 10 mL formula'])}`);
      h += int(r, 2, 3);
    }
    d.sec();
    d.l('Mom (', nm(r, c.mom, 'first'), `) and ${c.partnerRole} (`, nm(r, c.partner, 'first'), ') taught hand expression and paced bottle feeding. Grandmother ', nm(r, c.gma, 'full'), ' supportive.');
    d.sec(true).l(wordy(r, true));
    d.sec().l('-- ', nm(r, lc, 'init'), ', IBCLC');
  }
  return d;
}


/** Optional history block: PMH, meds, allergies, immunizations, social and family history. */
function histBlock(r: Rng, c: Ctx, d: Doc, caps = false): void {
  d.sec(true);
  const H = (t: string) => (caps ? t.toUpperCase() : t);
  d.l(H('PMH: '), pick(r, ['Born at 34 wks, NICU x 2 wks', 'Term, uncomplicated', 'RSV bronchiolitis requiring admission', 'Febrile UTI', 'Eczema and peanut allergy']), ' (', yr(r, c.dob.y + int(r, 0, Math.max(0, c.ageY))), `); ${pick(r, ['no surgeries', 'T&A', 'ear tubes x2', 'inguinal hernia repair'])}.`);
  d.l(H('Meds: '), pick(r, ['none', 'Flovent 44 mcg 2 puffs BID, ProAir prn', 'cetirizine 5 mg daily', 'Miralax 1/2 cap daily', 'melatonin 1 mg qHS', 'Concerta 18 mg qAM']), '. ', H('Allergies: '), pick(r, ['NKDA', 'amoxicillin (hives)', 'peanut, tree nuts - EpiPen', 'sulfa']), '.');
  d.l(H('Immunizations: '), pick(r, ['UTD per state registry', 'behind, family declined flu vaccine', 'UTD, HPV #1 due']), '.');
  const sibs = int(r, 0, 3);
  d.l(H('Social: '), `lives with ${pick(r, ['mom', 'parents', 'mom and stepdad', 'dad', 'grandmother'])} and ${sibs === 0 ? 'no' : sibs} sibling${sibs === 1 ? '' : 's'} in `, ...townPieces(r, c.addr), '. Mother ', nm(r, c.mom, 'first'), ' works at ', sp('LOCATION', pick(r, EMPLOYERS)), ...(chance(r, 0.4) ? ['; family attends ', sp('LOCATION', pick(r, CHURCHES)), '.'] : ['.']), ' Insurance: ', sp('LOCATION', c.insurer), '.');
  d.l(H('FHx: '), pick(r, ['asthma in father', 'T2DM in maternal grandmother', 'no early cardiac death', 'sickle trait in mother', 'older sibling with ADHD']), '; ', pick(r, ['grandfather had colon cancer', 'no known genetic conditions', 'uncle with epilepsy']), '.');
}

// 6. Paediatric sick visit ------------------------------------------------------------------------
function pedsSick({ r, c, date }: NoteIn): Doc {
  if (chance(r, 0.25)) return pedsEd({ r, c, date, j: 0 });
  const d = new Doc();
  const md = person(r); const ma = person(r);
  const age = c.ageY;
  const dx = pick(r, [
    ['fever and ear pulling x2 days', 'AOM, right', 'amoxicillin 90 mg/kg/day divided BID x 10 days'],
    ['cough and wheeze', 'asthma exacerbation, mild', 'albuterol (ProAir) 4 puffs q4h, prednisolone 2 mg/kg x 5 days'],
    ['sore throat, fever', 'strep pharyngitis, rapid strep +', 'amoxicillin 50 mg/kg once daily x 10 days'],
    ['vomiting and diarrhea', 'viral gastroenteritis, mild dehydration', 'ondansetron 0.15 mg/kg x1, oral rehydration'],
    ['rash and fever x5 days', 'r/o Kawasaki disease, incomplete', 'labs today, echo, d/w cardiology'],
    ['limp', 'transient synovitis vs toxic synovitis', 'ibuprofen (Motrin) 10 mg/kg q6h, recheck 48h'],
    ['red eye with discharge', 'bacterial conjunctivitis', 'Polytrim drops 1 gtt q6h x 7 days'],
  ] as const);
  const layout = int(r, 0, 2);
  const brought = pick(r, [['mother', c.mom], ['father', c.partner], ['grandmother', c.gma]] as const);
  if (layout === 0) {
    d.l(instName(r, c.clinic, 0.3), ' - Sick Visit');
    const nick = NICKNAMES[c.kid.first];
    d.l('Patient: ', nm(r, c.kid, pick(r, ['lastFirst', 'full', 'LASTFirst'] as const)), ...(nick ? [' ("', sp('NAME', nick), '")'] : []), `   Age: ${age} y   DOB: `, dt(r, c.dob, true), '   MRN: ', c.mrn);
    d.l('Visit date: ', dt(r, date), '   Provider: ', doc(r, md));
    d.sec();
    d.l(`S: ${age} yo ${c.sex === 'F' ? 'girl' : 'boy'} brought by ${brought[0]} (`, nm(r, brought[1], 'first'), `) for ${dx[0]}. ${wordy(r)}`);
    d.l(`Attends ${age < 5 ? 'daycare' : 'school'} at `, sp('LOCATION', c.school), `. Sick contacts: ${pick(r, ['sibling ', 'cousin ', 'classmates'])}`, ...(chance(r, 0.6) ? [nm(r, c.sib, 'first')] : ['at school']), ' with similar sx.');
    if (chance(r, 0.6)) { histBlock(r, c, d, chance(r, 0.3)); d.sec(); }
    d.l(`O: T ${38 + int(r, 0, 15) / 10} HR ${int(r, 90, 150)} RR ${int(r, 18, 36)} SpO2 ${int(r, 93, 100)}% Wt ${int(r, 9, 40)}.${int(r, 0, 9)} kg`);
    d.l(`Gen: ${pick(r, ['well appearing, playful', 'tired but consolable', 'fussy'])}. HEENT: ${pick(r, ['R TM bulging and erythematous', 'tonsils 3+ with exudate', 'MMM', 'conjunctival injection, no exudate'])}. Lungs: ${pick(r, ['CTAB', 'diffuse expiratory wheeze, mild retractions', 'clear'])}. Neck supple, Kernig and Brudzinski neg.`);
    d.l(`A: ${dx[1]}`);
    d.l(`P: ${dx[2]}. Tylenol/Motrin prn fever. Rx to `, sp('LOCATION', c.pharmacy), '.');
    d.sec(true).l(pick(r, FILLER));
    d.sec().l('Scribed by ', nm(r, ma, 'full'), ' for ', doc(r, md), '.');
  } else if (layout === 1) {
    d.sep = '\n';
    d.l('TELEPHONE TRIAGE');
    d.l(dt(r, date), ` ${pad2(int(r, 7, 21))}:${pad2(int(r, 0, 59))} call from ${brought[0]} `, nm(r, brought[1], 'full'), ' @ ', phone(r), ' re: ', nm(r, c.kid, 'first'), ` (${age}y, MRN `, c.mrn, ')');
    d.l(`c/o ${dx[0]}. max temp ${38 + int(r, 0, 18) / 10}. drinking ${pick(r, ['ok', 'less', 'popsicles only'])}. ${int(r, 1, 6)} voids today.`);
    d.l(`no lethargy, no rash, no resp distress. ${pick(r, ['Protocol: Fever - child.', 'Protocol: Cough.', 'Protocol: Vomiting.'])} Disposition: ${pick(r, ['see today', 'home care advice', 'ED now'])}.`);
    d.l('appt made w/ ', nm(r, md, 'last'), ' at ', `${int(r, 1, 4)}:${pick(r, ['00', '15', '30', '45'])}pm. ${brought[0]} agrees.`);
    d.l(wordy(r));
    d.l('-', nm(r, person(r), 'first'), ' RN');
  } else {
    d.l('URGENT CARE NOTE - ', sp('LOCATION', pick(r, ['KidsFirst Urgent Care', 'After Hours Pediatrics of ' + c.addr.town, 'QuickCare Kids Express'])));
    d.l(nm(r, c.kid, 'UPPER'), `, ${age}y ${c.sex}, DOB `, dt(r, c.dob), ', accompanied by ', nm(r, brought[1], 'full'), ` (${brought[0]})`);
    d.l(`Lives with ${pick(r, ['parents and 2 siblings', 'mother and great-grandmother'])} in `, ...townPieces(r, c.addr), '.');
    if (chance(r, 0.5)) d.l('Great-grandmother ', nm(r, c.ggma, 'full'), ', age ', sp('AGE', String(c.ggmaAge)), ', is primary daytime caregiver.');
    d.sec();
    d.l(`CC: ${dx[0]}. Vitals: T ${38 + int(r, 0, 15) / 10}, HR ${int(r, 90, 150)}, BP ${int(r, 88, 118)}/${int(r, 50, 75)}, GCS 15.`);
    d.l(`Assessment: ${dx[1]}. Plan: ${dx[2]}.`);
    d.l('PCP ', doc(r, c.pcp), ' at ', instName(r, c.clinic), ' notified via fax ', phone(r), '.');
    d.sec(true).l(wordy(r));
    signClin(r, d, md, 'md', '', date);
  }
  return d;
}

// 7. Paediatric hospital notes --------------------------------------------------------------------
function pedsHospital({ r, c, date, j }: NoteIn): Doc {
  const d = new Doc();
  const att = person(r); const res = person(r); const cons = person(r);
  const dx = pick(r, [
    ['RSV bronchiolitis', 'HFNC 8 L/min, FiO2 30%, suction prn', 'RVP RSV+', 'nasal saline and bulb suction prn'],
    ['DKA, new onset T1DM', 'insulin drip 0.1 u/kg/h, two-bag system', 'pH 7.12, bicarb 8', 'insulin glargine 12 u qHS + lispro per scale'],
    ['perforated appendicitis s/p lap appy', 'pip-tazo, PCA, ambulating', 'WBC 18.2', 'amoxicillin-clavulanate (Augmentin) x 7 d'],
    ['Kawasaki disease', 'IVIG 2 g/kg, high-dose aspirin', 'echo: no coronary dilation', 'aspirin 3-5 mg/kg daily'],
    ['pneumonia with effusion', 'ampicillin, chest tube to suction', 'CXR L pleural effusion', 'amoxicillin 45 mg/kg BID x 10 d'],
    ['new onset seizure', 'Keppra load, EEG ordered, MRI brain', 'Glasgow coma scale 15 on arrival', 'levetiracetam 20 mg/kg BID, Diastat prn'],
    ['Crohn disease flare', 'IV steroids, GI following, consider infliximab (Remicade)', 'CRP 8.4', 'prednisolone taper, omeprazole'],
  ] as const);
  const layout = int(r, 0, 2);
  const adm = addDays(date, -int(r, 0, 5));
  if (layout === 0) {
    d.l(j === 0 ? 'PEDIATRIC ADMISSION H&P' : 'PEDIATRIC HOSPITAL MEDICINE PROGRESS NOTE');
    d.l(nm(r, c.kid, 'LASTFirst'), '   MRN ', c.mrn, '   Enc ', idNum(r, '', 10), '   Rm ', room(r));
    d.l('Admitted ', dt(r, adm, true), '   Today ', dt(r, date), `   HD#${int(r, 1, 6)}`);
    d.sec();
    d.l(`${c.ageY} yo ${c.sex === 'F' ? 'F' : 'M'} with ${pick(r, ['no sig PMH', 'h/o asthma', 'h/o prematurity at 30 wks', 'Down syndrome'])} admitted for ${dx[0]}.`);
    if (j === 0 && chance(r, 0.7)) { histBlock(r, c, d, chance(r, 0.5)); d.sec(); }
    d.l(`Overnight: ${pick(r, ['no events', 'febrile to 39.2, cultures drawn', 'desat to 86% with feeds, O2 increased'])}. ${wordy(r)}`);
    d.l(`Data: ${dx[2]}.`);
    if (chance(r, 0.5)) {
      d.l('Lab            Result    Ref');
      for (const [lab, lo, hi, ref] of [['WBC', 4, 22, '5.0-14.5'], ['Hgb', 9, 14, '11.5-15.5'], ['Plt', 140, 520, '150-450'], ['Na', 128, 145, '135-145'], ['CRP', 0, 18, '<1.0']] as const) {
        if (chance(r, 0.75)) d.l(`${lab.padEnd(15)}${String(int(r, lo, hi) + (lo < 20 ? int(r, 0, 9) / 10 : 0)).padEnd(10)}${ref}`);
      }
      d.l('Collected ', dt(r, date), ` ${pad2(int(r, 0, 23))}${pad2(int(r, 0, 59))}, accession `, idNum(r, pick(r, ['', 'L', 'CH']), 8));
    }
    d.l(`Plan: ${dx[1]}. ${pick(r, ['Consult peds GI', 'ID consult', 'Neuro following', 'Surgery following'])} (`, doc(r, cons), ').');
    d.sec(true);
    d.l(`Family: ${c.partnerRole === 'wife' ? 'moms' : 'parents'} `, nm(r, c.mom, 'first'), ' and ', nm(r, c.partner, 'first'), ` at bedside, ${pick(r, ['updated on rounds', 'interpreter used', 'questions answered'])}.`);
    if (chance(r, 0.5)) d.l('Interpreter: ', nm(r, person(r), 'full'), ` (${pick(r, ['Spanish', 'Arabic', 'Vietnamese', 'Nepali', 'Marshallese', 'Somali'])}), badge `, idNum(r, '', 5), '.');
    d.sec();
    d.l('Seen and discussed with attending ', doc(r, att), '.');
    d.l(nm(r, res, 'full'), ', MD, PGY-', String(int(r, 1, 3)), '   pager ', ext(r));
  } else if (layout === 1) {
    d.l('DISCHARGE SUMMARY');
    d.l('Patient: ', nm(r, c.kid, 'full'), '   DOB: ', dt(r, c.dob, true), '   MRN: ', c.mrn);
    d.l('Admission: ', dt(r, adm), '   Discharge: ', dt(r, date), '   Attending: ', doc(r, att));
    d.l('PCP: ', doc(r, c.pcp), ', ', instName(r, c.clinic), '  Fax ', phone(r));
    d.sec();
    d.l(`Principal diagnosis: ${dx[0]}.`);
    d.l(`Hospital course: Presented to the ED at `, instName(r, pick(r, HOSPITALS)), ` with ${pick(r, ['2 days', '1 week', '12 hours'])} of symptoms. Treated with ${dx[1]}. ${dx[2]}. Improved steadily.`);
    d.l(`Discharge meds: ${dx[3]}, filled at `, sp('LOCATION', c.pharmacy), '.');
    d.l('Follow-up: PCP in 2-3 days; ', sp('LOCATION', c.spec.full), ' on ', dt(r, addDays(date, int(r, 7, 30))), '.');
    d.sec(true).l(pick(r, FILLER));
    d.sec(true).l('Home address: ', ...(addrPieces(r, c.addr)[0] ?? []), '   Phone: ', c.home);
    signClin(r, d, res, 'md', '', date);
  } else {
    d.sep = '\n';
    d.l('RN shift note 7p-7a, ', instName(r, c.hosp), ' ', pick(r, ['PICU', '4 West', 'Peds floor', '5 North']), ' rm ', room(r));
    d.l('Pt ', nm(r, c.kid, 'first'), `, ${c.ageY}y, dx ${dx[0]}.`);
    let h = 19;
    for (let i = 0; i < int(r, 4, 7); i++) {
      d.l(`${pad2(h % 24)}00 ${pick(r, [
        `VS T 37.${int(r, 0, 9)} HR ${int(r, 80, 160)} RR ${int(r, 16, 50)} SpO2 ${int(r, 90, 100)}%`,
        `pain ${int(r, 0, 8)}/10 FLACC, Tylenol given`,
        'asleep, mother at bedside',
        `IV site c/d/i, IVF at ${int(r, 20, 80)} mL/h`,
        `suctioned, moderate clear secretions`,
        `BG ${int(r, 90, 320)}, insulin per protocol`,
        `Foley draining clear yellow urine`,
      ])} `, initials(person(r), true));
      h += int(r, 1, 3);
    }
    d.l(`Dad (`, nm(r, c.partner, 'first'), ') called ', c.cell, ' at 0200 for update.');
    d.l(wordy(r));
    d.l(nurse(r, person(r)));
  }
  return d;
}

// 8. School nurse ----------------------------------------------------------------------------------
function schoolNurse({ r, c, date }: NoteIn): Doc {
  if (chance(r, 0.25)) return schoolEmail({ r, c, date, j: 0 });
  const d = new Doc();
  const sn = person(r); const teacher = person(r); const principal = person(r);
  const district = `${c.addr.town} ${pick(r, ['Unified School District', 'Public Schools', 'Consolidated Schools', 'Area School District'])}`;
  const layout = int(r, 0, 2);
  if (layout === 0) {
    d.sep = '\n';
    d.l('HEALTH OFFICE VISIT LOG - ', sp('LOCATION', c.school));
    d.l('Student: ', nm(r, c.kid, pick(r, ['lastFirst', 'UPPER', 'full'] as const)), `   Gr ${Math.max(0, c.ageY - 5)}   ID `, idNum(r, pick(r, ['', 'S', '20']), int(r, 6, 8)), '   Teacher: ', pick(r, ['Mrs. ', 'Mr. ', 'Ms. ']), nm(r, teacher, 'last'));
    d.l('Date       | Time  | Complaint             | Action                          | Init');
    let h = 8;
    for (let i = 0; i < int(r, 3, 6); i++) {
      const dd = addDays(date, -int(r, 0, 40));
      const ev = pick(r, [
        ['headache', 'rest 15 min, water, RTC'], ['stomach ache', 'crackers, RTC after 20 min'], ['inhaler before PE', 'albuterol 2 puffs via spacer'],
        ['fell at recess, scraped knee', 'cleaned, bandaid, ice, RTC'], [`insulin, BG ${int(r, 80, 300)}`, `${int(r, 1, 6)} units per plan`],
        ['head lice check', 'nits found, letter sent'], ['nosebleed', 'pressure 10 min, resolved'], [`fever ${38 + int(r, 0, 12) / 10}`, 'called parent, sent home'],
        ['hit in head w/ ball', 'no LOC, concussion sx checklist neg'], ['anxious, crying', 'talked w/ counselor, RTC'],
      ] as const);
      d.l(dt(r, dd), ` | ${pad2(h)}:${pad2(int(r, 0, 59))} | ${ev[0]} | ${ev[1]} | `, initials(sn));
      h = Math.min(15, h + int(r, 0, 2));
    }
    d.l(`Parent `, nm(r, c.mom, 'full'), ' contacted at ', c.cell, ` ${pick(r, ['- no answer, VM left', '- will pick up', '- aware'])}.`);
    d.l(wordy(r));
  } else if (layout === 1) {
    d.l(sp('LOCATION', district));
    d.l(sp('LOCATION', c.school), ' - Office of the School Nurse');
    d.l(...(addrPieces(r, address(r, [c.addr.town, c.addr.st]))[0] ?? []));
    d.l('Phone ', phone(r), '  Fax ', phone(r));
    d.sec();
    d.l(dt(r, date, true));
    d.l('Dear ', pick(r, ['Parent/Guardian of ', 'Family of ']), nm(r, c.kid, 'full'), ',');
    const topic = int(r, 0, 3);
    if (topic === 0) d.l(`During the vision screening on `, dt(r, addDays(date, -int(r, 1, 14))), `, your child read 20/${pick(r, ['40', '50', '70'])} on the Snellen chart in ${pick(r, ['the right eye', 'the left eye', 'both eyes'])}. We recommend a full eye exam. Vouchers for glasses are available through the health office.`);
    else if (topic === 1) d.l(`Your child was seen in the health office today after a bump to the head during PE. The Glasgow score was 15 and there was no loss of consciousness. Please watch for headache, vomiting or confusion and follow our return-to-learn plan.`);
    else if (topic === 2) d.l(`Head lice (nits) were found today. Your child may return to school after the first treatment. Please check all family members; we hope to keep this from spreading in the classroom.`);
    else d.l(`Our records show your child's immunizations are not complete for ${pick(r, ['7th grade (Tdap, MenACWY)', 'kindergarten entry (MMR #2, Varivax #2)'])}. State law requires proof by `, dt(r, addDays(date, int(r, 10, 40))), '.');
    d.l('If you have questions, call me at ', phone(r), ' ext. ', ext(r), ' or email ', email(r, sn, `${c.addr.town.toLowerCase().replace(/[^a-z]/g, '')}schools.org`), '.');
    d.sec(true).l('Forms are at ', url(r, `${c.addr.town.toLowerCase().replace(/[^a-z]/g, '')}schools.org`, '/health'), '.');
    d.sec();
    d.l('Sincerely,');
    d.l(nm(r, sn, 'full'), pick(r, [', BSN, RN, NCSN', ', RN', ', LPN']));
    d.l('School Nurse');
    d.l('cc: ', nm(r, principal, 'full'), ', Principal');
  } else {
    d.l('Individualized Healthcare Plan - ', pick(r, ['Asthma', 'Type 1 Diabetes', 'Seizure Disorder', 'Severe Food Allergy (peanut)']));
    d.l('Student: ', nm(r, c.kid, 'full'), '   DOB ', dt(r, c.dob, true), '   School: ', sp('LOCATION', c.school));
    d.l('Health care provider: ', doc(r, c.pcp), ', ', instName(r, c.clinic), ' ', phone(r));
    d.sec();
    d.l('Emergency contacts:');
    d.l('1. ', nm(r, c.mom, 'full'), ` (mother) cell `, c.cell, '; works at ', sp('LOCATION', pick(r, EMPLOYERS)), ' ', phone(r));
    d.l('2. ', nm(r, c.gma, 'full'), ' (grandmother) ', phone(r));
    d.sec();
    d.l(`Medications at school: ${pick(r, ['EpiPen Jr 0.15 mg in nurse office and classroom', 'albuterol HFA with spacer, self-carry approved', 'glucagon, Dexcom G7 alerts to nurse phone', 'Diastat 10 mg rectal for seizure >5 min'])}.`);
    d.l('Bus driver ', nm(r, person(r), 'first'), ` and teacher ${pick(r, ['Mrs.', 'Mr.', 'Ms.'])} `, nm(r, teacher, 'last'), ' trained on ', dt(r, addDays(date, -int(r, 1, 20))), '.');
    d.sec(true).l(wordy(r));
    d.sec().l('Reviewed with parent: ', nm(r, c.mom, 'init'), '   Nurse: ', nm(r, sn, 'full'), ', RN');
  }
  return d;
}

// 9. Adolescent clinic ------------------------------------------------------------------------------
function adolescent({ r, c, date }: NoteIn): Doc {
  if (chance(r, 0.22)) return sportsPhysical({ r, c, date, j: 0 });
  const d = new Doc();
  const md = person(r); const friend = person(r); const bf = person(r);
  const clinic = pick(r, CLINICS.filter((x) => /Teen|Adolescent/.test(x.full)).concat([c.clinic]));
  const layout = int(r, 0, 2);
  const job = pick(r, EMPLOYERS);
  const phq = int(r, 0, 22);
  if (layout === 0) {
    d.l(instName(r, clinic, 0.5), ' - Adolescent Visit (CONFIDENTIAL)');
    d.l('Pt: ', nm(r, c.kid, pick(r, ['lastFirst', 'full'] as const)), `   ${c.ageY} y/o   DOB `, dt(r, c.dob, true), '   MRN ', c.mrn);
    d.l('Date: ', dt(r, date), `   Seen alone for part of visit; ${pick(r, ['mother', 'aunt', 'foster mother'])} `, nm(r, c.mom, 'first'), ' in waiting room.');
    d.sec();
    d.l('HEEADSSS:');
    d.l(`Home: lives with ${pick(r, ['mom and stepdad', 'dad and two younger sibs', 'grandmother', 'mom, moved 3x this year'])} in `, ...townPieces(r, c.addr), `. ${pick(r, ['Feels safe.', 'Arguing a lot with mom.', 'Some conflict, no violence.'])}`);
    const grade = Math.min(12, Math.max(6, c.ageY - 5 + int(r, -1, 0)));
    d.l('Education: ', `${ord(grade)} grade at `, sp('LOCATION', c.school), `, grades ${pick(r, ['mostly Bs', 'failing 2 classes', 'As and Bs', 'dropped since fall'])}.`);
    d.l(`Employment: ${pick(r, ['works weekends at', 'part-time at', 'just started at'])} `, sp('LOCATION', job), '.');
    const act: Piece[] = chance(r, 0.3) ? ['church youth group at ', sp('LOCATION', pick(r, CHURCHES))] : [pick(r, ['soccer', 'band', 'video games', 'robotics club', 'wrestling', 'drawing'])];
    d.l('Activities: ', ...act, '; best friend ', nm(r, friend, 'first'), '.');
    d.l(`Drugs: ${pick(r, ['denies', 'vapes daily', 'tried marijuana x2', 'alcohol at parties'])}. CRAFFT ${int(r, 0, 4)}.`);
    if (chance(r, 0.35)) d.l('Sexuality: not sexually active; ', pick(r, ['identifies as straight', 'questioning', 'has a girlfriend', 'has a boyfriend']), '.');
    else d.l(`Sexuality: sexually active with ${pick(r, ['partner ', 'boyfriend ', 'girlfriend '])}`, nm(r, bf, 'first'), `; ${pick(r, ['condoms sometimes', 'interested in Nexplanon', 'on Depo-Provera', 'no contraception'])}.`);
    d.l(`Suicide/depression: PHQ-9 = ${phq}${phq >= 10 ? ', item 9 ' + pick(r, ['0', '1']) : ''}. ${phq >= 15 ? 'Safety plan completed.' : 'No SI.'}`);
    d.l(`Safety: ${pick(r, ['wears seatbelt', 'no guns in home', 'rides with friends who drink sometimes'])}.`);
    d.sec();
    if (chance(r, 0.4)) { histBlock(r, c, d); d.sec(); }
    d.l(`Exam: Tanner stage ${int(r, 3, 5)}. BMI ${int(r, 17, 38)}.${int(r, 0, 9)}. BP ${int(r, 100, 135)}/${int(r, 60, 85)}.`);
    d.l(`Plan: ${pick(r, ['GC/CT urine, HIV screen', 'Nexplanon insertion scheduled', 'referral to therapy', 'sertraline 25 mg daily, f/u 2 wks'])}. ${wordy(r)}`);
    d.sec(true).l('Confidential results line: ', phone(r), '; patient prefers texts to own cell ', phone(r), '.');
    signClin(r, d, md, 'md', '', date);
  } else if (layout === 1) {
    d.sep = '\n';
    d.l('adolescent med f/u - ', dt(r, date));
    d.l(sp('NAME', nameText(r, c.kid, 'lower')), ` ${c.ageY}yo, here for ${pick(r, ['depression f/u', 'eating disorder check', 'contraception', 'acne and sleep'])}.`);
    d.l(`phq9 ${phq} (prev ${int(r, 0, 24)}). ${pick(r, ['sleeping better', 'still skipping school', 'eating 2 meals/day', 'weight 48.2 kg, up 0.6'])}.`);
    d.l('therapist ', sp('NAME', person(r).first.toLowerCase()), ' at ', sp('LOCATION', pick(r, ['Valley Behavioral Health', 'Pathways Counseling Center', 'Lighthouse Youth Services'])), ' seeing weekly.');
    d.l(`works at ${pick(r, ['', ''])}`, sp('LOCATION', job.toLowerCase()), `, ${int(r, 8, 25)} hrs/wk.`);
    d.l(wordy(r).toLowerCase());
    d.l('vitals: hr ', `${int(r, 48, 100)}, bp ${int(r, 90, 130)}/${int(r, 55, 85)}, orthostatics ${pick(r, ['neg', 'pos'])}.`);
    d.l('plan: cont, rtc 4 wk. ', initials(md, true));
  } else {
    d.l('Confidential Phone Note');
    d.l('Re: ', nm(r, c.kid, 'full'), ' (MRN ', c.mrn, ')   ', dt(r, date, true));
    d.sec();
    d.l(`Called pt on own phone `, phone(r), ` to discuss results. Verified identity with DOB. ${pick(r, ['Chlamydia positive', 'Pregnancy test negative', 'HIV and syphilis negative', 'Vitamin D low at 14'])}.`);
    d.l(`Rx sent to `, sp('LOCATION', c.pharmacy), `. Advised partner treatment; EPT offered for `, nm(r, bf, 'first'), '.');
    d.l(`Teen asked that ${pick(r, ['parents', 'mom', 'dad'])} not be told; minor consent per state law reviewed. Insurance EOB may go to policyholder `, nm(r, c.mom, 'full'), ' at ', sp('LOCATION', c.insurer), '.');
    d.sec(true).l(wordy(r));
    d.sec().l(nm(r, md, 'full'), pick(r, [', MD', ', NP', ', PA-C']), ' / ', sp('LOCATION', clinic.full));
  }
  return d;
}

function relAge(r: Rng, role: string): number {
  if (role.includes('grand')) return int(r, 48, 88);
  if (role === 'sister' || role.includes('cousin')) return int(r, 1, 24);
  if (role.includes('aunt') || role.includes('uncle')) return int(r, 24, 62);
  return int(r, 19, 48);
}

// 10. Genetic counselling with pedigree ------------------------------------------------------------
function geneticPedigree({ r, c, date }: NoteIn): Doc {
  if (chance(r, 0.25)) return geneticLetter({ r, c, date, j: 0 });
  const d = new Doc();
  const gc = person(r); const gen = person(r);
  const clinic = c.spec.full.includes('Genetic') ? c.spec : SPECIALTY[0] as Inst;
  const cond = pick(r, [
    ['hearing loss, GJB2', 'GJB2 c.35delG homozygous'],
    ['family history of early breast cancer', 'BRCA2 c.5946delT heterozygous'],
    ['developmental delay', 'Fragile X FMR1 premutation (~90 CGG repeats) in mother'],
    ['positive newborn screen for CF', 'CFTR F508del / R117H'],
    ['suspected Marfan syndrome', 'FBN1 c.3217G>A likely pathogenic'],
    ['Duchenne muscular dystrophy in maternal uncle', 'DMD exon 45-50 deletion, carrier'],
    ['sickle cell trait in both parents', 'HbSS on newborn screen'],
    ['sudden cardiac death in family', 'KCNQ1 VUS'],
  ] as const);
  const rel: [string, Person, string][] = [];
  const mlast = c.mom.last; const plast = c.partner.last;
  const add = (role: string, p: Person) => { rel.push([role, p, '']); };
  add('mother', c.mom); add(c.partnerRole === 'wife' ? 'other parent' : 'father', c.partner);
  add('sister', c.sib);
  add('maternal grandmother', c.gma);
  if (chance(r, 0.5)) add('maternal great-grandmother', c.ggma);
  add('maternal grandfather', person(r, mlast, 'M'));
  add('paternal grandmother', person(r, chance(r, 0.7) ? plast : undefined, 'F'));
  add('paternal grandfather', person(r, plast, 'M'));
  add('maternal aunt', person(r, mlast, 'F'));
  add('maternal uncle', person(r, mlast, 'M'));
  add('paternal uncle', person(r, plast, 'M'));
  add('maternal first cousin', person(r));
  if (!rel.some((x) => x[1] === c.ggma)) add('maternal great-grandmother', c.ggma);
  if (chance(r, 0.5)) add('paternal great-grandfather', person(r, plast, 'M'));
  const n = int(r, 7, rel.length);
  const layout = int(r, 0, 1);
  d.l(sp('LOCATION', clinic.full));
  d.l('GENETIC COUNSELING NOTE   ', dt(r, date, true));
  d.l('Proband: ', nm(r, c.kid, pick(r, ['LASTFirst', 'full', 'lastFirst'] as const)), `  (${c.ageY === 0 ? 'newborn' : c.ageY + ' y'})  MRN `, c.mrn);
  d.l('Referred by: ', doc(r, c.pcp), ' for ', cond[0], '.');
  const third: Piece[] = chance(r, 0.3) ? [' and ', sp('STATE', pick(r, COUNTRIES))] : [];
  d.l('Ancestry: maternal ', sp('STATE', c.country), '; paternal ', sp('STATE', pick(r, COUNTRIES)), ...third, `. Consanguinity ${pick(r, ['denied', 'denied', 'parents are second cousins'])}.`);
  d.sec();
  d.l('Three-generation pedigree (obtained from ', nm(r, c.mom, 'first'), '):');
  if (layout === 0) {
    d.l('Gen | Relationship               | Name                 | Age      | Lives in           | Health');
    for (let i = 0; i < n; i++) {
      const [role, p] = rel[i] as [string, Person, string];
      const isGG = role.includes('great');
      const dead = !isGG && role.includes('grand') && chance(r, 0.35);
      const age: Piece[] = isGG ? (chance(r, 0.7) ? [sp('AGE', String(p === c.ggma ? c.ggmaAge : int(r, 90, 104)))] : ['d. ', yr(r, int(r, 1975, 2022))])
        : dead ? ['d. ', yr(r, int(r, 1980, 2024)), ` @${int(r, 45, 85)}`] : [String(relAge(r, role))];
      const gen0 = role.includes('great') ? 'I' : role.includes('grand') ? 'II' : role.includes('aunt') || role.includes('uncle') || role === 'mother' || role === 'father' || role === 'other parent' ? 'III' : 'IV';
      d.l(`${gen0.padEnd(3)} | ${role.padEnd(26)} | `, nm(r, p, pick(r, ['full', 'full', 'first', 'fml'] as const)), ' | ', ...age, ' | ', ...townPieces(r, townOf(pick(r, TOWNS))), ` | ${pick(r, ['healthy', 'T2DM', 'HTN', 'breast ca dx 42', 'hearing aids since childhood', 'MI at 51', 'dementia', 'sickle trait', 'learning disability', 'Hodgkin lymphoma, remission', 'Parkinson disease'])}`);
    }
  } else {
    for (let i = 0; i < n; i++) {
      const [role, p] = rel[i] as [string, Person, string];
      const t = pick(r, TOWNS);
      const isGG = role.includes('great');
      const gid = role.includes('great') ? 'I' : role.includes('grand') ? 'II' : role.includes('cousin') || role === 'sister' ? 'IV' : 'III';
      const parts: Piece[] = [chance(r, 0.5) ? `${gid}-${int(r, 1, 9)} ` : '- ', `${role.charAt(0).toUpperCase()}${role.slice(1)}: `, nm(r, p, pick(r, ['full', 'first', 'lastFirst'] as const))];
      if (isGG) {
        if (chance(r, 0.7)) parts.push(', ', sp('AGE', String(int(r, 90, 103))), ' yo, in a nursing home in ', sp('LOCATION', t[0]), ' (', sp('LOCATION', pick(r, ['Pinewood Manor', 'Shady Rest Care Center', 'St. Joseph Home for the Aged', 'Golden Years Residence'])), ')');
        else parts.push(', died in ', yr(r, int(r, 1985, 2023)), ' in ', sp('STATE', pick(r, COUNTRIES)));
      } else {
        parts.push(`, ${relAge(r, role)}, lives in `, ...townPieces(r, { town: t[0], st: t[1] }));
      }
      parts.push(`; ${pick(r, ['healthy', 'deaf from birth', 'two miscarriages', 'colon cancer at 48', 'autism', 'seizures as a child', 'early heart attack', 'tall, lens dislocation', 'no concerns'])}.`);
      d.l(...parts);
    }
  }
  d.sec();
  d.l(`Testing: ${pick(r, ['panel', 'exome trio', 'targeted familial variant', 'chromosomal microarray'])} sent to `, sp('LOCATION', pick(r, LABS)), ', accession ', idNum(r, pick(r, ['', 'ACC-', 'GX']), int(r, 7, 9)), ', collected ', dt(r, addDays(date, -int(r, 10, 50))), '.');
  d.l(`Result: ${cond[1]}. We discussed autosomal ${pick(r, ['recessive', 'dominant'])} inheritance, 25% / 50% recurrence, and cascade testing for relatives.`);
  d.sec(true).l('Family letter provided for ', nm(r, rel[7]?.[1] ?? c.gma, 'full'), ' and ', nm(r, rel[8]?.[1] ?? c.gma, 'first'), '. Support group: ', url(r, pick(r, ['cfhope.org', 'hearingfamilies.net', 'raredisorderfamilies.org', 'fragilexfamilies.org'])), '.');
  d.sec(true).l(wordy(r));
  d.sec();
  d.l(nm(r, gc, 'full'), pick(r, [', MS, CGC', ', MS, LCGC', ', CGC']), ' | ', email(r, gc, clinic.domain), ' | ', phone(r));
  d.l('Supervising geneticist: ', doc(r, gen));
  return d;
}

// 11. Foster care and adoption --------------------------------------------------------------------
function fosterAdoption({ r, c, date }: NoteIn): Doc {
  if (chance(r, 0.25)) return postAdoption({ r, c, date, j: 0 });
  const d = new Doc();
  const md = person(r); const cw = person(r); const fp = person(r); const fp2 = person(r, fp.last);
  const agency = pick(r, AGENCIES);
  const layout = int(r, 0, 2);
  if (layout === 0) {
    d.l('FOSTER CARE INITIAL HEALTH ASSESSMENT (within 72 h of placement)');
    d.l('Child: ', nm(r, c.kid, 'LASTFirst'), '   DOB ', dt(r, c.dob, true), `   ${c.ageY}y   Medicaid # `, c.medicaid);
    d.l('Case #: ', idNum(r, pick(r, ['FC-', 'DCF-', 'CW']), int(r, 7, 9)), '   Placement date: ', dt(r, addDays(date, -int(r, 1, 3))));
    d.l('Caseworker: ', nm(r, cw, 'full'), ', ', sp('LOCATION', agency), ', ', phone(r), ' / ', email(r, cw));
    d.sec();
    const kin = chance(r, 0.4);
    if (kin) d.l('Kinship placement with maternal great-grandmother ', nm(r, c.ggma, 'full'), ' (', sp('AGE', String(c.ggmaAge)), ` y/o, very engaged) in `, ...townPieces(r, c.addr), '.');
    else d.l('Placed with foster parents ', nm(r, fp, 'first'), ' and ', nm(r, fp2, 'full'), ' at ', ...(addrPieces(r, address(r))[0] ?? []), '.');
    d.l(`Reason for removal: ${pick(r, ['neglect', 'parental substance use', 'domestic violence in home', 'caregiver incarceration'])}. Bio mother `, nm(r, c.mom, 'full'), '; bio father ', ...(chance(r, 0.6) ? [nm(r, c.partner, 'full')] : [pick(r, ['unknown', 'not identified', 'not named'])]), '.');
    d.l(`Prior placements: ${int(r, 0, 4)}. Prior PCP at `, instName(r, pick(r, CLINICS)), ' in ', ...townPieces(r, townOf(pick(r, TOWNS))), `; records requested ${pick(r, ['by fax', 'via HIE'])}.`);
    d.sec();
    if (chance(r, 0.6)) { histBlock(r, c, d, true); d.sec(); }
    d.l(`Exam: wt ${int(r, 8, 60)} kg (${int(r, 2, 60)}th %ile). ${pick(r, ['Dental caries x6', 'Healing bruise L upper arm, photographed', 'Pediculosis', 'Eczema, dry skin', 'No acute findings'])}. ${pick(r, ['ASQ-3 below cutoff in communication', 'Denver II normal', 'PSC-17 elevated (internalizing)'])}.`);
    d.l('Immunizations per state registry: ', pick(r, ['up to date', 'behind - catch-up plan given', 'unable to locate']), '.');
    d.l(`Labs: lead, CBC, ${pick(r, ['HIV, Hep B/C, syphilis', 'TB IGRA', 'UDS (newborn exposure hx)'])}.`);
    d.sec(true).l(wordy(r));
    signClin(r, d, md, 'md', '', date);
  } else if (layout === 1) {
    d.l(sp('LOCATION', pick(r, SPECIALTY).full.replace(/Three Rivers Genetics and Genomics Clinic/, 'International Adoption Clinic at Lakeshore')));
    d.l('PRE-ADOPTION MEDICAL RECORD REVIEW');
    d.l('Prospective parents: ', nm(r, fp, 'full'), ' and ', nm(r, fp2, 'first'), '   ', ...(addrPieces(r, address(r))[0] ?? []));
    d.l('Child (referral name): ', nm(r, c.kid, pick(r, ['full', 'UPPER'] as const)), '   Country: ', sp('STATE', c.country), '   Reported DOB ', dt(r, c.dob, true));
    d.sec();
    d.l('Records from ', sp('LOCATION', pick(r, ORPHANAGES)), ' dated ', dt(r, addDays(date, -int(r, 20, 200))), ` include growth data and referral photos/video (${int(r, 2, 9)} min).`);
    d.l(`Growth: HC ${pick(r, ['tracking 5th %ile', 'below 3rd %ile', '25th %ile'])}; weight gain ${pick(r, ['adequate', 'poor in last 6 months'])}. Facial features on photos ${pick(r, ['not suggestive of FASD', 'smooth philtrum, thin upper lip - possible FASD'])}.`);
    d.l(`Labs reported: HIV neg, HBsAg neg, RPR neg (${pick(r, ['no dates', 'dated'])} `, dt(r, addDays(date, -int(r, 60, 400))), ').');
    d.l('Agency: ', sp('LOCATION', agency), '; contact ', nm(r, cw, 'full'), ' ', phone(r), '. Travel planned for ', dt(r, addDays(date, int(r, 20, 120))), '.');
    d.sec(true).l(pick(r, FILLER));
    d.sec(true).l(wordy(r));
    d.sec().l(nm(r, md, 'full'), ', MD, FAAP');
  } else {
    d.sep = '\n';
    d.l('foster care f/u  ', dt(r, date));
    d.l('child ', sp('NAME', nameText(r, c.kid, 'lower')), ` (${c.ageY}y), here w/ foster mom `, sp('NAME', fp.first.toLowerCase()), ` + caseworker `, sp('NAME', cw.last.toLowerCase()), '.');
    d.l(`since placement ${pick(r, ['sleeping better', 'night terrors', 'gaining weight', 'tantrums after visits with bio mom'])}. supervised visits at `, sp('LOCATION', agency), ` ${pick(r, ['weekly', 'q2wk'])}.`);
    d.l(`court date `, dt(r, addDays(date, int(r, 5, 60))), `, CASA volunteer `, nm(r, person(r), 'full'), ' following.');
    d.l(`seen by dentist ${pick(r, ['dr', 'Dr.'])} `, nm(r, person(r), 'last'), ' - 4 fillings. therapy intake at ', sp('LOCATION', pick(r, ['Pathways Counseling Center', 'Bridges Child Trauma Center', 'Kids Hope Counseling'])), '.');
    d.l(wordy(r).toLowerCase());
    d.l('foster family license # ', idNum(r, 'FH-', 6), ' verified. transport car plate ', plate(r), ' per agency log.');
    d.l('- ', nm(r, md, 'first'), ' ', sp('NAME', md.last), ', md');
  }
  return d;
}

// 12. Subspecialty letters to parents ---------------------------------------------------------
function subspecialtyLetter({ r, c, date }: NoteIn): Doc {
  const d = new Doc();
  const md = person(r); const nurseP = person(r);
  const spec = c.spec.full.includes('Genetic') ? pick(r, SPECIALTY.slice(1)) : c.spec;
  const areas = [
    ['cardiology', `The echocardiogram showed a small muscular VSD (${int(r, 2, 4)} mm) with normal heart function. Most close on their own. No activity limits.`, 'repeat echo in 6 months'],
    ['endocrinology', `Growth velocity has slowed to ${int(r, 3, 4)}.${int(r, 0, 9)} cm/year and the bone age is read as ${int(r, 6, 12)} years. Labs for Turner syndrome and thyroid (Hashimoto) were normal.`, 'check growth again in 4 months'],
    ['neurology', `The EEG showed brief generalized spike-wave discharges. This fits childhood absence epilepsy. We started ethosuximide (Zarontin) 250 mg twice a day.`, 'level and CBC in 3 weeks'],
    ['nephrology', `The kidney ultrasound showed mild hydronephrosis on the left (SFU grade 2). The VCUG showed no reflux. No kidney stone was seen.`, 'ultrasound again in 3 months'],
    ['gastroenterology', `The biopsies confirmed celiac disease (tTG-IgA ${int(r, 80, 300)}). Crohn disease was not seen. A strict gluten-free diet is the treatment.`, 'dietitian visit and tTG in 6 months'],
  ] as const;
  const fit = areas.find((a) => spec.full.toLowerCase().includes(a[0].slice(0, 5)));
  const area = fit && chance(r, 0.8) ? fit : pick(r, areas);
  const layout = int(r, 0, 2);
  const fam = c.partnerRole === 'wife' ? ['Dear ', nm(r, c.mom, 'first'), ' and ', nm(r, c.partner, 'first'), ','] : pick(r, [
    ['Dear Mr. and Mrs. ', nm(r, c.partner, 'last'), ','],
    ['Dear ', nm(r, c.mom, 'first'), ' and ', nm(r, c.partner, 'first'), ','],
    ['Dear Parent/Guardian of ', nm(r, c.kid, 'full'), ','],
    ['Dear Ms. ', nm(r, c.mom, 'last'), ','],
  ]);
  if (layout === 0 || layout === 1) {
    d.sep = '\n';
    d.l(sp('LOCATION', spec.full));
    if (layout === 0) {
      d.l(...(addrPieces(r, address(r))[0] ?? []));
      d.l('Tel ', phone(r), ' | Fax ', phone(r), ' | ', url(r, spec.domain));
    } else {
      d.l(`Division of Pediatric ${area[0].charAt(0).toUpperCase()}${area[0].slice(1)} | `, url(r, spec.domain));
    }
    d.l('');
    d.l(dt(r, date, true));
    d.l('');
    d.l(nm(r, c.mom, 'full'), chance(r, 0.5) ? [' and ', nm(r, c.partner, 'full')] : []);
    for (const ln of addrPieces(r, c.addr, false)) d.l(ln);
    d.l('');
    d.l('RE: ', nm(r, c.kid, 'full'), '   DOB: ', dt(r, c.dob, true), '   MRN: ', c.mrn);
    d.l('');
    d.l(...fam);
    d.l('');
    d.l('Thank you for bringing ', nm(r, c.kid, 'first'), ` to see us in ${area[0]} clinic on `, dt(r, addDays(date, -int(r, 1, 10))), '. I wanted to write down what we talked about.');
    d.l(area[1]);
    d.l(`The plan is: ${area[2]}. ${pick(r, ['We hope to see things settle by then.', 'Please call sooner if anything changes.', 'You do not need to change anything at home.'])}`);
    d.sec(true);
    d.l('If you have questions, our nurse ', nm(r, nurseP, 'first'), ' can be reached at ', phone(r), ', or send a message through the portal at ', url(r, spec.domain, '/mychart'), '.');
    d.sec();
    d.l('Warm regards,');
    d.l('');
    d.l(doc(r, md));
    d.l(`Pediatric ${area[0].charAt(0).toUpperCase()}${area[0].slice(1)}, `, instName(r, spec, 0.6));
    d.l('cc: ', doc(r, c.pcp), ', ', instName(r, c.clinic), chance(r, 0.3) ? [', ', sp('LOCATION', c.school), ' nurse (with parent permission)'] : []);
  } else {
    d.l('Portal message to family - ', instName(r, spec), ' ', dt(r, date));
    d.l('To: ', email(r, c.mom), '   Re: ', nm(r, c.kid, 'first'));
    d.sec();
    d.l('Hi ', nm(r, c.mom, pick(r, ['first', 'nick'] as const)), ',');
    d.l(`${area[1]}`);
    d.l(`Next step: ${area[2]}. The scheduler will call you at `, c.cell, '.');
    d.l(wordy(r));
    d.sec();
    d.l(nm(r, md, 'full'), ', MD');
  }
  return d;
}


// ---------------------------------------------------------------------------------------------
// Extra layouts (one per style family, chosen ~25 % of the time)
// ---------------------------------------------------------------------------------------------

function ldPostpartum({ r, c, date }: NoteIn): Doc {
  const d = new Doc();
  const md = person(r); const rn = person(r);
  const pod = int(r, 1, 3);
  d.l(pick(r, ['OB Postpartum Progress Note', 'PPD#' + pod + ' note', 'POSTPARTUM ROUNDS']), ' - ', dt(r, date));
  d.l(nm(r, c.mom, pick(r, ['LASTFirst', 'lastFirst', 'full'] as const)), `  ${c.momAge}y  `, c.momMrn, '  Rm ', room(r));
  d.sec();
  d.l(`S: Pain ${int(r, 1, 6)}/10, controlled with Motrin and Tylenol. ${pick(r, ['Ambulating, voiding.', 'Foley out at 0600, voided x2.', 'Passing flatus, tolerating diet.'])} Lochia ${pick(r, ['moderate rubra', 'light', 'light brown spotting'])}. ${pick(r, ['Breastfeeding going well.', 'Formula feeding by choice.', 'Pumping for NICU baby.'])}`);
  d.l(`O: T 36.${int(r, 5, 9)} BP ${int(r, 100, 158)}/${int(r, 60, 100)} HR ${int(r, 60, 105)}. Fundus firm, ${int(r, 1, 3)} cm below umbilicus. ${pick(r, ['Incision c/d/i with Prevena dressing.', 'Perineum intact, mild edema.', 'Repair intact.'])} Calves NT.`);
  d.l(`Hgb ${int(r, 8, 12)}.${int(r, 0, 9)} (pre ${int(r, 10, 13)}.${int(r, 0, 9)}). Rh ${pick(r, ['pos', 'neg - RhoGAM given, Kleihauer-Betke sent'])}. Rubella immune.`);
  d.l(`Hx: prior ${pick(r, ['C/S', 'SVD', 'preeclampsia', 'PPH'])} in `, yr(r, int(r, 2008, 2024)), `${chance(r, 0.4) ? '; moved from ' : '.'}`, ...(chance(r, 0.4) ? [sp('STATE', pick(r, COUNTRIES)), ' in ', yr(r, int(r, 2005, 2023)), '.'] : []));
  d.sec();
  d.l(`A/P: PPD#${pod} s/p ${pick(r, ['NSVD', 'pLTCS', 'rLTCS', 'VAVD'])}, doing well. ${pick(r, ['Iron sulfate 325 mg daily.', 'BP checks q4h, Nifedipine if >160/110.', 'Tdap given.'])} Contraception: ${pick(r, ['Nexplanon before d/c', 'condoms', 'IUD at 6 wk visit', 'undecided'])}.`);
  d.l('D/c home today if stable; f/u ', instName(r, c.clinic), ' 2 wk BP check, 6 wk PP visit with ', doc(r, person(r)), '.');
  d.sec(true).l(wordy(r, true));
  d.sec(true).l('Spouse ', nm(r, c.partner, 'first'), ' at bedside; baby ', nm(r, c.kid, 'first'), ` ${pick(r, ['rooming in', 'in NICU, mother visiting', 'in nursery for bili check'])}.`);
  d.sec();
  d.l('d/w ', nm(r, md, 'last'), '/', nm(r, person(r), 'last'), ' (OB team). RN ', nm(r, rn, 'first'), ' aware.');
  signClin(r, d, md, 'md', '', date);
  return d;
}


function nicuDischarge({ r, c }: NoteIn): Doc {
  const d = new Doc();
  const att = person(r); const np = person(r); const cm = person(r);
  const gaw = int(r, 24, 34);
  const born = c.dob;
  const dc = addDays(born, int(r, 20, 110));
  const dme = pick(r, ['Apex Home Medical Supply', 'Prairie Respiratory Services', 'BreatheEasy Home Care', 'Sun Valley DME']);
  const ei = pick(r, ['First Steps Early Intervention', 'Birth to Three of ' + c.addr.town, 'Babies Can\'t Wait', 'Early Start Program']);
  d.l(pick(r, ['NICU DISCHARGE SUMMARY', 'Neonatal Discharge Summary', 'NICU Transfer/Discharge Summary']));
  d.l('Patient: ', nm(r, c.kid, pick(r, ['LASTFirst', 'full', 'UPPER'] as const)), '   MRN: ', c.mrn, '   Acct: ', c.acct);
  d.l('DOB: ', dt(r, born, true), '   Admit: ', dt(r, born), '   Discharge: ', dt(r, dc, true), `   LOS: ${Math.round((Date.UTC(dc.y, dc.m - 1, dc.d) - Date.UTC(born.y, born.m - 1, born.d)) / 86400000)} days`);
  d.l('Mother: ', nm(r, c.mom, 'lastFirst'), ' (', c.momMrn, ')   Phone: ', c.cell);
  d.sec();
  d.l(`Birth: ${gaw} ${int(r, 0, 6)}/7 wk, BW ${gaw * 55 + int(r, -200, 300)} g, Apgars ${int(r, 1, 7)}/${int(r, 5, 9)}. Discharge wt ${int(r, 1900, 3600)} g, CGA ${ga(r, 36, 44)}.`);
  d.l('Hospital course by problem:');
  d.l(`- Resp: RDS, surfactant x${int(r, 1, 2)}, extubated DOL ${int(r, 2, 20)} (`, dt(r, addDays(born, int(r, 2, 20))), `). ${pick(r, ['BPD, home on 1/8 L NC', 'off O2 since ' + 'DOL 40', 'RA since 34 wks'])}.`);
  d.l(`- FEN: TPN to full feeds by DOL ${int(r, 7, 21)}; now ${pick(r, ['Neosure 22 kcal ad lib', 'breast milk + Similac 24 kcal', 'BM fortified to 24 kcal via NG/PO'])}.`);
  d.l(`- ID: ${pick(r, ['r/o sepsis, abx x 48h', 'CONS bacteremia, vanc x 7 d', 'no infections'])}. Synagis given `, dt(r, addDays(dc, -int(r, 0, 3))), '.');
  d.l(`- Neuro: HUS ${pick(r, ['normal x2', 'grade II IVH resolved', 'PVL'])}. ROP stage ${int(r, 0, 2)}, zone ${pick(r, ['II', 'III'])}; eye f/u with `, doc(r, person(r)), '.');
  d.l(`- Screens: NBS x3 normal (kit `, idNum(r, '', 9), `); ALGO pass; car seat challenge pass `, dt(r, addDays(dc, -1)), '; CCHD pass.');
  d.l(`- Immunizations: Hep B `, dt(r, addDays(born, int(r, 30, 40))), `, 2-month vaccines `, dt(r, addDays(born, int(r, 60, 70))), '.');
  d.sec();
  d.l('Follow-up appointments:');
  d.l('  PCP: ', doc(r, c.pcp), ', ', instName(r, c.clinic), ', ', phone(r), ' - ', dt(r, addDays(dc, int(r, 1, 3))));
  d.l('  NICU follow-up clinic: ', pick(r, ['Developmental Follow-Up Clinic at ', 'High-Risk Infant Clinic, ']), instName(r, c.hosp), ' - ', dt(r, addDays(dc, int(r, 30, 90))));
  d.l('  Early intervention: ', sp('LOCATION', ei), ', coordinator ', nm(r, person(r), 'full'), ' ', phone(r));
  d.l('  Home O2 / monitor: ', sp('LOCATION', dme), ', pulse oximeter serial ', serial(r), ', ', phone(r));
  d.sec(true);
  d.l('Case manager ', nm(r, cm, 'full'), `, RN confirmed ${pick(r, ['Medicaid', 'private insurance'])} `, sp('LOCATION', c.insurer), ' authorization # ', idNum(r, pick(r, ['PA', 'AUTH']), 8), '.');
  d.l('Going home to ', ...(addrPieces(r, c.addr)[0] ?? []), ' with mother and ', nm(r, c.partner, 'first'), '.');
  d.sec(true).l(wordy(r, true));
  d.sec();
  d.l('Prepared by ', nm(r, np, 'full'), ', NNP-BC for ', doc(r, att));
  return d;
}


function sportsPhysical({ r, c, date }: NoteIn): Doc {
  const d = new Doc();
  const md = person(r); const coach = person(r); const at = person(r);
  const sport = pick(r, ['football', 'volleyball', 'cross country', 'wrestling', 'basketball', 'softball', 'soccer']);
  d.l(pick(r, ['PREPARTICIPATION PHYSICAL EVALUATION', 'Sports Physical', 'PPE - Athletics Clearance']), ' - ', instName(r, c.clinic));
  d.l('Athlete: ', nm(r, c.kid, pick(r, ['full', 'LASTFirst', 'UPPER'] as const)), `   Age ${c.ageY}   Sex ${c.sex}   DOB `, dt(r, c.dob, true), '   Grade ', String(Math.min(12, Math.max(6, c.ageY - 5))));
  d.l('School: ', sp('LOCATION', c.school), `   Sport(s): ${sport}   Coach: `, nm(r, coach, pick(r, ['full', 'last'] as const)));
  d.l('Parent/guardian: ', nm(r, c.mom, 'full'), '   ', c.cell, '   Emergency: ', nm(r, c.gma, 'full'), ' ', phone(r));
  d.sec();
  d.l(`Heart history: ${pick(r, ['no syncope with exercise, no chest pain', 'passed out once at practice in the heat', 'palpitations with caffeine'])}. Family: ${pick(r, ['no sudden death before 50, no Marfan syndrome, no long QT', 'uncle died suddenly at 32 - ECG today', 'cousin with hypertrophic cardiomyopathy'])}.`);
  d.l(`Prior injuries: ${pick(r, ['none', 'concussion x1 (2 yrs ago)', 'ankle sprain, taped', 'ACL reconstruction L knee'])}. Asthma: ${pick(r, ['no', 'yes, exercise-induced, albuterol before games'])}.`);
  d.l(`Exam: BP ${int(r, 100, 138)}/${int(r, 58, 86)}, HR ${int(r, 50, 92)}, Ht ${int(r, 140, 190)} cm, Wt ${int(r, 38, 105)} kg. Vision 20/${pick(r, ['20', '25', '30'])} OU (Snellen). No murmur supine or standing, no Marfan stigmata. Duck walk normal.`);
  d.l(`ECG: ${pick(r, ['not indicated', 'normal sinus rhythm, QTc 412', 'early repolarization, normal variant'])}.`);
  d.sec();
  d.l(`Clearance: ${pick(r, ['cleared for all sports without restriction', 'cleared after cardiology evaluation', 'not cleared pending evaluation'])}.`);
  d.l('Athletic trainer ', nm(r, at, 'full'), ', ATC, emailed at ', email(r, at, `${c.addr.town.toLowerCase().replace(/[^a-z]/g, '')}schools.org`), '.');
  d.sec(true).l(wordy(r));
  signClin(r, d, md, 'md', '', date);
  return d;
}

function lactationClinic({ r, c, date }: NoteIn): Doc {
  const d = new Doc();
  const lc = person(r); const ent = person(r);
  const bw = int(r, 2600, 4100); const now = bw + int(r, -250, 400);
  d.l(pick(r, ['Outpatient Lactation Visit', 'BREASTFEEDING MEDICINE CLINIC', 'Lactation Clinic - Weight Check']), '  ', dt(r, date, true));
  d.l('Dyad: ', nm(r, c.mom, 'full'), ' (', c.momMrn, ') and ', nm(r, c.kid, 'first'), ' (', c.mrn, `), DOL ${int(r, 3, 30)}`);
  d.l('Referred by ', doc(r, c.pcp), ' (', instName(r, c.clinic), ').');
  d.sec();
  d.l(`Birth weight ${bw} g, today ${now} g (${now >= bw ? 'back to BW' : Math.round(((bw - now) / bw) * 1000) / 10 + '% below BW'}). ${int(r, 5, 10)} wet, ${int(r, 2, 6)} stools.`);
  if (chance(r, 0.3)) d.l('Mother: returning to work at ', sp('LOCATION', pick(r, EMPLOYERS)), ' in 2 wks, wants a pumping plan.');
  else d.l(`Mother: ${pick(r, ['pain 6/10 with latch, creased nipple after feeds', 'oversupply, baby choking at letdown', 'worried about supply, hx breast surgery'])}.`);
  d.l(`Infant oral exam: ${pick(r, ['restricted lift, heart-shaped tip; Hazelbaker appearance 6, function 9', 'normal', 'high palate, tongue tie posterior'])}.`);
  d.l(`Weighted feed: ${int(r, 20, 90)} mL transferred in ${int(r, 10, 25)} min (Medela baby scale).`);
  d.sec();
  d.l('Plan: ', pick(r, ['laid-back nursing, breast compressions', 'pump 10 min after AM feeds, paced bottle for supplement', 'block feeding for oversupply']), '; referral to ENT ', doc(r, ent), ' for frenotomy eval.');
  d.l('Recheck ', dt(r, addDays(date, int(r, 3, 10))), '. Handouts at ', url(r, c.hosp.domain, '/breastfeeding'), '.');
  d.sec(true).l(wordy(r, true));
  d.sec().l(nm(r, lc, pick(r, ['full', 'fml'] as const)), pick(r, [', IBCLC', ', MD, IBCLC', ', NP, IBCLC']));
  return d;
}

function nicuFamilyMeeting({ r, c, date }: NoteIn): Doc {
  const d = new Doc();
  const att = person(r); const sw = person(r); const chap = person(r); const interp = person(r);
  d.l('NICU FAMILY MEETING NOTE');
  d.l('Infant: ', babyWord(r, c), ' ', nm(r, c.kid, 'last'), ' (', c.mrn, ')   Date: ', dt(r, date, true), '   Location: family conference room, ', instName(r, c.hosp));
  d.sec();
  d.l('Present:');
  d.l('- Mother ', nm(r, c.mom, 'full'), ` and ${c.partnerRole} `, nm(r, c.partner, 'full'));
  d.l('- Maternal grandmother ', nm(r, c.gma, pick(r, ['full', 'first'] as const)), ' (by phone ', phone(r), ')');
  d.l('- Neonatology: ', doc(r, att), '; social work: ', nm(r, sw, 'full'), ', LCSW; chaplain ', pick(r, ['Rev. ', 'Imam ', 'Fr. ', 'Rabbi ', 'Pastor ']), nm(r, chap, pick(r, ['first', 'last', 'full'] as const)), ' (', sp('LOCATION', pick(r, CHURCHES)), ')');
  if (chance(r, 0.6)) d.l('- Interpreter ', nm(r, interp, 'full'), ` (${pick(r, ['Spanish', 'K\'iche\'', 'Arabic', 'Dari', 'Haitian Creole', 'Chuukese'])}), ID `, idNum(r, '', 5));
  d.sec();
  d.l(`Discussed: ${pick(r, ['course of BPD and likely need for home oxygen', 'grade IV IVH and what it may mean for development', 'NEC and surgical options with peds surgery', 'plan for G-tube before discharge', 'trisomy 18 results and comfort-focused care'])}. Parents asked good questions. ${pick(r, ['We hope to', 'Team will try to', 'We plan to'])} extubate again this week.`);
  d.l(`Family goals: ${pick(r, ['full support', 'time to think, will meet again', 'baptism at bedside', 'transfer closer to home'])}. Mother lives ${int(r, 20, 240)} miles away in `, ...townPieces(r, c.addr), '.');
  d.sec(true).l(wordy(r, true));
  d.sec();
  d.l('Next meeting ', dt(r, addDays(date, int(r, 5, 14))), '. Total time ', String(int(r, 30, 90)), ' min.');
  d.l(nm(r, att, 'full'), ', MD, Neonatology');
  return d;
}

function nurseryProcedure({ r, c, date }: NoteIn): Doc {
  const d = new Doc();
  const md = person(r); const rn = person(r);
  const circ = c.sex === 'M' && chance(r, 0.7);
  d.l(circ ? 'PROCEDURE NOTE: NEWBORN CIRCUMCISION' : 'NEWBORN HEARING / CCHD SCREEN NOTE');
  d.l('Patient: ', nm(r, c.kid, 'UPPER'), '   MRN ', c.mrn, '   DOB ', dt(r, c.dob), '   Loc: nursery bassinet ', room(r));
  d.l('Parent: ', nm(r, c.mom, 'full'), ' - consent signed ', dt(r, date), ', witnessed by ', nm(r, rn, 'full'), ', RN');
  d.sec();
  if (circ) {
    d.l(`Time out performed. Dorsal penile nerve block with 1% lidocaine ${pick(r, ['0.8', '1'])} mL. ${pick(r, ['Gomco 1.3', 'Gomco 1.1', 'Mogen clamp', 'Plastibell 1.2'])} used. EBL minimal. Sucrose 24% given.`);
    d.l('Vaseline gauze applied. Infant tolerated well. Parents instructed on care; call for bleeding more than a quarter-size spot.');
  } else {
    d.l(`ALGO AABR: ${pick(r, ['pass R / pass L', 'refer R / pass L', 'pass both'])} at ${int(r, 12, 40)} hours. Equipment serial `, serial(r), '.');
    d.l(`CCHD pulse ox: RH ${int(r, 95, 100)}% / foot ${int(r, 94, 100)}% - ${pick(r, ['pass', 'repeat in 1 hour', 'pass on second screen'])}.`);
    d.l('Outpatient rescreen if needed at ', sp('LOCATION', pick(r, ['Hear Kids Audiology', 'Valley Speech and Hearing Center', 'Lakeshore Audiology'])), ' ', phone(r), '.');
  }
  d.sec(true).l(wordy(r, true));
  d.sec(true).l(pick(r, FILLER));
  d.sec().l(circ ? doc(r, md) : nurse(r, rn), '  ', dt(r, date), ` ${pad2(int(r, 0, 23))}:${pad2(int(r, 0, 59))}`);
  return d;
}

function pedsEd({ r, c, date }: NoteIn): Doc {
  const d = new Doc();
  const md = person(r); const res = person(r);
  const cc = pick(r, [
    ['fall from monkey bars', 'L supracondylar fx, Gartland type II', 'ortho consulted, closed reduction', 'FOOSH'],
    ['ingestion of grandmother pills', 'accidental ingestion, amlodipine', 'poison control case', 'poison'],
    ['fever and stiff neck', 'r/o meningitis, LP done', 'ceftriaxone + vanc', 'Kernig positive'],
    ['dog bite to face', 'facial lacerations', 'plastic surgery repair, Augmentin', 'animal control report'],
    ['wheezing, can\'t talk in full sentences', 'status asthmaticus', 'continuous albuterol, Mg, PICU', 'PRAM 9'],
  ] as const);
  d.l(pick(r, ['PEDIATRIC EMERGENCY DEPARTMENT NOTE', 'Peds ED Provider Note', 'ED PEDS - PHYSICIAN DOCUMENTATION']));
  d.l(instName(r, c.hosp), ' | Arrival ', dt(r, date), ` ${pad2(int(r, 0, 23))}:${pad2(int(r, 0, 59))} | Bed `, room(r), ' | Acct ', c.acct);
  d.l('Pt: ', nm(r, c.kid, pick(r, ['LASTFirst', 'UPPER', 'full'] as const)), `, ${c.ageY}yo, DOB `, dt(r, c.dob, true), ', MRN ', c.mrn);
  d.sec();
  d.l(`HPI: ${c.ageY} yo ${c.sex === 'F' ? 'girl' : 'boy'} here with ${pick(r, ['mom', 'dad', 'grandma', 'aunt'])} (`, nm(r, pick(r, [c.mom, c.partner, c.gma]), 'first'), `) after ${cc[0]}. ${pick(r, ['EMS called by neighbor', 'came by private car', 'transferred from outside ED'])}.`);
  d.l(`Exam: T ${37 + int(r, 0, 25) / 10}, HR ${int(r, 80, 170)}, RR ${int(r, 16, 44)}, SpO2 ${int(r, 88, 100)}%, GCS ${pick(r, ['15', '14', '15'])}. ${cc[3]}.`);
  d.l(`MDM: ${cc[1]}. ${cc[2]}.`);
  if (cc[3] === 'poison') d.l('Poison center case # ', idNum(r, '', 8), ', specialist ', nm(r, person(r), 'first'), '.');
  if (cc[3] === 'animal control report') d.l('Report to ', sp('LOCATION', `${c.addr.town} Animal Control`), ', officer ', nm(r, person(r), 'full'), ', badge ', idNum(r, '', 4), '.');
  d.sec(true).l(`Social: lives with family in `, ...townPieces(r, c.addr), `, attends `, sp('LOCATION', c.school), '. ', wordy(r));
  d.sec();
  if (chance(r, 0.5)) d.l('Dispo: ', pick(r, ['admit to peds floor', 'PICU']), ', accepting ', doc(r, person(r)), '.');
  else d.l('Dispo: home, f/u with PCP ', doc(r, c.pcp), ' in 1-2 days; return precautions given.');
  d.l('Resident: ', nm(r, res, 'full'), ' MD / Attending: ', nm(r, md, 'full'), ' MD');
  return d;
}

function schoolEmail({ r, c, date }: NoteIn): Doc {
  const d = new Doc();
  const sn = person(r); const teacher = person(r); const coach = person(r);
  const dom = `${c.addr.town.toLowerCase().replace(/[^a-z]/g, '')}schools.org`;
  d.sep = '\n';
  d.l('From: ', nm(r, sn, 'full'), ' <', email(r, sn, dom), '>');
  d.l('To: ', email(r, c.mom), '; ', email(r, coach, dom));
  const hr = int(r, 7, 16);
  d.l('Date: ', dt(r, date, true), ` ${hr > 12 ? hr - 12 : hr}:${pad2(int(r, 0, 59))} ${hr >= 12 ? 'PM' : 'AM'}`);
  d.l('Subject: ', nm(r, c.kid, 'first'), pick(r, [' - concussion follow up', ' - inhaler at school', ' - nurse visit today', ' - sports physical missing']));
  d.l('');
  d.l('Hi ', ...(chance(r, 0.6) ? [pick(r, ['Ms. ', 'Mrs. ']), nm(r, c.mom, 'last')] : [nm(r, c.mom, 'first')]), ',');
  d.l('');
  d.l(`${pick(r, ['Just a heads up that', 'I wanted to let you know that', 'Following up on our call,'])} `, nm(r, c.kid, 'first'), ` ${pick(r, ['came to the office after PE with a headache', 'used the inhaler twice today', 'was hit in the head at practice', 'needs an updated sports physical before tryouts'])}. ${pick(r, ['Coach', 'Mr.', 'Ms.'])} `, nm(r, coach, 'last'), ` ${pick(r, ['is aware', 'pulled them from play per protocol', 'has the action plan'])}.`);
  d.l(`The ImPACT baseline from ${pick(r, ['last fall', 'August'])} is on file. ${pick(r, ['Please have the doctor fill out the return-to-play form.', 'We will follow the return-to-learn steps with the teachers.', 'A new inhaler and spacer would be great to keep here.'])}`);
  d.l('Teacher ', pick(r, ['Mr. ', 'Ms. ', 'Mrs. ']), nm(r, teacher, 'last'), ` will send work home. You can also reach the office at `, phone(r), '.');
  d.l('');
  d.l('Thanks,');
  d.l(nm(r, sn, pick(r, ['first', 'full'] as const)));
  d.l(pick(r, ['RN, School Nurse', 'School Nurse', 'LPN, Health Aide']), ' | ', sp('LOCATION', c.school));
  d.l('CONFIDENTIALITY NOTICE: this email may contain protected student health information (FERPA).');
  return d;
}

function geneticLetter({ r, c, date }: NoteIn): Doc {
  const d = new Doc();
  const gc = person(r);
  const clinic = SPECIALTY[0] as Inst;
  const aunt = person(r, c.mom.last, 'F'); const cousin = person(r); const uncle = person(r, c.partner.last, 'M');
  const t1 = pick(r, TOWNS); const t2 = pick(r, TOWNS); const t3 = pick(r, TOWNS);
  d.sep = '\n';
  d.l(sp('LOCATION', clinic.full), ' | ', url(r, clinic.domain));
  d.l(dt(r, date, true));
  d.l('');
  d.l('Dear ', nm(r, c.mom, 'first'), ' and ', nm(r, c.partner, 'first'), ',');
  d.l('');
  d.l('It was good to meet you and ', nm(r, c.kid, 'first'), ' on ', dt(r, addDays(date, -int(r, 7, 30))), '. This letter sums up our visit and can be shared with your relatives.');
  d.l(`We drew your family tree together. On your side, ${pick(r, ['your sister', 'your aunt'])} `, nm(r, aunt, 'full'), ' in ', sp('LOCATION', t1[0]), ', ', sp('STATE', t1[1]), ` had ${pick(r, ['a baby with the same hearing loss', 'breast cancer at 39', 'two children with learning problems', 'a heart rhythm problem'])}, and your cousin `, nm(r, cousin, 'first'), ' (now in ', sp('LOCATION', t2[0]), ') was tested in ', yr(r, int(r, 2012, 2025)), '.');
  d.l('Your grandmother ', nm(r, c.ggma, 'full'), ', who is ', sp('AGE', String(c.ggmaAge)), ' and lives in ', sp('LOCATION', t3[0]), `, ${pick(r, ['has always been healthy', 'has had hearing aids for years', 'had cancer in her 60s'])}. On the other side, `, nm(r, uncle, 'full'), ` ${pick(r, ['died suddenly at 34', 'has the same condition', 'has not been tested'])}.`);
  d.l(`The test showed ${pick(r, ['one change in the GJB2 gene from each parent', 'a change in BRCA2', 'a small deletion on chromosome 22q11.2', 'a variant of uncertain significance (VUS) in KCNQ1'])}. Each brother or sister has a ${pick(r, ['1 in 4', '1 in 2'])} chance of having it too. Testing for relatives can be done at `, sp('LOCATION', pick(r, LABS)), '.');
  d.l('');
  d.l('Please call me at ', phone(r), ' or email ', email(r, gc, clinic.domain), '.');
  d.l('');
  d.l('Sincerely,');
  d.l(nm(r, gc, 'full'), ', MS, CGC');
  d.l('Genetic Counselor');
  return d;
}

function postAdoption({ r, c, date }: NoteIn): Doc {
  const d = new Doc();
  const md = person(r); const p1 = person(r); const p2 = person(r, chance(r, 0.6) ? p1.last : undefined);
  const arrived = addDays(date, -int(r, 20, 300));
  d.l(pick(r, ['POST-ADOPTION VISIT', 'International Adoption Clinic - Post-Arrival Evaluation', 'Adoption follow-up']));
  d.l('Child: ', nm(r, c.kid, 'full'), ` (birth name `, nm(r, person(r), 'full'), ')   DOB ', dt(r, c.dob), '   MRN ', c.mrn);
  d.l('Adoptive parents: ', nm(r, p1, 'full'), ' and ', nm(r, p2, pick(r, ['full', 'first'] as const)), '   ', c.home);
  d.sec();
  d.l('Adopted from ', sp('STATE', c.country), ' via ', sp('LOCATION', pick(r, AGENCIES)), '; arrived home on ', dt(r, arrived), `. Lived at `, sp('LOCATION', pick(r, ORPHANAGES)), ` for ${int(r, 6, 60)} months.`);
  d.l(`Adoption finalized in `, sp('LOCATION', `${pick(r, TOWNS)[0]} County`), ' court ', dt(r, addDays(arrived, int(r, 10, 200))), '; readoption planned. Prior immunizations from ', sp('STATE', c.country), ' records dated ', yr(r, int(r, 2015, 2025)), ' not accepted - titers drawn.');
  d.l(`Screening: TB IGRA ${pick(r, ['negative', 'positive - CXR normal, treat LTBI with rifampin x4 months'])}; stool O&P ${pick(r, ['Giardia positive', 'negative x3'])}; lead ${int(r, 1, 12)}; TSH normal; Hep B, C, HIV, syphilis negative.`);
  d.l(`Development: ${pick(r, ['catching up quickly, 20 English words', 'gross motor delay, PT referral', 'attachment going well per parents', 'food hoarding, OT referral'])}. ${pick(r, ['Down syndrome, cardiology referral for AVSD repair follow-up.', 'Growth tracking up from below 3rd %ile.', 'Dental caries - referral to pediatric dentist.'])}`);
  d.sec(true).l(wordy(r));
  d.sec(true).l('Social worker ', nm(r, person(r), 'full'), ' will send the post-placement report to ', sp('LOCATION', pick(r, AGENCIES)), ' by ', dt(r, addDays(date, int(r, 10, 40))), '.');
  signClin(r, d, md, 'md', '', date);
  return d;
}

const STYLE_FN: Record<string, (x: NoteIn) => Doc> = {
  ld_delivery: ldDelivery,
  nicu_admit: nicuAdmit,
  nicu_daily: nicuDaily,
  nursery_discharge: nurseryDischarge,
  lactation,
  peds_sick: pedsSick,
  peds_hospital: pedsHospital,
  school_nurse: schoolNurse,
  adolescent,
  genetic_pedigree: geneticPedigree,
  foster_adoption: fosterAdoption,
  subspecialty_letter: subspecialtyLetter,
};

// ---------------------------------------------------------------------------------------------
// Rendering
// ---------------------------------------------------------------------------------------------

const TYPO_SKIP = /^(apgar|foley|moro|babinski|ortolani|barlow|kawasaki|breech|frank|follow|hope|blood|pitocin|similac|enfamil|medela|spectra)$/i;

function typo(r: Rng, w: string): string {
  const i = int(r, 1, w.length - 2);
  const k = int(r, 0, 2);
  if (k === 0) return w.slice(0, i) + (w[i + 1] ?? '') + (w[i] ?? '') + w.slice(i + 2);
  if (k === 1) return w.slice(0, i) + w.slice(i + 1);
  return w.slice(0, i) + (w[i] ?? '') + w.slice(i);
}

function fitWords(r: Rng, d: Doc): void {
  const count = () => d.secs.reduce((n, s) => n + pieceWords(s.lines), 0);
  let n = count();
  while (n > 440) {
    let idx = -1;
    for (let i = d.secs.length - 1; i >= 0; i--) if ((d.secs[i] as Sec).opt) { idx = i; break; }
    if (idx < 0) break;
    d.secs.splice(idx, 1);
    n = count();
  }
  while (n > 440) {
    // drop lines from the longest section (keeps the first line of each section)
    let best = -1; let bl = 1;
    d.secs.forEach((s, i) => { if (s.lines.length > bl) { bl = s.lines.length; best = i; } });
    if (best < 0) break;
    (d.secs[best] as Sec).lines.splice(bl - 2, 1);
    n = count();
  }
  let guard = 0;
  while (n < 70 && guard++ < 10) {
    d.secs.splice(Math.max(1, d.secs.length - 1), 0, { lines: [[pick(r, FILLER)]], opt: true });
    n = count();
  }
}

function render(r: Rng, d: Doc): { text: string; phi: GeneratedSpan[] } {
  const mode = r() < 0.1 ? 'upper' : r() < 0.111 ? 'lower' : 'mixed';
  const typoP = chance(r, 0.45) ? 0.02 : 0;
  let text = '';
  const phi: GeneratedSpan[] = [];
  const secs = d.secs.filter((s) => s.lines.length > 0);
  secs.forEach((s, si) => {
    if (si > 0) text += d.sep;
    s.lines.forEach((line, li) => {
      if (li > 0) text += '\n';
      const upLine = mode === 'mixed' && chance(r, 0.04);
      for (const p of line) {
        if (typeof p === 'string') {
          let t = p;
          if (typoP > 0) t = t.replace(/\b[a-z]{6,}\b/g, (w) => (!TYPO_SKIP.test(w) && chance(r, typoP) ? typo(r, w) : w));
          if (mode === 'upper' || upLine) t = t.toUpperCase();
          else if (mode === 'lower') t = t.toLowerCase();
          text += t;
        } else {
          let t = p.t;
          if (mode === 'upper' || upLine) t = t.toUpperCase();
          else if (mode === 'lower') t = t.toLowerCase();
          const lead = t.length - t.trimStart().length;
          const core = t.trim();
          if (!core || core.includes('\n')) { text += t; continue; }
          const start = text.length + lead;
          text += t;
          phi.push({ start, end: start + core.length, category: p.c });
        }
      }
    });
  });
  return { text, phi };
}

// ---------------------------------------------------------------------------------------------
// Public API
// ---------------------------------------------------------------------------------------------

export function generate(count: number, seed: number): GeneratedNote[] {
  const out: GeneratedNote[] = [];
  for (let pi = 0; out.length < count; pi++) {
    const pr = mulberry32(mix(seed, pi, 0x5eed));
    const ctx = makeCtx(pr);
    const nNotes = int(pr, 1, 3);
    const styles = STAGE_STYLES[ctx.stage];
    const pid = `p${String(pi).padStart(4, '0')}`;
    let date = ctx.stage === 'peri' ? ctx.base : ctx.base;
    for (let j = 0; j < nNotes && out.length < count; j++) {
      const r = mulberry32(mix(seed, pi, j + 1));
      const style = pick(r, styles);
      const doc = (STYLE_FN[style] as (x: NoteIn) => Doc)({ r, c: ctx, date, j });
      fitWords(r, doc);
      const { text, phi } = render(r, doc);
      out.push({ patient: pid, text, phi, style });
      date = addDays(date, int(r, 1, 30));
    }
  }
  return out;
}
