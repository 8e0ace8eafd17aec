import { describe, expect, it } from 'vitest';
import { compileLabelFunctions, parseLabelFunctions } from '../../src/combine/label-functions.js';
import { isRadlabelError } from '../../src/errors/index.js';
import { loadOntology } from '../../src/ontology/load-ontology.js';

const yaml = `
name: kw
negate: [no, without]
hedge: [possible]
functions:
  - label: Effusion
    positive: [effusion, pleural fluid]
  - label: Nodule
    positive: [nodule]
    uncertain: [tiny density]
`;

describe('YAML label functions', () => {
  const lf = compileLabelFunctions(parseLabelFunctions(yaml, 'kw.yaml'), 'kw.yaml', 'kw');

  it('answers positive, negative (negate prefix, one word between allowed), uncertain (hedge) or abstain', () => {
    expect(lf.apply('Small left effusions.')).toEqual({ Effusion: 'positive', Nodule: 'not_mentioned' });
    expect(lf.apply('No pleural effusion. Possible nodule.')).toEqual({ Effusion: 'negative', Nodule: 'uncertain' });
    expect(lf.apply('Without effusion. Tiny density at the left base.')).toEqual({ Effusion: 'negative', Nodule: 'uncertain' });
    expect(lf.apply('Heart normal.')).toEqual({ Effusion: 'not_mentioned', Nodule: 'not_mentioned' });
  });

  it('follows the precedence when answers conflict (default positive > uncertain > negative)', () => {
    expect(lf.apply('No effusion on the right. Small pleural fluid on the left.').Effusion).toBe('positive');
    const negFirst = compileLabelFunctions(parseLabelFunctions(yaml + 'precedence: [negative, uncertain, positive]\n', 'kw.yaml'), 'kw.yaml', 'kw');
    expect(negFirst.apply('No effusion on the right. Small pleural fluid on the left.').Effusion).toBe('negative');
  });

  it('adds ontology synonyms when asked, and checks label names against the ontology', () => {
    const ont = loadOntology('chestxray14');
    const syn = compileLabelFunctions(parseLabelFunctions('ontology: chestxray14\nfunctions:\n  - label: Effusion\n    synonyms: true\n', 'f.yaml'), 'f.yaml', 'f', ont);
    expect(syn.apply('Blunting of the costophrenic angle.').Effusion).toBe('positive');
    const bad = (): unknown => compileLabelFunctions(parseLabelFunctions('functions:\n  - label: Efusion\n    positive: [x]\n', 'b.yaml'), 'b.yaml', 'b', ont);
    expect(bad).toThrow(/not in ontology chestxray14/);
  });

  it('rejects a malformed file with the path of the problem', () => {
    try {
      parseLabelFunctions('functions:\n  - label: Effusion\n    positiv: [x]\n', 'bad.yaml');
      expect.unreachable();
    } catch (e) {
      expect(isRadlabelError(e, 'COMBINE_LF_INVALID')).toBe(true);
      expect((e as Error).message).toMatch(/functions\[0\]/);
    }
    expect(() => compileLabelFunctions(parseLabelFunctions('functions:\n  - label: E\n    positive: ["a||b"]\n', 'p.yaml'), 'p.yaml', 'p')).toThrow(/bad pattern/);
  });
});
