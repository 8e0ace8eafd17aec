/** Title case, one word after another: a letter after a blank, a hyphen or the start is upper-cased (this runs for every name, so no regex). */
export function titleCaseWords(word: string): string {
  let out = '';
  let up = true;
  for (const ch of word) {
    out += up ? ch.toUpperCase() : ch;
    up = ch === ' ' || ch === '-';
  }
  return out;
}

/** {@link titleCaseWords} of an ASCII word, by char codes: only the small letters a-z change when upper-cased. */
export function asciiTitleCase(word: string): string {
  let out = '';
  let from = 0;
  let up = true;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (up && c >= 97 && c <= 122) {
      out += word.slice(from, i) + String.fromCharCode(c - 32);
      from = i + 1;
    }
    up = c === 32 || c === 45;
  }
  return from === 0 ? word : out + word.slice(from);
}
