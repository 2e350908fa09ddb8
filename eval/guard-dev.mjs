// Guard between the development set (eval/dev-questions.json: written for tuning) and the held-out
// set (eval/untuned-questions.json), run while the development set was written:
// node eval/guard-dev.mjs [dev file]. Prints ONLY dev question ids that come too close to the
// held-out set, then a count; it never prints anything read from the held-out file.
// A dev question is flagged when
//  (a) its answer span starts within 2,500 characters of any held-out answer span in the same book
//      (spans located like eval/answers-lib.mjs `span`: words joined by \s+, regex-escaped; every
//      occurrence of a held-out answer counts; books matched by file name, not key), or
//  (b) at least half of its content words (lower-case, 4+ letters, common words dropped) occur among
//      the content words of any one held-out question (any book).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { NOVELS, ROOT } from './lib.mjs';

const HELD = join(ROOT, 'eval/untuned-questions.json');
const DEV = process.argv[2] ?? join(ROOT, 'eval/dev-questions.json');
const WINDOW = 2500;

const STOP = new Set(
  `about above after again against also among another been before being below between both
  could does doing down during each either else even ever every from further have having here
  herself himself into itself just like many more most much must myself never once only other
  ought ours over same shall should some such than that their theirs them themselves then there
  these they this those through under until upon very want were what whatever when where whether
  which while whom whose will with within without would your yours yourself`.split(/\s+/),
);
const contentWords = (s) =>
  new Set((s.toLowerCase().match(/[a-z]+/g) ?? []).filter((w) => w.length >= 4 && !STOP.has(w)));
const pattern = (quote) =>
  quote
    .trim()
    .split(/\s+/)
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('\\s+');

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
  for (const q of held.questions ?? []) {
    heldWords.push(contentWords(String(q.question ?? '')));
    const file = held.books?.[q.book] ?? q.book;
    let found = 0;
    try {
      for (const m of textOf(file).matchAll(new RegExp(pattern(String(q.answer ?? '')), 'g'))) {
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
    const m = new RegExp(pattern(q.answer)).exec(textOf(file));
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
