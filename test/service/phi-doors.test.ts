import { Redis } from 'ioredis';
import { afterAll, describe, expect, it } from 'vitest';
import { openRunContext } from '../../src/app/run-context.js';
import { startServe } from '../../src/app/serve.js';
import { createApiKey } from '../../src/service/api-keys.js';
import { MllpClient } from '../../src/feeds/mllp/mllp-client.js';
import { radiologyReport, startFhirStandIn } from '../feeds/helpers/fhir-stand-in.js';
import { REDIS_URL, scaledSetup, servicesUp, waitFor, type ScaledSetup } from './scaled-helpers.js';
import { PHI, captureLogger, phiOru } from './helpers.js';

const up = await servicesUp('PHI through every door');

/** A FHIR DiagnosticReport with its Patient and ImagingStudy, carrying the known PHI (all invented). */
function phiFhir(n: number, lastUpdated: string): Array<Record<string, unknown>> {
  const [dr, patient, study] = radiologyReport(n, lastUpdated, {
    text: `Patient ${PHI.given} ${PHI.family} (MRN ${PHI.mrn}, phone ${PHI.phone}). Right lower lobe consolidation. No pneumothorax.`,
  }) as [Record<string, unknown>, Record<string, unknown>, Record<string, unknown>];
  patient.identifier = [{ system: 'urn:oid:1.2.3.4', value: PHI.mrn }];
  patient.name = [{ family: PHI.family, given: [PHI.given] }];
  patient.telecom = [{ system: 'phone', value: PHI.phone }];
  patient.birthDate = `${PHI.birth.slice(0, 4)}-${PHI.birth.slice(4, 6)}-${PHI.birth.slice(6)}`;
  dr.identifier = [{ type: { coding: [{ system: 'http://terminology.hl7.org/CodeSystem/v2-0203', code: 'ACSN' }] }, value: `${PHI.accession}-F${n}` }];
  return [dr, patient, study];
}

const VT = 0x0b;
const FS_CR = Buffer.from([0x1c, 0x0d]);
const frame = (s: string): Buffer => Buffer.concat([Buffer.from([VT]), Buffer.from(s, 'utf8'), FS_CR]);

describe.skipIf(!up)('PHI through every door: MLLP, FHIR push / subscription / pull and HTTP, good and bad input (PostgreSQL + Redis)', () => {
  const setups: ScaledSetup[] = [];
  afterAll(async () => {
    for (const s of setups) await s.cleanup();
  });

  it('no log line, queue payload, metric, ACK, answer or error message contains the PHI', async () => {
    const lastUpdated = (i: number) => `2026-11-0${i}T10:00:00.000Z`;
    const served = [...phiFhir(1, lastUpdated(1)), ...phiFhir(2, lastUpdated(2)), ...phiFhir(3, lastUpdated(3))];
    const fhir = await startFhirStandIn(served);
    const s = scaledSetup();
    setups.push(s);
    const { logger, lines } = captureLogger();
    const ctx = await openRunContext({ ...s.overrides, feeds: { mllp: { maxFrameBytes: 16_384 }, fhir: { baseUrl: fhir.baseUrl, pull: { intervalMs: 200 }, push: true } } });
    const serve = await startServe(ctx, { logger, port: 0, mllpPort: 0, sweepEveryMs: 500 });
    const seen: string[] = [];
    try {
      const ingest = (await createApiKey(serve.rt.svc, 'ingest')).key;
      const admin = (await createApiKey(serve.rt.svc, 'admin')).key;
      const base = `http://127.0.0.1:${serve.port}`;
      const http = async (method: string, path: string, body?: string, type = 'application/fhir+json', key = ingest) => {
        const r = await fetch(`${base}${path}`, { method, headers: { authorization: `Bearer ${key}`, ...(body !== undefined ? { 'content-type': type } : {}) }, ...(body !== undefined ? { body } : {}) });
        const text = await r.text();
        seen.push(text);
        return { status: r.status, text };
      };

      // MLLP: good messages, then malformed frames with PHI inside.
      const mllp = await MllpClient.connect({ port: serve.mllpPort! });
      const ack = async (bytes: Buffer) => {
        const a = await mllp.sendRaw(bytes);
        seen.push(a);
        return a;
      };
      for (let i = 0; i < 3; i++) expect(await ack(frame(phiOru(100 + i)))).toMatch(/\rMSA\|AA\|/);
      const pid = `PID|1||${PHI.mrn}^^^H^MR||${PHI.family}^${PHI.given}||${PHI.birth}|F|||||${PHI.phone}`;
      const malformed = [
        // No MSH at all.
        frame(`${pid}\rOBX|1|TX|FIND||${PHI.family} has pneumonia`),
        // A message type that carries no report (answered AA as skipped, below).
        frame(`MSH|^~\\&|ADT|H|||20240101||ADT^A01|NOTREPORT|P|2.5\r${pid}`),
        // An ORU without any report text.
        frame(`MSH|^~\\&|RIS|H|||20240101||ORU^R01|NOTEXT|P|2.5\r${pid}\rOBR|1||${PHI.accession}|XR^CHEST`),
        // Bad encoding characters.
        frame(`MSH|!!!!|RIS|H|||20240101||ORU^R01|BADENC|P|2.5\r${pid}`),
        // Invalid UTF-8 with PHI around it.
        Buffer.concat([Buffer.from([VT]), Buffer.from(`MSH|^~\\&|RIS|H|||20240101||ORU^R01|BADUTF|P|2.5\r${pid}\rOBX|1|TX|FIND||`), Buffer.from([0xff, 0xfe, 0xc3]), Buffer.from(PHI.family), FS_CR]),
        // Larger than the frame limit.
        frame(`MSH|^~\\&|RIS|H|||20240101||ORU^R01|BIG|P|2.5\r${pid}\r${`OBX|1|TX|FIND||${PHI.family} ${PHI.mrn} `.repeat(800)}`),
      ];
      for (const m of malformed) expect(await ack(m)).toMatch(/\rMSA\|(A[ER]\||AA\|NOTREPORT\|)/);
      // A frame cut short by the next start block: AR for the cut one, then the whole one.
      const cut = Buffer.concat([Buffer.from([VT]), Buffer.from(`MSH|^~\\&|RIS|H|||20240101||ORU^R01|CUT|P|2.5\r${pid}`), frame(phiOru(110))]);
      expect(await ack(cut)).toMatch(/\rMSA\|AR\|/);
      const second = await mllp.nextAck();
      seen.push(second);
      expect(second).toMatch(/\rMSA\|AA\|/);
      await mllp.close();

      // FHIR push: a report with its Patient in a transaction, a report alone, and bad input with PHI.
      const [dr4, p4, s4] = phiFhir(4, lastUpdated(4));
      const tx = { resourceType: 'Bundle', type: 'transaction', entry: [dr4, p4, s4].map((r) => ({ fullUrl: `urn:uuid:${r!.resourceType as string}-${r!.id as string}`, resource: r, request: { method: 'POST', url: r!.resourceType } })) };
      expect((await http('POST', '/fhir/r4', JSON.stringify(tx))).status).toBe(200);
      const [dr5, p5] = phiFhir(5, lastUpdated(5));
      const alone = { ...dr5, contained: [{ ...p5, id: 'pat' }], subject: { reference: '#pat' }, imagingStudy: undefined };
      expect((await http('POST', '/fhir/r4/DiagnosticReport', JSON.stringify(alone))).status).toBe(202);
      const bad = [
        `{"resourceType":"DiagnosticReport","conclusion":"${PHI.family} ${PHI.mrn}`,
        JSON.stringify({ resourceType: 'DiagnosticReport', id: 'bad1', status: 'final', subject: { display: `${PHI.given} ${PHI.family}` }, code: { text: PHI.mrn }, category: 'not-an-array', conclusion: `${PHI.family} ${PHI.phone}` }),
        JSON.stringify({ resourceType: 'Patient', id: 'bad2', name: [{ family: PHI.family, given: [PHI.given] }], identifier: [{ value: PHI.mrn }] }),
        JSON.stringify({ ...dr5, id: 'bad3', code: PHI.family, subject: PHI.mrn, meta: { versionId: '9' } }),
      ];
      for (const b of bad) {
        const r = await http('POST', '/fhir/r4/DiagnosticReport', b);
        expect(r.status, r.text).toBeGreaterThanOrEqual(400);
      }
      const badTx = { ...tx, entry: [...tx.entry, { fullUrl: 'urn:uuid:x', resource: { ...dr4, id: 'bad4', code: PHI.family, subject: PHI.mrn }, request: { method: 'POST', url: 'DiagnosticReport' } }] };
      expect((await http('POST', '/fhir/r4', JSON.stringify(badTx))).status).toBe(400);
      expect((await http('POST', '/fhir/r4', 'not json', 'text/plain')).status).toBe(415);

      // Subscription notifications: full resource, id-only (read from the server), and invalid ones with PHI.
      const [dr6, p6, s6] = phiFhir(6, lastUpdated(6));
      const status = (focus: string[]) => ({
        resourceType: 'Parameters',
        parameter: [{ name: 'type', valueCode: 'event-notification' }, ...focus.map((f) => ({ name: 'notification-event', part: [{ name: 'focus', valueReference: { reference: f } }] }))],
      });
      const full = { resourceType: 'Bundle', type: 'history', entry: [{ resource: status(['DiagnosticReport/dr6']) }, { fullUrl: `${fhir.baseUrl}/DiagnosticReport/dr6`, resource: dr6 }, { resource: p6 }, { resource: s6 }] };
      expect((await http('POST', '/fhir/r4/subscription-notification', JSON.stringify(full))).status).toBeLessThan(300);
      const idOnly = { resourceType: 'Bundle', type: 'history', entry: [{ resource: status([`${fhir.baseUrl}/DiagnosticReport/dr2`]) }] };
      expect((await http('POST', '/fhir/r4/subscription-notification', JSON.stringify(idOnly))).status).toBeLessThan(300);
      const badNotes = [
        JSON.stringify({ resourceType: 'Bundle', type: 'history', entry: [{ resource: { resourceType: 'Patient', name: [{ family: PHI.family }] } }] }),
        JSON.stringify({ resourceType: 'Bundle', type: 'history', entry: [{ resource: status(['DiagnosticReport/bad5']) }, { resource: { ...dr6, id: 'bad5', code: PHI.family, subject: PHI.mrn } }] }),
        JSON.stringify({ resourceType: 'Bundle', type: 'history', entry: [{ resource: status([`https://elsewhere.example/${PHI.family}/DiagnosticReport/x`]) }] }),
      ];
      for (const b of badNotes) expect((await http('POST', '/fhir/r4/subscription-notification', b)).status).toBeGreaterThanOrEqual(400);

      // HTTP door with HL7 and a bad HL7 body.
      expect((await http('POST', '/v1/reports', phiOru(120), 'x-application/hl7-v2+er7')).status).toBe(202);
      expect((await http('POST', '/v1/reports', `MSH|^~\\&|RIS|H|||20240101||ORU^R01|BADHTTP|P|2.5\r${pid}`, 'x-application/hl7-v2+er7')).status).toBe(400);

      // FHIR pull has fetched the server's three reports (dr2 also came by notification: one copy).
      const w = await s.worker(4);
      // 4 MLLP + 2 pushed + 1 subscription + 3 pulled + 1 HTTP = 11 reports.
      await waitFor(async () => (await serve.rt.svc.inboxCounts()).labelled === 11, 30_000);
      expect(await serve.rt.svc.inboxCounts()).toMatchObject({ labelled: 11, pending: 0, failed: 0 });

      // Queue payloads: ids only.
      const redis = new Redis(REDIS_URL);
      try {
        for (const k of await redis.keys(`${s.prefix}:*`)) {
          const type = await redis.type(k);
          const v = type === 'hash' ? JSON.stringify(await redis.hgetall(k)) : type === 'string' ? String(await redis.get(k)) : type === 'list' ? JSON.stringify(await redis.lrange(k, 0, -1)) : type === 'zset' ? JSON.stringify(await redis.zrange(k, '0', '-1')) : type === 'set' ? JSON.stringify(await redis.smembers(k)) : '';
          seen.push(v);
        }
      } finally {
        redis.disconnect();
      }
      // Every read route, with the stored (de-identified) reports and the quarantine reasons.
      const ids: string[] = [];
      for await (const x of serve.rt.ctx.store.currentLabels('chexpert')) ids.push(x.reportId);
      expect(ids).toHaveLength(11);
      for (const id of ids) expect((await http('GET', `/v1/reports/${id}`, undefined, undefined, admin)).status).toBe(200);
      for (const p of ['/v1/labels?format=jsonl', '/v1/labels?format=fhir-ndjson', '/v1/labels?format=csv', '/v1/quarantine?limit=1000', '/v1/failures', '/metrics', '/readyz']) {
        expect((await http('GET', p, undefined, undefined, admin)).status, p).toBeLessThan(500);
      }
      const quarantined = JSON.parse(seen.at(-4)!) as { items: unknown[] };
      // Rejected units with reasons (frames unreadable as HL7 are answered AR and not stored).
      expect(quarantined.items.length).toBeGreaterThanOrEqual(5);
      seen.push(await w.rt.metrics.registry.metrics());
      const all = [...lines, ...seen].join('\n');
      for (const [k, v] of Object.entries(PHI)) expect(all.includes(v), `${k} (${v}) leaked`).toBe(false);
      expect(lines.some((l) => /mllp frame rejected|mllp message not accepted/.test(l))).toBe(true);
      expect(lines.some((l) => /fhir pull sweep done/.test(l))).toBe(true);
    } finally {
      await serve.close();
      await fhir.close();
    }
  }, 120_000);
});
