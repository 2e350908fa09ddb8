import { describe, expect, it } from 'vitest';
import { RateLimitService } from '../../src/services/limits.js';
import { MemoryRateLimits } from './memory.js';

describe('the rate limit (rules, in-memory repository)', () => {
  it('allows so many requests per key and minute, then says when the window ends', async () => {
    let now = 60_000 * 10 + 45_000;
    const limits = new RateLimitService(new MemoryRateLimits(), 3, () => now, 0);
    const verdicts = [];
    for (let i = 0; i < 4; i++) {
      verdicts.push(await limits.hit('user:a'));
      now += 5_000;
    }
    expect(verdicts.map((v) => [v.allowed, v.remaining])).toEqual([
      [true, 2],
      [true, 1],
      [true, 0],
      [false, 0],
    ]);
    // The window opened at the first request (45 s past a clock minute) and lasts a minute.
    expect(verdicts[3]?.retryAfterSeconds).toBe(45);
    expect((await limits.hit('user:b')).allowed).toBe(true);
    now += 45_000;
    expect(await limits.hit('user:a')).toMatchObject({ allowed: true, remaining: 2 });
  });

  it('counts requests a second apart in one window even when a clock minute turns between them', async () => {
    let now = 60_000 * 10 + 59_500;
    const limits = new RateLimitService(new MemoryRateLimits(), 2, () => now, 0);
    expect((await limits.hit('user:a')).allowed).toBe(true);
    expect((await limits.hit('user:a')).allowed).toBe(true);
    now += 1_000;
    const third = await limits.hit('user:a');
    expect(third).toMatchObject({ allowed: false, remaining: 0 });
    expect(third.retryAfterSeconds).toBe(59);
  });
});
