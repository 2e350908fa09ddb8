import {
  type BaseConfig,
  ConfigError,
  env,
  loadBaseConfig,
  parseConfig,
  SERVICE_PORTS,
} from '@george/runtime';

const specs = {
  WIKIPEDIA_API_URL: env.url({ default: 'https://en.wikipedia.org/api/rest_v1' }),
  WIKTIONARY_API_URL: env.url({ default: 'https://en.wiktionary.org/api/rest_v1' }),
  DATAMUSE_API_URL: env.url({ default: 'https://api.datamuse.com' }),
  UPSTREAM_TIMEOUT_MS: env.int({ default: 5_000, min: 100, max: 60_000 }),
  CACHE_TTL_SECONDS: env.int({ default: 86_400, min: 0, max: 30 * 86_400 }),
  RATE_LIMIT_PER_MINUTE: env.int({ default: 60, min: 1, max: 100_000 }),
  BREAKER_THRESHOLD: env.int({ default: 5, min: 1, max: 1_000 }),
  BREAKER_COOLDOWN_MS: env.int({ default: 30_000, min: 100, max: 3_600_000 }),
  IMPORT_MAX_BYTES: env.int({ default: 5 * 1024 * 1024, min: 1024, max: 50 * 1024 * 1024 }),
  IMPORT_TIMEOUT_MS: env.int({ default: 10_000, min: 100, max: 60_000 }),
  IMPORT_MAX_REDIRECTS: env.int({ default: 5, min: 0, max: 10 }),
  EXTERNAL_ALLOW_HOSTS: env.optionalString(),
  EXTERNAL_USER_AGENT: env.string({ default: 'George/0.1 (self-hosted writing assistant)' }),
};

export interface ExternalDataConfig extends BaseConfig {
  upstreams: { wikipedia: string; wiktionary: string; datamuse: string; timeoutMs: number };
  cacheTtlMs: number;
  rateLimitPerMinute: number;
  breaker: { threshold: number; cooldownMs: number };
  importLimits: { maxBytes: number; timeoutMs: number; maxRedirects: number };
  /** `host:port` pairs that user URLs may reach although they resolve to internal addresses (tests only). */
  allowHosts: Set<string>;
  userAgent: string;
}

const HOST_PORT = /^(\[[0-9a-fA-F:.]+\]|[A-Za-z0-9.-]+):\d{1,5}$/;

/**
 * The allow-list lets user-supplied URLs reach internal addresses, so it exists for tests and local
 * development only: it is refused unless NODE_ENV is `development` or `test`. george-serve refuses
 * NODE_ENV=development, and production deployments never set NODE_ENV=test.
 */
function parseAllowHosts(raw: string | undefined, nodeEnv: string | undefined): Set<string> {
  if (!raw) return new Set();
  if (nodeEnv !== 'development' && nodeEnv !== 'test') {
    throw new ConfigError(
      'EXTERNAL_ALLOW_HOSTS',
      'is for tests and development only (NODE_ENV=test or development); production refuses to start with it',
    );
  }
  const entries = raw
    .split(',')
    .map((s) => s.trim().toLowerCase())
    .filter(Boolean);
  for (const entry of entries) {
    if (!HOST_PORT.test(entry)) throw new ConfigError('EXTERNAL_ALLOW_HOSTS', `"${entry}" is not host:port`);
  }
  return new Set(entries);
}

export function loadConfig(source: NodeJS.ProcessEnv = process.env): ExternalDataConfig {
  const base = loadBaseConfig(SERVICE_PORTS['external-data'], source);
  const c = parseConfig(specs, source);
  return {
    ...base,
    upstreams: {
      wikipedia: c.WIKIPEDIA_API_URL,
      wiktionary: c.WIKTIONARY_API_URL,
      datamuse: c.DATAMUSE_API_URL,
      timeoutMs: c.UPSTREAM_TIMEOUT_MS,
    },
    cacheTtlMs: c.CACHE_TTL_SECONDS * 1000,
    rateLimitPerMinute: c.RATE_LIMIT_PER_MINUTE,
    breaker: { threshold: c.BREAKER_THRESHOLD, cooldownMs: c.BREAKER_COOLDOWN_MS },
    importLimits: {
      maxBytes: c.IMPORT_MAX_BYTES,
      timeoutMs: c.IMPORT_TIMEOUT_MS,
      maxRedirects: c.IMPORT_MAX_REDIRECTS,
    },
    allowHosts: parseAllowHosts(c.EXTERNAL_ALLOW_HOSTS, source.NODE_ENV),
    userAgent: c.EXTERNAL_USER_AGENT,
  };
}
