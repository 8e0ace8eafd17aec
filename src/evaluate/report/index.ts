export * from './metrics-document.js';
export { renderMetricsReport } from './render-metrics-report.js';
export { escapeHtml } from './escape-html.js';
export { renderTextTable } from './render-text.js';
export { writeReportFiles, writeOutputFile, type ReportFileFlags } from './write-report-files.js';
export { codeVersion } from './code-version.js';
