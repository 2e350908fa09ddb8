import { join } from 'node:path';
import {
  createService,
  defineService,
  type GeorgeInstance,
  migrateAndClose,
  openDatabase,
  SERVICE_PORTS,
} from '@george/runtime';
import { type ChromaConfig, loadConfig } from './config.js';
import type { Embedder } from './embedding/embedder.js';
import { HashEmbedder } from './embedding/hash.js';
import { OnnxEmbedder } from './embedding/onnx.js';
import { OpenAIEmbedder } from './embedding/openai.js';
import { Retrieval } from './retrieval.js';
import { projectRoutes } from './routes/projects.js';
import { similarityRoutes } from './routes/similarity.js';
import { SentenceIndex } from './sentences.js';
import { type LexicalDB, LexicalIndex } from './store/lexical.js';
import { migrations } from './store/migrations.js';
import { SentenceVectors, type SentenceVectorsDB } from './store/sentences.js';
import { VectorTables, type VectorTablesDB } from './store/tables.js';
import { ChromaStore } from './vectors/chroma.js';
import { LanceStore } from './vectors/lance.js';
import type { VectorStore } from './vectors/store.js';

export { loadConfig };

/**
 * Files this service creates (the SQLite database, LanceDB's tables) are readable by its own user
 * only: manuscripts' text and vectors are in them.
 */
const PRIVATE_UMASK = 0o077;

function openStore(config: ChromaConfig) {
  return openDatabase<LexicalDB & VectorTablesDB & SentenceVectorsDB>({
    url: config.databaseUrl,
    dataDir: config.dataDir,
    fileName: 'chroma.sqlite',
  });
}

export function makeEmbedder(config: ChromaConfig): Embedder {
  const e = config.embeddings;
  if (e.provider === 'hash') return new HashEmbedder(e.dimension);
  if (e.provider === 'onnx')
    return new OnnxEmbedder({ modelDir: e.modelDir, threads: e.threads, batchSize: e.batchSize });
  return new OpenAIEmbedder({
    url: e.url,
    model: e.model,
    apiKey: e.apiKey,
    dimensions: e.dimensions,
    timeoutMs: e.timeoutMs,
  });
}

/** The Chroma server when `CHROMA_URL` is set, else LanceDB embedded under `DATA_DIR/vectors`. */
export async function makeVectorStore(config: ChromaConfig): Promise<VectorStore> {
  if (config.chromaUrl) return new ChromaStore(config.chromaUrl);
  return LanceStore.connect(join(config.dataDir, 'vectors'));
}

export const service = defineService({
  name: 'chroma',
  port: SERVICE_PORTS.chroma,
  loadConfig,
  async prestart(env: NodeJS.ProcessEnv = process.env) {
    process.umask(PRIVATE_UMASK);
    await migrateAndClose(openStore(loadConfig(env)), migrations);
  },
});

/** The Chroma Server: every route, not listening (george-serve and main.ts start it). */
export async function buildApp(env: NodeJS.ProcessEnv = process.env): Promise<GeorgeInstance> {
  process.umask(PRIVATE_UMASK);
  const config = loadConfig(env);
  const store = openStore(config);
  const lexical = new LexicalIndex(store.db);
  const vectors = await makeVectorStore(config);
  const embedder = makeEmbedder(config);
  const sentences = new SentenceIndex(new SentenceVectors(store.db), embedder, (err) =>
    app.log.warn({ err }, 'storing sentence vectors failed; the chunks stay pending'),
  );
  const retrieval = new Retrieval(vectors, lexical, new VectorTables(store.db), embedder, sentences);
  const app = await createService({
    name: 'chroma',
    config,
    internal: true,
    // 500 chunks of up to 20,000 characters.
    bodyLimit: 16 * 1024 * 1024,
    readyChecks: {
      vectors: () => retrieval.heartbeat(),
      database: () => lexical.ping(),
      embedder: async () => embedder.ready?.(),
    },
  });
  app.addHook('onClose', async () => {
    await sentences.stop();
    await embedder.close?.();
    await vectors.close();
    await store.close();
  });
  await app.register(projectRoutes(retrieval));
  await app.register(similarityRoutes(retrieval));
  // Chunks stored before their sentences were (a crash, a store older than the table) are filled.
  sentences.schedule(null);
  return app;
}
