import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { startMllpListener, type MllpListener } from '../../../src/feeds/mllp/mllp-listener.js';
import { MllpClient } from '../../../src/feeds/mllp/mllp-client.js';
import { parseAck } from '../../../src/feeds/mllp/hl7-ack.js';
import { openSqliteStore } from '../../../src/store/sqlite/sqlite-store.js';
import type { LabelStore } from '../../../src/store/label-store.js';
import type { IngestPort } from '../../../src/service/ingest-port.js';
import { syntheticOru } from '../../../src/bench/synthetic-reports.js';
import { mulberry32 } from '../../../src/util/prng.js';
import { directIngestPort } from '../helpers/direct-ingest-port.js';
import type { FeedLogger } from '../../../src/feeds/feed-logger.js';

const run = promisify(execFile);
const rng = mulberry32(7);
const oru = (i: number): string => syntheticOru(i, rng);

let store: LabelStore;
let listener: MllpListener | undefined;
let logLines: string[];
const logger: FeedLogger = {
  info: (o, m) => logLines.push(JSON.stringify({ ...o, m })),
  warn: (o, m) => logLines.push(JSON.stringify({ ...o, m })),
  error: (o, m) => logLines.push(JSON.stringify({ ...o, m })),
};

async function start(port: IngestPort, opts: { maxFrameBytes?: number; idleTimeoutMs?: number } = {}): Promise<number> {
  listener = await startMllpListener({ port: 0, ingest: port, logger, ...opts });
  return listener.address().port;
}

beforeEach(async () => {
  logLines = [];
  store = openSqliteStore(':memory:');
  await store.migrate();
});

afterEach(async () => {
  await listener?.close();
  listener = undefined;
  await store.close();
});

describe('MLLP listener', () => {
  it('answers AA only after the report is stored, echoing MSH-10', async () => {
    const direct = directIngestPort(store);
    let storedAtAck = -1;
    const slow: IngestPort = {
      async ingest(req) {
        await new Promise((r) => setTimeout(r, 50));
        return direct.ingest(req);
      },
    };
    const port = await start(slow);
    const client = await MllpClient.connect({ port });
    const ack = await client.send(oru(1));
    storedAtAck = (await store.counts()).reports;
    expect(parseAck(ack)).toMatchObject({ code: 'AA', controlId: 'MSG0000001' });
    expect(storedAtAck).toBe(1);
    expect(direct.calls[0]!.source).toMatchObject({ door: 'mllp', messageId: 'MSG0000001' });
    await client.close();
  });

  it('serves many concurrent connections, and a re-sent MSH-10 gets AA without a second copy', async () => {
    const port = await start(directIngestPort(store));
    const msgs = Array.from({ length: 80 }, (_, i) => oru(i + 1));
    const clients = await Promise.all(Array.from({ length: 8 }, () => MllpClient.connect({ port })));
    const acks = await Promise.all(
      clients.map(async (c, k) => {
        const out: string[] = [];
        for (let i = k; i < msgs.length; i += 8) out.push(await c.send(msgs[i]!));
        return out;
      }),
    );
    const parsed = acks.flat().map((a) => parseAck(a)!);
    expect(parsed.every((a) => a.code === 'AA')).toBe(true);
    expect(new Set(parsed.map((a) => a.controlId)).size).toBe(80);
    expect((await store.counts()).reports).toBe(80);
    // Re-delivery of the same messages (an interface engine resending after a lost ACK).
    for (const i of [0, 17, 79]) expect(parseAck(await clients[0]!.send(msgs[i]!))?.code).toBe('AA');
    expect((await store.counts()).reports).toBe(80);
    expect(listener!.stats()).toMatchObject({ frames: 83, acks: { AA: 83, AE: 0, AR: 0 } });
    await Promise.all(clients.map((c) => c.close()));
  });

  it('answers malformed and unsupported messages with AE / AR and an ERR segment, and stays healthy', async () => {
    const port = await start(directIngestPort(store), { maxFrameBytes: 4096 });
    const client = await MllpClient.connect({ port });
    const truncated = oru(2).split('\r').slice(0, 5).join('\r'); // cut before the OBX segments
    const cases: Array<[string | Buffer, string, string]> = [
      [truncated, 'AE', 'HL7_TRUNCATED'],
      ['PID|1||MRN\rOBX|1|TX|||text', 'AR', 'HL7_NO_MSH'],
      ['MSH|^~\\&|RIS|F|RL|L|2024||ORM^O01|ORD-1|P|2.5\rPID|1\rORC|NW|1', 'AR', 'HL7_UNSUPPORTED_TYPE'],
      [oru(3) + '\rNTE|1||' + 'x'.repeat(5000), 'AR', 'MLLP_FRAME_TOO_LARGE'],
      [Buffer.from([0x4d, 0x53, 0x48, 0x7c, 0xff, 0xfe, 0x00]), 'AR', 'INGEST_ENCODING'],
    ];
    for (const [msg, code, appCode] of cases) {
      const ack = parseAck(await client.send(msg));
      expect(ack, appCode).toMatchObject({ code, appCode });
      expect(ack?.text?.length).toBeGreaterThan(5);
    }
    // A frame cut short by the next start block: AR for it, then the next frame is handled.
    const cut = Buffer.concat([Buffer.from('\x0b' + oru(4).slice(0, 200)), Buffer.from('\x0b' + oru(5) + '\x1c\r')]);
    expect(parseAck(await client.sendRaw(cut))).toMatchObject({ code: 'AR', appCode: 'MLLP_FRAME_TRUNCATED' });
    expect(parseAck(await client.nextAck())).toMatchObject({ code: 'AA', controlId: 'MSG0000005' });
    // Still healthy: a good message on the same and on a new connection.
    expect(parseAck(await client.send(oru(6)))?.code).toBe('AA');
    const other = await MllpClient.connect({ port });
    expect(parseAck(await other.send(oru(7)))?.code).toBe('AA');
    expect((await store.counts()).reports).toBe(3);
    expect((await store.counts()).quarantine).toBe(2); // the truncated ORU and the message without MSH (the port quarantines what it parses)
    // Log lines carry metadata only.
    expect(logLines.join('\n')).not.toMatch(/Maple Avenue|MRN\d{7}|Electronically signed/);
    await client.close();
    await other.close();
  });

  it('answers AR when the message cannot be stored now, and AA when the sender resends it', async () => {
    let down = true;
    const port = await start(directIngestPort(store, { failWith: () => (down ? Object.assign(new Error('connection refused'), { code: 'ECONNREFUSED' }) : undefined) }));
    const client = await MllpClient.connect({ port });
    const msg = oru(8);
    expect(parseAck(await client.send(msg))).toMatchObject({ code: 'AR', appCode: 'STORE_WRITE' });
    expect((await store.counts()).reports).toBe(0);
    down = false;
    expect(parseAck(await client.send(msg))?.code).toBe('AA');
    expect((await store.counts()).reports).toBe(1);
    await client.close();
  });

  it('closes an idle connection, and close() waits for the message in flight', async () => {
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const direct = directIngestPort(store);
    const port = await start({ ingest: async (req) => (await gate, direct.ingest(req)) }, { idleTimeoutMs: 150 });
    const idle = await MllpClient.connect({ port });
    await new Promise((r) => setTimeout(r, 400));
    expect(idle.closed).toBe(true);

    const busy = await MllpClient.connect({ port });
    const pending = busy.send(oru(9));
    await new Promise((r) => setTimeout(r, 300)); // longer than the idle timeout: a message in flight is not idleness
    const closing = listener!.close();
    release();
    expect(parseAck(await pending)?.code).toBe('AA');
    await closing;
    listener = undefined;
    expect((await store.counts()).reports).toBe(1);
  });

  it('works with a third-party sender (python3-hl7 mllp_send)', async (ctx) => {
    const found = await run('sh', ['-c', 'command -v mllp_send']).then(() => true, () => false);
    if (!found) {
      if (process.env.CI === 'true') throw new Error('mllp_send is missing: apt-get install -y python3-hl7');
      ctx.skip();
    }
    const port = await start(directIngestPort(store));
    const dir = mkdtempSync(join(tmpdir(), 'mllp-'));
    const file = join(dir, 'msgs.hl7');
    // mllp_send --loose takes LF segment ends and starts a message at each MSH.
    writeFileSync(file, [oru(10), oru(11), oru(12)].map((m) => m.replace(/\r/g, '\n')).join('\n') + '\n');
    const { stdout } = await run('mllp_send', ['--loose', '-f', file, '-p', String(port), '127.0.0.1'], { timeout: 20_000 });
    const acks = stdout.split(/[\x0b\x1c]/).map((a) => parseAck(a)).filter(Boolean);
    expect(acks.map((a) => [a!.code, a!.controlId])).toEqual([
      ['AA', 'MSG0000010'],
      ['AA', 'MSG0000011'],
      ['AA', 'MSG0000012'],
    ]);
    expect((await store.counts()).reports).toBe(3);
  });
});
