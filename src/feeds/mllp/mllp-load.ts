import { MllpClient } from './mllp-client.js';
import { parseAck } from './hl7-ack.js';

export interface MllpLoadOptions {
  host?: string;
  port: number;
  /** Messages to send in total, spread round-robin over the connections. */
  count: number;
  connections: number;
  /** Message i (1-based). */
  message: (i: number) => string | Buffer;
  ackTimeoutMs?: number;
}

export interface MllpLoadResult {
  sent: number;
  acks: Record<string, number>;
  /** Control ids that came back with an ACK whose MSA-2 did not match the message sent. */
  mismatched: number;
  elapsedMs: number;
  perSecond: number;
  latencyMs: { p50: number; p99: number; max: number };
}

/**
 * Drives an MLLP listener: `connections` senders in parallel, each in HL7 original mode (next
 * message after the previous ACK). Measures ACK latency per message. Used by the load script and
 * its test; loopback only.
 */
export async function driveMllpLoad(opts: MllpLoadOptions): Promise<MllpLoadResult> {
  const clients = await Promise.all(
    Array.from({ length: opts.connections }, () => MllpClient.connect({ host: opts.host, port: opts.port, ackTimeoutMs: opts.ackTimeoutMs })),
  );
  const acks: Record<string, number> = {};
  const latencies: number[] = [];
  let mismatched = 0;
  let next = 1;
  const started = performance.now();
  try {
    await Promise.all(
      clients.map(async (client) => {
        for (let i = next++; i <= opts.count; i = next++) {
          const msg = opts.message(i);
          const t0 = performance.now();
          const ack = parseAck(await client.send(msg));
          latencies.push(performance.now() - t0);
          const code = ack?.code ?? 'unreadable';
          acks[code] = (acks[code] ?? 0) + 1;
          const sentId = controlIdOf(msg);
          if (sentId !== undefined && ack?.controlId !== sentId) mismatched++;
        }
      }),
    );
  } finally {
    await Promise.all(clients.map((c) => c.close()));
  }
  const elapsedMs = performance.now() - started;
  latencies.sort((a, b) => a - b);
  const q = (p: number): number => latencies[Math.min(latencies.length - 1, Math.floor(p * latencies.length))] ?? 0;
  return {
    sent: latencies.length,
    acks,
    mismatched,
    elapsedMs,
    perSecond: latencies.length / Math.max(elapsedMs / 1000, 1e-9),
    latencyMs: { p50: q(0.5), p99: q(0.99), max: latencies[latencies.length - 1] ?? 0 },
  };
}

/** MSH-10 of a message that has a readable MSH, else undefined. */
function controlIdOf(msg: string | Buffer): string | undefined {
  const text = typeof msg === 'string' ? msg : msg.toString('latin1');
  if (!text.startsWith('MSH')) return undefined;
  const fs = text.charAt(3);
  const msh = text.split(/\r|\n/, 1)[0]!.split(fs);
  return msh[9]?.split(msh[1]?.charAt(0) ?? '^')[0];
}

/**
 * Malformed inputs of every kind the listener must answer with AE / AR (for floods and tests):
 * no MSH, bad encoding characters, truncated ORU, an unsupported message type, invalid UTF-8,
 * and random bytes.
 */
export function malformedMessage(i: number, goodOru: (i: number) => string): string | Buffer {
  switch (i % 6) {
    case 0:
      return `PID|1||X${i}\rOBX|1|TX|||text`;
    case 1:
      return `MSH|AB|RIS|F|RL|L|2024||ORU^R01|BAD-${i}|P|2.5`;
    case 2:
      return goodOru(i).split('\r').slice(0, 4).join('\r');
    case 3:
      return `MSH|^~\\&|RIS|F|RL|L|2024||ADT^A01|ADT-${i}|P|2.5\rPID|1`;
    case 4:
      return Buffer.from([0x4d, 0x53, 0x48, 0x7c, 0xc3, 0x28, i & 0x7f]);
    default:
      return Buffer.from(Array.from({ length: 64 }, (_, k) => ((i * 31 + k * 17) % 250) + 1).map((b) => (b === 0x0b || b === 0x1c ? 0x41 : b)));
  }
}
