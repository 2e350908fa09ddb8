// Chroma Server figures: upsert throughput (chunks/s) with the default embedder, query latency
// p50/p95 (hybrid, vector, BM25), and the latency of the chat's meaning comparison (POST /similarity,
// twelve sentences against a question, alone and while an upload is embedded) over one project
// holding Moby Dick and Pride and
// Prejudice, through george-serve (2 workers, production mode), on the embedded LanceDB store
// (default) or a real Chroma server (BENCH_STORE=chroma). BENCH_CHUNKS limits the passages (the
// model embeds about 20 a second on a busy machine). Bounded: a fixed number of queries; 127.0.0.1
// only. Needs `npm run build` first.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadChunks } from '../eval/lib.mjs';
import { freePort, ROOT, serve, TOKEN, waitFor } from './lib.mjs';

const WORKERS = Number(process.env.BENCH_WORKERS ?? 2);
const QUERIES = Number(process.env.BENCH_QUERIES ?? 200);
const BATCH = 200;
/** Similarity requests per measurement, each of the chat's twelve candidate sentences. */
const COMPARISONS = 40;
const CANDIDATES = 12;
const headers = { 'x-internal-token': TOKEN, 'content-type': 'application/json' };

const pct = (ms, p) => {
  const s = [...ms].sort((a, b) => a - b);
  return +s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))].toFixed(1);
};

const STORE = process.env.BENCH_STORE ?? 'lance';
const LIMIT = Number(process.env.BENCH_CHUNKS ?? 1000);
const dir = mkdtempSync(join(tmpdir(), 'george-bench-chroma-'));
const chromaPort = await freePort();
const chroma =
  STORE !== 'chroma'
    ? null
    : spawn(
        process.execPath,
        [
          join(ROOT, 'node_modules/chromadb/dist/cli.mjs'),
          'run',
          '--path',
          join(dir, 'chroma'),
          '--host',
          '127.0.0.1',
          '--port',
          String(chromaPort),
        ],
        { stdio: 'ignore' },
      );
let server;
try {
  if (chroma) await waitFor(`http://127.0.0.1:${chromaPort}/api/v2/heartbeat`);
  server = await serve('services/chroma/dist/app.js', WORKERS, {
    ...(chroma ? { CHROMA_URL: `http://127.0.0.1:${chromaPort}` } : {}),
    DATA_DIR: join(dir, 'data'),
  });
  const post = async (path, body) => {
    const res = await fetch(`${server.url}${path}`, { method: 'POST', headers, body: JSON.stringify(body) });
    const json = await res.json();
    if (!res.ok) throw new Error(`${path}: ${res.status} ${JSON.stringify(json)}`);
    return json;
  };

  const books = await loadChunks({ moby: '2489_moby_dick.txt', pride: '1342_pride_and_prejudice.txt' }, 500);
  const chunks = Object.values(books)
    .flatMap((b) => b.chunks)
    .slice(0, LIMIT);

  // Upserts through the service: embedding, Chroma upsert and the BM25 index.
  let t0 = performance.now();
  for (let i = 0; i < chunks.length; i += BATCH)
    await post('/projects/bench/chunks', { chunks: chunks.slice(i, i + BATCH) });
  const upsertSeconds = (performance.now() - t0) / 1000;

  const data = JSON.parse(readFileSync(join(ROOT, 'eval/retrieval-questions.json'), 'utf8'));
  const texts = data.questions.map((q) => q.question);
  const results = {};
  for (const mode of ['hybrid', 'vector', 'lexical']) {
    const ms = [];
    for (let i = 0; i < QUERIES; i++) {
      const t = performance.now();
      await post('/projects/bench/query', { text: texts[i % texts.length], k: 10, mode });
      ms.push(performance.now() - t);
    }
    results[mode] = { p50: pct(ms, 50), p95: pct(ms, 95) };
  }
  // Four clients at once, hybrid.
  t0 = performance.now();
  let done = 0;
  await Promise.all(
    Array.from({ length: 4 }, async (_, c) => {
      for (let i = 0; i < QUERIES / 4; i++) {
        await post('/projects/bench/query', { text: texts[(i * 4 + c) % texts.length], k: 10 });
        done++;
      }
    }),
  );
  const qps = done / ((performance.now() - t0) / 1000);

  const sentences = chunks
    .flatMap((c) => c.text.split(/(?<=[.!?])\s+/))
    .filter((s) => s.length >= 40 && s.length <= 400);
  const compare = async () => {
    const ms = [];
    for (let i = 0; i < COMPARISONS; i++) {
      const from = (i * CANDIDATES) % (sentences.length - CANDIDATES);
      const t = performance.now();
      await post('/similarity', {
        query: texts[i % texts.length],
        texts: sentences.slice(from, from + CANDIDATES),
      });
      ms.push(performance.now() - t);
    }
    return { p50: pct(ms, 50), p95: pct(ms, 95) };
  };
  const alone = await compare();
  // An upload of the same passages to another project, embedded while the comparisons run.
  const uploading = (async () => {
    for (let i = 0; i < Math.min(chunks.length, 2 * BATCH); i += BATCH)
      await post('/projects/bench-upload/chunks', { chunks: chunks.slice(i, i + BATCH) });
  })();
  const duringUpload = await compare();
  await uploading;

  console.log(
    `${STORE}: ${chunks.length} chunks of ~500 characters (Moby Dick, then Pride and Prejudice), ${WORKERS} workers`,
  );
  console.log(
    `upsert through the service (batches of ${BATCH}): ${Math.round(chunks.length / upsertSeconds)} chunks/s (${upsertSeconds.toFixed(1)} s)`,
  );
  console.log('query latency, k=10, one client (ms):');
  for (const [mode, r] of Object.entries(results))
    console.log(`  ${mode.padEnd(8)} p50 ${r.p50}  p95 ${r.p95}`);
  console.log(`hybrid, 4 concurrent clients: ${qps.toFixed(0)} queries/s`);
  console.log(
    `meaning comparison (POST /similarity, ${CANDIDATES} sentences), one client (ms): alone p50 ${alone.p50}  p95 ${alone.p95}; during an upload p50 ${duringUpload.p50}  p95 ${duringUpload.p95}`,
  );
} finally {
  await server?.stop();
  if (chroma) {
    chroma.kill('SIGTERM');
    await new Promise((r) => (chroma.exitCode !== null ? r() : chroma.once('exit', r)));
  }
  rmSync(dir, { recursive: true, force: true });
}
