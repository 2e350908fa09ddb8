#!/usr/bin/env node
// How the lead's quote is cut around its answer sentence (issue 16: the first three citations). Of
// the tuned misses, some hold the answer in the lead's own passage outside its quote: the sentence
// one or two past the quote's edge, or a candidate the quote does not reach. The lead's quote takes
// in the best `adjoining` candidates after it that its passage holds beside its edge
// (extractive.ts `withAdjoining`), across at most `adjoiningGap` characters of whole sentences
// between; this script replays the answer (eval/candidates-lib.mjs, TUNED sets only; the held-out
// set is never read) with each pair of settings and picks the pair LEAVE ONE SET OUT: for each tuned
// set, the pair with the most first three on the other twelve, measured on the one left out.
// Run: EVAL_CACHE_DIR=... nice -n 10 node eval/train-quote.mjs --load /tmp/candidates.json (saved by
// eval/train-support.mjs or eval/train-sentences.mjs with --save).
import { join } from 'node:path';
import { SET_LABELS, TUNED_SETS } from './answers-lib.mjs';
import { optionReader, overlaps, rankedGathered } from './candidates-lib.mjs';
import { ROOT } from './lib.mjs';

const { extractiveAnswer, SENTENCE_WEIGHTS } = await import(
  join(ROOT, 'services/backend/dist/chat/extractive.js')
);

const option = optionReader(process.argv.slice(2));
const items = await rankedGathered(option);

const SETTINGS = [2, 3, 4, 6, 8, 12, 16].flatMap((adjoining) =>
  [0, 100, 200, 400, 600].map((adjoiningGap) => ({ adjoining, adjoiningGap })),
);
const label = ({ adjoining, adjoiningGap }) => `${adjoining}/${adjoiningGap}`;

/** Whether the first three citations hold the answer with `settings` in the hand weights. */
function holds(item, settings) {
  const citations = item.candidates
    ? extractiveAnswer(item.question, item.retrieved, item.facts, {
        stated: item.stated,
        ranked: item.ranked,
        weights: { ...SENTENCE_WEIGHTS, ...settings },
      }).citations
    : item.citations;
  return citations.slice(0, 3).some((c) => overlaps(c, item.gold));
}

// Each question's outcome under each setting, computed once.
const outcomes = SETTINGS.map((settings) => items.map((item) => holds(item, settings)));
const count = (row, keep) => row.filter((held, i) => held && keep(items[i])).length;
const perSet = (row) => TUNED_SETS.map((name) => count(row, (item) => item.set === name));
const sum = (xs) => xs.reduce((a, b) => a + b, 0);

const served = perSet(items.map((item) => holds(item, {})));
// The settings before the sixth of December's thirtieth session, compared with.
const before = perSet(outcomes[0]);
console.log(`sets, in order: ${TUNED_SETS.map((name) => SET_LABELS[name]).join(', ')}`);
console.log(`served (extractive.ts as built)  ${served.join(' ')}  ${sum(served)}`);
console.log(`before (2/0)                     ${before.join(' ')}  ${sum(before)}`);
console.log(
  `every tuned set, by adjoining/gap: ${SETTINGS.map((s, i) => `${label(s)} ${count(outcomes[i], () => true)}`).join(', ')}`,
);
const chosen = [];
const left = TUNED_SETS.map((name) => {
  let best = 0;
  for (let i = 1; i < SETTINGS.length; i++) {
    const other = (row) => count(row, (item) => item.set !== name);
    if (other(outcomes[i]) > other(outcomes[best])) best = i;
  }
  chosen.push(label(SETTINGS[best]));
  return count(outcomes[best], (item) => item.set === name);
});
const up = left.filter((x, i) => x > before[i]).length;
const down = left.filter((x, i) => x < before[i]).length;
console.log(
  `leave one set out                ${left.join(' ')}  ${sum(left)}  ${up} up / ${down} down  chosen ${[...new Set(chosen)].map((c) => `${c} (${chosen.filter((x) => x === c).length})`).join(', ')}`,
);
