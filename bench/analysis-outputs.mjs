// The byte-identical check for speed work on the analysis: runs the ingestion's `analyseText` on
// each tuned novel and each eval manuscript (as an upload builds its text and chapters) and
// compares a SHA-256 of the whole analysis's JSON per file with the hashes recorded in
// bench/analysis-outputs.json. Not a benchmark (`npm run bench` leaves it out): a change meant
// only to be faster must keep every hash.
//
//   node bench/analysis-outputs.mjs            compare (exit 1 on any difference)
//   node bench/analysis-outputs.mjs --record   record the current code's hashes
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { ROOT } from './lib.mjs';

const RECORD = join(ROOT, 'bench/analysis-outputs.json');
const NOVELS = join(ROOT, '../shared/data/novels');
const MANUSCRIPTS = join(ROOT, 'eval/manuscripts');
const { blocksFromPlainText, buildStructure, normaliseText } = await import(
  join(ROOT, 'services/filesystem/dist/services/text.js')
);
const { analyseText } = await import(join(ROOT, 'services/backend/dist/ingest/analysis.js'));

const files = [
  ...readdirSync(NOVELS).map((f) => join(NOVELS, f)),
  ...readdirSync(MANUSCRIPTS).map((f) => join(MANUSCRIPTS, f)),
]
  .filter((f) => f.endsWith('.txt'))
  .sort();

const hashes = {};
for (const file of files) {
  const name = basename(file);
  const structure = buildStructure(blocksFromPlainText(normaliseText(readFileSync(file, 'utf8'))));
  const analysis = analyseText({
    source: { fileId: name, text: structure.text, chapters: structure.chapters },
    splits: [],
  });
  hashes[name] = createHash('sha256').update(JSON.stringify(analysis)).digest('hex');
}

if (process.argv.includes('--record')) {
  writeFileSync(RECORD, `${JSON.stringify(hashes, null, 2)}\n`);
  console.log(`recorded ${files.length} hashes in ${RECORD}`);
} else {
  const recorded = JSON.parse(readFileSync(RECORD, 'utf8'));
  const names = [...new Set([...Object.keys(recorded), ...Object.keys(hashes)])].sort();
  const differing = names.filter((n) => recorded[n] !== hashes[n]);
  for (const n of differing) console.log(`DIFFERS ${n}`);
  console.log(`${names.length - differing.length}/${names.length} analyses identical`);
  process.exit(differing.length === 0 ? 0 : 1);
}
