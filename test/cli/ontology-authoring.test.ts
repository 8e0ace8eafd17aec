import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseOntology } from '../../src/ontology/load-ontology.js';
import { ontologyTemplate } from '../../src/ontology/ontology-template.js';
import { cli, tmp } from './run-cli.js';

describe('ontology authoring loop', () => {
  it('new writes a commented template that validates and refuses to overwrite', async () => {
    const dir = tmp();
    const file = join(dir, 'mine.yaml');
    const r = await cli('ontology', 'new', 'mine', '--out', file);
    expect(r.code).toBe(0);
    expect(r.out).toBe(`wrote ${file}; next: radlabel ontology test ${file} "a sentence from a report"\n`);
    const text = readFileSync(file, 'utf8');
    expect(text).toMatch(/^# mine: a radlabel ontology/);
    expect(parseOntology(text, file).id).toBe('mine');
    expect((await cli('ontology', 'validate', file)).code).toBe(0);
    const again = await cli('ontology', 'new', 'mine', '--out', file);
    expect(again.code).toBe(2);
    expect(again.err).toContain(`USAGE: ${file} exists`);
    expect((await cli('ontology', 'new', 'Bad Name')).code).toBe(2);
  });

  it('the template is valid for any allowed name', () => {
    for (const id of ['a', 'my-findings', 'x_2']) expect(parseOntology(ontologyTemplate(id), `${id}.yaml`).labels).toHaveLength(1);
  });

  it('test shows each label\'s decision, the matched phrase and the deciding trigger', async () => {
    const dir = tmp();
    const file = join(dir, 'mine.yaml');
    await cli('ontology', 'new', 'mine', '--out', file);
    const sentences = join(dir, 's.txt');
    writeFileSync(sentences, '# one per line\nApparent elevation of the right hemidiaphragm.\n');
    const r = await cli('ontology', 'test', file, 'The right hemidiaphragm is mildly elevated.', 'No elevation of the left hemidiaphragm.', '--file', sentences);
    expect(r.code).toBe(0);
    expect(r.out).toBe(
      [
        '"The right hemidiaphragm is mildly elevated."',
        '  Elevated Hemidiaphragm: positive',
        '    matched "right hemidiaphragm is mildly elevated" → present; no trigger: affirmed',
        '',
        '"No elevation of the left hemidiaphragm."',
        '  Elevated Hemidiaphragm: negative',
        '    matched "elevation of the left hemidiaphragm" → absent; trigger negated-existence "No" (neg-no)',
        '',
        '"Apparent elevation of the right hemidiaphragm."',
        '  no label mentioned',
        '',
      ].join('\n'),
    );
    expect((await cli('ontology', 'test', file)).code).toBe(2);
  });

  it('diff lists settings, labels added / removed and per-label list changes', async () => {
    const dir = tmp();
    const a = join(dir, 'a.yaml');
    const b = join(dir, 'b.yaml');
    writeFileSync(a, 'id: d\nversion: "1"\nname: D\nlabels:\n  - id: X\n    name: X\n    synonyms: [x, ex]\n  - id: Gone\n    name: G\n');
    writeFileSync(b, 'id: d\nversion: "2"\nname: D\nlabels:\n  - id: X\n    name: X\n    synonyms: [x, exx]\n    exclusions: [not x]\n  - id: New\n    name: N\n');
    const r = await cli('ontology', 'diff', a, b);
    expect(r.code).toBe(0);
    expect(r.out).toBe(['version: "1" → "2"', '+ label "New"', '- label "Gone"', '~ label "X"', '    synonyms + "exx"', '    synonyms - "ex"', '    exclusions + "not x"', ''].join('\n'));
    expect((await cli('ontology', 'diff', a, a)).out).toBe('no differences between a.yaml and a.yaml\n');
  });
});
