/**
 * `george preflight` and `george doctor` against real services: git and billing under george-serve
 * (production, two workers), a git service with one worker and a broken dependency, a git service
 * in development mode with the inspector on, a stopped one, and good and bad configuration files.
 */
import { writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { join } from 'node:path';
import {
  freePort,
  REPO_ROOT,
  type RunningProcess,
  runToExit,
  startProcess,
  startServe,
  TEST_TOKEN,
  tempDir,
  waitForHttp,
} from '@george/runtime/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { doctor } from '../src/doctor.js';
import { preflight } from '../src/preflight.js';
import { type CheckResult, interpolate, parseEnvFile, publicAddressProblem } from '../src/targets.js';

const CLI = join(REPO_ROOT, 'tools/bin/george.js');
const dirs: { remove(): void }[] = [];
const procs: RunningProcess[] = [];

function dir(): string {
  const d = tempDir('george-ops-');
  dirs.push(d);
  return d.path;
}

function envFile(lines: string[]): string {
  const file = join(dir(), 'deploy.env');
  writeFileSync(file, `${lines.join('\n')}\n`);
  return file;
}

const GOOD_ENV = [
  '# production environment of the stack',
  'NODE_ENV=production',
  `INTERNAL_SERVICE_TOKEN="${TEST_TOKEN}"`,
  'LOG_LEVEL=info',
  'AUTH_SERVER_URL=http://auth:6001',
  'FILESYSTEM_SERVER_URL=http://10.0.3.7:6002',
  'CHROMA_SERVER_URL=http://chroma.george.svc.cluster.local:6003',
  'BILLING_SERVER_URL=http://192.168.10.4:6004',
  'export GIT_SERVER_URL=http://127.0.0.1:6005',
  'EXTERNAL_DATA_SERVER_URL=http://external-data:6006',
];

function find(results: CheckResult[], id: string, target: string): CheckResult {
  const found = results.find((r) => r.id === id && r.target === target);
  if (!found) throw new Error(`no result ${id} [${target}] in ${JSON.stringify(results, null, 1)}`);
  return found;
}

let git: RunningProcess;
let billing: RunningProcess;
let gitOneWorker: RunningProcess;
let devGit: RunningProcess;
let inspectorPort: number;

beforeAll(async () => {
  [git, billing, gitOneWorker] = await Promise.all([
    startServe({ app: 'services/git/dist/app.js', workers: 2, env: { DATA_DIR: dir() } }),
    startServe({ app: 'services/billing/dist/app.js', workers: 2, env: { DATA_DIR: dir() } }),
    // One worker, and a dependency that fails its readiness check.
    startServe({
      app: 'services/git/dist/app.js',
      workers: 1,
      env: { DATA_DIR: dir(), GIT_BINARY: '/nonexistent/bin/git' },
    }),
  ]);
  procs.push(git, billing, gitOneWorker);

  // The troubleshooting case: `node --inspect ... main.js` with NODE_ENV=development.
  const port = await freePort();
  inspectorPort = await freePort();
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: 'development',
    HOST: '127.0.0.1',
    PORT: String(port),
    DATA_DIR: dir(),
    INTERNAL_SERVICE_TOKEN: TEST_TOKEN,
  };
  for (const key of ['NODE_OPTIONS', 'VITEST', 'VITEST_POOL_ID', 'VITEST_WORKER_ID']) delete env[key];
  devGit = startProcess(
    process.execPath,
    [`--inspect=127.0.0.1:${inspectorPort}`, join(REPO_ROOT, 'services/git/dist/main.js')],
    env,
    port,
  );
  procs.push(devGit);
  await waitForHttp(`${devGit.url}/health`, 60_000, devGit.proc);
});

afterAll(async () => {
  await Promise.all(procs.map((p) => p.stop()));
  for (const d of dirs) d.remove();
});

describe('addresses, env files and compose interpolation', () => {
  it.each([
    'http://127.0.0.1:6001',
    'http://localhost:6001',
    'http://10.1.2.3:6001',
    'http://172.20.0.5:6001',
    'http://192.168.1.10:6001',
    'http://100.64.3.2:6001',
    'http://[::1]:6001',
    'http://[fd12:3456::1]:6001',
    'http://auth:6001',
    'http://auth.george.svc.cluster.local:6001',
    'http://auth.george.svc:6001',
    'http://billing.internal:6004',
  ])('%s is internal', (url) => {
    expect(publicAddressProblem(url)).toBeUndefined();
  });

  it.each([
    ['http://8.8.8.8:6001', 'public IP'],
    ['http://172.32.0.1:6001', 'public IP'],
    ['https://auth.example.com', 'public domain'],
    ['http://[2001:4860:4860::8888]:6001', 'public IPv6'],
    ['ftp://auth:21', 'not an http'],
    ['auth:6001', 'not an http'],
  ])('%s is not internal', (url, why) => {
    expect(publicAddressProblem(url)).toContain(why);
  });

  it('parses env files: comments, export, quotes', () => {
    expect(
      parseEnvFile('# c\nexport A=1\nB="two words"\nC=\'x#y\'\nD=plain # comment\n\nE=\nnot a line\n'),
    ).toEqual({ A: '1', B: 'two words', C: 'x#y', D: 'plain', E: '' });
  });

  it('interpolates like compose and names the required variables that are missing', () => {
    // biome-ignore lint/suspicious/noTemplateCurlyInString: compose syntax, not a JavaScript template
    const mixed = '${A:-d}/${B-e}/$C/$$x';
    // biome-ignore lint/suspicious/noTemplateCurlyInString: compose syntax, not a JavaScript template
    const required = '${TOKEN:?set it}';
    expect(interpolate(mixed, { A: '', C: 'c' })).toEqual({ value: 'd/e/c/$x', missing: [] });
    expect(interpolate(required, {})).toEqual({ value: '', missing: ['TOKEN'] });
    expect(interpolate(required, { TOKEN: 't' })).toEqual({ value: 't', missing: [] });
  });
});

describe('george preflight', () => {
  it('passes every item for a good env file and george-serve services (CLI, exit 0)', async () => {
    const file = envFile(GOOD_ENV);
    const run = await runToExit(
      process.execPath,
      [
        CLI,
        'preflight',
        '--env-file',
        file,
        '--url',
        `git=${git.url}`,
        '--url',
        `billing=${billing.url}`,
        '--json',
      ],
      { env: { ...process.env, INTERNAL_SERVICE_TOKEN: '' } },
    );
    expect(run.stderr).toBe('');
    const report = JSON.parse(run.stdout) as { ok: boolean; results: CheckResult[] };
    expect(report.results.filter((r) => r.status !== 'pass')).toEqual([]);
    expect(report.ok).toBe(true);
    expect(run.code).toBe(0);
    const ids = report.results.map((r) => `${r.id} [${r.target}]`);
    for (const id of ['node-env', 'dev-mode', 'service-urls', 'token', 'log-level']) {
      expect(ids).toContain(`${id} [deploy.env]`);
    }
    for (const service of ['git', 'billing']) {
      for (const id of ['health', 'ready', 'workers', 'logs']) expect(ids).toContain(`${id} [${service}]`);
    }
    expect(find(report.results, 'workers', 'git').detail).toBe('george-serve, 2 workers, production');
  });

  it('fails every configuration item of a bad env file, one line each with the fix (CLI, exit 1)', async () => {
    const file = envFile([
      'NODE_ENV=development',
      'DEV_MODE=true',
      'BILLING_DEV_MODE=1',
      'INTERNAL_SERVICE_TOKEN=changeme',
      'LOG_LEVEL=debug',
      'AUTH_SERVER_URL=https://auth.example.com',
      'GIT_SERVER_URL=http://8.8.8.8:6005',
      'BILLING_SERVER_URL=http://billing:6004',
    ]);
    const run = await runToExit(
      process.execPath,
      [CLI, 'preflight', '--env-file', file, '--url', `git=${git.url}`],
      {
        env: { ...process.env, INTERNAL_SERVICE_TOKEN: '' },
      },
    );
    expect(run.code).toBe(1);
    const lines = run.stdout.trim().split('\n');
    const line = (prefix: string) => lines.find((l) => l.startsWith(prefix)) ?? '';
    expect(line('FAIL  node-env [deploy.env]')).toMatch(/"development".*fix: set NODE_ENV=production/);
    expect(line('FAIL  dev-mode [deploy.env]')).toMatch(/BILLING_DEV_MODE=1, DEV_MODE=true.*fix: remove/);
    const urls = line('FAIL  service-urls [deploy.env]');
    expect(urls).toContain(
      'AUTH_SERVER_URL=https://auth.example.com: auth.example.com is a public domain name',
    );
    expect(urls).toContain('8.8.8.8 is a public IP address');
    expect(urls).not.toContain('BILLING_SERVER_URL');
    expect(line('FAIL  token [deploy.env]')).toMatch(/placeholder.*fix: set INTERNAL_SERVICE_TOKEN/);
    expect(line('FAIL  log-level [deploy.env]')).toMatch(/"debug".*fix: set LOG_LEVEL=info/);
    // The running service answers, but not to the env file's token.
    expect(line('PASS  health [git]')).not.toBe('');
    expect(line('FAIL  workers [git]')).toMatch(/another INTERNAL_SERVICE_TOKEN/);
    expect(lines.at(-1)).toMatch(/^preflight: .* fail -- NOT ready for production$/);
  });

  it('fails a service with one worker and a failing readiness check, naming the check', async () => {
    const results = await preflight({
      envFile: envFile(GOOD_ENV),
      urls: [`git=${gitOneWorker.url}`],
      source: {},
    });
    expect(find(results, 'health', 'git').status).toBe('pass');
    const ready = find(results, 'ready', 'git');
    expect(ready.status).toBe('fail');
    expect(ready.detail).toContain('503: failing git');
    const workers = find(results, 'workers', 'git');
    expect(workers.status).toBe('fail');
    expect(workers.detail).toContain('1 worker(s), fewer than 2');
    expect(workers.fix).toContain('george-serve -w 4');
    expect(find(results, 'logs', 'git').status).toBe('pass');
  });

  it('fails a service in development mode: plain node, development, pretty debug logs', async () => {
    const results = await preflight({ envFile: envFile(GOOD_ENV), urls: [`git=${devGit.url}`], source: {} });
    const workers = find(results, 'workers', 'git');
    expect(workers.status).toBe('fail');
    expect(workers.detail).toContain('server is "node", not george-serve');
    expect(workers.detail).toContain('mode is "development"');
    const logs = find(results, 'logs', 'git');
    expect(logs.status).toBe('fail');
    expect(logs.detail).toContain('logs are "pretty", not JSON lines');
    expect(logs.detail).toContain('log level is "debug"');
  });

  it('fails a stopped service: connection refused', async () => {
    const port = await freePort();
    const results = await preflight({
      envFile: envFile(GOOD_ENV),
      urls: [`auth=http://127.0.0.1:${port}`],
      source: {},
    });
    const health = find(results, 'health', 'auth');
    expect(health.status).toBe('fail');
    expect(health.detail).toContain('connection refused');
    expect(find(results, 'workers', 'auth').status).toBe('fail');
  });

  it('checks a compose service: the production file passes with the token in the environment', async () => {
    const results = await preflight({
      compose: join(REPO_ROOT, 'docker-compose.prod.yml'),
      composeServices: ['git'],
      urls: [`git=${git.url}`],
      source: { INTERNAL_SERVICE_TOKEN: TEST_TOKEN },
    });
    expect(results.filter((r) => r.status !== 'pass')).toEqual([]);
    expect(find(results, 'service-urls', 'docker-compose.prod.yml:git').detail).toBe(
      '6 *_SERVER_URL internal',
    );
    expect(find(results, 'command', 'docker-compose.prod.yml:git').status).toBe('pass');
  });

  it('checks every George service of the production compose file', async () => {
    const results = await preflight({
      compose: join(REPO_ROOT, 'docker-compose.prod.yml'),
      services: 'billing',
      urls: [`billing=${billing.url}`],
      source: {
        INTERNAL_SERVICE_TOKEN: TEST_TOKEN,
        NEO4J_PASSWORD: 'a-neo4j-password',
        BOOTSTRAP_OPERATOR_PASSWORD: 'an-operator-password',
      },
    });
    expect(results.filter((r) => r.status !== 'pass')).toEqual([]);
    const targets = new Set(results.filter((r) => r.id === 'node-env').map((r) => r.target));
    expect(targets.size).toBe(8);
    expect(targets).toContain('docker-compose.prod.yml:frontend');
    expect(targets).not.toContain('docker-compose.prod.yml:neo4j');
  });

  it('checks a compose service: the required token missing from the environment fails', async () => {
    const results = await preflight({
      compose: join(REPO_ROOT, 'docker-compose.prod.yml'),
      composeServices: ['backend'],
      services: 'git',
      urls: [`git=${git.url}`],
      token: TEST_TOKEN,
      source: {},
    });
    const token = find(results, 'token', 'docker-compose.prod.yml:backend');
    expect(token.status).toBe('fail');
    expect(token.detail).toContain('needs INTERNAL_SERVICE_TOKEN from the environment');
    // The running services are still checked with the token given on the command line.
    expect(find(results, 'workers', 'git').status).toBe('pass');
  });

  it('fails the development compose file for every George service in it', async () => {
    const results = await preflight({
      compose: join(REPO_ROOT, 'docker-compose.dev.yml'),
      urls: [`git=${git.url}`],
      token: TEST_TOKEN,
      source: {},
    });
    const nodeEnv = results.filter((r) => r.id === 'node-env');
    expect(nodeEnv).toHaveLength(8);
    for (const r of nodeEnv) expect(r.status).toBe('fail');
    for (const r of results.filter((x) => x.id === 'log-level')) expect(r.status).toBe('fail');
    const command = find(results, 'command', 'docker-compose.dev.yml:backend');
    expect(command.status).toBe('fail');
    expect(command.detail).toContain('command: npm run dev -w @george/backend');
    expect(results.filter((r) => r.id === 'command' && r.status === 'fail')).toHaveLength(8);
  });

  it('rejects bad arguments with the usage (exit 2)', async () => {
    const run = await runToExit(process.execPath, [CLI, 'preflight', '--url', 'nosuch=http://x']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('unknown service "nosuch"');
    expect(run.stderr).toContain('usage: george preflight');
  });
});

describe('george doctor', () => {
  it('finds nothing wrong with a healthy production service (CLI, exit 0)', async () => {
    const run = await runToExit(
      process.execPath,
      [
        CLI,
        'doctor',
        '--url',
        `git=${git.url}`,
        '--url',
        `billing=${billing.url}`,
        '--token',
        TEST_TOKEN,
        '--inspector-port',
        String(await freePort()),
      ],
      { env: { ...process.env, INTERNAL_SERVICE_TOKEN: '' } },
    );
    expect(run.stdout).not.toContain('FAIL');
    expect(run.stdout).toMatch(/PASS {2}mode \[git\] +production under george-serve, 2 workers/);
    expect(run.stdout).toMatch(/PASS {2}george-serve \[.*\] +found at .*node_modules\/\.bin\/george-serve/);
    expect(run.code).toBe(0);
  });

  it('finds a development service with an open inspector, and says how to fix both', async () => {
    const results = await doctor({
      urls: [`git=${devGit.url}`],
      token: TEST_TOKEN,
      inspectorPorts: [inspectorPort],
      root: REPO_ROOT,
      source: {},
    });
    const mode = find(results, 'mode', 'git');
    expect(mode.status).toBe('fail');
    expect(mode.detail).toContain('mode is development');
    expect(mode.detail).toContain('pretty logs');
    expect(mode.fix).toContain('george-serve -w 4');
    const open = find(results, 'inspector', `127.0.0.1:${inspectorPort}`);
    expect(open.status).toBe('fail');
    expect(open.detail).toContain('a Node inspector is open');
    expect(open.detail).toContain('main.js');
    expect(open.fix).toContain('NODE_OPTIONS');
    const flag = find(results, 'inspector', 'git');
    expect(flag.detail).toContain(`--inspect=127.0.0.1:${inspectorPort}`);
  });

  it('finds a stopped service (refused) and a failing readiness check, with the fix for each', async () => {
    const stopped = await freePort();
    const results = await doctor({
      urls: [`auth=http://127.0.0.1:${stopped}`, `git=${gitOneWorker.url}`],
      token: TEST_TOKEN,
      inspectorPorts: [await freePort()],
      root: REPO_ROOT,
      source: {},
    });
    const refused = find(results, 'health', 'auth');
    expect(refused.status).toBe('fail');
    expect(refused.detail).toContain('connection refused');
    expect(refused.fix).toContain('start it');
    const ready = find(results, 'ready', 'git');
    expect(ready.status).toBe('fail');
    expect(ready.detail).toBe('readiness check "git" is failing');
    expect(ready.fix).toContain('GIT_BINARY');
    expect(find(results, 'mode', 'git').status).toBe('pass');
  });

  it('finds a slow health check and one that never answers', async () => {
    const hold: Server = createServer((req, res) => {
      if (req.url === '/health') setTimeout(() => res.end('{"status":"ok"}'), 400);
      // /ready never answers
    });
    const port = await freePort();
    await new Promise<void>((r) => hold.listen(port, '127.0.0.1', r));
    try {
      const results = await doctor({
        urls: [`billing=http://127.0.0.1:${port}`],
        slowMs: 100,
        timeoutMs: 2000,
        inspectorPorts: [await freePort()],
        root: REPO_ROOT,
        source: {},
      });
      const health = find(results, 'health', 'billing');
      expect(health.status).toBe('fail');
      expect(health.detail).toContain('is slow');
      expect(health.fix).toContain('event loop');
      const ready = find(results, 'ready', 'billing');
      expect(ready.status).toBe('fail');
      expect(ready.detail).toContain('no answer within 2000 ms');
      expect(find(results, 'mode', 'billing').status).toBe('warn');
    } finally {
      hold.closeAllConnections();
      hold.close();
    }
  });

  it('finds george-serve missing from node_modules/.bin and PATH', async () => {
    const empty = dir();
    const results = await doctor({
      root: empty,
      services: 'git',
      urls: [`git=${git.url}`],
      source: { PATH: empty },
    });
    const serve = find(results, 'george-serve', empty);
    expect(serve.status).toBe('fail');
    expect(serve.detail).toContain('george-serve: command not found');
    expect(serve.fix).toContain('npm ci');
    const run = await runToExit(
      process.execPath,
      [CLI, 'doctor', '--root', empty, '--services', 'git', '--url', `git=${git.url}`],
      {
        env: { ...process.env, PATH: empty, INTERNAL_SERVICE_TOKEN: '' },
      },
    );
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/FAIL {2}george-serve/);
  });
});
