import { pathToFileURL } from 'node:url';
import client from 'prom-client';
import type { ServiceModule } from '../service.js';
import { isSupervisorMessage, WORKER_ENV, type WorkerMessage } from './messages.js';

function send(message: WorkerMessage): void {
  if (process.connected) process.send?.(message);
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function runWorker(): Promise<void> {
  const env = process.env;
  // Answers the supervisor's requests for this worker's metrics (prom-client's cluster protocol).
  new client.AggregatorRegistry();
  client.collectDefaultMetrics();
  const appPath = env[WORKER_ENV.app];
  if (appPath === undefined)
    throw new Error(`${WORKER_ENV.app} is not set: a worker runs under george-serve`);
  const mod: ServiceModule = await import(pathToFileURL(appPath).href);
  const app = await mod.buildApp();
  const maxRequests = Number(env[WORKER_ENV.maxRequests] ?? 0);
  const drainGraceMs = Number(env[WORKER_ENV.drainGraceMs] ?? 1000);

  let served = 0;
  let retireAsked = false;
  if (maxRequests > 0) {
    app.addHook('onResponse', async () => {
      served += 1;
      if (served >= maxRequests && !retireAsked) {
        retireAsked = true;
        send({ type: 'retire', requests: served });
      }
    });
  }

  let draining: Promise<void> | undefined;
  const drain = () => {
    draining ??= (async () => {
      // Responses now carry `Connection: close`, so clients on kept-alive connections move to
      // other workers before this one stops listening and idle connections are closed.
      app.george.startDraining();
      await sleep(drainGraceMs);
      await app.close();
      process.exit(0);
    })();
    return draining;
  };

  process.on('message', (raw: unknown) => {
    if (!isSupervisorMessage(raw)) return;
    const message = raw;
    if (message.type === 'ping') send({ type: 'pong', seq: message.seq });
    else if (message.type === 'shutdown') void drain();
  });
  // The supervisor coordinates shutdown; a signal sent to the whole process group (Ctrl-C) or to
  // this worker alone drains it the same way instead of dropping its requests.
  process.on('SIGTERM', () => void drain());
  process.on('SIGINT', () => void drain());

  const host = env[WORKER_ENV.host];
  if (host === undefined) throw new Error(`${WORKER_ENV.host} is not set: a worker runs under george-serve`);
  await app.listen({ host, port: Number(env[WORKER_ENV.port]) });
  send({ type: 'listening' });
}

runWorker().catch((err: unknown) => {
  process.stderr.write(
    `${JSON.stringify({ level: 50, time: new Date().toISOString(), pid: process.pid, msg: 'worker failed to start', err: String(err) })}\n`,
  );
  process.exit(1);
});
