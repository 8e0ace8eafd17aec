import net from 'node:net';
import { MllpDecoder, encodeMllp } from './mllp-frame.js';

export interface MllpClientOptions {
  host?: string;
  port: number;
  /** Time to wait for each ACK. Default 30 s. */
  ackTimeoutMs?: number;
  /** Largest ACK accepted. Default 64 KiB. */
  maxAckBytes?: number;
}

/**
 * A small MLLP client: one connection, one message in flight at a time (HL7 original mode: the
 * sender waits for the ACK before sending the next message). Used by the tests and the load script.
 */
export class MllpClient {
  private readonly decoder: MllpDecoder;
  private waiting: { resolve: (ack: string) => void; reject: (e: Error) => void; timer: NodeJS.Timeout } | undefined;
  private readonly acks: string[] = [];
  private failure: Error | undefined;

  private constructor(
    private readonly socket: net.Socket,
    private readonly ackTimeoutMs: number,
    maxAckBytes: number,
  ) {
    this.decoder = new MllpDecoder(maxAckBytes);
    socket.on('data', (chunk: Buffer) => {
      for (const e of this.decoder.push(chunk)) if (e.kind === 'frame') this.deliver(e.payload.toString('utf8'));
    });
    socket.on('error', (e) => this.fail(e));
    socket.on('close', () => this.fail(new Error('the MLLP connection closed before the ACK arrived')));
  }

  /** Opens a connection. */
  static connect(opts: MllpClientOptions): Promise<MllpClient> {
    return new Promise((resolve, reject) => {
      const socket = net.connect({ host: opts.host ?? '127.0.0.1', port: opts.port }, () => {
        socket.off('error', reject);
        socket.setNoDelay(true);
        resolve(new MllpClient(socket, opts.ackTimeoutMs ?? 30_000, opts.maxAckBytes ?? 65_536));
      });
      socket.once('error', reject);
    });
  }

  /** Sends one message (framed here) and resolves with the ACK text. */
  send(message: string | Buffer): Promise<string> {
    return this.sendRaw(encodeMllp(message));
  }

  /** Sends bytes as they are (for tests of broken framing) and resolves with the next ACK. */
  sendRaw(bytes: Buffer): Promise<string> {
    if (this.waiting) return Promise.reject(new Error('one message at a time: wait for the previous ACK'));
    if (this.failure) return Promise.reject(this.failure);
    const next = this.acks.shift();
    const p = next !== undefined ? Promise.resolve(next) : this.nextAck();
    this.socket.write(bytes);
    return p;
  }

  /** Resolves with the next ACK (or one that already arrived). */
  nextAck(): Promise<string> {
    const ready = this.acks.shift();
    if (ready !== undefined) return Promise.resolve(ready);
    if (this.failure) return Promise.reject(this.failure);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.waiting = undefined;
        reject(new Error(`no ACK within ${this.ackTimeoutMs} ms`));
      }, this.ackTimeoutMs);
      this.waiting = { resolve, reject, timer };
    });
  }

  /** Whether the server has closed the connection. */
  get closed(): boolean {
    return this.socket.destroyed || this.socket.readyState === 'closed';
  }

  close(): Promise<void> {
    return new Promise((resolve) => {
      if (this.socket.destroyed) return resolve();
      this.socket.once('close', () => resolve());
      this.socket.end();
    });
  }

  private deliver(ack: string): void {
    const w = this.waiting;
    if (w) {
      this.waiting = undefined;
      clearTimeout(w.timer);
      w.resolve(ack);
    } else this.acks.push(ack);
  }

  private fail(e: Error): void {
    this.failure ??= e;
    const w = this.waiting;
    if (w) {
      this.waiting = undefined;
      clearTimeout(w.timer);
      w.reject(e);
    }
  }
}
