import { basename, dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isDevelopment } from './mode.js';
import type { GeorgeInstance } from './server.js';

/** What a service's `src/app.ts` exports beside `buildApp()`, for `george-serve` and `main.ts`. */
export interface ServiceDefinition {
  name: string;
  port: number;
  /** Parses and validates this service's configuration; throws a ConfigError naming the variable. */
  loadConfig(env?: NodeJS.ProcessEnv): unknown;
  /** Work that must happen once per start (migrations, bootstrap data): run by the supervisor. */
  prestart?(env?: NodeJS.ProcessEnv): Promise<void>;
}

/** A service's `app.js`. `env` defaults to `process.env`; tests pass their own. */
export interface ServiceModule {
  service: ServiceDefinition;
  buildApp(env?: NodeJS.ProcessEnv): Promise<GeorgeInstance>;
}

export function defineService(definition: ServiceDefinition): ServiceDefinition {
  return definition;
}

/** Path of the compiled app module that belongs to a `main` module (src/main.ts -> dist/app.js). */
function appPathFor(mainUrl: string): string {
  const dir = dirname(fileURLToPath(mainUrl));
  const app = join(basename(dir) === 'src' ? join(dirname(dir), 'dist') : dir, 'app.js');
  const rel = relative(process.cwd(), app);
  return rel.startsWith('..') ? app : rel;
}

/**
 * The behaviour of every `src/main.ts`, the analogue of Flask's `if __name__ == '__main__'`:
 * development listens with debug on; any other mode starts nothing and points to george-serve.
 */
export async function runMain(mod: ServiceModule, mainUrl: string): Promise<void> {
  const { service } = mod;
  if (!isDevelopment()) {
    process.stderr.write(
      `Use the production server: george-serve -w 4 -b 0.0.0.0:${service.port} ${appPathFor(mainUrl)}\n`,
    );
    process.exit(1);
  }
  service.loadConfig();
  await service.prestart?.();
  const app = await mod.buildApp();
  const { host, port } = app.george.config;
  const stop = async () => {
    await app.close();
    process.exit(0);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  await app.listen({ host, port });
}
