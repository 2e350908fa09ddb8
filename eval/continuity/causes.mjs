#!/usr/bin/env node
// Why each TUNED injected contradiction is missed per batch (each batch's items in a copy of their
// own, as `eval/continuity.mjs` scores them), from the built code in services/backend/dist:
//
//   node eval/continuity/causes.mjs [--facts] [--only ID,...]
//
//   a  not read: no fact of the item's kind at the injected passage, or none at a passage it
//      contradicts (for a misspelling: the check has no frequent character's form to set it against)
//   b  read on both sides, but on different entities (the resolver, an alias, an entity split)
//   c  read on both sides on one entity, and no issue cites both (normalisation, the kinds'
//      comparison, the suppression rules)
//   d  an issue cites both, below the first 20
// Untuned items are put in their batch's copy (as the evaluation does) but never scored or printed.
// --facts prints the facts read at each missed item's passages, --issues the issues citing them.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../lib.mjs';
import { INJECTIONS, loadItems, loadNovel } from './dataset.mjs';

const TOP = 20;
const args = process.argv.slice(2);
const showFacts = args.includes('--facts');
const showIssues = args.includes('--issues');
const onlyAt = args.indexOf('--only');
const only = onlyAt >= 0 ? new Set(args[onlyAt + 1].split(',')) : null;

const { analyseText } = await import(join(ROOT, 'services/backend/dist/ingest/analysis.js'));
const { findContradictions } = await import(join(ROOT, 'services/backend/dist/continuity/index.js'));
const { LOOK_FACT_KINDS } = await import(join(ROOT, 'packages/contracts/dist/api/continuity.js'));

const overlaps = (a, b) => a.start < b.end && b.start < a.end;
const cites = (issue, span) => issue.evidence.some((e) => overlaps(e, span));

/** The fact kinds an item of each kind is about. */
const KINDS = {
  attribute: new Set([...LOOK_FACT_KINDS, 'age', 'birth', 'origin', 'residence', 'occupation', 'title']),
  count: new Set(['count']),
  after_death: new Set(['act', 'status']),
  relation: new Set(['relation', 'status']),
};
/**
 * Two facts the check could weigh against each other: of one kind (an age against a birth), or a
 * death and an act after it.
 */
const comparable = (itemKind, a, b) => {
  if (itemKind === 'after_death') {
    const [death, act] = a.kind === 'act' ? [b, a] : [a, b];
    return death.kind !== 'act' && act.kind === 'act' && death.start < act.start;
  }
  const group = (k) => (k === 'birth' ? 'age' : k);
  return group(a.kind) === group(b.kind);
};
/** Facts about one entity: for two relations, about one pair of entities. */
const sameEntity = (a, b) => {
  if (a.kind !== 'relation' || b.kind !== 'relation') return a.entityKey === b.entityKey;
  const pair = (f) => [f.entityKey, f.objectKey].sort().join('|');
  return pair(a) === pair(b);
};

const all = loadItems();
const draws = JSON.parse(readFileSync(INJECTIONS, 'utf8')).draws ?? [];
const batchOf = (item) => draws.findIndex((d) => d.among.includes(item.id)) + 1;
const scored = (i) => !i.untuned && i.kind !== 'legitimate' && (only === null || only.has(i.id));

const rows = [];
for (const novel of [...new Set(all.map((i) => i.novel))]) {
  const items = all.filter((i) => i.novel === novel);
  for (const batch of new Set(items.map(batchOf))) {
    const inBatch = items.filter((i) => batchOf(i) === batch);
    if (!inBatch.some(scored)) continue;
    const doc = await loadNovel(novel, inBatch);
    const source = { fileId: `${novel}:${batch}`, text: doc.text, chapters: doc.chapters };
    const analysis = analyseText({ source, splits: [] });
    const issues = findContradictions({ sources: [source], extraction: analysis.bible }, analysis);
    const names = new Map(analysis.bible.entities.map((e) => [e.key, e.name]));
    const name = (key) => (key === null ? '-' : (names.get(key) ?? key));
    for (const item of doc.items.filter(scored)) {
      const both = (issue) =>
        cites(issue, item.span) &&
        (item.contradictsSpans.length === 0 || item.contradictsSpans.some((s) => cites(issue, s)));
      const rank = issues.findIndex(both);
      if (rank >= 0 && rank < TOP) continue;
      const at = (span) =>
        analysis.facts.filter((f) => overlaps(f, span) && (KINDS[item.kind]?.has(f.kind) ?? false));
      const injected = at(item.span);
      const other = item.contradictsSpans.flatMap(at);
      let cause;
      let why = '';
      if (rank >= 0) cause = 'd';
      else if (item.kind === 'misspelling') {
        cause = 'a';
        why = 'no frequent character form pairs with the rare one';
      } else if (injected.length === 0 || (item.contradictsSpans.length > 0 && other.length === 0)) {
        cause = 'a';
        why = injected.length === 0 ? (other.length === 0 ? 'neither side' : 'injected side') : 'other side';
      } else {
        const pairs =
          item.contradictsSpans.length === 0
            ? injected.flatMap((a, i) => injected.slice(i + 1).map((b) => [a, b]))
            : injected.flatMap((a) => other.map((b) => [a, b]));
        const kindPairs = pairs.filter(([a, b]) => comparable(item.kind, a, b));
        if (kindPairs.length === 0) {
          cause = 'a';
          why = 'no fact of a comparable kind on the other side';
        } else if (kindPairs.some(([a, b]) => sameEntity(a, b))) cause = 'c';
        else {
          cause = 'b';
          why = [...new Set(kindPairs.map(([a, b]) => `${name(a.entityKey)} / ${name(b.entityKey)}`))].join(
            '; ',
          );
        }
      }
      const partial = issues.findIndex((issue) => cites(issue, item.span));
      rows.push({ item, cause, why, rank, partial });
      console.log(
        `${cause} ${item.kind.padEnd(11)} ${item.id.padEnd(36)} ${why}${rank >= 0 ? ` (rank ${rank + 1})` : ''}${partial >= 0 && rank < 0 ? ` [injected passage cited at ${partial + 1} with another passage]` : ''}`,
      );
      if (showIssues) {
        for (const [r, issue] of issues.entries()) {
          if (!cites(issue, item.span) && !item.contradictsSpans.some((s) => cites(issue, s))) continue;
          console.log(`    issue ${r + 1} ${issue.confidence.toFixed(2)} ${issue.summary}`);
          for (const e of issue.evidence)
            console.log(`      ${e.chapter} "${e.quote.replace(/\s+/g, ' ').slice(0, 90)}"`);
        }
      }
      if (showFacts) {
        const show = (f) =>
          `      ${f.kind} ${f.value}${f.detail ? ` (${f.detail})` : ''} -> ${name(f.entityKey)}${f.objectKey ? ` of ${name(f.objectKey)}` : ''} [${f.voice}, ${f.confidence.toFixed(2)}${f.change ? ', change' : ''}] "${f.quote.replace(/\s+/g, ' ').slice(0, 90)}"`;
        console.log(`    injected: ${item.passage.replace(/\s+/g, ' ').slice(0, 100)}`);
        for (const f of injected) console.log(show(f));
        for (const s of item.contradictsSpans) {
          console.log(
            `    contradicts: ${doc.text.slice(s.start, s.end).replace(/\s+/g, ' ').slice(0, 100)}`,
          );
          for (const f of at(s)) console.log(show(f));
        }
      }
    }
  }
}

const kinds = ['attribute', 'count', 'after_death', 'misspelling', 'relation'];
const causes = ['a', 'b', 'c', 'd'];
// An issue among the first 20 cites the injected passage with other passages than the item names.
const citedApart = (r) => r.rank < 0 && r.partial >= 0 && r.partial < TOP;
console.log(`\nMissed per batch (tuned): ${rows.length}\n`);
console.log(`| kind        | ${causes.join(' | ')} | all | injected passage cited in the first ${TOP} |`);
console.log(`| ----------- | ${causes.map(() => '-').join(' | ')} | --- | --- |`);
for (const kind of [...kinds, null]) {
  const of = rows.filter((r) => kind === null || r.item.kind === kind);
  const cells = causes.map((c) => of.filter((r) => r.cause === c).length);
  console.log(
    `| ${(kind ?? 'all').padEnd(11)} | ${cells.join(' | ')} | ${of.length} | ${of.filter(citedApart).length} |`,
  );
}
