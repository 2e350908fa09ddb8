#!/usr/bin/env node
// Learned passage fusion (issue 16), fitted and measured on the tuned sets only (answers-lib
// TUNED_SETS; the held-out set is never read). The ranker is a pairwise logistic regression written
// here (about sixty lines): node_modules holds no maintained learning library, and the model is ten
// weights over the inputs of the backend's `fusionInputs`, fitted by gradient descent.
// For every tuned question: the story-aware retrieval's pool (`storyPool`: both rankings' first 40
// with each passage's features), each passage labelled by whether it overlaps the answering quote.
// Reported per set, LEAVE ONE SET OUT (the weights fitted on the other sets, measured on the one left
// out: the honest figure of how the learned fusion generalises), against today's reciprocal-rank
// fusion (DEFAULT_FUSION): the answering passage in the ranking's first three and first five and,
// with --chat, the offline chat answer's first three citations (the backend's answerMessage over each
// ranking), with how many questions the ranking's first three held and the citations missed. Then
// the weights fitted on every tuned set, what DEFAULT_FUSION.learned would hold.
// Options: --chat, --l2 <the pull towards today's weights, in questions' worth> (default 1), --json,
// --objective pairs,first-three,search (each fitted and measured), --keep-top 0,3 (today's first n
// passages kept, the learned fusion ordering the rest).
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
// What a pair is worth: `pairs`, every (answering, other) pair alike; `first-three`, each pair by
// how much swapping the two would change what the first three hold (below); `search`, a coordinate
// search for the most answering passages ranked in the first three (no pairs).
const OBJECTIVES = option('--objective', 'pairs').split(',');
// Today's first n passages kept in place, the learned fusion ordering only the rest (0: all).
const KEEP_TOPS = option('--keep-top', '0').split(',').map(Number);
const FIRST = 3;
// Passages handed to the answerer in place of the k it asks for (0: its own k).
const PASSAGES = Number(option('--passages', '0'));

/** Today's reciprocal-rank fusion as weights of the same inputs (the fit starts from it and is pulled to it). */
const TODAY = Object.fromEntries(FUSION_INPUTS.map((input) => [input, 0]));
Object.assign(TODAY, {
  vectorReciprocal: DEFAULT_FUSION.vectorWeight,
  lexicalReciprocal: DEFAULT_FUSION.lexicalWeight,
  vectorReciprocalUnnamed: DEFAULT_FUSION.unnamedVectorWeight - DEFAULT_FUSION.vectorWeight,
  entityShare: DEFAULT_FUSION.entityBoost / (K + 1),
});

/**
 * What a passage at rank r (0-based) gives the first three: all of it in the first three, then less
 * the further down (the answerer reads eight passages; a lead sentence may come from any).
 */
const gain = (rank) => (rank < FIRST ? 1 : 1 / (rank - FIRST + 2));

/** Each row's rank (0-based) when the rows are ordered by the scaled weights `u`. */
function ranksUnder(u, rows, spread) {
  const scores = rows.map((r) => r.x.reduce((s, v, i) => s + (u[i] * v) / spread[i], 0));
  const order = scores.map((_, i) => i).sort((a, b) => scores[b] - scores[a]);
  const ranks = new Array(rows.length);
  order.forEach((row, rank) => {
    ranks[row] = rank;
  });
  return ranks;
}

/** Each input's spread over the questions' passages (1 when it does not vary). */
function spreadOf(questions) {
  const all = questions.flatMap((q) => q.rows);
  return FUSION_INPUTS.map((_, i) => {
    const mean = all.reduce((s, r) => s + r.x[i], 0) / all.length;
    return Math.sqrt(all.reduce((s, r) => s + (r.x[i] - mean) ** 2, 0) / all.length) || 1;
  });
}

/**
 * The `search` objective: coordinate search from today's weights for the most questions whose
 * answering passage ranks in the first three (a hundredth of `gain` below them breaks ties), each
 * weight in turn moved by steps of today's largest weight, a move kept only when it gains.
 */
function searchFirstThree(questions, spread) {
  const value = (u) =>
    questions.reduce((sum, q) => {
      const ranks = ranksUnder(u, q.rows, spread);
      const best = Math.min(...q.rows.flatMap((r, row) => (r.label ? [ranks[row]] : [])));
      return sum + (best < FIRST ? 1 : gain(best) / 100);
    }, 0);
  const u = FUSION_INPUTS.map((input, i) => TODAY[input] * spread[i]);
  const unit = Math.max(...u.map(Math.abs));
  let current = value(u);
  for (let round = 0; round < 3; round++)
    for (let i = 0; i < u.length; i++) {
      const start = u[i];
      let best = start;
      for (const step of [-1, -0.5, -0.25, 0.25, 0.5, 1]) {
        u[i] = start + step * unit;
        const tried = value(u);
        if (tried > current) [current, best] = [tried, u[i]];
      }
      u[i] = best;
    }
  return Object.fromEntries(FUSION_INPUTS.map((input, i) => [input, u[i] / spread[i]]));
}

/**
 * Pairwise logistic ranker: for each question, every (answering, other) pair of its pooled passages
 * should score answering > other; loss log(1 + e^-(s+ - s-)), each question weighing the same, plus
 * `L2` questions' worth of squared distance from today's weights. Inputs are scaled by their spread so
 * that one step size fits all; the weights are returned in the inputs' own units.
 * With the `first-three` objective each pair also weighs |gain(its answering passage's rank) -
 * gain(the other's)| under the current weights (LambdaRank's swap weight, re-ranked every 10 steps):
 * a pair across the third place counts most, a pair both in the first three or both far down little.
 */
function fitRanker(questions, objective) {
  const n = FUSION_INPUTS.length;
  const spread = spreadOf(questions);
  if (objective === 'search') return searchFirstThree(questions, spread);
  const diffs = [];
  const weights = [];
  // For each pair: its question and the rows of its answering and other passage (for the swap weight).
  const pairs = [];
  questions.forEach((q, question) => {
    const good = q.rows.flatMap((r, row) => (r.label ? [row] : []));
    const bad = q.rows.flatMap((r, row) => (r.label ? [] : [row]));
    for (const g of good)
      for (const b of bad) {
        diffs.push(...q.rows[g].x.map((v, i) => (v - q.rows[b].x[i]) / spread[i]));
        weights.push(1 / (good.length * bad.length * questions.length));
        pairs.push([question, g, b]);
      }
  });
  const d = Float64Array.from(diffs);
  const prior = FUSION_INPUTS.map((input, i) => TODAY[input] * spread[i]);
  const u = [...prior];
  let swap = weights.map(() => 1);
  for (let step = 0; step < 800; step++) {
    if (objective === 'first-three' && step % 10 === 0) {
      const ranks = questions.map((q) => ranksUnder(u, q.rows, spread));
      swap = pairs.map(([question, g, b]) => Math.abs(gain(ranks[question][g]) - gain(ranks[question][b])));
    }
    const gradient = u.map((ui, i) => (2 * L2 * (ui - prior[i])) / questions.length);
    for (let p = 0; p < weights.length; p++) {
      let margin = 0;
      for (let i = 0; i < n; i++) margin += u[i] * d[p * n + i];
      const pull = (-weights[p] * swap[p]) / (1 + Math.exp(margin));
      for (let i = 0; i < n; i++) gradient[i] += pull * d[p * n + i];
    }
    for (let i = 0; i < n; i++) u[i] -= 0.5 * gradient[i];
  }
  return Object.fromEntries(FUSION_INPUTS.map((input, i) => [input, u[i] / spread[i]]));
}

const stack = await embedderStack('bge-small-en-v1.5-q');
const chat = argv.includes('--chat');
const report = { l2: L2, sets: {}, weights: {} };
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
  /** The ranking of a variant: today's, or the learned one below today's first `keepTop` passages. */
  const ranking = (pooled, variant) => {
    const today = fuse(pooled, DEFAULT_FUSION);
    if (!variant) return today;
    const learned = fuse(pooled, { ...DEFAULT_FUSION, learned: variant.weights });
    const kept = today.slice(0, variant.keepTop);
    const keptIds = new Set(kept.map((p) => p.id));
    return [...kept, ...learned.filter((p) => !keptIds.has(p.id))];
  };
  const measure = (entries, variant) => {
    let hits = 0;
    let top = 0;
    let rr = 0;
    for (const { pooled, gold } of entries) {
      const rank = ranking(pooled, variant).findIndex((p) => p.start < gold.end && p.end > gold.start);
      if (rank >= 0 && rank < 5) hits += 1;
      if (rank >= 0 && rank < FIRST) top += 1;
      if (rank >= 0 && rank < 10) rr += 1 / (rank + 1);
    }
    return { recallAt5: hits / entries.length, mrrAt10: rr / entries.length, hits, top };
  };
  // The first three citations holding the answer, and `missed`: questions whose ranking's first three
  // passages hold it but whose first three citations do not (what the answerer, not the fusion, loses).
  const firstThree = async (entries, variant) => {
    let held = 0;
    let missed = 0;
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
      let ranked = [];
      sources.retrieve = async (question, k) => {
        ranked = ranking((await storyPool(question, k, context)).pooled, variant).slice(0, PASSAGES || k);
        return ranked;
      };
      const answer = await answerMessage(q.question, [], sources);
      const holds = (p) => p.start < gold.end && p.end > gold.start;
      if (answer.citations.slice(0, FIRST).some(holds)) held += 1;
      else if (ranked.slice(0, FIRST).some(holds)) missed += 1;
    }
    return { held, missed };
  };
  for (const left of TUNED_SETS) {
    const row = { n: data[left].length, today: measure(data[left], null), variants: {} };
    if (chat) Object.assign(row.today, await firstThree(data[left], null));
    for (const objective of OBJECTIVES) {
      const weights = fitRanker(trainable(TUNED_SETS.filter((s) => s !== left)), objective);
      for (const keepTop of KEEP_TOPS) {
        const variant = { weights, keepTop };
        const measured = measure(data[left], variant);
        if (chat) Object.assign(measured, await firstThree(data[left], variant));
        row.variants[`${objective}, keep ${keepTop}`] = measured;
      }
    }
    report.sets[left] = row;
    console.error(`${left} done ${new Date().toISOString()}`);
  }
  for (const objective of OBJECTIVES) report.weights[objective] = fitRanker(trainable(TUNED_SETS), objective);
} finally {
  await stack.stop();
}

if (argv.includes('--json')) console.log(JSON.stringify(report, null, 2));
else {
  console.log(
    `Learned fusion, leave one tuned set out (l2 ${L2}): per left-out set, answering passage in the first 3 / first 5 of the ranking${chat ? " / first three citations (missed: the ranking's first three held it)" : ''}`,
  );
  const names = Object.keys(Object.values(report.sets)[0].variants);
  const cell = (m) => `${m.top}/${m.hits}${chat ? `/${m.held} (${m.missed})` : ''}`;
  console.log(
    `${'left out'.padEnd(24)} ${'n'.padStart(3)}  ${['today', ...names].map((v) => v.padStart(22)).join('')}`,
  );
  const total = (pick) => {
    const sum = { top: 0, hits: 0, held: 0, missed: 0 };
    for (const r of Object.values(report.sets)) {
      sum.top += pick(r).top;
      sum.hits += pick(r).hits;
      sum.held += pick(r).held ?? 0;
      sum.missed += pick(r).missed ?? 0;
    }
    return sum;
  };
  for (const [name, r] of Object.entries(report.sets))
    console.log(
      `${SET_LABELS[name].padEnd(24)} ${String(r.n).padStart(3)}  ${[r.today, ...names.map((v) => r.variants[v])].map((m) => cell(m).padStart(22)).join('')}`,
    );
  console.log(
    `${'all'.padEnd(28)}  ${[total((r) => r.today), ...names.map((v) => total((r) => r.variants[v]))].map((m) => cell(m).padStart(22)).join('')}`,
  );
  for (const v of names) {
    const won = (key) => Object.values(report.sets).filter((r) => r.variants[v][key] > r.today[key]).length;
    const lost = (key) => Object.values(report.sets).filter((r) => r.variants[v][key] < r.today[key]).length;
    console.log(
      `${v}: sets won/lost recall@5 ${won('hits')}/${lost('hits')}${chat ? `, first three ${won('held')}/${lost('held')}` : ''}`,
    );
  }
  for (const [objective, weights] of Object.entries(report.weights)) {
    console.log(`weights fitted on every tuned set, ${objective} (today in brackets):`);
    for (const input of FUSION_INPUTS)
      console.log(`  ${input.padEnd(28)} ${weights[input].toPrecision(4).padStart(10)}  (${TODAY[input]})`);
  }
}
