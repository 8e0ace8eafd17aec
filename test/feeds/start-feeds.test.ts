import { afterEach, describe, expect, it } from 'vitest';
import Fastify from 'fastify';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startFeeds, type RunningFeeds } from '../../src/feeds/start-feeds.js';
import { FeedsConfigSchema } from '../../src/config/feeds-config.js';
import { ConfigSchema } from '../../src/config/config-schema.js';
import { MllpClient } from '../../src/feeds/mllp/mllp-client.js';
import { parseAck } from '../../src/feeds/mllp/hl7-ack.js';
import { openSqliteStore } from '../../src/store/sqlite/sqlite-store.js';
import { syntheticOru } from '../../src/bench/synthetic-reports.js';
import { mulberry32 } from '../../src/util/prng.js';
import { TEST_DEID, directIngestPort } from './helpers/direct-ingest-port.js';
import { radiologyReport, startFhirStandIn } from './helpers/fhir-stand-in.js';

let feeds: RunningFeeds | undefined;
afterEach(async () => {
  await feeds?.close();
  feeds = undefined;
});

describe('startFeeds', () => {
  it('starts MLLP, the FHIR poller and the push routes from the feeds config, and closes them', async () => {
    const server = await startFhirStandIn(radiologyReport(1, '2026-11-01T00:00:00Z'));
    const db = join(mkdtempSync(join(tmpdir(), 'feeds-')), 'db.sqlite');
    const store = openSqliteStore(db);
    await store.migrate();
    const app = Fastify();
    const config = FeedsConfigSchema.parse({ mllp: { port: 0 }, fhir: { baseUrl: server.baseUrl, pull: { intervalMs: 50 }, writeBack: true } });
    feeds = await startFeeds({ config, db, ingest: directIngestPort(store), deidKey: TEST_DEID.key, app });
    await app.ready();
    const client = await MllpClient.connect({ port: feeds.mllp!.address().port });
    expect(parseAck(await client.send(syntheticOru(1, mulberry32(1))))?.code).toBe('AA');
    await client.close();
    await feeds.sweep!();
    const res = await app.inject({ method: 'POST', url: '/fhir/r4/DiagnosticReport', headers: { 'content-type': 'application/fhir+json' }, payload: JSON.stringify(radiologyReport(2, '2026-11-01T00:00:00Z')[0]) });
    expect(res.statusCode).toBe(202);
    expect((await store.counts()).reports).toBe(3);
    await feeds.close();
    feeds = undefined;
    await app.close();
    await store.close();
    await server.close();
  });

  it('validates the feeds section with errors naming the setting, and defaults to no feeds', () => {
    expect(ConfigSchema.parse({}).feeds).toMatchObject({ mllp: { host: '127.0.0.1' }, fhir: { push: true, writeBack: false } });
    const bad = ConfigSchema.safeParse({ feeds: { fhir: { writeBack: true }, mllp: { port: 70000 } } });
    expect(bad.success).toBe(false);
    const paths = bad.error!.issues.map((i) => i.path.join('.'));
    expect(paths).toEqual(expect.arrayContaining(['feeds.mllp.port', 'feeds.fhir.writeBack']));
  });
});
