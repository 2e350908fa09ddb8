/**
 * `george doctor`: the troubleshooting section (PRODUCTION_DEPLOYMENT.md, README "Troubleshooting")
 * as a command. For each problem it can see, it says what is wrong and how to fix it: a service in
 * development mode, a Node inspector open, george-serve missing, health checks failing.
 */
import { accessSync, constants, existsSync, readFileSync } from 'node:fs';
import { connect } from 'node:net';
import { delimiter, join } from 'node:path';
import { parseArgs } from 'node:util';
import {
  type CheckResult,
  isUsageMistake,
  type ProbeResult,
  positiveInt,
  probe,
  reportChecks,
  resolveTargets,
  type Target,
  UsageError,
} from './targets.js';

export const DOCTOR_USAGE = `usage: george doctor [--url NAME=URL]... [--services a,b,...] [--host HOST] [--token TOKEN]
                     [--inspector-port PORT]... [--slow-ms MS] [--timeout-ms MS] [--root DIR] [--json]
  Diagnoses a deployment and prints the fix for each problem; exits 1 when it finds one.
  Services as for \`george preflight\`. Probes the Node inspector on 127.0.0.1 (default port 9229),
  looks for george-serve under DIR/node_modules/.bin (DIR: the repository) and on PATH, and asks
  each service's /health, /ready and (with the token) /internal/runtime.`;

export interface DoctorOptions {
  urls?: string[];
  services?: string;
  host?: string;
  token?: string;
  inspectorPorts?: number[];
  /** /health slower than this counts as a problem. */
  slowMs?: number;
  timeoutMs?: number;
  /** Where george-serve should be installed (node_modules/.bin). */
  root: string;
  source?: NodeJS.ProcessEnv;
}

const DEV_FIX =
  'run the production server: unset NODE_ENV (or set production) and start `george-serve -w 4 -b 0.0.0.0:<port> services/<name>/dist/app.js` (the image CMD), not `npm run dev` or `node .../main.js`; in compose, do not override the command; then restart the container';

/** What to do about a failing readiness check, by its name. */
export function readyFix(check: string): string {
  switch (check) {
    case 'database':
      return 'the database does not answer: check DATABASE_URL (PostgreSQL up, credentials), or for SQLite that DATA_DIR is writable and its disk not full';
    case 'storage':
      return 'the data directory is not usable: check DATA_DIR exists, is writable by the service user, and its disk is not full';
    case 'chroma':
      return 'the Chroma server does not answer: start it and check CHROMA_URL';
    case 'embedder':
      return 'the embedding model did not load: install it (bash tools/models/install.sh <model>) and check EMBEDDINGS_MODEL and EMBEDDINGS_MODELS_DIR';
    case 'git':
      return 'the git binary does not run: install git in the image or point GIT_BINARY to it';
    case 'neo4j':
    case 'graph':
      return 'Neo4j does not answer: check NEO4J_URI, NEO4J_USER, NEO4J_PASSWORD and that Neo4j runs';
    case 'redis':
      return 'Redis does not answer: check REDIS_URL and that Redis runs';
    case 'auth':
    case 'filesystem':
    case 'billing':
    case 'external-data':
      return `the ${check} service does not answer: check ${check.toUpperCase().replace('-', '_')}_SERVER_URL and run \`george doctor\` on it`;
    default:
      return `"${check}" fails: the service's logs name the cause (level warn, "dependency not ready", with the reason)`;
  }
}

function tcpOpen(host: string, port: number, timeoutMs: number): Promise<boolean> {
  return new Promise((resolveOpen) => {
    const socket = connect({ host, port });
    const done = (open: boolean) => {
      socket.destroy();
      resolveOpen(open);
    };
    socket.setTimeout(timeoutMs, () => done(false));
    socket.once('connect', () => done(true));
    socket.once('error', () => done(false));
  });
}

/** A Node inspector listening on 127.0.0.1:port (what `/json/list` says about it), if any. */
export async function checkInspector(port: number, timeoutMs: number): Promise<CheckResult> {
  const target = `127.0.0.1:${port}`;
  if (!(await tcpOpen('127.0.0.1', port, timeoutMs))) {
    return { id: 'inspector', target, status: 'pass', detail: 'no inspector listening' };
  }
  const list = await probe(`http://${target}/json/list`, timeoutMs);
  const fix =
    'remove --inspect/--inspect-brk/--debug from the command and from NODE_OPTIONS and restart (george-serve refuses them); never publish the inspector port';
  if (list.kind === 'answered' && list.status === 200 && Array.isArray(list.body)) {
    const titles = (list.body as { title?: string; url?: string }[])
      .map((t) => t.url || t.title || '?')
      .join(', ');
    return {
      id: 'inspector',
      target,
      status: 'fail',
      detail: `a Node inspector is open (anyone who reaches it runs code in the process): ${titles}`,
      fix,
    };
  }
  return {
    id: 'inspector',
    target,
    status: 'warn',
    detail: 'the port is open but does not answer like a Node inspector (/json/list)',
    fix: `check what listens there (ss -ltnp | grep ${port})`,
  };
}

function executable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** george-serve under ROOT/node_modules/.bin (and built), or on PATH. */
export function checkGeorgeServe(root: string, source: NodeJS.ProcessEnv): CheckResult {
  const local = join(root, 'node_modules/.bin/george-serve');
  const onPath = (source.PATH ?? '')
    .split(delimiter)
    .filter(Boolean)
    .map((dir) => join(dir, 'george-serve'))
    .find(executable);
  const found = existsSync(local) ? local : onPath;
  if (!found) {
    return {
      id: 'george-serve',
      target: root,
      status: 'fail',
      detail: `george-serve: command not found (not in ${join(root, 'node_modules/.bin')} nor on PATH)`,
      fix: 'run `npm ci` (the bin is node_modules/.bin/george-serve) and `npm run build`; in an image, the final stage must run `npm ci --omit=dev -w @george/<name>` and copy packages/runtime/dist',
    };
  }
  if (found === local && !existsSync(join(root, 'packages/runtime/dist/serve/cli.js'))) {
    return {
      id: 'george-serve',
      target: root,
      status: 'fail',
      detail: `${local} is installed but packages/runtime is not built`,
      fix: 'run `npm run build` (or copy packages/runtime/dist into the image)',
    };
  }
  return { id: 'george-serve', target: root, status: 'pass', detail: `found at ${found}` };
}

function unreachable(
  name: string,
  url: string,
  result: Exclude<ProbeResult, { kind: 'answered' }>,
): CheckResult {
  if (result.kind === 'refused') {
    return {
      id: 'health',
      target: name,
      status: 'fail',
      detail: `${url}/health: connection refused (nothing listens there: stopped, crashed, or another port)`,
      fix: `start it (george-serve -w 4 -b 0.0.0.0:<port> services/${name}/dist/app.js; in compose \`docker compose ps\` and \`docker compose logs ${name}\`), and check the URL and port`,
    };
  }
  if (result.kind === 'timeout') {
    return {
      id: 'health',
      target: name,
      status: 'fail',
      detail: `${url}/health: ${result.message} (the process accepts connections but its event loop does not answer)`,
      fix: 'read its logs and CPU use; george-serve replaces a worker that misses heartbeats (--timeout); restart it if the supervisor itself hangs',
    };
  }
  return {
    id: 'health',
    target: name,
    status: 'fail',
    detail: `${url}/health: ${result.message}`,
    fix: 'check the URL (scheme, host name resolves, port) and the network between here and the service',
  };
}

/** /health (refused, slow, failing), /ready (each failing check) and the mode, for one service. */
export async function diagnoseService(
  target: Target,
  options: { token?: string; slowMs: number; timeoutMs: number },
): Promise<CheckResult[]> {
  const { name, url } = target;
  const results: CheckResult[] = [];
  const health = await probe(`${url}/health`, options.timeoutMs);
  if (health.kind !== 'answered') return [unreachable(name, url, health)];
  if (health.status !== 200) {
    results.push({
      id: 'health',
      target: name,
      status: 'fail',
      detail: `${url}/health answered ${health.status}`,
      fix: 'something else answers on this port, or the service is broken: check the URL and the logs',
    });
  } else if (health.ms > options.slowMs) {
    results.push({
      id: 'health',
      target: name,
      status: 'fail',
      detail: `${url}/health is slow: ${health.ms} ms (limit ${options.slowMs} ms)`,
      fix: 'the event loop is blocked or the host is overloaded: check CPU, memory and the logs; if it is only slow to start, raise the health check start period or timeout',
    });
  } else {
    results.push({
      id: 'health',
      target: name,
      status: 'pass',
      detail: `${url}/health 200 in ${health.ms} ms`,
    });
  }

  const ready = await probe(`${url}/ready`, options.timeoutMs);
  if (ready.kind !== 'answered') {
    results.push({
      id: 'ready',
      target: name,
      status: 'fail',
      detail: `${url}/ready: ${ready.message}`,
      fix: 'a dependency check hangs: read the logs ("dependency not ready") and check each dependency',
    });
  } else if (ready.status === 200) {
    results.push({ id: 'ready', target: name, status: 'pass', detail: 'every readiness check passes' });
  } else {
    const checks = (ready.body as { checks?: Record<string, string> })?.checks ?? {};
    const failing = Object.entries(checks).filter(([, v]) => v !== 'ok');
    if (failing.length === 0) {
      results.push({
        id: 'ready',
        target: name,
        status: 'fail',
        detail: `${url}/ready answered ${ready.status}`,
        fix: 'read the logs for "dependency not ready"',
      });
    }
    for (const [check, state] of failing) {
      results.push({
        id: 'ready',
        target: name,
        status: 'fail',
        detail: `readiness check "${check}" is ${state}`,
        fix: readyFix(check),
      });
    }
  }

  if (!options.token) {
    results.push({
      id: 'mode',
      target: name,
      status: 'warn',
      detail: 'mode not checked: no token for GET /internal/runtime',
      fix: 'pass --token or set INTERNAL_SERVICE_TOKEN',
    });
    return results;
  }
  const runtime = await probe(`${url}/internal/runtime`, options.timeoutMs, {
    'x-internal-token': options.token,
  });
  if (runtime.kind !== 'answered' || runtime.status !== 200) {
    const rejected = runtime.kind === 'answered' && (runtime.status === 401 || runtime.status === 403);
    results.push({
      id: 'mode',
      target: name,
      status: 'warn',
      detail: `mode not checked: /internal/runtime ${runtime.kind === 'answered' ? `answered ${runtime.status}` : runtime.message}`,
      fix: rejected
        ? 'the service runs with another INTERNAL_SERVICE_TOKEN: give this command the deployment token'
        : 'deploy a build whose runtime serves GET /internal/runtime',
    });
    return results;
  }
  const report = runtime.body as {
    mode?: string;
    server?: string;
    workers?: number;
    logFormat?: string;
    pid?: number;
  };
  const signs: string[] = [];
  if (report.mode === 'development') signs.push('mode is development (NODE_ENV=development)');
  if (report.logFormat === 'pretty') signs.push('pretty logs');
  if (report.server !== 'george-serve')
    signs.push(`served by plain ${report.server ?? 'node'}, not george-serve`);
  results.push(
    signs.length > 0
      ? {
          id: 'mode',
          target: name,
          status: 'fail',
          detail: `runs in development: ${signs.join(', ')}; stack traces reach clients`,
          fix: DEV_FIX,
        }
      : {
          id: 'mode',
          target: name,
          status: 'pass',
          detail: `production under george-serve, ${report.workers} workers`,
        },
  );
  const inspector = inspectorFlags(url, report.pid);
  if (inspector) {
    results.push({
      id: 'inspector',
      target: name,
      status: 'fail',
      detail: `process ${report.pid} runs with ${inspector}`,
      fix: 'remove the inspector flag from the command and NODE_OPTIONS and restart',
    });
  }
  return results;
}

const INSPECTOR_FLAG = /(^|\s)--(inspect|debug)[\w-]*(=\S*)?(?=\s|$)/;

/** For a service on this host: the inspector flag in its command line or NODE_OPTIONS, if any. */
function inspectorFlags(url: string, pid: number | undefined): string | undefined {
  const host = new URL(url).hostname;
  if (!pid || !['127.0.0.1', 'localhost', '[::1]'].includes(host)) return undefined;
  try {
    const cmdline = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').join(' ');
    const inCmd = INSPECTOR_FLAG.exec(cmdline);
    if (inCmd) return inCmd[0].trim();
    const environ = readFileSync(`/proc/${pid}/environ`, 'utf8').split('\0');
    const options = environ.find((e) => e.startsWith('NODE_OPTIONS='));
    const inEnv = options ? INSPECTOR_FLAG.exec(options.slice('NODE_OPTIONS='.length)) : null;
    return inEnv ? `NODE_OPTIONS ${inEnv[0].trim()}` : undefined;
  } catch {
    return undefined; // another host's process, or no /proc: nothing to say
  }
}

export async function doctor(options: DoctorOptions): Promise<CheckResult[]> {
  const source = options.source ?? process.env;
  const targets = resolveTargets(
    { ...(options.urls ? { urls: options.urls } : {}), services: options.services, host: options.host },
    source,
  );
  const timeoutMs = options.timeoutMs ?? 5000;
  const token = options.token ?? source.INTERNAL_SERVICE_TOKEN;
  const results: CheckResult[] = [checkGeorgeServe(options.root, source)];
  for (const port of options.inspectorPorts ?? [9229]) results.push(await checkInspector(port, timeoutMs));
  const perService = await Promise.all(
    targets.map((t) =>
      diagnoseService(t, { ...(token ? { token } : {}), slowMs: options.slowMs ?? 1000, timeoutMs }),
    ),
  );
  return [...results, ...perService.flat()];
}

export async function doctorCommand(
  argv: string[],
  root: string,
  source: NodeJS.ProcessEnv = process.env,
): Promise<number> {
  let results: CheckResult[];
  let json = false;
  try {
    const { values } = parseArgs({
      args: argv,
      options: {
        url: { type: 'string', multiple: true },
        services: { type: 'string' },
        host: { type: 'string' },
        token: { type: 'string' },
        'inspector-port': { type: 'string', multiple: true },
        'slow-ms': { type: 'string' },
        'timeout-ms': { type: 'string' },
        root: { type: 'string' },
        json: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
      strict: true,
      allowPositionals: false,
    });
    if (values.help) {
      console.log(DOCTOR_USAGE);
      return 0;
    }
    json = values.json ?? false;
    const inspectorPorts = (values['inspector-port'] ?? ['9229']).map((p) => {
      const n = positiveInt(p, '--inspector-port', 9229);
      if (n > 65535) throw new UsageError('--inspector-port must be a port number');
      return n;
    });
    results = await doctor({
      urls: values.url,
      services: values.services,
      host: values.host,
      token: values.token,
      inspectorPorts,
      slowMs: positiveInt(values['slow-ms'], '--slow-ms', 1000),
      timeoutMs: positiveInt(values['timeout-ms'], '--timeout-ms', 5000),
      root: values.root ?? root,
      source,
    });
  } catch (err) {
    if (isUsageMistake(err)) {
      console.error(`george doctor: ${err.message}\n${DOCTOR_USAGE}`);
      return 2;
    }
    throw err;
  }
  return reportChecks('doctor', results, json, { ok: ' -- no problem found', failed: '' });
}
