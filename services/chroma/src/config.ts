import {
  type BaseConfig,
  ConfigError,
  env,
  loadBaseConfig,
  parseConfig,
  SERVICE_PORTS,
} from '@george/runtime';

const specs = {
  CHROMA_URL: env.url({ default: 'http://127.0.0.1:8000' }),
  DATABASE_URL: env.optionalString(),
  EMBEDDINGS_PROVIDER: env.oneOf(['local', 'openai'] as const, { default: 'local' }),
  LOCAL_EMBEDDING_DIMENSION: env.int({ default: 1024, min: 64, max: 8192 }),
  EMBEDDINGS_URL: env.optionalUrl(),
  EMBEDDINGS_API_KEY: env.optionalString(),
  EMBEDDINGS_MODEL: env.optionalString(),
  EMBEDDINGS_DIMENSIONS: env.int({ default: 0, min: 0, max: 16384 }),
  EMBEDDINGS_TIMEOUT_MS: env.int({ default: 30_000, min: 100, max: 600_000 }),
};

export interface ChromaConfig extends BaseConfig {
  chromaUrl: string;
  databaseUrl: string | undefined;
  embeddings:
    | { provider: 'local'; dimension: number }
    | {
        provider: 'openai';
        url: string;
        apiKey: string | undefined;
        model: string;
        dimensions: number | undefined;
        timeoutMs: number;
      };
}

export function loadConfig(source: NodeJS.ProcessEnv = process.env): ChromaConfig {
  const base = loadBaseConfig(SERVICE_PORTS.chroma, source);
  const c = parseConfig(specs, source);
  if (c.DATABASE_URL && !/^postgres(ql)?:\/\//.test(c.DATABASE_URL)) {
    throw new ConfigError('DATABASE_URL', 'must start with postgres:// (leave it unset for SQLite)');
  }
  let embeddings: ChromaConfig['embeddings'];
  if (c.EMBEDDINGS_PROVIDER === 'openai') {
    if (!c.EMBEDDINGS_URL)
      throw new ConfigError('EMBEDDINGS_URL', 'is required when EMBEDDINGS_PROVIDER=openai');
    if (!c.EMBEDDINGS_MODEL)
      throw new ConfigError('EMBEDDINGS_MODEL', 'is required when EMBEDDINGS_PROVIDER=openai');
    embeddings = {
      provider: 'openai',
      url: c.EMBEDDINGS_URL,
      apiKey: c.EMBEDDINGS_API_KEY,
      model: c.EMBEDDINGS_MODEL,
      dimensions: c.EMBEDDINGS_DIMENSIONS || undefined,
      timeoutMs: c.EMBEDDINGS_TIMEOUT_MS,
    };
  } else {
    embeddings = { provider: 'local', dimension: c.LOCAL_EMBEDDING_DIMENSION };
  }
  return { ...base, chromaUrl: c.CHROMA_URL, databaseUrl: c.DATABASE_URL || undefined, embeddings };
}
