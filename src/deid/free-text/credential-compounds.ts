// Credentials written as one compound ("CCC-SLP", "COTA/L", "OTR/L") and letters joined by an
// ampersand ("L&D", "I&D", "D&C"), and in a mixed-case note a credential in capitals ("COTA"), are
// never a name (issue 11): their halves look like names to
// the passes that read one token at a time — "CCC" is a word no vocabulary holds, "Cota" a surname,
// "L" an initial after "RN". Their tokens are claimed before the name passes run, so no pass takes
// them and no name grows into them. The compounds are the hyphenated or slashed words of the
// credential lists (rules/en/deid-name-cues.yaml: credentials, signCredentials, signOffCredentials,
// and the post-nominals of nameWords.postNominals: "FNP-C", "RRT-NPS"). A credential or post-nominal
// of three letters or more is also claimed where a name's post-nominals stand ({@link postNominalPlace}:
// "Rose Frayne, RCIS", "CHANCE HAWTHORNE, BSN, RN"), unless it is also a clinical, common or function
// word ("HTN, CNS, RRT"): the post-nominals only there, as their letters may name a place elsewhere.
// The chain goes on after a credential ("Socorro Whitlock, MD FACS", "RN BSN CCRN MARCH 3"), where
// the name passes took the second credential as a surname after "MD" or "RN" (detector 2.22.0).
import { hasLower, type TokenScanner } from './token-scanner.js';
import { nameCues } from '../rules/deid-rules.js';
import { LEX } from '../lexicon-flags.js';
import { LISTED_CREDENTIALS } from './vocabulary.js';
import { MONTH_ALT } from '../patterns.js';

const POST_NOMINAL_WORDS = nameCues().nameWords.postNominals;
const COMPOUNDS: ReadonlySet<string> = new Set([...LISTED_CREDENTIALS, ...POST_NOMINAL_WORDS].filter((w) => /^[a-z]+[-/][a-z]+$/.test(w)));
// Credentials of three letters or more that a name list may hold too ("COTA" is a surname).
const WORD_CREDENTIALS: ReadonlySet<string> = new Set(LISTED_CREDENTIALS.filter((w) => /^[a-z]{3,}$/.test(w)));
// The post-nominals of three letters or more, and the credentials: claimed after a comma only.
const POST_NOMINALS: ReadonlySet<string> = new Set([...WORD_CREDENTIALS, ...POST_NOMINAL_WORDS.filter((w) => /^[a-z]{3,}$/.test(w))]);
// A credential that is also one of these words is read as the word ("HTN, CNS, RRT").
const NOT_POST_NOMINAL = LEX.CLINICAL | LEX.COMMON | LEX.STOP | LEX.TITLE;
// What closes a name's post-nominals in a one-case note: a comma (another credential), a stop,
// semicolon or bracket, the line end, or a date.
const POST_NOMINAL_CLOSE = /^(?:[ \t]*(?:[,.;)]|\r?\n|$)|[ \t]+\d)/;

/**
 * Whether token `i` stands where a name's post-nominals do: right after a comma that follows a
 * word ("Rose Frayne, RCIS", "Kessler, Boyd MD, FACC"); in a one-case note also before a comma, a
 * stop, a bracket, the line end or a date ("CHANCE HAWTHORNE, BSN, RN"; not "holloway md, mph radiology").
 */
function postNominalPlace(s: TokenScanner, i: number): boolean {
  const t = s.tokens[i]!;
  const p = s.tokens[i - 1];
  if (!p) return false;
  const gap = s.text.slice(p.end, t.start);
  // After a credential (blanks or a comma between): the chain of a name's post-nominals goes on,
  // in any case style ("Abigail Sotelo, MD FACS", "SIGNED YAW MBEKI RN BSN CCRN").
  // In a one-case note the chain must close as a name's post-nominals do, or go on with another
  // credential or a date ("RN BSN CCRN JANUARY 9"; not "holloway md, mph radiology").
  if (CHAIN_GAP.test(gap) && (credentialToken(p) || s.claimed.has(i - 1))) return s.style === 'mixed' || chainGoesOn(s, i);
  // After a name word, or an initial with its full stop ("SIGNED LEOPOLD D., BSN, RN").
  if (!(/^[ \t]*,[ \t]*$/.test(gap) || (p.word.length === 1 && /^\.[ \t]*,[ \t]*$/.test(gap))) || !/[A-Za-z.]$/.test(p.word)) return false;
  return s.style === 'mixed' || POST_NOMINAL_CLOSE.test(s.text.slice(t.end, t.end + 4));
}

// What may stand between two credentials of one chain: blanks, or a comma with blanks.
const CHAIN_GAP = /^[ \t]*,?[ \t]*$/;
// The lexicon bits of two credential lists (credentials, signCredentials); the sign-off credentials
// of three letters or more count through POST_NOMINALS.
const CREDENTIAL_BITS = LEX.CREDENTIAL | LEX.SIGN_CREDENTIAL;

// A month's name after a blank: the date of a signature.
const MONTH_AFTER = new RegExp(`^[ \\t]+(?:${MONTH_ALT})\\b`, 'i');

/** Whether the credential at token `i` closes a chain (as a name's post-nominals close), or another credential or a month follows it. */
function chainGoesOn(s: TokenScanner, i: number): boolean {
  const t = s.tokens[i]!;
  const after = s.text.slice(t.end, t.end + 12);
  if (POST_NOMINAL_CLOSE.test(after) || MONTH_AFTER.test(after)) return true;
  const n = s.tokens[i + 1];
  return !!n && CHAIN_GAP.test(s.text.slice(t.end, n.start)) && credentialToken(n);
}

/** Whether a token is a listed credential or a post-nominal ("MD", "RN", "BSN", "FACC"). */
function credentialToken(t: { lower: string; flags: number }): boolean {
  return (t.flags & CREDENTIAL_BITS) !== 0 || POST_NOMINALS.has(t.lower);
}

/** Claims (TokenScanner.claimed) the tokens of compound credentials and of single letters joined by "&", so that no later pass marks them. */
export function claimCredentialCompounds(s: TokenScanner): void {
  const { tokens, text } = s;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.word.length < 3 || s.marked.has(i)) continue;
    // In a mixed-case note a credential written in capitals is the credential ("COTA: Bex").
    if (s.style === 'mixed' && !hasLower(t.word) && WORD_CREDENTIALS.has(t.lower)) s.claimed.add(i);
    // A post-nominal after a name: in capitals in a mixed-case note.
    else if (POST_NOMINALS.has(t.lower) && (s.style !== 'mixed' || !hasLower(t.word)) && (t.flags & NOT_POST_NOMINAL) === 0 && postNominalPlace(s, i)) s.claimed.add(i);
  }
  for (let i = 0; i + 1 < tokens.length; i++) {
    const a = tokens[i]!;
    const b = tokens[i + 1]!;
    if (b.start !== a.end + 1) continue;
    const glue = text[a.end];
    const compound = (glue === '-' || glue === '/') && COMPOUNDS.has(`${a.lower}${glue}${b.lower}`);
    const ampersand = glue === '&' && a.word.length === 1 && b.word.length === 1 && /^[A-Za-z]$/.test(a.word) && /^[A-Za-z]$/.test(b.word);
    if (!compound && !ampersand) continue;
    // Claimed only when no pass marked either half (a facility's name holding "L&D" stays whole).
    if (s.marked.has(i) || s.marked.has(i + 1)) continue;
    s.claimed.add(i);
    s.claimed.add(i + 1);
  }
}
