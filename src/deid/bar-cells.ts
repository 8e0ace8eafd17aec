// The cells of a bar-separated table row ("Grace | wife | 660-6202"), shared by the passes that read such
// tables by column (free-text/contact-tables.ts, table-ids.ts).

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
