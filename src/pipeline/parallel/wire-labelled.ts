import type { StudyLabels } from '../../domain/labels.js';
import type { DeidentifiedReport } from '../../domain/report.js';
import { withJsonFields } from '../../store/json-text.js';

/**
 * The nested report fields a labelling thread sends as JSON text. The main thread only stores
 * them, so decoding them from the message and serialising them again for the store would be two
 * copies of work on the thread every other thread waits for; as text they cross as one string each
 * and are bound as is.
 */
const REPORT_JSON = ['sections', 'deid', 'guard', 'procedure'] as const;
type ReportJsonKey = (typeof REPORT_JSON)[number];

/** A labelled report as it crosses from a labelling thread to the main thread. */
export interface WireLabelled {
  /** The report without its {@link REPORT_JSON} fields. */
  report: Omit<DeidentifiedReport, ReportJsonKey>;
  /** Those fields as JSON text (absent optional fields stay absent). */
  reportJson: Partial<Record<ReportJsonKey, string>>;
  /** The labels without their per-label map (findings and evidence)… */
  labels: Omit<StudyLabels, 'labels'>;
  /** …which travels as JSON text. */
  labelsJson: string;
}

/** Encodes a labelled report on the labelling thread. */
export function toWire(report: DeidentifiedReport, labels: StudyLabels): WireLabelled {
  const head: Record<string, unknown> = { ...report };
  const reportJson: Partial<Record<ReportJsonKey, string>> = {};
  for (const k of REPORT_JSON) {
    delete head[k];
    if (report[k] !== undefined) reportJson[k] = JSON.stringify(report[k]);
  }
  const { labels: map, ...rest } = labels;
  return { report: head as WireLabelled['report'], reportJson, labels: rest, labelsJson: JSON.stringify(map) };
}

/**
 * Decodes on the main thread: ordinary objects whose JSON-text fields parse on first read (any
 * reader sees the same values as the thread had), and which a store writes as the text itself
 * when nothing read them (see `store/json-text.ts`).
 */
export function fromWire(w: WireLabelled): { report: DeidentifiedReport; labels: StudyLabels } {
  const report = withJsonFields({ ...w.report }, w.reportJson as Record<string, string>) as DeidentifiedReport;
  const labels = withJsonFields({ ...w.labels }, { labels: w.labelsJson }) as StudyLabels;
  return { report, labels };
}
