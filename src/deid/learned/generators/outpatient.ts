/**
 * Writer `outpatient`: synthetic ambulatory notes (primary care, specialty clinic, telehealth,
 * refill / triage phone calls, portal messages, forms, well-child, prenatal, referral coordination,
 * results letters) with their PHI labelled. Everything here is invented.
 */
import { mulberry32 } from '../../../util/prng.js';

export interface GeneratedSpan { start: number; end: number; category: string }
export interface GeneratedNote { patient: string; text: string; phi: GeneratedSpan[]; style: string }

export const WRITER_NAME = 'outpatient';

export const OUTPATIENT_STYLES: readonly string[] = [
  'primary_care_visit',
  'specialty_clinic',
  'telehealth',
  'refill_triage_phone',
  'portal_message',
  'forms',
  'well_child',
  'prenatal_ob',
  'referral_coordination',
  'results_letter',
];

// ---------------------------------------------------------------------------------------------
// pieces: plain strings and labelled spans, flattened at the end
type Cat = 'NAME' | 'LOCATION' | 'STATE' | 'DATE' | 'DATE_YEAR' | 'AGE' | 'PHONE' | 'ID' | 'EMAIL' | 'URL' | 'OTHER';
interface Sp { c: Cat; s: string }
type Piece = string | Sp | Piece[];

const N = (s: string): Sp => ({ c: 'NAME', s });
const L = (s: string): Sp => ({ c: 'LOCATION', s });
const ST = (s: string): Sp => ({ c: 'STATE', s });
const D = (s: string): Sp => ({ c: 'DATE', s });
const Y = (s: string): Sp => ({ c: 'DATE_YEAR', s });
const AG = (s: string): Sp => ({ c: 'AGE', s });
const PH = (s: string): Sp => ({ c: 'PHONE', s });
const ID = (s: string): Sp => ({ c: 'ID', s });
const EM = (s: string): Sp => ({ c: 'EMAIL', s });
const U = (s: string): Sp => ({ c: 'URL', s });
const O = (s: string): Sp => ({ c: 'OTHER', s });

/** Tagged template: literal text is plain, interpolations may be plain strings, spans or arrays. */
function T(strs: TemplateStringsArray, ...vals: (Piece | number | undefined)[]): Piece[] {
  const out: Piece[] = [];
  for (let i = 0; i < strs.length; i++) {
    const s = strs[i] ?? '';
    if (s) out.push(s);
    if (i < vals.length) {
      const v = vals[i];
      if (typeof v === 'number') out.push(String(v));
      else if (v !== undefined) out.push(v);
    }
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// randomness
class Rng {
  private f: () => number;
  constructor(seed: number) { this.f = mulberry32(seed); }
  next(): number { return this.f(); }
  int(lo: number, hi: number): number { return lo + Math.floor(this.f() * (hi - lo + 1)); }
  chance(p: number): boolean { return this.f() < p; }
  pick<X>(a: readonly X[]): X { return a[Math.floor(this.f() * a.length)] as X; }
  some<X>(a: readonly X[], n: number): X[] {
    const c = a.slice();
    const out: X[] = [];
    while (out.length < n && c.length) out.push(c.splice(Math.floor(this.f() * c.length), 1)[0] as X);
    return out;
  }
  digits(n: number): string { let s = ''; for (let i = 0; i < n; i++) s += String(this.int(0, 9)); return s; }
  letters(n: number): string { let s = ''; for (let i = 0; i < n; i++) s += 'ABCDEFGHJKLMNPQRSTUVWXYZ'[this.int(0, 23)]; return s; }
}

function mix(a: number, b: number): number {
  let h = (Math.imul(a ^ 0x9e3779b9, 0x85ebca6b) ^ Math.imul(b + 0x27d4eb2f, 0xc2b2ae35)) >>> 0;
  h ^= h >>> 16; h = Math.imul(h, 0x7feb352d) >>> 0; h ^= h >>> 15; h = Math.imul(h, 0x846ca68b) >>> 0; h ^= h >>> 16;
  return h >>> 0;
}

// ---------------------------------------------------------------------------------------------
// inventories (all invented or generic)
const F_WORD = ['Hope', 'Grace', 'Joy', 'Faith', 'Rose', 'Iris', 'June', 'April', 'Dawn', 'Summer', 'Ivy', 'Pearl', 'Ruby',
  'Amber', 'Heather', 'Holly', 'Crystal', 'Destiny', 'Autumn', 'Olive', 'Violet', 'Willow', 'Daisy', 'Constance', 'Charity',
  'Patience', 'Honor', 'Sunny', 'Star', 'Precious', 'Blessing', 'Story'];
const F_OTHER = ['Mary', 'Adaeze', 'Chiamaka', 'Ngozi', 'Abena', 'Efua', 'Folake', 'Yetunde', 'Aminata', 'Fatoumata', 'Priya',
  'Ananya', 'Deepika', 'Lakshmi', 'Meera', 'Sunita', 'Harpreet', 'Mei', 'Xiu', 'Yuki', 'Haruka', 'Ji-woo', 'Min-seo', 'Thu',
  'Linh', 'Oksana', 'Katarzyna', 'Agnieszka', 'Svetlana', 'Milena', 'Zofia', 'Fatima', 'Layla', 'Noor', 'Amira', 'Yasmin',
  'Rania', 'Guadalupe', 'Xiomara', 'Marisol', 'Yesenia', 'Itzel', 'Siobhan', 'Niamh', 'Aoife', 'Maeve', 'Saoirse', 'Ingrid',
  'Sigrid', 'Astrid', 'Solveig', 'Winona', 'Nizhoni', 'Aiyana', 'Kateri', 'Leilani', 'Mahina', 'Tamar', 'Shoshana', 'Esther',
  'Chloe', 'Brittany', 'Kayla', 'Tiffany', 'LaToya', 'Keisha', 'Imani', 'Dolores', 'Bernadette', 'Gladys', 'Maribel', 'Renata',
  'Beatriz', 'Ximena', 'Tuyet', 'Hoa', 'Nadia', 'Ilse', 'Greta', 'Dagny', 'Ama', 'Zainab', 'Halima', 'Parisa', 'Shirin'];
const M_WORD = ['Will', 'Frank', 'Bill', 'Mark', 'Chase', 'Hunter', 'Gene', 'Guy', 'Jack', 'Drew', 'Lance', 'Miles', 'Wade',
  'Dale', 'Glen', 'Rod', 'Sonny', 'Buck', 'Rusty', 'Art', 'Earl', 'Grant', 'Pierce', 'Reed', 'Sterling', 'Heath', 'Clay',
  'Forrest', 'Cole', 'Dusty', 'Chip', 'Skip', 'Bud', 'Royal', 'King', 'Major'];
const M_OTHER = ['Chukwuemeka', 'Obinna', 'Kwame', 'Kofi', 'Yaw', 'Babatunde', 'Olumide', 'Mamadou', 'Ousmane', 'Ibrahima',
  'Arjun', 'Rohan', 'Vikram', 'Sanjay', 'Rajesh', 'Gurpreet', 'Harjit', 'Wei', 'Jian', 'Hiroshi', 'Kenji', 'Takeshi',
  'Min-jun', 'Seo-jun', 'Duc', 'Minh', 'Tuan', 'Dmitri', 'Bogdan', 'Piotr', 'Tomasz', 'Miroslav', 'Vuk', 'Yusuf', 'Omar',
  'Khalid', 'Tariq', 'Mustafa', 'Hamza', 'José', 'Ramón', 'Alejandro', 'Jesús', 'Héctor', 'Rigoberto', 'Cormac', 'Padraig',
  'Declan', 'Eoin', 'Lars', 'Anders', 'Bjorn', 'Sven', 'Leif', 'Ahanu', 'Takoda', 'Nodin', 'Chayton', 'Keoni', 'Kaimana',
  'Thomas', 'Robert', 'Gerald', 'Walter', 'Harold', 'DeShawn', 'Tyrone', 'Marcus', 'Jamal', 'Cedric', 'Luis', 'Mateo',
  'Santiago', 'Aleksander', 'Stanislaw', 'Nikolai', 'Yosef', 'Ezra', 'Farid', 'Reza', 'Arash', 'Kwabena', 'Femi'];
const S_WORD = ['Stone', 'Hill', 'Price', 'Bell', 'Young', 'Brown', 'Black', 'White', 'Green', 'Wood', 'Moss', 'Rivers',
  'Banks', 'Fox', 'Hunt', 'Marsh', 'Frost', 'Snow', 'Bloom', 'Field', 'Lamb', 'Bird', 'Wolf', 'Hart', 'Glass', 'Cook',
  'Baker', 'Mason', 'Fisher', 'Small', 'Strong', 'Sharp', 'Little', 'Love', 'Best', 'Noble', 'Cash', 'Early', 'Lane', 'Ford',
  'King', 'Knight', 'Page', 'Read', 'Short', 'Long', 'Hand', 'Story', 'Rich', 'Booth', 'Gross', 'Swift', 'Sweet', 'Day',
  'Waters', 'Pickles', 'Savage', 'Sparks', 'Hope', 'Cross', 'Church', 'Chambers', 'Carver', 'Walker', 'Battle'];
const S_OTHER = ['Okafor', 'Adeyemi', 'Mensah', 'Asante', 'Boateng', 'Diallo', 'Ndiaye', 'Traoré', 'Nwosu', 'Eze', 'Obi',
  'Patel', 'Ramaswamy', 'Krishnan', 'Chatterjee', 'Banerjee', 'Iyer', 'Gill', 'Sandhu', 'Chen', 'Liu', 'Zhang', 'Wong',
  'Nakamura', 'Tanaka', 'Sato', 'Park', 'Kim', 'Choi', 'Nguyen', 'Tran', 'Pham', 'Kowalczyk', 'Wiśniewski', 'Nowak',
  'Petrov', 'Ivanova', 'Horvat', 'Novotny', 'Haddad', 'Al-Masri', 'Khoury', 'Nasser', 'Abdullah', 'Mansour', 'Hernández',
  'García', 'Villanueva', 'Castillo', 'Quiñones', "O'Brien", "O'Sullivan", 'McGrath', 'Gallagher', 'Lindqvist', 'Haugen',
  'Johansson', 'Sørensen', 'Halvorsen', 'Yazzie', 'Begay', 'Tsosie', 'Two Bulls', 'Running Horse', 'Littlefeather',
  'Kealoha', 'Makoa', 'Garcia-Lopez', 'Smith-Okafor', 'Lindqvist-Boyd', 'Mensah-Bonsu', 'Nakamura-Reyes', 'de la Cruz',
  'Van der Berg', 'van Dyke', 'De Luca', "D'Angelo", 'du Plessis', 'von Stein', 'al-Rashid', 'Ten Eyck', 'St. Pierre',
  'La Rosa', 'Da Silva', 'dos Santos', 'Schumacher', 'Brennan', 'Kaminski', 'Szabo', 'Dubois', 'Moreau', 'Rossi',
  'Esposito', 'Papadopoulos', 'Murphy', 'Foley', 'Graves', 'Yilmaz', 'Öztürk', 'Hakimi', 'Karimi', 'Ortiz-Vega', 'Whitfield', 'Pettigrew', 'Abernathy'];
const MI = 'ABCDEFGHJKLMNPRSTW';

const TOWNS = ['Millbrook', 'Cedar Falls', 'Stillwater', 'Fairhaven', 'Clearwater', 'Greenfield', 'Springdale', 'Riverton',
  'Oak Hill', 'Maple Grove', 'Harmony', 'Liberty', 'Concord', 'Union', 'Hope', 'Bethany', 'Eden', 'Summit', 'Plainview',
  'Glenwood', 'Brookside', 'Ashford', 'Westbury', 'Northfield', 'Lakeview', 'Rock Springs', 'Salt Creek', 'Dry Fork',
  'Walnut Cove', 'Fox Hollow', 'Bear Creek', 'Elk Ridge', 'Crane Lake', 'Stony Point', 'High Bridge', 'Three Forks',
  'Mill Valley', 'Lodi', 'Warsaw', 'Lebanon', 'Canton', 'Goshen', 'Hanover', 'Marion', 'Salem', 'Hazel Park',
  'Sweetwater', 'Mercer', 'Port Ellis', 'Dunmore', 'New Bremen', 'Oxbow', 'Prairie du Lac', 'Orchard Park', 'Friendship',
  'Independence', 'Pleasant Valley', 'Sugar Grove', 'Cold Spring', 'Paradise', 'Center Point', 'Bridgewater', 'Newfield',
  'Winter Haven', 'Fall River', 'Bluff City', 'Red Oak', 'Black River', 'White Pines', 'Long Pond', 'Gray Court', 'Kettle Falls'];
const COUNTIES = ['Mercer County', 'Ashland County', 'Tillman Co.', 'Ottawa County', 'Brazos Co', 'Sauk County', 'Harlan County', 'Cass County'];
const STATES = ['MA', 'NH', 'VT', 'NY', 'PA', 'OH', 'MI', 'WI', 'MN', 'IA', 'NC', 'VA', 'GA', 'TX', 'NM', 'AZ', 'CO', 'OR', 'WA', 'ME'];
const STATES_FULL = ['Ohio', 'Michigan', 'Vermont', 'New Hampshire', 'Texas', 'Georgia', 'North Carolina', 'Oregon', 'Arizona',
  'Minnesota', 'Florida', 'California', 'Puerto Rico', 'New Mexico', 'Maine', 'Kentucky'];
const COUNTRIES = ['Nigeria', 'Ghana', 'Senegal', 'India', 'Pakistan', 'Vietnam', 'Philippines', 'Mexico', 'Guatemala',
  'El Salvador', 'Poland', 'Ukraine', 'Bosnia', 'Lebanon', 'Syria', 'Somalia', 'Haiti', 'Ireland', 'Norway', 'Korea', 'China'];
const STREET_NAMES = ['Orchard Ridge Rd', 'Old Mill Lane', 'N Locust St', 'Chestnut Ave', 'Route 9W', 'Quarry Rd', 'Birch Hollow Dr',
  'Front St', 'E Main St', 'Cemetery Hill Rd', 'Tanner Way', 'Pleasant St', 'Wildflower Ct', 'County Rd 12', 'Spring St',
  'Larkspur Ln', 'Depot St', 'Harbor View Terr', 'Kingfisher Cir', 'S 4th St', 'Meadowlark Dr', 'Canal St', 'Peachtree Pl'];

interface Inst { full: string; short: string[] }
const HOSPITALS: Inst[] = [
  { full: "St. Brigid's Regional Medical Center", short: ["St. Brigid's", 'SBRMC', "St B's"] },
  { full: 'Kessler-Vance Memorial Hospital', short: ['Kessler-Vance', 'KVM', 'Kessler'] },
  { full: 'Three Rivers Health', short: ['Three Rivers', '3 Rivers', 'TRH'] },
  { full: "Halvorsen Children's Hospital", short: ["Halvorsen Children's", 'Halvorsen', 'HCH'] },
  { full: 'Mercy Hollow Hospital', short: ['Mercy Hollow', 'MHH', 'the Hollow'] },
  { full: 'Northbridge University Medical Center', short: ['Northbridge', 'NUMC', 'the U'] },
  { full: 'Lakeshore Baptist Hospital', short: ['Lakeshore Baptist', 'LBH', 'Baptist'] },
  { full: 'Greer-Adeyemi Community Hospital', short: ['Greer-Adeyemi', 'GACH', 'Greer'] },
  { full: 'Pine Ridge Veterans Clinic', short: ['Pine Ridge VA', 'the VA in Pine Ridge'] },
];
const CLINICS: Inst[] = [
  { full: 'Riverbend Family Medicine', short: ['Riverbend FM', 'Riverbend'] },
  { full: 'Northgate Pediatrics', short: ['Northgate Peds', 'Northgate'] },
  { full: "Harbor Light Women's Health", short: ['Harbor Light', 'HLWH'] },
  { full: 'Cedar Street Internal Medicine', short: ['Cedar St IM', 'CSIM'] },
  { full: 'Bellweather Cardiology Associates', short: ['Bellweather Cardiology', 'BCA'] },
  { full: 'Summit Endocrine & Diabetes Center', short: ['Summit Endo', 'SEDC'] },
  { full: 'Tri-County Neurology Group', short: ['Tri-County Neuro', 'TCNG'] },
  { full: 'Okafor-Lindqvist Cancer Institute', short: ['Okafor-Lindqvist', 'OLCI', 'the cancer institute on Pleasant'] },
  { full: 'Valley Digestive Health', short: ['Valley GI', 'VDH'] },
  { full: 'Fox Hollow Community Health Center', short: ['Fox Hollow CHC', 'FHCHC'] },
  { full: 'Hillcrest Urgent Care', short: ['Hillcrest UC', 'Hillcrest'] },
  { full: 'Pettigrew Sleep & Pulmonary', short: ['Pettigrew Pulm', 'Pettigrew'] },
  { full: 'Young Street Behavioral Health', short: ['Young St BH', 'YSBH'] },
];
const PHARMACIES = ['Walgreens on Main', 'CVS #4471', 'Rite Aid - Canal St', "Pell's Family Pharmacy", 'Kroger Pharmacy',
  'Hy-Vee Pharmacy', 'Costco Pharmacy', 'Apothecary Shoppe of Millbrook', 'Stone Drug', 'Walmart Pharmacy 1182',
  'Express Scripts mail order', 'Harmony Rx', 'Medicine Shoppe', 'Price Chopper pharmacy'];
const SCHOOLS_YOUNG = ['Little Acorns Daycare', 'Bright Horizons of Fairhaven', 'KinderCare on Depot St', 'Grace Fellowship Preschool',
  'Mill Valley Head Start', 'Tiny Steps Family Daycare', 'Greenfield Montessori'];
const SCHOOLS_MID = ['Lincoln Elementary', 'Oak Hollow Middle School', 'Sacred Heart Academy', 'Bear Creek Elementary',
  'St. Casimir School', 'Harmony Charter Academy', 'Hope Street Elementary', 'Banks Intermediate'];
const SCHOOLS_HIGH = ['Riverton High School', 'Westbury Regional HS', 'Sacred Heart Academy', 'Fox Hollow Vocational Tech',
  'Northfield Community College', 'Salem State'];
const SCHOOLS = [...SCHOOLS_YOUNG, ...SCHOOLS_MID, ...SCHOOLS_HIGH];
const EMPLOYERS = ['Dunmore Freight', 'Kowalczyk Tool & Die', 'the Amazon warehouse in Canton', 'Stillwater Public Schools',
  'Hope Valley Nursing Home', 'Tyson plant', 'UPS', 'Lakeview Dental', 'Marsh Brothers Roofing', 'First Union Bank',
  'Home Depot', 'Mercer County Sheriff', 'Bell & Price LLP', 'Sweetwater Casino', 'Fairhaven Fire Dept', 'Target'];
const CHURCHES = ['Grace Fellowship Church', "St. Stephen's Episcopal", 'Bethel AME', 'Temple Beth Shalom',
  'Masjid Al-Noor', 'First Baptist of Union', 'Our Lady of Guadalupe Parish', 'New Hope Pentecostal'];
const LABS = ['Quest', 'LabCorp', 'Harmony Diagnostics', "St. Brigid's outpatient lab", 'Summit Imaging', 'Clearwater Open MRI'];
const INSURERS = ['Keystone Mutual Health', 'Blue Cross', 'Aetna', 'Ambetter', 'Harborpoint Health Plan', 'UnitedHealthcare'];
const EMAIL_DOM = ['gmail.com', 'yahoo.com', 'hotmail.com', 'aol.com', 'icloud.com', 'outlook.com', 'comcast.net'];
const PORTALS = ['https://mychart.riverbendfm.org', 'https://portal.threerivershealth.org/login', 'www.stbrigidhealth.org/pay',
  'https://followmyhealth.kvmh.org', 'summitendo.org/forms', 'https://telehealth.numc.edu/visit', 'http://harborlightwh.com/ob',
  'www.northgatepeds.com/afterhours'];

const CREDS_DOC = ['MD', 'DO', 'MD', 'MD, FACC', 'DO, MPH', 'MD PhD'];
const CREDS_OTHER = ['NP', 'FNP-C', 'PA-C', 'RN', 'LPN', 'CMA', 'MA', 'RD', 'CDCES', 'LICSW', 'PharmD', 'IBCLC', 'CNM', 'RN, BSN'];

export const INVENTORY_SIZES: Record<string, number> = {
  firstNamesFemale: F_WORD.length + F_OTHER.length,
  firstNamesMale: M_WORD.length + M_OTHER.length,
  surnames: S_WORD.length + S_OTHER.length,
  wordNames: F_WORD.length + M_WORD.length + S_WORD.length,
  towns: TOWNS.length,
  counties: COUNTIES.length,
  states: STATES.length + STATES_FULL.length,
  countries: COUNTRIES.length,
  streets: STREET_NAMES.length,
  hospitals: HOSPITALS.length,
  clinics: CLINICS.length,
  pharmacies: PHARMACIES.length,
  schoolsAndDaycares: SCHOOLS.length,
  employers: EMPLOYERS.length,
  churches: CHURCHES.length,
  labsAndImaging: LABS.length,
  insurers: INSURERS.length,
  portals: PORTALS.length,
};

// ---------------------------------------------------------------------------------------------
// people
interface Person { first: string; last: string; mi: string; female: boolean }
interface Clin extends Person { cred: string; doc: boolean }

function person(r: Rng, female?: boolean, last?: string): Person {
  const f = female ?? r.chance(0.5);
  const first = f ? (r.chance(0.3) ? r.pick(F_WORD) : r.pick(F_OTHER)) : (r.chance(0.3) ? r.pick(M_WORD) : r.pick(M_OTHER));
  const ln = last ?? (r.chance(0.28) ? r.pick(S_WORD) : r.pick(S_OTHER));
  return { first, last: ln, mi: MI[r.int(0, MI.length - 1)] ?? 'A', female: f };
}
/** a billing provider: physician, or NP / PA / CNM */
function prov(r: Rng, docShare = 0.7): Clin {
  const d = r.chance(docShare);
  return { ...person(r), cred: d ? r.pick(CREDS_DOC) : r.pick(['NP', 'FNP-C', 'PA-C', 'AGNP-C', 'DNP, FNP-BC']), doc: d };
}
function clin(r: Rng, doc?: boolean): Clin {
  const d = doc ?? r.chance(0.6);
  return { ...person(r), cred: d ? r.pick(CREDS_DOC) : r.pick(CREDS_OTHER), doc: d };
}

/** a name as typed: one string, always labelled as one span */
function nm(r: Rng, p: Person, fmt?: number): string {
  const k = fmt ?? r.int(0, 9);
  switch (k) {
    case 0: return `${p.first} ${p.last}`;
    case 1: return `${p.first} ${p.mi}. ${p.last}`;
    case 2: return `${p.last}, ${p.first}`;
    case 3: return `${p.last}, ${p.first} ${p.mi}.`;
    case 4: return `${p.last.toUpperCase()}, ${p.first.toUpperCase()}`;
    case 5: return `${p.first[0]}. ${p.last}`;
    case 6: return `${p.first} ${p.last}`;
    case 7: return p.last;
    case 8: return `${p.first.toLowerCase()} ${p.last.toLowerCase()}`;
    default: return `${p.first} ${p.last}`;
  }
}
function initials(p: Person): string { return (p.first[0] ?? 'X') + (p.last.replace(/^(de la |van der |van |von |du |al-|St\. )/i, '')[0] ?? 'X').toUpperCase(); }

/** clinician reference with title/credentials kept outside the span */
function dr(r: Rng, c: Clin, mode?: number): Piece[] {
  const k = mode ?? r.int(0, 6);
  if (c.doc) {
    switch (k) {
      case 0: return ['Dr. ', N(c.last)];
      case 1: return ['Dr ', N(`${c.first} ${c.last}`)];
      case 2: return [N(`${c.first} ${c.last}`), `, ${c.cred}`];
      case 3: return [N(`${c.first[0]}. ${c.last}`), ` ${c.cred.split(',')[0]}`];
      case 4: return ['dr. ', N(c.last.toLowerCase())];
      case 5: return [N(`${c.last}, ${c.first}`), ` ${c.cred}`];
      default: return ['Dr. ', N(c.last)];
    }
  }
  switch (k) {
    case 0: case 1: return [N(`${c.first} ${c.last}`), `, ${c.cred}`];
    case 2: return [N(c.first), ` (${c.cred.split(',')[0]})`];
    case 3: return [N(`${c.first[0]}. ${c.last}`), ` ${c.cred}`];
    case 4: return [N(c.first), ' ', c.cred.split(',')[0] ?? 'RN'];
    default: return [N(`${c.first} ${c.last}`), ' ', c.cred];
  }
}

// ---------------------------------------------------------------------------------------------
// dates, numbers, ids
const MON = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const MON3 = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
interface Dt { y: number; m: number; d: number }
function rdate(r: Rng, y0 = 2022, y1 = 2025): Dt { return { y: r.int(y0, y1), m: r.int(1, 12), d: r.int(1, 28) }; }
function addDays(t: Dt, n: number): Dt {
  const x = new Date(Date.UTC(t.y, t.m - 1, t.d + n));
  return { y: x.getUTCFullYear(), m: x.getUTCMonth() + 1, d: x.getUTCDate() };
}
const p2 = (n: number): string => String(n).padStart(2, '0');
function ord(n: number): string { return n + (n % 10 === 1 && n !== 11 ? 'st' : n % 10 === 2 && n !== 12 ? 'nd' : n % 10 === 3 && n !== 13 ? 'rd' : 'th'); }
function fd(r: Rng, t: Dt, fmt?: number): string {
  const k = fmt ?? r.int(0, 11);
  switch (k) {
    case 0: return `${t.m}/${t.d}/${t.y}`;
    case 1: return `${p2(t.m)}/${p2(t.d)}/${String(t.y).slice(2)}`;
    case 2: return `${t.m}/${t.d}`;
    case 3: return `${MON3[t.m - 1]} ${t.d}`;
    case 4: return `${MON[t.m - 1]} ${ord(t.d)}`;
    case 5: return `${p2(t.d)}-${MON3[t.m - 1]}-${t.y}`;
    case 6: return `${t.y}-${p2(t.m)}-${p2(t.d)}`;
    case 7: return `${t.m}-${t.d}`;
    case 8: return `${MON[t.m - 1]} ${t.d}, ${t.y}`;
    case 9: return `${t.d} ${MON[t.m - 1]} ${t.y}`;
    case 10: return `${MON3[t.m - 1]}. ${t.d}, ${t.y}`;
    default: return `${p2(t.m)}/${p2(t.d)}/${t.y}`;
  }
}
/** a full date (with year) for headers and DOBs */
function fdy(r: Rng, t: Dt): string { return fd(r, t, r.pick([0, 1, 5, 6, 8, 9, 10, 11])); }
function phone(r: Rng, area?: string): string {
  const a = area ?? String(r.int(201, 989));
  const x = `${r.int(200, 989)}`;
  const y = r.digits(4);
  switch (r.int(0, 5)) {
    case 0: return `(${a}) ${x}-${y}`;
    case 1: return `${a}-${x}-${y}`;
    case 2: return `${a}.${x}.${y}`;
    case 3: return `${a} ${x} ${y}`;
    case 4: return `(${a})${x}-${y}`;
    default: return `${a}-${x}-${y}`;
  }
}
const mrn = (r: Rng): string => r.pick([() => r.digits(8), () => `00${r.digits(6)}`, () => `${r.letters(1)}${r.digits(7)}`, () => `${r.digits(3)}-${r.digits(2)}-${r.digits(3)}`])();

// ---------------------------------------------------------------------------------------------
// patients
type Track = 'adult' | 'elder' | 'child' | 'ob';
interface Patient {
  id: string; track: Track; p: Person; age: number; dob: Dt; mrn: string; phone: string; email: string;
  street: string; town: string; state: string; zip: string; pcp: Clin; clinic: Inst; hospital: Inst;
  pharmacy: string; rel: Person; relRole: string; other: Person; otherRole: string; employer: string; school: string;
  insurer: string; memberId: string; country: string; typoLast: string;
}

function mkPatient(seed: number, idx: number): Patient {
  const r = new Rng(mix(seed ^ 0x51ab, idx + 77777));
  const tv = r.next();
  const track: Track = tv < 0.5 ? 'adult' : tv < 0.62 ? 'elder' : tv < 0.82 ? 'child' : 'ob';
  const female = track === 'ob' ? true : r.chance(0.52);
  const p = person(r, female);
  const age = track === 'adult' ? r.int(19, 88) : track === 'elder' ? r.int(90, 103) : track === 'child' ? r.int(0, 17) : r.int(17, 44);
  const dob: Dt = { y: 2025 - age, m: r.int(1, 12), d: r.int(1, 28) };
  const relRole = track === 'child' ? r.pick(['mother', 'father', 'grandmother', 'mom', 'dad', 'foster mother', 'aunt'])
    : track === 'elder' ? r.pick(['daughter', 'son', 'niece', 'grandson', 'wife', 'caregiver'])
      : track === 'ob' ? r.pick(['partner', 'husband', 'boyfriend', 'wife', 'mother'])
        : r.pick(['wife', 'husband', 'daughter', 'son', 'sister', 'partner', 'roommate']);
  const relFemale = /mother|mom|grandmother|aunt|daughter|niece|wife|sister/.test(relRole) ? true : /father|dad|son|husband|boyfriend|grandson/.test(relRole) ? false : undefined;
  const rel = person(r, relFemale, /mother|father|mom|dad|son|daughter|grand|husband|wife/.test(relRole) && r.chance(0.7) ? p.last : undefined);
  const otherRole = track === 'ob' ? r.pick(['doula', 'sister', 'best friend', 'midwife']) : track === 'child' ? r.pick(['teacher', 'daycare director', 'school nurse', 'coach', 'babysitter']) : r.pick(['neighbor', 'friend', 'home health aide', 'pastor', 'interpreter', 'case manager']);
  const other = person(r);
  let typoLast = p.last;
  if (p.last.length > 4 && /^[A-Za-z]+$/.test(p.last)) {
    const i = r.int(1, p.last.length - 3);
    typoLast = p.last.slice(0, i) + (p.last[i + 1] ?? '') + (p.last[i] ?? '') + p.last.slice(i + 2);
  }
  const user = r.pick([`${p.first}.${p.last}`, `${p.first[0]}${p.last}${r.int(1, 99)}`, `${p.last}${p.first[0]}`, `${p.first}${r.int(60, 2009)}`, `mama${p.first}`, `${p.first}_${p.last[0]}`])
    .toLowerCase().replace(/[^a-z0-9._]/g, '');
  return {
    id: `p${String(idx).padStart(4, '0')}`, track, p, age, dob, mrn: mrn(r), phone: phone(r), email: `${user}@${r.pick(EMAIL_DOM)}`,
    street: `${r.int(2, 4999)} ${r.pick(STREET_NAMES)}${r.chance(0.25) ? ` Apt ${r.int(1, 9)}${r.pick(['A', 'B', 'C', ''])}` : ''}`,
    town: r.pick(TOWNS), state: r.pick(STATES), zip: r.chance(0.9) ? r.digits(5) : `${r.digits(5)}-${r.digits(4)}`,
    pcp: prov(r), clinic: track === 'child' ? r.pick([CLINICS[1], CLINICS[9], CLINICS[0]]) as Inst : track === 'ob' ? r.pick([CLINICS[2], CLINICS[0], CLINICS[9]]) as Inst : r.pick([CLINICS[0], CLINICS[3], CLINICS[9], CLINICS[10]]) as Inst, hospital: r.pick(HOSPITALS), pharmacy: r.pick(PHARMACIES),
    rel, relRole, other, otherRole, employer: r.pick(EMPLOYERS), school: r.pick(age < 5 ? SCHOOLS_YOUNG : age < 14 ? SCHOOLS_MID : SCHOOLS_HIGH), insurer: r.pick(INSURERS),
    memberId: `${r.letters(3)}${r.digits(9)}`, country: r.pick(COUNTRIES), typoLast,
  };
}

/** patient's name as typed (sometimes misspelled surname; still a NAME) */
function pn(r: Rng, pt: Patient, fmt?: number): Sp {
  const q = r.chance(0.05) ? { ...pt.p, last: pt.typoLast } : pt.p;
  return N(nm(r, q, fmt));
}
function ageP(pt: Patient, suffix = ' yo'): Piece[] {
  if (pt.age > 89) return [AG(String(pt.age)), suffix];
  return [`${pt.age}${suffix}`];
}
function ageWords(r: Rng, pt: Patient): Piece[] {
  if (pt.track === 'child' && pt.age < 2) return [`${r.int(2, 18)} mo`];
  const s = r.pick([' yo', '-year-old', ' y/o', ' year old', 'yo', ' yr old']);
  return ageP(pt, s);
}
const sexW = (r: Rng, pt: Patient): string => pt.track === 'child' ? (pt.p.female ? r.pick(['girl', 'female', 'F']) : r.pick(['boy', 'male', 'M'])) : pt.p.female ? r.pick(['female', 'woman', 'F', 'lady']) : r.pick(['male', 'man', 'M', 'gentleman']);
const he = (pt: Patient): string => pt.p.female ? 'she' : 'he';
const his = (pt: Patient): string => pt.p.female ? 'her' : 'his';

// ---------------------------------------------------------------------------------------------
// shared clinical vocabulary (tricky non-PHI mixed in)
const BP = (r: Rng): string => `${r.int(104, 168)}/${r.int(60, 98)}`;
function vitals(r: Rng, child = false): string {
  if (child) return `T ${r.int(97, 99)}.${r.int(0, 9)} HR ${r.int(78, 130)} RR ${r.int(18, 30)} Wt ${r.int(8, 60)}.${r.int(0, 9)} kg (${r.int(5, 97)}th %ile)`;
  return r.pick([
    `BP ${BP(r)}  HR ${r.int(56, 104)}  T ${r.int(97, 99)}.${r.int(0, 9)}  SpO2 ${r.int(93, 100)}% RA  BMI ${r.int(19, 44)}.${r.int(0, 9)}`,
    `Vitals: BP ${BP(r)}, P ${r.int(56, 104)}, RR ${r.int(12, 20)}, Wt ${r.int(110, 290)} lb`,
    `bp ${BP(r)} p ${r.int(56, 104)} o2 ${r.int(93, 100)}% wt ${r.int(110, 290)}#`,
    `BP ${BP(r)} (repeat ${BP(r)}), pulse ${r.int(56, 104)} regular, afebrile`,
  ]);
}
const EXAM_LINES = [
  'Gen: NAD, pleasant, conversant.', 'HEENT: TMs clear, oropharynx benign.', 'Neck: supple, no LAD, no thyromegaly.',
  'CV: RRR, no m/r/g. 2+ radial and DP pulses.', 'Lungs: CTAB, no wheeze or crackles.', 'Abd: soft, NT/ND, neg Murphy sign, no HSM.',
  'Ext: no edema. Homans sign negative (for what it is worth).', 'Neuro: CN II-XII intact, Babinski downgoing bilaterally, Romberg neg.',
  'Skin: no rash. Small seborrheic keratosis L flank, unchanged.', 'Psych: mood "pretty good", affect bright, linear thought.',
  'MSK: R knee with small effusion, neg McMurray, neg Lachman.', 'Feet: monofilament intact 10/10 sites bilat, no ulcers.',
  'Thyroid: no nodules, no bruit. No Chvostek sign.', 'Back: no CVA tenderness, neg straight leg raise, FABER neg.',
];
const PROBLEMS = [
  'HTN', 'T2DM', 'HLD', 'hypothyroidism', 'GERD', 'OSA on CPAP', 'CKD 3a', 'afib on anticoag', 'CAD s/p PCI', 'COPD',
  'asthma, mild persistent', 'MDD', 'GAD', 'obesity', 'osteoarthritis knees', 'BPH', 'migraine w/o aura', 'iron def anemia',
  "Hashimoto's", "Graves disease s/p RAI", "Crohn's (ileal)", 'Barrett esophagus', "Parkinson's disease", 'gout', 'psoriasis',
  "Raynaud's", "Bell's palsy (resolved)", "Hodgkin lymphoma in remission", 'DCIS s/p lumpectomy', "Sjogren's",
];
const MEDS = [
  'lisinopril 20 mg daily', 'amlodipine 5 mg daily', 'metformin 1000 mg BID', 'atorvastatin 40 mg qhs', 'levothyroxine 88 mcg',
  'Synthroid 100 mcg', 'Eliquis 5 mg BID', 'Jardiance 10 mg', 'Ozempic 0.5 mg weekly', 'Mounjaro 5 mg weekly', 'omeprazole 20 mg',
  'sertraline 50 mg', 'Lexapro 10 mg', 'albuterol HFA prn', 'Symbicort 160/4.5 2 puffs BID', 'losartan 50 mg', 'HCTZ 25 mg',
  'Xarelto 20 mg with supper', 'carvedilol 12.5 mg BID', 'insulin glargine 24 units qhs', 'Humalog per scale', 'gabapentin 300 mg TID',
  'tamsulosin 0.4 mg', 'allopurinol 300 mg', 'Entresto 24/26 BID', 'Farxiga 10 mg', 'Sinemet 25/100 TID', 'Humira q2wk',
  'vitamin D3 2000 IU', 'prenatal vitamin', 'Zoloft 100', 'Adderall XR 20 mg', 'Flovent 44 2 puffs BID', 'cetirizine 10 mg',
];
const FILLERS = [
  'Discussed diet and exercise at length; patient receptive. Will follow up as planned.',
  'All questions answered. Return precautions reviewed: chest pain, shortness of breath, fever over 101, or worsening symptoms.',
  'Total time spent on the date of the encounter was 32 minutes including chart review, counseling and documentation.',
  'Medication list reconciled. No changes to allergies (NKDA). Encouraged use of the after-visit summary.',
  'Hope to avoid escalating therapy if home readings stay at goal. Will revisit at next visit.',
  'Frank discussion about alcohol use today; patient agreeable to cutting back to weekends only.',
];

// ---------------------------------------------------------------------------------------------
// small reusable blocks
interface Ctx { r: Rng; pt: Patient; vd: Dt; me: Clin; upper: boolean; lower: boolean }

function sigLine(c: Ctx, who: Clin, withDate = true): Piece[] {
  const { r } = c;
  const k = r.int(0, 7);
  const dt = withDate ? [' ', D(fd(r, c.vd, r.pick([0, 1, 11]))), ` ${r.int(7, 18)}:${p2(r.int(0, 59))}`] : [];
  switch (k) {
    case 0: return ['Electronically signed by: ', ...dr(r, who, 2), ...dt, '\n'];
    case 1: return ['-- ', N(`${who.first} ${who.last}`), `, ${who.cred}`, '\n'];
    case 2: return ['Signed: ', N(nm(r, who, 3)), ` ${who.cred}`, ...dt, '\n'];
    case 3: return [N(initials(who)), '/', N(initials(c.pt.pcp === who ? c.me : c.pt.pcp).toLowerCase()), '\n'];
    case 4: return [N(`${who.first[0]}${who.last[0]}`), ` ${who.cred.split(',')[0]}`, '\n'];
    case 5: return ['Thanks, ', N(who.first), '\n'];
    case 6: return ['Attestation: I personally saw and examined the patient. ', ...dr(r, who, 0), '\n'];
    default: return [N(`${who.first} ${who.last}`), ` ${who.cred}`, ' | ', L(c.pt.clinic.full), '\n'];
  }
}

function headerBlock(c: Ctx, title: string): Piece[] {
  const { r, pt, vd } = c;
  const k = r.int(0, 4);
  switch (k) {
    case 0: return [
      title.toUpperCase(), '\n', 'Patient: ', pn(r, pt, r.pick([3, 4, 2])), '   DOB: ', D(fdy(r, pt.dob)), '   MRN: ', ID(pt.mrn), '\n',
      'Date of service: ', D(fdy(r, vd)), '   Provider: ', ...dr(r, c.me, 2), '\n', 'Location: ', L(pt.clinic.full), r.chance(0.5) ? ['   ', O(`Exam Rm ${r.int(1, 14)}`)] : '', '\n\n'];
    case 1: return [
      pn(r, pt, 4), '  ', ID(pt.mrn), '  ', D(fd(r, pt.dob, 0)), ' (', ...(pt.age > 89 ? [AG(String(pt.age)), 'y'] : [`${pt.age}y`]), ')\n',
      `${title} - `, D(fd(r, vd, r.pick([0, 6, 8]))), ' - ', L(r.pick(pt.clinic.short)), '\n\n'];
    case 2: return [`${title}  `, D(fd(r, vd, 11)), '\n', 'Pt: ', pn(r, pt, 0), ', ', ...ageWords(r, pt), ` ${sexW(r, pt)}`, '\n', 'PCP: ', ...dr(r, pt.pcp, 5), '\n\n'];
    case 3: return [`${title}\n`, 'Name: ', pn(r, pt, 3), '\nAcct #: ', ID(`${r.digits(9)}`), '   Ins: ', L(pt.insurer), ' ', ID(pt.memberId), '\n', 'Visit date: ', D(fdy(r, vd)), '\n\n'];
    default: return [`${title} -- `, D(fd(r, vd, r.pick([3, 4, 10]))), '\n\n'];
  }
}

function socialHx(c: Ctx): Piece[] {
  const { r, pt } = c;
  const opts: Piece[][] = [
    T`SH: lives in ${L(pt.town)} with ${pt.relRole} ${N(nm(r, pt.rel, 0))}. Works at ${L(pt.employer)}. Never smoker. Etoh socially.\n`,
    T`Social: ${pt.relRole} (${N(pt.rel.first)}) at home, retired from ${L(pt.employer)}. Quit tobacco in ${Y(String(r.int(1978, 2020)))}. No drugs.\n`,
    T`SOCIAL HISTORY: originally from ${ST(pt.country)}, moved to ${L(pt.town)}, ${ST(pt.state)} ${Y(String(r.int(1985, 2021)))}. Attends ${L(r.pick(CHURCHES))}. ${r.int(0, 4)} drinks/wk.\n`,
    T`SH: farm outside ${L(pt.town)} in rural ${L(r.pick(COUNTIES))}; well water, wood stove. Lives with ${pt.relRole}. Smokes 1/2 ppd since age 16.\n`,
    T`soc: married, ${r.int(0, 4)} kids. drives for ${L(r.pick(EMPLOYERS))}. vapes occasionally, "trying to quit".\n`,
  ];
  return r.pick(opts);
}
function pmh(c: Ctx): Piece[] {
  const { r } = c;
  const probs = r.some(PROBLEMS, r.int(2, 5));
  const yr = r.int(1986, 2023);
  const yrP = r.pick([() => Y(String(yr)), () => Y(`'${String(yr).slice(2)}`), () => Y(`${String(yr).slice(2)}'`)])();
  const surg = r.pick(['CABG', 'appy', 'lap chole', 'TKA', 'C-section', 'hernia repair', 'Nissen fundoplication', 'Whipple']);
  return T`PMH: ${probs.join(', ')}. PSH: ${surg} ${yrP}${r.chance(0.5) ? T` at ${L(r.pick(HOSPITALS).full)}` : ''}.\n`;
}
function medList(c: Ctx, n?: number): Piece[] {
  const { r } = c;
  const ms = r.some(MEDS, n ?? r.int(2, 6));
  return r.chance(0.5) ? ['Meds:\n', ms.map((m) => `- ${m}\n`).join('')] : [`Current meds: ${ms.join('; ')}.\n`];
}
function examBlock(c: Ctx, n?: number): Piece[] {
  const { r } = c;
  return [r.pick(['Exam:\n', 'PE:\n', 'PHYSICAL EXAM\n', 'O: ']), r.some(EXAM_LINES, n ?? r.int(3, 6)).join('\n'), '\n'];
}

// ---------------------------------------------------------------------------------------------
// style 1: primary care visits
function primaryCare(c: Ctx): [Piece[], number] {
  const { r, pt, vd } = c;
  let s = r.int(0, 8);
  if (s === 4 && pt.age < 65) s = 0;
  const probs = r.some(PROBLEMS.slice(0, 16), 3);
  const out: Piece[] = [];
  const lastYr = addDays(vd, -r.int(100, 400));
  if (s === 0 || s === 1) {
    // SOAP annual
    out.push(headerBlock(c, s === 0 ? 'Annual Physical' : 'Chronic Disease Follow-up'));
    out.push(T`S: ${ageWords(r, pt)} ${sexW(r, pt)} here for ${s === 0 ? 'annual exam' : `f/u ${probs.join(', ')}`}. Last seen ${D(fd(r, lastYr))}. ${pt.relRole === 'wife' || pt.relRole === 'husband' ? T`Accompanied by ${pt.relRole} ${N(pt.rel.first)}.` : 'Came alone.'} Feels well overall, some fatigue in afternoons. Denies chest pain, dyspnea, melena or frank blood in stool.\n`);
    out.push(pmh(c), medList(c));
    if (r.chance(0.5)) out.push(socialHx(c));
    if (r.chance(0.3)) out.push(T`FHx: ${r.pick(['father MI at 58', 'mother breast ca', 'sister T1DM', 'no premature CAD'])}; ${r.pick(['grandmother had Parkinson', 'uncle with Lynch syndrome', 'brother with Crohn disease', 'noncontributory otherwise'])}.\n`);
    out.push(T`O: ${vitals(r)}\n`, examBlock(c, 4));
    out.push(T`A/P:\n1. ${probs[0] ?? 'HTN'} - stable. Continue current regimen; recheck BMP in 3 mo at ${L(r.pick(LABS))}.\n2. ${probs[1] ?? 'HLD'} - A1c/lipids today.\n3. HCM - Tdap UTD, shingrix #${r.int(1, 2)} today, colonoscopy due (last ${Y(String(r.int(2012, 2020)))} w/ ${dr(r, clin(r, true), 0)}). ${pt.p.female ? T`Mammo ordered at ${L(r.pick(LABS))}.` : T`AAA screen US at ${L(r.pick(LABS))}.`}\nRTC 6 months or sooner prn.\n`);
    out.push(sigLine(c, c.me));
  } else if (s === 2) {
    // narrative problem-based
    out.push(T`${L(pt.clinic.full)}\n${D(fd(r, vd, 8))}\n\nRE: ${pn(r, pt, 0)} (DOB ${D(fd(r, pt.dob, 0))})\n\n`);
    out.push(T`${N(pt.p.first)} returns for follow-up of diabetes and blood pressure. Home readings mostly 130s/80s per ${his(pt)} log. ${pt.p.female ? 'She' : 'He'} started walking with ${his(pt)} ${pt.relRole} after Thanksgiving and has lost ${r.int(3, 14)} lb. A1c ${r.int(6, 9)}.${r.int(0, 9)} (was ${r.int(7, 10)}.${r.int(0, 9)} on ${D(fd(r, lastYr, 2))}). No hypoglycemia. Sees ${dr(r, clin(r, true), 1)} at ${L(r.pick(HOSPITALS).short[0] ?? 'KVM')} for eyes; last dilated exam ${D(fd(r, lastYr, 3))}.\n\n`);
    out.push(medList(c), T`${vitals(r)}\n`);
    out.push(T`Plan: continue metformin, add Jardiance 10 mg. Foot exam done. Urine microalb sent. Pneumovax given today. Refills to ${L(pt.pharmacy)}. Follow up with me in 3 months - ${pt.p.female ? 'she' : 'he'} will call ${PH(pt.phone)} if any issues, or message on the portal.\n\n`);
    out.push(sigLine(c, c.me));
  } else if (s === 3) {
    // template with ROS checklist
    out.push(headerBlock(c, 'Office Visit'));
    out.push(T`CC: "${r.pick(['my sugars are high', 'follow up on pressure', 'need a physical for work', 'knee still hurts', 'feeling tired all the time'])}"\n\nHPI: ${pn(r, pt, 6)} is a ${ageWords(r, pt)} here with ${pt.relRole} ${N(nm(r, pt.rel, 5))}. Reports ${r.int(2, 8)} weeks of ${r.pick(['fatigue', 'low back pain', 'heartburn', 'poor sleep', 'knee pain'])}. Tried ibuprofen, Tylenol and heat. Works at ${L(pt.employer)} on ${r.pick(['nights', 'weekends', 'second shift'])}.\n\n`);
    out.push('ROS: Const: (-) fever, (+) fatigue. CV: (-) CP, (-) palpitations. Resp: (-) SOB. GI: (-) N/V, (-) blood. GU: neg. Neuro: (-) HA. Psych: (+) stress at work. All other systems reviewed and negative.\n\n');
    out.push(socialHx(c), T`\n${vitals(r)}\n`, examBlock(c));
    out.push(T`\nAssessment and plan: ${r.pick(['mechanical LBP', 'GERD', 'insomnia', 'OA R knee', 'fatigue - check TSH, CBC, CMP, ferritin'])}. ${r.pick(FILLERS)}\nNext visit ${D(fd(r, addDays(vd, r.int(28, 120)), r.pick([2, 3, 4])))} (${r.pick(WEEKDAYS)} am).\n\n`);
    out.push(sigLine(c, c.me));
  } else if (s === 4) {
    // Medicare annual wellness with elder focus
    out.push(T`MEDICARE ANNUAL WELLNESS VISIT\n${pn(r, pt, 3)}   ${ID(pt.mrn)}\n${D(fdy(r, vd))}\n\n`);
    out.push(T`${ageWords(r, pt)} ${sexW(r, pt)} presents with ${pt.relRole} ${N(nm(r, pt.rel, 0))} who helps with meds. Lives ${r.pick(['alone in', 'with family in', 'at'])} ${L(r.pick(['Hope Valley Nursing Home', 'Maple Grove Assisted Living', 'Cedar House Senior Apartments', pt.town]))}.\nFalls in past year: ${r.int(0, 3)}. Uses ${r.pick(['cane', 'rollator', 'no device'])}. Mini-Cog ${r.int(2, 5)}/5. PHQ-2 ${r.int(0, 3)}.\nAdvance directive: health care proxy is ${N(nm(r, pt.rel, r.pick([0, 2])))} (${pt.relRole}), phone ${PH(phone(r))}. MOLST on file from ${Y(String(r.int(2017, 2024)))}.\n\n`);
    out.push(pmh(c), medList(c, r.int(4, 7)), T`\n${vitals(r)}\nHearing: whispered test passed L, failed R. Vision: sees ${dr(r, clin(r, true), 0)} yearly.\n\n`);
    out.push(T`Plan: PT referral for balance, home safety eval through ${L(r.pick(['VNA of Mercer County', 'Three Rivers Home Care', 'Bayada']))}. Flu shot given. Deprescribe: stop ${r.pick(['glipizide', 'meclizine', 'diphenhydramine at night', 'oxybutynin'])}. Will follow.\n`);
    out.push(sigLine(c, c.me));
  } else if (s === 5) {
    // brief chronic f/u one-liners
    out.push(T`${D(fd(r, vd, 2))} f/u ${probs.join('/')}\n`);
    out.push(T`${pn(r, pt, 7)} - doing ok. bp ${BP(r)} today, home ${BP(r)}. taking meds most days, forgets pm dose sometimes. no cp/sob. ${pt.relRole} ${N(pt.rel.first)} says ${he(pt)} snores loudly -> sleep study at ${L(r.pick(CLINICS).full)}.\n`);
    out.push(T`labs ${D(fd(r, addDays(vd, -r.int(3, 20)), 2))}: Cr 1.${r.int(0, 6)}, K ${r.int(3, 5)}.${r.int(0, 9)}, A1c ${r.int(5, 9)}.${r.int(0, 9)}, LDL ${r.int(60, 170)}\n`);
    out.push(T`plan\n- uptitrate lisinopril to 40\n- CPAP if OSA confirmed\n- rtc 8 wks\n- spent time on smoking cessation, ${he(pt)} will think about it\n`);
    out.push(sigLine(c, c.me, false));
  } else if (s === 6) {
    // sick visit, SOAP with interpreter
    const interp = person(r);
    out.push(headerBlock(c, 'Acute Visit'));
    out.push(T`Visit conducted with ${r.pick(['Spanish', 'Vietnamese', 'Arabic', 'Polish', 'Somali', 'Haitian Creole'])} interpreter ${N(nm(r, interp, 0))} (ID ${ID(r.digits(6))}).\n\nSUBJECTIVE: ${r.int(2, 9)} days cough, subjective fevers, body aches. Recently returned from ${ST(pt.country)} on ${D(fd(r, addDays(vd, -r.int(5, 20)), 3))}. ${pt.relRole} sick with similar.\nOBJECTIVE: ${vitals(r)}. Lungs with faint crackles R base. Rapid flu/COVID neg.\nASSESSMENT: CAP vs viral bronchitis.\nPLAN: CXR at ${L(r.pick(LABS))}, doxycycline x 7d sent to ${L(pt.pharmacy)}. Work note for ${L(pt.employer)} through ${r.pick(WEEKDAYS)}. Call if worse.\n\n`);
    out.push(sigLine(c, c.me));
  } else if (s === 8) {
    // pre-op clearance letter-ish
    out.push(headerBlock(c, 'Preoperative Evaluation'));
    out.push(T`Requested by ${dr(r, clin(r, true), 2)} (${r.pick(['ortho', 'general surgery', 'ENT', 'GYN'])}) at ${L(r.pick(HOSPITALS).full)} for ${r.pick(['R TKA', 'lap chole', 'septoplasty', 'hysterectomy', 'Nissen fundoplication'])} on ${D(fd(r, addDays(vd, r.int(7, 30)), 4))}.\n`, pmh(c), medList(c), T`Functional capacity > 4 METs (climbs 2 flights). RCRI ${r.int(0, 2)}. No Hx of anesthesia problems; ${his(pt)} ${pt.relRole} had malignant hyperthermia? - no, that was a cousin.\nECG: NSR. Labs: CBC, BMP ok.\n${vitals(r)}\n`, examBlock(c, 3), T`Assessment: acceptable risk. Hold ${r.pick(['Eliquis 48 h', 'metformin day of', 'Jardiance 3 days prior', 'lisinopril morning of'])}. Cleared. Faxed to surgeon at ${PH(phone(r))}.\n`, sigLine(c, c.me));
  } else {
    // APSO format, problem list with dates
    out.push(headerBlock(c, 'Follow-up Visit'));
    out.push(T`ASSESSMENT/PLAN\n# ${probs[0]} — improved since ${D(fd(r, lastYr, 4))}; continue.\n# ${probs[1]} — labs today.\n# ${probs[2]} — referred to ${dr(r, clin(r, true), 2)} at ${L(r.pick(CLINICS).full)}, appt ${D(fd(r, addDays(vd, r.int(7, 60)), 3))}.\n\nSUBJECTIVE\n${N(pt.p.first)} reports ${r.pick(['better energy', 'ongoing knee pain', 'good adherence', 'new tingling in feet'])}. ${pt.relRole} ${N(pt.rel.first)} present. Hope to wean prednisone by Easter.\n\nOBJECTIVE\n${vitals(r)}\n`, examBlock(c, 3), '\n', sigLine(c, c.me));
  }
  return [out, s];
}

// style 2: specialty clinic
function specialty(c: Ctx): [Piece[], number] {
  const { r, pt, vd } = c;
  const s = r.int(0, 10);
  const out: Piece[] = [];
  const ref = pt.pcp;
  const prior = addDays(vd, -r.int(30, 700));
  const spec = ['Cardiology', 'Endocrinology', 'Neurology', 'Hematology/Oncology', 'Gastroenterology', 'Cardiology', 'Endocrinology', 'Neurology', 'Urology', 'Pulmonary & Sleep', 'Rheumatology'][s] ?? 'Cardiology';
  out.push(r.chance(0.5) ? headerBlock(c, `${spec} Clinic Note`) : T`${L(r.pick(CLINICS).full)} — ${spec}\n${pn(r, pt, 3)} | ${ID(pt.mrn)} | ${D(fdy(r, vd))}\nReferring: ${dr(r, ref, 5)}\n\n`);
  if (s === 0 || s === 5) {
    const dev = r.pick(['Medtronic Azure', 'Boston Scientific Accolade', 'Abbott Assurity', 'Biotronik Edora']);
    out.push(T`Reason: ${r.pick(['afib follow-up', 'HFrEF', 'syncope eval', 'pacemaker check'])}.\nHPI: ${ageWords(r, pt)} with ${r.pick(PROBLEMS.slice(0, 10))}, PAF on Eliquis, CABG ${Y(`'${r.int(90, 99)}`)} at ${L(r.pick(HOSPITALS).full)}. Since last visit ${D(fd(r, prior))} reports ${r.pick(['2-pillow orthopnea', 'occasional palpitations', 'no further syncope', 'DOE at 1 flight'])}. ${pt.relRole} ${N(pt.rel.first)} notes ankle swelling evenings.\nDevice: ${dev} DDD, serial ${O(`${r.letters(3)}${r.digits(6)}${r.letters(1)}`)}, interrogated today - ${r.int(1, 40)}% V-paced, no AHRE.\nEcho ${D(fd(r, prior, 2))}: EF ${r.int(25, 60)}%, mild MR.\nECG: ${r.pick(['SR 68, 1st deg AVB', 'afib 92, rate controlled', 'A-paced 60'])}.\n${vitals(r)}\n`);
    out.push(T`Impression/plan: continue Entresto and carvedilol; add Farxiga. BMP in 1 wk. Cardiac rehab at ${L(r.pick(HOSPITALS).short[0] ?? 'KVM')}. RTC 3 mo. Copy to ${dr(r, ref, 0)}.\n`);
  } else if (s === 1 || s === 6) {
    const cgm = r.pick(['Dexcom G7', 'Libre 3', 'Dexcom G6', 'Guardian 4']);
    out.push(T`Diabetes visit. ${pn(r, pt, 0)} uses ${cgm} (transmitter ${O(`${r.digits(1)}${r.letters(2)}${r.digits(3)}${r.letters(1)}`)}), Omnipod 5. TIR ${r.int(40, 85)}%, TBR ${r.int(0, 6)}%, GMI ${r.int(6, 9)}.${r.int(0, 9)}.\nA1c trend: ${r.int(7, 10)}.${r.int(0, 9)} (${D(fd(r, prior, 2))}) -> ${r.int(6, 9)}.${r.int(0, 9)} today.\nThyroid: TSH ${r.int(0, 6)}.${r.int(0, 9)}; on ${r.pick(['levothyroxine 112 mcg', 'Synthroid 75 mcg', 'methimazole 5 mg'])}. Hx Graves disease, no Chvostek or Trousseau sign.\nSeen with CDCES ${N(nm(r, clin(r, false), 0))} who adjusted basal to ${r.int(10, 40)} u.\n`);
    out.push(medList(c), T`Plan: continue pump, ratio 1:${r.int(6, 15)}. Labs at ${L(r.pick(LABS))}. Eye exam due. ${r.pick(FILLERS)}\nf/u 3 mo with ${dr(r, c.me, 0)}.\n`);
  } else if (s === 2 || s === 7) {
    out.push(T`NEUROLOGY FOLLOW-UP\n${N(pt.p.first)} returns for ${r.pick(["Parkinson's disease", 'migraine', 'epilepsy', 'MS', 'peripheral neuropathy'])}. Diagnosed ${Y(String(r.int(2005, 2023)))} by ${dr(r, clin(r, true), 1)} at ${L(r.pick(HOSPITALS).full)}. ${he(pt)} reports ${r.int(0, 8)} headache days/month on ${r.pick(['Aimovig', 'Nurtec prn', 'topiramate 50', 'Sinemet 25/100 TID', 'Keppra 500 BID'])}. Last seizure ${D(fd(r, prior, 3))}. Driving: not since ${D(fd(r, prior, 4))} per ${ST(r.pick(STATES_FULL))} law.\nExam: MoCA ${r.int(18, 30)}/30. Mild rest tremor R>L, cogwheeling, reduced arm swing. Babinski absent. Romberg neg. Reflexes 2+ symmetric.\n`);
    out.push(T`Imp: stable. Plan: MRI brain w/wo at ${L(r.pick(LABS))}, EEG. PT at ${L(r.pick(['Bear Creek Physical Therapy', 'Hill & Stone PT', 'Athletico Salem']))}. ${pt.relRole} ${N(nm(r, pt.rel, 0))} to help with pill box.\n`);
  } else if (s === 3) {
    const onc = clin(r, true);
    out.push(T`Oncology follow-up — C${r.int(2, 8)}D1 ${r.pick(['FOLFOX', 'AC-T', 'carboplatin/pemetrexed', 'pembrolizumab', 'R-CHOP'])}\nDx: ${r.pick(['stage IIIA NSCLC', 'ER+/PR+ HER2- breast ca', 'colon adenocarcinoma pT3N1', 'DLBCL'])} dx ${D(fd(r, prior, 8))}. Port placed at ${L(r.pick(HOSPITALS).full)}.\nInterval: grade ${r.int(1, 2)} neuropathy, fatigue. Appetite fair, weight down ${r.int(1, 9)} lb. ECOG ${r.int(0, 2)}. Lives with ${pt.relRole} ${N(nm(r, pt.rel, 0))} in ${L(pt.town)}; drives 40 min. Pastor ${N(nm(r, pt.other, 7))} from ${L(r.pick(CHURCHES))} visits weekly.\nLabs: ANC ${r.int(1, 6)}.${r.int(0, 9)}, Hgb ${r.int(8, 13)}.${r.int(0, 9)}, plt ${r.int(90, 380)}. CEA ${r.int(1, 30)}.\nScans ${D(fd(r, addDays(vd, -14), 2))}: ${r.pick(['PR', 'SD', 'no new lesions'])}.\n`);
    out.push(T`Plan: proceed with treatment. Neulasta on-body. Social work (${N(nm(r, clin(r, false), 0))}, LICSW) re transport. Discussed goals; hope for durable response. Next cycle ${D(fd(r, addDays(vd, 21), 3))}. — ${dr(r, onc, 2)}\n`);
  } else if (s === 8) {
    out.push(T`Urology f/u. ${ageWords(r, pt)} with BPH and retention; Foley placed in the ED at ${L(pt.hospital.full)} on ${D(fd(r, prior, 2))}, voiding trial passed ${D(fd(r, addDays(prior, 7), 2))}. PVR today ${r.int(20, 300)} mL. IPSS ${r.int(5, 28)}. On tamsulosin, finasteride added. PSA ${r.int(0, 9)}.${r.int(0, 9)}. ${pt.relRole} ${N(nm(r, pt.rel, 0))} drove; lives ${r.int(10, 60)} min away in ${L(pt.town)}.\nCysto scheduled ${D(fd(r, addDays(vd, r.int(7, 40)), 3))} with ${dr(r, clin(r, true), 0)}. UA: 1+ blood, no nitrite. Kegel handout given.\n`);
  } else if (s === 9) {
    out.push(T`Sleep clinic — CPAP compliance\nDevice: ResMed AirSense 11, SN ${O(`${r.digits(11)}`)}; DME ${L(r.pick(['Apria', 'Lincare', 'Harmony Home Medical']))}.\nUsage ${r.int(40, 98)}% of nights >4 h, AHI residual ${r.int(1, 9)}.${r.int(0, 9)}, leak ${r.int(5, 40)} L/min. Mask: ${r.pick(['AirFit F20', 'DreamWear nasal', 'P10 pillows'])}.\nESS ${r.int(2, 18)}. ${pt.relRole} ${N(pt.rel.first)} reports snoring gone. Drives for ${L(pt.employer)} - CDL renewal needs compliance letter (sent to ${EM(`${r.pick(['safety', 'hr', 'dispatch'])}@${r.pick(['dunmorefreight.com', 'marshbros.net', 'upsfleet.com'])}`)}).\nPFTs ${D(fd(r, prior, 2))}: FEV1 ${r.int(45, 100)}%, FEV1/FVC 0.${r.int(55, 85)}.\nPlan: continue APAP 6-14, new mask, f/u 1 yr.\n`);
  } else if (s === 10) {
    out.push(T`RHEUMATOLOGY\n${pn(r, pt, 0)} returns for ${r.pick(['seropositive RA', "Sjogren's", 'SLE', 'PMR', 'gout'])}. Dx ${Y(String(r.int(2008, 2024)))} at ${L(r.pick(HOSPITALS).full)}. Morning stiffness ${r.int(10, 120)} min. ${r.int(0, 8)} swollen / ${r.int(0, 12)} tender joints. No Raynaud's flares this winter. Heberden nodes DIPs.\nOn ${r.pick(['methotrexate 15 mg weekly + folic acid', 'Humira q2wk', 'hydroxychloroquine 200 BID', 'prednisone 5 mg'])}. Eye exam (Plaquenil screen) with ${dr(r, clin(r, true), 0)} ${D(fd(r, prior, 3))}.\nLabs: ESR ${r.int(5, 80)}, CRP ${r.int(1, 40)}, LFTs nl.\nPlan: continue; DEXA; shingrix. Will follow in 3 months.\n`);
  } else {
    out.push(T`GI Clinic\nIndication: ${r.pick(["Crohn's disease, ileocolonic", 'UC pancolitis', 'IDA, +FIT', 'GERD refractory to PPI', 'elevated LFTs'])}.\nHistory: ${pn(r, pt, 6)} ${ageWords(r, pt)}. Colonoscopy ${D(fd(r, prior, 0))} (${dr(r, clin(r, true), 0)}): ${r.pick(['2 TA removed', 'mild active ileitis', 'normal, random bx neg'])}. EGD with Barrett esophagus, no dysplasia. On ${r.pick(['Humira q2wk', 'Stelara', 'mesalamine 4.8 g', 'omeprazole 40 BID'])}. Stools ${r.int(1, 6)}/day, no frank blood. Works at ${L(pt.employer)}.\nExam: abd soft, mild RLQ TTP, no Murphy sign. Rectal deferred.\nPlan: fecal calprotectin, TB quantiferon; MRE at ${L(r.pick(LABS))}. Nissen discussed but deferred. Dietitian ${N(nm(r, clin(r, false), 6))}, RD.\n`);
  }
  if (r.chance(0.45)) {
    out.push('\n', pmh(c), medList(c), socialHx(c));
    if (r.chance(0.6)) out.push(T`ROS: ${r.pick(['negative except as in HPI', '(+) fatigue, (-) fevers, (-) weight loss', 'see intake form, 14-point ROS otherwise neg'])}.\n`, examBlock(c));
    out.push(T`Data reviewed: outside records from ${L(r.pick(HOSPITALS).full)} (${D(fd(r, prior, 0))}), labs from ${L(r.pick(LABS))}. Discussed with ${dr(r, ref, 0)} by phone.\n`);
  }
  out.push(sigLine(c, c.me));
  return [out, s];
}

// style 3: telehealth (video / phone)
function telehealth(c: Ctx): [Piece[], number] {
  const { r, pt, vd } = c;
  const s = r.int(0, 9);
  const out: Piece[] = [];
  const video = s % 2 === 0;
  const where = r.pick([pt.town, pt.town, pt.employer, pt.school]);
  const consent = T`Patient located at ${where === pt.employer ? 'work (' : ''}${L(where)}${where === pt.employer ? ')' : ''}, ${ST(r.chance(0.7) ? pt.state : r.pick(STATES_FULL))}. Provider at ${L(pt.clinic.full)}. Verbal consent obtained for ${video ? 'video' : 'telephone'} visit; identity confirmed w/ name + DOB ${D(fd(r, pt.dob, 0))}.\n`;
  if (s < 2) {
    out.push(headerBlock(c, video ? 'Telehealth Video Visit' : 'Telephone Visit'), consent);
    out.push(T`${r.pick(['Connected via Doxy.me', 'Epic video, audio dropped x2, reconnected', 'Zoom for Healthcare'])}. ${pt.relRole} ${N(pt.rel.first)} also on the call.\nHPI: ${ageWords(r, pt)} f/u ${r.pick(PROBLEMS)}. Home BP ${BP(r)}, glucose ${r.int(90, 240)} fasting. No CP/SOB. Mood ok.\n${video ? 'Obs (video): well appearing, speaking full sentences, no resp distress.' : 'Voice clear, no audible wheeze, not short of breath while talking.'}\n`);
    out.push(medList(c), T`A/P: continue; labs at ${L(r.pick(LABS))} next ${r.pick(WEEKDAYS)}. In-person in ${r.int(1, 6)} mo.\nTime: ${r.int(12, 35)} min.\n`);
  } else if (s < 4) {
    out.push(T`VIRTUAL VISIT - ${D(fd(r, vd, 8))}\n${pn(r, pt, 4)} / ${ID(pt.mrn)}\n`, consent);
    out.push(T`Called pt at ${PH(pt.phone)} after video link failed. ${he(pt)} is ${r.pick(['in the car (parked)', 'at home', 'on lunch break'])}. Reports ${r.int(3, 10)} days of ${r.pick(['dysuria', 'sinus congestion', 'ankle pain after a fall', 'rash on forearm', 'diarrhea'])}.\nPhoto uploaded to chart via ${U(r.pick(PORTALS))}.\nAssessment: ${r.pick(['uncomplicated cystitis', 'viral URI', 'ankle sprain', 'contact dermatitis', 'viral gastroenteritis'])}. Rx to ${L(pt.pharmacy)}. Red flags reviewed; ER at ${L(r.pick(pt.hospital.short))} if worse.\n`);
  } else if (s < 6) {
    const bh = clin(r, false);
    out.push(T`Telehealth — Behavioral Health Integration\n${D(fdy(r, vd))}\nPt: ${pn(r, pt, 0)}\n`, consent);
    out.push(T`Seen jointly with ${N(nm(r, bh, 0))}, ${bh.cred}. PHQ-9 ${r.int(3, 22)}, GAD-7 ${r.int(2, 19)}. Stressors: job at ${L(pt.employer)}, ${pt.relRole}'s health. Denies SI/HI. Sleeping ${r.int(4, 8)} h. On ${r.pick(['sertraline 50', 'Lexapro 10', 'bupropion XL 150', 'nothing currently'])}.\nSafety plan reviewed; crisis line 988. Will increase dose, f/u video ${D(fd(r, addDays(vd, 14), 3))}.\n`);
  } else if (s === 8) {
    out.push(T`Video visit (peds/urgent) ${D(fd(r, vd, 0))}\n`, consent, T`${pn(r, pt, 0)} on screen with ${pt.relRole} ${N(nm(r, pt.rel, 0))}. ${r.pick(['Pink eye since yesterday', 'Fever 101.8 x1 day', 'Rash on trunk after camp', 'Ear pulling'])}. Eating and drinking ok, ${r.int(3, 6)} voids today. Sent home from ${L(pt.school)} by nurse ${N(nm(r, pt.other, 7))}.\nObs: playful, well hydrated, ${r.pick(['injected conjunctiva L', 'no resp distress', 'blanching papules', 'nontoxic'])}.\nPlan: ${r.pick(['Polytrim', 'supportive care', 'hydrocortisone 1%', 'in-person visit tomorrow for ear exam'])}; school note. ${r.pick(FILLERS)}\n`);
  } else if (s === 9) {
    out.push(T`TELEPHONE VISIT (audio only, pt declined video)\n${pn(r, pt, 3)}  ${ID(pt.mrn)}\n${D(fd(r, vd, 8))}\n`, consent, T`Spoke with pt and caregiver ${N(nm(r, pt.other, 0))} (${pt.otherRole}). Chronic issues reviewed: ${r.some(PROBLEMS, 3).join(', ')}. Daily weights ${r.int(130, 220)} lb, stable. Sugars ${r.int(90, 180)}-${r.int(180, 260)}. No falls since ${D(fd(r, addDays(vd, -r.int(30, 200)), 3))}. Taking meds from blister packs prepared by ${L(pt.pharmacy)}.\nA/P: stable, continue. Labs drawn at home by ${L(r.pick(['Three Rivers Home Care', 'VNA of Mercer County', 'Amedisys']))}. Audio-only time ${r.int(11, 30)} min.\n`);
  } else {
    out.push(T`tele visit ${D(fd(r, vd, 2))} -- ${video ? 'video' : 'phone only, pt has no smartphone'}\n`, consent);
    out.push(T`${N(pt.p.first)} here w/ ${pt.relRole} ${N(nm(r, pt.rel, 5))} helping w/ tech. ${ageWords(r, pt)}. main issue ${r.pick(['swelling legs', 'dizzy when standing', 'med questions', 'cough'])}. weights ${r.int(120, 240)} -> ${r.int(120, 240)}. bp cuff reads ${BP(r)}.\nmeds reviewed by phone, pill bottles shown on camera.\nplan: ${r.pick(['lasix 20 x3 days', 'hold amlodipine', 'CXR', 'nurse visit Thurs'])}. home health ${L(r.pick(['VNA of Mercer County', 'Three Rivers Home Care', 'Amedisys']))} to check in. call back # ${PH(phone(r))}.\n`);
  }
  out.push(sigLine(c, c.me));
  return [out, s];
}

// style 4: refill & triage phone encounters
function refillTriage(c: Ctx): [Piece[], number] {
  const { r, pt, vd } = c;
  const s = r.int(0, 8);
  const out: Piece[] = [];
  const rn = clin(r, false);
  const caller = r.chance(0.5) ? pt.rel : pt.p;
  const callerRole = caller === pt.p ? 'patient' : pt.relRole;
  const tm = `${r.int(7, 17)}:${p2(r.int(0, 59))}`;
  if (s === 0) {
    out.push(T`TELEPHONE ENCOUNTER\n${pn(r, pt, 3)}  DOB ${D(fd(r, pt.dob, 0))}\n${D(fd(r, vd, 0))} ${tm}\nCaller: ${N(nm(r, caller, 0))} (${callerRole})  Callback: ${PH(pt.phone)}\nReason: med refill\n\n`);
    out.push(T`Requesting refill of ${r.pick(MEDS)} x 90 days to ${L(pt.pharmacy)}. Last filled ${D(fd(r, addDays(vd, -85), 2))}. Last OV ${D(fd(r, addDays(vd, -r.int(60, 300)), 2))}; labs current. Routed to ${dr(r, c.me, 0)}.\n\n`);
    out.push(T`${D(fd(r, vd, 2))} ${r.int(13, 17)}:${p2(r.int(0, 59))} - approved, sent. Pt notified via VM.\n`, sigLine(c, rn, false));
  } else if (s === 1) {
    out.push(T`Triage note (RN)\nCall from ${N(nm(r, caller, 6))}, ${callerRole}, re ${pn(r, pt, 0)}. ${ageWords(r, pt)}.\nSx: ${r.pick(['fever 102.4 x2 days, drinking ok', 'vomiting since last night, 4 episodes', 'chest tightness on exertion', 'BP 182/104 on home cuff', 'swollen red calf'])}.\nProtocol: ${r.pick(['Fever - Adult', 'Vomiting', 'Chest Pain', 'High BP', 'Leg Swelling'])} (Schmitt-Thompson). Disposition: ${r.pick(['see today', 'ED now', 'home care + call back', 'appt within 24h'])}.\nAdvised: ${r.pick(['go to ER at', 'appt at', 'if worse go to'])} ${L(r.pick([pt.hospital.full, r.pick(CLINICS).full]))}. Caller verbalized understanding.\n`);
    out.push(sigLine(c, rn));
  } else if (s === 2) {
    out.push(T`phone msg ${D(fd(r, vd, 2))} ${tm}\n${pn(r, pt, 8)} called from ${PH(phone(r))} - pharmacy (${L(pt.pharmacy)}) says prior auth needed for ${r.pick(['Ozempic', 'Mounjaro', 'Eliquis', 'Jardiance', 'Humira'])}. ins ${L(pt.insurer)}, member id ${ID(pt.memberId)}. pt out of meds since ${r.pick(WEEKDAYS).toLowerCase()}.\nPA submitted via CoverMyMeds key ${ID(`B${r.letters(3)}${r.digits(3)}${r.letters(2)}`)}.\n`);
    out.push(sigLine(c, rn, false));
  } else if (s === 3) {
    out.push(T`Refill Request — Controlled Substance\nPatient: ${pn(r, pt, 2)}   MRN ${ID(pt.mrn)}\nMed: ${r.pick(['Adderall XR 20 mg', 'tramadol 50 mg', 'lorazepam 0.5 mg', 'oxycodone 5 mg'])}\nPDMP checked ${D(fd(r, vd, 0))}: no other prescribers. Controlled substance agreement signed ${D(fd(r, addDays(vd, -r.int(100, 500)), 0))}. UDS ${D(fd(r, addDays(vd, -r.int(20, 200)), 2))} consistent.\nPharmacy: ${L(pt.pharmacy)}, ph ${PH(phone(r))}, fax ${PH(phone(r))}\nPrescriber DEA ${ID(`${r.letters(2)}${r.digits(7)}`)} — ${dr(r, c.me, 2)}\n`);
  } else if (s === 4) {
    out.push(T`PHONE LOG — ${pn(r, pt, 4)}\n`);
    const n = r.int(3, 5);
    let d = addDays(vd, -r.int(0, 3));
    for (let i = 0; i < n; i++) {
      const who = r.pick([rn, clin(r, false), c.me]);
      out.push(T`${D(fd(r, d, 2))} ${r.int(8, 17)}:${p2(r.int(0, 59))}  ${N(initials(who))}  ${r.pick<Piece>(['LM on VM to call back', 'spoke w/ pt, sx improving', T`spoke with ${pt.relRole} ${N(pt.rel.first)}`, 'no answer, mailbox full', 'pharmacy called re: interaction w/ warfarin', 'rx resent, original went to wrong store'])}${i === 0 ? T` (${PH(pt.phone)})` : ''}\n`);
      d = addDays(d, r.int(0, 2));
    }
    out.push(T`Plan: will follow. Routed to ${dr(r, c.me, 3)}.\n`);
  } else if (s === 5) {
    out.push(T`After-hours call (answering service ${r.pick(['CallPoint', 'TeleMed Connect', 'Ansafone'])})\nOn call: ${dr(r, clin(r, true), 1)}\nCaller ${N(nm(r, caller, 0))} @ ${PH(phone(r))} re ${N(nm(r, pt.p, 0))}. ${r.pick(['Ran out of insulin, pharmacy closed', 'Got the wrong dose of Synthroid', 'New rash after starting amoxicillin', 'Missed 2 doses of Eliquis'])}. It is ${r.pick(['Christmas Eve', 'a Sunday', 'Labor Day', 'New Year\'s Day'])}.\nAdvice: ${r.pick<Piece>([T`24h ${L(r.pick(['Walgreens on Route 9W', 'CVS on Front St', 'Rite Aid in ' + r.pick(TOWNS)]))} has it`, 'take next dose as scheduled', 'stop the amoxicillin, Benadryl prn', 'resume, no double dose'])}. Message to PCP ${dr(r, pt.pcp, 0)} for f/u.\n`);
  } else if (s === 6) {
    out.push(T`${D(fd(r, vd, 11))}\nRE: ${pn(r, pt, 0)}\nFrom: ${L(pt.pharmacy)} (fax ${PH(phone(r))})\nRefill auth request: ${r.pick(MEDS)}, Rx #${ID(r.digits(7))}, qty ${r.pick([30, 90, 180])}, refills ${r.int(0, 3)}.\n[x] Approved   [ ] Denied   [ ] Needs appt\nComments: ok x1, needs OV before next.\n`, sigLine(c, c.me));
  } else if (s === 7) {
    out.push(T`nurse call back - ${N(`${pt.p.first.toLowerCase()} ${pt.p.last.toLowerCase()}`)}\n${N(nm(r, caller, 0))} called ${r.pick(['worried', 'upset', 'asking'])} about ${r.pick(['lab results', 'side effects from the new statin - leg cramps', 'dose change', 'whether to go to work'])}. reviewed chart. ${r.pick(FILLERS)} pt will call ${PH(pt.phone.slice(-8))} back if needed. told them our # is ${PH(phone(r))}.\n`, sigLine(c, rn, false));
  } else {
    out.push(T`Med Refill Protocol Note\n${pn(r, pt, 3)}\nMedication: ${r.pick(MEDS)} | last BP ${BP(r)} on ${D(fd(r, addDays(vd, -r.int(20, 200)), 0))} | last BMP ${D(fd(r, addDays(vd, -r.int(20, 200)), 2))}\nMeets protocol criteria: yes. 90-day supply + 1 refill sent to ${L(pt.pharmacy)}.\nNext due: OV by ${D(fd(r, addDays(vd, 90), 3))}. Scheduler ${N(nm(r, person(r), 6))} to call.\n`, sigLine(c, rn));
  }
  return [out, s];
}

// style 5: portal messages & replies
function portal(c: Ctx): [Piece[], number] {
  const { r, pt, vd } = c;
  const s = r.int(0, 8);
  const out: Piece[] = [];
  const rn = clin(r, false);
  const from = pt.track === 'child' ? pt.rel : pt.p;
  if (s === 8) {
    out.push(T`Proxy access request\nRequester: ${N(nm(r, pt.rel, 0))} (${pt.relRole})  email ${EM(`${pt.rel.first.toLowerCase().replace(/[^a-z]/g, '')}${r.int(1, 99)}@${r.pick(EMAIL_DOM)}`)}\nFor patient: ${pn(r, pt, 3)}, DOB ${D(fd(r, pt.dob, 0))}\nReason: ${r.pick(['help managing appointments', 'parent of minor', 'health care proxy', 'patient has dementia'])}\nForm signed ${D(fd(r, vd, 0))}, ID checked (${ST(pt.state)} DL ${ID(`${r.letters(1)}${r.digits(3)}-${r.digits(4)}-${r.digits(4)}`)}).\nApproved by HIM (${N(nm(r, person(r), 5))}). Login at ${U(r.pick(PORTALS))}.\n`);
    return [out, s];
  }
  const greet = r.pick(['Hi Dr. ', 'Hello Dr ', 'Dear Dr. ', 'dr ']);
  if (s === 0 || s === 1) {
    out.push(T`From: ${N(nm(r, from, 0))} <${EM(pt.email)}>\nTo: ${dr(r, c.me, 2)}\nSent: ${D(fd(r, vd, 8))} ${r.int(1, 11)}:${p2(r.int(0, 59))} PM\nSubject: ${r.pick(['question about my meds', 'test results??', 'Refill', 'rash', 'Form for school'])}\n\n`);
    out.push(T`${greet}${N(c.me.last)},\n${r.pick(['I hope you are well.', 'Sorry to bother you.', 'Quick question.'])} ${pt.track === 'child' ? T`My ${pt.p.female ? 'daughter' : 'son'} ${N(pt.p.first)} ${r.pick(['has been coughing at night for 2 weeks', 'started the new inhaler and seems jittery', 'needs a refill before we go to', 'has a rash again'])}` : `I ${r.pick(['have been coughing at night for 2 weeks', 'started the new pill and feel dizzy', 'saw my labs on the app and the potassium is flagged', 'need a refill before we go to', 'am having a flare'])}`}${s === 1 ? T` ${ST(r.pick(STATES_FULL))} for ${r.pick(['Christmas', 'Thanksgiving', 'spring break'])}` : ''}. Can you call me at ${PH(pt.phone)}? I work at ${L(pt.employer)} till 5.\nThanks,\n${N(from.first)}\n\n`);
    out.push(T`--- Reply ${D(fd(r, addDays(vd, 1), 2))} ---\nHi ${N(from.first)}, thanks for the message. ${r.pick(["That is a known side effect; let's cut the dose in half.", 'Potassium 5.3 is only slightly high - we will recheck next week.', 'Please schedule a visit so we can listen to the lungs.', 'Refill sent.'])} We will follow up. ${dr(r, c.me, 0)}\n`);
  } else if (s === 2) {
    out.push(T`MyChart message — ${pn(r, pt, 3)} (${ID(pt.mrn)})\nReceived ${D(fd(r, vd, 0))}\n\n"${r.pick(['hi', 'hello', 'good morning'])} its ${N(pt.p.first.toLowerCase())}. ${r.pick<Piece>(['my blood sugar was 320 this am', 'i think the ozempic is making me sick', T`can i get the covid booster at ${L(r.pick(['cvs', 'walgreens', 'the kroger']))}`, 'my knee is worse since the fall on friday'])}. also my ${pt.relRole} ${N(pt.rel.first.toLowerCase())} wants to know if ${pt.rel.female ? 'she' : 'he'} can be on my proxy. thx"\n\n`);
    out.push(T`RN reply (${N(nm(r, rn, 0))}, ${rn.cred}): Reviewed with ${dr(r, c.me, 0)}. ${r.pick(FILLERS)} Proxy form is at ${U(r.pick(PORTALS))}.\n`);
  } else if (s === 3) {
    out.push(T`Patient Advice Request\nPatient: ${pn(r, pt, 0)}  DOB: ${D(fd(r, pt.dob, 0))}\nCategory: Prescription Question\nMessage: "I moved to ${L(r.pick(TOWNS))}, ${ST(r.pick(STATES))} and need my meds at ${L(r.pick(PHARMACIES))}. New address ${L(`${r.int(10, 999)} ${r.pick(STREET_NAMES)}`)}, ${L(r.digits(5))}."\n\nStaff note: updated pharmacy and demographics. Pt has appt ${D(fd(r, addDays(vd, r.int(10, 40)), 3))}. — ${N(initials(rn))}\n`);
  } else if (s === 4) {
    out.push(T`Re: Your recent visit\n\n${pt.track === 'child' ? N(from.first) : pn(r, pt, 6)},\n\nYour ${r.pick(['lab', 'xray', 'ultrasound', 'stool test'])} from ${D(fd(r, addDays(vd, -r.int(2, 10)), 3))} looks good. ${r.pick(['Cholesterol improved - LDL 98.', 'Kidney function stable.', 'No fracture seen.', 'Thyroid is normal now.'])} Keep doing what you are doing. If you have questions reply here or call ${PH(phone(r))}.\n\nWarmly,\n${dr(r, c.me, 1)}\n${L(pt.clinic.full)}\n`);
    out.push(T`\n> Patient reply ${D(fd(r, addDays(vd, 1), 2))}: "thank you so much!! will see you in ${r.pick(MON)}"\n`);
  } else if (s === 5) {
    out.push(T`[Portal] ${D(fd(r, vd, 6))}\nFROM PATIENT: ${r.pick(['Can I take Advil with my Eliquis?', 'Is it ok to travel with my CPAP?', 'I got a bill from', 'My FMLA paperwork for'])} ${r.chance(0.5) ? L(r.pick([pt.employer, pt.hospital.full])) : 'work'}... ${r.pick(['help', 'please advise', 'thanks'])}\n-${N(pt.p.first)}\n\nREPLY (${N(nm(r, rn, 7))} ${rn.cred}): ${r.pick(['Avoid NSAIDs with Eliquis; Tylenol is fine.', 'Yes, bring a copy of your prescription.', 'Billing is at', 'Please fax forms to'])} ${PH(phone(r))}. Dr. ${N(c.me.last)} agrees.\n`);
  } else if (s === 6) {
    out.push(T`Thread: ${pn(r, pt, 0)}\n\n[${D(fd(r, vd, 2))}] ${N(from.first)}: ${r.pick(['still having headaches', 'rash is spreading', 'fever gone but cough still there'])}\n[${D(fd(r, vd, 2))}] ${N(nm(r, rn, 0))}: how many days? any fever?\n[${D(fd(r, addDays(vd, 1), 2))}] ${N(from.first)}: ${r.int(3, 10)} days, no fever, ${r.pick(['Tylenol helps a little', 'using the cream', 'will try honey'])}\n[${D(fd(r, addDays(vd, 1), 2))}] ${N(nm(r, rn, 0))}: scheduled you with ${dr(r, c.me, 0)} ${r.pick(WEEKDAYS)} 9:40 at ${L(r.pick(pt.clinic.short))}, ${O(`Room ${r.int(1, 20)}`)}.\n`);
  } else {
    out.push(T`E-visit questionnaire (${D(fd(r, vd, 0))})\nName: ${pn(r, pt, 0)}  Email ${EM(pt.email)}  Phone ${PH(pt.phone)}\nConcern: ${r.pick(['UTI symptoms', 'pink eye', 'seasonal allergies', 'back pain'])}\nOnset: ${D(fd(r, addDays(vd, -r.int(1, 5)), r.pick([2, 3])))}\nPreferred pharmacy: ${L(pt.pharmacy)}\n\nProvider response: ${r.pick(['Sent nitrofurantoin 100 mg BID x5d.', 'Polytrim drops sent.', 'Flonase + Zyrtec.', 'Heat, stretching, naproxen prn.'])} Will follow if not better in 3 days. ${dr(r, c.me, 3)}\n`);
  }
  return [out, s];
}

// style 6: forms (immunisation / school / work / sports)
function forms(c: Ctx): [Piece[], number] {
  const { r, pt, vd } = c;
  const out: Piece[] = [];
  let s = r.int(0, 7);
  if (pt.track === 'child') { if (s === 3 || s === 4 || s === 6) s = r.pick([0, 2, 5]); } else if (s === 0 || s === 1 || s === 5) s = r.pick([3, 4, 6]);
  if (s === 2 && pt.age > 22) s = 7;
  if (pt.track !== 'child' && r.chance(0.15)) s = 8;
  if (s === 8) {
    out.push(T`Application for Disability Parking Placard — Medical Certification\nApplicant: ${pn(r, pt, 4)}   DOB ${D(fd(r, pt.dob, 0))}\nAddress: ${L(pt.street)}, ${L(pt.town)}, ${ST(pt.state)} ${L(pt.zip)}\nVehicle plate: ${O(`${r.digits(1)}${r.letters(3)}${r.digits(3)}`)}\nCondition: ${r.pick(['cannot walk 200 ft without stopping', 'uses portable oxygen', 'Class III heart failure', 'severe arthritis'])}. Duration: ${r.pick(['permanent', 'temporary, 6 months'])}.\nCertifying provider: ${dr(r, c.me, 2)}, lic ${ID(`${r.letters(2)}${r.digits(6)}`)}, ${L(pt.clinic.full)}, ${PH(phone(r))}. Date ${D(fd(r, vd, 0))}.\n`);
    return [out, s];
  }
  const lic = `${r.letters(2)}-${r.digits(6)}`;
  const imm = (name: string, n: number): Piece[] => {
    const a: Piece[] = [`${name}: `];
    let d = { y: pt.dob.y, m: pt.dob.m, d: pt.dob.d };
    for (let i = 0; i < n; i++) { d = addDays(d, r.int(60, 400)); a.push(D(fd(r, d, r.pick([0, 11, 6]))), i < n - 1 ? ', ' : '\n'); }
    return a;
  };
  if (s === 0 || s === 1) {
    out.push(T`CERTIFICATE OF IMMUNIZATION\nState of ${ST(r.pick(STATES_FULL))} Department of Health\nChild: ${pn(r, pt, 4)}   DOB ${D(fd(r, pt.dob, 0))}\nParent/Guardian: ${N(nm(r, pt.rel, 0))}   Phone ${PH(pt.phone)}\nSchool: ${L(pt.school)}, ${L(pt.town)}\n\n`);
    out.push(imm('DTaP', r.int(4, 5)), imm('IPV', 4), imm('MMR', 2), imm('Varicella', 2), imm('Hep B', 3));
    out.push(T`Registry ID ${ID(r.digits(10))}\nProvider signature: ${dr(r, c.me, 2)}   License # ${ID(lic)}   Date ${D(fd(r, vd, 0))}\n`);
  } else if (s === 2) {
    out.push(T`PRE-PARTICIPATION PHYSICAL EVALUATION (sports)\nName: ${pn(r, pt, 0)}  Sex ${pt.p.female ? 'F' : 'M'}  Age ${ageP(pt, '')}  Grade ${r.int(6, 12)}\nSchool: ${L(pt.school)}   Sport(s): ${r.pick(['soccer', 'football', 'cross country', 'wrestling', 'basketball'])}\nCoach: ${N(nm(r, pt.other, 0))}\n\nHistory: no syncope with exercise, no FHx of sudden death < 50. Concussion ${Y(String(r.int(2019, 2025)))}, cleared. Wears ${r.pick(['contacts', 'no lenses', 'glasses'])}.\nExam: ${vitals(r)}. Vision 20/${r.pick([20, 25, 30])}. Heart: no murmur with Valsalva. Marfan stigmata absent.\n[x] Cleared for all sports without restriction\nExaminer: ${dr(r, c.me, 2)}  ${D(fd(r, vd, 0))}  Office ${L(pt.clinic.full)} ${PH(phone(r))}\n`);
  } else if (s === 3) {
    out.push(T`Return to Work / Work Status Note\n\n${D(fd(r, vd, 8))}\n\nTo: ${L(pt.employer)} - Human Resources${r.chance(0.5) ? T`, attn ${N(nm(r, person(r), 0))}` : ''}\n\n${pn(r, pt, 0)} was seen in our office on ${D(fd(r, vd, 2))}. ${he(pt)[0]?.toUpperCase()}${he(pt).slice(1)} may return to ${r.pick(['full duty', 'light duty, no lifting > 20 lb'])} on ${D(fd(r, addDays(vd, r.int(1, 14)), 4))}. Please excuse absence ${D(fd(r, addDays(vd, -3), 2))} through ${D(fd(r, vd, 2))}.\n\nSincerely,\n${dr(r, c.me, 2)}\n${L(pt.clinic.full)}, ${L(`${r.int(10, 999)} ${r.pick(STREET_NAMES)}`)}, ${L(r.pick(TOWNS))}, ${ST(pt.state)} ${L(r.digits(5))}\n`);
  } else if (s === 4) {
    out.push(T`DOT MEDICAL EXAMINATION REPORT (summary)\nDriver: ${pn(r, pt, 3)}  DOB ${D(fd(r, pt.dob, 11))}\nCDL # ${ID(`${r.letters(1)}${r.digits(8)}`)} (${ST(pt.state)})  Employer ${L(pt.employer)}\nTruck plate ${O(`${r.letters(3)}-${r.digits(4)}`)}\nAddress: ${L(pt.street)}, ${L(pt.town)}, ${ST(pt.state)} ${L(pt.zip)}\n\nBP ${BP(r)}; urine prot neg, glucose neg. Whisper test pass. Vision 20/${r.pick([20, 25, 40])} corrected. OSA screen: neck ${r.int(15, 19)} in.\nDetermination: meets standards, ${r.pick(['2-year', '1-year (HTN)', '3-month (pending sleep study)'])} certificate.\nME: ${dr(r, c.me, 2)}  NRCME # ${ID(r.digits(10))}  ${D(fd(r, vd, 0))}\n`);
  } else if (s === 5) {
    out.push(T`Daycare / Camp Health Form\nChild: ${pn(r, pt, 2)}   DOB ${D(fd(r, pt.dob, 0))}\nProgram: ${L(r.pick(SCHOOLS))}   Director ${N(nm(r, pt.other, 0))}\nAllergies: ${r.pick(['peanut (EpiPen Jr)', 'NKDA', 'amoxicillin - hives', 'egg'])}\nMedications at program: ${r.pick(['none', 'albuterol inhaler prn', 'EpiPen Jr'])}\nLead screen ${D(fd(r, addDays(pt.dob, 365), 0))}: <3. TB risk: low. Flu vaccine ${D(fd(r, addDays(vd, -r.int(10, 90)), 2))}.\nEmergency contact: ${N(nm(r, pt.rel, 0))} (${pt.relRole}) ${PH(pt.phone)}; alt ${N(nm(r, person(r), 0))} ${PH(phone(r))}\nSigned ${dr(r, c.me, 2)} ${D(fd(r, vd, 0))}\n`);
  } else if (s === 6) {
    out.push(T`FMLA Certification — Health Care Provider section\nEmployee: ${pn(r, pt, 0)}    Employer: ${L(pt.employer)}\nCondition began: ${D(fd(r, addDays(vd, -r.int(20, 200)), 8))}. Probable duration: ${r.int(2, 12)} weeks.\nIntermittent leave for flares of ${r.pick(["Crohn's", 'migraine', 'back pain', `caring for ${pt.relRole}`])}: ${r.int(1, 4)} episodes/month, 1-2 days each.\nProvider: ${dr(r, c.me, 2)}, ${L(pt.clinic.full)}; phone ${PH(phone(r))}, fax ${PH(phone(r))}. NPI ${ID(`1${r.digits(9)}`)}.\n`);
  } else {
    out.push(T`college / travel immunization letter\n\nto whom it may concern at ${L(r.pick(['Northfield Community College', 'Westbury Regional HS', 'Ohio Wesleyan Univ', 'Riverton High School']))},\n\n${pn(r, pt, 0)} (DOB ${D(fd(r, pt.dob, 6))}) has received: MenACWY ${D(fd(r, addDays(vd, -r.int(200, 900)), 0))}, MenB x2, Tdap ${Y(String(r.int(2018, 2025)))}, HPV series complete. PPD/IGRA negative ${D(fd(r, addDays(vd, -r.int(10, 90)), 0))}. Travel to ${ST(pt.country)}: typhoid given.\n\n${dr(r, c.me, 2)}\n`);
  }
  return [out, s];
}

// style 7: pediatric well-child
function wellChild(c: Ctx): [Piece[], number] {
  const { r, pt, vd } = c;
  const s = r.int(0, 7);
  const out: Piece[] = [];
  const parent = pt.rel;
  const sib = person(r, undefined, pt.p.last);
  const kid = pt.p.first;
  const ageTxt = pt.age < 2 ? `${r.pick([2, 4, 6, 9, 12, 15, 18])} month` : `${pt.age} year`;
  if (r.chance(0.1)) {
    out.push(T`Note for ${L(pt.school)}\n${D(fd(r, vd, 8))}\n\nTo ${N(nm(r, pt.other, 0))} (${pt.otherRole}),\n${N(`${kid} ${pt.p.last}`)} (DOB ${D(fd(r, pt.dob, 0))}) was seen in clinic today for ${r.pick(['hand-foot-mouth disease', 'strep throat', 'conjunctivitis', 'head lice', 'a sprained wrist'])}. ${he(pt)[0]?.toUpperCase()}${he(pt).slice(1)} may return on ${D(fd(r, addDays(vd, r.int(1, 3)), 4))} ${r.pick(['after 24 h of antibiotics', 'when fever-free 24 h without Tylenol', 'with no restrictions', 'but no gym or recess until cleared'])}. Please call ${PH(phone(r))} with questions; parent ${N(nm(r, parent, 0))} can be reached at ${PH(pt.phone)}.\n\n${dr(r, c.me, 2)}\n${L(pt.clinic.full)}\n`);
    return [out, 8];
  }
  out.push(r.chance(0.6) ? headerBlock(c, `Well Child Check - ${ageTxt}`) : T`${ageTxt.toUpperCase()} WCC  ${D(fd(r, vd, 0))}\n${pn(r, pt, 3)}  ${ID(pt.mrn)}\n\n`);
  if (s === 0 || s === 1) {
    out.push(T`Here with ${pt.relRole} ${N(nm(r, parent, 0))}${r.chance(0.5) ? T` and sibling ${N(sib.first)}` : ''}. ${pt.relRole === 'foster mother' ? T`DCF worker ${N(nm(r, pt.other, 0))} aware of visit. ` : ''}\nConcerns: ${r.pick(['picky eater', 'snoring', 'tantrums', 'speech', 'none', 'eczema flaring'])}.\nDiet: ${pt.age < 1 ? r.pick(['breastfeeding + solids', 'formula Similac 6 oz q3h']) : pt.age < 3 ? r.pick(['whole milk 16 oz', 'table foods, picky']) : r.pick(['eats everything but veggies', 'school lunch, lots of juice', 'balanced per parent'])}. Elimination normal. Sleep ${r.int(9, 14)} h.\nDevelopment: ${pt.age < 6 ? 'ASQ' : 'parent report'} passed all domains. ${pt.age < 1 ? 'Rolls both ways, babbles' : pt.age < 2 ? 'Walks, 3 words' : pt.age < 5 ? '2-word phrases, jumps' : 'Rides a bike, reading at grade level'}.\nSchool/daycare: ${L(pt.school)}, teacher ${N(nm(r, pt.other, r.pick([0, 7])))} reports ${r.pick(['doing great', 'trouble sitting still', 'making friends'])}.\n`);
    out.push(T`${vitals(r, true)}\nExam: nl. Red reflex bilat. No hip click (Ortolani/Barlow neg). Testes descended. Skin: ${r.pick(['mongolian spots sacrum', 'mild eczema antecubital', 'clear'])}.\nVaccines today: ${r.pick(['DTaP, IPV, Hib, PCV20, RV', 'MMR, Varicella, Hep A', 'flu', 'Tdap, MenACWY, HPV #1'])}. VIS given. Consent by ${pt.relRole}.\nAnticipatory guidance: car seat, water safety, screen time, Poison Control number.\nRTC at next WCC.\n`);
  } else if (s === 2) {
    out.push(T`Adolescent visit. ${N(kid)} seen partly alone per routine. HEADSS: Home - lives with ${pt.relRole} and ${r.int(0, 3)} sibs in ${L(pt.town)}. Education - ${r.int(7, 12)}th grade at ${L(pt.school)}, ${r.pick(['As and Bs', 'failing math', 'IEP for reading'])}. Activities - ${r.pick(['soccer', 'band', 'works at Dairy Queen', 'video games'])}. Drugs - denies. Sexuality - deferred/confidential. Suicide - PHQ-A ${r.int(0, 12)}, denies SI.\n${vitals(r, true)}\nExam: Tanner ${r.int(2, 5)}. Scoliosis screen neg (Adams forward bend).\nPlan: HPV #2, MenACWY. Sports form done for coach ${N(nm(r, pt.other, 7))}.\n`);
  } else if (s === 3) {
    out.push(T`Newborn / weight check. Born ${D(fd(r, pt.dob, 0))} at ${L(r.pick(HOSPITALS).full)} via ${r.pick(['SVD', 'C/S', 'VAVD'])}, ${r.int(36, 41)}+${r.int(0, 6)} wks, BW ${r.int(2, 4)}.${r.int(100, 900)} kg. Mom ${N(nm(r, pt.rel, 0))} G${r.int(1, 4)}P${r.int(1, 4)}, GBS ${r.pick(['neg', 'pos, adequately treated'])}. Dad ${N(nm(r, person(r, false, pt.p.last), 6))} present.\nFeeding: breastfeeding q2-3h, latching well per lactation (${N(nm(r, clin(r, false), 0))}, IBCLC). ${r.int(5, 8)} wet diapers.\nBili at 48h: ${r.int(6, 14)}.${r.int(0, 9)}, low-intermediate risk.\nExam: AFOSF, good tone, Moro symmetric, no murmur. Cord dry.\nPlan: weight check ${r.pick(WEEKDAYS)}. Hep B #1 given in nursery.\n`);
  } else if (s === 4) {
    out.push(T`${N(kid)} is a ${ageWords(r, pt)} ${sexW(r, pt)} here with ${pt.relRole} ${N(parent.first)} and grandma ${N(nm(r, person(r, true), 0))} who babysits. Family moved from ${L(r.pick(TOWNS))}, ${ST(r.pick(STATES_FULL))} in ${Y(String(r.int(2019, 2025)))}; records requested from ${L(r.pick(CLINICS).full)} (fax ${PH(phone(r))}).\nGrowth: ht ${r.int(40, 80)}th %ile, BMI ${r.int(50, 98)}th %ile.\nVision ${r.pick(['20/20 OU', '20/30 OU - refer'])}. Hearing pass. Lead ${r.pick(['<3', '4.1 - repeat'])}. Hgb ${r.int(10, 13)}.${r.int(0, 9)}.\nDental: sees ${dr(r, clin(r, true), 0)} at ${L(r.pick(['Smile Bright Dental', 'Kids First Dentistry', 'Lakeview Dental']))}.\nSchool: kindergarten at ${L(pt.school)} in fall; form completed.\nWill follow.\n`);
  } else if (s === 5) {
    out.push(T`WCC — bullets\n• accompanied by: ${pt.relRole} (${N(nm(r, parent, 0))})\n• interval hx: ${r.pick(['ED visit for croup on', 'ear infection', 'no illnesses since'])} ${D(fd(r, addDays(vd, -r.int(20, 150)), 3))}\n• diet/sleep/elim: wnl\n• dev: on track\n• screen: M-CHAT low risk / PHQ neg\n• vax: UTD, flu today\n• ${vitals(r, true)}\n• exam: normal, see flowsheet\n• guidance: helmets, bike safety, sunscreen\n• referrals: ${r.pick(['none', 'speech at Early Intervention', 'audiology', 'allergy'])}\n• next: ${D(fd(r, addDays(vd, 365), 3))}\n`);
  } else if (s === 6) {
    out.push(T`ADHD f/u + well visit. Vanderbilt from teacher ${N(nm(r, pt.other, 5))} (${L(pt.school)}) and parent: inattentive ${r.int(3, 9)}/9, hyperactive ${r.int(1, 9)}/9. On ${r.pick(['Focalin XR 10', 'Concerta 27', 'guanfacine ER 1 mg', 'no meds yet'])}. Appetite decreased at lunch. Wt stable.\n${vitals(r, true)}\nPlan: continue, 504 plan letter to school counselor ${N(nm(r, person(r), 0))}. Refill in 30 days to ${L(pt.pharmacy)}.\nParent questions answered; ${pt.relRole} will bring form back by ${r.pick(WEEKDAYS)}.\n`);
  } else {
    out.push(T`Subjective: ${pt.relRole} reports ${N(kid)} doing well. Attends ${L(pt.school)}. ${r.pick(['Wheezes with colds', 'Sleeps in parents bed', 'Bedwetting 2x/wk'])}. No ED visits. Smoke exposure: ${r.pick(['none', 'grandfather smokes outside'])}. Home: ${L(pt.street)}, ${L(pt.town)}; old house, lead paint concern.\nObjective: ${vitals(r, true)}. Normal exam.\nAssessment: healthy child, ${r.pick(['mild intermittent asthma', 'nocturnal enuresis', 'constipation'])}.\nPlan: Flovent, spacer teaching; Asthma action plan for school nurse ${N(nm(r, pt.other, 0))}, RN.\n`);
  }
  out.push(sigLine(c, c.me));
  return [out, s];
}

// style 8: prenatal / OB
function prenatal(c: Ctx): [Piece[], number] {
  const { r, pt, vd } = c;
  const s = r.int(0, 8);
  const out: Piece[] = [];
  const ga = r.int(6, 40);
  const edd = addDays(vd, (40 - ga) * 7 + r.int(-3, 3));
  const lmp = addDays(vd, -ga * 7);
  const partner = pt.rel;
  const doula = pt.other;
  const g = r.int(1, 5);
  const hosp = r.pick(HOSPITALS);
  if (s === 8) {
    out.push(T`Message from doula ${N(nm(r, pt.other, 0))} (${EM(`${pt.other.first.toLowerCase().replace(/[^a-z]/g, '')}@${r.pick(['birthwithbloom.com', 'gentlestartdoulas.org', 'gmail.com'])}`)})\nRe: client ${pn(r, pt, 0)}, EDD ${D(fd(r, edd, 4))}\n"Hi Dr. ${N(c.me.last)} - attaching ${N(pt.p.first)}'s updated birth plan. She and ${N(pt.rel.first)} would like to labor at home as long as possible and hope for a water immersion if ${L(hosp.short[0] ?? 'KVM')} allows. Can we confirm GBS result before ${r.pick(WEEKDAYS)}? My cell ${PH(phone(r))}."\n\nReply (${N(nm(r, clin(r, false), 0))}, CNM): GBS negative ${D(fd(r, addDays(vd, -3), 2))}. Immersion in first stage is ok at ${L(hosp.full)}; birth in water is not offered. Will scan plan into chart.\n`);
    return [out, s];
  }
  const hdr = r.chance(0.5) || s === 5 ? headerBlock(c, s === 5 ? 'Postpartum Visit' : 'Prenatal Visit') : T`OB ${ga}w${r.int(0, 6)}d  ${pn(r, pt, 0)}  ${D(fd(r, vd, 2))}\n`;
  out.push(hdr);
  if (s === 0 || s === 1) {
    out.push(T`G${g}P${g - 1}${r.int(0, 1)}0${g - 1} at ${ga}w by ${r.pick(['LMP c/w 8w US', '12w US'])}. LMP ${D(fd(r, lmp, 0))}. EDD ${D(fd(r, edd, 0))}.\nS: +FM, no VB/LOF/ctx. ${r.pick(['Mild heartburn', 'Round ligament pain', 'Nausea improving', 'Swelling feet'])}.\nO: BP ${BP(r)}, wt ${r.int(120, 250)}, FHR ${r.int(125, 160)} by doppler, FH ${ga > 20 ? ga - r.int(0, 2) : 'n/a'}. Urine neg/neg.\nLabs: ${r.pick(['1h GTT 128', 'Rh pos, Ab screen neg', 'GBS pending', 'Hgb 10.9 - start iron'])}.\nA/P: IUP, ${r.pick(['uncomplicated', 'AMA', 'A1GDM', 'hx prior C/S - TOLAC counseling'])}. ${partner === pt.rel ? T`${pt.relRole[0]?.toUpperCase()}${pt.relRole.slice(1)} ${N(partner.first)} present.` : ''} Delivering at ${L(hosp.full)}. RTC ${ga > 35 ? '1 wk' : ga > 28 ? '2 wk' : '4 wk'}.\n`);
  } else if (s === 2) {
    out.push(T`Birth plan review (${ga} wks)\n${N(pt.p.first)} and ${pt.relRole} ${N(nm(r, partner, 0))} brought written plan. Doula: ${N(nm(r, doula, 0))} (${PH(phone(r))}) will attend. Wishes: intermittent monitoring, move freely, nitrous if avail, delayed cord clamping, skin-to-skin, no pacifier. Open to epidural if "it gets to be too much". Placenta: no. Vit K and erythromycin: yes; Hep B: yes.\nReviewed ${L(hosp.short[0] ?? 'KVM')} L&D policies: 2 support persons. Tour ${D(fd(r, addDays(vd, r.int(5, 30)), 3))}.\nPeds for baby: ${dr(r, clin(r, true), 0)} at ${L(r.pick(CLINICS.slice(1, 2).concat(CLINICS.slice(10, 11))).full)}.\n`);
  } else if (s === 3) {
    out.push(T`New OB intake (${N(nm(r, clin(r, false), 0))}, RN)\nPositive UPT ${D(fd(r, addDays(vd, -r.int(7, 21)), 2))}. LMP ${D(fd(r, lmp, 2))}. Planned: ${r.pick(['yes', 'no, but happy', 'unsure'])}.\nOB hx: ${g > 1 ? T`SVD ${Y(String(r.int(2012, 2023)))} at ${L(r.pick(HOSPITALS).full)}, ${r.pick(['7 lb 2 oz', 'PPH', 'uncomplicated'])}` : 'none'}.\nFOB: ${N(nm(r, partner, 0))}, age ${r.int(19, 45)}, healthy. Lives in ${L(pt.town)}. Works at ${L(pt.employer)}.\nGenetic screening offered: NIPT drawn. CF carrier neg (${Y(String(r.int(2018, 2024)))}).\nMeds: prenatal vitamin, Zofran prn. Insurance ${L(pt.insurer)} ${ID(pt.memberId)}.\nPhone ${PH(pt.phone)}; ok to leave msgs.\n`);
  } else if (s === 4) {
    out.push(T`Triage call - OB\n${N(pt.p.first)} ${ga}w${r.int(0, 6)}d called at ${r.int(1, 11)}:${p2(r.int(0, 59))}pm. ${r.pick(['Decreased FM since this am', 'Leaking fluid', 'Contractions q7 min', 'HA + spots, BP at home 150/96'])}.\nAdvised to go to L&D at ${L(hosp.full)}. ${pt.relRole} ${N(partner.first)} driving. L&D charge RN ${N(nm(r, clin(r, false), 0))} notified at ${PH(phone(r))}.\nUpdate: NST reactive, ${r.pick(['discharged home', 'admitted for PEC eval', 'SROM confirmed, admitted'])}.\n`);
  } else if (s === 5) {
    out.push(T`Postpartum visit (${r.int(2, 8)} wk) — delivered ${D(fd(r, addDays(vd, -r.int(14, 56)), 8))} at ${L(hosp.full)}, ${r.pick(['SVD', 'primary LTCS for arrest', 'VBAC'])}. Baby ${N(r.pick([...F_WORD, ...M_OTHER]))} doing well, sees ${dr(r, clin(r, true), 0)}.\nEPDS ${r.int(0, 16)}. Breastfeeding w/ ${r.pick(['no issues', 'nipple pain', 'low supply - IBCLC f/u'])}. Lochia minimal. Contraception: ${r.pick(['Nexplanon today', 'Mirena', 'condoms', 'POPs'])}.\nExam: fundus nonpalp, incision healing, perineum intact.\nSupport: ${pt.relRole} home on leave from ${L(r.pick(EMPLOYERS))}; doula ${N(doula.first)} checking in.\n`);
  } else if (s === 6) {
    out.push(T`High-risk OB / MFM co-management\nMFM: ${dr(r, clin(r, true), 2)} (${L(hosp.full)})\nDx: ${r.pick(['cHTN on labetalol', 'A2GDM on insulin', 'twins di/di', 'prior stillbirth'])}. Growth US ${D(fd(r, addDays(vd, -7), 2))}: EFW ${r.int(10, 80)}th %ile, AFI ${r.int(7, 20)}. BPP 8/8.\nNSTs twice weekly (${r.pick(WEEKDAYS)}/${r.pick(WEEKDAYS)}). Delivery planned ${D(fd(r, addDays(edd, -r.int(7, 21)), 3))} at ${r.int(37, 39)} wks.\nASA 81 since 12 wk. Hope to avoid preterm delivery.\n`);
  } else {
    out.push(T`prenatal ${ga}wk. doing well. ${pt.relRole} ${N(partner.first.toLowerCase())} here, first time hearing heartbeat - tearful. bp ${BP(r)}. fht ${r.int(130, 160)}. no edema. reviewed kick counts + preterm labor signs. tdap at 28wk. flu shot done at ${L(pt.pharmacy)} ${D(fd(r, addDays(vd, -r.int(5, 40)), 2))}. pt asked about travel to ${ST(pt.country)} - ok before 36 wk w/ records. f/u ${D(fd(r, addDays(vd, 14), 2))}.\n`);
  }
  if (r.chance(0.35)) out.push(T`\nPsychosocial: lives with ${pt.relRole} in ${L(pt.town)}; ${r.pick<Piece>(['feels safe at home', 'housing unstable, SW referral placed', T`works at ${L(pt.employer)}`])}. PHQ-9 ${r.int(0, 14)}. Plans to breastfeed. WIC: ${r.pick(['enrolled', 'referred', 'declined'])}. Pediatrician: ${dr(r, clin(r, true), 0)} at ${L(r.pick(['Northgate Pediatrics', 'Fox Hollow Community Health Center', 'Riverbend Family Medicine']))}.\nMeds: prenatal vitamin, ${r.pick(['ASA 81', 'Colace', 'iron q other day', 'Diclegis'])}. Allergies: ${r.pick(['NKDA', 'PCN (rash)', 'latex'])}.\n`);
  out.push(sigLine(c, c.me));
  return [out, s];
}

// style 9: referral coordination
function referral(c: Ctx): [Piece[], number] {
  const { r, pt, vd } = c;
  const s = r.int(0, 7);
  const out: Piece[] = [];
  const spec = clin(r, true);
  const specClinic = r.pick(CLINICS);
  const coord = clin(r, false);
  const appt = addDays(vd, r.int(5, 90));
  const specialty = r.pick(['cardiology', 'endocrinology', 'neurology', 'GI', 'oncology', 'ortho', 'derm', 'sleep medicine']);
  if (s === 0) {
    out.push(T`REFERRAL ORDER\nPatient: ${pn(r, pt, 3)}  DOB ${D(fd(r, pt.dob, 0))}  MRN ${ID(pt.mrn)}\nReferred to: ${dr(r, spec, 5)}, ${L(specClinic.full)}\nSpecialty: ${specialty}   Priority: ${r.pick(['routine', 'urgent', 'STAT'])}\nReason: ${r.pick(['abnormal stress test', 'thyroid nodule 2.1 cm', 'new tremor', '+FIT', 'lung nodule 9 mm', 'chronic migraine'])}\nReferring: ${dr(r, c.me, 2)}  ${L(pt.clinic.full)}  ph ${PH(phone(r))}  fax ${PH(phone(r))}\nAuth # ${ID(`${r.letters(2)}${r.digits(8)}`)} (${L(pt.insurer)})\n`);
  } else if (s === 1) {
    out.push(T`Referral coordinator note\n${D(fd(r, vd, 0))} - faxed records to ${L(specClinic.full)} (${PH(phone(r))}). ${D(fd(r, addDays(vd, 3), 2))} - called, not received. Refaxed. ${D(fd(r, addDays(vd, 5), 2))} - spoke w/ ${N(nm(r, person(r), 0))} at front desk, appt scheduled ${D(fd(r, appt, 8))} with ${dr(r, spec, 0)}. Pt notified at ${PH(pt.phone)}; ${he(pt)} requested ${r.pick(['a Monday', 'morning appts', 'interpreter', 'transport'])}.\n`, sigLine(c, coord, false));
  } else if (s === 2) {
    out.push(T`Dear ${dr(r, spec, 0)},\n\nThank you for seeing ${pn(r, pt, 0)}, a ${ageWords(r, pt)} ${sexW(r, pt)} with ${r.pick(PROBLEMS)} who I am referring for ${r.pick(['evaluation of exertional chest pressure', 'management of resistant hypertension', 'new onset seizures', 'iron deficiency anemia with +FIT'])}. ${N(pt.p.first)} has tried ${r.pick(MEDS)} without benefit. Recent labs and ${r.pick(['echo', 'CT', 'EEG', 'EGD report'])} from ${L(r.pick(LABS))} enclosed.\n\n${pmh(c)}${medList(c)}\nPlease call me directly with any questions at ${PH(phone(r))}.\n\nSincerely,\n${dr(r, c.me, 2)}\n${L(pt.clinic.full)}\ncc: ${N(nm(r, pt.p, 0))}\n`);
  } else if (s === 3) {
    out.push(T`Consult letter (back to PCP)\n\n${D(fd(r, vd, 8))}\n\n${dr(r, pt.pcp, 1)}\n${L(pt.clinic.full)}\n\nRE: ${pn(r, pt, 0)}, DOB ${D(fd(r, pt.dob, 0))}\n\nDear ${N(pt.pcp.first)},\nI saw your patient today in ${specialty} clinic. ${r.pick(['Echo showed preserved EF; likely deconditioning.', 'FNA is benign (Bethesda II).', 'Exam consistent with essential tremor, not Parkinson.', 'Colonoscopy scheduled.'])} I have suggested ${r.pick(['propranolol 20 BID', 'repeat US in 1 yr', 'no treatment yet', 'bowel prep with Miralax'])}. Will see back in ${r.int(3, 12)} months.\n\nBest,\n${dr(r, spec, 2)}\n${L(specClinic.full)}\n`);
  } else if (s === 4) {
    out.push(T`Referral status: DENIED by ${L(pt.insurer)} - out of network (${L(specClinic.short[0] ?? 'BCA')}).\nIn-network options: ${dr(r, clin(r, true), 5)} at ${L(r.pick(HOSPITALS).full)}; ${dr(r, clin(r, true), 5)} at ${L(r.pick(CLINICS).full)}.\nPeer-to-peer requested; reviewer ${dr(r, clin(r, true), 1)}, ref # ${ID(r.digits(11))}.\nPt aware, prefers ${L(r.pick(TOWNS))} location (closer to ${his(pt)} ${pt.relRole}).\n`, sigLine(c, coord));
  } else if (s === 5) {
    out.push(T`E-consult (${specialty})\nQuestion from ${dr(r, c.me, 3)}: ${ageWords(r, pt)} with ${r.pick(['TSH 0.1, FT4 nl', 'ferritin 8 on PPI', 'LDL 210 despite statin', 'isolated ALP elevation'])}. Need in-person?\nResponse (${dr(r, spec, 3)}, ${D(fd(r, addDays(vd, 2), 2))}): ${r.pick(['Repeat in 6 wk with T3; no visit needed.', 'Check celiac serologies; IV iron via infusion center.', 'Add ezetimibe; refer lipid clinic if >100.', 'GGT and RUQ US first.'])}\nTime: ${r.int(5, 20)} min.\n`);
  } else if (s === 6) {
    out.push(T`Outside referral received ${D(fd(r, vd, 0))}\nFrom: ${L(r.pick(CLINICS).full)}, ${L(r.pick(TOWNS))}, ${ST(r.pick(STATES))}\nReferring NP ${N(nm(r, clin(r, false), 0))}\nPatient: ${pn(r, pt, 4)}; ${pt.relRole} ${N(nm(r, pt.rel, 0))} is contact, ${PH(pt.phone)}; email ${EM(pt.email)}\nDx code ${r.pick(['R00.2', 'E11.65', 'G25.0', 'K50.90', 'C50.912'])}\nTriage: ${r.pick(['new pt in 2-4 wk', 'urgent - next avail', 'route to APP'])}. Triaged by ${dr(r, spec, 0)}.\n`);
  } else {
    out.push(T`ref to ${specialty} - ${pn(r, pt, 7)}\nsent to ${L(r.pick(specClinic.short))}, no answer x2 (${PH(phone(r))}). ${N(pt.p.first)} says ${he(pt)} already has appt w/ ${dr(r, spec, 4)} ${D(fd(r, appt, 2))}. closing loop. cc ${N(initials(c.me))}\n`);
  }
  if (s !== 1 && s !== 4) out.push(T`\n${r.pick(FILLERS)}\n`);
  return [out, s];
}

// style 10: results notification letters
function resultsLetter(c: Ctx): [Piece[], number] {
  const { r, pt, vd } = c;
  const s = r.int(0, 8);
  const out: Piece[] = [];
  const test = addDays(vd, -r.int(2, 20));
  if (s === 8) {
    out.push(T`CRITICAL RESULT CALL\nLab: ${L(r.pick(LABS))} called ${D(fd(r, vd, 2))} ${r.int(0, 23)}:${p2(r.int(0, 59))}, tech ${N(nm(r, person(r), 0))}, read-back done.\nPt ${pn(r, pt, 2)} ${ID(pt.mrn)}: ${r.pick(['K 6.4', 'Na 121', 'INR 5.8', 'glucose 38', 'Hgb 6.9'])}.\nOn-call ${dr(r, clin(r, true), 1)} paged (pgr ${PH(String(r.int(1000, 9999)))}). Pt reached at ${PH(pt.phone)}, sent to ED at ${L(r.pick(pt.hospital.short))}. ${pt.relRole} ${N(pt.rel.first)} driving.\nFollow-up letter not needed; documented per policy. It was the Friday after Thanksgiving so PCP office closed.\n`);
    return [out, s];
  }
  const addr: Piece[] = T`${pn(r, pt, 0)}\n${L(pt.street)}\n${L(pt.town)}, ${ST(pt.state)} ${L(pt.zip)}\n`;
  const lh: Piece[] = T`${L(pt.clinic.full)}\n${L(`${r.int(10, 999)} ${r.pick(STREET_NAMES)}`)} · ${L(r.pick(TOWNS))}, ${ST(pt.state)} · ${PH(phone(r))}\n${U(r.pick(PORTALS))}\n\n`;
  if (s === 0 || s === 1) {
    out.push(lh, T`${D(fd(r, vd, 8))}\n\n`, addr, T`\nDear ${pt.p.female ? 'Ms.' : 'Mr.'} ${N(pt.p.last)},\n\nThe results of your ${r.pick(['blood work', 'screening mammogram', 'bone density scan', 'Pap test', 'colonoscopy'])} on ${D(fd(r, test, 4))} were ${s === 0 ? 'normal' : 'mostly normal, with one finding we should discuss'}. ${s === 0 ? r.pick(['No further action is needed.', 'Please repeat in one year.', 'Your next screening is due in 2030.']) : r.pick(['Your vitamin D is low; please start vitamin D3 2000 IU daily.', 'Your A1c is 6.1, which is in the prediabetes range.', 'One small polyp was removed; repeat colonoscopy in 5 years.'])}\n\nIf you have questions, please call ${PH(phone(r))} or send a message through the patient portal.\n\nSincerely,\n\n${dr(r, c.me, 2)}\n`);
  } else if (s === 2) {
    out.push(T`RESULT NOTIFICATION — ABNORMAL\nTo: ${pn(r, pt, 3)}   MRN ${ID(pt.mrn)}\nTest: ${r.pick(['CT chest low-dose', 'thyroid ultrasound', 'mammogram BI-RADS 0', 'PSA'])}   Accession ${ID(`${r.letters(2)}${r.digits(7)}`)}\nPerformed: ${D(fd(r, test, 0))} at ${L(r.pick(LABS))}\nFinding: ${r.pick(['6 mm RUL nodule, Lung-RADS 3', 'TI-RADS 4 nodule 1.6 cm', 'asymmetry L breast, additional views needed', 'PSA 6.8 (prior 4.1)'])}\nAction: ${r.pick(['repeat CT in 6 months', 'FNA scheduled', 'diagnostic mammo + US', 'urology referral'])}. Attempted phone contact ${D(fd(r, vd, 2))} at ${PH(pt.phone)} — left message. Certified letter mailed.\nOrdering: ${dr(r, c.me, 2)}\n`);
  } else if (s === 3) {
    out.push(T`Lab result note to patient (portal)\n\n${N(pt.p.first)} - your labs from ${D(fd(r, test, 3))}:\n  Hemoglobin ${r.int(10, 16)}.${r.int(0, 9)} (normal)\n  Creatinine 0.${r.int(6, 9)} (normal)\n  LDL ${r.int(70, 190)} (${r.pick(['high', 'at goal', 'borderline'])})\n  TSH ${r.int(0, 5)}.${r.int(10, 99)}\n  A1c ${r.int(5, 9)}.${r.int(0, 9)}%\nOverall reassuring. ${r.pick(['Will recheck lipids in 3 months.', 'Continue current meds.', 'Let us talk about a statin at your next visit.'])}\n- ${dr(r, c.me, 1)} and team\n`);
  } else if (s === 4) {
    out.push(lh, T`${D(fd(r, vd, 10))}\n\nRe: Pathology results\nPatient: ${pn(r, pt, 0)}   DOB: ${D(fd(r, pt.dob, 0))}\n\n${pt.p.female ? 'Ms.' : 'Mr.'} ${N(pt.p.last)}, the biopsy taken by ${dr(r, clin(r, true), 0)} on ${D(fd(r, test, 3))} (specimen ${ID(`S${String(vd.y).slice(2)}-${r.digits(5)}`)}) showed ${r.pick(['a benign seborrheic keratosis', 'a tubular adenoma', 'basal cell carcinoma, margins clear', 'chronic gastritis, H. pylori negative'])}. ${r.pick(['No treatment is needed.', 'We recommend a follow-up visit with dermatology.', 'Please see the enclosed information sheet.'])}\n\n${dr(r, c.me, 2)}\n`);
  } else if (s === 5) {
    out.push(T`RESULTS LETTER (elderly pt - also mailed to HCP)\n`, addr, T`cc: ${N(nm(r, pt.rel, 0))} (${pt.relRole}/health care proxy), ${L(`${r.int(10, 999)} ${r.pick(STREET_NAMES)}`)}, ${L(r.pick(TOWNS))}\n\nDear ${N(pt.p.first)},\nAt ${ageP(pt, '')} you are doing remarkably well. Your kidney function on ${D(fd(r, test, 2))} was stable (eGFR ${r.int(28, 60)}), and your blood count is a little low (Hgb ${r.int(9, 11)}.${r.int(0, 9)}). We will recheck at your next visit with ${dr(r, c.me, 0)}.\n\n${r.pick(FILLERS)}\n`);
  } else if (s === 6) {
    out.push(T`Normal result letter\n${D(fd(r, vd, 0))}\n${pn(r, pt, 4)}\n\nYour ${r.pick(['Holter monitor', 'sleep study', 'echocardiogram', 'stress test'])} done at ${L(r.pick(HOSPITALS).full)} on ${D(fd(r, test, 2))} was read by ${dr(r, clin(r, true), 2)} as normal. Device returned, serial ${O(`H${r.digits(7)}`)}. Nothing further is needed. Keep your appointment on ${D(fd(r, addDays(vd, r.int(10, 60)), 4))}.\n\n${L(pt.clinic.full)} | ${PH(phone(r))} | ${EM(`results@${r.pick(['riverbendfm.org', 'csim-health.com', 'northgatepeds.com', 'summitendo.org'])}`)}\n`);
  } else {
    out.push(T`result comm log\n${D(fd(r, vd, 2))} - ${r.pick(['A1c', 'lipid', 'urine cx', 'strep', 'INR'])} resulted, routed to ${dr(r, c.me, 0)}.\n${D(fd(r, vd, 2))} - ${N(initials(c.me))}: "${r.pick(['nl, letter ok', 'call pt, start abx', 'INR 3.6 - hold 1 dose warfarin', 'ok'])}"\n${D(fd(r, addDays(vd, 1), 2))} - called ${N(nm(r, pt.p, 5))} ${PH(pt.phone)}, ${r.pick(['spoke w/ pt', 'spoke w/', 'LM'])} ${r.chance(0.5) ? T`${pt.relRole} ${N(pt.rel.first)}` : ''}. letter mailed to ${L(pt.street)}.\n`);
  }
  return [out, s];
}

const STYLE_FNS: Record<string, (c: Ctx) => [Piece[], number]> = {
  primary_care_visit: primaryCare,
  specialty_clinic: specialty,
  telehealth,
  refill_triage_phone: refillTriage,
  portal_message: portal,
  forms,
  well_child: wellChild,
  prenatal_ob: prenatal,
  referral_coordination: referral,
  results_letter: resultsLetter,
};
const TRACK_STYLES: Record<Track, string[]> = {
  adult: ['primary_care_visit', 'specialty_clinic', 'telehealth', 'refill_triage_phone', 'portal_message', 'forms', 'referral_coordination', 'results_letter'],
  elder: ['primary_care_visit', 'specialty_clinic', 'telehealth', 'refill_triage_phone', 'portal_message', 'referral_coordination', 'results_letter'],
  child: ['well_child', 'well_child', 'forms', 'portal_message', 'telehealth', 'refill_triage_phone', 'results_letter'],
  ob: ['prenatal_ob', 'prenatal_ob', 'portal_message', 'telehealth', 'results_letter', 'referral_coordination'],
};

// ---------------------------------------------------------------------------------------------
// rendering: flatten, case, typos, offsets
function flatten(p: Piece, out: (string | Sp)[]): void {
  if (Array.isArray(p)) { for (const q of p) flatten(q, out); return; }
  out.push(p);
}
function typoWord(r: Rng, w: string): string {
  const i = r.int(1, w.length - 2);
  switch (r.int(0, 3)) {
    case 0: return w.slice(0, i) + (w[i + 1] ?? '') + (w[i] ?? '') + w.slice(i + 2);
    case 1: return w.slice(0, i) + w.slice(i + 1);
    case 2: return w.slice(0, i) + (w[i] ?? '') + w.slice(i);
    default: return w.slice(0, i) + 'aeiou'[r.int(0, 4)] + w.slice(i + 1);
  }
}
const PROTECT = /^(Foley|Babinski|Murphy|Graves|Parkinson|Crohn|Whipple|Nissen|frank|will|hope|Hope|Will|Frank)$/;
function typos(r: Rng, s: string, rate: number): string {
  return s.replace(/[A-Za-z]{5,}/g, (w) => (PROTECT.test(w) || !r.chance(rate) ? w : typoWord(r, w)));
}

function render(pieces: Piece[], r: Rng, mode: 'upper' | 'lower' | 'none', typoRate: number): { text: string; phi: GeneratedSpan[] } {
  const flat: (string | Sp)[] = [];
  flatten(pieces, flat);
  let text = '';
  const phi: GeneratedSpan[] = [];
  const cs = (s: string): string => (mode === 'upper' ? s.toUpperCase() : mode === 'lower' ? s.toLowerCase() : s);
  for (const x of flat) {
    if (typeof x === 'string') { text += cs(typoRate > 0 ? typos(r, x, typoRate) : x); continue; }
    let v = cs(x.s);
    // spans are one line, trimmed; a leading/trailing blank goes into the plain text
    v = v.replace(/\s*\n\s*/g, ' ');
    const lead = v.length - v.trimStart().length;
    const core = v.trim();
    text += v.slice(0, lead);
    if (core) { phi.push({ start: text.length, end: text.length + core.length, category: x.c }); text += core; }
    text += v.slice(lead + core.length);
  }
  return { text, phi };
}

/** optional addendum / coordination paragraph, for length variety */
function addendum(c: Ctx): Piece[] {
  const { r, pt, vd } = c;
  const ad = addDays(vd, r.int(0, 3));
  const k = r.int(0, 5);
  switch (k) {
    case 5: return T`\nCare team:\n- PCP: ${dr(r, pt.pcp, 5)}, ${L(pt.clinic.short[0] ?? pt.clinic.full)}\n- ${r.pick(['Cardiology', 'Nephrology', 'Endo', 'Oncology'])}: ${dr(r, prov(r, 1), 0)} (${L(r.pick(HOSPITALS).short[1] ?? 'KVM')})\n- Care manager: ${N(nm(r, clin(r, false), 0))}, RN ${PH(phone(r))}\n- Pharmacy: ${L(pt.pharmacy)}\n- ${pt.relRole[0]?.toUpperCase()}${pt.relRole.slice(1)}: ${N(nm(r, pt.rel, 0))}; ${N(pt.rel.first)}'s cell ${PH(phone(r))}\n`;
    case 0: return T`\nAddendum ${D(fd(r, ad, 2))}: spoke with ${pt.relRole} ${N(nm(r, pt.rel, 0))} at ${PH(phone(r))} who had questions about the plan. Reviewed medication changes line by line; ${pt.rel.female ? 'she' : 'he'} will set up the pill box on Sunday. Also faxed the visit note to ${L(r.pick(CLINICS).full)} (fax ${PH(phone(r))}) at their request.\n`;
    case 1: return T`\nCare coordination: ${N(nm(r, clin(r, false), 0))}, RN care manager, will call ${he(pt) === 'she' ? 'her' : 'him'} in 1 week. Transportation through ${r.pick<Piece>([L('Mercer County Transit'), 'the Medicaid ride line', L('Friendship Senior Center'), T`the ${L(r.pick(COUNTIES))} senior van`])}. Prior records from ${L(r.pick(HOSPITALS).full)} requested (${D(fd(r, ad, 0))}). Will follow.\n`;
    case 2: return T`\nLate entry ${D(fd(r, ad, 0))} ${r.int(7, 18)}:${p2(r.int(0, 59))}: ${L(pt.pharmacy)} called - ${r.pick(['Jardiance not covered, switched to Farxiga', 'interaction flag warfarin/Bactrim, abx changed', 'qty limit on albuterol, PA started', 'insulin pens backordered, vials sent instead'])}. Pt informed via portal. ${N(initials(c.me))}\n`;
    case 3: return T`\nPatient education: handouts on ${r.pick(['low sodium diet', 'carb counting', 'safe sleep', 'migraine triggers', 'kick counts'])} given in ${r.pick(['English', 'Spanish', 'Vietnamese', 'Arabic'])}. Teach-back done. ${pt.p.female ? 'She' : 'He'} prefers calls after 3 pm at ${PH(pt.phone)}; ok to leave detailed message. Emergency contact on file: ${N(nm(r, pt.rel, 0))} (${pt.relRole}).\n`;
    default: return T`\nScribe attestation: I, ${N(nm(r, person(r), 0))}, scribed for ${dr(r, c.me, 0)} on ${D(fd(r, vd, 0))}. Provider attestation: I have reviewed the scribe's documentation and agree. ${r.pick(FILLERS)}\n`;
  }
}

const wordCount = (s: string): number => s.split(/\s+/).filter(Boolean).length;

/** Generate `count` labelled notes; note i depends only on (seed, i) so batches are prefixes. */
export function generate(count: number, seed: number): GeneratedNote[] {
  const out: GeneratedNote[] = [];
  // patient assignment: groups of 1-3 consecutive notes, drawn from a stream that ignores count
  const gr = new Rng(mix(seed, 0x7a11));
  let pIdx = 0;
  let left = 1 + Math.floor(gr.next() * 3);
  let pt = mkPatient(seed, pIdx);
  let baseDate = rdate(new Rng(mix(seed ^ 0x1d, pIdx)), 2022, 2025);
  for (let i = 0; i < count; i++) {
    if (left === 0) {
      pIdx++;
      left = 1 + Math.floor(gr.next() * 3);
      pt = mkPatient(seed, pIdx);
      baseDate = rdate(new Rng(mix(seed ^ 0x1d, pIdx)), 2022, 2025);
    }
    left--;
    const r = new Rng(mix(seed, i + 1));
    const style = r.pick(TRACK_STYLES[pt.track]);
    const vd = addDays(baseDate, r.int(0, 200));
    const me = style === 'primary_care_visit' || style === 'well_child' || r.chance(0.4) ? pt.pcp : prov(r, style === 'prenatal_ob' ? 0.6 : 0.8);
    const phoneish = style === 'refill_triage_phone' || style === 'portal_message';
    const cv = r.next();
    const mode: 'upper' | 'lower' | 'none' = cv < (phoneish ? 0.14 : 0.08) ? 'lower' : cv < (phoneish ? 0.2 : 0.16) ? 'upper' : 'none';
    const c: Ctx = { r, pt, vd, me, upper: mode === 'upper', lower: mode === 'lower' };
    const fn = STYLE_FNS[style] ?? primaryCare;
    const [pieces] = fn(c);
    let body: Piece[] = pieces;
    if (style !== 'forms' && r.chance(0.3)) body = [body, addendum(c)];
    let n = 0;
    while (wordCount(flatText(body)) < 60 && n < 4) { body = [body, '\n', r.pick(FILLERS), '\n']; n++; }
    const typoRate = r.chance(0.35) ? 0.02 : 0;
    const { text, phi } = render(body, r, mode, typoRate);
    out.push({ patient: pt.id, text: text.replace(/\s+$/, '') + '\n', phi, style });
  }
  return out;
}

function flatText(p: Piece[]): string {
  const flat: (string | Sp)[] = [];
  flatten(p, flat);
  return flat.map((x) => (typeof x === 'string' ? x : x.s)).join('');
}
