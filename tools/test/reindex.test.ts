/**
 * `george reindex` against a real chroma service (over HTTP, on its embedded LanceDB store): a
 * project embedded by the hashed embedder is moved to the installed model, step by step with progress.
 */
import { join } from 'node:path';
import type { GeorgeInstance } from '@george/runtime';
import {
  createTestDatabase,
  REPO_ROOT,
  runToExit,
  TEST_TOKEN,
  type TestDatabase,
} from '@george/runtime/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp, service } from '../../services/chroma/src/app.js';

const CLI = join(REPO_ROOT, 'tools/bin/george.js');
const headers = { 'x-internal-token': TEST_TOKEN };

describe('george reindex', () => {
  let db: TestDatabase;
  let app: GeorgeInstance;
  let url: string;

  beforeAll(async () => {
    db = await createTestDatabase('sqlite');
    const env = {
      ...db.env,
      INTERNAL_SERVICE_TOKEN: TEST_TOKEN,
      LOG_LEVEL: 'silent',
    };
    await service.prestart?.(env);
    // The project's vectors come from the hashed embedder...
    const hashed = await buildApp({ ...env, EMBEDDINGS_PROVIDER: 'hash' });
    const chunks = Array.from({ length: 5 }, (_, i) => {
      const text = `Passage ${i}: the whale turned towards the ship and the boats were lowered.`;
      return {
        id: `c${i}`,
        text,
        metadata: { fileId: 'book', kind: 'manuscript', start: i * 100, end: i * 100 + text.length },
      };
    });
    const up = await hashed.inject({
      method: 'POST',
      url: '/projects/novel/chunks',
      headers,
      payload: { chunks },
    });
    expect(up.statusCode).toBe(200);
    await hashed.close();
    // ...and the service now runs the installed model.
    app = await buildApp(env);
    url = await app.listen({ host: '127.0.0.1', port: 0 });
  });
  afterAll(async () => {
    await app?.close();
    await db?.cleanup();
  });

  it('moves the project to the configured model with progress, then finds nothing left to do', async () => {
    const env = { ...process.env, INTERNAL_SERVICE_TOKEN: TEST_TOKEN };
    const run = await runToExit('node', [CLI, 'reindex', '--url', url, '--step', '2'], {
      env,
      timeoutMs: 120_000,
    });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(
      'embedder onnx:bge-small-en-v1.5-q: 1 of 1 project(s) to re-index (5 chunks)',
    );
    expect(run.stdout).toContain('novel (local-hash-v2 -> onnx:bge-small-en-v1.5-q): 2/5 chunks (40%)');
    expect(run.stdout).toContain('novel (local-hash-v2 -> onnx:bge-small-en-v1.5-q): 5/5 chunks (100%)');
    expect(run.stdout).toContain('re-indexed 1 project(s); 0 already on the configured embedder');
    const count = await app.inject({ url: '/projects/novel/count', headers });
    expect(count.json()).toEqual({
      count: 5,
      exists: true,
      embedder: 'onnx:bge-small-en-v1.5-q',
      dimension: 384,
    });

    const again = await runToExit('node', [CLI, 'reindex', '--url', url], { env });
    expect(again.stdout).toContain('0 of 1 project(s) to re-index');
    const unknown = await runToExit('node', [CLI, 'reindex', '--url', url, '--project', 'nope'], { env });
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('project "nope" has no vectors');
    const badStep = await runToExit('node', [CLI, 'reindex', '--step', '0'], { env });
    expect(badStep.code).toBe(2);
  }, 300_000);
});
