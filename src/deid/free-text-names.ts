import type { PhiSpan } from './phi-span.js';
import { loadLexicons, type Lexicons } from './lexicons.js';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { LEXICON_DIR } from './lexicons.js';
import { foldDiacritics } from './fold-text.js';

interface Token {
  start: number;
  end: number;
  word: string;
  lower: string;
}

type CaseStyle = 'upper' | 'lower' | 'mixed';

// Hyphens split tokens ("DAUGHTER-KRISSY", "Smith-Jones"); a hyphen counts as a gap inside a name.
// Letters beyond ASCII ("José", "Núñez", "Nguyễn") belong to the word; the token's word is folded
// to plain letters for the lexicons and the case tests.
const TOKEN_RE = /[\p{L}][\p{L}\p{M}'’]*/gu;
const IRISH_O = /^o'[a-z]{3,}$/;
// A header's name field at the start of a line ("Patient: …", "NAME: …", "Pt name: …").
const NAME_FIELD_RE = /(?:^|\n|[|;]|\.[ \t])[ \t]*(?:patient(?:'s)?[ \t]+name|pt\.?[ \t]+name|name|patient|pt)[ \t]*:[ \t]*/gi;
// "Patient John Smith, 64M": a name right after the word patient.
const PATIENT_NAME_RE = /\b(?:[Pp]atient|PATIENT|[Pp]t)[ \t]+(?=[A-Z][a-z])/g;
const TITLES = new Set(['dr', 'drs', 'doctor', 'mr', 'mrs', 'ms', 'miss', 'prof', 'professor', 'dres']);
// Credentials that also precede a name ("per NP Carol", "MD Spears").
const WEAK_TITLES = new Set(['np', 'md', 'nurse', 'chaplain']);
// Words after "PA" / "NP" that make them the pulmonary artery or nasal prongs.
const PA_NOUNS = new Set(['line', 'lines', 'catheter', 'cath', 'pressure', 'pressures', 'port', 'tip', 'systolic', 'diastolic', 'mean', 'numbers', 'pulmonary', 'trace', 'waveform', 'wedge', 'sats', 'sat', 'with', 'and']);
// Verbs after which nursing notes put the person told ("Smith aware", "Falco notified").
const AWARENESS_RE = /\b(?:aware|notified|paged|informed)\b/gi;
// "J SMITH ORDERED EPI", "K. Lee aware": an initial and a surname before an order / awareness verb.
const INITIAL_NAME_VERB_RE = /(?<![\w/.&-])([A-Za-z])\.?[ \t]+([A-Za-z][A-Za-z'’]{2,})[ \t]+(?:ordered|aware|notified|paged|informed|called|wrote|saw|evaluated|examined|updated|spoke)\b/gi;
// "Anne is family contact", "Joe is the HCP": the person named as the family's contact or proxy.
const CONTACT_ROLE_RE = /\b([A-Z][A-Za-z'’]+)[ \t]+is[ \t]+(?:the[ \t]+)?(?:family[ \t]+|pt'?s[ \t]+|patient'?s[ \t]+)?(?:contact|spokesperson|spokesman|hcp|health[ \t]*care[ \t]+proxy|proxy)\b/gi;
const AWARENESS_AUX = new Set(['is', 'was', 'made', 'been']);
const CREDENTIALS = new Set(['licsw', 'lcsw', 'msw', 'md', 'm.d', 'rn', 'np', 'pa-c', 'pa', 'phd', 'mbbs', 'crna', 'dds', 'lpn', 'rrt', 'pharmd', 'facr', 'frcr']);
// Function words that never start a name even when a lexicon lists them ("dr will call").
const STOP = new Set([
  'the', 'a', 'an', 'and', 'or', 'of', 'to', 'in', 'on', 'at', 'by', 'for', 'with', 'from', 'via', 'his', 'her', 'their', 'our', 'my',
  'will', 'may', 'can', 'did', 'said', 'aware', 'made', 'here', 'team', 'service', 'office', 'on-call', 'covering', 'who',
  'that', 'this', 'these', 'those', 'it', 'is', 'was', 'be', 'been', 'are', 'were', 'has', 'had', 'have', 'not', 'no', 'yes',
  'patient', 'pt', 'family', 'nurse', 'md', 'house', 'officer', 'staff', 'same', 'all', 'also', 'again', 'today', 'tonight',
  'regarding', 're', 'about', 'above', 'below', 'up', 'as', 'per', 'than', 'then', 'so', 'if', 'when', 'while', 'she', 'he',
  'they', 'we', 'you', 'i', 'me', 'him', 'them', 'us', 'call', 'called', 'notified', 'paged', 'ordered', 'order', 'orders',
  // Report header labels that sit next to names.
  'states', 'both', 'son', 'dtr', 'daughter', 'wife', 'husband', 'mrn', 'dob', 'acc', 'accession', 'exam', 'date', 'time', 'sex', 'age', 'name', 'id', 'ssn', 'fin', 'csn', 'phone', 'fax', 'dr', 'mr', 'mrs', 'ms',
]);
const RELATIVES =
  'wife|husband|hus|son|sons|daughter|daughters|dtr|mother|mom|father|dad|sister|sis|brother|bro|friend|niece|nephew|grandson|granddaughter|grandmother|grandfather|aunt|uncle|spouse|fiance|fiancee|boyfriend|girlfriend|partner|cousin|neighbor|neighbour|guardian|proxy|hcp|caregiver|companion|sister-in-law|brother-in-law|son-in-law|daughter-in-law|mother-in-law|father-in-law';
const RELATIVE_WORDS = new Set(RELATIVES.split('|').flatMap((r) => [r, `${r}s`]));
const SOCIAL_VERBS = new Set(['called', 'calls', 'phoned', 'visited', 'visits', 'visiting', 'updated', 'came', 'was', 'is', 'and', 'spoke', 'here', 'aware', 'at']);
const CUES =
  'discussed\\s+with|d/w|called\\s+to|communicated\\s+to|dictated\\s+by|electronically\\s+signed\\s+by|signed\\s+by|read\\s+by|reviewed\\s+by|interpreted\\s+by|reported\\s+to|notified|paged|spoke\\s+(?:with|to)|talked\\s+(?:with|to)|attending|resident|fellow|transcribed\\s+by|seen\\s+by|evaluated\\s+by|followed\\s+by|consulted|consult(?:ed)?\\s+with|pcp(?:\\s+is)?|(?:un)?able\\s+to\\s+reach|reached|contacted|contacts|left\\s+(?:a\\s+)?(?:message|msg|vm|voicemail)\\s+(?:for|with)|radiologist|surgeon|cardiologist|oncologist|neurologist';
const CUE_RE = new RegExp(`\\b(?:${CUES})\\b\\s*[:,]?\\s*`, 'gi');
const RELATIVE_RE = new RegExp(`\\b(?:(?:${RELATIVES})(?:'s)?\\b\\s*(?:named\\s+|is\\s+|[:,(-]\\s*)?|social\\s*[:=>-]+\\s*)`, 'gi');
// Movement and care-setting cues after which a proper noun is a place or facility.
const PLACE_CUE_RE =
  /(?:\b(?:(?:transferr?(?:ed|ing)?|transfer(?:ed)?|trans|admitted|adm|went|came|brought|sent|d\/c'?d|discharged|returned?|go(?:ing)?|moved|taken|transported|referred|screened|accepted|excepted|followed|seen|lives?|living|resides?|residing|born|works?|visiting|flying|flew|arrived|arriving)\s+(?:(?:in|into|to|at|from|by|back\s+to|out\s+to)\s+)?|(?:from|at)\s+)|@[ \t]*)(?:the\s+)?/gi;
// "University of MD Medical Center": a state code inside a facility name.
const STATE_CODES = new Set('al ak az ar ca co ct de fl ga hi id il in ia ks ky la me md ma mi mn ms mo mt ne nv nh nj nm ny nc nd oh ok or pa ri sc sd tn tx ut vt va wa wv wi wy dc'.split(' '));
// State codes that are also words or common abbreviations ("IN HOSPITAL", "the VA hospital", "PA").
const AMBIGUOUS_STATE_CODES = new Set(['in', 'or', 'me', 'ok', 'oh', 'hi', 'de', 'pa', 'ma', 'la', 'va', 'id', 'co', 'ms', 'mo', 'al', 'ga', 'ne', 'sc', 'nd', 'ct', 'dc']);
// State names are not Safe Harbor identifiers (only subdivisions smaller than a state are).
const STATE_NAMES = new Set(
  'alabama alaska arizona arkansas california colorado connecticut delaware florida georgia hawaii idaho illinois indiana iowa kansas kentucky louisiana maine maryland massachusetts michigan minnesota mississippi missouri montana nebraska nevada ohio oklahoma oregon pennsylvania tennessee texas utah vermont virginia washington wisconsin wyoming'.split(' '),
);
// States (with the parts of two-word state names) and countries / continents: not Safe Harbor
// identifiers, and never a person when a place preposition or "New" precedes them.
const STATE_OR_COUNTRY = new Set([
  ...STATE_NAMES,
  ...'hampshire jersey mexico carolina dakota england ireland scotland wales britain canada france germany italy spain portugal greece russia china japan india korea vietnam philippines brazil cuba haiti jamaica bermuda bahamas israel egypt nigeria ghana kenya poland ukraine europe africa asia australia'.split(' '),
]);
const PLACE_PREPOSITION = new Set(['in', 'to', 'from', 'new', 'north', 'south', 'west', 'of', 'and']);
const WEAK_FACILITY_HEAD = new Set(['rehab', 'rehabilitation', 'university', 'healthcare', 'institute', 'manor', 'medical', 'building', 'bldg', 'pavilion']);
const GENERIC_FACILITY = new Set(['outside', 'other', 'another', 'local', 'same', 'previous', 'referring', 'community', 'nursing', 'rehab', 'osh', 'area', 'nearby', 'different', 'new', 'old', 'private', 'state', 'county', 'city', 'veterans', 'teaching', 'acute', 'chronic', 'long', 'term', 'care', 'day', 'this', 'that', 'his', 'her', 'their', 'a', 'an', 'the', 'to', 'from', 'at', 'in', 'psych', 'psychiatric', 'cardiac', 'medical', 'general']);
// "x3" glued to a word ("orientedx3", "percocetX2") is a count, not a unit number.
const GLUED_WARD_RE = /([A-Za-z]{6,}[A-WYZa-wyz])\d{1,2}\b/y;
const WARD_RE = /\b(?:to|from|on|at|in)\s+(?:the\s+)?(?:\d{1,4}\s+)?([A-Za-z]{5,})\s+\d{1,2}\b(?!\s*(?:mg|mcg|cc|ml|l\b|units?|u\b|%|mm|cm|kg|g\b|liters?|hrs?|hours?|min|days?|x\b|\/|\.\d|french|fr\b|f\b|bags?|doses?|tabs?|amps?|puffs?|times|beats?|breaths?))/gi;
const INSTITUTION_HEADS = new Set(['hospital', 'hosp', 'medical', 'med', 'center', 'centre', 'clinic', 'infirmary', 'rehab', 'rehabilitation', 'healthcare', 'health', 'memorial', 'regional', 'institute', 'university', 'home', 'hospice', 'manor', 'general', 'building', 'bldg', 'pavilion']);
// "the hospital ("QuartermainBuilding")": a proper name glued to a building word.
const GLUED_BUILDING_RE = /\b[A-Z][a-z]{3,}(?:Building|Bldg|Pavilion|Tower)\b/g;
// "Plan: QUARTERMAIN 2 when bed available": a ward and floor as the disposition of a plan.
const PLAN_WARD_RE = /\b(?:plan|dispo(?:sition)?)[ \t]*[:=-][ \t]*(?:(?:transfer|tx)[ \t]+)?(?:to[ \t]+)?([A-Za-z]{5,})[ \t]+\d{1,2}\b(?=[ \t]*(?:$|[.,;]|when|this|today|tomorrow|once|if|after|pending|asap|am\b|in[ \t]+am|bed))/gim;
// "he works for vista health", "employed by Acme": the employer, an organisation near the patient.
const EMPLOYER_RE = /\b(?:works?|working|worked|employed|employee|retired)[ \t]+(?:for|at|by|of|from)[ \t]+(?:the[ \t]+)?/gi;
// "his business Genentech": a named business of the patient or family.
const BUSINESS_RE = /\b(?:his|her|their|own|family)[ \t]+(?:business|company|firm|employer|store|restaurant|shop)[ \t]*[,:-]?[ \t]*/gi;
const INSTITUTION_HEAD = { test: (w: string) => INSTITUTION_HEADS.has(w) };
// After a movement cue, an all-capitals word is a facility only when shaped like a hospital short
// name (…H, …MC, …HC, …MH); ward and device abbreviations ("to CRSU", "from ET tube") are not.
const HOSPITAL_ABBREV_RE = /^[A-Z]{1,4}(?:H|MC|HC)$/;
// Hospital short names end in H (hospital) or MC (medical center): "to GH cath lab", "at UMMC".
const HOSPITAL_ACRONYM_RE = /^[A-Za-z]{1,3}(?:h|mc)$/i;
const ACRONYM_CUE_RE = /(?:\b(?:to|at|in|into|from)[ \t]+(?:the[ \t]+)?|->[ \t]*|@[ \t]*)$/i;

let basic: Set<string> | undefined;
let clipped: Set<string> | undefined;
function commonWords(): Set<string> {
  basic ??= new Set(readFileSync(path.join(LEXICON_DIR, 'common-words.txt'), 'utf8').split('\n').filter(Boolean));
  return basic;
}
/** Proper prefixes (≥ 3 letters, ≥ 2 letters short of the word) of common words: clipped forms. */
function clippedWords(): Set<string> {
  if (clipped) return clipped;
  clipped = new Set();
  for (const w of commonWords()) for (let n = 3; n <= w.length - 2; n++) clipped.add(w.slice(0, n));
  return clipped;
}

let rawPlaces: Set<string> | undefined;
/** Every town of `us-places.txt`, eponyms included ("hampton"): the places lexicon drops clinical words. */
function allPlaces(): Set<string> {
  rawPlaces ??= new Set(readFileSync(path.join(LEXICON_DIR, 'us-places.txt'), 'utf8').split('\n').filter(Boolean));
  return rawPlaces;
}

let facilityStarts: Map<string, string[][]> | undefined;
/** Facility and region phrases of `facility-names.txt`, by first word ("sacred" → [["sacred", "heart"]]). */
function facilityPhrases(): Map<string, string[][]> {
  if (facilityStarts) return facilityStarts;
  facilityStarts = new Map();
  for (const line of readFileSync(path.join(LEXICON_DIR, 'facility-names.txt'), 'utf8').split('\n')) {
    const words = line.trim().toLowerCase().split(/\s+/).filter(Boolean);
    if (words.length === 0 || words[0]!.startsWith('#')) continue;
    const list = facilityStarts.get(words[0]!) ?? [];
    list.push(words);
    facilityStarts.set(words[0]!, list);
  }
  return facilityStarts;
}
// "in the Edgemere area", "Harford County": a proper noun before an area word is a place.
const AREA_RE = /\b(?:in|near|around|from|of)[ \t]+(?:the[ \t]+)?([A-Z][a-z]{3,})[ \t]+(?:area|county|neighborhood|neighbourhood|vicinity|township)\b/g;

let placeStarts: Set<string> | undefined;
/** First words of the multi-word places ("bel" of "bel air"): most tokens are rejected by one lookup. */
function multiWordPlaceStarts(places: Set<string>): Set<string> {
  if (placeStarts) return placeStarts;
  placeStarts = new Set();
  for (const p of places) {
    const sp = p.indexOf(' ');
    if (sp > 0) placeStarts.add(p.slice(0, sp));
  }
  return placeStarts;
}

function caseStyle(text: string): CaseStyle {
  let up = 0;
  let low = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 65 && c <= 90) up++;
    else if (c >= 97 && c <= 122) low++;
  }
  if (up + low === 0) return 'mixed';
  if (up / (up + low) > 0.85) return 'upper';
  if (low / (up + low) > 0.97) return 'lower';
  return 'mixed';
}

// Word endings of verbs, adverbs and clinical terms ("extubated", "sedation", "ischemia"): an unknown
// word shaped like this is a misspelt word, not a name or a place.
const WORD_SHAPED =
  /(?:ed|tion|sion|ness|ment|itis|osis|emia|ectomy|otomy|ostomy|scopy|graphy|gram|ology|ologist|ical|ous|able|ize|phasia|plegia|paresis|algia|opathy|trophy|rrhea|megaly|penia|cytosis|azine|olol|pril|sartan|statin|mycin|cillin|oxacin|azole|dipine|amide|parin|zepam|caine)$/;
// Words after a candidate that make it a team, service or device, not a person ("spoke to MED TEAM",
// "anderson tubes").
const SERVICE_OR_DEVICE_AFTER = new Set(['team', 'teams', 'service', 'services', 'staff', 'dept', 'department', 'resident', 'residents', 'fellow', 'attending', 'surgeon', 'surgery', 'consult', 'tube', 'tubes', 'catheter', 'drain', 'drains', 'line', 'valve', 'bag', 'pump', 'boot', 'boots', 'mask', 'collar', 'stockings', 'sign', 'syndrome', 'disease', 'procedure', 'maneuver', 'unit',
  // Eponym heads: "Jones fracture", "Barrett esophagus", "Murphy's sign", "Glasgow coma scale".
  'fracture', 'fractures', 'esophagus', 'lines', 'cyst', 'cysts', 'ligament', 'ligaments', 'palsy', 'hernia', 'tumor', 'tumour', 'sarcoma', 'lymphoma', 'classification', 'criteria', 'lesion', 'lesions', 'deformity', 'position', 'view', 'views', 'test', 'reflex', 'triad', 'node', 'nodes', 'space', 'pouch', 'shunt', 'ring', 'tear', 'tears', 'body', 'bodies', 'effect', 'phenomenon', 'score', 'scale', 'coma', 'sequence', 'angle', 'line', 'canal', 'duct', 'foramen', 'fossa', 'gland', 'cell', 'cells', 'anomaly', 'malformation', 'repair', 'operation', 'method', 'technique']);
// "Drs' Ballou and Dutter": a plural possessive title is still a title.
const titleWord = (t: Token) => (t.lower.endsWith("'") ? t.lower.slice(0, -1) : t.lower);
const isCap = (w: string) => w.charCodeAt(0) >= 65 && w.charCodeAt(0) <= 90;

class NameScanner {
  readonly tokens: Token[] = [];
  readonly spans: PhiSpan[] = [];
  private readonly marked = new Set<number>();
  private readonly byStart = new Map<number, number>();
  /** Starts of long words glued to a number ("QUARTERMAIN3"): ward candidates. */
  private readonly glued: number[] = [];

  constructor(
    private readonly text: string,
    private readonly lex: Lexicons,
    private readonly common: Set<string>,
    private readonly style: CaseStyle,
    private readonly prefixes: Set<string>,
  ) {
    for (const m of text.matchAll(TOKEN_RE)) {
      // Letters glued to digits ("SaO2", "4U", "x2") are measurements or codes, never names.
      const before = text.charCodeAt(m.index - 1);
      const after = text.charCodeAt(m.index + m[0].length);
      if ((before >= 48 && before <= 57) || (after >= 48 && after <= 57)) {
        if (after >= 48 && after <= 57 && !(before >= 48 && before <= 57) && m[0].length >= 7) this.glued.push(m.index);
        continue;
      }
      this.byStart.set(m.index, this.tokens.length);
      const word = foldDiacritics(m[0]);
      const lower = word.toLowerCase();
      this.tokens.push({ start: m.index, end: m.index + m[0].length, word, lower: lower.includes('’') ? lower.replace(/’/g, "'") : lower });
    }
  }

  /** Lexicon name, not a common word or clinical term. */
  isLexName(t: Token): boolean {
    const w = t.lower.endsWith("'s") ? t.lower.slice(0, -2) : t.lower;
    if (w.length < 3 || this.lex.clinical.has(w) || this.lex.ambiguousNames.has(w)) return false;
    // "O'Brien", "O'NEILL": an Irish O' surname, whether or not the list has it.
    if (IRISH_O.test(w)) return this.style !== 'mixed' || isCap(t.word);
    if (!this.lex.firstNames.has(w) && !this.lex.lastNames.has(w)) return false;
    if (STATE_OR_COUNTRY.has(w) && this.afterPlacePreposition(t)) return false;
    // Clinical shorthand is usually a clipped word ("tol", "endo", "maint"); SSA first names are exempt.
    if (this.prefixes.has(w) && !(w.length >= 5 && this.lex.firstNames.has(w))) return false;
    return this.style !== 'mixed' || isCap(t.word);
  }

  /** "in Florida", "new hampshire and maine": the word before is a place preposition (or "and" after one). */
  afterPlacePreposition(t: Token): boolean {
    const i = this.byStart.get(t.start);
    const p = i === undefined ? undefined : this.tokens[i - 1];
    return !!p && PLACE_PREPOSITION.has(p.lower) && /^[ \t]+$/.test(this.text.slice(p.end, t.start));
  }

  /** A word that can be a name after a title or cue: a known name, or a capitalised / unknown non-word. */
  canFollowCue(t: Token, strong: boolean, title = false, continuation = false): boolean {
    const w = t.lower.endsWith("'s") ? t.lower.slice(0, -2) : t.lower;
    if (title && this.style === 'mixed' && isCap(t.word) && t.word !== t.word.toUpperCase() && this.lex.ambiguousNames.has(w)) return true;
    if (STOP.has(w) || CREDENTIALS.has(w) || w.length < 2) return false;
    // After "Dr." / "Mrs." a word is a name even when it is also an eponym or a common word, and
    // even in lower case ("seen by dr kowalczyk").
    if (title) return !this.common.has(w) || this.lex.ambiguousNames.has(w) || this.lex.clinical.has(w) || (isCap(t.word) && this.style === 'mixed');
    if (this.style === 'mixed' && !isCap(t.word)) return false;
    if (w.length < 3 && !(this.style === 'mixed' && isCap(t.word))) return false;
    if (this.lex.clinical.has(w)) return false;
    if (this.lex.firstNames.has(w) || this.lex.lastNames.has(w)) return true;
    // Capitalised mid-sentence after a cue, a name that is also a word ("Read by Peter") is the name.
    if (this.lex.ambiguousNames.has(w)) return !continuation && (strong || this.style === 'mixed');
    return !this.common.has(w) && (isCap(t.word) || !WORD_SHAPED.test(w));
  }

  /** A one-letter initial: "J." anywhere, or a bare capital "J" in mixed-case text. */
  isInitial(t: Token): boolean {
    if (t.word.length !== 1 || !/[A-Za-z]/.test(t.word)) return false;
    // "PA-C Jordan Lee": the C of the credential.
    if (t.start >= 3 && /pa-$/i.test(this.text.slice(t.start - 3, t.start))) return false;
    if (this.text[t.end] === '.') return this.style !== 'mixed' || isCap(t.word);
    return this.style === 'mixed' && isCap(t.word) && t.word !== 'A' && t.word !== 'I';
  }

  /** Whether the word after token `i` makes it a team, service or device ("MED TEAM", "Anderson tube"). */
  serviceAfter(i: number): boolean {
    const n = this.tokens[i + 1];
    if (!n) return false;
    const gap = this.text.slice(this.tokens[i]!.end, n.start);
    // "Hill-Sachs", "Mallory-Weiss": a surname hyphen-joined to an eponym is the eponym.
    if (gap === '-' && this.lex.clinical.has(n.lower)) return true;
    const p = this.tokens[i - 1];
    if (p && this.text.slice(p.end, this.tokens[i]!.start) === '-' && this.lex.clinical.has(p.lower)) return true;
    return SERVICE_OR_DEVICE_AFTER.has(n.lower) && /^[ \t]+$/.test(gap);
  }

  /** "per d ross": a lower-case initial (not a shorthand letter such as c, w, x, s, p) after a person cue. */
  lowerInitialBefore(j: number): boolean {
    const t = this.tokens[j]!;
    if (t.word.length !== 1 || !/[bdfghjkmtuvyz]/.test(t.word)) return false;
    const p = this.tokens[j - 1];
    return !!p && /^(?:per|by|with|to|dr|and|from|for)$/.test(p.lower) && this.blankBetween(j - 1, j);
  }

  /** "Dr B Muse": a bare capital after a title, followed on the line by a capitalised word. */
  initialAfterTitle(i: number): boolean {
    const t = this.tokens[i]!;
    const n = this.tokens[i + 1];
    if (t.word.length !== 1 || t.word === 'A' || t.word === 'I' || !isCap(t.word) || !n) return false;
    return /^[ \t]+$/.test(this.text.slice(t.end, n.start)) && isCap(n.word) && !STOP.has(n.lower) && !this.lex.clinical.has(n.lower);
  }

  /** Whether a Title-case word follows token `j` after a space ("Holy Cross", "Eastern Shore"). */
  titleCaseNext(j: number): boolean {
    const n = this.tokens[j + 1];
    if (!n || !/^[ \t]+$/.test(this.text.slice(this.tokens[j]!.end, n.start))) return false;
    return isCap(n.word) && n.word !== n.word.toUpperCase() && !this.lex.clinical.has(n.lower);
  }

  /** Whether a lowercase word follows token `j` on the same line ("Rosalind Mild cardiomegaly"). */
  lowerWordAfter(j: number): boolean {
    const n = this.tokens[j + 1];
    if (!n || !/^[ \t]+$/.test(this.text.slice(this.tokens[j]!.end, n.start))) return false;
    // A lowercase word or a lone capital ("Kerley B lines") continues a clinical phrase, not a name.
    return (n.word === n.word.toLowerCase() && this.style !== 'lower') || (n.word.length === 1 && this.text[n.end] !== '.');
  }

  /** The token starting right after position `pos`, skipping blanks, a dot and a comma. */
  nextToken(pos: number): number | undefined {
    let p = pos;
    while (p < this.text.length && /[\s.,]/.test(this.text[p]!)) p++;
    return this.byStart.get(p);
  }

  mark(i: number, category: 'NAME' | 'LOCATION' | 'INSTITUTION', source: string): void {
    const t = this.tokens[i];
    if (!t || this.marked.has(i)) return;
    this.marked.add(i);
    this.spans.push({ start: t.start, end: t.end, category, source });
  }

  /** Names right after a title or cue: up to three tokens (initials included). */
  takeAfter(i: number | undefined, source: string, strong: boolean, title = false): void {
    if (i === undefined) return;
    let t = this.tokens[i];
    if (t && TITLES.has(titleWord(t))) {
      i = this.nextToken(t.end);
      strong = true;
      title = true;
      source = 'title';
      t = i === undefined ? undefined : this.tokens[i];
    }
    let taken = 0;
    let afterInitial = false;
    let hyphenated = false;
    while (i !== undefined && t && taken < 3) {
      const initial = this.isInitial(t) || (title && taken === 0 && this.initialAfterTitle(i));
      if (hyphenated) {
        // The second half of a hyphenated name ("Smith-Jones") belongs to the same name part.
        if (STOP.has(t.lower) || (t.word === t.lower && this.common.has(t.lower) && this.style !== 'lower')) break;
        this.mark(i, 'NAME', source);
      } else {
      const prev = this.tokens[i - 1];
      // "Dr. Henry Parkinson", "Dr. Art White": after a title and a first name, a capitalised eponym or word is the surname.
      const firstBefore = !!prev && (this.lex.firstNames.has(prev.lower) || (title && taken === 1 && this.lex.ambiguousNames.has(prev.lower)));
      const surname = taken > 0 && isCap(t.word) && t.word !== t.word.toUpperCase() && (this.lex.clinical.has(t.lower) || (title && this.lex.ambiguousNames.has(t.lower))) && firstBefore && !this.lowerWordAfter(i);
      // "Dr. o rourke": an Irish "O" written apart from the surname.
      const irishO = title && taken === 0 && (t.word === 'o' || t.word === 'O') && /^ [A-Za-z]{3,}/.test(this.text.slice(t.end, t.end + 4));
      // The first word after a title or cue may be a name that is also a word; the words after it
      // must be plainer name evidence ("Dr. Smith-Jones Right lower lobe" stops before "Right").
      // "Dr. Smith-Jones Foley catheter": a device or eponym phrase ends the name.
      if (taken > 0 && this.serviceAfter(i)) break;
      if (!initial && !surname && !irishO && !this.canFollowCue(t, strong && taken === 0, (title && taken === 0) || afterInitial, taken > 0 && !afterInitial)) break;
      this.mark(i, 'NAME', source);
      taken++;
      afterInitial = initial || irishO;
      }
      const gap = this.text.slice(t.end, this.tokens[i + 1]?.start ?? t.end);
      hyphenated = gap === '-';
      // A full stop after a whole word ends the name ("Dr. Smith. Right lower lobe"); after an initial it does not.
      if (!/^(?:[ \t]*[.,]?[ \t]*|-)$/.test(gap) || (gap.includes(',') && taken > 1) || (gap.includes('.') && t.word.length > 1)) break;
      i = i + 1;
      t = this.tokens[i];
    }
    // "Drs Ballou and Dutter", "sons Smokey, Morris and Roger": a conjunction continues the list.
    if (taken > 0 && i !== undefined && t && (t.lower === 'and' || t.lower === '&') && /^[ \t]*$/.test(this.text.slice(this.tokens[i - 1]!.end, t.start))) {
      const j = this.nextToken(t.end);
      const n = j === undefined ? undefined : this.tokens[j];
      if (n && this.canFollowCue(n, strong, title)) this.takeAfter(j, source, strong, title);
    }
  }

  run(): PhiSpan[] {
    const { tokens } = this;
    // Facilities first: "Calvert Hospital" is one institution, not a surname plus a hospital.
    this.institutions();
    this.facilities();
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i]!;
      const prevChar = t.start > 0 ? this.text[t.start - 1]! : ' ';
      const shoutedTitle = this.style === 'mixed' && (t.lower === 'mr' || t.lower === 'ms') && t.word !== 'Mr' && t.word !== 'Ms';
      if (shoutedTitle && /^\. ?[A-Z]/.test(this.text.slice(t.end, t.end + 3))) {
        // "REFER TO MR. BENSKY" in a mixed-case note: "MR." / "MS." with a dot before a word no list knows is a title.
        const j = this.nextToken(t.end);
        const n = j === undefined ? undefined : this.tokens[j];
        if (n && n.word.length >= 3 && !this.common.has(n.lower) && !this.lex.clinical.has(n.lower) && !STOP.has(n.lower) && !this.prefixes.has(n.lower)) this.takeAfter(j, 'title', true, true);
      } else if (TITLES.has(titleWord(t)) && /[\s("'\-:;,.>]/.test(prevChar) && !shoutedTitle) {
        const gap = this.text.slice(t.end, t.end + 3);
        // "ms" / "mr" in shouting or lowercase notes are often mental status / mitral regurgitation.
        const needsDot = this.style !== 'mixed' && (t.lower === 'ms' || t.lower === 'mr');
        if (needsDot ? /^\.[A-Za-z]/.test(gap) : /^(?:\.?\s|\.[A-Za-z])/.test(gap)) this.takeAfter(this.nextToken(t.end), 'title', true, true);
        else if (needsDot && /^\.?\s/.test(gap)) {
          // "MR LOMISH", "MR. BENSKY" (not "assess ms. med"): a name only when the word is a known or unknown name, not a clinical word.
          const j = this.nextToken(t.end);
          const n = j === undefined ? undefined : this.tokens[j];
          if (n && this.canFollowCue(n, true)) this.takeAfter(j, 'title', true);
          // "WITH MS S. CARE": a title and an initial with a dot.
          else if (n && j !== undefined && n.word.length === 1 && this.text[n.end] === '.') this.mark(j, 'NAME', 'title');
        }
      } else if (WEAK_TITLES.has(t.lower) && /^[ \t]/.test(this.text.slice(t.end, t.end + 1))) {
        // "NP Carol", "MD Spears"; not "…, MD. Read by": a full stop after the credential ends the sentence.
        // A credential before a word is a title only when the word is a known name ("NP Carol").
        const j = this.nextToken(t.end);
        const n = j === undefined ? undefined : this.tokens[j];
        const nameish = n && (this.lex.firstNames.has(n.lower) || this.lex.lastNames.has(n.lower) || this.lex.ambiguousNames.has(n.lower) || !this.common.has(n.lower));
        if (n && nameish && !STOP.has(n.lower) && !this.lex.clinical.has(n.lower) && (this.style !== 'mixed' || isCap(n.word))) {
          this.takeAfter(j, 'title', true);
        }
      } else if (this.isLexName(t) && !this.serviceAfter(i)) {
        this.mark(i, 'NAME', 'lexicon');
      }
    }
    for (const m of this.text.matchAll(CUE_RE)) {
      const end = m.index + m[0].length;
      // "House staff notified. Dopamine titrated": a cue that ends its sentence names nobody; nor
      // does one followed by the house officer ("reported to h.o.").
      if (/^[ \t]*\.(?![A-Za-z])|^h\.?o\b/i.test(this.text.slice(end, end + 4))) continue;
      const i = this.nextToken(end);
      if (i !== undefined && this.serviceAfter(i)) continue;
      // "Transcribed by: kmw": a transcriptionist's initials.
      const ini = i === undefined ? undefined : this.tokens[i];
      if (ini && /^(?:transcribed|typed|dictated)/i.test(m[0]) && ini.word.length >= 2 && ini.word.length <= 4 && !this.common.has(ini.lower) && !STOP.has(ini.lower) && !this.lex.clinical.has(ini.lower)) this.mark(i!, 'NAME', 'cue');
      this.takeAfter(i, 'cue', false);
      if (i !== undefined) this.lowerCaseNameAfterCue(i);
    }
    for (const m of this.text.matchAll(RELATIVE_RE)) {
      // After "son" / "social:" only a word a name list knows (or a capitalised unknown word) is a name,
      // and only in the same sentence ("asking for wife. Reorients easily").
      if (/^[ \t]*\.(?![A-Za-z])/.test(this.text.slice(m.index + m[0].length, m.index + m[0].length + 3)) || /\.[ \t]*$/.test(m[0])) continue;
      const i = this.nextToken(m.index + m[0].length);
      const t = i === undefined ? undefined : this.tokens[i];
      if (!t) continue;
      const w = t.lower;
      // A relative word ("son", "niece") is the relation, not the name. "Social:" opens a sentence,
      // so a capital proves nothing there: a name that is also a word ("Full code", "Telephone
      // update", "bill called") counts only before a visiting / calling verb.
      if (RELATIVE_WORDS.has(w.replace(/'s$/, ''))) continue;
      const social = /^social/i.test(m[0]);
      const verbAfter = SOCIAL_VERBS.has(this.tokens[i! + 1]?.lower ?? '');
      const ambiguousOk = (this.style !== 'mixed' || isCap(t.word)) && (!social || verbAfter);
      // "Son, Ed, was updated": a Title-case word set off by commas after the relation is the name,
      // even when it is also a word or an abbreviation.
      if (!social && /,\s*$/.test(m[0]) && this.style === 'mixed' && isCap(t.word) && t.word !== t.word.toUpperCase() && /^[ \t]*,/.test(this.text.slice(t.end, t.end + 2)) && !STOP.has(w)) {
        this.mark(i!, 'NAME', 'relative');
        continue;
      }
      const known = ((this.lex.firstNames.has(w) || this.lex.lastNames.has(w)) && (!social || !this.common.has(w) || verbAfter)) || (this.lex.ambiguousNames.has(w) && ambiguousOk);
      // In a mixed-case note a name is Title case; "make their father CMO" is an abbreviation.
      if (known || (this.style === 'mixed' && isCap(t.word) && t.word !== t.word.toUpperCase() && !this.common.has(w))) this.takeAfter(i, 'relative', true);
    }
    this.headerNames();
    this.titleCasePairs();
    this.credentials();
    this.namesBeforeAwareness();
    this.namesBeforeAndTitle();
    this.extend();
    this.places();
    this.placesAfterCues();
    this.wards();
    this.hospitalAcronyms();
    this.placesAfterFacilities();
    this.employers();
    this.propagate();
    return this.spans;
  }

  /**
   * "grace dudak aware", "Falco notified": nursing notes name the person told right before the
   * verb. The word before must be a name the lexicon knows or an unknown non-word; a first name
   * before it joins the span.
   */
  private namesBeforeAwareness(): void {
    for (const m of this.text.matchAll(CONTACT_ROLE_RE)) {
      const t = this.tokens[this.byStart.get(m.index) ?? -1];
      if (!t || (this.style === 'mixed' && !isCap(t.word))) continue;
      const w = t.lower;
      // Only a word the name lists know: a misspelt relation ("Grandaughter is HCP") is not a name.
      if (STOP.has(w) || RELATIVE_WORDS.has(w) || this.lex.clinical.has(w)) continue;
      if (!this.lex.firstNames.has(w) && !this.lex.lastNames.has(w) && !this.lex.ambiguousNames.has(w)) continue;
      this.mark(this.byStart.get(m.index)!, 'NAME', 'relative');
    }
    for (const m of this.text.matchAll(INITIAL_NAME_VERB_RE)) {
      const initial = m[1]!;
      const w = m[2]!.toLowerCase();
      // Laterality and article letters are not initials; the surname may be a word or an eponym ("J SMITH").
      if (initial !== initial.toUpperCase() || /^[AILR]$/.test(initial) || STOP.has(w) || TITLES.has(w) || CREDENTIALS.has(w)) continue;
      if (this.style === 'mixed' && !isCap(m[2]!)) continue;
      const i = this.byStart.get(m.index);
      const k = this.byStart.get(m.index + m[0].indexOf(m[2]!, 1));
      if (i === undefined || k === undefined) continue;
      this.mark(i, 'NAME', 'aware-cue');
      this.mark(k, 'NAME', 'aware-cue');
    }
    for (const m of this.text.matchAll(AWARENESS_RE)) {
      const i = this.byStart.get(m.index);
      if (i === undefined || i === 0) continue;
      let j = i - 1;
      if (AWARENESS_AUX.has(this.tokens[j]!.lower) && j > 0) j--;
      // "(Wil Laberbera) aware": a closing bracket may sit between the name and the verb.
      if (!/^[ \t]*\)?[ \t]+$/.test(this.text.slice(this.tokens[j]!.end, this.tokens[j + 1]!.start))) continue;
      const p = this.tokens[j]!;
      // Plurals and possessives of staff words ("MD's aware", "midlevels aware") are not names.
      const w = p.lower.replace(/'?s$/, '');
      if (w !== p.lower && (this.common.has(w) || this.lex.clinical.has(w) || CREDENTIALS.has(w) || !this.lex.lastNames.has(p.lower))) continue;
      // A clipped-word shape ("falco" of "falcons") is shorthand only when not a capitalised surname.
      const clippedShape = this.prefixes.has(w) && !(this.style === 'mixed' && this.lex.lastNames.has(w));
      if (w.length < 3 || STOP.has(w) || TITLES.has(w) || CREDENTIALS.has(w) || this.lex.clinical.has(w) || clippedShape || this.lex.places.has(w)) continue;
      if (this.style === 'mixed' && (!isCap(p.word) || p.word === p.word.toUpperCase())) continue;
      const unknown = !this.common.has(w) && !this.lex.ambiguousNames.has(w) && !WORD_SHAPED.test(w);
      if (!unknown && !this.isLexName(p)) continue;
      this.mark(j, 'NAME', 'aware-cue');
      const f = this.tokens[j - 1];
      if (f && this.blankBetween(j - 1, j) && (this.lex.firstNames.has(f.lower) || this.lex.ambiguousNames.has(f.lower)) && !STOP.has(f.lower) && !this.lex.clinical.has(f.lower) && (this.style !== 'mixed' || isCap(f.word))) {
        this.mark(j - 1, 'NAME', 'aware-cue');
      }
    }
  }

  /**
   * "Patient: Nguyen, Thi Mai", "PATIENT NAME: O'BRIEN, PATRICK J", "Patient John Smith, 64M": a
   * name field of a header (everything on the line up to the next field or a clinical word) and a
   * Title-case first and last name right after "Patient".
   */
  private headerNames(): void {
    for (const m of this.text.matchAll(NAME_FIELD_RE)) {
      let i = this.byStart.get(m.index + m[0].length);
      let n = 0;
      while (i !== undefined && n < 5) {
        const t = this.tokens[i]!;
        const w = t.lower;
        const gap = this.text.slice(this.tokens[i - 1]?.end ?? 0, t.start);
        if (n > 0 && (!/^[ \t]*[.,]?[ \t]*$/.test(gap) || (gap.includes('.') && this.tokens[i - 1]!.word.length > 1))) break;
        if (/^[ \t]*:/.test(this.text.slice(t.end, t.end + 2)) || STOP.has(w) || TITLES.has(w) || CREDENTIALS.has(w)) break;
        if (this.lex.clinical.has(w) && !(this.style === 'mixed' && isCap(t.word))) break;
        this.mark(i, 'NAME', 'header');
        n++;
        const next = this.tokens[i + 1];
        i = next && next.start - t.end <= 3 ? i + 1 : undefined;
      }
    }
    if (this.style !== 'mixed') return;
    for (const m of this.text.matchAll(PATIENT_NAME_RE)) {
      const i = this.byStart.get(m.index + m[0].length);
      const f = i === undefined ? undefined : this.tokens[i];
      const l = i === undefined ? undefined : this.tokens[i + 1];
      if (!f || !l || !this.blankBetween(i!, i! + 1)) continue;
      const titleCased = (x: Token) => isCap(x.word) && x.word !== x.word.toUpperCase();
      if (!titleCased(f) || !titleCased(l) || !(this.lex.firstNames.has(f.lower) || this.lex.ambiguousNames.has(f.lower))) continue;
      const surname = this.lex.lastNames.has(l.lower) || this.lex.ambiguousNames.has(l.lower) || IRISH_O.test(l.lower) || (!this.common.has(l.lower) && !this.lex.clinical.has(l.lower));
      if (!surname || STOP.has(l.lower) || this.serviceAfter(i! + 1)) continue;
      this.mark(i!, 'NAME', 'header');
      this.mark(i! + 1, 'NAME', 'header');
    }
  }

  /**
   * "John Smith was seen": in a mixed-case note, a Title-case first name and a Title-case surname
   * side by side are a person even when both are also words; neither may be clinical vocabulary or
   * start a Title-case phrase of three or more words (a heading).
   */
  private titleCasePairs(): void {
    if (this.style !== 'mixed') return;
    const titled = (x: Token | undefined) => !!x && x.word.length >= 3 && isCap(x.word) && x.word !== x.word.toUpperCase();
    for (let i = 0; i + 1 < this.tokens.length; i++) {
      const f = this.tokens[i]!;
      const l = this.tokens[i + 1]!;
      if (!titled(f) || !titled(l) || !this.blankBetween(i, i + 1)) continue;
      if (this.marked.has(i) && this.marked.has(i + 1)) continue;
      const fw = f.lower;
      const lw = l.lower.replace(/'s$/, '');
      if (this.lex.clinical.has(fw) || this.lex.clinical.has(lw) || STOP.has(fw) || STOP.has(lw)) continue;
      if (!(this.lex.firstNames.has(fw) || this.lex.ambiguousNames.has(fw))) continue;
      if (!(this.lex.lastNames.has(lw) || this.lex.ambiguousNames.has(lw) || IRISH_O.test(lw))) continue;
      // A heading or an institution ("Rose Hill Medical Center") is three Title-case words or more.
      if (titled(this.tokens[i + 2]) && this.blankBetween(i + 1, i + 2)) continue;
      if (i > 0 && titled(this.tokens[i - 1]) && this.blankBetween(i - 1, i)) continue;
      if (this.serviceAfter(i + 1)) continue;
      this.mark(i, 'NAME', 'name-pair');
      this.mark(i + 1, 'NAME', 'name-pair');
    }
  }

  /**
   * "BEA TURA AND DRS JOSEPH AND ROBBINSON AWARE": one or two name-shaped words joined by "and" / "&"
   * to a titled name are a name too.
   */
  private namesBeforeAndTitle(): void {
    for (let i = 2; i < this.tokens.length - 1; i++) {
      const and = this.tokens[i]!;
      if ((and.lower !== 'and' && and.lower !== '&') || !TITLES.has(titleWord(this.tokens[i + 1]!)) || !this.marked.has(i + 2)) continue;
      for (let j = i - 1, n = 0; j >= 0 && n < 2 && !this.marked.has(j); j--, n++) {
        const p = this.tokens[j]!;
        const w = p.lower;
        if (!this.blankBetween(j, j + 1) || STOP.has(w) || TITLES.has(w) || CREDENTIALS.has(w) || RELATIVE_WORDS.has(w) || this.lex.clinical.has(w) || w.length < 3) break;
        if (this.style === 'mixed' && !(isCap(p.word) && p.word !== p.word.toUpperCase())) break;
        const known = this.lex.firstNames.has(w) || this.lex.lastNames.has(w) || this.lex.ambiguousNames.has(w);
        if (!known && (this.common.has(w) || WORD_SHAPED.test(w))) break;
        this.mark(j, 'NAME', 'name-list');
      }
    }
  }

  private blankBetween(a: number, b: number): boolean {
    return /^[ \t]+$/.test(this.text.slice(this.tokens[a]!.end, this.tokens[b]!.start));
  }

  /** "John Smith, MD" / "J. Smith MD": the tokens before a credential. */
  private credentials(): void {
    for (let i = 1; i < this.tokens.length; i++) {
      const t = this.tokens[i]!;
      if (!CREDENTIALS.has(t.lower)) continue;
      // "pa" / "do" are also pulmonary artery / the verb: in one-case notes only unambiguous credentials count.
      if (this.style !== 'mixed' && (t.lower === 'pa' || t.lower === 'do')) continue;
      const before = this.text.slice(this.tokens[i - 1]!.end, t.start);
      const after = this.text.slice(t.end, t.end + 3);
      // "2l NP", "PA 54/18", "PA line", "PA pressures": nasal prongs and the pulmonary artery, not a credential.
      if (/\d/.test(before)) continue;
      if ((t.lower === 'pa' || t.lower === 'np') && (/^[ \t]*\d/.test(this.text.slice(t.end, t.end + 4)) || PA_NOUNS.has(this.tokens[i + 1]?.lower ?? ''))) continue;
      if (this.style !== 'mixed' && !before.includes(',') && !/^[ \t.]*(?:\n|$)/.test(after)) continue;
      if (this.style === 'mixed' && t.word !== t.word.toUpperCase()) {
        // "anita morris rn" closing a line of a mixed-case note: a lower-case signature of a first and a last name.
        if (/^[ \t.]*(?:\n|$)/.test(after) && i >= 2) this.lowerSignature(i - 2, i - 1);
        continue;
      }
      for (let j = i - 1, n = 0; j >= 0 && n < 3; j--, n++) {
        const p = this.tokens[j]!;
        const initial = this.isInitial(p);
        const eponymSurname = isCap(p.word) && this.lex.clinical.has(p.lower) && !/^[A-Z]+$/.test(p.word);
        // A name that is also a word ("Lander", "Care") counts before a credential only when another
        // name part or an initial precedes it ("Q. Lander RRT", not "skin care RN").
        const before = this.tokens[j - 1];
        const nameBefore =
          before !== undefined &&
          /^[ \t]*\.?[ \t]*$/.test(this.text.slice(before.end, p.start)) &&
          (this.isInitial(before) || this.isLexName(before) || (!this.common.has(before.lower) && !this.lex.clinical.has(before.lower) && !STOP.has(before.lower)));
        const strong = (this.style === 'mixed' && isCap(p.word) && p.word !== p.word.toUpperCase()) || n > 0 || nameBefore;
        if (!initial && !eponymSurname && !this.canFollowCue(p, strong)) break;
        this.mark(j, 'NAME', 'credential');
        const gap = this.text.slice(this.tokens[j - 1]?.end ?? 0, p.start);
        if (!/^[ \t]*[.,]?[ \t]*$/.test(gap)) break;
      }
    }
  }

  /**
   * "will consult with patty hoeller": after a cue, a note may write a name in lower
   * case: a first name the lists know (even one that is also a word), then a surname no word list has.
   */
  private lowerCaseNameAfterCue(i: number): void {
    const f = this.tokens[i];
    const l = this.tokens[i + 1];
    if (!f || !l || f.word !== f.lower || l.word !== l.lower || !this.blankBetween(i, i + 1)) return;
    if (!(this.lex.firstNames.has(f.lower) || this.lex.ambiguousNames.has(f.lower)) || STOP.has(f.lower) || this.lex.clinical.has(f.lower)) return;
    const w = l.lower;
    if (w.length < 3 || this.common.has(w) || this.lex.clinical.has(w) || this.lex.ambiguousNames.has(w) || STOP.has(w) || this.prefixes.has(w) || WORD_SHAPED.test(w)) return;
    this.mark(i, 'NAME', 'cue');
    this.mark(i + 1, 'NAME', 'cue');
  }

  private lowerSignature(f: number, l: number): void {
    const first = this.tokens[f]!;
    const last = this.tokens[l]!;
    if (!this.blankBetween(f, l) || !this.blankBetween(l, l + 1) || first.word !== first.lower || last.word !== last.lower) return;
    const plain = (w: string) => this.common.has(w) || this.lex.clinical.has(w) || this.lex.ambiguousNames.has(w) || STOP.has(w);
    if (!this.lex.firstNames.has(first.lower) || plain(first.lower) || !(this.lex.lastNames.has(last.lower) || this.lex.firstNames.has(last.lower)) || plain(last.lower)) return;
    this.mark(f, 'NAME', 'credential');
    this.mark(l, 'NAME', 'credential');
  }

  /** Grows names to neighbouring capitalised words and initials ("Mary" + "Souza", "J." + "Smith"). */
  private extend(): void {
    let changed = true;
    while (changed) {
      changed = false;
      for (const i of [...this.marked]) {
        const cur = this.tokens[i]!;
        for (const j of [i - 1, i + 1]) {
          const t = this.tokens[j];
          if (!t || this.marked.has(j)) continue;
          const gap = j < i ? this.text.slice(t.end, cur.start) : this.text.slice(cur.end, t.start);
          if (!/^(?:[ \t]*\.?[ \t]*|-)$/.test(gap)) continue;
          // A full stop joins only an initial to its name ("J. Smith"); after a whole word it ends the sentence.
          if (gap.includes('.') && (j > i ? cur.word.length !== 1 : t.word.length !== 1)) continue;
          const initial = this.isInitial(t) || (j < i && this.lowerInitialBefore(j));
          const w = t.lower;
          if (TITLES.has(w) || CREDENTIALS.has(w) || STOP.has(w)) continue;
          // An all-capitals word in mixed-case text is an abbreviation unless a lexicon knows it as a name.
          const shouting = this.style === 'mixed' && t.word.length > 1 && t.word === t.word.toUpperCase();
          const capitalised = isCap(t.word) && t.word !== t.word.toUpperCase();
          const nameLike =
            this.isLexName(t) ||
            // "Henry Jones", "Karen Ann": a surname that is also an eponym or a word, next to a name.
            (capitalised && this.lex.clinical.has(w) && this.lex.firstNames.has(cur.lower) && j > i && !this.lowerWordAfter(j)) ||
            (this.lex.ambiguousNames.has(w) && this.lex.firstNames.has(cur.lower) && j > i && !this.lowerWordAfter(j) && (this.style !== 'mixed' || capitalised)) ||
            // "with martin carey", "Will Hanson": a first name that is also a word, right before a known surname.
            (j < i && this.lex.ambiguousNames.has(w) && (this.lex.lastNames.has(cur.lower) || this.lex.firstNames.has(cur.lower)) && !this.lex.clinical.has(w) && (this.style !== 'mixed' || capitalised)) ||
            (this.style === 'mixed' && !shouting && isCap(t.word) && !this.common.has(w) && !this.lex.clinical.has(w) && w.length > 1) ||
            (this.style !== 'mixed' && w.length >= 4 && !this.common.has(w) && !this.lex.clinical.has(w) && !this.prefixes.has(w) && !WORD_SHAPED.test(w));
          if (initial || nameLike) {
            this.mark(j, 'NAME', 'extend');
            changed = true;
          }
        }
        // "d. renna and j. o'brien": an initial with a dot and a surname after "and" continue a name list.
        const and = this.tokens[i + 1];
        const ini = this.tokens[i + 2];
        const sur = this.tokens[i + 3];
        if (and && ini && sur && (and.lower === 'and' || and.lower === '&') && !this.marked.has(i + 2) && ini.word.length === 1 && this.text[ini.end] === '.' && /^[ \t]+$/.test(this.text.slice(cur.end, and.start)) && /^[ \t]+$/.test(this.text.slice(and.end, ini.start))) {
          const w = sur.lower;
          if (/^\.[ \t]*$/.test(this.text.slice(ini.end, sur.start)) && !this.common.has(w) && !this.lex.clinical.has(w) && !STOP.has(w) && w.length > 2) {
            this.mark(i + 2, 'NAME', 'extend');
            this.mark(i + 3, 'NAME', 'extend');
            changed = true;
          }
        }
      }
    }
  }

  /** "transferred to Quartermain", "went to Holy Cross": proper nouns (or unknown words) after a movement cue. */
  private placesAfterCues(): void {
    for (const m of this.text.matchAll(PLACE_CUE_RE)) {
      const at = m.index + m[0].length;
      // "d/c'd milrinone": discontinued, not discharged, unless a place preposition follows.
      if (/^d\/c'?d\s+$/i.test(m[0])) continue;
      // "admitted to QUARTERMAIN7": a long unknown word glued to a unit number is a ward or building.
      const glued = /^([A-Za-z]{5,})\d{1,2}\b/.exec(this.text.slice(at, at + 24));
      if (glued && !/^(?:from|at|@)/i.test(m[0])) {
        const w = glued[1]!.toLowerCase();
        if (!this.common.has(w) && !this.lex.clinical.has(w) && !this.prefixes.has(w)) {
          this.spans.push({ start: at, end: at + glued[1]!.length, category: 'LOCATION', source: 'place-cue' });
          continue;
        }
      }
      // "transferred to 209 quartermain": a room number before the ward after a movement verb.
      const room = /^\d{1,4}[ \t]+(?=[A-Za-z]{5})/.exec(this.text.slice(at, at + 12));
      let i = this.nextToken(room && !/^(?:from|at|@)/i.test(m[0]) ? at + room[0].length : at);
      // "had a bed @ St A.", "went to St. Jude": a saint's name after a place cue is a facility.
      const saint = i === undefined ? undefined : this.tokens[i];
      const name = i === undefined ? undefined : this.tokens[i + 1];
      if (saint && name && (saint.lower === 'st' || saint.lower === 'saint') && isCap(name.word) && /^\.?[ \t]+$/.test(this.text.slice(saint.end, name.start)) && (name.word.length === 1 || !STOP.has(name.lower)) && !this.lex.clinical.has(name.lower)) {
        this.mark(i!, 'LOCATION', 'place-cue');
        this.mark(i! + 1, 'LOCATION', 'place-cue');
        continue;
      }
      // "lives in DC": the District of Columbia is a city, not a state.
      if (saint && saint.word === 'DC' && /^(?:lives?|living|resides?|residing|moved)\s/i.test(m[0])) {
        this.mark(i!, 'LOCATION', 'place-cue');
        continue;
      }
      let n = 0;
      while (i !== undefined && n < 3) {
        const t = this.tokens[i]!;
        const w = t.lower;
        // "transferred to hospice": a facility word alone is the kind of place, not its name.
        if (STOP.has(w) || TITLES.has(w) || this.marked.has(i) || (n === 0 && (STATE_OR_COUNTRY.has(w) || (INSTITUTION_HEADS.has(w) && !this.titleCaseNext(i)) || this.serviceAfter(i)))) break;
        // After a bare "from" / "at" only a known place counts in one-case notes; after a movement
        // verb ("transferred to", "admitted to") an unknown word or short capital abbreviation does.
        const bare = /^(?:from|at|@)/i.test(m[0]);
        const lastWord = m[0].trim().split(/\s+/).pop()!.toLowerCase();
        const unknownWord = !this.common.has(w) && !this.lex.clinical.has(w) && !this.prefixes.has(w) && !WORD_SHAPED.test(w);
        // "lives in Hampton": after a residence verb a town counts even when its name is also an eponym.
        const residence = n === 0 && /^(?:lives?|living|resides?|residing)\s/i.test(m[0]) && (this.style !== 'mixed' || isCap(t.word)) && allPlaces().has(w);
        const ok =
          residence ||
          this.lex.places.has(w) ||
          (this.style === 'mixed' &&
            isCap(t.word) &&
            !this.lex.clinical.has(w) &&
            (t.word !== t.word.toUpperCase() ? !this.common.has(w) || n > 0 || this.titleCaseNext(i) : HOSPITAL_ABBREV_RE.test(t.word) && !this.common.has(w))) ||
          (!bare && unknownWord && (this.style !== 'mixed' || !isCap(t.word)) && (w.length >= 4 || (w.length >= 2 && /^(?:to|into|at|the)$/.test(lastWord))));
        if (!ok) break;
        this.mark(i, 'LOCATION', 'place-cue');
        n++;
        const next = this.tokens[i + 1];
        if (!next || !/^[ \t]*$/.test(this.text.slice(t.end, next.start))) break;
        i = i + 1;
      }
    }
  }

  /**
   * "to quartermain 3", "on QUARTERMAIN 2": after a preposition, an unknown word followed by a one- or
   * two-digit unit number (and no dose unit) is a ward or building.
   */
  private wards(): void {
    // "QUARTERMAIN3 developed chest pain": a long unknown word glued to a unit number.
    for (const at of this.glued) {
      GLUED_WARD_RE.lastIndex = at;
      const m = GLUED_WARD_RE.exec(this.text);
      if (!m) continue;
      const w = m[1]!.toLowerCase();
      if (this.common.has(w) || this.lex.clinical.has(w) || this.prefixes.has(w) || WORD_SHAPED.test(w)) continue;
      this.spans.push({ start: m.index, end: m.index + m[1]!.length, category: 'LOCATION', source: 'ward' });
    }
    for (const m of this.text.matchAll(WARD_RE)) {
      const w = m[1]!.toLowerCase();
      if (this.common.has(w) || this.lex.clinical.has(w) || this.prefixes.has(w) || STOP.has(w)) continue;
      const start = m.index + m[0].lastIndexOf(m[1]!);
      const i = this.byStart.get(start);
      if (i !== undefined) this.mark(i, 'LOCATION', 'ward');
    }
  }

  /** "General Hospital in Lochearn", "the VA in Balt": the town a facility stands in. */
  private placesAfterFacilities(): void {
    for (let i = 1; i < this.tokens.length - 1; i++) {
      const t = this.tokens[i]!;
      if (t.lower !== 'in' || !this.blankBetween(i - 1, i) || !this.blankBetween(i, i + 1)) continue;
      const p = this.tokens[i - 1]!;
      const facility = (this.marked.has(i - 1) && this.spans.some((s) => s.start === p.start && s.category === 'INSTITUTION')) || INSTITUTION_HEADS.has(p.lower) || p.word === 'VA' || p.lower === 'osh';
      if (!facility || p.lower === 'home' || p.lower === 'general' || p.lower === 'health') continue;
      const n = this.tokens[i + 1]!;
      const w = n.lower;
      if (this.marked.has(i + 1) || STOP.has(w) || this.lex.clinical.has(w) || STATE_OR_COUNTRY.has(w) || STATE_CODES.has(w) || w.length < 3) continue;
      const named = this.style === 'mixed' ? isCap(n.word) && n.word !== n.word.toUpperCase() && (!this.common.has(w) || this.lex.places.has(w)) : !this.common.has(w) || this.lex.places.has(w);
      if (named) this.mark(i + 1, 'LOCATION', 'place-cue');
    }
  }

  /** "works for vista health", "his business Genentech": the employer or business named. */
  private employers(): void {
    for (const m of this.text.matchAll(EMPLOYER_RE)) {
      let i = this.nextToken(m.index + m[0].length);
      if (i === undefined || this.tokens[i]!.start !== m.index + m[0].length) continue;
      const take: number[] = [];
      while (i !== undefined && take.length < 3) {
        const t = this.tokens[i]!;
        if (STOP.has(t.lower) || this.lex.clinical.has(t.lower) || TITLES.has(t.lower)) break;
        take.push(i);
        const next = this.tokens[i + 1];
        if (!next || !this.blankBetween(i, i + 1)) break;
        i = i + 1;
      }
      if (take.length === 0) continue;
      const last = this.tokens[take[take.length - 1]!]!;
      const proper = take.some((k) => !this.common.has(this.tokens[k]!.lower) || (this.style === 'mixed' && isCap(this.tokens[k]!.word)));
      if (!proper && !(take.length >= 2 && INSTITUTION_HEADS.has(last.lower))) continue;
      for (const k of take) this.mark(k, 'INSTITUTION', 'employer');
    }
    for (const m of this.text.matchAll(BUSINESS_RE)) {
      const i = this.byStart.get(m.index + m[0].length);
      const t = i === undefined ? undefined : this.tokens[i];
      if (!t || !isCap(t.word) || this.common.has(t.lower) || this.lex.clinical.has(t.lower) || STOP.has(t.lower)) continue;
      this.mark(i!, 'INSTITUTION', 'employer');
    }
    for (const m of this.text.matchAll(GLUED_BUILDING_RE)) {
      const i = this.byStart.get(m.index);
      if (i !== undefined) this.mark(i, 'LOCATION', 'ward');
    }
    for (const m of this.text.matchAll(PLAN_WARD_RE)) {
      const w = m[1]!.toLowerCase();
      if (this.common.has(w) || this.lex.clinical.has(w) || this.prefixes.has(w) || STOP.has(w) || WORD_SHAPED.test(w)) continue;
      const i = this.byStart.get(m.index + m[0].lastIndexOf(m[1]!));
      if (i !== undefined) this.mark(i, 'LOCATION', 'ward');
    }
  }

  /** "admitted to GH", "-> UMMC ER": a hospital acronym after a preposition or an arrow. */
  private hospitalAcronyms(): void {
    for (let i = 1; i < this.tokens.length; i++) {
      const t = this.tokens[i]!;
      const last = t.lower.charCodeAt(t.lower.length - 1);
      // 'h' or 'c': a cheap filter before the regex, most tokens end otherwise.
      if (t.word.length > 5 || (last !== 104 && last !== 99) || !HOSPITAL_ACRONYM_RE.test(t.word)) continue;
      const before = this.text.slice(Math.max(0, t.start - 12), t.start);
      if (!ACRONYM_CUE_RE.test(before) || /^[-'/]/.test(this.text.slice(t.end, t.end + 1))) continue;
      const word = t.word;
      const w = t.lower;
      if (this.style === 'mixed' && word !== word.toUpperCase()) continue;
      // State codes ("home to NH") are not Safe Harbor identifiers.
      if (this.common.has(w) || this.lex.clinical.has(w) || STOP.has(w) || GENERIC_FACILITY.has(w) || STATE_CODES.has(w)) continue;
      this.mark(i, 'LOCATION', 'hospital-acronym');
    }
  }

  /**
   * Document-level consistency: a word found as a name or place once (by title, cue or lexicon) is
   * the same identifier wherever else it occurs in the report.
   */
  private propagate(): void {
    const found = new Map<string, 'NAME' | 'LOCATION' | 'INSTITUTION'>();
    for (const s of this.spans) {
      const w = this.text.slice(s.start, s.end).toLowerCase();
      if (s.category === 'INSTITUTION' || w.length < 2 || this.common.has(w) || this.lex.clinical.has(w) || STOP.has(w)) continue;
      if (s.category === 'NAME' || s.category === 'LOCATION') found.set(w, s.category);
    }
    if (found.size === 0) return;
    for (let i = 0; i < this.tokens.length; i++) {
      const c = found.get(this.tokens[i]!.lower);
      if (c && (this.style !== 'mixed' || isCap(this.tokens[i]!.word))) this.mark(i, c, 'propagate');
    }
  }

  /** "Calvert Hospital", "St. Mary's Medical Center": capitalised or unknown words before a facility head. */
  private institutions(): void {
    for (let i = 0; i < this.tokens.length; i++) {
      const t = this.tokens[i]!;
      const w = t.lower;
      if (!INSTITUTION_HEAD.test(w) || w === 'general' || w === 'home' || w === 'health') continue;
      // "medical" heads a facility only as "medical center"; weak heads need a proper name before them.
      if ((w === 'medical' || w === 'med') && !/^(?:center|centre|ctr|campus)$/.test(this.tokens[i + 1]?.lower ?? '')) continue;
      const weakHead = WEAK_FACILITY_HEAD.has(w);
      let j = i - 1;
      let n = 0;
      let proper = 0;
      while (j >= 0 && n < (weakHead ? 2 : 5)) {
        const p = this.tokens[j]!;
        const gap = this.text.slice(p.end, this.tokens[j + 1]!.start);
        // A dot only inside abbreviations ("St. Mary's", "U. of M."), never across a sentence end.
        if (!/^[ \t]*$/.test(gap) && !(/^\.[ \t]*$/.test(gap) && (p.lower === 'st' || p.word.length === 1))) break;
        const pw = p.lower;
        const named = this.style === 'mixed' ? isCap(p.word) : !this.common.has(pw) && !this.lex.clinical.has(pw);
        // One-case notes write "holy cross hospital", "union hospital": ordinary words count before a
        // facility head unless they are generic ("outside hospital", "the same hospital").
        const ordinary = this.style !== 'mixed' && !GENERIC_FACILITY.has(pw) && !STOP.has(pw) && pw.length > 2;
        // "University of MD Medical Center", "admitted from MD Hospital": a capital state code inside or right before the head.
        const state = STATE_CODES.has(pw) && (n > 0 || (this.style === 'mixed' && p.word === p.word.toUpperCase() && !AMBIGUOUS_STATE_CODES.has(pw) && (w === 'hospital' || w === 'hosp')));
        const ok = INSTITUTION_HEAD.test(pw) || pw === 'st' || pw === 'saint' || (pw === 'of' && n > 0) || state || (!STOP.has(pw) && (named || ordinary));
        if (!ok) break;
        if (named || state || (ordinary && !weakHead && !INSTITUTION_HEAD.test(pw))) proper++;
        j--;
        n++;
      }
      while (n > 0 && this.tokens[j + 1]!.lower === 'of') {
        j++;
        n--;
      }
      // "Memorial Hospital", "General Hospital": two facility words make a name on their own.
      const named2 = n === 1 && /^(?:memorial|regional|general)$/.test(this.tokens[j + 1]!.lower) && /^(?:hospital|hosp|medical)$/.test(w);
      if (n === 0 || (proper === 0 && !named2)) continue;
      for (let k = j + 1; k <= i; k++) this.mark(k, 'INSTITUTION', 'institution');
    }
  }

  /**
   * Facility and region phrases of the lexicon in any case ("sacred heart Memorial", "ST. JOSEPH
   * HOSPITAL", "the Eastern Shore"), "University of <Name>", and "<Name> area / county"; facility
   * head words right after the phrase join it.
   */
  private facilities(): void {
    const phrases = facilityPhrases();
    for (let i = 0; i < this.tokens.length; i++) {
      const t = this.tokens[i]!;
      let len = 0;
      for (const words of phrases.get(t.lower) ?? []) {
        if (words.length > len && this.spells(i, words)) len = words.length;
      }
      if (len === 0 && t.lower === 'university' && this.tokens[i + 1]?.lower === 'of' && this.blankBetween(i, i + 1)) {
        const n = this.tokens[i + 2];
        if (n && this.blankBetween(i + 1, i + 2) && !STOP.has(n.lower) && !this.lex.clinical.has(n.lower) && (this.style !== 'mixed' || isCap(n.word))) len = 3;
      }
      if (len === 0) continue;
      let end = i + len;
      while (end < this.tokens.length && INSTITUTION_HEADS.has(this.tokens[end]!.lower) && this.blankBetween(end - 1, end)) end++;
      for (let k = i; k < end; k++) this.mark(k, 'LOCATION', 'facility');
      i = end - 1;
    }
    if (this.style !== 'mixed') return;
    for (const m of this.text.matchAll(AREA_RE)) {
      const w = m[1]!.toLowerCase();
      if (this.common.has(w) || this.lex.clinical.has(w) || STATE_NAMES.has(w)) continue;
      const k = this.byStart.get(m.index + m[0].indexOf(m[1]!));
      if (k !== undefined) this.mark(k, 'LOCATION', 'place-cue');
    }
  }

  /** Whether the tokens from `i` are `words`, separated by blanks or a dot ("St. Mary's"). */
  private spells(i: number, words: string[]): boolean {
    for (let n = 0; n < words.length; n++) {
      const t = this.tokens[i + n];
      if (!t || t.lower !== words[n]) return false;
      if (n > 0 && !/^[ \t]*\.?[ \t]*$/.test(this.text.slice(this.tokens[i + n - 1]!.end, t.start))) return false;
    }
    return true;
  }

  /**
   * Number of tokens (2 or 3) from `i` that spell a multi-word place of the lexicon, else 0. The
   * words must be blank-separated and, in mixed-case text, capitalised ("Bel Air", not "bel air").
   */
  private multiWordPlace(i: number): number {
    const first = this.tokens[i]!;
    // Anatomy and laterality words ("left hand", "heart") never start or continue a place phrase.
    if (STOP.has(first.lower) || this.lex.clinical.has(first.lower) || (this.style === 'mixed' && !isCap(first.word))) return 0;
    let phrase = first.lower;
    for (let n = 2; n <= 3; n++) {
      const prev = this.tokens[i + n - 2]!;
      const t = this.tokens[i + n - 1];
      if (!t || this.lex.clinical.has(t.lower) || !/^[ \t]+$/.test(this.text.slice(prev.end, t.start)) || (this.style === 'mixed' && !isCap(t.word))) return 0;
      phrase += ` ${t.lower}`;
      if (this.lex.places.has(phrase)) return n;
    }
    return 0;
  }

  /** Town and state names from the places lexicon (one word, or two / three: "Bel Air", "New Haven"). */
  private places(): void {
    const starts = multiWordPlaceStarts(this.lex.places);
    for (let i = 0; i < this.tokens.length; i++) {
      const t = this.tokens[i]!;
      const multi = starts.has(t.lower) ? this.multiWordPlace(i) : 0;
      if (multi > 0) {
        for (let k = i; k < i + multi; k++) this.mark(k, 'LOCATION', 'place');
        i += multi - 1;
        continue;
      }
      if (this.marked.has(i) || t.lower.length < 4 || !this.lex.places.has(t.lower)) continue;
      if (this.lex.firstNames.has(t.lower) || this.lex.clinical.has(t.lower) || (STATE_OR_COUNTRY.has(t.lower) && this.afterPlacePreposition(t))) continue;
      if (this.style === 'mixed' && !isCap(t.word)) continue;
      this.mark(i, 'LOCATION', 'place');
    }
  }
}

/** Whether a lowercase word is ordinary vocabulary (common English, clinical, function word). */
export function isPlainWord(w: string): boolean {
  const lex = loadLexicons();
  return commonWords().has(w) || lex.clinical.has(w) || STOP.has(w) || lex.ambiguousNames.has(w) || clippedWords().has(w);
}

/** Layers 3 and 4: names, institutions and places in free text, by title, cue, credential and lexicon. */
export function detectFreeTextNames(text: string): PhiSpan[] {
  return new NameScanner(text, loadLexicons(), commonWords(), caseStyle(text), clippedWords()).run();
}
