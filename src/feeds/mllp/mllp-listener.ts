import net from 'node:net';
import { decodeInput } from '../../ingest/read-inputs.js';
import { normalizeError } from '../../errors/index.js';
import type { IngestPort } from '../../service/ingest-port.js';
import { silentLogger, type FeedLogger } from '../feed-logger.js';
import { decideAck, frameRejection, transientRejection } from './ack-decision.js';
import { HL7_ERROR, buildAck, readMshHeader, type AckDecision } from './hl7-ack.js';
import { MllpDecoder, encodeMllp, type MllpEvent } from './mllp-frame.js';

export interface MllpListenerOptions {
  /** Interface to bind. Default 127.0.0.1. */
  host?: string;
  /** TCP port; 0 picks a free one (see `address()`). */
  port: number;
  ingest: IngestPort;
  /** Largest accepted frame payload in bytes. Default 1 MiB. */
  maxFrameBytes?: number;
  /** A connection silent for this long is closed. Default 60 s. */
  idleTimeoutMs?: number;
  /** Frames queued on one connection before it stops reading (back-pressure). Default 64. */
  maxQueuedFrames?: number;
  logger?: FeedLogger;
}

export interface MllpListener {
  /** Stops accepting, lets in-flight messages finish and their ACKs go out, then closes every connection. */
  close(): Promise<void>;
  address(): { port: number };
  /** Counters since start (for metrics and the load script). */
  stats(): MllpStats;
}

export interface MllpStats {
  connections: number;
  open: number;
  frames: number;
  acks: Record<'AA' | 'AE' | 'AR', number>;
  badFrames: number;
}

/**
 * Starts the MLLP listener (HL7 v2 over TCP, HL7 v2 Implementation Guide Appendix C). Each
 * connection's frames are handled in order, one at a time: the ACK for a message is written only
 * after `ingest` resolved (the report is durably stored), so an `AA` is a promise that nothing will
 * be lost. See `decideAck` for AE / AR. Message bodies are never logged.
 */
export async function startMllpListener(opts: MllpListenerOptions): Promise<MllpListener> {
  const maxFrameBytes = opts.maxFrameBytes ?? 1024 * 1024;
  const idleTimeoutMs = opts.idleTimeoutMs ?? 60_000;
  const maxQueued = opts.maxQueuedFrames ?? 64;
  const log = opts.logger ?? silentLogger;
  const stats: MllpStats = { connections: 0, open: 0, frames: 0, acks: { AA: 0, AE: 0, AR: 0 }, badFrames: 0 };
  const connections = new Set<Connection>();
  let ackSeq = 0;
  let closing = false;

  interface Connection {
    socket: net.Socket;
    peer: string;
    queued: number;
    chain: Promise<void>;
  }

  const ackFor = async (event: MllpEvent, peer: string): Promise<AckDecision & { controlId?: string; header?: ReturnType<typeof readMshHeader> }> => {
    if (event.kind === 'oversize' || event.kind === 'truncated') {
      stats.badFrames++;
      const header = readMshHeader(event.head.toString('latin1'));
      log.warn({ peer, messageId: header?.controlId, bytes: event.bytes, kind: event.kind }, 'mllp frame rejected');
      return { ...frameRejection(event.kind, event.bytes, maxFrameBytes), header };
    }
    if (event.kind !== 'frame') throw new Error('unreachable');
    const decoded = decodeInput(event.payload);
    const header = readMshHeader(decoded.ok ? decoded.text : event.payload.toString('latin1'));
    if (!decoded.ok) {
      return { code: 'AR', hl7Error: HL7_ERROR.dataType, appCode: 'INGEST_ENCODING', text: decoded.problem, header };
    }
    try {
      const outcome = await opts.ingest.ingest({
        body: decoded.text,
        contentType: 'hl7v2',
        source: { door: 'mllp', peer, ...(header?.controlId ? { messageId: header.controlId } : {}) },
      });
      const decision = decideAck(outcome);
      if (decision.code !== 'AA') log.warn({ peer, messageId: header?.controlId, ack: decision.code, code: decision.appCode }, 'mllp message not accepted');
      return { ...decision, header };
    } catch (e) {
      const err = normalizeError(e, 'STORE_WRITE');
      log.error({ peer, messageId: header?.controlId, code: err.code }, 'mllp ingest failed; answering AR so the sender resends');
      return { ...transientRejection(err.code), header };
    }
  };

  const handle = async (conn: Connection, event: MllpEvent): Promise<void> => {
    const decision = await ackFor(event, conn.peer);
    stats.acks[decision.code]++;
    const ack = buildAck(decision.header, decision, { controlId: `RL${Date.now().toString(36)}${(++ackSeq).toString(36)}` });
    if (!conn.socket.destroyed && conn.socket.writable) conn.socket.write(encodeMllp(ack));
  };

  const server = net.createServer((socket) => {
    const peer = `${socket.remoteAddress ?? '?'}:${socket.remotePort ?? '?'}`;
    const conn: Connection = { socket, peer, queued: 0, chain: Promise.resolve() };
    const decoder = new MllpDecoder(maxFrameBytes);
    connections.add(conn);
    stats.connections++;
    stats.open++;
    socket.setNoDelay(true);
    socket.setTimeout(idleTimeoutMs);
    socket.on('timeout', () => {
      // Silence while a message is being stored is not idleness: wait for its ACK.
      if (conn.queued === 0) {
        log.info({ peer }, 'mllp connection idle; closing');
        socket.end();
      }
    });
    socket.on('data', (chunk: Buffer) => {
      for (const event of decoder.push(chunk)) {
        if (event.kind === 'junk') {
          log.warn({ peer, bytes: event.bytes }, 'mllp bytes outside a frame ignored');
          continue;
        }
        stats.frames++;
        conn.queued++;
        if (conn.queued >= maxQueued) socket.pause();
        conn.chain = conn.chain
          .then(() => handle(conn, event))
          .catch((e: unknown) => log.error({ peer, code: normalizeError(e).code }, 'mllp ACK could not be sent'))
          .finally(() => {
            conn.queued--;
            if (conn.queued < maxQueued && !closing) socket.resume();
          });
      }
    });
    socket.on('error', (e) => log.warn({ peer, error: (e as NodeJS.ErrnoException).code ?? e.name }, 'mllp socket error'));
    socket.on('close', () => {
      connections.delete(conn);
      stats.open--;
    });
  });
  server.maxConnections = 1024;

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port, opts.host ?? '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  server.on('error', (e) => log.error({ error: (e as NodeJS.ErrnoException).code ?? e.name }, 'mllp server error'));
  log.info({ port: (server.address() as net.AddressInfo).port }, 'mllp listener started');

  return {
    address: () => ({ port: (server.address() as net.AddressInfo).port }),
    stats: () => ({ ...stats, acks: { ...stats.acks } }),
    async close() {
      closing = true;
      const stopped = new Promise<void>((resolve) => server.close(() => resolve()));
      for (const c of connections) c.socket.pause();
      await Promise.all([...connections].map((c) => c.chain));
      for (const c of connections) c.socket.end();
      // A peer that never closes its side must not hold shutdown up.
      const force = setTimeout(() => {
        for (const c of connections) c.socket.destroy();
      }, 2000);
      await stopped;
      clearTimeout(force);
    },
  };
}
