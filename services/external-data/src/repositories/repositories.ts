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
  /** Counts one request for `key` in the window starting at `windowStart`: the count so far. */
  increment(key: string, windowStart: number): Promise<number>;
  /** Removes windows that started before `windowStart`. */
  sweep(windowStart: number): Promise<void>;
}
