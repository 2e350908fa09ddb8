import { AuthClient, FilesystemClient } from '@george/contracts';
import { BillingClient } from '@george/contracts/billing';
import { ChromaServiceClient } from '@george/contracts/chroma';
import { ExternalDataClient } from '@george/contracts/external-data';
import { GitClient } from '@george/contracts/git';
import { InternalClient, internalToken } from '@george/runtime';
import type { FastifyBaseLogger } from 'fastify';
import type { BackendConfig } from './config.js';
import { type GraphStore, type GraphStoreEnv, openGraphStore } from './graph/index.js';
import { JobRegistry, JobRunner } from './jobs/runner.js';
import { type ChatRepository, KyselyChatRepository } from './repositories/chat.js';
import { CorrectionsRepository } from './repositories/corrections.js';
import { FileStatsRepository } from './repositories/file-stats.js';
import { JobQueue } from './repositories/jobs.js';
import { QuotationRepository } from './repositories/quotations.js';
import { SagaLog } from './repositories/sagas.js';
import { SheetFilesRepository } from './repositories/sheet-files.js';
import { StoryRepository } from './repositories/story.js';
import { AccessCache } from './services/access.js';
import type { BackendDatabase } from './store/db.js';

/**
 * What the services and the jobs share in one process: the configuration, the repositories over the
 * backend's database, the graph store, the clients of the other services, the job queue and runner.
 */
export interface BackendContext {
  config: BackendConfig;
  database: BackendDatabase;
  auth: AuthClient;
  files: FilesystemClient;
  git: GitClient;
  chroma: ChromaServiceClient;
  billing: BillingClient;
  external: ExternalDataClient;
  graph: GraphStore;
  queue: JobQueue;
  sagas: SagaLog;
  chat: ChatRepository;
  fileStats: FileStatsRepository;
  quotations: QuotationRepository;
  sheetFiles: SheetFilesRepository;
  /** The author's story-bible corrections that every extraction follows. */
  corrections: CorrectionsRepository;
  story: StoryRepository;
  registry: JobRegistry;
  runner: JobRunner;
  access: AccessCache;
  log: FastifyBaseLogger;
}

export function createContext(
  config: BackendConfig,
  database: BackendDatabase,
  env: GraphStoreEnv,
  log: FastifyBaseLogger,
): BackendContext {
  const token = internalToken(config);
  const client = (
    service: 'filesystem' | 'git' | 'chroma' | 'billing' | 'external-data',
    baseUrl: string,
    timeoutMs?: number,
  ) => new InternalClient({ service, baseUrl, token, ...(timeoutMs ? { timeoutMs } : {}) });
  const auth = new AuthClient({ token, baseUrl: config.urls.auth });
  const queue = new JobQueue(database.db, {
    maxAttempts: config.jobs.maxAttempts,
    leaseMs: config.jobs.leaseMs,
    backoffMs: config.jobs.backoffMs,
    maxBackoffMs: config.jobs.maxBackoffMs,
  });
  const registry = new JobRegistry();
  return {
    config,
    database,
    auth,
    files: new FilesystemClient(client('filesystem', config.urls.filesystem)),
    git: new GitClient(client('git', config.urls.git, 30_000)),
    chroma: new ChromaServiceClient(client('chroma', config.urls.chroma, 60_000)),
    billing: new BillingClient(client('billing', config.urls.billing)),
    external: new ExternalDataClient(client('external-data', config.urls.externalData, 15_000)),
    // Neo4j when NEO4J_URI is set, else the graph tables in this database (sharing its pool).
    graph: openGraphStore({ ...env, DATA_DIR: config.dataDir }, database.db),
    queue,
    sagas: new SagaLog(database.db, config.sagas.leaseMs),
    chat: new KyselyChatRepository(database.db),
    fileStats: new FileStatsRepository(database.db),
    quotations: new QuotationRepository(database.db),
    sheetFiles: new SheetFilesRepository(database.db),
    corrections: new CorrectionsRepository(database.db),
    story: new StoryRepository(database.db),
    registry,
    runner: new JobRunner(queue, registry, config.jobs, log),
    access: new AccessCache(auth, config.accessCacheMs),
    log,
  };
}
