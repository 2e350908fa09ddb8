#!/usr/bin/env node
// Offline chat quality (npm run eval:chat): for each question of eval/retrieval-questions.json
// (Moby Dick and Pride and Prejudice), the answer the offline pipeline gives (hybrid retrieval from
// a real Chroma server through the chroma service, story-bible-free extractive answerer) and whether
// one of its first three citations overlaps the passage that answers; plus the latency of an answer
// (retrieval + answer) on the ~120,000-word Pride and Prejudice project. Needs `npm run build`.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadChunks, ROOT, startStack, upsertAll } from './lib.mjs';

const { answerMessage } = await import(join(ROOT, 'services/backend/dist/chat/pipeline.js'));

const data = JSON.parse(readFileSync(join(ROOT, 'eval/retrieval-questions.json'), 'utf8'));

function span(text, quote) {
  const pattern = quote
    .trim()
    .split(/\s+/)
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('\\s+');
  const m = new RegExp(pattern).exec(text);
  if (!m) throw new Error(`answer not found in the book: ${quote}`);
  return { start: m.index, end: m.index + m[0].length };
}

const percentile = (values, p) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
};

const stack = await startStack();
try {
  const books = await loadChunks(data.books);
  // One project per book, as an author would have it.
  for (const [key, book] of Object.entries(books)) await upsertAll(stack, `chat-${key}`, book.chunks);
  let hits = 0;
  let exact = 0;
  let citations = 0;
  const latencies = [];
  const misses = [];
  for (const q of data.questions) {
    const book = books[q.book];
    const gold = span(book.text, q.answer);
    const sources = {
      async retrieve(question, k) {
        const res = await stack.app.inject({
          method: 'POST',
          url: `/projects/chat-${q.book}/query`,
          headers: stack.headers,
          payload: { text: question, k },
        });
        return res.json().results.map((r) => ({ id: r.id, ...r.metadata, text: r.text, score: r.score }));
      },
      bibleFacts: async () => [],
    };
    const started = performance.now();
    const result = await answerMessage(q.question, [], sources);
    if (q.book === 'pride') latencies.push(performance.now() - started);
    const first3 = result.citations.slice(0, 3);
    citations += result.citations.length;
    exact += result.citations.filter((c) => book.text.slice(c.start, c.end) === c.quote).length;
    if (first3.some((c) => c.start < gold.end && c.end > gold.start)) hits += 1;
    else misses.push(q.id);
  }
  const n = data.questions.length;
  console.log(`${n} questions over Moby Dick and Pride and Prejudice, offline extractive answerer`);
  console.log(`answer passage among the first three citations: ${(hits / n).toFixed(3)} (${hits}/${n})`);
  console.log(`citations whose quote is exactly the file's text at their range: ${exact}/${citations}`);
  console.log(
    `latency on Pride and Prejudice (${book_words(books.pride.text)} words): p50 ${percentile(latencies, 50).toFixed(1)} ms, p95 ${percentile(latencies, 95).toFixed(1)} ms`,
  );
  if (misses.length) console.log(`misses: ${misses.join(', ')}`);
} finally {
  await stack.stop();
}

function book_words(text) {
  return (text.match(/\S+/g) ?? []).length.toLocaleString('en');
}
