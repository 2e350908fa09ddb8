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
  const workers = Number(env.GEORGE_WORKERS ?? 2);
  return { root, dataDir, token, operatorEmail, operatorPassword, host: '127.0.0.1', workers };
}

/** The environment of one service in the local stack. */
export function serviceEnv(name: StackService, s: StackSettings, base: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {
    ...base,
    INTERNAL_SERVICE_TOKEN: s.token,
    DATA_DIR: join(s.dataDir, name),
    HOST: s.host,
    PORT: String(SERVICE_PORTS[name]),
    BOOTSTRAP_OPERATOR_EMAIL: s.operatorEmail,
    BOOTSTRAP_OPERATOR_PASSWORD: s.operatorPassword,
  };
  // The web app's server proxies /v1/api to the backend.
  if (name === 'frontend') env.BACKEND_URL = base.BACKEND_URL ?? `http://127.0.0.1:${SERVICE_PORTS.backend}`;
  for (const [service, variable] of Object.entries(SERVICE_URL_VARS)) {
    env[variable] = base[variable] ?? `http://127.0.0.1:${SERVICE_PORTS[service as StackService]}`;
  }
  // Each service has its own database: a DATABASE_URL for one must not leak into the others.
  delete env.DATABASE_URL;
  const own = base[`${name.toUpperCase().replace('-', '_')}_DATABASE_URL`];
  if (own) env.DATABASE_URL = own;
  return env;
}
