import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { derivedSeed, reseedSet, reseedSets } from '../../../eval/deid-learned/reseed-sets.js';
import { styleSetNotes } from '../../../src/evaluate/deid/style-notes.js';

const hasPython = (() => {
  try {
    execFileSync('python3', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();
// The style sets' generators are Python: in CI their absence is a failure, not a skip.
if (!hasPython && process.env.CI === 'true') throw new Error('CI=true but python3 is missing: the reseed tests run the style sets\' Python generators');

// An invented generator in the style sets' shape: one SEED line, notes and gold written under its own folder (HERE).
const GENERATOR = (seedLine: string, styles = ['clinic-letters', 'ward-caps'], body = '') => `import os, random
HERE = os.path.dirname(os.path.abspath(__file__))
${seedLine}
from pools import SURNAMES
def main():
    rng = random.Random(SEED)
    for style in ${JSON.stringify(styles)}:
        os.makedirs(os.path.join(HERE, style), exist_ok=True)
        notes, gold = [], []
        for pid in range(1, 4):
            name = rng.choice(SURNAMES)
            text = 'Seen by Dr. ' + name + ' today.'
            notes.append('START_OF_RECORD=%d||||1||||\\n%s\\n||||END_OF_RECORD\\n' % (pid, text))
            gold.append('%d 1 %d %d HCPName %s' % (pid, 12, 12 + len(name), name))
        with open(os.path.join(HERE, style, 'notes.text'), 'w') as fh:
            fh.write(''.join(notes))
        with open(os.path.join(HERE, style, 'gold.phrase'), 'w') as fh:
            fh.write('\\n'.join(gold) + '\\n')
${body}
if __name__ == '__main__':
    main()
`;
const POOLS = `SURNAMES = ['Quennell', 'Vardimon', 'Ostrowe', 'Pelletreau', 'Gandolfini', 'Marchetti', 'Tobolski', 'Haverkamp', 'Lindqvist', 'Okonkwo', 'Brannigan', 'Szabo']\n`;
// A check.py that, like the sets' own, reads a shared checker from ../deid-set-check.
const CHECK = `import os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, '..', 'deid-set-check'))
from check_set import main
main(HERE)
`;
const SHARED_CHECK = (ok: boolean) => `import os, sys
def main(here):
    for style in sorted(os.listdir(here)):
        d = os.path.join(here, style)
        if os.path.isdir(d) and ${ok ? 'not ' : ''}os.path.exists(os.path.join(d, 'gold.phrase')):
            sys.exit('check failed: ' + style)
`;

function setTree(generator = GENERATOR('SEED = 20261299'), sharedOk = true): { root: string; set: string } {
  const root = mkdtempSync(path.join(tmpdir(), 'reseed-'));
  const set = path.join(root, 'eval', 'deid-styles-dev-7');
  mkdirSync(path.join(root, 'eval', 'deid-set-check'), { recursive: true });
  writeFileSync(path.join(root, 'eval', 'deid-set-check', 'check_set.py'), SHARED_CHECK(sharedOk));
  mkdirSync(set, { recursive: true });
  writeFileSync(path.join(set, 'generate.py'), generator);
  writeFileSync(path.join(set, 'pools.py'), POOLS);
  writeFileSync(path.join(set, 'check.py'), CHECK);
  // The committed output, made by the generator at its own seed.
  execFileSync('python3', ['generate.py'], { cwd: set, env: { ...process.env, PYTHONDONTWRITEBYTECODE: '1' } });
  return { root, set };
}
/** Every file under `dir` with its content. */
function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string) => {
    for (const f of readdirSync(d).sort()) {
      const p = path.join(d, f);
      if (statSync(p).isDirectory()) walk(p);
      else out[path.relative(dir, p)] = readFileSync(p, 'utf8');
    }
  };
  walk(dir);
  return out;
}

describe('style sets reseeded (eval/deid-learned/reseed-sets.ts)', () => {
  it('derives a seed of its own for each reseed, never the committed one', () => {
    expect(derivedSeed('20261299', 1)).toBe('20261299001');
    expect(derivedSeed('20261299', 2)).toBe('20261299002');
    expect(derivedSeed('7', 3)).toBe('7003');
    expect(new Set([0, 1, 2, 3].map((k) => derivedSeed('20261204', k))).size).toBe(4);
  });

  it.skipIf(!hasPython)('runs a set\'s generator at other seeds in a cache, leaving the committed set as it was', () => {
    const { root, set } = setTree();
    const before = snapshot(set);
    const cache = path.join(root, 'cache');
    const copies = reseedSets([set], 2, cache);
    expect(snapshot(set)).toEqual(before);
    expect(copies.map((c) => [c.k, c.seed, path.relative(cache, c.dir)])).toEqual([
      [1, '20261299001', path.join('seed-1', 'deid-styles-dev-7')],
      [2, '20261299002', path.join('seed-2', 'deid-styles-dev-7')],
    ]);
    expect(readFileSync(path.join(copies[0]!.dir, 'generate.py'), 'utf8')).toMatch(/^SEED = 20261299001$/m);
    // Every style folder of the set again, with other draws than the set's and than each other.
    const notes = [set, copies[0]!.dir, copies[1]!.dir].map((d) => ['clinic-letters', 'ward-caps'].map((s) => readFileSync(path.join(d, s, 'notes.text'), 'utf8')).join(''));
    expect(new Set(notes).size).toBe(3);
    // Gold still matches the text, read as training notes; patients namespaced by the label given.
    const read = styleSetNotes(copies[0]!.dir, undefined, 'deid-styles-dev-7@seed-1');
    expect(read).toHaveLength(6);
    for (const n of read) expect(n.text.slice(n.phi[0]!.start, n.phi[0]!.end)).toMatch(/^[A-Z][a-z]+$/);
    expect(read.every((n) => n.patient.startsWith('deid-styles-dev-7@seed-1:'))).toBe(true);
    expect(styleSetNotes(set).every((n) => n.patient.startsWith('deid-styles-dev-7:'))).toBe(true);
  }, 60_000);

  it.skipIf(!hasPython)('reuses an up-to-date copy and makes it again when the generator changes', () => {
    const { root, set } = setTree();
    const cache = path.join(root, 'cache');
    const first = reseedSet(set, 1, cache);
    const stamp = path.join(first.dir, 'stamp');
    const made = statSync(stamp).mtimeMs;
    const notes = readFileSync(path.join(first.dir, 'ward-caps', 'notes.text'), 'utf8');
    reseedSet(set, 1, cache);
    expect(statSync(stamp).mtimeMs).toBe(made);
    writeFileSync(path.join(set, 'pools.py'), POOLS.replace('Quennell', 'Zelinsky').replace('Szabo', 'Abernethy').replace('Okonkwo', 'Feldspar'));
    reseedSet(set, 1, cache);
    expect(readFileSync(path.join(first.dir, 'pools.py'), 'utf8')).toMatch(/Zelinsky/);
    expect(readFileSync(path.join(first.dir, 'ward-caps', 'notes.text'), 'utf8')).not.toBe(notes);
  }, 60_000);

  it.skipIf(!hasPython)('fails loudly on a generator it cannot reseed or whose output is missing or fails the set\'s check', () => {
    const cache = (root: string) => path.join(root, 'cache');
    // No SEED line, or two.
    let t = setTree(GENERATOR('SEED = 5').replace('SEED = 5', 'seed_value = 5').replace('random.Random(SEED)', 'random.Random(seed_value)'));
    expect(() => reseedSet(t.set, 1, cache(t.root))).toThrow(/0 lines 'SEED = <int>'/);
    t = setTree(GENERATOR('SEED = 5\nSEED = 6'));
    expect(() => reseedSet(t.set, 1, cache(t.root))).toThrow(/2 lines 'SEED = <int>'/);
    // The generator fails at the new seed.
    t = setTree(GENERATOR('SEED = 5', undefined, 'if SEED != 5:\n    raise SystemExit("pool exhausted at this seed")\n'));
    expect(() => reseedSet(t.set, 1, cache(t.root))).toThrow(/deid-styles-dev-7 reseed 1 \(seed 5001\).*generate\.py failed[\s\S]*pool exhausted/);
    // A style folder of the set is not written again at the new seed.
    t = setTree(GENERATOR('SEED = 5', undefined, "if SEED != 5:\n    import shutil\n    _m = main\n    def main():\n        _m()\n        os.remove(os.path.join(HERE, 'ward-caps', 'gold.phrase'))\n"));
    expect(() => reseedSet(t.set, 1, cache(t.root))).toThrow(/no notes or no gold for ward-caps/);
    // The set's check.py (with the shared checker beside it) fails.
    const bad = setTree(GENERATOR('SEED = 5'), true);
    writeFileSync(path.join(bad.root, 'eval', 'deid-set-check', 'check_set.py'), SHARED_CHECK(false));
    expect(() => reseedSet(bad.set, 1, cache(bad.root))).toThrow(/check\.py failed[\s\S]*check failed: clinic-letters/);
    // Never a blind set; k from 1.
    expect(() => reseedSet(path.join(bad.root, 'eval', 'deid-blind-3'), 1, cache(bad.root))).toThrow(/blind set/);
    expect(() => reseedSet(bad.set, 0, cache(bad.root))).toThrow(/whole number from 1/);
  }, 120_000);
});
