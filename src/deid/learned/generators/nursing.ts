/**
 * Writer "nursing": an independent generator of labelled clinical notes in nursing / bedside styles
 * (ICU capitals flowsheets, hand-offs, respiratory therapy, lower-case progress notes, telemetry and
 * rapid-response events, night-float cross-cover, transfer / bed-flow and family-communication notes).
 *
 * Training data only. Every PHI value is appended through a labelled segment, so offsets are
 * recorded while the text is built (never searched for afterwards). Self-contained: inline PRNG.
 */

// The project's seeded PRNG (mulberry32); this writer's first version inlined the same function.
import { mulberry32 } from '../../../util/prng.js';
export interface GeneratedSpan { start: number; end: number; category: string }
export interface GeneratedNote { patient: string; text: string; phi: GeneratedSpan[]; style: string }
export const WRITER_NAME = 'nursing';

export const NURSING_STYLES = [
  'icu-caps',
  'handoff',
  'respiratory',
  'lower-progress',
  'event',
  'cross-cover',
  'transfer',
  'family',
] as const;
export type NursingStyle = (typeof NURSING_STYLES)[number];

type Cat = 'NAME' | 'LOCATION' | 'STATE' | 'DATE' | 'DATE_YEAR' | 'AGE' | 'PHONE' | 'ID' | 'EMAIL' | 'URL' | 'OTHER';
interface Seg { s: string; c: Cat }
type Piece = string | number | Seg | readonly Piece[];
type Mode = 'upper' | 'lower' | 'mixed';

// ---------------------------------------------------------------------------------------------
// PRNG
// ---------------------------------------------------------------------------------------------

class Rng {
  private readonly next: () => number;
  constructor(seed: number) { this.next = mulberry32(seed); }
  f(): number { return this.next(); }
  int(lo: number, hi: number): number { return lo + Math.floor(this.next() * (hi - lo + 1)); }
  pick<T>(a: readonly T[]): T { return a[Math.floor(this.next() * a.length)] as T; }
  chance(p: number): boolean { return this.next() < p; }
  /** pick index by weights */
  w(weights: readonly number[]): number {
    const total = weights.reduce((x, y) => x + y, 0);
    let v = this.next() * total;
    for (let i = 0; i < weights.length; i++) { v -= weights[i] as number; if (v < 0) return i; }
    return weights.length - 1;
  }
  some<T>(a: readonly T[], n: number): T[] {
    const copy = a.slice();
    const out: T[] = [];
    while (out.length < n && copy.length) out.push(copy.splice(Math.floor(this.next() * copy.length), 1)[0] as T);
    return out;
  }
}

const list = (s: string): string[] => s.split(/\s*[,\n]\s*/).map((x) => x.trim()).filter(Boolean);

// ---------------------------------------------------------------------------------------------
// Inventories (typed here; no external lists)
// ---------------------------------------------------------------------------------------------
const GIVEN_F = list(`
Ngozi, Adaeze, Ama, Abena, Efua, Folake, Chiamaka, Ifeoma, Yetunde, Amara, Fatoumata, Aminata, Awa, Akosua, Adjoa,
Priya, Ananya, Lakshmi, Deepa, Meera, Harpreet, Sunita, Nusrat, Tahmina, Kavya, Pooja, Nandini, Rupinder, Shalini,
Mei, Yuki, Sakura, Linh, Huong, Seo-yeon, Xiaoling, Keiko, Hoa, Yuna, Thuy, Mai, Jia, Hana,
Oksana, Svetlana, Katarzyna, Agnieszka, Olena, Vesna, Jelena, Irina, Ludmila, Halyna, Zofia, Bozena,
Fatima, Layla, Rania, Noor, Amira, Leila, Zainab, Huda, Salma, Yasmin, Mariam, Dalia,
Guadalupe, Marisol, Xiomara, Ximena, Esperanza, Consuelo, Rosario, Luz, Dolores, Mercedes, Catalina, Inés, Yesenia, Maribel,
Siobhan, Niamh, Aoife, Brigid, Saoirse, Fionnuala, Roisin, Maeve, Deirdre,
Sigrid, Astrid, Ingrid, Freya, Solveig, Annika, Ragnhild, Liv,
Eleni, Konstantina, Despina, Athena, Vasiliki, Theodora, Calliope,
Miriam, Yael, Shira, Rivka, Tova, Esther, Batya, Devorah, Chana,
Winona, Tayanita, Aiyana, Nizhoni, Ayasha, Kiona, Onawa, Hania,
Margaret, Dorothy, Mildred, Gladys, Lorraine, Jennifer, Karen, Linda, Patricia, Deborah, Donna, Shirley, Beverly,
Brittany, Kayla, Ashley, Madison, Tanya, Tammy, Darlene, Earlene, Luanne, LaToya, Shaniqua, Keisha, Latrice, Imani, Aaliyah
`);
/** given names that are also ordinary English words */
const GIVEN_F_WORD = list(`
Hope, Faith, Joy, Rose, Grace, Summer, Dawn, Autumn, April, May, June, Violet, Iris, Lily, Ivy, Holly, Pearl, Ruby, Amber,
Crystal, Heather, Jasmine, Daisy, Hazel, Olive, Sky, Rain, Sunny, Star, Angel, Bliss, Honor, Patience, Prudence, Mercy,
Charity, Constance, Harmony, Melody, Destiny, Trinity, Penny, Candy, Ginger, Robin, Wren, Misty, Ember, Liberty, Journey,
Brook, Page, Sandy, Sage, Fawn, Dove, Lark, Clementine, Rosemary
`);
const GIVEN_M = list(`
Chidi, Oluwaseun, Kwame, Kofi, Yaw, Tunde, Emeka, Babajide, Kehinde, Taiwo, Nnamdi, Obinna, Mamadou, Ousmane, Ibrahima, Kojo,
Arjun, Rohan, Venkat, Sanjay, Aarav, Gurpreet, Rajesh, Farhan, Anil, Sriram, Vikram, Imran, Mohinder,
Wei, Jun, Hiroshi, Haruto, Minh, Thanh, Jiho, Min-jun, Jian, Takeshi, Bao, Duc, Quang, Hyun-woo,
Dmitri, Bogdan, Tomasz, Wojciech, Mykola, Dragan, Milos, Zoran, Yaroslav, Taras, Piotr, Vaclav,
Omar, Khalid, Yousef, Samir, Hassan, Tariq, Mustafa, Karim, Bilal, Walid, Nabil, Ziad,
Alejandro, Rafael, Jesús, José, Joaquín, Ramón, Guillermo, Efraín, Teodoro, Wilfredo, Heriberto,
Padraig, Ciaran, Declan, Eamon, Colm, Cormac, Oisin, Fergus, Seamus,
Bjorn, Lars, Soren, Leif, Torvald, Henrik, Nils, Anders,
Dimitrios, Georgios, Stavros, Panagiotis, Christos, Spiros, Thanasis,
Moshe, Avi, Chaim, Eliezer, Mordechai, Yitzhak, Shlomo, Ari,
Takoda, Chayton, Koda, Wapasha, Dakota, Sakari, Hotah,
Harold, Walter, Eugene, Kevin, Brian, Thomas, Gary, Raymond, Wayne, Tyler, Jordan, Logan, Connor, Shane, Roscoe, Vernon,
Otis, Delbert, DeShawn, Jamal, Tyrone, Marquis, Darnell, Eddie, Leroy
`);
const GIVEN_M_WORD = list(`
Will, Bill, Frank, Mark, Chase, Hunter, Archer, Mason, Cooper, Carter, Gunner, Drew, Rich, Rusty, Buck, Duke, King, Prince,
Earl, Major, Bishop, Deacon, Cliff, Dale, Glen, Heath, Forest, Reed, Rock, Stone, Wade, Cash, Miles, Lance, Pierce, Rowan,
Jay, Bear, Wolf, Hawk, Gene, Ray, Guy, Nick, Pat, Art, Jack, Bud, Clay, Ford, Beau, Noble, Royal, Justice, River, Storm,
Lake, Harbor, Sterling, Booker, Judge, Woody
`);
const SURNAMES = list(`
Okafor, Adeyemi, Mensah, Owusu, Boateng, Nwosu, Eze, Okonkwo, Diallo, Traore, Keita, Coulibaly, Ndiaye, Asante, Appiah,
Ogunleye, Balogun, Adebayo, Oyelaran, Chukwu, Acheampong, Danso, Bangura, Kamara, Sesay, Conteh, Koroma, Jalloh,
Patel, Shah, Reddy, Iyer, Krishnan, Nair, Menon, Gupta, Chatterjee, Banerjee, Mukherjee, Desai, Joshi, Kulkarni, Rao,
Venkataraman, Subramanian, Singh, Gill, Sandhu, Dhillon, Grewal, Khan, Chowdhury, Rahman, Hossain, Siddiqui, Qureshi,
Malik, Bhattacharya, Pillai, Thakur,
Nguyen, Tran, Le, Pham, Hoang, Vu, Dang, Bui, Chen, Wang, Li, Zhang, Liu, Huang, Zhao, Wu, Zhou, Xu, Lin, Kim, Choi,
Jung, Kang, Yoon, Lim, Tanaka, Suzuki, Watanabe, Yamamoto, Nakamura, Kobayashi, Sato, Ito, Takahashi, Matsumoto, Inoue,
Kimura, Hayashi,
Kowalski, Nowak, Wisniewski, Wojcik, Kaminski, Lewandowski, Zielinski, Szymanski, Kozlov, Petrov, Ivanova, Smirnov,
Volkov, Sokolov, Popescu, Horvat, Kovacevic, Novak, Dvorak, Shevchenko, Bondarenko, Kovalenko, Tkachenko, Marchenko,
Jovanovic, Petrovic, Nikolic, Babic, Krawczyk, Mazur, Zajac,
Haddad, Khoury, Nassar, Saleh, Mansour, Hamdan, Aziz, Farouk, El-Sayed, Abdullah, Al-Masri, Al-Khatib, Ibrahim,
Darwish, Suleiman, Bakr, Jaber, Najjar, Shaheen, Awad, Barakat, Hijazi, Al-Rashid,
Garcia, Rodriguez, Martinez, Hernandez, Lopez, Gonzalez, Perez, Sanchez, Ramirez, Torres, Flores, Rivera, Gomez, Diaz,
Reyes, Morales, Cruz, Ortiz, Gutierrez, Chavez, Ramos, Ruiz, Alvarez, Mendoza, Castillo, Jimenez, Vasquez, Romero,
Herrera, Medina, Aguilar, Vega, Castro, Delgado, Fuentes, Ochoa, Villanueva, de la Cruz, de la Rosa, del Valle, de Leon,
San Martin, Santiago, Espinoza, Barrientos, Quintero, Ibáñez, Muñoz,
O'Neill, O'Brien, O'Connor, O'Sullivan, O'Donnell, O'Malley, O'Reilly, Murphy, Kelly, Walsh, Byrne, Ryan, Doyle,
Gallagher, Kavanagh, Flanagan, Donovan, Brennan, Quinn, Keane, Fitzgerald, Fitzpatrick, McCarthy, McLaughlin, McGrath,
McNamara, McGuire, MacDonald, MacKenzie, MacLeod, McBride, Mulcahy, Sheehan, Dunne, Nolan, Moriarty, Mac an tSaoi,
Lindqvist, Johansson, Andersson, Nilsson, Eriksson, Larsen, Hansen, Pedersen, Nielsen, Sorensen, Halvorsen, Bergstrom,
Lindgren, Sandberg, Dahl, Haugen, Solberg, Virtanen, Korhonen, Magnusson, Gunnarsdottir, Thorsen, Engstrom,
Papadopoulos, Georgiou, Nikolaidis, Konstantinou, Christodoulou, Pappas, Demetriou, Karras, Stavropoulos, Alexiou,
Vlahos, Economou, Mavros,
Cohen, Levi, Levy, Goldberg, Friedman, Katz, Rosenberg, Shapiro, Weiss, Klein, Greenberg, Rubin, Kaplan, Schwartz,
Horowitz, Mizrahi, Ben-David, Abramowitz, Feldman, Rabinowitz, Birnbaum, Adler,
Begay, Yazzie, Tsosie, Benally, Nez, Etsitty, Manygoats, Running Bear, Two Feathers, Whitehorse, Redcloud, Tohee, Chee,
Lente, Deschenie, Attakai, Silversmith, Yellowhorse, Spottedhorse,
Van Buren, Van der Berg, Van Dyke, Van Houten, Ten Eyck, DeVries, Vos,
Okafor-Lindqvist, Garcia-Mendez, Smith-Baptiste, Nguyen-Tran, Haddad-Kelly, Rivera-Ortiz, Hughes-Mensah, Kowalski-Brandt,
Smith, Johnson, Williams, Jones, Davis, Wilson, Anderson, Thomas, Jackson, Harris, Thompson, Robinson, Lewis, Clark,
Allen, Wright, Scott, Adams, Nelson, Mitchell, Campbell, Roberts, Phillips, Evans, Edwards, Collins, Stewart, Morris,
Rogers, Murray, Hughes, Foster, Bryant, Russell, Griffin, Hayes, Myers, Jenkins, Perry, Powell, Sullivan, Butler,
Henderson, Coleman, Simmons, Patterson, Washington, Alexander, Hamilton, Graham, Wallace, Pruitt, Tucker, Dawson,
Boudreaux, Thibodeaux, Fontenot, LeBlanc, Arceneaux, Gauthier, Tremblay, Bouchard, Pelletier, Ouellette, Beaulieu,
Desrosiers, St. Pierre, St. Germain, Dupont,
Schmidt, Mueller, Schneider, Wagner, Becker, Hoffmann, Koch, Richter, Neumann, Zimmermann, Krause, Hartmann, Brandt, Hahn,
Kessler, Schultz,
Rossi, Russo, Esposito, Romano, Colombo, Ricci, Marino, Greco, Bruno, Gallo, Conti, De Luca, Mancini, Costa, Giordano,
Lombardi, Moretti, Barbieri, Fontana, Caruso, DiNapoli, LoBianco,
Yilmaz, Kaya, Demir, Celik, Sahin, Ozturk, Tehrani, Ahmadi, Hosseini, Karimi, Moradi, Rostami, Sadeghi,
Petrosyan, Hovhannisyan, Sarkisian, Avakian, Bautista, Mercado, Villareal, Macaraeg, Dimaculangan, Pangilinan, dela Cruz,
Kealoha, Kahananui, Fonoti, Tuiasosopo, Baptiste, Pierre-Louis, Jean-Baptiste, Desir, Toussaint, Celestin
`);
/** surnames that are also ordinary English words */
const SURNAMES_WORD = list(`
Hope, Hill, Stone, Wood, Young, Price, Moody, Cook, Best, Rich, Little, Love, Day, Gay, Early, Hand, Fields, Bush, King,
Sharp, Summers, Wells, Marsh, Ward, Black, White, Brown, Green, Gray, Reed, Rice, Rivers, Lake, Banks, Street, Bridges,
Waters, Frost, Snow, Winter, Spring, Moon, Starr, Bird, Crane, Fox, Wolf, Lamb, Hart, Baker, Carpenter, Mason, Porter,
Hunter, Fisher, Farmer, Miller, Weaver, Cooper, Taylor, Carter, Turner, Walker, Knight, Bishop, Pope, Abbott, Dean,
Marshall, Noble, Goodman, Savage, Wise, Strong, Armstrong, Long, Short, Small, Swift, Bright, Sterling, Gold, Silver,
Steel, Cross, Church, Temple, Castle, Hall, House, Field, Meadows, Brooks, Woods, Forest, Grove, Park, Parks, Glass,
Bell, Horn, Sparks, Power, Lane, Joy, Bliss, Bond, Cash, Penny, Story, Hardy, Stout, Sweet, Honey, Ball, Archer, Salt,
Pepper, Rose, Flowers, Berry, Root, Branch, Birch, Ash, Oakes, Pine, Vines, Thorne, Heath, Moss, Ford, Cotton, Salmon,
Pike, Crow, Finch, Sparrow, Drake, Peacock, Graves, Chambers, Gardner, Hay, Mays, Slaughter, Blessing, Godwin, Kitchen,
Booth, Barber, Judge, Sargent, Bacon, Duck, Lord, Pence, Rush, Bowles, Mann, Read, Wing
`);
const ALL_GIVEN_F = [...GIVEN_F, ...GIVEN_F_WORD, ...GIVEN_F_WORD.slice(0, 30)];
const ALL_GIVEN_M = [...GIVEN_M, ...GIVEN_M_WORD, ...GIVEN_M_WORD.slice(0, 30)];
const ALL_SURNAMES = [...SURNAMES, ...SURNAMES_WORD];
const NICKNAMES = list(`
Bobby, Peggy, Dot, Hal, Walt, Gene, Bev, Patty, Debbie, Tony, Manny, Lupe, Chuy, Kasia, Dima, Sasha, Vova, Nacho,
Paco, Pancho, Lalo, Bubba, Sonny, Junior, Skip, Buddy, Sissy, Tootie, Tink, Boo, Pookie, Mimi, Nana, Bea, Lou, Mo,
Ike, Chip, Kit, Babs, Rocky, Sully, Fitz, Mac, Red, Dutch, Tiny, Smitty, Doc, Biscuit
`);
const WORD_TOWNS = list(`
Orchard Ridge, Maple Terrace, Stony Brook, Fall River, Granite Falls, Cedar Hollow, Pine Bluff, Millbrook, Riverbend,
Oak Hill, Elm Grove, Willow Creek, Spring Valley, Fairview, Lakeside, Mount Pleasant, Clearwater, Brookfield, Sunnyside,
Harmony, Liberty, Independence, Concord, Unity, Hope Mills, Friendship, Eden, Paradise, Bethel, Shiloh, Goshen, Canaan,
Salem, Providence, Warren, Auburn, Troy, Athens, Sparta, Carthage, Ithaca, Rome, Geneva, Florence, Vienna, Lima, Cairo,
Berlin, Quarry Hill, Coldwater Junction, Birch Harbor, Marrow Creek, Glen Haven, Two Rivers, Bear Lake, Deer Park,
Rocky Point, Sandy Hook, Red Bank, Long Meadow, Silver Spring, Goldfield, Iron Mountain, Copper Harbor, Falling Waters,
Eagle Pass, Cherry Valley, Apple Grove, Rose Hill, Green Island, White Plains, Black River Falls, Blue Earth, Bowling Green
`);
const REAL_TOWNS = list(`
Haverhill, Leominster, Fitchburg, Worcester, Lowell, Brockton, Taunton, Attleboro, Pawtucket, Woonsocket, Nashua, Keene,
Bangor, Lewiston, Burlington, Rutland, Pittsfield, Holyoke, Chicopee, Westfield, Amherst, Northampton, Greenfield,
Gardner, Athol, Ware, Palmer, Southbridge, Webster, Dudley, Spencer, Leicester, Shrewsbury, Marlborough, Framingham,
Natick, Milford, Hopedale, Uxbridge, Sutton, Grafton, Millbury, Tupelo, Muskogee, Enid, Paducah, Owensboro, Joplin,
Sedalia, Kokomo, Muncie, Terre Haute, Dubuque, Ottumwa, Council Bluffs, Kearney, Yankton, Minot, Bemidji, Duluth,
Eau Claire, Oshkosh, Kalamazoo, Saginaw, Ypsilanti, Zanesville, Chillicothe, Altoona, Scranton, Wilkes-Barre,
Hazleton, Pottsville, Hagerstown, Roanoke, Lynchburg, Asheville, Hickory, Gastonia, Sumter, Valdosta, Dothan,
Tuscaloosa, Hattiesburg, Natchez, Houma, Opelousas, Texarkana, Nacogdoches, Odessa, Abilene, Lubbock, Las Cruces,
Gallup, Farmington, Flagstaff, Prescott, Yuma, Barstow, Visalia, Modesto, Chico, Eureka, Medford, Yakima, Wenatchee,
Coeur d'Alene, Missoula, Bozeman, Casper, Laramie, Pueblo, Grand Junction, Chinle, Kayenta, Shiprock, Tuba City
`);
const INVENTED_TOWNS = list(`
Nettlefield, Brackenridge Falls, East Tamsworth, Port Ellery, Dunmore Crossing, Lower Saxby, Tillman's Corner, New Carrow,
Ashby Mills, Wrenfield, Harrowgate, Halsey Point, Fenwick Station, West Callan, North Pemberton, South Ashcombe,
Quenton, Marlow Heights, Kessington, Abbotsford Bay, Greyleigh, Pellham Center, Oxbow Landing, Tamarack, Wickersham,
St. Albray, Belmont Crossing, Hollis Depot, Carrickton, New Dunsany
`);
const TOWNS = [...WORD_TOWNS, ...REAL_TOWNS, ...INVENTED_TOWNS];
const COUNTIES = list(`Hampden County, Worcester County, Berkshire County, Bristol County, Essex County, Franklin County,
Kent County, Cherokee County, Navajo County, Orange County, Washington County, Plymouth County, Middlesex County`);
const STATES = list(`Massachusetts, Rhode Island, New Hampshire, Vermont, Maine, Connecticut, New York, Ohio, Texas, Florida,
Arizona, New Mexico, Georgia, Michigan, Oklahoma, Louisiana, Pennsylvania, North Carolina, Puerto Rico`);
const STATE_ABBR = list(`MA, RI, NH, VT, ME, CT, NY, OH, TX, FL, AZ, NM, GA, MI, OK, LA, PA, NC`);
const COUNTRIES = list(`Nigeria, Ghana, India, Vietnam, Poland, Ukraine, Mexico, Guatemala, Ireland, Haiti, Lebanon, Greece,
the Philippines, Korea, Cape Verde, the Dominican Republic, Brazil, Somalia, Nepal, Syria, El Salvador, Sierra Leone`);
const HOSPITALS = list(`
St. Brigid's, St. Brigid's Medical Center, SBMC, Mercy Valley Hospital, MVH, UMass Memorial, UMass, Baystate, Baystate Franklin,
Holy Redeemer Medical Center, Holy Redeemer, Granite Falls Regional, Orchard Ridge Community Hospital, Nashoba Valley Medical Center,
Heywood Hospital, Heywood, Athol Memorial, Clinton Hospital, Marlborough Hospital, Milford Regional, Saint Vincent Hospital, St. V's,
Lawrence General, Good Sam, Cape Cod Hospital, Falmouth Hospital, Sturdy Memorial, Anna Jaques, Lowell General, Saints,
Holy Family, Emerson Hospital, Newton-Wellesley, NWH, Mount Auburn, Faulkner, Carney Hospital, Morton Hospital, Signature Brockton,
Mass General, MGH, the Brigham, BWH, Beth Israel, BIDMC, Lahey, Cooley Dickinson, Mercy Springfield, Berkshire Medical Center, BMC Pittsfield,
Fall River Charlton, Charlton Memorial, St. Anne's, Hasbro Children's, Rhode Island Hospital, RIH, Kent Hospital, Elliot Hospital,
Dartmouth-Hitchcock, DHMC, Maine Med, Eastern Maine Medical Center, Tuba City Regional, Chinle IHS, Gallup Indian Medical Center, GIMC,
Our Lady of Lourdes, OLOL, Ochsner, Wenatchee Valley, Kootenai Health, Marrow Creek Memorial, Port Ellery General, PEG,
Harrowgate VA, the VA, Brackenridge Falls Regional, Greyleigh Medical Center`);
const SNFS = list(`
Orchard Ridge Rehab, Maplewood Nursing & Rehab, Sunrise Assisted Living, Evergreen Manor, The Willows at Fall River,
Kindred Hospital, Spaulding Rehab, Spaulding Cape Cod, Encompass Health, Whittier Rehab, Fairlawn Rehab, Life Care Center of Auburn,
Beaumont at Westborough, Jewish Healthcare Center, Hebrew SeniorLife, Notre Dame Long Term Care, Holy Trinity Nursing Home,
Cedar Hollow Skilled Nursing, Riverbend Healthcare, Briarwood Rehab, Oak Knoll Healthcare, Rose Hill Manor, Linden Ponds,
Harmony House Group Home, Seven Hills group home, St. Joseph's Manor, Golden Pond Assisted Living`);
const HOME_SERVICES = list(`Good Shepherd Hospice, Hospice of the Pioneer Valley, VNA of Central Mass, VNA Care, Bayada, Amedisys,
Cape Cod VNA, Fallon Home Care, Beacon Hospice, Seasons Hospice`);
const DIALYSIS = list(`Fresenius Kidney Care Fall River, DaVita Granite Falls, Fresenius Millbury, DaVita Tuba City, US Renal Care Leominster`);
const PSYCH = list(`Arbour Hospital, Arbour-HRI, Pembroke Hospital, AdCare, Spring Harbor Hospital, Westwood Lodge, Bournewood, Solomon Carter Fuller`);
const CLINICS = list(`Family Health Center of Worcester, Edward M. Kennedy Health Center,
Outer Cape Health, Community Health Connections, Greater Lawrence Family Health Center, Harbor Health, Orchard Ridge Internal Medicine,
Granite Falls Cardiology, Mercy Valley Pulmonary Associates, Reliant Medical Group, Reliant, Atrius, Fallon Clinic, Tri-River Family Health,
Kessington Family Practice, Northern Navajo Medical Center clinic, Great Brook Valley Health Center, GBVHC`);
const FACILITIES = [...SNFS, ...HOME_SERVICES, ...DIALYSIS, ...PSYCH, ...CLINICS];
const PHARMACIES = list(`CVS on Main St, CVS Shrewsbury, Walgreens on Park Ave, Walgreens, Rite Aid in Athol, Stop & Shop pharmacy,
Costco pharmacy, Big Y pharmacy, Hannaford pharmacy, Market Basket pharmacy, Brooks Pharmacy, Fallon Pharmacy, Kelley's Pharmacy,
Granite Falls Apothecary, Walmart pharmacy in Leominster`);
const SHELTERS_ETC = list(`Pine Street Inn, Rescue Mission, Open Door shelter, St. Vincent de Paul, Our Lady of the Lake,
First Baptist Church, Temple Beth El, Masjid Al-Noor, Holy Trinity Greek Orthodox, St. Stanislaus parish, Grace Chapel,
Bethel AME, Kingdom Hall, Salvation Army, Loaves & Fishes pantry, Friendly House, YWCA`);
const SCHOOLS = list(`Doherty High, Quinsigamond Community College, QCC, Holy Cross, WPI, Granite Falls Middle School,
Assumption, Clark University, Worcester State, UMass Lowell, Mount Wachusett CC, Burncoat Elementary, Diné College`);
const EMPLOYERS = list(`
Amazon warehouse, Amazon, Walmart, Home Depot, UPS, FedEx, Dunkin', Market Basket, Stop & Shop, Hannaford, Raytheon,
General Dynamics, Electric Boat, Pratt & Whitney, BJ's, Polar Beverages, Hanover Insurance, MassMutual, Fidelity,
State Street, Boston Scientific, Saint-Gobain, Staples, TJX, Wegmans, Shaw's, Price Chopper, Big Y, Friendly's, Sysco,
Keurig, Ocean Spray, New Balance, Verizon, Comcast, National Grid, Eversource, the MBTA, Worcester Public Schools,
Fall River DPW, Tyson plant, Cargill, Hormel, John Deere, Caterpillar, Kohler, Smithfield, Tractor Supply,
Granite Falls Paper Mill, Medtronic, Dana-Farber, Coca-Cola bottling, Lowe's, Target distribution center,
UMass Memorial dietary, Harrowgate Tool & Die, Kessington Foundry, Peabody Energy, Navajo Transitional Energy`);
const DME = list(`Apria, Lincare, AdaptHealth, Rotech, Northeast Medical Supply, Granite Falls Home Medical`);
const AMBULANCE = list(`AMR, Brewster Ambulance, Fallon Ambulance, Action Ambulance, Boston MedFlight, LifeFlight, Pro EMS, Armstrong Ambulance`);
const STREET_NAMES = list(`
Orchard Ridge, Maple, Elm, Pleasant, Chestnut, Highland, Prospect, Summer, Water, Mill, Church, School, Union,
Washington, Lincoln, Main, Park, Oak, Cedar, Walnut, Birch, Grove, Lake, Hillside, Sunset, Meadow, Brook, Pine,
Spruce, Cherry, Linden, Ash, Holly, Laurel, Dogwood, Beacon, Harbor, Bay, Canal, Depot, Railroad, Quarry, Granite,
Mechanic, Pearl, Green, Front, High, Hope, Liberty, Providence, Salisbury, Belmont, Plantation, Chandler, Grafton,
Stafford, Lovell, Burncoat, June, Winter, Water Tower, Old Mill, Fox Run, Deer Path, Indian Hill, Pleasant Valley`);
const STREET_SUFFIX = list(`St, Street, Rd, Road, Ave, Avenue, Ln, Lane, Dr, Drive, Ct, Circle, Way, Terrace, Pl, Blvd, Hwy, Pkwy`);
const MONTHS = list(`January, February, March, April, May, June, July, August, September, October, November, December`);
const MON3 = MONTHS.map((m) => m.slice(0, 3));
const EMAIL_DOMAINS = list(`gmail.com, yahoo.com, hotmail.com, comcast.net, aol.com, outlook.com, icloud.com, verizon.net, charter.net`);

// ---------------------------------------------------------------------------------------------
// Pieces and assembly
// ---------------------------------------------------------------------------------------------
const seg = (c: Cat, s: string): Seg => ({ s, c });
function isSeg(p: Piece): p is Seg { return typeof p === 'object' && p !== null && !Array.isArray(p) && 'c' in (p as object); }
/** tagged template: literal parts stay text, interpolated Segs become labelled spans */
function w(strs: TemplateStringsArray, ...vals: Piece[]): Piece[] {
  const out: Piece[] = [];
  strs.forEach((s, i) => { if (s) out.push(s); if (i < vals.length) out.push(vals[i] as Piece); });
  return out;
}
/** join lines with newlines (skipping empty ones) */
function lines(...ls: (Piece | null | undefined | false)[]): Piece[] {
  const out: Piece[] = [];
  for (const l of ls) { if (l === null || l === undefined || l === false || l === '') continue; if (out.length) out.push('\n'); out.push(l); }
  return out;
}
function joinP(items: Piece[], sep: string): Piece[] {
  const out: Piece[] = [];
  items.forEach((x, i) => { if (i) out.push(sep); out.push(x); });
  return out;
}

function flatten(p: Piece, out: Seg[]): void {
  if (typeof p === 'string') { if (p) out.push({ s: p, c: 'OTHER' as Cat, lit: true } as Seg & { lit: boolean }); return; }
  if (typeof p === 'number') { out.push({ s: String(p), c: 'OTHER' as Cat, lit: true } as Seg & { lit: boolean }); return; }
  if (isSeg(p)) { out.push(p); return; }
  for (const q of p as readonly Piece[]) flatten(q, out);
}

function applyCase(s: string, mode: Mode): string {
  if (mode === 'upper') return s.toUpperCase();
  if (mode === 'lower') return s.toLowerCase();
  return s;
}

function typo(r: Rng, word: string): string {
  const i = r.int(1, word.length - 2);
  const k = r.int(0, 3);
  if (k === 0) return word.slice(0, i) + (word[i + 1] ?? '') + (word[i] ?? '') + word.slice(i + 2); // swap
  if (k === 1) return word.slice(0, i) + word.slice(i + 1); // drop
  if (k === 2) return word.slice(0, i) + (word[i] ?? '') + word.slice(i); // double
  return word.slice(0, i) + word.slice(i + 1, i + 2) + word.slice(i + 1); // near-duplicate
}

/** sloppy typing on ordinary (unlabelled) text only */
function sloppy(r: Rng, s: string, level: number): string {
  if (level === 0) return s;
  let t = s.replace(/[A-Za-z]{6,}/g, (m) => (r.chance(0.012 * level) ? typo(r, m) : m));
  if (level >= 2) {
    t = t.replace(/ /g, (m) => (r.chance(0.015) ? '  ' : m));
    t = t.replace(/\. (?=[A-Za-z])/g, (m) => (r.chance(0.2) ? ' ' : m));
    t = t.replace(/, /g, (m) => (r.chance(0.15) ? ',' : m));
  }
  return t;
}

function assemble(p: Piece, mode: Mode, r: Rng, slop: number): { text: string; phi: GeneratedSpan[] } {
  const segs: (Seg & { lit?: boolean })[] = [];
  flatten(p, segs);
  let text = '';
  const phi: GeneratedSpan[] = [];
  for (const sg of segs) {
    if (sg.lit) { text += sloppy(r, applyCase(sg.s, mode), slop); continue; }
    let v = applyCase(sg.s, mode);
    if (mode === 'mixed' && (sg.c === 'NAME' || sg.c === 'LOCATION') && r.chance(0.05)) v = v.toLowerCase();
    if (!v || v.trim() !== v) throw new Error(`bad PHI value ${JSON.stringify(v)}`);
    phi.push({ start: text.length, end: text.length + v.length, category: sg.c });
    text += v;
  }
  // trailing whitespace on lines is harmless, but keep the note tidy at the end
  return { text: text.replace(/\s+$/, ''), phi };
}

// ---------------------------------------------------------------------------------------------
// People, places, dates: the note context
// ---------------------------------------------------------------------------------------------
interface Person { first: string; last: string; mi: string; nick?: string; sex: 'M' | 'F' }
type NameFmt = 'full' | 'last' | 'first' | 'initLast' | 'lastFirst' | 'lastFirstMi' | 'firstMiLast' | 'nick' | 'LASTFIRST' | 'initials';

const RELS_F = ['daughter', 'wife', 'sister', 'mother', 'niece', 'granddaughter', 'daughter-in-law', 'partner', 'friend', 'neighbor', 'aunt', 'step-daughter', 'goddaughter'];
const RELS_M = ['son', 'husband', 'brother', 'father', 'nephew', 'grandson', 'son-in-law', 'partner', 'friend', 'neighbor', 'uncle', 'step-son', 'cousin'];

const DAY_MS = 86400000;

/** a number tied to a person (badge, pager, extension) so it stays the same within a note */
function stableNum(p: Person, lo: number, hi: number): number {
  let h = 2166136261;
  for (const ch of `${p.first}|${p.last}|${p.mi}`) h = Math.imul(h ^ ch.charCodeAt(0), 16777619) >>> 0;
  return lo + (h % (hi - lo + 1));
}

class Ctx {
  readonly r: Rng;
  readonly pt: Person;
  readonly age: number;
  readonly fam: { p: Person; rel: string; hcp: boolean }[];
  readonly staff: Record<string, Person>;
  readonly town: string;
  readonly town2: string;
  readonly osh: string;
  readonly hosp: string;
  readonly snf: string;
  readonly pharm: string;
  readonly clinic: string;
  readonly employer: string;
  readonly today: Date;
  readonly admit: Date;
  readonly dob: Date;
  readonly mrn: string;
  readonly he: string; readonly his: string; readonly him: string;
  constructor(r: Rng) {
    this.r = r;
    this.pt = this.person();
    this.age = r.chance(0.12) ? r.int(90, 103) : r.int(19, 89);
    const nf = r.int(1, 4);
    this.fam = [];
    for (let i = 0; i < nf; i++) {
      const p = this.person(r.chance(0.55) ? this.pt.last : undefined);
      const rel = p.sex === 'F' ? r.pick(RELS_F) : r.pick(RELS_M);
      this.fam.push({ p, rel, hcp: i === 0 });
    }
    this.staff = {};
    for (const k of ['rn', 'rn2', 'charge', 'md', 'res', 'np', 'rt', 'rt2', 'sw', 'cm', 'chap', 'tech', 'interp', 'pcp', 'cna', 'pharmd', 'nf', 'fellow', 'rrt', 'wound']) this.staff[k] = this.person();
    this.town = this.placeTown();
    this.town2 = this.placeTown();
    this.osh = r.pick(HOSPITALS);
    this.hosp = r.pick(HOSPITALS);
    this.snf = r.pick(SNFS);
    this.pharm = r.pick(PHARMACIES);
    this.clinic = r.pick(CLINICS);
    this.employer = r.pick(EMPLOYERS);
    this.today = new Date(Date.UTC(r.int(2014, 2025), r.int(0, 11), r.int(1, 28)));
    this.admit = new Date(this.today.getTime() - r.int(0, 12) * DAY_MS);
    this.dob = new Date(Date.UTC(this.today.getUTCFullYear() - this.age, r.int(0, 11), r.int(1, 28)));
    this.mrn = String(r.int(1000000, 99999999));
    const m = this.pt.sex === 'M';
    this.he = m ? 'he' : 'she'; this.his = m ? 'his' : 'her'; this.him = m ? 'him' : 'her';
  }
  person(last?: string): Person {
    const r = this.r;
    const sex: 'M' | 'F' = r.chance(0.5) ? 'F' : 'M';
    const first = sex === 'F' ? r.pick(ALL_GIVEN_F) : r.pick(ALL_GIVEN_M);
    let l = last ?? r.pick(ALL_SURNAMES);
    if (!last && r.chance(0.05)) l = `${l}-${r.pick(ALL_SURNAMES).replace(/\s.*/, '')}`;
    const mi = String.fromCharCode(65 + r.int(0, 25));
    const p: Person = { first, last: l, mi, sex };
    if (r.chance(0.2)) p.nick = r.pick(NICKNAMES);
    return p;
  }
  placeTown(): string { return this.r.pick(TOWNS); }
  get s(): Person { return this.staff.rn as Person; }
  st(k: string): Person { return this.staff[k] as Person; }

  // ---- names -----------------------------------------------------------------------------
  nameStr(p: Person, fmt?: NameFmt): string {
    const r = this.r;
    const f = fmt ?? r.pick<NameFmt>(['full', 'full', 'last', 'first', 'initLast', 'lastFirst', 'firstMiLast', 'lastFirstMi']);
    let s: string;
    switch (f) {
      case 'full': s = `${p.first} ${p.last}`; break;
      case 'last': s = p.last; break;
      case 'first': s = p.first; break;
      case 'initLast': s = `${p.first[0]}. ${p.last}`; break;
      case 'lastFirst': s = `${p.last}, ${p.first}`; break;
      case 'lastFirstMi': s = `${p.last}, ${p.first} ${p.mi}.`; break;
      case 'firstMiLast': s = `${p.first} ${p.mi}. ${p.last}`; break;
      case 'nick': s = p.nick ?? p.first; break;
      case 'LASTFIRST': s = `${p.last.toUpperCase()}, ${p.first.toUpperCase()}`; break;
      case 'initials': s = `${p.first[0]}${r.chance(0.4) ? p.mi : ''}${p.last.replace(/[^A-Za-z]/g, '')[0] ?? ''}`; break;
    }
    if (f !== 'initials' && r.chance(0.03)) s = s.replace(/[A-Za-z]{5,}/, (m) => typo(r, m));
    return s;
  }
  n(p: Person, fmt?: NameFmt): Seg { return seg('NAME', this.nameStr(p, fmt)); }
  /** patient name in a body sentence */
  pn(fmt?: NameFmt): Piece {
    if (!fmt && this.r.chance(0.2)) {
      const t = this.pt.sex === 'M' ? this.r.pick(['Mr.', 'Mr', 'MR.']) : this.r.pick(['Mrs.', 'Ms.', 'Ms', 'Miss']);
      return w`${t} ${this.n(this.pt, this.r.chance(0.85) ? 'last' : 'full')}`;
    }
    return this.n(this.pt, fmt ?? this.r.pick<NameFmt>(['last', 'full', 'first', 'lastFirst']));
  }
  /** clinician with a title somewhere */
  dr(p: Person): Piece {
    const r = this.r;
    const k = r.int(0, 5);
    if (k <= 2) return w`Dr. ${this.n(p, r.pick<NameFmt>(['last', 'last', 'full', 'initLast']))}`;
    if (k === 3) return w`Dr ${this.n(p, 'last')}`;
    if (k === 4) return w`${this.n(p, r.pick<NameFmt>(['full', 'initLast']))}, MD`;
    return w`${this.n(p, 'full')} ${r.pick(['MD', 'DO', 'NP', 'PA'])}`;
  }
  /** staff member with credential after */
  cred(p: Person, cr: string, fmt?: NameFmt): Piece { return w`${this.n(p, fmt ?? this.r.pick<NameFmt>(['full', 'initLast', 'first', 'last']))} ${cr}`; }
  fam0(): { p: Person; rel: string; hcp: boolean } { return this.fam[0] as { p: Person; rel: string; hcp: boolean }; }
  famAny(): { p: Person; rel: string; hcp: boolean } { return this.r.pick(this.fam); }
  /** "daughter Hope" / "Hope (daughter)" / "pt's daughter Hope Okafor" */
  rel(f: { p: Person; rel: string }): Piece {
    const r = this.r;
    const k = r.int(0, 5);
    if (k === 0) return w`${f.rel} ${this.n(f.p, 'first')}`;
    if (k === 1) return w`${this.n(f.p, r.pick<NameFmt>(['first', 'full']))} (${f.rel})`;
    if (k === 2) return w`pt's ${f.rel} ${this.n(f.p, r.pick<NameFmt>(['first', 'full']))}`;
    if (k === 3) return w`${f.rel}, ${this.n(f.p, "full")}`;
    if (k === 4) return w`${this.n(f.p, 'first')} - ${f.rel}`;
    return w`${f.rel} ${this.n(f.p, 'full')}`;
  }
  /** a signature line for a nurse-like author */
  sign(p: Person, cr: string): Piece {
    const r = this.r;
    const k = r.int(0, 9);
    const t = this.time();
    switch (k) {
      case 0: return w`-- ${this.n(p, r.pick<NameFmt>(['initLast', 'full']))}, ${cr}`;
      case 1: return w`/s/ ${this.n(p, 'full')}, ${cr}`;
      case 2: return w`Electronically signed by ${this.n(p, r.pick<NameFmt>(['full', 'lastFirst', 'firstMiLast']))}, ${cr} on ${this.date('mdy')} at ${t}`;
      case 3: return w`${this.n(p, 'initials')} ${cr}`;
      case 4: return w`signed: ${this.n(p, 'lastFirstMi')} ${cr}`;
      case 5: return w`${cr}: ${this.n(p, 'full')}  ext ${seg('PHONE', String(stableNum(p, 2000, 79999)))}`;
      case 6: return w`${this.n(p, 'full')}, ${cr} / pgr ${seg('PHONE', String(stableNum(p, 1000, 99999)))}`;
      case 7: return w`Note by ${this.n(p, 'full')} ${cr} ${this.date('md')} ${t}`;
      case 8: return w`-${this.n(p, 'first')} ${cr}`;
      default: return w`${this.n(p, r.pick<NameFmt>(['full', 'initLast']))} ${cr} (badge ${seg('ID', String(stableNum(p, 1000, 99999)))})`;
    }
  }
  // ---- places ----------------------------------------------------------------------------
  loc(s: string): Seg {
    let v = s;
    if (this.r.chance(0.04)) v = v.replace(/[A-Za-z]{5,}/, (m) => typo(this.r, m));
    return seg('LOCATION', v);
  }
  tw(s?: string): Seg { return this.loc(s ?? this.town); }
  state(): Seg { return seg('STATE', this.r.chance(0.5) ? this.r.pick(STATES) : this.r.pick(STATE_ABBR)); }
  country(): Seg { return seg('STATE', this.r.pick(COUNTRIES)); }
  county(): Seg { return seg('LOCATION', this.r.pick(COUNTIES)); }
  street(): Seg {
    const r = this.r;
    let s = `${r.int(1, 9999)} ${r.pick(STREET_NAMES)} ${r.pick(STREET_SUFFIX)}`;
    if (r.chance(0.25)) s += ` ${r.pick(['Apt ', 'Unit ', '#', 'apt ', 'Apt. '])}${r.int(1, 40)}${r.pick(['', 'B', 'R', 'L'])}`;
    return seg('LOCATION', s);
  }
  zip(): Seg { return seg('LOCATION', String(this.r.int(1001, 99950)).padStart(5, '0')); }
  addr(): Piece {
    const r = this.r;
    if (r.chance(0.5)) return w`${this.street()}, ${this.tw()}, ${this.state()} ${this.zip()}`;
    if (r.chance(0.5)) return w`${this.street()} ${this.tw()} ${this.state()}`;
    return w`${this.street()}, ${this.tw()}`;
  }
  inst(list0: readonly string[]): Seg { return this.loc(this.r.pick(list0)); }
  // ---- dates, ids, phones ----------------------------------------------------------------
  dt(d?: Date, fmt?: string): string {
    const r = this.r;
    const x = d ?? new Date(this.today.getTime() - r.int(0, 30) * DAY_MS);
    const m = x.getUTCMonth(); const dd = x.getUTCDate(); const y = x.getUTCFullYear();
    const f = fmt ?? r.pick(['md', 'md', 'mdy', 'mdyy', 'dMon', 'Mon d', 'Month dth', 'iso', 'mm/dd', 'dots', 'Mon d, y', 'd Month']);
    const yy = String(y % 100).padStart(2, '0');
    const th = (n: number): string => (n % 10 === 1 && n !== 11 ? 'st' : n % 10 === 2 && n !== 12 ? 'nd' : n % 10 === 3 && n !== 13 ? 'rd' : 'th');
    switch (f) {
      case 'md': return `${m + 1}/${dd}`;
      case 'mm/dd': return `${String(m + 1).padStart(2, '0')}/${String(dd).padStart(2, '0')}`;
      case 'mdy': return `${m + 1}/${dd}/${y}`;
      case 'mdyy': return `${m + 1}/${dd}/${yy}`;
      case 'dMon': return `${dd}-${MON3[m]}`;
      case 'Mon d': return `${MON3[m]} ${dd}`;
      case 'Month dth': return `${MONTHS[m]} ${dd}${th(dd)}`;
      case 'iso': return `${y}-${String(m + 1).padStart(2, '0')}-${String(dd).padStart(2, '0')}`;
      case 'dots': return `${m + 1}.${dd}.${yy}`;
      case 'Mon d, y': return `${MON3[m]} ${dd}, ${y}`;
      case 'd Month': return `${dd} ${MONTHS[m]}`;
      default: return `${m + 1}/${dd}`;
    }
  }
  date(fmt?: string, d?: Date): Seg { return seg('DATE', this.dt(d, fmt)); }
  dob_(): Seg { return seg('DATE', this.dt(this.dob, this.r.pick(['mdy', 'mdy', 'mdyy', 'iso']))); }
  year(back = 30): Seg { return seg('DATE_YEAR', String(this.today.getUTCFullYear() - this.r.int(1, back))); }
  yr2(): Seg { return seg('DATE_YEAR', `'${String((this.today.getUTCFullYear() - this.r.int(1, 40)) % 100).padStart(2, '0')}`); }
  private clock = -1;
  /** increasing clock times within a note (event logs, timelines) */
  tick(): string {
    if (this.clock < 0) this.clock = this.r.int(0, 20 * 60);
    this.clock = (this.clock + this.r.int(2, 55)) % 1440;
    return `${String(Math.floor(this.clock / 60)).padStart(2, '0')}${String(this.clock % 60).padStart(2, '0')}`;
  }
  time(): string { const r = this.r; return `${String(r.int(0, 23)).padStart(2, '0')}${r.pick(['00', '15', '30', '45', '05', '20', '50', '10'])}`; }
  ph(kind?: 'ext' | 'pager' | 'full'): Seg {
    const r = this.r;
    const k = kind ?? 'full';
    if (k === 'ext') return seg('PHONE', String(r.int(2000, 79999)));
    if (k === 'pager') return seg('PHONE', String(r.int(1000, 99999)));
    const a = r.pick(['508', '413', '978', '617', '774', '401', '603', '802', '207', '928', '505', '918', '337']);
    const b = String(r.int(200, 989)); const c = String(r.int(0, 9999)).padStart(4, '0');
    const ext = r.chance(0.06) ? ` x${r.int(100, 9999)}` : r.chance(0.03) ? ` ext. ${r.int(100, 9999)}` : '';
    return seg('PHONE', r.pick([`(${a}) ${b}-${c}`, `${a}-${b}-${c}`, `${a}.${b}.${c}`, `${a} ${b} ${c}`, `${b}-${c}`, `${a}${b}${c}`, `1-${a}-${b}-${c}`]) + ext);
  }
  /** extension or pager written as x4471: the x is part of the number token, so it is inside the span */
  extn(pager = false): Seg { return seg('PHONE', `${this.r.chance(0.8) ? 'x' : 'X'}${pager ? this.r.int(1000, 99999) : this.r.int(2000, 79999)}`); }
  id(kind: 'mrn' | 'acct' | 'badge' | 'csn' | 'other' = 'mrn'): Seg {
    const r = this.r;
    if (kind === 'mrn') return seg('ID', r.chance(0.7) ? this.mrn : `${this.mrn.slice(0, 3)}-${this.mrn.slice(3)}`);
    if (kind === 'acct') return seg('ID', String(r.int(10000000, 999999999)));
    if (kind === 'badge') return seg('ID', String(r.int(1000, 99999)));
    if (kind === 'csn') return seg('ID', String(r.int(100000000, 2147483647)));
    return seg('ID', `${String.fromCharCode(65 + r.int(0, 25))}${r.int(100000, 9999999)}`);
  }
  room(): Seg { return seg('OTHER', `${this.r.int(2, 9)}${String(this.r.int(1, 40)).padStart(2, '0')}${this.r.pick(['', '', 'A', 'B'])}`); }
  email(p: Person): Seg {
    const r = this.r;
    const base = r.pick([`${p.first}.${p.last}`, `${p.first[0]}${p.last}`, `${p.first}${r.int(1, 99)}`, `${p.last}${p.first[0]}${r.int(50, 99)}`]);
    return seg('EMAIL', `${base.toLowerCase().replace(/[^a-z0-9.]/g, '')}@${r.pick(EMAIL_DOMAINS)}`);
  }
  url(p: Person): Seg {
    const r = this.r;
    const slug = `${p.first}${p.last}`.toLowerCase().replace(/[^a-z]/g, '');
    return seg('URL', r.pick([`www.caringbridge.org/visit/${slug}`, `https://www.gofundme.com/f/help-${slug}`, `facebook.com/${slug}${r.int(1, 99)}`]));
  }
  /** age phrase: ages over 89 are PHI */
  ageP(suffix?: string): Piece {
    const sfx = suffix ?? this.r.pick(['yo', 'y/o', 'YO', '-year-old', ' year old', 'yr old']);
    const gap = sfx.startsWith('-') || sfx.startsWith(' ') ? '' : ' ';
    if (this.age > 89) return w`${seg('AGE', String(this.age))}${gap}${sfx}`;
    return `${this.age}${gap}${sfx}`;
  }
  sexL(): string { return this.pt.sex === 'M' ? this.r.pick(['M', 'male', 'man']) : this.r.pick(['F', 'female', 'woman']); }
}

// ---------------------------------------------------------------------------------------------
// Clinical sentence pools (no PHI inside: eponyms, brands, devices, units, scores on purpose)
// ---------------------------------------------------------------------------------------------
type V = string | ((r: Rng) => string);
const ev = (r: Rng, v: V): string => (typeof v === 'string' ? v : v(r));
function pool(r: Rng, a: readonly V[]): string { return ev(r, r.pick(a)); }
function pools(r: Rng, a: readonly V[], n: number): string[] { return r.some(a, n).map((v) => ev(r, v)); }

const vit = (r: Rng): string => {
  const sbp = r.int(78, 178); const dbp = r.int(36, Math.min(98, sbp - 22));
  return r.pick([
    `HR ${r.int(52, 138)} BP ${sbp}/${dbp} RR ${r.int(12, 34)} SpO2 ${r.int(86, 100)}% T ${(36 + r.f() * 3).toFixed(1)}`,
    `${(97 + r.f() * 5).toFixed(1)} ${r.int(52, 138)} ${sbp}/${dbp} ${r.int(12, 34)} ${r.int(86, 100)}% ${r.pick(['RA', '2L', '4L NC', '6L', 'HFNC', 'NRB'])}`,
    `T ${(36 + r.f() * 3).toFixed(1)} / P ${r.int(52, 138)} / BP ${sbp}/${dbp} (MAP ${Math.round((sbp + 2 * dbp) / 3)}) / R ${r.int(12, 34)} / sat ${r.int(86, 100)}%`,
    `hr ${r.int(52, 138)}s, sbp ${Math.floor(sbp / 10) * 10}s, sats ${r.int(88, 99)}% on ${r.int(1, 6)}L`,
  ]);
};
const NEURO: V[] = [
  'A&Ox3, follows commands, MAE', 'A&Ox4, pleasant and cooperative', (r) => `RASS ${r.pick(['-1', '-2', '0', '+1', '-3'])}, CAM-ICU ${r.pick(['negative', 'positive', 'unable to assess'])}`,
  (r) => `sedated on propofol ${r.int(5, 50)} mcg/kg/min, RASS -${r.int(1, 4)}`, 'PERRLA 3mm brisk', (r) => `GCS ${r.int(8, 15)} (E${r.int(2, 4)}V${r.int(1, 5)}M${r.int(4, 6)})`,
  'intermittently confused, reorients easily', 'no focal deficits, Babinski neg bilat', (r) => `c/o HA ${r.int(2, 8)}/10, Tylenol given with relief`,
  (r) => `NIHSS ${r.int(0, 6)}`, 'sundowning after 2200, redirectable w/ TV and lights on', (r) => `Precedex @ ${(r.f() * 1.2 + 0.2).toFixed(1)} mcg/kg/hr`,
  'seizure precautions maintained, Keppra given on time', 'pupils 2mm sluggish, neuro checks q1h', 'grips equal, no drift', 'Hoffmann neg, no clonus',
  'hx Parkinson disease, tremor at baseline, Sinemet given', 'pt asking for Xanax, given Ativan 0.5 mg PO per order', 'CIWA 6, no prn needed',
  'speech slurred per family, stroke alert NOT called, at baseline per old notes',
  'oriented to self only, baseline per facility', 'lethargic but arousable to voice', 'moves all extremities weakly, L>R', 'EVD at 15 cm H2O, draining clear CSF',
  'ICP 8-14', 'pt tearful, emotional support provided', 'melatonin given for sleep', 'CAM-ICU positive for inattention', 'aphasic, nods appropriately',
  (r) => `pupils ${r.int(2, 5)}mm brisk bilat`, 'no seizure activity noted', 'PRN Zyprexa x1 w/ good effect', 'delirium precautions: lights on days, off nights',
];
const CV: V[] = [
  'NSR 70s-80s, no ectopy', (r) => `afib ${r.int(100, 120)}s-${r.int(121, 150)}s, dilt gtt titrated to ${r.int(5, 15)} mg/hr`, (r) => `SBP 90s-110s on Levophed ${(r.f() * 0.2).toFixed(2)} mcg/kg/min`,
  '+2 pulses x4, cap refill <3 sec', '+1 pitting edema BLE', 'tele: SR with occasional PVCs', 'A-line R radial, waveform sharp, zeroed and leveled',
  (r) => `Swan-Ganz in place, CI ${(1.6 + r.f()).toFixed(1)}, PCWP ${r.int(8, 26)}`, 'Medtronic pacer DDD 60, paced rhythm', 'Homan sign neg, SCDs on',
  (r) => `troponin ${(r.f() * 0.1).toFixed(2)} -> ${(r.f() * 0.3).toFixed(2)}`, (r) => `K ${(2.9 + r.f()).toFixed(1)}, repleted 40 mEq KCl`, 'amio gtt @ 0.5 mg/min',
  'heparin gtt per protocol, next PTT at 0400', 'Eliquis held for procedure', 'Lasix 40 IV x1 given', 'JVD noted at 45 degrees', 'Impella P8 alarms x0',
  'Lovenox 40 sq daily for DVT ppx', 'vaso 0.04 units/min unchanged', 'no chest pain, no SOB', 'Levine sign noted when describing pain, EKG done, no changes',
  (r) => `SB ${r.int(45, 58)}, asymptomatic, held metoprolol`, 'transvenous pacer in place, threshold checked', 'IABP 1:1, augmentation good', 'pulses dopplerable DP/PT bilat',
  (r) => `CVP ${r.int(2, 18)}`, 'orthostatics positive, PT aware', 'nitro gtt off, BP controlled', (r) => `magnesium ${(1.4 + r.f()).toFixed(1)}, replaced`, 'echo done at bedside',
  'groin site soft, no hematoma, TR band removed', 'telemetry d/c per order',
];
const RESP: V[] = [
  'LS clear, diminished bases', 'crackles RLL, coarse upper lobes', (r) => `on ${r.int(2, 6)}L NC, SpO2 ${r.int(90, 97)}%`, (r) => `vent AC ${r.pick(['400', '450', '500'])}/${r.int(14, 24)}/+${r.int(5, 14)}/${r.int(30, 80)}%`,
  'weaned to 2L, tolerating', 'strong nonproductive cough', (r) => `IS ${r.int(3, 15) * 50} mL`, (r) => `HFNC ${r.int(30, 60)}L/${r.int(40, 90)}%`,
  (r) => `BiPAP ${r.int(10, 16)}/${r.int(5, 8)} overnight`, 'CXR: Kerley B lines, small R effusion', (r) => `ETT 7.5 @ ${r.int(21, 25)} at lip`, 'trach #6 Shiley, suctioned for thick tan secretions',
  'Cheyne-Stokes pattern while asleep', 'Kussmaul resp noted, MD aware, ABG sent', 'DuoNeb q6h by RT', 'CPAP from home at night', 'chest tube to -20 sux, no air leak',
  'Yankauer at bedside, oral suction for secretions', 'O2 weaned off, RA sats 94%',
  'prone positioning 16h, returned supine at 0600', (r) => `P/F ${r.int(80, 300)}`, 'inhaled Flolan running', 'nebs given, exp wheezes improved',
  'desat to 86% w/ repositioning, recovered', 'upper airway stridor resolved after racemic epi', 'VAP bundle done: HOB >30, oral care w/ CHG',
  (r) => `sputum cx sent, ${r.pick(['thick yellow', 'rust colored', 'blood tinged'])}`, 'tripoding when anxious, coached pursed lip breathing',
];
const GI: V[] = [
  'abd soft NT/ND, +BS x4', 'tolerating clears, advance as tol', 'NPO after MN for EGD', (r) => `TF Jevity 1.5 @ ${r.int(20, 50)} mL/hr, goal ${r.int(55, 70)}`,
  'last BM 2 days ago, senna/colace given', (r) => `OGT to LIWS, ${r.int(50, 400)} mL bilious`, (r) => `FSBG ${r.int(90, 320)}, covered per SSI`, 'C diff neg',
  'Protonix 40 IV daily', 'Zofran x1 for nausea w/ effect', 'Murphy sign neg', 'Grey Turner sign absent, lipase pending', 'Cullen sign absent', 'hx Crohn\'s, on Humira at home',
  'Mallory-Weiss tear hx, no hematemesis this shift', 'frank blood per rectum x1, MD at bedside', 'rectal tube in place, Flexi-Seal draining',
  'SLP eval: dysphagia 2, thin liquids', 'pt ate 50% of breakfast', 'NGT to LCWS, output 300 mL dark green', 'ostomy pouch changed, stoma pink moist',
  'PEG site clean, flushed 30 mL q4h', (r) => `abd girth ${r.int(80, 120)} cm`, 'paracentesis 4 L off, albumin given', 'passing flatus, no BM yet',
];
const GU: V[] = [
  (r) => `Foley to gravity, clear yellow, UOP ${r.int(30, 90)} mL/hr`, 'voiding w/o difficulty, urinal at bedside', 'Foley d/c\'d 0600, DTV by 1200',
  (r) => `UOP ${r.int(5, 25)} mL/hr x2 hrs, MD aware`, (r) => `CRRT running, net -${r.int(25, 150)}/hr`, (r) => `Lasix 40 IV with ${r.int(300, 1500)} mL response`,
  (r) => `creat ${(1 + r.f() * 3).toFixed(1)} (baseline ${(0.7 + r.f()).toFixed(1)})`, 'bladder scan 420 mL, straight cath x1', 'purewick in place', 'frank hematuria resolved, CBI running',
  'HD today via L AVF, thrill/bruit present', 'UA/UCx sent', 'incontinent x2, peri care done', 'nephrostomy tube draining clear', (r) => `I/O +${r.int(200, 3000)} for shift`,
];
const SKIN: V[] = [
  'skin intact, turned q2h', 'stage 2 coccyx, Mepilex applied', 'R heel boggy, offloaded w/ Prevalon boots', (r) => `Braden ${r.int(9, 20)}`, 'sacral DTI, wound RN consulted',
  (r) => `JP drain ${r.int(5, 80)} mL serosang`, 'incision CDI, staples intact', 'MASD groin, Criticaid applied', 'skin tear L forearm, Xeroform', 'Wound vac to -125 continuous',
];
const LINES_P: V[] = [
  (r) => `R IJ TLC day ${r.int(1, 9)}, CHG dressing CDI`, 'PIV x2 L FA 20g, R AC 18g', 'L PICC, dressing changed today', 'R fem HD cath, site clean', 'art line L radial',
  'midline R upper arm', 'port accessed, flushes well', 'PIV infiltrated L hand, removed, warm compress',
];
const PAIN: V[] = [
  (r) => `pain ${r.int(3, 9)}/10 abd, Dilaudid 0.5 mg IV w/ relief to ${r.int(0, 4)}/10`, (r) => `CPOT ${r.int(0, 4)}`, 'denies pain', 'oxycodone 5 mg PO x1, effective',
  'heat pack to lower back per pt request', 'refused scheduled Tylenol', 'fentanyl gtt 50 mcg/hr, pt comfortable',
];
const SAFETY: V[] = [
  'bed alarm on, call light within reach', (r) => `Morse ${r.int(25, 90)}, high fall risk, yellow socks on`, 'soft wrist restraints x2, q2h checks documented', 'sitter at bedside',
  'pt pulling at lines, mitts applied', 'fall precautions maintained, no falls', 'safety huddle at 1400', 'chair alarm while OOB to chair',
];
const MEDS_ACT: V[] = [
  'Zosyn given on time', 'vanco trough due before 4th dose', 'Eliquis resumed', 'Haldol 2 mg IV x1 for agitation', 'Seroquel 25 qHS', 'insulin gtt off, lantus given',
  'Solu-Medrol 40 IV q8h', 'Cardizem 30 PO started', 'Coumadin held, INR 3.4', 'Keppra loaded 1 g', 'K-rider running', 'mag 2 g IV given', 'PRBC 1 unit given, no rxn',
  'Narcan 0.4 at bedside per order', 'Lactulose titrated to 3 BMs', 'Flagyl changed to PO', 'Tylenol 650 PO q6h prn',
  'cefepime started after cx', 'Tamiflu per ID', 'Bactrim DS started', 'albumin 25% x1', 'Dexmedetomidine weaned off', 'Ativan 1 mg IV for CIWA 14',
  'home meds resumed except ACE', 'Protonix changed to PO', 'IVF at 75 mL/hr', 'Imdur held for SBP 95',
];
const PLAN: V[] = [
  'continue to monitor', 'AM labs ordered', 'plan to wean sedation in AM', 'will f/u with team on rounds', 'possible transfer to step-down tomorrow', 'PT/OT eval in AM',
  'awaiting echo results', 'SBT in AM if stable', 'repeat lactate at 0400', 'keep K>4, Mg>2', 'family meeting being set up', 'dispo planning w/ CM', 'cont abx', 'hold TF at MN',
  'will notify MD if SBP <90 or UOP <30/hr', 'pt will need PICC prior to dc', 'frank discussion with family pending',
  'palliative consult placed', 'needs repeat CT in AM', 'wean pressors as tolerated', 'consider IR drain', 'MRI when able to lie flat', 'swallow eval before diet',
  'goal even to -1L', 'OOB to chair TID', 'cardiology to see', 'awaiting insurance auth for rehab', 'bowel regimen', 'day team to readdress code status',
];
const DX: V[] = [
  'septic shock 2/2 UTI', 'NSTEMI', 'CHF exacerbation', 'COPD exacerbation', 'DKA', 'GI bleed', 'acute hypoxic resp failure', 'AKI on CKD', 'pancreatitis', 'SBO',
  'ICH', 'PE', 'CAP', 'aspiration PNA', 'ETOH withdrawal', 'hyperkalemia', 'syncope', 'afib w/ RVR', 'cellulitis', 's/p CABG x3', 's/p ex lap', 'cirrhosis w/ hepatic encephalopathy',
  'urosepsis', 'Guillain-Barre', 'myasthenia crisis', 'COVID PNA', 'Addisonian crisis', 'Hashimoto encephalopathy r/o', 'Bell palsy vs CVA',
];
const PMH: V[] = ['HTN', 'HLD', 'DM2', 'CAD', 'COPD', 'CKD 3', 'afib on Eliquis', 'OSA on CPAP', 'ESRD on HD MWF', 'dementia', 'Parkinson disease', 'hypothyroid', 'Graves disease', 'GERD', 'depression', 'OA', 'BPH', 'CVA', 'PVD', 'obesity'];
/** ordinary sentences full of capitalised non-PHI words (eponyms, brands, word-names used as words) */
const TRICKY: V[] = [
  'Foley care done, Foley secured to thigh', 'hope to extubate in AM if gas ok', 'pt hopeful about going home', 'faith is important to pt, chaplain offered',
  'will reassess after Lasix', 'frank pus expressed from wound, cx sent', 'Trendelenburg for line placement', 'HOB 30 degrees, Fowler position for meals',
  'Morse and Braden reassessed', 'Glasgow 15, Richmond (RASS) 0', 'Graves disease on methimazole', 'Bell palsy hx, L eye taped at night', 'Murphy sign negative',
  'Chvostek and Trousseau neg, Ca 8.9', 'Homan sign neg', 'Swan-Ganz removed, tip intact', 'Medtronic pacer checked by EP', 'Kerley B lines on CXR per radiology',
  'Ambu bag and Yankauer at bedside', 'Pleur-evac to -20', 'Mepilex changed', 'Eliquis and Plavix held', 'Zosyn, vanc continued', 'Xanax home dose clarified',
  'Hodgkin lymphoma hx, in remission', 'Parkinson meds given on time (Sinemet)', 'Grace period for visitors extended per charge', 'pt in good spirits, joy at seeing grandkids on FaceTime',
  'Summer clothes brought in by family', 'Christmas music on, pt enjoyed', 'Easter basket from volunteers', 'Thanksgiving tray ordered', 'Monday: PT/OT eval',
  'mark IV site w/ date', 'pt will walk in hall w/ PT', 'dark stool, guaiac +, will notify', 'Wells score 4', 'fluorescein eye exam by ophtho, Rose Bengal stain not needed',
  'Ranson criteria 3', 'Child-Pugh B', 'T11 compression fx noted on CT', '7th rib fx R, pain controlled',
  '2/4 blood cx + GPC in clusters', 'PICC tip at cavoatrial junction', 'Dobhoff placed, KUB confirms', 'Sengstaken-Blakemore at bedside per GI', 'Miami J collar on',
  'Stryker frame not needed', 'Hoyer lift for transfers', 'Bair Hugger on for temp 35.8', 'Arctic Sun TTM day 1', 'Pyxis override for Narcan',
];
const HXEV: string[] = ['MI', 'CABG', 'CVA', 'TKA', 'PE', 'DVT', 'chole', 'appy', 'pacer placed', 'stent'];

// ---------------------------------------------------------------------------------------------
// Shared phrase builders with PHI
// ---------------------------------------------------------------------------------------------
const LANGS = ['Spanish', 'Portuguese', 'Cape Verdean Creole', 'Haitian Creole', 'Vietnamese', 'Polish', 'Ukrainian', 'Arabic', 'Twi', 'Yoruba', 'Nepali', 'Navajo', 'Mandarin', 'Korean', 'Greek', 'Russian', 'Somali'];
const JOBS = ['a forklift operator', 'a cashier', 'a CNA', 'a machinist', 'a bus driver', 'a teacher', 'a line cook', 'a security guard', 'an engineer', 'a mail carrier', 'a home health aide', 'a welder', 'a custodian', 'a truck driver'];

function famLine(c: Ctx): Piece {
  const r = c.r; const f = c.famAny(); const g = c.fam.find((x) => x !== f) ?? c.fam0();
  const k = r.int(0, 17);
  switch (k) {
    case 0: return w`${c.rel(f)} at bedside, updated on plan of care`;
    case 1: return w`spoke with ${c.n(f.p, r.pick<NameFmt>(['first', 'full']))} re: dispo`;
    case 2: return w`${c.n(f.p)} updated by phone ${c.ph()}`;
    case 3: return w`called ${c.n(f.p, 'first')} back, no answer, left VM`;
    case 4: return w`${c.n(f.p, 'full')} (${f.rel}) is HCP, best # ${c.ph()}`;
    case 5: return w`family in to visit: ${joinP(c.fam.map((x) => c.n(x.p, r.pick<NameFmt>(['first', 'full']))), ', ')}`;
    case 6: return w`${c.n(c.pt, 'first')}'s ${f.rel} ${c.n(f.p, 'first')} asking about discharge date`;
    case 7: return w`${f.rel} ${c.n(f.p, 'first')} visited, brought ${c.his} glasses and hearing aids`;
    case 8: return w`pt keeps asking for ${c.n(f.p, 'nick')}, reassured`;
    case 9: return w`HCP ${c.n(c.fam0().p)} ok with plan per ${c.dr(c.st('md'))}`;
    case 10: return w`${f.rel} driving up from ${c.tw(c.town2)} tomorrow AM`;
    case 11: return w`${c.n(f.p, 'full')} states pt was at ${c.loc(c.snf)} prior to admit`;
    case 12: return f === g ? w`${c.n(f.p, 'first')} at bedside overnight` : w`${c.n(f.p, 'first')} and ${c.n(g.p, 'first')} at bedside overnight`;
    case 13: return w`${c.n(f.p, 'first')} updated`;
    case 14: return w`d/w ${c.n(f.p, 'full')} who agrees w/ plan`;
    case 15: return w`${f.rel} (${c.n(f.p, 'lastFirst')}) requesting call from MD, # ${c.ph()}`;
    case 16: return w`no family at bedside; ${f.rel} ${c.n(f.p, 'first')} called x2 for update`;
    default: return r.pick([
      w`${c.n(f.p, 'first')} here until 2000, will return in AM`,
      w`${c.n(f.p, 'full')} at bedside`,
      w`message from ${c.n(f.p, 'first')}: running late, will come after work at ${c.loc(c.employer)}`,
      w`${c.n(f.p)} calling for update, given unit # and passcode`,
      w`gave ${c.n(f.p, 'first')} the phone # for the ${r.pick(['social worker', 'case manager', 'attending'])}`,
      f === g ? w`${c.n(f.p, 'first')} took pt's valuables home to ${c.tw()}` : w`${c.n(f.p, 'first')} & ${c.n(g.p, 'first')} took pt's valuables home to ${c.tw()}`,
      w`${c.n(f.p, 'first')} aware`,
    ]);
  }
}

/** clinicians and staff mid-sentence, often without a title cue */
function staffLine(c: Ctx): Piece {
  const r = c.r; const a = c.person(); const b = c.person();
  const k = r.int(0, 13);
  switch (k) {
    case 0: return w`${c.n(a, r.pick<NameFmt>(['full', 'first']))} to see pt this afternoon`;
    case 1: return w`discussed with ${c.n(a, 'full')} from nutrition, TF goal unchanged`;
    case 2: return w`${c.n(c.st('res'), r.pick<NameFmt>(['last', 'full']))} aware`;
    case 3: return w`per ${c.n(c.st('md'), r.pick<NameFmt>(['last', 'full']))}, ok to advance diet`;
    case 4: return w`${c.n(c.st('charge'), 'first')} (charge) assisted with turn`;
    case 5: return w`covering RN ${c.n(c.st('rn2'), 'first')} during lunch 1200-1230`;
    case 6: return w`lift team (${c.n(a, 'first')}, ${c.n(b, 'first')}) helped reposition`;
    case 7: return w`IV team ${c.n(a, 'full')} placed midline`;
    case 8: return w`PT ${c.n(a, r.pick<NameFmt>(['first', 'initLast']))}: amb ${r.int(2, 30) * 10} ft w/ RW, CGA`;
    case 9: return w`messaged ${c.n(c.st('np'), 'full')} via secure chat re: ${pool(r, PLAN)}`;
    case 10: return w`${c.n(c.st('cm'), 'full')} from case mgmt sent referrals to ${c.inst(SNFS)} and ${c.inst(SNFS)}`;
    case 11: return w`interpreter ${c.n(c.st('interp'), 'first')} (${r.pick(LANGS)}) present for rounds`;
    case 12: return w`sitter ${c.n(c.st('cna'), 'first')} relieved by ${c.n(b, 'first')} at ${c.time()}`;
    default: return w`${c.n(a, 'full')} and ${c.n(b, 'full')} from ${r.pick(['palliative', 'wound care', 'PT', 'speech', 'ID', 'renal'])} in to see pt`;
  }
}

function socialLine(c: Ctx): Piece {
  const r = c.r; const f = c.famAny();
  const k = r.int(0, 16);
  switch (k) {
    case 0: return w`lives w/ ${f.rel} ${c.n(f.p, 'first')} in ${c.tw()}`;
    case 1: return w`lives alone in an apt in ${c.tw()}, ${c.state()}`;
    case 2: return w`originally from ${c.country()}, speaks ${r.pick(LANGS)}; moved to ${c.tw()} in ${c.year(35)}`;
    case 3: return w`works at ${c.loc(c.employer)} as ${r.pick(JOBS)}`;
    case 4: return w`retired from ${c.loc(c.employer)} in ${c.year(20)}`;
    case 5: return w`resident of ${c.loc(c.snf)}`;
    case 6: return w`currently homeless, stays at ${c.inst(SHELTERS_ETC)} in ${c.tw()}`;
    case 7: return w`attends ${c.inst(SHELTERS_ETC)}; pastor ${c.n(c.st('chap'), 'full')} visited today`;
    case 8: return w`pharmacy: ${c.loc(c.pharm)}`;
    case 9: return w`PCP ${c.dr(c.st('pcp'))} at ${c.loc(c.clinic)}`;
    case 10: return w`${f.rel} is a student at ${c.inst(SCHOOLS)}`;
    case 11: return w`lives with ${c.n(f.p, 'full')} at ${c.addr()}`;
    case 12: return w`address on file ${c.addr()}`;
    case 13: return w`from ${c.tw()} originally, lives in ${c.tw(c.town2)} now`;
    case 14: return w`pt's ${f.rel} works at ${c.inst(EMPLOYERS)}, can only visit evenings`;
    case 15: return w`goes to dialysis at ${c.inst(DIALYSIS)}`;
    default: return w`lives in ${c.county()} with ${c.n(f.p, 'first')}`;
  }
}

/** header with the patient's identifiers */
function ptHeader(c: Ctx): Piece {
  const r = c.r;
  const k = r.int(0, 9);
  const age = c.ageP(r.pick(['yo', 'y/o', 'YO']));
  switch (k) {
    case 0: return w`PT: ${c.n(c.pt, 'LASTFIRST')}   MRN: ${c.id('mrn')}`;
    case 1: return w`Patient: ${c.n(c.pt, 'lastFirstMi')}  DOB: ${c.dob_()}  MRN ${c.id('mrn')}`;
    case 2: return w`RM ${c.room()} / ${c.n(c.pt, 'LASTFIRST')} / ${age} ${c.pt.sex}`;
    case 3: return w`Name: ${c.n(c.pt, 'full')}   Acct# ${c.id('acct')}   Adm: ${c.date('mdy', c.admit)}`;
    case 4: return w`${c.n(c.pt, 'lastFirst')} (${c.id('mrn')})  ${age} ${c.pt.sex}`;
    case 5: return w`pt ${c.n(c.pt, 'full')}, dob ${c.dob_()}`;
    case 6: return w`Re: ${c.n(c.pt, 'firstMiLast')}   CSN ${c.id('csn')}`;
    case 7: return w`Bed ${r.int(1, 24)} - ${c.n(c.pt, 'last')}, ${age}`;
    case 8: return w`PATIENT NAME: ${c.n(c.pt, 'LASTFIRST')}  DOB ${c.dob_()}  ADMIT ${c.date('md', c.admit)}`;
    default: return w`${c.n(c.pt, 'full')} | MRN ${c.id('mrn')} | room ${c.room()}`;
  }
}

function sysBlock(c: Ctx, sep = ': ', joiner = ', '): Piece[] {
  const r = c.r;
  const sy: [string, V[]][] = [['NEURO', NEURO], ['CV', CV], ['RESP', RESP], ['GI', GI], ['GU', GU], ['SKIN', SKIN], ['LINES', LINES_P], ['PAIN', PAIN], ['SAFETY', SAFETY]];
  return sy.filter(() => r.chance(0.8)).map(([h, p]) => `${h}${sep}${pools(r, p, r.int(1, 3)).join(joiner)}`);
}

function pmhList(c: Ctx): Piece {
  const r = c.r;
  const items: Piece[] = pools(r, PMH, r.int(2, 5));
  if (r.chance(0.6)) items.push(w`${r.pick(HXEV)} ${r.chance(0.5) ? c.yr2() : c.year(30)}`);
  if (r.chance(0.4)) items.push(w`${r.pick(HXEV)} ${c.year(30)}`);
  return joinP(items, ', ');
}
const dxs = (c: Ctx): string => pool(c.r, DX);
const plan = (c: Ctx, n = 2): string => pools(c.r, PLAN, n).join('; ');
const meds = (c: Ctx, n = 2): string => pools(c.r, MEDS_ACT, n).join('. ');

// ---------------------------------------------------------------------------------------------
// Style 1: ICU / step-down narratives in CAPITALS
// ---------------------------------------------------------------------------------------------
/** line-broken flowsheet fragment: header, then one finding per line */
function flowsheet(c: Ctx, bullet: string): Piece[] {
  const r = c.r;
  const sy: [string, V[]][] = [['NEURO', NEURO], ['CV', CV], ['RESP', RESP], ['GI', GI], ['GU', GU], ['SKIN', SKIN], ['LINES/DRAINS', LINES_P]];
  const out: Piece[] = [];
  for (const [h, p] of sy) {
    if (!r.chance(0.75)) continue;
    out.push(`${h}:`);
    for (const x of pools(r, p, r.int(1, 3))) out.push(`${bullet}${x}`);
  }
  return out;
}

const ICU: ((c: Ctx) => Piece)[] = [
  (c) => lines(ptHeader(c), `Q4 ASSESSMENT ${c.time()}`, ...flowsheet(c, c.r.pick(['  ', ' - ', '* ', '\u2022 '])), w`FAMILY/PSYCHOSOCIAL:`, w`  ${famLine(c)}`, w`  ${socialLine(c)}`, c.sign(c.s, 'RN')),
  (c) => lines(ptHeader(c), `${c.r.pick(['MICU', 'SICU', 'CCU', 'CVICU', 'NEURO ICU'])} NURSING FLOWSHEET NOTE ${c.time()}`, ...sysBlock(c), w`FAMILY: ${famLine(c)}`, w`PLAN: ${plan(c)}`, c.sign(c.s, 'RN')),
  (c) => lines(w`DAR NOTE  ${c.date()} ${c.time()}`, `D: PT ${dxs(c)}, ${vit(c.r)}. ${pool(c.r, NEURO)}.`, `A: ${meds(c)}. ${pool(c.r, RESP)}. NOTIFIED `, w`   ${c.dr(c.st('res'))} OF ${pool(c.r, GU)}.`, `R: ${pool(c.r, PLAN)}. ${pool(c.r, CV)}.`, w`${famLine(c)}.`, c.sign(c.s, c.r.pick(['RN', 'RN BSN', 'RN CCRN']))),
  (c) => lines(ptHeader(c), w`S: PT STATES "${c.r.pick(['I WANT TO GO HOME', 'I CAN\'T BREATHE', 'WHERE IS MY WIFE', 'GET THIS TUBE OUT', 'CALL MY DAUGHTER'])}". ${famLine(c)}.`, `O: ${vit(c.r)}. ${pools(c.r, [...NEURO, ...CV, ...RESP], 3).join('. ')}.`, `A: ${dxs(c)}, ${c.r.pick(['STABLE', 'IMPROVING', 'WORSENING', 'UNCHANGED'])}.`, `P: ${plan(c, 3)}.`, c.sign(c.s, 'RN')),
  (c) => lines(`${c.r.pick(['0700-1900', '1900-0700', '0700-1930', '1900-0730'])} SHIFT SUMMARY`, w`${c.ageP()} ${c.sexL()} ADMITTED ${c.date(undefined, c.admit)} W/ ${dxs(c)}. PMH ${pmhList(c)}.`, `${pools(c.r, [...NEURO, ...CV, ...RESP, ...GI, ...GU], 5).join('. ')}.`, w`${famLine(c)}. ${socialLine(c)}.`, `${plan(c)}.`, c.sign(c.s, 'RN')),
  (c) => lines(w`PT ADMITTED TO ${c.r.pick(['MICU', 'CCU', 'SICU'])} BED ${c.r.int(1, 20)} AT ${c.time()} ${c.r.chance(0.5) ? 'FROM ED' : w`TRANSFERRED FROM ${c.loc(c.osh)} VIA ${c.inst(AMBULANCE)}`}.`, w`ACCOMPANIED BY ${c.rel(c.famAny())}. ${socialLine(c)}.`, `${vit(c.r)}.`, ...sysBlock(c), w`ADMITTING MD ${c.dr(c.st('md'))} AT BEDSIDE. ORIENTED ${c.his} FAMILY TO UNIT, VISITING HRS, CALL # GIVEN.`, c.sign(c.s, 'RN')),
  (c) => lines(ptHeader(c), `EVENT LOG:`, w`${c.tick()} PT PULLED OUT ${c.r.pick(['NGT', 'PIV', 'A-LINE', 'FOLEY', 'RECTAL TUBE'])}. ${c.dr(c.st('res'))} MADE AWARE.`, w`${c.tick()} ${pool(c.r, MEDS_ACT)}.`, w`${c.tick()} ${famLine(c)}.`, w`${c.tick()} ${pool(c.r, SAFETY)}.`, `${c.tick()} ${pool(c.r, PLAN)}.`, c.sign(c.s, 'RN')),
  (c) => lines(`HEAD TO TOE ASSESSMENT ${c.time()}`, ...sysBlock(c, ' - ', '; ').map((x) => w`- ${x}`), w`- PSYCHOSOCIAL: ${socialLine(c)}; ${famLine(c)}`, w`- DISPO: ${plan(c)}`, c.sign(c.s, 'RN')),
  (c) => lines(w`REC'D PT FROM ${c.r.pick(['CCU', 'MICU', 'PACU', 'CATH LAB', 'IR'])} AT ${c.time()}, REPORT FROM ${c.cred(c.st('rn2'), 'RN')}.`, w`${c.ageP()} ${c.sexL()} ${dxs(c)}. ${pool(c.r, CV)}. ${pool(c.r, LINES_P)}.`, w`TELE BOX #${c.r.int(1, 60)} ON, VERIFIED WITH MONITOR TECH ${c.n(c.st('tech'), c.r.pick<NameFmt>(['first', 'full']))}.`, w`${famLine(c)}.`, c.sign(c.s, 'RN')),
  (c) => lines(ptHeader(c), `GTTS:`, `  LEVOPHED ${(c.r.f() * 0.3).toFixed(2)} MCG/KG/MIN`, `  PROPOFOL ${c.r.int(5, 50)} MCG/KG/MIN`, `  FENTANYL ${c.r.int(25, 200)} MCG/HR`, `I&O: IN ${c.r.int(800, 3500)} / OUT ${c.r.int(300, 3000)}`, w`${pool(c.r, GU)}. ${pool(c.r, RESP)}. ${famLine(c)}.`, c.sign(c.s, 'RN')),
  (c) => lines(`RESTRAINT / SAFETY NOTE ${c.time()}`, w`PT IN SOFT BILAT WRIST RESTRAINTS FOR ${c.r.pick(['PULLING AT ETT', 'PULLING AT LINES', 'CLIMBING OOB'])}. ORDER RENEWED BY ${c.dr(c.st('res'))}.`, `CIRC CHECKS Q2H WNL. ${pool(c.r, SAFETY)}. ${pool(c.r, NEURO)}.`, w`${c.rel(c.famAny())} AT BEDSIDE, UPDATED ON NEED FOR RESTRAINTS, VERBALIZED UNDERSTANDING.`, c.sign(c.s, 'RN')),
  (c) => lines(`NIGHT SHIFT NOTE`, ptHeader(c), w`${pools(c.r, [...NEURO, ...RESP, ...GI, ...SKIN], 4).join('. ')}.`, w`${socialLine(c)}. ${famLine(c)}.`, w`SLEPT ${c.r.int(1, 6)} HRS. ${pool(c.r, PAIN)}.`, `${plan(c)}`, c.sign(c.s, 'RN')),
  (c) => lines(w`COMFORT CARE NOTE ${c.date()}`, w`PER FAMILY MEETING W/ ${c.dr(c.st('md'))} AND HCP ${c.n(c.fam0().p, 'full')}, PT TRANSITIONED TO CMO AT ${c.time()}.`, `EXTUBATED TO ${c.r.pick(['RA', '2L NC', 'FACE TENT'])}. MORPHINE GTT ${c.r.int(1, 6)} MG/HR, ROBINUL PRN.`, w`FAMILY AT BEDSIDE: ${joinP(c.fam.map((f) => c.rel(f)), ', ')}. CHAPLAIN ${c.n(c.st('chap'), 'full')} IN TO PRAY WITH FAMILY.`, c.sign(c.s, 'RN')),
  (c) => lines(w`STEP-DOWN PROGRESS NOTE  ${c.date()}`, `VS: ${vit(c.r)}`, `TELE: ${c.r.pick(['SR', 'ST', 'AFIB', 'PACED', '1ST DEG AVB'])} ${c.r.int(60, 120)}s`, `${pools(c.r, [...CV, ...RESP, ...GU], 3).join(', ')}`, w`SW ${c.n(c.st('sw'))} FOLLOWING; ${socialLine(c)}.`, w`CM ${c.n(c.st('cm'), 'first')} WORKING ON ${c.loc(c.snf)} BED.`, c.sign(c.s, 'RN')),
];

// ---------------------------------------------------------------------------------------------
// Style 2: hand-offs (SBAR, I-PASS)
// ---------------------------------------------------------------------------------------------
const HANDOFF: ((c: Ctx) => Piece)[] = [
  (c) => lines(`SBAR HANDOFF`, w`S: ${c.n(c.pt, 'full')}, ${c.ageP()} ${c.sexL()}, rm ${c.room()}, ${dxs(c)}`, w`B: admitted ${c.date(undefined, c.admit)} from ${c.r.chance(0.5) ? 'ED' : c.loc(c.osh)}. PMH ${pmhList(c)}. Code status ${c.r.pick(['FULL', 'DNR/DNI', 'DNR ok to intubate', 'CMO'])}.`, `A: ${vit(c.r)}. ${pools(c.r, [...NEURO, ...CV, ...RESP], 3).join('; ')}.`, w`R: ${plan(c)}. ${famLine(c)}.`, w`given by ${c.cred(c.s, 'RN')} to ${c.cred(c.st('rn2'), 'RN')} at ${c.time()}`),
  (c) => lines(`I-PASS`, `I: ${c.r.pick(['stable', 'watcher', 'unstable'])}`, w`P: ${c.ageP()} ${c.sexL()} w/ ${pmhList(c)} here w/ ${dxs(c)}. ${socialLine(c)}.`, `A: - ${pool(c.r, PLAN)}\n   - ${pool(c.r, PLAN)}\n   - f/u ${c.r.pick(['AM lytes', 'blood cx', 'echo', 'CT head', 'MRI'])}`, `S: if ${c.r.pick(['SBP <90', 'HR >130', 'sats <88%', 'UOP <30/hr x2h', 'agitated'])} -> ${c.r.pick(['bolus 500 mL', 'call RRT', 'page NF', 'Haldol 2 mg IV'])}`, w`S: receiver ${c.n(c.st('rn2'), 'first')} read back, questions answered`, c.sign(c.s, 'RN')),
  (c) => lines(w`SBAR call to ${c.dr(c.st('nf'))} at ${c.time()} re: ${c.n(c.pt, 'last')}`, `S: ${c.r.pick(['new afib', 'sbp 80s', 'temp 39.1', 'desat to 84%', 'uop 10 ml/hr', 'new confusion', 'k 6.1'])}`, `B: ${dxs(c)}, POD ${c.r.int(0, 6)}`, `A: ${vit(c.r)}; ${pool(c.r, NEURO)}`, `R: requested ${c.r.pick(['bolus', 'CXR', 'ABG', 'EKG', 'bedside eval', 'prn for anxiety'])}; orders received, read back`, c.sign(c.s, 'RN')),
  (c) => lines(`BEDSIDE HANDOFF CHECKLIST ${c.time()}`, `[x] ID band checked, 2 identifiers`, w`[x] pt introduced to oncoming RN ${c.n(c.st('rn2'), 'first')}`, `[x] lines traced: ${pool(c.r, LINES_P)}`, `[x] gtts verified`, `[ ] ${c.r.pick(['skin check with second RN', 'restraint order renewal', 'consent signed'])}`, w`notes: ${famLine(c)}. ${pool(c.r, SAFETY)}.`, c.sign(c.s, 'RN')),
  (c) => {
    const r = c.r;
    const others = [c.pt, c.person(), c.person(), c.person()].slice(0, r.int(2, 4));
    return lines(`${r.pick(['4 WEST', '6 NORTH', 'TELE', '5B STEP-DOWN', 'MICU TEAM B'])} HANDOFF LIST ${c.time()}`, ...others.map((p, i) => w`${r.int(1, 30)} - ${c.n(p, i % 2 ? 'lastFirst' : 'LASTFIRST')} ${r.int(20, 89)}${r.pick(['M', 'F'])} ${dxs(c)}; ${pool(r, PLAN)}`), w`- ${famLine(c)}`, c.sign(c.s, 'RN'));
  },
  (c) => lines(`NIGHT SIGNOUT (I-PASS)`, w`${c.n(c.pt, 'lastFirst')} - ${c.r.pick(['WATCHER', 'STABLE', 'UNSTABLE'])}`, w`${c.ageP()} w/ ${dxs(c)}. ${c.r.pick(['full code', 'DNR/DNI', 'DNR'])}. HCP ${c.rel(c.fam0())}`, `to do: ${pools(c.r, PLAN, 2).join(', ')}`, `if/then: ${c.r.pick(['if febrile send cx x2', 'if K <3.5 replete', 'if agitated try redirection then Seroquel', 'if SBP >180 labetalol 10 IV'])}`, w`synthesis by receiver ${c.n(c.st('nf'))}, questions answered`),
  (c) => lines(w`HANDOFF TO ${c.r.pick(['IR', 'CATH LAB', 'OR', 'ENDO', 'MRI'])} RN ${c.n(c.st('rn2'), 'full')} ${c.time()}`, `consent signed, NPO since MN, ${pool(c.r, LINES_P)}, last heparin ${c.time()}`, w`allergies ${c.r.pick(['NKDA', 'PCN (rash)', 'sulfa, iodine', 'latex'])}. ${famLine(c)}.`, w`${c.rel(c.fam0())} waiting in ${c.r.pick(['family lounge', 'lobby', 'cafeteria'])}, cell ${c.ph()}`, c.sign(c.s, 'RN')),
  (c) => lines(`SBAR to charge RN`, w`S: pt ${c.n(c.pt, 'last')} rm ${c.room()} increasingly agitated, needs 1:1`, `B: ${dxs(c)}, ${pool(c.r, NEURO)}`, `A: ${pool(c.r, SAFETY)}`, w`R: requested sitter; charge ${c.n(c.st('charge'), 'first')} to call staffing office ${c.extn()}`, c.sign(c.s, 'RN')),
  (c) => lines(`ED TO INPATIENT HANDOFF`, w`Pt: ${c.n(c.pt, 'full')}  ${c.ageP()} ${c.pt.sex}  MRN ${c.id('mrn')}`, w`Chief complaint: ${c.r.pick(['SOB', 'CP', 'fall', 'AMS', 'weakness', 'abd pain'])}. Came from ${c.r.chance(0.5) ? c.loc(c.snf) : w`home in ${c.tw()}`} by ${c.inst(AMBULANCE)}.`, `ED course: ${meds(c, 2)}. ${vit(c.r)}.`, w`Admitting: ${c.dr(c.st('md'))}. ${famLine(c)}.`, w`ED RN ${c.n(c.st('rn2'), 'full')} ${c.extn()} for questions`),
  (c) => lines(`PACU TO ICU HANDOFF`, w`${c.n(c.pt, 'lastFirst')}, s/p ${c.r.pick(['ex lap', 'CABG x3', 'Whipple', 'craniotomy', 'AAA repair'])} with ${c.dr(c.st('md'))}`, `EBL ${c.r.int(50, 1500)} mL, ${c.r.int(1, 4)}L LR, UOP ${c.r.int(100, 800)}`, `${pool(c.r, CV)}. ${pool(c.r, RESP)}.`, w`anesthesia: ${c.n(c.st('fellow'), 'full')} CRNA`, w`${famLine(c)}`, c.sign(c.s, 'RN')),
  (c) => lines(w`Report given to ${c.cred(c.st('rn2'), 'RN', 'full')} at ${c.time()}, care assumed. Pt ${c.pn()} resting, ${pool(c.r, NEURO)}. ${pool(c.r, CV)}. ${famLine(c)}. ${socialLine(c)}. ${plan(c)}.`, c.sign(c.s, 'RN')),
];

// ---------------------------------------------------------------------------------------------
// Style 3: respiratory therapy notes
// ---------------------------------------------------------------------------------------------
const RT: ((c: Ctx) => Piece)[] = [
  (c) => { const r = c.r; return lines(`RT VENT CHECK ${c.time()}`, ptHeader(c), `MODE ${r.pick(['AC/VC', 'PRVC', 'PSV', 'SIMV', 'APRV'])}  VT ${r.int(350, 550)}  RR ${r.int(12, 28)}  PEEP ${r.int(5, 16)}  FIO2 ${r.int(30, 100)}%`, `PIP ${r.int(18, 40)}  PPLAT ${r.int(14, 32)}  MV ${(r.f() * 8 + 6).toFixed(1)}`, `BS ${r.pick(['coarse bilat', 'clear', 'diminished bases', 'wheezes'])}, suctioned ${r.pick(['small thin white', 'mod thick tan', 'copious yellow'])}`, `ETT 7.5 @ ${r.int(21, 25)} lip, cuff ${r.int(20, 30)} cmH2O`, c.sign(c.st('rt'), 'RRT')); },
  (c) => { const r = c.r; return lines(`SBT / EXTUBATION NOTE`, w`Pt ${c.pn()} placed on CPAP 5/PS 5 at ${c.time()} per protocol. RSBI ${r.int(40, 130)}.`, `Tolerated ${r.int(30, 120)} min, ${vit(r)}.`, w`Extubated at ${c.time()} per ${c.dr(c.st('md'))} to ${r.pick(['4L NC', 'HFNC 40/40', 'BiPAP 12/5', '35% FT'])}. Cuff leak present. Strong cough.`, r.chance(0.5) ? w`${c.rel(c.famAny())} at bedside, happy to hear pt's voice.` : '', c.sign(c.st('rt'), 'RRT')); },
  (c) => lines(w`BiPAP initiated ${c.time()} for ${c.r.pick(['hypercapnia', 'increased WOB', 'CHF', 'COPD exac'])}. ABG ${c.r.pick(['7.28/68/62', '7.31/59/71', '7.22/80/55'])}.`, `Settings ${c.r.int(10, 18)}/${c.r.int(5, 8)}, FiO2 ${c.r.int(30, 60)}%, ${c.r.pick(['FFM medium', 'nasal mask', 'total face mask'])}. Pt ${c.r.pick(['tolerating', 'anxious but tolerating', 'pulling at mask'])}.`, w`${c.dr(c.st('res'))} aware. Will recheck gas in 1 hr.`, c.sign(c.st('rt'), 'RRT')),
  (c) => lines(`RT TX NOTE`, w`${c.r.pick(['DuoNeb', 'albuterol 2.5', 'Xopenex', 'Pulmicort', 'hypertonic saline 3%'])} given via ${c.r.pick(['SVN', 'MDI w/ spacer', 'in-line'])} at ${c.time()}.`, `Pre: ${c.r.pick(['exp wheezes', 'tight', 'diminished'])} HR ${c.r.int(80, 120)} RR ${c.r.int(16, 30)}. Post: ${c.r.pick(['improved aeration', 'fewer wheezes', 'unchanged'])} HR ${c.r.int(80, 125)}.`, `Home inhalers: Spiriva, Symbicort. ${c.r.pick(['Encouraged IS.', 'Pt educated on flutter valve.', 'Peak flow 180 L/min.'])}`, c.sign(c.st('rt'), c.r.pick(['RRT', 'CRT', 'RT'])), c.r.chance(0.4) ? w`cosign ${c.n(c.st('rt2'), 'full')} RRT` : ''),
  (c) => lines(w`ABG at ${c.time()}: ${c.r.pick(['7.31/52/78/26', '7.48/30/110', '7.19/88/60', '7.36/44/92'])} on ${c.r.int(30, 80)}%`, w`Called to ${c.dr(c.st('res'))}, vent changes: RR ${c.r.int(14, 20)} -> ${c.r.int(20, 30)}, FiO2 ${c.r.int(40, 60)} -> ${c.r.int(30, 50)}%.`, w`RN ${c.n(c.s, 'first')} aware.`, c.sign(c.st('rt'), 'RRT')),
  (c) => lines(`TRACH CARE NOTE`, `#${c.r.int(4, 8)} ${c.r.pick(['Shiley cuffed', 'Bivona', 'Portex cuffless'])}, inner cannula changed, stoma ${c.r.pick(['clean', 'slightly red', 'with granulation tissue'])}.`, `Trach collar ${c.r.int(28, 50)}% ${c.r.int(8, 15)}L, Passy-Muir trial ${c.r.int(10, 60)} min.`, w`Taught ${c.rel(c.famAny())} trach care for dc to ${c.r.chance(0.5) ? c.loc(c.snf) : w`home in ${c.tw()}`}, teach-back good.`, w`DME: ${c.inst(DME)}, ${c.tw()} branch, ${c.ph()}`, c.sign(c.st('rt'), 'RRT')),
  (c) => lines(w`HFNC note ${c.date()}`, `Airvo ${c.r.int(30, 60)} L/min, FiO2 ${c.r.int(35, 90)}%, ROX ${(c.r.f() * 6 + 3).toFixed(1)}.`, `${pool(c.r, RESP)}. Sats ${c.r.int(88, 97)}%.`, w`Discussed with ${c.dr(c.st('fellow'))}: continue, reassess ${c.time()}.`, c.sign(c.st('rt'), 'RRT')),
  (c) => lines(`HOME CPAP / EQUIPMENT`, w`Pt brought home CPAP (ResMed AirSense) from ${c.inst(DME)}. Settings ${c.r.int(6, 14)} cmH2O, ${c.r.pick(['nasal pillows', 'FFM', 'nasal mask'])}.`, w`Electrical safety check done. ${c.rel(c.famAny())} to bring distilled water.`, w`Pt lives in ${c.tw()}; DME rep ${c.n(c.person(), 'full')} ${c.ph()}.`, c.sign(c.st('rt'), 'RRT')),
  (c) => lines(w`RT response to RRT ${c.time()} rm ${c.room()}`, `Pt found ${c.r.pick(['SpO2 81% on 4L', 'RR 38 using accessory muscles', 'unresponsive, snoring resp'])}. Placed on NRB 15L then ${c.r.pick(['BiPAP', 'HFNC', 'bagged with Ambu'])}.`, w`Team: ${c.dr(c.st('res'))}, ${c.cred(c.st('rrt'), 'RN')}, ${c.cred(c.st('rt'), 'RRT')}.`, `Outcome: ${c.r.pick(['transferred to MICU', 'stabilized on floor', 'intubated by anesthesia'])}.`, c.sign(c.st('rt'), 'RRT')),
  (c) => lines(`IS / CHEST PT EDUCATION`, w`IS teaching done with pt and ${c.rel(c.famAny())}. Goal ${c.r.int(1000, 2000)} mL, achieved ${c.r.int(250, 1250)} mL.`, `Acapella x10 q2h while awake. ${pool(c.r, RESP)}.`, w`${famLine(c)}.`, c.sign(c.st('rt'), 'RRT')),
  (c) => lines(w`Bronch assist ${c.date()} ${c.time()}`, w`Procedure by ${c.dr(c.st('fellow'))} with attending ${c.dr(c.st('md'))}. BAL RML, ${c.r.int(60, 150)} mL instilled, ${c.r.int(20, 80)} mL returned.`, `FiO2 100% during, sats nadir ${c.r.int(82, 94)}%. Post: ${pool(c.r, RESP)}.`, w`Specimens to lab, accession ${c.id('other')}.`, c.sign(c.st('rt'), 'RRT')),
];

// ---------------------------------------------------------------------------------------------
// Style 4: terse lower-case nursing / progress notes
// ---------------------------------------------------------------------------------------------
const LOWER: ((c: Ctx) => Piece)[] = [
  (c) => lines(w`${c.r.pick(['noc', 'days', 'eves'])} - ${c.n(c.pt, 'last')} rm ${c.room()}`, ...flowsheet(c, c.r.pick(['- ', '  ', '* '])), w`psychosoc: ${famLine(c)}`, c.sign(c.s, 'rn')),
  (c) => lines(w`pt resting in bed, ${pool(c.r, NEURO)}. ${pool(c.r, RESP)}. ${pool(c.r, GI)}. ${famLine(c)}. ${plan(c)}`, c.sign(c.s, 'rn')),
  (c) => lines(`nursing note ${c.r.pick(['0700-1900', '7a-7p', '7p-7a', 'noc'])}`, ...sysBlock(c, ' ', ', ').map((x) => w`${x}`), w`${socialLine(c)}. ${famLine(c)}`, c.sign(c.s, 'rn')),
  (c) => lines(w`s: "${c.r.pick(['i feel better today', 'my back hurts', 'when can i go home', 'i didnt sleep', 'where is my son'])}"`, `o: ${vit(c.r)}, ${pool(c.r, CV)}`, `a: ${dxs(c)}, ${c.r.pick(['improving', 'no change', 'slowly better'])}`, w`p: ${plan(c)}. update ${c.n(c.fam0().p, 'first')} after rounds`, c.sign(c.s, 'rn')),
  (c) => lines(`events overnight:`, `- ${pool(c.r, MEDS_ACT)}`, `- ${pool(c.r, SAFETY)}`, w`- ${famLine(c)}`, w`- paged ${c.dr(c.st('nf'))} re ${c.r.pick(['bp', 'pain', 'insomnia', 'low uop', 'fsbg 60'])}, new orders`, c.sign(c.s, 'rn')),
  (c) => lines(w`spoke w/ ${c.rel(c.famAny())} re: plan, ${c.he} states pt ${c.r.pick(['was more confused at home', 'was walking with a cane', 'stopped eating last week', 'ran out of meds'])}. ${socialLine(c)}. will let ${c.dr(c.st('md'))} know.`, c.sign(c.s, 'rn')),
  (c) => lines(`wound care:`, `${pool(c.r, SKIN)}. ${pool(c.r, SKIN)}.`, w`seen by wound rn ${c.n(c.st('wound'), c.r.pick<NameFmt>(['full', 'first']))}, recs followed. photos in chart.`, c.sign(c.s, 'rn')),
  (c) => lines(w`pain reassessment ${c.time()}: ${pool(c.r, PAIN)}. ${pool(c.r, PAIN)}. pt ${c.pn('first')} states "${c.r.pick(['thats better', 'still hurts', 'i can rest now'])}"`, c.sign(c.s, 'rn')),
  (c) => lines(`fall risk/safety`, `${pool(c.r, SAFETY)}. ${pool(c.r, SAFETY)}.`, w`pt ${c.pn()} educated to call don't fall, verbalized understanding. ${famLine(c)}.`, c.sign(c.s, c.r.pick(['rn', 'lpn'])), c.r.chance(0.5) ? w`cna ${c.n(c.st('cna'), 'first')} aware` : ''),
  (c) => lines(w`dc teaching done w/ pt and ${c.rel(c.famAny())}. meds reviewed incl eliquis, lasix. scripts sent to ${c.loc(c.pharm)}.`, w`f/u w/ ${c.dr(c.st('pcp'))} at ${c.loc(c.clinic)} on ${c.date()}, appt made. vna: ${c.inst(HOME_SERVICES)}.`, w`going home to ${c.tw()} by car w/ ${c.n(c.famAny().p, 'first')}.`, c.sign(c.s, 'rn')),
  (c) => lines(w`pt arrived from ed via stretcher at ${c.time()}, ${c.ageP()} ${c.sexL()} w/ ${dxs(c)}. pmh ${pmhList(c)}.`, `${vit(c.r)}. oriented to room, call light.`, w`${socialLine(c)}. belongings: ${c.r.pick(['glasses, phone', 'dentures upper', 'cane, wallet sent home', 'none'])}.`, w`${famLine(c)}.`, c.sign(c.s, 'rn')),
  (c) => lines(w`${socialLine(c)}. ${socialLine(c)}. ${c.rel(c.fam0())} is hcp. pt ${c.r.pick(['wants to go home', 'agreeable to rehab', 'undecided about snf'])}. cm ${c.n(c.st('cm'))} aware.`, c.sign(c.s, 'rn')),
  (c) => lines(w`${c.tick()} ${pool(c.r, NEURO)}`, `${c.tick()} ${pool(c.r, MEDS_ACT)}`, w`${c.tick()} ${famLine(c)}`, `${c.tick()} ${pool(c.r, GI)}`, c.sign(c.s, 'rn')),
];

// ---------------------------------------------------------------------------------------------
// Style 5: telemetry / rapid-response events
// ---------------------------------------------------------------------------------------------
const EVENT: ((c: Ctx) => Piece)[] = [
  (c) => lines(w`TELE ALERT ${c.time()}: ${c.r.pick(['VT 7 beats', 'pause 3.2 sec', 'SVT 170s', 'afib RVR 150s', 'brady 38'])}`, w`monitor tech ${c.n(c.st('tech'), 'first')} called, pt ${c.pn()} asymptomatic, ${vit(c.r)}`, w`${c.dr(c.st('nf'))} notified, ${c.r.pick(['stat BMP/Mg', '12 lead done', 'no new orders', 'metoprolol 5 IV x1'])}`, c.sign(c.s, 'RN')),
  (c) => lines(`RAPID RESPONSE NOTE`, w`Called ${c.tick()} for ${c.r.pick(['SBP 70s', 'sats 82%', 'acute AMS', 'HR 160s', 'chest pain', 'seizure activity'])}.`, `Timeline:`, `${c.tick()} team arrived`, `${c.tick()} ${pool(c.r, MEDS_ACT)}`, `${c.tick()} ${c.r.pick(['ABG sent', 'CXR done', 'EKG: ST, no STE', 'lactate 4.1'])}`, w`Team: ${c.cred(c.st('rrt'), 'RN')}, ${c.dr(c.st('res'))}, ${c.cred(c.st('rt'), 'RRT')}`, w`Dispo: ${c.r.pick(['stays on floor', 'to MICU', 'to CCU'])}. ${famLine(c)}.`, c.sign(c.st('rrt'), 'RN')),
  (c) => lines(`CODE BLUE NOTE`, w`Found pt ${c.pn()} unresponsive, pulseless at ${c.time()}. CPR started, code called.`, `Rhythm ${c.r.pick(['PEA', 'VF', 'asystole'])}, ${c.r.int(1, 5)} rounds epi, ${c.r.pick(['shock x1 200J', 'no shock', 'amio 300'])}. ROSC at ${c.time()}.`, w`Code leader ${c.dr(c.st('md'))}; recorder ${c.n(c.st('charge'), 'full')} RN; compressions ${c.n(c.st('cna'), 'first')}, ${c.n(c.st('rn2'), 'first')}.`, w`${c.rel(c.fam0())} notified by phone ${c.ph()} at ${c.time()}.`, c.sign(c.s, 'RN')),
  (c) => lines(w`HYPOGLYCEMIA EVENT ${c.date()}`, `FSBG ${c.r.int(28, 65)} at ${c.time()}, pt ${c.r.pick(['diaphoretic', 'drowsy', 'asymptomatic'])}. D50 1 amp given. Recheck ${c.r.int(90, 180)}.`, w`${c.dr(c.st('nf'))} aware, lantus reduced. ${famLine(c)}.`, c.sign(c.s, 'RN')),
  (c) => lines(`FALL EVENT`, w`Pt found on floor next to bed at ${c.time()} by ${c.cred(c.st('cna'), 'CNA', 'first')}. Unwitnessed.`, `${vit(c.r)}. ${pool(c.r, NEURO)}. No obvious injury, ${c.r.pick(['small abrasion R elbow', 'c/o L hip pain', 'denies hitting head'])}.`, w`${c.dr(c.st('nf'))} to bedside, CT head ordered. Post-fall huddle done w/ charge ${c.n(c.st('charge'), 'first')}.`, w`${c.rel(c.fam0())} notified ${c.time()}. Incident report #${c.id('other')} filed.`, c.sign(c.s, 'RN')),
  (c) => lines(`MONITOR TECH CALL LOG`, w`${c.tick()} - ${c.n(c.st('tech'), 'full')} reports ${c.r.pick(['leads off', 'NSVT 5 beats', 'HR 40s', 'new afib'])} on box ${c.r.int(1, 60)} (${c.pn('last')})`, `${c.tick()} - leads replaced, ${c.r.pick(['SR 70s', 'ST 110s', 'afib 90s'])}`, w`${c.tick()} - ${c.n(c.st('tech'), 'first')} called again, ${c.r.pick(['artifact', 'pt ambulating', 'brushing teeth'])}`, c.sign(c.s, 'RN')),
  (c) => lines(`RRT DEBRIEF`, `What went well: ${c.r.pick(['fast arrival', 'clear roles', 'good closed-loop communication'])}.`, `What to improve: ${c.r.pick(['crash cart not stocked', 'delay getting ABG', 'too many people in room'])}.`, w`Attendees: ${joinP([c.n(c.st('rrt'), 'full'), c.n(c.st('res'), 'full'), c.n(c.s, 'full'), c.n(c.st('charge'), 'full')], ', ')}.`, w`Facilitator ${c.cred(c.st('charge'), 'RN', 'full')}`),
  (c) => lines(w`AFIB RVR ${c.time()}: HR ${c.r.int(130, 180)}, BP ${c.r.int(85, 150)}/${c.r.int(50, 90)}`, w`${c.dr(c.st('res'))} at bedside, dilt 10 IV x${c.r.int(1, 2)}, then gtt. Rate now ${c.r.int(90, 115)}s.`, `${pool(c.r, CV)}.`, w`${c.r.chance(0.5) ? 'Medtronic pacer interrogated, no events' : 'echo ordered'}. ${famLine(c)}.`, c.sign(c.s, 'RN')),
  (c) => lines(w`STROKE ALERT ${c.time()}`, `Last known well ${c.time()}. New ${c.r.pick(['L facial droop', 'R arm drift', 'aphasia', 'neglect'])}. NIHSS ${c.r.int(2, 18)}.`, w`Neuro ${c.dr(c.st('fellow'))} at bedside. CT/CTA done. ${c.r.pick(['tPA given', 'not a tPA candidate', 'to IR for thrombectomy'])}.`, w`${c.rel(c.fam0())} (${c.ph()}) confirmed LKW.`, c.sign(c.s, 'RN')),
  (c) => lines(`HYPOTENSION EVENT`, `SBP ${c.r.int(65, 85)} at ${c.time()}, MAP ${c.r.int(45, 60)}. ${pool(c.r, NEURO)}.`, w`500 mL LR bolus per ${c.dr(c.st('nf'))}, repeat SBP ${c.r.int(88, 110)}.`, `${pool(c.r, GU)}. lactate sent.`, w`${famLine(c)}.`, c.sign(c.s, 'RN')),
  (c) => lines(w`PACER EVENT ${c.date()} ${c.time()}`, `Tele showing ${c.r.pick(['failure to capture', 'pacer spikes w/o capture', 'undersensing'])}. Pt ${c.r.pick(['dizzy', 'asymptomatic'])}.`, w`Medtronic rep ${c.n(c.person(), 'full')} called ${c.ph()}, interrogation done: lead ${c.r.pick(['ok', 'impedance high'])}.`, w`EP ${c.dr(c.st('fellow'))} aware.`, c.sign(c.s, 'RN')),
];

// ---------------------------------------------------------------------------------------------
// Style 6: night-float cross-cover
// ---------------------------------------------------------------------------------------------
const NF: ((c: Ctx) => Piece)[] = [
  (c) => lines(`CROSS COVER NOTE`, w`Called by RN ${c.n(c.s, c.r.pick<NameFmt>(['first', 'full']))} at ${c.time()} re ${c.pn()} for ${c.r.pick(['fever 38.6', 'HR 120s', 'agitation', 'hypertension 190s', 'chest pain'])}.`, `Pt seen and examined. ${vit(c.r)}. ${pool(c.r, NEURO)}.`, `A/P: ${dxs(c)}. ${plan(c)}.`, w`Will sign out to day team (${c.dr(c.st('md'))}).`, c.sign(c.st('nf'), 'MD')),
  (c) => lines(w`NF event note ${c.date()}`, w`Paged ${c.extn(true)} at ${c.time()} for ${c.r.pick(['low UOP', 'K 5.9', 'Hgb 6.8', 'new O2 req'])}.`, `${pool(c.r, GU)}. ${pool(c.r, MEDS_ACT)}.`, `Plan: ${plan(c)}`, c.sign(c.st('nf'), c.r.pick(['MD', 'PGY-2', 'NP']))),
  (c) => lines(w`paged by rn ${c.n(c.s, 'first')} re ${c.pn('last')} - ${c.r.pick(['insomnia', 'constipation', 'itching', 'pain'])}. chart reviewed, pt seen.`, `ordered ${c.r.pick(['melatonin 3 mg', 'senna', 'benadryl 25 mg', 'oxycodone 5 mg'])}.`, c.sign(c.st('nf'), 'md')),
  (c) => lines(w`Called to bedside at ${c.time()}. ${c.pn('full')} ${c.r.pick(['fell', 'desatted', 'vomited coffee grounds', 'had a witnessed seizure'])}.`, `${vit(c.r)}. ${pool(c.r, RESP)}. ${pool(c.r, GI)}.`, w`Discussed with attending ${c.dr(c.st('md'))} by phone. HCP ${c.n(c.fam0().p, 'full')} called, updated.`, c.sign(c.st('nf'), 'MD')),
  (c) => lines(`OVERNIGHT ISSUES FOR DAY TEAM`, w`1. ${c.n(c.pt, 'last')} - ${pool(c.r, MEDS_ACT)}, ${pool(c.r, PLAN)}`, w`2. ${c.n(c.person(), 'last')} - ${dxs(c)}, ${pool(c.r, PLAN)}`, w`3. ${c.n(c.person(), 'lastFirst')} - ${c.r.pick(['AMA risk', 'wants to leave', 'family angry'])}; ${famLine(c)}`, c.sign(c.st('nf'), 'MD')),
  (c) => lines(`NF ADMISSION NOTE (brief)`, w`${c.ageP()} ${c.sexL()} from ${c.r.chance(0.5) ? c.loc(c.snf) : c.tw()} with ${dxs(c)}.`, w`PMH: ${pmhList(c)}`, w`SH: ${socialLine(c)}. ${socialLine(c)}.`, `Exam: ${vit(c.r)}. ${pools(c.r, [...RESP, ...CV], 2).join('. ')}.`, `Plan: ${plan(c, 3)}`, w`full H&P to follow by day team ${c.dr(c.st('md'))}`, c.sign(c.st('nf'), 'MD'), c.r.chance(0.5) ? w`D: ${c.date('md')} T: ${c.date('md')} ${c.n(c.st('nf'), 'initials')}/${c.n(c.person(), 'initials')}` : ''),
  (c) => lines(`PRONOUNCEMENT NOTE`, w`Called by ${c.cred(c.s, 'RN')} at ${c.time()}: pt ${c.pn('full')} without respirations.`, `Exam: no pulse, no heart sounds x1 min, no resp effort, pupils fixed. Time of death ${c.time()}.`, w`${c.rel(c.fam0())} notified at ${c.ph()}. Attending ${c.dr(c.st('md'))} notified. NEOB notified. ME ${c.r.pick(['declined case', 'notified, pending'])}.`, w`${c.r.chance(0.5) ? w`Funeral home: ${c.loc(`${c.r.pick(ALL_SURNAMES)} Funeral Home`)}` : 'Funeral home TBD'}`, c.sign(c.st('nf'), 'MD')),
  (c) => lines(w`Phone consent for ${c.r.pick(['blood transfusion', 'central line', 'PICC', 'paracentesis'])} obtained from HCP ${c.n(c.fam0().p, 'full')} (${c.fam0().rel}) at ${c.time()}.`, w`Witness: ${c.cred(c.s, 'RN', 'full')}. Risks/benefits/alternatives discussed.`, c.sign(c.st('nf'), 'MD')),
  (c) => lines(w`Hgb ${(5.5 + c.r.f() * 2).toFixed(1)} on ${c.time()} labs. 1 unit PRBC ordered, type & cross sent.`, w`Pt ${c.pn()} is ${c.r.pick(['Jehovah\'s Witness - declined blood', 'agreeable'])}. ${famLine(c)}.`, c.sign(c.st('nf'), c.r.pick(['MD', 'PA'])) ),
  (c) => lines(w`cross-cover: pt ${c.n(c.pt, 'last')} agitated, pulling at lines. ${pool(c.r, NEURO)}. ${pool(c.r, SAFETY)}.`, `given ${c.r.pick(['haldol 2 mg iv', 'seroquel 25 mg', 'zyprexa 2.5 im'])}. reassess 1 hr.`, w`${c.rel(c.famAny())} called, will come in to sit with pt.`, c.sign(c.st('nf'), 'md')),
  (c) => lines(w`Pharmacy (${c.n(c.st('pharmd'), 'full')}, PharmD) called at ${c.time()} re: ${c.r.pick(['vanco level 28', 'duplicate Lovenox/heparin', 'Zosyn renal dosing', 'home med clarification'])}.`, w`Home meds verified w/ ${c.loc(c.pharm)} (${c.ph()}).`, `Order adjusted.`, c.sign(c.st('nf'), 'MD')),
];

// ---------------------------------------------------------------------------------------------
// Style 7: transfer / bed-flow
// ---------------------------------------------------------------------------------------------
const TRANSFER: ((c: Ctx) => Piece)[] = [
  (c) => lines(`BED REQUEST`, w`Pt: ${c.n(c.pt, 'LASTFIRST')}  MRN ${c.id('mrn')}`, `Level of care: ${c.r.pick(['TELE', 'MED/SURG', 'STEP-DOWN', 'ICU'])}. Iso: ${c.r.pick(['none', 'MRSA contact', 'C diff', 'COVID r/o'])}`, w`From: ${c.r.chance(0.5) ? 'ED' : 'PACU'}. Accepting: ${c.dr(c.st('md'))}`, w`Bed assigned ${c.r.pick(['4 West', '6 North', '5B', '7 Tele'])} rm ${c.room()} at ${c.time()}. Bed flow: ${c.n(c.st('charge'), 'full')} ${c.extn()}`),
  (c) => lines(`TRANSFER CENTER CALL LOG`, w`${c.time()} call from ${c.loc(c.osh)} (${c.tw(c.town2)}), referring ${c.dr(c.person())}, callback ${c.ph()}.`, w`Pt ${c.n(c.pt, 'full')}, ${c.ageP()} ${c.pt.sex}, DOB ${c.dob_()}, ${dxs(c)}. OSH: ${c.loc(c.osh)}, OSH MRN ${c.id('other')}.`, w`${c.time()} accepted by ${c.dr(c.st('md'))} to ${c.r.pick(['MICU', 'CCU', 'Neuro ICU', 'step-down'])}.`, w`Transport: ${c.inst(AMBULANCE)}, ETA ${c.time()}. Nurse-to-nurse report from ${c.n(c.person(), 'full')} RN.`, w`Transfer coordinator ${c.n(c.st('cm'), 'full')}`),
  (c) => lines(w`Report called to ${c.loc(c.snf)} at ${c.time()}, spoke with ${c.cred(c.person(), c.r.pick(['RN', 'LPN']), 'full')}.`, w`Pt ${c.pn()} dc'd via ${c.inst(AMBULANCE)} w/ W-10, med list, last doses. ${pool(c.r, SKIN)}.`, w`${c.rel(c.fam0())} aware and will meet pt there. Belongings sent.`, c.sign(c.s, 'RN')),
  (c) => lines(`ICU DOWNGRADE NOTE`, w`Pt ${c.n(c.pt, 'lastFirst')} downgraded to step-down per ${c.dr(c.st('md'))}. ${pools(c.r, [...CV, ...RESP], 2).join('. ')}.`, w`Report given to ${c.cred(c.st('rn2'), 'RN')} on ${c.r.pick(['5B', '6 North', 'IMCU'])}. Transferred via bed w/ tele at ${c.time()}.`, w`${famLine(c)}.`, c.sign(c.s, 'RN')),
  (c) => lines(`UPGRADE TO ICU`, w`${c.time()} pt ${c.pn()} w/ ${c.r.pick(['worsening hypoxia', 'rising lactate', 'pressor requirement', 'GCS drop'])}. RRT called, ICU consult ${c.dr(c.st('fellow'))}.`, w`Accepted to MICU bed ${c.r.int(1, 16)}. Report to ${c.cred(c.st('rn2'), 'RN')}. Pt transported with RT ${c.n(c.st('rt'), 'first')} at ${c.time()}.`, w`${c.rel(c.fam0())} notified of transfer.`, c.sign(c.s, 'RN')),
  (c) => lines(w`Discharged home ${c.date()} at ${c.time()} via ${c.r.pick(['wheelchair to car', 'ambulatory', 'chair van'])}.`, w`Home address: ${c.addr()}. With ${c.rel(c.famAny())}.`, w`VNA: ${c.inst(HOME_SERVICES)} to start ${c.date()}. F/u ${c.dr(c.st('pcp'))} ${c.date()}.`, w`Rx to ${c.loc(c.pharm)}.`, c.sign(c.s, 'RN')),
  (c) => lines(`INTERFACILITY TRANSPORT`, w`Pt to ${c.loc(c.osh)} for ${c.r.pick(['cath', 'neurosurgery eval', 'ECMO eval', 'burn care', 'higher level of care'])}. Accepting ${c.dr(c.person())}.`, w`Crew ${c.inst(AMBULANCE)}: ${c.n(c.person(), 'full')}, ${c.n(c.person(), 'full')} (medic). Left unit ${c.time()}.`, w`Copy of chart, imaging CD. ${c.rel(c.fam0())} following by car from ${c.tw()}.`, c.sign(c.s, 'RN')),
  (c) => { const r = c.r; const ps = [c.pt, c.person(), c.person(), c.person(), c.person()].slice(0, r.int(3, 5)); return lines(`CAPACITY HUDDLE ${c.time()} (${c.r.pick(['house supervisor', 'bed board'])})`, ...ps.map((p) => w`${r.pick(['ED hold', 'PACU hold', 'pending dc', 'DC before noon', 'OSH transfer'])}: ${c.n(p, r.pick<NameFmt>(['last', 'lastFirst', 'LASTFIRST']))} -> ${r.pick(['4W', '6N', 'MICU', 'tele', 'obs'])}`), w`house sup ${c.n(c.st('charge'), 'full')} pgr ${c.ph('pager')}`); },
  (c) => lines(w`Admitted from ${c.loc(c.snf)} (${c.tw()}). Report from ${c.n(c.person(), 'full')} ${c.r.pick(['RN', 'LPN'])} at ${c.ph()}.`, w`Baseline per facility: ${c.r.pick(['A&Ox1', 'walks w/ walker', 'bed bound', 'feeds self'])}. Code status ${c.r.pick(['DNR/DNI (MOLST)', 'full code'])}.`, w`HCP ${c.n(c.fam0().p, 'full')} ${c.ph()}.`, c.sign(c.s, 'RN')),
  (c) => lines(w`Transfer to ${c.inst(PSYCH)} (inpatient psych) ${c.date()}.`, w`Section 12 signed by ${c.dr(c.st('md'))}. Pt ${c.pn()} escorted by security ${c.n(c.person(), 'full')} and ${c.inst(AMBULANCE)}.`, `Belongings inventoried and sent. ${pool(c.r, SAFETY)}.`, c.sign(c.s, 'RN')),
  (c) => lines(w`Transfer to ${c.inst(HOME_SERVICES)} for hospice at ${c.time()}.`, w`Liaison ${c.n(c.person(), 'full')} RN (${c.ph()}). Family ${joinP(c.fam.map((f) => c.n(f.p, 'first')), ' & ')} aware.`, `Comfort meds sent w/ pt. ${pool(c.r, PAIN)}.`, c.sign(c.s, 'RN')),
];

// ---------------------------------------------------------------------------------------------
// Style 8: family communication
// ---------------------------------------------------------------------------------------------
const FAMILY: ((c: Ctx) => Piece)[] = [
  (c) => { const f = c.fam0(); return lines(`PHONE CALL LOG`, w`${c.date()} ${c.time()} called ${c.n(f.p, 'full')} (${f.rel}) at ${c.ph()}, updated on ${c.r.pick(['transfer', 'test results', 'plan for tomorrow', 'new meds'])}.`, w`${c.date()} ${c.time()} ${c.n(f.p, 'first')} called back, questions about ${c.r.pick(['rehab', 'visiting', 'when MD will call'])}.`, w`${c.date()} ${c.time()} left msg for ${c.n(c.famAny().p, 'full')} ${c.ph()}.`, c.sign(c.s, 'RN')); },
  (c) => lines(`FAMILY MEETING`, w`Date: ${c.date()}  Time: ${c.time()}`, w`Present: ${c.dr(c.st('md'))}, ${c.cred(c.s, 'RN', 'full')}, ${c.cred(c.st('sw'), 'LICSW', 'full')}, ${joinP(c.fam.map((f) => c.rel(f)), ', ')}`, `Discussed: ${dxs(c)}, prognosis, ${c.r.pick(['trach/PEG', 'DNR', 'hospice', 'SNF vs home'])}.`, `Outcome: ${c.r.pick(['family needs time', 'agree w/ DNR/DNI', 'transition to CMO', 'continue full treatment'])}.`, w`Next meeting ${c.date()}. Dictated by ${c.n(c.st('md'), 'full')}, transcribed ${c.n(c.st('md'), 'initials')}/${c.n(c.person(), 'initials')}`),
  (c) => lines(w`HCP update: ${c.n(c.fam0().p, 'full')} (${c.fam0().rel}, HCP on file) updated by phone ${c.ph()}. Questions answered re ${pool(c.r, PLAN)}.`, w`${c.n(c.fam0().p, 'first')} will call ${c.n(c.famAny().p, 'first')} in ${c.tw(c.town2)}.`, c.sign(c.s, 'RN')),
  (c) => lines(w`Interpreter used: ${c.r.pick(LANGS)}, ${c.n(c.st('interp'), 'full')} ID #${c.id('badge')} (${c.r.pick(['in person', 'video', 'phone'])}).`, w`Updated pt and ${c.rel(c.famAny())} on plan. Family from ${c.country()}, lives in ${c.tw()}.`, `Teach-back done.`, c.sign(c.s, 'RN')),
  (c) => lines(`VISITOR NOTE`, w`${joinP(c.fam.map((f) => c.n(f.p, 'full')), ', ')} visited ${c.time()}-${c.time()}.`, w`${c.n(c.famAny().p, 'first')} asked to limit visitors to 2 at a time. ${famLine(c)}.`, c.sign(c.s, 'RN')),
  (c) => lines(w`Family concern: ${c.rel(c.famAny())} upset about ${c.r.pick(['lost dentures', 'call light response', 'not being called', 'food'])}.`, w`Charge RN ${c.n(c.st('charge'), 'full')} spoke with family. Patient relations ${c.n(c.person(), 'full')} ${c.extn()} contacted.`, w`Email follow-up to ${c.email(c.famAny().p)}.`, c.sign(c.s, 'RN')),
  (c) => lines(w`left voicemail for ${c.n(c.famAny().p)} at ${c.ph()} asking to call unit back at ${c.ph()}. no callback by end of shift.`, c.sign(c.s, 'RN')),
  (c) => lines(`GOALS OF CARE`, w`Pt ${c.pn('full')}, ${c.ageP()}, ${dxs(c)}. ${socialLine(c)}.`, w`Met w/ ${c.rel(c.fam0())} and ${c.rel(c.famAny())}. They state pt "${c.r.pick(['would never want a machine', 'is a fighter', 'wanted to die at home in ' ])}"${c.r.chance(0.3) ? w` ${c.tw()}` : ''}.`, w`MOLST ${c.r.pick(['completed', 'updated'])}: ${c.r.pick(['DNR/DNI', 'DNR ok to intubate', 'full code'])}. Witnessed by ${c.cred(c.s, 'RN', 'full')}.`, c.sign(c.st('md'), 'MD')),
  (c) => lines(w`Chaplain visit: ${c.n(c.st('chap'), 'full')} visited with pt and ${c.rel(c.famAny())}. Pt belongs to ${c.inst(SHELTERS_ETC)}, pastor ${c.n(c.person(), 'full')} contacted at ${c.ph()}.`, `Prayer offered. ${c.r.pick(['Communion provided.', 'Sacrament of the Sick given.', 'Family declined further visits.'])}`, c.sign(c.st('chap'), c.r.pick(['MDiv', 'Chaplain', 'BCC']))),
  (c) => lines(`SW NOTE`, w`${socialLine(c)}. ${socialLine(c)}. ${socialLine(c)}.`, w`Met with ${c.rel(c.famAny())}. Resources: ${c.inst(SHELTERS_ETC)}, fuel assistance, MassHealth app.`, w`SW ${c.n(c.st('sw'), 'full')} ${c.extn()}`),
  (c) => lines(w`Portal message received from ${c.n(c.famAny().p, 'full')} (${c.email(c.famAny().p)}) asking for update.`, w`Replied per pt consent. Family also posting updates at ${c.url(c.pt)}.`, c.sign(c.s, 'RN')),
];

function contactsBlock(c: Ctx): Piece {
  const r = c.r;
  return lines(r.pick(['EMERGENCY CONTACTS:', 'Contacts:', 'contacts -', 'FAMILY CONTACTS']),
    ...c.fam.map((f, i) => w`${i + 1}. ${c.n(f.p, r.pick<NameFmt>(['full', 'lastFirst', 'LASTFIRST']))} (${f.rel}${f.hcp ? ', HCP' : ''}) ${c.ph()}${r.chance(0.3) ? w` / ${c.ph()}` : ''}`),
    r.chance(0.4) ? w`PCP: ${c.dr(c.st('pcp'))}, ${c.loc(c.clinic)} ${c.ph()}` : '',
    r.chance(0.3) ? w`Pharmacy: ${c.loc(c.pharm)}` : '');
}
FAMILY.push((c) => lines(`FAMILY CONTACT VERIFICATION`, contactsBlock(c), w`verified w/ pt ${c.pn('first')} at ${c.time()}. ${famLine(c)}.`, c.sign(c.s, 'RN')));
TRANSFER.push((c) => lines(w`TRANSFER PACKET CHECKLIST - ${c.n(c.pt, 'LASTFIRST')}`, `[x] W-10 / PRI  [x] med rec  [x] MOLST copy  [ ] imaging CD`, contactsBlock(c), w`receiving: ${c.loc(c.snf)}, ${c.tw()} ${c.ph()}`, c.sign(c.s, 'RN')));

const STYLE_TEMPLATES: Record<NursingStyle, ((c: Ctx) => Piece)[]> = {
  'icu-caps': ICU,
  handoff: HANDOFF,
  respiratory: RT,
  'lower-progress': LOWER,
  event: EVENT,
  'cross-cover': NF,
  transfer: TRANSFER,
  family: FAMILY,
};
export const INVENTORY_SIZES = {
  givenNames: new Set([...GIVEN_F, ...GIVEN_M, ...GIVEN_F_WORD, ...GIVEN_M_WORD]).size,
  givenNamesThatAreWords: new Set([...GIVEN_F_WORD, ...GIVEN_M_WORD]).size,
  surnames: new Set([...SURNAMES, ...SURNAMES_WORD]).size,
  surnamesThatAreWords: new Set(SURNAMES_WORD).size,
  nicknames: NICKNAMES.length,
  towns: new Set(TOWNS).size,
  counties: COUNTIES.length,
  hospitals: HOSPITALS.length,
  otherInstitutions: FACILITIES.length + PHARMACIES.length + SHELTERS_ETC.length + SCHOOLS.length + DME.length + AMBULANCE.length,
  employers: EMPLOYERS.length,
  streetNames: STREET_NAMES.length,
};
export const STRUCTURES_PER_STYLE: Record<NursingStyle, number> = Object.fromEntries(
  NURSING_STYLES.map((s) => [s, STYLE_TEMPLATES[s].length]),
) as Record<NursingStyle, number>;

// ---------------------------------------------------------------------------------------------
// Driver
// ---------------------------------------------------------------------------------------------
const STYLE_WEIGHTS = [0.2, 0.108, 0.108, 0.15, 0.108, 0.108, 0.108, 0.108];

function modeFor(style: NursingStyle, r: Rng): Mode {
  if (style === 'icu-caps') return 'upper';
  if (style === 'lower-progress') return 'lower';
  return (['upper', 'lower', 'mixed'] as const)[r.w([0.31, 0.23, 0.46])] as Mode;
}

/** a short clinical paragraph without PHI */
function clinicalPara(c: Ctx): Piece {
  const r = c.r;
  const head = r.pick(['', '', 'Reassessment: ', 'REASSESS ', 'Update: ', 'f/u: ', 'Note: ', `${c.time()} `]);
  const body = pools(r, [...NEURO, ...CV, ...RESP, ...GI, ...GU, ...SKIN, ...LINES_P, ...PAIN, ...MEDS_ACT], r.int(3, 6));
  return `${head}${vit(r)}. ${body.join(r.pick(['. ', '; ', ', ']))}. ${pool(r, PLAN)}.`;
}

/** pad a note with extra lines from the same style until it is long enough */
function extraLine(c: Ctx): Piece {
  const k = c.r.w([1, 0.8, 3, 0.5, 4, 2, 2, 0.8, 3]);
  if (k === 8) return clinicalPara(c);
  if (k === 6) return pool(c.r, TRICKY);
  if (k === 7) return staffLine(c);
  if (k === 0) return famLine(c);
  if (k === 1) return socialLine(c);
  if (k === 2) return w`${pool(c.r, PLAN)}. ${pool(c.r, MEDS_ACT)}.`;
  if (k === 3) return w`addendum ${c.time()}: ${famLine(c)}.`;
  if (k === 4) return `${pools(c.r, [...NEURO, ...CV, ...RESP, ...GI], 2).join('. ')}.`;
  return w`${pool(c.r, SAFETY)}. ${pool(c.r, SKIN)}.`;
}

function words(p: Piece): number {
  const segs: Seg[] = [];
  flatten(p, segs);
  return segs.map((s) => s.s).join('').split(/\s+/).filter(Boolean).length;
}

export function generate(count: number, seed: number): GeneratedNote[] {
  const r = new Rng(seed);
  const out: GeneratedNote[] = [];
  for (let i = 0; i < count; i++) {
    // style cycles through all styles for the first 8 notes so every style appears in small batches
    const style = (i < NURSING_STYLES.length ? NURSING_STYLES[i] : NURSING_STYLES[r.w(STYLE_WEIGHTS)]) as NursingStyle;
    const c = new Ctx(r);
    const tpl = STYLE_TEMPLATES[style];
    const first = r.int(0, tpl.length - 1);
    let body: Piece[] = [tpl[first]!(c)];
    let n = words(body);
    const target = r.w([3, 2, 1]) === 0 ? r.int(80, 180) : r.int(150, 420);
    let guard = 0;
    const used = new Set([first]);
    while (n < target && guard++ < 14) {
      let add: Piece;
      if (r.chance(0.75) || used.size >= 3) add = extraLine(c);
      else {
        let j = r.int(0, tpl.length - 1);
        while (used.has(j)) j = (j + 1) % tpl.length;
        used.add(j);
        add = tpl[j]!(c);
      }
      body = [...body, r.chance(0.5) ? '\n' : '\n\n', add];
      n = words(body);
    }
    if (r.chance(0.25)) body = [...body, '\n', w`cc: ${c.dr(c.st('pcp'))}; ${c.n(c.st(c.r.pick(['md', 'cm', 'sw'])), 'full')}`];
    const mode = modeFor(style, r);
    const slop = r.w([0.45, 0.35, 0.2]);
    const { text, phi } = assemble(body, mode, r, slop);
    out.push({ patient: `${c.pt.first} ${c.pt.last}`, text, phi, style });
  }
  return out;
}
