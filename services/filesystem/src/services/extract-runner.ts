/**
 * .docx and PDF extraction in worker threads: the HTTP worker's event loop stays free (a 266-page
 * PDF takes seconds), the heap of an extraction is capped (`resourceLimits`), and an extraction
 * that takes longer than the time limit is stopped (its thread is terminated) with a 422. Finished
 * threads are kept (up to two, not keeping the process alive) so that later extractions run warm.
 */
import { Worker } from 'node:worker_threads';
import { HttpError } from '@george/runtime';
import { DocumentTooComplex, ExtractionTimeout } from '../errors.js';
import type { DocumentExtractor, Extracted } from './extract.js';

export interface RunnerOptions {
  timeoutMs: number;
  maxMemoryMb: number;
  /** Idle threads kept for the next extraction. */
  keepIdle?: number;
}

type Reply = { id: number } & (
  | { ok: true; result: Extracted }
  | { ok: false; status: number; code: string; message: string }
);

export function workerExtractor(options: RunnerOptions): DocumentExtractor {
  const typescript = import.meta.url.endsWith('.ts');
  const script = new URL(typescript ? './extract-worker.ts' : './extract-worker.js', import.meta.url);
  const idle: Worker[] = [];
  let nextId = 1;

  function spawn(): Worker {
    // TypeScript sources (tests): register tsx inside the thread before loading the script.
    const entry = typescript
      ? `import('tsx/esm/api').then((tsx) => { tsx.register(); return import(${JSON.stringify(script.href)}); });`
      : script;
    return new Worker(entry, {
      eval: typescript,
      resourceLimits: { maxOldGenerationSizeMb: options.maxMemoryMb },
      stdout: true,
      stderr: true,
    });
  }

  return (kind, buf, zip) =>
    new Promise<Extracted>((resolve, reject) => {
      const worker = idle.pop() ?? spawn();
      worker.ref();
      const id = nextId++;
      let settled = false;
      const cleanup = () => {
        clearTimeout(timer);
        worker.off('message', onMessage);
        worker.off('error', onError);
        worker.off('exit', onExit);
      };
      const fail = (err: Error) => {
        if (settled) return;
        settled = true;
        cleanup();
        void worker.terminate();
        reject(err);
      };
      const onMessage = (reply: Reply) => {
        if (reply.id !== id || settled) return;
        settled = true;
        cleanup();
        if (idle.length < (options.keepIdle ?? 2)) {
          worker.unref();
          idle.push(worker);
        } else void worker.terminate();
        if (reply.ok) resolve(reply.result);
        else reject(new HttpError(reply.status, reply.code, reply.message));
      };
      const onError = (err: Error & { code?: string }) =>
        fail(err.code === 'ERR_WORKER_OUT_OF_MEMORY' ? DocumentTooComplex() : err);
      const onExit = (code: number) => fail(new Error(`extraction thread exited with code ${code}`));
      const timer = setTimeout(() => fail(ExtractionTimeout()), options.timeoutMs);
      worker.on('message', onMessage);
      worker.once('error', onError);
      worker.once('exit', onExit);
      const data = new Uint8Array(buf.buffer, buf.byteOffset, buf.byteLength);
      worker.postMessage({ id, kind, data, zip });
    });
}
