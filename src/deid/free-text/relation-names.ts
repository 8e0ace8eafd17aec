// The name after a relation in shorthand (issue 11): family histories and social notes write
// relations the name cues' relative list leaves out ("older sib Joonas", "maternal GM Conti T2DM",
// "siblings Tammy (6) and Chidi (3)", "stepdad Rollo"), and a relative's name may be a month
// ("lives w/ sister june at home", "daughter April visiting"). After such a relation the next word is
// the name when case or the word lists say so; the members of a list after it ("and Chidi (3)") too;
// a month after any relation is a name when no day or year follows. Words are data
// (rules/en/deid-person-slots.yaml relationNames).
import { hasLower, isCap, type TokenScanner } from './token-scanner.js';
import { LEX, NAME_LISTS } from '../lexicon-flags.js';
import { MONTH_WORDS } from '../patterns.js';
import { nameCues } from '../rules/deid-rules.js';
import { personSlots } from '../rules/person-slot-rules.js';
import { cueAlternation, cueFirstRun } from '../rules/word-alternation.js';
import { AnchoredRegex } from '../keyword-anchors.js';

const SLOTS = personSlots().relationNames;
const NON_NAMES: ReadonlySet<string> = new Set(SLOTS.nonNames);
const SHORT = cueAlternation(SLOTS.relations, '[ \\t]+') || '(?!)';
const ALL = cueAlternation([...SLOTS.relations, ...nameCues().cues.relatives.words], '[ \\t]+') || '(?!)';
// A shorthand relation ("maternal" / "paternal" may lead; no number before: "2 gm Unasyn" is grams), then the word after it (group 1).
// Both patterns open with a relation's first run of letters (or maternal / paternal) as a whole word:
// they run at those words only (keyword-anchors.ts), not over the whole text.
const RELATION_RE = new AnchoredRegex(
  new RegExp(`(?<!\\d[ \\t]*)\\b(?:(?:maternal|paternal)[ \\t]+)?(?:${SHORT})\\b[ \\t]*[:,]?[ \\t]*([A-Za-z][A-Za-z'-]*)`, 'gi'),
  ['maternal', 'paternal', ...SLOTS.relations.map(cueFirstRun)],
);
// Any relation, then a month (group 1) that no day or year follows; "may" is left out ("mom, may need").
const MONTH_AFTER_RE = new AnchoredRegex(
  new RegExp(`\\b(?:${ALL})\\b[ \\t]*,?[ \\t]*(january|february|march|april|june|july|august)\\b(?![ \\t]*,?[ \\t]*(?:\\d|of\\b))`, 'gi'),
  [...SLOTS.relations, ...nameCues().cues.relatives.words].map(cueFirstRun),
);
// The next member of a list of names ("(6) and Chidi", ", Tammy"): an age in brackets may close the name before.
const LIST_NEXT_RE = /^[ \t]*(?:\([^)\n]{1,12}\))?[ \t]*(?:,[ \t]*(?:and[ \t]+)?|and[ \t]+|&[ \t]*)([A-Za-z][A-Za-z'-]*)/;
const NEVER = LEX.STOP | LEX.TITLE | LEX.CREDENTIAL;

/** Whether token `i` can be the name after a shorthand relation. */
function relationName(s: TokenScanner, i: number): boolean {
  const t = s.tokens[i]!;
  if (t.lower.length < 2 || NON_NAMES.has(t.lower) || (t.flags & NEVER) !== 0 || MONTH_WORDS.has(t.lower)) return false;
  if (s.lex.clinicalNames.has(t.lower)) return false;
  const named = (t.flags & NAME_LISTS) !== 0 && (t.flags & LEX.CLINICAL) === 0;
  const unknown = (t.flags & (LEX.VOCAB | LEX.COMMON | LEX.CLINICAL)) === 0;
  // In a mixed-case note a Title-case word says it; a lower-case or capitals word only when no vocabulary holds it.
  if (s.style === 'mixed') return isCap(t.word) && hasLower(t.word) ? named || unknown || (t.flags & (LEX.COMMON | LEX.CLINICAL)) === 0 : unknown;
  return (named && (t.flags & LEX.COMMON) === 0) || unknown;
}

/** Marks the name after a shorthand relation (and the list after it) as NAME (source `relation-name`). */
export function relationNames(s: TokenScanner): void {
  if (/\b(?:sib|gm|gf|mgm|mgf|pgm|pgf|gma|gpa|grand|nana|papa|step|half|twin|ex|foster)/i.test(s.text)) {
    for (const m of RELATION_RE.matchAll(s.text)) {
      let at = m.index + m[0].length - m[1]!.length;
      let i = s.byStart.get(at);
      if (i === undefined || !relationName(s, i)) continue;
      // The relation is no part of the name ("Stepdad Rollo"): no later pass grows the name over it.
      for (let k = s.byStart.get(m.index); k !== undefined && k < i; k++) s.claimed.add(k);
      for (let n = 0; i !== undefined && n < 4 && s.tokens[i]!.word === (n === 0 ? m[1] : s.tokens[i]!.word) && relationName(s, i); n++) {
        s.mark(i, 'NAME', 'relation-name');
        const end = s.tokens[i]!.end;
        const next = LIST_NEXT_RE.exec(s.text.slice(end, end + 40));
        if (!next) break;
        at = end + next[0].length - next[1]!.length;
        i = s.byStart.get(at);
      }
    }
  }
}

/** Marks a month-name after any relation with no day or year after it as NAME (source `relation-name`). */
export function monthNamesAfterRelations(s: TokenScanner): void {
  if (/january|february|march|april|june|july|august/i.test(s.text)) {
    for (const m of MONTH_AFTER_RE.matchAll(s.text)) {
      const at = m.index + m[0].length - m[1]!.length;
      const i = s.byStart.get(at);
      const t = i === undefined ? undefined : s.tokens[i];
      if (!t || (s.style === 'mixed' && !isCap(t.word))) continue;
      s.mark(i!, 'NAME', 'relation-name');
    }
  }
}
