#!/usr/bin/env node
// Retrieval quality of the chroma service (npm run eval:retrieval): recall@5 and MRR@10 over
// eval/retrieval-questions.json, for the hybrid ranking the query route serves by default and for
// its vector-only and BM25-only parts, with chunks of about 500 and about 1200 characters.
// Needs `npm run build` first. Options: --json, --verbose.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadChunks, ROOT, startStack, upsertAll } from './lib.mjs';

const args = new Set(process.argv.slice(2));
const data = JSON.parse(readFileSync(join(ROOT, 'eval/retrieval-questions.json'), 'utf8'));
const MODES = ['hybrid', 'vector', 'lexical'];

function span(text, quote) {
  const pattern = quote
    .trim()
    .split(/\s+/)
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('\\s+');
  const m = new RegExp(pattern).exec(text);
  if (!m) throw new Error(`answer not found in the book: ${quote}`);
  return { start: m.index, end: m.index + m[0].length };
}

const SIZES = [500, 1200];
const stack = await startStack();
const report = { questions: data.questions.length, embedder: '', runs: [] };
try {
  for (const size of SIZES) {
    const books = await loadChunks(data.books, size);
    const project = `eval${size}`;
    for (const book of Object.values(books)) await upsertAll(stack, project, book.chunks);
    const totals = Object.fromEntries(MODES.map((m) => [m, { hits5: 0, rr: 0 }]));
    const misses = [];
    for (const q of data.questions) {
      const answer = span(books[q.book].text, q.answer);
      for (const mode of MODES) {
        const res = await stack.app.inject({
          method: 'POST',
          url: `/projects/${project}/query`,
          headers: stack.headers,
          payload: { text: q.question, k: 10, mode },
        });
        const reply = res.json();
        report.embedder = reply.embedder;
        const results = reply.results;
        const rank = results.findIndex(
          (r) =>
            r.metadata.fileId === q.book && r.metadata.start < answer.end && r.metadata.end > answer.start,
        );
        if (rank >= 0 && rank < 5) totals[mode].hits5 += 1;
        if (rank >= 0) totals[mode].rr += 1 / (rank + 1);
        if (mode === 'hybrid' && (rank < 0 || rank >= 5))
          misses.push({ id: q.id, rank: rank < 0 ? null : rank + 1 });
      }
    }
    const n = data.questions.length;
    report.runs.push({
      chunkChars: size,
      chunks: Object.values(books).reduce((s, b) => s + b.chunks.length, 0),
      results: Object.fromEntries(
        MODES.map((m) => [
          m,
          { recallAt5: +(totals[m].hits5 / n).toFixed(3), mrrAt10: +(totals[m].rr / n).toFixed(3) },
        ]),
      ),
      hybridMisses: misses,
    });
  }
  if (args.has('--json')) console.log(JSON.stringify(report, null, 2));
  else {
    console.log(
      `${report.questions} questions (Moby Dick, Pride and Prejudice), embedder ${report.embedder}`,
    );
    console.log('chunk chars  chunks  mode      recall@5  MRR@10');
    for (const run of report.runs) {
      for (const m of MODES) {
        const r = run.results[m];
        console.log(
          `${String(run.chunkChars).padStart(11)}  ${String(run.chunks).padStart(6)}  ${m.padEnd(9)} ${r.recallAt5.toFixed(3).padStart(8)}  ${r.mrrAt10.toFixed(3).padStart(6)}`,
        );
      }
      if (args.has('--verbose'))
        console.log('  hybrid misses (rank, null = not in top 10):', JSON.stringify(run.hybridMisses));
    }
  }
} finally {
  await stack.stop();
}
