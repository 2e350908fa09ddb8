import {
  createTestDatabase,
  type RunningProcess,
  startServe,
  TEST_TOKEN,
  type TestDatabase,
} from '@george/runtime/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ChromaServer, startChroma } from './helpers.js';

describe.each(['lance', 'chroma'] as const)(
  'chroma service on %s under george-serve (production mode)',
  (store) => {
    let chroma: ChromaServer | undefined;
    let db: TestDatabase;
    let serve: RunningProcess;

    beforeAll(async () => {
      db = await createTestDatabase('postgres');
      const env: Record<string, string> = { ...db.env };
      if (store === 'chroma') {
        chroma = await startChroma();
        env.CHROMA_URL = chroma.url;
      }
      serve = await startServe({
        app: 'services/chroma/dist/app.js',
        workers: 2,
        env,
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
      // Several requests so both workers answer; the BM25 index is shared through the database, the
      // vectors through the Chroma server or LanceDB's folder (each read sees the other worker's writes).
      for (let i = 0; i < 4; i++) {
        const res = await fetch(`${serve.url}/projects/served/query`, {
          method: 'POST',
          headers,
          body: JSON.stringify({ text: 'truth acknowledged', k: 1 }),
        });
        const body = (await res.json()) as { results: { id: string; lexicalScore: number | null }[] };
        expect(body.results[0]?.id).toBe('c1');
        expect(body.results[0]?.lexicalScore).toBeGreaterThan(0);
        const vector = await fetch(`${serve.url}/projects/served/query`, {
          method: 'POST',
          headers,
          body: JSON.stringify({ text: 'a fact everyone accepts', k: 1, mode: 'vector' }),
        });
        const vectorBody = (await vector.json()) as { results: { id: string; vectorScore: number | null }[] };
        expect(vectorBody.results[0]?.id).toBe('c1');
        expect(vectorBody.results[0]?.vectorScore).toBeGreaterThan(0);
      }
      // Writes from both workers at once land in the same table (racing commits are retried).
      const batches = Array.from({ length: 6 }, (_, b) =>
        Array.from({ length: 3 }, (_, i) => {
          const text = `Batch ${b}, passage ${i}: the sea was calm and the sky clear.`;
          return {
            id: `b${b}-${i}`,
            text,
            metadata: { fileId: `g${b}`, kind: 'manuscript', start: i * 80, end: i * 80 + text.length },
          };
        }),
      );
      const answers = await Promise.all(
        batches.map((batch) =>
          fetch(`${serve.url}/projects/served/chunks`, {
            method: 'POST',
            headers,
            body: JSON.stringify({ chunks: batch }),
          }),
        ),
      );
      expect(answers.map((a) => a.status)).toEqual(batches.map(() => 200));
      for (let i = 0; i < 4; i++) {
        const count = (await (await fetch(`${serve.url}/projects/served/count`, { headers })).json()) as {
          count: number;
        };
        expect(count.count).toBe(2 + 18);
        const vector = await fetch(`${serve.url}/projects/served/query`, {
          method: 'POST',
          headers,
          body: JSON.stringify({ text: 'calm sea, clear sky', k: 50, mode: 'vector' }),
        });
        expect(((await vector.json()) as { results: unknown[] }).results).toHaveLength(20);
      }
      const ready = await fetch(`${serve.url}/ready`);
      expect(await ready.json()).toEqual({
        ready: true,
        checks: { vectors: 'ok', database: 'ok', embedder: 'ok' },
      });
    });
  },
);
