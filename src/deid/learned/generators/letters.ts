/**
 * Writer "letters": a self-contained generator of labelled clinical correspondence and dictated notes
 * (discharge summaries, consult/clinic/referral letters, dictated operative notes and H&Ps, addenda,
 * letters to employers/schools/insurers, outpatient follow-up notes). Training data only: every
 * person, place, date and number is invented and every span is recorded while the text is written.
 */

// The project's seeded PRNG (mulberry32); this writer's first version inlined the same function.
import { mulberry32 } from '../../../util/prng.js';
export interface GeneratedSpan { start: number; end: number; category: string }
export interface GeneratedNote { patient: string; text: string; phi: GeneratedSpan[]; style: string }
export const WRITER_NAME = 'letters';

export const STYLES = [
  'discharge-summary',
  'consult-letter',
  'clinic-letter',
  'referral-letter',
  'operative-note',
  'history-physical',
  'addendum',
  'nonclinical-letter',
  'followup-note',
] as const;
export type Style = (typeof STYLES)[number];

// ---------------------------------------------------------------------------------------------
// Inventories (typed here; ASCII so that case changes keep offsets)
// ---------------------------------------------------------------------------------------------

const w = (s: string): string[] => [...new Set(s.trim().split(/\s*\|\s*/).filter((x) => x.length > 0))];

/** Given names, female-leaning. */
export const GIVEN_F = w(`
Abena | Adwoa | Akosua | Ama | Efua | Yaa | Chiamaka | Ngozi | Adaeze | Nneka | Folake | Funmilayo | Yetunde | Aminata | Fatoumata | Mariama |
Priya | Ananya | Lakshmi | Deepika | Sunita | Kavya | Meera | Shreya | Nandini | Harpreet | Simran | Farzana | Nasrin | Rukhsana |
Mei | Xiaoling | Yuki | Haruka | Akiko | Sakura | Ji-woo | Soo-ah | Minji | Hana | Linh | Thuy | Ngoc | Mai | Lan |
Olga | Svetlana | Natasha | Irina | Katarzyna | Agnieszka | Zofia | Milena | Jelena | Dragana | Ludmila | Oksana | Halyna |
Fatima | Aisha | Layla | Noor | Yasmin | Rania | Samira | Huda | Mariam | Zeinab | Leila |
Guadalupe | Maria | Lucia | Ximena | Rosario | Consuelo | Dolores | Marisol | Yesenia | Alejandra | Paloma | Esperanza | Milagros |
Siobhan | Aoife | Niamh | Saoirse | Maeve | Brigid | Eileen | Colleen | Deirdre | Roisin |
Ingrid | Astrid | Sigrid | Solveig | Freya | Linnea | Kirsten | Annika | Greta |
Eleni | Dimitra | Katerina | Sofia | Despina | Athena | Vasiliki |
Miriam | Rivka | Shoshana | Chava | Esther | Devorah | Tova | Yael | Naomi |
Winona | Aiyana | Kimi | Nayeli | Dyani | Tallulah | Chenoa |
Margaret | Dorothy | Evelyn | Gladys | Mildred | Bernadette | Theresa | Kathleen | Patricia | Barbara | Denise | Tammy | Kimberly | Heather | Brittany | Kayla | Madison | Ashley | Jennifer | Lorraine | Yvonne | Jacqueline | Cheryl | Wanda | Gwendolyn | Latoya | Shanice | Keisha | Tamika | Imani | Ebony |
Hope | Faith | Joy | Rose | Grace | Autumn | Summer | Dawn | April | May | June | Iris | Ivy | Lily | Daisy | Violet | Sandy | Penny | Ruby | Pearl | Crystal | Amber | Jewel | Destiny | Harmony | Melody | Star | Sky | Rain | Patience | Prudence | Charity | Mercy | Honor | Trinity | Serenity | Precious | Angel | Blessing | Holly | Ginger | Olive | Hazel | Robin | Brook | Page | Carol | Sunny | Misty | Candy | Charm | Bliss | Clover | Fern | Heaven
`);

/** Given names, male-leaning. */
export const GIVEN_M = w(`
Kwame | Kofi | Kwabena | Yaw | Kojo | Chukwuemeka | Obinna | Emeka | Oluwaseun | Babatunde | Adebayo | Tunde | Mamadou | Ousmane | Ibrahima | Sekou |
Rajesh | Arjun | Vikram | Sanjay | Rohan | Aditya | Gurpreet | Harjit | Imran | Tariq | Anil | Suresh | Venkatesh | Pradeep |
Wei | Jian | Hiroshi | Takeshi | Kenji | Ryo | Min-jun | Seo-jun | Jae-hyun | Duc | Minh | Huy | Tuan | Bao |
Dmitri | Sergei | Nikolai | Pavel | Tomasz | Piotr | Wojciech | Bogdan | Milos | Dragan | Vasyl | Taras | Andrzej |
Mohammed | Omar | Khalid | Youssef | Hassan | Karim | Tarek | Samir | Walid | Bilal | Mustafa |
Jose | Juan | Carlos | Luis | Jesus | Alejandro | Rafael | Ernesto | Guillermo | Joaquin | Mateo | Santiago | Osvaldo |
Padraig | Cormac | Eoin | Seamus | Declan | Fintan | Ciaran | Niall | Liam |
Bjorn | Lars | Sven | Anders | Magnus | Leif | Torsten | Einar | Nils |
Georgios | Nikos | Dimitrios | Kostas | Spiros | Yannis | Stavros |
Moshe | Yosef | Avraham | Shmuel | Eli | Menachem | Chaim | Ari |
Dakota | Takoda | Chayton | Ahanu | Kele | Enapay |
Harold | Walter | Eugene | Raymond | Gerald | Donald | Kenneth | Dennis | Gary | Wayne | Kevin | Brian | Travis | Tyler | Brandon | Cody | Dustin | Jamal | DeShawn | Tyrone | Darnell | Marcus | Terrence | Andre |
Will | Bill | Frank | Mark | Jasper | Hunter | Chase | Cash | Rocky | Skip | Buck | Rusty | Dusty | Heath | Forest | Glen | Dale | Miles | Guy | Art | Gene | Earl | Duke | Prince | Major | Sterling | Bud | Buddy | Reed | Jay | Drew | Lane | Clay | Cliff | Rod | Sonny | Rich | Ray | Pat | Chance | River | Storm | Gift | Grant | Wade | Bishop | Royal | King | Ace | Colt | Lucky | Shepherd | Booker | Sonny-Boy | Major-Lee | Stone | Price | Ward
`);

/** Surnames from many origins; a large share are ordinary English words. */
export const SURNAMES = w(`
Okafor | Adeyemi | Mensah | Owusu | Asante | Boateng | Nwosu | Eze | Okonkwo | Adebayo | Oyelaran | Diallo | Traore | Coulibaly | Keita | Ndiaye | Sow | Camara | Osei | Appiah | Quaye | Addo | Agyeman | Danso | Nkemelu | Uche | Abiodun | Olatunji |
Patel | Shah | Gupta | Sharma | Iyer | Nair | Reddy | Krishnan | Chatterjee | Banerjee | Mukherjee | Desai | Mehta | Joshi | Kapoor | Malhotra | Singh | Kaur | Gill | Sandhu | Dhillon | Rahman | Chowdhury | Hossain | Qureshi | Siddiqui | Venkataraman | Subramanian | Pillai | Menon |
Chen | Wang | Li | Zhang | Liu | Huang | Zhao | Wu | Lin | Tanaka | Suzuki | Watanabe | Yamamoto | Nakamura | Kobayashi | Sato | Kim | Park | Choi | Jung | Kang | Nguyen | Tran | Pham | Le | Vo | Dang | Bui | Hoang |
Kowalski | Nowak | Wisniewski | Wojcik | Kaminski | Lewandowski | Zielinski | Szymanski | Dabrowski | Ivanov | Petrov | Smirnov | Sokolov | Volkov | Kuznetsov | Popescu | Horvath | Novak | Dvorak | Petrovic | Jovanovic | Kovacevic | Shevchenko | Bondarenko | Kravchenko | Melnyk |
Haddad | Khoury | Nasser | Saleh | Hamdan | Mansour | Aziz | Farah | Rahimi | Hosseini | Karimi | Abdallah | El-Amin | Al-Rashid | Bakr | Suleiman | Yousef |
Garcia | Rodriguez | Martinez | Hernandez | Lopez | Gonzalez | Perez | Sanchez | Ramirez | Torres | Flores | Rivera | Gomez | Diaz | Morales | Ortiz | Gutierrez | Castillo | Mendoza | Ruiz | Alvarez | Romero | Navarro | Delgado | Vargas | Salazar | Espinoza | Fuentes | Villanueva | Quintero |
de la Cruz | de la Rosa | del Valle | de Jesus | San Miguel | Santa Maria | Van Buren | Van der Berg | Van Dyke | Vander Meer | De Luca | Di Stefano | La Rosa | St. Pierre | St. John | Le Blanc | Du Bois | Ten Eyck | bin Laden-Sayed | Abu-Hamdan |
O'Neill | O'Brien | O'Connor | O'Sullivan | O'Malley | O'Rourke | O'Donnell | O'Leary | O'Hara | McCarthy | McGrath | McNamara | McLaughlin | McDermott | McKenna | McBride | McGuire | MacDonald | MacKenzie | MacLeod | MacNeil | MacAllister | Fitzgerald | Fitzpatrick | Gallagher | Kavanagh | Doherty | Byrne | Quinlan | Dunne | Brennan | Keane | Sweeney | Moriarty |
Johansson | Lindqvist | Andersson | Nilsson | Eriksson | Larsen | Halvorsen | Bergstrom | Sundberg | Lundgren | Haugen | Solberg | Thorsen | Nygaard | Dahl | Berg | Holm | Strand |
Papadopoulos | Georgiou | Konstantinidis | Dimitriou | Nikolaidis | Pappas | Karras | Christodoulou | Stavrou | Alexiou |
Cohen | Levy | Goldberg | Katz | Friedman | Rosenberg | Shapiro | Weinstein | Schwartz | Kaplan | Adler | Blum | Feldman | Horowitz | Lieberman | Mizrahi | Ben-David | Avraham |
Begay | Yazzie | Tsosie | Benally | Nez | Redcloud | Whitehorse | Runningwater | Two Bulls | Littlewolf | Yellowhair | Manygoats | Silversmith | Tallbear |
Okafor-Lindqvist | Garcia-Marquez | Smith-Jones | Nguyen-Tran | Patel-Hughes | Hamilton-Reyes | Mensah-Boateng | Kowalski-Brandt | Reyes-Ortega | Chen-Whitfield | Lopez-Abernathy |
Smith | Johnson | Williams | Jones | Davis | Wilson | Anderson | Thomas | Jackson | Harris | Thompson | Robinson | Lewis | Clarke | Allen | Wright | Scott | Adams | Nelson | Mitchell | Roberts | Campbell | Parker | Evans | Edwards | Collins | Stewart | Morris | Rogers | Reed | Morgan | Murphy | Bailey | Cooper | Richardson | Howard | Cox | Peterson | Gray | Watson | Kelly | Sanders | Bennett | Butler | Barnes | Henderson | Coleman | Jenkins | Perry | Powell | Patterson | Hughes | Simmons | Foster | Bryant | Alexander | Russell | Griffin | Hayes | Myers | Ford | Hamilton | Graham | Sullivan | Wallace | Woods | Cole | West | Jordan | Owens | Reynolds | Fisher | Ellis | Harrison | Gibson | Mcdonald | Cruz | Marshall | Gomes | Medeiros | Pereira | Silva | Souza | Costa | Almeida | Tavares | Furtado | Cabral | Rapoza |
Hill | Stone | Wood | Young | Price | Moody | Cook | Best | Rich | Little | Love | Day | Gay | Early | Hand | Fields | Bush | King | Sharp | Summers | Wells | Marsh | Ward | Brown | White | Black | Green | Long | Short | Strong | Small | Bird | Fox | Wolf | Lamb | Crane | Swan | Baker | Miller | Porter | Carpenter | Mason | Hunter | Turner | Walker | Rivers | Brooks | Banks | Lake | Pond | Bridges | Castle | Church | Chapel | Hall | House | Street | Lane | Field | Meadows | Winter | Frost | Snow | Rain | Gold | Silver | Steel | Cross | Hart | Noble | Golden | Sweet | Hope | Joy | Bliss | Moss | Rush | Lively | Power | Wise | Hardy | Goodman | Freeman | Good | Major | Bishop | Pope | Dean | Judge | Knight | Page | Grant | Bond | Cash | Money | Penny | Rice | Bean | Pepper | Sugar | Honey | Berry | Plum | Peach | Branch | Root | Ash | Oak | Birch | Pine | Elm | Holly | Moon | Star | Coffey | Waters | Waterman | Sparrow | Raven | Hawk | Finch | Nightingale | Partridge | Pickering | Armstrong | Strange | Savage | Gentle | Kindred | Tender | Merry | Bright | Dark | Proud | Worthy | Sterling | Chambers | Stairs | Gates | Wall | Barn | Stables | Mills | Glass | Spring | Fountain | Brook | Dale | Ridge | Vale | Heath | Moore | Marsh | Woodward | Underwood | Oakley | Ashby | Rowe | Speed | Swift | Slaughter | Stout | Fairweather | Goodnight | Lovejoy | Friend | Batchelor | Child | Fairchild | Kidd | Bachelor | Parrish | Temple | Abbott | Monk | Priest | Deacon | Chaplin | Sexton | Steward | Chancellor | Marshal | Sargent | Constable | Warden | Sheppard | Carter | Wheeler | Cartwright | Thatcher | Fowler | Hooper | Barber | Tanner | Dyer | Salter | Spicer | Webb | Brewer | Butcher | Archer | Bowman | Fletcher | Cutler | Sawyer
`);

/** Towns: real-sounding, invented, and towns made of ordinary words. */
export const TOWNS = w(`
Orchard Ridge | Maple Terrace | Stony Brook | Fall River | Granite Falls | Cedar Hollow | Pine Bluff | Willow Creek | Elm Grove | Oak Harbor | Birch Run | Ashland | Mill Valley | Spring Lake | Clear Lake | Fox Chapel | Bear Creek | Eagle Point | Deer Park | Rock Hill | Sandy Hook | Silver Spring | Golden Valley | Pleasant Hill | Fair Haven | Green Bay | Red Bank | White Plains | Black River Falls | Blue Ash | Long Branch | Little Rock | Grand Rapids | Cold Spring | Warm Springs | Hope Valley | Harmony | Liberty | Independence | Unity | Concord | Providence | Bountiful | Paradise | Eden | Plainfield | Fairfield | Greenfield | Springfield | Westfield | Northfield | Brookfield | Marshfield | Bloomfield | Middletown | Newtown | Georgetown | Jamestown | Hyde Park | Forest Hills | Sunset Park | Lakewood | Riverside | Riverdale | Bridgewater | Clearwater | Stillwater | Blackstone | Whitestone | Sandstone | Redwood Falls | Crystal Lake | Diamond Bar | Pearl River | Iron Mountain | Copper Harbor | Salt Lick | Sugar Land | Honey Brook | Berry Hill | Apple Valley | Cherry Hill | Peach Bottom | Plum Island | Walnut Creek | Chestnut Ridge | Hickory Flats | Laurel Springs | Holly Springs | Magnolia | Ivy Hill | Rosemont | Lily Dale | Daisy Hill | Sunflower | Meadowbrook | Brookside | Hillsdale | Glen Ellyn | Dale City | Valley Forge | Kings Mountain | Queens Landing | Princeton Junction | Bishop's Corner | Abbot's Cross | Chapel Hill | Church Point | Temple Terrace | Mount Hope | Mount Pleasant | Mount Vernon | Port Jervis | Port Orchard | New Bedford | New Haven | Old Saybrook | Worcester | Framingham | Leominster | Fitchburg | Pawtucket | Woonsocket | Chicopee | Holyoke | Lowell | Lawrence | Haverhill | Brockton | Taunton | Attleboro | Quincy | Revere | Chelsea | Everett | Malden | Medford | Waltham | Natick | Shrewsbury | Marlborough | Gardner | Athol | Ware | Palmer | Amherst | Northampton | Pittsfield | North Adams | Greenville | Franklin | Clinton | Salem | Dover | Milford | Auburn | Oxford | Cambridge | Manchester | Portsmouth | Nashua | Keene | Bangor | Lewiston | Burlington | Rutland | Bennington | Danbury | Waterbury | Norwich | Stamford | Hartford | Scranton | Wilkes-Barre | Altoona | Erie | Utica | Schenectady | Binghamton | Poughkeepsie | Kingston | Ithaca | Elmira | Plattsburgh | Toledo | Dayton | Akron | Youngstown | Flint | Saginaw | Kalamazoo | Muncie | Terre Haute | Peoria | Joliet | Rockford | Dubuque | Duluth | Mankato | Fargo | Bismarck | Casper | Laramie | Pueblo | Flagstaff | Yuma | Gallup | Farmington | Window Rock | Shiprock | Tuba City | Chinle | Kayenta | Las Cruces | Odessa | Abilene | Laredo | Brownsville | McAllen | Harlingen | El Centro | Visalia | Modesto | Fresno | Eureka | Medford Lakes | Bend | Yakima | Spokane | Wenatchee | Missoula | Billings | Bozeman | Pocatello | Twin Falls | Ogden | Provo | Moab | Tupelo | Hattiesburg | Meridian | Dothan | Macon | Valdosta | Savannah | Florence | Sumter | Rocky Mount | Wilson | Goldsboro | Asheville | Boone | Morgantown | Wheeling | Beckley | Roanoke | Lynchburg | Danville | Hagerstown | Frederick | Salisbury | Dover Beach | Lewes | Cape May | Toms River | Vineland | Paterson | Passaic | Hoboken | Yonkers | Hempstead | Islip | Riverhead | Montauk | East Haddam | West Tisbury | Vinalhaven | Bar Harbor
`);

/** Misspellings staff actually type for a few towns (still marked LOCATION). */
export const TOWN_TYPOS: Record<string, string> = {
  Worcester: 'Worchester', Leominster: 'Leominister', Framingham: 'Framingam', Marlborough: 'Marlboro', Schenectady: 'Schenectedy',
  Poughkeepsie: 'Poughkeepse', Albuquerque: 'Albequerque', Pittsfield: 'Pitsfield', Haverhill: 'Haverill', Shrewsbury: 'Shrewsberry',
  Chicopee: 'Chicopie', Pawtucket: 'Pawtuckett', Woonsocket: 'Woonsockett', Binghamton: 'Binghampton', Plattsburgh: 'Plattsburg',
};

export const STATES: ReadonlyArray<readonly [string, string]> = [
  ['Massachusetts', 'MA'], ['Rhode Island', 'RI'], ['Connecticut', 'CT'], ['New Hampshire', 'NH'], ['Vermont', 'VT'], ['Maine', 'ME'],
  ['New York', 'NY'], ['New Jersey', 'NJ'], ['Pennsylvania', 'PA'], ['Ohio', 'OH'], ['Michigan', 'MI'], ['Indiana', 'IN'], ['Illinois', 'IL'],
  ['Iowa', 'IA'], ['Minnesota', 'MN'], ['North Dakota', 'ND'], ['Wyoming', 'WY'], ['Colorado', 'CO'], ['Arizona', 'AZ'], ['New Mexico', 'NM'],
  ['Texas', 'TX'], ['California', 'CA'], ['Oregon', 'OR'], ['Washington', 'WA'], ['Montana', 'MT'], ['Idaho', 'ID'], ['Utah', 'UT'],
  ['Mississippi', 'MS'], ['Alabama', 'AL'], ['Georgia', 'GA'], ['South Carolina', 'SC'], ['North Carolina', 'NC'], ['West Virginia', 'WV'],
  ['Virginia', 'VA'], ['Maryland', 'MD'], ['Delaware', 'DE'], ['Florida', 'FL'], ['Kentucky', 'KY'], ['Tennessee', 'TN'], ['Louisiana', 'LA'],
];

export const COUNTRIES = w(`
Ghana | Nigeria | Senegal | Mali | Guinea | Sierra Leone | Liberia | Cape Verde | Haiti | Dominican Republic | Puerto Rico | Jamaica | Trinidad |
Mexico | Guatemala | El Salvador | Honduras | Colombia | Peru | Ecuador | Brazil | Portugal | the Azores | Ireland | Scotland | Poland | Ukraine | Russia |
Bosnia | Serbia | Albania | Greece | Lebanon | Syria | Iraq | Iran | Afghanistan | Somalia | Ethiopia | Eritrea | Kenya | India | Pakistan | Bangladesh |
Nepal | Bhutan | Vietnam | Cambodia | Laos | China | Korea | Japan | the Philippines | Sweden | Norway | Israel | Morocco | Egypt
`);

export const COUNTIES = w(`
Worcester County | Hampden County | Bristol County | Plymouth County | Essex County | Berkshire County | Franklin County | Hampshire County |
Middlesex County | Barnstable County | Orange County | Dutchess County | Ulster County | McKinley County | San Juan County | Apache County | Navajo County | Cuyahoga County | Kent County
`);

export const STREET_NAMES = w(`
Orchard Ridge | Maple | Elm | Oak | Pine | Cedar | Birch | Chestnut | Walnut | Hickory | Willow | Spruce | Main | Church | School | Mill | Water | Spring | High | Pleasant |
Prospect | Summer | Winter | Union | Washington | Lincoln | Franklin | Jefferson | Madison | Park | Center | Central | Depot | Railroad | Canal | River | Lake | Pond | Brook |
Hill | Ridge | Valley | Meadow | Forest | Grove | Highland | Lakeview | Hillside | Sunset | Sunrise | Bay | Harbor | Beach | Shore | Cliff | Granite | Quarry | Stone |
Front | Market | Bridge | King | Queen | Prince | Bishop | Abbey | Chapel | Temple | Academy | College | Garden | Rose | Lily | Holly | Laurel | Ivy | Magnolia | Cherry |
Apple Blossom | Country Club | Old County | Old Post | Turnpike | Boston Post | Shrewsbury | Grafton | Belmont | Pleasant Valley | Fox Run | Deer Path | Heron Cove | Quail Hollow | Martin Luther King Jr | Cesar Chavez
`);
export const STREET_TYPES = w(`St | Street | Rd | Road | Ave | Avenue | Dr | Drive | Ln | Lane | Way | Ct | Court | Blvd | Terrace | Pl | Place | Circle | Pkwy | Hwy`);

export interface Institution { name: string; short: string[]; kind: 'hospital' | 'clinic' | 'snf' | 'rehab' }

/** Hospitals, clinics, rehab and nursing facilities, with the short names and acronyms staff use. */
export const INSTITUTIONS: Institution[] = [
  { name: "St. Brigid's Medical Center", short: ["St. Brigid's", 'SBMC', "Brigid's"], kind: 'hospital' },
  { name: 'UMass Memorial Medical Center', short: ['UMass Memorial', 'UMMC', 'UMass'], kind: 'hospital' },
  { name: 'Saint Vincent Hospital', short: ['St. Vincent', 'SVH', "St. Vin's"], kind: 'hospital' },
  { name: 'Fall River Regional Hospital', short: ['FRRH', 'Fall River Regional'], kind: 'hospital' },
  { name: 'Granite Falls Community Hospital', short: ['GFCH', 'Granite Falls Community'], kind: 'hospital' },
  { name: 'Orchard Ridge General Hospital', short: ['ORGH', 'Orchard General'], kind: 'hospital' },
  { name: 'Mercy Hospital of Maple Terrace', short: ['Mercy', 'Mercy MT'], kind: 'hospital' },
  { name: 'Baystate Medical Center', short: ['Baystate', 'BMC'], kind: 'hospital' },
  { name: 'Berkshire Medical Center', short: ['Berkshire Med', 'BerkMed'], kind: 'hospital' },
  { name: 'Cooley Dickinson Hospital', short: ['Cooley Dick', 'CDH'], kind: 'hospital' },
  { name: 'Heywood Hospital', short: ['Heywood'], kind: 'hospital' },
  { name: 'Harrington Memorial Hospital', short: ['Harrington', 'HMH'], kind: 'hospital' },
  { name: 'Milford Regional Medical Center', short: ['Milford Regional', 'MRMC'], kind: 'hospital' },
  { name: 'MetroWest Medical Center', short: ['MetroWest', 'MWMC'], kind: 'hospital' },
  { name: 'Charlton Memorial Hospital', short: ['Charlton Memorial', 'Charlton'], kind: 'hospital' },
  { name: "St. Luke's Hospital of New Bedford", short: ["St. Luke's", 'SLH'], kind: 'hospital' },
  { name: 'Sturdy Memorial Hospital', short: ['Sturdy', 'Sturdy Memorial'], kind: 'hospital' },
  { name: 'Good Samaritan Medical Center', short: ['Good Sam', 'GSMC'], kind: 'hospital' },
  { name: 'Holy Family Hospital', short: ['Holy Family', 'HFH'], kind: 'hospital' },
  { name: 'Lawrence General Hospital', short: ['Lawrence General', 'LGH'], kind: 'hospital' },
  { name: 'Salem Hospital', short: ['Salem Hosp'], kind: 'hospital' },
  { name: 'Anna Jaques Hospital', short: ['Anna Jaques', 'AJH'], kind: 'hospital' },
  { name: 'Lowell General Hospital', short: ['Lowell General', 'LoGen'], kind: 'hospital' },
  { name: 'Emerson Hospital', short: ['Emerson'], kind: 'hospital' },
  { name: 'Newton-Wellesley Hospital', short: ['Newton-Wellesley', 'NWH'], kind: 'hospital' },
  { name: 'Beth Israel Deaconess Medical Center', short: ['BIDMC', 'Beth Israel', 'the Beth'], kind: 'hospital' },
  { name: "Brigham and Women's Hospital", short: ['the Brigham', 'BWH', "Brigham and Women's"], kind: 'hospital' },
  { name: 'Massachusetts General Hospital', short: ['MGH', 'Mass General', 'the General'], kind: 'hospital' },
  { name: 'Tufts Medical Center', short: ['Tufts MC', 'TMC', 'New England Medical Center'], kind: 'hospital' },
  { name: 'Lahey Hospital and Medical Center', short: ['Lahey', 'Lahey Burlington'], kind: 'hospital' },
  { name: 'Rhode Island Hospital', short: ['RIH', 'Rhode Island Hospital'], kind: 'hospital' },
  { name: 'Miriam Hospital', short: ['the Miriam', 'TMH'], kind: 'hospital' },
  { name: 'Kent County Memorial Hospital', short: ['Kent Hospital', 'KCMH'], kind: 'hospital' },
  { name: 'Hartford Hospital', short: ['HH', 'Hartford Hosp'], kind: 'hospital' },
  { name: 'Yale New Haven Hospital', short: ['YNHH', 'Yale'], kind: 'hospital' },
  { name: 'Dartmouth-Hitchcock Medical Center', short: ['DHMC', 'Dartmouth', 'Mary Hitchcock'], kind: 'hospital' },
  { name: 'Maine Medical Center', short: ['MMC', 'Maine Med'], kind: 'hospital' },
  { name: 'Gallup Indian Medical Center', short: ['GIMC', 'Gallup IMC'], kind: 'hospital' },
  { name: 'Northern Navajo Medical Center', short: ['NNMC', 'Shiprock hospital'], kind: 'hospital' },
  { name: 'Chinle Comprehensive Health Care Facility', short: ['Chinle CHCF', 'CCHCF'], kind: 'hospital' },
  { name: 'Stony Brook Valley Hospital', short: ['SBVH', 'Stony Brook Valley'], kind: 'hospital' },
  { name: 'Cedar Hollow Regional Medical Center', short: ['CHRMC', 'Cedar Hollow Regional'], kind: 'hospital' },
  { name: 'Our Lady of the Lake Hospital', short: ['OLOL', 'Our Lady'], kind: 'hospital' },
  { name: 'Pleasant Hill Veterans Affairs Medical Center', short: ['Pleasant Hill VA', 'PHVAMC', 'the VA in Pleasant Hill'], kind: 'hospital' },
  { name: 'Edith Nourse Rogers Memorial Veterans Hospital', short: ['Bedford VA', 'ENRM VA'], kind: 'hospital' },
  { name: "Shriners Hospital for Children - Springfield", short: ['Shriners', 'Shriners Springfield'], kind: 'hospital' },
  { name: 'Orchard Ridge Family Health Center', short: ['ORFHC', 'Orchard Ridge FHC'], kind: 'clinic' },
  { name: 'Great Brook Valley Health Center', short: ['GBVHC', 'Great Brook Valley'], kind: 'clinic' },
  { name: 'Family Health Center of Worcester', short: ['FHCW', 'Family Health Center'], kind: 'clinic' },
  { name: 'Edward M. Kennedy Community Health Center', short: ['EMK CHC', 'Kennedy CHC'], kind: 'clinic' },
  { name: 'Caring Health Center', short: ['Caring Health'], kind: 'clinic' },
  { name: 'Maple Terrace Cardiology Associates', short: ['MTCA', 'Maple Terrace Cardiology'], kind: 'clinic' },
  { name: 'Granite Falls Orthopedic Group', short: ['GFOG', 'Granite Falls Ortho'], kind: 'clinic' },
  { name: 'Fall River Pulmonary & Sleep', short: ['FRPS', 'Fall River Pulmonary'], kind: 'clinic' },
  { name: 'Willow Creek Pediatrics', short: ['WCP', 'Willow Creek Peds'], kind: 'clinic' },
  { name: 'Riverside Gastroenterology', short: ['Riverside GI'], kind: 'clinic' },
  { name: 'Blackstone Valley Neurology', short: ['BVN', 'Blackstone Neuro'], kind: 'clinic' },
  { name: 'Harmony Women\'s Health', short: ["Harmony WH"], kind: 'clinic' },
  { name: 'Pine Bluff Dermatology', short: ['Pine Bluff Derm'], kind: 'clinic' },
  { name: 'Clearwater Oncology & Hematology', short: ['COH', 'Clearwater Onc'], kind: 'clinic' },
  { name: 'Bridgewater Urology Associates', short: ['BUA', 'Bridgewater Uro'], kind: 'clinic' },
  { name: 'Lakewood Kidney Care', short: ['Lakewood Kidney', 'LKC'], kind: 'clinic' },
  { name: 'Spaulding Rehabilitation Hospital', short: ['Spaulding', 'SRH'], kind: 'rehab' },
  { name: 'Fairlawn Rehabilitation Hospital', short: ['Fairlawn', 'Fairlawn Rehab'], kind: 'rehab' },
  { name: 'Whittier Rehabilitation Hospital', short: ['Whittier', 'Whittier Rehab'], kind: 'rehab' },
  { name: 'Encompass Health Rehabilitation of New England', short: ['Encompass', 'Encompass NE'], kind: 'rehab' },
  { name: 'Meadowbrook Rehabilitation and Nursing', short: ['Meadowbrook', 'Meadowbrook Rehab'], kind: 'snf' },
  { name: 'Willow Crest Nursing Home', short: ['Willow Crest'], kind: 'snf' },
  { name: 'Holy Trinity Eastern Orthodox Nursing and Rehabilitation Center', short: ['Holy Trinity', 'Holy Trinity NH'], kind: 'snf' },
  { name: 'Jewish Healthcare Center', short: ['JHC', 'the Jewish Home'], kind: 'snf' },
  { name: 'Life Care Center of Stony Brook', short: ['Life Care', 'LCC Stony Brook'], kind: 'snf' },
  { name: 'Golden Pond Assisted Living', short: ['Golden Pond'], kind: 'snf' },
  { name: 'The Oaks at Cedar Hollow', short: ['the Oaks'], kind: 'snf' },
  { name: 'Sunrise Senior Living of Fairfield', short: ['Sunrise', 'Sunrise Fairfield'], kind: 'snf' },
  { name: 'Birchwood Manor Skilled Nursing', short: ['Birchwood', 'Birchwood Manor'], kind: 'snf' },
  { name: 'Hope House Hospice', short: ['Hope House'], kind: 'snf' },
];

export const EMPLOYERS = w(`
Medtronic | Boston Scientific | Raytheon | General Dynamics | Pratt & Whitney | Electric Boat | UPS | FedEx | Amazon | the Amazon warehouse in Fall River | Walmart | Target | Home Depot | Lowe's |
Stop & Shop | Market Basket | Price Chopper | Hannaford | Big Y | Dunkin' | Starbucks | McDonald's | Friendly's | Wendy's | Verizon | Comcast | National Grid | Eversource |
Hollis Freight Lines | Granite Falls Paper Company | Cedar Hollow Sand & Gravel | Orchard Ridge Public Schools | Fall River Fire Department | Worcester PD | MBTA | Amtrak | USPS |
Fidelity | Liberty Mutual | Hanover Insurance | Staples | TJX | Bose | Hasbro | CVS Health | Dana-Farber | Reliant Medical Group | Polar Beverages | Saint-Gobain | Norton Abrasives |
Quabbin Regional School District | Navajo Nation Division of Transportation | Peabody Coal | Sandia Labs | Intel | Tyson Foods | Pilgrim's Pride | Ocean Spray | Cape Cod Potato Chips |
Maple Terrace Auto Body | Riverside Diner | Bluebird Cleaning Services | Stone & Sons Roofing | Hope Valley Landscaping | Little Angels Daycare | Sunny Days Childcare | Brooks Pharmacy | Holiday Inn Express in Auburn
`);

export const SCHOOLS = w(`
Maple Terrace Elementary School | Orchard Ridge Middle School | Granite Falls High School | Fall River Durfee High School | Doherty Memorial High School | Burncoat High | South High Community School |
Holy Name Central Catholic | St. Peter-Marian | Bancroft School | Worcester Technical High School | Quinsigamond Community College | QCC | Worcester State University | Clark University |
WPI | Holy Cross | Assumption University | Bristol Community College | UMass Dartmouth | UMass Amherst | Westfield State | Fitchburg State | Becker College | Mount Wachusett Community College |
Navajo Technical University | Dine College | Window Rock High School | Chinle Elementary | Willow Creek Montessori | Little Acorns Preschool | Head Start on Chandler Street | Bright Horizons in Westborough
`);

export const CHURCHES = w(`
St. Casimir's Parish | St. John's Church | St. Anne's | Our Lady of Fatima Church | First Baptist Church of Orchard Ridge | Mount Olive Baptist Church | Grace Lutheran Church | Temple Beth Shalom |
Temple Emanuel | Congregation Beth Israel | Masjid al-Noor | the Islamic Society of Greater Worcester | Holy Trinity Greek Orthodox Church | Kingdom Hall on Pleasant Street | Iglesia Pentecostal Fuente de Vida |
Hope Fellowship Church | New Life Assembly of God | First Congregational Church of Stony Brook | St. Mary's Ukrainian Catholic Church | Sri Lakshmi Temple | Gurdwara Sahib of Milford
`);

export const PHARMACIES = w(`
CVS | CVS on Park Ave | Walgreens | Walgreens in Shrewsbury | Rite Aid | Costello's Pharmacy | Stop & Shop Pharmacy | Big Y Pharmacy | Price Chopper Pharmacy | Kinney Drugs | Brooks Pharmacy |
Hope Valley Apothecary | Granite Falls Drug | Main Street Pharmacy | Walmart Pharmacy | Express Scripts mail order | OptumRx | the IHS pharmacy in Chinle
`);

export const INSURERS = w(`
Blue Cross Blue Shield of Massachusetts | BCBS | Tufts Health Plan | Harvard Pilgrim | Fallon Health | Fallon Community Health Plan | Aetna | Cigna | UnitedHealthcare | Humana | Neighborhood Health Plan | BMC HealthNet | Health New England | Liberty Mutual | The Hartford | MetLife | Unum | Lincoln Financial | Sedgwick | Travelers
`);

export const SHELTERS = w(`
Pine Street Inn | Friendly House | the Mustard Seed | Hope House shelter | Veterans Inn | Salvation Army shelter on Main Street | Abby's House | SMOC shelter in Framingham`);

export const TRANSCRIPTION_COS = w(`Keystrokes Transcription | MedQuist | Nuance eScription | Acusis | iMedX | Granite Falls Dictation Services`);

const NICKNAMES: Record<string, string[]> = {
  Margaret: ['Peggy', 'Maggie', 'Peg'], Patricia: ['Patty', 'Trish'], Kathleen: ['Kathy', 'Kath'], Dorothy: ['Dot', 'Dottie'], Barbara: ['Barb', 'Babs'],
  Jennifer: ['Jen', 'Jenny'], Kimberly: ['Kim'], Gerald: ['Jerry'], Kenneth: ['Ken', 'Kenny'], Donald: ['Don', 'Donnie'], Raymond: ['Ray'],
  Walter: ['Walt'], Harold: ['Hal', 'Harry'], Eugene: ['Gene'], Dennis: ['Denny'], Babatunde: ['Tunde'], Chukwuemeka: ['Emeka'], Oluwaseun: ['Seun'],
  Alejandro: ['Alex'], Guadalupe: ['Lupe'], Dolores: ['Lola'], Jose: ['Pepe'], Kwabena: ['Kobby'], Dimitrios: ['Jimmy'], Georgios: ['George'],
  Yosef: ['Yossi'], Avraham: ['Avi'], Svetlana: ['Sveta'], Natasha: ['Tasha'], Vikram: ['Vik'], Venkatesh: ['Venky'], Aditya: ['Adi'],
  Mildred: ['Millie'], Gwendolyn: ['Gwen'], Jacqueline: ['Jackie'], Theresa: ['Terry', 'Tess'], Bernadette: ['Bernie'], Katarzyna: ['Kasia'],
  Wojciech: ['Wojtek'], Seamus: ['Shay'], Padraig: ['Paddy'], Terrence: ['Terry'], Santiago: ['Santi'], Esperanza: ['Espe'], Guillermo: ['Memo'],
  Mohammed: ['Mo'], Abena: ['Abby'], Adwoa: ['Addie'], Funmilayo: ['Funmi'], Ananya: ['Annie'], Xiaoling: ['Lily'], Nikolai: ['Kolya'],
};

// ---------------------------------------------------------------------------------------------
// Randomness and text building
// ---------------------------------------------------------------------------------------------


class Rng {
  private readonly next: () => number;
  constructor(seed: number) { this.next = mulberry32(seed); }
  f(): number { return this.next(); }
  int(lo: number, hi: number): number { return lo + Math.floor(this.next() * (hi - lo + 1)); }
  chance(p: number): boolean { return this.next() < p; }
  pick<T>(a: readonly T[]): T {
    if (a.length === 0) throw new Error('pick from empty list');
    return a[Math.floor(this.next() * a.length)] as T;
  }
  /** k distinct items, order random. */
  some<T>(a: readonly T[], k: number): T[] {
    const c = [...a];
    this.shuffle(c);
    return c.slice(0, Math.min(k, c.length));
  }
  shuffle<T>(a: T[]): T[] {
    for (let i = a.length - 1; i > 0; i--) {
      const j = Math.floor(this.next() * (i + 1));
      const t = a[i] as T;
      a[i] = a[j] as T;
      a[j] = t;
    }
    return a;
  }
  digits(n: number): string { let s = ''; for (let i = 0; i < n; i++) s += String(this.int(0, 9)); return s; }
  letters(n: number): string { let s = ''; for (let i = 0; i < n; i++) s += String.fromCharCode(65 + this.int(0, 25)); return s; }
}

type Cat = 'NAME' | 'LOCATION' | 'STATE' | 'DATE' | 'DATE_YEAR' | 'AGE' | 'PHONE' | 'ID' | 'EMAIL' | 'URL' | 'OTHER';
export const CATEGORIES: readonly Cat[] = ['NAME', 'LOCATION', 'STATE', 'DATE', 'DATE_YEAR', 'AGE', 'PHONE', 'ID', 'EMAIL', 'URL', 'OTHER'];
interface Phi { readonly v: string; readonly c: Cat }
type Piece = string | Phi | null | undefined | false | readonly Piece[];

const N = (v: string): Phi => ({ v, c: 'NAME' });
const L = (v: string): Phi => ({ v, c: 'LOCATION' });
const ST = (v: string): Phi => ({ v, c: 'STATE' });
const ID = (v: string): Phi => ({ v, c: 'ID' });
const PH = (v: string): Phi => ({ v, c: 'PHONE' });
const OT = (v: string): Phi => ({ v, c: 'OTHER' });

type CaseMode = 'mixed' | 'upper' | 'lower';

const TYPOS: Record<string, string> = {
  patient: 'pateint', received: 'recieved', follow: 'folow', discharge: 'dischagre', history: 'hsitory', evaluation: 'evalaution',
  appointment: 'appointmnet', recommend: 'reccomend', significant: 'signficant', tomorrow: 'tommorow', definitely: 'definately',
  separate: 'seperate', occurred: 'occured', surgery: 'surgey', abdomen: 'abdoemn', bilateral: 'bilaterl', symptoms: 'symtoms',
  improved: 'imporved', medications: 'medicaitons', started: 'startd', without: 'wihtout', because: 'becuase', and: 'adn',
  the: 'teh', with: 'wiht', normal: 'nromal', continue: 'contineu', breathing: 'breathign', weakness: 'weaknes', their: 'thier',
  which: 'whcih', please: 'pelase', sincerely: 'sincerly', referring: 'refering', pleasure: 'pleasrue', shortness: 'shortnes',
};

interface Noise { typo: number; dblSpace: number; dropPeriod: number; noSpace?: number }

class Builder {
  text = '';
  readonly phi: GeneratedSpan[] = [];
  constructor(private readonly r: Rng, readonly mode: CaseMode, private readonly noise: Noise) {}

  private cased(s: string): string {
    const t = this.mode === 'upper' ? s.toUpperCase() : this.mode === 'lower' ? s.toLowerCase() : s;
    return t.length === s.length ? t : s;
  }

  private lit(s: string): void {
    let t = s;
    if (this.noise.typo > 0) {
      t = t.replace(/[A-Za-z]+/g, (m) => {
        const k = m.toLowerCase();
        const typo = TYPOS[k];
        if (typo !== undefined && this.r.chance(this.noise.typo)) return m[0] === m[0]?.toUpperCase() && m.length > 1 && m[1] === m[1]?.toLowerCase() ? typo[0]!.toUpperCase() + typo.slice(1) : typo;
        return m;
      });
    }
    if (this.noise.dblSpace > 0) t = t.replace(/(\S) (\S)/g, (m, a: string, b: string) => (this.r.chance(this.noise.dblSpace) ? `${a}  ${b}` : m));
    const ns = this.noise.noSpace ?? 0;
    if (ns > 0) t = t.replace(/([a-z][.,;]) (?=[A-Za-z])/g, (m, a: string) => (this.r.chance(ns) ? a : m));
    if (this.noise.dropPeriod > 0) t = t.replace(/([a-z)])\.(?=[ \n])/g, (m, a: string) => (this.r.chance(this.noise.dropPeriod) ? a : m));
    this.text += this.cased(t);
  }

  add(...ps: Piece[]): this {
    for (const p of ps) {
      if (p === null || p === undefined || p === false) continue;
      if (typeof p === 'string') this.lit(p);
      else if (Array.isArray(p)) this.add(...(p as Piece[]));
      else {
        const ph = p as Phi;
        const lead = ph.c === 'LOCATION' || ph.c === 'STATE' ? /^the\s+/i.exec(ph.v.trim()) : null;
        if (lead) { this.text += this.cased(lead[0]); }
        const v = this.cased(ph.v.trim().slice(lead ? lead[0].length : 0));
        if (v.length === 0) continue;
        const start = this.text.length;
        this.text += v;
        this.phi.push({ start, end: start + v.length, category: ph.c });
      }
    }
    return this;
  }
  line(...ps: Piece[]): this { return this.add(...ps, '\n'); }
  blank(): this { if (!this.text.endsWith('\n\n')) this.text += this.text.endsWith('\n') ? '\n' : '\n\n'; return this; }
}

// ---------------------------------------------------------------------------------------------
// Entities
// ---------------------------------------------------------------------------------------------

type Sex = 'M' | 'F';
interface Person { first: string; mid: string; last: string; sex: Sex; nick: string | null }
interface Clin extends Person { cred: string; spec: string; title: string }

const CREDS = ['MD', 'MD', 'MD', 'DO', 'MD, FACS', 'MD, PhD', 'MD, FACC', 'NP', 'FNP-BC', 'PA-C', 'MD, MPH', 'DPM', 'MD, FACP'];
const SPECS: ReadonlyArray<readonly [string, string]> = [
  ['Cardiology', 'cardiologist'], ['Pulmonary and Critical Care', 'pulmonologist'], ['Gastroenterology', 'gastroenterologist'],
  ['Neurology', 'neurologist'], ['Orthopaedic Surgery', 'orthopedist'], ['General Surgery', 'surgeon'], ['Nephrology', 'nephrologist'],
  ['Endocrinology', 'endocrinologist'], ['Hematology/Oncology', 'oncologist'], ['Rheumatology', 'rheumatologist'], ['Urology', 'urologist'],
  ['Internal Medicine', 'internist'], ['Family Medicine', 'family physician'], ['Geriatrics', 'geriatrician'], ['Infectious Disease', 'ID physician'],
  ['Vascular Surgery', 'vascular surgeon'], ['Obstetrics and Gynecology', 'gynecologist'], ['Pediatrics', 'pediatrician'], ['Dermatology', 'dermatologist'],
  ['Physical Medicine and Rehabilitation', 'physiatrist'], ['Psychiatry', 'psychiatrist'], ['Otolaryngology', 'ENT surgeon'],
];
const TITLES = ['Attending Physician', 'Assistant Professor of Medicine', 'Associate Professor', 'Chief, Division of', 'Director,', 'Staff Physician', 'Medical Director', 'Clinical Instructor', 'Hospitalist'];

function person(r: Rng, sex?: Sex): Person {
  const sx: Sex = sex ?? (r.chance(0.5) ? 'F' : 'M');
  const first = r.pick(sx === 'F' ? GIVEN_F : GIVEN_M);
  let last = r.pick(SURNAMES);
  if (r.chance(0.04)) { const b = r.pick(SURNAMES); if (!b.includes(' ') && !last.includes(' ') && b !== last) last = `${last}-${b}`; }
  const nicks = NICKNAMES[first];
  return { first, mid: r.letters(1), last, sex: sx, nick: nicks && r.chance(0.6) ? r.pick(nicks) : null };
}
const DOC_CREDS = CREDS.filter((x) => !/^(NP|FNP-BC|PA-C|DPM)$/.test(x));
function clinician(r: Rng, spec?: readonly [string, string], doctor = false): Clin {
  const p = person(r);
  const sp = spec ?? r.pick(SPECS);
  return { ...p, cred: r.pick(doctor ? DOC_CREDS : CREDS), spec: sp[0], title: r.pick(TITLES) };
}
const isMidlevel = (c: Clin): boolean => /^(NP|FNP-BC|PA-C)$/.test(c.cred);

/** A name misspelt now and then (an adjacent letter swap or a doubled letter), still marked. */
function typoName(r: Rng, s: string, p: number): string {
  if (s.length < 5 || !r.chance(p)) return s;
  const i = r.int(1, s.length - 3);
  const a = s[i]!, b = s[i + 1]!;
  if (!/[a-z]/.test(a) || !/[a-z]/.test(b)) return s;
  return r.chance(0.5) ? s.slice(0, i) + b + a + s.slice(i + 2) : s.slice(0, i) + a + a + s.slice(i + 1);
}

type NameFmt = 'FL' | 'FML' | 'LF' | 'LFM' | 'FiL' | 'L' | 'F' | 'NICK' | 'FMiL' | 'FiMiL';
function nm(r: Rng, p: Person, fmt: NameFmt, typo = 0.03): Phi {
  const last = typoName(r, p.last, typo);
  const first = typoName(r, p.first, typo);
  switch (fmt) {
    case 'FL': return N(`${first} ${last}`);
    case 'FML': return N(`${first} ${p.mid}. ${last}`);
    case 'FMiL': return N(`${first} ${p.mid} ${last}`);
    case 'LF': return N(`${last}, ${first}`);
    case 'LFM': return N(`${last}, ${first} ${p.mid}.`);
    case 'FiL': return N(`${first[0]}. ${last}`);
    case 'FiMiL': return N(`${first[0]}. ${p.mid}. ${last}`);
    case 'L': return N(last);
    case 'F': return N(first);
    case 'NICK': return N(p.nick ?? first);
  }
}
/** A clinician as staff refer to one in running text. */
function drRef(r: Rng, c: Clin): Piece[] {
  const isDr = !/^(NP|FNP-BC|PA-C)$/.test(c.cred);
  const k = r.int(0, 9);
  if (isDr) {
    if (k < 4) return ['Dr. ', nm(r, c, 'L')];
    if (k < 6) return ['Dr. ', nm(r, c, 'FL')];
    if (k < 7) return ['Dr ', nm(r, c, 'L')];
    if (k < 8) return [nm(r, c, 'FL'), ', ', c.cred.split(',')[0]!];
    if (k < 9) return ['Dr. ', nm(r, c, 'FiL')];
    return [nm(r, c, 'FML'), ', M.D.'];
  }
  if (k < 4) return [nm(r, c, 'FL'), ', ', c.cred];
  if (k < 7) return [nm(r, c, 'F'), ' ', nm(r, c, 'L'), ' ', c.cred];
  return [c.cred, ' ', nm(r, c, 'FL')];
}
function sigName(r: Rng, c: Clin): Piece[] {
  const k = r.int(0, 5);
  const n = k < 2 ? nm(r, c, 'FML', 0) : k < 4 ? nm(r, c, 'FL', 0) : k < 5 ? nm(r, c, 'FiL', 0) : nm(r, c, 'FiMiL', 0);
  return [n, ', ', c.cred];
}

// Dates ----------------------------------------------------------------------------------------
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
interface Day { y: number; m: number; d: number }
function dayFrom(t: number): Day { const x = new Date(t); return { y: x.getUTCFullYear(), m: x.getUTCMonth() + 1, d: x.getUTCDate() }; }
function dayMs(d: Day): number { return Date.UTC(d.y, d.m - 1, d.d); }
function addDays(d: Day, n: number): Day { return dayFrom(dayMs(d) + n * 86400000); }
function weekday(d: Day): string { return WEEKDAYS[new Date(dayMs(d)).getUTCDay()]!; }
const p2 = (n: number): string => String(n).padStart(2, '0');
function ord(n: number): string { const s = n % 100 >= 11 && n % 100 <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th'); return `${n}${s}`; }

type DateFmt = 'mdy' | 'mdyS' | 'md' | 'long' | 'longNY' | 'longOrd' | 'dMonY' | 'dmonY' | 'iso' | 'mdyDash' | 'monYear' | 'ordOf' | 'mdyDot' | 'MonDY';
const FULL_DATE_FMTS: DateFmt[] = ['mdy', 'mdy', 'mdy', 'mdyS', 'long', 'long', 'dMonY', 'dmonY', 'iso', 'mdyDash', 'mdyDot', 'MonDY'];
const SHORT_DATE_FMTS: DateFmt[] = ['md', 'md', 'longNY', 'longOrd', 'ordOf'];
function fmtDate(d: Day, f: DateFmt): string {
  const mon = MONTHS[d.m - 1]!;
  const mon3 = mon.slice(0, 3);
  switch (f) {
    case 'mdy': return `${p2(d.m)}/${p2(d.d)}/${d.y}`;
    case 'mdyS': return `${d.m}/${d.d}/${String(d.y).slice(2)}`;
    case 'md': return `${d.m}/${d.d}`;
    case 'long': return `${mon} ${d.d}, ${d.y}`;
    case 'longNY': return `${mon} ${d.d}`;
    case 'longOrd': return `${mon} ${ord(d.d)}`;
    case 'dMonY': return `${d.d}-${mon3}-${d.y}`;
    case 'dmonY': return `${d.d} ${mon} ${d.y}`;
    case 'iso': return `${d.y}-${p2(d.m)}-${p2(d.d)}`;
    case 'mdyDash': return `${p2(d.m)}-${p2(d.d)}-${d.y}`;
    case 'monYear': return `${mon} ${d.y}`;
    case 'ordOf': return `${ord(d.d)} of ${mon}`;
    case 'mdyDot': return `${d.m}.${d.d}.${String(d.y).slice(2)}`;
    case 'MonDY': return `${mon3}${mon.length > 3 ? '.' : ''} ${d.d}, ${d.y}`;
  }
}

// Places ---------------------------------------------------------------------------------------
interface Addr { street: string; unit: string | null; town: string; state: readonly [string, string]; zip: string }
function street(r: Rng): string {
  const k = r.int(0, 9);
  const num = k < 6 ? String(r.int(2, 2999)) : k < 8 ? String(r.int(10, 99)) : `${r.int(100, 999)}${r.pick(['A', 'B', ''])}`;
  const dir = r.chance(0.15) ? `${r.pick(['N.', 'S.', 'East', 'West', 'North'])} ` : '';
  return `${num} ${dir}${r.pick(STREET_NAMES)} ${r.pick(STREET_TYPES)}`;
}
function address(r: Rng, town?: string): Addr {
  const unit = r.chance(0.3) ? r.pick(['Apt ', 'Apt. ', 'Unit ', '#', 'Suite ', 'Fl ']) + (r.chance(0.5) ? String(r.int(1, 420)) : `${r.int(1, 4)}${r.letters(1)}`) : null;
  return { street: street(r), unit, town: town ?? r.pick(TOWNS), state: r.chance(0.65) ? STATES[r.int(0, 5)]! : r.pick(STATES), zip: `0${r.digits(4)}` };
}
function zipOf(r: Rng, a: Addr): string { return r.chance(0.15) ? `${a.zip}-${r.digits(4)}` : a.zip; }
/** Multi-line address block: street / [unit] / Town, ST ZIP. */
function addrBlock(r: Rng, a: Addr, oneLine = false): Piece[] {
  const st = r.chance(0.8) ? a.state[1] : a.state[0];
  const sep = oneLine ? ', ' : '\n';
  return [
    L(a.street), a.unit ? [oneLine ? ', ' : '\n', L(a.unit)] : null, sep,
    L(a.town), r.chance(0.85) ? ', ' : ' ', ST(st), r.chance(0.8) ? ' ' : '  ', L(zipOf(r, a)),
  ];
}
function town(r: Rng, t: string): Phi { return L(TOWN_TYPOS[t] !== undefined && r.chance(0.25) ? TOWN_TYPOS[t]! : typoName(r, t, 0.02)); }
function instName(r: Rng, i: Institution, shortP = 0.4): Phi { return L(i.short.length > 0 && r.chance(shortP) ? r.pick(i.short) : i.name); }
const AREA = ['508', '774', '413', '978', '401', '603', '505', '928', '860', '617', '781', '351', '207', '802'];
function phone(r: Rng): string {
  const a = r.pick(AREA), x = `${r.int(2, 9)}${r.digits(2)}`, y = r.digits(4);
  const k = r.int(0, 9);
  const base = k < 4 ? `(${a}) ${x}-${y}` : k < 7 ? `${a}-${x}-${y}` : k < 8 ? `${a}.${x}.${y}` : k < 9 ? `${a} ${x} ${y}` : `1-${a}-${x}-${y}`;
  return r.chance(0.12) ? `${base} ${r.pick(['ext. ', 'x', 'ext ', 'X'])}${r.int(100, 9999)}` : base;
}
function mrn(r: Rng): string { const k = r.int(0, 4); return k === 0 ? r.digits(8) : k === 1 ? `${r.digits(3)}-${r.digits(2)}-${r.digits(2)}` : k === 2 ? `M${r.digits(7)}` : k === 3 ? r.digits(7) : `00${r.digits(6)}`; }
function emailFor(r: Rng, p: Person, domain: string): string {
  const f = p.first.toLowerCase().replace(/[^a-z]/g, ''), l = p.last.toLowerCase().replace(/[^a-z]/g, '');
  const local = r.pick([`${f}.${l}`, `${f[0]}${l}`, `${l}${f[0]}`, `${f}${l}${r.int(1, 99)}`, `${f}_${l}`]);
  return `${local}@${domain}`;
}
function domainOf(name: string): string { return `${name.toLowerCase().replace(/[^a-z ]/g, '').split(' ').filter((x) => !['of', 'the', 'and'].includes(x)).map((x) => x.slice(0, 8)).join('').slice(0, 18)}.org`; }

// ---------------------------------------------------------------------------------------------
// Clinical content (no PHI in these strings except {placeholders})
// ---------------------------------------------------------------------------------------------

interface Scenario {
  dx: string; abbr: string; spec: number; hpi: string[]; course: string[]; exam: string[]; results: string[];
  meds: string[]; plan: string[]; other: string[];
}
const S = (x: Scenario): Scenario => x;
export const SCENARIOS: Scenario[] = [
  S({ dx: 'Acute on chronic systolic heart failure', abbr: 'CHF exacerbation', spec: 0,
    hpi: ['{Pt} presented with three weeks of progressive dyspnea on exertion, orthopnea and a 12 lb weight gain.', '{He} reports sleeping on three pillows and waking at night short of breath.', 'Bilateral lower extremity swelling has been worse since {he} ran out of Lasix.', 'There was no chest pain, syncope or palpitations.'],
    course: ['{He} was diuresed with IV Lasix 80 mg twice daily with net negative 6.2 L over the admission.', 'Chest x-ray on admission showed cardiomegaly with Kerley B lines and small bilateral effusions.', 'Echo showed an EF of 25-30% with moderate MR.', 'Entresto was started once creatinine stabilized; metoprolol succinate was continued.', 'Dry weight is estimated at 182 lb.'],
    exam: ['JVP to the angle of the jaw, positive hepatojugular reflux.', 'Bibasilar crackles, 2+ pitting edema to the knees.', 'S3 gallop present.'],
    results: ['BNP 1,840 on admission.', 'Troponin flat x3.', 'Creatinine 1.4 from baseline 1.1.'],
    meds: ['Furosemide (Lasix) 40 mg PO twice daily', 'Sacubitril/valsartan (Entresto) 24/26 mg twice daily', 'Metoprolol succinate 50 mg daily', 'Spironolactone 12.5 mg daily', 'Atorvastatin 40 mg nightly'],
    plan: ['Daily weights; call if weight goes up more than 3 lb in a day or 5 lb in a week.', '2 g sodium diet and 1.5 L fluid restriction.', 'BMP in one week to check potassium and creatinine.', 'Consider ICD if EF remains below 35% after 3 months of GDMT.'],
    other: ['Hypertension', 'Type 2 diabetes mellitus', 'Chronic kidney disease stage 3a'] }),
  S({ dx: 'Acute exacerbation of COPD', abbr: 'AECOPD', spec: 1,
    hpi: ['{Pt} is a former smoker with 60 pack-years who presents with increased cough, purulent sputum and wheezing for 4 days.', '{He} has been using {his} albuterol inhaler every 2 hours without relief.', 'Home oxygen is 2 L by nasal cannula; {he} required 4 L in the ED.'],
    course: ['{He} was treated with prednisone 40 mg daily, azithromycin and scheduled DuoNebs.', 'BiPAP was briefly required the first night for hypercapnia (pCO2 68).', 'By day 3 {he} was back to {his} baseline 2 L and ambulating in the hall.', 'Pulmonary rehab referral placed.'],
    exam: ['Diffuse expiratory wheezes, prolonged expiratory phase.', 'Accessory muscle use, speaking in short sentences.', 'No clubbing.'],
    results: ['ABG 7.31/68/62 on arrival.', 'CXR hyperinflated without focal consolidation.', 'Respiratory viral panel negative.'],
    meds: ['Prednisone 40 mg daily x 2 more days', 'Azithromycin 250 mg daily to complete 5 days', 'Trelegy Ellipta 1 inhalation daily', 'Albuterol HFA 2 puffs q4h PRN', 'Home O2 2 L NC continuous'],
    plan: ['Pulmonary function tests in 6 weeks once recovered.', 'Pneumococcal and influenza vaccines are up to date.', 'Smoking cessation reinforced; {he} has not smoked in over a year.'],
    other: ['Obstructive sleep apnea on CPAP', 'Hypertension', 'Anxiety'] }),
  S({ dx: 'Community-acquired pneumonia, right lower lobe', abbr: 'CAP', spec: 10,
    hpi: ['{Pt} presents with fever to 102.4, productive cough and right-sided pleuritic chest pain for 3 days.', '{He} had rigors the night before admission.', 'No recent travel or sick contacts; {he} did not receive a flu shot this year.'],
    course: ['Blood cultures grew Streptococcus pneumoniae in 2/4 bottles.', '{He} was treated with ceftriaxone and azithromycin and transitioned to oral amoxicillin on day 3.', 'Fever curve resolved within 48 hours.', 'Urine Legionella antigen was negative.'],
    exam: ['Dullness to percussion and egophony at the right base.', 'Temp 38.9, HR 108, RR 24, SpO2 91% on room air.'],
    results: ['WBC 17.2 with left shift.', 'Procalcitonin 4.1.', 'CXR with right lower lobe consolidation and small parapneumonic effusion.'],
    meds: ['Amoxicillin 1 g PO three times daily to complete 7 days', 'Guaifenesin 600 mg twice daily PRN', 'Acetaminophen 650 mg q6h PRN fever'],
    plan: ['Repeat chest x-ray in 6-8 weeks to document resolution.', 'Return for fever, shortness of breath or chest pain.'],
    other: ['Type 2 diabetes', 'Hyperlipidemia'] }),
  S({ dx: 'Non-ST elevation myocardial infarction', abbr: 'NSTEMI', spec: 0,
    hpi: ['{Pt} developed substernal chest pressure radiating to the left arm while shoveling snow.', 'Pain lasted 40 minutes and was associated with diaphoresis and nausea.', 'EMS gave aspirin 324 mg and nitroglycerin x2 with partial relief.'],
    course: ['Troponin peaked at 4.2.', 'Cardiac catheterization showed a 95% mid-LAD stenosis treated with one drug-eluting stent.', '{He} was started on dual antiplatelet therapy with aspirin and Brilinta.', 'Radial access site was clean with no hematoma.'],
    exam: ['Regular rate and rhythm, no murmur.', 'Lungs clear. No JVD.'],
    results: ['ECG with 1 mm ST depression in V4-V6.', 'LDL 162.', 'Echo EF 50% with anterior hypokinesis.'],
    meds: ['Aspirin 81 mg daily', 'Ticagrelor (Brilinta) 90 mg twice daily', 'Atorvastatin 80 mg daily', 'Metoprolol tartrate 25 mg twice daily', 'Nitroglycerin 0.4 mg SL PRN chest pain'],
    plan: ['Do not stop Brilinta for any reason without talking to cardiology.', 'Cardiac rehab referral sent.', 'No driving for one week; no heavy lifting more than 10 lb for 2 weeks.'],
    other: ['Hypertension', 'Tobacco use disorder', 'Hyperlipidemia'] }),
  S({ dx: 'Upper gastrointestinal bleed secondary to duodenal ulcer', abbr: 'UGIB', spec: 2,
    hpi: ['{Pt} presented with two episodes of melena and one of coffee-ground emesis.', '{He} had been taking ibuprofen 800 mg three times a day for knee pain.', '{He} felt lightheaded on standing.'],
    course: ['Hemoglobin nadir was 6.8; {he} received 2 units of packed red cells.', 'EGD showed a 1.5 cm clean-based duodenal bulb ulcer (Forrest III).', '{He} was treated with a pantoprazole drip and then switched to twice-daily oral PPI.', 'H. pylori biopsy was positive and quadruple therapy was started.'],
    exam: ['Pale conjunctivae. Abdomen soft, mild epigastric tenderness, no rebound.', 'Rectal exam with black tarry stool, guaiac positive.'],
    results: ['Hgb 6.8 -> 9.1 after transfusion.', 'BUN/Cr 48/0.9.', 'INR 1.1.'],
    meds: ['Pantoprazole (Protonix) 40 mg twice daily for 8 weeks', 'Bismuth subsalicylate 524 mg four times daily x 14 days', 'Metronidazole 500 mg three times daily x 14 days', 'Tetracycline 500 mg four times daily x 14 days'],
    plan: ['Avoid NSAIDs, including Advil, Motrin and Aleve.', 'CBC in one week.', 'H. pylori stool antigen 4 weeks after therapy, off PPI for 2 weeks.'],
    other: ['Osteoarthritis of both knees', 'Gout', 'Hypertension'] }),
  S({ dx: 'Left intertrochanteric hip fracture', abbr: 'L hip fx', spec: 4,
    hpi: ['{Pt} tripped over a rug at home and was unable to get up for several hours.', '{He} had immediate left hip pain and could not bear weight.', 'The left leg was shortened and externally rotated on arrival.'],
    course: ['{He} underwent cephalomedullary nailing of the left hip on hospital day 1.', 'Postoperative course was complicated by delirium, managed with reorientation and low-dose Haldol.', '{He} was weight bearing as tolerated with PT by postoperative day 1.', 'Lovenox was started for DVT prophylaxis.'],
    exam: ['Incision clean, dry and intact with staples.', 'Neurovascularly intact distally, 2+ DP pulses.'],
    results: ['Hgb 8.9 postoperatively, stable.', 'Vitamin D 14.', 'Hip films show good alignment of hardware.'],
    meds: ['Enoxaparin (Lovenox) 40 mg subcutaneous daily x 28 days', 'Oxycodone 5 mg q6h PRN severe pain', 'Acetaminophen 1 g q8h scheduled', 'Senna 8.6 mg two tabs at bedtime', 'Vitamin D3 2,000 units daily'],
    plan: ['Staples out at 14 days.', 'DEXA scan and osteoporosis treatment through PCP.', 'Weight bearing as tolerated with walker.'],
    other: ['Osteoporosis', 'Dementia, mild', 'Atrial fibrillation on apixaban'] }),
  S({ dx: 'Acute ischemic stroke, left MCA territory', abbr: 'L MCA CVA', spec: 3,
    hpi: ['{Pt} was last known well at 0630 when {his} family noticed right-sided weakness and word-finding difficulty.', 'NIHSS on arrival was 9.', '{He} received tenecteplase at 0912 and was evaluated for thrombectomy.'],
    course: ['CTA showed a left M2 occlusion; thrombectomy achieved TICI 2b reperfusion.', 'MRI showed a moderate left frontal infarct.', 'Telemetry revealed paroxysmal atrial fibrillation and apixaban was started on day 5.', 'Speech therapy worked with {him} daily; aphasia improved substantially.'],
    exam: ['Right facial droop, right pronator drift, expressive aphasia.', 'Babinski upgoing on the right.'],
    results: ['LDL 131, A1c 6.9.', 'TTE with no thrombus; bubble study negative.'],
    meds: ['Apixaban (Eliquis) 5 mg twice daily', 'Atorvastatin 80 mg daily', 'Lisinopril 10 mg daily'],
    plan: ['Acute rehab for PT, OT and speech.', 'Blood pressure goal less than 130/80.', 'No driving until cleared by neurology.'],
    other: ['Hypertension', 'Prediabetes', 'Former smoker'] }),
  S({ dx: 'Diabetic ketoacidosis', abbr: 'DKA', spec: 7,
    hpi: ['{Pt} with type 1 diabetes presented with nausea, vomiting and abdominal pain after running out of insulin.', '{He} reports polyuria and polydipsia for 2 days.', 'Insulin pump had been disconnected during a camping trip.'],
    course: ['Anion gap 28 on arrival; closed on insulin drip within 14 hours.', 'Potassium was repleted aggressively.', '{He} was transitioned to glargine and lispro with a 2 hour overlap.', 'Diabetes educator met with {him} and {his} family.'],
    exam: ['Dry mucous membranes, Kussmaul respirations, fruity odor.', 'Diffuse mild abdominal tenderness without guarding.'],
    results: ['Glucose 512, bicarbonate 8, beta-hydroxybutyrate 6.2.', 'A1c 11.4.'],
    meds: ['Insulin glargine (Lantus) 22 units at bedtime', 'Insulin lispro (Humalog) per sliding scale and carb ratio 1:10', 'Glucagon emergency kit', 'Dexcom G7 sensor'],
    plan: ['Endocrinology follow-up within 1 week.', 'Sick day rules reviewed.', 'Check glucose before meals and at bedtime.'],
    other: ['Celiac disease', 'Hypothyroidism on Synthroid', 'Depression'] }),
  S({ dx: 'Cellulitis of the right lower extremity', abbr: 'RLE cellulitis', spec: 10,
    hpi: ['{Pt} noticed redness and warmth of the right shin spreading over 3 days.', '{He} has tinea pedis with cracked skin between the toes.', 'Low-grade fevers at home.'],
    course: ['Erythema was outlined and receded on IV cefazolin.', 'Ultrasound was negative for abscess and DVT.', 'Transitioned to oral cephalexin on day 2.'],
    exam: ['Warm, tender erythema from ankle to mid-shin, no fluctuance.', 'Interdigital maceration, 4th web space.'],
    results: ['WBC 12.8.', 'Lactate 1.1.', 'Blood cultures no growth at 48 hours.'],
    meds: ['Cephalexin (Keflex) 500 mg four times daily x 7 days', 'Clotrimazole 1% cream twice daily between toes', 'Ibuprofen 400 mg q8h PRN with food'],
    plan: ['Elevate the leg above heart level.', 'Return if redness spreads past the marked line.'],
    other: ['Obesity, BMI 41', 'Venous stasis', 'Lymphedema'] }),
  S({ dx: 'Urosepsis due to acute pyelonephritis', abbr: 'urosepsis', spec: 10,
    hpi: ['{Pt} presented with fever, flank pain, dysuria and confusion.', 'Family reports {he} was not eating for 2 days.', 'A Foley catheter had been removed one week earlier after knee surgery.'],
    course: ['{He} met sepsis criteria and received 30 mL/kg fluids and ceftriaxone.', 'Urine and blood cultures grew pan-sensitive E. coli.', 'CT showed right pyelonephritis without obstruction or abscess.', 'Mental status returned to baseline by day 2.'],
    exam: ['Right CVA tenderness.', 'Tachycardic to 118, BP 92/54 on arrival.'],
    results: ['Lactate 3.4 -> 1.2.', 'UA large leukocyte esterase, nitrite positive, >100 WBC.'],
    meds: ['Ciprofloxacin 500 mg twice daily to complete 10 days', 'Phenazopyridine 200 mg three times daily x 2 days'],
    plan: ['Encourage oral fluids.', 'Return for fever, vomiting or inability to keep pills down.'],
    other: ['Benign prostatic hyperplasia', 'Hypertension', 'Chronic kidney disease stage 2'] }),
  S({ dx: 'Atrial fibrillation with rapid ventricular response', abbr: 'AF w/ RVR', spec: 0,
    hpi: ['{Pt} noticed a racing heartbeat and lightheadedness starting the morning of admission.', 'Heart rate was 160s irregular on EMS arrival.', '{He} has had prior episodes that resolved on their own.'],
    course: ['Rate controlled with IV diltiazem and then oral diltiazem CD.', 'TSH was normal.', 'CHA2DS2-VASc score 4; apixaban started after discussion of risks and benefits.', 'Converted spontaneously to sinus rhythm on day 2.'],
    exam: ['Irregularly irregular tachycardia, no murmur.', 'No edema.'],
    results: ['ECG AF at 152, no ischemic changes.', 'Echo LA mildly dilated, EF 55%.'],
    meds: ['Diltiazem CD 180 mg daily', 'Apixaban (Eliquis) 5 mg twice daily'],
    plan: ['Holter or Zio patch if palpitations recur.', 'Discuss ablation at follow-up if breakthrough episodes.'],
    other: ['Hypertension', 'Obstructive sleep apnea', 'Hyperlipidemia'] }),
  S({ dx: 'Small bowel obstruction', abbr: 'SBO', spec: 5,
    hpi: ['{Pt} presented with crampy abdominal pain, bilious vomiting and no flatus for 24 hours.', '{He} had an open appendectomy and a Pfannenstiel C-section years ago.'],
    course: ['NG tube was placed to low intermittent suction with 1.2 L output.', 'Gastrografin challenge showed contrast in the colon at 8 hours.', 'Diet was advanced and {he} had a bowel movement on day 3.', 'No operative intervention was required.'],
    exam: ['Distended, tympanitic abdomen, high-pitched bowel sounds.', 'Well-healed lower midline scar.'],
    results: ['CT with dilated small bowel loops and transition point in the right lower quadrant.', 'Lactate normal.'],
    meds: ['Docusate 100 mg twice daily', 'Polyethylene glycol 17 g daily PRN'],
    plan: ['Low-residue diet for 1 week.', 'Return for vomiting or worsening pain.'],
    other: ['Hypothyroidism', 'GERD'] }),
  S({ dx: 'Acute alcohol-associated pancreatitis', abbr: 'pancreatitis', spec: 2,
    hpi: ['{Pt} presents with severe epigastric pain radiating to the back after heavy drinking over a weekend.', '{He} reports drinking about a pint of vodka daily.', 'Nausea and vomiting since yesterday.'],
    course: ['Aggressive lactated Ringer\'s was given; lipase peaked at 2,140.', 'CIWA protocol with lorazepam; maximum score 14.', 'Diet advanced to low-fat on day 3.', 'Social work met with {him} regarding alcohol treatment options.'],
    exam: ['Epigastric tenderness with voluntary guarding. No Cullen or Grey Turner sign.', 'Tremulous, diaphoretic.'],
    results: ['Lipase 2,140. Triglycerides 188.', 'RUQ ultrasound without gallstones.'],
    meds: ['Thiamine 100 mg daily', 'Folic acid 1 mg daily', 'Multivitamin daily', 'Naltrexone 50 mg daily'],
    plan: ['Abstain from alcohol completely.', 'Outpatient substance use program referral placed.'],
    other: ['Alcohol use disorder', 'Hepatic steatosis', 'Anxiety'] }),
  S({ dx: 'Syncope, likely orthostatic', abbr: 'syncope', spec: 11,
    hpi: ['{Pt} passed out after standing up quickly from the toilet at night.', 'No prodrome of chest pain or palpitations; brief loss of consciousness under one minute per family.', 'Recently started on tamsulosin.'],
    course: ['Orthostatic vitals were positive.', 'Telemetry showed no arrhythmia over 48 hours.', 'Tamsulosin was held and IV fluids given.', 'PT cleared {him} for home with a cane.'],
    exam: ['Small laceration on the forehead, repaired with Dermabond.', 'Neurologic exam nonfocal.'],
    results: ['Orthostatic BP 138/76 lying, 104/60 standing.', 'Head CT negative.', 'Echo normal.'],
    meds: ['Stop tamsulosin', 'Continue finasteride 5 mg daily'],
    plan: ['Rise slowly; sit on the edge of the bed before standing.', 'Urology to discuss alternatives to tamsulosin.'],
    other: ['BPH', 'Hypertension', 'Hearing loss'] }),
  S({ dx: 'Parkinson disease with recurrent falls', abbr: 'PD with falls', spec: 3,
    hpi: ['{Pt} with Parkinson disease diagnosed 8 years ago has had four falls in the past month.', 'Family notes freezing of gait, especially in doorways.', '{He} has been missing doses of carbidopa-levodopa.'],
    course: ['Carbidopa-levodopa was reorganized to a 5 times daily schedule.', 'PT and OT evaluated {him}; home safety evaluation recommended.', 'Orthostatic hypotension was treated with compression stockings.'],
    exam: ['Masked facies, resting tremor of the left hand, cogwheel rigidity.', 'Shuffling gait with reduced arm swing; retropulsion on pull test.'],
    results: ['Vitamin B12 normal.', 'Hip and wrist films negative for fracture.'],
    meds: ['Carbidopa-levodopa (Sinemet) 25/100 1.5 tabs five times daily', 'Rivastigmine patch 4.6 mg daily', 'Docusate 100 mg twice daily'],
    plan: ['Medical alert device.', 'Movement disorders follow-up.', 'Speech therapy for hypophonia (LSVT LOUD).'],
    other: ['REM sleep behavior disorder', 'Constipation', 'Depression'] }),
  S({ dx: "Crohn's disease flare", abbr: "Crohn's flare", spec: 2,
    hpi: ['{Pt} with ileocolonic Crohn disease presents with 8 bloody bowel movements daily and cramping.', '{He} stopped {his} Humira injections 3 months ago because of insurance problems.', 'Weight loss of 9 lb.'],
    course: ['C. difficile testing was negative.', 'IV methylprednisolone was started with good response.', 'Infliximab induction was given before discharge.', 'CT enterography showed terminal ileal inflammation without abscess or fistula.'],
    exam: ['Tender right lower quadrant without peritoneal signs.', 'No perianal fistula.'],
    results: ['CRP 88, calprotectin 1,240.', 'Albumin 2.9.'],
    meds: ['Prednisone 40 mg daily with taper by 5 mg weekly', 'Infliximab (Remicade) 5 mg/kg at weeks 2 and 6', 'Calcium with vitamin D twice daily'],
    plan: ['Infusion center will call to schedule the next dose.', 'Colonoscopy in 6 months.'],
    other: ['Iron deficiency anemia', 'Anxiety'] }),
  S({ dx: 'Acute kidney injury on chronic kidney disease stage 3b', abbr: 'AKI on CKD', spec: 6,
    hpi: ['{Pt} was found to have a creatinine of 3.8 on routine labs, up from a baseline of 1.7.', '{He} had diarrhea for a week while continuing lisinopril and a diuretic.', 'Poor oral intake.'],
    course: ['ACE inhibitor and diuretic were held.', 'Creatinine improved with IV fluids to 2.1 at discharge.', 'Renal ultrasound showed no hydronephrosis.'],
    exam: ['Dry mucous membranes, flat neck veins.', 'No edema. No asterixis.'],
    results: ['Creatinine 3.8 -> 2.1.', 'Potassium 5.9 on arrival, treated with Lokelma.', 'FENa 0.4%.'],
    meds: ['Hold lisinopril and hydrochlorothiazide until seen', 'Sodium zirconium cyclosilicate (Lokelma) 10 g daily x 3 days'],
    plan: ['BMP in 3-5 days.', 'Avoid NSAIDs and contrast if possible.'],
    other: ['Hypertension', 'Type 2 diabetes with nephropathy', 'Gout'] }),
  S({ dx: 'Acute pulmonary embolism, right lower lobe', abbr: 'PE', spec: 1,
    hpi: ['{Pt} developed sudden pleuritic chest pain and dyspnea two weeks after a long car trip.', '{He} noted left calf swelling for several days beforehand.', 'Oral contraceptive use was noted.'],
    course: ['CTA chest showed segmental emboli in the right lower lobe without right heart strain.', 'Heparin drip was started and transitioned to apixaban.', 'Lower extremity duplex showed a left popliteal DVT.', 'Troponin and BNP were normal; {he} was PESI class II.'],
    exam: ['Tachycardic to 112, SpO2 93% on room air.', 'Left calf 3 cm larger than right, tender.'],
    results: ['D-dimer 3.2.', 'CTA: segmental RLL emboli, RV/LV ratio 0.8.'],
    meds: ['Apixaban (Eliquis) 10 mg twice daily x 7 days, then 5 mg twice daily', 'Acetaminophen 650 mg q6h PRN'],
    plan: ['Anticoagulation for at least 3 months.', 'Stop estrogen-containing contraception.', 'Hematology follow-up to discuss thrombophilia testing.'],
    other: ['Obesity', 'Migraine without aura'] }),
  S({ dx: 'Clostridioides difficile colitis', abbr: 'C. diff colitis', spec: 10,
    hpi: ['{Pt} reports 10 watery stools a day after finishing a course of clindamycin for a dental infection.', 'Crampy lower abdominal pain and low-grade fever.', 'No blood in the stool.'],
    course: ['C. difficile PCR and toxin were positive.', '{He} was treated with oral vancomycin 125 mg four times daily.', 'WBC peaked at 18 and trended down.', 'Contact precautions were maintained.'],
    exam: ['Diffusely tender abdomen without rebound, hyperactive bowel sounds.'],
    results: ['WBC 18.1. Creatinine 1.3. Albumin 3.1.', 'CT abdomen with pancolitis, no megacolon.'],
    meds: ['Vancomycin 125 mg PO four times daily to complete 10 days', 'Probiotic not recommended'],
    plan: ['Hand washing with soap and water; alcohol gel does not kill spores.', 'Avoid unnecessary antibiotics.', 'Call for recurrence of diarrhea.'],
    other: ['GERD on omeprazole', 'Hypertension'] }),
  S({ dx: 'Moderate persistent asthma exacerbation', abbr: 'asthma flare', spec: 17,
    hpi: ['{Pt} has had cough and wheeze for 3 days after a viral illness.', 'Using albuterol every 3 hours at home.', 'Missed several days of controller medication.'],
    course: ['Treated with continuous albuterol for 2 hours and oral dexamethasone.', 'Weaned to albuterol every 4 hours by day 2.', 'Asthma action plan reviewed with the family.'],
    exam: ['Diffuse expiratory wheeze with subcostal retractions.', 'SpO2 92% on arrival, 97% after treatment.'],
    results: ['Peak flow 55% of predicted on arrival, 80% at discharge.', 'Chest film with peribronchial cuffing only.'],
    meds: ['Fluticasone/salmeterol (Advair HFA) 115/21 two puffs twice daily', 'Albuterol HFA with spacer 4 puffs every 4 hours as needed', 'Dexamethasone one more dose tomorrow'],
    plan: ['Spacer at school with albuterol.', 'Return for increased work of breathing.', 'Flu vaccine this fall.'],
    other: ['Eczema', 'Allergic rhinitis'] }),
  S({ dx: 'Concussion without loss of consciousness', abbr: 'concussion', spec: 17,
    hpi: ['{Pt} was struck in the head during a soccer game and had immediate headache and dizziness.', 'No loss of consciousness, no vomiting.', 'Teammates said {he} seemed confused for several minutes.'],
    course: ['Head CT was not indicated by PECARN criteria.', 'Symptoms improved with rest.', 'Graduated return-to-learn and return-to-play plan reviewed.'],
    exam: ['Normal neurologic exam. Mild photophobia.', 'SCAT5 symptom score 18.'],
    results: ['No imaging performed.'],
    meds: ['Acetaminophen 500 mg every 6 hours as needed for headache, no more than 3 days'],
    plan: ['No contact sports until cleared.', 'Reduced screen time and half days at school for 1 week.', 'Return for worsening headache, repeated vomiting or confusion.'],
    other: ['ADHD', 'Prior concussion'] }),
  S({ dx: 'Lumbar radiculopathy, L5', abbr: 'L5 radiculopathy', spec: 19,
    hpi: ['{Pt} developed low back pain radiating down the left leg to the dorsum of the foot after lifting boxes at work.', 'Numbness of the great toe.', 'No bowel or bladder changes and no saddle anesthesia.'],
    course: ['MRI showed a left L4-5 disc extrusion contacting the L5 nerve root.', 'Epidural steroid injection was performed with partial relief.', 'Physical therapy was started.'],
    exam: ['Positive straight leg raise on the left at 40 degrees.', 'Weak great toe extension 4/5, decreased sensation L5 dermatome.'],
    results: ['MRI L-spine: L4-5 left paracentral extrusion.'],
    meds: ['Gabapentin 300 mg three times daily', 'Naproxen 500 mg twice daily with food', 'Cyclobenzaprine 5 mg at bedtime PRN'],
    plan: ['Light duty: no lifting over 15 lb, no repetitive bending, for 4 weeks.', 'Spine surgery referral if weakness progresses.'],
    other: ['Obesity', 'Tobacco use'] }),
  S({ dx: 'Major depressive disorder, recurrent, moderate', abbr: 'MDD', spec: 20,
    hpi: ['{Pt} reports low mood, poor sleep and loss of interest for two months.', 'No suicidal ideation or plan.', 'Stressors include a recent divorce and financial strain.'],
    course: ['Sertraline was titrated to 100 mg daily.', 'Weekly therapy was arranged.', 'Safety plan was completed.'],
    exam: ['Constricted affect, linear thought process, good insight.', 'PHQ-9 score 17.'],
    results: ['TSH normal.'],
    meds: ['Sertraline 100 mg daily', 'Trazodone 50 mg at bedtime PRN sleep'],
    plan: ['Reduced hours for 4 weeks, then reassess.', 'Return or call 988 for any thoughts of self-harm.'],
    other: ['Generalized anxiety disorder', 'Insomnia'] }),
  S({ dx: 'Right ureteral calculus with obstruction', abbr: 'R ureteral stone', spec: 10,
    hpi: ['{Pt} had sudden severe right flank pain radiating to the groin with nausea.', 'Gross hematuria.', 'Prior stone passed spontaneously.'],
    course: ['CT showed a 7 mm right UVJ stone with moderate hydronephrosis.', 'Urology placed a right ureteral stent.', 'Pain controlled with ketorolac and oxycodone.'],
    exam: ['Right CVA tenderness.', 'Writhing, unable to get comfortable.'],
    results: ['UA with RBCs, no nitrites.', 'Creatinine 1.2.'],
    meds: ['Tamsulosin 0.4 mg daily', 'Oxycodone 5 mg q6h PRN severe pain', 'Ondansetron (Zofran) 4 mg q8h PRN nausea'],
    plan: ['Ureteroscopy in 2 weeks to remove the stone and stent.', 'Strain urine.', 'Drink at least 2.5 L per day.'],
    other: ['Gout', 'Obesity'] }),
  S({ dx: 'Hyponatremia, likely SIADH', abbr: 'hyponatremia', spec: 6,
    hpi: ['{Pt} was brought in by family for confusion and unsteady gait.', 'Recently started on citalopram.', 'Drinks a lot of water because of a dry mouth.'],
    course: ['Sodium 118 on arrival, corrected slowly with fluid restriction and salt tabs.', 'Citalopram was stopped.', 'Sodium 131 at discharge; mental status back to baseline.'],
    exam: ['Euvolemic, no edema.', 'Oriented to person only on arrival.'],
    results: ['Serum osm 248, urine osm 410, urine Na 52.', 'TSH and AM cortisol normal.'],
    meds: ['Sodium chloride 1 g tablets twice daily', 'Fluid restriction 1.2 L per day'],
    plan: ['BMP in 3 days.', 'Avoid SSRIs if possible.'],
    other: ['Hypertension', 'Osteoporosis', 'Mild cognitive impairment'] }),
];

export const PMH_POOL = w(`
Hypertension | Hyperlipidemia | Type 2 diabetes mellitus | Coronary artery disease s/p CABG x3 | GERD | Hypothyroidism | Osteoarthritis | Obstructive sleep apnea on CPAP |
Depression | Generalized anxiety disorder | Chronic low back pain | Gout | Benign prostatic hyperplasia | Atrial fibrillation on Eliquis | Hodgkin lymphoma in remission |
Graves disease s/p RAI | Bell's palsy, resolved | Barrett esophagus | Raynaud phenomenon | Sjogren syndrome | Paget disease of bone | Cushing syndrome, resolved | Addison disease |
Asthma | Migraine | Glaucoma | Macular degeneration | Peripheral neuropathy | Osteoporosis | Iron deficiency anemia | Hashimoto thyroiditis | Wolff-Parkinson-White s/p ablation |
Stage 3 CKD | Diverticulosis | Hepatitis C, treated | HIV on ART, undetectable | Sickle cell trait | Charcot foot | Dupuytren contracture | Meniere disease
`);
export const PSH_POOL = w(`
Appendectomy | Cholecystectomy | Total knee arthroplasty, right | Total hip arthroplasty, left | Cesarean section x2 | Hysterectomy | Tonsillectomy | CABG x3 |
Inguinal hernia repair | Carpal tunnel release | Cataract extraction OU | Nissen fundoplication | Roux-en-Y gastric bypass | Whipple procedure | Hartmann procedure with reversal |
Laminectomy L4-L5 | Rotator cuff repair | ORIF right ankle | Pacemaker placement (Medtronic) | TURP | Thyroidectomy
`);
export const ALLERGIES = w(`NKDA | Penicillin (hives) | Sulfa (rash) | Codeine (nausea) | Iodinated contrast (anaphylaxis) | Latex | Shellfish | Morphine (itching) | Lisinopril (angioedema) | Bactrim | No known allergies | Keflex (rash) | Vancomycin (red man syndrome)`);
export const HABITS = [
  'Quit smoking {year}; 30 pack-year history.', 'Never smoker. Rare alcohol.', 'Drinks 2-3 beers on weekends.', 'Smokes 1 ppd x 40 years.', 'Denies illicit drugs.',
  'Former heroin use, on methadone 90 mg through a clinic.', 'Vapes daily.', 'Uses marijuana occasionally for sleep.', 'No tobacco, no alcohol.', 'Chews tobacco.',
];
export const ROS_LINES = [
  'Constitutional: denies fevers, chills, night sweats.', 'Eyes: no vision changes.', 'ENT: no sore throat or epistaxis.', 'Cardiovascular: as per HPI.',
  'Respiratory: denies hemoptysis.', 'GI: no nausea, vomiting, hematochezia or melena.', 'GU: no dysuria or hematuria.', 'MSK: chronic knee pain.',
  'Neuro: no focal weakness, no numbness.', 'Psych: mood good.', 'Skin: no rashes.', 'Heme: no easy bruising.', 'All other systems reviewed and negative.',
];
export const EXAM_LINES = [
  'General: alert, oriented x3, in no acute distress.', 'HEENT: PERRLA, EOMI, oropharynx clear, Mallampati II.', 'Neck: supple, no JVD, no thyromegaly.',
  'Lungs: clear to auscultation bilaterally, no wheezes, rales or rhonchi.', 'Heart: RRR, normal S1 S2, no murmurs, rubs or gallops.',
  'Abdomen: soft, nontender, nondistended, normoactive bowel sounds, negative Murphy sign.', 'Extremities: no edema, negative Homan sign, 2+ pulses.',
  'Neuro: CN II-XII intact, strength 5/5 throughout, Babinski downgoing bilaterally.', 'Skin: warm and dry, no rashes.', 'Psych: appropriate mood and affect.',
  'Back: no CVA tenderness, no spinal tenderness.', 'MSK: negative Lachman and McMurray on the right, Tinel and Phalen negative.', 'GCS 15.',
];
export const TRICKY_FILLERS = [
  'Foley was discontinued on day 2 and {he} voided without difficulty.', 'PICC line was removed prior to discharge.', 'Swan-Ganz catheter was not required.',
  'Kerley B lines on chest film have resolved.', 'No Homan sign.', 'Glasgow Coma Scale 15 throughout.', 'Medtronic pacemaker interrogated; normal function.',
  'Apgars 8/9 at birth per old records.', 'BP 128/76, HR 72, RR 16, SpO2 97% RA.', 'Tenderness over the 7th rib laterally.', 'Compression deformity at T11, chronic.',
  'Blood cultures 2/4 positive initially, then negative x2.', 'PT/OT recommend a rolling walker.', 'Seen in the ED, admitted to 4 West.', 'Transferred to the MICU overnight for BiPAP, then back to the floor.',
  'Remained on telemetry in the CCU step-down.', 'Port-a-Cath flushed and deaccessed.', 'Jackson-Pratt drain output minimal.', 'Eliquis held 48 hours before the procedure.',
  'Taking Tylenol and occasional Norco.', 'Zosyn was narrowed to Keflex once sensitivities returned.', 'Holter monitor showed rare PVCs.', 'Hickman catheter site without erythema.',
  'Zio patch results pending.', 'Epley maneuver performed in clinic.', 'Wells score low; D-dimer negative.', 'Ranson criteria 2.', 'Child-Pugh class A.', 'Hemoccult negative.',
  'Bovie cautery used for hemostasis.', 'TED hose and SCDs while in bed.', 'Mini-Cog 4/5.', 'MoCA 24/30.', 'PHQ-9 score 6.', 'Morse fall score 55.',
];

export interface Operation { name: string; pre: string; post: string; anes: string; findings: string; steps: string[]; ebl: string; spec: string; drains: string; implants: string }
export const OPERATIONS: Operation[] = [
  { name: 'Laparoscopic cholecystectomy', pre: 'Symptomatic cholelithiasis', post: 'Chronic cholecystitis with cholelithiasis', anes: 'General endotracheal',
    findings: 'Thick-walled gallbladder with multiple stones; critical view of safety obtained.',
    steps: ['The patient was placed supine and general anesthesia induced.', 'The abdomen was prepped and draped in the usual sterile fashion.', 'A Hasson trocar was placed at the umbilicus via open technique and pneumoperitoneum established.', 'Three 5 mm ports were placed under direct vision.', 'The fundus was retracted cephalad and Calot triangle dissected.', 'The cystic duct and artery were clipped and divided.', 'The gallbladder was removed from the liver bed with hook cautery and placed in an Endo Catch bag.', 'Fascia at the umbilicus was closed with 0 Vicryl and skin with 4-0 Monocryl and Dermabond.'],
    ebl: '10 mL', spec: 'Gallbladder to pathology', drains: 'None', implants: 'None' },
  { name: 'Open reduction and internal fixation, right distal radius', pre: 'Right distal radius fracture, displaced', post: 'Same', anes: 'Regional block with MAC',
    findings: 'Comminuted intra-articular distal radius fracture, dorsal tilt 25 degrees.',
    steps: ['A volar Henry approach was used.', 'The FCR sheath was incised and the pronator quadratus elevated.', 'The fracture was reduced under fluoroscopy and held with K-wires.', 'A volar locking plate was applied with three screws proximally and six distally.', 'Final fluoroscopic images confirmed restoration of volar tilt and radial height.', 'The wound was irrigated and closed in layers; a sugar-tong splint was applied.'],
    ebl: 'Minimal', spec: 'None', drains: 'None', implants: 'Synthes 2.4 mm volar locking plate' },
  { name: 'Right total knee arthroplasty', pre: 'Right knee osteoarthritis, end-stage', post: 'Same', anes: 'Spinal with adductor canal block',
    findings: 'Tricompartmental degenerative changes, large osteophytes, eburnated medial femoral condyle.',
    steps: ['A tourniquet was applied to the upper thigh.', 'A midline incision and medial parapatellar arthrotomy were made.', 'The distal femoral cut was made with an intramedullary guide at 5 degrees of valgus.', 'The tibia was cut perpendicular to its mechanical axis with an extramedullary guide.', 'Trial components showed good balance in flexion and extension.', 'Final components were cemented and excess cement removed.', 'The arthrotomy was closed with Stratafix and the skin with staples.'],
    ebl: '150 mL', spec: 'None', drains: 'Hemovac x1', implants: 'Zimmer Persona cemented components' },
  { name: 'Exploratory laparotomy, sigmoid colectomy with end colostomy (Hartmann procedure)', pre: 'Perforated sigmoid diverticulitis', post: 'Same, with purulent peritonitis', anes: 'General endotracheal',
    findings: 'Feculent contamination in the pelvis with perforated sigmoid colon.',
    steps: ['A midline laparotomy was performed.', 'Four-quadrant washout with 6 L warm saline was carried out.', 'The sigmoid was mobilized along the white line of Toldt.', 'The colon was divided proximally and distally with a GIA stapler.', 'An end colostomy was matured in the left lower quadrant.', 'The fascia was closed with looped PDS and the skin left open with wet-to-dry packing.'],
    ebl: '300 mL', spec: 'Sigmoid colon', drains: 'Blake drain to pelvis', implants: 'None' },
  { name: 'Left inguinal hernia repair with mesh (Lichtenstein)', pre: 'Left inguinal hernia', post: 'Left indirect inguinal hernia', anes: 'MAC with local',
    findings: 'Indirect hernia sac with omentum, no incarceration.',
    steps: ['An oblique incision was made over the inguinal canal.', 'The external oblique aponeurosis was opened and the ilioinguinal nerve protected.', 'The indirect sac was dissected off the cord and high ligated.', 'A polypropylene mesh was sutured to the shelving edge of the inguinal ligament with running Prolene.', 'The external oblique was closed with Vicryl and skin with subcuticular Monocryl.'],
    ebl: '5 mL', spec: 'None', drains: 'None', implants: 'Bard polypropylene mesh' },
  { name: 'Left carpal tunnel release', pre: 'Left carpal tunnel syndrome', post: 'Same', anes: 'Local with sedation',
    findings: 'Thickened transverse carpal ligament with hourglass compression of the median nerve.',
    steps: ['A tourniquet was inflated to 250 mmHg.', 'A longitudinal incision was made in line with the radial border of the ring finger.', 'The transverse carpal ligament was divided under direct vision.', 'The median nerve was inspected and found intact.', 'Skin was closed with 4-0 nylon horizontal mattress sutures.'],
    ebl: 'Minimal', spec: 'None', drains: 'None', implants: 'None' },
  { name: 'Coronary artery bypass grafting x3 (LIMA to LAD, SVG to OM1, SVG to PDA)', pre: 'Three-vessel coronary artery disease', post: 'Same', anes: 'General endotracheal',
    findings: 'Good quality LAD target, diffusely diseased RCA.',
    steps: ['Median sternotomy was performed.', 'The left internal mammary artery was harvested as a pedicle.', 'Greater saphenous vein was harvested endoscopically from the right leg.', 'Cardiopulmonary bypass was instituted and the heart arrested with cold cardioplegia.', 'Distal anastomoses were performed with 7-0 Prolene.', 'The patient separated from bypass without difficulty; TEE showed preserved function.', 'The sternum was closed with wires.'],
    ebl: '600 mL', spec: 'None', drains: 'Mediastinal and left pleural chest tubes', implants: 'Temporary epicardial pacing wires' },
  { name: 'Laparoscopic appendectomy', pre: 'Acute appendicitis', post: 'Acute suppurative appendicitis without perforation', anes: 'General endotracheal',
    findings: 'Inflamed, non-perforated appendix; no abscess.',
    steps: ['Pneumoperitoneum was established through an umbilical port.', 'The patient was placed in Trendelenburg with the left side down.', 'The mesoappendix was divided with a LigaSure.', 'The appendix base was divided with an Endo GIA stapler.', 'The specimen was removed in a bag and the fascia closed with 0 Vicryl.'],
    ebl: 'Less than 10 mL', spec: 'Appendix', drains: 'None', implants: 'None' },
  { name: 'Dual-chamber permanent pacemaker implantation', pre: 'Complete heart block', post: 'Same', anes: 'Local with moderate sedation',
    findings: 'Good lead thresholds, R wave 11 mV, atrial threshold 0.6 V.',
    steps: ['The left chest was prepped and draped.', 'Axillary venous access was obtained under fluoroscopy.', 'A subcutaneous pocket was created in the left pectoral region.', 'Medtronic atrial and ventricular leads were placed and tested.', 'The generator was connected and placed in the pocket.', 'The pocket was irrigated with antibiotic solution and closed in layers.'],
    ebl: 'Minimal', spec: 'None', drains: 'None', implants: 'Medtronic Azure XT DR MRI SureScan pacemaker' },
  { name: 'Low transverse cesarean section', pre: 'Intrauterine pregnancy at 39 weeks, arrest of descent', post: 'Same, delivered', anes: 'Spinal',
    findings: 'Viable female infant, Apgars 8/9, weight 3,410 g. Normal uterus, tubes and ovaries.',
    steps: ['A Pfannenstiel incision was made.', 'The fascia was incised transversely and the rectus muscles separated.', 'A low transverse hysterotomy was made and the infant delivered atraumatically.', 'The placenta was delivered by gentle traction.', 'The hysterotomy was closed in two layers with 1-0 Vicryl.', 'The skin was closed with 4-0 Monocryl subcuticular.'],
    ebl: '800 mL', spec: 'Placenta to L&D', drains: 'Foley to gravity', implants: 'None' },
  { name: 'Left brachiocephalic arteriovenous fistula creation', pre: 'End-stage renal disease', post: 'Same', anes: 'Regional block',
    findings: 'Cephalic vein 4 mm, brachial artery soft with good flow.',
    steps: ['A transverse incision was made at the antecubital fossa.', 'The cephalic vein and brachial artery were exposed.', 'An end-to-side anastomosis was performed with 7-0 Prolene.', 'A good thrill was palpable at the end of the case.'],
    ebl: '15 mL', spec: 'None', drains: 'None', implants: 'None' },
  { name: 'Total thyroidectomy', pre: 'Multinodular goiter with compressive symptoms', post: 'Same', anes: 'General endotracheal with NIM tube',
    findings: 'Enlarged multinodular gland, parathyroids identified and preserved.',
    steps: ['A Kocher incision was made two fingerbreadths above the sternal notch.', 'Subplatysmal flaps were raised.', 'The strap muscles were separated in the midline.', 'The recurrent laryngeal nerves were identified bilaterally with nerve monitoring.', 'The gland was removed and hemostasis achieved.', 'The platysma was closed with Vicryl and skin with Dermabond.'],
    ebl: '40 mL', spec: 'Thyroid to pathology', drains: 'None', implants: 'None' },
];

// ---------------------------------------------------------------------------------------------
// Note context
// ---------------------------------------------------------------------------------------------

interface Fam { p: Person; rel: string }
interface Ctx {
  r: Rng; b: Builder; mode: CaseMode;
  pt: Person; age: number; dob: Day; mrn: string; acct: string; home: Addr; ptPhone: string;
  hosp: Institution; hospAddr: Addr; osh: Institution; snf: Institution; clinic: Institution; clinicAddr: Addr;
  att: Clin; pcp: Clin; ref: Clin; cons: Clin; res: Clin; surg: Clin; nurse: Person; sw: Person; cm: Person; trans: Person;
  fam: Fam[]; employer: string; school: string; church: string; pharm: string; insurer: string; country: string;
  admit: Day; disch: Day; visit: Day; fu: Day; dfmt: DateFmt; sc: Scenario;
}

const REL_F = ['wife', 'daughter', 'mother', 'sister', 'niece', 'granddaughter', 'partner', 'aunt', 'daughter-in-law', 'friend', 'neighbor'];
const REL_M = ['husband', 'son', 'father', 'brother', 'nephew', 'grandson', 'partner', 'uncle', 'son-in-law', 'friend', 'neighbor'];
const INST_BY = (k: Institution['kind']): Institution[] => INSTITUTIONS.filter((i) => i.kind === k);
const HOSPITALS = INST_BY('hospital');
const CLINICS = INST_BY('clinic');
const POST_ACUTE = [...INST_BY('snf'), ...INST_BY('rehab')];

function makeCtx(r: Rng, b: Builder, mode: CaseMode): Ctx {
  const pt = person(r);
  const sc = r.pick(SCENARIOS);
  const age = sc.spec === 17 ? r.int(5, 19) : r.chance(0.12) ? r.int(90, 104) : r.int(18, 89);
  const visit: Day = { y: r.int(1998, 2025), m: r.int(1, 12), d: r.int(1, 28) };
  const dob = addDays({ y: visit.y - age, m: 1, d: 1 }, r.int(0, 360) - 365);
  const los = r.int(2, 12);
  const admit = addDays(visit, -los);
  const famN = r.int(1, 4);
  const fam: Fam[] = [];
  for (let i = 0; i < famN; i++) {
    const sx: Sex = r.chance(0.55) ? 'F' : 'M';
    const p = person(r, sx);
    const rel = r.pick(sx === 'F' ? REL_F : REL_M);
    if (r.chance(0.6) && !/friend|neighbor|partner/.test(rel)) p.last = pt.last;
    fam.push({ p, rel });
  }
  const hosp = r.pick(HOSPITALS);
  let osh = r.pick(HOSPITALS);
  if (osh === hosp) osh = r.pick(HOSPITALS);
  return {
    r, b, mode, pt, age, dob, mrn: mrn(r), acct: `${r.pick(['A', 'V', 'HAR ', 'FIN ', ''])}${r.digits(r.int(8, 10))}`, home: address(r), ptPhone: phone(r),
    hosp, hospAddr: address(r), osh, snf: r.pick(POST_ACUTE), clinic: r.pick(CLINICS), clinicAddr: address(r),
    att: clinician(r, SPECS[sc.spec], true), pcp: clinician(r, r.pick([SPECS[11]!, SPECS[12]!, SPECS[13]!])), ref: clinician(r), cons: clinician(r, SPECS[sc.spec], true),
    res: { ...person(r), cred: r.pick(['MD', 'DO', 'MD, PGY-2', 'PA-C', 'NP']), spec: 'Medicine', title: 'Resident' },
    surg: { ...clinician(r, r.pick([SPECS[4]!, SPECS[5]!, SPECS[15]!, SPECS[10]!])), cred: r.pick(['MD', 'MD, FACS', 'DO', 'MD, FACS', 'MD, PhD']) }, nurse: person(r), sw: person(r), cm: person(r), trans: person(r),
    fam, employer: r.pick(EMPLOYERS), school: r.pick(SCHOOLS), church: r.pick(CHURCHES), pharm: r.pick(PHARMACIES), insurer: r.pick(INSURERS),
    country: r.pick(COUNTRIES), admit, disch: visit, visit, fu: addDays(visit, r.int(5, 45)), dfmt: r.pick(FULL_DATE_FMTS), sc,
  };
}

function D(c: Ctx, d: Day, short = false): Phi {
  const f = short ? c.r.pick(SHORT_DATE_FMTS) : c.r.chance(0.8) ? c.dfmt : c.r.pick(FULL_DATE_FMTS);
  return { v: fmtDate(d, f), c: 'DATE' };
}
function Y(y: number | string): Phi { return { v: String(y), c: 'DATE_YEAR' }; }
function agePiece(c: Ctx): Piece { return c.age > 89 ? { v: String(c.age), c: 'AGE' } : String(c.age); }
function pastYear(c: Ctx): number { return c.r.int(Math.max(1960, c.visit.y - c.age + 15), c.visit.y - 1); }
function mrTitle(c: Ctx, p: Person = c.pt): string { return p.sex === 'F' ? c.r.pick(['Ms. ', 'Mrs. ', 'Ms ']) : c.r.pick(['Mr. ', 'Mr ']); }
function ptRef(c: Ctx, cap: boolean): Piece[] {
  const k = c.r.int(0, 9);
  if (k < 3) return [cap ? 'The patient' : 'the patient'];
  if (k < 6) return [mrTitle(c), nm(c.r, c.pt, 'L')];
  if (k < 7) return [cap ? 'Pt' : 'pt'];
  if (k < 9) return [nm(c.r, c.pt, c.pt.nick && c.r.chance(0.5) ? 'NICK' : 'F')];
  return [nm(c.r, c.pt, 'FL')];
}
function famRef(c: Ctx, f: Fam): Piece[] {
  const k = c.r.int(0, 7);
  if (k < 2) return [f.rel, ' ', nm(c.r, f.p, 'F')];
  if (k < 4) return [nm(c.r, f.p, 'F'), ' (', f.rel, ')'];
  if (k < 5) return [nm(c.r, f.p, 'FL'), ' (', f.rel, ')'];
  if (k < 6) return [f.rel, ' ', nm(c.r, f.p, 'FL')];
  if (k < 7) return [nm(c.r, f.p, f.p.nick ? 'NICK' : 'F'), ' (', f.rel, ')'];
  return [c.pt.sex === 'F' ? 'her ' : 'his ', f.rel, ' ', nm(c.r, f.p, 'FL')];
}
const pron = (c: Ctx): Record<string, string> => (c.pt.sex === 'F'
  ? { he: 'she', He: 'She', his: 'her', His: 'Her', him: 'her', Mr: 'Ms.' }
  : { he: 'he', He: 'He', his: 'his', His: 'His', him: 'him', Mr: 'Mr.' });

/** Fill a sentence template: {placeholders} become text or marked spans. */
function fill(c: Ctx, s: string): Piece[] {
  const out: Piece[] = [];
  const pr = pron(c);
  const parts = s.split(/\{(\w+)\}/);
  const r = c.r;
  for (let i = 0; i < parts.length; i++) {
    const t = parts[i]!;
    if (i % 2 === 0) { if (t) out.push(t); continue; }
    const f0 = c.fam[0]!;
    const fx = r.pick(c.fam);
    switch (t) {
      case 'he': case 'He': case 'his': case 'His': case 'him': case 'Mr': out.push(pr[t]!); break;
      case 'pt': out.push(...ptRef(c, false)); break;
      case 'Pt': out.push(...ptRef(c, true)); break;
      case 'ptlast': out.push(pr.Mr!, ' ', nm(r, c.pt, 'L')); break;
      case 'ptfull': out.push(nm(r, c.pt, r.pick<NameFmt>(['FL', 'FL', 'FML']))); break;
      case 'ptfirst': out.push(nm(r, c.pt, c.pt.nick ? 'NICK' : 'F')); break;
      case 'age': out.push(agePiece(c)); break;
      case 'town': out.push(town(r, c.home.town)); break;
      case 'town2': out.push(town(r, r.pick(TOWNS))); break;
      case 'addr': out.push(...addrBlock(r, c.home, true)); break;
      case 'street': out.push(L(c.home.street)); break;
      case 'hosp': out.push(instName(r, c.hosp, 0.6)); break;
      case 'osh': out.push(instName(r, c.osh, 0.5)); break;
      case 'snf': out.push(instName(r, c.snf, 0.4)); break;
      case 'clinic': out.push(instName(r, c.clinic, 0.4)); break;
      case 'pharm': out.push(L(c.pharm)); break;
      case 'employer': out.push(L(c.employer)); break;
      case 'school': out.push(L(c.school)); break;
      case 'church': out.push(L(c.church)); break;
      case 'insurer': out.push(L(c.insurer)); break;
      case 'shelter': out.push(L(r.pick(SHELTERS))); break;
      case 'county': out.push(L(r.pick(COUNTIES))); break;
      case 'country': out.push(ST(c.country)); break;
      case 'state': out.push(ST(r.pick(STATES)[0])); break;
      case 'fam': out.push(...famRef(c, f0)); break;
      case 'famx': out.push(...famRef(c, fx)); break;
      case 'famName': out.push(nm(r, f0.p, r.chance(0.7) ? 'F' : 'FL')); break;
      case 'famRel': out.push(f0.rel); break;
      case 'fam2': { const f = c.fam[1] ?? f0; out.push(nm(r, f.p, 'F'), ' (', f.rel, ')'); break; }
      case 'pcp': out.push(...drRef(r, c.pcp)); break;
      case 'att': out.push(...drRef(r, c.att)); break;
      case 'ref': out.push(...drRef(r, c.ref)); break;
      case 'cons': out.push(...drRef(r, c.cons)); break;
      case 'surg': out.push(...drRef(r, c.surg)); break;
      case 'res': out.push(...drRef(r, c.res)); break;
      case 'nurse': out.push(nm(r, c.nurse, r.pick<NameFmt>(['F', 'F', 'FL', 'FiL']))); break;
      case 'sw': out.push(nm(r, c.sw, r.pick<NameFmt>(['FL', 'F', 'FL']))); break;
      case 'cm': out.push(nm(r, c.cm, r.pick<NameFmt>(['FL', 'F']))); break;
      case 'other': out.push(nm(r, person(r), r.pick<NameFmt>(['FL', 'F', 'L', 'FiL']))); break;
      case 'date': out.push(D(c, addDays(c.visit, -r.int(1, 60)))); break;
      case 'dshort': out.push(D(c, addDays(c.visit, -r.int(1, 40)), true)); break;
      case 'admit': out.push(D(c, c.admit)); break;
      case 'disch': out.push(D(c, c.disch)); break;
      case 'visit': out.push(D(c, c.visit)); break;
      case 'fu': out.push(D(c, c.fu, r.chance(0.3))); break;
      case 'future': out.push(D(c, addDays(c.visit, r.int(3, 90)))); break;
      case 'year': out.push(Y(pastYear(c))); break;
      case 'yy': out.push(Y(`'${String(pastYear(c)).slice(2)}`)); break;
      case 'month': out.push({ v: fmtDate(addDays(c.visit, -r.int(40, 400)), 'monYear'), c: 'DATE' }); break;
      case 'phone': out.push(PH(phone(r))); break;
      case 'ptphone': out.push(PH(c.ptPhone)); break;
      case 'mrn': out.push(ID(c.mrn)); break;
      case 'weekday': out.push(r.pick(WEEKDAYS)); break;
      case 'sexw': out.push(SEXW(c)); break;
      case 'nick': out.push(N(c.pt.nick ?? (c.pt.first.length > 4 ? c.pt.first.slice(0, 3) : c.pt.first))); break;
      case 'pcpLast': out.push(nm(r, c.pcp, 'L')); break;
      case 'famList': c.fam.forEach((f, j) => { out.push(j === 0 ? '' : j === c.fam.length - 1 ? ' and ' : ', ', f.rel, ' ', nm(r, f.p, r.chance(0.7) ? 'F' : 'FL')); }); break;
      default: throw new Error(`unknown placeholder ${t}`);
    }
  }
  return out;
}
function para(c: Ctx, sents: readonly string[]): Piece[] { return sents.flatMap((s, i) => [i > 0 ? ' ' : '', ...fill(c, s)]); }

// ---------------------------------------------------------------------------------------------
// Sentence pools with slots
// ---------------------------------------------------------------------------------------------

const JOBS = ['forklift operator', 'cashier', 'home health aide', 'teacher', 'line cook', 'truck driver', 'machinist', 'CNA', 'custodian', 'software engineer', 'mail carrier', 'electrician', 'bus driver', 'nurse', 'security guard', 'roofer', 'hairdresser', 'accountant', 'warehouse associate', 'paraprofessional'];
export const SOCIAL_POOL = [
  'Lives in {town} with {his} {famRel} {famName}.', 'Lives alone in an apartment on {street} in {town}; {famx} checks in daily.', 'Originally from {country}; moved to {town} in {year}.',
  'Works at {employer} as a JOB.', 'Retired from {employer} in {year}.', 'Attends {school}.', 'Active at {church}; the pastor has been visiting.', 'Currently staying at {shelter}.',
  'Resides at {snf} since {month}.', 'Emigrated from {country} in {year} and speaks English well.', 'Grew up in {town2}, {state}.', 'Lives w/ {fam} in {town}.',
  'Moved to {town} from {town2} last year to be near {famx}.', 'HCP is {fam}, phone {phone}.', 'Fills prescriptions at {pharm}.', 'Insurance is through {insurer}.',
  'Married to {famName} for 40 years; they live in {town}.', 'Recently laid off from {employer}.', 'Volunteers at {church} on weekends.', 'Drives; lives in {county}.',
  '{His} {famRel} {famName} is {his} main support.', 'Lives with {fam} and {fam2} in a two-family house in {town}.', 'Came from {country} to join {famx} in {town}.',
  'Is a veteran, served in {country}; gets care at the VA as well.', 'Works nights at {employer}.', 'Part-time at {employer}, full-time student at {school}.',
  'Goes by "{nick}".', 'Family: {famList}.', 'Family nearby: {famList}.', 'Emergency contact: {fam}, {phone}.', '{famName}\'s cell is {phone}.',
  'Lives at {addr}.', 'From {town2} originally, moved to {town} after retiring from {employer}.', 'Lives on the {county} line, about 40 minutes from {hosp}.',
];
export const COURSE_PHI = [
  'Case discussed with {cons}, who agreed with the plan.', 'Spoke with {famName} re: dispo.', '{famName} updated by phone.', 'Called {famName} back at {phone}; left a message.',
  'Records obtained from {osh}, where {he} was seen on {date}.', 'Transferred from {osh} on {admit} for a higher level of care.', 'Per {pcp}, baseline creatinine is 1.1.',
  'D/w nurse {nurse}, who noted better intake.', 'Family meeting held with {fam} and {fam2}; {sw} from social work was present.', 'Chaplain {other} visited at the family\'s request.',
  'Interpreter {other} was used for all discussions.', '{famx} was at the bedside.', 'Seen by PT ({other}, DPT), who recommends rehab.', '{cm} (case management) arranged VNA.',
  '{famName} wants a call before any procedure.', 'Outside films from {osh} reviewed with {cons}.', 'Discussed with {pcp} by phone on {dshort}.', 'Goals of care reviewed with {fam}; {he} remains full code.',
  'Note from {osh} dated {date} reviewed.', '{He} had a similar admission to {osh} in {year}.', 'Pharmacy ({pharm}) confirmed last fill was {dshort}.',
  'OSH: {osh}.', 'Per {famName}\'s report, {he} has been more confused at night.', 'Dr. {pcpLast}\'s office faxed the medication list.', '{famName} and {famx} visited daily.',
  'Spoke w/ {famName} and {famx} at length about the plan.', 'Called {famName} back, plan reviewed.', 'Seen by {res} overnight for a rapid response; no transfer needed.',
];
export const PHONE_LOG = [
  '{dshort} 10:14 - {famRel} {famName} called asking about results; returned call at {phone}.', '{dshort} 3:40 PM: spoke with {ptfirst}, feeling better, no fevers.',
  '{dshort} - LM for {pt} to call back re: labs.', '{dshort} 0915 - called {pharm} re: prior auth, faxed form.', '{dshort}: {famName} called, {he} fell again last night, no injury.',
  '{dshort} 1:05 PM - {nurse} RN spoke with {pt}; BP log reviewed.', '{dshort} - call from {osh} ED, {he} was seen for a fall; records requested.',
  '{dshort} 4:50p: {famName} called back. Aware of appt {fu}.', '{dshort} 11:02 - Rx sent to {pharm}. Pt notified via portal.', '{dshort} - VM from {famx} ({phone}): wants a callback re: meds.',
  '{dshort} 08:30 - {cm} from {insurer} called for clinicals; faxed.', '{dshort} 2:15 PM - spoke w/ {ptfirst}, no SOB, wt stable. {nurse}', '{dshort} - {snf} nurse called, {he} has a low-grade temp; advised CBC/UA.',
  '{dshort}: called {famName} back, no answer, LM.', '{dshort} 9:45 - message from {other} at {employer} HR re: return-to-work form; pt consent on file.',
];
export const HPI_PHI = [
  '{Pt} is a {age}-year-old {sexw} from {town} who presents with', '{Pt} is a pleasant {age} y/o {sexw} referred by {ref} for', 'This is a {age} year old {sexw} well known to our practice, seen today for',
  '{Pt}, a {age}-year-old {sexw} living in {town}, is seen in consultation at the request of {att} for', 'I saw {ptlast}, a {age} yo {sexw}, in clinic today for',
  '{ptfull} is a {age}-year-old {sexw} who comes in with {his} {famRel} {famName} for', 'Pt is a {age} y.o. {sexw}, lives in {town}, here for',
  '{ptfirst} is a {age} yo {sexw}, new to me, transferring care from {other} in {town2}, with', '{ptlast} (prefers "{nick}") is a {age}-year-old {sexw} seen for',
  'This pleasant {age} year old {sexw}, accompanied today by {fam}, is seen for', '{Pt} is a {age}-year-old {sexw} {employer} employee seen for',
  'At the request of {ref}, I am seeing this {age}-year-old {sexw} for', '{ptfull}, {age}, {sexw}, self-referred after a visit to {osh} ED, for',
];
const SEXW = (c: Ctx): string => c.r.pick(c.pt.sex === 'F' ? ['woman', 'female', 'lady', 'F'] : ['man', 'male', 'gentleman', 'M']);

// ---------------------------------------------------------------------------------------------
// Shared blocks
// ---------------------------------------------------------------------------------------------

function letterhead(c: Ctx, inst: Institution, addr: Addr, dept?: string): void {
  const { b, r } = c;
  b.line(L(inst.name));
  if (dept) b.line(dept);
  b.line(...addrBlock(r, addr));
  const k = r.int(0, 3);
  if (k === 0) b.line('Tel ', PH(phone(r)), '  |  Fax ', PH(phone(r)));
  else if (k === 1) b.line('Phone: ', PH(phone(r)), '   Fax: ', PH(phone(r)), r.chance(0.5) ? ['   ', { v: `www.${domainOf(inst.name).replace('.org', '.org')}`, c: 'URL' }] : null);
  else if (k === 2) b.line('P ', PH(phone(r)), ' F ', PH(phone(r)));
  b.blank();
}
function recipient(c: Ctx, cl: Clin, inst: Institution, addr: Addr): void {
  const { b, r } = c;
  b.line(r.chance(0.5) ? ['Dr. ', nm(r, cl, 'FL', 0)] : [nm(r, cl, r.pick<NameFmt>(['FL', 'FML']), 0), ', ', cl.cred]);
  if (r.chance(0.5)) b.line(cl.spec);
  b.line(instName(r, inst, 0.2));
  b.line(...addrBlock(r, addr));
  b.blank();
}
function reLine(c: Ctx): void {
  const { b, r } = c;
  const k = r.int(0, 5);
  if (k === 0) b.line('Re: ', nm(r, c.pt, 'FL'), '   DOB: ', D(c, c.dob), '   MRN: ', ID(c.mrn));
  else if (k === 1) b.line('RE: ', nm(r, c.pt, 'LF'), '\nDOB: ', D(c, c.dob), '\nMR#: ', ID(c.mrn));
  else if (k === 2) b.line('Re:  ', nm(r, c.pt, 'FML'), ' (DOB ', D(c, c.dob), ')');
  else if (k === 3) b.line('Patient: ', nm(r, c.pt, 'FL'), '\nDate of Birth: ', D(c, c.dob), '\nDate of Visit: ', D(c, c.visit));
  else if (k === 4) b.line('RE: ', nm(r, c.pt, 'FL'), ', DOB ', D(c, c.dob), ', ', addrBlock(r, c.home, true));
  else b.line('Regarding: ', nm(r, c.pt, 'LFM'), '  Acct ', ID(c.acct));
  b.blank();
}
function salutation(c: Ctx, cl: Clin): void {
  const { b, r } = c;
  if (isMidlevel(cl)) {
    if (r.chance(0.5)) b.line('Dear ', nm(r, cl, 'F'), ',');
    else b.line('Dear ', cl.sex === 'F' ? 'Ms. ' : 'Mr. ', nm(r, cl, 'L'), ',');
    b.blank();
    return;
  }
  const k = r.int(0, 6);
  if (k < 3) b.line('Dear Dr. ', nm(r, cl, 'L'), ',');
  else if (k === 3) b.line('Dear ', nm(r, cl, 'F'), ',');
  else if (k === 4) b.line('Dear Dr. ', nm(r, cl, 'FL'), ':');
  else if (k === 5) b.line('Dear Colleague,');
  else b.line('Dear Dr ', nm(r, cl, 'L'));
  b.blank();
}
function signoff(c: Ctx, cl: Clin, inst?: Institution, addr?: Addr, letter = true): void {
  const { b, r } = c;
  const k = letter ? r.int(0, 8) : r.pick([1, 1, 2, 3, 7, 9, 10]);
  if (k === 9) { b.blank(); b.line('Signed: ', nm(r, cl, r.pick<NameFmt>(['FL', 'LF', 'FiL']), 0), ', ', cl.cred, ' ', D(c, addDays(c.visit, r.int(0, 2))), ' ', `${r.int(0, 23)}${p2(r.int(0, 59))}`); return; }
  if (k === 10) { b.blank(); b.line('_____________________________'); b.line(nm(r, cl, r.pick<NameFmt>(['FML', 'FL']), 0), ', ', cl.cred); b.line(r.pick(['Attending Surgeon', 'Attending Physician', 'Dictating Physician', cl.spec])); return; }
  b.blank();
  if (k === 0) { b.line(r.pick(['Sincerely,', 'Sincerely yours,', 'Yours sincerely,'])); b.add('\n\n\n'); b.line(...sigName(r, cl)); b.line(cl.title, cl.title.endsWith(' of') || cl.title.endsWith(',') ? ` ${cl.spec}` : ''); }
  else if (k === 1) { b.line('Electronically signed by: ', nm(r, cl, 'LF', 0), ' ', cl.cred.split(',')[0]!, ' on ', D(c, addDays(c.visit, r.int(0, 3))), ' at ', `${r.int(7, 18)}:${p2(r.int(0, 59))}`); }
  else if (k === 2) { b.line('/s/ ', ...sigName(r, cl)); }
  else if (k === 3) { b.line('-- ', nm(r, cl, 'FiL', 0), ', ', cl.cred); }
  else if (k === 4) { b.line('With kind regards,'); b.blank(); b.line(...sigName(r, cl)); if (inst) b.line(instName(r, inst, 0.2)); if (addr) b.line(...addrBlock(r, addr)); }
  else if (k === 5) { b.line('Best wishes,'); b.blank(); b.line(nm(r, cl, 'F', 0)); b.line(nm(r, cl, 'FL', 0), ', ', cl.cred); }
  else if (k === 6) { b.line('Thank you,'); b.line(...sigName(r, cl)); b.line(cl.spec, r.chance(0.5) ? [' | ', { v: emailFor(r, cl, domainOf((inst ?? c.hosp).name)), c: 'EMAIL' }] : ''); }
  else if (k === 7) { if (letter) { b.line('Warm regards,'); b.blank(); } b.line(...sigName(r, cl)); b.line('Pager ', PH(`${r.int(1, 9)}${r.digits(4)}`)); }
  else { b.line('Respectfully,'); b.blank(); b.line('_______________________'); b.line(...sigName(r, cl)); b.line(cl.spec, ', ', instName(r, inst ?? c.hosp, 0.5)); }
}
function ccList(c: Ctx, who: Clin[]): void {
  const { b, r } = c;
  if (who.length === 0) return;
  const k = r.int(0, 3);
  b.blank();
  if (k === 0) { b.line('cc: ', ...who.flatMap((x, i) => [i > 0 ? '; ' : '', 'Dr. ', nm(r, x, 'FL')])); }
  else if (k === 1) { b.line('CC:'); for (const x of who) b.line('    ', nm(r, x, 'FL'), ', ', x.cred.split(',')[0]!, ', ', instName(r, r.pick(CLINICS), 0.5), ', ', town(r, r.pick(TOWNS))); }
  else if (k === 2) { b.add('cc:  '); who.forEach((x, i) => b.line(i > 0 ? '     ' : '', nm(r, x, r.pick<NameFmt>(['FiL', 'FL', 'LF'])), ', ', x.cred)); b.line('     ', nm(r, c.pt, 'FL'), ' (patient), ', addrBlock(r, c.home, true)); }
  else { b.line('Copies to: ', ...who.flatMap((x, i) => [i > 0 ? ', ' : '', nm(r, x, 'FL'), ' ', x.cred.split(',')[0]!]), r.chance(0.5) ? ['; ', instName(r, c.osh)] : null, r.chance(0.4) ? '; patient' : ''); }
}
function initials(p: Person): string { return (p.first[0]! + (p.mid ?? '') + p.last.replace(/[^A-Za-z]/g, '')[0]!); }
function transFooter(c: Ctx, cl: Clin): void {
  const { b, r } = c;
  const dd = addDays(c.visit, r.int(0, 1));
  const dt = addDays(dd, r.int(0, 2));
  const di = r.chance(0.5) ? initials(cl).toLowerCase() : initials(cl).toUpperCase();
  const ti = initials(c.trans).toLowerCase().slice(0, r.int(2, 3));
  const job = r.digits(r.int(5, 8));
  const k = r.int(0, 6);
  b.blank();
  if (k === 0) { b.line('D: ', D(c, dd), '  T: ', D(c, dt)); b.line(N(di), '/', N(ti)); b.line('Job #: ', ID(job)); }
  else if (k === 1) { b.line('DD: ', D(c, dd), ' ', `${r.int(7, 22)}:${p2(r.int(0, 59))}`); b.line('DT: ', D(c, dt), ' ', `${r.int(0, 23)}:${p2(r.int(0, 59))}`); b.line(N(di.toUpperCase()), '/', N(ti)); b.line('Doc #', ID(job)); }
  else if (k === 2) { b.line('Dictated: ', D(c, dd), '    Transcribed: ', D(c, dt)); b.line('Transcriptionist: ', nm(r, c.trans, r.pick<NameFmt>(['FL', 'FiL', 'LF']), 0), r.chance(0.5) ? [', ', L(r.pick(TRANSCRIPTION_COS))] : ''); b.line('Job ID ', ID(job)); }
  else if (k === 3) { b.line(N(di), '/', N(ti), '  D:', D(c, dd), '  T:', D(c, dt), '  #', ID(job)); }
  else if (k === 4) { b.line('Dictated by: ', nm(r, cl, 'FL', 0), ', ', cl.cred.split(',')[0]!); b.line('DD/DT: ', D(c, dd), '/', D(c, dt)); b.line(N(ti), '  Job# ', ID(job), '  Conf# ', ID(r.digits(6))); }
  else if (k === 5) { b.line(N(di), ':', N(ti)); b.line('d: ', D(c, dd), ' t: ', D(c, dt)); }
  else { b.line('DICTATED BY ', nm(r, cl, 'FL', 0), ' ', cl.cred.split(',')[0]!, ' ON ', D(c, dd), ' TRANSCRIBED ', D(c, dt), ' BY ', N(ti.toUpperCase())); b.line('JOB ', ID(job)); }
}
function headerBlock(c: Ctx, title: string, extra: Array<[string, Piece[]]>): void {
  const { b, r } = c;
  const k = r.int(0, 4);
  if (k === 0) b.line(title.toUpperCase());
  else if (k === 1) b.line(L(c.hosp.name), '\n', title);
  else if (k === 2) b.line(instName(r, c.hosp, 0.9), ' - ', title);
  else b.line(title);
  b.blank();
  const nameFmt = r.pick<NameFmt>(['LF', 'LFM', 'FL', 'FML']);
  const label = r.pick(['PATIENT NAME: ', 'PT: ', 'Patient: ', 'NAME: ', 'Patient Name: ']);
  const pn = nm(r, c.pt, nameFmt);
  const lines: Array<[string, Piece[]]> = [[label, [r.chance(0.4) ? { v: pn.v.toUpperCase(), c: 'NAME' } : pn]], ...extra];
  const mrnL = r.pick(['MRN: ', 'MR#: ', 'MEDICAL RECORD #: ', 'Med Rec No: ', 'Unit No: ']);
  lines.push([mrnL, [ID(c.mrn)]]);
  if (r.chance(0.5)) lines.push([r.pick(['DOB: ', 'Date of Birth: ', 'D.O.B.: ']), [D(c, c.dob)]]);
  if (r.chance(0.4)) lines.push([r.pick(['ACCOUNT #: ', 'Acct: ', 'FIN: ', 'Visit #: ']), [ID(c.acct)]]);
  if (r.chance(0.3)) lines.push(['ROOM: ', [`${r.int(2, 9)}${r.pick(['West', 'East', 'North', 'S'])}-${r.int(1, 40)}${r.pick(['A', 'B', ''])}`]]);
  if (r.chance(0.5)) {
    for (const [lab, v] of lines) b.line(lab, v);
  } else {
    const pairs = lines.map(([lab, v]) => [lab, v] as const);
    for (let i = 0; i < pairs.length; i += 2) {
      const a = pairs[i]!, bb = pairs[i + 1];
      b.line(a[0], a[1], bb ? ['      ', bb[0], bb[1]] : null);
    }
  }
  b.blank();
}
function section(c: Ctx, name: string, body: Piece[]): void {
  const { b, r } = c;
  const st = r.int(0, 3);
  const h = st === 0 ? name.toUpperCase() + ':' : st === 1 ? name + ':' : st === 2 ? name.toUpperCase() : `${name}:`;
  if (r.chance(0.5) && st !== 2) b.line(h, ' ', ...body);
  else { b.line(h); b.line(...body); }
  b.blank();
}
function listSection(c: Ctx, name: string, items: Piece[][]): void {
  const { b, r } = c;
  const bullet = r.pick(['1. ', '- ', '* ', '', '# ']);
  b.line(r.chance(0.6) ? name.toUpperCase() + ':' : name + ':');
  items.forEach((it, i) => b.line(bullet === '1. ' ? `${i + 1}. ` : bullet, ...it));
  b.blank();
}
function pmhItems(c: Ctx, n: number): Piece[][] {
  const { r } = c;
  return r.some(PMH_POOL, n).map((x) => (r.chance(0.3) ? [x, r.chance(0.5) ? [' (dx ', Y(pastYear(c)), ')'] : [" ", Y(`'${String(pastYear(c)).slice(2)}`)]] : [x]));
}
function fupLines(c: Ctx): Piece[][] {
  const { r } = c;
  const out: Piece[][] = [];
  const n = r.int(1, 3);
  for (let i = 0; i < n; i++) {
    const who = i === 0 ? c.pcp : i === 1 ? c.cons : clinician(r);
    const inst = i === 0 ? c.clinic : r.pick(CLINICS);
    const d = addDays(c.disch, r.int(3, 40));
    const hh = r.int(8, 16);
    const mm = r.pick(['00', '15', '20', '30', '40', '45']);
    const t = r.chance(0.5) ? `${hh}:${mm}` : `${hh > 12 ? hh - 12 : hh}:${mm} ${hh >= 12 ? r.pick(['PM', 'pm', 'p.m.']) : r.pick(['AM', 'am', 'a.m.'])}`;
    const k = r.int(0, 4);
    if (k === 0) out.push([...drRef(r, who), ', ', who.spec, ', ', instName(r, inst), ', on ', D(c, d), ' at ', t, '.']);
    else if (k === 1) out.push([who.spec, ': ', nm(r, who, 'FL'), ' ', who.cred.split(',')[0]!, ' - ', D(c, d), ' ', t, ' - ', L(street(r)), ', ', town(r, r.pick(TOWNS)), ' - ', PH(phone(r))]);
    else if (k === 2) out.push(['F/u w/ ', ...drRef(r, who), ' in ', `${r.int(1, 4)} weeks`, r.chance(0.5) ? [' (', instName(r, inst), ' will call ', r.chance(0.5) ? 'with a date' : ['to confirm ', D(c, d, true)], ')'] : '', '.']);
    else if (k === 3) out.push(['Appointment with ', nm(r, who, 'FL'), ', ', who.cred, ' at ', instName(r, inst, 0.2), ', ', addrBlock(r, address(r), true), ' on ', weekday(d), ', ', D(c, d), ' at ', t, '. Phone ', PH(phone(r)), '.']);
    else out.push([instName(r, inst, 0.6), ' (', nm(r, who, 'FiL'), ') ', D(c, d, r.chance(0.5)), ' @ ', t]);
  }
  if (r.chance(0.5)) out.push(['Lab draw at ', instName(r, r.pick(HOSPITALS), 0.6), ' outpatient lab on ', D(c, addDays(c.disch, r.int(3, 10)), true), '.']);
  if (r.chance(0.3)) out.push(['VNA: ', L(`${r.pick(['VNA of ', 'Visiting Nurse Association of ', 'Home Health VNA - '])}${r.pick(TOWNS)}`), ', ', PH(phone(r)), '.']);
  return out;
}
function medsItems(c: Ctx): Piece[][] { return c.sc.meds.map((m) => [m]); }
function clinicalSents(c: Ctx, pool: readonly string[], n: number): Piece[] { return para(c, c.r.some(pool, n)); }
function phiSents(c: Ctx, pool: readonly string[], n: number): Piece[] {
  return para(c, c.r.some(pool, n).map((s) => s.replace('JOB', c.r.pick(JOBS))));
}
function mixed(c: Ctx, clin: readonly string[], nClin: number, phi: readonly string[], nPhi: number): Piece[] {
  const { r } = c;
  const a = r.some(clin, nClin).map((s) => ({ s, k: 0 }));
  const bb = r.some(phi, nPhi).map((s) => ({ s: s.replace('JOB', r.pick(JOBS)), k: 1 }));
  const all = r.shuffle([...a, ...bb]);
  return all.flatMap((x, i) => [i > 0 ? ' ' : '', ...fill(c, x.s)]);
}

function vitals(c: Ctx): Piece[] {
  const { r } = c;
  const sbp = r.int(92, 178), dbp = r.int(50, 98), hr = r.int(54, 124), rr = r.int(12, 28), t = (36 + r.f() * 3).toFixed(1), sp = r.int(86, 100);
  const k = r.int(0, 3);
  if (k === 0) return [`BP ${sbp}/${dbp}, HR ${hr}, RR ${rr}, T ${t}, SpO2 ${sp}% ${r.pick(['RA', 'on 2L', 'on room air', '3L NC'])}.`];
  if (k === 1) return [`T ${t} P ${hr} R ${rr} BP ${sbp}/${dbp} O2 sat ${sp}%`];
  if (k === 2) return [`Vitals:\n  BP    ${sbp}/${dbp}\n  HR    ${hr}\n  Temp  ${t}\n  RR    ${rr}\n  SpO2  ${sp}%\n  Wt    ${r.int(45, 140)}.${r.int(0, 9)} kg`];
  return [`VS: ${t} / ${hr} / ${sbp}/${dbp} / ${rr} / ${sp}%`];
}
function labTrend(c: Ctx): void {
  const { b, r } = c;
  const n = r.int(2, 4);
  const days = Array.from({ length: n }, (_, i) => addDays(c.admit, i + r.int(0, 1) * i));
  b.line('Lab trend:');
  b.add('          ');
  days.forEach((d) => b.add({ v: fmtDate(d, r.chance(0.7) ? 'md' : 'mdyS'), c: 'DATE' }, '    '));
  b.add('\n');
  for (const [lab, lo, hi, dec] of [['Na', 118, 145, 0], ['K', 3.0, 5.9, 1], ['Cr', 0.6, 3.9, 1], ['WBC', 3.5, 21, 1], ['Hgb', 6.8, 15.2, 1]] as const) {
    if (r.chance(0.3)) continue;
    b.line(lab.padEnd(10), Array.from({ length: n }, () => (lo + r.f() * (hi - lo)).toFixed(dec).padEnd(8)).join(''));
  }
  b.blank();
}

// ---------------------------------------------------------------------------------------------
// Styles
// ---------------------------------------------------------------------------------------------

const HPI_INPT = [
  '{Pt} is a {age}-year-old {sexw} from {town} who presents with', '{Pt} is a {age} y/o {sexw} sent in by {ref} with', '{Pt} is a {age} yo {sexw} transferred from {osh} with',
  'This {age}-year-old {sexw}, a resident of {town}, was brought in by {his} {famRel} {famName} with', '{Pt} ({age} {sexw}) with hx as below admitted for',
];
function hpiPara(c: Ctx, n: number, inpatient = true): Piece[] {
  const { r } = c;
  const lead = fill(c, r.pick(inpatient ? HPI_INPT : HPI_PHI));
  const dx = c.sc.dx.toLowerCase();
  return [...lead, ' ', dx, '. ', ...para(c, r.some(c.sc.hpi, Math.min(n, c.sc.hpi.length))),
    r.chance(0.5) ? [' ', ...phiSents(c, COURSE_PHI, 1)] : ''];
}

function dischargeSummary(c: Ctx): void {
  const { b, r } = c;
  if (r.chance(0.15)) {
    letterhead(c, c.hosp, c.hospAddr, r.pick(['Department of Medicine', 'Hospital Medicine Service', 'Discharge Summary']));
    b.line(D(c, c.disch)); b.blank();
    recipient(c, c.pcp, c.clinic, c.clinicAddr);
    reLine(c);
    salutation(c, c.pcp);
    b.line(...fill(c, r.pick(['Your patient {ptfull} was discharged from {hosp} today after an admission for', 'I am writing to let you know that {ptlast} was admitted on {admit} and discharged on {disch} with', 'We cared for {ptfirst} on the medicine service for'])), ' ', c.sc.dx.toLowerCase(), '.');
    b.blank();
  } else headerBlock(c, r.pick(['Discharge Summary', 'DISCHARGE SUMMARY', 'Hospital Discharge Summary', 'Discharge Summary - Medicine', 'Death/Discharge Summary']), [
    [r.pick(['ADMISSION DATE: ', 'Date of Admission: ', 'Admit: ', 'Adm: ']), [D(c, c.admit)]],
    [r.pick(['DISCHARGE DATE: ', 'Date of Discharge: ', 'D/C: ', 'Disch: ']), [D(c, c.disch)]],
    [r.pick(['ATTENDING: ', 'Attending Physician: ', 'Attg: ']), drRef(r, c.att)],
    [r.pick(['PCP: ', 'Primary Care: ', 'PRIMARY CARE PHYSICIAN: ']), [...drRef(r, c.pcp), r.chance(0.5) ? [', ', instName(r, c.clinic)] : '']],
  ]);
  const order = r.int(0, 3);
  const dxList: Piece[][] = [[c.sc.dx], ...r.some(c.sc.other, r.int(1, 3)).map((x) => [x])];
  if (order !== 2) listSection(c, r.pick(['Discharge Diagnoses', 'Principal and Secondary Diagnoses', 'Diagnoses']), dxList);
  else section(c, 'Admission Diagnosis', [c.sc.abbr]);
  if (r.chance(0.7)) section(c, r.pick(['History of Present Illness', 'HPI', 'Reason for Admission', 'Brief HPI']), hpiPara(c, r.int(2, 4)));
  if (r.chance(0.4)) listSection(c, 'Past Medical History', pmhItems(c, r.int(2, 5)));
  if (order === 1) {
    b.line(r.pick(['HOSPITAL COURSE BY PROBLEM:', 'Hospital Course by problem:']));
    b.line('# ', c.sc.abbr, ': ', ...clinicalSents(c, c.sc.course, 2), ' ', ...phiSents(c, COURSE_PHI, 1));
    for (const o of r.some(c.sc.other, 2)) b.line('# ', o, ': ', ...clinicalSents(c, TRICKY_FILLERS, 1), r.chance(0.5) ? [' ', ...phiSents(c, COURSE_PHI, 1)] : '');
    b.blank();
  } else {
    const hc = r.shuffle([...r.some(c.sc.course, r.int(2, 4)).map((x) => ({ x, p: false })), ...r.some(TRICKY_FILLERS.slice(0, 24), r.int(1, 2)).map((x) => ({ x, p: false })), ...r.some(COURSE_PHI, r.int(1, 3)).map((x) => ({ x, p: true }))]);
    section(c, r.pick(['Hospital Course', 'Brief Hospital Course', 'HOSPITAL COURSE', 'Course']), hc.flatMap((h, i) => [i > 0 ? ' ' : '', ...fill(c, h.x)]));
  }
  if (r.chance(0.5)) section(c, 'Procedures', [r.pick(['None.', c.sc.results[0]!, `${r.pick(OPERATIONS).name} on `]), ...(r.chance(0.4) ? [D(c, addDays(c.admit, 1))] : [])]);
  if (r.chance(0.5)) listSection(c, 'Consultants', [[c.cons.spec, ' - ', ...drRef(r, c.cons)], ...(r.chance(0.5) ? [[r.pick(SPECS)[0], ' - ', ...drRef(r, clinician(r))]] : [])]);
  if (r.chance(0.5)) section(c, 'Pertinent Results', para(c, c.sc.results));
  if (r.chance(0.25)) labTrend(c);
  section(c, r.pick(['Condition at Discharge', 'Discharge Condition', 'Condition']), [r.pick(['Stable.', 'Good.', 'Fair, improved.', 'Stable, ambulating with walker.', 'Alert and oriented, tolerating diet.'])]);
  const dk = r.int(0, 4);
  const dispo: Piece[] = dk === 0 ? ['Home with services (VNA).'] : dk === 1 ? ['Discharged to ', instName(r, c.snf, 0.3), r.chance(0.5) ? [' in ', town(r, r.pick(TOWNS))] : '', ' for short-term rehab.']
    : dk === 2 ? ['Home with ', ...famRef(c, c.fam[0]!), '.'] : dk === 3 ? ['Acute rehab at ', instName(r, r.pick(INST_BY('rehab')), 0.5), '.'] : ['Home. Will stay with ', ...famRef(c, c.fam[0]!), ' in ', town(r, r.pick(TOWNS)), ' for a few weeks.'];
  section(c, r.pick(['Disposition', 'Discharge Disposition', 'Discharged to']), dispo);
  listSection(c, r.pick(['Discharge Medications', 'Medications at Discharge', 'D/C meds']), medsItems(c));
  if (r.chance(0.7)) listSection(c, r.pick(['Discharge Instructions', 'Patient Instructions', 'Instructions']), c.sc.plan.map((s) => fill(c, s)));
  listSection(c, r.pick(['Follow-up Appointments', 'Follow Up', 'FOLLOW-UP', 'Appointments']), fupLines(c));
  if (r.chance(0.3)) section(c, 'Pending at discharge', [r.pick(['Final blood cultures', 'Pathology', 'Quantiferon', 'Send-out myositis panel']), ' - ', ...drRef(r, c.att), ' will follow up and call ', ...famRef(c, c.fam[0]!), ' at ', PH(phone(r)), '.']);
  signoff(c, c.att, c.hosp, undefined, r.chance(0.3));
  if (r.chance(0.6)) ccList(c, r.some([c.pcp, c.cons, c.ref], r.int(1, 3)));
  if (r.chance(0.55)) transFooter(c, c.att);
}

function consultLetter(c: Ctx): void {
  const { b, r } = c;
  if (r.chance(0.75)) letterhead(c, c.clinic, c.clinicAddr, r.chance(0.5) ? `Division of ${c.cons.spec}` : undefined);
  b.line(D(c, c.visit)); b.blank();
  if (r.chance(0.8)) recipient(c, c.ref, r.pick(CLINICS), address(r));
  reLine(c);
  salutation(c, c.ref);
  const open = r.int(0, 5);
  const o: Piece[] = open === 0 ? ['Thank you for referring ', nm(r, c.pt, 'FL'), ', a ', agePiece(c), '-year-old ', SEXW(c), ', for evaluation of ', c.sc.abbr, '. I saw ', c.pt.sex === 'F' ? 'her' : 'him', ' in the ', c.cons.spec, ' clinic on ', D(c, c.visit, true), '.']
    : open === 1 ? ['I had the pleasure of seeing your patient, ', mrTitle(c), nm(r, c.pt, 'FL'), ', in consultation today regarding ', c.sc.dx.toLowerCase(), '.']
      : open === 2 ? ['Thank you for asking me to see ', nm(r, c.pt, 'F'), ' again. As you know, ', pron(c).he!, ' is a ', agePiece(c), ' y/o with ', c.sc.dx.toLowerCase(), '.']
        : open === 3 ? ['Many thanks for your kind referral of this ', agePiece(c), '-year-old ', SEXW(c), ' from ', town(r, c.home.town), ', whom I reviewed in clinic on ', D(c, c.visit), '.']
          : open === 4 ? ['I saw ', nm(r, c.pt, 'FML'), ' today at your request. ', nm(r, c.pt, 'F'), ' came with ', ...famRef(c, c.fam[0]!), '.']
            : ['It was a pleasure to meet ', mrTitle(c), nm(r, c.pt, 'L'), ' in our ', instName(r, c.clinic), ' office on ', D(c, c.visit), ', referred by ', ...drRef(r, c.ref), ' for ', c.sc.abbr, '.'];
  b.line(...o); b.blank();
  const struct = r.int(0, 2);
  if (struct === 0) {
    b.line(...para(c, r.some(c.sc.hpi, 3)), ' ', ...phiSents(c, COURSE_PHI, 1)); b.blank();
    b.line('Past history includes ', r.some(PMH_POOL, 3).join(', ').toLowerCase(), '. ', 'Surgical history: ', r.pick(PSH_POOL), ' (', Y(pastYear(c)), ').'); b.blank();
    b.line(...phiSents(c, SOCIAL_POOL, r.int(2, 3))); b.blank();
    b.line('On examination ', c.sc.exam.join(' ').replace(/^./, (x) => x.toLowerCase()), ' ', r.pick(TRICKY_FILLERS.slice(8, 11))); b.blank();
  } else {
    section(c, 'History', [...para(c, r.some(c.sc.hpi, 3))]);
    listSection(c, 'Past Medical History', pmhItems(c, r.int(2, 4)));
    listSection(c, 'Medications', r.some(c.sc.meds, 3).map((m) => [m]));
    section(c, 'Allergies', [r.pick(ALLERGIES)]);
    section(c, 'Social History', phiSents(c, SOCIAL_POOL, r.int(2, 3)));
    if (struct === 2) section(c, 'Family History', [r.pick(['Mother', 'Father', 'Brother', 'Sister']), ' with ', r.pick(PMH_POOL).toLowerCase(), '. ', r.pick(['No family history of sudden cardiac death.', 'Father died of MI at 58.', 'No known family history of colon cancer.'])]);
    section(c, 'Examination', [...para(c, c.sc.exam), ' ', r.pick(EXAM_LINES)]);
    if (r.chance(0.6)) section(c, 'Investigations', para(c, c.sc.results));
  }
  b.line(r.pick(['Impression: ', 'IMPRESSION AND PLAN: ', 'In summary, ', 'Assessment: ']), fill(c, `{Pt} has ${c.sc.dx.toLowerCase()}.`), ' ', ...para(c, r.some(c.sc.plan, 2)), ' ', ...phiSents(c, [
    'I will see {him} again in clinic on {fu}.', 'I have asked {him} to return in 3 months.', 'I have ordered an echo, to be done at {hosp}.', 'We will arrange follow-up at our {town2} office.',
    'I have discussed this with {fam}, who agrees.', 'Please do not hesitate to contact me at {phone} with any questions.', 'I have copied this letter to {pcp}.',
  ], 2));
  b.blank();
  b.line(r.pick(['Thank you for allowing me to participate in the care of this pleasant patient.', 'Thank you again for this referral.', 'Thanks for involving me in her care.', 'Kind regards and thank you.', 'I will keep you updated.']));
  signoff(c, c.cons, c.clinic, c.clinicAddr);
  if (r.chance(0.6)) ccList(c, r.some([c.pcp, c.att], r.int(1, 2)));
  if (r.chance(0.35)) transFooter(c, c.cons);
}

function clinicLetter(c: Ctx): void {
  const { b, r } = c;
  letterhead(c, c.clinic, c.clinicAddr, r.chance(0.6) ? `${c.cons.spec} Clinic` : undefined);
  const k = r.int(0, 3);
  if (k === 3) {
    // letter to the patient
    b.line(D(c, c.visit)); b.blank();
    b.line(nm(r, c.pt, 'FML', 0)); b.line(...addrBlock(r, c.home)); b.blank();
    b.line('Dear ', mrTitle(c), nm(r, c.pt, 'L'), ','); b.blank();
    b.line(...fill(c, r.pick(['I am writing with the results of the tests we did on {dshort}.', 'It was good to see you in clinic on {dshort}.', 'We tried to reach you by phone at {ptphone} but could not leave a message.'])));
    b.blank(); b.line(...para(c, c.sc.results), ' ', r.pick(['These results are reassuring.', 'These need follow-up.', 'Overall this is stable.']));
    b.blank(); b.line(...para(c, r.some(c.sc.plan, 2)), ' ', ...fill(c, r.pick(['Please call my nurse {nurse} at {phone} to schedule.', 'Your next appointment is on {fu}.', 'You can also message us through the portal.'])));
    if (r.chance(0.5)) b.line('Patient portal: ', { v: `https://mychart.${domainOf(c.clinic.name)}/login`, c: 'URL' });
    signoff(c, c.cons, c.clinic);
    if (r.chance(0.5)) ccList(c, [c.pcp]);
    return;
  }
  b.line(r.pick(['Clinic date: ', 'Date seen: ', 'Seen: ']), D(c, c.visit), r.chance(0.5) ? ['    Typed: ', D(c, addDays(c.visit, r.int(1, 9)))] : '');
  b.blank();
  recipient(c, c.pcp, c.clinic, address(r));
  reLine(c);
  if (k === 0) {
    listSection(c, 'Diagnosis', [[c.sc.dx], ...c.sc.other.slice(0, 2).map((x) => [x])]);
    listSection(c, 'Plan', c.sc.plan.map((s) => fill(c, s)));
    salutation(c, c.pcp);
    b.line(...fill(c, r.pick(['I reviewed {ptfirst} in the clinic today, accompanied by {fam}.', 'I saw {ptlast} today for routine follow-up.', 'Thank you for your letter regarding {ptfirst}, whom I saw today.'])), ' ', ...clinicalSents(c, c.sc.hpi, 2));
  } else {
    salutation(c, c.pcp);
    b.line(...fill(c, r.pick(['I saw {ptlast} back in clinic today.', '{ptfirst} returns after {his} admission to {osh} on {date}.', 'Follow-up visit for {ptfull}.'])), ' ', ...mixed(c, c.sc.course, 2, COURSE_PHI, 1));
  }
  b.blank();
  b.line(r.pick(['On examination today, ', 'Exam: ', 'Today ']), ...clinicalSents(c, [...c.sc.exam, ...EXAM_LINES], 3), ' ', r.pick(TRICKY_FILLERS.slice(8, 20)));
  b.blank();
  if (r.chance(0.6)) { b.line(...phiSents(c, SOCIAL_POOL, r.int(1, 2))); b.blank(); }
  b.line(...fill(c, r.pick(['I will see {him} again on {fu}.', 'Follow-up in 4 months, sooner if needed.', 'We will review {him} again on {fu} at our {town2} satellite clinic.', 'I have not arranged further follow-up; I would be happy to see {him} again if problems recur.'])));
  signoff(c, c.cons, c.clinic);
  ccList(c, r.some([c.ref, c.att], r.int(1, 2)));
  if (r.chance(0.4)) transFooter(c, c.cons);
}

function referralLetter(c: Ctx): void {
  const { b, r } = c;
  if (r.chance(0.7)) letterhead(c, c.clinic, c.clinicAddr, r.pick(['Internal Medicine', 'Family Practice', 'Primary Care', undefined as unknown as string]));
  b.line(r.pick(['Date: ', '']), D(c, c.visit)); b.blank();
  const k = r.int(0, 4);
  if (k === 0) b.line('To: ', ...drRef(r, c.cons), ', ', c.cons.spec, '\nFrom: ', ...drRef(r, c.pcp));
  else if (k === 1) recipient(c, c.cons, r.pick(CLINICS), address(r));
  else if (k === 2) b.line(r.pick(['Attn: ', 'ATTN: ']), c.cons.spec, ' intake, ', instName(r, r.pick(HOSPITALS)), '   Fax ', PH(phone(r)));
  else b.line('REFERRAL TO: ', c.cons.spec.toUpperCase(), r.chance(0.5) ? [' (', ...drRef(r, c.cons), ')'] : '', '\nURGENCY: ', r.pick(['Routine', 'Urgent - within 2 weeks', 'Semi-urgent']));
  b.blank();
  reLine(c);
  if (k === 2 || k === 3) b.line(r.pick(['To whom it may concern,', 'Dear Colleague,', 'Hello,'])); else salutation(c, c.cons);
  b.line(...fill(c, r.pick([
    'I am writing to refer {ptfull}, a {age}-year-old {sexw}, for further evaluation of',
    'I would be grateful if you could see this {age} year old {sexw} from {town} regarding',
    'Please see my patient {ptlast} for',
    'I am referring {ptfirst} to you for an opinion about',
    'Requesting consult for {ptfull} (DOB see above) re:',
  ])), ' ', c.sc.dx.toLowerCase(), '.');
  b.blank();
  b.line(...mixed(c, c.sc.hpi, 2, ['{He} was seen at {osh} ED on {date}.', 'Previously followed by {other} in {town2} before moving here.', '{He} would prefer an appointment at your {town2} location.', 'Records from {osh} are enclosed.'], r.int(1, 2)));
  b.blank();
  if (r.chance(0.6)) { listSection(c, 'Current medications', r.some(c.sc.meds, 3).map((m) => [m])); }
  if (r.chance(0.5)) listSection(c, 'PMH', pmhItems(c, 3));
  if (r.chance(0.6)) section(c, 'Social', phiSents(c, SOCIAL_POOL, 2));
  const auth = r.int(0, 2);
  if (auth === 0) b.line('Insurance: ', L(c.insurer), '  Member ID: ', ID(`${r.letters(3)}${r.digits(9)}`), '  Auth #: ', ID(r.digits(10)));
  else if (auth === 1) b.line('Prior authorization ', ID(`PA-${r.digits(7)}`), ' obtained from ', L(c.insurer), ' on ', D(c, c.visit, true), '.');
  b.line(...fill(c, r.pick(['The patient can be reached at {ptphone}; {his} {famRel} {famName} helps with scheduling.', 'Best contact is {famx} at {phone}.', 'Please call the patient directly at {ptphone}.', 'Needs a {lang} interpreter.'.replace('{lang}', r.pick(['Spanish', 'Portuguese', 'Twi', 'Arabic', 'Vietnamese', 'Haitian Creole', 'Navajo']))])));
  b.blank();
  b.line(r.pick(['Thank you for seeing this patient.', 'Many thanks.', 'Thanks in advance for your help.', 'I appreciate your assistance.']));
  signoff(c, c.pcp, c.clinic, c.clinicAddr);
  if (r.chance(0.4)) b.line('Enclosures: ', r.chance(0.5) ? r.pick(['labs, imaging report', 'office note', 'last two office notes and labs']) : ['records from ', instName(r, c.osh)]);
}

function operativeNote(c: Ctx): void {
  const { b, r } = c;
  const op = r.pick(OPERATIONS);
  const asst = clinician(r, SPECS[5]);
  const anes = clinician(r);
  const opDay = addDays(c.admit, r.int(0, 2));
  if (r.chance(0.2)) dictationPreamble(c, c.surg, 'an operative report');
  headerBlock(c, r.pick(['Operative Report', 'OPERATIVE NOTE', 'Operative Note - Dictated', 'Brief Op Note / Full Dictation', 'PROCEDURE NOTE']), [
    [r.pick(['DATE OF OPERATION: ', 'Date of Surgery: ', 'DOS: ', 'Date of Procedure: ']), [D(c, opDay)]],
    [r.pick(['SURGEON: ', 'Surgeon: ', 'Primary Surgeon: ']), [nm(r, c.surg, r.pick<NameFmt>(['FL', 'FML', 'LF'])), ', ', c.surg.cred]],
  ]);
  const lines: Array<[string, Piece[]]> = [
    ['ASSISTANT', r.chance(0.7) ? [nm(r, asst, r.pick<NameFmt>(['FL', 'FiL'])), ', ', r.pick(['PA-C', 'MD', 'RNFA', 'MD (resident)'])] : ['None']],
    ['ANESTHESIOLOGIST', r.chance(0.5) ? [...drRef(r, anes)] : [nm(r, anes, 'FL'), ', CRNA']],
    ['PREOPERATIVE DIAGNOSIS', [op.pre]], ['POSTOPERATIVE DIAGNOSIS', [op.post]], ['PROCEDURE PERFORMED', [op.name]], ['ANESTHESIA', [op.anes]],
  ];
  if (r.chance(0.3)) r.shuffle(lines);
  for (const [h, v] of lines) { if (r.chance(0.5)) { b.line(h, ': ', ...v); } else { b.line(h, ':'); b.line(...v); } b.blank(); }
  section(c, 'Indications', [...fill(c, `{Pt} is a {age}-year-old {sexw} with ${op.pre.toLowerCase()}.`), ' ', ...fill(c, r.pick([
    'Risks, benefits and alternatives were discussed with the patient and {his} {famRel} {famName}, and informed consent was obtained.',
    'Consent was signed by {fam} as health care proxy.', '{He} was seen in clinic on {date} and elected to proceed.', 'Referred by {ref} after failing conservative management.',
    'Cleared by cardiology ({cons}) on {dshort}.', 'Transferred from {osh} for definitive management.',
  ]))]);
  section(c, 'Findings', [op.findings]);
  b.line(r.pick(['DESCRIPTION OF PROCEDURE:', 'PROCEDURE IN DETAIL:', 'Description of Operation:', 'TECHNIQUE:']));
  b.line(...fill(c, r.pick(['{Pt} was identified in the preoperative holding area and the site marked.', 'The patient was brought to OR 7 and placed supine.', 'After confirming identity with {his} wristband, the patient was taken to the operating room.'])), ' ',
    ...para(c, op.steps.slice(0, Math.max(3, op.steps.length - r.int(0, 2)))), ' ', ...(r.chance(0.6) ? [r.pick(['Sponge, needle and instrument counts were correct x2.', 'All counts were correct.'])] : ['Counts correct per circulating nurse ', nm(r, c.nurse, r.pick<NameFmt>(['FL', 'F', 'FiL'])), ', RN.']));
  b.blank();
  const tail: Array<[string, string]> = [['ESTIMATED BLOOD LOSS', op.ebl], ['SPECIMENS', op.spec], ['DRAINS', op.drains], ['IMPLANTS', op.implants], ['COMPLICATIONS', r.pick(['None apparent.', 'None.', 'None immediate.'])], ['CONDITION', r.pick(['Stable to PACU.', 'Extubated, to PACU in good condition.', 'To SICU, intubated.'])]];
  for (const [h, v] of tail) if (r.chance(0.85)) b.line(r.chance(0.5) ? h : h[0] + h.slice(1).toLowerCase(), ': ', v);
  b.blank();
  b.line(...fill(c, r.pick(['I was present and scrubbed for the entire procedure.', '{surg} was present for the key and critical portions.', 'The family ({fam}) was updated in the waiting room after the case.', 'I spoke with {famName} after surgery at {phone}.', 'Dr. {other} was the attending of record.']).replace('Dr. {other}', '{att}')));
  signoff(c, c.surg, c.hosp, undefined, false);
  transFooter(c, c.surg);
  if (r.chance(0.4)) ccList(c, [c.pcp, c.ref].slice(0, r.int(1, 2)));
}

function dictationPreamble(c: Ctx, cl: Clin, what: string): void {
  const { b, r } = c;
  const k = r.int(0, 2);
  if (k === 0) b.line('This is ', ...drRef(r, cl), ' dictating ', what, ' on ', nm(r, c.pt, r.pick<NameFmt>(['FL', 'FML'])), ', medical record number ', ID(c.mrn), ', date of service ', D(c, c.visit), '.');
  else if (k === 1) b.line('Dictation for ', nm(r, c.pt, 'LF'), ', spelled ', N(c.pt.last.toUpperCase().split('').join('-')), ', ', what, ', ', ...drRef(r, cl), ' dictating.');
  else b.line('[Dictated by ', nm(r, cl, 'FL', 0), ' for ', nm(r, c.pt, 'FL'), ' on ', D(c, c.visit), '.]');
  b.blank();
}

function historyPhysical(c: Ctx): void {
  const { b, r } = c;
  if (r.chance(0.2)) dictationPreamble(c, c.att, 'an admission history and physical');
  headerBlock(c, r.pick(['History and Physical', 'ADMISSION HISTORY AND PHYSICAL', 'H&P', 'Admission H&P', 'HISTORY & PHYSICAL EXAMINATION']), [
    [r.pick(['DATE OF ADMISSION: ', 'Admit Date: ', 'DOA: ']), [D(c, c.admit)]],
    [r.pick(['ADMITTING PHYSICIAN: ', 'Attending: ']), drRef(r, c.att)],
    ...(r.chance(0.5) ? [[r.pick(['REFERRING PHYSICIAN: ', 'Referred by: ']), drRef(r, c.ref)] as [string, Piece[]]] : []),
    ...(r.chance(0.4) ? [['SOURCE: ', [r.pick(['Patient and ', 'Chart and ', 'EMS and ']), c.fam[0]!.rel, ' ', nm(r, c.fam[0]!.p, 'F')]] as [string, Piece[]]] : []),
  ]);
  section(c, r.pick(['Chief Complaint', 'CC', 'Reason for Admission']), [r.pick(['"I can\'t breathe"', c.sc.abbr, `${c.sc.abbr}, transferred from `]), ...(r.chance(0.3) ? [instName(r, c.osh)] : [])]);
  section(c, r.pick(['History of Present Illness', 'HPI', 'HISTORY OF PRESENT ILLNESS']), hpiPara(c, r.int(2, 4)));
  listSection(c, r.pick(['Past Medical History', 'PMH', 'PAST MEDICAL HISTORY']), pmhItems(c, r.int(2, 6)));
  if (r.chance(0.7)) listSection(c, r.pick(['Past Surgical History', 'PSH']), r.some(PSH_POOL, r.int(1, 3)).map((x) => [x, r.chance(0.5) ? [' ', r.chance(0.5) ? Y(pastYear(c)) : ['in ', Y(pastYear(c))]] : '']));
  listSection(c, r.pick(['Medications', 'Home Medications', 'MEDS']), r.some([...c.sc.meds, 'Aspirin 81 mg daily', 'Lipitor 20 mg daily', 'Synthroid 75 mcg daily', 'Xanax 0.25 mg PRN', 'Omeprazole 20 mg daily'], r.int(2, 5)).map((m) => [m]));
  section(c, 'Allergies', [r.pick(ALLERGIES)]);
  section(c, r.pick(['Social History', 'SOCIAL HISTORY', 'SH']), [...phiSents(c, SOCIAL_POOL, r.int(1, 3)), ' ', r.pick(HABITS).replace('{year}', String(pastYear(c))) === '' ? '' : ''].concat(fill(c, r.pick(HABITS))));
  if (r.chance(0.7)) section(c, r.pick(['Family History', 'FH']), [r.pick(['Mother', 'Father', 'Brother', 'Sister']), ' ', r.pick(['with', 'died of', 'd. of', 'had']), ' ', r.pick(PMH_POOL).toLowerCase(), r.chance(0.5) ? [' at ', String(r.int(40, 88))] : '', '. ', r.pick(['Otherwise noncontributory.', 'No early CAD.', 'Father had Huntington disease.', 'Sister with Hodgkin disease.'])]);
  if (r.chance(0.6)) listSection(c, r.pick(['Review of Systems', 'ROS']), r.some(ROS_LINES, r.int(3, 6)).map((x) => [x]));
  listSection(c, r.pick(['Physical Examination', 'PHYSICAL EXAM', 'Exam']), [vitals(c), ...r.some([...EXAM_LINES, ...c.sc.exam], r.int(4, 7)).map((x) => [x])]);
  if (r.chance(0.3)) labTrend(c);
  if (r.chance(0.7)) section(c, r.pick(['Laboratory Data', 'Labs/Imaging', 'DATA']), [...para(c, c.sc.results), r.chance(0.4) ? [' Outside labs from ', instName(r, c.osh), ' dated ', D(c, addDays(c.admit, -r.int(1, 5))), ' reviewed.'] : '']);
  listSection(c, r.pick(['Assessment and Plan', 'ASSESSMENT/PLAN', 'Impression and Plan', 'A/P']), [
    fill(c, `{age} y/o with ${c.sc.dx.toLowerCase()}.`), ...r.some(c.sc.plan, 2).map((s) => fill(c, s)), fill(c, r.pick(COURSE_PHI)),
    [r.pick(['Code status: ', 'CODE: ']), r.pick(['Full code', 'DNR/DNI', 'Full code, confirmed with patient']), r.chance(0.5) ? ['. HCP ', ...famRef(c, c.fam[0]!), ' ', PH(phone(r))] : ''],
    [r.pick(['DVT ppx: heparin SC', 'DVT prophylaxis: Lovenox', 'Dispo: pending PT eval', 'Diet: cardiac'])],
  ]);
  signoff(c, r.chance(0.6) ? c.att : c.res, c.hosp, undefined, false);
  if (r.chance(0.3)) b.line('Attending attestation: I saw and examined the patient with ', ...drRef(r, c.res), ' and agree with the findings and plan. ', nm(r, c.att, 'FiL', 0), ', ', c.att.cred);
  if (r.chance(0.75)) transFooter(c, c.att);
}

function addendum(c: Ctx): void {
  const { b, r } = c;
  const orig = addDays(c.visit, -r.int(0, 5));
  const k = r.int(0, 4);
  if (k === 0) b.line('ADDENDUM');
  else if (k === 1) b.line('Addendum to ', r.pick(['discharge summary', 'operative note', 'H&P', 'clinic note', 'consult']), ' dated ', D(c, orig));
  else if (k === 2) b.line(r.pick(['LATE ENTRY / ADDENDUM', 'Addendum (late entry)', '*** ADDENDUM ***']), ' - ', D(c, c.visit), ' ', `${r.int(6, 23)}:${p2(r.int(0, 59))}`);
  else if (k === 3) { b.line(L(c.hosp.name)); b.line('ADDENDUM'); }
  else b.line('Addendum by ', ...drRef(r, c.att), ' on ', D(c, c.visit));
  if (r.chance(0.6)) b.line('Patient: ', nm(r, c.pt, r.pick<NameFmt>(['LF', 'FL', 'LFM'])), r.chance(0.6) ? ['   MRN ', ID(c.mrn)] : '');
  if (r.chance(0.4)) b.line('Original note by: ', ...drRef(r, r.chance(0.5) ? c.res : c.cons), ' on ', D(c, orig));
  b.blank();
  const pool = [
    'Final blood cultures from {dshort} returned no growth.', 'Pathology returned benign; discussed with {ptfirst} by phone.', 'Correction: allergy is to sulfa, not penicillin.',
    'Spoke with {famName} re: dispo; {he} will go to {snf} rather than home.', '{famx} called; updated on the plan.', 'Called {ptfirst} back at {ptphone} to review results.',
    'Per {cons}, no anticoagulation for now.', 'Bed offer accepted at {snf}; transport booked for {dshort}.', 'Records from {osh} received and reviewed; prior echo {date} showed EF 40%.',
    'Discussed with {pcp}, who will see {him} on {fu}.', 'The discharge medication list above is corrected: Lasix is 20 mg, not 40 mg.', 'Pt left AMA before this addendum; {famName} was informed.',
    'The patient\'s correct address is {addr}.', 'Follow-up changed to {fu} at {clinic}.', 'Note also sent to {pcp} at {clinic}.', 'Interpreter {other} present for the phone call.',
    'Insurance ({insurer}) approved the rehab stay, reference {refno}.', 'Pharmacy ({pharm}) confirms the Eliquis copay card is active.', '{nurse} RN reports {he} is voiding after Foley removal.',
  ];
  if (r.chance(0.95)) { b.line(...fill(c, r.pick(['Briefly, {pt} is a {age} y/o admitted {admit} with', 'To summarize: {age} yo {sexw} with', 'Recap: {ptfirst}, {age}, seen for'])), ' ', c.sc.abbr.toLowerCase(), '. ', ...clinicalSents(c, c.sc.course, 2)); b.blank(); }
  if (r.chance(0.25)) {
    const allied = person(r);
    const cred = r.pick(['RRT', 'RN', 'LICSW', 'DPT', 'OTR/L', 'CCC-SLP', 'RD, LDN', 'PharmD', 'RN, CM', 'BSN, RN']);
    b.line(r.pick(['Respiratory therapy', 'Nursing', 'Social work', 'Physical therapy', 'Occupational therapy', 'Speech', 'Nutrition', 'Pharmacy', 'Case management']), ' addendum:');
    b.line(...mixed(c, [...TRICKY_FILLERS, ...c.sc.course], r.int(2, 3), COURSE_PHI, r.int(1, 2)));
    const an = nm(r, allied, r.pick<NameFmt>(['FiL', 'FL', 'FML']), 0);
    b.line(r.pick(['-- ', '- ', '']), r.chance(0.4) ? N(an.v.toUpperCase()) : an, ', ', cred, r.chance(0.4) ? [' ', D(c, c.visit, true), ' ', `${r.int(0, 23)}${p2(r.int(0, 59))}`] : '');
    b.blank();
  }
  const picks = r.some(pool, r.int(4, 7));
  for (const s of picks) {
    const filled = s.includes('{refno}') ? [...fill(c, s.split('{refno}')[0]!), ID(`${r.letters(2)}${r.digits(7)}`), ...fill(c, s.split('{refno}')[1]!)] : fill(c, s);
    b.line(r.chance(0.5) ? '- ' : '', ...filled);
  }
  b.blank(); b.line(...clinicalSents(c, [...TRICKY_FILLERS, ...c.sc.course], r.int(1, 3)));
  if (r.chance(0.4)) b.line(r.pick(['Time spent: 25 minutes, more than half in coordination of care.', 'No change to the assessment and plan otherwise.', 'Remainder of the note unchanged.', 'All other elements of the original note stand.']));
  signoff(c, r.chance(0.7) ? c.att : c.cons, c.hosp, undefined, false);
  if (r.chance(0.3)) transFooter(c, c.att);
}

function nonclinicalLetter(c: Ctx): void {
  const { b, r } = c;
  letterhead(c, c.clinic, c.clinicAddr);
  b.line(D(c, c.visit)); b.blank();
  const k = r.int(0, 6);
  const ptn = (): Phi => nm(r, c.pt, r.pick<NameFmt>(['FL', 'FML', 'FL']));
  const back = addDays(c.visit, r.int(3, 30));
  if (k === 0 || k === 1) {
    // employer
    if (r.chance(0.6)) { b.line(r.pick(['Human Resources', 'Attn: Supervisor', 'Occupational Health', 'Attention: ']), r.chance(0.4) ? nm(r, person(r), 'FL') : ''); b.line(L(c.employer)); b.line(...addrBlock(r, address(r))); b.blank(); }
    b.line(r.pick(['To Whom It May Concern:', 'To whom it may concern,', 'Dear Sir or Madam:', 'RE: Work status']));
    b.blank();
    b.line(...[
      'This letter is to confirm that ', ptn(), r.chance(0.5) ? [' (DOB ', D(c, c.dob), ')'] : '', ' is under my care and was ', r.pick(['hospitalized at ', 'seen at ']), instName(r, c.hosp, 0.5), ' from ', D(c, c.admit), ' to ', D(c, c.disch), '.',
      ' ', pron(c).He!, ' ', r.pick(['may return to work on ', 'is unable to work until ', 'can resume light duty on ']), D(c, back), '.',
    ]);
    b.blank();
    b.line(r.pick(['Restrictions: no lifting over 10 lb, no ladders, seated work preferred, for 4 weeks.', 'No restrictions.', 'Restrictions: may not drive a company vehicle until cleared.', 'Please allow frequent breaks and access to a restroom.', 'Intermittent FMLA is supported for flares, up to 2 days per month.']));
    if (k === 1) b.line('FMLA forms for ', L(c.employer), ' were completed and faxed to ', PH(phone(r)), ' on ', D(c, c.visit, true), '. Employee ID ', ID(`E${r.digits(6)}`), '.');
  } else if (k === 2) {
    // school
    b.line(r.pick(['To the School Nurse', 'Attn: Principal', 'Dear Teachers and Staff,', 'To whom it may concern']), r.chance(0.5) ? [', ', L(c.school)] : ''); b.blank();
    b.line('Please excuse ', ptn(), ' from ', r.pick(['school', 'classes', 'gym class', 'after-school sports']), ' at ', L(c.school), ' from ', D(c, c.admit, r.chance(0.4)), ' through ', D(c, back, r.chance(0.4)), '. ',
      ...fill(c, r.pick(['{He} was seen in our office for an illness and is now improving.', 'May return to full activity on {future}.', 'Please allow {him} to carry an albuterol inhaler and to go to the nurse as needed.', '{His} {famRel} {famName} can be reached at {phone}.'])));
    b.blank(); b.line(r.pick(['Accommodations: elevator pass, extra time between classes for 3 weeks.', 'No contact sports for 6 weeks (concussion protocol).', 'Please contact me with questions.', 'Insulin may be given by the school nurse per the attached plan.']));
  } else if (k === 3 || k === 4) {
    // insurer
    const ins = c.insurer;
    b.line(L(ins)); b.line(r.pick(['Appeals Department', 'Utilization Review', 'Pharmacy Prior Authorization', 'Claims Unit'])); b.line(...addrBlock(r, address(r))); b.blank();
    b.line('RE: ', ptn()); b.line(r.pick(['Member ID: ', 'Policy #: ', 'Subscriber ID: ']), ID(`${r.letters(r.int(1, 3))}${r.digits(r.int(8, 11))}`));
    b.line(r.pick(['Claim #: ', 'Reference #: ', 'Case number: ']), ID(`${r.digits(4)}-${r.digits(6)}`)); b.line('DOB: ', D(c, c.dob)); b.blank();
    b.line(r.pick(['Letter of Medical Necessity', 'Appeal of denial', 'Request for reconsideration']), r.chance(0.5) ? [' dated ', D(c, addDays(c.visit, -r.int(3, 30)))] : ''); b.blank();
    b.line('I am writing on behalf of my patient, ', ptn(), ', ', r.pick(['to appeal the denial of ', 'to request coverage of ']), r.pick(['Entresto', 'Humira', 'Ozempic', 'continuous glucose monitoring (Dexcom G7)', 'inpatient rehabilitation', 'a power wheelchair', 'home oxygen', 'Eliquis', 'CPAP supplies']), '. ',
      ...fill(c, `{He} has ${c.sc.dx.toLowerCase()}.`), ' ', ...clinicalSents(c, c.sc.course, 2), ' ', ...fill(c, r.pick(['{He} failed formulary alternatives in {year}.', 'Without this treatment {he} is at high risk of readmission to {hosp}.', 'Please contact my office at {phone} for a peer-to-peer review.'])));
    if (k === 4) { b.blank(); b.line('Motor vehicle collision on ', D(c, addDays(c.admit, -1)), ', vehicle plate ', OT(`${r.digits(1)}${r.letters(2)}${r.digits(3)}`), ', police report ', ID(`${r.digits(2)}-${r.digits(5)}`), ' (', L(`${r.pick(TOWNS)} Police Department`), ').'); }
  } else if (k === 5) {
    // jury duty / travel / court
    const jury = r.chance(0.5);
    if (jury) b.line(r.pick(['Jury Commissioner', 'Clerk of Court', 'Office of the Jury Commissioner']), ', ', L(`${r.pick(COUNTIES)} ${r.pick(['Superior Court', 'District Court', 'Courthouse'])}`));
    else b.line(r.pick(['To the Airline Medical Desk', 'Medical Clearance Unit', 'Special Assistance']), ', ', L(`${r.pick(['Delta', 'JetBlue', 'United', 'American', 'Cape Air', 'Southwest'])} Airlines`));
    b.blank();
    b.line('To whom it may concern:'); b.blank();
    if (jury) b.line(ptn(), ' ', r.pick(['is medically unable to serve on a jury', 'should be excused from jury service']), ' on ', D(c, back), ' because of ', c.sc.abbr, '. Juror number ', ID(r.digits(9)), '.');
    else b.line(ptn(), ' is fit to fly on ', D(c, back), ' (flight ', OT(`${r.letters(2)} ${r.int(100, 2999)}`), ') to ', ST(r.chance(0.5) ? c.country : r.pick(STATES)[0]), ', with supplemental oxygen 2 L by portable concentrator.');
  } else {
    // housing / disability
    b.line(r.pick(['Housing Authority', 'Office of Disability Determination', 'Department of Transitional Assistance', 'Registry of Motor Vehicles']), ', ', town(r, r.pick(TOWNS))); b.blank();
    b.line(r.pick(['To whom it may concern:', 'Dear Caseworker:'])); b.blank();
    b.line('I have been ', ptn(), "'s ", r.pick(['primary care physician', 'cardiologist', 'treating doctor']), ' since ', Y(pastYear(c)), '. ', ...fill(c, r.pick(['{He} currently lives at {addr}, which has three flights of stairs.', '{He} needs a first-floor unit because of {his} heart failure.', 'Handicap placard is supported; license number on file.', '{He} is staying at {shelter} and needs a refrigerator for insulin.'])));
    if (r.chance(0.5)) b.line("Driver's license: ", ID(`S${r.digits(8)}`), '.');
  }
  b.blank();
  b.line(...fill(c, r.pick([
    'I have been caring for {pt} since {year}. {He} is being treated for', '{Pt} has been a patient of {clinic} since {year} and carries a diagnosis of',
    'For context, {he} was recently discharged from {hosp} after treatment for', 'Medically, {he} is recovering from',
  ])), ' ', c.sc.dx.toLowerCase(), '. ', ...clinicalSents(c, [...c.sc.course, ...c.sc.plan], r.int(1, 3)).map((x) => x),
  ' ', r.pick(['The expected recovery period is 4 to 6 weeks.', 'This condition is chronic, with intermittent flares.', 'I expect full recovery.', 'Prognosis is fair.']));
  b.blank();
  if (r.chance(0.5)) { b.line(r.pick(['I certify that the above information is true and accurate to the best of my knowledge.', 'This letter was written at the patient\'s request.', 'Medical details are shared with the patient\'s written consent only as needed.'])); b.blank(); }
  b.line(r.pick(['Please feel free to contact my office with any questions at ', 'For questions call ', 'My office can be reached at ']), PH(phone(r)), '.');
  signoff(c, r.chance(0.6) ? c.pcp : c.cons, c.clinic);
}

function followupNote(c: Ctx): void {
  const { b, r } = c;
  const k = r.int(0, 4);
  if (k === 0) headerBlock(c, r.pick(['Outpatient Follow-up Note', 'Clinic Note', 'Office Visit', 'Progress Note - Outpatient']), [[r.pick(['Date of Service: ', 'DOS: ', 'Visit date: ']), [D(c, c.visit)]], [r.pick(['Provider: ', 'Seen by: ']), drRef(r, c.cons)]]);
  else if (k === 1) b.line(instName(r, c.clinic, 0.6), ' - f/u visit ', D(c, c.visit, r.chance(0.3)), '\n', nm(r, c.pt, 'LF'), '  ', ID(c.mrn), '\n');
  else if (k === 2) b.line(r.pick(['F/U', 'follow up', 'FOLLOW UP VISIT']), ' ', D(c, c.visit), ' ', nm(r, c.pt, r.pick<NameFmt>(['FL', 'LF'])), ' (', agePiece(c), c.pt.sex === 'F' ? 'F' : 'M', ')\n');
  else if (k === 3) { b.line('Subjective:'); }
  else b.line('Pt: ', nm(r, c.pt, 'LFM'), '   DOB ', D(c, c.dob), '   PCP: ', ...drRef(r, c.pcp), '\n');
  const subj = [
    ...fill(c, r.pick(['{Pt} returns for f/u of', '{age} yo here for follow-up of', 'Seen today w/', 'Interval hx: since last visit on {date}, f/u', '{ptfirst} comes in with {fam} for f/u'])), ' ', c.sc.abbr, '. ',
    ...mixed(c, [...c.sc.hpi, 'Feels better overall.', 'Tolerating meds w/o side effects.', 'Some fatigue.', 'Sleeping OK.', 'No ED visits since last seen.'], r.int(2, 3), [...COURSE_PHI, ...SOCIAL_POOL], r.int(1, 2)),
  ];
  if (k === 3) b.line(...subj); else section(c, r.pick(['Subjective', 'S', 'Interval History', 'HPI']), subj);
  if (r.chance(0.5)) listSection(c, r.pick(['Meds', 'Current Medications']), medsItems(c));
  section(c, r.pick(['Objective', 'O', 'Exam', 'PE']), [...vitals(c), ' ', ...clinicalSents(c, [...EXAM_LINES, ...c.sc.exam], r.int(2, 4))]);
  if (r.chance(0.5)) section(c, 'Data', [...clinicalSents(c, c.sc.results, 2), r.chance(0.4) ? [' Outside echo from ', instName(r, c.osh), ' (', D(c, addDays(c.visit, -r.int(10, 200))), ') reviewed.'] : '']);
  listSection(c, r.pick(['Assessment/Plan', 'A/P', 'Plan', 'Assessment and plan']), [
    [c.sc.abbr, ' - ', r.pick(['improved', 'stable', 'worse', 'at goal', 'not at goal']), '. ', ...clinicalSents(c, c.sc.plan, 1)],
    ...r.some(c.sc.other, r.int(1, 2)).map((o) => [o, ' - ', r.pick(['stable, cont current meds', 'check labs', 'f/u PCP', 'refer back to ', 'as per '])] as Piece[]).map((x) => (String(x[2]).endsWith(' ') ? [...x, ...drRef(r, c.pcp)] : x)),
    fill(c, r.pick(['RTC 3 mo, sooner prn.', 'F/u {fu}.', 'Return in 6 weeks with labs prior.', 'Next visit at the {town2} office.', 'Will call {famName} w/ results.'])),
  ]);
  if (r.chance(0.5)) {
    b.line(r.pick(['Phone log:', 'TELEPHONE ENCOUNTERS:', 'Messages:']));
    for (const s of r.some(PHONE_LOG, r.int(1, 3))) b.line(...fill(c, s), r.chance(0.5) ? [' -', nm(r, c.nurse, r.pick<NameFmt>(['F', 'FiL', 'L']), 0)] : '');
    b.blank();
  }
  if (r.chance(0.2)) b.line(r.pick(['Scribe: ', 'Scribed by ', 'Medical student: ', 'Seen with ']), nm(r, person(r), r.pick<NameFmt>(['FL', 'FiL'])), r.chance(0.5) ? [', ', r.pick(['MS3', 'scribe', 'student'])] : '');
  if (r.chance(0.15)) b.line('Interpreter: ', nm(r, person(r), r.pick<NameFmt>(['FL', 'F'])), ' (', r.pick(['Spanish', 'Portuguese', 'Cape Verdean Creole', 'Vietnamese', 'Arabic', 'Twi']), ') ID# ', ID(r.digits(r.int(4, 6))));
  signoff(c, c.cons, c.clinic, undefined, false);
  if (r.chance(0.3)) ccList(c, [c.pcp]);
}

const STYLE_FNS: Record<Style, (c: Ctx) => void> = {
  'discharge-summary': dischargeSummary,
  'consult-letter': consultLetter,
  'clinic-letter': clinicLetter,
  'referral-letter': referralLetter,
  'operative-note': operativeNote,
  'history-physical': historyPhysical,
  addendum,
  'nonclinical-letter': nonclinicalLetter,
  'followup-note': followupNote,
};

export function generate(count: number, seed: number): GeneratedNote[] {
  const notes: GeneratedNote[] = [];
  for (let i = 0; i < count; i++) {
    const r = new Rng(((seed >>> 0) * 2654435761 + i * 40503 + 17) >>> 0);
    const style = STYLES[i % STYLES.length]!;
    const x = r.f();
    const mode: CaseMode = x < 0.2 ? 'upper' : x < 0.3 ? 'lower' : 'mixed';
    const sloppy = style === 'followup-note' || style === 'addendum' ? 0.6 : 0.35;
    const noise: Noise = r.chance(sloppy)
      ? { typo: r.pick([0.02, 0.05, 0.1]), dblSpace: r.pick([0, 0.01, 0.03]), dropPeriod: r.pick([0, 0.1, 0.3]), noSpace: r.pick([0, 0, 0.05, 0.15]) }
      : { typo: 0, dblSpace: 0, dropPeriod: 0 };
    const b = new Builder(r, mode, noise);
    const c = makeCtx(r, b, mode);
    STYLE_FNS[style](c);
    const text = b.text.replace(/\s+$/, '');
    notes.push({ patient: `${c.pt.first} ${c.pt.last}`, text, phi: b.phi.filter((s) => s.end <= text.length), style });
  }
  return notes;
}
