import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { MllpDecoder, encodeMllp, type MllpEvent } from '../../../src/feeds/mllp/mllp-frame.js';

const frames = (events: MllpEvent[]): string[] => events.flatMap((e) => (e.kind === 'frame' ? [e.payload.toString('utf8')] : []));

/** Feeds `bytes` to a fresh decoder cut at the given offsets. */
function decodeSplit(bytes: Buffer, cuts: number[], max = 1 << 20): MllpEvent[] {
  const d = new MllpDecoder(max);
  const points = [...new Set(cuts.map((c) => c % (bytes.length + 1)))].sort((a, b) => a - b);
  const out: MllpEvent[] = [];
  let from = 0;
  for (const p of [...points, bytes.length]) {
    out.push(...d.push(bytes.subarray(from, p)));
    from = p;
  }
  return out;
}

describe('MllpDecoder', () => {
  it('decodes one frame, several frames in one chunk, and frames split byte by byte', () => {
    const a = 'MSH|^~\\&|A\rPID|1';
    const b = 'MSH|^~\\&|B\rOBX|1|TX|||é';
    const wire = Buffer.concat([encodeMllp(a), encodeMllp(b)]);
    expect(frames(new MllpDecoder(1000).push(wire))).toEqual([a, b]);
    const d = new MllpDecoder(1000);
    const got: MllpEvent[] = [];
    for (const byte of wire) got.push(...d.push(Buffer.of(byte)));
    expect(frames(got)).toEqual([a, b]);
    expect(d.inFrame).toBe(false);
  });

  it('yields the same frames however the byte stream is cut (property)', () => {
    const payload = fc.string({ minLength: 1, maxLength: 200 }).map((s) => s.replace(/[\x0b\x1c]/g, 'x'));
    fc.assert(
      fc.property(fc.array(payload, { minLength: 1, maxLength: 6 }), fc.array(fc.nat(), { maxLength: 12 }), (msgs, cuts) => {
        const wire = Buffer.concat(msgs.map((m) => encodeMllp(m)));
        expect(frames(decodeSplit(wire, cuts))).toEqual(msgs);
      }),
    );
  });

  it('drops a frame over the size limit as it streams, keeps its head, and decodes the next one', () => {
    const big = 'MSH|^~\\&|S|F|R|RF|20240101||ORU^R01|BIG1|P|2.5\r' + 'OBX|1|TX|||' + 'x'.repeat(5000);
    const wire = Buffer.concat([encodeMllp(big), encodeMllp('MSH|^~\\&|ok')]);
    for (const cuts of [[], [10, 2000, 4990, 5020], [5060]]) {
      const events = decodeSplit(wire, cuts, 1000);
      const over = events.find((e) => e.kind === 'oversize');
      expect(over).toMatchObject({ kind: 'oversize', bytes: Buffer.byteLength(big) });
      expect(over && 'head' in over && over.head.toString().startsWith('MSH|^~\\&|S|F|R|RF')).toBe(true);
      expect(frames(events)).toEqual(['MSH|^~\\&|ok']);
    }
  });

  it('reports a frame cut short by a new start block, and junk between frames, without losing the next frame', () => {
    const wire = Buffer.concat([Buffer.from('garbage\r\n'), Buffer.from('\x0bMSH|^~\\&|CUT'), encodeMllp('MSH|^~\\&|NEXT')]);
    const events = new MllpDecoder(1000).push(wire);
    expect(events.map((e) => e.kind)).toEqual(['junk', 'truncated', 'frame']);
    expect(events[0]).toMatchObject({ bytes: 7 });
    expect(frames(events)).toEqual(['MSH|^~\\&|NEXT']);
  });

  it('accepts FS without CR when the next frame follows at once, and keeps a lone FS inside a payload', () => {
    const wire = Buffer.from('\x0bONE\x1c\x0bTWO\x1c\r\x0bA\x1cB\x1c\r');
    expect(frames(new MllpDecoder(1000).push(wire))).toEqual(['ONE', 'TWO', 'A\x1cB']);
  });

  it('holds an unfinished frame until its end block arrives', () => {
    const d = new MllpDecoder(1000);
    expect(d.push(Buffer.from('\x0bMSH|partial'))).toEqual([]);
    expect(d.inFrame).toBe(true);
    expect(d.buffered).toBe(11);
    expect(frames(d.push(Buffer.from('-rest\x1c')))).toEqual([]);
    expect(frames(d.push(Buffer.from('\r')))).toEqual(['MSH|partial-rest']);
  });
});
