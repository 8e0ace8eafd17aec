import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../src/service/http/build-app.js';
import { createDeidStage } from '../../src/deid/deid-stage.js';
import { createRulesExtractor } from '../../src/extract/rules/rules-extractor.js';
import { parseInput } from '../../src/ingest/parse-input.js';
import { inboxIdOf } from '../../src/service/ingest-service.js';
import { execLabelJob } from '../../src/service/label-job.js';
import { cli } from '../helpers/run-cli.js';
import { embeddedRuntime, phiOru, type EmbeddedHarness } from './helpers.js';

const HL7 = 'x-application/hl7-v2+er7';

/**
 * The service writes the one run-scoped quarantine (`quarantine_units`): what ingest and the
 * worker quarantine is listed by `radlabel quarantine`, and a retry that succeeds resolves it.
 */
describe('service quarantine in the one quarantine', () => {
  let h: EmbeddedHarness;
  let app: FastifyInstance;
  let admin: string;
  let db: string;
  beforeAll(async () => {
    h = await embeddedRuntime();
    await h.rt.queue?.close();
    h.rt.queue = undefined;
    app = await buildApp(h.rt);
    admin = await h.key('admin');
    db = join(h.dir, 'db.sqlite');
  });
  afterAll(async () => {
    await app.close();
    await h.close();
  });

  it('lists what HTTP ingest rejected in `radlabel quarantine`, without the raw input', async () => {
    const ingest = await h.key('ingest');
    const bad = phiOru(41).split('\r').filter((seg) => !seg.startsWith('OBR') && !seg.startsWith('OBX')).join('\r');
    const res = await app.inject({ method: 'POST', url: '/v1/reports', headers: { 'content-type': HL7, authorization: `Bearer ${ingest}` }, payload: bad });
    expect(res.statusCode).toBe(400);
    const r = await cli('quarantine', '--db', db, '--json');
    expect(r.code).toBe(0);
    const units = r.out.trim().split('\n').map((l) => JSON.parse(l) as { code: string; locator: { file?: string }; raw?: unknown });
    expect(units.find((u) => u.locator.file?.startsWith('http'))).toMatchObject({ code: expect.stringMatching(/^HL7_/) });
    expect(units.every((u) => u.raw === undefined)).toBe(true);
    expect(r.out).not.toContain('PID|');
  });

  it('a worker quarantine is listed too, and a retry that is accepted resolves it (still shown with --all)', async () => {
    const item = [...parseInput('hl7', phiOru(42))][0]!;
    if (item.kind !== 'report') throw new Error('fixture');
    const raw = item.report;
    const id = inboxIdOf(raw, h.rt.ctx.deid.key);
    await h.rt.svc.putInbox([{ id, reportId: 'r', door: 'http', rawEnc: h.rt.cipher.encrypt(JSON.stringify(raw)) }]);
    const deps = { svc: h.rt.svc, labels: h.rt.ctx.store, cipher: h.rt.cipher, deid: { name: 'deid', run: () => Promise.reject(new Error('boom')) }, extractor: createRulesExtractor(), ontology: h.rt.ctx.ontology };
    expect(await execLabelJob({ inboxId: id }, deps)).toBe('quarantined');
    const listed = await cli('quarantine', '--db', db, '--code', 'DEID_FAILED', '--json');
    const [unit] = listed.out.trim().split('\n').map((l) => JSON.parse(l) as { id: number; code: string });
    expect(unit).toMatchObject({ code: 'DEID_FAILED' });

    const retry = await app.inject({ method: 'POST', url: `/v1/quarantine/${unit!.id}/retry`, headers: { authorization: `Bearer ${admin}` } });
    expect(retry.statusCode).toBe(202);
    expect(await execLabelJob({ inboxId: id }, { ...deps, deid: createDeidStage(h.rt.ctx.deid) })).toBe('labelled');
    expect((await cli('quarantine', '--db', db, '--code', 'DEID_FAILED')).out).toMatch(/nothing quarantined/);
    expect((await cli('quarantine', '--db', db, '--code', 'DEID_FAILED', '--all')).out).toMatch(/DEID_FAILED .*\[resolved /);
    expect((await app.inject({ method: 'POST', url: `/v1/quarantine/${unit!.id}/retry`, headers: { authorization: `Bearer ${admin}` } })).statusCode).toBe(404);
  });
});
