// Shared by the evaluations and bench/chroma.mjs: the chroma service built in-process from dist
// (what george-serve runs) on its embedded defaults (LanceDB under a temporary DATA_DIR, the
// installed embedding model), with `env` added (another embedder, CHROMA_URL...).
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const NOVELS = process.env.NOVELS_DIR ?? resolve(ROOT, '../shared/data/novels');

export async function startStack(extra = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'george-eval-'));
  const token = randomBytes(24).toString('hex');
  const env = {
    ...process.env,
    DATA_DIR: join(dir, 'data'),
    INTERNAL_SERVICE_TOKEN: token,
    LOG_LEVEL: 'silent',
    ...extra,
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
  const { decodeText } = await import(join(ROOT, 'services/filesystem/dist/services/extract.js'));
  const { blocksFromPlainText, buildStructure } = await import(
    join(ROOT, 'services/filesystem/dist/services/text.js')
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
