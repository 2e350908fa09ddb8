import {
  createTestDatabase,
  type RunningProcess,
  startServe,
  TEST_TOKEN,
  type TestDatabase,
} from '@george/runtime/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ChromaServer, startChroma } from './helpers.js';

describe('chroma service under george-serve (production mode)', () => {
  let chroma: ChromaServer;
  let db: TestDatabase;
  let serve: RunningProcess;

  beforeAll(async () => {
    chroma = await startChroma();
    db = await createTestDatabase('postgres');
    serve = await startServe({
      app: 'services/chroma/dist/app.js',
      workers: 2,
      env: { ...db.env, CHROMA_URL: chroma.url },
      readyPath: '/ready',
    });
  });
  afterAll(async () => {
    await serve?.stop();
    await chroma?.remove();
    await db?.cleanup();
  });

  it('serves upserts and hybrid queries across workers, with the token required', async () => {
    const headers = { 'x-internal-token': TEST_TOKEN, 'content-type': 'application/json' };
    expect((await fetch(`${serve.url}/projects/served/count`)).status).toBe(401);
    const chunks = ['Call me Ishmael.', 'It is a truth universally acknowledged.'].map((text, i) => ({
      id: `c${i}`,
      text,
      metadata: { fileId: 'f', kind: 'manuscript', start: i * 20, end: i * 20 + text.length },
    }));
    const up = await fetch(`${serve.url}/projects/served/chunks`, {
      method: 'POST',
      headers,
      body: JSON.stringify({ chunks }),
    });
    expect(up.status).toBe(200);
    // Several requests so both workers answer; the BM25 index is shared through the database.
    for (let i = 0; i < 4; i++) {
      const res = await fetch(`${serve.url}/projects/served/query`, {
        method: 'POST',
        headers,
        body: JSON.stringify({ text: 'truth acknowledged', k: 1 }),
      });
      const body = (await res.json()) as { results: { id: string; lexicalScore: number | null }[] };
      expect(body.results[0]?.id).toBe('c1');
      expect(body.results[0]?.lexicalScore).toBeGreaterThan(0);
    }
    const ready = await fetch(`${serve.url}/ready`);
    expect(await ready.json()).toEqual({
      ready: true,
      checks: { chroma: 'ok', database: 'ok', embedder: 'ok' },
    });
  });
});
