import { parse } from 'csv-parse/sync';
import { RadlabelError } from '../../errors/index.js';
import type { LabelValue } from '../../domain/labels.js';
import { inferKind, type EvalRecord, type LabelTable } from './label-table.js';
import { parseLabelValue } from './parse-value.js';

/** Id column names accepted, in order of preference (case-insensitive). */
export const ID_COLUMNS = ['id', 'report_id', 'reportid', 'uid', 'study_id', 'studyid', 'reports'];
/** Columns that are report metadata, not labels. */
export const META_COLUMNS: Record<string, 'text' | 'modality' | 'bodyPart' | 'source'> = {
  text: 'text',
  report: 'text',
  modality: 'modality',
  body_part: 'bodyPart',
  bodypart: 'bodyPart',
  source: 'source',
};

/** `P(Effusion)`: a probability column of the label, as `radlabel combine` writes them. */
const PROBABILITY_COLUMN = /^P\((.+)\)$/;

/** How a CSV's id is read when it is not one column. */
export interface LabelCsvOptions {
  /**
   * Columns whose cells together form the id, joined with `|` (each entry: accepted names,
   * case-insensitive), e.g. a gold keyed by MRN + exam date. Used when every one is present;
   * otherwise the id column is read as usual.
   */
  compositeId?: ReadonlyArray<readonly string[]>;
}

/**
 * Parses a CheXpert-style (1 / 0 / -1 / blank) or ChestX-ray14-style (0/1) label CSV. The id column
 * is `id` (or `report_id`, `uid`, `study_id`, or the CheXpert labeler's `Reports`, whose cell is the
 * report text itself and is then also used as the text); `P(label)` columns are probabilities of the
 * label; every other column is a label.
 */
export function parseLabelCsv(content: string, file: string, opts: LabelCsvOptions = {}): LabelTable {
  let rows: string[][];
  try {
    rows = parse(content, { bom: true, skip_empty_lines: true, relax_column_count: false }) as string[][];
  } catch (e) {
    const line = (e as { lines?: number }).lines;
    throw new RadlabelError('EVAL_BAD_INPUT', 'the CSV could not be parsed (broken quote or wrong column count)', { locator: { file, row: line }, cause: e });
  }
  const header = rows[0];
  if (!header || rows.length < 2) throw new RadlabelError('EVAL_BAD_INPUT', 'the CSV has no header or no data rows', { locator: { file } });
  const lower = header.map((h) => h.trim().toLowerCase());
  const parts = opts.compositeId?.map((names) => names.map((c) => lower.indexOf(c)).find((i) => i >= 0));
  const composite = parts?.every((i) => i !== undefined) ? (parts as number[]) : undefined;
  const idIdx = composite ? composite[0]! : ID_COLUMNS.map((c) => lower.indexOf(c)).find((i) => i >= 0);
  if (idIdx === undefined) {
    const alt = opts.compositeId ? ` or the columns ${opts.compositeId.map((names) => names.join(' / ')).join(' + ')}` : '';
    throw new RadlabelError('EVAL_BAD_INPUT', `no id column (expected one of: ${ID_COLUMNS.join(', ')}${alt})`, { locator: { file, row: 1 } });
  }
  const idCols = new Set(composite ?? [idIdx]);
  const idIsText = !composite && lower[idIdx] === 'reports';
  const meta = new Map<number, 'text' | 'modality' | 'bodyPart' | 'source'>();
  const labelCols: Array<{ idx: number; name: string }> = [];
  const probCols: Array<{ idx: number; name: string }> = [];
  header.forEach((h, i) => {
    if (idCols.has(i)) return;
    const m = META_COLUMNS[lower[i] ?? ''];
    const prob = PROBABILITY_COLUMN.exec(h.trim());
    if (m) meta.set(i, m);
    else if (prob) probCols.push({ idx: i, name: prob[1]!.trim() });
    else labelCols.push({ idx: i, name: h.trim() });
  });
  if (labelCols.length === 0) throw new RadlabelError('EVAL_BAD_INPUT', 'the CSV has no label columns', { locator: { file, row: 1 } });
  const records = new Map<string, EvalRecord>();
  rows.slice(1).forEach((cells, i) => {
    const row = i + 2;
    const idCells = [...idCols].map((c) => (cells[c] ?? '').trim());
    if (idCells.some((c) => c === '')) throw new RadlabelError('EVAL_BAD_INPUT', 'empty id', { locator: { file, row } });
    const id = idCells.join('|');
    if (records.has(id)) throw new RadlabelError('EVAL_BAD_INPUT', 'duplicate id', { locator: { file, row } });
    const values: Record<string, LabelValue> = {};
    for (const c of labelCols) {
      const v = parseLabelValue(cells[c.idx]);
      if (v === undefined)
        throw new RadlabelError('EVAL_BAD_INPUT', 'label value is not 1, 0, -1, blank or a value word', { locator: { file, row, path: c.name } });
      values[c.name] = v;
    }
    const rec: EvalRecord = { id, row, values };
    if (probCols.length) {
      rec.probabilities = {};
      for (const c of probCols) {
        const cell = (cells[c.idx] ?? '').trim();
        if (cell === '') continue;
        const p = Number(cell);
        if (!Number.isFinite(p) || p < 0 || p > 1) throw new RadlabelError('EVAL_BAD_INPUT', 'probability is not a number between 0 and 1', { locator: { file, row, path: `P(${c.name})` } });
        rec.probabilities[c.name] = p;
      }
    }
    if (idIsText) rec.text = cells[idIdx];
    for (const [idx, field] of meta) if (cells[idx]) rec[field] = cells[idx];
    records.set(id, rec);
  });
  const labels = labelCols.map((c) => c.name);
  return { file, format: 'csv', kind: inferKind(records.values(), labels), labels, records };
}
