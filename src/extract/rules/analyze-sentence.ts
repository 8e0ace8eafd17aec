import type { Mention, TriggerRef } from '../../domain/labels.js';
import type { SectionName } from '../../domain/report.js';
import type { AbnormalMention } from '../aggregate-labels.js';
import type { CompiledOntology, TargetPayload } from './compile-ontology.js';
import type { ContextEngine, ContextResult, TriggerHit } from './context-engine.js';
import type { SentenceSpan } from './split-sentences.js';
import { tokenize, type Token } from './tokenize.js';

/** A present / absent / uncertain mention of something in the abnormal-findings lexicon. */

export interface SentenceAnalysis {
  mentions: Mention[];
  abnormal: AbnormalMention[];
}

function triggerRef(text: string, tokens: Token[], hit: TriggerHit | null): TriggerRef | null {
  if (!hit) return null;
  const start = tokens[hit.start]!.start;
  const end = tokens[hit.end - 1]!.end;
  return { text: text.slice(start, end), category: hit.rule.category, rule: hit.rule.id, span: { start, end } };
}

function toAssertion(r: ContextResult): Mention['assertion'] {
  return r.negation === 'negated' ? 'absent' : r.negation === 'possible' ? 'uncertain' : 'present';
}

// The trigger reported as deciding: negation first, then temporality, then experiencer.
function decidingTrigger(text: string, tokens: Token[], r: ContextResult): TriggerRef | null {
  return triggerRef(text, tokens, r.negationTrigger ?? r.temporalityTrigger ?? r.experiencerTrigger);
}

// Token index range covering a character span.
function tokenRange(tokens: Token[], start: number, end: number): { start: number; end: number } | null {
  let a = -1;
  let b = -1;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.end > start && t.start < end) {
      if (a < 0) a = i;
      b = i + 1;
    }
  }
  return a < 0 ? null : { start: a, end: b };
}

/**
 * A gap in a phrase pattern never hides a trigger: when the skipped words hold one ("the aorta is
 * not tortuous" for `aorta * tortuous`), the target assessed is the part after the last inner
 * trigger, so the trigger applies to it as it would to any target; the evidence keeps the whole phrase.
 */
function outsideInnerTriggers<F extends { start: number; end: number }>(f: F, tokens: Token[], engine: ContextEngine): F & { evidenceStart?: number } {
  const inner = engine.findTriggers(tokens.slice(f.start, f.end));
  const last = inner.reduce((m, h) => Math.max(m, h.end), 0);
  if (last === 0 || f.start + last >= f.end) return f;
  return { ...f, start: f.start + last, evidenceStart: f.start };
}

/**
 * Finds the ontology targets and abnormal-lexicon phrases of one sentence and asserts each with
 * the ConText engine. Indication-section mentions become hypothetical: a reason for the exam is
 * not a finding.
 */
export function analyzeSentence(text: string, sentence: SentenceSpan, section: SectionName, onto: CompiledOntology, engine: ContextEngine): SentenceAnalysis {
  const tokens = tokenize(text, sentence.start, sentence.end);
  // Built on first use, one object shared by the sentence's mentions: most sentences have none.
  let ref: Mention['sentence'] | undefined;
  const sentenceRef = (): Mention['sentence'] => (ref ??= { text: text.slice(sentence.start, sentence.end), start: sentence.start, end: sentence.end });
  const mentions: Mention[] = [];
  const abnormal: AbnormalMention[] = [];
  if (tokens.length === 0) return { mentions, abnormal };
  const seen = new Set<string>();
  const found: Array<{ label: string; start: number; end: number; absent: string | null; evidenceStart?: number }> = [];
  const covered: Array<{ start: number; end: number; label: string | null }> = [];
  const take = (m: { start: number; end: number; payloads: TargetPayload[] }): void => {
    for (const p of m.payloads) {
      if (p.kind === 'exclude') continue;
      covered.push({ start: m.start, end: m.end, label: p.label });
      const f = { label: p.label, start: m.start, end: m.end, absent: p.kind === 'absent' ? p.phrase : null };
      found.push(p.kind === 'label' && p.gapped ? outsideInnerTriggers(f, tokens, engine) : f);
    }
  };
  for (const m of onto.targets.scan(tokens)) {
    // Exclusions are rare: no set is built for a match without one.
    if (!m.payloads.some((p) => p.kind === 'exclude')) {
      take(m);
      continue;
    }
    const excluded = new Set(m.payloads.flatMap((p) => (p.kind === 'exclude' ? [p.label] : [])));
    // An exclusion blocks its own label only: the other labels' phrases in the same words still count.
    for (const label of excluded) covered.push({ start: m.start, end: m.end, label });
    const others = (p: TargetPayload): boolean => p.kind !== 'exclude' && !excluded.has(p.label);
    for (let i = m.start; i < m.end; ) {
      const inner = onto.targets.matchAt(tokens, i, m.end, others);
      if (inner) {
        take(inner);
        i = inner.end;
      } else i++;
    }
  }
  for (const { label, re } of onto.regexes) {
    re.lastIndex = 0;
    const slice = sentenceRef().text;
    for (let m = re.exec(slice); m; m = re.exec(slice)) {
      if (m[0].length === 0) {
        re.lastIndex++;
        continue;
      }
      const range = tokenRange(tokens, sentence.start + m.index, sentence.start + m.index + m[0].length);
      if (!range) continue;
      if (covered.some((c) => c.start < range.end && c.end > range.start && (c.label === null || c.label === label))) continue;
      found.push({ label, start: range.start, end: range.end, absent: null });
    }
  }
  const abnormalMatches = onto.abnormal.scan(tokens);
  // Abnormal-lexicon phrases are targets too: no trigger may swallow them ("no hilar enlargement").
  const hits = engine.findTriggers(tokens, abnormalMatches.length ? [...found, ...abnormalMatches] : found);

  for (const f of found) {
    const key = `${f.label}:${f.start}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const { label, start, end } = f;
    const forcedAbsent = f.absent;
    const r = engine.assess(hits, { start, end });
    let phraseStart = f.evidenceStart ?? start;
    const mods = onto.modifiers.get(label);
    while (mods && phraseStart > 0 && start - phraseStart < 3 && mods.has(tokens[phraseStart - 1]!.norm)) phraseStart--;
    const span = { start: tokens[phraseStart]!.start, end: tokens[end - 1]!.end };
    let temporality = r.temporality;
    if (section === 'indication' && temporality === 'current') temporality = 'hypothetical';
    mentions.push({
      label,
      assertion: forcedAbsent !== null ? 'absent' : toAssertion(r),
      temporality,
      experiencer: r.experiencer,
      section,
      sentence: sentenceRef(),
      span,
      phrase: text.slice(span.start, span.end),
      trigger:
        forcedAbsent !== null
          ? { text: text.slice(span.start, span.end), category: 'negated-existence', rule: 'ontology:absentPhrases' }
          : decidingTrigger(text, tokens, r),
      verified: true,
    });
  }
  for (const m of abnormalMatches) {
    const r = engine.assess(hits, m);
    const span = { start: tokens[m.start]!.start, end: tokens[m.end - 1]!.end };
    abnormal.push({
      group: m.payloads[0]!,
      assertion: toAssertion(r),
      temporality: section === 'indication' && r.temporality === 'current' ? 'hypothetical' : r.temporality,
      experiencer: r.experiencer,
      section,
      sentence: sentenceRef(),
      span,
      phrase: text.slice(span.start, span.end),
      trigger: decidingTrigger(text, tokens, r),
      verified: true,
    });
  }
  return { mentions, abnormal };
}
