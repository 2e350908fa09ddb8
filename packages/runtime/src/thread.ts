/**
 * CPU-bound work off the event loop: one call of a function, run in a worker thread of its own.
 * A service's event loop also renews job leases and answers requests; seconds of analysis on it
 * stall both (a lease lost under load means the job runs again elsewhere, and again).
 *
 * Hand-written rather than a pool library (piscina): each call is a whole job's analysis (seconds),
 * so a thread per call costs a small share of it (its start, about 0.85 s for the backend's analysis,
 * whose modules load again), ends with the call (nothing idle keeps memory), and a pool library loads
 * its worker from a file, which the tests' TypeScript sources cannot be without registering tsx
 * inside the thread first (`threadEntry`). Callers keep short work in place.
 */

import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { errorMessage } from './errors.js';

type ThreadReply<O> = { ok: true; value: O } | { ok: false; message: string };

/**
 * The entry of a thread script named beside the caller: the built `.js` file, or for TypeScript
 * sources (the tests) an evaluated entry that registers tsx in the thread before importing the `.ts`.
 */
export function threadEntry(callerUrl: string, name: string): { entry: URL | string; eval: boolean } {
  const typescript = callerUrl.endsWith('.ts');
  const script = new URL(`./${name}.${typescript ? 'ts' : 'js'}`, callerUrl);
  if (!typescript) return { entry: script, eval: false };
  return {
    entry: `import('tsx/esm/api').then((tsx) => { tsx.register(); return import(${JSON.stringify(script.href)}); });`,
    eval: true,
  };
}

/**
 * Runs the thread script `name` (beside `callerUrl`, see `threadEntry`) with `input` and resolves
 * with what its `serveThread` function returned. An abort ends the thread at once (its work is pure
 * computation, nothing to clean up) and rejects with the signal's reason.
 */
export function runInThread<I, O>(
  callerUrl: string,
  name: string,
  input: I,
  signal?: AbortSignal,
): Promise<O> {
  return new Promise<O>((resolve, reject) => {
    signal?.throwIfAborted();
    const { entry, eval: evaluated } = threadEntry(callerUrl, name);
    const worker = new Worker(entry, { eval: evaluated, workerData: input });
    let settled = false;
    const settle = (finish: () => void) => {
      if (settled) return;
      settled = true;
      signal?.removeEventListener('abort', onAbort);
      finish();
    };
    const onAbort = () => {
      settle(() => reject(signal?.reason));
      void worker.terminate();
    };
    signal?.addEventListener('abort', onAbort, { once: true });
    worker.once('message', (reply: ThreadReply<O>) =>
      settle(() => (reply.ok ? resolve(reply.value) : reject(new Error(reply.message)))),
    );
    worker.once('error', (err) => settle(() => reject(err)));
    worker.once('exit', (code) =>
      settle(() => reject(new Error(`the ${name} thread ended (exit code ${code}) without an answer`))),
    );
  });
}

/** The thread script's side: computes `work(input)` and sends the result (or the error's message). */
export function serveThread<I, O>(work: (input: I) => O): void {
  if (isMainThread || !parentPort) throw new Error('serveThread runs inside a worker thread');
  let reply: ThreadReply<O>;
  try {
    reply = { ok: true, value: work(workerData) };
  } catch (err) {
    reply = { ok: false, message: errorMessage(err) };
  }
  parentPort.postMessage(reply);
}
