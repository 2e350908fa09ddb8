#!/usr/bin/env node
// Marks a third of the items of each kind (rounded up: contradictions of each kind, and the
// legitimate changes) as untuned, by a seeded draw made once the set was written: the order is the
// SHA-256 of the seed and the item's id. Run once; the marks are committed with the set before any
// tuning.
//
//   node eval/continuity/draw-untuned.mjs [seed]         the first draw, over every item
//   node eval/continuity/draw-untuned.mjs --new [seed]   a later batch: only the items that have no
//                                                        mark yet are drawn, the others keep theirs
//
// A later batch's seed is random unless given, and is recorded in the file's `draws` with the ids
// it drew among, so the draw can be repeated. Only counts are printed, never which items.
import { createHash, randomBytes } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { INJECTIONS } from './dataset.mjs';

const args = process.argv.slice(2);
const batchOnly = args.includes('--new');
const seedArg = args.find((a) => !a.startsWith('--'));
const SEED = seedArg ?? (batchOnly ? randomBytes(16).toString('hex') : 'continuity-untuned-2024');
const data = JSON.parse(readFileSync(INJECTIONS, 'utf8'));
const draw = (items) => {
  const order = [...items].sort((a, b) => {
    const h = (i) => createHash('sha256').update(`${SEED}:${i.id}`).digest('hex');
    return h(a).localeCompare(h(b));
  });
  return new Set(order.slice(0, Math.ceil(items.length / 3)).map((i) => i.id));
};
const batch = batchOnly ? data.items.filter((i) => i.untuned === undefined) : data.items;
if (batch.length === 0) throw new Error('no unmarked items to draw');
const kinds = [...new Set(batch.map((i) => i.kind))];
const untuned = new Set(kinds.flatMap((kind) => [...draw(batch.filter((i) => i.kind === kind))]));
for (const item of batch) item.untuned = untuned.has(item.id);
if (batchOnly) {
  data.draws = [
    ...(data.draws ?? []),
    { seed: SEED, date: new Date().toISOString().slice(0, 10), among: batch.map((i) => i.id) },
  ];
}
writeFileSync(INJECTIONS, `${JSON.stringify(data, null, 2)}\n`);
console.log(
  `untuned: ${untuned.size} of ${batch.length} drawn (${data.items.filter((i) => i.untuned).length} of ${data.items.length} in all)`,
);
