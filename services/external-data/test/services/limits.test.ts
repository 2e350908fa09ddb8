import { describe, expect, it } from 'vitest';
import { RateLimitService } from '../../src/services/limits.js';
import { MemoryRateLimits } from './memory.js';

describe('the rate limit (rules, in-memory repository)', () => {
  it('allows so many requests per key and minute, then says when the next window opens', async () => {
    let now = 60_000 * 10 + 45_000;
    const limits = new RateLimitService(new MemoryRateLimits(), 3, () => now, 0);
    const verdicts = [];
    for (let i = 0; i < 4; i++) verdicts.push(await limits.hit('user:a'));
    expect(verdicts.map((v) => [v.allowed, v.remaining])).toEqual([
      [true, 2],
      [true, 1],
      [true, 0],
      [false, 0],
    ]);
    expect(verdicts[3]?.retryAfterSeconds).toBe(15);
    expect((await limits.hit('user:b')).allowed).toBe(true);
    now += 15_000;
    expect(await limits.hit('user:a')).toMatchObject({ allowed: true, remaining: 2 });
  });
});
