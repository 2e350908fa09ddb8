import { AuthClient, FilesystemClient } from '@george/contracts';
import { GitClient } from '@george/contracts/git';
import { InternalClient } from '@george/runtime';
import type { FastifyBaseLogger } from 'fastify';
import { AccessCache } from './access.js';
import type { BackendConfig } from './config.js';
import { JobQueue } from './jobs/queue.js';
import { JobRegistry, JobRunner } from './jobs/runner.js';
import { SagaLog } from './sagas.js';
import { TokenVerifier } from './session.js';
import type { BackendDatabase } from './store/db.js';

/** Everything the routes and the domain modules share in one process. */
export interface BackendContext {
  config: BackendConfig;
  database: BackendDatabase;
  auth: AuthClient;
  files: FilesystemClient;
  git: GitClient;
  queue: JobQueue;
  sagas: SagaLog;
  registry: JobRegistry;
  runner: JobRunner;
  verifier: TokenVerifier;
  access: AccessCache;
  log: FastifyBaseLogger;
}

export function createContext(
  config: BackendConfig,
  database: BackendDatabase,
  log: FastifyBaseLogger,
): BackendContext {
  const token = config.internalToken as string;
  const auth = new AuthClient({ token, baseUrl: config.urls.auth });
  const files = new FilesystemClient(
    new InternalClient({ service: 'filesystem', baseUrl: config.urls.filesystem, token }),
  );
  const git = new GitClient(
    new InternalClient({ service: 'git', baseUrl: config.urls.git, token, timeoutMs: 30_000 }),
  );
  const queue = new JobQueue(database.db, {
    maxAttempts: config.jobs.maxAttempts,
    leaseMs: config.jobs.leaseMs,
    backoffMs: config.jobs.backoffMs,
    maxBackoffMs: config.jobs.maxBackoffMs,
  });
  const registry = new JobRegistry();
  const runner = new JobRunner(queue, registry, config.jobs, log);
  return {
    config,
    database,
    auth,
    files,
    git,
    queue,
    sagas: new SagaLog(database.db, config.sagas.leaseMs),
    registry,
    runner,
    verifier: new TokenVerifier(config, token),
    access: new AccessCache(auth, config.accessCacheMs),
    log,
  };
}
