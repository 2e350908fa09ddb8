#!/usr/bin/env node
// Scores quotation finding and speaker attribution against LitBank's quotation layer
// (../shared/data/litbank/quotations, see its README), through the code ingestion runs: the offline
// story-bible extractor finds the characters, the story analysis its narrators (`narratorSpans`,
// services/backend/src/story/file.ts), then `analyseDialogue` (services/backend/src/dialogue) finds
// the quotations and their speakers. Then times them on Pride and Prejudice whole.
//
//   npm run eval:dialogue [-- [--held-out] [--per-text [--errors]]] [--json FILE] [--data DIR]
//   (the tuning excerpts only while tuning; --held-out adds the held-out ones' rows and the rows
//   over all excerpts, to be run once a change is final; --per-text lists each excerpt)
//
// The split, fixed before any tuning: the 60 excerpts sorted by Gutenberg id, every third one (the
// 3rd, 6th, 9th...) is held out and never tuned on (20 excerpts, 272 quotations); the other 40
// (737 quotations) are the tuning set.
//
// Measures (each excerpt rebuilt as prose by eval/litbank.mjs, in the paragraphs of LitBank's
// original text that eval/litbank-paragraphs.json lists):
//   recall      gold quotations found: a reported quotation part covers more than half of its words
//   precision   reported quotation parts with more than half of their words inside gold quotations
//               (a quotation in parts counts each part, as the gold layer lists each part)
//   attribution over gold quotations whose speaker has a name (a PROP mention) in the excerpt: the
//               reported utterance covering most of its words names the right speaker; a missed
//               quotation or one left unattributed counts as wrong. A reported speaker is the gold
//               cluster that most of its name mentions in the excerpt fall on (by name when none do).
//   by kind     the same accuracy over the quotations the extractor attributed with that kind.

import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { detokenize, excerptIds, readCoref, readQuotations } from './litbank.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const option = (name) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const dataDir = resolve(option('--data') ?? join(root, '..', 'shared', 'data', 'litbank'));
const novelsDir = resolve(process.env.NOVELS_DIR ?? join(root, '..', 'shared', 'data', 'novels'));
const perText = args.includes('--per-text');
const showErrors = args.includes('--errors');
const jsonOut = option('--json');
const heldOut = args.includes('--held-out');

const { extract } = await import(join(root, 'services/backend/dist/bible/index.js'));
const { analyseDialogue, charactersOf } = await import(join(root, 'services/backend/dist/dialogue/index.js'));
const { analyseFile, narratorSpans } = await import(join(root, 'services/backend/dist/story/file.js'));
const { resolvePronouns } = await import(join(root, 'services/backend/dist/pronouns/index.js'));

const KINDS = ['explicit', 'anaphoric', 'implicit'];
const WORD = /[\p{L}\p{N}]+/gu;

function words(text, start, end) {
  const out = [];
  WORD.lastIndex = 0;
  const slice = text.slice(start, end);
  for (let m = WORD.exec(slice); m !== null; m = WORD.exec(slice)) out.push(start + m.index);
  return out;
}

const inside = (position, ranges) => ranges.some((r) => position >= r.start && position < r.end);

const normaliseName = (name) =>
  name
    .toLowerCase()
    .replace(/\s*['’]s$/, '')
    .replace(/[^a-z]+/g, ' ')
    .trim();

/** The gold cluster a reported character stands for in this excerpt, or undefined. */
function clusterOfEntity(entity, clusters) {
  const votes = new Map();
  for (const mention of entity.mentions) {
    for (const cluster of clusters.values()) {
      for (const gold of cluster.mentions) {
        if (gold.start < mention.end && mention.start < gold.end) {
          votes.set(cluster, (votes.get(cluster) ?? 0) + 1);
        }
      }
    }
  }
  const best = [...votes.entries()].sort((a, b) => b[1] - a[1])[0];
  if (best !== undefined) return best[0];
  const names = new Set([entity.name, ...entity.aliases].map(normaliseName));
  for (const cluster of clusters.values()) {
    if (cluster.names.some((n) => names.has(normaliseName(n)))) return cluster;
  }
  return undefined;
}

const PERSONAL = /^(?:he|him|his|himself|she|her|hers|herself)$/i;

/**
 * The pronoun resolver on LitBank's coreference layer: he/she pronouns whose gold cluster is a
 * named character (a PER cluster with a PROP mention); right when the resolver names the character
 * that cluster is. In narration and in speech apart.
 */
function scorePronouns(text, source, extraction, clusters, clusterOfKey, parts) {
  const resolved = new Map(
    resolvePronouns(text, charactersOf(source, extraction), { quotations: parts }).map((p) => [p.start, p]),
  );
  const score = {
    narration: { total: 0, resolved: 0, right: 0 },
    speech: { total: 0, resolved: 0, right: 0 },
  };
  for (const cluster of clusters.values()) {
    if (cluster.names.length === 0 || !cluster.mentions.some((m) => m.kind === 'PROP' && m.type === 'PER'))
      continue;
    for (const mention of cluster.mentions) {
      if (mention.kind !== 'PRON' || !PERSONAL.test(mention.text)) continue;
      const where = inside(mention.start, parts) ? score.speech : score.narration;
      where.total++;
      const reference = resolved.get(mention.start);
      if (reference?.characterId == null) continue;
      where.resolved++;
      if (clusterOfKey.get(reference.characterId) === cluster) where.right++;
    }
  }
  return score;
}

// The excerpts' own paragraphs (see eval/litbank.mjs): turn-taking is read from paragraphs.
const paragraphOpenings = JSON.parse(readFileSync(join(root, 'eval', 'litbank-paragraphs.json'), 'utf8'));

function scoreExcerpt(id) {
  const raw = readFileSync(join(dataDir, 'entities', `${id}.txt`), 'utf8');
  const { text, positions } = detokenize(raw, paragraphOpenings[id]);
  const gold = readQuotations(dataDir, id, positions);
  const clusters = readCoref(dataDir, id, positions);
  const source = { fileId: id, text, chapters: [] };
  const t0 = performance.now();
  const extraction = extract([source]);
  const analysis = analyseDialogue(source, extraction, narratorSpans(analyseFile(source, extraction)));
  const ms = performance.now() - t0;

  const entities = new Map(extraction.entities.map((e) => [e.key, e]));
  const clusterOfKey = new Map();
  for (const entity of extraction.entities) clusterOfKey.set(entity.key, clusterOfEntity(entity, clusters));

  const parts = analysis.quotes.flatMap((q) => q.parts.map((p) => ({ ...p, quote: q })));
  const pronouns = scorePronouns(text, source, extraction, clusters, clusterOfKey, parts);
  const result = {
    id,
    ms,
    gold: gold.length,
    found: 0,
    reported: parts.length,
    correctParts: 0,
    attributable: 0,
    attributedRight: 0,
    byKind: Object.fromEntries([...KINDS, 'none'].map((k) => [k, { total: 0, right: 0 }])),
    pronouns,
    errors: [],
  };
  for (const part of parts) {
    const w = words(text, part.start, part.end);
    const hit = w.filter((p) => inside(p, gold)).length;
    if (w.length === 0 ? gold.some((g) => g.start < part.end && part.start < g.end) : hit * 2 > w.length)
      result.correctParts++;
    else result.errors.push(`FP  ${JSON.stringify(text.slice(part.start, part.end)).slice(0, 100)}`);
  }
  for (const quote of gold) {
    const w = words(text, quote.start, quote.end);
    let best;
    let bestCover = 0;
    for (const reported of analysis.quotes) {
      const cover = w.filter((p) => inside(p, reported.parts)).length;
      if (cover > bestCover) {
        best = reported;
        bestCover = cover;
      }
    }
    const found = best !== undefined && bestCover * 2 > w.length;
    if (found) result.found++;
    else result.errors.push(`FN  ${JSON.stringify(text.slice(quote.start, quote.end)).slice(0, 100)}`);
    const speaker = quote.speaker === null ? undefined : clusters.get(quote.speaker);
    if (speaker === undefined || speaker.names.length === 0) continue;
    result.attributable++;
    if (!found) continue;
    const kind = best.speakerKey === null ? 'none' : best.kind;
    result.byKind[kind].total++;
    const reportedCluster = best.speakerKey === null ? undefined : clusterOfKey.get(best.speakerKey);
    if (reportedCluster === speaker) {
      result.attributedRight++;
      result.byKind[kind].right++;
    } else {
      const said =
        best.speakerKey === null ? 'nobody' : (entities.get(best.speakerKey)?.name ?? best.speakerKey);
      result.errors.push(
        `SPK ${JSON.stringify(text.slice(quote.start, quote.end)).slice(0, 60)} gold ${speaker.names[0]}, said ${said} (${kind} ${best.confidence.toFixed(2)})`,
      );
    }
  }
  return result;
}

const ids = excerptIds(dataDir, 'quotations');
const splitOf = (id) => ((ids.indexOf(id) + 1) % 3 === 0 ? 'held-out' : 'tune');
const results = ids.map(scoreExcerpt);

const ratio = (a, b) => (b === 0 ? 0 : a / b);
const fmt = (x) => x.toFixed(3);
function summarise(list) {
  const sum = (field) => list.reduce((s, r) => s + r[field], 0);
  const byKind = {};
  for (const kind of [...KINDS, 'none']) {
    const total = list.reduce((s, r) => s + r.byKind[kind].total, 0);
    const right = list.reduce((s, r) => s + r.byKind[kind].right, 0);
    byKind[kind] = { total, right, accuracy: ratio(right, total) };
  }
  const pronouns = {};
  for (const where of ['narration', 'speech']) {
    const total = list.reduce((s, r) => s + r.pronouns[where].total, 0);
    const resolved = list.reduce((s, r) => s + r.pronouns[where].resolved, 0);
    const right = list.reduce((s, r) => s + r.pronouns[where].right, 0);
    pronouns[where] = {
      total,
      accuracy: ratio(right, total),
      resolvedShare: ratio(resolved, total),
      precision: ratio(right, resolved),
    };
  }
  return {
    pronouns,
    excerpts: list.length,
    gold: sum('gold'),
    recall: ratio(sum('found'), sum('gold')),
    reportedParts: sum('reported'),
    precision: ratio(sum('correctParts'), sum('reported')),
    attributable: sum('attributable'),
    attributionAccuracy: ratio(sum('attributedRight'), sum('attributable')),
    byKind,
    ms: list.reduce((s, r) => s + r.ms, 0),
  };
}

if (perText) {
  console.log(
    'excerpt                                        split     gold  R     P     attributable  accuracy',
  );
  // The held-out excerpts' lines (and errors) are printed only when asked for, so tuning never sees them.
  for (const r of results.filter((x) => splitOf(x.id) === 'tune' || heldOut)) {
    console.log(
      `${r.id.slice(0, 46).padEnd(46)} ${splitOf(r.id).padEnd(9)} ${String(r.gold).padStart(4)}  ${fmt(ratio(r.found, r.gold))} ${fmt(ratio(r.correctParts, r.reported))} ${String(r.attributable).padStart(12)}  ${fmt(ratio(r.attributedRight, r.attributable))}`,
    );
    if (showErrors) for (const e of r.errors) console.log(`    ${e}`);
  }
  console.log();
}

const summaries = heldOut
  ? {
      tune: summarise(results.filter((r) => splitOf(r.id) === 'tune')),
      'held-out': summarise(results.filter((r) => splitOf(r.id) === 'held-out')),
      all: summarise(results),
    }
  : { tune: summarise(results.filter((r) => splitOf(r.id) === 'tune')) };
console.log('split      excerpts  quotations  recall  precision  attributable  attribution accuracy');
for (const [name, s] of Object.entries(summaries)) {
  console.log(
    `${name.padEnd(10)} ${String(s.excerpts).padStart(8)}  ${String(s.gold).padStart(10)}  ${fmt(s.recall)}   ${fmt(s.precision)}  ${String(s.attributable).padStart(12)}  ${fmt(s.attributionAccuracy)}`,
  );
}
console.log('\naccuracy by the kind of attribution made (found quotations with a named gold speaker)');
console.log('split      explicit          anaphoric         implicit          unattributed');
for (const [name, s] of Object.entries(summaries)) {
  const cell = (k) => `${fmt(s.byKind[k].accuracy)} (${s.byKind[k].total})`.padEnd(17);
  console.log(
    `${name.padEnd(10)} ${cell('explicit')} ${cell('anaphoric')} ${cell('implicit')} ${s.byKind.none.total}`,
  );
}

console.log(
  '\npronoun resolver: he/she of named characters (LitBank coreference), right / all, resolved share, right / resolved',
);
console.log('split      narration                       speech');
for (const [name, s] of Object.entries(summaries)) {
  const cell = (w) =>
    `${fmt(s.pronouns[w].accuracy)} ${fmt(s.pronouns[w].resolvedShare)} ${fmt(s.pronouns[w].precision)} (${s.pronouns[w].total})`.padEnd(
      31,
    );
  console.log(`${name.padEnd(10)} ${cell('narration')} ${cell('speech')}`);
}

// Pride and Prejudice whole, as ingestion reads it (the filesystem service's text and chapters).
const { decodeText } = await import(join(root, 'services/filesystem/dist/services/extract.js'));
const { blocksFromPlainText, buildStructure } = await import(
  join(root, 'services/filesystem/dist/services/text.js')
);
const doc = buildStructure(
  blocksFromPlainText(decodeText(readFileSync(join(novelsDir, '1342_pride_and_prejudice.txt'))).text),
);
const novel = { fileId: 'pride-and-prejudice', text: doc.text, chapters: doc.chapters };
const t0 = performance.now();
const novelExtraction = extract([novel]);
const novelNarrators = narratorSpans(analyseFile(novel, novelExtraction));
const t1 = performance.now();
const novelAnalysis = analyseDialogue(novel, novelExtraction, novelNarrators);
const t2 = performance.now();
const names = new Map(novelExtraction.entities.map((e) => [e.key, e.name]));
const speakers = new Map();
for (const q of novelAnalysis.quotes) {
  const key = q.speakerKey ?? '(unattributed)';
  const entry = speakers.get(key) ?? { quotes: 0, words: 0 };
  entry.quotes++;
  entry.words += q.parts.reduce((s, p) => s + words(novel.text, p.start, p.end).length, 0);
  speakers.set(key, entry);
}
const top = [...speakers.entries()].sort((a, b) => b[1].quotes - a[1].quotes).slice(0, 12);
const kinds = Object.fromEntries(
  KINDS.map((k) => [k, novelAnalysis.quotes.filter((q) => q.kind === k).length]),
);
console.log(
  `\nPride and Prejudice: ${novelAnalysis.quotes.length} quotations in ${((t2 - t1) / 1000).toFixed(2)} s (the extractor and the story analysis before it: ${((t1 - t0) / 1000).toFixed(2)} s); kinds ${JSON.stringify(kinds)}`,
);
console.log('top speakers: quotations, words');
for (const [key, s] of top)
  console.log(
    `  ${(names.get(key) ?? key).padEnd(24)} ${String(s.quotes).padStart(5)} ${String(s.words).padStart(7)}`,
  );

if (jsonOut !== undefined) {
  writeFileSync(
    jsonOut,
    `${JSON.stringify(
      {
        summaries,
        results: results.filter((r) => splitOf(r.id) === 'tune' || heldOut).map(({ errors, ...r }) => r),
        prideAndPrejudice: {
          quotations: novelAnalysis.quotes.length,
          seconds: (t2 - t1) / 1000,
          extractorSeconds: (t1 - t0) / 1000,
          top: top.map(([key, s]) => ({ name: names.get(key) ?? key, ...s })),
        },
      },
      null,
      2,
    )}\n`,
  );
}
