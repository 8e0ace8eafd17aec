/**
 * HL7 v2.5 acknowledgements (chapter 2.9 "Message processing rules", original acknowledgement
 * mode; segments MSH, MSA and ERR of chapter 2.15 / 2.A). Pure: builds the ACK text from the
 * received message's MSH and a decision; never copies anything but header fields into it.
 */
import { readDelimiters, type Delimiters } from '../../ingest/hl7/hl7-message.js';

export type AckCode = 'AA' | 'AE' | 'AR';

/** The header fields an ACK echoes or swaps (MSH-3..6, MSH-9.2, MSH-10, MSH-11, MSH-12). */
export interface MshHeader {
  delimiters: Delimiters;
  sendingApplication: string;
  sendingFacility: string;
  receivingApplication: string;
  receivingFacility: string;
  /** MSH-9.2 (trigger event), echoed in the ACK's MSH-9. */
  triggerEvent: string;
  controlId: string;
  processingId: string;
  versionId: string;
}

/** What to answer: the ACK code and, for AE / AR, the error for the ERR segment. */
export interface AckDecision {
  code: AckCode;
  /** MSA-3 / ERR-8 text. Must be free of report text: registry messages and locators only. */
  text?: string;
  /** HL7 table 0357 message error condition code for ERR-3 (e.g. 200 unsupported message type, 207 internal error). */
  hl7Error?: Hl7ErrorCode;
  /** radlabel's registry code, sent as ERR-5 (application error code). */
  appCode?: string;
}

/** HL7 table 0357 (message error condition codes) values used here. */
export const HL7_ERROR = {
  segmentSequence: { code: '100', text: 'Segment sequence error' },
  requiredFieldMissing: { code: '101', text: 'Required field missing' },
  dataType: { code: '102', text: 'Data type error' },
  unsupportedMessageType: { code: '200', text: 'Unsupported message type' },
  unsupportedVersion: { code: '203', text: 'Unsupported version id' },
  internal: { code: '207', text: 'Application internal error' },
} as const;
export type Hl7ErrorCode = (typeof HL7_ERROR)[keyof typeof HL7_ERROR];

const DEFAULT_DELIMITERS: Delimiters = { field: '|', component: '^', repetition: '~', escape: '\\', subcomponent: '&' };

/**
 * Reads the MSH of a message (the first line starting with `MSH`), or undefined when there is
 * none or its encoding characters are unusable. Works on the head of a frame that was cut off.
 */
export function readMshHeader(text: string): MshHeader | undefined {
  const line = text.split(/\r\n|\r|\n/).find((l) => l.replace(/^\uFEFF/, '').startsWith('MSH'));
  if (!line) return undefined;
  const msh = line.replace(/^\uFEFF/, '');
  const d = readDelimiters(msh);
  if (!d.ok) return undefined;
  const parts = msh.split(d.value.field);
  // parts[0] = 'MSH', parts[1] = MSH-2, so MSH-n is parts[n - 1].
  const f = (n: number): string => clean(parts[n - 1] ?? '');
  return {
    delimiters: d.value,
    sendingApplication: f(3),
    sendingFacility: f(4),
    receivingApplication: f(5),
    receivingFacility: f(6),
    triggerEvent: clean((parts[8] ?? '').split(d.value.component)[1] ?? ''),
    controlId: clean((parts[9] ?? '').split(d.value.component)[0] ?? ''),
    processingId: f(11),
    versionId: clean((parts[11] ?? '').split(d.value.component)[0] ?? ''),
  };
}

/** Control characters never belong in an echoed header field; cutting them keeps the ACK well-formed. */
function clean(v: string): string {
  return v.replace(/[\x00-\x1f\x7f]/g, '').slice(0, 200);
}

/**
 * Builds the ACK for a received message (HL7 v2.5 §2.9.2): MSH with sender and receiver swapped,
 * MSH-9 `ACK^<trigger>^ACK`, a fresh MSH-10, MSA-1 = the code and MSA-2 = the received MSH-10, and
 * for AE / AR an ERR segment (ERR-3 table 0357 code, ERR-4 severity E, ERR-5 radlabel's code, ERR-8
 * the reason). Without a readable MSH, the ACK uses the default delimiters and an empty MSA-2.
 * Segments end with CR, as MLLP requires.
 */
export function buildAck(received: MshHeader | undefined, decision: AckDecision, opts: { controlId: string; now?: Date }): string {
  const d = received?.delimiters ?? DEFAULT_DELIMITERS;
  const enc = `${d.component}${d.repetition}${d.escape}${d.subcomponent}`;
  const esc = (v: string): string => escapeHl7(v, d);
  const trigger = received?.triggerEvent ? `${d.component}${received.triggerEvent}${d.component}ACK` : '';
  const msh = [
    'MSH',
    enc,
    received?.receivingApplication || 'RADLABEL',
    received?.receivingFacility ?? '',
    received?.sendingApplication ?? '',
    received?.sendingFacility ?? '',
    hl7Timestamp(opts.now ?? new Date()),
    '',
    `ACK${trigger}`,
    esc(opts.controlId),
    received?.processingId || 'P',
    received?.versionId || '2.5',
  ].join(d.field);
  const msa = ['MSA', decision.code, received?.controlId ?? '', ...(decision.text ? [esc(decision.text)] : [])].join(d.field);
  const segments = [msh, msa];
  if (decision.code !== 'AA') {
    const hl7 = decision.hl7Error ?? HL7_ERROR.internal;
    const err = [
      'ERR',
      '',
      '',
      `${hl7.code}${d.component}${esc(hl7.text)}${d.component}HL70357`,
      'E',
      decision.appCode ? `${esc(decision.appCode)}${d.component}${esc(decision.text ?? '')}${d.component}RADLABEL` : '',
      '',
      '',
      esc(decision.text ?? hl7.text),
    ].join(d.field);
    segments.push(err);
  }
  return segments.join('\r') + '\r';
}

/** Escapes the delimiters in a value (HL7 v2.5 §2.7: \F\ \S\ \T\ \R\ \E\). */
export function escapeHl7(value: string, d: Delimiters): string {
  let out = '';
  for (const c of value.replace(/[\x00-\x1f\x7f]/g, ' ')) {
    if (c === d.escape) out += `${d.escape}E${d.escape}`;
    else if (c === d.field) out += `${d.escape}F${d.escape}`;
    else if (c === d.component) out += `${d.escape}S${d.escape}`;
    else if (c === d.subcomponent) out += `${d.escape}T${d.escape}`;
    else if (c === d.repetition) out += `${d.escape}R${d.escape}`;
    else out += c;
  }
  return out;
}

/** HL7 DTM `YYYYMMDDHHMMSS+0000` in UTC. */
export function hl7Timestamp(t: Date): string {
  const p = (n: number, w = 2): string => String(n).padStart(w, '0');
  return `${t.getUTCFullYear()}${p(t.getUTCMonth() + 1)}${p(t.getUTCDate())}${p(t.getUTCHours())}${p(t.getUTCMinutes())}${p(t.getUTCSeconds())}+0000`;
}

/** Reads an ACK: MSA-1, MSA-2 and, when present, ERR-5.1 / ERR-8 (used by the client and tests). */
export function parseAck(text: string): { code: string; controlId: string; appCode?: string; text?: string } | undefined {
  const lines = text.split(/\r\n|\r|\n/);
  const msh = lines.find((l) => l.startsWith('MSH'));
  if (!msh) return undefined;
  const fs = msh.charAt(3);
  const cs = msh.charAt(4);
  const msa = lines.find((l) => l.startsWith(`MSA${fs}`))?.split(fs);
  if (!msa) return undefined;
  const err = lines.find((l) => l.startsWith(`ERR${fs}`))?.split(fs);
  const appCode = err?.[5]?.split(cs)[0];
  return {
    code: msa[1] ?? '',
    controlId: msa[2] ?? '',
    ...(appCode ? { appCode } : {}),
    ...(err?.[8] ? { text: err[8] } : msa[3] ? { text: msa[3] } : {}),
  };
}
