/**
 * What `george preflight` and `george doctor` share: the services to check and where they answer,
 * HTTP probes with a time limit, environment files and compose files, and the report format.
 */
import { readFileSync } from 'node:fs';
import { isIP } from 'node:net';
import { errnoCode, SERVICE_PORTS, SERVICE_URL_VARS, type ServiceName } from '@george/runtime';
import { parse as parseYaml } from 'yaml';

function isServiceName(name: string): name is ServiceName {
  return Object.hasOwn(SERVICE_PORTS, name);
}

export const ALL_SERVICES: ServiceName[] = Object.keys(SERVICE_PORTS).filter(isServiceName);

export class UsageError extends Error {}

/** A mistake on the command line: a UsageError, or parseArgs's TypeError with an ERR_PARSE_ARGS_* code. */
export function isUsageMistake(err: unknown): err is Error {
  return (
    err instanceof UsageError ||
    (err instanceof TypeError && (errnoCode(err)?.startsWith('ERR_PARSE_ARGS') ?? false))
  );
}

/** A flag's whole positive number, or the fallback when the flag is absent. */
export function positiveInt(value: string | undefined, flag: string, fallback: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n <= 0) throw new UsageError(`${flag} must be a positive integer`);
  return n;
}

/** The variable that holds a service's address for operators' tools (and callers, for internal ones). */
export function urlVariable(name: ServiceName): string {
  if (name === 'backend') return 'BACKEND_URL';
  if (name === 'frontend') return 'FRONTEND_URL';
  return SERVICE_URL_VARS[name];
}

export interface Target {
  name: ServiceName;
  url: string;
}

/**
 * The services to check and their base URLs. Precedence: `--url NAME=URL`, then the variable in
 * `source` (`AUTH_SERVER_URL`..., `BACKEND_URL`, `FRONTEND_URL`), then `http://<host>:<fixed port>`.
 */
export function resolveTargets(
  options: { urls?: string[]; services?: string; host?: string },
  source: NodeJS.ProcessEnv,
): Target[] {
  const given = new Map<ServiceName, string>();
  for (const pair of options.urls ?? []) {
    const eq = pair.indexOf('=');
    if (eq <= 0) throw new UsageError(`--url expects NAME=URL, got "${pair}"`);
    const name = pair.slice(0, eq);
    if (!isServiceName(name)) throw new UsageError(`--url: unknown service "${name}"`);
    given.set(name, pair.slice(eq + 1));
  }
  let names: ServiceName[];
  if (options.services) {
    names = options.services
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean)
      .map((name) => {
        if (!isServiceName(name)) throw new UsageError(`--services: unknown service "${name}"`);
        return name;
      });
  } else if (given.size > 0) {
    names = [...given.keys()];
  } else {
    names = ALL_SERVICES;
  }
  const host = options.host ?? '127.0.0.1';
  return names.map((name) => {
    const raw = given.get(name) ?? source[urlVariable(name)] ?? `http://${host}:${SERVICE_PORTS[name]}`;
    try {
      const url = new URL(raw);
      return { name, url: url.toString().replace(/\/$/, '') };
    } catch {
      throw new UsageError(`the address of ${name} is not a URL: "${raw}"`);
    }
  });
}

export type ProbeResult =
  | { kind: 'answered'; status: number; body: unknown; ms: number }
  | { kind: 'refused' | 'timeout' | 'error'; message: string; ms: number };

/** GET with a time limit; never throws. Connection refused, timeouts and other errors are told apart. */
export async function probe(
  url: string,
  timeoutMs: number,
  headers: Record<string, string> = {},
): Promise<ProbeResult> {
  const started = performance.now();
  const ms = () => Math.round(performance.now() - started);
  try {
    const res = await fetch(url, { headers, signal: AbortSignal.timeout(timeoutMs) });
    const text = await res.text();
    let body: unknown = text;
    try {
      body = JSON.parse(text);
    } catch {
      // not JSON: keep the text
    }
    return { kind: 'answered', status: res.status, body, ms: ms() };
  } catch (err) {
    const error = err as Error & { cause?: { code?: string; message?: string } };
    if (error.name === 'TimeoutError' || error.name === 'AbortError') {
      return { kind: 'timeout', message: `no answer within ${timeoutMs} ms`, ms: ms() };
    }
    if (error.cause?.code === 'ECONNREFUSED')
      return { kind: 'refused', message: 'connection refused', ms: ms() };
    return { kind: 'error', message: error.cause?.message ?? error.message, ms: ms() };
  }
}

/** Parses a dotenv-style file (and kustomize env files): `KEY=value`, optional `export`, quotes, `#` comments. */
export function parseEnvFile(text: string): Record<string, string> {
  const env: Record<string, string> = {};
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) continue;
    const match = /^(?:export\s+)?([A-Za-z_][A-Za-z0-9_.-]*)\s*=\s*(.*)$/.exec(line);
    if (!match) continue;
    let value = match[2] as string;
    const quote = value[0];
    if ((quote === '"' || quote === "'") && value.length >= 2 && value.endsWith(quote)) {
      value = value.slice(1, -1);
      if (quote === '"') value = value.replace(/\\n/g, '\n').replace(/\\"/g, '"');
    } else {
      value = value.replace(/\s+#.*$/, '');
    }
    env[match[1] as string] = value;
  }
  return env;
}

export interface Interpolated {
  value: string;
  /** Variables the value needs from the deployment's environment (`${VAR:?...}`) that are not set. */
  missing: string[];
}

/** Compose variable interpolation: `${VAR}`, `${VAR:-default}`, `${VAR-default}`, `${VAR:?err}`, `$$`. */
export function interpolate(value: string, source: NodeJS.ProcessEnv): Interpolated {
  const missing: string[] = [];
  const out = value.replace(
    /\$\$|\$\{([A-Za-z_][A-Za-z0-9_]*)(?:(:?[-?])([^}]*))?\}|\$([A-Za-z_][A-Za-z0-9_]*)/g,
    (
      whole,
      braced: string | undefined,
      op: string | undefined,
      arg: string | undefined,
      bare: string | undefined,
    ) => {
      if (whole === '$$') return '$';
      const name = (braced ?? bare) as string;
      const current = source[name];
      const unsetOrEmpty = current === undefined || current === '';
      const unset = current === undefined;
      if (op === ':-') return unsetOrEmpty ? (arg ?? '') : (current as string);
      if (op === '-') return unset ? (arg ?? '') : (current as string);
      if (op === ':?' || op === '?') {
        if (op === ':?' ? unsetOrEmpty : unset) {
          missing.push(name);
          return '';
        }
        return current as string;
      }
      return current ?? '';
    },
  );
  return { value: out, missing };
}

export interface ComposeEnvironment {
  service: string;
  env: Record<string, string>;
  /** Per variable, the required variables (`${X:?}`) that are not set where the tool runs. */
  missing: Record<string, string[]>;
  /** The raw (not interpolated) values, to tell a hard-coded secret from a reference. */
  raw: Record<string, string>;
  /** The service's `command` and `entrypoint` overrides, if any (the image's CMD is george-serve). */
  overrides: string[];
}

/** The environment of services in a compose file, interpolated with `source`. */
export function composeEnvironments(
  file: string,
  services: string[] | undefined,
  source: NodeJS.ProcessEnv,
): ComposeEnvironment[] {
  const doc = parseYaml(readFileSync(file, 'utf8'), { merge: true }) as {
    services?: Record<
      string,
      { environment?: Record<string, unknown> | string[]; command?: unknown; entrypoint?: unknown }
    >;
  };
  const all = doc?.services ?? {};
  const names =
    services && services.length > 0 ? services : Object.keys(all).filter((n) => n in SERVICE_PORTS);
  return names.map((service) => {
    const entry = all[service];
    if (!entry) throw new UsageError(`${file} has no service "${service}"`);
    const raw: Record<string, string> = {};
    const environment = entry.environment ?? {};
    if (Array.isArray(environment)) {
      for (const item of environment) {
        const text = String(item);
        const eq = text.indexOf('=');
        if (eq > 0) raw[text.slice(0, eq)] = text.slice(eq + 1);
        else {
          const inherited = source[text];
          if (inherited !== undefined) raw[text] = inherited;
        }
      }
    } else {
      for (const [key, value] of Object.entries(environment)) {
        raw[key] = value === null || value === undefined ? (source[key] ?? '') : String(value);
      }
    }
    const env: Record<string, string> = {};
    const missing: Record<string, string[]> = {};
    for (const [key, value] of Object.entries(raw)) {
      const result = interpolate(value, source);
      env[key] = result.value;
      if (result.missing.length > 0) missing[key] = result.missing;
    }
    const overrides = (['command', 'entrypoint'] as const)
      .filter((key) => entry[key] !== undefined && entry[key] !== null)
      .map((key) => {
        const value = entry[key];
        return `${key}: ${Array.isArray(value) ? value.join(' ') : String(value)}`;
      });
    return { service, env, missing, raw, overrides };
  });
}

/** Why an address is not internal, or undefined when it is (loopback, private ranges, internal names). */
export function publicAddressProblem(raw: string): string | undefined {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return `"${raw}" is not a URL`;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return `"${raw}" is not an http(s) URL`;
  const host = url.hostname.replace(/^\[|\]$/g, '').toLowerCase();
  const family = isIP(host);
  if (family === 4) return privateIPv4(host) ? undefined : `${host} is a public IP address`;
  if (family === 6) return privateIPv6(host) ? undefined : `${host} is a public IPv6 address`;
  if (!host.includes('.')) return undefined; // a single-label name: `auth`, `localhost`
  if (INTERNAL_SUFFIXES.some((suffix) => host === suffix.slice(1) || host.endsWith(suffix))) return undefined;
  return `${host} is a public domain name`;
}

/** Names that only resolve inside a cluster, a private network or the host itself. */
const INTERNAL_SUFFIXES = [
  '.localhost',
  '.local',
  '.internal',
  '.intranet',
  '.lan',
  '.home.arpa',
  '.localdomain',
  '.cluster.local',
  '.svc',
  '.corp',
  '.private',
];

function privateIPv4(ip: string): boolean {
  const [a = -1, b = -1] = ip.split('.').map(Number);
  return (
    a === 127 ||
    a === 10 ||
    (a === 172 && b >= 16 && b <= 31) ||
    (a === 192 && b === 168) ||
    (a === 169 && b === 254) ||
    (a === 100 && b >= 64 && b <= 127) ||
    a === 0
  );
}

function privateIPv6(ip: string): boolean {
  if (ip === '::1') return true;
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/.exec(ip);
  if (mapped) return privateIPv4(mapped[1] as string);
  return /^f[cd][0-9a-f]{2}:/.test(ip) || /^fe[89ab][0-9a-f]:/.test(ip);
}

export type Status = 'pass' | 'fail' | 'warn';

export interface CheckResult {
  /** The checklist item, e.g. `token`, `health`, `workers`. */
  id: string;
  /** What was checked: a service name, a file, or `environment`. */
  target: string;
  status: Status;
  detail: string;
  /** How to fix it (failures and warnings). */
  fix?: string;
}

/** One line per result: `PASS  item [target]  detail` and, for failures, `  fix: ...`. */
export function formatResults(results: CheckResult[]): string {
  const width = Math.max(...results.map((r) => `${r.id} [${r.target}]`.length), 10);
  return results
    .map((r) => {
      const head = `${r.status.toUpperCase().padEnd(4)}  ${`${r.id} [${r.target}]`.padEnd(width)}  ${r.detail}`;
      return r.fix && r.status !== 'pass' ? `${head} -- fix: ${r.fix}` : head;
    })
    .join('\n');
}

export function summary(results: CheckResult[]): string {
  const failed = results.filter((r) => r.status === 'fail').length;
  const warned = results.filter((r) => r.status === 'warn').length;
  const passed = results.length - failed - warned;
  return `${results.length} checks: ${passed} pass, ${failed} fail${warned ? `, ${warned} warn` : ''}`;
}

/**
 * Prints a checklist's results, as JSON or as lines and a summary (`verdict` is appended to the
 * summary, `ok` when nothing failed), and returns the command's exit code: 1 when a check failed.
 */
export function reportChecks(
  command: string,
  results: CheckResult[],
  json: boolean,
  verdict: { ok: string; failed: string },
): number {
  const ok = results.every((r) => r.status !== 'fail');
  if (json) {
    console.log(JSON.stringify({ ok, results }, null, 2));
  } else {
    console.log(formatResults(results));
    console.log(`${command}: ${summary(results)}${ok ? verdict.ok : verdict.failed}`);
  }
  return ok ? 0 : 1;
}
