import { parseArgs } from 'node:util';
import { mustAt } from '../collections.js';
import { errorMessage } from '../errors.js';

export interface ServeOptions {
  workers: number;
  host: string;
  port: number;
  timeoutSeconds: number;
  gracefulTimeoutSeconds: number;
  maxRequests: number;
  maxRequestsJitter: number;
  appPath: string;
}

export class UsageError extends Error {}

export const USAGE = `usage: george-serve [-w N] [-b HOST:PORT] [--timeout S] [--graceful-timeout S]
                    [--max-requests N] [--max-requests-jitter N] <path to dist/app.js>`;

function nonNegativeInt(flag: string, raw: string | undefined, fallback: number, min = 0): number {
  if (raw === undefined) return fallback;
  if (!/^\d+$/.test(raw)) throw new UsageError(`${flag} must be a whole number, got "${raw}"`);
  const value = Number(raw);
  if (value < min) throw new UsageError(`${flag} must be at least ${min}`);
  return value;
}

/** Splits HOST:PORT, including bracketed IPv6 hosts such as [::]:6001. */
export function parseBind(raw: string): { host: string; port: number } {
  const match = /^(?:\[([^\]]+)\]|([^:]*)):(\d{1,5})$/.exec(raw);
  const port = match ? Number(match[3]) : Number.NaN;
  if (!match || port > 65535) throw new UsageError(`--bind must be HOST:PORT, got "${raw}"`);
  return { host: match[1] ?? (match[2] || '0.0.0.0'), port };
}

export function parseServeArgs(argv: string[], env: NodeJS.ProcessEnv): ServeOptions {
  let parsed: ReturnType<typeof parseArgs>;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        workers: { type: 'string', short: 'w' },
        bind: { type: 'string', short: 'b' },
        timeout: { type: 'string', short: 't' },
        'graceful-timeout': { type: 'string' },
        'max-requests': { type: 'string' },
        'max-requests-jitter': { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (err) {
    throw new UsageError(errorMessage(err));
  }
  // `parsed` is declared before the try, so parseArgs' per-option types are lost: every option above is a string but --help.
  const values = parsed.values as Record<string, string | undefined>;
  if (parsed.positionals.length !== 1) throw new UsageError('exactly one app module path is required');
  const bind = parseBind(values.bind ?? '127.0.0.1:8000');
  return {
    workers: nonNegativeInt('--workers', values.workers ?? env.WEB_CONCURRENCY, 4, 1),
    host: bind.host,
    port: bind.port,
    timeoutSeconds: nonNegativeInt('--timeout', values.timeout, 30, 1),
    gracefulTimeoutSeconds: nonNegativeInt('--graceful-timeout', values['graceful-timeout'], 30),
    maxRequests: nonNegativeInt('--max-requests', values['max-requests'], 0),
    maxRequestsJitter: nonNegativeInt('--max-requests-jitter', values['max-requests-jitter'], 0),
    appPath: mustAt(parsed.positionals, 0),
  };
}
