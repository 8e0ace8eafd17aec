import { api } from '../api.js';
import type { Page } from '../context.js';
import { h, replace } from '../dom.js';
import { startReviewing } from './worklists.js';

/**
 * One worklist's reports, one page of 50 at a time (keyset cursor), so a 10,000-report list is
 * never loaded whole; rows show opaque item ids and counts only.
 */
export function worklistPage(worklistId: string): Page {
  return async (root, ctx) => {
    let cursor: string | null = null;
    let status: 'todo' | 'done' | 'all' = 'all';
    const body = h('tbody', {});
    const more = h('button', { type: 'button' }, 'Load 50 more');
    const count = h('p', { class: 'muted', 'aria-live': 'polite' });
    const load = async (reset: boolean) => {
      if (reset) {
        cursor = null;
        body.replaceChildren();
      }
      const page = await api.items(worklistId, { cursor, status, limit: 50 });
      for (const it of page.items) {
        body.appendChild(
          h(
            'tr',
            {},
            h('td', { class: 'num' }, it.position),
            h('td', {}, h('a', { href: `#/item/${it.itemId}` }, it.itemId)),
            h('td', {}, it.status === 'done' ? '✓ done' : '○ to do'),
            h('td', { class: 'num' }, it.labelsSummary.positive),
            h('td', { class: 'num' }, it.labelsSummary.uncertain),
          ),
        );
      }
      cursor = page.nextCursor;
      more.hidden = cursor === null;
      replace(count, `Showing ${body.children.length} of ${page.total}`);
    };
    more.addEventListener('click', () => void load(false));
    const filter = h(
      'select',
      { id: 'status-filter', onchange: (e: Event) => ((status = (e.target as HTMLSelectElement).value as typeof status), void load(true)) },
      h('option', { value: 'all' }, 'all'),
      h('option', { value: 'todo' }, 'to do'),
      h('option', { value: 'done' }, 'done'),
    );
    await load(true);
    replace(
      root,
      h('h1', {}, 'Reports in this worklist'),
      h('div', { class: 'toolbar' }, h('label', { for: 'status-filter' }, 'Show'), filter, h('button', { type: 'button', class: 'primary', onclick: () => void startReviewing(ctx, worklistId) }, 'Review the next to do'), h('a', { href: `#/dashboard/${worklistId}` }, 'Figures')),
      h(
        'table',
        { class: 'items' },
        h('caption', { class: 'visually-hidden' }, 'Reports'),
        h('thead', {}, h('tr', {}, ['#', 'Item', 'Status', 'Positive labels', 'Uncertain labels'].map((c) => h('th', { scope: 'col' }, c)))),
        body,
      ),
      count,
      more,
    );
    document.title = 'Worklist · radlabel review';
  };
}
