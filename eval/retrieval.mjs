#!/usr/bin/env node
// Retrieval quality (npm run eval:retrieval): recall@5 and MRR@10 on the tuned set
// (eval/retrieval-questions.json: Moby Dick, Pride and Prejudice), the development sets, tuned on too
// (eval/dev-questions.json over the held-out set's books, eval/paraphrased-questions.json over all five
// in a reader's own words, and the later sets of eval/answers-lib.mjs, the last eval/reader-12-questions.json
// of a new reader's questions in the reader's own words) and, reported apart, on the held-out
// set (eval/untuned-questions.json: Sherlock Holmes, Frankenstein, Alice; never tuned on), for each
// embedder and chunk size, each ranking:
//   vector   the embedder alone, top 5 (how AnythingLLM retrieves by default)
//   lexical  BM25 alone
//   fused    reciprocal-rank fusion of the two (no story knowledge)
//   story    the backend's story-aware retrieval (names resolved to the story bible, aliases,
//            chapters, entity bonus, fusion): what the chat serves
// One table per run. Embeddings are cached between runs (eval/answers-lib.mjs), so a re-run costs
// only the queries. Options:
//   --embedders hash,bge-small-en-v1.5-q,...   (default: all installed)
//   --sizes 500,1200                            (default: both)
//   --sweep     fusion settings compared on the tuned sets only (k, weights, entity
//               bonus, expansion)
//   --tuned     the tuned sets only (answers-lib TUNED_SETS: what to run while choosing settings)
//   --json, --verbose (misses of the story ranking on the tuned sets)
import { join } from 'node:path';
import {
  ALL_BOOKS,
  EMBEDDERS,
  embedderStack,
  installed,
  loadBooks,
  SET_LABELS,
  SETS,
  searchOf,
  span,
  storyOf,
  TUNED_SETS,
} from './answers-lib.mjs';
import { ROOT } from './lib.mjs';

const { DEFAULT_FUSION, storyRetrieve } = await import(join(ROOT, 'services/backend/dist/chat/retrieval.js'));

const argv = process.argv.slice(2);
const flag = (name) => argv.includes(name);
const option = (name, fallback) => {
  const i = argv.indexOf(name);
  return i >= 0 && argv[i + 1] ? argv[i + 1].split(',') : fallback;
};
const embedders = option('--embedders', Object.keys(EMBEDDERS)).filter((e) => {
  if (!EMBEDDERS[e]) throw new Error(`unknown embedder ${e}`);
  if (!installed(e)) console.error(`(${e} not installed: bash tools/models/install.sh ${e}; skipped)`);
  return installed(e);
});
const sizes = option('--sizes', ['500', '1200']).map(Number);

// Plain fusion: the same weights whether or not the question names anyone.
const PLAIN = { ...DEFAULT_FUSION, entityBoost: 0, unnamedVectorWeight: DEFAULT_FUSION.vectorWeight };
const RANKINGS = {
  vector: (q, ctx) => ctx.search({ text: q, k: 10, mode: 'vector' }),
  lexical: (q, ctx) => ctx.search({ text: q, k: 10, mode: 'lexical' }),
  fused: async (q, ctx) => (await storyRetrieve(q, 10, { search: ctx.search, entities: [] }, PLAIN)).passages,
  story: async (q, ctx) => (await storyRetrieve(q, 10, ctx, ctx.settings ?? DEFAULT_FUSION)).passages,
};

function scoreOf(results, gold) {
  const rank = results.findIndex((r) => r.start < gold.end && r.end > gold.start);
  return { hit5: rank >= 0 && rank < 5 ? 1 : 0, rr: rank >= 0 ? 1 / (rank + 1) : 0, rank };
}

/** Recall@5 and MRR@10 of one ranking over one set. */
async function measure(set, books, contexts, ranking, settings) {
  let hits = 0;
  let rr = 0;
  const misses = [];
  for (const q of set.questions) {
    const book = books[q.book];
    const gold = span(book.text, q.answer);
    const ctx = { ...contexts[q.book], settings };
    const s = scoreOf(await RANKINGS[ranking](q.question, ctx), gold);
    hits += s.hit5;
    rr += s.rr;
    if (!s.hit5) misses.push(`${q.id}${s.rank >= 0 ? `@${s.rank + 1}` : ''}`);
  }
  const n = set.questions.length;
  return { recallAt5: hits / n, mrrAt10: rr / n, misses };
}

const report = { runs: [], sweep: [] };
const bibles = {};
for (const name of embedders) {
  const stack = await embedderStack(name);
  try {
    for (const size of sizes) {
      const { books, embedded, seconds } = await loadBooks(stack, ALL_BOOKS, size);
      if (embedded > 0)
        console.error(
          `${name} @${size}: embedded ${embedded} chunks in ${seconds.toFixed(0)} s (${(embedded / seconds).toFixed(0)} chunks/s)`,
        );
      const contexts = {};
      for (const [key, book] of Object.entries(books)) {
        bibles[key] ??= (await storyOf(key, book)).entities;
        contexts[key] = {
          search: searchOf(stack, book),
          entities: bibles[key],
          chapterCount: async () => book.chapters.length,
        };
      }
      for (const ranking of Object.keys(RANKINGS)) {
        const row = { embedder: name, size, ranking, chunks: 0 };
        row.chunks = Object.values(books).reduce((s, b) => s + b.chunks.length, 0);
        for (const [setName, set] of Object.entries(SETS))
          if (TUNED_SETS.includes(setName) || !flag('--tuned'))
            row[setName] = await measure(set, books, contexts, ranking, DEFAULT_FUSION);
        report.runs.push(row);
      }
      if (flag('--sweep')) {
        // Tuned sets only: the held-out set is never used to choose settings.
        for (const k of [5, 10, 30, 60])
          for (const [vectorWeight, lexicalWeight] of [
            [1, 1],
            [0.5, 1],
            [1, 0.5],
          ])
            for (const entityBoost of [0, 0.5, 1, 2])
              for (const expandVector of [false, true]) {
                const settings = {
                  ...DEFAULT_FUSION,
                  k,
                  vectorWeight,
                  unnamedVectorWeight: vectorWeight,
                  lexicalWeight,
                  entityBoost,
                  expandVector,
                };
                const recallAt5 = {};
                for (const c of TUNED_SETS)
                  recallAt5[c] = (await measure(SETS[c], books, contexts, 'story', settings)).recallAt5;
                report.sweep.push({ embedder: name, size, ...settings, recallAt5 });
              }
      }
    }
  } finally {
    await stack.stop();
  }
}

const f = (x) => (x === undefined ? '-' : x.toFixed(3));
if (flag('--json')) console.log(JSON.stringify(report, null, 2));
else {
  console.log(
    `Retrieval: ${Object.entries(SETS)
      .map(([name, set]) => `${SET_LABELS[name]} ${set.questions.length} questions (${set.about})`)
      .join('; ')}`,
  );
  console.log(
    `story settings: k ${DEFAULT_FUSION.k}, weights vector ${DEFAULT_FUSION.vectorWeight} (${DEFAULT_FUSION.unnamedVectorWeight} for a question naming no one) / lexical ${DEFAULT_FUSION.lexicalWeight}, entity bonus ${DEFAULT_FUSION.entityBoost}, pool ${DEFAULT_FUSION.pool}`,
  );
  const columns = Object.keys(SETS);
  console.log(
    `${'embedder'.padEnd(33)} chunk chars  chunks  ranking   ${columns.map((c) => `${SET_LABELS[c]} R@5 / MRR@10`.padStart(28)).join('')}`,
  );
  for (const r of report.runs) {
    console.log(
      `${EMBEDDERS[r.embedder].label.padEnd(33)} ${String(r.size).padStart(11)}  ${String(r.chunks).padStart(6)}  ${r.ranking.padEnd(8)}  ${columns.map((c) => `${f(r[c]?.recallAt5)} / ${f(r[c]?.mrrAt10)}`.padStart(28)).join('')}`,
    );
    if (flag('--verbose') && r.ranking === 'story')
      for (const c of TUNED_SETS) console.log(`  misses (${SET_LABELS[c]}): ${r[c].misses.join(' ')}`);
  }
  if (report.sweep.length > 0) {
    console.log('\nSweep (tuned sets only), best 15 by the sum of their recall@5:');
    console.log(
      `embedder               size   k  w_vec  w_lex  bonus  expandVec  ${TUNED_SETS.map((c) => `${SET_LABELS[c]} R@5`.padStart(18)).join('')}`,
    );
    const total = (s) => TUNED_SETS.reduce((sum, c) => sum + s.recallAt5[c], 0);
    const best = [...report.sweep].sort((a, b) => total(b) - total(a));
    for (const s of best.slice(0, 15))
      console.log(
        `${s.embedder.padEnd(22)} ${String(s.size).padStart(4)} ${String(s.k).padStart(3)}  ${String(s.vectorWeight).padStart(5)}  ${String(s.lexicalWeight).padStart(5)}  ${String(s.entityBoost).padStart(5)}  ${String(s.expandVector).padEnd(9)}  ${TUNED_SETS.map((c) => f(s.recallAt5[c]).padStart(18)).join('')}`,
      );
  }
}
