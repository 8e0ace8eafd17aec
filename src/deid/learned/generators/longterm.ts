/**
 * Writer `longterm`: synthetic long-term-care notes (skilled nursing, rehab, dialysis, LTACH,
 * assisted living / group homes, MDS care-plan meetings, wound rounds, family logs, MAR notes,
 * hospital transfer forms, behavioural health) with PHI labelled. Everything here is invented.
 */
// Notes are written with a tagged template on a builder (`b.w\`text ${N(name)} more\``), which this rule
// cannot tell apart from a discarded expression; every such call appends to the builder.
/* eslint-disable @typescript-eslint/no-unused-expressions */
import { mulberry32 } from '../../../util/prng.js';

export interface GeneratedSpan { start: number; end: number; category: string }
export interface GeneratedNote { patient: string; text: string; phi: GeneratedSpan[]; style: string }

export const WRITER_NAME = 'longterm';

export const LONGTERM_STYLES: readonly string[] = [
  'snf_admission',
  'snf_daily',
  'rehab_therapy',
  'dialysis_run',
  'ltach_md',
  'incident_report',
  'mds_careplan',
  'wound_rounds',
  'family_log',
  'mar_note',
  'transfer_form',
  'ltc_behavior',
];

// ---------------------------------------------------------------- PRNG helpers
class R {
  private f: () => number;
  constructor(seed: number) { this.f = mulberry32(seed); }
  n(): number { return this.f(); }
  int(n: number): number { return Math.floor(this.f() * n); }
  range(a: number, b: number): number { return a + this.int(b - a + 1); }
  chance(p: number): boolean { return this.f() < p; }
  pick<T>(a: readonly T[]): T { return a[this.int(a.length)] as T; }
  shuffle<T>(a: readonly T[]): T[] {
    const out = a.slice();
    for (let i = out.length - 1; i > 0; i--) {
      const j = this.int(i + 1);
      const tmp = out[i] as T; out[i] = out[j] as T; out[j] = tmp;
    }
    return out;
  }
  some<T>(a: readonly T[], k: number): T[] { return this.shuffle(a).slice(0, Math.min(k, a.length)); }
  digits(k: number): string { let s = ''; for (let i = 0; i < k; i++) s += String(this.int(10)); return s; }
  letters(k: number): string { const A = 'ABCDEFGHJKLMNPQRSTUVWXYZ'; let s = ''; for (let i = 0; i < k; i++) s += A[this.int(A.length)]; return s; }
}

function mix(a: number, b: number): number {
  let h = (Math.imul(a ^ 0x5bd1e995, 0x9e3779b1) ^ Math.imul(b + 0x7f4a7c15, 0x85ebca6b)) >>> 0;
  h ^= h >>> 16; h = Math.imul(h, 0x7feb352d) >>> 0; h ^= h >>> 15; h = Math.imul(h, 0x846ca68b) >>> 0; h ^= h >>> 16;
  return h >>> 0;
}

// ---------------------------------------------------------------- document builder
type Cat = 'NAME' | 'LOCATION' | 'STATE' | 'DATE' | 'DATE_YEAR' | 'AGE' | 'PHONE' | 'ID' | 'EMAIL' | 'URL' | 'OTHER';
interface Phi { c: Cat; s: string }
type Val = string | number | Phi | Val[];
interface Seg { s: string; c?: Cat; up?: boolean }

const N = (s: string): Phi => ({ c: 'NAME', s });
const L = (s: string): Phi => ({ c: 'LOCATION', s });
const ST = (s: string): Phi => ({ c: 'STATE', s });
const D = (s: string): Phi => ({ c: 'DATE', s });
const Y = (s: string): Phi => ({ c: 'DATE_YEAR', s });
const PH = (s: string): Phi => ({ c: 'PHONE', s });
const ID = (s: string): Phi => ({ c: 'ID', s });
const EM = (s: string): Phi => ({ c: 'EMAIL', s });
const U = (s: string): Phi => ({ c: 'URL', s });
const O = (s: string): Phi => ({ c: 'OTHER', s });

class Doc {
  segs: Seg[] = [];
  private upper = false;
  w(strs: TemplateStringsArray, ...vals: Val[]): this {
    for (let i = 0; i < strs.length; i++) {
      const s = strs[i] as string;
      if (s) this.segs.push({ s, up: this.upper });
      if (i < vals.length) this.v(vals[i] as Val);
    }
    return this;
  }
  used = new Set<string>();
  v(x: Val): this {
    if (Array.isArray(x)) { for (const y of x) this.v(y); return this; }
    if (typeof x === 'object') {
      // nicknames like "the Willows", "the VA": the article stays outside the span
      const m = x.c === 'LOCATION' ? /^(the )(.+)$/i.exec(x.s) : null;
      if (m) { this.segs.push({ s: m[1] as string, up: this.upper }); this.segs.push({ s: m[2] as string, c: x.c, up: this.upper }); }
      else this.segs.push({ s: x.s, c: x.c, up: this.upper });
    }
    else this.segs.push({ s: String(x), up: this.upper });
    return this;
  }
  t(s: string): this { this.segs.push({ s, up: this.upper }); return this; }
  nl(): this { return this.t('\n'); }
  caps(fn: () => void): this { const was = this.upper; this.upper = true; fn(); this.upper = was; return this; }
  words(): number { return this.segs.map((s) => s.s).join('').split(/\s+/).filter((x) => /[A-Za-z0-9]/.test(x)).length; }
}

// ---------------------------------------------------------------- inventories
const FIRST_F: readonly string[] = [
  'Mildred', 'Dorothy', 'Eunice', 'Gladys', 'Bernice', 'Lorraine', 'Doris', 'Myrtle', 'Norma', 'Agnes', 'Lavonne', 'Alberta',
  'Wilhelmina', 'Hazel', 'Loretta', 'Imogene', 'Ethel', 'Velma', 'Opal', 'Geneva', 'Thelma', 'Rosetta', 'Carol', 'Linda',
  'Hope', 'Grace', 'Faith', 'Joy', 'June', 'May', 'April', 'Rose', 'Iris', 'Dawn', 'Pearl', 'Ruby', 'Ivy', 'Holly', 'Olive',
  'Daisy', 'Sandy', 'Crystal', 'Amber', 'Summer', 'Mercy', 'Patience', 'Charity', 'Precious', 'Blessing', 'Sunny', 'Violet',
  'Adaeze', 'Abena', 'Ngozi', 'Folasade', 'Fatoumata', 'Akosua', 'Chiamaka', 'Priya', 'Sunita', 'Harpreet', 'Ayesha',
  'Lakshmi', 'Mei', 'Yuki', 'Thao', 'Hoa', 'Seo-yeon', 'Xiuying', 'Oksana', 'Zofia', 'Jadwiga', 'Irina', 'Ludmila',
  'Fatima', 'Layla', 'Rania', 'Samira', 'Nadia', 'Guadalupe', 'Rosalinda', 'Marisol', 'Esperanza', 'Consuelo', 'Dolores',
  'Siobhan', 'Aoife', 'Brigid', 'Ingrid', 'Astrid', 'Solveig', 'Britt', 'Winona', 'Cheyenne', 'Tallulah', 'Nizhoni',
  'Keisha', 'Tamika', 'Latonya', 'Shanice',
];
const FIRST_M: readonly string[] = [
  'Harold', 'Walter', 'Earl', 'Clarence', 'Vernon', 'Wilbur', 'Otis', 'Delbert', 'Eugene', 'Lloyd', 'Herschel', 'Virgil',
  'Leroy', 'Floyd', 'Marvin', 'Donald', 'Gerald', 'Roy',
  'Frank', 'Will', 'Bill', 'Pat', 'Art', 'Rich', 'Chase', 'Hunter', 'Mark', 'Ray', 'Jack', 'Reed', 'Wade', 'Dale', 'Glen',
  'Lane', 'Rusty', 'Buck', 'Sonny', 'King', 'Major', 'Royal', 'Guy', 'Carver', 'Deacon',
  'Kwame', 'Yaw', 'Chidi', 'Mamadou', 'Kofi', 'Oluwaseun', 'Emeka', 'Tunde', 'Rajesh', 'Anand', 'Gurdeep', 'Farhan',
  'Nimal', 'Arjun', 'Hiroshi', 'Jun', 'Minh', 'Wei', 'Ji-ho', 'Tuan', 'Dmitri', 'Bogdan', 'Miroslav', 'Tadeusz',
  'Omar', 'Yousef', 'Khalid', 'Tariq', 'Jesús', 'Alejandro', 'Refugio', 'Esteban', 'Declan', 'Padraig', 'Eamon',
  'Cormac', 'Sven', 'Lars', 'Torbjorn', 'Dakota', 'Hosteen', 'Wyatt', 'Amos', 'Ezekiel', 'Booker', 'Deshawn', 'Tyrone',
];
const SURNAMES: readonly string[] = [
  'Stone', 'Hill', 'Price', 'Bell', 'Young', 'Brown', 'White', 'Green', 'Black', 'Rivers', 'Fox', 'Wolf', 'Little', 'Long',
  'Banks', 'Moody', 'Sharp', 'Swift', 'Strong', 'Love', 'Wise', 'Hale', 'Church', 'Marsh', 'Field', 'Lake', 'Ford', 'Woods',
  'Page', 'Cook', 'Baker', 'Mason', 'Fisher', 'Hunter', 'Frost', 'Snow', 'Winter', 'Day', 'Knight', 'King', 'Bishop',
  'Pope', 'Sweet', 'Bright', 'Hardy', 'Noble', 'Best', 'Lamb', 'Crane', 'Finch', 'Drake', 'Root', 'Waters', 'Person',
  'Adeyemi', 'Okonkwo', 'Mensah', 'Asante', 'Boateng', 'Diallo', 'Nwosu', 'Oyelaran', 'Bamidele', 'Owusu', 'Kouyate',
  'Sesay', 'Raghunathan', 'Chaudhry', 'Venkatesan', 'Bhattacharya', 'Siddiqui', 'Kulkarni', 'Gill', 'Sandhu',
  'Ranasinghe', 'Thapa', 'Nguyen', 'Tran', 'Pham', 'Zhao', 'Liang', 'Huang', 'Tanaka', 'Watanabe', 'Kim', 'Choi', 'Yoon',
  'Lau', 'Tsang', 'Kowalczyk', 'Wiśniewski', 'Petrenko', 'Hrabovsky', 'Zielinski', 'Novak', 'Sokolov', 'Babić',
  'Kuznetsova', 'Haddad', 'Al-Masri', 'Khoury', 'Nasser', 'Abdelrahman', 'El-Sayed', 'Mansour', 'Saleh', 'Qureshi',
  'de la Cruz', 'Gutiérrez', 'Villanueva', 'Ochoa', 'Barrientos', 'Del Toro', 'Quintero', 'Esparza', 'Maldonado',
  "O'Sullivan", 'McGillicuddy', 'Fitzgerald', 'Cassidy', 'Donnelly', 'MacNamara', 'Keane', 'Brennan', 'Lindqvist',
  'Haugen', 'Thorsen', 'Bergstrom', 'Sundberg', 'Halvorsen', 'Solberg', 'Begay', 'Yazzie', 'Tsosie', 'Benally',
  'Redcloud', 'Manygoats', 'Nez', 'Harjo', 'Tallchief', 'Okafor-Lindqvist', 'Garcia-Mendez', 'Smith-Haddad',
  'Reyes-Whitfield', 'van der Berg', 'De Luca', "d'Amico", 'von Stade', 'Ben-David', 'St. Pierre', 'da Silva',
  'Le Blanc', 'MacAulay', 'di Stefano', 'Washington', 'Jefferson', 'Whitfield', 'Pruitt', 'Gaskins', 'Tolliver',
];
const MIDDLE = 'ABCDEFGHJKLMNPRSTVW';

const TOWNS: readonly string[] = [
  'Millbrook', 'Cedar Falls', 'Stony Point', 'Fair Haven', 'Oak Ridge', 'Pleasant Valley', 'Granite Bend', 'Union',
  'Liberty', 'Harmony', 'Plainview', 'Marshfield', 'Riverside', 'Clayton', 'Hope', 'Bath', 'Reading', 'Independence',
  'Friendship', 'Commerce', 'Temple', 'Canton', 'Florence', 'Salem', 'Auburn', 'Eureka', 'Hazard', 'Normal',
  'Deer Park', 'Sweetwater', 'Greenville', 'Milford', 'Lebanon', 'Sterling', 'Goshen', 'North Kellam', 'East Tavish',
  'Brackenridge', 'Wyandotte Falls', 'Little Heron', 'Quarry Hill', 'Saltmarsh', 'Pinecrest', 'Old Forge', 'Two Rivers',
  'Beaver Dam', 'Iron Mountain', 'Coldwater', 'Broken Bow', 'Mount Olive', 'Shady Grove', 'Council Bluffs',
  'Bucksport', 'Port Adelaide', 'Tuckerton', 'Red Lodge', 'Chinle', 'Kayenta', 'Elkhorn', 'Mapleton', 'Orange', 'Marion', 'Warren', 'Chester', 'Dover', 'Bowling Green', 'Story City', 'Grand Detour', 'Shelbyville', 'Ten Sleep',
];
const STATES: readonly string[] = [
  'Ohio', 'OH', 'Pennsylvania', 'PA', 'Kentucky', 'KY', 'Michigan', 'MI', 'Iowa', 'IA', 'Arizona', 'AZ', 'New Mexico',
  'NM', 'Tennessee', 'TN', 'West Virginia', 'WV', 'Minnesota', 'MN', 'Maine', 'ME', 'Georgia', 'GA', 'Texas', 'TX',
  'Oregon', 'OR', 'N. Carolina', 'NC', 'Indiana', 'IN', 'Wisconsin', 'WI',
];
const COUNTRIES: readonly string[] = ['Nigeria', 'Ghana', 'India', 'Vietnam', 'Poland', 'Ukraine', 'Lebanon', 'Mexico', 'Ireland', 'Norway', 'Philippines', 'Guatemala', 'Korea'];
const STREETS: readonly string[] = ['Orchard Ridge Rd', 'Mill St', 'Church St', 'Depot Ave', 'Old County Rd 9', 'Hickory Ln', 'Water St', 'Quarry Rd', 'Main St', 'Fairview Dr', 'Pine Hollow Rd', 'Route 6', 'Lakeshore Blvd', 'Coal Run Rd', 'Station Rd', 'Willow Ct', 'Cemetery Hill Rd', 'Bluebird Way', 'N 4th Ave', 'Tallchief Loop', 'Frontage Rd', 'Kowalczyk Ln', 'Box Elder St', 'Hwy 191'];

interface Inst { full: string; short: string[] }
function inst(full: string, ...short: string[]): Inst { return { full, short: [full, ...short] }; }
const NURSING_HOMES: readonly Inst[] = [
  inst('Maple Grove Health & Rehabilitation Center', 'Maple Grove', 'MGHRC'),
  inst("St. Brigid's Manor", "St Brigid's", 'the Manor'),
  inst('The Willows at Fair Haven', 'the Willows', 'Willows'),
  inst('Golden Acres Care Center', 'Golden Acres', 'GACC'),
  inst('Lutheran Home of Cedar Falls', 'Lutheran Home', 'LHCF'),
  inst('Riverbend Post-Acute', 'Riverbend', 'RPA'),
  inst('Heritage Pointe of Granite Bend', 'Heritage Pointe', 'HPGB'),
  inst('Whitfield House Nursing & Rehab', 'Whitfield House'),
  inst('Pinecrest Skilled Nursing Facility', 'Pinecrest SNF', 'Pinecrest'),
  inst('Shady Grove Living Center', 'Shady Grove LC', 'SGLC'),
  inst('Bayberry Commons', 'Bayberry'),
  inst('Mount Olive Veterans Home', 'Mt Olive VA home', 'MOVH'),
  inst('Good Shepherd Nursing Home of Tuckerton', 'Good Shepherd', 'GSNH'),
  inst('Hale Street Care & Rehab', 'Hale St'),
  inst('Sundberg Lutheran Care Community', 'Sundberg'),
  inst('Red Lodge Health Care Center', 'RLHCC'),
  inst('Chinle Nursing Home', 'CNH'),
  inst('Little Heron Senior Living', 'Little Heron'),
  inst('Fairview Meadows Skilled Nursing', 'Fairview Meadows', 'FMSN'),
  inst('Holy Family Villa', 'the Villa'),
  inst('Cedar Crest Convalescent Home', 'Cedar Crest'),
  inst('Queen of Peace Residence', 'QOP'),
];
const AL_HOMES: readonly Inst[] = [
  inst('Evergreen Terrace Assisted Living', 'Evergreen Terrace', 'ETAL'),
  inst('Okafor Family Adult Care Home', 'Okafor home'),
  inst('Kowalczyk Group Home', 'Kowalczyk house'),
  inst('Harmony House Group Home', 'Harmony House'),
  inst('Brookside Memory Care', 'Brookside'),
  inst('Quarry Hill Residential Care', 'QHRC'),
  inst('Tallchief Supported Living', 'Tallchief SL'),
  inst('Sweetwater Community Living - Depot Ave home', 'Depot Ave house'),
];
const HOSPITALS: readonly Inst[] = [
  inst('Mercy Regional Medical Center', 'Mercy Regional', 'MRMC', 'Mercy'),
  inst("St. Aloysius Hospital", "St. Al's", 'St Als'),
  inst('Granite Bend General', 'GBG', 'the General'),
  inst('University of Granite Bend Medical Center', 'UGBMC', 'the U'),
  inst('Valley Presbyterian Hospital', 'Valley Pres', 'VPH'),
  inst('Haddad Memorial Hospital', 'Haddad Memorial', 'HMH'),
  inst('Two Rivers Community Hospital', 'Two Rivers', 'TRCH'),
  inst('Northern Navajo Medical Center', 'NNMC'),
  inst('Coldwater VA Medical Center', 'Coldwater VA', 'the VA'),
  inst("Our Lady of Sorrows Hospital", 'OLS', 'Sorrows'),
  inst('Baptist Health Union', 'BHU', 'Baptist'),
  inst('Iron Mountain Regional', 'IMR'),
  inst('Kellam County Hospital', 'KCH', 'County'),
  inst('Providence Sweetwater', 'Prov Sweetwater'),
  inst('Saltmarsh Memorial', 'Saltmarsh Mem'),
  inst('Bergstrom Heart Institute', 'BHI'),
];
const LTACHS: readonly Inst[] = [
  inst('Crestline Specialty Hospital', 'Crestline', 'CSH'),
  inst('Bellwether LTAC Hospital', 'Bellwether'),
  inst('Lakeshore Long-Term Acute Care', 'Lakeshore LTAC'),
  inst('Mercy Specialty Hospital of Granite Bend', 'MSH-GB', 'Mercy LTAC'),
  inst('Halvorsen Respiratory Hospital', 'Halvorsen'),
];
const DIALYSIS: readonly Inst[] = [
  inst('Renalcare of Oak Ridge', 'Renalcare', 'ROR'),
  inst('Northgate Dialysis', 'Northgate'),
  inst('Lakeshore Kidney Center', 'LKC'),
  inst('Sandhu Nephrology Dialysis Unit', 'Sandhu unit'),
  inst('Quarry Hill Home Dialysis Program', 'QH home program'),
  inst('Kidney Care Partners - Marshfield', 'KCP Marshfield'),
  inst('Two Rivers Dialysis', 'TRD'),
];
const PHARMACIES: readonly Inst[] = [
  inst('Keystone LTC Pharmacy', 'Keystone'),
  inst("Bell's Apothecary", "Bell's"),
  inst('Medi-Fill Pharmacy', 'Medi-Fill'),
  inst('Tri-County Institutional Pharmacy', 'Tri-County', 'TCIP'),
  inst('Nguyen Family Pharmacy', 'Nguyen pharmacy'),
  inst('Harmony Drug', 'Harmony'),
  inst('CareRx of Goshen', 'CareRx'),
];
const CHURCHES: readonly string[] = ['First Baptist Church of Union', "St. Casimir's", 'Holy Trinity Greek Orthodox', 'Bethel AME', 'Grace Lutheran', 'Temple Beth Shalom', 'Masjid al-Noor', 'Our Lady of Guadalupe parish', 'Kingdom Hall on Mill St', 'Hope Community Church'];
const EMPLOYERS: readonly string[] = ['Stony Point Paper Mill', 'Great Northern Railroad', 'the Hazard coal mine', 'Plainview High School', 'Lincoln Elementary', 'Bright Star Diner', 'Marsh & Finch Hardware', 'Iron Mountain Foundry', 'Granite Bend Post Office', 'Friendship Textile Co', 'Sweetwater County Schools', 'Baker Brothers Dairy'];
const AMBULANCE: readonly string[] = ['Tri-County EMS', 'Lifeline Ambulance', 'Granite Bend Fire & Rescue', 'Medi-Van Transport', 'Swift Medical Transport', 'Stone Valley Ambulance'];
const CLINICS: readonly string[] = ['Vascular Associates of Millbrook', 'Oak Ridge Podiatry', 'Clayton Family Practice', 'Hill Country Wound Clinic', 'Granite Bend Orthopedics', 'Young Eye Care', 'Tsosie Behavioral Health', 'Pinebrook Behavioral Health'];
const AGENCIES: readonly string[] = ['Guardianship Services of Tri-County', 'Area Agency on Aging', 'Adult Protective Services', 'Ombudsman office', 'Price Hospice', 'Heartland Valley Hospice', 'Faith Hospice of Granite Bend'];
const EMAIL_DOMAINS: readonly string[] = ['mailbox.net', 'granitebend.org', 'yahoo.com', 'gmail.com', 'outlook.com', 'frontiernet.net', 'maplegrovehrc.org'];

const AGENCY_CLEAN = AGENCIES;

export const INVENTORY_SIZES: Record<string, number> = {
  firstNamesFemale: FIRST_F.length,
  firstNamesMale: FIRST_M.length,
  surnames: SURNAMES.length,
  towns: TOWNS.length,
  statesAndCountries: STATES.length + COUNTRIES.length,
  streets: STREETS.length,
  nursingHomes: NURSING_HOMES.length,
  assistedLivingAndGroupHomes: AL_HOMES.length,
  hospitals: HOSPITALS.length,
  ltachs: LTACHS.length,
  dialysisUnits: DIALYSIS.length,
  pharmacies: PHARMACIES.length,
  churches: CHURCHES.length,
  employers: EMPLOYERS.length,
  ambulanceCompanies: AMBULANCE.length,
  clinicsAndAgencies: CLINICS.length + AGENCY_CLEAN.length,
};

// ---------------------------------------------------------------- people, dates
interface Person { first: string; last: string; mid: string; sex: 'F' | 'M' }
interface Staff extends Person { cred: string }
interface YMD { y: number; m: number; d: number }

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const DIM = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function person(r: R, sex?: 'F' | 'M'): Person {
  const sx = sex ?? (r.chance(0.55) ? 'F' : 'M');
  return { first: r.pick(sx === 'F' ? FIRST_F : FIRST_M), last: r.pick(SURNAMES), mid: r.pick(MIDDLE.split('')), sex: sx };
}
function staff(r: R, creds: readonly string[]): Staff { return { ...person(r), cred: r.pick(creds) }; }
function nm(r: R, p: Person, kind?: number): string {
  const k = kind ?? r.int(9);
  switch (k) {
    case 0: return `${p.first} ${p.last}`;
    case 1: return `${p.last}, ${p.first}`;
    case 2: return `${p.last}, ${p.first} ${p.mid}.`;
    case 3: return `${p.first[0]}. ${p.last}`;
    case 4: return `${p.last.toUpperCase()}, ${p.first.toUpperCase()}`;
    case 5: return `${p.first} ${p.mid}. ${p.last}`;
    case 6: return p.first;
    case 7: return p.last;
    default: return `${p.first} ${p.last}`;
  }
}
function full(p: Person): string { return `${p.first} ${p.last}`; }
function initials(p: Person, lower: boolean): string {
  const last = p.last.replace(/^(de la |van der |von |di |da |le |st\. |d'|o')/i, '');
  const s = `${p.first[0]}${(last[0] ?? 'x')}`;
  return lower ? s.toLowerCase() : s.toUpperCase();
}
function title(p: Person, r: R): string { return p.sex === 'M' ? 'Mr. ' : r.chance(0.7) ? 'Mrs. ' : 'Ms. '; }
function shift(d: YMD, days: number): YMD {
  let { y, m, d: dd } = d; dd += days;
  for (;;) {
    const dim = DIM[m - 1] as number;
    if (dd > dim) { dd -= dim; m++; if (m > 12) { m = 1; y++; } } else if (dd < 1) { m--; if (m < 1) { m = 12; y--; } dd += DIM[m - 1] as number; } else break;
  }
  return { y, m, d: dd };
}
function ord(n: number): string { const s = n % 100 >= 11 && n % 100 <= 13 ? 'th' : n % 10 === 1 ? 'st' : n % 10 === 2 ? 'nd' : n % 10 === 3 ? 'rd' : 'th'; return `${n}${s}`; }
function p2(n: number): string { return n < 10 ? `0${n}` : String(n); }
function fdate(r: R, d: YMD, kind?: number): string {
  const k = kind ?? r.int(11);
  const yy = p2(d.y % 100);
  switch (k) {
    case 0: return `${d.m}/${d.d}`;
    case 1: return `${d.m}/${d.d}/${yy}`;
    case 2: return `${p2(d.m)}/${p2(d.d)}/${d.y}`;
    case 3: return `${d.m}-${d.d}`;
    case 4: return `${MON[d.m - 1]} ${d.d}`;
    case 5: return `${MONTHS[d.m - 1]} ${ord(d.d)}`;
    case 6: return `${p2(d.d)}-${MON[d.m - 1]}-${d.y}`;
    case 7: return `${d.y}-${p2(d.m)}-${p2(d.d)}`;
    case 8: return `${MONTHS[d.m - 1]} ${d.d}, ${d.y}`;
    case 9: return `${d.m}/${d.d}/${d.y}`;
    default: return `${p2(d.m)}/${p2(d.d)}/${yy}`;
  }
}
function time(r: R): string {
  const h = r.int(24), m = r.pick([0, 5, 10, 15, 20, 30, 40, 45, 50, 55]);
  const k = r.int(4);
  if (k === 0) return `${p2(h)}${p2(m)}`;
  if (k === 1) return `${p2(h)}:${p2(m)}`;
  const hh = h % 12 === 0 ? 12 : h % 12;
  return `${hh}:${p2(m)}${k === 2 ? (h < 12 ? 'am' : 'pm') : h < 12 ? ' AM' : ' PM'}`;
}
function phone(r: R): string {
  const a = `${r.range(2, 9)}${r.digits(2)}`, b = `${r.range(2, 9)}${r.digits(2)}`, c = r.digits(4);
  switch (r.int(7)) {
    case 0: return `(${a}) ${b}-${c}`;
    case 1: return `${a}-${b}-${c}`;
    case 2: return `${a}.${b}.${c}`;
    case 3: return `${a}${b}${c}`;
    case 4: return `${b}-${c}`;
    case 5: return `(${a})${b}-${c} x${r.digits(3)}`;
    default: return `${a} ${b} ${c}`;
  }
}
function ageV(a: number): Val { return a > 89 ? { c: 'AGE', s: String(a) } : String(a); }

interface Patient {
  p: Person; age: number; dob: YMD; mrn: string; room: string; home: Inst; hosp: Inst; town: string; state: string;
  rel: Person; relKind: string; rel2: Person; rel2Kind: string; relPhone: string; pcp: Staff; base: YMD;
  pharm: Inst; church: string; job: string; born: string; dx: string[];
}
const REL_KINDS = ['daughter', 'son', 'wife', 'husband', 'niece', 'nephew', 'granddaughter', 'grandson', 'sister', 'brother', 'neighbor', 'friend', 'guardian', 'POA', 'stepdaughter', 'daughter-in-law'];
const DX: readonly string[] = ['CHF', 'COPD', 'ESRD on HD', "Alzheimer's dementia", 'vascular dementia', "Parkinson's disease", 'DM2', 'HTN', 'CKD 4', 'afib on Eliquis', 'hx CVA w/ L hemiparesis', 'R hip fx s/p ORIF', 'osteoarthritis', 'depression', 'hypothyroidism', 'BPH', 'MDD', 'schizoaffective d/o', 'Lewy body dementia', "Crohn's disease", 'Graves disease s/p RAI', 'sacral pressure injury', 'trach/vent dependent', 'PEG dependent', 'OSA on CPAP', 'gout', 'anemia of CKD', 'MRSA bacteremia', 'chronic resp failure', 'BKA L'];

const FEM_KINDS = new Set(['daughter', 'wife', 'niece', 'granddaughter', 'sister', 'stepdaughter', 'daughter-in-law']);
const MALE_KINDS = new Set(['son', 'husband', 'nephew', 'grandson', 'brother']);
function relOf(r: R, ptSex: 'F' | 'M'): { kind: string; who: Person } {
  let kind = r.pick(REL_KINDS);
  if (kind === 'wife' && ptSex === 'F') kind = 'husband';
  else if (kind === 'husband' && ptSex === 'M') kind = 'wife';
  const sx = FEM_KINDS.has(kind) ? 'F' : MALE_KINDS.has(kind) ? 'M' : undefined;
  return { kind, who: person(r, sx) };
}
function rels(r: R, ptSex: 'F' | 'M'): { rel: Person; relKind: string; rel2: Person; rel2Kind: string } {
  const a = relOf(r, ptSex);
  let b2 = relOf(r, ptSex);
  if (b2.kind === a.kind && (a.kind === 'wife' || a.kind === 'husband')) b2 = { kind: 'guardian', who: person(r) };
  return { rel: a.who, relKind: a.kind, rel2: b2.who, rel2Kind: b2.kind };
}
function makePatient(seed: number, pi: number): Patient {
  const r = new R(mix(seed ^ 0x1234abcd, pi));
  const p = person(r);
  const old = r.chance(0.25);
  const age = old ? r.range(90, 104) : r.range(38, 89);
  const base: YMD = { y: r.range(2019, 2026), m: r.range(1, 12), d: r.range(1, 28) };
  const dob: YMD = { y: base.y - age - (r.chance(0.5) ? 1 : 0), m: r.range(1, 12), d: r.range(1, 28) };
  const room = r.pick([`${r.range(1, 3)}${r.digits(2)}${r.pick(['A', 'B', '', '-1', '-2', 'W'])}`, `${r.pick(['E', 'W', 'N'])}${r.range(1, 4)}${r.digits(2)}`, `${r.range(100, 340)}`]);
  return {
    p, age, dob, base, room,
    mrn: r.pick([r.digits(8), `${r.letters(2)}${r.digits(6)}`, `00${r.digits(7)}`, `${r.digits(3)}-${r.digits(2)}-${r.digits(3)}`]),
    home: r.pick(NURSING_HOMES), hosp: r.pick(HOSPITALS), town: r.pick(TOWNS), state: r.pick(STATES),
    ...rels(r, p.sex), relPhone: phone(r),
    pcp: staff(r, ['MD', 'DO', 'NP', 'APRN', 'PA-C']), pharm: r.pick(PHARMACIES), church: r.pick(CHURCHES),
    job: r.pick(EMPLOYERS), born: r.pick(COUNTRIES), dx: r.some(DX, r.range(3, 6)),
  };
}

// ---------------------------------------------------------------- shared pieces
const NURSE_CREDS = ['RN', 'LPN', 'RN BSN', 'LVN', 'RN, WCC', 'LPN/CMA'];
const AIDE_CREDS = ['CNA', 'STNA', 'CNA', 'CMA', 'DSP', 'PCA'];
const MD_CREDS = ['MD', 'DO', 'NP', 'APRN', 'PA-C', 'FNP-C'];

function sig(b: Doc, r: R, s: Staff, when?: YMD): void {
  const k = r.int(11);
  const dstr = when ? D(fdate(r, when)) : null;
  switch (k) {
    case 0: b.w`\n${N(full(s))}, ${s.cred}`; break;
    case 1: b.w`\n-- ${N(full(s))} ${s.cred}`; break;
    case 2: b.w`\nsigned: ${N(nm(r, s, 3))}, ${s.cred}`; break;
    case 3: b.w`\n${N(initials(s, false))} ${s.cred}`; break;
    case 4: b.w`\n/${N(initials(s, true))}`; break;
    case 5: b.w`\nElectronically signed by ${N(nm(r, s, r.pick([1, 4])))} (${s.cred})`; break;
    case 6: b.w`\n${s.cred} ${N(full(s))}`; break;
    case 7: b.w`\n${N(s.first)} ${s.cred}`; break;
    case 8: b.w`\n${N(full(s).toLowerCase())} ${s.cred.toLowerCase()}`; break;
    case 9: b.w`\n${N(initials(s, true))}/${N(initials(person(r), true))}`; break;
    default: b.w`\nCo-signed: ${N(nm(r, s, r.pick([1, 4])))}, ${s.cred} / reviewed by Dr. ${N(person(r).last)}`; break;
  }
  if (dstr) b.w` ${dstr} ${time(r)}`;
}
function vitals(b: Doc, r: R): void {
  b.w`BP ${r.range(92, 168)}/${r.range(48, 96)} HR ${r.range(56, 112)} RR ${r.range(14, 24)} T ${r.pick(['97.', '98.', '99.', '100.'])}${r.int(10)} SpO2 ${r.range(88, 99)}% ${r.pick(['RA', 'on 2L NC', 'on 3 L', 'RA'])}`;
}
const FILLER: readonly string[] = [
  'foley cath patent draining clear yellow urine.', 'no frank blood noted in brief.', 'will continue to monitor.',
  'call bell within reach, bed in low position.', 'Hoyer lift x2 assist for transfers.', "Parkinson's tremor at baseline.",
  'Braden score 14, turning q2h.', 'hope to return to prior level of function.', 'resident said grace before lunch.',
  'Murphy sign negative.', 'Babinski negative bilat.', 'on Eliquis, no bruising noted.', 'Ensure plus TID between meals.',
  'prevalon boots on, heels floated.', 'Geri-chair at nurses station for supervision.', 'pain 3/10 after Tylenol.',
  'Miralax given, BM x1 large.', 'will f/u with NP on Monday.', 'family will visit over Thanksgiving weekend.',
  'no c/o pain, 0/10.', 'lungs diminished bases, crackles R base.', 'pitting edema 2+ BLE.', 'sara stedy used for toileting.',
  'tab alarm on and functioning.', 'accu-chek 212 at 1630, 4 units novolog per sliding scale.', 'Depakote level pending.',
  'rose from chair without assist, steady.', 'young resident on unit, plays cards with staff.', 'kidney stone hx, no flank pain.',
  'Bell\'s palsy residual R face, unchanged.', 'Cheyne-Stokes pattern noted while sleeping.', 'Trendelenburg gait noted.',
  'mark on L forearm from BP cuff, blanchable.', 'may have Boost if refuses meal.', 'took meds in applesauce.',
  'Christmas party in dining room attended.', 'Wednesday shower day, completed.', 'Glasgow 15.', 'Berg 31/56.',
  'hi-lo bed, fall mats bilat.', 'wander guard intact L ankle.', 'Huntington chorea worse in afternoons.',
];
function filler(b: Doc, r: R, k: number): void {
  let n = 0;
  for (const f of r.shuffle(FILLER)) {
    if (n >= k) break;
    if (b.used.has(f)) continue;
    b.used.add(f); b.w` ${f}`; n++;
  }
}
const LABS: readonly string[] = ['Tri-State Mobile Lab', 'Hill Country Labs', 'Keystone Mobile X-ray', 'Portable Imaging of Union'];
const TV: readonly string[] = ['Wheel of Fortune', 'Jeopardy', 'the Price is Right', 'the Braves game', 'Family Feud'];
const WORDY: readonly string[] = [
  'Will call back if needed.', 'Hope is to discharge home w/ HH.', 'Frank discussion w/ family re: code status.',
  'Faith is very important to res.', 'Mark on sacrum resolved.', 'Rose in BP noted after AM meds, rechecked.',
  'Joy noted during music therapy.', 'Grace period for Medicaid pending application.', 'Young for this unit, prefers younger staff.',
  'Price of Boost discussed, family to bring own.', 'Bill for pharmacy copay sent to business office.', 'Hunter green sweater labeled.',
  'May resume shower schedule per MD.', 'Chase team notified for lab draw.', 'Sandy colored stool, guaiac neg.', 'Dawn checks done, all residents accounted for.',
];
function extra(b: Doc, r: R, pt: Patient): void {
  const k = r.int(20);
  const o = person(r);
  switch (k) {
    case 0: b.w`${pt.relKind} ${N(pt.rel.first)} called, updated.`; break;
    case 1: b.w`${pt.pcp.cred} ${N(nm(r, pt.pcp, r.pick([0, 3, 7])))} in to see res ${r.pick(['Tuesday', 'today', 'this am', 'Friday'])}.`; break;
    case 2: b.w`res went to service at ${L(pt.church)} w/ ${pt.relKind}.`; break;
    case 3: b.w`appt ${L(r.pick(CLINICS))} ${D(fdate(r, shift(pt.base, r.range(1, 60))))} ${time(r)}, transport arranged.`; break;
    case 4: b.w`labs drawn by ${L(r.pick(LABS))}, results to ${N(nm(r, pt.pcp, 7))}.`; break;
    case 5: b.w`chaplain ${N(full(o))} visited, prayed w/ res.`; break;
    case 6: b.w`beautician ${N(o.first)} did hair.`; break;
    case 7: b.w`res watching ${r.pick(TV)} in day room.`; break;
    case 8: b.w`res talked about growing up in ${L(r.pick(TOWNS))}, ${ST(r.pick([...STATES, ...COUNTRIES]))}.`; break;
    case 9: b.w`res asking for ${N(o.first)} (${r.pick(['deceased sister', 'late brother', 'old friend', 'mother'])}), reoriented.`; break;
    case 10: b.w`roommate ${N(nm(r, o, r.pick([0, 7])))} in ${O(`${r.range(100, 240)}${r.pick(['A', 'B'])}`)} complains re tv volume.`; break;
    case 11: b.w`mobile dentist ${N(nm(r, o, 0))} DDS to see next visit.`; break;
    case 12: b.w`hospice aide ${N(o.first)} in for bath.`; break;
    case 13: b.w`volunteer ${N(full(o))} from ${L(pt.church)} brought communion.`; break;
    case 14: b.w`weights per ${N(o.first)} ${r.pick(['CNA', 'STNA'])}.`; break;
    case 15: b.w`res says ${pt.p.sex === 'F' ? 'she' : 'he'} worked at ${L(pt.job)} for ${r.range(10, 40)} yrs, retired ${Y(String(r.range(1975, 2015)))}.`; break;
    case 16: b.w`${r.pick(['mail', 'card', 'package'])} from ${pt.rel2Kind} ${N(full(pt.rel2))} read to res.`; break;
    default: { const wd = r.pick(WORDY); if (!b.used.has(wd)) { b.used.add(wd); b.t(wd); } else b.w`no new concerns.`; }
  }
}
function relRef(b: Doc, r: R, pt: Patient, second = false): void {
  const rp = second ? pt.rel2 : pt.rel;
  const kind = second ? pt.rel2Kind : pt.relKind;
  switch (r.int(5)) {
    case 0: b.w`${kind} ${N(full(rp))}`; break;
    case 1: b.w`${kind} (${N(rp.first)})`; break;
    case 2: b.w`${title(rp, r)}${N(rp.last)} (${kind})`; break;
    case 3: b.w`${N(nm(r, rp, 1))} - ${kind}`; break;
    default: b.w`${kind} ${N(rp.first.toLowerCase())}`; break;
  }
}
function ptName(r: R, pt: Patient): Val {
  const n = N(nm(r, pt.p, r.pick([0, 1, 2, 4, 5, 0])));
  const k = r.int(10);
  if (k === 0) return [n, ', ', ageV(pt.age), ' y/o'];
  if (k === 1) return [n, ' (', ageV(pt.age), pt.p.sex, ')'];
  if (k === 2) return [n, ' age ', ageV(pt.age)];
  return n;
}
function inst1(r: R, i: Inst): Phi { return L(r.pick(i.short)); }
function addr(r: R): string { return `${r.range(3, 9800)} ${r.pick(STREETS)}${r.chance(0.3) ? ` ${r.pick(['Apt', 'Unit', 'Lot', '#'])} ${r.range(1, 40)}${r.pick(['', 'B', 'C'])}` : ''}`; }
function zip(r: R): string { return `${r.range(1, 9)}${r.digits(4)}`; }

// ---------------------------------------------------------------- styles
type StyleFn = (b: Doc, r: R, pt: Patient, d: YMD, v: number) => void;

const snfAdmission: StyleFn = (b, r, pt, d, v) => {
  const nurse = staff(r, NURSE_CREDS);
  const md = staff(r, MD_CREDS);
  const from = pt.hosp;
  if (v === 0) {
    b.w`ADMISSION NURSING ASSESSMENT\nResident: ${N(nm(r, pt.p, r.pick([1, 2, 4])))}   DOB: ${D(fdate(r, pt.dob, r.pick([2, 9, 10])))}   Age: ${ageV(pt.age)}\nMRN: ${ID(pt.mrn)}   Room: ${O(pt.room)}\nAdmit date: ${D(fdate(r, d))}   From: ${inst1(r, from)}\nAttending: Dr. ${N(nm(r, md, 7))}\nResponsible party: `;
    relRef(b, r, pt); b.w` ph ${PH(pt.relPhone)}\nDx: ${pt.dx.join(', ')}\n`;
    b.w`Neuro: A&O x${r.range(1, 3)}, follows simple commands.\nCardiac: `; vitals(b, r); b.w`\nSkin: see skin sheet.`; filler(b, r, 2);
    b.w`\nCode status: ${r.pick(['Full code', 'DNR/DNI', 'DNR, MOLST on chart'])}.`;
    sig(b, r, nurse, d);
  } else if (v === 1) {
    b.w`${ageV(pt.age)} yo ${pt.p.sex === 'F' ? 'female' : 'male'} admitted to rm ${O(pt.room)} on ${D(fdate(r, d))} at ${time(r)} from ${inst1(r, from)} via ${L(r.pick(AMBULANCE))} stretcher. Hosp stay for ${r.pick(pt.dx)}, ${r.pick(['aspiration pna', 'UTI w/ sepsis', 'fall w/ hip fx', 'CHF exacerbation', 'AKI'])}. PMH ${pt.dx.join(', ')}. Lives alone in ${L(pt.town)}, ${ST(pt.state)} prior, ${pt.relKind} `;
    b.w`${N(full(pt.rel))} checks on ${pt.p.sex === 'F' ? 'her' : 'him'}. Resident oriented to room, call light and unit routine.`; filler(b, r, 3);
    b.w` MD ${N(nm(r, md, 3))} notified of arrival, admission orders verified with ${N(nm(r, staff(r, ['RN']), 0))} RN.`;
    sig(b, r, nurse);
  } else if (v === 2) {
    b.w`Admit note ${D(fdate(r, d))}\n* name: ${ptName(r, pt)}\n* rm ${O(pt.room)}\n* from ${inst1(r, from)} ${r.pick(['4 West', 'MICU', 'ortho floor', 'tele', 'the ED'])}\n* diet: ${r.pick(['mech soft, nectar thick', 'renal 2g Na', 'CCD', 'regular, thin liquids'])}\n* skin: ${r.pick(['stage 2 sacrum', 'intact', 'bruising bilat forearms', 'dsg to L hip incision CDI'])}\n* transfers: ${r.pick(['1 assist w/ RW', 'hoyer x2', 'SBA', 'max assist'])}\n* cognition: BIMS ${r.range(3, 15)}/15\n* contact: `;
    relRef(b, r, pt); b.w` ${PH(pt.relPhone)}\n*`; filler(b, r, 2); sig(b, r, nurse, d);
  } else if (v === 3) {
    b.w`SBAR - new admission\nS: ${title(pt.p, r)}${N(pt.p.last)} admitted from ${inst1(r, from)} for skilled PT/OT after ${r.pick(['R TKA', 'L hip ORIF', 'CVA', 'prolonged hospitalization', 'CABG'])}.\nB: hx ${pt.dx.join(', ')}. ${r.pick(['CABG', 'MI', 'CVA', 'L knee replacement'])} in ${Y(String(r.range(1978, 2021)))}. Former ${r.pick(['teacher', 'machinist', 'nurse aide', 'farmer', 'bookkeeper'])} at ${L(r.pick(EMPLOYERS))}.\nA: `;
    vitals(b, r); b.w`.`; filler(b, r, 2); b.w`\nR: orders reviewed w/ ${N(nm(r, md, 0))}, ${md.cred}. care plan initiated.`; sig(b, r, nurse, d);
  } else if (v === 4) {
    b.w`pt arrived ${time(r)} from `; b.v(L(r.pick(from.short).toLowerCase()));
    b.w` by wc van, ${pt.relKind} ${N(pt.rel.first.toLowerCase())} with ${pt.p.sex === 'F' ? 'her' : 'him'} brought clothes and tv, inventory done. skin check done with ${N(nurse.first.toLowerCase())} nurse, `;
    b.w`${r.pick(['sacrum red blanchable', 'heels boggy', 'old scar abd'])}. pt ${r.pick(['pleasant', 'tearful', 'confused asking for'])} `;
    b.v(N(r.pick(FIRST_F).toLowerCase())); b.w` .`; filler(b, r, 3); b.w` vs `; vitals(b, r); sig(b, r, staff(r, AIDE_CREDS));
  } else if (v === 5) {
    b.w`ADMISSION INVENTORY / BELONGINGS  rm ${O(pt.room)}\nResident ${ptName(r, pt)}  admitted ${D(fdate(r, d))}\n- glasses (1 pr) in case\n- upper denture, partial lower\n- wedding band yellow metal - sent home w/ `;
    relRef(b, r, pt); b.w`\n- ${r.pick(['walker', 'rollator', 'cane', 'manual w/c labeled'])}\n- hearing aid ${r.pick(['R', 'L', 'bilat'])}, serial ${O(`${r.letters(2)}${r.digits(7)}`)}\n- cell phone ${PH(phone(r))}\n- bible from ${L(pt.church)}\nitems labeled w/ name. witness: ${N(nm(r, staff(r, AIDE_CREDS), 0))} CNA.`;
    sig(b, r, nurse, d);
  } else if (v === 6) {
    b.w`READMISSION NOTE\nResident returned to ${L(r.pick(pt.home.short))} from ${inst1(r, from)} on ${D(fdate(r, d))} after ${r.range(2, 9)} day stay. Original admit here ${D(fdate(r, shift(d, -r.range(20, 300))))}. Returned to same room ${O(pt.room)}. New orders: ${r.pick(['Lasix 40 mg daily', 'Keflex x 5 days', 'Coumadin held', 'Seroquel d/c', 'Eliquis 2.5 BID'])}. `;
    filler(b, r, 3); b.w` Hospitalist d/c summary signed by Dr. ${N(nm(r, person(r), r.pick([0, 3, 7])))}. ${title(pt.rel, r)}${N(pt.rel.last)} aware.`; sig(b, r, nurse);
  } else if (v === 7) {
    const hn = person(r);
    b.w`Telephone report received ${time(r)} from ${N(hn.first)} RN at ${inst1(r, from)} ${r.pick(['5 North', 'step down', 'ICU', 'ortho'])}, callback ${PH(phone(r))}. Pt ${N(nm(r, pt.p, 0))}, DOB ${D(fdate(r, pt.dob, 2))}, age ${ageV(pt.age)}. Admitted there for ${r.pick(pt.dx)}. Last PRN ${r.pick(['oxycodone 5 mg', 'Tylenol 650', 'Ativan 0.5 mg', 'Zofran 4 mg'])} at ${time(r)}. `;
    b.w`IV removed. ${r.pick(['Foley removed this AM, voided since.', 'has foley, 16 fr, placed ' + 'on floor.', 'incontinent of bowel and bladder.'])} Expected arrival after ${time(r)} via ${L(r.pick(AMBULANCE))}.`; filler(b, r, 2); sig(b, r, nurse, d);
  } else {
    const hos = r.pick(AGENCY_CLEAN);
    b.w`Admit under hospice - ${L(hos)} (RN case mgr ${N(full(person(r)))}, ${PH(phone(r))}). Resident ${N(nm(r, pt.p, r.pick([0, 4])))} age ${ageV(pt.age)} w/ end stage ${r.pick(pt.dx)}. Comfort focused care, DNR. Family `;
    relRef(b, r, pt); b.w` at bedside, chaplain from ${L(pt.church)} to visit ${r.pick(['Sunday', 'Friday', 'tomorrow'])}.`; filler(b, r, 2); sig(b, r, nurse, d);
  }
};

const snfDaily: StyleFn = (b, r, pt, d, v) => {
  const nurse = staff(r, NURSE_CREDS);
  const aide = staff(r, AIDE_CREDS);
  if (v === 0) {
    b.w`${r.pick(['Day shift', '7-3', '3-11', 'NOC', '2-10 shift'])} note ${D(fdate(r, d))}: Resident ${ptName(r, pt)} rm ${O(pt.room)}. `;
    vitals(b, r); b.w`.`; filler(b, r, 4); sig(b, r, nurse);
  } else if (v === 1) {
    b.w`D: res noted ${r.pick(['with increased confusion', 'coughing after thin liquids', 'refusing breakfast', 'c/o L knee pain 6/10'])} this am.\nA: `;
    vitals(b, r); b.w`. ${r.pick(['NP', 'MD', 'on call'])} ${N(nm(r, pt.pcp, r.pick([0, 3, 7])))} notified at ${time(r)}, new order for ${r.pick(['UA C&S', 'CXR', 'CBC BMP', 'ST eval'])}.\nR: `;
    filler(b, r, 2); b.w` ${pt.relKind} `; b.v(N(pt.rel.first)); b.w` updated by phone.`; sig(b, r, nurse, d);
  } else if (v === 2) {
    b.w`SKILLED NURSING NOTE - MED A day ${r.range(2, 60)}\nSkilled need: ${r.pick(['IV abx via PICC', 'wound care', 'therapy 5x/wk', 'new insulin teaching'])}\n`;
    vitals(b, r); b.w`\nResp: ${r.pick(['clear', 'diminished', 'exp wheeze'])}\nGI/GU: ${r.pick(['BS x4', 'last BM 2 days', 'foley draining'])}\nSkin: ${r.pick(['intact', 'see wound note'])}\n`;
    filler(b, r, 3); b.w`\nPlan: cont POC, f/u Dr. ${N(nm(r, pt.pcp, 7))} rounds ${r.pick(['Tuesday', 'Thursday', 'next week'])}.`; sig(b, r, nurse);
  } else if (v === 3) {
    const t0 = time(r), t1 = time(r), t2 = time(r);
    b.w`${t0} ${r.pick(['res up in wc for breakfast', 'resting in bed eyes closed', 'pt yelling out'])}. ${t1} ${r.pick(['toileted', 'changed', 'repositioned'])} by ${N(aide.first)} ${aide.cred}.`;
    b.w` ${t2} ${r.pick(['visit from', 'phone call w/'])} `; relRef(b, r, pt); b.w`.`; filler(b, r, 3); sig(b, r, nurse, d);
  } else if (v === 4) {
    b.w`72 hr post fall monitoring - day ${r.range(1, 3)}. fall occurred ${D(fdate(r, shift(d, -r.range(1, 2))))} in rm ${O(pt.room)}. no s/s injury. neuro checks wnl. `;
    vitals(b, r); b.w`. ROM full all ext. `; filler(b, r, 2); b.w` ${pt.relKind} ${N(nm(r, pt.rel, 0))} aware.`; sig(b, r, nurse);
  } else if (v === 5) {
    b.caps(() => { b.w`${ptName(r, pt)} RM ${O(pt.room)} - WEIGHT CHANGE`; });
    b.w`\nwt today ${r.range(98, 240)}.${r.int(10)} lb, ${r.range(3, 9)}% loss x30 days. RD ${N(nm(r, staff(r, ['RD']), 0))} notified, Dr. ${N(pt.pcp.last)} notified. Magic cup BID started. `;
    filler(b, r, 3); sig(b, r, nurse, d);
  } else if (v === 6) {
    b.w`isolation note - contact/droplet for ${r.pick(['COVID+', 'C diff', 'flu A', 'MRSA wound', 'norovirus outbreak on unit'])} swab ${D(fdate(r, shift(d, -2)))}. res tolerating, meals in room. `;
    b.w`spoke w/ infection preventionist ${N(full(staff(r, NURSE_CREDS)))} re: clearance. `; filler(b, r, 3); sig(b, r, nurse);
  } else if (v === 7) {
    b.w`prn note: ${r.pick(['tramadol 50 mg', 'Tylenol 650 mg', 'Ativan 0.25 mg', 'Zofran 4 mg ODT'])} given ${time(r)} for ${r.pick(['pain L hip 7/10', 'anxiety', 'nausea'])}. f/u at ${time(r)} effective. `;
    filler(b, r, 3); b.w` res states "${r.pick(['my boy', 'my girl', 'my sister'])} `; b.v(N(r.pick(r.chance(0.5) ? FIRST_F : FIRST_M))); b.w` is coming ${r.pick(['friday', 'sunday', 'after church'])}".`; sig(b, r, aide);
  } else {
    b.w`NOC: res slept ${r.range(3, 8)} hrs. `; filler(b, r, 2); b.w` up x${r.range(1, 4)} to br w/ 1 assist. ${r.pick(['no distress', 'CPAP on', 'O2 2L on'])}. report given to oncoming ${N(nm(r, staff(r, NURSE_CREDS), 0))}.`; filler(b, r, 2); sig(b, r, nurse, d);
  }
};

const rehab: StyleFn = (b, r, pt, d, v) => {
  const pt1 = staff(r, ['PT', 'DPT', 'PTA']);
  const ot = staff(r, ['OTR/L', 'COTA', 'OT']);
  const slp = staff(r, ['CCC-SLP', 'SLP', 'MS, CCC-SLP']);
  if (v === 0) {
    b.w`PT DAILY NOTE  ${D(fdate(r, d))}\nPatient: ${ptName(r, pt)}   Facility: ${inst1(r, pt.home)}\nS: "${r.pick(['my legs feel like jelly', 'I want to go home', 'better today', 'hip hurts'])}"\nO: gait ${r.range(20, 250)} ft RW CGA, sit-stand x${r.range(3, 10)}, Berg ${r.range(18, 50)}/56, TUG ${r.range(11, 40)} sec.\nA: progressing toward goals.\nP: cont POC 5x/wk.`;
    sig(b, r, pt1, d);
  } else if (v === 1) {
    b.w`OT progress note (visit ${r.range(6, 20)}/${r.range(20, 30)})\n${title(pt.p, r)}${N(pt.p.last)} seen in ${r.pick(['rehab gym', 'room', 'ADL kitchen'])}. LB dressing ${r.pick(['mod A', 'min A', 'SBA'])} w/ reacher and sock aid, toileting min A. UE strength 3+/5 R, 4/5 L. Plans d/c home to `;
    b.w`${L(pt.town)} w/ ${pt.relKind} `; b.v(N(pt.rel.first)); b.w`. home eval requested.`; filler(b, r, 2); sig(b, r, ot);
  } else if (v === 2) {
    b.w`SLP - dysphagia tx\nMBSS at ${inst1(r, pt.hosp)} ${D(fdate(r, shift(d, -r.range(3, 20))))}: ${r.pick(['silent aspiration thin', 'penetration w/ nectar', 'delayed swallow initiation'])}. Today: pt tolerated ${r.pick(['mech soft/nectar', 'puree/honey', 'soft & bite sized/mildly thick'])} w/ chin tuck, no overt s/s aspiration. `;
    filler(b, r, 2); b.w` Recommend cont diet, 1:1 supervision. Educated ${pt.relKind} ${N(nm(r, pt.rel, 0))}.`; sig(b, r, slp, d);
  } else if (v === 3) {
    b.w`PHYSICAL THERAPY DISCHARGE SUMMARY\nResident: ${N(nm(r, pt.p, 4))}  MRN ${ID(pt.mrn)}\nSOC ${D(fdate(r, shift(d, -r.range(14, 60))))}  DC ${D(fdate(r, d))}\nPLOF: independent w/ cane in home in ${L(pt.town)}\nCurrent: ${r.pick(['mod I w/ RW 150 ft', 'min A transfers', 'w/c level'])}\nDC to: ${r.pick(['home w/ HH', 'LTC same facility', 'AL at'])} `;
    b.v(L(r.pick(AL_HOMES).full)); b.w`\nDME: RW, shower chair.`; filler(b, r, 1); sig(b, r, pt1, d);
  } else if (v === 4) {
    b.w`ot: pt ${N(pt.p.first.toLowerCase())} seen bedside ${r.range(30, 55)} min, grooming at sink standing ${r.range(2, 6)} min w/ cga, ue ther-ex 2x10 yellow theraband. pt stated ${pt.p.sex === 'F' ? 'her' : 'his'} ${pt.relKind} `;
    b.v(N(pt.rel.first.toLowerCase())); b.w` will help at home. will cont.`; filler(b, r, 2); sig(b, r, ot);
  } else if (v === 5) {
    b.w`SLP cognitive-linguistic\nSLUMS ${r.range(8, 26)}/30, BIMS ${r.range(5, 15)}/15. Pt recalled 2/3 words, oriented to month but not year (stated ${Y(String(r.range(1960, 2015)))}). Memory book made w/ photos of `;
    b.w`${pt.relKind} ${N(full(pt.rel))} and grandchildren ${N(r.pick(FIRST_F))} and ${N(r.pick(FIRST_M))}. `; filler(b, r, 2); sig(b, r, slp, d);
  } else if (v === 6) {
    b.w`Group therapy (PT) ${D(fdate(r, d))} ${time(r)} - seated ther-ex x30 min. Attendees: ${N(nm(r, pt.p, 3))}, ${N(nm(r, person(r), 3))}, ${N(nm(r, person(r), 3))}. Concurrent minutes per Med B rules. `;
    filler(b, r, 3); sig(b, r, pt1);
  } else if (v === 7) {
    b.w`Progress report / recert - PT\nDx: ${r.pick(pt.dx)}, difficulty walking R26.2\nReferring: ${N(nm(r, pt.pcp, 0))}, ${pt.pcp.cred}\nGoals:\n1. amb 150 ft RW mod I - partially met\n2. stairs x4 w/ rail - not met\n3. transfers SBA - met\nRecert period ${D(fdate(r, d, 0))} - ${D(fdate(r, shift(d, 30), 0))}.`;
    filler(b, r, 1); sig(b, r, pt1, d);
  } else {
    b.caps(() => { b.w`THERAPY SCREEN - QUARTERLY`; });
    b.w`\nres ${ptName(r, pt)} screened per MDS. no decline in mobility noted. amb w/ ${r.pick(['RW', 'quad cane', 'w/c self-propel'])}. no skilled needs at this time. nursing ${N(nm(r, staff(r, NURSE_CREDS), 3))} agrees.`; filler(b, r, 2); sig(b, r, pt1, d);
  }
};

const dialysis: StyleFn = (b, r, pt, d, v) => {
  const unit = r.pick(DIALYSIS);
  const rn = staff(r, ['RN', 'RN, CNN', 'LPN']);
  const tech = staff(r, ['CCHT', 'PCT', 'CHT']);
  const neph = staff(r, ['MD', 'DO', 'NP']);
  const edw = r.range(48, 120);
  if (v === 0) {
    b.w`HD RUN SHEET - ${L(unit.full)}\nPt: ${N(nm(r, pt.p, r.pick([1, 4])))}  MRN ${ID(pt.mrn)}  Chair ${r.range(1, 22)}  Date ${D(fdate(r, d, r.pick([1, 2, 7])))}\nMachine #${O(`${r.range(1, 40)}-${r.letters(1)}${r.digits(4)}`)}  Dialyzer ${r.pick(['Optiflux 180', 'Revaclear 300', 'F180'])}\nEDW ${edw} kg  Pre wt ${edw + r.range(1, 4)}.${r.int(10)}  Post ${edw}.${r.int(10)}\nUF goal ${r.range(1, 4)}.${r.int(10)} L  Qb ${r.pick([350, 400, 450])} Qd ${r.pick([500, 600, 800])}  Bath 2K/2.5Ca\nAccess: ${r.pick(['L AVF', 'R AVG', 'R IJ permcath'])} +thrill/bruit\nHeparin ${r.pick(['1000 u bolus', 'none', '500 u/hr'])}\n`;
    for (let i = 0; i < 4; i++) { b.w`${time(r)} BP ${r.range(90, 180)}/${r.range(50, 95)} P ${r.range(60, 100)} AP -${r.range(120, 240)} VP ${r.range(120, 240)}\n`; }
    b.w`Tx tolerated.`; sig(b, r, tech); b.w` / `; b.v(N(initials(rn, false))); b.w` ${rn.cred}`;
  } else if (v === 1) {
    b.w`Nursing assessment pre-HD: pt ${N(pt.p.first)} arrived from ${inst1(r, pt.home)} via ${L(r.pick(AMBULANCE))} at ${time(r)}. `;
    vitals(b, r); b.w`. lungs ${r.pick(['clear', 'crackles bases'])}, edema ${r.pick(['1+', 'trace', '3+'])} BLE. c/o ${r.pick(['cramping last tx', 'itching', 'fatigue', 'nothing'])}. Taking Renvela w/ meals, Sensipar qd. EPO (Epogen) ${r.range(2000, 12000)} u given. Venofer 100 mg #${r.range(1, 10)}/10.`;
    sig(b, r, rn, d);
  } else if (v === 2) {
    b.w`tech note: cannulated L AVF 15g x2 first stick. ${time(r)} pt c/o cramping, UF off, NS 200 ml given, resolved. ${time(r)} bp ${r.range(80, 98)}/${r.range(40, 58)} charge nurse ${N(rn.first)} aware. finished ${r.range(2, 4)}h${r.range(0, 45)}m of 4h. `;
    b.w`returned to ${inst1(r, pt.home)} ${O(pt.room)} w/ report to `; b.v(N(nm(r, staff(r, NURSE_CREDS), r.pick([0, 6])))); b.w` ph ${PH(phone(r))}.`; sig(b, r, tech);
  } else if (v === 3) {
    b.w`MISSED TREATMENT ${D(fdate(r, d))}. Pt ${N(full(pt.p))} no show for ${r.pick(['MWF', 'TTS'])} 2nd shift. Called home facility ${inst1(r, pt.home)} at ${PH(phone(r))}, spoke w/ ${N(person(r).first)} who stated ${r.pick(['pt refused to get out of bed', 'transport did not come', 'pt was sent to ER overnight'])}. Nephrologist Dr. ${N(neph.last)} notified. Rescheduled ${r.pick(['tomorrow', 'Saturday'])} 6 am.`;
    filler(b, r, 1); sig(b, r, rn);
  } else if (v === 4) {
    b.w`ACCESS PROBLEM: ${r.pick(['R AVG clotted', 'poor flows L AVF Qb max 250', 'prolonged bleeding post needle removal 40 min'])}. Referred to ${L(r.pick(CLINICS.slice(0, 2)))} (Dr. ${N(nm(r, person(r), r.pick([7, 3])))}), appt ${D(fdate(r, shift(d, r.range(1, 6))))} ${time(r)}. Fistulogram scheduled at ${inst1(r, pt.hosp)} IR. Pt and ${pt.relKind} `;
    b.v(N(nm(r, pt.rel, 0))); b.w` aware. Last declot ${D(fdate(r, shift(d, -r.range(30, 200)), 1))}. `; filler(b, r, 1); sig(b, r, rn, d);
  } else if (v === 5) {
    const sw = staff(r, ['MSW', 'LCSW', 'LICSW']);
    b.w`SW note: transport issue - ${L(r.pick(AMBULANCE))} van (plate ${O(`${r.letters(3)}-${r.digits(4)}`)}) late x3 this month. Member ID for transport benefit ${ID(`${r.letters(2)}${r.digits(9)}`)}. Spoke w/ dispatcher ${N(person(r).first)} ${PH(phone(r))}. Pt lives at ${L(addr(r))}, ${L(pt.town)} ${ST(pt.state)} ${L(zip(r))}. KDQOL due.`;
    sig(b, r, sw, d);
  } else if (v === 6) {
    const rd = staff(r, ['RD', 'RD, LD', 'RDN']);
    b.w`Renal dietitian monthly: labs ${D(fdate(r, d, 0))}: K ${r.range(35, 65) / 10}, phos ${r.range(30, 95) / 10}, alb ${r.range(28, 42) / 10}, Kt/V ${r.range(110, 170) / 100}, URR ${r.range(62, 78)}%. IDWG avg ${r.range(1, 5)}.${r.int(10)} kg. Nepro BID. Reviewed low K foods w/ pt and ${pt.relKind} ${N(pt.rel.first)}. `;
    filler(b, r, 1); sig(b, r, rd);
  } else if (v === 7) {
    b.w`MONTHLY CARE PLAN - HD\nTeam: ${N(nm(r, neph, 0))} ${neph.cred}; ${N(nm(r, rn, 0))} ${rn.cred}; ${N(nm(r, staff(r, ['MSW']), 0))} MSW; ${N(nm(r, staff(r, ['RD']), 0))} RD\nPt: ${ptName(r, pt)}\nModality: in-center HD; transplant referral to ${inst1(r, r.pick(HOSPITALS))} - ${r.pick(['on list since', 'evaluated', 'declined'])} ${Y(String(r.range(2015, 2025)))}.\nAnemia: Hgb ${r.range(85, 120) / 10}\n`;
    filler(b, r, 1);
  } else {
    b.w`post-tx: net UF ${r.range(1, 4)}.${r.int(10)} L, post bp ${r.range(100, 150)}/${r.range(55, 90)}, needle sites hemostasis ${r.range(5, 15)} min, dsg dry. `;
    b.w`pt asked to switch to TTS for ${r.pick(['church on Sunday', 'job at', 'daughters schedule'])}`; if (r.chance(0.5)) { b.w` `; b.v(L(r.pick(EMPLOYERS))); }
    b.w`. will discuss with clinic mgr ${N(full(person(r)))}.`; filler(b, r, 2); sig(b, r, rn, d);
  }
};

const ltach: StyleFn = (b, r, pt, d, v) => {
  const md = staff(r, ['MD', 'DO']);
  const lt = r.pick(LTACHS);
  if (v === 0) {
    b.w`${L(lt.full)} - PROGRESS NOTE\n${D(fdate(r, d))}  Pt: ${N(nm(r, pt.p, r.pick([1, 2, 4])))}  Acct ${ID(r.digits(9))}\nS: ${r.pick(['no acute events overnight', 'febrile to 101.2 overnight', 'more secretions per RT'])}.\nO: `;
    vitals(b, r); b.w`. Vent AC ${r.range(12, 18)}/${r.range(350, 500)}/+${r.range(5, 10)}/${r.range(30, 60)}%. Trach ${r.pick(['6 Shiley', '8 Portex', '7 cuffed'])}.\nA/P: chronic resp failure - SBT today, ${r.pick(['hope to', 'plan to', 'will'])} extend trach collar trials. ${r.pick(pt.dx)}. PEG feeds Jevity 1.5 @ 55.\n`;
    filler(b, r, 2); sig(b, r, md, d);
  } else if (v === 1) {
    b.w`LTACH ADMISSION H&P\nTransferred from ${inst1(r, pt.hosp)} ${r.pick(['MICU', 'CVICU', 'SICU'])} after ${r.range(14, 40)} d stay. Referring intensivist Dr. ${N(nm(r, person(r), 0))}. HPI: ${ageV(pt.age)} y/o w/ ${pt.dx.join(', ')} admitted ${D(fdate(r, shift(d, -r.range(15, 40))))} with ${r.pick(['septic shock', 'ARDS', 'perforated diverticulitis s/p Hartmann', 'MRSA bacteremia'])}.\n`;
    b.w`SH: widow${pt.p.sex === 'M' ? 'er' : ''}, lived in ${L(pt.town)}, ${ST(pt.state)}; born in ${ST(pt.born)}, emigrated ${Y(String(r.range(1960, 2005)))}. ${pt.relKind} ${N(full(pt.rel))} is HCPOA.\n`;
    filler(b, r, 2); sig(b, r, md, d);
  } else if (v === 2) {
    const rt = staff(r, ['RRT', 'RT', 'CRT']);
    b.w`Vent wean note: SBT ${time(r)} PS ${r.range(5, 10)}/PEEP 5 x ${r.range(30, 120)} min, RSBI ${r.range(40, 120)}. Tolerated. ${r.pick(['Placed on TC 28% 4 hrs.', 'Failed at 45 min, back on AC.'])} Discussed w/ RT ${N(nm(r, rt, r.pick([0, 6])))} ${rt.cred}. ${r.pick(['Will', 'will'])} retry in am.`;
    filler(b, r, 2); sig(b, r, md);
  } else if (v === 3) {
    b.w`ID consult f/u - ${N(nm(r, pt.p, 1))}\nOn vanc (trough ${r.range(10, 22)}) + cefepime day ${r.range(3, 42)}/42 via R PICC placed ${D(fdate(r, shift(d, -r.range(5, 30)), 0))}. Bcx 2/4 positive on admit, clear since ${D(fdate(r, shift(d, -r.range(2, 9)), 3))}. C diff neg. Will d/w primary team Dr. ${N(md.last)}.`;
    filler(b, r, 2); sig(b, r, staff(r, ['MD']), d);
  } else if (v === 4) {
    b.w`DISCHARGE SUMMARY\nAdmit ${D(fdate(r, shift(d, -r.range(20, 50))))}  DC ${D(fdate(r, d))}\nDC to: ${L(r.pick(pt.home.short))} (SNF), accepting MD ${N(nm(r, pt.pcp, 0))}, ${pt.pcp.cred}; report called to ${PH(phone(r))}\nHospital course: decannulated ${D(fdate(r, shift(d, -r.range(2, 9)), 4))}, tolerating puree. Sacral wound improving.\nFollow up: pulm clinic at ${inst1(r, pt.hosp)}, ${L(r.pick(CLINICS))}.\n`;
    filler(b, r, 1); sig(b, r, md, d);
  } else if (v === 5) {
    b.w`EVENT NOTE ${time(r)}: called to bedside by RN ${N(nm(r, staff(r, ['RN']), 0))} for desat to ${r.range(70, 85)}%, HR ${r.range(120, 160)}. Suctioned copious secretions, ${r.pick(['no frank blood', 'frank blood noted - ENT paged'])}. Rapid response called, CXR ordered. Family (`;
    relRef(b, r, pt); b.w`) updated at ${PH(pt.relPhone)}.`; filler(b, r, 1); sig(b, r, md);
  } else if (v === 6) {
    b.w`Family meeting - goals of care\nPresent: ${N(nm(r, pt.rel, 0))} (${pt.relKind}), ${N(nm(r, pt.rel2, 0))} (${pt.rel2Kind}), palliative NP ${N(nm(r, person(r), 0))}, SW ${N(nm(r, person(r), 0))}, myself.\nDiscussed prognosis of prolonged vent dependence. Family wishes to continue full treatment through ${r.pick(['Christmas', 'Easter', 'Ramadan', 'the new year'])}, revisit ${D(fdate(r, shift(d, 14), 4))}. Interpreter ${N(nm(r, person(r), 0))} (${r.pick(['Vietnamese', 'Polish', 'Arabic', 'Spanish', 'Navajo'])}, ID ${ID(r.digits(6))}) used.`;
    sig(b, r, md, d);
  } else if (v === 7) {
    b.w`cross cover: paged ${time(r)} by ${N(staff(r, ['RN']).first)} re K ${r.range(55, 63) / 10}. ECG no peaked T. kayexalate 15 g x1, recheck 0600. d/w nephro on call ${N(nm(r, person(r), 3))}. pager ${PH(r.digits(4))}.`;
    filler(b, r, 2); sig(b, r, staff(r, ['MD', 'NP']));
  } else {
    b.caps(() => { b.w`WEEKLY IDT - ${L(lt.short[r.int(lt.short.length)] as string)}`; });
    b.w`\nPt ${ptName(r, pt)} LOS ${r.range(10, 45)} d. CMS criteria met. Barriers: ${r.pick(['trach', 'wound', 'IV abx'])}. Case mgr ${N(nm(r, person(r), 0))} sending referrals to ${L(r.pick(NURSING_HOMES).full)} and ${L(r.pick(NURSING_HOMES).full)}.`; filler(b, r, 2); sig(b, r, md);
  }
};

const incident: StyleFn = (b, r, pt, d, v) => {
  const home = r.pick(AL_HOMES);
  const dsp = staff(r, ['DSP', 'Med Tech', 'CMA', 'Caregiver', 'House Mgr']);
  if (v === 0) {
    b.w`INCIDENT REPORT  #${ID(`IR-${d.y}-${r.digits(4)}`)}\nFacility: ${L(home.full)}, ${L(addr(r))}, ${L(pt.town)} ${ST(pt.state)}\nResident: ${N(nm(r, pt.p, r.pick([1, 4])))}  DOB ${D(fdate(r, pt.dob, 9))}\nDate/time: ${D(fdate(r, d))} ${time(r)}\nType: ${r.pick(['fall', 'skin tear', 'med error', 'elopement', 'altercation'])}\nDescription: res found on floor beside bed, states "${r.pick(['I was going to the bathroom', 'I slipped', 'someone pushed me'])}". No visible injury.\nNotified: ${r.pick(['PCP', 'on-call'])} ${N(nm(r, pt.pcp, 3))} ${time(r)}; `;
    relRef(b, r, pt); b.w` ${time(r)}\nReported by: ${N(full(dsp))}, ${dsp.cred}`;
  } else if (v === 1) {
    b.w`at approx ${time(r)} i ${N(dsp.first.toLowerCase())} was passing meds and heard yelling from ${N(pt.p.first.toLowerCase())}s room, when i went in ${r.pick(['he', 'she'])} was on the floor by the dresser. called house mgr ${N(full(staff(r, ['Mgr'])).toLowerCase())} at ${PH(phone(r))} and she said to call 911. ems from ${L(r.pick(AMBULANCE).toLowerCase())} came and checked and ${r.pick(['took', 'did not take'])} ${r.pick(['him', 'her'])} to ${L(r.pick(pt.hosp.short).toLowerCase())}. `;
    filler(b, r, 1); b.w` staff on shift ${N(person(r).first.toLowerCase())} and ${N(person(r).first.toLowerCase())}.`;
  } else if (v === 2) {
    const w1 = person(r), w2 = person(r);
    b.w`FALL - WITNESS STATEMENTS\nResident ${ptName(r, pt)}, ${L(home.short[0] as string)}, ${D(fdate(r, d))}\nWitness 1: ${N(full(w1))} (${r.pick(['visitor', 'CNA', 'housekeeping'])}) - "${r.pick(['I saw her stand up without her walker', 'he tried to reach the remote', 'she was turning and her knees gave out'])}."\nWitness 2: ${N(nm(r, w2, 1))} - "${r.pick(['I did not see it', 'heard a thump'])}."\nInjury: ${r.pick(['none', '2 cm skin tear R forearm', 'bump on forehead, ice applied'])}.`;
    filler(b, r, 1); sig(b, r, staff(r, NURSE_CREDS), d);
  } else if (v === 3) {
    const cop = person(r);
    b.w`ELOPEMENT: res ${N(full(pt.p))} not found at ${time(r)} bed check. Search per policy. Found at ${L(addr(r))} (neighbor ${title(cop, r)}${N(person(r).last)}'s porch) by ${N(dsp.first)}. Police notified - Officer ${N(cop.last)} badge ${ID(r.digits(4))}. Wanderguard #${O(`WG-${r.digits(6)}`)} battery found dead, replaced. State survey agency notified, intake ${ID(`${r.letters(2)}${r.digits(7)}`)}.`;
    filler(b, r, 1); sig(b, r, dsp);
  } else if (v === 4) {
    b.w`MED ERROR REPORT\nres ${ptName(r, pt)} given ${r.pick(['Seroquel 25 mg', 'metoprolol 50 mg', 'Depakote 250'])} intended for ${N(nm(r, person(r), 0))} at ${time(r)}. Med tech ${N(full(dsp))} recognized error. Poison control ${PH('1-800-' + r.digits(3) + '-' + r.digits(4))} called, monitor VS q1h x4. `;
    vitals(b, r); b.w`. pharmacy ${inst1(r, pt.pharm)} notified. ${pt.rel2Kind} ${N(full(pt.rel2))} notified ${time(r)}.`;
  } else if (v === 5) {
    const other = person(r);
    b.w`RESIDENT TO RESIDENT ALTERCATION ${D(fdate(r, d))}\n${N(nm(r, pt.p, 0))} (rm ${O(pt.room)}) and ${N(nm(r, other, 0))} (rm ${O(`${r.range(100, 140)}`)}) argued over tv remote in ${r.pick(['day room', 'dining room', 'hallway'])}. ${N(other.first)} struck ${N(pt.p.first)} on L arm w/ open hand. Separated immediately. No injury, no redness. 15 min checks x72h. APS hotline ${PH(phone(r))}, report # ${ID(r.digits(8))}.`;
    sig(b, r, staff(r, NURSE_CREDS));
  } else if (v === 6) {
    b.w`missing property: ${pt.p.sex === 'F' ? 'her' : 'his'} ${r.pick(['hearing aid', 'dentures upper', 'gold chain', 'cell phone'])} not found after laundry day ${r.pick(['Tuesday', 'Friday'])}. searched room, laundry at ${L(home.short[0] as string)}. ${pt.relKind} ${N(pt.rel.first)} upset, requested reimbursement, gave administrator ${N(full(person(r)))} email ${EM(`${pt.rel.first.toLowerCase()}.${pt.rel.last.toLowerCase().replace(/[^a-z]/g, '')}${r.digits(2)}@${r.pick(EMAIL_DOMAINS)}`)}.`;
    filler(b, r, 2); sig(b, r, dsp, d);
  } else if (v === 7) {
    b.w`INJURY OF UNKNOWN ORIGIN. Bruise ${r.range(2, 8)}x${r.range(1, 5)} cm purple L upper arm found during ${r.pick(['shower', 'am care'])} by ${N(nm(r, staff(r, AIDE_CREDS), 0))} CNA. Res unable to explain, BIMS ${r.range(0, 7)}. On Eliquis. Investigation started by DON ${N(nm(r, person(r), 0))}. Dept of Health notified within 2 hrs, ${time(r)}. Staff statements obtained from ${N(person(r).first)}, ${N(person(r).first)} and ${N(person(r).first)}.`;
    sig(b, r, staff(r, NURSE_CREDS), d);
  } else {
    b.caps(() => { b.w`GROUP HOME INCIDENT - ${L(home.short[home.short.length - 1] as string)}`; });
    b.w`\nindividual ${ptName(r, pt)} ${r.pick(['threw chair', 'refused to get off the van at day program', 'left house during dinner'])} at ${time(r)}. day program ${L(r.pick(EMPLOYERS))} staff ${N(full(person(r)))} called. behavior plan followed. ${pt.rel2Kind} `;
    b.v(N(full(pt.rel2))); b.w` (${PH(phone(r))}) notified. `; filler(b, r, 1); sig(b, r, dsp);
  }
};

const mds: StyleFn = (b, r, pt, d, v) => {
  const coord = staff(r, ['RN', 'RN, RAC-CT', 'LPN, RAC-CT']);
  const sw = staff(r, ['MSW', 'SSD', 'LSW']);
  const act = staff(r, ['ADC', 'CTRS', 'Activities']);
  const att = (): void => {
    b.w`Attendees: ${N(nm(r, coord, 0))} (MDS), ${N(nm(r, sw, 0))} (SS), ${N(nm(r, act, 3))} (activities), ${N(nm(r, staff(r, ['RD']), 0))} RD, ${N(nm(r, staff(r, ['PT']), 0))} PT`;
    if (r.chance(0.6)) { b.w`, `; relRef(b, r, pt); b.w` by phone`; }
    b.w`.\n`;
  };
  if (v === 0) {
    b.w`QUARTERLY CARE PLAN CONFERENCE  ${D(fdate(r, d))}\nResident: ${N(nm(r, pt.p, r.pick([1, 2, 4])))}  Rm ${O(pt.room)}\nARD ${D(fdate(r, shift(d, -r.range(3, 10)), r.pick([1, 2])))}\n`;
    att(); b.w`BIMS ${r.range(0, 15)}/15, PHQ-9 ${r.range(0, 14)}. Section GG: self-care ${r.pick(['declined', 'stable', 'improved'])}. Falls: ${r.range(0, 3)} this qtr. Wt stable.`; filler(b, r, 2); b.w`\nNext conference ${D(fdate(r, shift(d, 91)))}.`;
  } else if (v === 1) {
    b.w`Annual care plan mtg held, resident ${r.pick(['attended', 'declined to attend', 'attended briefly'])}. `; att();
    b.w`Res enjoys bingo, hymn sing (from ${L(pt.church)}), and talking about working at ${L(pt.job)} in the ${Y(`19${r.range(5, 8)}0s`)}. Family would like more OOB time.`; filler(b, r, 2); sig(b, r, sw, d);
  } else if (v === 2) {
    b.w`SIGNIFICANT CHANGE IN STATUS ASSESSMENT\nRes ${ptName(r, pt)} ${r.pick(['enrolled in hospice', 'decline in ADLs x3 areas', 'new stage 3 PI'])} effective ${D(fdate(r, d))}. SCSA ARD set ${D(fdate(r, shift(d, 10), 0))}. Hospice: ${L(r.pick(AGENCY_CLEAN.slice(4)))}. Care plan revised. `;
    filler(b, r, 2); sig(b, r, coord);
  } else if (v === 3) {
    b.w`Med A IDT weekly ${D(fdate(r, d, 0))}\n`;
    for (let i = 0; i < r.range(2, 4); i++) {
      const p = i === 0 ? pt.p : person(r);
      b.w`- ${N(nm(r, p, r.pick([1, 7, 3])))} ${O(`${r.range(100, 240)}${r.pick(['A', 'B', ''])}`)}: day ${r.range(3, 90)}, ${r.pick(['PT/OT 5x', 'cut letter next wk', 'plan d/c home', 'LTC placement'])}\n`;
    }
    b.w`NOMNC issued to ${N(full(pt.rel))} (${pt.relKind}) ${D(fdate(r, shift(d, 1), 0))}.`; filler(b, r, 1); sig(b, r, coord);
  } else if (v === 4) {
    b.w`care plan revisions ${D(fdate(r, d))}:\n1. Falls - add fall mats, tab alarm per ${N(nm(r, pt.pcp, 7))} ${pt.pcp.cred}\n2. Nutrition - Ensure BID\n3. Psychotropics - GDR attempt per pharmacist ${N(nm(r, person(r), 0))}, PharmD\n4. ADLs - ext assist x1\n`;
    filler(b, r, 2); sig(b, r, coord, d);
  } else if (v === 5) {
    b.w`ss note: invitation to care conference mailed to ${pt.relKind} ${N(full(pt.rel))} at ${L(addr(r))}, ${L(r.pick(TOWNS))}, ${ST(r.pick(STATES))} ${L(zip(r))} and emailed ${EM(`${pt.rel.first[0]?.toLowerCase() ?? 'x'}${pt.rel.last.toLowerCase().replace(/[^a-z]/g, '')}@${r.pick(EMAIL_DOMAINS)}`)}. meeting ${D(fdate(r, shift(d, 7), 4))} at ${time(r)} in conf room B. also can join via ${U(`https://${pt.home.short[pt.home.short.length - 1]?.toLowerCase().replace(/[^a-z]/g, '') ?? 'fac'}.carelink.net/join/${r.digits(6)}`)}.`;
    filler(b, r, 1); sig(b, r, sw);
  } else if (v === 6) {
    b.caps(() => { b.w`MDS 5-DAY`; });
    b.w`\nMedicare # ${ID(`${r.digits(1)}${r.letters(2)}${r.digits(1)}-${r.letters(2)}${r.digits(1)}-${r.letters(2)}${r.digits(2)}`)}  Medicaid # ${ID(`${r.letters(2)}${r.digits(8)}`)}\nres ${ptName(r, pt)} entry from ${inst1(r, pt.hosp)}. PDPM: PT/OT ${r.pick(['TA', 'TC', 'TG'])}, SLP ${r.pick(['SA', 'SC', 'SE'])}, nursing ${r.pick(['CBC2', 'LDE1', 'HBS1'])}. primary dx ${r.pick(pt.dx)}.`;
    filler(b, r, 2); sig(b, r, coord, d);
  } else if (v === 7) {
    b.w`Care plan mtg - ${N(pt.p.first)} ${N(pt.p.last)}\n`;
    att(); b.w`Guardian ${N(full(pt.rel2))} from ${L(AGENCY_CLEAN[0] as string)} (case # ${ID(`${d.y}-GD-${r.digits(4)}`)}) participated by phone. Concerns: ${r.pick(['weight loss', 'hearing aids lost', 'roommate conflict', 'wants to go to church'])}. `;
    filler(b, r, 2); sig(b, r, sw, d);
  } else {
    b.w`IDT note: res ${N(nm(r, pt.p, 0).toLowerCase())} reviewed for quarterly. no changes in cognition, mood. ${r.pick(['remains on', 'discontinued'])} Seroquel. behaviors ${r.range(0, 5)} episodes. family (`;
    relRef(b, r, pt); b.w`) satisfied. next review ${D(fdate(r, shift(d, 90), 0))}.`; filler(b, r, 2); sig(b, r, coord);
  }
};

const wound: StyleFn = (b, r, pt, d, v) => {
  const wn = staff(r, ['RN, WCC', 'RN, CWOCN', 'LPN, WCC', 'NP, CWS']);
  const meas = (): string => `${r.range(1, 9)}.${r.int(10)} x ${r.range(1, 7)}.${r.int(10)} x ${r.pick(['0.1', '0.2', '0.5', '1.0', 'UTD'])} cm`;
  const site = (): string => r.pick(['sacrum', 'coccyx', 'R heel', 'L heel', 'R ischium', 'L lat malleolus', 'R great toe', 'L BKA stump']);
  if (v === 0) {
    b.w`WOUND ROUNDS ${D(fdate(r, d))}\n${N(nm(r, pt.p, r.pick([1, 4])))}  Rm ${O(pt.room)}\n`;
    for (let i = 0; i < r.range(1, 3); i++) b.w`#${i + 1} ${site()} - stage ${r.pick(['2', '3', '4', 'unstageable', 'DTI'])}: ${meas()}, ${r.pick(['50% slough', '100% granular', 'eschar'])}, tunneling ${r.range(0, 3)} cm at ${r.range(1, 12)} o'clock. tx ${r.pick(['Santyl + DuoDerm', 'Aquacel Ag', 'Mepilex border', 'Xeroform'])}\n`;
    b.w`Braden ${r.range(9, 18)}.`; filler(b, r, 1); sig(b, r, wn);
  } else if (v === 1) {
    b.w`wound md visit - Dr. ${N(nm(r, person(r), r.pick([7, 0])))} from ${L(r.pick(CLINICS.slice(3)))}. sharp debridement ${site()} to bleeding tissue, ${meas()} post. ${r.pick(['no frank pus', 'mod serosang drainage'])}. orders: wound VAC 125 mmHg continuous, change MWF. `;
    filler(b, r, 2); sig(b, r, wn, d);
  } else if (v === 2) {
    b.w`weekly skin sheet - ${N(pt.p.first)} ${N(pt.p.last)}\nskin intact except: ${site()} ${r.pick(['healed', 'closed', 'scar'])}, ${r.pick(['MASD groin', 'skin tear L forearm steri-stripped', 'bruise R shin'])}.\nheels floated, prevalon boots.\n`;
    filler(b, r, 2); sig(b, r, staff(r, NURSE_CREDS), d);
  } else if (v === 3) {
    b.w`Treatment change per ${N(nm(r, pt.pcp, 3))} ${pt.pcp.cred} ${D(fdate(r, d, 0))}: d/c Santyl, start Medihoney + foam to ${site()} daily and prn. Supplies ordered from ${inst1(r, pt.pharm)}. `;
    b.w`Photo taken and uploaded. ${pt.relKind} ${N(nm(r, pt.rel, 0))} notified ${r.pick(['vm left', 'verbalized understanding'])}.`; filler(b, r, 1); sig(b, r, wn);
  } else if (v === 4) {
    b.w`Podiatry - ${L(CLINICS[1] as string)} (${N(nm(r, person(r), 3))}, DPM) - nails debrided x10, ${r.pick(['R great toe ulcer', 'callus L 1st MTH'])} ${meas()}. ${pt.dx.includes('DM2') ? 'DM2, A1c 8.1.' : 'no DM.'} return ${r.pick(['6 wks', '2 months', '3 wks'])}.`;
    filler(b, r, 2); sig(b, r, staff(r, NURSE_CREDS), d);
  } else if (v === 5) {
    b.w`WOUND ROUNDS - UNIT ${r.pick(['2', 'B', 'East', 'Memory care'])}\n`;
    for (let i = 0; i < r.range(3, 5); i++) {
      const p = i === 0 ? pt.p : person(r);
      b.w`${O(`${r.range(101, 240)}${r.pick(['A', 'B', ''])}`)} ${N(nm(r, p, r.pick([1, 7, 4])))} - ${site()} ${meas()} ${r.pick(['improving', 'stable', 'declining', 'new'])}\n`;
    }
    b.w`rounds with ${N(full(wn))} ${wn.cred}, DON ${N(nm(r, person(r), 0))}.`;
  } else if (v === 6) {
    b.w`New PI identified ${D(fdate(r, d))}: ${site()} ${r.pick(['stage 2', 'DTI', 'unstageable'])} ${meas()}. Not present on admission (${D(fdate(r, pt.base, 1))}). Root cause: ${r.pick(['heels not floated', 'refuses turning', 'poor intake'])}. `;
    b.w`MD ${N(pt.pcp.last)} & ${pt.relKind} `; b.v(N(pt.rel.first)); b.w` notified.`; filler(b, r, 2); sig(b, r, wn, d);
  } else if (v === 7) {
    b.w`wound clinic f/u at ${L(CLINICS[3] as string)} ${D(fdate(r, d, 4))}: HBO ${r.range(5, 38)}/40 for ${site()}. transport ${L(r.pick(AMBULANCE))}. clinic ph ${PH(phone(r))} fax ${PH(phone(r))}. `;
    filler(b, r, 2); sig(b, r, staff(r, NURSE_CREDS));
  } else {
    b.caps(() => { b.w`SKIN CHECK`; }); b.w` ${ptName(r, pt)} ${D(fdate(r, d))}: ${site()} ${meas()}. periwound macerated. `; filler(b, r, 3); sig(b, r, staff(r, NURSE_CREDS), d);
  }
};

const family: StyleFn = (b, r, pt, d, v) => {
  const sw = staff(r, ['MSW', 'SSD', 'LSW', 'RN', 'LPN']);
  const entry = (dd: YMD): void => { b.w`${D(fdate(r, dd, r.pick([0, 1, 3, 10])))} ${time(r)} `; };
  if (v === 0) {
    b.w`FAMILY COMMUNICATION LOG - ${N(nm(r, pt.p, 1))}\n`;
    let dd = d;
    for (let i = 0; i < r.range(3, 5); i++) {
      entry(dd); b.w`${r.pick(['called', 'TC from', 'vm left for', 'spoke w/'])} `; relRef(b, r, pt, r.chance(0.3)); b.w` ${PH(r.chance(0.5) ? pt.relPhone : phone(r))} re: ${r.pick(['new med', 'fall', 'care conf', 'lab results', 'hospice eval', 'birthday party'])}. `;
      b.v(N(initials(sw, r.chance(0.5)))); b.w`\n`;
      dd = shift(dd, r.range(1, 6));
    }
  } else if (v === 1) {
    b.w`Guardian contact: spoke w/ court-appointed guardian ${N(full(pt.rel2))} of ${L(r.pick(AGENCY_CLEAN.slice(0, 2)))} (${PH(phone(r))}, ${EM(`${pt.rel2.first.toLowerCase()[0]}${pt.rel2.last.toLowerCase().replace(/[^a-z]/g, '')}@${r.pick(EMAIL_DOMAINS)}`)}) re consent for ${r.pick(['flu vaccine', 'Seroquel', 'dental extraction', 'hospice'])}. Guardian gave verbal consent, witnessed by ${N(nm(r, staff(r, ['RN']), 0))} RN. Letters of guardianship on file, case ${ID(`${r.digits(2)}-PR-${r.digits(5)}`)}.`;
    sig(b, r, sw, d);
  } else if (v === 2) {
    b.w`POA ${N(full(pt.rel))} visited today w/ ${pt.rel2Kind} ${N(pt.rel2.first)}. Asked about ${r.pick(['billing', 'roommate', 'why mom is sleeping more', 'lost glasses'])}. Referred to business office ${N(full(person(r)))} ext ${PH(r.digits(4))}. `;
    filler(b, r, 2); sig(b, r, sw);
  } else if (v === 3) {
    const intp = person(r);
    b.w`Called ${pt.relKind} ${N(nm(r, pt.rel, 0))} in ${L(r.pick(TOWNS))}, ${ST(r.pick([...STATES, ...COUNTRIES]))} via language line interpreter ${N(intp.first)} #${ID(r.digits(6))} (${r.pick(['Vietnamese', 'Arabic', 'Polish', 'Ukrainian', 'Twi', 'Punjabi'])}). Updated on ${r.pick(['UTI, on Macrobid', 'weight loss', 'fall with no injury'])}. Family requests halal diet / no pork. `;
    filler(b, r, 1); sig(b, r, sw, d);
  } else if (v === 4) {
    b.w`email from ${N(full(pt.rel))} <${EM(`${pt.rel.first.toLowerCase()}${r.digits(2)}@${r.pick(EMAIL_DOMAINS)}`)}> ${D(fdate(r, d, 8))}:\n"hi, can someone make sure ${pt.p.sex === 'F' ? 'mom' : 'dad'} has ${pt.p.sex === 'F' ? 'her' : 'his'} hearing aids in for zoom call sunday at 2? thanks ${N(pt.rel.first)}"\nreplied, activities (${N(full(person(r)))}) will set up ipad.`;
    sig(b, r, sw);
  } else if (v === 5) {
    b.w`vm from `; relRef(b, r, pt); b.w` ${time(r)} asking for call back ${PH(phone(r))}. returned call ${time(r)} no answer, left msg. 2nd attempt ${D(fdate(r, shift(d, 1), 0))} reached, updated on ${r.pick(['new wound', 'therapy progress', 'dc plan'])}. `;
    filler(b, r, 2); sig(b, r, sw, d);
  } else if (v === 6) {
    b.w`GRIEVANCE LOG #${ID(`${d.y}-${r.digits(3)}`)}\nComplainant: ${N(full(pt.rel))} (${pt.relKind})\nConcern: call light not answered ${r.range(20, 60)} min on ${D(fdate(r, shift(d, -1), 4))} evening; CNA ${N(person(r).first)} was rude.\nAction: administrator ${N(nm(r, person(r), 0))} interviewed staff; education provided. Ombudsman ${N(full(person(r)))} aware.\nResolved ${D(fdate(r, shift(d, 5)))}.`;
  } else if (v === 7) {
    b.w`${r.pick(['family update', 'Family update'])}: `; relRef(b, r, pt); b.w` and `; relRef(b, r, pt, true);
    b.w` informed of ${r.pick(['positive COVID test', 'transfer to hospital', 'change in condition', 'new roommate'])}. ${r.pick(['Son', 'Daughter'])} lives in ${L(r.pick(TOWNS))} ${ST(r.pick(STATES))}, will come ${r.pick(['this weekend', 'on Memorial Day', 'Friday'])}. `;
    filler(b, r, 2); sig(b, r, sw, d);
  } else {
    b.caps(() => { b.w`PHONE LOG`; });
    b.w`\nres: ${ptName(r, pt)}\n`;
    for (let i = 0; i < 3; i++) { b.w`${time(r)} - ${r.pick(['pharmacy', 'family', 'lab', 'hospice'])} - ${N(full(person(r)))} - ${PH(phone(r))}\n`; }
    filler(b, r, 2);
  }
};

const mar: StyleFn = (b, r, pt, d, v) => {
  const nurse = staff(r, NURSE_CREDS);
  if (v === 0) {
    b.w`MED HELD: ${r.pick(['metoprolol 25 mg', 'Lasix 40 mg', 'Coumadin 5 mg', 'Norvasc 10 mg'])} ${time(r)} - BP ${r.range(82, 98)}/${r.range(40, 56)} HR ${r.range(44, 55)}. ${r.pick(['NP', 'MD'])} ${N(nm(r, pt.pcp, 3))} notified, ok to hold. recheck ${time(r)}. `;
    filler(b, r, 3); sig(b, r, nurse, d);
  } else if (v === 1) {
    b.w`res ${N(pt.p.first)} refused ${r.pick(['all am meds', 'Seroquel', 'insulin', 'Eliquis'])} x${r.range(2, 3)} attempts. educated on risks. ${r.pick(['stated "I dont want that poison"', 'spit out pills', 'pushed cup away'])}. ${pt.relKind} `;
    b.v(N(nm(r, pt.rel, 0))); b.w` called at ${PH(pt.relPhone)}, will talk to ${pt.p.sex === 'F' ? 'her' : 'him'}.`; filler(b, r, 2); sig(b, r, nurse);
  } else if (v === 2) {
    b.w`accu-chek ${time(r)} ${r.range(60, 420)}. ${r.pick(['Novolog', 'Humalog', 'Admelog'])} ${r.range(0, 10)} units per SSI given ${r.pick(['LUQ', 'RLQ', 'R arm'])}. Lantus ${r.range(8, 40)} u hs given. `;
    filler(b, r, 3); sig(b, r, nurse, d);
  } else if (v === 3) {
    const n2 = staff(r, NURSE_CREDS);
    b.w`CONTROLLED SUBSTANCE COUNT - ${r.pick(['cart 1', 'east cart', 'med room'])} ${D(fdate(r, d))}\ncount correct x ${r.range(12, 40)} cards. oxycodone 5 mg card #${O(r.digits(6))} for ${N(nm(r, pt.p, 1))} ${r.range(10, 30)} remaining.\noff-going: ${N(nm(r, nurse, 0))} ${nurse.cred}\noncoming: ${N(nm(r, n2, 0))} ${n2.cred}`;
    filler(b, r, 2);
  } else if (v === 4) {
    b.w`Pharmacy delivery from ${L(pt.pharm.full)} rec'd ${time(r)}. Rx #${ID(r.digits(7))} ${r.pick(['Xarelto 15 mg', 'Keflex 500', 'Ativan 0.5'])} for ${ptName(r, pt)} missing from tote, called pharmacy ${PH(phone(r))} spoke w/ ${N(person(r).first)}, will send STAT. Backup from Omnicell used. `;
    filler(b, r, 2); sig(b, r, nurse, d);
  } else if (v === 5) {
    b.w`prn ${r.pick(['oxycodone 5 mg', 'Tylenol 650 mg', 'Ativan 0.5 mg SL', 'morphine 5 mg SL (Roxanol)'])} given ${time(r)} for ${r.pick(['pain 8/10', 'restlessness', 'SOB', 'anxiety'])}. reassessed ${time(r)} ${r.pick(['pain 2/10', 'resting', 'effective', 'not effective, NP aware'])}. `;
    filler(b, r, 3); sig(b, r, nurse);
  } else if (v === 6) {
    b.w`MEDICATION ERROR: ${N(nm(r, pt.p, 0))} rm ${O(pt.room)} received ${r.pick(['double dose of', 'wrong time', 'omitted dose of'])} ${r.pick(['Eliquis', 'Keppra', 'Sinemet', 'Synthroid'])} on ${D(fdate(r, d, 4))}. ADON ${N(full(person(r)))} and Dr. ${N(nm(r, pt.pcp, 7))} notified, no adverse effects. `;
    filler(b, r, 2); sig(b, r, nurse, d);
  } else if (v === 7) {
    b.w`crushed meds in pudding per order, pt ${r.pick(['has PEG', 'pocketing'])}. Do not crush Depakote ER - pharm ${inst1(r, pt.pharm)} contacted, changed to sprinkles. ${r.pick(['Senna', 'Colace', 'Miralax'])} given. `;
    filler(b, r, 3); sig(b, r, nurse);
  } else {
    b.caps(() => { b.w`MAR NOTE ${D(fdate(r, d))}`; });
    b.w`\nabx day ${r.range(2, 10)}/${r.range(7, 14)} ${r.pick(['Macrobid', 'Cipro', 'Keflex', 'doxy'])} for UTI, culture from ${inst1(r, pt.hosp)} lab acc# ${ID(`${r.letters(1)}${r.digits(8)}`)}. no s/e. `;
    filler(b, r, 2); sig(b, r, nurse, d);
  }
};

const transfer: StyleFn = (b, r, pt, d, v) => {
  const nurse = staff(r, NURSE_CREDS);
  const hosp = pt.hosp;
  if (v === 0) {
    b.w`TRANSFER TO HOSPITAL FORM\nFrom: ${L(pt.home.full)}  ${PH(phone(r))}\nTo: ${L(hosp.full)} ED\nResident: ${N(nm(r, pt.p, r.pick([1, 4])))}  DOB ${D(fdate(r, pt.dob, 2))}  Age ${ageV(pt.age)}\nMRN/Res ID: ${ID(pt.mrn)}\nCode status: ${r.pick(['FULL', 'DNR', 'DNR/DNI', 'POLST - limited'])}\nReason: ${r.pick(['AMS', 'fall w/ head strike on Eliquis', 'hypoxia 84%', 'GI bleed - coffee ground emesis', 'fever 102.4'])}\nPCP: ${N(nm(r, pt.pcp, 0))} ${pt.pcp.cred}\nContact: `;
    relRef(b, r, pt); b.w` ${PH(pt.relPhone)}\nSent via ${L(r.pick(AMBULANCE))} ${time(r)}.`; sig(b, r, nurse, d);
  } else if (v === 1) {
    b.w`SBAR to ED: S - ${ageV(pt.age)} yo ${r.pick(['F', 'M'])} from ${inst1(r, pt.home)}, ${r.pick(['unresponsive to sternal rub', 'new L sided weakness', 'SOB, crackles'])} at ${time(r)}. B - ${pt.dx.join(', ')}. A - `;
    vitals(b, r); b.w`. R - eval & tx. Report called to ED RN ${N(person(r).first)} at ${PH(phone(r))}.`; filler(b, r, 1); sig(b, r, nurse);
  } else if (v === 2) {
    b.w`BED HOLD NOTICE given to ${pt.relKind} ${N(full(pt.rel))} ${D(fdate(r, d))} ${time(r)}. Medicaid bed hold ${r.range(10, 15)} days. Resident transferred to ${inst1(r, hosp)}. Belongings sent: glasses, dentures, ${r.pick(['hearing aids', 'cell phone', 'rosary'])}. `;
    filler(b, r, 2); sig(b, r, nurse, d);
  } else if (v === 3) {
    b.w`${time(r)} res found ${r.pick(['on floor', 'diaphoretic', 'with emesis'])}. 911 called. ${L(r.pick(AMBULANCE))} unit ${r.range(2, 40)} arrived ${time(r)}, crew ${N(full(person(r)))} and ${N(full(person(r)))}. taken to ${inst1(r, hosp)}. `;
    b.w`DON ${N(nm(r, person(r), 0))}, MD ${N(nm(r, pt.pcp, 7))}, `; relRef(b, r, pt); b.w` notified.`; filler(b, r, 1); sig(b, r, nurse);
  } else if (v === 4) {
    b.w`INTERACT transfer - ${ptName(r, pt)}\n[x] change in condition eval done\n[x] med list sent\n[x] face sheet sent\n[ ] advance directive\nPharmacy: ${inst1(r, pt.pharm)}\nAllergies: ${r.pick(['PCN', 'sulfa', 'NKDA', 'codeine, latex'])}\nLast dose Eliquis ${time(r)}\n`;
    filler(b, r, 2); sig(b, r, nurse, d);
  } else if (v === 5) {
    b.w`RETURN FROM HOSPITAL: res returned ${D(fdate(r, d))} from ${inst1(r, hosp)} dx ${r.pick(['UTI', 'pna', 'syncope, neg w/u', 'NSTEMI'])}. Hospital MRN ${ID(r.digits(9))}. DC summary by ${N(nm(r, person(r), 0))} MD reviewed. New: ${r.pick(['Lasix 20', 'Rocephin x3 more days', 'Plavix'])}. `;
    filler(b, r, 2); sig(b, r, nurse);
  } else if (v === 6) {
    b.w`to ER per family request - `; relRef(b, r, pt); b.w` insisted pt be sent to ${inst1(r, r.pick(HOSPITALS))} rather than ${inst1(r, hosp)}. NP ${N(nm(r, pt.pcp, 0))} aware. transport ${L(r.pick(AMBULANCE))} ${PH(phone(r))}.`;
    filler(b, r, 2); sig(b, r, nurse, d);
  } else if (v === 7) {
    b.caps(() => {
      b.w`TRANSFER ${D(fdate(r, d))} ${ptName(r, pt)} RM ${O(pt.room)} TO ${L(r.pick(hosp.short).toUpperCase())} FOR ${r.pick(['HGB 6.2', 'K 6.8', 'SEIZURE', 'HIP PAIN AFTER FALL'])}. FAMILY ${N(pt.rel.first.toUpperCase())} AWARE.`;
    });
    filler(b, r, 3); sig(b, r, nurse);
  } else {
    b.w`LTC to LTC transfer: res moving to ${L(r.pick(NURSING_HOMES).full)}, ${L(r.pick(TOWNS))} ${ST(r.pick(STATES))} closer to ${pt.relKind} ${N(full(pt.rel))}. Records faxed to ${PH(phone(r))}. Receiving DON ${N(nm(r, person(r), 0))}. Discharge date ${D(fdate(r, shift(d, 3)))}.`;
    filler(b, r, 2); sig(b, r, staff(r, ['MSW', 'SSD']), d);
  }
};

const behavior: StyleFn = (b, r, pt, d, v) => {
  const nurse = staff(r, NURSE_CREDS);
  const psych = staff(r, ['PMHNP', 'PMHNP-BC', 'MD', 'DO', 'APRN']);
  if (v === 0) {
    b.w`BEHAVIOR MONITORING ${D(fdate(r, d))}\nres ${ptName(r, pt)}\ntarget behaviors: ${r.pick(['exit seeking', 'verbal aggression', 'hitting during care', 'sundowning', 'hoarding food'])}\nepisodes this shift: ${r.range(1, 6)}\ninterventions: redirect, snack, music, 1:1. ${r.pick(['effective', 'partially effective', 'not effective'])}.\n`;
    filler(b, r, 2); sig(b, r, staff(r, AIDE_CREDS));
  } else if (v === 1) {
    b.w`Psych f/u - ${N(nm(r, pt.p, 1))}, seen at ${inst1(r, pt.home)} for ${r.pick(["Alzheimer's w/ BPSD", 'MDD', 'schizoaffective d/o', 'anxiety'])}. Staff report ${r.pick(['less agitation', 'tearfulness', 'calling out at night'])}. On Seroquel ${r.pick(['12.5', '25', '50'])} mg hs, Zoloft ${r.pick(['25', '50', '100'])}. GDR: ${r.pick(['attempt reduce Seroquel', 'clinically contraindicated - failed GDR'])} ${D(fdate(r, shift(d, -r.range(60, 200)), 1))}. AIMS 0.`;
    filler(b, r, 1); sig(b, r, psych, d);
  } else if (v === 2) {
    b.w`res exit seeking at front door ${time(r)}, stated "I have to pick up ${N(r.pick(FIRST_F))} from ${L(r.pick(EMPLOYERS.filter((e) => /School|Elementary/.test(e))))}". wanderguard ${O(`${r.digits(7)}`)} alarmed. redirected to activity room w/ ${N(staff(r, ['Activities']).first)}. `;
    filler(b, r, 2); sig(b, r, nurse);
  } else if (v === 3) {
    b.w`resident calling out for "${N(r.pick(pt.p.sex === 'F' ? FIRST_M : FIRST_F))}" (late ${pt.p.sex === 'F' ? 'husband' : 'wife'}, died ${Y(String(r.range(1995, 2022)))}) most of evening. ${r.pick(['tearful', 'anxious'])}. looked at photo album, sang hymns. `;
    filler(b, r, 3); sig(b, r, staff(r, AIDE_CREDS), d);
  } else if (v === 4) {
    b.w`1:1 sitter initiated ${time(r)} after res ${r.pick(['struck roommate', 'attempted to leave via fire exit', 'stated wish to die'])}. Psych NP ${N(nm(r, psych, 0))} notified, ${r.pick(['will see tomorrow', 'recommends ER eval'])}. Sitter ${N(full(staff(r, AIDE_CREDS)))}. `;
    b.w`Room moved to ${O(`${r.range(100, 140)}`)} near nurses station.`; filler(b, r, 2); sig(b, r, nurse, d);
  } else if (v === 5) {
    b.w`Geropsych referral: ${ptName(r, pt)} referred to ${L(CLINICS[7] as string)} inpatient unit, intake coordinator ${N(full(person(r)))} ${PH(phone(r))}. Pre-auth ${ID(`${r.letters(3)}${r.digits(7)}`)}. PASRR level II done ${D(fdate(r, shift(d, -r.range(10, 400)), 9))}. `;
    filler(b, r, 2); sig(b, r, staff(r, ['MSW', 'LCSW']));
  } else if (v === 6) {
    b.w`sexually inappropriate comments toward ${N(nm(r, staff(r, AIDE_CREDS), 0))} CNA during care ${time(r)}. Care provided in pairs. Res redirected, apologized. Care plan updated. ${pt.relKind} ${N(pt.rel.first)} informed. `;
    filler(b, r, 2); sig(b, r, nurse, d);
  } else if (v === 7) {
    b.w`pt ${N(pt.p.first.toLowerCase())} very agitated after ${r.pick(['shower', 'family left', 'dinner'])}, cursing staff, threw cup at ${N(person(r).first.toLowerCase())}. no injury. prn ativan ${r.pick(['given', 'not given - gdr'])}. quiet by ${time(r)}. `;
    filler(b, r, 3); sig(b, r, staff(r, AIDE_CREDS));
  } else {
    b.caps(() => { b.w`PSYCHOTROPIC REVIEW`; });
    b.w` ${D(fdate(r, d, 8))} - pharmacist ${N(nm(r, person(r), 0))}, PharmD, ${L(pt.pharm.full)}\n${ptName(r, pt)}: Seroquel 25 mg hs (dx ${r.pick(['psychosis', 'dementia w/ behaviors'])}), Depakote 125 BID. Rec: GDR Seroquel to 12.5. Dr. ${N(nm(r, pt.pcp, 7))} ${r.pick(['agreed', 'declined - unstable'])}.`;
    filler(b, r, 2);
  }
};

const STYLE_FNS: Record<string, StyleFn> = {
  snf_admission: snfAdmission,
  snf_daily: snfDaily,
  rehab_therapy: rehab,
  dialysis_run: dialysis,
  ltach_md: ltach,
  incident_report: incident,
  mds_careplan: mds,
  wound_rounds: wound,
  family_log: family,
  mar_note: mar,
  transfer_form: transfer,
  ltc_behavior: behavior,
};

// ---------------------------------------------------------------- finishing: case + typos
const MISSPELL: Record<string, string> = {
  received: 'recieved', tolerated: 'tolerted', ambulated: 'ambulted', resident: 'resdent', bilateral: 'bilatral',
  definitely: 'definately', notified: 'notifed', medication: 'medicaton', family: 'famliy', breakfast: 'breakfst',
  refused: 'refussed', assessment: 'assesment', their: 'thier', separate: 'seperate', occurred: 'occured',
};
function typoWord(r: R, w: string): string {
  const low = w.toLowerCase();
  const m = MISSPELL[low];
  if (m && r.chance(0.6)) return w === w.toUpperCase() ? m.toUpperCase() : m;
  if (w.length < 4) return w;
  const i = 1 + r.int(w.length - 2);
  switch (r.int(3)) {
    case 0: return w.slice(0, i) + (w[i + 1] ?? '') + (w[i] ?? '') + w.slice(i + 2);
    case 1: return w.slice(0, i) + w.slice(i + 1);
    default: return w.slice(0, i) + (w[i] ?? '') + w.slice(i);
  }
}
function typoText(r: R, s: string, rate: number): string {
  return s.replace(/[A-Za-z]{4,}/g, (w) => (r.chance(rate) ? typoWord(r, w) : w));
}

function finish(b: Doc, r: R, mode: 'normal' | 'upper' | 'lower', typoRate: number, nameLowerRate: number): { text: string; phi: GeneratedSpan[] } {
  let text = '';
  const phi: GeneratedSpan[] = [];
  for (const seg of b.segs) {
    let s = seg.s;
    if (seg.c) {
      if ((seg.c === 'NAME' || seg.c === 'LOCATION') && s.length > 5 && r.chance(0.015)) s = typoWord(r, s.replace(/\s.*$/, '')) + s.replace(/^\S*/, '');
      if (seg.c === 'NAME' && r.chance(nameLowerRate)) s = s.toLowerCase();
    } else if (typoRate > 0) {
      s = typoText(r, s, typoRate);
    }
    if (mode === 'upper' || seg.up) s = s.toUpperCase();
    else if (mode === 'lower') s = s.toLowerCase();
    if (seg.c) {
      const trimmed = s.trim();
      const lead = s.indexOf(trimmed);
      if (trimmed.length > 0 && !trimmed.includes('\n')) {
        phi.push({ start: text.length + lead, end: text.length + lead + trimmed.length, category: seg.c });
      }
    }
    text += s;
  }
  return { text, phi };
}

// ---------------------------------------------------------------- generate
function letterhead(b: Doc, r: R, pt: Patient, style: string): void {
  const home: Inst = style === 'dialysis_run' ? r.pick(DIALYSIS) : style === 'ltach_md' ? r.pick(LTACHS) : style === 'incident_report' ? r.pick(AL_HOMES) : pt.home;
  const slug = home.full.toLowerCase().replace(/^the /, '').replace(/[^a-z]+/g, '').slice(0, 18);
  b.w`${L(home.full)}\n${L(addr(r))}, ${L(r.pick(TOWNS))}, ${ST(r.pick(STATES))} ${L(zip(r))}\n`;
  switch (r.int(3)) {
    case 0: b.w`Tel ${PH(phone(r))}  Fax ${PH(phone(r))}\n`; break;
    case 1: b.w`${U(`www.${slug}.org`)} | ${PH(phone(r))}\n`; break;
    default: b.w`Phone: ${PH(phone(r))}  CMS cert # ${ID(`${r.digits(2)}${r.int(2) ? 'A' : ''}${r.digits(4)}`)}\n`;
  }
  b.w`Resident: ${N(nm(r, pt.p, r.pick([1, 2, 4])))}   ${r.pick(['MRN', 'Res #', 'ID', 'Chart #'])} ${ID(pt.mrn)}\n\n`;
}
const AIDE_STYLES = new Set(['snf_daily', 'incident_report', 'mar_note', 'ltc_behavior', 'family_log']);

function buildNote(seed: number, i: number, pt: Patient, patientKey: string, visit: number): GeneratedNote {
  const r = new R(mix(seed, i + 1));
  const style = r.pick(LONGTERM_STYLES);
  const fn = STYLE_FNS[style] as StyleFn;
  const d = shift(pt.base, visit * r.range(3, 40));
  const b = new Doc();
  const roll0 = r.n();
  const entries = roll0 < 0.35 ? 1 : roll0 < 0.7 ? 2 : roll0 < 0.9 ? 3 : 4;
  if (r.chance(0.22)) letterhead(b, r, pt, style);
  let day = d;
  const variants = r.shuffle([0, 1, 2, 3, 4, 5, 6, 7, 8]);
  for (let e = 0; e < entries; e++) {
    const tmp = new Doc();
    tmp.used = b.used;
    fn(tmp, r, pt, day, variants[e] as number);
    if (e > 0 && b.words() + tmp.words() > 430) break;
    if (e > 0) b.t(r.pick(['\n\n', '\n----------\n', '\n\n***\n', '\n']));
    b.segs.push(...tmp.segs);
    day = shift(day, r.range(0, 3));
  }
  if (r.chance(0.12)) b.w`\n\nPrinted ${D(fdate(r, shift(d, r.range(0, 30)), r.pick([1, 2, 9])))} ${time(r)} by ${N(nm(r, person(r), r.pick([0, 1, 3])))}  page 1 of ${r.range(1, 3)}`;
  let guard = 0;
  while (b.words() < 62 && guard++ < 8) {
    b.t(r.pick(['\n', '\n', '\n\n', '\n- ']));
    if (r.chance(0.25)) b.t(r.pick(['addendum: ', 'Addendum - ', 'also ', 'NOTE: ', 'late entry: ']));
    extra(b, r, pt); b.t(' '); extra(b, r, pt);
    if (r.chance(0.3)) filler(b, r, 1);
  }
  const aide = AIDE_STYLES.has(style);
  const roll = r.n();
  const mode = roll < 0.12 ? 'upper' : roll < (aide ? 0.42 : 0.27) ? 'lower' : 'normal';
  const typoRate = r.pick([0, 0, 0.01, 0.02, aide ? 0.04 : 0.015]);
  const { text, phi } = finish(b, r, mode, typoRate, aide ? 0.08 : 0.02);
  return { patient: patientKey, text, phi, style };
}

export function generate(count: number, seed: number): GeneratedNote[] {
  const out: GeneratedNote[] = [];
  const groups = new R(mix(seed, 0x51ed));
  let pi = 0;
  let left = 0;
  let visit = 0;
  let pt: Patient | null = null;
  for (let i = 0; i < count; i++) {
    if (left === 0 || pt === null) {
      pt = makePatient(seed, pi);
      left = 1 + Math.floor(groups.n() * 3);
      visit = 0;
      pi++;
    }
    const key = `p${String(pi - 1).padStart(4, '0')}`;
    out.push(buildNote(seed, i, pt, key, visit));
    visit++;
    left--;
  }
  return out;
}
