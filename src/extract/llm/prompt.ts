import { readFileSync, readdirSync, existsSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { sha256 } from '../../util/hash.js';
import { repoPath } from '../../util/paths.js';
import { FRONT_MATTER, parseYaml } from '../../util/yaml-data.js';
import { RadlabelError } from '../../errors/index.js';
import type { Ontology } from '../../domain/ontology.js';

/** The repository's `prompts/` folder. */
export const DEFAULT_PROMPT_DIR = repoPath('prompts');

const FrontMatterSchema = z.object({ id: z.string().min(1), version: z.string().min(1), user: z.string().min(1) }).strict();

/** A versioned prompt template (see `prompts/README.md`). */
export interface PromptTemplate {
  id: string;
  version: string;
  /** sha256 of the template file, recorded in provenance. */
  hash: string;
  system: string;
  user: string;
}

const ExampleSchema = z
  .object({ report: z.string().min(1), output: z.object({ mentions: z.array(z.unknown()), otherAbnormalities: z.array(z.unknown()).optional() }).strict() })
  .strict();
/** Per-ontology prompt material: description overrides and few-shot examples. */
export const OntologyPromptSchema = z
  .object({
    descriptions: z.record(z.string(), z.string()).default({}),
    examples: z.array(ExampleSchema).default([]),
  })
  .strict();
export type OntologyPrompt = z.infer<typeof OntologyPromptSchema>;

function compareVersions(a: string, b: string): number {
  const pa = a.split(/[.-]/).map((x) => Number.parseInt(x, 10) || 0);
  const pb = b.split(/[.-]/).map((x) => Number.parseInt(x, 10) || 0);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

/** `file: path: message` of the first zod issue. */
export function zodProblem(file: string, e: z.ZodError): string {
  const i = e.issues[0];
  return `${file}: ${i ? `${i.path.join('.') || '(root)'}: ${i.message}` : 'invalid'}`;
}

/**
 * Loads `prompts/<id>/<version>.md`; the highest version when none is asked for.
 * @throws RadlabelError LLM_CONFIG when the template is missing or malformed.
 */
export function loadPromptTemplate(id: string, version?: string, dir = DEFAULT_PROMPT_DIR): PromptTemplate {
  const folder = path.join(dir, id);
  if (!existsSync(folder)) throw new RadlabelError('LLM_CONFIG', `no prompt templates for "${id}"`, { locator: { file: folder } });
  const versions = readdirSync(folder)
    .filter((f) => f.endsWith('.md'))
    .map((f) => f.slice(0, -3))
    .sort(compareVersions);
  const chosen = version ?? versions.at(-1);
  if (!chosen || !versions.includes(chosen))
    throw new RadlabelError('LLM_CONFIG', `prompt "${id}" has no version "${version ?? '(any)'}"`, { locator: { file: folder } });
  const file = path.join(folder, `${chosen}.md`);
  const content = readFileSync(file, 'utf8');
  const m = FRONT_MATTER.exec(content);
  if (!m) throw new RadlabelError('LLM_CONFIG', 'prompt template lacks YAML front matter', { locator: { file } });
  const fm = FrontMatterSchema.safeParse(parseYaml(m[1] ?? ''));
  if (!fm.success) throw new RadlabelError('LLM_CONFIG', zodProblem(file, fm.error), { locator: { file } });
  if (fm.data.id !== id || fm.data.version !== chosen)
    throw new RadlabelError('LLM_CONFIG', `front matter id/version do not match the file name`, { locator: { file } });
  return { id, version: chosen, hash: sha256(content), system: (m[2] ?? '').trim(), user: fm.data.user };
}

function fill(template: string, vars: Record<string, string>): string {
  return template.replace(/\{\{(\w+)\}\}/g, (whole, k: string) => vars[k] ?? whole);
}

/**
 * Renders the system message: instructions, ontology and examples, identical for every report of a
 * run so provider-side prompt caching applies.
 */
export function renderSystemPrompt(t: PromptTemplate, ontology: Ontology, extra: OntologyPrompt): string {
  const lines = ontology.labels
    .filter((l) => !l.noFinding)
    .map((l) => {
      const desc = extra.descriptions[l.id] ?? l.description;
      const syn = l.synonyms.length ? ` Also written: ${l.synonyms.slice(0, 8).join(', ')}.` : '';
      return `- ${l.id}: ${l.name}${desc ? ` — ${desc}` : ''}${syn}`;
    })
    .join('\n');
  const examples = extra.examples.length
    ? '\nExamples:\n' +
      extra.examples.map((e, i) => `Example ${i + 1} report:\n${e.report}\nAnswer:\n${JSON.stringify(e.output)}`).join('\n\n')
    : '';
  return fill(t.system, { ontology: lines, ontologyName: ontology.name, ontologyVersion: ontology.version, examples, noFinding: noFindingInstruction(ontology) });
}

/**
 * The ontology's No Finding semantics in one sentence (plus, for `no-abnormality`, how to report
 * abnormalities outside the labels). Empty when the ontology has no computed No Finding label.
 */
export function noFindingInstruction(ontology: Ontology): string {
  const nf = ontology.labels.find((l) => l.noFinding);
  if (!nf || ontology.noFindingSemantics === 'none') return '';
  if (ontology.noFindingSemantics === 'chexpert') {
    const ignored = ontology.noFindingIgnores.length ? ` (${ontology.noFindingIgnores.join(', ')} aside)` : '';
    return `"${nf.id}" is computed, never listed: it holds when none of the findings below${ignored} is present or uncertain.`;
  }
  return (
    `"${nf.id}" is computed, never listed: it holds only when the report describes nothing abnormal of any kind, ` +
    'so also list in otherAbnormalities every abnormal finding the report describes that is not an ontology label ' +
    '(for example a sternotomy, surgical clips, a pacemaker, a granuloma, scoliosis, degenerative change, an old fracture, ' +
    'hyperinflation, scarring, enlarged pulmonary arteries, a hiatal hernia), each with finding (a short name), assertion, ' +
    'the exact evidence quote and section, as for mentions. Normal statements and negated findings need no entry.'
  );
}

/** Renders the per-report user message. */
export function renderUserPrompt(t: PromptTemplate, reportText: string): string {
  return t.user.replace('{{report}}', () => reportText);
}
