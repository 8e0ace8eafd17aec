import type { ErrorCode } from '../../errors/index.js';
import type { Result } from '../../util/result.js';
import { err, ok } from '../../util/result.js';

/** Encoding characters of one message (MSH-1 and MSH-2, HL7 v2 chapter 2.5.4). */
export interface Delimiters {
  field: string;
  component: string;
  repetition: string;
  escape: string;
  subcomponent: string;
}

/**
 * One segment. `fields[n]` is field n counted as in the spec (`fields[0]` is the segment name), so
 * `fields[3]` of a PID is PID-3. For MSH, `fields[1]` is the field separator and `fields[2]` the
 * encoding characters, so MSH-9 is `fields[9]` as well.
 */
export interface Segment {
  name: string;
  fields: string[];
  /** 1-based position of the segment in its message. */
  position: number;
}

export interface Hl7Message {
  delimiters: Delimiters;
  segments: Segment[];
  /** Segments by name, in message order (built once; readers look segments up many times). */
  byName: Map<string, Segment[]>;
}

export interface TokenizeProblem {
  code: ErrorCode;
  message: string;
}

const SEGMENT_NAME = /^[A-Z][A-Z0-9]{2}$/;
// C0 controls other than TAB never occur in a well-formed message; they mark binary garbage.
const CONTROL = /[\x00-\x08\x0e-\x1f\x7f]/;

/** Reads MSH-1 / MSH-2. Needs 4 or 5 distinct, non-alphanumeric encoding characters (5th = truncation, v2.7+). */
export function readDelimiters(mshLine: string): Result<Delimiters, TokenizeProblem> {
  const field = mshLine.charAt(3);
  if (field === '' || !isDelimiterChar(field)) {
    return err({ code: 'HL7_BAD_ENCODING', message: 'MSH-1 (field separator) is missing or is a letter, digit or blank' });
  }
  const end = mshLine.indexOf(field, 4);
  const enc = end < 0 ? mshLine.slice(4) : mshLine.slice(4, end);
  if (enc.length < 4 || enc.length > 5) {
    return err({ code: 'HL7_BAD_ENCODING', message: `MSH-2 has ${enc.length} encoding characters; 4 are required` });
  }
  const chars = [field, ...enc];
  if (!chars.every(isDelimiterChar)) {
    return err({ code: 'HL7_BAD_ENCODING', message: 'MSH-2 contains a letter, digit or blank as an encoding character' });
  }
  if (new Set(chars).size !== chars.length) {
    return err({ code: 'HL7_BAD_ENCODING', message: 'MSH-1 / MSH-2 repeat an encoding character' });
  }
  return ok({ field, component: enc[0]!, repetition: enc[1]!, escape: enc[2]!, subcomponent: enc[3]! });
}

function isDelimiterChar(c: string): boolean {
  return c.length === 1 && !/[A-Za-z0-9\s]/.test(c);
}

/** Tokenizes the lines of one message whose first line is MSH. Every line must be a segment. */
export function tokenizeMessage(lines: string[]): Result<Hl7Message, TokenizeProblem> {
  const msh = lines[0] ?? '';
  const delimiters = readDelimiters(msh);
  if (!delimiters.ok) return delimiters;
  const d = delimiters.value;
  const segments: Segment[] = [];
  const byName = new Map<string, Segment[]>();
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const name = line.slice(0, 3);
    const position = i + 1;
    if (!SEGMENT_NAME.test(name) || (line.length > 3 && line.charAt(3) !== d.field)) {
      return err({ code: 'HL7_PARSE', message: `line ${position} of the message is not a segment (no segment id followed by the field separator)` });
    }
    if (CONTROL.test(line)) {
      return err({ code: 'HL7_PARSE', message: `segment ${position} (${name}) contains control bytes` });
    }
    const parts = line.split(d.field);
    const fields = i === 0 ? ['MSH', d.field, ...parts.slice(1)] : parts;
    const seg = { name, fields, position };
    segments.push(seg);
    const same = byName.get(name);
    if (same) same.push(seg);
    else byName.set(name, [seg]);
  }
  return ok({ delimiters: d, segments, byName });
}

/** Field n of a segment (raw, still escaped), '' when absent. */
export function field(seg: Segment | undefined, n: number): string {
  return seg?.fields[n] ?? '';
}

/** Repetitions of a raw field value. */
export function repetitions(value: string, d: Delimiters): string[] {
  return value === '' ? [] : value.split(d.repetition);
}

/** Components of one repetition. */
export function components(rep: string, d: Delimiters): string[] {
  return rep.split(d.component);
}

/** Component c (1-based) of the first repetition of a raw field value, '' when absent. */
export function component(value: string, c: number, d: Delimiters): string {
  const rep = value.split(d.repetition, 1)[0] ?? '';
  return rep.split(d.component)[c - 1] ?? '';
}

/** Subcomponent s (1-based) of a raw component value. */
export function subcomponent(value: string, s: number, d: Delimiters): string {
  return value.split(d.subcomponent)[s - 1] ?? '';
}

/** First segment with that name. */
export function firstSegment(msg: Hl7Message, name: string): Segment | undefined {
  return msg.byName.get(name)?.[0];
}

const NONE: readonly Segment[] = [];

/** All segments with that name, in message order. */
export function allSegments(msg: Hl7Message, name: string): readonly Segment[] {
  return msg.byName.get(name) ?? NONE;
}
