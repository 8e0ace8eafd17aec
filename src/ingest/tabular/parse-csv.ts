import { RadlabelError } from '../../errors/index.js';
import type { IngestItem } from '../ingest-item.js';
import { HEADERLESS_PRESETS, detectMapping, mappedColumns } from './column-mapping.js';
import { readCsvRecords, type CsvRecord } from './csv-records.js';
import { rowToItem } from './row-to-report.js';
import { resolveMapping, type TabularOptions } from './tabular-options.js';

/**
 * Parses a CSV report archive (RFC 4180, header row first) into ingest items, one per data row.
 *
 * Row numbering: `source.row` and error locators use the 1-based DATA row number (the header is
 * not counted; blank lines are not rows); CSV_PARSE messages also name the physical line.
 * `raw` is the row's text. `source.format` is `csv`, `source.system` the preset name or `csv`,
 * `source.messageId` and `archiveId` the id value.
 *
 * The mapping is `opts.mapping`, else `opts.preset`, else detected from the header
 * ({@link detectMapping}); a column the mapping needs but the header lacks is one
 * CSV_MISSING_COLUMN error naming the column and the header seen. A broken quote or wrong column
 * count is a CSV_PARSE error for that row only; an empty id is CSV_PARSE, empty text
 * a `no-text` skip. Never throws.
 */
export function parseCsv(text: string, opts: TabularOptions = {}): IngestItem[] {
  const resolved = resolveMapping(opts);
  if (!resolved.ok) return [resolved.item];
  const records = numberHeaderless(readCsvRecords(text), opts.preset);
  const first = records[0];
  if (!first) return [];
  if (!first.ok) {
    const error = new RadlabelError('CSV_PARSE', `the header (line ${first.line}) cannot be read: ${first.problem}`, { locator: { file: opts.file, row: 0 } });
    return [{ kind: 'error', error, raw: first.raw }];
  }
  const seen = first.fields.map((h) => h.trim());
  const detected = resolved.mapping ? { ok: true as const, mapping: resolved.mapping } : detectMapping(seen);
  if (!detected.ok) return [missingColumn(detected.missing, seen, opts.file, first.raw)];
  const mapping = detected.mapping;
  const index = new Map<string, number>();
  seen.forEach((h, i) => {
    if (!index.has(h)) index.set(h, i);
  });
  for (const [, col] of mappedColumns(mapping)) {
    if (!index.has(col)) return [missingColumn(col, seen, opts.file, first.raw)];
  }
  const system = resolved.system ?? 'csv';
  const out: IngestItem[] = [];
  records.slice(1).forEach((rec, i) => {
    const row = i + 1;
    if (!rec.ok) {
      const error = new RadlabelError('CSV_PARSE', `row ${row} (line ${rec.line}): ${rec.problem}`, { locator: { file: opts.file, row } });
      out.push({ kind: 'error', error, raw: rec.raw });
      return;
    }
    if (rec.fields.length !== seen.length) {
      const error = new RadlabelError('CSV_PARSE', `row ${row} (line ${rec.line}): ${rec.fields.length} columns, the header has ${seen.length}`, { locator: { file: opts.file, row } });
      out.push({ kind: 'error', error, raw: rec.raw });
      return;
    }
    const get = (col: string): string => rec.fields[index.get(col)!] ?? '';
    out.push(rowToItem(get, mapping, { format: 'csv', system, file: opts.file, row, raw: rec.raw }));
  });
  return out;
}

function missingColumn(column: string, seen: string[], file: string | undefined, raw: string): IngestItem {
  const header = seen.map((h) => (h.length > 40 ? `${h.slice(0, 40)}…` : h)).join(', ');
  const error = new RadlabelError('CSV_MISSING_COLUMN', `missing column ${column}; header seen: ${header}`, { locator: { file, row: 0 } });
  return { kind: 'error', error, raw };
}

/**
 * For a headerless preset (the CheXpert labeler's one-column reports file): drops the header when
 * the file has one, and gives every row a leading `row` field with its 1-based number as the id.
 */
function numberHeaderless(records: CsvRecord[], preset: string | undefined): CsvRecord[] {
  const columns = preset !== undefined && Object.hasOwn(HEADERLESS_PRESETS, preset) ? HEADERLESS_PRESETS[preset] : undefined;
  if (!columns) return records;
  const first = records[0];
  const hasHeader = first?.ok === true && first.fields.map((f) => f.trim().toLowerCase()).join('\u0000') === columns.map((c) => c.toLowerCase()).join('\u0000');
  const data = hasHeader ? records.slice(1) : records;
  const header: CsvRecord = { ok: true, fields: ['row', ...columns], line: 0, raw: '' };
  return [header, ...data.map((r, i): CsvRecord => (r.ok ? { ...r, fields: [String(i + 1), ...r.fields] } : r))];
}
