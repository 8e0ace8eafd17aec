import { randomBytes } from 'node:crypto';
import type { Mention, StudyLabels } from '../domain/labels.js';
import type { Ontology } from '../domain/ontology.js';
import { KnownIdentifiersSchema, type DeidentifiedReport, type RawReport } from '../domain/report.js';
import { RadlabelError } from '../errors/index.js';
import type { Extractor } from '../extract/extractor.js';
import { createRulesExtractor } from '../extract/rules/rules-extractor.js';
import { detectFormat } from '../ingest/detect-format.js';
import { parseInput } from '../ingest/parse-input.js';
import { splitSections } from '../ingest/sections/split-sections.js';
import { deidentify, type DeidSettings } from '../deid/deidentify.js';
import { assertNoLeakByGuard } from '../deid/leak-guard.js';
import { loadOntology } from '../ontology/load-ontology.js';

/** What one report can be given as: plain report text, an HL7 v2 message, or FHIR JSON. */
export type SingleReportFormat = 'text' | 'hl7' | 'fhir';

export interface LabelReportOptions {
  /** An ontology, or an id / YAML path for {@link loadOntology}. Default `chexpert`. */
  ontology?: Ontology | string;
  /** Folder where ontology ids are looked up (default: the shipped `ontologies/`). */
  ontologyDir?: string;
  /**
   * De-identification settings. Without a key, a random one is drawn for this call: labels and
   * text are the same, but pseudonymous ids differ between calls. Pass the site key for stable ids.
   */
  deid?: Partial<DeidSettings>;
  /** Default: the embedded rules engine. */
  extractor?: Extractor;
  /** How a string input is read; default: recognised from its content (HL7, FHIR JSON, else text). */
  format?: SingleReportFormat;
}

/** One labelled report: only de-identified content, safe to print or send on. */
export interface LabelledOne {
  report: DeidentifiedReport;
  labels: StudyLabels;
  mentions: Mention[];
}

/** A random de-identification key for a one-off call that was given none. */
export const ephemeralDeidKey = (): string => randomBytes(24).toString('hex');

/**
 * Reads one report from a string: an HL7 v2 message, a FHIR DiagnosticReport (resource, Bundle or
 * NDJSON) or, when it is neither, the plain text of a report (sections recognised from headings).
 * Throws `USAGE` when the input holds no report (an order, a cardiology report…) or more than one,
 * and the parser's own error (`HL7_…`, `FHIR_…`) when it is malformed.
 */
export function parseSingleReport(input: string, format?: SingleReportFormat): RawReport {
  const body = input.replace(/^\uFEFF/, '');
  const detected = format ?? (detectFormat(body) === 'hl7' ? 'hl7' : detectFormat(body) === 'fhir' ? 'fhir' : 'text');
  if (detected === 'text') {
    if (body.trim() === '') throw new RadlabelError('USAGE', 'the input is empty: give the text of one report');
    return {
      source: { format: 'text', system: 'stdin' },
      status: 'unknown',
      sections: splitSections(body),
      text: body,
      identifiers: KnownIdentifiersSchema.parse({}),
    };
  }
  const reports: RawReport[] = [];
  const skipped: string[] = [];
  for (const item of parseInput(detected, body)) {
    if (item.kind === 'error') throw item.error;
    if (item.kind === 'skipped') skipped.push(`${item.reason}: ${item.detail}`);
    else reports.push(item.report);
  }
  if (reports.length === 1) return reports[0]!;
  if (reports.length === 0) throw new RadlabelError('USAGE', `the ${detected} input holds no report to label${skipped.length ? ` (${skipped.join('; ')})` : ''}`);
  throw new RadlabelError('USAGE', `the ${detected} input holds ${reports.length} reports; label takes one (use radlabel run for many)`);
}

/** De-identification settings with defaults: a key for this call only, surrogate mode. */
function settingsOf(d: Partial<DeidSettings> | undefined): DeidSettings {
  return { key: d?.key ?? ephemeralDeidKey(), mode: d?.mode ?? 'surrogate', keepStudyUids: d?.keepStudyUids ?? false };
}

/**
 * De-identifies one report (a string as {@link parseSingleReport} reads it, or a parsed
 * {@link RawReport}): identifiers from the structured context and the text's own PHI replaced,
 * ids pseudonymised with the key, dates shifted per patient.
 *
 * @example
 *   const { text } = deidentifyReport('Seen by Dr. Alma Ruiz on 3/4/2021.', { key: process.env.RADLABEL_DEID_KEY });
 */
export function deidentifyReport(input: string | RawReport, settings?: Partial<DeidSettings> & { format?: SingleReportFormat }): DeidentifiedReport {
  return deidentify(typeof input === 'string' ? parseSingleReport(input, settings?.format) : input, settingsOf(settings));
}

/**
 * Labels one report in process: parse (when given a string) → de-identify → extract. No store,
 * no network with the default rules extractor. The result holds de-identified text only, and has
 * passed the leak guard (`DEID_LEAK` is thrown otherwise).
 *
 * @example
 *   const { labels } = await labelReport('FINDINGS: Small left pleural effusion. No pneumothorax.');
 *   labels.labels['Pleural Effusion']?.value; // 'positive'
 */
export async function labelReport(input: string | RawReport, opts: LabelReportOptions = {}): Promise<LabelledOne> {
  const raw = typeof input === 'string' ? parseSingleReport(input, opts.format) : input;
  const ontology = typeof opts.ontology === 'object' ? opts.ontology : loadOntology(opts.ontology ?? 'chexpert', opts.ontologyDir);
  const settings = settingsOf(opts.deid);
  const report = deidentify(raw, settings);
  const extractor = opts.extractor ?? createRulesExtractor();
  const { labels, mentions } = await extractor.extract(report, ontology);
  assertNoLeakByGuard(JSON.stringify({ text: report.text, labels }), report.guard, settings.key, { messageId: report.reportId });
  return { report, labels, mentions };
}
