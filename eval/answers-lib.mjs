// Shared by eval/retrieval.mjs and eval/chat.mjs: the question sets (tuned, development, held out), the
// books as ingestion chunks them, one chroma service per embedder whose data is kept between runs
// (under EVAL_CACHE_DIR, default /tmp/george-eval-cache: a book is embedded once per embedder and
// chunk size, keyed by a hash of its chunks), the story bible the backend's extractor makes of
// each book, and the backend's story-aware retrieval over the service (vector and BM25 rankings
// asked apart, memoised, so fusion settings are compared without asking again).
import { createHash, randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadChunks, ROOT } from './lib.mjs';

const questions = (file, about) => ({
  ...JSON.parse(readFileSync(join(ROOT, 'eval', file), 'utf8')),
  about,
});

/**
 * The question sets. tuned: Moby Dick and Pride and Prejudice; dev: written later for tuning on the
 * held-out set's books (Sherlock Holmes, Frankenstein, Alice); paraphrased: over all five books, in a
 * reader's own words, sharing at most one content word with the answer; paraphrased3: 30 more such
 * questions over Moby Dick and Pride and Prejudice only (books the held-out set does not use);
 * paraphrased4: 32 plain factual questions over all five, written before the twentieth session changed
 * anything, as its generality check; paraphrased5: 36 questions of reasons, manners, thoughts and
 * feelings, wants and events (why, how, what X thinks of Y, what happens when), mostly over Moby Dick
 * and Pride and Prejudice, written before the twenty-first session changed anything; factual6: 40 plain factual
 * questions (names of ships, inns, streets; weapons; how many; who is married to whom; where someone lives; what
 * someone does; when), 8 over each book, written before the twenty-second session changed anything; reader7: 40
 * questions of a reader who remembers the scene but not the words (people named by what they are or do, most
 * answers in dialogue), 8 over each book, written before the twenty-third session changed anything; scene8: 40
 * questions of what someone said, did or gave in a scene easy to find, the answer one sentence inside it, 8 over each
 * book, and described9: 40 questions each naming a person only by calling, relation or role, about passages that
 * name the person, 8 over each book, both written before the twenty-fourth session changed anything; relations10: 40
 * questions of how people are related (kin, marriage, engagement, employment, command, friendship), 8 over each book,
 * written before the twenty-fifth session changed anything; everyday11: 40 questions of a new user over Moby Dick and
 * Pride and Prejudice only (who, what, where, when, why, how many, feelings, a scene's outcome, names of objects and
 * places), written before the twenty-seventh session changed anything; reader12: 40 questions of a new reader in their own
 * words over Moby Dick and Pride and Prejudice only (who, where, how many, how old, why, what happens, what someone is like),
 * written before the twenty-eighth session changed anything; all of them
 * kept apart from the held-out set's passages and wording by eval/guard-dev.mjs; untuned: the
 * held-out set, never tuned on.
 */
export const SETS = {
  tuned: questions('retrieval-questions.json', 'Moby Dick, Pride and Prejudice'),
  dev: questions('dev-questions.json', 'Sherlock Holmes, Frankenstein, Alice'),
  paraphrased: questions('paraphrased-questions.json', "all five, in a reader's own words"),
  paraphrased3: questions(
    'paraphrased-3-questions.json',
    "Moby Dick, Pride and Prejudice, in a reader's own words",
  ),
  paraphrased4: questions('paraphrased-4-questions.json', 'all five, plain factual questions of a new user'),
  paraphrased5: questions(
    'paraphrased-5-questions.json',
    'why, how, thoughts, wants and events; mostly Moby Dick, Pride and Prejudice',
  ),
  factual6: questions(
    'factual-6-questions.json',
    'all five, plain factual questions: names, numbers, places, trades, dates',
  ),
  reader7: questions(
    'reader-7-questions.json',
    'all five, people named by what they are or do; answers mostly in dialogue',
  ),
  scene8: questions(
    'scene-8-questions.json',
    'all five, what someone said, did or gave; the answer one sentence inside a scene',
  ),
  described9: questions(
    'described-9-questions.json',
    'all five, people named only by calling, relation or role',
  ),
  relations10: questions(
    'relations-10-questions.json',
    'all five, how people are related: kin, marriage, engagement, employment, command, friendship',
  ),
  everyday11: questions(
    'everyday-11-questions.json',
    "Moby Dick, Pride and Prejudice, a new user's questions of every kind",
  ),
  reader12: questions(
    'reader-12-questions.json',
    "Moby Dick, Pride and Prejudice, a new reader's questions in the reader's own words",
  ),
  untuned: questions('untuned-questions.json', 'Sherlock Holmes, Frankenstein, Alice; never tuned on'),
};

/** The sets settings may be chosen on. */
export const TUNED_SETS = [
  'tuned',
  'dev',
  'paraphrased',
  'paraphrased3',
  'paraphrased4',
  'paraphrased5',
  'factual6',
  'reader7',
  'scene8',
  'described9',
  'relations10',
  'everyday11',
  'reader12',
];

/** How the reports name each set. */
export const SET_LABELS = {
  tuned: 'tuned',
  dev: 'dev (tuned)',
  paraphrased: 'paraphrased (tuned)',
  paraphrased3: 'paraphrased 3 (tuned)',
  paraphrased4: 'paraphrased 4 (tuned)',
  paraphrased5: 'paraphrased 5 (tuned)',
  factual6: 'factual 6 (tuned)',
  reader7: 'reader 7 (tuned)',
  scene8: 'scene 8 (tuned)',
  described9: 'described 9 (tuned)',
  relations10: 'relations 10 (tuned)',
  everyday11: 'everyday 11 (tuned)',
  reader12: 'reader 12 (tuned)',
  untuned: 'held out',
};

/** Embedders compared: the hashed bag of words, bge-small-en-v1.5 int8 (default) and full, MiniLM, e5-small-v2 int8. */
export const EMBEDDERS = {
  hash: { label: 'hashed (bag of words)', env: { EMBEDDINGS_PROVIDER: 'hash' } },
  'bge-small-en-v1.5-q': {
    label: 'bge-small-en-v1.5 int8',
    env: { EMBEDDINGS_PROVIDER: 'onnx', EMBEDDINGS_MODEL: 'bge-small-en-v1.5-q' },
    model: 'bge-small-en-v1.5-q',
  },
  'bge-small-en-v1.5': {
    label: 'bge-small-en-v1.5 full',
    env: { EMBEDDINGS_PROVIDER: 'onnx', EMBEDDINGS_MODEL: 'bge-small-en-v1.5' },
    model: 'bge-small-en-v1.5',
  },
  'all-minilm-l6-v2': {
    label: 'all-MiniLM-L6-v2 (peer baseline)',
    env: { EMBEDDINGS_PROVIDER: 'onnx', EMBEDDINGS_MODEL: 'all-minilm-l6-v2' },
    model: 'all-minilm-l6-v2',
  },
  'e5-small-v2-q': {
    label: 'e5-small-v2 int8',
    env: { EMBEDDINGS_PROVIDER: 'onnx', EMBEDDINGS_MODEL: 'e5-small-v2-q' },
    model: 'e5-small-v2-q',
  },
};

export function installed(name) {
  const model = EMBEDDERS[name]?.model;
  if (!model) return true;
  try {
    readFileSync(join(ROOT, 'models', model, 'model.json'));
    return true;
  } catch {
    return false;
  }
}

/** The pattern of an answer's quote in a book: its words, escaped, with any whitespace between. */
export const answerPattern = (quote) =>
  quote
    .trim()
    .split(/\s+/)
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('\\s+');

export function span(text, quote) {
  const m = new RegExp(answerPattern(quote)).exec(text);
  if (!m) throw new Error(`answer not found in the book: ${quote}`);
  return { start: m.index, end: m.index + m[0].length };
}

const CACHE = process.env.EVAL_CACHE_DIR ?? join(tmpdir(), 'george-eval-cache');

/** The chroma service on one embedder, its data kept under the cache (what george-serve runs). */
export async function embedderStack(name) {
  const dir = join(CACHE, name);
  mkdirSync(dir, { recursive: true });
  const token = randomBytes(24).toString('hex');
  const env = {
    ...process.env,
    DATA_DIR: dir,
    INTERNAL_SERVICE_TOKEN: token,
    LOG_LEVEL: 'silent',
    ...EMBEDDERS[name].env,
  };
  delete env.NODE_ENV;
  delete env.DATABASE_URL;
  delete env.CHROMA_URL;
  const mod = await import(join(ROOT, 'services/chroma/dist/app.js'));
  await mod.service.prestart(env);
  const app = await mod.buildApp(env);
  return { app, headers: { 'x-internal-token': token }, stop: () => app.close() };
}

/**
 * Every book of the sets, chunked at `size`, in its own project of the stack (embedded unless the
 * cache has it). Answers { key: { text, chapters, chunks, project } }; `onEmbed` hears of the time
 * spent embedding.
 */
export async function loadBooks(stack, books, size) {
  const loaded = await loadChunks(books, size);
  let embedded = 0;
  const started = performance.now();
  for (const [key, book] of Object.entries(loaded)) {
    const hash = createHash('sha256');
    for (const c of book.chunks) hash.update(`${c.id}\0${c.metadata.start}\0${c.text}\0`);
    book.project = `${key}-${size}-${hash.digest('hex').slice(0, 12)}`;
    const count = await stack.app.inject({
      url: `/projects/${book.project}/count`,
      headers: stack.headers,
    });
    if (count.json().count === book.chunks.length) continue;
    for (let i = 0; i < book.chunks.length; i += 200) {
      const res = await stack.app.inject({
        method: 'POST',
        url: `/projects/${book.project}/chunks`,
        headers: stack.headers,
        payload: { chunks: book.chunks.slice(i, i + 200) },
      });
      if (res.statusCode !== 200) throw new Error(`upsert failed: ${res.statusCode} ${res.body}`);
    }
    embedded += book.chunks.length;
  }
  return { books: loaded, embedded, seconds: (performance.now() - started) / 1000 };
}

/**
 * Waits for the sentence vectors of a book's chunks (made in the background after an upload): a
 * re-index's steps fill them, so an answer timed after this finds its candidates stored and no
 * background work beside it. Answers how many chunks were filled and in how many seconds.
 */
export async function fillSentences(stack, book) {
  const started = performance.now();
  let filled = 0;
  for (let finished = false; !finished; ) {
    const res = await stack.app.inject({
      method: 'POST',
      url: `/projects/${book.project}/reindex`,
      headers: stack.headers,
      payload: { limit: 100 },
    });
    if (res.statusCode !== 200) throw new Error(`reindex failed: ${res.statusCode} ${res.body}`);
    ({ finished } = res.json());
    filled += res.json().reindexed;
  }
  return { filled, seconds: (performance.now() - started) / 1000 };
}

/** A memoised search over one book's project: the backend's `Search`. */
export function searchOf(stack, book) {
  const memo = new Map();
  return async ({ text, k, mode, chapters }) => {
    const key = JSON.stringify([text, k, mode, chapters ?? null]);
    const known = memo.get(key);
    if (known) return known;
    const res = await stack.app.inject({
      method: 'POST',
      url: `/projects/${book.project}/query`,
      headers: stack.headers,
      payload: {
        text,
        k,
        mode,
        ...(chapters ? { filter: { chapterFrom: chapters.from, chapterTo: chapters.to } } : {}),
      },
    });
    if (res.statusCode !== 200) throw new Error(`query failed: ${res.statusCode} ${res.body}`);
    const passages = res
      .json()
      .results.map((r) => ({ id: r.id, ...r.metadata, text: r.text, score: r.score }));
    memo.set(key, passages);
    return passages;
  };
}

/** The chroma service's similarity of texts to a question: the backend's `closeness` source. */
export function closenessOf(stack, projectId) {
  return async (question, texts) => {
    const res = await stack.app.inject({
      method: 'POST',
      url: '/similarity',
      headers: stack.headers,
      payload: { query: question, texts, projectId },
    });
    if (res.statusCode !== 200) throw new Error(`similarity failed: ${res.statusCode} ${res.body}`);
    const reply = res.json();
    return reply.kind === 'model' ? reply.scores : null;
  };
}

/**
 * The sources of an offline chat answer over one book, as the backend wires them (story-aware
 * retrieval, the ledger, the naming, the comparison in meaning, the story bible's entities);
 * `wrap(name, fn)` may wrap each source (the latency bench times them).
 */
export async function chatSources(
  { stack, project, search, entities, facts, chapterCount },
  wrap = (_name, fn) => fn,
) {
  const dist = (file) => import(join(ROOT, 'services/backend/dist/chat', file));
  const { describedCharacter, ledgerEvidence } = await dist('ledger.js');
  const { namingEvidence } = await dist('naming.js');
  const { resolveEntities, storyRetrieve } = await dist('retrieval.js');
  const ledgerContext = {
    entities,
    search,
    facts: async (ids) => facts.filter((f) => ids === null || ids.includes(f.entityId)),
  };
  return {
    retrieve: wrap(
      'retrieve',
      async (question, k) =>
        (await storyRetrieve(question, k, { search, entities, chapterCount: async () => chapterCount }))
          .passages,
    ),
    ledger: wrap('ledger', (question) => ledgerEvidence(question, ledgerContext)),
    described: wrap(
      'described',
      async (question) => (await describedCharacter(question, ledgerContext))?.name ?? null,
    ),
    naming: wrap('naming', (question) => namingEvidence(question, search)),
    closeness: wrap('closeness', closenessOf(stack, project)),
    bibleFacts: wrap('bible facts', async (question) =>
      resolveEntities(question, entities, 3).map((e) => ({
        entityId: e.id,
        name: e.name,
        type: e.type,
        aliases: e.aliases,
        mentionCount: e.mentionCount,
        firstChapter: e.firstChapter,
        relations: [],
      })),
    ),
  };
}

/**
 * The story bible and the continuity ledger of a book as ingestion makes them (the backend's
 * analyseText): entities with their aliases, and the facts (entity ids are extraction keys).
 */
export async function storyOf(key, book) {
  const { analyseText } = await import(join(ROOT, 'services/backend/dist/ingest/analysis.js'));
  const analysis = analyseText({
    source: { fileId: key, text: book.text, chapters: book.chapters },
    splits: [],
  });
  return {
    entities: analysis.bible.entities.map((e) => ({
      id: e.key,
      name: e.name,
      type: e.type,
      aliases: e.aliases,
      mentionCount: e.mentions.length,
      firstChapter: e.mentions[0]?.chapter ?? null,
    })),
    facts: analysis.facts.map((f) => ({ ...f, entityId: f.entityKey, objectId: f.objectKey })),
  };
}

export const percentile = (values, p) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
};

/** Every book the question sets ask about, by key. */
export const ALL_BOOKS = Object.assign({}, ...Object.values(SETS).map((s) => s.books));
