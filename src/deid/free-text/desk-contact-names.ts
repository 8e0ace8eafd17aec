// Two places where a log names the staff member a call reached by the given name alone (issue 11): in
// brackets after the desk or service called, before its extension ("spoke with pharmacy (Rosalind) ext
// 4471", "MICRO LAB (TEVITA) X2231"); and after a consulting service, before the word of the page or call
// ("CARDS Hope PAGED 0212", "renal lance called back"), or after a service the note discussed the patient with ("d/w gi
// okafor on phone", "discussed with renal le blanc, agrees"). Such a name is often also a word ("May", "Given",
// "Day", "Best"): the frame decides, for a word the name lists hold or one no vocabulary holds; never a
// staff word, a title or an abbreviation in brackets after a person ("R. OKAFOR (ATTG) X1927").
// Words are data (deid-name-cues.yaml nameWords.servicePageVerbs, serviceDiscussWords and serviceNameNonNames, kept out of
// `cues`; the services are deid-person-slots.yaml serviceConsultants.services).
import { hasLower, isCap, type TokenScanner } from './token-scanner.js';
import { LEX, NAME_LISTS } from '../lexicon-flags.js';
import { MONTH_WORDS } from '../patterns.js';
import { allMatches } from '../regex-matches.js';
import { nameCues } from '../rules/deid-rules.js';
import { personSlots } from '../rules/person-slot-rules.js';
import { cueAlternation, cueFirstRun } from '../rules/word-alternation.js';
import { AnchoredRegex } from '../keyword-anchors.js';

const W = nameCues().nameWords;
const NON_NAMES: ReadonlySet<string> = new Set(W.serviceNameNonNames);
const SERVICES = cueAlternation(personSlots().serviceConsultants.services, '[ \\t]+') || '(?!)';
const PAGE_VERBS = cueAlternation(W.servicePageVerbs, '[ \\t]+') || '(?!)';
// The word before the bracket (group 1), the bracketed word (group 2), an extension after it.
const EXT_BRACKET_RE = /\b([A-Za-z]{2,})[ \t]+\(([A-Za-z][A-Za-z'-]*)\)[ \t]*(?:ext|x)\.?[ \t]*\d{3,5}(?!\d)/gid;
// Its tail from the closing bracket on, which every match holds (speed): the whole pattern, which may
// start at any letter, scans only a text where the tail, found by the bracket, stands.
const EXT_BRACKET_TAIL_RE = /\)[ \t]*(?:ext|x)\.?[ \t]*\d{3,5}(?!\d)/i;
// A service (no letter or digit before it), the word after it (group 1), a page or call word, then a clock time or the
// call's matter ("re", "for", "to").
const SERVICE_PAGED_RE = new AnchoredRegex(new RegExp(String.raw`(?<![A-Za-z0-9/])(?:${SERVICES})[ \t]+([A-Za-z][A-Za-z'-]*)[ \t]+(?:${PAGE_VERBS})(?=[ \t]+(?:\d{3,4}\b|\d{1,2}:\d{2}|re\b|for\b|to\b|back\b)|[ \t]*(?:[.;,]|\r?\n|$))`, 'gid'), personSlots().serviceConsultants.services.map(cueFirstRun));
/** The sources of names a frame alone found: such a word names no one where the note repeats it elsewhere (no propagation). */
export const FRAME_ONLY_SOURCES: ReadonlySet<string> = new Set(['desk-contact']);

// "d/w gi okafor on phone", "discussed with renal le blanc, agrees": a discussion word, a service, a name word (group 2)
// with a name particle before it or none (group 1), then the phone, a relative word or the clause's close.
const DISCUSS = cueAlternation(W.serviceDiscussWords, '[ \\t]+') || '(?!)';
const PARTICLES = cueAlternation(W.aloneParticles, '[ \\t]+') || '(?!)';
const DISCUSSED_RE = new AnchoredRegex(new RegExp(String.raw`(?<![A-Za-z])(?:${DISCUSS})[ \t]+(?:${SERVICES})[ \t]+(?:(${PARTICLES})[ \t]+)?([A-Za-z][A-Za-z'-]*)(?=[ \t]+(?:on[ \t]+(?:the[ \t]+)?phone|by[ \t]+phone|who\b|re\b)|[ \t]*(?:[,;:]|\.(?:[ \t]|$)|\r?\n|$))`, 'gid'), W.serviceDiscussWords.map(cueFirstRun));
const NEVER = LEX.TITLE | LEX.CREDENTIAL | LEX.WEAK_TITLE;

/** Whether token `k` may be a staff member's given name in one of these frames (see the file comment). */
function frameName(s: TokenScanner, k: number): boolean {
  const t = s.tokens[k]!;
  if (t.word.length < 2 || (t.flags & NEVER) !== 0 || NON_NAMES.has(t.lower) || MONTH_WORDS.has(t.lower) && (t.flags & NAME_LISTS) === 0) return false;
  // Written as a name stands out: Title case in a mixed-case note (capitals there are an abbreviation).
  if (s.style === 'mixed' && !(isCap(t.word) && hasLower(t.word))) return false;
  if ((t.flags & NAME_LISTS) !== 0) return true;
  // A word no vocabulary holds, with a vowel (no abbreviation as "attg").
  return (t.flags & (LEX.VOCAB | LEX.COMMON | LEX.STOP | LEX.CLINICAL)) === 0 && /[aeiouy]/i.test(t.word) && t.word.length >= 3;
}

/** Marks a staff member's given name in brackets before a desk's extension, or after a service before a page word, as NAME (source `desk-contact`). */
export function deskContactNames(s: TokenScanner): void {
  const { text } = s;
  const take = (m: RegExpExecArray, g: number) => {
    const k = s.groupToken(m, g);
    if (k !== undefined && frameName(s, k)) s.mark(k, 'NAME', 'desk-contact');
  };
  if (/\(/.test(text) && EXT_BRACKET_TAIL_RE.test(text)) {
    for (const m of allMatches(EXT_BRACKET_RE, text)) {
      // The word before the bracket the desk or service called, a word of the language, not a person found.
      const d = s.byStart.get(m.indices![1]![0]);
      if (d === undefined || s.marked.has(d) || (s.tokens[d]!.flags & LEX.COMMON) === 0) continue;
      take(m, 2);
    }
  }
  for (const m of SERVICE_PAGED_RE.matchAll(text)) take(m, 1);
  for (const m of DISCUSSED_RE.matchAll(text)) {
    const k = s.groupToken(m, 2);
    // A function word is no consultant here ("d/w renal who ..."), a name-list word though it is one excepted.
    if (k === undefined || !frameName(s, k) || ((s.tokens[k]!.flags & LEX.STOP) !== 0 && (s.tokens[k]!.flags & NAME_LISTS) === 0)) continue;
    if (m[1] !== undefined) s.markWordAt(m.indices![1]![0], m[1], 'NAME', 'desk-contact');
    s.mark(k, 'NAME', 'desk-contact');
  }
}
