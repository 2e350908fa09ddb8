// The ingestion's whole analysis (`analyseText`: story-bible extraction, story, dialogue,
// continuity facts, spellings) of Pride and Prejudice and Moby Dick, in CPU seconds, and the
// filesystem's `buildStructure` of the upload before it (paragraphs, chapters, word counts). Each
// is timed in a fresh process of its own, as an upload runs them in two services, so no cache or
// warmed-up code carries from one to the other or from one run to the next; median of three.
// bench/analysis-outputs.mjs checks that the outputs stay the same.
//
//   npm run bench -- analysis
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ROOT } from './lib.mjs';

const NOVELS = join(ROOT, '../shared/data/novels');
const RUNS = 3;
const { blocksFromPlainText, buildStructure, normaliseText } = await import(
  join(ROOT, 'services/filesystem/dist/services/text.js')
);

const blocksOf = (file) => blocksFromPlainText(normaliseText(readFileSync(join(NOVELS, file), 'utf8')));
const cpuSeconds = (usage) => (usage.user + usage.system) / 1e6;
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/** The CPU seconds of `buildStructure` on a book. */
function measureStructure(file) {
  const blocks = blocksOf(file);
  const start = process.cpuUsage();
  buildStructure(blocks);
  return cpuSeconds(process.cpuUsage(start));
}

/** The CPU and wall-clock seconds of `analyseText` on a text and chapters saved as JSON. */
async function measureAnalysis(sourceFile) {
  const { analyseText } = await import(join(ROOT, 'services/backend/dist/ingest/analysis.js'));
  const source = JSON.parse(readFileSync(sourceFile, 'utf8'));
  const start = process.cpuUsage();
  const wall = performance.now();
  analyseText({ source, splits: [] });
  return { cpu: cpuSeconds(process.cpuUsage(start)), wall: (performance.now() - wall) / 1000 };
}

/** Runs this script in a fresh process with `args` and reads what it prints. */
const fresh = (...args) =>
  JSON.parse(execFileSync(process.execPath, [fileURLToPath(import.meta.url), ...args], { encoding: 'utf8' }));

const [mode, arg] = process.argv.slice(2);
if (mode === '--structure') {
  console.log(JSON.stringify(measureStructure(arg)));
} else if (mode === '--analysis') {
  console.log(JSON.stringify(await measureAnalysis(arg)));
} else {
  const dir = mkdtempSync(join(tmpdir(), 'george-bench-analysis-'));
  try {
    const rows = [];
    for (const [book, file] of [
      ['Pride and Prejudice', '1342_pride_and_prejudice.txt'],
      ['Moby Dick', '2489_moby_dick.txt'],
    ]) {
      const structure = buildStructure(blocksOf(file));
      const sourceFile = join(dir, `${file}.json`);
      writeFileSync(
        sourceFile,
        JSON.stringify({ fileId: file, text: structure.text, chapters: structure.chapters }),
      );
      const runs = [];
      for (let run = 0; run < RUNS; run++)
        runs.push({ ...fresh('--analysis', sourceFile), structure: fresh('--structure', file) });
      rows.push({
        book,
        'analysis CPU (s, median of 3)': Number(median(runs.map((r) => r.cpu)).toFixed(2)),
        'analysis wall (s, median of 3)': Number(median(runs.map((r) => r.wall)).toFixed(2)),
        'text structure CPU (s, median of 3)': Number(median(runs.map((r) => r.structure)).toFixed(2)),
        'load average (1 min)': Number(loadavg()[0].toFixed(2)),
      });
    }
    console.table(rows);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
