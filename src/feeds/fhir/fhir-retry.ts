import { RadlabelError } from '../../errors/index.js';

/** Retry policy for FHIR server calls. */
export interface RetryPolicy {
  /** Retries after the first attempt. Default 5. */
  retries: number;
  /** First backoff; doubles per attempt, with jitter. Default 500 ms. */
  baseMs: number;
  /** Longest single wait (also caps a server's Retry-After). Default 30 s. */
  maxMs: number;
}

export const DEFAULT_RETRY: RetryPolicy = { retries: 5, baseMs: 500, maxMs: 30_000 };

/** The status of a failed HTTP call: fhir-kit-client's `error.response.status`, or ours. */
export function statusOf(e: unknown): number | undefined {
  const s = (e as { response?: { status?: unknown } } | undefined)?.response?.status;
  return typeof s === 'number' ? s : undefined;
}

function retryAfterOf(e: unknown): string | null | undefined {
  const h = (e as { config?: { headers?: Headers } } | undefined)?.config?.headers;
  return h && typeof h.get === 'function' ? h.get('retry-after') : undefined;
}

/** 429, 5xx and failures without a response (connection refused / reset, DNS, timeout) are transient. */
export function isTransient(e: unknown): boolean {
  const s = statusOf(e);
  return s === undefined ? !(e instanceof RadlabelError) : s === 429 || s === 408 || s >= 500;
}

/** Delay before retry `attempt` (0-based): the server's Retry-After when given, else jittered exponential. */
export function backoffMs(attempt: number, policy: RetryPolicy, retryAfter?: string | null, now = Date.now(), random = Math.random): number {
  if (retryAfter) {
    const secs = Number(retryAfter);
    const ms = Number.isFinite(secs) ? secs * 1000 : Date.parse(retryAfter) - now;
    if (Number.isFinite(ms)) return Math.min(policy.maxMs, Math.max(0, ms));
  }
  const exp = Math.min(policy.maxMs, policy.baseMs * 2 ** attempt);
  return exp / 2 + (random() * exp) / 2;
}

/**
 * Runs a FHIR call, retrying transient failures with backoff. A 401 / 403 becomes `FHIR_AUTH`;
 * anything still failing becomes `FHIR_SERVER` (retriable when the last failure was transient), named
 * by `what` (never a URL with query values, which may carry identifiers).
 */
export async function withFhirRetry<T>(what: string, fn: () => Promise<T>, policy: RetryPolicy = DEFAULT_RETRY, sleep = defaultSleep): Promise<T> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await fn();
    } catch (e) {
      if (e instanceof RadlabelError) throw e;
      const status = statusOf(e);
      if (status === 401 || status === 403) {
        throw new RadlabelError('FHIR_AUTH', `${what}: the FHIR server answered ${status}`, { cause: e });
      }
      if (!isTransient(e) || attempt >= policy.retries) {
        const why = status === undefined ? `could not reach the server (${(e as Error).name})` : `the server answered ${status}`;
        throw new RadlabelError('FHIR_SERVER', `${what}: ${why} after ${attempt + 1} attempt(s)`, { retriable: isTransient(e), cause: e });
      }
      await sleep(backoffMs(attempt, policy, retryAfterOf(e)));
    }
  }
}

const defaultSleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

/** An error shaped like fhir-kit-client's, for calls made with plain fetch (token endpoint, write-back). */
export function httpError(status: number, headers: Headers, what: string): Error {
  return Object.assign(new Error(`HTTP ${status}: ${what}`), { response: { status }, config: { headers } });
}
