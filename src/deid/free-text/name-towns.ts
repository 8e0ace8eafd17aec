// A town that a name pass took for a person, in an address line (issue 11): "Kestrel Sleep
// Associates, Garfield, OK.", "Pharmacy: Pelloway Drug - Wexby Falls, PA   Ph …", "Vendor site:
// Hartley, MT". Towns are named for people ("Garfield", "Hartley"), so the name passes take them
// and the state after them is left (town-state-codes.ts reads it after a place only, or after a
// preposition). Here the line says the name is a town: an organisation or a label opens it and a
// state closes it. A code that is also a credential ("PA", "MD") follows a person as often; it
// closes a town only after an organisation and when the town's last word is a place's (a place
// list holds it or it is a place tail: "Wexby Falls, PA"), no word of it a first name alone.
import { LEX } from '../lexicon-flags.js';
import type { Token, TokenScanner } from './token-scanner.js';

// What opens the town after an organisation: a comma, a dash, a bar or a dot of a letterhead.
const AFTER_ORGANISATION_RE = /^[ \t]*[,|·•–-][ \t]*$/;
// A label's colon right before the town ("Vendor site: Hartley, MT").
const AFTER_LABEL_RE = /^[ \t]*:[ \t]*$/;

/**
 * Whether the tokens `f` … `i - 1`, read as a name, are a town that the state at token `i` (`t`)
 * closes: an organisation found (or ending in an organisation or facility head) and a separator
 * before them, or a label's colon; none of them a first name that no place list holds.
 */
export function nameTownInAddress(s: TokenScanner, f: number, i: number, t: Token): boolean {
  if (f < 1 || f >= i) return false;
  for (let k = f; k < i; k++) {
    const w = s.tokens[k]!;
    if ((w.flags & LEX.FIRST) !== 0 && (w.flags & LEX.PLACE) === 0) return false;
  }
  const credential = (t.flags & (LEX.CREDENTIAL | LEX.TITLE | LEX.SIGN_CREDENTIAL)) !== 0;
  const last = s.tokens[i - 1]!;
  if (credential && (last.flags & (LEX.PLACE | LEX.PLACE_TAIL)) === 0) return false;
  const prev = s.tokens[f - 1]!;
  const gap = s.text.slice(prev.end, s.tokens[f]!.start);
  if (!credential && AFTER_LABEL_RE.test(gap)) return true;
  if (!AFTER_ORGANISATION_RE.test(gap)) return false;
  if ((prev.flags & (LEX.INSTITUTION_HEAD | LEX.ORG_HEAD)) !== 0) return true;
  return s.spans.some((x) => x.start <= prev.start && prev.end <= x.end && (x.category === 'LOCATION' || x.category === 'INSTITUTION'));
}
