import type { AnyResource, Attachment, DiagnosticReport, Reference } from './fhir-schemas.js';
import { htmlToText } from './html-to-text.js';
import { resultObservationText } from './result-text.js';

export type ReportText =
  | { ok: true; text: string }
  | { ok: false; reason: 'no-text'; detail: string };

/**
 * Reads an Attachment's inline `data` as text (https://hl7.org/fhir/R4/datatypes.html#Attachment):
 * `text/plain` decoded with its charset (utf-8 default, latin1 when the bytes are not UTF-8;
 * latin1 / iso-8859-1 / windows-1252 as latin1), HTML / XHTML stripped to text. Attachments with only a `url`, or of another type
 * (PDF, images), yield undefined.
 */
export function attachmentText(a: Attachment): string | undefined {
  if (!a.data) return undefined;
  const ct = (a.contentType ?? '').toLowerCase();
  const [mime = '', ...params] = ct.split(';').map((x) => x.trim());
  const isHtml = mime.includes('html');
  if (mime !== 'text/plain' && !isHtml) return undefined;
  const charset = params.find((p) => p.startsWith('charset='))?.slice('charset='.length).replace(/"/g, '');
  const bytes = Buffer.from(a.data, 'base64');
  const latin1 = charset !== undefined && /^(?:latin-?1|iso-?8859-1|windows-1252|cp1252|us-ascii|ascii)$/.test(charset);
  let text = latin1 ? bytes.toString('latin1') : decodeUtf8OrLatin1(bytes);
  text = text.replace(/^\uFEFF/, '');
  if (isHtml) return htmlToText(text);
  return text.replace(/\r\n?/g, '\n').trim();
}

/** UTF-8, or Latin-1 when the bytes are not valid UTF-8 (an undeclared legacy charset). */
function decodeUtf8OrLatin1(bytes: Buffer): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return bytes.toString('latin1');
  }
}

const norm = (s: string): string => s.replace(/\s+/g, ' ').trim().toLowerCase();

/**
 * Composes the report text: readable `presentedForm` attachments as written (or, when there are
 * none, the narrative `valueString` of resolvable `result` Observations), then
 * "IMPRESSION:\n<conclusion>" unless the conclusion already appears in them (or the
 * `conclusionCode` texts when there is no conclusion); the `text.div` narrative only when there is
 * nothing else. A report with only PDF / URL attachments is `no-text`.
 */
export function composeReportText(dr: DiagnosticReport, resolve: (ref: Reference) => AnyResource | undefined = () => undefined): ReportText {
  const forms = dr.presentedForm ?? [];
  const bodies = forms.map(attachmentText).filter((t): t is string => !!t && t.trim() !== '');
  if (bodies.length === 0) bodies.push(...resultObservationText(dr.result ?? [], resolve));
  const conclusion = dr.conclusion?.trim();
  if (bodies.length === 0 && !conclusion && dr.text?.div) {
    const narrative = htmlToText(dr.text.div);
    if (narrative) bodies.push(narrative);
  }
  const parts = [...bodies];
  let impression = conclusion;
  if (!impression) {
    const codes = (dr.conclusionCode ?? [])
      .map((c) => c.text ?? c.coding?.find((x) => x.display)?.display)
      .filter((t): t is string => !!t && t.trim() !== '');
    if (codes.length) impression = codes.join('\n');
  }
  if (impression && !norm(bodies.join('\n')).includes(norm(impression))) parts.push(`IMPRESSION:\n${impression}`);
  const text = parts.join('\n\n').trim();
  if (text) return { ok: true, text };
  const types = forms.map((f) => (f.contentType ?? 'unknown').split(';')[0]!.trim().toLowerCase());
  const detail = types.length
    ? `no readable text: presentedForm is ${[...new Set(types)].join(', ')}${forms.every((f) => !f.data) ? ' (url only)' : ''}`
    : 'no conclusion, presentedForm or narrative';
  return { ok: false, reason: 'no-text', detail: types.includes('application/pdf') ? `PDF-only; ${detail}` : detail };
}
