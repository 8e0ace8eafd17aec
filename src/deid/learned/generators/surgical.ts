/**
 * Writer `surgical`: synthetic perioperative / surgical-service notes with labelled PHI.
 *
 * Written independently for the de-identification training corpus. Every name, place, number and
 * date below is invented. The generator builds each note from parts (plain text or PHI), so span
 * offsets are exact by construction, including after whole-note case changes and typos.
 */
import { mulberry32 } from '../../../util/prng.js';

export interface GeneratedSpan { start: number; end: number; category: string }
export interface GeneratedNote { patient: string; text: string; phi: GeneratedSpan[]; style: string }

export const WRITER_NAME = 'surgical';

export const SURGICAL_STYLES: readonly string[] = [
  'preop_hp',
  'surgical_consult',
  'brief_op_note',
  'operative_report',
  'anesthesia_preop',
  'anesthesia_intraop',
  'pacu_note',
  'ward_progress',
  'trauma_activation',
  'tertiary_survey',
  'wound_ostomy',
  'clinic_postop',
  'consent_note',
  'timeout_note',
  'or_booking',
  'transplant_coordinator',
];

// ---------------------------------------------------------------------------------------------
// Inventories
// ---------------------------------------------------------------------------------------------

type Sex = 'F' | 'M';
interface Origin { f: string[]; m: string[]; last: string[] }

const ORIGINS: Record<string, Origin> = {
  westAfrican: {
    f: ['Ngozi', 'Adaeze', 'Abena', 'Efua', 'Ama', 'Aminata', 'Fatou', 'Chiamaka', 'Yewande', 'Folasade', 'Akosua', 'Mariama', 'Ifeoma', 'Nneka'],
    m: ['Chukwuemeka', 'Kwame', 'Kofi', 'Yaw', 'Oluwaseun', 'Mamadou', 'Babatunde', 'Ikenna', 'Kwabena', 'Ousmane', 'Tunde', 'Emeka', 'Sekou', 'Obinna'],
    last: ['Okonkwo', 'Mensah', 'Boateng', 'Asante', 'Owusu', 'Adeyemi', 'Nwosu', 'Eze', 'Diallo', 'Traore', 'Fofana', 'Sesay', 'Kamara', 'Bah', 'Ndiaye', 'Okafor', 'Adebayo', 'Oyelaran', 'Agyeman', 'Ogunleye', 'Achebe', 'Nwachukwu', 'Danquah'],
  },
  southAsian: {
    f: ['Priyanka', 'Anjali', 'Sunita', 'Harpreet', 'Deepa', 'Nasreen', 'Lakshmi', 'Meenakshi', 'Kavya', 'Farzana', 'Shreya', 'Tahmina', 'Nirmala', 'Ishani'],
    m: ['Rohan', 'Vikram', 'Gurpreet', 'Arjun', 'Ravi', 'Imran', 'Farhan', 'Sanjay', 'Rajesh', 'Anil', 'Harinder', 'Mahesh', 'Tariq', 'Venkat'],
    last: ['Chatterjee', 'Venkataraman', 'Iyer', 'Reddy', 'Sandhu', 'Gill', 'Bhattacharya', 'Raghunathan', 'Qureshi', 'Siddiqui', 'Chowdhury', 'Rahman', 'Perera', 'Jayasuriya', 'Patel', 'Deshpande', 'Kulkarni', 'Subramanian', 'Grewal', 'Malhotra', 'Banerjee', 'Hossain'],
  },
  eastAsian: {
    f: ['Mei-Ling', 'Yuki', 'Keiko', 'Seo-yeon', 'Linh', 'Xiaoling', 'Hana', 'Ji-woo', 'Thuy', 'Akiko', 'Yan', 'Eun-ji', 'Hoa', 'Naoko'],
    m: ['Wei', 'Jun', 'Hiroshi', 'Min-jun', 'Thanh', 'Jian', 'Takeshi', 'Dong-hyun', 'Quang', 'Kenji', 'Hao', 'Sung-min', 'Bao', 'Tatsuya'],
    last: ['Nguyen', 'Tran', 'Pham', 'Zhang', 'Liu', 'Chen', 'Huang', 'Takahashi', 'Watanabe', 'Kimura', 'Park', 'Kim', 'Choi', 'Yoon', 'Hoang', 'Matsumoto', 'Xu', 'Lim', 'Vo', 'Fujita', 'Ishikawa', 'Zhou'],
  },
  slavic: {
    f: ['Oksana', 'Katarzyna', 'Milena', 'Jelena', 'Agnieszka', 'Svetlana', 'Bozena', 'Halyna', 'Zofia', 'Dragana', 'Irina', 'Ludmila'],
    m: ['Dmitri', 'Bogdan', 'Zoran', 'Wojciech', 'Miroslav', 'Taras', 'Pavel', 'Stanislaw', 'Goran', 'Yevgeny', 'Tomasz', 'Andrzej'],
    last: ['Kowalczyk', 'Nowak', 'Petrovic', 'Ivanova', 'Shevchenko', 'Wisniewski', 'Horvat', 'Dvorak', 'Novotny', 'Zielinski', 'Kovalenko', 'Jankowski', 'Babic', 'Sokolova', 'Marchenko', 'Wojcik'],
  },
  arabic: {
    f: ['Fatima', 'Layla', 'Mariam', 'Nour', 'Rania', 'Huda', 'Samira', 'Yasmin', 'Amal', 'Dalia', 'Zainab', 'Hala'],
    m: ['Omar', 'Youssef', 'Khalid', 'Hassan', 'Abdullah', 'Tarek', 'Karim', 'Mahmoud', 'Bilal', 'Sami', 'Walid', 'Faisal'],
    last: ['Al-Hashimi', 'El-Sayed', 'Haddad', 'Nasser', 'Khoury', 'Mansour', 'Saleh', 'Abu-Ghazaleh', 'Farouk', 'Qasim', 'Hamdan', 'Al-Masri', 'Bishara', 'Darwish', 'Said'],
  },
  hispanic: {
    f: ['Guadalupe', 'Xiomara', 'Marisol', 'Esperanza', 'Dolores', 'Consuelo', 'Rocio', 'Luz', 'Yesenia', 'Maricela', 'Ximena', 'Graciela', 'Milagros', 'Soledad'],
    m: ['Jesus', 'Alejandro', 'Mateo', 'Santiago', 'Rigoberto', 'Efrain', 'Joaquin', 'Ulises', 'Heriberto', 'Arturo', 'Leonel', 'Fidel', 'Osvaldo', 'Ramiro'],
    last: ['Garza', 'Villarreal', 'Ochoa', 'de la Cruz', 'Santos', 'Delgado', 'Quintanilla', 'Ibarra', 'Espinoza', 'Cardenas', 'Montoya', 'Zuniga', 'Barajas', 'Pineda', 'Rosales', 'del Toro', 'Saucedo', 'Arreola'],
  },
  irish: {
    f: ['Siobhan', 'Niamh', 'Aoife', 'Brigid', 'Maeve', 'Orla', 'Grainne', 'Roisin', 'Deirdre', 'Caoimhe'],
    m: ['Padraig', 'Ciaran', 'Eoin', 'Declan', 'Cormac', 'Fergal', 'Darragh', 'Oisin', 'Seamus', 'Lorcan'],
    last: ["O'Sullivan", 'McNamara', 'Doherty', 'Kavanagh', 'Fitzgerald', 'Gallagher', 'Quinlan', "O'Rourke", 'Mulcahy', 'Brennan', 'Donnelly', 'Flanagan', 'MacLeod', 'Costigan', 'Ni Bhriain'],
  },
  nordic: {
    f: ['Sigrid', 'Astrid', 'Ingrid', 'Solveig', 'Liv', 'Kari', 'Annika', 'Britt', 'Ragnhild', 'Freja'],
    m: ['Leif', 'Bjorn', 'Anders', 'Torbjorn', 'Nils', 'Sven', 'Henrik', 'Erik', 'Gunnar', 'Magnus'],
    last: ['Thorsen', 'Lindqvist', 'Haugen', 'Johansson', 'Halvorsen', 'Sorensen', 'Bergstrom', 'Nyberg', 'Eklund', 'Solberg', 'Dahl', 'Lund', 'Aasen', 'Rasmussen'],
  },
  native: {
    f: ['Shandiin', 'Nizhoni', 'Dyani', 'Winona', 'Leilani', 'Kaimana', 'Tallulah', 'Aiyana', 'Halona', 'Keala'],
    m: ['Ahiga', 'Keoni', 'Kanoa', 'Hania', 'Tokala', 'Ashkii', 'Makoa', 'Kele', 'Nodin', 'Kai'],
    last: ['Yazzie', 'Begay', 'Tsosie', 'Benally', 'Whitehorse', 'Two Bulls', 'Lone Elk', 'Redcloud', 'Harjo', 'Bitsui', 'Attakai', 'Kahale', 'Kealoha', 'Tohee', 'Manuelito'],
  },
  anglo: {
    f: ['Margaret', 'Deborah', 'Kimberly', 'Tammy', 'Ashley', 'Brittany', 'Lorraine', 'Gwendolyn', 'Eleanor', 'Catherine', 'Shirley', 'Beverly', 'Lindsay', 'Madison'],
    m: ['Gerald', 'Randall', 'Douglas', 'Kenneth', 'Timothy', 'Wayne', 'Russell', 'Clifford', 'Harold', 'Dwayne', 'Curtis', 'Thaddeus', 'Everett', 'Lyle'],
    last: ['Whitfield', 'Pennington', 'Ashworth', 'Caldwell', 'Hargrove', 'Blevins', 'Pruitt', 'Stroud', 'Lockhart', 'Tillman', 'Kimball', 'Dunleavy', 'Haskins', 'Merriweather', 'Colquitt'],
  },
  european: {
    f: ['Giulia', 'Francesca', 'Anneliese', 'Margarethe', 'Ines', 'Beatriz', 'Chantal', 'Elodie', 'Katrien', 'Wilhelmina'],
    m: ['Giuseppe', 'Matthias', 'Joao', 'Rui', 'Pieter', 'Laurent', 'Thierry', 'Dieter', 'Stefano', 'Joost'],
    last: ['van der Berg', 'Van Houten', 'da Silva', 'dos Santos', 'St. Pierre', 'Du Bois', 'ten Brink', 'von Ahn', "D'Angelo", 'De Luca', 'Di Stefano', 'La Rosa', 'Oliveira', 'Schoenfeld', 'Vermeulen', 'Le Gall'],
  },
};
const ORIGIN_KEYS = Object.keys(ORIGINS);

/** Names that are also ordinary English words (the hard cases for a tagger). */
const WORD_FIRST_F = ['Hope', 'Grace', 'Faith', 'Joy', 'Dawn', 'Summer', 'June', 'April', 'Rose', 'Ivy', 'Holly', 'Heather', 'Violet', 'Amber', 'Crystal', 'Autumn', 'Brook', 'Carol', 'Patience', 'Sandy', 'Penny', 'Destiny', 'Charity', 'Sunny', 'Pearl', 'Ruby', 'Iris', 'Star'];
const WORD_FIRST_M = ['Will', 'Frank', 'Mark', 'Bill', 'Art', 'Guy', 'Rich', 'Hunter', 'Mason', 'Chase', 'Drew', 'Miles', 'Pierce', 'Reed', 'Ray', 'Wade', 'Lane', 'Cliff', 'Dale', 'Glen', 'Rocky', 'Chance', 'Major', 'King', 'Sterling', 'Forrest', 'Jack', 'Gene'];
const WORD_LAST = ['Stone', 'Hill', 'Price', 'Bell', 'Young', 'Cook', 'Baker', 'Fisher', 'Wood', 'Brown', 'Green', 'White', 'Black', 'Long', 'Short', 'Strong', 'Moody', 'Swift', 'Sharp', 'Rice', 'Lamb', 'Fox', 'Crane', 'Sparrow', 'Lake', 'Marsh', 'Ford', 'Banks', 'Golden', 'Love', 'Child', 'Small', 'Little', 'Free', 'Wise', 'Noble', 'Walker', 'Carpenter', 'Knight', 'Bishop', 'Pope', 'Dean', 'Frost', 'Snow', 'Rivers', 'Hale', 'Fairweather', 'Goodnight', 'Hardy', 'Justice', 'Bliss', 'Gay', 'Middleton', 'Church', 'Mayor', 'Sweet', 'Cash', 'Graves', 'Parkinson', 'Winter'];

const HYPHEN_PARTS = ['Okafor', 'Reyes', 'Nakamura', 'Lindqvist', 'Oduya', 'Garcia', 'Whitfield', 'Holm', 'Baptiste', 'Stone', 'Park', 'Mensah', 'Kowalski', 'Haddad', 'Ross', 'Yazzie', 'Brennan', 'Castillo', 'Hill', 'Abara'];

const TOWNS = [
  'Millbrook', 'Cedar Falls', 'Stony Creek', 'Fair Haven', 'Pleasant Valley', 'Bridgewater', 'Harmony', 'Liberty', 'Independence', 'Union', 'Friendship', 'Hope', 'Concord', 'Plainfield', 'Greenfield',
  'Riverside', 'Lakeview', 'Oak Hill', 'Elmwood', 'Five Points', 'Three Forks', 'Rock Springs', 'Sweetwater', 'Red Bank', 'Marble Falls', 'Salt Lick', 'Pine Bluff', 'Cold Spring', 'Deer Park', 'Eagle Pass',
  'Sugar Land', 'Bowling Green', 'Bay Shore', 'Glen Cove', 'Orange', 'Canton', 'Warren', 'Chester', 'Dover', 'Milton', 'Clayton', 'Newport', 'Beacon', 'Florence', 'Marion', 'Troy', 'Eden', 'Bethel',
  'Shiloh', 'Goshen', 'Alma', 'Normal', 'Plain City', 'Rolling Meadows', 'Spring Hill', 'Oak Ridge', 'Valley Stream', 'Long Branch', 'Elk Grove', 'Falls Church', 'Highland Park', 'Stillwater', 'Coldwater',
  'Clearwater', 'Brookfield', 'Granite Falls', 'Hazard', 'Bountiful', 'Loyal', 'Freedom', 'Opportunity', 'Paradise', 'Climax', 'Commerce', 'Enterprise', 'Prosperity', 'Twin Lakes', 'Turtle Creek',
  'Broken Arrow', 'Walnut Grove', 'Fox Hollow', 'Ironwood', 'Blue Earth', 'Kettle Falls', 'Silver Lake', 'North Branch', 'East Haddam', 'West Liberty', 'Port Royal', 'Harbor Springs', 'Kinsale', 'Ashby',
];
const COUNTIES = ['Wexford County', 'Tamarack County', 'Bell County', 'Kettle County', 'Pike County', 'Harmon County', 'Lowell County', 'Ridge County'];
const STATES_FULL = ['Ohio', 'Michigan', 'Minnesota', 'Iowa', 'Wisconsin', 'Pennsylvania', 'New York', 'Vermont', 'Maine', 'Oregon', 'Texas', 'New Mexico', 'Arizona', 'Georgia', 'Kentucky', 'Tennessee', 'Illinois', 'Indiana', 'Colorado', 'North Dakota', 'Montana', 'Massachusetts', 'Virginia', 'Washington'];
const STATES_ABBR = ['OH', 'MI', 'MN', 'IA', 'WI', 'PA', 'NY', 'VT', 'ME', 'OR', 'TX', 'NM', 'AZ', 'GA', 'KY', 'TN', 'IL', 'IN', 'CO', 'ND', 'MT', 'MA', 'VA', 'WA'];
const COUNTRIES = ['Mexico', 'Nigeria', 'Philippines', 'Poland', 'Guatemala', 'Vietnam', 'India', 'Canada', 'Ghana', 'Ukraine', 'Lebanon', 'Haiti', 'Ireland', 'Norway', 'El Salvador', 'Somalia', 'Bangladesh', 'Korea'];
const STREET_WORDS = ['Orchard Ridge', 'Maple', 'Quarry', 'Mill Pond', 'Old County', 'Birch Hollow', 'Tanner', 'Church', 'Station', 'Lantern', 'Kingfisher', 'Harvest Moon', 'Wheeler', 'Ferry', 'Depot', 'Sycamore', 'Cottonwood', 'Prospect', 'Granary', 'Blue Heron', 'Sawmill', 'Lighthouse', 'Cardinal', 'Spruce Knob', 'Peach Tree', 'Rail Yard'];
const STREET_TYPES = ['Rd', 'St', 'Ave', 'Ln', 'Dr', 'Ct', 'Way', 'Blvd', 'Road', 'Street', 'Circle', 'Pike', 'Trail'];

/** Hospitals: [formal name, forms staff actually type]. */
const HOSPITALS: [string, string[]][] = [
  ["Saint Brendan's Medical Center", ['SBMC', "St. Brendan's", "St B's"]],
  ['Harbor Ridge Regional Hospital', ['HRRH', 'Harbor Ridge']],
  ['Mercy Valley Hospital', ['Mercy Valley', 'MVH']],
  ['Kettle River General Hospital', ['KRGH', 'Kettle River General', 'KR General']],
  ['Northfield University Hospital', ['NUH', 'Northfield U', 'University']],
  ['Ostrander Memorial Hospital', ['Ostrander', 'OMH']],
  ['Good Samaritan of Coldwater', ['Good Sam', 'GSC']],
  ['Three Rivers Medical Center', ['TRMC', 'Three Rivers']],
  ['Prairie View Community Hospital', ['Prairie View', 'PVCH']],
  ['Holy Redeemer Hospital of Millbrook', ['Holy Redeemer', 'Redeemer']],
  ["Tamarack Children's Hospital", ["Tamarack Children's", 'TCH']],
  ['Dunmore VA Medical Center', ['Dunmore VA', 'the Dunmore VA', 'DVAMC']],
  ['Pine Hollow Regional Medical Center', ['Pine Hollow', 'PHRMC']],
  ['Lakeshore Health Pavilion', ['Lakeshore', 'LHP']],
  ['Whitcomb Memorial Hospital', ['Whitcomb', 'WMH']],
  ['Bayfront Level I Trauma Center', ['Bayfront', 'BTC']],
  ['St. Casimir Hospital', ['St. Casimir', 'St Cas']],
  ['Eastbrook Baptist Hospital', ['Eastbrook Baptist', 'EBH', 'Baptist']],
];
const CLINICS = ['Ridgeview Surgical Associates', 'Fenwick General Surgery Clinic', 'Bayside Colorectal Group', 'Lakeshore Vascular & Vein', 'Summit Bariatric Center', 'Westgate Family Practice', 'Kessler Family Medicine', 'Harmony Primary Care', 'Cedar Falls Internal Medicine', 'Blue Heron Ambulatory Surgery Center', 'Tri-County Breast Center', 'North Branch Community Health Center', 'Fenwick ASC', 'Millbrook Cardiology Associates', 'Stonegate Endocrine', 'Riverside Wound Healing Center', 'Quarry Hill Urgent Care', 'Oak Ridge Pulmonary Clinic'];
const FACILITIES = ['Maple Terrace Nursing & Rehab', 'Golden Pines Care Center', "St. Agatha's Home", 'Willow Crest SNF', 'Brightwater Senior Living', 'Cedar Glen Rehabilitation', 'Heritage Oaks Assisted Living', 'Lantern House', 'Riverbend Manor', 'Sunnyside Skilled Nursing'];
const PHARMACIES = ['Hartwell Pharmacy', 'Main Street Apothecary', 'CVS', 'Walgreens', 'Rite Aid', 'Kroger pharmacy', 'Medicine Shoppe', 'Costco pharmacy', 'Fenwick Family Drug', 'Harmony Drug'];
const EMPLOYERS = ['Tri-County Gravel', 'Dakota Poultry', 'Amazon', 'UPS', 'Brennan Roofing', 'Sunrise Elementary', 'Ferrous Steelworks', 'Northfield School District', 'Walmart', 'Kettle River Paper Mill', 'Pennington Dairy', 'Lakeview Casino', 'FedEx Ground', 'Home Depot', 'Haskins Trucking', 'the Bayfront Marriott'];
const CHURCHES = ["St. Casimir's Parish", 'First Baptist of Harmony', 'Bethel AME', 'Masjid al-Noor', 'Temple Beth Shalom', 'Grace Lutheran', 'Holy Trinity Greek Orthodox', 'New Hope Pentecostal', 'Kingdom Hall on Depot Street'];
const SHELTERS = ['Harbor Light Shelter', 'Open Door Mission', 'Safe Haven Women\'s Shelter', 'Salvation Army Family Center'];
const OPOS = ['Heartland Organ Alliance', 'LifeBridge Donor Network', 'Great Lakes Gift of Life', 'Prairie Donor Services'];
const INSURERS = ['Medicare', 'Medicaid', 'BCBS', 'Aetna', 'UnitedHealthcare', 'Humana', 'Tricare', 'Molina', 'Cigna', 'workers comp'];
const LANGUAGES = ['Spanish', 'Vietnamese', 'Arabic', 'Somali', 'Polish', 'Ukrainian', 'Haitian Creole', 'Mandarin', 'Navajo', 'Bengali', 'Twi', 'Korean'];
const WEB_DOMAINS = ['brendanmed.org', 'harborridgehealth.org', 'mercyvalley.org', 'krgh.org', 'northfieldhealth.edu', 'ostrander.org', 'trmc.net', 'lakeshorehealth.org', 'bayfronttrauma.org', 'eastbrookbaptist.org'];

export const INVENTORY_SIZES: Record<string, number> = {
  firstNames: Object.values(ORIGINS).reduce((a, o) => a + o.f.length + o.m.length, 0) + WORD_FIRST_F.length + WORD_FIRST_M.length,
  surnames: Object.values(ORIGINS).reduce((a, o) => a + o.last.length, 0) + WORD_LAST.length,
  wordNames: WORD_FIRST_F.length + WORD_FIRST_M.length + WORD_LAST.length,
  hyphenParts: HYPHEN_PARTS.length,
  origins: ORIGIN_KEYS.length,
  towns: TOWNS.length,
  counties: COUNTIES.length,
  states: STATES_FULL.length + STATES_ABBR.length,
  countries: COUNTRIES.length,
  streets: STREET_WORDS.length,
  hospitals: HOSPITALS.length,
  hospitalForms: HOSPITALS.reduce((a, h) => a + 1 + h[1].length, 0),
  clinics: CLINICS.length,
  facilities: FACILITIES.length,
  pharmacies: PHARMACIES.length,
  employers: EMPLOYERS.length,
  churches: CHURCHES.length,
  shelters: SHELTERS.length,
  opos: OPOS.length,
  languages: LANGUAGES.length,
  webDomains: WEB_DOMAINS.length,
};

// ---------------------------------------------------------------------------------------------
// Randomness helpers
// ---------------------------------------------------------------------------------------------

type Rng = () => number;

function mix(a: number, b: number): number {
  let h = Math.imul((a ^ 0x85ebca6b) >>> 0, 0xcc9e2d51) ^ Math.imul(b + 0x27d4eb2f, 0x165667b1);
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}
function pick<T>(r: Rng, xs: readonly T[]): T {
  return xs[Math.floor(r() * xs.length)] as T;
}
function chance(r: Rng, p: number): boolean {
  return r() < p;
}
function int(r: Rng, lo: number, hi: number): number {
  return lo + Math.floor(r() * (hi - lo + 1));
}
function digits(r: Rng, n: number): string {
  let s = '';
  for (let i = 0; i < n; i++) s += String(Math.floor(r() * 10));
  return s;
}
function letters(r: Rng, n: number): string {
  const A = 'ABCDEFGHJKLMNPQRSTUVWXYZ';
  let s = '';
  for (let i = 0; i < n; i++) s += A[Math.floor(r() * A.length)];
  return s;
}
function shuffle<T>(r: Rng, xs: T[]): T[] {
  const a = xs.slice();
  for (let i = a.length - 1; i > 0; i--) {
    const j = Math.floor(r() * (i + 1));
    const t = a[i] as T;
    a[i] = a[j] as T;
    a[j] = t;
  }
  return a;
}
function some<T>(r: Rng, xs: readonly T[], lo: number, hi: number): T[] {
  return shuffle(r, xs.slice()).slice(0, int(r, lo, Math.min(hi, xs.length)));
}

// ---------------------------------------------------------------------------------------------
// Note builder: text is a list of parts, each plain or PHI
// ---------------------------------------------------------------------------------------------

interface Part { s: string; c?: string }
type P = string | Part;

const N = (s: string): Part => ({ s, c: 'NAME' });
const L = (s: string): Part => ({ s, c: 'LOCATION' });
const ST = (s: string): Part => ({ s, c: 'STATE' });
const D = (s: string): Part => ({ s, c: 'DATE' });
const Y = (s: string): Part => ({ s, c: 'DATE_YEAR' });
const PH = (s: string): Part => ({ s, c: 'PHONE' });
const ID = (s: string): Part => ({ s, c: 'ID' });
const EM = (s: string): Part => ({ s, c: 'EMAIL' });
const UR = (s: string): Part => ({ s, c: 'URL' });
const OT = (s: string): Part => ({ s, c: 'OTHER' });

class Doc {
  parts: Part[] = [];
  w(...xs: P[]): this {
    for (const x of xs) this.parts.push(typeof x === 'string' ? { s: x } : x);
    return this;
  }
  ln(...xs: P[]): this {
    return this.w(...xs, '\n');
  }
  blank(): this {
    return this.w('\n');
  }
}

// ---------------------------------------------------------------------------------------------
// Dates
// ---------------------------------------------------------------------------------------------

interface Ymd { y: number; m: number; d: number }
const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const MONTH = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

function addDays(a: Ymd, n: number): Ymd {
  const t = new Date(Date.UTC(a.y, a.m - 1, a.d) + n * 86400000);
  return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() };
}
function weekday(a: Ymd): string {
  return WEEKDAYS[new Date(Date.UTC(a.y, a.m - 1, a.d)).getUTCDay()] as string;
}
const p2 = (n: number): string => String(n).padStart(2, '0');
function ord(n: number): string {
  if (n % 100 >= 11 && n % 100 <= 13) return `${n}th`;
  return `${n}${['th', 'st', 'nd', 'rd'][n % 10] ?? 'th'}`;
}
/** Date in one of many typed forms. `full` forces a form with a year. */
function fd(r: Rng, a: Ymd, full = false): string {
  const k = full ? pick(r, [0, 1, 2, 3, 4, 5, 6, 7, 13, 14]) : int(r, 0, 14);
  switch (k) {
    case 0: return `${a.m}/${a.d}/${a.y}`;
    case 1: return `${p2(a.m)}/${p2(a.d)}/${a.y}`;
    case 2: return `${a.m}/${a.d}/${String(a.y).slice(2)}`;
    case 3: return `${a.y}-${p2(a.m)}-${p2(a.d)}`;
    case 4: return `${MON[a.m - 1]} ${a.d}, ${a.y}`;
    case 5: return `${p2(a.d)}-${MON[a.m - 1]}-${a.y}`;
    case 6: return `${MONTH[a.m - 1]} ${a.d}, ${a.y}`;
    case 7: return `${a.d} ${MON[a.m - 1]} ${a.y}`;
    case 8: return `${a.m}/${a.d}`;
    case 9: return `${a.m}-${a.d}`;
    case 10: return `${MON[a.m - 1]} ${a.d}`;
    case 11: return `${MONTH[a.m - 1]} ${ord(a.d)}`;
    case 13: return `${a.m}.${a.d}.${String(a.y).slice(2)}`;
    case 14: return `${p2(a.d)}${MON[a.m - 1]?.toUpperCase()}${a.y}`;
    default: return `${p2(a.m)}/${p2(a.d)}`;
  }
}
/** Numeric form fixed for a header (forms used in EHR header fields). */
function fdNum(r: Rng, a: Ymd): string {
  return pick(r, [`${p2(a.m)}/${p2(a.d)}/${a.y}`, `${a.m}/${a.d}/${a.y}`, `${a.y}-${p2(a.m)}-${p2(a.d)}`, `${p2(a.m)}/${p2(a.d)}/${String(a.y).slice(2)}`]);
}
function hhmm(r: Rng, lo = 6, hi = 19): string {
  return `${p2(int(r, lo, hi))}${pick(r, ['00', '05', '12', '15', '22', '30', '37', '45', '50', '58'])}`;
}
function clock(r: Rng, lo = 6, hi = 19): string {
  const t = hhmm(r, lo, hi);
  return chance(r, 0.5) ? `${t.slice(0, 2)}:${t.slice(2)}` : t;
}

// ---------------------------------------------------------------------------------------------
// People
// ---------------------------------------------------------------------------------------------

interface Person { first: string; middle: string; last: string; sex: Sex }

function makePerson(r: Rng, sex?: Sex): Person {
  const sx: Sex = sex ?? (chance(r, 0.5) ? 'F' : 'M');
  const o = ORIGINS[pick(r, ORIGIN_KEYS)] as Origin;
  const o2 = chance(r, 0.75) ? o : (ORIGINS[pick(r, ORIGIN_KEYS)] as Origin);
  let first = pick(r, sx === 'F' ? o.f : o.m);
  if (chance(r, 0.16)) first = pick(r, sx === 'F' ? WORD_FIRST_F : WORD_FIRST_M);
  let last = pick(r, o2.last);
  const u = r();
  if (u < 0.16) last = pick(r, WORD_LAST);
  else if (u < 0.22) {
    const a = pick(r, HYPHEN_PARTS);
    let b = pick(r, [...HYPHEN_PARTS, ...o2.last.filter((x) => !x.includes(' '))]);
    if (b === a) b = 'Abara';
    last = `${a}-${b}`;
  }
  const mo = ORIGINS[pick(r, ORIGIN_KEYS)] as Origin;
  const middle = pick(r, sx === 'F' ? [...mo.f, ...WORD_FIRST_F] : [...mo.m, ...WORD_FIRST_M]);
  return { first, middle, last, sex: sx };
}

const cap = (s: string): string => s.toUpperCase();
const ini = (s: string): string => s.charAt(0).toUpperCase();

/** A person's name in one of the shapes typed in charts. */
function nm(r: Rng, p: Person, k?: number): string {
  const f = k ?? int(r, 0, 11);
  switch (f) {
    case 0: return `${p.first} ${p.last}`;
    case 1: return `${p.last}, ${p.first}`;
    case 2: return `${p.last}, ${p.first} ${ini(p.middle)}.`;
    case 3: return `${ini(p.first)}. ${p.last}`;
    case 4: return `${cap(p.last)}, ${cap(p.first)}`;
    case 5: return `${p.first} ${ini(p.middle)}. ${p.last}`;
    case 6: return `${cap(p.last)}, ${cap(p.first)} ${ini(p.middle)}`;
    case 7: return `${p.first} ${p.middle} ${p.last}`;
    case 8: return /^(MS|MR|DR)$/.test(`${ini(p.first)}${ini(p.middle)}`) ? `${p.first} ${p.last}` : `${ini(p.first)}${ini(p.middle)} ${p.last}`;
    case 9: return `${p.last} ${p.first}`;
    case 10: return `${p.first.toLowerCase()} ${p.last.toLowerCase()}`;
    default: return `${p.first} ${p.last}`;
  }
}
function initials(p: Person, lower = false): string {
  const s = `${ini(p.first)}${ini(p.last.replace(/^(de la |del |van der |van |da |dos |von |ten |le |la |st\. |du |di )/i, ''))}`;
  return lower ? s.toLowerCase() : s;
}

type Role = 'attending' | 'resident' | 'anesth' | 'crna' | 'rn' | 'tech' | 'pa' | 'np' | 'coord' | 'sw' | 'chaplain' | 'interp' | 'rt';
interface Staff { p: Person; role: Role; cred: string }
const CREDS: Record<Role, string[]> = {
  attending: ['MD', 'MD, FACS', 'DO', 'MD FACS', 'MD, PhD'],
  resident: ['MD', 'MD PGY-3', 'DO', 'MD (PGY4)', 'MD, PGY-2'],
  anesth: ['MD', 'DO', 'MD, FASA'],
  crna: ['CRNA', 'CRNA, DNP', 'SRNA'],
  rn: ['RN', 'BSN, RN', 'RN, CNOR', 'RN CCRN', 'RN, CWOCN'],
  tech: ['CST', 'ST', 'CSFA'],
  pa: ['PA-C', 'PA'],
  np: ['NP', 'ACNP-BC', 'APRN', 'FNP-C'],
  coord: ['RN, CCTC', 'RN', 'BSN, CCTC'],
  sw: ['LICSW', 'MSW', 'LCSW'],
  chaplain: ['MDiv', 'BCC'],
  interp: ['CHI', 'CMI'],
  rt: ['RRT', 'RT'],
};
function staff(r: Rng, role: Role): Staff {
  return { p: makePerson(r), role, cred: pick(r, CREDS[role]) };
}
/** "Dr. <NAME>" / "<NAME>, MD" / "<NAME> RN" ... title and credential stay outside the span. */
function sig(r: Rng, s: Staff, mode?: number): P[] {
  const doc = s.role === 'attending' || s.role === 'resident' || s.role === 'anesth';
  const m = mode ?? int(r, 0, 5);
  if (doc && m === 0) return ['Dr. ', N(pick(r, [s.p.last, `${s.p.first} ${s.p.last}`, `${ini(s.p.first)}. ${s.p.last}`]))];
  if (doc && m === 1) return ['Dr ', N(s.p.last)];
  if (m === 2) return [N(nm(r, s.p, pick(r, [1, 2, 4]))), ` ${s.cred}`];
  if (m === 3) return [N(`${ini(s.p.first)}. ${s.p.last}`), `, ${s.cred}`];
  if (m === 4) return [N(`${s.p.first} ${ini(s.p.middle)}. ${s.p.last}`), `, ${s.cred}`];
  return [N(`${s.p.first} ${s.p.last}`), `, ${s.cred}`];
}
/** Short in-text reference: "Dr. Okafor", "Okafor", "J. Okafor". */
function ref(r: Rng, s: Staff): P[] {
  const doc = s.role === 'attending' || s.role === 'resident' || s.role === 'anesth';
  if (doc) {
    const k = int(r, 0, 3);
    if (k === 0) return ['Dr. ', N(s.p.last)];
    if (k === 1) return ['Dr ', N(s.p.last)];
    if (k === 2) return [N(s.p.last)];
    return ['Dr. ', N(`${s.p.first} ${s.p.last}`)];
  }
  const k = int(r, 0, 2);
  if (k === 0) return [N(s.p.first)];
  if (k === 1) return [N(`${s.p.first} ${s.p.last}`)];
  return [N(`${s.p.first} ${ini(s.p.last)}.`)];
}

// ---------------------------------------------------------------------------------------------
// Procedures (eponyms, brands and clinical numbers here are deliberately left unmarked)
// ---------------------------------------------------------------------------------------------

interface Proc {
  name: string; short: string; dx: string; cpt: string; mins: [number, number]; ebl: [number, number];
  findings: string[]; steps: string[]; specimen: string; drains: string[]; implant?: string; wound: string;
}
const PROCS: Proc[] = [
  {
    name: 'Laparoscopic cholecystectomy', short: 'lap chole', dx: 'symptomatic cholelithiasis', cpt: '47562', mins: [45, 110], ebl: [5, 50],
    findings: ['Distended gallbladder with thickened wall, positive Murphy sign preop', 'Critical view of safety obtained', 'Omental adhesions to the fundus', 'Multiple gallstones, no spillage', 'Hartmann\'s pouch impacted stone'],
    steps: ['Veress needle entry at Palmer\'s point was not needed; Hasson technique at the umbilicus.', 'Pneumoperitoneum to 15 mmHg.', 'Fundus retracted cephalad, Hartmann\'s pouch laterally.', 'Peritoneum over the triangle of Calot opened, cystic duct and artery skeletonized, critical view of safety confirmed.', 'Cystic duct and artery clipped x3 and divided.', 'Gallbladder removed from the liver bed with hook cautery and placed in an Endo Catch bag.', 'Liver bed hemostatic; Surgicel placed.', 'Fascia at umbilicus closed with 0 Vicryl, skin with 4-0 Monocryl and Dermabond.'],
    specimen: 'gallbladder', drains: ['none', 'none', '19 Fr Blake to RUQ'], wound: 'II',
  },
  {
    name: 'Laparoscopic appendectomy', short: 'lap appy', dx: 'acute appendicitis', cpt: '44970', mins: [35, 90], ebl: [5, 25],
    findings: ['Inflamed, non-perforated appendix', 'Perforated appendix with purulent fluid in the pelvis', 'Fecalith at the base', 'Normal-appearing appendix; Meckel diverticulum not seen'],
    steps: ['Open Hasson entry at the umbilicus, 5 mm ports in the suprapubic and LLQ positions.', 'Patient in Trendelenburg, left side down.', 'Appendix identified at the confluence of the taeniae; mesoappendix divided with LigaSure.', 'Base stapled with an Endo GIA purple load.', 'Pelvis irrigated until clear.', 'Specimen removed in a bag through the umbilical port.', 'Skin closed with 4-0 Monocryl and Steri-Strips.'],
    specimen: 'appendix', drains: ['none', 'none', '15 Fr JP to pelvis'], wound: 'III',
  },
  {
    name: 'Open right inguinal hernia repair with mesh (Lichtenstein)', short: 'R IHR', dx: 'reducible right inguinal hernia', cpt: '49505', mins: [50, 100], ebl: [5, 30],
    findings: ['Indirect hernia sac, cord lipoma', 'Direct defect with attenuated floor', 'Pantaloon hernia'], implant: 'Bard soft mesh 6x14 cm',
    steps: ['Oblique incision over the inguinal canal, Scarpa fascia divided.', 'External oblique opened in the direction of its fibers, ilioinguinal nerve identified and protected.', 'Cord encircled with a Penrose drain.', 'Indirect sac dissected to the internal ring, high ligation with 2-0 silk.', 'Mesh sutured to the shelving edge of the inguinal ligament with running 2-0 Prolene and to the conjoint tendon.', 'External oblique closed with 2-0 Vicryl, skin with 4-0 Monocryl.', 'Exparel infiltrated.'],
    specimen: 'hernia sac / cord lipoma', drains: ['none'], wound: 'I',
  },
  {
    name: 'Exploratory laparotomy, small bowel resection with primary anastomosis', short: 'ex lap SBR', dx: 'small bowel obstruction with closed-loop and ischemia', cpt: '44120', mins: [110, 240], ebl: [50, 400],
    findings: ['Closed-loop obstruction from a single band adhesion', 'Approximately 40 cm of dusky ileum that did not recover after warm packs', 'Internal hernia', 'Feculent ascites'],
    steps: ['Midline laparotomy, Bookwalter retractor placed.', 'Bowel run from the ligament of Treitz to the ileocecal valve.', 'Band lysed; nonviable segment resected with GIA staplers.', 'Side-to-side functional end-to-end stapled anastomosis, common enterotomy closed with TA stapler, crotch stitch placed.', 'Mesenteric defect closed with 3-0 Vicryl.', 'Abdomen irrigated with 3 L warm saline.', 'Fascia closed with looped #1 PDS, skin stapled.'],
    specimen: 'segment of ileum', drains: ['none', '19 Fr Blake'], wound: 'II',
  },
  {
    name: 'Robotic sigmoid colectomy', short: 'robotic sigmoid', dx: 'recurrent sigmoid diverticulitis', cpt: '44207', mins: [150, 300], ebl: [25, 250],
    findings: ['Thickened sigmoid with phlegmon adherent to the bladder dome', 'Left ureter identified and preserved', 'Good blood supply to the descending colon', 'No colovesical fistula'],
    steps: ['Ports placed under direct vision, da Vinci Xi docked.', 'Medial-to-lateral dissection, IMA pedicle divided with the vessel sealer.', 'Splenic flexure partially mobilized.', 'Distal transection at the upper rectum with a 60 mm stapler.', 'Specimen extracted through a Pfannenstiel incision with a wound protector.', 'End-to-end anastomosis with a 29 mm EEA stapler, leak test negative, donuts complete.', 'Fascia closed with 0 PDS.'],
    specimen: 'sigmoid colon', drains: ['none'], wound: 'II',
  },
  {
    name: 'Pancreaticoduodenectomy (Whipple)', short: 'Whipple', dx: 'pancreatic head adenocarcinoma', cpt: '48150', mins: [300, 540], ebl: [250, 900],
    findings: ['No peritoneal or hepatic metastases', 'SMV dissected free of tumor', 'Soft pancreas, 3 mm duct', 'Replaced right hepatic artery preserved'],
    steps: ['Bilateral subcostal incision.', 'Kocher maneuver performed widely.', 'Gastroduodenal artery test-clamped then ligated.', 'Common bile duct divided above the cystic duct entry, cholecystectomy performed.', 'Pancreatic neck divided over the SMV.', 'Duct-to-mucosa pancreaticojejunostomy with 5-0 PDS, hepaticojejunostomy with interrupted 5-0 PDS, antecolic duodenojejunostomy.', 'Two 19 Fr Blake drains placed near the anastomoses.'],
    specimen: 'pancreatic head, duodenum, gallbladder', drains: ['two 19 Fr Blake drains'], wound: 'II',
  },
  {
    name: 'Laparoscopic Nissen fundoplication with hiatal hernia repair', short: 'lap Nissen', dx: 'GERD with type III paraesophageal hernia', cpt: '43281', mins: [120, 220], ebl: [10, 75],
    findings: ['Large hiatal defect, 5 cm', 'Short gastric vessels taken', 'Floppy 2 cm wrap over a 54 Fr bougie'],
    steps: ['Nathanson liver retractor placed.', 'Hernia sac reduced, crura dissected.', 'Short gastrics divided with the harmonic scalpel.', 'Crura closed posteriorly with interrupted 0 Ethibond.', 'A 2 cm 360-degree wrap created over a 54 Fr bougie.'],
    specimen: 'none', drains: ['none'], wound: 'I',
  },
  {
    name: 'Total thyroidectomy', short: 'total thyroid', dx: 'multinodular goiter with compressive symptoms', cpt: '60240', mins: [90, 180], ebl: [10, 80],
    findings: ['Both recurrent laryngeal nerves identified and preserved, NIM signal intact', 'Two parathyroids identified on each side', 'Substernal extension on the left', 'Graves disease gland, hypervascular'],
    steps: ['Kocher transverse collar incision.', 'Subplatysmal flaps raised, strap muscles divided at the midline.', 'Superior pole vessels ligated close to the gland.', 'Recurrent laryngeal nerve traced to the ligament of Berry.', 'Gland removed, hemostasis with bipolar, Valsalva to 30 cmH2O.', 'Platysma closed with 3-0 Vicryl, skin with 5-0 Monocryl subcuticular.'],
    specimen: 'thyroid', drains: ['none', '10 Fr JP'], wound: 'I',
  },
  {
    name: 'Left breast lumpectomy with sentinel lymph node biopsy', short: 'L lumpectomy/SLNB', dx: 'left breast invasive ductal carcinoma', cpt: '19301', mins: [60, 140], ebl: [5, 40],
    findings: ['Two hot, blue sentinel nodes', 'Savi Scout reflector retrieved in the specimen', 'Margins inked, specimen radiograph confirms clip'],
    steps: ['Technetium injected preop by nuclear medicine; 5 mL isosulfan blue injected subareolar.', 'Axillary incision; sentinel nodes identified with the Neoprobe, background counts < 10%.', 'Periareolar incision, lesion localized with the Savi Scout probe.', 'Specimen oriented with short-superior, long-lateral sutures.', 'Cavity marked with clips, breast tissue reapproximated.'],
    specimen: 'left breast lesion, sentinel lymph nodes x2', drains: ['none'], wound: 'I',
  },
  {
    name: 'Left radiocephalic arteriovenous fistula creation', short: 'L RC AVF', dx: 'ESRD, needs dialysis access', cpt: '36821', mins: [60, 130], ebl: [5, 25],
    findings: ['Cephalic vein 3.2 mm', 'Strong thrill at the end of the case', 'Radial artery soft, 2.5 mm'],
    steps: ['Longitudinal incision at the wrist.', 'Cephalic vein mobilized and distended with heparinized saline.', 'End-of-vein to side-of-artery anastomosis with running 7-0 Prolene.', 'Palpable thrill and audible bruit confirmed.', 'Skin closed with 4-0 Monocryl.'],
    specimen: 'none', drains: ['none'], wound: 'I',
  },
  {
    name: 'Right carotid endarterectomy with patch angioplasty', short: 'R CEA', dx: 'symptomatic right ICA stenosis 80%', cpt: '35301', mins: [100, 200], ebl: [50, 200], implant: 'bovine pericardial patch',
    findings: ['Ulcerated plaque at the bifurcation', 'Good back-bleeding from the ICA', 'Stump pressure 48'],
    steps: ['Incision along the anterior border of the sternocleidomastoid.', 'Facial vein ligated, hypoglossal nerve protected.', 'Heparin 100 units/kg given, ACT checked.', 'ICA, CCA and ECA clamped; arteriotomy carried beyond the plaque.', 'Endarterectomy performed with a Freer elevator.', 'Patch sewn with running 6-0 Prolene, flushed and unclamped.'],
    specimen: 'carotid plaque', drains: ['none', '7 Fr JP'], wound: 'I',
  },
  {
    name: 'Right below-knee amputation', short: 'R BKA', dx: 'nonhealing right foot wound with osteomyelitis, PAD', cpt: '27880', mins: [60, 130], ebl: [50, 300],
    findings: ['Viable posterior flap muscle', 'Tibia beveled', 'Posterior tibial artery calcified'],
    steps: ['Tourniquet not used.', 'Long posterior flap marked 12 cm below the tibial tuberosity.', 'Tibia divided with the Gigli saw and beveled, fibula cut 2 cm proximal.', 'Vessels suture-ligated with 0 silk, nerves placed on tension and cut sharply.', 'Fascia closed with 0 Vicryl, skin with staples.', 'Soft dressing and knee immobilizer.'],
    specimen: 'right lower leg', drains: ['none'], wound: 'III',
  },
  {
    name: 'Incision and drainage of perianal abscess', short: 'I&D perianal abscess', dx: 'perianal abscess', cpt: '46050', mins: [20, 45], ebl: [5, 20],
    findings: ['10 mL frank pus expressed', 'No fistula tract identified', 'Horseshoe component to the left'],
    steps: ['Prone jackknife position.', 'Cruciate incision over the point of maximal fluctuance.', 'Loculations broken with a hemostat, cavity irrigated.', 'Packed with iodoform gauze.'],
    specimen: 'culture sent', drains: ['none', 'Penrose drain'], wound: 'IV',
  },
  {
    name: 'Laparoscopic sleeve gastrectomy', short: 'lap sleeve', dx: 'morbid obesity, BMI 46', cpt: '43775', mins: [70, 150], ebl: [10, 60],
    findings: ['Small hiatal hernia, repaired', 'No staple-line bleeding', 'Negative leak test with methylene blue'],
    steps: ['Greater curvature mobilized 5 cm from the pylorus to the angle of His.', 'Sleeve created over a 36 Fr bougie with sequential staple loads.', 'Staple line oversewn.', 'Leak test with EGD negative.'],
    specimen: 'greater curvature of stomach', drains: ['none'], wound: 'II',
  },
  {
    name: 'Deceased donor kidney transplant, left iliac fossa', short: 'DDKT', dx: 'ESRD secondary to diabetic nephropathy', cpt: '50360', mins: [180, 330], ebl: [100, 400],
    findings: ['Single artery on a Carrel patch', 'Good turgor and immediate urine production', 'Ureteral stent placed'],
    steps: ['Gibson incision in the left lower quadrant, retroperitoneal space developed.', 'External iliac artery and vein dissected.', 'Renal vein to external iliac vein end-to-side with 6-0 Prolene, artery with 6-0 Prolene.', 'Reperfusion after mannitol and Lasix.', 'Lich-Gregoir ureteroneocystostomy over a 6 Fr double-J stent.'],
    specimen: 'none', drains: ['19 Fr Blake'], wound: 'II',
  },
  {
    name: 'Tunneled port-a-cath placement, right internal jugular', short: 'port placement', dx: 'need for chemotherapy access', cpt: '36561', mins: [30, 60], ebl: [2, 10], implant: 'PowerPort 8 Fr',
    findings: ['Catheter tip at the cavoatrial junction on fluoroscopy', 'Good blood return and flushes easily'],
    steps: ['Ultrasound-guided access of the right IJ with a micropuncture needle.', 'Wire advanced under fluoroscopy.', 'Pocket created on the anterior chest wall.', 'Catheter tunneled and cut to length, placed via peel-away sheath.', 'Port accessed and flushed with heparinized saline.'],
    specimen: 'none', drains: ['none'], wound: 'I',
  },
  {
    name: 'Hartmann reversal (colostomy takedown) with loop ileostomy', short: 'Hartmann reversal', dx: 'end colostomy after perforated diverticulitis', cpt: '44626', mins: [180, 330], ebl: [100, 350],
    findings: ['Dense pelvic adhesions', 'Rectal stump identified with EEA sizer', 'Tension-free anastomosis'],
    steps: ['Colostomy mobilized off the abdominal wall.', 'Laparotomy, extensive adhesiolysis.', 'Splenic flexure mobilized.', 'Stapled colorectal anastomosis with 29 mm EEA, air leak test negative.', 'Diverting loop ileostomy matured in the RLQ with Brooke technique.'],
    specimen: 'colostomy', drains: ['none'], wound: 'II',
  },
];

const ANESTHESIA_DRUGS = ['propofol', 'rocuronium', 'sugammadex', 'fentanyl', 'midazolam', 'ketamine', 'dexmedetomidine', 'ondansetron', 'dexamethasone', 'cefazolin', 'phenylephrine', 'ephedrine', 'glycopyrrolate', 'neostigmine', 'lidocaine', 'hydromorphone', 'esmolol', 'succinylcholine'];
const BRANDS = ['Ancef', 'Toradol', 'Dilaudid', 'Zofran', 'Decadron', 'Bridion', 'Exparel', 'Marcaine', 'Tylenol', 'Oxycodone', 'Lovenox', 'Eliquis', 'Plavix', 'Coumadin', 'Keflex', 'Flagyl', 'Zosyn', 'Protonix', 'Colace', 'Senna', 'MiraLAX', 'Gabapentin', 'Robaxin'];
const PMH = ['HTN', 'HLD', 'DM2 on metformin', 'insulin-dependent DM', 'CAD s/p PCI', 'afib on Eliquis', 'COPD', 'OSA on CPAP', 'CKD 3b', 'ESRD on HD MWF', 'hypothyroidism', 'Graves disease s/p RAI', 'GERD', 'obesity', 'Parkinson disease', "Crohn's disease", 'BPH', 'depression', 'anxiety', 'asthma', 'DVT on warfarin', 'HFrEF, EF 35%', 'cirrhosis, Child-Pugh A', 'prior stroke', 'Hashimoto thyroiditis', 'Raynaud phenomenon'];
const PSH = ['appendectomy', 'C-section', 'tonsillectomy', 'CABG', 'knee replacement', 'hysterectomy', 'cholecystectomy', 'inguinal hernia repair', 'carpal tunnel release', 'lap band', 'TURP', 'cataract surgery', 'spinal fusion', 'Nissen fundoplication', 'ORIF wrist'];
const ALLERGIES = ['NKDA', 'PCN (hives)', 'sulfa - rash', 'codeine (nausea)', 'latex', 'iodinated contrast', 'morphine - itching', 'NKDA', 'NKA', 'adhesive tape', 'vancomycin - red man'];
const HOLIDAYS = ['Thanksgiving', 'Christmas', 'New Year\'s Day', 'Labor Day', 'Memorial Day', 'the Fourth of July', 'Easter', 'Christmas Eve'];

// ---------------------------------------------------------------------------------------------
// Patient and encounter context
// ---------------------------------------------------------------------------------------------

interface Place { street: string; town: string; state: string; zip: string }
interface Patient {
  id: string; p: Person; age: number; dob: Ymd; mrn: string; addr: Place; phone: string; proc: Proc;
  rel: Person; relation: string; relPhone: string; pcp: Staff; pcpClinic: string; hosp: [string, string[]];
  insurer: string; member: string; employer: string; pharmacy: string; lang?: string; base: Ymd; facility?: string;
  church?: string; homeless: boolean; origin: string;
}

function phone(r: Rng): string {
  const a = pick(r, ['617', '508', '312', '614', '216', '419', '517', '612', '507', '563', '715', '802', '207', '503', '915', '505', '404', '859', '865', '217']);
  const x = `${int(r, 2, 9)}${digits(r, 2)}`;
  const l = digits(r, 4);
  return pick(r, [`(${a}) ${x}-${l}`, `${a}-${x}-${l}`, `${a}.${x}.${l}`, `${a} ${x} ${l}`, `${x}-${l}`, `(${a})${x}-${l}`]);
}
function mrn(r: Rng): string {
  return pick(r, [digits(r, 8), `${digits(r, 3)}-${digits(r, 2)}-${digits(r, 3)}`, `E${digits(r, 7)}`, `MR${digits(r, 6)}`, digits(r, 7), `${digits(r, 2)}${letters(r, 1)}${digits(r, 6)}`]);
}
function place(r: Rng): Place {
  const si = int(r, 0, STATES_FULL.length - 1);
  const street = `${int(r, 2, 9899)} ${pick(r, STREET_WORDS)} ${pick(r, STREET_TYPES)}${chance(r, 0.2) ? pick(r, [` Apt ${int(r, 1, 40)}${pick(r, ['', 'B', 'C'])}`, ` Unit ${int(r, 100, 420)}`, ` #${int(r, 2, 30)}`, ' Lot 14']) : ''}`;
  return { street, town: pick(r, TOWNS), state: chance(r, 0.6) ? (STATES_ABBR[si] as string) : (STATES_FULL[si] as string), zip: chance(r, 0.15) ? `${digits(r, 5)}-${digits(r, 4)}` : digits(r, 5) };
}

function makePatient(seed: number, idx: number): Patient {
  const r = mulberry32(mix(seed, 0x70000000 + idx));
  const sex: Sex = chance(r, 0.5) ? 'F' : 'M';
  const p = makePerson(r, sex);
  const age = chance(r, 0.12) ? int(r, 90, 104) : int(r, 19, 88);
  const base = { y: int(r, 2019, 2026), m: int(r, 1, 12), d: int(r, 1, 28) };
  const dob = { y: base.y - age - (chance(r, 0.5) ? 1 : 0), m: int(r, 1, 12), d: int(r, 1, 28) };
  const relation = pick(r, sex === 'F' ? ['husband', 'daughter', 'son', 'sister', 'partner', 'niece', 'mother', 'friend', 'wife'] : ['wife', 'daughter', 'son', 'brother', 'partner', 'nephew', 'mother', 'friend', 'husband']);
  return {
    id: `p${String(idx).padStart(4, '0')}`, p, age, dob, mrn: mrn(r), addr: place(r), phone: phone(r), proc: pick(r, PROCS),
    rel: makePerson(r, /^(husband|son|brother|nephew)$/.test(relation) ? 'M' : /^(wife|daughter|sister|niece|mother)$/.test(relation) ? 'F' : undefined), relation, relPhone: phone(r), pcp: staff(r, 'attending'), pcpClinic: pick(r, CLINICS), hosp: pick(r, HOSPITALS),
    insurer: pick(r, INSURERS), member: pick(r, [`${letters(r, 3)}${digits(r, 9)}`, `${digits(r, 4)}${letters(r, 2)}${digits(r, 4)}`, `W${digits(r, 8)}`, `${digits(r, 1)}${letters(r, 2)}${digits(r, 1)}-${letters(r, 2)}${digits(r, 1)}-${letters(r, 2)}${digits(r, 2)}`]),
    employer: pick(r, EMPLOYERS), pharmacy: pick(r, PHARMACIES), lang: chance(r, 0.18) ? pick(r, LANGUAGES) : undefined, base, facility: age > 80 || chance(r, 0.1) ? pick(r, FACILITIES) : undefined,
    church: chance(r, 0.2) ? pick(r, CHURCHES) : undefined, homeless: chance(r, 0.04), origin: pick(r, COUNTRIES),
  };
}

interface Ctx {
  r: Rng; pt: Patient; date: Ymd; k: number; surgeon: Staff; resident: Staff; anesth: Staff; crna: Staff; circ: Staff; scrub: Staff;
  pa: Staff; np: Staff; coord: Staff; room: string; orNo: number; caseNo: string; pod: number; upper: boolean;
}

/** Age: labelled only when > 89. */
function ageP(c: Ctx): P[] {
  const a = String(c.pt.age);
  const old = c.pt.age > 89;
  const sx = c.pt.p.sex;
  const k = int(c.r, 0, 6);
  const num: P = old ? { s: a, c: 'AGE' } : a;
  switch (k) {
    case 0: return [num, ' yo ', sx === 'F' ? 'F' : 'M'];
    case 1: return [num, '-year-old ', sx === 'F' ? 'woman' : 'man'];
    case 2: return [num, sx === 'F' ? 'F' : 'M'];
    case 3: return [num, ' y/o ', sx === 'F' ? 'female' : 'male'];
    case 4: return [num, 'yo', sx === 'F' ? 'F' : 'M'];
    case 5: return [num, ' year old ', sx === 'F' ? 'female' : 'male'];
    default: return [num, ' y.o. ', sx === 'F' ? 'F' : 'M'];
  }
}
function he(c: Ctx): string { return c.pt.p.sex === 'F' ? 'she' : 'he'; }
function his(c: Ctx): string { return c.pt.p.sex === 'F' ? 'her' : 'his'; }
function ptTitle(c: Ctx): string { return c.pt.p.sex === 'F' ? pick(c.r, ['Ms. ', 'Mrs. ', 'Ms ']) : pick(c.r, ['Mr. ', 'Mr ']); }
function hospName(c: Ctx): string { return chance(c.r, 0.5) ? c.pt.hosp[0] : pick(c.r, c.pt.hosp[1]); }
function otherHosp(c: Ctx): string {
  const h = pick(c.r, HOSPITALS);
  return chance(c.r, 0.5) ? h[0] : pick(c.r, h[1]);
}
function townState(c: Ctx): P[] {
  const t = chance(c.r, 0.5) ? c.pt.addr.town : pick(c.r, TOWNS);
  if (chance(c.r, 0.5)) return [L(t)];
  return [L(t), ', ', ST(chance(c.r, 0.5) ? pick(c.r, STATES_ABBR) : pick(c.r, STATES_FULL))];
}

// ---------------------------------------------------------------------------------------------
// Shared blocks
// ---------------------------------------------------------------------------------------------

function roomP(c: Ctx): P[] {
  return [pick(c.r, ['Rm ', 'Room ', 'rm ', 'Bed ', 'room #']), OT(c.room)];
}

function header(c: Ctx, d: Doc, title: string): void {
  const r = c.r; const pt = c.pt;
  const v = int(r, 0, 8);
  const dob = fdNum(r, pt.dob);
  if (v === 0) {
    d.ln('PATIENT: ', N(nm(r, pt.p, pick(r, [4, 6]))), '    MRN: ', ID(pt.mrn), '    DOB: ', D(dob));
    d.ln('DATE OF SERVICE: ', D(fdNum(r, c.date)), chance(r, 0.5) ? '' : `    LOCATION: ${pick(r, ['5 North', 'SICU', '7 West', 'PACU', 'Main OR', 'ASC'])}`);
    d.ln(title.toUpperCase()).blank();
  } else if (v === 1) {
    d.ln('Name: ', N(nm(r, pt.p, pick(r, [0, 1, 2, 5]))), ' | MRN ', ID(pt.mrn), ' | DOS ', D(fd(r, c.date, true)), ' | ', ...roomP(c));
    d.ln(title).blank();
  } else if (v === 2) {
    d.ln(L(hospName(c)));
    d.ln(pick(r, ['Department of Surgery', 'Division of General & Acute Care Surgery', 'Surgical Services', 'Perioperative Services']));
    d.ln(title.toUpperCase()).blank();
    d.ln('Patient: ', N(nm(r, pt.p, pick(r, [1, 2, 4]))), '   Acct #: ', ID(`${digits(r, 10)}`));
    d.ln('DOB: ', D(dob), '   Date: ', D(fd(r, c.date, true)));
    d.blank();
  } else if (v === 3) {
    d.ln(title, ' ', D(fd(r, c.date)), chance(r, 0.5) ? ` ${hhmm(r)}` : '').blank();
  } else if (v === 4) {
    d.ln('Pt: ', N(nm(r, pt.p, pick(r, [3, 1, 9]))), ' (MRN ', ID(pt.mrn), ') ', ...ageP(c));
    d.ln(title, ' -- ', D(fd(r, c.date))).blank();
  } else if (v === 5) {
    d.ln(title, ' -- ', L(hospName(c)), ' -- ', D(fd(r, c.date, true)), ' ', clock(r)).blank();
  } else if (v === 6) {
    d.ln('[', N(nm(r, pt.p, pick(r, [1, 4]))), '] [', ID(pt.mrn), '] [DOB ', D(dob), '] [Attending: ', ...ref(r, c.surgeon), ']');
    d.ln(title).blank();
  } else if (v === 7) {
    d.ln(title).blank();
  } else {
    d.ln(title.toUpperCase(), '  ', D(fd(r, c.date, true)));
    d.ln('Pt ', N(nm(r, pt.p, pick(r, [0, 3, 8]))), ', ', ...roomP(c), ', CSN ', ID(digits(r, 9))).blank();
  }
}

function yearList(c: Ctx, items: string[]): P[] {
  const r = c.r; const out: P[] = [];
  items.forEach((it, i) => {
    if (i > 0) out.push(pick(r, [', ', '; ', ', ']));
    out.push(it);
    const u = r();
    const yr = int(r, 1968, c.date.y - 1);
    if (u < 0.3) out.push(' ', Y(String(yr)));
    else if (u < 0.42) out.push(' ', Y(`'${String(yr).slice(2)}`));
    else if (u < 0.52) out.push(' (', Y(String(yr)), ')');
    else if (u < 0.6) out.push(' in ', Y(String(yr)));
    else if (u < 0.64) out.push(' at ', L(otherHosp(c)), ' ', Y(String(yr)));
    else if (u < 0.66) out.push(' ', Y(`${String(yr).slice(2)}'`));
    else if (u < 0.68) out.push(' ', D(`${int(r, 1, 12)}/${yr}`));
  });
  return out;
}

function pmhBlock(c: Ctx, d: Doc, terse: boolean): void {
  const r = c.r;
  const pmh = some(r, PMH, 1, 5);
  const psh = some(r, PSH, 0, 3);
  if (terse) {
    d.ln('PMH: ', ...yearList(c, pmh));
    d.ln('PSH: ', ...(psh.length ? yearList(c, psh) : ['none']));
  } else {
    d.ln('Past Medical History:');
    for (const x of pmh) d.ln('- ', ...yearList(c, [x]));
    d.ln('Past Surgical History:');
    if (!psh.length) d.ln('- denies');
    for (const x of psh) d.ln('- ', ...yearList(c, [x]));
  }
  d.ln(pick(r, ['Meds: ', 'Medications: ', 'Home meds: ']), some(r, BRANDS, 2, 5).join(', ').toLowerCase().replace(/^./, (m) => m.toUpperCase()));
  d.ln(pick(r, ['Allergies: ', 'ALL: ', 'Allergies - ']), pick(r, ALLERGIES));
}

function socialBlock(c: Ctx, d: Doc): void {
  const r = c.r; const pt = c.pt;
  const xs: P[][] = [];
  if (pt.homeless) xs.push(['Currently staying at ', L(pick(r, SHELTERS)), pick(r, ['', ' in ', ' downtown']), ...(chance(r, 0.4) ? [L(pt.addr.town)] : [])]);
  else if (pt.facility) xs.push(['Resides at ', L(pt.facility), ' in ', L(pt.addr.town)]);
  else if (chance(r, 0.15)) xs.push(['Lives on a farm in rural ', L(pick(r, COUNTIES)), ', ', pick(r, ['45 min', '1 h', '90 minutes']), ' from here']);
  else xs.push([pick(r, ['Lives in ', 'Lives with ' + pt.relation + ' in ', 'From ']), L(pt.addr.town), ...(chance(r, 0.4) ? [', ', ST(pt.addr.state)] : [])]);
  if (chance(r, 0.5)) xs.push([pick(r, ['Works at ', 'Employed by ', 'Retired from ', 'Works for ']), L(pt.employer)]);
  if (chance(r, 0.3)) xs.push(['Originally from ', pt.origin === 'Philippines' ? 'the ' : '', ST(pt.origin), ', moved here in ', Y(String(int(r, 1975, c.date.y - 1)))]);
  if (pt.church && chance(r, 0.7)) xs.push(['Active at ', L(pt.church), '; ', pick(r, ['Rev. ', 'Father ', 'Pastor ', 'Imam ']), N(makePerson(r).last), ' visits']);
  xs.push([pick(r, ['Tob: ', 'Tobacco: ', 'Smoking: ']), ...(chance(r, 0.3) ? ['former, quit ', Y(String(int(r, 1990, c.date.y - 1)))] : [pick(r, ['never', 'former', '1 ppd x 30 yrs', 'vapes', '40 pack-years, quit'])])]);
  xs.push([pick(r, ['EtOH: ', 'Alcohol: ']), pick(r, ['social', 'none', '2-3 beers/night', 'rare'])]);
  d.ln(pick(r, ['Social: ', 'SH: ', 'Social History: ']), ...xs.flatMap((x, i) => (i ? ['. ', ...x] : x)), '.');
}

/** Family / contact line. */
function contactLine(c: Ctx): P[] {
  const r = c.r; const pt = c.pt;
  const k = int(r, 0, 5);
  if (k === 0) return ['Emergency contact: ', N(nm(r, pt.rel, pick(r, [0, 1]))), ` (${pt.relation}) `, PH(pt.relPhone)];
  if (k === 1) return [`HCP/${pt.relation}: `, N(`${pt.rel.first} ${pt.rel.last}`), ', cell ', PH(pt.relPhone)];
  if (k === 2) return [`${pt.relation.charAt(0).toUpperCase()}${pt.relation.slice(1)} `, N(pt.rel.first), ' at bedside, can be reached at ', PH(pt.relPhone)];
  if (k === 3) return ['NOK ', N(nm(r, pt.rel, 4)), ' ', PH(pt.relPhone)];
  if (k === 5) return [({ daughter: 'dtr', husband: 'hus', sister: 'sis', brother: 'bro' } as Record<string, string>)[pt.relation] ?? pt.relation, ' ', N(pt.rel.first), ' ', PH(pt.relPhone), ' ok to leave msg'];
  return ['Updated ', pt.relation, ' ', N(pt.rel.first), ' by phone (', PH(pt.relPhone), ')'];
}

function signoff(c: Ctx, d: Doc, who: Staff): void {
  const r = c.r;
  let v = int(r, 0, 10);
  if ((v === 3 || v === 5) && who.role !== 'resident' && who.role !== 'attending') v = 0;
  d.blank();
  if (v === 0) d.ln('Electronically signed by: ', ...sig(r, who, 2), ' on ', D(fdNum(r, c.date)), ' at ', hhmm(r));
  else if (v === 1) d.ln('-- ', ...sig(r, who, 5), '  pager ', PH(`${int(r, 2, 7)}-${digits(r, 4)}`));
  else if (v === 2) d.ln(...sig(r, who, 4), ' / pgr ', PH(phone(r)));
  else if (v === 3) {
    d.ln('Seen and discussed with ', ...ref(r, c.surgeon), ', who agrees with the plan.');
    d.ln(...sig(r, c.resident, 5), ' ', PH(`x${digits(r, 4)}`));
  } else if (v === 4) {
    d.ln(...sig(r, who, 2));
    d.ln('D: ', D(fdNum(r, c.date)), ' ', hhmm(r), '  T: ', D(fdNum(r, addDays(c.date, int(r, 0, 2)))), ' ', hhmm(r));
    d.ln(N(initials(who.p, true)), '/', N(initials(makePerson(r), true)), '  Job #: ', ID(digits(r, 7)));
  } else if (v === 5) {
    d.ln('Attending attestation: I saw and evaluated the patient with the resident and agree with the findings and plan as documented.');
    d.ln(...sig(r, c.surgeon, 5), '  ', D(fd(r, c.date)));
  } else if (v === 6) d.ln(N(initials(who.p)), ' ', who.cred.split(/[ ,]/)[0] as string);
  else if (v === 7) {
    d.ln('Discussed with ', ...ref(r, c.surgeon), ' (attending).');
    d.ln(...sig(r, who, 3), ', ', PH(`x${digits(r, 4)}`));
  } else if (v === 8) {
    const e = `${who.p.first.charAt(0)}${who.p.last.replace(/[^A-Za-z]/g, '')}`.toLowerCase();
    d.ln(...sig(r, who, 5));
    d.ln('Questions: ', EM(`${e}@${pick(r, WEB_DOMAINS)}`), ' or ', PH(phone(r)));
  } else if (v === 9) d.ln(N(`${who.p.first} ${who.p.last}`), ' ', who.cred, ' ', D(fd(r, c.date)), ' ', clock(r));
  else d.ln('Signed: ', ...sig(r, who), ' - ', pick(r, ['General Surgery', 'Acute Care Surgery', 'Trauma', 'Surgical Oncology', 'Transplant Surgery', 'Vascular Surgery']));
}

// ---------------------------------------------------------------------------------------------
// Clinical filler that carries the tricky non-PHI (eponyms, word-names used as words, numbers)
// ---------------------------------------------------------------------------------------------

const VITALS = (r: Rng): string => `T ${pick(r, ['36.8', '37.2', '38.4', '36.5', '37.9', '98.6F', '100.4F'])} HR ${int(r, 58, 124)} BP ${int(r, 92, 168)}/${int(r, 48, 96)} RR ${int(r, 12, 26)} SpO2 ${int(r, 90, 100)}% ${pick(r, ['RA', '2L NC', 'on 4L', 'RA'])}`;
const LABS = (r: Rng): string => pick(r, [
  `WBC ${int(r, 4, 22)}.${int(r, 0, 9)}, Hgb ${int(r, 7, 15)}.${int(r, 0, 9)}, Plt ${int(r, 90, 420)}, Cr ${int(r, 0, 3)}.${int(r, 1, 9)}, K ${int(r, 3, 5)}.${int(r, 0, 9)}`,
  `CBC ${int(r, 5, 19)}>${int(r, 8, 14)}<${int(r, 120, 380)}, BMP unremarkable, lactate ${int(r, 0, 4)}.${int(r, 0, 9)}`,
  `Na ${int(r, 128, 144)} K ${int(r, 3, 5)}.${int(r, 1, 9)} Cl ${int(r, 96, 110)} CO2 ${int(r, 18, 30)} BUN ${int(r, 8, 60)} Cr ${int(r, 0, 4)}.${int(r, 1, 9)} Glu ${int(r, 80, 260)}`,
  `INR ${int(r, 0, 2)}.${int(r, 0, 9)}, albumin ${int(r, 2, 4)}.${int(r, 0, 9)}, lipase ${int(r, 20, 900)}, T bili ${int(r, 0, 3)}.${int(r, 1, 9)}`,
  `Hgb ${int(r, 7, 13)}.${int(r, 0, 9)} (from ${int(r, 9, 14)}.${int(r, 0, 9)}), 2/4 blood cultures GPC in clusters`,
]);
const TRICKY = [
  'Foley to gravity, clear yellow urine.', 'Foley removed this AM, voiding.', 'No frank blood in the ostomy bag.', 'NGT output bilious, no frank blood.', 'Hope to advance diet tomorrow if passing flatus.',
  'We will follow along.', 'Will follow daily.', 'Pain 10/10 on arrival, now 4/10 after Dilaudid.', 'Strength 5/5 bilateral lower extremities, Babinski downgoing.', 'Negative Murphy sign.', 'Positive Rovsing sign, tender at McBurney\'s point.',
  'No Cullen or Grey Turner sign.', 'SCDs on, Lovenox 40 daily.', 'Incentive spirometer 1250 mL.', 'JP with 30 mL serosanguinous output.', 'Hx Graves disease, euthyroid on methimazole.', 'Known Parkinson disease, carbidopa-levodopa given on schedule.',
  'Hx Crohn\'s, last flare two years ago.', 'Wound VAC at -125 mmHg continuous, good seal.', 'Stone seen in the CBD on MRCP.', 'Hx of kidney stone, passed spontaneously.', 'BP 120/80 on recheck.', 'Tolerated the Thanksgiving meal without pain.', 'Mark the site in preop holding.', 'Bill to be reviewed by case management.',
  'Patient in good spirits.', 'Call bell within reach.', 'Temp rose to 38.9 overnight, cultures sent.', 'White count trending down.', 'Will need PT eval before dispo.',
  'Green bilious output from the NGT.', 'Young and motivated, walking laps.', 'Strong thrill over the fistula.', 'Dawn labs pending.', 'Brown stool in the bag, no frank blood.',
  'Long-acting insulin reduced by half while NPO.', 'Price of the wound VAC discussed with case management.', 'Bell-clapper deformity ruled out on US.', 'Saving grace: no leak on the swallow study.', 'Incision c/d/i, Steri-Strips in place.', 'Tolerating clears, will advance as tolerated.', 'Ambulated in the hall x3 with PT.', 'Glasgow Coma Scale 15.', 'Trendelenburg for line placement.',
];
function tricky(r: Rng, n: number): string {
  return some(r, TRICKY, n, n).join(' ');
}
function dayRef(c: Ctx): P[] {
  const r = c.r;
  const u = r();
  if (u < 0.3) return [weekday(c.date)];
  if (u < 0.5) return [pick(r, ['this AM', 'overnight', 'yesterday', 'last night'])];
  if (u < 0.6) return ['over ', pick(r, HOLIDAYS), ' weekend'];
  return ['on ', D(fd(r, addDays(c.date, -int(r, 1, 6))))];
}

// ---------------------------------------------------------------------------------------------
// Styles
// ---------------------------------------------------------------------------------------------

type StyleFn = (c: Ctx, d: Doc) => void;

const preopHp: StyleFn = (c, d) => {
  const r = c.r; const pt = c.pt; const pr = pt.proc;
  header(c, d, pick(r, ['Pre-operative History & Physical', 'PREOP H&P', 'Surgical H&P', 'History and Physical - Pre-procedure']));
  const terse = chance(r, 0.5);
  d.ln(terse ? 'CC: ' : 'Chief complaint: ', pick(r, ['RUQ pain', 'groin bulge', 'abd pain', 'neck mass', 'nonhealing wound', 'referred for surgery', 'reflux', 'weight']));
  d.w(terse ? 'HPI: ' : 'HPI: ', ...ageP(c), ` with ${pick(r, PMH)} referred by `, ...ref(r, pt.pcp), ' (', L(pt.pcpClinic), `) for ${pr.dx}. `);
  if (chance(r, 0.2)) d.w('Initially seen at an urgent care in ', ...townState(c), '. ');
  if (chance(r, 0.6)) d.w('Imaging done at ', L(otherHosp(c)), ' on ', D(fd(r, addDays(c.date, -int(r, 7, 90)))), ' showed findings consistent. ');
  d.ln(`Presents today for ${pr.short}. ${tricky(r, 1)}`);
  if (chance(r, 0.5)) { pmhBlock(c, d, terse); socialBlock(c, d); } else { socialBlock(c, d); pmhBlock(c, d, terse); }
  if (chance(r, 0.5)) d.ln('FHx: ', pick(r, ['mother with breast ca', 'no bleeding disorders', 'father MI at 52', 'no anesthesia problems in family', 'noncontributory']));
  d.ln('Exam: ', VITALS(r));
  d.ln(pick(r, ['Gen: NAD. ', 'General: well appearing. ']), pick(r, ['CV RRR. Lungs CTAB. ', 'Heart regular, lungs clear. ']), pick(r, ['Abd soft, ND, mild RUQ TTP.', 'Reducible bulge R groin, cough impulse.', 'Abd obese, well-healed Pfannenstiel scar.', 'Neck with palpable goiter, trachea midline.']));
  d.ln('Labs ', D(fd(r, addDays(c.date, -int(r, 1, 14)))), ': ', LABS(r));
  d.ln(pick(r, ['A/P: ', 'Assessment/Plan: ', 'IMPRESSION/PLAN: ']), ...ageP(c), ` with ${pr.dx}. Plan ${pr.name.toLowerCase()} with `, ...ref(r, c.surgeon), ' on ', D(fd(r, addDays(c.date, int(r, 1, 21)))), ' at ', L(hospName(c)), '.');
  const items = shuffle(r, [
    `- NPO after midnight`, `- hold ${pick(r, ['Eliquis 48 h', 'Plavix 5 days', 'metformin AM of surgery', 'Coumadin 5 days, bridge per cardiology'])}`,
    `- type and screen`, `- consent signed, in chart`, `- ${pick(r, ['cardiac clearance obtained', 'EKG NSR', 'CXR clear'])}`, `- chlorhexidine wash night before`,
  ]).slice(0, int(r, 3, 6));
  for (const it of items) d.ln(it);
  if (chance(r, 0.4)) d.ln('- cardiology clearance letter from ', ...ref(r, staff(r, 'attending')), ' at ', L(pick(r, CLINICS)), ', fax ', PH(phone(r)));
  if (chance(r, 0.3)) d.ln(...contactLine(c));
  signoff(c, d, chance(r, 0.5) ? c.pa : c.resident);
};

const consult: StyleFn = (c, d) => {
  const r = c.r; const pt = c.pt;
  header(c, d, pick(r, ['General Surgery Consult', 'ACS CONSULT NOTE', 'Surgical Consultation', 'Surgery consult', 'Colorectal Surgery Consult']));
  const requester = staff(r, 'attending');
  const v = int(r, 0, 2);
  if (v === 0) d.ln('Consult requested by ', ...ref(r, requester), ' (', pick(r, ['hospitalist', 'ED', 'MICU', 'medicine']), ') for ', pick(r, ['abd pain', 'SBO', 'possible appendicitis', 'cholecystitis', 'GI bleed', 'necrotizing soft tissue infection?']), '.');
  else if (v === 1) d.ln('Reason for consult: ', pick(r, ['free air on CT', 'RLQ pain', 'incarcerated hernia', 'perianal abscess']), '   Requesting: ', ...sig(r, requester, 2));
  else d.ln('Asked to see this ', ...ageP(c), ' by ', ...ref(r, requester), ' re: ', pick(r, ['abdominal pain', 'wound', 'dusky toes', 'elevated lipase']), '.');
  d.blank();
  d.ln('HPI: ', ...(chance(r, 0.5) ? [ptTitle(c), N(pt.p.last)] : [N(nm(r, pt.p, 0))]), ` is a ${pt.age > 89 ? '' : pt.age + ' yo '}`, ...(pt.age > 89 ? [{ s: String(pt.age), c: 'AGE' }, ' yo '] : []), `with ${some(r, PMH, 1, 3).join(', ')} who presents with ${pick(r, ['2 days', '12 hours', '1 week', '3 days'])} of pain, ${pick(r, ['nausea and vomiting', 'no flatus', 'fevers', 'anorexia'])}. Transferred from `, L(otherHosp(c)), ...(chance(r, 0.5) ? [' in ', L(pick(r, TOWNS))] : []), ' ', ...dayRef(c), '.');
  if (chance(r, 0.5)) d.ln(`Last BM ${pick(r, ['2 days ago', 'yesterday', 'this AM'])}. ${pick(r, ['Denies hematochezia.', 'Reports frank blood per rectum x1.', 'No melena.'])}`);
  pmhBlock(c, d, true);
  if (chance(r, 0.6)) socialBlock(c, d);
  d.ln('Exam: ', VITALS(r));
  d.ln(pick(r, ['Abd: distended, tympanic, diffusely tender, no peritonitis.', 'Abd: soft, focal RLQ tenderness, positive Rovsing.', 'Abd: RUQ tenderness with positive Murphy sign.', 'Abd: firm, exquisitely tender incarcerated left groin hernia.', 'Perianal: fluctuant 4 cm area at 7 o\'clock.']));
  d.ln('Labs: ', LABS(r));
  d.ln('Imaging: CT A/P ', D(fd(r, c.date)), ' ', pick(r, ['- dilated SB with transition point in the RLQ.', '- appendix 11 mm with periappendiceal stranding, no abscess.', '- GB wall thickening, pericholecystic fluid.', '- pneumoperitoneum, sigmoid diverticulitis.']));
  d.ln(pick(r, ['Impression/Recs:', 'A/P:', 'ASSESSMENT AND PLAN:']));
  const recs = shuffle(r, ['NPO, IVF', 'NGT to LIWS', 'serial abdominal exams', `${pick(r, ['Zosyn', 'ceftriaxone/Flagyl', 'Ertapenem'])}`, 'will book for OR tonight', 'hope to avoid operation', 'we will follow', 'PT/INR, type and cross', 'Gastrografin challenge']);
  recs.slice(0, int(r, 3, 6)).forEach((x, i) => d.ln(`${i + 1}. ${x}`));
  const u = r();
  if (u < 0.5) d.ln('Case discussed with ', ...ref(r, c.surgeon), ', on call for ', pick(r, ['ACS', 'general surgery', 'colorectal']), '.');
  else if (u < 0.75) d.ln('Will add on to Dr. ', N(c.surgeon.p.last), "'s list ", pick(r, ['tonight', 'tomorrow AM', `${pick(r, WEEKDAYS)}`]), '.');
  if (chance(r, 0.35)) d.ln(...contactLine(c));
  signoff(c, d, c.resident);
};

function implantLine(c: Ctx, pr: Proc): P[] {
  const r = c.r;
  if (!pr.implant) return ['none'];
  return [pr.implant, ', lot ', OT(`${letters(r, 2)}${digits(r, 6)}`), ...(chance(r, 0.5) ? [', SN ', OT(`${digits(r, 4)}-${letters(r, 1)}${digits(r, 5)}`)] : [])];
}

const briefOp: StyleFn = (c, d) => {
  const r = c.r; const pt = c.pt; const pr = pt.proc;
  const caps = chance(r, 0.5);
  const lab = (a: string, b: string): string => (caps ? a : b);
  if (chance(r, 0.7)) header(c, d, pick(r, ['Brief Op Note', 'BRIEF OPERATIVE NOTE', 'Immediate Post-Op Note', 'Brief op note']));
  else d.ln(pick(r, ['Brief op note - ', 'OP NOTE ', 'post op note ']), D(fd(r, c.date))).blank();
  const ebl = int(r, pr.ebl[0], pr.ebl[1]);
  const fields: P[][] = [
    [lab('PREOPERATIVE DIAGNOSIS: ', 'Pre-op dx: '), pr.dx],
    [lab('POSTOPERATIVE DIAGNOSIS: ', 'Post-op dx: '), chance(r, 0.7) ? 'same' : `${pr.dx}, ${pick(r, ['perforated', 'with adhesions', 'gangrenous'])}`],
    [lab('PROCEDURE: ', 'Procedure: '), pr.name],
    [lab('SURGEON: ', 'Surgeon: '), ...sig(r, c.surgeon, pick(r, [0, 2, 3]))],
    [lab('ASSISTANT: ', 'Asst: '), ...sig(r, c.resident, pick(r, [2, 3, 5])), ...(chance(r, 0.4) ? ['; ', ...sig(r, c.pa, 5)] : [])],
    [lab('ANESTHESIA: ', 'Anesthesia: '), pick(r, ['GETA', 'general', 'MAC with local', 'spinal', 'LMA']), ...(chance(r, 0.5) ? [' (', ...ref(r, c.anesth), ')'] : [])],
    [lab('EBL: ', 'EBL: '), `${ebl} mL`],
    [lab('FLUIDS: ', 'IVF: '), `${int(r, 5, 30) * 100} mL LR`],
    [lab('UOP: ', 'UOP: '), chance(r, 0.5) ? `${int(r, 50, 900)} mL` : 'not measured'],
    [lab('DRAINS: ', 'Drains: '), pick(r, pr.drains)],
    [lab('SPECIMENS: ', 'Specimen: '), pr.specimen],
    [lab('IMPLANTS: ', 'Implants: '), ...implantLine(c, pr)],
    [lab('FINDINGS: ', 'Findings: '), some(r, pr.findings, 1, 2).join('; ')],
    [lab('COMPLICATIONS: ', 'Complications: '), pick(r, ['none', 'none apparent', 'None', 'none'])],
    [lab('CONDITION: ', 'Dispo: '), pick(r, ['stable to PACU', 'extubated, to PACU in stable condition', 'to SICU intubated', 'PACU then home'])],
  ];
  const order = chance(r, 0.7) ? fields : [fields[2] as P[], ...shuffle(r, fields.filter((_, i) => i !== 2))];
  const drop = int(r, 0, 3);
  const inline = chance(r, 0.2);
  order.slice(0, order.length - drop).forEach((f) => (inline ? d.w(...f, ' | ') : d.ln(...f)));
  if (inline) d.blank();
  if (chance(r, 0.5)) d.ln(pick(r, ['Counts correct x2.', 'Sponge/needle counts correct.', 'Counts correct.']), ' ', pick(r, ['Attending present and scrubbed for the entire case.', 'Full op note to follow.', 'Family updated in waiting room.']));
  if (chance(r, 0.3)) d.ln(...contactLine(c));
  signoff(c, d, chance(r, 0.6) ? c.resident : c.surgeon);
};

const opReport: StyleFn = (c, d) => {
  const r = c.r; const pt = c.pt; const pr = pt.proc;
  const v = int(r, 0, 3);
  if (v === 0) {
    d.ln(L(hospName(c)));
    d.ln('OPERATIVE REPORT').blank();
    d.ln('PATIENT NAME: ', N(nm(r, pt.p, 4)));
    d.ln('MEDICAL RECORD #: ', ID(pt.mrn));
    d.ln('DATE OF OPERATION: ', D(fd(r, c.date, true)));
  } else header(c, d, pick(r, ['Operative Report', 'OPERATIVE REPORT', 'Op Report (dictated)', 'Full Operative Note']));
  d.ln('SURGEON: ', ...sig(r, c.surgeon, 2));
  d.ln(pick(r, ['ASSISTANT(S): ', 'ASSISTANTS: ', 'First assistant: ']), ...sig(r, c.resident, 2), ...(chance(r, 0.5) ? ['; ', ...sig(r, c.pa, 5)] : []));
  d.ln('ANESTHESIOLOGIST: ', ...sig(r, c.anesth, pick(r, [0, 2])), ...(chance(r, 0.5) ? [', with ', ...sig(r, c.crna, 5)] : []));
  d.ln('PREOPERATIVE DIAGNOSIS: ', pr.dx, '.');
  d.ln('POSTOPERATIVE DIAGNOSIS: ', pick(r, ['Same.', `${pr.dx}.`]));
  d.ln('PROCEDURE PERFORMED: ', pr.name, '.');
  if (pr.implant) d.ln('IMPLANTS: ', ...implantLine(c, pr));
  d.ln('ESTIMATED BLOOD LOSS: ', `${int(r, pr.ebl[0], pr.ebl[1])} mL.`, ' WOUND CLASS: ', pr.wound, '.');
  d.blank();
  d.ln('INDICATIONS: ', ...(chance(r, 0.5) ? [ptTitle(c), N(pt.p.last)] : ['The patient']), ' is a ', ...ageP(c), ` with ${pr.dx}. `, ...(chance(r, 0.5) ? ['Seen in clinic on ', D(fd(r, addDays(c.date, -int(r, 8, 60)))), '; r'] : ['R']), `isks including bleeding, infection, injury to surrounding structures, hernia and need for further procedures were discussed. ${he(c).charAt(0).toUpperCase() + he(c).slice(1)} wished to proceed${chance(r, 0.4) ? `, as did ${his(c)} ${pt.relation}` : ''}.`);
  if (chance(r, 0.3)) d.ln('A ', pt.lang ?? 'Spanish', ' interpreter, ', N(makePerson(r).first + ' ' + makePerson(r).last), ' (ID ', ID(digits(r, 5)), '), was used for the consent discussion.');
  d.blank();
  d.ln('DESCRIPTION OF PROCEDURE: The patient was identified in the preoperative holding area, the site was marked, and ', pick(r, ['Ancef 2 g', 'cefazolin 3 g', 'clindamycin 900 mg', 'Ancef 2 gm IV']), ' was given within 60 minutes of incision. ',
    `${he(c).charAt(0).toUpperCase() + he(c).slice(1)} was brought to OR ${c.orNo}, placed supine, and general endotracheal anesthesia was induced. A Foley catheter was ${pick(r, ['placed', 'not placed', 'placed under sterile conditions'])}. SCDs were on. Time-out was performed confirming patient, procedure and laterality.`);
  const steps = pr.steps.slice();
  const paraBreak = chance(r, 0.5);
  let cur: string[] = [];
  for (const s of steps) {
    cur.push(s);
    if (paraBreak && cur.length >= int(r, 2, 3)) { d.blank().ln(cur.join(' ')); cur = []; }
  }
  if (cur.length) d.blank().ln(cur.join(' '));
  d.blank();
  d.ln(pick(r, ['All sponge, needle and instrument counts were correct x2.', 'Counts were correct at the end of the case.', 'Sponge and needle counts correct times two.']), ` The patient tolerated the procedure well and was taken to ${pick(r, ['PACU', 'the recovery room', 'SICU'])} in stable condition.`);
  if (chance(r, 0.5)) d.ln('I was present and scrubbed for the entire procedure.');
  else d.ln('Dr. ', N(c.surgeon.p.last), ' was present for the critical portions of the case.');
  if (chance(r, 0.5)) d.ln('Specimens to pathology: ', pr.specimen, '. Findings discussed with ', pt.relation, ' ', N(nm(r, pt.rel, pick(r, [0, 11]))), ' in the family waiting area.');
  signoff(c, d, c.surgeon);
};

const anesPreop: StyleFn = (c, d) => {
  const r = c.r; const pt = c.pt; const pr = pt.proc;
  header(c, d, pick(r, ['Anesthesia Pre-operative Evaluation', 'ANESTHESIA PREOP EVAL', 'Pre-Anesthesia Assessment', 'Anesthesia H&P']));
  const asa = int(r, 1, 4);
  const lines: P[][] = [
    ['Planned procedure: ', pr.name, ' (', ...ref(r, c.surgeon), ')', ...(chance(r, 0.5) ? [' on ', D(fd(r, c.date))] : [])],
    ['Age/Sex: ', ...ageP(c), `   Wt ${int(r, 48, 160)} kg   Ht ${int(r, 150, 193)} cm   BMI ${int(r, 19, 52)}`],
    [`ASA ${['I', 'II', 'III', 'IV'][asa - 1]}${chance(r, 0.1) ? 'E' : ''}`, `   Mallampati ${pick(r, ['I', 'II', 'III', 'IV'])}   TMD ${pick(r, ['>3 FB', '3 FB', '<3 FB'])}   MO ${pick(r, ['normal', 'limited'])}   Neck ROM ${pick(r, ['full', 'reduced'])}`],
    ['Dentition: ', pick(r, ['intact', 'upper partial', 'edentulous', 'loose lower incisor, pt aware of risk'])],
    ['NPO: ', `solids since ${hhmm(r, 18, 23)}, clears until ${hhmm(r, 4, 6)}`],
    ['Prior anesthesia: ', pick(r, ['uncomplicated GA for ', 'PONV after ', 'difficult airway noted with ', 'spinal for ']), pick(r, PSH), ...(chance(r, 0.5) ? [' at ', L(otherHosp(c)), ' ', Y(String(int(r, 1985, c.date.y - 1)))] : [])],
    ['Family hx: ', pick(r, ['no MH or pseudocholinesterase deficiency', 'mother had "high fever" with anesthesia, evaluate for MH', 'noncontributory'])],
    ['Cardiac: ', pick(r, ['METs > 4, climbs 2 flights', 'RCRI 2, echo ', 'EF 55%, no ischemia on stress ']), ...(chance(r, 0.5) ? [D(fd(r, addDays(c.date, -int(r, 10, 200))))] : []), ...(chance(r, 0.4) ? [' per cardiologist ', ...ref(r, staff(r, 'attending'))] : [])],
    ['Airway plan: ', pick(r, ['GETA, video laryngoscope available', 'LMA', 'RSI with succinylcholine', 'MAC', 'spinal with MAC, TAP block by regional'])],
    ['Labs: ', LABS(r)],
    ['AM meds: took ', pick(r, ['metoprolol', 'amlodipine', 'levothyroxine', 'carbidopa-levodopa']), ' with sip of water; held ', pick(r, ['metformin', 'lisinopril', 'Eliquis x 48 h', 'Lasix']), '.'],
  ];
  const ordered = chance(r, 0.5) ? lines : shuffle(r, lines);
  for (const l of ordered.slice(0, int(r, 7, lines.length))) d.ln(...l);
  pmhBlock(c, d, true);
  if (pt.lang) d.ln(`Interpreter: ${pt.lang}, `, N(`${makePerson(r).first} ${makePerson(r).last}`), ' #', ID(digits(r, 6)), ', via ', pick(r, ['phone', 'video', 'in person']));
  d.ln(pick(r, ['Plan: ', 'Anesthetic plan: ']), pick(r, ['general, ETT', 'general with LMA', 'MAC/sedation', 'spinal']), `. Risks incl sore throat, dental injury, PONV, awareness, aspiration discussed; questions answered. Consent obtained from ${chance(r, 0.7) ? 'patient' : 'HCP'}.`);
  if (chance(r, 0.4)) d.ln(...contactLine(c));
  signoff(c, d, chance(r, 0.6) ? c.anesth : c.crna);
};

const anesIntraop: StyleFn = (c, d) => {
  const r = c.r; const pt = c.pt; const pr = pt.proc;
  header(c, d, pick(r, ['Anesthesia Intraoperative Record', 'INTRAOP ANESTHESIA RECORD', 'Anesthesia Record', 'Intra-op Anesthesia Event Log']));
  d.ln('Procedure: ', pr.name, `   OR ${c.orNo}`);
  d.ln('Staff: ', ...sig(r, c.anesth, 2), ' (attending); ', ...sig(r, c.crna, 5), ...(chance(r, 0.5) ? ['; relief ', N(`${makePerson(r).first} ${makePerson(r).last}`), ' CRNA ', hhmm(r, 10, 14), '-', hhmm(r, 14, 15)] : []));
  d.ln('Surgeon: ', ...ref(r, c.surgeon));
  const start = int(r, 7, 13) * 60 + int(r, 0, 50);
  const t = (m: number): string => { const x = start + m; return `${p2(Math.floor(x / 60) % 24)}${p2(x % 60)}`; };
  const ev: [number, string][] = [
    [0, 'In room, monitors applied (ASA standard)'],
    [int(r, 3, 6), `Preoxygenation, induction: propofol ${int(r, 10, 25) * 10} mg, fentanyl ${int(r, 1, 4) * 50} mcg, rocuronium ${int(r, 3, 10) * 10} mg`],
    [int(r, 7, 9), `Intubated, MAC ${int(r, 3, 4)}, grade ${pick(r, ['1', '2a', '2b'])} view, ${pick(r, ['7.0', '7.5', '8.0'])} ETT at ${int(r, 20, 24)} cm, +EtCO2, BBS`],
    [int(r, 10, 14), `${pick(r, ['Ancef 2 g', 'cefazolin 2 g', 'Ancef 3 g'])} IV; dexamethasone 4 mg`],
    [int(r, 15, 25), 'Time out. Incision'],
    [int(r, 30, 60), `BP ${int(r, 78, 95)}/${int(r, 40, 55)}, phenylephrine ${int(r, 1, 4) * 40} mcg x2`],
    [int(r, 61, 90), `Hydromorphone ${pick(r, ['0.2', '0.4', '0.5'])} mg, ondansetron 4 mg`],
    [int(r, 95, 140), `Closing. Sugammadex ${int(r, 1, 4) * 100} mg, TOF 4/4`],
    [int(r, 141, 160), 'Extubated awake, to PACU on 6 L FM'],
  ];
  const fmtV = int(r, 0, 2);
  for (const [m, e] of ev) {
    if (fmtV === 0) d.ln(`${t(m)}  ${e}`);
    else if (fmtV === 1) d.ln(`${t(m)} - ${e}`);
    else d.ln(`[${t(m).slice(0, 2)}:${t(m).slice(2)}] ${e}`);
  }
  if (chance(r, 0.5)) d.ln(`Infusions: ${some(r, ANESTHESIA_DRUGS, 1, 2).join(', ')}`);
  d.ln(`Lines: ${pick(r, ['PIV x2 18g/20g', 'PIV 18g L hand, R radial A-line', 'PIV x1, R IJ TLC placed under US'])}`);
  d.ln(`I/O: crystalloid ${int(r, 6, 40) * 100} mL, EBL ${int(r, pr.ebl[0], pr.ebl[1])} mL, UOP ${int(r, 50, 700)} mL`);
  d.ln(pick(r, ['Handoff to PACU RN ', 'Report given to ', 'Care transferred to ']), ...ref(r, c.circ), pick(r, ['. Stable.', ', vitals stable, pain controlled.', '.']));
  if (chance(r, 0.3)) d.ln('Note: ', ...roomP(c), ' bed ready per bed board; ', pick(r, ['SICU', '5 North', '7 West']), ' aware.');
  signoff(c, d, chance(r, 0.5) ? c.crna : c.anesth);
};

const pacu: StyleFn = (c, d) => {
  const r = c.r; const pt = c.pt; const pr = pt.proc;
  header(c, d, pick(r, ['PACU Note', 'Post-Anesthesia Care Note', 'PACU NURSING NOTE', 'Post-anesthesia evaluation', 'PACU Phase II discharge']));
  const v = int(r, 0, 2);
  if (v === 0) {
    d.ln(`Arrived to PACU bay ${int(r, 1, 18)} at ${clock(r)} s/p ${pr.short} with `, ...ref(r, c.surgeon), '. Report from ', ...ref(r, c.crna), ' CRNA.');
    d.ln(`VS ${VITALS(r)}. Aldrete ${int(r, 6, 10)}/10. Pain ${int(r, 0, 10)}/10, ${pick(r, ['Dilaudid 0.5 mg IV x2', 'fentanyl 25 mcg x3', 'oxycodone 5 mg PO'])}.`);
    d.ln(pick(r, ['PONV - Zofran given, resolved.', 'No PONV.', 'Nauseated, scopolamine patch placed.']), ' ', tricky(r, 1));
  } else if (v === 1) {
    d.ln('Anesthesia post-op eval: ', ...ageP(c), ` s/p ${pr.name.toLowerCase()} under ${pick(r, ['GA', 'MAC', 'spinal'])}.`);
    d.ln(`Mental status: ${pick(r, ['awake, oriented', 'drowsy, arousable', 'at baseline'])}. Airway patent. Resp ${pick(r, ['unlabored', 'on 2L NC'])}. CV stable. Temp ${pick(r, ['36.4', '36.9', '35.8 - Bair Hugger'])}.`);
    d.ln('Hydration adequate. No apparent anesthesia complications.');
  } else {
    d.ln('S: "', pick(r, ['my throat is scratchy', 'I feel sick', 'when can I eat', 'it hurts where they cut']), '"');
    d.ln(`O: ${VITALS(r)}; dressing ${pick(r, ['dry and intact', 'small strike-through, reinforced'])}; ${pick(r, ['voided 200 mL', 'Foley in place', 'bladder scan 420 mL, straight cath'])}`);
    d.ln(`A/P: recovering appropriately. ${pick(r, ['Phase II when criteria met.', 'To floor, bed assigned.', 'Home with family when tolerating PO and ambulating.'])}`);
  }
  if (chance(r, 0.6)) d.ln('Ride home: ', pt.relation, ' ', N(nm(r, pt.rel, pick(r, [0, 11, 3]))), ', phone ', PH(pt.relPhone), '.');
  else if (pt.facility) d.ln('Returning to ', L(pt.facility), '; report called to ', N(makePerson(r).first), ' ', pick(r, ['RN', 'LPN']), ' at ', PH(phone(r)), '.');
  else d.ln('Admit to ', pick(r, ['5 North', '4 West', 'SICU', 'obs unit']), ', ', ...roomP(c), '.');
  if (chance(r, 0.4)) d.ln('Rx sent to ', L(pt.pharmacy), ...(chance(r, 0.5) ? [' in ', L(pt.addr.town)] : []), '.');
  signoff(c, d, chance(r, 0.6) ? c.circ : c.anesth);
};

const progress: StyleFn = (c, d) => {
  const r = c.r; const pt = c.pt; const pr = pt.proc;
  const pod = c.pod;
  const title = pick(r, [`Gen Surg Progress Note POD #${pod}`, `SURGERY PROGRESS NOTE - POD ${pod}`, `ACS daily note, POD${pod}`, `Surgery PN HD#${pod + 1} POD#${pod}`]);
  header(c, d, title);
  const soap = chance(r, 0.6);
  if (soap) {
    d.ln(`S: ${pick(r, ['NAEO.', 'No acute events overnight.', 'Overnight: febrile to 38.6, cultures sent.', 'Pain controlled.'])} ${pick(r, ['+flatus, no BM.', 'Passing flatus, BM x1.', 'No flatus yet.', 'Tolerating clears.'])} ${pick(r, ['Ambulating.', 'OOB to chair.', 'Refused to walk ', 'Walked with PT.'])}`, ...(chance(r, 0.3) ? [pick(r, ['', 'Daughter ', 'Wife ', 'Son ']), N(pt.rel.first), ' visited ', ...dayRef(c), '.'] : []));
    d.ln(`O: ${VITALS(r)}`);
    d.ln(`I/O: ${int(r, 800, 3200)}/${int(r, 400, 2600)}, UOP ${int(r, 20, 120)} mL/h, ${pick(r, ['JP 40 mL serous', 'NGT 300 mL bilious', 'no drains', 'ostomy 250 mL'])}`);
    d.ln(`Exam: ${pick(r, ['A&O x3', 'sleepy but arousable', 'NAD'])}, abd ${pick(r, ['soft, appropriately tender', 'mildly distended', 'soft, nontender'])}, incision ${pick(r, ['c/d/i', 'with staples, mild erythema', 'clean, no drainage'])}`);
    d.ln(`Labs: ${LABS(r)}`);
    d.ln('A/P: ', ...ageP(c), ` POD ${pod} s/p ${pr.short}.`);
  } else {
    d.ln(...ageP(c), ` POD#${pod} s/p ${pr.name.toLowerCase()} (`, D(fd(r, addDays(c.date, -pod))), `). ${tricky(r, 2)}`);
    d.ln(`${VITALS(r)}. ${LABS(r)}.`);
    d.ln('Plan by system:');
  }
  const plan = shuffle(r, [
    `- Neuro: multimodal, Tylenol/${pick(r, ['Toradol', 'gabapentin', 'oxycodone prn'])}`,
    `- Resp: IS, ${pick(r, ['wean O2', 'RA', 'CPAP at night'])}`,
    `- GI: ${pick(r, ['advance to regular', 'NPO/NGT', 'clears', 'hope to advance diet tomorrow'])}`,
    `- GU: ${pick(r, ['Foley out, TOV', 'voiding', 'strict I/O'])}`,
    `- ID: ${pick(r, ['periop abx complete', 'Zosyn day 3/4', 'no abx'])}`,
    `- Heme: SQH/Lovenox, SCDs, Hgb stable`,
    `- Dispo: ${pick(r, ['home tomorrow', 'PT/OT eval, likely SNF', 'continue inpatient', 'home with VNA'])}`,
  ]).slice(0, int(r, 4, 7));
  for (const p of plan) d.ln(p);
  if (chance(r, 0.3)) d.ln('- per ', N(c.surgeon.p.last), "'s preference keep drain until output < 30 mL/day");
  if (chance(r, 0.35)) d.ln('- CM: referral sent to ', L(pick(r, FACILITIES)), ', bed offer pending; contact ', N(makePerson(r).first), ' in admissions ', PH(phone(r)));
  if (chance(r, 0.3)) d.ln(...contactLine(c));
  if (chance(r, 0.2)) {
    d.ln('Phone log:');
    d.ln(`  ${hhmm(r, 8, 11)} called ${pt.relation} `, N(pt.rel.first), ' ', PH(pt.relPhone), ' - updated');
    d.ln(`  ${hhmm(r, 12, 16)} call from `, N(nm(r, makePerson(r), pick(r, [0, 11]))), ` (${pick(r, ['sister', 'neighbor', 'son-in-law', 'POA', 'pastor'])}) - `, pick(r, ['not on contact list, no info given', 'pt gave permission, updated', 'message left']));
  }
  if (chance(r, 0.2)) d.ln(`Will follow. Pt asks if can go home by ${pick(r, WEEKDAYS)} for ${pick(r, HOLIDAYS)}.`);
  signoff(c, d, pick(r, [c.resident, c.np, c.pa]));
};

const MECH = ['MVC, restrained driver, ~50 mph, + airbag deployment', 'motorcycle vs deer, helmeted', 'fall from ladder ~12 ft', 'GSW x1 to the LUQ', 'ground-level fall on anticoagulation', 'pedestrian struck by pickup truck', 'stab wound R flank', 'ATV rollover', 'assault with a baseball bat', 'MVC rollover, ejected'];
const INJ = ['L 7th-9th rib fractures', 'R pneumothorax, chest tube placed', 'grade III splenic laceration', 'grade II liver laceration', 'T11 compression fracture', 'L1 transverse process fx', 'R femoral shaft fx', 'small SDH, 4 mm', 'pelvic ring fx, APC I', 'L distal radius fx', 'sternal fx', 'R clavicle fx', 'scalp laceration 6 cm', 'mesenteric hematoma'];

const traumaAct: StyleFn = (c, d) => {
  const r = c.r; const pt = c.pt;
  const level = pick(r, ['Level 1', 'Level I', 'Level 2', 'Full', 'Partial', 'Tier 1']);
  header(c, d, pick(r, [`Trauma Activation - ${level}`, `TRAUMA H&P (${level} activation)`, 'Trauma Surgery Admission H&P', `${level} TRAUMA ACTIVATION NOTE`]));
  if (chance(r, 0.4)) d.ln(`Arrived unidentified (alias ${pick(r, ['TRAUMA, ZULU', 'UNKNOWN, TANGO', 'Trauma Kilo', 'ZZTRAUMA QUEBEC'])}), later identified as `, N(nm(r, pt.p, pick(r, [0, 4]))), ' by ', pt.relation, '.');
  const mech = pick(r, MECH);
  d.ln(`Arrival ${clock(r, 0, 23)} by ${pick(r, ['ground EMS', 'helicopter', 'private vehicle', 'ALS'])}`, ...(chance(r, 0.6) ? [' (', L(`${pick(r, TOWNS)} ${pick(r, ['Fire', 'EMS', 'Rescue', 'Ambulance'])}`), ' medic ', N(`${makePerson(r).first} ${makePerson(r).last}`), ')'] : []), '.');
  d.ln('Mechanism: ', mech, ...(mech.includes('MVC') || mech.includes('pickup') ? [' on ', pick(r, ['Route ', 'Hwy ', 'County Rd ']), `${int(r, 2, 99)} near `, L(pick(r, TOWNS)), ...(chance(r, 0.5) ? ['; vehicle plate ', OT(`${letters(r, 3)}-${digits(r, 4)}`), ' per ', L(chance(r, 0.5) ? `${pick(r, STATES_FULL)} State Police` : `${pick(r, COUNTIES)} Sheriff`), ', Trooper ', N(makePerson(r).last), ' badge ', ID(digits(r, 4))] : [])] : []), '.');
  d.ln(`Prehospital: ${pick(r, ['GCS 14, HR 118, SBP 96', 'LOC brief, c-collar placed', 'TXA 1 g given', '2 large bore IVs, 1 L NS'])}.`);
  d.blank();
  d.ln('PRIMARY SURVEY');
  d.ln(`A: ${pick(r, ['patent, speaking', 'intubated in the field', 'gurgling, suctioned'])}`);
  d.ln(`B: ${pick(r, ['BS equal bilaterally', 'decreased BS on the R', 'crepitus L chest wall'])}`);
  d.ln(`C: ${pick(r, ['pulses 2+ x4, HR 104 BP 132/84', 'HR 128 BP 88/50, MTP activated, 1:1:1', 'HR 90, BP 140/90'])}`);
  const e = int(r, 1, 4); const vv = int(r, 1, 5); const mm = int(r, 1, 6);
  d.ln(`D: GCS ${e + vv + mm} (E${e}V${vv}M${mm}), pupils ${pick(r, ['3 mm brisk', 'equal reactive', 'R 5 mm sluggish'])}, moves all 4`);
  d.ln(`E: ${pick(r, ['abrasions L flank, seatbelt sign', 'no other obvious injuries, warm blankets', 'deformity R thigh'])}`);
  d.ln(`FAST: ${pick(r, ['negative', 'positive in Morison\'s pouch', 'equivocal pelvis', 'negative, no pericardial fluid'])}. CXR: ${pick(r, ['no PTX', 'R PTX', 'widened mediastinum?'])}. Pelvis XR: ${pick(r, ['no fx', 'pubic rami fx'])}.`);
  d.blank();
  d.ln('SECONDARY: ', ...ageP(c), ` ${pick(r, ['with no PMH', 'on Eliquis for afib', 'intoxicated, EtOH 214'])}. ${tricky(r, 1)}`);
  d.ln('Injuries identified: ', some(r, INJ, 1, 4).join('; '), '.');
  d.ln('Team: ', ...sig(r, c.surgeon, 5), ' (trauma attending), ', ...sig(r, c.resident, 3), ' (chief), ', N(`${makePerson(r).first} ${makePerson(r).last}`), ' RN (recorder), ', N(makePerson(r).last), ' RT.');
  if (chance(r, 0.5)) d.ln(pick(r, ['Family: ', 'Contact: ']), pt.relation, ' ', N(`${pt.rel.first} ${pt.rel.last}`), ' en route from ', L(pick(r, TOWNS)), ', ', PH(pt.relPhone), '.');
  d.ln(`Plan: ${pick(r, ['CT head/C-spine/CAP', 'to OR for ex lap', 'IR for embolization', 'admit SICU, serial Hgb q6'])}; tertiary survey in AM.`);
  if (chance(r, 0.3)) d.ln('Transfer from ', L(otherHosp(c)), ' accepted by ', ...ref(r, c.surgeon), ', transfer center ref ', ID(`TC-${digits(r, 6)}`), '.');
  signoff(c, d, c.resident);
};

const tertiary: StyleFn = (c, d) => {
  const r = c.r; const pt = c.pt;
  header(c, d, pick(r, ['Tertiary Trauma Survey', 'TERTIARY SURVEY', 'Trauma tertiary exam HD#2', 'Tertiary Survey (24h)']));
  d.ln(...ageP(c), ` ${pick(r, MECH)} on `, D(fd(r, addDays(c.date, -int(r, 1, 2)))), ...(chance(r, 0.4) ? [', transferred from ', L(otherHosp(c))] : []), '.');
  d.ln('Known injuries: ');
  for (const i of some(r, INJ, 2, 5)) d.ln(`  - ${i}`);
  d.ln('Head-to-toe re-examination:');
  const sys = shuffle(r, [
    `HEENT: ${pick(r, ['periorbital ecchymosis L', 'no new findings', 'scalp lac stapled, clean'])}`,
    `Neck: ${pick(r, ['C-collar cleared clinically', 'collar in place, CT neg', 'no midline tenderness'])}`,
    `Chest: ${pick(r, ['chest tube to -20, no air leak', 'splinting, tender 7th rib', 'clear'])}`,
    `Abd: ${pick(r, ['soft, LUQ tender', 'seatbelt sign, benign', 'nondistended'])}`,
    `Pelvis: ${pick(r, ['stable', 'binder removed', 'tender R rami'])}`,
    `Spine: ${pick(r, ['T11 step-off? TLSO per spine', 'no tenderness', 'L1 tender'])}`,
    `Ext: ${pick(r, ['new R 5th finger swelling - XR ordered', 'splint intact, NV intact', 'R ankle tender - XR'])}`,
    `Neuro: GCS 15, strength 5/5, sensation intact`,
  ]);
  for (const s of sys) d.ln(`  ${s}`);
  d.ln(`New findings: ${pick(r, ['R 5th metacarpal fracture (missed injury)', 'none', 'L ankle sprain', 'small L hemothorax on repeat CXR'])}.`);
  d.ln('Imaging reviewed: ', pick(r, ['CT C-spine ', 'CT head repeat ', 'CXR ']), D(fd(r, c.date)), ' ', pick(r, ['stable', 'no progression', 'improved']), '.');
  d.ln('Consultants: ortho (', ...ref(r, staff(r, 'attending')), '), ', pick(r, ['neurosurgery', 'spine', 'plastics', 'OMFS']), ' (', ...ref(r, staff(r, 'attending')), ').');
  if (chance(r, 0.4)) d.ln('SBIRT completed. ', pick(r, ['Pt employed at ', 'Works at ']), L(pt.employer), '; note for work provided.');
  if (chance(r, 0.4)) d.ln('Social work (', N(`${makePerson(r).first} ${makePerson(r).last}`), ' LICSW) following; ', ...contactLine(c), '.');
  d.ln(`Plan: ${pick(r, ['advance diet, PT/OT', 'pain control, IS, rib fx protocol', 'serial abd exams, Hgb q12', 'transfer to floor'])}. Will follow.`);
  signoff(c, d, pick(r, [c.resident, c.np]));
};

const wound: StyleFn = (c, d) => {
  const r = c.r; const pt = c.pt;
  const ostomy = chance(r, 0.5);
  header(c, d, ostomy ? pick(r, ['WOC Nurse - Ostomy Consult', 'Ostomy Care Note', 'WOCN ostomy teaching']) : pick(r, ['Wound Care Consult', 'WOUND CARE NOTE', 'WOC nursing: wound VAC change']));
  if (ostomy) {
    d.ln(`Stoma: ${pick(r, ['end colostomy LLQ', 'loop ileostomy RLQ', 'end ileostomy'])}, POD ${c.pod}.`);
    d.ln(`Measures ${int(r, 25, 45)} mm round, budded ${int(r, 5, 25)} mm, ${pick(r, ['red/moist', 'pink, edematous', 'dusky at 3 o\'clock - surgeon notified'])}. Mucocutaneous junction ${pick(r, ['intact', 'separation 1 cm at 6 o\'clock'])}.`);
    d.ln(`Output: ${pick(r, ['300 mL liquid green', 'none yet, gas present', 'pasty brown 150 mL', 'no frank blood'])}. Peristomal skin ${pick(r, ['intact', 'mild erythema, stoma powder applied', 'MASD at 4-8 o\'clock'])}.`);
    d.ln(`Pouching: ${pick(r, ['2-piece convex 57 mm with barrier ring', '1-piece flat cut-to-fit', 'convex with belt'])}. Change q${int(r, 3, 5)} days.`);
    d.ln('Teaching: ', pick(r, ['patient and ', 'patient, ', '']), pt.relation, ' ', N(pt.rel.first), ' ', pick(r, ['return-demonstrated emptying', 'watched pouch change, anxious', 'did full change independently']), '.');
  } else {
    const loc = pick(r, ['midline abdominal incision, dehisced', 'R heel stage 4 pressure injury', 'L groin wound', 'sacral stage 3', 'R BKA stump']);
    d.ln(`Wound: ${loc}.`);
    d.ln(`Measurements: ${int(r, 2, 18)}.${int(r, 0, 9)} x ${int(r, 1, 8)}.${int(r, 0, 9)} x ${int(r, 0, 4)}.${int(r, 0, 9)} cm, ${pick(r, ['tunneling 2 cm at 12 o\'clock', 'no undermining', 'undermining 1.5 cm 3-6 o\'clock'])}.`);
    d.ln(`Bed ${int(r, 40, 100)}% granulation, ${pick(r, ['10% slough', 'scant fibrin', 'no eschar'])}. Exudate ${pick(r, ['moderate serosanguinous', 'small serous', 'purulent, foul - culture sent'])}.`);
    d.ln(`Treatment: ${pick(r, ['wound VAC black foam -125 mmHg continuous, change M/W/F', 'wet-to-dry BID', 'Aquacel Ag, change q3d', 'Mepilex border, offload heels'])}. ${tricky(r, 1)}`);
  }
  if (chance(r, 0.6)) d.ln('Supplies ordered through ', L(pick(r, ['Edgepark Medical Supply', 'Byram Healthcare', 'Shield Home Medical', 'Kettle River DME'])), ...(chance(r, 0.5) ? [', acct ', ID(digits(r, 8))] : []), '.');
  if (chance(r, 0.6)) d.ln('Home health: ', L(pick(r, ['VNA of Tamarack County', 'Brightstar Home Care', 'Amedisys', 'Harmony Home Health', 'Visiting Nurses of Cedar Falls'])), ' to follow; intake ', PH(phone(r)), '.');
  if (chance(r, 0.3)) d.ln('Next visit ', D(fd(r, addDays(c.date, int(r, 2, 7)))), ...(chance(r, 0.4) ? [' at ', L('Riverside Wound Healing Center')] : []), '.');
  if (chance(r, 0.5)) d.ln('Discussed with Dr. ', N(c.surgeon.p.last), ' and primary RN ', N(c.np.p.first), '.');
  else d.ln(`Discussed with ${pick(r, ['surgical team', 'primary RN', 'the resident'])}.`);
  signoff(c, d, { p: c.circ.p, role: 'rn', cred: pick(r, ['RN, CWOCN', 'BSN RN CWON', 'RN, CWCN']) });
};

const clinicPostop: StyleFn = (c, d) => {
  const r = c.r; const pt = c.pt; const pr = pt.proc;
  header(c, d, pick(r, ['Post-op Clinic Visit', 'SURGERY CLINIC - POSTOPERATIVE', 'Postoperative follow-up', 'Clinic note: 2 wk post op']));
  const opDate = addDays(c.date, -int(r, 10, 42));
  const v = int(r, 0, 2);
  if (v === 0) d.ln(...ageP(c), ` seen ${int(r, 1, 6)} wk s/p ${pr.short} (`, D(fd(r, opDate)), ', ', ...ref(r, c.surgeon), ') at ', L(hospName(c)), '.');
  else if (v === 1) d.ln(ptTitle(c), N(pt.p.last), ` returns after ${pr.name.toLowerCase()} on `, D(fd(r, opDate)), `. Accompanied by ${pt.relation}, `, N(pt.rel.first), '.');
  else d.ln('Interval: ', N(pt.p.first), ` is ${int(r, 10, 42)} days out from surgery. ${pick(r, ['Doing well.', 'Some incisional pain.', 'Called the office ', 'Went to urgent care '])}`, ...(r() < 0.4 ? ['on ', D(fd(r, addDays(opDate, int(r, 3, 8)))), ' for ', pick(r, ['redness', 'a fever', 'constipation']), '.'] : []));
  d.ln(`Pain ${int(r, 0, 6)}/10, ${pick(r, ['off narcotics', 'using Tylenol only', 'still taking oxycodone at night'])}. ${pick(r, ['Eating well.', 'Bowels regular.', 'Mild reflux.', 'Some dysphagia to bread, improving.'])}`);
  d.ln(`Exam: ${pick(r, ['incisions healing well, no erythema', 'small seroma at umbilical port, no drainage', 'staples removed, Steri-Strips applied', 'wound healing by secondary intention, 1 x 0.5 cm'])}.`);
  d.ln('Pathology: ', pick(r, ['benign', 'chronic cholecystitis, cholelithiasis', 'acute appendicitis, negative for neoplasm', 'pT2N0, margins negative', 'consistent with diverticular disease']), ...(chance(r, 0.5) ? [' (accession ', ID(`${pick(r, ['S', 'SP', 'SG'])}${String(c.date.y).slice(2)}-${digits(r, 5)}`), ')'] : []), '.');
  if (chance(r, 0.5)) d.ln('Work: ', pick(r, ['may return to work at ', 'note given for ', 'light duty at ']), L(pt.employer), `, no lifting > ${pick(r, ['10', '15', '20'])} lb x ${int(r, 2, 6)} wk.`);
  if (chance(r, 0.4)) d.ln('Copy to PCP ', ...sig(r, pt.pcp, 5), ', ', L(pt.pcpClinic), ', fax ', PH(phone(r)), '.');
  d.ln(`Plan: ${pick(r, ['RTC prn', 'f/u 6 weeks', 'RTC 3 months with CT', 'referral to oncology'])}`, ...(chance(r, 0.5) ? [', next appt ', D(fd(r, addDays(c.date, int(r, 14, 90)))), ...(chance(r, 0.3) ? [` (${pick(r, WEEKDAYS)})`] : [])] : []), '.');
  if (chance(r, 0.3)) d.ln('Portal message instructions given: ', UR(`https://${pick(r, ['mychart', 'portal', 'my'])}.${pick(r, WEB_DOMAINS)}${pick(r, ['', '/surgery', '/login'])}`));
  signoff(c, d, pick(r, [c.surgeon, c.pa, c.np]));
};

const RISKS = ['bleeding', 'infection', 'injury to bowel, bladder or blood vessels', 'bile duct injury', 'hernia', 'recurrence', 'conversion to open', 'DVT/PE', 'need for ostomy', 'nerve injury with hoarseness', 'hypocalcemia', 'anastomotic leak', 'death'];

const consent: StyleFn = (c, d) => {
  const r = c.r; const pt = c.pt; const pr = pt.proc;
  header(c, d, pick(r, ['Informed Consent Note', 'CONSENT DISCUSSION', 'Procedure consent documentation', 'Consent for surgery']));
  const who = chance(r, 0.2) ? 'hcp' : 'pt';
  if (who === 'hcp') {
    d.ln('Patient lacks capacity (', pick(r, ['delirium', 'dementia', 'intubated/sedated']), '). Consent obtained from health care proxy, ', pt.relation, ' ', N(nm(r, pt.rel, pick(r, [0, 5]))), ', by telephone ', PH(pt.relPhone), ', witnessed by ', N(`${c.circ.p.first} ${c.circ.p.last}`), ' RN.');
  } else {
    d.ln('I discussed the proposed procedure with ', ...(chance(r, 0.5) ? [ptTitle(c), N(pt.p.last)] : [N(nm(r, pt.p, pick(r, [0, 5, 7])))]), chance(r, 0.4) ? `, with ${his(c)} ${pt.relation} ` : '', ...(chance(r, 0.4) ? [N(pt.rel.first), ' present'] : []), '.');
  }
  d.ln('Procedure: ', pr.name, chance(r, 0.4) ? ', possible open' : '', '.');
  d.ln('Risks discussed: ', some(r, RISKS, 4, 8).join(', '), '.');
  d.ln(`Benefits: ${pick(r, ['relief of symptoms', 'diagnosis and treatment', 'prevent recurrence', 'cure'])}. Alternatives: ${pick(r, ['nonoperative management with antibiotics', 'watchful waiting', 'IR drainage', 'no treatment'])}.`);
  if (pt.lang) d.ln(`${pt.lang} interpreter `, N(`${makePerson(r).first} ${makePerson(r).last}`), ' (ID ', ID(digits(r, 6)), ') used throughout.');
  if (chance(r, 0.4)) d.ln(`Blood consent: ${pick(r, ['accepts', 'declines - Jehovah\'s Witness, cell saver acceptable', 'accepts'])}.`);
  d.ln(`${pick(r, ['All questions answered.', 'Questions answered to satisfaction.', 'Teach-back performed.'])} Consent form signed ${hhmm(r)} on `, D(fd(r, c.date)), ', witnessed by ', ...sig(r, c.circ, 5), '.');
  if (chance(r, 0.3)) d.ln('Second opinion obtained ', ...dayRef(c), ' from ', ...ref(r, staff(r, 'attending')), ' at ', L(otherHosp(c)), '.');
  signoff(c, d, chance(r, 0.5) ? c.surgeon : c.resident);
};

const timeout: StyleFn = (c, d) => {
  const r = c.r; const pt = c.pt; const pr = pt.proc;
  header(c, d, pick(r, ['Universal Protocol / Time-Out', 'TIME OUT NOTE', 'Surgical Safety Checklist', 'Pre-incision time out']));
  const lines: P[][] = [
    ['Time out performed at ', hhmm(r), ` in OR ${c.orNo}, `, D(fd(r, c.date)), '.'],
    ['Patient identified by name (', N(nm(r, pt.p, pick(r, [1, 4, 0]))), ') and DOB (', D(fdNum(r, pt.dob)), ')', ...(chance(r, 0.5) ? [', MRN ', ID(pt.mrn)] : []), ', armband verified.'],
    ['Procedure: ', pr.name, '. Side/site: ', pick(r, ['N/A', 'right, marked', 'left, marked by surgeon', 'midline'])],
    ['Consent signed and matches. H&P updated.'],
    ['Antibiotic: ', pick(r, ['Ancef 2 g at ', 'cefazolin 3 g at ', 'vanc 1.5 g started ']), hhmm(r), '.'],
    ['VTE prophylaxis: SCDs on', pick(r, ['', ', heparin 5000 SQ given'])],
    [`Fire risk ${int(r, 1, 3)}. Implants available: `, ...implantLine(c, pr)],
    [`Anticipated EBL ${pick(r, ['<100', '<500', 'minimal'])}, blood ${pick(r, ['T&S', '2 u crossmatched', 'none'])}. Images displayed.`],
  ];
  for (const l of lines) if (chance(r, 0.85)) d.ln(...l);
  d.ln('Team present:');
  const team: [Staff, string][] = shuffle(r, [[c.surgeon, 'Surgeon'], [c.resident, 'Resident'], [c.anesth, 'Anesthesia'], [c.crna, 'CRNA'], [c.circ, 'Circulator'], [c.scrub, 'Scrub']]);
  const tv = int(r, 0, 2);
  for (const [s, role] of team) {
    if (tv === 0) d.ln(`  ${role}: `, ...sig(r, s, 5));
    else if (tv === 1) d.ln('  ', N(`${s.p.last}, ${s.p.first}`), ` - ${role.toLowerCase()}`);
    else d.ln('  ', N(`${ini(s.p.first)}. ${s.p.last}`), ` (${role})`);
  }
  d.ln(pick(r, ['All team members agreed. No concerns voiced.', 'All in agreement.', 'No discrepancies.']));
  if (chance(r, 0.3)) d.ln('Vendor rep present: ', N(`${makePerson(r).first} ${makePerson(r).last}`), ' (', L(pick(r, ['Medtronic', 'Intuitive Surgical', 'Stryker', 'Ethicon', 'Gore'])), ').');
  signoff(c, d, c.circ);
};

const orBooking: StyleFn = (c, d) => {
  const r = c.r; const pt = c.pt; const pr = pt.proc;
  const sched = staff(r, 'rn');
  if (chance(r, 0.22)) { orBoard(c, d); return; }
  const surgEmail = `${c.surgeon.p.first.charAt(0)}${c.surgeon.p.last.replace(/[^A-Za-z]/g, '')}`.toLowerCase();
  const dom = pick(r, WEB_DOMAINS);
  const v = int(r, 0, 2);
  if (v === 0) {
    d.ln('From: ', N(`${c.pa.p.first} ${c.pa.p.last}`), ' <', EM(`${c.pa.p.first.toLowerCase().replace(/[^a-z]/g, '')}.${c.pa.p.last.toLowerCase().replace(/[^a-z]/g, '')}@${dom}`), '>');
    d.ln('To: OR Scheduling <', EM(`orscheduling@${dom}`), '>');
    d.ln('Sent: ', weekday(c.date), ', ', D(fd(r, c.date, true)), ' ', clock(r));
    d.ln(`Subject: booking - ${pr.short} - `, N(`${pt.p.last}`)).blank();
  } else if (v === 1) {
    d.ln(pick(r, ['OR BOOKING REQUEST', 'CASE REQUEST', 'Surgery scheduling form']), ' - ', L(hospName(c))).blank();
  } else {
    d.ln('Msg to sched pool re: ', N(nm(r, pt.p, pick(r, [1, 3]))), ', ', D(fd(r, c.date))).blank();
  }
  const f: P[][] = [
    ['Patient: ', N(nm(r, pt.p, pick(r, [1, 2, 4, 6])))],
    ['DOB: ', D(fdNum(r, pt.dob)), '   MRN: ', ID(pt.mrn)],
    ['Phone: ', PH(pt.phone), ...(chance(r, 0.4) ? [' (alt ', PH(pt.relPhone), ` ${pt.relation})`] : [])],
    ['Address: ', L(pt.addr.street), ', ', L(pt.addr.town), ', ', ST(pt.addr.state), ' ', L(pt.addr.zip)],
    ['Procedure: ', pr.name, ` (CPT ${pr.cpt})`],
    ['Dx: ', pr.dx],
    ['Surgeon: ', ...sig(r, c.surgeon, pick(r, [0, 2]))],
    ['Requested date: ', D(fd(r, addDays(c.date, int(r, 5, 40)))), pick(r, [' or next available', ' - first start please', ' (surgeon block)', ''])],
    [`Duration: ${int(r, pr.mins[0], pr.mins[1])} min. Setup: ${pick(r, ['supine, arms out', 'lithotomy', 'lateral decub', 'beach chair'])}. Equipment: ${pick(r, ['da Vinci Xi', 'lap tower, LigaSure', 'C-arm', 'NIM monitor', 'cell saver'])}`],
    ['Insurance: ', pt.insurer, ', member ID ', ID(pt.member), ...(chance(r, 0.6) ? [', auth # ', ID(`${letters(r, 1)}${digits(r, 9)}`)] : [])],
    ['Preop clearance: ', ...ref(r, pt.pcp), ' at ', L(pt.pcpClinic), ', fax ', PH(phone(r))],
    [`Admit: ${pick(r, ['outpatient', '23h obs', 'inpatient, SICU bed', 'inpatient floor'])}. Anesthesia: ${pick(r, ['general', 'MAC', 'regional + GA'])}. Latex allergy: ${pick(r, ['no', 'NO', 'yes'])}`],
  ];
  const drop = int(r, 0, 3);
  const order = chance(r, 0.6) ? f : shuffle(r, f);
  order.slice(0, f.length - drop).forEach((x) => d.ln(...x));
  if (chance(r, 0.4)) d.ln('Rep: ', N(`${makePerson(r).first} ${makePerson(r).last}`), ' (', L(pick(r, ['Medtronic', 'Gore', 'Intuitive', 'Bard', 'Stryker'])), ') ', PH(phone(r)), ' - confirm tray.');
  if (chance(r, 0.4)) d.ln('Please post to ', UR(`https://orsched.${dom}/request/${digits(r, 6)}`), ' when booked.');
  if (chance(r, 0.3)) d.ln(`Pt prefers ${pick(r, WEEKDAYS)}s; works at `, L(pt.employer), '.');
  d.blank();
  if (chance(r, 0.5)) d.ln('Thanks, ', N(sched.p.first), ...(chance(r, 0.5) ? [' ', PH(`x${digits(r, 4)}`)] : []));
  else d.ln(...sig(r, c.pa, 5), ' for ', ...ref(r, c.surgeon), ' | ', EM(`${surgEmail}@${dom}`));
};

/** Add-on / next-day board: a list of several patients, surgeons and rooms. */
function orBoard(c: Ctx, d: Doc): void {
  const r = c.r;
  d.ln(pick(r, ['ADD-ON LIST ', 'OR board for ', 'Tomorrow\'s cases - ', 'Weekend add-ons ']), D(fd(r, addDays(c.date, int(r, 0, 1)))), ' - ', L(hospName(c))).blank();
  const n = int(r, 3, 6);
  const mine = int(r, 0, n - 1);
  for (let i = 0; i < n; i++) {
    const p = i === mine ? c.pt.p : makePerson(r);
    const pr = i === mine ? c.pt.proc : pick(r, PROCS);
    const surg = i === mine ? c.surgeon : staff(r, 'attending');
    const v = int(r, 0, 2);
    if (v === 0) d.ln(`${i + 1}) OR ${int(r, 1, 24)} ${hhmm(r, 7, 20)}  `, N(nm(r, p, pick(r, [4, 1, 6]))), '  ', ID(i === mine ? c.pt.mrn : mrn(r)), `  ${pr.short}  `, ...ref(r, surg));
    else if (v === 1) d.ln(`${i + 1}. `, N(nm(r, p, pick(r, [3, 1]))), ` - ${pr.short} - `, N(surg.p.last), ` - ${pick(r, ['class A', 'class B', 'class C', 'elective', 'to follow'])}`, ...(chance(r, 0.3) ? [' (', ...roomP(c), ')'] : []));
    else d.ln(`${i + 1}. ${pr.short.toUpperCase()} / `, N(nm(r, p, 4)), ` / ${int(r, pr.mins[0], pr.mins[1])} min / `, ...sig(r, surg, 2));
  }
  d.blank();
  d.ln(pick(r, ['Anesthesia in charge: ', 'Anes coordinator: ']), ...ref(r, c.anesth), '. Charge RN ', N(`${c.circ.p.first} ${c.circ.p.last}`), ' ', PH(`x${digits(r, 4)}`), '.');
  d.ln(`${pick(r, ['Please call the desk with changes.', 'Class A cases bump electives.', 'Room 12 held for trauma.', 'No robot available after 1500.'])} ${pick(r, ['Happy ' + pick(r, HOLIDAYS) + '!', '', 'Thanks all.'])}`);
  d.ln('-- ', N(c.circ.p.first), ' / OR desk ', PH(phone(r)));
}

const transplant: StyleFn = (c, d) => {
  const r = c.r; const pt = c.pt;
  const organ = pick(r, ['kidney', 'liver', 'kidney', 'pancreas', 'kidney']);
  const v = int(r, 0, 2);
  header(c, d, v === 0 ? pick(r, ['Transplant Coordinator Note - Organ Offer', 'TXP COORDINATOR: donor offer', 'Organ offer call log']) : v === 1 ? pick(r, ['Post-Transplant Coordinator Note', 'Transplant coordinator phone note', 'TXP f/u call']) : pick(r, ['Transplant Evaluation - Coordinator Intake', 'Pre-transplant education note']));
  const opo = pick(r, OPOS);
  if (v === 0) {
    d.ln(`Offer received ${clock(r, 0, 23)} from `, L(opo), ', coordinator ', N(`${makePerson(r).first} ${makePerson(r).last}`), ' ', PH(phone(r)), '.');
    d.ln(`Donor: UNOS ID `, ID(`${letters(r, 3)}${digits(r, 3)}`), `, ${pick(r, ['DBD', 'DCD'])}, age ${int(r, 8, 68)}, ${pick(r, ['anoxic brain injury', 'head trauma', 'CVA'])}, KDPI ${int(r, 5, 85)}%, terminal Cr ${int(r, 0, 3)}.${int(r, 1, 9)}.`);
    d.ln('Donor hospital: ', L(otherHosp(c)), ...(chance(r, 0.5) ? [', ', L(pick(r, TOWNS)), ', ', ST(pick(r, STATES_ABBR))] : []), `. Cross-clamp planned ${hhmm(r, 0, 23)}.`);
    d.ln('Recipient: ', N(nm(r, pt.p, pick(r, [1, 4, 2]))), ', MRN ', ID(pt.mrn), `, ${pick(r, ['O+', 'A+', 'B-', 'AB+'])}, cPRA ${int(r, 0, 99)}%, ${int(r, 1, 9)} yrs on list.`);
    d.ln(`Virtual crossmatch ${pick(r, ['negative', 'negative, flow pending'])}. Offer reviewed with `, ...ref(r, c.surgeon), ', accepted.');
    d.ln('Call log:');
    const t0 = int(r, 0, 20);
    d.ln(`  ${p2(t0)}${pick(r, ['05', '12', '40'])} called pt at `, PH(pt.phone), ' - no answer, VM left');
    d.ln(`  ${p2((t0 + 1) % 24)}${pick(r, ['02', '20', '33'])} reached ${pt.relation} `, N(pt.rel.first), ' at ', PH(pt.relPhone), '; pt called back, no fever/illness, last HD ', weekday(c.date));
    d.ln(`  ${p2((t0 + 2) % 24)}${pick(r, ['10', '45'])} pt to arrive ${organ === 'kidney' ? '7 West' : 'SICU'} by ${hhmm(r, 0, 23)}, NPO now. Driving from `, L(pt.addr.town), '.');
  } else if (v === 1) {
    d.ln(`${organ.charAt(0).toUpperCase() + organ.slice(1)} tx `, D(fd(r, addDays(c.date, -int(r, 20, 400)))), ' at ', L(hospName(c)), '.');
    d.ln(`Labs drawn at `, L(pick(r, ['Quest', 'LabCorp', 'Harmony Primary Care lab', 'Prairie View Community Hospital'])), ` ${weekday(c.date)}: tacrolimus ${int(r, 3, 14)}.${int(r, 0, 9)}, Cr ${int(r, 0, 2)}.${int(r, 1, 9)}, WBC ${int(r, 3, 9)}.${int(r, 0, 9)}.`);
    d.ln(`Per `, ...ref(r, c.surgeon), `: ${pick(r, ['decrease tacrolimus to 3 mg BID', 'no change', 'repeat level in 1 week', 'start valganciclovir'])}. Pt informed by phone `, PH(pt.phone), '.');
    d.ln(`Meds refilled to `, L(pt.pharmacy), ...(chance(r, 0.5) ? [' (', L(pt.addr.town), ')'] : []), '. Next clinic ', D(fd(r, addDays(c.date, int(r, 7, 60)))), '.');
    if (chance(r, 0.5)) d.ln('Pt reminded to use the portal ', UR(`https://transplant.${pick(r, WEB_DOMAINS)}/patients`), ' or email ', EM(`txcoord@${pick(r, WEB_DOMAINS)}`), '.');
  } else {
    d.ln('Referred by nephrologist ', ...ref(r, staff(r, 'attending')), ' (', L(pick(r, CLINICS)), `) for ${organ} transplant evaluation.`);
    d.ln('Dialysis: ', pick(r, ['HD MWF at ', 'PD at home, followed by ', 'HD TTS at ']), L(pick(r, ['Fresenius Kidney Care Millbrook', 'DaVita Cedar Falls', 'Kettle River Dialysis', 'DaVita Harmony'])), ' since ', Y(String(int(r, 2012, c.date.y - 1))), '.');
    d.ln('Support: ', pt.relation, ' ', N(`${pt.rel.first} ${pt.rel.last}`), ' (', PH(pt.relPhone), ') is primary caregiver', chance(r, 0.4) ? '; potential living donor' : '', '.');
    d.ln(`Education: listing criteria, KDPI, living donation, immunosuppression reviewed. ${pick(r, ['Pt engaged.', 'Will follow up after dental clearance.', 'Needs colonoscopy.'])}`);
    d.ln('Insurance: ', pt.insurer, ' ', ID(pt.member), '. SW eval with ', N(`${makePerson(r).first} ${makePerson(r).last}`), ' LICSW on ', D(fd(r, addDays(c.date, int(r, 3, 30)))), '.');
  }
  signoff(c, d, c.coord);
};

const STYLE_FNS: Record<string, StyleFn> = {
  preop_hp: preopHp, surgical_consult: consult, brief_op_note: briefOp, operative_report: opReport, anesthesia_preop: anesPreop,
  anesthesia_intraop: anesIntraop, pacu_note: pacu, ward_progress: progress, trauma_activation: traumaAct, tertiary_survey: tertiary,
  wound_ostomy: wound, clinic_postop: clinicPostop, consent_note: consent, timeout_note: timeout, or_booking: orBooking,
  transplant_coordinator: transplant,
};

// ---------------------------------------------------------------------------------------------
// Finishing: typos, whole-note case, span computation
// ---------------------------------------------------------------------------------------------

function typo(r: Rng, w: string): string {
  if (w.length < 5) return w;
  const i = int(r, 1, w.length - 3);
  const k = int(r, 0, 3);
  if (k === 0) return w.slice(0, i) + (w[i + 1] ?? '') + (w[i] ?? '') + w.slice(i + 2);
  if (k === 1) return w.slice(0, i) + w.slice(i + 1);
  if (k === 2) return w.slice(0, i) + (w[i] ?? '') + w.slice(i);
  return w.slice(0, i) + pick(r, ['e', 'a', 'i', 'o', 'n', 's', 't']) + w.slice(i + 1);
}
function typoPlain(r: Rng, s: string): string {
  const words = s.split(/(\s+)/);
  const cands: number[] = [];
  words.forEach((w, i) => { if (/^[a-z]{5,}$/.test(w)) cands.push(i); });
  if (!cands.length) return s;
  const i = pick(r, cands);
  words[i] = typo(r, words[i] as string);
  return words.join('');
}

function finish(r: Rng, parts: Part[], style: string): { text: string; phi: GeneratedSpan[] } {
  // normalise: move surrounding whitespace of PHI parts out, drop empties
  const norm: Part[] = [];
  for (const p of parts) {
    if (!p.c) { if (p.s) norm.push({ s: p.s }); continue; }
    const m = /^(\s*)([\s\S]*?)(\s*)$/.exec(p.s) as RegExpExecArray;
    const lead = m[1] ?? ''; const core = m[2] ?? ''; const trail = m[3] ?? '';
    if (lead) norm.push({ s: lead });
    if (core) norm.push(core.includes('\n') ? { s: core } : { s: core, c: p.c });
    if (trail) norm.push({ s: trail });
  }
  // typos in ordinary words, occasionally in names and places (still labelled)
  if (chance(r, 0.35)) {
    const plainIdx = norm.map((p, i) => (p.c ? -1 : i)).filter((i) => i >= 0 && /[a-z]{5,}/.test((norm[i] as Part).s));
    for (let t = int(r, 1, 2); t > 0 && plainIdx.length; t--) {
      const i = pick(r, plainIdx);
      const p = norm[i] as Part;
      p.s = typoPlain(r, p.s);
    }
  }
  for (const p of norm) {
    if ((p.c === 'NAME' || p.c === 'LOCATION') && p.s.length >= 6 && /^[A-Za-z]+$/.test(p.s) && chance(r, 0.025)) p.s = typo(r, p.s);
  }
  // whole-note case
  const upP = style === 'or_booking' || style === 'brief_op_note' || style === 'anesthesia_intraop' || style === 'trauma_activation' ? 0.2 : 0.11;
  const u = r();
  const mode = u < upP ? 'upper' : u < upP + 0.09 ? 'lower' : 'normal';
  let text = '';
  const phi: GeneratedSpan[] = [];
  for (const p of norm) {
    const s = mode === 'upper' ? p.s.toUpperCase() : mode === 'lower' ? p.s.toLowerCase() : p.s;
    if (p.c) phi.push({ start: text.length, end: text.length + s.length, category: p.c });
    text += s;
  }
  return { text, phi };
}

function wordCount(d: Doc): number {
  return d.parts.map((p) => p.s).join('').split(/\s+/).filter(Boolean).length;
}

/** Late entries that short notes often carry. */
function addendum(c: Ctx, d: Doc): void {
  const r = c.r; const pt = c.pt;
  d.blank();
  const v = int(r, 0, 4);
  if (v === 0) d.ln(`Addendum ${hhmm(r)}: spoke with ${pt.relation} `, N(nm(r, pt.rel, pick(r, [0, 11]))), ' at ', PH(pt.relPhone), ` and updated on plan. ${tricky(r, 1)}`);
  else if (v === 1) d.ln('Addendum: pt asks that records go to ', ...ref(r, pt.pcp), ' at ', L(pt.pcpClinic), ', fax ', PH(phone(r)), `. ${tricky(r, 1)}`);
  else if (v === 2) d.ln(`Late entry (${hhmm(r)}): ${tricky(r, 2)} Will follow up ${pick(r, WEEKDAYS)}.`);
  else if (v === 3) d.ln('Addendum by ', ...ref(r, c.surgeon), ': agree with above. ', tricky(r, 1), ' Case discussed at M&M? No.');
  else d.ln(`ADDENDUM: ${tricky(r, 2)} Pharmacy: `, L(pt.pharmacy), ...(chance(r, 0.5) ? [', ', L(pick(r, TOWNS))] : []), '.');
}

// ---------------------------------------------------------------------------------------------
// Public entry point
// ---------------------------------------------------------------------------------------------

/** Patient index for each note: a stream of group sizes 1-3, so a smaller batch is a prefix. */
function patientIndex(seed: number, count: number): { pi: number; k: number }[] {
  const r = mulberry32(mix(seed, 0x5eed5eed));
  const out: { pi: number; k: number }[] = [];
  let pi = 0;
  while (out.length < count) {
    const u = r();
    const size = u < 0.5 ? 1 : u < 0.8 ? 2 : 3;
    for (let k = 0; k < size && out.length < count; k++) out.push({ pi, k });
    pi++;
  }
  return out;
}

export function generate(count: number, seed: number): GeneratedNote[] {
  const idx = patientIndex(seed, count);
  const notes: GeneratedNote[] = [];
  const cache = new Map<number, { pt: Patient; team: Staff[] }>();
  for (let i = 0; i < count; i++) {
    const { pi, k } = idx[i] as { pi: number; k: number };
    let entry = cache.get(pi);
    if (!entry) {
      const pt = makePatient(seed, pi);
      const tr = mulberry32(mix(seed, 0x71000000 + pi));
      entry = { pt, team: [staff(tr, 'attending'), staff(tr, 'resident'), staff(tr, 'pa'), staff(tr, 'np'), staff(tr, 'coord')] };
      cache.set(pi, entry);
    }
    const r = mulberry32(mix(seed, i));
    const style = pick(r, SURGICAL_STYLES);
    const [surgeon, resident, pa, np, coord] = entry.team as [Staff, Staff, Staff, Staff, Staff];
    const c: Ctx = {
      r, pt: entry.pt, date: addDays(entry.pt.base, k * int(r, 1, 40)), k,
      surgeon: chance(r, 0.85) ? surgeon : staff(r, 'attending'), resident: chance(r, 0.6) ? resident : staff(r, 'resident'),
      anesth: staff(r, 'anesth'), crna: staff(r, 'crna'), circ: staff(r, 'rn'), scrub: staff(r, 'tech'), pa, np, coord,
      room: pick(r, [`${int(r, 2, 9)}${p2(int(r, 1, 40))}`, `${int(r, 2, 9)}${p2(int(r, 1, 40))}${pick(r, ['A', 'B'])}`, `${int(r, 2, 9)}-${p2(int(r, 1, 40))}`]),
      orNo: int(r, 1, 24), caseNo: digits(r, 8), pod: int(r, 0, 9), upper: false,
    };
    const d = new Doc();
    (STYLE_FNS[style] as StyleFn)(c, d);
    if (wordCount(d) < 70) addendum(c, d);
    const { text, phi } = finish(r, d.parts, style);
    notes.push({ patient: entry.pt.id, text, phi, style });
  }
  return notes;
}
