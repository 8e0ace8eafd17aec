import type { RawReport } from '../../domain/report.js';
import type { ErrorCode, Locator } from '../../errors/index.js';
import { RadlabelError } from '../../errors/index.js';
import type { IngestItem, ParseOptions } from '../ingest-item.js';
import { splitSections } from '../sections/split-sections.js';
import { readId } from './datatypes.js';
import { splitMessages, type MessageChunk } from './framing.js';
import type { Hl7Message } from './hl7-message.js';
import { component, field, firstSegment, tokenizeMessage } from './hl7-message.js';
import { collectIdentifiers } from './identifiers.js';
import { readReportFields } from './report-fields.js';
import { buildReportText } from './report-text.js';

const SEGMENT_ID = /^[A-Z][A-Z0-9]{2}(?:[^A-Za-z0-9\s]|$)/;

/**
 * Parses an HL7 v2 file, stream buffer or single message into one {@link IngestItem} per message.
 * ORU^R01 and MDM^T02 messages with narrative observations (TX / FT / ST) become a RawReport;
 * other message types and observation-only results are skipped with a reason; malformed messages
 * become an error carrying the message's raw text for quarantine. Pure: no I/O, never throws.
 *
 * Framing, escapes and field semantics follow HL7 v2.5 chapters 2 (control), 4 (ORC/OBR),
 * 7 (OBX, ORU^R01) and 9 (TXA, MDM^T02). Tokenizing is radlabel's own (see README in this folder).
 */
export function parseHl7(text: string, opts: ParseOptions = {}): IngestItem[] {
  return [...iterateHl7(text, opts)];
}

/**
 * The same as {@link parseHl7}, one item at a time: a consumer that handles each item before
 * pulling the next keeps large batch files from living in memory as parsed reports all at once.
 */
export function* iterateHl7(text: string, opts: ParseOptions = {}): Generator<IngestItem, void, undefined> {
  const chunks = splitMessages(text);
  for (let i = 0; i < chunks.length; i++) yield parseHl7Chunk(chunks[i]!, opts, i + 1);
}

/**
 * Parses one message chunk of {@link splitMessages} (`row`: its 1-based place in the file). The
 * messages of a file are independent, so chunks may be parsed in any order or thread.
 */
export function parseHl7Chunk(chunk: MessageChunk, opts: ParseOptions, row: number): IngestItem {
  try {
    return parseChunk(chunk, opts, row);
  } catch (cause) {
    // Defensive: a bug here must quarantine one message, not abort the file.
    return failure('HL7_PARSE', 'the message could not be parsed', chunk, locatorOf(opts, row), cause);
  }
}

function parseChunk(chunk: MessageChunk, opts: ParseOptions, row: number): IngestItem {
  const base = locatorOf(opts, row);
  if (!chunk.hasMsh) {
    const looksLikeSegments = chunk.lines.some((l) => SEGMENT_ID.test(l));
    return looksLikeSegments
      ? failure('HL7_NO_MSH', `the message has ${chunk.lines.length} segment(s) but no MSH segment before them`, chunk, base)
      : failure('HL7_PARSE', 'the input is not HL7 v2 (no segment structure before the first MSH)', chunk, base);
  }
  const tokenized = tokenizeMessage(chunk.lines);
  const messageId = messageIdOf(chunk.lines[0]!);
  const locator: Locator = messageId ? { ...base, messageId } : base;
  if (!tokenized.ok) return failure(tokenized.error.code, tokenized.error.message, chunk, locator);
  const msg = tokenized.value;
  const d = msg.delimiters;
  const msh = msg.segments[0]!;
  if (msh.fields.length < 10) return failure('HL7_TRUNCATED', `MSH ends after ${msh.fields.length - 1} fields, before MSH-9 (message type)`, chunk, locator);
  const msh9 = field(msh, 9);
  const typeCode = component(msh9, 1, d).trim();
  if (typeCode === '') return failure('HL7_PARSE', 'MSH-9 (message type) is empty', chunk, locator);
  const msgType = `${typeCode}^${component(msh9, 2, d).trim()}`.toUpperCase();
  const isMdm = msgType === 'MDM^T02';
  if (!isMdm && msgType !== 'ORU^R01' && msgType !== 'ORU^') {
    return { kind: 'skipped', locator, reason: 'not-a-report', detail: `message type ${safeType(msgType)} does not carry a report` };
  }

  const truncated = truncation(msg, isMdm);
  if (truncated) return failure('HL7_TRUNCATED', truncated, chunk, locator);

  const body = buildReportText(msg, isMdm);
  if (body.kind === 'no-text-observations') {
    const types = body.valueTypes.length ? body.valueTypes.map(safeType).join(', ') : 'none';
    return { kind: 'skipped', locator, reason: 'no-report-text', detail: `no TX / FT / ST observation (OBX value types: ${types})` };
  }
  if (body.kind === 'all-empty') {
    const which = body.setIds.length === 1 ? `OBX ${safeType(body.setIds[0]!)} has an empty value` : `all ${body.setIds.length} text OBX segments have an empty value`;
    return failure('HL7_NO_TEXT', which, chunk, locator);
  }

  const { identifiers, patientId } = collectIdentifiers(msg);
  const report: RawReport = {
    source: {
      format: 'hl7v2',
      system: systemOf(msg),
      ...(opts.file !== undefined && { file: opts.file }),
      ...(messageId && { messageId, messageControlId: messageId }),
      row,
    },
    ...readReportFields(msg, isMdm),
    ...(patientId && { patientId }),
    sections: splitSections(body.text),
    text: body.text,
    identifiers,
  };
  return { kind: 'report', report };
}

/**
 * Why the message cannot hold a complete report, or undefined. A report needs at least one OBX;
 * a last segment cut before its value (OBX without OBX-5, OBR without OBR-4) means the message
 * was truncated in transit.
 */
function truncation(msg: Hl7Message, isMdm: boolean): string | undefined {
  const last = msg.segments[msg.segments.length - 1]!;
  if (!msg.byName.has('OBX')) {
    const missing = isMdm || msg.byName.has('OBR') ? 'OBX' : 'OBR or OBX';
    return `no ${missing} segment after ${last.name} (segment ${last.position})`;
  }
  if (last.name === 'OBX' && last.fields.length < 6) return `the last segment (OBX ${last.position}) ends before OBX-5`;
  if (last.name === 'OBR' && last.fields.length < 5) return `the last segment (OBR ${last.position}) ends before OBR-4`;
  return undefined;
}

function systemOf(msg: Hl7Message): string {
  const msh = firstSegment(msg, 'MSH');
  const parts = [readId(field(msh, 3), msg.delimiters), readId(field(msh, 4), msg.delimiters)];
  return parts.some(Boolean) ? parts.join('|') : 'unknown';
}

/** MSH-10 read straight from the raw line, so even a message that fails to tokenize gets a locator. */
function messageIdOf(mshLine: string): string | undefined {
  const sep = mshLine.charAt(3);
  if (!sep) return undefined;
  const parts = mshLine.split(sep);
  const componentSep = parts[1]?.charAt(0) || '^';
  const id = (parts[9] ?? '').split(componentSep, 1)[0]!.trim();
  return id && !/[\x00-\x1f]/.test(id) ? id.slice(0, 100) : undefined;
}

/** Codes and set ids are short tokens; anything else is cut so a message never carries free text. */
function safeType(v: string): string {
  return /^[A-Za-z0-9^_#.-]{1,20}$/.test(v) ? v : '?';
}

function locatorOf(opts: ParseOptions, row: number): Locator {
  return opts.file !== undefined ? { file: opts.file, row } : { row };
}

function failure(code: ErrorCode, message: string, chunk: MessageChunk, locator: Locator, cause?: unknown): IngestItem {
  return { kind: 'error', error: new RadlabelError(code, message, { locator, cause }), raw: chunk.lines.join('\r') };
}
