// Patient initials by place (issue 11, session 24): notes that avoid the patient's name still write
// the initials, in a few fixed places — after "pt" / "patient" in brackets ("Pt (KW) cooperative w/
// exam", "pt name/DOB (jr, 1970-02-03)"), between "pt" and a verb of what the patient did or was
// ("Pt QLV seen in milieu", "pt tb verified x2"), and after "initials" and what they are written on
// ("pt initials on montage WS;", "Donor initials on bottle seal: AS."). The verbs are data
// (rules/en/deid-name-cues.yaml patientInitials). Groups that are clinical abbreviations or words
// stand there too ("pt (NPO)", "Pt HR was 80", "pt now seen"): see patientGroup.
import { hasLower, type TokenScanner } from './token-scanner.js';
import type { KeepVocabulary } from '../keep-list/keep-vocabulary.js';
import { inVocabulary, LEX, lexiconFlags } from '../lexicon-flags.js';
import { nameCues } from '../rules/deid-rules.js';
import { cueAlternation } from '../rules/word-alternation.js';
import { CLOSE, markGroup, SERVICES, TokenAnchored, UNIT, unitInitials } from './staff-initials.js';

const VERBS = cueAlternation(nameCues().patientInitials.verbs, '[ \\t]+') || '(?!)';
const LEADS: ReadonlySet<string> = new Set(['pt', 'patient', 'initials']);
// "pt (KW)", "pt name/DOB (jr, 1970-…)": the group in brackets, closed by the bracket or a comma and a number.
const BRACKET = `(?:pt|patient)(?:[ \\t]+name(?:[ \\t]*/[ \\t]*dob)?)?[ \\t]*:?[ \\t]*\\((?<b>${UNIT})(?:\\)|[ \\t]*,[ \\t]*\\d)`;
// "Pt QLV seen", "pt tb verified x2": the group before a verb.
const BEFORE_VERB = `(?:pt|patient)[ \\t]+(?<v>[A-Za-z]{2,3})[ \\t]+(?:${VERBS})(?![A-Za-z])`;
// "initials on montage WS;", "initials on bottle seal: AS.": what they are written on, then the group.
const WRITTEN_ON = `initials(?:[ \\t]+(?:on|of|in)(?:[ \\t]+[A-Za-z]+){1,2})?[ \\t]*:?[ \\t]*(?<![A-Za-z])(?<i>${UNIT})${CLOSE}`;
const PATIENT_INITIALS_RE = new TokenAnchored(`(?<![A-Za-z])(?:${BRACKET}|${BEFORE_VERB}|${WRITTEN_ON})`, 'di', LEADS);

/**
 * Whether a group before a verb is the patient's initials: no clinical abbreviation ("Pt HR was"), no
 * common word, no service; in lower case no word of any vocabulary either (capitals of a mixed-case
 * note are written as initials: "Pt OS seen").
 */
function patientGroup(s: TokenScanner, g: string, vocab: KeepVocabulary): boolean {
  if (!unitInitials(s, g, false, vocab, SERVICES)) return false;
  const w = g.toLowerCase();
  const f = lexiconFlags(w);
  if ((f & (LEX.CLINICAL | LEX.COMMON)) !== 0) return false;
  return !(hasLower(g) || s.style !== 'mixed') || !inVocabulary(vocab, w, f);
}

/** Marks the patient's initials written after "pt", "patient" or "initials" (see the file's note). */
export function patientInitials(s: TokenScanner, vocab: KeepVocabulary): void {
  for (const m of PATIENT_INITIALS_RE.matchAll(s)) {
    const groups = m.groups!;
    const key = groups['b'] !== undefined ? 'b' : groups['v'] !== undefined ? 'v' : 'i';
    const g = groups[key]!;
    // In brackets after "pt" capitals spelling a title are still initials ("Pt (MR)").
    const capsTitle = key === 'b' && s.style === 'mixed' && !hasLower(g) && (lexiconFlags(g.toLowerCase()) & LEX.TITLE) !== 0;
    const ok = key === 'v' ? patientGroup(s, g, vocab) : capsTitle || unitInitials(s, g, false, vocab, SERVICES);
    if (ok) markGroup(s, m.indices!.groups![key]![0], g, 'patient-initials');
  }
}
