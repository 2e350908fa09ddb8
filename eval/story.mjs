#!/usr/bin/env node
// Scores the story analysis against the hand-written tables of eval/story/ (written before tuning):
//   narrators  chapter narrators of Frankenstein and Moby Dick (tuned on), Sherlock Holmes (held out):
//              a chapter is right when the narrators found with a share of at least 0.15 are the
//              table's narrators (by name or alias; a chapter with no narrator must find none)
//   focal      focal character per chapter of Pride and Prejudice (chapters 1-23 tuned on, 24-61
//              held out) and Alice (held out); null in the table means no single focal character
//   events     dated events of two diary-form texts (carrow-point tuned on, hollin-farm held out):
//              found = an expression overlapping the table's quote; dated = found with the table's date
// Its speed: `npm run bench -- story`.
//
//   npm run eval:story [-- --errors] [--json FILE]
//   (--errors lists the tuned tables' misses; a held-out table's stay hidden unless
//   --show-held-out-errors is given: reading them is tuning on them)

import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { NOVELS, ROOT } from './lib.mjs';

const args = process.argv.slice(2);
const showErrors = args.includes('--errors');
const showHeldOutErrors = args.includes('--show-held-out-errors');
/** Whether a miss of `split` ('tuned ...' or 'held out ...') is listed. */
const listed = (split) => showErrors && (split.startsWith('tuned') || showHeldOutErrors);
const jsonOut = args.includes('--json') ? args[args.indexOf('--json') + 1] : undefined;
const TABLES = join(ROOT, 'eval/story');

const { blocksFromPlainText, buildStructure, normaliseText } = await import(
  join(ROOT, 'services/filesystem/dist/services/text.js')
);
const { extract } = await import(join(ROOT, 'services/backend/dist/bible/index.js'));
const { analyseText } = await import(join(ROOT, 'services/backend/dist/story/analyse.js'));

const table = (name) => JSON.parse(readFileSync(join(TABLES, name), 'utf8'));

function load(path) {
  const structure = buildStructure(blocksFromPlainText(normaliseText(readFileSync(path, 'utf8'))));
  return structure;
}

function analyse(path) {
  const structure = load(path);
  const extraction = extract([{ fileId: 'f', text: structure.text, chapters: structure.chapters }]);
  const characters = extraction.entities
    .filter((e) => e.type === 'character')
    .map((e) => ({ id: e.key, name: e.name, aliases: e.aliases, mentions: e.mentions }));
  const result = analyseText({ text: structure.text, chapters: structure.chapters, characters });
  return { structure, characters, result };
}

const norm = (s) =>
  s
    .toLowerCase()
    .replace(/^(?:the|mr\.?|mrs\.?|miss|dr\.?|captain)\s+/, '')
    .trim();

/** True when a found person is the table's person: its name or one of its aliases is an alias in the table. */
function samePerson(found, expected, aliases, characters) {
  const names = new Set((aliases[expected] ?? [expected]).map(norm));
  const character = found.id ? characters.find((c) => c.id === found.id) : undefined;
  const forms = [found.name, ...(character?.aliases ?? [])].map(norm);
  return forms.some((f) => names.has(f));
}

function scoreNarrators(file, errors) {
  const ref = table(file);
  const { result, characters, structure } = analyse(join(NOVELS, ref.text));
  let right = 0;
  const rows = [];
  for (const row of ref.chapters) {
    const voice = result.chapters.find((c) => c.index === row.index);
    const found = (voice?.narrators ?? []).filter((n) => n.share >= 0.15);
    const ok =
      found.length === row.narrators.length &&
      row.narrators.every((name) => found.some((f) => samePerson(f, name, ref.aliases, characters)));
    if (ok) right++;
    else
      rows.push(
        `  ${row.index} ${row.title}: expected ${JSON.stringify(row.narrators)}, found ${JSON.stringify(found.map((f) => `${f.name} ${f.share}`))}`,
      );
  }
  if (errors) for (const r of rows) console.log(r);
  return {
    chapters: ref.chapters.length,
    found: structure.chapters.length,
    right,
    accuracy: right / ref.chapters.length,
  };
}

function scoreFocal(file, part) {
  const ref = table(file);
  const { result, characters } = analyse(join(NOVELS, ref.text));
  const groups = new Map();
  for (const row of ref.chapters) {
    const voice = result.chapters.find((c) => c.index === row.index);
    const found = voice?.focal ?? null;
    const group = part(row.index);
    const ok =
      row.focal === null
        ? found === null
        : found !== null && samePerson(found, row.focal, ref.aliases, characters);
    const g = groups.get(group) ?? { chapters: 0, right: 0, baseline: 0 };
    g.chapters++;
    if (ok) g.right++;
    // The baseline: the most frequent focal character of the table, for every chapter.
    if (row.focal === Object.keys(ref.aliases)[0]) g.baseline++;
    groups.set(group, g);
    if (listed(group) && !ok)
      console.log(`  ${row.index}: expected ${row.focal}, found ${found?.name ?? null}`);
  }
  return Object.fromEntries(
    [...groups].map(([k, g]) => [
      k,
      { ...g, accuracy: g.right / g.chapters, baselineAccuracy: g.baseline / g.chapters },
    ]),
  );
}

function scoreEvents(file, errors) {
  const ref = table(file);
  const text = normaliseText(readFileSync(join(TABLES, ref.text), 'utf8'));
  const structure = buildStructure(blocksFromPlainText(text));
  const { events } = analyseText({ text: structure.text, chapters: structure.chapters, characters: [] });
  let found = 0;
  let dated = 0;
  let from = 0;
  for (const e of ref.events) {
    const at = structure.text.indexOf(e.quote, from);
    const start = at >= 0 ? at : structure.text.indexOf(e.quote);
    if (at >= 0) from = at + e.quote.length;
    const end = start + e.quote.length;
    const hit = events.find((x) => x.whenStart < end && x.whenEnd > start);
    if (hit) found++;
    if (hit && hit.when.date === e.date) dated++;
    else if (errors)
      console.log(
        `  ${e.quote}: expected ${e.date}, found ${hit ? `${hit.when.text} ${hit.when.date}` : 'nothing'}`,
      );
  }
  return { events: ref.events.length, reported: events.length, found, dated };
}

const results = {};
console.log("Chapter narrators (a chapter is right when its narrators are the table's):");
for (const [name, file, split] of [
  ['Frankenstein', 'frankenstein-narrators.json', 'tuned'],
  ['Moby Dick', 'moby-dick-narrators.json', 'tuned'],
  ['Sherlock Holmes', 'sherlock-holmes-narrators.json', 'held out'],
]) {
  if (listed(split)) console.log(`${name}:`);
  const r = scoreNarrators(file, listed(split));
  results[name] = { ...r, split };
  console.log(
    `  ${name.padEnd(16)} ${r.right}/${r.chapters} = ${r.accuracy.toFixed(2)} (${split}; ${r.found} chapters found)`,
  );
}
console.log('Focal characters (null = no single focal character):');
if (showErrors) console.log('Pride and Prejudice:');
const pp = scoreFocal('pride-and-prejudice-focal.json', (i) => (i <= 23 ? 'tuned 1-23' : 'held out 24-61'));
const alice = scoreFocal('alice-focal.json', () => 'held out');
results['Pride and Prejudice'] = pp;
results.Alice = alice;
for (const [k, g] of Object.entries(pp))
  console.log(
    `  Pride and Prejudice ${k.padEnd(15)} ${g.right}/${g.chapters} = ${g.accuracy.toFixed(2)} (always Elizabeth: ${g.baselineAccuracy.toFixed(2)})`,
  );
for (const [k, g] of Object.entries(alice))
  console.log(`  Alice ${k.padEnd(29)} ${g.right}/${g.chapters} = ${g.accuracy.toFixed(2)}`);
console.log('Dated events in diary-form texts:');
for (const [file, split] of [
  ['carrow-point-events.json', 'tuned'],
  ['hollin-farm-events.json', 'held out'],
]) {
  const r = scoreEvents(file, listed(split));
  results[file] = { ...r, split };
  console.log(
    `  ${file.padEnd(26)} found ${r.found}/${r.events}, dated right ${r.dated}/${r.events} (${split}; ${r.reported} reported)`,
  );
}
if (jsonOut) writeFileSync(jsonOut, `${JSON.stringify(results, null, 2)}\n`);
