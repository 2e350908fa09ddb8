/**
 * Configuration from environment variables, described by TypeBox schemas and read by TypeBox's
 * `Value` functions: defaults, checks, then decoding (URLs normalised, paths made absolute).
 * Environment values are text, so one step turns a variable into the type its schema expects before
 * the check: integers only from whole decimal numerals (TypeBox's own `Value.Convert` would read
 * "1e3" as 1 and "5.5" as 5) and booleans from the words people write (`yes`, `on`, `0`...).
 */
import { isAbsolute, resolve } from 'node:path';
import {
  KindGuard,
  type StaticDecode,
  type TObject,
  type TProperties,
  type TSchema,
  Type,
} from '@sinclair/typebox';
import { TransformDecodeError, Value, type ValueError, ValueErrorType } from '@sinclair/typebox/value';
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

const TRUE_WORDS = new Set(['1', 'true', 'yes', 'on']);
const FALSE_WORDS = new Set(['0', 'false', 'no', 'off']);

/** The URL without trailing slashes; throws when it is not a URL with one of `protocols`. */
function checkedUrl(raw: string, protocols: readonly string[]): string {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new Error('must be a URL');
  }
  if (!protocols.includes(url.protocol)) throw new Error(`must use ${protocols.join(' or ')}`);
  return raw.replace(/\/+$/, '');
}

/** Schemas of environment variables. Each is a TypeBox schema; optional ones may be left unset. */
export const env = {
  string(opts: { default?: string; minLength?: number; pattern?: RegExp } = {}) {
    return Type.String({
      ...(opts.default !== undefined ? { default: opts.default } : {}),
      ...(opts.minLength !== undefined ? { minLength: opts.minLength } : {}),
      ...(opts.pattern ? { pattern: opts.pattern.source } : {}),
    });
  },
  optionalString() {
    return Type.Optional(Type.String());
  },
  int(opts: { default?: number; min?: number; max?: number } = {}) {
    return Type.Integer({
      minimum: opts.min ?? Number.MIN_SAFE_INTEGER,
      maximum: opts.max ?? Number.MAX_SAFE_INTEGER,
      ...(opts.default !== undefined ? { default: opts.default } : {}),
    });
  },
  bool(opts: { default?: boolean } = {}) {
    return Type.Boolean(opts.default !== undefined ? { default: opts.default } : {});
  },
  oneOf<const T extends string>(values: readonly T[], opts: { default?: T } = {}) {
    return Type.Union(
      values.map((value) => Type.Literal(value)),
      opts.default !== undefined ? { default: opts.default } : {},
    );
  },
  /** An http(s) URL (or one of `protocols`), trailing slashes removed. */
  url(opts: { default?: string; protocols?: readonly string[] } = {}) {
    const protocols = opts.protocols ?? ['http:', 'https:'];
    return Type.Transform(Type.String(opts.default !== undefined ? { default: opts.default } : {}))
      .Decode((raw) => checkedUrl(raw, protocols))
      .Encode((url) => url);
  },
  optionalUrl(protocols: readonly string[] = ['http:', 'https:']) {
    return Type.Optional(env.url({ protocols }));
  },
  /** A file-system path, made absolute against the working directory. */
  path(opts: { default?: string } = {}) {
    return Type.Transform(Type.String(opts.default !== undefined ? { default: opts.default } : {}))
      .Decode((raw) => (isAbsolute(raw) ? raw : resolve(raw)))
      .Encode((path) => path);
  },
};

/** A variable's text as the type its schema expects; left as text when it is not one (the check names it). */
function fromText(schema: TSchema, text: string): unknown {
  const word = text.trim().toLowerCase();
  if (KindGuard.IsInteger(schema)) return /^-?\d+$/.test(word) ? Number(word) : text;
  if (KindGuard.IsBoolean(schema)) {
    if (TRUE_WORDS.has(word)) return true;
    if (FALSE_WORDS.has(word)) return false;
  }
  return text;
}

/** What is wrong with a variable, in the words of the rest of George's messages. */
function problemOf(error: ValueError): string {
  const { schema } = error;
  switch (error.type) {
    case ValueErrorType.ObjectRequiredProperty:
      return 'is required but not set';
    case ValueErrorType.Integer:
      return 'must be an integer';
    case ValueErrorType.IntegerMinimum:
      return `must be at least ${schema.minimum}`;
    case ValueErrorType.IntegerMaximum:
      return `must be at most ${schema.maximum}`;
    case ValueErrorType.Boolean:
      return 'must be true or false';
    case ValueErrorType.StringMinLength:
      return `must be at least ${schema.minLength} characters`;
    case ValueErrorType.StringPattern:
      return `must match /${schema.pattern}/`;
    case ValueErrorType.Union:
      return KindGuard.IsUnion(schema)
        ? `must be one of ${schema.anyOf.map((member) => String(member.const)).join(', ')}`
        : error.message;
    default:
      return error.message;
  }
}

const variableOf = (path: string) => path.replace(/^\//, '').split('/')[0] ?? path;

/** The configuration `parseConfig` reads for a set of variables. */
export type ConfigOf<P extends TProperties> = StaticDecode<TObject<P>>;

/**
 * Reads the variables named by `properties` from `source` (an empty value counts as unset), fills
 * defaults, checks them and decodes them. The first bad or missing variable throws a ConfigError
 * naming it.
 */
export function parseConfig<P extends TProperties>(
  properties: P,
  source: NodeJS.ProcessEnv = process.env,
): ConfigOf<P> {
  const schema = Type.Object(properties);
  const given: Record<string, unknown> = {};
  for (const [name, property] of Object.entries(properties)) {
    const text = source[name];
    if (text !== undefined && text !== '') given[name] = fromText(property, text);
  }
  const value = Value.Default(schema, given);
  const error = Value.Errors(schema, value).First();
  if (error) throw new ConfigError(variableOf(error.path), problemOf(error));
  try {
    return Value.Decode(schema, value);
  } catch (err) {
    if (err instanceof TransformDecodeError) throw new ConfigError(variableOf(err.path), err.message);
    throw err;
  }
}

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

/** Variables every service reads (`PORT` is added with the service's own default). */
export const baseVariables = {
  HOST: env.string({ default: '127.0.0.1' }),
  LOG_LEVEL: Type.Optional(env.oneOf(LOG_LEVELS)),
  INTERNAL_SERVICE_TOKEN: env.optionalString(),
  DATA_DIR: env.path({ default: '.george' }),
  /** postgres://... switches a service's storage to PostgreSQL; unset means SQLite under DATA_DIR. */
  DATABASE_URL: env.optionalUrl(['postgres:', 'postgresql:']),
  /** PostgreSQL connections per worker. */
  DATABASE_POOL_SIZE: env.int({ default: 10, min: 1, max: 100 }),
};

export interface BaseConfig {
  mode: Mode;
  host: string;
  port: number;
  logLevel: LogLevel;
  internalToken: string | undefined;
  dataDir: string;
  /** PostgreSQL's URL, or undefined for SQLite under `dataDir` (services without a database ignore it). */
  databaseUrl: string | undefined;
  databasePoolSize: number;
}

/** Reads the variables every service shares; `PORT` defaults to the service's fixed port. */
export function loadBaseConfig(defaultPort: number, source: NodeJS.ProcessEnv = process.env): BaseConfig {
  const mode = currentMode(source);
  const parsed = parseConfig(
    { ...baseVariables, PORT: env.int({ default: defaultPort, min: 0, max: 65535 }) },
    source,
  );
  return {
    mode,
    host: parsed.HOST,
    port: parsed.PORT,
    logLevel: parsed.LOG_LEVEL ?? (mode === 'development' ? 'debug' : 'info'),
    internalToken: parsed.INTERNAL_SERVICE_TOKEN,
    dataDir: parsed.DATA_DIR,
    databaseUrl: parsed.DATABASE_URL,
    databasePoolSize: parsed.DATABASE_POOL_SIZE,
  };
}

/** The fixed ports of docs/architecture.md. */
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
  const parsed = parseConfig(
    { [variable]: env.url({ default: `http://127.0.0.1:${SERVICE_PORTS[name]}` }) },
    source,
  );
  return String(parsed[variable]);
}
