#!/usr/bin/env node
// Which passages the offline answer quotes after its lead (issue 16: the first three citations).
// extractiveAnswer quotes the lead sentence, then supporting passages (its lead's passage skipped), a
// strong runner-up sentence displacing the last. Lead fixed, the first three hold the answer when the
// lead does or one of the two passages quoted after it does, so this script compares orders of the
// supporting passages (the answer replayed on the gathered candidates of eval/candidates-lib.mjs,
// TUNED sets only; the held-out set is never read; the answerer's own `supportOrder` off, so each
// order is quoted as given; "served" is the answerer as built, which quotes in the blend at 0.5):
//   today       the retrieval order;
//   best        by the place of each passage's best candidate in the sentence ranking;
//   blend β     by retrieval place + β × that place;
//   top K       the passages holding one of the best K candidates first, in retrieval order;
//   blend+top   the blend, the passages holding one of the best K candidates first;
//   apart g     a passage overlapping the lead's quote or another quoted passage, or within g
//               characters of it, last (near-duplicate passages spend a citation on the same lines);
//   margin m    today's order, the runner-up sentence displacing the last passage when it scores m
//               more than that passage's best (today 10);
//   learned     a logistic model over each passage's features, fitted on the questions whose lead
//               misses (only there can a supporting passage add the answer; the set-level objective).
// Every parameter is chosen LEAVE ONE SET OUT: for each tuned set, the setting with the most first
// three on the other twelve, measured on the one left out.
// Run: EVAL_CACHE_DIR=... nice -n 10 node eval/train-support.mjs --save /tmp/candidates.json, then
// --load /tmp/candidates.json (eval/train-sentences.mjs saves the same file).
import { join } from 'node:path';
import { SET_LABELS, TUNED_SETS } from './answers-lib.mjs';
import { optionReader, overlaps, rankedGathered } from './candidates-lib.mjs';
import { ROOT } from './lib.mjs';

const { extractiveAnswer, SENTENCE_WEIGHTS } = await import(
  join(ROOT, 'services/backend/dist/chat/extractive.js')
);

const option = optionReader(process.argv.slice(2));
const items = await rankedGathered(option);

/**
 * The citations with the supporting passages quoted in `order` (the answerer's own reordering,
 * `supportOrder`, off; today: the retrieval order) and the runner-up's margin `secondQuote`.
 */
function citationsFor(item, order = item.retrieved, secondQuote = SENTENCE_WEIGHTS.secondQuote) {
  if (!item.candidates) return item.citations;
  return extractiveAnswer(item.question, order, item.facts, {
    stated: item.stated,
    ranked: item.ranked,
    weights: { ...SENTENCE_WEIGHTS, secondQuote, supportByBest: 0 },
  }).citations;
}
for (const item of items) item.today = citationsFor(item);
const holds = (item, citations) => citations.slice(0, 3).some((c) => overlaps(c, item.gold));

/** Each retrieved passage's place among the passages by its best candidate in the ranking. */
function bestPlaces(item) {
  const places = new Map();
  for (const s of item.ranked) if (!places.has(s.passage.id)) places.set(s.passage.id, places.size);
  return item.retrieved.map((p) => places.get(p.id) ?? item.retrieved.length);
}

/** `item.retrieved` sorted by `key(passage, retrievalPlace)`, ties kept in retrieval order. */
const sortedBy = (item, key) =>
  item.retrieved
    .map((p, i) => ({ p, i, k: key(p, i) }))
    .sort((a, b) => a.k - b.k || a.i - b.i)
    .map(({ p }) => p);

const gapBetween = (a, b) =>
  a.fileId !== b.fileId ? Number.POSITIVE_INFINITY : Math.max(a.start, b.start) - Math.min(a.end, b.end);
const spanOf = (p) => ({ fileId: p.fileId, start: p.start, end: p.start + p.text.length });

function apart(item, gap) {
  const lead = item.today[0];
  if (!lead) return item.retrieved;
  const taken = [lead];
  const kept = [];
  const later = [];
  for (const p of item.retrieved) {
    const span = spanOf(p);
    if (p !== item.ranked[0]?.passage && taken.some((t) => gapBetween(span, t) <= gap)) later.push(p);
    else {
      kept.push(p);
      taken.push(span);
    }
  }
  return [...kept, ...later];
}

/** Each retrieved passage's features for the learned order. */
function passageFeatures(item) {
  const places = bestPlaces(item);
  const lead = item.today[0];
  const top = item.ranked[0]?.score ?? 1;
  return item.retrieved.map((p, i) => {
    const own = item.ranked.filter((s) => s.passage.id === p.id);
    const topTwelve = item.ranked.slice(0, 12).filter((s) => s.passage.id === p.id).length;
    const near = lead ? gapBetween(spanOf(p), lead) : Number.POSITIVE_INFINITY;
    return [
      1,
      1 / (1 + i),
      1 / (1 + places[i]),
      Math.max(0, ...own.map((s) => s.cosine ?? 0)),
      Math.max(0, ...own.map((s) => (s.features.match > 0 ? s.features.shape : 0))),
      Math.max(0, ...own.map((s) => s.score)) / (Math.abs(top) || 1),
      topTwelve / 12,
      near <= 0 ? 1 : 0,
      near > 0 && near <= 600 ? 1 : 0,
    ];
  });
}

/** Logistic regression (gradient descent, L2 `l2`) on passages of questions whose lead misses. */
function fitLearned(train, l2 = 0.01, steps = 300, rate = 0.5) {
  const rows = [];
  for (const item of train) {
    if (!item.candidates || !item.today[0] || overlaps(item.today[0], item.gold)) continue;
    const xs = passageFeatures(item);
    item.retrieved.forEach((p, i) => {
      if (p === item.ranked[0]?.passage) return;
      rows.push({ x: xs[i], y: overlaps(spanOf(p), item.gold) ? 1 : 0 });
    });
  }
  const w = rows[0]?.x.map(() => 0) ?? [];
  for (let step = 0; step < steps; step++) {
    const grad = w.map((wj) => l2 * wj);
    for (const { x, y } of rows) {
      const p = 1 / (1 + Math.exp(-x.reduce((s, xj, j) => s + xj * w[j], 0)));
      for (let j = 0; j < w.length; j++) grad[j] += ((p - y) * x[j]) / rows.length;
    }
    for (let j = 0; j < w.length; j++) w[j] -= rate * grad[j];
  }
  return w;
}

const learnedOrder = (w) => (item) => {
  const xs = passageFeatures(item);
  return sortedBy(item, (_p, i) => -xs[i].reduce((s, xj, j) => s + xj * w[j], 0));
};

/** A variant: its settings, and the order it gives a question for a setting. */
const VARIANTS = {
  today: { settings: [null], order: () => (item) => item.retrieved },
  best: { settings: [null], order: () => (item) => sortedBy(item, (_p, i) => bestPlaces(item)[i]) },
  blend: {
    settings: [0.25, 0.5, 1, 2, 4],
    order: (beta) => (item) => {
      const places = bestPlaces(item);
      return sortedBy(item, (_p, i) => i + beta * places[i]);
    },
  },
  top: {
    settings: [2, 3, 4, 6, 8, 12, 20],
    order: (k) => (item) => {
      const held = new Set(item.ranked.slice(0, k).map((s) => s.passage.id));
      return sortedBy(item, (p) => (held.has(p.id) ? 0 : 1));
    },
  },
  'blend+top': {
    settings: [0.25, 0.5, 1].flatMap((beta) => [6, 8, 12].map((k) => [beta, k])),
    order:
      ([beta, k]) =>
      (item) => {
        const places = bestPlaces(item);
        const held = new Set(item.ranked.slice(0, k).map((s) => s.passage.id));
        return sortedBy(item, (p, i) => (held.has(p.id) ? 0 : 100) + i + beta * places[i]);
      },
  },
  apart: { settings: [0, 200, 600, 1200], order: (gap) => (item) => apart(item, gap) },
  learned: { settings: [0.001, 0.01, 0.1], fit: true },
  margin: {
    settings: [10, 0, 3, 6, 8, 12, 16, 25, 1e9],
    order: () => (item) => item.retrieved,
    margin: true,
  },
};

const setOf = (name) => items.filter((i) => i.set === name);
const firstThree = (list, order, margin) =>
  list.filter((item) =>
    holds(item, item.candidates ? citationsFor(item, order(item), margin) : item.citations),
  ).length;

// Headroom: where the answer lies when today's first three miss it.
const misses = { total: 0, leadPassage: 0, retrieved: 0, stated: 0, nowhere: 0 };
for (const item of items) {
  if (holds(item, item.today)) continue;
  misses.total += 1;
  if (!item.candidates) misses.nowhere += 1;
  else if (item.ranked[0] && overlaps(spanOf(item.ranked[0].passage), item.gold)) misses.leadPassage += 1;
  else if (item.retrieved.some((p) => overlaps(spanOf(p), item.gold))) misses.retrieved += 1;
  else if (item.stated.some((s) => overlaps(spanOf(s.passage), item.gold))) misses.stated += 1;
  else misses.nowhere += 1;
}
console.log(
  `today's misses ${misses.total}: answer in the lead's passage (outside its quote) ${misses.leadPassage}, in another retrieved passage ${misses.retrieved}, in a stating passage only ${misses.stated}, in none ${misses.nowhere}`,
);

console.log(`sets, in order: ${TUNED_SETS.map((name) => SET_LABELS[name]).join(', ')}`);
const served = TUNED_SETS.map(
  (name) =>
    setOf(name).filter((item) =>
      holds(
        item,
        item.candidates
          ? extractiveAnswer(item.question, item.retrieved, item.facts, {
              stated: item.stated,
              ranked: item.ranked,
            }).citations
          : item.citations,
      ),
    ).length,
);
console.log(
  `${'served'.padEnd(10)} ${served.join(' ').padEnd(44)} ${served.reduce((a, b) => a + b, 0)}  (extractive.ts as built)`,
);
const todayPerSet = TUNED_SETS.map((name) => firstThree(setOf(name), VARIANTS.today.order()));
console.log(
  `${'variant'.padEnd(10)} first three per left-out set (${TUNED_SETS.length} sets)        sum  won/lost  settings chosen`,
);
console.log(
  `${'today'.padEnd(10)} ${todayPerSet.join(' ').padEnd(44)} ${todayPerSet.reduce((a, b) => a + b, 0)}`,
);
for (const [name, variant] of Object.entries(VARIANTS)) {
  if (name === 'today') continue;
  const perSet = [];
  const chosen = [];
  for (const left of TUNED_SETS) {
    const train = items.filter((i) => i.set !== left);
    let best;
    for (const setting of variant.settings) {
      const order = variant.fit ? learnedOrder(fitLearned(train, setting)) : variant.order(setting);
      const margin = variant.margin ? setting : undefined;
      const score = firstThree(train, order, margin);
      if (!best || score > best.score) best = { setting, score, order, margin };
    }
    chosen.push(best.setting);
    perSet.push(firstThree(setOf(left), best.order, best.margin));
  }
  if (!variant.fit)
    console.log(
      `  every tuned set, by setting: ${variant.settings.map((setting) => `${setting} ${firstThree(items, variant.order(setting), variant.margin ? setting : undefined)}`).join(', ')}`,
    );
  const won = perSet.filter((x, i) => x > todayPerSet[i]).length;
  const lost = perSet.filter((x, i) => x < todayPerSet[i]).length;
  console.log(
    `${name.padEnd(10)} ${perSet.join(' ').padEnd(44)} ${perSet.reduce((a, b) => a + b, 0)}  ${won}/${lost}  ${[...new Set(chosen)].join(', ')}`,
  );
  if (variant.fit)
    console.log(
      `  fitted on all: ${fitLearned(items, chosen[0])
        .map((x) => x.toFixed(2))
        .join(' ')}`,
    );
}
