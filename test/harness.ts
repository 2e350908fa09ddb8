/**
 * The whole stack for end-to-end tests, started as `npm start` starts it: a real Chroma server,
 * then every service under george-serve in production mode on free ports, wired by their
 * *_SERVER_URL variables and one internal token.
 */
import { join } from 'node:path';
import {
  freePort,
  productionEnv,
  REPO_ROOT,
  type RunningProcess,
  startProcess,
  startServe,
  tempDir,
  waitForHttp,
} from '@george/runtime/testing';

export const OPERATOR = { email: 'operator@example.com', password: 'operator-password-1' };

export interface Stack {
  api: string;
  urls: Record<string, string>;
  procs: Record<string, RunningProcess>;
  dataDir: string;
  /** Starts one more backend on the same data with other settings (e.g. a configured model). */
  startBackend(env: NodeJS.ProcessEnv): Promise<RunningProcess>;
  stop(): Promise<void>;
}

const SERVICES = ['billing', 'auth', 'filesystem', 'git', 'chroma', 'external-data'] as const;

export async function startStack(options: { env?: Record<string, NodeJS.ProcessEnv> } = {}): Promise<Stack> {
  const data = tempDir('george-stack-');
  const dir = (name: string) => join(data.path, name);
  const procs: Record<string, RunningProcess> = {};
  const chromaPort = await freePort();
  procs.chromadb = startProcess(
    join(REPO_ROOT, 'node_modules/.bin/chroma'),
    ['run', '--path', dir('chromadb'), '--host', '127.0.0.1', '--port', String(chromaPort)],
    { ...process.env },
    chromaPort,
  );
  const ports: Record<string, number> = {};
  for (const name of SERVICES) ports[name] = await freePort();
  const urls: Record<string, string> = {};
  for (const [name, port] of Object.entries(ports)) urls[name] = `http://127.0.0.1:${port}`;
  const common: NodeJS.ProcessEnv = {
    AUTH_SERVER_URL: urls.auth,
    BILLING_SERVER_URL: urls.billing,
    FILESYSTEM_SERVER_URL: urls.filesystem,
    GIT_SERVER_URL: urls.git,
    CHROMA_SERVER_URL: urls.chroma,
    EXTERNAL_DATA_SERVER_URL: urls['external-data'],
    CHROMA_URL: `http://127.0.0.1:${chromaPort}`,
  };
  try {
    await waitForHttp(`${common.CHROMA_URL}/api/v2/heartbeat`, 60_000, procs.chromadb.proc);
    const started = await Promise.all(
      SERVICES.map((name) =>
        startServe({
          app: `services/${name}/dist/app.js`,
          port: ports[name] as number,
          env: {
            ...common,
            DATA_DIR: dir(name),
            ...(name === 'auth'
              ? {
                  BOOTSTRAP_OPERATOR_EMAIL: OPERATOR.email,
                  BOOTSTRAP_OPERATOR_PASSWORD: OPERATOR.password,
                  ARGON2_MEMORY_KIB: '7168',
                  ARGON2_TIME_COST: '2',
                }
              : {}),
            ...options.env?.[name],
          },
        }),
      ),
    );
    SERVICES.forEach((name, i) => {
      procs[name] = started[i] as RunningProcess;
    });
  } catch (err) {
    await Promise.all(Object.values(procs).map((p) => p.stop('SIGKILL')));
    data.remove();
    throw err;
  }
  const backendEnv = (extra: NodeJS.ProcessEnv): NodeJS.ProcessEnv => ({
    ...common,
    DATA_DIR: dir('backend'),
    JOB_POLL_MS: '100',
    SAGA_LEASE_MS: '1500',
    JOB_BACKOFF_MS: '200',
    ...options.env?.backend,
    ...extra,
  });
  procs.backend = await startServe({
    app: 'services/backend/dist/app.js',
    workers: 2,
    readyPath: '/ready',
    env: backendEnv({}),
  });
  let extraBackends = 0;
  return {
    api: procs.backend.url,
    urls,
    procs,
    dataDir: data.path,
    async startBackend(env) {
      extraBackends += 1;
      const proc = await startServe({
        app: 'services/backend/dist/app.js',
        workers: 1,
        readyPath: '/ready',
        env: backendEnv({ JOB_RUNNER: 'false', ...env }),
      });
      procs[`backend${extraBackends}`] = proc;
      return proc;
    },
    async stop() {
      const { chromadb, ...services } = procs;
      await Promise.all(Object.values(services).map((p) => p.stop()));
      await chromadb?.stop();
      data.remove();
    },
  };
}

export { productionEnv, REPO_ROOT };
