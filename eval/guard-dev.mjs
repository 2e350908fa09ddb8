// Guard between a development set (written for tuning: eval/dev-questions.json by default, or
// eval/paraphrased-questions.json) and the held-out set (eval/untuned-questions.json), run while
// the development sets were written: node eval/guard-dev.mjs [development set file]. Prints ONLY dev question ids that come too close to the
// held-out set, then a count; it never prints anything read from the held-out file.
// A dev question is flagged when
//  (a) its answer span lies within 2,500 characters of any held-out answer span in the same book
//      (spans located with eval/answers-lib.mjs `answerPattern`, as `span` does; every
//      occurrence of a held-out answer counts; books matched by file name, not key), or
//  (b) at least half of its content words (the text pipeline's stemmed terms) occur among the
//      content words of any one held-out question (any book).
// Exit status: 0 when nothing is flagged, 1 when some question is, 2 when the guard could not run
// (a held-out answer not found in its book: the guard would be incomplete).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { answerPattern } from './answers-lib.mjs';
import { NOVELS, ROOT } from './lib.mjs';

const { terms } = await import(join(ROOT, 'packages/text/dist/index.js'));

const HELD = join(ROOT, 'eval/untuned-questions.json');
const DEV = process.argv[2] ?? join(ROOT, 'eval/dev-questions.json');
const WINDOW = 2500;

/** A question's content words as the chat's text pipeline reads them (stemmed, stop words dropped). */
const contentWords = (question) => new Set(terms(question));

try {
  const held = JSON.parse(readFileSync(HELD, 'utf8'));
  const dev = JSON.parse(readFileSync(DEV, 'utf8'));
  const texts = new Map();
  const textOf = (file) => {
    if (!texts.has(file)) texts.set(file, readFileSync(join(NOVELS, file), 'utf8').normalize('NFC'));
    return texts.get(file);
  };

  // Held-out answer spans, keyed by book file name; held-out question word sets.
  const spans = new Map();
  let unlocated = 0;
  const heldWords = [];
  for (const q of held.questions) {
    heldWords.push(contentWords(q.question));
    const file = held.books[q.book];
    let found = 0;
    try {
      for (const m of textOf(file).matchAll(new RegExp(answerPattern(q.answer), 'g'))) {
        if (!spans.has(file)) spans.set(file, []);
        spans.get(file).push([m.index, m.index + m[0].length]);
        found++;
      }
    } catch {
      found = 0;
    }
    if (!found) unlocated++;
  }

  const flagged = [];
  for (const q of dev.questions) {
    const file = dev.books[q.book];
    const m = new RegExp(answerPattern(q.answer)).exec(textOf(file));
    if (!m) throw new Error(`dev answer not found: ${q.id}`);
    const start = m.index;
    const near = (spans.get(file) ?? []).some(([s, e]) => Math.max(0, s - start, start - e) <= WINDOW);
    const mine = contentWords(q.question);
    const similar =
      mine.size > 0 &&
      heldWords.some((theirs) => [...mine].filter((w) => theirs.has(w)).length * 2 >= mine.size);
    if (near || similar) flagged.push(q.id);
  }
  for (const id of flagged) console.log(id);
  console.log(`flagged: ${flagged.length}`);
  if (unlocated) {
    console.log(`ERROR: ${unlocated} held-out answers could not be located; guard incomplete`);
    process.exit(2);
  }
  process.exit(flagged.length ? 1 : 0);
} catch (err) {
  // Never echo anything that might come from the held-out file.
  console.log(
    String(err?.message ?? '').startsWith('dev answer not found') ? err.message : 'ERROR: guard failed',
  );
  process.exit(2);
}
