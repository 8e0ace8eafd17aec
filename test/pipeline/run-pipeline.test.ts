import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { runPipeline } from '../../src/pipeline/run-pipeline.js';
import { openSqliteStore } from '../../src/store/sqlite/sqlite-store.js';
import { loadOntology } from '../../src/ontology/load-ontology.js';
import { createRulesExtractor } from '../../src/extract/rules/rules-extractor.js';
import type { LabelStore, StoredLabels } from '../../src/store/label-store.js';
import { repoPath } from '../../src/util/paths.js';

const deid = { key: 'test-key-0123456789abcdef', mode: 'surrogate' as const, keepStudyUids: false };
const ontology = loadOntology('chexpert');
const extractor = createRulesExtractor();

async function run(inputs: string[], store: LabelStore) {
  return runPipeline({ inputs, ontology, extractor, store, deid });
}

async function current(store: LabelStore): Promise<StoredLabels[]> {
  const out: StoredLabels[] = [];
  for await (const s of store.currentLabels('chexpert')) out.push(s);
  return out;
}

describe('runPipeline', () => {
  it('quarantines every bad input with its file and reason, and labels the rest', async () => {
    const store = openSqliteStore(':memory:');
    await store.migrate();
    const s = await run([repoPath('test/fixtures/bad')], store);
    expect(s.quarantined).toMatchObject({
      HL7_TRUNCATED: 1,
      HL7_NO_MSH: 1,
      INGEST_ENCODING: 2,
      HL7_NO_TEXT: 1,
      CSV_PARSE: 1,
      FHIR_WRONG_TYPE: 1,
    });
    expect(s.labelled).toBe(3); // good.hl7, ok-1, ok-3
    const q = await store.listQuarantine();
    expect(q).toHaveLength(7);
    for (const row of q) {
      expect(row.locator.file).toMatch(/test\/fixtures\/bad\//);
      expect(row.reason.length).toBeGreaterThan(5);
    }
    const csvRow = q.find((r) => r.code === 'CSV_PARSE');
    expect(csvRow?.locator.row).toBe(2);
    // Reasons never quote report text.
    for (const row of q) expect(row.reason).not.toMatch(/effusion|Cardiomegaly|pneumothorax/i);
    await store.close();
  });

  it('is idempotent: a second run of the same feeds writes nothing new', async () => {
    const store = openSqliteStore(':memory:');
    await store.migrate();
    const first = await run(['hl7', 'fhir', 'csv'].map((d) => repoPath('samples', d)), store);
    expect(first.labelled).toBeGreaterThanOrEqual(15);
    expect(first.skipped).toMatchObject({ 'not-a-report': 1, 'not-radiology': 1 });
    const before = (await current(store)).length;
    const second = await run(['hl7', 'fhir', 'csv'].map((d) => repoPath('samples', d)), store);
    expect(second.labelled).toBe(0);
    expect(second.alreadyLabelled).toBe(first.labelled + first.stale);
    expect((await current(store)).length).toBe(before);
    await store.close();
  });

  it('lets a corrected report supersede the preliminary one and keeps the history', async () => {
    const store = openSqliteStore(':memory:');
    await store.migrate();
    const s = await run([join(repoPath('samples'), 'hl7', 'ct-chest-prelim-then-corrected.hl7')], store);
    expect(s.labelled).toBe(2);
    expect(s.superseded).toBe(1);
    const [cur] = await current(store);
    expect(cur).toBeDefined();
    expect(cur!.labels.labels['Pneumothorax']?.value).toBe('positive');
    const history = await store.history(cur!.reportId, 'chexpert');
    expect(history).toHaveLength(2);
    expect(history[0]!.labels.labels['Pneumothorax']?.value).not.toBe('positive');
    await store.close();
  });

  it('stores only de-identified text and pseudonymous ids', async () => {
    const store = openSqliteStore(':memory:');
    await store.migrate();
    await run(['hl7', 'fhir', 'csv'].map((d) => repoPath('samples', d)), store);
    const rows = await current(store);
    const all = JSON.stringify(rows);
    for (const phi of ['HARLOWE', 'Harlowe', 'Marguerite', 'Quillfeather', 'Branscombe', 'MRN55101', '04/12/1956', '(217)555-0134', 'Whitcombe', '217-555-0199', 'ACC1001', 'Castellano']) {
      expect(all).not.toContain(phi);
    }
    expect(rows.some((r) => r.reportId === 'arch-001')).toBe(true);
    expect(rows.filter((r) => r.reportId.startsWith('acc-')).length).toBeGreaterThanOrEqual(9);
    await store.close();
  });
});
