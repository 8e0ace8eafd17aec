import { formatCell } from './format-cell.js';
import type { MetricsDocument, MetricsTable } from './metrics-document.js';

/** Pads columns to a fixed-width terminal table; the first column is left-aligned, numbers right-aligned. */
export function renderTextTable(t: MetricsTable): string {
  const head = t.columns.map((c) => c.title);
  const body = t.rows.map((r) => t.columns.map((c) => formatCell(r[c.key], c)));
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]): string =>
    cells.map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join('  ').trimEnd();
  const out = [`${t.title}`, line(head), widths.map((w) => '-'.repeat(w)).join('  '), ...body.map(line)];
  if (t.caption) out.push(t.caption);
  return out.join('\n');
}

/** Terminal rendering: policies, notes, verdict and every table (no charts, no records). */
export function renderText(doc: MetricsDocument): string {
  const parts: string[] = [doc.title, ''];
  for (const p of doc.policies) parts.push(`policy: ${p}`);
  for (const n of doc.notes) parts.push(`note: ${n}`);
  if (doc.verdict) parts.push(`verdict: ${doc.verdict}`);
  for (const t of doc.tables) parts.push('', renderTextTable(t));
  return `${parts.join('\n')}\n`;
}
