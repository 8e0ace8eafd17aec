import type { Ontology } from '../../domain/ontology.js';
import { RadlabelError } from '../../errors/index.js';
import type { AbnormalFindings } from './rules-schema.js';
import { PatternSet, PatternSyntaxError, compileLiteral, compilePattern, type CompiledPattern } from './token-pattern.js';
import { normalizeWord } from './tokenize.js';
import { compilePhrase } from './phrase-pattern.js';

/** What a matched ontology phrase stands for. */
export type TargetPayload =
  /** `gapped`: a phrase pattern whose gaps (`*`, `~N`, `?`) may have skipped words. */
  | { kind: 'label'; label: string; gapped?: boolean }
  | { kind: 'absent'; label: string; phrase: string }
  /** A phrase that looks like `label`'s synonym but is another thing: it blocks that label only. */
  | { kind: 'exclude'; label: string };

/** An ontology prepared for matching: built once per ontology (and rules), reused for every report. */
export interface CompiledOntology {
  ontology: Ontology;
  /** Synonyms, absent-phrases and exclusions of every matchable label. */
  targets: PatternSet<TargetPayload>;
  /** Label regular expressions, compiled once (sticky-free, global, case-insensitive). */
  regexes: Array<{ label: string; re: RegExp }>;
  /** Modifier words per label (normalised), used to widen the evidence phrase. */
  modifiers: Map<string, Set<string>>;
  /** Abnormal-findings lexicon (for `no-abnormality` No Finding); group id as payload. */
  abnormal: PatternSet<string>;
  noFindingLabel: string | null;
}

const cache = new WeakMap<Ontology, WeakMap<AbnormalFindings, CompiledOntology>>();

function compileOrThrow<P>(fn: () => CompiledPattern<P> | CompiledPattern<P>[], where: string): CompiledPattern<P>[] {
  try {
    const r = fn();
    return Array.isArray(r) ? r : [r];
  } catch (e) {
    if (e instanceof PatternSyntaxError) throw new RadlabelError('ONTOLOGY_INVALID', `${where}: ${e.message}`, { locator: { path: where } });
    throw e;
  }
}

/**
 * Precompiles an ontology's phrases into token pattern sets and its regexes once; cached per
 * ontology object so extraction does no per-report compilation.
 */
export function compileOntology(ontology: Ontology, abnormal: AbnormalFindings): CompiledOntology {
  let inner = cache.get(ontology);
  const hit = inner?.get(abnormal);
  if (hit) return hit;
  const pats: CompiledPattern<TargetPayload>[] = [];
  const regexes: CompiledOntology['regexes'] = [];
  const modifiers = new Map<string, Set<string>>();
  let noFindingLabel: string | null = null;
  ontology.labels.forEach((l, li) => {
    if (l.noFinding) {
      noFindingLabel = l.id;
      return;
    }
    const payload: TargetPayload = { kind: 'label', label: l.id };
    const where = (key: string, i: number): string => `label "${l.id}" ${key}[${i}]`;
    l.synonyms.forEach((s, i) => pats.push(...compileOrThrow(() => compileLiteral(s, payload), where('synonyms', i))));
    const gapped: TargetPayload = { kind: 'label', label: l.id, gapped: true };
    l.phrases.forEach((s, i) => pats.push(...compileOrThrow(() => compilePhrase(s, /(^|\s)([*?]|~\d)/.test(s) ? gapped : payload), where('phrases', i))));
    const exclude: TargetPayload = { kind: 'exclude', label: l.id };
    l.exclusions.forEach((s, i) => pats.push(...compileOrThrow(() => compilePhrase(s, exclude), where('exclusions', i))));
    l.absentPhrases.forEach((s, i) =>
      pats.push(...compileOrThrow(() => compilePattern(s, { kind: 'absent', label: l.id, phrase: s } as TargetPayload), where('absentPhrases', i))),
    );
    l.patterns.forEach((p, i) => {
      try {
        regexes.push({ label: l.id, re: new RegExp(p, 'gi') });
      } catch {
        throw new RadlabelError('ONTOLOGY_INVALID', `label "${l.id}" patterns[${i}]: invalid regular expression`, { locator: { path: `labels[${li}].patterns[${i}]` } });
      }
    });
    modifiers.set(l.id, new Set(l.modifiers.map((m) => normalizeWord(m))));
  });
  const abn = new PatternSet(abnormal.groups.flatMap((g) => g.phrases.map((p) => compilePattern(p, g.id))));
  const compiled: CompiledOntology = { ontology, targets: new PatternSet(pats), regexes, modifiers, abnormal: abn, noFindingLabel };
  if (!inner) {
    inner = new WeakMap();
    cache.set(ontology, inner);
  }
  inner.set(abnormal, compiled);
  return compiled;
}
