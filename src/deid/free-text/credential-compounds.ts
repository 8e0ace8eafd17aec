// Credentials written as one compound ("CCC-SLP", "COTA/L", "OTR/L") and letters joined by an
// ampersand ("L&D", "I&D", "D&C"), and in a mixed-case note a credential in capitals ("COTA"), are
// never a name (issue 11): their halves look like names to
// the passes that read one token at a time — "CCC" is a word no vocabulary holds, "Cota" a surname,
// "L" an initial after "RN". Their tokens are claimed before the name passes run, so no pass takes
// them and no name grows into them. The compounds are the hyphenated or slashed words of the
// credential lists (rules/en/deid-name-cues.yaml: credentials, signCredentials, signOffCredentials).
import { hasLower, type TokenScanner } from './token-scanner.js';
import { nameCues } from '../rules/deid-rules.js';

const cues = nameCues().cues;
const ALL_CREDENTIALS = [...cues.credentials.words, ...cues.signCredentials.words, ...cues.signOffCredentials.words];
const COMPOUNDS: ReadonlySet<string> = new Set(ALL_CREDENTIALS.filter((w) => /^[a-z]+[-/][a-z]+$/.test(w)));
// Credentials of three letters or more that a name list may hold too ("COTA" is a surname).
const WORD_CREDENTIALS: ReadonlySet<string> = new Set(ALL_CREDENTIALS.filter((w) => /^[a-z]{3,}$/.test(w)));

/** Claims (TokenScanner.claimed) the tokens of compound credentials and of single letters joined by "&", so that no later pass marks them. */
export function claimCredentialCompounds(s: TokenScanner): void {
  const { tokens, text } = s;
  // In a mixed-case note a credential written in capitals is the credential ("COTA: Bex").
  if (s.style === 'mixed') {
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i]!;
      if (t.word.length >= 3 && !s.marked.has(i) && !hasLower(t.word) && WORD_CREDENTIALS.has(t.lower)) s.claimed.add(i);
    }
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
