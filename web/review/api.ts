import type {
  Accepted,
  AdjudicationPage,
  AgreementFigures,
  CreateWorklistBody,
  CreatedWorklist,
  Dashboard,
  ItemPage,
  ItemView,
  LabelValue,
  Me,
  Problem,
  SavedLabel,
  WorklistSummary,
} from './api-types.js';

const KEY_SLOT = 'radlabel.review.key';
const ME_SLOT = 'radlabel.review.me';

/** An HTTP failure carrying the service's problem code; the message never holds report text. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string | undefined,
    message: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

/** The API key lives in sessionStorage only: it dies with the tab and is never put in a URL. */
export const session = {
  key: (): string | null => sessionStorage.getItem(KEY_SLOT),
  set: (key: string): void => sessionStorage.setItem(KEY_SLOT, key),
  clear: (): void => {
    sessionStorage.removeItem(KEY_SLOT);
    sessionStorage.removeItem(ME_SLOT);
  },
  /**
   * Who the key belongs to, remembered for the tab so a reload renders without waiting for
   * `/v1/review/me` first; the server still checks the key on every call, so a stale role only
   * changes which links are shown.
   */
  me: (): Me | null => {
    try {
      const raw = sessionStorage.getItem(ME_SLOT);
      return raw ? (JSON.parse(raw) as Me) : null;
    } catch {
      return null;
    }
  },
  setMe: (me: Me): void => sessionStorage.setItem(ME_SLOT, JSON.stringify(me)),
};

async function call<T>(method: string, path: string, body?: unknown, key = session.key()): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (key) headers.authorization = `Bearer ${key}`;
  if (body !== undefined) headers['content-type'] = 'application/json';
  const res = await fetch(path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body), cache: 'no-store' });
  if (!res.ok) {
    let p: Partial<Problem> = {};
    try {
      p = (await res.json()) as Problem;
    } catch {
      // a proxy's HTML error page: the status alone is reported
    }
    throw new ApiError(res.status, p.code, p.detail ?? p.title ?? `HTTP ${res.status}`);
  }
  return (await res.json()) as T;
}

const q = (params: Record<string, string | number | null | undefined>): string => {
  const u = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== null && v !== undefined && v !== '') u.set(k, String(v));
  const s = u.toString();
  return s ? `?${s}` : '';
};
const seg = encodeURIComponent;

/** Typed calls of the review API (one per route of the contract). */
export const api = {
  me: (key?: string) => call<Me>('GET', '/v1/review/me', undefined, key ?? session.key()),
  worklists: () => call<{ worklists: WorklistSummary[] }>('GET', '/v1/review/worklists'),
  createWorklist: (body: CreateWorklistBody) => call<CreatedWorklist>('POST', '/v1/review/worklists', body),
  items: (wl: string, opts: { cursor?: string | null; limit?: number; status?: 'todo' | 'done' | 'all' } = {}) =>
    call<ItemPage>('GET', `/v1/review/worklists/${seg(wl)}/items${q({ cursor: opts.cursor, limit: opts.limit ?? 50, status: opts.status ?? 'all' })}`),
  item: (itm: string) => call<ItemView>('GET', `/v1/review/items/${seg(itm)}`),
  setLabel: (itm: string, labelId: string, value: LabelValue, reason?: string) =>
    call<SavedLabel>('PUT', `/v1/review/items/${seg(itm)}/labels/${seg(labelId)}`, reason ? { value, reason } : { value }),
  accept: (itm: string) => call<Accepted>('POST', `/v1/review/items/${seg(itm)}/accept`, {}),
  adjudicationQueue: (wl?: string, cursor?: string | null) => call<AdjudicationPage>('GET', `/v1/review/adjudication${q({ worklist: wl, cursor })}`),
  adjudicationItem: (itm: string) => call<ItemView>('GET', `/v1/review/adjudication/${seg(itm)}`),
  adjudicate: (itm: string, labelId: string, value: LabelValue, reason?: string) =>
    call<SavedLabel>('PUT', `/v1/review/adjudication/${seg(itm)}/labels/${seg(labelId)}`, reason ? { value, reason } : { value }),
  agreement: (wl: string) => call<AgreementFigures>('GET', `/v1/review/worklists/${seg(wl)}/agreement`),
  dashboard: (wl?: string) => call<Dashboard>('GET', `/v1/review/dashboard${q({ worklist: wl })}`),
};
