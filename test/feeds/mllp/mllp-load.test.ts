import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startMllpListener, type MllpListener } from '../../../src/feeds/mllp/mllp-listener.js';
import { driveMllpLoad, malformedMessage } from '../../../src/feeds/mllp/mllp-load.js';
import { openSqliteStore } from '../../../src/store/sqlite/sqlite-store.js';
import type { LabelStore } from '../../../src/store/label-store.js';
import { syntheticOru } from '../../../src/bench/synthetic-reports.js';
import { mulberry32 } from '../../../src/util/prng.js';
import { directIngestPort } from '../helpers/direct-ingest-port.js';

let store: LabelStore;
let listener: MllpListener;
const oru = (i: number): string => syntheticOru(i, mulberry32(i));

beforeAll(async () => {
  store = openSqliteStore(':memory:');
  await store.migrate();
  listener = await startMllpListener({ port: 0, ingest: directIngestPort(store) });
});
afterAll(async () => {
  await listener.close();
  await store.close();
});

describe('MLLP load (small; the 10,000-message run is npm run bench:mllp)', () => {
  it('ACKs every message of 8 parallel connections after storage, and survives a flood of malformed frames', async () => {
    const good = await driveMllpLoad({ port: listener.address().port, count: 400, connections: 8, message: oru });
    expect(good).toMatchObject({ sent: 400, acks: { AA: 400 }, mismatched: 0 });
    const counts = await store.counts();
    expect(counts.reports).toBe(400);
    expect(counts.currentLabels).toBe(400);

    const bad = await driveMllpLoad({ port: listener.address().port, count: 300, connections: 4, message: (i) => malformedMessage(i, oru) });
    expect(bad.sent).toBe(300);
    expect((bad.acks.AE ?? 0) + (bad.acks.AR ?? 0)).toBe(300);
    expect(bad.acks.AA).toBeUndefined();

    const after = await driveMllpLoad({ port: listener.address().port, count: 16, connections: 2, message: (i) => oru(1000 + i) });
    expect(after.acks).toEqual({ AA: 16 });
    expect((await store.counts()).reports).toBe(416);
    expect(listener.stats().open).toBeLessThanOrEqual(2);
  });
});
