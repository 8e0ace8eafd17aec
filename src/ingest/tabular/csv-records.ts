/** One CSV record, or the physical line where a record could not be read. */
export type CsvRecord =
  | { ok: true; fields: string[]; line: number; raw: string }
  | { ok: false; problem: string; line: number; raw: string };

type FieldScan = { ok: true; fields: string[]; end: number } | { ok: false; problem: string };

/**
 * Splits CSV text into records (RFC 4180: comma separator, `"` quoting with `""` escapes, CRLF or
 * LF record ends, line breaks allowed inside quotes). A leading BOM is dropped and blank lines are
 * skipped.
 *
 * Unlike a streaming parser that stops at the first error, a record that cannot be read (an
 * unterminated quote, text after a closing quote) is reported alone and reading resumes at the
 * next physical line, so one broken row never hides the rows after it. A record that spans lines
 * and has the wrong number of columns (`expectColumns`, by default the width of the first record,
 * the header) is treated the same way: a stray quote has swallowed line breaks.
 * A quote inside an unquoted field is kept as a literal character.
 */
export function readCsvRecords(text: string, expectColumns?: number): CsvRecord[] {
  const out: CsvRecord[] = [];
  let pos = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  let line = 1;
  let width = expectColumns;
  while (pos < text.length) {
    const lineEnd = endOfLine(text, pos);
    if (text.slice(pos, lineEnd).trim() === '') {
      line++;
      pos = nextLine(text, lineEnd);
      continue;
    }
    const scan = scanRecord(text, pos);
    const expected = width;
    if (scan.ok) {
      const raw = text.slice(pos, trimEol(text, scan.end));
      const lines = countBreaks(raw);
      const spans = lines > 0;
      if (!(spans && expected !== undefined && scan.fields.length !== expected)) {
        out.push({ ok: true, fields: scan.fields, line, raw });
        width ??= scan.fields.length;
        line += lines + 1;
        pos = scan.end;
        continue;
      }
      out.push({ ok: false, problem: `a quoted field runs over ${lines + 1} lines and the record has ${scan.fields.length} columns, expected ${expected} (unbalanced quote?)`, line, raw: text.slice(pos, lineEnd) });
    } else {
      out.push({ ok: false, problem: scan.problem, line, raw: text.slice(pos, lineEnd) });
    }
    line++;
    pos = nextLine(text, lineEnd);
  }
  return out;
}

function scanRecord(text: string, start: number): FieldScan {
  const fields: string[] = [];
  let pos = start;
  for (;;) {
    if (text[pos] === '"') {
      let value = '';
      let from = pos + 1;
      for (;;) {
        const q = text.indexOf('"', from);
        if (q < 0) return { ok: false, problem: 'unterminated quoted field' };
        value += text.slice(from, q);
        if (text[q + 1] === '"') {
          value += '"';
          from = q + 2;
          continue;
        }
        pos = q + 1;
        break;
      }
      fields.push(value);
      const c = text[pos];
      if (c === ',') {
        pos++;
        continue;
      }
      if (c === undefined || c === '\n' || (c === '\r' && text[pos + 1] === '\n') || c === '\r') return { ok: true, fields, end: nextLine(text, pos) };
      return { ok: false, problem: 'unexpected character after a closing quote' };
    }
    let end = pos;
    while (end < text.length) {
      const c = text.charCodeAt(end);
      if (c === 44 /* , */ || c === 10 /* \n */ || c === 13 /* \r */) break;
      end++;
    }
    fields.push(text.slice(pos, end));
    if (text[end] === ',') {
      pos = end + 1;
      continue;
    }
    return { ok: true, fields, end: nextLine(text, end) };
  }
}

function endOfLine(text: string, pos: number): number {
  let i = pos;
  while (i < text.length && text[i] !== '\n' && text[i] !== '\r') i++;
  return i;
}

/** Position after the line break at `pos` (or `pos` at the end of the text). */
function nextLine(text: string, pos: number): number {
  if (text[pos] === '\r') return text[pos + 1] === '\n' ? pos + 2 : pos + 1;
  if (text[pos] === '\n') return pos + 1;
  return pos;
}

function trimEol(text: string, end: number): number {
  let e = end;
  if (e > 0 && text[e - 1] === '\n') e--;
  if (e > 0 && text[e - 1] === '\r') e--;
  return e;
}

function countBreaks(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    if (s[i] === '\n') n++;
    else if (s[i] === '\r' && s[i + 1] !== '\n') n++;
  }
  return n;
}
