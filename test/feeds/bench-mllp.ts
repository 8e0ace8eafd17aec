/**
 * MLLP load script (`npm run bench:mllp -- [--messages 10000] [--connections 8] [--flood 2000]
 * [--db FILE|postgres://…] [--port N]`). Without `--port` it starts an in-process listener whose
 * ingest parses, de-identifies, labels (rules) and stores each message before the ACK, on a fresh
 * SQLite file (or the PostgreSQL URL given). With `--port` it drives an external listener
 * (`radlabel serve --mllp-port N`) and only checks the ACKs. Loopback only.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { startMllpListener } from '../../src/feeds/mllp/mllp-listener.js';
import { driveMllpLoad, malformedMessage } from '../../src/feeds/mllp/mllp-load.js';
import { openStore } from '../../src/store/open-store.js';
import { syntheticOru } from '../../src/bench/synthetic-reports.js';
import { mulberry32 } from '../../src/util/prng.js';
import { directIngestPort } from './helpers/direct-ingest-port.js';

const { values } = parseArgs({
  options: {
    messages: { type: 'string', default: '10000' },
    connections: { type: 'string', default: '8' },
    flood: { type: 'string', default: '2000' },
    db: { type: 'string' },
    port: { type: 'string' },
  },
});
const count = Number(values.messages);
const connections = Number(values.connections);
const flood = Number(values.flood);
const oru = (i: number): string => syntheticOru(i, mulberry32(i));

const external = values.port !== undefined;
const store = external ? undefined : openStore(values.db ?? join(mkdtempSync(join(tmpdir(), 'bench-mllp-')), 'bench.db'));
await store?.migrate();
const listener = store ? await startMllpListener({ port: 0, ingest: directIngestPort(store) }) : undefined;
const port = listener ? listener.address().port : Number(values.port);

const load = await driveMllpLoad({ port, count, connections, message: oru });
const malformed = await driveMllpLoad({ port, count: flood, connections, message: (i) => malformedMessage(i, oru) });
const healthy = await driveMllpLoad({ port, count: 10, connections: 1, message: (i) => oru(count + i) });
const counts = await store?.counts();
await listener?.close();
await store?.close();

const round = (x: number): number => Math.round(x * 10) / 10;
const result = {
  messages: count,
  connections,
  acks: load.acks,
  mismatchedAcks: load.mismatched,
  perSecond: round(load.perSecond),
  elapsedS: round(load.elapsedMs / 1000),
  ackLatencyMs: { p50: round(load.latencyMs.p50), p99: round(load.latencyMs.p99), max: round(load.latencyMs.max) },
  malformedFlood: { frames: flood, acks: malformed.acks },
  healthyAfterFlood: healthy.acks.AA === 10,
  ...(counts ? { stored: { reports: counts.reports, labelled: counts.currentLabels, quarantined: counts.quarantine } } : {}),
};
process.stdout.write(JSON.stringify(result, null, 2) + '\n');
const ok =
  load.acks.AA === count &&
  load.mismatched === 0 &&
  (malformed.acks.AA ?? 0) === 0 &&
  result.healthyAfterFlood &&
  (!counts || (counts.reports === count + 10 && counts.currentLabels === count + 10));
process.exitCode = ok ? 0 : 1;
