import type { RunSummary } from '../pipeline/run-summary.js';
import { total } from '../pipeline/run-summary.js';
import { formatLocator } from '../errors/index.js';

const list = (rec: Record<string, number>): string =>
  Object.entries(rec)
    .sort((a, b) => b[1] - a[1])
    .map(([k, v]) => `${k} ${v}`)
    .join(', ');

export interface SummaryContext {
  /** The run's id, printed first and used in the "see the rest" hint. */
  runId?: string;
  /** The command that lists this run's quarantined items (default `radlabel quarantine`). */
  quarantineCommand?: string;
}

/**
 * The run summary as printed at the end of `radlabel run`: counts, then the first quarantined
 * inputs with file, row / message id and reason, and the command that lists the rest.
 */
export function formatSummary(s: RunSummary, ctx: SummaryContext = {}): string {
  const lines = [
    ...(ctx.runId ? [`run          ${ctx.runId}`] : []),
    `read         ${s.read} input units from ${s.files} file(s)`,
    `labelled     ${s.labelled}${s.superseded ? ` (${s.superseded} superseding an earlier version)` : ''}`,
  ];
  if (s.alreadyLabelled) lines.push(`unchanged    ${s.alreadyLabelled} already labelled (same version)`);
  if (s.stale) lines.push(`stale        ${s.stale} older versions kept in history only`);
  lines.push(`skipped      ${total(s.skipped)}${total(s.skipped) ? ` — ${list(s.skipped)}` : ''}`);
  const q = total(s.quarantined);
  lines.push(`quarantined  ${q}${q ? ` — ${list(s.quarantined)}` : ''}`);
  const sample = s.quarantineSample ?? [];
  for (const item of sample) lines.push(`  ${formatLocator(item.locator)}${item.code}: ${item.reason}`);
  const see = ctx.quarantineCommand ?? 'radlabel quarantine';
  if (q > sample.length) lines.push(`  … ${q - sample.length} more: ${see}`);
  else if (q) lines.push(`  (again later: ${see})`);
  if (total(s.failed)) lines.push(`failed       ${total(s.failed)} — ${list(s.failed)} (retriable: run again to retry only these)`);
  lines.push(`elapsed      ${(s.elapsedMs / 1000).toFixed(2)} s, ${s.reportsPerSecond.toFixed(0)} reports/s, peak RSS ${s.peakRssMb} MB`);
  const x = s.extractorStats;
  if (x) {
    const reports = Math.max(1, s.labelled + total(s.failed));
    const tokens = (x.inputTokens ?? 0) + (x.outputTokens ?? 0);
    const parts = Object.entries(x).map(([k, v]) => `${k} ${Number.isInteger(v) ? v : v.toFixed(4)}`);
    lines.push(`extractor    ${parts.join(', ')}`);
    if ('inputTokens' in x) lines.push(`tokens       ${(tokens / reports).toFixed(1)} per report`);
    if ('cacheHits' in x) {
      const lookups = (x.cacheHits ?? 0) + (x.calls ?? 0);
      lines.push(`cache        ${x.cacheHits} hits, hit rate ${lookups ? ((100 * (x.cacheHits ?? 0)) / lookups).toFixed(1) : '0.0'}%`);
    }
  }
  return lines.join('\n');
}
