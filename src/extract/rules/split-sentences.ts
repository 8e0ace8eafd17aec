import { isAsciiDigit as isDigit } from '../../util/ascii-chars.js';

/** A sentence as offsets into the analysed text. */
export interface SentenceSpan {
  start: number;
  end: number;
}

const LF = 0x0a;
const PERIOD = 0x2e;
const BANG = 0x21;
const QUESTION = 0x3f;
const COLON = 0x3a;


/**
 * `/\s/` on one UTF-16 code unit: ECMAScript white space (TAB, VT, FF, SP, NBSP, ZWNBSP and the
 * other Unicode `Zs` spaces) and line terminators (LF, CR, LS, PS). NaN is not a space.
 */
export function isSpace(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  if (c < 0xa0) return false;
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/**
 * Whether the line after a line break at `from` continues the statement: the text up to `lim`
 * is not a blank line (`[ \t\r]*\n`) and its first non-blank character is a lower-case ASCII
 * letter, `(` or `,`.
 */
function continuesLine(text: string, from: number, lim: number): boolean {
  let k = from;
  while (k < lim) {
    const ch = text.charCodeAt(k);
    if (ch === 0x20 || ch === 0x09 || ch === 0x0d) k++;
    else break;
  }
  if (k < lim && text.charCodeAt(k) === LF) return false;
  while (k < lim && isSpace(text.charCodeAt(k))) k++;
  if (k >= lim) return false;
  const ch = text.charCodeAt(k);
  return (ch >= 0x61 && ch <= 0x7a) || ch === 0x28 || ch === 0x2c;
}

const DEFAULT_ABBREVIATIONS = ['approx', 'dr', 'vs', 'e.g', 'i.e', 'etc', 'mr', 'mrs', 'ms', 'no', 'st', 'fig', 'cf', 'incl', 'pt'];

/**
 * Builds a sentence splitter for radiology style: numbered impressions ("1. … 2. …"), abbreviations
 * ("approx.", "Dr.", "vs."), decimals, one statement per line without periods, blank lines and
 * templated headers ("LUNGS AND PLEURA:"). Abbreviations are given without their final period.
 */
export function createSentenceSplitter(abbreviations: readonly string[] = DEFAULT_ABBREVIATIONS): (text: string, from?: number, to?: number) => SentenceSpan[] {
  const abbr = new Set(abbreviations.map((a) => a.toLowerCase().replace(/\.$/, '')));
  return (text, from = 0, end = text.length) => {
    // Clamped so that a character after a sentence end, when before `to`, is in the text.
    const to = Math.min(end, text.length);
    const cuts: number[] = [];
    let sentStart = from;
    // Only blanks, dashes, stars or bullets since the sentence start (`trim` blanks are `\s`).
    const startsSentence = (i: number): boolean => {
      for (let k = sentStart; k < i; k++) {
        const ch = text.charCodeAt(k);
        if (!isSpace(ch) && ch !== 0x2d && ch !== 0x2a && ch !== 0x2022) return false;
      }
      return true;
    };
    const cut = (at: number): void => {
      cuts.push(at);
      sentStart = at;
    };
    // Every character of every report passes this loop: it tests char codes, and only the few
    // characters that can end a sentence (line break, . ! ? :, a digit after a blank) look further.
    for (let i = from; i < to; i++) {
      const c = text.charCodeAt(i);
      if (c === LF) {
        // A wrapped line continues in lower case; anything else (a blank line, nothing within 40
        // characters, another first character) starts a new statement. Read by char codes in
        // place: every line of every report passes here.
        if (!continuesLine(text, i + 1, Math.min(to, i + 40))) cut(i + 1);
        continue;
      }
      if (c === PERIOD || c === BANG || c === QUESTION) {
        if (i + 1 < to && !isSpace(text.charCodeAt(i + 1))) continue;
        if (c === PERIOD) {
          const word = /([A-Za-z.]+|\d+)$/.exec(text.slice(Math.max(sentStart, i - 12), i))?.[1] ?? '';
          const w = word.toLowerCase();
          if (/^\d{1,2}$/.test(word) && startsSentence(i - word.length)) continue; // list marker "2."
          const nextChar = text.slice(i + 1, i + 4).trimStart()[0];
          if (abbr.has(w)) {
            if (w !== 'no' || (nextChar !== undefined && /\d/.test(nextChar))) continue;
          } else if (/^[a-z]$/i.test(word) && (nextChar === undefined || !/[A-Z]/.test(nextChar))) continue; // initials, "e. coli"

        }
        cut(i + 1);
        continue;
      }
      if (c === COLON) {
        const head = text.slice(sentStart, i).trim();
        if (/^[A-Za-z][A-Za-z &/,-]{0,40}$/.test(head) && (head === head.toUpperCase() || head.split(/\s+/).length <= 3)) {
          cut(i + 1);
          continue;
        }
        // A capitalised heading inside running text ("… obtained CHIEF COMPLAINT: …") starts its own chunk.
        const caps = /(?:^|[\s*.;,)\]])([A-Z][A-Z&/-]*(?: [A-Z&/-]+){0,5})$/.exec(text.slice(Math.max(sentStart, i - 48), i));
        if (caps && /[A-Z]{3}/.test(caps[1]!)) {
          const headStart = i - caps[1]!.length;
          if (text.slice(sentStart, headStart).trim() !== '') cut(headStart);
          cut(i + 1);
        }
        continue;
      }
      // Inline numbered list: "… effusion 2. Cardiomegaly" starts a new item at the number.
      if (isDigit(c) && isSpace(text.charCodeAt(i - 1)) && !startsSentence(i)) {
        const m = /^(\d{1,2})[.)]\s+(?=[A-Z])/.exec(text.slice(i, i + 6));
        if (m && !isDigit(text.charCodeAt(i - 2))) cut(i);
      }
    }
    const out: SentenceSpan[] = [];
    let s = from;
    cuts.push(to);
    for (const e of cuts) {
      let a = s;
      let b = Math.min(e, to);
      while (a < b && isSpace(text.charCodeAt(a))) a++;
      while (b > a && isSpace(text.charCodeAt(b - 1))) b--;
      if (b > a) out.push({ start: a, end: b });
      s = e;
    }
    return out;
  };
}
