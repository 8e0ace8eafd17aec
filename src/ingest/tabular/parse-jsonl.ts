import { RadlabelError } from '../../errors/index.js';
import type { IngestItem } from '../ingest-item.js';
import { detectMapping, type ColumnMapping } from './column-mapping.js';
import { rowToItem } from './row-to-report.js';
import { resolveMapping, type TabularOptions } from './tabular-options.js';

type JsonObject = Record<string, unknown>;

const asText = (v: unknown): string => {
  if (v === null || v === undefined) return '';
  if (typeof v === 'string') return v;
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  return '';
};

/**
 * Parses a JSONL report archive (one JSON object per line) with the same column mapping as
 * {@link parseCsv}, applied to object keys. `source.row` is the 1-based line number (blank lines
 * count as lines but yield nothing); `source.format` is `jsonl`, `source.system` the preset name
 * or `jsonl`. Without a mapping or preset, the mapping is detected from each object's keys (when
 * the first object has no id / text key, one CSV_MISSING_COLUMN error ends the file). A line that is not a JSON object, or lacks a mapped id / text key, is a JSONL_PARSE
 * error for that line; empty text is a `no-text` skip. Never throws.
 */
export function parseJsonl(text: string, opts: TabularOptions = {}): IngestItem[] {
  const resolved = resolveMapping(opts);
  if (!resolved.ok) return [resolved.item];
  const explicit: ColumnMapping | undefined = resolved.mapping;
  let sawObject = false;
  const system = resolved.system ?? 'jsonl';
  const out: IngestItem[] = [];
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i]!;
    if (raw.trim() === '') continue;
    const row = i + 1;
    const locator = { file: opts.file, row };
    let value: unknown;
    try {
      value = JSON.parse(raw);
    } catch {
      out.push({ kind: 'error', error: new RadlabelError('JSONL_PARSE', `line ${row} is not valid JSON`, { locator }), raw });
      continue;
    }
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      out.push({ kind: 'error', error: new RadlabelError('JSONL_PARSE', `line ${row} is not a JSON object`, { locator }), raw });
      continue;
    }
    const obj = value as JsonObject;
    let mapping = explicit;
    if (!mapping) {
      // Keys vary between lines: detect per object, but stop early when the first object shows
      // that the file does not fit the default names at all.
      const detected = detectMapping(Object.keys(obj));
      if (!detected.ok && !sawObject) {
        const keys = detected.seen.map((k) => (k.length > 40 ? `${k.slice(0, 40)}…` : k)).join(', ');
        const error = new RadlabelError('CSV_MISSING_COLUMN', `missing key ${detected.missing}; keys seen on line ${row}: ${keys}`, { locator });
        return [...out, { kind: 'error', error, raw }];
      }
      mapping = detected.ok ? detected.mapping : undefined;
    }
    sawObject = true;
    const missing = mapping ? requiredKeys(mapping).filter((k) => !Object.hasOwn(obj, k)) : ['id'];
    if (!mapping || missing.length > 0) {
      out.push({ kind: 'error', error: new RadlabelError('JSONL_PARSE', `line ${row} lacks the mapped key(s) ${missing.join(', ')}`, { locator }), raw });
      continue;
    }
    out.push(rowToItem((k) => asText(obj[k]), mapping, { format: 'jsonl', system, file: opts.file, row, raw }));
  }
  return out;
}

/** Keys every line must have: the id, and the text key (section keys may be absent when empty). */
function requiredKeys(m: ColumnMapping): string[] {
  const keys = [m.id];
  if (m.text !== undefined) keys.push(m.text);
  return keys;
}
