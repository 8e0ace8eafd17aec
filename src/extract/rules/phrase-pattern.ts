import { PatternSyntaxError, type CompiledPattern, type Element } from './token-pattern.js';
import { tokenize } from './tokenize.js';

/** Words a `*` gap may skip. */
export const STAR_GAP = 5;

// `{…}` groups (which may hold spaces) or runs of non-space characters.
const PIECE = /\{[^}]*\}|\S+/g;

function wordsOf(text: string, where: string): string[] {
  const toks = tokenize(text).map((t) => t.norm);
  if (toks.length === 0) throw new PatternSyntaxError(`"${where}" has no words`);
  return toks;
}

function elementsOf(part: string, pattern: string): Element[] {
  const els: Element[] = [];
  for (const piece of part.match(PIECE) ?? []) {
    if (piece === '*') els.push({ alts: null, optional: false, gap: { min: 0, max: STAR_GAP } });
    else if (piece === '?') els.push({ alts: null, optional: true });
    else if (piece.startsWith('{')) {
      if (!piece.endsWith('}')) throw new PatternSyntaxError(`unclosed "{" in "${pattern}"`);
      const alts = piece
        .slice(1, -1)
        .split('|')
        .map((a) => {
          if (a.trim() === '') throw new PatternSyntaxError(`empty alternative in "${piece}"`);
          return wordsOf(a, a);
        });
      els.push({ alts, optional: false });
    } else if (/[{}~]/.test(piece)) throw new PatternSyntaxError(`"${piece}" is not a word, {a|b}, *, ? or ~N in "${pattern}"`);
    else {
      const optional = piece.length > 1 && piece.endsWith('?');
      for (const w of wordsOf(optional ? piece.slice(0, -1) : piece, piece)) els.push({ alts: [[w]], optional });
    }
  }
  return els;
}

/**
 * Compiles an ontology phrase pattern — what users write instead of regular expressions — to the
 * engine's token matcher. Syntax (words are matched as the rules engine sees them: lower case,
 * plurals folded):
 *
 * - `pleural effusion` — the words in order;
 * - `{aorta|aortic arch}` — one of the alternatives (each may be several words);
 * - `?` — one optional word of any kind; `word?` — an optional word;
 * - `*` — a gap of up to {@link STAR_GAP} words;
 * - `A ~N B` — A and B within N words of each other, in either order (one `~` per pattern).
 *
 * Returns one compiled pattern, or two for an either-order pattern. Throws {@link PatternSyntaxError}.
 */
export function compilePhrase<P>(pattern: string, payload: P): CompiledPattern<P>[] {
  const near = /(?:^|\s)~(\d+)(?:\s|$)/.exec(pattern);
  let variants: Element[][];
  if (near) {
    const left = pattern.slice(0, near.index);
    const right = pattern.slice(near.index + near[0].length);
    if (/(?:^|\s)~/.test(right) || !left.trim() || !right.trim()) throw new PatternSyntaxError(`"~N" needs words on both sides and appears once in "${pattern}"`);
    const gap: Element = { alts: null, optional: false, gap: { min: 0, max: Number(near[1]) } };
    const a = elementsOf(left, pattern);
    const b = elementsOf(right, pattern);
    variants = [[...a, gap, ...b], [...b, gap, ...a]];
  } else if (/(?:^|\s)~/.test(pattern)) throw new PatternSyntaxError(`"~" needs a number of words, e.g. "~3", in "${pattern}"`);
  else variants = [elementsOf(pattern, pattern)];
  for (const els of variants) {
    if (els.length === 0 || els.every((e) => e.optional || (e.gap && e.gap.min === 0))) throw new PatternSyntaxError(`"${pattern}" matches nothing`);
    const first = els[0]!;
    const last = els[els.length - 1]!;
    if (first.gap || last.gap) throw new PatternSyntaxError(`a pattern cannot start or end with "*" or "~N" ("${pattern}")`);
  }
  return variants.map((elements) => ({ elements, payload }));
}
