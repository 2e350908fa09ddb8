import type { RateLimitRepository } from '../repositories/repositories.js';

const WINDOW_MS = 60_000;

export interface Verdict {
  allowed: boolean;
  retryAfterSeconds: number;
  remaining: number;
}

/**
 * One-minute windows per key, each opened by the key's first request (not by the clock, so two
 * requests a second apart never fall into two windows and double the allowance), counted in the
 * database so that every worker shares them.
 */
export class RateLimitService {
  constructor(
    private readonly limits: RateLimitRepository,
    private readonly perMinute: number,
    private readonly now: () => number = Date.now,
    private readonly sweepChance = 0.01,
  ) {}

  /** Counts one request; answers whether it is allowed and, if not, seconds until the next window. */
  async hit(key: string): Promise<Verdict> {
    const now = this.now();
    const { count, windowStart } = await this.limits.increment(key, now, WINDOW_MS);
    // Passed windows are swept now and then, by whichever worker happens to count.
    if (Math.random() < this.sweepChance) await this.limits.sweep(now - WINDOW_MS);
    return {
      allowed: count <= this.perMinute,
      retryAfterSeconds: Math.max(1, Math.ceil((windowStart + WINDOW_MS - now) / 1000)),
      remaining: Math.max(0, this.perMinute - count),
    };
  }
}
