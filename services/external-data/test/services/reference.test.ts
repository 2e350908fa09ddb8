import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DatamuseUnavailable, LookupUnavailable } from '../../src/errors.js';
import { ReferenceService } from '../../src/services/reference.js';
import { type Fake, fakeReference, type Mode } from '../fakes.js';
import { MemoryBreakers, MemoryCache } from './memory.js';

const total = (fake: Fake) => Object.values(fake.hits).reduce((a, b) => a + b, 0);

describe('reference look-ups (rules, in-memory repositories, a local upstream)', () => {
  const modes: Record<'wikipedia' | 'wiktionary' | 'datamuse', Mode> = {
    wikipedia: 'ok',
    wiktionary: 'ok',
    datamuse: 'ok',
  };
  let upstream: Fake;
  let now = 1_000_000;
  const cache = new MemoryCache();
  const breakers = new MemoryBreakers();
  let reference: ReferenceService;

  beforeAll(async () => {
    upstream = await fakeReference(modes);
    reference = new ReferenceService(
      {
        urls: {
          wikipedia: `${upstream.url}/wikipedia`,
          wiktionary: `${upstream.url}/wiktionary`,
          datamuse: `${upstream.url}/datamuse`,
        },
        timeoutMs: 2_000,
        cacheTtlMs: 60_000,
        userAgent: 'test',
        breaker: { threshold: 2, cooldownMs: 30_000 },
      },
      cache,
      breakers,
      () => now,
      0,
    );
  });
  afterAll(async () => {
    await upstream?.close();
  });

  it('caches answers (misses too) for their time to live', async () => {
    const first = await reference.lookup('Moby Dick');
    expect(first.encyclopedia?.source).toBe('Wikipedia');
    const calls = total(upstream);
    expect(await reference.lookup('Moby Dick')).toEqual(first);
    expect(await reference.lookup('nonexistent thing')).toMatchObject({
      encyclopedia: null,
      dictionary: null,
    });
    const misses = total(upstream);
    expect(misses).toBe(calls + 2);
    expect(await reference.lookup('nonexistent thing')).toMatchObject({ encyclopedia: null });
    expect(total(upstream)).toBe(misses);
    now += 60_001;
    await reference.lookup('Moby Dick');
    expect(total(upstream)).toBe(misses + 2);
  });

  it('keeps one part when one upstream fails, and refuses when both do', async () => {
    modes.wikipedia = 'fail';
    const half = await reference.lookup('whale');
    expect(half.encyclopedia).toBeNull();
    expect(half.unavailable).toEqual({ wikipedia: 'wikipedia_unavailable' });
    modes.wiktionary = 'fail';
    await expect(reference.lookup('harpoon')).rejects.toMatchObject({ code: LookupUnavailable.code });
    modes.wikipedia = 'ok';
    modes.wiktionary = 'ok';
  });

  it('opens the breaker after the threshold and skips the upstream until the cool-down ends', async () => {
    modes.datamuse = 'fail';
    await expect(reference.thesaurus('sea', 'means-like', 5)).rejects.toMatchObject({
      code: DatamuseUnavailable.code,
    });
    await expect(reference.thesaurus('sky', 'means-like', 5)).rejects.toMatchObject({
      code: DatamuseUnavailable.code,
    });
    modes.datamuse = 'ok';
    const calls = total(upstream);
    await expect(reference.thesaurus('land', 'means-like', 5)).rejects.toMatchObject({
      code: DatamuseUnavailable.code,
      message: /circuit open/,
    });
    expect(total(upstream)).toBe(calls);
    now += 30_001;
    expect((await reference.thesaurus('land', 'means-like', 5)).words.length).toBeGreaterThan(0);
    expect(await breakers.openUntil('datamuse')).toBe(0);
  });

  it('reports a cached answer of another shape as a corrupt row, naming its key', async () => {
    const cached = (key: string, value: unknown) => cache.put(key, JSON.stringify(value), now + 60_000);
    await cached('wikipedia:summary:emma', {
      title: 'Emma',
      summary: 7,
      source: 'Wikipedia',
      sourceUrl: 'https://w',
    });
    await expect(reference.encyclopedia('Emma')).rejects.toThrow(
      /corrupt stored value in cache_entries\.value of wikipedia:summary:emma: \/summary/,
    );
    await cached('datamuse:ml:5:tide', [{ word: 'ebb' }]);
    await expect(reference.thesaurus('tide', 'means-like', 5)).rejects.toThrow(
      /cache_entries\.value of datamuse:ml:5:tide: \/0\/score/,
    );
    // A cached miss is null, as it always was.
    await cached('wiktionary:definition:zzz', null);
    expect(await reference.dictionary('zzz')).toBeNull();
  });
});
