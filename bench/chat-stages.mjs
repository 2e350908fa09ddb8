// Where an offline chat answer's time goes: the tuned sets' questions on Pride and Prejudice
// (~120,000 words) answered as eval/chat.mjs answers them (the backend's answerMessage over the
// chroma service in-process, the story bible and ledger the backend's analysis makes), with the
// time spent in each source (retrieval and its vector and BM25 searches, ledger, described
// character, naming, story bible, the comparison in meaning), the answer's own p50/p95, and the CPU
// per answer of each thread (Linux /proc: the main thread, the embedding thread), which a loaded
// machine changes less than the wall clock. The chunks' sentence vectors are filled first, and the
// time spent embedding the book and its sentences is printed. `--answers <file>` writes the
// answers, to check that a change of speed changed none. Run with `node --cpu-prof` for the hot functions. Needs
// `npm run build` first; the book is embedded once into eval/answers-lib.mjs's cache.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  ALL_BOOKS,
  chatSources,
  embedderStack,
  fillSentences,
  loadBooks,
  percentile,
  SETS,
  searchOf,
  storyOf,
  TUNED_SETS,
} from '../eval/answers-lib.mjs';
import { ROOT } from './lib.mjs';

const { answerMessage } = await import(join(ROOT, 'services/backend/dist/chat/pipeline.js'));

const argv = process.argv.slice(2);
const answersFile = argv.includes('--answers') ? argv[argv.indexOf('--answers') + 1] : undefined;

/** CPU milliseconds of each thread of this process so far, by thread id and name. */
function threadCpu() {
  const out = new Map();
  for (const tid of readdirSync('/proc/self/task')) {
    let stat;
    try {
      stat = readFileSync(`/proc/self/task/${tid}/stat`, 'utf8');
    } catch {
      continue; // the thread ended in between
    }
    const name = stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // utime and stime, in clock ticks (100 a second on Linux).
    out.set(`${tid} ${name}`, (Number(fields[11]) + Number(fields[12])) * 10);
  }
  return out;
}

const stack = await embedderStack('bge-small-en-v1.5-q');
try {
  const { books, seconds } = await loadBooks(stack, { pride: ALL_BOOKS.pride }, 1200);
  const book = books.pride;
  const { filled, seconds: fillSeconds } = await fillSentences(stack, book);
  console.log(
    `Pride and Prejudice: ${book.chunks.length} chunks embedded in ${seconds.toFixed(1)} s (0 when cached), the sentences of ${filled} chunks in ${fillSeconds.toFixed(1)} s`,
  );
  const story = await storyOf('pride', book);
  /** Milliseconds of each source in the answer being timed. */
  let spent = {};
  const timed =
    (name, fn) =>
    async (...args) => {
      const started = performance.now();
      try {
        return await fn(...args);
      } finally {
        spent[name] = (spent[name] ?? 0) + performance.now() - started;
      }
    };
  const memoised = searchOf(stack, book);
  const search = (request) => timed(`search ${request.mode}`, memoised)(request);
  const sources = await chatSources(
    {
      stack,
      project: book.project,
      search,
      entities: story.entities,
      facts: story.facts,
      chapterCount: book.chapters.length,
    },
    timed,
  );
  const questions = TUNED_SETS.flatMap((name) => SETS[name].questions).filter((q) => q.book === 'pride');
  const stages = {};
  const totals = [];
  const answers = [];
  const cpuBefore = threadCpu();
  for (const q of questions) {
    spent = {};
    const started = performance.now();
    const answer = await answerMessage(q.question, [], sources);
    totals.push(performance.now() - started);
    for (const [name, ms] of Object.entries(spent)) stages[name] = (stages[name] ?? 0) + ms;
    answers.push({ id: q.id, answer: answer.answer, citations: answer.citations });
  }
  const cpuByThread = new Map();
  for (const [thread, ms] of threadCpu()) {
    const used = ms - (cpuBefore.get(thread) ?? 0);
    const name = thread === `${process.pid} node` ? 'main thread' : thread.replace(/^\d+ /, '');
    if (used > 0) cpuByThread.set(name, (cpuByThread.get(name) ?? 0) + used);
  }
  const n = questions.length;
  console.log(
    `Offline answers on Pride and Prejudice: n=${n}, p50 ${percentile(totals, 50).toFixed(1)} ms, p95 ${percentile(totals, 95).toFixed(1)} ms`,
  );
  console.log('mean wall ms per answer in each source (the searches are inside retrieve, ledger, naming):');
  for (const [name, ms] of Object.entries(stages)) console.log(`  ${name.padEnd(16)} ${(ms / n).toFixed(1)}`);
  console.log(`  ${'whole answer'.padEnd(16)} ${(totals.reduce((a, b) => a + b, 0) / n).toFixed(1)}`);
  console.log(
    'CPU ms per answer by thread ("node": the other JavaScript threads, the embedding thread\'s model):',
  );
  for (const [name, ms] of cpuByThread) console.log(`  ${name.padEnd(16)} ${(ms / n).toFixed(1)}`);
  if (answersFile) writeFileSync(answersFile, JSON.stringify(answers, null, 1));
} finally {
  await stack.stop();
}
