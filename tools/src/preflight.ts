/**
 * `george preflight`: the deployment checklist (PRODUCTION_DEPLOYMENT.md, README "Deployment
 * checklist") as a command. It reads the deployment's configuration (an environment file, a
 * compose file's services, or its own environment) and asks the running services.
 */

import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { parseArgs } from 'node:util';
import { errorMessage, isTruthy, tokenProblem } from '@george/runtime';
import {
  type CheckResult,
  composeEnvironments,
  isUsageMistake,
  parseEnvFile,
  positiveInt,
  probe,
  publicAddressProblem,
  reportChecks,
  resolveTargets,
  type Target,
  UsageError,
} from './targets.js';

export const PREFLIGHT_USAGE = `usage: george preflight [--env-file FILE | --compose FILE [--service NAME]...]
                        [--url NAME=URL]... [--services a,b,...] [--host HOST]
                        [--token TOKEN] [--timeout-ms MS] [--json]
  Checks a deployment against the production checklist; exits 1 when any item fails.
  Configuration: --env-file (KEY=value lines), or the environment of compose services
  (--compose, with --service to pick some; \${VAR} is read from this shell), else this shell's
  environment. Services: --url NAME=URL, else AUTH_SERVER_URL..., BACKEND_URL, FRONTEND_URL from
  this shell, else http://HOST:<fixed port> (HOST defaults to 127.0.0.1); --services limits the set.
  The token for GET /internal/runtime: --token, else INTERNAL_SERVICE_TOKEN of the configuration.`;

export interface PreflightOptions {
  envFile?: string;
  compose?: string;
  composeServices?: string[];
  urls?: string[];
  services?: string;
  host?: string;
  token?: string;
  timeoutMs?: number;
  /** The shell's environment (process.env); tests pass their own. */
  source?: NodeJS.ProcessEnv;
}

interface ConfigSource {
  label: string;
  env: Record<string, string | undefined>;
  /** Variables a value needs from the shell (`${VAR:?}` in a compose file) that are not set. */
  missing: Record<string, string[]>;
  /** For a compose service: its command/entrypoint overrides (the image's CMD must run). */
  overrides?: string[];
}

const TOKEN_FIX =
  'set INTERNAL_SERVICE_TOKEN to at least 32 random characters (e.g. `openssl rand -base64 48`), the same value for every service';

function configSources(options: PreflightOptions, source: NodeJS.ProcessEnv): ConfigSource[] {
  if (options.envFile && options.compose) throw new UsageError('give --env-file or --compose, not both');
  if (options.envFile) {
    let text: string;
    try {
      text = readFileSync(options.envFile, 'utf8');
    } catch (err) {
      throw new UsageError(`cannot read ${options.envFile}: ${errorMessage(err)}`);
    }
    return [{ label: basename(options.envFile), env: parseEnvFile(text), missing: {} }];
  }
  if (options.compose) {
    let environments: ReturnType<typeof composeEnvironments>;
    try {
      environments = composeEnvironments(options.compose, options.composeServices, source);
    } catch (err) {
      if (err instanceof UsageError) throw err;
      throw new UsageError(`cannot read ${options.compose}: ${errorMessage(err)}`);
    }
    if (environments.length === 0) throw new UsageError(`${options.compose} has no George service`);
    return environments.map((e) => ({
      label: `${basename(options.compose as string)}:${e.service}`,
      env: e.env,
      missing: e.missing,
      overrides: e.overrides,
    }));
  }
  return [{ label: 'environment', env: source, missing: {} }];
}

/** The configuration items of the checklist, for one environment. */
export function checkConfiguration(config: ConfigSource): CheckResult[] {
  const { env, label: target } = config;
  const results: CheckResult[] = [];

  const nodeEnv = env.NODE_ENV;
  if (nodeEnv === 'production') {
    results.push({ id: 'node-env', target, status: 'pass', detail: 'NODE_ENV is "production"' });
  } else if (nodeEnv === 'development') {
    results.push({
      id: 'node-env',
      target,
      status: 'fail',
      detail: 'NODE_ENV is "development": debugging on, and george-serve refuses to start',
      fix: 'set NODE_ENV=production in the deployment manifest',
    });
  } else {
    results.push({
      id: 'node-env',
      target,
      status: 'warn',
      detail:
        nodeEnv === undefined || nodeEnv === ''
          ? 'NODE_ENV is not set (production is the default, but the manifest should say so)'
          : `NODE_ENV is "${nodeEnv}" (treated as production)`,
      fix: 'set NODE_ENV=production in the deployment manifest',
    });
  }

  const devFlags = Object.keys(env)
    .filter((k) => k === 'DEV_MODE' || k.endsWith('_DEV_MODE'))
    .sort();
  const trueFlags = devFlags.filter((k) => isTruthy(env[k]));
  if (trueFlags.length > 0) {
    results.push({
      id: 'dev-mode',
      target,
      status: 'fail',
      detail: `${trueFlags.map((k) => `${k}=${env[k]}`).join(', ')}: development flags in production`,
      fix: `remove ${trueFlags.join(', ')} from the deployment (george-serve refuses to start with them)`,
    });
  } else if (devFlags.length > 0) {
    results.push({
      id: 'dev-mode',
      target,
      status: 'warn',
      detail: `${devFlags.join(', ')} present but false`,
      fix: `remove ${devFlags.join(', ')}: production manifests should carry no development flags`,
    });
  } else {
    results.push({ id: 'dev-mode', target, status: 'pass', detail: 'no DEV_MODE or *_DEV_MODE set' });
  }

  const urlVars = Object.keys(env)
    .filter((k) => k.endsWith('_SERVER_URL'))
    .sort();
  const urlProblems = urlVars
    .map((k) => {
      const value = env[k] ?? '';
      if (value === '') {
        const needs = config.missing[k];
        return `${k} is empty${needs ? ` (needs ${needs.join(', ')} from the environment)` : ''}`;
      }
      const problem = publicAddressProblem(value);
      return problem ? `${k}=${value}: ${problem}` : undefined;
    })
    .filter((p): p is string => p !== undefined);
  if (urlProblems.length > 0) {
    results.push({
      id: 'service-urls',
      target,
      status: 'fail',
      detail: urlProblems.join('; '),
      fix: 'point every *_SERVER_URL to an internal address: a service name (http://auth:6001), a cluster name (*.svc.cluster.local), loopback or a private IP',
    });
  } else {
    results.push({
      id: 'service-urls',
      target,
      status: 'pass',
      detail:
        urlVars.length > 0
          ? `${urlVars.length} *_SERVER_URL internal`
          : 'no *_SERVER_URL set (the defaults are on 127.0.0.1)',
    });
  }

  const missingToken = config.missing.INTERNAL_SERVICE_TOKEN;
  const tokenIssue = missingToken
    ? `INTERNAL_SERVICE_TOKEN needs ${missingToken.join(', ')} from the environment, which is not set here`
    : tokenProblem(env.INTERNAL_SERVICE_TOKEN);
  results.push(
    tokenIssue
      ? { id: 'token', target, status: 'fail', detail: tokenIssue, fix: TOKEN_FIX }
      : {
          id: 'token',
          target,
          status: 'pass',
          detail: 'INTERNAL_SERVICE_TOKEN set, long, not a placeholder',
        },
  );

  const level = env.LOG_LEVEL?.trim().toLowerCase();
  if (level === 'debug' || level === 'trace') {
    results.push({
      id: 'log-level',
      target,
      status: 'fail',
      detail: `LOG_LEVEL is "${level}": debug logs in production (george-serve refuses it)`,
      fix: 'set LOG_LEVEL=info (or warn, error) or remove it',
    });
  } else {
    results.push({
      id: 'log-level',
      target,
      status: 'pass',
      detail: level ? `LOG_LEVEL is "${level}"` : 'LOG_LEVEL not set (info)',
    });
  }
  if (config.overrides) {
    results.push(
      config.overrides.length > 0
        ? {
            id: 'command',
            target,
            status: 'fail',
            detail: `overrides the image's george-serve CMD (${config.overrides.join('; ')})`,
            fix: 'remove command/entrypoint from the production compose service: the image runs george-serve -w 4',
          }
        : { id: 'command', target, status: 'pass', detail: "the image's CMD (george-serve) runs" },
    );
  }
  return results;
}

interface RuntimeReport {
  service?: string;
  mode?: string;
  server?: string;
  workers?: number;
  logLevel?: string;
  logFormat?: string;
}

function describeFailure(result: Exclude<Awaited<ReturnType<typeof probe>>, { kind: 'answered' }>): string {
  return result.kind === 'refused' ? 'connection refused' : result.message;
}

/** The running-service items of the checklist, for one service. */
export async function checkService(
  target: Target,
  token: string | undefined,
  timeoutMs: number,
): Promise<CheckResult[]> {
  const results: CheckResult[] = [];
  const name = target.name;
  const startFix = `start ${name} (george-serve -w 4 -b 0.0.0.0:<port> services/${name}/dist/app.js) and check its logs; \`george doctor\` diagnoses it`;

  const health = await probe(`${target.url}/health`, timeoutMs);
  if (health.kind === 'answered' && health.status === 200) {
    results.push({
      id: 'health',
      target: name,
      status: 'pass',
      detail: `${target.url}/health 200 in ${health.ms} ms`,
    });
  } else {
    results.push({
      id: 'health',
      target: name,
      status: 'fail',
      detail: `${target.url}/health: ${health.kind === 'answered' ? `status ${health.status}` : describeFailure(health)}`,
      fix: startFix,
    });
    // Nothing else can answer either.
    for (const id of ['ready', 'workers', 'logs']) {
      results.push({
        id,
        target: name,
        status: 'fail',
        detail: 'not checked: /health does not answer',
        fix: startFix,
      });
    }
    return results;
  }

  const ready = await probe(`${target.url}/ready`, timeoutMs);
  if (ready.kind === 'answered' && ready.status === 200) {
    results.push({ id: 'ready', target: name, status: 'pass', detail: `${target.url}/ready 200` });
  } else if (ready.kind === 'answered') {
    const checks = (ready.body as { checks?: Record<string, string> })?.checks ?? {};
    const failing = Object.entries(checks)
      .filter(([, v]) => v !== 'ok')
      .map(([k]) => k);
    results.push({
      id: 'ready',
      target: name,
      status: 'fail',
      detail: `${target.url}/ready ${ready.status}${failing.length ? `: failing ${failing.join(', ')}` : ''}`,
      fix: `make ${failing.length ? failing.join(', ') : 'its dependencies'} answer (see the service's logs; \`george doctor\` explains each check)`,
    });
  } else {
    results.push({
      id: 'ready',
      target: name,
      status: 'fail',
      detail: `${target.url}/ready: ${describeFailure(ready)}`,
      fix: 'a dependency check hangs: see the service logs; `george doctor` diagnoses it',
    });
  }

  if (!token) {
    const detail = 'no token to ask GET /internal/runtime';
    const fix = 'pass --token or give INTERNAL_SERVICE_TOKEN in the configuration';
    results.push({ id: 'workers', target: name, status: 'fail', detail, fix });
    results.push({ id: 'logs', target: name, status: 'fail', detail, fix });
    return results;
  }
  const runtime = await probe(`${target.url}/internal/runtime`, timeoutMs, { 'x-internal-token': token });
  if (runtime.kind !== 'answered' || runtime.status !== 200) {
    const why =
      runtime.kind !== 'answered'
        ? describeFailure(runtime)
        : runtime.status === 401 || runtime.status === 403
          ? `status ${runtime.status}: the service runs with another INTERNAL_SERVICE_TOKEN`
          : `status ${runtime.status}`;
    const fix =
      runtime.kind === 'answered' && (runtime.status === 401 || runtime.status === 403)
        ? 'give every service and this check the same INTERNAL_SERVICE_TOKEN'
        : 'deploy a build whose runtime serves GET /internal/runtime';
    results.push({ id: 'workers', target: name, status: 'fail', detail: `/internal/runtime: ${why}`, fix });
    results.push({ id: 'logs', target: name, status: 'fail', detail: `/internal/runtime: ${why}`, fix });
    return results;
  }
  const report = runtime.body as RuntimeReport;
  const problems: string[] = [];
  if (report.server !== 'george-serve') problems.push(`server is "${report.server}", not george-serve`);
  if (report.mode !== 'production') problems.push(`mode is "${report.mode}"`);
  if (typeof report.workers !== 'number' || report.workers < 2)
    problems.push(`${report.workers} worker(s), fewer than 2`);
  results.push(
    problems.length > 0
      ? {
          id: 'workers',
          target: name,
          status: 'fail',
          detail: problems.join('; '),
          fix: `run \`george-serve -w 4 -b 0.0.0.0:<port> services/${name}/dist/app.js\` (the image's CMD) without NODE_ENV=development, not npm run dev or main.js`,
        }
      : {
          id: 'workers',
          target: name,
          status: 'pass',
          detail: `george-serve, ${report.workers} workers, production`,
        },
  );

  const logLevel = String(report.logLevel ?? '');
  const logProblems: string[] = [];
  if (report.logFormat !== 'json') logProblems.push(`logs are "${report.logFormat}", not JSON lines`);
  if (logLevel === 'debug' || logLevel === 'trace') logProblems.push(`log level is "${logLevel}"`);
  results.push(
    logProblems.length > 0
      ? {
          id: 'logs',
          target: name,
          status: 'fail',
          detail: logProblems.join('; '),
          fix: 'run in production (NODE_ENV unset or production) with LOG_LEVEL=info, and collect stdout',
        }
      : { id: 'logs', target: name, status: 'pass', detail: `JSON lines on stdout at ${logLevel}` },
  );
  return results;
}

/** Every checklist item: the configuration sources first, then each service. */
export async function preflight(options: PreflightOptions): Promise<CheckResult[]> {
  const source = options.source ?? process.env;
  const sources = configSources(options, source);
  const targets = resolveTargets(
    { ...(options.urls ? { urls: options.urls } : {}), services: options.services, host: options.host },
    source,
  );
  const token =
    options.token ??
    sources.map((s) => s.env.INTERNAL_SERVICE_TOKEN).find((t) => t) ??
    source.INTERNAL_SERVICE_TOKEN;
  const results = sources.flatMap(checkConfiguration);
  const timeoutMs = options.timeoutMs ?? 3000;
  const perService = await Promise.all(targets.map((t) => checkService(t, token, timeoutMs)));
  return [...results, ...perService.flat()];
}

/** The command: parses its arguments, prints one line per item (or JSON), returns the exit code. */
export async function preflightCommand(
  argv: string[],
  source: NodeJS.ProcessEnv = process.env,
): Promise<number> {
  let results: CheckResult[];
  let json = false;
  try {
    const { values } = parseArgs({
      args: argv,
      options: {
        'env-file': { type: 'string' },
        compose: { type: 'string' },
        service: { type: 'string', multiple: true },
        url: { type: 'string', multiple: true },
        services: { type: 'string' },
        host: { type: 'string' },
        token: { type: 'string' },
        'timeout-ms': { type: 'string' },
        json: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
      strict: true,
      allowPositionals: false,
    });
    if (values.help) {
      console.log(PREFLIGHT_USAGE);
      return 0;
    }
    json = values.json ?? false;
    if (values.service && !values.compose) throw new UsageError('--service needs --compose');
    const timeoutMs = positiveInt(values['timeout-ms'], '--timeout-ms', 3000);
    results = await preflight({
      envFile: values['env-file'],
      compose: values.compose,
      composeServices: values.service,
      urls: values.url,
      services: values.services,
      host: values.host,
      token: values.token,
      timeoutMs,
      source,
    });
  } catch (err) {
    if (isUsageMistake(err)) {
      console.error(`george preflight: ${err.message}\n${PREFLIGHT_USAGE}`);
      return 2;
    }
    throw err;
  }
  return reportChecks('preflight', results, json, { ok: '', failed: ' -- NOT ready for production' });
}
