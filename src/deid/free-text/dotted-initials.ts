// Dotted initials (issue 11): a person written as the letters of their name with a stop after each
// ("pt K.L.M.", "Impression (R.J.):", "0230 T.W. awake", "client initials b.n.o."), as clinics and
// home-care logs refer to the patient. Dotted letters are also the abbreviations of medicine and
// English ("p.o.", "b.i.d.", "M.D.", "a.m.", "O.S."), so the letters joined decide: after "initials"
// any group is someone's; after a patient lead (rules/en/deid-name-cues.yaml, dottedInitialsLeads)
// any group but a function word, credential, title or clinical abbreviation ("pt N.P.O." stays); with
// no lead only a group of capitals whose letters spell nothing any list holds, standing as a subject
// or in a bracket, and a state's letters only where no comma puts them after a town ("Pierre, S.D.").
// The two dotted passes of name-initials.ts (letters that spell the initials of a name the note holds)
// live here too and share the group pattern and tests, but keep their places in the pass order (this
// one among the cue passes, those last of all, after the names are found): a later pass reads the
// marks of the earlier ones and the note's initials are worked out lazily from the names marked.
import { allMatches } from '../regex-matches.js';
import type { TokenScanner } from './token-scanner.js';
import { hasLower, hasUpper } from './token-scanner.js';
import { LEX, lexiconFlags } from '../lexicon-flags.js';
import { nameCues } from '../rules/deid-rules.js';
import { cueAlternation } from '../rules/word-alternation.js';
import { dottedAbbreviationWord } from '../keep-list/name-words.js';
import { isAsciiLetter } from '../../util/ascii-chars.js';

// Two or three letters each followed by a stop, no letter or stop before, no letter after ("K.L.M.", "r.j.").
const DOTTED_SOURCE = '(?<![A-Za-z.])((?:[A-Za-z]\\.){2,3})(?![A-Za-z])';
const DOTTED_RE = new RegExp(DOTTED_SOURCE, 'g');
// The same group tried at one position (at a one-letter token followed by a stop).
const DOTTED_AT = new RegExp(DOTTED_SOURCE, 'y');
const LEAD_BEFORE_RE = new RegExp(`(?<![A-Za-z])(${cueAlternation(nameCues().cues.dottedInitialsLeads.words, '[ \\t]+')})[ \\t]*[:(]?[ \\t]*$`, 'i');
// What the letters may never spell after a patient lead: a function word, a credential or a title.
const NEVER_AFTER_LEAD = LEX.STOP | LEX.CREDENTIAL | LEX.TITLE | LEX.SIGN_CREDENTIAL;

/** Whether a group mixes capitals and small letters ("M.d."): no one's initials in any of the passes. */
const mixedCase = (g: string) => hasUpper(g) && hasLower(g);

/**
 * The dotted group (stops included, "F.K.") that opens at token `i`, a letter with a stop after it,
 * or `undefined`: {@link DOTTED_RE} tried where the token stands.
 */
function dottedGroupAt(s: TokenScanner, i: number): string | undefined {
  const t = s.tokens[i]!;
  if (t.word.length !== 1 || s.text.charCodeAt(t.end) !== 46) return undefined;
  DOTTED_AT.lastIndex = t.start;
  return DOTTED_AT.exec(s.text)?.[1];
}

/** Whether the dotted group `g` at `at` is a person's initials (see the file comment for the three places). */
function dottedInitials(text: string, at: number, g: string): boolean {
  if (mixedCase(g)) return false;
  const w = g.replace(/\./g, '').toLowerCase();
  const f = lexiconFlags(w);
  const lead = LEAD_BEFORE_RE.exec(text.slice(Math.max(0, at - 24), at));
  if (lead) {
    if (/initials$/i.test(lead[1]!)) return true;
    // A clinical abbreviation ("pt N.P.O.", "re C.T.") is one still.
    return (f & (NEVER_AFTER_LEAD | LEX.CLINICAL)) === 0;
  }
  if (hasLower(g) || (f & ~LEX.STATE_WORD) !== 0 || dottedAbbreviationWord(w)) return false;
  // Unled, the group must stand as a subject or in a bracket: a word in lower case, a bracket's end,
  // a colon or a comma after it ("T.W. woke", "(R.J.):"). Before a capital or an apostrophe it is an
  // abbreviation of the phrase around it ("D.L. PICC", "per V.O. DR. LEE", "tube D.C.'D").
  if (!/^[ \t]*(?:[a-z]|[):,])/.test(text.slice(at + g.length, at + g.length + 4))) return false;
  return (f & LEX.STATE_WORD) === 0 || !/,[ \t]*$/.test(text.slice(Math.max(0, at - 3), at));
}

/**
 * `/[A-Za-z]\.[A-Za-z]\./.test(text)`, read at the text's full stops alone (a regex scan tries every
 * character; a report holds a few dozen stops): a match's first stop stands between two letters
 * and before another stop. Exported for its test.
 */
export function letterDotLetterDot(text: string): boolean {
  for (let p = text.indexOf('.'); p >= 0; p = text.indexOf('.', p + 1)) {
    if (p > 0 && isAsciiLetter(text.charCodeAt(p - 1)) && isAsciiLetter(text.charCodeAt(p + 1)) && text.charCodeAt(p + 2) === 46) return true;
  }
  return false;
}

/** Marks the letters of dotted initials (rule id `dotted-initials`). */
export function dottedInitialsNames(s: TokenScanner): void {
  if (!letterDotLetterDot(s.text)) return;
  for (const m of allMatches(DOTTED_RE, s.text)) {
    const g = m[1]!;
    if (!dottedInitials(s.text, m.index, g)) continue;
    for (let k = 0; k < g.length; k += 2) s.markWordAt(m.index + k, g[k]!, 'NAME', 'dotted-initials');
  }
}

// Where dotted letters name the patient even when they spell a word or an abbreviation ("(m.s.)",
// "pt A.D., age 51", "Chart label M.H./K651238"): alone in a bracket, after "pt", before "/" and a code.
const DOTTED_SLOT_BEFORE = /(?:\([ \t]*|\bpt[ \t]+)$/i;
const DOTTED_SLOT_AFTER = /^(?:[ \t]*\)|\/[A-Za-z]?\d)/;
const WORDISH = LEX.STOP | LEX.TITLE | LEX.CREDENTIAL | LEX.CLINICAL | LEX.COMMON | LEX.VOCAB;

/**
 * "Chart label F.K./25564399", "a/p (m.e.) per dr", "SW note (L.P.)": a group of letters each closed by
 * a full stop that spells the initials of a name found in the note (`initials`, worked out on the first
 * call). A group that spells a word or an abbreviation ("p.o.", "a.m.", "M.S.") counts only where the
 * patient's initials stand (a bracket of its own, after "pt", before "/" and a code), where a group
 * that spells nothing counts without a name ("(f.g.)"); a group after a comma is a degree ("Ann Lee,
 * M.S."). Rule id `name-initials`.
 */
export function dottedInitialsOfNames(s: TokenScanner, initials: () => Set<string>): void {
  for (let i = 0; i < s.tokens.length; i++) {
    if (s.marked.has(i)) continue;
    const g = dottedGroupAt(s, i);
    if (g === undefined) continue;
    const t = s.tokens[i]!;
    const end = t.start + g.length;
    const letters = g.replace(/\./g, '');
    const upper = letters === letters.toUpperCase();
    if (!upper && !(s.style === 'lower' && letters === letters.toLowerCase())) continue;
    const before = s.text.slice(Math.max(0, t.start - 8), t.start);
    if (/,[ \t]*$/.test(before)) continue;
    const slot = DOTTED_SLOT_BEFORE.test(before) || DOTTED_SLOT_AFTER.test(s.text.slice(end, end + 3));
    const wordish = (lexiconFlags(letters.toLowerCase()) & WORDISH) !== 0;
    if (!slot && wordish) continue;
    // In the patient's slot letters that spell no word are initials though no name of the note has them.
    if (!(slot && !wordish) && !initials().has(letters.toUpperCase())) continue;
    for (let k = i; k < s.tokens.length && s.tokens[k]!.start < end; k++) s.mark(k, 'NAME', 'name-initials');
    i += letters.length - 1;
  }
}

/**
 * "RE PT V.F.", "TAG WRITTEN B.M.", "for c.d.;": two or three one-letter tokens each with its full
 * stop, in one case, that spell the initials of a name found in the note (`initials`, worked out on
 * the first call that needs them) are that person's. Dotted groups that are words, credentials or
 * times ("M.D.", "a.m.", "p.m.", "R.N.") stay whatever names the note holds. Rule id `name-initials`.
 * The letters are tokens here, not {@link dottedGroupAt}'s pattern: a token's word has its
 * diacritics folded ("é." is "e."), and the pass has always read the group that way.
 */
export function dottedInitialsAt(s: TokenScanner, i: number, initials: () => Set<string>): void {
  const letters: number[] = [];
  for (let k = i; k < s.tokens.length && letters.length < 3; k++) {
    const u = s.tokens[k]!;
    if (u.word.length !== 1 || !/[A-Za-z]/.test(u.word) || s.text[u.end] !== '.' || (k > i && u.start !== s.tokens[k - 1]!.end + 1)) break;
    letters.push(k);
  }
  // The group stands alone: no letter glued before it, none after its last stop.
  const first = s.tokens[i]!;
  const lastTok = s.tokens[letters[letters.length - 1] ?? i]!;
  if (letters.length < 2 || /[A-Za-z.]/.test(s.text[first.start - 1] ?? '') || /[A-Za-z]/.test(s.text[lastTok.end + 1] ?? '')) return;
  const group = letters.map((k) => s.tokens[k]!.word).join('');
  if (mixedCase(group) || letters.some((k) => s.marked.has(k))) return;
  if ((lexiconFlags(group.toLowerCase()) & NEVER_AFTER_LEAD) !== 0 || dottedAbbreviationWord(group.toLowerCase())) return;
  if (initials().has(group.toUpperCase())) for (const k of letters) s.mark(k, 'NAME', 'name-initials');
}
