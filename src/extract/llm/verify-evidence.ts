import type { Mention, TriggerRef } from '../../domain/labels.js';
import type { DeidentifiedReport, SectionName } from '../../domain/report.js';
import type { AbnormalMention } from '../aggregate-labels.js';
import type { Claim, OtherClaim } from './output-schema.js';

/** Text folded for matching (lower case, whitespace runs → one space) with a map back to offsets. */
interface Folded {
  text: string;
  /** `offsets[i]` = index in the original text of folded character i. */
  offsets: number[];
}

function fold(text: string): Folded {
  let out = '';
  const offsets: number[] = [];
  let inSpace = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] as string;
    if (/\s/.test(ch)) {
      if (!inSpace && out.length > 0) {
        out += ' ';
        offsets.push(i);
      }
      inSpace = true;
      continue;
    }
    inSpace = false;
    const lower = ch.toLowerCase();
    // toLowerCase can change length (e.g. "İ"); keep one folded char per source char.
    out += lower.length === 1 ? lower : ch;
    offsets.push(i);
  }
  return { text: out, offsets };
}

/** Folded quote: trimmed, wrapping quotes and a trailing full stop removed (models add them). */
function foldQuote(quote: string): string {
  const q = fold(quote.trim()).text.replace(/^["'“‘`]+|["'”’`]+$/g, '');
  return q.replace(/[.;,:]+$/, '').trim();
}

const foldCache = new WeakMap<DeidentifiedReport, Folded>();
function foldedReport(report: DeidentifiedReport): Folded {
  let f = foldCache.get(report);
  if (!f) {
    f = fold(report.text);
    foldCache.set(report, f);
  }
  return f;
}

/**
 * Finds the quote in the report (whitespace- and case-normalised), preferring an occurrence
 * inside the section the model named. Returns the span in the original text, or undefined.
 */
export function locateQuote(report: DeidentifiedReport, quote: string, section?: SectionName): { start: number; end: number } | undefined {
  const q = foldQuote(quote);
  if (q.length < 2) return undefined;
  const f = foldedReport(report);
  const hits: Array<{ start: number; end: number }> = [];
  for (let at = f.text.indexOf(q); at >= 0; at = f.text.indexOf(q, at + 1)) {
    const start = f.offsets[at] as number;
    const end = (f.offsets[at + q.length - 1] as number) + 1;
    hits.push({ start, end });
  }
  if (hits.length === 0) return undefined;
  if (section) {
    const inSection = hits.find((h) => report.sections.some((s) => s.name === section && h.start >= s.start && h.start < s.end));
    if (inSection) return inSection;
  }
  return hits[0];
}

function sectionAt(report: DeidentifiedReport, offset: number): SectionName | undefined {
  return report.sections.find((s) => offset >= s.start && offset < s.end)?.name;
}

/** The sentence around a span: bounded by . ! ? followed by white space, or by a line break. */
function sentenceAround(text: string, span: { start: number; end: number }): Mention['sentence'] {
  let start = span.start;
  while (start > 0) {
    const prev = text[start - 1] as string;
    if (prev === '\n' || (/\s/.test(prev) && /[.!?]/.test(text[start - 2] ?? ''))) break;
    start--;
  }
  let end = span.end;
  while (end < text.length) {
    const ch = text[end] as string;
    if (ch === '\n') break;
    if (/[.!?]/.test(ch) && (end + 1 >= text.length || /\s/.test(text[end + 1] as string))) {
      end++;
      break;
    }
    end++;
  }
  while (start < end && /\s/.test(text[start] as string)) start++;
  return { text: text.slice(start, end), start, end };
}

function triggerFor(c: Claim): TriggerRef | null {
  const category =
    c.assertion === 'absent'
      ? 'negated-existence'
      : c.assertion === 'uncertain'
        ? 'possible-existence'
        : c.temporality === 'historical'
          ? 'historical'
          : c.temporality === 'hypothetical'
            ? 'hypothetical'
            : undefined;
  return category ? { text: c.evidence, category, rule: 'llm' } : null;
}

/**
 * Turns validated claims into mentions. A claim whose quote is not in the report becomes a mention
 * with `verified: false` (kept for audit, never counted as a label); the section comes from where
 * the quote was found, not from the model's claim.
 */
export function claimsToMentions(report: DeidentifiedReport, claims: Claim[]): { mentions: Mention[]; unverified: number } {
  let unverified = 0;
  const mentions = claims.map((c): Mention => {
    const span = locateQuote(report, c.evidence, c.section);
    if (!span) {
      unverified++;
      return {
        label: c.label,
        assertion: c.assertion,
        temporality: c.temporality,
        experiencer: 'patient',
        section: c.section,
        sentence: { text: '', start: 0, end: 0 },
        span: { start: 0, end: 0 },
        phrase: c.evidence,
        trigger: triggerFor(c),
        verified: false,
      };
    }
    return {
      label: c.label,
      assertion: c.assertion,
      temporality: c.temporality,
      experiencer: 'patient',
      section: sectionAt(report, span.start) ?? c.section,
      sentence: sentenceAround(report.text, span),
      span,
      phrase: report.text.slice(span.start, span.end),
      trigger: triggerFor(c),
      verified: true,
    };
  });
  return { mentions, unverified };
}

/**
 * Turns claimed abnormalities outside the ontology into abnormal-findings mentions, the same kind
 * the rules engine's lexicon produces (`group` = `llm:<finding>`). Only a quote found in the
 * report counts: an unverifiable one is dropped (and counted), so it can never make a report
 * abnormal. The section is where the quote was found; temporality is current (the question is
 * whether the image shows something abnormal, which a prior finding named in the findings does).
 */
export function othersToAbnormal(report: DeidentifiedReport, others: OtherClaim[]): { abnormal: AbnormalMention[]; unverified: number } {
  let unverified = 0;
  const abnormal: AbnormalMention[] = [];
  for (const o of others) {
    const span = locateQuote(report, o.evidence, o.section);
    if (!span) {
      unverified++;
      continue;
    }
    const claim: Claim = { label: '', assertion: o.assertion, temporality: 'current', evidence: o.evidence, section: o.section };
    abnormal.push({
      group: `llm:${o.finding}`,
      assertion: o.assertion,
      temporality: 'current',
      experiencer: 'patient',
      section: sectionAt(report, span.start) ?? o.section,
      sentence: sentenceAround(report.text, span),
      span,
      phrase: report.text.slice(span.start, span.end),
      trigger: triggerFor(claim),
      verified: true,
    });
  }
  return { abnormal, unverified };
}
