// Which pieces of four characters a report holds (issue 11, speed). Many passes open with
// a test of the whole text for one of a few words ("pick", "team", "dictated|typed|transcribed") and
// then do nothing for most reports: each such test is a regex scan of every character, some
// microseconds per pass and report. Here the text's pieces, ASCII capitals read as small letters,
// are hashed into a bit set once per text; a word with a piece not in the set cannot stand in the
// text, and its pass's own test is skipped. A word whose pieces are all set (or a hash collision)
// still goes to the pass's own test, so the pass does what it did.

/** Bits of the set: 2^15, some ten times the bits of a long report's pieces. */
const set = new Int32Array(1 << 10);
let lastText: string | undefined;

/** A character as a piece holds it: ASCII capitals as small letters, any code to one byte (a collision only costs a regex test). */
const byteOf = (c: number) => ((c >= 65 && c <= 90 ? c | 32 : c) ^ (c >>> 8)) & 0xff;

// The last four characters' bytes, packed in one number, are hashed. Each piece sets two bits, the
// hash's high and low 15 (a Bloom filter: a template word's piece on one bit with another word's
// piece, as "ompa" and "plan" were under one multiply, no longer passes).
const mix = (x: number) => Math.imul(x ^ (x >>> 15), 0x2c1b3c6d) ^ (x >>> 12);
const hash4 = (key: number) => Math.imul(mix(key), 0x297a2d39);

function add(h: number): void {
  const hi = h >>> 17;
  set[hi >>> 5]! |= 1 << (hi & 31);
  set[(h & 0x7fff) >>> 5]! |= 1 << (h & 31);
}

function has(pieces: Int32Array, h: number): boolean {
  const hi = h >>> 17;
  return (pieces[hi >>> 5]! & (1 << (hi & 31))) !== 0 && (pieces[(h & 0x7fff) >>> 5]! & (1 << (h & 31))) !== 0;
}

/** The pieces of `text`: every four characters in a row (the last text's are kept: the passes of one report ask about one text). */
function piecesOf(text: string): Int32Array {
  if (text === lastText) return set;
  set.fill(0);
  let key = 0;
  for (let i = 0; i < text.length; i++) {
    key = (key << 8) | byteOf(text.charCodeAt(i));
    if (i >= 3) add(hash4(key));
  }
  lastText = text;
  return set;
}

/** Whether every piece of `word` (every four characters in a row) is in `pieces`. */
function mayHold(pieces: Int32Array, word: string): boolean {
  let key = 0;
  for (let i = 0; i < word.length; i++) {
    key = (key << 8) | byteOf(word.charCodeAt(i));
    if (i >= 3 && !has(pieces, hash4(key))) return false;
  }
  return true;
}

/**
 * A necessary test of "one of `words` stands in the text, in any ASCII case": false only when none
 * can (a piece of each word is missing from the text). A match of a regex made of these words, with
 * the `i` flag or without, is such a stand (under `i` without `u` an ASCII letter matches only
 * itself in either case), so `gate(text) || !re.test(text)` holds for it: the regex need only be
 * tried when the gate says yes. Each word: four characters or more, no ASCII capital.
 */
export function wordGate(words: readonly string[]): (text: string) => boolean {
  for (const w of words) if (w.length < 4 || /[A-Z]/.test(w)) throw new Error(`wordGate: "${w}" is shorter than four characters or holds a capital`);
  return (text) => {
    const pieces = piecesOf(text);
    for (const w of words) if (mayHold(pieces, w)) return true;
    return false;
  };
}
