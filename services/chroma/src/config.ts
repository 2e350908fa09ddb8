import { fileURLToPath } from 'node:url';
import {
  type BaseConfig,
  ConfigError,
  type ConfigOf,
  env,
  errorMessage,
  loadBaseConfig,
  parseConfig,
  SERVICE_PORTS,
} from '@george/runtime';
import { readManifest } from './embedding/manifest.js';

/** tools/models/install.sh's default folder: `models/` at the repository root (src/ and dist/ alike). */
const DEFAULT_MODELS_DIR = fileURLToPath(new URL('../../../models', import.meta.url));
export const DEFAULT_MODEL = 'bge-small-en-v1.5-q';

const specs = {
  CHROMA_URL: env.optionalUrl(),
  EMBEDDINGS_PROVIDER: env.oneOf(['onnx', 'hash', 'openai'] as const, { default: 'onnx' }),
  EMBEDDINGS_MODEL: env.optionalString(),
  EMBEDDINGS_MODELS_DIR: env.path({ default: DEFAULT_MODELS_DIR }),
  EMBEDDINGS_THREADS: env.int({ default: 1, min: 1, max: 16 }),
  EMBEDDINGS_BATCH_SIZE: env.int({ default: 8, min: 1, max: 256 }),
  HASH_EMBEDDING_DIMENSION: env.int({ default: 1024, min: 64, max: 8192 }),
  EMBEDDINGS_URL: env.optionalUrl(),
  EMBEDDINGS_API_KEY: env.optionalString(),
  EMBEDDINGS_DIMENSIONS: env.int({ default: 0, min: 0, max: 16384 }),
  EMBEDDINGS_TIMEOUT_MS: env.int({ default: 30_000, min: 100, max: 600_000 }),
};

export type EmbeddingsConfig =
  | { provider: 'onnx'; model: string; modelDir: string; threads: number; batchSize: number }
  | { provider: 'hash'; dimension: number }
  | {
      provider: 'openai';
      url: string;
      apiKey: string | undefined;
      model: string;
      dimensions: number | undefined;
      timeoutMs: number;
    };

export interface ChromaConfig extends BaseConfig {
  /** The Chroma server (production option); unset: LanceDB embedded under DATA_DIR. */
  chromaUrl: string | undefined;
  embeddings: EmbeddingsConfig;
}

const MODEL_NAME = /^[a-z0-9][a-z0-9._-]{0,63}$/;

function embeddingsConfig(c: ConfigOf<typeof specs>): EmbeddingsConfig {
  if (c.EMBEDDINGS_PROVIDER === 'hash') return { provider: 'hash', dimension: c.HASH_EMBEDDING_DIMENSION };
  if (c.EMBEDDINGS_PROVIDER === 'openai') {
    if (!c.EMBEDDINGS_URL)
      throw new ConfigError('EMBEDDINGS_URL', 'is required when EMBEDDINGS_PROVIDER=openai');
    if (!c.EMBEDDINGS_MODEL)
      throw new ConfigError('EMBEDDINGS_MODEL', 'is required when EMBEDDINGS_PROVIDER=openai');
    return {
      provider: 'openai',
      url: c.EMBEDDINGS_URL,
      apiKey: c.EMBEDDINGS_API_KEY,
      model: c.EMBEDDINGS_MODEL,
      dimensions: c.EMBEDDINGS_DIMENSIONS || undefined,
      timeoutMs: c.EMBEDDINGS_TIMEOUT_MS,
    };
  }
  const model = c.EMBEDDINGS_MODEL || DEFAULT_MODEL;
  if (!MODEL_NAME.test(model)) throw new ConfigError('EMBEDDINGS_MODEL', 'must be an installed model name');
  const modelDir = `${c.EMBEDDINGS_MODELS_DIR}/${model}`;
  try {
    readManifest(modelDir);
  } catch (err) {
    throw new ConfigError('EMBEDDINGS_MODEL', errorMessage(err));
  }
  return {
    provider: 'onnx',
    model,
    modelDir,
    threads: c.EMBEDDINGS_THREADS,
    batchSize: c.EMBEDDINGS_BATCH_SIZE,
  };
}

export function loadConfig(source: NodeJS.ProcessEnv = process.env): ChromaConfig {
  const base = loadBaseConfig(SERVICE_PORTS.chroma, source);
  const c = parseConfig(specs, source);
  return {
    ...base,
    chromaUrl: c.CHROMA_URL || undefined,
    embeddings: embeddingsConfig(c),
  };
}
