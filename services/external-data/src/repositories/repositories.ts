/**
 * State every worker must share: answers cached with an expiry, one circuit breaker per upstream,
 * and counted rate-limit windows. The SQL implementations are beside this file; the services'
 * tests use in-memory ones.
 */
export interface CacheRepository {
  /** The value stored under `key`, unless it expired at `now`. */
  get(key: string, now: number): Promise<string | undefined>;
  put(key: string, value: string, expiresAt: number): Promise<void>;
  /** Removes entries expired at `now`. */
  sweep(now: number): Promise<void>;
  ping(): Promise<void>;
}

export interface BreakerRepository {
  /** The time the upstream's circuit stays open until (0: closed). */
  openUntil(name: string): Promise<number>;
  /** Resets the failure count of the upstream. */
  succeeded(name: string): Promise<void>;
  /** Counts a failure; at `threshold` failures in a row the circuit is open until `openUntil`. */
  failed(name: string, threshold: number, openUntil: number): Promise<void>;
}

export interface RateLimitRepository {
  /**
   * Counts one request for `key` at `now` in its open window (opened by the key's first request and
   * lasting `windowMs`); a request after the window has passed opens a new one at `now`.
   */
  increment(key: string, now: number, windowMs: number): Promise<{ count: number; windowStart: number }>;
  /** Removes windows that started at or before `before`, which have all passed. */
  sweep(before: number): Promise<void>;
}
