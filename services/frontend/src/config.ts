import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { env, loadBaseConfig, parseConfig, SERVICE_PORTS } from '@george/runtime';

/** The built web app (vite build writes it here, beside the compiled server). */
export const DEFAULT_STATIC_DIR = join(dirname(fileURLToPath(import.meta.url)), 'public');

/** The frontend's variables, merged with those every service reads. */
export function loadConfig(source: NodeJS.ProcessEnv = process.env) {
  const base = loadBaseConfig(SERVICE_PORTS.frontend, source);
  const own = parseConfig(
    {
      /** The backend API that `/v1/api` is proxied to. */
      BACKEND_URL: env.url({ default: `http://127.0.0.1:${SERVICE_PORTS.backend}` }),
      /** The folder of the built web app (index.html and assets/). */
      STATIC_DIR: env.string({ default: DEFAULT_STATIC_DIR }),
    },
    source,
  );
  return { ...base, ...own };
}

export type FrontendConfig = ReturnType<typeof loadConfig>;
