import type { PersonName } from '../../domain/report.js';
import { decodeEscapes } from './escapes.js';
import type { Delimiters } from './hl7-message.js';

/**
 * Readers for the HL7 v2 composite data types radlabel needs (HL7 v2.5 chapter 2A). Each takes one
 * raw repetition (still escaped) and returns decoded, trimmed values; empty parts are left out.
 */

const TS = /^(\d{4})(\d{2})?(\d{2})?(\d{2})?(\d{2})?(\d{2})?(\.\d{1,4})?([+-]\d{4})?$/;

/**
 * HL7 TS / DTM (`YYYY[MM[DD[HH[MM[SS[.S[S[S[S]]]]]]]]][+/-ZZZZ]`, HL7 v2.5 chapter 2A) to ISO 8601:
 * `2020-08-02` for a date, `2020-08-02T12:44:55-02:15` for a date-time. Returns undefined when the
 * value is not a valid TS (wrong length, month 13, …).
 */
export function toIsoDateTime(raw: string, d: Delimiters): string | undefined {
  const value = raw.split(d.component, 1)[0]!.trim();
  const m = TS.exec(value);
  if (!m) return undefined;
  const [, y, mo, da, hh, mi, ss, frac, zone] = m;
  if (mo !== undefined && !inRange(mo, 1, 12)) return undefined;
  if (da !== undefined && !validDay(Number(y), Number(mo), Number(da))) return undefined;
  if (hh !== undefined && !inRange(hh, 0, 23)) return undefined;
  if (mi !== undefined && !inRange(mi, 0, 59)) return undefined;
  if (ss !== undefined && !inRange(ss, 0, 60)) return undefined;
  let iso = y!;
  if (mo === undefined) return iso;
  iso += `-${mo}`;
  if (da === undefined) return iso;
  iso += `-${da}`;
  if (hh === undefined) return iso;
  iso += `T${hh}:${mi ?? '00'}:${ss ?? '00'}${frac ?? ''}`;
  if (zone) iso += `${zone.slice(0, 3)}:${zone.slice(3)}`;
  return iso;
}

/** HL7 DT / TS to an ISO date (`YYYY-MM-DD`); undefined unless year, month and day are all valid. */
export function toIsoDate(raw: string, d: Delimiters): string | undefined {
  const iso = toIsoDateTime(raw, d);
  return iso && iso.length >= 10 ? iso.slice(0, 10) : undefined;
}

function inRange(s: string, lo: number, hi: number): boolean {
  const n = Number(s);
  return n >= lo && n <= hi;
}

function validDay(y: number, m: number, day: number): boolean {
  return day >= 1 && day <= new Date(Date.UTC(y, m, 0)).getUTCDate();
}

/** Decoded component c (1-based) of a repetition, first subcomponent only. */
function comp(parts: string[], c: number, d: Delimiters): string {
  const v = parts[c - 1];
  if (!v) return '';
  const sub = v.indexOf(d.subcomponent);
  return decodeEscapes(sub < 0 ? v : v.slice(0, sub), d).trim();
}

/** SAD street (component 1 of XAD): the street line, else dwelling number + street name. */
function street(parts: string[], d: Delimiters): string {
  const s = (parts[0] ?? '').split(d.subcomponent).map((v) => decodeEscapes(v, d).trim());
  return s[0] || [s[2], s[1]].filter(Boolean).join(' ');
}

function name(family: string, given: string, middle: string, suffix: string, prefix: string): PersonName | undefined {
  const n: PersonName = { given: [given, middle].filter(Boolean) };
  if (family) n.family = family;
  if (suffix) n.suffix = suffix;
  if (prefix) n.prefix = prefix;
  return n.family || n.given.length ? n : undefined;
}

/** XPN (family^given^middle^suffix^prefix^degree, HL7 v2.5 chapter 2A); FN family keeps its surname only. */
export function readXpn(rep: string, d: Delimiters): PersonName | undefined {
  const p = rep.split(d.component);
  return name(comp(p, 1, d), comp(p, 2, d), comp(p, 3, d), comp(p, 4, d), comp(p, 5, d));
}

/**
 * XCN (id^family^given^middle^suffix^prefix^degree, HL7 v2.5 chapter 2A). Senders that put a whole name
 * in the id component ("John Smith") get it back as `text`, since it still identifies a person.
 */
export function readXcn(rep: string, d: Delimiters): PersonName | undefined {
  const p = rep.split(d.component);
  const n = name(comp(p, 2, d), comp(p, 3, d), comp(p, 4, d), comp(p, 5, d), comp(p, 6, d));
  if (n) return n;
  // Only a multi-word, digit-free id reads as a name; short codes ("MS", "ABC") would scrub words.
  const id = comp(p, 1, d);
  return /^\p{L}[\p{L}'.-]*(?:\s+\p{L}[\p{L}'.-]*)+$/u.test(id) ? { given: [], text: id } : undefined;
}

/**
 * NDL (OBR-32..35, HL7 v2.5 chapter 2A): component 1 is a CNN whose subcomponents are
 * id&family&given&middle&suffix&prefix. Many senders write an XCN there instead; both are read.
 */
export function readNdl(rep: string, d: Delimiters): PersonName | undefined {
  const first = rep.split(d.component, 1)[0] ?? '';
  if (!first.includes(d.subcomponent)) return readXcn(rep, d);
  const s = first.split(d.subcomponent).map((v) => decodeEscapes(v, d).trim());
  return name(s[1] ?? '', s[2] ?? '', s[3] ?? '', s[4] ?? '', s[5] ?? '');
}

/** CX / CE / CWE / EI / HD: the decoded first component (the identifier or namespace id). */
export function readId(rep: string, d: Delimiters): string {
  // Read a dozen times a message (ids, status codes, MSH-3/4): the first component is cut by
  // index, with no array of every component (what `comp` of the split reads, the same string).
  const end = rep.indexOf(d.component);
  const v = end < 0 ? rep : rep.slice(0, end);
  if (!v) return '';
  const sub = v.indexOf(d.subcomponent);
  return decodeEscapes(sub < 0 ? v : v.slice(0, sub), d).trim();
}

/** CE / CWE (code^text^system^alt code^alt text^alt system); falls back to the alternate triplet. */
export function readCoded(rep: string, d: Delimiters): { code?: string; text?: string; system?: string } {
  const p = rep.split(d.component);
  let [code, text, system] = [comp(p, 1, d), comp(p, 2, d), comp(p, 3, d)];
  if (!code && !text) [code, text, system] = [comp(p, 4, d), comp(p, 5, d), comp(p, 6, d)];
  const out: { code?: string; text?: string; system?: string } = {};
  if (code) out.code = code;
  if (text) out.text = text;
  if (system) out.system = system;
  return out;
}

/** XAD (street^other^city^state^zip^country…, HL7 v2.5 chapter 2A) as one line, parts joined by ", ". */
export function readXad(rep: string, d: Delimiters): string | undefined {
  const p = rep.split(d.component);
  const line = [street(p, d), ...[2, 3, 4, 5, 6].map((c) => comp(p, c, d))].filter(Boolean).join(', ');
  return line || undefined;
}

/**
 * XTN: phone from component 1 (pre-2.5 free form), else country / area / local
 * number / extension (components 5–8), else the unformatted number (12). Email is component 4.
 */
export function readXtn(rep: string, d: Delimiters): { phone?: string; email?: string } {
  const p = rep.split(d.component);
  const out: { phone?: string; email?: string } = {};
  let phone = comp(p, 1, d);
  if (!phone && comp(p, 7, d)) {
    const ext = comp(p, 8, d);
    phone = [comp(p, 5, d), comp(p, 6, d), comp(p, 7, d)].filter(Boolean).join(' ') + (ext ? ` x${ext}` : '');
  }
  if (!phone) phone = comp(p, 12, d);
  if (phone) out.phone = phone;
  const email = comp(p, 4, d);
  if (email) out.email = email;
  return out;
}

/** HD / XON names: namespace id (component 1) and a non-OID second component; bare numbers and OIDs are not names. */
export function readOrgNames(rep: string, d: Delimiters): string[] {
  const p = rep.split(d.component);
  return [comp(p, 1, d), comp(p, 2, d)].filter((v) => /\p{L}/u.test(v));
}

/** PL (point of care^room^bed^facility…): the facility's namespace id (component 4, HD). */
export function readPlFacility(rep: string, d: Delimiters): string {
  return comp(rep.split(d.component), 4, d);
}
