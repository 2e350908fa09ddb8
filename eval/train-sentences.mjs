#!/usr/bin/env node
// Learned weights for the answer sentence's score (issue 16: "reciprocal-rank or learned, measured").
// Over the TUNED sets only (answers-lib TUNED_SETS; the held-out set is never read), each question is
// answered as eval/chat.mjs answers it, and the inputs of its sentence ranking (the retrieved and
// stating passages, the story bible's facts) are kept, with every candidate's named features
// (extractive.ts `SentenceFeatures`), its closeness in meaning to the question, and its label (it
// overlaps the question's answering quote). A listwise logistic model (softmax over a question's
// candidates, the answering ones the target) is fitted to eight weights that are exactly the hand
// weights' places in SENTENCE_WEIGHTS (shape, number, stated, statedAtMoment, rank, meaning,
// meaningUnnamed, the shared words' weight fixed at 1), so a fit drops into the code as constants.
// Written by hand (about sixty lines: the gradient of a softmax and Adam): no learning library is in
// node_modules, and eight weights need none.
// Reported LEAVE-ONE-SET-OUT: for each tuned set, weights fitted on the other sets, then the left-out
// set's first citation and first three, the whole answer replayed (`extractiveAnswer` on the ranking
// the weights make, the best twelve compared in meaning as the pipeline does), against the hand
// weights replayed the same way (the replay of the hand weights must equal the pipeline's answers).
// Options: --save <file> / --load <file> (the gathered candidates, so fits are compared without
// answering again), --prior <λ> (pull toward the hand weights instead of toward zero; default 0),
// --compared-only (the closeness in meaning a feature of the hand weights' best twelve only).
import { join } from 'node:path';
import { SET_LABELS, TUNED_SETS } from './answers-lib.mjs';
import { gathered, optionReader, overlaps, rankingOf } from './candidates-lib.mjs';
import { ROOT } from './lib.mjs';

const { extractiveAnswer, meaningCandidates, SENTENCE_WEIGHTS } = await import(
  join(ROOT, 'services/backend/dist/chat/extractive.js')
);

const argv = process.argv.slice(2);
const option = optionReader(argv);
/** The fitted weights' places in SENTENCE_WEIGHTS, after the shared words' (fixed at 1). */
const PLACES = ['shape', 'number', 'stated', 'statedAtMoment', 'rank', 'meaning', 'meaningUnnamed'];

/** The citations the pipeline would give with `weights` (the hand ones replay its answer). */
function replay(item, weights) {
  if (!item.candidates) return item.citations;
  return extractiveAnswer(item.question, item.retrieved, item.facts, {
    stated: item.stated,
    ranked: rankingOf(item, weights),
    weights,
  }).citations;
}

/** The first citation and first three holding the answer, over `items`. */
function measure(items, weights) {
  let first = 0;
  let first3 = 0;
  for (const item of items) {
    const citations = replay(item, weights);
    if (citations[0] && overlaps(citations[0], item.gold)) first += 1;
    if (citations.slice(0, 3).some((c) => overlaps(c, item.gold))) first3 += 1;
  }
  return { first, first3 };
}

/**
 * A candidate's feature vector: the shared words, then one entry per `PLACES` weight. Its closeness
 * in meaning counts when the question was compared in meaning at all, and with --compared-only
 * only for the candidates the hand weights compare (`inHead`), as the pipeline reads it.
 */
function vector(c, unnamed, compared, inHead) {
  const f = c.features;
  const told = f.focus * (f.asking ? SENTENCE_WEIGHTS.asking : 1);
  const shape = f.shape * f.rarity * told;
  const stated = f.stating ? f.rarity : 0;
  const cosine = compared && (!argv.includes('--compared-only') || inHead) ? c.cosine : 0;
  return [
    f.match * told,
    f.counting ? 0 : shape,
    f.counting ? shape : 0,
    f.atMoment ? 0 : stated,
    f.atMoment ? stated : 0,
    1 / (1 + f.rank),
    unnamed ? 0 : cosine,
    unnamed ? cosine : 0,
  ];
}

const handVector = () => [1, ...PLACES.map((p) => SENTENCE_WEIGHTS[p])];

/**
 * Listwise logistic fit: for each question with an answering and a non-answering candidate, the
 * softmax of the scores over its candidates, the loss minus the log of the answering ones' share;
 * Adam on the mean loss plus `prior` times the squared distance to `anchor`.
 */
function fitWeights(items, { prior = 0, steps = 400, rate = 0.05 } = {}) {
  const lists = items
    .filter((item) => item.candidates?.length)
    .map((item) => {
      const head = new Set(meaningCandidates(item.candidates, SENTENCE_WEIGHTS.meaningCandidates));
      return {
        xs: item.candidates.map((c) => vector(c, item.unnamed, item.compared, head.has(c))),
        ys: item.candidates.map((c) => overlaps(c, item.gold)),
      };
    })
    .filter(({ ys }) => ys.some(Boolean) && !ys.every(Boolean));
  const anchor = prior > 0 ? handVector() : handVector().map(() => 0);
  const w = handVector().map((x) => x / 10);
  const m = w.map(() => 0);
  const v = w.map(() => 0);
  for (let step = 1; step <= steps; step++) {
    const grad = w.map((x, j) => 2 * prior * (x - anchor[j]));
    for (const { xs, ys } of lists) {
      const scores = xs.map((x) => x.reduce((s, xj, j) => s + xj * w[j], 0));
      const top = Math.max(...scores);
      const exps = scores.map((s) => Math.exp(s - top));
      const all = exps.reduce((a, b) => a + b, 0);
      const pos = exps.reduce((a, e, i) => a + (ys[i] ? e : 0), 0);
      xs.forEach((x, i) => {
        const weight = exps[i] / all - (ys[i] ? exps[i] / pos : 0);
        for (let j = 0; j < w.length; j++) grad[j] += (weight * x[j]) / lists.length;
      });
    }
    for (let j = 0; j < w.length; j++) {
      m[j] = 0.9 * m[j] + 0.1 * grad[j];
      v[j] = 0.999 * v[j] + 0.001 * grad[j] ** 2;
      const mHat = m[j] / (1 - 0.9 ** step);
      const vHat = v[j] / (1 - 0.999 ** step);
      w[j] -= (rate * mHat) / (Math.sqrt(vHat) + 1e-8);
    }
  }
  return w;
}

/** SENTENCE_WEIGHTS with a fitted vector in its places, scaled so the shared words weigh 1 as by hand. */
function asWeights(w) {
  const scale = w[0] > 0 ? w[0] : 1;
  return { ...SENTENCE_WEIGHTS, ...Object.fromEntries(PLACES.map((p, j) => [p, w[j + 1] / scale])) };
}

const items = await gathered({ load: option('--load'), save: option('--save') });
const prior = Number(option('--prior') ?? 0);

// The replay of the hand weights must give the pipeline's own answers, or the comparison is not fair.
const differing = items.filter(
  (item) => JSON.stringify(replay(item, SENTENCE_WEIGHTS)) !== JSON.stringify(item.citations),
);
console.log(
  `replay of the hand weights: ${items.length - differing.length}/${items.length} answers as the pipeline gave them`,
);

const show = (x, n) => `${x}/${n}`.padStart(7);
console.log(`leave one set out (prior ${prior}): first citation, first three; hand weights -> learned`);
const totals = { hand: { first: 0, first3: 0 }, learned: { first: 0, first3: 0 } };
let setsWon = 0;
let setsLost = 0;
for (const left of TUNED_SETS) {
  const leftOut = items.filter((i) => i.set === left);
  const weights = asWeights(
    fitWeights(
      items.filter((i) => i.set !== left),
      { prior },
    ),
  );
  const hand = measure(leftOut, SENTENCE_WEIGHTS);
  const learned = measure(leftOut, weights);
  for (const k of ['first', 'first3']) {
    totals.hand[k] += hand[k];
    totals.learned[k] += learned[k];
  }
  if (learned.first3 > hand.first3) setsWon += 1;
  if (learned.first3 < hand.first3) setsLost += 1;
  console.log(
    `${SET_LABELS[left].padEnd(22)} first ${show(hand.first, leftOut.length)} -> ${show(learned.first, leftOut.length)}   first three ${show(hand.first3, leftOut.length)} -> ${show(learned.first3, leftOut.length)}`,
  );
}
console.log(
  `${'sum'.padEnd(22)} first ${show(totals.hand.first, items.length)} -> ${show(totals.learned.first, items.length)}   first three ${show(totals.hand.first3, items.length)} -> ${show(totals.learned.first3, items.length)}; first three higher on ${setsWon} sets, lower on ${setsLost}`,
);
const all = asWeights(fitWeights(items, { prior }));
console.log(
  `fitted on every tuned set: ${PLACES.map((p) => `${p} ${all[p].toFixed(2)}`).join(', ')} (hand: ${PLACES.map((p) => `${p} ${SENTENCE_WEIGHTS[p]}`).join(', ')})`,
);
const inSample = measure(items, all);
console.log(
  `  in sample: first ${inSample.first}/${items.length}, first three ${inSample.first3}/${items.length}`,
);
