// A town named for an ordinary word after a phrase of driving, commuting or going home, or after a
// site of business or care and "in" (issue 11): "niece drives from jubilee.", "SON WILL DRIVE FROM
// FELICITY", "wants to go home to verdant.", "moved back from felicity to help", "seen at urgent care
// in jubilee.". Rural towns are named for words, which every vocabulary holds, so the passes that
// want a proper word refuse them, and the residence passes read after these phrases only a word that
// closes the part ("lives in X;"), after "from" only with a travel adverb ("drove in from X"). These
// phrases are stronger: one drives from, commutes from or goes home to a place, a business or a
// clinic is in one, and what stands there otherwise is a kind of place ("drives from work", "drive
// from the hospital"), a time ("practice in two weeks") or, after "to", what the person goes home to
// do ("go home to rest"). What decides is the phrase, a word a name or place list holds (towns are
// named so; "rest", "recover" are in none), and the clause closing after one to three words. The
// phrases, the sites, the words that close the clause and the words that name no town there are data
// (rules/en/deid-place-cues.yaml travelTowns).
import { LEX } from '../lexicon-flags.js';
import * as vocabulary from './vocabulary.js';
import { hasLower, isCap, type Token, type TokenScanner } from './token-scanner.js';
import { placeCues, type PlaceCueSets } from './place-rules.js';
import { notTownWord } from '../keep-list/name-words.js';

const { STATE_OR_COUNTRY } = vocabulary;

// Words that never name a town: function, clinical, title, credential and state words, relations and facility heads.
const NOT_TOWN_FLAGS = LEX.STOP | LEX.CLINICAL | LEX.TITLE | LEX.CREDENTIAL | LEX.STATE_WORD | LEX.INSTITUTION_HEAD | LEX.NEAR_RELATION;
// A word a name or place list holds (a town named for a word is one of these), or one no vocabulary holds.
const TOWN_NAME_FLAGS = LEX.AMBIGUOUS | LEX.PLACE | LEX.PLACE_START | LEX.PLACE_TAIL;
// What closes the town's clause: a stop, a comma, a semicolon, a colon, a bracket, a dash or the line end.
const CLAUSE_END_RE = /^(?:[ \t]*(?:[.;:,)]|[ \t]-|\r?\n|$))/;

/** Whether token `t` may be a word of a town's name in the note's case, and not one of the kinds of place or of doing listed. */
function townWord(s: TokenScanner, t: Token, cues: PlaceCueSets): boolean {
  if (t.word.length < 3 || !/^[A-Za-z]+$/.test(t.word) || (t.flags & NOT_TOWN_FLAGS) !== 0 || notTownWord(t.lower)) return false;
  // In the note's case; a mixed-case note writes a small town in lower case too ("commutes from
  // marvel."), never in capitals (an acronym there is a facility or a service).
  if (s.style === 'mixed' ? !hasLower(t.word) || (!isCap(t.word) && t.word !== t.lower) : t.word !== (s.style === 'upper' ? t.word.toUpperCase() : t.lower)) return false;
  if (SPECIALTY_RE.test(t.lower)) return false;
  return !cues.travelTownNotTowns.has(t.lower) && !cues.wordTownNotTowns.has(t.lower) && !cues.notTowns.has(t.lower) && !STATE_OR_COUNTRY.has(t.lower);
}

/** Whether a name or place list holds token `t`, or no vocabulary does. */
const named = (t: Token) => (t.flags & TOWN_NAME_FLAGS) !== 0 || (t.flags & (LEX.COMMON | LEX.VOCAB)) === 0;

// A science or specialty by its ending ("appointment in Neurology."): a department, not a town.
const SPECIALTY_RE = /olog(?:y|ic|ical)$/;

/**
 * Whether one of the travel leads ends at the preposition `p`, its words blank-joined on the line,
 * or `p` is "in" right after a site of business or care (travelTowns.sites: "urgent care in X.",
 * "attorney office in X.", "appointment in X.").
 */
function leadEndsAt(s: TokenScanner, p: number, cues: PlaceCueSets): boolean {
  const site = s.tokens[p - 1];
  if (s.tokens[p]!.lower === 'in' && !!site && s.blankBetween(p - 1, p) && cues.travelTownSites.has(site.lower)) return true;
  return cues.travelTownLeads.some((lead) => {
    const first = p - lead.length + 1;
    if (first < 0) return false;
    for (let k = 0; k < lead.length; k++) {
      if (s.tokens[first + k]!.lower !== lead[k]) return false;
      if (k > 0 && !s.blankBetween(first + k - 1, first + k)) return false;
    }
    return true;
  });
}

/** Whether the clause closes after token `last`: punctuation, the line end, or a closer word (travelTowns.closers). */
function closesAfter(s: TokenScanner, last: number, cues: PlaceCueSets): boolean {
  if (CLAUSE_END_RE.test(s.text.slice(s.tokens[last]!.end, s.tokens[last]!.end + 3))) return true;
  const n = s.tokens[last + 1];
  return !!n && s.blankBetween(last, last + 1) && cues.travelTownClosers.has(n.lower);
}

/** Marks a town named for a word after a phrase of travel or of going home (source `place-travel-town`). */
export function travelTowns(s: TokenScanner, cues: PlaceCueSets = placeCues()): void {
  if (cues.travelTownLeads.length === 0) return;
  const { tokens } = s;
  for (const p of s.cueTokens(cues.travelTownCues)) {
    const i = p + 1;
    if (!tokens[i] || s.marked.has(i) || !s.blankBetween(p, i) || !leadEndsAt(s, p, cues)) continue;
    // One to three town words, blank-joined, the clause closing after the last; the first that closes wins.
    let found = -1;
    for (let last = i; last < i + 3 && tokens[last] && !s.marked.has(last) && townWord(s, tokens[last]!, cues); last++) {
      // A word that says how a person lives ends no town of more words ("go home to Pell comfort").
      if (last > i && (!s.blankBetween(last - 1, last) || cues.residenceNotPlaces.has(tokens[last]!.lower))) break;
      if (closesAfter(s, last, cues)) {
        found = last;
        break;
      }
    }
    if (found < 0) continue;
    let isNamed = false;
    for (let k = i; k <= found; k++) isNamed ||= named(tokens[k]!);
    if (!isNamed) continue;
    for (let k = i; k <= found; k++) s.mark(k, 'LOCATION', 'place-travel-town');
  }
}
