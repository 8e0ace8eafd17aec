import { api } from '../api.js';
import { canAdjudicate, type Page } from '../context.js';
import { h, replace } from '../dom.js';

/** The adjudicator's queue: reports on which the two reviewers disagreed, with the disputed labels. */
export function adjudicationPage(worklistId?: string): Page {
  return async (root, ctx) => {
    if (!canAdjudicate(ctx.me)) {
      replace(root, h('h1', {}, 'Adjudication'), h('p', {}, 'Only an adjudicator key can open this queue.'));
      return;
    }
    const { worklists } = await api.worklists();
    const pick = h(
      'select',
      { id: 'adj-worklist', onchange: (e: Event) => ctx.go({ page: 'adjudication', worklistId: (e.target as HTMLSelectElement).value || undefined }) },
      h('option', { value: '' }, 'all worklists'),
      worklists.map((w) => h('option', { value: w.id, selected: w.id === worklistId }, w.name)),
    );
    const body = h('tbody', {});
    const more = h('button', { type: 'button' }, 'Load more');
    let cursor: string | null = null;
    const load = async () => {
      const page = await api.adjudicationQueue(worklistId, cursor);
      for (const it of page.items) {
        body.appendChild(h('tr', {}, h('td', {}, h('a', { href: `#/adjudicate/${it.itemId}` }, it.itemId)), h('td', {}, it.labels.join(', '))));
      }
      cursor = page.nextCursor;
      more.hidden = cursor === null;
    };
    more.addEventListener('click', () => void load());
    await load();
    const empty = body.children.length === 0;
    replace(
      root,
      h('h1', {}, 'Adjudication queue'),
      h('div', { class: 'toolbar' }, h('label', { for: 'adj-worklist' }, 'Worklist'), pick),
      empty
        ? h('p', { class: 'ok' }, 'Nothing to adjudicate: the reviewers agree on every label so far.')
        : h(
            'table',
            { class: 'queue' },
            h('caption', { class: 'visually-hidden' }, 'Reports to adjudicate'),
            h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'Item'), h('th', { scope: 'col' }, 'Disputed labels'))),
            body,
          ),
      more,
    );
    document.title = 'Adjudication · radlabel review';
    root.querySelector<HTMLElement>('table.queue a')?.focus();
  };
}
