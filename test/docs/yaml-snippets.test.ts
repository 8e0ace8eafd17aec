import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { LabelSchema } from '../../src/domain/ontology.js';
import { parseOntology } from '../../src/ontology/load-ontology.js';
import { TriggerRuleSchema } from '../../src/extract/rules/rules-schema.js';
import { repoPath } from '../../src/util/paths.js';

/** Every ```yaml block of the user-facing Markdown: README, docs/, rules/. */
function snippets(): Array<{ where: string; text: string }> {
  const files = ['README.md', 'rules/README.md', ...readdirSync(repoPath('docs')).filter((f) => f.endsWith('.md')).map((f) => `docs/${f}`)];
  const out: Array<{ where: string; text: string }> = [];
  for (const f of files) {
    const md = readFileSync(repoPath(f), 'utf8');
    for (const m of md.matchAll(/```ya?ml\n([\s\S]*?)```/g)) out.push({ where: `${f}:${md.slice(0, m.index).split('\n').length}`, text: m[1]! });
  }
  return out;
}

/** Validates a snippet by what it is: a whole ontology, a list of labels, or a list of trigger rules. */
function validate(text: string, where: string): void {
  const data: unknown = parse(text);
  if (data && typeof data === 'object' && !Array.isArray(data) && 'labels' in data) {
    parseOntology(text, where);
    return;
  }
  if (Array.isArray(data) && data.every((r) => r && typeof r === 'object' && 'category' in r)) {
    for (const r of data) TriggerRuleSchema.parse(r);
    return;
  }
  if (Array.isArray(data) && data.every((r) => r && typeof r === 'object' && 'name' in r)) {
    for (const r of data) LabelSchema.parse(r);
    return;
  }
  throw new Error(`${where}: a YAML block that is neither an ontology, labels nor trigger rules`);
}

describe('YAML in the documentation', () => {
  const all = snippets();
  it('there are snippets to check (README, docs/ontologies.md, rules/README.md)', () => {
    expect(all.length).toBeGreaterThanOrEqual(6);
    expect(all.some((s) => s.where.startsWith('README.md'))).toBe(true);
  });
  it.each(all.map((s) => [s.where, s.text]))('%s validates', (where, text) => {
    expect(() => validate(text, where)).not.toThrow();
  });
});
