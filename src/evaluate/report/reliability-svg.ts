import { escapeHtml as esc } from './escape-html.js';
import type { ReliabilityChart } from './metrics-document.js';

const COLOURS = ['#3b6ea5', '#d9822b', '#4f9d69', '#a33b6e', '#7a5ea8'];

/**
 * Reliability diagram as inline SVG: the diagonal is perfect calibration; each series is a line
 * through its non-empty bins (x = mean predicted probability, y = observed positive rate) with a
 * dot whose area grows with the bin's count, and a count histogram along the bottom.
 */
export function reliabilitySvg(chart: ReliabilityChart): string {
  const left = 48;
  const top = 16;
  const size = 320;
  const histH = 40;
  const legendW = 220;
  const w = left + size + 20 + legendW;
  const h = top + size + 34 + histH;
  const x = (v: number): number => left + v * size;
  const y = (v: number): number => top + (1 - v) * size;
  const parts: string[] = [];
  for (const t of [0, 0.25, 0.5, 0.75, 1]) {
    parts.push(`<line x1="${x(t)}" y1="${top}" x2="${x(t)}" y2="${top + size}" stroke="#eee"/><line x1="${left}" y1="${y(t)}" x2="${left + size}" y2="${y(t)}" stroke="#eee"/>`);
    parts.push(`<text x="${x(t)}" y="${top + size + 14}" font-size="10" text-anchor="middle" fill="#555">${t.toFixed(2)}</text>`);
    parts.push(`<text x="${left - 6}" y="${y(t) + 4}" font-size="10" text-anchor="end" fill="#555">${t.toFixed(2)}</text>`);
  }
  parts.push(`<rect x="${left}" y="${top}" width="${size}" height="${size}" fill="none" stroke="#999"/>`);
  parts.push(`<line class="diagonal" x1="${x(0)}" y1="${y(0)}" x2="${x(1)}" y2="${y(1)}" stroke="#888" stroke-dasharray="4 3"/>`);
  parts.push(`<text x="${left + size / 2}" y="${top + size + 28}" font-size="11" text-anchor="middle">mean predicted P(positive)</text>`);
  parts.push(`<text x="12" y="${top + size / 2}" font-size="11" text-anchor="middle" transform="rotate(-90 12 ${top + size / 2})">observed positive rate</text>`);
  const maxCount = Math.max(1, ...chart.series.flatMap((s) => s.bins.map((b) => b.count)));
  chart.series.forEach((s, si) => {
    const colour = COLOURS[si % COLOURS.length]!;
    const pts = s.bins.filter((b) => b.count > 0);
    if (pts.length > 1) parts.push(`<polyline class="series" fill="none" stroke="${colour}" stroke-width="1.6" points="${pts.map((b) => `${x(b.meanPredicted).toFixed(1)},${y(b.observed).toFixed(1)}`).join(' ')}"/>`);
    for (const b of pts) {
      const r = 2 + 5 * Math.sqrt(b.count / maxCount);
      parts.push(
        `<circle class="bin" cx="${x(b.meanPredicted).toFixed(1)}" cy="${y(b.observed).toFixed(1)}" r="${r.toFixed(1)}" fill="${colour}" fill-opacity="0.75"><title>${esc(s.name)}: [${b.lo.toFixed(1)}, ${b.hi.toFixed(1)}) n=${b.count}, mean p ${b.meanPredicted.toFixed(3)}, observed ${b.observed.toFixed(3)}</title></circle>`,
      );
    }
    const bw = size / Math.max(1, s.bins.length) / chart.series.length;
    s.bins.forEach((b, bi) => {
      const bh = (histH * Math.log1p(b.count)) / Math.log1p(maxCount);
      parts.push(`<rect x="${(x(b.lo) + si * bw).toFixed(1)}" y="${(h - bh).toFixed(1)}" width="${Math.max(1, bw - 1).toFixed(1)}" height="${bh.toFixed(1)}" fill="${colour}" fill-opacity="0.5"><title>${esc(s.name)} bin ${bi + 1}: ${b.count}</title></rect>`);
    });
    parts.push(`<rect x="${left + size + 24}" y="${top + si * 18}" width="10" height="10" fill="${colour}"/><text x="${left + size + 40}" y="${top + 9 + si * 18}" font-size="11">${esc(s.name)}</text>`);
  });
  return `<svg class="reliability" xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}" viewBox="0 0 ${w} ${h}" role="img" aria-label="${esc(chart.title)}">${parts.join('')}</svg>`;
}
