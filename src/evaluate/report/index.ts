export * from './metrics-document.js';
export { renderMetricsReport } from './render-metrics-report.js';
export { escapeHtml } from './escape-html.js';
export { renderTextTable } from './render-text.js';
