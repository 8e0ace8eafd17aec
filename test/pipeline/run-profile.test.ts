import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { syntheticOruFeed } from '../../src/bench/synthetic-reports.js';
import { runPipeline } from '../../src/pipeline/run-pipeline.js';
import { openSqliteStore } from '../../src/store/sqlite/sqlite-store.js';
import { loadOntology } from '../../src/ontology/load-ontology.js';
import { createRulesExtractor } from '../../src/extract/rules/rules-extractor.js';
import { emptyProfile, idleMachineFloorMs, type PipelineProfile } from '../../src/pipeline/parallel/thread-profile.js';
import { formatThreadReport } from '../../src/bench/thread-report.js';

const deid = { key: 'profile-test-key-0123456789', mode: 'surrogate' as const, keepStudyUids: false };
const sum = (r: Record<string, number>) => Object.values(r).reduce((a, b) => a + b, 0);

async function profiled(workers: number, messages: number): Promise<{ profile: PipelineProfile; read: number }> {
  const dir = mkdtempSync(join(tmpdir(), 'radlabel-profile-'));
  const feed = join(dir, 'feed.hl7');
  writeFileSync(feed, syntheticOruFeed(messages));
  const store = openSqliteStore(join(dir, 'p.db'));
  await store.migrate();
  const profile = emptyProfile();
  const summary = await runPipeline({ inputs: [feed], ontology: loadOntology('chexpert'), extractor: createRulesExtractor(), store, deid, workers, profile });
  await store.close();
  return { profile, read: summary.read };
}

describe('pipeline CPU profile (radlabel bench)', () => {
  it('splits one thread\'s time into read, de-identify, extract and store, within the thread\'s total', async () => {
    const { profile: p, read } = await profiled(1, 40);
    expect(p.workers).toEqual([]);
    expect(p.main.units).toBe(read);
    for (const phase of ['read', 'deidentify', 'extract', 'store']) expect(p.main.phases[phase], phase).toBeGreaterThan(0);
    expect(sum(p.main.phases)).toBeLessThanOrEqual(p.main.totalMs + 1);
    expect(p.processCpuMs).toBeGreaterThanOrEqual(p.main.totalMs * 0.9);
  });

  it('accounts every unit to a labelling thread, with its stages, and the main thread\'s dispatch / receive / store', async () => {
    const { profile: p, read } = await profiled(2, 120);
    expect(p.workers).toHaveLength(2);
    expect(p.workers.reduce((a, w) => a + w.units, 0)).toBe(read);
    for (const w of p.workers) {
      // The thread CPU clock (schedstat) advances at scheduler granularity, so one short phase can
      // read 0: every phase is recorded, and the stages together took time.
      for (const phase of ['parse', 'deidentify', 'extract']) expect(w.phases[phase], phase).toBeGreaterThanOrEqual(0);
      expect((w.phases.parse ?? 0) + (w.phases.deidentify ?? 0) + (w.phases.extract ?? 0)).toBeGreaterThan(0);
      const { send = 0, ...stages } = w.phases;
      expect(send).toBeGreaterThanOrEqual(0);
      expect(sum(stages)).toBeLessThanOrEqual(w.totalMs + 1);
    }
    for (const phase of ['dispatch', 'receive', 'store']) expect(p.main.phases[phase], phase).toBeGreaterThanOrEqual(0);
    expect((p.main.phases.dispatch ?? 0) + (p.main.phases.receive ?? 0) + (p.main.phases.store ?? 0)).toBeGreaterThan(0);
    expect(p.main.phases.deidentify ?? 0).toBe(0);
    const text = formatThreadReport(p, 2);
    expect(text).toMatch(/thread 1 .*\(\d+ units\): parse/);
    expect(text).toMatch(/thread 2 /);
    expect(text).toMatch(/idle-machine floor on 2 cores/);
  }, 60_000);
});

describe('idle-machine floor', () => {
  const profile = (main: number, workers: number[], process: number): PipelineProfile => ({
    clock: 'thread-cpu',
    main: { phases: {}, totalMs: main, units: 0 },
    workers: workers.map((w) => ({ phases: {}, totalMs: w, units: 1 })),
    processCpuMs: process,
  });
  it('is the busiest thread when the CPU time fits on the cores, else all CPU time over the cores', () => {
    expect(idleMachineFloorMs(profile(1000, [], 1200), 2)).toBe(1000);
    expect(idleMachineFloorMs(profile(100, [900, 700], 1900), 2)).toBe(950);
    expect(idleMachineFloorMs(profile(100, [900, 400], 1500), 2)).toBe(900);
    expect(idleMachineFloorMs(profile(100, [900, 400], 1500), 1)).toBe(1500);
    expect(idleMachineFloorMs(profile(600, [300, 300], 1200), 4)).toBe(600);
  });
});
