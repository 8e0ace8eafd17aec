/**
 * Independent generator of labelled diagnostic-service notes (writer: diagnostics).
 *
 * Styles: radiology reports, pathology reports, IR procedure notes, cardiology (echo / cath / EP),
 * sleep studies, lab and blood-bank comments, outside-hospital transfer summaries, EMS run sheets.
 *
 * Notes are built from segments; every PHI value is appended as its own segment with its category,
 * so spans are recorded while the text is written (never searched for afterwards). Case changes
 * (CAPS / lower) and sloppiness are applied per segment before offsets are computed.
 * Training data only: every name, place, number and date is invented.
 */

// The project's seeded PRNG (mulberry32); this writer's first version inlined the same function.
import { mulberry32 } from '../../../util/prng.js';
export interface GeneratedSpan { start: number; end: number; category: string }
export interface GeneratedNote { patient: string; text: string; phi: GeneratedSpan[]; style: string }
export const WRITER_NAME = 'diagnostics';

export const STYLES = [
  'radiology',
  'pathology',
  'ir_procedure',
  'cardiology',
  'sleep_study',
  'lab_bloodbank',
  'transfer_summary',
  'ems_run_sheet',
] as const;
export type Style = (typeof STYLES)[number];


const list = (s: string): string[] => s.split('|').map((x) => x.trim()).filter((x) => x.length > 0);

// ---------------------------------------------------------------- inventories
/** Given names; about a third are also ordinary English words. */
export const GIVEN_NAMES = list(`
Hope|Faith|Joy|Rose|Grace|Will|Bill|Frank|Mark|Page|Summer|Dawn|April|June|May|Autumn|Iris|Ivy|Lily|Daisy|Holly|Heather|Violet|Pearl|Ruby|Amber|Crystal|Jewel|Star|Sky|River|Rain|Storm|Sunny|Honor|Mercy|Patience|Prudence|Charity|Constance|Verity|Glory|Destiny|Trinity|Harmony|Melody|Chance|Hunter|Archer|Mason|Carter|Taylor|Cooper|Parker|Fisher|Forest|Stone|Rock|Clay|Dale|Glen|Heath|Lane|Reed|Rusty|Buck|Chip|Duke|King|Prince|Earl|Baron|Sterling|Royal|Major|Rich|Penny|Candy|Ginger|Sandy|Misty|Brandy|Cherry|Olive|Hazel|Jade|Coral|Sage|Rowan|Ash|Bud|Drew|Gene|Guy|Jack|Jean|Jay|Robin|Wren|Lark|Dove|Bliss|Precious|Blessing|Gift|Promise|Ebony|Sonny|Skip|Dusty|Windy|Goldie|Sunshine|Happy|Lucky|Lady|Queenie|Sugar|Honey|Bunny|Pepper|Cricket|Birdie|Echo|Ocean|Meadow|Willow|Aspen|Cedar|Juniper|Clover|Poppy|Marigold|Magnolia|Laurel|Blaze|Colt|
Chinedu|Ngozi|Oluwaseun|Adaeze|Kwame|Kofi|Ama|Abena|Yaw|Efua|Akosua|Chiamaka|Emeka|Obinna|Ifeoma|Tunde|Folake|Bisi|Segun|Yetunde|Femi|Ayodele|Olumide|Nnamdi|Uchenna|Ikenna|Amara|Zainab|Fatoumata|Mamadou|Ousmane|Aminata|Ibrahima|Moussa|Awa|Kadiatou|Sekou|
Priya|Anjali|Rahul|Vikram|Sanjay|Deepa|Lakshmi|Arjun|Rohan|Sunita|Meera|Kavya|Aditya|Nikhil|Pooja|Ravi|Suresh|Harpreet|Gurpreet|Manpreet|Farhan|Imran|Ayesha|Nusrat|Tahmina|Rafiq|Shreya|Ananya|Venkat|Srinivas|Padma|
Wei|Mei|Jian|Xiu|Hui|Yan|Ming|Hao|Jun|Hiroshi|Yuki|Takeshi|Kenji|Haruka|Sakura|Akira|Naoko|Min-jun|Seo-yeon|Ji-woo|Hyun|Soo-jin|Thanh|Linh|Minh|Tuan|Huong|Duc|
Dmitri|Olga|Svetlana|Igor|Natasha|Tatiana|Sergei|Vladimir|Katarzyna|Piotr|Agnieszka|Tomasz|Magdalena|Jaroslav|Milena|Bogdan|Zoran|Dragana|Mirko|Vesna|Oksana|Yuri|Anastasia|Bohdan|
Mohammed|Ahmed|Fatima|Omar|Layla|Yusuf|Khalid|Nadia|Rania|Samir|Tariq|Hanan|Mariam|Karim|Amira|Bilal|Hassan|Noor|Salma|Zaid|Rashid|Yasmin|Walid|Hiba|
Jose|Maria|Guadalupe|Alejandro|Carmen|Luis|Rosa|Jesus|Ximena|Santiago|Valentina|Mateo|Camila|Diego|Lucia|Javier|Esperanza|Consuelo|Dolores|Socorro|Rocio|Milagros|Luz|Paloma|Rafael|Joaquin|Beatriz|Ignacio|
Siobhan|Niamh|Ciaran|Padraig|Aoife|Declan|Eoin|Saoirse|Roisin|Cormac|Brendan|Fiona|Sean|Maeve|Orla|Eamon|Dermot|Grainne|
Lars|Ingrid|Sven|Astrid|Bjorn|Sigrid|Erik|Solveig|Nils|Freya|Leif|Annika|Gunnar|Ragnhild|Tove|Henrik|
Dimitrios|Eleni|Konstantinos|Athena|Georgios|Sophia|Nikolaos|Despina|Spiros|Vasiliki|Christos|Theodora|Yiannis|
Avraham|Miriam|Yosef|Rivka|Shlomo|Chaya|Moshe|Esther|Menachem|Devorah|Yitzhak|Batya|Ezra|Shoshana|Aviva|Eli|Noa|Tzvi|
Ahanu|Winona|Chayton|Aiyana|Dakota|Takoda|Nayeli|Kiona|Sequoia|Tala|Hania|Elan|Kai|
James|Mary|Robert|Patricia|John|Jennifer|Michael|Linda|David|Elizabeth|William|Barbara|Richard|Susan|Joseph|Jessica|Thomas|Sarah|Charles|Karen|Christopher|Nancy|Daniel|Lisa|Matthew|Betty|Anthony|Margaret|Donald|Sandra|Steven|Ashley|Paul|Kimberly|Andrew|Emily|Joshua|Donna|Kenneth|Michelle|Kevin|Dorothy|Brian|Carol|George|Amanda|Timothy|Melissa|Ronald|Deborah|Edward|Stephanie|Jason|Rebecca|Gary|Cynthia|Nicholas|Kathleen|Eric|Amy|Stephen|Angela|Larry|Helen|Justin|Anna|Scott|Brenda|Benjamin|Nicole|Samuel|Gregory|Patrick|Christine|Raymond|Dennis|Rachel|Tyler|Carolyn|Aaron|Janet|Henry|Virginia|Douglas|Peter|Adam|Diane|Nathan|Walter|Victoria|Harold|Lauren|Keith|Evelyn|Roger|Judith|Gerald|Megan|Arthur|Hannah|Lawrence|Gloria|Albert|Frances|Ralph|Alice|Doris|Eugene|Louis|Beverly|Vincent|Diana|Bobby|Harry|Howard|Lori|Wanda|Earline|Mildred|Agnes|Clarence|Leroy|Otis|Ethel|Myrtle|Gertrude|Bernice|Lucille|Vernon|Floyd|Herbert|Wilbur`);

/** Surnames: many origins, multi-part forms, and plenty that are ordinary words. */
export const SURNAMES = list(`
Stone|Wood|Young|Price|Moody|Cook|Best|Rich|Little|Love|Day|Gay|Early|Hand|Fields|Bush|King|Sharp|Summer|Summers|Wells|Marsh|Ward|Hill|Page|Brook|Brooks|Frank|Rose|Joy|White|Black|Brown|Green|Gray|Long|Short|Strong|Small|Bright|Swift|Baker|Miller|Smith|Carpenter|Mason|Hunter|Fisher|Fowler|Taylor|Turner|Walker|Cooper|Porter|Parker|Carter|Shepherd|Farmer|Butler|Gardner|Weaver|Potter|Glover|Chandler|Fletcher|Archer|Bowman|Sawyer|Bishop|Pope|Abbott|Dean|Prince|Duke|Lord|Knight|Noble|Major|Sterling|Silver|Golden|Steel|Lamb|Fox|Wolf|Bird|Swan|Crow|Finch|Sparrow|Drake|Hawk|Peacock|Bull|Bear|Buck|Hart|Lyon|Fish|Salmon|Pike|Bass|Rivers|Lake|Pond|Banks|Shore|Woods|Forest|Grove|Glenn|Dale|Field|Meadows|Heath|Moore|Ford|Bridges|Street|Lane|Church|Chapel|Hall|Castle|Tower|Mills|Wall|Gates|Cross|Winter|Frost|Snow|Rain|Storm|Gale|Hale|Cole|Flint|Clay|Sands|Rock|Ash|Oakes|Birch|Pine|Thorne|Branch|Berry|Peach|Nutt|Bean|Rice|Barley|Hay|Reed|Rush|Moss|Ivy|Heather|Bloom|Flowers|Garden|Hedges|Wheeler|Singer|Harper|Piper|Bell|Horn|Goodman|Goodwin|Friend|Darling|Sweet|Honey|Wise|Gentle|Hardy|Keen|Wild|Merry|Bliss|Hope|Faith|Worth|Cash|Penny|Wright|Morning|Legg|Foote|Stout|Power|Battle|Merchant|Marshall|Chambers|Waters|
Okafor|Adeyemi|Okonkwo|Mensah|Asante|Boateng|Owusu|Nwosu|Eze|Adebayo|Ogunleye|Diallo|Traore|Keita|Coulibaly|Toure|Diop|Ndiaye|Sow|Bah|Kamara|Sesay|Conteh|Achebe|Nkemelu|Obi|Chukwu|Afolabi|Olawale|Agyeman|Appiah|Darko|Ofori|Quaye|Ansah|
Patel|Shah|Mehta|Gupta|Sharma|Singh|Kaur|Reddy|Rao|Iyer|Nair|Menon|Pillai|Krishnan|Desai|Joshi|Chaudhary|Banerjee|Chatterjee|Mukherjee|Das|Bose|Ghosh|Kapoor|Malhotra|Khan|Chowdhury|Rahman|Hossain|Siddiqui|Qureshi|Trivedi|Venkataraman|Subramanian|Bhattacharya|
Wang|Li|Zhang|Liu|Chen|Yang|Huang|Zhao|Wu|Zhou|Xu|Sun|Zhu|Hu|Guo|Lin|Tanaka|Suzuki|Takahashi|Watanabe|Yamamoto|Nakamura|Kobayashi|Sato|Ito|Kim|Park|Lee|Choi|Jung|Kang|Cho|Yoon|Nguyen|Tran|Le|Pham|Hoang|Phan|Vu|Dang|Bui|Ngo|
Kowalski|Nowak|Wisniewski|Wojcik|Kaminski|Lewandowski|Zielinski|Szymanski|Ivanov|Petrov|Smirnov|Volkov|Sokolov|Popov|Kuznetsov|Novak|Horvat|Kovac|Babic|Jovanovic|Petrovic|Nikolic|Markovic|Dvorak|Svoboda|Novotny|Shevchenko|Bondarenko|Kovalenko|Tkachenko|Hrabowski|
Haddad|Khoury|Nasser|Saleh|Mansour|Hamdan|Aziz|Farouk|El-Sayed|Abdullah|Al-Rashid|Al-Masri|Ibrahim|Hussein|Qasim|Darwish|Barakat|Shaheen|Jaber|Habib|Yousef|Najjar|Sabbagh|Karam|Bakr|
Garcia|Rodriguez|Martinez|Hernandez|Lopez|Gonzalez|Perez|Sanchez|Ramirez|Torres|Flores|Rivera|Gomez|Diaz|Reyes|Morales|Cruz|Ortiz|Gutierrez|Chavez|Ramos|Castillo|Mendoza|Vargas|Ruiz|Alvarez|Jimenez|Romero|Herrera|Medina|Aguilar|Vega|Castro|Delgado|Soto|Contreras|Guerrero|Estrada|Santiago|Rosario|
de la Cruz|de la Rosa|del Rio|De Leon|Van Buren|Van der Berg|van Dijk|Von Stein|Da Silva|dos Santos|St. Clair|San Martin|Le Blanc|DuBois|La Fleur|Garcia-Lopez|Martinez-Reyes|Okafor-Lindqvist|Smith-Boateng|Ben-David|Bar-Lev|Al-Amin|El-Amin|Abu-Khalil|Two Bears|Lopez de Haro|
McCarthy|McDonald|McKenna|McBride|MacLeod|MacDonald|MacNeil|McGrath|McLaughlin|McAllister|O'Neill|O'Brien|O'Connor|O'Sullivan|O'Malley|O'Reilly|O'Donnell|O'Hara|D'Angelo|D'Amico|
Murphy|Kelly|Sullivan|Walsh|Byrne|Ryan|Doyle|Kennedy|Lynch|Quinn|Gallagher|Fitzgerald|Donovan|Brennan|Flanagan|Keane|Nolan|Hogan|Regan|Callahan|Kavanagh|
Lindqvist|Johansson|Andersson|Nilsson|Larsen|Hansen|Jensen|Pedersen|Olsen|Eriksen|Berg|Dahl|Lund|Strand|Haugen|Bakken|Solberg|Nyberg|Holm|Sandberg|Virtanen|Korhonen|Makinen|
Papadopoulos|Georgiou|Nikolaidis|Christodoulou|Konstantinidis|Pappas|Demetriou|Kouris|Antonopoulos|Vlachos|Economou|
Cohen|Levy|Goldberg|Friedman|Katz|Rosenberg|Shapiro|Weiss|Klein|Schwartz|Kaplan|Goldstein|Rosen|Feldman|Horowitz|Abramowitz|Bernstein|Epstein|Greenbaum|Hirsch|Lieberman|Mizrahi|Peretz|
Begay|Yazzie|Tsosie|Benally|Nez|Etsitty|Harjo|Blackfeather|Runningwater|Redcloud|Whitehorse|Cornsilk|Tallbear|Manygoats|Bitsui|
Schmidt|Muller|Schneider|Weber|Becker|Hoffmann|Koch|Richter|Schroeder|Neumann|Rossi|Russo|Ferrari|Esposito|Bianchi|Romano|Colombo|Ricci|Marino|Greco|Bruno|Gallo|Conti|DeLuca|Mancini|Costa|Giordano|Rizzo|Lombardi|Moretti`);

/** Towns: real-sounding, invented, and towns made of ordinary words. */
export const TOWNS = list(`
Orchard Ridge|Maple Terrace|Stony Brook|Fall River|Granite Falls|Cedar Hollow|Pine Bluff|Willow Creek|Elm Grove|Oak Harbor|Birch Run|Clearwater|Springfield|Fairview|Greenville|Riverside|Lakeside|Hillcrest|Brookfield|Millbrook|Westfield|Northfield|Eastham|Southport|Harbor View|Bay Shore|Sandy Hook|Rocky Point|Eagle Pass|Bear Creek|Fox Chase|Deer Park|Beaver Dam|Swan Lake|Heron Bay|Falcon Heights|Red Bank|White Plains|Black Rock|Blue Ash|Silver Spring|Gold Hill|Copper Harbor|Iron Mountain|Coal City|Sugar Land|Honey Grove|Cotton Valley|Wheatland|Quarry Junction|Kettle Falls|Bell Meadow|Candle Lake|Lantern Hill|Anchor Bay|Compass Point|Mill Pond|Tanners Crossing|Millers Ferry|Coopers Landing|Hunters Glen|Mason City|Carter Lake|Porterville|Harrowgate Mills|Dunmore Falls|Greywater|Thistleton|Brannock|Ashcombe|Merrow|Quillan|Kettering Ridge|Halvorsen Bay|Sable Point|Misty Hollow|Lost Creek|Friendship|Hope Valley|Pleasant Grove|Liberty Corner|Union Gap|Independence|
Worcester|Lowell|Brockton|Quincy|Framingham|Leominster|Fitchburg|Pittsfield|Holyoke|Chicopee|Taunton|Attleboro|Haverhill|Methuen|Lawrence|Revere|Malden|Medford|Somerville|Chelsea|Dorchester|Roxbury|Mattapan|Hyde Park|Jamaica Plain|Brighton|Waltham|Newton|Natick|Marlborough|Hudson|Nashua|Manchester|Concord|Keene|Burlington|Rutland|Bangor|Lewiston|Portland|Providence|Pawtucket|Woonsocket|Hartford|New Britain|Waterbury|Danbury|Norwalk|Bridgeport|Albany|Schenectady|Utica|Binghamton|Elmira|Ithaca|Scranton|Allentown|Lancaster|Harrisburg|Altoona|Erie|Akron|Toledo|Dayton|Canton|Youngstown|Flint|Saginaw|Kalamazoo|Lansing|Muncie|Terre Haute|Peoria|Joliet|Rockford|Dubuque|Sioux City|Fargo|Bismarck|Duluth|Mankato|Eau Claire|Oshkosh|Racine|Kenosha|Tulsa|Wichita|Topeka|Amarillo|Lubbock|Laredo|Tucson|Yuma|Flagstaff|Gallup|Shiprock|Chinle|Window Rock|Tuba City|Kayenta|Las Cruces|Pueblo|Greeley|Provo|Ogden|Pocatello|Yakima|Tacoma|Bend|Fresno|Modesto|Visalia|Oxnard|Savannah|Macon|Asheville|Roanoke|Lynchburg|Hagerstown|Trenton|Paterson|Passaic|Hoboken`);

/** Misspellings staff actually type. */
const TOWN_MISSPELL: Record<string, string> = {
  Worcester: 'Worcestor', Pittsfield: 'Pittsfeild', Leominster: 'Leominister', Framingham: 'Framingam',
  Marlborough: 'Marlboro', Haverhill: 'Haverill', Attleboro: 'Attleborro', Chicopee: 'Chicopie',
  Albuquerque: 'Albuquerqe', Binghamton: 'Binghampton', Schenectady: 'Schenectedy', Methuen: 'Methune',
  Dorchester: 'Dorchster', Somerville: 'Sommerville', 'Orchard Ridge': 'Orchard Rdge', 'Granite Falls': 'Granit Falls',
};

/** Hospitals and other institutions: [full name, short/nickname forms]. */
export const INSTITUTIONS: Array<[string, string[]]> = [
  ['Mercy Valley Medical Center', ['MVMC', 'Mercy Valley']],
  ["St. Brigid's Hospital", ["St. Brigid's", 'SBH']],
  ['Riverside Regional Medical Center', ['RRMC', 'Riverside Regional']],
  ['Granite Falls Community Hospital', ['GFCH', 'Granite Falls Community']],
  ['Good Samaritan Medical Center', ['Good Sam', 'GSMC']],
  ['Our Lady of Lourdes Hospital', ['OLOL', 'Lourdes']],
  ['Holy Cross Hospital', ['Holy Cross', 'HCH']],
  ['Northshore University Hospital', ['Northshore', 'NSUH']],
  ['Cedar Hollow Regional Hospital', ['Cedar Hollow Regional', 'CHRH']],
  ['Stony Brook Memorial Hospital', ['SBMH', 'Stony Brook Memorial']],
  ['Fall River General Hospital', ['FRGH', 'Fall River General']],
  ['Harbor View Medical Center', ['HVMC', 'Harbor View']],
  ['Saint Anselm Medical Center', ['St. Anselm', 'SAMC']],
  ['Kettle Falls Critical Access Hospital', ['Kettle Falls CAH', 'KFCAH']],
  ['Brannock Memorial Hospital', ['Brannock Memorial', 'BMH']],
  ['Lakeside Baptist Hospital', ['Lakeside Baptist', 'LBH']],
  ['Pine Bluff Methodist Hospital', ['Pine Bluff Methodist', 'Methodist']],
  ['University Hospital of Westfield', ['UH Westfield', 'UHW']],
  ['Greywater Veterans Affairs Medical Center', ['Greywater VA', 'the Greywater VA']],
  ['Lowell Veterans Administration Clinic', ['Lowell VA', 'Lowell VA clinic']],
  ['Worcester Memorial Hospital', ['Worcester Memorial', 'WMH']],
  ['Sacred Heart Medical Center', ['Sacred Heart', 'SHMC']],
  ['Saint Luke Hospital', ["St. Luke's", 'SLH']],
  ['Bell Meadow Children\'s Hospital', ["Bell Meadow Children's", 'BMCH']],
  ['Shiprock Indian Health Service Hospital', ['Shiprock IHS', 'Northern Navajo Medical Center']],
  ['Chinle Comprehensive Health Care Facility', ['Chinle IHS', 'CCHCF']],
  ['Anchor Bay Surgical Hospital', ['Anchor Bay Surgical', 'ABSH']],
  ['Maple Terrace Nursing and Rehabilitation', ['Maple Terrace Rehab', 'Maple Terrace']],
  ['Willow Creek Skilled Nursing Facility', ['Willow Creek SNF', 'Willow Creek']],
  ['Cedar Hollow Rehabilitation Center', ['Cedar Hollow Rehab', 'CHRC']],
  ['Sunrise of Fairview Assisted Living', ['Sunrise', 'Sunrise of Fairview']],
  ['Pine Manor Skilled Nursing', ['Pine Manor', 'Pine Manor SNF']],
  ['Hebrew Home at Fairview', ['the Hebrew Home', 'Hebrew Home']],
  ['Brookhaven House', ['Brookhaven']],
  ['Heron Bay Hospice House', ['Heron Bay Hospice']],
  ['Lowell Community Health Center', ['Lowell CHC', 'LCHC']],
  ['Harbor Health Family Practice', ['Harbor Health']],
  ['Codman Square Health Center', ['Codman Square', 'Codman']],
  ['Whittier Street Health Center', ['Whittier Street', 'Whittier']],
  ['Orchard Ridge Imaging Center', ['Orchard Ridge Imaging', 'ORIC']],
  ['Atlantic Open MRI', ['Atlantic MRI', 'Atlantic Open']],
  ['Shields Imaging of Quincy', ['Shields', 'Shields Quincy']],
  ['Granite State Radiology Associates', ['GSRA', 'Granite State Radiology']],
  ['Compass Point Cardiology', ['Compass Point Cardiology', 'CPC']],
  ['Mill Pond Sleep Center', ['Mill Pond Sleep', 'the Mill Pond lab']],
  ['Fairview Sleep Disorders Center', ['Fairview Sleep', 'FSDC']],
  ['Quest Diagnostics', ['Quest']],
  ['LabCorp', ['LabCorp']],
  ['ARUP Laboratories', ['ARUP']],
  ['Mayo Clinic Laboratories', ['Mayo Labs', 'Mayo']],
  ['American Red Cross Blood Services', ['Red Cross', 'ARC']],
  ['Versiti Blood Center', ['Versiti']],
  ['New England Blood Alliance', ['NEBA']],
  ['Dunmore Falls Fire Rescue', ['Dunmore Falls FD', 'DFFR']],
  ['Brewster Ambulance Service', ['Brewster', 'Brewster Ambulance']],
  ['Cataldo Ambulance', ['Cataldo']],
  ['LifeStar Critical Care Transport', ['LifeStar', 'Life Star']],
  ['Boston MedFlight', ['MedFlight', 'BMF']],
  ['Quillan Volunteer Ambulance Corps', ['Quillan VAC', 'QVAC']],
  ['Thistleton Pathology Associates', ['Thistleton Path', 'TPA']],
  ['Merrow Dermatopathology Laboratory', ['Merrow Dermpath', 'Merrow']],
  ['Tanners Crossing Dialysis Center', ['Tanners Crossing Dialysis', 'Tanners Crossing HD']],
  ['Fresenius Kidney Care Revere', ['Fresenius Revere', 'FKC Revere']],
  ['DaVita Kettering Ridge', ['DaVita', 'DaVita Kettering']],
];
const HOSPITALS = INSTITUTIONS.slice(0, 27);
const SNFS = INSTITUTIONS.slice(27, 35);
const CLINICS = INSTITUTIONS.slice(35, 39);
const IMAGING = INSTITUTIONS.slice(39, 43);
const REF_LABS = INSTITUTIONS.slice(46, 50);
const BLOOD_SUPPLIERS = INSTITUTIONS.slice(50, 53);
const EMS_AGENCIES = INSTITUTIONS.slice(53, 59);
const PATH_GROUPS = INSTITUTIONS.slice(59, 61);
const DIALYSIS = INSTITUTIONS.slice(61);
const SLEEP_CENTERS = INSTITUTIONS.slice(44, 46);

export const PHARMACIES = list(`CVS on Main St|Walgreens in Quincy|Rite Aid|Stop & Shop pharmacy|Costco pharmacy|Hannaford pharmacy|the Walmart pharmacy in Pine Bluff|Kettle Falls Apothecary|Orchard Ridge Drug|Brooks Pharmacy|Lakeside Compounding Pharmacy|Hope Street Pharmacy`);

export const EMPLOYERS = list(`
Raytheon|General Dynamics|Stop & Shop|Market Basket|Amazon|UPS|FedEx|Home Depot|Walmart|Dunkin'|the MBTA|Boston Public Schools|the Lowell Sun|Fidelity|State Street|Liberty Mutual|Gillette|New Balance|Ocean Spray|Polar Beverages|Cumberland Farms|Verizon|Comcast|National Grid|Eversource|Biogen|Boston Scientific|Medtronic|Hasbro|CVS Health|Textron|Electric Boat|Pratt & Whitney|Sikorsky|Bath Iron Works|L.L.Bean|Hannaford|Target|Costco|Tufts University|UMass Lowell|Worcester Polytechnic|Springfield College|Granite Falls Paper Mill|Kettle Falls Lumber|Orchard Ridge Country Club|Harbor View Marina|Stony Brook Fisheries|Millbrook Elementary School|St. Agnes Parish|First Baptist Church of Fairview|Temple Beth Shalom|the Pine Bluff Shelter|Crossroads Family Shelter|Sable Point Casino|Coopers Landing Boatyard|Heron Bay Golf Club`);

export const STREETS = list(`
Orchard Ridge Rd|Maple St|Elm St|Main St|Washington Ave|Blue Hill Ave|Dorchester Ave|Commonwealth Ave|Salem Turnpike|Old County Rd|Mill Pond Ln|Harbor View Dr|Cedar Hollow Way|Quarry Rd|Pleasant St|Summer St|Winter St|Spring St|Water St|Church St|School St|High St|Park Ave|Chestnut Hill Rd|Hope St|Grace Ct|Faith Circle|Liberty Blvd|Union Sq|Kettle Brook Dr|Birch Tree Ln|Walnut Terrace|Sycamore Pl|Fox Run|Deer Path|Lantern Ln|Anchor Way|Granite St|Beacon St|Prospect Hill Rd|Meadowbrook Rd|Riverbend Dr|Stonewall Ct|Heritage Dr|Cranberry Hwy|Route 28|County Road 12|Navajo Route 9|Indian School Rd|Pearl St`);

const STATES_FULL = list(`Massachusetts|New Hampshire|Rhode Island|Connecticut|Vermont|Maine|New York|New Jersey|Pennsylvania|Ohio|Florida|Texas|Arizona|New Mexico|California|Georgia|North Carolina|Michigan|Puerto Rico`);
const STATES_ABBR = list(`MA|NH|RI|CT|VT|NY|NJ|PA|OH|FL|TX|AZ|NM|CA|GA|NC|MI|PR`);
export const COUNTRIES = list(`Ghana|Nigeria|India|Vietnam|Haiti|the Dominican Republic|Brazil|Cape Verde|Guatemala|El Salvador|Poland|Ukraine|Lebanon|Ireland|Portugal|China|Korea|Somalia|Mexico|Honduras|Colombia|Pakistan|Bangladesh|Greece|Norway|Israel|Egypt|Syria|Jamaica|Canada`);
const COUNTIES = list(`Bristol County|Worcester County|Essex County|Middlesex County|Hampden County|Berkshire County|San Juan County|Apache County|Coconino County|Plymouth County|Barnstable County|Hillsborough County`);

// ---------------------------------------------------------------- engine
interface Seg { t: string; c?: string }
interface Person { first: string; last: string; mi: string; nick?: string }
type CaseMode = 'upper' | 'mixed' | 'lower';

const MONTHS = list('January|February|March|April|May|June|July|August|September|October|November|December');
const MON = MONTHS.map((m) => m.slice(0, 3));
const DAY_MS = 86_400_000;

function ordinal(n: number): string {
  const v = n % 100;
  if (v >= 11 && v <= 13) return `${n}th`;
  return `${n}${['th', 'st', 'nd', 'rd'][n % 10] ?? 'th'}`;
}
const pad2 = (n: number): string => (n < 10 ? `0${n}` : String(n));

class Ctx {
  segs: Seg[] = [];
  readonly rng: () => number;
  readonly pt: Person;
  readonly rad: Person;
  readonly res: Person;
  readonly ref: Person;
  readonly tech: Person;
  readonly own: [string, string[]];
  readonly ownTown: string;
  readonly examDay: number; // ms since epoch (UTC midnight)
  readonly age: number;
  readonly dobDay: number;
  readonly mrn: string;
  readonly acc: string;
  readonly dateFmt: number;
  readonly area: string;
  readonly kin: Person;
  readonly kinRel: string;
  readonly ptTown: string;
  why: string[] | undefined;
  readonly female: boolean;
  clock: number;
  readonly tfmt: number;

  constructor(seed: number) {
    this.rng = mulberry32(seed);
    this.pt = this.person();
    this.rad = this.person();
    this.res = this.person();
    this.ref = this.person();
    this.tech = this.person();
    this.kin = this.person();
    if (this.rng() < 0.6) this.kin.last = this.pt.last;
    this.kinRel = this.pick(list('wife|husband|daughter|son|sister|brother|mother|father|niece|nephew|partner|granddaughter|grandson|friend|neighbor|guardian|stepdaughter'));
    this.own = this.pick(HOSPITALS);
    this.ownTown = this.pick(TOWNS);
    this.ptTown = this.pick(TOWNS);
    this.female = this.chance(0.52);
    this.clock = this.int(0, 1439);
    this.tfmt = this.int(0, 2);
    const start = Date.UTC(2014, 0, 1);
    this.examDay = start + this.int(0, 4700) * DAY_MS;
    this.age = this.rng() < 0.15 ? this.int(90, 104) : this.int(18, 89);
    this.dobDay = this.examDay - this.age * 365.25 * DAY_MS - this.int(1, 360) * DAY_MS;
    this.dobDay = Math.floor(this.dobDay / DAY_MS) * DAY_MS;
    this.mrn = this.pick([() => this.digits(7), () => this.digits(8), () => `E${this.digits(7)}`, () => `00${this.digits(6)}`, () => `${this.digits(3)}-${this.digits(2)}-${this.digits(2)}`])();
    this.acc = this.pick([() => `${this.digits(10)}`, () => `RAD${this.digits(8)}`, () => `CT${this.yy()}-${this.digits(6)}`, () => `A${this.digits(9)}`, () => `${this.yy()}${this.digits(7)}`])();
    this.dateFmt = this.int(0, 8);
    this.area = this.pick(list('617|508|781|978|413|774|603|401|860|207|505|928|518|914'));
  }

  int(a: number, b: number): number { return a + Math.floor(this.rng() * (b - a + 1)); }
  pick<T>(a: readonly T[]): T { return a[Math.floor(this.rng() * a.length)] as T; }
  chance(p: number): boolean { return this.rng() < p; }
  digits(n: number): string { let s = String(this.int(1, 9)); for (let i = 1; i < n; i++) s += String(this.int(0, 9)); return s; }
  yy(): string { return pad2(new Date(this.examDay).getUTCFullYear() % 100); }
  year(): number { return new Date(this.examDay).getUTCFullYear(); }
  letters(n: number): string { let s = ''; for (let i = 0; i < n; i++) s += 'ABCDEFGHJKLMNPRSTUVWXYZ'[this.int(0, 22)]; return s; }

  person(): Person {
    const p: Person = { first: this.pick(GIVEN_NAMES), last: this.pick(SURNAMES), mi: 'ABCDEFGHJKLMNPRSTW'[this.int(0, 17)] ?? 'A' };
    if (this.chance(0.08)) p.last = `${p.last}-${this.pick(SURNAMES)}`;
    if (this.chance(0.15)) p.nick = this.pick(list('Bobby|Liz|Beth|Peggy|Bill|Will|Jim|Kate|Tony|Chuck|Sunny|Dot|Bea|Mick|Pat|Frankie|Ama|Nana|Tito|Lupe|Kiki|Bud|Sandy|Skip|Chip|Honey|Junior|Doc|Tex'));
    return p;
  }

  // -------------------------------------------------------------- writing
  plain(s: string): void { if (s) this.segs.push({ t: s }); }
  phi(c: string, s: string): void {
    let v = s.trim();
    const m = /^the /i.exec(v);
    if (m && c === 'LOCATION') { this.plain(m[0]); v = v.slice(m[0].length); }
    if (!v) return;
    this.segs.push({ t: v, c });
  }

  /** Template filler. `{a|b}` alternatives, `{~pool}` pool pick, `{?x}` optional, `{key}` / `{key:arg}` generators. */
  w(tpl: string): void {
    let i = 0;
    let buf = '';
    while (i < tpl.length) {
      const ch = tpl[i] as string;
      if (ch !== '{') { buf += ch; i++; continue; }
      let depth = 0;
      let j = i;
      for (; j < tpl.length; j++) {
        if (tpl[j] === '{') depth++;
        else if (tpl[j] === '}') { depth--; if (depth === 0) break; }
      }
      if (j >= tpl.length) throw new Error(`unbalanced template: ${tpl}`);
      this.plain(buf); buf = '';
      this.inner(tpl.slice(i + 1, j));
      i = j + 1;
    }
    this.plain(buf);
  }

  private inner(s: string): void {
    const alts = splitTop(s);
    if (alts.length > 1) { this.w(this.pick(alts)); return; }
    if (s.startsWith('~')) {
      const pool = POOLS[s.slice(1)];
      if (!pool) throw new Error(`unknown pool ${s}`);
      this.w(this.pick(pool));
      return;
    }
    if (s.startsWith('?')) { if (this.chance(0.5)) this.w(s.slice(1)); return; }
    const [key, arg] = s.split(':') as [string, string | undefined];
    const g = KEYS[key];
    if (!g) throw new Error(`unknown key ${key}`);
    const before = this.segs.length;
    g(this, arg ?? '');
    if (arg && /[UL]/.test(arg)) {
      for (let k = before; k < this.segs.length; k++) {
        const sg = this.segs[k] as Seg;
        sg.t = arg.includes('U') ? sg.t.toUpperCase() : sg.t.toLowerCase();
      }
    }
  }

  // -------------------------------------------------------------- value formats
  fmtDate(ms: number, f: number = this.dateFmt): string {
    const d = new Date(ms);
    const y = d.getUTCFullYear(), m = d.getUTCMonth(), dd = d.getUTCDate();
    switch (f) {
      case 0: return `${m + 1}/${dd}/${y}`;
      case 1: return `${pad2(m + 1)}/${pad2(dd)}/${y}`;
      case 2: return `${m + 1}/${dd}/${pad2(y % 100)}`;
      case 3: return `${y}-${pad2(m + 1)}-${pad2(dd)}`;
      case 4: return `${MON[m]} ${dd}, ${y}`;
      case 5: return `${dd}-${MON[m]}-${y}`;
      case 6: return `${pad2(dd)}${(MON[m] ?? '').toUpperCase()}${y}`;
      case 7: return `${MONTHS[m]} ${ordinal(dd)}, ${y}`;
      default: return `${pad2(m + 1)}-${pad2(dd)}-${y}`;
    }
  }
  fmtShort(ms: number): string {
    const d = new Date(ms);
    const m = d.getUTCMonth(), dd = d.getUTCDate();
    return this.pick([`${m + 1}/${dd}`, `${MON[m]} ${dd}`, `${MONTHS[m]} ${ordinal(dd)}`, `${dd}-${MON[m]}`, `${pad2(m + 1)}/${pad2(dd)}`, `${MONTHS[m]} ${dd}`]);
  }
  priorDay(maxBack = 900): number { return this.examDay - this.int(1, maxBack) * DAY_MS; }
  nearDay(): number { return this.examDay + this.int(-3, 3) * DAY_MS; }

  fullName(p: Person): string {
    switch (this.int(0, 5)) {
      case 0: return `${p.first} ${p.last}`;
      case 1: return `${p.first} ${p.mi}. ${p.last}`;
      case 2: return `${p.first[0]}. ${p.last}`;
      case 3: return `${p.first} ${p.last}`;
      case 4: return `${p.first} ${p.mi} ${p.last}`;
      default: return `${p.first} ${p.last}`;
    }
  }
  misspell(s: string): string {
    if (s.length < 5 || !this.chance(0.05)) return s;
    const i = this.int(1, s.length - 3);
    const a = s[i] as string, b = s[i + 1] as string;
    if (!/[a-z]/.test(a) || !/[a-z]/.test(b)) return s;
    return this.chance(0.5) ? s.slice(0, i) + b + a + s.slice(i + 2) : s.slice(0, i) + s.slice(i + 1);
  }
  name(s: string): void { this.phi('NAME', this.misspell(s)); }
  inst(pool: Array<[string, string[]]>, shortP = 0.45): void {
    const [full, shorts] = this.pick(pool);
    this.phi('LOCATION', this.chance(shortP) ? this.pick(shorts) : full);
  }
  phone(): string {
    const n = `${this.int(200, 989)}-${this.digits(4)}`;
    return this.pick([`(${this.area}) ${n}`, `${this.area}-${n}`, `${this.area}.${n.replace('-', '.')}`, `${this.area}${n.replace('-', '')}`, n]);
  }
}

function splitTop(s: string): string[] {
  const out: string[] = [];
  let depth = 0, last = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (c === '{') depth++;
    else if (c === '}') depth--;
    else if (c === '|' && depth === 0) { out.push(s.slice(last, i)); last = i + 1; }
  }
  out.push(s.slice(last));
  return out;
}

type Gen = (c: Ctx, arg: string) => void;
const KEYS: Record<string, Gen> = {
  // patient
  pt: (c) => {
    const p = c.pt;
    switch (c.int(0, 6)) {
      case 0: c.name(`${p.first} ${p.last}`); break;
      case 1: c.name(`${p.last}, ${p.first}`); break;
      case 2: c.name(`${p.first} ${p.mi}. ${p.last}`); break;
      case 3: c.plain(c.pick(['Mr. ', 'Ms. ', 'Mrs. ', 'Mx. '])); c.name(p.last); break;
      case 4: c.name(`${p.last.toUpperCase()}, ${p.first.toUpperCase()}`); break;
      case 5: c.name(p.nick && c.chance(0.5) ? `${p.first} "${p.nick}" ${p.last}` : `${p.first} ${p.last}`); break;
      default: c.name(`${p.last}, ${p.first} ${p.mi}`); break;
    }
  },
  ptLF: (c) => c.name(c.chance(0.5) ? `${c.pt.last}, ${c.pt.first}` : `${c.pt.last}, ${c.pt.first} ${c.pt.mi}.`),
  ptFL: (c) => c.name(`${c.pt.first} ${c.pt.last}`),
  ptL: (c) => c.name(c.pt.last),
  ptF: (c) => c.name(c.pt.nick && c.chance(0.5) ? c.pt.nick : c.pt.first),
  ptPoss: (c) => { c.name(c.pt.nick ?? c.pt.first); c.plain("'s"); },
  kin: (c) => c.name(c.chance(0.5) ? c.kin.first : `${c.kin.first} ${c.kin.last}`),
  kinF: (c) => c.name(c.kin.nick ?? c.kin.first),
  kinRel: (c) => c.plain(c.kinRel),
  cc: (c) => c.w(c.why ? c.pick(c.why) : '{~complaint}'),
  dob: (c) => c.phi('DATE', c.fmtDate(c.dobDay)),
  age: (c) => { if (c.age >= 90) c.phi('AGE', String(c.age)); else c.plain(String(c.age)); },
  sex: (c) => c.plain(c.female ? 'F' : 'M'),
  sexw: (c) => c.plain(c.pick(c.female ? ['woman', 'female', 'F', 'lady', 'woman'] : ['man', 'male', 'M', 'gentleman', 'man'])),
  after: (c) => c.phi('DATE', c.fmtDate(c.examDay + c.int(0, 6) * DAY_MS)),
  mrn: (c) => c.phi('ID', c.mrn),
  acc: (c) => c.phi('ID', c.acc),
  // staff
  rad: (c) => c.name(c.fullName(c.rad)),
  radL: (c) => c.name(c.rad.last),
  radLF: (c) => c.name(`${c.rad.last}, ${c.rad.first}`),
  res: (c) => c.name(c.fullName(c.res)),
  resL: (c) => c.name(c.res.last),
  ref: (c) => c.name(c.fullName(c.ref)),
  refL: (c) => c.name(c.ref.last),
  refLF: (c) => c.name(`${c.ref.last}, ${c.ref.first} ${c.ref.mi}`),
  tech: (c) => c.name(c.chance(0.5) ? c.tech.first : `${c.tech.first} ${c.tech.last}`),
  techI: (c) => c.name(`${c.tech.first[0]}${c.tech.mi}${c.tech.last[0]}`.toUpperCase()),
  doc: (c) => c.name(c.fullName(c.person())),
  docL: (c) => c.name(c.person().last),
  name: (c) => { const p = c.person(); c.name(c.chance(0.5) ? p.first : `${p.first} ${p.last}`); },
  first: (c) => c.name(c.person().first),
  last: (c) => c.name(c.person().last),
  nameLF: (c) => { const p = c.person(); c.name(`${p.last}, ${p.first}`); },
  initials: (c) => { // transcriptionist initials: "abc/de"
    const a = c.person(), b = c.person();
    const x = `${a.first[0]}${a.mi}${a.last[0]}`.toLowerCase();
    const y = `${b.first[0]}${b.last[0]}`.toLowerCase();
    c.phi('NAME', x); c.plain('/'); c.phi('NAME', y);
  },
  signer: (c) => { const p = c.person(); c.name(`${p.first[0]}. ${p.last}`.toUpperCase()); },
  rel: (c) => c.plain(c.pick(list('wife|husband|son|daughter|sister|brother|grandson|granddaughter|niece|nephew|friend|neighbor|partner'))),
  nurseNm: (c) => { const p = c.person(); c.name(c.pick([p.first, `${p.first} ${p.last}`, `${p.first} ${p.last[0]}.`, p.last])); },
  // dates
  exam: (c) => c.phi('DATE', c.fmtDate(c.examDay)),
  examS: (c) => c.phi('DATE', c.fmtShort(c.examDay)),
  date: (c) => c.phi('DATE', c.fmtDate(c.priorDay(), c.chance(0.7) ? c.dateFmt : c.int(0, 8))),
  dateS: (c) => c.phi('DATE', c.fmtShort(c.priorDay(400))),
  near: (c) => c.phi('DATE', c.fmtDate(c.nearDay())),
  nearS: (c) => c.phi('DATE', c.fmtShort(c.nearDay())),
  next: (c) => c.phi('DATE', c.fmtShort(c.examDay + c.int(2, 120) * DAY_MS)),
  yr: (c) => c.phi('DATE_YEAR', String(c.year() - c.int(1, 30))),
  yrA: (c) => c.phi('DATE_YEAR', `'${pad2((c.year() - c.int(2, 40)) % 100)}`),
  monYr: (c) => { const d = new Date(c.priorDay(1500)); c.phi('DATE', `${c.pick([MONTHS, MON])[d.getUTCMonth()]} ${d.getUTCFullYear()}`); },
  tick: (c) => {
    c.clock = (c.clock + c.int(1, 12)) % 1440;
    const h = Math.floor(c.clock / 60), m = c.clock % 60;
    const f = c.tfmt === 1 && (h === 19 || h === 20) ? 0 : c.tfmt;
    c.plain(f === 0 ? `${pad2(h)}:${pad2(m)}` : f === 1 ? `${pad2(h)}${pad2(m)}` : `${h % 12 === 0 ? 12 : h % 12}:${pad2(m)} ${h < 12 ? 'AM' : 'PM'}`);
  },
  time: (c) => c.plain(c.pick([`${pad2(c.int(0, 23))}:${pad2(c.int(0, 59))}`, `${pad2(c.pick([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 21, 22, 23]))}${pad2(c.int(0, 59))}`, `${c.int(1, 12)}:${pad2(c.int(0, 59))} ${c.pick(['AM', 'PM', 'am', 'pm'])}`])),
  // places
  own: (c) => c.phi('LOCATION', c.chance(0.6) ? c.own[0] : c.pick(c.own[1])),
  ownFull: (c) => c.phi('LOCATION', c.own[0]),
  hosp: (c) => c.inst(HOSPITALS),
  hospFull: (c) => c.inst(HOSPITALS, 0),
  snf: (c) => c.inst(SNFS),
  clinic: (c) => c.inst(CLINICS),
  imaging: (c) => c.inst(IMAGING),
  reflab: (c) => c.inst(REF_LABS),
  supplier: (c) => c.inst(BLOOD_SUPPLIERS),
  ems: (c) => c.inst(EMS_AGENCIES),
  pathgrp: (c) => c.inst(PATH_GROUPS),
  dialysis: (c) => c.inst(DIALYSIS),
  sleepctr: (c) => c.inst(SLEEP_CENTERS),
  cardclinic: (c) => c.phi('LOCATION', c.pick(['Compass Point Cardiology', 'CPC', 'Harbor View Heart Associates', 'Lakeside Cardiology Group'])),
  church: (c) => c.phi('LOCATION', c.pick(['First Baptist Church of Fairview', 'St. Agnes Parish', 'Temple Beth Shalom', 'Holy Trinity Greek Orthodox', 'Grace Bible Fellowship', 'Masjid Al-Noor'])),
  dme: (c) => c.phi('LOCATION', c.pick(['Apria', 'Lincare', 'AdaptHealth', 'Kettle Falls Home Medical', 'Orchard Ridge DME'])),
  anyInst: (c) => c.inst(INSTITUTIONS),
  pharm: (c) => c.phi('LOCATION', c.pick(PHARMACIES)),
  employer: (c) => c.phi('LOCATION', c.pick(EMPLOYERS)),
  town: (c) => c.phi('LOCATION', c.misspell(c.pick(TOWNS))),
  ptTown: (c) => c.phi('LOCATION', c.ptTown),
  ownTown: (c) => c.phi('LOCATION', c.ownTown),
  townMis: (c) => { const k = c.pick(Object.keys(TOWN_MISSPELL)); c.phi('LOCATION', TOWN_MISSPELL[k] ?? k); },
  county: (c) => c.phi('LOCATION', c.pick(COUNTIES)),
  street: (c) => c.phi('LOCATION', `${c.int(1, 2999)} ${c.pick(STREETS)}`),
  addr: (c) => {
    c.phi('LOCATION', `${c.int(1, 2999)} ${c.pick(STREETS)}${c.chance(0.25) ? c.pick([` Apt ${c.int(1, 40)}${c.pick(['', 'B', 'C'])}`, ` Unit ${c.int(1, 300)}`, ` #${c.int(1, 20)}`]) : ''}`);
    c.plain(c.pick([', ', ' ', ',  ']));
    c.phi('LOCATION', c.ptTown);
    c.plain(c.pick([', ', ' ']));
    c.phi('STATE', c.pick(STATES_ABBR));
    c.plain(' ');
    c.phi('LOCATION', `0${c.digits(4)}`);
  },
  zip: (c) => c.phi('LOCATION', c.chance(0.8) ? `0${c.digits(4)}` : `${c.digits(5)}-${c.digits(4)}`),
  state: (c) => c.phi('STATE', c.chance(0.5) ? c.pick(STATES_FULL) : c.pick(STATES_ABBR)),
  stateFull: (c) => c.phi('STATE', c.pick(STATES_FULL)),
  country: (c) => {
    const k = c.pick(COUNTRIES);
    if (k.startsWith('the ')) { c.plain('the '); c.phi('STATE', k.slice(4)); } else c.phi('STATE', k);
  },
  // contact and ids
  phone: (c) => c.phi('PHONE', c.phone()),
  phoneX: (c) => c.phi('PHONE', `${c.phone()} ${c.pick(['x', 'ext ', 'ext. ', 'x '])}${c.digits(4)}`),
  ext: (c) => c.phi('PHONE', c.chance(0.5) ? c.digits(5) : `${c.int(2, 8)}-${c.digits(4)}`),
  pager: (c) => c.phi('PHONE', c.pick([c.digits(5), `${c.int(1, 9)}-${c.digits(4)}`, `#${c.digits(4)}`.slice(1)])),
  email: (c) => {
    const p = c.person();
    const dom = c.pick(list('mvmc.org|stbrigids.org|rrmc-health.org|gfch.net|goodsam.org|northshore-uh.org|hvmc.org|gmail.com|yahoo.com|comcast.net|lowellchc.org'));
    c.phi('EMAIL', `${c.pick([`${p.first[0]}${p.last}`, `${p.first}.${p.last}`, `${p.last}${c.int(1, 99)}`])}@${dom}`.toLowerCase().replace(/[ ']/g, ''));
  },
  url: (c) => c.phi('URL', c.pick(list('https://portal.mvmc.org/imaging|www.stbrigids.org/radiology|http://rrmc-health.org/pacs/viewer|https://mychart.goodsam.org|www.gfch.net/lab|https://results.hvmc.org/path|sleep.fairviewsdc.com/upload|https://ems.dunmorefallsfd.gov/pcr|www.northshore-uh.org/transfer-center|https://imageshare.orchardridgeimaging.com'))),
  id: (c) => c.phi('ID', c.digits(c.int(6, 9))),
  ssn: (c) => c.phi('ID', `${c.digits(3)}-${c.digits(2)}-${c.digits(4)}`.replace(/^9/, '5')),
  ssn4: (c) => c.phi('ID', c.digits(4)),
  npi: (c) => c.phi('ID', `1${c.digits(9)}`),
  lic: (c) => c.phi('ID', `${c.pick(['P', 'EMT-', 'M', 'RN', ''])}${c.digits(6)}`),
  badge: (c) => c.phi('ID', c.digits(5)),
  spec: (c) => c.phi('ID', `${c.pick(['S', 'SP', 'C', 'NG', 'FS', 'H', 'BM'])}${c.yy()}-${c.digits(c.int(4, 6))}`),
  oshAcc: (c) => c.phi('ID', `${c.pick(['SR', 'OS', 'X', 'P', 'MS'])}${c.yy()}-${c.digits(5)}`),
  block: (c) => c.phi('ID', `${c.pick(['S', 'SP'])}${c.yy()}-${c.digits(5)}`),
  unit: (c) => c.phi('ID', `W${c.digits(4)} ${c.yy()} ${c.digits(6)}`),
  bbspec: (c) => c.phi('ID', `BB${c.yy()}-${c.digits(5)}`),
  incident: (c) => c.phi('ID', `${c.year()}-${c.digits(6)}`),
  caseNo: (c) => c.phi('ID', `${c.pick(['CL', 'EP', 'IR', 'ECHO', 'PSG'])}-${c.yy()}-${c.digits(5)}`),
  account: (c) => c.phi('ID', `${c.pick(['', 'V', 'FIN '])}${c.digits(9)}`),
  serial: (c) => c.phi('OTHER', c.pick([`${c.letters(3)}${c.digits(6)}${c.letters(1)}`, `${c.letters(2)}${c.digits(7)}`, `${c.digits(9)}`])),
  plate: (c) => c.phi('OTHER', `${c.pick(STATES_ABBR)} ${c.digits(3)}-${c.letters(3)}`),
  ip: (c) => c.phi('OTHER', `10.${c.int(1, 250)}.${c.int(1, 250)}.${c.int(1, 250)}`),
  // numbers that are not PHI
  num: (c, a) => { const [lo, hi] = (a || '1-9').split('-').map(Number) as [number, number]; c.plain(String(c.int(lo, hi))); },
  dec: (c, a) => { const [lo, hi] = (a || '1-9').split('-').map(Number) as [number, number]; c.plain((lo + c.rng() * (hi - lo)).toFixed(1)); },
};

// ---------------------------------------------------------------- sentence pools (templates)
const POOLS: Record<string, string[]> = {
  // ---------- shared
  yo: ['year old', 'y/o', 'yo', 'year-old', 'y.o.', 'YO'],
  service: ['Medicine', 'Surgery', 'Ortho', 'Neurology', 'Trauma', 'ICU team', 'Hospitalist', 'Oncology', 'GI', 'Cardiology', 'ED', 'Urology', 'Vascular', 'Transplant', 'OB', 'Peds'],
  unit: ['MICU', 'SICU', 'CCU', '4 West', '5 East', '7 North', 'the ED', 'PACU', 'Step-down', 'L&D', 'NICU', '6 Ortho', 'CVICU', 'Obs unit', 'ED pod B', 'Oncology 8', 'Neuro ICU'],
  role: ['RN', 'charge RN', 'NP', 'PA-C', 'resident', 'fellow', 'hospitalist', 'PCP', 'intern', 'covering MD', 'case manager', 'unit clerk', 'RT'],
  cred: ['MD', 'M.D.', 'DO', 'MD, PhD', 'MBBS', 'M.D., FACR'],
  hx: [
    'HTN, HLD, DM2 on metformin', 'COPD on 2L home O2', 'CAD s/p CABG {yr}', 'afib on Eliquis', 'ESRD on HD MWF at {dialysis}', 'breast ca {yr} s/p lumpectomy and XRT',
    'prostate ca, Gleason 3+4, s/p prostatectomy {yr}', "Hodgkin lymphoma in {yr}, in remission", "Parkinson's disease", "Crohn's disease on Humira", 'CHF, EF 30%', 'CKD stage 3b',
    'MI {yrA}, stents x2', 'DVT {yrA} on Xarelto', 'CVA {yr} w/ residual L weakness', 'hep C, treated', 'morbid obesity s/p Roux-en-Y {yr}', 'RA on methotrexate',
    "Graves' disease s/p RAI", "Hashimoto's thyroiditis", 'cirrhosis (EtOH), MELD 14', 'T2DM, A1c 9.1', 'OSA on CPAP', 'lupus', 'sarcoid', 'HIV on Biktarvy, VL undetectable',
    "Barrett's esophagus", 'TIA {yrA}', 'AAA 4.1 cm followed', 'CLL, watch and wait', 'renal transplant {yr}', 'Marfan syndrome', 'sickle cell disease (HbSS)',
  ],
  tail: [
    'Note: {ptPoss} {kinRel} {kin} asked that results be sent to PCP Dr. {doc} at {clinic} ({phone}).', 'Prior records requested from {hosp} medical records (fax {phone}) on {nearS}; not yet received.',
    'Spoke with {kin} re: dispo; {kinF} will drive pt home to {ptTown}.', '{nurseNm} updated. Called {kin} back at {time}, no answer, voicemail left.',
    'Pt was seen previously at {hosp} in {yr} and at {clinic} on {date}.', 'Report faxed to {clinic} and to Dr. {docL} ({town}).', 'cc: {ref}; {doc}; {kin} ({kinRel}) per pt request.',
    'Images pushed to {hosp} PACS at the request of Dr. {docL}.', 'Pt is followed by {doc} at {hospFull}; last visit {date}.', 'Please direct questions to the reading room, {phoneX}, or page {pager}.',
    'Results released to patient portal ({url}) on {nearS}.', 'Interpreter used: {~language} ({name}, #{badge}).', 'Pt accompanied by {kinRel} {kin} who lives with pt at {addr}.',
    'Note routed to {ref} and {doc} for review.', 'SPOKE WITH {kinF:U} ({kinRel:U}) RE: RESULTS.', '{kin} ({kinRel}) aware.', 'Called {kin} back at {time}; {kinF} will bring pt to {clinic} {next}.',
    'Lives w/ {kinF} in {townMis}.', 'Records from {anyInst} reviewed.', '{first} from {~unit} called for results at {time}.', 'Pt moved to {town} from {townMis} in {yr}; previously followed at {anyInst}.',
    'Paged {docL}, no callback; re-paged at {time}. {last} (covering) responded.', 'd/w nurse {nurseNm} re: prep.', '{nurseNm} updated.', 'Spoke with {kin} re: dispo.', 'Pt prefers to be called {ptF}.', 'Follow-up appointment {next} with {doc} in {town}.', 'Med rec per {pharm}. Last fill {dateS}.',
  ],
  trickyGen: [
    'Will follow.', 'Wells score {num:0-7}; D-dimer {num:200-1800} ng/mL.', 'Early satiety denied.', 'Foley in place, draining clear urine.', 'Glasgow Coma Scale 15.', 'Babinski downgoing bilaterally.',
    'Homan sign negative.', 'Day {num:2-9} of admission.', 'Moody affect per nursing.', 'Hope for the best; f/u in 6 wk.', 'Bill to Medicare Part B.', 'Symptoms worse in summer per pt.', 'Little change overnight.',
    'Frank blood noted in the Foley bag.', 'Pt is a young-appearing {sexw}.', 'Sharp pain with inspiration.', 'Hand hygiene performed.', 'Best contact is the cell number on file.', 'Will page with questions.',
  ],
  trickyPath: [
    'Marsh 3b villous atrophy in prior duodenal biopsy.', 'Best seen on level 3.', 'Little residual tumor after neoadjuvant therapy.', 'Frank invasion not seen.', 'Sharp circumscription; no infiltrative border.',
    'Gross photographs taken.', 'Will follow with deeper levels.', 'Rose Bengal not applicable.', 'Stone analysis sent to reference lab.', 'Young fibroblasts in a myxoid stroma.',
  ],
  tricky: [
    'Lung fields are clear bilaterally.', 'Best seen on series 4, image 112.', 'Will follow.', 'Frank pus was aspirated.', 'Mark the site prior to the procedure.', 'No stone in the distal CBD.',
    'Hand radiographs show no erosions.', 'Wells score {num:0-7}; D-dimer {num:200-1800} ng/mL.', 'Young adult; growth plates closed.', 'Early changes of osteoarthritis.', 'Rose Bengal stain not performed.',
    'Marsh 3b villous atrophy in prior duodenal biopsy.', 'Page operator for STAT reads.', 'Little change from the prior study.', 'Bill to Medicare Part B.', 'Hope for the best; f/u in 6 wk.',
    'Faint ground-glass opacity, likely atelectasis.', 'Symptoms worse in summer per pt.', 'Foley in place, draining clear urine.', 'Sharp margins; no spiculation.',
    'King-Devick test normal.', 'Day 3 post-op.', 'Gray-white differentiation preserved.', 'Wood lamp exam negative.',
    'Moody affect per nursing.', 'Cook Celect IVC filter, retrievable.', 'Glasgow Coma Scale 15.', 'Babinski downgoing bilaterally.', 'Homan sign negative.', 'Kerley lines absent.',
  ],
  // ---------- radiology
  chestFind: [
    'Kerley B lines at the lung bases with small bilateral pleural effusions.', 'The lungs are clear. No pneumothorax. Cardiomediastinal silhouette within normal limits.',
    'Right IJ central venous catheter terminates at the cavoatrial junction.', 'Swan-Ganz catheter tip projects over the right interlobar pulmonary artery; recommend withdrawal by 2 cm.',
    'ETT tip {num:3-6} cm above the carina. Enteric tube courses below the diaphragm, tip in the gastric body.', 'Dobhoff tube tip in the proximal duodenum.',
    'Acute minimally displaced fracture of the left lateral 7th rib.', 'Healed right posterior 5th and 6th rib fractures.', 'Wedge-shaped peripheral opacity in the RLL, a Hampton hump configuration.',
    'Medtronic dual-chamber pacemaker with leads in the right atrium and right ventricle, unchanged.', 'Median sternotomy wires and CABG clips.', 'Watchman left atrial appendage occluder in place.',
    'Left upper lobe {num:4-19} mm solid nodule; per Fleischner Society guidelines follow-up CT in 6-12 months is suggested.', 'Lung-RADS category {num:2-4}: findings as above.',
    'Azygos fissure, a normal variant.', 'Apical pleural thickening without Pancoast mass.', 'Emphysema, centrilobular, upper lobe predominant.', 'Mild bibasilar atelectasis. No focal consolidation.',
    'Filling defect in the right lower lobe segmental pulmonary arteries consistent with acute pulmonary embolism. RV/LV ratio {dec:0-1}.', 'No central or segmental PE. Motion limits evaluation of the subsegmental branches.',
    'Moderate hiatal hernia. Thoracic aorta is normal in caliber.', 'Mediastinal lymphadenopathy, the largest a {num:11-24} mm subcarinal node.', 'Small left pneumothorax, approximately {num:5-20}% by volume. Left chest tube in place.',
    'Bilateral perihilar airspace opacities with cephalization, compatible with pulmonary edema.', 'Impella device in stable position across the aortic valve.', 'TAVR prosthesis (Edwards SAPIEN) in expected position.',
    'Port-a-cath (Bard PowerPort) from the left with catheter tip in the SVC.', 'Left IJ Trialysis catheter tip in the brachiocephalic vein; recommend advancing {num:2-4} cm.',
    'Tracheostomy tube in place. Right PICC tip at the cavoatrial junction.', 'Left basilar retrocardiac opacity, atelectasis vs aspiration.', 'Deep sulcus sign on the left, concerning for pneumothorax on this supine film.',
    'Bronchiectasis with tree-in-bud nodularity in the right middle lobe, suggesting MAI infection (Lady Windermere pattern).', 'Pericardial effusion, moderate, without CT signs of tamponade.', 'Dilated main pulmonary artery to {num:30-38} mm.', 'Calcified granulomas in the right upper lobe. Coronary artery calcification.',
  ],
  abdFind: [
    'Gallbladder distended with multiple shadowing stones; sonographic Murphy sign positive. Wall thickness {num:4-7} mm with pericholecystic fluid.',
    'Common bile duct measures {num:3-11} mm.', 'Small amount of free fluid in Morison pouch.', 'Right renal cyst with a thin septation, Bosniak IIF.', 'LI-RADS 4 observation in hepatic segment {num:5-8} (Couinaud), {num:12-28} mm.',
    'Hypoattenuating mass in the pancreatic head with upstream ductal dilatation; no vascular encasement.', 'Status post Whipple procedure. No recurrent mass.', 'Status post Roux-en-Y gastric bypass. No internal hernia.',
    'Nissen fundoplication wrap intact.', 'Appendix is dilated to {num:8-14} mm with periappendiceal fat stranding; no abscess.', 'Sigmoid diverticulosis without diverticulitis.',
    'Meckel diverticulum not identified.', 'Left-sided Spigelian hernia containing fat only.', 'Duodenojejunal junction at the level of the ligament of Treitz; no malrotation.',
    '{num:3-9} mm obstructing calculus at the right UVJ with moderate hydroureteronephrosis. Stone density about {num:600-1200} HU.', 'Perinephric stranding tracking along Gerota fascia.',
    'Hepatic steatosis. Spleen normal size.', 'Infrarenal AAA measuring {dec:3-6} cm, previously {dec:3-5} cm.', 'Small bowel dilatation to {num:3-5} cm with transition point in the RLQ; small bowel feces sign.',
    'Hartmann pouch intact; end colostomy in the LLQ.', 'Foley catheter balloon in a decompressed bladder.', 'Klatskin-type hilar stricture cannot be excluded; MRCP could be obtained.',
    'Portal venous gas and pneumatosis of the cecum; findings discussed emergently.', 'Free intraperitoneal air under the right hemidiaphragm (Rigler sign on the supine film).', 'Moderate ascites. Nodular liver contour consistent with cirrhosis; recanalized paraumbilical vein.',
    'Renal transplant in the RLQ with normal resistive indices ({dec:0-1}).', 'Pancreatic pseudocyst {num:3-9} cm, unchanged.', 'Uterus anteverted, {num:7-11} cm. Endometrial stripe {num:3-14} mm. Ovaries unremarkable with normal Doppler flow.', 'Nabothian cysts in the cervix.',
  ],
  neuroFind: [
    'No acute intracranial hemorrhage, mass effect, or midline shift. ASPECTS {num:7-10}.', 'Chiari I malformation with tonsillar ectasia of {num:5-9} mm below the foramen magnum.',
    'Prominent Virchow-Robin spaces in the basal ganglia.', 'Periventricular white matter T2/FLAIR hyperintensities, Fazekas grade {num:1-3}.', 'Enhancing lesion in the left Meckel cave.',
    'Effacement of the right Sylvian fissure with loss of gray-white differentiation in the MCA territory.', 'Circle of Willis is patent without aneurysm > 2 mm.',
    'Colloid cyst at the foramen of Monro without hydrocephalus.', 'Mega cisterna magna vs Dandy-Walker variant, unchanged.', 'Acute infarct in the left PICA territory on DWI.',
    'Subdural hematoma along the right convexity, {num:4-12} mm thick, with {num:2-6} mm leftward shift.', 'Mastoid air cells clear. Paranasal sinuses with mild mucosal thickening.',
    'Cavernous malformation in the right frontal lobe (Zabramski type 2).', 'Vestibular schwannoma in the left internal auditory canal, {num:4-15} mm.',
    'Hyperdense right MCA sign.', 'Ventriculoperitoneal shunt (Codman Hakim valve) with catheter tip in the right lateral ventricle; ventricles stable.', 'Arachnoid cyst in the left middle cranial fossa.',
    'Vertebral basilar system patent. No dissection. NASCET stenosis of the left ICA less than 50%.', 'Pituitary microadenoma {num:4-8} mm, hypoenhancing.', 'Volume loss with ex vacuo dilatation; consider NPH clinically (Evans index {dec:0-1}).',
  ],
  mskFind: [
    'Hill-Sachs deformity of the posterolateral humeral head with a bony Bankart lesion.', 'Segond fracture; ACL tear is suspected.', 'Baker cyst measuring {num:2-6} cm, intact.',
    'Edema in Hoffa fat pad.', 'Widening of the Lisfranc interval by {num:2-5} mm.', 'Jones fracture at the base of the fifth metatarsal.', 'Distal radius fracture with dorsal angulation (Colles type).',
    'Volarly angulated distal radius fracture, Smith type.', 'Salter-Harris II fracture of the distal tibia.', 'Schmorl node at the L2 superior endplate.', 'Modic type 1 endplate changes at L4-5.',
    'L5-S1 disc extrusion contacting the traversing left S1 nerve root.', 'Scheuermann changes in the thoracic spine.', 'Total knee arthroplasty (Zimmer) without loosening.', 'Hardware intact: Gamma nail in the right femur.',
    'Nondisplaced scaphoid waist fracture.', 'Bennett fracture of the first metacarpal base.', 'Boxer fracture of the fifth metacarpal neck with {num:20-45} degrees of volar angulation.',
    'Maisonneuve fracture of the proximal fibula; widening of the medial clear space.', 'Osgood-Schlatter changes of the tibial tubercle.', 'Garden III subcapital femoral neck fracture.',
    'Mild tricompartmental osteoarthritis. Joint effusion small.', 'Rotator cuff full-thickness tear of the supraspinatus with {num:1-3} cm retraction.', 'Os trigonum. No acute fracture.',
  ],
  breastFind: [
    'The breasts are heterogeneously dense, which may obscure small masses.', 'Scattered areas of fibroglandular density.', 'Thickening of Cooper ligaments in the right breast lower inner quadrant.',
    'Stable benign-appearing calcifications in the left breast.', 'Irregular {num:6-18} mm mass at the right 10 o clock position, {num:3-9} cm from the nipple.', 'Biopsy clip (HydroMARK) in the left upper outer quadrant.',
    'Retroglandular silicone implants, intact.', 'No suspicious axillary lymph nodes.', 'Images acquired on Hologic 3D tomosynthesis with C-view synthesized images.',
  ],
  vascFind: [
    'Occlusive thrombus in the left common femoral and popliteal veins.', 'Compressible veins with normal phasic Doppler flow; no DVT.', 'May-Thurner configuration of the left common iliac vein.',
    'Greenfield IVC filter in infrarenal position, tilted {num:5-15} degrees.', 'Peak systolic velocity in the right ICA {num:80-320} cm/s, ICA/CCA ratio {dec:1-5}.', 'Pseudoaneurysm of the right CFA, {num:1-4} cm, with yin-yang flow.',
  ],
  chestImp: ['No acute cardiopulmonary process.', 'Pulmonary edema with small effusions, worse since {dateS}.', 'Acute pulmonary embolism as above.', 'Lines and tubes as described.', 'Left pneumothorax, smaller.', 'RLL pneumonia.', 'Lung nodule; see Fleischner recommendation.'],
  abdImp: ['Acute calculous cholecystitis.', 'Obstructing right UVJ stone.', 'Acute uncomplicated appendicitis.', 'Small bowel obstruction, partial.', 'No acute abdominal process.', 'Pancreatic head mass, concerning for adenocarcinoma.', 'Bosniak IIF renal cyst; follow-up in 6 months.'],
  neuroImp: ['No acute intracranial abnormality.', 'Acute right MCA territory infarct.', 'Acute subdural hematoma with mild mass effect.', 'Chronic microvascular ischemic change.', 'Chiari I malformation.'],
  mskImp: ['Acute fracture as above.', 'No acute osseous abnormality.', 'Degenerative changes.', 'Full-thickness rotator cuff tear.'],
  breastImp: ['BI-RADS 1: Negative.', 'BI-RADS 2: Benign.', 'BI-RADS 0: Incomplete, needs additional imaging.', 'BI-RADS 4B: Suspicious. Ultrasound-guided biopsy recommended.', 'BI-RADS 3: Probably benign, 6-month follow-up.'],
  vascImp: ['Acute left lower extremity DVT.', 'No DVT.', 'Right ICA stenosis 70-99% by SRU consensus criteria.', 'Right CFA pseudoaneurysm.'],
  radClin: [
    '{age} {~yo} {sexw} from {country}, lives in {ptTown} with {kinRel}. {cc}.', '{cc}. Works at {employer}. Injury at work on {nearS}.', 'Pt of Dr. {refL} ({clinic}). {cc}.',
    'ED: {cc}. Per triage RN {nurseNm}, symptom onset {nearS}.', '{cc}; outside CT at {hosp} on {nearS} showed abnormality, images not available.',
    '{age} {~yo} {sexw} with {~hx}, now with {cc}.', 'Hx: {~hx}. Pt c/o {cc} since {dateS}.', '{cc}. Pt transferred from {hosp} for further evaluation.',
    '{cc} after fall at {snf} on {nearS}.', 'MVC on {nearS}; restrained driver. {cc}.', 'Follow-up of findings on CT from {hosp} dated {date}.', '{cc}; ordered by ED. Lives in {ptTown}.',
    'Eval for {cc}. PMH: {~hx}; {~hx}.', 'Pre-op for surgery with Dr. {docL} on {next}.', 'Recently moved from {country}; {cc}.',
  ],
  complaint: ['shortness of breath', 'chest pain', 'RUQ pain', 'fever and cough', 'hypoxia', 'abdominal pain and vomiting', 'headache, worst of life', 'left-sided weakness', 'syncope', 'hematuria', 'flank pain', 'trauma', 'leg swelling', 'palpable breast lump', 'screening', 'altered mental status', 'fall', 'back pain with radiculopathy', 'shoulder dislocation', 'line placement'],
  compare: [
    'COMPARISON: Radiograph from {imaging} ({date}) and CT from {hosp} ({date}).', 'Comparisons: {date} (ours), {dateS} ({hosp}).', 'Prior: none at this institution; pt reports imaging in {town} {yr}.',
    'COMPARISON: {date}.', 'COMPARISON: None.', 'Comparison: {date} and {date}.', 'COMPARISON: CT chest {date} from {hosp}; radiograph {dateS}.',
    'Comparison: outside MRI from {imaging} dated {date}, images uploaded to PACS.', 'COMPARISON: None available. Outside images from {hosp} have been requested.',
    'Comparison: prior exam performed in {town} on {date} (report only).', 'Comparison: {date} ({own}).', 'COMPARISON: Multiple prior studies, most recently {date}.',
    'Comparison is made to a study from {hosp} dated {date} (outside accession {oshAcc}).', 'Comparison: PET/CT {monYr} at {hospFull}.', 'No prior imaging in our system; pt previously imaged at {hosp} in {yr}.',
  ],
  technique: [
    'TECHNIQUE: Axial CT images were obtained from the lung apices to the adrenals after administration of {num:60-100} mL Omnipaque 350. Coronal and sagittal reformats.',
    'Technique: Multiplanar multisequence MRI was performed before and after {num:5-15} mL Gadavist. DWI and SWI included.', 'TECHNIQUE: PA and lateral views of the chest.', 'Technique: single portable AP view.',
    'TECHNIQUE: Grayscale and color Doppler ultrasound images were obtained.', 'Technique: Non-contrast CT of the head. Dose reduction (CARE Dose4D) used. DLP {num:600-1200} mGy-cm.',
    'Technique: CTA with bolus tracking on a Siemens SOMATOM Force. 3D MIPs created on a separate workstation (Vitrea).', 'TECHNIQUE: Tomosynthesis and 2D synthesized views, CC and MLO.',
  ],
  communicate: [
    '{nurseNm} (RN for {ptL}) notified at {time}. Dr. {refL} paged x2.', 'Results conveyed to {ref} by {rad} at {time}. {refL} aware and will follow up.', 'D/w {doc} ({~service} {~role}) at {time}.',
    'Findings discussed with Dr. {refL} by Dr. {radL} via telephone at {time} on {exam}.', 'Critical result communicated to {nurseNm}, RN (covering for Dr. {refL}) at {time}; read-back confirmed.',
    'These findings were communicated to the ordering provider, {ref}, NP, via secure chat at {time}.', 'Discussed with {doc} ({~service}) at {time}, who acknowledged the findings.',
    'Findings communicated to the ED attending Dr. {docL} at {time} on {examS}.', 'Wet read called to {nurseNm} in {~unit} at {time}.', 'Dr. {radL} spoke with {doc} at {time} regarding the PE.',
    'Findings discussed with {ref} at {time}; {refL} will contact the patient.', 'Results called to {nurseNm} at {clinic}, phone {phone}, at {time}.', 'I personally discussed these results with {ptFL} and {kinRel} {kin} at {time}.',
    '{nurseNm} aware. {doc} notified at {time}.', 'Paged {docL} x2 ({pager}); spoke with {doc} at {time}.', 'Called {doc} back at {time}, message left with answering service ({phone}).', 'Per ACR guidelines, finding was communicated to {doc} (pager {pager}) at {time}.',
  ],
  // ---------- pathology
  gross: [
    'Received in formalin labeled with the patient name "{ptLF:U}" and medical record number, designated "{~specimenShort}", is a tan-pink soft tissue fragment measuring {num:1-4} x {num:1-3} x {dec:0-2} cm. Entirely submitted in cassette A1.',
    'Received fresh, labeled "{ptFL}", is a {num:5-12} cm segment of bowel with attached mesentery. The mucosa shows a {num:2-5} cm ulcerated mass located {num:3-9} cm from the nearest margin. Margins inked: proximal blue, distal black, radial orange. Representative sections submitted in A1-A{num:8-16}.',
    'The specimen consists of {num:3-12} cores of tan tissue ranging from {dec:0-1} to {dec:1-2} cm. Entirely submitted in {num:2-6} cassettes.',
    'Received in CytoLyt is {num:5-30} mL of cloudy fluid. ThinPrep slide prepared and cell block made.', 'Gallbladder {num:6-11} cm, opened to reveal {num:3-40} yellow-green faceted stones; wall thickness up to {dec:0-1} cm.',
    'Specimen received in a container labeled with the patient name and MRN {mrn} consists of a {num:2-6} gram ellipse of skin with a pigmented lesion.', 'Grossed by {name}, PA(ASCP). Time to formalin {num:5-50} minutes; cold ischemia time < 1 hour.',
  ],
  micro: [
    'GMS and PAS stains negative for fungal organisms. Ziehl-Neelsen negative for AFB.', 'Ki-67 proliferation index approximately {num:5-60}%.', 'Immunostains performed on block A{num:1-4} with appropriate controls.',
    'Sections show the lesion described above; margins are inked and free.', 'Deeper levels examined.', 'H&E sections reviewed at multiple levels.', 'p16 block-positive.', 'CK7 positive, CK20 negative, TTF-1 negative.',
    'Lymphovascular invasion not identified.', 'Perineural invasion present.', 'Background shows chronic inflammation and fibrosis.', 'Margins: closest margin {dec:0-9} mm (deep).',
  ],
  specimenShort: ['A', 'B', 'left forearm', 'R breast 10:00', 'sigmoid', 'GB', 'LN #1', 'core 1-12'],
  pathConsult: [
    'Case reviewed with Dr. {docL} at intradepartmental consensus conference on {nearS}, who concurs.', 'This case was reviewed with Dr. {doc} (GU pathology), who agrees.',
    'Outside consultation: slides and blocks from {hosp} (outside accession {oshAcc}, dated {date}) were reviewed at the request of Dr. {refL}.', 'Sent in consultation to {pathgrp}; their report will be issued as an addendum.',
    'Intraoperative consultation (frozen section) rendered by Dr. {docL} to Dr. {refL} in OR {num:1-14} at {time}: "benign, margins free."', 'Slides shown to {doc}, MD, who concurs with the diagnosis.',
    'Outside slides from {pathgrp} (Dr. {docL}) reviewed; we agree with the outside diagnosis.', 'Molecular testing (FoundationOne CDx) sent from block A{num:1-6}; specimen shipped to {reflab} on {nearS}.', 'Block {block}-A{num:1-4} and H&E slides sent to {reflab} for PD-L1 (22C3).',
    'Results discussed with {ref} by phone at {time} on {examS}.',
  ],
  // ---------- IR
  irConsent: [
    'Informed consent was obtained from {~consentWho} after discussion of the risks, benefits and alternatives. A time-out was performed per protocol.',
    'Consent: {~consentWho}. Universal protocol followed; time-out at {tick}.', 'Written consent on chart, signed by {~consentWho}.',
  ],
  irBody: [
    'Sedation: moderate sedation with fentanyl {num:25-150} mcg and midazolam {num:1-4} mg; independent trained observer {nurseNm}, RN. Sedation time {num:15-60} min.',
    'Fluoro time {dec:1-20} min; air kerma {num:20-900} mGy. Contrast: {num:10-90} mL Visipaque.', 'EBL minimal. No immediate complications.', 'Local anesthesia only (1% lidocaine).',
    'Specimens: none.', 'The patient tolerated the procedure well.', 'Hemostasis with manual compression for {num:5-20} minutes.', 'Ancef 2 g IV given prior to the procedure.',
  ],
  consentWho: ['the patient', 'the patient and {kinRel} {kin}', '{kinRel} {kin} (HCP) by phone at {phone}', 'the patient, witnessed by {nurseNm}, RN', 'the patient with a {~language} interpreter ({name}, ID {badge})'],
  language: ['Spanish', 'Portuguese', 'Haitian Creole', 'Vietnamese', 'Mandarin', 'Arabic', 'Cape Verdean Creole', 'Navajo', 'Russian', 'Somali', 'ASL'],
  // ---------- cardiology
  echoFind: [
    'Left ventricle: normal size. LVEF {num:20-70}% by Simpson biplane. Regional wall motion: hypokinesis of the basal inferior wall.', 'Grade {num:1-3} diastolic dysfunction. E/e\' {num:8-22}.',
    'Right ventricle normal size; TAPSE {num:12-25} mm. RVSP {num:25-65} mmHg by Bernoulli.', 'Aortic valve: trileaflet, severely calcified. Peak velocity {dec:3-5} m/s, mean gradient {num:30-55} mmHg, AVA {dec:0-1} cm2 (continuity).',
    'Mitral valve: moderate MR, eccentric jet; MitraClip x1 in place with mean gradient {num:2-6} mmHg.', 'Lambl excrescence on the aortic valve, incidental.', 'Prominent Eustachian valve and Chiari network in the right atrium, normal variants.',
    'No pericardial effusion. IVC {num:12-25} mm with > 50% inspiratory collapse.', 'Agitated saline study positive for interatrial shunt with Valsalva.', 'Takotsubo pattern: apical ballooning with basal hyperkinesis.',
    'LV dimensions by Teichholz: LVIDd {dec:3-6} cm.', 'Apical views limited; Definity contrast used for endocardial border definition.', 'Apical thrombus not seen. Watchman device well seated without peridevice leak.',
  ],
  cathFind: [
    'Access: right radial artery, 6 Fr Glidesheath Slender. Allen test (Barbeau type B) performed prior.', 'Selective coronary angiography with JL3.5 and JR4 Judkins catheters; TIG catheter for the RCA.',
    'LM: normal. LAD: 90% proximal stenosis, TIMI 2 flow. LCx: mild disease. RCA: dominant, chronic total occlusion with Rentrop grade 2 collaterals.', 'Successful PCI of the proximal LAD with a 3.0 x 23 mm Xience Skypoint DES; post-dilated with a NC Emerge balloon. Final TIMI 3 flow.',
    'LVEDP {num:8-30} mmHg. Ventriculogram deferred.', 'Right heart cath with Swan-Ganz catheter: RA {num:2-15}, PA {num:25-60}/{num:10-30}, PCWP {num:8-30} mmHg. Cardiac output by Fick {dec:3-6} L/min.',
    'IVUS (OptiCross) used to size the vessel; MLA {dec:2-6} mm2. FFR {dec:0-1}.', 'TR Band applied, {num:10-15} mL of air.', 'Impella CP inserted via the left femoral artery under fluoroscopy.', 'Heparin {num:4000-10000} units IV; ACT {num:250-330}.',
  ],
  epFind: [
    'Device: Medtronic Azure XT DR MRI SureScan dual-chamber pacemaker, serial {serial}. Implanted {date} at {hosp}.', 'Boston Scientific Resonate ICD, serial number {serial}.', 'St. Jude Medical (Abbott) Assurity pacemaker, SN {serial}.',
    'Battery: {dec:2-11} years remaining. Lead impedances stable. RA sensing {dec:1-5} mV, RV threshold {dec:0-1} V @ 0.4 ms.', 'Remote monitoring via CareLink; transmission received {nearS}.',
    '{num:2-14} episodes of AT/AF, longest {num:1-20} hours. AF burden {num:1-30}%.', 'ECG: sinus rhythm with Mobitz type I (Wenckebach) block. QTc (Bazett) {num:420-520} ms.',
    'Delta waves consistent with Wolff-Parkinson-White pattern.', 'Type 1 Brugada pattern after procainamide challenge.', 'Holter: {num:24-72} hours, predominant sinus rhythm, PVC burden {dec:1-15}%.',
    'Cryoballoon pulmonary vein isolation (Arctic Front Advance) with CARTO mapping; all four PVs isolated with entrance and exit block.', 'Zio patch worn {num:7-14} days; {num:1-5} patient-triggered events.',
  ],
  // ---------- sleep
  sleepFind: [
    'Total recording time {num:380-480} min, total sleep time {num:250-420} min, sleep efficiency {num:55-95}%.', 'AHI {dec:2-80}/h (4% rule); RDI {dec:3-85}/h. Supine AHI {dec:5-95}/h.',
    'Oxygen saturation nadir {num:72-91}%; T90 {num:1-40}% of TST.', 'Periodic limb movement index {num:0-40}/h.', 'Cheyne-Stokes respiration noted during NREM sleep.',
    'CPAP titrated from 5 to {num:8-16} cm H2O; optimal pressure {num:8-15} with a ResMed AirFit F20 full face mask.', 'Epworth Sleepiness Scale {num:3-22}/24. STOP-BANG {num:2-8}. Mallampati class {num:2-4}, Friedman tongue position {num:2-4}.',
    'Sleep latency {num:3-40} min; REM latency {num:60-180} min.', 'MSLT mean sleep latency {dec:2-12} min with {num:0-4} SOREMPs.', 'EEG without epileptiform discharges. ECG sinus rhythm.',
    'Home sleep test (WatchPAT 300) pAHI {dec:5-60}.', 'Inspire hypoglossal nerve stimulator evaluated; DISE showed anteroposterior collapse at the velum.',
  ],
  // ---------- lab / blood bank
  labComment: [
    'Critical value: potassium {dec:6-7} mmol/L. Called to and read back by {nurseNm}, RN, {~unit}, at {time} on {examS} by {techI}.', 'CRITICAL troponin T hs {num:60-900} ng/L called to {doc} at {time}, read back verified.',
    'Specimen hemolyzed; recollection requested. Notified {nurseNm} at {time}.', 'Platelet clumping noted; recommend recollection in sodium citrate (blue top).',
    'Peripheral smear reviewed by {doc}: schistocytes 2+, Howell-Jolly bodies present, Dohle bodies and toxic granulation.', 'Sent to {reflab} for confirmation; expected TAT 5-7 days.',
    'Result corrected on {examS} at {time}; previously reported value was on the wrong patient. Dr. {refL} notified by {techI}.', 'Lactate {dec:4-9} mmol/L; called to and read back by {nurseNm} ({~unit}) at {time}.',
    'Blood culture 1 of 2 (left AC) gram positive cocci in clusters. Called to {nurseNm}, RN at {time}. Read back OK.', 'Gram stain: many PMNs, gram negative rods. Called to Dr. {docL} at {time}.',
    'Specimen mislabeled (name on tube "{nameLF}" does not match requisition). Rejected per policy. {nurseNm} notified at {time}.', 'INR {dec:4-9}, critical. Called to and read back by {nurseNm} at {time}.',
    'Glucose {num:25-45} mg/dL critical; called to {name}, charge RN, {time}.', 'CSF: xanthochromia present. Called to {doc} (Neurology) at {time}.',
  ],
  bbComment: [
    'ABO/Rh: O NEG. Antibody screen POSITIVE. Antibody identified: anti-Kell (anti-K). K-negative units required.', 'Anti-Duffy (anti-Fya) identified; Fy(a-) antigen-negative units provided.', 'Anti-Jka (Kidd) identified; history of delayed hemolytic transfusion reaction at {hosp} in {yr}.',
    'Anti-Lea (Lewis) identified, clinically insignificant at 37C.', 'DAT (Coombs) positive, IgG+, C3-. Eluate sent to {supplier} reference lab.', 'Rh immune globulin (RhoGAM) 300 mcg candidate; fetal screen (rosette) negative.',
    'Kleihauer-Betke: {dec:0-2}% fetal cells.', 'Unit {unit} issued at {time}, irradiated, leukoreduced, CMV-safe.', 'Crossmatch compatible x {num:2-4} units. Electronic crossmatch.',
    'Transfusion reaction workup: clerical check OK, post-transfusion DAT negative, no hemolysis. Reported to {supplier} hemovigilance on {nearS}.', 'Historical type from {hosp} (O POS) does not match current type; second specimen requested.',
    'Massive transfusion protocol activated at {time} by Dr. {docL}; cooler #{num:1-9} picked up by {name}.', 'Platelets apheresis, unit {unit}, HLA-matched, from {supplier}.', 'Called to and read back by {nurseNm} ({~unit}) at {time}: antigen-negative blood will take 2-4 hours.',
  ],
  // ---------- transfers / EMS
  transferCourse: [
    '{ptF} was admitted to {hosp} on {date} with {~complaint}. CT showed {{~abdImp}|{~chestImp}|{~neuroImp}} {ptF} was started on Zosyn and vancomycin.', 'Hospital course complicated by AKI (Cr peak {dec:2-5}) and delirium.',
    'Transferred for higher level of care (interventional cardiology / neurosurgery) at the request of Dr. {refL}.', 'Accepting physician: Dr. {radL} ({~service}), accepted at {time} via the transfer center ({phoneX}).',
    'Family: {kinRel} {kin}, phone {phone}; lives with {kin} in {ptTown}.', 'Code status: DNR/DNI per MOLST signed {date}. HCP is {kinRel} {kin}.', 'Outside films on CD accompany the patient; also available via {url}.',
    'Medications on transfer: Lasix 40 mg IV BID, heparin gtt, Protonix, Keppra 500 BID, Xanax PRN (held).', 'Last vitals: BP {num:90-180}/{num:50-100}, HR {num:50-130}, SpO2 {num:88-100}% on {num:2-6}L NC, GCS {num:8-15}.',
    'Report given RN to RN: {nurseNm} ({hosp}) to {nurseNm} ({~unit}) at {time}.', 'Pt from {country}, speaks {~language}; interpreter needed.', 'PCP: Dr. {doc}, {clinic}, fax {phone}.',
    'Works at {employer}; lives w/ {kinRel} at {addr}.', 'Insurance: MassHealth, ID {id}. SSN {ssn}.', 'Previous admission {date} at {own} for NSTEMI, cath by Dr. {docL}.',
  ],
  emsScene: [
    'Dispatched to {street}, {ptTown} for a {num:50-95} y/o {sexw} with {~complaint}.', 'Arrived on scene to find pt sitting in recliner, {kinRel} {kin} at side.', 'PT FOUND SUPINE ON KITCHEN FLOOR, A&O X{num:1-4}, GCS {num:8-15}.',
    'Pt from {snf}, staff {nurseNm} reports change in mental status since this AM.', 'Pt lives alone in {ptTown}; neighbor {name} called 911 after not seeing pt since {nearS}.', 'Pt works at {employer}; co-worker {name} witnessed the syncopal event.',
    'Vehicle: {plate}, moderate front-end damage, + airbag deployment, pt restrained.', '{county} 911 dispatch; mutual aid requested from {ems}.', 'Mutual aid from {ems}. ALS intercept with {ems} at {street}.',
    'PD on scene (Officer {last}, badge {badge}).', 'Called by {kinRel} {kin} ({phone}) for fall; pt on floor approx {num:1-12} h.',
  ],
  emsAssess: [
    'Cincinnati Prehospital Stroke Scale positive (facial droop, arm drift). LAMS {num:2-5}. Last known well {time} per {kinRel}.', 'Glasgow Coma Scale E{num:1-4}V{num:1-5}M{num:1-6}.',
    '12-lead shows STEMI in II, III, aVF; transmitted to {own} at {time}, cath lab activated by Dr. {docL}.', 'Pt states she takes Eliquis and Lasix; med list from {pharm}.', 'Los Angeles Motor Scale {num:1-5}; BEFAST positive.',
    'Lung sounds diminished at bases, + JVD, 2+ pitting edema to knees.', 'Skin pale, cool, diaphoretic. Pupils PERRL 3 mm.', 'Pt c/o 8/10 substernal pressure radiating to L arm x {num:20-90} min.', 'Pt is a Jehovah\'s Witness, refuses blood.',
    'BGL {num:28-45}; pt diaphoretic and confused.', 'Pinpoint pupils, RR {num:4-8}, + track marks.', 'Deformity L wrist, CMS intact distal. C-spine cleared per NEXUS.',
  ],
  emsTreat: [
    'IV 18G L AC by {name}; 500 mL NS bolus. Zofran 4 mg IV.', 'Narcan 4 mg IN with improvement in RR. Bystander {name} had given 1 dose prior to arrival.', 'ASA 324 mg PO chewed; NTG 0.4 mg SL x{num:1-3}.',
    'D10 {num:100-250} mL IV with improvement in mental status.', 'O2 via NRB 15 L/min. CPAP 7.5 cm H2O for respiratory distress.', 'SAM splint applied to L wrist; ice pack.', 'Cardiac monitor: sinus tach {num:100-140}.',
  ],
  emsDispo: [
    'Moved to stretcher via stair chair. Secured x5 straps. Transported emergent to {hosp}.', 'Report to {nurseNm} RN at bedside; care transferred at {tick}.', 'Transported non-emergent to {hosp}; pt requested {hosp}.',
    'Transported to {own}; stroke alert called en route at {tick}. Care transferred to Dr. {docL} and {nurseNm}, RN.', 'Diverted from {hosp} (on divert); transported to {hosp}.',
  ],
  emsRefuse: [
    'Pt refused transport; risks explained; refusal signed and witnessed by {name} (PD badge {badge}).', 'Pt A&Ox4, declined transport; {kinRel} {kin} will stay with pt. Advised to call 911 if worse.',
  ],
};

// ---------------------------------------------------------------- style builders
interface Region { exams: string[]; find: string; imp: string; why: string[] }
const REGIONS: Region[] = [
  { exams: list('CT CHEST WITH IV CONTRAST|CT PE PROTOCOL|CHEST 2 VIEWS PA AND LATERAL|PORTABLE CHEST 1 VIEW|CT CHEST WITHOUT CONTRAST LOW DOSE SCREENING|XR CHEST AP PORTABLE'), find: 'chestFind', imp: 'chestImp', why: list('shortness of breath|chest pain|fever and cough|hypoxia|line placement|pleuritic pain, r/o PE|lung nodule follow-up|post-op day 1 CABG|ETT placement') },
  { exams: list('CT ABDOMEN AND PELVIS WITH CONTRAST|US RIGHT UPPER QUADRANT|CT ABD/PELVIS WITHOUT CONTRAST (STONE PROTOCOL)|US PELVIS TRANSVAGINAL|MRI ABDOMEN W/WO (LIVER PROTOCOL)|MRCP'), find: 'abdFind', imp: 'abdImp', why: list('RUQ pain|abdominal pain and vomiting|flank pain|hematuria|elevated LFTs|RLQ pain, r/o appendicitis|pelvic pain|distension, no BM x3 days') },
  { exams: list('CT HEAD WITHOUT CONTRAST|MRI BRAIN WITH AND WITHOUT CONTRAST|CTA HEAD AND NECK|CT PERFUSION (RAPID)|MRI PITUITARY'), find: 'neuroFind', imp: 'neuroImp', why: list('headache, worst of life|left-sided weakness|altered mental status|fall on thinners|code stroke|syncope|new seizure|visual field cut') },
  { exams: list('XR LEFT SHOULDER 3 VIEWS|MRI RIGHT KNEE WITHOUT CONTRAST|MRI LUMBAR SPINE WITHOUT CONTRAST|XR RIGHT WRIST 3 VIEWS|XR LEFT FOOT 3 VIEWS|CT CERVICAL SPINE WITHOUT CONTRAST'), find: 'mskFind', imp: 'mskImp', why: list('fall|shoulder dislocation|back pain with radiculopathy|knee pain after twisting injury|FOOSH injury|ankle inversion injury|hip pain, unable to bear weight') },
  { exams: list('BILATERAL SCREENING MAMMOGRAM WITH TOMOSYNTHESIS|DIAGNOSTIC MAMMOGRAM RIGHT|US BREAST RIGHT LIMITED|BREAST MRI BILATERAL'), find: 'breastFind', imp: 'breastImp', why: list('screening|palpable breast lump|nipple discharge|callback from screening|high risk, BRCA2 carrier|6-month follow-up of probably benign finding') },
  { exams: list('US LOWER EXTREMITY VENOUS DUPLEX BILATERAL|CAROTID DUPLEX|US RIGHT GROIN (PSEUDOANEURYSM)|US LEFT LOWER EXTREMITY VENOUS'), find: 'vascFind', imp: 'vascImp', why: list('leg swelling|calf pain post-op|TIA, carotid eval|groin hematoma after cath|asymmetric leg edema') },
];

/** Organ-by-organ normal statements for structured CT/MR findings. */
const ORGANS: Record<string, Array<[string, string[]]>> = {
  chestFind: [
    ['LUNGS AND AIRWAYS', ['The central airways are patent.', 'No focal consolidation.', 'Mild dependent atelectasis.']],
    ['PLEURA', ['No pleural effusion or pneumothorax.', 'Trace bilateral pleural effusions.']],
    ['HEART AND MEDIASTINUM', ['Heart size is normal. No pericardial effusion.', 'Mild coronary calcification. Thoracic aorta normal caliber.', 'No mediastinal or hilar lymphadenopathy by size criteria.']],
    ['UPPER ABDOMEN', ['Limited images of the upper abdomen are unremarkable.', 'Cholelithiasis. Otherwise unremarkable.']],
    ['BONES AND SOFT TISSUES', ['Degenerative changes of the thoracic spine. No aggressive osseous lesion.', 'No acute fracture.']],
  ],
  abdFind: [
    ['LIVER', ['Normal size and attenuation. No focal lesion.', 'Mild hepatic steatosis.']],
    ['GALLBLADDER AND BILE DUCTS', ['Gallbladder unremarkable. No biliary dilatation.', 'Cholelithiasis without wall thickening.']],
    ['PANCREAS', ['Unremarkable.', 'Fatty atrophy. No ductal dilatation.']],
    ['SPLEEN', ['Normal in size.', 'Splenule near the hilum.']],
    ['ADRENAL GLANDS', ['Unremarkable.', '{num:8-18} mm left adrenal nodule, -{num:5-20} HU, consistent with adenoma.']],
    ['KIDNEYS AND URETERS', ['No hydronephrosis. No renal calculi.', 'Simple cysts bilaterally (Bosniak I), no follow-up needed.']],
    ['BOWEL', ['No bowel obstruction or wall thickening. Normal appendix.', 'Sigmoid diverticulosis.']],
    ['PERITONEUM', ['No free fluid or free air.', 'Small amount of pelvic free fluid, likely physiologic.']],
    ['VESSELS', ['Atherosclerotic calcification of the abdominal aorta without aneurysm.', 'Patent portal and hepatic veins.']],
    ['LYMPH NODES', ['No lymphadenopathy.', 'Subcentimeter mesenteric nodes.']],
    ['PELVIC ORGANS', ['Bladder decompressed. Prostate normal size.', 'Uterus and adnexa unremarkable.']],
    ['BONES', ['No suspicious osseous lesion.', 'Grade 1 anterolisthesis of L4 on L5.']],
  ],
  neuroFind: [
    ['BRAIN PARENCHYMA', ['No acute infarct, hemorrhage or mass.', 'Mild chronic small vessel ischemic change.']],
    ['VENTRICLES AND CISTERNS', ['Normal size and configuration.', 'Mild prominence consistent with age-related volume loss.']],
    ['EXTRA-AXIAL SPACES', ['No extra-axial collection.']],
    ['VASCULAR', ['Expected flow voids are present.', 'Atherosclerotic calcification of the carotid siphons.']],
    ['SKULL AND SCALP', ['No fracture. No scalp hematoma.', 'Right frontal scalp hematoma without underlying fracture.']],
    ['SINUSES AND MASTOIDS', ['Clear.', 'Mild mucosal thickening in the maxillary sinuses.']],
    ['ORBITS', ['Unremarkable.', 'Bilateral lens replacements.']],
  ],
};

function organFindings(c: Ctx, pool: string): boolean {
  const organs = ORGANS[pool];
  if (!organs || !c.chance(0.55)) return false;
  const sep = c.pick([': ', ':  ', ' - ', ':\n']);
  for (const [organ, normals] of organs) {
    c.w(`${c.chance(0.5) ? organ : organ.charAt(0) + organ.slice(1).toLowerCase()}${sep}`);
    c.w(c.pick(normals));
    c.w('\n');
  }
  c.w('{OTHER|Additional findings|Also noted|ADDITIONAL}: ');
  findings(c, pool, c.int(1, 3));
  return true;
}

function findings(c: Ctx, pool: string, n: number, bullets = false): void {
  const P = POOLS[pool] ?? [];
  const used = new Set<number>();
  for (let i = 0; i < n; i++) {
    let k = c.int(0, P.length - 1);
    for (let tries = 0; used.has(k) && tries < 8; tries++) k = c.int(0, P.length - 1);
    if (used.has(k)) continue;
    used.add(k);
    c.w(bullets ? c.pick(['- ', '* ', `${i + 1}. `, '  - ']) : i === 0 ? '' : c.pick([' ', '  ', '\n', ' ']));
    c.w(P[k] ?? '');
    if (bullets) c.w('\n');
  }
  if (!bullets) c.w('\n');
}

function radHeader(c: Ctx, examName: string): void {
  switch (c.int(0, 5)) {
    case 0: c.w(`{ownFull:U}\nDEPARTMENT OF {RADIOLOGY|DIAGNOSTIC IMAGING|MEDICAL IMAGING}\n{?{street}, {ownTown}, {state} {zip}\n}\nPATIENT: {ptLF:U}    MRN: {mrn}    DOB: {dob}\nACCESSION: {acc}    DATE OF SERVICE: {exam}\nORDERING: {refLF}, {~cred}\nEXAM: ${examName}\n\n`); break;
    case 1: c.w(`Patient Name: {pt}\nMRN: {mrn}   Acct: {account}\nExam Date: {exam} {time}\nReferring Physician: Dr. {ref}{? ({clinic})}\nLocation: {own} - {~unit}\n\nExam: ${examName}\n`); break;
    case 2: c.w(`EXAM: ${examName}\nDATE: {exam}\nPT: {ptLF:U} ({age}{sex})  #{mrn}\nREQUESTED BY: {ref}{?, {~cred}}{?   cc: {doc}; {doc}}\n\n`); break;
    case 3: c.w(`{ptLF:U} | {mrn} | DOB {dob} | Acc {acc} | {own}\n${examName} -- {exam}\n`); break;
    case 4: c.w(`Procedure: ${examName}\nOrdering provider: {ref} (pager {pager})\nPatient: {pt}, {age} {~yo} {sexw}\nPerformed at: {own}, {ownTown}\nDate: {exam}\n\n`); break;
    default: c.w(`${examName}\n\nAccession #: {acc}\nMedical Record #: {mrn}\nName: {ptLF}\nDOB: {dob}  Sex: {sex}\nAttending of record: {refLF}, {~cred}\nReason for exam: `); c.w('{cc}\n\n'); break;
  }
}

function radSign(c: Ctx): void {
  switch (c.int(0, 7)) {
    case 0: c.w('\nI, {rad}, {~cred}, have personally reviewed the images and the resident\'s preliminary report and agree with the findings as stated.\nResident: {res}, MD  PGY-{num:2-5}\nAttending: {rad}, {~cred}\n'); break;
    case 1: c.w('\nAttending attestation: I have reviewed the images and agree with Dr. {resL}\'s interpretation.\nElectronically signed by: {rad}, {~cred} on {exam} at {time}\n'); break;
    case 2: c.w('\nDictated by: {res}, MD\nSigned by: {rad}, {~cred}\nTranscribed by: {initials}   D: {exam}  T: {near}\n'); break;
    case 3: c.w('\n/s/ {radLF:U}, MD\n{exam} {time}\n'); break;
    case 4: c.w('\nREAD BY: {rad:U}, M.D.\nRELEASED BY: {rad:U}, M.D. {exam} {time}\n'); break;
    case 5: c.w('\nReader attestation: {rad}, {~cred}, MQSA-qualified interpreting physician. Second reader: {doc}, MD.\n'); break;
    case 6: c.w('\n-- {rad}, {~cred} (Radiology){?, pager {pager}}\n{?Questions: {email}\n}'); break;
    default: c.w('\nThis report was electronically signed by {rad} on {exam}.{? Reading room: {phoneX}.}\n{initials}\n'); break;
  }
}

function radiology(c: Ctx): void {
  const r = c.pick(REGIONS);
  c.why = r.why;
  const examName = c.pick(r.exams);
  const nf = c.int(4, 9);
  const structure = c.int(0, 11);
  const core = (labels = true): void => {
    if (labels) c.w('{CLINICAL HISTORY|INDICATION|HISTORY|Clinical information|Reason for study}: ');
    c.w('{~radClin}\n\n');
    if (c.chance(0.7)) c.w('{~technique}\n\n');
    c.w('{~compare}\n\n');
    c.w('{FINDINGS|Findings}:{\n| }');
    if (!organFindings(c, r.find)) findings(c, r.find, nf, c.chance(0.3));
    c.w('\n{IMPRESSION|Impression|IMP}:\n');
    findings(c, r.imp, c.int(1, 3), true);
    if (c.chance(0.5)) c.w('{?RECOMMENDATION: follow-up {with Dr. {refL}|per Fleischner|in 3 months|with comparison to outside studies from {hosp}}.\n}');
  };
  switch (structure) {
    case 0: radHeader(c, examName); core(); c.w('\n{~communicate}\n'); radSign(c); break;
    case 1: radHeader(c, examName); core(); radSign(c); break;
    case 2: // addendum first
      c.w('ADDENDUM {#1|}({after}, {time}):\n{On further review|After comparison with outside images from {hosp} dated {date}|At the request of Dr. {refL}}, ');
      c.w(`{~${r.find}} Dr. {refL} was notified at {time} by {rad}.\n\n--- ORIGINAL REPORT ---\n`);
      radHeader(c, examName); core(); radSign(c); break;
    case 3: // prelim / wet read
      c.w(`PRELIMINARY REPORT - {RESIDENT|Fellow|Overnight} READ\n${examName}  {exam} {time}\nPt: {ptLF} MRN {mrn}  loc: {~unit}\n`);
      findings(c, r.find, nf);
      c.w(`Prelim impression: {~${r.imp}}\nWet read called to {nurseNm} at {time}.\nResident: {res} (pgr {pager}). Attending review pending - Dr. {radL}.\n`); break;
    case 4: // outside film consult
      c.w(`OUTSIDE FILM {INTERPRETATION|CONSULTATION|SECOND OPINION}\nImages from: {hosp}, {town}, {state}\nOriginal date of exam: {date}\nOutside accession: {oshAcc}\nPatient: {pt}   Our MRN: {mrn}\nRequested by: Dr. {ref} for {transfer|tumor board|surgical planning}\nExam: ${examName}\n\n`);
      c.w('The outside report by Dr. {doc} was {available|not available} for review.\n');
      findings(c, r.find, nf); c.w(`IMPRESSION: {~${r.imp}} {We agree with the outside interpretation.|Discrepancy with the outside read communicated to Dr. {refL} at {time}.}\n`); radSign(c); break;
    case 5: // dictated w/ transcription
      radHeader(c, examName); core(false); c.w('\n{~communicate}\n'); c.w('\nD: {exam} {time}\nT: {near} {time}\nJob # {id}\n{initials}\ncc: {ref}; {doc}, {clinic}\n'); break;
    case 6: // mammography with patient letter
      c.w(`{ownFull}  Breast Imaging Center\n{street}, {ownTown} {zip}\nName: {ptLF}  MRN {mrn}  DOB {dob}\n${c.pick(REGIONS[4]?.exams ?? [])}  {exam}\nReferring: {ref}, {clinic}\n\n`);
      c.w('History: {Screening.|Palpable lump reported by patient.|Family hx: {mother|sister|aunt} with breast ca at age {num:38-70}.} Prior mammograms {date} ({imaging}).\n\n');
      findings(c, 'breastFind', c.int(2, 4)); c.w('\nIMPRESSION: {~breastImp}\n\nA lay letter with these results was mailed to the patient at {addr} on {next}.\n'); radSign(c); break;
    case 7: // nodule follow-up with dates
      radHeader(c, examName);
      c.w('COMPARISON: {date}, {date}, and {date} ({hosp}).\n\nFINDINGS:\nNodule measurements over time:\n- {dateS}: {num:4-9} mm\n- {dateS}: {num:5-10} mm\n- {examS}: {num:5-12} mm\n');
      findings(c, 'chestFind', c.int(1, 3)); c.w('\nIMPRESSION:\n{~chestImp} Per Fleischner Society guidelines, {no further follow-up|CT in 12 months|PET/CT} recommended. Patient is followed by Dr. {refL} at {clinic}.\n'); radSign(c); break;
    case 8: // teleradiology
      c.w(`TELERADIOLOGY REPORT\nSite: {hospFull}, {town}, {state}\nImages received via {url} at {time} (workstation {ip})\nPatient: {ptLF}  Site MRN: {mrn}  Age: {age}\nStudy: ${examName}  Date: {exam}\n\n`);
      core(); c.w('\nRead remotely by {rad}, {~cred}, licensed in {stateFull} (license {id}).\nFindings phoned to {nurseNm} at the ordering site, {phone}, at {time}.\n'); break;
    case 9: // critical result first
      c.w(`*** CRITICAL RESULT ***\nCommunicated to {ref} ({~role}) at {time} on {exam} by {rad}; read-back {obtained|confirmed}.\n\n`);
      radHeader(c, examName); core(); radSign(c); break;
    case 10: // ED shorthand
      c.w(`${examName.toLowerCase()} ({exam})\npt {ptLF:L} {age}{sex} mrn {mrn}\nhx: {cc}, {~hx}\ncomp: {dateS} ({hosp})\n`);
      findings(c, r.find, nf, true); c.w(`imp: {~${r.imp}}\nd/w dr {refL:L} in ed @ {time}. {res:L} / {radL:L}\n`); break;
    default: // multi-addendum
      radHeader(c, examName); core(); radSign(c);
      c.w('\nADDENDUM ({after}): Outside report from {hosp} ({phone}) obtained; dated {date}, read by Dr. {docL}. No change to impression.\n-- {rad}\n');
      if (c.chance(0.5)) c.w('\nADDENDUM #2: Findings discussed with {ptFL} ({kinRel} {kinF} present) at {time}. {radL}\n');
      break;
  }
}

const PATH_SPECS: Array<[string, string[]]> = [
  ['Gallbladder, cholecystectomy', ['Chronic cholecystitis with cholelithiasis. Rokitansky-Aschoff sinuses present.', 'Acute and chronic cholecystitis; no dysplasia.']],
  ['Colon, sigmoid, resection', ['Invasive adenocarcinoma, moderately differentiated, invading into the muscularis propria (pT2). {num:0-2}/{num:12-25} lymph nodes involved.', 'Diverticular disease with peridiverticular abscess.']],
  ['Colon, ascending, polyp, cold snare', ['Tubular adenoma. Negative for high-grade dysplasia.', 'Sessile serrated lesion without dysplasia.']],
  ['Skin, left forearm, shave biopsy', ['Melanoma in situ. Breslow depth not applicable; Clark level I.', 'Invasive melanoma, Breslow thickness {dec:0-2} mm, Clark level IV, mitoses {num:1-4}/mm2.', 'Basal cell carcinoma, nodular type; peripheral margin involved.']],
  ['Prostate, needle core biopsies (12)', ['Acinar adenocarcinoma, Gleason score 3+4=7 (Grade Group 2) in {num:1-6} of 12 cores.', 'Benign prostatic tissue; no carcinoma identified.']],
  ['Breast, right, 10 o clock, US-guided core biopsy', ['Invasive ductal carcinoma, Nottingham grade {num:1-3} (tubules 3, nuclei 2, mitoses {num:1-3}). ER positive (95%), PR positive, HER2 1+ by IHC.', 'Fibroadenoma. Biopsy clip site changes.']],
  ['Lymph node, sentinel, left axilla, excision', ['Sentinel node with isolated tumor cells (pN0(i+)). Keratin AE1/AE3 stain reviewed.', 'One lymph node, negative for metastatic carcinoma (0/1).']],
  ['Endometrium, curettage', ['Secretory endometrium; no hyperplasia.', 'Atypical endometrial hyperplasia (EIN).']],
  ['Stomach, antrum, biopsy', ['Chronic active gastritis; Helicobacter pylori organisms identified on Giemsa stain.', 'Reactive gastropathy. No H. pylori on immunostain.']],
  ['Kidney, left, partial nephrectomy', ['Clear cell renal cell carcinoma, WHO/ISUP grade {num:2-3}; margins negative.', 'Oncocytoma.']],
  ['Thyroid, right lobe, FNA', ['Papillary thyroid carcinoma with psammoma bodies, Bethesda category VI.', 'Benign follicular nodule (Bethesda II) with Hurthle cell change.']],
  ['Lymph node, cervical, excisional biopsy', ['Reed-Sternberg cells in a mixed inflammatory background; CD15 and CD30 positive, consistent with classic Hodgkin lymphoma.', 'Reactive follicular hyperplasia.']],
  ['Bone marrow, right posterior iliac crest, aspirate and core', ['Acute myeloid leukemia; Auer rods seen in blasts; blasts 42% of marrow cellularity.', 'Normocellular marrow with trilineage hematopoiesis; no lymphoma.']],
  ['Appendix, appendectomy', ['Acute appendicitis with periappendicitis.', 'Low-grade appendiceal mucinous neoplasm (LAMN).']],
  ['Placenta, delivery', ['Chronic villitis of unknown etiology; three-vessel cord.', 'Acute chorioamnionitis with fetal vasculitis.']],
  ['Esophagus, distal, biopsy', ['Barrett esophagus with low-grade dysplasia.', 'Reflux esophagitis; no intestinal metaplasia.']],
  ['Liver, core biopsy', ['Steatohepatitis with Mallory-Denk bodies and ballooning degeneration; Masson trichrome shows bridging fibrosis (stage 3).', 'Chronic hepatitis, grade 2, stage 1.']],
  ['Kidney, native, needle biopsy', ['AL amyloidosis: Congo red stain shows apple-green birefringence under polarized light.', 'Diabetic nephropathy (Kimmelstiel-Wilson nodules).']],
  ['Parotid, left, superficial parotidectomy', ['Warthin tumor. Benign.', 'Pleomorphic adenoma, margins free.']],
  ['Testis, right, radical orchiectomy', ['Mixed germ cell tumor with Schiller-Duval bodies (yolk sac component) and embryonal carcinoma.', 'Seminoma, pT1.']],
];

function pathology(c: Ctx): void {
  const nspec = c.int(1, 3);
  const chosen: Array<[string, string[]]> = [];
  while (chosen.length < nspec) { const p = c.pick(PATH_SPECS); if (!chosen.includes(p)) chosen.push(p); }
  const head = (): void => {
    switch (c.int(0, 4)) {
      case 0: c.w('{ownFull:U}\nDEPARTMENT OF PATHOLOGY AND LABORATORY MEDICINE\nSURGICAL PATHOLOGY REPORT\n\nAccession: {spec}    Patient: {ptLF:U}\nMRN: {mrn}   DOB: {dob}   Age/Sex: {age}/{sex}\nCollected: {exam}   Received: {after}\nSubmitting physician: {refLF}, MD\n{?Copy to: {doc}, MD; {doc}, NP\n}\n'); break;
      case 1: c.w('Surgical Pathology  Case # {spec}\nName: {pt}  MR# {mrn}\nDate of procedure: {exam}\nSurgeon: Dr. {ref}   Location: {own} OR\n\n'); break;
      case 2: c.w('{pathgrp}\n{street}, {town}, {state} {zip}  Tel {phone}\n\nPATIENT: {ptLF:U}  DOB {dob}  ACC# {spec}\nCLIENT: {clinic}\nPHYSICIAN: {ref:U}\n\n'); break;
      case 3: c.w('CYTOPATHOLOGY REPORT  {spec}\n{ptLF} (MRN {mrn})  {exam}\nOrdering: {refLF}\n\n'); break;
      default: c.w('CONSULTATION REPORT (OUTSIDE MATERIAL)\nOur #: {spec}   Outside #: {oshAcc}\nOutside institution: {hospFull}, {town}, {state}\nOutside pathologist: {doc}, MD\nPatient: {ptLF}  DOB {dob}\nReceived: {after}, {num:2-14} slides and {num:1-4} blocks\n\n'); break;
    }
  };
  const specs = (): void => {
    c.w('{SPECIMEN(S)|Specimens submitted|SPECIMEN}:\n');
    chosen.forEach(([sp], i) => c.w(`${'ABC'[i]}. ${sp}\n`));
  };
  const clin = (): void => c.w('\n{CLINICAL HISTORY|Clinical data|Pre-op dx}: {~hx}; {~complaint}.{? Prior biopsy {date} at {hosp}.}\n');
  const dx = (): void => {
    c.w('\n{FINAL DIAGNOSIS|DIAGNOSIS|Final Dx}:\n');
    chosen.forEach(([sp, dx], i) => { c.w(`${'ABC'[i]}. ${sp}:\n   - `); c.w(`${c.pick(dx)}\n`); });
  };
  const gross = (): void => { c.w('\n{GROSS DESCRIPTION|Gross}:\n'); for (let i = 0; i < nspec; i++) { c.w(`${'ABC'[i]}. `); c.w('{~gross}\n'); } c.w('{?Dictated by {name}, PA. {initials}\n}'); };
  const micro = (): void => { c.w('\n{MICROSCOPIC DESCRIPTION|Microscopic|Micro}:\n'); findings(c, 'micro', c.int(2, 5)); };
  const consult = (): void => { c.w('\n{COMMENT|Comment|Note}: '); findings(c, 'pathConsult', c.int(1, 2)); };
  const sign = (): void => {
    c.w(c.pick([
      '\nI have personally reviewed the slides and rendered the diagnosis.\n{rad}, MD\nPathologist, electronically signed {after} {time}\n',
      '\nPathologist: {radLF}, MD  ({email})\nResident/Fellow: {res}, MD\nSigned out {after}\n',
      '\n/s/ {rad:U}, M.D.\n{pathgrp}\nCLIA # {id}\n',
      '\n**Electronically signed out by {rad} on {near}**\n{initials}\n',
      '\n{radL}/{resL}  {after}\nTranscribed: {initials}\n',
    ]));
  };
  const addendum = (): void => c.w('\nADDENDUM ({after}): {Immunostains reviewed|HER2 FISH from {reflab}: not amplified (ratio {dec:1-2})|Outside consult from {pathgrp} received; Dr. {docL} concurs|MMR IHC: MLH1/PMS2 retained}. {Discussed with Dr. {refL} at {time}.|Results faxed to {clinic} ({phone}).|}\n{rad}\n');
  const structures: Array<() => void> = [
    () => { head(); specs(); clin(); dx(); gross(); micro(); sign(); },
    () => { head(); dx(); consult(); gross(); sign(); },
    () => { head(); specs(); clin(); gross(); micro(); dx(); consult(); sign(); },
    () => { addendum(); head(); dx(); gross(); sign(); },
    () => { head(); specs(); dx(); consult(); sign(); addendum(); },
    () => { head(); clin(); gross(); dx(); sign(); },
    () => { head(); dx(); micro(); consult(); c.w('\nIntradepartmental QA: second review by {doc}, MD on {after}.\n'); sign(); },
    () => { c.w('FROZEN SECTION REPORT\n{ptLF}  {spec}  OR {num:1-14}  {exam}\nSurgeon: Dr. {refL}\n'); c.w('FS dx called to Dr. {refL} at {time} by {radL}; read back by {nurseNm}, circulating RN.\n'); dx(); gross(); sign(); },
    () => { head(); c.w('NOTE: The specimen was received without a requisition; identity confirmed with {nurseNm} ({~unit}, ext {ext}) at {time}.\n'); specs(); gross(); dx(); sign(); },
    () => { head(); specs(); clin(); dx(); c.w('\nSynoptic (CAP): Procedure: resection. Tumor size: {dec:1-6} cm. Margins: uninvolved. Lymph nodes: {num:0-3}/{num:10-25}. pT{num:1-3} pN{num:0-2}.\n'); gross(); sign(); },
    () => { c.w('bone marrow report\n{ptLF:L} mrn {mrn} {exam}\nheme attending: {ref:L}\n'); dx(); c.w('aspirate: adequate, spicular. 500-cell differential performed by {name}.\nflow cytometry sent to {reflab}.\n'); sign(); },
  ];
  c.pick(structures)();
}

const IR_PROCS: Array<[string, string[]]> = [
  ['Ultrasound and fluoroscopic guided placement of a right internal jugular tunneled dialysis catheter', ['The right neck and chest were prepped and draped in the usual sterile fashion. 1% lidocaine was administered.', 'Using ultrasound guidance, the right IJ vein was accessed with a 21G micropuncture needle; a permanent image was stored.', 'Using Seldinger technique, a 14.5 Fr x {num:19-28} cm Palindrome catheter was tunneled and placed with the tip in the right atrium.', 'Both lumens aspirated and flushed easily and were locked with heparin 1000 units/mL.']],
  ['CT-guided biopsy of a left lower lobe lung nodule', ['Pt positioned prone. Under CT guidance a 17G coaxial needle was advanced into the lesion.', '{num:2-5} 18G core samples were obtained using a BioPince device.', 'Specimens were handed to {name} from cytopathology for touch prep; adequate per on-site evaluation.', 'Post-procedure CT: trace pneumothorax, no chest tube needed.']],
  ['Image-guided paracentesis', ['The RLQ was marked under ultrasound.', 'A 5 Fr Yueh centesis catheter was placed and {dec:1-8} L of straw-colored fluid was removed.', '25 g albumin given per protocol.', 'Fluid sent for cell count, culture and cytology.']],
  ['Right upper extremity PICC placement', ['The right basilic vein was accessed under US guidance.', 'A 5 Fr double-lumen Bard PowerPICC was trimmed to {num:38-46} cm and advanced; tip at the cavoatrial junction by fluoroscopy.', 'Secured with a StatLock; Tegaderm applied.']],
  ['IVC filter placement (Denali)', ['Right IJ access with a micropuncture set.', 'A Cobra catheter and Glidewire were used to select the renal veins. Cavagram showed no clot; IVC {num:17-26} mm.', 'Filter deployed below the lowest renal vein.', 'Filter is retrievable; retrieval to be considered in 3 months.']],
  ['Percutaneous cholecystostomy tube placement', ['Transhepatic approach under US guidance.', 'Using the Seldinger technique, a 10 Fr Cook pigtail drainage catheter was placed into the gallbladder and locked.', '{num:10-80} mL of purulent bile aspirated and sent for culture.']],
  ['TIPS creation', ['Right IJ access; a Rosch-Uchida transjugular access set was used. Wedged hepatic venogram with CO2.', 'Viatorr stent graft 10 mm x 6/2 cm deployed from the right hepatic vein to the right portal vein.', 'Portosystemic gradient decreased from {num:14-25} to {num:4-10} mmHg.']],
  ['Uterine artery embolization', ['Right CFA access with a 5 Fr sheath.', 'Bilateral uterine arteries were selected with a Roberts uterine catheter and embolized with 500-700 micron Embosphere particles to stasis.', 'Post-embolization angiogram shows pruning of the fibroid vasculature.']],
  ['Left nephrostomy tube exchange', ['Existing catheter injected: no obstruction of the collecting system.', 'The existing 8 Fr nephrostomy was exchanged over an Amplatz wire for a new 10 Fr Dawson-Mueller catheter.', 'Catheter secured and connected to a drainage bag.']],
  ['Port placement (Bard PowerPort), right chest', ['The right IJ vein was accessed under US guidance.', 'A subcutaneous pocket was created in the right chest and the port was placed and sutured.', 'Catheter tip at the cavoatrial junction. Incision closed with 4-0 Monocryl and Dermabond.']],
  ['Thoracentesis, right', ['US-guided; an 8 Fr Safe-T-Centesis catheter was placed in the right posterior chest.', '{dec:0-2} L of serosanguinous fluid removed; procedure stopped for cough.', 'Post-procedure CXR: no pneumothorax.']],
  ['Mechanical thrombectomy, left MCA (M1)', ['Right CFA access with an 8 Fr sheath.', 'Using a Solitaire stent retriever and a React 71 aspiration catheter, TICI 2b reperfusion was achieved after {num:1-3} passes.', 'Post-procedure flat-panel CT: no hemorrhage.']],
  ['Lumbar puncture under fluoroscopy', ['Pt prone; L2-3 interspace localized under fluoroscopy. 20G Quincke needle.', 'Opening pressure {num:10-35} cm H2O; {num:8-20} mL clear CSF sent.']],
  ['GJ tube placement', ['Stomach insufflated via NG tube; T-fasteners x3 placed.', 'An 18 Fr MIC-KEY GJ tube was placed with the jejunal limb beyond the ligament of Treitz.', 'Contrast injection confirms position.']],
];

function irNote(c: Ctx): void {
  const [proc, steps] = c.pick(IR_PROCS);
  const head = (): void => c.w(c.pick([
    '{ownFull:U} INTERVENTIONAL RADIOLOGY\nPROCEDURE NOTE\nPatient: {ptLF:U}   MRN: {mrn}   DOB: {dob}\nDate: {exam}   Case #: {caseNo}\n',
    'IR Procedure Note - {exam}\n{pt} ({age} {~yo} {sexw}), MRN {mrn}\n',
    'INTERVENTIONAL RADIOLOGY  |  {own}  |  {~unit}\nName: {ptLF}  Acc {acc}\n',
    'ir brief op note {examS}\npt: {ptLF:L}  #{mrn}\n',
  ]));
  const people = (): void => c.w(c.pick([
    'Operators: {rad}, MD (attending); {res}, MD (fellow)\nReferring: {ref} ({~service})\n',
    'Attending: Dr. {radL}. Fellow: Dr. {resL}. Tech: {tech}, RT(R)(VI). Nurse: {nurseNm}, RN.\n',
    'PERFORMED BY: {rad:U}, MD\nASSISTANT: {res:U}, MD\nREQUESTING PHYSICIAN: {refLF:U}\n',
    'Attending {rad} was present for the entire procedure. Referred by {ref} from {hosp}.\n',
  ]));
  const ind = (): void => c.w('\nINDICATION: {~hx}; {~complaint}.{? Referred by Dr. {refL} at {clinic}.}{? Pt transferred from {hosp} on {nearS}.}\n');
  const body = (): void => {
    c.w('\n{PROCEDURE DETAILS|Description|TECHNIQUE}:\n');
    if (c.chance(0.6)) c.w('{~irConsent} ');
    for (const st of steps) c.w(`${st} `);
    findings(c, 'irBody', c.int(1, 3));
  };
  const post = (): void => c.w(c.pick([
    '\nFINDINGS/IMPRESSION: Successful {procedure|placement}. Catheter ready for use.\nPLAN: {Bedrest 2 h|Flush per protocol|CXR to confirm|Follow-up in IR clinic on {next} with Dr. {radL}}.\n',
    '\nIMPRESSION: Technically successful procedure without complication.\nDisposition: back to {~unit}. Discussed with {ref} at {time}.\n',
    '\nPost-procedure: pt stable, report given to {nurseNm}, RN ({~unit}) at {time}. {kinRel} {kin} updated by phone ({phone}).\n',
    '\nSpecimens to pathology (accession {spec}) and micro. Results will be forwarded to Dr. {refL}, {clinic}, fax {phone}.\n',
  ]));
  const sign = (): void => c.w(c.pick([
    '\nI was present for and performed the key portions of the procedure. {rad}, MD\n',
    '\nElectronically signed: {radLF}, MD {near} {time}\n',
    '\n-- {rad:U}, MD / {res:U}, MD\n',
    '\n{radL}  (IR pager {pager})\n',
  ]));
  const structures: Array<() => void> = [
    () => { head(); c.w(`PROCEDURE: ${proc}\n`); people(); ind(); body(); post(); sign(); },
    () => { head(); people(); c.w(`\nProcedure: ${proc}\n`); body(); post(); sign(); },
    () => { head(); c.w(`Procedure: ${proc}\nConsent: {~consentWho}\n`); ind(); body(); sign(); },
    () => { c.w(`Pre-procedure: {ptFL} seen in IR holding. NPO since midnight. INR 1.{num:0-4}, Plt {num:60-400}K. Allergies: iodinated contrast (hives), premedicated per protocol.\n\n`); head(); c.w(`${proc}\n`); body(); post(); sign(); },
    () => { head(); c.w(`${proc.toUpperCase()}\n`); ind(); c.w('\nCOMPARISON: {~compare}\n'); body(); c.w('\nSedation: {num:20-60} min, monitored by {nurseNm}, RN.\n'); post(); sign(); },
    () => { head(); people(); c.w(`\n${proc} was performed.\n`); c.w(`${steps[0] ?? ''}\n`); findings(c, 'irBody', 2); c.w('\nComplication: {none|small hematoma, manual pressure held|vasovagal episode, resolved}.\n'); sign(); c.w('\ncc: {ref}; {doc}\n'); },
    () => { c.w('IR CONSULT NOTE\nRequested by: {ref} ({~service}) on {examS}\n'); head(); ind(); c.w(`\nAssessment: appropriate for ${proc.toLowerCase()}. Images from {hosp} reviewed ({date}).\nPlan: discussed w/ {ptF} and {kinRel} {kin}; consent obtained. Scheduled {next}.\n`); sign(); },
    () => { head(); c.w(`Procedure: ${proc}\n`); body(); c.w('\nDEVICE: {Bard PowerPort 8 Fr|Cook Celect filter|Boston Scientific Wallstent|Medtronic Solitaire X|Penumbra RED 72}, lot {serial}.\n'); post(); sign(); },
    () => { c.w(`post procedure check {examS}\n{ptF:L} sitting up in bed, eating. site c/d/i, no hematoma. {kinRel} ({kinF:L}) at bedside.\nd/w {nurseNm:L} rn. ok for d/c home w/ {kinRel} to {ptTown:L}.\n-- {res:L}, ir\n`); },
    () => { head(); c.w('Time-out performed at {time}: correct patient ({ptFL}, DOB {dob}), procedure and site confirmed by {nurseNm}, RN and {tech}, RT.\n'); c.w(`Procedure: ${proc}\n`); body(); post(); sign(); },
    () => { head(); c.w(`${proc}\nStroke alert from {hosp} ({town}); door-in {time}. NIHSS {num:4-24}. LKW {time} per {kinRel} {kin}.\n`); body(); c.w('\nFindings discussed with neurology (Dr. {docL}) at {time}.\n'); sign(); },
  ];
  c.pick(structures)();
}

function cardiology(c: Ctx): void {
  const kind = c.pick(['echo', 'cath', 'ep'] as const);
  const pool = kind === 'echo' ? 'echoFind' : kind === 'cath' ? 'cathFind' : 'epFind';
  const title = kind === 'echo' ? c.pick(['TRANSTHORACIC ECHOCARDIOGRAM', 'TEE REPORT', 'Stress Echo', 'Limited Echo']) : kind === 'cath' ? c.pick(['CARDIAC CATHETERIZATION REPORT', 'Cath Lab Procedure Log', 'LHC/RHC REPORT', 'PCI Report']) : c.pick(['DEVICE INTERROGATION', 'EP STUDY AND ABLATION', 'Holter Report', 'Pacemaker Clinic Note']);
  const head = (): void => c.w(c.pick([
    `{ownFull:U}\n{CARDIOLOGY|CARDIOVASCULAR SERVICES|HEART AND VASCULAR INSTITUTE}\n${title}\n\nName: {ptLF:U}   MRN: {mrn}   DOB: {dob}   Age: {age}\nStudy date: {exam}   Study #: {caseNo}\nOrdering: {refLF}   Reading: {radLF}\n`,
    `${title} -- {exam}\nPatient: {pt}  MRN {mrn}\nHeight {num:150-190} cm  Weight {num:45-140} kg  BSA {dec:1-2}  BP {num:95-170}/{num:55-95}  HR {num:48-120}\n`,
    `${title}\n{pt} | {age}{sex} | {own} {~unit}\nReferring: Dr. {ref} ({{cardclinic}|{clinic}})\n`,
    `{cardclinic} - ${title}\nPT: {ptLF:U}  DOB {dob}  ACCT {account}\n`,
  ]));
  const ind = (): void => c.w('\nINDICATION: {~hx}; {~complaint}.{? Previous study {date} at {hosp}.}\n');
  const body = (): void => { c.w('\n{FINDINGS|Measurements and findings|RESULTS}:\n'); findings(c, pool, c.int(4, 8), c.chance(0.35)); };
  const concl = (): void => c.w(c.pick([
    `\nCONCLUSIONS:\n1. {~${pool}}\n2. Compared with the study of {date}, {no significant change|${kind === 'echo' ? 'EF has improved|new moderate MR' : kind === 'cath' ? 'progression of LAD disease|stents patent' : 'AF burden lower|threshold stable'}}.\n`,
    '\nSUMMARY: {Successful PCI as above.|Non-obstructive CAD.|Normal device function.|Inducible AVNRT; slow pathway ablated.} Plan discussed with {ptF} and {kinRel} {kin}.\n',
    '\nIMPRESSION: see above. Results to Dr. {refL} ({phone}).\n',
    '\nRecommendations: DAPT (aspirin + Brilinta) x 12 months. Follow-up with Dr. {refL} at {clinic} on {next}.\n',
  ]));
  const signs = [
    '\nInterpreting physician: {rad}, MD, FACC\nElectronically signed {after} {time}\n',
    '\n/s/ {radL:U} {after}\n',
    kind === 'echo' ? '\nSonographer: {tech}, RDCS. Reader: {rad}, MD.\n' : kind === 'cath' ? '\nOperator: {rad}, MD (NPI {npi}). Fellow: {res}, MD. Scrub: {nurseNm}, RCIS. Circulator: {nurseNm}, RN.\n' : '\nDevice clinic RN: {nurseNm}. Reviewed and signed by {rad}, MD (EP).\n',
    kind === 'echo' ? '\nPerformed by {techI}. Read by Dr. {radL}; fellow {res}.\n' : kind === 'cath' ? '\n{rad}, MD, FSCAI / {res}, MD (fellow)\n' : '\nEP attending: {rad}, MD. Industry support: {name}.\n',
  ];
  const sign = (): void => c.w(c.pick(signs));
  const structures: Array<() => void> = [
    () => { head(); ind(); body(); concl(); sign(); },
    () => { head(); body(); sign(); },
    () => { head(); c.w('\nComparison: {date} ({hosp}).\n'); body(); concl(); sign(); },
    () => { head(); ind(); body(); c.w('\nCritical finding communicated to Dr. {refL} at {time}; read back.\n'); sign(); },
    () => { c.w(`${title.toLowerCase()} - prelim\n{ptLF:L} {mrn}\n`); findings(c, pool, c.int(2, 4), true); c.w('d/w {refL:L} at {time}. final to follow. {resL:L}\n'); },
    () => { head(); c.w('\nConsent obtained from {~consentWho}. Time-out at {time}.\n'); findings(c, pool, c.int(3, 6)); concl(); sign(); },
    () => { head(); if (kind === 'ep') c.w('\nDevice implanted {date} by Dr. {docL} at {hospFull}. Device rep present: {name}.\n'); else c.w('\nPrior study {date} at {hospFull} (Dr. {docL}).\n'); findings(c, pool, c.int(3, 5)); c.w(kind === 'ep' ? '\nNext remote check {next}; in-clinic {next}. Pt lives in {ptTown}; transmissions from home monitor.\n' : '\nFollow-up in {ptTown} with Dr. {refL} on {next}.\n'); sign(); },
    () => { head(); ind(); body(); c.w('\nCC: {ref}; {doc}, {clinic}; {doc}\n'); sign(); },
    () => { c.w('CATH LAB NURSING LOG {examS}\n{tick} pt in room, ID verified with {ptFL} and band (MRN {mrn}).\n{tick} time-out ({radL}, {nurseNm}, {tech}).\n{tick} access obtained.\n'); findings(c, 'cathFind', 3, true); c.w('{tick} TR band on. Report to {nurseNm} ({~unit}).\n'); },
    () => { head(); body(); c.w('\nADDENDUM {after}: {Holter uploaded from {url}|Outside echo from {hosp} ({date}) reviewed}; impression unchanged. {radL}\n'); sign(); },
    () => { head(); c.w('\nPatient called at {phone} on {nearS}; spoke w/ {kinRel} {kin}; results explained. Callback # {phoneX}.\n'); body(); sign(); },
  ];
  c.pick(structures)();
}

function sleepStudy(c: Ctx): void {
  const title = c.pick(['POLYSOMNOGRAPHY REPORT', 'SPLIT-NIGHT PSG', 'CPAP TITRATION STUDY', 'HOME SLEEP APNEA TEST', 'MULTIPLE SLEEP LATENCY TEST']);
  const head = (): void => c.w(c.pick([
    `{sleepctr}\n{street}, {town}, {state} {zip}   Tel {phone}\n${title}\n\nPatient: {ptLF:U}  DOB: {dob}  MRN: {mrn}\nStudy date: {exam}   Study ID: {caseNo}\nReferring: {ref}, {clinic}\n`,
    `${title}  ({exam})\n{pt}, {age}{sex}, BMI {num:22-52}, neck {num:13-20} in\nOrdering physician: Dr. {ref}\n`,
    `{ownFull} Sleep Laboratory - ${title}\nNAME: {ptLF:U}   ACCT: {account}\n`,
  ]));
  const hist = (): void => c.w('\nHISTORY: {ptF} reports {loud snoring|witnessed apneas per {kinRel} {kinF}|daytime sleepiness, dozed off at the wheel|insomnia}. {~hx}.\n');
  const body = (): void => { c.w('\n{RESULTS|Data|FINDINGS}:\n'); findings(c, 'sleepFind', c.int(4, 9), c.chance(0.4)); };
  const imp = (): void => c.w(c.pick([
    '\nIMPRESSION: {Severe|Moderate|Mild} obstructive sleep apnea. RECOMMEND: CPAP {num:8-14} cm H2O; DME order sent to {dme}; follow-up with Dr. {refL} in {num:4-12} weeks.\n',
    '\nIMPRESSION: No significant sleep-disordered breathing. Consider MSLT if sleepiness persists.\n',
    '\nIMPRESSION: Central sleep apnea with Cheyne-Stokes respiration; recommend ASV titration and echo. Discussed with Dr. {refL} on {nearS}.\n',
    '\nIMPRESSION: Findings consistent with narcolepsy type 1. Driving safety discussed with {ptF} on {nearS}.\n',
  ]));
  const sign = (): void => c.w(c.pick([
    '\nScored by: {tech}, RPSGT\nInterpreted by: {rad}, MD, Diplomate ABSM\n',
    '\nTech: {techI}   Interpreting physician: {radLF}, MD  {near}\n',
    '\n-- {signer}, RRT, RPSGT\n{rad}, MD\n',
    '\n{rad:U}, MD - ELECTRONICALLY SIGNED {near}\n',
  ]));
  const structures: Array<() => void> = [
    () => { head(); hist(); body(); imp(); sign(); },
    () => { head(); body(); imp(); sign(); },
    () => { head(); hist(); c.w('\nTECHNICIAN NOTES: pt arrived {time} with {kinRel}. Lights out {tick}, lights on {time}. {Pt woke to use bathroom x2.|Split at {time} after AHI criteria met.|Mask changed to nasal pillows at {time}.}\n'); body(); imp(); sign(); },
    () => { head(); body(); c.w('\nPrevious study {date} at {sleepctr} (AHI {dec:5-60}).\n'); imp(); sign(); c.w('cc: {ref}; {doc} (ENT)\n'); },
    () => { c.w(`${title.toLowerCase()}\n{ptLF:L} dob {dob}\n`); findings(c, 'sleepFind', 3, true); c.w('imp: osa. cpap ordered. {radL:L}\n'); },
    () => { head(); c.w('\nEquipment: Compumedics Grael; ResMed AirSense 11. Montage per AASM v3.\n'); body(); imp(); sign(); },
    () => { head(); hist(); c.w('\nEmployer: {employer} ({commercial driver|night shift|pilot}). FMCSA form requested by {name} (HR, {phoneX}).\n'); body(); imp(); sign(); },
    () => { head(); body(); imp(); c.w('\nPatient notified by phone ({phone}) on {nearS} by {nurseNm}, RN; left message with {kinRel}.\n'); sign(); },
    () => { c.w('HOME SLEEP TEST - DEVICE LOG\nDevice serial {serial} dispensed {dateS} to {ptFL} by {tech}; returned {nearS}.\nAddress on file: {addr}\n'); body(); imp(); sign(); },
    () => { head(); hist(); body(); c.w('\nADDENDUM {after}: Raw data re-scored by {tech}; AHI revised. Dr. {refL} informed.\n'); sign(); },
  ];
  c.pick(structures)();
}

function labBloodbank(c: Ctx): void {
  const bb = c.chance(0.45);
  const pool = bb ? 'bbComment' : 'labComment';
  const head = (): void => c.w(c.pick([
    `{ownFull:U} {LABORATORY|CLINICAL LABORATORY|BLOOD BANK / TRANSFUSION SERVICE}\nPatient: {ptLF:U}   MRN: {mrn}   DOB: {dob}   Loc: {~unit}\nCollected: {exam} {time}   Received: {exam} {time}\nSpecimen #: ${bb ? '{bbspec}' : '{spec}'}   Ordering: {refLF}\n`,
    `LAB COMMENT - {exam}\n{pt} ({mrn})\n`,
    `${bb ? 'TRANSFUSION SERVICE CONSULT' : 'Pathologist interpretation'}\nName: {ptLF}  Age {age}  Sex {sex}\nRequesting: {ref} ({~service}, pager {pager})\n`,
    `RESULT NOTE\nPT {ptLF:U}  MRN {mrn}  ACC {acc}\n`,
  ]));
  const comments = (): void => { c.w('\n{COMMENT|Comments|Result comment|TECH NOTE}:\n'); findings(c, pool, c.int(2, 5), c.chance(0.4)); };
  const sign = (): void => c.w(c.pick([
    '\nVerified by: {tech}, MLS(ASCP)  {time}\n',
    '\nMedical director: {rad}, MD\n',
    '\n-- {techI} / {rad} (transfusion medicine attending, pager {pager})\n',
    '\nReviewed by {rad}, MD on {near}.\n',
    '\n-- {signer}, MLS(ASCP)\n',
  ]));
  const structures: Array<() => void> = [
    () => { head(); comments(); sign(); },
    () => { head(); c.w('\nTest: {CBC w/ diff|BMP|Type and screen|Coags|Blood culture|Troponin|Antibody ID}\n'); comments(); sign(); },
    () => { head(); comments(); c.w('\nReference lab: {reflab}, {town}, {state}. Call {phone} with questions.\n'); sign(); },
    () => { c.w('CRITICAL CALL LOG\n'); for (let i = 0, n = c.int(2, 5); i < n; i++) c.w('{nearS} {time}  {~labComment}\n'); sign(); },
    () => { head(); c.w('\nPrior records: {hosp} blood bank ({phone}) contacted on {nearS}; spoke with {name}, who reported {anti-E|anti-c|anti-K|no antibodies} on file from {yr}.\n'); comments(); sign(); },
    () => { c.w('tech note {examS} {time}\n{ptLF:L} {mrn}\n'); findings(c, pool, c.int(1, 3)); c.w('{techI:L}\n'); },
    () => { head(); comments(); c.w('\nUnits issued:\n- {unit} PRBC O NEG  {time}  issued to {name}\n- {unit} FFP A  {time}\nReturned unused: {unit}\n'); sign(); },
    () => { head(); comments(); c.w('\nTransfusion consult: discussed with Dr. {refL} at {time}. {ptF}\'s {kinRel} {kin} consents to blood products. {Pt is a Jehovah\'s Witness; cell saver only.|}\n'); sign(); },
    () => { head(); c.w('\nSpecimen rejected: {unlabeled|hemolyzed|clotted|QNS|wrong tube}. Collected by {nurseNm} ({~unit}). Redraw requested; {nurseNm} notified at {time}, read back.\n'); sign(); },
    () => { head(); comments(); c.w('\nSend-out tracking #: {id}. Shipped to {reflab} on {nearS}. Results portal: {url}\n'); sign(); },
    () => { c.w('NEWBORN SCREEN / CORD BLOOD\nMother: {ptLF} MRN {mrn}\nInfant: Baby {Boy|Girl} {ptL}, DOB {exam}\nCord blood: A POS, DAT negative. Mother O POS.\n'); comments(); sign(); },
  ];
  c.pick(structures)();
}

function transferSummary(c: Ctx): void {
  const head = (): void => c.w(c.pick([
    '{hospFull:U}\nINTERFACILITY TRANSFER SUMMARY\n\nPatient: {ptLF:U}   DOB: {dob}   MRN (sending): {mrn}\nAdmit: {date}   Transfer: {exam}\nSending MD: {refLF}, MD   Receiving: {radLF}, MD ({ownFull})\n',
    'Transfer Summary - {exam}\nFrom: {hosp} ({town}, {state})\nTo: {own}, {~unit}\nPt: {pt}, {age} {~yo} {sexw}\n',
    'OSH TRANSFER NOTE\nOSH: {hosp}\nOSH MD: Dr. {ref}, phone {phoneX}\nPatient {ptLF} MRN {mrn}, DOB {dob}\n',
    'TRANSFER CENTER INTAKE {exam} {time}\nCaller: {nurseNm} (RN, {hosp}) callback {phone}\nPatient: {ptLF:U}  Age {age}\nAccepting: Dr. {radL}\n',
  ]));
  const course = (): void => { c.w('\n{HOSPITAL COURSE|Brief course|Summary}:\n'); findings(c, 'transferCourse', c.int(5, 10), c.chance(0.3)); };
  const imaging = (): void => c.w('\nIMAGING AT OSH: {~compare} {~chestFind|~neuroFind|~abdFind}\n'.replace('{~chestFind|~neuroFind|~abdFind}', '{{~chestFind}|{~neuroFind}|{~abdFind}}'));
  const social = (): void => c.w('\nSOCIAL: Lives {alone|with {kinRel} {kin}|at {snf}} in {ptTown}{?, {state}}. {Retired from {employer}.|Works at {employer}.|Originally from {country}, moved to {town} in {yr}.} {Pharmacy: {pharm}.|}\n');
  const sign = (): void => c.w(c.pick([
    '\nPrepared by: {ref}, MD ({hosp})  {exam}\n',
    '\nFamily at bedside: {rel} {first}, {rel} {first} and {kinRel} {kin}.\n-- {ref}, MD\n',
    '\nAccepted by {rad}, MD at {time}. Bed: {~unit}. Transport: {ems}.\n',
    '\nDictated by {doc}, PA-C for Dr. {refL}. {initials}\n',
    '\n-- {ref:U}, MD, HOSPITALIST\n',
  ]));
  const structures: Array<() => void> = [
    () => { head(); course(); imaging(); social(); sign(); },
    () => { head(); course(); sign(); },
    () => { head(); c.w('\nREASON FOR TRANSFER: {~complaint}; needs {neurosurgery|IR|cath lab|ECMO evaluation|burn unit}.\n'); course(); social(); sign(); },
    () => { head(); imaging(); course(); c.w('\nContacts: {kinRel} {kin} {phone}; {kinRel} {kin} {phone}\n'); sign(); },
    () => { c.w('transfer note {examS}\npt {ptFL:L} from {hosp:L}\n'); findings(c, 'transferCourse', c.int(3, 5), true); c.w('accepted by {radL:L}. {ems:L} eta {time}.\n'); },
    () => { head(); course(); c.w('\nLabs at OSH ({date}): WBC {dec:4-20}, Hgb {dec:7-15}, Plt {num:40-400}, Cr {dec:0-4}, lactate {dec:1-6}.\n'); sign(); },
    () => { head(); social(); course(); c.w('\nAddress: {addr}. Phone {phone}.\n'); sign(); },
    () => { head(); c.w('\nHPI: {ptF} is a {age} {~yo} with {~hx} who presented to {hosp} on {date} after {~complaint} at {home|work ({employer})|church|the grocery store}.\n'); course(); sign(); },
    () => { head(); course(); imaging(); c.w('\nRN report: {nurseNm} to {nurseNm} at {time}. Belongings sent with {kinRel}. Valuables envelope # {id}.\n'); sign(); },
    () => {
      c.w('TRANSFER CENTER CALL LOG  {exam}\n');
      c.w('{tick}  call from {nurseNm} ({hosp}, {phone}) re: {ptLF}, {age}{sex}, {cc}.\n{tick}  paged Dr. {radL} ({~service}).\n{tick}  {radL} called back; accepted. Bed {~unit}.\n{tick}  {ems} notified; ETA {num:30-120} min.\n{tick}  spoke w/ {kinRel} {kin} ({phone}), updated.\n');
      c.w('\nFamily: {kinRel} {kinF} (HCP), {rel} {first}, {rel} {name}.\n');
      course(); sign();
    },
    () => { head(); c.w('\nTransfer delayed due to weather; air transport unavailable. Ground transport by {ems} arranged at {time}.\n'); course(); social(); sign(); },
  ];
  c.pick(structures)();
}

function emsRunSheet(c: Ctx): void {
  const head = (): void => c.w(c.pick([
    '{ems:U}\nPATIENT CARE REPORT\nINCIDENT #: {incident}   UNIT: {Medic|Rescue|Ambulance|A} {num:1-40}   DATE: {exam}\nPT: {ptLF:U}   DOB: {dob}   AGE: {age}\nADDRESS: {addr}\n',
    'EMS Run Sheet - {exam}\nAgency: {ems}\nIncident {incident}\nPatient: {pt} ({age}{sex})\n',
    'PCR {incident} | {ems} | {exam}\nName: {ptLF}  Ph {phone}\nPickup: {street}, {ptTown}\nDestination: {hosp}\n',
  ]));
  const times = (): void => c.w('\nTIMES: Dispatch {tick} / Enroute {tick} / On scene {tick} / Pt contact {tick} / Transport {tick} / At dest {tick}\n');
  const vitals = (): void => { c.w('\nVITALS:\n'); for (let i = 0, n = c.int(2, 4); i < n; i++) c.w('{tick}  BP {num:80-200}/{num:40-110}  HR {num:40-150}  RR {num:8-32}  SpO2 {num:82-100}%  GCS {num:6-15}  BGL {num:40-400}\n'); };
  const narr = (refusal = false): void => {
    c.w('\nNARRATIVE:\n');
    findings(c, 'emsScene', c.int(1, 2));
    findings(c, 'emsAssess', c.int(2, 4));
    findings(c, 'emsTreat', c.int(1, 3));
    c.w(refusal ? '{~emsRefuse}\n' : '{~emsDispo}\n');
  };
  const crew = (): void => c.w(c.pick([
    '\nCrew: {name}, Paramedic (lic {lic}); {name}, EMT-B (lic {lic})\n',
    '\nPRIMARY: {nameLF}, NRP   SECONDARY: {nameLF}, EMT\nReceiving RN signature: {nurseNm}\n',
    '\n-- {name}, EMT-P  #{badge}\n',
    '\n-- {signer}, NRP / {signer}, EMT-B\n',
  ]));
  const structures: Array<() => void> = [
    () => { head(); times(); narr(); vitals(); crew(); },
    () => { head(); narr(); crew(); },
    () => { head(); c.w('\nCC: {~complaint}\nHX: {~hx}\nMEDS: Lasix, Eliquis, Xanax, metoprolol\nALL: NKDA\n'); narr(); vitals(); crew(); },
    () => { head(); vitals(); narr(); c.w('\nPt belongings given to {kinRel} {kin}.\n'); crew(); },
    () => { c.w('run {incident} {exam}\n'); c.w('pt {ptFL:L} {age}{sex} from {ptTown:L}\n'); findings(c, 'emsAssess', c.int(2, 4), true); c.w('- {~emsDispo}\n'); crew(); },
    () => { head(); times(); c.w('\nSCENE: {Private residence|Nursing home ({snf})|Roadway, Route {num:1-495}|Workplace ({employer})|Church ({church})}\n'); narr(); crew(); },
    () => { head(); narr(true); c.w('\nREFUSAL: Pt competent, refused transport. Signed by pt and witness {name}. Advised to f/u with PCP Dr. {docL}.\n'); crew(); },
    () => { head(); c.w('\nINTERFACILITY: from {hosp} to {hosp}. Sending RN {nurseNm}, accepting Dr. {docL}. Drips: heparin {num:800-1800} u/h.\n'); vitals(); narr(); crew(); },
    () => { head(); times(); narr(); c.w('\nBilling: Medicare # {id}; SSN last 4 {ssn4}. Facesheet obtained from {hosp}.\n'); crew(); },
    () => { head(); c.w('\nMCI triage tag {id}. Medical control: Dr. {docL} at {hosp} ({phone}).\n'); narr(); vitals(); crew(); },
  ];
  c.pick(structures)();
}

const BUILDERS: Record<Style, (c: Ctx) => void> = {
  radiology, pathology, ir_procedure: irNote, cardiology, sleep_study: sleepStudy, lab_bloodbank: labBloodbank, transfer_summary: transferSummary, ems_run_sheet: emsRunSheet,
};
const FILLER: Record<Style, string> = {
  radiology: 'chestFind', pathology: 'micro', ir_procedure: 'irBody', cardiology: 'echoFind', sleep_study: 'sleepFind', lab_bloodbank: 'labComment', transfer_summary: 'transferCourse', ems_run_sheet: 'emsAssess',
};
const TRICKY: Record<Style, string> = {
  radiology: 'tricky', pathology: 'trickyPath', ir_procedure: 'tricky', cardiology: 'trickyGen', sleep_study: 'trickyGen', lab_bloodbank: 'trickyGen', transfer_summary: 'trickyGen', ems_run_sheet: 'trickyGen',
};
const STYLE_WEIGHTS: Array<[Style, number]> = [
  ['radiology', 30], ['pathology', 13], ['ir_procedure', 10], ['cardiology', 12], ['sleep_study', 7], ['lab_bloodbank', 10], ['transfer_summary', 10], ['ems_run_sheet', 8],
];

// ---------------------------------------------------------------- post-processing and assembly
const ABBREV: Array<[RegExp, string[]]> = [
  [/\bthe patient\b/g, ['pt', 'the pt']], [/\bpatient\b/g, ['pt']], [/\bwith\b/g, ['w/', 'with']], [/\bhistory\b/g, ['hx', 'h/o']],
  [/\bstatus post\b/g, ['s/p']], [/\bfollow-up\b/g, ['f/u', 'fu']], [/\bwithout\b/g, ['w/o']], [/\band\b/g, ['&', 'and']], [/\bdiscussed with\b/g, ['d/w']],
];

function sloppify(c: Ctx, s: string, level: number): string {
  if (level === 0 || s.length < 3) return s;
  let out = s;
  if (level >= 1) {
    for (const [re, subs] of ABBREV) if (c.chance(0.35 * level)) out = out.replace(re, () => c.pick(subs));
  }
  // occasional typos in ordinary words (letters swapped / dropped)
  out = out.replace(/\b[a-z]{6,}\b/g, (w) => {
    if (!c.chance(0.006 * level)) return w;
    const i = c.int(1, w.length - 3);
    return c.chance(0.5) ? w.slice(0, i) + w[i + 1] + w[i] + w.slice(i + 2) : w.slice(0, i) + w.slice(i + 1);
  });
  // sloppy spacing / punctuation
  out = out.replace(/([.,:]) /g, (m, p: string) => (c.chance(0.04 * level) ? (p === '.' ? ' ' : `${p}`) : c.chance(0.05 * level) ? `${p}  ` : m));
  return out;
}

function pickStyle(c: Ctx): Style {
  const total = STYLE_WEIGHTS.reduce((a, [, w]) => a + w, 0);
  let r = c.rng() * total;
  for (const [s, w] of STYLE_WEIGHTS) { r -= w; if (r < 0) return s; }
  return 'radiology';
}

function assemble(c: Ctx, mode: CaseMode, level: number): { text: string; phi: GeneratedSpan[] } {
  let text = '';
  const phi: GeneratedSpan[] = [];
  for (const sg of c.segs) {
    let t = sg.c ? sg.t : sloppify(c, sg.t, level);
    if (mode === 'upper') t = t.toUpperCase();
    else if (mode === 'lower') t = t.toLowerCase();
    if (sg.c) {
      const start = text.length;
      text += t;
      phi.push({ start, end: text.length, category: sg.c });
    } else text += t;
  }
  return { text: text.replace(/\s+$/, '') + '\n', phi };
}

/** Generate `count` labelled notes; the same (count, seed) always gives the same notes. */
export function generate(count: number, seed: number): GeneratedNote[] {
  const out: GeneratedNote[] = [];
  const master = mulberry32(seed ^ 0x5eed1e55);
  for (let i = 0; i < count; i++) {
    const c = new Ctx(Math.floor(master() * 4294967296));
    const style = i < STYLES.length && count >= STYLES.length * 4 ? (STYLES[i] as Style) : pickStyle(c);
    const r = c.rng();
    const mode: CaseMode = r < 0.35 ? 'upper' : r < 0.85 ? 'mixed' : 'lower';
    const level = mode === 'lower' ? c.int(1, 2) : c.chance(0.4) ? 1 : 0;
    BUILDERS[style](c);
    // short notes get a closing line so every note has a realistic minimum length
    let words = c.segs.reduce((a, s) => a + s.t.split(/\s+/).filter(Boolean).length, 0);
    for (let k = c.chance(0.3) ? c.int(1, 2) : 0; k > 0; k--) c.w(c.chance(0.6) ? '\n{~tail}' : `\n{~${TRICKY[style]}}`);
    while (words < 100) {
      const before = c.segs.length;
      c.w(c.chance(0.25) ? '\n{~tail}\n' : `\n{~${FILLER[style]}} {~${TRICKY[style]}}\n`);
      words += c.segs.slice(before).reduce((a, s) => a + s.t.split(/\s+/).filter(Boolean).length, 0);
    }
    const { text, phi } = assemble(c, mode, level);
    out.push({ patient: `${c.pt.first} ${c.pt.last}`, text, phi, style });
  }
  return out;
}
