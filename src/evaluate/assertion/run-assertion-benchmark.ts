import { createContextEngine } from '../../extract/rules/context-engine.js';
import { DEFAULT_RULES_DIR, loadRules } from '../../extract/rules/load-rules.js';
import { createSentenceSplitter } from '../../extract/rules/split-sentences.js';
import { tokenize, type Token } from '../../extract/rules/tokenize.js';
import { scoreDimension, type AssertionMetrics } from './assertion-metrics.js';
import { locateCondition } from './locate-condition.js';
import { parseAssertionTsv, type AssertionRow, type ExperiencerClass, type NegationClass, type TemporalityClass } from './parse-assertion-tsv.js';

/** An input row with the engine's three predictions. */
export interface PredictedRow extends AssertionRow {
  pred: { negation: NegationClass; temporality: TemporalityClass; experiencer: ExperiencerClass };
  match: 'exact' | 'partial' | 'none';
  /** Rule ids of the deciding triggers, for error analysis. */
  triggers: string[];
}

export interface AssertionBenchmarkOptions {
  rulesDir?: string;
  language?: string;
  likelyIsPositive?: boolean;
  /** Input name for error locators. */
  file?: string;
}

const NEG: Record<string, NegationClass> = { affirmed: 'Affirmed', negated: 'Negated', possible: 'Possible' };
const TEMP: Record<string, TemporalityClass> = { current: 'Recent', historical: 'Historical', hypothetical: 'Hypothetical' };

/**
 * Runs the ConText engine over a NegEx / ConText annotated-sentence TSV: each row's Condition is
 * the target, the whole sentence its context. Returns the rows with predictions and the accuracy
 * and per-class scores of negation, temporality and experiencer.
 */
export function runAssertionBenchmark(tsvText: string, opts: AssertionBenchmarkOptions = {}): { header: string[]; rows: PredictedRow[]; metrics: AssertionMetrics } {
  const rules = loadRules(opts.rulesDir ?? DEFAULT_RULES_DIR, opts.language ?? 'en');
  const engine = createContextEngine(rules.triggers, { maxScope: rules.maxScope, likelyIsPositive: opts.likelyIsPositive ?? false });
  const split = createSentenceSplitter(rules.abbreviations);
  const table = parseAssertionTsv(tsvText, opts.file);
  const rows: PredictedRow[] = table.rows.map((row) => {
    const tokens = tokenize(row.sentence);
    const loc = locateCondition(tokens, tokenize(row.condition), row.sentence, row.condition);
    if (loc.quality === 'none') return { ...row, pred: { negation: 'Affirmed', temporality: 'Recent', experiencer: 'Patient' }, match: 'none', triggers: [] };
    const scoped = clause(row.sentence, tokens, loc, split);
    const target = { start: loc.start - scoped.offset, end: loc.end - scoped.offset };
    const r = engine.assess(engine.findTriggers(scoped.tokens, [target]), target);
    const triggers = [r.negationTrigger, r.temporalityTrigger, r.experiencerTrigger].flatMap((h) => (h ? [h.rule.id] : []));
    return {
      ...row,
      pred: { negation: NEG[r.negation]!, temporality: TEMP[r.temporality]!, experiencer: r.experiencer === 'other' ? 'Other' : 'Patient' },
      match: loc.quality,
      triggers,
    };
  });
  // Corpora annotated on a two-way scale (no Possible in the gold) fold hedged mentions into
  // Affirmed; score on the gold's scale then, while the output column keeps Possible.
  const fold = !rows.some((r) => r.gold.negation === 'Possible');
  const metrics: AssertionMetrics = {
    rows: rows.length,
    partialMatches: rows.filter((r) => r.match === 'partial').length,
    unmatched: rows.filter((r) => r.match === 'none').length,
    possibleScoredAsAffirmed: fold,
    negation: scoreDimension(rows.map((r) => ({ gold: r.gold.negation, pred: fold && r.pred.negation === 'Possible' ? 'Affirmed' : r.pred.negation })), fold ? ['Affirmed', 'Negated'] : ['Affirmed', 'Negated', 'Possible']),
    temporality: scoreDimension(rows.map((r) => ({ gold: r.gold.temporality, pred: r.pred.temporality })), ['Recent', 'Historical', 'Hypothetical']),
    experiencer: scoreDimension(rows.map((r) => ({ gold: r.gold.experiencer, pred: r.pred.experiencer })), ['Patient', 'Other']),
  };
  return { header: table.header, rows, metrics };
}

/**
 * The annotated "sentence" is sometimes several sentences (whole note headers). Context is taken
 * from the sentence that holds the condition, plus the heading chunks ("PAST MEDICAL HISTORY:")
 * right before it, as the extractor would see it.
 */
function clause(text: string, tokens: Token[], loc: { start: number; end: number }, split: ReturnType<typeof createSentenceSplitter>): { tokens: Token[]; offset: number } {
  const spans = split(text);
  const at = tokens[loc.start]!.start;
  let i = spans.findIndex((s) => at >= s.start && at < s.end);
  if (i < 0) return { tokens, offset: 0 };
  const end = Math.max(spans[i]!.end, tokens[loc.end - 1]!.end);
  while (i > 0 && /:\s*$/.test(text.slice(spans[i - 1]!.start, spans[i - 1]!.end))) i--;
  const start = spans[i]!.start;
  const first = tokens.findIndex((t) => t.start >= start);
  let last = tokens.length;
  while (last > 0 && tokens[last - 1]!.start >= end) last--;
  return { tokens: tokens.slice(first, last), offset: first };
}
