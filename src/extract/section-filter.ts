import type { Mention } from '../domain/labels.js';
import type { DeidentifiedReport, Section, SectionName } from '../domain/report.js';
import { sha256 } from '../util/hash.js';
import { aggregateStudyLabels, type AbnormalMention } from './aggregate-labels.js';
import type { ExtractionResult, Extractor } from './extractor.js';

/** Part of an excerpt: a kept section's text placed at `at` in the excerpt, read from `section` of the report. */
interface Piece {
  section: Section;
  /** Where the section's text starts in the excerpt (after its heading line). */
  at: number;
}

/** A report cut down to some of its sections, with the way back to the report's offsets. */
export interface SectionExcerpt {
  report: DeidentifiedReport;
  /** Excerpt offset → report offset (an offset in a heading line maps to the start of its section). */
  toReport(offset: number): number;
}

/**
 * The report with only the named sections in its text: each kept section as its heading line and
 * its text, in report order, so a model is sent those sections and nothing else. Undefined when
 * the report has none of them.
 */
export function excerptSections(report: DeidentifiedReport, names: readonly SectionName[]): SectionExcerpt | undefined {
  const wanted = new Set<string>(names);
  const kept = report.sections.filter((s) => wanted.has(s.name) && s.end > s.start);
  if (kept.length === 0) return undefined;
  let text = '';
  const pieces: Piece[] = [];
  const sections: Section[] = [];
  for (const s of kept) {
    if (text) text += '\n\n';
    if (s.heading) text += `${s.heading}\n`;
    pieces.push({ section: s, at: text.length });
    text += report.text.slice(s.start, s.end);
    sections.push({ ...s, start: pieces.at(-1)!.at, end: text.length });
  }
  const toReport = (offset: number): number => {
    let p = pieces[0]!;
    for (const q of pieces) if (q.at <= offset) p = q;
    return Math.min(p.section.end, p.section.start + Math.max(0, offset - p.at));
  };
  return { report: { ...report, text, sections }, toReport };
}

function remap<M extends Pick<Mention, 'sentence' | 'span' | 'trigger' | 'verified'>>(m: M, ex: SectionExcerpt, text: string): M {
  // An unverified claim has no place in the text: nothing to move.
  if (m.verified === false) return m;
  const span = { start: ex.toReport(m.span.start), end: ex.toReport(m.span.end) };
  const sentence = { start: ex.toReport(m.sentence.start), end: ex.toReport(m.sentence.end) };
  return {
    ...m,
    span,
    sentence: { ...sentence, text: text.slice(sentence.start, sentence.end) },
    trigger: m.trigger?.span ? { ...m.trigger, span: { start: ex.toReport(m.trigger.span.start), end: ex.toReport(m.trigger.span.end) } } : m.trigger,
  };
}

/** The excerpt's result in the report's terms: evidence offsets moved back, the sections read recorded. */
function backToReport(r: ExtractionResult, ex: SectionExcerpt, report: DeidentifiedReport, names: readonly SectionName[]): ExtractionResult {
  const labels = Object.fromEntries(Object.entries(r.labels.labels).map(([id, l]) => [id, { ...l, evidence: l.evidence.map((m) => remap(m, ex, report.text)) }]));
  return {
    mentions: r.mentions.map((m) => remap(m, ex, report.text)),
    abnormal: r.abnormal?.map((a) => remap<AbnormalMention>(a, ex, report.text)),
    labels: { ...r.labels, reportId: report.reportId, labels, provenance: { ...r.labels.provenance, textHash: sha256(report.text), sections: [...names] } },
  };
}

/**
 * Labels from the named sections only (`--sections impression`, as the CheXpert labeler reads the
 * impression alone); the sections read are recorded in each label's provenance.
 *
 * The rules engine (an extractor with a `threadSpec`) keeps the report's text and reads only those
 * sections, so evidence offsets stay valid; a report without such a section gets one empty section
 * and so no mentions (not the whole text, which the rules engine would otherwise read as findings).
 * Any other extractor (LLM, hybrid) is given an excerpt holding only those sections, so a model is
 * sent nothing else, and its evidence is moved back to the report's offsets; a report without such
 * a section costs no call and gets every label not mentioned.
 */
export function restrictToSections<E extends Extractor>(extractor: E, names: readonly SectionName[]): E {
  const wanted = new Set<string>(names);
  if (extractor.threadSpec) {
    return {
      ...extractor,
      // A thread rebuilds the extractor from this spec, so the restriction must travel with it.
      threadSpec: { ...extractor.threadSpec, sections: [...names] },
      extract(report, ontology) {
        const kept = report.sections.filter((s) => wanted.has(s.name));
        const sections = kept.length ? kept : [{ name: names[0]!, heading: null, start: 0, end: 0 }];
        const note = (r: ExtractionResult): ExtractionResult => ({ ...r, labels: { ...r.labels, provenance: { ...r.labels.provenance, sections: [...names] } } });
        // The rules engine answers synchronously; staying synchronous keeps its per-report cost.
        const r = extractor.extract({ ...report, sections }, ontology);
        return r instanceof Promise ? r.then(note) : note(r);
      },
    };
  }
  return {
    ...extractor,
    extract: async (report, ontology) => {
      const ex = excerptSections(report, names);
      if (!ex) {
        return {
          mentions: [],
          abnormal: [],
          labels: {
            reportId: report.reportId,
            labels: aggregateStudyLabels(ontology, [], []),
            provenance: {
              extractor: { name: extractor.name, version: extractor.version },
              ontology: { id: ontology.id, version: ontology.version },
              textHash: sha256(report.text),
              at: new Date().toISOString(),
              sections: [...names],
            },
          },
        };
      }
      return backToReport(await extractor.extract(ex.report, ontology), ex, report, names);
    },
  };
}
