/**
 * "community" writer: an independent generator of labelled clinical notes in community / outpatient /
 * ED styles (ED triage and ED physician notes, psychiatry, social work and case management, home health
 * and hospice, PT/OT, pharmacy, telephone encounters, patient portal messages, prior-authorization and
 * disability letters). Training data for the learned layer of the de-identifier only.
 *
 * Every PHI value is recorded as a span while the text is being built (segment by segment); nothing is
 * found by searching the text afterwards. Self-contained: no imports from src/.
 *
 * Template mini-language (used by the pools below):
 *   [a|b|c]          choose one alternative (nested brackets allowed; `[x|]` = optional x)
 *   {role.fmt}       a person of this note (pt, dau, son, md, rn, sw ...), fmt = full|first|last|fl|lf|lfm|dr|
 *                    drfull|mr|nick|init|inits|any|sig|rel|he|his|him|Rel|He|His
 *   {kind[:key]}     a place / date / identifier (town, addr, hosp, snf, date, dob, year, phone, mrn, email ...)
 *   {x!up} {x!low} {x!rlow}   case override of one value (mixed-case notes only)
 *   {@pool} {@pool*2-4} {@pool#2-4} {@pool%2-4} {@pool+2-3}  one / several entries of a sentence pool
 *                    (* joined by spaces, # by new lines, % as a bullet list, + by "; ")
 *   {n:lo-hi} {d:lo-hi}   a plain number (not PHI)
 */

// The project's seeded PRNG (mulberry32); this writer's first version inlined the same function.
import { mulberry32 } from '../../../util/prng.js';
export interface GeneratedSpan { start: number; end: number; category: string }
export interface GeneratedNote { patient: string; text: string; phi: GeneratedSpan[]; style: string }
export const WRITER_NAME = 'community';

type Rng = () => number;


const L = (s: string): string[] => s.split(',').map((x) => x.trim()).filter((x) => x.length > 0);

// ---------------------------------------------------------------------------------------------------
// Inventories
// ---------------------------------------------------------------------------------------------------

/** Given names that are also ordinary English words (or read like them). */
const GIVEN_WORD_F = L(`Hope, Faith, Joy, Rose, Brook, Grace, Page, Summer, Autumn, April, May, June, Dawn, Crystal,
  Amber, Ruby, Pearl, Jade, Iris, Lily, Daisy, Violet, Holly, Ivy, Heather, Sky, Rain, Star, Sunny, Honey, Candy,
  Sandy, Destiny, Harmony, Melody, Charity, Patience, Mercy, Trinity, Precious, Blessing, Penny, Goldie, Misty,
  Brandy, Ginger, Cherry, Olive, Hazel, Sage, Ember, Lark, Wren, Robin, Raven, Sue, Liberty, Journey, Bliss, Coral,
  Willow, Magnolia, Clementine, Story, Happy, Echo`);
const GIVEN_WORD_M = L(`Will, Bill, Frank, Mark, River, Storm, Rusty, Buck, Chase, Hunter, Gage, Cash, Colt, Ace,
  Duke, King, Prince, Major, Royal, Sterling, Miles, Reed, Grant, Dean, Earl, Guy, Jack, Pat, Don, Ray, Art, Gene,
  Rich, Cliff, Glen, Dale, Forest, Wade, Lance, Drew, Rob, Victor, Angel, Justice, Chance, Bishop, Deacon, Shepherd,
  Clay, Stone, Ash, Jay, Bear, Wolf, Cole, Bo, Sonny, Sandy, Skip, Butch, Chip, Hank, Bud, Doc, Chuck`);
const GIVEN_F = L(`Ngozi, Adaeze, Folake, Akosua, Abena, Efua, Bukola, Ifeoma, Amara, Fatoumata, Aminata, Awa,
  Mariama, Kadiatou, Yetunde, Temitope, Olamide, Uchenna, Priya, Anjali, Sunita, Deepa, Kavya, Meena, Harpreet,
  Gurpreet, Lakshmi, Shreya, Nasreen, Ayesha, Rubina, Pooja, Padma, Nandini, Mei, Yuki, Akiko, Sakura, Ji-woo,
  Seo-yeon, Xiaoling, Linh, Huong, Ngoc, Mali, Sokha, Olena, Svetlana, Natalia, Oksana, Irina, Tatiana, Katarzyna,
  Agnieszka, Zofia, Jelena, Milica, Vesna, Ludmila, Halyna, Fatima, Khadija, Layla, Nour, Mariam, Rania, Yasmin,
  Amira, Zainab, Hiba, Salma, Maria, Guadalupe, Xochitl, Carmen, Marisol, Yesenia, Consuelo, Dolores, Lourdes,
  Esperanza, Luz, Socorro, Inés, Maribel, Ximena, Beatriz, Blanca, Catalina, Graciela, Itzel, Mercedes, Nayeli,
  Pilar, Soledad, Siobhan, Niamh, Aoife, Eileen, Maeve, Roisin, Orla, Brigid, Ingrid, Astrid, Sigrid, Freya,
  Solveig, Kari, Greta, Liv, Eleni, Georgia, Athena, Despina, Sophia, Vasiliki, Chrysoula, Rivka, Chaya, Esther,
  Miriam, Shira, Yael, Devorah, Tova, Winona, Aiyana, Kimi, Onawa, Dyani, Nahimana, Jennifer, Ashley, Brittany,
  Kayla, Latoya, Keisha, Shanice, Imani, Aaliyah, Patricia, Barbara, Dorothy, Gladys, Mildred, Bernice, Loretta,
  Wanda, Darlene, Brenda, Tammy, Kimberly, Megan, Courtney, Heidi, Gretchen, Marjorie, Phyllis, Norma, Louise,
  Agnes, Thelma, Irene, Ruth, Doris, Margaret, Elizabeth, Katherine, Abigail, Yolanda, Tamika, Shaniqua, Rochelle,
  Francine, Marguerite, Nadege, Widline, Guerline, Mirlande, Anh, Thuy, Hoa, Bich, Chioma, Nkechi, Zodwa`);
const GIVEN_M = L(`Chidi, Emeka, Oluwaseun, Kwame, Kofi, Yaw, Tunde, Chinonso, Obinna, Kelechi, Nnamdi, Mamadou,
  Ousmane, Ibrahima, Sekou, Babajide, Chukwudi, Rahul, Vikram, Rajesh, Arjun, Sanjay, Manpreet, Nikhil, Ravi,
  Aditya, Farhan, Imran, Tanvir, Sandeep, Venkat, Srinivas, Ramesh, Wei, Jun, Hiroshi, Kenji, Haruto, Min-jun,
  Hyun, Jae, Zhen, Yong, Thanh, Minh, Duc, Tuan, Bao, Dara, Somchai, Dmitri, Aleksandr, Bogdan, Yuri, Piotr, Tomasz,
  Miroslav, Dragan, Stanislav, Vasyl, Mohammed, Ahmed, Omar, Youssef, Hassan, Hussein, Samir, Tariq, Karim, Khalid,
  Bilal, Walid, Mustafa, Jose, Juan, Luis, Alejandro, Jesus, Ramon, Rafael, Joaquin, Aurelio, Ernesto, Heriberto,
  Osvaldo, Rigoberto, Ciaran, Declan, Padraig, Brendan, Cormac, Seamus, Finbar, Colm, Sven, Lars, Bjorn, Anders,
  Leif, Torsten, Nils, Magnus, Erik, Dimitrios, Konstantinos, Spyros, Nikos, Yiannis, Panagiotis, Stavros, Moshe,
  Shlomo, Yitzhak, Avraham, Mordechai, Eliezer, Ari, Menachem, Chayton, Takoda, Ahanu, Kele, Tahoma, Elan, Michael,
  Christopher, Tyler, Jamal, Tyrone, DeShawn, Darnell, Marquise, Deandre, Harold, Walter, Eugene, Brandon, Kyle,
  Cody, Dustin, Vernon, Clarence, Herbert, Leroy, Floyd, Roscoe, William, Robert, Richard, Francis, Joseph, Thomas,
  Kenneth, Raymond, Gerald, Wilner, Jean-Claude, Fritz, Vo, Long, Quang, Emmanuel, Segun, Adebayo, Ikechukwu`);

const NICKS: Record<string, string> = {
  William: 'Bill', Robert: 'Bobby', Richard: 'Rich', Francis: 'Frank', Joseph: 'Joe', Thomas: 'Tommy',
  Kenneth: 'Kenny', Raymond: 'Ray', Gerald: 'Jerry', Margaret: 'Peggy', Elizabeth: 'Betty', Katherine: 'Kate',
  Abigail: 'Abby', Patricia: 'Patty', Dolores: 'Lola', Guadalupe: 'Lupe', Aleksandr: 'Sasha', Konstantinos: 'Kostas',
  Mohammed: 'Mo', Christopher: 'Chris', Michael: 'Mikey', Dorothy: 'Dottie', Mildred: 'Millie', Consuelo: 'Chelo',
  Oluwaseun: 'Seun', Chukwudi: 'Chuks', Ikechukwu: 'Ike', Babajide: 'Jide', Yitzhak: 'Itzik', Eugene: 'Gene',
  Herbert: 'Herb', Socorro: 'Coco', Jesus: 'Chuy', Jose: 'Pepe', Natalia: 'Natasha', Dimitrios: 'Jimmy',
  Panagiotis: 'Pete', Seamus: 'Shay', Kimberly: 'Kim', Jennifer: 'Jen', Barbara: 'Babs', Darlene: 'Dar',
};

/** Surnames that are also ordinary English words. */
const SUR_WORD = L(`Hill, Stone, Wood, Young, Price, Moody, Cook, Best, Rich, Little, Love, Day, Gay, Early, Hand,
  Fields, Bush, King, Sharp, Summers, Wells, Marsh, Ward, Brown, White, Black, Green, Gray, Lane, Street, Park,
  Banks, Hall, Ford, Rivers, Brooks, Meadows, Woods, Snow, Frost, Winter, Field, Church, Chapel, Temple, Castle,
  Bridges, Waters, Pool, Lake, Rock, Hart, Hunt, Fox, Wolf, Lamb, Bird, Crane, Drake, Finch, Sparrow, Baker, Miller,
  Carpenter, Mason, Porter, Turner, Walker, Fisher, Hunter, Cooper, Potter, Weaver, Glass, Steel, Gold, Silver, Rice,
  Bean, Berry, Lemon, Salt, Pepper, Strong, Hardy, Wise, Good, Goodman, Noble, Sterling, Bright, Swift, Long, Short,
  Small, Moon, Star, Person, Friend, Bond, Rule, Law, Judge, Bishop, Dean, Pope, Abbott, Monk, Knight, Page, Steward,
  Battle, Power, Cash, Savage, Sweet, Kind, Merry, Bliss, Faith, Hope, Mark, Will, Heart, Foot, Legg, Armstrong, Pike,
  Lowe, High, Hale, Burns, Cross, Mann, Root, Branch, Bloom, Flowers, Rose, Vine, Moss, Heath, Dale, Glen, Shore,
  Beach, Bay, Coates, Wheat, Oates, Cotton, Tanner, Sawyer, Slaughter, Blackwell, Hood, Sellers, Shields, Small,
  Grant, Nash, Major, Royal, Loving, Joy, Christmas, Easter, Holiday, Sunday, Tuesday, Means, Worth, Dolittle`);
const SUR = L(`Okafor, Adeyemi, Nwosu, Mensah, Owusu, Boateng, Asante, Diallo, Traore, Keita, Coulibaly, Ndiaye, Sow,
  Ba, Balogun, Oyelaran, Eze, Obi, Chukwu, Okonkwo, Adebayo, Ogunleye, Achebe, Danso, Appiah, Kamara, Sesay, Conteh,
  Bangura, Fofanah, Patel, Shah, Desai, Mehta, Reddy, Rao, Iyer, Nair, Menon, Pillai, Krishnan, Gupta, Sharma, Verma,
  Singh, Kaur, Gill, Sandhu, Dhillon, Chaudhry, Qureshi, Siddiqui, Rahman, Hossain, Chowdhury, Banerjee, Chatterjee,
  Mukherjee, Bose, Das, Ghosh, Kulkarni, Joshi, Bhatt, Nguyen, Tran, Le, Pham, Hoang, Vu, Dang, Bui, Huynh, Chen,
  Wang, Zhang, Liu, Huang, Zhao, Wu, Zhou, Lin, Yang, Kim, Lee, Choi, Jung, Kang, Cho, Yoon, Tanaka, Suzuki,
  Watanabe, Yamamoto, Nakamura, Kobayashi, Sato, Ito, Kato, Chang, Ho, Lau, Wong, Chan, Leung, Tsai, Sok, Chea, Vang,
  Xiong, Lor, Thao, Kowalski, Nowak, Wisniewski, Wojcik, Kaminski, Lewandowski, Zielinski, Szymanski, Petrov,
  Ivanov, Smirnov, Kuznetsova, Popescu, Shevchenko, Bondarenko, Kovalenko, Tkachenko, Horvat, Novak, Dvorak,
  Jovanovic, Petrovic, Nikolic, Kovac, Babic, Sokolov, Volkov, Morozova, Pavlenko, Hrycak, Haddad, Khoury, Nassar,
  Saleh, Mansour, Hamdan, Aziz, Farah, Abdullah, Al-Sayed, El-Amin, Abu-Ghazaleh, Shalhoub, Darwish, Qasim, Hijazi,
  Barakat, Issa, Jaber, Khalil, Garcia, Rodriguez, Martinez, Hernandez, Lopez, Gonzalez, Perez, Sanchez, Ramirez,
  Torres, Flores, Rivera, Gomez, Diaz, Reyes, Morales, Cruz, Ortiz, Gutierrez, Chavez, Ramos, Ruiz, Alvarez, Mendoza,
  Castillo, Jimenez, Vasquez, Romero, Herrera, Medina, Aguilar, Vargas, Castro, Guzman, Salazar, Soto, Delgado, Peña,
  Rios, Figueroa, Santiago, Colón, Velazquez, Ocasio, Quiñones, Batista, Feliciano, Acevedo, de la Cruz, de Jesus,
  del Valle, de los Santos, Garcia-Lopez, Rivera-Ortiz, O'Neill, O'Brien, O'Connor, O'Sullivan, O'Malley, O'Reilly,
  O'Donnell, O'Shea, Kelly, Sullivan, Walsh, Byrne, Ryan, Doyle, McCarthy, McLaughlin, McDonough, McNamara, McGrath,
  MacDonald, MacLeod, MacKenzie, Fitzgerald, Fitzpatrick, Gallagher, Kavanagh, Flanagan, Brennan, Quinn, Dunne,
  Nolan, Keane, Hegarty, Cahill, Moriarty, Lindqvist, Johansson, Andersson, Karlsson, Nilsson, Eriksson, Larsen,
  Hansen, Pedersen, Olsen, Jensen, Halvorsen, Solberg, Haugen, Dahl, Lund, Strand, Bakke, Virtanen, Korhonen,
  Nieminen, Magnusson, Sigurdsson, Papadopoulos, Georgiou, Nikolaidis, Konstantinou, Dimitriou, Alexiou, Karras,
  Pappas, Stavropoulos, Vlahos, Christodoulou, Angelopoulos, Economou, Galanis, Cohen, Levy, Katz, Friedman,
  Goldberg, Rosenberg, Schwartz, Feldman, Shapiro, Weiss, Greenberg, Kaplan, Horowitz, Rabinowitz, Mizrahi,
  Ben-David, Abramowitz, Lieberman, Adler, Begay, Yazzie, Tsosie, Benally, Nez, Etsitty, Tso, Red Cloud, Two Bulls,
  Running Bear, Whitehorse, Blackfeather, Littlewolf, Deerinwater, Lonehill, Manygoats, Silversmith, Yellowhorse,
  Two Crow, Van Buren, Van der Meer, Vanderhoff, Van Dyke, Schmidt, Mueller, Becker, Schultz, Wagner, Bauer, Richter,
  Klein, Wolff, Zimmerman, Hartmann, Krueger, Lindemann, von Ahn, Russo, Esposito, Romano, Colombo, Ricci, Marino,
  Greco, Bruno, Gallo, Conti, De Luca, DiNapoli, LoPresti, Costa, Giordano, Mancini, Lombardi, Moretti, Barbieri,
  Fontana, Dubois, Lefebvre, Moreau, Laurent, Girard, Bouchard, Gagnon, Tremblay, Côté, Pelletier, Thibodeau,
  Arsenault, LeBlanc, Boudreau, Fontaine, St. Pierre, St-Onge, Desrosiers, Okafor-Lindqvist, Smith-Nguyen,
  Hill-Mensah, Cohen-Patel, Baker-Yazzie, Kowalski-Hunt, Jean-Baptiste, Pierre-Louis, Toussaint, Desir, Joseph,
  Charles, Etienne, Dorval, Celestin, Augustin, Smith, Johnson, Williams, Jones, Davis, Anderson, Thomas, Jackson,
  Harris, Thompson, Robinson, Clark, Lewis, Allen, Scott, Adams, Nelson, Carter, Mitchell, Roberts, Campbell, Parker,
  Evans, Edwards, Collins, Stewart, Morris, Morgan, Murray, Bailey, Howard, Cox, Richardson, Perry, Butler,
  Barnes, Henderson, Coleman, Jenkins, Russell, Griffin, Hayes, Myers, Wallace, Cole, West, Jordan, Owens,
  Reynolds, Ellis, Harrison, Gibson, Simpson, Holmes, Daniels, Boyd, Palmer, Dunn, Perkins, Hudson, Spencer,
  Gardner, Stephens, Payne, Pierce, Matthews, Arnold, Willis, Ray, Watkins, Olson, Carroll, Duncan, Snyder,
  Cunningham, Bradley, Andrews, Harper, Riley, Greene, Lawrence, Elliott, Sims, Austin, Peters, Kelley, Franklin,
  Lawson, Mbeki, Abernathy, Quintanilla, Yilmaz, Demir, Kaya, Ozturk, Gebremedhin, Tesfaye, Haile, Abebe, Warsame,
  Mohamud, Hassan, Jama, Osman, Nakashima, Takahashi, Ahn, Baek, Sandoval, Villanueva, Zamora, Cabrera, Espinoza`);

/** Towns: real-sounding, invented, and towns made of ordinary words. */
const TOWNS = L(`Orchard Ridge, Maple Terrace, Stony Brook, Fall River, Granite Falls, Cedar Hollow, Millbrook,
  Pine Bluff, Rock Springs, Bay Shore, North Haven, East Weymouth, Southbridge, Westfield, Northampton, Holyoke,
  Chicopee, Pittsfield, Greenfield, Fitchburg, Leominster, Gardner, Athol, Ware, Palmer, Webster, Dudley, Oxford,
  Auburn, Shrewsbury, Marlborough, Framingham, Natick, Milford, Attleboro, Taunton, Brockton, Plymouth, Wareham,
  Falmouth, Hyannis, Chatham, Lowell, Lawrence, Haverhill, Methuen, Salem, Lynn, Revere, Chelsea, Quincy, Braintree,
  Dorchester, Mattapan, Roxbury, Jamaica Plain, Woonsocket, Pawtucket, Cranston, Warwick, Norwich, New London,
  Willimantic, Manchester, Nashua, Keene, Bangor, Lewiston, Brattleboro, Rutland, Burlington, Troy, Schenectady,
  Utica, Binghamton, Elmira, Ithaca, Scranton, Wilkes-Barre, Allentown, Altoona, Youngstown, Akron, Toledo, Dayton,
  Muncie, Kokomo, Flint, Saginaw, Kalamazoo, Duluth, Mankato, Fargo, Sioux Falls, Rapid City, Casper, Laramie,
  Pueblo, Gallup, Farmington, Flagstaff, Yuma, Bakersfield, Fresno, Modesto, Eureka, Medford, Yakima, Spokane,
  Pocatello, Billings, Missoula, Tulsa, Lawton, Amarillo, Lubbock, Laredo, McAllen, Brownsville, El Paso,
  Shreveport, Biloxi, Hattiesburg, Tupelo, Dothan, Macon, Valdosta, Savannah, Spartanburg, Roanoke, Lynchburg,
  Danville, Wheeling, Morgantown, Paducah, Bowling Green, Knoxville, Chattanooga, Harlow Springs, Quarry Hill,
  Beaver Meadow, Three Rivers, Elm Grove, Silver Lake, Turners Falls, Wolf Creek, Pleasant Valley, Sugar Hill,
  Hope Valley, Fair Haven, Green Harbor, Clearwater, Mill Creek, Red Oak, Willow Bend, Lost Creek, Blue Ash,
  Mount Carmel, New Canaan, Pinecrest, Brookside, Lakeview, Riverside, Fairview, Highland, Sunnyside, Springdale,
  Oak Park, Kingston, Bristol, Hudson, Salisbury, Newport, Union, Liberty, Independence, Friendship, Harmony,
  Eden, Paradise, Normal, Commerce, Providence, Chester, Easthampton, Ludlow, Agawam, Longmeadow, Belchertown,
  Amherst, Orange, Winchendon, Templeton, Barre, Spencer, Charlton, Sturbridge, Monson, Wilbraham, Hampden,
  South Hadley, Granby, Sunderland, Deerfield, Montague, Shelburne Falls, Turkey Hill, Cold Spring, Bear Creek,
  Piney Point, Dry Fork, Sandy Hook, Indian Orchard, Forest Park, Six Corners, Bright Meadow, Hungry Hill`);
const TOWN_TYPOS: Record<string, string> = {
  Holyoke: 'Holyoak', Chicopee: 'Chicope', Worcester: 'Worchester', Leominster: 'Leominister', Pittsfield: 'Pittsfeild',
  Marlborough: 'Marlboro', Haverhill: 'Haverhil', Springdale: 'Springdal', Northampton: 'Northhampton',
  Shrewsbury: 'Shrewsberry', Schenectady: 'Schenectedy', Binghamton: 'Binghampton', Albuquerque: 'Albuquerqe',
  Attleboro: 'Attleborough', Methuen: 'Methuan', Fitchburg: 'Fitchberg', Woonsocket: 'Woonsockett',
};

const STATES = L(`Massachusetts, Connecticut, Rhode Island, New Hampshire, Vermont, Maine, New York, Pennsylvania,
  Ohio, Michigan, Florida, Georgia, Texas, North Carolina, Virginia, New Jersey, Puerto Rico, California`);
const STATE_AB = L(`MA, CT, RI, NH, VT, ME, NY, PA, OH, MI, FL, GA, TX, NC, VA, NJ, PR`);
const COUNTRIES = L(`Dominican Republic, Haiti, Guatemala, El Salvador, Honduras, Vietnam, Nigeria, Ghana, Ukraine,
  Somalia, Ethiopia, Eritrea, Nepal, Bhutan, Cambodia, Brazil, Cape Verde, Poland, Albania, Iraq, Syria,
  Afghanistan, Congo, Liberia, Sierra Leone, Mexico, Colombia, Jamaica, Ireland, Greece, India, Pakistan, Bangladesh`);
const COUNTIES = L(`Hampden County, Hampshire County, Franklin County, Worcester County, Berkshire County,
  Essex County, Middlesex County, Bristol County, Plymouth County, Barnstable County, Windham County, Tolland County,
  Cheshire County, Hillsborough County, Providence County, Kent County, Oneida County, Luzerne County`);

const HOSPITALS = L(`St. Brigid's Medical Center, St. Brigid's, Valley Regional Medical Center, VRMC, Mercy Regional,
  Mercy, Holy Family Hospital, Good Samaritan Medical Center, Good Sam, Lakeshore General Hospital, LGH,
  Harborview Community Hospital, Pioneer Valley Medical Center, PVMC, Noble Hospital, Wing Memorial,
  Heywood Hospital, Baystate Franklin, UMass Memorial, Cooley Dickinson, Mary Lane, Clinton Hospital,
  Anna Jaques Hospital, Lowell General, Saints Memorial, Milford Regional, Morton Hospital, Sturdy Memorial,
  Tobey Hospital, Cape Cod Hospital, CCH, Fairview Hospital, Berkshire Medical Center, BMC North, Quarry Hill Hospital,
  Riverside Regional, St. Vincent's, St. Vinny's, Our Lady of Lourdes, OLOL, Kent County Memorial, Westerly Hospital,
  Windham Hospital, Day Kimball, Johnson Memorial, Cheshire Medical Center, Elliot Hospital, Concord Hospital,
  Granite State Medical Center, the Brigham, Mass General, MGH, Beth Israel, the Beth, Children's Hospital, BCH,
  Shriners, the VA in Northampton, Leeds VA, West Roxbury VA, Dana-Farber`);
const PSYCH_HOSPS = L(`Providence Behavioral Health Hospital, PBHH, Arbour-HRI, Arbour, Westwood Lodge, Pembroke Hospital,
  Worcester Recovery Center, WRCH, Brattleboro Retreat, the Retreat, McLean, Bournewood, Walden Behavioral Care,
  Baldpate Hospital, High Point Treatment Center, Fairlawn Rehab, AdCare, Gosnold, Spectrum, Hampstead Hospital,
  Natchaug, Institute of Living, IOL, Butler Hospital, Bradley Hospital`);
const SNFS = L(`Maple Terrace Nursing & Rehab, Cedar Hollow Health Care Center, Riverbend Rehab, Willow Bend Manor,
  Hope Valley Skilled Nursing, Fairview Commons, Chapin Center, Governor's Center, Heritage Hall, Wingate at Chicopee,
  Wingate, Linda Manor, Jewish Geriatric Services, JGS, Lathrop Home, Loomis House, Armbrook Village, Kimball Farms,
  Mt. St. Vincent Care Center, the Mount, Center for Extended Care at Amherst, Hunt Nursing Home, Glen Ridge,
  Redstone Rehab, Beaven Kelly Home, Oak Knoll Healthcare, Sugar Hill Senior Living, Briarwood, The Arbors,
  Spring Meadow Assisted Living, Elm Grove Rest Home, Pine Manor, Sunrise of Longmeadow, Atria, Brookdale`);
const CLIN_PRIMARY = L(`Caring Health Center, Holyoke Health Center, HHC, Baystate High Street Health Center, Brightwood Health Center,
  Valley Family Medicine, Orchard Ridge Primary Care, Mill Creek Internal Medicine, Community Health Connections,
  CHC, Greater Lawrence Family Health Center, GLFHC, Lowell Community Health Center, Family Health Center of Worcester,
  Edward M. Kennedy Community Health Center, Outer Cape Health Services, Harbor Health, Codman Square Health Center,
  Whittier Street, Mattapan CHC, Hope Valley Pediatrics, Sugar Hill Family Practice, Granite Falls Adult Medicine`);
const CLIN_BH = L(`ServiceNet, Clinical & Support Options, CSO, Behavioral Health Network, BHN, Gandara Center,
  Center for Human Development, CHD, Eliot Community Human Services, Riverside Outpatient, Carson Center, MHA,
  Adcare Outpatient, Habit OPCO, Recovery Centers of America, River Valley Counseling Center, RVCC`);
const CLIN_SPEC = L(`Stony Brook Pain Center, Granite Falls Orthopedics, Cedar Hollow Wound Clinic, Quarry Hill Dialysis,
  Fresenius Chicopee, DaVita Holyoke, Pioneer Valley Cardiology, Valley Sleep Center, Lakeshore Heart & Vascular,
  New England Neurological Associates, Mercy Specialty Care, Riverbend Endocrinology`);
const CLIN_PT = L(`Pioneer Spine & Sports, ProHealth PT, Athletico, Bay State PT, Kessler PT, Ivy Rehab, Hope Valley Rehab Services,
  Orchard Ridge Physical Therapy`);
const CLIN_UC = L(`Northgate Urgent Care, AFC Urgent Care, MedExpress, CareWell Urgent Care, Mercy Walk-In, Riverside Express Care`);
const CLINICS = [...CLIN_PRIMARY, ...CLIN_BH, ...CLIN_SPEC, ...CLIN_PT, ...CLIN_UC];
const CLINIC_BY_KEY: Record<string, string[]> = {
  pcp: CLIN_PRIMARY, self: CLIN_PRIMARY, inr: CLIN_PRIMARY, ther: CLIN_BH, act: CLIN_BH, cbhc: CLIN_BH, iop: CLIN_BH,
  mmt: CLIN_BH, card: CLIN_SPEC, spec: CLIN_SPEC, sleep: CLIN_SPEC, pt: CLIN_PT, uc: CLIN_UC,
};
const HHAS = L(`VNA of Greater Lowell, VNA Care, Caring Hands Home Health, Greater Springfield VNA, Riverside Home Care,
  Amedisys, LHC Group, Bayada, Hope Valley Home Health, Allied Home Care, Visiting Angels, Home Instead,
  Springwell, Highland Valley Elder Services, HVES, Greater Lynn Senior Services, GLSS, Elder Services of the Merrimack Valley,
  ESMV, WestMass ElderCare, LifePath, Tri-Valley Elder Services, Stavros`);
const HOSPICES = L(`Hospice of the Pioneer Valley, Cooley Dickinson Hospice, Beacon Hospice, Compassus, VNA Hospice of Cooley,
  Hospice of the Fisher Home, Merrimack Valley Hospice, Care Dimensions, Old Colony Hospice, Hope Lodge Hospice,
  Kindred Hospice, Gentiva, Seasons Hospice, Mercy Hospice, Porchlight Hospice`);
const FUNERAL = L(`Forastiere Funeral Home, Ryder Funeral Home, Dibble Funeral Home, Curran-Jones, Sampson Chapel,
  Lombard Funeral Home, Jarvis Funeral Home, Bernat Funeral Home, Beers & Story, Fay Funeral Home, Dupont Funeral Home,
  Kelly Funeral Home, Wilson-Gray Chapel`);
const PHARMACIES = L(`CVS, Walgreens, Rite Aid, Walmart Pharmacy, Stop & Shop pharmacy, Big Y pharmacy, Price Chopper pharmacy,
  Costco pharmacy, Hannaford pharmacy, Market Basket pharmacy, Louis & Clark Pharmacy, Arrow Pharmacy, Hall's Drug Store, Fay's Pharmacy, Medicine Shoppe, Kelley's Pharmacy,
  Sunrise Apothecary, Greenfield Family Pharmacy, PillPack, Amazon Pharmacy, Genoa Pharmacy, Baystate Outpatient Pharmacy`);
const EMPLOYERS = L(`Amazon, the Amazon warehouse in Ludlow, Walmart, Home Depot, Dunkin', UPS, FedEx, Stop & Shop,
  Market Basket, Target, Lowe's, McDonald's, Burger King, Raytheon, General Dynamics, Pratt & Whitney,
  Electric Boat, Medtronic, Sysco, Tyson, Cargill, Hormel, Ocean Spray, Friendly's, Big Y, Price Chopper, Hannaford,
  Dollar General, Family Dollar, Goodwill, Sodexo, Aramark, Marriott, Mohegan Sun, Foxwoods, MGM Springfield, USPS,
  the post office, Pioneer Valley Transit Authority, PVTA, Allied Universal, Securitas, Uber, DoorDash, Instacart,
  Verizon, Comcast, National Grid, Eversource, Suffolk Construction, Shaw's, Smith & Wesson, Yankee Candle,
  Friendly Ice Cream, Spalding, Milton Bradley, Mass Mutual, MassMutual, Big Y World Class Market, Kohl's, Chewy,
  Sheraton, Holiday Inn Express, the Gateway Diner, Antonio's Pizza, Lee Nails, Dollar Tree, Planet Fitness`);
const SCHOOLS = L(`Lincoln Elementary, Holyoke High School, Dean Tech, Springfield Central High, Westfield State,
  Holyoke Community College, HCC, Springfield Technical Community College, STCC, Greenfield Community College,
  UMass, UMass Amherst, Quinsigamond, QCC, Bunker Hill CC, St. Anne's School, Kennedy Middle School,
  Pathways Academy, Roosevelt Middle School, Putnam Vocational, Putnam Voc, Chicopee Comp, Smith Voc,
  Hope Valley Charter School, Granite Falls Middle, Sullivan School, Peck Middle School, Morgan Elementary,
  the Collaborative, Lighthouse School, Elm Grove Montessori, Cathedral High, Pope Francis Prep, Smith College,
  Mount Holyoke, Elms College, American International College, AIC`);
const CHURCHES = L(`St. Brigid's Parish, First Baptist Church, Grace Community Church, Iglesia Pentecostal Fuente de Vida,
  Bethel AME, Temple Beth El, Masjid Al-Noor, Holy Trinity Greek Orthodox, the Kingdom Hall, Our Lady of Guadalupe,
  St. Stanislaus, Hope Fellowship, New Life Tabernacle, Zion Lutheran, Shiloh Missionary Baptist, St. Jerome's,
  Iglesia de Dios, Mt. Calvary Baptist, Sacred Heart, Immaculate Conception, Congregation B'nai Israel,
  Islamic Society of Western Mass, Vietnamese Baptist Church, Ukrainian Catholic Church of St. Nicholas, Trinity Episcopal`);
const SHELTERS = L(`Friends of the Homeless, Open Pantry, Grace House, Hope Lodge, Rachel's Table, Safe Haven shelter,
  Loaves & Fishes, Bethany House, Samaritan Inn, Pine Street Inn, Interfaith Hospitality Network, Casa Esperanza,
  the YWCA, the Y, Salvation Army shelter, Harbor House, Mercy House, Worthington House, the Warming Place,
  Eliot House, Craig's Place, Clinton St. shelter, Taylor Street shelter, the Living Room, Kate's Place, Hope House`);
const COURTS = L(`Hampden County Probate and Family Court, Hampden Probate, Holyoke District Court, Worcester District Court,
  Springfield Juvenile Court, Western Division Housing Court, Housing Court in Springfield, Chicopee District Court,
  Franklin County Probate, Greenfield District Court, Lowell District Court, Essex Probate and Family Court,
  Eastern Hampshire District Court, Palmer District Court, Orange District Court, Northampton Superior Court`);
const AGENCIES = L(`Way Finders, HAP Housing, Holyoke Housing Authority, HHA, Springfield Housing Authority, SHA,
  Chicopee Housing Authority, Community Action Pioneer Valley, Valley Opportunity Council, VOC, New North Citizens Council,
  Gándara Residential, Stavros Center for Independent Living, Catholic Charities, Jewish Family Service, JFS,
  Lutheran Social Services, Ascentria, Arise for Social Justice, Square One, Brightwood Family Services,
  Family Outreach of Amherst, the Care Center, Tapestry Health, YOU Inc., Children's Friend, the Food Bank of Western Mass,
  Meals on Wheels of Greater Holyoke, Berkshire Legal Services, Community Legal Aid, CLA, the Dial/SelfProgram`);
const PAYERS = L(`MassHealth, BCBS, Blue Cross, Tufts Health Plan, Health New England, HNE, Harvard Pilgrim, Fallon,
  Medicare, Humana, Aetna, UnitedHealthcare, WellSense, Senior Whole Health, Commonwealth Care Alliance, CCA,
  Optum, Cigna, BMC HealthNet, Medicaid`);
const VENDORS = L(`Apria, Lincare, NHC Home Medical, Numotion, Medline, McKesson, Byram Healthcare, GMR, MedStar,
  Rotech, AdaptHealth, Norco Medical, Hanger Clinic, Independence Medical, Edgepark, Coram, Option Care,
  Apria Healthcare`);
const AMBULANCE = L(`AMR, GMR, MedStar, Mass Ambulance, Action Ambulance, Trinity EMS, Lifeline Ambulance, Armstrong Ambulance,
  Pioneer Valley Ambulance, Fallon Ambulance, MedFlight`);
const STREET_NAMES = L(`Main, Elm, Maple, Oak, Pine, Chestnut, Walnut, Cedar, Spruce, Birch, High, School, Church, Mill,
  Water, Bridge, Park, Pleasant, Prospect, Summer, Winter, Spring, Union, Washington, Lincoln, Franklin, Jefferson,
  Madison, Adams, Center, North, South, Liberty, Locust, Dwight, Sumner, Belmont, Hancock, Ridgewood, Fairmount,
  Boston, Orchard, Cottage, Forest, Grove, Hillside, Lakeview, Meadow, Sunset, Woodland, Chapel, Hope, Salem,
  Canal, Front, Market, Railroad, Depot, Factory, Orchard Ridge, Granite Falls, Beacon, Appleton, Suffolk, Race,
  Nonotuck, Northampton, Sargeant, Cabot, Lyman, Jackson, Bowdoin, Pearl, Hampden, Allen, St. James, Carew,
  Wilbraham, Boston Post, Old Farm, King, Queen, Whiting Farms, Homestead, Memorial, Riverside, Quarry, Ferry,
  Fenwick, Knollwood, Laurel, Magnolia, Dogwood, Sycamore, Juniper, Hemlock, Tamarack`);
const STREET_SUF = L(`St, Street, Rd, Road, Ave, Avenue, Ln, Lane, Dr, Drive, Ct, Blvd, Way, Pl, Terr, Circle, Hwy, Pkwy`);
const EMAIL_DOMAINS = L(`gmail.com, yahoo.com, hotmail.com, aol.com, comcast.net, icloud.com, outlook.com, verizon.net,
  charter.net, msn.com`);
const ORG_DOMAINS = L(`valleyregional.org, stbrigids.org, mercyregional.org, hopevalleyhospice.org, caringhealth.org,
  orchardridgepc.com, lakeshoregeneral.org, pvmc.org, harborviewhealth.org, riversidehomecare.org, waymfinders.org,
  hvhomehealth.com, pioneerspine.com, granitefallsortho.com`);

// ---------------------------------------------------------------------------------------------------
// Engine
// ---------------------------------------------------------------------------------------------------

type Seg = { t: string; c?: string };
type Mode = 'mixed' | 'upper' | 'lower';
type Sex = 'f' | 'm';
interface Person { first: string; last: string; mid?: string; nick?: string; sex: Sex; rel: string }

const MONTHS = L(`January, February, March, April, May, June, July, August, September, October, November, December`);
const MON3 = MONTHS.map((m) => m.slice(0, 3));
const DAYS = L(`Monday, Tuesday, Wednesday, Thursday, Friday, Saturday, Sunday`);

const ROLE_REL: Record<string, { rel: string; sex?: Sex; family: boolean }> = {
  pt: { rel: 'patient', family: true },
  dau: { rel: 'daughter', sex: 'f', family: true }, dau2: { rel: 'daughter', sex: 'f', family: true },
  son: { rel: 'son', sex: 'm', family: true }, son2: { rel: 'son', sex: 'm', family: true },
  wife: { rel: 'wife', sex: 'f', family: true }, husb: { rel: 'husband', sex: 'm', family: true },
  sis: { rel: 'sister', sex: 'f', family: true }, bro: { rel: 'brother', sex: 'm', family: true },
  mom: { rel: 'mother', sex: 'f', family: true }, dad: { rel: 'father', sex: 'm', family: true },
  gma: { rel: 'grandmother', sex: 'f', family: true }, niece: { rel: 'niece', sex: 'f', family: true },
  gson: { rel: 'grandson', sex: 'm', family: true }, kid: { rel: 'child', family: true }, kid2: { rel: 'child', family: true },
  rel: { rel: '', family: true }, rel2: { rel: '', family: true },
  friend: { rel: 'friend', family: false }, neighbor: { rel: 'neighbor', family: false },
  partner: { rel: 'partner', family: false }, bf: { rel: 'boyfriend', sex: 'm', family: false },
  gf: { rel: 'girlfriend', sex: 'f', family: false },
};
const REL_WORDS: Array<[string, Sex | undefined]> = [['daughter', 'f'], ['son', 'm'], ['wife', 'f'], ['husband', 'm'],
  ['sister', 'f'], ['brother', 'm'], ['niece', 'f'], ['nephew', 'm'], ['granddaughter', 'f'], ['grandson', 'm'],
  ['daughter-in-law', 'f'], ['son-in-law', 'm'], ['mother', 'f'], ['cousin', undefined], ['stepdaughter', 'f'],
  ['partner', undefined], ['fiancee', 'f'], ['aunt', 'f'], ['uncle', 'm'], ['goddaughter', 'f']];

class Note {
  readonly segs: Seg[] = [];
  private people = new Map<string, Person>();
  private memo = new Map<string, Seg[]>();
  private dates = new Map<string, [number, number, number]>();
  private used = new Set<string>();
  readonly ptAge: number;
  readonly nameTypo: number;
  constructor(readonly rng: Rng, readonly mode: Mode) {
    this.ptAge = rng() < 0.1 ? 90 + Math.floor(rng() * 14) : 19 + Math.floor(rng() * 70);
    this.nameTypo = rng() < 0.3 ? 0.06 : 0.01;
  }

  pick<T>(a: readonly T[]): T { return a[Math.floor(this.rng() * a.length)] as T; }
  int(lo: number, hi: number): number { return lo + Math.floor(this.rng() * (hi - lo + 1)); }
  chance(p: number): boolean { return this.rng() < p; }

  person(role: string): Person {
    let p = this.people.get(role);
    if (p) return p;
    const spec = ROLE_REL[role];
    let rel = spec?.rel ?? role;
    let sex: Sex | undefined = spec?.sex;
    if (spec && rel === '') { const rw = this.pick(REL_WORDS); rel = rw[0]; sex = rw[1]; }
    if (!sex) sex = this.chance(0.55) ? 'f' : 'm';
    const wordy = this.chance(0.3);
    const first = sex === 'f' ? this.pick(wordy ? GIVEN_WORD_F : GIVEN_F) : this.pick(wordy ? GIVEN_WORD_M : GIVEN_M);
    const pt = role === 'pt' ? undefined : this.people.get('pt');
    const last = spec?.family && pt && this.chance(0.65) ? pt.last : this.pick(this.chance(0.3) ? SUR_WORD : SUR);
    p = { first, last, sex, rel, mid: this.chance(0.35) ? String.fromCharCode(65 + this.int(0, 25)) : undefined,
      nick: NICKS[first] };
    this.people.set(role, p);
    return p;
  }

  typo(w: string): string {
    if (w.length < 4) return w;
    const i = this.int(1, w.length - 2);
    const a = w[i] as string, b = w[i + 1] as string;
    if (!/[a-z]/i.test(a) || !/[a-z]/i.test(b)) return w;
    switch (this.int(0, 2)) {
      case 0: return w.slice(0, i) + b + a + w.slice(i + 2);
      case 1: return w.slice(0, i) + w.slice(i + 1);
      default: return w.slice(0, i) + a + w.slice(i);
    }
  }

  nameSegs(role: string, fmt: string): Seg[] {
    const p = this.person(role);
    const ty = (s: string): string => (this.chance(this.nameTypo) ? this.typo(s) : s);
    const f = ty(p.first), l = ty(p.last);
    const N = (t: string): Seg => ({ t, c: 'NAME' });
    const T = (t: string): Seg => ({ t });
    const he = p.sex === 'f' ? ['she', 'her', 'her'] : ['he', 'his', 'him'];
    switch (fmt) {
      case 'first': return [N(f)];
      case 'last': return [N(l)];
      case 'full': return [N(p.mid && this.chance(0.3) ? `${f} ${p.mid}. ${l}` : `${f} ${l}`)];
      case 'fl': return [N(`${f[0]}. ${l}`)];
      case 'lf': return [N(`${l}, ${f}`)];
      case 'lfm': return [N(`${l}, ${f}${p.mid ? ` ${p.mid}.` : ''}`)];
      case 'dr': return [T(this.pick(['Dr. ', 'Dr ', 'Dr. ', 'dr. '])), N(l)];
      case 'drfull': return [T(this.chance(0.8) ? 'Dr. ' : 'Dr '), N(this.chance(0.3) ? `${f[0]}. ${l}` : `${f} ${l}`)];
      case 'mr': return [T(p.sex === 'f' ? this.pick(['Ms. ', 'Mrs. ', 'Ms ']) : this.pick(['Mr. ', 'Mr '])), N(l)];
      case 'nick': return [N(p.nick ?? f)];
      case 'init': return [N((p.first[0]! + (p.mid ?? '') + p.last.replace(/[^A-Za-z]/g, '')[0]).toLowerCase())];
      case 'inits': return [N(p.first[0]! + (p.mid ?? '') + p.last.replace(/[^A-Za-z]/g, '')[0])];
      case 'sig': return [N(this.pick([`${f} ${l}`, `${f[0]}. ${l}`, `${f} ${p.mid ?? f[0]}. ${l}`]))];
      case 'any': return this.nameSegs(role, this.pick(['first', 'full', 'full', 'fl', 'last', 'first']));
      case 'rel': return [T(p.rel)];
      case 'Rel': return [T(p.rel[0]!.toUpperCase() + p.rel.slice(1))];
      case 'he': return [T(he[0]!)];
      case 'He': return [T(he[0]![0]!.toUpperCase() + he[0]!.slice(1))];
      case 'his': return [T(he[1]!)];
      case 'His': return [T(he[1]![0]!.toUpperCase() + he[1]!.slice(1))];
      case 'him': return [T(he[2]!)];
      case 'email': {
        const user = this.pick([`${p.first}.${p.last}`, `${p.first[0]}${p.last}`, `${p.first}${this.int(1, 99)}`,
          `${p.last}${p.first[0]}${this.int(50, 99)}`, `${p.first}_${p.last[0]}`]).toLowerCase().replace(/[^a-z0-9._]/g, '');
        return [{ t: `${user}@${this.pick(EMAIL_DOMAINS)}`, c: 'EMAIL' }];
      }
      case 'wemail': {
        const user = `${p.first[0]}${p.last}`.toLowerCase().replace(/[^a-z0-9._]/g, '');
        return [{ t: `${user}@${this.pick(ORG_DOMAINS)}`, c: 'EMAIL' }];
      }
      default: throw new Error(`community generator: unknown name format ${fmt}`);
    }
  }

  date(key: string, fmt?: string): Seg[] {
    let d = key ? this.dates.get(key) : undefined;
    if (!d) {
      if (key === 'dob') {
        const y = 2026 - this.ptAge - (this.chance(0.5) ? 1 : 0);
        d = [y, this.int(1, 12), this.int(1, 28)];
      } else {
        const base = this.dates.get('note');
        if (base && key !== 'note') d = [base[0] - (this.chance(0.3) ? this.int(0, 3) : 0), this.int(1, 12), this.int(1, 28)];
        else d = [this.int(2016, 2026), this.int(1, 12), this.int(1, 28)];
      }
      if (key) this.dates.set(key, d);
    }
    const [y, m, day] = d;
    const mm = String(m).padStart(2, '0'), dd = String(day).padStart(2, '0'), yy = String(y).slice(2);
    const ord = day === 1 || day === 21 ? 'st' : day === 2 || day === 22 ? 'nd' : day === 3 || day === 23 ? 'rd' : 'th';
    const f = fmt ?? this.pick(['mdy', 'mdy', 'mdyy', 'md', 'md', 'iso', 'dmon', 'mon', 'long', 'ord', 'mdy0', 'dmony', 'compact']);
    let t: string;
    switch (f) {
      case 'mdy': t = `${m}/${day}/${y}`; break;
      case 'mdy0': t = `${mm}/${dd}/${y}`; break;
      case 'mdyy': t = `${m}/${day}/${yy}`; break;
      case 'md': t = `${m}/${day}`; break;
      case 'iso': t = `${y}-${mm}-${dd}`; break;
      case 'dmon': t = `${day}-${MON3[m - 1]}`; break;
      case 'dmony': t = `${day}-${MON3[m - 1]}-${y}`; break;
      case 'mon': t = `${MON3[m - 1]} ${day}`; break;
      case 'long': t = `${MONTHS[m - 1]} ${day}, ${y}`; break;
      case 'longnoy': t = `${MONTHS[m - 1]} ${day}`; break;
      case 'ord': t = `${MONTHS[m - 1]} ${day}${ord}`; break;
      case 'compact': t = `${dd}${MON3[m - 1]!.toUpperCase()}${yy}`; break;
      case 'dash': t = `${mm}-${dd}-${y}`; break;
      default: t = `${m}/${day}/${y}`;
    }
    return [{ t, c: 'DATE' }];
  }

  place(kind: string, key: string): Seg[] {
    const mk = `${kind}:${key}`;
    if (key) { const m = this.memo.get(mk); if (m) return m; }
    let out: Seg[];
    const Lc = (t: string): Seg[] => [{ t, c: 'LOCATION' }];
    switch (kind) {
      case 'town': {
        let t = this.pick(TOWNS);
        if (this.chance(0.05)) t = TOWN_TYPOS[t] ?? this.typo(t);
        out = Lc(t); break;
      }
      case 'hosp': case 'osh': out = Lc(this.pick(HOSPITALS)); break;
      case 'psychhosp': out = Lc(this.pick(PSYCH_HOSPS)); break;
      case 'snf': out = Lc(this.pick(SNFS)); break;
      case 'clinic': out = Lc(this.pick(CLINIC_BY_KEY[key] ?? CLINICS)); break;
      case 'hha': out = Lc(this.pick(HHAS)); break;
      case 'hospice': out = Lc(this.pick(HOSPICES)); break;
      case 'funeral': out = Lc(this.pick(FUNERAL)); break;
      case 'vendor': out = Lc(this.pick(VENDORS)); break;
      case 'amb': out = Lc(this.pick(AMBULANCE)); break;
      case 'pharmacy': out = Lc(this.pick(PHARMACIES)); break;
      case 'employer': out = Lc(this.pick(EMPLOYERS)); break;
      case 'school': out = Lc(this.pick(SCHOOLS)); break;
      case 'church': out = Lc(this.pick(CHURCHES)); break;
      case 'shelter': out = Lc(this.pick(SHELTERS)); break;
      case 'court': out = Lc(this.pick(COURTS)); break;
      case 'agency': out = Lc(this.pick(AGENCIES)); break;
      case 'county': out = Lc(this.pick(COUNTIES)); break;
      case 'street': out = Lc(this.street()); break;
      case 'streetname': out = Lc(`${this.pick(STREET_NAMES)} ${this.pick(STREET_SUF)}`); break;
      case 'zip': out = Lc(this.zip()); break;
      case 'state': out = [{ t: this.pick(STATES), c: 'STATE' }]; break;
      case 'st': out = [{ t: this.pick(STATE_AB), c: 'STATE' }]; break;
      case 'country': out = [{ t: this.pick(COUNTRIES), c: 'STATE' }]; break;
      case 'addr': {
        const town = this.place('town', key ? `${key}.town` : '');
        const parts: Seg[] = [{ t: this.street(), c: 'LOCATION' }];
        const sep = this.pick([', ', ', ', ' ', '\n']);
        parts.push({ t: sep }, ...town);
        if (this.chance(0.85)) {
          parts.push({ t: this.pick([', ', ' ']) }, { t: this.pick(STATE_AB.slice(0, 8)), c: 'STATE' });
          if (this.chance(0.8)) parts.push({ t: ' ' }, { t: this.zip(), c: 'LOCATION' });
        }
        out = parts; break;
      }
      default: throw new Error(`community generator: unknown place kind ${kind}`);
    }
    if (key) this.memo.set(mk, out);
    return out;
  }

  street(): string {
    const n = this.chance(0.15) ? `${this.int(1, 9)}${this.int(0, 9)}${this.int(0, 9)}${this.int(0, 9)}` : String(this.int(2, 480));
    let s = `${n} ${this.pick(STREET_NAMES)} ${this.pick(STREET_SUF)}`;
    if (this.chance(0.3)) s += this.pick([` Apt ${this.int(1, 40)}`, ` #${this.int(1, 12)}${this.pick(['', 'A', 'B', 'R'])}`,
      `, Apt ${this.int(1, 4)}${this.pick(['A', 'B', 'C', 'L', 'R'])}`, ` Unit ${this.int(100, 420)}`, ', 2nd fl', ' 3rd floor']);
    return s;
  }
  zip(): string {
    return this.pick(['01', '01', '02', '03', '06', '05']) + String(this.int(0, 999)).padStart(3, '0') +
      (this.chance(0.1) ? `-${String(this.int(0, 9999)).padStart(4, '0')}` : '');
  }
  mbi(): string {
    const A = 'ACDEFGHJKMNPQRTUVWXY';
    const a = (): string => A[this.int(0, A.length - 1)]!;
    const an = (): string => (this.chance(0.5) ? a() : String(this.int(0, 9)));
    const raw = `${this.int(1, 9)}${a()}${an()}${this.int(0, 9)}${a()}${an()}${this.int(0, 9)}${a()}${a()}${this.int(0, 9)}${this.int(0, 9)}`;
    return this.chance(0.5) ? `${raw.slice(0, 4)}-${raw.slice(4, 7)}-${raw.slice(7)}` : raw;
  }
  digits(n: number): string { let s = ''; for (let i = 0; i < n; i++) s += String(this.int(0, 9)); return s; }

  phone(): string {
    const a = this.pick(['413', '508', '617', '978', '774', '860', '603', '401', '781', '339', '351', '802']);
    const ex = `${this.int(2, 9)}${this.digits(2)}`, ln = this.digits(4);
    return this.pick([`(${a}) ${ex}-${ln}`, `${a}-${ex}-${ln}`, `${a}.${ex}.${ln}`, `${a}-${ex}-${ln}`, `${ex}-${ln}`,
      `${a} ${ex} ${ln}`, `1-${a}-${ex}-${ln}`, `(${a})${ex}-${ln}`, `${a}${ex}${ln}`]);
  }

  id(kind: string): string {
    switch (kind) {
      case 'mrn': return this.pick([this.digits(8), this.digits(7), `${this.int(1, 9)}${this.digits(6)}`, `E${this.digits(7)}`, `00${this.digits(6)}`]);
      case 'acct': return this.pick([this.digits(10), `${this.digits(4)}-${this.digits(6)}`, `A${this.digits(9)}`]);
      case 'ssn4': return this.digits(4);
      case 'ssn': return `${this.int(100, 899)}-${this.digits(2)}-${this.digits(4)}`;
      case 'memberid': return this.pick([this.digits(12), `${this.pick(['XYZ', 'HNE', 'MHX', 'ZGP', 'W'])}${this.digits(9)}`, `${this.digits(9)}A`, this.mbi()]);
      case 'npi': return `1${this.digits(9)}`;
      case 'dea': return `${this.pick(['B', 'A', 'F', 'M'])}${this.pick(['K', 'O', 'S', 'R', 'N'])}${this.digits(7)}`;
      case 'rx': return this.pick([this.digits(7), `${this.digits(7)}-${this.digits(5)}`, `RX${this.digits(6)}`]);
      case 'pa': return this.pick([`PA-${this.digits(8)}`, `${this.int(24, 26)}-${this.digits(6)}`, this.digits(11), `AUTH${this.digits(7)}`]);
      case 'case': return this.pick([`${this.digits(2)}-${this.digits(5)}`, `${this.digits(7)}`, `CR-${this.digits(6)}`]);
      case 'docket': return `${this.int(16, 26)}${this.pick(['CR', 'PB', 'SP', 'H79', 'JV'])}${this.digits(6)}`;
      case 'claim': return this.pick([`${this.digits(3)}-${this.digits(2)}-${this.digits(4)}${this.pick(['A', 'HA', 'DI'])}`, `CLM${this.digits(8)}`]);
      case 'license': return this.pick([`S${this.digits(8)}`, `${this.digits(9)}`, `RN${this.digits(6)}`]);
      case 'badge': return this.digits(this.int(4, 6));
      case 'interp': return this.digits(this.int(5, 6));
      case 'fax': return this.phone();
      default: return this.digits(8);
    }
  }

  /** Resolve one `{...}` placeholder into segments. */
  placeholder(inner: string, out: Seg[]): void {
    const bang = inner.indexOf('!');
    const main = bang >= 0 ? inner.slice(0, bang) : inner;
    const mod = bang >= 0 ? inner.slice(bang + 1) : '';
    const before = out.length;
    this.resolve(main, out);
    if (mod && this.mode === 'mixed') {
      const f = mod === 'up' ? (s: string) => s.toUpperCase() : mod === 'low' ? (s: string) => s.toLowerCase()
        : mod === 'rlow' ? (this.chance(0.35) ? (s: string) => s.toLowerCase() : null)
          : mod === 'rup' ? (this.chance(0.35) ? (s: string) => s.toUpperCase() : null) : null;
      if (f) for (let i = before; i < out.length; i++) { const s = out[i]!; s.t = f(s.t); }
    }
  }

  resolve(main: string, out: Seg[]): void {
    if (main.startsWith('@')) { this.pool(main.slice(1), out); return; }
    const dot = main.indexOf('.');
    if (dot > 0) {
      const role = main.slice(0, dot);
      out.push(...this.nameSegs(role, main.slice(dot + 1)));
      return;
    }
    const colon = main.indexOf(':');
    const kind = colon >= 0 ? main.slice(0, colon) : main;
    const arg = colon >= 0 ? main.slice(colon + 1) : '';
    const P = (t: string, c: string): void => { out.push({ t, c }); };
    switch (kind) {
      case 'n': { const [lo, hi] = arg.split('-').map(Number); out.push({ t: String(this.int(lo!, hi!)) }); return; }
      case 'd': { const [lo, hi] = arg.split('-').map(Number); out.push({ t: `${this.int(lo!, hi! - 1)}.${this.int(0, 9)}` }); return; }
      case 'date': { const [key, fmt] = arg.split('/'); out.push(...this.date(key ?? '', fmt || undefined)); return; }
      case 'dob': out.push(...this.date('dob', arg || this.pick(['mdy', 'mdy0', 'mdyy', 'iso', 'mdy']))); return;
      case 'year': P(String(arg === 'old' ? this.int(1962, 2012) : this.int(2005, 2025)), 'DATE_YEAR'); return;
      case 'yr2': P(`'${String(this.int(1975, 2023)).slice(2)}`, 'DATE_YEAR'); return;
      case 'month': {
        // month + year: a date part
        const y = this.int(2012, 2025), m = this.int(0, 11);
        P(this.pick([`${MONTHS[m]} ${y}`, `${MON3[m]} ${y}`, `${m + 1}/${y}`, `${m + 1}/${String(y).slice(2)}`]), 'DATE'); return;
      }
      case 'ptage': {
        const a = this.ptAge;
        if (a > 89) P(String(a), 'AGE'); else out.push({ t: String(a) });
        return;
      }
      case 'oldage': P(String(this.int(90, 104)), 'AGE'); return;
      case 'age': out.push({ t: String(this.int(arg ? Number(arg.split('-')[0]) : 20, arg ? Number(arg.split('-')[1]) : 85)) }); return;
      case 'time': out.push({ t: this.pick([`${this.int(0, 23)}${this.pick(['00', '15', '30', '45', '10', '52'])}`.padStart(4, '0'),
        `${this.int(1, 12)}:${this.pick(['00', '15', '30', '45', '05', '20', '38'])} ${this.pick(['AM', 'PM', 'am', 'pm', 'p', 'a'])}`,
        `${String(this.int(0, 23)).padStart(2, '0')}:${this.pick(['00', '12', '30', '45', '27', '51'])}`]) }); return;
      case 'dow': out.push({ t: this.pick(DAYS) }); return;
      case 'payer': out.push({ t: this.pick(PAYERS) }); return; // payers are not PHI
      case 'sex': out.push({ t: this.person('pt').sex === 'f' ? this.pick(['F', 'F', 'female', 'f', 'woman']) : this.pick(['M', 'M', 'male', 'm', 'man']) }); return;
      case 'phone': P(this.phone(), 'PHONE'); return;
      case 'ext': P(this.pick([`x${this.int(1000, 8999)}`, `ext ${this.int(100, 8999)}`, `x ${this.int(2000, 7999)}`, `ext. ${this.int(10, 999)}`]), 'PHONE'); return;
      case 'phonex': P(`${this.phone()} ${this.pick(['x', 'ext ', 'ext. ', 'x'])}${this.int(100, 8999)}`, 'PHONE'); return;
      case 'pager': P(this.pick([`${this.int(2, 9)}-${this.digits(4)}`, this.digits(5), `${this.int(100, 999)}-${this.digits(4)}`]), 'PHONE'); return;
      case 'email': out.push(...this.nameSegs(arg || 'pt', 'email')); return;
      case 'url': P(this.pick([`https://mychart.${this.pick(ORG_DOMAINS)}`, `www.${this.pick(ORG_DOMAINS)}`,
        `${this.pick(ORG_DOMAINS)}/patients`, `https://portal.${this.pick(ORG_DOMAINS)}/login`, `http://www.${this.pick(ORG_DOMAINS)}/forms`]), 'URL'); return;
      case 'handle': P(this.pick([`@${this.person(arg || 'pt').first.toLowerCase()}_${this.int(70, 99)}`,
        `@${this.pick(['queen', 'lil', 'big', 'mama', 'real'])}${this.person(arg || 'pt').first.toLowerCase()}${this.int(1, 9)}`,
        `${this.person(arg || 'pt').first.toLowerCase()}.${this.person(arg || 'pt').last.toLowerCase().replace(/[^a-z]/g, '')}${this.int(1, 99)}`]), 'OTHER'); return;
      case 'serial': P(this.pick([`${this.pick(['PJN', 'RNB', 'SN', 'BLR'])}${this.digits(6)}${this.pick(['H', 'S', ''])}`, `${this.digits(3)}-${this.digits(5)}`]), 'OTHER'); return;
      case 'plate': P(`${this.int(1, 9)}${this.pick(['XK', 'TR', 'BG', 'PL'])}${this.int(100, 999)}`, 'OTHER'); return;
      default: break;
    }
    const ids = ['mrn', 'acct', 'ssn4', 'ssn', 'memberid', 'npi', 'dea', 'rx', 'pa', 'case', 'docket', 'claim', 'license', 'badge', 'interp', 'fax', 'id'];
    if (ids.includes(kind)) { P(kind === 'fax' ? this.phone() : this.id(kind), kind === 'fax' ? 'PHONE' : 'ID'); return; }
    out.push(...this.place(kind, arg));
  }

  pool(spec: string, out: Seg[]): void {
    const m = /^([A-Za-z0-9_]+)(?:([*#%+])(\d+)-(\d+))?$/.exec(spec);
    if (!m) throw new Error(`community generator: bad pool spec ${spec}`);
    const entries = POOLS[m[1]!];
    if (!entries) throw new Error(`community generator: unknown pool ${m[1]}`);
    if (!m[2]) {
      // prefer an entry not yet used in this note
      let k = Math.floor(this.rng() * entries.length);
      for (let tries = 0; tries < 10 && this.used.has(`${m[1]}#${k}`); tries++) k = Math.floor(this.rng() * entries.length);
      this.used.add(`${m[1]}#${k}`);
      this.expand(entries[k]!, out);
      return;
    }
    const k = Math.min(entries.length, this.int(Number(m[3]), Number(m[4])));
    const shuffle = (a: number[]): number[] => {
      for (let i = a.length - 1; i > 0; i--) { const j = Math.floor(this.rng() * (i + 1)); [a[i], a[j]] = [a[j]!, a[i]!]; }
      return a;
    };
    const all = entries.map((_, i) => i);
    const idx = [...shuffle(all.filter((i) => !this.used.has(`${m[1]}#${i}`))), ...shuffle(all.filter((i) => this.used.has(`${m[1]}#${i}`)))];
    const bullet = m[2] === '%' ? this.pick(['- ', '* ', '• ', '-', '', '> ', '#']) : '';
    for (let i = 0; i < k; i++) {
      if (i > 0) out.push({ t: m[2] === '*' ? ' ' : m[2] === '+' ? '; ' : '\n' });
      if (bullet) out.push({ t: bullet === '#' ? `${i + 1}. ` : bullet });
      this.used.add(`${m[1]}#${idx[i]}`);
      this.expand(entries[idx[i]!]!, out);
    }
  }

  expand(tpl: string, out: Seg[]): void {
    let s = tpl;
    const re = /\[([^[\]]*)\]/g;
    while (s.includes('[')) {
      const next = s.replace(re, (_m, body: string) => this.pick(body.split('|')));
      if (next === s) break;
      s = next;
    }
    let i = 0;
    while (i < s.length) {
      const j = s.indexOf('{', i);
      if (j < 0) { out.push({ t: s.slice(i) }); break; }
      if (j > i) out.push({ t: s.slice(i, j) });
      const k = s.indexOf('}', j);
      if (k < 0) throw new Error(`community generator: unclosed placeholder in ${tpl}`);
      this.placeholder(s.slice(j + 1, k), out);
      i = k + 1;
    }
  }
}

// ---------------------------------------------------------------------------------------------------
// Post-processing: sloppiness (literal text only), case, offsets
// ---------------------------------------------------------------------------------------------------

function sloppy(note: Note, t: string, rate: number): string {
  if (rate <= 0) return t;
  let s = t.replace(/[A-Za-z]{5,}/g, (w) => (note.chance(rate * 0.25) ? note.typo(w) : w));
  s = s.replace(/([.,;]) (?=\S)/g, (m0, p: string) => (note.chance(rate * 0.6) ? p : note.chance(rate * 0.3) ? `${p}  ` : m0));
  s = s.replace(/ (?=\S)/g, (m0) => (note.chance(rate * 0.08) ? '  ' : m0));
  return s;
}

function applyCase(mode: Mode, t: string): string {
  if (mode === 'mixed') return t;
  const u = mode === 'upper' ? t.toUpperCase() : t.toLowerCase();
  return u.length === t.length ? u : t;
}

function render(note: Note, segs: Seg[], sloppyRate: number): { text: string; phi: GeneratedSpan[] } {
  let text = '';
  const phi: GeneratedSpan[] = [];
  for (const sg of segs) {
    if (!sg.c) { text += applyCase(note.mode, sloppy(note, sg.t, sloppyRate)); continue; }
    let v = applyCase(note.mode, sg.t);
    // a value never carries its own surrounding blanks
    const lead = v.length - v.trimStart().length;
    if (lead) { text += v.slice(0, lead); v = v.slice(lead); }
    const core = v.trimEnd();
    if (core.length > 0) {
      const prev = phi[phi.length - 1];
      // "{first} {last}" written as two values is one name
      if (prev && prev.category === 'NAME' && sg.c === 'NAME' && prev.end === text.length - 1 && text[prev.end] === ' ') prev.end = text.length + core.length;
      else phi.push({ start: text.length, end: text.length + core.length, category: sg.c });
    }
    text += v;
  }
  // tidy: no trailing spaces at line ends, collapse 3+ blank lines
  return tidy(text, phi);
}

/** Remove trailing blanks at line ends, runs of blank lines and outer blanks, shifting span offsets. */
function tidy(text: string, phi: GeneratedSpan[]): { text: string; phi: GeneratedSpan[] } {
  const cuts: Array<[number, number]> = [];
  const lead = /^\s*/.exec(text)![0].length;
  if (lead) cuts.push([0, lead]);
  for (const m of text.matchAll(/[ \t]+(?=\n|$)|\n{3,}/g)) {
    const a = m[0][0] === '\n' ? m.index + 2 : m.index;
    const b = m.index + m[0].length;
    if (a >= lead && b > a) cuts.push([a, b]);
  }
  // keep only cuts that touch no span
  const safe = cuts.filter(([a, b]) => !phi.some((p) => p.start < b && a < p.end));
  let out = '';
  let pos = 0;
  for (const [a, b] of safe) { if (a < pos) continue; out += text.slice(pos, a); pos = b; }
  out += text.slice(pos);
  out = out.trimEnd(); // spans are trimmed values, so trailing blanks are never inside one
  const shift = (x: number): number => {
    let d = 0;
    for (const [a, b] of safe) { if (b <= x) d += b - a; else break; }
    return x - d;
  };
  return { text: out, phi: phi.map((p) => ({ start: shift(p.start), end: shift(p.end), category: p.category })) };
}

// ---------------------------------------------------------------------------------------------------
// Sentence pools
// ---------------------------------------------------------------------------------------------------

const POOLS: Record<string, string[]> = {
  // ---- shared clinical filler (tricky non-PHI lives here: eponyms, brands, devices, units, scores) ----
  pmh: [
    'HTN', 'DM2 (A1c {d:6-11}% {month})', 'HFrEF, EF {n:20-40}% on echo {date:echo}', 'afib on Eliquis', 'CKD stage {n:3-4}',
    'COPD on 2L home O2', 'OSA on CPAP', 's/p CABG {year:old}', 'Parkinson disease', 'Hodgkin lymphoma {yr2}, in remission',
    'MI {year:old}', 'CVA {year} w/ residual L weakness', 'ESRD on HD MWF at {clinic}', 'hypothyroid', 'GERD', 'BPH w/ chronic Foley',
    'dementia (Alzheimer type)', 'MDD', 'PTSD', 'bipolar I', 'schizoaffective d/o', 'OUD on Suboxone', 'AUD w/ hx DTs',
    'hep C (treated w/ Epclusa {year})', 'HIV, VL undetectable', 's/p TKA R {year}', 'L hip fx s/p ORIF {date:fx}', 'DVT {yr2}',
    'Bell\'s palsy {yr2}', 'Crohn\'s disease', 'Graves disease s/p RAI', 'gout', 'OA', 'chronic LBP', 'seizure d/o on Keppra',
    'asthma', 'obesity (BMI {n:32-48})', 'Medtronic ICD placed {year}', 'pacemaker (Boston Scientific) for SSS', 'anemia',
    'Down syndrome', 'CP', 'TBI {year:old} (MVA)', 'breast ca s/p lumpectomy {year}', 'prostate ca', 'neuropathy', 'glaucoma',
  ],
  meds: [
    'Lasix 40 mg daily', 'Eliquis 5 mg BID', 'metoprolol succ 50 mg daily', 'lisinopril 20 mg', 'atorvastatin 40 mg qhs',
    'metformin 1000 mg BID', 'Lantus 22 units qhs', 'Humalog SSI', 'Ozempic 1 mg weekly', 'Jardiance 10 mg', 'Xanax 0.5 mg prn',
    'sertraline 100 mg', 'Seroquel 200 mg qhs', 'Depakote ER 1000 mg', 'lithium 300 mg TID', 'Abilify 10 mg', 'Suboxone 8/2 mg BID',
    'Narcan 4 mg nasal spray', 'gabapentin 300 mg TID', 'Tylenol 650 q6h prn', 'oxycodone 5 mg q4h prn', 'Senna-S', 'MiraLAX',
    'Keppra 500 mg BID', 'Synthroid 88 mcg', 'omeprazole 20 mg', 'Flomax 0.4 mg', 'Coumadin per INR clinic', 'prednisone taper',
    'albuterol MDI prn', 'Symbicort 2 puffs BID', 'Spiriva', 'Plavix 75 mg', 'aspirin 81 mg', 'Entresto 24/26 BID', 'Sinemet 25/100 TID',
    'Aricept 10 mg', 'Namenda', 'Haldol 2 mg prn agitation', 'Ativan 0.5 mg SL', 'morphine concentrate 20 mg/mL 0.25 mL q2h prn',
    'Zyprexa 5 mg', 'Vivitrol monthly inj', 'Invega Sustenna 156 mg monthly', 'clozapine 300 mg', 'Wellbutrin XL 300', 'Zoloft',
  ],
  allergy: ['NKDA', 'PCN (hives)', 'sulfa', 'codeine - nausea', 'latex', 'shellfish', 'morphine (itching)', 'Bactrim (rash)', 'NKA', 'vanco - red man', 'ACE-I cough'],
  vitals: [
    'BP {n:98-178}/{n:52-102}  HR {n:54-124}  RR {n:12-26}  T {d:97-101}  SpO2 {n:88-100}% RA',
    'T {d:97-102} P {n:60-120} R {n:14-24} BP {n:100-170}/{n:60-100} O2 sat {n:90-100}% on {n:2-4}L NC',
    'VS: {n:110-160}/{n:60-90}, {n:60-110}, {n:16-22}, {d:97-100}, {n:92-99}% RA, pain {n:0-10}/10',
    'BP {n:100-160}/{n:60-95} (L arm sitting) P {n:58-100} reg, wt {n:102-310} lb',
    'Temp {d:97-100}  Pulse {n:60-110}  Resp {n:14-20}  BP {n:104-150}/{n:60-90}  SpO2 {n:93-99}%  FSBG {n:80-320}',
  ],
  exam_line: [
    'Gen: NAD, A&Ox3', 'HEENT: PERRL, MMM', 'Neck: supple, no JVD', 'CV: RRR, no m/r/g', 'CV: irreg irreg, 2/6 SEM RUSB',
    'Lungs: CTAB', 'Lungs: bibasilar crackles, no Kerley B lines on CXR', 'Abd: soft, NT/ND, +BS, Murphy\'s sign neg',
    'Ext: 2+ pitting edema to knees, Homans neg', 'Neuro: CN II-XII intact, Babinski downgoing', 'Skin: stage 2 sacral ulcer',
    'Psych: flat affect, good eye contact', 'Back: no CVAT, no midline tenderness at T11-L2', 'MSK: tender over R 7th rib',
    'GU: Foley in place draining clear yellow urine', 'Neuro: GCS 15, no pronator drift, Romberg neg', 'Ext: no calf tenderness',
  ],
  ros: [
    'ROS: neg except as per HPI', 'ROS: + fatigue, + DOE, denies CP, denies fevers/chills', 'ROS 10-pt reviewed and neg',
    'ROS: denies HA, vision change, N/V/D, dysuria', 'ROS: + cough productive of green sputum x 3d, + subjective fevers',
  ],
  // ---- signatures / sign-offs ----
  sig_md: [
    'Electronically signed by {md.drfull}, MD on {date:note} at {time}', '/s/ {md.full}, MD', '-- {md.fl}, DO', '{md.lfm} MD',
    'Dictated by: {md.full}, MD\nD: {date:note}  T: {date:note}\n{md.init}/{tx.init}', 'Attending: {md.drfull}', 'Signed: {md.sig}, MD {date:note} {time}',
    '{md.sig!up}, MD\nEmergency Medicine', 'Seen and examined with resident {res.full}, MD. I agree with the above. -- {md.fl}, MD',
    'Electronically signed: {md.lf}, MD {date:note} {time}\ncc: {pcp.drfull} ({clinic:pcp})',
  ],
  sig_other: [
    '-- {rt.fl!up}, RRT', 'Resp therapy: {rt.full}, RRT', '/s/ {aide.full}, CNA', '{aide.first} {aide.last}, PCA', '{chw.full}, CHW', '{therapist.full}, LADC-I',
    'Interpreter: {interp_p.full} (Spanish), ID {interp}', 'Scribe: {scribe.full} for {md.drfull}', '{rn2.lf}, LPN', 'Transport by {aide.first} (patient transport)',
  ],
  sig_rn: ['{rn.sig}, RN', '-- {rn.fl}, RN', '/s/ {rn.full} RN', 'RN: {rn.first} {rn.last!up}', '{rn.full}, BSN, RN  ext {n:2000-7999}', 'signed {rn.lf}, RN {date:note} {time}'],
  sig_sw: ['{sw.sig}, LICSW', '-- {sw.fl}, LCSW', '/s/ {sw.full}, MSW, LICSW  {phone}', '{sw.full}, LICSW\nSocial Work Dept\n{phonex}',
    'Electronically signed by {sw.full}, LCSW on {date:note}', '{sw.first} {sw.last}, MSW intern (supervised by {sw2.full}, LICSW)'],
  sig_cm: ['{cm.sig}, RN CM', '-- {cm.fl}, RN, Case Manager  pgr {pager}', '/s/ {cm.full}, RN CCM', '{cm.full}, Case Management, {phonex}', 'CM: {cm.first} {cm.last} RN'],
  cc: ['cc: {pcp.drfull}, {clinic:pcp}', 'cc: {pcp.dr}; {sw.full}, LICSW', 'CC: {pcp.lf}, MD\n    {spec.drfull}', 'copy to: {pcp.drfull} ({clinic:pcp}); {rel.full} ({rel.rel}, HCP)'],

  // ---- names and places without a cue word, in caps, in lists, in parentheses ----
  nocue: [
    '{rel.first} updated.', 'Spoke with {rel.first} re: dispo.', 'Called {rel.first} back, no answer.', '{sw.first} aware.', 'Lives w/ {partner.first} in {town}.',
    'D/w {md2.last}, agrees.', '{cm.first} to f/u {dow}.', '{rel.full}, {rel2.full} and {friend.full} present for meeting.', 'Family: {dau.first} (dtr), {son.first} (son), {gson.first} (grandson).',
    'per {rn2.first}, pt ate 50% of lunch.', '{rel.first!up} AT BEDSIDE.', 'SPOKE WITH {dau.first!up} ({dau.rel!up}).', 'ok per {md.last}.', 'msg left for {sw.first} {sw.last}.',
    '{therapist.first} (therapist) and {psych.last} (psychiatrist) aware.', 'Moved to {town} from {town:prev} last year.', 'Originally from {country}.', 'pt from {town!low}, lives near {church!rlow}.',
    '{friend.first} drove pt here.', 'Gave update to {son.first} and {dau.first}.', 'Pt asks that {friend.full} not be given information.', '{rel.nick} ({rel.rel}) is the one who does the meds.',
    'Pt\'s contacts: {rel.lf} {phone}; {rel2.lf} {phone}.', '({rel.first} at bedside, translating.)', 'Called {hha} - {hhrn.first} will call pt tomorrow.', '{rn.first}/{rn2.first} aware of plan.',
    'Pt prefers to be called {pt.nick}.', '{pt.nick!up} SAYS {pt.he!up} WANTS TO GO HOME.', 'lives w/ {rel.first!low} in {town!low}', 'dtr {dau.first} {phone}', 'Brought in by {friend.first} and {friend2.first}.',
    'Also followed by {spec.lf} (cards) and {spec2.lf} (renal).', '{rel.first}\'s number changed: {phone}.', '{dau.first}\'s husband {husb2.first} also involved.', 'Grandkids {kid.first} and {kid2.first} visit on weekends.',
    'Works with {boss.first} at {employer}.', 'Transferred from {osh} - OSH: {osh}.', 'Pt was at {snf} until {month}, then moved to {town}.', '{@nocue_word}',
  ],
  nocue_word: [
    '{@sig_other}',
    'Pt expresses hope that {pt.he} can return home.', 'Pt will need a ride; {rel.first} will bring {pt.him}.', 'Pt has faith that things will improve, per {rel.first}.',
    'Grace period on rent ends {date:grace}.', 'Pt\'s mood brighter; {rel.first} notes more joy at home.', 'May need SNF; {rel.first} prefers home.', 'Will follow. {sw.first} to call {rel.first}.',
    'Rose from chair w/o assist; {aide.first} present.', 'Pt says {pt.he} is a "young 70"; {dau.first} disagrees.', 'Pt\'s little dog is at {neighbor.first}\'s house.',
  ],


  // ---- PHI-free clinical filler (keeps the PHI density realistic; full of capitalised non-PHI words) ----
  ed_fill: [
    'Differential includes ACS, PE, aortic dissection, pneumonia, and GERD; low suspicion for dissection given equal pulses and normal mediastinum.',
    'HEART score {n:2-6}. Serial troponins ordered at 0 and 3 hrs.', 'CXR: no focal consolidation, no effusion, no pneumothorax. Cardiomegaly unchanged.',
    'Labs: WBC {d:4-19}, Hgb {d:7-15}, Plt {n:90-420}, Na {n:126-145}, K {d:3-6}, Cr {d:0-4}, BUN {n:8-60}, glucose {n:70-420}.',
    'UA: + LE, + nitrites, >50 WBC. Urine cx sent. Started ceftriaxone 1 g IV.', 'CT A/P w/ contrast: no acute intra-abdominal process; incidental 1.2 cm R adrenal nodule.',
    'Pt given 1 L LR bolus, Zofran 4 mg IV, Toradol 15 mg IV with improvement.', 'Pt reassessed, pain improved from 8/10 to 3/10, tolerating PO, ambulating without difficulty.',
    'Given age and comorbidities, risk of adverse outcome is moderate; shared decision making re: admission vs close outpatient f/u.',
    'Return precautions reviewed: worsening pain, fever, vomiting, SOB, or any new concerns.', 'NIHSS 0. tPA not indicated. Neurology aware.',
    'Bedside US: no pericardial effusion, IVC collapsible, no free fluid in Morison pouch.', 'Tetanus updated. Wound irrigated w/ 500 mL NS, closed w/ 4-0 Ethilon x 5 sutures.',
    'COVID/flu/RSV PCR neg.', 'EKG: sinus tach 112, no acute ST changes, QTc 462.', 'Pt declines CT; risks, benefits and alternatives discussed and pt has capacity.',
  ],
  psy_fill: [
    'Discussed risks/benefits/side effects of SSRIs including GI upset, sexual side effects and the black box warning; pt agrees to trial.',
    'Sleep hygiene reviewed. Encouraged regular wake time, limiting caffeine after noon and screens at night.', 'Pt completed safety plan including warning signs, coping strategies, and means restriction.',
    'Psychoeducation provided on bipolar disorder, med adherence and early warning signs of relapse.', 'Pt reports improved concentration; appetite fair; energy low in the mornings.',
    'Worked on cognitive restructuring around "all or nothing" thinking; homework: thought record x 3.', 'No EPS, no tremor, AIMS 0. Weight stable, BMI {n:22-38}.',
    'Labs reviewed: A1c 5.8, lipids wnl, TSH 2.1, lithium level 0.7, ANC 2.4.', 'Pt denies access to firearms. Meds locked in lockbox.',
    'Diagnosis: MDD, recurrent, moderate (F33.1); GAD (F41.1); AUD, moderate, in early remission.', 'Pt engaged and goal directed; able to identify two coping skills used this week.',
    'Motivational interviewing used around cannabis use; pt in contemplation stage.', 'Discussed DBT skills: TIPP, opposite action, and radical acceptance.',
  ],
  sw_fill: [
    'Pt is alert and oriented, able to participate in discharge planning, and is her own decision maker.', 'SW provided supportive counseling and validated pt\'s feelings about the hospitalization.',
    'SW reviewed the role of social work and provided contact information.', 'Pt screened for food insecurity (positive) and transportation barriers (positive).',
    'Pt declines a referral to outpatient counseling at this time but is open to it in the future.', 'SW reviewed health care proxy and MOLST with pt; pt will think about it.',
    'Pt expressed worry about the cost of medications; SW explained Medicare Extra Help and the LIS application.', 'Pt is independent with ADLs at baseline and needs help with IADLs (shopping, laundry).',
    'No safety concerns identified at this time. SW will continue to follow for dc planning needs.', 'SW educated pt on tenant rights and the eviction process.',
    'Pt has a working cell phone, but limited minutes.', 'Pt receives SNAP $291/mo and has no other income.',
  ],
  hh_fill: [
    'Pt educated on s/s of CHF exacerbation: wt gain, increased SOB, swelling, need to sleep upright.', 'Medication reconciliation completed; no discrepancies noted.',
    'Skin warm, dry, intact except as noted. Turgor fair.', 'Pt ambulates in home with RW, steady but slow; uses grab bars in bathroom.',
    'Pillbox filled for 2 wks. Pt able to state purpose of Lasix and metoprolol.', 'Lung sounds clear to auscultation bilaterally, no wheezes.',
    'Bowel sounds active x4 quadrants; last BM yesterday, formed.', 'Pt continues to meet homebound criteria due to SOB with exertion and fall risk.',
    'Safety: smoke detectors working, night lights in hall, clear pathways.', 'Diabetic foot check done; no open areas, monofilament sensation decreased bilat.',
  ],
  pt_fill: [
    'Pt required verbal cues for sequencing and safety during transfers.', 'Educated on HEP including ankle pumps, glute sets, and SAQ, 10 reps 2x/day.',
    'Gait: decreased cadence, wide BOS, mild Trendelenburg on R.', 'Pt demonstrates good understanding of hip precautions with teach-back.',
    'Vitals stable throughout session; SpO2 remained >92% on RA with activity.', 'Pt limited by fatigue after 8 min of activity; rest breaks provided.',
    'Sit to stand x5 in 18 sec (5xSTS); single leg stance <3 sec bilat.', 'Pain managed w/ cryotherapy post tx; skin intact.',
    'Pt motivated, follows 2-step commands consistently.', 'Reviewed energy conservation and pursed lip breathing.',
  ],
  ph_fill: [
    'Recommend BMP in AM to monitor K and SCr while on Lasix and spironolactone.', 'Vanc AUC/MIC estimated 480 based on two levels; continue current regimen.',
    'No significant drug interactions identified. Renal function stable.', 'Recommend switching IV pantoprazole to PO when tolerating diet.',
    'Therapeutic substitution per P&T: Crestor to atorvastatin 40 mg.', 'INR trending up with Bactrim; held warfarin x1, recheck in 2 days.',
    'Counseled on bleeding precautions, avoidance of NSAIDs, and signs of GI bleed.', 'Pt verbalized understanding using teach-back; written materials provided in Spanish.',
    'Recommend discontinuing home Ambien given fall risk (Beers criteria).', 'Heparin drip per nomogram; anti-Xa 0.45 at 1800.',
  ],
  tel_fill: [
    'Reviewed red flag symptoms and when to call 911.', 'Pt denies CP, SOB, fever.', 'Home BP log reviewed: average 142/88.', 'Advised to hold metformin until eating normally.',
    'Instructed to take Tylenol 650 mg q6h prn, no more than 3 g/day.', 'Pt agrees with plan.', 'Pharmacy confirmed Rx ready for pick up.', 'Will route to covering provider.',
  ],
  tri_fill: [
    'Pt ambulatory to triage with steady gait.', 'Skin warm and dry, color appropriate.', 'Respirations even and unlabored, speaking in full sentences.',
    'Pt appears uncomfortable, holding abdomen.', 'Pt tearful but cooperative with triage.', 'Denies recent travel, denies sick contacts.', 'Reports pain started 2 hrs PTA, constant, 8/10, sharp.',
    'Pt placed on cardiac monitor, IV access 20g L AC, labs drawn and sent.', 'Hand hygiene and mask provided.', 'Pt educated on wait times, verbalized understanding.',
  ],
  por_fill: [
    'I have been taking the new pills every morning like you said but I still feel dizzy when I stand up.', 'The swelling in my ankles is worse at night and better in the morning.',
    'Should I still take the water pill if I am not eating much?', 'I checked my sugar 3 times today and it was 180, 210 and 165.', 'Sorry for all the messages, I just want to make sure I am doing this right.',
    'The cough is mostly at night and I am bringing up a little yellow stuff.', 'I don\'t have a fever but I feel tired all the time.', 'Is it ok to take ibuprofen with my other meds?',
    'I ran out 2 days ago and the pharmacy said they need a new prescription.', 'The rash is itchy and spreading to my arms.', 'thank you so much for everything, you guys are the best',
  ],
  let_fill: [
    'This condition is chronic and is not expected to improve significantly within the next 12 months.', 'The patient has been compliant with all recommended treatment.',
    'Objective findings include decreased ROM of the lumbar spine, positive straight leg raise on the left, and MRI evidence of L4-L5 disc herniation.',
    'Please do not hesitate to contact my office if additional information is needed.', 'This request is consistent with current ADA and AASM guidelines.',
    'The requested medication is FDA approved for this indication.', 'Discontinuation of therapy would likely result in clinical deterioration.',
  ],

  // ---- ED triage ----
  tri_head: ['ED TRIAGE NOTE', 'Triage Assessment', 'EMERGENCY DEPARTMENT - TRIAGE', 'ED Triage', 'triage note', '*** TRIAGE ***', 'Nursing Triage - Main ED', 'Fast Track Triage', 'Peds/Adult Triage Note (adult)'],
  tri_id: [
    'Pt: {pt.lf!up}   MRN: {mrn}   DOB: {dob}', '{pt.lfm}  ({ptage} y/o {sex})  MRN {mrn}', 'PATIENT: {pt.full!up}   ACCT: {acct}',
    'Name: {pt.lf}  DOB {dob}  Age {ptage}  MRN# {mrn}', '{pt.full} / {mrn} / {dob}', 'Pt name {pt.full}, arrival {date:note} {time}',
  ],
  tri_arr: [
    'Arrived {date:note} {time} via [EMS ({town} Fire)|{town} EMS|private car, driven by {rel.rel} {rel.first}|ambulance from {snf}|walk-in|police ({town} PD)|chair car from {snf}|taxi from {shelter}|Uber from home]',
    'Mode of arrival: [ambulance|walk in|wheelchair|stretcher]. Accompanied by [{rel.rel} {rel.full}|self|{snf} staff member {aide.first}|friend ({friend.first})|no one].',
    'BIBA from {addr:home} after [fall|syncopal episode|being found down by {neighbor.rel} {neighbor.first}|seizure at {employer}]',
    'pt walked in from waiting room, states {pt.he} was sent by {pcp.dr} at {clinic:pcp}',
    'Transfer from {osh} ED for [higher level of care|ortho eval|psych bed search|cath lab], sending MD {spec.drfull}, report called by {rn2.full} RN',
  ],
  tri_cc: [
    'CC: chest pain x 2 days', 'CC: SOB', 'CC: fall at home', 'CC: fall at {snf}', 'CC: SI', 'CC: ETOH intox', 'CC: abd pain', 'CC: dizziness',
    'CC: L leg swelling', 'CC: Foley not draining', 'CC: ran out of Xanax, requesting refill', 'CC: syncope at work ({employer})',
    'Chief complaint: "I can\'t breathe"', 'c/c: R wrist pain after slipping on ice', 'CC: HA worst of life', 'CC: hyperglycemia, FSBG "HI" at home',
    'CC: medical clearance, sec 12 from {psychhosp}', 'CC: dog bite R hand', 'CC: AMS per {snf}', 'CC: vomiting blood', 'CC: back pain, hx of same',
  ],
  tri_hpi: [
    '{ptage} yo {sex} w/ hx {@pmh+2-3} presents w/ {@tri_sx}. {@tri_extra}',
    'Pt is a {ptage} y/o w/ {@pmh} who reports {@tri_sx} since {dow}. {@tri_extra}',
    'pt states {@tri_sx}. {@tri_extra} {@tri_extra}',
    '{pt.first} reports {@tri_sx}, {rel.rel} {rel.first} states pt "hasn\'t been right" since {date:onset}. {@tri_extra}',
    'Per EMS pt found by {rel.rel} ({rel.any}) on floor of bathroom at {addr:home}. {@tri_extra}',
    '{ptage}F from {snf} sent for {@tri_sx}; nursing home RN {rn2.full} reports {@tri_extra!low}',
    '{ptage}M here w/ wife {wife.first}. {@tri_sx}. {@tri_extra}', '{ptage} y.o. [M|F] from {town}, brought by {friend.first}. {@tri_sx}. {@tri_extra}',
  ],
  tri_sx: ['substernal CP radiating to L arm', 'SOB worse lying flat', 'R sided weakness, LKW {time}', 'N/V x 3 days, unable to keep down meds',
    'fever to 102 at home', 'increased confusion', 'L flank pain', 'palpitations', 'black tarry stools', 'worsening LE edema despite Lasix',
    'SI w/ plan to overdose on Seroquel', 'fall w/ head strike, on Eliquis', 'cough and fevers', 'anxiety, "panic attack"', 'R knee pain after MVC'],
  tri_extra: [
    'Denies LOC.', 'Took ASA 324 PTA.', 'Last drink {dow} night.', 'Took Narcan x1 by friend {friend.first}.', 'EKG done in triage, shown to {md.dr}.',
    'Pt recently discharged from {osh} {date:dc}.', 'Daughter {dau.first} at bedside and is HCP.', 'Pt is from {town}, here visiting son {son.first}.',
    'Lives at {shelter}.', 'Pt states {pt.he} works at {employer} and got hurt there.', 'Fingerstick {n:45-480}.', 'Pain {n:2-10}/10.',
    'Last tetanus {year}.', 'GCS 15.', 'Stroke alert called {time}.', 'No PCP, last seen at {clinic} "years ago".', 'Pt Spanish-speaking, interpreter #{interp} used.',
    'Hx of same, seen here {date:prev}.', 'CIWA {n:4-22}.', 'C-SSRS positive, 1:1 sitter placed.', 'BE-FAST neg.', 'Sepsis screen neg.', '{@nocue}',
  ],
  tri_misc: [
    'Allergies: {@allergy}', 'Fall risk: [yes, bed alarm on|no]', 'Isolation: [none|contact (MRSA hx)|droplet]', 'PCP: {pcp.dr} ({clinic:pcp})',
    'Belongings: [phone, wallet|clothes bagged|cane, glasses] given to {rel.rel} {rel.first}', 'Emergency contact: {rel.full} ({rel.rel}) {phone}',
    'Interpreter: [Spanish|Haitian Creole|Vietnamese|Portuguese|Arabic|Nepali|ASL|Somali] #{interp}', 'ESI {n:1-5}', 'Acuity {n:2-4}, to [Pod A|Pod B|Hall 3|Fast Track|Resus 2|the waiting room]',
    'Pt roomed to {n:1-32} at {time}', 'Pharmacy: {pharmacy} in {town}', 'Preferred language: [English|Spanish|Portuguese|Khmer|Arabic|Vietnamese]', 'Weight {n:45-160} kg (stated)',
    'Last menstrual period {date:lmp}', 'Advance directive: MOLST on file, DNR/DNI', 'Care team notified: {md.dr}', 'Code status: full',
  ],

  // ---- ED physician ----
  edp_head: ['EMERGENCY DEPARTMENT PHYSICIAN NOTE', 'ED Provider Note', 'ED Physician Documentation', 'Emergency Medicine Attending Note', 'ED NOTE', 'ED H&P', 'PA-C note, supervised', 'Emergency Dept Record - {hosp:self}'],
  edp_id: ['Patient: {pt.full}   MRN: {mrn}   Date of service: {date:note}', 'PT: {pt.lf!up}  DOB: {dob}  DOS: {date:note}', '{pt.lfm}, {ptage} yo {sex}, MRN {mrn}, seen {date:note} {time}',
    'Name: {pt.full!up}\nMRN: {mrn}   CSN: {acct}\nArrival: {date:note} {time}', 'pt {pt.full} ({ptage}), room {n:1-40}, {date:note}'],
  edp_hpi: [
    '{pt.first} is a {ptage} yo {sex} with PMH of {@pmh+2-4} who presents with {@tri_sx}. Symptoms began {dow} while {pt.he} was [at work at {employer}|shoveling snow at {addr:home}|at church ({church})|at {rel.rel}\'s house in {town}|watching TV]. {@edp_hpi2*1-3}',
    '{ptage} y/o {sex} BIBA from {snf} for {@tri_sx}. Per the facility nurse ({rn2.full}) pt was at baseline until this AM. {@edp_hpi2*1-3}',
    'History obtained from pt and {rel.rel} {rel.full} who is at bedside. {@edp_hpi2*2-3}',
    'Pt is a {ptage}yo [man|woman] w/ {@pmh} here with {@tri_sx}. {pt.He} was seen at {osh} on {date:prev} and discharged on {@meds}. {@edp_hpi2*1-2}',
    'HPI limited by pt\'s dementia; collateral from {dau.rel} {dau.first} by phone ({phone}). {@edp_hpi2*1-3}',
    '{pt.mr} is a pleasant {ptage} year old who lives [alone in {town}|with {rel.rel} {rel.first} in {town}|at {shelter}|at {snf}] presenting with {@tri_sx}. {@edp_hpi2*2-3}',
  ],
  edp_hpi2: [
    'Denies fevers, chills.', 'Reports {n:2-20} lb wt loss over {n:2-6} months.', 'Last seen by PCP {pcp.dr} {date:pcpv}.', 'No recent travel except to {state} to visit family.',
    'Reports compliance with Lasix, Eliquis.', 'Recently moved here from {country}.', 'Drinks {n:2-12} beers daily, last drink yesterday.', 'Smokes 1 ppd x {n:10-40} yrs.',
    'Son {son.first} noticed slurred speech at dinner.', 'Has been staying with {friend.first} on {streetname:f} since eviction.', 'Took {n:2-20} tabs of Tylenol per {rel.rel}.',
    'Cardiologist is {spec.drfull} at {clinic:card}.', 'Pt was supposed to have f/u at {clinic} on {date:fu} but missed it (no ride).', 'Wife {wife.first} states he has been more confused x 1 wk.',
    'Symptoms similar to prior PE in {year}.', 'Denies SI/HI.', 'Positive sick contacts at {school} where {pt.he} works.', 'He is a Navy veteran, gets care at {hosp:va}.',
  ],
  edp_course: [
    '{@ed_fill}', '{@ed_fill}', '{@ed_fill}',
    'ED course: EKG NSR, no STE. Trop {d:0-1} -> repeat pending. CXR w/o acute process. Given ASA, NTG.',
    'Discussed w/ {spec.drfull} ([cardiology|GI|ortho|surgery|neuro|urology]) who recommends admission to [medicine|obs|stepdown|CCU].',
    'Spoke with {pcp.dr} ({clinic:pcp}) re: f/u, agrees with plan.', 'Spoke with {rel.first} ({rel.rel}) by phone at {phone}, updated on plan.',
    '{rel.full} updated at bedside.', 'Case d/w {res.full} (PGY-{n:1-3}).', 'Old records obtained from {osh}: prior echo {date:echo} EF {n:25-60}%.',
    'Transfer accepted by {spec.dr} at {hosp:tx}; report called to {rn2.full}. Transported by [{amb}|{town} EMS|critical care transport].',
    'CT head neg. Foley placed for retention, {n:400-1200} mL out. Zosyn and vanc started after cultures.', 'Pt given Ativan 1 mg IV for CIWA {n:10-25}.',
    'Psych consulted; pt sectioned (Sec 12) by {md.dr}. Bed search started, referred to {psychhosp}.', 'Poison control called, case #{case}.',
    'D-dimer neg, Wells score low, PERC neg. No CTA needed.', 'Glasgow Coma Scale 15 throughout.', 'Labs notable for K {d:2-7}, Cr {d:0-5}, lactate {d:1-6}.',
    'Ortho ({spec.dr}) reduced the fx under conscious sedation; Swan-Ganz not indicated. Splinted.', 'Pt ambulated with steady gait, tolerated PO.',
    'DCF notified ({case}).', 'Pt\'s employer {employer} contacted re: workers comp form at pt request.', '{@nocue}',
  ],
  edp_dispo: [
    'Dispo: admit to [medicine|hospitalist service|telemetry|MICU|4 West|CCU] under {md2.drfull}.', 'Dispo: d/c home w/ {rel.rel}. F/u w/ {pcp.dr} at {clinic:pcp} within 1 week. Return precautions given.',
    'Dispo: transferred to {hosp:tx}.', 'Disposition: back to {snf} w/ new rx for Keflex. Report called to {rn2.first} at {phone}.',
    'Dispo: psych boarding, awaiting bed at {psychhosp}.', 'Discharged to {shelter}; cab voucher given.', 'D/c home, lives w/ {rel.first} at {addr:home}.',
    'Pt left AMA after discussion of risks with pt and {rel.rel} {rel.full}.', 'Obs, pending stress test in AM.',
  ],
  edp_social: ['Social: lives [alone|w/ {rel.rel} {rel.first}|w/ partner {partner.first}|at {shelter}|at {snf}] in {town}. [Works at {employer}|Retired from {employer}|Unemployed|On SSDI]. [Denies tob|+tob 1ppd|former smoker]/[denies ETOH|+ETOH daily]/[denies drugs|+cocaine|+fentanyl IV].',
    'SH: from {country}, moved to {town} in {year}. Married to {wife.full}. Works as a [CNA|cook|mechanic|teacher|driver] at {employer}.',
    'Social hx: {rel.rel} {rel.first} is HCP. Attends {church}. No ETOH.', 'SHx: homeless since {month}, staying at {shelter} or in car ({plate}).'],

  // ---- psychiatry ----
  psy_head: ['PSYCHIATRIC INTAKE EVALUATION', 'Psychiatry Initial Assessment', 'Outpatient Psychiatry Intake', 'Behavioral Health Intake', 'PSYCH CONSULT', 'Crisis Evaluation (ESP)', 'Emergency Services Program - Crisis Assessment', 'Adult Intake - {clinic:self}'],
  psy_id: [
    'Identifying data: {pt.full} is a {ptage} y/o [single|married|divorced|widowed] [male|female|transgender female|non-binary person] [domiciled|undomiciled], living [with {rel.rel} {rel.first} in {town}|alone in an apartment on {streetname:a}|at {shelter}|in a DMH group home in {town}|with boyfriend {bf.first} in {town}], [employed at {employer}|unemployed|on SSI|a student at {school}], referred by {pcp.drfull} for {@psy_reason}.',
    'Pt: {pt.lf}   DOB {dob}   MRN {mrn}\nReferral source: [self|{pcp.dr} ({clinic:pcp})|{osh} ED|{court} (court-ordered)|{school} counselor {teacher.full}|DCF worker {case.full}]\nReason: {@psy_reason}',
    '{pt.full!up} ({ptage}), seen {date:note} with [{mom.rel} {mom.first}|{wife.rel} {wife.first}|no collateral present|interpreter #{interp}]',
    'CLIENT NAME: {pt.lfm}   DOB: {dob}   INSURANCE: [MassHealth|BCBS|Tufts|HNE] ID {memberid}',
  ],
  psy_reason: ['depression and SI', 'worsening anxiety', 'AH and paranoia', 'medication management after d/c from {psychhosp}', 'manic sx, not sleeping', 'substance use and mood sx',
    'PTSD sx after assault', 'ADHD eval', 'grief after death of {rel.rel} {rel.first} on {date:death}', 'court-ordered eval ({docket})', 'postpartum depression'],
  psy_hpi: [
    'HPI: Pt reports {n:2-8} weeks of low mood, anhedonia, poor sleep ({n:2-5} hrs/night), and passive SI without plan. Stressors include [eviction notice from landlord {landlord.full}|breakup with {partner.first}|loss of job at {employer}|custody dispute over son {son.first}|{rel.rel} {rel.first}\'s recent cancer dx]. {@psy_hpi2*1-3}',
    'HPI: "{@psy_quote}" Pt states symptoms began after [moving to {town}|{rel.rel}\'s death in {month}|being laid off from {employer}|a car accident on {streetname:a}]. {@psy_hpi2*2-3}',
    'History of present illness: {pt.first} was brought in by {rel.rel} {rel.full} after [posting goodbye messages on Instagram ({handle:pt})|taking {n:10-40} Tylenol|threatening {rel2.rel} {rel2.first} with a knife|walking on the highway in {town}]. {@psy_hpi2*1-3}',
    'HPI: Pt is followed by therapist {therapist.full}, LMHC at {clinic:ther} and psychiatrist {psych.drfull}. {@psy_hpi2*2-3}',
  ],
  psy_quote: ['I just can\'t do this anymore', 'the voices tell me my neighbor is poisoning the water', 'I haven\'t slept in 4 days and I feel amazing', 'my mom made me come',
    'I\'m not crazy, my landlord is stealing my mail', 'everything is fine, I just want my kids back', 'I drink to sleep', 'I keep seeing him in my head'],
  psy_hpi2: [
    'Denies HI.', 'Endorses AH, voices commenting, no command AH.', 'Reports drinking a pint of vodka daily.', 'Using fentanyl IV, last use yesterday; has Narcan at home.',
    'PHQ-9 {n:12-27}, GAD-7 {n:8-21}.', 'Beck Depression Inventory {n:20-50}.', 'Columbia (C-SSRS): ideation w/ method, no intent.',
    'Collateral from {rel.rel} {rel.first} ({phone}) confirms pt has not slept.', 'Pt\'s sister {sis.first} reports pt gave away belongings.',
    'Pt\'s PO is {po.full} ({town} probation), {phone}.', 'Pt\'s {kid.rel} {kid.first} ({age:2-16}) is with {gma.rel} {gma.first} while pt is here.',
    'Mood sx worsened after stopping Lexapro in {month}.', 'Sleeping in car outside {employer} where {pt.he} used to work.', 'Was seen at {osh} ED {date:prev} and d/c\'d.', '{@nocue}',
  ],
  psy_past: [
    'Past psych hx: Dx [MDD|bipolar I|schizophrenia|PTSD|BPD|GAD]. Hospitalized at {psychhosp} {year} and {psychhosp} {year}. Suicide attempts: [none|OD {yr2}|cutting {yr2}|hanging attempt {year}]. Prior trials: Prozac, Zoloft, Abilify, Lamictal.',
    'PPHx: first sx age {n:12-25}; prior tx at {clinic:ther}; hospitalizations x{n:1-6} (last {psychhosp}, {month}). Currently on Invega Sustenna, followed by ACT team at {clinic:act}.',
    'Psychiatric history: no prior hospitalizations; outpatient therapy w/ {therapist.full} {year}-{year}.',
  ],
  psy_sub: [
    'Substance: ETOH since age {n:12-18}, hx DTs/seizures; cannabis daily; denies opioids. Detox at {psychhosp} {year}. Goes to AA at {church}.',
    'SUD hx: OUD, on methadone at {clinic:mmt} ({n:60-140} mg), counselor {therapist.first}. Cocaine use on weekends. No IVDU.',
    'Substances: denies. Tob 1/2 ppd. Caffeine 4 cups/day.', 'Substance use: fentanyl IV x {n:2-10} yrs, xylazine wounds on arms; PWID; uses syringe services at {agency}.',
  ],
  psy_social: [
    'Social/developmental: Born in {town}, {st}; raised by [grandmother {gma.first}|mother and stepfather|foster families (DCF involved)|both parents]. [Graduated from {school} in {year}|Left {school} in 10th grade|Has GED|Attended {school} for 2 yrs]. [Worked at {employer} x {n:2-15} yrs|Last worked at {employer} {year}|Never employed]. {@psy_social2*1-3}',
    'Social hx: Lives with {rel.rel} {rel.first} and {kid.rel}ren in {town}. Religion: [Catholic, attends {church}|Muslim, attends {church}|none|Pentecostal, {church}]. {@psy_social2*1-3}',
    'Pt emigrated from {country} in {year}; speaks [Spanish|Haitian Creole|Portuguese|Arabic|Khmer|Nepali|Ukrainian]. Family still in {country}. {@psy_social2*1-2}',
  ],
  psy_social2: [
    'Legal: on probation, PO {po.full}; next court date {date:court} at {court}.', 'Has a 209A against ex {bf.first} {bf.last}.', 'Pending charges (docket {docket}).',
    'Trauma: physical abuse by stepfather; sexual assault age {n:8-20}.', 'Supports: {friend.first} (friend), {sis.rel} {sis.first}.', 'Guardian: {gal.full} (court-appointed), {phone}.',
    'Rep payee is {agency}.', 'Owns a gun, stored at {rel.rel}\'s house in {town}.', 'Kids are with DCF, worker {case.full}, goal reunification.', 'Veteran, Army {year:old}-{year:old}, deployed to {country}.',
  ],
  psy_mse: [
    'MSE: Appearance: disheveled, poor hygiene. Behavior: cooperative, psychomotor slowed. Speech: soft, slow. Mood: "depressed". Affect: constricted, tearful. TP: linear. TC: passive SI, no HI, no AVH. Cognition: A&Ox3. Insight/judgment: fair/poor.',
    'Mental status: well-groomed, good EC, speech pressured, mood "great", affect expansive, TP tangential, TC grandiose (believes {pt.he} owns {employer}), +AH, no SI/HI, insight poor.',
    'MSE: alert, oriented x3, calm, speech nl rate/volume, mood "anxious", affect congruent, thought process goal directed, denies SI/HI/AVH, MoCA {n:18-30}/30, judgment fair.',
    'MSE: guarded, paranoid, internally preoccupied, responds to unseen stimuli, TC: believes neighbor {neighbor.first} is "FBI", denies SI, +HI toward neighbor without plan.',
  ],
  psy_risk: [
    'Risk assessment: Chronic risk elevated (prior attempts, SUD, male, access to firearm). Acute risk [moderate|high|low]. Protective: {kid.rel} {kid.first}, faith ({church}), future orientation.',
    'Risk: C-SSRS screen [positive|negative]. Safety plan completed, pt lists {friend.first} and {rel.first} as contacts. 988 and ESP number provided.',
    'Risk formulation: low acute risk; pt future oriented, plans to attend {rel.rel}\'s wedding in {month}.',
  ],
  psy_plan: [
    'Plan:\n1. Start sertraline 50 mg daily.\n2. Therapy referral to {clinic:ther}.\n3. F/u with {psych.dr} in 4 wks.\n4. ROI signed for {pcp.drfull} and {rel.rel} {rel.full}.',
    'Plan: admit to inpatient psych, Sec 12 signed by {md.drfull}. Bed search: {psychhosp}, {psychhosp}. Family ({rel.first}) aware.',
    'Plan: CBHC referral ({clinic:cbhc}); IOP at {clinic:iop} M/W/F. Restart Lamictal 25 mg. Labs: lithium level, TSH.',
    'Plan: d/c home with {rel.rel} {rel.first}, who agreed to secure meds. F/u with therapist {therapist.first} {dow}. Call {phone} if crisis.',
  ],
  psyp_head: ['PSYCHIATRY PROGRESS NOTE', 'Med Management Visit', 'Psychotherapy Note (DAP)', 'Outpatient Psych F/U', 'Inpatient Psych Daily Note - {n:1-5} South', 'Telepsychiatry Follow-up (video)', 'psych f/u'],
  psyp_body: [
    'S: Pt seen for f/u. Reports mood "{@psyp_mood}". Sleep {n:4-9} hrs. {@psyp_s*2-4}',
    'D: Met with {pt.first} for {n:30-60} min session. {@psyp_s*2-4}\nA: {@psyp_a}\nP: Next session {dow} {date:next}.',
    'Interval hx: {@psyp_s*3-5}',
    'Pt seen on unit with {res.full}, MD. {@psyp_s*2-3} Pt attended groups. Visited by {rel.rel} {rel.first} last evening.',
    'Pt reports posting on TikTok ({handle:pt}) about recovery. {@psyp_s*2-3}',
    'Video visit; pt located at home in {town}, {st}. Identity verified with DOB. {@psyp_s*2-4}',
  ],
  psyp_mood: ['better', 'ok I guess', 'not great', 'a little up and down', 'good', 'angry', 'bored in here', 'anxious about court'],
  psyp_s: [
    '{@psy_fill}', '{@psy_fill}', '{@psy_fill}',
    'Tolerating Abilify w/o akathisia.', 'Reports fight with {partner.first} over money.', 'Started new job at {employer} last week.', 'Talks about {friend.first}, who relapsed.',
    'Went to NA meeting at {church} x3.', 'Daughter {dau.first} visited from {town}.', 'Denies SI/HI/AVH.', 'Worried about housing; case worker {cm.full} at {agency} helping.',
    'Pastor {pastor.last} from {church} has been calling.', 'AIMS 0.', 'Lithium level 0.8 on {date:lab}.', 'Clozapine ANC ok ({date:lab}).', 'Ran out of Seroquel, pharmacy ({pharmacy}) says PA needed.',
    'Reports nightmares 2-3x/wk; prazosin helping.', 'Pt\'s {kid.rel} {kid.first} started at {school}.', 'Court date {date:court} postponed.', 'Says {rel.rel} {rel.any} is "on my back about everything".',
    'PHQ-9 down to {n:3-14}.', 'Discussed coping skills, DBT diary card reviewed.', 'Spoke with {therapist.full} (therapist) with pt\'s consent.', '{@nocue}',
  ],
  psyp_a: ['Pt engaged, making progress toward goals.', 'Ongoing depressive sx, some improvement.', 'Mood stable on current regimen.', 'Increased anxiety r/t housing; no acute safety concerns.'],

  // ---- social work / case management ----
  sw_head: ['SOCIAL WORK NOTE', 'Social Work Assessment', 'SW Progress Note', 'Clinical Social Work - Initial Psychosocial Assessment', 'sw f/u', 'Case Management Note', 'CM/SW Discharge Planning', 'Care Coordination Note', 'Community Health Worker Note', 'SW Addendum'],
  sw_id: ['Pt: {pt.lf!up}  MRN {mrn}  Unit: [4 West|MICU|5 North|ED Obs|CDU|Ortho/Neuro|CCU|SICU]  Adm: {date:adm}', '{pt.full}, {ptage}, {date:note}', 'RE: {pt.lfm} (DOB {dob})', 'Patient {pt.full} / MRN {mrn} / Payer: [{payer}|self-pay] {memberid}'],
  sw_assess: [
    'SW met with pt at bedside{@sw_with} to complete psychosocial assessment. Pt lives {@sw_living}. {@sw_fam} {@sw_more*2-4}',
    'Reason for referral: {@sw_reason}. {@sw_more*2-4}',
    'SW received consult for {@sw_reason}. Chart reviewed. SW spoke with {rel.first} ({rel.rel}) by phone at {phone}. {@sw_fam} {@sw_more*2-3}',
    'Pt is a {ptage} y/o known to this writer from prior admission {date:prev}. Pt continues to live {@sw_living}. {@sw_more*3-5}',
    '{@sw_more*4-6}',
  ],
  sw_with: ['', ' with {rel.rel} {rel.first} present', ' (interpreter #{interp})', ' w/ {dau.first} and {son.first}', ' with pt\'s guardian {gal.full}'],
  sw_living: [
    'alone in a 2nd floor apt at {addr:home}', 'with {rel.rel} {rel.full} in {town}', 'at {shelter} in {town}', 'in her car', 'with her {kid.rel}ren ({age:1-12} and {age:1-12}) in a Section 8 apt in {town}',
    'at {snf} (LTC)', 'in a rooming house on {streetname:rh}', 'doubled up with {friend.first} in {town}', 'with husband {husb.first} in a single-family home in {town}, {n:4-12} STE',
    'in a DDS group home run by {agency}', 'at {addr:home} (rents from {landlord.full})',
  ],
  sw_reason: ['homelessness', 'dc planning', 'concern for elder neglect', 'substance use', 'IPV screen positive', 'DCF involvement', 'guardianship', 'financial concerns / no insurance',
    'caregiver burnout', 'transportation barriers', 'new dx, adjustment', 'complex dispo, no safe dc', 'housing insecurity, eviction notice for {date:evict}'],
  sw_fam: [
    'Family: {rel.rel} {rel.full} ({phone}), {rel2.rel} {rel2.first} in {town}.', 'Pt\'s HCP is {rel.rel} {rel.first}; HCP form on file.', 'Pt\'s children: {kid.first} ({age:2-17}), {kid2.first} ({age:2-17}).',
    'Supports include {friend.first} and members of {church}.', 'Pt has no family in area; brother {bro.first} lives in {country}.', 'Pt\'s guardian is {gal.full} ({gal.email}), appointed by {court} {date:guard}.',
    'Emergency contact: {rel.lf}, {phone}.', 'Pt\'s mother {mom.first} ({oldage}) lives with pt and depends on her.',
    'Pt cares for {pt.his} father, who is {oldage} and has dementia.', 'Pt\'s aunt {rel2.first} (age {oldage}) in {town} is the only other family.',
  ],
  sw_more: [
    '{@sw_fill}', '{@sw_fill}', '{@sw_fill}',
    'Pt works at {employer} ({n:20-40} hrs/wk), concerned about losing job; FMLA paperwork given.', 'Pt\'s income is SSDI ${n:900-1800}/mo; rep payee {agency}.',
    'SW called {shelter} - bed available after {time}; pt agreeable.', 'SW faxed referral to {agency} for housing search (case mgr {cm2.full}).', 'SW left VM for {landlord.full} (landlord) at {phone} re: lease.',
    'Eviction hearing at {court} on {date:court}; SW contacted {agency} for legal aid.', 'DCF 51A filed {date:note} by this writer (intake #{case}); {rel.rel} {rel.first} aware.',
    'Pt\'s {kid.rel} attends {school}; school adjustment counselor {teacher.full} ({phone}) contacted with consent.', 'Pt attends {church}; Pastor {pastor.last} visited today.',
    'Pt referred to {agency} for fuel assistance and SNAP.', 'Transportation: PT-1 form completed for MassHealth rides.', 'Pt uses {pharmacy} on {streetname:ph}.',
    'Pt endorses IPV from {bf.first}; declined shelter at {shelter}, safety plan reviewed, DV hotline number given.', 'Guardianship petition filed at {court} (docket {docket}).',
    'Pt\'s employer {employer} HR contact {boss.full} ({boss.wemail}) sent return-to-work form.', 'Elder protective services report filed with {agency} re: neighbor {neighbor.first} taking pt\'s money.',
    'SW coordinated with {cm.full}, RN CM re: dispo.', 'Application for {agency} elder services started; RN {hhrn.full} will do home assessment.', 'Pt requests a letter for the housing authority; routed to {pcp.dr}.',
    'Pt\'s phone: {phone}; prefers texts.', 'Family reaches pt via Facebook ({handle:pt}).', 'Pt sleeping in car (plate {plate}) in lot at {employer}.', 'Forms available at {url}; printed for pt.', 'Pt moved from {town} to {town} in {month}.', 'Pt\'s DOB on MassHealth incorrect, corrected via call to MassHealth.', '{@nocue}',
  ],
  sw_plan: [
    'Plan: SW to f/u {dow}. Will continue to follow.', 'Plan:\n- shelter bed at {shelter}\n- bus pass given\n- f/u {clinic} {date:fu}', 'Dispo plan: {snf} vs home w/ services ({hha}). Family meeting {dow} at {time} with {rel.first}, {rel2.first}.',
    'Plan: refer to {agency}; SW available, pager {pager}.', 'SW will call {rel.first} tomorrow.', 'Discharge: home with {hha} VNA, PT/OT, home safety eval; RW delivered by {vendor}.',
  ],
  cm_body: [
    'CM reviewed chart. Pt {ptage}yo admitted {date:adm} w/ {@pmh}. PLOF: indep w/ cane, lives {@sw_living}. Insurance: [MassHealth|Medicare A/B|HNE|Tufts Medicare Preferred] {memberid}.',
    'Referrals sent to {snf}, {snf:b}, {snf:c} via Allscripts/ECIN on {date:ref}. {snf:b} accepted; admissions contact {cm2.full} {phonex}. Auth submitted to [Optum|naviHealth|HNE] ref # {pa}.',
    'Spoke w/ {dau.first} ({dau.rel}) re: dispo, she prefers {snf:b} (close to her home in {town}).', 'Home services: {hha} will resume SN/PT; SOC {date:soc}. Intake {hhrn.full} {phone}.',
    'DME: hospital bed and Hoyer lift ordered through {vendor} ({phone}).', 'Pt on O2 2L - home O2 via {vendor:o2}, sat qual done.', 'Ride: chair van booked w/ [{amb}|{town} Ambulance] for {time} on {date:dc}.',
    'Pt at baseline per {rel.rel} {rel.first}. PT recommends rehab. Pt refusing SNF, wants to return to {addr:home}.', 'IM letter given {date:note}.', 'Medicare MOON delivered.',
    'Obs vs inpatient reviewed with {md.dr}; meets IP criteria.', 'Pt was previously at {snf:a} ({date:prev} - {date:prevdc}).', 'PCP {pcp.drfull}, {clinic:pcp}, {phone}, f/u appt {date:fu} at {time}.', '{@nocue}',
  ],

  // ---- home health / hospice ----
  hh_head: ['HOME HEALTH SKILLED NURSING VISIT', 'SN Visit Note', 'Home Care - Nursing Visit', '{hha:ag} Skilled Nursing Note', 'OASIS SOC Assessment', 'Recert visit', 'PRN visit', 'HHA supervisory visit'],
  hh_id: ['Patient: {pt.lf}   DOB {dob}   Episode {date:soc} - {date:eoe}', 'Pt: {pt.full!up}  Agency: {hha:ag}  MR# {mrn}', 'Visit date: {date:note}  Time in {time} out {time}\nAddress: {addr:home}',
    '{pt.lfm} / {addr:home} / {phone}', 'PT NAME: {pt.lf!up}  MD: {pcp.lf!up}  VISIT #{n:2-18}'],
  hh_body: [
    'SN visit at pt\'s home{@hh_with}. {@hh_s*3-5}', 'Pt seen for {@hh_reason}. {@hh_s*2-4} {@hh_teach}', 'S: {@hh_s*1-2}\nO: {@vitals}. {@hh_obs*2-3}\nA: {@hh_a}\nP: {@hh_p}',
    '{@hh_obs*2-4} {@hh_s*1-3}', 'Arrived at {time}; pt sitting in recliner, {rel.rel} {rel.first} present. {@hh_s*2-3} {@hh_obs*1-2}',
  ],
  hh_with: ['', ' ({rel.rel} {rel.first} present)', ', HHA {aide.first} present', ' with son {son.first} on speakerphone', '; pt\'s neighbor {neighbor.full} let writer in'],
  hh_reason: ['CHF mgmt and med teaching', 'wound care to L heel', 'Foley change (16 Fr, 10 mL balloon)', 'PICC care and IV abx (ceftriaxone)', 'INR draw', 'diabetic teaching, new insulin', 'ostomy teaching', 'post-op TKA'],
  hh_s: [
    '{@hh_fill}', '{@hh_fill}',
    'Pt states feeling "{@psyp_mood}".', 'Son {son.first} manages meds via weekly pillbox.', 'Daughter {dau.first} reports pt up at night.', 'Pt requests refill of Lasix; called to {pharmacy}.',
    'Pt states {pt.his} {rel.rel} {rel.first} is moving in next week from {town}.', 'Pt reports fall on {dow} going to bathroom, no injury.', 'Denies CP, SOB.', 'C/o poor appetite; Meals on Wheels via {agency}.',
    'Pt worried about bills, asks about fuel assistance.', 'Pt\'s aide {aide.full} from {hha} comes M-F 9-11.', 'Pt\'s wife {wife.first} is main caregiver, appears tired.', 'Pt attends adult day health at {agency} 3x/wk.', '{@nocue}',
  ],
  hh_obs: [
    'Lungs diminished bases, 1+ BLE edema.', 'Wt {n:140-260} lb ({n:1-6} lb up from last visit).', 'L heel wound 2.1 x 1.4 cm, pink granulation, no odor; cleansed w/ NS, Mepilex applied.',
    'Medtronic pacemaker site intact.', 'Insulin pump (Tandem) serial {serial}, site changed.', 'Medtronic ICD, device serial # {serial}, remote check sent.', 'Foley draining amber urine, changed per order, pt tolerated well.', 'PICC R basilic, dressing changed, 46 cm external.', 'FSBG {n:80-350}.',
    'INR {d:1-5} (POC), results called to {clinic:inr} anticoag, spoke with {rn2.full}.', 'Home: clutter, throw rugs in hall; stairs w/o rail.', 'Pulse ox {n:88-99}% on RA.', 'BM yesterday per pt.',
  ],
  hh_teach: ['Teaching: low Na diet, daily weights, call if wt up 3 lb.', 'Reviewed insulin pen w/ pt and {rel.rel}; return demo good.', 'Reviewed fall precautions.', 'Reviewed s/s infection.', 'Teach-back w/ {dau.first} on wound care.'],
  hh_a: ['Pt stable, progressing toward goals.', 'Fluid overload, MD notified.', 'Wound improving.', 'Knowledge deficit r/t new meds.'],
  hh_p: ['Next SN visit {dow}. Call placed to {pcp.dr} at {clinic:pcp} re: wt gain; orders for extra Lasix 40 mg x 2 days rec\'d from {np.full}, NP.', 'Continue POC. PT eval ordered.',
    'Recert due {date:recert}.', 'Notify MD of FSBG >300.', 'Discharge from services, goals met. Supervisor {rn.full} aware.'],
  hh_sig: ['{hhrn.sig}, RN  {hha:ag}', '-- {hhrn.fl}, RN, case manager, {phone}', 'Visit by {hhrn.full}, RN; e-signed {date:note}', '{hhrn.first} {hhrn.last}, LPN (supervised by {rn.full}, RN)'],
  hos_head: ['HOSPICE NURSING VISIT', 'Hospice RN Visit Note', 'IDT Note - {hospice:h}', 'Hospice Admission Visit', 'Chaplain Visit Note', 'Hospice SW Visit', 'Death Visit', 'Bereavement Note', 'hospice rn f/u'],
  hos_body: [
    'Pt is a {ptage} y/o w/ terminal dx of [metastatic pancreatic ca|end-stage CHF|ESRD, off HD|advanced dementia|ALS|COPD end stage|glioblastoma], admitted to {hospice:h} on {date:adm}. Lives at {addr:home} with {rel.rel} {rel.first}. {@hos_s*3-5}',
    'RN visit. {@hos_s*3-5} {@hos_obs*1-2}', 'Chaplain {chap.full} visited pt and {rel.rel} {rel.first}. {@hos_chap*2-3}', 'IDT reviewed: {@hos_s*2-3} SW {sw.first}: {@hos_sw}. Chaplain: {@hos_chap}',
    'Death visit: pt pronounced at {time} on {date:death} by {hosp_rn.full}, RN. Family present: {rel.first}, {rel2.first}. Funeral home: {funeral}, called at {time}. {pcp.dr} notified. Meds destroyed w/ {rel.rel} as witness: morphine 30 mL, Ativan 10 tabs.',
    'Bereavement: called {rel.first} ({rel.rel}) {n:2-6} wks after death. {rel.He} is sleeping poorly, has support from {church}. Mailing sent to {addr:rel}.',
  ],
  hos_s: [
    '{@hh_fill}', 'Pt resting comfortably, no signs of distress.', 'Reviewed medication log with caregiver; no missed doses.',
    'Pt sleeping more, PPS {n:20-50}%, FAST 7c.', 'Morphine concentrate 5 mg q2h prn used {n:2-8}x in 24h per log.', 'Family asking about timeline; {dau.first} flying in from {state}.',
    'DNR/MOLST on fridge.', 'Pt\'s {ptage} and "ready to go" per pt.', 'Pt\'s grandson {gson.first} visiting daily.', 'Comfort kit in home, delivered by {pharmacy} on {date:ck}.',
    'Pt wants to die at home in {town}, not at {hosp}.', 'Hospital bed set up in living room.', '{rel.rel} {rel.first} tearful, coping support given.', 'Aide {aide.first} bathes pt Tu/Th.',
    'Pt\'s priest from {church} came for anointing.', 'Pt requests to see brother {bro.first} from {town}.', 'Respite at {snf} discussed for 5 days.', 'Pt reminisced about working at {employer} for {n:20-40} years.', 'Husband {husb.first}, {oldage}, is frail himself.', 'Pt turned {oldage} last month; family had party at {church}.', '{@nocue}',
  ],
  hos_obs: ['Mottling to knees, Cheyne-Stokes, apnea 15-20 sec.', 'Oral mucosa dry, mouth care done.', 'Sacral stage 2, repositioned q2h.', 'Pain 2/10 after morphine, facial grimace resolved (PAINAD 1).', 'Terminal secretions, atropine drops given.'],
  hos_chap: ['Pt Catholic, requested Sacrament of the Sick; Fr. {pastor.last} from {church} contacted.', 'Spiritual distress around estrangement from son {son.first}.', 'Sang hymns with pt and wife {wife.first}.', 'Pt Jewish; Rabbi {pastor.last} ({church}) aware.', 'Family prays daily; faith is strong source of support.'],
  hos_sw: ['funeral pre-planning w/ {funeral}', 'MassHealth application for LTC', 'caregiver stress, 24/7 care discussed', 'will assist w/ Social Security survivor benefits (claim # {claim})'],

  // ---- PT / OT ----
  pt_head: ['PHYSICAL THERAPY EVALUATION', 'PT Daily Note', 'Outpatient PT Progress Report', 'PT Treatment Note', 'OCCUPATIONAL THERAPY EVALUATION', 'OT Treatment Note', 'OT Daily', 'Home PT visit', 'PT Re-eval / POC Update', 'Acute Care PT Eval'],
  pt_id: ['Patient: {pt.lf}   DOB: {dob}   Referring: {pcp.drfull}   Dx: [L TKA|R CVA|LBP|R RTC repair|deconditioning|R distal radius fx|Parkinson disease|vestibular hypofunction]',
    'PT: {pt.full!up}  Visit {n:1-24} of {n:12-24}  DOS {date:note}', '{pt.lfm} ({ptage}) - {clinic:pt}', 'Name: {pt.full}  MRN {mrn}  Precautions: [WBAT|NWB LLE|sternal|posterior hip|fall risk]'],
  pt_subj: [
    'S: Pt reports pain {n:0-10}/10, "{@pt_quote}". {@pt_s*1-3}', 'Subjective: {@pt_s*2-3}', 'Pt seen in room, {rel.rel} {rel.first} present for family training. {@pt_s*1-2}',
    'Pt arrived via [paratransit|ride from {rel.rel} {rel.first}|taxi|own car]. {@pt_s*1-3}',
  ],
  pt_quote: ['the stairs are the hardest', 'I want to get back to work', 'better than last week', 'my knee is killing me', 'I just want to walk my dog', 'I nearly fell at church'],
  pt_s: [
    '{@pt_fill}', '{@pt_fill}',
    'Pt works as a [warehouse associate|nurse|bus driver|cashier|roofer] at {employer}, goal RTW {date:rtw}.', 'Lives in a 2-story home in {town}, 5 STE w/ L rail, bedroom 2nd floor.',
    'Lives w/ {rel.rel} {rel.first} who works days.', 'Pt wants to return to bowling league at {employer}.', 'Has appt w/ surgeon {spec.dr} on {date:fu}.', 'Did HEP 1x/day.',
    'Fell at {church} on {dow}, no injury.', 'Granddaughter {gson.first} helps w/ groceries.', 'Pt\'s goal: walk to {pharmacy} on {streetname:p}.', 'Daughter {dau.first} bought shower chair.',
    'Previously at {snf} for rehab until {date:prevdc}.', '{@nocue}',
  ],
  pt_obj: [
    'O: Berg Balance {n:18-52}/56; TUG {n:9-35} sec w/ RW; 6MWT {n:90-420} m; gait w/ RW, decreased step length, CGA.', 'Objective: AROM knee {n:0-10}-{n:70-120} deg; MMT quads {n:3-5}/5; Tinetti {n:10-26}/28.',
    'ROM R shoulder flex {n:60-160}, abd {n:40-150}; Hawkins-Kennedy +, Neer +, empty can +.', 'Transfers: sit<>stand min A x1, bed mobility SBA. Stairs: 4 steps w/ rail, step-to, CGA.',
    'OT: ADLs - LB dressing mod A, toileting min A, grooming set-up. Barthel {n:30-90}/100. FIM {n:40-110}.', 'Finkelstein test +, Phalen +, Tinel + at wrist; grip {n:15-70} lb R, {n:15-70} lb L (Jamar).',
    'Vestibular: Dix-Hallpike + R, Epley maneuver performed.', 'Cognition: SLUMS {n:15-29}/30; Cognitive Performance Test 4.2.', 'Edema R hand figure-8 {n:38-48} cm.', 'Modified Thomas test: tight hip flexors bilat.',
  ],
  pt_tx: [
    'Tx: ther ex (quad sets, SLR, heel slides x 15), gait training 150 ft x2, NMES to quads, ice 10 min.', 'Treatment: there-ex 15 min, neuro re-ed 15 min, ther act 15 min.',
    'OT tx: UE strengthening w/ theraband, fine motor pegboard, tub transfer training w/ TTB.', 'Manual: STM to upper traps, joint mobs gr II-III GH.', 'Home safety: recommended grab bars, remove throw rugs, raised toilet seat.',
    'Family training w/ {rel.rel} {rel.first} on car transfers.', 'Issued HEP via Medbridge (code {serial}).',
  ],
  pt_assess: ['A: Pt progressing slowly toward goals, limited by pain.', 'Assessment: Good rehab potential; fall risk high per Berg.', 'A: Pt tolerated tx well. Recommend SNF rehab vs home w/ 24h assist.',
    'A: Progressing, met STG #2. Requires cueing for safety.', 'Assessment: Pt would benefit from continued skilled PT 2x/wk x 6 wks.'],
  pt_plan: ['P: Continue POC 2x/wk. Next visit {dow}.', 'Plan: d/c to home w/ HHPT ({hha}); RW and 3-in-1 commode ordered.', 'Plan: re-eval {date:reeval}. Progress note faxed to {pcp.dr}, fax {fax}.',
    'P: Recommend outpatient PT at {clinic:pt} closer to pt\'s home in {town}.', 'Plan: Continue OT; splint fabricated (thumb spica).'],
  pt_sig: ['{ther.sig}, PT, DPT', '-- {ther.fl}, PTA', '/s/ {ther.full}, OTR/L', '{ther.full}, MS, OTR/L  Lic #{license}', 'Therapist: {ther.lf}, DPT\nCo-signed: {ther2.full}, PT', '{ther.first} {ther.last} COTA/L'],

  // ---- pharmacy ----
  ph_head: ['PHARMACY NOTE', 'Clinical Pharmacist Note', 'Medication Reconciliation - Pharmacy', 'Pharmacy Consult: Vancomycin Dosing', 'Anticoagulation Clinic Note', 'Pharmacy - Warfarin Dosing', 'Ambulatory Care Pharmacist Visit', 'PharmD Discharge Counseling', 'Pharmacy Intervention', 'Rx refill request / PA note'],
  ph_body: [
    'Med rec completed w/ pt and {rel.rel} {rel.first}. Sources: pt, pill bottles, {pharmacy} ({town}) fill hx {phone}, {osh} d/c summary {date:prev}. {@ph_find*2-4}',
    'Consult for vanc dosing. {ptage} y/o, wt {n:50-130} kg, SCr {d:0-3}, CrCl ~{n:20-110} mL/min. {@ph_vanc}',
    'INR {d:1-5} ({date:inr}), goal 2-3. Warfarin dose: {n:2-10} mg daily except {n:2-10} mg Mon/Fri. {@ph_find*1-3} Next INR {date:next} at {clinic:inr}.',
    'Spoke w/ pharmacist {pharm2.full} at {pharmacy} ({phone}) re: last fill dates. {@ph_find*2-4}', 'Pt counseled on new meds: Eliquis, Entresto, Jardiance. {@ph_find*1-3} Pt verbalized understanding.',
    '{@ph_find*3-5}', 'Received fax from {pharmacy} ({fax}): Rx #{rx} for Ozempic requires PA. {@ph_find*1-2} PA submitted to [CoverMyMeds|Express Scripts|OptumRx] key {pa}.',
  ],
  ph_vanc: ['Recommend vanc 1250 mg IV q12h, AUC goal 400-600, trough before 4th dose.', 'Loading dose 25 mg/kg given. Will follow levels.', 'Level {d:8-25} on {date:lvl} at {time}; continue current dose.'],
  ph_find: [
    '{@ph_fill}', '{@ph_fill}', '{@ph_fill}',
    'Pt has not been taking Lasix since d/c (cost).', 'Duplicate therapy: pt taking both Zoloft and sertraline (same drug), educated.', 'Pt using Pyxis override for Ativan - clarified w/ {md.dr}.',
    'Eliquis dose adjusted for age/wt/SCr.', 'Interaction: clarithromycin + simvastatin; recommended azithromycin to {md.dr}, accepted.', 'Pt gets 90-day supply by mail order (Express Scripts).',
    'Home meds: {@meds+3-6}.', 'Allergy updated: {@allergy}.', 'Pt\'s {rel.rel} {rel.first} fills pillbox weekly.', 'Lexicomp checked; no renal adj needed.', 'Zosyn extended infusion per protocol.',
    'Pt requests meds to {pharmacy} on {streetname:ph} in {town}.', 'Meds to Beds delivered at bedside.', 'Copay card for Eliquis provided.', 'Naloxone kit dispensed.',
    'Omnicell discrepancy for oxycodone resolved w/ {rn.full}, RN.', 'MassHealth PA for Dupixent approved thru {date:paexp}.', '{@nocue}',
  ],
  ph_sig: ['{pharm.sig}, PharmD', '-- {pharm.fl}, PharmD, BCPS  x{n:2000-7999}', '/s/ {pharm.full}, RPh', '{pharm.full}, PharmD\nClinical Pharmacist, {hosp:self}\npager {pager}', '{pharm.first} {pharm.last}, PharmD candidate / {pharm2.full}, PharmD (preceptor)'],

  // ---- telephone ----
  tel_head: ['TELEPHONE ENCOUNTER', 'Phone Note', 'Telephone Encounter - {clinic:self}', 'Call Log', 'Nurse Triage Call', 'Refill Request', 'TC', 'Message', 'RN phone call', 'After-hours call'],
  tel_line: [
    'Called pt\'s daughter {dau.first} at {phone} re: {@tel_topic}. {@tel_result}', '{time} LVM for {pt.first} to call back re: {@tel_topic}.', 'LVM for {pt.mr} at {phone}, requested call back to {phonex}.',
    'Rec\'d call from {rel.full} ({rel.rel}) c/o {@tel_topic}. {@tel_result}', 'Pt called: {@tel_topic}. {@tel_result}', 'Spoke to {pharmacy} ({town}) re: refill of {@meds}. {@tel_result}',
    'Returned call to {rel.first}, no answer, mailbox full.', 'Called {rel.any} back, {rel.he} states {@tel_topic}.', 'Spoke with {pt.first} {pt.last}, identity verified (name/DOB). {@tel_topic}. {@tel_result}',
    '{date:note}: 2nd attempt, LVM. Letter sent to {addr:home}.', 'Called {snf} and spoke w/ nurse {rn2.first} re: {@tel_topic}. {@tel_result}', 'Call from {hha} nurse {hhrn.full}: {@tel_topic}. {@tel_result}',
    'TC from {employer} HR ({boss.full}) requesting work note; pt consent on file.', 'Pt\'s son {son.first} called from {town}, wants update, not on ROI - no info given.',
    'Fax rec\'d from {clinic} re: {@tel_topic}.', 'Pt\'s mother ({oldage} y/o) called on pt\'s behalf; pt on ROI.', 'Pt directed to {url} to complete e-check-in.', 'Called {pt.first} x2, phone disconnected. Emergency contact {rel.first} {phone}, LVM.', '{@nocue}',
  ],
  tel_topic: ['BP readings at home 160s/90s', 'med refill', 'lab results', 'appt change', 'swelling in legs', 'ran out of insulin', 'cough x 5 days', 'needs FMLA form', 'MRI auth status', 'new rash after Bactrim',
    'fell last night', 'blood sugar 40s', 'ride to appt', 'prior auth for Ozempic denied', 'wants a letter for housing', 'questions about Eliquis and dental work'],
  tel_result: ['Advised to go to ED.', 'Routed to {md.dr} for review.', 'Per {md.dr}, ok to refill x 30 days.', 'Appt made {date:appt} at {time} with {np.full}, NP.', 'Pt verbalized understanding.',
    'Message sent to {pcp.dr}\'s pool.', 'Will call back w/ results.', 'Instructed to call 911 if worse.', 'Rx sent to {pharmacy}.', 'Pt will go to {clinic:uc} today.'],
  tel_sig: ['{ma.full}, MA', '-- {rn.fl}, RN', 'Taken by: {ma.first} ({ma.inits})', '{rn.full}, RN, triage', 'msg by {ma.first} {ma.last!up}', 'Reviewed: {md.dr}'],

  // ---- patient portal ----
  por_head: ['Patient Message', 'MyChart message', 'Portal Message - Non-urgent Medical Question', 'Secure Message', 'Patient Portal Communication', 'RE: question', 'Patient Advice Request', 'New message from patient'],
  por_meta: ['From: {pt.full}\nTo: {md.drfull}\nSent: {date:note} {time}\nSubject: {@por_subj}', 'From: {pt.lf} (proxy: {rel.full})\nTo: {clinic:self} Triage Pool\nDate: {date:note}\nSubject: {@por_subj}',
    'Sender: {pt.full!up}  MRN {mrn}  Insurance: {payer}\nRecipient: {pcp.drfull}\nSubject: {@por_subj}', 'Message from {rel.full} ({rel.rel} / proxy for {pt.full}) sent {date:note}', 'Subject: {@por_subj}'],
  por_subj: ['refill', 'question about my meds', 'test results', 'appointment', 'letter for work', 'feeling worse', 'my mom', 'insurance paperwork', 'covid?', 'blood pressure', 'need a note'],
  por_body: [
    'hi dr {md.last!low} its {pt.first} {@por_s*2-4} thank you!!', 'Hello, {@por_fill} {@por_s*1-3}\n\nThanks,\n{pt.first}', 'Good morning {md.dr}, {@por_s*2-4}\n{pt.full}\n{phone}',
    'Hi this is {rel.first} {pt.his} {rel.rel}. {@por_s*2-3} you can reach me at {phone} or {rel.email}', '{@por_s*1-3} {@por_fill*1-2}\n\nsent from my iPhone', 'Dear {pcp.drfull},\n{@por_s*3-4}\nSincerely, {pt.full}',
    'HELLO, {@por_s*2-3} CALL ME AT {phone}', 'hey {rn.first} {@por_s*2-3} -{pt.first}',
  ],
  por_s: [
    'my daughter {dau.first} will drive me to the appt on {dow}.', 'I need a refill on my Lasix sent to the {pharmacy} in {town}.', 'the pharmacy says they never got it.',
    'my bp was 158/94 this morning.', 'can you write a letter for my job at {employer}? they need it by {date:need}.', 'I am staying with my sister {sis.first} in {town} for now, please send mail there: {addr:sis}.',
    'my new email is {email:pt}.', 'I tried to call {phone} but nobody picks up.', 'can {np.first} the NP look at the rash picture I uploaded?', 'I got a bill from {hosp} for the ER visit on {date:prev}, is that right?',
    'Mom fell again and {bro.first} found her.', 'my husband {husb.first} has the same cough.', 'I start my new job at {employer} on {date:start} and need the TB test.', 'the insurance (MassHealth) ID is {memberid}.',
    'The lady at the front desk ({ma.first}) said to message here.', 'Will the ozempic be covered?', 'I have been feeling down since my {rel.rel} passed in {month}.', 'can my appointment be switched to video, I moved to {town}, {st}.',
    'I will be in {country} from {date:trip} to {date:trip2} visiting family.', 'my son\'s school ({school}) needs a form filled out.', '{@nocue}',
  ],
  por_reply: ['Reply from {rn.full}, RN ({date:note} {time}): Hi {pt.first}, {@por_r*1-3}', 'Response ({md.dr}): {@por_r*1-2}', '{ma.first} ({clinic:self}) replied: {@por_r*1-2}',
    'Hi {pt.nick}, {@por_r*1-3}\n{rn.first}, RN for {pcp.drfull}', 'Staff note: {@por_r}'],
  por_r: ['the refill was sent to {pharmacy}.', 'please call the office at {phone} to schedule.', 'the doctor reviewed your results and they are normal.', 'we have faxed the letter to {employer}, fax {fax}.',
    'please go to urgent care or the ED if your symptoms get worse.', 'the PA was submitted, ref #{pa}.', 'we updated your address to {addr:new}.', 'your next appointment is {date:appt} at {time}.'],

  // ---- prior auth / disability letters ----
  let_to: [
    '{date:note/long}\n\n[Utilization Management|Pharmacy Prior Authorization Dept|Appeals Unit], [MassHealth|Tufts Health Plan|Health New England|Blue Cross Blue Shield|UnitedHealthcare|Optum Rx]\n{addr:payer}',
    '{date:note/long}\n\nTo Whom It May Concern:', '{date:note}\n\nRE: {pt.full}\nDOB: {dob}\nMember ID: {memberid}', 'Date: {date:note}\nTo: [Disability Determination Services|Social Security Administration|Human Resources]\n{addr:dds}',
    '{date:note/long}\n\n{boss.full}\nHuman Resources, {employer}\n{addr:emp}', '{date:note}\nFax to: {fax}  Attn: [Medical Director|Pharmacy Review|Appeals]',
    '{date:note/long}\n\n{housing.full}, Leasing Office\n{agency:house}\n{addr:hs}',
  ],
  let_re: ['RE: {pt.full}  DOB: {dob}  Member ID: {memberid}', 'Patient: {pt.lf!up}\nDate of birth: {dob}\nPolicy #: {memberid}\nClaim #: {claim}', 'Re: {pt.mr} (DOB {dob})', 'RE: Request for prior authorization - {pt.full}, ID {memberid}',
    'Re: {pt.full}, SSN xxx-xx-{ssn4}', 'RE: Reasonable accommodation request for {pt.full}'],
  pa_body: [
    'I am writing on behalf of my patient, {pt.full}, to request authorization for {@pa_item}. {@pa_why*2-4}', 'Please accept this letter as a formal appeal of the denial dated {date:deny} (reference # {pa}) for {@pa_item}. {@pa_why*2-4}',
    '{pt.mr} is a {ptage} year old with {@pmh+2-3} who has been under my care at {clinic:self} since {year}. {@pa_why*2-3} I am requesting coverage of {@pa_item}.',
    'This letter is in support of coverage of {@pa_item} for {pt.full}. {@pa_why*3-4}',
  ],
  pa_item: ['Ozempic (semaglutide) 1 mg weekly', 'Humira 40 mg q2wk', 'Dupixent', 'MRI lumbar spine w/o contrast', 'a power wheelchair (Permobil M3)', 'CPAP supplies', 'Eliquis (tier exception)',
    'Invega Sustenna', 'continued inpatient rehab at {snf}', 'home hospital bed and Hoyer lift', 'Vivitrol injection', 'Mounjaro', 'Entresto'],
  pa_why: [
    '{@let_fill}', '{@let_fill}',
    '{pt.He} has failed metformin, Trulicity and glipizide (A1c {d:8-12}% on {date:a1c}).', 'Conservative tx including PT at {clinic:pt} x 8 wks, NSAIDs and a Medrol dosepak has failed.',
    'The patient cannot ambulate more than 10 ft and is unable to self-propel a manual chair due to CHF and shoulder OA.', 'Formulary alternatives (warfarin) are not appropriate given labile INRs at {clinic:inr}.',
    'Without this medication the patient is at high risk of rehospitalization; {pt.he} was admitted to {osh} {date:prev}.', 'Chart notes and labs are enclosed.',
    '{pt.He} has had two ED visits at {hosp} this year.', 'Per {spec.drfull} ({clinic:spec}), this is medically necessary.', 'Sleep study at {clinic:sleep} on {date:psg} showed AHI {n:15-70}.',
  ],
  dis_body: [
    '{pt.full} (DOB {dob}) has been under my care at {clinic:self} since {year}. {pt.He} has {@pmh+2-3}. {@dis_s*2-4}', 'This letter confirms that {pt.mr} was seen in our office on {date:seen}. {@dis_s*2-3}',
    'I am writing in support of {pt.mr}\'s application for [SSDI|SSI|long-term disability through {employer}|FMLA|a reasonable accommodation|PCA services]. {@dis_s*2-4}',
    'Please excuse {pt.full} from [work|school|jury duty at {court}] from {date:from} through {date:to}. {@dis_s*1-2}', 'To the {agency:house}: {@dis_s*2-3}',
  ],
  dis_s: [
    '{@let_fill}', '{@let_fill}',
    '{pt.He} is unable to return to {pt.his} job as a [CNA|forklift operator|line cook|bus driver|teacher\'s aide] at {employer} due to [chronic LBP with radiculopathy|severe COPD (FEV1 {n:25-45}%)|PTSD and MDD|vision loss|CHF NYHA III].',
    '{pt.He} cannot lift more than 10 lb, stand more than 15 min, or walk more than one block.', 'Because of {pt.his} disability, a first-floor unit or an apartment with an elevator is medically necessary.',
    '{pt.He} requires a live-in aide; {pt.his} {rel.rel} {rel.full} provides care.', 'Expected duration: at least 12 months.', 'Please contact my office at {phone} with questions.',
    '{pt.He} will need intermittent leave for appointments at {clinic} ({n:2-4}x/month).', 'Service animal: pt\'s dog is an emotional support animal.', 'Records from {osh} and {clinic:spec} are attached.',
    'Previously worked at {employer} until {date:lastwork}.', '{pt.He} may return to school at {school} on {date:rtw} with no restrictions.',
  ],
  let_sig: ['Sincerely,\n\n{md.drfull}, MD\n{clinic:self}\n{addr:clinic}\nPhone {phone}  Fax {fax}\nNPI {npi}', 'Respectfully,\n{md.full}, MD\nNPI: {npi}\n{url}', 'Sincerely,\n{np.full}, FNP-BC\n{clinic:self}, {phonex}',
    'Thank you,\n\n{md.sig}, MD\nDEA {dea}\n{md.wemail}', 'Sincerely,\n/s/ {md.lfm}, DO\n{clinic:self} | {addr:clinic}', 'Regards,\n{md.drfull}\ncc: {pt.full}; {cm.full}',
    'Sincerely,\n\n{md.full}, MD\n\n{md.init}/{tx.init}\nD: {date:note}  T: {date:note}\ncc: {pcp.drfull}; {pt.mr}'],
};

// ---------------------------------------------------------------------------------------------------
// Styles: each a list of note skeletons (one line template per entry)
// ---------------------------------------------------------------------------------------------------

const STYLES: Record<string, string[][]> = {
  ed_triage: [
    ['{@tri_head}', '{@tri_id}', '{@tri_arr}', '{@tri_cc}', '{@tri_hpi}', '{@vitals}', '{@tri_misc#2-4}', '{@sig_rn}'],
    ['{@tri_head}  {date:note} {time}', '{@tri_id}', '{@tri_cc}', 'HPI: {@tri_hpi}', 'PMH: {@pmh+2-5}', 'Meds: {@meds+2-4}', 'Allergies: {@allergy}', '{@vitals}', '{@tri_misc%2-4}', 'Triage RN: {rn.sig}'],
    ['{@tri_id}', '{@tri_arr}', '{@tri_hpi} {@tri_extra*1-2}', 'VS {@vitals}', '{@tri_misc*2-3}', '-{rn.first} {rn.last!up} RN'],
    ['TRIAGE', 'Name: {pt.full}', 'DOB: {dob}', 'Arrival: {date:note} {time}', 'CC: {@tri_sx}', '{@vitals}', 'Pain {n:0-10}', 'ESI {n:2-4}', 'Allergies: {@allergy}', 'Notes: {@tri_extra*2-4}', 'RN {rn.fl}'],
    ['{@tri_head}', '{@tri_id}', '{@tri_cc}', '{@tri_hpi}', 'Emergency contact: {rel.full} ({rel.rel}) {phone}', '{@tri_misc#2-3}', 'Reassessment {time}: {@vitals} {@tri_extra}', '{@sig_rn}'],
    ['{@tri_arr}', '{@tri_cc}', '{@tri_hpi}', 'PMH {@pmh+2-4}', 'Home meds per {pharmacy} list: {@meds+2-4}', '{@vitals}', '{@sig_rn}'],
    ['{@tri_head}', 'Pt: {pt.full}  MRN {mrn}', 'Interpreter used: [Spanish|Haitian Creole|Portuguese] #{interp}', '{@tri_hpi}', 'Pt lives w/ {rel.rel} {rel.first} in {town}; {rel.first} reachable at {phone}.', '{@vitals}', '{@tri_misc%2-3}', '{@sig_rn}'],
    ['{@tri_id}', 'Sent from {snf} ({phone}) w/ transfer packet. Facility MD {spec.drfull}. {@tri_hpi}', 'Code status per MOLST: [DNR/DNI|full code|DNR, ok to intubate]', 'HCP: {rel.rel} {rel.full}, {phone}', '{@vitals}', '{@sig_rn}'],
    ['{@tri_head}', '{@tri_id}', 'Triage narrative: {@tri_hpi} {@tri_extra*2-3}', '{@tri_misc*1-3}', 'Roomed by {rn2.fl}, RN. Primary RN {rn.first}.'],
    ['**{@tri_head}**', '{@tri_id}', '{@tri_cc} - {@tri_hpi}', '{@vitals}', 'Safety: [C-SSRS neg|C-SSRS positive, belongings searched by security ({sec.first}, badge {badge})|no concerns]', '{@tri_misc#1-3}', '{@sig_rn}'],
  ],
  ed_physician: [
    ['{@edp_head}', '{@edp_id}', 'CHIEF COMPLAINT: {@tri_sx}', 'HPI: {@edp_hpi}', '{@ros}', 'PMH: {@pmh+3-6}', 'Meds: {@meds+3-6}', 'Allergies: {@allergy}', '{@edp_social}', 'PHYSICAL EXAM:', '{@vitals}', '{@exam_line#4-7}', 'ED COURSE / MDM:', '{@edp_course#2-4}', '{@edp_dispo}', '{@sig_md}'],
    ['{@edp_id}', 'HPI: {@edp_hpi}', 'PE: {@exam_line*3-5}', 'MDM: {@edp_course*2-4}', 'Impression: [chest pain, ACS r/o|CHF exacerbation|syncope|UTI w/ sepsis|alcohol withdrawal|hip fx|SI|COPD exac]', '{@edp_dispo}', '{@sig_md}'],
    ['{@edp_head}', '{@edp_id}', 'History obtained from: pt, {rel.rel} {rel.first}, EMS, records from {osh}', '{@edp_hpi}', '{@edp_social}', 'Exam: {@exam_line*4-6}', 'Course: {@edp_course%2-5}', '{@edp_dispo}', '{@sig_md}', '{@cc}'],
    ['{@edp_id}', 'Attending attestation: I saw and evaluated the pt with {res.full}, MD (resident) and agree w/ findings. {@edp_hpi2*2-3}', '{@edp_course*2-3}', '{@edp_dispo}', '{md.sig}, MD'],
    ['{@edp_head}', 'Pt: {pt.full}   DOB {dob}', 'HPI: {@edp_hpi}', 'FH: [mother w/ breast ca|father MI at {n:40-60}|noncontributory]', '{@edp_social}', '{@vitals}', '{@exam_line#3-6}', 'Labs/imaging: {@edp_course*1-2}', 'A/P: {@edp_course*1-2} {@edp_dispo}', '{@sig_md}'],
    ['ED PROVIDER NOTE - {date:note}', '{@edp_hpi}', 'ROS: as above', 'Exam: {@exam_line*3-5}', '{@edp_dispo}', 'Spoke w/ {pcp.dr} who will see pt in clinic {dow}.', '{@sig_md}'],
    ['{@edp_id}', '{@tri_cc}', '{@edp_hpi}', 'PMH/PSH: {@pmh+2-4}; appy {yr2}', '{@edp_social}', 'Exam: {@exam_line%3-5}', 'ECG: NSR {n:60-99}, QTc {n:400-520}', '{@edp_course#2-3}', '{@edp_dispo}', 'Discussed w/ pt and {rel.rel} {rel.first}, questions answered.', '{@sig_md}'],
    ['ED NOTE ADDENDUM {date:note} {time}', '{@edp_course*1-3}', 'RT note: neb given. {@sig_other}', 'Re-eval: pt resting comfortably. {rel.rel} {rel.first} updated by phone ({phone}).', '{@edp_dispo}', '{@sig_md}'],
    ['{@edp_head}', '{@edp_id}', 'Note: pt known to our ED, multiple visits ({date:prev}, {date:prev2}).', '{@edp_hpi}', '{@exam_line#3-5}', '{@edp_course#1-3}', 'Social work consulted ({sw.full}); {@sw_more}', '{@edp_dispo}', '{@sig_md}'],
    ['{@edp_id}', 'Critical care time {n:30-75} min excluding procedures.', '{@edp_hpi}', '{@vitals}', '{@exam_line*3-5}', 'Procedures: [central line R IJ, US-guided|intubation (RSI, etomidate/rocuronium, 7.5 ETT)|Foley placement|shoulder reduction]', '{@edp_course#2-4}', '{@edp_dispo}', '{@sig_md}'],
  ],
  psych_intake: [
    ['{@psy_head}', 'Date: {date:note}', '{@psy_id}', '{@psy_hpi}', '{@psy_past}', '{@psy_sub}', '{@psy_social}', 'Medical: {@pmh+1-3}', 'Meds: {@meds+1-3}', '{@psy_mse}', '{@psy_risk}', '{@psy_plan}', '{@sig_md}'],
    ['{@psy_head}', '{@psy_id}', 'Chief complaint: "{@psy_quote}"', '{@psy_hpi}', '{@psy_social}', '{@psy_mse}', 'Assessment: {ptage} y/o w/ [MDD, recurrent, severe|bipolar I, current episode manic|schizophrenia|AUD, severe|PTSD] presenting with {@psy_reason}.', '{@psy_plan}', '{@sig_md}'],
    ['{@psy_id}', 'Sources: pt, {rel.rel} {rel.first} ({phone}), records from {psychhosp}, {pcp.dr}.', '{@psy_hpi}', '{@psy_past}', '{@psy_sub}', '{@psy_risk}', '{@psy_plan}', 'Clinician: {sw.full}, LICSW (ESP). Discussed w/ {psych.drfull}.'],
    ['{@psy_head}', '{@psy_id}', 'ID/CC: {@psy_reason}', 'HPI:', '{@psy_hpi2%3-5}', '{@psy_past}', '{@psy_social}', 'FH: [mother w/ bipolar|father w/ AUD|brother died by suicide {year}|none known]', '{@psy_mse}', '{@psy_risk}', '{@psy_plan}', '{@sig_md}'],
    ['CRISIS EVAL {date:note} {time}', 'Location: [{osh} ED|{hosp:self} ED|pt\'s home, {addr:home}|{school} nurse office|{shelter}]', '{@psy_id}', '{@psy_hpi}', '{@psy_risk}', '{@psy_plan}', '{sw.sig}, LMHC, ESP clinician. Consulted w/ on-call psychiatrist {psych.dr}.'],
    ['{@psy_head}', '{@psy_id}', 'HPI: {@psy_hpi2*3-5}', '{@psy_sub}', 'Legal: {@psy_social2}', '{@psy_mse}', '{@psy_plan}', '{@sig_md}'],
    ['Name: {pt.full}', 'DOB: {dob}', 'Intake date: {date:note}', 'Therapist: {therapist.full}, LMHC', 'Presenting problem: {@psy_reason}', '{@psy_hpi}', 'Family: {@sw_fam}', '{@psy_social}', 'Diagnosis: F33.1', 'Plan: weekly CBT at {clinic:ther}', '{therapist.sig}, LMHC'],
    ['{@psy_head}', '{@psy_id}', '{@psy_hpi}', '{@psy_past}', 'Collateral: spoke w/ {rel.full} ({rel.rel}), who states {@psy_hpi2!low}', '{@psy_mse}', '{@psy_risk}', '{@psy_plan}', '{@sig_md}', '{@cc}'],
    ['PSYCHIATRY CONSULT - requested by {md2.drfull} ({hosp:self} medicine)', 'Reason: [capacity eval|agitation|depression|delirium vs psychosis]', '{@psy_id}', '{@psy_hpi2*2-4}', '{@psy_mse}', 'Recs:\n1. [Haldol 2 mg IV prn|Zyprexa 5 mg qhs|continue sitter|pt lacks capacity to refuse dc to {snf}]\n2. Will follow.', '{@sig_md}'],
    ['{@psy_id}', '{@psy_hpi}', '{@psy_sub}', '{@psy_social}', '{@psy_risk}', '{@psy_plan}', '-- {psych.fl}, MD, PGY-{n:2-4} / attending {md.drfull}'],
  ],
  psych_progress: [
    ['{@psyp_head}', 'Pt: {pt.full}  DOS {date:note}', '{@psyp_body}', '{@psy_mse}', '{@psy_plan}', '{@sig_md}'],
    ['{@psyp_head}', '{pt.lf!up}  MRN {mrn}', 'S: {@psyp_s*2-4}', 'O: {@psy_mse}', 'A: {@psyp_a}', 'P: continue meds; f/u {date:next}', '{@sig_md}'],
    ['{date:note} {time}', '{@psyp_body}', '{@psyp_a}', '{therapist.sig}, LICSW'],
    ['{@psyp_head}', '{@psyp_body}', 'Meds: {@meds+2-4}', 'Labs: {@psyp_s}', 'Risk: low, denies SI/HI', 'RTC {n:2-8} wks', '{psych.drfull}'],
    ['DAP NOTE', 'Client: {pt.full}', 'D: {@psyp_s*3-5}', 'A: {@psyp_a}', 'P: next session {date:next} {time}', '{therapist.full}, LMHC'],
    ['{@psyp_head}', 'Pt seen with {rel.rel} {rel.first}.', '{@psyp_s%3-5}', '{@psy_risk}', '{@sig_md}'],
    ['Inpatient Psychiatry - Day {n:2-14}', '{pt.full}, {ptage}, legal status [Sec 12|Sec 10/11|conditional voluntary|Rogers guardianship via {court}]', '{@psyp_body}', 'Dispo: [{shelter}|home w/ {rel.rel}|{snf}|DMH group home in {town}] when stable; SW {sw.first} following.', '{@sig_md}'],
    ['{@psyp_head}', '{@psyp_body}', 'Collateral: {@sw_fam}', '{@psyp_a}', '{@sig_md}'],
    ['Telepsych f/u {date:note}', 'Pt connected from {town}, {rel.rel} {rel.first} joined.', '{@psyp_s*2-4}', 'MSE limited by video.', '{@psy_mse}', 'Rx sent to {pharmacy}.', '{@sig_md}'],
    ['{@psyp_head}', 'Patient: {pt.lf}  DOB {dob}', 'Chart review: last seen {date:prev}. {@psyp_s*1-2}', 'Interview: {@psyp_s*2-3}', 'Impression: {@psyp_a}', '{@psy_plan}', '{@sig_md}'],
  ],
  social_work: [
    ['{@sw_head}', '{@sw_id}', '{@sw_assess}', '{@sw_plan}', '{@sig_sw}'],
    ['{@sw_head}', '{@sw_id}', 'Reason for referral: {@sw_reason}', 'Living situation: pt lives {@sw_living}.', 'Family/supports: {@sw_fam}', 'Income/employment: {@sw_more}', 'Legal: {@psy_social2}', '{@sw_plan}', '{@sig_sw}'],
    ['{date:note} {time}', '{@sw_more*3-5}', '{@sig_sw}'],
    ['{@sw_head}', '{@sw_id}', 'SW met with pt and family ({rel.first}, {rel2.first}, {friend.first}) for family meeting with {md.dr} and {cm.full}.', 'Discussed: {@sw_more*2-4}', '{@sw_plan}', '{@sig_sw}'],
    ['SW f/u', 'Pt: {pt.full}', '{@sw_more%3-6}', '{@sw_plan}', '{sw.first}, sw'],
    ['{@sw_head}', 'Pt {pt.full} ({ptage}) referred by {rn.full}, RN for {@sw_reason}.', 'Collateral: {@sw_fam}', '{@sw_assess}', '{@sig_sw}'],
    ['{@sw_head}', '{@sw_id}', 'DCF involvement: worker {case.full}, {town} area office, {phone}. Case #{case}.', 'Children: {kid.first} ({age:1-15}), {kid2.first} ({age:1-15}), currently with {gma.rel} {gma.full} in {town}.', '{@sw_more*2-4}', '{@sw_plan}', '{@sig_sw}'],
    ['{@sw_head}', '{@sw_id}', 'Guardianship: pt lacks capacity per {psych.dr}. Pt has no HCP. Nearest relative {rel.rel} {rel.full} ({addr:rel}) contacted and agrees to petition.', 'Attorney {atty.full} ({phone}) filing at {court}.', '{@sw_more*1-3}', '{@sig_sw}'],
    ['Housing note - {date:note}', 'Pt homeless since {month}; prior address {addr:old}.', 'Shelter list given: {shelter}, {shelter:b}, {shelter:c}.', '{@sw_more*2-3}', 'Application submitted to {agency} (case {case}).', '{@sig_sw}'],
    ['{@sw_head}', '{@sw_id}', 'Employer/school contact: {@sw_more}', 'Pt\'s supervisor {boss.full} at {employer} ({phone}) confirmed light duty available.', 'Pt\'s daughter {dau.first} ({age:6-17}) attends {school}; {teacher.mr} aware.', '{@sw_plan}', '{@sig_sw}'],
  ],
  case_management: [
    ['{@sw_head}', '{@sw_id}', '{@cm_body#3-5}', '{@sw_plan}', '{@sig_cm}'],
    ['CM NOTE {date:note}', '{@cm_body*3-5}', '{@sig_cm}'],
    ['{@sw_head}', 'Pt: {pt.full}  Adm {date:adm}  EDD {date:edd}', 'Barriers: {@sw_reason}', 'Plan: {@cm_body%2-4}', '{@sig_cm}'],
    ['Initial CM assessment', '{@sw_id}', 'Lives: {@sw_living}', 'PCP: {pcp.drfull} ({clinic:pcp})', 'Pharmacy: {pharmacy}, {town}', 'Support: {@sw_fam}', 'Services prior to admission: [none|{hha} SN 1x/wk|PCA 20 hrs/wk via {agency}|Meals on Wheels]', '{@sw_plan}', '{@sig_cm}'],
    ['{date:note} {time} - CM update', 'Spoke with {rel.full} ({rel.rel}) at {phone}. {@cm_body*1-3}', '{@sig_cm}'],
    ['{@sw_head}', '{@sw_id}', 'SNF referrals:', '- {snf}: [pending|declined (no LTC bed)|accepted]', '- {snf:b}: [pending|accepted, bed {dow}|declined]', '- {snf:c}: [pending|declined (behaviors)]', '{@cm_body*1-2}', '{@sig_cm}'],
    ['DC PLANNING', 'Pt {pt.lf!up}', 'Dispo: home w/ {hha} ({phone}); SOC {date:soc}', 'DME: [RW|shower chair|hospital bed|3-in-1 commode] via {vendor}', 'Transport: {rel.first} to pick up at {time}', 'Follow-up: {pcp.dr} {date:fu}; {spec.drfull} {date:fu2}', '{@sig_cm}'],
    ['{@sw_head}', 'Readmission review - pt discharged {date:prev} from 5 North to {snf}, readmitted {date:adm}.', '{@cm_body*2-4}', '{@sig_cm}'],
    ['Utilization review {date:note}', 'Payer: {payer} auth # {pa}, approved {n:3-7} days, next review {date:ur}', 'Reviewer: {cm2.full} ({phonex})', '{@cm_body*1-2}', '{@sig_cm}'],
    ['{@sw_head}', '{@sw_id}', '{@cm_body*2-3}', 'Outpatient CHW {chw.full} from {clinic} will meet pt at home {dow}.', '{@sw_plan}', '{@sig_cm}'],
  ],
  home_health: [
    ['{@hh_head}', '{@hh_id}', '{@hh_body}', 'VS: {@vitals}', '{@hh_teach}', 'Plan: {@hh_p}', '{@hh_sig}'],
    ['{@hh_head}', '{@hh_id}', 'Homebound status: [requires assist of 1 and RW to leave home|taxing effort, SOB after 20 ft|bedbound]', 'S: {@hh_s*2-3}', 'O: {@vitals} {@hh_obs*2-3}', 'A: {@hh_a}', 'P: {@hh_p}', '{@hh_sig}'],
    ['{@hh_id}', '{@hh_body}', '{@hh_sig}'],
    ['{@hh_head}', 'Patient: {pt.full}', 'Caregiver: {rel.rel} {rel.full}, {phone}', 'PCP: {pcp.drfull}, {clinic:pcp}', 'Meds reviewed: {@meds+3-6}', '{@hh_obs%2-4}', '{@hh_teach}', '{@hh_sig}'],
    ['OASIS SOC {date:soc}', '{@hh_id}', 'Referral from {hosp} (d/c {date:dc}), dx: {@pmh+2-3}', 'Living arrangement: {@sw_living}', 'Emergency plan: {rel.first} ({rel.rel}) {phone}; evacuates to {rel.rel}\'s in {town}', '{@hh_obs*2-3}', 'Frequency: SN 2w2, 1w4; PT eval; HHA 2w4', '{@hh_sig}'],
    ['{@hh_head}', '{@hh_id}', 'Supervisory visit of HHA {aide.full}: aide present, pt satisfied with care.', '{@hh_s*1-2}', '{@hh_sig}'],
    ['VISIT FLOWSHEET {date:note}', 'Pt: {pt.lf!up} | MR# {mrn} | {hha:ag}', 'Wt: {n:110-290} lb | BP: {n:100-170}/{n:55-95} | HR: {n:55-110} | SpO2: {n:88-99}%', 'Edema: [0|1+|2+|3+] | Lungs: [clear|crackles bases|diminished]', 'Meds set up by: [{son.first}|{dau.first}|self|{aide.first} (HHA)]', 'Pain: {n:0-9}/10 | Falls since last visit: [0|1|2]', 'MD notified: [no|yes - {np.full}, NP]', '{@hh_sig}'],
    ['{@hh_head}', '{@hh_id}', 'Coordination: called {pcp.dr}\'s office, spoke with {ma.first} re: {@tel_topic}.', '{@hh_body}', '{@hh_sig}'],
    ['{@hh_head}', '{date:note}', '{@hh_obs#3-5}', '{@hh_s#1-3}', 'Next visit {dow} {date:next}.', '{@hh_sig}'],
    ['{@hh_head}', '{@hh_id}', 'Missed visit: pt not home, called {phone}, LVM. Called {rel.rel} {rel.first}, who states pt at {hosp} since {dow}.', 'Supervisor {rn.full} notified.', '{@hh_sig}'],
    ['{@hh_head}', '{@hh_id}', 'Wound care:', '{@hh_obs%2-3}', 'Supplies from {vendor:sup} delivered to {addr:home}.', '{@hh_teach}', '{@hh_sig}'],
  ],
  hospice: [
    ['{@hos_head}', 'Patient: {pt.full}   DOB {dob}   Hospice: {hospice:h}', '{@hos_body}', '{@vitals}', 'Plan: [continue comfort care|increase morphine to 10 mg q2h prn|add scopolamine patch|continuous care x 24h]', '{@hh_sig}'],
    ['{@hos_head}', '{pt.lf!up}  {date:note}', '{@hos_s*3-5}', '{@hos_obs*1-2}', '{hosp_rn.sig}, RN'],
    ['IDT {date:note}', 'Pt: {pt.full}  Attending: {pcp.drfull}  Hospice MD: {md.drfull}', 'RN ({hosp_rn.first}): {@hos_s*2-3}', 'SW ({sw.first}): {@hos_sw}', 'Chaplain ({chap.first}): {@hos_chap}', 'Aide: baths 2x/wk by {aide.first}', 'Volunteer {friend.full} visits {dow}s.'],
    ['{@hos_head}', '{@hos_body}', '{@hh_sig}'],
    ['Chaplain Visit - {date:note}', 'Visited {pt.first} at {snf}. {rel.rel} {rel.first} present.', '{@hos_chap*2-3}', '{chap.full}, M.Div., BCC'],
    ['{@hos_head}', 'Hospice admission: pt elected hospice benefit {date:adm}. Terminal dx: [lung ca|CHF|dementia|ESRD|failure to thrive]. PCP {pcp.dr} agrees. HCP: {rel.rel} {rel.full}, {phone}.', 'Address: {addr:home}', '{@hos_s*2-3}', 'Comfort kit ordered from {pharmacy}.', '{@hh_sig}'],
    ['Hospice SW Visit', 'Pt {pt.full}, {ptage}', 'Met w/ {rel.first} and {rel2.first} at home in {town}. {@hos_sw}.', '{@hos_s*1-2}', '{@sig_sw}'],
    ['{@hos_head}', '{date:note} {time}', 'Call from {rel.rel} {rel.first}: pt stopped breathing at {time}. RN arrived {time}.', 'Pronounced {time}. Family present: {rel.first}, {rel2.first}, {gson.first}.', 'Funeral home {funeral} notified; body released at {time}.', 'Attending {pcp.dr} notified via answering service.', '{@hh_sig}'],
    ['Bereavement f/u {date:note}', 'Called {rel.full} ({rel.rel} of {pt.full}, d. {date:death}). {@hos_chap}', 'Invited to grief group at {church} {dow}s.', '{sw.full}, bereavement coordinator'],
    ['{@hos_head}', '{@hh_id}', '{@hos_s%3-5}', '{@hos_obs%1-2}', '{@hh_sig}'],
  ],
  pt_note: [
    ['{@pt_head}', '{@pt_id}', '{@pt_subj}', '{@pt_obj}', '{@pt_tx}', '{@pt_assess}', '{@pt_plan}', '{@pt_sig}'],
    ['{@pt_head}', '{@pt_id}', 'PLOF: indep w/o AD, drives, works at {employer}.', 'Home: {@pt_s}', '{@pt_obj}', '{@pt_obj}', 'Goals: STG 2 wks - amb 150 ft w/ RW SBA; LTG - return to {employer} full duty.', '{@pt_plan}', '{@pt_sig}'],
    ['{date:note}', '{@pt_subj}', 'O: {@pt_tx}', '{@pt_assess}', '{@pt_sig}'],
    ['{@pt_head}', 'Pt: {pt.full}   Referring MD: {spec.drfull}   Visit {n:2-20}', 'S: {@pt_s*1-3}', 'O: {@pt_obj} {@pt_tx}', 'A/P: {@pt_assess} {@pt_plan}', '{@pt_sig}'],
    ['{@pt_head}', '{@pt_id}', 'Subjective: {@pt_s%2-4}', 'Objective:', '{@pt_obj%2-4}', '{@pt_plan}', '{@pt_sig}'],
    ['Acute PT eval - {date:note}', 'Pt {pt.lf}, {ptage}, adm {date:adm} from {addr:home}', '{@pt_obj}', 'Recommend: [home w/ HHPT|SNF rehab|acute rehab at {snf}|home w/ OP PT]; spoke w/ {cm.full}, CM.', '{@pt_sig}'],
    ['{@pt_head}', '{@pt_id}', 'Family training: {rel.rel} {rel.first} present. {@pt_tx}', '{@pt_assess}', '{@pt_sig}'],
    ['OT eval', 'Pt: {pt.full}', 'Occupational profile: pt is a retired [teacher|machinist|nurse] from {employer}; lives {@sw_living}; enjoys gardening and church at {church}.', '{@pt_obj}', '{@pt_tx}', '{@pt_plan}', '{@pt_sig}'],
    ['{@pt_head}', '{@pt_id}', 'Discharge summary: pt attended {n:6-24} visits {date:from} - {date:to}. {@pt_assess}', 'HEP issued. Pt to continue at {employer} gym / {agency}.', '{@pt_sig}'],
    ['{@pt_head}', '{@pt_id}', 'Pt cancelled; {rel.rel} {rel.first} called at {time}, pt ill.', 'Rescheduled {date:next}.', '{@pt_sig}'],
  ],
  pharmacy: [
    ['{@ph_head}', 'Pt: {pt.full}  MRN {mrn}  Unit [4 West|MICU|6 South|ED|CCU]', '{@ph_body}', '{@ph_sig}'],
    ['{@ph_head}', '{pt.lf!up}  DOB {dob}', 'Wt {n:48-140} kg  SCr {d:0-4}  Allergies: {@allergy}', '{@ph_body}', 'Recommendations discussed with {md.drfull}.', '{@ph_sig}'],
    ['{date:note} {time} {@ph_find*2-4}', '{@ph_sig}'],
    ['Med Rec', 'Pt: {pt.full} ({ptage})', 'Source: {pharmacy}, {town}  {phone}', 'Home meds:', '{@meds%3-7}', 'Discrepancies: {@ph_find*1-3}', '{@ph_sig}'],
    ['{@ph_head}', '{@ph_body}', 'Plan: {@ph_vanc}', '{@ph_sig}'],
    ['Anticoag clinic - phone visit {date:note}', 'Pt {pt.full}, spoke w/ pt (and {rel.rel} {rel.first}). INR {d:1-5}. Missed doses: [none|1|2]. Diet changes: [ate more salad|none]. Bleeding: denies.', 'Plan: {@ph_find}', 'Next INR {date:next}.', '{@ph_sig}'],
    ['{@ph_head}', 'PA request for {@pa_item}', 'Pt: {pt.full}, member ID {memberid}', 'Prescriber: {md.drfull}, NPI {npi}', '{@ph_find*1-3}', 'Status: [submitted|approved thru {date:paexp}|denied - appeal letter requested from {md.dr}]', '{@ph_sig}'],
    ['PHARMACY DISCHARGE COUNSELING', 'Pt {pt.full}', 'Counseled pt and {rel.rel} {rel.first} on: {@meds+3-5}', 'Rx sent to {pharmacy} ({town}); Meds to Beds declined.', '{@ph_sig}'],
    ['{@ph_head}', '{@ph_find%3-5}', '{@ph_sig}'],
    ['Controlled substance review', 'Pt {pt.full}  DOB {dob}', 'PMP reviewed: fills at {pharmacy} and {pharmacy:b}; prescribers {md2.drfull} and {spec.drfull}.', '{@ph_find*1-2}', '{@ph_sig}'],
  ],
  telephone: [
    ['{@tel_head}', 'Pt: {pt.lf}  DOB {dob}  Ph: {phone}', '{@tel_line#1-3}', '{@tel_sig}'],
    ['{@tel_head}', '{@tel_line#3-6}', '{@tel_sig}'],
    ['{date:note} {time}', '{@tel_line}', '{@tel_sig}', 'Reviewed by {md.dr} {date:note}: {@tel_result}'],
    ['{@tel_head}', 'Caller: {rel.full} ({rel.rel})  Callback: {phone}', 'Reason: {@tel_topic}', 'Details: {@tel_line}', 'Disposition: {@tel_result}', '{@tel_sig}'],
    ['Phone log - {pt.full}', '{@tel_line%2-5}', '{@tel_sig}'],
    ['{@tel_head}', '{pt.lf!up} (MRN {mrn})', 'Nurse triage protocol: [Chest Pain|Cough|Leg Swelling|Hyperglycemia] (adult telephone protocol)', 'S: {@tel_topic}', 'Disposition: {@tel_result}', 'Care advice given. {@tel_sig}'],
    ['Refill Request', 'Medication: {@meds}', 'Pharmacy: {pharmacy}, {streetname:ph}, {town}  {phone}  fax {fax}', 'Last OV {date:prev} with {pcp.dr}', '{@tel_result}', '{@tel_sig}'],
    ['After-hours answering service msg {date:note} {time}', 'Caller {rel.first} ({rel.rel}) at {phone} re: {pt.full}: {@tel_topic}.', 'On-call {md.drfull} returned call at {time}. {@tel_result}'],
    ['{@tel_head}', '{@tel_line}', '{@tel_line}', 'Letter mailed to pt at {addr:home}.', '{@tel_sig}'],
    ['{@tel_head}', 'Incoming call from {clinic} ({phonex}), {rn2.full} RN: {@tel_topic}.', '{@tel_line}', '{@tel_sig}'],
  ],
  portal: [
    ['{@por_head}', '{@por_meta}', '', '{@por_body}', '', '{@por_reply}'],
    ['{@por_meta}', '', '{@por_body}'],
    ['{@por_head}', '{@por_meta}', '{@por_body}', '---', '{@por_reply}', '---', 'Pt reply: ok thank you {rn.first}!'],
    ['{@por_head}', 'Patient: {pt.full}  MRN {mrn}', 'Message: {@por_body}', 'Routed to: {pcp.drfull} pool'],
    ['From: {rel.full} <{rel.email}>', 'Regarding: {pt.full} (DOB {dob})', '{@por_body}', 'Reply: {@por_r*1-2} -- {ma.full}, MA'],
    ['{@por_head}', '{@por_meta}', '{@por_s*2-4}', 'Attachments: photo_{n:1000-9999}.jpg'],
    ['{@por_meta}', '{@por_body}', 'Staff note: pt called too, see tel enc {date:note}. {@tel_result}'],
    ['{@por_head} {date:note}', '{@por_body}', '{@por_reply}', '{@por_reply}'],
    ['{@por_head}', 'E-visit questionnaire: {@tel_topic}', 'Pt comments: {@por_s*2-3}', 'Provider response: {@por_r}', '{md.drfull}'],
    ['{@por_meta}', '{@por_body}', 'Auto-reply: Thank you for your message. Visit {url} for hours. For emergencies call 911.'],
  ],
  prior_auth: [
    ['{@let_to}', '', '{@let_re}', '', '{@pa_body}', '', '{@let_sig}'],
    ['LETTER OF MEDICAL NECESSITY', '{@let_to}', '{@let_re}', 'Dear Reviewer,', '{@pa_body}', '{@pa_why*1-2}', '{@let_sig}'],
    ['{@let_re}', '{@pa_body}', 'Diagnosis codes: [E11.65|M54.16|J44.1|I50.22|G47.33|F20.0]', '{@let_sig}'],
    ['PRIOR AUTHORIZATION REQUEST', 'Member: {pt.full}  ID {memberid}  DOB {dob}', 'Prescriber: {md.drfull}  NPI {npi}  Ph {phone}  Fax {fax}', 'Drug/service: {@pa_item}', 'Clinical rationale: {@pa_why*2-4}', 'Signature: {md.sig} Date {date:note}'],
    ['{@let_to}', 'RE: Peer-to-peer request, case # {pa}', '{@pa_body}', 'I can be reached at {phonex} for peer-to-peer review.', '{@let_sig}'],
    ['{@let_to}', '{@let_re}', 'Dear Medical Director,', '{@pa_why*3-5}', 'For these reasons I request coverage of {@pa_item}.', '{@let_sig}'],
    ['Fax cover - {clinic:self}', 'To: [Optum Rx PA dept|MassHealth Drug Utilization Review|HNE Pharmacy]  Fax {fax}', 'From: {ma.full} for {md.dr}  Ph {phone}', 'Pages: {n:2-12}', 'Re: {pt.full}, {dob}, PA for {@pa_item}', 'CONFIDENTIAL'],
    ['APPEAL', '{@let_to}', '{@let_re}', '{@pa_body}', 'Enclosures: notes from {date:v1}, {date:v2}; labs {date:lab}', '{@let_sig}'],
    ['{@let_to}', '{@let_re}', '{@pa_body}', 'Patient\'s address of record: {addr:home}. Contact {pt.mr} at {phone}.', '{@let_sig}'],
    ['DME Order / CMN', 'Patient: {pt.lfm}  DOB {dob}  Addr: {addr:home}', 'Item: {@pa_item}', 'Supplier: {vendor}, {town}', 'Justification: {@pa_why*2-3}', 'Physician: {md.drfull}  NPI {npi}  Date {date:note}'],
  ],
  disability_letter: [
    ['{@let_to}', '', '{@let_re}', '', '{@dis_body}', '', '{@let_sig}'],
    ['{date:note/long}', 'To Whom It May Concern:', '{@dis_body}', '{@let_sig}'],
    ['FMLA CERTIFICATION - HEALTH CARE PROVIDER', 'Employee: {pt.full}   Employer: {employer}', 'Condition: {@pmh+1-2}', 'Date condition began: {date:onset}', 'Incapacity: {date:from} to {date:to}', '{@dis_s*2-3}', '{md.drfull}, {clinic:self}, {phone}'],
    ['{@let_to}', '{@let_re}', 'Dear Disability Examiner,', '{@dis_body}', '{@dis_s*1-2}', '{@let_sig}'],
    ['WORK NOTE', '{date:note}', '{pt.full} was seen at {clinic:self} on {date:seen}. May return to work at {employer} on {date:rtw} [with no restrictions|with no lifting > 20 lb|light duty x 2 wks].', '{np.full}, NP'],
    ['SCHOOL NOTE', '{date:note}', 'Please excuse {kid.full} ({pt.first}\'s child) from {school} on {date:seen} for a medical appointment.', '{md.drfull}, {clinic:self}'],
    ['{@let_to}', 'RE: Reasonable Accommodation - {pt.full}, {addr:home}', '{@dis_body}', '{@let_sig}'],
    ['Medical Source Statement', 'Claimant: {pt.full}  SSN xxx-xx-{ssn4}  Claim {claim}', 'Treating since: {date:first}  Last seen: {date:seen}', 'Dx: {@pmh+2-4}', 'Functional limits: {@dis_s*2-3}', '{@let_sig}'],
    ['{date:note/long}', '{@let_re}', 'To the court ({court}):', '{pt.full} is my patient and was hospitalized at {hosp} from {date:from} to {date:to}; {pt.he} was unable to attend the hearing on {date:court} (docket {docket}).', '{@let_sig}'],
    ['{@let_to}', '{@let_re}', '{@dis_body}', 'Guardian {gal.full} and {pt.his} {rel.rel} {rel.full} are aware of this request.', '{@let_sig}'],
  ],
};

const STYLE_NAMES = Object.keys(STYLES);

/** PHI-free lines dropped between the first and last lines of a skeleton (keeps PHI density realistic). */
const FILL: Record<string, string> = {
  ed_triage: '{@tri_fill*1-3}', ed_physician: '{@ed_fill*1-3}', psych_intake: '{@psy_fill*1-3}', psych_progress: '{@psy_fill*1-2}',
  social_work: '{@sw_fill*1-3}', case_management: '{@sw_fill*1-3}', home_health: '{@hh_fill*1-2}', hospice: '{@hh_fill*1-2}',
  pt_note: '{@pt_fill*1-2}', pharmacy: '{@ph_fill*1-2}', telephone: '{@tel_fill*1-2}', portal: '{@por_fill*1-3}',
  prior_auth: '{@let_fill*1-3}', disability_letter: '{@let_fill*1-3}',
};

/** Continuation lines appended (as addenda, later log entries, extra findings) while a note is under ~80 words. */
const EXTRA: Record<string, string[]> = {
  ed_triage: ['{@tri_extra*2-3}', 'Reassessed {time}: {@vitals}. {@tri_extra}', 'Family: {rel.rel} {rel.full} at bedside, {phone}.', '{@tri_misc*2-3}', '{@nocue*1-2}', '{@ed_fill}'],
  ed_physician: ['Addendum {time}: {@edp_course*1-2}', '{@edp_hpi2*2-3}', '{@exam_line*2-3}', '{@nocue*1-2}', '{@ed_fill*1-2}', '{@ed_fill}'],
  psych_intake: ['{@psy_hpi2*2-3}', '{@psy_social2*1-2}', '{@nocue*1-2}', '{@psy_fill*1-2}', '{@psy_fill}'],
  psych_progress: ['{@psyp_s*2-3}', 'Collateral: {@sw_fam}', '{@psy_risk}', '{@nocue*1-2}', '{@psy_fill*1-2}', '{@psy_fill}'],
  social_work: ['{@sw_more*2-3}', 'Addendum {date:note} {time}: {@sw_more}', '{@nocue*1-2}', '{@sw_fill*1-2}', '{@sw_fill}'],
  case_management: ['{@cm_body*1-2}', 'Addendum: {@sw_more}', '{@nocue*1-2}', '{@sw_fill*1-2}', '{@sw_fill}'],
  home_health: ['{@hh_s*1-2} {@hh_obs*1-2}', '{@hh_teach}', '{@nocue*1-2}', '{@hh_fill*1-2}', '{@hh_fill}'],
  hospice: ['{@hos_s*2-3}', '{@hos_obs}', '{@nocue*1-2}', '{@hh_fill}', '{@hh_fill}'],
  pt_note: ['{@pt_s*1-2}', '{@pt_obj}', '{@pt_tx}', '{@nocue*1-2}', '{@pt_fill*1-2}', '{@pt_fill}'],
  pharmacy: ['{@ph_find*2-3}', 'Home meds per {pharmacy} fill hx: {@meds+3-5}.', '{@nocue*1-2}', '{@ph_fill*1-2}', '{@ph_fill}'],
  telephone: ['{@tel_line}', '{date:note} {time}: {@tel_line}', '{@nocue*1-2}', '{@tel_fill*1-2}'],
  portal: ['Follow-up from pt {date:note}: {@por_s*1-3}', '{@por_reply}', '{@tel_fill}'],
  prior_auth: ['{@pa_why*2-3}', 'Current medications: {@meds+3-5}.', '{@let_fill*1-2}', '{@let_fill}'],
  disability_letter: ['{@dis_s*2-3}', 'Diagnoses: {@pmh+2-3}.', '{@let_fill*1-2}', '{@let_fill}'],
};

function hashSeed(seed: number, i: number): number {
  let h = (seed ^ 0x9e3779b9) >>> 0;
  h = Math.imul(h ^ (i + 0x7f4a7c15), 0x85ebca6b) >>> 0;
  h ^= h >>> 13; h = Math.imul(h, 0xc2b2ae35) >>> 0; h ^= h >>> 16;
  return h >>> 0;
}

function one(seed: number, i: number): GeneratedNote {
  const rng = mulberry32(hashSeed(seed, i));
  const r = rng();
  const mode: Mode = r < 0.45 ? 'mixed' : r < 0.75 ? 'upper' : 'lower';
  const note = new Note(rng, mode);
  const style = STYLE_NAMES[Math.floor(rng() * STYLE_NAMES.length)]!;
  const skeletons = STYLES[style]!;
  const sk = note.pick(skeletons);
  note.date('note');
  note.person('pt');
  const lines: Seg[][] = sk.map((tpl) => { const o: Seg[] = []; note.expand(tpl, o); return o; });
  const count = (ls: Seg[][]): number => ls.reduce((a, l) => a + l.reduce((b, sg) => b + (sg.t.match(/\S+/g)?.length ?? 0), 0), 0);
  // the sign-off block starts at the first signature / cc line of the skeleton (else: the last line)
  let signAt = sk.findIndex((t, i) => i > 0 && /^\{@(sig_|let_sig|hh_sig|pt_sig|ph_sig|tel_sig|cc\})/.test(t));
  if (signAt < 0) signAt = lines.length >= 3 && style !== 'portal' ? lines.length - 1 : lines.length;
  for (let k = note.chance(0.85) ? note.int(1, 2) : 0; k > 0 && lines.length >= 2; k--) {
    const o: Seg[] = [];
    note.expand(FILL[style]!, o);
    lines.splice(note.int(Math.min(2, signAt), signAt), 0, o);
    signAt++;
  }
  const extra = EXTRA[style]!;
  const longOk = !['portal', 'prior_auth', 'disability_letter', 'pharmacy', 'ed_triage'].includes(style);
  const target = longOk && note.chance(0.18) ? note.int(200, 450) : note.int(80, 130);
  // addenda / further entries go before the sign-off line (the last line) when the skeleton has one
  const at = signAt;
  for (let guard = 0; guard < 40 && count(lines) < target; guard++) {
    const o: Seg[] = [];
    note.expand(note.pick(extra), o);
    lines.splice(at + 0, 0, o);
  }
  const segs: Seg[] = [];
  lines.forEach((l, li) => {
    if (li > 0) segs.push({ t: note.chance(0.08) ? '\n\n' : '\n' });
    segs.push(...l);
  });
  const sloppyRate = note.chance(0.4) ? note.rng() * 0.15 : 0;
  const { text, phi } = render(note, segs, sloppyRate);
  const p = note.person('pt');
  return { patient: `${p.first} ${p.last}`, text, phi, style };
}

export function generate(count: number, seed: number): GeneratedNote[] {
  const out: GeneratedNote[] = [];
  for (let i = 0; i < count; i++) out.push(one(seed, i));
  return out;
}
