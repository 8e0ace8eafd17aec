import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { isRadlabelError, RadlabelError } from '../../src/errors/index.js';
import { listOntologies, loadOntology } from '../../src/ontology/load-ontology.js';

const CHEXPERT_IDS = ['No Finding', 'Enlarged Cardiomediastinum', 'Cardiomegaly', 'Lung Lesion', 'Lung Opacity', 'Edema', 'Consolidation', 'Pneumonia', 'Atelectasis', 'Pneumothorax', 'Pleural Effusion', 'Pleural Other', 'Fracture', 'Support Devices'];
const CXR14_IDS = ['Atelectasis', 'Cardiomegaly', 'Effusion', 'Infiltration', 'Mass', 'Nodule', 'Pneumonia', 'Pneumothorax', 'Consolidation', 'Edema', 'Emphysema', 'Fibrosis', 'Pleural_Thickening', 'Hernia', 'No Finding'];

function caught(fn: () => unknown): RadlabelError {
  try {
    fn();
  } catch (e) {
    if (e instanceof RadlabelError) return e;
    throw e;
  }
  throw new Error('expected a RadlabelError');
}

describe('bundled ontologies', () => {
  it('chexpert has the 14 observations, CheXpert No Finding and hierarchy', () => {
    const o = loadOntology('chexpert');
    expect(o.labels.map((l) => l.id).sort()).toEqual([...CHEXPERT_IDS].sort());
    expect(o.noFindingSemantics).toBe('chexpert');
    expect(o.noFindingIgnores).toEqual(['Support Devices']);
    const parent = Object.fromEntries(o.labels.map((l) => [l.id, l.parent]));
    for (const id of ['Lung Lesion', 'Edema', 'Consolidation', 'Pneumonia', 'Atelectasis']) expect(parent[id]).toBe('Lung Opacity');
    expect(parent.Cardiomegaly).toBe('Enlarged Cardiomediastinum');
    expect(o.export).toEqual({ positive: '1', negative: '0', uncertain: '-1', notMentioned: '' });
  });

  it('chestxray14 ids are exactly the gold column names', () => {
    const o = loadOntology('chestxray14');
    expect(o.labels.map((l) => l.id)).toEqual(CXR14_IDS);
    expect(o.noFindingSemantics).toBe('no-abnormality');
  });

  it('lists ontologies from the repository folder whatever the cwd, and caches by path', () => {
    expect(listOntologies().map((o) => o.id)).toEqual(expect.arrayContaining(['chexpert', 'chestxray14']));
    const file = listOntologies().find((o) => o.id === 'chexpert')!.file;
    expect(loadOntology(file)).toBe(loadOntology('chexpert'));
  });
});

describe('loading errors', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'radlabel-onto-'));
  const write = (name: string, text: string): string => {
    const f = path.join(dir, name);
    writeFileSync(f, text);
    return f;
  };

  it('names the file, the YAML path and the problem', () => {
    const f = write('bad.yaml', 'id: bad\nversion: "1"\nname: Bad\nlabels:\n  - id: A\n    name: A\n  - id: B\n    name: B\n    parent: Nope\n');
    const e = caught(() => loadOntology(f));
    expect(e.code).toBe('ONTOLOGY_INVALID');
    expect(e.locator.file).toBe(f);
    expect(e.message).toBe('line 9:13 label "B": parent: unknown parent label "Nope"');
  });

  it('rejects unknown keys (strict schema) and YAML syntax errors', () => {
    const strict = caught(() => loadOntology(write('extra.yaml', 'id: x\nversion: "1"\nname: X\nlabels:\n  - id: A\n    name: A\n    synonym: [typo]\n')));
    expect(strict.code).toBe('ONTOLOGY_INVALID');
    expect(strict.message).toBe('line 7:5 label "A": synonym: unknown key (did you mean synonyms?)');
    const syntax = caught(() => loadOntology(write('syntax.yaml', 'id: [unclosed\n')));
    expect(syntax.code).toBe('ONTOLOGY_INVALID');
    expect(syntax.locator.file).toContain('syntax.yaml');
  });

  it('throws ONTOLOGY_NOT_FOUND for an unknown id or path', () => {
    expect(isRadlabelError(caught(() => loadOntology('nope', dir)), 'ONTOLOGY_NOT_FOUND')).toBe(true);
    expect(caught(() => loadOntology(path.join(dir, 'missing.yaml'))).code).toBe('ONTOLOGY_NOT_FOUND');
  });

  it('loads an id from a given folder', () => {
    write('tiny.yaml', 'id: tiny\nversion: "0.1"\nname: Tiny\nlabels:\n  - id: Pneumothorax\n    name: Pneumothorax\n    synonyms: [pneumothorax]\n');
    expect(loadOntology('tiny', dir).labels[0]!.synonyms).toEqual(['pneumothorax']);
    expect(listOntologies(dir).map((o) => o.id)).toContain('tiny');
  });
});
