import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import type { LabelValue } from '../domain/labels.js';
import type { Ontology } from '../domain/ontology.js';
import { RadlabelError } from '../errors/index.js';
import { compilePattern, PatternSet, PatternSyntaxError, type CompiledPattern } from '../extract/rules/token-pattern.js';
import { normalizeWord, tokenize } from '../extract/rules/tokenize.js';
import { describeIssues } from '../ontology/load-ontology.js';

const Phrases = z.array(z.string().min(1)).default([]);

/** One keyword label function: token patterns (the rules engine's syntax) per answer for one label. */
export const LabelFunctionSchema = z
  .object({
    label: z.string().min(1),
    positive: Phrases,
    negative: Phrases,
    uncertain: Phrases,
    /** Add the ontology label's synonyms to `positive` (needs `ontology`). */
    synonyms: z.boolean().default(false),
  })
  .strict();

/**
 * A label-function file. `negate` / `hedge` prefixes turn every positive phrase into a negative /
 * uncertain one ("no" + "effusion" → `no _? effusion`, which also reads "no pleural effusion").
 * Which answer wins when several match in one report follows `precedence`.
 */
export const LabelFunctionFileSchema = z
  .object({
    name: z.string().min(1).optional(),
    ontology: z.string().min(1).optional(),
    negate: Phrases,
    hedge: Phrases,
    precedence: z.array(z.enum(['positive', 'negative', 'uncertain'])).length(3).default(['positive', 'uncertain', 'negative']),
    /**
     * NegEx-style scope in tokens: a `negate` / `hedge` phrase also governs positive phrases that
     * start up to this many tokens after it ("no pneumothorax or pleural effusion"), until the
     * sentence ends (. ; ! ?) or a `terminate` phrase; 0 (default): only the word right before.
     */
    scope: z.number().int().min(0).max(20).default(0),
    /** Phrases that close a negate / hedge scope ("but", "however"). */
    terminate: Phrases,
    functions: z.array(LabelFunctionSchema).min(1),
  })
  .strict();
export type LabelFunctionFile = z.infer<typeof LabelFunctionFileSchema>;

type Answer = 'positive' | 'negative' | 'uncertain';
/** A label's phrase (`opens`: a negate / hedge prefix is part of it), a bare trigger, or a scope terminator. */
type Payload = { kind: 'label'; label: string; answer: Answer; opens?: Answer } | { kind: 'trigger'; answer: Answer } | { kind: 'terminate' };
const SENTENCE_END = new Set(['.', ';', '!', '?']);

/** Compiled label functions: apply to one de-identified report text. */
export interface LabelFunctionSet {
  name: string;
  labels: string[];
  apply(text: string): Record<string, LabelValue>;
}

/** Parses and validates a label-function YAML file; errors name the file and the path inside it. */
export function parseLabelFunctions(text: string, file: string): LabelFunctionFile {
  let data: unknown;
  try {
    data = parseYaml(text);
  } catch (e) {
    throw new RadlabelError('COMBINE_LF_INVALID', 'the label-function file is not valid YAML', { locator: { file }, cause: e });
  }
  const r = LabelFunctionFileSchema.safeParse(data);
  if (!r.success) throw new RadlabelError('COMBINE_LF_INVALID', describeIssues(r.error), { locator: { file, path: r.error.issues[0]?.path.join('.') } });
  return r.data;
}

/**
 * Compiles label functions into one pattern set. The text is scanned once, greedily with the
 * longest match at each token (so "no effusion" is read as the negative phrase, never as
 * "effusion"); per label the answer is the first of `precedence` that matched, else abstain
 * (not mentioned). With `scope`, a negate / hedge phrase also reaches later positive phrases of the
 * same sentence (NegEx's window, Chapman et al. 2001). Labels named must exist in the ontology when
 * one is given.
 */
export function compileLabelFunctions(spec: LabelFunctionFile, file: string, name: string, ontology?: Ontology): LabelFunctionSet {
  const patterns: Array<CompiledPattern<Payload>> = [];
  const add = (pattern: string, payload: Payload, path: string): void => {
    patterns.push(compiled(pattern, payload, path));
  };
  const compiled = (pattern: string, payload: Payload, path: string): CompiledPattern<Payload> => {
    try {
      return compilePattern(pattern, payload);
    } catch (e) {
      if (e instanceof PatternSyntaxError) throw new RadlabelError('COMBINE_LF_INVALID', `bad pattern "${pattern}": ${e.message}`, { locator: { file, path } });
      throw e;
    }
  };
  // Each word of a phrase is one pattern element: "pleural effusion" matches those two tokens in order.
  const phrase = (s: string): string => s.trim().split(/\s+/).join(' ');
  spec.functions.forEach((f, fi) => {
    const def = ontology?.labels.find((l) => l.id === f.label);
    if (ontology && !def) throw new RadlabelError('COMBINE_LF_INVALID', `label "${f.label}" is not in ontology ${ontology.id}`, { locator: { file, path: `functions.${fi}.label` } });
    if (f.synonyms && !def) throw new RadlabelError('COMBINE_LF_INVALID', '`synonyms: true` needs the file to name an `ontology`', { locator: { file, path: `functions.${fi}.synonyms` } });
    const positives = [...f.positive, ...(f.synonyms && def ? def.synonyms : [])];
    for (const [answer, list] of [['positive', positives], ['negative', f.negative], ['uncertain', f.uncertain]] as const)
      list.forEach((p, i) => add(phrase(p), { kind: 'label', label: f.label, answer }, `functions.${fi}.${answer}.${i}`));
    for (const [answer, prefixes] of [['negative', spec.negate], ['uncertain', spec.hedge]] as const)
      for (const pre of prefixes) for (const [i, p] of positives.entries()) add(`${phrase(pre)} _? ${phrase(p)}`, { kind: 'label', label: f.label, answer, opens: answer }, `${answer === 'negative' ? 'negate' : 'hedge'} × functions.${fi}.positive.${i}`);
  });
  if (spec.scope > 0) {
    for (const [answer, prefixes] of [['negative', spec.negate], ['uncertain', spec.hedge]] as const)
      prefixes.forEach((pre, i) => add(phrase(pre), { kind: 'trigger', answer }, `${answer === 'negative' ? 'negate' : 'hedge'}.${i}`));
    spec.terminate.forEach((t, i) => add(phrase(t), { kind: 'terminate' }, `terminate.${i}`));
  }
  const set = new PatternSet(patterns);
  const triggerWords = new Set([...spec.negate, ...spec.hedge].map((t) => normalizeWord(t.trim().split(/\s+/)[0]!)));
  const labels = [...new Set(spec.functions.map((f) => f.label))];
  const rank = new Map(spec.precedence.map((a, i) => [a, i]));
  return {
    name,
    labels,
    apply(text: string): Record<string, LabelValue> {
      const best = new Map<string, Answer>();
      const toks = tokenize(text);
      // The open negate / hedge scope: its answer and the first token it no longer reaches.
      let open: { answer: Answer; until: number } | null = null;
      let at = 0;
      for (const m of set.scan(toks)) {
        if (open) for (; at < m.start; at++) if (SENTENCE_END.has(toks[at]!.norm)) open = null;
        at = m.end;
        if (open && m.start >= open.until) open = null;
        for (const p of m.payloads) {
          if (p.kind === 'terminate') open = null;
          if (p.kind !== 'label') continue;
          // A phrase that itself starts with a trigger word ("no acute disease") is not in the scope of an earlier one.
          const answer = p.answer === 'positive' && open && !triggerWords.has(toks[m.start]!.norm) ? open.answer : p.answer;
          const cur = best.get(p.label);
          if (cur === undefined || rank.get(answer)! < rank.get(cur)!) best.set(p.label, answer);
        }
        const opener = m.payloads.find((p) => p.kind === 'trigger' || (p.kind === 'label' && p.opens));
        if (spec.scope > 0 && opener && opener.kind !== 'terminate') open = { answer: opener.kind === 'trigger' ? opener.answer : opener.opens!, until: m.end + spec.scope };
      }
      return Object.fromEntries(labels.map((l) => [l, best.get(l) ?? 'not_mentioned']));
    },
  };
}
