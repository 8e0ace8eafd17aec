/**
 * hospitalops: synthetic hospital-operations notes with labelled PHI.
 *
 * Settings: utilisation review / insurer authorisation, HIM release-of-information logs, patient
 * relations (complaints), interpreter services, chaplaincy, safety incident reports, security /
 * restraint / sitter logs, death notes with morgue / funeral home / organ-procurement calls, discharge
 * planning with SNF and home-health referrals, billing and financial counselling calls.
 *
 * Every note is built from pieces (plain strings and labelled spans); case changes and typos are
 * applied per piece and the offsets are computed only at the very end, so spans cannot drift.
 * Everything here is invented.
 */
import { mulberry32 } from '../../../util/prng.js';

export const WRITER_NAME = 'hospitalops';

export const HOSPITALOPS_STYLES: readonly string[] = [
  'ur_auth',
  'him_roi',
  'patient_relations',
  'interpreter_log',
  'chaplaincy',
  'safety_incident',
  'security_sitter',
  'death_note',
  'discharge_planning',
  'billing_fc',
];

export interface GeneratedSpan { start: number; end: number; category: string }
export interface GeneratedNote { patient: string; text: string; phi: GeneratedSpan[]; style: string }

type Cat = 'NAME' | 'LOCATION' | 'STATE' | 'DATE' | 'DATE_YEAR' | 'AGE' | 'PHONE' | 'ID' | 'EMAIL' | 'URL' | 'OTHER';

// ---------------------------------------------------------------------------------------------
// Inventories (all invented)
// ---------------------------------------------------------------------------------------------

const FIRST_F = [
  // West African
  'Adaeze', 'Abena', 'Folake', 'Ama', 'Efua', 'Ngozi', 'Bisi', 'Aminata', 'Fatoumata', 'Yewande', 'Chiamaka', 'Afua',
  // South / East / Southeast Asian
  'Priya', 'Lakshmi', 'Deepa', 'Harpreet', 'Anjali', 'Meenakshi', 'Nusrat', 'Xiaoling', 'Yuki', 'Seo-yeon', 'Thuy',
  'Mei', 'Jia', 'Hoa', 'Ratana', 'Marisa',
  // Slavic
  'Oksana', 'Zofia', 'Katarzyna', 'Svetlana', 'Tatiana', 'Halyna', 'Milena', 'Dragana',
  // Arabic / Somali / Persian
  'Layla', 'Samira', 'Noura', 'Rania', 'Amira', 'Hodan', 'Fartun', 'Shirin', 'Zainab',
  // Hispanic
  'Guadalupe', 'Marisol', 'Xiomara', 'Itzel', 'Yesenia', 'Leticia', 'Maricela', 'Rocío', 'Esperanza', 'Dulce',
  // Nordic
  'Sigrid', 'Ingrid', 'Solveig', 'Astrid', 'Freya', 'Liv', 'Ragnhild',
  // Native American
  'Winona', 'Kimi', 'Aiyana', 'Dyani', 'Nayeli', 'Tala',
  // Pacific
  'Leilani', 'Malia', 'Losaline', 'Mele', 'Kalani', 'Pua', 'Ana-Lisa',
  // English words as names
  'Hope', 'Grace', 'Rose', 'Faith', 'Joy', 'June', 'Dawn', 'Ivy', 'Pearl', 'Autumn', 'Mercy', 'Patience', 'Summer',
  'Charity', 'Star',
  // Assorted US
  'Margaret', 'Dolores', 'Bernice', 'Doris', 'Loretta', 'Jolene', 'Shanice', 'Latoya', 'Kayla', 'Madison', 'Brittany',
  'Ashlyn', 'Imogene', 'Verna', 'Opal', 'Twyla', 'Ruthanne', 'Keisha', 'Destiny', 'Paislee', 'Marguerite', 'Eileen',
];

const FIRST_M = [
  'Chinedu', 'Kwame', 'Oluwaseun', 'Kofi', 'Yaw', 'Emeka', 'Tunde', 'Mamadou', 'Ousmane', 'Kwabena', 'Ikenna',
  'Arjun', 'Sanjay', 'Ravi', 'Vikram', 'Rahul', 'Farhan', 'Gurpreet', 'Wei', 'Hiroshi', 'Minjun', 'Quang', 'Haruto',
  'Kenji', 'Duc', 'Somchai', 'Dmitri', 'Bogdan', 'Miroslav', 'Yuriy', 'Wojciech', 'Stanislav', 'Goran', 'Khalid',
  'Omar', 'Yousef', 'Tariq', 'Hassan', 'Abdirahman', 'Dariush', 'Mustafa', 'Alejandro', 'Rafael', 'Joaquín', 'Jesús',
  'Efraín', 'Nicanor', 'Teodoro', 'Anders', 'Bjorn', 'Lars', 'Torvald', 'Henrik', 'Einar', 'Chayton', 'Ahanu',
  'Tahoma', 'Dakota', 'Keoni', 'Sione', 'Tevita', 'Kainoa', 'Viliami', 'Eugene', 'Harold', 'Clarence', 'Wendell',
  'Marvin', 'Tyrone', 'DeShawn', 'Brandon', 'Tristan', 'Colton', 'Dustin', 'Earl', 'Virgil', 'Lonnie', 'Rusty',
  'Bud', 'Cliff', 'Dale', 'Glen', 'Forrest', 'Sonny', 'Jerome', 'Cornelius', 'Ignatius', 'Booker',
];

const NICKS: Record<string, string> = {
  Margaret: 'Peggy', Eugene: 'Gene', Harold: 'Hal', Clarence: 'Buddy', Oluwaseun: 'Seun', Katarzyna: 'Kasia',
  Guadalupe: 'Lupe', Alejandro: 'Alex', Dmitri: 'Dima', Yousef: 'Joe', Chinedu: 'Chi', Wojciech: 'Wojtek',
  Cornelius: 'Neil', Ignatius: 'Iggy', Dolores: 'Lola', Bernice: 'Bunny', Tevita: 'David', Stanislav: 'Stan',
};

const SURNAMES = [
  'Okafor', 'Mensah', 'Boateng', 'Adeyemi', 'Owusu', 'Nwosu', 'Diallo', 'Traoré', 'Asante', 'Ogunleye', 'Eze',
  'Okonkwo', 'Bangura', 'Kamara', 'Acheampong', 'Patel', 'Raghunathan', 'Iyer', 'Sandhu', 'Chaudhry', 'Banerjee',
  'Venkatesan', 'Rahman', 'Nguyen', 'Tran', 'Pham', 'Zhang', 'Liu', 'Watanabe', 'Takahashi', 'Park', 'Choi',
  'Vongsavath', 'Phommachanh', 'Kowalski', 'Wiśniewski', 'Nowak', 'Shevchenko', 'Kovalenko', 'Petrović', 'Horvat',
  'Volkov', 'Dvořák', 'Haddad', 'Nasser', 'Khoury', 'Al-Masri', 'Farah', 'Warsame', 'Hashemi', 'Abdullahi',
  'Hernández', 'Delgado', 'Quiñones', 'Castellano', 'Villanueva', 'Ocampo', 'Barragán', 'Zúñiga', 'Montoya',
  'Lindqvist', 'Haugen', 'Sørensen', 'Bergström', 'Halvorsen', 'Nygaard', 'Eriksen', 'Yazzie', 'Begay', 'Tsosie',
  'Redcloud', 'Two Bulls', 'Running Horse', 'Kealoha', 'Fifita', 'Tuipulotu', 'Mahe', 'Kahananui', 'Fonoti',
  // hyphenated and particle surnames
  'Mensah-Boateng', 'García-Ruiz', 'Lindqvist-Hale', 'Okoro-Williams', 'Nakamura-Price', 'van der Berg',
  'De La Cruz', "O'Donnell", 'McAllister', 'al-Rashid', 'da Silva', 'St. Pierre', 'Le Blanc', 'von Ahn',
  'Dos Santos', 'Du Plessis', 'ten Brink', 'Mac Giolla', "D'Amico", 'bin Hamdan', 'de Vries',
  // English words as surnames
  'Stone', 'Hill', 'Price', 'Young', 'Bell', 'Love', 'King', 'Brown', 'Long', 'Page', 'Rivers', 'Wood', 'Marsh',
  'Banks', 'Cross', 'Fields', 'Moody', 'Strong', 'Swift', 'Hale', 'Frost', 'Bishop', 'Baker', 'Walker', 'Hunter',
  'Sharp', 'Goodnight', 'Little', 'Christmas', 'Golden', 'Bright', 'Lamb', 'Carpenter', 'Mason', 'Sterling',
  // assorted
  'Whitfield', 'Greer', 'Pruitt', 'Hollis', 'Tolliver', 'Vance', 'Kimble', 'Dunaway', 'Prather', 'Ashby', 'Crenshaw',
  'Lindahl', 'Gustafson', 'Mayfield', 'Thibodeaux', 'Broussard', 'Fontenot', 'Schuyler', 'Yoder', 'Stoltzfus',
  'Wojcik', 'Kaczmarek', 'Abernathy', 'Pettiford', 'Okwuosa', 'Szabo', 'Ferenc', 'Iqbal', 'Siddiqui', 'Qureshi',
];

const STREETS = [
  'Larkspur', 'Old Mill', 'Quarry', 'Bramble', 'Pecan', 'Sycamore', 'Juniper', 'Tanager', 'Cobb Hollow', 'Kestrel',
  'Meadowlark', 'Ridgeview', 'Orchard', 'Hazelwood', 'Tinker Creek', 'Bluestem', 'Wolcott', 'Ferncliff', 'Galloway',
  'Persimmon', 'Dogwood', 'Candlewood', 'Spruce Hollow', 'Mill Race', 'Harrow', 'Lantern', 'Hickory Bend', 'Cutler',
  'Saddleback', 'Wren', 'Beaumont', 'Ironwood', 'Poplar', 'Shady Lane', 'Cardinal', 'Market', 'Front', 'Depot',
  'Fairground', 'Parsonage', 'Chapel Hill',
];
const STREET_SUF = ['St', 'Ave', 'Rd', 'Dr', 'Ln', 'Ct', 'Blvd', 'Way', 'Pike', 'Circle', 'Street', 'Avenue', 'Road', 'Trl'];

const TOWNS = [
  'Millbrook', 'Cedar Bluff', 'Port Ansel', 'East Harrow', 'Kettle Falls', 'Riverbend', 'Stonebridge', 'Fallowfield',
  'Granite Springs', 'New Corwin', 'Bellhaven', 'Orchard Valley', 'Lake Tamsin', "Saylor's Point", 'Wren Hollow',
  'Ashgrove', 'Brandt', 'Coldwater', 'Dunmore Heights', 'Elk Prairie', 'Foxcroft', 'Gilead', 'Ironton Junction',
  'Juniper Flats', 'Kilbride', 'Lost Creek', 'Marlow', 'North Pell', 'Oxbow', 'Pruett', 'Quarry Hill', 'Redwater',
  'Sable Bay', 'Tilden', 'Upton Mills', 'Vesper', 'West Lyle', 'Yarrow', 'Zion Grove', 'Harrow Valley', 'Ostrander',
  'Maple Shoals', 'Pike Crossing', 'Halstead', 'Burnt Corn', 'Sweetwater Gap', 'Thornapple', 'Bitter Springs',
  // towns that are ordinary words
  'Liberty', 'Harmony', 'Eden', 'Concord', 'Friendship', 'Commerce', 'Paradise', 'Normal', 'Hope', 'Unity', 'Plenty',
  'Temperance', 'Fairplay', 'Welcome', 'Alliance', 'Accord', 'Bliss', 'Reliance', 'Prosperity', 'Energy', 'Boring',
  'Gasoline', 'Surprise',
];

const COUNTIES = ['Tamsin County', 'Orrick County', 'Harrow County', 'Blackhawk County', 'Pell County', 'Kilbride Parish'];

const STATES: readonly (readonly [string, string])[] = [
  ['Ohio', 'OH'], ['Indiana', 'IN'], ['Michigan', 'MI'], ['Wisconsin', 'WI'], ['Minnesota', 'MN'], ['Iowa', 'IA'],
  ['Illinois', 'IL'], ['Kentucky', 'KY'], ['Pennsylvania', 'PA'], ['New York', 'NY'], ['Tennessee', 'TN'],
  ['Missouri', 'MO'], ['Nebraska', 'NE'], ['Kansas', 'KS'], ['Oregon', 'OR'], ['Washington', 'WA'], ['Arizona', 'AZ'],
  ['New Mexico', 'NM'], ['Texas', 'TX'], ['Louisiana', 'LA'], ['Georgia', 'GA'], ['North Carolina', 'NC'],
  ['Vermont', 'VT'], ['Maine', 'ME'], ['Hawaii', 'HI'], ['Alaska', 'AK'], ['Montana', 'MT'], ['South Dakota', 'SD'],
];

const COUNTRIES = [
  'Guatemala', 'Honduras', 'El Salvador', 'Mexico', 'Somalia', 'Ethiopia', 'Eritrea', 'Nigeria', 'Ghana', 'Liberia',
  'Sierra Leone', 'Haiti', 'Vietnam', 'Laos', 'Myanmar', 'Nepal', 'Bhutan', 'India', 'Pakistan', 'Afghanistan',
  'Iraq', 'Syria', 'Yemen', 'Ukraine', 'Poland', 'Bosnia', 'Marshall Islands', 'Tonga', 'Samoa', 'Philippines',
  'China', 'South Korea', 'Norway', 'Brazil', 'Cuba', 'Dominican Republic', 'Puerto Rico', 'Guam',
];

const LANG_BY_COUNTRY: Record<string, string> = {
  Guatemala: "K'iche'", Honduras: 'Spanish', 'El Salvador': 'Spanish', Mexico: 'Spanish', Somalia: 'Somali',
  Ethiopia: 'Amharic', Eritrea: 'Tigrinya', Nigeria: 'Yoruba', Ghana: 'Twi', Liberia: 'Liberian English',
  'Sierra Leone': 'Krio', Haiti: 'Haitian Creole', Vietnam: 'Vietnamese', Laos: 'Lao', Myanmar: 'Karen', Nepal: 'Nepali',
  Bhutan: 'Nepali', India: 'Punjabi', Pakistan: 'Urdu', Afghanistan: 'Dari', Iraq: 'Arabic', Syria: 'Arabic',
  Yemen: 'Arabic', Ukraine: 'Ukrainian', Poland: 'Polish', Bosnia: 'Bosnian', 'Marshall Islands': 'Marshallese',
  Tonga: 'Tongan', Samoa: 'Samoan', Philippines: 'Tagalog', China: 'Mandarin', 'South Korea': 'Korean',
  Norway: 'Norwegian', Brazil: 'Portuguese', Cuba: 'Spanish', 'Dominican Republic': 'Spanish', 'Puerto Rico': 'Spanish',
  Guam: 'Chamorro',
};

interface Inst { full: string; short: readonly string[]; dom: string }
const I = (full: string, short: string[], dom: string): Inst => ({ full, short, dom });

const HOSPITALS: readonly Inst[] = [
  I("St. Brendan's Regional Medical Center", ['SBRMC', "St. Brendan's", "St. B's"], 'sbrmc.org'),
  I('Harrow Valley Hospital', ['HVH', 'Harrow Valley Hosp'], 'harrowvalleyhealth.org'),
  I('Cedar Bluff Community Hospital', ['CBCH', 'Cedar Bluff Community'], 'cbch.org'),
  I('Meridian University Medical Center', ['MUMC', 'Meridian U'], 'meridianmed.edu'),
  I('Our Lady of the Lakes Hospital', ['OLOL', 'Our Lady of the Lakes'], 'ololakes.org'),
  I('Kettle Falls Memorial Hospital', ['KFMH', 'Kettle Memorial'], 'kfmh.org'),
  I('Providence Ridge Medical Center', ['PRMC', 'Prov Ridge'], 'provridge.org'),
  I('Tamsin County General Hospital', ['TCGH', 'County General', 'Tamsin General'], 'tamsingeneral.org'),
  I('Sacred Heart of Port Ansel', ['SHPA', 'Sacred Heart PA'], 'sacredheartpa.org'),
  I("Bellwether Children's Hospital", ['BCH', "Bellwether Children's"], 'bellwetherkids.org'),
];
const OTHER_HOSPITALS: readonly Inst[] = [
  I('Lakeshore Rehabilitation Institute', ['LRI', 'Lakeshore Rehab'], 'lakeshorerehab.org'),
  I('Northgate Behavioral Health', ['NBH', 'Northgate'], 'northgatebh.org'),
  I('Granite Springs VA Medical Center', ['Granite Springs VA', 'GSVAMC'], 'gsva.example.gov'),
];
const SNFS: readonly Inst[] = [
  I('Willow Crest Care Center', ['Willow Crest'], 'willowcrestcare.com'),
  I('Maple Terrace Skilled Nursing', ['Maple Terrace'], 'mapleterrace.com'),
  I('Brookview Manor Health & Rehabilitation', ['Brookview Manor', 'Brookview'], 'brookviewmanor.com'),
  I('Sunrise Pines Health & Rehab', ['Sunrise Pines'], 'sunrisepines.net'),
  I('Arbors at Fallowfield', ['Arbors'], 'arborsfallowfield.com'),
  I('Golden Acres Nursing Home', ['Golden Acres'], 'goldenacresnh.org'),
  I('Heritage Oaks Transitional Care', ['Heritage Oaks', 'HOTC'], 'heritageoakstc.com'),
  I('St. Ansgar Lutheran Home', ['St. Ansgar'], 'stansgar.org'),
  I('Riverbend Assisted Living', ['Riverbend AL'], 'riverbendliving.com'),
];
const HOME_HEALTH: readonly Inst[] = [
  I('Hearthside Home Health', ['Hearthside'], 'hearthsidehh.com'),
  I('BrightPath Home Care', ['BrightPath'], 'brightpathcare.com'),
  I('Visiting Nurse Association of Tamsin County', ['VNA of Tamsin', 'Tamsin VNA'], 'tamsinvna.org'),
  I('Kinfolk Home Health Services', ['Kinfolk'], 'kinfolkhh.com'),
  I('Good Shepherd Hospice', ['Good Shepherd', 'GSH'], 'goodshepherdhospice.org'),
  I('Compass Rose Hospice & Palliative Care', ['Compass Rose'], 'compassrosehospice.org'),
];
const FUNERAL: readonly Inst[] = [
  I('Castellano & Sons Funeral Home', ["Castellano's", 'Castellano & Sons'], 'castellanofuneral.com'),
  I('Greer-Whitfield Mortuary', ['Greer-Whitfield'], 'greerwhitfield.com'),
  I('Peaceful Valley Cremation Services', ['Peaceful Valley'], 'peacefulvalleycremation.com'),
  I('Okonkwo Family Funeral Chapel', ['Okonkwo Chapel'], 'okonkwochapel.com'),
  I('Lindahl Funeral Home', ["Lindahl's"], 'lindahlfh.com'),
  I('Nguyen Brothers Memorial Chapel', ['Nguyen Brothers'], 'nguyenbrosmemorial.com'),
  I('Two Rivers Funeral & Cremation', ['Two Rivers FH'], 'tworiversfh.com'),
];
const OPOS: readonly Inst[] = [
  I('Heartland Gift of Life Alliance', ['HGLA', 'Gift of Life'], 'heartlandgol.org'),
  I('Midstate Donor Network', ['MDN', 'Midstate'], 'midstatedonor.org'),
  I('Great Prairie Tissue Bank', ['GPTB'], 'gptissue.org'),
  I('Lions Eye Bank of the Lakes', ['Lions Eye Bank'], 'lionseyelakes.org'),
];
const ME_OFFICES: readonly Inst[] = [
  I('Tamsin County Medical Examiner', ['Tamsin ME', 'TCME'], 'tamsincounty.gov'),
  I('Harrow County Coroner', ['Harrow Coroner'], 'harrowcounty.gov'),
  I('Orrick County Medical Examiner', ['Orrick ME'], 'orrickcounty.gov'),
];
const INSURERS: readonly Inst[] = [
  I('Keystone Mutual Health Plan', ['Keystone Mutual', 'KMHP'], 'keystonemutual.com'),
  I('BlueRiver Health', ['BlueRiver', 'BRH'], 'blueriverhealth.com'),
  I('Cardinal Care Medicaid', ['Cardinal Care'], 'cardinalcare.org'),
  I('Summit Advantage Medicare', ['Summit Advantage', 'Summit'], 'summitadvantage.com'),
  I('Tri-County Health Cooperative', ['Tri-County', 'TCHC'], 'tricountyhealthcoop.org'),
  I('Evergreen Senior Plan', ['Evergreen'], 'evergreenseniorplan.com'),
  I('Harborview Health Partners', ['Harborview', 'HHP'], 'harborviewhp.com'),
  I('Plainsman Benefit Trust', ['Plainsman'], 'plainsmantrust.com'),
];
const CLINICS: readonly Inst[] = [
  I('Millbrook Family Medicine', ['Millbrook FM'], 'millbrookfm.com'),
  I('East Harrow Community Health Center', ['EHCHC', 'East Harrow CHC'], 'ehchc.org'),
  I('Lost Creek Rural Health Clinic', ['Lost Creek RHC'], 'lostcreekrhc.org'),
  I('Kilbride Internal Medicine Associates', ['KIMA'], 'kima-docs.com'),
  I('Vesper Valley Cardiology', ['Vesper Cardiology'], 'vespercardio.com'),
];
const PHARMACIES = ['Walbrook Pharmacy', 'Corner Drug of Millbrook', 'Riverbend Apothecary', 'Halstead Family Pharmacy', 'ValuCare Pharmacy on Market St', 'Oxbow Drug'];
const CHURCHES = [
  'St. Casimir Parish', 'Bethel AME Church', 'Masjid al-Noor', 'Temple Beth Shalom of East Harrow',
  'First Lutheran Church of Kettle Falls', 'Iglesia Pentecostal Monte Sion', 'Holy Trinity Ukrainian Orthodox Church',
  'Greater Mount Olive Baptist Church', 'Sri Venkateswara Temple', 'Gurdwara Sahib of Riverbend',
  'Tongan Methodist Church of Sable Bay', 'Our Lady of Guadalupe Mission', 'Cedar Bluff Kingdom Hall',
  'Vietnamese Buddhist Center of Lake Tamsin', 'Elk Prairie Mennonite Fellowship',
];
const EMPLOYERS = [
  'Harrow Valley Poultry', 'Tamsin Unified School District', 'Ridgeline Freight', 'Fallowfield Tire & Auto',
  'Oxbow Grain Cooperative', 'Kestrel Logistics', 'Marlow Precision Castings', 'Bellhaven Casino & Resort',
  'Quarry Hill Dairy', 'Port Ansel Shipyard', 'Sable Bay Seafoods', 'Pruett Home Improvement',
];
const LAW_FIRMS = ['Pruitt, Adeyemi & Lowe LLP', 'Delgado Injury Law', 'Hartwell Sorensen Legal Group', 'Law Office of Marcus Tolliver', 'Kimble & Quiñones PLLC'];
const AGENCIES = [
  'Tamsin County Adult Protective Services', 'Orrick County DDS', 'Harrow Valley Police Department',
  'Safe Harbor Shelter', 'Open Door Mission of Riverbend', 'LinguaBridge Interpreting', 'Voz Clara Language Services',
  'Apex Medical Supply', 'Meridian Recovery Partners', 'Lakeside Medi-Van', 'Kettle Falls Senior Center',
  'Fallowfield Middle School', 'Port Ansel Housing Authority',
];
const FREEMAIL = ['inboxly.com', 'zephyrmail.net', 'hometownisp.net', 'postbox.net', 'mailcoop.org', 'lakesnet.com'];

export const INVENTORY_SIZES: Record<string, number> = {
  firstNames: FIRST_F.length + FIRST_M.length,
  surnames: SURNAMES.length,
  nicknames: Object.keys(NICKS).length,
  streets: STREETS.length,
  towns: TOWNS.length,
  counties: COUNTIES.length,
  states: STATES.length,
  countries: COUNTRIES.length,
  hospitals: HOSPITALS.length + OTHER_HOSPITALS.length,
  snfs: SNFS.length,
  homeHealthAndHospice: HOME_HEALTH.length,
  funeralHomes: FUNERAL.length,
  opos: OPOS.length,
  medicalExaminers: ME_OFFICES.length,
  insurers: INSURERS.length,
  clinics: CLINICS.length,
  pharmacies: PHARMACIES.length,
  churches: CHURCHES.length,
  employers: EMPLOYERS.length,
  lawFirms: LAW_FIRMS.length,
  agencies: AGENCIES.length,
  institutionsWithShortForms: [HOSPITALS, OTHER_HOSPITALS, SNFS, HOME_HEALTH, FUNERAL, OPOS, ME_OFFICES, INSURERS, CLINICS]
    .reduce((a, l) => a + l.length, 0),
};

// ---------------------------------------------------------------------------------------------
// Random helpers
// ---------------------------------------------------------------------------------------------

class R {
  private readonly n: () => number;
  constructor(seed: number) { this.n = mulberry32(seed); }
  f(): number { return this.n(); }
  i(a: number, b: number): number { return a + Math.floor(this.n() * (b - a + 1)); }
  p<T>(xs: readonly T[]): T { return xs[Math.floor(this.n() * xs.length)] as T; }
  c(prob: number): boolean { return this.n() < prob; }
  digits(k: number): string { let s = ''; for (let j = 0; j < k; j++) s += String(this.i(0, 9)); return s; }
  letters(k: number): string { let s = ''; for (let j = 0; j < k; j++) s += 'ABCDEFGHJKLMNPRSTUVWXYZ'[this.i(0, 22)]; return s; }
  some<T>(xs: readonly T[], k: number): T[] {
    const pool = xs.slice(); const out: T[] = [];
    while (out.length < k && pool.length) out.push(pool.splice(Math.floor(this.n() * pool.length), 1)[0] as T);
    return out;
  }
}

function mix(...xs: number[]): number {
  let h = 0x9e3779b9;
  for (const x of xs) {
    h ^= x >>> 0;
    h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
    h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
    h ^= h >>> 16;
  }
  return h >>> 0;
}

// ---------------------------------------------------------------------------------------------
// Pieces
// ---------------------------------------------------------------------------------------------

interface Piece { t: string; c?: Cat; up?: boolean }
type Bit = string | Piece | null | undefined | false | Bit[];

const S = (t: string, c: Cat): Piece => ({ t, c });

class Note {
  ps: Piece[] = [];
  add(...xs: Bit[]): this {
    for (const x of xs) {
      if (!x) continue;
      if (Array.isArray(x)) this.add(...x);
      else if (typeof x === 'string') this.ps.push({ t: x });
      else this.ps.push(x);
    }
    return this;
  }
  line(...xs: Bit[]): this { return this.add(...xs, '\n'); }
  /** A line in capitals inside a mixed-case note. */
  caps(...xs: Bit[]): this {
    const from = this.ps.length;
    this.add(...xs);
    for (let k = from; k < this.ps.length; k++) { const p = this.ps[k] as Piece; this.ps[k] = { ...p, up: true }; }
    return this.add('\n');
  }
  words(): number { return this.ps.map((p) => p.t).join('').split(/\s+/).filter(Boolean).length; }
}

// ---------------------------------------------------------------------------------------------
// People, dates, numbers
// ---------------------------------------------------------------------------------------------

interface Person { first: string; last: string; mid: string; fem: boolean }
interface D { y: number; m: number; d: number }

const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const MONTH = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

function person(r: R, fem?: boolean): Person {
  const f = fem ?? r.c(0.5);
  return { first: r.p(f ? FIRST_F : FIRST_M), last: r.p(SURNAMES), mid: r.letters(1), fem: f };
}

function misspell(s: string, r: R): string {
  if (s.length < 4) return s;
  const i = r.i(1, s.length - 3);
  const a = s[i] as string; const b = s[i + 1] as string;
  if (!/[a-z]/i.test(a) || !/[a-z]/i.test(b)) return s;
  const k = r.i(0, 2);
  if (k === 0) return s.slice(0, i) + s.slice(i + 1);
  if (k === 1) return s.slice(0, i) + a + s.slice(i);
  return s.slice(0, i) + b + a + s.slice(i + 2);
}

type NF = 'FL' | 'FML' | 'LF' | 'LFM' | 'LUF' | 'LU' | 'iL' | 'fl' | 'L' | 'F' | 'NK' | 'FU';
function fmtName(p: Person, f: NF): string {
  switch (f) {
    case 'FL': return `${p.first} ${p.last}`;
    case 'FML': return `${p.first} ${p.mid}. ${p.last}`;
    case 'LF': return `${p.last}, ${p.first}`;
    case 'LFM': return `${p.last.toUpperCase()}, ${p.first} ${p.mid}.`;
    case 'LUF': return `${p.last.toUpperCase()}, ${p.first.toUpperCase()}`;
    case 'LU': return p.last.toUpperCase();
    case 'iL': return `${p.first[0]}. ${p.last}`;
    case 'fl': return `${p.first} ${p.last}`.toLowerCase();
    case 'L': return p.last;
    case 'F': return p.first;
    case 'FU': return `${p.first} ${p.last}`.toUpperCase();
    case 'NK': {
      const nk = NICKS[p.first];
      return nk ? `${p.first} "${nk}" ${p.last}` : `${p.first} ${p.last}`;
    }
  }
}
function nm(r: R, p: Person, f: NF): Piece {
  let t = fmtName(p, f);
  if (r.c(0.035)) t = misspell(t, r);
  return S(t, 'NAME');
}
function nmAny(r: R, p: Person, fs: readonly NF[]): Piece { return nm(r, p, r.p(fs)); }
function initials(p: Person): string {
  const l = p.last.replace(/^(van der |de la |da |de |von |ten |le |al-|bin |st\. |mac |du |dos |d')/i, '');
  return (p.first[0] as string) + (l[0] as string).toUpperCase();
}

function addDays(x: D, n: number): D {
  const t = new Date(Date.UTC(x.y, x.m - 1, x.d) + n * 86400000);
  return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() };
}
const p2 = (n: number): string => String(n).padStart(2, '0');
function ord(n: number): string {
  if (n % 100 >= 11 && n % 100 <= 13) return `${n}th`;
  return `${n}${['th', 'st', 'nd', 'rd'][n % 10] ?? 'th'}`;
}
const DATE_FMTS = 11;
function fmtDate(x: D, k: number): string {
  switch (k % DATE_FMTS) {
    case 0: return `${x.m}/${x.d}/${String(x.y).slice(2)}`;
    case 1: return `${p2(x.m)}/${p2(x.d)}/${x.y}`;
    case 2: return `${x.m}/${x.d}`;
    case 3: return `${x.m}-${x.d}`;
    case 4: return `${MON[x.m - 1]} ${x.d}`;
    case 5: return `${MONTH[x.m - 1]} ${ord(x.d)}`;
    case 6: return `${p2(x.d)}-${MON[x.m - 1]}-${x.y}`;
    case 7: return `${x.y}-${p2(x.m)}-${p2(x.d)}`;
    case 8: return `${x.d} ${MONTH[x.m - 1]} ${x.y}`;
    case 9: return `${MON[x.m - 1]}. ${x.d}, ${x.y}`;
    default: return `${x.m}/${x.d}/${x.y}`;
  }
}

function hhmm(r: R, k: number): string {
  const h = r.i(0, 23); const m = r.i(0, 59);
  if (k === 0) return `${p2(h)}${p2(m)}`;
  if (k === 1) return `${p2(h)}:${p2(m)}`;
  return `${h % 12 === 0 ? 12 : h % 12}:${p2(m)} ${h < 12 ? 'am' : 'pm'}`;
}

function phoneStr(r: R, k?: number): string {
  const a = `${r.i(2, 9)}${r.digits(2)}`; const b = `${r.i(2, 9)}${r.digits(2)}`; const c = r.digits(4);
  switch (k ?? r.p([0, 0, 1, 1, 2, 3, 5, 6])) {
    case 0: return `(${a}) ${b}-${c}`;
    case 1: return `${a}-${b}-${c}`;
    case 2: return `${a}.${b}.${c}`;
    case 3: return `${b}-${c}`;
    case 4: return `1-800-${b}-${c}`;
    case 5: return `(${a})${b}-${c}`;
    default: return `${a} ${b} ${c}`;
  }
}
const tel = (r: R, k?: number): Piece => S(phoneStr(r, k), 'PHONE');
const ext = (r: R): Piece => S(r.digits(r.i(4, 5)), 'PHONE');

function money(r: R, lo: number, hi: number): string {
  const v = r.i(lo, hi);
  return `$${v.toLocaleString('en-US')}.${r.c(0.4) ? '00' : r.digits(2)}`;
}

// ---------------------------------------------------------------------------------------------
// Patient and context
// ---------------------------------------------------------------------------------------------

interface Kin { p: Person; rel: string; phone: string }
interface Patient {
  id: string;
  p: Person;
  age: number;
  dob: D;
  mrn: string;
  acct: string;
  fin: string;
  member: string;
  insurer: Inst;
  street: string;
  town: string;
  state: readonly [string, string];
  zip: string;
  phone: string;
  email: string;
  kin: Kin[];
  hosp: Inst;
  hospTown: string;
  hospState: readonly [string, string];
  unit: string;
  room: string;
  admit: D;
  country: string;
  pcp: Person;
  clinic: Inst;
  employer: string;
}

const UNITS = ['4 West', '5 North', '6 South', 'MICU', 'SICU', 'CVICU', 'the ED', 'Tele 3', '7 East', 'Ortho/Neuro', 'Med-Surg 2', 'PCU', 'Oncology 8', 'BH unit', 'L&D', 'Peds 3'];

function makePatient(seed: number, idx: number): Patient {
  const r = new R(mix(seed, idx, 0x51ed));
  const p = person(r);
  const old = r.c(0.16);
  const age = old ? r.i(90, 104) : r.i(19, 89);
  const admit: D = { y: r.p([2023, 2024, 2024, 2025, 2025, 2025, 2026]), m: r.i(1, 12), d: r.i(1, 28) };
  const dob: D = { y: admit.y - age - (r.c(0.5) ? 1 : 0), m: r.i(1, 12), d: r.i(1, 28) };
  const hosp = r.p(HOSPITALS);
  const hospState = r.p(STATES);
  const state = r.c(0.75) ? hospState : r.p(STATES);
  let street = `${r.i(2, 9999)} ${r.c(0.15) ? r.p(['N.', 'S.', 'E.', 'W.', 'NW']) + ' ' : ''}${r.p(STREETS)} ${r.p(STREET_SUF)}`;
  if (r.c(0.25)) street += r.p([`, Apt ${r.i(1, 40)}${r.letters(1)}`, ` Apt ${r.i(100, 420)}`, ` Unit ${r.i(1, 30)}`, ` #${r.i(1, 24)}`, `, Lot ${r.i(1, 90)}`]);
  if (r.c(0.06)) street = r.p([`PO Box ${r.i(10, 2999)}`, `RR ${r.i(1, 6)} Box ${r.i(10, 400)}`]);
  const kin: Kin[] = [];
  const nk = r.i(1, 3);
  for (let k = 0; k < nk; k++) {
    const rel = r.p(p.fem ? ['husband', 'daughter', 'son', 'sister', 'niece', 'granddaughter', 'partner', 'brother', 'friend', 'neighbor'] : ['wife', 'daughter', 'son', 'brother', 'nephew', 'grandson', 'partner', 'sister', 'friend', 'cousin']);
    const fem = ['wife', 'daughter', 'sister', 'niece', 'granddaughter'].includes(rel) ? true : ['husband', 'son', 'brother', 'nephew', 'grandson'].includes(rel) ? false : r.c(0.5);
    const kp = person(r, fem);
    if (['wife', 'husband', 'daughter', 'son', 'granddaughter', 'grandson'].includes(rel) && r.c(0.6)) kp.last = p.last;
    kin.push({ p: kp, rel, phone: phoneStr(r) });
  }
  const emailUser = r.p([
    fold(`${p.first[0]}${p.last}`).replace(/[^a-z]/g, ''),
    fold(`${p.first}.${p.last}`).replace(/[^a-z.]/g, ''),
    `${fold(NICKS[p.first] ?? p.first).replace(/[^a-z]/g, '')}${r.i(1, 99)}`,
    `${fold(p.last).replace(/[^a-z]/g, '')}${p.first[0]?.toLowerCase()}${r.i(50, 99)}`,
  ]);
  return {
    id: `p${String(idx).padStart(4, '0')}`,
    p, age, dob, admit, hosp, hospState, state, street, kin,
    mrn: r.p([r.digits(8), `${r.i(1, 9)}${r.digits(6)}`, `E${r.digits(7)}`, `00${r.digits(6)}`]),
    acct: r.p([r.digits(10), `${r.i(1, 9)}${r.digits(9)}`, `A${r.digits(8)}`]),
    fin: r.p([r.digits(9), `FIN${r.digits(8)}`, `${r.i(20, 26)}-${r.digits(7)}`]),
    member: r.p([`${r.letters(3)}${r.digits(9)}`, `${r.digits(9)}${r.letters(1)}`, `${r.letters(1)}${r.digits(8)}-0${r.i(1, 4)}`]),
    insurer: r.p(INSURERS),
    town: r.p(TOWNS),
    hospTown: r.p(TOWNS),
    zip: `${r.i(1, 9)}${r.digits(4)}`,
    phone: phoneStr(r),
    email: `${emailUser}@${r.p(FREEMAIL)}`,
    unit: r.p(UNITS),
    room: r.p([`${r.i(2, 8)}${p2(r.i(1, 40))}`, `${r.i(2, 8)}${p2(r.i(1, 40))}-${r.p(['A', 'B'])}`, `${r.i(2, 8)}${p2(r.i(1, 40))}B`, `${r.i(1, 30)}`]),
    country: r.p(COUNTRIES),
    pcp: person(r),
    clinic: r.p(CLINICS),
    employer: r.p(EMPLOYERS),
  };
}

interface Ctx { r: R; pt: Patient; n: Note; d: D; df: number; tf: number; noteIdx: number; clk: number; used: Set<number>; dead?: boolean }

const dt = (c: Ctx, x?: D, k?: number): Piece => S(fmtDate(x ?? c.d, k ?? c.df), 'DATE');
const tm = (c: Ctx): string => hhmm(c.r, c.tf);
function fmtClock(mins: number, k: number): string {
  const h = Math.floor(mins / 60) % 24; const m = mins % 60;
  if (k === 0) return `${p2(h)}${p2(m)}`;
  if (k === 1) return `${p2(h)}:${p2(m)}`;
  return `${h % 12 === 0 ? 12 : h % 12}:${p2(m)} ${h < 12 ? 'am' : 'pm'}`;
}
/** Advancing clock for logs: times go forward within a note. */
function tick(c: Ctx, lo = 3, hi = 90): string { c.clk += c.r.i(lo, hi); return fmtClock(c.clk, c.tf); }
const inst = (c: Ctx, x: Inst, shortP = 0.4): Piece => S(c.r.c(shortP) ? c.r.p(x.short) : x.full, 'LOCATION');
const loc = (t: string): Piece => S(t, 'LOCATION');
const stateP = (c: Ctx, s: readonly [string, string], abbrP = 0.7): Piece => S(c.r.c(abbrP) ? s[1] : s[0], 'STATE');
const idP = (t: string): Piece => S(t, 'ID');
const oth = (t: string): Piece => S(t, 'OTHER');

function townP(c: Ctx, t: string): Piece {
  let s = t;
  if (c.r.c(0.05)) s = s.toLowerCase();
  if (c.r.c(0.04)) s = misspell(s, c.r);
  return loc(s);
}
function patName(c: Ctx, fs?: readonly NF[]): Piece {
  return nmAny(c.r, c.pt.p, fs ?? ['FL', 'FL', 'FML', 'LF', 'LFM', 'LUF', 'NK', 'iL']);
}
function ageBits(c: Ctx): Bit[] {
  const a = c.pt.age; const sx = c.pt.p.fem ? c.r.p(['F', 'female', 'woman']) : c.r.p(['M', 'male', 'man']);
  const v = c.r.i(0, 4);
  const num: Bit = a > 89 ? S(String(a), 'AGE') : String(a);
  if (v === 0) return [num, ` yo ${sx}`];
  if (v === 1) return [num, `-year-old ${sx}`];
  if (v === 2) return [num, ` y/o ${sx}`];
  if (v === 3) return [sx, ', age ', num];
  // glued '47F' only for plain ages; a labelled age keeps its own token ('94 F')
  return [num, a > 89 ? ' ' : '', c.pt.p.fem ? 'F' : 'M'];
}
function addrBits(c: Ctx, withZip = true): Bit[] {
  const pt = c.pt;
  return [loc(pt.street), ', ', townP(c, pt.town), ', ', stateP(c, pt.state, 0.85), withZip ? [' ', S(pt.zip, 'LOCATION')] : null];
}
function drBits(c: Ctx, p: Person): Bit[] {
  const v = c.r.i(0, 4);
  if (v === 0) return ['Dr. ', nm(c.r, p, 'L')];
  if (v === 1) return ['Dr. ', nm(c.r, p, 'FL')];
  if (v === 2) return [nm(c.r, p, 'FL'), ', MD'];
  if (v === 3) return ['Dr ', nm(c.r, p, 'L')];
  return [nm(c.r, p, 'iL'), c.r.p([' MD', ', DO', ' (hospitalist)'])];
}
function staffBits(c: Ctx, p: Person, cred: string): Bit[] {
  const v = c.r.i(0, 3);
  if (v === 0) return [nm(c.r, p, 'FL'), `, ${cred}`];
  if (v === 1) return [nm(c.r, p, 'F'), ` (${cred})`];
  if (v === 2) return [nm(c.r, p, 'iL'), ` ${cred}`];
  return [nm(c.r, p, 'FL')];
}
/** ASCII-fold a name for an e-mail local part (Rocío -> rocio, Sørensen -> sorensen). */
function fold(s: string): string {
  return s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/ø/g, 'o').replace(/ł/g, 'l').toLowerCase();
}
function staffEmail(p: Person, x: Inst): string {
  return fold(`${p.first}.${p.last}`).replace(/[^a-z.]/g, '') + '@' + x.dom;
}
function kinBits(c: Ctx, k: Kin, fs?: readonly NF[]): Bit[] {
  return [nmAny(c.r, k.p, fs ?? ['FL', 'F', 'F', 'FL', 'iL', 'NK'])];
}
function pick<T>(c: Ctx, xs: readonly T[]): T { return c.r.p(xs); }

function signoff(c: Ctx, p: Person, cred: string, role: string): void {
  const n = c.n; const r = c.r;
  switch (r.i(0, 6)) {
    case 0: n.add('\n— ', nm(r, p, 'FL'), `, ${cred}\n`); break;
    case 1: n.add('\nElectronically signed by ', nm(r, p, r.p(['LF', 'FL', 'FML'])), `, ${cred} on `, dt(c), ` at ${tm(c)}\n`); break;
    case 2: n.add('\n', S(initials(p), 'NAME'), '/', S(initials(person(r)).toLowerCase(), 'NAME'), '\n'); break;
    case 3: n.add('\n', nm(r, p, 'FL'), ` (${role}) pager `, ext(r), '\n'); break;
    case 4: n.add('\n/s/ ', nm(r, p, 'iL'), ` ${cred}  ext. `, ext(r), '\n'); break;
    case 5: n.add('\n', nm(r, p, 'F'), ` ${cred} — ${role}`, r.c(0.5) ? [' | ', S(staffEmail(p, c.pt.hosp), 'EMAIL')] : null, '\n'); break;
    default: n.add('\n', nm(r, p, 'FU'), `, ${cred.toUpperCase()}\n`, role, ', ', inst(c, c.pt.hosp, 0.8), '\n');
  }
}

/** Header variants shared across styles. */
function header(c: Ctx, title: string): void {
  const { n, r, pt } = c;
  switch (r.i(0, 6)) {
    case 0:
      n.caps(loc(pt.hosp.full));
      n.line(loc(`${r.i(100, 4999)} ${r.p(STREETS)} ${r.p(STREET_SUF)}`), ' · ', townP(c, pt.hospTown), ', ', stateP(c, pt.hospState, 0.9), ' ', S(`${r.i(1, 9)}${r.digits(4)}`, 'LOCATION'), ' · ', tel(r, 0));
      n.caps(title);
      n.line('Patient: ', patName(c, ['LFM', 'LF', 'FL']), '   MRN: ', idP(pt.mrn), '   DOB: ', dt(c, pt.dob, r.p([1, 10, 0])));
      break;
    case 1:
      n.caps(title);
      n.line('Pt: ', patName(c), ' | MRN ', idP(pt.mrn), ' | ', ageBits(c), ' | Rm ', oth(pt.room));
      break;
    case 2:
      n.line(title);
      n.line('Patient Name: ', patName(c, ['LFM', 'LUF', 'LF']));
      n.line('MRN: ', idP(pt.mrn), r.c(0.5) ? ['    Acct#: ', idP(pt.acct)] : null);
      n.line('Date of Service: ', dt(c));
      break;
    case 3:
      n.line(`[${title}] `, patName(c, ['LF', 'LUF', 'FL']), ' (', idP(pt.mrn), ') — ', dt(c));
      break;
    case 4:
      n.line(`=== ${title.toUpperCase()} ===`);
      n.line('| Patient | MRN | Encounter | Unit/Room |');
      n.line('|---|---|---|---|');
      n.line('| ', patName(c, ['LF', 'LFM']), ' | ', idP(pt.mrn), ' | ', idP(pt.fin), ` | ${pt.unit} / `, oth(pt.room), ' |');
      break;
    case 5:
      n.line(title, ' — ', dt(c), ' ', tm(c));
      n.line('Re: ', patName(c), ', ', ageBits(c), ', ', inst(c, pt.hosp, 0.7), ' ', idP(pt.fin));
      break;
    default:
      n.line(title.toLowerCase(), ' ', dt(c), ' - pt ', patName(c, ['LU', 'L', 'fl']), ' mrn ', idP(pt.mrn));
  }
  n.add('\n');
}

// ---------------------------------------------------------------------------------------------
// Look-alikes (never labelled)
// ---------------------------------------------------------------------------------------------

const EPONYMS = [
  'Foley catheter in place', 'Babinski negative bilaterally', 'Glasgow Coma Scale 14', 'Parkinson disease',
  "Crohn's flare", 'Hodgkin lymphoma hx', "Alzheimer's dementia", "Bell's palsy (resolved)", 'Cheyne-Stokes respirations',
  'Trendelenburg position', 'Hoyer lift for transfers', 'Posey bed alarm on', 'Broda chair', 'Kussmaul breathing',
  'Whipple procedure in the past', 'Swan-Ganz removed', 'Graves disease', "Addison's disease", 'Braden score 13',
  'Morse fall score 65', 'Apgar 8/9 (infant)', 'Stevens-Johnson reaction to sulfa', 'Guillain-Barré',
];
const DRUGS = ['Eliquis', 'Xarelto', 'Lasix', 'Zosyn', 'vancomycin', 'Keppra', 'Ativan', 'Haldol', 'Zyprexa', 'Narcan', 'heparin gtt', 'Precedex', 'Entresto', 'Ozempic', 'Humira', 'Seroquel', 'Dilaudid PCA', 'Jardiance'];
const DRUG_DOSES = [
  'Eliquis 5 mg BID', 'Xarelto 20 mg daily', 'Lasix 40 mg IV BID', 'Zosyn 3.375 g q8h', 'vancomycin 1.25 g q12h',
  'Keppra 500 mg BID', 'Ativan 1 mg IV PRN', 'Haldol 2 mg IM x1', 'Zyprexa 5 mg ODT', 'Narcan 0.4 mg given',
  'heparin gtt per protocol', 'Precedex 0.4 mcg/kg/h', 'Entresto 24/26 mg BID', 'Seroquel 25 mg qHS',
  'Dilaudid PCA 0.2 mg q10min', 'Jardiance 10 mg daily', 'insulin glargine 18 units qHS', 'ceftriaxone 1 g daily',
];
const SOFTWARE = ['Epic', 'InterQual', 'MCG', 'CarePort', 'RL6', 'Midas', 'Kronos', 'Vocera', 'Pyxis', 'Cerner', 'Allscripts', 'ChartMaxx', 'Stratus', 'Teams'];
function vitals(r: R): string {
  return r.p([
    `BP ${r.i(82, 178)}/${r.i(44, 102)}, HR ${r.i(48, 138)}, SpO2 ${r.i(86, 100)}% on ${r.p(['RA', '2L NC', '4L NC', 'HFNC 40L/60%'])}`,
    `GCS ${r.i(8, 15)}, pain ${r.i(0, 10)}/10`,
    `lactate ${r.i(1, 6)}.${r.i(0, 9)}, WBC ${r.i(3, 28)}.${r.i(0, 9)}, Cr ${r.i(0, 4)}.${r.i(1, 9)}`,
    `strength ${r.i(2, 5)}/5 BLE, CIWA ${r.i(0, 24)}`,
    `RR ${r.i(10, 34)}, T ${r.i(36, 39)}.${r.i(0, 9)}, MAP ${r.i(55, 95)}`,
    `Hgb ${r.i(6, 13)}.${r.i(0, 9)} (from ${r.i(8, 14)}.${r.i(0, 9)}), INR ${r.i(1, 4)}.${r.i(0, 9)}`,
    `BP rose to ${r.i(150, 210)}/${r.i(80, 120)} when agitated, Morse ${r.i(25, 95)}`,
    `Apgar n/a; Braden ${r.i(9, 22)}, PHQ-9 ${r.i(0, 27)}, MoCA ${r.i(8, 30)}/30`,
  ]);
}
function clinicalLine(r: R): string {
  return `${r.p(EPONYMS)}; ${r.p(DRUG_DOSES)}; ${vitals(r)}.`;
}

// ---------------------------------------------------------------------------------------------
// Styles
// ---------------------------------------------------------------------------------------------

function urAuth(c: Ctx): void {
  const { n, r, pt } = c;
  const reviewer = person(r); const md = person(r); const rep = person(r); const att = person(r);
  const auth = r.p([`UM${r.digits(8)}`, `A${pt.admit.y % 100}-${r.digits(6)}`, `${r.letters(2)}${r.digits(7)}`, `${r.digits(11)}`]);
  const v = r.i(0, 4);
  if (v === 4) {
    n.caps(r.p(['Concurrent review — clinical update (fax)', 'CLINICAL UPDATE TO PAYER']));
    n.add('To: ', inst(c, pt.insurer, 0.3), ' UM    Fax: ', tel(r, 4), '    Ref: ', idP(auth), '\n');
    n.add('Member: ', patName(c, ['LFM', 'LUF']), '   ID ', idP(pt.member), '   DOB ', dt(c, pt.dob, 1), '\n');
    n.add('Attending: ', drBits(c, att), '  NPI ', idP(`1${r.digits(9)}`), '\n\n');
    n.add('Day   | Vitals / labs                             | Treatment\n');
    for (let j = 1; j <= r.i(2, 4); j++) n.add(`HD ${j}  | ${vitals(r).padEnd(42)} | ${r.p(['IV Zosyn, 2L O2', 'heparin gtt', 'IV Lasix 40 BID', 'NPO, NG to LIWS', 'PT/OT, wean O2'])}\n`);
    n.add(`\nRequesting ${r.i(1, 3)} additional inpatient days. D/C plan: `, r.c(0.3) ? ['acute rehab at ', inst(c, OTHER_HOSPITALS[0] as Inst, 0.5)] : r.p(['SNF — auth to follow', 'home with HH']));
    n.add('.\nReviewer: ', nm(r, reviewer, r.p(['FL', 'LF'])), ', RN  ', tel(r, 1), '\n');
    return;
  }
  if (v === 3) {
    n.add(r.p(['Status change', 'OBS -> IP status note', 'MOON / status notification']), ' ', dt(c), '\n\n');
    n.add('Pt ', patName(c, ['FL', 'LF', 'LFM']), ' (', idP(pt.fin), `) changed from ${r.p(['observation to inpatient', 'inpatient to observation (Condition Code 44)'])} after review with physician advisor `, drBits(c, person(r)), '.\n');
    n.add(`Medicare Outpatient Observation Notice (MOON) delivered ${r.p(['verbally and in writing', 'in writing, pt signed', 'to POA by phone'])}`, r.c(0.5) ? [' to ', pt.kin[0]!.rel, ' ', kinBits(c, pt.kin[0]!)] : '', ' at ', tm(c), '. ');
    n.add(`Two-midnight expectation ${r.p(['met', 'not met'])}. ${vitals(r)}. Payer `, inst(c, pt.insurer), ' notified via portal ', S(`https://${pt.insurer.dom}/um`, 'URL'), ', tracking ', idP(r.digits(12)), '.\n');
    n.add(`UR committee to review at ${r.p(['Tuesday', 'Thursday'])} meeting. Will follow.\n`);
    signoff(c, person(r), 'RN', 'Utilization Review');
    return;
  }
  if (v === 0) {
    header(c, r.p(['UTILIZATION REVIEW - CONTINUED STAY', 'UR Admission Review', 'Utilization Management Note', 'CASE MANAGEMENT / UR']));
    n.line('Payer: ', inst(c, pt.insurer), '    Member ID: ', idP(pt.member));
    n.line('Auth/Ref #: ', idP(auth), '    Admit: ', dt(c, pt.admit), '    LOS: ', `${r.i(1, 14)} days`);
    n.line(`Level of care: ${r.p(['Inpatient', 'Observation', 'Inpatient (2-midnight met)', 'ICU'])}   Criteria: ${r.p(['InterQual 2025 Acute Adult', 'MCG 28th ed.', 'InterQual LOC: Acute'])} — ${r.p(['met', 'NOT met', 'met day 1, not met day 3'])}`);
    n.line('Attending: ', drBits(c, att));
    n.add('\n');
    n.line('Clinicals: ', ageBits(c), ` admitted with ${r.p(['sepsis d/t pneumonia', 'NSTEMI', 'CHF exacerbation', 'hip fx s/p fall', 'DKA', 'COPD exacerbation', 'SBO', 'AKI on CKD 3b'])}. ${clinicalLine(r)} ${vitals(r)}.`);
    if (r.c(0.5)) n.line(`Still requiring ${r.p(['IV abx', 'O2 4L', 'q2h neuro checks', 'heparin gtt', 'IV diuresis'])}; ${r.p(['will follow', 'UR will follow', 'will continue to follow'])} daily. Frank blood in stool x1 overnight per RN.`);
    n.line('\nPayer contact: ', kinBits(c, { p: rep, rel: 'rep', phone: '' }, ['FL', 'F']), ' at ', inst(c, pt.insurer, 0.9), ', ph ', tel(r, 4), r.c(0.5) ? [' ext ', ext(r)] : null, ', fax ', tel(r, 1), '.');
    n.line(`${r.i(1, 5)} days approved through `, dt(c, addDays(pt.admit, r.i(2, 6))), '; next review due ', dt(c, addDays(pt.admit, r.i(3, 8))), '.');
    if (r.c(0.5)) n.line('Peer-to-peer offered with ', drBits(c, md), ` (medical director) — attending to call by ${hhmm(r, 1)}; P2P line `, tel(r, 4), ', reference ', idP(`P2P-${r.digits(6)}`), '.');
    if (r.c(0.4)) n.line('Clinicals uploaded via provider portal ', S(`https://providers.${pt.insurer.dom}/auth`, 'URL'), '.');
    signoff(c, reviewer, r.p(['RN', 'RN, CCM', 'RN BSN']), 'Utilization Review');
  } else if (v === 1) {
    n.line(r.p(['UR call log', 'Auth log', 'INSURANCE AUTH - CALL LOG']), ' — ', patName(c, ['LUF', 'LF']), ' — ', inst(c, pt.insurer, 0.6), ' ', idP(pt.member));
    n.add('\n');
    const rows = r.i(3, 6);
    const d0 = c.d;
    for (let k = 0; k < rows; k++) {
      const d = addDays(d0, Math.floor(k / 2));
      const who = person(r);
      n.add(dt(c, d), ` ${tick(c)}  `);
      n.add(pick(c, [
        ['Called ', inst(c, pt.insurer), ' UM line ', tel(r, 4), ', spoke w/ ', nm(r, who, 'F'), ', ref# ', idP(`${r.letters(1)}${r.digits(9)}`), '. Notification of admission given.'],
        ['Faxed clinicals (H&P, progress notes, MAR) to ', tel(r, 1), `. ${r.i(8, 31)} pages.`],
        ['Voicemail from ', nm(r, who, 'FL'), ' (payer RN) requesting updated vitals; ', tel(r, 0), ' ', S(`x${r.digits(4)}`, 'PHONE'), '.'],
        ['Auth received #', idP(auth), `, ${r.i(2, 5)} days approved, LOC inpatient.`],
        [`Pended for medical director review. ${r.p(['Bill', 'Claim'])} will hold until determination.`],
        ['Denial received for day ', String(r.i(3, 7)), ' — not meeting InterQual. Notified ', drBits(c, person(r)), '; hope to overturn w/ P2P.'],
        ['Concurrent review sent via CarePort. ', vitals(r), '.'],
      ]));
      n.add(' ', S(initials(reviewer), 'NAME'), '\n');
    }
    if (r.c(0.4)) n.caps('Do not discharge before auth for SNF is on file');
    n.add('\n', r.p(['Reviewer: ', 'UR RN: ', '— ']), nm(r, reviewer, 'FL'), r.p([', RN', ' RN', '']), ' ', tel(r, 3), '\n');
  } else {
    header(c, r.p(['Denial / Appeal Summary', 'Level 1 Appeal Prep', 'Retro Review Note']));
    n.add('Received denial letter dated ', dt(c), ' from ', inst(c, pt.insurer), ' for ');
    n.add(`${r.p(['inpatient days', 'the entire stay', 'day 4 onward', 'observation-to-inpatient conversion'])} `);
    n.add('(claim ', idP(`${pt.admit.y}${r.letters(1)}${r.digits(7)}`), '). Reason given: "', r.p(['not medically necessary', 'could have been safely managed at a lower level of care', 'no auth on file within 24h']), '". ');
    n.add('Patient ', patName(c, ['FL', 'LF']), ' is a ', ageBits(c), ` with ${r.p(['ESRD on HD', 'metastatic NSCLC', "Parkinson's disease and recurrent aspiration", "Crohn's disease with fistula", 'CHF EF 20%'])}. `);
    n.add(`${clinicalLine(r)}\n\n`);
    n.add('Attending ', drBits(c, att), ' agrees to write a letter of medical necessity. ');
    n.add('Appeal due within 60 days of ', dt(c, c.d, 4), '; mail to ', inst(c, pt.insurer, 0.1), ' Appeals Dept, ', loc(`PO Box ${r.i(1000, 99999)}`), ', ', townP(c, r.p(TOWNS)), ', ', stateP(c, r.p(STATES)), ' ', S(`${r.i(1, 9)}${r.digits(4)}`, 'LOCATION'), ', or fax ', tel(r, 0), '.\n');
    n.add(`Prior admits: ${r.p(['none in 12 months', 'two in past year', 'readmit within 30 days'])}. Expected bill impact ${money(r, 4000, 60000)}.\n`);
    if (r.c(0.5)) n.add('Questions to ', S(staffEmail(reviewer, pt.hosp), 'EMAIL'), '.\n');
    signoff(c, reviewer, 'RN', 'Utilization Review / Denials');
  }
}

function himRoi(c: Ctx): void {
  const { n, r, pt } = c;
  const clerk = person(r);
  const req = `ROI-${r.digits(6)}`;
  const v = r.i(0, 4);
  if (v === 4) {
    const dr = person(r); const rcpt = person(r);
    n.caps(r.p(['Privacy incident — misdirected fax', 'HIM privacy log: misdirected PHI']));
    n.add('Reported ', dt(c), ` ${tm(c)} by `, nm(r, person(r), r.p(['FL', 'F'])), ` (${r.p(['unit secretary', 'clinic MA', 'HIM clerk'])}). `);
    n.add('Discharge summary for ', patName(c, ['FL', 'LF']), ' (MRN ', idP(pt.mrn), ') intended for ', drBits(c, dr), ' at ', inst(c, pt.clinic, 0.5), ' (fax ', tel(r, 1), ') was sent to ', tel(r, 1), ` — one digit transposed. ${r.i(2, 9)} pages.\n`);
    const firm = r.p([...EMPLOYERS, ...PHARMACIES]);
    n.add('Recipient reached: ', nm(r, rcpt, r.p(['FL', 'LF'])), ' at ', loc(firm), ', who attested by phone that the pages were shredded; attestation form e-mailed to ', S(fold(`${rcpt.first[0]}${rcpt.last}`).replace(/[^a-z]/g, '') + '@' + fold(firm).replace(/[^a-z]/g, '').slice(0, 16) + r.p(['.com', '.net', '.biz']), 'EMAIL'), '.\n');
    n.add(`Risk assessment (4-factor): ${r.p(['low probability of compromise — no breach notification', 'notification letter required'])}. Privacy case `, idP(`PRV-${r.digits(5)}`), '. Fax number in Epic corrected; staff re-educated on speed-dial use.\n');
    n.add('— ', nm(r, person(r), r.p(['FL', 'FML'])), ', Privacy Officer ', tel(r, 3), '\n');
    return;
  }
  if (v === 3) {
    n.caps(r.p(['Subpoena log', 'Legal records request']));
    n.add('Subpoena duces tecum received ', dt(c), ' from ', loc(r.p(LAW_FIRMS)), ', ', r.p(['case no. ', 'cause no. ']), idP(`${pt.admit.y % 100}-CV-${r.digits(5)}`), ', ', loc(r.p(['Tamsin County', 'Orrick County', 'Harrow County'])), ' Circuit Court.\n');
    n.add('Records of ', patName(c, ['LFM', 'FL']), ', DOB ', dt(c, pt.dob, 1), ', MRN ', idP(pt.mrn), ', for DOS ', dt(c, pt.admit, 1), '.\n');
    n.add(`Patient notice ${r.p(['included', 'missing — returned to attorney', 'included; 14-day objection period running'])}. Reviewed with privacy officer `, nm(r, person(r), 'FL'), '. ');
    n.add(`Certification of records signed by custodian `, nm(r, person(r), r.p(['FL', 'FML'])), '. Delivered by ', r.p(['courier', 'certified mail', 'secure email']), ' to ', S(`records@${r.p(['pal-law.com', 'delgadoinjury.com', 'hslegal.net'])}`, 'EMAIL'), '.\n');
    n.add('Deposition scheduled ', dt(c, addDays(c.d, r.i(10, 40))), ' — HIM will follow.\n');
    return;
  }
  const requestors: Bit[][] = [
    [loc(r.p(LAW_FIRMS))], [inst(c, pt.insurer, 0.3)], [loc(r.p(AGENCIES.slice(0, 2)))], ['patient (self)'],
    [inst(c, r.p([...OTHER_HOSPITALS, ...HOSPITALS]), 0.3)], [inst(c, r.p(CLINICS), 0.4)], [kinBits(c, pt.kin[0] as Kin, ['FL']), ` (${(pt.kin[0] as Kin).rel}, POA)`],
  ];
  if (v === 0) {
    n.line(r.p(['HIM — Release of Information Log', 'RELEASE OF INFORMATION - DISCLOSURE LOG', 'ROI log']), ' — ', patName(c, ['LUF', 'LFM', 'LF']), ', MRN ', idP(pt.mrn));
    n.line('DOB ', dt(c, pt.dob, r.p([1, 10])), r.c(0.4) ? ['  ·  ', addrBits(c)] : null);
    n.add('\n');
    n.line('Req #       | Rcvd       | Requestor                          | Records              | Status');
    n.line('------------|------------|------------------------------------|----------------------|--------');
    const rows = r.i(2, 5);
    for (let k = 0; k < rows; k++) {
      n.line(idP(`${k === 0 ? req : `ROI-${r.digits(6)}`}`), ' | ', dt(c, addDays(c.d, -r.i(0, 40)), 1), ' | ', r.p(requestors), ' | ',
        r.p(['H&P, DC summary', 'all records DOS range', 'imaging reports', 'ED record', 'billing statement UB-04', 'labs only']), ' | ',
        r.p(['released', 'pending auth', 'rejected - invalid auth', 'on hold', 'invoiced']));
    }
    n.add('\n');
    n.line(`Notes: authorization checked against HIPAA core elements; expiration `, dt(c, addDays(c.d, r.i(60, 365))), '. ', r.p(['Psych notes excluded.', '42 CFR Part 2 records segregated.', 'HIV results require separate consent.', 'Minor — guardian signature verified.']));
    if (r.c(0.5)) n.line('Delivered via secure link ', S(`https://roi.${pt.hosp.dom}/pickup/${r.letters(2).toLowerCase()}${r.digits(6)}`, 'URL'), ', code sent to ', S(pt.email, 'EMAIL'), '.');
    n.line('Processed by ', nm(r, clerk, r.p(['FL', 'iL', 'F'])), r.p([', RHIT', ' (ROI specialist)', ', CRIS', '']), ' ', S(initials(clerk), 'NAME'));
  } else if (v === 1) {
    header(c, r.p(['Release of Information', 'ROI Request Processing Note', 'HIM Correspondence']));
    n.add('Request ', idP(req), ' received ', dt(c), ' via ', r.p(['fax', 'mail', 'email', 'the patient portal']), ' from ', r.p(requestors), '. ');
    n.add(`Records requested: ${r.p(['complete chart', 'ED visit and imaging', 'operative report and path', 'DOS range only'])} for dates `, dt(c, pt.admit, 1), ' to ', dt(c, addDays(pt.admit, r.i(2, 9)), 1), '.\n');
    n.add(`Authorization ${r.p(['valid', 'missing expiration date — returned', 'signed by POA; copy of POA on file', 'not signed — called requestor'])}. Identity verified with DOB and address on file (`, addrBits(c, r.c(0.6)), ').\n');
    if (r.c(0.6)) n.add('Requestor contact: ', nm(r, person(r), 'FL'), ', paralegal, ', tel(r, 0), ', ', S(`${r.p(['records', 'intake', 'paralegal'])}@${r.p(['pal-law.com', 'delgadoinjury.com', 'hslegal.net', 'tollaw.com'])}`, 'EMAIL'), '.\n');
    n.add(`Invoice ${money(r, 6, 180)} (${r.i(20, 900)} pages @ $0.${r.i(10, 75)}; cap applied). `);
    n.add(r.p(['Bill sent with cover letter.', 'No charge — continuity of care.', 'Waived per SSA request.']), '\n');
    if (r.c(0.4)) n.add('Records mailed to ', loc(`${r.i(10, 9999)} ${r.p(STREETS)} ${r.p(STREET_SUF)}, Suite ${r.i(100, 900)}`), ', ', townP(c, r.p(TOWNS)), ', ', stateP(c, r.p(STATES)), ' ', S(`${r.i(1, 9)}${r.digits(4)}`, 'LOCATION'), '. Tracking ', oth(`9400 ${r.digits(4)} ${r.digits(4)} ${r.digits(4)} ${r.digits(2)}`), '.\n');
    n.add(`Accounting of disclosures updated. Will follow up if not picked up in ${r.i(5, 14)} days.\n`);
    signoff(c, clerk, r.p(['RHIT', 'RHIA', 'CRIS']), 'HIM / Release of Information');
  } else {
    n.caps(r.p(['HIM: amendment request', 'HIM - identity / chart merge review', 'HIM: patient records call']));
    n.add('Pt ', patName(c, ['FL', 'LF', 'fl']), ' called ', tel(r, r.p([0, 1])), ' on ', dt(c), ' ', r.p([
      'asking why the discharge summary lists her allergy as penicillin (states it is sulfa — Stevens-Johnson reaction to sulfa).',
      'requesting amendment: states she was never told about the Foley catheter and wants it removed from record.',
      'reporting that another patient’s labs appeared in the portal under her account.',
      'requesting a copy of imaging on CD for a second opinion.',
    ]), '\n');
    n.add('Possible duplicate MRN ', idP(`${r.i(1, 9)}${r.digits(6)}`), ' vs ', idP(pt.mrn), ` — same name, DOB differs by ${r.i(1, 3)} days. `, 'Sent to EMPI team for merge review; ticket ', idP(`INC${r.digits(7)}`), '.\n');
    n.add('Explained amendment process (45 days to respond). Letter to follow to ', addrBits(c), '.\n');
    if (r.c(0.5)) n.add('Pt also asked about the bill from the ', dt(c, pt.admit, 4), ' visit — transferred to PFS ', tel(r, 3), '.\n');
    n.add('— ', nm(r, clerk, r.p(['fl', 'FL', 'F'])), ' / HIM ', r.c(0.5) ? ['ext ', ext(r)] : S(`x${r.digits(4)}`, 'PHONE'), '\n');
  }
}

function patientRelations(c: Ctx): void {
  const { n, r, pt } = c;
  const pr = person(r); const k = pt.kin[0] as Kin; const staff = person(r); const mgr = person(r);
  const caseNo = r.p([`PR-${pt.admit.y % 100}-${r.digits(4)}`, `G${r.digits(6)}`, `CMP-${r.digits(5)}`]);
  const concern = r.p([
    'call light not answered for 45 min; pt soiled', 'rude comments by night RN', 'lost dentures and hearing aids',
    'billing — charged for a private room', 'discharged before family could arrange rides', 'pain not controlled, Dilaudid PCA delayed',
    'interpreter not provided for consent', 'long ED wait (11 hours)', 'missing wedding ring after surgery', 'food cold, diet order wrong',
  ]);
  const v = r.i(0, 4);
  if (v === 4) {
    const sv = person(r);
    n.caps(r.p(['State complaint — survey notification', 'Regulatory: complaint survey']));
    n.add('On ', dt(c), ' the state health department (', loc(r.p(['Office of Health Care Quality', 'Division of Health Facility Licensing', 'Bureau of Hospital Oversight'])), ') notified us of complaint intake ', idP(`${r.letters(2)}${r.digits(8)}`), ' regarding ', patName(c, ['FL', 'LF']), ` — ${concern}.\n`);
    n.add('Surveyor ', nm(r, sv, r.p(['FL', 'LF'])), ' onsite ', dt(c, addDays(c.d, r.i(1, 10))), `, requested: policies, staffing for the ${pt.unit} unit `, dt(c, pt.admit, 2), '–', dt(c, addDays(pt.admit, 2), 2), ', the grievance file ', idP(caseNo), ', and RL6 events.\n');
    n.add('Family contact on file: ', kinBits(c, k, ['FL']), ` (${k.rel}), `, S(k.phone, 'PHONE'), '. Accreditation and Regulatory lead: ', nm(r, mgr, 'FL'), ', ', S(staffEmail(mgr, pt.hosp), 'EMAIL'), '.\n');
    n.add(`Plan of correction due ${r.p(['10 days', '10 calendar days'])} after the 2567 is received. Will follow.\n`);
    signoff(c, pr, 'Patient Relations Manager', 'Patient Relations');
    return;
  }
  if (v === 3) {
    const addr = pt.kin[0]!;
    n.line(loc(pt.hosp.full));
    n.line('Patient Relations Department · ', tel(r, 0), ' · ', S(`patientrelations@${pt.hosp.dom}`, 'EMAIL'));
    n.add('\n', dt(c, c.d, r.p([5, 8, 9, 10])), '\n\n');
    n.line(nm(r, addr.p, r.p(['FL', 'FML'])));
    n.line(loc(`${r.i(10, 9999)} ${r.p(STREETS)} ${r.p(STREET_SUF)}`));
    n.line(townP(c, r.p(TOWNS)), ', ', stateP(c, r.p(STATES), 0.95), ' ', S(`${r.i(1, 9)}${r.digits(4)}`, 'LOCATION'));
    n.add('\nRe: grievance ', idP(caseNo), '\n\nDear ', addr.p.fem ? r.p(['Ms. ', 'Mrs. ']) : r.p(['Mr. ', 'Mr. ', 'Mx. ']), nm(r, addr.p, 'L'), ',\n\n');
    n.add(`Thank you for sharing your concerns about the care your ${addr.rel === 'friend' ? 'friend' : 'family member'}, `, patName(c, ['FL', 'F']), ', received on our ', pt.unit, ' unit beginning ', dt(c, pt.admit, 5), `. We reviewed the concern (${concern}) with the nurse manager and the staff involved. `);
    n.add('We take this seriously and have shared the findings with the team so that every patient is treated with dignity and grace. ');
    n.add(`We hope to earn back your trust. If you are not satisfied you may contact the state survey agency or The Joint Commission.\n\nSincerely,\n\n`);
    n.add(nm(r, pr, 'FL'), '\nPatient Relations Specialist\n');
    return;
  }
  if (v === 0) {
    header(c, r.p(['PATIENT RELATIONS — GRIEVANCE INTAKE', 'Patient Experience: Complaint', 'Grievance Record']));
    n.line('Case #: ', idP(caseNo), '    Received: ', dt(c), ` via ${r.p(['phone', 'email', 'walk-in', 'letter', 'online form'])}`);
    n.line('Complainant: ', kinBits(c, k, ['FL', 'LF']), ` (${k.rel})   Phone: `, S(k.phone, 'PHONE'), r.c(0.4) ? ['   Email: ', S(fold(`${k.p.first}${k.p.last}`).replace(/[^a-z]/g, '') + `${r.i(1, 99)}@${r.p(FREEMAIL)}`, 'EMAIL')] : null);
    n.line(`Category: ${r.p(['Care/Treatment', 'Communication', 'Lost property', 'Billing', 'Discharge', 'Staff attitude'])}   Severity: ${r.p(['grievance', 'complaint (resolved at point of service)', 'grievance — CMS'])}`);
    n.line(`Summary: ${concern}. Unit ${pt.unit}, room `, oth(pt.room), ', dates ', dt(c, pt.admit, 2), '–', dt(c, addDays(pt.admit, r.i(1, 5)), 2), '.');
    n.line('Staff named: ', nm(r, staff, r.p(['F', 'FL', 'L'])), r.p([' (RN)', ' (PCT)', ', night shift', ' "the tall one"']), '.');
    n.line('Routed to: ', nm(r, mgr, 'FL'), r.p([', nurse manager', ', director of nursing', ', ED manager']), ' — ', S(staffEmail(mgr, pt.hosp), 'EMAIL'), '.');
    n.line('Acknowledgment letter mailed ', dt(c, addDays(c.d, 1)), '; resolution letter due by ', dt(c, addDays(c.d, 7)), ' (7-day rule).');
    if (r.c(0.5)) n.line(`Family will follow up in writing. I hope to meet them on the unit ${r.p(['Tuesday', 'Friday', 'Monday'])}.`);
    signoff(c, pr, r.p(['Patient Relations Specialist', 'Patient Advocate', 'MSW']), 'Patient Relations');
  } else if (v === 1) {
    n.add(r.p(['Pt relations f/u call', 'Patient Advocate note', 'PATIENT RELATIONS - FOLLOW-UP']), ' ', dt(c), ' re case ', idP(caseNo), '\n\n');
    n.add('Returned call to ', kinBits(c, k), ` (pt's ${k.rel}) at `, S(k.phone, 'PHONE'), '. ');
    n.add(`${r.p(['She', 'He', 'They'])} remains upset about ${concern}. Reviewed with `, nm(r, mgr, r.p(['FL', 'F'])), ' on ', pt.unit, '; ');
    n.add(r.p([
      'staff member was coached and the event was entered in RL6.',
      'chart review shows rounding documented q1h with Posey bed alarm on, but gaps overnight.',
      'security checked lost & found and the property room — item not located.',
    ]), ' ');
    if (concern.includes('lost') || concern.includes('missing') || r.c(0.3)) n.add('Reimbursement up to ', money(r, 80, 900), ' approved by risk management; check to mail to ', addrBits(c), '. Property claim ', idP(`LP-${r.digits(5)}`), '.');
    n.add('\n\n');
    n.add('Patient ', patName(c, ['FL', 'F', 'L']), ' is a ', ageBits(c), r.p([', and the family feel no one listened.', '; family wants an apology in writing.', '; grievance considered resolved pending letter.']), '\n');
    n.add(`Will follow up by ${r.p(['phone', 'letter', 'email'])} `, dt(c, addDays(c.d, r.i(2, 6))), '.\n');
    signoff(c, pr, 'Patient Advocate', 'Patient Relations');
  } else {
    n.caps(r.p(['compliment / concern log', 'patient relations — quick log']));
    const rows = r.i(3, 5);
    for (let j = 0; j < rows; j++) {
      const who = r.c(0.5) ? k : { p: person(r), rel: 'visitor', phone: phoneStr(r) };
      n.add(`${tick(c)} `, nm(r, who.p, r.p(['FL', 'F', 'fl'])), ` (${who.rel}) `, pick(c, [
        ['called re: ', concern, '. cb ', S(who.phone, 'PHONE'), '.'],
        ['compliment for ', nm(r, person(r), 'F'), ' on ', pt.unit, r.p([' — "grace under pressure"', ' — brought cookies', ' — long letter of thanks']), '.'],
        ['parking validation issue; price of garage $', String(r.i(8, 30)), '/day. resolved.'],
        ['asked for ', nm(r, pt.p, r.p(['F', 'FL'])), "'s belongings bag #", oth(r.digits(5)), ' to be released to family.'],
        [`wants to speak w/ attending `, drBits(c, person(r)), '. msg left.'],
      ]), ' ', S(initials(pr), 'NAME'), '\n');
    }
    n.add('\nPt: ', patName(c, ['LUF', 'LF']), ' ', idP(pt.mrn), ' rm ', oth(pt.room), ', ', inst(c, pt.hosp, 0.8), '\n');
  }
}

function interpreterLog(c: Ctx): void {
  const { n, r, pt } = c;
  const lang = LANG_BY_COUNTRY[pt.country] ?? 'Spanish';
  const v = r.i(0, 4);
  if (v === 4) {
    const it1 = person(r); const it2 = person(r);
    n.add(r.p(['ASL interpreter request', 'Deaf / HoH accommodation note', 'ASL — CDI team scheduling']), ' ', dt(c), '\n\n');
    n.add('Pt ', patName(c, ['FL', 'LF']), ` is Deaf, primary language ASL; ${r.p(['also uses a CDI (Certified Deaf Interpreter) due to limited English literacy', 'reads lips poorly, declines writing', 'prefers VRI overnight only'])}.\n`);
    n.add('Team booked via ', loc(r.p(['LinguaBridge Interpreting', 'Signs of Harmony ASL Services', 'Tamsin Deaf Community Center'])), ': ', nm(r, it1, r.p(['FL', 'F'])), ' (hearing, NIC) and ', nm(r, it2, r.p(['FL', 'F'])), ' (CDI), confirmation ', idP(`${r.letters(2)}-${r.digits(6)}`), '.\n');
    n.add(`Sessions: rounds ${hhmm(r, 1)} daily; family meeting with `, drBits(c, person(r)), ' on ', dt(c, addDays(c.d, 1)), '. ');
    n.add(`VRI iPad #`, oth(r.digits(3)), ' left in room for off-hours. Videophone for family: ', tel(r, 1), '.\n');
    n.add(`Family: ${(pt.kin[0] as Kin).rel} `, kinBits(c, pt.kin[0] as Kin, ['FL']), ` (hearing) asked not to be used to interpret — agreed; policy.\n`);
    n.add('— ', nm(r, person(r), r.p(['FL', 'F'])), ', Language Services\n');
    return;
  }
  if (v === 3) {
    n.add('From: ', S(staffEmail(person(r), pt.hosp), 'EMAIL'), '\nTo: ', S(`scheduling@${r.p(['linguabridge.com', 'vozclara.net'])}`, 'EMAIL'), '\n');
    n.add(`Subject: ${lang} interpreter request — `, dt(c, addDays(c.d, 1)), '\n\n');
    n.add(`Hi, requesting an in-person ${lang} interpreter tomorrow at ${hhmm(r, 2)} for a family meeting (approx ${r.i(30, 90)} min) for `, patName(c, ['F', 'FL', 'iL']), ', ', inst(c, pt.hosp, 0.6), ', ', pt.unit, ' room ', oth(pt.room), '. ');
    n.add(`VRI has not worked well — pt is hard of hearing and the family prefers a person. Provider will be `, drBits(c, person(r)), ' (palliative).\n');
    n.add('Please call the unit at ', tel(r, 1), ' or my cell ', tel(r, 1), ' to confirm. PO# ', idP(`PO-${r.digits(7)}`), '.\n\nThanks,\n', nm(r, person(r), r.p(['F', 'FL'])), '\n');
    n.add(`Language Services Coordinator\n\n> Confirmed: `, nm(r, person(r), 'FL'), ` will attend. ${r.p(['Parking pass at front desk please.', 'Interpreter needs badge access to 4th floor.'])}\n`);
    return;
  }
  if (v === 0) {
    n.line(r.p(['INTERPRETER SERVICES — ENCOUNTER LOG', 'Language Services Log', 'Interp log']), ` (${lang})`);
    n.line('Pt ', patName(c, ['LF', 'LUF', 'FL']), '  MRN ', idP(pt.mrn), '  preferred language: ', lang, r.c(0.6) ? ['  born in ', S(pt.country, 'STATE')] : null);
    n.add('\n');
    const rows = r.i(3, 6);
    for (let k = 0; k < rows; k++) {
      const it = person(r); const dr = person(r);
      const mode = r.p(['in-person', 'VRI', 'OPI', 'in person', 'video (Stratus)']);
      n.add(dt(c, addDays(c.d, Math.floor(k / 2)), c.df), ` ${tick(c, 10, 200)} | ${mode} | `);
      n.add(nm(r, it, r.p(['FL', 'F', 'LF'])), mode.startsWith('in') ? [' badge ', idP(r.digits(r.i(4, 6)))] : [' ID#', idP(r.digits(5))], ' | ');
      n.add(r.p([['consent for PEG w/ ', drBits(c, dr)], ['discharge teaching, Eliquis + Lasix'], ['family meeting w/ palliative ', drBits(c, dr)], ['pain assessment, 7/10 → 3/10 after Dilaudid'], ['chaplain visit'], ['financial counseling re bill'], ['Glasgow Coma Scale neuro checks explained']]));
      n.add(` | ${r.i(6, 75)} min\n`);
    }
    if (r.c(0.5)) n.line('\nAgency backup: ', loc(r.p(AGENCIES.slice(5, 7))), ' ', tel(r, 4), ' acct ', idP(r.digits(7)));
  } else if (v === 1) {
    header(c, r.p(['Interpreter Note', 'LANGUAGE ACCESS DOCUMENTATION', 'Interpreter Services Encounter']));
    const it = person(r); const dr = person(r);
    n.add(`Language: ${lang}. Interpreter `, nm(r, it, r.p(['FL', 'FML'])), ` (${r.p(['staff', 'contract', 'certified medical interpreter'])}`, r.c(0.6) ? [', ID ', idP(`${r.letters(2)}${r.digits(5)}`)] : null, ') ');
    n.add('present for ', r.p(['informed consent', 'goals-of-care meeting', 'discharge instructions', 'restraint explanation', 'bad news delivery']), ' with ', drBits(c, dr), ' at ', tm(c), ' on ', dt(c), '.\n\n');
    n.add('Family present: ', pt.kin.map((k, j) => [j ? ', ' : '', kinBits(c, k), ` (${k.rel})`]), '. ');
    n.add(r.p([
      `Son offered to interpret; declined per policy — family members and minors are not used as interpreters.`,
      `Pt asked to hear everything twice. Teach-back done: pt repeats Lasix 40 mg daily, weigh every morning.`,
      `Pt uses a regional dialect; interpreter flagged some terms (e.g. "heart water") and clarified.`,
    ]), '\n');
    n.add(`Pt came from `, S(pt.country, 'STATE'), r.c(0.6) ? [' in ', S(String(r.i(1979, 2022)), 'DATE_YEAR')] : null, ', lives in ', r.c(0.25) ? loc(r.p(COUNTIES)) : townP(c, pt.town), ' with ', kinBits(c, pt.kin[0] as Kin, ['F', 'FL']), '. ', `${clinicalLine(r)}\n`);
    n.add(`Session length ${r.i(10, 90)} minutes. `, r.p(['Interpreter will follow to the SNF teaching tomorrow.', 'Next session booked via Vocera.', 'No further needs.']), '\n');
    signoff(c, it, r.p(['CMI', 'CHI', 'CoreCHI']), `${lang} interpreter`);
  } else {
    n.add(r.p(['vri session', 'opi call', 'interp note']), ' ', dt(c, c.d, r.p([2, 3, 0])), ' ', tm(c), ' — ', lang.toLowerCase(), '\n');
    n.add('pt ', patName(c, ['fl', 'LU', 'L']), ' rm ', oth(pt.room), '. ', r.p(['vri cart #', 'ipad #', 'unit #']), oth(r.digits(3)), ' froze twice, switched to opi ', tel(r, 4), ', interp id ', idP(r.digits(6)), '.\n');
    n.add(`${r.p(['rn', 'md', 'pt', 'ot'])} needed ${r.p(['med rec', 'pain reassess', 'consent', 'dc teaching'])}. pt's ${(pt.kin[0] as Kin).rel} `, kinBits(c, pt.kin[0] as Kin, ['fl', 'F']), ' also on phone from ', r.c(0.5) ? S(pt.country, 'STATE') : townP(c, r.p(TOWNS)), '.\n');
    n.add(`vitals at the time ${vitals(r)}. no bill to pt for interp (federal requirement).\n`);
    n.add('call ended ', tm(c), '. ', S(initials(person(r)).toLowerCase(), 'NAME'), '\n');
    n.add(`\n${clinicalLine(r)}\n`);
  }
}

const FAITHS: readonly (readonly [string, string, string])[] = [
  ['Roman Catholic', 'St. Casimir Parish', 'Fr. '], ['Roman Catholic', 'Our Lady of Guadalupe Mission', 'Fr. '],
  ['AME', 'Bethel AME Church', 'Rev. '], ['Baptist', 'Greater Mount Olive Baptist Church', 'Pastor '],
  ['Muslim (Sunni)', 'Masjid al-Noor', 'Imam '], ['Jewish', 'Temple Beth Shalom of East Harrow', 'Rabbi '],
  ['Lutheran', 'First Lutheran Church of Kettle Falls', 'Pastor '], ['Pentecostal', 'Iglesia Pentecostal Monte Sion', 'Pastor '],
  ['Ukrainian Orthodox', 'Holy Trinity Ukrainian Orthodox Church', 'Fr. '], ['Hindu', 'Sri Venkateswara Temple', 'priest '],
  ['Sikh', 'Gurdwara Sahib of Riverbend', 'granthi '], ['Buddhist', 'Vietnamese Buddhist Center of Lake Tamsin', 'Ven. '],
  ['Mennonite', 'Elk Prairie Mennonite Fellowship', 'Pastor '], ['Methodist (Tongan)', 'Tongan Methodist Church of Sable Bay', 'Rev. '],
  ["Jehovah's Witness", 'Cedar Bluff Kingdom Hall', 'elder '], ['none / spiritual', '', ''], ['Traditional Diné', '', ''],
];

function chaplaincy(c: Ctx): void {
  const { n, r, pt } = c;
  const ch = person(r); const clergy = person(r); const k = pt.kin[0] as Kin;
  const church = r.p(CHURCHES);
  const v = r.i(0, 4);
  if (v === 4) {
    c.dead = true;
    n.add(r.p(['Bereavement follow-up calls', 'BEREAVEMENT — CALL LOG', 'Grief support calls']), '\n');
    n.add('Decedent: ', patName(c, ['LF', 'FL', 'LFM']), ', died ', dt(c), ' at ', inst(c, pt.hosp, 0.6), '.\n\n');
    const calls = r.i(2, 4);
    for (let j = 0; j < calls; j++) {
      const kk = r.p(pt.kin);
      n.add(dt(c, addDays(c.d, 14 + j * r.i(14, 40)), c.df), ' — ', kinBits(c, kk, ['FL', 'F']), ` (${kk.rel}) `, S(kk.phone, 'PHONE'), ': ');
      if (j === 0 && r.c(0.5)) n.add('says the service at ', inst(c, r.p(FUNERAL), 0.7), ' was beautiful; thanked the ICU nurses.');
      else n.add(r.p([
        'no answer, left message with grief line number.',
        'doing "one day at a time"; sleeping poorly, referred to grief group.',
        'angry about the bill that came after the death; gave PFS number.',
        "grandson asking about hope and heaven; mailed a children's grief book.",
      ]));
      n.add('\n');
    }
    n.add('\nGrief group meets 2nd Tuesday at ', loc(r.p(CHURCHES)), '. Mailing of memorial service invitation to ', addrBits(c), '.\n');
    n.add('— ', nm(r, ch, r.p(['FL', 'F'])), ', Bereavement Coordinator\n');
    return;
  }
  if (v === 3) {
    header(c, r.p(['Advance Directive Witnessing', 'CHAPLAIN — ADVANCE DIRECTIVE', 'Healthcare POA completion']));
    n.add('At pt request, assisted ', patName(c, ['FL', 'F']), ' to complete a ', r.p(['Healthcare Power of Attorney', 'Living Will', 'POLST (with provider)', 'Five Wishes document']), '. ');
    n.add('Pt alert, oriented, able to state wishes clearly; GCS 15. Named agent: ', pt.kin[0]!.rel, ' ', kinBits(c, pt.kin[0]!, ['FL', 'FML']), ' (', S(pt.kin[0]!.phone, 'PHONE'), ')');
    if (pt.kin[1]) n.add('; alternate: ', kinBits(c, pt.kin[1], ['FL']), ` (${pt.kin[1].rel})`);
    n.add('.\n');
    n.add('Witnesses: ', nm(r, person(r), 'FL'), ' (unit secretary) and ', nm(r, person(r), 'FL'), ` (${r.p(['PCT', 'volunteer', 'security'])}); notarized by `, nm(r, person(r), 'FL'), ', commission # ', idP(r.digits(8)), '.\n');
    n.add(`Copies: original to pt, one to agent, one scanned to media tab in Epic. Pt said "I have had a long life and I want no machines." `, r.p(['Provided blessing.', 'Prayed together.', 'Pt joked about the bill for all this paper.']), '\n');
    signoff(c, ch, 'MDiv, BCC', 'Spiritual Care');
    return;
  }
  if (v === 0) {
    header(c, r.p(['SPIRITUAL CARE NOTE', 'Chaplaincy Visit', 'Pastoral Care Documentation']));
    n.line(`Referral source: ${r.p(['RN', 'family', 'palliative team', 'routine rounding', 'pt request', 'death/dying protocol'])}`);
    const trad = r.p(FAITHS);
    n.line(`Faith tradition: ${trad[0]}`);
    if (trad[1]) n.line('Faith community: ', loc(trad[1]), r.c(0.6) ? [', ', trad[2], nm(r, clergy, r.p(['FL', 'L'])), ' ', tel(r, r.p([0, 3]))] : null);
    else n.line('Faith community: none named');
    n.add('\n');
    n.add('Visited ', patName(c, ['F', 'FL', 'NK']), ' at bedside', r.c(0.5) ? [' with ', k.rel, ' ', kinBits(c, k)] : null, '. ');
    n.add(r.p([
      'Pt tearful, spoke of her late husband and of hope to see the grandchildren at Christmas.',
      'Pt expressed fear of dying alone; provided presence, reflective listening, and prayer.',
      'Pt says faith gives her joy even now; asked for the Sacrament of the Sick.',
      'Pt angry at God, "why me"; normalised feelings, no theology offered.',
      'Family sang hymns; pt calm, Cheyne-Stokes respirations noted by RN.',
      'Pt would love to see the lake one more time; we talked about what home means.',
    ]), ' ');
    n.add(`Pt shared that they grew up in `, r.c(0.5) ? S(pt.country, 'STATE') : townP(c, r.p(TOWNS)), r.c(0.4) ? [' and married in ', S(String(r.i(1950, 2005)), 'DATE_YEAR')] : null, '.\n\n');
    n.line(`Interventions: ${r.p(['prayer, blessing', 'life review', 'anointing arranged', 'rosary provided', 'Quran audio set up', 'sage/smudging — cleared with Safety (no open flame, O2 off)'])}.`);
    n.line('Plan: ', r.p(['will follow', 'chaplain will follow PRN', 'f/u in 1–2 days', 'on-call chaplain to be paged at time of death']), trad[1] ? ['; contact ', loc(trad[1]), ' per pt request.'] : '.');
    signoff(c, ch, r.p(['MDiv, BCC', 'Chaplain', 'MDiv', 'Staff Chaplain']), 'Spiritual Care');
  } else if (v === 1) {
    n.add(r.p(['Chaplain note', 'SPIRITUAL CARE', 'Pastoral visit']), ' — ', dt(c), ' ', tm(c), '\n');
    n.add('Paged by ', nm(r, person(r), 'F'), ' RN for ', patName(c, ['FL', 'LF']), ` (${pt.unit}, `, oth(pt.room), '), ', ageBits(c), '. ');
    n.add(`Family gathering; ${r.p(['withdrawal of care planned', 'comfort care started', 'pt newly diagnosed with Hodgkin lymphoma', 'pt actively dying'])}.\n`);
    n.add('Met ', pt.kin.map((kk, j) => [j ? ' and ' : '', kinBits(c, kk), ` (${kk.rel})`]), '. ');
    const which = r.i(0, 2);
    if (which === 0) n.add(r.p(['They requested their priest, Fr. ', 'They asked that Pastor ', 'They asked for Rev. ']), nm(r, clergy, r.p(['L', 'FL'])), ' of ', loc(church), ', be called; left msg at ', tel(r, 1), '.');
    else if (which === 1) n.add('They asked that ', loc(church), ' be notified; spoke with ', nm(r, clergy, 'FL'), ' who will come at ', tm(c), '.');
    else n.add('They asked for the imam from ', loc(r.p(['Masjid al-Noor', 'Islamic Center of Port Ansel', 'Masjid Abu Bakr of Riverbend'])), ' for washing and prayers; Imam ', nm(r, clergy, r.p(['L', 'FL'])), ' reached at ', tel(r, 0), '.');
    n.add(` Provided ${r.p(['a quiet room', 'coffee and tissues', 'a prayer shawl', 'Bible and rosary'])}. `, r.p(['Grace said before withdrawal.', 'Daughter asked about organ donation — referred to RN/OPO.', 'Long silence; family held hands.']), '\n');
    n.add(`Bereavement packet given. ${r.p(['Will follow.', 'Follow-up call in 2 weeks.', 'No further needs today.'])}\n`);
    n.add('— ', nm(r, ch, r.p(['FL', 'F'])), r.p([', Chaplain', ' (chaplain resident)', ', BCC']), r.c(0.5) ? [' ', S(staffEmail(ch, pt.hosp), 'EMAIL')] : null, '\n');
  } else {
    n.caps('Spiritual care rounds');
    const rows = r.i(3, 5);
    for (let j = 0; j < rows; j++) {
      const pp = j === 0 ? pt.p : person(r);
      n.add(`${tick(c, 5, 40)}  `, j === 0 ? oth(pt.room) : oth(`${r.i(2, 8)}${p2(r.i(1, 40))}`), '  ', nm(r, pp, r.p(['LF', 'L', 'FL'])), '  ', r.p([
        'declined visit, "maybe tomorrow"', 'brief prayer', 'asleep, left card', 'long visit, life review (farmer, 60 yrs)', 'requested communion Sunday',
        'wants to call home to family; set up phone', 'discussed advance directive, hope and fear',
      ]), '\n');
    }
    n.add('\nRounds by ', nm(r, ch, r.p(['FL', 'iL'])), ', chaplain resident; supervisor ', nm(r, person(r), 'FL'), ', ', r.p(['MDiv', 'ACPE Educator']), '.\n');
    n.add(`Also met family of pt in `, oth(pt.room), ` — `, kinBits(c, pt.kin[0] as Kin), ' asked for information about ', loc(church), '.\n');
  }
}

const EVENT_DESC: Record<string, string> = {
      Fall: 'Pt found sitting on floor, states "I was going to the bathroom". No injury noted. Babinski negative, strength 5/5 x4.',
      Medication: 'Pharmacist caught the dose on verification; pump reprogrammed. Xarelto and Eliquis both on profile — one d/c. No lasting harm.',
      Pressure: 'Stage 3 sacral wound found on admission skin check by wound RN. Braden score 13. Photo in Epic.',
      IV: 'Swelling and coolness at L forearm PIV; vanc running. Line removed, elevated, warm pack.',
      Patient: 'Pt not in room on hourly rounding; Code Amber called; found at bus stop on campus with security.',
      Wrong: 'Specimen labelled with roommate sticker; redrawn. Lab notified.',
      Equipment: 'Pump alarmed "occlusion downstream" repeatedly with no occlusion; taken out of service.',
      Visitor: 'Visitor slipped on wet floor near elevators; walked to ED for eval.',
};
function eventDesc(event: string): string { return EVENT_DESC[event.split(' ')[0] as string] ?? 'See narrative.'; }

function safetyIncident(c: Ctx): void {
  const { n, r, pt } = c;
  const rep = person(r); const att = person(r); const k = pt.kin[0] as Kin;
  const sir = r.p([`SIR-${pt.admit.y}-${r.digits(5)}`, `${r.digits(7)}`, `EV${r.digits(6)}`]);
  const event = r.p(['Fall — unassisted, found on floor', 'Medication error — wrong dose heparin', 'Pressure injury stage 3 sacrum', 'IV infiltration', 'Patient elopement', 'Wrong patient label on specimen', 'Equipment failure — IV pump', 'Visitor injury in lobby']);
  const v = r.i(0, 4);
  if (v === 4) {
    const ofc = person(r);
    n.caps(r.p(['Missing patient — Code Amber report', 'ELOPEMENT REPORT']));
    n.add('Pt ', patName(c, ['FL', 'LF', 'FML']), ', ', ageBits(c), `, last seen ${tick(c, 0, 0)} in ${pt.unit} `, oth(pt.room), ` by `, nm(r, person(r), r.p(['F', 'FL'])), ` (${r.p(['sitter', 'RN', 'PCT'])}). `);
    n.add(`Wearing ${r.p(['blue gown and socks', 'jeans, gray hoodie', 'hospital pants, no shoes'])}; ${r.p(['dementia, wanders', 'on a 72-h hold', 'CIWA 20, confused'])}.\n`);
    n.add(`${tick(c, 2, 10)} Code Amber overhead; security sweep of floors and garage.\n`);
    n.add(`${tick(c, 5, 25)} `, loc(r.p(['Harrow Valley Police Department', 'Port Ansel PD', 'Tamsin County Sheriff'])), ' notified, Officer ', nm(r, ofc, r.p(['L', 'FL'])), ', incident ', idP(`${pt.admit.y % 100}-${r.digits(6)}`), '.\n');
    n.add(`${tick(c, 10, 60)} pt found at `, r.p([['the bus shelter on ', loc(`${r.p(STREETS)} ${r.p(STREET_SUF)}`)], ['home, ', addrBits(c, false)], [loc(r.p(['Kettle Falls Senior Center', 'Open Door Mission of Riverbend', 'Safe Harbor Shelter']))]]), '; returned by ', r.p(['police', 'security', 'family']), '.\n');
    n.add('Family ', kinBits(c, pt.kin[0] as Kin), ' notified at ', S((pt.kin[0] as Kin).phone, 'PHONE'), `. ${vitals(r)}. Sitter ordered.\n`);
    signoff(c, rep, 'RN', 'Charge RN');
    return;
  }
  if (v === 3) {
    const rph = person(r); const pres = person(r);
    n.caps(r.p(['Medication event — pharmacy review', 'MEDICATION SAFETY REVIEW']));
    n.add('Event ', idP(sir), '; patient ', patName(c, ['LF', 'LFM']), ', ', pt.unit, ' ', oth(pt.room), '; reviewed ', dt(c), '.\n\n');
    n.add('Step          | Detail\n');
    n.add(`Ordered       | ${r.p(DRUG_DOSES)} by `, drBits(c, pres), '\n');
    n.add(`Dispensed     | Pyxis pocket ${r.i(1, 40)}, override ${r.p(['yes', 'no'])}\n`);
    n.add(`Administered  | ${r.p(['double dose at 0900 and 1000', 'given to roommate', 'given 6 h late', 'wrong route (IV instead of PO)'])}\n`);
    n.add(`Detected by   | `, nm(r, person(r), r.p(['F', 'FL'])), ` (${r.p(['RN', 'PharmD', 'pt himself'])})\n`);
    n.add(`Outcome       | ${r.p(['no harm; monitored, BP 108/64', 'temporary harm; Narcan 0.4 mg given', 'no harm; INR rechecked'])}\n\n`);
    n.add('Contributing factors: ', r.p(['look-alike/sound-alike names (hydrALAZINE vs hydrOXYzine)', 'barcode scanner down on unit', 'verbal order during Code Blue', 'two patients with the same last name on the unit']), '. ');
    n.add('Pharmacist ', nm(r, rph, r.p(['FL', 'iL'])), ', PharmD (', ext(r), ') reviewed; prescriber and family (', kinBits(c, pt.kin[0] as Kin, ['F', 'FL']), ') informed per disclosure policy.\n');
    return;
  }
  if (v === 0) {
    header(c, r.p(['SAFETY EVENT REPORT', 'Incident Report (Confidential — Patient Safety Work Product)', 'Occurrence Report']));
    n.line('Event #: ', idP(sir), `    Date/time: `, dt(c), ` ${tm(c)}    Location: ${pt.unit}, room `, oth(pt.room));
    n.line(`Event type: ${event}`);
    n.line(`Harm score: ${r.p(['AHRQ Harm Scale: no harm', 'temporary harm, intervention required', 'near miss', 'E (NCC MERP)'])}`);
    n.line('Reporter: ', staffBits(c, rep, r.p(['RN', 'PCT', 'RT', 'PharmD'])), '  ', ext(r));
    n.add('\n');
    n.add(r.p(['Description: ', 'What happened: ']), ageBits(c), ` pt, event noted at ${tm(c)}. ${eventDesc(event)} `);
    n.add(`Morse fall score 65; bed alarm ${r.p(['on', 'off', 'not connected'])}. ${vitals(r)}. `);
    if (event.includes('pump') || r.c(0.3)) n.add('Alaris pump SN ', oth(`${r.i(1000, 9999)}${r.letters(1)}${r.digits(4)}`), ' sequestered and tagged for biomed. ');
    n.add('\n');
    n.line('Notified: attending ', drBits(c, att), ' at ', tm(c), '; ', k.rel, ' ', kinBits(c, k), ' at ', S(k.phone, 'PHONE'), '; house supervisor ', nm(r, person(r), r.p(['FL', 'F'])), '.');
    n.line(`Immediate actions: ${r.p(['CT head negative', 'neuro checks q1h x4, GCS 15', 'INR checked', 'warm compress, elevated', 'Code Amber, pt located in lobby'])}. Entered in ${r.p(['RL6', 'Midas', 'the event system'])}.`);
    n.line('Witness: ', nm(r, person(r), r.p(['FL', 'LF'])), r.p([' (sitter)', ' (roommate)', ' (PCT)', '']), '.');
    signoff(c, rep, 'RN', 'Reporter');
  } else if (v === 1) {
    n.add(r.p(['Post-fall huddle', 'SAFETY HUDDLE NOTE', 'Event follow-up (manager)']), ' ', dt(c), '\n');
    n.add('Event ', idP(sir), ' — ', patName(c, ['LF', 'FL', 'L']), ', ', pt.unit, ' ', oth(pt.room), '.\n\n');
    n.add(`Huddle held at ${tm(c)} with `, nm(r, rep, 'F'), ' (primary RN), ', nm(r, person(r), 'F'), ' (charge), and ', nm(r, person(r), r.p(['FL', 'L'])), ' (PT). ');
    n.add(`Root cause themes: ${r.p(['toileting schedule not followed', 'Haldol given at 2100 — drowsy, tried to stand', 'call light out of reach', 'non-slip socks not on'])}. `);
    n.add(`Pt has ${r.p(["Parkinson's disease", "Alzheimer's dementia", 'orthostatic hypotension', 'neuropathy'])}; ${r.p(['Hoyer lift', 'gait belt', 'Broda chair'])} ordered.\n`);
    n.add('Family (', kinBits(c, k), ') updated by phone; ', r.p(['no concerns voiced.', 'upset, asked for sitter — approved.', 'asked about bill for CT — referred to patient relations.']), '\n');
    n.add(`Action items: hourly rounding audit x 2 weeks; frank discussion at staff meeting. Will follow in RL6.\n`);
    n.add('— ', nm(r, person(r), r.p(['FL', 'FML'])), r.p([', MSN, RN, Nurse Manager', ', Patient Safety Officer', ', Risk Mgmt']), '\n');
  } else {
    n.caps('incident report — brief');
    n.add(`TYPE: ${event.toUpperCase()}\n`);
    n.add('DATE: ', dt(c), `  TIME: ${tm(c)}\n`);
    n.add('PATIENT: ', patName(c, ['LUF', 'FU']), '  MRN: ', idP(pt.mrn), '\n');
    n.add('ROOM: ', oth(pt.room), '\n');
    n.add('DESCRIPTION: ', eventDesc(event), '\n');
    n.add('REPORTED BY: ', nm(r, rep, r.p(['FU', 'LUF', 'FL'])), ' ', r.p(['RN', 'LPN', 'PCA']), ' / badge ', idP(r.digits(5)), '\n');
    n.add('MD NOTIFIED: ', drBits(c, att), '\n');
    n.add('FAMILY NOTIFIED: ', r.c(0.7) ? [kinBits(c, k, ['FL', 'F']), ' ', S(k.phone, 'PHONE')] : 'N/A — pt declined', '\n');
    n.add(`\n${clinicalLine(r)}\n`);
  }
}

function securitySitter(c: Ctx): void {
  const { n, r, pt } = c;
  const off = person(r); const att = person(r);
  const v = r.i(0, 4);
  if (v === 4) {
    n.caps(r.p(['Visitor restriction list', 'Security: restricted visitors']));
    n.add('Pt ', patName(c, ['LF', 'FL']), ', ', pt.unit, ' ', oth(pt.room), '. Restriction requested by ', r.p(['pt', 'care team', 'social work', 'police']), ' on ', dt(c), '. ', r.p(['Pt is a confidential (no-information) patient.', 'Protective order on file.', 'APS involved.']), '\n\n');
    n.add('Name                        | Relation   | Notes\n');
    const k = r.i(1, 3);
    for (let j = 0; j < k; j++) {
      const v0 = person(r);
      n.add(nm(r, v0, r.p(['LUF', 'LF', 'FL'])), ` | ${r.p(['ex-partner', 'son', 'brother', 'friend', 'unknown'])} | `, r.p([
        ['vehicle plate ', oth(`${r.i(1, 9)}${r.letters(2)}-${r.digits(4)}`), ' (', stateP(c, r.p(STATES)), ')'],
        ['PO ', idP(`${pt.admit.y % 100}-PO-${r.digits(4)}`)],
        ['tried to enter via ED ', dt(c, addDays(c.d, -1), 2)],
        ['last known ', townP(c, r.p(TOWNS))],
      ]), '\n');
    }
    n.add('\nAllowed: ', pt.kin.slice(0, 2).map((kk, j) => [j ? ', ' : '', kinBits(c, kk, ['FL']), ` (${kk.rel})`]), '. Password for phone info: "', r.p(['bluebird', 'harvest', 'lighthouse', 'paprika']), '".\n');
    n.add('Entered by officer ', nm(r, off, r.p(['FL', 'LF'])), ' #', idP(r.digits(4)), '; copy to ', pt.unit, ' charge RN and the front desk.\n');
    return;
  }
  if (v === 3) {
    n.caps(r.p(['Patient valuables / property inventory', 'Security — property receipt']));
    n.add('Patient: ', patName(c, ['LUF', 'LF']), '  MRN ', idP(pt.mrn), '  Rm ', oth(pt.room), '  Date ', dt(c), '\n\n');
    n.add('Item                         | Qty | Disposition\n');
    const items = r.some(['wallet (cash $' + r.i(2, 300) + ')', 'cell phone', 'wedding band, yellow metal', 'watch', 'keys', 'hearing aids (pair)', 'dentures, upper', 'glasses', 'pocket knife', 'prayer beads', 'debit card', 'lighter'], r.i(3, 6));
    for (const it of items) n.add(`${it.padEnd(28)} | ${r.i(1, 2)}   | ${r.p(['safe', 'to family', 'with pt', 'safe', 'security locker'])}\n`);
    n.add('\nSafe envelope # ', oth(r.digits(6)), '; locker ', oth(`${r.letters(1)}-${r.i(1, 80)}`), '.\n');
    n.add('Received by officer ', nm(r, off, r.p(['FL', 'LF'])), ' badge ', idP(r.digits(4)), '; witness ', nm(r, person(r), r.p(['FL', 'F'])), ' RN.\n');
    n.add('Released to ', pt.kin[0]!.rel, ' ', kinBits(c, pt.kin[0]!, ['FL']), ' on ', dt(c, addDays(c.d, r.i(0, 3))), ', ID checked (', stateP(c, pt.state, 0.9), " driver's license).\n");
    return;
  }
  if (v === 0) {
    n.line(r.p(['CONSTANT OBSERVATION / SITTER LOG', '1:1 Safety Attendant Flowsheet', 'Sitter log']), ' — ', patName(c, ['LUF', 'LF', 'L']), ' — Rm ', oth(pt.room), ' — ', dt(c));
    n.line(`Reason: ${r.p(['suicide precautions (SI w/ plan)', 'fall risk, pulling lines', 'ETOH withdrawal, CIWA 18', 'elopement risk, dementia', 'pulling Foley and NG'])}`);
    n.add('\n');
    n.line('Time  | Location | Behavior                    | Init');
    n.line('------+----------+-----------------------------+-----');
    const s1 = person(r); const s2 = person(r);
    const rows = r.i(6, 14);
    let h = r.i(0, 20); let m = 0; let handoff = '';
    for (let j = 0; j < rows; j++) {
      const s = j < rows / 2 ? s1 : s2;
      if (!handoff && s === s2) handoff = `${p2(h)}${p2(m)}`;
      const where = r.p(['bed', 'bed', 'chair', 'bathroom', 'hall']).padEnd(8);
      const beh = r.p(['asleep, resp even', 'awake, calm', 'restless, redirected', 'yelling, Haldol given by RN', 'eating', 'pulling at IV, mitts on', 'watching TV', 'crying, chaplain called', 'asleep', 'on phone w/ family']).padEnd(27);
      n.line(`${p2(h)}${p2(m)}  | ${where} | ${beh} | `, S(initials(s), 'NAME'));
      m += 15; if (m >= 60) { m = 0; h = (h + 1) % 24; }
    }
    n.add('\n');
    n.line('Sitters: ', nm(r, s1, r.p(['FL', 'F'])), ' (', S(initials(s1), 'NAME'), ') until ', handoff || '0700', '; ', nm(r, s2, r.p(['FL', 'F'])), ' (', S(initials(s2), 'NAME'), ') after.');
    n.line('Belongings removed per SI protocol; bag # ', oth(r.digits(6)), ' to security.');
  } else if (v === 1) {
    header(c, r.p(['SECURITY INCIDENT REPORT', 'Security Dispatch — Code Gray', 'Public Safety Report']));
    n.line('Report #: ', idP(`SEC-${r.digits(6)}`), '    Responding officer: ', nm(r, off, r.p(['FL', 'LF'])), ' #', idP(r.digits(4)));
    n.add(`Called to ${pt.unit} at ${tm(c)} for ${r.p(['Code Gray', 'combative patient', 'disruptive visitor', 'pt attempting to leave AMA', 'weapon search'])}. `);
    n.add('Patient ', patName(c, ['FL', 'L']), ` ${r.p(['was throwing objects', 'struck PCT in the face', 'had a knife in his backpack', 'was screaming at staff'])}. `);
    n.add('RN ', nm(r, person(r), 'F'), ' and ', drBits(c, att), r.p([' ordered Zyprexa 10 mg IM', ' gave Ativan 2 mg IV', ' ordered 4-point violent restraints']), '. ');
    n.add(`Restraints applied at ${tm(c)}; face-to-face eval within 1 hour completed by `, drBits(c, att), '.\n\n');
    if (r.c(0.6)) {
      const vis = person(r);
      n.add('Visitor ', nm(r, vis, r.p(['FL', 'LF', 'LUF'])), ' (', r.p(['boyfriend', 'brother', 'ex-spouse', 'friend']), ') escorted out; trespass warning issued. Vehicle: ', r.p(['gray Silverado', 'black Camry', 'white van', 'red Ram 1500']), ', plate ', oth(`${r.i(1, 9)}${r.letters(3)}${r.digits(3)}`), ' (', stateP(c, pt.state, 0.9), ').\n');
    }
    if (r.c(0.6)) n.add(loc(r.p(['Harrow Valley Police Department', 'Tamsin County Sheriff', 'Port Ansel PD'])), ' Officer ', nm(r, person(r), r.p(['L', 'FL'])), ' responded, case # ', idP(`${pt.admit.y % 100}-${r.digits(6)}`), '.\n');
    n.add(`Injuries: ${r.p(['none', 'PCT scratch to forearm, sent to employee health', 'officer bruised hand'])}. Body cam ${r.p(['on', 'not activated'])}.\n`);
    signoff(c, off, r.p(['Security Officer', 'Sgt.', 'Public Safety Officer']), 'Security');
  } else {
    n.add(r.p(['RESTRAINT FLOWSHEET (narrative)', 'Restraint monitoring q15', 'Non-violent restraint note']), ' — ', dt(c), '\n');
    n.add('Pt ', patName(c, ['LF', 'FL']), ', ', ageBits(c), `, ${pt.unit} `, oth(pt.room), '.\n');
    n.add(`Type: ${r.p(['bilateral soft wrist restraints', 'Posey vest', 'mitts', '2-point soft', 'enclosure bed'])}. Order by `, drBits(c, att), ` at ${tm(c)}, renewed q24h.\n`);
    n.add(`q2h checks: circulation/skin intact, ROM done, offered fluids/toileting. ${vitals(r)}.\n`);
    n.add(`Less restrictive alternatives tried: ${r.p(['sitter, bed alarm, family at bedside', 'reorientation, TV, music', 'abdominal binder over PEG'])}.\n`);
    n.add('Family ', kinBits(c, pt.kin[0] as Kin), ' informed of restraint use and why; ', r.p(['agreeable', 'upset, wants them off', 'will come sit tonight so restraints can come off']), '.\n');
    n.add('Restraint device serial ', oth(`${r.letters(2)}-${r.digits(6)}`), ' (enclosure bed).\n');
    n.add(`Discontinued at ${tm(c)} — pt calm, following commands.\n`);
    signoff(c, person(r), 'RN', 'Primary RN');
  }
}

function deathNote(c: Ctx): void {
  const { n, r, pt } = c;
  const md = person(r); const k = pt.kin[0] as Kin; const fh = r.p(FUNERAL); const opo = r.p(OPOS); const me = r.p(ME_OFFICES);
  const coord = person(r); const fdir = person(r); const inv = person(r);
  const tod = hhmm(r, r.p([0, 1]));
  const v = r.i(0, 4);
  if (v === 4) {
    n.line(r.p(['MORGUE LOG', 'Morgue in/out register', 'Decedent register — morgue']), ' — ', inst(c, pt.hosp, 0.6), ' — week of ', dt(c, c.d, r.p([1, 9, 7])));
    n.add('\n');
    n.line('Date  | Decedent             | MRN      | Tag   | Drawer | Released to        | By');
    const rows = r.i(3, 6); const me0 = r.i(0, rows - 1);
    for (let j = 0; j < rows; j++) {
      const dec = j === me0 ? pt.p : person(r);
      const mrn = j === me0 ? pt.mrn : r.digits(8);
      const to: Bit = r.c(0.2) ? inst(c, me, 0.8) : inst(c, r.p(FUNERAL), 0.8);
      n.line(dt(c, addDays(c.d, j - me0), 2), ' | ', nm(r, dec, r.p(['LF', 'LUF', 'LFM'])), ' | ', idP(mrn), ' | ', oth(r.digits(5)), ' | ', oth(String(r.i(1, 12))), ' | ', r.c(0.2) ? 'pending' : to, ' | ', S(initials(person(r)), 'NAME'));
    }
    n.add('\n');
    n.line(`Cooler temp ${r.i(34, 39)} F checked q shift. `, r.p(['One drawer out of service (door seal).', 'One infant remains — hold for parents.', 'No discrepancies.']));
    n.line('Morgue attendant: ', nm(r, person(r), r.p(['FL', 'F'])), ' / security ', nm(r, person(r), r.p(['FL', 'L'])), ' badge ', idP(r.digits(4)));
    return;
  }
  if (v === 3) {
    n.caps(r.p(['OPO referral worksheet', 'Donor network referral — hospital worksheet']));
    n.add('Referral #: ', idP(`${r.letters(2)}${pt.admit.y % 100}-${r.digits(5)}`), '   Called ', inst(c, opo, 0.4), ' at ', tm(c), ', ', tel(r, 4), '\n');
    n.add('Patient: ', patName(c, ['LFM', 'LF']), '   Age: ', pt.age > 89 ? S(String(pt.age), 'AGE') : String(pt.age), '   Sex: ', pt.p.fem ? 'F' : 'M', '\n');
    n.add(`Trigger: ${r.p(['GCS 5 or less', 'plan to withdraw support', 'cardiac death', 'brain death testing planned'])}   Vent: ${r.p(['yes', 'no'])}   Ht/Wt: ${r.i(150, 195)} cm / ${r.i(45, 140)} kg\n`);
    n.add(`Cause: ${r.p(['anoxic brain injury', 'ICH', 'TBI (MVC)', 'cardiac arrest'])}. ${vitals(r)}. ${r.p(['Hx Hodgkin lymphoma', 'no cancer hx', 'HCV+'])}.\n`);
    n.add('Coordinator: ', nm(r, coord, r.p(['FL', 'F'])), ' — ', r.p(['on-site eval at ', 'phone eval, callback at ']), hhmm(r, 1), '.\n');
    n.add('Family not approached by hospital staff (OPO designated requestor only). NOK: ', pt.kin[0]!.rel, ' ', kinBits(c, pt.kin[0]!, ['FL']), '.\n');
    n.add('ME notified: ', inst(c, me, 0.5), r.c(0.5) ? [', case ', idP(`ME${pt.admit.y % 100}-${r.digits(4)}`)] : '', '.\n');
    n.add('Completed by ', nm(r, person(r), r.p(['FL', 'iL'])), ', RN  ', S(initials(person(r)), 'NAME'), '\n');
    return;
  }
  if (v === 0) {
    header(c, r.p(['DEATH PRONOUNCEMENT NOTE', 'Pronouncement of Death', 'Expiration Note']));
    n.add('Called to bedside by RN ', nm(r, person(r), 'F'), ` at ${tm(c)} to evaluate `, patName(c, ['FL', 'LF', 'FML']), ', ', ageBits(c), ` with ${r.p(['metastatic pancreatic ca on comfort care', 'end-stage CHF', 'anoxic brain injury after cardiac arrest', "advanced Alzheimer's dementia", 'septic shock, DNR/DNI'])}.\n`);
    n.add(r.p([
      'Exam: no response to verbal or painful stimuli. Pupils fixed and dilated. No heart sounds or breath sounds auscultated for 60 seconds. No palpable carotid pulse.\n',
      'Exam: unresponsive to sternal rub; no corneal reflex; pupils fixed, midposition. Apneic. No heart tones x 1 min; no carotid or femoral pulse.\n',
      'Pt without spontaneous respirations, no pulse, no heart sounds on auscultation for >1 min, pupils nonreactive. Telemetry asystole.\n',
    ]));
    n.add(`Time of death: ${tod} on `, dt(c), '.\n\n');
    n.add('Family: ', k.rel, ' ', kinBits(c, k, ['FL', 'F']), r.p([' at bedside.', [' notified by phone ', S(k.phone, 'PHONE'), '.']]), ' Autopsy ', r.p(['declined', 'requested', 'offered, family will think about it']), '.\n');
    n.add('Attending ', drBits(c, person(r)), ' notified. ');
    n.add(inst(c, me, 0.4), ' ', r.p(['notified — case declined', 'notified — case accepted (fall with hip fx within 30 days)', 'not a ME case']), r.c(0.6) ? [', investigator ', nm(r, inv, 'FL'), ', ME #', idP(`${pt.admit.y % 100}-${r.digits(4)}`)] : null, '.\n');
    n.add(inst(c, opo, 0.5), ' referral made at ', tm(c), ', ref # ', idP(`${pt.admit.y % 100}-${r.digits(5)}`), ', coordinator ', nm(r, coord, r.p(['F', 'FL'])), `: ${r.p(['not a candidate for organs; eye/tissue candidate', 'ruled out (sepsis)', 'DCD evaluation — family approached by OPO', 'cornea only'])}.\n`);
    n.add('Funeral home: ', inst(c, fh), ' ', tel(r, 0), '.\n');
    signoff(c, md, r.p(['MD', 'DO', 'MD (night hospitalist)', 'NP']), 'Pronouncing provider');
  } else if (v === 1) {
    n.line(r.p(['DECEDENT AFFAIRS — CALL LOG', 'Decedent Care Log', 'Nursing supervisor — post-mortem log']));
    n.line('Decedent: ', patName(c, ['LUF', 'LFM', 'LF']), '  MRN ', idP(pt.mrn), '  DOB ', dt(c, pt.dob, 1), '  TOD ', dt(c), ` ${tod}`);
    n.add('\n');
    const entries: Bit[][] = [
      ['Called ', inst(c, opo, 0.5), ' ', tel(r, 4), ' (required within 1 hr). Ref ', idP(`${r.letters(1)}${r.digits(6)}`), '. Spoke w/ ', nm(r, coord, 'FL'), '.'],
      [inst(c, opo, 0.9), ' callback: ', r.p(['tissue candidate, family to be approached', 'rule-out, pt >80 with sepsis', 'eyes only']), '.'],
      ['ME: called ', inst(c, me, 0.5), ', ', nm(r, inv, r.p(['FL', 'F'])), ' — ', r.p(['released, no jurisdiction', 'accepted — body to ME, do not remove lines', 'released after review of fall hx']), '.'],
      ['Family (', kinBits(c, k), ', ', k.rel, ') chose ', inst(c, fh), '; release form signed.'],
      ['Called ', inst(c, fh, 0.6), ' ', tel(r, 0), ', spoke w/ ', nm(r, fdir, 'FL'), ', ETA ', hhmm(r, 1), '.'],
      ['Body to morgue; tag # ', oth(r.digits(5)), ', cooler drawer ', oth(String(r.i(1, 12))), '. Valuables: ', r.p(['wedding ring', 'rosary', 'watch + wallet', 'none']), ', bag # ', oth(r.digits(6)), '.'],
      ['Released to ', inst(c, fh, 0.7), ' driver ', nm(r, person(r), r.p(['FL', 'F'])), ', vehicle plate ', oth(`${r.letters(3)}-${r.digits(4)}`), '. Signed morgue log.'],
    ];
    const staffPool = [person(r), person(r), person(r)];
    c.clk = r.i(0, 23 * 60);
    n.add(`${fmtClock(c.clk, c.tf)}  TOD ${tod}\n`);
    for (const e of entries) if (r.c(0.85)) n.add(`${tick(c, 2, 75)}  `, e, ' ', S(initials(r.p(staffPool)), 'NAME'), '\n');
    if (r.c(0.5)) n.caps('Do not release before ME clearance');
    n.add('\nHouse supervisor: ', nm(r, person(r), r.p(['FL', 'LF'])), ', RN  pgr ', ext(r), '\n');
  } else {
    n.add(r.p(['rn death note', 'post-mortem care', 'Nursing death note']), ' ', dt(c, c.d, r.p([2, 3])), '\n\n');
    n.add(`pt expired ${tod}. pronounced by `, drBits(c, md), '. ');
    n.add(`${pt.kin.length > 1 ? 'family' : 'family member'} at bedside: `, pt.kin.map((kk, j) => [j ? ', ' : '', kinBits(c, kk, ['fl', 'F', 'FL']), ` (${kk.rel})`]), '. ');
    n.add(`post-mortem care done, Foley and lines removed (not an ME case), dentures in, jaw supported. chaplain `, nm(r, person(r), 'F'), ' came and prayed with family.\n');
    n.add('opo ', inst(c, opo, 0.8), ' ref#', idP(r.digits(7)), ' — ', r.p(['no donation', 'tissue only', 'family declined']), '.\n');
    n.add('funeral home ', inst(c, fh, 0.7), ' (', nm(r, fdir, r.p(['fl', 'F', 'FL'])), ') picked up at ', hhmm(r, 0), '. ');
    n.add(`personal belongings sent home with ${k.rel}: glasses, phone, ${r.p(['bible', 'quilt', 'rosary', 'cards'])}.\n`);
    n.add(`death certificate to be signed by attending in EDRS. ${r.p(['will follow up with bereavement team.', 'grief packet given.', ''])}`);
    if (r.c(0.4)) n.add(' family requested copy of final bill be mailed to ', addrBits(c), '.');
    n.add('\n', S(initials(person(r)), 'NAME'), ' rn\n');
  }
}

function dischargePlanning(c: Ctx): void {
  const { n, r, pt } = c;
  const cm = person(r); const k = pt.kin[0] as Kin;
  const snfs = r.some(SNFS, r.i(2, 4)); const hh = r.p(HOME_HEALTH);
  const v = r.i(0, 4);
  if (v === 4) {
    n.add(r.p(['Discharge — follow-up appointments', 'DC INSTRUCTIONS: APPOINTMENTS', 'After-visit follow-up list']), '\n');
    n.add('Pt: ', patName(c, ['FL', 'LF']), '   Discharged ', dt(c), r.c(0.3) ? [" to daughter's home in ", townP(c, r.p(TOWNS))] : ` to ${r.p(['home', 'home with family', 'home with HH'])}`, '\n\n');
    n.add('Date        | With                     | Where                         | Phone\n');
    const appts: [Bit, Bit][] = [
      [drBits(c, pt.pcp), inst(c, pt.clinic, 0.4)],
      [drBits(c, person(r)), inst(c, r.p(CLINICS), 0.4)],
      [['PT eval'], inst(c, OTHER_HOSPITALS[0] as Inst, 0.5)],
      [['Lab draw (INR)'], loc(r.p(PHARMACIES))],
    ];
    for (const [who, where] of r.some(appts, r.i(2, 4))) {
      n.add(dt(c, addDays(c.d, r.i(2, 21)), r.p([1, 4, 2])), ` ${fmtClock(r.i(8, 16) * 60 + r.p([0, 15, 30, 45]), 2)} | `, who, ' | ', where, ' | ', tel(r, r.p([0, 1, 3])), '\n');
    }
    n.add(`\nMeds to beds filled (${r.p(DRUG_DOSES)}). DME: `, r.c(0.3) ? ['home O2 concentrator SN ', oth(`${r.letters(2)}${r.digits(7)}`)] : r.p(['rollator', 'shower chair', 'Hoyer lift', 'bedside commode']), ' from ', loc('Apex Medical Supply'), '.\n');
    n.add('Ride: ', kinBits(c, pt.kin[0] as Kin, ['F', 'FL']), ` at ${fmtClock(r.i(10, 18) * 60 + r.p([0, 30]), 2)}. Pt verbalized understanding; teach-back done.\n`);
    n.add('— ', nm(r, cm, r.p(['FL', 'iL'])), r.p([', RN', ', RN CM', ', discharge RN']), '\n');
    return;
  }
  if (v === 3) {
    const s0 = snfs[0]!;
    n.caps('fax cover sheet');
    n.add('To: ', inst(c, s0, 0.3), ' Admissions    Fax: ', tel(r, r.p([0, 1])), '    Phone: ', tel(r, r.p([0, 1])), '\n');
    n.add('From: ', nm(r, cm, r.p(['FL', 'FML'])), `, ${r.p(['RN CM', 'LCSW'])}, `, inst(c, pt.hosp, 0.5), '    Fax: ', tel(r, 1), '\n');
    n.add('Date: ', dt(c), `    Pages (incl. cover): ${r.i(8, 42)}\n`);
    n.add('Re: SNF referral — ', patName(c, ['LF', 'LFM']), ', DOB ', dt(c, pt.dob, 1), '\n\n');
    n.add(`Enclosed: face sheet, H&P, last 48h progress notes, PT/OT evals, MAR, ${r.p(['wound care orders', 'TB screen', 'PASRR level 1', 'COVID swab result'])}. `);
    n.add(`Pt is ${r.p(['max assist, Hoyer lift', 'min assist with rollator', 'contact guard, 100 ft with walker'])}; ${r.p(EPONYMS)}. Payer `, inst(c, pt.insurer, 0.5), ' ', idP(pt.member), '.\n');
    n.add('Please respond via CarePort or call ', tel(r, 3), '. ', r.p(['Hope to discharge tomorrow if bed available.', 'Family prefers this facility — close to home.', 'Pt will need long-term bed after rehab.']), '\n');
    n.add('\nCONFIDENTIALITY NOTICE: this fax contains protected health information. If received in error call ', tel(r, 0), '.\n');
    return;
  }
  if (v === 0) {
    header(c, r.p(['CASE MANAGEMENT — DISCHARGE PLANNING ASSESSMENT', 'Discharge Planning Note', 'CM Initial Assessment']));
    n.add('Met with ', patName(c, ['F', 'FL']), ` and ${k.rel} `, kinBits(c, k), ' at bedside. ');
    n.add('Pt is a ', ageBits(c), ' who lives ', r.p(['alone', 'with spouse', 'with daughter', 'in a 2-story home, 4 steps to enter']), ' at ', addrBits(c), '. ');
    n.add('PCP ', drBits(c, pt.pcp), ' at ', inst(c, pt.clinic), '. Pharmacy: ', loc(r.p(PHARMACIES)), '.\n');
    if (r.c(0.3)) n.add('PLOF: drives, still works at ', loc(pt.employer));
    else n.add(`PLOF: ${r.p(['independent w/ cane', 'rollator, needs help with bathing', 'bed-bound, Hoyer lift'])}`);
    n.add('. DME at home: ', r.c(0.25) ? ['home O2 2L via ', loc(r.p(['Apex', 'Apex Medical Supply']))] : r.p(['shower chair, rollator', 'hospital bed, Hoyer lift', 'none']), '. Insurance: ', inst(c, pt.insurer, 0.5), r.p([' (Medicare Advantage)', ' (Medicaid)', '']), '.\n\n');
    n.add(`PT/OT recommend ${r.p(['SNF', 'acute rehab', 'home with home health', 'SNF vs LTACH'])}. Pt/family choice list given (CMS requirement). `);
    n.add('SNF referrals sent via CarePort:\n');
    for (const s of snfs) {
      const st = r.p(['accepted', 'declined (no beds)', 'pending clinical review', 'declined — needs payer auth', 'accepted']);
      n.add('  - ', inst(c, s, 0.5), ' — ', st);
      n.add(st === 'accepted' && r.c(0.6) ? [', bed ', oth(`${r.i(100, 299)}${r.p(['A', 'B', ''])}`), ' avail ', dt(c, addDays(c.d, r.i(1, 3)))] : '', '; admissions ', nm(r, person(r), r.p(['F', 'FL'])), ' ', tel(r, r.p([0, 1, 2])), '\n');
    }
    n.add('\nImportant Message from Medicare given ', dt(c), '. Auth request to ', inst(c, pt.insurer, 0.7), ', ref ', idP(`${r.letters(2)}${r.digits(8)}`), '. ');
    n.add(`Transport: ${r.p(['family', 'wheelchair van', 'BLS ambulance'])}`, r.c(0.5) ? [' via ', loc('Lakeside Medi-Van'), ' ', tel(r, 3)] : '', `. Estimated DC ${r.p(['tomorrow', 'Friday', 'in 2–3 days', 'pending auth'])}.\n`);
    signoff(c, cm, r.p(['RN CM', 'LCSW', 'MSW', 'RN, ACM']), 'Case Management');
  } else if (v === 1) {
    n.add(r.p(['Home health referral', 'HOME HEALTH / HOSPICE REFERRAL', 'Referral sent — HH']), ' ', dt(c), '\n\n');
    n.add('Agency: ', inst(c, hh), '\n');
    n.add('Intake: ', nm(r, person(r), r.p(['FL', 'F'])), ' ph ', tel(r), ' fax ', tel(r, 1), r.c(0.5) ? [' / ', S(`intake@${hh.dom}`, 'EMAIL')] : '', '\n');
    n.add(`Services: ${r.p(['SN, PT, OT', 'SN for wound vac, PT', 'SN, HHA, MSW', 'hospice RN, aide, chaplain'])}. SOC `, dt(c, addDays(c.d, r.i(1, 3))), '.\n');
    n.add('Pt: ', patName(c, ['LF', 'FL']), ', DOB ', dt(c, pt.dob, 1), ', ', idP(pt.member), ' (', inst(c, pt.insurer, 0.6), ').\n');
    n.add('Address: ', addrBits(c), '. Home phone ', S(pt.phone, 'PHONE'), '. ', r.p(['Dog in home.', 'Gate code required — ask daughter.', 'Lives above a laundromat, no elevator.', 'Rural, gravel road; long driveway past the red barn.']), '\n');
    n.add('Contact: ', k.rel, ' ', kinBits(c, k, ['FL']), ' ', S(k.phone, 'PHONE'), '.\n');
    n.add('Face-to-face by ', drBits(c, person(r)), ` on `, dt(c), `. Homebound: ${r.p(['yes — taxing effort to leave home', 'yes, O2 dependent'])}.\n`);
    n.add(`Meds: ${r.p(DRUGS)}, ${r.p(DRUGS)}, ${r.p(DRUGS)}. ${clinicalLine(r)}\n`);
    n.add(`Agency accepted at ${tm(c)}. `, r.p(['Will follow until dc.', 'Referral confirmed via Epic.', 'Bill to Medicare Part A.']), '\n');
    n.add('— ', nm(r, cm, r.p(['FL', 'F', 'iL'])), r.p([', RN CM', ' CM', ', LSW']), ' ', S(staffEmail(cm, pt.hosp), 'EMAIL'), '\n');
  } else {
    n.add('dc planning ', dt(c, c.d, r.p([2, 3])), ' — ', patName(c, ['fl', 'L', 'LU']), '\n');
    n.add(`- pt ${r.p(['refusing snf, wants to go home to', 'agreeable to snf near', 'wants to be closer to'])} `, r.c(0.2) ? ['family in ', loc(r.p(COUNTIES))] : townP(c, r.p(TOWNS)), '\n');
    n.add('- ', snfs.map((s, j) => [j ? ', ' : '', inst(c, s, 0.9)]), ' referrals out; waiting\n');
    n.add(`- ${k.rel} `, kinBits(c, k, ['fl', 'F']), ' cb ', S(k.phone, 'PHONE'));
    if (r.c(0.3)) n.add(' — works nights, call after 2pm\n');
    else n.add(r.p([' — lives in ', ' — flying in from ']), r.c(0.5) ? [townP(c, r.p(TOWNS)), ', ', stateP(c, r.p(STATES))] : S(r.p(COUNTRIES), 'STATE'), '\n');
    if (r.c(0.3)) n.add('- pt would love to be home for the holidays\n');
    n.add(`- bill of rights reviewed; ${r.p(['3-midnight qualifying stay met', 'obs status — no SNF benefit, explained', 'hospice eval requested'])}\n`);
    n.add(`- ${vitals(r)}; ${r.p(EPONYMS)}\n`);
    n.add(`- will follow. cm `, S(initials(cm).toLowerCase(), 'NAME'), ' ', S(`x${r.digits(4)}`, 'PHONE'), '\n');
    n.add(`\nprior snf stay at `, inst(c, r.p(SNFS), 0.7), ' in ', S(String(pt.admit.y - r.i(1, 6)), 'DATE_YEAR'), '. ', r.p(['pt says "never again"', 'went well', 'fell there twice']), '.\n');
  }
}

function billingFc(c: Ctx): void {
  const { n, r, pt } = c;
  const fc = person(r); const k = pt.kin[0] as Kin;
  const bal = money(r, 120, 48000);
  const v = r.i(0, 4);
  if (v === 4) {
    n.caps(r.p(['Bankruptcy notice', 'PFS — legal / collections']));
    n.add('Received ', dt(c), ` notice of Chapter ${r.p(['7', '13'])} bankruptcy for guarantor `, nm(r, r.c(0.7) ? pt.p : (pt.kin[0] as Kin).p, r.p(['FL', 'LFM', 'LUF'])), ', case no. ', idP(`${pt.admit.y % 100}-${r.digits(5)}`), ', U.S. Bankruptcy Court, ', r.p(['Northern', 'Southern', 'Eastern', 'Western']), ' District of ', S(pt.state[0], 'STATE'), '.\n');
    n.add('Debtor attorney: ', nm(r, person(r), 'FL'), ', ', loc(r.p(LAW_FIRMS)), ', ', tel(r, 0), '.\n');
    n.add('Accounts ', idP(pt.acct), ' and ', idP(r.digits(10)), ` (total ${bal}) placed in bankruptcy status; all statements stopped. Recalled from `, loc('Meridian Recovery Partners'), ' — recall conf ', idP(r.digits(9)), '.\n');
    n.add(`Do not call the patient about this bill. Will follow the docket monthly; proof of claim filed `, dt(c, addDays(c.d, r.i(5, 30))), '.\n');
    n.add('— ', nm(r, fc, r.p(['FL', 'F'])), ' ', S(initials(fc), 'NAME'), ', PFS legal desk ', ext(r), '\n');
    return;
  }
  if (v === 3) {
    n.add('From: ', S(pt.email, 'EMAIL'), '\nTo: ', S(`billing@${pt.hosp.dom}`, 'EMAIL'), `\nSubject: ${r.p(['question about my bill', 'price estimate?', 'Payment plan', 'RE: statement'])}\n\n`);
    n.add(r.p(['Hello, ', 'Hi, ', 'To whom it may concern, ']), `I got a bill for ${money(r, 150, 9000)} for my ${r.p(['ER visit', 'colonoscopy', 'MRI', "mother's stay"])} on `, dt(c, pt.admit, r.p([5, 2, 9])), '. My insurance is ', inst(c, pt.insurer, 0.6), ' (member ', idP(pt.member), '). ');
    n.add(`Why was it not covered? I can pay maybe ${money(r, 20, 100)} a month. Acct `, idP(pt.acct), '.\nThanks, ', nm(r, pt.p, r.p(['F', 'FL', 'fl'])), '\n', S(pt.phone, 'PHONE'), '\n\n');
    n.add('--- PFS reply ', dt(c, addDays(c.d, 1)), ' ---\n');
    n.add('Claim ', idP(r.digits(12)), ` denied ${r.p(['CO-197 (no precert)', 'PR-2 coinsurance', 'CO-97 bundled'])}. Appeal filed; account on hold 60 days. Payment plan set at ${money(r, 20, 100)}/mo. Pay online at `, S(`https://${pt.hosp.dom}/pay`, 'URL'), '.\n');
    n.add('— ', nm(r, fc, r.p(['F', 'FL'])), ', Patient Financial Services\n');
    return;
  }
  if (v === 0) {
    header(c, r.p(['FINANCIAL COUNSELING NOTE', 'Financial Counselor Visit', 'Patient Financial Services — Screening']));
    n.add('Met with ', patName(c, ['F', 'FL', 'LF']), r.c(0.5) ? [' and ', kinBits(c, k), ` (${k.rel})`] : '', ' at bedside re: coverage. ');
    n.add('Acct ', idP(pt.acct), `, estimated charges ${bal}. `);
    if (r.c(0.5)) n.add(`Pt ${r.p(['uninsured', 'has lapsed COBRA', 'is self-pay'])}. `);
    else n.add(`Pt ${r.p(['has a high-deductible plan through', 'is self-pay, works at', 'just lost coverage from'])} `, loc(pt.employer), '. ');
    n.add(`Household of ${r.i(1, 7)}, income approx ${money(r, 900, 6000)}/mo (~${r.i(80, 390)}% FPL). `);
    n.add(`Screened for ${r.p(['Medicaid — likely eligible', 'charity care (financial assistance policy) — 100% discount', 'Marketplace special enrollment', 'presumptive eligibility'])}.\n\n`);
    n.add('Application started; docs needed: pay stubs, ID, proof of address (', addrBits(c, r.c(0.5)), '). ');
    n.add('Pt can upload at ', S(r.p([`https://${pt.hosp.dom}/financial-assistance`, `www.${pt.hosp.dom}/billpay`, `${pt.hosp.dom}/fap`]), 'URL'), ' or email ', S(`pfs@${pt.hosp.dom}`, 'EMAIL'), '.\n');
    n.add(`Payment plan option: ${money(r, 25, 250)}/mo, no interest. Grace period 90 days from first statement before any collections. `);
    n.add(`Pt worried about the bill; reassured. Price estimate for f/u MRI ${money(r, 400, 3000)} given.\n`);
    signoff(c, fc, r.p(['CHAA', 'Financial Counselor', 'CRCR']), 'Patient Financial Services');
  } else if (v === 1) {
    n.line(r.p(['PFS call log', 'BILLING — ACCOUNT NOTES', 'Acct notes']), ' — acct ', idP(pt.acct), ' — guarantor ', nm(r, r.c(0.6) ? pt.p : k.p, r.p(['LUF', 'LF', 'FL'])));
    n.add('\n');
    const rows = r.i(3, 7);
    for (let j = 0; j < rows; j++) {
      const who = person(r);
      n.add(dt(c, addDays(c.d, j * r.i(1, 12)), c.df), ' ', pick(c, [
        ['inbound call from pt ', S(pt.phone, 'PHONE'), ` re: statement, bal ${bal}. Verified DOB. Set up plan ${money(r, 20, 200)}/mo.`],
        ['outbound to ', k.rel, ' ', kinBits(c, k, ['FL', 'F']), ', LVM ', S(k.phone, 'PHONE'), '.'],
        ['called ', inst(c, pt.insurer), ' provider svc ', tel(r, 4), ', rep ', nm(r, who, 'F'), ', call ref ', idP(r.digits(10)), `: claim denied CARC ${r.p(['CO-197', 'CO-50', 'PR-1', 'CO-16'])}.`],
        ['rebilled corrected claim ', idP(`${r.digits(13)}`), ` with modifier -25; DRG ${r.i(100, 999)}.`],
        ['pt disputes ER facility fee; escalated to ', nm(r, who, 'FL'), ' (PFS supervisor).'],
        [`stmt ${r.i(1, 4)} sent. will follow 30 days.`],
        ['paid ', money(r, 10, 500), ' by card ending ', oth(r.digits(4)), ', conf ', idP(r.digits(8)), '.'],
        ['acct placed w/ ', loc('Meridian Recovery Partners'), ' — pt hope to settle; recall requested.'],
        ['pt moved — new addr ', addrBits(c), '.'],
      ]), ' ', S(initials(r.c(0.7) ? fc : who), 'NAME'), '\n');
    }
    n.add(`\nPlan: ${r.p(['hold collections 60 days pending Medicaid', 'refer to FAP', 'close — paid in full'])}.\n`);
  } else {
    n.caps(r.p(['financial assistance determination', 'charity care review']));
    n.add('Applicant: ', patName(c, ['LFM', 'FL']), '   Acct(s): ', idP(pt.acct), r.c(0.5) ? [', ', idP(r.digits(10))] : '', '\n');
    n.add('Date rcvd: ', dt(c), '   Reviewer: ', nm(r, fc, r.p(['FL', 'iL'])), '\n\n');
    n.add(`Household size ${r.i(1, 6)}; annual income ${money(r, 9000, 80000)}; FPL ${r.i(60, 400)}%. `);
    n.add(`Employer: `, loc(pt.employer), r.c(0.5) ? [', ', townP(c, r.p(TOWNS))] : '', '. ');
    n.add(`Assets reviewed per policy. Determination: ${r.p(['100% write-off', '75% discount', 'denied — over 400% FPL; payment plan offered', 'pending — missing tax return'])}. `);
    n.add('Applies to DOS ', dt(c, pt.admit, 1), ' through ', dt(c, addDays(c.d, r.i(0, 30)), 1), ' and 240 days retro.\n');
    n.add('Letter mailed to ', addrBits(c), '. Questions: ', tel(r, 4), r.c(0.5) ? [' or ', S(`https://${pt.hosp.dom}/help/billing`, 'URL')] : '', '.\n');
    n.add(`Manager approval not required under ${money(r, 5000, 10000)}. The bill stays on hold meanwhile; a long-term payment plan is not needed. Grace period applies.\n`);
  }
}

const STYLE_FNS: Record<string, (c: Ctx) => void> = {
  ur_auth: urAuth,
  him_roi: himRoi,
  patient_relations: patientRelations,
  interpreter_log: interpreterLog,
  chaplaincy,
  safety_incident: safetyIncident,
  security_sitter: securitySitter,
  death_note: deathNote,
  discharge_planning: dischargePlanning,
  billing_fc: billingFc,
};

function addendum(c: Ctx): void {
  const { n, r, pt } = c;
  const k = r.p(pt.kin);
  let kind = r.i(0, 15);
  for (let g = 0; g < 16 && c.used.has(kind); g++) kind = (kind + 1) % 16;
  c.used.add(kind);
  switch (kind) {
    case 0:
      n.add('\n', r.p(['Addendum ', 'ADDENDUM ', 'Late entry ', 'Addendum — ']), dt(c, addDays(c.d, r.i(0, 1))), ` ${tm(c)}: `);
      n.add(r.p([
        [k.rel, ' ', kinBits(c, k), ' called back from ', S(k.phone, 'PHONE'), '; updated on plan. ', r.p(['Grateful.', 'Still has questions about the bill.', 'Will come in tomorrow.'])],
        ['Spoke with ', drBits(c, person(r)), ' who agrees. ', vitals(r), '.'],
        ['Left voicemail for ', nm(r, person(r), r.p(['FL', 'F'])), ' at ', inst(c, r.p([...SNFS, ...HOME_HEALTH]), 0.6), ' ', tel(r), '.'],
        ['Pt moved to room ', oth(`${r.i(2, 8)}${p2(r.i(1, 40))}`), ` on ${r.p(UNITS)}. Will follow there.`],
      ]), '\n');
      break;
    case 1:
      n.add('\ncc: ', drBits(c, person(r)), '; ', nm(r, person(r), r.p(['FL', 'iL'])), r.p([', RN CM', ', LCSW', ', Risk']), '; ', r.p(['file', 'chart', 'HIM']), r.c(0.5) ? ['; ', S(staffEmail(person(r), pt.hosp), 'EMAIL')] : null, '\n');
      break;
    case 2: {
      n.add('\n', r.p(['Contacts:', 'CONTACTS', 'Family / contacts']), '\n');
      n.add('Name | Relationship | Phone\n');
      for (const kk of pt.kin) n.add(nm(r, kk.p, r.p(['FL', 'LF'])), ` | ${kk.rel} | `, S(kk.phone, 'PHONE'), '\n');
      if (r.c(0.5)) n.add(patName(c, ['FL']), ' | self (cell) | ', S(pt.phone, 'PHONE'), '\n');
      break;
    }
    case 3:
      n.add('\nHx: ', r.p([
        ['CABG ', S(`'${p2(r.i(80, 99))}`, 'DATE_YEAR'), `, ${r.p(['TKA', 'lap chole', 'appy'])} in `, S(String(r.i(1990, 2022)), 'DATE_YEAR')],
        ['CVA in ', S(String(r.i(2000, 2023)), 'DATE_YEAR'), ' with residual L weakness 4/5; ', r.p(EPONYMS)],
        ['widowed since ', S(String(r.i(1985, 2023)), 'DATE_YEAR'), `; retired ${r.p(['machinist', 'teacher', 'farmer', 'nurse', 'trucker'])} from `, loc(r.p(EMPLOYERS))],
        [r.p(EPONYMS), '; ', r.p(EPONYMS), '; last admit ', dt(c, addDays(pt.admit, -r.i(30, 700)), r.p([1, 9, 6])), ' at ', inst(c, r.p([...HOSPITALS, ...OTHER_HOSPITALS]), 0.6)],
      ]), '.\n');
      break;
    case 4:
      n.add('\n', r.p(['Demographics', 'PT INFO', 'Registration']), ':\n');
      if (r.c(0.6)) n.add('  Age/sex: ', ageBits(c), '\n');
      n.add('  Address: ', addrBits(c), '\n');
      n.add('  Phone: ', S(pt.phone, 'PHONE'), r.c(0.5) ? ['   Email: ', S(pt.email, 'EMAIL')] : null, '\n');
      n.add('  Emergency contact: ', nm(r, k.p, r.p(['FL', 'LF'])), ` (${k.rel}) `, S(k.phone, 'PHONE'), '\n');
      n.add('  Insurance: ', inst(c, pt.insurer), ' / ', idP(pt.member), '\n');
      break;
    case 5:
      n.add(`\n${r.p(['Per policy', 'Reminder', 'Note'])}: ${r.p([
        'Joint Commission standard requires documentation of the restraint order renewal; audit by Kronos timestamp.',
        'Pyxis override logged; pharmacy will follow. Frank blood on dressing x1 reported to RN.',
        'Vocera badge used to reach the charge RN; page sent twice. Will follow up with the long-term plan tomorrow.',
        'Braden score 13, Morse fall score 65. Posey bed alarm on. Hope to get PT eval before the weekend.',
        'InterQual criteria reviewed; MCG guideline not applicable. Bill hold placed pending auth.',
        `Epic In Basket message sent. Stone cold coffee on the tray again — dietary notified. Price of the rollator is ${money(r, 60, 180)} out of pocket.`,
      ])}\n`);
      break;
    case 6:
      n.add('\nFollow-up call ', dt(c, addDays(c.d, r.i(1, 10))), ` ${tm(c)} to `, r.c(0.5) ? patName(c, ['F', 'FL']) : kinBits(c, k), ' at ', S(r.c(0.5) ? pt.phone : k.phone, 'PHONE'), `: ${r.p(['no answer, LVM with callback number', 'doing okay at home, taking meds', 'has not heard from the agency yet — called them', 'wants copy of records; gave HIM number'])}. `, r.c(0.4) ? ['Callback ', tel(r, 3), ' or ', ext(r), '.'] : '', '\n');
      break;
    case 7:
      n.add('\nInterdisciplinary rounds ', dt(c), `: present ${r.p(['hospitalist', 'CM', 'SW', 'PT', 'pharmacy'])} — `, nm(r, person(r), 'F'), ', ', nm(r, person(r), 'F'), ', ', nm(r, person(r), r.p(['FL', 'L'])), `. ${clinicalLine(r)} Barriers: ${r.p(['auth', 'no caregiver', 'insurance', 'placement', 'none'])}.\n`);
      break;
    case 9: {
      const a = person(r); const b = person(r);
      n.add('\n', r.p(['Discussed with RN/charge ', 'Handoff given to ', 'Covered by ']), nm(r, a, r.p(['F', 'L'])), '/', nm(r, b, r.p(['F', 'L'])), r.p([' at shift change.', ' — no new concerns.', '; pt resting.']), ` ${vitals(r)}.\n`);
      break;
    }
    case 10:
      n.add('\n', r.p(['Plan changed ', 'DC moved to tomorrow ', 'Hold on transfer ']), '(per ', r.p(['Dr. ', 'Dr ']), nm(r, person(r), 'L'), r.p([')', ', hospitalist)', ' via Vocera)']), ' — ', r.p(['family aware.', 'CM notified.', 'will follow.', 'bill hold placed.']), '\n');
      break;
    case 11: {
      const dr = person(r);
      n.add('\n');
      n.add(`${tick(c, 5, 30)} paged `, drBits(c, dr), ' at ', ext(r), ` re: ${r.p(['pain 9/10', 'BP 82/50', 'family request', 'restraint renewal', 'IM letter'])}\n`);
      n.add(`${tick(c, 5, 30)} no callback, re-paged\n`);
      n.add(`${tick(c, 5, 30)} `, nm(r, dr, r.p(['L', 'F'])), ` called back, ${r.p(['orders received', 'will see pt', 'ok to proceed'])}\n`);
      break;
    }
    case 12:
      n.add('\nTransport booked with ', loc(r.p(['Lakeside Medi-Van', 'Tamsin County Transit Access', 'Oxbow Ambulance Service', 'Kettle Falls EMS'])), ' for ', dt(c, addDays(c.d, r.i(0, 2))), ` at ${hhmm(r, 2)}, conf # `, idP(`${r.letters(2)}${r.digits(6)}`), r.c(0.4) ? ['; unit ', oth(`${r.p(['M', 'A', 'WC'])}-${r.i(1, 60)}`)] : '', '.\n');
      break;
    case 13: {
      const a = person(r);
      n.add('\nAttestation: I personally reviewed the record. ', nm(r, a, r.p(['FML', 'FL'])), r.p([', MD', ', DO', ', NP']), ' NPI ', idP(`1${r.digits(9)}`), ', ', dt(c), '.\n');
      break;
    }
    case 14: {
      const kk = r.p(pt.kin);
      n.add('\n', kinBits(c, kk, ['F', 'FL']), ` (${kk.rel}) wants updates by text to `, S(kk.phone, 'PHONE'), ' only; ', r.p(['do not call work at ', 'works days at ', 'cannot take calls at ']), loc(r.p(EMPLOYERS)), '.\n');
      break;
    }
    case 15:
      n.add('\nSocial: pt grew up in ', r.c(0.4) ? S(pt.country, 'STATE') : [townP(c, r.p(TOWNS)), ', ', stateP(c, r.p(STATES), 0.3)], ', moved to ', townP(c, pt.town), ' in ', S(String(r.i(1960, 2020)), 'DATE_YEAR'), `. Worked ${r.i(5, 40)} years at `, loc(pt.employer), r.c(0.5) ? ['; attends ', loc(r.p(CHURCHES))] : '', `. ${r.p(['Lives with a dog named Biscuit.', 'Enjoys fishing and the long drive to the lake.', 'Young grandkids visit often.', 'Was a king-size help to neighbors, per daughter.', 'Would love to get back to the garden.'])}\n`);
      break;
    default:
      n.add('\n', r.p(['Mailing', 'Correspondence sent to', 'Letter to']), ': ', nm(r, r.c(0.5) ? pt.p : k.p, r.p(['FL', 'FML'])), ', ', addrBits(c), r.c(0.3) ? [' — copy to ', S(pt.country, 'STATE'), ' address on file'] : '', '.\n');
  }
}

const FILLER = [
  'No further needs identified at this time.', 'Discussed with charge nurse.', 'Will follow up as needed.',
  'Chart reviewed prior to contact.', 'Plan of care reviewed with the team at huddle.', 'Questions answered; verbalized understanding.',
  'Young adult daughter present and helpful.', 'Pt in good spirits, watching the ballgame.', 'Frank discussion held about expectations.',
  'Paged team twice, no answer; will reattempt.', 'Continue current plan.', 'Stone-faced but cooperative.',
  'Pt would love to go home by the weekend.', 'Page sent to the on-call team.', 'Will bill under the observation account.',
  'Long wait in the ED discussed.', 'Daughter asked for a king-size blanket from home.', 'Pt in good faith agreed to stay.',
];

// ---------------------------------------------------------------------------------------------
// Finalise: case changes and typos per piece, then offsets
// ---------------------------------------------------------------------------------------------

function typo(w: string, r: R): string {
  const i = r.i(1, w.length - 2);
  const k = r.i(0, 3);
  if (k === 0) return w.slice(0, i) + w.slice(i + 1);
  if (k === 1) return w.slice(0, i) + (w[i] as string) + w.slice(i);
  if (k === 2) return w.slice(0, i) + (w[i + 1] as string) + (w[i] as string) + w.slice(i + 2);
  return w.slice(0, i) + 'aeiou'[r.i(0, 4)] + w.slice(i + 1);
}

function finish(ps: Piece[], r: R, style: string, patient: string): GeneratedNote {
  const mode = r.f();
  const upper = mode < 0.1; const lower = !upper && mode < 0.2;
  const typoRate = r.c(0.45) ? 0.006 + r.f() * 0.02 : 0;
  let text = ''; const phi: GeneratedSpan[] = [];
  for (const p of ps) {
    let t = p.t;
    if (!p.c && typoRate > 0) t = t.replace(/\b[a-z]{5,}\b/g, (w) => (r.c(typoRate) ? typo(w, r) : w));
    if (upper) t = t.toUpperCase();
    else if (lower) t = t.toLowerCase();
    else if (p.up) t = t.toUpperCase();
    if (p.c) {
      const lead = t.length - t.trimStart().length;
      const core = t.trim();
      if (core && !core.includes('\n')) {
        text += t.slice(0, lead);
        phi.push({ start: text.length, end: text.length + core.length, category: p.c });
        text += core + t.slice(lead + core.length);
        continue;
      }
    }
    text += t;
  }
  return { patient, text, phi, style };
}

function buildNote(seed: number, pt: Patient, pIdx: number, j: number, attempt: number): { ps: Piece[]; style: string; r: R } {
  const r = new R(mix(seed, pIdx, j, attempt, 0xbeef));
  const style = r.p(HOSPITALOPS_STYLES);
  const n = new Note();
  const d = addDays(pt.admit, j * r.i(0, 3) + r.i(0, 2));
  const c: Ctx = { r, pt, n, d, df: r.i(0, DATE_FMTS - 1), tf: r.i(0, 2), noteIdx: j, clk: r.i(0, 20 * 60), used: new Set<number>() };
  (STYLE_FNS[style] as (c: Ctx) => void)(c);
  const target = r.p([60, 70, 90, 110, 140, 180, 240, 320]);
  // after a death, no follow-up calls to the patient, rounds, handoffs or plan changes
  if (style === 'death_note' || c.dead) for (const k of [6, 7, 9, 10, 11, 12]) c.used.add(k);
  for (let a = 0; a < 5 && n.words() < target; a++) addendum(c);
  let guard = 0;
  while (n.words() < 70 && guard++ < 20) n.add(r.p(FILLER), r.c(0.5) ? '\n' : ' ');
  if (r.c(0.3)) n.add('\n', clinicalLine(r), '\n');
  if (r.c(0.2)) n.add(r.p(['Documented in ', 'Entered into ', 'Copy routed via ', 'Logged in ']), r.p(SOFTWARE), ` at ${tm(c)}.\n`);
  return { ps: n.ps, style, r };
}

export function generate(count: number, seed: number): GeneratedNote[] {
  const out: GeneratedNote[] = [];
  for (let pIdx = 0; out.length < count; pIdx++) {
    const pt = makePatient(seed, pIdx);
    const pr = new R(mix(seed, pIdx, 0x7a11));
    const k = pr.i(1, 3);
    for (let j = 0; j < k && out.length < count; j++) {
      let built = buildNote(seed, pt, pIdx, j, 0);
      for (let a = 1; a < 6; a++) {
        const w = built.ps.map((p) => p.t).join('').split(/\s+/).filter(Boolean).length;
        if (w <= 430) break;
        built = buildNote(seed, pt, pIdx, j, a);
      }
      // last resort: drop trailing pieces until the note is short enough
      const ps = built.ps.slice();
      while (ps.map((p) => p.t).join('').split(/\s+/).filter(Boolean).length > 440 && ps.length > 1) ps.pop();
      out.push(finish(ps, built.r, built.style, pt.id));
    }
  }
  return out;
}
