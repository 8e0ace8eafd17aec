import type { LabelValue } from '../../domain/labels.js';
import type { LabelTable } from './label-table.js';

/**
 * How values are scored. `uncertain`: counted as positive, as negative, or as its own class (then
 * P/R/F1 score the positive class only and kappa uses positive / uncertain / negative). `blank`
 * (not mentioned): negative, or — for a blank GOLD cell — the report is excluded for that label.
 */
export interface EvalPolicy {
  uncertain: 'positive' | 'negative' | 'class';
  blank: 'negative' | 'exclude';
}

export const DEFAULT_POLICY: EvalPolicy = { uncertain: 'class', blank: 'negative' };

/** Scored class of a value under the policy. */
export type ScoredClass = 'pos' | 'neg' | 'unc';

export function scoredClass(v: LabelValue, policy: EvalPolicy): ScoredClass {
  if (v === 'positive') return 'pos';
  if (v === 'uncertain') return policy.uncertain === 'positive' ? 'pos' : policy.uncertain === 'negative' ? 'neg' : 'unc';
  return 'neg';
}

/** Whether a (gold, prediction) pair is excluded from scoring. */
export function isExcluded(gold: LabelValue, policy: EvalPolicy): boolean {
  return policy.blank === 'exclude' && gold === 'not_mentioned';
}

/** The policy statements every output starts with. */
export function describePolicy(policy: EvalPolicy, gold: LabelTable): string[] {
  const unc = {
    positive: 'uncertain (-1) counted as positive',
    negative: 'uncertain (-1) counted as negative (scoring is positive vs not)',
    class: 'uncertain (-1) is its own class: P/R/F1 score the positive class, kappa uses positive / uncertain / negative',
  }[policy.uncertain];
  const blank =
    policy.blank === 'negative'
      ? 'blank (not mentioned) counted as negative'
      : 'blank (not mentioned) in the gold: that report is excluded for that label; a blank prediction counts as negative';
  const out = [unc, blank];
  if (gold.kind === 'binary')
    out.push('the gold is 0/1 (ChestX-ray14 style): 0 means "not positive", so negative, uncertain (unless counted as positive) and not mentioned predictions all agree with it');
  return out;
}
