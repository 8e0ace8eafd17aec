import { escapeHtml as esc } from './escape-html.js';
import type { BarChart, ConfusionMatrix } from './metrics-document.js';

const SERIES_COLOURS = ['#3b6ea5', '#d9822b', '#4f9d69', '#a33b6e', '#7a5ea8'];

const fmt = (v: number): string => v.toFixed(3);

/**
 * Horizontal bar chart as inline SVG: one row per bar, grouped by series colour, with a CI whisker
 * when `low`/`high` are given and a zero line when the axis spans negative values.
 */
export function barChartSvg(chart: BarChart): string {
  const min = chart.min ?? Math.min(0, ...chart.bars.map((b) => b.low ?? b.value));
  const max = chart.max ?? Math.max(1, ...chart.bars.map((b) => b.high ?? b.value));
  const series = [...new Set(chart.bars.map((b) => b.series ?? ''))];
  const labelW = 190;
  const plotW = 420;
  const valueW = 150;
  const rowH = 20;
  const top = 24;
  const height = top + chart.bars.length * rowH + 24;
  const x = (v: number): number => labelW + ((Math.max(min, Math.min(max, v)) - min) / (max - min || 1)) * plotW;
  const parts: string[] = [];
  for (const t of [0, 0.25, 0.5, 0.75, 1]) {
    const v = min + t * (max - min);
    parts.push(`<line x1="${x(v)}" y1="${top - 4}" x2="${x(v)}" y2="${height - 20}" stroke="#ddd"/>`);
    parts.push(`<text x="${x(v)}" y="${height - 6}" font-size="10" text-anchor="middle" fill="#555">${v.toFixed(2)}</text>`);
  }
  if (min < 0 && max > 0) parts.push(`<line x1="${x(0)}" y1="${top - 4}" x2="${x(0)}" y2="${height - 20}" stroke="#333"/>`);
  chart.bars.forEach((b, i) => {
    const y = top + i * rowH;
    const colour = SERIES_COLOURS[series.indexOf(b.series ?? '') % SERIES_COLOURS.length];
    const x0 = x(Math.max(min, 0));
    const x1 = x(b.value);
    const name = b.series ? `${b.label} (${b.series})` : b.label;
    const ci = b.low !== undefined && b.high !== undefined ? ` [${fmt(b.low)}, ${fmt(b.high)}]` : '';
    parts.push(`<text x="${labelW - 6}" y="${y + 14}" font-size="11" text-anchor="end">${esc(name)}</text>`);
    parts.push(
      `<rect class="bar" x="${Math.min(x0, x1)}" y="${y + 4}" width="${Math.max(1, Math.abs(x1 - x0))}" height="${rowH - 8}" fill="${colour}"><title>${esc(name)}: ${fmt(b.value)}${esc(ci)}</title></rect>`,
    );
    if (b.low !== undefined && b.high !== undefined) {
      const cy = y + rowH / 2;
      parts.push(
        `<g class="ci" stroke="#111" stroke-width="1.2"><line x1="${x(b.low)}" y1="${cy}" x2="${x(b.high)}" y2="${cy}"/><line x1="${x(b.low)}" y1="${cy - 4}" x2="${x(b.low)}" y2="${cy + 4}"/><line x1="${x(b.high)}" y1="${cy - 4}" x2="${x(b.high)}" y2="${cy + 4}"/></g>`,
      );
    }
    parts.push(`<text x="${labelW + plotW + 8}" y="${y + 14}" font-size="11">${fmt(b.value)}${esc(ci)}</text>`);
  });
  const legend = series.filter((s) => s !== '').map(
    (s, i) => `<rect x="${labelW + i * 140}" y="4" width="10" height="10" fill="${SERIES_COLOURS[i % SERIES_COLOURS.length]}"/><text x="${labelW + 14 + i * 140}" y="13" font-size="11">${esc(s)}</text>`,
  );
  const w = labelW + plotW + valueW;
  return `<svg class="chart" xmlns="http://www.w3.org/2000/svg" width="${w}" height="${height}" viewBox="0 0 ${w} ${height}" role="img" aria-label="${esc(chart.title)}">${legend.join('')}${parts.join('')}</svg>`;
}

/** Confusion matrix heat map as inline SVG: rows = gold, columns = prediction, cell shade by row share. */
export function confusionSvg(m: ConfusionMatrix): string {
  const cell = 60;
  const left = 100;
  const top = 40;
  const w = left + m.colClasses.length * cell + 10;
  const h = top + m.rowClasses.length * cell + 10;
  const parts: string[] = [`<text x="${left}" y="12" font-size="10" fill="#555">prediction →</text>`, `<text x="4" y="${top - 6}" font-size="10" fill="#555">gold ↓</text>`];
  m.colClasses.forEach((c, j) => parts.push(`<text x="${left + j * cell + cell / 2}" y="${top - 6}" font-size="9" text-anchor="middle">${esc(c.slice(0, 13))}</text>`));
  m.rowClasses.forEach((r, i) => {
    const rowSum = (m.counts[i] ?? []).reduce((a, b) => a + b, 0) || 1;
    parts.push(`<text x="${left - 6}" y="${top + i * cell + cell / 2 + 4}" font-size="10" text-anchor="end">${esc(r.slice(0, 14))}</text>`);
    m.colClasses.forEach((_, j) => {
      const n = m.counts[i]?.[j] ?? 0;
      const share = n / rowSum;
      const fill = `rgba(59,110,165,${(0.08 + 0.85 * share).toFixed(3)})`;
      parts.push(
        `<rect class="cm-cell" x="${left + j * cell}" y="${top + i * cell}" width="${cell - 2}" height="${cell - 2}" fill="${fill}"/><text x="${left + j * cell + cell / 2 - 1}" y="${top + i * cell + cell / 2 + 4}" font-size="11" text-anchor="middle" fill="${share > 0.55 ? '#fff' : '#111'}">${n}</text>`,
      );
    });
  });
  return `<svg class="confusion" xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}" viewBox="0 0 ${w} ${h}" role="img" aria-label="${esc(m.title)}">${parts.join('')}</svg>`;
}
