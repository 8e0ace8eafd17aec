// A town named for an ordinary word where only a town stands (issue 11): "pt lives in glimmer;",
// "PT LIVES IN TRUCE; DISCHARGE TO HOME", "lives on farm nr antler,", "PT FROM BISON, RETIRED
// FARMER", "niece, who drove in from sublime". Rural towns are named for words ("Energy", "Truce",
// "Silt"), which no name or place list holds and every vocabulary does, so no pass that wants a
// proper word takes them. What decides here is the position alone: after a word of residence and a
// preposition of place, or after a person or a verb of travel and "from", one word (a place tail
// may join it: "quarry hill") that closes its phrase is where the person lives or comes from; after
// a business's head word and "in", one word before the business's phone number is its town ("rx sent
// to depot street pharmacy in bountiful 954-0642"); in a bracket right after a home, one to three
// words alone are its town ("at pt home (Temperance), 2nd floor apt"). The
// kinds of place and of dwelling that stand there as well ("lives in apartment,", "pt from home;")
// are data (rules/en/deid-place-cues.yaml wordTowns.notTowns, originCues.notPlaces, addresses.notTowns).
// After "from" the person may be named in a phrase the cue words miss ("a 44 y/o F from prosper"):
// a bracket of birth or of the country alone after the town says it is where they are from ("(born
// ghana, …)", "(INDIA)"). A particle and a word stand for the one word ("lives in la mirada.").
import { LEX } from '../lexicon-flags.js';
import * as vocabulary from './vocabulary.js';
import { hasLower, isCap, type Token, type TokenScanner } from './token-scanner.js';
import { placeCues, type PlaceCueSets } from './place-rules.js';
import { wordBeforeOnPart } from './place-shapes.js';
import { notTownWord } from '../keep-list/name-words.js';

const { STATE_OR_COUNTRY } = vocabulary;

// Words that never name a town: function, clinical, title, credential and state words, and the heads of facilities.
const NOT_TOWN_FLAGS = LEX.STOP | LEX.CLINICAL | LEX.TITLE | LEX.CREDENTIAL | LEX.STATE_WORD | LEX.INSTITUTION_HEAD;
// What closes the town: a stop, a comma, a semicolon, a bracket, the line end, or a companion ("w/ sister").
const TOWN_END_RE = /^(?:[ \t]*(?:[.;,)]|\r?\n|$)|[ \t]+(?:w\/|with)(?![A-Za-z]))/i;
// A phone number right after the town: "(487) 888-1786", "954-0642", "5758673974".
const PHONE_AFTER_RE = /^[ \t]+(?:\(?\d{3}\)?[ .-]?\d{3}[ .-]?\d{4}|\d{3}[ .-]\d{4})(?!\d)/;
// Words of residence that open the town's position (originCues.residenceWords without "home": "sent home in wheelchair").
const HOME = 'home';
// The adverb of a verb of travel before "from": "drove in from", "came up from".
// (deid-place-cues.yaml placeVocabulary.travelAdverbs)
const TRAVEL_ADVERBS: ReadonlySet<string> = placeCues().travelAdverbs;

/** Whether token `t` may be a town named for a word (see the file comment). */
function townWord(t: Token, cues: PlaceCueSets): boolean {
  if (t.word.length < 3 || !/^[A-Za-z]+$/.test(t.word) || (t.flags & NOT_TOWN_FLAGS) !== 0 || notTownWord(t.lower)) return false;
  return !cues.wordTownNotTowns.has(t.lower) && !cues.residenceNotPlaces.has(t.lower) && !cues.notTowns.has(t.lower) && !STATE_OR_COUNTRY.has(t.lower);
}

/** Whether a word of residence stands within six words before the preposition `p`, on its part of the line. */
function residenceBefore(s: TokenScanner, p: number, cues: PlaceCueSets): boolean {
  return wordBeforeOnPart(s, p, (t) => t.lower !== HOME && cues.residenceWords.has(t.lower));
}

/** Whether an organisation's head word stands within six words before the preposition `p`, on its part of the line ("rx sent to depot street pharmacy in"). */
function organisationBefore(s: TokenScanner, p: number): boolean {
  return wordBeforeOnPart(s, p, (t) => (t.flags & LEX.ORG_HEAD) !== 0);
}

/** Whether "from" at `p` follows a person ("pt from", "who from"), a verb of origin ("moved from") or of travel and its adverb ("drove in from"). */
function originBefore(s: TokenScanner, p: number, cues: PlaceCueSets): boolean {
  const b = s.tokens[p - 1];
  if (!b || !s.blankBetween(p - 1, p)) return false;
  // A verb of contact or travel alone says where from as often as what from ("called from car", "retired from teaching"): only with its adverb.
  if (cues.originVerbs.has(b.lower)) return true;
  // The person opens its part ("PT FROM BISON,", "1200 PT FROM LOOKOUT,", "niece, who drove…"): after
  // a verb it is the object of a move ("remove pt from respirator.", "wean pt from vent.").
  if (cues.originPersons.has(b.lower)) return p - 2 < 0 || !s.blankBetween(p - 2, p - 1) || /^\d/.test(s.tokens[p - 2]!.word);
  const v = s.tokens[p - 2];
  return !!v && TRAVEL_ADVERBS.has(b.lower) && s.blankBetween(p - 2, p - 1) && (cues.weakOriginVerbs.has(v.lower) || cues.originVerbs.has(v.lower));
}

// A bracket right after the town that says it is where someone is from: a birth elsewhere ("from
// faithful (born kenya, …)", "FROM THRIFT (BORN PERU)") or the country or state alone ("ORIGINALLY
// FROM KOTHAPALEM (INDIA)").
const BORN_BRACKET_RE = /^[ \t]*\([ \t]*(?:born|b\.)(?![A-Za-z])/i;
const LONE_BRACKET_RE = /^[ \t]*\([ \t]*([A-Za-z][A-Za-z .]*?)[ \t]*\)/;

/** Whether a bracket after the town's last token `last` says where someone was born or the country alone. */
function originBracketAfter(s: TokenScanner, last: number): boolean {
  const after = s.text.slice(s.tokens[last]!.end, s.tokens[last]!.end + 40);
  if (BORN_BRACKET_RE.test(after)) return true;
  const m = LONE_BRACKET_RE.exec(after);
  return !!m && STATE_OR_COUNTRY.has(m[1]!.toLowerCase());
}

/** Marks a town named for a word after a word of residence or a person's origin (source `place-word-town`). */
export function wordTowns(s: TokenScanner, cues: PlaceCueSets = placeCues()): void {
  if (cues.wordTownPrepositions.size === 0) return;
  const { tokens, text } = s;
  for (const p of s.cueTokens(cues.wordTownCues)) {
    const i = p + 1;
    const t = tokens[i];
    if (!t || s.marked.has(i) || !s.blankBetween(p, i)) continue;
    // "lives in la mirada.", "from lac brome": a particle and the word after it stand for the one word.
    const particle = cues.wordTownParticles.has(t.lower);
    const head = particle ? i + 1 : i;
    const h = tokens[head];
    // In a mixed-case note the particle is written as its word is ("la presa", "La Presa").
    if (!h || (particle && (!s.blankBetween(i, head) || s.marked.has(head) || (s.style === 'mixed' && isCap(t.word) !== isCap(h.word)))) || !townWord(h, cues)) continue;
    const prep = tokens[p]!.lower;
    const residence = prep !== 'from' && residenceBefore(s, p, cues);
    // A business and "in" say where it is only with its phone number after the town ("… pharmacy in silt 467-283-2112").
    const business = prep === 'in' && !residence && organisationBefore(s, p);
    let last = head;
    const n = tokens[head + 1];
    if (n && s.blankBetween(head, head + 1) && !s.marked.has(head + 1) && (n.flags & LEX.PLACE_TAIL) !== 0) last = head + 1;
    // After "from", a bracket of birth or of the country alone says it is where the person is from ("F from faithful (born kenya").
    if (!(prep === 'from' ? originBefore(s, p, cues) || originBracketAfter(s, last) : residence || business)) continue;
    const after = text.slice(tokens[last]!.end, tokens[last]!.end + 16);
    if (!(business ? PHONE_AFTER_RE : TOWN_END_RE).test(after) && !(prep === 'from' && originBracketAfter(s, last))) continue;
    for (let k = i; k <= last; k++) s.mark(k, 'LOCATION', 'place-word-town');
  }
}

// Endings of adjectives and participles: how a person goes home, not where.
const HOW_END_RE = /(?:ent|ant|ed|ing|ly|ive|ous|ble|al)$/;
// Whose home is visited: "at pt home (X)", "at client's residence (X)", "at home (X)".
// (deid-place-cues.yaml placeVocabulary.homeOwners)
const OWNERS: ReadonlySet<string> = placeCues().homeOwners;

/**
 * Whether "at" stands before the home noun `h`, an owner between allowed: the home is where a visit
 * is. In a mixed-case note a named home counts too: one to three capitalised words before the
 * capitalised noun ("resides at Copperbeech Women's Residence (Tarnby)", "lives at Orrin House (Tarnby)").
 */
function visitAt(s: TokenScanner, h: number): boolean {
  let k = h - 1;
  if (k >= 0 && OWNERS.has(s.tokens[k]!.lower) && s.blankBetween(k, h)) k--;
  else if (s.style === 'mixed' && isCap(s.tokens[h]!.word)) {
    let n = 0;
    while (n < 3 && k > 0 && isCap(s.tokens[k]!.word) && hasLower(s.tokens[k]!.word) && (s.tokens[k]!.flags & (LEX.STOP | LEX.TITLE)) === 0 && s.blankBetween(k, k + 1)) {
      k--;
      n++;
    }
    if (n === 0) return false;
  }
  return k >= 0 && s.tokens[k]!.lower === 'at' && s.blankBetween(k, k + 1);
}

/** Marks the town in a bracket alone right after a noun of a home (source `place-home-town`). */
export function homeBracketTowns(s: TokenScanner, cues: PlaceCueSets = placeCues()): void {
  if (cues.homeNouns.size === 0) return;
  const { tokens, text } = s;
  // In a one-case note the words must be no vocabulary's: "HOME (INDEPENDENT)", "home (alone)" say how.
  // Nor a state of going home written like a participle or an adjective ("home (Independent)", "home (Assisted)").
  const word = (t: Token) => townWord(t, cues) && !HOW_END_RE.test(t.lower) && (s.style === 'mixed' ? isCap(t.word) && hasLower(t.word) : (t.flags & (LEX.COMMON | LEX.VOCAB)) === 0);
  for (const h of s.cueTokens(cues.homeNouns)) {
    const i = h + 1;
    const t = tokens[i];
    if (!t || s.marked.has(i) || !/^[ \t]*\($/.test(text.slice(tokens[h]!.end, t.start)) || !word(t) || !visitAt(s, h)) continue;
    let last = i;
    while (last - i < 2 && tokens[last + 1] && s.blankBetween(last, last + 1) && !s.marked.has(last + 1) && word(tokens[last + 1]!)) last++;
    if (!/^[ \t]*\)/.test(text.slice(tokens[last]!.end, tokens[last]!.end + 4))) continue;
    for (let k = i; k <= last; k++) s.mark(k, 'LOCATION', 'place-home-town');
  }
}
