import type { Label, Ontology } from '../domain/ontology.js';

const LIST_KEYS = ['synonyms', 'phrases', 'patterns', 'exclusions', 'absentPhrases', 'modifiers', 'modalities', 'bodyParts'] as const;
const SCALAR_KEYS = ['name', 'description', 'parent', 'noFinding'] as const;
const TOP_KEYS = ['id', 'version', 'name', 'noFindingSemantics', 'likelyIsPositive'] as const;

const show = (v: unknown): string => (v === undefined ? '(none)' : JSON.stringify(v));

function labelChanges(a: Label, b: Label): string[] {
  const out: string[] = [];
  for (const k of LIST_KEYS) {
    const before = new Set(a[k]);
    const after = new Set(b[k]);
    const added = b[k].filter((x) => !before.has(x));
    const removed = a[k].filter((x) => !after.has(x));
    if (added.length) out.push(`${k} + ${added.map((x) => JSON.stringify(x)).join(', ')}`);
    if (removed.length) out.push(`${k} - ${removed.map((x) => JSON.stringify(x)).join(', ')}`);
  }
  for (const k of SCALAR_KEYS) if (JSON.stringify(a[k]) !== JSON.stringify(b[k])) out.push(`${k}: ${show(a[k])} → ${show(b[k])}`);
  if (JSON.stringify(a.codes) !== JSON.stringify(b.codes)) out.push(`codes: ${show(a.codes)} → ${show(b.codes)}`);
  return out;
}

/**
 * What changed from ontology `a` to `b`, as lines a reviewer reads: settings, labels added and
 * removed, and per label each list's added / removed entries and changed fields. Empty when equal.
 */
export function diffOntologies(a: Ontology, b: Ontology): string[] {
  const out: string[] = [];
  for (const k of TOP_KEYS) if (a[k] !== b[k]) out.push(`${k}: ${show(a[k])} → ${show(b[k])}`);
  if (JSON.stringify(a.noFindingIgnores) !== JSON.stringify(b.noFindingIgnores)) out.push(`noFindingIgnores: ${show(a.noFindingIgnores)} → ${show(b.noFindingIgnores)}`);
  if (JSON.stringify(a.export) !== JSON.stringify(b.export)) out.push(`export: ${show(a.export)} → ${show(b.export)}`);
  const before = new Map(a.labels.map((l) => [l.id, l]));
  const after = new Map(b.labels.map((l) => [l.id, l]));
  for (const l of b.labels) if (!before.has(l.id)) out.push(`+ label "${l.id}"`);
  for (const l of a.labels) if (!after.has(l.id)) out.push(`- label "${l.id}"`);
  for (const l of a.labels) {
    const other = after.get(l.id);
    if (!other) continue;
    const changes = labelChanges(l, other);
    if (changes.length) out.push(`~ label "${l.id}"`, ...changes.map((c) => `    ${c}`));
  }
  return out;
}
