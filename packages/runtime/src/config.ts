import { isAbsolute, resolve } from 'node:path';
import { currentMode, type Mode } from './mode.js';

/** A start-up configuration problem; its message names the variable. */
export class ConfigError extends Error {
  readonly variable: string;
  constructor(variable: string, problem: string) {
    super(`${variable}: ${problem}`);
    this.name = 'ConfigError';
    this.variable = variable;
  }
}

/** How one environment variable is read. `parse` throws a plain Error with the problem. */
export interface VarSpec<T> {
  parse(raw: string): T;
  fallback?: (env: NodeJS.ProcessEnv) => T;
  optional?: boolean;
}

type Parsed<S> = S extends VarSpec<infer T> ? (S extends { optional: true } ? T | undefined : T) : never;
export type ConfigOf<Specs extends Record<string, VarSpec<unknown>>> = {
  [K in keyof Specs]: Parsed<Specs[K]>;
};

function withDefault<T>(spec: VarSpec<T>, fallback: T | ((env: NodeJS.ProcessEnv) => T) | undefined) {
  if (fallback === undefined) return spec;
  return {
    ...spec,
    fallback: typeof fallback === 'function' ? (fallback as (env: NodeJS.ProcessEnv) => T) : () => fallback,
  };
}

export const env = {
  string(opts: { default?: string; minLength?: number; pattern?: RegExp } = {}): VarSpec<string> {
    return withDefault(
      {
        parse(raw) {
          if (opts.minLength !== undefined && raw.length < opts.minLength) {
            throw new Error(`must be at least ${opts.minLength} characters`);
          }
          if (opts.pattern && !opts.pattern.test(raw)) throw new Error(`must match ${opts.pattern}`);
          return raw;
        },
      },
      opts.default,
    );
  },
  optionalString(): VarSpec<string> & { optional: true } {
    return { parse: (raw) => raw, optional: true };
  },
  int(opts: { default?: number; min?: number; max?: number } = {}): VarSpec<number> {
    return withDefault(
      {
        parse(raw) {
          if (!/^-?\d+$/.test(raw.trim())) throw new Error('must be an integer');
          const value = Number(raw);
          if (!Number.isSafeInteger(value)) throw new Error('is out of range');
          if (opts.min !== undefined && value < opts.min) throw new Error(`must be at least ${opts.min}`);
          if (opts.max !== undefined && value > opts.max) throw new Error(`must be at most ${opts.max}`);
          return value;
        },
      },
      opts.default,
    );
  },
  bool(opts: { default?: boolean } = {}): VarSpec<boolean> {
    return withDefault(
      {
        parse(raw) {
          const v = raw.trim().toLowerCase();
          if (['1', 'true', 'yes', 'on'].includes(v)) return true;
          if (['0', 'false', 'no', 'off', ''].includes(v)) return false;
          throw new Error('must be true or false');
        },
      },
      opts.default,
    );
  },
  oneOf<const T extends string>(values: readonly T[], opts: { default?: T } = {}): VarSpec<T> {
    return withDefault(
      {
        parse(raw) {
          if (!(values as readonly string[]).includes(raw))
            throw new Error(`must be one of ${values.join(', ')}`);
          return raw as T;
        },
      },
      opts.default,
    );
  },
  url(opts: { default?: string; protocols?: string[] } = {}): VarSpec<string> {
    const protocols = opts.protocols ?? ['http:', 'https:'];
    return withDefault(
      {
        parse(raw) {
          let url: URL;
          try {
            url = new URL(raw);
          } catch {
            throw new Error('must be a URL');
          }
          if (!protocols.includes(url.protocol)) throw new Error(`must use ${protocols.join(' or ')}`);
          return raw.replace(/\/+$/, '');
        },
      },
      opts.default,
    );
  },
  optionalUrl(protocols: string[] = ['http:', 'https:']): VarSpec<string> & { optional: true } {
    return { ...env.url({ protocols }), optional: true };
  },
  path(opts: { default?: string } = {}): VarSpec<string> {
    return withDefault({ parse: (raw) => (isAbsolute(raw) ? raw : resolve(raw)) }, opts.default);
  },
};

/** Parses `source` against `specs`; the first bad or missing variable throws a ConfigError naming it. */
export function parseConfig<Specs extends Record<string, VarSpec<unknown>>>(
  specs: Specs,
  source: NodeJS.ProcessEnv = process.env,
): ConfigOf<Specs> {
  const out: Record<string, unknown> = {};
  for (const [name, spec] of Object.entries(specs)) {
    const raw = source[name];
    if (raw === undefined || raw === '') {
      if (spec.fallback) out[name] = spec.fallback(source);
      else if (spec.optional) out[name] = undefined;
      else throw new ConfigError(name, 'is required but not set');
      continue;
    }
    try {
      out[name] = spec.parse(raw);
    } catch (err) {
      throw new ConfigError(name, (err as Error).message);
    }
  }
  return out as ConfigOf<Specs>;
}

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

/** Variables every service reads. */
export const baseSpecs = {
  HOST: env.string({ default: '127.0.0.1' }),
  LOG_LEVEL: env.optionalString(),
  INTERNAL_SERVICE_TOKEN: env.optionalString(),
  DATA_DIR: env.path({ default: '.george' }),
} satisfies Record<string, VarSpec<unknown>>;

export interface BaseConfig {
  mode: Mode;
  host: string;
  port: number;
  logLevel: LogLevel;
  internalToken: string | undefined;
  dataDir: string;
}

/** Reads the variables every service shares; `PORT` defaults to the service's fixed port. */
export function loadBaseConfig(defaultPort: number, source: NodeJS.ProcessEnv = process.env): BaseConfig {
  const mode = currentMode(source);
  const parsed = parseConfig(
    { ...baseSpecs, PORT: env.int({ default: defaultPort, min: 0, max: 65535 }) },
    source,
  );
  const level = parsed.LOG_LEVEL ?? (mode === 'development' ? 'debug' : 'info');
  if (!(LOG_LEVELS as readonly string[]).includes(level)) {
    throw new ConfigError('LOG_LEVEL', `must be one of ${LOG_LEVELS.join(', ')}`);
  }
  return {
    mode,
    host: parsed.HOST,
    port: parsed.PORT,
    logLevel: level as LogLevel,
    internalToken: parsed.INTERNAL_SERVICE_TOKEN,
    dataDir: parsed.DATA_DIR,
  };
}

/** The fixed ports of ARCHITECTURE.md §2. */
export const SERVICE_PORTS = {
  frontend: 5173,
  backend: 5000,
  auth: 6001,
  filesystem: 6002,
  chroma: 6003,
  billing: 6004,
  git: 6005,
  'external-data': 6006,
} as const;
export type ServiceName = keyof typeof SERVICE_PORTS;

/** `*_SERVER_URL` variable per internal service, with its default address. */
export const SERVICE_URL_VARS = {
  auth: 'AUTH_SERVER_URL',
  filesystem: 'FILESYSTEM_SERVER_URL',
  chroma: 'CHROMA_SERVER_URL',
  billing: 'BILLING_SERVER_URL',
  git: 'GIT_SERVER_URL',
  'external-data': 'EXTERNAL_DATA_SERVER_URL',
} as const;
export type InternalServiceName = keyof typeof SERVICE_URL_VARS;

export function serviceUrl(name: InternalServiceName, source: NodeJS.ProcessEnv = process.env): string {
  const variable = SERVICE_URL_VARS[name];
  return parseConfig({ [variable]: env.url({ default: `http://127.0.0.1:${SERVICE_PORTS[name]}` }) }, source)[
    variable
  ] as string;
}
