// Where a past procedure or diagnosis was done, written as the hospital's acronym in a history
// list (issue 11): "- '98 lap chole (KVMH), GA, no issues", "- 2011 ORIF L wrist (tbrh)",
// "- TURP '03 at DWQ: spinal", "pmh: cabg '04, appy 2009 at zmkh", "mother CRC at 60 (dx PHLH)".
// A dated item of a history list names the event and where it happened; an acronym no vocabulary
// holds, alone in the item's bracket or after "at", is that place. The date (a year in the same
// comma part, or a "dx" opening the bracket) ties it to a past event. The word lists miss many
// clinical abbreviations ("PONV", "ALIF", "LVAD"), and a bracket after a procedure often holds one
// (its indication or technique): there only an acronym shaped like a hospital's counts (ending in
// H, HS or MC: "KVMH", "TBRHS", "PQMC"), less the clinical ones of that shape the place cues list
// (organisations.notAcronyms: "(EDH)", "(PPH)"). After "at" closing its phrase an abbreviation
// seldom stands ("at DWQ:", "at zmkh" ⏎): any unknown acronym counts there.
import type { TokenScanner } from './token-scanner.js';
import type { KeepVocabulary } from '../keep-list/keep-vocabulary.js';
import { HOSPITAL_SHAPE_RE, unknownAcronym, unknownLowerAcronym } from './acronym-shapes.js';
import type { PlaceCueSets } from './place-rules.js';

// A year written whole or clipped ("2009", "'04", "’98"), standing alone.
const YEAR_RE = /(?:^|[\s(])(?:['’]\d{2}|(?:19|20)\d{2})(?=$|[\s),:;.])/;
// The bracket that holds the acronym alone, "dx" optionally opening it: "(KVMH)", "(dx PHLH)".
const BRACKET_OPEN_RE = /\([ \t]*(?:(dx)[ \t]+)?$/i;
const BRACKET_CLOSE_RE = /^[ \t]*\)/;
// "at" and the acronym closing its phrase: a stop, a colon, a bracket, the line end, or "in"/"on" and a date.
const AT_BEFORE_RE = /(?:^|[ \t])at[ \t]+$/i;
const AT_CLOSE_RE = /^(?:[ \t]*(?:[,;:.)]|$)|[ \t]+(?:in|on)[ \t]+\d)/;
// "at ftach in 2014": the year may follow the acronym, in the same phrase.
const YEAR_AFTER_RE = /^[ \t]+in[ \t]+(?:19|20)\d{2}\b/;

/**
 * A necessary condition, read from the text before a token at `start`, of BRACKET_OPEN_RE or
 * AT_BEFORE_RE matching the token's line up to it (issue 11, speed: most tokens of a note are
 * refused here, before the acronym tests and the line's slices). Both patterns end at the token
 * (`$`, no `m` flag, on the line's text before it), so the last character before it that is no
 * blank or tab, on its line, is the bracket ("(KVMH)", "( KVMH"), or the "x" of "dx" or the "t" of
 * "at" (either case, the `i` flag) with one blank or tab at least after it.
 */
function mayCloseBracketOrAt(text: string, start: number): boolean {
  let k = start - 1;
  while (k >= 0 && (text.charCodeAt(k) === 32 || text.charCodeAt(k) === 9)) k--;
  if (k < 0) return false;
  const c = text.charCodeAt(k);
  if (c === 40) return true;
  return k < start - 1 && (c === 120 || c === 88 || c === 116 || c === 84);
}

/**
 * "- '98 lap chole (KVMH), GA", "- 2011 ORIF L wrist (tbrh)", "- TURP '03 at DWQ:", "appy 2009 at
 * zmkh", "CRC at 60 (dx PHLH)": an acronym no vocabulary holds (capitals, or lower case in a note
 * that is not all capitals), alone in a bracket or after "at" closing its phrase, in a comma part of
 * its line that holds a year before it (or "in" and a year right after it, or "dx" opening the
 * bracket), is where the event was (LOCATION). In a bracket it must be shaped like a hospital's
 * (HOSPITAL_SHAPE_RE) and none of the clinical abbreviations of that shape; after "at" a lower-case
 * one must be so shaped or all consonants.
 */
export function historyAcronyms(s: TokenScanner, vocab: KeepVocabulary, cues: PlaceCueSets): void {
  const { text } = s;
  for (let i = 1; i < s.tokens.length; i++) {
    const t = s.tokens[i]!;
    if (t.word.length < 3 || t.word.length > 6 || s.marked.has(i) || !mayCloseBracketOrAt(text, t.start)) continue;
    const lower = t.word === t.lower;
    if (lower ? s.style === 'upper' || !unknownLowerAcronym(s, i, vocab, cues) : !unknownAcronym(s, i, vocab, cues)) continue;
    const lineStart = text.lastIndexOf('\n', t.start - 1) + 1;
    const before = text.slice(lineStart, t.start);
    const lineEnd = text.indexOf('\n', t.end);
    const after = text.slice(t.end, lineEnd < 0 ? text.length : lineEnd);
    const bracket = BRACKET_OPEN_RE.exec(before);
    const inBracket = !!bracket && BRACKET_CLOSE_RE.test(after);
    const atPlace = !inBracket && AT_BEFORE_RE.test(before) && AT_CLOSE_RE.test(after);
    if (!inBracket && !atPlace) continue;
    // In a bracket only a hospital's shape; after "at", in lower case, a hospital's shape or consonants alone ("zmkh").
    if ((inBracket || lower) && !HOSPITAL_SHAPE_RE.test(t.word) && !(atPlace && /^[bcdfghjklmnpqrstvwxz]+$/.test(t.lower))) continue;
    // The comma part of the line the acronym closes: its year dates the event.
    const part = before.slice(Math.max(before.lastIndexOf(','), before.lastIndexOf(';')) + 1);
    const dated = YEAR_RE.test(part.slice(0, inBracket ? part.length - bracket[0].length : part.length)) || YEAR_AFTER_RE.test(after) || (inBracket && bracket[1] !== undefined);
    if (!dated) continue;
    s.mark(i, 'LOCATION', 'place-history-acronym');
  }
}
