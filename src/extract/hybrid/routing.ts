import type { Mention, StudyLabels } from '../../domain/labels.js';
import type { DeidentifiedReport } from '../../domain/report.js';
import { sha256 } from '../../util/hash.js';

/**
 * Word stems that signal a finding. A sentence with one of them that the rules matched to no
 * label is "unrecognised": the rules may be missing a phrasing, so the LLM is asked.
 */
export const DEFAULT_FINDING_CUES: readonly string[] = [
  'opacit', 'infiltrat', 'consolidat', 'effusion', 'pneumothora', 'edema', 'oedema', 'atelecta', 'cardiomegal',
  'enlarg', 'nodul', 'mass', 'lesion', 'fractur', 'collapse', 'thicken', 'blunt', 'abnormal', 'densit',
  'pneumonia', 'congest', 'widen', 'hernia', 'emphysem', 'fibros', 'scar', 'cavit', 'mets', 'metasta',
];

/** A cue preceded by one of these in its sentence is a negated general statement ("no acute abnormality"). */
const NEGATION = /\b(no|not|without|negative for|free of|resolved|resolution of)\b/i;

/** Sections where findings are described; indication / technique / comparison are not routed on cues. */
const FINDING_SECTIONS = new Set(['findings', 'impression', 'addendum', 'other']);

export type RouteReason = 'uncertain' | 'conflict' | 'unrecognised' | 'confirm' | 'qc';

export interface Route {
  reasons: RouteReason[];
  /** Labels the rules were unsure about or contradicted themselves on. */
  labels: string[];
}

function counted(m: Mention): boolean {
  return m.verified && m.temporality === 'current' && m.experiencer === 'patient';
}

/** Sentences of the text: ends at . ! ? followed by white space, or at a line break. */
export function sentenceSpans(text: string, from = 0, to = text.length): Array<{ start: number; end: number }> {
  const out: Array<{ start: number; end: number }> = [];
  const re = /[^.!?\n]+(?:[.!?]+(?=\s|$)|\n|$)/g;
  re.lastIndex = from;
  const slice = text.slice(0, to);
  for (let m = re.exec(slice); m && m.index < to; m = re.exec(slice)) {
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    if (m[0].trim()) out.push({ start: m.index, end: m.index + m[0].length });
  }
  return out;
}

/**
 * Sentences that contain a finding cue (not negated before it) but overlap no rules mention.
 * Searches the findings / impression / addendum / other sections, or the whole text when the
 * report has no sections.
 */
export function unrecognisedSentences(report: DeidentifiedReport, mentions: Mention[], cues: readonly string[]): Array<{ start: number; end: number }> {
  const ranges = report.sections.length
    ? report.sections.filter((s) => FINDING_SECTIONS.has(s.name)).map((s) => ({ start: s.start, end: s.end }))
    : [{ start: 0, end: report.text.length }];
  const lower = report.text.toLowerCase();
  const out: Array<{ start: number; end: number }> = [];
  for (const r of ranges) {
    for (const s of sentenceSpans(report.text, r.start, r.end)) {
      const sentence = lower.slice(s.start, s.end);
      const cueAt = Math.min(...cues.map((c) => {
        const i = sentence.search(new RegExp(`\\b${c}`));
        return i < 0 ? Infinity : i;
      }));
      if (cueAt === Infinity || NEGATION.test(sentence.slice(0, cueAt))) continue;
      const covered = mentions.some((m) => m.span.start < s.end && m.span.end > s.start);
      if (!covered) out.push(s);
    }
  }
  return out;
}

/** Deterministic, order-independent draw in [0, 1) for a report version and a seed. */
export function qcDraw(seed: number, reportId: string, versionKey: string): number {
  return Number.parseInt(sha256(`${seed}|${reportId}|${versionKey}`).slice(0, 8), 16) / 0x100000000;
}

/**
 * Decides whether the LLM must see a report after the rules ran, and why:
 * - `uncertain`: a label came out uncertain;
 * - `conflict`: counted mentions of one label disagree (present vs absent);
 * - `unrecognised`: a finding cue sits in a sentence the rules matched to nothing;
 * - `confirm` (on by default in the hybrid extractor): the rules found something abnormal — a label positive, or No Finding
 *   denied — so the model confirms or corrects it; only reports the rules read as normal stay
 *   with the rules alone;
 * - `qc`: the report fell in the seeded random quality-control sample.
 */
export function routeReport(
  report: DeidentifiedReport,
  rules: { mentions: Mention[]; labels: StudyLabels },
  opts: { cues: readonly string[]; qcFraction: number; seed: number; confirm?: boolean; noFindingId?: string },
): Route {
  const reasons: RouteReason[] = [];
  const labels = new Set<string>();
  for (const [id, l] of Object.entries(rules.labels.labels)) if (l.value === 'uncertain') labels.add(id);
  if (labels.size) reasons.push('uncertain');
  const byLabel = new Map<string, Set<string>>();
  for (const m of rules.mentions.filter(counted)) {
    const set = byLabel.get(m.label) ?? new Set<string>();
    set.add(m.assertion);
    byLabel.set(m.label, set);
  }
  const conflicted = [...byLabel].filter(([, a]) => a.has('present') && a.has('absent')).map(([id]) => id);
  if (conflicted.length) {
    reasons.push('conflict');
    for (const id of conflicted) labels.add(id);
  }
  if (unrecognisedSentences(report, rules.mentions, opts.cues).length) reasons.push('unrecognised');
  if (opts.confirm) {
    const nf = opts.noFindingId;
    const abnormal = Object.entries(rules.labels.labels).some(([id, l]) => (id === nf ? l.value === 'negative' : l.value === 'positive'));
    if (abnormal) reasons.push('confirm');
  }
  if (opts.qcFraction > 0 && qcDraw(opts.seed, report.reportId, report.versionKey) < opts.qcFraction) reasons.push('qc');
  return { reasons, labels: [...labels] };
}
