// Shared by eval/retrieval.mjs and bench/chroma.mjs: a real Chroma server on a free port in a
// temporary directory, and the chroma service built in-process from dist (what george-serve runs).
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { freePort } from '../bench/lib.mjs';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const NOVELS = process.env.NOVELS_DIR ?? resolve(ROOT, '../shared/data/novels');

export async function startStack() {
  const dir = mkdtempSync(join(tmpdir(), 'george-eval-'));
  const port = await freePort();
  const chroma = spawn(
    process.execPath,
    [
      join(ROOT, 'node_modules/chromadb/dist/cli.mjs'),
      'run',
      '--path',
      join(dir, 'chroma'),
      '--host',
      '127.0.0.1',
      '--port',
      String(port),
    ],
    { stdio: 'ignore' },
  );
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    try {
      if ((await fetch(`${url}/api/v2/heartbeat`)).ok) break;
    } catch {}
    if (Date.now() > deadline || chroma.exitCode !== null) throw new Error('chroma did not start');
    await new Promise((r) => setTimeout(r, 150));
  }
  const token = randomBytes(24).toString('hex');
  const env = {
    ...process.env,
    CHROMA_URL: url,
    DATA_DIR: join(dir, 'data'),
    INTERNAL_SERVICE_TOKEN: token,
    LOG_LEVEL: 'silent',
  };
  delete env.NODE_ENV;
  delete env.DATABASE_URL;
  const mod = await import(join(ROOT, 'services/chroma/dist/app.js'));
  await mod.service.prestart(env);
  const app = await mod.buildApp(env);
  const headers = { 'x-internal-token': token };
  return {
    app,
    headers,
    async stop() {
      await app.close();
      chroma.kill('SIGTERM');
      await new Promise((r) => (chroma.exitCode !== null ? r() : chroma.once('exit', r)));
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/**
 * The books as ingestion sees them: the filesystem service's normalised text and chapters, cut by
 * the backend's chunker (the code that serves users, at the size asked for).
 */
export async function loadChunks(books, target = 500) {
  const { chunkText } = await import(join(ROOT, 'services/backend/dist/ingest/chunk.js'));
  const { decodeText } = await import(join(ROOT, 'services/filesystem/dist/extract.js'));
  const { blocksFromPlainText, buildStructure } = await import(
    join(ROOT, 'services/filesystem/dist/text.js')
  );
  const out = {};
  for (const [key, file] of Object.entries(books)) {
    const doc = buildStructure(blocksFromPlainText(decodeText(readFileSync(join(NOVELS, file))).text));
    out[key] = {
      text: doc.text,
      chapters: doc.chapters,
      chunks: chunkText(doc.text, doc.chapters, { size: target, overlap: 50 }).map((c) => ({
        id: `${key}-${c.index}`,
        text: c.text,
        metadata: {
          fileId: key,
          kind: 'manuscript',
          chapter: c.chapter,
          paragraph: c.paragraph,
          start: c.start,
          end: c.end,
        },
      })),
    };
  }
  return out;
}

export async function upsertAll(stack, projectId, chunks, batch = 200) {
  for (let i = 0; i < chunks.length; i += batch) {
    const res = await stack.app.inject({
      method: 'POST',
      url: `/projects/${projectId}/chunks`,
      headers: stack.headers,
      payload: { chunks: chunks.slice(i, i + batch) },
    });
    if (res.statusCode !== 200) throw new Error(`upsert failed: ${res.statusCode} ${res.body}`);
  }
}
