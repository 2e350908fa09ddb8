import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { SERVICE_PORTS } from '@george/runtime';
import { STACK_SERVICES, type StackService, serviceEnv, stackSettings } from './stack.js';

interface Child {
  name: string;
  proc: ChildProcess;
  readyUrl: string;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function answers(url: string): Promise<boolean> {
  try {
    const res = await fetch(url, { signal: AbortSignal.timeout(2000) });
    return res.ok;
  } catch {
    return false;
  }
}

/**
 * `george up`: the whole stack on the embedded defaults (vectors in LanceDB inside the chroma
 * service; a Chroma server only when CHROMA_URL names one): the eight services under george-serve (production) or their dev servers (`--dev`), on their
 * fixed ports on 127.0.0.1, all data under GEORGE_DATA_DIR. Ctrl-C or SIGTERM stops everything.
 */
export async function up(root: string, options: { dev: boolean }): Promise<void> {
  const settings = stackSettings(root);
  const logs = join(settings.dataDir, 'logs');
  mkdirSync(logs, { recursive: true });
  const children: Child[] = [];
  let stopping = false;

  const start = (
    name: string,
    command: string,
    args: string[],
    env: NodeJS.ProcessEnv,
    readyUrl: string,
    cwd = root,
  ) => {
    const log = createWriteStream(join(logs, `${name}.log`), { flags: 'a' });
    const proc = spawn(command, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    proc.stdout?.pipe(log);
    proc.stderr?.pipe(log);
    proc.once('exit', (code, signal) => {
      if (!stopping) {
        console.error(
          `george: ${name} stopped unexpectedly (${signal ?? `exit ${code}`}); see ${join(logs, `${name}.log`)}`,
        );
        void stop(1);
      }
    });
    children.push({ name, proc, readyUrl });
  };

  const stop = async (code: number) => {
    if (stopping) return;
    stopping = true;
    console.log('george: stopping the stack...');
    await Promise.all(
      children.map(
        (c) =>
          new Promise<void>((resolveStop) => {
            if (c.proc.exitCode !== null || c.proc.signalCode !== null) return resolveStop();
            const kill = setTimeout(() => c.proc.kill('SIGKILL'), 40_000);
            c.proc.once('exit', () => {
              clearTimeout(kill);
              resolveStop();
            });
            c.proc.kill('SIGTERM');
          }),
      ),
    );
    console.log('george: stopped');
    process.exit(code);
  };
  process.on('SIGINT', () => void stop(0));
  process.on('SIGTERM', () => void stop(0));

  if (await answers(`http://127.0.0.1:${SERVICE_PORTS.backend}/health`)) {
    throw new Error(`port ${SERVICE_PORTS.backend} already answers: is another George stack running?`);
  }

  // The chroma service's default embedding model (skipped when another provider is configured).
  const provider = process.env.EMBEDDINGS_PROVIDER ?? 'onnx';
  const model = process.env.EMBEDDINGS_MODEL || 'bge-small-en-v1.5-q';
  const modelsDir = process.env.EMBEDDINGS_MODELS_DIR || join(root, 'models');
  if (provider === 'onnx' && !existsSync(join(modelsDir, model, 'model.json'))) {
    console.log(`george: installing the embedding model ${model} (once; Maven Central)...`);
    const install = spawnSync('bash', [join(root, 'tools/models/install.sh'), model], {
      stdio: 'inherit',
      env: { ...process.env, GEORGE_MODELS_DIR: modelsDir },
    });
    if (install.status !== 0) throw new Error(`the embedding model ${model} could not be installed`);
  }

  const serveBin = join(root, 'packages/runtime/bin/george-serve.js');
  for (const name of STACK_SERVICES) {
    const port = SERVICE_PORTS[name as StackService];
    const base = { ...process.env };
    delete base.NODE_ENV;
    const env = serviceEnv(name, settings, base);
    if (options.dev && name === 'frontend') {
      env.NODE_ENV = 'development';
      // The web app in development: Vite's dev server (hot reload), /v1/api proxied to the backend.
      start(
        name,
        process.execPath,
        [
          join(root, 'node_modules/vite/bin/vite.js'),
          '--host',
          settings.host,
          '--port',
          String(port),
          '--strictPort',
        ],
        env,
        `http://127.0.0.1:${port}/`,
        join(root, 'services', name),
      );
    } else if (options.dev) {
      env.NODE_ENV = 'development';
      // The service's `npm run dev`: node --watch over its sources, through tsx.
      start(
        name,
        process.execPath,
        ['--watch-path=src', '--watch-preserve-output', '--import', 'tsx', 'src/main.ts'],
        env,
        `http://127.0.0.1:${port}/ready`,
        join(root, 'services', name),
      );
    } else {
      start(
        name,
        process.execPath,
        [
          serveBin,
          '-w',
          String(settings.workers),
          '-b',
          `${settings.host}:${port}`,
          join(root, 'services', name, 'dist/app.js'),
        ],
        env,
        `http://127.0.0.1:${port}/ready`,
      );
    }
  }

  const deadline = Date.now() + 180_000;
  const pending = new Set(children.map((c) => c.name));
  while (pending.size > 0 && !stopping) {
    for (const child of children) {
      if (pending.has(child.name) && (await answers(child.readyUrl))) pending.delete(child.name);
    }
    if (Date.now() > deadline) {
      console.error(`george: not ready after 180 s: ${[...pending].join(', ')}; see ${logs}`);
      await stop(1);
      return;
    }
    if (pending.size > 0) await sleep(250);
  }

  const mode = options.dev ? 'development (hot reload)' : `production (george-serve -w ${settings.workers})`;
  console.log(`
George is running in ${mode}.
  API:        http://127.0.0.1:${SERVICE_PORTS.backend}/v1/api   (OpenAPI: /v1/api/openapi.json)
  Web app:    http://127.0.0.1:${SERVICE_PORTS.frontend}
  Operator:   ${settings.operatorEmail}
  Password:   kept in ${join(settings.dataDir, 'secrets/operator-password')} (or BOOTSTRAP_OPERATOR_PASSWORD)
  Data:       ${settings.dataDir}    Logs: ${logs}
Press Ctrl-C to stop.`);
}
