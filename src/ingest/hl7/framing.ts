/**
 * Splits an HL7 v2 file (or stream buffer) into message chunks: one chunk per `MSH` segment, plus
 * a leading chunk for any content before the first `MSH`.
 *
 * Accepted framing (HL7 v2.x chapter 2.5 "Message construction rules", and the MLLP transport of
 * HL7 v2 Implementation Guide, Appendix C): segments end with CR, LF or CRLF (mixed is fine), a
 * UTF-8 BOM at the start of a line is dropped, MLLP start-block (0x0B) / end-block (0x1C) bytes act
 * as segment ends, and batch envelope segments (FHS / BHS / BTS / FTS, chapter 2.10.3) are dropped
 * while the messages inside them are kept.
 */

/** A message's lines before tokenizing. `lines[0]` is the MSH line unless `hasMsh` is false. */
export interface MessageChunk {
  lines: string[];
  hasMsh: boolean;
}

const ENVELOPE = new Set(['FHS', 'BHS', 'BTS', 'FTS']);
const SEGMENT_END = /\r\n|\r|\n|\x0b|\x1c/;

/** Splits text into message chunks; blank lines and batch envelope segments are dropped. */
export function splitMessages(text: string): MessageChunk[] {
  const chunks: MessageChunk[] = [];
  let current: MessageChunk | undefined;
  for (let line of text.split(SEGMENT_END)) {
    if (line.charCodeAt(0) === 0xfeff) line = line.slice(1);
    // Leading blanks before a segment name are a common artefact of hand-edited files.
    if (line.charCodeAt(0) === 0x20 || line.charCodeAt(0) === 0x09) line = line.trimStart();
    if (line.length === 0) continue;
    const name = line.slice(0, 3);
    if (isEnvelope(line, name)) {
      current = undefined;
      continue;
    }
    if (name === 'MSH') {
      current = { lines: [line], hasMsh: true };
      chunks.push(current);
      continue;
    }
    if (!current) {
      current = { lines: [], hasMsh: false };
      chunks.push(current);
    }
    current.lines.push(line);
  }
  return chunks;
}

function isEnvelope(line: string, name: string): boolean {
  if (!ENVELOPE.has(name)) return false;
  // The envelope segment's 4th character is its field separator, never a letter or digit.
  const sep = line.charAt(3);
  return sep === '' || !/[A-Za-z0-9]/.test(sep);
}
