import {
  createTestDatabase,
  type RunningProcess,
  startServe,
  TEST_TOKEN,
  type TestDatabase,
} from '@george/runtime/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Fake, fakePages, fakeReference } from './fakes.js';

describe('external-data under george-serve (production mode)', () => {
  let upstream: Fake;
  let pages: Fake;
  let db: TestDatabase;
  let serve: RunningProcess;

  beforeAll(async () => {
    upstream = await fakeReference({ wikipedia: 'ok', wiktionary: 'ok', datamuse: 'ok' });
    pages = await fakePages();
    db = await createTestDatabase('postgres');
    serve = await startServe({
      app: 'services/external-data/dist/app.js',
      workers: 2,
      env: {
        ...db.env,
        WIKIPEDIA_API_URL: `${upstream.url}/wikipedia`,
        WIKTIONARY_API_URL: `${upstream.url}/wiktionary`,
        DATAMUSE_API_URL: `${upstream.url}/datamuse`,
      },
      readyPath: '/ready',
    });
  });
  afterAll(async () => {
    await serve?.stop();
    await upstream?.close();
    await pages?.close();
    await db?.cleanup();
  });

  it('serves look-ups with the token, and refuses loopback imports without an allow-list', async () => {
    const headers = { 'x-internal-token': TEST_TOKEN, 'content-type': 'application/json' };
    expect((await fetch(`${serve.url}/lookup?q=whale`)).status).toBe(401);
    const res = await fetch(`${serve.url}/lookup?q=whale`, { headers });
    expect(res.status).toBe(200);
    expect(((await res.json()) as { encyclopedia: { source: string } }).encyclopedia.source).toBe(
      'Wikipedia',
    );
    const refused = await fetch(`${serve.url}/import`, {
      method: 'POST',
      headers,
      body: JSON.stringify({ url: `${pages.url}/article` }),
    });
    expect(refused.status).toBe(403);
    const body = (await refused.json()) as { error: { code: string } };
    expect(body.error.code).toBe('address_loopback');
    expect(pages.hits['/article']).toBeUndefined();
    expect(await (await fetch(`${serve.url}/ready`)).json()).toEqual({
      ready: true,
      checks: { database: 'ok' },
    });
  });
});
