// Staff initials of a hand-off and of a call (issue 11): monitoring logs, nursing and telemetry notes
// write who handed off to whom as two groups of letters either side of an arrow after a hand-off word
// ("15:31 handoff sc -> ync: 6 alarms overnight", "0306 HANDOFF ALE -> ADS:"), and who called as a
// group between a staff label and a verb of contact ("TECH UG CALLED RN L. UNDERHILL", "Tech HA
// called RN"). The words are data (rules/en/deid-name-cues.yaml handoffInitials, with the staff
// labels of staffInitials); each group must pass the staff-initials tests (staff-initials.ts
// unitInitials: no credential, title, staff word, month, unit or answer) and be no ward
// (deid-pattern-cues.yaml rooms.wards: "handoff ICU -> CCU" names units).
import { nameCues } from '../rules/deid-rules.js';
import { patternCues } from '../pattern-cues.js';
import { cueAlternation, cueFirstRun } from '../rules/word-alternation.js';
import type { KeepVocabulary } from '../keep-list/keep-vocabulary.js';
import { LEX, lexiconFlags } from '../lexicon-flags.js';
import type { TokenScanner } from './token-scanner.js';
import { markGroup, TokenAnchored, UNIT, unitInitials } from './staff-initials.js';

const data = nameCues().handoffInitials;
const words = (ws: readonly string[]) => cueAlternation(ws, '[ \\t]+') || '(?!)';
const anchors = (ws: readonly string[]): ReadonlySet<string> => new Set(ws.map(cueFirstRun));
// What closes the second group: a colon, a stop, a comma, a semicolon, a bracket, the line end, or two blanks.
const CLOSE = '(?=[ \\t]*(?:[:.,;)]|\\r?\\n|$)|[ \\t]{2,})';
// A hand-off word, the first group, an arrow, the second group.
const HANDOFF_RE = new TokenAnchored(`(?<![A-Za-z])(?:${words(data.leads)})[ \\t]*:?[ \\t]*(${UNIT})[ \\t]*(?:->|-->|=>|→|>)[ \\t]*(${UNIT})${CLOSE}`, 'di', anchors(data.leads));
// A staff label, the group, a verb of contact.
const LABELS = nameCues().staffInitials.labels.filter((w) => /^[a-z]+$/.test(w));
const CALL_RE = new TokenAnchored(`(?<![A-Za-z])(?:${words(LABELS)})[ \\t]+(${UNIT})[ \\t]+(?:${words(data.contactVerbs)})(?![A-Za-z])`, 'di', anchors(LABELS));

// Shifts handed between, not people ("handoff am -> pm", "days -> nights"; deid-name-cues.yaml nameWords.handoffShifts).
const SHIFTS: ReadonlySet<string> = new Set(nameCues().nameWords.handoffShifts);

/** Marks the groups of a hand-off and the group of a staff member who called (source `handoff-initials`). */
export function handoffInitials(s: TokenScanner, vocab: KeepVocabulary): void {
  if (data.leads.length === 0 && data.contactVerbs.length === 0) return;
  const wards = patternCues().roomWards;
  const ok = (u: string) => !wards.has(u.toLowerCase()) && unitInitials(s, u, false, vocab, SHIFTS);
  // Before a verb of contact a clinical abbreviation is the thing called about ("Tech ECG called"); between
  // a hand-off's arrow the place leaves no such reading ("handoff sc -> ync").
  const notClinical = (u: string) => (lexiconFlags(u.toLowerCase()) & LEX.CLINICAL) === 0;
  // The hand-off word and the label are no part of a name: the passes that grow names leave them.
  const claimLead = (m: RegExpExecArray) => {
    const k = s.byStart.get(m.index);
    if (k !== undefined && !s.marked.has(k)) s.claimed.add(k);
  };
  for (const m of HANDOFF_RE.matchAll(s)) {
    if (!ok(m[1]!) || !ok(m[2]!)) continue;
    claimLead(m);
    markGroup(s, m.indices![1]![0], m[1]!, 'handoff-initials');
    markGroup(s, m.indices![2]![0], m[2]!, 'handoff-initials');
  }
  for (const m of CALL_RE.matchAll(s)) {
    if (!ok(m[1]!) || !notClinical(m[1]!)) continue;
    claimLead(m);
    markGroup(s, m.indices![1]![0], m[1]!, 'handoff-initials');
  }
}
