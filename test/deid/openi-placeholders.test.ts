import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { OPENI_DIR, openiText } from '../../eval/openi-rules.js';
import { changes } from '../../eval/placeholders/openi-offenders.js';
import { RawReportSchema } from '../../src/domain/report.js';
import { deidentify } from '../../src/deid/deidentify.js';

describe('the offender check', () => {
  it('flags a marker replaced or a surrogate invented next to one, and nothing else as such', () => {
    expect(changes('Normal chest x-XXXX. Dr. XXXX XXXX called.', 'Normal chest x-PINILLA. Dr. WHELCHEL WHELCHEL called.').map((c) => c.marker)).toEqual([true, true]);
    expect(changes('XXXX seen. Withdrawal from Xanax today.', 'XXXX seen. Withdrawal from Manassas today.')).toEqual([{ from: 'Xanax', to: 'Manassas', marker: false }]);
    expect(changes('Lungs are clear.', 'Lungs are clear.')).toEqual([]);
    expect(changes('From XXXX Hospital.', 'From XXXX Sulphur Community Hospital.')).toEqual([{ from: '', to: 'Sulphur Community', marker: true }]);
  });
});

describe.skipIf(!existsSync(OPENI_DIR))('Open-i dev split: upstream XXXX placeholders survive de-identification', () => {
  it.each(['surrogate', 'tag'] as const)('no report has a marker replaced or a surrogate next to one (%s mode)', (mode) => {
    const rows = parse(readFileSync(path.join(OPENI_DIR, 'reports.dev.csv')), { columns: true }) as Array<Record<string, string>>;
    const offenders: string[] = [];
    for (const row of rows) {
      const text = openiText(row);
      if (!text) continue;
      const raw = RawReportSchema.parse({ source: { format: 'csv', system: 'openi' }, sections: [], identifiers: {}, text });
      const out = deidentify(raw, { key: 'openi-placeholder-test-key-0123456789', mode, keepStudyUids: false }).text;
      for (const c of changes(text, out)) if (c.marker) offenders.push(`${row.uid}: "${c.from}" -> "${c.to}"`);
    }
    expect(offenders).toEqual([]);
  });
});
