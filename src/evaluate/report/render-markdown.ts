import { formatCell } from './format-cell.js';
import type { MetricsDocument, MetricsTable } from './metrics-document.js';

/** Escapes the characters that would break a Markdown table cell or start markup. */
export function escapeMd(s: string): string {
  return s.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/[*_`<>[\]]/g, (c) => `\\${c}`).replace(/\r?\n/g, ' ');
}

function mdTable(t: MetricsTable): string {
  const head = `| ${t.columns.map((c) => escapeMd(c.title)).join(' | ')} |`;
  const sep = `| ${t.columns.map((c, i) => (i === 0 || c.format === 'text' ? '---' : '---:')).join(' | ')} |`;
  const rows = t.rows.map((r) => `| ${t.columns.map((c) => escapeMd(formatCell(r[c.key], c))).join(' | ')} |`);
  return [`### ${escapeMd(t.title)}`, '', ...(t.caption ? [escapeMd(t.caption), ''] : []), head, sep, ...rows].join('\n');
}

/** Markdown for a pull request: policies, verdict, tables, confusion matrices, record counts, provenance. */
export function renderMarkdown(doc: MetricsDocument): string {
  const out: string[] = [`# ${escapeMd(doc.title)}`, ''];
  if (doc.verdict) out.push(`**Verdict:** ${escapeMd(doc.verdict)}`, '');
  if (doc.policies.length) out.push('**Policies**', '', ...doc.policies.map((p) => `- ${escapeMd(p)}`), '');
  if (doc.notes.length) out.push('**Notes**', '', ...doc.notes.map((n) => `- ${escapeMd(n)}`), '');
  for (const t of doc.tables) out.push(mdTable(t), '');
  for (const m of doc.confusionMatrices ?? []) {
    out.push(
      mdTable({
        id: m.id,
        title: m.title,
        caption: 'rows = gold, columns = prediction',
        columns: [{ key: 'gold', title: 'gold \\ pred', format: 'text' }, ...m.colClasses.map((c) => ({ key: c, title: c, format: 'int' as const }))],
        rows: m.rowClasses.map((r, i) => ({ gold: r, ...Object.fromEntries(m.colClasses.map((c, j) => [c, m.counts[i]?.[j] ?? 0])) })),
      }),
      '',
    );
  }
  for (const r of doc.records ?? []) out.push(`### ${escapeMd(r.title)}`, '', `${r.items.length} records (browse them in the HTML report).`, '');
  out.push('<details><summary>Provenance</summary>', '', '```json', JSON.stringify(doc.provenance, null, 2), '```', '', '</details>', '');
  return out.join('\n');
}
