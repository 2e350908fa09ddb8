// The ingestion's whole analysis (`analyseText`: story-bible extraction, story, dialogue,
// continuity facts, spellings) of Pride and Prejudice and Moby Dick, in CPU seconds. Each run is a
// fresh process, so no cache or warmed-up code carries from one run to the next; median of three.
// bench/analysis-outputs.mjs checks that the outputs stay the same.
//
//   npm run bench -- analysis
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ROOT } from './lib.mjs';

const NOVELS = join(ROOT, '../shared/data/novels');
const RUNS = 3;

/** One analysis of `file` in this process: its CPU and wall-clock seconds. */
async function measureOnce(file) {
  const { blocksFromPlainText, buildStructure, normaliseText } = await import(
    join(ROOT, 'services/filesystem/dist/services/text.js')
  );
  const { analyseText } = await import(join(ROOT, 'services/backend/dist/ingest/analysis.js'));
  const structure = buildStructure(
    blocksFromPlainText(normaliseText(readFileSync(join(NOVELS, file), 'utf8'))),
  );
  const cpu = process.cpuUsage();
  const wall = performance.now();
  analyseText({ source: { fileId: file, text: structure.text, chapters: structure.chapters }, splits: [] });
  const used = process.cpuUsage(cpu);
  return { cpu: (used.user + used.system) / 1e6, wall: (performance.now() - wall) / 1000 };
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

const one = process.argv.indexOf('--one');
if (one !== -1) {
  console.log(JSON.stringify(await measureOnce(process.argv[one + 1])));
} else {
  const rows = [];
  for (const [book, file] of [
    ['Pride and Prejudice', '1342_pride_and_prejudice.txt'],
    ['Moby Dick', '2489_moby_dick.txt'],
  ]) {
    const runs = [];
    for (let run = 0; run < RUNS; run++) {
      const out = execFileSync(process.execPath, [fileURLToPath(import.meta.url), '--one', file], {
        encoding: 'utf8',
      });
      runs.push(JSON.parse(out));
    }
    rows.push({
      book,
      'analysis CPU (s, median of 3)': Number(median(runs.map((r) => r.cpu)).toFixed(2)),
      'analysis wall (s, median of 3)': Number(median(runs.map((r) => r.wall)).toFixed(2)),
      'load average (1 min)': Number(loadavg()[0].toFixed(2)),
    });
  }
  console.table(rows);
}
