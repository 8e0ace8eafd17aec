import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseCsv, parseJsonl } from '../../../src/ingest/tabular/index.js';

const csvish = fc.array(fc.constantFrom('id', 'text', ',', '"', '""', '\n', '\r\n', '\r', 'IMPRESSION: x', ' ', 'a', '\uFEFF', '{', '}', ':'), { maxLength: 60 }).map((p) => p.join(''));

describe('tabular parsers on arbitrary input', () => {
  it('parseCsv never throws and every item is a report, skip or typed error with a row', () => {
    fc.assert(
      fc.property(csvish, (text) => {
        for (const i of parseCsv(text)) {
          if (i.kind === 'error') expect(i.error.code).toMatch(/^(CSV_|CONFIG_)/);
          if (i.kind === 'report') expect(i.report.source.row).toBeGreaterThan(0);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('parseJsonl never throws', () => {
    fc.assert(
      fc.property(fc.oneof(csvish, fc.array(fc.json(), { maxLength: 5 }).map((l) => l.join('\n'))), (text) => {
        expect(() => parseJsonl(text)).not.toThrow();
      }),
      { numRuns: 300 },
    );
  });
});
