import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDeidStage } from '../../src/deid/deid-stage.js';
import { RadlabelError } from '../../src/errors/index.js';
import type { Extractor } from '../../src/extract/extractor.js';
import { createRulesExtractor } from '../../src/extract/rules/rules-extractor.js';
import { parseInput } from '../../src/ingest/parse-input.js';
import { inboxIdOf } from '../../src/service/ingest-service.js';
import { execLabelJob, PermanentJobError, RAW_REPORT_FORMAT, type LabelJobDeps } from '../../src/service/label-job.js';
import type { RawReport } from '../../src/domain/report.js';
import { embeddedRuntime, phiOru, type EmbeddedHarness } from './helpers.js';

describe('execLabelJob (the worker logic, without Redis)', () => {
  let h: EmbeddedHarness;
  let deps: LabelJobDeps;
  beforeAll(async () => {
    h = await embeddedRuntime();
    // No queue: these tests call the job themselves.
    await h.rt.queue?.close();
    h.rt.queue = undefined;
    deps = { svc: h.rt.svc, labels: h.rt.ctx.store, cipher: h.rt.cipher, deid: createDeidStage(h.rt.ctx.deid), extractor: createRulesExtractor(), ontology: h.rt.ctx.ontology };
  });
  afterAll(async () => h.close());

  const rawOf = (i: number): RawReport => {
    const item = [...parseInput('hl7', phiOru(i))][0]!;
    if (item.kind !== 'report') throw new Error('fixture');
    return item.report;
  };
  const accept = async (raw: RawReport, rawEnc = h.rt.cipher.encrypt(JSON.stringify(raw))) => {
    const id = inboxIdOf(raw, h.rt.ctx.deid.key);
    await h.rt.svc.putInbox([{ id, reportId: 'r', door: 'http', rawEnc }]);
    return id;
  };

  it('labels once and returns quietly when run again', async () => {
    const id = await accept(rawOf(1));
    expect(await execLabelJob({ inboxId: id }, deps)).toBe('labelled');
    expect(await execLabelJob({ inboxId: id }, deps)).toBe('gone');
    expect(await execLabelJob({ inboxId: 'in-unknown' }, deps)).toBe('gone');
    expect((await h.rt.ctx.store.counts()).labels).toBe(1);
  });

  it('retries a transient extraction failure (not permanent), then succeeds', async () => {
    const id = await accept(rawOf(2));
    let calls = 0;
    const flaky: Extractor = {
      name: 'flaky',
      version: '1',
      extract: (r, o) => {
        if (calls++ === 0) throw new RadlabelError('LLM_SERVER', 'provider answered 503', { retriable: true });
        return createRulesExtractor().extract(r, o);
      },
    };
    const err = await execLabelJob({ inboxId: id }, { ...deps, extractor: flaky }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(RadlabelError);
    expect(err).not.toBeInstanceOf(PermanentJobError);
    expect(await h.rt.svc.getInbox(id)).toMatchObject({ state: 'failed', code: 'LLM_SERVER' });
    expect(await execLabelJob({ inboxId: id }, { ...deps, extractor: flaky })).toBe('labelled');
  });

  it('fails permanently (no retry) on a row that does not decrypt', async () => {
    const id = await accept(rawOf(3), 'enc1:AAAA');
    await expect(execLabelJob({ inboxId: id }, deps)).rejects.toBeInstanceOf(PermanentJobError);
    expect(await h.rt.svc.getInbox(id)).toMatchObject({ state: 'failed', code: 'SERVICE_DECRYPT' });
  });

  it('quarantines a report whose de-identification fails, raw kept encrypted, and retry puts it back', async () => {
    const raw = rawOf(4);
    const id = await accept(raw);
    const failing = { name: 'deid', run: () => Promise.reject(new Error('boom')) };
    expect(await execLabelJob({ inboxId: id }, { ...deps, deid: failing })).toBe('quarantined');
    const [q] = await h.rt.ctx.store.listQuarantine();
    expect(q).toMatchObject({ code: 'DEID_FAILED', format: RAW_REPORT_FORMAT });
    const stored = await h.rt.svc.quarantineRaw(q!.id);
    expect(stored!.raw.startsWith('enc1:')).toBe(true);
    expect(stored!.raw).not.toContain(raw.text.slice(0, 20));
    expect(await h.rt.svc.getInbox(id)).toMatchObject({ state: 'quarantined', rawEnc: null });
  });
});
