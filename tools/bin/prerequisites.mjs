#!/usr/bin/env node
// `npm test` runs this first: it checks what the tests need on this machine and says exactly what
// is missing and how to get it. What the project installs itself (as .ci/run does) it installs:
// the Neo4j launcher and the embedding models (Maven Central). Plain Node, no dependencies.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { connect } from 'node:net';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const postgresUrl = new URL(process.env.TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/test');
const redisUrl = new URL(process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379');
const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Sends `send` (if any) to host:port and resolves with what came back first, or an error text. */
function talk(host, port, send) {
  return new Promise((resolveTalk) => {
    const socket = connect({ host, port, timeout: 2000 });
    const done = (result) => {
      socket.destroy();
      resolveTalk(result);
    };
    socket.on('connect', () => (send ? socket.write(send) : done({ ok: true })));
    socket.on('data', (data) => done({ ok: true, reply: data.toString() }));
    socket.on('timeout', () => done({ ok: false, reason: 'no answer in 2 s' }));
    socket.on('error', (err) => done({ ok: false, reason: err.code ?? err.message }));
  });
}

/** A command's first output line, or undefined when it cannot run. */
function version(command, args) {
  const result = spawnSync(command, args, { encoding: 'utf8' });
  if (result.error || result.status !== 0) return undefined;
  return `${result.stdout}${result.stderr}`
    .split('\n')
    .find((l) => l.trim() !== '')
    ?.trim();
}

const checks = [
  {
    name: `PostgreSQL on ${postgresUrl.host}`,
    async test() {
      const r = await talk(postgresUrl.hostname, Number(postgresUrl.port || 5432));
      return r.ok ? undefined : r.reason;
    },
    fix: 'install and start it: apt-get install -y postgresql && pg_ctlcluster "$(ls /etc/postgresql)" main start; the tests connect as postgres with trust authentication to a database named test (or set TEST_POSTGRES_URL)',
  },
  {
    name: `Redis on ${redisUrl.host}`,
    async test() {
      const r = await talk(redisUrl.hostname, Number(redisUrl.port || 6379), 'PING\r\n');
      if (!r.ok) return r.reason;
      return r.reply?.startsWith('+PONG') ? undefined : `answered ${JSON.stringify(r.reply?.trim())}`;
    },
    fix: 'install and start it: apt-get install -y redis-server && redis-server --daemonize yes --bind 127.0.0.1 --port 6379 --save "" (or set TEST_REDIS_URL)',
  },
  {
    name: `Chromium at ${chromiumPath}`,
    async test() {
      return existsSync(chromiumPath) ? undefined : 'not installed';
    },
    fix: "apt-get install -y --no-install-recommends chromium (the web app's browser tests drive it)",
  },
  {
    name: 'git',
    async test() {
      return version('git', ['--version']) ? undefined : 'not on PATH';
    },
    fix: 'apt-get install -y git',
  },
  {
    name: 'Java 17 or later',
    async test() {
      const v = version('java', ['-version']);
      if (!v) return 'not on PATH';
      const major = Number(/version "(\d+)/.exec(v)?.[1] ?? 0);
      return major >= 17 ? undefined : `found ${v}`;
    },
    fix: 'apt-get install -y openjdk-17-jre-headless (Neo4j runs on it in the graph store tests)',
  },
  {
    name: 'Maven',
    async test() {
      return version('mvn', ['-v']) ? undefined : 'not on PATH';
    },
    fix: 'apt-get install -y maven (it fetches the Neo4j jars from Maven Central once)',
  },
];

/** What the project installs itself, as .ci/run does, once the tools above are there. */
function installSteps(missing) {
  const steps = [];
  if (!missing.has('Java 17 or later') && !missing.has('Maven')) {
    steps.push({ name: 'the Neo4j launcher (tools/neo4j)', command: 'bash', args: ['tools/neo4j/build.sh'] });
  }
  // The chroma service's models (the default and the one its pooling tests use), as .ci/run installs them.
  const models = ['bge-small-en-v1.5-q', 'all-minilm-l6-v2'];
  const installer = join(root, 'tools/models/install.sh');
  const modelsDir = process.env.EMBEDDINGS_MODELS_DIR || join(root, 'models');
  if (existsSync(installer) && models.some((m) => !existsSync(join(modelsDir, m, 'model.json')))) {
    steps.push({ name: 'the embedding models', command: 'bash', args: [installer, ...models] });
  }
  return steps;
}

const problems = [];
for (const check of checks) {
  const reason = await check.test();
  if (reason) problems.push({ name: check.name, reason, fix: check.fix });
}
const missing = new Set(problems.map((p) => p.name));
for (const step of installSteps(missing)) {
  const result = spawnSync(step.command, step.args, { cwd: root, encoding: 'utf8' });
  if (result.status !== 0) {
    problems.push({
      name: step.name,
      reason: (result.stderr || result.stdout || `exit ${result.status}`)
        .trim()
        .split('\n')
        .slice(-3)
        .join(' '),
      fix: `run ${[step.command, ...step.args].join(' ')} and read its output`,
    });
  }
}
if (problems.length > 0) {
  console.error('npm test: the tests need these, which are missing on this machine:');
  for (const p of problems) console.error(`  - ${p.name}: ${p.reason}\n    fix: ${p.fix}`);
  console.error('(.ci/run installs and starts all of them on a fresh machine of this kind.)');
  process.exit(1);
}
console.log(
  'npm test: prerequisites found (PostgreSQL, Redis, Chromium, git, Java, Maven, Neo4j launcher, models)',
);
