// The company that moved a patient (issue 11): an ambulance or air-medical service named after
// "via" in a clause of transfer or transport ("tx'd here july 6 via lifewing.", "PRIOR TO TRANSFER
// VIA RIDGELINE.", "TRANSPORT VIA AIRMED 4 LIFEFLIGHT AT 5:06 PM", "transferred via Gannet
// Flight"). A carrier's name holds a brand: a word no vocabulary holds, or in a mixed-case note a
// Title-case word before a carrier head ("Eagle Ambulance"). The ways of moving are no carrier:
// "transferred via stretcher", "arrived via EMS", "brought in via POV", "tx via air ambulance"
// stay. Words are data (rules/en/deid-handover-slots.yaml carriers).
import { hasLower, isCap, type TokenScanner } from './token-scanner.js';
import { LEX } from '../lexicon-flags.js';
import { handoverSlots } from '../rules/handover-slot-rules.js';
import { cueAlternation } from '../rules/word-alternation.js';
import { allMatches } from '../regex-matches.js';
import { AnchoredRegex } from '../keyword-anchors.js';

const CARRIERS = handoverSlots().carriers;
const HEADS: ReadonlySet<string> = new Set(CARRIERS.heads);
const MODES: ReadonlySet<string> = new Set(CARRIERS.modes);
// A lead of transfer or transport, the rest of its clause (no sentence end), "via", then up to
// three words, a unit number between two allowed (group 1).
const VIA_RE = new RegExp(
  `\\b(?:${cueAlternation(CARRIERS.leads, '[ \\t]+')})(?![A-Za-z])(?:(?!\\.[ \\t\\n])[^\\n;]){0,60}?\\bvia[ \\t]+([A-Za-z][A-Za-z'-]*(?:[ \\t]+(?:\\d{1,3}[ \\t]+)?[A-Za-z][A-Za-z'-]*){0,2})`,
  'gid',
);
// What may follow a carrier's name: punctuation, the line end, or a word that opens the rest of the clause.
const CLOSE_RE = /^(?:[ \t]*(?:[.,;:()]|\r?\n|$)|[ \t]+(?:at|to|from|on|with|for|and|in|after|arriving|arrived|eta|unit|crew|per|w\/)\b)/i;
const PLAIN = LEX.VOCAB | LEX.COMMON | LEX.CLINICAL | LEX.STOP;

/** Whether token `k` is a brand: no vocabulary holds it, it is no way of moving, and it is no short code. */
function brand(s: TokenScanner, k: number): boolean {
  const t = s.tokens[k]!;
  return t.lower.length >= 4 && !MODES.has(t.lower) && !HEADS.has(t.lower) && (t.flags & (PLAIN | LEX.TITLE | LEX.CREDENTIAL)) === 0;
}

/** Whether the tokens `ks` name a carrier (see the file comment). */
function carrier(s: TokenScanner, ks: readonly number[]): boolean {
  const last = s.tokens[ks[ks.length - 1]!]!;
  const headed = ks.length >= 2 && HEADS.has(last.lower);
  const words = headed ? ks.slice(0, -1) : ks;
  // Every word before the head is no function, clinical or mode word.
  if (words.some((k) => MODES.has(s.tokens[k]!.lower) || (s.tokens[k]!.flags & (LEX.STOP | LEX.CLINICAL | LEX.TITLE | LEX.CREDENTIAL)) !== 0)) return false;
  if (words.some((k) => brand(s, k))) return true;
  // "via Eagle Ambulance": in a mixed-case note a Title-case word before a head is a brand too.
  return headed && s.style === 'mixed' && words.every((k) => isCap(s.tokens[k]!.word) && hasLower(s.tokens[k]!.word));
}

// `/\bvia\b/i`, tried only where the word "via" stands (keyword-anchors.ts): a match is a letter run that is "via".
const VIA = new AnchoredRegex(/\bvia\b/gi, ['via']);

/** Marks the carrier after "via" in a clause of transfer or transport as INSTITUTION (source `transport-carrier`). */
export function transportCarriers(s: TokenScanner): void {
  if (!VIA.test(s.text)) return;
  for (const m of allMatches(VIA_RE, s.text)) {
    const from = m.indices![1]![0];
    const ks = s.tokensIn(from, from + m[1]!.length);
    // The longest run of words that names a carrier and closes its clause.
    for (let n = ks.length; n >= 1; n--) {
      const part = ks.slice(0, n);
      if (!carrier(s, part) || !CLOSE_RE.test(s.text.slice(s.tokens[part[n - 1]!]!.end, s.tokens[part[n - 1]!]!.end + 10))) continue;
      for (const k of part) s.mark(k, 'INSTITUTION', 'transport-carrier');
      break;
    }
  }
}
