/**
 * radlabel's programmatic API: the package's main export (`import { labelReport } from 'radlabel'`).
 * Everything here works on de-identified text only once a report has passed `deidentify`;
 * nothing opens a database or the network unless asked to (a store for `runPipeline`, an LLM
 * extractor).
 */
export { labelReport, deidentifyReport as deidentify, parseSingleReport } from './pipeline/label-report.js';
export type { LabelReportOptions, LabelledOne, SingleReportFormat } from './pipeline/label-report.js';
export { runPipeline } from './pipeline/run-pipeline.js';
export type { RunOptions } from './pipeline/run-pipeline.js';
export type { RunSummary } from './pipeline/run-summary.js';
export { loadOntology, listOntologies } from './ontology/load-ontology.js';
export { createRulesExtractor } from './extract/rules/rules-extractor.js';
export type { RulesExtractorOptions } from './extract/rules/rules-extractor.js';
export type { Extractor, ExtractionResult } from './extract/extractor.js';
export { openStore } from './store/open-store.js';
export type { LabelStore } from './store/label-store.js';
export { exportLabels } from './export/export-labels.js';
export type { DeidSettings } from './deid/deidentify.js';
export { RadlabelError, isRadlabelError } from './errors/index.js';
export type { ErrorCode, Locator } from './errors/index.js';
export type { RawReport, DeidentifiedReport } from './domain/report.js';
export type { StudyLabels, StudyLabel, Mention, LabelValue } from './domain/labels.js';
export type { Ontology } from './domain/ontology.js';
