/** Splits NDJSON / JSONL text into non-empty lines with their 1-based line numbers. */
export function splitLines(text: string): Array<{ line: number; text: string }> {
  const out: Array<{ line: number; text: string }> = [];
  text.split(/\r?\n/).forEach((t, i) => {
    if (t.trim() !== '') out.push({ line: i + 1, text: t });
  });
  return out;
}
