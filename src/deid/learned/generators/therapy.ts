/**
 * Writer `therapy`: synthetic rehabilitation / allied-health notes with labelled PHI.
 *
 * Settings: PT / OT / SLP evaluations and daily notes (inpatient, outpatient, home health), cardiac and
 * pulmonary rehab sessions, wound-care nursing, dietitian consults, respiratory-therapy flowsheets,
 * audiology, DME orders and vendor calls, home-exercise letters and school / employer accommodation
 * letters, plus lower-case therapist quick notes. Every person, place and number is invented.
 *
 * Notes are built as a list of pieces (plain strings and labelled spans); case changes and typos are
 * applied piece by piece and offsets are computed only once, at the very end, so spans cannot drift.
 */
import { mulberry32 } from '../../../util/prng.js';

export const WRITER_NAME = 'therapy';

export const THERAPY_STYLES: readonly string[] = [
  'pt_eval',
  'ot_daily',
  'slp_note',
  'cardiopulm_rehab',
  'wound_care',
  'dietitian',
  'rt_flowsheet',
  'audiology',
  'dme_vendor',
  'hep_letter',
  'accommodation_letter',
  'quick_note',
];

export interface GeneratedSpan {
  start: number;
  end: number;
  category: string;
}

export interface GeneratedNote {
  patient: string;
  text: string;
  phi: GeneratedSpan[];
  style: string;
}

type Cat = 'NAME' | 'LOCATION' | 'STATE' | 'DATE' | 'DATE_YEAR' | 'AGE' | 'PHONE' | 'ID' | 'EMAIL' | 'URL' | 'OTHER';
interface Span {
  t: string;
  c: Cat;
}
type Piece = string | Span;
type P = Piece | readonly P[];

// ---------------------------------------------------------------------------------------------------
// Random helpers
// ---------------------------------------------------------------------------------------------------

function mix(...xs: number[]): number {
  let h = 0x9e3779b9 >>> 0;
  for (const x of xs) {
    h = Math.imul(h ^ (x >>> 0), 0x85ebca6b) >>> 0;
    h ^= h >>> 13;
    h = Math.imul(h, 0xc2b2ae35) >>> 0;
    h ^= h >>> 16;
  }
  return h >>> 0;
}

class Rng {
  private readonly f: () => number;
  constructor(seed: number) {
    this.f = mulberry32(seed);
  }
  next(): number {
    return this.f();
  }
  int(a: number, b: number): number {
    return a + Math.floor(this.f() * (b - a + 1));
  }
  pick<T>(xs: readonly T[]): T {
    return xs[Math.floor(this.f() * xs.length)] as T;
  }
  chance(p: number): boolean {
    return this.f() < p;
  }
  some<T>(xs: readonly T[], n: number): T[] {
    const copy = xs.slice();
    const out: T[] = [];
    while (out.length < n && copy.length > 0) {
      const i = Math.floor(this.f() * copy.length);
      out.push(copy.splice(i, 1)[0] as T);
    }
    return out;
  }
  digits(n: number): string {
    let s = '';
    for (let i = 0; i < n; i++) s += String(Math.floor(this.f() * 10));
    return s;
  }
  letters(n: number): string {
    const A = 'ABCDEFGHJKLMNPQRSTUVWXYZ';
    let s = '';
    for (let i = 0; i < n; i++) s += A[Math.floor(this.f() * A.length)];
    return s;
  }
}

const sp = (c: Cat, t: string): Span => ({ t, c });

// ---------------------------------------------------------------------------------------------------
// Inventories (all invented)
// ---------------------------------------------------------------------------------------------------

const FIRST_F = [
  'Adaeze', 'Ama', 'Abena', 'Folasade', 'Ngozi', 'Aminata', 'Fatoumata', 'Efua', 'Chiamaka', 'Yetunde',
  'Priya', 'Sunita', 'Deepa', 'Anjali', 'Harpreet', 'Nasreen', 'Lakshmi', 'Meera', 'Kavya', 'Shobha',
  'Mei', 'Yuki', 'Ji-woo', 'Xiaoling', 'Thanh', 'Linh', 'Eun-ji', 'Haruka', 'Mai', 'Su-bin',
  'Olena', 'Katarzyna', 'Svetlana', 'Irina', 'Zofia', 'Ludmila', 'Agnieszka', 'Milena',
  'Layla', 'Huda', 'Samira', 'Noor', 'Mariam', 'Amal', 'Rania', 'Fadwa',
  'Lucia', 'Guadalupe', 'Ximena', 'Marisol', 'Itzel', 'Esperanza', 'Consuelo', 'Yesenia', 'Maricela',
  'Sigrid', 'Astrid', 'Ingrid', 'Solveig', 'Freya', 'Liv',
  'Aiyana', 'Winona', 'Kimi', 'Nayeli', 'Hania', 'Tallulah',
  'Leilani', 'Malia', 'Losa', 'Mele', 'Kalena', 'Sina',
  'Hope', 'Grace', 'Rose', 'Faith', 'Joy', 'June', 'Dawn', 'Summer', 'Amber', 'Ruby', 'Ivy', 'Hazel',
  'Violet', 'Patience', 'Penny', 'Sandy', 'Autumn', 'Charity',
  'Margaret', 'Dorothy', 'Beatrice', 'Gertrude', 'Wilma', 'Lorraine', 'Dolores', 'Shirley', 'Latoya',
  'Keisha', 'Tamika', 'Brittany', 'Madison', 'Kaylee', 'Nevaeh', 'Eleanor', 'Agnes', 'Mildred', 'Opal',
];
const FIRST_M = [
  'Chinedu', 'Oluwaseun', 'Kwame', 'Kofi', 'Yaw', 'Emeka', 'Tunde', 'Mamadou', 'Ousmane', 'Nnamdi',
  'Babajide', 'Kwabena', 'Arjun', 'Rohan', 'Vikram', 'Gurpreet', 'Farhan', 'Rajesh', 'Sanjay', 'Imran',
  'Tariq', 'Venkat', 'Wei', 'Hiroshi', 'Min-jun', 'Haruto', 'Jian', 'Bao', 'Daichi', 'Sora', 'Quang',
  'Dmitri', 'Bogdan', 'Miroslav', 'Wojciech', 'Tomasz', 'Yaroslav', 'Oleksandr', 'Radek',
  'Omar', 'Yousef', 'Karim', 'Rashid', 'Hassan', 'Khalid', 'Bilal', 'Ziad',
  'Alejandro', 'Mateo', 'Joaquin', 'Rafael', 'Rodrigo', 'Aurelio', 'Efrain', 'Teodoro', 'Luis',
  'Lars', 'Bjorn', 'Leif', 'Henrik', 'Nils', 'Torvald',
  'Takoda', 'Chayton', 'Ahanu', 'Dyami', 'Elan', 'Kele',
  'Keoni', 'Sione', 'Tevita', 'Kalani', 'Ikaika', 'Manase',
  'Will', 'Frank', 'Bill', 'Art', 'Jasper', 'Heath', 'Clay', 'Forrest', 'Sterling', 'Bud', 'Chip',
  'Rusty', 'Colt', 'Miles', 'Dusty', 'Lane',
  'Eugene', 'Harold', 'Walter', 'Cornelius', 'Thaddeus', 'Marvin', 'Delbert', 'Earl', 'Tyrone',
  'DeShawn', 'Jamal', 'Cody', 'Dakota', 'Skyler', 'Brayden', 'Jaxon', 'Ezekiel', 'Virgil', 'Otis',
];
const NICK: Record<string, string> = {
  Margaret: 'Peggy', Dorothy: 'Dot', Eugene: 'Gene', Harold: 'Hal', Beatrice: 'Bea', Gertrude: 'Trudy',
  Cornelius: 'Neil', Thaddeus: 'Tad', Walter: 'Walt', Oluwaseun: 'Seun', Babajide: 'Jide',
  Katarzyna: 'Kasia', Guadalupe: 'Lupe', Alejandro: 'Alex', Oleksandr: 'Sasha', Wojciech: 'Wojtek',
  Eleanor: 'Nell', Mildred: 'Millie', Chinedu: 'Chi', Rajesh: 'Raj', Ezekiel: 'Zeke', Theodore: 'Teddy',
};
const SURNAMES = [
  'Okafor', 'Adeyemi', 'Mensah', 'Asante', 'Boateng', 'Nwosu', 'Diallo', 'Traore', 'Owusu', 'Balogun',
  'Eze', 'Ogunleye', 'Kamara', 'Sesay', 'Acheampong', 'Oyelaran',
  'Patel', 'Raghunathan', 'Chaudhry', 'Iyer', 'Banerjee', 'Siddiqui', 'Gill', 'Sandhu', 'Venkataraman',
  'Mukherjee', 'Qureshi', 'Reddy', 'Pillai', 'Bhattacharya',
  'Nguyen', 'Tran', 'Pham', 'Zhang', 'Liu', 'Huang', 'Tanaka', 'Watanabe', 'Nakamura', 'Kim', 'Park',
  'Choi', 'Yoon', 'Lim', 'Chen', 'Takahashi', 'Vo',
  'Kowalczyk', 'Nowak', 'Petrov', 'Ivanova', 'Shevchenko', 'Horvath', 'Novotny', 'Dvorak',
  'Wisniewski', 'Kuznetsov', 'Bondarenko', 'Zielinski', 'Sokolov',
  'Haddad', 'Khoury', 'Al-Masri', 'Nasser', 'Saleh', 'Abdullah', 'El-Amin', 'Farouk', 'Mansour', 'Hamdan',
  'Hernandez', 'Villanueva', 'Castillo', 'de la Cruz', 'Del Rio', 'Quintero', 'Arellano', 'Becerra',
  'Zamora', 'Montoya', 'Esquivel', 'Santiago', 'Ibarra', 'Garcia-Lopez',
  'Lindqvist', 'Haugen', 'Johansson', 'Eriksen', 'Solberg', 'Bergstrom', 'Nygaard', 'Halvorsen',
  'Yazzie', 'Begay', 'Tsosie', 'Redcloud', 'Whitehorse', 'Lonebear', 'Runningwater', 'Etsitty',
  'Kahananui', 'Fonoti', 'Tuilagi', 'Kealoha', 'Fifita', 'Mahoe', 'Leota',
  'van der Berg', 'De Luca', "O'Brien", 'McAllister', 'St. Germain', 'Da Silva', 'Le Blanc',
  'Smith-Okafor', 'Moore-Haddad', 'MacNeil', "D'Angelo", 'Van Buren', 'Nakamura-Price',
  'Hope', 'Grace', 'Rose', 'Stone', 'Hill', 'Price', 'Young', 'Bell', 'Love', 'King', 'Brown', 'Long',
  'Page', 'Frank', 'Will', 'Marsh', 'Hunter', 'Fox', 'Wolf', 'Baker', 'Cook', 'Mason', 'Walker', 'Small',
  'Black', 'Green', 'Short', 'Bishop', 'Sharp', 'Field', 'Strong', 'Swift', 'Lamb', 'Moody', 'Gentry',
  'Whitaker', 'Pennington', 'Callahan', 'Dunleavy', 'Harrington', 'Crenshaw', 'Abernathy', 'Holloway',
  'Tillman', 'Sutherland', 'Prewitt', 'Goodwin', 'Fairbanks', 'Greer',
];

interface Town {
  name: string;
  st: string;
  state: string;
}
const TOWN_NAMES = [
  'Millbrook', 'Ashford Mills', 'Briar Glen', 'Cold Spring', 'Dunmore', 'East Haverly', 'Fallowfield',
  'Grange', 'Harmony', 'Hope', 'Liberty', 'Union', 'Concord', 'Friendship', 'Commerce', 'Beacon',
  'Summit', 'Paradise', 'Normal', 'Independence', 'Stillwater', 'Reading', 'Marion', 'Florence',
  'Orange', 'Eureka', 'Kettle Falls', 'Marrow Creek', 'New Albright', 'North Pell', 'Oakhurst',
  'Pruett', 'Quarry', 'Redbank', 'Saltash', 'Tolland Ridge', 'Upper Sandwell', 'Vail Crossing',
  'Warrick', 'Yellow Pine', 'Zell', 'Bristol Hollow', 'Castle Rock', 'Deer Lodge', 'Elm Prairie',
  'Fort Kearny', 'Glenhaven', 'Hatchet Lake', 'Iron Gate', 'Juniper', 'Keller Bend', 'Lowden',
  'Mossy Ford', 'Nettleton', 'Ogden Flats', 'Pickering', 'Rust Valley', 'Sugar Notch', 'Tamarack',
  'Walnut Cove', 'Welcome', 'Pleasant', 'Chance', 'Tenmile', 'Blue Earth', 'Crossville', 'Gray Horse',
];
const STATES: readonly (readonly [string, string])[] = [
  ['Ohio', 'OH'], ['Iowa', 'IA'], ['Kansas', 'KS'], ['Oregon', 'OR'], ['Montana', 'MT'], ['Georgia', 'GA'],
  ['Vermont', 'VT'], ['Nebraska', 'NE'], ['Kentucky', 'KY'], ['Wisconsin', 'WI'], ['New Mexico', 'NM'],
  ['Pennsylvania', 'PA'], ['Minnesota', 'MN'], ['Tennessee', 'TN'], ['Arizona', 'AZ'], ['Maine', 'ME'],
  ['North Carolina', 'NC'], ['Michigan', 'MI'], ['Idaho', 'ID'], ['Hawaii', 'HI'], ['Texas', 'TX'],
  ['Missouri', 'MO'], ['Oklahoma', 'OK'], ['Virginia', 'VA'], ['Colorado', 'CO'], ['Indiana', 'IN'],
];
const COUNTRIES = [
  'Nigeria', 'Ghana', 'India', 'Vietnam', 'the Philippines', 'Mexico', 'Guatemala', 'El Salvador',
  'Ukraine', 'Poland', 'Lebanon', 'Syria', 'Somalia', 'Samoa', 'Tonga', 'South Korea', 'Norway',
  'Canada', 'Sierra Leone', 'Haiti', 'Bhutan', 'Iraq',
];

interface Inst {
  full: string;
  short: readonly string[];
}
const INSTITUTIONS: readonly Inst[] = [
  { full: "St. Brendan's Rehabilitation Hospital", short: ["St. Brendan's", 'SBRH', "Brendan's"] },
  { full: 'Lakeshore Regional Medical Center', short: ['LRMC', 'Lakeshore', 'Lakeshore Regional'] },
  { full: 'Harmon Valley Hospital', short: ['HVH', 'Harmon Valley'] },
  { full: 'Mercy Ridge Medical Center', short: ['Mercy Ridge', 'MRMC', 'the Ridge'] },
  { full: 'Kessler-Whitfield Institute for Rehabilitation', short: ['KWIR', 'Whitfield'] },
  { full: 'Pinecrest Outpatient Therapy', short: ['Pinecrest', 'Pinecrest PT'] },
  { full: 'Riverbend Heart & Lung Center', short: ['Riverbend', 'RHLC'] },
  { full: 'Northgate Community Hospital', short: ['NCH', 'Northgate'] },
  { full: 'Cedar Hollow Skilled Nursing & Rehab', short: ['Cedar Hollow', 'CHSNR'] },
  { full: 'Golden Prairie Home Health', short: ['GPHH', 'Golden Prairie'] },
  { full: 'Bluewater Hearing & Balance', short: ['Bluewater', 'BHB'] },
  { full: 'Summit Sports Medicine & Physical Therapy', short: ['Summit PT', 'SSMPT'] },
  { full: 'Holy Cross Hospital of Dunmore', short: ['Holy Cross', 'HCHD'] },
  { full: 'University Hospital of East Haverly', short: ['UHEH', 'U of EH'] },
  { full: 'Tri-County Wound & Hyperbaric Center', short: ['Tri-County Wound', 'TCWHC'] },
  { full: "Westfield Children's Therapy Center", short: ['Westfield Kids', 'WCTC'] },
  { full: 'Sacred Oak Hospice', short: ['Sacred Oak', 'SOH'] },
  { full: 'Saltash Veterans Medical Center', short: ['Saltash VA', 'SVMC'] },
  { full: 'Good Shepherd Pulmonary Rehabilitation', short: ['Good Shepherd', 'GSPR'] },
  { full: 'Maple Terrace Assisted Living', short: ['Maple Terrace', 'MTAL'] },
  { full: 'Bayview Speech & Swallow Clinic', short: ['Bayview', 'BSSC'] },
  { full: 'Ironwood Medical Group', short: ['Ironwood', 'IMG'] },
  { full: 'Stillwater Senior Care Center', short: ['Stillwater SCC', 'the Stillwater'] },
  { full: 'Prairie Rose Infusion & Nutrition', short: ['Prairie Rose', 'PRIN'] },
];
const DME_VENDORS = [
  'Apex Mobility Supply', 'CareLine Medical Equipment', 'Keystone Home Medical', 'BreatheWell Respiratory Services',
  'Allied Durable Medical', 'Northstar Oxygen', 'MedEquip Direct', 'Hometown Rehab Supply', 'Tamarack Seating & Mobility',
  'Redbank Orthotics & Prosthetics', 'QuickStep Medical Rentals', 'Lumen Home Respiratory',
];
const PHARMACIES = [
  'Corner Drug of Harmony', 'Pell Apothecary', 'FamilyCare Pharmacy', 'Quarry Street Pharmacy',
  'Juniper Compounding', 'Welcome Drug & Gift',
];
const INSURERS = [
  'Bluestem Health Plan', 'Heartland Mutual', 'Prairie Medicaid Advantage', 'Crestline Insurance',
  'Unity Care HMO', 'Granite State Benefit Trust', 'Evergreen Senior Choice',
];
const SCHOOLS = [
  'Oakhurst Elementary School', 'Briar Glen Middle School', 'Dunmore High School', 'Kettle Falls Community College',
  'St. Agatha Academy', 'Redbank Junior High', 'Harmony Montessori', 'Tolland Ridge Regional High School',
  'Marrow Creek Technical College', 'Lowden Christian School',
];
const EMPLOYERS = [
  'Redbank Poultry Processing', 'Hollister Freight Lines', 'Copperline Call Center', 'Marrow Creek Casino',
  'Greeley Tool & Die', 'City of Saltash Parks Department', 'Brightway Grocers', 'Sandwell Logistics',
  'Nettleton Public Library', 'Kestrel Roofing LLC', 'Pickering Dental Associates', 'Harmony Feed & Seed',
  'Oakhurst Unified School District', 'Blue Earth Credit Union',
];
const OTHER_PLACES = [
  'First Baptist Church of Harmony', 'St. Casimir Parish', 'Hope House Shelter', 'Salvation Army Corps of Warrick',
  'Juniper Senior Center', 'Vail Crossing YMCA', 'Warrick Adult Day Center', 'Grange Community Pool',
];
const STREET_NAMES = [
  'Elm', 'Quarry', 'Kettle', 'Mill', 'Sycamore', 'Old Post', 'Cobbler', 'Ridge', 'Tamarack', 'Larkspur',
  'Juniper', 'Cottonwood', 'Depot', 'Hatchet', 'Orchard', 'Bluff', 'Prospect', 'Wren', 'Anvil', 'Pell',
  'Schoolhouse', 'Fenwick', 'Granary', 'Lookout',
];
const STREET_SUF = ['St', 'Street', 'Ave', 'Avenue', 'Rd', 'Road', 'Ln', 'Dr', 'Ct', 'Way', 'Blvd', 'Pike'];
const EMAIL_DOMAINS = ['gmail.com', 'yahoo.com', 'outlook.com', 'icloud.com', 'prairienet.net', 'mailbox.org'];

export const INVENTORY_SIZES: Record<string, number> = {
  firstNames: FIRST_F.length + FIRST_M.length,
  surnames: SURNAMES.length,
  towns: TOWN_NAMES.length,
  states: STATES.length,
  countries: COUNTRIES.length,
  institutions: INSTITUTIONS.length,
  institutionShortForms: INSTITUTIONS.reduce((n, i) => n + i.short.length, 0),
  dmeVendors: DME_VENDORS.length,
  pharmacies: PHARMACIES.length,
  insurers: INSURERS.length,
  schools: SCHOOLS.length,
  employers: EMPLOYERS.length,
  otherPlaces: OTHER_PLACES.length,
  streets: STREET_NAMES.length,
};

// ---------------------------------------------------------------------------------------------------
// People, places, numbers
// ---------------------------------------------------------------------------------------------------

interface Person {
  first: string;
  last: string;
  mi: string;
  female: boolean;
}
interface Clin extends Person {
  cred: string;
}
interface Addr {
  street: string;
  unit: string;
  town: Town;
  zip: string;
}
interface Day {
  y: number;
  m: number;
  d: number;
}
interface Patient extends Person {
  id: string;
  age: number;
  dob: Day;
  mrn: string;
  phone: string;
  addr: Addr;
  relative: Person;
  relation: string;
  relPhone: string;
  home: Town;
  insurer: string;
  member: string;
  email: string;
  base: Day;
  inst: Inst;
  origin: string;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const MON = MONTHS.map((m) => m.slice(0, 3));

function person(r: Rng, female?: boolean): Person {
  const f = female ?? r.chance(0.55);
  return { first: r.pick(f ? FIRST_F : FIRST_M), last: r.pick(SURNAMES), mi: r.letters(1), female: f };
}
const CREDS: Record<string, readonly string[]> = {
  pt: ['PT, DPT', 'PT', 'DPT', 'PTA', 'PT, DPT, NCS', 'MPT'],
  ot: ['OTR/L', 'OT', 'COTA/L', 'OTD, OTR/L', 'MS, OTR/L'],
  slp: ['CCC-SLP', 'M.S., CCC-SLP', 'SLP', 'CF-SLP'],
  rn: ['RN', 'RN, CWOCN', 'BSN, RN', 'LPN', 'RN, WCC'],
  rd: ['RD', 'RDN, LD', 'MS, RD, CNSC', 'RD, LDN'],
  rt: ['RRT', 'CRT', 'RRT-NPS', 'RRT, RPFT'],
  au: ['Au.D.', 'AuD, CCC-A', 'M.A., CCC-A'],
  ex: ['MS, CEP', 'RCEP', 'EP-C', 'RN, CCRP'],
  md: ['MD', 'DO', 'NP', 'PA-C', 'MD, PhD'],
  dme: ['ATP', 'CO', 'CPO', 'ATP/SMS'],
};
function clin(r: Rng, kind: string): Clin {
  return { ...person(r), cred: r.pick(CREDS[kind] ?? ['']) };
}
function town(r: Rng): Town {
  const [state, st] = r.pick(STATES);
  return { name: r.pick(TOWN_NAMES), st, state };
}
function zip(r: Rng): string {
  return String(r.int(10, 99)) + r.digits(3);
}
function addr(r: Rng): Addr {
  const num = r.chance(0.15) ? String(r.int(1, 99)) : String(r.int(100, 24999));
  const street = r.chance(0.1) ? `${r.pick(['County Road', 'State Route', 'Rural Route', 'Hwy'])} ${r.int(2, 480)}` : `${r.pick(STREET_NAMES)} ${r.pick(STREET_SUF)}`;
  const unit = r.chance(0.35) ? r.pick([`Apt ${r.int(1, 40)}${r.pick(['', 'A', 'B', 'C'])}`, `Unit ${r.int(1, 300)}`, `Lot ${r.int(1, 90)}`, `# ${r.int(2, 19)}`, `Apt ${r.int(1, 4)}${r.letters(1)}`]) : '';
  return { street: `${num} ${street}`, unit, town: town(r), zip: zip(r) };
}
function phone(r: Rng, kind?: number): string {
  const a = String(r.int(201, 989));
  const b = String(r.int(201, 989));
  const c = r.digits(4);
  switch (kind ?? r.int(0, 5)) {
    case 0: return `(${a}) ${b}-${c}`;
    case 1: return `${a}-${b}-${c}`;
    case 2: return `${a}.${b}.${c}`;
    case 3: return `${b}-${c}`;
    case 4: return `(${a})${b}-${c}`;
    default: return `${a} ${b} ${c}`;
  }
}
function addDays(d: Day, n: number): Day {
  const t = new Date(Date.UTC(d.y, d.m - 1, d.d) + n * 86400000);
  return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() };
}
const p2 = (n: number): string => (n < 10 ? `0${n}` : String(n));
function ord(n: number): string {
  if (n % 10 === 1 && n !== 11) return `${n}st`;
  if (n % 10 === 2 && n !== 12) return `${n}nd`;
  if (n % 10 === 3 && n !== 13) return `${n}rd`;
  return `${n}th`;
}
/** Date in one of many written forms; `k` forces a form. */
function dt(r: Rng, d: Day, k?: number): string {
  const mon = MON[d.m - 1] as string;
  const month = MONTHS[d.m - 1] as string;
  switch (k ?? r.int(0, 11)) {
    case 0: return `${d.m}/${d.d}/${d.y}`;
    case 1: return `${d.m}/${d.d}/${String(d.y).slice(2)}`;
    case 2: return `${d.m}/${d.d}`;
    case 3: return `${d.m}-${d.d}`;
    case 4: return `${mon} ${d.d}`;
    case 5: return `${month} ${ord(d.d)}`;
    case 6: return `${p2(d.d)}-${mon}-${d.y}`;
    case 7: return `${d.y}-${p2(d.m)}-${p2(d.d)}`;
    case 8: return `${p2(d.m)}/${p2(d.d)}/${d.y}`;
    case 9: return `${d.d} ${month} ${d.y}`;
    case 10: return `${month} ${d.d}, ${d.y}`;
    default: return `${mon}. ${d.d}, ${d.y}`;
  }
}
/** Full date (always carries the year). */
function dtFull(r: Rng, d: Day): string {
  return dt(r, d, r.pick([0, 1, 6, 7, 8, 9, 10, 11]));
}
function time(r: Rng): string {
  const h = r.int(6, 19);
  const m = r.pick(['00', '05', '10', '15', '20', '30', '35', '40', '45', '50', '55', '12', '48']);
  return r.chance(0.6) ? `${p2(h)}${m}` : r.chance(0.5) ? `${p2(h)}:${m}` : `${h > 12 ? h - 12 : h}:${m} ${h >= 12 ? 'pm' : 'am'}`;
}

function typo(r: Rng, w: string): string {
  if (w.length < 4) return w;
  const i = r.int(1, w.length - 2);
  switch (r.int(0, 3)) {
    case 0: return w.slice(0, i) + (w[i + 1] ?? '') + (w[i] ?? '') + w.slice(i + 2);
    case 1: return w.slice(0, i) + w.slice(i + 1);
    case 2: return w.slice(0, i) + (w[i] ?? '') + w.slice(i);
    default: return w.slice(0, i) + r.pick(['e', 'a', 'i', 'o']) + w.slice(i + 1);
  }
}

/** A person's name in one of many formats; the span never contains a title or credential. */
function nm(r: Rng, p: Person, k?: string): Span {
  const kind = k ?? r.pick(['full', 'full', 'full', 'lastFirst', 'LASTFirst', 'initLast', 'first', 'last', 'fml', 'nick']);
  let t: string;
  switch (kind) {
    case 'lastFirst': t = `${p.last}, ${p.first}`; break;
    case 'LASTFirst': t = `${p.last.toUpperCase()}, ${p.first} ${p.mi}.`; break;
    case 'LASTFIRST': t = `${p.last.toUpperCase()}, ${p.first.toUpperCase()}`; break;
    case 'initLast': t = `${p.first[0]}. ${p.last}`; break;
    case 'first': t = p.first; break;
    case 'last': t = p.last; break;
    case 'fml': t = `${p.first} ${p.mi}. ${p.last}`; break;
    case 'lower': t = `${p.first} ${p.last}`.toLowerCase(); break;
    case 'nick': t = NICK[p.first] ? `${NICK[p.first]} ${p.last}` : `${p.first} ${p.last}`; break;
    case 'initials': t = `${p.first[0]}${p.last[0]}`; break;
    default: t = `${p.first} ${p.last}`;
  }
  if (kind !== 'initials' && r.chance(0.04)) {
    const parts = t.split(' ');
    const j = r.int(0, parts.length - 1);
    parts[j] = typo(r, parts[j] as string);
    t = parts.join(' ');
  }
  return sp('NAME', t);
}
function title(p: Person, r: Rng): string {
  return r.pick(p.female ? ['Ms. ', 'Mrs. ', 'Ms. ', ''] : ['Mr. ', 'Mr. ', '']);
}
/** Clinician with credential after the name, or Dr./initials forms. */
function sig(r: Rng, c: Clin): Piece[] {
  switch (r.int(0, 5)) {
    case 0: return [nm(r, c, 'full'), `, ${c.cred}`];
    case 1: return [nm(r, c, 'fml'), `, ${c.cred}`];
    case 2: return [nm(r, c, 'initLast'), ` ${c.cred}`];
    case 3: return [nm(r, c, 'full'), ` (${c.cred})`];
    case 4: return [nm(r, c, 'LASTFIRST'), ` ${c.cred}`];
    default: return [nm(r, c, 'full'), ` ${c.cred}`];
  }
}
/** A place name; a leading article ("the Ridge") stays outside the span. */
function loc(t: string, c: Cat = 'LOCATION'): Piece[] {
  const m = /^(the )(.+)$/i.exec(t);
  return m ? [m[1] as string, sp(c, m[2] as string)] : [sp(c, t)];
}
function placeOf(r: Rng, inst: Inst, fullP = 0.5): Piece[] {
  return loc(r.chance(fullP) ? inst.full : r.pick(inst.short));
}
function townSt(r: Rng, t: Town): Piece[] {
  switch (r.int(0, 3)) {
    case 0: return [sp('LOCATION', t.name), ', ', sp('STATE', t.st)];
    case 1: return [sp('LOCATION', t.name), ', ', sp('STATE', t.state)];
    case 2: return [sp('LOCATION', t.name), ' ', sp('STATE', t.st)];
    default: return [sp('LOCATION', t.name)];
  }
}
function addrLine(r: Rng, a: Addr, oneLine: boolean): Piece[] {
  const street = a.unit ? `${a.street}${r.pick([', ', ' '])}${a.unit}` : a.street;
  const sep = oneLine ? ', ' : '\n';
  return [sp('LOCATION', street), sep, sp('LOCATION', a.town.name), ', ', sp('STATE', r.chance(0.8) ? a.town.st : a.town.state), ' ', sp('LOCATION', a.zip)];
}
function mrn(r: Rng, p: Patient): Piece[] {
  return [r.pick(['MRN ', 'MRN: ', 'MR# ', 'Med Rec #', 'mrn ', 'Chart # ']), sp('ID', p.mrn)];
}
function ageP(r: Rng, p: Patient): Piece[] {
  const a = String(p.age);
  const lab = p.age > 89;
  const A: Piece = lab ? sp('AGE', a) : a;
  switch (r.int(0, 5)) {
    case 0: return [A, ' yo'];
    case 1: return [A, '-year-old'];
    case 2: return [A, ' y/o'];
    case 3: return ['age ', A];
    case 4: return [A, 'yo'];
    default: return [A, ' year old'];
  }
}
/** Age as used inside a sentence ("is a 94-year-old"). */
function ageA(r: Rng, p: Patient): Piece[] {
  const a = String(p.age);
  const A: Piece = p.age > 89 ? sp('AGE', a) : a;
  return r.pick([[A, '-year-old'], [A, ' yo'], [A, ' y/o'], [A, 'yo'], [A, ' year old']]);
}
function sexW(r: Rng, p: Person): string {
  return p.female ? r.pick(['female', 'F', 'woman', 'female']) : r.pick(['male', 'M', 'man', 'male']);
}

function makePatient(seed: number, i: number): Patient {
  const r = new Rng(mix(seed, i, 0x7ae));
  const base = person(r);
  const age = r.chance(0.16) ? r.int(90, 104) : r.chance(0.15) ? r.int(6, 17) : r.int(19, 89);
  const year = r.int(2023, 2026);
  const baseDay: Day = { y: year, m: r.int(1, 12), d: r.int(1, 28) };
  const dob: Day = { y: year - age, m: r.int(1, 12), d: r.int(1, 28) };
  const relation = age < 18 ? r.pick(['mother', 'father', 'grandmother', 'foster mom', 'aunt']) : r.pick(['daughter', 'son', 'wife', 'husband', 'niece', 'neighbor', 'partner', 'grandson', 'sister', 'caregiver']);
  const relative = person(r, /mother|mom|aunt|daughter|wife|niece|sister/.test(relation) ? true : /father|son|husband/.test(relation) ? false : undefined);
  if (!/neighbor|caregiver|partner|foster/.test(relation) && r.chance(0.6)) relative.last = base.last;
  const em = `${base.first.toLowerCase().replace(/[^a-z]/g, '')}${r.pick(['.', '_', ''])}${base.last.toLowerCase().replace(/[^a-z]/g, '')}${r.chance(0.5) ? r.int(1, 99) : ''}@${r.pick(EMAIL_DOMAINS)}`;
  const mrnForm = r.int(0, 3);
  const m = mrnForm === 0 ? r.digits(8) : mrnForm === 1 ? `${r.digits(3)}-${r.digits(2)}-${r.digits(3)}` : mrnForm === 2 ? `${r.letters(1)}${r.digits(7)}` : r.digits(7);
  return {
    ...base,
    id: `p${String(i).padStart(4, '0')}`,
    age,
    dob,
    mrn: m,
    phone: phone(r),
    addr: addr(r),
    relative,
    relation,
    relPhone: phone(r),
    home: town(r),
    insurer: r.pick(INSURERS),
    member: `${r.letters(3)}${r.digits(9)}`,
    email: em,
    base: baseDay,
    inst: r.pick(INSTITUTIONS),
    origin: r.pick(COUNTRIES),
  };
}

// ---------------------------------------------------------------------------------------------------
// Note pieces shared by styles
// ---------------------------------------------------------------------------------------------------

interface Ctx {
  r: Rng;
  p: Patient;
  day: Day;
  out: Piece[];
  noteNo: number;
}
function flat(xs: readonly P[], o: Piece[] = []): Piece[] {
  for (const x of xs) {
    if (Array.isArray(x)) flat(x as readonly P[], o);
    else o.push(x as Piece);
  }
  return o;
}
function ln(c: Ctx, ...xs: P[]): void {
  for (const x of flat(xs)) c.out.push(x);
  c.out.push('\n');
}
function blank(c: Ctx): void {
  c.out.push('\n');
}
/** Section heading: capitals, title case, with or without colon. */
function hd(c: Ctx, s: string): string {
  const r = c.r;
  const k = r.int(0, 4);
  if (k === 0) return `${s.toUpperCase()}:`;
  if (k === 1) return `${s.toUpperCase()}`;
  if (k === 2) return `${s}:`;
  if (k === 3) return `** ${s} **`;
  return `${s} -`;
}
function room(r: Rng): Piece[] {
  const n = `${r.int(1, 6)}${r.int(0, 3)}${r.int(1, 9)}`;
  switch (r.int(0, 3)) {
    case 0: return ['Rm ', sp('OTHER', n)];
    case 1: return ['room ', sp('OTHER', `${n}-${r.pick(['A', 'B', '1', '2'])}`)];
    case 2: return ['Rm/Bed ', sp('OTHER', `${n}/${r.int(1, 2)}`)];
    default: return ['bed ', sp('OTHER', `${n}${r.pick(['A', 'B'])}`)];
  }
}
function setting(r: Rng): 'inpt' | 'outpt' | 'home' {
  return r.pick(['inpt', 'outpt', 'home'] as const);
}

/** Header block for a note: several layouts. */
function header(c: Ctx, docTitle: string, where: 'inpt' | 'outpt' | 'home'): void {
  const { r, p, day } = c;
  const k = r.int(0, 4);
  if (k === 0) {
    ln(c, placeOf(r, p.inst, 0.8));
    if (r.chance(0.6)) ln(c, addrLine(r, addr(r), true));
    if (r.chance(0.5)) ln(c, 'Ph ', sp('PHONE', phone(r, 0)), r.pick(['  Fax ', ' | fax: ']), sp('PHONE', phone(r, 1)));
    ln(c, docTitle.toUpperCase());
    ln(c, 'Patient: ', nm(r, p, r.pick(['LASTFirst', 'lastFirst', 'full'])), '   DOB: ', sp('DATE', dtFull(r, p.dob)), '   ', mrn(r, p));
    ln(c, 'Date of service: ', sp('DATE', dtFull(r, day)), where === 'inpt' ? ['   ', room(r)] : '');
  } else if (k === 1) {
    ln(c, `${docTitle} | `, nm(r, p, 'LASTFIRST'), ' | ', mrn(r, p), ' | ', sp('DATE', dt(r, day, 8)));
    if (where === 'inpt') ln(c, 'Unit: ', r.pick(['4 West', '3 North rehab', 'ICU step-down', 'ortho floor', 'Tele']), ', ', room(r));
  } else if (k === 2) {
    ln(c, `${docTitle}`);
    ln(c, 'Name:     ', nm(r, p, 'lastFirst'));
    ln(c, 'DOB:      ', sp('DATE', dt(r, p.dob, 8)), r.chance(0.5) ? ['  (', ageP(r, p), ')'] : '');
    ln(c, 'Acct #:   ', sp('ID', `${r.digits(10)}`));
    ln(c, 'Payer:    ', sp('LOCATION', p.insurer), r.chance(0.5) ? ['  ID ', sp('ID', p.member)] : '');
    ln(c, 'Date:     ', sp('DATE', dtFull(r, day)), '  Time in: ', time(r));
  } else if (k === 3) {
    ln(c, sp('DATE', dt(r, day, r.pick([0, 2, 8]))), ' ', time(r), ' ', docTitle.toLowerCase(), ' - ', nm(r, p, 'full'), ' (', mrn(r, p), ')');
  } else {
    ln(c, '=== ', docTitle.toUpperCase(), ' ===');
    ln(c, 'Pt: ', title(p, r), nm(r, p, r.pick(['full', 'last', 'fml'])), '  ', ageP(r, p), ' ', sexW(r, p));
    ln(c, 'Encounter: ', sp('ID', `${r.pick(['E', 'ENC', 'V'])}${r.digits(8)}`), '  Visit date ', sp('DATE', dt(r, day)));
    if (where === 'home') ln(c, 'Home address: ', addrLine(r, p.addr, true));
  }
  blank(c);
}

function signoff(c: Ctx, who: Clin): void {
  const { r, day } = c;
  blank(c);
  const k = r.int(0, 5);
  if (k === 0) ln(c, 'Electronically signed by ', sig(r, who), ' on ', sp('DATE', dtFull(r, day)), ' at ', time(r));
  else if (k === 1) {
    ln(c, sig(r, who));
    if (r.chance(0.6)) ln(c, r.pick(['Pager ', 'Office ', 'Direct line ', 'Vocera/ext ']), r.chance(0.5) ? sp('PHONE', phone(r)) : sp('PHONE', `x${r.digits(4)}`));
  } else if (k === 2) ln(c, '-- ', nm(r, who, 'full'), ' ', who.cred, '  ', nm(r, who, 'initials'), '/', sp('NAME', r.letters(2).toLowerCase()));
  else if (k === 3) {
    ln(c, r.pick(['Therapist: ', 'Clinician: ', 'Seen by: ', 'Provider: ']), sig(r, who), '   Lic# ', sp('ID', `${r.letters(2)}${r.digits(6)}`));
    ln(c, 'Time in ', time(r), ' / out ', time(r), `   Total ${r.int(23, 75)} min`);
  } else if (k === 4) ln(c, 'Signed: ', nm(r, who, r.pick(['full', 'initLast'])), ', ', who.cred, ' ', sp('DATE', dt(r, day, r.pick([0, 1, 2]))));
  else {
    ln(c, '_____________________');
    ln(c, sig(r, who));
    ln(c, sp('EMAIL', `${who.first[0]?.toLowerCase()}${who.last.toLowerCase().replace(/[^a-z]/g, '')}@${c.p.inst.short[0]?.toLowerCase().replace(/[^a-z]/g, '')}.org`));
  }
}

// Look-alikes: eponyms, brands, devices, software, word-names used as words, clinical numbers.
const PT_TESTS = [
  'Berg Balance Scale {b}/56', 'Tinetti {t}/28', 'TUG {s} sec with {ad}', '5x sit-to-stand {s} sec', 'Romberg {pm}',
  'Thomas test tight bilat', 'Lachman {pm}, McMurray {pm}', 'Ober test {pm} on R', 'Trendelenburg sign {pm} on L',
  'Babinski downgoing', 'straight leg raise {pm} at {deg} deg', 'Dix-Hallpike {pm}', 'Phalen {pm}, Tinel {pm}',
  'Finkelstein {pm}', 'Hawkins-Kennedy {pm}', 'Spurling {pm}', 'gait speed 0.{g} m/s', '6MWT {m} m, Borg {borg}/20',
  'Modified Ashworth 1+ R elbow flexors', 'Oswestry {pct}%', 'LEFS {lefs}/80', 'DASH score {pct}',
];
const PLANS = [
  'will follow {f} for gait and balance', 'hope to progress to {ad2} next week', 'pt will continue HEP daily',
  'plan d/c home with {fam} when safe with stairs', 'will page RT if sats drop again', 'recommend 24h supervision initially',
  'will re-assess Berg next visit', 'frank discussion with family re: SNF vs home', 'long sitting tolerance improving',
  'will bill as 97110 x2, 97530 x1', 'rec Hoyer lift for nursing transfers', 'Theraband {tb} issued',
  'rec Roho cushion for w/c', 'will check with Epic messaging re: WBAT clarification', 'grace period on auth ends soon per front desk',
];
function fill(r: Rng, s: string): string {
  return s.replace(/\{(\w+)\}/g, (_m, k: string) => {
    switch (k) {
      case 'b': return String(r.int(18, 54));
      case 't': return String(r.int(9, 27));
      case 's': return (r.int(80, 420) / 10).toFixed(1);
      case 'ad': return r.pick(['RW', 'SPC', 'no AD', 'rollator', 'FWW', 'hemi-walker', 'quad cane']);
      case 'ad2': return r.pick(['SPC', 'no device', 'community distances', 'stairs with 1 rail', 'rollator']);
      case 'pm': return r.pick(['+', 'neg', 'negative', 'positive', '(-)', '(+)']);
      case 'deg': return String(r.int(25, 70));
      case 'g': return String(r.int(3, 9));
      case 'm': return String(r.int(90, 520));
      case 'borg': return String(r.int(9, 17));
      case 'pct': return String(r.int(12, 68));
      case 'lefs': return String(r.int(14, 72));
      case 'f': return r.pick(['3x/wk', '2x/wk x 6 wks', 'BID', 'daily', '5x/wk']);
      case 'fam': return r.pick(['family', 'spouse', 'daughter', 'son', 'HHA']);
      case 'tb': return r.pick(['yellow', 'red', 'green', 'blue', 'black']);
      case 'mmt': return `${r.int(2, 5)}${r.pick(['', '-', '+'])}/5`;
      case 'pain': return `${r.int(0, 10)}/10`;
      case 'bp': return `${r.int(98, 168)}/${r.int(54, 96)}`;
      case 'hr': return String(r.int(58, 128));
      case 'spo2': return String(r.int(86, 100));
      case 'rr': return String(r.int(12, 28));
      default: return k;
    }
  });
}
function fillIn(r: Rng, xs: readonly string[], n: number): string[] {
  return r.some(xs, n).map((s) => fill(r, s));
}

// ---------------------------------------------------------------------------------------------------
// Styles
// ---------------------------------------------------------------------------------------------------

const DX_PT = [
  'L TKA {d}', 'R THA posterior approach {d}', 'fall with L hip fx s/p ORIF', 'CVA with R hemiparesis', 'lumbar radiculopathy',
  "Parkinson's disease, H&Y stage 3", 'deconditioning after COVID pneumonia', 'R rotator cuff repair {d}', 'ACL reconstruction L knee',
  'Guillain-Barre syndrome, recovering', 'BPPV R posterior canal', 'chronic LBP', 'multiple sclerosis, relapsing', 'R BKA',
];
function dxFill(c: Ctx, s: string): Piece[] {
  const i = s.indexOf('{d}');
  if (i < 0) return [s];
  return [s.slice(0, i), sp('DATE', dt(c.r, addDays(c.day, -c.r.int(2, 60)), c.r.pick([2, 4, 1]))), s.slice(i + 3)];
}

function ptEval(c: Ctx): void {
  const { r, p, day } = c;
  const where = setting(r);
  const pt = clin(r, 'pt');
  const md = clin(r, 'md');
  const ttl = r.pick(['Physical Therapy Initial Evaluation', 'PT Evaluation', 'PT Re-evaluation', 'Physical Therapy Daily Note', 'Home Health PT Visit', 'Outpatient PT Progress Note']);
  header(c, ttl, where);
  const dx = r.pick(DX_PT);
  if (r.chance(0.5)) {
    ln(c, hd(c, 'Referral'), ' ', ttl.includes('Home') ? 'HH referral from ' : 'Referred by ', r.pick(['Dr. ', '']), nm(r, md, r.pick(['full', 'last', 'initLast'])), r.chance(0.5) ? [' at ', placeOf(r, r.pick(INSTITUTIONS), 0.3)] : '', ' for ', dxFill(c, dx), '.');
  } else {
    ln(c, hd(c, 'Dx'), ' ', dxFill(c, dx), '   ', hd(c, 'Referring'), ' ', nm(r, md, 'initLast'), ` ${md.cred}`);
  }
  ln(c, hd(c, 'Subjective'));
  const fam = r.chance(0.5);
  ln(c, title(p, r), nm(r, p, r.pick(['last', 'first', 'full'])), ' is a ', ageA(r, p), ' ', sexW(r, p), ' ', r.pick(['who reports', 'c/o', 'reporting', 'who states']), ' ',
    r.pick([`pain ${fill(r, '{pain}')} with stairs`, 'difficulty getting in/out of the tub', `knee "gives out" on the hill by the mailbox`, 'fear of falling since the fall', 'stiffness worse in the AM', 'dizziness rolling to the R']), '. ',
    fam ? [r.pick(['Lives with ', 'Accompanied by ', 'Here with ']), p.relation, ' ', nm(r, p.relative, r.pick(['full', 'first', 'nick'])), '. '] : '',
    r.chance(0.4) ? ['Lives in a ', r.pick(['2-story house', 'single-level home', 'trailer', '3rd floor apt, no elevator', 'senior apartment']), ' in ', townSt(r, p.home), '. '] : 'PLOF indep without AD. ',
    r.chance(0.3) ? ['Works at ', sp('LOCATION', r.pick(EMPLOYERS)), ' as a ', r.pick(['cashier', 'forklift driver', 'teacher aide', 'line cook', 'dental hygienist']), '. '] : '',
    r.chance(0.25) ? ['Hx of L TKA in ', sp('DATE_YEAR', String(r.int(1995, 2022))), '. '] : '',
  );
  ln(c, hd(c, 'Objective'));
  if (r.chance(0.5)) {
    ln(c, 'Vitals: BP ', fill(r, '{bp}'), ', HR ', fill(r, '{hr}'), ', SpO2 ', fill(r, '{spo2}'), '% RA', r.chance(0.5) ? ' pre-tx' : '');
    ln(c, 'MMT: hip flex ', fill(r, '{mmt}'), ', knee ext ', fill(r, '{mmt}'), ', DF ', fill(r, '{mmt}'));
    ln(c, `AROM knee ${r.int(0, 15)}-${r.int(70, 125)} deg; PROM ${r.int(0, 10)}-${r.int(80, 130)} deg`);
  } else {
    ln(c, ' Measure        | L      | R');
    ln(c, ` Knee flex AROM | ${r.int(60, 130)}    | ${r.int(60, 130)}`);
    ln(c, ` Hip abd MMT    | ${fill(r, '{mmt}')}    | ${fill(r, '{mmt}')}`);
    ln(c, ` Ankle DF       | ${r.int(-5, 20)}     | ${r.int(-5, 20)}`);
  }
  for (const t of fillIn(r, PT_TESTS, r.int(2, 4))) ln(c, '- ', t);
  if (where === 'home') {
    ln(c, 'Homebound: ', r.pick(['taxing effort to leave home, requires assist of 1', 'leaves home only for MD appts and church', 'unable to drive, SOB at 20 ft']), '. ',
      r.pick(['Small dog in home, secured.', 'Throw rugs removed per rec.', 'Wood stove in living room.', 'Pt sleeps in recliner.']), ' ',
      r.chance(0.5) ? ['Caregiver ', nm(r, p.relative, r.pick(['first', 'full', 'nick'])), ' present for visit.'] : 'Pt alone for visit.');
    if (r.chance(0.5)) ln(c, 'Visit ', time(r), '-', time(r), `, mileage ${r.int(4, 61)} mi from `, sp('LOCATION', r.pick(TOWN_NAMES)), ' office.', r.chance(0.4) ? [' Gate code ', sp('OTHER', r.digits(4)), '.'] : '');
  }
  ln(c, 'Transfers: ', r.pick(['SBA', 'CGA', 'min A', 'mod A x1', 'indep', 'max A x2 with Hoyer']), '. Gait: ', fill(r, '{ad}'), ` ${r.int(10, 300)} ft, `, r.pick(['antalgic', 'step-to', 'shuffling, festinating at turns', 'Trendelenburg on L', 'WNL']), '.');
  if (where === 'inpt') ln(c, r.pick(['Foley in place, ', 'On 2L NC, ', 'Tele on, ', 'IV L forearm, ', '']), 'RN ', nm(r, person(r), r.pick(['first', 'full'])), ' cleared pt for therapy', r.chance(0.4) ? [' (WBAT per Dr. ', nm(r, md, r.pick(['last', 'initLast'])), ')'] : '', '.');
  if (r.chance(0.2)) ln(c, r.pick(['PRECAUTIONS: ', 'Precautions - ']), r.pick(['FALL RISK, POSTERIOR HIP', 'STERNAL', 'NWB L LE', 'CONTACT ISOLATION (MRSA)', 'ASPIRATION, HOB > 30']), '.');
  ln(c, hd(c, 'Assessment'));
  ln(c, 'Pt ', r.pick(['presents with', 'demonstrates', 'shows']), ' ', r.pick(['impaired balance, decreased strength and endurance', 'limited ROM and quad lag', 'gait deviations and high fall risk', 'good rehab potential']), ', limiting ', r.pick(['community mobility', 'return to work', 'safe ADLs at home', 'stair negotiation']), '. ',
    r.chance(0.3) ? ['Goal is to return to ', r.pick(['bowling league at ', 'volunteering at ', 'church at ', 'her job at ', 'his job at ']), sp('LOCATION', r.pick([...OTHER_PLACES, ...EMPLOYERS])), '. '] : '');
  ln(c, hd(c, 'Plan'));
  for (const t of fillIn(r, PLANS, r.int(1, 3))) ln(c, r.pick(['- ', '* ', '', '> ']), t);
  if (where === 'outpt' && r.chance(0.45)) {
    ln(c, hd(c, 'Goals'));
    ln(c, r.pick(['#  Goal                                   Status      Target', '# | Goal | Status | Target']));
    const goals = ['amb 500 ft no AD, indep', 'stairs 12 steps w/ 1 rail', 'LEFS > 60/80', 'pain < 3/10 with work tasks', 'SLS 10 sec each LE', 'return to jogging 1 mile', 'lift 30 lb floor to waist'];
    r.some(goals, r.int(2, 4)).forEach((g, i) => {
      const st = r.pick(['met', 'progressing', 'not met', 'partially met', 'MET']);
      const target = sp('DATE', dt(r, addDays(day, r.int(14, 60)), r.pick([2, 1, 8])));
      if (r.chance(0.5)) ln(c, `${i + 1}  ${g.padEnd(39)}${st.padEnd(15)}`, target);
      else ln(c, `${i + 1} | ${g} | ${st} | `, target);
    });
  }
  if (r.chance(0.4)) ln(c, 'Next visit ', sp('DATE', dt(r, addDays(day, r.int(2, 7)), r.pick([2, 4, 5]))), r.chance(0.5) ? [' per ', sp('LOCATION', p.insurer), ' auth # ', sp('ID', `${r.letters(2)}${r.digits(7)}`)] : '');
  signoff(c, pt);
}

const ADL = ['LB dressing', 'UB dressing', 'toileting', 'tub transfer', 'grooming at sink', 'meal prep', 'feeding', 'shower transfer w/ tub bench', 'laundry', 'med management'];
function otDaily(c: Ctx): void {
  const { r, p, day } = c;
  const ot = clin(r, 'ot');
  const k = r.int(0, 3);
  if (k === 3) {
    ln(c, r.pick(['REHAB THERAPY SCHEDULE', 'Therapy schedule', 'IRF daily schedule']), ' - ', nm(r, p, r.pick(['LASTFirst', 'lastFirst', 'full'])), '  ', room(r), '  ', sp('DATE', dt(r, day, r.pick([0, 2, 4]))));
    let h = 8;
    for (const disc of r.some(['PT', 'OT', 'SLP', 'PT', 'OT', 'Group', 'RT', 'Rec therapy'], r.int(4, 6))) {
      const th = person(r);
      ln(c, `${p2(h)}${r.pick(['00', '30'])}  ${disc.padEnd(12)}`, r.chance(0.3) ? ['(', nm(r, th, 'last'), '/', nm(r, person(r), 'last'), ')'] : nm(r, th, r.pick(['first', 'initLast', 'last'])), `  ${r.pick(['gym', 'room', 'ADL kitchen', 'dayroom', 'pool', 'tx room 2'])}  ${r.pick(['45 min', '60 min', '30 min'])}`);
      h += r.int(1, 2);
    }
    blank(c);
    ln(c, 'OT note: pt completed ', r.some(ADL, 2).join(' and '), ' at ', r.pick(['min A', 'SBA', 'mod I', 'CGA']), '. Pt ', r.pick(['needed 2 rest breaks', 'was motivated', 'was lethargic after dialysis', 'rose to the challenge']), `. Grip R ${r.int(8, 80)} lb.`);
    ln(c, 'Plan: cont per POC, 3 hr/day 5 days/wk per IRF rule. Team conf ', r.pick(['Tues', 'Wed', 'Thurs']), ' ', sp('DATE', dt(r, addDays(day, r.int(1, 6)), r.pick([2, 4]))), '.');
    signoff(c, ot);
    return;
  }
  if (k === 0) header(c, r.pick(['OT Daily Note', 'Occupational Therapy Treatment Note', 'OT Tx Note']), setting(r));
  else {
    ln(c, 'OT ', sp('DATE', dt(r, day, r.pick([2, 3, 0]))), ' ', time(r), ' ', nm(r, p, r.pick(['LASTFIRST', 'lastFirst'])), ' ', room(r));
    blank(c);
  }
  if (r.chance(0.5)) {
    ln(c, 'S: ', r.pick(['"I did my exercises twice"', 'pt reports R hand numbness better', 'pt tired, poor sleep', `pt states pain ${fill(r, '{pain}')} at rest`, 'per daughter pt had a fall on ', 'pt eager to get home']),
      r.chance(0.3) ? [' (', sp('DATE', dt(r, addDays(day, -r.int(1, 5)), 2)), ')'] : '', '.');
    ln(c, 'O: Pt seen ', r.pick(['bedside', 'in rehab gym', 'in ADL kitchen', 'in home', 'at sink']), ' for ', r.some(ADL, 3).join(', '), '.');
    ln(c, `   ${r.pick(ADL)}: ${r.pick(['min A', 'mod A', 'SBA', 'set-up', 'CGA', 'max A'])} with ${r.pick(['reacher', 'sock aid', 'long-handled sponge', 'Dycem mat', 'built-up utensils', 'elastic laces', 'verbal cues x3'])}`);
    ln(c, `   grip R ${r.int(8, 80)} lb / L ${r.int(8, 80)} lb (Jamar pos 2); 9HPT R ${r.int(18, 90)} s`);
    if (r.chance(0.4)) ln(c, '   Pt completed Allen Cognitive Level screen: ', `${r.int(3, 5)}.${r.int(0, 8)}`, '; MoCA ', `${r.int(14, 29)}/30`);
    ln(c, 'A: ', r.pick(['progressing toward goals', 'slow progress d/t fatigue', 'limited by pain and edema', 'improved safety awareness']), '. ', r.pick(['Will follow', 'Will continue', 'Hope to upgrade']), ' ', r.pick(['per POC', 'to tub bench next session', 'with energy conservation', 'with fine motor']), '.');
    ln(c, 'P: ', r.chance(0.35) ? ['caregiver training with ', p.relation, ' ', nm(r, p.relative, r.pick(['first', 'full'])), ' next visit'] : r.pick(['cont POC 5x/wk', 'cont 3x/wk', 'd/c planning, rec DME below', 'cont per POC, upgrade HEP']), '.');
  } else {
    ln(c, hd(c, 'Treatment'));
    ln(c, `97535 self-care/home mgmt x${r.int(1, 3)} units; 97530 therapeutic activity x${r.int(1, 2)}; 97110 x${r.int(0, 2)}`);
    ln(c, `Worked on ${r.some(ADL, 2).join(' and ')}. Used ${r.pick(['Theraputty red', 'Theraband yellow', 'pegboard', 'graded clothespins', 'Saebo glove'])} for R hand.`);
    ln(c, 'Pt ', r.pick(['needed frequent rest breaks', 'rose to the challenge', 'was in good spirits', 'showed poor carryover']), '; SpO2 ', fill(r, '{spo2}'), '%, HR ', fill(r, '{hr}'), '.');
    if (r.chance(0.5)) ln(c, 'Spoke with ', p.relation, ' ', nm(r, p.relative, 'full'), ' at ', sp('PHONE', p.relPhone), ' re: grab bars for bathroom.');
    ln(c, hd(c, 'Goals'));
    ln(c, `1. Pt will complete LB dressing with AE at mod I in ${r.int(2, 4)} wks`);
    ln(c, `2. Pt will perform toilet transfer with SBA by `, sp('DATE', dt(r, addDays(day, r.int(10, 30)), r.pick([2, 0, 4]))));
  }
  signoff(c, ot);
}

function slpNote(c: Ctx): void {
  const { r, p, day } = c;
  const slp = clin(r, 'slp');
  const k = r.int(0, 3);
  if (k === 3) {
    ln(c, r.pick(['NICU Feeding Evaluation', 'Infant Feeding - SLP', 'NICU SLP FEEDING NOTE']), '   ', sp('DATE', dtFull(r, day)), '   Bed ', sp('OTHER', `${r.int(1, 40)}`));
    ln(c, 'Infant: ', r.chance(0.5) ? ['Baby ', p.female ? 'Girl' : 'Boy', ' ', nm(r, p, 'last')] : nm(r, p, r.pick(['full', 'lastFirst', 'LASTFIRST'])), '   ', mrn(r, p), `   GA ${r.int(27, 36)}+${r.int(0, 6)} wks, now PMA ${r.int(33, 40)} wks`);
    ln(c, 'Mother: ', nm(r, p.relative, r.pick(['full', 'first'])), r.chance(0.5) ? ['  cell ', sp('PHONE', p.relPhone)] : '', r.chance(0.3) ? ['; father ', nm(r, person(r, false), 'full')] : '');
    blank(c);
    ln(c, `Apgars ${r.int(2, 8)}/${r.int(6, 9)}. On ${r.pick(['RA', 'NC 0.5 L', 'HFNC 2 L'])}. NG feeds ${r.int(20, 55)} mL q3h, ${r.pick(['EBM', 'Similac Special Care 24', 'Enfamil NeuroPro', 'donor milk + HMF'])}.`);
    ln(c, `Cue-based feeding readiness score ${r.int(1, 5)}. Non-nutritive suck ${r.pick(['organized', 'weak', 'disorganized'])}.`);
    ln(c, `PO trial via ${r.pick(['Dr. Brown ultra-preemie nipple', 'slow-flow nipple', 'breast with nipple shield'])}, side-lying: took ${r.int(2, 40)} mL in ${r.int(8, 25)} min, ${r.pick(['no desats', '2 brief desats to 84%, self-recovered', 'HR drop to 90s x1', 'coughing with swallows'])}.`);
    ln(c, 'Recs: ', r.pick(['continue PO x1/shift with cues', 'hold PO, NNS only', 'advance PO per IDF', 'VFSS when stable']), '. ', r.chance(0.5) ? ['Parents trained; mom plans to visit after work at ', sp('LOCATION', r.pick(EMPLOYERS)), '. '] : '', r.pick(['Will follow.', 'SLP will follow 3x/wk.', 'Discussed with Dr. ']), r.chance(0.3) ? nm(r, clin(r, 'md'), 'last') : '');
    signoff(c, slp);
    return;
  }
  const titles = [
    ['Clinical Swallow Evaluation', 'Bedside Swallow Eval', 'Modified Barium Swallow Study', 'Dysphagia Follow-up'],
    ['SLP Treatment Note', 'Speech Therapy Daily Note', 'ST Tx Note', 'Speech-Language Pathology Treatment'],
    ['Speech-Language Pathology Evaluation', 'Cognitive-Linguistic Evaluation', 'Voice Evaluation', 'Outpatient Speech Eval'],
  ];
  header(c, r.pick(titles[k] ?? ['SLP Note']), k === 0 ? 'inpt' : 'outpt');
  if (k === 0) {
    ln(c, hd(c, 'History'), ' ', ageP(r, p), ' ', sexW(r, p), ' ', r.pick(['s/p L MCA CVA', 'with PD', 'with ALS', 's/p trach, now on Passy-Muir valve trials', 'with dementia, Alzheimer type', 'after prolonged intubation']), '. ',
      r.chance(0.4) ? ['Primary language ', r.pick(['Spanish', 'Vietnamese', 'Arabic', 'Tongan', 'Polish', 'Twi']), '; interpreter ', nm(r, person(r), r.pick(['full', 'first'])), ' (ID ', sp('ID', r.digits(6)), ') present. '] : '',
      r.chance(0.3) ? ['Pt born in ', loc(p.origin, 'STATE'), '. '] : '');
    ln(c, hd(c, 'Oral mech'), ' ', r.pick(['R facial droop, reduced labial seal', 'WFL', 'decreased lingual ROM', 'edentulous, dentures at bedside']), '.');
    ln(c, hd(c, 'PO trials'), ' thin via cup: ', r.pick(['cough x2', 'wet vocal quality', 'no s/sx aspiration', 'delayed swallow']), '; nectar-thick: ', r.pick(['WFL', 'throat clear x1']), '; puree: ', r.pick(['WFL', 'oral residue']), '; mech soft: ', r.pick(['prolonged mastication', 'WFL', 'not trialed']), '.');
    if (r.chance(0.5)) ln(c, 'MBS: PAS ', `${r.int(1, 8)}`, ' with thin, ', `PAS ${r.int(1, 3)}`, ' with mildly thick. Yankauer at bedside.');
    ln(c, hd(c, 'Recs'), ' ', r.pick(['IDDSI level 5 minced & moist, level 2 mildly thick liquids', 'regular diet, thin liquids, meds whole in puree', 'NPO pending MBS', 'dysphagia 3 diet, nectar thick']), '; upright 90 deg, small sips, chin tuck. ', r.pick(['Will follow', 'SLP will follow', 'Will f/u']), ` ${r.pick(['daily', '3x/wk', 'BID for trials'])}.`);
  } else if (k === 1) {
    ln(c, 'Tx focus: ', r.pick(['expressive aphasia', 'dysarthria', 'cognitive-linguistic', 'voice (LSVT LOUD)', 'fluency', 'articulation /r/']));
    ln(c, '- naming: ', `${r.int(2, 10)}/10`, ' with phonemic cues, ', `${r.int(0, 8)}/10`, ' indep');
    ln(c, '- sentence completion ', `${r.int(40, 100)}%`, ' acc');
    ln(c, '- SLUMS ', `${r.int(10, 30)}/30`, '; orientation x', `${r.int(1, 4)}`);
    ln(c, '- mean dB ', `${r.int(62, 88)}`, ' sustained "ah" (LSVT)');
    ln(c, 'Pt ', r.pick(['said "I hope so" spontaneously', 'answered yes/no 8/10', 'needed max cues']), r.chance(0.3) ? [' and greeted RN ', nm(r, person(r), 'first'), ' by name'] : '', '. Spouse ', nm(r, p.relative, r.pick(['first', 'full'])), ' observed and was trained in cueing hierarchy.');
    ln(c, 'Plan: cont ', r.pick(['3x/wk', '2x/wk', 'daily']), `, re-eval in ${r.int(2, 6)} wks. `, r.chance(0.5) ? ['Schedule next with front desk ', sp('PHONE', phone(r))] : '');
  } else {
    ln(c, 'Referred by ', nm(r, clin(r, 'md'), 'initLast'), ' for ', r.pick(['cognitive screen before return to work', 'voice changes', 'stuttering', 'school-based language concerns']), '.');
    if (p.age < 18) ln(c, 'Pt attends ', sp('LOCATION', r.pick(SCHOOLS)), `, grade ${r.int(1, 11)}; teacher `, r.pick(['Ms. ', 'Mr. ', 'Mrs. ']), nm(r, person(r), 'last'), ' reports difficulty following multi-step directions.');
    else ln(c, 'Pt works at ', sp('LOCATION', r.pick(EMPLOYERS)), '; supervisor ', nm(r, person(r), r.pick(['full', 'first'])), ' noticed word-finding errors since ', sp('DATE', dt(r, addDays(day, -r.int(20, 90)), r.pick([4, 2, 5]))), '.');
    ln(c, 'Testing: ', r.pick(['WAB-R AQ', 'CELF-5 core', 'BDAE', 'GFTA-3', 'CAPE-V']), ` score ${r.int(40, 110)}; `, r.pick(['Boston Naming Test', 'Stroop', 'Trails B']), ` ${r.int(10, 60)}`, '.');
    ln(c, 'Impression: ', r.pick(['mild anomic aphasia', 'moderate flaccid dysarthria', 'WFL cognition', 'moderate receptive language delay', 'muscle tension dysphonia']), '.');
    ln(c, 'Recommend ', r.pick(['8 wks of tx', 'f/u with ENT', 'reassess in 3 mo', 'school-based services']), '.');
  }
  signoff(c, slp);
}

function cardioPulm(c: Ctx): void {
  const { r, p, day } = c;
  const ep = clin(r, r.pick(['ex', 'rn', 'rt']));
  const cardiac = r.chance(0.55);
  const prog = cardiac ? 'Cardiac Rehab Phase II' : 'Pulmonary Rehab';
  const k = r.int(0, 2);
  if (k === 0) header(c, `${prog} Session Note`, 'outpt');
  else {
    ln(c, placeOf(r, r.pick(INSTITUTIONS.filter((i) => /Heart|Pulmonary|Medical|Hospital/.test(i.full))), 0.5), ' - ', prog);
    ln(c, nm(r, p, r.pick(['lastFirst', 'LASTFirst'])), ` session ${r.int(1, 36)} of 36`, '   ', sp('DATE', dt(r, day, r.pick([0, 8, 7]))));
    blank(c);
  }
  ln(c, 'Dx: ', cardiac ? r.pick(['CABG x3', 'NSTEMI s/p PCI to LAD', 'HFrEF, EF 30%', 'stable angina', 'AVR (bioprosthetic)']) : r.pick(['COPD GOLD 3', 'ILD / IPF', 'post-COVID dyspnea', 'bronchiectasis', 'lung volume reduction']),
    r.chance(0.4) ? [' ', sp('DATE', dt(r, addDays(day, -r.int(20, 90)), r.pick([2, 1, 4])))] : '', r.chance(0.25) ? ['; prior CABG ', sp('DATE_YEAR', `'${String(r.int(90, 99))}`)] : '');
  const lay = r.int(0, 2);
  if (lay === 2) {
    ln(c, r.pick(['30-day ITP review - session log', 'SESSION LOG', 'Sessions this period:']));
    let d = addDays(day, -r.int(20, 28));
    for (let i = 0; i < r.int(4, 7); i++) {
      ln(c, sp('DATE', dt(r, d, r.pick([2, 2, 3, 4]))), `${r.pick(['  ', ' | ', '\t'])}${r.pick(['TM', 'NuStep', 'bike', 'TM+arms', 'track'])} ${r.int(15, 45)} min${r.pick(['  ', ' | '])}peak HR ${fill(r, '{hr}')}${r.pick(['  ', ' | '])}RPE ${r.int(9, 15)}${r.pick(['  ', ' | '])}`, r.chance(0.7) ? sp('NAME', `${r.letters(2)}`) : r.pick(['absent', 'no-show', 'cancelled - weather']));
      d = addDays(d, r.pick([2, 2, 3, 5, 7]));
    }
    ln(c, `Attendance ${r.int(60, 100)}%. Wt change ${r.int(-8, 3)} lb. 6MWT ${r.int(180, 420)} -> ${r.int(200, 520)} m. PHQ-9 ${r.int(0, 18)}.`);
  } else if (lay === 1) {
    ln(c, 'Time   | HR  | BP       | SpO2 | RPE | Rhythm');
    const steps = ['Rest', 'NuStep', 'TM', 'Arm erg', 'Cool'];
    for (const s of r.some(steps, r.int(3, 5))) ln(c, `${s.padEnd(7)}| ${fill(r, '{hr}').padEnd(4)}| ${fill(r, '{bp}').padEnd(9)}| ${fill(r, '{spo2}')}%  | ${r.int(9, 16)}  | ${r.pick(['SR', 'SR w/ PVCs', 'AF rate ctl', 'ST'])}`);
  } else {
    ln(c, `Warm-up 5 min. Treadmill ${(r.int(10, 35) / 10).toFixed(1)} mph / ${r.int(0, 8)}% x ${r.int(8, 25)} min; NuStep L${r.int(2, 8)} x ${r.int(10, 20)} min; weights ${r.int(1, 5)} lb x 2 sets.`);
    ln(c, `Peak HR ${fill(r, '{hr}')}, BP ${fill(r, '{bp}')}, SpO2 nadir ${fill(r, '{spo2}')}% on ${r.pick(['RA', '2L', '3L pulse', '4L'])}, Borg dyspnea ${r.int(2, 6)}/10, RPE ${r.int(10, 15)}. METs ~${(r.int(20, 60) / 10).toFixed(1)}.`);
  }
  ln(c, r.pick(['Pt tolerated well.', 'Pt rose to 4.5 METs without symptoms.', 'One episode of SOB, resolved with pursed lip breathing.', 'HR response blunted (beta-blocker).', 'Pt short of breath with arm erg, rested 2 min.']),
    ' ', r.pick(['Education: ', 'Ed topic: ']), r.pick(['sodium < 2 g', 'energy conservation', 'inhaler technique (Spiriva Respimat)', 'nitro use', 'heart-healthy eating, Mediterranean', 'stress and love of gardening as coping']), '.');
  if (r.chance(0.5)) ln(c, 'Weight ', `${r.int(110, 290)}`, ' lb. ', r.chance(0.5) ? ['Pt reports walking the track at ', sp('LOCATION', r.pick(OTHER_PLACES)), ' on off days. '] : '', 'Home O2 via ', sp('LOCATION', r.pick(DME_VENDORS)), '.');
  if (r.chance(0.4)) ln(c, 'Cardiologist: ', r.pick(['Dr. ', '']), nm(r, clin(r, 'md'), r.pick(['last', 'full', 'initLast'])), r.chance(0.5) ? [' - ITP faxed to ', sp('PHONE', phone(r))] : '', '.');
  if (r.chance(0.15)) ln(c, 'Handicap parking pass issued for plate ', sp('OTHER', `${r.digits(1)}${r.letters(3)}${r.digits(3)}`), ' (', sp('STATE', r.pick(STATES)[1]), ').');
  if (r.chance(0.3)) ln(c, 'Next session ', r.pick(['Mon', 'Wed', 'Fri', 'Tues']), ' ', sp('DATE', dt(r, addDays(day, 2), r.pick([2, 4]))), '. Will follow ITP.');
  signoff(c, ep);
}

function woundCare(c: Ctx): void {
  const { r, p, day } = c;
  const rn = clin(r, 'rn');
  const where = r.pick(['inpt', 'home', 'outpt'] as const);
  header(c, r.pick(['Wound Care Nursing Note', 'WOC Nurse Consult', 'Wound/Ostomy Follow-up', 'Home Health Skilled Nursing - Wound']), where);
  const n = r.int(1, 2);
  if (r.chance(0.3)) ln(c, 'Consult requested by ', nm(r, person(r), r.pick(['full', 'last'])), ', ', r.pick(['RN', 'charge RN', 'NP', 'hospitalist']), '. Braden ', `${r.int(9, 20)}`, '.');
  for (let i = 0; i < n; i++) {
    const loc = r.pick(['sacrum', 'R heel', 'L lateral malleolus', 'coccyx', 'L plantar 1st MTH', 'R ischium', 'abd midline incision', 'L BKA stump']);
    const type = r.pick(['stage 3 pressure injury', 'stage 2 PI', 'unstageable PI', 'DTPI', 'diabetic foot ulcer, Wagner grade 2', 'venous stasis ulcer', 'dehisced surgical wound', 'skin tear']);
    ln(c, hd(c, `Wound #${i + 1}`), ' ', loc, ' - ', type);
    ln(c, `  Size ${(r.int(3, 90) / 10).toFixed(1)} x ${(r.int(3, 70) / 10).toFixed(1)} x ${(r.int(0, 25) / 10).toFixed(1)} cm; tunneling ${r.int(0, 3)} cm at ${r.int(1, 12)} o'clock`);
    ln(c, `  Bed: ${r.int(30, 100)}% red granulation, ${r.int(0, 50)}% yellow slough; drainage ${r.pick(['scant serous', 'moderate serosanguinous', 'small brown', 'large purulent, foul odor', 'no frank purulence'])}`);
    ln(c, `  Periwound: ${r.pick(['macerated', 'intact', 'erythema 1 cm', 'callused', 'hemosiderin staining'])}. Pain ${fill(r, '{pain}')}.`);
    ln(c, `  Tx: cleansed w/ ${r.pick(['NS', "Dakin's 1/4 strength", 'Vashe', 'Anasept'])}, ${r.pick(['Aquacel Ag', 'Mepilex Border', 'Santyl + moist gauze', 'calcium alginate', 'Xeroform', 'wound VAC 125 mmHg continuous'])}, cover ${r.pick(['ABD', 'foam', 'Kerlix', 'Tegaderm'])}. Change ${r.pick(['daily', 'q3 days', 'M/W/F', 'BID'])}.`);
  }
  if (r.chance(0.4)) ln(c, 'VAC unit serial ', sp('OTHER', `${r.letters(3)}${r.digits(6)}`), ' from ', sp('LOCATION', r.pick(DME_VENDORS)), '; canister changed.');
  if (r.chance(0.3)) ln(c, 'Photos uploaded to ', r.pick(['Epic Haiku', 'the wound app', 'Tissue Analytics', 'WoundMatrix']), '. Offloading: ', r.pick(['Prevalon boots', 'heels floated on pillows', 'low-air-loss mattress ordered', 'turn q2h']), '.');
  if (where === 'home') ln(c, 'Caregiver ', nm(r, p.relative, r.pick(['full', 'first'])), ' (', p.relation, ') return-demonstrated dressing change. Supplies via ', sp('LOCATION', r.pick(DME_VENDORS)), ', call ', sp('PHONE', phone(r)), '.');
  ln(c, 'Plan: ', r.pick(['will follow weekly', 'f/u 1 wk', 'refer to Tri-County for HBO eval', 'vascular consult - ABI pending', 'will page surgery if frank bleeding']), '; ', r.pick(['nutrition consult placed', 'protein supplement started', 'A1c 9.2, glucose control discussed', 'offload heels']), '.');
  if (r.chance(0.3)) ln(c, r.pick(['Santyl', 'Silvadene', 'Medihoney']), ' Rx sent to ', sp('LOCATION', r.pick(PHARMACIES)), r.chance(0.5) ? [' in ', sp('LOCATION', r.pick(TOWN_NAMES))] : '', '.');
  if (r.chance(0.3)) ln(c, 'Next visit ', sp('DATE', dt(r, addDays(day, 7))), '.');
  signoff(c, rn);
}

function dietitian(c: Ctx): void {
  const { r, p, day } = c;
  const rd = clin(r, 'rd');
  header(c, r.pick(['Nutrition Assessment', 'Dietitian Consult', 'Medical Nutrition Therapy - Initial', 'RD Follow-up Note', 'Nutrition Re-assessment']), setting(r));
  const wt = r.int(38, 140);
  const ht = r.int(140, 192);
  const bmi = ((wt / ((ht / 100) * (ht / 100))) as number).toFixed(1);
  if (r.chance(0.5)) {
    ln(c, 'Reason: ', r.pick(['MST score 3', 'new TF order', 'poor PO intake <50%', 'wound healing', 'new dx T2DM', 'CKD 4 diet ed', 'unintended wt loss']));
    ln(c, 'Anthro: Ht ', `${ht}`, ' cm, Wt ', `${wt}`, ' kg, BMI ', bmi, `, UBW ${wt + r.int(2, 12)} kg (${r.int(3, 12)}% loss x ${r.int(1, 6)} mo)`);
    ln(c, 'Labs: Alb ', `${(r.int(22, 45) / 10).toFixed(1)}`, ', prealb ', `${r.int(8, 30)}`, ', Na ', `${r.int(128, 146)}`, ', K ', `${(r.int(32, 58) / 10).toFixed(1)}`, ', glucose ', `${r.int(70, 320)}`, ', A1c ', `${(r.int(52, 120) / 10).toFixed(1)}%`);
    ln(c, 'Diet hx: ', r.pick(['eats 1-2 meals/day, skips breakfast', 'drinks 2 L soda/day', 'lives alone, relies on meals on wheels', 'fast food most days near work', 'traditional diet, rice and fish daily']), '. ',
      r.chance(0.4) ? ['Shops at ', sp('LOCATION', r.pick(EMPLOYERS.filter((e) => /Grocer|Feed/.test(e)))), '. '] : '', r.chance(0.3) ? ['Food pantry at ', sp('LOCATION', r.pick(OTHER_PLACES)), '. '] : '');
    ln(c, 'Est needs: ', `${r.int(20, 35)}-${r.int(30, 40)}`, ' kcal/kg (', `${r.int(1200, 2600)}`, ' kcal), protein ', `${(r.int(8, 20) / 10).toFixed(1)}`, ' g/kg, fluid ', `${r.int(1200, 2500)}`, ' mL.');
    ln(c, 'PES: ', r.pick(['Inadequate oral intake', 'Malnutrition (moderate, chronic)', 'Increased protein needs', 'Food- and nutrition-related knowledge deficit']), ' r/t ', r.pick(['dysphagia', 'poor appetite', 'wound healing', 'new dx']), ' AEB ', r.pick(['wt loss', 'intake <50% x 5 days', 'stage 3 PI', 'A1c 9.8%']), '.');
    ln(c, 'Interventions: ', r.pick(['Ensure Plus BID', 'Glucerna 1 bottle with lunch', 'Jevity 1.5 @ 55 mL/hr x 20 hr', 'Juven BID', 'Boost Breeze TID', 'Nepro at HS']), '; ', r.pick(['MVI', 'renal diet 2 g Na / 2 g K', 'carb consistent diet', 'liberalized diet']), '.');
  } else {
    ln(c, r.pick(['pt seen at bedside', 'telephone visit', 'met with pt in clinic', 'video visit']), r.chance(0.4) ? [r.pick([' with ', ', ', ' and ']), p.relation, ' ', nm(r, p.relative, r.pick(['first', 'full']))] : '', ' for ', r.pick(['diabetes education', 'tube feeding plan', 'weight loss counseling', 'low-FODMAP trial', 'pre-bariatric eval', 'renal diet']), '.');
    ln(c, `Wt ${wt} kg (${r.pick(['down', 'up', 'stable'])} from ${wt + r.int(-4, 6)} kg on `, sp('DATE', dt(r, addDays(day, -r.int(14, 60)), r.pick([2, 4, 1]))), `), BMI ${bmi}.`);
    ln(c, `24h recall: ${r.pick(['coffee w/ sugar, biscuits, fried chicken, sweet tea', 'oatmeal, PB sandwich, pasta', 'congee, greens, pork', 'tortillas, beans, rice, soda', 'toast and tea only'])}.`);
    ln(c, 'Reviewed plate method, label reading, ', r.pick(['carb counting 45-60 g/meal', 'sodium < 2000 mg', 'protein at every meal', 'fluid restriction 1.5 L']), '. Pt ', r.pick(['verbalized understanding', 'receptive', 'ambivalent', 'teach-back 3/3']), '.');
    if (r.chance(0.5)) ln(c, 'Handout and recipes at ', sp('URL', r.pick(['https://www.lakeshore-nutrition.org/diabetes-plate', 'www.prairierose-nutrition.com/handouts', 'https://eatwell.harmonvalley.org/renal', 'mtal-dining.net/menus'])), '.');
  }
  ln(c, 'Goal: ', r.pick(['intake >75% of meals', 'wt stable +/- 1 kg', 'A1c < 7%', 'meet 90% of est needs via TF']), '. Will follow ', r.pick(['in 1 wk', 'in 3-5 days', 'PRN', 'next clinic visit']), '.');
  signoff(c, rd);
}

function rtHomeO2(c: Ctx): void {
  const { r, p, day } = c;
  const rt = clin(r, 'rt');
  ln(c, r.pick(['HOME OXYGEN QUALIFICATION', 'Ambulatory O2 Assessment', 'RT Note - O2 walk test']));
  ln(c, nm(r, p, r.pick(['LASTFirst', 'full', 'lastFirst'])), r.pick(['  |  ', '   ', ', ']), 'DOB ', sp('DATE', dt(r, p.dob, r.pick([0, 8, 6]))), r.pick(['  |  ', '   ']), mrn(r, p), r.chance(0.5) ? ['  ', room(r)] : '');
  ln(c, 'Tested ', sp('DATE', dtFull(r, day)), ' ', time(r), ' by ', sig(r, rt));
  blank(c);
  ln(c, 'Condition      SpO2   HR    O2');
  ln(c, `At rest        ${fill(r, '{spo2}')}%    ${fill(r, '{hr}')}    RA`);
  ln(c, `Exertion       ${r.int(80, 88)}%    ${r.int(95, 130)}   RA (${r.int(60, 400)} ft)`);
  ln(c, `Exertion       ${r.int(89, 96)}%    ${r.int(90, 120)}   ${r.int(1, 4)} L NC`);
  if (r.chance(0.5)) ln(c, `Nocturnal oximetry: ${r.int(5, 45)}% of TST < 88%.`);
  blank(c);
  ln(c, 'Pt ', r.pick(['qualifies for home O2 (Group I)', 'does not qualify at rest; qualifies with exertion', 'qualifies for nocturnal O2 only']), '. Concentrator + portable ', r.pick(['E tanks', 'POC (Inogen)', 'liquid']), ' ordered from ', sp('LOCATION', r.pick(DME_VENDORS)), ', fax ', sp('PHONE', phone(r)), '.');
  ln(c, r.pick(['Delivery to ', 'Deliver to home: ']), addrLine(r, p.addr, true), r.chance(0.5) ? ['. Contact ', p.relation, ' ', nm(r, p.relative, r.pick(['full', 'first'])), ' ', sp('PHONE', p.relPhone)] : '', '.');
  ln(c, 'Certifying physician: Dr. ', nm(r, clin(r, 'md'), r.pick(['full', 'last', 'LASTFIRST'])), '. No smoking in home, no candles; ', r.pick(['pt verbalized', 'wife verbalized', 'pt and son verbalized']), ' understanding of fire risk.');
}

function rtFlow(c: Ctx): void {
  const { r, p, day } = c;
  if (r.chance(0.3)) {
    rtHomeO2(c);
    return;
  }
  const rts: Clin[] = [];
  for (let tries = 0; rts.length < 3 && tries < 20; tries++) {
    const x = clin(r, 'rt');
    if (!rts.some((y) => y.first[0] === x.first[0] && y.last[0] === x.last[0])) rts.push(x);
  }
  const k = r.int(0, 2);
  if (k === 0) header(c, 'Respiratory Therapy Flowsheet', 'inpt');
  else {
    ln(c, 'RT FLOWSHEET  ', nm(r, p, 'LASTFIRST'), '  ', mrn(r, p), '  ', room(r));
    ln(c, 'Date ', sp('DATE', dt(r, day, r.pick([0, 8, 6]))), '   Attending ', r.pick(['Dr. ', '']), nm(r, clin(r, 'md'), 'last'));
    blank(c);
  }
  const mode = r.pick(['AC/VC', 'PRVC', 'SIMV', 'CPAP/PS', 'BiPAP', 'HFNC', 'NC']);
  if (/AC|PRVC|SIMV|CPAP/.test(mode)) ln(c, `Vent: ${r.pick(['Servo-u', 'PB 980', 'Hamilton C6', 'Trilogy Evo'])} `, 'SN ', sp('OTHER', `${r.digits(2)}${r.letters(1)}${r.digits(5)}`), `  ETT ${r.pick(['7.0', '7.5', '8.0'])} @ ${r.int(21, 25)} cm lip`);
  const rows = r.int(4, 8);
  const tabs = r.chance(0.5);
  ln(c, tabs ? 'Time | Mode | FiO2 | PEEP | Vt | RR | SpO2 | BS | Tx | Init' : 'time  mode      fio2  peep  rr  spo2  notes                     init');
  let h = r.int(0, 6);
  for (let i = 0; i < rows; i++) {
    h = (h + r.int(1, 4)) % 24;
    const t = `${p2(h)}${r.pick(['00', '15', '30', '45', '10'])}`;
    const who = r.pick(rts);
    const m = r.chance(0.8) ? mode : r.pick(['HFNC 40L', 'NC 4L', 'BiPAP 12/6', 'CPAP 10']);
    const fio = r.pick(['0.30', '0.35', '0.40', '0.50', '0.60', '0.28', '1.0']);
    const tx = r.pick(['albuterol neb', 'DuoNeb', 'CPT', 'ETT suction - thick tan', 'in-line suction - frank blood streaks', 'Acapella', 'IS 750 mL', 'no tx', 'vent check', 'ABG drawn', 'trach care, Passy-Muir on 30 min', 'cuff pressure 25']);
    const init: Piece = sp('NAME', `${who.first[0]}${who.last[0]}`.toUpperCase());
    if (tabs) ln(c, `${t} | ${m} | ${fio} | ${r.int(5, 14)} | ${r.int(320, 560)} | ${fill(r, '{rr}')} | ${fill(r, '{spo2}')} | ${r.pick(['clr', 'dim bases', 'rhonchi', 'exp wheeze', 'crackles R'])} | ${tx} | `, init);
    else ln(c, `${t}  ${m.padEnd(9)} ${fio}  ${String(r.int(5, 14)).padEnd(5)} ${fill(r, '{rr}').padEnd(3)} ${fill(r, '{spo2}').padEnd(5)} ${tx.padEnd(25)} `, init);
  }
  if (r.chance(0.6)) ln(c, `ABG ${r.pick(['7.31', '7.38', '7.44', '7.29'])}/${r.int(32, 68)}/${r.int(58, 140)}/${r.int(18, 32)} on current settings. Sedation RASS ${r.int(-3, 1)}.`);
  if (r.chance(0.5)) ln(c, 'SBT ', r.pick(['passed 30 min, RSBI 62', 'failed - RR 38, SpO2 86%', 'deferred, PEEP > 8', 'not indicated']), '. Dr. ', nm(r, clin(r, 'md'), 'last'), ' notified ', time(r), '.');
  ln(c, 'Initials key: ', flat(rts.map((x, i) => [i ? '; ' : '', sp('NAME', `${x.first[0]}${x.last[0]}`.toUpperCase()), ' = ', nm(r, x, r.pick(['full', 'initLast', 'lastFirst'])), `, ${x.cred}`])));
  if (r.chance(0.3)) ln(c, 'Home BiPAP from ', sp('LOCATION', r.pick(DME_VENDORS)), ', RT on call pager ', sp('PHONE', phone(r, 3)), '.');
}

function audiology(c: Ctx): void {
  const { r, p, day } = c;
  const au = clin(r, 'au');
  const k = r.int(0, 2);
  if (k === 0) header(c, r.pick(['Audiologic Evaluation', 'Hearing Aid Fitting', 'Vestibular Evaluation', 'Newborn Hearing Rescreen']), 'outpt');
  else {
    ln(c, sp('LOCATION', r.pick(['Bluewater Hearing & Balance', 'Bluewater', 'Audiology - Ironwood Medical Group', 'Lakeshore Regional Medical Center Audiology'])), '  ', sp('PHONE', phone(r, 0)));
    ln(c, r.pick(['AUDIOLOGY REPORT', 'Audiology Clinic Note', 'Audiogram Interpretation']), ' for ', nm(r, p, r.pick(['full', 'LASTFirst'])), ', DOB ', sp('DATE', dt(r, p.dob, r.pick([0, 8]))));
    ln(c, 'Visit ', sp('DATE', dtFull(r, day)));
    blank(c);
  }
  ln(c, 'Case hx: ', r.pick(['gradual bilateral hearing loss', 'sudden R SNHL', 'tinnitus L > R', 'failed school screen', 'dizziness with head turns', 'new HA fitting']), '. ',
    r.chance(0.5) ? ['Noise exposure at ', sp('LOCATION', r.pick(EMPLOYERS)), ` x ${r.int(3, 30)} yrs. `] : '', r.chance(0.3) ? ['Hx of ear surgery in ', sp('DATE_YEAR', String(r.int(1978, 2021))), '. '] : '', r.chance(0.3) ? [p.relation, ' ', nm(r, p.relative, 'first'), ' reports TV very loud. '] : '');
  ln(c, 'Otoscopy: ', r.pick(['clear bilat', 'cerumen partially occluding R', 'PE tube L, patent', 'TM intact bilat']), '. Tymps: ', r.pick(['type A bilat', 'type B L, A R', 'type As R', 'type C bilat']), '.');
  ln(c, 'Freq (Hz)  250  500  1k  2k  4k  8k');
  ln(c, `R (dB HL)  ${[0, 1, 2, 3, 4, 5].map(() => String(r.int(0, 17) * 5).padStart(3)).join('  ')}`);
  ln(c, `L (dB HL)  ${[0, 1, 2, 3, 4, 5].map(() => String(r.int(0, 17) * 5).padStart(3)).join('  ')}`);
  ln(c, `WRS R ${r.int(40, 100)}% @ ${r.int(50, 85)} dB, L ${r.int(40, 100)}% @ ${r.int(50, 85)} dB. QuickSIN ${r.int(1, 15)} dB SNR loss.`);
  if (r.chance(0.5)) ln(c, 'Fit ', r.pick(['Oticon Intent 1', 'Phonak Lumity L90', 'ReSound Nexia', 'Signia Pure Charge&Go', 'Starkey Genesis AI']), ' RIC, serial L ', sp('OTHER', `${r.digits(2)}${r.letters(1)}${r.digits(6)}`), ' / R ', sp('OTHER', `${r.digits(2)}${r.letters(1)}${r.digits(6)}`), '. REM verified to NAL-NL2.');
  if (r.chance(0.4)) ln(c, 'VNG: Frenzel goggles, Dix-Hallpike ', r.pick(['+ R, upbeat torsional', 'neg bilat']), '; Epley maneuver performed x2. Caloric weakness ', `${r.int(5, 45)}%`, '.');
  ln(c, 'Impression: ', r.pick(['mild sloping to moderately-severe SNHL bilat', 'normal hearing', 'mild conductive HL L', 'asymmetric SNHL - MRI IAC rec', 'R BPPV']), '. ');
  ln(c, 'Recs: ', r.chance(0.3) ? ['ENT referral to Dr. ', nm(r, clin(r, 'md'), r.pick(['last', 'full']))] : r.pick(['annual audiogram', 'HA trial 45 days', 'FM system in classroom', 'hearing protection at work']), '. Warranty claim # ', sp('ID', `W${r.digits(8)}`), r.chance(0.5) ? [', manufacturer portal ', sp('URL', r.pick(['https://pro.hearingportal.net', 'www.bluewaterhearing.com/care', 'https://ironwood-audiology.org/ha-care']))] : '', '.');
  signoff(c, au);
}

function dmeVendor(c: Ctx): void {
  const { r, p, day } = c;
  const vend = r.pick(DME_VENDORS);
  const who = clin(r, r.pick(['pt', 'ot', 'rt', 'dme']));
  const item = r.pick(['K0001 standard wheelchair 18x16', 'E0143 front-wheeled walker', 'E0165 3-in-1 commode', 'E0247 tub transfer bench', 'E0601 CPAP auto 5-15 cmH2O', 'E1390 O2 concentrator 2 L/min continuous', 'K0823 power wheelchair group 2', 'E0630 Hoyer patient lift', 'L1906 AFO, R', 'E0277 low-air-loss mattress', 'E0100 single point cane']);
  const k = r.int(0, 2);
  if (k === 0) {
    ln(c, 'DME ORDER / DETAILED WRITTEN ORDER');
    ln(c, 'Patient: ', nm(r, p, 'LASTFirst'), '   DOB ', sp('DATE', dt(r, p.dob, 8)), '   ', mrn(r, p));
    ln(c, 'Address: ', addrLine(r, p.addr, true));
    ln(c, 'Phone: ', sp('PHONE', p.phone), r.chance(0.5) ? ['   Alt (', p.relation, ' ', nm(r, p.relative, 'first'), '): ', sp('PHONE', p.relPhone)] : '');
    ln(c, 'Insurance: ', sp('LOCATION', p.insurer), '  Member ID ', sp('ID', p.member));
    ln(c, 'Order date: ', sp('DATE', dtFull(r, day)), '   Order # ', sp('ID', `${r.pick(['DME', 'ORD', 'R'])}-${r.digits(6)}`));
    ln(c, 'Item: ', item, `   Qty 1   LON ${r.pick(['99 (lifetime)', '12 months', '13 months rental'])}`);
    ln(c, 'Dx: ', r.pick(['R26.81 unsteadiness on feet', 'G20 Parkinson disease', 'J44.1 COPD', 'I63.9 CVA', 'G47.33 OSA', 'M17.11 OA R knee']));
    ln(c, 'Justification: pt ', r.pick(['unable to ambulate > 50 ft without rest', 'high fall risk, Berg 36/56', 'SpO2 86% RA with exertion', 'AHI 38 on PSG', 'cannot step over tub wall']), r.chance(0.3) ? [' (', sp('DATE', dt(r, addDays(day, -3), 2)), ')'] : '', '.');
    ln(c, 'Vendor: ', sp('LOCATION', vend), '  Ph ', sp('PHONE', phone(r)), '  Fax ', sp('PHONE', phone(r)));
    ln(c, 'Ordering provider: ', r.pick(['Dr. ', '']), nm(r, clin(r, 'md'), 'full'), '  NPI ', sp('ID', `1${r.digits(9)}`));
  } else {
    ln(c, r.pick(['Telephone encounter - DME', 'Vendor call log', 'DME follow-up call', 'Phone note']), '  ', nm(r, p, r.pick(['lastFirst', 'LASTFIRST'])), '  ', mrn(r, p));
    blank(c);
    let d = day;
    const calls = r.int(2, 4);
    for (let i = 0; i < calls; i++) {
      const rep = person(r);
      const x = r.int(0, 4);
      const stamp: Piece[] = [sp('DATE', dt(r, d, r.pick([2, 0, 3]))), ' ', time(r), ' '];
      if (x === 0) ln(c, stamp, 'Called ', sp('LOCATION', vend), ' ', sp('PHONE', phone(r)), ', spoke w/ ', nm(r, rep, r.pick(['first', 'full'])), ' re: ', item.split(' ').slice(1).join(' '), '. Ref # ', sp('ID', `${r.letters(2)}${r.digits(6)}`), '. They need signed DWO and chart notes.');
      else if (x === 1) ln(c, stamp, 'Faxed order + last PT eval to ', sp('PHONE', phone(r)), ' (', r.pick(['3', '5', '7', '12']), ' pages). ', r.pick(['Confirmation received.', 'Fax failed x1, resent.', 'Will call to confirm.']));
      else if (x === 2) ln(c, stamp, 'Vendor left VM: ', sp('LOCATION', p.insurer), ' denied, needs F2F note within 6 mo. Claim ', sp('ID', `${r.digits(4)}-${r.digits(7)}`), '. ', r.chance(0.4) ? ['Routed to Dr. ', nm(r, clin(r, 'md'), 'last'), '.'] : r.pick(['Will follow.', 'Appeal letter started.', 'Will bill pt if denied again.']));
      else if (x === 3) ln(c, stamp, 'Pt called, delivery set for ', sp('DATE', dt(r, addDays(d, r.int(1, 5)), r.pick([2, 4, 5]))), ' between 9 and 1. ', r.pick(['Tech will fit in home.', 'Pt asked about price.', 'Daughter will be home.']), r.chance(0.5) ? ` Copay est $${r.int(15, 240)}.` : '');
      else ln(c, stamp, 'Delivered. Serial ', sp('OTHER', `${r.letters(2)}${r.digits(7)}`), '. ', r.pick(['Wheelchair seat depth adjusted.', 'Walker height set to wrist crease.', 'CPAP mask fit - F20 medium.', 'Concentrator set 2 L, tank backup x4.']), ' Tech ', nm(r, rep, r.pick(['full', 'first', 'last'])), '.');
      d = addDays(d, r.int(1, 6));
    }
    if (r.chance(0.4)) ln(c, 'Vendor email ', sp('EMAIL', `${r.pick(['orders', 'intake', 'referrals', 'dme'])}@${vend.toLowerCase().replace(/[^a-z]/g, '').slice(0, 14)}.com`), '; portal ', sp('URL', `https://portal.${vend.toLowerCase().replace(/[^a-z]/g, '').slice(0, 12)}.com`), '.');
  }
  signoff(c, who);
}

const HEP = [
  'Heel slides - 10 reps, 2x/day', 'Quad sets - hold 5 sec, 10 reps', 'Bridges - 2 sets of 10', 'Clamshells with yellow Theraband - 15 reps',
  'Sit to stand from a firm chair - 10 reps, no hands if you can', 'Standing heel raises at the kitchen counter - 15 reps', 'Chin tucks - 10 reps, hourly at work',
  'Pendulums - 1 minute each direction', 'Wall slides - 10 reps', 'Diaphragmatic breathing - 5 minutes, 3 times a day', 'Tandem stance at the counter - 30 sec x 3',
  'Shaker exercise (head lifts lying down) - 3 holds of 60 sec', 'Effortful swallow - 10 reps with each meal', 'Putty squeezes - 2 minutes', 'Walking program - 10 minutes, add 2 min each week',
];
function hepLetter(c: Ctx): void {
  const { r, p, day } = c;
  const th = clin(r, r.pick(['pt', 'ot', 'slp', 'pt']));
  const inst = r.pick(INSTITUTIONS);
  ln(c, sp('LOCATION', inst.full));
  if (r.chance(0.7)) ln(c, addrLine(r, addr(r), false));
  if (r.chance(0.6)) ln(c, 'Tel ', sp('PHONE', phone(r, 0)), r.chance(0.5) ? ['  ', sp('URL', `www.${(inst.short[0] ?? 'clinic').toLowerCase().replace(/[^a-z]/g, '')}.org`)] : '');
  blank(c);
  ln(c, sp('DATE', dt(r, day, r.pick([9, 10, 11, 0]))));
  blank(c);
  if (r.chance(0.6)) {
    ln(c, nm(r, p, r.pick(['full', 'fml'])));
    ln(c, addrLine(r, p.addr, false));
    blank(c);
  }
  ln(c, 'Dear ', r.chance(0.6) ? [title(p, r), nm(r, p, 'last')] : nm(r, p, r.pick(['first', 'nick'])), ',');
  blank(c);
  ln(c, r.pick(['Thank you for working so hard in therapy.', 'It was good to see you at your visit.', 'As we discussed at your last visit,', 'Here is your home exercise program (HEP).']), ' ',
    r.pick(['Please do these exercises every day.', 'We hope to see steady gains if you keep at it.', 'Stop any exercise that causes sharp pain and call us.', 'Go slow - it is a marathon, not a sprint.']));
  blank(c);
  const xs = r.some(HEP, r.int(3, 6));
  const bullet = r.int(0, 3);
  xs.forEach((x, i) => ln(c, bullet === 0 ? `${i + 1}. ` : bullet === 1 ? `${i + 1}) ` : bullet === 2 ? '- ' : '[ ] ', x));
  blank(c);
  if (r.chance(0.5)) ln(c, 'Your program is also online at ', sp('URL', r.pick(['https://myhep.medbridgego.com', 'www.hep2go.com', 'https://exercises.pinecrestpt.com']) + `/${r.letters(2).toLowerCase()}${r.digits(4)}`), ' - access code ', sp('ID', `${r.letters(4)}${r.digits(3)}`), '.');
  ln(c, r.pick(['Please bring your walker to your next visit on ', 'Your next appointment is ', 'We will re-check your progress on ', 'Re-evaluation is scheduled for ']), sp('DATE', dt(r, addDays(day, r.int(7, 30)), r.pick([5, 10, 4, 0]))), '. ',
    r.pick(['If you need to cancel, please call ', 'Questions? Call ', 'Our front desk can be reached at ']), sp('PHONE', phone(r)), r.chance(0.4) ? [' or e-mail ', sp('EMAIL', `${th.first.toLowerCase().replace(/[^a-z]/g, '')}.${th.last.toLowerCase().replace(/[^a-z]/g, '')}@${(inst.short[0] ?? 'clinic').toLowerCase().replace(/[^a-z]/g, '')}.org`)] : '', '.');
  if (r.chance(0.4)) ln(c, 'Please say hi to ', nm(r, p.relative, 'first'), ' for us - thank you for driving ', p.female ? 'her' : 'him', ' in from ', sp('LOCATION', p.home.name), '!');
  blank(c);
  ln(c, r.pick(['Sincerely,', 'Warmly,', 'Best,', 'Take care,', 'Your therapy team,']));
  ln(c, sig(r, th));
  if (r.chance(0.3)) ln(c, 'cc: ', r.pick(['Dr. ', '']), nm(r, clin(r, 'md'), r.pick(['full', 'initLast'])), ', ', sp('LOCATION', r.pick(INSTITUTIONS).full));
}

function accomLetter(c: Ctx): void {
  const { r, p, day } = c;
  const th = clin(r, r.pick(['pt', 'ot', 'slp', 'au', 'md']));
  const school = p.age < 23 && r.chance(0.8);
  const org = school ? r.pick(SCHOOLS) : r.pick(EMPLOYERS);
  const inst = p.inst;
  ln(c, placeOf(r, inst, 0.6), r.chance(0.5) ? [' | ', addrLine(r, addr(r), true)] : '');
  ln(c, sp('DATE', dt(r, day, r.pick([9, 10, 11, 0, 8]))));
  blank(c);
  if (r.chance(0.7)) {
    ln(c, r.pick(['To: ', 'Attn: ', '']), school ? r.pick(['504 Coordinator', 'School Nurse', 'Principal', 'IEP Team']) : r.pick(['Human Resources', 'Supervisor', 'Occupational Health', 'Return-to-Work Coordinator']), r.chance(0.5) ? [r.pick([' ', ' - ', ', ']), nm(r, person(r), r.pick(['full', 'last', 'fml']))] : '');
    ln(c, sp('LOCATION', org));
    if (r.chance(0.5)) ln(c, addrLine(r, addr(r), r.chance(0.5)));
  } else ln(c, 'To whom it may concern,');
  blank(c);
  ln(c, 'RE: ', nm(r, p, r.pick(['full', 'fml', 'LASTFIRST'])), ', DOB ', sp('DATE', dt(r, p.dob, r.pick([0, 8, 10]))), r.chance(0.3) ? [', ', school ? 'student ID ' : 'employee # ', sp('ID', r.digits(r.int(5, 8)))] : '');
  blank(c);
  ln(c, r.pick(['', 'Dear ', 'Dear ']), r.chance(0.5) ? 'Sir or Madam' : ['Mr./Ms. ', nm(r, person(r), 'last')], ',');
  ln(c, nm(r, p, r.pick(['first', 'full'])), ' is under my care at ', placeOf(r, inst, 0.3), ' for ', r.pick(['a concussion', 'recovery after knee surgery', 'hearing loss', 'a stuttering disorder', 'a shoulder injury', 'cardiac rehabilitation', 'a developmental coordination disorder', 'chronic low back pain']), ' since ', sp('DATE', dt(r, addDays(day, -r.int(14, 120)), r.pick([10, 5, 4, 0]))), '. ',
    r.pick(['I am writing to request the following accommodations:', 'Please allow the following temporary restrictions:', 'The following supports are medically recommended:']));
  const acc = school
    ? ['preferential seating near the teacher', 'extra time (1.5x) on tests', 'elevator pass', 'leave class 5 min early to avoid crowded halls', 'FM system / remote mic worn by teacher', 'rest breaks in the nurse office', 'no PE participation until cleared', 'a second set of books at home', 'reduced screen time and printed notes']
    : ['no lifting over 20 lb', 'sit/stand workstation', 'a 10-minute break every 2 hours', 'no ladder or overhead work', 'modified duty 4 hours per day', 'captioned phone', 'reserved parking near entrance', 'telework 2 days per week', 'permission to attend cardiac rehab 3x/wk'];
  for (const a of r.some(acc, r.int(2, 4))) ln(c, r.pick(['- ', '* ', '  o ']), a);
  ln(c, 'These are expected to be needed until ', sp('DATE', dt(r, addDays(day, r.int(21, 120)), r.pick([10, 5, 0, 9]))), r.pick([', when we will re-assess.', ' unless otherwise noted.', '. I will follow up after re-evaluation.']));
  if (r.chance(0.5)) ln(c, 'Please contact me at ', sp('PHONE', phone(r)), r.chance(0.5) ? [' ext ', sp('PHONE', r.digits(r.int(3, 4)))] : '', r.chance(0.5) ? [' or ', sp('EMAIL', `${th.first[0]?.toLowerCase()}.${th.last.toLowerCase().replace(/[^a-z]/g, '')}@${(inst.short[0] ?? 'x').toLowerCase().replace(/[^a-z]/g, '')}.org`)] : '', ' with any questions. A signed release from ', r.chance(0.5) ? [p.relation, ' ', nm(r, p.relative, 'full')] : 'the patient', ' is on file.');
  if (!school && r.chance(0.4)) ln(c, 'Workers\' comp claim # ', sp('ID', `WC${r.digits(2)}-${r.digits(6)}`), '; adjuster ', nm(r, person(r), r.pick(['full', 'initLast'])), ' (', sp('EMAIL', `${r.letters(1).toLowerCase()}${r.pick(SURNAMES).toLowerCase().replace(/[^a-z]/g, '')}@${r.pick(INSURERS).toLowerCase().replace(/[^a-z]/g, '').slice(0, 12)}.com`), ', fax ', sp('PHONE', phone(r, 1)), ').');
  if (school && r.chance(0.3)) ln(c, 'Parent/guardian: ', nm(r, p.relative, r.pick(['full', 'lastFirst'])), ', ', sp('PHONE', p.relPhone), '.');
  blank(c);
  ln(c, r.pick(['Sincerely,', 'Respectfully,', 'Thank you,']));
  ln(c, sig(r, th));
  if (r.chance(0.4)) ln(c, 'License # ', sp('ID', `${r.letters(2)}-${r.digits(6)}`), ' (', sp('STATE', r.pick(STATES)[1]), ')');
}

/** Lower-case quick notes typed by therapists between patients. */
function quickNote(c: Ctx): void {
  const { r, p, day } = c;
  const me = clin(r, r.pick(['pt', 'ot', 'slp', 'rt', 'rd', 'rn']));
  const lines = r.int(4, 8);
  const first: Piece[] = r.chance(0.5)
    ? [sp('DATE', dt(r, day, r.pick([2, 3]))), ' ', time(r), ' ']
    : [r.pick(['pt', 'ot', 'st', 'rt', 'rd']), ' ', r.pick(['quick note', 'tx note', 'f/u', 'addendum', 'missed visit']), ' - '];
  ln(c, first, nm(r, p, r.pick(['lower', 'last', 'first'])), r.chance(0.4) ? [' ', room(r)] : '');
  const pool: (() => P[])[] = [
    () => ['seen for gait, amb ', String(r.int(20, 300)), ' ft ', fill(r, '{ad}'), ', ', r.pick(['cga', 'sba', 'min a']), ', sats ', fill(r, '{spo2}'), '% ra'],
    () => ['pt refused - ', r.pick(['tired', 'c/o nausea', 'at dialysis', 'w/ family', 'getting bath']), ', will follow later today'],
    () => ['spoke w/ ', p.relation, ' ', nm(r, p.relative, r.pick(['lower', 'first'])), ' re d/c plan, ', r.pick(['hope to go home fri', 'prefers snf near home', 'wants HH', 'will bring shoes'])],
    () => ['rn ', nm(r, person(r), 'lower'), ' aware of ', r.pick(['bp 92/50 sitting', 'hr 128 w/ amb', 'new R heel blister', 'pt coughing on thins'])],
    () => ['dme: ', r.pick(['rw', 'bsc', 'tub bench', 'w/c', 'o2 2l']), ' ordered thru ', sp('LOCATION', r.pick(DME_VENDORS).toLowerCase()), r.chance(0.5) ? [' ref ', sp('ID', r.digits(7))] : ''],
    () => ['lives in ', sp('LOCATION', r.chance(0.1) ? typo(r, p.home.name.toLowerCase()) : p.home.name.toLowerCase()), ', ', String(r.int(0, 14)), ' steps to enter, ', r.pick(['1 rail', 'no rails', 'ramp', 'bilat rails'])],
    () => ['bp ', fill(r, '{bp}'), ' hr ', fill(r, '{hr}'), ' pain ', fill(r, '{pain}'), ', strength ', fill(r, '{mmt}'), ' hip flex'],
    () => ['swallow: ', r.pick(['cough w/ thin, ok w/ nectar', 'no s/sx asp', 'pocketing L', 'delayed trigger']), ', diet ', r.pick(['unchanged', 'upgraded to mech soft', 'npo for mbs']), '. will f/u'],
    () => ['f/u w/ ', r.pick(['dr ', '']), nm(r, clin(r, 'md'), r.pick(['lower', 'last'])), ' re ', r.pick(['wb status', 'hold parameters', 'ortho consult', 'splint order'])],
    () => ['call back # ', sp('PHONE', phone(r, r.pick([1, 3]))), ' (', p.relation, ')'],
    () => ['will bill 97116 x1, 97110 x1, total ', String(r.int(23, 53)), ' min'],
    () => ['cpt/hep reviewed, pt rose from chair 5x in ', (r.int(100, 300) / 10).toFixed(1), ' s'],
    () => ['fyi ', nm(r, person(r), r.pick(['lower', 'first'])), ' from ', sp('LOCATION', r.pick(INSTITUTIONS).short[0]?.toLowerCase() ?? 'x'), ' called, wants notes faxed ', sp('PHONE', phone(r, 1))],
    () => ['pt says ', r.chance(0.5) ? [sp('LOCATION', r.pick(OTHER_PLACES)), ' van can bring him tues'] : ['her son ', nm(r, person(r, false), 'first'), ' will bring her tues']],
    () => ['o2 walk test: ra rest ', fill(r, '{spo2}'), '%, amb nadir ', String(r.int(82, 90)), '%, 2l ', String(r.int(90, 96)), '%'],
    () => ['plan cont poc, next ', sp('DATE', dt(r, addDays(day, r.int(1, 4)), r.pick([2, 3])))],
    () => ['co-tx w/ ', r.pick(['pt', 'ot', 'slp']), ' (', nm(r, person(r), r.pick(['last', 'first'])), '/', nm(r, person(r), r.pick(['last', 'first'])), ') for ', r.pick(['stand pivot', 'tilt table', 'first time oob', 'shower'])],
    () => ['wb status clarified (per dr. ', nm(r, clin(r, 'md'), r.pick(['last', 'lower'])), '): ', r.pick(['ttwb', 'wbat', 'nwb l le', 'pwb 50%'])],
    () => ['no tx ', r.pick(['mon', 'thurs', 'fri']), ' - clinic closed for ', r.pick(['thanksgiving', 'christmas', 'memorial day', 'labor day', 'new year']), ', pt aware'],
    () => ['pt asked to email hep to ', sp('EMAIL', p.email)],
    () => [nm(r, p, r.pick(['first', 'lower', 'last'])), "'s ", p.relation, ' called (', nm(r, p.relative, r.pick(['first', 'lower'])), '), ', r.pick(['asking about d/c date', 'will bring walker tmrw', 'concerned about falls at night', 'wants call back after 3'])],
    () => ['precautions (per dr. ', nm(r, clin(r, 'md'), r.pick(['last', 'lower'])), '): ', r.pick(['post hip, no flex > 90', 'sternal x 6 wks', 'spinal - no blt', 'fall risk, chair alarm'])],
    () => [r.pick(['rx for ', 'refill of ', 'pt picking up ']), r.pick(['santyl', 'voltaren gel', 'lidocaine patches', 'nebs', 'thick-it']), ' at ', sp('LOCATION', r.pick(PHARMACIES).toLowerCase()), r.chance(0.4) ? [' ', sp('PHONE', phone(r, 3))] : ''],
    () => ['hx: ', r.pick(['cabg', 'l tka', 'r tha', 'cva', 'mi']), ' ', sp('DATE_YEAR', r.chance(0.5) ? String(r.int(1988, 2023)) : `'${p2(r.int(0, 99))}`), ', ', r.pick(['copd', 'dm2', 'ckd3', 'afib on eliquis'])],
    () => ['interp ', nm(r, person(r), r.pick(['lower', 'first'])), ' (', r.pick(['spanish', 'arabic', 'vietnamese', 'somali', 'tongan', 'ukrainian']), ') via ', r.pick(['ipad', 'phone line', 'in person']), ', id ', sp('ID', r.digits(6))],
  ];
  for (const f of r.some(pool, lines)) ln(c, r.pick(['- ', '', '* ', '> ']), f());
  ln(c, r.pick(['-', '--', '/', '']), nm(r, me, r.pick(['initials', 'lower', 'first'])), r.chance(0.4) ? ` ${me.cred.toLowerCase()}` : '');
}

const STYLE_FN: Record<string, (c: Ctx) => void> = {
  pt_eval: ptEval,
  ot_daily: otDaily,
  slp_note: slpNote,
  cardiopulm_rehab: cardioPulm,
  wound_care: woundCare,
  dietitian,
  rt_flowsheet: rtFlow,
  audiology,
  dme_vendor: dmeVendor,
  hep_letter: hepLetter,
  accommodation_letter: accomLetter,
  quick_note: quickNote,
};
const STYLE_WEIGHTS: readonly (readonly [string, number])[] = [
  ['pt_eval', 12], ['ot_daily', 10], ['slp_note', 8], ['cardiopulm_rehab', 7], ['wound_care', 8], ['dietitian', 7],
  ['rt_flowsheet', 6], ['audiology', 6], ['dme_vendor', 8], ['hep_letter', 7], ['accommodation_letter', 6], ['quick_note', 15],
];
function pickStyle(r: Rng): string {
  const tot = STYLE_WEIGHTS.reduce((a, [, w]) => a + w, 0);
  let x = r.next() * tot;
  for (const [s, w] of STYLE_WEIGHTS) {
    x -= w;
    if (x < 0) return s;
  }
  return 'quick_note';
}

// ---------------------------------------------------------------------------------------------------
// Assembly: case modes, typos, extra lines, then offsets
// ---------------------------------------------------------------------------------------------------

const FILLER = [
  'Pt educated on fall prevention; call light within reach.', 'Will follow per plan of care.', 'Questions answered, pt agreeable to plan.',
  'Chair alarm on, bed in low position.', 'Reviewed HEP; pt demo with good form after 2 cues.', 'No change in status since last visit.',
  'Hand hygiene performed before and after.', 'Pt instructed to call with any concerns.', 'Medicare cap/KX modifier reviewed.', 'Gait belt used throughout.',
  'Family at bedside, engaged in session.', 'Pain managed with rest and ice, 3/10 at end of session.', 'PLAN REVIEWED WITH PT AND CAREGIVER.',
];

function wordCount(s: string): number {
  const m = s.match(/\S+/g);
  return m ? m.length : 0;
}

function buildNote(seed: number, pi: number, ni: number, p: Patient, attempt: number): { pieces: Piece[]; style: string } {
  const r = new Rng(mix(seed, pi, ni + 1, attempt, 0x5e1));
  const day = addDays(p.base, ni * r.int(3, 21));
  const style = attempt === 0 ? pickStyle(r) : pickStyle(new Rng(mix(seed, pi, ni + 1, 0, 0x5e1)));
  const c: Ctx = { r, p, day, out: [], noteNo: ni };
  (STYLE_FN[style] as (c: Ctx) => void)(c);
  // pad short notes with ordinary lines
  let words = wordCount(c.out.map((x) => (typeof x === 'string' ? x : x.t)).join(''));
  while (words < 64) {
    const f = r.pick(FILLER);
    c.out.push(f, '\n');
    words += wordCount(f);
  }
  // case mode: whole note capitals / lower case; quick notes are lower case most of the time
  const mode = style === 'quick_note' ? (r.chance(0.75) ? 'lower' : r.chance(0.1) ? 'upper' : 'mixed') : r.chance(0.1) ? 'upper' : r.chance(0.09) ? 'lower' : 'mixed';
  // in mixed notes a few whole lines are typed in capitals
  if (mode === 'mixed') {
    let start = 0;
    let lineNo = 0;
    for (let i = 0; i <= c.out.length; i++) {
      const x = c.out[i];
      if (x === undefined || x === '\n') {
        if (lineNo > 0 && r.chance(0.035)) {
          for (let j = start; j < i; j++) {
            const y = c.out[j] as Piece;
            c.out[j] = typeof y === 'string' ? y.toUpperCase() : { t: y.t.toUpperCase(), c: y.c };
          }
        }
        start = i + 1;
        lineNo++;
      }
    }
  }
  const out: Piece[] = [];
  for (const x of c.out) {
    if (typeof x === 'string') {
      let s = x;
      if (mode !== 'upper' && /[a-z]{5,}/.test(s) && r.chance(0.05)) s = s.replace(/\b([a-z]{6,})\b/, (w) => typo(r, w));
      out.push(mode === 'upper' ? s.toUpperCase() : mode === 'lower' ? s.toLowerCase() : s);
    } else {
      const t = mode === 'upper' ? x.t.toUpperCase() : mode === 'lower' ? x.t.toLowerCase() : x.t;
      out.push({ t, c: x.c });
    }
  }
  return { pieces: out, style };
}

function assemble(pieces: readonly Piece[]): { text: string; phi: GeneratedSpan[] } {
  let text = '';
  const phi: GeneratedSpan[] = [];
  for (const x of pieces) {
    if (typeof x === 'string') {
      text += x;
      continue;
    }
    const lead = x.t.length - x.t.trimStart().length;
    const core = x.t.trim();
    text += x.t.slice(0, lead);
    if (core.length > 0 && !core.includes('\n')) {
      phi.push({ start: text.length, end: text.length + core.length, category: x.c });
    }
    text += core + x.t.slice(lead + core.length);
  }
  // tidy: drop trailing spaces on lines (only outside spans: spans never end with a space)
  return { text, phi };
}

export function generate(count: number, seed: number): GeneratedNote[] {
  const notes: GeneratedNote[] = [];
  let pi = 0;
  while (notes.length < count) {
    const p = makePatient(seed, pi);
    const nNotes = new Rng(mix(seed, pi, 0x11)).int(1, 3);
    for (let ni = 0; ni < nNotes && notes.length < count; ni++) {
      let built = buildNote(seed, pi, ni, p, 0);
      let res = assemble(built.pieces);
      for (let a = 1; a < 6 && wordCount(res.text) > 450; a++) {
        built = buildNote(seed, pi, ni, p, a);
        res = assemble(built.pieces);
      }
      notes.push({ patient: p.id, text: res.text.replace(/\n+$/, '\n'), phi: res.phi, style: built.style });
    }
    pi++;
  }
  return notes;
}
