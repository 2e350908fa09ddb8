#!/usr/bin/env node
// Scores the offline continuity check on contradictions injected into copies of the novels
// (eval/continuity/injections.json) and on the untouched novels.
//
//   npm run eval:continuity [-- --held-out] [--show-untuned] [--issues] [--json FILE]
//
// For each novel, every injection of that novel is applied to one copy ("one copy"), and each batch
// of injections (the items one draw of draw-untuned.mjs marked, or the set before the first draw) to
// a copy of its own ("per batch": a copy holds no more contradictions than one batch put in it, where
// one copy of Pride and Prejudice holds 33 for 20 places). Each copy goes through the
// code that serves users (the filesystem service's text and chapters, the ingestion's analysis of
// the text: story bible, story, dialogue and facts, then the continuity check the job runs), and:
//   found      an injected contradiction is found when one of the first 20 issues of its copy cites
//              the injected passage and (when the item names any) a passage it contradicts
//   cited      per batch, the same at any rank
//   flagged    a legitimate change is flagged when any issue, at any rank, cites its passage
//   untouched  the issues of each novel as published (no edit), and per 120,000 words
//   time       CPU time of the continuity job (the contradictions found in the stored ledger)
//              against the part of ingestion that runs in the same process (text structure,
//              passages, and the text's analysis, which the ingestion records) on the untouched
//              novel; the analysis is also shown on its own. The real ingestion also embeds every
//              passage, so it takes longer still
// The rows "earlier" and "latest batch" split the totals by the last draw of draw-untuned.mjs --new.
// Items marked untuned were drawn at random before any tuning (eval/continuity/draw-untuned.mjs);
// while tuning, only the tuned items are reported; --held-out adds the untuned items' counts (and
// the rows over all items, which include them), to be run once a change is final; their outcomes
// are printed one by one only with --show-untuned.
// --issues prints the first issues the untouched novels get.

import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { INJECTIONS, loadItems, loadNovel } from './continuity/dataset.mjs';
import { ROOT } from './lib.mjs';

const mustGet = (map, key) => {
  const value = map.get(key);
  if (value === undefined) throw new Error(`no outcome for ${key}`);
  return value;
};

const args = process.argv.slice(2);
const showUntuned = args.includes('--show-untuned');
const heldOut = showUntuned || args.includes('--held-out');
const jsonAt = args.indexOf('--json');
const jsonOut = jsonAt >= 0 ? args[jsonAt + 1] : undefined;
const TOP = 20;
const NOVELS = [
  '1342_pride_and_prejudice.txt',
  '84_frankenstein_or_the_modern_prometheus.txt',
  '1661_the_adventures_of_sherlock_holmes.txt',
  '2489_moby_dick.txt',
  '11_alices_adventures_in_wonderland.txt',
];

const { chunkText } = await import(join(ROOT, 'services/backend/dist/ingest/chunk.js'));
const { analyseText } = await import(join(ROOT, 'services/backend/dist/ingest/analysis.js'));
const { findContradictions } = await import(join(ROOT, 'services/backend/dist/continuity/index.js'));

const overlaps = (evidence, span) => evidence.start < span.end && span.start < evidence.end;
const cites = (issue, span) => issue.evidence.some((e) => overlaps(e, span));

/** CPU milliseconds of this process since `from` (the machine is shared: wall time says less). */
const cpuMs = (from) => {
  const used = process.cpuUsage(from);
  return (used.user + used.system) / 1000;
};

/**
 * Runs ingestion's in-process steps (the passages, then the text's analysis: story bible, story,
 * dialogue, facts) and the check on one text; returns issues and timings.
 */
function run(fileId, doc) {
  const source = { fileId, text: doc.text, chapters: doc.chapters };
  const t0 = process.cpuUsage();
  chunkText(doc.text, doc.chapters);
  const t1 = process.cpuUsage();
  const analysis = analyseText({ source, splits: [] });
  const analysisMs = cpuMs(t1);
  const ingestMs = cpuMs(t0);
  const input = { sources: [source], extraction: analysis.bible };
  const ledger = { facts: analysis.facts, spellings: analysis.spellings };
  const t2 = process.cpuUsage();
  const issues = findContradictions(input, ledger);
  return { ...ledger, issues, ingestMs, analysisMs, checkMs: cpuMs(t2) };
}

async function structureMs(file, items) {
  const t0 = process.cpuUsage();
  const doc = await loadNovel(file, items);
  return { doc, ms: cpuMs(t0) };
}

const all = loadItems();
const draws = JSON.parse(readFileSync(INJECTIONS, 'utf8')).draws ?? [];
/** The batch an item was written in: the draw that marked it, or the set before the first draw. */
const batchOf = (item) => draws.findIndex((d) => d.among.includes(item.id)) + 1;

/** Each contradiction's rank among its copy's issues (-1: not cited), each legitimate change's flags. */
function score(items, result) {
  return items.map((item) => {
    if (item.kind === 'legitimate') {
      const by = result.issues.filter((issue) => cites(issue, item.span));
      return { item, flagged: by.length > 0, by: by.map((i) => i.summary) };
    }
    const rank = result.issues.findIndex(
      (issue) =>
        cites(issue, item.span) &&
        (item.contradictsSpans.length === 0 || item.contradictsSpans.some((s) => cites(issue, s))),
    );
    return { item, rank, found: rank >= 0 && rank < TOP };
  });
}

const outcomes = [];
const perBatch = [];
const untouched = [];
for (const novel of NOVELS) {
  const items = all.filter((i) => i.novel === novel);
  const { doc } = await structureMs(novel, items);
  outcomes.push(...score(doc.items, run(novel, doc)));
  for (const batch of new Set(items.map(batchOf))) {
    const { doc: copy } = await structureMs(
      novel,
      items.filter((i) => batchOf(i) === batch),
    );
    perBatch.push(...score(copy.items, run(`${novel}:${batch}`, copy)));
  }
  // The untouched novel, timed from its raw text (the structure is part of the ingestion).
  const plain = await structureMs(novel, []);
  const clean = run(`${novel}:clean`, plain.doc);
  const words = (plain.doc.text.match(/[\p{L}\p{N}]+/gu) ?? []).length;
  untouched.push({
    novel,
    words,
    issues: clean.issues.length,
    per120k: (clean.issues.length * 120_000) / words,
    facts: clean.facts.length,
    ingestMs: clean.ingestMs + plain.ms,
    analysisMs: clean.analysisMs,
    checkMs: clean.checkMs,
    top: clean.issues.slice(0, 12).map((i) => `${i.confidence.toFixed(2)} ${i.kind}: ${i.summary}`),
  });
}

const pct = (n, d) => (d === 0 ? '-' : `${((100 * n) / d).toFixed(0)}%`);
const contradictions = outcomes.filter((o) => o.item.kind !== 'legitimate');
const legit = outcomes.filter((o) => o.item.kind === 'legitimate');
const batchOutcome = new Map(perBatch.map((o) => [o.item.id, o]));
const row = (label, list) => {
  const found = list.filter((o) => o.found).length;
  const apart = list.map((o) => mustGet(batchOutcome, o.item.id));
  const foundApart = apart.filter((o) => o.found).length;
  const cited = apart.filter((o) => o.rank >= 0).length;
  const cell = (n) => `${String(n).padStart(4)} ${pct(n, list.length).padStart(4)}`;
  return `| ${label.padEnd(24)} | ${String(list.length).padStart(5)} | ${cell(found)} | ${cell(foundApart)} | ${cell(cited)} |`;
};
console.log('\nInjected contradictions among the first 20 issues of their novel\n');
console.log('  one copy:  every item of a novel in one copy of it');
console.log('  per batch: each batch of items in a copy of its own (as each batch was written)');
console.log('  cited:     per batch, cited by an issue at any rank\n');
console.log('| set                      | items | one copy  | per batch | cited     |');
console.log('| ------------------------ | ----- | --------- | --------- | --------- |');
const kinds = ['attribute', 'count', 'after_death', 'misspelling', 'relation'];
const shown = heldOut ? contradictions : contradictions.filter((o) => !o.item.untuned);
if (heldOut) console.log(row('all', contradictions));
/** The tuned items' row and, with --held-out, the untuned items'. */
const splitRows = (label, list) => {
  console.log(
    row(
      `${label}tuned`,
      list.filter((o) => !o.item.untuned),
    ),
  );
  if (heldOut)
    console.log(
      row(
        `${label}untuned`,
        list.filter((o) => o.item.untuned),
      ),
    );
};
splitRows('', contradictions);
// The latest batch (the last draw's items) apart from the earlier ones: totals only.
const latest = new Set(draws.at(-1)?.among ?? []);
if (latest.size > 0) {
  splitRows(
    '  earlier, ',
    contradictions.filter((o) => !latest.has(o.item.id)),
  );
  splitRows(
    '  latest batch, ',
    contradictions.filter((o) => latest.has(o.item.id)),
  );
}
for (const kind of kinds) {
  console.log(
    row(
      `  ${kind}${heldOut ? '' : ' (tuned)'}`,
      shown.filter((o) => o.item.kind === kind),
    ),
  );
}
const flagged = legit.filter((o) => o.flagged);
const tunedLegit = legit.filter((o) => !o.item.untuned);
console.log(
  heldOut
    ? `\nLegitimate changes flagged: ${flagged.length} of ${legit.length} (untuned: ${flagged.filter((o) => o.item.untuned).length} of ${legit.filter((o) => o.item.untuned).length})`
    : `\nLegitimate changes flagged (tuned): ${tunedLegit.filter((o) => o.flagged).length} of ${tunedLegit.length}`,
);

console.log('\nUntouched novels\n');
console.log(
  '| novel                                        | words   | issues | per 120k words | facts | ingestion CPU ms | of which analysis | check CPU ms |',
);
console.log(
  '| -------------------------------------------- | ------- | ------ | -------------- | ----- | ---------------- | ----------------- | ------------ |',
);
for (const u of untouched) {
  console.log(
    `| ${u.novel.padEnd(44)} | ${String(u.words).padStart(7)} | ${String(u.issues).padStart(6)} | ${u.per120k.toFixed(1).padStart(14)} | ${String(u.facts).padStart(5)} | ${u.ingestMs.toFixed(0).padStart(16)} | ${u.analysisMs.toFixed(0).padStart(17)} | ${u.checkMs.toFixed(0).padStart(12)} |`,
  );
}

console.log('\nItems (tuned only unless --show-untuned)\n');
for (const o of outcomes) {
  if (o.item.untuned && !showUntuned) continue;
  const status =
    o.item.kind === 'legitimate'
      ? o.flagged
        ? `FLAGGED by: ${o.by.join(' | ')}`
        : 'not flagged'
      : o.found
        ? `found at ${o.rank + 1}`
        : o.rank >= 0
          ? `cited at ${o.rank + 1} (below ${TOP})`
          : 'missed';
  const apart = batchOutcome.get(o.item.id);
  const alone =
    apart?.rank === undefined || apart.rank === o.rank
      ? ''
      : apart.rank >= 0
        ? `; per batch at ${apart.rank + 1}`
        : '; per batch missed';
  console.log(`${o.item.untuned ? 'U' : ' '} ${o.item.id.padEnd(36)} ${status}${alone}`);
}
if (args.includes('--issues')) {
  for (const u of untouched) console.log(`\n${u.novel}\n  ${u.top.join('\n  ')}`);
}

if (jsonOut) {
  const counts = (list) => ({
    items: list.length,
    found: list.filter((o) => o.found).length,
    foundPerBatch: list.filter((o) => mustGet(batchOutcome, o.item.id).found).length,
  });
  const summary = {
    contradictions: {
      tuned: counts(contradictions.filter((o) => !o.item.untuned)),
      ...(heldOut
        ? {
            all: counts(contradictions),
            untuned: counts(contradictions.filter((o) => o.item.untuned)),
          }
        : {}),
    },
    legitimate: heldOut
      ? { items: legit.length, flagged: flagged.length }
      : { items: tunedLegit.length, flagged: tunedLegit.filter((o) => o.flagged).length },
    untouched: untouched.map(({ top, ...u }) => u),
  };
  writeFileSync(jsonOut, `${JSON.stringify(summary, null, 2)}\n`);
}
