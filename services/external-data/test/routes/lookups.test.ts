import type { GeorgeInstance } from '@george/runtime';
import { createTestDatabase, TEST_DIALECTS, TEST_TOKEN, type TestDatabase } from '@george/runtime/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp, service } from '../../src/app.js';
import { type Fake, fakeReference, type Mode } from '../fakes.js';

describe.each(TEST_DIALECTS)('reference look-ups on %s', (dialect) => {
  const modes: Record<'wikipedia' | 'wiktionary' | 'datamuse', Mode> = {
    wikipedia: 'ok',
    wiktionary: 'ok',
    datamuse: 'ok',
  };
  let upstream: Fake;
  let db: TestDatabase;
  let env: NodeJS.ProcessEnv;
  let app: GeorgeInstance;
  let second: GeorgeInstance;
  const get = (a: GeorgeInstance, url: string, user = 'reader') =>
    a.inject({ url, headers: { 'x-internal-token': TEST_TOKEN, 'x-user-id': user } });

  beforeAll(async () => {
    upstream = await fakeReference(modes);
    db = await createTestDatabase(dialect);
    env = {
      ...db.env,
      INTERNAL_SERVICE_TOKEN: TEST_TOKEN,
      LOG_LEVEL: 'silent',
      WIKIPEDIA_API_URL: `${upstream.url}/wikipedia`,
      WIKTIONARY_API_URL: `${upstream.url}/wiktionary`,
      DATAMUSE_API_URL: `${upstream.url}/datamuse`,
      BREAKER_THRESHOLD: '2',
      BREAKER_COOLDOWN_MS: '60000',
      // Long enough for a first call on a loaded machine, short of the slow upstream's 5 s.
      UPSTREAM_TIMEOUT_MS: '2000',
      RATE_LIMIT_PER_MINUTE: '1000',
    };
    await service.prestart?.(env);
    app = await buildApp(env);
    // A second instance on the same database stands for another worker.
    second = await buildApp(env);
  });
  afterAll(async () => {
    await app?.close();
    await second?.close();
    await upstream?.close();
    await db?.cleanup();
  });

  it('answers an encyclopedia summary and a dictionary definition, each with its source', async () => {
    const res = await get(app, '/lookup?q=Moby%20Dick');
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({
      query: 'Moby Dick',
      encyclopedia: {
        title: 'Moby Dick',
        summary: 'Moby Dick is a topic with a summary on Wikipedia.',
        source: 'Wikipedia',
        sourceUrl: 'https://en.wikipedia.org/wiki/Moby_Dick',
      },
      dictionary: {
        term: 'Moby Dick',
        senses: [
          { partOfSpeech: 'Noun', definitions: ['A large marine mammal & the subject of Moby_Dick.'] },
        ],
        source: 'Wiktionary',
        sourceUrl: 'https://en.wiktionary.org/wiki/Moby_Dick',
      },
      unavailable: {},
    });
  });

  it('serves repeated look-ups from the database cache, for every worker', async () => {
    const before = { ...upstream.hits };
    expect((await get(second, '/lookup?q=moby%20dick')).statusCode).toBe(200);
    expect(upstream.hits).toEqual(before);
  });

  it('answers null parts for unknown words', async () => {
    const body = (await get(app, '/lookup?q=nonexistent-word')).json();
    expect(body.encyclopedia).toBeNull();
    expect(body.dictionary).toBeNull();
  });

  it('answers Datamuse words for means-like and rhymes', async () => {
    const ml = (await get(app, '/thesaurus?q=happy')).json();
    expect(ml).toMatchObject({ query: 'happy', rel: 'means-like', source: 'Datamuse' });
    expect(ml.words).toEqual([
      { word: 'glad', score: 1002 },
      { word: 'cheerful', score: 990 },
    ]);
    expect(ml.sourceUrl).toContain('/words?ml=happy');
    const rhymes = (await get(app, '/thesaurus?q=cat&rel=rhymes&max=5')).json();
    expect(rhymes.words.map((w: { word: string }) => w.word)).toEqual(['hat', 'bat']);
    expect((await get(app, '/thesaurus?q=cat&rel=antonyms')).statusCode).toBe(400);
    expect((await get(app, '/lookup')).json().error.code).toBe('validation_error');
  });

  it('keeps the other part when one upstream is down, and answers 503 when both are', async () => {
    modes.wikipedia = 'fail';
    const partial = (await get(app, '/lookup?q=Pequod')).json();
    expect(partial.encyclopedia).toBeNull();
    expect(partial.dictionary.term).toBe('Pequod');
    expect(partial.unavailable).toEqual({ wikipedia: 'wikipedia_unavailable' });
    modes.wiktionary = 'slow';
    const down = await get(app, '/lookup?q=Starbuck');
    expect(down.statusCode).toBe(503);
    expect(down.json().error.code).toBe('lookup_unavailable');
    modes.wikipedia = 'ok';
    modes.wiktionary = 'ok';
  });

  it('opens a shared circuit breaker after repeated failures and answers 503 without calling', async () => {
    modes.datamuse = 'fail';
    for (const q of ['one', 'two']) {
      const res = await get(app, `/thesaurus?q=${q}`);
      expect(res.statusCode).toBe(503);
      expect(res.json().error.code).toBe('datamuse_unavailable');
    }
    const calls = upstream.hits['/datamuse/words'];
    modes.datamuse = 'ok';
    // Open for every worker: the second instance does not call the upstream either.
    const res = await get(second, '/thesaurus?q=three');
    expect(res.statusCode).toBe(503);
    expect(res.json().error.message).toContain('circuit open');
    expect(upstream.hits['/datamuse/words']).toBe(calls);
  });

  it('limits requests per user across workers', async () => {
    const limited = await buildApp({ ...env, RATE_LIMIT_PER_MINUTE: '3' });
    const limitedToo = await buildApp({ ...env, RATE_LIMIT_PER_MINUTE: '3' });
    try {
      const user = `limited-${dialect}`;
      const statuses = [];
      for (const a of [limited, limitedToo, limited, limitedToo]) {
        statuses.push((await get(a, '/lookup?q=Moby%20Dick', user)).statusCode);
      }
      expect(statuses).toEqual([200, 200, 200, 429]);
      const refused = await get(limited, '/lookup?q=Moby%20Dick', user);
      expect(refused.json().error.code).toBe('rate_limited');
      expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
      expect((await get(limited, '/lookup?q=Moby%20Dick', `${user}-other`)).statusCode).toBe(200);
    } finally {
      await limited.close();
      await limitedToo.close();
    }
  });
});
