import type { MetricsDocument, ReportFormat } from './metrics-document.js';
import { renderHtml } from './render-html.js';
import { renderJson } from './render-json.js';
import { renderMarkdown } from './render-markdown.js';
import { renderText } from './render-text.js';

/**
 * Renders a benchmark's {@link MetricsDocument} as JSON (complete, with `data`), Markdown (for a pull
 * request), self-contained HTML (charts, confusion matrices, record browser) or a terminal table.
 */
export function renderMetricsReport(doc: MetricsDocument, format: ReportFormat): string {
  switch (format) {
    case 'json':
      return renderJson(doc);
    case 'md':
      return renderMarkdown(doc);
    case 'html':
      return renderHtml(doc);
    case 'text':
      return renderText(doc);
  }
}
