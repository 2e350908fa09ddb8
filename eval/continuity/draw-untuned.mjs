#!/usr/bin/env node
// Marks a third of the items of each kind (rounded up: contradictions of each kind, and the
// legitimate changes) as untuned, by a seeded draw made once the set was written: the order is the
// SHA-256 of the seed and the item's id. Run once; the marks are committed with the set before any
// tuning.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { INJECTIONS } from './dataset.mjs';

const SEED = process.argv[2] ?? 'continuity-untuned-2024';
const data = JSON.parse(readFileSync(INJECTIONS, 'utf8'));
const draw = (items) => {
  const order = [...items].sort((a, b) => {
    const h = (i) => createHash('sha256').update(`${SEED}:${i.id}`).digest('hex');
    return h(a).localeCompare(h(b));
  });
  return new Set(order.slice(0, Math.ceil(items.length / 3)).map((i) => i.id));
};
const kinds = [...new Set(data.items.map((i) => i.kind))];
const untuned = new Set(kinds.flatMap((kind) => [...draw(data.items.filter((i) => i.kind === kind))]));
for (const item of data.items) item.untuned = untuned.has(item.id);
writeFileSync(INJECTIONS, `${JSON.stringify(data, null, 2)}\n`);
console.log(`untuned: ${[...untuned].length} of ${data.items.length}`);
