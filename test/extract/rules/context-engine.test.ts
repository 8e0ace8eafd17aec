import { describe, expect, it } from 'vitest';
import { createContextEngine, type TargetRange } from '../../../src/extract/rules/context-engine.js';
import type { TriggerRule } from '../../../src/extract/rules/rules-schema.js';
import { tokenize } from '../../../src/extract/rules/tokenize.js';

// Rules written inline, targets given by hand: this tests the engine alone, not the bundled rules.
const rule = (id: string, category: TriggerRule['category'], direction: TriggerRule['direction'], text: string, extra: Partial<TriggerRule> = {}): TriggerRule => ({
  id,
  category,
  direction,
  tags: [],
  also: [],
  ...(/[|_?]/.test(text) ? { pattern: text } : { literal: text }),
  ...extra,
});

const RULES: TriggerRule[] = [
  rule('no', 'negated-existence', 'forward', 'no'),
  rule('denies', 'negated-existence', 'forward', 'denies', { maxScope: 40 }),
  rule('not-seen', 'negated-existence', 'backward', 'is|are? not seen|identified'),
  rule('resolved', 'negated-existence', 'backward', 'has|have resolved'),
  rule('possible', 'possible-existence', 'forward', 'possible'),
  rule('likely', 'possible-existence', 'forward', 'likely', { tags: ['likely'] }),
  rule('versus', 'possible-existence', 'bidirectional', 'versus', { maxScope: 4 }),
  rule('cannot-excluded', 'possible-existence', 'backward', 'cannot be excluded'),
  rule('history', 'historical', 'forward', 'history of'),
  rule('if', 'hypothetical', 'forward', 'if'),
  rule('mother', 'experiencer-other', 'bidirectional', 'mother', { maxScope: 5 }),
  rule('family-history', 'experiencer-other', 'forward', 'family history of', { also: ['historical'] }),
  rule('no-change', 'pseudo', 'pseudo', 'no _? change'),
  rule('but', 'termination', 'terminate', 'but|however'),
  rule('recent', 'termination', 'terminate', 'recent', { appliesTo: ['historical'] }),
];

function assess(sentence: string, target: string, opts: { likelyIsPositive?: boolean; maxScope?: number } = {}) {
  const engine = createContextEngine(RULES, { maxScope: opts.maxScope ?? 20, likelyIsPositive: opts.likelyIsPositive });
  const tokens = tokenize(sentence);
  const want = tokenize(target).map((t) => t.norm);
  const start = tokens.findIndex((_, i) => want.every((w, k) => tokens[i + k]?.norm === w));
  if (start < 0) throw new Error(`target "${target}" not in sentence`);
  const range: TargetRange = { start, end: start + want.length };
  return engine.assess(engine.findTriggers(tokens, [range]), range);
}

describe('ConText engine (inline rules)', () => {
  it('affirms a target with no trigger in scope', () => {
    expect(assess('Small left pleural effusion.', 'pleural effusion')).toMatchObject({ negation: 'affirmed', temporality: 'current', experiencer: 'patient', negationTrigger: null });
  });

  it('negates forward, across a list', () => {
    for (const t of ['effusion', 'pneumothorax', 'consolidation']) expect(assess('No effusion, pneumothorax or consolidation.', t).negation).toBe('negated');
    expect(assess('Patient denies fever, chills, cough, nausea, vomiting, diarrhea, dysuria or rash.', 'rash').negation).toBe('negated');
  });

  it('negates backward with post-triggers and plural folding', () => {
    expect(assess('Opacities are not identified.', 'opacity').negation).toBe('negated');
    expect(assess('The effusions have resolved.', 'effusion').negationTrigger?.rule.id).toBe('resolved');
  });

  it('ends scope at termination triggers', () => {
    expect(assess('No pneumothorax but a small effusion.', 'effusion').negation).toBe('affirmed');
    expect(assess('No pneumothorax; however, effusion persists.', 'effusion').negation).toBe('affirmed');
  });

  it('pseudo-triggers hide the shorter trigger inside them', () => {
    expect(assess('No interval change in the effusion.', 'effusion').negation).toBe('affirmed');
    expect(assess('No change in effusion.', 'effusion').negation).toBe('affirmed');
  });

  it('respects the maximum scope', () => {
    expect(assess('No acute process is identified in the chest with effusion', 'effusion', { maxScope: 3 }).negation).toBe('affirmed');
  });

  it('marks uncertainty, nearest trigger winning, and bidirectional scope', () => {
    expect(assess('Possible pneumonia.', 'pneumonia').negation).toBe('possible');
    expect(assess('Pneumonia cannot be excluded.', 'pneumonia').negation).toBe('possible');
    expect(assess('Atelectasis versus pneumonia.', 'atelectasis').negation).toBe('possible');
    expect(assess('Atelectasis versus pneumonia.', 'pneumonia').negation).toBe('possible');
    expect(assess('No effusion, possible pneumonia.', 'pneumonia').negation).toBe('possible');
  });

  it('turns "likely" hedges off when likelyIsPositive', () => {
    expect(assess('Likely atelectasis.', 'atelectasis').negation).toBe('possible');
    expect(assess('Likely atelectasis.', 'atelectasis', { likelyIsPositive: true }).negation).toBe('affirmed');
  });

  it('sets temporality and experiencer, with category-specific termination', () => {
    expect(assess('History of pneumonia.', 'pneumonia').temporality).toBe('historical');
    expect(assess('History of asthma with recent pneumonia.', 'pneumonia').temporality).toBe('current');
    expect(assess('No history of recent pneumonia.', 'pneumonia').negation).toBe('negated');
    expect(assess('Return if fever develops.', 'fever').temporality).toBe('hypothetical');
    expect(assess('Her mother had breast cancer.', 'breast cancer').experiencer).toBe('other');
    expect(assess('Family history of colon cancer.', 'colon cancer')).toMatchObject({ experiencer: 'other', temporality: 'historical' });
  });

  it('never lets a trigger enter the target', () => {
    // "no change" would be a pseudo-trigger, but "change in hearing" is the target here.
    expect(assess('No change in hearing.', 'change in hearing').negation).toBe('negated');
  });
});
