#!/usr/bin/env node
// Scores the offline story-bible extractor against LitBank (../shared/data/litbank, see its README).
//
//   npx tsc -b services/backend && node eval/entities.mjs [--data DIR] [--per-text [--errors [--show-held-out-errors]]] [--json FILE]
//
// A gold named entity is a coreference cluster with at least one PROP mention; its names are its PROP
// mentions. Each excerpt is detokenised ("Mr. Darcy 's" -> "Mr. Darcy's") so the extractor sees
// ordinary prose, and every reported mention is mapped back to the gold PROP mention it overlaps most.
//   recall     gold named characters (PER) / places (LOC, GPE, FAC) with a mention inside a reported
//              entity of the same kind
//   precision  reported characters / locations with at least one mention on a gold named entity of
//              that kind
//   wrong merge  reported entities whose mentions fall on two or more different gold entities,
//              over reported entities that fall on at least one (gold clusters that share a name,
//              which LitBank sometimes has for one place, count as one entity)
//   split characters  gold named characters that two or more reported characters fall on, each on
//              that character alone, over the gold characters found (one person, several entries)
//   --per-text prints every text, --errors adds the tuning texts' misses, false entries and merges
//   (a held-out text's stay hidden unless --show-held-out-errors is given: reading them is tuning on them),
//   --set name=value passes an extractor option, --json FILE writes all figures.
// Texts are split by the parity of their Gutenberg id: even ids tune, odd ids are held out.

import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const option = (name) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const dataDir = resolve(option('--data') ?? join(root, '..', 'shared', 'data', 'litbank'));
const perText = args.includes('--per-text');
const jsonOut = option('--json');
// --set name=value passes an extractor option (numbers and booleans), for tuning on the tune half.
const extractOptions = {};
args.forEach((arg, i) => {
  if (arg !== '--set') return;
  const [name, value] = String(args[i + 1]).split('=');
  extractOptions[name] = value === 'true' ? true : value === 'false' ? false : Number(value);
});

const { extract } = await import(join(root, 'services/backend/dist/bible/index.js'));

const PLACE = new Set(['LOC', 'GPE', 'FAC']);
const NO_SPACE_BEFORE = /^(?:[,.;:!?)\]}”’%]|'s|’s|n't|n’t|'ll|'re|'ve|'d|'m|’ll|’re|’ve|’d|’m|')$/i;
const NO_SPACE_AFTER = /^[([{“‘]$/;

/** Rebuilds prose from the tokenized excerpt; returns the text and each token's range in it. */
function detokenize(raw) {
  const lines = raw.split('\n');
  let text = '';
  const positions = [];
  for (const line of lines) {
    const tokens = line.split(' ').filter((t) => t.length > 0);
    const row = [];
    let quoteOpen = false;
    let glue = true;
    for (const token of tokens) {
      let space = !glue && !NO_SPACE_BEFORE.test(token);
      if (token === '"') {
        space = !glue && !quoteOpen;
      }
      if (space) text += ' ';
      const start = text.length;
      text += token;
      row.push([start, text.length]);
      glue = NO_SPACE_AFTER.test(token) || (token === '"' && !quoteOpen);
      if (token === '"') quoteOpen = !quoteOpen;
    }
    positions.push(row);
    text += '\n';
  }
  return { text, positions };
}

function readGold(id, positions) {
  const rows = readFileSync(join(dataDir, 'coref', `${id}.tsv`), 'utf8').split('\n');
  const mentions = new Map();
  const clusterOf = new Map();
  for (const row of rows) {
    const f = row.split('\t');
    if (f[0] === 'MENTION') {
      const [, mid, s1, t1, s2, t2, text, type, kind] = f;
      const a = positions[Number(s1)]?.[Number(t1)];
      const b = positions[Number(s2)]?.[Number(t2)];
      if (a === undefined || b === undefined) continue;
      mentions.set(mid, { start: a[0], end: b[1], text, type, kind });
    } else if (f[0] === 'COREF') {
      clusterOf.set(f[1], f[2]);
    }
  }
  const clusters = new Map();
  for (const [mid, mention] of mentions) {
    const cid = clusterOf.get(mid) ?? `single:${mid}`;
    let cluster = clusters.get(cid);
    if (cluster === undefined) {
      cluster = { id: cid, mentions: [], types: new Map() };
      clusters.set(cid, cluster);
    }
    cluster.mentions.push(mention);
    mention.cluster = cluster;
  }
  const named = [];
  const propMentions = [];
  for (const cluster of clusters.values()) {
    const props = cluster.mentions.filter((m) => m.kind === 'PROP');
    if (props.length === 0) continue;
    const counts = new Map();
    for (const m of props) counts.set(m.type, (counts.get(m.type) ?? 0) + 1);
    const type = [...counts.entries()].sort((x, y) => y[1] - x[1])[0][0];
    cluster.kind = type === 'PER' ? 'character' : PLACE.has(type) ? 'location' : 'other';
    cluster.names = [...new Set(props.map((m) => m.text))];
    named.push(cluster);
    propMentions.push(...props);
  }
  propMentions.sort((a, b) => a.start - b.start);
  return { named, propMentions };
}

function goldFor(mention, propMentions) {
  let best;
  let bestOverlap = 0;
  for (const gold of propMentions) {
    if (gold.start >= mention.end) break;
    const overlap = Math.min(gold.end, mention.end) - Math.max(gold.start, mention.start);
    if (overlap <= 0) continue;
    if (overlap > bestOverlap || (overlap === bestOverlap && gold.end - gold.start < best.end - best.start)) {
      best = gold;
      bestOverlap = overlap;
    }
  }
  return best?.cluster;
}

const normaliseName = (name) =>
  name
    .toLowerCase()
    .replace(/\s*['’]s$/, '')
    .replace(/^(the|this|that|old|young|little|poor|dear|plain)\s+/, '')
    .replace(/[^a-z]+/g, ' ')
    .trim();

/**
 * Gold clusters that share a name are counted as one: LitBank sometimes splits one place or person
 * into two clusters with the same name, and no extractor could tell them apart.
 */
function distinctEntities(clusters) {
  const groups = clusters.map((c) => new Set(c.names.map(normaliseName)));
  let merged = true;
  while (merged) {
    merged = false;
    outer: for (let i = 0; i < groups.length; i++) {
      for (let j = i + 1; j < groups.length; j++) {
        if ([...groups[i]].some((n) => groups[j].has(n))) {
          for (const n of groups[j]) groups[i].add(n);
          groups.splice(j, 1);
          merged = true;
          break outer;
        }
      }
    }
  }
  return groups.length;
}

function scoreText(id) {
  const raw = readFileSync(join(dataDir, 'entities', `${id}.txt`), 'utf8');
  const { text, positions } = detokenize(raw);
  const { named, propMentions } = readGold(id, positions);
  const t0 = performance.now();
  const extraction = extract([{ fileId: id, text, chapters: [] }], extractOptions);
  const ms = performance.now() - t0;
  const result = { id, ms, character: null, location: null, merged: 0, mapped: 0, split: 0, errors: [] };
  for (const kind of ['character', 'location']) {
    const gold = named.filter((c) => c.kind === kind);
    // LitBank's PER covers groups of people ("the Bennets", "the Greeks"): a group is scored as one.
    const reported = extraction.entities.filter(
      (e) => e.type === kind || (kind === 'character' && e.type === 'group'),
    );
    const found = new Set();
    // The reported entries that fall on one gold cluster alone, per cluster: two or more split it.
    const alone = new Map();
    let correct = 0;
    for (const entity of reported) {
      const hits = new Set();
      for (const m of entity.mentions) {
        const cluster = goldFor(m, propMentions);
        if (cluster !== undefined && cluster.kind !== 'other') hits.add(cluster);
      }
      const right = [...hits].filter((c) => c.kind === kind);
      if (right.length > 0) correct++;
      else
        result.errors.push(
          `FP ${kind}: ${entity.name} (${entity.mentions.length})${hits.size ? ` ~ ${[...hits].map((c) => `${c.kind}:${c.names[0]}`).join(',')}` : ''}`,
        );
      for (const c of right) found.add(c);
      if (hits.size === 1 && right.length === 1)
        alone.set(right[0], [...(alone.get(right[0]) ?? []), entity]);
      if (hits.size > 0) result.mapped++;
      if (distinctEntities([...hits]) > 1) {
        result.merged++;
        result.errors.push(`MERGE ${entity.name}: ${[...hits].map((c) => c.names.join('/')).join(' + ')}`);
      }
    }
    for (const c of gold) if (!found.has(c)) result.errors.push(`FN ${kind}: ${c.names.join('/')}`);
    if (kind === 'character')
      for (const [cluster, entries] of alone) {
        if (entries.length < 2) continue;
        result.split++;
        result.errors.push(`SPLIT ${cluster.names.join('/')}: ${entries.map((e) => e.name).join(' + ')}`);
      }
    result[kind] = { gold: gold.length, found: found.size, reported: reported.length, correct };
  }
  return result;
}

const ids = readdirSync(join(dataDir, 'entities'))
  .filter((f) => f.endsWith('.txt'))
  .map((f) => f.slice(0, -4))
  .sort((a, b) => Number.parseInt(a, 10) - Number.parseInt(b, 10));
const results = ids.map(scoreText);

const ratio = (a, b) => (b === 0 ? 0 : a / b);
const fmt = (x) => x.toFixed(2);
function summarize(list) {
  const sum = (kind, field) => list.reduce((s, r) => s + r[kind][field], 0);
  const merged = list.reduce((s, r) => s + r.merged, 0);
  const mapped = list.reduce((s, r) => s + r.mapped, 0);
  const split = list.reduce((s, r) => s + r.split, 0);
  return {
    texts: list.length,
    characterRecall: ratio(sum('character', 'found'), sum('character', 'gold')),
    characterPrecision: ratio(sum('character', 'correct'), sum('character', 'reported')),
    placeRecall: ratio(sum('location', 'found'), sum('location', 'gold')),
    placePrecision: ratio(sum('location', 'correct'), sum('location', 'reported')),
    wrongMergeRate: ratio(merged, mapped),
    goldCharacters: sum('character', 'gold'),
    goldPlaces: sum('location', 'gold'),
    wrongMerges: merged,
    splitCharacters: split,
    splitRate: ratio(split, sum('character', 'found')),
    ms: list.reduce((s, r) => s + r.ms, 0),
  };
}
const showHeldOutErrors = args.includes('--show-held-out-errors');
const splitOf = (id) => (Number.parseInt(id, 10) % 2 === 0 ? 'tune' : 'held-out');

if (perText) {
  console.log(
    'text                                           split     chars R   P    places R   P    merges splits',
  );
  for (const r of results) {
    const c = r.character;
    const l = r.location;
    console.log(
      `${r.id.slice(0, 46).padEnd(46)} ${splitOf(r.id).padEnd(9)} ${String(c.found).padStart(2)}/${String(c.gold).padEnd(2)} ${fmt(ratio(c.found, c.gold))} ${fmt(ratio(c.correct, c.reported))}  ${String(l.found).padStart(2)}/${String(l.gold).padEnd(2)} ${fmt(ratio(l.found, l.gold))} ${fmt(ratio(l.correct, l.reported))}  ${String(r.merged).padStart(6)} ${r.split}`,
    );
    const showErrors = args.includes('--errors') && (splitOf(r.id) === 'tune' || showHeldOutErrors);
    if (showErrors) for (const e of r.errors) console.log(`    ${e}`);
  }
  console.log();
}
const summaries = {
  tune: summarize(results.filter((r) => splitOf(r.id) === 'tune')),
  'held-out': summarize(results.filter((r) => splitOf(r.id) === 'held-out')),
  all: summarize(results),
};
console.log(
  'split      texts  characters: recall precision  places: recall precision  wrong merges  split characters',
);
for (const [name, s] of Object.entries(summaries)) {
  console.log(
    `${name.padEnd(10)} ${String(s.texts).padStart(5)}              ${fmt(s.characterRecall)}      ${fmt(s.characterPrecision)}            ${fmt(s.placeRecall)}      ${fmt(s.placePrecision)}   ${`${(100 * s.wrongMergeRate).toFixed(1)}% (${s.wrongMerges})`.padEnd(12)}  ${(100 * s.splitRate).toFixed(1)}% (${s.splitCharacters})`,
  );
}
console.log(
  `gold named characters ${summaries.all.goldCharacters}, places ${summaries.all.goldPlaces}; extraction time ${summaries.all.ms.toFixed(0)} ms for ${results.length} texts`,
);
const written = results.map((r) =>
  splitOf(r.id) === 'tune' || showHeldOutErrors ? r : { ...r, errors: [] },
);
if (jsonOut !== undefined)
  writeFileSync(jsonOut, `${JSON.stringify({ summaries, results: written }, null, 2)}\n`);
