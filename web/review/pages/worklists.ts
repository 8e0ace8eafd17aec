import { api, ApiError } from '../api.js';
import type { CreatedWorklist, WorklistSummary } from '../api-types.js';
import { canAdjudicate, type Page, type PageContext } from '../context.js';
import { h, progressBar, replace } from '../dom.js';
import { pct, sampleSize } from '../format.js';
import { announce } from '../live.js';

/** Opens the caller's first report still to do (or the first one when all are done). */
export async function startReviewing(ctx: PageContext, worklistId: string): Promise<void> {
  const todo = await api.items(worklistId, { status: 'todo', limit: 1 });
  const first = todo.items[0] ?? (await api.items(worklistId, { status: 'all', limit: 1 })).items[0];
  if (first) ctx.go({ page: 'item', itemId: first.itemId });
  else announce('This worklist has no reports for you', 'error');
}

function worklistRow(w: WorklistSummary, ctx: PageContext): HTMLElement {
  return h(
    'tr',
    {},
    h('th', { scope: 'row' }, w.name, h('div', { class: 'muted' }, w.id)),
    h('td', {}, w.kind),
    h('td', {}, w.ontology),
    h('td', { class: 'num' }, w.size),
    h('td', {}, progressBar(w.progress.done, w.progress.total, `Progress of ${w.name}`)),
    h('td', {}, progressBar(w.progress.mine.done, w.progress.mine.total, `Your progress on ${w.name}`)),
    h(
      'td',
      {},
      h(
        'div',
        { class: 'actions' },
        h('button', { type: 'button', class: 'primary', onclick: () => void startReviewing(ctx, w.id) }, 'Review', h('span', { class: 'visually-hidden' }, ` ${w.name}`)),
      h('a', { href: `#/worklist/${w.id}` }, 'Reports', h('span', { class: 'visually-hidden' }, ` of ${w.name}`)),
      h('a', { href: `#/dashboard/${w.id}` }, 'Figures', h('span', { class: 'visually-hidden' }, ` of ${w.name}`)),
        canAdjudicate(ctx.me) ? h('a', { href: `#/adjudication/${w.id}` }, 'Adjudicate', h('span', { class: 'visually-hidden' }, ` ${w.name}`)) : null,
      ),
    ),
  );
}

function field(id: string, label: string, control: HTMLElement, help?: string): HTMLElement {
  control.id = id;
  if (help) control.setAttribute('aria-describedby', `${id}-help`);
  return h('div', { class: 'field' }, h('label', { for: id }, label), control, help ? h('p', { class: 'hint', id: `${id}-help` }, help) : null);
}

/** The admin's spot-check form, with the sample size a margin of error implies shown as it is typed. */
function createForm(onCreated: (c: CreatedWorklist) => void): HTMLElement {
  const name = h('input', { type: 'text', required: true, value: 'Spot check' });
  const ontology = h('input', { type: 'text', required: true, value: 'chexpert' });
  const moe = h('select', {}, ['0.1', '0.05', '0.03', '0.02'].map((v) => h('option', { value: v, selected: v === '0.05' }, `±${Number(v) * 100}%`)));
  const conf = h('select', {}, ['0.9', '0.95', '0.99'].map((v) => h('option', { value: v, selected: v === '0.95' }, `${Number(v) * 100}%`)));
  const seed = h('input', { type: 'number', value: 1, min: 0, step: 1 });
  const size = h('input', { type: 'number', min: 1, step: 1, placeholder: 'from the margin of error' });
  const strat = (['label', 'value', 'extractor'] as const).map((s) => ({ s, box: h('input', { type: 'checkbox', checked: true, id: `strat-${s}` }) }));
  const reviewers = h('input', { type: 'text', placeholder: 'key_… key_…' });
  const adjudicator = h('input', { type: 'text', placeholder: 'key_…' });
  const preview = h('p', { class: 'preview', 'aria-live': 'polite' });
  const result = h('div', { class: 'created', 'aria-live': 'polite' });
  const showPreview = () => {
    const e = Number(moe.value);
    const c = Number(conf.value);
    replace(preview, `±${pct(e)} at ${pct(c)} confidence needs at most ${sampleSize(0, e, c)} reports per worklist (fewer when the population is small: finite population correction).`);
  };
  moe.addEventListener('change', showPreview);
  conf.addEventListener('change', showPreview);
  showPreview();
  const form = h(
    'form',
    {
      class: 'create',
      onsubmit: (ev: Event) => {
        ev.preventDefault();
        const ids = reviewers.value.split(/[\s,]+/).filter(Boolean);
        api
          .createWorklist({
            name: name.value.trim(),
            ontology: ontology.value.trim(),
            kind: 'spot-check',
            seed: Number(seed.value),
            ...(size.value ? { size: Number(size.value) } : { marginOfError: Number(moe.value) }),
            confidence: Number(conf.value),
            stratifyBy: strat.filter((x) => x.box.checked).map((x) => x.s),
            ...(ids.length ? { reviewers: ids } : {}),
            ...(adjudicator.value.trim() ? { adjudicator: adjudicator.value.trim() } : {}),
          })
          .then(
            (c) => {
              replace(
                result,
                h('p', { class: 'ok' }, `Created ${c.name}: ${c.size} reports${c.marginOfError ? `, margin of error ±${pct(c.marginOfError)} at ${pct(c.confidence ?? 0.95)} confidence` : ''}.`),
                c.sampleSize ? h('p', { class: 'explanation' }, c.sampleSize.explanation) : null,
                c.strata.length
                  ? h(
                      'table',
                      { class: 'strata' },
                      h('caption', {}, 'Strata'),
                      h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'Stratum'), h('th', { scope: 'col' }, 'Population'), h('th', { scope: 'col' }, 'Sampled'))),
                      h('tbody', {}, c.strata.map((s) => h('tr', {}, h('th', { scope: 'row' }, s.key), h('td', { class: 'num' }, s.population), h('td', { class: 'num' }, s.sampled)))),
                    )
                  : null,
              );
              onCreated(c);
            },
            (err: unknown) => replace(result, h('p', { class: 'error', role: 'alert' }, `Not created: ${err instanceof ApiError ? err.message : 'network error'}`)),
          );
      },
    },
    h('h2', { id: 'create-title' }, 'Create a spot check'),
    h(
      'div',
      { class: 'grid' },
      field('wl-name', 'Name', name),
      field('wl-ontology', 'Ontology', ontology),
      field('wl-moe', 'Margin of error', moe),
      field('wl-conf', 'Confidence', conf),
      field('wl-seed', 'Seed', seed, 'The same seed draws the same sample.'),
      field('wl-size', 'Size (optional)', size, 'A fixed number of reports instead of a margin of error; the margin it gives is shown.'),
      h('fieldset', {}, h('legend', {}, 'Stratify by'), strat.map((x) => h('label', { for: `strat-${x.s}`, class: 'check' }, x.box, ` ${x.s}`))),
      field('wl-reviewers', 'Reviewers (key ids)', reviewers, 'Two ids: double review, each blind to the other.'),
      field('wl-adjudicator', 'Adjudicator (key id)', adjudicator),
    ),
    preview,
    h('button', { type: 'submit', class: 'primary' }, 'Create spot check'),
    result,
  );
  return form;
}

/** The worklists page: every worklist with overall and own progress; admins also get the spot-check form. */
export const worklistsPage: Page = async (root, ctx) => {
  const list = h('tbody', {});
  const load = async () => {
    const { worklists } = await api.worklists();
    replace(list, worklists.length ? worklists.map((w) => worklistRow(w, ctx)) : h('tr', {}, h('td', { colspan: 7 }, 'No worklists yet.')));
  };
  await load();
  replace(
    root,
    h('h1', {}, 'Worklists'),
    h(
      'table',
      { class: 'worklists' },
      h('caption', { class: 'visually-hidden' }, 'Worklists and progress'),
      h(
        'thead',
        {},
        h('tr', {}, ['Worklist', 'Kind', 'Ontology', 'Reports', 'Progress', 'Yours', 'Open'].map((c) => h('th', { scope: 'col' }, c))),
      ),
      list,
    ),
    ctx.me.role === 'admin' ? createForm(() => void load()) : null,
  );
  document.title = 'Worklists · radlabel review';
  root.querySelector<HTMLElement>('table.worklists button')?.focus();
};
