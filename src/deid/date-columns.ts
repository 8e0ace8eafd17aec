// A short pair alone in a table's cell ("| Januvia | 100 mg daily | 2/4 | 30/90 |", "| no lifting | Mar 24 2026 | 4-7 |")
// is read on its own as a fraction, a grade or a range of counts. Its column says what it is (issue 11): when another
// row holds a full date in the same column, or the column's heading is a word of dates, the pair is a day too.
import { barCells, type BarCell } from './bar-cells.js';

// A full date: with its year ("02/21/2026", "8-4-26", "2026-03-24") or a month's name ("Mar 24 2026", "26-May-2026").
const FULL_DATE = /^(?:\d{1,2}([/.-])\d{1,2}\1(?:\d{2}|\d{4})|(?:19|20)\d\d-\d\d-\d\d|(?:\d{1,2}[ -]?)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?(?:[ -]?\d{1,2}(?:st|nd|rd|th)?)?,?[ -]\d{2,4})$/i;
// A heading of a column of dates: a word of dates in it ("last filled", "date", "last exposure", "onset"), or a
// range's end alone ("from", "to", "start", "due").
const DATE_HEADING = /\b(?:date|dated|dates|filled|refilled|last fill|exposure|exposed|onset)\b|^(?:from|to|thru|through|until|start|started|end|ended|due|since|expires|expiry)$/i;
// A row of a table: holds a bar; a separator row ("|---|---|") holds nothing else.
const SEPARATOR = /^[\s|:-]*$/;
// How many rows are looked at above and below the pair's.
const ROWS = 12;

/** The cells of a row without the empty cells a leading or trailing bar makes. */
function rowCells(text: string, start: number, end: number): BarCell[] {
  const cells = barCells(text, start, end);
  if (cells.length > 0 && cells[0]!.text === '') cells.shift();
  if (cells.length > 0 && cells[cells.length - 1]!.text === '') cells.pop();
  return cells;
}

/** Whether the pair `text[at, at + length)` fills a cell of a bar table whose column holds dates. */
export function inDateColumn(text: string, at: number, length: number): boolean {
  const start = text.lastIndexOf('\n', at - 1) + 1;
  let end = text.indexOf('\n', at);
  if (end < 0) end = text.length;
  const cells = rowCells(text, start, end);
  if (cells.length < 2) return false;
  const column = cells.findIndex((c) => c.at === at && c.text.length === length);
  if (column < 0) return false;
  for (const dir of [-1, 1]) {
    let lineStart = start;
    let lineEnd = end;
    for (let k = 0; k < ROWS; k++) {
      if (dir < 0) {
        if (lineStart === 0) break;
        lineEnd = lineStart - 1;
        lineStart = text.lastIndexOf('\n', lineEnd - 1) + 1;
      } else {
        if (lineEnd >= text.length) break;
        lineStart = lineEnd + 1;
        lineEnd = text.indexOf('\n', lineStart);
        if (lineEnd < 0) lineEnd = text.length;
      }
      const line = text.slice(lineStart, lineEnd);
      if (!line.includes('|')) break;
      if (SEPARATOR.test(line)) continue;
      const cell = rowCells(text, lineStart, lineEnd)[column];
      if (cell && (FULL_DATE.test(cell.text) || (dir < 0 && DATE_HEADING.test(cell.text) && !/\d/.test(cell.text)))) return true;
    }
  }
  return false;
}
