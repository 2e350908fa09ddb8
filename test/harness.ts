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
  startServe,
  tempDir,
} from '@george/runtime/testing';

export const OPERATOR = { email: 'operator@example.com', password: 'operator-password-1' };

export interface Stack {
  api: string;
  urls: Record<string, string>;
  /** The running processes by name (the internal services, `backend`); a restart replaces the entry. */
  procs: Record<string, RunningProcess>;
  dataDir: string;
  /** The fixed port of every process (`backend` included): restarts keep them. */
  ports: Record<string, number>;
  /** Starts one more backend on the same data with other settings (e.g. a configured model). */
  startBackend(env: NodeJS.ProcessEnv): Promise<RunningProcess>;
  /** Stops one process (SIGTERM unless told otherwise) and keeps its data. */
  stopService(name: StackService, signal?: NodeJS.Signals): Promise<number | string>;
  /** Starts a stopped process again on its port, data directory and settings; waits until it answers. */
  startService(name: StackService): Promise<RunningProcess>;
  /** stopService then startService. */
  restart(name: StackService, signal?: NodeJS.Signals): Promise<RunningProcess>;
  stop(): Promise<void>;
}

const SERVICES = ['billing', 'auth', 'filesystem', 'git', 'chroma', 'external-data'] as const;
export type StackService = (typeof SERVICES)[number] | 'backend';

export interface StackOptions {
  /** Extra settings per service (`backend` included). */
  env?: Record<string, NodeJS.ProcessEnv>;
  /** george-serve workers of each internal service (default 1; the backend always has 2). */
  workers?: number;
  /**
   * Start the internal services one at a time, so that on a busy machine no worker misses
   * george-serve's start deadline (always so with several workers each).
   */
  oneAtATime?: boolean;
}

export async function startStack(options: StackOptions = {}): Promise<Stack> {
  const data = tempDir('george-stack-');
  const dir = (name: string) => join(data.path, name);
  const procs: Record<string, RunningProcess> = {};
  const ports: Record<string, number> = {};
  for (const name of [...SERVICES, 'backend']) ports[name] = await freePort();
  const urls: Record<string, string> = {};
  for (const name of SERVICES) urls[name] = `http://127.0.0.1:${ports[name]}`;
  const common: NodeJS.ProcessEnv = {
    AUTH_SERVER_URL: urls.auth,
    BILLING_SERVER_URL: urls.billing,
    FILESYSTEM_SERVER_URL: urls.filesystem,
    GIT_SERVER_URL: urls.git,
    CHROMA_SERVER_URL: urls.chroma,
    EXTERNAL_DATA_SERVER_URL: urls['external-data'],
  };
  const serviceEnv = (name: (typeof SERVICES)[number]): NodeJS.ProcessEnv => ({
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
  });
  const backendEnv = (extra: NodeJS.ProcessEnv): NodeJS.ProcessEnv => ({
    ...common,
    DATA_DIR: dir('backend'),
    JOB_POLL_MS: '100',
    SAGA_LEASE_MS: '1500',
    JOB_BACKOFF_MS: '200',
    ...options.env?.backend,
    ...extra,
  });
  const startOne = async (name: StackService): Promise<RunningProcess> => {
    let proc: RunningProcess;
    if (name === 'backend') {
      proc = await startServe({
        app: 'services/backend/dist/app.js',
        workers: 2,
        port: ports.backend,
        readyPath: '/ready',
        env: backendEnv({}),
      });
    } else {
      proc = await startServe({
        app: `services/${name}/dist/app.js`,
        workers: options.workers ?? 1,
        port: ports[name],
        env: serviceEnv(name),
      });
    }
    procs[name] = proc;
    return proc;
  };
  try {
    if (options.oneAtATime || (options.workers ?? 1) > 1) for (const name of SERVICES) await startOne(name);
    else {
      // Every start settles before any cleanup, so none is left running if another failed.
      const results = await Promise.allSettled(SERVICES.map((name) => startOne(name)));
      const failed = results.find((r) => r.status === 'rejected');
      if (failed) throw failed.reason;
    }
    await startOne('backend');
  } catch (err) {
    await Promise.all(Object.values(procs).map((p) => p.stop('SIGKILL')));
    data.remove();
    throw err;
  }
  let extraBackends = 0;
  const stopService = (name: StackService, signal: NodeJS.Signals = 'SIGTERM') =>
    (procs[name] as RunningProcess).stop(signal);
  return {
    api: `http://127.0.0.1:${ports.backend}`,
    urls,
    procs,
    dataDir: data.path,
    ports,
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
    stopService,
    startService: startOne,
    async restart(name, signal) {
      await stopService(name, signal);
      return startOne(name);
    },
    async stop() {
      await Promise.all(Object.values(procs).map((p) => p.stop()));
      data.remove();
    },
  };
}

export { productionEnv, REPO_ROOT };
