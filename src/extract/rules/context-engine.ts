import type { TriggerCategory, TriggerRule } from './rules-schema.js';
import { PatternSet, compileLiteral, compilePattern } from './token-pattern.js';
import type { Token } from './tokenize.js';

/** A trigger found in a sentence, by token indices (end exclusive). */
export interface TriggerHit {
  rule: TriggerRule;
  start: number;
  end: number;
  /** Words (punctuation excluded) before each token index of the sentence; scopes count words. */
  words?: Int32Array;
}

/** Token range of a target phrase in the sentence (end exclusive). */
export interface TargetRange {
  start: number;
  end: number;
}

export type NegationStatus = 'affirmed' | 'negated' | 'possible';

/** What the triggers in scope say about one target. */
export interface ContextResult {
  negation: NegationStatus;
  temporality: 'current' | 'historical' | 'hypothetical';
  experiencer: 'patient' | 'other';
  /** Trigger that decided the negation status (null when affirmed). */
  negationTrigger: TriggerHit | null;
  temporalityTrigger: TriggerHit | null;
  experiencerTrigger: TriggerHit | null;
}

/** Which output dimension each category sets, and to what (one constant, as in medspaCy). */
export const CATEGORY_EFFECT: Record<TriggerCategory, { dimension: 'negation' | 'temporality' | 'experiencer'; value: string } | null> = {
  'negated-existence': { dimension: 'negation', value: 'negated' },
  'possible-existence': { dimension: 'negation', value: 'possible' },
  historical: { dimension: 'temporality', value: 'historical' },
  hypothetical: { dimension: 'temporality', value: 'hypothetical' },
  'experiencer-other': { dimension: 'experiencer', value: 'other' },
  pseudo: null,
  termination: null,
};

export interface ContextEngineOptions {
  /** Default maximum distance in tokens between a trigger and its target. */
  maxScope: number;
  /** Treat hedges tagged `likely` as affirmation (they then act as pseudo-triggers). */
  likelyIsPositive?: boolean;
}

/** The ConText algorithm over precompiled trigger rules. */
export interface ContextEngine {
  /**
   * Greedy longest, non-overlapping trigger matches in a sentence. Triggers never enter or cross
   * a target (`targets`, sorted by start), so "no focal deficits" keeps "no" as the trigger when
   * "focal deficits" is the target.
   */
  findTriggers(tokens: Token[], targets?: ReadonlyArray<TargetRange>): TriggerHit[];
  /** Applies the triggers whose scope reaches the target; the nearest trigger per dimension wins. */
  assess(hits: TriggerHit[], target: TargetRange): ContextResult;
}

const WORD = /[\p{L}\p{N}]/u;

const DIMENSIONS = ['negation', 'temporality', 'experiencer'] as const;

/** What one category of a rule sets: the dimension (index into {@link DIMENSIONS}) and its value. */
interface Effect {
  dim: number;
  value: string;
}

// `assess` runs synchronously, once per target: the nearest trigger per dimension so far.
const bestHit: Array<TriggerHit | null> = [null, null, null];
const bestDist: number[] = [0, 0, 0];
const bestValue: string[] = ['', '', ''];

const PSEUDO_LIKELY: TriggerRule = { id: 'likely-as-positive', category: 'pseudo', direction: 'pseudo', tags: [], also: [], literal: 'likely' };

/**
 * Builds a ConText engine (Harkema et al. 2009, "ConText: an algorithm for determining negation,
 * experiencer, and temporal status from clinical reports"): triggers open a scope forward,
 * backward or both ways, bounded by `maxScope` tokens and by termination triggers; pseudo-triggers
 * only block shorter triggers inside them.
 */
export function createContextEngine(rules: readonly TriggerRule[], opts: ContextEngineOptions): ContextEngine {
  const set = new PatternSet(
    rules.map((r) => {
      const effective = opts.likelyIsPositive && r.tags.includes('likely') ? { ...PSEUDO_LIKELY, id: r.id } : r;
      return r.literal !== undefined ? compileLiteral(r.literal, effective) : compilePattern(r.pattern!, effective);
    }),
  );
  // Each rule's effects, worked out once: its category's and then its `also` categories' (those with
  // an effect, in that order); null when its own category has none (the rule then sets nothing).
  const effects = new Map<TriggerRule, Effect[] | null>();
  const effectsOf = (rule: TriggerRule): Effect[] | null => {
    let e = effects.get(rule);
    if (e === undefined) {
      e = CATEGORY_EFFECT[rule.category] ? [rule.category, ...rule.also].flatMap((c) => {
        const effect = CATEGORY_EFFECT[c];
        return effect ? [{ dim: DIMENSIONS.indexOf(effect.dimension), value: effect.value }] : [];
      }) : null;
      effects.set(rule, e);
    }
    return e;
  };
  return {
    findTriggers(tokens, targets = []) {
      const matches = set.scan(tokens, mergeRanges(targets));
      if (matches.length === 0) return [];
      const words = new Int32Array(tokens.length + 1);
      for (let i = 0; i < tokens.length; i++) words[i + 1] = words[i]! + (WORD.test(tokens[i]!.norm) ? 1 : 0);
      return matches.map((m) => ({ rule: m.payloads[0]!, start: m.start, end: m.end, words }));
    },
    assess(hits, target) {
      // Nearest trigger per dimension (negation, temporality, experiencer): scratch slots, reset per call.
      bestHit[0] = bestHit[1] = bestHit[2] = null;
      for (const h of hits) {
        const effects = effectsOf(h.rule);
        if (effects === null) continue;
        if (h.start < target.end && h.end > target.start) continue;
        const scope = h.rule.maxScope ?? opts.maxScope;
        const dir = h.rule.direction;
        let dist = -1;
        const w = h.words;
        if (h.end <= target.start && (dir === 'forward' || dir === 'bidirectional')) {
          if (!terminated(hits, h.end, target.start, h.rule)) dist = w ? w[target.start]! - w[h.end]! : target.start - h.end;
        } else if (h.start >= target.end && (dir === 'backward' || dir === 'bidirectional')) {
          if (!terminated(hits, target.end, h.start, h.rule)) dist = w ? w[h.start]! - w[target.end]! : h.start - target.end;
        }
        if (dist < 0 || dist > scope) continue;
        for (const effect of effects) {
          const d = effect.dim;
          const cur = bestHit[d];
          // Nearest wins; at equal distance negation beats possibility (the rule order decides ties otherwise).
          if (!cur || dist < bestDist[d]! || (dist === bestDist[d] && effect.value === 'negated' && bestValue[d] !== 'negated')) {
            bestHit[d] = h;
            bestDist[d] = dist;
            bestValue[d] = effect.value;
          }
        }
      }
      return {
        negation: bestHit[0] ? (bestValue[0] as NegationStatus) : 'affirmed',
        temporality: bestHit[1] ? (bestValue[1] as 'historical' | 'hypothetical') : 'current',
        experiencer: bestHit[2] ? 'other' : 'patient',
        negationTrigger: bestHit[0],
        temporalityTrigger: bestHit[1],
        experiencerTrigger: bestHit[2],
      };
    },
  };
}

// Whether a termination trigger for `rule` (by its category, or by its id) lies wholly inside the token gap [from, to).
function terminated(hits: TriggerHit[], from: number, to: number, rule: TriggerRule): boolean {
  for (const h of hits) {
    const t = h.rule;
    if (t.category !== 'termination' || h.start < from || h.end > to) continue;
    if (t.appliesToRules?.includes(rule.id)) return true;
    if (t.appliesTo ? t.appliesTo.includes(rule.category) : !t.appliesToRules) return true;
  }
  return false;
}

const NO_RANGES: readonly TargetRange[] = [];

// Sorted, merged copy of possibly overlapping ranges. Targets mostly come sorted (or there are
// none): they are copied and sorted only when out of order (the sort is stable, so it is the same).
function mergeRanges(ranges: ReadonlyArray<TargetRange>): readonly TargetRange[] {
  if (ranges.length === 0) return NO_RANGES;
  let sorted = ranges;
  for (let i = 1; i < ranges.length; i++) {
    if (ranges[i]!.start < ranges[i - 1]!.start) {
      sorted = [...ranges].sort((a, b) => a.start - b.start);
      break;
    }
  }
  const out: TargetRange[] = [];
  for (const r of sorted) {
    const last = out[out.length - 1];
    if (last && r.start <= last.end) last.end = Math.max(last.end, r.end);
    else out.push({ start: r.start, end: r.end });
  }
  return out;
}
