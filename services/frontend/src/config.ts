import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type BaseConfig, env, loadBaseConfig, parseConfig, SERVICE_PORTS } from '@george/runtime';

/** The built web app (vite build writes it here, beside the compiled server). */
export const DEFAULT_STATIC_DIR = join(dirname(fileURLToPath(import.meta.url)), 'public');

const variables = {
  /** The backend API that `/v1/api` is proxied to. */
  BACKEND_URL: env.url({ default: `http://127.0.0.1:${SERVICE_PORTS.backend}` }),
  /** The folder of the built web app (index.html and assets/). */
  STATIC_DIR: env.path({ default: DEFAULT_STATIC_DIR }),
};

export interface FrontendConfig extends BaseConfig {
  backendUrl: string;
  staticDir: string;
}

/** The frontend's variables, merged with those every service reads. */
export function loadConfig(source: NodeJS.ProcessEnv = process.env): FrontendConfig {
  const base = loadBaseConfig(SERVICE_PORTS.frontend, source);
  const own = parseConfig(variables, source);
  return { ...base, backendUrl: own.BACKEND_URL, staticDir: own.STATIC_DIR };
}
