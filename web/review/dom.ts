/** Attributes for {@link h}: strings become attributes, functions on* become listeners. */
export type Attrs = Record<string, string | number | boolean | null | undefined | ((e: Event) => void)>;
export type Child = Node | string | number | null | undefined | false | Child[];

/**
 * Builds an element. Text always goes in as text nodes, never as HTML, so report text and names
 * from the server cannot inject markup.
 */
export function h<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Attrs = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === null || v === undefined || v === false) continue;
    if (typeof v === 'function') el.addEventListener(k.slice(2).toLowerCase(), v);
    else if (v === true) el.setAttribute(k, '');
    else el.setAttribute(k, String(v));
  }
  append(el, children);
  return el;
}

/** Appends children (nested arrays flattened, empty ones skipped). */
export function append(el: Node, children: Child[]): void {
  for (const c of children) {
    if (c === null || c === undefined || c === false) continue;
    if (Array.isArray(c)) append(el, c);
    else el.appendChild(typeof c === 'string' || typeof c === 'number' ? document.createTextNode(String(c)) : c);
  }
}

/** Replaces the content of an element. */
export function replace(el: Element, ...children: Child[]): void {
  el.replaceChildren();
  append(el, children);
}

/** A progress bar with its figures as text (the bar alone would say nothing to a screen reader). */
export function progressBar(done: number, total: number, label: string): HTMLElement {
  const pctDone = total > 0 ? Math.round((done / total) * 100) : 0;
  return h(
    'span',
    { class: 'progress' },
    h('progress', { max: total || 1, value: done, 'aria-label': label }),
    h('span', { class: 'progress-text' }, `${done} / ${total} (${pctDone}%)`),
  );
}
