// A town named for a word, written with its capital in a mixed-case note (issue 11): "mowing the
// lawn in Thorn;", "staying with her aunt in Ivory.", "hunts on a farm near Velvet,". Towns
// are named for words that a name list holds as well ("Glory", "Tinder", "Thorn"), and the
// vocabulary holds them, so the passes that want a proper word leave them; the word-town pass
// (word-towns.ts) takes them only after a word of residence. In the middle of a sentence of a note
// written in mixed case the capital is what marks a name: the same word after "in", closing its
// phrase, is the town, where the word in lower case ("lives in harmony") stays a word. The
// prepositions and the capitalised words that name no town there (languages, a record's tabs:
// "answered in French.", "scanned in Media.") are data (rules/en/deid-place-cues.yaml wordTowns).
import { LEX } from '../lexicon-flags.js';
import { hasLower, isCap, type Token, type TokenScanner } from './token-scanner.js';
import { placeCues, type PlaceCueSets } from './place-rules.js';
import { notTownWord } from '../keep-list/name-words.js';
import * as vocabulary from './vocabulary.js';

const { STATE_OR_COUNTRY } = vocabulary;

// Words that never name a town here: function, title, credential and state words, heads of facilities.
const NOT_TOWN_FLAGS = LEX.STOP | LEX.TITLE | LEX.CREDENTIAL | LEX.STATE_WORD | LEX.INSTITUTION_HEAD;
// What closes the town: a stop, a comma, a semicolon, a bracket, the line end.
const TOWN_END_RE = /^[ \t]*(?:[.;,)]|\r?\n|$)/;
// The start of a sentence or a line before the preposition: there a capital says nothing ("In Brief.").
const SENTENCE_START_RE = /(?:^|[.!?:]|\n)[ \t]*$/;

/** Whether token `t` may be a capitalised word-town: a Title-case word a name list holds though it is also a word. */
function capitalTownWord(t: Token, cues: PlaceCueSets): boolean {
  if (t.word.length < 4 || !/^[A-Za-z]+$/.test(t.word) || !isCap(t.word) || !hasLower(t.word)) return false;
  if ((t.flags & LEX.AMBIGUOUS) === 0 || (t.flags & NOT_TOWN_FLAGS) !== 0 || notTownWord(t.lower)) return false;
  return !cues.capitalNotTowns.has(t.lower) && !cues.wordTownNotTowns.has(t.lower) && !cues.notTowns.has(t.lower) && !cues.departments.has(t.lower) && !cues.careKinds.has(t.lower) && !STATE_OR_COUNTRY.has(t.lower);
}

/**
 * "visiting her niece in Ivory.", "mowing the lawn in Thorn; wife called": in a mixed-case note,
 * a word a name list holds though it is also a word (LEX.AMBIGUOUS), written Title-case right after a
 * lower-case preposition of place (wordTowns.capitalPrepositions) inside a sentence, and closing
 * its phrase, is a town (LOCATION).
 */
export function capitalWordTowns(s: TokenScanner, cues: PlaceCueSets = placeCues()): void {
  if (s.style !== 'mixed' || cues.capitalTownPrepositions.size === 0) return;
  for (let i = 2; i < s.tokens.length; i++) {
    const t = s.tokens[i]!;
    if (s.marked.has(i) || (t.flags & LEX.AMBIGUOUS) === 0) continue;
    const p = s.tokens[i - 1]!;
    if (p.word !== p.lower || !cues.capitalTownPrepositions.has(p.lower) || s.text.slice(p.end, t.start) !== ' ') continue;
    if (SENTENCE_START_RE.test(s.text.slice(Math.max(0, p.start - 3), p.start)) || !capitalTownWord(t, cues)) continue;
    if (!TOWN_END_RE.test(s.text.slice(t.end, t.end + 4))) continue;
    s.mark(i, 'LOCATION', 'capital-word-town');
  }
}
