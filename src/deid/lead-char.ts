// A pattern whose every match starts with one fixed character ("@" of an e-mail address, "(" of a
// bracketed number) can skip straight to the next place that character stands: `indexOf` finds it
// several times faster than the expression engine's own scan (issue 11, speed).

// Characters with a meaning of their own in an expression's source, and quantifiers.
const SPECIAL = new Set([...'\\^$.|?*+()[]{}']);
const QUANTIFIER = new Set([...'?*+{']);
// Escapes of punctuation that stand for the character itself.
const ESCAPED_LITERAL = new Set([...'()[]{}.*+?^$|/\\#@,:;!&%=<>"\'-']);

/**
 * The character every match of `re` starts with, read off its source, or `undefined` when the
 * source does not promise one. It does when the source opens with a literal punctuation character
 * (plain or escaped), not quantified, and has no alternative at the top level (`@a|b` may start at
 * "b"). Letters are left out: under the `i` flag they match more than one character.
 */
export function leadChar(re: RegExp): string | undefined {
  // Under `v` classes nest, which the scan for a top-level `|` below does not follow.
  if (re.flags.includes('v')) return undefined;
  const src = re.source;
  let ch: string;
  let next: number;
  if (src[0] === '\\') {
    if (src[1] === undefined || !ESCAPED_LITERAL.has(src[1])) return undefined;
    ch = src[1];
    next = 2;
  } else {
    if (src[0] === undefined || SPECIAL.has(src[0])) return undefined;
    ch = src[0];
    next = 1;
  }
  if (/[\p{L}\p{N}_\s]/u.test(ch) || ch.charCodeAt(0) >= 128) return undefined;
  if (src[next] !== undefined && QUANTIFIER.has(src[next]!)) return undefined;
  return topLevelAlternative(src) ? undefined : ch;
}

/** Whether `src` has a `|` outside every group and character class. */
function topLevelAlternative(src: string): boolean {
  let depth = 0;
  let inClass = false;
  for (let i = 0; i < src.length; i++) {
    const c = src[i];
    if (c === '\\') {
      i++;
      continue;
    }
    if (inClass) {
      if (c === ']') inClass = false;
      continue;
    }
    if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) return true;
  }
  return false;
}
