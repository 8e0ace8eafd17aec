// A facility's acronym defined in the note (issue 11): "BRACKENRIDGE UNIVERSITY HOSPITAL (BUH)",
// "crestline regional hospital (crh)", "KidneyFirst of Oxbow (KFO)". The bracket after a facility's
// name spelling its initials is the facility's short name, and the note uses it alone later ("PT
// DEPARTED BUH", "TNK GIVEN AT BUH"): every standalone use of it in the note is the facility too.
import type { TokenScanner } from './token-scanner.js';
import { LEX } from '../lexicon-flags.js';
import { nextNonBlank } from './blank-skip.js';
import { WORD_SHAPED } from './vocabulary.js';

// Function words a facility's acronym may leave out ("Sacred Heart of Oxbow" → SHO or SHOO).
const SKIPPABLE = new Set(['of', 'the', 'and', 'at', 'for', 'on']);

/** The initials a word gives: its first letter, and the first letter after a hyphen or of a capital inside ("Tri-County" → TC, "KidneyFirst" → KF). */
function initials(word: string): string {
  const parts = word.split(/[-/]/).filter((p) => p.length > 0);
  return parts.map((p) => p[0]! + (/^[A-Z][a-z]+[A-Z]/.test(p) ? p.slice(1).replace(/[^A-Z]/g, '') : '')).join('').toLowerCase();
}

/**
 * Whether `acronym` spells the initials of the words `words` (the last of them right before the
 * bracket), reading back from the end: every letter is a word's initials, function words may give
 * theirs or none; the words used must reach back at least two.
 */
function spells(acronym: string, words: string[]): number {
  // Longest match of the acronym's end against the words' end, reading back.
  const go = (a: number, w: number): number => {
    if (a < 0) return w + 1;
    if (w < 0) return -1;
    const ini = initials(words[w]!);
    if (ini.length > 0 && ini.length <= a + 1 && acronym.slice(a - ini.length + 1, a + 1) === ini) {
      const r = go(a - ini.length, w - 1);
      if (r >= 0) return r;
    }
    if (ini.length > 1 && acronym[a] === ini[0]) {
      const r = go(a - 1, w - 1);
      if (r >= 0) return r;
    }
    return SKIPPABLE.has(words[w]!.toLowerCase()) ? go(a, w - 1) : -1;
  };
  return go(acronym.length - 1, words.length - 1);
}

/**
 * "BRACKENRIDGE UNIVERSITY HOSPITAL (BUH)", "Shiloh Valley Medical Center (SVMC)", "fernleigh
 * rehabilitation hospital (frh)": a bracket of two to six letters (capitals, or lower case in a
 * lower-case note) after words on its line whose initials it spells, one of them a facility found or
 * a facility head word (or, for three letters or more, one a word no vocabulary holds and none a
 * clinical term: "KidneyFirst of Oxbow (KFO)"), is the facility's acronym; it and every standalone use of it in the note
 * (written the same) are LOCATION. A clinical acronym ("Intensive Care Unit (ICU)") is never one.
 */
export function facilityAcronyms(s: TokenScanner): void {
  if (!s.text.includes('(')) return;
  const found = new Set<string>();
  for (let i = 1; i < s.tokens.length; i++) {
    const t = s.tokens[i]!;
    // The bracket closes right after the word (`/^[ \t]*\)/` below): the first character after it but blanks is ")".
    if (nextNonBlank(s.text, t.end) !== 41) continue;
    if (t.word.length < 2 || t.word.length > 6 || !/^[A-Za-z]+$/.test(t.word) || (s.style === 'lower' ? t.word !== t.lower : t.word !== t.word.toUpperCase())) continue;
    if (!/\([ \t]*$/.test(s.text.slice(t.start - 3, t.start)) || !/^[ \t]*\)/.test(s.text.slice(t.end, t.end + 3))) continue;
    if ((t.flags & (LEX.CLINICAL | LEX.STOP | LEX.CREDENTIAL | LEX.TITLE)) !== 0) continue;
    // The words before the bracket, on its line, joined by blanks, hyphens or a dot ("ST. BRENDAN'S").
    const open = s.text.lastIndexOf('(', t.start);
    const idx: number[] = [];
    for (let k = i - 1; k >= 0 && idx.length < 8; k--) {
      const gap = s.text.slice(s.tokens[k]!.end, idx.length === 0 ? open : s.tokens[idx[0]!]!.start);
      if (!/^\.?[ \t]*$/.test(gap) && !(idx.length > 0 && /^[ \t]*[-&][ \t]*$/.test(gap))) break;
      idx.unshift(k);
    }
    if (idx.length < 2) continue;
    const words = idx.map((k) => s.tokens[k]!.word);
    const from = spells(t.lower, words);
    if (from < 0 || idx.length - from < 2) continue;
    const used = idx.slice(from);
    const facility = used.some((k) => (s.tokens[k]!.flags & LEX.INSTITUTION_HEAD) !== 0 || (s.marked.has(k) && s.spans.some((sp) => sp.start <= s.tokens[k]!.start && s.tokens[k]!.end <= sp.end && (sp.category === 'LOCATION' || sp.category === 'INSTITUTION'))));
    // "KidneyFirst of Oxbow (KFO)": words of a name no vocabulary holds, none a clinical term ("Transcranial Magnetic Stimulation (TMS)").
    const named = t.word.length >= 3 && used.some((k) => (s.tokens[k]!.flags & (LEX.COMMON | LEX.VOCAB)) === 0 && !WORD_SHAPED.test(s.tokens[k]!.lower) && !/(?:al|ic|ive|ary|ial)$/.test(s.tokens[k]!.lower)) && used.every((k) => (s.tokens[k]!.flags & LEX.CLINICAL) === 0);
    if (!facility && !named) continue;
    found.add(t.word);
  }
  if (found.size === 0) return;
  for (let i = 0; i < s.tokens.length; i++) {
    const t = s.tokens[i]!;
    if (!found.has(t.word) || /^[-/'’\w]/.test(s.text.slice(t.end, t.end + 1)) || /[-/\w]$/.test(s.text.slice(Math.max(0, t.start - 1), t.start))) continue;
    s.mark(i, 'LOCATION', 'facility-acronym');
  }
}
