// The whole story analysis (chapter figures, narrators and point of view, focal characters, time
// and timeline, with the dialogue module's quotations and the shared pronoun resolver) of Moby Dick
// and Pride and Prejudice, from the text, chapters and story-bible extraction an ingestion already
// has. Median of three runs after one warm-up; compare with `npm run bench -- ingest`.
//
//   npm run bench -- story
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
const novels = process.env.NOVELS_DIR ?? resolve(root, '../shared/data/novels');
const { blocksFromPlainText, buildStructure, normaliseText } = await import(
  join(root, 'services/filesystem/dist/services/text.js')
);
const { extract } = await import(join(root, 'services/backend/dist/bible/index.js'));
const { analyseText } = await import(join(root, 'services/backend/dist/story/analyse.js'));

for (const [name, file] of [
  ['Moby Dick', '2489_moby_dick.txt'],
  ['Pride and Prejudice', '1342_pride_and_prejudice.txt'],
]) {
  const s = buildStructure(blocksFromPlainText(normaliseText(readFileSync(join(novels, file), 'utf8'))));
  const t0 = performance.now();
  const extraction = extract([{ fileId: 'f', text: s.text, chapters: s.chapters }]);
  const extractMs = performance.now() - t0;
  const characters = extraction.entities
    .filter((e) => e.type === 'character')
    .map((e) => ({ id: e.key, name: e.name, aliases: e.aliases, mentions: e.mentions }));
  const times = [];
  for (let run = 0; run < 4; run++) {
    const start = performance.now();
    analyseText({ fileId: 'f', text: s.text, chapters: s.chapters, characters });
    if (run > 0) times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  console.log(
    `${name.padEnd(20)} ${s.wordCount} words, ${s.chapters.length} chapters: story analysis ${Math.round(times[1])} ms (median of 3; story-bible extraction ${Math.round(extractMs)} ms)`,
  );
}
