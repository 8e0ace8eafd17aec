import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseRoute, routeHash, type Route } from '../../web/review/route.js';

describe('workbench routes', () => {
  it('round-trips every page with opaque ids', () => {
    const routes: Route[] = [
      { page: 'login' },
      { page: 'worklists' },
      { page: 'worklist', worklistId: 'wl_a1B2' },
      { page: 'item', itemId: 'itm_0f3c9a' },
      { page: 'adjudication' },
      { page: 'adjudication', worklistId: 'wl_x' },
      { page: 'adjudicate', itemId: 'itm_y' },
      { page: 'dashboard' },
      { page: 'dashboard', worklistId: 'wl_z-9' },
    ];
    for (const r of routes) expect(parseRoute(routeHash(r))).toEqual(r);
  });

  it('never routes to an id that is not opaque (report ids, accessions, names in a pasted URL)', () => {
    for (const bad of ['#/item/ACC12345', '#/item/r-17', '#/item/itm_', '#/item/itm_a b', '#/item/itm_%20x', '#/worklist/John%20Smith', '#/item/itm_a/extra', '#/dashboard/acc_1']) {
      const r = parseRoute(bad);
      expect(JSON.stringify(r)).not.toMatch(/ACC|r-17|John|acc_1|%20/);
      expect(['worklists', 'adjudication', 'dashboard']).toContain(r.page);
    }
  });

  it('for any hash, the parsed route carries only ids of the form wl_… / itm_…', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 80 }), (s) => {
        const r = parseRoute(`#/${s}`) as Record<string, string>;
        for (const k of ['worklistId', 'itemId']) if (r[k] !== undefined) expect(r[k]).toMatch(/^(wl|itm)_[A-Za-z0-9_-]+$/);
      }),
    );
  });
});
