import {
  createService,
  defineService,
  type GeorgeInstance,
  migrateToLatest,
  openDatabase,
  SERVICE_PORTS,
} from '@george/runtime';
import { ChromaClient } from 'chromadb';
import { type ChromaConfig, loadConfig } from './config.js';
import type { Embedder } from './embedding/embedder.js';
import { HashEmbedder } from './embedding/hash.js';
import { OnnxEmbedder } from './embedding/onnx.js';
import { OpenAIEmbedder } from './embedding/openai.js';
import { Retrieval } from './retrieval.js';
import { projectRoutes } from './routes/projects.js';
import { type LexicalDB, LexicalIndex } from './store/lexical.js';
import { migrations } from './store/migrations.js';

export { loadConfig };

function openStore(config: ChromaConfig) {
  return openDatabase<LexicalDB>({
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

export function chromaClient(url: string): ChromaClient {
  const parsed = new URL(url);
  const ssl = parsed.protocol === 'https:';
  return new ChromaClient({ host: parsed.hostname, port: Number(parsed.port || (ssl ? 443 : 80)), ssl });
}

export const service = defineService({
  name: 'chroma',
  port: SERVICE_PORTS.chroma,
  loadConfig,
  async prestart(env: NodeJS.ProcessEnv = process.env) {
    const store = openStore(loadConfig(env));
    try {
      await migrateToLatest(store.db, migrations);
    } finally {
      await store.close();
    }
  },
});

/** The Chroma Server: every route, not listening (george-serve and main.ts start it). */
export async function buildApp(env: NodeJS.ProcessEnv = process.env): Promise<GeorgeInstance> {
  const config = loadConfig(env);
  const store = openStore(config);
  const lexical = new LexicalIndex(store.db);
  const embedder = makeEmbedder(config);
  const retrieval = new Retrieval(chromaClient(config.chromaUrl), lexical, embedder);
  const app = await createService({
    name: 'chroma',
    config,
    internal: true,
    // 500 chunks of up to 20,000 characters.
    bodyLimit: 16 * 1024 * 1024,
    readyChecks: {
      chroma: () => retrieval.heartbeat(),
      database: () => lexical.ping(),
      embedder: async () => embedder.ready?.(),
    },
  });
  app.addHook('onClose', async () => {
    await embedder.close?.();
    await store.close();
  });
  await app.register(projectRoutes(retrieval));
  return app;
}
