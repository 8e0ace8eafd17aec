// Identifiers in a table's column of identifiers (issue 11): logs kept as bar-separated tables put each
// row's number under a head that says what it is ("DATE | TIME | INTERPRETER | ID | MODE" /
// "5/8 | 1010 | Ana R. | 36737 | IP"). The row alone has no label before the number; the head row does.
// The heads are data (rules/<lang>/deid-pattern-cues.yaml tableIds.heads).
import { patternCues } from './pattern-cues.js';
import type { PhiSpan } from './phi-span.js';
import { barCells } from './bar-cells.js';

// A code: letters (up to four) glued or hyphened to digits and more digits, letters or hyphens, three digits at least.
const CODE = /^(?:[A-Za-z]{1,4}[-#]?)?\d[\dA-Za-z-]*$/;
const DIGITS3 = /(?:\d\D*){3}/;

/**
 * The identifiers in the columns of identifiers of a note's bar-separated tables: below a head row whose
 * cell is one of `tableIds.heads` (and that holds no digit), each following row of as many cells holds
 * in that column a code of three digits or more; the table ends at the first line that is no such row.
 */
export function tableIds(text: string): PhiSpan[] {
  if (!text.includes('|')) return [];
  const heads = patternCues().tableIdHeads;
  if (heads.size === 0) return [];
  const spans: PhiSpan[] = [];
  let columns: number[] = [];
  let width = 0;
  let pos = 0;
  while (pos <= text.length) {
    let end = text.indexOf('\n', pos);
    if (end < 0) end = text.length;
    const line = text.slice(pos, end);
    if (!line.includes('|')) columns = [];
    else {
      const cells = barCells(text, pos, end);
      if (columns.length > 0 && cells.length === width) {
        for (const k of columns) {
          const c = cells[k]!;
          if (CODE.test(c.text) && DIGITS3.test(c.text)) spans.push({ start: c.at, end: c.at + c.text.length, category: 'ID', source: 'table-id' });
        }
      } else {
        columns = /\d/.test(line) ? [] : cells.flatMap((c, k) => (heads.has(c.text.toLowerCase().replace(/[:.]$/, '')) ? [k] : []));
        width = cells.length;
      }
    }
    pos = end + 1;
  }
  return spans;
}
