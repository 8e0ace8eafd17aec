import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { syntheticOruFeed } from '../../src/bench/synthetic-reports.js';
import { runPipeline } from '../../src/pipeline/run-pipeline.js';
import { openSqliteStore } from '../../src/store/sqlite/sqlite-store.js';
import { loadOntology } from '../../src/ontology/load-ontology.js';
import { createRulesExtractor } from '../../src/extract/rules/rules-extractor.js';
import { RadlabelError } from '../../src/errors/index.js';
import type { Extractor } from '../../src/extract/extractor.js';
import type { LabelStore } from '../../src/store/label-store.js';

// The one-thread pipeline checks "already labelled?" once per window of units (one store read)
// instead of once per report. These cases pin down that a re-delivery, a resumed run and a report
// whose extraction fails are recorded exactly as per-report checks recorded them.

const deid = { key: 'resume-window-key-0123456789', mode: 'surrogate' as const, keepStudyUids: false };
const ontology = loadOntology('chexpert');
const messages = syntheticOruFeed(8).split('\n');

/** A feed file of the synthetic messages at these 1-based positions, in this order. */
function feed(positions: number[]): string {
  const dir = mkdtempSync(join(tmpdir(), 'radlabel-resume-'));
  const file = join(dir, 'feed.hl7');
  writeFileSync(file, positions.map((i) => messages[i - 1]!).join('\n'));
  return file;
}

/**
 * The rules extractor, counting its calls and failing for the given synthetic message numbers;
 * before extracting, it asks the store itself whether the version is labelled: a report the
 * window's check let through must still be unlabelled when its own turn comes.
 */
function spyExtractor(store: LabelStore, failFor: ReadonlySet<number> = new Set()) {
  const rules = createRulesExtractor();
  const calls: string[] = [];
  const labelledAtTurn: string[] = [];
  const extractor: Extractor = {
    name: rules.name,
    version: rules.version,
    async extract(report, o) {
      calls.push(report.versionKey);
      if (await store.hasVersion(report.reportId, report.versionKey, o.id)) labelledAtTurn.push(report.versionKey);
      if (failFor.has(Number(report.versionKey.replace(/\D/g, '')))) throw new RadlabelError('EXTRACT_FAILED', 'test failure');
      return rules.extract(report, o);
    },
  };
  return { extractor, calls, labelledAtTurn };
}

async function freshStore(): Promise<LabelStore> {
  const store = openSqliteStore(':memory:');
  await store.migrate();
  return store;
}

describe('resume checks per window (one thread)', () => {
  it('skips a re-delivery stored by an earlier batch of the same run, and lets one still buffered through to the store\'s duplicate check', async () => {
    const store = await freshStore();
    const spy = spyExtractor(store);
    // Batches of 3: 1-3 and 4-6 are written before the second 2 and 6 arrive; the second 7 comes
    // while the first is still buffered.
    const s = await runPipeline({ inputs: [feed([1, 2, 3, 4, 5, 6, 2, 6, 7, 7])], ontology, extractor: spy.extractor, store, deid, batchSize: 3 });
    expect(spy.calls).toEqual(['MSG0000001', 'MSG0000002', 'MSG0000003', 'MSG0000004', 'MSG0000005', 'MSG0000006', 'MSG0000007', 'MSG0000007']);
    expect(spy.labelledAtTurn).toEqual([]);
    expect(s).toMatchObject({ read: 10, labelled: 7, alreadyLabelled: 3 });
    expect(s.reportIds).toHaveLength(7);
    expect((await store.counts()).labels).toBe(7);
    await store.close();
  });

  it('resumes: only versions not yet labelled are extracted; a failed one stays retriable and is cleared by its later success', async () => {
    const store = await freshStore();
    const first = spyExtractor(store, new Set([3, 5]));
    const s1 = await runPipeline({ inputs: [feed([1, 2, 3, 4, 5])], ontology, extractor: first.extractor, store, deid, batchSize: 2 });
    expect(s1).toMatchObject({ read: 5, labelled: 3, failed: { EXTRACT_FAILED: 2 } });
    expect((await store.listFailures()).map((f) => f.versionKey).sort()).toEqual(['MSG0000003', 'MSG0000005']);

    // A re-delivered labelled version whose extraction would now fail is not extracted at all.
    const second = spyExtractor(store, new Set([1, 2]));
    const s2 = await runPipeline({ inputs: [feed([1, 2, 3, 4, 5, 6])], ontology, extractor: second.extractor, store, deid, batchSize: 2 });
    expect(second.calls).toEqual(['MSG0000003', 'MSG0000005', 'MSG0000006']);
    expect(second.labelledAtTurn).toEqual([]);
    expect(s2).toMatchObject({ read: 6, labelled: 3, alreadyLabelled: 3, failed: {} });
    expect(await store.listFailures()).toEqual([]);

    // Without resume every version is extracted again, and the store finds them all labelled.
    const third = spyExtractor(store);
    const s3 = await runPipeline({ inputs: [feed([1, 2, 3, 4, 5, 6])], ontology, extractor: third.extractor, store, deid, batchSize: 2, resume: false });
    expect(third.calls).toHaveLength(6);
    expect(s3).toMatchObject({ labelled: 0, alreadyLabelled: 6 });
    await store.close();
  });

  it('reads the store once per window, not once per report', async () => {
    const store = await freshStore();
    let single = 0;
    const windows: number[] = [];
    const counting: LabelStore = Object.create(store) as LabelStore;
    counting.hasVersion = async (...a) => (single++, store.hasVersion(...a));
    counting.hasVersions = async (v, o) => (windows.push(v.length), store.hasVersions(v, o));
    const s = await runPipeline({ inputs: [feed([1, 2, 3, 4, 5, 6, 7, 8])], ontology, extractor: createRulesExtractor(), store: counting, deid, batchSize: 3 });
    expect(s.labelled).toBe(8);
    expect(single).toBe(0);
    expect(windows).toEqual([3, 3, 2]);
    await store.close();
  });
});
