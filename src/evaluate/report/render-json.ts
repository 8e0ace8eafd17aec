import type { MetricsDocument } from './metrics-document.js';

/** Complete machine-readable rendering: the whole document, including `data`, with a format marker. */
export function renderJson(doc: MetricsDocument): string {
  return `${JSON.stringify({ format: 'radlabel-metrics-report/1', ...doc }, null, 2)}\n`;
}
