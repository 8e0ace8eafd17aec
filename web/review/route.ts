/** The pages of the workbench. Only opaque ids (`wl_…`, `itm_…`) ever appear in a route: no PHI in URLs. */
export type Route =
  | { page: 'login' }
  | { page: 'worklists' }
  | { page: 'worklist'; worklistId: string }
  | { page: 'item'; itemId: string }
  | { page: 'adjudication'; worklistId?: string }
  | { page: 'adjudicate'; itemId: string }
  | { page: 'dashboard'; worklistId?: string };

const OPAQUE = { wl: /^wl_[A-Za-z0-9_-]{1,64}$/, itm: /^itm_[A-Za-z0-9_-]{1,64}$/ };

/**
 * Reads a location hash. Anything that is not a known page with a well-formed opaque id falls back
 * to the worklists, so a pasted URL carrying an accession or a name is never fetched or echoed.
 */
export function parseRoute(hash: string): Route {
  const parts = hash.replace(/^#\/?/, '').split('/').filter(Boolean);
  const [page, id] = parts;
  if (parts.length > 2) return { page: 'worklists' };
  switch (page) {
    case 'login':
      return { page: 'login' };
    case 'worklist':
      return id && OPAQUE.wl.test(id) ? { page: 'worklist', worklistId: id } : { page: 'worklists' };
    case 'item':
      return id && OPAQUE.itm.test(id) ? { page: 'item', itemId: id } : { page: 'worklists' };
    case 'adjudicate':
      return id && OPAQUE.itm.test(id) ? { page: 'adjudicate', itemId: id } : { page: 'adjudication' };
    case 'adjudication':
      return id && OPAQUE.wl.test(id) ? { page: 'adjudication', worklistId: id } : { page: 'adjudication' };
    case 'dashboard':
      return id && OPAQUE.wl.test(id) ? { page: 'dashboard', worklistId: id } : { page: 'dashboard' };
    default:
      return { page: 'worklists' };
  }
}

/** The hash of a route (the inverse of {@link parseRoute}). */
export function routeHash(r: Route): string {
  switch (r.page) {
    case 'login':
    case 'worklists':
      return `#/${r.page}`;
    case 'worklist':
      return `#/worklist/${r.worklistId}`;
    case 'item':
    case 'adjudicate':
      return `#/${r.page}/${r.itemId}`;
    case 'adjudication':
    case 'dashboard':
      return r.worklistId ? `#/${r.page}/${r.worklistId}` : `#/${r.page}`;
  }
}
