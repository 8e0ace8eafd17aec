// A person's name right before a bracketed age and sex (issue 11): case reports, contact tracing,
// bed boards and chair lists write the person as "Index: Gold, Ranger (47M)", "PT HART, ESPERANZA
// (46F)", "Chair 6: Ezekiel von Ahlen (43 M)". The bracket says the words before it are a person,
// even when every one of them is also a word ("Gold", "Ranger", "still"): no clinical phrase is
// followed by an age and a sex letter. The words must still be name-shaped: no function, clinical,
// title, credential, relation or month word; a name list's word, or one no vocabulary holds. A run
// of words all of which are also ordinary words is taken only in the "Last, First" shape (a comma
// between them) and at the start of its line or after a colon or a bar, the places a listed person
// opens; in any other run an ordinary word may be the sentence's ("veteran f sutherland (37f)"), and
// the name is what follows the last one.
import type { Token, TokenScanner } from './token-scanner.js';
import { hasLower, isCap, isTitleToken } from './token-scanner.js';
import type { KeepVocabulary } from '../keep-list/keep-vocabulary.js';
import { inVocabulary, LEX, NAME_LISTS } from '../lexicon-flags.js';
import { staffWord } from '../keep-list/name-words.js';
import { MONTH_WORDS } from '../patterns.js';
import { RELATION_CUE_WORDS } from './vocabulary.js';
import { endingAt } from '../token-ends.js';

/** Rule id of the pass. */
export const AGE_SEX_BRACKET_RULE = 'age-sex-bracket';

// An age and a sex letter in brackets: "(47M)", "(41 f)", "(62 yo M)", "(8 y/o F)".
const AGE_SEX = /\(\d{1,3}[ \t]?(?:y\/?o[ \t]?|yr[ \t]?)?[mf]\)/gi;
const NOT_NAME = LEX.STOP | LEX.CLINICAL | LEX.TITLE | LEX.CREDENTIAL;

/** Whether token `t` can be a word of the name: 'strong' when no vocabulary holds it, 'weak' when a name list does too. */
function nameWord(s: TokenScanner, t: Token, vocab: KeepVocabulary): 'strong' | 'weak' | undefined {
  if (t.word.length < 2 || !/^\p{L}[\p{L}'’]*$/u.test(t.word)) return undefined;
  // In a mixed-case note a name is capitalised.
  if (s.style === 'mixed' && !isCap(t.word)) return undefined;
  const f = t.flags;
  if ((f & NOT_NAME) !== 0 || MONTH_WORDS.has(t.lower) || staffWord(t.lower) || RELATION_CUE_WORDS.has(t.lower)) return undefined;
  if ((f & LEX.COMMON) === 0 && !inVocabulary(vocab, t.lower, f)) return 'strong';
  return (f & NAME_LISTS) !== 0 ? 'weak' : undefined;
}

/** Marks the name run before each bracketed age and sex (see the file's head). */
export function ageSexBrackets(s: TokenScanner, vocab: KeepVocabulary): void {
  const { text, tokens } = s;
  if (!text.includes('(')) return;
  AGE_SEX.lastIndex = 0;
  for (let m = AGE_SEX.exec(text); m !== null; m = AGE_SEX.exec(text)) {
    let at = m.index;
    while (at > 0 && (text[at - 1] === ' ' || text[at - 1] === '\t')) at--;
    let k = endingAt(tokens, at) ?? -1;
    if (k < 0) continue;
    // Walk back over the run: name words and initials, joined by one blank, a comma or a hyphen.
    const run: number[] = [];
    const kinds: ('strong' | 'weak' | undefined)[] = [];
    let words = 0;
    let strong = 0;
    let comma = false;
    for (; k >= 0 && run.length < 5; k--) {
      const t = tokens[k]!;
      const initial = t.word.length === 1 && /\p{L}/u.test(t.word) && run.length > 0;
      const kind = initial ? undefined : nameWord(s, t, vocab);
      if (!initial && !kind) break;
      run.unshift(k);
      kinds.unshift(kind);
      if (kind) words++;
      if (kind === 'strong') strong++;
      const prev = tokens[k - 1];
      if (!prev) {
        k--;
        break;
      }
      const gap = text.slice(prev.end, t.start);
      if (/^,[ \t]*$/.test(gap) && !comma) comma = true;
      else if (!/^(?:[ \t]|\.[ \t]?|-)$/.test(gap) || (gap.startsWith('.') && prev.word.length !== 1)) {
        k--;
        break;
      }
    }
    if (words === 0) continue;
    let first = tokens[run[0]!]!;
    const last = tokens[run[run.length - 1]!]!;
    if (last.word.length === 1) continue;
    let lead = text.slice(text.lastIndexOf('\n', first.start - 1) + 1, first.start);
    let opens = /(?:^|[:|])[ \t]*$/.test(lead);
    let before = tokens[run[0]! - 1];
    let titled = before !== undefined && isTitleToken(before) && /^\.?[ \t]+$/.test(text.slice(before.end, first.start));
    // Without a comma or a title, an ordinary word in the run may be the sentence's, not the
    // name's ("DBQ veteran f sutherland (37f)"): the name is the part after the run's last such word.
    const lastWeak = kinds.lastIndexOf('weak');
    if (!comma && !titled && lastWeak >= 0) {
      run.splice(0, lastWeak + 1);
      words = kinds.slice(lastWeak + 1).filter((k) => k !== undefined).length;
      kinds.splice(0, lastWeak + 1);
      if (run.length === 0) continue;
      first = tokens[run[0]!]!;
      lead = text.slice(text.lastIndexOf('\n', first.start - 1) + 1, first.start);
      opens = false;
      before = tokens[run[0]! - 1];
      titled = false;
    }
    // One word alone only after a title ("Mr. Honey (59m)"); a run of ordinary words only as "Last, First" where a listed person opens.
    if (words < 2 && !titled && !(words === 1 && run.length > 1)) continue;
    if (strong === 0 && !(comma && opens) && !titled) continue;
    // A mixed-case note's capitals run is a heading or an acronym, unless the line is in capitals ("PT HART, ESPERANZA").
    if (s.style === 'mixed' && run.some((i) => !hasLower(tokens[i]!.word)) && hasLower(lead + text.slice(first.start, last.end))) continue;
    for (const i of run) s.mark(i, 'NAME', AGE_SEX_BRACKET_RULE);
  }
}
