// The cells of a bar-separated table row ("Grace | wife | 660-6202"), shared by the passes that read such
// tables by column (free-text/contact-tables.ts, free-text/person-columns.ts, table-ids.ts, date-columns.ts).

/** One cell of a bar-separated row: its trimmed text and where that text starts in the note. */
export interface BarCell {
  text: string;
  at: number;
}

/** The cells of the row `text[start, end)` split by bars, each trimmed, with where its text starts. */
export function barCells(text: string, start: number, end: number): BarCell[] {
  const out: BarCell[] = [];
  let a = start;
  for (let k = start; k <= end; k++) {
    if (k === end || text.charCodeAt(k) === 124) {
      const raw = text.slice(a, k);
      out.push({ text: raw.trim(), at: a + raw.length - raw.trimStart().length });
      a = k + 1;
    }
  }
  return out;
}

/**
 * Visits the lines of `text` as a table reader sees them: a line with no bar ends any table (`null`), a rule
 * line of bars and dashes (`|---|:--|`) is passed over, and every other line with a bar is a row of cells.
 * Shared by the passes that find a head row and read the rows under it (contact-tables.ts, person-columns.ts).
 */
export function visitBarRows(text: string, visit: (row: BarCell[] | null) => void): void {
  for (let start = 0; start < text.length; ) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    const line = text.slice(start, end);
    if (!line.includes('|')) visit(null);
    else if (!/^[\s|:+=-]*$/.test(line)) visit(barCells(text, start, end));
    start = end + 1;
  }
}
