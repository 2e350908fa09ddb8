import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { SERVICE_PORTS, SERVICE_URL_VARS, tokenProblem } from '@george/runtime';

/** The Node services in start order: dependencies first (the web app last, in front of the backend). */
export const STACK_SERVICES = [
  'billing',
  'auth',
  'filesystem',
  'git',
  'chroma',
  'external-data',
  'backend',
  'frontend',
] as const;
export type StackService = (typeof STACK_SERVICES)[number];

export interface StackSettings {
  root: string;
  dataDir: string;
  token: string;
  /** The web app's own token (george-serve needs one): it opens no other service. */
  webToken: string;
  operatorEmail: string;
  operatorPassword: string;
  host: string;
  workers: number;
}

/** Reads a secret kept under the data directory, or creates it (mode 0600) on first use. */
export function keptSecret(dir: string, name: string, make: () => string): string {
  const file = join(dir, name);
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  const value = make();
  writeFileSync(file, `${value}\n`, { mode: 0o600, flag: 'wx' });
  chmodSync(file, 0o600);
  return value;
}

export function stackSettings(root: string, env: NodeJS.ProcessEnv = process.env): StackSettings {
  const dataDir = resolve(root, env.GEORGE_DATA_DIR ?? '.george');
  const secrets = join(dataDir, 'secrets');
  const given = env.INTERNAL_SERVICE_TOKEN;
  if (given !== undefined && given !== '') {
    const problem = tokenProblem(given);
    if (problem) throw new Error(problem);
  }
  const token = given || keptSecret(secrets, 'internal-token', () => randomBytes(32).toString('base64url'));
  const operatorEmail = env.BOOTSTRAP_OPERATOR_EMAIL ?? 'operator@george.local';
  const operatorPassword =
    env.BOOTSTRAP_OPERATOR_PASSWORD ??
    keptSecret(secrets, 'operator-password', () => randomBytes(12).toString('base64url'));
  const webToken = keptSecret(secrets, 'web-token', () => randomBytes(32).toString('base64url'));
  const workers = Number(env.GEORGE_WORKERS ?? 2);
  return { root, dataDir, token, webToken, operatorEmail, operatorPassword, host: '127.0.0.1', workers };
}

/**
 * Secrets in the environment and the services that read them: every other service starts without
 * them, so a flaw in one service (or its logs, or its crash dumps) gives away only its own.
 */
export const SECRET_READERS: Record<string, readonly StackService[]> = {
  INTERNAL_SERVICE_TOKEN: STACK_SERVICES.filter((name) => name !== 'frontend'),
  BOOTSTRAP_OPERATOR_EMAIL: ['auth'],
  BOOTSTRAP_OPERATOR_PASSWORD: ['auth'],
  REDIS_URL: ['auth'],
  NEO4J_PASSWORD: ['backend'],
  OPENAI_API_KEY: ['backend'],
  GEMINI_API_KEY: ['backend'],
  EMBEDDINGS_API_KEY: ['chroma'],
};

/** The per-service database variables (`AUTH_DATABASE_URL`...): each goes to its service only. */
const databaseVariable = (name: StackService) => `${name.toUpperCase().replace('-', '_')}_DATABASE_URL`;

/** The environment of one service in the local stack: shared settings plus its own secrets only. */
export function serviceEnv(name: StackService, s: StackSettings, base: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...base };
  for (const [variable, readers] of Object.entries(SECRET_READERS)) {
    if (!readers.includes(name)) delete env[variable];
  }
  for (const other of STACK_SERVICES) delete env[databaseVariable(other)];
  // Each service has its own database: a DATABASE_URL for one must not leak into the others.
  delete env.DATABASE_URL;
  const own = base[databaseVariable(name)];
  if (own) env.DATABASE_URL = own;
  Object.assign(env, {
    INTERNAL_SERVICE_TOKEN: name === 'frontend' ? s.webToken : s.token,
    DATA_DIR: join(s.dataDir, name),
    HOST: s.host,
    PORT: String(SERVICE_PORTS[name]),
  });
  if (name === 'auth') {
    env.BOOTSTRAP_OPERATOR_EMAIL = s.operatorEmail;
    env.BOOTSTRAP_OPERATOR_PASSWORD = s.operatorPassword;
  }
  if (name === 'frontend') {
    // The web app's server proxies /v1/api to the backend; it calls no internal service.
    env.BACKEND_URL = base.BACKEND_URL ?? `http://127.0.0.1:${SERVICE_PORTS.backend}`;
    for (const variable of Object.values(SERVICE_URL_VARS)) delete env[variable];
    return env;
  }
  if (name === 'backend') {
    // Browsers reach the backend through the bundled web app's proxy on this machine: believe
    // its X-Forwarded-For, so that each browser has its own address (login throttling).
    env.TRUSTED_PROXIES = base.TRUSTED_PROXIES ?? '127.0.0.1';
  }
  for (const [service, variable] of Object.entries(SERVICE_URL_VARS)) {
    env[variable] = base[variable] ?? `http://127.0.0.1:${SERVICE_PORTS[service as StackService]}`;
  }
  return env;
}
