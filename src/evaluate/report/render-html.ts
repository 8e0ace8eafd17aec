import { escapeHtml as esc, jsonForScript } from './escape-html.js';
import { formatCell } from './format-cell.js';
import type { MetricsDocument, MetricsTable, RecordList } from './metrics-document.js';
import { reliabilitySvg } from './reliability-svg.js';
import { barChartSvg, confusionSvg } from './svg-charts.js';

const CSS = `
body{font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:24px auto;max-width:1180px;color:#1b1b1b;padding:0 16px}
h1{font-size:22px;margin:0 0 8px}h2{font-size:17px;margin:28px 0 8px;border-bottom:1px solid #ddd;padding-bottom:4px}
table{border-collapse:collapse;margin:6px 0 4px;font-variant-numeric:tabular-nums}th,td{padding:3px 9px;border-bottom:1px solid #eee;text-align:right}
th:first-child,td:first-child,td.t,th.t{text-align:left}th{background:#f5f6f8;font-weight:600}caption{caption-side:bottom;text-align:left;color:#555;font-size:12px;padding-top:4px}
.verdict{background:#fff7e0;border-left:4px solid #d9a400;padding:8px 12px;margin:10px 0}
ul.policies li{margin:2px 0}.notes{color:#6a4b00}.grid{display:flex;flex-wrap:wrap;gap:14px}.grid figure{margin:0}
figcaption{font-size:12px;color:#333;font-weight:600}details{margin:8px 0}pre{background:#f5f6f8;padding:8px;overflow:auto;font-size:12px}
.rec{border:1px solid #e3e3e3;border-radius:4px;padding:8px 10px;margin:8px 0}.rec .meta{font-size:12px;color:#333}
.rec .meta b{font-weight:600}.rec .text{white-space:pre-wrap;font-family:ui-monospace,Menlo,Consolas,monospace;font-size:12px;margin-top:6px;max-height:240px;overflow:auto}
mark.evidence{background:#ffe27a}mark.trigger{background:#f6a5a5}mark.phi{background:#a5d8f6}mark{padding:0 1px}
.filters select{margin-right:10px}.count{color:#555;font-size:12px;margin-left:8px}
`;

/** Browser for RecordLists: filters by facet, renders texts with highlights through DOM text nodes (no innerHTML). */
const SCRIPT = `
(function(){
  document.querySelectorAll('[data-records]').forEach(function(root){
    var data = JSON.parse(root.querySelector('script[type="application/json"]').textContent);
    var list = root.querySelector('.list'), count = root.querySelector('.count'), selects = root.querySelectorAll('select');
    function el(tag, cls, text){ var e = document.createElement(tag); if (cls) e.className = cls; if (text !== undefined) e.textContent = text; return e; }
    function render(){
      var want = {}; selects.forEach(function(s){ if (s.value) want[s.name] = s.value; });
      list.textContent = ''; var shown = 0;
      data.items.forEach(function(it){
        for (var k in want) if (it.facets[k] !== want[k]) return;
        shown++; if (shown > 500) return;
        var box = el('div','rec'), meta = el('div','meta');
        Object.keys(it.facets).concat(Object.keys(it.fields)).forEach(function(k){
          var v = k in it.facets ? it.facets[k] : it.fields[k]; var s = el('span'); s.appendChild(el('b',null,k+': ')); s.appendChild(document.createTextNode(v+'   ')); meta.appendChild(s);
        });
        box.appendChild(meta);
        var text = it.textRef !== undefined ? data.texts[it.textRef] : undefined;
        if (text !== undefined) {
          var pre = el('div','text'), hs = (it.highlights||[]).slice().sort(function(a,b){return a.start-b.start;}), pos = 0;
          hs.forEach(function(h){ if (h.start < pos || h.end > text.length) return; pre.appendChild(document.createTextNode(text.slice(pos,h.start))); pre.appendChild(el('mark',h.kind,text.slice(h.start,h.end))); pos = h.end; });
          pre.appendChild(document.createTextNode(text.slice(pos))); box.appendChild(pre);
        } else box.appendChild(el('div','meta','(no report text in the inputs: give a run JSONL to see it)'));
        list.appendChild(box);
      });
      count.textContent = shown + ' of ' + data.items.length + ' records' + (shown > 500 ? ' (first 500 shown)' : '');
    }
    selects.forEach(function(s){ s.addEventListener('change', render); });
    render();
  });
})();
`;

function htmlTable(t: MetricsTable): string {
  const cls = (c: MetricsTable['columns'][number]): string => (c.format === 'text' ? ' class="t"' : '');
  const head = t.columns.map((c) => `<th${cls(c)}>${esc(c.title)}</th>`).join('');
  const rows = t.rows.map((r) => `<tr>${t.columns.map((c) => `<td${cls(c)}>${esc(formatCell(r[c.key], c))}</td>`).join('')}</tr>`).join('\n');
  return `<table id="${esc(t.id)}">${t.caption ? `<caption>${esc(t.caption)}</caption>` : ''}<thead><tr>${head}</tr></thead><tbody>\n${rows}\n</tbody></table>`;
}

function recordsSection(r: RecordList): string {
  const filters = r.facetNames
    .map((f) => {
      const values = [...new Set(r.items.map((i) => i.facets[f] ?? ''))].sort();
      return `<label>${esc(f)} <select name="${esc(f)}"><option value="">all</option>${values.map((v) => `<option value="${esc(v)}">${esc(v)}</option>`).join('')}</select></label>`;
    })
    .join('');
  const payload = { items: r.items, texts: r.texts };
  return `<section class="records" id="${esc(r.id)}" data-records><h2>${esc(r.title)}</h2>${r.caption ? `<p>${esc(r.caption)}</p>` : ''}<div class="filters">${filters}<span class="count"></span></div><div class="list"></div><script type="application/json">${jsonForScript(payload)}</script></section>`;
}

/**
 * Self-contained HTML report: inline CSS, inline SVG charts and a small inline script for the
 * record browser; no external assets, so it opens offline. All document text is HTML-escaped.
 */
export function renderHtml(doc: MetricsDocument): string {
  const body: string[] = [`<h1>${esc(doc.title)}</h1>`];
  if (doc.verdict) body.push(`<div class="verdict"><b>Verdict:</b> ${esc(doc.verdict)}</div>`);
  if (doc.policies.length) body.push(`<h2>Policies</h2><ul class="policies">${doc.policies.map((p) => `<li>${esc(p)}</li>`).join('')}</ul>`);
  if (doc.notes.length) body.push(`<ul class="notes">${doc.notes.map((n) => `<li>${esc(n)}</li>`).join('')}</ul>`);
  if (doc.charts?.length) {
    body.push('<h2>Charts</h2>');
    for (const c of doc.charts)
      body.push(`<figure id="${esc(c.id)}"><figcaption>${esc(c.title)}</figcaption>${barChartSvg(c)}${c.caption ? `<div class="meta">${esc(c.caption)}</div>` : ''}</figure>`);
  }
  for (const c of doc.reliability ?? [])
    body.push(`<h2>${esc(c.title)}</h2><figure id="${esc(c.id)}">${reliabilitySvg(c)}${c.caption ? `<figcaption>${esc(c.caption)}</figcaption>` : ''}</figure>`);
  for (const t of doc.tables) body.push(`<h2>${esc(t.title)}</h2>${htmlTable(t)}`);
  if (doc.confusionMatrices?.length) {
    body.push('<h2>Confusion matrices</h2><p class="meta">rows = gold, columns = prediction; shade = share of the gold row</p><div class="grid">');
    for (const m of doc.confusionMatrices) body.push(`<figure id="${esc(m.id)}"><figcaption>${esc(m.title)}</figcaption>${confusionSvg(m)}</figure>`);
    body.push('</div>');
  }
  for (const r of doc.records ?? []) body.push(recordsSection(r));
  body.push(`<h2>Provenance</h2><details open><summary>run provenance</summary><pre>${esc(JSON.stringify(doc.provenance, null, 2))}</pre></details>`);
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:">
<title>${esc(doc.title)}</title><style>${CSS}</style></head>
<body>
${body.join('\n')}
<script>${SCRIPT}</script>
</body></html>
`;
}
