import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fakeState, startFakeReviewApi, type FakeState } from './fake-review-api.js';
import { hasChromium, launchChromium } from './chromium.js';
import { auditPage, focusWithoutIndicator } from './a11y-audit.js';
import { SYNTHETIC_LABELS, syntheticReport } from './synthetic-report.js';

const KEY = 'rl_fake_reviewer_key';

/**
 * The front end alone against an in-memory API: keyboard map, highlighting, tooltips, live saves,
 * and that no URL the browser requests carries more than opaque ids.
 */
describe.skipIf(!hasChromium)('review workbench front end in headless Chromium (fake API)', () => {
  let browser: Browser;
  let st: FakeState;
  let url: string;
  let close: () => void;
  beforeAll(async () => {
    const items = [1, 2, 3].map((n) => ({ itemId: `itm_${n}`, ...syntheticReport(120, 6, n) }));
    st = fakeState(items, SYNTHETIC_LABELS, { [KEY]: { id: 'key_r1', name: 'Reviewer One', role: 'review' } });
    const started = await startFakeReviewApi(st);
    url = started.url;
    close = () => started.server.close();
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    close?.();
  });

  async function signIn(): Promise<{ page: Page; problems: string[]; urls: string[] }> {
    const ctx = await browser.newContext({ viewport: { width: 1400, height: 900 } });
    const page = await ctx.newPage();
    const problems: string[] = [];
    const urls: string[] = [];
    page.on('pageerror', (e) => problems.push(String(e)));
    page.on('console', (m) => m.type() === 'error' && !m.text().includes('401') && problems.push(m.text()));
    page.on('request', (r) => urls.push(r.url()));
    page.on('framenavigated', (f) => urls.push(f.url()));
    await page.goto(`${url}/review/`);
    await page.getByLabel('API key').fill('wrong');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('#login-error').textContent()).toContain('not accepted');
    await page.getByLabel('API key').fill(KEY);
    await page.keyboard.press('Enter');
    await page.locator('#who-name').waitFor();
    return { page, problems, urls };
  }

  it('signs in with a pasted key kept in sessionStorage only, and shows name and role', async () => {
    const { page, problems } = await signIn();
    expect(await page.locator('#who-name').textContent()).toBe('Reviewer One');
    expect(await page.locator('#who-role').textContent()).toBe('review');
    // string expressions: the test program has no DOM types (the page's code has)
    expect(await page.evaluate('({ key: sessionStorage.getItem("radlabel.review.key"), session: Object.keys(sessionStorage).sort(), local: localStorage.length, cookie: document.cookie })')).toEqual({ key: KEY, session: ['radlabel.review.key', 'radlabel.review.me'], local: 0, cookie: '' });
    expect(await page.getByRole('link', { name: 'Adjudication' }).count()).toBe(0);
    expect(await auditPage(page)).toEqual([]);
    expect(await focusWithoutIndicator(page, 8)).toEqual([]);
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('reviews by keyboard: highlights by assertion, tooltips on focus, saves announced, j/k/Enter move', async () => {
    const { page, problems, urls } = await signIn();
    await page.getByRole('button', { name: /^Review/ }).click();
    await page.locator('#report-title').waitFor();
    expect(await page.locator('#report-title').textContent()).toBe('Report 1 of 3');
    const item = st.items[0]!;
    // every mention is a highlight with its assertion kind and label
    expect(await page.locator('#report-text mark.m').count()).toBe(item.mentions.length);
    for (const kind of ['present', 'absent', 'uncertain', 'historical']) {
      const expected = item.mentions.filter((m) => (m.temporality === 'historical' ? 'historical' : m.assertion) === kind).length;
      expect(await page.locator(`#report-text mark.m-${kind}`).count()).toBe(expected);
    }
    // not colour only: each assertion has its own underline style
    const styles = await page.evaluate("['present', 'absent', 'uncertain', 'historical'].map((k) => getComputedStyle(document.querySelector('.legend .m-' + k)).textDecorationStyle)");
    expect(new Set(styles as string[]).size).toBe(4);
    // the first label select has focus; the tooltip of a focused mention is visible and describes it
    expect(await page.evaluate('document.activeElement.getAttribute("aria-label")')).toBe(`Your value for ${SYNTHETIC_LABELS[0]!.name}`);
    await page.locator('#report-text mark.m').first().focus();
    const tip = page.locator('#report-text mark.m').first().locator('.tip');
    await expect.poll(() => tip.isVisible()).toBe(true);
    expect(await tip.textContent()).toContain('from rules');
    expect(await auditPage(page)).toEqual([]);
    await page.keyboard.press('Escape');
    await expect.poll(() => tip.isVisible()).toBe(false);
    await page.locator('select[data-label]').first().focus();
    // correct label 2 to negative: ArrowDown then 0
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('0');
    await expect.poll(() => page.locator('#live-status').textContent()).toContain('Saved: Pleural effusion negative');
    expect(await auditPage(page)).toEqual([]);
    expect(st.values.get('key_r1')?.get('itm_1')?.get('effusion')?.value).toBe('negative');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('#report-title').textContent()).toBe('Report 2 of 3');
    expect(st.accepted.get('key_r1')?.has('itm_1')).toBe(true);
    await page.keyboard.press('k');
    await expect.poll(() => page.locator('#report-title').textContent()).toBe('Report 1 of 3');
    expect(await page.locator('tr.corrected').count()).toBe(1);
    await page.keyboard.press('j');
    await expect.poll(() => page.locator('#report-title').textContent()).toBe('Report 2 of 3');
    // a reason box takes every key as text
    await page.keyboard.press('u');
    const reason = page.getByLabel(`Reason for ${SYNTHETIC_LABELS[0]!.name} (optional)`);
    await reason.focus();
    await page.keyboard.type('1 j u');
    await page.keyboard.press('Enter');
    await expect.poll(() => st.values.get('key_r1')?.get('itm_2')?.get(SYNTHETIC_LABELS[0]!.labelId)?.reason).toBe('1 j u');
    expect(await page.locator('#report-title').textContent()).toBe('Report 2 of 3');
    // ? shows the key guide, Escape closes it
    await page.keyboard.press('?');
    await expect.poll(() => page.locator('dialog#help').isVisible()).toBe(true);
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('dialog#help').isVisible()).toBe(false);
    expect(problems).toEqual([]);
    for (const u of urls) expect(new URL(u).pathname + new URL(u).search + new URL(u).hash).toMatch(/^\/(review\/[a-z/.-]*|v1\/review\/[a-z/]*((wl|itm)_[A-Za-z0-9_-]+[a-z/]*)*(\?[a-z=&0-9]*)?)(#\/[a-z]+(\/(wl|itm)_[A-Za-z0-9_-]+)?)?$/);
    await page.context().close();
  });

  it('the audit itself finds low contrast, unnamed controls and invisible focus (invented pages)', async () => {
    const page = await (await browser.newContext()).newPage();
    await page.setContent(`<style>*:focus{outline:none}</style>
      <p style="color:#999">grey on white</p><p style="color:#fff;background:#ffd54f">white on amber</p>
      <div style="background:rgba(0,0,0,0.9)"><span style="color:#333">dark on near-black</span></div>
      <p style="color:#595959">dark grey passes</p><h1 style="color:#8a8a8a;font-size:30px">large text at 3.4:1 passes</h1>
      <input id="a"><select><option>x</option></select><button></button><label>named <input></label>
      <button>one</button><button>two</button>`);
    const found = await auditPage(page);
    expect(found.filter((f) => f.startsWith('contrast'))).toHaveLength(3);
    expect(found.filter((f) => f.startsWith('no accessible name'))).toHaveLength(3);
    expect((await focusWithoutIndicator(page, 6)).length).toBeGreaterThanOrEqual(5);
    await page.context().close();
  });
});
