import cluster, { type Worker } from 'node:cluster';
import { fileURLToPath } from 'node:url';
import type { Logger } from 'pino';
import client from 'prom-client';
import { METRICS_REQUEST, METRICS_RESPONSE } from '../metrics.js';
import { isWorkerMessage, WORKER_ENV, type WorkerMessage } from './messages.js';
import type { ServeOptions } from './options.js';

interface WorkerState {
  worker: Worker;
  forkedAt: number;
  listening: boolean;
  lastPong: number;
  /** Planned exit: replaced by a newer worker (SIGHUP, max requests) or stopping with the service. */
  retiring: boolean;
  onListening?: () => void;
}

const CRASH_WINDOW_MS = 60_000;
const MAX_BACKOFF_MS = 30_000;
const FREE_CRASHES = 2;

/** Delay before replacing a crashed worker: none for the first crashes in a minute, then doubling. */
export function crashBackoffMs(recentCrashes: number): number {
  if (recentCrashes <= FREE_CRASHES) return 0;
  return Math.min(MAX_BACKOFF_MS, 250 * 2 ** (recentCrashes - FREE_CRASHES - 1));
}

/** The supervisor's own figures, added to the workers' aggregated metrics. */
const supervisorRegistry = new client.Registry();
const restartsTotal = new client.Counter({
  name: 'george_serve_worker_restarts_total',
  help: 'Workers replaced: crashes, heartbeat kills, SIGHUP and max-requests recycling',
  labelNames: ['reason'] as const,
  registers: [supervisorRegistry],
});
const heartbeatKillsTotal = new client.Counter({
  name: 'george_serve_heartbeat_kills_total',
  help: 'Workers killed because their event loop stopped answering the heartbeat',
  registers: [supervisorRegistry],
});
const workersGauge = new client.Gauge({
  name: 'george_serve_workers',
  help: 'Live workers',
  registers: [supervisorRegistry],
});

export class Supervisor {
  private readonly aggregator = new client.AggregatorRegistry();
  private readonly states = new Map<number, WorkerState>();
  private crashes: number[] = [];
  private stopping = false;
  private rolling = false;
  private heartbeat: NodeJS.Timeout | undefined;
  private pingSeq = 0;
  private pendingForks = 0;

  constructor(
    private readonly options: ServeOptions,
    private readonly log: Logger,
    private readonly drainGraceMs: number,
  ) {}

  start(): void {
    cluster.setupPrimary({ exec: fileURLToPath(new URL('./worker.js', import.meta.url)), silent: false });
    cluster.on('exit', (worker, code, signal) => this.onExit(worker, code, signal));
    cluster.on('message', (worker, message: unknown) => {
      const m = message as { type?: string; id?: string };
      if (m.type === METRICS_REQUEST) void this.answerMetrics(worker, m.id);
      else if (isWorkerMessage(message)) this.onMessage(worker, message);
    });
    for (let i = 0; i < this.options.workers; i++) this.fork();

    const timeoutMs = this.options.timeoutSeconds * 1000;
    const bootMs = Math.max(timeoutMs, 30_000);
    const interval = Math.max(100, Math.min(1000, Math.floor(timeoutMs / 4)));
    this.heartbeat = setInterval(() => this.checkHeartbeats(timeoutMs, bootMs), interval);

    process.on('SIGTERM', () => void this.stop('SIGTERM'));
    process.on('SIGINT', () => void this.stop('SIGINT'));
    process.on('SIGHUP', () => void this.rollingRestart());
    this.log.info(
      { workers: this.options.workers, bind: `${this.options.host}:${this.options.port}`, pid: process.pid },
      'george-serve started',
    );
  }

  private workerMaxRequests(): number {
    const { maxRequests, maxRequestsJitter } = this.options;
    if (maxRequests <= 0) return 0;
    return maxRequests + Math.floor(Math.random() * (maxRequestsJitter + 1));
  }

  private fork(): WorkerState {
    const worker = cluster.fork({
      [WORKER_ENV.app]: this.options.appPath,
      [WORKER_ENV.host]: this.options.host,
      [WORKER_ENV.port]: String(this.options.port),
      [WORKER_ENV.workers]: String(this.options.workers),
      [WORKER_ENV.maxRequests]: String(this.workerMaxRequests()),
      [WORKER_ENV.drainGraceMs]: String(this.drainGraceMs),
    });
    const state: WorkerState = {
      worker,
      forkedAt: Date.now(),
      listening: false,
      lastPong: Date.now(),
      retiring: false,
    };
    this.states.set(worker.id, state);
    return state;
  }

  /** Forks a worker and resolves once it listens (or rejects if it dies first). */
  private forkAndWait(): Promise<WorkerState> {
    const state = this.fork();
    return new Promise((resolve, reject) => {
      state.onListening = () => resolve(state);
      state.worker.once('exit', () => {
        if (!state.listening) reject(new Error('replacement worker exited before listening'));
      });
    });
  }

  private onMessage(worker: Worker, message: WorkerMessage): void {
    const state = this.states.get(worker.id);
    if (!state) return;
    switch (message.type) {
      case 'listening':
        state.listening = true;
        state.lastPong = Date.now();
        this.log.info({ workerPid: worker.process.pid }, 'worker listening');
        state.onListening?.();
        break;
      case 'pong':
        state.lastPong = Date.now();
        break;
      case 'retire':
        this.log.info(
          { workerPid: worker.process.pid, requests: message.requests },
          'worker reached max requests',
        );
        void this.replace(state);
        break;
      default:
        break;
    }
  }

  private async answerMetrics(worker: Worker, id: string | undefined): Promise<void> {
    workersGauge.set(this.liveWorkers);
    let text: string;
    try {
      text = `${await this.aggregator.clusterMetrics()}\n${await supervisorRegistry.metrics()}`;
    } catch (err) {
      this.log.warn({ err: String(err) }, 'metrics aggregation failed');
      text = await supervisorRegistry.metrics();
    }
    if (worker.isConnected()) worker.send({ type: METRICS_RESPONSE, id, text });
  }

  /** Starts a new worker, waits until it listens, then drains the old one. */
  private async replace(old: WorkerState): Promise<void> {
    if (old.retiring || this.stopping) return;
    old.retiring = true;
    try {
      await this.forkAndWait();
    } catch (err) {
      this.log.warn({ err: String(err) }, 'replacement failed; the old worker keeps serving');
      old.retiring = false;
      return;
    }
    restartsTotal.inc({ reason: 'replaced' });
    await this.stopWorker(old);
  }

  private stopWorker(state: WorkerState): Promise<void> {
    state.retiring = true;
    return new Promise((resolve) => {
      if (state.worker.isDead()) return resolve();
      const kill = setTimeout(
        () => {
          this.log.warn({ workerPid: state.worker.process.pid }, 'graceful timeout passed; killing worker');
          state.worker.process.kill('SIGKILL');
        },
        this.options.gracefulTimeoutSeconds * 1000 + this.drainGraceMs,
      );
      state.worker.once('exit', () => {
        clearTimeout(kill);
        resolve();
      });
      if (state.worker.isConnected()) state.worker.send({ type: 'shutdown' });
      else state.worker.process.kill('SIGTERM');
    });
  }

  private checkHeartbeats(timeoutMs: number, bootMs: number): void {
    if (this.stopping) return;
    const now = Date.now();
    this.pingSeq += 1;
    for (const state of this.states.values()) {
      if (state.worker.isDead()) continue;
      const silentFor = now - (state.listening ? state.lastPong : state.forkedAt);
      const limit = state.listening ? timeoutMs : bootMs;
      if (silentFor > limit && !state.retiring) {
        heartbeatKillsTotal.inc();
        this.log.error(
          { workerPid: state.worker.process.pid, silentMs: silentFor },
          state.listening
            ? 'worker timed out (event loop blocked); killing it'
            : 'worker did not start in time',
        );
        state.worker.process.kill('SIGKILL');
        continue;
      }
      if (state.listening && state.worker.isConnected())
        state.worker.send({ type: 'ping', seq: this.pingSeq });
    }
  }

  private onExit(worker: Worker, code: number | null, signal: string | null): void {
    const state = this.states.get(worker.id);
    this.states.delete(worker.id);
    if (this.stopping || state?.retiring) return;
    const now = Date.now();
    this.crashes = this.crashes.filter((t) => now - t < CRASH_WINDOW_MS);
    this.crashes.push(now);
    const delay = crashBackoffMs(this.crashes.length);
    this.log.warn(
      { workerPid: worker.process.pid, code, signal, replaceInMs: delay },
      'worker died; replacing it',
    );
    restartsTotal.inc({ reason: signal === 'SIGKILL' ? 'killed' : 'crashed' });
    this.pendingForks += 1;
    setTimeout(() => {
      this.pendingForks -= 1;
      if (!this.stopping) this.fork();
    }, delay).unref();
  }

  /** SIGHUP: replace every worker one at a time, each only after its successor listens. */
  async rollingRestart(): Promise<void> {
    if (this.rolling || this.stopping) return;
    this.rolling = true;
    this.log.info('SIGHUP: replacing workers one by one');
    try {
      for (const state of [...this.states.values()]) {
        if (this.stopping) break;
        if (!state.retiring && !state.worker.isDead()) await this.replace(state);
      }
    } finally {
      this.rolling = false;
    }
  }

  async stop(signal: string): Promise<void> {
    if (this.stopping) return;
    this.stopping = true;
    clearInterval(this.heartbeat);
    this.log.info({ signal }, 'stopping: draining in-flight requests');
    await Promise.all([...this.states.values()].map((state) => this.stopWorker(state)));
    this.log.info('stopped');
    process.exit(0);
  }

  get liveWorkers(): number {
    return [...this.states.values()].filter((s) => !s.worker.isDead()).length + this.pendingForks;
  }
}
