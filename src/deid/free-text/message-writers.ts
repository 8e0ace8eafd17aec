// The writer of a message (issue 11, session 25). Portal threads and e-mails quote
// earlier messages under a header that names their writer before "wrote" or "replied" ("> Trinity
// valdivia wrote on November 17th:", "----- Faith S. replied 09/26/2026 at 0543 -----", "On 3/2, Ana Ruiz
// wrote:"). Patients type the names in any case, so the surname is often in lower case or misspelt;
// the header's shape makes every word before the verb part of the writer's name, up to three words.
// Not "you wrote", "the nurse replied", "Mom wrote": a function, staff or clinical word, or only ordinary
// words no name list holds, name no one. A message also opens with its writer's name after a greeting
// ("hi its faith again", "Hello, this is Marco Diaz"): one or two words there, before "again", "here",
// a stop, a comma or the line end; not "hi its me", "hi this is urgent" (a function word, or an ordinary
// word no name list holds).
import { allMatches } from '../regex-matches.js';
import { AnchoredRegex } from '../keyword-anchors.js';
import type { TokenScanner } from './token-scanner.js';
import { LEX, NAME_LISTS } from '../lexicon-flags.js';
import { staffWord } from '../keep-list/name-words.js';
import { RELATION_CUE_WORDS } from './vocabulary.js';

// The line opens with quote marks or a rule of dashes (or "On <date>,"), then one to three words, then the verb
// and the header's rest: "on", "at", a date, a colon, the closing rule or the line end.
const HEADER_RE =
  /^[ \t]*(?:>+[ \t]*|-{3,}[ \t]*|on[ \t]+[^\n,]{3,30},[ \t]*)((?:[A-Za-z][A-Za-z'’-]*\.?[ \t]+){0,2}[A-Za-z][A-Za-z'’-]*\.?)[ \t]+(?:wrote|replied|responded)(?=[ \t]*(?:on\b|at\b|:|\d|-{3,}|\r?\n|$))/gimd;
// Relation words name the writer's relation, not the writer ("Mom wrote:", "daughter replied").
const NEVER = LEX.STOP | LEX.CLINICAL | LEX.CREDENTIAL | LEX.TITLE | LEX.SIGN_CREDENTIAL;

// The two passes' text tests, tried only where their words stand (keyword-anchors.ts): a match of
// `\b(?:wrote|replied|responded)\b` is a letter run that is the verb; one of `\b(?:it[’']?s|this[ \t]+is)\b`
// opens a letter run that is "it" (an apostrophe after it), "its" or "this" (a blank after it).
const WRITER_VERB = new AnchoredRegex(/\b(?:wrote|replied|responded)\b/gi, ['wrote', 'replied', 'responded']);
const INTRO_WORD = new AnchoredRegex(/\b(?:it[’']?s|this[ \t]+is)\b/gi, ['it', 'its', 'this']);

/** Marks the writer's name of a quoted or threaded message's header line (rule id `thread-header`). */
export function threadHeaders(s: TokenScanner): void {
  if (!WRITER_VERB.test(s.text)) return;
  for (const m of allMatches(HEADER_RE, s.text)) {
    const [from, to] = m.indices![1]!;
    const run = s.tokensIn(from, to);
    if (run.length === 0) continue;
    const flags = run.map((k) => s.tokens[k]!.flags);
    if (run.some((k, j) => (flags[j]! & NEVER) !== 0 || staffWord(s.tokens[k]!.lower) || RELATION_CUE_WORDS.has(s.tokens[k]!.lower))) continue;
    // One word at least must be a name's: a name list holds it, or no word list does.
    if (!flags.some((f) => (f & NAME_LISTS) !== 0 || (f & (LEX.COMMON | LEX.VOCAB)) === 0)) continue;
    for (const k of run) s.mark(k, 'NAME', 'thread-header');
  }
}

// A greeting, "it's" or "this is", then one or two words (groups 1 and 2) before the end of the introduction.
const INTRO_RE =
  /\b(?:hi|hello|hey|good[ \t]+(?:morning|afternoon|evening))[ \t,!.]+(?:it[’']?s|this[ \t]+is)[ \t]+([A-Za-z][A-Za-z'’-]+)(?:[ \t]+(?!again\b|here\b)([A-Za-z][A-Za-z'’-]+))?(?=[ \t]*(?:again\b|here\b|[,.!;]|\r?\n|$))/gid;

/** Marks the writer's name after a greeting that opens a message ("hi its faith again"; rule id `self-introduction`). */
export function selfIntroductions(s: TokenScanner): void {
  if (!INTRO_WORD.test(s.text)) return;
  for (const m of allMatches(INTRO_RE, s.text)) {
    const run = [1, 2].filter((g) => m[g] !== undefined).map((g) => s.byStart.get(m.indices![g]![0]));
    if (run.some((k) => k === undefined)) continue;
    const ks = run as number[];
    const flags = ks.map((k) => s.tokens[k]!.flags);
    if (ks.some((k, j) => (flags[j]! & NEVER) !== 0 || staffWord(s.tokens[k]!.lower) || RELATION_CUE_WORDS.has(s.tokens[k]!.lower))) continue;
    // Every word a name's: a name list holds it, or no word list does ("hi its worse" is no name).
    if (!flags.every((f) => (f & NAME_LISTS) !== 0 || (f & (LEX.COMMON | LEX.VOCAB)) === 0)) continue;
    for (const k of ks) s.mark(k, 'NAME', 'self-introduction');
  }
}
