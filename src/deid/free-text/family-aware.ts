// A named member of a group made aware (issue 11): "FAMILY MAJOR AWARE.", "Family Glen aware of
// plan", "guardian Rose aware". Between the group word and "aware" a single word is a person's
// name even when it is a word too ("Major", "Glen"), unless it is one of the words that stand there
// instead ("FAMILY NOW AWARE", "family well aware"). The group words and those words are data
// (deid-name-cues.yaml awarenessSlots).
import { isCap, type TokenScanner } from './token-scanner.js';
import { LEX, NAME_LISTS } from '../lexicon-flags.js';
import { nameCues } from '../rules/deid-rules.js';
import { cueAlternation, cueFirstRun } from '../rules/word-alternation.js';
import { AnchoredRegex } from '../keyword-anchors.js';

const SLOTS = nameCues().awarenessSlots;
const GROUPS = cueAlternation(SLOTS.groups) || '(?!)';
const NON_NAMES: ReadonlySet<string> = new Set(SLOTS.nonNames);
// A group word, one word, then "aware" ("FAMILY MAJOR AWARE").
const FAMILY_AWARE_RE = new RegExp(`\\b(?:${GROUPS})[ \\t]+([A-Za-z][A-Za-z'-]*)[ \\t]+aware\\b`, 'gi');
// The group word opens every match before a blank, a whole letter run: the pattern runs only where
// one stands (keyword-anchors.ts), not over every report that says "aware".
const FAMILY_AWARE_ANCHORED = new AnchoredRegex(FAMILY_AWARE_RE, SLOTS.groups.map(cueFirstRun));
const NEVER = LEX.STOP | LEX.CREDENTIAL | LEX.TITLE | LEX.CLINICAL;

/** Marks the one name between a group word and "aware" as NAME (source `family-aware`). */
export function familyAware(s: TokenScanner): void {
  for (const m of FAMILY_AWARE_ANCHORED.matchAll(s.text)) {
    const i = s.byStart.get(m.index + m[0].length - m[0].slice(m[0].lastIndexOf(m[1]!)).length);
    const t = i === undefined ? undefined : s.tokens[i];
    if (i === undefined || !t || t.word !== m[1] || t.lower.length < 2 || NON_NAMES.has(t.lower) || (t.flags & NEVER) !== 0) continue;
    if (s.style === 'mixed' && !isCap(t.word)) continue;
    if ((t.flags & NAME_LISTS) === 0 && (t.flags & LEX.VOCAB) !== 0) continue;
    s.mark(i, 'NAME', 'family-aware');
  }
}
