/** The shared-state repositories in memory, for the services' rule tests. */
import type {
  BreakerRepository,
  CacheRepository,
  RateLimitRepository,
} from '../../src/repositories/repositories.js';

export class MemoryCache implements CacheRepository {
  readonly entries = new Map<string, { value: string; expiresAt: number }>();
  async get(key: string, now: number) {
    const entry = this.entries.get(key);
    return entry && entry.expiresAt > now ? entry.value : undefined;
  }
  async put(key: string, value: string, expiresAt: number) {
    this.entries.set(key, { value, expiresAt });
  }
  async sweep(now: number) {
    for (const [key, entry] of this.entries) if (entry.expiresAt <= now) this.entries.delete(key);
  }
  async ping() {}
}

export class MemoryBreakers implements BreakerRepository {
  readonly state = new Map<string, { failures: number; openUntil: number }>();
  async openUntil(name: string) {
    return this.state.get(name)?.openUntil ?? 0;
  }
  async succeeded(name: string) {
    this.state.set(name, { failures: 0, openUntil: 0 });
  }
  async failed(name: string, threshold: number, openUntil: number) {
    const current = this.state.get(name) ?? { failures: 0, openUntil: 0 };
    const failures = current.failures + 1;
    this.state.set(name, { failures, openUntil: failures >= threshold ? openUntil : current.openUntil });
  }
}

export class MemoryRateLimits implements RateLimitRepository {
  readonly windows = new Map<string, { start: number; count: number }>();
  async increment(key: string, now: number, windowMs: number) {
    const current = this.windows.get(key);
    const open = current !== undefined && current.start > now - windowMs;
    const window = open ? { start: current.start, count: current.count + 1 } : { start: now, count: 1 };
    this.windows.set(key, window);
    return { count: window.count, windowStart: window.start };
  }
  async sweep(before: number) {
    for (const [key, w] of this.windows) if (w.start <= before) this.windows.delete(key);
  }
}
