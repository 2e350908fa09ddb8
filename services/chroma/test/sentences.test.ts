import { join } from 'node:path';
import type { ChromaChunk } from '@george/contracts/chroma';
import { migrateToLatest, openDatabase } from '@george/runtime';
import { createTestDatabase, REPO_ROOT, TEST_DIALECTS, type TestDatabase } from '@george/runtime/testing';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Embedder, EmbedOptions } from '../src/embedding/embedder.js';
import { HashEmbedder } from '../src/embedding/hash.js';
import { OnnxEmbedder } from '../src/embedding/onnx.js';
import { Retrieval } from '../src/retrieval.js';
import { SentenceIndex, sentenceTexts } from '../src/sentences.js';
import { type LexicalDB, LexicalIndex } from '../src/store/lexical.js';
import { migrations } from '../src/store/migrations.js';
import { SentenceVectors, type SentenceVectorsDB } from '../src/store/sentences.js';
import { VectorTables, type VectorTablesDB } from '../src/store/tables.js';
import { LanceStore } from '../src/vectors/lance.js';

const BGE = join(REPO_ROOT, 'models/bge-small-en-v1.5-q');

const BOOK = [
  'Elizabeth walked three miles through the mud to Netherfield. Her sister Jane lay ill there with a cold. Mr. Bingley was all kindness.',
  'The captain kept a leg made of ivory. It was carved from the jaw bone of a sperm whale. He stood upon it at the rail each night.',
];
const chunksOf = (texts: readonly string[], fileId = 'book'): ChromaChunk[] =>
  texts.map((text, i) => ({
    id: `${fileId}-${i}`,
    text,
    metadata: {
      fileId,
      kind: 'manuscript',
      chapter: 1,
      paragraph: i,
      start: i * 200,
      end: i * 200 + text.length,
    },
  }));

/** The model, counting the passages it is asked to embed. */
class CountingEmbedder implements Embedder {
  embedded: string[] = [];
  constructor(private readonly inner: Embedder) {}
  get name() {
    return this.inner.name;
  }
  get dimension() {
    return this.inner.dimension;
  }
  get kind() {
    return this.inner.kind;
  }
  get local() {
    return this.inner.local;
  }
  embedDocuments(texts: string[], options?: EmbedOptions) {
    this.embedded.push(...texts);
    return this.inner.embedDocuments(texts, options);
  }
  embedQuery(text: string) {
    return this.inner.embedQuery(text);
  }
}

type StoreDB = LexicalDB & VectorTablesDB & SentenceVectorsDB;

describe('sentenceTexts', () => {
  it("gives a chunk's sentences and each two in a row, as the chat's candidates", () => {
    expect(sentenceTexts('Jane was very ill. She stayed at Netherfield for days. Ok.')).toEqual([
      'Jane was very ill.',
      'Jane was very ill. She stayed at Netherfield for days.',
      'She stayed at Netherfield for days.',
      'She stayed at Netherfield for days. Ok.',
    ]);
  });

  it('leaves out a pair longer than the chat quotes and a fragment shorter than it compares', () => {
    const long = `${'The rain fell on the long road to Meryton, '.repeat(6)}and on the fields.`;
    const texts = sentenceTexts(`${long} ${long}`);
    expect(texts).toEqual([long]);
    expect(sentenceTexts('Yes. No.')).toEqual([]);
  });
});

describe.each(TEST_DIALECTS)(
  'sentence vectors stored at ingestion (the installed bge model, LanceDB, %s)',
  (dialect) => {
    let db: TestDatabase;
    let handle: ReturnType<typeof openDatabase<StoreDB>>;
    let lance: LanceStore;
    let model: OnnxEmbedder;
    let counting: CountingEmbedder;
    let index: SentenceIndex;
    let retrieval: Retrieval;

    const open = async (embedder: Embedder) => {
      counting = new CountingEmbedder(embedder);
      index = new SentenceIndex(new SentenceVectors(handle.db), counting, (err) => {
        throw err;
      });
      retrieval = new Retrieval(
        lance,
        new LexicalIndex(handle.db),
        new VectorTables(handle.db),
        counting,
        index,
      );
    };
    const storedRows = async () =>
      (await handle.db.selectFrom('sentence_vectors').select(['file_id', 'text_hash']).execute()).length;

    beforeEach(async () => {
      db = await createTestDatabase(dialect);
      handle = openDatabase<StoreDB>({ url: db.url, dataDir: db.dataDir, fileName: 'chroma.sqlite' });
      lance = await LanceStore.connect(join(db.dataDir, 'vectors'));
      model = new OnnxEmbedder({ modelDir: BGE, threads: 1, batchSize: 8 });
    });
    afterEach(async () => {
      await index?.stop();
      await model.close();
      await lance.close();
      await handle.close();
      await db.cleanup();
    });

    it('embeds the sentences after the upload, and the model is not asked again for them', async () => {
      await migrateToLatest(handle.db, migrations);
      await open(model);
      await retrieval.upsert('p1', chunksOf(BOOK));
      await index.idle();
      const texts = BOOK.flatMap(sentenceTexts);
      expect(await storedRows()).toBe(texts.length);
      counting.embedded = [];
      const asked = [texts[0] as string, texts[3] as string, 'A sentence no chunk holds.'];
      const scores = await retrieval.similarity('Who was ill at Netherfield?', asked, 'p1');
      expect(scores).toHaveLength(3);
      expect(counting.embedded).toEqual(['A sentence no chunk holds.']);
    });

    it('scores a stored text exactly as one embedded on the fly', async () => {
      await migrateToLatest(handle.db, migrations);
      await open(model);
      const texts = BOOK.flatMap(sentenceTexts);
      const question = 'What was the captain’s leg made of?';
      const onTheFly = await retrieval.similarity(question, texts, 'p1');
      expect(counting.embedded).toHaveLength(texts.length);
      await retrieval.upsert('p1', chunksOf(BOOK));
      await index.idle();
      counting.embedded = [];
      expect(await retrieval.similarity(question, texts, 'p1')).toEqual(onTheFly);
      expect(counting.embedded).toEqual([]);
    });

    it("never serves another project's stored sentences, nor any when no project is named", async () => {
      await migrateToLatest(handle.db, migrations);
      await open(model);
      await retrieval.upsert('p1', chunksOf(BOOK));
      await index.idle();
      const texts = BOOK.flatMap(sentenceTexts);
      counting.embedded = [];
      await retrieval.similarity('Who was ill?', texts, 'p2');
      expect(counting.embedded).toEqual(texts);
      counting.embedded = [];
      await retrieval.similarity('Who was ill?', texts);
      expect(counting.embedded).toEqual(texts);
      counting.embedded = [];
      await retrieval.similarity('Who was ill?', texts, 'p1');
      expect(counting.embedded).toEqual([]);
    });

    it('removes the sentence vectors with their file and with their project', async () => {
      await migrateToLatest(handle.db, migrations);
      await open(model);
      await retrieval.upsert('p1', [...chunksOf(BOOK.slice(0, 1), 'a'), ...chunksOf(BOOK.slice(1), 'b')]);
      await index.idle();
      const ofA = sentenceTexts(BOOK[0] as string);
      const before = await storedRows();
      await retrieval.deleteFile('p1', 'a');
      expect(await storedRows()).toBe(before - ofA.length);
      counting.embedded = [];
      await retrieval.similarity('Who was ill?', ofA, 'p1');
      expect(counting.embedded).toEqual(ofA);
      await retrieval.deleteProject('p1');
      expect(await storedRows()).toBe(0);
    });

    it("fills an existing store's chunks once migrated, counted by the re-index's steps", async () => {
      const { '003_sentence_vectors': _added, ...older } = migrations;
      await migrateToLatest(handle.db, older);
      await new LexicalIndex(handle.db).upsert(
        'old',
        chunksOf(BOOK).map((c) => ({
          id: c.id,
          text: c.text,
          fileId: c.metadata.fileId,
          kind: c.metadata.kind,
          start: c.metadata.start,
          end: c.metadata.end,
          chapter: 1,
          paragraph: null,
        })),
      );
      await new VectorTables(handle.db).create('old', 'current', 'onnx:bge-small-en-v1.5-q', 384);
      await migrateToLatest(handle.db, migrations);
      await open(model);
      const first = await retrieval.reindex('old', 1);
      expect(first).toMatchObject({ reindexed: 1, done: 1, total: 2, finished: false });
      const second = await retrieval.reindex('old', 1);
      expect(second).toMatchObject({ reindexed: 1, done: 2, total: 2, finished: true });
      expect(await retrieval.reindex('old', 1)).toMatchObject({ reindexed: 0, done: 2, finished: true });
      counting.embedded = [];
      await retrieval.similarity('Who was ill?', BOOK.flatMap(sentenceTexts), 'old');
      expect(counting.embedded).toEqual([]);
    });

    it('stores nothing for the hashed bag of words (the chat compares only a model’s vectors)', async () => {
      await migrateToLatest(handle.db, migrations);
      await open(new HashEmbedder(64));
      await retrieval.upsert('p1', chunksOf(BOOK));
      await index.idle();
      expect(await storedRows()).toBe(0);
      expect(await retrieval.reindex('p1')).toMatchObject({ finished: true, done: 2, total: 2 });
    });

    it('embeds a text alone to the same vector whatever is embedded beside it; in a batch it shifts', async () => {
      const [text, other] = ['Jane lay ill at Netherfield.', 'The whale breached. '.repeat(12)];
      const [alone] = await model.embedDocuments([text], { separately: true });
      const [beside] = await model.embedDocuments([text, other], { separately: true });
      expect(beside).toEqual(alone);
      const [batched] = await model.embedDocuments([text, other]);
      expect(batched).not.toEqual(alone);
    });
  },
);
