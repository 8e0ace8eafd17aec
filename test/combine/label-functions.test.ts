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

  it('with a scope, a negate / hedge phrase reaches later findings of its sentence (NegEx window) until a terminator', () => {
    const spec = `
negate: [no, without, negative for]
hedge: [possible, cannot exclude]
terminate: [but, however]
scope: 5
functions:
  - label: Effusion
    positive: [effusion, pleural fluid]
  - label: Pneumothorax
    positive: [pneumothorax]
  - label: Nodule
    positive: [nodule]
  - label: No Finding
    positive: [no acute disease]
`;
    const lf = compileLabelFunctions(parseLabelFunctions(spec, 's.yaml'), 's.yaml', 's');
    const unscoped = compileLabelFunctions(parseLabelFunctions(spec.replace('scope: 5', 'scope: 0'), 's.yaml'), 's.yaml', 's');
    // Lists after a trigger: every finding in the window is negated; without a scope only the first.
    expect(lf.apply('No pneumothorax or pleural effusion.')).toMatchObject({ Pneumothorax: 'negative', Effusion: 'negative' });
    expect(unscoped.apply('No pneumothorax or pleural effusion.')).toMatchObject({ Pneumothorax: 'negative', Effusion: 'positive' });
    expect(lf.apply('Negative for effusion, pneumothorax, nodule.')).toMatchObject({ Effusion: 'negative', Pneumothorax: 'negative', Nodule: 'negative' });
    expect(lf.apply('Cannot exclude small effusion or nodule.')).toMatchObject({ Effusion: 'uncertain', Nodule: 'uncertain' });
    // The scope ends at the sentence, at a terminator, and after `scope` tokens.
    expect(lf.apply('No pneumothorax. Small effusion.').Effusion).toBe('positive');
    expect(lf.apply('No pneumothorax but a small effusion.').Effusion).toBe('positive');
    expect(lf.apply('No pneumothorax; however a left basilar nodule.').Nodule).toBe('positive');
    expect(lf.apply('No pneumothorax is seen on the lateral view and the effusion persists.').Effusion).toBe('positive');
    // A phrase that begins with a trigger word is not negated by an earlier trigger.
    expect(lf.apply('No pneumothorax, no acute disease.')).toMatchObject({ Pneumothorax: 'negative', 'No Finding': 'positive' });
  });

  it('rejects a scope out of range', () => {
    expect(() => parseLabelFunctions('scope: 50\nfunctions:\n  - label: E\n    positive: [e]\n', 'r.yaml')).toThrow(/scope/);
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
