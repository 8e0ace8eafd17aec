/**
 * MLLP framing (HL7 v2 Implementation Guide, Appendix C "Minimal Lower Layer Protocol"):
 * a message travels as `<VT> payload <FS><CR>` (0x0B … 0x1C 0x0D). TCP delivers bytes in arbitrary
 * chunks, so the decoder is a small state machine fed chunk by chunk: a frame may arrive split over
 * many chunks, and one chunk may hold several frames. Pure: no I/O, no timers.
 */

export const VT = 0x0b;
export const FS = 0x1c;
export const CR = 0x0d;

/** How many leading bytes of a rejected frame are kept, so its MSH can still be read for the ACK. */
export const HEAD_BYTES = 4096;

export type MllpEvent =
  /** A complete frame's payload (without the block characters). */
  | { kind: 'frame'; payload: Buffer }
  /** A frame grew past the size limit; its bytes up to the end block were discarded. */
  | { kind: 'oversize'; bytes: number; head: Buffer }
  /** A start block arrived inside an open frame: the open frame was cut short and is dropped. */
  | { kind: 'truncated'; bytes: number; head: Buffer }
  /** Bytes outside any frame (other than line ends between frames), ignored. */
  | { kind: 'junk'; bytes: number };

type State = 'idle' | 'frame' | 'frame-fs' | 'discard' | 'discard-fs';

/** Encodes one payload as an MLLP frame. */
export function encodeMllp(payload: string | Buffer): Buffer {
  const body = typeof payload === 'string' ? Buffer.from(payload, 'utf8') : payload;
  return Buffer.concat([Buffer.of(VT), body, Buffer.of(FS, CR)]);
}

/**
 * Streaming MLLP decoder. `push(chunk)` returns the events the chunk completes. Bytes of an open
 * frame are kept as a list of slices (no copying per chunk); a frame longer than `maxFrameBytes` is
 * dropped as it streams, keeping only its first {@link HEAD_BYTES}, so a hostile sender cannot make
 * the listener buffer more than the limit.
 */
export class MllpDecoder {
  private state: State = 'idle';
  private parts: Buffer[] = [];
  private size = 0;
  private junk = 0;
  private head: Buffer = Buffer.alloc(0);

  constructor(private readonly maxFrameBytes: number) {}

  /** Bytes held for the open frame (0 between frames). */
  get buffered(): number {
    return this.size;
  }

  /** Whether a frame has started and not yet ended. */
  get inFrame(): boolean {
    return this.state !== 'idle';
  }

  push(chunk: Buffer): MllpEvent[] {
    const events: MllpEvent[] = [];
    let start = 0; // start of the current frame-content run in `chunk`
    for (let i = 0; i < chunk.length; i++) {
      const b = chunk[i]!;
      switch (this.state) {
        case 'idle':
          if (b === VT) {
            this.flushJunk(events);
            this.beginFrame();
            start = i + 1;
          } else if (b !== CR && b !== 0x0a) this.junk++;
          break;
        case 'frame':
          if (b === FS) {
            this.take(chunk, start, i);
            // take() may have switched to 'discard' when the frame outgrew the limit.
            this.state = this.discarding ? 'discard-fs' : 'frame-fs';
          } else if (b === VT) {
            this.take(chunk, start, i);
            this.endWith(events, this.discarding ? 'oversize' : 'truncated');
            this.beginFrame();
            start = i + 1;
          }
          break;
        case 'discard':
          if (b === FS) this.state = 'discard-fs';
          else if (b === VT) {
            this.endWith(events, 'oversize');
            this.beginFrame();
            start = i + 1;
          } else this.size++;
          break;
        case 'frame-fs':
        case 'discard-fs': {
          const discarding = this.state === 'discard-fs';
          if (b === CR || b === VT) {
            // FS CR ends the frame; FS VT (a sender that omits the CR) ends it and opens the next.
            this.endWith(events, discarding ? 'oversize' : 'frame');
            if (b === VT) {
              this.beginFrame();
              start = i + 1;
            }
          } else {
            // A lone FS inside the payload is content (it never is in HL7, but do not lose bytes).
            if (discarding) {
              this.size += 2;
              this.state = 'discard';
            } else {
              this.append(Buffer.of(FS));
              this.state = this.state === 'frame-fs' ? 'frame' : 'discard';
              start = i;
              i--; // re-read this byte in the frame state
            }
          }
          break;
        }
      }
    }
    if (this.state === 'frame') this.take(chunk, start, chunk.length);
    if (this.state === 'idle') this.flushJunk(events);
    return events;
  }

  private get discarding(): boolean {
    return this.state === 'discard' || this.state === 'discard-fs';
  }

  private beginFrame(): void {
    this.state = 'frame';
    this.parts = [];
    this.size = 0;
    this.head = Buffer.alloc(0);
  }

  private take(chunk: Buffer, from: number, to: number): void {
    if (to > from) this.append(chunk.subarray(from, to));
  }

  private append(slice: Buffer): void {
    if (this.discarding) {
      this.size += slice.length;
      return;
    }
    if (this.head.length < HEAD_BYTES) this.head = Buffer.concat([this.head, slice.subarray(0, HEAD_BYTES - this.head.length)]);
    this.size += slice.length;
    if (this.size > this.maxFrameBytes) {
      this.parts = [];
      this.state = 'discard';
      return;
    }
    // Copy: the socket may reuse the chunk's memory after the callback.
    this.parts.push(Buffer.from(slice));
  }

  private endWith(events: MllpEvent[], kind: 'frame' | 'oversize' | 'truncated'): void {
    if (kind === 'frame') events.push({ kind, payload: Buffer.concat(this.parts, this.size) });
    else events.push({ kind, bytes: this.size, head: this.head });
    this.state = 'idle';
    this.parts = [];
    this.size = 0;
    this.head = Buffer.alloc(0);
  }

  private flushJunk(events: MllpEvent[]): void {
    if (this.junk > 0) events.push({ kind: 'junk', bytes: this.junk });
    this.junk = 0;
  }
}
