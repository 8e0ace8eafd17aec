import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { Command } from 'commander';
import { chromium } from 'playwright-core';
import { describe, expect, it, vi } from 'vitest';
import { evalAssertionCommand } from '../../../src/cli/commands/eval-assertion.js';
import { assertionDocument } from '../../../src/evaluate/assertion/assertion-document.js';
import { runAssertionBenchmark } from '../../../src/evaluate/assertion/run-assertion-benchmark.js';
import { renderMetricsReport } from '../../../src/evaluate/report/render-metrics-report.js';

// Synthetic sentences. Engine output (checked by hand): row 4 predicted Negated (gold Affirmed),
// rows 7 and 10 predicted Recent (gold Historical), row 8 predicted Possible, row 9's Condition
// only partly found (file line 10), row 8 has no gold experiencer.
const HEADER = 'line number\tCondition\tsentence\tnegation_status\ttemporality\texperiencer';
const ROWS = [
  '1\tcough\tShe denies cough.\tNegated\tRecent\tPatient',
  '2\tpneumonia\tThere is pneumonia.\tAffirmed\tRecent\tPatient',
  '3\tdiabetes\tHer mother has diabetes.\tAffirmed\tRecent\tOther',
  '4\teffusion\tNo effusion.\tAffirmed\tRecent\tPatient',
  '5\tasthma\tHistory of asthma.\tAffirmed\tHistorical\tPatient',
  '6\tfever\tReturn if fever develops.\tAffirmed\tNot particular\tPatient',
  '7\tedema\tThere is edema.\tAffirmed\tHistorical\tPatient',
  '8\tnodule\tPossible nodule.\tAffirmed\tRecent\t',
  '9\tleft lower lobe pneumonia\tPneumonia in the right lung.\tAffirmed\tRecent\tPatient',
  '10\tstroke\tHis brother had a stroke.\tAffirmed\tHistorical\tOther',
];
const TSV = [HEADER, ...ROWS].join('\n') + '\n';
const META = { file: 'tiny.tsv', sha256: 'abc123', codeVersion: '9.9.9', rules: { id: 'context-en@test', hash: 'deadbeef' }, parameters: { likelyIsPositive: false } };

function build(tsv = TSV) {
  const { rows, metrics } = runAssertionBenchmark(tsv);
  return assertionDocument(metrics, rows, META);
}

describe('assertionDocument', () => {
  it('has one table, chart and gold × predicted confusion matrix per dimension with hand-counted cells', () => {
    const doc = build();
    expect(doc.tables.map((t) => t.id)).toEqual(['table-negation', 'table-temporality', 'table-experiencer']);
    expect(doc.charts?.map((c) => c.id)).toEqual(['chart-f1-negation', 'chart-f1-temporality', 'chart-f1-experiencer']);
    const cm = Object.fromEntries((doc.confusionMatrices ?? []).map((m) => [m.title, m]));
    // gold Affirmed: 8 right (row 8's Possible scored as Affirmed), row 4 → Negated; gold Negated: row 1
    expect(cm.negation).toMatchObject({ rowClasses: ['Affirmed', 'Negated'], colClasses: ['Affirmed', 'Negated'], counts: [[8, 1], [0, 1]] });
    // gold Historical: row 5 right, rows 7 and 10 → Recent; "Not particular" (row 6) is Hypothetical
    expect(cm.temporality).toMatchObject({ rowClasses: ['Recent', 'Historical', 'Hypothetical'], counts: [[6, 0, 0], [2, 1, 0], [0, 0, 1]] });
    // row 8 has no gold experiencer: 9 rows scored
    expect(cm.experiencer).toMatchObject({ rowClasses: ['Patient', 'Other'], counts: [[7, 0], [0, 2]] });

    const neg = doc.tables[0]!;
    expect(neg.rows.find((r) => r.class === 'Affirmed')).toMatchObject({ precision: 1, recall: 8 / 9, support: 9, predicted: 8 });
    expect(neg.rows.find((r) => r.class === 'Negated')).toMatchObject({ precision: 0.5, recall: 1, support: 1, predicted: 2 });
    expect(neg.rows.find((r) => r.class === 'accuracy')).toMatchObject({ f1: 0.9, support: 10 });
    expect(doc.tables[2]!.rows.find((r) => r.class === 'accuracy')).toMatchObject({ f1: 1, support: 9 });
    const hist = doc.charts![1]!.bars.find((b) => b.label.startsWith('Historical'))!;
    expect(hist.value).toBeCloseTo(0.5, 10);
  });

  it('lists each wrong (row, dimension) with the Condition highlighted, notes partial matches and states the policies', () => {
    const doc = build();
    const rec = doc.records![0]!;
    expect(rec.facetNames).toEqual(['dimension', 'gold', 'predicted']);
    expect(rec.items.map((i) => [i.fields.file_line, i.facets.dimension, i.facets.gold, i.facets.predicted])).toEqual([
      ['5', 'negation', 'Affirmed', 'Negated'],
      ['8', 'temporality', 'Historical', 'Recent'],
      ['11', 'temporality', 'Historical', 'Recent'],
    ]);
    const effusion = rec.items[0]!;
    expect(effusion.fields.condition).toBe('effusion');
    const text = rec.texts[effusion.textRef!]!;
    expect(text).toBe('No effusion.');
    expect(effusion.highlights).toEqual([{ start: 3, end: 11, kind: 'evidence' }]);
    expect(text.slice(effusion.highlights![0]!.start, effusion.highlights![0]!.end)).toBe('effusion');

    expect(doc.notes).toHaveLength(1);
    expect(doc.notes[0]).toMatch(/only partly found .* on 1 of 10 rows/);
    expect(doc.notes[0]).toContain('file line 10 ("left lower lobe pneumonia")');
    expect(doc.policies.join('\n')).toContain('"Not particular" is read as Hypothetical');
    expect(doc.policies.join('\n')).toContain('predicted Possible is scored as Affirmed (1 rows)');
    expect(doc.provenance).toMatchObject({ codeVersion: '9.9.9', input: { file: 'tiny.tsv', sha256: 'abc123', rows: 10 }, rules: META.rules, parameters: { likelyIsPositive: false } });
  });

  it('scores Possible as its own class when the gold has it', () => {
    const doc = build(TSV.replace('8\tnodule\tPossible nodule.\tAffirmed', '8\tnodule\tPossible nodule.\tPossible'));
    const neg = doc.confusionMatrices!.find((m) => m.title === 'negation')!;
    expect(neg.rowClasses).toEqual(['Affirmed', 'Negated', 'Possible']);
    expect(neg.counts).toEqual([[7, 1, 0], [0, 1, 0], [0, 0, 1]]);
    expect(doc.policies.join('\n')).toContain('scored as three classes');
  });

  it('renders Markdown with the tables and self-contained HTML with SVG charts', () => {
    const doc = build();
    const md = renderMetricsReport(doc, 'md');
    expect(md).toContain('### Negation — accuracy 0.900 (n=10)');
    expect(md).toContain('| Affirmed | 1.000 | 0.889 | 0.941 | 9 | 8 |');
    expect(md).toContain('### Temporality — accuracy 0.800 (n=10)');
    expect(md).toContain('### Experiencer — accuracy 1.000 (n=9)');
    expect(md).toContain('| Historical | 2 | 1 | 0 |');
    const html = renderMetricsReport(doc, 'html');
    expect(html).toContain('<svg');
    expect(html.match(/<svg class="confusion"/g)).toHaveLength(3);
    expect(html.match(/<svg class="chart"/g)).toHaveLength(3);
    expect(html).not.toMatch(/(src|href)\s*=\s*["']?https?:/i);
    expect(html).not.toMatch(/<link\b/i);
  });
});

describe('radlabel eval-assertion report files', () => {
  it('writes predictions, JSON, Markdown and HTML and still prints the table', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'radlabel-assert-report-'));
    const input = path.join(dir, 'in.tsv');
    writeFileSync(input, TSV);
    const f = (n: string) => path.join(dir, 'out', n);
    const program = new Command().exitOverride();
    evalAssertionCommand.register(program);
    let stdout = '';
    vi.spyOn(process.stdout, 'write').mockImplementation((s) => ((stdout += String(s)), true));
    try {
      await program.parseAsync(['eval-assertion', input, '--out', f('pred.tsv'), '--json', f('r.json'), '--md', f('r.md'), '--html', f('r.html')], { from: 'user' });
    } finally {
      vi.restoreAllMocks();
    }
    expect(process.exitCode).toBe(0);
    process.exitCode = undefined;
    expect(stdout).toContain('negation: accuracy 0.900 (n=10)');
    expect(readFileSync(f('pred.tsv'), 'utf8').trim().split('\n')).toHaveLength(11);
    const json = JSON.parse(readFileSync(f('r.json'), 'utf8')) as {
      format: string;
      provenance: { input: { sha256: string }; rules: { id: string; hash: string }; codeVersion: string };
      tables: unknown[];
      data: { metrics: { rows: number; temporality: { accuracy: number } }; predictions: unknown[] };
    };
    expect(json.format).toBe('radlabel-metrics-report/1');
    expect(json.provenance.input.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(json.provenance.rules.id).toMatch(/^context-en@/);
    expect(json.provenance.rules.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(json.provenance.codeVersion).not.toBe('unknown');
    expect(json.tables).toHaveLength(3);
    expect(json.data.metrics.rows).toBe(10);
    expect(json.data.metrics.temporality.accuracy).toBeCloseTo(0.8, 10);
    expect(json.data.predictions).toHaveLength(10);
    expect(readFileSync(f('r.md'), 'utf8')).toContain('### Negation — accuracy 0.900 (n=10)');
    expect(readFileSync(f('r.html'), 'utf8')).toMatch(/^<!doctype html>/i);
  });
});

const CHROMIUM = '/usr/bin/chromium';

describe.skipIf(!existsSync(CHROMIUM))('assertion HTML report in headless Chromium', () => {
  it('shows three charts and matrices and filters the misclassified rows by dimension, offline', async () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'radlabel-assert-html-')), 'r.html');
    writeFileSync(file, renderMetricsReport(build(), 'html'));
    const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
    try {
      const page = await browser.newPage({ viewport: { width: 1280, height: 1000 } });
      const problems: string[] = [];
      const requests: string[] = [];
      page.on('pageerror', (e) => problems.push(String(e)));
      page.on('request', (r) => requests.push(r.url()));
      await page.goto(pathToFileURL(file).href);
      expect(await page.locator('svg.chart').count()).toBe(3);
      expect(await page.locator('svg.confusion').count()).toBe(3);
      expect(await page.locator('.rec').count()).toBe(3);
      await page.selectOption('select[name="dimension"]', 'temporality');
      expect(await page.locator('.rec').count()).toBe(2);
      await page.selectOption('select[name="dimension"]', 'negation');
      await expect(page.locator('.rec mark.evidence').textContent()).resolves.toBe('effusion');
      expect(problems).toEqual([]);
      expect(requests.every((u) => u.startsWith('file:'))).toBe(true);
    } finally {
      await browser.close();
    }
  });
});
