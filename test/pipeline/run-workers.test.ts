import { describe, expect, it } from 'vitest';
import { copyFileSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { syntheticOruFeed } from '../../src/bench/synthetic-reports.js';
import { runPipeline } from '../../src/pipeline/run-pipeline.js';
import { openSqliteStore } from '../../src/store/sqlite/sqlite-store.js';
import { loadOntology } from '../../src/ontology/load-ontology.js';
import { createRulesExtractor } from '../../src/extract/rules/rules-extractor.js';
import { exportLabels } from '../../src/export/export-labels.js';
import { repoPath } from '../../src/util/paths.js';
import { readFile } from 'node:fs/promises';

const deid = { key: 'workers-test-key-0123456789', mode: 'surrogate' as const, keepStudyUids: false };

/** A folder mixing every input kind: a generated HL7 batch, bad inputs, the samples' HL7 / FHIR / CSV. */
function mixedInputs(): string {
  const dir = mkdtempSync(join(tmpdir(), 'radlabel-workers-'));
  const inputs = join(dir, 'in');
  mkdirSync(inputs);
  writeFileSync(join(inputs, 'a-feed.hl7'), syntheticOruFeed(150));
  for (const f of ['garbage.hl7', 'no-msh.hl7', 'truncated.hl7', 'empty-obx.hl7', 'wrong-type.json', 'broken-quote.csv'])
    copyFileSync(repoPath('test/fixtures/bad', f), join(inputs, `b-${f}`));
  // A preliminary report then its correction: the correction must supersede, as in input order.
  copyFileSync(repoPath('samples/hl7/ct-chest-prelim-then-corrected.hl7'), join(inputs, 'c-corrected.hl7'));
  copyFileSync(repoPath('samples/hl7/order-only.hl7'), join(inputs, 'd-order.hl7'));
  copyFileSync(repoPath('samples/csv/archive.csv'), join(inputs, 'e-archive.csv'));
  return inputs;
}

async function label(inputs: string, workers: number, db: string) {
  const store = openSqliteStore(db);
  await store.migrate();
  const ontology = loadOntology('chexpert');
  const opts = { inputs: [inputs], ontology, extractor: createRulesExtractor(), store, deid, workers };
  const first = await runPipeline(opts);
  const again = await runPipeline(opts);
  const out = `${db}.jsonl`;
  await exportLabels(store, { format: 'jsonl', ontology, out, deidKey: deid.key, reportIds: first.reportIds });
  const rows = (await readFile(out, 'utf8'))
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as { id: string; text: string; labels: unknown });
  const quarantine = (await store.listQuarantine({ limit: 1000 })).map((q) => `${q.code} ${q.locator.file ?? ''} ${q.locator.row ?? ''} ${q.reason}`);
  const counts = await store.counts();
  await store.close();
  return { first, again, rows: rows.map((r) => ({ id: r.id, text: r.text, labels: r.labels })), quarantine, counts };
}

describe('run --workers', () => {
  it('gives the same labels, text, order, quarantine and idempotence with 2 threads as with 1', async () => {
    const inputs = mixedInputs();
    const one = await label(inputs, 1, join(inputs, '..', 'one.db'));
    const two = await label(inputs, 2, join(inputs, '..', 'two.db'));
    expect(one.first.labelled).toBeGreaterThan(150);
    expect(one.first.superseded).toBe(1);
    expect(Object.keys(one.first.quarantined).length).toBeGreaterThan(2);
    for (const k of ['read', 'labelled', 'superseded', 'stale', 'alreadyLabelled', 'skipped', 'quarantined', 'failed', 'files', 'reportIds'] as const)
      expect(two.first[k], k).toEqual(one.first[k]);
    expect(two.rows).toEqual(one.rows);
    expect(two.quarantine.sort()).toEqual(one.quarantine.sort());
    expect(two.counts).toEqual(one.counts);
    // Re-delivery: nothing new, with or without threads.
    expect(two.again.labelled).toBe(0);
    expect(two.again.alreadyLabelled).toBe(one.again.alreadyLabelled);
  }, 120_000);
});
