import { describe, expect, it } from 'vitest';
import type { MetricsDocument } from '../../../src/evaluate/report/metrics-document.js';
import { renderMetricsReport } from '../../../src/evaluate/report/render-metrics-report.js';

const EVIL = '<script>alert(1)</script> | *x* & "q"';

const doc: MetricsDocument = {
  title: `Report ${EVIL}`,
  provenance: { codeVersion: '0.1.0', note: EVIL },
  policies: [`policy ${EVIL}`],
  notes: ['a note'],
  verdict: 'B is better',
  tables: [
    {
      id: 't1',
      title: 'Per label',
      columns: [
        { key: 'label', title: 'label', format: 'text' },
        { key: 'n', title: 'n', format: 'int' },
        { key: 'f1', title: 'F1' },
        { key: 'p', title: 'p', format: 'p' },
        { key: 'share', title: 'share', format: 'pct' },
      ],
      rows: [
        { label: EVIL, n: 12, f1: 2 / 3, p: 0.0004, share: 0.25 },
        { label: 'none', n: 0, f1: NaN, p: null, share: null },
      ],
    },
  ],
  charts: [{ id: 'c1', title: 'F1', bars: [{ label: EVIL, value: 0.5, low: 0.4, high: 0.6 }, { label: 'b', value: 0.9 }] }],
  confusionMatrices: [{ id: 'm1', title: 'Edema', rowClasses: ['pos', 'neg'], colClasses: ['pos', 'neg'], counts: [[3, 1], [2, 4]] }],
  records: [
    {
      id: 'r',
      title: 'Errors',
      facetNames: ['label', 'type'],
      items: [{ facets: { label: 'Edema', type: 'missed' }, fields: { report: 'r1' }, textRef: 'r1', highlights: [{ start: 0, end: 5, kind: 'evidence' }] }],
      texts: { r1: `Edema </script><script>window.x=1</script>` },
    },
  ],
  data: { answer: 42 },
};

describe('renderMetricsReport', () => {
  it('text: aligned table with formatted numbers and the policies', () => {
    const t = renderMetricsReport(doc, 'text');
    expect(t).toContain(`policy: policy ${EVIL}`);
    expect(t).toMatch(/12\s+0\.667\s+<0\.001\s+25\.0%/);
    expect(t).toMatch(/none\s+0\s+–\s+–\s+–/);
  });

  it('json: the whole document with data and a format marker; NaN becomes null', () => {
    const j = JSON.parse(renderMetricsReport(doc, 'json'));
    expect(j.format).toBe('radlabel-metrics-report/1');
    expect(j.data).toEqual({ answer: 42 });
    expect(j.tables[0].rows[1].f1).toBeNull();
    expect(j.provenance.codeVersion).toBe('0.1.0');
  });

  it('md: escapes table-breaking characters and includes the confusion matrix', () => {
    const md = renderMetricsReport(doc, 'md');
    expect(md).toContain('\\<script\\>alert(1)\\</script\\> \\| \\*x\\*');
    expect(md).toContain('**Verdict:** B is better');
    expect(md).toMatch(/\| pos \| 3 \| 1 \|/);
  });

  it('html: self-contained, every text escaped, record texts only inside an escaped JSON block', () => {
    const h = renderMetricsReport(doc, 'html');
    expect(h).not.toContain('<script>alert(1)');
    expect(h).not.toContain('window.x=1</script>');
    expect(h).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(h).not.toMatch(/(src|href)="https?:/);
    expect(h).not.toMatch(/<link /);
    // our own scripts only: the record JSON block and the browser script
    expect(h.match(/<script/g)).toHaveLength(2);
    expect(h).toContain('<svg class="chart"');
    expect(h).toContain('<svg class="confusion"');
    expect(h).toContain('class="ci"');
  });
});
