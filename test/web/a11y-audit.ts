import type { Page } from 'playwright-core';

/**
 * In-page accessibility audit of what is on screen, run by the browser tests on every page of the
 * workbench: every visible text meets WCAG AA contrast against the background it sits on (4.5:1;
 * 3:1 for large text), and every form control and button has an accessible name. Written as a
 * string because the test program has no DOM types; it returns findings, never throws.
 */
const AUDIT = `(() => {
  const parse = (c) => { const m = c.match(/rgba?\\(([^)]+)\\)/); if (!m) return null; const p = m[1].split(/[ ,/]+/).filter(Boolean).map(Number); return { r: p[0], g: p[1], b: p[2], a: p.length > 3 ? p[3] : 1 }; };
  const over = (top, under) => ({ r: top.r * top.a + under.r * (1 - top.a), g: top.g * top.a + under.g * (1 - top.a), b: top.b * top.a + under.b * (1 - top.a), a: 1 });
  const lum = (c) => { const f = (v) => { v /= 255; return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); }; return 0.2126 * f(c.r) + 0.7152 * f(c.g) + 0.0722 * f(c.b); };
  const ratio = (a, b) => { const x = lum(a), y = lum(b); return (Math.max(x, y) + 0.05) / (Math.min(x, y) + 0.05); };
  const background = (el) => {
    const layers = [];
    for (let e = el; e; e = e.parentElement) { const c = parse(getComputedStyle(e).backgroundColor); if (c && c.a > 0) { layers.push(c); if (c.a >= 1) break; } }
    let bg = { r: 255, g: 255, b: 255, a: 1 };
    for (const l of layers.reverse()) bg = over(l, bg);
    return bg;
  };
  const visible = (el) => { const r = el.getBoundingClientRect(); const s = getComputedStyle(el); return r.width > 0 && r.height > 0 && s.visibility !== 'hidden' && s.display !== 'none' && !el.closest('.visually-hidden'); };
  const findings = [];
  for (const el of document.body.querySelectorAll('*')) {
    const own = [...el.childNodes].some((n) => n.nodeType === 3 && n.textContent.trim());
    if (!own || !visible(el) || ['SCRIPT', 'STYLE', 'OPTION'].includes(el.tagName)) continue;
    const s = getComputedStyle(el);
    const fg = parse(s.color); if (!fg) continue;
    const bg = background(el);
    const size = parseFloat(s.fontSize); const bold = Number(s.fontWeight) >= 700;
    const need = size >= 24 || (size >= 18.66 && bold) ? 3 : 4.5;
    const r = ratio(over(fg, bg), bg);
    if (r < need) findings.push('contrast ' + r.toFixed(2) + ' < ' + need + ': <' + el.tagName.toLowerCase() + ' class="' + el.className + '"> ' + el.textContent.trim().slice(0, 40));
  }
  const nameOf = (el) => {
    if (el.getAttribute('aria-label')) return el.getAttribute('aria-label');
    const by = el.getAttribute('aria-labelledby'); if (by) return by.split(' ').map((id) => document.getElementById(id)?.textContent ?? '').join(' ').trim();
    if (el.id) { const l = document.querySelector('label[for="' + el.id + '"]'); if (l && l.textContent.trim()) return l.textContent.trim(); }
    const wrap = el.closest('label'); if (wrap && wrap.textContent.trim()) return wrap.textContent.trim();
    if (el.tagName === 'BUTTON' || el.tagName === 'A') return el.textContent.trim();
    return el.getAttribute('title') ?? '';
  };
  for (const el of document.querySelectorAll('input, select, textarea, button, a[href]')) {
    if (el.type === 'hidden' || !visible(el)) continue;
    if (!nameOf(el)) findings.push('no accessible name: <' + el.tagName.toLowerCase() + ' id="' + el.id + '" class="' + el.className + '">');
  }
  return findings;
})()`;

/** Runs the audit on the page as it is now. */
export const auditPage = async (page: Page): Promise<string[]> => (await page.evaluate(AUDIT)) as string[];

/**
 * Tabs through the page and returns the elements that got focus without a visible focus
 * indicator (no outline and no box-shadow).
 */
export async function focusWithoutIndicator(page: Page, presses: number): Promise<string[]> {
  const bad: string[] = [];
  for (let i = 0; i < presses; i++) {
    await page.keyboard.press('Tab');
    const r = (await page.evaluate(`(() => { const e = document.activeElement; if (!e || e === document.body) return null; const s = getComputedStyle(e); const shown = (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2) || s.boxShadow !== 'none'; return shown ? null : e.tagName.toLowerCase() + '.' + e.className; })()`)) as string | null;
    if (r) bad.push(r);
  }
  return bad;
}
