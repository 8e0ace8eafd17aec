import { describe, expect, it } from 'vitest';
import { LABEL_COLUMNS, REPORT_COLUMNS, labelValues, reportValues } from '../../src/store/sqlite/sqlite-statements.js';
import { JsonText } from '../../src/store/json-text.js';
import type { LabelRow, ReportRow } from '../../src/store/rows.js';

const REPORT_JSON = new Set(['source', 'procedure_json', 'sections', 'deid', 'guard']);

// Every column gets a value that names it, so a value bound at another column's place shows.
function reportRow(): ReportRow {
  const row: Record<string, unknown> = {};
  for (const c of REPORT_COLUMNS) row[c] = REPORT_JSON.has(c) ? { column: c } : `v:${c}`;
  row.source_row = 7;
  return row as unknown as ReportRow;
}

describe('SQLite positional insert values', () => {
  it('bind each reports column at its place, JSON columns as text', () => {
    const row = reportRow();
    const values = reportValues(row);
    expect(values).toHaveLength(REPORT_COLUMNS.length);
    REPORT_COLUMNS.forEach((c, i) => {
      const v = (row as unknown as Record<string, unknown>)[c];
      expect([c, values[i]]).toEqual([c, REPORT_JSON.has(c) ? JSON.stringify(v) : v]);
    });
  });

  it('keep a null JSON column null and carried JSON text as it is', () => {
    const row = { ...reportRow(), procedure_json: null, sections: new JsonText('[ ]') };
    const values = reportValues(row);
    expect(values[REPORT_COLUMNS.indexOf('procedure_json')]).toBeNull();
    expect(values[REPORT_COLUMNS.indexOf('sections')]).toBe('[ ]');
  });

  it('bind each labels column at its place, the current flag as 0 / 1', () => {
    const row: LabelRow = {
      report_id: 'v:report_id', version_key: 'v:version_key', ontology_id: 'v:ontology_id', ontology_version: 'v:ontology_version',
      extractor: 'v:extractor', extractor_version: 'v:extractor_version', labels: new JsonText('{"x":1}'),
      provenance: { extractor: { name: 'rules', version: '1' }, ontology: { id: 'o', version: '1' }, at: 'now' } as LabelRow['provenance'],
      created_at: 'v:created_at', is_current: false, superseded_by: 'v:superseded_by',
    };
    const values = labelValues(row);
    expect(values).toHaveLength(LABEL_COLUMNS.length);
    const want: Record<string, unknown> = { ...row, labels: '{"x":1}', provenance: JSON.stringify(row.provenance), is_current: 0 };
    LABEL_COLUMNS.forEach((c, i) => expect([c, values[i]]).toEqual([c, want[c]]));
    expect(labelValues({ ...row, is_current: true })[LABEL_COLUMNS.indexOf('is_current')]).toBe(1);
  });
});
