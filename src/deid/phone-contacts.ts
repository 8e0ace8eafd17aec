// Who a phone number reaches (issue 11): contact lists, referrals, safety plans and call logs write
// the person or the service right before its number ("after hours Greystone 767-6893", "HBUC 927 910
// 5902", "Riverbend CSB 1-709-562-1715", "Tri-County 683.983.9270"). The number is found by the
// patterns; the words before it on its line, up to a function word, a title, a credential or a
// phone label ("fax", "cell", "hours"; rules/en/deid-name-cues.yaml nameWords.phoneLabels), name
// the contact when one of them is no word any vocabulary holds. A run of vocabulary words alone
// ("Main Pharmacy 555-0134", "Poison Control 1-800-…") names a service, not an identifier.
import type { PhiSpan } from './phi-span.js';
import type { Token, TokenStream } from './token-stream.js';
import { lastEndingBy } from './token-ends.js';
import type { KeepVocabulary } from './keep-list/keep-vocabulary.js';
import { inVocabulary, LEX } from './lexicon-flags.js';
import { nameCues } from './rules/deid-rules.js';

const PHONE_LABELS: ReadonlySet<string> = new Set(nameCues().nameWords.phoneLabels);
// Words that end the run: function words, titles, credentials, clinical words and phone labels.
const STOPS = LEX.STOP | LEX.TITLE | LEX.CREDENTIAL | LEX.SIGN_CREDENTIAL | LEX.CLINICAL;
// The most words a contact's name is read over.
const MAX_WORDS = 4;

/** Whether the text between two tokens of a contact's name joins them: blanks, a hyphen, or a stop after an abbreviation ("St. Cas"). */
const joins = (gap: string) => /^(?:[ \t]{1,2}|-|\.[ \t])$/.test(gap);

/** Whether a token may be a word of a contact's name: capitalised (a note in lower case says nothing by its capitals, and is not read), no stop word or label. */
function nameShaped(t: Token): boolean {
  if (t.word.length < 2 || (t.flags & STOPS) !== 0 || PHONE_LABELS.has(t.lower)) return false;
  const c = t.word.charCodeAt(0);
  return c >= 65 && c <= 90;
}

/** Whether the run `first..last` is a signer's credentials after the name's comma ("Pearl Murphy, PMHNP-BC 495…"): capitals only after ", ". */
function credentialsAfterComma(text: string, tokens: readonly Token[], first: number, last: number): boolean {
  if (!/,[ \t]*$/.test(text.slice(Math.max(0, tokens[first]!.start - 3), tokens[first]!.start))) return false;
  for (let k = first; k <= last; k++) if (tokens[k]!.word !== tokens[k]!.word.toUpperCase()) return false;
  return true;
}

/**
 * The names of the contacts that phone numbers reach (category INSTITUTION, source `phone-contact`):
 * for each PHONE span of `phones`, the capitalised words right before it on its line (one or two
 * blanks or a colon between), when one of them is no vocabulary word and they are no credentials
 * after a name's comma. A note in lower case is not read.
 */
export function phoneContacts(stream: TokenStream, phones: readonly PhiSpan[], vocab: KeepVocabulary): PhiSpan[] {
  const { text, tokens } = stream;
  if (stream.style === 'lower') return [];
  const out: PhiSpan[] = [];
  for (const p of phones) {
    if (p.category !== 'PHONE') continue;
    const last = lastEndingBy(tokens, p.start);
    if (last < 0 || !/^[ \t]{1,2}$|^:[ \t]?$/.test(text.slice(tokens[last]!.end, p.start))) continue;
    let first = last + 1;
    let unknown = false;
    for (let k = last; k >= 0 && last - k < MAX_WORDS && nameShaped(tokens[k]!); k--) {
      if (k < last && !joins(text.slice(tokens[k]!.end, tokens[k + 1]!.start))) break;
      if (!inVocabulary(vocab, tokens[k]!.lower, tokens[k]!.flags)) unknown = true;
      first = k;
    }
    if (unknown && !credentialsAfterComma(text, tokens, first, last)) out.push({ start: tokens[first]!.start, end: tokens[last]!.end, category: 'INSTITUTION', source: 'phone-contact' });
  }
  return out;
}
