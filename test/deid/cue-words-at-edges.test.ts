import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { detectPhi } from '../../src/deid/detect.js';
import { repoPath } from '../../src/util/paths.js';

// Every word of the de-identification rules is a cue some pass reads, and a pass may look at the
// token after (or before) its cue. A note can end or begin on any of them ("… seen at the
// university"), so each one is tried as the last and the first token of a note, in the three case
// styles, after and before a cue-rich neighbour. None may throw.
function ruleWords(): string[] {
  const words = new Set<string>();
  const walk = (v: unknown): void => {
    if (typeof v === 'string') {
      for (const w of v.split(/[^A-Za-z'.-]+/)) if (w.length > 1) words.add(w.toLowerCase());
    } else if (Array.isArray(v)) v.forEach(walk);
    else if (v !== null && typeof v === 'object') Object.values(v).forEach(walk);
  };
  const dir = repoPath('rules/en');
  for (const f of readdirSync(dir).filter((f) => f.startsWith('deid-') && f.endsWith('.yaml'))) walk(parse(readFileSync(`${dir}/${f}`, 'utf8')));
  return [...words].sort();
}

const cased = (w: string): string[] => [w, w.toUpperCase(), w[0]!.toUpperCase() + w.slice(1)];

describe('a rule word at the very start or end of a note', () => {
  const words = ruleWords();

  it('reads hundreds of rule words', () => {
    expect(words.length).toBeGreaterThan(1000);
  });

  it('never throws, alone, last or first (both profiles)', () => {
    for (const word of words) {
      for (const w of cased(word)) {
        for (const text of [w, `Seen by Dr. Okafro at ${w}`, `${w} Quillby, RN`]) {
          for (const profile of ['balanced', 'strict'] as const) expect(() => detectPhi(text, undefined, { profile }), text).not.toThrow();
        }
      }
    }
  }, 300_000); // every cue word × case × three texts × two profiles: ~45–80 s alone, more on a loaded machine
});
