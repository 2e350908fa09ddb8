import type { RateLimitRepository } from '../repositories/repositories.js';

export interface Verdict {
  allowed: boolean;
  retryAfterSeconds: number;
  remaining: number;
}

/** Fixed one-minute windows per key, counted in the database so that every worker shares them. */
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
    const window = now - (now % 60_000);
    const count = await this.limits.increment(key, window);
    // Old windows are swept now and then, by whichever worker happens to count.
    if (Math.random() < this.sweepChance) await this.limits.sweep(window);
    return {
      allowed: count <= this.perMinute,
      retryAfterSeconds: Math.max(1, Math.ceil((window + 60_000 - now) / 1000)),
      remaining: Math.max(0, this.perMinute - count),
    };
  }
}
