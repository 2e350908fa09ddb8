#!/usr/bin/env node
// Learned passage fusion (issue 16), fitted and measured on the tuned sets only (answers-lib
// TUNED_SETS; the held-out set is never read). The ranker is a pairwise logistic regression written
// here (about sixty lines): node_modules holds no maintained learning library, and the model is ten
// weights over the inputs of the backend's `fusionInputs`, fitted by gradient descent.
// For every tuned question: the story-aware retrieval's pool (`storyPool`: both rankings' first 40
// with each passage's features), each passage labelled by whether it overlaps the answering quote.
// Reported per set, LEAVE ONE SET OUT (the weights fitted on the other sets, measured on the one left
// out: the honest figure of how the learned fusion generalises), against today's reciprocal-rank
// fusion (DEFAULT_FUSION): recall@5 and MRR@10 of the ranking and, with --chat, the offline chat
// answer's first three citations (the backend's answerMessage over each ranking). Then the weights
// fitted on every tuned set, what DEFAULT_FUSION.learned would hold.
// Options: --chat, --l2 <the pull towards today's weights, in questions' worth> (default 1), --json.
// Run: nice -n 10 node eval/train-fusion.mjs --chat (EVAL_CACHE_DIR as the other evaluations).
import { join } from 'node:path';
import {
  ALL_BOOKS,
  chatSources,
  embedderStack,
  fillSentences,
  loadBooks,
  SET_LABELS,
  SETS,
  searchOf,
  span,
  storyOf,
  TUNED_SETS,
} from './answers-lib.mjs';
import { ROOT } from './lib.mjs';

const dist = (file) => import(join(ROOT, 'services/backend/dist/chat', file));
const { DEFAULT_FUSION, FUSION_INPUTS, fuse, fusionInputs, storyPool } = await dist('retrieval.js');
const { answerMessage } = await dist('pipeline.js');

const argv = process.argv.slice(2);
const option = (name, fallback) => {
  const i = argv.indexOf(name);
  return i >= 0 && argv[i + 1] ? argv[i + 1] : fallback;
};
const L2 = Number(option('--l2', '1'));
const K = DEFAULT_FUSION.k;

/** Today's reciprocal-rank fusion as weights of the same inputs (the fit starts from it and is pulled to it). */
const TODAY = Object.fromEntries(FUSION_INPUTS.map((input) => [input, 0]));
Object.assign(TODAY, {
  vectorReciprocal: DEFAULT_FUSION.vectorWeight,
  lexicalReciprocal: DEFAULT_FUSION.lexicalWeight,
  vectorReciprocalUnnamed: DEFAULT_FUSION.unnamedVectorWeight - DEFAULT_FUSION.vectorWeight,
  entityShare: DEFAULT_FUSION.entityBoost / (K + 1),
});

/**
 * Pairwise logistic ranker: for each question, every (answering, other) pair of its pooled passages
 * should score answering > other; loss log(1 + e^-(s+ - s-)), each question weighing the same, plus
 * `L2` questions' worth of squared distance from today's weights. Inputs are scaled by their spread so
 * that one step size fits all; the weights are returned in the inputs' own units.
 */
function fitRanker(questions) {
  const n = FUSION_INPUTS.length;
  const all = questions.flatMap((q) => q.rows);
  const spread = FUSION_INPUTS.map((_, i) => {
    const mean = all.reduce((s, r) => s + r.x[i], 0) / all.length;
    return Math.sqrt(all.reduce((s, r) => s + (r.x[i] - mean) ** 2, 0) / all.length) || 1;
  });
  const diffs = [];
  const weights = [];
  for (const q of questions) {
    const good = q.rows.filter((r) => r.label);
    const bad = q.rows.filter((r) => !r.label);
    for (const g of good)
      for (const b of bad) {
        diffs.push(...g.x.map((v, i) => (v - b.x[i]) / spread[i]));
        weights.push(1 / (good.length * bad.length * questions.length));
      }
  }
  const d = Float64Array.from(diffs);
  const prior = FUSION_INPUTS.map((input, i) => TODAY[input] * spread[i]);
  const u = [...prior];
  for (let step = 0; step < 800; step++) {
    const gradient = u.map((ui, i) => (2 * L2 * (ui - prior[i])) / questions.length);
    for (let p = 0; p < weights.length; p++) {
      let margin = 0;
      for (let i = 0; i < n; i++) margin += u[i] * d[p * n + i];
      const pull = -weights[p] / (1 + Math.exp(margin));
      for (let i = 0; i < n; i++) gradient[i] += pull * d[p * n + i];
    }
    for (let i = 0; i < n; i++) u[i] -= 0.5 * gradient[i];
  }
  return Object.fromEntries(FUSION_INPUTS.map((input, i) => [input, u[i] / spread[i]]));
}

const stack = await embedderStack('bge-small-en-v1.5-q');
const report = { l2: L2, sets: {}, weights: null };
try {
  const { books } = await loadBooks(stack, ALL_BOOKS, 1200);
  // The pools, labelled, per tuned set.
  const data = {};
  for (const setName of TUNED_SETS) {
    data[setName] = [];
    for (const q of SETS[setName].questions) {
      const book = books[q.book];
      book.story ??= await storyOf(q.book, book);
      book.search ??= searchOf(stack, book);
      const context = {
        search: book.search,
        entities: book.story.entities,
        chapterCount: async () => book.chapters.length,
      };
      const gold = span(book.text, q.answer);
      const { pooled } = await storyPool(q.question, 8, context);
      const rows = pooled.map(({ passage, features }) => ({
        label: passage.start < gold.end && passage.end > gold.start,
        x: FUSION_INPUTS.map((input) => fusionInputs(features, K)[input]),
      }));
      data[setName].push({ q, book, context, gold, pooled, rows });
    }
  }
  const trainable = (sets) => sets.flatMap((s) => data[s]).filter((d) => d.rows.some((r) => r.label));
  const measure = (entries, settings) => {
    let hits = 0;
    let rr = 0;
    for (const { pooled, gold } of entries) {
      const rank = fuse(pooled, settings).findIndex((p) => p.start < gold.end && p.end > gold.start);
      if (rank >= 0 && rank < 5) hits += 1;
      if (rank >= 0 && rank < 10) rr += 1 / (rank + 1);
    }
    return { recallAt5: hits / entries.length, mrrAt10: rr / entries.length };
  };
  const firstThree = async (entries, settings) => {
    let held = 0;
    for (const { q, book, context, gold } of entries) {
      if (!book.filled) book.filled = await fillSentences(stack, book);
      const sources = await chatSources({
        stack,
        project: book.project,
        search: book.search,
        entities: book.story.entities,
        facts: book.story.facts,
        chapterCount: book.chapters.length,
      });
      sources.retrieve = async (question, k) =>
        fuse((await storyPool(question, k, context, settings)).pooled, settings).slice(0, k);
      const answer = await answerMessage(q.question, [], sources);
      if (answer.citations.slice(0, 3).some((c) => c.start < gold.end && c.end > gold.start)) held += 1;
    }
    return held;
  };
  for (const left of TUNED_SETS) {
    const weights = fitRanker(trainable(TUNED_SETS.filter((s) => s !== left)));
    const learned = { ...DEFAULT_FUSION, learned: weights };
    const row = {
      n: data[left].length,
      today: measure(data[left], DEFAULT_FUSION),
      learned: measure(data[left], learned),
      weights,
    };
    if (argv.includes('--chat')) {
      row.today.firstThree = await firstThree(data[left], DEFAULT_FUSION);
      row.learned.firstThree = await firstThree(data[left], learned);
    }
    report.sets[left] = row;
    console.error(`${left} done`);
  }
  report.weights = fitRanker(trainable(TUNED_SETS));
} finally {
  await stack.stop();
}

if (argv.includes('--json')) console.log(JSON.stringify(report, null, 2));
else {
  const f = (x) => x.toFixed(3);
  const chat = argv.includes('--chat');
  console.log(
    `Learned fusion, leave one tuned set out (l2 ${L2}): today's reciprocal-rank fusion -> weights fitted on the other sets`,
  );
  console.log(
    `${'left out'.padEnd(24)} questions   R@5 today -> learned   MRR@10 today -> learned${chat ? '   first three today -> learned' : ''}`,
  );
  const sum = { today: 0, learned: 0, todayChat: 0, learnedChat: 0, n: 0, won: 0, lost: 0 };
  for (const [name, r] of Object.entries(report.sets)) {
    sum.n += r.n;
    sum.today += r.today.recallAt5 * r.n;
    sum.learned += r.learned.recallAt5 * r.n;
    if (r.learned.recallAt5 > r.today.recallAt5) sum.won += 1;
    if (r.learned.recallAt5 < r.today.recallAt5) sum.lost += 1;
    if (chat) {
      sum.todayChat += r.today.firstThree;
      sum.learnedChat += r.learned.firstThree;
    }
    console.log(
      `${SET_LABELS[name].padEnd(24)} ${String(r.n).padStart(9)}   ${f(r.today.recallAt5)} -> ${f(r.learned.recallAt5)}         ${f(r.today.mrrAt10)} -> ${f(r.learned.mrrAt10)}${chat ? `         ${r.today.firstThree} -> ${r.learned.firstThree}` : ''}`,
    );
  }
  console.log(
    `all ${sum.n}: recall@5 hits ${Math.round(sum.today)} -> ${Math.round(sum.learned)} (sets won ${sum.won}, lost ${sum.lost})${chat ? `; first three ${sum.todayChat} -> ${sum.learnedChat}` : ''}`,
  );
  console.log('weights fitted on every tuned set (inputs of fusionInputs; today in brackets):');
  for (const input of FUSION_INPUTS)
    console.log(
      `  ${input.padEnd(28)} ${report.weights[input].toPrecision(4).padStart(10)}  (${TODAY[input]})`,
    );
}
