/**
 * Writer `acute`: synthetic acute-care notes (emergency department, triage, EMS, trauma, urgent care,
 * poison control, police hand-offs, LWBS/AMA forms, boarding) with labelled PHI spans.
 *
 * Notes are built from pieces (plain strings and labelled spans); case changes and typos are applied
 * to the pieces and offsets are computed only at the very end, so spans cannot drift.
 * Everything here is invented; no real person.
 */
import { mulberry32 } from '../../../util/prng.js';

export const WRITER_NAME = 'acute';

export const ACUTE_STYLES: readonly string[] = [
  'ed_provider',
  'ed_triage',
  'nurse_quick',
  'ems_pcr',
  'ems_radio',
  'trauma_flowsheet',
  'urgent_care',
  'poison_control',
  'police_handoff',
  'lwbs_ama',
  'ed_boarding',
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
interface Lab {
  t: string;
  c: Cat;
}
type Part = string | Lab;
const L = (c: Cat, t: string): Lab => ({ t, c });

// ---------------------------------------------------------------------------------------------
// Inventories (all invented for this writer)
// ---------------------------------------------------------------------------------------------

const FIRST_NAMES: readonly string[] = [
  // West African
  'Adaeze', 'Chinedu', 'Oluwaseun', 'Kwame', 'Ama', 'Kofi', 'Abena', 'Yaw', 'Ngozi', 'Emeka', 'Folake', 'Tunde',
  'Aminata', 'Mamadou', 'Fatoumata', 'Ousmane', 'Kemi', 'Ifeoma', 'Chiamaka', 'Babajide',
  // South Asian
  'Priya', 'Arjun', 'Ananya', 'Rohan', 'Sanjay', 'Deepa', 'Harpreet', 'Gurpreet', 'Imran', 'Farah', 'Nikhil',
  'Lakshmi', 'Ravi', 'Sunita', 'Vikram', 'Meera', 'Tahmina', 'Rakib',
  // East / Southeast Asian
  'Wei', 'Mei', 'Jian', 'Hiroshi', 'Yuki', 'Haruto', 'Sakura', 'Min-jun', 'Ji-woo', 'Seo-yeon', 'Thanh', 'Linh',
  'Minh', 'Huong', 'Bao', 'Kenji', 'Akiko', 'Xiaoling',
  // Slavic
  'Oksana', 'Dmitri', 'Katarzyna', 'Tomasz', 'Bogdan', 'Svetlana', 'Milos', 'Zoran', 'Anastasia', 'Piotr',
  'Jelena', 'Vasyl', 'Irina', 'Radek',
  // Arabic
  'Omar', 'Layla', 'Yousef', 'Fatima', 'Khalid', 'Noor', 'Tariq', 'Rania', 'Samir', 'Huda', 'Karim', 'Amira',
  'Bilal', 'Zainab', 'Mustafa',
  // Hispanic
  'Alejandro', 'Lucia', 'Mateo', 'Guadalupe', 'Jesus', 'Xiomara', 'Carlos', 'Yesenia', 'Rafael', 'Marisol',
  'Esperanza', 'Joaquin', 'Dulce', 'Itzel', 'Ramon', 'Consuelo',
  // Nordic
  'Sigrid', 'Lars', 'Ingrid', 'Bjorn', 'Astrid', 'Nils', 'Solveig', 'Erik', 'Freya', 'Henrik', 'Liv', 'Tove',
  // Native American
  'Winona', 'Dakota', 'Cheyenne', 'Tallulah', 'Ahanu', 'Nayeli', 'Sequoia', 'Chayton', 'Aiyana', 'Hania',
  // Pacific
  'Keoni', 'Leilani', 'Mele', 'Sione', 'Malia', 'Tevita', 'Kalani', 'Losana', 'Pita', 'Moana',
  // English words as names
  'Hope', 'Grace', 'Rose', 'Faith', 'Joy', 'Dawn', 'Frank', 'Will', 'Bill', 'Iris', 'Ivy', 'June', 'Summer',
  'Hunter', 'Mason', 'Pat', 'Sunny', 'Autumn', 'Heather', 'Sterling', 'Clay', 'Rusty', 'Buck', 'Misty', 'Crystal',
  'Amber', 'Brandy', 'Ginger', 'Robin',
  // common US
  'Michael', 'Jennifer', 'Tyler', 'Brittany', 'Dustin', 'Kayla', 'Travis', 'Amanda', 'Cody', 'Shawna', 'Derek',
  'Tonya', 'Brent', 'Wesley', 'Darlene', 'Earl', 'Loretta', 'Vernon', 'Gladys', 'Harold', 'Mildred', 'Leroy',
  'Bernice', 'DeShawn', 'Latoya', 'Jamal', 'Keisha', 'Tremaine', 'Imani', 'Rosalind', 'Clarence', 'Opal',
  // Horn of Africa, Haitian, Hmong, Filipino, Iranian, Turkish, Greek, Portuguese/Brazilian, Irish, German
  'Abdirahman', 'Hodan', 'Yonas', 'Meseret', 'Tigist', 'Dawit', 'Jean-Baptiste', 'Marie-Claude', 'Fabiola',
  'Wadson', 'Pa Nhia', 'Tou', 'Mai Yer', 'Xong', 'Jocelyn', 'Marilou', 'Rodel', 'Jun-Jun', 'Ligaya', 'Dariush',
  'Shirin', 'Parisa', 'Kourosh', 'Emre', 'Elif', 'Zeynep', 'Burak', 'Eleni', 'Stavros', 'Dimitra', 'Joao',
  'Conceicao', 'Thiago', 'Aline', 'Siobhan', 'Padraig', 'Niamh', 'Declan', 'Gunther', 'Liesel', 'Wolfgang',
  'Heike', 'Nnamdi', 'Zawadi', 'Wanjiru', 'Kiptoo', 'Anh', 'Quynh', 'Sokha', 'Vuthy',
];

const SURNAMES: readonly string[] = [
  'Okafor', 'Adeyemi', 'Mensah', 'Boateng', 'Diallo', 'Traore', 'Nwosu', 'Eze', 'Okonkwo', 'Asante', 'Owusu',
  'Balogun', 'Keita', 'Adebayo', 'Obi',
  'Patel', 'Sharma', 'Reddy', 'Iyer', 'Chaudhry', 'Khan', 'Sandhu', 'Gill', 'Banerjee', 'Nair', 'Rahman',
  'Chowdhury', 'Desai', 'Pillai',
  'Nguyen', 'Tran', 'Pham', 'Zhang', 'Liu', 'Chen', 'Wang', 'Kim', 'Park', 'Choi', 'Tanaka', 'Watanabe', 'Sato',
  'Huang', 'Lam',
  'Kowalski', 'Nowak', 'Petrov', 'Ivanova', 'Horvat', 'Novak', 'Shevchenko', 'Kovalenko', 'Wisniewski',
  'Popovic', 'Jankovic', 'Volkov', 'Dvorak', 'Sokolov',
  'Haddad', 'Al-Masri', 'Nasser', 'Khoury', 'Saleh', 'Abboud', 'Mansour', 'Hamdan', 'Al-Hashimi', 'Rashid',
  'Farouk', 'Othman', 'Darwish',
  'Garcia', 'Hernandez', 'Lopez', 'Ramirez', 'Castillo', 'Morales', 'Gutierrez', 'Vargas', 'Delgado', 'Ochoa',
  'Villanueva', 'de la Cruz', 'Salazar', 'Fuentes', 'Espinoza', 'Ibarra',
  'Lindqvist', 'Halvorsen', 'Johansson', 'Berg', 'Nilsen', 'Sorensen', 'Dahl', 'Lund', 'Haugen', 'Eriksson',
  'Yazzie', 'Begay', 'Tsosie', 'Benally', 'Redcloud', 'Two Bears', 'Whitehorse', 'Lookinghorse', 'Nez', 'Attakai',
  'Fonoti', 'Tupou', 'Kealoha', 'Mahoe', 'Faleolo', 'Taufa', 'Kahananui', 'Leota',
  // English words as surnames
  'Stone', 'Hill', 'Price', 'Young', 'Bell', 'Love', 'King', 'Brown', 'Long', 'Page', 'Frank', 'Rich', 'Wise',
  'Sharp', 'Swift', 'Fox', 'Frost', 'Banks', 'Marsh', 'Woods', 'Hale', 'Moody', 'Bishop', 'Hunter', 'Mason',
  'Short', 'Little', 'Best', 'Waters', 'Snow', 'Rose', 'Hope', 'Grant',
  // hyphenated / particles
  'Okonkwo-Reyes', 'Smith-Nakamura', 'van der Berg', 'De Luca', "O'Brien", 'McAllister', 'St. Clair', 'Da Silva',
  'Van Houten', 'MacLeod', 'Garcia-Lopez', 'Abu-Zeid', 'Le Blanc', 'Del Rio', 'ten Brink', "D'Souza",
  // common US
  'Johnson', 'Williams', 'Miller', 'Davis', 'Wilson', 'Anderson', 'Thompson', 'Jackson', 'Harris', 'Robinson',
  'Walker', 'Wright', 'Scott', 'Green', 'Nelson', 'Carter', 'Mitchell', 'Turner', 'Phillips', 'Campbell',
  'Edwards', 'Collins', 'Stewart', 'Pruitt', 'Combs', 'Tackett', 'Slone', 'Mullins',
  'Warsame', 'Abdi', 'Hussein', 'Tesfaye', 'Gebremedhin', 'Bekele', 'Pierre-Louis', 'Jean-Charles', 'Dorvil',
  'Vang', 'Xiong', 'Thao', 'Moua', 'Lor', 'dela Rosa', 'Bautista', 'Macapagal', 'Dimaculangan', 'Tehrani',
  'Hosseini', 'Karimi', 'Yilmaz', 'Ozturk', 'Demir', 'Papadopoulos', 'Katsaros', 'Oliveira', 'Carvalho',
  'Nascimento', "O'Sullivan", 'Fitzgerald', 'Ni Bhriain', 'Schneider', 'Hoffmann', 'Krueger', 'Mwangi',
  'Kiprono', 'Wanjala', 'Sok', 'Chhim', 'Duong', 'Vo', 'Kaur', 'Bhattacharya', 'Oyelaran-Smith',
];

const NICKNAMES: readonly string[] = [
  'Bud', 'Sonny', 'Sissy', 'Junior', 'Red', 'Tiny', 'Peaches', 'Tex', 'Boo', 'Lefty', 'Skip', 'Chip', 'Duke',
  'Kiki', 'Mimi', 'Nene', 'Chuy', 'Lalo', 'Pancho', 'Bubba', 'Dee', 'Tito',
];

const TOWNS: readonly string[] = [
  'Alder Falls', 'Marrow Creek', 'Fenwick', 'Westbrook', 'Cold Spring', 'Half Moon', 'Ashgrove', 'Pike Landing',
  'Dunmore', 'Gilead', 'Kettle Rock', 'Otter Bend', 'Brackett', 'Oak Harbor', 'Red Bank', 'Bluefield', 'Hollis',
  'Millbrook', 'Ironton', 'Tamarack', 'Dover Flats', 'Lone Oak', 'New Carthage', 'Meadowlark', 'Weston',
  'Grafton', 'Ludlow', 'Kinross', 'Harlan', 'Caddo', 'Wapello', 'Okemah', 'Chenango', 'Tuckahoe', 'Mesquite',
  'Sandoval', 'Las Piedras', 'San Ysidro', 'Port Royal', 'Fort Kemper', 'Bayard', "Cooper's Gap", 'Crossville',
  // towns that are ordinary words
  'Normal', 'Energy', 'Commerce', 'Welcome', 'Center', 'Story', 'Liberty', 'Union', 'Eden', 'Paradise',
  'Independence', 'Harmony', 'Friendship', 'Plain', 'Fairplay', 'Quarry', 'Cobalt', 'Sparrow', 'Cinder',
  'Climax', 'Needmore', 'Nimrod', 'Hazard',
  'Bucklin', 'Sawyer Mills', 'North Tamarack', 'East Ludlow', 'Port Kessling', 'Lake Winona', 'Three Forks Junction',
  'St. Odile', 'Mount Gilead', 'Boone Gap', 'Tularosa Springs', 'Wolf Pen', 'Shiloh', 'Bethel', 'Pleasant Hill',
  'Mercy', 'Justice', 'Prosperity', 'Early', 'Loyal', 'Protection', 'Gasoline', 'Chloride', 'Boring', 'Surprise',
];

interface Inst {
  full: string;
  short: readonly string[];
}
const HOSPITALS: readonly Inst[] = [
  { full: 'Saint Odile Regional Medical Center', short: ['St. Odile', 'SORMC', 'Odile Regional', 'St Odile'] },
  { full: 'Marrow Creek Community Hospital', short: ['MCCH', 'Marrow Creek Community', 'Marrow Crk'] },
  { full: 'Fenwick Memorial Hospital', short: ['Fenwick Memorial', 'FMH', 'Fenwick Mem'] },
  { full: 'University Hospital of Alder Falls', short: ['UHAF', 'Alder U', 'University Hosp AF'] },
  { full: 'Holy Redeemer Medical Center', short: ['Holy Redeemer', 'HRMC', 'Redeemer'] },
  { full: "Kessling Children's Hospital", short: ["Kessling Children's", 'KCH', 'Kessling'] },
  { full: 'Pike Valley Health', short: ['PVH', 'Pike Valley'] },
  { full: 'Tamarack General Hospital', short: ['Tamarack General', 'TGH', 'Tam Gen'] },
  { full: 'Gilead Baptist Hospital', short: ['Gilead Baptist', 'GBH', 'the Baptist'] },
  { full: 'Harlan County Medical Center', short: ['HCMC', 'Harlan Med', 'Harlan County'] },
  { full: 'Cobalt Range VA Medical Center', short: ['Cobalt VAMC', 'Cobalt VA', 'CRVAMC'] },
  { full: 'Lone Oak Critical Access Hospital', short: ['Lone Oak CAH', 'Lone Oak'] },
  { full: 'Meridian Behavioral Health Pavilion', short: ['Meridian BH', 'Meridian', 'MBHP'] },
  { full: 'Sutter Regional Trauma Center', short: ['SRTC', 'Sutter Regional', 'Sutter'] },
  { full: 'Kettle Rock Indian Health Service Hospital', short: ['Kettle Rock IHS', 'KR IHS'] },
  { full: 'Northshore Surgical Hospital', short: ['NSH', 'Northshore'] },
  { full: 'Mercy Grace Hospital', short: ['Mercy Grace', 'MGH', 'Mercy'] },
  { full: 'Bayard Rehabilitation Institute', short: ['BRI', 'Bayard Rehab'] },
  { full: 'Weston Heart Institute', short: ['WHI', 'Weston Heart'] },
  { full: 'Sandoval Medical Center', short: ['SMC', 'Sandoval Med'] },
  { full: 'Dunmore Osteopathic Hospital', short: ['DOH', 'Dunmore Osteo'] },
  { full: 'Independence Regional Hospital', short: ['IRH', 'Independence Regional', 'Indy Regional'] },
];

const URGENT_CARES: readonly Inst[] = [
  { full: 'Brackett Urgent Care', short: ['Brackett UC'] },
  { full: 'QuickMed Urgent Care of Dunmore', short: ['QuickMed', 'QuickMed Dunmore'] },
  { full: 'Otter Bend Family Clinic', short: ['OBFC', 'Otter Bend Clinic'] },
  { full: 'Half Moon Free Clinic', short: ['Half Moon Clinic'] },
  { full: 'ExpressCare Westbrook', short: ['ExpressCare', 'ECW'] },
  { full: 'Liberty Walk-In Clinic', short: ['Liberty Walk-In'] },
  { full: 'Pike Valley Urgent Care - Ironton', short: ['PVUC Ironton', 'PV Urgent Care'] },
  { full: 'Red Bank Convenient Care', short: ['Red Bank CC'] },
];

const EMS_AGENCIES: readonly string[] = [
  'Tri-County Ambulance', 'Marrow Creek Fire Rescue', 'Alder Falls EMS', 'Harlan County EMS',
  'Pike Valley Ambulance District', 'Westbrook Fire Department', 'Kettle Rock Tribal EMS', 'Blue Heron Ambulance',
  'Sparrow Volunteer Rescue Squad', 'Cardinal Air Medical', 'Fenwick Township Fire', 'Dover Flats Rescue',
  'Lone Oak First Responders', 'Sandoval County Fire & EMS',
];

const POLICE: readonly string[] = [
  'Westbrook Police Department', 'Westbrook PD', "Marrow County Sheriff's Office", 'MCSO', 'Alder Falls PD',
  "Harlan County Sheriff's Dept", 'Fenwick Police', 'Tamarack Township Police', 'Kettle Rock Tribal Police',
  'Dunmore PD', 'Sandoval County Sheriff', 'Ironton Police Department', 'Crossville PD',
];

const POISON_CENTERS: readonly string[] = [
  'Heartland Regional Poison Center', 'Tri-River Poison & Drug Information Center', 'Tri-River Poison Center',
  'Great Plains Poison Line', 'Cobalt Range Poison Control',
];

const PHARMACIES: readonly string[] = [
  'Hollis Family Pharmacy', 'Cornerstone Drug', 'MedWay Pharmacy', 'Dunmore Apothecary', 'Pike Valley Pharmacy',
  'Sandoval Discount Drug', 'Lakeside Rx', 'Welcome Drug & Gift', 'Union Square Pharmacy',
];

const EMPLOYERS: readonly string[] = [
  'Brandt Poultry', 'Kessler Freight Lines', 'Northgate Distribution', 'Ridgeline Roofing', 'Cobalt Mining Co',
  'Half Moon Casino', 'Tamarack Lumber', 'Pike Valley Feed & Seed', 'Greenleaf Landscaping', 'Dollar Depot',
  'Harlan Precast Concrete', 'Fenwick Auto Body', 'Otter Bend Marina', 'Sunbelt Poultry Processing',
  'Crossville Walmart Distribution', 'Dover Flats Grain Co-op', 'Quarry Ridge Stone Works', 'Liberty Steel Fab',
];

const SCHOOLS: readonly string[] = [
  'Alder Falls High School', 'Cedar Knoll Elementary', 'Marrow Creek Middle School', 'St. Bartholomew Academy',
  'Pike Valley Community College', 'Harlan Tech', 'Eden Consolidated Schools', 'Meadowlark Montessori',
];

const SNFS: readonly string[] = [
  'Willow Bend Care Center', 'The Laurels at Fenwick', 'Golden Years Manor', 'Briarwood Assisted Living',
  'Heritage House of Dunmore', 'Sunrise Ridge Nursing & Rehab', 'Harmony Hills Senior Living',
];

const SHELTERS: readonly string[] = [
  'Harbor Light Shelter', "St. Vincent's Men's Shelter", 'Safe Haven House', 'Open Door Mission',
  'Hope Street Family Shelter',
];

const CHURCHES: readonly string[] = [
  'Grace Tabernacle', 'First Baptist Church of Liberty', 'Our Lady of Guadalupe Parish', 'St. Sava Orthodox Church',
  'Masjid al-Noor', 'Kettle Rock Pentecostal', 'New Hope AME',
];

const INSURERS: readonly string[] = [
  'Keystone Mutual Health', 'BluePeak Health Plan', 'Cardinal Care HMO', 'Prairie Shield Insurance',
  'Summit Workers Comp Trust', 'Apex Auto Insurance', 'Heartland Community Health Plan',
];

const HOME_HEALTH: readonly string[] = ['Pike Valley Home Care', 'Cardinal Home Health', 'Blue Sky Home Health', 'Tamarack Visiting Nurses'];
const JAILS: readonly string[] = ['Marrow County Detention Center', 'Harlan County Jail', 'Sandoval County Jail', 'Westbrook City Lockup'];

const LABS: readonly string[] = [
  'Crestline Reference Laboratory', 'Tri-River Forensic Lab', 'Harlan County Crime Lab', 'State Toxicology Lab',
];

const STREET_NAMES: readonly string[] = [
  'Quarry', 'Old Mill', 'Pawnee', 'Elm', 'Sycamore', 'Cherokee', 'Depot', 'Tanyard', 'Lick Creek', 'Hollow Bend',
  'Ferry', 'Church', 'Railroad', 'Cemetery', 'Persimmon', 'Mockingbird', 'Veterans', 'Martin Luther King Jr',
  'Avenida Central', 'Kalihi', 'Sawmill', 'Pecan', 'Orchard', 'Bluebird', 'Wabash', 'Hickory Ridge', 'Turkey Run',
];
const STREET_SUFFIX: readonly string[] = ['Rd', 'St', 'Ave', 'Ln', 'Dr', 'Blvd', 'Trl', 'Ct', 'Pike', 'Hwy', 'Road', 'Street'];

const STATES: readonly string[] = [
  'Ohio', 'Kentucky', 'Tennessee', 'Missouri', 'Arkansas', 'Oklahoma', 'Kansas', 'Iowa', 'Indiana', 'Illinois',
  'West Virginia', 'New Mexico', 'Arizona', 'Texas', 'Hawaii', 'Minnesota', 'Montana', 'Georgia', 'Alabama',
  'OH', 'KY', 'TN', 'MO', 'AR', 'OK', 'KS', 'IA', 'IN', 'IL', 'WV', 'NM', 'AZ', 'TX', 'HI', 'MN', 'MT', 'GA', 'AL',
];
const HOME_STATES: readonly string[] = ['OH', 'KY', 'TN', 'MO', 'AR', 'OK', 'KS', 'IA', 'IN', 'WV', 'NM'];
const COUNTRIES: readonly string[] = [
  'Mexico', 'Guatemala', 'Honduras', 'Nigeria', 'Ghana', 'Vietnam', 'Poland', 'Philippines', 'Somalia', 'Ukraine',
  'Haiti', 'India', 'Bangladesh', 'Tonga', 'Samoa', 'Syria', 'El Salvador', 'Norway',
];

const EMAIL_DOMAINS: readonly string[] = [
  'odilehealth.org', 'mcch-ed.org', 'gmail.com', 'yahoo.com', 'mailbox.net', 'tririverpoison.org', 'pvhealth.org',
  'harlancountyems.org', 'outlook.com', 'westbrookpd.gov',
];

export const INVENTORY_SIZES: Record<string, number> = {
  firstNames: FIRST_NAMES.length,
  surnames: SURNAMES.length,
  nicknames: NICKNAMES.length,
  towns: TOWNS.length,
  hospitals: HOSPITALS.length,
  urgentCares: URGENT_CARES.length,
  emsAgencies: EMS_AGENCIES.length,
  police: POLICE.length,
  poisonCenters: POISON_CENTERS.length,
  pharmacies: PHARMACIES.length,
  employers: EMPLOYERS.length,
  schools: SCHOOLS.length,
  nursingHomes: SNFS.length,
  shelters: SHELTERS.length,
  churches: CHURCHES.length,
  insurers: INSURERS.length,
  labs: LABS.length,
  homeHealth: HOME_HEALTH.length,
  jails: JAILS.length,
  streetNames: STREET_NAMES.length,
  states: STATES.length,
  countries: COUNTRIES.length,
};

// ---------------------------------------------------------------------------------------------
// Random helpers
// ---------------------------------------------------------------------------------------------

function mix(...ns: number[]): number {
  let h = 0x9e3779b9;
  for (const n of ns) {
    h = Math.imul(h ^ (n >>> 0), 0x85ebca6b);
    h ^= h >>> 13;
    h = Math.imul(h, 0xc2b2ae35);
    h ^= h >>> 16;
  }
  return h >>> 0;
}

class R {
  private readonly f: () => number;
  constructor(seed: number) {
    this.f = mulberry32(seed);
  }
  n(): number {
    return this.f();
  }
  i(a: number, b: number): number {
    return a + Math.floor(this.f() * (b - a + 1));
  }
  p<T>(a: readonly T[]): T {
    return a[Math.floor(this.f() * a.length)] as T;
  }
  c(prob: number): boolean {
    return this.f() < prob;
  }
  digits(k: number): string {
    let s = '';
    for (let j = 0; j < k; j++) s += String(Math.floor(this.f() * 10));
    return s;
  }
  letters(k: number): string {
    const A = 'ABCDEFGHJKLMNPRSTUVWXYZ';
    let s = '';
    for (let j = 0; j < k; j++) s += A[Math.floor(this.f() * A.length)];
    return s;
  }
}

const pad2 = (n: number): string => (n < 10 ? `0${n}` : String(n));

// ---------------------------------------------------------------------------------------------
// People, dates, numbers
// ---------------------------------------------------------------------------------------------

interface Person {
  first: string;
  last: string;
  mi: string;
  nick: string | null;
}

function person(r: R): Person {
  return { first: r.p(FIRST_NAMES), last: r.p(SURNAMES), mi: r.letters(1), nick: r.c(0.12) ? r.p(NICKNAMES) : null };
}

function misspell(r: R, s: string): string {
  if (s.length < 4 || !r.c(0.05)) return s;
  const k = r.i(1, s.length - 2);
  const a = s[k] ?? '';
  const b = s[k + 1] ?? '';
  if (!/[a-z]/.test(a) || !/[a-z]/.test(b)) return s;
  const mode = r.i(0, 2);
  if (mode === 0) return s.slice(0, k) + b + a + s.slice(k + 2);
  if (mode === 1) return s.slice(0, k) + s.slice(k + 1);
  return s.slice(0, k) + a + s.slice(k);
}

const cap = (s: string): string => s.toUpperCase();

/** One name as one span, in one of many formats. */
function nameStr(r: R, p: Person, fmt?: string): string {
  const f = fmt ?? r.p(['FL', 'FL', 'FL', 'LF', 'LFM', 'U', 'IL', 'F', 'L', 'FML', 'fl', 'FnL', 'UL', 'Li']);
  const last = misspell(r, p.last);
  const first = misspell(r, p.first);
  switch (f) {
    case 'FL':
      return `${first} ${last}`;
    case 'LF':
      return `${last}, ${first}`;
    case 'LFM':
      return `${cap(last)}, ${first} ${p.mi}.`;
    case 'U':
      return `${cap(last)}, ${cap(first)}`;
    case 'IL':
      return `${first[0] ?? 'X'}. ${last}`;
    case 'F':
      return first;
    case 'L':
      return last;
    case 'FML':
      return `${first} ${p.mi}. ${last}`;
    case 'fl':
      return `${first} ${last}`.toLowerCase();
    case 'UL':
      return `${cap(last)} ${cap(first)}`;
    case 'Li':
      return `${last} ${first[0] ?? 'X'}`;
    case 'FnL':
      return p.nick ? `${first} "${p.nick}" ${last}` : `${first} ${last}`;
    default:
      return `${first} ${last}`;
  }
}
const nm = (r: R, p: Person, fmt?: string): Lab => L('NAME', nameStr(r, p, fmt));

function initials(p: Person, lower: boolean): string {
  const s = `${p.first[0] ?? 'X'}${(p.last.replace(/^(van der |de la |ten |Da |De |Del |Le |Van |St\. )/, '')[0] ?? 'X').toUpperCase()}`;
  return lower ? s.toLowerCase() : s;
}

function clinician(r: R, p: Person, kind: 'md' | 'rn' | 'medic' | 'off' | 'spec' | 'plain'): Part[] {
  switch (kind) {
    case 'md':
      return r.p<() => Part[]>([
        () => ['Dr. ', nm(r, p, 'L')],
        () => ['Dr. ', nm(r, p, 'FL')],
        () => [nm(r, p, 'LF'), ', MD'],
        () => [nm(r, p, 'IL'), ', PA-C'],
        () => [nm(r, p, 'FL'), ', DO'],
        () => [nm(r, p, 'L'), ' MD'],
        () => [nm(r, p, 'FML'), ', NP'],
        () => ['Dr ', nm(r, p, 'L')],
        () => ['Dr.', nm(r, p, 'L')],
        () => ['dr ', L('NAME', p.last.toLowerCase())],
        () => [nm(r, p, 'LFM'), ' MD'],
      ])();
    case 'rn':
      return r.p<() => Part[]>([
        () => [nm(r, p, 'FL'), ', RN'],
        () => [nm(r, p, 'F'), ' RN'],
        () => ['RN ', nm(r, p, 'L')],
        () => [nm(r, p, 'IL'), ' (RN)'],
        () => [nm(r, p, 'F'), ' (charge RN)'],
        () => [nm(r, p, 'FL'), ', BSN, RN'],
      ])();
    case 'medic':
      return r.p<() => Part[]>([
        () => ['Paramedic ', nm(r, p, 'FL')],
        () => [nm(r, p, 'IL'), ', NRP'],
        () => ['EMT ', nm(r, p, 'L')],
        () => [nm(r, p, 'L'), ' (medic)'],
        () => [nm(r, p, 'FL'), ' EMT-P'],
      ])();
    case 'off':
      return r.p<() => Part[]>([
        () => ['Officer ', nm(r, p, 'L')],
        () => ['Ofc. ', nm(r, p, 'FL')],
        () => ['Deputy ', nm(r, p, 'L')],
        () => ['Sgt. ', nm(r, p, 'IL')],
        () => ['Trooper ', nm(r, p, 'L')],
        () => ['Det. ', nm(r, p, 'FL')],
      ])();
    case 'spec':
      return r.p<() => Part[]>([
        () => [nm(r, p, 'FL'), ', RN, CSPI'],
        () => [nm(r, p, 'F'), ' (SPI)'],
        () => ['SPI ', nm(r, p, 'IL')],
        () => [nm(r, p, 'FL'), ', PharmD'],
      ])();
    default:
      return [nm(r, p)];
  }
}

interface Dt {
  y: number;
  m: number;
  d: number;
}
const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const MONTH = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
function ord(d: number): string {
  if (d % 10 === 1 && d !== 11) return `${d}st`;
  if (d % 10 === 2 && d !== 12) return `${d}nd`;
  if (d % 10 === 3 && d !== 13) return `${d}rd`;
  return `${d}th`;
}
function addDays(dt: Dt, k: number): Dt {
  const x = new Date(Date.UTC(dt.y, dt.m - 1, dt.d + k));
  return { y: x.getUTCFullYear(), m: x.getUTCMonth() + 1, d: x.getUTCDate() };
}
function fmtDate(r: R, dt: Dt, kind?: string): string {
  const k = kind ?? r.p(['md', 'md-', 'Mon', 'Month', 'dMonY', 'iso', 'mdyy', 'mdyyyy', 'mil', 'MonthY', 'dMonYs', 'mdyyyy']);
  const mo = MON[dt.m - 1] ?? 'Jan';
  const month = MONTH[dt.m - 1] ?? 'January';
  const yy = pad2(dt.y % 100);
  switch (k) {
    case 'md':
      return `${dt.m}/${dt.d}`;
    case 'md-':
      return `${dt.m}-${dt.d}`;
    case 'Mon':
      return `${mo} ${dt.d}`;
    case 'Month':
      return `${month} ${ord(dt.d)}`;
    case 'dMonY':
      return `${pad2(dt.d)}-${mo}-${dt.y}`;
    case 'iso':
      return `${dt.y}-${pad2(dt.m)}-${pad2(dt.d)}`;
    case 'mdyy':
      return `${dt.m}/${dt.d}/${yy}`;
    case 'mil':
      return `${pad2(dt.d)}${cap(mo)}${yy}`;
    case 'MonthY':
      return `${month} ${dt.d}, ${dt.y}`;
    case 'dMonYs':
      return `${dt.d} ${mo} ${dt.y}`;
    default:
      return `${pad2(dt.m)}/${pad2(dt.d)}/${dt.y}`;
  }
}

function phoneStr(r: R, kind?: string): string {
  const area = r.p(['555', '417', '606', '573', '918', '505', '319', '304', '270', '808']);
  const ex = `${r.i(2, 9)}${r.digits(2)}`;
  const ln = r.digits(4);
  const k = kind ?? r.p(['paren', 'dash', 'dash', 'dot', 'seven', 'one']);
  switch (k) {
    case 'paren':
      return `(${area}) ${ex}-${ln}`;
    case 'dot':
      return `${area}.${ex}.${ln}`;
    case 'seven':
      return `${ex}-${ln}`;
    case 'one':
      return `1-${area}-${ex}-${ln}`;
    default:
      return `${area}-${ex}-${ln}`;
  }
}

// ---------------------------------------------------------------------------------------------
// Scenarios (clinical content, unlabelled)
// ---------------------------------------------------------------------------------------------

interface Scen {
  cc: string;
  hpi: string;
  field: string;
  dx: string;
  exam: string;
  plan: string;
  tox: boolean;
}
const SCENARIOS: readonly Scen[] = [
  { cc: 'chest pain', hpi: 'substernal chest pressure radiating to the L arm since about 0400, diaphoretic, 7/10', field: 'ASA 324 mg chewed, NTG 0.4 SL x2 with relief to 3/10', dx: 'NSTEMI vs unstable angina', exam: 'Levine sign present, lungs clear, no JVD, 2+ radial pulses', plan: 'heparin gtt, serial troponin, cards consult', tox: false },
  { cc: 'fall, head strike', hpi: 'mechanical fall at home, tripped on rug, struck occiput, takes Eliquis, no LOC per family', field: 'c-collar, KED not needed, BGL 132', dx: 'scalp hematoma, CT head negative', exam: 'no Battle sign, no raccoon eyes, 5/5 strength x4, GCS 15', plan: 'CT head/C-spine, Canadian C-spine rule applied', tox: false },
  { cc: 'MVC', hpi: 'restrained driver, MVC ~45 mph, front-end impact, airbag deployed, self-extricated', field: 'c-collar, 18g L AC, 500 mL NS', dx: 'sternal contusion, R clavicle fracture', exam: 'seat belt sign across chest, R clavicle TTP, FAST negative', plan: 'CT chest/abd/pelvis, sling, ortho f/u', tox: false },
  { cc: 'found down / possible OD', hpi: 'found unresponsive in bathroom, pinpoint pupils, RR 6, paraphernalia at scene', field: 'Narcan 4 mg IN then 2 mg IV with response, BVM briefly', dx: 'opioid overdose', exam: 'pupils 2 mm, track marks bilat AC, GCS 13 after naloxone', plan: 'observe 4 hrs, Narcan kit, peer recovery consult', tox: true },
  { cc: 'abdominal pain', hpi: 'periumbilical pain migrating to RLQ since yesterday, anorexia, one episode emesis', field: 'position of comfort, Zofran 4 mg ODT', dx: 'acute appendicitis', exam: 'McBurney point tenderness, Rovsing positive, psoas sign positive', plan: 'CT A/P with contrast, surgery consult, NPO, Zosyn', tox: false },
  { cc: 'SOB / wheezing', hpi: 'asthma hx, wheezing x2 days, ran out of Symbicort, using albuterol q1h', field: 'DuoNeb x2, Solu-Medrol 125 mg IV', dx: 'asthma exacerbation, moderate', exam: 'diffuse expiratory wheeze, speaking in phrases, accessory muscle use', plan: 'DuoNeb x3, Decadron 10 mg, mag 2 g IV', tox: false },
  { cc: 'syncope', hpi: 'syncopal episode while standing at church, brief LOC < 1 min, no prodrome', field: '12-lead sinus brady 52, BGL 98', dx: 'syncope, likely vasovagal', exam: 'orthostatics positive, no murmur, neuro nonfocal', plan: 'EKG, orthostatics, San Francisco syncope rule', tox: false },
  { cc: 'hand laceration', hpi: 'cut L palm on box cutter at work, bleeding controlled with pressure', field: 'pressure dressing', dx: 'simple laceration L palm, 3 cm', exam: 'FDS/FDP intact, cap refill < 2 s, 2-point discrimination intact', plan: 'lido 1% plain, 4-0 nylon x5, Tdap updated', tox: false },
  { cc: 'ETOH intoxication', hpi: 'brought in by police after found intoxicated, slurred speech, ataxic', field: 'BGL 88, no trauma noted', dx: 'acute alcohol intoxication', exam: 'nystagmus, odor of ETOH, no signs of trauma', plan: 'serial exams, BAC per police request, CIWA', tox: true },
  { cc: 'stroke alert', hpi: 'L facial droop and R arm drift, LKW 0415, wife noted slurred speech', field: 'Cincinnati stroke scale positive, BGL 141, stroke alert called', dx: 'acute ischemic stroke, L MCA', exam: 'NIHSS 9, R pronator drift, expressive aphasia', plan: 'CT/CTA head and neck, TNK per neurology', tox: false },
  { cc: 'sepsis / fever', hpi: 'fever 39.4, confusion, dysuria x3 days, resident of assisted living', field: 'BGL 204, 500 mL NS bolus', dx: 'urosepsis', exam: 'dry mucous membranes, suprapubic tenderness, Foley in place, cloudy urine', plan: '30 mL/kg LR, cultures x2, Rocephin 2 g, lactate', tox: false },
  { cc: 'ankle injury', hpi: 'inversion injury playing basketball, unable to bear weight x4 steps', field: 'ice, SAM splint', dx: 'R lateral malleolus fracture, Weber A', exam: 'Ottawa ankle rules positive, TTP lateral malleolus, DP 2+', plan: 'XR ankle, posterior splint, crutches, ortho f/u', tox: false },
  { cc: 'flank pain', hpi: 'sudden L flank pain radiating to groin, hematuria, prior kidney stone', field: 'fentanyl 50 mcg IV', dx: 'L ureterolithiasis, 5 mm stone at UVJ', exam: 'CVA tenderness L, writhing, abdomen soft', plan: 'Toradol, Flomax, stone protocol CT, strainer', tox: false },
  { cc: 'suicidal ideation', hpi: 'SI with plan to overdose, took extra sertraline per roommate, voluntary', field: 'scene secured by PD prior to contact', dx: 'major depressive disorder with SI', exam: 'flat affect, poor eye contact, no acute trauma', plan: 'sitter 1:1, psych eval, emergency hold, medically cleared', tox: true },
  { cc: 'allergic reaction', hpi: 'hives and lip swelling after eating cookie with peanuts, used own EpiPen', field: 'epi 0.3 mg IM, Benadryl 50 mg IV', dx: 'anaphylaxis, resolved', exam: 'urticaria trunk, no stridor, mild lip angioedema', plan: 'observe 4-6 hrs, Pepcid, Solu-Medrol, EpiPen x2 Rx', tox: false },
  { cc: 'rectal bleeding', hpi: 'frank blood per rectum x3 episodes today, lightheaded, on Plavix', field: '2 large bore IVs, 1 L NS', dx: 'lower GI bleed', exam: 'maroon stool on rectal exam, tachycardic 118', plan: 'type and cross 2 units, GI consult, Protonix', tox: false },
  { cc: 'seizure', hpi: 'generalized tonic-clonic seizure ~2 min witnessed, hx epilepsy, missed Keppra x2 days', field: 'Versed 5 mg IM, BGL 110', dx: 'breakthrough seizure, subtherapeutic', exam: 'postictal, tongue laceration L lateral, moving all 4', plan: 'Keppra 1500 mg IV load, neuro f/u', tox: false },
  { cc: 'shortness of breath', hpi: 'progressive DOE, orthopnea, 3 pillow, weight up 8 lb, CHF hx', field: 'CPAP 10, NTG 0.4 SL x3', dx: 'acute decompensated heart failure', exam: 'bibasilar crackles, JVD, 2+ pitting edema bilat', plan: 'BiPAP, Lasix 80 mg IV, BNP, tele', tox: false },
  { cc: 'assault', hpi: 'assaulted with fists outside bar, struck face multiple times, +LOC briefly', field: 'c-collar, bleeding controlled', dx: 'nasal bone fracture, facial contusions', exam: 'septal hematoma absent, periorbital ecchymosis L, malocclusion none', plan: 'CT face/head, ENT f/u in 5-7 days', tox: false },
  { cc: 'ingestion', hpi: 'found next to open pill bottle, possible ingestion of a family member\'s metoprolol', field: 'BGL 92, monitored', dx: 'possible beta-blocker ingestion, asymptomatic', exam: 'alert, interactive, HR 104, no bradycardia', plan: 'observe 6 hrs on monitor per poison center', tox: true },
];

const PEDS_OK = new Set(['MVC', 'abdominal pain', 'SOB / wheezing', 'hand laceration', 'seizure', 'ankle injury', 'allergic reaction', 'ingestion', 'fall, head strike']);

// Look-alike sentences: eponyms, brands, devices, word-names used as words, clinical numbers (all unlabelled).
const LOOKALIKES: readonly string[] = [
  'Foley placed, draining clear yellow urine.',
  'Babinski downgoing bilaterally.',
  'Glasgow Coma Scale 15 on reassessment.',
  'GCS 14 (E4V4M6) on arrival, improved to 15.',
  'No Battle sign, no hemotympanum.',
  'Murphy sign negative, no CVA tenderness.',
  'Kernig and Brudzinski negative.',
  'Homans sign negative, Wells score 0, PERC negative.',
  'NEXUS criteria met, collar cleared clinically.',
  'Hx of Crohn disease, last flare 6 mo ago, on Humira.',
  'Remote Hodgkin lymphoma s/p chemo, in remission.',
  'Parkinson disease, on Sinemet 25/100 TID.',
  'Not consistent with Bell palsy; forehead involved.',
  'Mallory-Weiss tear considered given retching.',
  'Will follow up with PCP in 2-3 days.',
  'Hope to discharge once ambulating without assistance.',
  'Frank blood noted in the toilet per pt.',
  'Pt worried about the bill; financial counselor paged.',
  'Rose from stretcher without assistance, gait steady.',
  'Long bone exam without deformity.',
  'Brown stool, guaiac negative.',
  'King airway placed in the field, exchanged for 7.5 ETT.',
  'Young-appearing, in no acute distress.',
  'Stone protocol CT ordered.',
  'Pt states he walked up the hill to the bus stop and got winded.',
  'Price of inhaler is a barrier; GoodRx coupon provided.',
  'Call bell within reach, bed low and locked.',
  'Page cardiology fellow if troponin rises.',
  'Grace period on insurance ends this month per pt.',
  'Mason jar of clear liquid found at scene.',
  'Wound care reviewed; will return for suture removal in 10 days.',
  'Lifepak 15 applied, sinus tach 112 on the monitor.',
  'Zoll pads placed prophylactically.',
  'Pyxis override for Narcan documented.',
  'Bair Hugger applied for temp 35.6.',
  'Sager splint applied R femur.',
  'Broselow tape: green zone.',
  'Strength 4/5 RUE, 5/5 elsewhere.',
  'Pain 10/10 on arrival, 4/10 after fentanyl.',
  'BP 162/94, recheck 148/88.',
  'Tylenol 1 g PO and Motrin 600 mg PO given.',
  'Toradol 15 mg IV, Zofran 4 mg IV.',
  'Ativan 1 mg IV x1 for agitation; Haldol held.',
  'Epic downtime 0200-0230, paper charting used.',
  'Vocera call placed to pharmacy.',
  'Alaris pump programmed, heparin 18 units/kg/hr.',
  'Glidescope available at bedside.',
  'Level 1 infuser primed, MTP ratio 1:1:1.',
  'Apgar not applicable; adult patient.',
  'Salter-Harris II considered, XR without physeal injury.',
  'Boxer fracture pattern not seen on film.',
  'Trendelenburg not indicated.',
  'Kussmaul respirations absent.',
  'Beck triad absent, no muffled heart sounds.',
  'HEART score 3, low risk.',
  'Canadian CT head rule negative.',
  '2/6 systolic murmur, known per pt.',
  'Cap refill < 2 sec, radial 2+ bilat.',
  'Short of breath with exertion, sharp pain with inspiration.',
  'Rash c/w poison ivy on forearms.',
  'Stepped on a rusty nail, Tdap given.',
  'Admits to crystal meth use last night.',
  'Amber urine, tolerating ginger ale.',
  'Iris and pupil intact, no hyphema.',
  'Deer hunter, fell from tree stand at dawn.',
  'Lost in the woods overnight, found near the creek banks.',
  'Chest pain began while shoveling snow.',
  'Crush injury to little finger, nail bed intact.',
  'Best friend drove pt in, will stay.',
  'Grant-funded peer recovery coach notified.',
  'Pt says a few glasses of brandy tonight.',
  'Summer camp counselor called EMS.',
  'Wise to observe given age, will admit to obs.',
  'Fox bite reported to animal control; rabies series started.',
  'Patient notes joy at being discharged.',
  'Fair amount of frank hematuria clearing with irrigation.',
  'No acute distress, pleasant, faith-based support requested (chaplain).',
  'Normal saline 1 L bolus, repeat lactate normal.',
  'Low energy and poor appetite x1 week per family.',
  'Story consistent with injury pattern.',
  'Center of wound probed, no foreign body.',
  'Hazard: sharps found in pocket during belongings search.',
  'Union of fracture not assessable on plain film.',
  'Early satiety, no weight loss.',
  'Chloride 98, bicarb 24, anion gap 12.',
  'Justice-involved; officer remains at bedside per protocol.',
];

// Onset phrases: weekdays and holidays are not labelled.
const ONSETS: readonly string[] = [
  'since Tuesday', 'since Christmas Eve', 'over Labor Day weekend', 'since last night', 'on Saturday',
  'since Thanksgiving', 'Sunday morning', 'since New Year\'s Day', 'Friday evening', 'x3 days', 'since Monday',
  'on the Fourth of July', 'since Easter', 'this morning', 'Wednesday night', 'since Memorial Day',
];

const TRAUMA_INJ: readonly string[] = [
  'L femur fx, open', 'R pneumothorax, chest tube placed', 'grade II splenic lac', 'pelvic ring fx (APC II)',
  'L radius/ulna fx', 'scalp lac 6 cm, repaired', 'T12 compression fx', 'R rib fx 4-7, flail segment',
  'liver lac grade III', 'degloving injury L forearm', 'SDH 4 mm, no shift', 'facial fx (Le Fort II)',
];

// Trauma mechanisms for activations.
const TRAUMA_MECH: readonly string[] = [
  'MVC rollover, unrestrained, ejected', 'MCC vs car, helmeted, ~40 mph', 'fall from ladder ~12 ft', 'GSW L thigh',
  'stab wound RUQ', 'pedestrian struck by pickup', 'ATV rollover, pinned', 'fall from hay loft', 'assault with bat',
  'dog mauling, face and arms', 'tractor rollover', 'fall down 14 stairs on Eliquis',
];

const PMH_ITEMS: readonly string[] = [
  'HTN', 'DM2', 'HLD', 'COPD', 'CHF (EF 35%)', 'afib on Eliquis', 'CKD 3', 'asthma', 'depression', 'anxiety',
  'seizure d/o', 'GERD', 'hypothyroid', 'OSA on CPAP', 'opioid use d/o', 'ETOH use d/o', 'BPH', 'PVD',
];
const PMH_YEAR_ITEMS: readonly string[] = ['CABG', 'appy', 'chole', 'L TKA', 'stroke', 'MI', 'PE', 'R hip ORIF', 'hysterectomy', 'DVT'];
const LANGUAGES: readonly string[] = ['Spanish', 'Vietnamese', 'Arabic', 'Somali', 'Ukrainian', 'Haitian Creole', 'Tongan', 'Polish', 'Navajo', 'Bengali', 'K\'iche\''];

// ---------------------------------------------------------------------------------------------
// Patient and note context
// ---------------------------------------------------------------------------------------------

interface Patient {
  p: Person;
  sex: 'M' | 'F';
  dob: Dt;
  base: Dt;
  town: string;
  state: string;
  street: string;
  zip: string;
  mrn: string;
  kin: Person;
  rel: string;
  hosp: Inst;
  pcp: Person;
  clinic: Inst;
  employer: string;
  phone: string;
  scen: Scen;
  ins: string;
  member: string;
  email: string;
}

function makePatient(r: R): Patient {
  const p = person(r);
  const sex: 'M' | 'F' = r.c(0.5) ? 'M' : 'F';
  const base: Dt = { y: r.i(2019, 2026), m: r.i(1, 12), d: r.i(1, 28) };
  const roll = r.n();
  const age = roll < 0.1 ? r.i(90, 104) : roll < 0.2 ? r.i(1, 17) : r.i(18, 89);
  const dob: Dt = { y: base.y - age - (r.c(0.5) ? 1 : 0), m: r.i(1, 12), d: r.i(1, 28) };
  const unit = r.c(0.3) ? ` ${r.p(['Apt', 'Apt.', 'Unit', 'Lot', '#'])} ${r.i(1, 40)}${r.c(0.4) ? r.letters(1) : ''}` : '';
  const street = r.c(0.1)
    ? `${r.p(['Rural Route', 'RR', 'County Road', 'CR'])} ${r.i(1, 40)}${r.c(0.5) ? ` Box ${r.i(2, 400)}` : ''}`
    : `${r.i(3, 9899)} ${r.c(0.25) ? r.p(['N', 'S', 'E', 'W', 'Old', 'North']) + ' ' : ''}${r.p(STREET_NAMES)} ${r.p(STREET_SUFFIX)}${unit}`;
  const kin = person(r);
  if (r.c(0.6)) kin.last = p.last;
  const clean = (s: string): string => s.toLowerCase().replace(/[^a-z]/g, '');
  return {
    p,
    sex,
    dob,
    base,
    town: r.p(TOWNS),
    state: r.p(HOME_STATES),
    street,
    zip: `${r.i(3, 8)}${r.digits(4)}`,
    mrn: r.p([`${r.digits(8)}`, `E${r.digits(7)}`, `${r.digits(3)}-${r.digits(2)}-${r.digits(2)}`, `MR${r.digits(6)}`]),
    kin,
    rel: r.p(['daughter', 'son', 'wife', 'husband', 'mother', 'father', 'sister', 'brother', 'grandson', 'niece', 'partner', 'roommate', 'neighbor']),
    hosp: r.p(HOSPITALS),
    pcp: person(r),
    clinic: r.c(0.5) ? r.p(URGENT_CARES) : r.p(HOSPITALS),
    employer: r.p(EMPLOYERS),
    phone: phoneStr(r),
    scen: age < 16 ? r.p(SCENARIOS.filter((x) => PEDS_OK.has(x.cc))) : r.p(SCENARIOS),
    ins: r.p(INSURERS),
    member: `${r.letters(3)}${r.digits(9)}`,
    email: `${clean(p.first)}${r.p(['.', '_', '', ''])}${clean(p.last)}${r.c(0.5) ? r.digits(2) : ''}@${r.p(EMAIL_DOMAINS.slice(2))}`,
  };
}

type Gen = () => Part[];

class Ctx {
  readonly r: R;
  readonly pt: Patient;
  readonly date: Dt;
  readonly age: number;
  readonly v: Record<string, Gen>;
  readonly doc: Person;
  readonly rn: Person;
  readonly medic: Person;
  readonly off: Person;
  readonly hosp: Inst;

  constructor(r: R, pt: Patient, noteIdx: number) {
    this.r = r;
    this.pt = pt;
    this.date = addDays(pt.base, noteIdx === 0 ? 0 : r.i(0, 2) + noteIdx);
    const bd = this.date.m > pt.dob.m || (this.date.m === pt.dob.m && this.date.d >= pt.dob.d);
    this.age = this.date.y - pt.dob.y - (bd ? 0 : 1);
    this.doc = person(r);
    this.rn = person(r);
    this.medic = person(r);
    this.off = person(r);
    this.hosp = r.c(0.85) ? pt.hosp : r.p(HOSPITALS);
    const s = (t: string): Gen => () => [t];
    const one = (c: Cat, f: () => string): Gen => () => [L(c, f())];
    const pick = (c: Cat, a: readonly string[]): Gen => () => [L(c, r.p(a))];
    const P = pt.p;
    const he = pt.sex === 'M' ? 'he' : 'she';
    this.v = {
      // patient names
      pt: () => [nm(r, P)],
      ptFL: () => [nm(r, P, 'FL')],
      ptLF: () => [nm(r, P, r.p(['LF', 'LFM', 'U', 'UL', 'LF']))],
      ptU: () => [nm(r, P, 'U')],
      ptF: () => [nm(r, P, 'F')],
      ptL: () => [nm(r, P, 'L')],
      ptMr: () => [pt.sex === 'M' ? 'Mr. ' : r.p(['Ms. ', 'Mrs. ']), nm(r, P, 'L')],
      ptNick: () => [nm(r, P, 'FnL')],
      kin: () => [`${pt.rel} `, nm(r, pt.kin, r.p(['FL', 'F', 'FL', 'LF']))],
      kinName: () => [nm(r, pt.kin, r.p(['FL', 'F']))],
      rel: s(pt.rel),
      pcp: () => [...clinician(r, pt.pcp, 'md'), ' at ', ...this.instName(pt.clinic)],
      // people of the encounter
      doc: () => clinician(r, this.doc, 'md'),
      docL: () => ['Dr. ', nm(r, this.doc, 'L')],
      doc2: () => clinician(r, person(r), 'md'),
      rn: () => clinician(r, this.rn, 'rn'),
      rnF: () => [nm(r, this.rn, 'F')],
      rn2: () => clinician(r, person(r), 'rn'),
      medic: () => clinician(r, this.medic, 'medic'),
      medic2: () => clinician(r, person(r), 'medic'),
      off: () => clinician(r, this.off, 'off'),
      offL: () => [nm(r, this.off, 'L')],
      spec: () => clinician(r, person(r), 'spec'),
      anyone: () => [nm(r, person(r), r.p(['FL', 'F', 'L', 'LF', 'fl']))],
      interp: () => [nm(r, person(r), r.p(['FL', 'F'])), ` (${r.p(LANGUAGES)} interpreter`, ...(r.c(0.4) ? [', ID #', L('ID', r.digits(5))] : []), ')'],
      lang: () => [r.p(LANGUAGES)],
      sig: () => this.sig(),
      inits: () => {
        const a = this.doc;
        const b = person(r);
        return [L('NAME', initials(a, false)), '/', L('NAME', initials(b, r.c(0.6)))];
      },
      // ages and demographics
      age: () => this.ageParts(),
      ageN: () => this.ageNum(),
      sex: s(pt.sex),
      sexw: s(pt.sex === 'M' ? r.p(['male', 'man', 'M']) : r.p(['female', 'woman', 'F'])),
      he: s(he),
      He: s(he === 'he' ? 'He' : 'She'),
      his: s(pt.sex === 'M' ? 'his' : 'her'),
      // dates
      date: () => [L('DATE', fmtDate(r, this.date))],
      dateS: () => [L('DATE', fmtDate(r, this.date, r.p(['md', 'mdyy', 'mdyyyy', 'Mon'])))],
      dateMil: () => [L('DATE', fmtDate(r, this.date, r.p(['mil', 'mil', 'dMonY', 'mdyy'])))],
      dob: () => [L('DATE', fmtDate(r, pt.dob, r.p(['mdyyyy', 'mdyyyy', 'iso', 'dMonY', 'mdyy', 'MonthY'])))],
      datePrev: () => [L('DATE', fmtDate(r, addDays(this.date, -r.i(3, 400))))],
      dateNext: () => [L('DATE', fmtDate(r, addDays(this.date, r.i(2, 14)), r.p(['md', 'Mon', 'Month', 'mdyy', 'md-'])))],
      year: () => [L('DATE_YEAR', String(this.date.y - r.i(1, 40)))],
      pmh: () => this.pmh(),
      // ids
      mrn: () => [L('ID', pt.mrn)],
      fin: one('ID', () => r.digits(r.i(9, 12))),
      csn: one('ID', () => `${r.i(1, 9)}${r.digits(9)}`),
      member: () => [L('ID', pt.member)],
      npi: one('ID', () => `1${r.digits(9)}`),
      incident: one('ID', () => r.p([`${this.date.y}-${r.digits(5)}`, `${r.digits(2)}-${r.digits(6)}`, `R${r.digits(7)}`, `${r.letters(2)}${r.digits(6)}`])),
      pcase: one('ID', () => r.p([`PC-${this.date.y}-${r.digits(6)}`, `${r.digits(10)}`, `H${r.digits(8)}`])),
      case: one('ID', () => r.p([`${pad2(this.date.y % 100)}-${r.digits(6)}`, `${r.letters(2)}${pad2(this.date.y % 100)}-${r.digits(5)}`, `${r.digits(8)}`])),
      badge: one('ID', () => r.p([r.digits(4), r.digits(3), `${r.letters(1)}${r.digits(3)}`])),
      dl: one('ID', () => r.p([`${r.letters(1)}${r.digits(3)}-${r.digits(4)}-${r.digits(4)}`, r.digits(9), `${r.letters(2)}${r.digits(6)}`])),
      kit: one('ID', () => r.p([`BAK-${r.digits(5)}`, `${r.digits(7)}`, `K${r.digits(6)}`])),
      seal: one('ID', () => r.p([`S${r.digits(7)}`, r.digits(8), `${r.letters(2)}-${r.digits(6)}`])),
      acc: one('ID', () => r.p([`${pad2(this.date.y % 100)}-TX-${r.digits(5)}`, `ACC${r.digits(8)}`, `${r.letters(1)}${r.digits(9)}`])),
      order: one('ID', () => r.digits(8)),
      claim: one('ID', () => `${r.p(['WC', 'CLM', 'AU'])}-${this.date.y}-${r.digits(5)}`),
      cert: one('ID', () => r.p([`P-${r.digits(5)}`, `EMT${r.digits(6)}`, r.digits(6)])),
      // places
      hosp: () => this.instName(this.hosp),
      hospFull: () => [L('LOCATION', this.hosp.full)],
      hosp2: () => this.instName(r.p(HOSPITALS)),
      uc: () => this.instName(r.p(URGENT_CARES)),
      ems: pick('LOCATION', EMS_AGENCIES),
      pd: pick('LOCATION', POLICE),
      pcc: pick('LOCATION', POISON_CENTERS),
      pharm: pick('LOCATION', PHARMACIES),
      employer: () => [L('LOCATION', pt.employer)],
      school: pick('LOCATION', SCHOOLS),
      snf: pick('LOCATION', SNFS),
      shelter: pick('LOCATION', SHELTERS),
      church: pick('LOCATION', CHURCHES),
      ins: () => [L('LOCATION', pt.ins)],
      lab: pick('LOCATION', LABS),
      hha: pick('LOCATION', HOME_HEALTH),
      jail: pick('LOCATION', JAILS),
      town: () => [L('LOCATION', this.townStr(pt.town))],
      town2: () => [L('LOCATION', this.townStr(r.p(TOWNS)))],
      state: () => [L('STATE', pt.state)],
      stateAny: pick('STATE', STATES),
      country: pick('STATE', COUNTRIES),
      street: () => [L('LOCATION', pt.street)],
      zip: () => [L('LOCATION', pt.zip)],
      addr: () => this.addr(),
      // contact
      phone: () => [L('PHONE', r.c(0.5) ? pt.phone : phoneStr(r))],
      phone7: one('PHONE', () => phoneStr(r, 'seven')),
      hphone: one('PHONE', () => phoneStr(r)),
      haddr: () => [
        L('LOCATION', `${r.i(10, 4999)} ${r.p(STREET_NAMES)} ${r.p(STREET_SUFFIX)}`),
        r.p([', ', ' - ', ', ']),
        L('LOCATION', r.p(TOWNS)),
        ', ',
        L('STATE', r.p(STATES)),
        ' ',
        L('LOCATION', `${r.i(3, 8)}${r.digits(4)}`),
      ],
      ext: () => (r.c(0.5) ? ['x', L('PHONE', r.digits(4))] : ['ext. ', L('PHONE', r.digits(4))]),
      pager: () => r.p<Gen>([() => ['pgr ', L('PHONE', r.digits(4))], () => ['pager ', L('PHONE', phoneStr(r, 'dash'))], () => ['Vocera/pager ', L('PHONE', r.digits(5))]])(),
      fax: () => ['fax ', L('PHONE', phoneStr(r, r.p(['paren', 'dash'])))],
      email: () => [L('EMAIL', pt.email)],
      staffEmail: one('EMAIL', () => {
        const q = person(r);
        return `${q.first[0] ?? 'x'}${q.last}`.toLowerCase().replace(/[^a-z]/g, '') + '@' + r.p(EMAIL_DOMAINS.slice(0, 2).concat(EMAIL_DOMAINS.slice(6)));
      }),
      url: one('URL', () =>
        r.p([
          'https://portal.odilehealth.org/ed-followup',
          'www.harlancountyems.org/records-request',
          'https://mychart.pvhealth.org',
          'http://tririverpoison.org/resources/case',
          'www.mcch-ed.org/discharge',
          'https://telecare.mercygrace.org/visit',
          'westbrookpd.gov/records',
          'https://www.quickmeduc.com/results',
        ]),
      ),
      // other identifying numbers
      room: one('OTHER', () => r.p([String(r.i(1, 42)), `${r.i(1, 30)}${r.p(['A', 'B'])}`, `H${r.i(1, 12)}`, `${r.i(2, 6)}${pad2(r.i(1, 40))}`])),
      plate: one('OTHER', () => r.p([`${r.i(1, 9)}${r.letters(3)}${r.digits(3)}`, `${r.letters(3)}-${r.digits(4)}`, `${r.letters(2)} ${r.digits(5)}`])),
      serial: one('OTHER', () => r.p([`${r.digits(8)}`, `${r.letters(3)}${r.digits(6)}`, `SN${r.digits(9)}`])),
      // clinical (plain)
      cc: s(pt.scen.cc),
      hpi: s(pt.scen.hpi),
      field: s(pt.scen.field),
      dx: s(pt.scen.dx),
      exam: s(pt.scen.exam),
      plan: s(pt.scen.plan),
      bp: () => [`${r.i(88, 190)}/${r.i(48, 112)}`],
      hr: () => [String(r.i(52, 138))],
      rr: () => [String(r.i(10, 30))],
      spo2: () => [`${r.i(86, 100)}%`],
      temp: () => [`${r.i(35, 39)}.${r.i(0, 9)}`],
      gcs: () => [String(r.i(9, 15))],
      pain: () => [`${r.i(0, 10)}/10`],
      gluc: () => [String(r.i(62, 340))],
      esi: () => [String(r.i(1, 5))],
      time: () => [this.time()],
      time2: () => [this.time(':')],
      look: () => [r.p(LOOKALIKES)],
      onset: () => [r.p(ONSETS)],
      mech: () => [r.p(TRAUMA_MECH)],
      inj: () => [r.p(TRAUMA_INJ)],
      clergy: () => [r.p(['Chaplain ', 'Fr. ', 'Imam ', 'Pastor ', 'Rev. ', 'Sister ']), nm(r, person(r), r.p(['L', 'FL']))],
      tdap: () =>
        r.p<Gen>([
          () => ['Tdap ', L('DATE_YEAR', String(this.date.y - r.i(1, 12)))],
          () => ['last tetanus ', L('DATE_YEAR', String(this.date.y - r.i(1, 15)))],
          () => ["tetanus '", L('DATE_YEAR', pad2((this.date.y - r.i(1, 12)) % 100))],
          () => ['quit smoking in ', L('DATE_YEAR', String(this.date.y - r.i(1, 30)))],
          () => ['Tdap unknown'],
        ])(),
      travel: () =>
        r.p<Gen>([
          () => ['denies recent travel'],
          () => ['returned from ', L('STATE', r.p(COUNTRIES)), ' 2 wks ago'],
          () => ['born in ', L('STATE', r.p(COUNTRIES)), ', in US since ', L('DATE_YEAR', String(this.date.y - r.i(2, 30)))],
          () => ['drove in from ', L('STATE', r.p(STATES)), ' yesterday'],
          () => ['no travel outside ', L('STATE', this.pt.state)],
        ])(),
      sticker: () =>
        this.tp([
          '{ptU} {{|  }} MRN {mrn}   DOB {dob}   {sex}   FIN {fin}',
          '{ptU} | {ageN}{sex} | {mrn} | Adm {dateS}',
          'PT LABEL: {ptLF} / {dob} / {mrn}',
          '*** {ptU} *** {mrn} *** {dob} ***',
          '{ptLF}  ({ageN} {sex})  {mrn}  {ins}',
        ]),
      pair: () => [nm(r, person(r), 'L'), '/', nm(r, person(r), r.p(['L', 'F']))],
      perDr: () => [r.p(['(per Dr. ', '(per Dr ', '(d/w Dr. ', '(per ']), nm(r, this.doc, 'L'), ')'],
      vitals: () => [`BP ${r.i(88, 190)}/${r.i(48, 112)}  HR ${r.i(52, 138)}  RR ${r.i(10, 30)}  SpO2 ${r.i(86, 100)}% ${r.p(['RA', '2L NC', 'NRB', 'RA'])}  T ${r.i(36, 39)}.${r.i(0, 9)}`],
    };
  }

  private clock = -1;
  time(sep = ''): string {
    if (this.clock < 0) this.clock = this.r.i(0, 1380);
    this.clock = (this.clock + this.r.i(2, 25)) % 1440;
    return `${pad2(Math.floor(this.clock / 60))}${sep}${pad2(this.clock % 60)}`;
  }

  townStr(t: string): string {
    const r = this.r;
    if (r.c(0.05)) return t.toLowerCase();
    return misspell(r, t);
  }

  instName(i: Inst): Part[] {
    return [L('LOCATION', this.r.c(0.35) ? i.full : this.r.p(i.short))];
  }

  addr(): Part[] {
    const r = this.r;
    const pt = this.pt;
    const out: Part[] = [L('LOCATION', pt.street), r.p([', ', ' ', ', '])];
    out.push(L('LOCATION', this.townStr(pt.town)), r.p([', ', ' ']), L('STATE', pt.state));
    if (r.c(0.75)) out.push(' ', L('LOCATION', pt.zip));
    return out;
  }

  ageNum(): Part[] {
    if (this.age < 1) return ['0'];
    return this.age > 89 ? [L('AGE', String(this.age))] : [String(this.age)];
  }

  ageParts(): Part[] {
    const r = this.r;
    if (this.age < 1) return [`${r.i(1, 11)} mo`];
    const n = this.ageNum();
    const unit = r.p([' yo', ' y/o', '-year-old', ' year old', ' YO', ' yrs', 'yo', ' y.o.']);
    return [...n, unit];
  }

  pmh(): Part[] {
    const r = this.r;
    const out: Part[] = [];
    const k = r.i(1, 4);
    const seen = new Set<string>();
    for (let j = 0; j < k; j++) {
      const item = r.p(PMH_ITEMS);
      if (seen.has(item)) continue;
      seen.add(item);
      if (out.length) out.push(', ');
      out.push(item);
    }
    if (r.c(0.7)) {
      out.push(', ', r.p(PMH_YEAR_ITEMS), r.p([' in ', ' ', ' (', ' ']));
      const y = this.date.y - r.i(1, 40);
      const last = out[out.length - 1];
      if (last === ' ' && r.c(0.5)) {
        out.push("'", L('DATE_YEAR', pad2(y % 100)));
      } else {
        out.push(L('DATE_YEAR', String(y)));
      }
      if (last === ' (') out.push(')');
    }
    return out;
  }

  sig(): Part[] {
    const r = this.r;
    const d = this.doc;
    return r.p<Gen>([
      () => ['Electronically signed by ', nm(r, d, 'FL'), `, ${r.p(['MD', 'DO', 'PA-C', 'NP'])} on `, L('DATE', fmtDate(r, this.date)), ` at ${this.time()}`],
      () => ['-- ', L('NAME', initials(d, false)), '/', L('NAME', initials(person(r), true))],
      () => [nm(r, d, 'FL'), ', MD\n', ...this.v['pager']!()],
      () => ['Signed: ', nm(r, d, 'LF'), ', DO  ', L('DATE', fmtDate(r, this.date, 'mdyy'))],
      () => ['I personally saw and examined the patient. ', ...clinician(r, d, 'md'), ` ${this.time(':')}`],
      () => ['Scribed for ', ...clinician(r, d, 'md'), ' by ', nm(r, person(r), r.p(['FL', 'F'])), ' (scribe). Attending attests to accuracy.'],
      () => ['Dictated, not read. ', L('NAME', initials(d, false)), '/', L('NAME', initials(person(r), true)), '  D: ', L('DATE', fmtDate(r, this.date, 'mdyy')), '  T: ', L('DATE', fmtDate(r, addDays(this.date, 1), 'mdyy'))],
      () => ['Cosigned ', nm(r, d, r.p(['Li', 'LF', 'U'])), ' ', L('DATE', fmtDate(r, this.date, 'iso')), ' ', this.time(':')],
    ])();
  }

  /** Fill a template: `{key}` is a generator, `{{a|b|c}}` a plain choice, `[[a|b {key}]]` a choice that is filled. */
  t(tpl: string): Part[] {
    const out: Part[] = [];
    let last = 0;
    for (const m of tpl.matchAll(/\[\[([^[\]]*)\]\]|\{\{([^{}]*)\}\}|\{([A-Za-z0-9_]+)\}/g)) {
      const idx = m.index ?? 0;
      out.push(tpl.slice(last, idx));
      if (m[1] !== undefined) out.push(...this.t(this.r.p(m[1].split('|'))));
      else if (m[2] !== undefined) out.push(this.r.p(m[2].split('|')));
      else {
        const key = m[3] ?? '';
        const f = this.v[key];
        if (!f) throw new Error(`acute: unknown template key ${key}`);
        out.push(...f());
      }
      last = idx + m[0].length;
    }
    out.push(tpl.slice(last));
    return out;
  }

  /** Pick one of several templates and fill it. */
  tp(tpls: readonly string[]): Part[] {
    return this.t(this.r.p(tpls));
  }
}

// ---------------------------------------------------------------------------------------------
// Styles
// ---------------------------------------------------------------------------------------------

type StyleFn = (x: Ctx) => Part[];

function hospHeader(x: Ctx): Part[] {
  return x.tp([
    '{hospFull}\nEmergency Department\n{haddr}   Tel {hphone}\n',
    '{hospFull} - EMERGENCY SERVICES\n',
    '=== {hosp} ED ===\n',
    '{hosp} Emergency Dept | Main {hphone} | {fax}\n',
    '',
  ]);
}

const edProvider: StyleFn = (x) => {
  const r = x.r;
  const head = hospHeader(x);
  const layout = r.i(0, 2);
  if (layout === 0) {
    return [
      ...head,
      ...x.t(`{{EMERGENCY DEPARTMENT PROVIDER NOTE|ED PHYSICIAN NOTE|Emergency Medicine Provider Note}}
Patient: {ptLF}    MRN: {mrn}    DOB: {dob}
Date of service: {date}   Arrival {time}   Rm {room}
Attending: {doc}[[|   Resident: {doc2}|   APP: {doc2}]]

CHIEF COMPLAINT: {cc}

HPI: {ptMr} is a {age} {sexw} who presents {{via EMS|by private vehicle|ambulatory|with family}} with {hpi}. {look} History obtained from the patient and {kin}{{, who is at bedside.|, by phone.|.}}

PMH: {pmh}
TRAVEL: {travel}. Immunizations: {tdap}.
SOCIAL: Lives [[alone|with family|with roommate|with family|at {shelter} (unhoused)]][[| and {his} daughter| and {his} son| and {his} partner]] in {town}. Works at {employer}. {{Denies tobacco.|1 ppd smoker.|Vapes daily.}} ETOH {{socially|daily|denies}}.
ROS: {{Negative except as in HPI.|10-point ROS negative other than HPI.|Unable to obtain due to AMS.}}

EXAM: {vitals}
General: {{NAD|uncomfortable appearing|ill appearing}}. {exam}. {look}

MDM: Differential includes {dx}. {plan}. {look} {look}
ED course: Reassessed at {time}, {{improved|unchanged|pain controlled}}.
IMPRESSION: {dx}
DISPOSITION: `),
      ...dispo(x),
      '\n',
      ...x.t('{sig}'),
    ];
  }
  if (layout === 1) {
    return [
      ...head,
      ...x.t(`ED Note -- {dateS} {time2}
{ptFL} ({age} {sex}) | MRN {mrn} | FIN {fin}

S: {hpi}. {{Pt|Patient}} also reports {{nausea|mild HA|no other complaints}}. PCP is {pcp}. {look}
O: {vitals}. {exam}. {look}
Labs:
  Test      | Result | Ref
  Trop I    | {{<0.01|0.04|0.31}}   | <0.04
  Lactate   | {{1.1|2.4|4.8}}    | 0.5-2.0
  WBC       | {{7.2|14.8|11.1}}   | 4.5-11
  Glucose   | {gluc}    | 70-99
A: {dx}
P: {plan}. {{Discussed with|Reviewed with|Case d/w}} {doc2} by phone. [[|Seen with {pair}.|Plan {perDr}.]] {look}
Dispo: `),
      ...dispo(x),
      '\n',
      ...x.t('{inits}'),
    ];
  }
  if (r.c(0.2)) {
    return [
      ...head,
      ...x.t(`PROCEDURE NOTE -- {{LACERATION REPAIR|I&D ABSCESS|PROCEDURAL SEDATION|CLOSED REDUCTION}}
Pt: {ptLF}   MRN {mrn}   {dateS}   Rm {room}
Performed by: {doc}   Supervising: {doc2}
Consent: [[verbal and written from patient|from mother|from daughter|from POA]] [[|{kinName}, by phone {phone}|{kin}, at bedside]]
Time-out at {time} with {rn} and {anyone} (tech). Correct pt, site, side confirmed.
Anesthesia: lidocaine 1% w/ epi, 4 mL[[|; propofol 1 mg/kg IV, ketamine 0.5 mg/kg (sedation RN {rnF})]].
Details: irrigated with 250 mL NS, explored, no FB. {{5|7|3}} x 4-0 Ethilon simple interrupted; Dermabond to edges. {look}
EBL minimal. Complications: none. Pt tolerated well. Lifepak monitoring, EtCO2 waveform throughout.
Suture removal in {{7|10|14}} days at {uc} or with {pcp}. {look}
`),
      ...x.t('{sig}'),
    ];
  }
  if (r.c(0.3)) {
    return [
      ...head,
      ...x.t(`{{ATTENDING ADDENDUM|Attending attestation|ATTENDING NOTE}} {dateS}
Re: {ptLF}, MRN {mrn}

I saw and evaluated the patient with {{resident|PA|NP}} {doc2} and agree with the findings and plan as documented, with the following additions: {ptF} is a {age} {sexw} with {cc}. {hpi}, {onset}. On my exam {exam}. {look} {look}
Differential: {dx}. We will {plan}. Discussed with {kin} at bedside {perDr}. {look}
Critical care time {{32|45|0|38}} minutes exclusive of procedures.
`),
      ...x.t('{sig}'),
    ];
  }
  return [
    ...head,
    ...x.t(`PROVIDER NOTE
Name: {ptU}   Age: {ageN}   Sex: {sex}   Acct#: {fin}
Seen {dateS} at {time} in {{hall bed|room|bed}} {room}

{ptF} is here for {cc}. Per {kin}: {hpi}. {He} was seen at {uc} on {datePrev} and told to come to the ER if worse. {look}

Pertinent hx: {pmh}. Meds reconciled with {pharm}. Allergies: {{NKDA|PCN (hives)|sulfa|codeine}}.

Exam notable for: {exam}. {look}
Workup: {plan}.
Assessment: {dx}.
{look}
Plan / dispo: `),
    ...dispo(x),
    '\n',
    ...x.t(`Interpreter used: {interp}
{sig}`),
  ];
};

function dispo(x: Ctx): Part[] {
  return x.tp([
    'Admit to hospitalist {doc2}, {{tele|med-surg|step-down}} bed requested. Handoff given at {time}.',
    'Discharge home with {kin}. Follow up with {pcp}, call {hphone} to schedule by {dateNext}. Return precautions given.',
    'Transfer to {hosp2} via {ems}; accepting physician {doc2}; transfer ref # {incident}.',
    'Discharged to {snf}. Report called to {rn2} at {hphone}.',
    'D/c home. Rx sent to {pharm}. Work note for {employer} provided. Results on {url}.',
    'Admitted to ICU under {doc2}. Family ({kinName}) updated at bedside.',
  ]);
}

const edTriage: StyleFn = (x) => {
  const r = x.r;
  if (x.age < 16 && r.c(0.6)) {
    return x.t(`PEDS TRIAGE  {date} {time}
Child: {ptFL}   DOB {dob}   Age {age}   Wt {{14.2|22.5|31|9.8|48}} kg (Broselow {{yellow|white|blue|purple}})
Accompanied by: {kin} ({{legal guardian|parent|grandparent}}), cb {phone}
School / daycare: {school}
CC: {cc}. {hpi}, {onset}. {look}
VS: HR {hr}  RR {rr}  SpO2 {spo2}  T {temp}  cap refill < 2 s
Immunizations per parent UTD; PCP {pcp}.
Pain (FLACC/Wong-Baker): {pain}   ESI {esi}
Tylenol/Motrin last dose {time}. Allergies: {{NKDA|amoxicillin|peanuts}}.
Triage RN: {rn}`);
  }
  const layout = r.i(0, 2);
  if (layout === 0) {
    return x.t(`TRIAGE ASSESSMENT  {date} {time}
Pt: {ptLF}   DOB {dob}   MRN {mrn}
Arrival mode: {{Ambulance|Walk-in|Police|Private vehicle|Wheelchair from lobby}}[[| ({ems})]]
Chief complaint: {cc}
Triage note: {hpi}, {onset}. {look}
Vitals: {vitals}
Pain: {pain}   GCS: {gcs}   ESI: {esi}
Allergies: {{NKDA|PCN|latex|shellfish, iodine}}
Isolation: {{none|contact|droplet}}    Fall risk: {{yes|no}}
Travel screen: {travel}   Immunizations: {tdap}
PMH: {pmh}
Emergency contact: {kin}, {phone}
Insurance: {ins}  ID {member}
Triage RN: {rn}
Placed in {{room|hall bed|triage chair|Rm}} {room}`);
  }
  if (layout === 1) {
    return x.t(`{{ESI|Acuity}} {esi} | {cc} | {time2}
{ptFL}, {age} {sexw}, from {town}[[|, {state}]].
{hpi}. Pt {{states|reports|endorses}} symptoms began [[on {datePrev}|{onset}|{onset}]]{{| and worsened today}}.
VS {vitals}, pain {pain}.
{look} {look}
Sepsis screen {{negative|positive - provider notified}}. Stroke screen {{neg|positive, code stroke called}}.
Hx: {pmh}. Lives at {addr}.
PCP: {pcp}.
Brought by {kin}; {{kin waiting in lobby|kin left phone #}} {phone}.
{rn} / {date}`);
  }
  return x.t(`--- NURSE TRIAGE ---
DATE: {dateS}   TIME IN: {time}   TIME TRIAGED: {time}
NAME: {ptU}      AGE: {ageN}      SEX: {sex}
CC: "{{it hurts|I can't breathe right|my chest|I fell|he won't wake up right}}" -- {cc}
HISTORY: {hpi}. {look}
VS: BP {bp}  P {hr}  R {rr}  O2 {spo2}  T {temp}  FSBS {gluc}
PAIN {pain}, {{sharp|dull|pressure|burning}}
ESI LEVEL: {esi}
MEDS: {{Eliquis, metoprolol|albuterol, Symbicort|lisinopril, metformin|none}}
PREVIOUS VISIT: {datePrev} at {hosp2}
NOTES: {look} Belongings bagged and labelled. Pt to {{room|bed}} {room}.
RN: {rn}   {ext}`);
};

const nurseQuick: StyleFn = (x) => {
  const r = x.r;
  if (r.c(0.2)) {
    return x.t(`sbar handoff {time} -- {ptL} rm {room}
S: {ptF}, {age}, here for {cc}; dx {dx}.
B: {pmh}. Lives [[at home|at {snf}|with {kinName}]]. Code status {{full|DNR/DNI|DNR}} (per {kin}).
A: {vitals}. {exam}. {look}
R: {plan}. pending {{bed|CT read|repeat trop at|lactate at}} {time}. call {kinName} {phone7} w/ updates. {look}
given by {rnF} to {rn2}`);
  }
  if (r.c(0.3)) {
    return x.t(`{{NURSE LINE TRIAGE CALL|Telephone triage|TRIAGE LINE}}  {dateS} {time2}
Caller: {kin} ({{self|parent|spouse|caregiver}}) cb# {phone}
Pt: {ptFL}  DOB {dob}  [[|MRN {mrn}|PCP {pcp}]]
Protocol: {{Chest Pain - Adult|Abdominal Pain - Adult|Fever - Pediatric|Breathing Problems|Poisoning}} (Schmitt-Thompson)
Sx: {hpi}, {onset}. {look}
Disposition: {{Go to ED now|Call 911|See HCP within 4 hrs|Go to ED now (or PCP triage)}}; advised [[{hosp} ED|{uc}|{hosp2}]]. Caller {{agrees|verbalized understanding|reluctant, but agrees}}.
Care advice given per protocol. {look}
{rn} {ext}`);
  }
  const rnI = (): Part[] => (r.c(0.5) ? [L('NAME', initials(x.rn, r.c(0.5)))] : x.v['rnF']!());
  const entries: Part[][] = [
    x.t('pt to rm {room} from triage, on monitor. {vitals}'),
    x.t('{hpi}. {look}'),
    x.t('{kin} at bedside, updated on plan'),
    x.t('{{iv placed|20g r ac|18g l ac}}, labs drawn and sent'),
    x.t('md {docL} at bedside'),
    x.t('zofran 4 mg iv given {perDr}'),
    x.t('care assumed from {pair} at shift change'),
    x.t('pt {{states|reports}} sx started {onset}'),
    x.t('{look}'),
    x.t('pain {pain}, meds given per mar'),
    x.t('pt ambulated to bathroom w/ steady gait'),
    x.t('called {pharm} to verify home meds, spoke w/ {anyone}'),
    x.t('{kinName} called for update, {phone7}, will call back'),
    x.t('report to {rn2} {ext}'),
    x.t('pt asking for food, npo per md'),
    x.t('{look}'),
    x.t('cs {{0|1}}, bed low/locked, call bell in reach'),
    x.t('belongings: phone, wallet, {{glasses|dentures|cane}} given to {kinName}'),
  ];
  const k = r.i(5, 9);
  const out: Part[] = [];
  if (r.c(0.5)) out.push(...x.t('{{quick notes|nsg notes|rn notes|RN QUICK NOTE}} - {ptL} rm {room} - {dateS}\n'));
  else out.push(...x.t('{ptF} {ptL} / {dateS}\n'));
  const used = new Set<number>();
  for (let j = 0; j < k; j++) {
    let idx = r.i(0, entries.length - 1);
    while (used.has(idx)) idx = (idx + 1) % entries.length;
    used.add(idx);
    const sep = r.p([' ', ' - ', ': ', '  ']);
    out.push(x.time(r.c(0.5) ? ':' : ''), sep, ...(entries[idx] ?? []), ' ', ...(r.c(0.6) ? ['(', ...rnI(), ')'] : ['-', ...rnI()]), '\n');
  }
  if (r.c(0.5)) out.push(...x.t('{{triage|quick}} note by {rn}'));
  return out;
};

const emsPcr: StyleFn = (x) => {
  const r = x.r;
  const layout = r.i(0, 2);
  if (layout === 0) {
    return x.t(`{ems} - PATIENT CARE REPORT
Incident #: {incident}   Date: {dateMil}   Unit: {{Medic|Rescue|Ambulance}} {{4|12|7|21}}
Crew: {medic} / {medic2}   Cert {cert}
Dispatched {time} | Enroute {time} | On scene {time} | Pt contact {time} | Transport {time} | At dest {time}
Scene: {addr}
Patient: {ptLF}   DOB {dob}   Age {ageN}   Sex {sex}
C: Dispatched for {cc}. 
H: {hpi}. PMH {pmh}. {look}
A: {vitals}. GCS {gcs}. {exam}.
R: {field}. {look}
T: Transported {{emergent|non-emergent}} to {hosp}{{| per pt request| closest appropriate}}. Report to {rn}.
Lifepak serial {serial}. Signed by pt's {rel} {kinName}.
`);
  }
  if (layout === 1 && r.c(0.3)) {
    return x.t(`PCR NARRATIVE  ({ems}, run {incident}) -- CARDIAC ARREST
Dispatched {time} to {addr} for unresponsive {sexw}. Bystander CPR by {kin} on arrival, [[no AED|AED applied by PD, no shock advised|AED x1 shock by {pd}]].
Pt {ptFL}, age {ageN}. Initial rhythm {{VF|asystole|PEA 40}}. LUCAS device (SN {serial}) placed at {time}. i-gel #4, EtCO2 {{18|24|32}}. IO L humeral. Epi 1 mg q3-5 min x{{3|4|5}}, amio 300 mg. {look}
ROSC at {time} after {{12|18|23}} min; 12-lead: STE II, III, aVF, transmitted to {hosp}, cath lab activated by {doc}.
Transported emergent, report to {rn}. POLST {{not found|found on fridge: full code}}. {look}
Crew: {medic}; {medic2}. Supervisor {anyone} on scene.`);
  }
  if (layout === 1) {
    return x.t(`PCR NARRATIVE  ({ems}, run {incident})
{{Medic|Unit}} {{3|9|14}} responded {{emergent|non-emergent}} to {addr} for a {age} {sexw} with {cc}. Upon arrival found pt {{sitting on couch|supine on floor|standing in driveway|in the driver seat of vehicle}}, {{A&Ox4|A&Ox2|responsive to voice}}. {kin} states {hpi}. {look}
Assessment: {exam}. Initial vitals {vitals}. BGL {gluc}.
Treatment: {field}. {look}
Pt moved to cot via {{stair chair|sheet drag|ambulated with assist}}, secured x5 straps. Transported to {hosp}, care and report given to {rn} in {{room|bed}} {room}. No changes en route.
{{Law enforcement on scene|PD on scene|Fire on scene}}: {pd}, {off}, badge {badge}.
Crew: {medic}; {medic2}.   {dateMil}
`);
  }
  const out: Part[] = x.t(`{ems} ePCR (ImageTrend) -- {dateS}
| Field          | Value
| Patient        | {ptU}
| DOB / Age      | {dob} / {ageN}
| Home address   | {addr}
| Phone          | {phone}
| Insurance      | {ins} {member}
| Incident #     | {incident}
| Chief compl.   | {cc}
| Primary impr.  | {dx}
| Destination    | {hosp}
Vitals:
`);
  const n = r.i(2, 4);
  for (let j = 0; j < n; j++) {
    out.push(`  ${x.time(':')}  BP ${r.i(90, 180)}/${r.i(50, 100)}  HR ${r.i(55, 130)}  RR ${r.i(12, 28)}  SpO2 ${r.i(88, 100)}  GCS ${r.i(10, 15)}  ${r.p(['', 'EtCO2 ' + r.i(28, 45), 'pain ' + r.i(0, 10) + '/10'])}\n`);
  }
  out.push(...x.t(`Narrative: {hpi}. {field}. {look}
Transfer of care to {rn} at {time}. Primary {medic}.`));
  return out;
};

const emsRadio: StyleFn = (x) => {
  const layout = x.r.i(0, 3);
  if (layout === 3) {
    return x.t(`RING DOWN {time2} - {ems} {{MEDIC|MED|BLS}} {{2|5|11|16}}
{{CODE 3|PRIORITY 1|PRIORITY 2|NON-EMERGENT}} TO {hosp}
PT {ptLF}, {age}, {sex}
{cc} -- {hpi}
LAST VS {vitals}
[[12-LEAD SENT VIA LIFENET|NO 12-LEAD|12-LEAD SINUS TACH]]
IV {{18G L AC|20G R HAND|IO L TIBIA}}, {field}
{look}
ETA {{4|8|15}} MIN. MED CONTROL {doc}.
RCVD BY {rnF}[[| {ext}]]`);
  }
  if (layout === 0) {
    return x.t(`RADIO REPORT RECEIVED {time} {dateS}
{ems} {{MEDIC|UNIT|RESCUE}} {{12|4|31|7}} INBOUND TO {hosp}, ETA {{5|10|12|20}} MIN
{age} {sexw} -- {cc}
{hpi}
VITALS {vitals}, GCS {gcs}
TX: {field}
{look}
PT NAME GIVEN AS {ptU}, DOB {dob}
MEDIC ON RADIO: {medic}
TAKEN BY: {rn}   CHARGE: {rn2}
BED ASSIGNED {room}`);
  }
  if (layout === 1) {
    return x.t(`MEDCOM LOG {dateMil}
{time}  {ems} to {hosp}: "{{Good morning|Evening|Hey}}, this is {{Medic 3|Rescue 9|Unit 22}}, we're coming to you with a {age} {sexw}, {cc}. {hpi}. Vitals {vitals}. We've given {field}. {{Any orders?|No further orders needed.|Requesting trauma activation.}}"
{time}  ED ({doc}): {{copy, bring to|roger, room|received, go to}} {room}. {{Continue current tx.|Repeat 12-lead.|Give another Narcan if RR < 8.}}
{time}  {ems}: ETA {{6|9|14}} minutes, pt {ptFL}, {he} has been here before per pt.
{look}
logged by {rn}`);
  }
  return x.t(`HANDOFF (MIST) - {ems} -> {hosp} {date}
M: {cc}; {hpi}
I: {exam}
S: {vitals}; GCS {gcs}
T: {field}. {look}
PT: {ptFL}  AGE {ageN}  FROM {town}
FAMILY: {kin} ({phone})
CREW {medic} / {medic2}  CERT {cert}
RECV RN {rn} @ {time}`);
};

const traumaFlowsheet: StyleFn = (x) => {
  const r = x.r;
  const traumaScen = /MVC|fall|assault/i.test(x.pt.scen.cc);
  const out: Part[] = x.t(`[[|{sticker}\n]]TRAUMA ACTIVATION FLOWSHEET - {hosp}
Level: {{Level 1 (full)|Level 2 (modified)|Trauma consult}}   Activated {time}   Bay {room}
Pt: {ptLF}  MRN {mrn}  Acct {fin}
Age {ageN}  Sex {sex}  DOB {dob}
Mechanism: ${traumaScen ? '{cc}; {hpi}' : '{mech}'}
Prehospital: {ems}, ${traumaScen ? '{field}' : '[[c-collar, 2 large bore IV, 1 L LR|TQ applied R thigh {time}|pelvic binder, c-collar|c-collar, KED, O2 NRB]]'}
Team: Trauma attending {doc}; EM {doc2}; Recorder {rn}; Resp {anyone}
`);
  if (r.c(0.5)) {
    out.push('Time  | BP      | HR  | RR | SpO2 | GCS | Intervention             | Init\n');
    const ivs = ['primary survey', 'FAST neg', 'FAST +RUQ', 'CXR', 'pelvic XR', '2 PIV placed', 'TXA 1 g', 'PRBC #1', 'to CT', 'c-collar maintained', 'Foley placed', 'Bair Hugger on', 'Tdap', 'cefazolin 2 g'];
    const n = r.i(4, 8);
    for (let j = 0; j < n; j++) {
      out.push(`${x.time(':')} | ${r.i(80, 170)}/${r.i(45, 100)}  | ${r.i(60, 140)} | ${r.i(10, 30)} | ${r.i(88, 100)}%  | ${r.i(8, 15)}  | ${r.p(ivs).padEnd(24)} | `, L('NAME', initials(person(r), r.c(0.3))), '\n');
    }
  } else {
    out.push('TIME   EVENT                              BY\n');
    const ev = ['pt arrived to bay', 'primary survey complete', 'airway intact, speaking', 'secondary survey', 'FAST exam negative', 'XR chest/pelvis', 'blood bank notified, MTP not activated', 'Level 1 infuser primed', 'pt to CT with RN', 'back from CT', 'consults called', 'family notified'];
    const n = r.i(4, 8);
    for (let j = 0; j < n; j++) {
      out.push(`${x.time()}   ${r.p(ev).padEnd(35)}`, ...(r.c(0.5) ? [L('NAME', initials(person(r), false))] : [nm(r, person(r), 'L')]), '\n');
    }
  }
  out.push(
    ...x.t(`Injuries: ${traumaScen ? '{dx}. {exam}' : '{inj}; {inj}'}. {look}
Belongings: {{wallet|phone, keys|clothing cut off}} to security, tag {serial}.
{{Police|Law enforcement}}: {off} ({pd}) {{present|notified}}.
Family: {kin} notified by {{SW|chaplain|RN}} at {time} via {phone}. [[|{clergy} at bedside.|{clergy} called per family.]]
Dispo: {{OR|TICU|floor|CT then SICU}} under {doc}. Recorder signature: {rn}`),
  );
  return out;
};

const urgentCare: StyleFn = (x) => {
  if (x.r.c(0.25)) {
    return x.t(`{uc} - OCCUPATIONAL HEALTH / WORK INJURY
Date of injury: {datePrev}   Date seen: {date}
Employee: {ptLF}   DOB {dob}   Employer: {employer}
Supervisor: {anyone}, {hphone}, {staffEmail}
Claim # {claim}   Carrier: {ins}
Mechanism: {hpi}. {look}
Exam: {vitals}. {exam}.
Dx: {dx}. {look}
Work status: {{modified duty, no lifting > 10 lb|off work until re-eval|full duty}} until {dateNext}. {{Referred to ED at|Sent to}} {hosp} for {plan}.
Drug screen collected, chain of custody form {kit}.
{doc}`);
  }
  const layout = x.r.i(0, 2);
  if (layout === 0) {
    return x.t(`{uc}
URGENT CARE VISIT   {date}
Patient: {ptFL}   DOB: {dob}   Acct: {fin}
Provider: {doc}   MA: {anyone}
Reason for visit: {cc}
HPI: {ptF} {{reports|states|c/o}} {hpi}, {onset}. {look}
PMH: {pmh}. Employer: {employer}[[| (work comp claim {claim})]].
Vitals: {vitals}
Exam: {exam}. {look}
Assessment: {dx}
Plan: {{Sent to ED at|Recommended ED evaluation at|Transferred by ambulance to}} {hosp} for {plan}. Called ahead to {rn} at {hphone}. {look}
Return to work note issued. Results available at {url}.
{sig}`);
  }
  if (layout === 1) {
    return x.t(`{uc} - Walk-In Note ({dateS})
{ptLF} | {age} {sex} | {ins} member {member}
cc: {cc}
{hpi}. Seen here previously {datePrev}. {tdap}. [[|School nurse {anyone} at {school} called ahead.|Coach {anyone} brought pt from {school}.]] [[Works at {employer}.|Attends {school}.|Unemployed.]]
VS {vitals}
PE: {exam}
{look} {look}
Dx: {dx}
Rx to {pharm}, {fax}. F/u PCP {pcp} in {{2-3 days|1 week}} or sooner prn.
{{Pt|Parent}} email for results: {email}
{doc}`);
  }
  return x.t(`URGENT CARE NOTE
{ptU}  DOB {dob}  ({age})
Seen {dateS} {time2}, {uc}, exam rm {room}
{He} [[walked in with {kin}|was brought in by {kin}|came in alone, {kin} called]] for {cc}. {hpi}. {look}
Hx {pmh}.
Exam: {vitals}; {exam}.
MDM: {dx}; beyond scope of UC. {{EMS called|Pt to go by private vehicle|Family to drive}} to {hosp}. {look}
Report given to ED charge {rn2} {ext}.
{inits}`);
};

const poisonControl: StyleFn = (x) => {
  const r = x.r;
  if (r.c(0.3)) {
    return x.t(`{pcc} - call summary, {dateS} {time2}
{{ED RN|Charge RN|ED physician}} {anyone} from {hosp} ({hphone}) called re {ptFL}, {age} {sexw}, MRN {mrn}. ${x.pt.scen.tox ? '{hpi}. ' : ''}Substance: {{amlodipine 10 mg, ~10 tabs|bupropion XL, unknown #|ethylene glycol (antifreeze)|clonidine patch chewed|diphenhydramine ~40 tabs}}. Ingestion approx {time} {onset}.
Recs: {{whole bowel irrigation not indicated|activated charcoal 50 g if < 1 hr|fomepizole if osmolar gap > 10|high-dose insulin euglycemia if hypotensive}}, EKG q2h, glucose q1h, observe {{6|12|24}} hrs. {look}
Follow-up call at {time}: {vitals}. {look}
Case # {pcase}. Spec: {spec}. Supervising toxicologist {doc2}.`);
  }
  const out: Part[] = x.t(`{pcc} -- CASE NOTE
Case #: {pcase}   Date: {date}
Caller: {{Health care facility|Parent|Self|EMS|Nursing home}} -- {{ED RN|mother|grandmother|patient|paramedic}} {anyone}, {phone}
Pt: {ptFL}, {age}, {sex}   Location: {{home|ED}} in {town}, {state}
Substance: {{metoprolol 50 mg tabs, up to 6 missing|acetaminophen ER, unknown amount|ibuprofen 200 mg x 20|laundry detergent pod|sertraline 100 mg x 15 + ETOH|gabapentin and clonazepam|fentanyl (suspected)|lamp oil}}
Exposure: {{acute|acute on chronic}}, {{unintentional|intentional}}, {{ingestion|ingestion + inhalation}}, approx {time} on {dateS}
`);
  out.push('Follow-up log:\n');
  const n = r.i(2, 5);
  const items = [
    'Initial call. Recommended ED eval, 6 hr obs on monitor, EKG, APAP/ASA levels.',
    'ED RN reports pt stable, {vitals}.',
    'EKG: sinus, QRS 88, QTc 442. Recommend repeat in 2 hrs.',
    '{look}',
    'APAP level 4-hr {{<10|62|148}} mcg/mL; plotted on Rumack-Matthew nomogram.',
    'Spoke w/ {doc} re: NAC; {{not indicated|start 21-hr protocol}}.',
    'Pt medically cleared, psych eval pending.',
    'Call back from {kinName}, pt home, doing well.',
    'Glucose {gluc}, HR {hr}, BP {bp}. Continue obs.',
    'Recommend Narcan prn, observe 4 hrs after last dose.',
  ];
  for (let j = 0; j < n; j++) {
    out.push(x.time(':'), '  ', ...x.t(r.p(items)), '  -', L('NAME', initials(person(r), r.c(0.5))), '\n');
  }
  out.push(
    ...x.t(`Medical outcome: {{no effect|minor effect|moderate effect|not followed, minimal toxicity}}.
Treating facility: {hosp}[[|, {fax}|, ED {hphone}]]
SPI: {spec}   Toxicologist on call: {doc2}
{{Resources emailed to|Fact sheet sent to}} {staffEmail}; {url}`),
  );
  return out;
};

const policeHandoff: StyleFn = (x) => {
  const r = x.r;
  if (r.c(0.25)) {
    return x.t(`PATIENT PROPERTY / EVIDENCE RELEASE
Pt: {ptLF}   MRN {mrn}   Rm {room}   {date}
Items released to law enforcement ({pd}, {off}, badge #{badge}, case # {case}):
  [x] clothing (shirt, jeans) in paper bags, sealed {seal}
  [x] [[cell phone, SN {serial}|wallet with DL # {dl}|keys to vehicle, plate {plate}|wallet, cash]]
  [ ] bullet fragment  [{{x| }}] blood-stained sheet
Collected by {rn}; witnessed by {rn2}. Released at {time}.
Pt {{aware and agrees|unable to consent (intubated)|declined to sign}}. {look}
Receiving officer signature: {offL}   Evidence tech: {anyone}
Copy to {hosp} security ({hphone}).`);
  }
  if (r.c(0.5)) {
    const out: Part[] = x.t(`[[|{sticker}\n]]LEGAL BLOOD ALCOHOL - CHAIN OF CUSTODY
Requesting agency: {pd}   Case #: {case}
Officer: {off}   Badge #: {badge}   Phone {hphone}
Subject: {ptU}   DOB {dob}   DL# {dl} ({stateAny})
Vehicle plate {plate}
Collection: {date} at {time2}, {hosp}, {{room|bed}} {room}
Kit #: {kit}   Seal #: {seal}
Site: {{L AC|R AC|R hand}}, cleansed with {{povidone-iodine (non-alcohol)|Betadine|benzalkonium}}; 2 gray-top tubes
Drawn by: {rn}   Witness: {rn2}
`);
    out.push('Released by            | Received by           | Date/time\n');
    const n = r.i(2, 3);
    for (let j = 0; j < n; j++) {
      out.push(nm(r, person(r), r.p(['FL', 'LF', 'IL'])), ' | ', nm(r, person(r), r.p(['FL', 'LF', 'IL'])), ' | ', L('DATE', fmtDate(r, x.date, 'mdyy')), ` ${x.time()}\n`);
    }
    out.push(...x.t(`Sample to {lab} for analysis; accession {acc}.
Consent: {{implied consent per officer|warrant presented|pt verbally consented}}. Medical BAC ({{0.21|0.14|0.08|0.31}} g/dL) is separate from legal draw. {look}`));
    return out;
  }
  return x.t(`LAW ENFORCEMENT HAND-OFF / ED NOTE  {dateS} {time}
Pt {ptFL} ({age} {sexw}) arrived in custody of {pd}, {off} (badge {badge}), case {case}.
Reason: {{arrested after MVC|medical clearance prior to jail|found intoxicated in public|domestic disturbance}}; {hpi}. {look}
Officer requests {{medical clearance|legal blood draw|evaluation of injuries}}. Pt {{cooperative|agitated, 4-pt restraints by security|handcuffed to stretcher}}.
Exam: {vitals}. {exam}.
{look}
Medically cleared for incarceration at {jail}: {{yes|no, admit}}.
Discharge instructions given to officer {offL}. Jail nurse line {hphone}.
Next court date per officer {dateNext}.
{doc}`);
};

const lwbsAma: StyleFn = (x) => {
  const r = x.r;
  if (r.c(0.25)) {
    return x.t(`{ems} -- PATIENT REFUSAL OF TREATMENT / TRANSPORT
Incident # {incident}   {dateMil}   Location: {addr}
Patient: {ptU}   DOB {dob}   Phone {phone}
Called by {{bystander|family|PD|self}} for {cc}. Pt {{A&Ox4|alert, GCS 15|alert, clinically sober}}, {vitals}, BGL {gluc}. {look}
Pt declines transport to {hosp} {{and treatment|but accepted assessment|against crew advice}}. Risks explained incl. {{death|disability|worsening condition}}; pt verbalizes understanding. Advised to call 911 or go to {uc} if worse.
Medical control: {doc} at {hosp} ({hphone}) {{agrees with refusal|advised transport, pt still refuses}}.
Pt signature obtained. Witness: {kin}[[|, {pd} {off}]].
Crew: {medic} / {medic2}`);
  }
  if (r.c(0.5)) {
    return x.t(`[[|{sticker}\n]]{hospFull}
AGAINST MEDICAL ADVICE (AMA) RELEASE
Patient name: {ptLF}         MRN: {mrn}
Date: {date}   Time: {time}
I, {ptFL}, am leaving {hosp} against the advice of my physician, {doc}. The risks, including {{worsening illness|permanent disability|death|missed heart attack|missed stroke}}, have been explained to me[[| in {lang}]]. I understand I may return at any time.
Reason given by pt: "{{I have to get back to work|I need to pick up my kids|I can't afford this|my ride is here|I feel fine}}."
Capacity: {{pt A&Ox4, able to state risks|intact, not intoxicated}}. {look}
Pt signature: {{refused to sign|signed}}    Witness: {rn}
Physician: {doc}   Follow-up: {pcp}, {hphone}
Rx given: [[none|yes, sent to {pharm}]]. Return if {{chest pain|worse|fever|any concern}}.`);
  }
  return x.t(`[[|{sticker}\n]]LWBS -- LEFT WITHOUT BEING SEEN
Name: {ptU}   DOB: {dob}   MRN: {mrn}
Triaged {time} ({cc}, ESI {esi}).
Called for room at {time}, {time}, {time} -- no response in lobby or restroom. {look}
[[|Pt staying at {shelter}. ]]Called pt at {phone}: [[no answer, voicemail left|pt states went to {uc} instead|pt states feeling better, will f/u with {pcp}|pt went to {hosp2}]].
{{Letter mailed to|Address on file:}} {addr}
Charge RN {rn2} and {doc} notified. Left {{wristband|triage paperwork}} at desk.
{rn} {dateS}`);
};

const edBoarding: StyleFn = (x) => {
  const r = x.r;
  if (r.c(0.3)) {
    return x.t(`PSYCH BOARDER CHECK -- {ptLF} -- {hosp} ED hall bed {room}
{dateS} {time}: Pt remains on {{emergency detention|72 hr hold|voluntary admission}} (petition # {case}), initiated by {doc} on {date}.
Sitter {anyone} at bedside, 1:1, belongings searched, {{paper scrubs|hospital gown}}.
{time}: Pt [[calm, cooperative|pacing, redirected|tearful, asking for {his} mother|sleeping]]. {look}
{time}: {hosp2} intake ({anyone}) reviewed referral: [[declined, no beds|accepted pending bed, {hphone}|requested updated labs]].
{time}: {kinName} called asking for update, {phone7}; ROI {{on file|not signed}}.
Meds: home sertraline held; hydroxyzine 25 mg PO prn. {look}
{rn}`);
  }
  if (r.c(0.5)) {
    const out: Part[] = x.t(`[[|{sticker}\n]]ED BOARDING NOTE - Day {{1|2|3|4}} ({date})
{ptLF}  MRN {mrn}  Rm {room}
Admitted to {{hospitalist|psychiatry|medicine|peds}}, awaiting {{inpatient bed|psych placement|SNF bed|transfer}}. {look}
Bed requests / calls:
`);
    const n = r.i(2, 4);
    for (let j = 0; j < n; j++) {
      out.push(x.time(':'), ' ', ...x.t(r.p([
        'Called {hosp2} transfer center, {hphone}, no beds, ref # {incident}.',
        '{snf} will review referral, {fax}.',
        'Bed board: {{no tele beds|2 pending discharges}}, per {anyone}.',
        '{hosp2} psych intake ({anyone}) declined, no adolescent beds.',
        'Spoke w/ {kin} re: delay, {phone7}.',
        '{look}',
      ])), '\n');
    }
    out.push(...x.t(`Overnight: {vitals}. {{Slept|Ate dinner|Ambulated to bathroom}}. {look}
Sitter: {anyone}. Home meds from {pharm} verified. [[|Visit from {clergy} ({church}).|]]
Boarding nurse {rn}; hospitalist {doc}.`));
    return out;
  }
  return x.t(`DISPOSITION NOTE  {dateS} {time2}
{ptFL} ({age}) -- {dx}
ED course: {plan}. {look}
Disposition: {{Admit|Observation|Transfer|Discharge}}. {{Hospitalist|Accepting}} {doc2} accepted at {time}. Report to {rn2}, floor {{4 West|5 North|ICU|tele}}, rm {room}.
Family ({kin}) updated; contact {phone}. {He} prefers {{email|text}} updates at {email}.
Insurance {ins}, auth # {claim}.
{look}
Case mgmt: [[PT/OT eval ordered|home health via {hha}|referral to {hha}, {fax}]].
{sig}`);
};

const STYLE_FNS: Record<string, StyleFn> = {
  ed_provider: edProvider,
  ed_triage: edTriage,
  nurse_quick: nurseQuick,
  ems_pcr: emsPcr,
  ems_radio: emsRadio,
  trauma_flowsheet: traumaFlowsheet,
  urgent_care: urgentCare,
  poison_control: poisonControl,
  police_handoff: policeHandoff,
  lwbs_ama: lwbsAma,
  ed_boarding: edBoarding,
};

// ---------------------------------------------------------------------------------------------
// Post-processing: case, typos, length, assembly
// ---------------------------------------------------------------------------------------------

/** Split plain strings at newlines so every newline is its own piece. */
function normalise(parts: Part[]): Part[] {
  const out: Part[] = [];
  for (const p of parts) {
    if (typeof p === 'string') {
      if (!p) continue;
      const bits = p.split('\n');
      bits.forEach((b, k) => {
        if (k) out.push('\n');
        if (b) out.push(b);
      });
    } else if (p.t.trim()) out.push(p);
  }
  return out;
}

function mapText(p: Part, f: (s: string) => string): Part {
  return typeof p === 'string' ? f(p) : { t: f(p.t), c: p.c };
}

function typoWord(r: R, w: string): string {
  const k = r.i(1, w.length - 3);
  const mode = r.i(0, 3);
  if (mode === 0) return w.slice(0, k) + (w[k + 1] ?? '') + (w[k] ?? '') + w.slice(k + 2);
  if (mode === 1) return w.slice(0, k) + w.slice(k + 1);
  if (mode === 2) return w.slice(0, k) + (w[k] ?? '') + w.slice(k);
  return w.slice(0, k) + w.slice(k + 1, k + 2) + w.slice(k + 1);
}

const wordCount = (s: string): number => s.split(/\s+/).filter(Boolean).length;

const FILLERS: readonly string[] = [
  'Addendum: {look} {look}',
  'Note: {look} {look} {look}',
  'Reassessed at {time}: {vitals}. {look}',
  'Additional: {look} Discussed with {rn}.',
];

function buildNote(seed: number, pIdx: number, nIdx: number, pt: Patient): GeneratedNote {
  const r = new R(mix(seed, pIdx, nIdx, 0x5eed));
  const style = r.p(ACUTE_STYLES);
  const x = new Ctx(r, pt, nIdx);
  const fn = STYLE_FNS[style];
  if (!fn) throw new Error(`acute: no style ${style}`);
  let parts = normalise(fn(x));

  // pad short notes
  let words = wordCount(parts.map((p) => (typeof p === 'string' ? p : p.t)).join(''));
  while (words < 62) {
    const add = normalise(['\n', ...x.t(r.p(FILLERS))]);
    parts = parts.concat(add);
    words += wordCount(add.map((p) => (typeof p === 'string' ? p : p.t)).join(''));
  }
  // trim long notes at a line boundary
  if (words > 445) {
    let acc = 0;
    let cut = parts.length;
    let lastNl = 0;
    for (let j = 0; j < parts.length; j++) {
      const p = parts[j] ?? '';
      if (p === '\n') lastNl = j;
      acc += wordCount(typeof p === 'string' ? p : p.t);
      if (acc > 440) {
        cut = lastNl;
        break;
      }
    }
    parts = parts.slice(0, cut);
  }

  // typos in ordinary words (plain pieces only)
  if (r.c(0.35)) {
    const rate = r.p([0.01, 0.02, 0.04]);
    parts = parts.map((p) => (typeof p === 'string' ? p.replace(/[A-Za-z]{5,}/g, (w) => (r.c(rate) ? typoWord(r, w) : w)) : p));
  }
  // lines of capitals inside mixed notes
  if (r.c(0.3)) {
    let capLine = r.c(0.15);
    parts = parts.map((p) => {
      if (p === '\n') {
        capLine = r.c(0.15);
        return p;
      }
      return capLine ? mapText(p, cap) : p;
    });
  }
  // whole-note case
  const caseRoll = r.n();
  const upperP = style === 'ems_radio' ? 0.55 : style === 'police_handoff' ? 0.2 : 0.09;
  const lowerP = style === 'nurse_quick' ? 0.45 : 0.09;
  if (caseRoll < upperP) parts = parts.map((p) => mapText(p, cap));
  else if (caseRoll < upperP + lowerP) parts = parts.map((p) => mapText(p, (s) => s.toLowerCase()));

  // no trailing blanks at line ends
  let atEnd = true;
  for (let j = parts.length - 1; j >= 0; j--) {
    const p = parts[j] ?? '';
    if (p === '\n') atEnd = true;
    else if (typeof p === 'string') {
      if (atEnd) {
        const q = p.replace(/[ \t]+$/, '');
        parts[j] = q;
        if (q) atEnd = false;
      }
    } else atEnd = false;
  }

  // assemble
  let text = '';
  const phi: GeneratedSpan[] = [];
  for (const p of parts) {
    if (typeof p === 'string') {
      text += p;
      continue;
    }
    const lead = p.t.length - p.t.trimStart().length;
    const body = p.t.trim();
    if (!body || body.includes('\n')) {
      text += p.t;
      continue;
    }
    const start = text.length + lead;
    text += p.t;
    phi.push({ start, end: start + body.length, category: p.c });
  }
  return { patient: `p${String(pIdx).padStart(4, '0')}`, text, phi, style };
}

export function generate(count: number, seed: number): GeneratedNote[] {
  const out: GeneratedNote[] = [];
  for (let pIdx = 0; out.length < count; pIdx++) {
    const pr = new R(mix(seed, pIdx, 0xac07e));
    const pt = makePatient(pr);
    const k = pr.i(1, 3);
    for (let nIdx = 0; nIdx < k && out.length < count; nIdx++) out.push(buildNote(seed, pIdx, nIdx, pt));
  }
  return out;
}
