import { AUTH_DEFAULT_AUDIENCE, AUTH_DEFAULT_ISSUER } from '@george/contracts';
import {
  type BaseConfig,
  env,
  loadBaseConfig,
  parseConfig,
  SERVICE_PORTS,
  serviceUrl,
} from '@george/runtime';

const MB = 1024 * 1024;

const specs = {
  AUTH_ISSUER: env.string({ default: AUTH_DEFAULT_ISSUER, minLength: 1 }),
  AUTH_AUDIENCE: env.string({ default: AUTH_DEFAULT_AUDIENCE, minLength: 1 }),
  /** Browser origins allowed to make unsafe requests with the session cookie (comma-separated). */
  ALLOWED_ORIGINS: env.string({
    default: 'http://127.0.0.1:5173,http://localhost:5173,http://127.0.0.1:5000,http://localhost:5000',
  }),
  /**
   * Addresses of reverse proxies in front of the backend (the web app's server, a load balancer),
   * comma-separated. Only from them are X-Forwarded-For / X-Forwarded-Proto believed.
   */
  TRUSTED_PROXIES: env.string({ default: '' }),
  /** `auto`: Secure cookies when the request arrived over https; `true`/`false` force it. */
  SESSION_COOKIE_SECURE: env.oneOf(['auto', 'true', 'false'] as const, { default: 'auto' }),
  /** How long a project-access answer of the auth server is reused (a revoke takes effect within it). */
  ACCESS_CACHE_MS: env.int({ default: 3000, min: 0, max: 60_000 }),
  /** Largest accepted upload (the filesystem server has its own limit too). */
  MAX_UPLOAD_BYTES: env.int({ default: 50 * MB, min: 1 }),
  /** Largest accepted project archive (import); its entries may expand to 4 times this in all. */
  MAX_ARCHIVE_BYTES: env.int({ default: 200 * MB, min: 1 }),
  /** Run the job runner and saga recovery in this process (every george-serve worker by default). */
  JOB_RUNNER: env.bool({ default: true }),
  JOB_CONCURRENCY: env.int({ default: 1, min: 1, max: 16 }),
  JOB_POLL_MS: env.int({ default: 500, min: 20, max: 60_000 }),
  /** A running job's lease; renewed while it runs, taken over by another worker once expired. */
  JOB_LEASE_MS: env.int({ default: 30_000, min: 1000, max: 3_600_000 }),
  JOB_MAX_ATTEMPTS: env.int({ default: 5, min: 1, max: 100 }),
  /** First retry delay; doubles per attempt (with jitter), at most JOB_MAX_BACKOFF_MS. */
  JOB_BACKOFF_MS: env.int({ default: 2000, min: 10, max: 3_600_000 }),
  JOB_MAX_BACKOFF_MS: env.int({ default: 5 * 60_000, min: 10, max: 24 * 3_600_000 }),
  /** A saga (multi-service write) whose owner stopped renewing it for this long is recovered. */
  SAGA_LEASE_MS: env.int({ default: 60_000, min: 500, max: 3_600_000 }),
  SAGA_MAX_ATTEMPTS: env.int({ default: 20, min: 1, max: 1000 }),
};

export interface BackendConfig extends BaseConfig {
  issuer: string;
  audience: string;
  allowedOrigins: string[];
  cookieSecure: 'auto' | 'true' | 'false';
  trustedProxies: string[];
  accessCacheMs: number;
  maxUploadBytes: number;
  maxArchiveBytes: number;
  urls: {
    auth: string;
    filesystem: string;
    git: string;
    chroma: string;
    billing: string;
    externalData: string;
  };
  jobs: {
    runner: boolean;
    concurrency: number;
    pollMs: number;
    leaseMs: number;
    maxAttempts: number;
    backoffMs: number;
    maxBackoffMs: number;
  };
  sagas: { leaseMs: number; maxAttempts: number };
}

/** The backend's variables (README "Configuration"), merged with those every service reads. */
export function loadConfig(source: NodeJS.ProcessEnv = process.env): BackendConfig {
  const base = loadBaseConfig(SERVICE_PORTS.backend, source);
  const c = parseConfig(specs, source);
  return {
    ...base,
    issuer: c.AUTH_ISSUER,
    audience: c.AUTH_AUDIENCE,
    allowedOrigins: c.ALLOWED_ORIGINS.split(',')
      .map((o) => o.trim().replace(/\/+$/, ''))
      .filter(Boolean),
    cookieSecure: c.SESSION_COOKIE_SECURE,
    trustedProxies: c.TRUSTED_PROXIES.split(',')
      .map((a) => a.trim())
      .filter(Boolean),
    accessCacheMs: c.ACCESS_CACHE_MS,
    maxUploadBytes: c.MAX_UPLOAD_BYTES,
    maxArchiveBytes: c.MAX_ARCHIVE_BYTES,
    urls: {
      auth: serviceUrl('auth', source),
      filesystem: serviceUrl('filesystem', source),
      git: serviceUrl('git', source),
      chroma: serviceUrl('chroma', source),
      billing: serviceUrl('billing', source),
      externalData: serviceUrl('external-data', source),
    },
    jobs: {
      runner: c.JOB_RUNNER,
      concurrency: c.JOB_CONCURRENCY,
      pollMs: c.JOB_POLL_MS,
      leaseMs: c.JOB_LEASE_MS,
      maxAttempts: c.JOB_MAX_ATTEMPTS,
      backoffMs: c.JOB_BACKOFF_MS,
      maxBackoffMs: c.JOB_MAX_BACKOFF_MS,
    },
    sagas: { leaseMs: c.SAGA_LEASE_MS, maxAttempts: c.SAGA_MAX_ATTEMPTS },
  };
}
