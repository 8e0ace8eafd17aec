// Where a veteran or service member served (issue 11): VA compensation exams, military and
// occupational notes write a unit after its ordinal ("68th Medical Detachment", "IRAQ 1998 WITH
// 144TH MILITARY POLICE CO", "101st Airborne Division") and a base by its name after a base word
// ("Fort Ashcombe", "CAMP LINDQVIST", "Joint Base Ellingsen-Drift"). The heads and
// leads are data (rules/en/deid-place-cues.yaml military). A unit is the ordinal, up to three words
// and a head, in the note's case for a name, and not "of" after the head ("3rd battery of tests"). A
// base's name is one or two words written as names (hyphenated parts joined) that no common,
// clinical or function word list holds. Abbreviated leads ("COP", "FOB", "FT") are left out of the
// data: in notes they are mostly words ("copious", "feet").
import { LEX } from '../lexicon-flags.js';
import { hasLower, isCap, type Token, type TokenScanner } from './token-scanner.js';
import { placeCues, type PlaceCueSets } from './place-rules.js';
import { isAsciiDigit as isDigit } from '../../util/ascii-chars.js';

// An ordinal and one blank right before a word: "68th ", "144TH ".
const ORDINAL_BEFORE_RE = /(?<![\w.-])\d{1,3}(?:st|nd|rd|th) $/i;
const PLAIN = LEX.COMMON | LEX.CLINICAL | LEX.STOP | LEX.TITLE | LEX.CREDENTIAL;

/** Whether a word is written as a name in this note: capitalised in a mixed-case note. */
const nameCase = (s: TokenScanner, t: Token) => s.style !== 'mixed' || isCap(t.word);

/** Whether tokens `a` and `a + 1` are joined by one blank (or a hyphen, `hyphen`). */
function joined(s: TokenScanner, a: number, hyphen = false): boolean {
  const n = s.tokens[a + 1];
  if (!n) return false;
  const gap = s.text.slice(s.tokens[a]!.end, n.start);
  return gap === ' ' || (hyphen && gap === '-');
}

// The last letter of an ordinal's suffix (st, nd, rd, th), by char code: most tokens have none before them.
const ORDINAL_LAST = new Set([116, 100, 104, 84, 68, 72]);

/** A word without the period an abbreviation may carry ("Ft." → "ft"). */
const bare = (lower: string) => (lower.endsWith('.') ? lower.slice(0, -1) : lower);


// The first words of the base leads (the keys of militaryBaseLeads), per cue sets.
const LEAD_WORDS = new WeakMap<PlaceCueSets, ReadonlySet<string>>();
function leadWords(cues: PlaceCueSets): ReadonlySet<string> {
  let set = LEAD_WORDS.get(cues);
  if (set === undefined) {
    set = new Set(cues.militaryBaseLeads.keys());
    LEAD_WORDS.set(cues, set);
  }
  return set;
}

/** Marks military units and bases (source `place-military`). */
export function militaryPlaces(s: TokenScanner, cues: PlaceCueSets = placeCues()): void {
  if (cues.militaryUnitHeads.size === 0 && cues.militaryBaseLeads.size === 0) return;
  const { text, tokens } = s;
  // The tokens a base's lead opens (a token holds no full stop, so `bare` leaves it as it is), in
  // order (cue-tokens.ts); `at` walks them beside `i`.
  const leads = s.cueTokens(leadWords(cues));
  let at = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (s.marked.has(i)) continue;
    // A unit: the ordinal (no token: it opens with a digit) before up to three words and a head.
    // The suffix is two letters, so the pattern's last digit stands four characters before the word.
    const ordinal =
      t.start >= 4 && text.charCodeAt(t.start - 1) === 32 && ORDINAL_LAST.has(text.charCodeAt(t.start - 2)) && isDigit(text.charCodeAt(t.start - 4))
        ? ORDINAL_BEFORE_RE.exec(text.slice(Math.max(0, t.start - 8), t.start))
        : null;
    if (ordinal && nameCase(s, t)) {
      let end = -1;
      for (let k = i; k <= i + 3 && k < tokens.length && (k === i || joined(s, k - 1)); k++) {
        const w = tokens[k]!;
        if (s.marked.has(k) || !nameCase(s, w) || ((w.flags & LEX.STOP) !== 0 && !cues.militaryUnitHeads.has(w.lower))) break;
        if (cues.militaryUnitHeads.has(w.lower) && !/^[ \t]+of\b/i.test(text.slice(w.end, w.end + 4))) end = k;
      }
      if (end >= i) {
        s.spans.push({ start: t.start - ordinal[0].length, end: t.start - 1, category: 'LOCATION', source: 'place-military' });
        for (let k = i; k <= end; k++) s.mark(k, 'LOCATION', 'place-military');
        i = end;
        continue;
      }
    }
    // A base: its lead, then one or two name words.
    while (at < leads.length && leads[at]! < i) at++;
    if (at === leads.length || leads[at] !== i) continue;
    for (const lead of cues.militaryBaseLeads.get(bare(t.lower)) ?? []) {
      let k = i;
      let ok = true;
      for (let n = 0; n < lead.length && ok; n++, k++) {
        const w = tokens[k];
        ok = !!w && bare(w.lower) === lead[n] && (n === 0 || joined(s, k - 1)) && nameCase(s, w);
      }
      if (!ok || !joined(s, k - 1)) continue;
      let last = -1;
      for (let m = k; m < k + 3 && m < tokens.length; m++) {
        const w = tokens[m]!;
        const proper = !s.marked.has(m) && w.word.length >= 3 && /^[A-Za-z]/.test(w.word) && nameCase(s, w) && (s.style !== 'mixed' || hasLower(w.word)) && (w.flags & PLAIN) === 0;
        if (!proper) break;
        last = m;
        if (!joined(s, m, true)) break;
      }
      if (last < k) continue;
      for (let m = i; m <= last; m++) s.mark(m, 'LOCATION', 'place-military');
      i = last;
      break;
    }
  }
}
