import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { pino } from 'pino';
import { ConfigError } from '../config.js';
import { errorMessage } from '../errors.js';
import type { ServiceModule } from '../service.js';
import { parseServeArgs, USAGE, UsageError } from './options.js';
import { refusalReason } from './refusals.js';
import { Supervisor } from './supervisor.js';

function refuse(reason: string): never {
  process.stderr.write(`george-serve: refusing to start: ${reason}\n`);
  process.exit(1);
}

/** Entry point of the `george-serve` bin: checks, once-per-start work, then the supervisor. */
export async function main(argv: string[] = process.argv.slice(2)): Promise<void> {
  if (argv.includes('--help') || argv.includes('-h')) {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  let options: ReturnType<typeof parseServeArgs>;
  try {
    options = parseServeArgs(argv, process.env);
  } catch (err) {
    if (err instanceof UsageError) {
      process.stderr.write(`george-serve: ${err.message}\n${USAGE}\n`);
      process.exit(2);
    }
    throw err;
  }

  const reason = refusalReason(process.env, process.execArgv);
  if (reason) refuse(reason);

  const appPath = resolve(options.appPath);
  if (!existsSync(appPath)) refuse(`app module not found: ${options.appPath} (run \`npm run build\` first)`);

  let mod: ServiceModule;
  try {
    mod = await import(pathToFileURL(appPath).href);
  } catch (err) {
    refuse(`app module failed to load: ${errorMessage(err).split('\n')[0]}`);
  }
  if (typeof mod.buildApp !== 'function' || !mod.service)
    refuse(`${options.appPath} does not export buildApp and service`);

  try {
    mod.service.loadConfig();
  } catch (err) {
    if (err instanceof ConfigError) refuse(`invalid configuration: ${err.message}`);
    throw err;
  }

  const log = pino({ base: { service: mod.service.name, role: 'supervisor', pid: process.pid } });
  try {
    await mod.service.prestart?.();
  } catch (err) {
    log.fatal({ err }, 'once-per-start work failed');
    refuse(`start-up work (migrations or bootstrap) failed: ${errorMessage(err).split('\n')[0]}`);
  }

  const drainGraceMs = Number(process.env.GEORGE_SERVE_DRAIN_GRACE_MS ?? 1000);
  new Supervisor({ ...options, appPath }, log, drainGraceMs).start();
}
