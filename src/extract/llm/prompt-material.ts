import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { sha256 } from '../../util/hash.js';
import { parseYaml } from '../../util/yaml-data.js';
import type { Ontology, Label } from '../../domain/ontology.js';
import { wantsOtherAbnormalities } from './output-schema.js';
import { OntologyPromptSchema, zodProblem, type OntologyPrompt } from './prompt.js';
import { RadlabelError } from '../../errors/index.js';

/**
 * Version of the generator of prompt material for ontologies without a file in
 * `prompts/ontologies/`. Bump whenever the generated text can change: it is recorded with every
 * label (`provenance.prompt.material`) and is part of the system prompt, hence of the cache key.
 */
export const GENERATED_MATERIAL_VERSION = '1.0.0';

/** Where the per-ontology prompt material came from, recorded in provenance. */
export interface MaterialMeta {
  source: 'file' | 'generated';
  /** `file`: the file name; `generated`: the generator version. */
  version: string;
  /** sha256 of the file content, or of the generated material (canonical JSON). */
  hash: string;
}

/** Per-ontology prompt material and where it came from. */
export interface OntologyMaterial {
  material: OntologyPrompt;
  meta: MaterialMeta;
}

/** The phrase a generated example uses for a label: its first synonym, else its name, lower case. */
function phraseOf(l: Label): string {
  return (l.synonyms[0] ?? l.name).toLowerCase();
}

const cap = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

/**
 * Few-shot material generated from the ontology alone, deterministically (same ontology, same
 * text): the descriptions stay the ontology's (the system prompt already lists names, descriptions
 * and synonyms as hints), and two or three synthetic examples written for radlabel exercise every
 * answer shape with the ontology's own first labels — present in findings and impression, absent,
 * uncertain, historical, an indication that never counts and, for `no-abnormality` No Finding, an
 * abnormality outside the ontology in `otherAbnormalities`.
 */
export function generateOntologyPrompt(ontology: Ontology): OntologyPrompt {
  const labels = ontology.labels.filter((l) => !l.noFinding);
  if (labels.length === 0) return { descriptions: {}, examples: [] };
  const pick = (i: number): Label => labels[i % labels.length] as Label;
  const [a, b, c, d] = [pick(0), pick(1), pick(2), pick(3)];
  const others = wantsOtherAbnormalities(ontology);
  const m = (l: Label, assertion: string, temporality: string, evidence: string, section: string) => ({ label: l.id, assertion, temporality, evidence, section });
  const pa = phraseOf(a);
  const ex1Findings = `Small ${pa} on the left. No ${phraseOf(b)}.`;
  const ex1 = {
    report: `FINDINGS: ${ex1Findings}\nIMPRESSION: ${cap(pa)}.`,
    output: {
      mentions: [m(a, 'present', 'current', `Small ${pa} on the left`, 'findings'), ...(b.id !== a.id ? [m(b, 'absent', 'current', `No ${phraseOf(b)}`, 'findings')] : []), m(a, 'present', 'current', cap(pa), 'impression')],
      ...(others ? { otherAbnormalities: [] } : {}),
    },
  };
  const ex2Report = `INDICATION: Evaluate for ${phraseOf(c)}.\nFINDINGS: Possible ${phraseOf(d)} at the right base. Prior ${phraseOf(c)}, now resolved.\nIMPRESSION: Possible ${phraseOf(d)}.`;
  const ex2 = {
    report: ex2Report,
    output: {
      mentions: [
        m(c, 'uncertain', 'hypothetical', `Evaluate for ${phraseOf(c)}`, 'indication'),
        m(d, 'uncertain', 'current', `Possible ${phraseOf(d)} at the right base`, 'findings'),
        m(c, 'absent', 'historical', `Prior ${phraseOf(c)}, now resolved`, 'findings'),
        m(d, 'uncertain', 'current', `Possible ${phraseOf(d)}`, 'impression'),
      ],
      ...(others ? { otherAbnormalities: [] } : {}),
    },
  };
  const examples: OntologyPrompt['examples'] = [ex1, ex2];
  if (others)
    examples.push({
      report: `FINDINGS: Median sternotomy wires. Calcified granuloma in the left upper lobe. No ${pa}.\nIMPRESSION: No acute disease.`,
      output: {
        mentions: [m(a, 'absent', 'current', `No ${pa}`, 'findings')],
        otherAbnormalities: [
          { finding: 'sternotomy', assertion: 'present', evidence: 'Median sternotomy wires', section: 'findings' },
          { finding: 'granuloma', assertion: 'present', evidence: 'Calcified granuloma in the left upper lobe', section: 'findings' },
        ],
      },
    });
  return { descriptions: {}, examples };
}

/**
 * The prompt material of an ontology: `prompts/ontologies/<id>.yaml` when it exists, else
 * {@link generateOntologyPrompt}; with its source, version and hash for provenance.
 * @throws RadlabelError LLM_CONFIG naming the file when it is malformed.
 */
export function ontologyMaterial(ontology: Ontology, dir: string): OntologyMaterial {
  const file = path.join(dir, 'ontologies', `${ontology.id}.yaml`);
  if (existsSync(file)) {
    const content = readFileSync(file, 'utf8');
    const r = OntologyPromptSchema.safeParse(parseYaml(content) ?? {});
    if (!r.success) throw new RadlabelError('LLM_CONFIG', zodProblem(file, r.error), { locator: { file } });
    return { material: r.data, meta: { source: 'file', version: `ontologies/${ontology.id}.yaml`, hash: sha256(content) } };
  }
  const material = generateOntologyPrompt(ontology);
  return { material, meta: { source: 'generated', version: GENERATED_MATERIAL_VERSION, hash: sha256(JSON.stringify(material)) } };
}
