import { api } from '../api.js';
import type { AgreementFigures, Dashboard } from '../api-types.js';
import type { Page } from '../context.js';
import { h, progressBar, replace } from '../dom.js';
import { ci, num2, pct } from '../format.js';

const th = (c: string) => h('th', { scope: 'col' }, c);

function table(caption: string, cols: string[], rows: HTMLElement[], cls: string): HTMLElement {
  return h('table', { class: cls }, h('caption', {}, caption), h('thead', {}, h('tr', {}, cols.map(th))), h('tbody', {}, rows.length ? rows : h('tr', {}, h('td', { colspan: cols.length }, 'No reviewed reports yet.'))));
}

function accuracyTable(d: Dashboard): HTMLElement {
  return table(
    'Accuracy of each extractor on the reviewed sample (95% CI)',
    ['Extractor', 'Label', 'n', 'Accuracy', '95% CI', 'Precision', 'Recall', 'F1', 'F1 95% CI'],
    d.accuracy.map((a) =>
      h('tr', {}, h('td', {}, a.extractor), h('th', { scope: 'row' }, a.labelId), h('td', { class: 'num' }, a.n), h('td', { class: 'num' }, pct(a.accuracy)), h('td', { class: 'num' }, ci(a.ci, 'pct')), h('td', { class: 'num' }, pct(a.precision)), h('td', { class: 'num' }, pct(a.recall)), h('td', { class: 'num' }, pct(a.f1)), h('td', { class: 'num' }, ci(a.f1Ci, 'pct'))),
    ),
    'accuracy',
  );
}

function agreementTables(f: AgreementFigures): HTMLElement[] {
  return f.pairs.map((p) =>
    table(
      `Agreement: ${p.a.name} and ${p.b.name} (${p.n} reports; overall kappa ${num2(p.overall.kappa)}, ${ci(p.overall.kappaCi)}; ${pct(p.overall.percentAgreement)} agreement)`,
      ['Label', 'n', 'Agreement', "Cohen's kappa", '95% CI'],
      p.perLabel.map((l) => h('tr', {}, h('th', { scope: 'row' }, l.labelId), h('td', { class: 'num' }, l.n), h('td', { class: 'num' }, pct(l.percentAgreement)), h('td', { class: 'num kappa' }, num2(l.kappa)), h('td', { class: 'num' }, ci(l.kappaCi)))),
      'agreement',
    ),
  );
}

/** The dashboard: progress, extractor accuracy with intervals, reviewer agreement, and the reviewer's own speed. */
export function dashboardPage(worklistId?: string): Page {
  return async (root, ctx) => {
    const [d, { worklists }, agreement] = await Promise.all([api.dashboard(worklistId), api.worklists(), worklistId ? api.agreement(worklistId) : Promise.resolve(null)]);
    const pick = h(
      'select',
      { id: 'dash-worklist', onchange: (e: Event) => ctx.go({ page: 'dashboard', worklistId: (e.target as HTMLSelectElement).value || undefined }) },
      h('option', { value: '' }, 'all worklists'),
      worklists.map((w) => h('option', { value: w.id, selected: w.id === worklistId }, w.name)),
    );
    const speed = d.speed.mine;
    replace(
      root,
      h('h1', {}, 'Dashboard'),
      h('div', { class: 'toolbar' }, h('label', { for: 'dash-worklist' }, 'Worklist'), pick),
      h(
        'section',
        { class: 'cards', 'aria-label': 'Summary' },
        h('div', { class: 'card' }, h('h2', {}, 'Your speed'), h('p', { class: 'big' }, speed.medianSecondsPerReport === null ? 'n/a' : `${speed.medianSecondsPerReport.toFixed(1)} s`), h('p', { class: 'muted' }, `median per report over ${speed.reviewed} reviewed`)),
        d.agreement.map((a) => h('div', { class: 'card' }, h('h2', {}, `${a.a.name} · ${a.b.name}`), h('p', { class: 'big' }, `κ ${num2(a.kappa)}`), h('p', { class: 'muted' }, `${pct(a.percentAgreement)} agreement${a.n !== undefined ? ` over ${a.n} reports` : ''}`))),
      ),
      table(
        'Progress per worklist',
        ['Worklist', 'Progress'],
        d.progress.map((p) => h('tr', {}, h('th', { scope: 'row' }, p.name), h('td', {}, progressBar(p.done, p.total, `Progress of ${p.name}`)))),
        'progress-table',
      ),
      accuracyTable(d),
      agreement ? agreementTables(agreement) : h('p', { class: 'hint' }, 'Choose a worklist to see agreement per label.'),
    );
    document.title = 'Dashboard · radlabel review';
  };
}
