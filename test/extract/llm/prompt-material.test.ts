import { describe, expect, it } from 'vitest';
import { OntologySchema } from '../../../src/domain/ontology.js';
import { GENERATED_MATERIAL_VERSION, generateOntologyPrompt, ontologyMaterial } from '../../../src/extract/llm/prompt-material.js';
import { DEFAULT_PROMPT_DIR, loadPromptTemplate } from '../../../src/extract/llm/prompt.js';
import { prepareOntologyRequest } from '../../../src/extract/llm/llm-request.js';
import { parseClaims } from '../../../src/extract/llm/output-schema.js';

/** Invented user ontologies: 1 to 5 labels, with and without synonyms, each No Finding semantics. */
function userOntology(n: number, semantics: 'chexpert' | 'no-abnormality' | 'none', synonyms: boolean) {
  const names = ['Bone Lesion', 'Joint Effusion', 'Soft Tissue Swelling', 'Dislocation', 'Osteopenia'];
  return OntologySchema.parse({
    id: `user-${n}-${semantics}-${synonyms ? 's' : 'n'}`,
    version: '0.1.0',
    name: 'User',
    noFindingSemantics: semantics,
    labels: [
      { id: 'No Finding', name: 'No finding', noFinding: true },
      ...names.slice(0, n).map((name) => ({ id: name.replace(/ /g, '_'), name, synonyms: synonyms ? [`${name.toLowerCase()} seen`, name.toLowerCase()] : [] })),
    ],
  });
}

describe('generated prompt material for an ontology without a file', () => {
  const template = loadPromptTemplate('label-extraction');
  const cases = [1, 2, 3, 5].flatMap((n) => (['chexpert', 'no-abnormality', 'none'] as const).flatMap((sem) => [true, false].map((syn) => userOntology(n, sem, syn))));

  it.each(cases.map((o) => [o.id, o] as const))('%s: valid examples (schema and quotes), deterministic, versioned, hashed', (_id, o) => {
    const req = prepareOntologyRequest(template, o, undefined, false); // throws LLM_CONFIG on a bad example
    expect(req.material).toEqual({ source: 'generated', version: GENERATED_MATERIAL_VERSION, hash: expect.stringMatching(/^[0-9a-f]{64}$/) });
    expect(ontologyMaterial(o, DEFAULT_PROMPT_DIR)).toEqual(ontologyMaterial(o, DEFAULT_PROMPT_DIR));
    const gen = generateOntologyPrompt(o);
    const withOthers = o.noFindingSemantics === 'no-abnormality';
    expect(gen.examples).toHaveLength(withOthers ? 3 : 2);
    const parsed = gen.examples.map((e) => parseClaims(req.schema, e.output)!);
    expect(parsed.every((p) => p.rejected === 0)).toBe(true);
    const assertions = new Set(parsed.flatMap((p) => p.claims.map((c) => `${c.assertion}/${c.temporality}/${c.section}`)));
    expect([...assertions]).toEqual(expect.arrayContaining(['present/current/findings', 'uncertain/current/findings', 'uncertain/hypothetical/indication', 'absent/historical/findings']));
    expect(parsed.some((p) => p.others.length > 0)).toBe(withOthers);
    for (const e of gen.examples) expect(req.system).toContain(e.report);
  });

  it('a label renamed changes the generated material and its hash', () => {
    const a = userOntology(3, 'no-abnormality', true);
    const b = OntologySchema.parse({ ...a, labels: a.labels.map((l) => (l.id === 'Bone_Lesion' ? { ...l, synonyms: ['lytic lesion'] } : l)) });
    expect(ontologyMaterial(a, DEFAULT_PROMPT_DIR).meta.hash).not.toBe(ontologyMaterial(b, DEFAULT_PROMPT_DIR).meta.hash);
  });
});
