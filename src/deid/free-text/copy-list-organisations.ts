// The organisation of a copy list's item (issue 11): "cc: B. Roe, MD (PCP); Pioneer Risk Management
// claims; ATC Ana", "CC: DR. ROE; GRANITE MUTUAL APPEALS UNIT". A letter copies an insurer's or
// employer's department; the words before the department's name are the organisation's.
import * as tokenScanner from './token-scanner.js';
import type { TokenScanner } from './token-scanner.js';
import { LEX } from '../lexicon-flags.js';
import { placeCues, type PlaceCueSets } from './place-rules.js';
import { nextNonBlank } from './blank-skip.js';

const { isCap } = tokenScanner;

// A copy list's label opening its line: "cc:", "CC -", "copies to:", "copy to:".
const COPY_LINE_RE = /^[ \t]*(?:cc|c\.c\.|copies[ \t]+to|copy[ \t]+to)[ \t]*[:-][ \t]*/i;

/**
 * In a copy list's line, an item of one to four words before a department word
 * (addresses.copyDepartments: "claims", "appeals", "billing") names an organisation: items are
 * parted by ";". No function, clinical, title or credential word, no generic first word
 * (organisations.notFirst: "workers comp claims"), nothing found already; in a mixed-case note each
 * word capitalised, in a one-case note two words or more.
 */
export function copyListOrganisations(s: TokenScanner, cues: PlaceCueSets = placeCues()): void {
  if (cues.copyDepartments.size === 0) return;
  let lineStart = 0;
  while (lineStart < s.text.length) {
    let lineEnd = s.text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = s.text.length;
    // Every label opens with "c" or "C" past the blanks (`i` without `u`: no other character): a line
    // opening otherwise is not cut out and asked of the pattern.
    const first = nextNonBlank(s.text, lineStart);
    const label = first === 99 || first === 67 ? COPY_LINE_RE.exec(s.text.slice(lineStart, lineEnd)) : null;
    if (label) {
      let itemStart = lineStart + label[0].length;
      while (itemStart < lineEnd) {
        let itemEnd = s.text.indexOf(';', itemStart);
        if (itemEnd < 0 || itemEnd > lineEnd) itemEnd = lineEnd;
        item(s, itemStart, itemEnd, cues);
        itemStart = itemEnd + 1;
      }
    }
    lineStart = lineEnd + 1;
  }
}

/** Marks the organisation of the item from `start` to `end`, when its last words are a department's. */
function item(s: TokenScanner, start: number, end: number, cues: PlaceCueSets): void {
  const idx: number[] = [];
  for (let p = start; p < end; p++) {
    const k = s.byStart.get(p);
    if (k !== undefined) idx.push(k);
  }
  // The department: its words close the item ("claims", "appeals unit", "claims dept").
  let d = idx.length;
  while (d > 0 && cues.copyDepartments.has(s.tokens[idx[d - 1]!]!.lower)) d--;
  if (d === idx.length || d === 0 || d > 4) return;
  const words = idx.slice(0, d);
  // The words are blank-joined ("Tri-State" and "Ins." inside one word or with its dot count).
  for (let m = 1; m < words.length; m++) if (!/^[.]?[ \t]+$/.test(s.text.slice(s.tokens[words[m - 1]!]!.end, s.tokens[words[m]!]!.start))) return;
  if (!/^[.]?[ \t]+$/.test(s.text.slice(s.tokens[words[d - 1]!]!.end, s.tokens[idx[d]!]!.start))) return;
  for (const k of words) {
    const t = s.tokens[k]!;
    if (s.marked.has(k) || (t.flags & (LEX.STOP | LEX.CLINICAL | LEX.TITLE | LEX.CREDENTIAL)) !== 0 || cues.notAcronyms.has(t.lower)) return;
    if (s.style === 'mixed' && !isCap(t.word)) return;
  }
  if (cues.orgNotFirst.has(s.tokens[words[0]!]!.lower) || (s.style !== 'mixed' && words.length < 2)) return;
  for (const k of words) s.mark(k, 'INSTITUTION', 'place-copy-list');
}
