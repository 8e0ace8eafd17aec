import { afterEach, describe, expect, it } from 'vitest';
import type { LabelStore, StoredLabels } from '../../src/store/label-store.js';
import { isRadlabelError } from '../../src/errors/index.js';
import type { Migration } from '../../src/store/migrations/index.js';
import { labelled } from './fixtures.js';

export interface ContractOptions {
  /**
   * Two store instances on ONE database (two connections / pools), for the concurrency test.
   * Without it the test runs both writes through one instance.
   */
  makePair?: () => Promise<[LabelStore, LabelStore]>;
  /** A store on a fresh database that will run the given migrations, for the failing-migration test. */
  makeWithMigrations?: (migrations: readonly Migration[]) => Promise<LabelStore>;
}

async function collect(it: AsyncIterable<StoredLabels>): Promise<StoredLabels[]> {
  const out: StoredLabels[] = [];
  for await (const x of it) out.push(x);
  return out;
}

/**
 * The behaviour every {@link LabelStore} must have. Each adapter's test file calls this with a
 * factory that returns a fresh, empty store per call, opened with a `currentLabels` page size of 7
 * so paging is exercised with few rows.
 */
export function runStoreContract(name: string, makeStore: () => Promise<LabelStore>, opts: ContractOptions = {}): void {
  describe(`LabelStore contract: ${name}`, () => {
    const open: LabelStore[] = [];
    const fresh = async (): Promise<LabelStore> => {
      const s = await makeStore();
      open.push(s);
      return s;
    };
    afterEach(async () => {
      await Promise.all(open.splice(0).map((s) => s.close()));
    });

    it('migrates twice without error and starts empty', async () => {
      const s = await fresh();
      await s.migrate();
      await s.migrate();
      expect(await s.counts()).toEqual({ reports: 0, labels: 0, currentLabels: 0, quarantine: 0, failures: 0, cache: 0 });
    });

    it('inserts a labelled report and reads it back', async () => {
      const s = await fresh();
      const item = labelled('R1');
      expect(await s.saveLabelled([item])).toEqual(['inserted']);
      expect(await s.hasVersion('R1', 'v1', 'chest-xr')).toBe(true);
      expect(await s.hasVersion('R1', 'v2', 'chest-xr')).toBe(false);
      expect(await s.hasVersion('R1', 'v1', 'other')).toBe(false);
      expect(await s.hasVersions([['R1', 'v2'], ['R1', 'v1'], ['R2', 'v1'], ['R1', 'v1']], 'chest-xr')).toEqual([false, true, false, true]);
      expect(await s.hasVersions([['R1', 'v1']], 'other')).toEqual([false]);
      expect(await s.hasVersions([], 'chest-xr')).toEqual([]);
      const [got] = await collect(s.currentLabels('chest-xr'));
      expect(got).toMatchObject({ reportId: 'R1', versionKey: 'v1', ontologyId: 'chest-xr', isCurrent: true });
      expect(got?.labels).toEqual(item.labels);
      expect(got?.report).toEqual({
        reportId: 'R1',
        source: item.report.source,
        accession: 'ACC-R1',
        modality: 'CR',
        bodyPart: 'CHEST',
        status: 'final',
        text: item.report.text,
        guard: item.report.guard,
        // The de-identified study UID: the focus of FHIR write-back Observations.
        studyInstanceUid: item.report.studyInstanceUid,
        // The de-identified (shifted) exam date: GET /v1/labels filters on it.
        ...(item.report.examDateTime ? { examDateTime: item.report.examDateTime } : {}),
      });
      // When the version was stored: GET /v1/labels filters on it.
      expect(Date.parse(got!.receivedAt!)).toBeGreaterThan(Date.now() - 60_000);
    });

    it('writes nothing when the same version is delivered again', async () => {
      const s = await fresh();
      await s.saveLabelled([labelled('R1')]);
      const before = await s.counts();
      expect(await s.saveLabelled([labelled('R1')])).toEqual(['duplicate']);
      expect(await s.counts()).toEqual(before);
      expect(await s.history('R1', 'chest-xr')).toHaveLength(1);
    });

    it('lets a corrected version supersede and keeps both in history', async () => {
      const s = await fresh();
      await s.saveLabelled([labelled('R1', { versionKey: 'v1', status: 'final' })]);
      const out = await s.saveLabelled([labelled('R1', { versionKey: 'v2', status: 'corrected' }, { value: 'negative' })]);
      expect(out).toEqual(['superseded']);
      const current = await collect(s.currentLabels('chest-xr'));
      expect(current.map((c) => [c.versionKey, c.labels.labels.pneumonia?.value])).toEqual([['v2', 'negative']]);
      const hist = await s.history('R1', 'chest-xr');
      expect(hist.map((h) => [h.versionKey, h.isCurrent, h.report.status])).toEqual([
        ['v1', false, 'final'],
        ['v2', true, 'corrected'],
      ]);
      expect(await s.counts()).toMatchObject({ reports: 2, labels: 2, currentLabels: 1 });
    });

    it('supersedes by arrival order when status and report time do not decide', async () => {
      const s = await fresh();
      await s.saveLabelled([labelled('R1', { versionKey: 'a', status: 'unknown' })]);
      expect(await s.saveLabelled([labelled('R1', { versionKey: 'b', status: 'unknown' })])).toEqual(['superseded']);
      expect((await collect(s.currentLabels('chest-xr')))[0]?.versionKey).toBe('b');
    });

    it('keeps an older version that arrives late as stale history', async () => {
      const s = await fresh();
      await s.saveLabelled([labelled('R1', { versionKey: 'v2', status: 'corrected' })]);
      expect(await s.saveLabelled([labelled('R1', { versionKey: 'v1', status: 'final' })])).toEqual(['stale']);
      await s.saveLabelled([labelled('R2', { versionKey: 'b', reportDateTime: '2024-03-02T09:00:00Z' })]);
      expect(await s.saveLabelled([labelled('R2', { versionKey: 'a', reportDateTime: '2024-03-01T09:00:00Z' })])).toEqual(['stale']);
      const current = await collect(s.currentLabels('chest-xr'));
      expect(current.map((c) => [c.reportId, c.versionKey])).toEqual([
        ['R1', 'v2'],
        ['R2', 'b'],
      ]);
      expect((await s.history('R1', 'chest-xr')).map((h) => [h.versionKey, h.isCurrent])).toEqual([
        ['v1', false],
        ['v2', true],
      ]);
      expect((await s.history('R2', 'chest-xr')).map((h) => [h.versionKey, h.isCurrent])).toEqual([
        ['a', false],
        ['b', true],
      ]);
    });

    it('makes a cancelled version current and lets exports skip it', async () => {
      const s = await fresh();
      await s.saveLabelled([labelled('R1'), labelled('R2')]);
      expect(await s.saveLabelled([labelled('R1', { versionKey: 'v2', status: 'cancelled' })])).toEqual(['superseded']);
      expect((await collect(s.currentLabels('chest-xr'))).map((c) => [c.reportId, c.report.status])).toEqual([
        ['R1', 'cancelled'],
        ['R2', 'final'],
      ]);
      expect((await collect(s.currentLabels('chest-xr', { excludeCancelled: true }))).map((c) => c.reportId)).toEqual(['R2']);
    });

    it('keeps two ontologies of the same report independent', async () => {
      const s = await fresh();
      expect(await s.saveLabelled([labelled('R1', {}, { ontologyId: 'A' }), labelled('R1', {}, { ontologyId: 'B' })])).toEqual([
        'inserted',
        'inserted',
      ]);
      expect(await s.saveLabelled([labelled('R1', { versionKey: 'v2', status: 'corrected' }, { ontologyId: 'A' })])).toEqual([
        'superseded',
      ]);
      expect((await collect(s.currentLabels('A')))[0]?.versionKey).toBe('v2');
      expect((await collect(s.currentLabels('B')))[0]?.versionKey).toBe('v1');
      expect(await s.hasVersion('R1', 'v2', 'B')).toBe(false);
      expect(await s.counts()).toMatchObject({ reports: 2, labels: 3, currentLabels: 2 });
    });

    it('quarantines raw input with reason and time, and lists without the raw', async () => {
      const s = await fresh();
      const t0 = Date.now();
      await s.quarantine([
        { code: 'HL7_NO_MSH', reason: 'no MSH segment', locator: { file: 'a.hl7', row: 3, messageId: 'M3' }, format: 'hl7v2', raw: 'PID|1||X' },
        { code: 'CSV_PARSE', reason: 'broken quote', locator: { file: 'b.csv', row: 7 }, raw: 'a,"b' },
      ]);
      const list = await s.listQuarantine();
      expect(list).toHaveLength(2);
      expect(list[0]).toMatchObject({ code: 'HL7_NO_MSH', reason: 'no MSH segment', locator: { file: 'a.hl7', row: 3, messageId: 'M3' }, format: 'hl7v2' });
      expect(list[1]).toMatchObject({ code: 'CSV_PARSE', locator: { file: 'b.csv', row: 7 } });
      expect(list[0]).not.toHaveProperty('raw');
      expect(list[1]).not.toHaveProperty('format');
      expect(Date.parse(list[0]!.at)).toBeGreaterThanOrEqual(t0 - 1000);
      expect(list[1]!.id).toBeGreaterThan(list[0]!.id);
      expect(await s.listQuarantine({ limit: 1 })).toHaveLength(1);
      expect(await s.counts()).toMatchObject({ quarantine: 2 });
    });

    it('keeps one quarantined unit per input however often it is quarantined, with its count and last run', async () => {
      const s = await fresh();
      const bad = { code: 'HL7_NO_MSH', reason: 'no MSH segment', locator: { file: 'a.hl7', messageId: 'M3' }, format: 'hl7v2', raw: 'PID|1||X' };
      await s.quarantine([bad]);
      await s.quarantine([{ ...bad, code: 'HL7_TRUNCATED', reason: 'cut short' }], 'r-20260101-000000-0001');
      const [only, ...rest] = await s.listQuarantine();
      expect(rest).toEqual([]);
      expect(only).toMatchObject({ code: 'HL7_TRUNCATED', reason: 'cut short', count: 2, lastRun: 'r-20260101-000000-0001', locator: { file: 'a.hl7', messageId: 'M3' } });
      expect(await s.counts()).toMatchObject({ quarantine: 1 });
    });

    it('stores inputs with NUL characters or broken surrogates (PostgreSQL substitutes U+FFFD) instead of losing them', async () => {
      const s = await fresh();
      await s.quarantine([{ code: 'INGEST_ENCODING', reason: 'bad bytes', locator: { file: 'x.bin' }, raw: 'MSH|\u0000\ud800|end' }]);
      expect(await s.listQuarantine()).toHaveLength(1);
      // Substitutes differ (PostgreSQL: one U+FFFD; SQLite reads a stored lone surrogate back as three).
      const clean = (t: string | undefined): string | undefined => t?.replace(/(?:\u0000|\uFFFD|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff])+/g, '\uFFFD');
      const text = 'FINDINGS: No effusion.\u0000 Back\\u0000slash \udc00 and \ud83d\ude00 kept.';
      const sentence = 'No \u0000 effusion \ud800.';
      const item = labelled('R1', { text });
      item.labels.labels.pneumonia!.evidence[0]!.sentence.text = sentence;
      expect(await s.saveLabelled([item])).toEqual(['inserted']);
      const [got] = await collect(s.currentLabels('chest-xr'));
      expect(clean(got?.report.text)).toBe(clean(text));
      expect(got?.report.text).toContain('\ud83d\ude00 kept');
      expect(clean(got?.labels.labels.pneumonia?.evidence[0]?.sentence.text)).toBe(clean(sentence));
    });

    it('records extraction failures and clears them on a later success', async () => {
      const s = await fresh();
      await s.recordFailures([
        { reportId: 'R1', versionKey: 'v1', ontologyId: 'chest-xr', code: 'LLM_TIMEOUT', reason: 'timed out' },
        { reportId: 'R2', versionKey: 'v1', ontologyId: 'other', code: 'LLM_SERVER', reason: '503', at: '2024-01-01T00:00:00.000Z' },
      ]);
      await s.recordFailures([{ reportId: 'R1', versionKey: 'v1', ontologyId: 'chest-xr', code: 'LLM_RATE_LIMIT', reason: 'again' }]);
      const all = await s.listFailures();
      expect(all.map((f) => [f.reportId, f.code])).toEqual([
        ['R2', 'LLM_SERVER'],
        ['R1', 'LLM_RATE_LIMIT'],
      ]);
      expect(all[0]?.at).toBe('2024-01-01T00:00:00.000Z');
      expect((await s.listFailures('chest-xr')).map((f) => f.reportId)).toEqual(['R1']);
      await s.saveLabelled([labelled('R1')]);
      expect((await s.listFailures()).map((f) => f.reportId)).toEqual(['R2']);
    });

    it('gets and puts cache entries', async () => {
      const s = await fresh();
      expect(await s.cacheGet('k')).toBeUndefined();
      await s.cachePut('k', '{"a":1}');
      expect(await s.cacheGet('k')).toBe('{"a":1}');
      await s.cachePut('k', '{"a":2}');
      expect(await s.cacheGet('k')).toBe('{"a":2}');
      expect(await s.counts()).toMatchObject({ cache: 1 });
    });

    it('streams current labels ordered by report id across pages', async () => {
      const s = await fresh();
      // Factories open stores with a page size of 7, so 61 rows span several pages and a partial one.
      const ids = Array.from({ length: 61 }, (_, i) => `R${String((i * 37) % 61).padStart(3, '0')}`);
      await s.saveLabelled(ids.slice(0, 30).map((id) => labelled(id)));
      await s.saveLabelled(ids.slice(30).map((id) => labelled(id)));
      const got = (await collect(s.currentLabels('chest-xr'))).map((c) => c.reportId);
      expect(got).toEqual([...ids].sort());
      expect(await collect(s.currentLabels('unknown-ontology'))).toEqual([]);
    });

    it('handles a batch with a duplicate and two versions inside it', async () => {
      const s = await fresh();
      await s.saveLabelled([labelled('R0')]);
      const out = await s.saveLabelled([
        labelled('R1'),
        labelled('R0'),
        labelled('R1'),
        labelled('R1', { versionKey: 'v2', status: 'corrected' }),
        labelled('R2', { versionKey: 'v2', status: 'corrected' }),
        labelled('R2', { versionKey: 'v1', status: 'final' }),
      ]);
      expect(out).toEqual(['inserted', 'duplicate', 'duplicate', 'superseded', 'inserted', 'stale']);
      expect(await s.counts()).toMatchObject({ reports: 5, labels: 5, currentLabels: 3 });
      expect((await collect(s.currentLabels('chest-xr'))).map((c) => [c.reportId, c.versionKey])).toEqual([
        ['R0', 'v1'],
        ['R1', 'v2'],
        ['R2', 'v2'],
      ]);
    });

    it('rejects labels saved with a different report and writes nothing of the batch', async () => {
      const s = await fresh();
      const bad = { report: labelled('R1').report, labels: labelled('R9').labels };
      const err = await s.saveLabelled([labelled('R0'), bad]).catch((e: unknown) => e);
      expect(isRadlabelError(err, 'STORE_WRITE')).toBe(true);
      expect(await s.counts()).toMatchObject({ reports: 0, labels: 0 });
    });

    it('stores exactly one row when two instances save the same version concurrently', async () => {
      const [a, b] = opts.makePair ? await opts.makePair() : await fresh().then((s) => [s, s] as const);
      if (a !== b) open.push(a, b);
      const batch = () => Array.from({ length: 50 }, (_, i) => labelled(`C${i}`));
      const [ra, rb] = await Promise.all([a.saveLabelled(batch()), b.saveLabelled(batch())]);
      ra.forEach((o, i) => {
        expect([o, rb[i]].sort()).toEqual(['duplicate', 'inserted']);
      });
      expect(await a.counts()).toMatchObject({ reports: 50, labels: 50, currentLabels: 50 });
      const [va, vb] = await Promise.all([
        a.saveLabelled([labelled('C0', { versionKey: 'v2', status: 'corrected' })]),
        b.saveLabelled([labelled('C0', { versionKey: 'v2', status: 'corrected' })]),
      ]);
      expect([...va, ...vb].sort()).toEqual(['duplicate', 'superseded']);
      expect(await b.counts()).toMatchObject({ reports: 51, labels: 51, currentLabels: 50 });
    });

    it.runIf(opts.makeWithMigrations !== undefined)('fails a broken migration with STORE_MIGRATION naming it', async () => {
      const broken: Migration = { id: 1, name: 'broken', sqlite: 'CREATE TABLE t1 (a INTEGER); CREATE TABLEX nope;', postgres: 'CREATE TABLE t1 (a INTEGER); CREATE TABLEX nope;' };
      const s = await opts.makeWithMigrations!([broken]);
      open.push(s);
      const err = await s.migrate().catch((e: unknown) => e);
      expect(isRadlabelError(err, 'STORE_MIGRATION')).toBe(true);
      expect((err as Error).message).toContain('migration 1 (broken)');
    });
  });
}
