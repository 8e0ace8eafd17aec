/** What the shared counter answers to a lease request: tokens granted, the window's count after it, and the window's remaining time. */
export interface LeaseGrant {
  /** Tokens granted, 0 … `want`; 0 when the window's budget is spent. */
  granted: number;
  /** Tokens handed out in the window so far, all processes together (after this grant). */
  used: number;
  /** Milliseconds left in the window. */
  ttlMs: number;
}

/** The shared side: atomically grants up to `want` tokens of a fixed window of `windowMs` holding `max`, never more than `max` in all. */
export type LeaseFn = (key: string, want: number, max: number, windowMs: number) => Promise<LeaseGrant>;

/** What one request is told: the count it is charged as, and the window's remaining time (fastify rate-limit's store result). */
export interface BudgetAnswer {
  current: number;
  ttl: number;
}

/**
 * Share of the budget one lease may take at most. A process holding unspent tokens at the end of
 * a window leaves them unused, so a key may be refused at most `processes × max / LEASE_SHARE`
 * requests early in a window; the budget is never exceeded.
 */
export const LEASE_SHARE = 20;
/** Largest lease, however large the budget: processes still meet in Redis every this many requests. */
export const MAX_LEASE = 1000;

interface KeyState {
  /** Local end of the window (never later than the shared one: taken from the time the lease was asked). */
  windowEnd: number;
  tokens: number;
  used: number;
  exhausted: boolean;
  /** Size of the next lease: doubles while a key keeps spending its leases within the window. */
  next: number;
  pending?: Promise<void>;
}

/**
 * A per-process view of a fixed-window budget kept in a shared counter (Redis): tokens are leased
 * from the counter in blocks and spent locally, so a busy key costs one round trip per block
 * instead of one per request. A lease starts at one token in each window and doubles while the
 * key keeps using them up, up to `max / LEASE_SHARE` (so small budgets stay exact request by request).
 * Concurrent requests of a key share one lease in flight. Guarantee: across every process the
 * requests allowed in a window never exceed `max`, because the counter grants no more than that and
 * a token is spent once in the window it was granted for.
 */
export class LeasedBudget {
  private readonly keys = new Map<string, KeyState>();

  constructor(
    private readonly lease: LeaseFn,
    private readonly now: () => number = Date.now,
  ) {}

  /** Charges one request to `key`; answers `current > max` when the window's budget is spent. A failing counter rejects. */
  async take(key: string, max: number, windowMs: number): Promise<BudgetAnswer> {
    for (;;) {
      const s = this.state(key);
      const ttl = Math.max(0, s.windowEnd - this.now());
      if (s.tokens > 0) {
        s.tokens--;
        return { current: s.used - s.tokens, ttl };
      }
      if (s.exhausted) return { current: max + 1, ttl };
      s.pending ??= this.refill(key, s, max, windowMs).finally(() => {
        s.pending = undefined;
      });
      await s.pending;
    }
  }

  /** Keys currently tracked (for tests and bounded memory). */
  get size(): number {
    return this.keys.size;
  }

  private state(key: string): KeyState {
    const t = this.now();
    let s = this.keys.get(key);
    if (s && t >= s.windowEnd && !s.pending) {
      // The window is over: tokens left from it are worth nothing in the next one.
      Object.assign(s, { windowEnd: 0, tokens: 0, used: 0, exhausted: false, next: 1 });
    }
    if (!s) {
      if (this.keys.size >= 10_000) this.forgetEnded(t);
      s = { windowEnd: 0, tokens: 0, used: 0, exhausted: false, next: 1 };
      this.keys.set(key, s);
    }
    return s;
  }

  private async refill(key: string, s: KeyState, max: number, windowMs: number): Promise<void> {
    const cap = Math.max(1, Math.min(MAX_LEASE, Math.floor(max / LEASE_SHARE)));
    const want = Math.min(cap, s.next);
    const askedAt = this.now();
    const g = await this.lease(key, want, max, windowMs);
    s.windowEnd = askedAt + g.ttlMs;
    s.used = g.used;
    s.tokens = g.granted;
    s.exhausted = g.granted === 0;
    s.next = Math.min(cap, want * 2);
  }

  private forgetEnded(t: number): void {
    for (const [k, s] of this.keys) if (t >= s.windowEnd && !s.pending) this.keys.delete(k);
  }
}
