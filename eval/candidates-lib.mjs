// Shared by eval/train-sentences.mjs and eval/train-support.mjs: every TUNED question (answers-lib
// TUNED_SETS; the held-out set is never read) answered as eval/chat.mjs answers it, with the inputs of
// its sentence ranking kept (the retrieved and stating passages, the story bible's facts), every
// candidate's named features (extractive.ts `SentenceFeatures`), its closeness in meaning to the
// question and the answering quote's span, so that choices are compared by replaying the answer
// without answering again (`--save <file>` / `--load <file>`).
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  chatSources,
  closenessOf,
  embedderStack,
  fillSentences,
  loadBooks,
  SETS,
  searchOf,
  span,
  storyOf,
  TUNED_SETS,
} from './answers-lib.mjs';
import { ROOT } from './lib.mjs';

const { answerMessage } = await import(join(ROOT, 'services/backend/dist/chat/pipeline.js'));
const { meaningCandidates, rankSentences, SENTENCE_WEIGHTS, sentenceScore, withMeaning, withStated } =
  await import(join(ROOT, 'services/backend/dist/chat/extractive.js'));
const { namesNoOne } = await import(join(ROOT, 'services/backend/dist/chat/retrieval.js'));

/** As the pipeline cuts a candidate before comparing it in meaning (pipeline.ts CLOSENESS_CHARS). */
const CLOSENESS_CHARS = 2000;

/** Whether a citation or candidate overlaps the answering quote's span. */
export const overlaps = (c, gold) => c.start < gold.end && c.end > gold.start;

/** One question's ranking inputs and outcome: no `candidates` when no sentence ranking chose its citations. */
async function gather() {
  const tunedBooks = Object.assign({}, ...TUNED_SETS.map((name) => SETS[name].books));
  const stack = await embedderStack('bge-small-en-v1.5-q');
  const gathered = [];
  try {
    const { books } = await loadBooks(stack, tunedBooks, 1200);
    for (const book of Object.values(books)) await fillSentences(stack, book);
    for (const setName of TUNED_SETS) {
      for (const q of SETS[setName].questions) {
        const book = books[q.book];
        book.story ??= await storyOf(q.book, book);
        book.search ??= searchOf(stack, book);
        const heard = {};
        const sources = await chatSources(
          {
            stack,
            project: book.project,
            search: book.search,
            entities: book.story.entities,
            facts: book.story.facts,
            chapterCount: book.chapters.length,
          },
          (name, fn) =>
            async (...args) => {
              const out = await fn(...args);
              heard[name] = { args, out };
              return out;
            },
        );
        const answer = await answerMessage(q.question, [], sources);
        const gold = span(book.text, q.answer);
        const item = { set: setName, id: q.id, gold, citations: answer.citations };
        if (heard.retrieve) {
          const question = heard.retrieve.args[0];
          const facts = heard['bible facts'].out;
          const stated = [...(heard.ledger?.out ?? []), ...(heard.naming?.out ?? [])];
          const ranked = rankSentences(question, heard.retrieve.out, facts, SENTENCE_WEIGHTS, stated);
          const texts = [...new Set(ranked.map((s) => s.text.slice(0, CLOSENESS_CHARS)))];
          const cosine = new Map();
          // The service compares at most 32 texts a call.
          for (let i = 0; i < texts.length; i += 32) {
            const batch = texts.slice(i, i + 32);
            const scores = await closenessOf(stack, book.project)(question, batch);
            for (const [j, t] of batch.entries()) cosine.set(t, scores?.[j] ?? 0);
          }
          Object.assign(item, {
            question,
            retrieved: heard.retrieve.out,
            facts,
            stated,
            unnamed: namesNoOne(question, facts, false),
            compared: Boolean(heard.closeness),
            candidates: ranked.map((s) => ({ ...s, cosine: cosine.get(s.text.slice(0, CLOSENESS_CHARS)) })),
          });
        }
        gathered.push(item);
      }
      process.stderr.write(`gathered ${setName}\n`);
    }
  } finally {
    await stack.stop();
  }
  return gathered;
}

/**
 * Saved without each candidate's passage (its rank is its place among the retrieved and stating
 * passages), which is put back on loading as the same object the answerer compares by identity.
 */
const saved = (item) =>
  item.candidates ? { ...item, candidates: item.candidates.map(({ passage: _, ...c }) => c) } : item;
function restored(item) {
  if (!item.candidates) return item;
  const passages = withStated(item.retrieved, item.stated);
  return { ...item, candidates: item.candidates.map((c) => ({ ...c, passage: passages[c.rank] })) };
}

/** The gathered questions: loaded from `load` when given, else answered; written to `save` when given. */
export async function gathered({ load, save }) {
  const items = load ? JSON.parse(readFileSync(load, 'utf8')).map(restored) : await gather();
  if (save) writeFileSync(save, JSON.stringify(items.map(saved)));
  return items;
}

/**
 * A question's candidates ranked as the pipeline ranks them with `weights`: scored, then the best
 * twelve compared in meaning (the hand weights give the pipeline's own ranking).
 */
export function rankingOf(item, weights) {
  const rescored = item.candidates
    .map((s) => ({ ...s, score: sentenceScore(s.features, weights) }))
    .sort((a, b) => b.score - a.score);
  const head = meaningCandidates(rescored, weights.meaningCandidates);
  return item.compared && head.length >= 2
    ? withMeaning(
        rescored,
        head,
        head.map((s) => s.cosine),
        item.unnamed ? weights.meaningUnnamed : weights.meaning,
      )
    : rescored;
}

/**
 * The gathered questions of a trainer's command line (`--load`, `--save`), each answered one's
 * candidates ranked as the built answerer ranks them (its own SENTENCE_WEIGHTS).
 */
export async function rankedGathered(option) {
  const items = await gathered({ load: option('--load'), save: option('--save') });
  return items.map((item) =>
    item.candidates ? { ...item, ranked: rankingOf(item, SENTENCE_WEIGHTS) } : item,
  );
}

/** Command-line options' values: `option('--load')`. */
export function optionReader(argv) {
  return (name) => {
    const i = argv.indexOf(name);
    return i >= 0 ? argv[i + 1] : undefined;
  };
}
