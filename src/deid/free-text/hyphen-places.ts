// Place names of hyphen-joined parts (issue 11): "visiting relatives in Port-au-Prince", "born in
// Aix-en-Provence", "moved from Winston-Salem". The tokens split at hyphens, and most passes read
// one word or a run parted by blanks, so no pass took such a name whole, and the parts alone are
// often ordinary words ("Port", "Prince"). The particles and prepositions are data
// (rules/en/deid-place-cues.yaml hyphenPlaces).
import { LEX } from '../lexicon-flags.js';
import { isHyphenGap, type TokenScanner } from './token-scanner.js';
import { placeCues, type PlaceCueSets } from './place-rules.js';
import { eponymHeadWords } from '../rules/eponym-heads.js';

// A part that no place name's part is: clinical, function, title or credential words.
const NOT_PART = LEX.CLINICAL | LEX.STOP | LEX.TITLE | LEX.CREDENTIAL;

/**
 * Marks hyphen-joined place names (source `place-hyphen`): with a particle inside and capitals at
 * both ends anywhere ("Stratford-upon-Avon"); without one ("Sedro-Woolley"), in a mixed-case note
 * right after a preposition of place, when no part is a clinical or function word, one is no common
 * word, and no eponym head follows ("from Lund-Browder chart").
 */
export function hyphenPlaces(s: TokenScanner, cues: PlaceCueSets = placeCues()): void {
  const { text, tokens } = s;
  // Only a text with a hyphen between two letters can hold one.
  if (!/[A-Za-z]-[A-Za-z]/.test(text)) return;
  for (let i = 0; i + 1 < tokens.length; i++) {
    // The run of tokens joined by single hyphens from i.
    let j = i;
    while (j + 1 < tokens.length && isHyphenGap(text, tokens[j]!.end, tokens[j + 1]!.start)) j++;
    if (j === i) continue;
    const first = i;
    i = j;
    // A hyphen glued on either side ("-Prince", "Avon-") belongs to something else: a list, a range, a code.
    if (/[-\w]/.test(text[tokens[first]!.start - 1] ?? ' ') || /[-\w]/.test(text[tokens[j]!.end] ?? ' ')) continue;
    if (j - first > 4 || !placeParts(s, first, j, cues)) continue;
    for (let k = first; k <= j; k++) s.mark(k, 'LOCATION', 'place-hyphen');
  }
}

/** Whether tokens a..b (joined by hyphens) read as a place name, as {@link hyphenPlaces} says. */
function placeParts(s: TokenScanner, a: number, b: number, cues: PlaceCueSets): boolean {
  const { tokens } = s;
  const capital = (k: number) => /^[A-Z][A-Za-z']*$/.test(tokens[k]!.word) && (s.style !== 'mixed' || /[a-z]/.test(tokens[k]!.word));
  if (!capital(a) || !capital(b)) return false;
  let particle = false;
  for (let k = a + 1; k < b; k++) {
    const t = tokens[k]!;
    // In a mixed-case note a particle is written in lower case; in a one-case note, where case tells
    // nothing, only one that is no English word counts ("PORT-AU-PRINCE", not "KEEP-ON-PERSON").
    const asParticle = cues.hyphenParticles.has(t.lower) && (s.style === 'mixed' ? t.word === t.lower : (t.flags & (LEX.COMMON | LEX.STOP)) === 0);
    if (asParticle) particle = true;
    else if (!capital(k)) return false;
  }
  if (particle) return true;
  // Without a particle: only in a mixed-case note, where Title case marks the parts as names ("LCS-MINIMAL",
  // "HEAD-WO" in a note in capitals are shorthand), and right after a preposition of place.
  if (s.style !== 'mixed') return false;
  const before = tokens[a - 1];
  if (!before || !cues.hyphenPrepositions.has(before.lower) || !/^[ \t]+$/.test(s.text.slice(before.end, tokens[a]!.start))) return false;
  // "from Stevens-Johnson syndrome", "from Lund-Browder chart": an eponym's names before its head word.
  const next = tokens[b + 1];
  if (next && /^ $/.test(s.text.slice(tokens[b]!.end, next.start)) && eponymHeadWords().has(next.lower)) return false;
  let uncommon = false;
  for (let k = a; k <= b; k++) {
    const f = tokens[k]!.flags;
    if ((f & NOT_PART) !== 0 || tokens[k]!.word.length < 2) return false;
    if ((f & LEX.COMMON) === 0) uncommon = true;
  }
  return uncommon;
}
