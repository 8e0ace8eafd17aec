import type { LabelRow, Mention } from './api-types.js';
import { h } from './dom.js';
import { explainMention, mentionKind, primaryMention, segmentText } from './highlight.js';

const HUES = 14;

/**
 * A stable colour class per label (`hue-0` … `hue-13` in review.css) so a label keeps its underline
 * colour on every report; classes rather than style attributes, so the page runs under a CSP
 * without 'unsafe-inline'.
 */
export function labelHue(labelId: string, order: readonly string[]): string {
  const i = order.indexOf(labelId);
  return `hue-${(i >= 0 ? i : 0) % HUES}`;
}

/**
 * The de-identified text with every mention highlighted. Each highlight is focusable and carries
 * its own tooltip (role=tooltip, aria-describedby), shown on hover and on focus by CSS, so the
 * deciding trigger or quoted evidence is reachable without a mouse.
 */
export function renderReportText(text: string, mentions: Mention[], labels: LabelRow[]): HTMLElement {
  const names = new Map(labels.map((l) => [l.labelId, l.name]));
  const order = labels.map((l) => l.labelId);
  const body = h('div', { class: 'report-text', id: 'report-text' });
  let tip = 0;
  for (const seg of segmentText(text.length, mentions)) {
    const slice = text.slice(seg.start, seg.end);
    const main = primaryMention(seg, mentions);
    if (main === undefined) {
      body.appendChild(document.createTextNode(slice));
      continue;
    }
    const m = mentions[main]!;
    const covering = seg.mentions.map((i) => mentions[i]!);
    const id = `tip-${tip++}`;
    const kind = mentionKind(m);
    body.appendChild(
      h(
        'mark',
        {
          class: `m m-${kind} ${labelHue(m.labelId, order)}${covering.some((c) => c.verified === false) ? ' unverified' : ''}`,
          tabindex: 0,
          'data-label': m.labelId,
          'data-labels': covering.map((c) => c.labelId).join(' '),
          'data-kind': kind,
          'aria-describedby': id,
          // WCAG 1.4.13: a tooltip shown on focus or hover can be dismissed without moving focus.
          onkeydown: (e: Event) => (e as KeyboardEvent).key === 'Escape' && (e.currentTarget as HTMLElement).classList.add('tip-dismissed'),
          onblur: (e: Event) => (e.currentTarget as HTMLElement).classList.remove('tip-dismissed'),
          onmouseleave: (e: Event) => (e.currentTarget as HTMLElement).classList.remove('tip-dismissed'),
        },
        slice,
        h('span', { class: 'tip', role: 'tooltip', id }, covering.map((c) => h('span', { class: 'tip-line' }, explainMention(c, names.get(c.labelId) ?? c.labelId)))),
      ),
    );
  }
  return body;
}

/** The legend: each assertion with its pattern, so the highlight is never told by colour alone. */
export function renderLegend(): HTMLElement {
  const item = (kind: string, text: string) => h('li', {}, h('mark', { class: `m m-${kind} hue-0 legend-sample` }, kind), ' ', text);
  return h(
    'ul',
    { class: 'legend', 'aria-label': 'Highlight legend' },
    item('present', 'solid underline'),
    item('absent', 'double underline'),
    item('uncertain', 'wavy underline'),
    item('historical', 'dotted underline'),
  );
}
