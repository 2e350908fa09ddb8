import { getEventListeners } from 'node:events';
import { cpSync, mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT, runToExit, TEST_TOKEN, tempDir } from '@george/runtime/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config.js';
import { readManifest } from '../src/embedding/manifest.js';
import { OnnxEmbedder } from '../src/embedding/onnx.js';
import { EmbeddingPool } from '../src/embedding/pool.js';

// The real models, installed by tools/models/install.sh (the test set-up runs it when missing).
const MODELS = join(REPO_ROOT, 'models');
const BGE = join(MODELS, 'bge-small-en-v1.5-q');
const MINILM = join(MODELS, 'all-minilm-l6-v2');

const dot = (a: readonly number[], b: readonly number[]) => a.reduce((s, v, i) => s + v * (b[i] ?? 0), 0);
const norm = (a: readonly number[]) => Math.sqrt(dot(a, a));

const PASSAGES = [
  'It was the devious-cruising Rachel, that in her retracing search after her missing children, only found another orphan.',
  'Elizabeth walked three miles through the mud to Netherfield to nurse her sister Jane.',
  'A quiet kitchen, bread rising on the table, rain against the window.',
];

describe.each([
  ['bge-small-en-v1.5-q', BGE],
  ['all-minilm-l6-v2', MINILM],
])('the %s model', (name, dir) => {
  let embedder: OnnxEmbedder;
  beforeAll(async () => {
    embedder = new OnnxEmbedder({ modelDir: dir, threads: 1, batchSize: 4 });
    await embedder.ready();
  });
  afterAll(async () => {
    await embedder?.close();
  });

  it('records its id and dimension, and gives unit vectors of that size', async () => {
    expect(embedder.name).toBe(`onnx:${name}`);
    expect(embedder.dimension).toBe(384);
    const vectors = await embedder.embedDocuments(PASSAGES);
    expect(vectors).toHaveLength(3);
    for (const v of vectors) {
      expect(v).toHaveLength(384);
      expect(norm(v)).toBeCloseTo(1, 5);
    }
  });

  it('finds the passage that answers a question sharing no content word with it', async () => {
    const docs = await embedder.embedDocuments(PASSAGES);
    const ship = await embedder.embedQuery('Which ship picked up the survivor?');
    const scores = docs.map((d) => dot(ship, d));
    expect(scores.indexOf(Math.max(...scores))).toBe(0);
    const walk = await embedder.embedQuery(
      'Which woman hiked across muddy fields to care for a relative who was unwell?',
    );
    const walkScores = docs.map((d) => dot(walk, d));
    expect(walkScores.indexOf(Math.max(...walkScores))).toBe(1);
    const rain = await embedder.embedQuery('What is baking at home while it pours outside?');
    const rainScores = docs.map((d) => dot(rain, d));
    expect(rainScores.indexOf(Math.max(...rainScores))).toBe(2);
  });

  it('gives a text the same vector alone and in a padded batch (pooling ignores the padding)', async () => {
    const [short] = await embedder.embedDocuments([PASSAGES[2] as string]);
    const batch = await embedder.embedDocuments([PASSAGES[0] as string, PASSAGES[2] as string]);
    // The int8 model's activations are quantised per batch, so its vectors move a little.
    expect(dot(short as number[], batch[1] as number[])).toBeGreaterThan(
      name.endsWith('-q') ? 0.99 : 0.99999,
    );
  });

  it('cuts a text longer than the model reads at its limit instead of failing', async () => {
    const long = `${'The whale rose and the boats were lowered into the sea. '.repeat(120)}`;
    const [a, b] = await embedder.embedDocuments([long, `${long} Then something else happened entirely.`]);
    expect(dot(a as number[], b as number[])).toBeGreaterThan(0.9999);
  });
});

describe('query prefix per model', () => {
  it('bge embeds a query with its retrieval instruction; MiniLM embeds queries as passages', async () => {
    const text = 'Who is engaged to Mr. Bingley?';
    for (const [dir, same] of [
      [BGE, false],
      [MINILM, true],
    ] as const) {
      const embedder = new OnnxEmbedder({ modelDir: dir, threads: 1, batchSize: 4 });
      try {
        const query = await embedder.embedQuery(text);
        const [doc] = await embedder.embedDocuments([text]);
        expect(dot(query, doc as number[]) > 0.9999).toBe(same);
      } finally {
        await embedder.close();
      }
    }
  });
});

describe('passage prefix (e5 is trained with "query: " and "passage: ")', () => {
  it('prepends the passage prefix to passages and the query prefix to queries, each to its side only', async () => {
    // MiniLM's files under a model.json asking for e5's prefixes, against MiniLM itself fed the
    // prefixed texts: the same vectors, so each side got its own prefix and nothing else.
    const dir = tempDir('george-model-');
    const prefixed = join(dir.path, 'prefixed');
    mkdirSync(prefixed);
    for (const file of ['model.onnx', 'tokenizer.json'])
      symlinkSync(join(MINILM, file), join(prefixed, file));
    writeFileSync(
      join(prefixed, 'model.json'),
      JSON.stringify({ ...readManifest(MINILM), queryPrefix: 'query: ', passagePrefix: 'passage: ' }),
    );
    const plain = new OnnxEmbedder({ modelDir: MINILM, threads: 1, batchSize: 4 });
    const e5Style = new OnnxEmbedder({ modelDir: prefixed, threads: 1, batchSize: 4 });
    try {
      const text = PASSAGES[1] as string;
      const [passage] = await e5Style.embedDocuments([text]);
      const query = await e5Style.embedQuery(text);
      const [asPassage, asQuery, bare] = await Promise.all([
        plain.embedDocuments([`passage: ${text}`]),
        plain.embedDocuments([`query: ${text}`]),
        plain.embedDocuments([text]),
      ]);
      expect(dot(passage as number[], asPassage[0] as number[])).toBeGreaterThan(0.99999);
      expect(dot(query, asQuery[0] as number[])).toBeGreaterThan(0.99999);
      expect(dot(passage as number[], bare[0] as number[])).toBeLessThan(0.999);
    } finally {
      await Promise.all([plain.close(), e5Style.close()]);
      dir.remove();
    }
  });

  it('reads a model.json without the field as no passage prefix', () => {
    const dir = tempDir('george-model-');
    try {
      const model = join(dir.path, 'model');
      mkdirSync(model);
      for (const file of ['model.onnx', 'tokenizer.json']) symlinkSync(join(MINILM, file), join(model, file));
      const { passagePrefix: _, ...without } = readManifest(MINILM);
      writeFileSync(join(model, 'model.json'), JSON.stringify(without));
      expect(readManifest(model)).toMatchObject({
        name: 'all-minilm-l6-v2',
        queryPrefix: '',
        passagePrefix: '',
      });
      writeFileSync(join(model, 'model.json'), JSON.stringify({ ...without, passagePrefix: 3 }));
      expect(() => readManifest(model)).toThrow(/unexpected content/);
    } finally {
      dir.remove();
    }
  });
});

describe('embedding pool', () => {
  it('embeds a query that arrives during a large upload before the upload finishes', async () => {
    const pool = new EmbeddingPool({ modelDir: BGE, threads: 1, batchSize: 4 });
    try {
      await pool.ready();
      const finished: string[] = [];
      const passages = Array.from({ length: 60 }, (_, i) => `${PASSAGES[i % 3]} (passage ${i})`);
      const upload = pool.embed(passages, 'document').then((v) => {
        finished.push('upload');
        return v;
      });
      const query = pool.embed(['Which ship rescued Ishmael?'], 'query').then((v) => {
        finished.push('query');
        return v;
      });
      const [vectors] = await Promise.all([upload, query]);
      expect(finished).toEqual(['query', 'upload']);
      // The upload's vectors come back in the order of its texts (batches are sorted by length).
      const again = await pool.embed([passages[7] as string], 'document');
      expect(
        dot(Array.from(again[0] as Float32Array), Array.from(vectors[7] as Float32Array)),
      ).toBeGreaterThan(0.99);
    } finally {
      await pool.close();
    }
  });

  it('embeds interactive passages before a queued upload, as passages (not queries)', async () => {
    const pool = new EmbeddingPool({ modelDir: BGE, threads: 1, batchSize: 4 });
    try {
      await pool.ready();
      const finished: string[] = [];
      const passages = Array.from({ length: 60 }, (_, i) => `${PASSAGES[i % 3]} (passage ${i})`);
      const upload = pool.embed(passages, 'document').then(() => finished.push('upload'));
      const compared = PASSAGES.slice(0, 2);
      const interactive = pool.embed(compared, 'document', { interactive: true }).then((v) => {
        finished.push('interactive');
        return v;
      });
      const [vectors] = await Promise.all([interactive, upload]);
      expect(finished).toEqual(['interactive', 'upload']);
      // Embedded with the passage side's prefix: the same vectors as a stored passage's.
      const stored = await pool.embed(compared, 'document');
      const asQuery = await pool.embed(compared, 'query');
      const first = Array.from(vectors[0] as Float32Array);
      expect(dot(first, Array.from(stored[0] as Float32Array))).toBeGreaterThan(0.999);
      expect(dot(first, Array.from(asQuery[0] as Float32Array))).toBeLessThan(0.99);
    } finally {
      await pool.close();
    }
  });

  it('drops the queued batches of a caller that has gone, and serves the next caller at once', async () => {
    const pool = new EmbeddingPool({ modelDir: BGE, threads: 1, batchSize: 4 });
    try {
      await pool.ready();
      const passages = Array.from({ length: 60 }, (_, i) => `${PASSAGES[i % 3]} (passage ${i})`);
      const gone = new AbortController();
      const upload = pool.embed(passages, 'document', { signal: gone.signal });
      expect(pool.queued.documents).toBeGreaterThan(10);
      gone.abort();
      await expect(upload).rejects.toThrow('the caller has gone');
      // Only the batch already in the thread is left to finish; nothing of the upload is queued.
      expect(pool.queued.documents).toBe(0);
      const next = await pool.embed([passages[0] as string], 'document');
      expect(next).toHaveLength(1);
      await expect(pool.embed(['late'], 'document', { signal: gone.signal })).rejects.toThrow(
        'the caller has gone',
      );
    } finally {
      await pool.close();
    }
  });

  it("lets go of each answered call's abort listener, so a long-lived signal keeps no work", async () => {
    const pool = new EmbeddingPool({ modelDir: BGE, threads: 1, batchSize: 4 });
    try {
      await pool.ready();
      const service = new AbortController();
      for (const passage of PASSAGES) await pool.embed([passage], 'document', { signal: service.signal });
      expect(getEventListeners(service.signal, 'abort')).toHaveLength(0);
      // A call still waiting keeps its listener (its batches leave the queue if the signal aborts).
      const waiting = pool.embed(PASSAGES, 'document', { signal: service.signal });
      expect(getEventListeners(service.signal, 'abort')).toHaveLength(1);
      await waiting;
      expect(getEventListeners(service.signal, 'abort')).toHaveLength(0);
    } finally {
      await pool.close();
    }
  });

  it('closes while a batch is in the thread, with nothing else keeping the process alive', async () => {
    const dir = tempDir('george-pool-');
    try {
      const script = join(dir.path, 'close.mjs');
      const pool = join(REPO_ROOT, 'services/chroma/dist/embedding/pool.js');
      writeFileSync(
        script,
        `import { EmbeddingPool } from ${JSON.stringify(pool)};
const pool = new EmbeddingPool({ modelDir: ${JSON.stringify(BGE)}, threads: 1, batchSize: 1 });
await pool.ready();
pool.embed(Array.from({ length: 40 }, (_, i) => 'The sea ran high and grey ' + i), 'document').catch(() => {});
await pool.close();
console.log('closed');
`,
      );
      const run = await runToExit(process.execPath, [script], { timeoutMs: 60_000 });
      expect({ code: run.code, stdout: run.stdout.trim() }).toEqual({ code: 0, stdout: 'closed' });
    } finally {
      dir.remove();
    }
  });

  it('rejects the work of a model that cannot load, with the reason', async () => {
    const dir = tempDir('george-model-');
    try {
      const broken = join(dir.path, 'broken');
      mkdirSync(broken);
      cpSync(join(BGE, 'model.json'), join(broken, 'model.json'));
      cpSync(join(BGE, 'tokenizer.json'), join(broken, 'tokenizer.json'));
      writeFileSync(join(broken, 'model.onnx'), 'not a model');
      const pool = new EmbeddingPool({ modelDir: broken, threads: 1, batchSize: 4 });
      try {
        await expect(pool.embed(['text'], 'query')).rejects.toThrow(/onnx|protobuf|model|load/i);
        await expect(pool.ready()).rejects.toThrow();
      } finally {
        await pool.close();
      }
    } finally {
      dir.remove();
    }
  });
});

describe('embeddings configuration', () => {
  const base = { INTERNAL_SERVICE_TOKEN: TEST_TOKEN };

  it('defaults to the installed bge-small-en-v1.5 int8 model; the hashed embedder only when asked', () => {
    expect(loadConfig(base).embeddings).toMatchObject({ provider: 'onnx', model: 'bge-small-en-v1.5-q' });
    expect(loadConfig({ ...base, EMBEDDINGS_PROVIDER: 'hash' }).embeddings).toEqual({
      provider: 'hash',
      dimension: 1024,
    });
  });

  it('refuses to start without the model, naming the variable and the install command', () => {
    const empty = tempDir('george-models-');
    try {
      expect(() => loadConfig({ ...base, EMBEDDINGS_MODELS_DIR: empty.path })).toThrow(
        /EMBEDDINGS_MODEL: .*not installed.*bash tools\/models\/install\.sh bge-small-en-v1\.5-q/,
      );
      expect(() => loadConfig({ ...base, EMBEDDINGS_MODEL: '../etc' })).toThrow(/EMBEDDINGS_MODEL/);
    } finally {
      empty.remove();
    }
  });
});
