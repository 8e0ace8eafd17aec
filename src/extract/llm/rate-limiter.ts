import { sleep } from './retry.js';

/** Continuous-refill bucket holding at most one minute's allowance. */
class MinuteBucket {
  private tokens: number;
  private last: number;
  constructor(private readonly perMinute: number, private readonly now: () => number) {
    this.tokens = perMinute;
    this.last = now();
  }
  private refill(): void {
    const t = this.now();
    this.tokens = Math.min(this.perMinute, this.tokens + ((t - this.last) * this.perMinute) / 60_000);
    this.last = t;
  }
  /** Ms until `n` tokens are available (0 = now). Requests larger than the bucket wait for a full one. */
  waitFor(n: number): number {
    this.refill();
    const need = Math.min(n, this.perMinute);
    return this.tokens >= need ? 0 : Math.ceil(((need - this.tokens) * 60_000) / this.perMinute);
  }
  take(n: number): void {
    this.tokens -= Math.min(n, this.perMinute);
  }
}

/**
 * Per-provider limits: at most `concurrency` requests in flight, `rpm` requests and `tpm` tokens
 * per minute. Waiters are served in arrival order.
 */
export class RateLimiter {
  private active = 0;
  private readonly waiting: Array<() => void> = [];
  private readonly rpm?: MinuteBucket;
  private readonly tpm?: MinuteBucket;
  private gate: Promise<void> = Promise.resolve();

  constructor(
    private readonly concurrency: number,
    limits: { rpm?: number; tpm?: number } = {},
    now: () => number = Date.now,
  ) {
    if (limits.rpm) this.rpm = new MinuteBucket(limits.rpm, now);
    if (limits.tpm) this.tpm = new MinuteBucket(limits.tpm, now);
  }

  /** Waits for a slot and for the minute budgets; resolves with the release function. */
  async acquire(tokens: number): Promise<() => void> {
    if (this.active >= this.concurrency) await new Promise<void>((r) => this.waiting.push(r));
    else this.active++;
    if (this.rpm || this.tpm) {
      // Budgets are taken one waiter at a time so the order of arrival is kept.
      const turn = this.gate.then(() => this.takeBudget(tokens));
      this.gate = turn.catch(() => undefined);
      await turn;
    }
    let released = false;
    return () => {
      if (released) return;
      released = true;
      const next = this.waiting.shift();
      if (next) next();
      else this.active--;
    };
  }

  private async takeBudget(tokens: number): Promise<void> {
    for (;;) {
      const wait = Math.max(this.rpm?.waitFor(1) ?? 0, this.tpm?.waitFor(tokens) ?? 0);
      if (wait === 0) break;
      await sleep(wait);
    }
    this.rpm?.take(1);
    this.tpm?.take(tokens);
  }

  get inFlight(): number {
    return this.active;
  }
}

const shared = new Map<string, RateLimiter>();

/**
 * The limiter of one provider endpoint and model, shared by every extractor in the process that
 * uses the same endpoint with the same limits (so two runs in one worker do not double the rate).
 */
export function sharedRateLimiter(endpoint: string, concurrency: number, limits: { rpm?: number; tpm?: number }): RateLimiter {
  const key = `${endpoint}|c${concurrency}|r${limits.rpm ?? '-'}|t${limits.tpm ?? '-'}`;
  let l = shared.get(key);
  if (!l) {
    l = new RateLimiter(concurrency, limits);
    shared.set(key, l);
  }
  return l;
}
