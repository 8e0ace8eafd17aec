import type { LabelTable } from './label-table.js';
import { parseLabelCsv, type LabelCsvOptions } from './read-label-csv.js';
import { parseLabelJsonl } from './read-label-jsonl.js';

/** Parses a gold or prediction file: JSONL by extension (.jsonl / .ndjson / .json) or content, CSV otherwise. */
export function parseLabelTable(content: string, file: string, csv: LabelCsvOptions = {}): LabelTable {
  const byExt = /\.(jsonl|ndjson|json)$/i.test(file);
  const byContent = content.replace(/^\uFEFF/, '').trimStart().startsWith('{');
  return byExt || byContent ? parseLabelJsonl(content, file) : parseLabelCsv(content, file, csv);
}
