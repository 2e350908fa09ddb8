import { readdirSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import type { GeorgeInstance } from '@george/runtime';
import { createTestDatabase, freePort, sleep, TEST_TOKEN, type TestDatabase } from '@george/runtime/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp, service } from '../src/app.js';
import { HashEmbedder } from '../src/embedding/hash.js';
import { type ChromaServer, startChroma } from './helpers.js';

const headers = { 'x-internal-token': TEST_TOKEN };
/** The default embedder: the installed bge-small-en-v1.5 int8 model. */
const BGE = 'onnx:bge-small-en-v1.5-q';

const CORPUS = [
  {
    id: 'a1',
    file: 'book',
    kind: 'manuscript',
    text: 'The whale breached beside the ship and Ahab shouted for the harpoon.',
  },
  {
    id: 'a2',
    file: 'book',
    kind: 'manuscript',
    text: 'Elizabeth walked three miles through the mud to Netherfield to nurse her sister Jane.',
  },
  {
    id: 'a3',
    file: 'book',
    kind: 'manuscript',
    text: 'The captain kept a leg made of ivory, carved from the jaw bone of a sperm whale.',
  },
  {
    id: 'b1',
    file: 'notes',
    kind: 'note',
    text: 'Remember: the harpoon scene needs more tension and a clearer view of the sea.',
  },
  {
    id: 'b2',
    file: 'notes',
    kind: 'note',
    text: 'Mr Darcy proposes badly at Hunsford; Elizabeth refuses him with spirit.',
  },
  {
    id: 'c1',
    file: 'other',
    kind: 'manuscript',
    text: 'A quiet kitchen, bread rising on the table, rain against the window.',
  },
];

function chunks(projectId: string, items = CORPUS) {
  return items.map((c, i) => ({
    id: `${projectId}-${c.id}`,
    text: c.text,
    metadata: {
      fileId: c.file,
      kind: c.kind,
      chapter: 1,
      paragraph: i,
      start: i * 100,
      end: i * 100 + c.text.length,
    },
  }));
}

interface Hit {
  id: string;
  text: string;
  score: number;
  metadata: { fileId: string; kind: string; chapter: number | null; start: number; end: number };
  lexicalScore: number | null;
}

let chroma: ChromaServer;
beforeAll(async () => {
  chroma = await startChroma();
});
afterAll(async () => {
  await chroma?.remove();
});

/** The embedded default (LanceDB) on both databases, and the Chroma server (production option). */
const SETUPS = [
  ['lance', 'sqlite'],
  ['lance', 'postgres'],
  ['chroma', 'sqlite'],
] as const;

describe.each(SETUPS)('chroma service on %s with %s', (store, dialect) => {
  let db: TestDatabase;
  let app: GeorgeInstance;
  let env: NodeJS.ProcessEnv;
  const project = `p_${store}_${dialect}`;

  const upsert = (a: GeorgeInstance, projectId: string, body: unknown) =>
    a.inject({ method: 'POST', url: `/projects/${projectId}/chunks`, headers, payload: body as object });
  const query = (a: GeorgeInstance, projectId: string, body: unknown) =>
    a.inject({ method: 'POST', url: `/projects/${projectId}/query`, headers, payload: body as object });

  beforeAll(async () => {
    db = await createTestDatabase(dialect);
    env = {
      ...db.env,
      ...(store === 'chroma' ? { CHROMA_URL: chroma.url } : {}),
      INTERNAL_SERVICE_TOKEN: TEST_TOKEN,
      LOG_LEVEL: 'silent',
    };
    await service.prestart?.(env);
    app = await buildApp(env);
  });
  afterAll(async () => {
    await app?.close();
    await db?.cleanup();
  });

  it('upserts a batch, counts it, and upserting again is idempotent', async () => {
    const first = await upsert(app, project, { chunks: chunks(project) });
    expect(first.statusCode).toBe(200);
    expect(first.json()).toMatchObject({ upserted: 6, count: 6, embedder: BGE, dimension: 384 });
    const again = await upsert(app, project, { chunks: chunks(project) });
    expect(again.json().count).toBe(6);
    const count = await app.inject({ url: `/projects/${project}/count`, headers });
    expect(count.json()).toEqual({ count: 6, exists: true, embedder: BGE, dimension: 384 });
  });

  it('answers the passage that matches, with its metadata and a score, in every mode', async () => {
    for (const mode of ['hybrid', 'vector', 'lexical']) {
      const res = await query(app, project, { text: 'ivory leg from a whale jaw', k: 3, mode });
      expect(res.statusCode).toBe(200);
      const hits = res.json().results as Hit[];
      expect(hits[0]?.id).toBe(`${project}-a3`);
      expect(hits[0]?.metadata).toEqual({
        fileId: 'book',
        kind: 'manuscript',
        chapter: 1,
        paragraph: 2,
        start: 200,
        end: 200 + (CORPUS[2]?.text.length ?? 0),
      });
      expect(hits[0]?.score).toBeGreaterThan(0);
      expect(hits.length).toBeLessThanOrEqual(3);
    }
  });

  it('filters on file id and kind', async () => {
    const notes = (await query(app, project, { text: 'harpoon', k: 10, filter: { kind: 'note' } })).json()
      .results as Hit[];
    expect(notes.map((h) => h.id)).toContain(`${project}-b1`);
    expect(notes.every((h) => h.metadata.kind === 'note')).toBe(true);
    const book = (await query(app, project, { text: 'Elizabeth', k: 10, filter: { fileId: 'book' } })).json()
      .results as Hit[];
    expect(book.length).toBeGreaterThan(0);
    expect(book.every((h) => h.metadata.fileId === 'book')).toBe(true);
    expect(book[0]?.id).toBe(`${project}-a2`);
    const both = (
      await query(app, project, { text: 'Elizabeth', k: 10, filter: { fileId: 'notes', kind: 'note' } })
    ).json().results as Hit[];
    expect(both[0]?.id).toBe(`${project}-b2`);
    expect(both.every((h) => h.metadata.fileId === 'notes')).toBe(true);
  });

  it('filters on a set of files (a book of a series) in every mode', async () => {
    for (const mode of ['hybrid', 'vector', 'lexical']) {
      const hits = (
        await query(app, project, {
          text: 'harpoon whale',
          k: 10,
          mode,
          filter: { fileIds: ['notes', 'other'] },
        })
      ).json().results as Hit[];
      expect(hits.length, mode).toBeGreaterThan(0);
      expect(
        hits.every((h) => h.metadata.fileId === 'notes' || h.metadata.fileId === 'other'),
        mode,
      ).toBe(true);
      expect(hits[0]?.id, mode).toBe(`${project}-b1`);
    }
    for (const filter of [{ fileIds: [] }, { fileIds: ['../x'] }, { fileIds: 'notes' }])
      expect((await query(app, project, { text: 'harpoon', filter })).statusCode).toBe(400);
  });

  it('narrows to a range of chapters in every mode (chunks with no chapter left out)', async () => {
    const chaptered = `${project}_ch`;
    const items = [1, 2, 3, 4, null].map((chapter, i) => ({
      id: `${chaptered}-c${i}`,
      text: `The whale came up beside the ship in the chapter numbered ${chapter ?? 'none'}.`,
      metadata: {
        fileId: 'book',
        kind: 'manuscript',
        chapter,
        paragraph: i,
        start: i * 100,
        end: i * 100 + 60,
      },
    }));
    expect((await upsert(app, chaptered, { chunks: items })).statusCode).toBe(200);
    for (const mode of ['hybrid', 'vector', 'lexical']) {
      const hits = (
        await query(app, chaptered, {
          text: 'whale ship',
          k: 10,
          mode,
          filter: { chapterFrom: 2, chapterTo: 3 },
        })
      ).json().results as Hit[];
      expect(hits.map((h) => h.metadata.chapter).sort()).toEqual([2, 3]);
      const from = (
        await query(app, chaptered, { text: 'whale ship', k: 10, mode, filter: { chapterFrom: 4 } })
      ).json().results as Hit[];
      expect(from.map((h) => h.metadata.chapter)).toEqual([4]);
    }
    const all = (await query(app, chaptered, { text: 'whale ship', k: 10 })).json().results as Hit[];
    expect(all).toHaveLength(5);
  });

  it('answers a query of stop words only from the model alone (BM25 has no term to match)', async () => {
    const hits = (await query(app, project, { text: 'what is it that was there', k: 3 })).json()
      .results as Hit[];
    expect(hits.length).toBe(3);
    expect(hits.every((h) => h.lexicalScore === null)).toBe(true);
  });

  it('validates ids, k and bodies', async () => {
    expect((await query(app, '..%2Fetc', { text: 'x' })).statusCode).toBe(400);
    expect((await query(app, project, { text: 'x', k: 51 })).json().error.details.field).toBe('k');
    expect((await query(app, project, { text: 'x', k: '5' })).statusCode).toBe(400);
    const dup = chunks(project)
      .slice(0, 2)
      .map((c) => ({ ...c, id: 'same' }));
    expect((await upsert(app, project, { chunks: dup })).json().error.code).toBe('duplicate_chunk_id');
    const bad = chunks(project)
      .slice(0, 1)
      .map((c) => ({ ...c, metadata: { ...c.metadata, fileId: '../x' } }));
    expect((await upsert(app, project, { chunks: bad })).statusCode).toBe(400);
    expect((await app.inject({ url: `/projects/${project}/count` })).statusCode).toBe(401);
  });

  it("gives each chunk its neighbours' context with the hashed embedder: a line of dialogue is found by the scene around it", async () => {
    const hashed = await buildApp({ ...env, EMBEDDINGS_PROVIDER: 'hash' });
    const scene = [
      'Queequeg stood at the bow of the whale-boat, his harpoon raised above the water.',
      '"Now then," he said quietly, "now."',
      'The line ran out smoking through the chocks.',
    ].map((text, i) => ({
      id: `${project}-scene-${i}`,
      text,
      metadata: { fileId: 'scene', kind: 'manuscript', start: i * 100, end: i * 100 + text.length },
    }));
    const scenes = `${project}_scene`;
    try {
      expect((await upsert(hashed, scenes, { chunks: scene })).statusCode).toBe(200);
      // Other passages, so that two results are a choice.
      expect((await upsert(hashed, scenes, { chunks: chunks(scenes) })).statusCode).toBe(200);
      for (const mode of ['lexical', 'vector']) {
        const hits = (await query(hashed, scenes, { text: 'What did Queequeg say?', k: 2, mode })).json()
          .results as Hit[];
        expect(hits.map((h) => h.id)).toContain(`${project}-scene-1`);
      }
      // The stored text stays the chunk's own.
      const hit = (await query(hashed, scenes, { text: 'quietly', k: 1 })).json().results[0] as Hit;
      expect(hit.text).toBe('"Now then," he said quietly, "now."');
    } finally {
      await hashed.inject({ method: 'DELETE', url: `/projects/${scenes}`, headers });
      await hashed.close();
    }
  });

  it('answers an empty result for a project without a collection', async () => {
    const res = await query(app, `${project}_none`, { text: 'whale' });
    expect(res.json().results).toEqual([]);
    expect((await app.inject({ url: `/projects/${project}_none/count`, headers })).json().exists).toBe(false);
  });

  it('deletes a file from both the vectors and the BM25 index', async () => {
    const res = await app.inject({ method: 'DELETE', url: `/projects/${project}/files/notes`, headers });
    expect(res.json()).toEqual({ deleted: 2 });
    expect((await app.inject({ url: `/projects/${project}/count`, headers })).json().count).toBe(4);
    for (const mode of ['hybrid', 'lexical', 'vector']) {
      const hits = (await query(app, project, { text: 'harpoon tension Darcy Hunsford', k: 10, mode })).json()
        .results as Hit[];
      expect(hits.some((h) => h.metadata.fileId === 'notes')).toBe(false);
    }
  });

  it('refuses vectors from a different embedder with 409, and re-indexes step by step with progress', async () => {
    const other = await buildApp({ ...env, EMBEDDINGS_PROVIDER: 'hash', HASH_EMBEDDING_DIMENSION: '256' });
    const reindex = (a: GeorgeInstance, payload: object) =>
      a.inject({ method: 'POST', url: `/projects/${project}/reindex`, headers, payload });
    try {
      const refused = await query(other, project, { text: 'whale' });
      expect(refused.statusCode).toBe(409);
      expect(refused.json().error.code).toBe('embedder_mismatch');
      expect(refused.json().error.details).toEqual({
        collection: { embedder: BGE, dimension: 384 },
        configured: { embedder: 'local-hash-v2', dimension: 256 },
      });
      expect((await upsert(other, project, { chunks: chunks(project).slice(0, 1) })).statusCode).toBe(409);
      const listed = (await other.inject({ url: '/projects', headers })).json();
      expect(listed.embedder).toBe('local-hash-v2');
      expect(listed.projects).toContainEqual({ projectId: project, count: 4, embedder: BGE, dimension: 384 });

      const first = await reindex(other, { limit: 3 });
      expect(first.json()).toEqual({
        reindexed: 3,
        done: 3,
        total: 4,
        finished: false,
        embedder: 'local-hash-v2',
        dimension: 256,
      });
      // Until the last step, searches use the old vectors.
      expect((await query(app, project, { text: 'ivory leg whale jaw', k: 1 })).json().results[0].id).toBe(
        `${project}-a3`,
      );
      expect((await query(other, project, { text: 'whale' })).statusCode).toBe(409);
      const second = await reindex(other, {});
      expect(second.json()).toMatchObject({ reindexed: 1, done: 4, total: 4, finished: true });
      const after = await query(other, project, { text: 'ivory leg whale jaw', mode: 'vector' });
      expect(after.json().results[0].id).toBe(`${project}-a3`);
      expect((await other.inject({ url: `/projects/${project}/count`, headers })).json()).toMatchObject({
        count: 4,
        embedder: 'local-hash-v2',
        dimension: 256,
      });
      // A finished project needs nothing more.
      expect((await reindex(other, {})).json()).toMatchObject({ reindexed: 0, done: 4, finished: true });
      // The original configuration is now the mismatching one; one call moves the project back.
      expect((await query(app, project, { text: 'whale' })).statusCode).toBe(409);
      expect((await reindex(app, {})).json()).toMatchObject({ reindexed: 4, finished: true, embedder: BGE });
      expect((await query(app, project, { text: 'ivory leg whale jaw', k: 1 })).json().results[0].id).toBe(
        `${project}-a3`,
      );
      expect((await reindex(app, { limit: 0 })).statusCode).toBe(400);
    } finally {
      await other.close();
    }
  });

  it('deletes the project collection', async () => {
    const res = await app.inject({ method: 'DELETE', url: `/projects/${project}`, headers });
    expect(res.json()).toEqual({ deleted: true });
    expect((await app.inject({ url: `/projects/${project}/count`, headers })).json()).toMatchObject({
      count: 0,
      exists: false,
    });
    expect((await query(app, project, { text: 'whale', mode: 'lexical' })).json().results).toEqual([]);
  });
});

describe('similarity of texts to a query', () => {
  let db: TestDatabase;
  let app: GeorgeInstance;
  const similarity = (payload: object, auth: Record<string, string> = headers) =>
    app.inject({ method: 'POST', url: '/similarity', headers: auth, payload });

  beforeAll(async () => {
    db = await createTestDatabase('sqlite');
    const env = { ...db.env, INTERNAL_SERVICE_TOKEN: TEST_TOKEN, LOG_LEVEL: 'silent' };
    await service.prestart?.(env);
    app = await buildApp(env);
  });
  afterAll(async () => {
    await app?.close();
    await db?.cleanup();
  });

  it("scores the sentence that answers above one sharing only the question's words", async () => {
    const texts = [
      'Captain Ahab asked about the whale, and whether the ship had seen the whale.',
      'He had lost his leg to the white whale, and now stood upon a bone of ivory.',
    ];
    const res = await similarity({ query: "What happened to Ahab's leg?", texts });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body).toMatchObject({ embedder: BGE, kind: 'model' });
    expect(body.scores).toHaveLength(2);
    expect(body.scores[1]).toBeGreaterThan(body.scores[0]);
    // Nothing is stored: no project has appeared.
    expect((await app.inject({ url: '/projects', headers })).json().projects).toEqual([]);
  });

  it('validates the body and refuses callers without the service token', async () => {
    expect((await similarity({ query: 'x', texts: [] })).statusCode).toBe(400);
    expect((await similarity({ query: '', texts: ['a'] })).statusCode).toBe(400);
    expect((await similarity({ query: 'x', texts: Array(33).fill('a') })).statusCode).toBe(400);
    expect((await similarity({ query: 'x', texts: ['a'], extra: 1 })).statusCode).toBe(400);
    expect((await similarity({ query: 'x', texts: ['a'], projectId: '../p1' })).statusCode).toBe(400);
    expect((await similarity({ query: 'x', texts: ['a'] }, {})).statusCode).toBe(401);
  });
});

describe('OpenAI-compatible embeddings provider', () => {
  let db: TestDatabase;
  let server: Server;
  let url: string;
  let failing = false;
  const seen: { auth: string | undefined; model: string; inputs: number }[] = [];
  const local = new HashEmbedder(64);

  beforeAll(async () => {
    db = await createTestDatabase('sqlite');
    server = createServer((req, res) => {
      let raw = '';
      req.on('data', (d: Buffer) => {
        raw += d.toString();
      });
      req.on('end', () => {
        if (req.url !== '/v1/embeddings' || req.method !== 'POST') {
          res.writeHead(404).end();
          return;
        }
        if (failing) {
          res.writeHead(500, { 'content-type': 'application/json' }).end('{"error":"boom"}');
          return;
        }
        const body = JSON.parse(raw) as { model: string; input: string[] };
        seen.push({ auth: req.headers.authorization, model: body.model, inputs: body.input.length });
        const data = body.input.map((text, index) => ({
          object: 'embedding',
          index,
          embedding: local.embedOne(text),
        }));
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(
          JSON.stringify({
            object: 'list',
            data,
            model: body.model,
            usage: { prompt_tokens: 1, total_tokens: 1 },
          }),
        );
      });
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1`;
  });
  afterAll(async () => {
    server?.close();
    await db?.cleanup();
  });

  it('embeds through /v1/embeddings, records the model, and gives 503 when the provider fails', async () => {
    const env = {
      ...db.env,
      INTERNAL_SERVICE_TOKEN: TEST_TOKEN,
      LOG_LEVEL: 'silent',
      EMBEDDINGS_PROVIDER: 'openai',
      EMBEDDINGS_URL: url,
      EMBEDDINGS_MODEL: 'test-model',
      EMBEDDINGS_API_KEY: 'sk-test',
    };
    await service.prestart?.(env);
    const app = await buildApp(env);
    try {
      const up = await app.inject({
        method: 'POST',
        url: '/projects/remote/chunks',
        headers,
        payload: { chunks: chunks('remote') },
      });
      expect(up.json()).toMatchObject({ upserted: 6, embedder: 'openai:test-model', dimension: 64 });
      expect(seen[0]).toEqual({ auth: 'Bearer sk-test', model: 'test-model', inputs: 6 });
      const hits = await app.inject({
        method: 'POST',
        url: '/projects/remote/query',
        headers,
        payload: { text: 'ivory leg whale jaw', mode: 'vector', k: 1 },
      });
      expect(hits.json().results[0].id).toBe('remote-a3');
      failing = true;
      const down = await app.inject({
        method: 'POST',
        url: '/projects/remote/query',
        headers,
        payload: { text: 'whale', mode: 'vector' },
      });
      expect(down.statusCode).toBe(503);
      expect(down.json().error.code).toBe('embeddings_unavailable');
    } finally {
      failing = false;
      await app.close();
    }
    expect(() => service.loadConfig({ ...env, EMBEDDINGS_MODEL: '' })).toThrow(/EMBEDDINGS_MODEL/);
    // The same project read by a service configured with the hashed embedder: refused by name.
    const local = await buildApp({ ...env, EMBEDDINGS_PROVIDER: 'hash' });
    try {
      const refused = await local.inject({
        method: 'POST',
        url: '/projects/remote/query',
        headers,
        payload: { text: 'whale' },
      });
      expect(refused.statusCode).toBe(409);
      expect(refused.json().error.details.collection).toEqual({
        embedder: 'openai:test-model',
        dimension: 64,
      });
    } finally {
      await local.close();
    }
  });
});

describe('Chroma restarts', () => {
  let db: TestDatabase;
  afterAll(async () => {
    await db?.cleanup();
  });

  it('keeps the data across a Chroma restart, and /ready follows the heartbeat', async () => {
    db = await createTestDatabase('sqlite');
    const env = {
      ...db.env,
      CHROMA_URL: chroma.url,
      INTERNAL_SERVICE_TOKEN: TEST_TOKEN,
      LOG_LEVEL: 'silent',
    };
    await service.prestart?.(env);
    const app = await buildApp(env);
    try {
      await app.inject({
        method: 'POST',
        url: '/projects/durable/chunks',
        headers,
        payload: { chunks: chunks('durable') },
      });
      expect((await app.inject({ url: '/ready' })).json()).toEqual({
        ready: true,
        checks: { vectors: 'ok', database: 'ok', embedder: 'ok' },
      });
      await chroma.stop();
      const ready = await app.inject({ url: '/ready' });
      expect(ready.statusCode).toBe(503);
      expect(ready.json().checks.vectors).toBe('failing');
      const down = await app.inject({
        method: 'POST',
        url: '/projects/durable/query',
        headers,
        payload: { text: 'whale' },
      });
      expect(down.statusCode).toBe(503);
      expect(down.json().error.code).toBe('chroma_unavailable');
      await chroma.restart();
      expect((await app.inject({ url: '/ready' })).statusCode).toBe(200);
      expect((await app.inject({ url: '/projects/durable/count', headers })).json().count).toBe(6);
      const hits = await app.inject({
        method: 'POST',
        url: '/projects/durable/query',
        headers,
        payload: { text: 'Netherfield mud sister', k: 1 },
      });
      expect(hits.json().results[0].id).toBe('durable-a2');
    } finally {
      await app.close();
    }
  });
});

describe('LanceDB embedded (the default store)', () => {
  let db: TestDatabase;
  afterAll(async () => {
    await db?.cleanup();
  });

  it('keeps its files readable by the service user only, and the data across a restart', async () => {
    db = await createTestDatabase('sqlite');
    const env = { ...db.env, INTERNAL_SERVICE_TOKEN: TEST_TOKEN, LOG_LEVEL: 'silent' };
    await service.prestart?.(env);
    let app = await buildApp(env);
    try {
      const up = await app.inject({
        method: 'POST',
        url: '/projects/private/chunks',
        headers,
        payload: { chunks: chunks('private') },
      });
      expect(up.statusCode).toBe(200);
      const ready = await app.inject({ url: '/ready' });
      expect(ready.json()).toEqual({
        ready: true,
        checks: { vectors: 'ok', database: 'ok', embedder: 'ok' },
      });
    } finally {
      await app.close();
    }
    const vectors = join(db.dataDir, 'vectors');
    const entries = readdirSync(vectors, { recursive: true, encoding: 'utf8' }).map((e) => join(vectors, e));
    expect(entries.some((e) => e.endsWith('.lance'))).toBe(true);
    for (const path of [vectors, ...entries, join(db.dataDir, 'chroma.sqlite')]) {
      const mode = statSync(path).mode & 0o777;
      expect({ path, mode: mode.toString(8) }).toEqual({
        path,
        mode: statSync(path).isDirectory() ? '700' : '600',
      });
    }
    app = await buildApp(env);
    try {
      expect((await app.inject({ url: '/projects/private/count', headers })).json()).toEqual({
        count: 6,
        exists: true,
        embedder: BGE,
        dimension: 384,
      });
      const hits = await app.inject({
        method: 'POST',
        url: '/projects/private/query',
        headers,
        payload: { text: 'Who walked through the mud to nurse her sister?', k: 1, mode: 'vector' },
      });
      expect(hits.json().results[0].id).toBe('private-a2');
      const deleted = await app.inject({ method: 'DELETE', url: '/projects/private', headers });
      expect(deleted.json()).toEqual({ deleted: true });
      expect(readdirSync(vectors).filter((e) => e.startsWith('p_private_'))).toEqual([]);
    } finally {
      await app.close();
    }
  });
});

describe('an upload whose client has gone', () => {
  let db: TestDatabase;
  let app: GeorgeInstance;
  afterAll(async () => {
    await app?.close();
    await db?.cleanup();
  });

  it('is not embedded nor stored for nobody, and the next upload is served', async () => {
    db = await createTestDatabase('sqlite');
    const env = { ...db.env, INTERNAL_SERVICE_TOKEN: TEST_TOKEN, LOG_LEVEL: 'silent' };
    await service.prestart?.(env);
    app = await buildApp(env);
    const port = await freePort();
    await app.listen({ host: '127.0.0.1', port });
    const many = Array.from({ length: 120 }, (_, i) => ({
      ...(CORPUS[i % CORPUS.length] as (typeof CORPUS)[number]),
      id: `long${i}`,
      text: `${CORPUS[i % CORPUS.length]?.text} ${'The sea ran high and grey under the wind. '.repeat(20)}`,
    }));
    const gone = new AbortController();
    const abandoned = fetch(`http://127.0.0.1:${port}/projects/gone/chunks`, {
      method: 'POST',
      headers: { ...headers, 'content-type': 'application/json' },
      body: JSON.stringify({ chunks: chunks('gone', many) }),
      signal: gone.signal,
    }).catch((err: Error) => err.name);
    // The client's own timeout, as the backend's would fire: the service is embedding by then.
    await sleep(1_000);
    gone.abort();
    expect(await abandoned).toBe('AbortError');
    // Queued behind the abandoned upload's batches if they were still computed for nobody.
    const next = await app.inject({
      method: 'POST',
      url: '/projects/served/chunks',
      headers,
      payload: { chunks: chunks('served') },
    });
    expect(next.json()).toMatchObject({ upserted: CORPUS.length, count: CORPUS.length });
    const count = await app.inject({ url: '/projects/gone/count', headers });
    expect(count.json().count ?? 0).toBe(0);
  });
});
