// Embedding throughput of the installed models (npm run bench -- embeddings): passages per second
// through the chroma service's embedding pool at ~500 and ~1,200 characters (Pride and
// Prejudice, cut by the backend's chunker), with one and two threads; the latency of a query
// embedded while an upload runs (the pool lets queries in between small batches) and when idle;
// and the memory of the embedding threads (process RSS before and after the model loads).
// Options (environment): BENCH_CHUNKS (passages per run, default 160), BENCH_MODELS (comma list).
// Needs `npm run build` and the models (bash tools/models/install.sh --all).
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { loadChunks } from '../eval/lib.mjs';
import { ROOT } from './lib.mjs';

const { EmbeddingPool } = await import(join(ROOT, 'services/chroma/dist/embedding/pool.js'));

const N = Number(process.env.BENCH_CHUNKS ?? 160);
const MODELS = (process.env.BENCH_MODELS ?? 'bge-small-en-v1.5-q,bge-small-en-v1.5,all-minilm-l6-v2').split(
  ',',
);
const QUERIES = [
  'Who rescued Ishmael?',
  'What did Mr. Darcy write in his letter to Elizabeth?',
  'Where does Queequeg come from?',
];

const pct = (ms, p) => {
  const s = [...ms].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))].toFixed(0);
};
const mb = (bytes) => (bytes / 1024 / 1024).toFixed(0);

const sizes = {};
for (const size of [500, 1200]) {
  const { pride } = await loadChunks({ pride: '1342_pride_and_prejudice.txt' }, size);
  sizes[size] = pride.chunks.slice(0, N).map((c) => c.text);
}

console.log(`${N} passages per run; 2 shared cores; batch 8`);
console.log(
  'model                 chars threads  passages/s  query during upload p50/p95 ms  idle query ms  RSS +MB',
);
for (const model of MODELS) {
  const dir = join(ROOT, 'models', model);
  if (!existsSync(join(dir, 'model.json'))) {
    console.log(`${model.padEnd(21)} not installed (bash tools/models/install.sh ${model})`);
    continue;
  }
  for (const threads of model === MODELS[0] ? [1, 2] : [1]) {
    for (const size of [500, 1200]) {
      const before = process.memoryUsage().rss;
      const pool = new EmbeddingPool({ modelDir: dir, threads, batchSize: 8 });
      await pool.ready();
      await pool.embed(sizes[size].slice(0, 8), 'document'); // warm-up: onnxruntime's first run allocates
      const loaded = process.memoryUsage().rss - before;
      const started = performance.now();
      let uploading = true;
      const upload = pool.embed(sizes[size], 'document').then(() => {
        uploading = false;
        return performance.now() - started;
      });
      const during = [];
      for (let i = 0; uploading; i++) {
        const t = performance.now();
        await pool.embed([QUERIES[i % QUERIES.length]], 'query');
        if (uploading) during.push(performance.now() - t);
      }
      const seconds = (await upload) / 1000;
      const idle = [];
      for (let i = 0; i < 10; i++) {
        const t = performance.now();
        await pool.embed([QUERIES[i % QUERIES.length]], 'query');
        idle.push(performance.now() - t);
      }
      await pool.close();
      console.log(
        `${model.padEnd(21)} ${String(size).padStart(5)} ${String(threads).padStart(7)}  ${(N / seconds).toFixed(1).padStart(10)}  ${`${during.length ? pct(during, 50) : '-'} / ${during.length ? pct(during, 95) : '-'}`.padStart(30)}  ${pct(idle, 50).padStart(13)}  ${mb(loaded).padStart(7)}`,
      );
    }
  }
}
