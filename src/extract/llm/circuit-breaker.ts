/**
 * Circuit breaker for one provider endpoint: after `threshold` consecutive provider faults it opens
 * for `cooldownMs` (calls fail fast), then lets one probe through; a success closes it again.
 */
export class CircuitBreaker {
  private consecutive = 0;
  private openUntil = 0;
  private probing = false;

  constructor(
    private readonly threshold: number,
    private readonly cooldownMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  /** Whether a call may go out now. In half-open state only one probe at a time passes. */
  tryPass(): boolean {
    if (this.consecutive < this.threshold) return true;
    if (this.now() < this.openUntil || this.probing) return false;
    this.probing = true;
    return true;
  }

  onSuccess(): void {
    this.consecutive = 0;
    this.probing = false;
  }

  onFault(): void {
    this.consecutive++;
    if (this.consecutive >= this.threshold) {
      this.openUntil = this.now() + this.cooldownMs;
      this.probing = false;
    }
  }

  /** An attempt ended without telling anything about the provider (e.g. bad JSON): release a probe. */
  onNeutral(): void {
    this.probing = false;
  }

  get state(): 'closed' | 'open' | 'half-open' {
    if (this.consecutive < this.threshold) return 'closed';
    return this.now() < this.openUntil ? 'open' : 'half-open';
  }
}
