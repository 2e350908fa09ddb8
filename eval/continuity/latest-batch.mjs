#!/usr/bin/env node
// Scores the latest batch of injections alone (the last draw of draw-untuned.mjs --new), as
// eval/continuity.mjs scores it "per batch": the batch's items of each novel in a copy of their own,
// an injected contradiction found when one of the copy's first 20 issues cites its passage and (when
// it names any) a passage it contradicts, a legitimate change flagged when any issue cites it. A
// batch's copies are five analyses where the full evaluation runs about a hundred, so a new batch's
// arrival figure can be read on a loaded machine.
//
//   node eval/continuity/latest-batch.mjs [--held-out]
//
// Tuned items are printed one by one; --held-out adds the untuned items' totals (never one by one).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../lib.mjs';
import { INJECTIONS, loadItems, loadNovel } from './dataset.mjs';

const TOP = 20;
const heldOut = process.argv.includes('--held-out');
const { analyseText } = await import(join(ROOT, 'services/backend/dist/ingest/analysis.js'));
const { findContradictions } = await import(join(ROOT, 'services/backend/dist/continuity/index.js'));

const overlaps = (a, b) => a.start < b.end && b.start < a.end;
const cites = (issue, span) => issue.evidence.some((e) => overlaps(e, span));

const draws = JSON.parse(readFileSync(INJECTIONS, 'utf8')).draws ?? [];
const latest = new Set(draws.at(-1)?.among ?? []);
const batch = loadItems().filter((i) => latest.has(i.id));
const outcomes = [];
for (const novel of new Set(batch.map((i) => i.novel))) {
  const doc = await loadNovel(
    novel,
    batch.filter((i) => i.novel === novel),
  );
  const source = { fileId: `${novel}:latest`, text: doc.text, chapters: doc.chapters };
  const analysis = analyseText({ source, splits: [] });
  const issues = findContradictions({ sources: [source], extraction: analysis.bible }, analysis);
  for (const item of doc.items) {
    const rank =
      item.kind === 'legitimate'
        ? issues.findIndex((issue) => cites(issue, item.span))
        : issues.findIndex(
            (issue) =>
              cites(issue, item.span) &&
              (item.contradictsSpans.length === 0 || item.contradictsSpans.some((s) => cites(issue, s))),
          );
    outcomes.push({ item, rank });
  }
}

const found = (o) => o.rank >= 0 && o.rank < TOP;
const line = (label, list) => {
  const contradictions = list.filter((o) => o.item.kind !== 'legitimate');
  const legitimate = list.filter((o) => o.item.kind === 'legitimate');
  console.log(
    `${label}: found ${contradictions.filter(found).length} of ${contradictions.length}, legitimate changes flagged ${legitimate.filter((o) => o.rank >= 0).length} of ${legitimate.length}`,
  );
};
const tuned = outcomes.filter((o) => !o.item.untuned);
line('latest batch, tuned', tuned);
if (heldOut)
  line(
    'latest batch, untuned',
    outcomes.filter((o) => o.item.untuned),
  );
for (const { item, rank } of tuned) {
  const status =
    item.kind === 'legitimate'
      ? rank >= 0
        ? 'FLAGGED'
        : 'not flagged'
      : rank < 0
        ? 'missed'
        : rank < TOP
          ? `found at ${rank + 1}`
          : `cited at ${rank + 1} (below ${TOP})`;
  console.log(`  ${item.kind.padEnd(11)} ${item.id.padEnd(36)} ${status}`);
}
