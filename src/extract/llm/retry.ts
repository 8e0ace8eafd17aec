/** Backoff policy for LLM calls. */
export interface BackoffPolicy {
  baseMs: number;
  maxMs: number;
}

/**
 * Delay before attempt `attempt + 1` (attempt counts from 0): full-jitter exponential backoff, or
 * the server's `retry-after` when it gave one (plus a little jitter so waiters do not stampede).
 */
export function backoffDelay(policy: BackoffPolicy, attempt: number, retryAfterMs?: number, random = Math.random): number {
  if (retryAfterMs !== undefined) return Math.min(policy.maxMs, retryAfterMs + random() * Math.min(250, policy.baseMs));
  const ceiling = Math.min(policy.maxMs, policy.baseMs * 2 ** attempt);
  return Math.round(ceiling / 2 + (random() * ceiling) / 2);
}

export function sleep(ms: number): Promise<void> {
  return ms <= 0 ? Promise.resolve() : new Promise((r) => setTimeout(r, ms));
}
