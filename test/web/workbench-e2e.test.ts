import { copyFileSync, existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli } from '../helpers/run-cli.js';
import { auditPage } from './a11y-audit.js';
import { hasChromium, launchChromium } from './chromium.js';
import { inventedReports, startServe, type ServeHarness } from './serve-harness.js';
import type { ItemView, LabelValue } from '../../web/review/api-types.js';

const repoRoot = resolve(fileURLToPath(new URL('../../', import.meta.url)));
const SHOTS = join(repoRoot, 'test-output/screenshots');
const IMAGES = join(repoRoot, 'docs/images');
const KEY_FOR: Record<LabelValue, string> = { positive: '1', negative: '0', uncertain: 'u', not_mentioned: '-' };

interface Correction {
  itemId: string;
  labelId: string;
  row: number;
  machine: LabelValue;
  value: LabelValue;
}

/**
 * Cohen's kappa of two raters over the same items, by the textbook formula (the test's hand
 * computation): (po − pe) / (1 − pe). Where both used one single value throughout and agreed,
 * the formula is 0/0; the convention (stated in the README) is 1 then.
 */
function handKappa(a: string[], b: string[]): number | null {
  const n = a.length;
  const cats = [...new Set([...a, ...b])];
  const po = a.filter((x, i) => x === b[i]).length / n;
  const pe = cats.reduce((s, c) => s + (a.filter((x) => x === c).length / n) * (b.filter((x) => x === c).length / n), 0);
  if (pe === 1) return po === 1 ? 1 : null;
  return (po - pe) / (1 - pe);
}

/**
 * The scenario in headless Chromium against a real `radlabel serve` (SQLite): a QA lead
 * creates a double-review spot check of 20 reports; reviewer 1 reviews all 20 by keyboard only and
 * corrects 5 labels; reviewer 2 agrees on 2 of those and not on the other 3; the adjudicator
 * resolves the 3 in the browser; the dashboard's kappa equals a hand computation; the exported gold
 * goes through `radlabel eval`. Screenshots of the worklist, report view and dashboard are written.
 */
describe.skipIf(!hasChromium)('review workbench end to end (radlabel serve, SQLite, headless Chromium)', () => {
  let h: ServeHarness;
  let browser: Browser;
  const problems: string[] = [];
  const urls: string[] = [];

  beforeAll(async () => {
    if (!existsSync(join(repoRoot, 'dist/web/review/main.js'))) throw new Error('dist/web/review/ is missing: run npm run build');
    h = await startServe({
      keys: [
        { as: 'lead', role: 'admin', name: 'QA lead' },
        { as: 'r1', role: 'review', name: 'Reviewer One' },
        { as: 'r2', role: 'review', name: 'Reviewer Two' },
        { as: 'adj', role: 'adjudicate', name: 'Adjudicator' },
      ],
      reports: inventedReports(24),
    });
    browser = await launchChromium();
    mkdirSync(SHOTS, { recursive: true });
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await h?.close();
  });

  async function signIn(who: string): Promise<Page> {
    const ctx = await browser.newContext({ viewport: { width: 1360, height: 860 } });
    const page = await ctx.newPage();
    page.on('pageerror', (e) => problems.push(`${who}: ${String(e)}`));
    page.on('console', (m) => m.type() === 'error' && problems.push(`${who}: ${m.text()}`));
    page.on('request', (r) => urls.push(r.url()));
    page.on('framenavigated', (f) => urls.push(f.url()));
    await page.goto(`${h.url}/review/`);
    await page.locator('#api-key').waitFor();
    // keyboard only: the key field has focus on arrival
    await page.keyboard.type(h.keys[who]!.key);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('#who-name').textContent()).toBe(h.keys[who]!.name);
    return page;
  }

  const title = (page: Page) => page.locator('#report-title').textContent();
  const itemIdOf = (page: Page) => new URL(page.url()).hash.replace('#/item/', '').replace('#/adjudicate/', '');
  /** Waits until the report view of the item in the URL is on screen (not the one before it). */
  const onScreen = async (page: Page, previous: Set<string>): Promise<string> => {
    await expect.poll(() => itemIdOf(page)).toSatisfy((id: string) => /^itm_/.test(id) && !previous.has(id));
    const id = itemIdOf(page);
    await page.locator(`section.report-page[data-item="${id}"]`).waitFor();
    return id;
  };
  /** Presses a value key and waits for the save to be announced (the status line is emptied first). */
  const setAndWait = async (page: Page, key: string, pattern: RegExp): Promise<void> => {
    await page.evaluate("document.getElementById('live-status').textContent = ''");
    await page.keyboard.press(key);
    await expect.poll(() => page.locator('#live-status').textContent()).toMatch(pattern);
  };
  const focused = (page: Page) => page.evaluate('({ label: document.activeElement.dataset.label, value: document.activeElement.value })') as Promise<{ label: string; value: LabelValue }>;

  /** Reviews every report of the worklist from the keyboard; `correct` decides, per report, which row to change. */
  async function reviewAll(page: Page, correct: (itemId: string, n: number) => { row: number; value?: LabelValue } | null, onFirst?: () => Promise<void>): Promise<Correction[]> {
    const made: Correction[] = [];
    // the worklist table loads after sign-in; Enter before its "Review" button has focus would be lost
    await expect.poll(() => page.evaluate("document.activeElement?.matches('table.worklists button') ?? false")).toBe(true);
    await page.keyboard.press('Enter'); // the focused "Review" button of the only worklist
    const seen = new Set<string>();
    for (let n = 1; n <= 20; n++) {
      const itemId = await onScreen(page, seen);
      seen.add(itemId);
      expect(await title(page)).toBe(`Report ${n} of 20`);
      const plan = correct(itemId, n);
      if (plan) {
        for (let i = 0; i < plan.row; i++) await page.keyboard.press('ArrowDown');
        const f = await focused(page);
        const value = plan.value ?? (f.value === 'positive' ? 'negative' : 'positive');
        await setAndWait(page, KEY_FOR[value], /^Saved: .*\(correction\)$/);
        made.push({ itemId, labelId: f.label, row: plan.row, machine: f.value, value });
      }
      if (n === 1 && onFirst) await onFirst();
      await page.keyboard.press('Enter');
    }
    await expect.poll(() => page.locator('h1').first().textContent()).toBe('Reports in this worklist');
    return made;
  }

  it('runs the spot check, double review, adjudication, dashboard and gold export in the browser', async () => {
    // --- the QA lead creates the spot check in the browser ---
    const lead = await signIn('lead');
    await lead.locator('#wl-name').fill('Chest spot check');
    await lead.locator('#wl-ontology').fill('chexpert');
    await lead.locator('#wl-size').fill('20');
    await lead.locator('#wl-seed').fill('7');
    await lead.locator('#wl-reviewers').fill(`${h.keys.r1!.id} ${h.keys.r2!.id}`);
    await lead.locator('#wl-adjudicator').fill(h.keys.adj!.id);
    await lead.getByRole('button', { name: 'Create spot check' }).click();
    await expect.poll(() => lead.locator('.created .ok').textContent()).toMatch(/^Created Chest spot check: 20 reports/);
    await expect.poll(() => lead.locator('table.worklists tbody tr').count()).toBe(1);
    const wl = (await lead.locator('table.worklists tbody tr .muted').first().textContent())!;
    expect(wl).toMatch(/^wl_/);
    expect(await auditPage(lead)).toEqual([]);
    await lead.setViewportSize({ width: 1360, height: 1000 });
    await lead.screenshot({ path: join(SHOTS, 'review-worklists.png') });

    // --- reviewer 1: 20 reports by keyboard only, 5 corrections (rows 1..5 of reports 1..5) ---
    const r1 = await signIn('r1');
    const shotReport = async () => {
      // back to the first label, then Shift+Tab onto the last highlight: its tooltip shows
      await r1.keyboard.press('ArrowUp');
      await r1.keyboard.press('Shift+Tab');
      await r1.screenshot({ path: join(SHOTS, 'review-report.png') });
      expect(await auditPage(r1)).toEqual([]);
      await r1.keyboard.press('Tab');
    };
    const c1 = await reviewAll(r1, (_id, n) => (n <= 5 ? { row: n } : null), shotReport);
    expect(c1).toHaveLength(5);
    await r1.goto(`${h.url}/review/#/worklists`);
    await expect.poll(() => r1.locator('table.worklists tbody tr').first().textContent()).toContain('20 / 20');

    // --- reviewer 2: the same 20, blind; repeats 2 of reviewer 1's corrections, not the other 3 ---
    const r2 = await signIn('r2');
    const same = new Map(c1.slice(0, 2).map((c) => [c.itemId, c]));
    const c2 = await reviewAll(r2, (id) => {
      const c = same.get(id);
      return c ? { row: c.row, value: c.value } : null;
    });
    expect(c2.map((c) => `${c.itemId}/${c.labelId}=${c.value}`).sort()).toEqual(c1.slice(0, 2).map((c) => `${c.itemId}/${c.labelId}=${c.value}`).sort());

    // --- the adjudicator resolves the 3 disagreements: reviewer 1 is right twice, reviewer 2 once ---
    const adj = await signIn('adj');
    await adj.goto(`${h.url}/review/#/adjudication/${wl}`);
    await expect.poll(() => adj.locator('table.queue tbody tr').count()).toBe(3);
    const disputed = new Map(c1.slice(2).map((c) => [c.itemId, c]));
    const finals = new Map<string, LabelValue>();
    await adj.keyboard.press('Enter'); // the first queue link has focus
    const decidedItems = new Set<string>();
    for (let k = 0; k < 3; k++) {
      const id = await onScreen(adj, decidedItems);
      decidedItems.add(id);
      expect(await adj.locator('#report-title').textContent()).toMatch(/^Adjudication: report/);
      const c = disputed.get(id)!;
      expect(c).toBeDefined();
      const f = await focused(adj);
      expect(f.label).toBe(c.labelId);
      const value = finals.size < 2 ? c.value : c.machine;
      await setAndWait(adj, KEY_FOR[value], /^Saved: .*\(final\)$/);
      finals.set(`${c.itemId}/${c.labelId}`, value);
      await adj.keyboard.press('Enter');
    }
    await expect.poll(() => adj.locator('main p.ok').textContent()).toContain('Nothing to adjudicate');

    // --- the dashboard: kappa per label equals the hand computation ---
    await lead.goto(`${h.url}/review/#/dashboard/${wl}`);
    await lead.locator('table.agreement').first().waitFor();
    const items = (await (await fetch(`${h.url}/v1/review/worklists/${wl}/items?status=all&limit=50`, { headers: { authorization: `Bearer ${h.keys.r1!.key}` } })).json()) as { items: Array<{ itemId: string }> };
    expect(items.items).toHaveLength(20);
    const views = await Promise.all(items.items.map(async (it) => (await (await fetch(`${h.url}/v1/review/items/${it.itemId}`, { headers: { authorization: `Bearer ${h.keys.r1!.key}` } })).json()) as ItemView));
    const labelIds = views[0]!.labels.map((l) => l.labelId);
    const corrected1 = new Map(c1.map((c) => [`${c.itemId}/${c.labelId}`, c.value]));
    const corrected2 = new Map(c2.map((c) => [`${c.itemId}/${c.labelId}`, c.value]));
    const shown = new Map<string, string>();
    for (const row of await lead.locator('table.agreement tbody tr').all()) shown.set((await row.locator('th').textContent())!, (await row.locator('td.kappa').textContent())!);
    let checked = 0;
    for (const labelId of labelIds) {
      const machine = views.map((v) => v.labels.find((l) => l.labelId === labelId)!.machine.value);
      const a = views.map((v, i) => corrected1.get(`${v.itemId}/${labelId}`) ?? machine[i]!);
      const b = views.map((v, i) => corrected2.get(`${v.itemId}/${labelId}`) ?? machine[i]!);
      const k = handKappa(a, b);
      const name = views[0]!.labels.find((l) => l.labelId === labelId)!;
      const cell = shown.get(labelId) ?? shown.get(name.name);
      expect(cell, `kappa of ${labelId} on the dashboard`).toBeDefined();
      expect(cell).toBe(k === null ? 'n/a' : k.toFixed(2));
      if (a.some((x, i) => x !== b[i])) checked++;
    }
    expect(checked).toBe(3);
    expect(await auditPage(lead)).toEqual([]);
    // the screenshot from reviewer 1's side: the same figures plus their own speed
    await r1.goto(`${h.url}/review/#/dashboard/${wl}`);
    await r1.locator('table.agreement').first().waitFor();
    expect(await r1.locator('.card .big').first().textContent()).toMatch(/^\d+(\.\d)? s$/);
    await r1.setViewportSize({ width: 1360, height: 1640 });
    await r1.screenshot({ path: join(SHOTS, 'review-dashboard.png') });

    // --- gold: exported through the API, read by `radlabel eval` ---
    const gold = await fetch(`${h.url}/v1/review/gold?worklist=${wl}&format=csv`, { headers: { authorization: `Bearer ${h.keys.lead!.key}` } });
    expect(gold.status).toBe(200);
    const goldFile = join(h.dir, 'gold.csv');
    writeFileSync(goldFile, await gold.text());
    const pred = await fetch(`${h.url}/v1/labels?format=csv`, { headers: { authorization: `Bearer ${h.keys.lead!.key}` } });
    const predFile = join(h.dir, 'machine.csv');
    writeFileSync(predFile, await pred.text());
    const out = join(h.dir, 'eval.json');
    const res = await cli('eval', '--gold', goldFile, '--pred', predFile, '--json', out, '--bootstrap', '50');
    expect(res.code, res.err).toBe(0);
    const ev = JSON.parse(readFileSync(out, 'utf8')) as { data: { reports: number; predictions: Array<{ disagreementCount: number }> } };
    expect(ev.data.reports).toBe(20);
    // gold differs from the machine where both reviewers corrected (2) and where the adjudicator sided with the correction (2)
    expect(ev.data.predictions[0]!.disagreementCount).toBe(4);

    // --- nothing but opaque ids in any URL the browser asked for; no page errors ---
    // every path segment is a route word, an opaque id or an ontology label id; no report id anywhere
    const WORD = /^(review|v1|me|worklists|worklist|items|item|labels|accept|adjudication|adjudicate|agreement|dashboard|gold|pages|[a-z-]+\.(js|css|html)|(wl|itm)_[0-9a-f]+)$/;
    for (const u of urls) {
      const p = new URL(u);
      expect(u).not.toMatch(/e2e-\d/);
      for (const seg of [...p.pathname.split('/'), ...p.hash.replace(/^#/, '').split('/')].filter(Boolean)) {
        expect(WORD.test(seg) || labelIds.includes(decodeURIComponent(seg)), `${seg} in ${p.pathname}${p.hash}`).toBe(true);
      }
      for (const [k, v] of p.searchParams) expect(`${k}=${v}`).toMatch(/^(cursor=[A-Za-z0-9_-]+|limit=\d+|status=(todo|done|all)|worklist=wl_[0-9a-f]+|format=(csv|jsonl))$/);
    }
    expect(problems).toEqual([]);

    // The README's screenshots are refreshed only when asked, so a test run leaves the checkout clean.
    const update = process.env.RADLABEL_UPDATE_SCREENSHOTS === '1';
    if (update) mkdirSync(IMAGES, { recursive: true });
    for (const f of ['review-worklists.png', 'review-report.png', 'review-dashboard.png']) {
      expect(statSync(join(SHOTS, f)).size).toBeGreaterThan(10_000);
      if (update) copyFileSync(join(SHOTS, f), join(IMAGES, f));
    }
  }, 300_000);
});
