import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { evaluateLabelFiles } from '../../../src/evaluate/labels/evaluate-files.js';
import { evaluationDocument } from '../../../src/evaluate/labels/to-document.js';
import { renderMetricsReport } from '../../../src/evaluate/report/render-metrics-report.js';
import { runPipeline } from '../../../src/pipeline/run-pipeline.js';
import { openSqliteStore } from '../../../src/store/sqlite/sqlite-store.js';
import { loadOntology } from '../../../src/ontology/load-ontology.js';
import { createRulesExtractor } from '../../../src/extract/rules/rules-extractor.js';
import { exportLabels } from '../../../src/export/export-labels.js';

const CHROMIUM = '/usr/bin/chromium';
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const repoRoot = resolve(fileURLToPath(new URL('../../../', import.meta.url)));
const OPENI_GOLD = resolve(repoRoot, '../shared/data/openi/gold-chestxray14.dev.csv');
const OPENI_REPORTS = resolve(repoRoot, '../shared/data/openi/reports.dev.csv');
const fx = (f: string) => join(repoRoot, 'test/fixtures/eval', f);
const hasChromium = existsSync(CHROMIUM);
if (!hasChromium && process.env.CI === 'true') throw new Error(`${CHROMIUM} is missing: install the Debian chromium package`);

/** The real OpenI dev run: the rules engine over the reports, exported as a CheXpert-style CSV. */
async function rulesPrediction(out: string): Promise<void> {
  const store = openSqliteStore(':memory:');
  await store.migrate();
  const ontology = loadOntology('chestxray14');
  const deid = { key: 'chromium-test-key-0123456789', mode: 'surrogate' as const, keepStudyUids: false };
  const summary = await runPipeline({ inputs: [OPENI_REPORTS], preset: 'openi', ontology, extractor: createRulesExtractor(), store, deid });
  await exportLabels(store, { format: 'chexpert-csv', ontology, out, deidKey: deid.key, reportIds: summary.reportIds });
  await store.close();
}

describe.skipIf(!hasChromium)('HTML report in headless Chromium', () => {
  const dirP = mkdtemp(join(tmpdir(), 'radlabel-eval-'));
  let shared: Browser;
  beforeAll(async () => {
    shared = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
  });
  afterAll(async () => {
    await shared?.close();
    await rm(await dirP, { recursive: true, force: true });
  });

  async function open(html: string, file: string) {
    await writeFile(file, html);
    const browser = await shared.newContext({ viewport: { width: 1280, height: 1000 } });
    const page = await browser.newPage();
    const problems: string[] = [];
    const requests: string[] = [];
    page.on('pageerror', (e) => problems.push(String(e)));
    page.on('console', (m) => m.type() === 'error' && problems.push(m.text()));
    page.on('request', (r) => requests.push(r.url()));
    await page.goto(pathToFileURL(file).href);
    return { browser, page, problems, requests };
  }

  it('renders the OpenI chestxray14 dev evaluation (or the fixtures) with visible charts; screenshot in test-output/', async () => {
    const dir = await dirP;
    const openi = existsSync(OPENI_GOLD) && existsSync(OPENI_REPORTS);
    const gold = openi ? OPENI_GOLD : fx('gold.csv');
    const pred = join(dir, 'pred-rules.csv');
    if (openi) await rulesPrediction(pred);
    const run = await evaluateLabelFiles({ gold, preds: openi ? [pred] : [fx('pred-a.csv')], iterations: 300 });
    const { browser, page, problems, requests } = await open(renderMetricsReport(evaluationDocument(run), 'html'), join(dir, 'report.html'));
    try {
      const chart = page.locator('svg.chart').first();
      await expect(chart.isVisible()).resolves.toBe(true);
      const box = await chart.boundingBox();
      expect(box!.width).toBeGreaterThan(300);
      const labels = run.predictions[0]!.evaluation.labels.filter((l) => l.role !== 'no-gold-positives').length;
      expect(await page.locator('svg.chart rect.bar').count()).toBe(labels + 1);
      expect(await page.locator('svg.chart g.ci').count()).toBeGreaterThan(0);
      expect(await page.locator('svg.confusion').count()).toBe(run.predictions[0]!.evaluation.labels.length);
      expect(await page.locator('table tbody tr').count()).toBeGreaterThan(labels);
      expect(problems).toEqual([]);
      expect(requests.every((u) => u.startsWith('file:'))).toBe(true);
      await mkdir(join(repoRoot, 'test-output'), { recursive: true });
      await page.screenshot({ path: join(repoRoot, 'test-output/eval-report.png') });
      expect(existsSync(join(repoRoot, 'test-output/eval-report.png'))).toBe(true);
    } finally {
      await browser.close();
    }
  });

  it('shows the comparison and an error browser whose filters work and whose texts stay inert', async () => {
    const dir = await dirP;
    const run = await evaluateLabelFiles({ gold: fx('gold.csv'), preds: [fx('pred-a.csv'), fx('pred-b.jsonl')], iterations: 200 });
    const { browser, page, problems } = await open(renderMetricsReport(evaluationDocument(run), 'html'), join(dir, 'compare.html'));
    try {
      await expect(page.locator('.verdict').textContent()).resolves.toContain('pred-b.jsonl vs pred-a.csv');
      expect(await page.locator('figure[id^="chart-delta"] rect.bar').count()).toBe(4);
      expect(await page.locator('.rec').count()).toBe(9);
      await page.selectOption('select[name="type"]', 'missed');
      expect(await page.locator('.rec').count()).toBe(2);
      await page.selectOption('select[name="run"]', 'pred-b.jsonl');
      expect(await page.locator('.rec').count()).toBe(1);
      await expect(page.locator('.rec mark.evidence').count()).resolves.toBe(0);
      await page.selectOption('select[name="type"]', '');
      await page.selectOption('select[name="run"]', 'pred-a.csv');
      await page.selectOption('select[name="label"]', 'Edema');
      expect(await page.locator('.rec').count()).toBe(1);
      // the r6 text carries a script tag: it must show as text and never run
      await page.selectOption('select[name="label"]', 'No Finding');
      await page.selectOption('select[name="run"]', 'pred-b.jsonl');
      await expect(page.locator('.rec .text').textContent()).resolves.toContain('<script>window.__pwned=1</script>');
      expect(await page.evaluate('typeof window.__pwned')).toBe('undefined');
      expect(problems).toEqual([]);
      await mkdir(join(repoRoot, 'test-output'), { recursive: true });
      await page.screenshot({ path: join(repoRoot, 'test-output/eval-compare.png'), fullPage: true });
    } finally {
      await browser.close();
    }
  });
});
