#!/usr/bin/env node
// Offline chat quality (npm run eval:chat): for each question of the tuned set
// (eval/retrieval-questions.json: Moby Dick, Pride and Prejudice), of the development sets, tuned on
// too (eval/dev-questions.json over the held-out set's books, eval/paraphrased-questions.json over all
// five in a reader's own words, eval/paraphrased-3-questions.json over the tuned set's two, eval/paraphrased-4-questions.json over all five, eval/paraphrased-5-questions.json of reasons, manners and events, eval/factual-6-questions.json of names, numbers, places, trades and dates, eval/reader-7-questions.json of people named by what they are or do, eval/scene-8-questions.json of what someone said, did or gave in a scene, eval/described-9-questions.json of people named only by calling, relation or role, eval/relations-10-questions.json of how people are related, eval/everyday-11-questions.json of a new user's questions of every kind, eval/reader-12-questions.json of a new reader's questions in the reader's own words) and, reported apart, of the held-out
// set (eval/untuned-questions.json: Sherlock Holmes, Frankenstein, Alice; never tuned on), the
// answer the offline pipeline gives (the backend's answerMessage: story-aware retrieval over the
// chroma service, the story bible the backend's extractor makes of the book, the extractive
// answerer, its best sentences re-ranked by the embedder's similarity to the question) and whether its first citation / one of its first three citations overlaps the passage
// that answers. Also: quotes verbatim at their offsets, quotes at sentence boundaries (or shown
// cut), and the latency of an answer on the ~120,000-word Pride and Prejudice project.
// Options: --embedder <name> (default bge-small-en-v1.5-q), --size <chunk chars> (default 1200, what
// ingestion uses), --tuned (the tuned sets only, answers-lib TUNED_SETS: what to run while
// choosing settings), --verbose (their misses; the held-out set's stay hidden: reading them is tuning on them).
import { join } from 'node:path';
import {
  ALL_BOOKS,
  chatSources,
  EMBEDDERS,
  embedderStack,
  fillSentences,
  loadBooks,
  percentile,
  SET_LABELS,
  SETS,
  searchOf,
  span,
  storyOf,
  TUNED_SETS,
} from './answers-lib.mjs';
import { ROOT } from './lib.mjs';

const { answerMessage } = await import(join(ROOT, 'services/backend/dist/chat/pipeline.js'));
const { questionType } = await import(join(ROOT, 'services/backend/dist/chat/extractive.js'));
const { sentences, words } = await import(join(ROOT, 'packages/text/dist/index.js'));

const argv = process.argv.slice(2);
const option = (name, fallback) => {
  const i = argv.indexOf(name);
  return i >= 0 && argv[i + 1] ? argv[i + 1] : fallback;
};
const embedder = option('--embedder', 'bge-small-en-v1.5-q');
const size = Number(option('--size', '1200'));
if (!EMBEDDERS[embedder]) throw new Error(`unknown embedder ${embedder}`);

const stack = await embedderStack(embedder);
const results = {};
const latencies = [];
let prideWords = 0;
try {
  const { books } = await loadBooks(stack, ALL_BOOKS, size);
  // Answers are timed with their candidate sentences stored and no background filling beside them.
  for (const book of Object.values(books)) await fillSentences(stack, book);
  const boundaries = {};
  for (const [setName, set] of Object.entries(SETS)) {
    if (!TUNED_SETS.includes(setName) && argv.includes('--tuned')) continue;
    const r = {
      n: 0,
      first: 0,
      first3: 0,
      citations: 0,
      verbatim: 0,
      bounded: 0,
      shownCut: 0,
      misses: [],
      byType: {},
    };
    for (const q of set.questions) {
      const book = books[q.book];
      book.story ??= await storyOf(q.book, book);
      book.entities ??= book.story.entities;
      book.search ??= searchOf(stack, book);
      if (!boundaries[q.book]) {
        const spans = sentences(book.text);
        boundaries[q.book] = {
          starts: new Set(spans.map((s) => s.start)),
          ends: new Set(spans.map((s) => s.end)),
        };
      }
      const gold = span(book.text, q.answer);
      const sources = await chatSources({
        stack,
        project: book.project,
        search: book.search,
        entities: book.entities,
        facts: book.story.facts,
        chapterCount: book.chapters.length,
      });
      const started = performance.now();
      const answer = await answerMessage(q.question, [], sources);
      if (q.book === 'pride') latencies.push(performance.now() - started);
      const overlaps = (c) => c.start < gold.end && c.end > gold.start;
      const type = questionType(q.question);
      r.byType[type] ??= { n: 0, first3: 0 };
      r.byType[type].n += 1;
      r.n += 1;
      if (answer.citations[0] && overlaps(answer.citations[0])) r.first += 1;
      if (answer.citations.slice(0, 3).some(overlaps)) {
        r.first3 += 1;
        r.byType[type].first3 += 1;
      } else r.misses.push(q.id);
      for (const c of answer.citations) {
        r.citations += 1;
        if (book.text.slice(c.start, c.end) === c.quote) r.verbatim += 1;
        if (boundaries[q.book].starts.has(c.start) && boundaries[q.book].ends.has(c.end)) r.bounded += 1;
        else if (answer.answer.includes('…')) r.shownCut += 1;
      }
    }
    results[setName] = r;
  }
  prideWords = words(books.pride.text).length;
} finally {
  await stack.stop();
}

const LABEL_WIDTH = Math.max(...Object.values(SET_LABELS).map((l) => l.length));
const f = (x, n) => `${(x / n).toFixed(3)} (${x}/${n})`;
console.log(
  `Offline chat: story-aware retrieval (${EMBEDDERS[embedder].label}, ~${size}-character chunks) + extractive answerer`,
);
console.log(
  `${'set'.padEnd(LABEL_WIDTH)} questions  first citation      first three citations  verbatim   at sentence bounds  cut, shown …`,
);
for (const [name, r] of Object.entries(results)) {
  console.log(
    `${SET_LABELS[name].padEnd(LABEL_WIDTH)} ${String(r.n).padStart(9)}  ${f(r.first, r.n).padEnd(18)}  ${f(r.first3, r.n).padEnd(21)}  ${`${r.verbatim}/${r.citations}`.padEnd(9)}  ${`${r.bounded}/${r.citations}`.padEnd(18)}  ${r.shownCut}`,
  );
  console.log(
    `  by question type (first three): ${Object.entries(r.byType)
      .map(([t, v]) => `${t} ${v.first3}/${v.n}`)
      .join(', ')}`,
  );
  if (argv.includes('--verbose') && TUNED_SETS.includes(name)) console.log(`  misses: ${r.misses.join(' ')}`);
}
console.log(
  `latency of an answer on Pride and Prejudice (${prideWords.toLocaleString('en')} words): p50 ${percentile(latencies, 50).toFixed(1)} ms, p95 ${percentile(latencies, 95).toFixed(1)} ms (n=${latencies.length})`,
);
