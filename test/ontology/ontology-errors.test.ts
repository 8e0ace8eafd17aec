import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { RadlabelError } from '../../src/errors/index.js';
import { loadOntology } from '../../src/ontology/load-ontology.js';
import { nearest, suggestion } from '../../src/util/nearest.js';

const dir = mkdtempSync(path.join(tmpdir(), 'radlabel-onto-err-'));
function errorOf(text: string): RadlabelError {
  const f = path.join(dir, `o${Math.random().toString(36).slice(2)}.yaml`);
  writeFileSync(f, text);
  try {
    loadOntology(f);
  } catch (e) {
    if (e instanceof RadlabelError) return e;
    throw e;
  }
  throw new Error('expected an error');
}

describe('ontology errors a user can act on', () => {
  it('groups one problem repeated on several labels into one line naming the label ids and lines', () => {
    const e = errorOf('id: g\nversion: "1"\nname: G\nlabels:\n  - id: Alpha\n    name: A\n    parent: null\n  - id: Beta\n    name: B\n    parent: null\n  - id: Gamma\n    name: C\n');
    expect(e.code).toBe('ONTOLOGY_INVALID');
    expect(e.message).toMatch(/^labels "Alpha", "Beta" \(lines 7, 10\): parent: .*expected string, received null$/);
    expect(e.message).not.toMatch(/labels\[\d\]/);
  });

  it('names an unknown key with its line and column and the nearest known key, at the root and in a label', () => {
    const e = errorOf('id: k\nversion: "1"\nname: K\nnoFindingSemantic: chexpert\nlabels:\n  - id: Alpha\n    name: A\n    exclusion: [x]\n');
    expect(e.message).toContain('line 4:1 noFindingSemantic: unknown key (did you mean noFindingSemantics?)');
    expect(e.message).toContain('line 8:5 label "Alpha": exclusion: unknown key (did you mean exclusions?)');
    expect(e.message).toMatch(/^2 problems:/);
  });

  it('gives the line and column of a YAML syntax error', () => {
    const e = errorOf('id: s\nversion: "1"\nlabels:\n  - id: [oops\n');
    expect(e.message).toMatch(/^YAML syntax error at line \d+, column \d+: /);
  });

  it('suggests the nearest ontology id for an unknown one', () => {
    let err: RadlabelError | undefined;
    try {
      loadOntology('chexpret');
    } catch (e) {
      err = e as RadlabelError;
    }
    expect(err?.code).toBe('ONTOLOGY_NOT_FOUND');
    expect(err?.message).toMatch(/no ontology "chexpret" in .*; did you mean chexpert\? known: .*chestxray14.*chexpert/);
  });
});

describe('nearest', () => {
  it('finds typos (substitution, transposition, missing letter) and refuses far words', () => {
    const known = ['chexpert', 'chestxray14', 'openi'];
    expect(nearest('chexpret', known)).toBe('chexpert');
    expect(nearest('chexprt', known)).toBe('chexpert');
    expect(nearest('opnei', known)).toBe('openi');
    expect(nearest('mimic', known)).toBeUndefined();
    expect(suggestion('mimic', known)).toBe('known: chexpert, chestxray14, openi');
  });
});
