import { createRequire } from 'node:module';

/**
 * A small typed wrapper around hl7-standard (CJS, untyped), used as an independent oracle for
 * radlabel's own tokenizer on messages with the default encoding characters. hl7-standard is not
 * the production path: it hard-codes `|` and `^`, overwrites MSH-2 with `^~\&`, picks one line
 * ending per message, does not decode escapes and is ~10x slower (see src/ingest/hl7/README.md).
 */
interface RawSegment {
  data: Record<string, unknown>;
}
interface RawMessage {
  transform(cb?: (err: Error | null) => void): void;
  getSegments(name?: string): RawSegment[];
}
const HL7 = createRequire(import.meta.url)('hl7-standard') as new (raw: string) => RawMessage;

export interface OracleSegment {
  name: string;
  /** Field values keyed by HL7 field number, re-joined to their raw (escaped) form. */
  fields: Map<number, string>;
}

/** Segments of one message with the given names, in message order, as hl7-standard reads them. */
export function oracleSegments(raw: string, names: string[]): OracleSegment[] {
  const msg = new HL7(raw);
  msg.transform();
  const out: Array<OracleSegment & { order: number }> = [];
  for (const name of names) {
    for (const seg of msg.getSegments(name)) {
      const fields = new Map<number, string>();
      for (const [key, value] of Object.entries(seg.data)) {
        const n = Number(key.split('.')[1]);
        if (Number.isInteger(n)) fields.set(n, rejoin(value));
      }
      out.push({ name, fields, order: (seg as unknown as { index: number }).index });
    }
  }
  return out.sort((a, b) => a.order - b.order).map(({ name, fields }) => ({ name, fields }));
}

// hl7-standard's shapes: a field with `~` is an array of component objects (repetitions); a field
// with `^` is an object of components; a field with only `&` is an array of strings; inside a
// component object an array holds subcomponents.
function rejoin(value: unknown): string {
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) {
    const reps = value.some((v) => typeof v === 'object');
    return value.map((v) => (typeof v === 'object' ? joinComponents(v) : String(v))).join(reps ? '~' : '&');
  }
  return value && typeof value === 'object' ? joinComponents(value) : '';
}

function joinComponents(obj: object): string {
  return Object.values(obj)
    .map((v) => (Array.isArray(v) ? v.join('&') : String(v)))
    .join('^');
}
