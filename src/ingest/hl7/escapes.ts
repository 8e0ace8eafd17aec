import type { Delimiters } from './hl7-message.js';

const HEX = /^X(?:[0-9A-Fa-f]{2})+$/;
const CHARSET_OR_LOCAL = /^(?:Z.*|C[0-9A-Fa-f]{4}|M[0-9A-Fa-f]{4,6})$/;
const FORMAT = /^\.(br|sp|in|ti|sk|ce|fi|nf)(?:\s*([+-]?\d+))?$/;
// Decoded \Xhh\ bytes may hold controls; only TAB / LF / CR make sense in report text.
const STRAY_CONTROL = /[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]/g;

/**
 * Decodes HL7 v2 escape sequences in one component / text value, using the message's own
 * encoding characters (HL7 v2.5 chapter 2.7 "Use of escape sequences in text fields"):
 * `\F\ \S\ \T\ \R\ \E\` → delimiters, `\H\ \N\` highlighting dropped, `\Xhh…\` hex bytes decoded
 * as UTF-8, `\Z…\` / `\C…\` / `\M…\` dropped, and FT formatting commands (chapter 2.7.6) rendered
 * as plain text: `\.br\` and `\.ce\` break the line, `\.sp n\` gives n line breaks, `\.sk n\`
 * n spaces, `\.in\ \.ti\ \.fi\ \.nf\` are layout hints with no plain-text form. CR / CRLF become LF.
 * An unknown or unterminated sequence is kept literally.
 */
export function decodeEscapes(value: string, d: Delimiters): string {
  const esc = d.escape;
  let open = value.indexOf(esc);
  if (open < 0) return value.includes('\r') ? normalizeBreaks(value) : value;
  let out = value.slice(0, open);
  while (open >= 0) {
    const close = value.indexOf(esc, open + 1);
    if (close < 0) {
      out += value.slice(open);
      break;
    }
    const body = value.slice(open + 1, close);
    const decoded = decodeSequence(body, d);
    if (decoded === undefined) {
      // Not an escape: keep the opener literally and let the closer start the next attempt.
      out += esc + body;
      open = close;
      continue;
    }
    out += decoded;
    const next = value.indexOf(esc, close + 1);
    out += value.slice(close + 1, next < 0 ? value.length : next);
    open = next;
  }
  return normalizeBreaks(out);
}

function decodeSequence(body: string, d: Delimiters): string | undefined {
  switch (body) {
    case 'F':
      return d.field;
    case 'S':
      return d.component;
    case 'T':
      return d.subcomponent;
    case 'R':
      return d.repetition;
    case 'E':
      return d.escape;
    case 'H':
    case 'N':
      return '';
  }
  if (HEX.test(body)) return Buffer.from(body.slice(1), 'hex').toString('utf8').replace(STRAY_CONTROL, '');
  if (CHARSET_OR_LOCAL.test(body)) return '';
  const f = FORMAT.exec(body);
  if (!f) return undefined;
  const n = f[2] === undefined ? 1 : Math.abs(Number(f[2]));
  switch (f[1]) {
    case 'br':
    case 'ce':
      return '\n';
    case 'sp':
      return '\n'.repeat(Math.max(1, Math.min(n, 10)));
    case 'sk':
      return ' '.repeat(Math.min(n, 80));
    default:
      return '';
  }
}

function normalizeBreaks(s: string): string {
  return s.includes('\r') ? s.replace(/\r\n?/g, '\n') : s;
}
