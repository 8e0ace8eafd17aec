/**
 * Writer `physician`: synthetic inpatient physician documentation with labelled PHI.
 *
 * Admission H&Ps, progress notes (SOAP and problem-based copy-forward smart-text), resident
 * sign-out lists, consults (ID / renal / cardiology / palliative), ICU attending notes,
 * goals-of-care discussions, death pronouncements, discharge medication reconciliation,
 * attending attestations, night-float admissions and curbside / e-consult messages.
 *
 * Everything is invented. A note is built as a list of segments (plain text or one PHI span);
 * case changes (all caps / all lower) and typos are applied per segment, so offsets stay exact.
 */
import { mulberry32 } from '../../../util/prng.js';

export interface GeneratedSpan { start: number; end: number; category: string }
export interface GeneratedNote { patient: string; text: string; phi: GeneratedSpan[]; style: string }

export const WRITER_NAME = 'physician';

export const PHYSICIAN_STYLES: readonly string[] = [
  'admission_hp',
  'progress_soap',
  'progress_problem_smarttext',
  'signout_list',
  'consult_note',
  'icu_attending',
  'goals_of_care',
  'death_pronouncement',
  'discharge_medrec',
  'attending_attestation',
  'nightfloat_admit',
  'curbside_econsult',
];

type Cat = 'NAME' | 'LOCATION' | 'STATE' | 'DATE' | 'DATE_YEAR' | 'AGE' | 'PHONE' | 'ID' | 'EMAIL' | 'URL' | 'OTHER';
type Seg = [string, Cat | null];
type Rng = () => number;
type Mode = 'normal' | 'upper' | 'lower';

// ---------------------------------------------------------------------------------------------
// Inventories (all invented or common; no real patients)
// ---------------------------------------------------------------------------------------------

const FIRST_F: readonly string[] = [
  // word-names
  'Hope', 'Grace', 'Faith', 'Joy', 'Rose', 'June', 'April', 'May', 'Dawn', 'Summer', 'Autumn',
  'Ruby', 'Pearl', 'Iris', 'Violet', 'Holly', 'Ivy', 'Heather', 'Daisy', 'Sandy', 'Penny',
  'Ginger', 'Misty', 'Crystal', 'Amber', 'Destiny', 'Harmony', 'Trinity', 'Sunny', 'Charity',
  'Patience', 'Precious', 'Star', 'Robin', 'Jewel', 'Blossom', 'Honey', 'Merry',
  // West African
  'Adaeze', 'Abena', 'Ngozi', 'Folake', 'Amara', 'Chiamaka', 'Ifeoma', 'Efua', 'Mariama',
  'Fatoumata', 'Aminata', 'Yetunde', 'Akosua', 'Nneka', 'Funmilayo',
  // South Asian
  'Priya', 'Anjali', 'Deepa', 'Harpreet', 'Lakshmi', 'Sunita', 'Nusrat', 'Tahmina', 'Kavya',
  'Meenakshi', 'Parveen', 'Shabnam',
  // East / Southeast Asian
  'Mei', 'Yuki', 'Haruka', 'Seo-yeon', 'Ji-woo', 'Linh', 'Huong', 'Xiaoling', 'Thuy', 'Mai',
  'Noriko', 'Eun-ji',
  // Slavic
  'Olga', 'Svetlana', 'Katarzyna', 'Agnieszka', 'Vesna', 'Oksana', 'Ludmila', 'Zofia', 'Halyna',
  // Arabic
  'Layla', 'Fatima', 'Noura', 'Rania', 'Samira', 'Mariam', 'Zainab', 'Huda', 'Amal',
  // Hispanic
  'Guadalupe', 'Xiomara', 'Esperanza', 'Luz', 'Rosario', 'Marisol', 'Socorro', 'Consuelo',
  'Yesenia', 'Maricela', 'Dulce', 'Milagros',
  // Irish / Nordic
  'Siobhan', 'Niamh', 'Aoife', 'Brigid', 'Orla', 'Ingrid', 'Astrid', 'Sigrid', 'Solveig', 'Freya',
  // Native American
  'Aiyana', 'Winona', 'Kohana', 'Nayeli', 'Dyani', 'Tallulah',
  // older / common US
  'Margaret', 'Dorothy', 'Linda', 'Patricia', 'Jennifer', 'Susan', 'Karen', 'Loretta', 'Beverly',
  'Mildred', 'Edna', 'Agnes', 'Kayla', 'Brittany', 'Shaniqua', 'Latoya', 'Imani', 'Ebony',
  'Bernadette', 'Wilhelmina', 'Gertrude', 'Opal',
];

const FIRST_M: readonly string[] = [
  // word-names
  'Will', 'Frank', 'Mark', 'Hunter', 'Chase', 'Bill', 'Pat', 'Ray', 'Dean', 'Earl', 'Rich', 'Buck',
  'Gene', 'Drew', 'Lance', 'Miles', 'Sterling', 'Cliff', 'Glen', 'Dale', 'Forrest', 'Rusty',
  'Woody', 'Bud', 'Angel', 'Noble', 'King', 'Major', 'River', 'Sky', 'Royal', 'Guy', 'Art',
  'Jack', 'Wade', 'Colt', 'Heath', 'Stone', 'Bishop', 'Price',
  // West African
  'Chinedu', 'Oluwaseun', 'Kwame', 'Kofi', 'Yaw', 'Emeka', 'Tunde', 'Babajide', 'Kojo', 'Ousmane',
  'Sekou', 'Obinna', 'Femi', 'Kwabena',
  // South Asian
  'Rohan', 'Vikram', 'Sanjay', 'Gurpreet', 'Arjun', 'Ravi', 'Imran', 'Farhan', 'Raj', 'Venkatesh',
  'Anil', 'Mohammed',
  // East / Southeast Asian
  'Wei', 'Jian', 'Hiroshi', 'Kenji', 'Min-jun', 'Thanh', 'Minh', 'Bao', 'Jun', 'Takeshi', 'Dong-hyun',
  'Quang',
  // Slavic
  'Dmitri', 'Bogdan', 'Piotr', 'Milan', 'Yaroslav', 'Tomasz', 'Zoran', 'Vladimir', 'Miroslav',
  // Arabic
  'Omar', 'Youssef', 'Khalid', 'Hassan', 'Tariq', 'Ibrahim', 'Walid', 'Karim', 'Bilal',
  // Hispanic
  'Alejandro', 'Mateo', 'Ignacio', 'Rigoberto', 'Jesus', 'Efrain', 'Heriberto', 'Santiago', 'Osvaldo',
  // Irish / Nordic
  'Declan', 'Padraig', 'Eoin', 'Ciaran', 'Colm', 'Sven', 'Bjorn', 'Lars', 'Einar', 'Leif',
  // Native American
  'Takoda', 'Chayton', 'Elu', 'Hania', 'Ahanu',
  // older / common US
  'Walter', 'Harold', 'Robert', 'James', 'Michael', 'Thomas', 'Gerald', 'Eugene', 'Clarence',
  'Vernon', 'Tyler', 'Dakota', 'Jaxon', 'Brayden', 'DeShawn', 'Tyrone', 'Cletus', 'Elmer', 'Otis',
];

const LAST: readonly string[] = [
  // word surnames
  'Stone', 'Hill', 'Price', 'Bell', 'Young', 'Brown', 'White', 'Green', 'Black', 'Wood', 'Fields',
  'Rivers', 'Banks', 'Marsh', 'Moody', 'Hardy', 'Wise', 'Best', 'Strong', 'Swift', 'Sharp', 'Cross',
  'Cook', 'Baker', 'Mason', 'Fisher', 'Hunter', 'Porter', 'Walker', 'Little', 'Long', 'Love',
  'Bliss', 'Glass', 'Frost', 'Snow', 'Winter', 'Knight', 'King', 'Bishop', 'Church', 'Chambers',
  'Lane', 'Ford', 'Park', 'Moss', 'Reed', 'Rush', 'Fox', 'Wolf', 'Crane', 'Swan', 'Lamb', 'Bird',
  'Nash', 'Coffin', 'Paine', 'Goodman', 'Sterling', 'Cash', 'Gold', 'Steele', 'Waters', 'Brooks',
  'Woods', 'Story', 'Hale', 'Noble', 'Shields', 'Chance', 'Hurt', 'Hope', 'Joy', 'Sparrow', 'Rich',
  'Hood', 'Gentry', 'Savage', 'Pitts', 'Sweet', 'Sherwood',
  // West African
  'Okafor', 'Adeyemi', 'Mensah', 'Owusu', 'Nwosu', 'Diallo', 'Traore', 'Balogun', 'Asante',
  'Boateng', 'Oyelaran', 'Eze', 'Okonkwo', 'Appiah', 'Ogunleye', 'Sesay', 'Kamara',
  // South Asian
  'Patel', 'Shah', 'Iyer', 'Reddy', 'Chaudhry', 'Siddiqui', 'Bhattacharya', 'Raghunathan', 'Gill',
  'Sandhu', 'Rahman', 'Hossain', 'Menon', 'Kulkarni', 'Desai', 'Venkataraman', 'Qureshi',
  // East / Southeast Asian
  'Nguyen', 'Tran', 'Pham', 'Le', 'Kim', 'Choi', 'Zhang', 'Liu', 'Wang', 'Chen', 'Huang', 'Tanaka',
  'Nakamura', 'Yamamoto', 'Watanabe', 'Sato', 'Lim', 'Hoang', 'Vo', 'Takahashi', 'Xu',
  // Slavic
  'Kowalski', 'Nowak', 'Wiśniewska', 'Petrov', 'Ivanova', 'Horvat', 'Novak', 'Dvořák', 'Kuznetsov',
  'Sokolov', 'Zielinski', 'Babic', 'Shevchenko', 'Bondarenko', 'Wojcik', 'Kravchuk',
  // Arabic
  'Haddad', 'Khoury', 'Mansour', 'Al-Sayed', 'Nasser', 'Hamdan', 'Aziz', 'El-Amin', 'Saleh',
  'Farouk', 'Abdullah', 'Al-Rashidi', 'Bazzi',
  // Hispanic
  'Garcia', 'Hernandez', 'de la Cruz', 'Rodriguez', 'Villanueva', 'Ochoa', 'Quintero', 'Espinoza',
  'Delgado', 'Del Valle', 'Santiago', 'Reyes', 'Castillo', 'Fuentes', 'Ibarra', 'de Jesus', 'Peña',
  // Irish
  "O'Connell", 'McAllister', 'Fitzgerald', 'Donnelly', 'Byrne', 'Gallagher', 'Kavanagh',
  "O'Sullivan", 'McGrath', 'Doherty', "O'Shaughnessy", 'MacNeil',
  // Nordic / Dutch / German
  'Lindqvist', 'Halvorsen', 'Johansson', 'Andersen', 'Bergstrom', 'Nygaard', 'Solberg', 'Haugen',
  'Eriksen', 'van der Berg', 'De Vries', 'ter Haar', 'von Stein', 'Van Dyke', 'Schultz',
  // Native American
  'Yazzie', 'Begay', 'Tsosie', 'Benally', 'Manygoats', 'Yellowhorse', 'Nez', 'Lonetree',
  'Whitehorse', 'Two Bears', 'Spotted Elk', 'Runningwater', 'Bearheart', 'Tohee', 'Skenandore',
  // more of everything
  'Mwangi', 'Otieno', 'Abiodun', 'Danjuma', 'Tesfaye', 'Haile', 'Gebremariam', 'Warsame', 'Abdi',
  'Jean-Baptiste', 'Pierre-Louis', 'Desrosiers', 'Baptiste', 'Toussaint',
  'Gonçalves', 'Moreira', 'da Silva', 'dos Santos', 'Figueroa', 'Mejía', 'Zúñiga', 'Carrasquillo',
  'Papadopoulos', 'Georgiou', 'Yilmaz', 'Özdemir', 'Kaya', 'Hakobyan', 'Petrosyan', 'Mamedov',
  'Singh', 'Kaur', 'Banerjee', 'Pillai', 'Natarajan', 'Thapa', 'Gurung',
  'Park-Whitfield', 'Santos-Ochoa', 'Lindgren-Moss', 'Pham-Nguyen',
  'Field', 'Hart', 'Rose', 'Summers', 'Day', 'Dove', 'Pike', 'Hawk', 'Blessing', 'Goodwin', 'Armstrong',
  'Carpenter', 'Cooper', 'Miller', 'Gardner', 'Shepherd', 'Salmon', 'Wren', 'Chapel', 'Temple',
];

const MIDDLE_INITIALS = 'ABCDEFGHJKLMNPRSTW';

interface Town { name: string; st: string; stFull: string; zip: string }
const TOWNS: readonly Town[] = [
  { name: 'Fairview', st: 'OH', stFull: 'Ohio', zip: '44126' },
  { name: 'Maple Grove', st: 'MN', stFull: 'Minnesota', zip: '55369' },
  { name: 'Millbrook', st: 'NY', stFull: 'New York', zip: '12545' },
  { name: 'Cedar Falls', st: 'IA', stFull: 'Iowa', zip: '50613' },
  { name: 'Brookside', st: 'DE', stFull: 'Delaware', zip: '19713' },
  { name: 'Oak Hill', st: 'WV', stFull: 'West Virginia', zip: '25901' },
  { name: 'Pine Bluff', st: 'AR', stFull: 'Arkansas', zip: '71601' },
  { name: 'Stony Point', st: 'NY', stFull: 'New York', zip: '10980' },
  { name: 'Glen Haven', st: 'WI', stFull: 'Wisconsin', zip: '53810' },
  { name: 'Eagle Rock', st: 'VA', stFull: 'Virginia', zip: '24085' },
  { name: 'Bear Creek', st: 'PA', stFull: 'Pennsylvania', zip: '18602' },
  { name: 'Clear Lake', st: 'IA', stFull: 'Iowa', zip: '50428' },
  { name: 'Liberty', st: 'MO', stFull: 'Missouri', zip: '64068' },
  { name: 'Independence', st: 'KS', stFull: 'Kansas', zip: '67301' },
  { name: 'Concord', st: 'NH', stFull: 'New Hampshire', zip: '03301' },
  { name: 'Harmony', st: 'PA', stFull: 'Pennsylvania', zip: '16037' },
  { name: 'Hope', st: 'AR', stFull: 'Arkansas', zip: '71801' },
  { name: 'Paradise', st: 'CA', stFull: 'California', zip: '95969' },
  { name: 'Normal', st: 'IL', stFull: 'Illinois', zip: '61761' },
  { name: 'Orange', st: 'TX', stFull: 'Texas', zip: '77630' },
  { name: 'Commerce', st: 'GA', stFull: 'Georgia', zip: '30529' },
  { name: 'Enterprise', st: 'AL', stFull: 'Alabama', zip: '36330' },
  { name: 'Mobile', st: 'AL', stFull: 'Alabama', zip: '36606' },
  { name: 'Buffalo', st: 'WY', stFull: 'Wyoming', zip: '82834' },
  { name: 'Friendship', st: 'ME', stFull: 'Maine', zip: '04547' },
  { name: 'Marion', st: 'IN', stFull: 'Indiana', zip: '46952' },
  { name: 'Salem', st: 'OR', stFull: 'Oregon', zip: '97301' },
  { name: 'Milford', st: 'CT', stFull: 'Connecticut', zip: '06460' },
  { name: 'Dover', st: 'DE', stFull: 'Delaware', zip: '19901' },
  { name: 'Lowell', st: 'MA', stFull: 'Massachusetts', zip: '01852' },
  { name: 'Quincy', st: 'IL', stFull: 'Illinois', zip: '62301' },
  { name: 'Goshen', st: 'IN', stFull: 'Indiana', zip: '46526' },
  { name: 'Shiloh', st: 'GA', stFull: 'Georgia', zip: '31826' },
  { name: 'Mount Vernon', st: 'WA', stFull: 'Washington', zip: '98273' },
  { name: 'Greenfield', st: 'MA', stFull: 'Massachusetts', zip: '01301' },
  { name: 'Westfield', st: 'NJ', stFull: 'New Jersey', zip: '07090' },
  { name: 'Plainview', st: 'TX', stFull: 'Texas', zip: '79072' },
  { name: 'Lakewood', st: 'CO', stFull: 'Colorado', zip: '80226' },
  { name: 'Ashland', st: 'KY', stFull: 'Kentucky', zip: '41101' },
  { name: 'Fall River', st: 'MA', stFull: 'Massachusetts', zip: '02720' },
  { name: 'Twin Falls', st: 'ID', stFull: 'Idaho', zip: '83301' },
  { name: 'Red Bank', st: 'NJ', stFull: 'New Jersey', zip: '07701' },
  { name: 'Walnut Creek', st: 'CA', stFull: 'California', zip: '94596' },
  { name: 'Holly Springs', st: 'MS', stFull: 'Mississippi', zip: '38635' },
  { name: 'Deer Park', st: 'TX', stFull: 'Texas', zip: '77536' },
  { name: 'Wolf Point', st: 'MT', stFull: 'Montana', zip: '59201' },
  { name: 'Shiprock', st: 'NM', stFull: 'New Mexico', zip: '87420' },
  { name: 'Window Rock', st: 'AZ', stFull: 'Arizona', zip: '86515' },
  { name: 'Grand Forks', st: 'ND', stFull: 'North Dakota', zip: '58201' },
  { name: 'Sandy Hook', st: 'CT', stFull: 'Connecticut', zip: '06482' },
  { name: 'Rock Island', st: 'IL', stFull: 'Illinois', zip: '61201' },
  { name: 'Bay City', st: 'MI', stFull: 'Michigan', zip: '48706' },
  { name: 'Winchester', st: 'VA', stFull: 'Virginia', zip: '22601' },
  { name: 'Chester', st: 'SC', stFull: 'South Carolina', zip: '29706' },
  { name: 'Plymouth', st: 'MA', stFull: 'Massachusetts', zip: '02360' },
  { name: 'Ozark', st: 'MO', stFull: 'Missouri', zip: '65721' },
  { name: 'Beaver Dam', st: 'WI', stFull: 'Wisconsin', zip: '53916' },
  { name: 'Cherry Hill', st: 'NJ', stFull: 'New Jersey', zip: '08002' },
  { name: 'Mill Valley', st: 'CA', stFull: 'California', zip: '94941' },
  { name: 'Spring Lake', st: 'NC', stFull: 'North Carolina', zip: '28390' },
  { name: 'Valley Stream', st: 'NY', stFull: 'New York', zip: '11580' },
  { name: 'Hazard', st: 'KY', stFull: 'Kentucky', zip: '41701' },
  { name: 'Welcome', st: 'NC', stFull: 'North Carolina', zip: '27374' },
  { name: 'Climax', st: 'MI', stFull: 'Michigan', zip: '49034' },
  { name: 'Sunrise', st: 'FL', stFull: 'Florida', zip: '33313' },
  { name: 'Pleasant Grove', st: 'UT', stFull: 'Utah', zip: '84062' },
  { name: 'Fort Defiance', st: 'AZ', stFull: 'Arizona', zip: '86504' },
  { name: 'Crown Point', st: 'IN', stFull: 'Indiana', zip: '46307' },
  { name: 'Sugar Land', st: 'TX', stFull: 'Texas', zip: '77478' },
  { name: 'Cape Girardeau', st: 'MO', stFull: 'Missouri', zip: '63701' },
  { name: 'Lake Charles', st: 'LA', stFull: 'Louisiana', zip: '70601' },
  { name: 'Bowling Green', st: 'KY', stFull: 'Kentucky', zip: '42101' },
  { name: 'Warren', st: 'OH', stFull: 'Ohio', zip: '44481' },
  { name: 'Hamburg', st: 'NY', stFull: 'New York', zip: '14075' },
  { name: 'New Britain', st: 'CT', stFull: 'Connecticut', zip: '06051' },
  { name: 'Lewiston', st: 'ME', stFull: 'Maine', zip: '04240' },
  { name: 'Worthington', st: 'MN', stFull: 'Minnesota', zip: '56187' },
  { name: 'Dodge City', st: 'KS', stFull: 'Kansas', zip: '67801' },
  { name: 'Eagle Pass', st: 'TX', stFull: 'Texas', zip: '78852' },
  { name: 'Pearl', st: 'MS', stFull: 'Mississippi', zip: '39208' },
  { name: 'Florence', st: 'SC', stFull: 'South Carolina', zip: '29501' },
  { name: 'Marshall', st: 'TX', stFull: 'Texas', zip: '75670' },
  { name: 'Victoria', st: 'TX', stFull: 'Texas', zip: '77901' },
  { name: 'Bismarck', st: 'ND', stFull: 'North Dakota', zip: '58501' },
  { name: 'Fairbanks', st: 'AK', stFull: 'Alaska', zip: '99701' },
  { name: 'Hilo', st: 'HI', stFull: 'Hawaii', zip: '96720' },
  { name: 'Kingston', st: 'NY', stFull: 'New York', zip: '12401' },
  { name: 'Weed', st: 'CA', stFull: 'California', zip: '96094' },
  { name: 'Lawrence', st: 'MA', stFull: 'Massachusetts', zip: '01841' },
];

const COUNTRIES: readonly string[] = [
  'Nigeria', 'Ghana', 'India', 'Vietnam', 'Guatemala', 'Poland', 'Ukraine', 'Somalia', 'Haiti',
  'Dominican Republic', 'Mexico', 'Philippines', 'Syria', 'Iraq', 'Honduras', 'El Salvador',
  'Puerto Rico', 'Bangladesh', 'Ethiopia', 'Sierra Leone', 'Korea', 'Lebanon', 'Cape Verde', 'Norway',
];

interface Hosp { full: string; short: readonly string[] }
const HOSPITALS: readonly Hosp[] = [
  { full: "St. Brendan's Medical Center", short: ["St. Brendan's", 'SBMC', "St Brendan's"] },
  { full: 'Mercy Ridge Hospital', short: ['Mercy Ridge', 'MRH'] },
  { full: 'Lakeshore General Hospital', short: ['Lakeshore General', 'LSG', 'Lakeshore'] },
  { full: 'Harlan Valley Regional Medical Center', short: ['Harlan Valley', 'HVRMC', 'Harlan Regional'] },
  { full: 'University Hospital of Northfield', short: ['UHN', 'Northfield University'] },
  { full: 'Good Samaritan Hospital', short: ['Good Sam', 'GSH'] },
  { full: 'Providence Heights Medical Center', short: ['Prov Heights', 'PHMC', 'Providence Heights'] },
  { full: 'Our Lady of the Pines Hospital', short: ['Lady of the Pines', 'OLP', 'Pines'] },
  { full: 'Beth Shalom Medical Center', short: ['Beth Shalom', 'BSMC'] },
  { full: 'Tillman County General', short: ['Tillman General', 'Tillman', 'TCG'] },
  { full: 'Bear Creek VA Medical Center', short: ['Bear Creek VA', 'BCVA'] },
  { full: 'Riverbend Memorial Hospital', short: ['Riverbend Memorial', 'Riverbend', 'RMH'] },
  { full: 'Sacred Heart Hospital of Milford', short: ['Sacred Heart', 'SHH'] },
  { full: 'Kessler-Ambrose Medical Center', short: ['Kessler-Ambrose', 'Kessler', 'KAMC'] },
  { full: 'Whitfield Children\'s and Adult Hospital', short: ['Whitfield', 'WCAH'] },
  { full: 'Navajo Plains Indian Health Center', short: ['Navajo Plains IHS', 'NPIHC'] },
  { full: 'Summit Crest Hospital', short: ['Summit Crest', 'SCH'] },
  { full: 'Great Lakes Heart Institute', short: ['Great Lakes Heart', 'GLHI'] },
  { full: 'Hollister Regional', short: ['Hollister', 'Hollister Regional'] },
  { full: 'Fairview Community Hospital', short: ['Fairview Community', 'FCH'] },
  { full: 'Saint Olaf Lutheran Hospital', short: ['St. Olaf', 'SOLH', 'Lutheran'] },
  { full: 'Crosby-Whitlock Memorial', short: ['Crosby-Whitlock', 'CWM', 'Crosby'] },
  { full: 'Baptist Health Eastside', short: ['Baptist East', 'BHE', 'Eastside'] },
  { full: 'Mount Carmel West', short: ['Mt Carmel', 'MCW', 'Carmel West'] },
  { full: 'Lakeland Regional Medical Center', short: ['Lakeland Regional', 'LRMC'] },
  { full: 'Pinecrest Behavioral Health', short: ['Pinecrest', 'PBH'] },
];

const SNFS: readonly string[] = [
  'Maple Grove Rehab', 'Sunrise Manor', 'The Willows at Fairview', 'Cedar Ridge Nursing & Rehab',
  'Golden Pond Care Center', 'Heritage House', 'St. Agnes Home', 'Pleasant View LTC',
  'Evergreen Commons', 'Lakeview Terrace SNF', 'Meadowbrook Skilled Nursing', 'Autumn Leaves ALF',
  'Shady Oaks', 'Hillcrest Rehabilitation Center', 'Bayberry Assisted Living', 'Kindred Oaks LTACH',
  'Rosewood Manor', 'Pine Haven Hospice House', 'Good Shepherd Village', 'Marian Manor', 'Sunnyside Nursing Home',
  'Whispering Pines Care Center', 'Riverview LTACH', 'The Gardens at Elm Ridge',
];
const PHARMACIES: readonly string[] = [
  'CVS', 'Walgreens', 'Rite Aid', "Hartley's Pharmacy", 'Family Drug', 'Walmart pharmacy',
  'Kroger pharmacy', 'Costco pharmacy', 'Main Street Apothecary', "Dunlap's Drug", 'Hy-Vee pharmacy',
  'Express Scripts', 'OptumRx', 'Safeway pharmacy', 'Duane Reade', 'Medicine Shoppe', 'Winn-Dixie pharmacy',
];
const EMPLOYERS: readonly string[] = [
  'Tyson plant', 'Amazon warehouse', 'Ford plant', 'Hendricks Tool & Die', 'UPS', "Lowe's",
  'Home Depot', 'Dollar General', 'Millbrook Public Schools', 'Norfolk Southern', 'Walmart',
  'Pilgrim\'s Pride', 'Goodyear', 'Sysco', 'Kessler Auto Body', 'Golden Corral', 'US Postal Service',
  'Blue Ridge Poultry', 'Marathon refinery', 'Boeing', 'Kroger', 'John Deere', 'Cargill', 'Dept of Corrections',
  'Harbor Freight', 'Stop & Shop', 'FedEx Ground', 'Bath Iron Works',
];
const CHURCHES: readonly string[] = [
  'First Baptist', "St. Casimir's", 'Grace Lutheran', 'Bethel AME', 'Holy Trinity', 'Mount Zion',
  'Masjid Al-Noor', 'Temple Beth El', "St. Mary's", 'Kingdom Hall', 'New Hope Pentecostal',
  'Greater Grace Temple', 'Sri Venkateswara Temple', 'Gurdwara Sahib', 'Our Lady of Guadalupe parish',
];
const SHELTERS: readonly string[] = [
  'Pine Street Inn', 'Hope House', 'Salvation Army shelter', 'Open Door Mission', 'Bethany House',
  'Harbor Light Center',
];
const STREETS: readonly string[] = [
  'Orchard Ridge Rd', 'Main St', 'Elm St', 'Maple Ave', 'County Rd 12', 'Route 9', 'Old Mill Rd',
  'Lakeview Dr', 'Sunset Blvd', 'Church St', 'Cherry Ln', 'Hilltop Ct', 'Pleasant St', 'Water St',
  'Freedom Way', 'Hope St', 'Liberty Ave', 'Crane Hollow Rd', 'Bittersweet Ln', 'Pike St',
];

const ATT_POSTFIX = ['MD', 'DO', 'MD, PhD', 'MD MPH'];
const RN_CRED = ['RN', 'RN BSN', 'RN, CCRN', 'LPN'];
const OTHER_CRED = ['NP', 'PA-C', 'RRT', 'LICSW', 'PharmD', 'RD', 'CNA', 'PT', 'SLP', 'MSW'];
const RELATIONS = ['daughter', 'son', 'wife', 'husband', 'sister', 'brother', 'niece', 'nephew',
  'granddaughter', 'grandson', 'partner', 'HCP', 'friend', 'neighbor', 'mother', 'father', 'cousin'];
const REL_F = ['daughter', 'wife', 'sister', 'niece', 'granddaughter', 'partner', 'HCP', 'friend', 'neighbor', 'mother', 'cousin', 'dtr', 'DIL'];
const REL_M = ['son', 'husband', 'brother', 'nephew', 'grandson', 'partner', 'HCP', 'friend', 'neighbor', 'father', 'cousin', 'SIL'];

// Unmarked clinical words that look like names/places (eponyms, brands, word-names as words).
const EPONYM_FINDINGS: readonly string[] = [
  'Murphy sign neg', 'Babinski downgoing b/l', 'no Kernig/Brudzinski', '+Chvostek', 'no Osler nodes or Janeway lesions',
  'no Roth spots on fundoscopy', 'Kussmaul breathing', 'Cheyne-Stokes resp overnight', 'no Virchow node',
  'McBurney point nontender', 'neg Homans', 'Trousseau sign absent', 'Levine sign while describing the pain',
  'Austin Flint murmur?', 'Rovsing neg', 'Hoffmann neg', 'Romberg +', 'Tinel +at wrist',
];
const EPONYM_DX: readonly string[] = [
  'Graves disease', "Parkinson's disease", "Crohn's", 'Hashimoto thyroiditis', "Bell's palsy 2y ago",
  'Barrett esophagus', 'Guillain-Barre as a child', "Hodgkin lymphoma in remission", 'Sjogren syndrome',
  "Raynaud's", 'Wernicke encephalopathy hx', 'Addison disease on hydrocort', "Cushing's (iatrogenic)",
  'Mallory-Weiss tear', 'Charcot foot', "Dupuytren's", "Alzheimer's dementia", 'Wolff-Parkinson-White s/p ablation',
  "Meniere's", 'Hill-Sachs lesion', 'Paget disease of bone', 'Takayasu arteritis', 'Brugada pattern',
];
const EPONYM_PROC: readonly string[] = [
  's/p Whipple', 's/p Nissen fundoplication', 's/p Roux-en-Y', 'Hartmann pouch', 's/p Billroth II',
  'Swan-Ganz placed', 's/p Ivor Lewis', 's/p Bentall', 'Fontan physiology', 's/p Ross procedure',
];
const BRANDS: readonly string[] = [
  'Eliquis', 'Lasix', 'Zosyn', 'Keppra', 'Precedex', 'Levophed', 'Dilaudid', 'Tylenol', 'Coumadin',
  'Xarelto', 'Entresto', 'Jardiance', 'Ozempic', 'Lantus', 'Humalog', 'Seroquel', 'Ativan', 'Zofran',
  'Protonix', 'Senna', 'Miralax', 'Flomax', 'Plavix', 'Lipitor', 'Synthroid', 'Narcan',
];
const DEVICES: readonly string[] = [
  'Foley', 'PICC', 'Port-a-Cath', 'Dobhoff', 'PleurX', 'BiPAP', 'Bair Hugger', 'Impella CP',
  'HeartMate 3 LVAD', 'Hickman', 'Quinton cath', 'Trilogy vent', 'Pyxis', 'Optiflow HFNC', 'Wound VAC',
];
const WORDNAME_PHRASES: readonly string[] = [
  'frank blood in the canister', 'hope to extubate in AM', 'will follow', 'will need repeat CT',
  'may need HD', 'young man', 'kidney stone on CT', 'brown sputum', 'Cr rose to 2.4',
  'marked improvement', 'frank pus expressed', 'long-standing', 'little po intake', 'chase the K',
  'grace period on the insurance', 'strong cough', 'wise to hold', 'pt in good faith agrees',
  'best to hold', 'sharp CP', 'stone-free after lithotripsy', 'bell-shaped curve of the troponin',
  'joy of life per dtr', 'price of the Eliquis is an issue', 'fields clear', 'moss-green stool',
  'summer camp', 'dawn phenomenon', 'park the Foley for now', 'pat dry, keep clean',
];
const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const HOLIDAYS = ['Thanksgiving', 'Christmas', 'New Year', 'July 4th weekend', 'Labor Day', 'Easter', 'Memorial Day', 'Ramadan'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const MONTHS_FULL = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

const PMH_ITEMS: readonly string[] = [
  'HTN', 'HLD', 'DM2 (A1c 8.9)', 'CKD 3b', 'ESRD on HD MWF', 'HFrEF (EF 25%)', 'HFpEF', 'afib on Eliquis',
  'COPD on 2L home O2', 'OSA on CPAP', 'CAD s/p PCI', 'PVD', 'cirrhosis (EtOH), MELD 18', 'hypothyroid',
  'depression', 'BPH', 'gout', 'obesity (BMI 41)', 'prior CVA w/ R sided weakness', 'DVT on Xarelto',
  'T2DM on insulin', 'breast ca s/p lumpectomy', 'prostate ca on ADT', 'HIV (CD4 450, VL undetectable)',
  'HCV treated', 'seizure d/o on Keppra', 'schizophrenia', 'OUD on buprenorphine', 'anemia of CKD',
];
const CC_ITEMS: readonly string[] = [
  'SOB', 'chest pain', 'fever', 'AMS', 'fall', 'abd pain', 'N/V', 'hematemesis', 'melena', 'LE swelling',
  'syncope', 'weakness', 'cough', 'dysuria & fever', 'R leg redness', 'hyperglycemia', 'palpitations',
];
const DX_ITEMS: readonly string[] = [
  'sepsis 2/2 CAP', 'acute on chronic HFrEF exacerbation', 'NSTEMI', 'DKA', 'AKI on CKD (prerenal)',
  'UGIB', 'LE cellulitis', 'COPD exacerbation', 'pyelonephritis', 'hepatic encephalopathy', 'PE',
  'septic shock from cholangitis', 'MRSA bacteremia', 'SBO', 'hyponatremia (Na 118)', 'afib w/ RVR',
  'C diff colitis', 'ETOH withdrawal', 'aspiration PNA', 'hypercalcemia of malignancy',
];
const ABX = ['vanc', 'cefepime', 'Zosyn', 'ceftriaxone', 'azithro', 'meropenem', 'dapto', 'flagyl', 'cefazolin', 'PO vanc'];

// ---------------------------------------------------------------------------------------------
// Helpers
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
function areaCode(r: Rng): string {
  return `${2 + Math.floor(r() * 8)}${digits(r, 2)}`;
}
function pad2(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}
function shuffle<T>(r: Rng, a: readonly T[]): T[] {
  const b = a.slice();
  for (let i = b.length - 1; i > 0; i--) {
    const j = Math.floor(r() * (i + 1));
    const t = b[i] as T;
    b[i] = b[j] as T;
    b[j] = t;
  }
  return b;
}
function pickN<T>(r: Rng, a: readonly T[], n: number): T[] {
  return shuffle(r, a).slice(0, n);
}
function fmix32(x: number): number {
  let h = x >>> 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b) >>> 0;
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35) >>> 0;
  h ^= h >>> 16;
  return h >>> 0;
}
function hashSeed(a: number, b: number, c: number): number {
  return fmix32(fmix32((fmix32(a ^ 0x9e3779b9) + Math.imul(b, 0x9e3779b1)) >>> 0) ^ Math.imul(c, 0x27d4eb2f));
}

interface Person { first: string; last: string; mi: string; sex: 'M' | 'F' }

function typoWord(r: Rng, w: string): string {
  if (w.length < 4) return w;
  const i = int(r, 1, w.length - 2);
  const k = r();
  if (k < 0.4) return w.slice(0, i) + (w[i + 1] ?? '') + (w[i] ?? '') + w.slice(i + 2); // swap
  if (k < 0.7) return w.slice(0, i) + w.slice(i + 1); // drop
  return w.slice(0, i) + (w[i] ?? '') + w.slice(i); // double
}

function makePerson(r: Rng, sex?: 'M' | 'F'): Person {
  const s: 'M' | 'F' = sex ?? (chance(r, 0.5) ? 'F' : 'M');
  const first = pick(r, s === 'F' ? FIRST_F : FIRST_M);
  let last = pick(r, LAST);
  if (chance(r, 0.07)) {
    let b = pick(r, LAST);
    if (b.includes(' ')) b = 'Reyes';
    if (!last.includes(' ')) last = `${last}-${b}`;
  }
  return { first, last, mi: MIDDLE_INITIALS[Math.floor(r() * MIDDLE_INITIALS.length)] ?? 'A', sex: s };
}

// ---------------------------------------------------------------------------------------------
// Note builder
// ---------------------------------------------------------------------------------------------

class NoteBuilder {
  readonly segs: Seg[] = [];
  constructor(readonly r: Rng) {}

  t(s: string): this {
    if (s) this.segs.push([s, null]);
    return this;
  }

  p(s: string, cat: Cat): this {
    // keep spans trimmed; move surrounding whitespace to plain text
    const m = /^(\s*)(.*?)(\s*)$/s.exec(s);
    const lead = m?.[1] ?? '';
    const core = m?.[2] ?? s;
    const tail = m?.[3] ?? '';
    this.t(lead);
    if (core) this.segs.push([core, cat]);
    this.t(tail);
    return this;
  }

  add(segs: readonly Seg[]): this {
    for (const [s, c] of segs) {
      if (c) this.p(s, c);
      else this.t(s);
    }
    return this;
  }

  build(mode: Mode, typoRate: number): { text: string; phi: GeneratedSpan[] } {
    let text = '';
    const phi: GeneratedSpan[] = [];
    const r = this.r;
    for (const [raw, cat] of this.segs) {
      let s = raw;
      if (!cat && typoRate > 0) {
        s = s.replace(/[A-Za-z]{5,}/g, (w) => (r() < typoRate ? typoWord(r, w) : w));
      }
      const cased = mode === 'upper' ? s.toUpperCase() : mode === 'lower' ? s.toLowerCase() : s;
      if (cased.length === s.length) s = cased;
      if (cat) {
        phi.push({ start: text.length, end: text.length + s.length, category: cat });
      }
      text += s;
    }
    return { text, phi };
  }
}

// ---------------------------------------------------------------------------------------------
// Per-patient and per-note context
// ---------------------------------------------------------------------------------------------

interface Patient {
  id: string;
  person: Person;
  age: number;
  dob: Date;
  mrn: string;
  town: Town;
  addr: string;
  phone: string;
  hosp: Hosp;
  osh: Hosp;
  snf: string;
  pharm: string;
  pcp: Person;
  fam: Person;
  famRel: string;
  fam2: Person;
  fam2Rel: string;
  country: string;
  employer: string;
  church: string;
  admit: Date;
  room: string;
  unit: string;
  pmh: string[];
  cc: string;
  dx: string;
}

function makePatient(seed: number, k: number): Patient {
  const r = mulberry32(hashSeed(seed, k, 0x51ed));
  const person = makePerson(r);
  const age = chance(r, 0.17) ? int(r, 90, 104) : int(r, 19, 89);
  const admit = new Date(Date.UTC(int(r, 2023, 2026), int(r, 0, 11), int(r, 1, 28)));
  const dob = new Date(Date.UTC(admit.getUTCFullYear() - age - (chance(r, 0.5) ? 1 : 0), int(r, 0, 11), int(r, 1, 28)));
  const hosp = pick(r, HOSPITALS);
  let osh = pick(r, HOSPITALS);
  if (osh === hosp) osh = HOSPITALS[(HOSPITALS.indexOf(hosp) + 3) % HOSPITALS.length] as Hosp;
  const fam = makePerson(r);
  const famSameLast = chance(r, 0.6);
  if (famSameLast) fam.last = person.last;
  const fam2 = makePerson(r);
  const unit = pick(r, ['4W', '5 North', '7E', 'MICU', 'CCU', '6S', 'SDU', '3 Tower', '9 Med']);
  return {
    id: `p${String(k).padStart(4, '0')}`,
    person,
    age,
    dob,
    mrn: pick(r, [digits(r, 8), `${pick(r, ['E', 'M', 'H'])}${digits(r, 7)}`, `00${digits(r, 7)}`, `${digits(r, 3)}-${digits(r, 2)}-${digits(r, 2)}`]),
    town: pick(r, TOWNS),
    addr: `${int(r, 2, 9899)} ${pick(r, STREETS)}${chance(r, 0.25) ? ` Apt ${int(r, 1, 40)}${pick(r, ['', 'B', 'C'])}` : ''}`,
    phone: `(${areaCode(r)}) ${digits(r, 3)}-${digits(r, 4)}`,
    hosp,
    osh,
    snf: pick(r, SNFS),
    pharm: pick(r, PHARMACIES),
    pcp: makePerson(r),
    fam,
    famRel: pick(r, fam.sex === 'F' ? REL_F : REL_M),
    fam2,
    fam2Rel: pick(r, fam2.sex === 'F' ? REL_F : REL_M),
    country: pick(r, COUNTRIES),
    employer: pick(r, EMPLOYERS),
    church: pick(r, CHURCHES),
    admit,
    room: `${int(r, 2, 9)}${pad2(int(r, 1, 40))}${pick(r, ['', '', 'A', 'B', '-1', '-2'])}`,
    unit,
    pmh: pickN(r, PMH_ITEMS, int(r, 2, 6)),
    cc: pick(r, CC_ITEMS),
    dx: pick(r, DX_ITEMS),
  };
}

function addDays(d: Date, n: number): Date {
  return new Date(d.getTime() + n * 86400000);
}

class Ctx {
  b: NoteBuilder;
  readonly att: Person;
  readonly res: Person;
  readonly intern: Person;
  readonly rn: Person;
  readonly cons: Person;
  readonly day: Date;
  constructor(readonly r: Rng, readonly pt: Patient, readonly mode: Mode) {
    this.b = new NoteBuilder(r);
    this.att = makePerson(r);
    this.res = makePerson(r);
    this.intern = makePerson(r);
    this.rn = makePerson(r);
    this.cons = makePerson(r);
    this.day = addDays(pt.admit, int(r, 0, 6));
  }

  // ---- PHI pieces --------------------------------------------------------------------------
  name(p: Person, fmt?: number): Seg[] {
    const r = this.r;
    const f = fmt ?? int(r, 0, 9);
    let s: string;
    switch (f) {
      case 0: s = `${p.first} ${p.last}`; break;
      case 1: s = `${p.last}, ${p.first}`; break;
      case 2: s = `${p.last}, ${p.first} ${p.mi}.`; break;
      case 3: s = `${p.first[0]}. ${p.last}`; break;
      case 4: s = `${p.last.toUpperCase()}, ${p.first.toUpperCase()}`; break;
      case 5: s = `${p.first} ${p.mi}. ${p.last}`; break;
      case 6: s = p.last; break;
      case 7: s = p.first; break;
      case 8: s = `${p.last},${p.first}`; break;
      default: s = `${p.first} ${p.last}`; break;
    }
    if (chance(r, 0.025)) s = typoWord(r, s);
    return [[s, 'NAME']];
  }
  full(p: Person): Seg[] {
    return this.name(p, pick(this.r, [0, 0, 5, 3]));
  }
  titled(p: Person): Seg[] {
    const t = p.sex === 'F' ? pick(this.r, ['Ms.', 'Mrs.', 'Ms', 'Mrs']) : pick(this.r, ['Mr.', 'Mr']);
    return [[`${t} `, null], [chance(this.r, 0.8) ? p.last : `${p.first} ${p.last}`, 'NAME']];
  }
  doc(p: Person): Seg[] {
    const r = this.r;
    switch (int(r, 0, 7)) {
      case 0: return [['Dr. ', null], [p.last, 'NAME']];
      case 1: return [['Dr ', null], [`${p.first} ${p.last}`, 'NAME']];
      case 2: return [[`${p.first} ${p.last}`, 'NAME'], [`, ${pick(r, ATT_POSTFIX)}`, null]];
      case 3: return [[`${p.first[0]}. ${p.last}`, 'NAME'], [` ${pick(r, ATT_POSTFIX)}`, null]];
      case 4: return [[p.last, 'NAME'], [' MD', null]];
      case 5: return [['Dr. ', null], [`${p.first[0]}. ${p.last}`, 'NAME']];
      case 6: return [[`${p.last}, ${p.first}`, 'NAME'], [' MD', null]];
      default: return [['dr ', null], [p.last, 'NAME']];
    }
  }
  nurse(p: Person): Seg[] {
    const r = this.r;
    switch (int(r, 0, 4)) {
      case 0: return [[`${p.first} ${p.last}`, 'NAME'], [`, ${pick(r, RN_CRED)}`, null]];
      case 1: return [[p.first, 'NAME'], [' RN', null]];
      case 2: return [[this.initials(p), 'NAME'], [' RN', null]];
      case 3: return [['RN ', null], [p.first, 'NAME']];
      default: return [[`${p.first[0]}. ${p.last}`, 'NAME'], [` ${pick(r, OTHER_CRED)}`, null]];
    }
  }
  initials(p: Person): string {
    const two = (p.first[0] ?? 'x') + (p.last.replace(/^(?:van der |de la |von |ter |de |del |o')/i, '')[0] ?? 'x');
    // initials that read as a credential (MD, DO, RN...) get the middle initial
    return /^(?:md|do|rn|np|pa|pt|ot|dr|ms|mr)$/i.test(two) ? `${two[0]}${p.mi}${two[1]}` : two;
  }
  date(d: Date, fmt?: number): Seg[] {
    const r = this.r;
    const y = d.getUTCFullYear();
    const m = d.getUTCMonth();
    const dd = d.getUTCDate();
    const f = fmt ?? int(r, 0, 13);
    let s: string;
    switch (f) {
      case 0: s = `${m + 1}/${dd}`; break;
      case 1: s = `${m + 1}/${dd}/${String(y).slice(2)}`; break;
      case 2: s = `${pad2(m + 1)}/${pad2(dd)}/${y}`; break;
      case 3: s = `${m + 1}-${dd}`; break;
      case 4: s = `${MONTHS[m]} ${dd}`; break;
      case 5: s = `${MONTHS_FULL[m]} ${dd}${dd === 1 || dd === 21 ? 'st' : dd === 2 || dd === 22 ? 'nd' : dd === 3 || dd === 23 ? 'rd' : 'th'}`; break;
      case 6: s = `${pad2(dd)}-${MONTHS[m]}-${y}`; break;
      case 7: s = `${y}-${pad2(m + 1)}-${pad2(dd)}`; break;
      case 8: s = `${m + 1}/${dd}/${y}`; break;
      case 9: s = `${MONTHS[m]} ${dd}, ${y}`; break;
      case 10: s = `${dd} ${MONTHS_FULL[m]}`; break;
      case 11: s = `${pad2(dd)}${(MONTHS[m] ?? 'Jan').toUpperCase()}${String(y).slice(2)}`; break;
      case 12: s = `${MONTHS[m]}. ${dd}`; break;
      default: s = `${m + 1}/${dd}`; break;
    }
    return [[s, 'DATE']];
  }
  rel(n: number, fmt?: number): Seg[] {
    return this.date(addDays(this.day, n), fmt);
  }
  today(fmt?: number): Seg[] {
    return this.date(this.day, fmt);
  }
  dob(): Seg[] {
    return this.date(this.pt.dob, pick(this.r, [2, 8, 1, 6, 7]));
  }
  year(back: number): Seg[] {
    const y = this.day.getUTCFullYear() - back;
    const r = this.r;
    const k = int(r, 0, 5);
    if (k === 0) return [[`'${String(y).slice(2)}`, 'DATE_YEAR']];
    if (k === 1 && back > 3) return [[`${String(y).slice(2)}'`, 'DATE_YEAR']];
    return [[String(y), 'DATE_YEAR']];
  }
  age(): Seg[] {
    const a = this.pt.age;
    return [[String(a), a > 89 ? 'AGE' : null]];
  }
  ageSex(): Seg[] {
    const r = this.r;
    const sx = this.pt.person.sex;
    const k = int(r, 0, 5);
    const a = this.age();
    if (k === 0) return [...a, [`${sx}`, null]];
    if (k === 1) return [...a, [` yo ${sx}`, null]];
    if (k === 2) return [...a, [`yo ${sx === 'F' ? 'F' : 'M'}`, null]];
    if (k === 3) return [...a, [` y/o ${sx === 'F' ? 'woman' : 'man'}`, null]];
    if (k === 4) return chance(r, 0.5) ? [...a, [`-year-old ${sx === 'F' ? 'female' : 'male'}`, null]] : [['age ', null], ...a, [` ${sx === 'F' ? 'F' : 'M'}`, null]];
    return [...a, [` yo ${sx === 'F' ? 'female' : 'male'}`, null]];
  }
  mrn(): Seg[] {
    return [[this.pt.mrn, 'ID']];
  }
  hosp(full?: boolean): Seg[] {
    const h = this.pt.hosp;
    return [[full || chance(this.r, 0.35) ? h.full : pick(this.r, h.short), 'LOCATION']];
  }
  osh(): Seg[] {
    const h = this.pt.osh;
    return [[chance(this.r, 0.4) ? h.full : pick(this.r, h.short), 'LOCATION']];
  }
  town(withState = false): Seg[] {
    const t = this.pt.town;
    const nm = chance(this.r, 0.03) ? typoWord(this.r, t.name) : t.name;
    if (!withState) return [[nm, 'LOCATION']];
    return [[nm, 'LOCATION'], [', ', null], [chance(this.r, 0.7) ? t.st : t.stFull, 'STATE']];
  }
  anyTown(withState = false): Seg[] {
    const t = pick(this.r, TOWNS);
    if (!withState) return [[t.name, 'LOCATION']];
    return [[t.name, 'LOCATION'], [' ', null], [t.st, 'STATE']];
  }
  address(): Seg[] {
    const t = this.pt.town;
    return [[this.pt.addr, 'LOCATION'], [', ', null], [t.name, 'LOCATION'], [', ', null], [t.st, 'STATE'], [' ', null], [t.zip, 'LOCATION']];
  }
  phone(): Seg[] {
    const r = this.r;
    const k = int(r, 0, 4);
    if (k === 0) return [[this.pt.phone, 'PHONE']];
    if (k === 1) return [[`${areaCode(r)}-${digits(r, 3)}-${digits(r, 4)}`, 'PHONE']];
    if (k === 2) return [[`${areaCode(r)}.${digits(r, 3)}.${digits(r, 4)}`, 'PHONE']];
    if (k === 3) return [[`${digits(r, 3)}-${digits(r, 4)}`, 'PHONE']];
    return [[`(${areaCode(r)})${digits(r, 3)}-${digits(r, 4)}`, 'PHONE']];
  }
  pager(): Seg[] {
    const r = this.r;
    const k = int(r, 0, 3);
    if (k === 0) return [['pgr ', null], [digits(r, 5), 'PHONE']];
    if (k === 1) return [['x', null], [digits(r, 4), 'PHONE']];
    if (k === 2) return [['p', null], [`${digits(r, 1)}-${digits(r, 4)}`, 'PHONE']];
    return [['pager ', null], [`${digits(r, 3)}-${digits(r, 4)}`, 'PHONE']];
  }
  room(): Seg[] {
    // the hospital's own unit is not PHI; only the room / bed number is
    const u = this.pt.unit;
    if (chance(this.r, 0.3)) return [[`${u}-`, null], [this.pt.room, 'OTHER']];
    if (chance(this.r, 0.2)) return [[`${u} `, null], [this.pt.room, 'OTHER']];
    return [[this.pt.room, 'OTHER']];
  }
  email(p: Person): Seg[] {
    const dom = this.pt.hosp.short[0]?.toLowerCase().replace(/[^a-z]/g, '') ?? 'hosp';
    const local = chance(this.r, 0.5)
      ? `${p.first}.${p.last}`.toLowerCase().replace(/[^a-z.]/g, '')
      : `${(p.first[0] ?? 'x').toLowerCase()}${p.last.toLowerCase().replace(/[^a-z]/g, '')}`;
    return [[`${local}@${dom}.org`, 'EMAIL']];
  }
  url(): Seg[] {
    const dom = this.pt.hosp.short[0]?.toLowerCase().replace(/[^a-z]/g, '') ?? 'hosp';
    const r = this.r;
    return [[pick(r, [
      `https://econsult.${dom}.org/case/${digits(r, 6)}`,
      `https://epic.${dom}.org/chart/${this.pt.mrn}`,
      `http://intranet.${dom}.org/oncall/${pick(r, ['renal', 'id', 'cards', 'pall'])}`,
      `https://teams.${dom}.org/msg/${digits(r, 7)}`,
      `www.${dom}.org/advance-directive`,
    ]), 'URL']];
  }
  csn(): Seg[] {
    return [[digits(this.r, 10), 'ID']];
  }

  // ---- plain clinical fillers -------------------------------------------------------------
  vitals(): string {
    const r = this.r;
    return pick(r, [
      `T ${int(r, 36, 39)}.${int(r, 0, 9)} HR ${int(r, 58, 128)} BP ${int(r, 88, 168)}/${int(r, 48, 98)} RR ${int(r, 12, 28)} SpO2 ${int(r, 88, 100)}% ${pick(r, ['RA', '2L NC', '4L', 'HFNC 40L/60%', 'BiPAP'])}`,
      `Tmax ${int(r, 98, 103)}.${int(r, 0, 9)}, HR ${int(r, 60, 120)}s, BP ${int(r, 90, 150)}/${int(r, 50, 90)}, sat ${int(r, 90, 99)} on ${pick(r, ['RA', '3L', '6L'])}`,
      `VS: ${int(r, 36, 38)}.${int(r, 0, 9)} / ${int(r, 60, 115)} / ${int(r, 95, 160)}/${int(r, 55, 95)} / ${int(r, 14, 24)} / ${int(r, 91, 100)}%`,
      `afebrile, HR ${int(r, 60, 100)}, BP ${int(r, 100, 140)}/${int(r, 60, 85)}, on RA`,
    ]);
  }
  labs(): string {
    const r = this.r;
    return pick(r, [
      `Na ${int(r, 118, 146)} K ${int(r, 3, 5)}.${int(r, 0, 9)} Cl ${int(r, 92, 110)} HCO3 ${int(r, 12, 30)} BUN ${int(r, 8, 90)} Cr ${int(r, 0, 6)}.${int(r, 1, 9)} Glu ${int(r, 70, 480)}`,
      `WBC ${int(r, 3, 24)}.${int(r, 0, 9)} Hgb ${int(r, 6, 14)}.${int(r, 0, 9)} Plt ${int(r, 40, 450)}`,
      `trop ${int(r, 0, 4)}.${digits(r, 2)} -> ${int(r, 0, 9)}.${digits(r, 2)}, BNP ${int(r, 90, 4200)}`,
      `lactate ${int(r, 1, 7)}.${int(r, 0, 9)}, procal ${int(r, 0, 20)}.${int(r, 0, 9)}`,
      `INR ${int(r, 1, 4)}.${int(r, 0, 9)}, Tbili ${int(r, 0, 12)}.${int(r, 0, 9)}, alb ${int(r, 1, 4)}.${int(r, 0, 9)}`,
      `${int(r, 1, 4)}/4 BCx GPC in clusters`,
    ]);
  }
  labTable(): string {
    const r = this.r;
    const v = (lo: number, hi: number, dp = 1): string => (lo + r() * (hi - lo)).toFixed(dp);
    return [
      '            Today    Yest     Adm',
      `WBC         ${v(3, 20)}     ${v(3, 20)}     ${v(3, 25)}`,
      `Hgb         ${v(6, 14)}      ${v(6, 14)}      ${v(6, 15)}`,
      `Plt         ${int(r, 40, 400)}      ${int(r, 40, 400)}      ${int(r, 40, 400)}`,
      `Na          ${int(r, 125, 145)}      ${int(r, 125, 145)}      ${int(r, 120, 145)}`,
      `K           ${v(3, 5.5)}      ${v(3, 5.5)}      ${v(3, 6)}`,
      `Cr          ${v(0.6, 4, 2)}     ${v(0.6, 4, 2)}     ${v(0.6, 5, 2)}`,
    ].join('\n');
  }
  exam(): string {
    const r = this.r;
    const parts = [
      pick(r, ['Gen: NAD, AOx3', 'GEN: ill appearing, lethargic', 'gen: sitting up in bed, conversant', 'General: frail elderly, cachectic']),
      pick(r, ['HEENT: MMM, no JVD', 'Neck: JVP to angle of jaw', 'HEENT: dry MM, anicteric', 'neck supple']),
      pick(r, ['CV: RRR, no m/r/g', 'CV: irreg irreg, 2/6 SEM RUSB', 'CV: tachy, nl S1S2', 'Heart: RRR III/VI holosystolic murmur apex']),
      pick(r, ['Lungs: CTAB', 'Pulm: crackles bibasilar', 'Resp: coarse BS, rhonchi R>L', 'lungs: diminished at bases, +wheeze']),
      pick(r, ['Abd: soft NT ND +BS', 'abd: distended, +fluid wave', 'Abd: TTP RUQ, ' + pick(r, ['Murphy sign +', 'Murphy sign neg']), 'ABD: obese, soft']),
      pick(r, ['Ext: 2+ pitting edema to knees', 'Ext: no edema, warm', 'ext: R LE erythema to mid calf, demarcated', 'Ext: cool, mottled knees']),
      pick(r, ['Neuro: ' + pick(r, EPONYM_FINDINGS), 'Neuro: CN II-XII intact, strength 5/5', 'neuro: asterixis +', 'Neuro: nonfocal']),
    ];
    return parts.join('\n');
  }
  plan(): string[] {
    const r = this.r;
    const pool = [
      `cont ${pick(r, ABX)} + ${pick(r, ABX)}, f/u cx`,
      `diurese w/ IV ${pick(r, ['Lasix 40', 'Lasix 80', 'bumex 2'])} BID, goal -1L`,
      `trend trop, heparin gtt, ${pick(r, ['will follow', 'cards aware'])}`,
      `${pick(r, BRANDS)} held for now`,
      `${pick(r, DEVICES)} in place, reassess need daily`,
      `PT/OT, OOB to chair`,
      `replete K/Mg, goal K>4 Mg>2`,
      `SSI + ${pick(r, ['Lantus 20u qhs', 'Lantus 12u', 'glargine 30'])}`,
      `CIWA, thiamine/folate/MVI`,
      `DVT ppx: ${pick(r, ['SQH', 'lovenox', 'on Eliquis', 'SCDs only (GIB)'])}`,
      pick(r, WORDNAME_PHRASES),
      `${pick(r, ['repeat lytes in PM', 'AM labs', 'CBC q12h', 'BMP at 1600'])}`,
      `hx ${pick(r, EPONYM_DX)}: cont home regimen`,
      `${pick(r, EPONYM_PROC)} - surgery aware, no acute issue`,
      `f/u ${pick(r, DAYS)} w/ ${pick(r, ['renal', 'GI', 'cards', 'ID'])}`,
    ];
    pool.push(
      `${pick(r, ['trend', 'f/u', 'chase'])} ${pick(r, ['BCx', 'UCx', 'MRSA swab', 'CDiff PCR', 'RVP'])}; narrow abx when speciated`,
      `${pick(r, ['EGD', 'colonoscopy', 'TEE', 'para', 'thora', 'LP', 'IR drain'])} ${pick(r, ['tomorrow', 'today', `on ${pick(r, DAYS)}`])}, NPO p MN`,
      `hold ${pick(r, ['ACEi', 'metformin', 'diuretics', 'AC', 'ASA'])} given ${pick(r, ['AKI', 'bleed', 'contrast', 'hypotension'])}`,
      `SW for ${pick(r, ['placement', 'insurance', 'transport', 'housing'])}; CM aware`,
      `${pick(r, ['speech', 'SLP'])} eval for ${pick(r, ['dysphagia', 'aspiration risk'])}, ${pick(r, ['NPO until then', 'mech soft diet'])}`,
      `pain: ${pick(r, ['oxy 5 q4 prn', 'tylenol ATC', 'dilaudid 0.5 IV q3 prn breakthrough'])}, pain ${int(r, 2, 9)}/10 this AM`,
      `tele, ${pick(r, ['keep K>4', 'QTc 4' + digits(r, 2), 'rate control w/ dilt gtt'])}`,
      `${pick(r, ['Hgb', 'plt', 'INR'])} ${pick(r, ['stable', 'downtrending', 'improving'])}, transfuse Hgb<7`,
    );
    return pickN(r, pool, int(r, 3, 6));
  }
}

// ---------------------------------------------------------------------------------------------
// Template engine: text with {key} placeholders resolved by the context
// ---------------------------------------------------------------------------------------------

type Resolver = () => Seg[] | string;

function resolvers(c: Ctx): Record<string, Resolver> {
  const pt = c.pt;
  const r = c.r;
  return {
    pt: () => c.name(pt.person),
    ptfull: () => c.full(pt.person),
    ptt: () => c.titled(pt.person),
    ptlast: () => [[pt.person.last, 'NAME']],
    ptfirst: () => [[pt.person.first, 'NAME']],
    ptcaps: () => c.name(pt.person, 4),
    ptlf: () => c.name(pt.person, pick(r, [1, 2, 8])),
    age: () => c.age(),
    agesex: () => c.ageSex(),
    mrn: () => c.mrn(),
    csn: () => c.csn(),
    acc: () => [[`${pick(r, ['', 'CT', 'RAD', 'A'])}${digits(r, 8)}`, 'ID']],
    npi: () => [[`1${digits(r, 9)}`, 'ID']],
    member: () => [[`${pick(r, ['', 'W', 'XJH', 'MCD'])}${digits(r, 9)}`, 'ID']],
    lang: () => pick(r, ['Spanish', 'Haitian Creole', 'Vietnamese', 'Arabic', 'Mandarin', 'Polish', 'Somali', 'Navajo', 'Portuguese']),
    team: () => [['Team: Attg ', null], ...c.name(c.att, pick(r, [0, 6, 3])), ['; Res ', null], ...c.name(c.res, pick(r, [0, 7, 6])), ['; Int ', null], ...c.name(c.intern, pick(r, [0, 7])), [pick(r, ['; MS3 ', '; Sub-I ', '; PharmD ']), null], ...c.name(makePerson(r), pick(r, [0, 7]))],
    sex: () => c.pt.person.sex,
    serial: () => [[`${pick(r, ['SN', 'PJN', 'RLA', 'BWV'])}${digits(r, 6)}${pick(r, ['', 'H', 'S'])}`, 'OTHER']],
    plate: () => [[`${digits(r, 1)}${pick(r, ['ABC', 'KTR', 'XWL', 'JMP'])}${digits(r, 3)}`, 'OTHER']],
    bed: () => [['Bed ', null], [String(int(r, 1, 30)), 'OTHER']],
    dob: () => c.dob(),
    adm: () => c.date(pt.admit),
    today: () => c.today(),
    d1: () => c.rel(-1),
    d2: () => c.rel(-int(r, 2, 5)),
    dpast: () => c.rel(-int(r, 10, 400)),
    dfut: () => c.rel(int(r, 3, 30)),
    yr: () => c.year(int(r, 1, 30)),
    hosp: () => c.hosp(),
    hospfull: () => c.hosp(true),
    osh: () => c.osh(),
    snf: () => [[pt.snf, 'LOCATION']],
    pharm: () => [[pt.pharm, 'LOCATION']],
    employer: () => [[pt.employer, 'LOCATION']],
    church: () => [[pt.church, 'LOCATION']],
    shelter: () => [[pick(r, SHELTERS), 'LOCATION']],
    town: () => c.town(),
    townst: () => c.town(true),
    anytown: () => c.anyTown(),
    vna: () => [[`${pick(r, TOWNS).name} ${pick(r, ['VNA', 'Home Health', 'Visiting Nurses', 'Hospice'])}`, 'LOCATION']],
    funeral: () => [[`${pick(r, [...LAST.slice(0, 40), 'Greenlawn', 'Riverside'])} ${pick(r, ['Funeral Home', 'Memorial Chapel', '& Sons Funeral Home', 'Mortuary'])}`, 'LOCATION']],
    clinic: () => [[`${pick(r, TOWNS).name} ${pick(r, ['Anticoagulation Clinic', 'Family Health Center', 'Dialysis', 'Kidney Center', 'Heart Clinic', 'Community Health'])}`, 'LOCATION']],
    anytownst: () => c.anyTown(true),
    st: () => [[chance(r, 0.6) ? pt.town.st : pt.town.stFull, 'STATE']],
    country: () => [[pt.country, 'STATE']],
    addr: () => c.address(),
    phone: () => c.phone(),
    pager: () => c.pager(),
    room: () => c.room(),
    att: () => c.doc(c.att),
    attn: () => c.name(c.att, pick(r, [0, 3, 6])),
    res: () => c.doc(c.res),
    resn: () => c.name(c.res, pick(r, [0, 7, 3])),
    int: () => c.name(c.intern, pick(r, [0, 7, 3, 6])),
    rn: () => c.nurse(c.rn),
    cons: () => c.doc(c.cons),
    pcp: () => c.doc(pt.pcp),
    fam: () => c.name(pt.fam, pick(r, [0, 7, 0, 5])),
    famt: () => c.titled(pt.fam),
    rel: () => pt.famRel,
    fam2: () => c.name(pt.fam2, pick(r, [0, 7])),
    rel2: () => pt.fam2Rel,
    other: () => c.name(makePerson(r), pick(r, [0, 0, 3, 5])),
    staff: () => c.nurse(makePerson(r)),
    anydoc: () => c.doc(makePerson(r)),
    attinit: () => [[c.initials(c.att).toLowerCase(), 'NAME']],
    resinit: () => [[c.initials(c.res).toUpperCase(), 'NAME']],
    attemail: () => c.email(c.att),
    consemail: () => c.email(c.cons),
    url: () => c.url(),
    vit: () => c.vitals(),
    labs: () => c.labs(),
    labs2: () => c.labs(),
    exam: () => c.exam(),
    pmh: () => pt.pmh.join(', '),
    pmhlist: () => pt.pmh.map((x, i) => `${i + 1}. ${x}`).join('\n'),
    cc: () => pt.cc,
    dx: () => pt.dx,
    abx: () => pick(r, ABX),
    brand: () => pick(r, BRANDS),
    device: () => pick(r, DEVICES),
    ctread: () => pick(r, ['multifocal PNA', 'no acute process', 'dilated CBD 11mm', 'SBO w/ transition point in RLQ', 'R obstructing kidney stone w/ mod hydro', 'free fluid, nodular liver', 'RLL consolidation + small effusion', 'colitis of the sigmoid']),
    line: () => pick(r, ['PICC', 'Hickman', 'port', 'tunneled HD cath', 'Quinton', 'L IJ CVC']),
    epo: () => pick(r, EPONYM_DX),
    eproc: () => pick(r, EPONYM_PROC),
    efind: () => pick(r, EPONYM_FINDINGS),
    wp: () => pick(r, WORDNAME_PHRASES),
    dow: () => pick(r, DAYS),
    holiday: () => pick(r, HOLIDAYS),
    hd: () => String(int(r, 2, 9)),
    time: () => `${pad2(int(r, 0, 23))}${pick(r, ['00', '15', '30', '45', '12', '52'])}`,
    he: () => (pt.person.sex === 'F' ? 'she' : 'he'),
    his: () => (pt.person.sex === 'F' ? 'her' : 'his'),
    him: () => (pt.person.sex === 'F' ? 'her' : 'him'),
    plan: () => c.plan().map((x) => `- ${x}`).join('\n'),
    labtable: () => c.labTable(),
  };
}

function fill(c: Ctx, R: Record<string, Resolver>, template: string): void {
  // a leading '^' marks a template typed in capitals: its filled-in values are capitalised too
  const caps = template.startsWith('^');
  const tpl = caps ? template.slice(1) : template;
  const from = c.b.segs.length;
  fillRaw(c, R, tpl);
  if (caps) {
    for (let i = from; i < c.b.segs.length; i++) {
      const sg = c.b.segs[i];
      if (sg && sg[0].toUpperCase().length === sg[0].length) sg[0] = sg[0].toUpperCase();
    }
  }
}

function fillRaw(c: Ctx, R: Record<string, Resolver>, tpl: string): void {
  const re = /\{([a-z0-9]+)\}/g;
  let last = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(tpl)) !== null) {
    c.b.t(tpl.slice(last, m.index));
    const key = m[1] ?? '';
    const f = R[key];
    if (!f) throw new Error(`physician generator: unknown key {${key}}`);
    const v = f();
    if (typeof v === 'string') c.b.t(v);
    else c.b.add(v);
    last = re.lastIndex;
  }
  c.b.t(tpl.slice(last));
}

// Section library: each entry is a list of alternative templates.
const SEC: Record<string, readonly string[]> = {
  hpi: [
    'HPI (obtained via {lang} interpreter {other}, ID #{csn}): {agesex} originally from {country}, here visiting {rel} in {town}. {hd} days of {cc}. Went to urgent care in {anytown} {d2}, given {brand}, no better. {wp}.',
    '{ptfirst} is a {age} yo w/ {pmh}. Transferred from {osh} ({anytownst}) where {he} presented {d1} with {cc}. There: {labs}; CT read as {ctread}. Accepted by {attn} via transfer center.',
    '{ptt} is a {agesex} w/ PMH {pmh} who presents from {town} with {cc} x {hd} days. Per {rel} {fam}, pt was in usual state of health until {dow} when {he} noted worsening {cc}. Seen at {osh} on {d2}, given {abx} and transferred to {hosp} for higher level of care.',
    'HPI: {agesex} with {pmh}, BIBA from {snf} for {cc}. Staff there report pt {wp}. Last seen well {d1} evening. In ED: {vit}. Labs notable for {labs}. Started on {abx}.',
    'hpi - {agesex}, lives alone in {town}, {pmh}. came in w {cc}. {rel} ({fam}) found pt on floor this AM, unclear downtime. no witnessed seizure. in ED {vit}. {labs}.',
    'History of Present Illness:\n{ptt} is a {age} year old with {pmh} presenting with {hd} days of {cc}. {his} PCP {pcp} saw pt on {d2} and started {brand}. Symptoms progressed over the {holiday} holiday. Denies CP, palpitations. ED course: {vit}; {labs}.',
    '{agesex} recent admit to {osh} ({dpast}) for {dx}, d/c to {snf}, now readmitted with {cc}. Hx obtained from pt and {rel} {fam} by phone {phone}.',
  ],
  pmh: [
    'PMH:\n{pmhlist}',
    'PMHx: {pmh}; also {epo}',
    'Past Medical Hx: {pmh}. CABG {yr}. {eproc} {yr}.',
    'PMH/PSH: {pmh}\n{eproc} ({osh}, {yr})',
  ],
  sh: [
    'SH: married, lives in {townst}. Works nights at {employer}. {rel2} {fam2} is in the Army overseas. Occasional EtOH, no tobacco.',
    'social: lives w/ {rel} {fam} at {addr}. drives (plate {plate}). goes to {church} weekly.',
    'SH: lives w/ {rel} in {town}. Former {employer} worker. {hd}0 pk-yr tob, quit {yr}. No EtOH/drugs.',
    'Social: born in {country}, moved to {townst} in {yr}. Works at {employer}. Attends {church}. Daughter {fam2} helps with meds.',
    'SOCIAL HX: lives at {snf}. Uses wheelchair. HCP is {rel} {fam} {phone}.',
    'Soc: staying at {shelter} in {town}. +EtOH daily, +tobacco. No IVDU. Car (plate {plate}) in ED lot, security aware.',
    'Social - Lives at {addr} w/ {rel}. Retired from {employer}. Pharmacy: {pharm} in {anytown}.',
  ],
  fh: [
    'FH: mother w/ DM, father MI at 50s.',
    'FHx: noncontributory',
    'Family hx: sister w/ breast ca, brother {epo}',
  ],
  allergies: ['Allergies: NKDA', 'ALL: PCN (rash), sulfa', 'Allergies: iodinated contrast (hives), {brand} (angioedema)', 'NKDA'],
  meds: [
    'Home meds: {brand}, {brand}, {brand}, ASA 81, atorvastatin 40',
    'Meds (per {pharm} fill hx): {brand} 5 BID, metoprolol succ 50, {brand}, {brand}',
    'Outpt meds reviewed w/ pt and {rel}: {brand}, {brand}, insulin, {brand}',
  ],
  ros: ['ROS: 10-pt ROS neg except per HPI', 'ROS: +fatigue +SOB, no fevers, no dysuria', 'ROS neg x12 except above'],
  vitals: ['Vitals: {vit}', 'VS {vit}', 'Vitals (last 24h): {vit}'],
  exam: ['PE:\n{exam}', 'Exam:\n{exam}', 'PHYSICAL EXAM\n{exam}'],
  labs: ['Labs: {labs}; {labs2}', 'Data: {labs}\n{labs2}', 'LABS\n{labtable}', 'Pertinent labs ({today}): {labs}'],
  imaging: [
    'CT head w/o ({today}, acc# {acc}): no acute ICH, chronic small vessel dz',
    'RUQ US {d1} (acc {acc}): sludge, no ductal dilation',
    'CXR {d1}: bibasilar opacities, small R effusion',
    'CT A/P ({today}): {ctread}; no free air',
    'TTE {dpast} ({osh}): EF 35-40%, mod MR',
    'CTA chest {today}: no PE. incidental 6mm nodule, f/u per Fleischner',
  ],
  ap: [
    'A/P: {agesex} w/ {pmh} admitted for {dx}.\n{plan}',
    'Assessment & Plan:\n# {dx}\n{plan}\n# {epo}\n- cont home meds',
    'A&P\n{dx} - \n{plan}',
    'IMPRESSION: {dx}\nPLAN:\n{plan}',
  ],
  dispo: [
    'Dispo: home to {addr} with {rel}; VNA via {vna}. Insurance member ID {member}.',
    'Code: Full. HCP {rel} {fam} {phone}.\nDispo: likely back to {snf} in 2-3d.',
    'FEN: cardiac diet. PPx: SQH. Code: DNR/DNI (confirmed w/ pt). Contact: {fam} ({rel}) {phone}.',
    'Dispo: pending PT eval, may need rehab. Pt prefers {snf}.',
    'Code status: FULL (presumed). Emergency contact: {famt} {phone}',
    'Dispo: home w/ VNA once off O2; PCP {pcp} in {town}.',
  ],
  sig: [
    '{res}\nPGY-{hd}, Internal Medicine\nNPI {npi}',
    '{team}\nnote by {int}',
    '{res}, PGY-{hd}\n{pager}',
    '--\n{resn} MD, Internal Medicine\npgr {phone}',
    'Signed: {att} {today} {time}',
    '{int} (intern) / {resn} (resident)',
    '-{resinit}',
    'Electronically signed by {att} on {today} at {time}',
    '{resn}, MD | Hospital Medicine | {pager}',
  ],
  header: [
    '{ptlf}  |  {room}  |  MRN {mrn}\n{team}',
    'Patient: {ptlf}   MRN: {mrn}   DOB: {dob}\nAdmit date: {adm}   Room: {room}\nAttending: {att}',
    '{hospfull}\nDEPARTMENT OF MEDICINE\nName: {ptcaps}  MRN {mrn}  CSN {csn}',
    'Pt: {pt} | {agesex} | MRN {mrn} | Rm {room} | Adm {adm}',
    '{ptlf} ({mrn})\nDOB {dob}\nPCP: {pcp}',
    'NAME: {ptlf}\nMRN: {mrn}\nLOC: {room}\nDATE OF SERVICE: {today}',
  ],
};

function sec(c: Ctx, R: Record<string, Resolver>, key: string): void {
  const alts = SEC[key];
  if (!alts) throw new Error(`physician generator: unknown section ${key}`);
  fill(c, R, pick(c.r, alts));
}

function sections(c: Ctx, R: Record<string, Resolver>, keys: readonly string[], sep = '\n\n'): void {
  keys.forEach((k, i) => {
    if (i > 0) c.b.t(sep);
    if (k.startsWith('=')) fill(c, R, k.slice(1));
    else sec(c, R, k);
  });
}

// ---------------------------------------------------------------------------------------------
// Styles. Each style has >= 8 structures (ordered section lists and/or distinct templates).
// ---------------------------------------------------------------------------------------------

type StyleFn = (c: Ctx, R: Record<string, Resolver>) => void;

const HP_STRUCTS: readonly (readonly string[])[] = [
  ['header', '=ADMISSION H&P', 'hpi', 'pmh', 'meds', 'allergies', 'sh', 'fh', 'ros', 'vitals', 'exam', 'labs', 'ap', 'dispo', 'sig'],
  ['=H&P - {hosp} Medicine ({today})', 'hpi', 'pmh', 'sh', 'exam', 'labs', 'imaging', 'ap', 'sig'],
  ['=CC: {cc}', 'hpi', 'pmh', 'allergies', 'meds', 'sh', 'vitals', 'exam', 'ap', 'dispo', 'sig'],
  ['header', 'hpi', 'ros', 'pmh', 'fh', 'sh', 'exam', 'labs', 'imaging', 'ap', 'sig'],
  ['=GENERAL MEDICINE ADMISSION NOTE\nDate: {today}\nSource: pt, {rel} {fam}, {osh} records', 'hpi', 'pmh', 'meds', 'sh', 'exam', 'ap', 'dispo'],
  ['=Admit to {attn} team', 'hpi', 'pmh', 'labs', 'ap', 'dispo', 'sig'],
  ['header', '=Chief Complaint: "{cc}"', 'hpi', 'pmh', 'allergies', 'sh', 'vitals', 'exam', 'imaging', 'ap', 'sig'],
  ['=HISTORY AND PHYSICAL\nPCP: {pcp} ({anytownst})\nReferring: {anydoc}, {osh}', 'hpi', 'pmh', 'meds', 'allergies', 'sh', 'fh', 'exam', 'labs', 'ap', 'dispo', 'sig'],
  ['=Hospitalist admission - {ptt}', 'hpi', 'sh', 'exam', 'labs', 'ap', 'sig'],
];
const hp: StyleFn = (c, R) => sections(c, R, pick(c.r, HP_STRUCTS));

const SOAP_STRUCTS: readonly (readonly string[])[] = [
  ['=PROGRESS NOTE HD#{hd} - {today}', '=S: {wp}. overnight {rn} reports pt slept poorly, c/o {cc}.', '=O: {vit}\n{exam}\n{labs}', '=A/P: {dx}\n{plan}', 'sig'],
  ['header', '=Subjective: No acute events overnight. Pt states "{cc} better". {rel} {fam} at bedside.', '=Objective:\n{vit}\n{labs}', '=Assessment/Plan:\n{plan}', 'dispo', 'sig'],
  ['=S - feels {wp}, tol PO', '=O - {vit}; {labs}', '=A - {dx}, improving', '=P -\n{plan}', 'sig'],
  ['=Medicine Progress Note ({hosp})\nDate: {today}   Hospital day {hd}', '=SUBJ: pt seen and examined at bedside. Events: {wp}.', 'vitals', 'exam', 'labs', 'ap', 'sig'],
  ['=pn {today}', '=s: c/o {cc}. spoke to {rel} {fam} by phone', '=o: {vit}. {labs}', '=a/p:\n{plan}', '=- {resinit}'],
  ['=Interval: {wp}. {cons} from renal saw pt yesterday ({d1}).', 'vitals', 'labs', 'ap', 'sig'],
  ['header', '=S: Overnight: rapid called for {cc} at {time}, resolved with {brand}.', '=O:\n{exam}', 'labs', 'imaging', 'ap', 'sig'],
  ['=DAILY PROGRESS NOTE\n{ptt}, {agesex}', '=SUBJECTIVE\n{wp}', '=OBJECTIVE\n{vit}', '=ASSESSMENT AND PLAN\n# {dx}\n{plan}', 'dispo', 'sig'],
  ['=Day {hd} of {abx}', '=S: no complaints. O: {vit}', '=A/P: {dx}\n{plan}\nd/w {att}'],
];
const soap: StyleFn = (c, R) => sections(c, R, pick(c.r, SOAP_STRUCTS));

// problem-based copy-forward smart text
const SMART_STRUCTS: readonly (readonly string[])[] = [
  ['=Hospital Medicine Progress Note\n@NAME@: {ptlf}   @MRN@: {mrn}   @AGE@: {age}   @SEX@: {sex}\nAttending: {attn}   Date of Service: {today}\n*** Portions of this note were copied forward from {d1} and updated ***',
    '=Last 24h Vitals:\n| Temp | HR | BP | RR | SpO2 |\n| 37.{hd} | 8{hd} | 11{hd}/6{hd} | 1{hd} | 9{hd}% |', '=Labs (last 3):\n{labtable}', '=Problem List:\n# {dx}\n{plan}\n# {epo}\n- stable, cont home rx', 'sig'],
  ['header', '=INTERVAL HISTORY: ***', 'vitals', '=Lines/Drains: {device} (placed {d2}), PIV x2', 'labs', '=Problem-based A/P\n1. {dx}\n{plan}\n2. FEN/PPx: {wp}\n3. Dispo: ***', 'sig'],
  ['=[Copied from {resn}\'s note {d1}, reviewed and edited]', '=Hospital course by problem:\n#{dx}: {plan}', 'labs', 'sig'],
  ['=Patient Name: {ptlf}\nLocation: {room}\nService: Gen Med {hd}\nAdmit Dt: {adm}   LOS: {hd}',
    '=MEDICATIONS (scheduled):\n{brand} | {brand} | {brand} | heparin SQ', '=LABS\n{labtable}', '=ASSESSMENT/PLAN\n#{dx}\n{plan}', 'dispo', 'sig'],
  ['=PROGRESS NOTE (SmartText v4)\n{hospfull} | {today}', '=ID: {ptt}, {agesex}, HD#{hd}', '=24H EVENTS: {wp}', '=Micro:\n- BCx {d2}: {labs}\n- UCx {d2}: NGTD', '=A/P by problem:\n{plan}', 'sig'],
  ['header', '=Subjective / 24h: copied fwd - ***', '=I/O: {hd}L in / {hd}.{hd}L out', 'exam', '=#{dx}\n{plan}\n#Access: {device}\n#Code: Full', '=Signed {today} {time} by {attn}'],
  ['=CC/ID: {agesex} HD {hd}', '=| Problem | Status | Plan |\n|---|---|---|\n| {dx} | improving | cont {abx} |\n| {epo} | chronic | home meds |\n| Dispo | pending | {snf} vs home |', 'sig'],
  ['=MEDICINE DAILY NOTE  {today}\nPt: {pt}   MRN#: {mrn}', '=OVERNIGHT: {wp}; NF {int} called for {cc}', 'vitals', '=LABS:\n{labtable}', 'ap', 'dispo'],
];
const smart: StyleFn = (c, R) => sections(c, R, pick(c.r, SMART_STRUCTS));

// sign-out list: several patients per note (the note's patient is the first)
const SIGNOUT_HEAD: readonly string[] = [
  'SIGNOUT - Gold team - {today}\nfrom {resn} ({pager}) to night float {int}',
  'Team {hd} handoff {today} {time}\nprimary: {resn}  cross-cover: {int}',
  'I-PASS sign out {dow} {today}',
  'nf signout {today}',
  'CROSS COVER LIST - {hosp} - {today}',
  'Handoff from {resn} -> {int} | Attending {attn} | pgr {phone}',
  'Med {hd} signout',
  'WEEKEND SIGNOUT ({holiday}) {today}',
];
function signoutEntry(c: Ctx, R: Record<string, Resolver>, p: Patient | null, k: number): void {
  const r = c.r;
  const person = p ? p.person : makePerson(r);
  const age = p ? p.age : (chance(r, 0.15) ? int(r, 90, 101) : int(r, 22, 89));
  const ageSeg: Seg = [String(age), age > 89 ? 'AGE' : null];
  const room: Seg = [p ? p.room : `${int(r, 3, 9)}${pad2(int(r, 1, 40))}${pick(r, ['', 'A', 'B'])}`, 'OTHER'];
  const nm = c.name(person, pick(r, [1, 4, 6, 2, 8, 0]));
  const sx = person.sex;
  const dx = pick(r, DX_ITEMS);
  const fmt = k;
  const b = c.b;
  switch (fmt) {
    case 0:
      b.t('\n').add([room]).t(' ').add(nm).t(' ').add([ageSeg]).t(`${sx} - ${dx}\n  - ${pick(r, WORDNAME_PHRASES)}\n  - if SBP<90: bolus 500, call ${pick(r, ['senior', 'me', 'ICU'])}\n`);
      break;
    case 1:
      b.t('\n* ').add(nm).t(' (').add([room]).t(') ').add([ageSeg]).t(`${pick(r, ['yo', 'y', ''])}${sx}`).t(`, ${dx}. Code: ${pick(r, ['FULL', 'DNR/DNI', 'DNR ok to intubate', 'CMO'])}.\n  TODO: f/u ${pick(r, ['AM K', 'BCx', '2nd trop', 'CT read'])}. ${pick(r, ['stable', 'watcher', 'sick'])}.\n`);
      break;
    case 2:
      b.t(`\n${pick(r, ['I', 'P', 'A', 'S'])}: `).add([room]).t(' | ').add(nm).t(' | ').add([ageSeg]).t(`${sx} | MRN `).add([[digits(r, 8), 'ID']]).t(`\n   ${dx}; ${pick(r, ['if febrile pan-cx', 'check lactate at 2200', 'hold AM lasix if Cr up', 'gave 1u PRBC, post H/H'])}\n`);
      break;
    case 4: {
      const todo = pick(r, ['f/u 2100 lactate', 'PRN ativan ok', 'watch UOP, bladder scan if <30/h', 'nothing', 'K 3.1 -> repleted, recheck', 'if agitated: seroquel 25']);
      b.t('\n| ').add([room]).t(' | ').add(nm).t(' | ').add([ageSeg]).t(`${sx} | ${dx} | ${todo} |`);
      break;
    }
    case 5: {
      const doc = makePerson(r);
      b.t(`\n${pick(r, ['bed', 'rm', '#'])} `).add([room]).t(' ').add([[person.last.toLowerCase(), 'NAME']]).t(` - ${dx.toLowerCase()}. `)
        .t(`${pick(r, ['if temp >38.5', 'if hypotensive', 'if c/o cp', 'if bleeding'])} -> `).t(pick(r, ['call ', 'page ']))
        .add(chance(r, 0.5) ? [['dr ', null], [doc.last.toLowerCase(), 'NAME']] : [[doc.first.toLowerCase(), 'NAME'], [' (gi fellow)', null]])
        .t(`. ${pick(r, ['pt is a watcher', 'dnr', 'full code', 'family at bedside, very anxious'])}\n`);
      break;
    }
    default: {
      const fam = makePerson(r);
      b.t('\n').add([room]).t(': ').add(nm).t(` - ${dx}. `).t(`family (${pick(r, RELATIONS)} `).add(c.name(fam, pick(r, [0, 7]))).t(') may call ').add(c.phone()).t(`. ${pick(r, ['nothing to do', 'f/u lytes', 'wean O2', 'hope to d/c tmrw'])}\n`);
    }
  }
  void R;
}
const signout: StyleFn = (c, R) => {
  const r = c.r;
  fill(c, R, pick(r, SIGNOUT_HEAD));
  c.b.t('\n');
  const n = int(r, 3, 6);
  const fmt = int(r, 0, 5);
  if (fmt === 4) c.b.t('\n| Rm | Pt | Age | Dx | To do |\n|---|---|---|---|---|');
  for (let i = 0; i < n; i++) signoutEntry(c, R, i === 0 ? c.pt : null, fmt === 4 || chance(r, 0.8) ? fmt : pick(r, [0, 1, 2, 3, 5]));
  if (fmt === 4) c.b.t('\n');
  if (chance(r, 0.6)) fill(c, R, pick(r, ['\n-- {resn}', '\ncall w/ questions {pager}', '\nthx! -{resinit}', '\n{int} aware of all above']));
};

// consults
const CONSULT_HEAD: readonly string[] = [
  'INFECTIOUS DISEASE CONSULT\nRequesting: {anydoc}, Medicine\nReason: {labs}',
  'Renal Consult Note - {today}\nReferring provider: {att}\nQuestion: AKI, ?need for HD',
  'CARDIOLOGY CONSULTATION\nReq by {res} for {cc}, trop elevation',
  'Palliative Care Consult\nReferred by: {att}\nReason: goals of care, symptom mgmt',
  'ID consult f/u - day {hd} {abx}',
  'nephrology consult\nreq: {resn} (medicine {pager})',
  'Cards consult - {hosp} Heart & Vascular',
  'PALLIATIVE MEDICINE INITIAL CONSULT ({today})',
];
const CONSULT_BODY: readonly (readonly string[])[] = [
  ['hpi', 'pmh', 'sh', 'exam', 'labs', '=Impression: {dx}\nRecs:\n{plan}\nThank you for this consult. Will follow.', 'sig'],
  ['=Thank you for asking us to see {ptt}, a {agesex} with {pmh}.', 'imaging', 'labs', '=Recommendations:\n1. {abx} {hd}g IV q{hd}h, dose per pharmacy\n2. TTE then TEE if neg\n3. ID will follow', 'sig'],
  ['=HPI: per primary team and chart review, incl {osh} records from {dpast}.', 'hpi', 'labs', '=A: AKI likely ATN vs prerenal\nP:\n- no urgent HD indication\n- renally dose meds, avoid NSAIDs/contrast\n- strict I/O, {device}', 'sig'],
  ['=Spoke with pt and {rel} {fam} at bedside. {ptfirst} understands illness is serious.', 'sh', '=Symptoms: pain 6/10, dyspnea, constipation\nESAS reviewed', '=Recs:\n- {brand} 2mg IV q3h prn\n- senna/miralax\n- chaplain from {church} requested\n- code status: DNR/DNI, see GOC note', 'sig'],
  ['pmh', 'meds', 'vitals', 'exam', '=ECG {today}: sinus tach, no STE. Prior ECG {dpast} at {osh} similar.', '=A/P: type 2 MI in setting of {dx}; no cath now. Will follow.', 'sig'],
  ['=Outside records ({osh}, fax {phone}) reviewed.', 'hpi', 'allergies', 'labs', 'ap', '=Discussed w/ {attn}, ID attending.', 'sig'],
  ['hpi', 'exam', '=Micro: BCx {d2} {labs}; repeat BCx {d1} NGTD\nIMPRESSION: {dx}\nRECS: {plan}', 'sig'],
  ['=Reason: {cc}. Chart reviewed. Pt seen with fellow {resn}.', 'pmh', 'labs', 'imaging', '=Assessment: {dx}\nPlan: {plan}\npls page w/ questions {pager}'],
];
const consult: StyleFn = (c, R) => {
  fill(c, R, pick(c.r, CONSULT_HEAD));
  c.b.t('\n\n');
  sections(c, R, pick(c.r, CONSULT_BODY));
};

// ICU attending
const ICU_STRUCTS: readonly (readonly string[])[] = [
  ['=MICU ATTENDING NOTE {today}', '={ptt} {agesex} HD{hd}, {dx}.', '=Overnight: {wp}; Levophed 0.{hd} mcg/kg/min, Precedex.', '=Vent: AC 450/{hd}/+8/40%', 'exam', 'labs', '=A/P:\n{plan}\nPlan d/w {rel} {fam}.', '=I personally spent 45 min critical care time excluding procedures. {att}'],
  ['=ICU attending addendum: pt ({room} {bed}) seen and examined w/ {resn} on rounds.', 'vitals', '=Neuro: RASS -2 on Precedex\nCV: MAP goal >65, {device}\nResp: {wp}\nRenal: CRRT, net -{hd}00\nID: {abx} day {hd}', '=Family meeting planned {dow} w/ {fam} and {fam2}.', 'sig'],
  ['=CRITICAL CARE NOTE - {hosp}', 'header', '=Events: intubated {d1} for {cc}; {eproc}', '=ABG 7.2{hd}/5{hd}/6{hd}', 'labs', 'ap', '=CC time: 35 min. {att}'],
  ['=CCU attending note', '={agesex} w/ cardiogenic shock, Impella CP placed {d1} (serial {serial}).', 'vitals', 'labs', '=Plan: wean pressors as tolerated.\n{plan}', 'sig'],
  ['=SICU/MICU ATTG - {today} {time}', 'hpi', '=Lines: R IJ TLC {d2}, A-line {d1}, {device}', 'ap', '=Critical care time 50 min.\n{att}'],
  ['=Attending ICU progress {today}', '=Sys-based:\nN: {wp}\nCV: {vit}\nP: {wp}\nGI: TF @ goal via Dobhoff\nR: {labs}\nHeme: {labs2}\nID: {abx}', '=Dispo: stays in unit. Code: Full. HCP {fam} ({rel}) {phone}.', 'sig'],
  ['=MICU day {hd}', '={ptt} - {dx}', 'labs', '=Spoke with daughter {fam2} and {rel} {fam} today re prognosis.', 'sig'],
  ['=NEURO ICU ATTENDING NOTE', '={agesex}, found down at {employer} {d1}.', 'exam', 'imaging', '=A/P: {plan}', '=Time: 40 min crit care\n{att}'],
];
const icu: StyleFn = (c, R) => sections(c, R, pick(c.r, ICU_STRUCTS));

// goals of care
const GOC_STRUCTS: readonly string[] = [
  'GOALS OF CARE DISCUSSION\nDate: {today}  Time: {time}\nPresent: pt ({ptfull}), {rel} {fam}, {rel2} {fam2}, {rn}, chaplain {other}, myself ({attn}).\n\nWe reviewed that {ptfirst} has {dx} on top of {pmh}. {fam} shared that {his} {rel2} always said {he} would not want to be "kept alive on machines". We discussed CPR and intubation. Family in agreement: DNR/DNI. Continue current treatment, no escalation to ICU. Will readdress {dow}.\n\nCode status changed to DNR/DNI in Epic. MOLST completed.\n{att}',
  'Code status discussion - {today}\nSpoke w/ pt, who has capacity. {ptt} wishes to remain FULL CODE. {he} hopes to get back to {town} for {holiday}. HCP form on file names {rel} {fam} ({phone}).\n-{resn}',
  'Family meeting note\nAttendees: {famt} ({rel}, HCP), {fam2} ({rel2}, by phone from {anytownst}), interpreter {other} (language line ID {csn}), {att}, {res}\nSummary: prognosis poor. Family wants time for relatives to arrive from {country}. Plan time-limited trial x72h then reconvene.',
  'GOC\ncalled {rel} {fam} at {phone}, {time}. explained {dx} and that pt is not improving. {fam} says {he} would want comfort. will meet in person tomorrow {dfut}. pall care ({cons}) aware.\n{resn}',
  'ADVANCE CARE PLANNING NOTE\nPatient: {ptlf}  MRN: {mrn}\nACP discussion with {ptt} and {rel} {fam} lasting 30 minutes. MOLST reviewed from {snf} dated {dpast}. Pt elects DNR, ok for BiPAP, no intubation. Documents at {url}.\n{att}',
  'code status: DNR/DNI confirmed with HCP {fam} ({rel}) by phone {phone}. {he} also asked that {rel2} {fam2} be updated. will follow.\n{int}',
  'Goals of care / prognosis meeting {today}\nPresent: {fam} ({rel}), {fam2} ({rel2}), Pastor {other} from {church}, SW {staff}\nDiscussion: {dx}; {wp}. Family chose to transition to comfort-focused care. Hospice referral to {snf}.\nTime spent: 55 min, >50% counseling.\n{att}',
  '^CODE STATUS NOTE\nPT {ptcaps} WITH CAPACITY. PREFERS FULL CODE. DISCUSSED WITH {rel} {fam}. WILL REVISIT. {resn}',
  'Capacity + GOC: pt AOx1 only, lacks capacity for complex decisions. No HCP on file. Next of kin: {rel} {fam}, lives in {townst}. Ethics consulted ({anydoc}).',
];
const goc: StyleFn = (c, R) => fill(c, R, pick(c.r, GOC_STRUCTS));

// death / pronouncement
const DEATH_STRUCTS: readonly string[] = [
  'DEATH NOTE\nCalled by {rn} at {time} to evaluate {ptt} for unresponsiveness. Pt was DNR/CMO. On exam: no response to verbal or tactile stimuli, pupils fixed and dilated, no heart sounds x1 min, no breath sounds, no pulse. Time of death {time} on {today}.\n{rel} {fam} present at bedside. Attending {attn} notified. Medical examiner case: no. Autopsy declined. Organ procurement org notified, ref #{csn}.\n{resn}, MD',
  'Pronouncement note\npt {pt} pronounced dead at {time} {today}. family ({fam}, {rel}) at bedside, declined autopsy. {snf} and PCP {pcp} notified. body to {funeral} ({phone}).\n- {int}',
  'EXPIRATION NOTE - {hosp}\nName: {ptlf}  MRN: {mrn}\nI was paged at {time} by nursing ({rn}). Pt found apneic and pulseless. Exam c/w death. TOD {time}. Cause: {dx}. Family: {famt} notified by phone {phone}. Chaplain {other} at bedside. Attending {att} aware.',
  'Death pronouncement {today}\n{agesex}, CMO since {d1}. Pronounced {time}. Family ({rel} {fam}, {rel2} {fam2}) present. ME notified (case {csn}) - declined jurisdiction. Death cert to be completed by {attn}.',
  '^PRONOUNCEMENT OF DEATH\nPT: {ptcaps}  MRN {mrn}  DOB {dob}\nNO SPONTANEOUS RESPIRATIONS, NO PULSE, NO HEART SOUNDS X 2 MIN, PUPILS FIXED.\nTIME OF DEATH: {time}\nNOK: {rel} {fam} {phone}\n{resn}',
  'Called to bedside {time} for pt {ptt}. No pulse/resp on exam, no response to sternal rub. Declared dead {time}. {rel} {fam} was called at {phone} and will come in from {anytown}. Gift of Life ref {csn}. Attending {att} notified.\n{resn} (PGY{hd})',
  'death note\n{agesex} w {dx}, comfort care since {d2}. passed peacefully {today} {time} w {rel} ({fam}) at bedside holding {his} hand. no autopsy. notified {pcp} and {snf}.',
  'Patient expired {today}. Pronounced by {res} at {time}. Family members present: {fam}, {fam2}. Cause of death: {dx}; contributing {pmh}. Post-mortem: declined. Funeral home: {funeral}.',
];
const death: StyleFn = (c, R) => fill(c, R, pick(c.r, DEATH_STRUCTS));

// discharge med rec
const HOME_MEDS: readonly string[] = [
  'apixaban (Eliquis) 5 mg BID', 'metoprolol succinate 50 mg daily', 'lisinopril 20 mg daily',
  'furosemide (Lasix) 40 mg daily', 'atorvastatin 40 mg qhs', 'insulin glargine (Lantus) 22 units qhs',
  'metformin 1000 mg BID', 'empagliflozin (Jardiance) 10 mg daily', 'levothyroxine (Synthroid) 88 mcg daily',
  'tamsulosin (Flomax) 0.4 mg qhs', 'pantoprazole (Protonix) 40 mg daily', 'sertraline 50 mg daily',
  'gabapentin 300 mg TID', 'oxycodone 5 mg q6h prn', 'senna 8.6 mg qhs', 'Miralax 17 g daily prn',
  'warfarin (Coumadin) 5 mg daily', 'clopidogrel (Plavix) 75 mg daily', 'amlodipine 10 mg daily',
  'Entresto 24-26 mg BID', 'Ozempic 0.5 mg weekly', 'allopurinol 100 mg daily', 'donepezil 10 mg qhs',
  'quetiapine (Seroquel) 25 mg qhs prn', 'carvedilol 12.5 mg BID', 'spironolactone 25 mg daily',
  'buprenorphine-naloxone 8-2 mg SL BID', 'Keppra 500 mg BID', 'lactulose 20 g TID', 'rifaximin 550 mg BID',
];
const NEW_MEDS: readonly string[] = [
  'cephalexin 500 mg QID x 5 more days (end {dfut})', 'prednisone 40 mg daily x 3 days', 'torsemide 20 mg daily',
  'doxycycline 100 mg BID x 7d', 'Eliquis 10 mg BID x 7d then 5 mg BID', 'ondansetron 4 mg q8h prn nausea',
  'Narcan 4 mg nasal spray prn', 'amoxicillin-clav 875 mg BID through {dfut}', 'potassium chloride 20 mEq daily',
  'linezolid 600 mg BID x 10d', 'nicotine patch 21 mg/24h',
];
const STOP_REASONS: readonly string[] = [
  'AKI', 'hypotension', 'GI bleed', 'duplicate therapy', 'falls', 'no longer indicated', 'hyperkalemia',
  'pt preference', 'interaction w/ linezolid', 'cost',
];
const MEDREC_STRUCTS: readonly number[] = [0, 1, 2, 3, 4, 5, 6, 7];
const medrec: StyleFn = (c, R) => {
  const r = c.r;
  const k = pick(r, MEDREC_STRUCTS);
  const heads = [
    'DISCHARGE MEDICATION RECONCILIATION\nPatient: {ptlf}  MRN: {mrn}  DOB: {dob}\nAdmit: {adm}  Discharge: {today}\nDischarging attending: {att}',
    'd/c med rec - {pt} - {today}',
    'Medication Reconciliation at Discharge ({hosp})\nPreferred pharmacy: {pharm}, {anytownst} ph {phone}',
    'MED REC (DISCHARGE) {today}\nPT {ptcaps} / {mrn}',
    'Discharge meds reviewed with pt and {rel} {fam}. Pharmacy: {pharm}.',
    '{ptt} ({agesex}) going to {snf} {today}. Med list faxed to {phone}.',
    'Discharge Med Rec\nPCP: {pcp}, {anytownst}; appt {dfut}',
    'Meds at discharge - reconciled by {resn} w/ pharmacist {other}',
  ];
  fill(c, R, heads[k] ?? heads[0] ?? '');
  c.b.t('\n\n');
  const home = pickN(r, HOME_MEDS, int(r, 4, 8));
  const news = pickN(r, NEW_MEDS, int(r, 1, 2));
  const acts = home.map(() => pick(r, ['CONTINUE', 'CONTINUE', 'CONTINUE', 'STOP', 'CHANGE', 'HOLD']));
  if (k % 3 === 0) {
    fill(c, R, 'Medication | Home | Discharge | Comment\n');
    home.forEach((m, i) => {
      const a = acts[i] ?? 'CONTINUE';
      fill(c, R, `${m} | yes | ${a === 'STOP' || a === 'HOLD' ? 'no' : 'yes'} | ${a === 'STOP' ? 'stopped - ' + pick(r, STOP_REASONS) : a === 'HOLD' ? 'hold until f/u {dfut}' : a === 'CHANGE' ? 'dose changed' : ''}\n`);
    });
    news.forEach((m) => fill(c, R, `${m} | no | yes | NEW\n`));
  } else if (k % 3 === 1) {
    const list = (want: (a: string) => boolean): string => home.filter((_, i) => want(acts[i] ?? '')).map((m) => `- ${m}`).join('\n') || '- none';
    fill(c, R, `CONTINUE these medications:\n${list((a) => a === 'CONTINUE')}\nCHANGE:\n${list((a) => a === 'CHANGE')}\nSTOP taking:\n${list((a) => a === 'STOP' || a === 'HOLD')}\nSTART:\n${news.map((m) => '- ' + m).join('\n')}`);
  } else {
    home.forEach((m, i) => {
      const a = acts[i] ?? 'CONTINUE';
      fill(c, R, `${m} -- ${a === 'STOP' ? `D/C (${pick(r, STOP_REASONS)})` : a === 'HOLD' ? 'HOLD' : a === 'CHANGE' ? 'changed' : 'cont'}\n`);
    });
    news.forEach((m) => fill(c, R, `${m} -- new\n`));
  }
  c.b.t('\n\n');
  fill(c, R, pick(r, [
    'Notes: {brand} stopped due to {wp}. Pt to f/u with {pcp} on {dfut}. Labs (BMP) {dfut} at {osh} lab.',
    'Prior auth for {brand} submitted ({csn}). If denied call {pager}. Rx e-sent to {pharm}.',
    'Anticoag: warfarin; next INR {dfut} at {clinic}.',
    'Coverage: Medicare Part D, member ID {member}. {brand} copay high; switched to generic. Rx to {pharm}.',
    'Pt given printed list. Questions: hospitalist office {phone}.\n{resn}',
    '{wp}. Home health ({vna}) to do med teaching; nurse {staff} will call.',
  ]));
};

// attestation
const ATTEST_STRUCTS: readonly string[] = [
  'ATTENDING ATTESTATION\nI saw and examined the patient with {resn} on {today} and agree with the findings and plan as documented in the resident\'s note, with the following additions: {wp}. {epo} stable.\n{att}',
  'Teaching physician attestation: I was present for the key portions of the exam. Agree w/ {int}\'s note. Additional: {plan}\n{att} {today} {time}',
  'Attg addendum {today}: pt seen & examined. Agree w/ above by {resn}. {ptfirst} looks better; {wp}. Spoke to {rel} {fam} by phone ({phone}). >50% of 35 min on coordination.\n- {attinit}',
  'I have seen and evaluated the patient, reviewed the resident note from {res} and agree with assessment/plan. {dx}. {eproc} noted. Plan dc to {snf} {dow}.\n{att}',
  'ATTENDING NOTE: Pt seen on rounds. Key findings: {vit}. I agree with Dr. {resn}\'s plan as amended: {plan}\nElectronically signed: {att}',
  'Attending attestation\nAgree with H&P by {resn}/{int}. Briefly: {agesex} from {town} with {dx}. Discussed with {cons} ({pager}). {wp}.\n{att}',
  'attending: seen/examined, agree with housestaff. {wp}. d/w family. {attinit}',
  '^I PERSONALLY SAW AND EXAMINED {ptcaps} ON {today} AND AGREE WITH THE NOTE OF {resn} ABOVE. {dx}. PLAN AS OUTLINED.\n{att}',
  'Attestation: I reviewed the night float admission by {int} ({d1}) and saw pt this AM. Agree; changes: {plan}\n{att}',
];
const attest: StyleFn = (c, R) => fill(c, R, pick(c.r, ATTEST_STRUCTS));

// night float admission (terse)
const NF_STRUCTS: readonly (readonly string[])[] = [
  ['=nf admit {time} - {room}', '=id: {agesex} w {pmh}', '=hpi: {cc} x {hd}d. sent from {snf}. {wp}.', '=ed: {vit}. {labs}. got {abx}, 1L LR', '=a/p {dx}\n{plan}', '=full code. hcp {fam} ({rel}) {phone}\n-{int}'],
  ['=NIGHT FLOAT ADMISSION NOTE - {hosp}', 'header', 'hpi', 'pmh', 'exam', 'ap', '=Signed out to day team ({resn}) {today} 0700.'],
  ['=NF H&P {today}', '=CC {cc}', 'hpi', 'labs', '=A/P brief, full H&P to follow by day team\n{plan}', '=NF: {int} pgr {phone}'],
  ['=Overnight admission ({time})\n{ptt}, {agesex}', '=transfer from {osh} ({anytownst}) for {dx}. accepting: {attn}', 'vitals', '=plan:\n{plan}', 'sig'],
  ['=NF ADMIT', '={agesex}. {cc}. {pmh}.', '=ED: {labs}; CT {ctread}', '=IMP: {dx}', '=PLAN:\n{plan}\nd/w {att} by phone at {time}'],
  ['=night admit {today}', '=pt from {shelter}, {cc}. poor historian. {rel} {fam} unreachable ({phone}).', 'exam', '=a/p:\n{plan}\n- {int}'],
  ['header', '=NF admission - ED called {time}', 'hpi', 'sh', 'labs', 'ap', 'dispo'],
  ['=NIGHTFLOAT ADMIT NOTE', '=SOURCE: PT, {rel} ({fam}), {osh} RECORDS', 'hpi', 'ap', '=CODE: FULL\n{int} / NF'],
];
const nightfloat: StyleFn = (c, R) => sections(c, R, pick(c.r, NF_STRUCTS), '\n');

// curbside / e-consult
const CURB_STRUCTS: readonly string[] = [
  'E-CONSULT REQUEST ({url})\nFrom: {resn} ({attemail})\nTo: Nephrology e-consult\nRe: {ptlf}, MRN {mrn}\nQuestion: {agesex} w/ {pmh}, Cr rose to 2.{hd} from baseline 1.1 after {brand}. Ok to continue at lower dose?\n\nRESPONSE ({today}) - {cons}, Nephrology:\nReasonable to hold ACEi, recheck BMP {dfut}. No indication for in-person eval. Time: 15 min.',
  'Secure chat {today} {time}\n{resn}: hey, curbside re {ptlast} in {room} - {dx}, BCx {labs}. ok to switch to PO?\n{cons}: not for S aureus. needs 14d IV minimum, TEE. will see formally if you put in consult\n{resn}: thx will do',
  'curbside w/ cards fellow {cons} ({pager}) re: pt {pt} - trop bump {labs}. they feel type 2, no heparin. formal consult if pain recurs. -{int}',
  'eConsult #{csn} - Infectious Diseases\nReferring: {pcp} ({anytownst})\nPatient: {ptlf}  DOB {dob}\nQ: prior PCN allergy, ok cefazolin?\nA: Yes; low cross-reactivity. Contact {consemail} w/ questions.\n{cons}',
  'TEAMS MSG\nfrom: {attn}\nto: {cons}\n{today} {time}\n"can you take a look at {ptfull}? {agesex}, {dx}, family (dtr {fam}) asking about hospice at {snf}"\nreply: "sure, will see after noon conf"',
  'Phone call log\n{time} - called {osh} transfer center {phone}, spoke w/ {anydoc} re records\n{time} - paged renal ({cons}) {pager}, awaiting callback\n{time} - updated {rel} {fam} {phone}\n-{resn}',
  'From: {cons} <{consemail}>\nSent: {today}\nSubject: RE: {ptlast} - palliative input\n\nHi {resn}, saw your note. Agree with scheduled {brand}. I can meet w/ family {dow}. Also see {url}.\nBest, {cons}',
  '^E-CONSULT (CARDIOLOGY) RESPONSE\nPT: {ptcaps} / MRN {mrn}\nREQUESTING: {pcp}\nQUESTION: PREOP EVAL FOR {eproc}\nANSWER: RCRI 1. PROCEED. NO FURTHER TESTING. {cons}',
  'quick q to ID ({cons}): {ptt}, {agesex}, {line} since {dpast}, now GNR in BCx x2. pull line? -> yes pull, cefepime, repeat cx. they will follow.',
];
const curbside: StyleFn = (c, R) => fill(c, R, pick(c.r, CURB_STRUCTS));


// Extra paragraphs appended to short notes so every note has at least 60 words.
const PREFIX: Record<string, readonly string[]> = {
  goals_of_care: ['Pt: {ptlf}  MRN {mrn}  Rm {room}', '{hospfull} - Inpatient Medicine', 'Date of service: {today}'],
  death_pronouncement: ['{hosp} | {room}', 'Pt {ptlf} / MRN {mrn} / DOB {dob}'],
  attending_attestation: ['Attending note for {ptlf} ({mrn})', 'Service: Gen Med {hd} | {today}'],
  curbside_econsult: ['[message thread, {hosp}]', 'Re: {ptlf}  MRN {mrn}'],
  icu_attending: ['{hospfull} MICU', 'Pt {ptlf}  MRN {mrn}  Bed {room}'],
};
const EXTEND: Record<string, readonly string[]> = {
  default: [
    'Brief hx: {agesex} with {pmh}, admitted {adm} for {dx}. Lives in {town}; {rel} {fam} is main contact ({phone}).',
    'Other issues: {epo}; {wp}. Meds include {brand} and {brand}. {device} in place since {d2}.',
    'Data reviewed today: {labs}. {labs2}. Imaging from {osh} ({dpast}) reviewed.',
    'Plan in brief:\n{plan}',
    'Discussed on rounds with {attn} and nurse {staff}. Will update {rel} {fam} this afternoon.',
  ],
  goals_of_care: [
    'Background: {agesex} with {pmh}, admitted {adm} with {dx}. Prior to admission lived at {snf}, dependent for most ADLs. {wp}.',
    'Values: {ptfirst} is a retired {employer} worker, attends {church}, and has family in {country}. Most important to {him}: being comfortable and seeing grandchildren.',
    'Surrogate: {rel} {fam} ({phone}); alternate {rel2} {fam2}.',
    'Recommendations: continue {brand} prn, {device} removal if consistent with goals, palliative care ({cons}) to follow.',
  ],
  death_pronouncement: [
    'Hospital course: {agesex} admitted {adm} with {dx}, complicated by {wp}. Transitioned to comfort measures after family meeting on {d2}.',
    'Notifications: attending {attn}, PCP {pcp} (office {phone}), nursing supervisor, and the organ procurement line. Belongings given to {rel} {fam}.',
    'Exam at time of pronouncement: no carotid pulse, no heart sounds on auscultation for 60 seconds, no respiratory effort, pupils fixed and nonreactive, no response to painful stimuli.',
  ],
  attending_attestation: [
    'Briefly, {agesex} with {pmh} admitted {adm} for {dx}. Today {vit}; {labs}.',
    'On my exam: {efind}; {wp}. Lines: {device}.',
    'Plan reviewed with the team:\n{plan}',
    'Dispo: anticipate discharge to {snf} vs home with services in {town} once medically ready. Family ({rel} {fam}) updated.',
  ],
  curbside_econsult: [
    'Background sent with the request: {agesex} with {pmh}, currently admitted for {dx}. Recent labs {labs}. Meds: {brand}, {brand}.',
    'Note: this is an e-consult based on chart review only; the patient was not examined. If the clinical picture changes, please place a formal inpatient consult or page {pager}.',
    'Follow-up: {resn} to relay recs to primary team and {rel} {fam}. Re-evaluate on {dfut}.',
  ],
};

const STYLE_FNS: Record<string, StyleFn> = {
  admission_hp: hp,
  progress_soap: soap,
  progress_problem_smarttext: smart,
  signout_list: signout,
  consult_note: consult,
  icu_attending: icu,
  goals_of_care: goc,
  death_pronouncement: death,
  discharge_medrec: medrec,
  attending_attestation: attest,
  nightfloat_admit: nightfloat,
  curbside_econsult: curbside,
};

// Probability that a note of a style is typed all-caps / all-lower.
const CASE_BIAS: Record<string, [number, number]> = {
  admission_hp: [0.08, 0.06],
  progress_soap: [0.08, 0.15],
  progress_problem_smarttext: [0.06, 0.04],
  signout_list: [0.12, 0.3],
  consult_note: [0.12, 0.06],
  icu_attending: [0.2, 0.08],
  goals_of_care: [0.12, 0.15],
  death_pronouncement: [0.18, 0.12],
  discharge_medrec: [0.15, 0.08],
  attending_attestation: [0.15, 0.15],
  nightfloat_admit: [0.12, 0.35],
  curbside_econsult: [0.1, 0.25],
};

export const INVENTORY_SIZES: Record<string, number> = {
  firstNamesFemale: FIRST_F.length,
  firstNamesMale: FIRST_M.length,
  surnames: LAST.length,
  towns: TOWNS.length,
  countries: COUNTRIES.length,
  hospitals: HOSPITALS.length,
  hospitalNicknames: HOSPITALS.reduce((n, h) => n + h.short.length, 0),
  nursingHomes: SNFS.length,
  pharmacies: PHARMACIES.length,
  employers: EMPLOYERS.length,
  churches: CHURCHES.length,
  shelters: SHELTERS.length,
  streets: STREETS.length,
  eponymsAndBrands: EPONYM_FINDINGS.length + EPONYM_DX.length + EPONYM_PROC.length + BRANDS.length + DEVICES.length,
  wordNamePhrases: WORDNAME_PHRASES.length,
  templatesAndStructures:
    HP_STRUCTS.length + SOAP_STRUCTS.length + SMART_STRUCTS.length + SIGNOUT_HEAD.length + CONSULT_HEAD.length +
    CONSULT_BODY.length + ICU_STRUCTS.length + GOC_STRUCTS.length + DEATH_STRUCTS.length + MEDREC_STRUCTS.length +
    ATTEST_STRUCTS.length + NF_STRUCTS.length + CURB_STRUCTS.length,
};


/** Insert a paragraph before the last line of the note (usually the signature), or at the end. */
function insertBeforeLastLine(b: NoteBuilder, extra: Seg[], beforeSig: boolean): void {
  const segs = b.segs;
  if (beforeSig) {
    for (let i = segs.length - 1; i >= Math.floor(segs.length / 2); i--) {
      const sg = segs[i];
      if (!sg || sg[1] !== null) continue;
      const nl = sg[0].lastIndexOf('\n');
      if (nl < 0) continue;
      const head: Seg = [sg[0].slice(0, nl + 1), null];
      const tail: Seg = [sg[0].slice(nl + 1), null];
      segs.splice(i, 1, head, ...extra, ['\n\n', null], tail);
      return;
    }
  }
  segs.push(['\n\n', null], ...extra);
}

function wordCount(b: NoteBuilder): number {
  return b.segs.map((x) => x[0]).join('').split(/\s+/).filter(Boolean).length;
}

function patientPlan(seed: number, count: number): number[] {
  // patient k gets 1-3 consecutive notes; deterministic and prefix-stable
  const out: number[] = [];
  let k = 0;
  while (out.length < count) {
    const n = 1 + (hashSeed(seed, k, 0xabc) % 3);
    for (let j = 0; j < n && out.length < count; j++) out.push(k);
    k++;
  }
  return out;
}

export function generate(count: number, seed: number): GeneratedNote[] {
  const plan = patientPlan(seed, count);
  const notes: GeneratedNote[] = [];
  let cachedK = -1;
  let cachedPt: Patient | null = null;
  for (let i = 0; i < count; i++) {
    const k = plan[i] ?? 0;
    if (k !== cachedK || !cachedPt) {
      cachedPt = makePatient(seed, k);
      cachedK = k;
    }
    const r = mulberry32(hashSeed(seed, i, 0x7e57));
    const style = PHYSICIAN_STYLES[Math.floor(r() * PHYSICIAN_STYLES.length)] ?? 'admission_hp';
    const [pu, pl] = CASE_BIAS[style] ?? [0.1, 0.1];
    const u = r();
    const mode: Mode = u < pu ? 'upper' : u < pu + pl ? 'lower' : 'normal';
    const typoRate = mode === 'lower' ? 0.04 : chance(r, 0.3) ? 0.015 : 0;
    const c = new Ctx(r, cachedPt, mode);
    const R = resolvers(c);
    const fn = STYLE_FNS[style] ?? hp;
    const pre = PREFIX[style];
    if (pre && chance(r, 0.5)) {
      fill(c, R, pick(r, pre));
      c.b.t('\n\n');
    }
    fn(c, R);
    const ext = EXTEND[style] ?? EXTEND['default'] ?? [];
    const order = shuffle(r, ext);
    for (let j = 0; j < order.length && wordCount(c.b) < 60; j++) {
      // write the extra paragraph in a scratch builder, then put it before the sign-off line
      const main = c.b;
      c.b = new NoteBuilder(r);
      fill(c, R, order[j] ?? '');
      const extra = c.b.segs;
      c.b = main;
      insertBeforeLastLine(main, extra, chance(r, 0.75));
    }
    const { text, phi } = c.b.build(mode, typoRate);
    notes.push({ patient: cachedPt.id, text, phi, style });
  }
  return notes;
}
