import { api, ApiError } from '../api.js';
import type { ItemView, LabelRow, LabelValue } from '../api-types.js';
import type { Page, PageContext } from '../context.js';
import { h, replace } from '../dom.js';
import { LABEL_VALUES, VALUE_TEXT } from '../format.js';
import { helpOpen } from '../help.js';
import { keyAction, type KeyTarget } from '../keys.js';
import { announce } from '../live.js';
import { renderLegend, renderReportText } from '../report-text.js';

type Mode = 'review' | 'adjudicate';

/**
 * Labels the two reviewers did not agree on (the adjudicator's work): the server's list when it
 * sends one, else the labels whose reviews differ.
 */
export function disputedIn(view: Pick<ItemView, 'disagreements'>): (l: LabelRow) => boolean {
  const listed = view.disagreements ? new Set(view.disagreements) : null;
  return (l) => (listed ? listed.has(l.labelId) : new Set((l.reviews ?? []).map((r) => r.value)).size > 1);
}

function classify(el: Element | null): KeyTarget {
  if (!el) return 'other';
  if (el instanceof HTMLSelectElement) return el.closest('#labels') ? 'label-control' : 'text-field';
  if (el instanceof HTMLTextAreaElement || (el instanceof HTMLElement && el.isContentEditable)) return 'text-field';
  if (el instanceof HTMLInputElement) return ['checkbox', 'radio', 'button', 'submit'].includes(el.type) ? 'activatable' : 'text-field';
  if (el instanceof HTMLButtonElement || el instanceof HTMLAnchorElement || el.tagName === 'SUMMARY') return 'activatable';
  return 'other';
}

const valueText = (v: LabelValue) => `${VALUE_TEXT[v].mark} ${VALUE_TEXT[v].word}`;

/**
 * The report view, for reviewers (their own values, blind to the other reviewer) and for the
 * adjudicator (both reviews and the final value). Keyboard first: see keys.ts.
 */
export function reportPage(mode: Mode, itemId: string): Page {
  return async (root: HTMLElement, ctx: PageContext) => {
    const view: ItemView = mode === 'review' ? await api.item(itemId) : await api.adjudicationItem(itemId);
    const labels = view.labels;
    const disputed = disputedIn(view);
    const current = new Map<string, LabelValue | null>(labels.map((l) => [l.labelId, mode === 'review' ? (l.mine?.value ?? l.machine.value) : l.final?.by === 'adjudication' ? l.final.value : disputed(l) ? null : (l.final?.value ?? l.machine.value)]));
    const reasons = new Map<string, string>(labels.map((l) => [l.labelId, (mode === 'review' ? l.mine?.reason : undefined) ?? '']));
    let focus = Math.max(0, mode === 'adjudicate' ? labels.findIndex(disputed) : 0);
    /** Adjudication: labels with a final decision (earlier or in this visit). */
    const decided = new Set(labels.filter((l) => l.final?.by === 'adjudication').map((l) => l.labelId));
    let pending: Promise<unknown> = Promise.resolve();
    let leaving = false;

    const rows: HTMLTableRowElement[] = [];
    const selects: HTMLSelectElement[] = [];
    const notes: HTMLElement[] = [];
    const reasonCells: HTMLElement[] = [];

    const save = (i: number, value: LabelValue, reason?: string): void => {
      const l = labels[i]!;
      const before = current.get(l.labelId) ?? null;
      const wasDecided = decided.has(l.labelId);
      current.set(l.labelId, value);
      if (mode === 'adjudicate') decided.add(l.labelId);
      if (reason !== undefined) reasons.set(l.labelId, reason);
      paintRow(i);
      const put = () => (mode === 'review' ? api.setLabel(view.itemId, l.labelId, value, reasons.get(l.labelId) || undefined) : api.adjudicate(view.itemId, l.labelId, value, reasons.get(l.labelId) || undefined));
      // Saves are chained so two quick key presses on one label reach the server in order.
      pending = pending.then(put).then(
        () => announce(`Saved: ${l.name} ${VALUE_TEXT[value].word}${mode === 'review' && value !== l.machine.value ? ' (correction)' : ''}${mode === 'adjudicate' ? ' (final)' : ''}`),
        (err: unknown) => {
          current.set(l.labelId, before);
          if (!wasDecided) decided.delete(l.labelId);
          paintRow(i);
          announce(`Not saved: ${l.name}: ${err instanceof ApiError ? err.message : 'network error'}`, 'error');
        },
      );
    };

    const paintRow = (i: number): void => {
      const l = labels[i]!;
      const v = current.get(l.labelId) ?? null;
      const sel = selects[i]!;
      sel.value = v ?? '';
      const corrected = mode === 'review' && v !== null && v !== l.machine.value;
      const row = rows[i]!;
      row.classList.toggle('corrected', corrected);
      const final = mode === 'adjudicate' && decided.has(l.labelId);
      row.classList.toggle('decided', final);
      const badge =
        mode === 'review'
          ? corrected
            ? h('span', { class: 'badge badge-corrected' }, '✎ corrected')
            : h('span', { class: 'badge' }, '✓ agrees')
          : final
            ? h('span', { class: 'badge badge-corrected' }, '⚖ final')
            : v === null
              ? h('span', { class: 'badge badge-open' }, '⚠ to decide')
              : h('span', { class: 'badge' }, '✓ reviewers agree');
      replace(notes[i]!, badge);
      const showReason = corrected || final;
      replace(
        reasonCells[i]!,
        showReason
          ? h('input', {
              type: 'text',
              class: 'reason',
              value: reasons.get(l.labelId) ?? '',
              'aria-label': `Reason for ${l.name} (optional)`,
              placeholder: 'reason (optional)',
              onkeydown: (e: Event) => {
                const k = e as KeyboardEvent;
                if (k.key === 'Enter' || k.key === 'Escape') {
                  k.preventDefault();
                  if (k.key === 'Enter') commitReason(i, k.target as HTMLInputElement);
                  selects[i]!.focus();
                }
              },
              onchange: (e: Event) => commitReason(i, e.target as HTMLInputElement),
            })
          : null,
      );
    };

    const commitReason = (i: number, input: HTMLInputElement): void => {
      const l = labels[i]!;
      const v = current.get(l.labelId);
      const reason = input.value.trim();
      if (v && reason !== (reasons.get(l.labelId) ?? '')) save(i, v, reason);
    };

    const focusRow = (i: number): void => {
      markFocus(i);
      selects[focus]?.focus();
    };

    /** Remembers the focused label and outlines its mentions in the text. */
    const markFocus = (i: number): void => {
      focus = Math.max(0, Math.min(labels.length - 1, i));
      const id = labels[focus]?.labelId;
      for (const m of root.querySelectorAll<HTMLElement>('mark.m')) m.classList.toggle('hl', id !== undefined && (m.dataset.labels ?? '').split(' ').includes(id));
    };

    const leave = async (to: string | null, fallback: () => void): Promise<void> => {
      if (leaving) return;
      leaving = true;
      await pending;
      if (to) ctx.go(mode === 'review' ? { page: 'item', itemId: to } : { page: 'adjudicate', itemId: to });
      else fallback();
    };

    const queueNeighbour = async (delta: 1 | -1, skipCurrent: boolean): Promise<string | null> => {
      const q = await api.adjudicationQueue(view.worklistId);
      const ids = q.items.map((x) => x.itemId);
      const at = ids.indexOf(view.itemId);
      if (skipCurrent && at < 0) return ids[0] ?? null;
      return ids[at + delta] ?? (delta === 1 && !skipCurrent ? null : (ids.find((x) => x !== view.itemId) ?? null));
    };

    const accept = async (): Promise<void> => {
      if (mode === 'review') {
        await pending;
        try {
          const done = await api.accept(view.itemId);
          announce(`Accepted report ${view.position} of ${view.total}`);
          await leave(done.nextItemId, () => {
            announce('Worklist done: every report is reviewed');
            ctx.go({ page: 'worklist', worklistId: view.worklistId });
          });
        } catch (err) {
          announce(`Not accepted: ${err instanceof ApiError ? err.message : 'network error'}`, 'error');
        }
        return;
      }
      const open = labels.filter((l) => disputed(l) && !decided.has(l.labelId));
      if (open.length > 0) {
        announce(`Decide ${open.map((l) => l.name).join(', ')} first`, 'error');
        focusRow(labels.indexOf(open[0]!));
        return;
      }
      await pending;
      const next = await queueNeighbour(1, true);
      announce('Adjudication saved');
      await leave(next, () => ctx.go({ page: 'adjudication', worklistId: view.worklistId }));
    };

    const go = async (delta: 1 | -1): Promise<void> => {
      if (mode === 'review') {
        const to = delta === 1 ? view.nextItemId : view.prevItemId;
        if (to) await leave(to, () => undefined);
        else announce(delta === 1 ? 'This is the last report' : 'This is the first report');
        return;
      }
      const to = await queueNeighbour(delta, false);
      if (to && to !== view.itemId) await leave(to, () => undefined);
      else announce('No other report in the adjudication queue');
    };

    // ---- render ----
    const reviewers = mode === 'adjudicate' ? [...new Map(labels.flatMap((l) => l.reviews ?? []).map((r) => [r.reviewer.id, r.reviewer])).values()] : [];
    const table = h(
      'table',
      { class: 'labels', id: 'labels' },
      h('caption', {}, mode === 'review' ? 'Labels: machine value and yours' : 'Labels: both reviews and the final value'),
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          h('th', { scope: 'col' }, 'Label'),
          h('th', { scope: 'col' }, 'Machine'),
          reviewers.map((r) => h('th', { scope: 'col' }, r.name)),
          h('th', { scope: 'col' }, mode === 'review' ? 'Yours' : 'Final'),
          h('th', { scope: 'col' }, h('span', { class: 'visually-hidden' }, 'State')),
          h('th', { scope: 'col' }, h('span', { class: 'visually-hidden' }, 'Reason')),
        ),
      ),
    );
    const tbody = h('tbody', {});
    labels.forEach((l, i) => {
      const sel = h(
        'select',
        { 'aria-label': `${mode === 'review' ? 'Your value' : 'Final value'} for ${l.name}`, 'data-label': l.labelId, onfocus: () => markFocus(i), onchange: (e: Event) => save(i, (e.target as HTMLSelectElement).value as LabelValue) },
        mode === 'adjudicate' ? h('option', { value: '', disabled: true }, '— undecided —') : null,
        LABEL_VALUES.map((v) => h('option', { value: v }, `${valueText(v)}  (${VALUE_TEXT[v].key})`)),
      );
      selects.push(sel);
      const note = h('td', { class: 'note' });
      notes.push(note);
      const reasonCell = h('td', { class: 'reason-cell' });
      reasonCells.push(reasonCell);
      const byReviewer = new Map((l.reviews ?? []).map((r) => [r.reviewer.id, r]));
      const row = h(
        'tr',
        { 'data-label': l.labelId, class: disputed(l) ? 'disputed' : null },
        h('th', { scope: 'row' }, l.name),
        h(
          'td',
          { class: `v v-${l.machine.value}` },
          valueText(l.machine.value),
          h('span', { class: 'muted' }, l.machine.extractor),
          l.other ? h('div', { class: `other${l.other.value !== l.machine.value ? ' differs' : ''}` }, `${l.other.value !== l.machine.value ? '≠ ' : ''}${valueText(l.other.value)}`, h('span', { class: 'muted' }, ` ${l.other.extractor}`)) : null,
        ),
        reviewers.map((r) => {
          const rv = byReviewer.get(r.id);
          return h('td', { class: rv ? `v v-${rv.value}` : 'v' }, rv ? valueText(rv.value) : '—', rv?.reason ? h('span', { class: 'muted' }, ` “${rv.reason}”`) : null);
        }),
        h('td', {}, sel),
        note,
        reasonCell,
      );
      rows.push(row);
      tbody.appendChild(row);
    });
    table.appendChild(tbody);

    const title = mode === 'review' ? `Report ${view.position} of ${view.total}` : `Adjudication: report ${view.position} of ${view.total}`;
    replace(
      root,
      h(
        'section',
        { class: 'report-page', 'aria-labelledby': 'report-title', 'data-item': view.itemId },
        h(
          'div',
          { class: 'toolbar' },
          h('h1', { id: 'report-title' }, title),
          h('span', { class: `badge status-${view.status}` }, view.status === 'done' ? '✓ accepted' : '○ to review'),
          view.blind ? h('span', { class: 'badge' }, 'blind double review: the other reviewer’s values are hidden') : null,
          view.reasons?.length ? h('span', { class: 'reasons' }, 'On this list: ', view.reasons.join('; ')) : null,
          h('span', { class: 'spacer' }),
          h('button', { type: 'button', onclick: () => void go(-1), 'aria-keyshortcuts': 'k' }, '← Previous (k)'),
          h('button', { type: 'button', onclick: () => void go(1), 'aria-keyshortcuts': 'j' }, 'Next (j) →'),
          h('button', { type: 'button', class: 'primary', onclick: () => void accept(), 'aria-keyshortcuts': 'Enter' }, mode === 'review' ? 'Accept and next (Enter)' : 'Done, next (Enter)'),
        ),
        h(
          'div',
          { class: 'columns' },
          h(
            'section',
            { class: 'text-col', 'aria-labelledby': 'text-title' },
            h('h2', { id: 'text-title' }, 'Report text (de-identified)', view.report.modality ? h('span', { class: 'muted' }, ` · ${view.report.modality}`) : null),
            renderLegend(),
            renderReportText(view.report.text, view.mentions, labels),
          ),
          h('section', { class: 'labels-col', 'aria-labelledby': 'labels-title' }, h('h2', { id: 'labels-title' }, 'Labels'), h('p', { class: 'hint' }, 'Keys: 1 0 u - set the focused label · ↑ ↓ move · Enter accept · ? all keys'), table),
        ),
      ),
    );
    labels.forEach((_, i) => paintRow(i));
    document.title = `${title} · radlabel review`;
    if (labels.length > 0) focusRow(focus);
    // Marks for the first-render benchmark (eval/bench-review-web.ts): built, then painted (the
    // second animation frame starts after the first frame with the report has been drawn).
    performance.mark('review:report-rendered');
    requestAnimationFrame(() => requestAnimationFrame(() => performance.mark('review:report-painted')));

    const onKey = (e: KeyboardEvent): void => {
      if (helpOpen() || e.defaultPrevented) return;
      const a = keyAction(e, classify(document.activeElement));
      if (!a || a.kind === 'help') return;
      e.preventDefault();
      switch (a.kind) {
        case 'set':
          if (labels.length > 0) save(focus, a.value);
          break;
        case 'move':
          focusRow(focus + a.delta);
          break;
        case 'next-report':
          void go(1);
          break;
        case 'prev-report':
          void go(-1);
          break;
        case 'accept':
          void accept();
          break;
      }
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  };
}
