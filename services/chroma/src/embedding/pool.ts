/**
 * Embedding threads with batching. Each thread holds one copy of the model. Work is cut into small
 * batches and a free thread always takes waiting interactive work (queries, and passages someone
 * waits to compare) before the next batch of stored passages, so a search waits for at most one
 * small batch in flight, never for a whole upload; queries that arrive together are embedded in one
 * batch. Work whose caller has gone (its signal aborted) leaves the
 * queue, so a client's retry after a timeout never queues behind its own abandoned upload. The HTTP
 * worker's event loop never runs the model.
 */

import { Worker } from 'node:worker_threads';
import { mustAt } from '@george/runtime/collections';
import { threadEntry } from '@george/runtime/thread';
import type { EmbedOptions } from './embedder.js';

export type Purpose = 'query' | 'document';

export interface ThreadSetup {
  modelDir: string;
  intraOpThreads: number;
}
export type ThreadRequest =
  | { type: 'embed'; id: number; texts: string[]; purpose: Purpose }
  /** Release the model and end the thread (terminating a thread inside onnxruntime aborts the process). */
  | { type: 'close' };
export type ThreadReply =
  | { type: 'ready'; dimension: number }
  | { type: 'vectors'; id: number; vectors: Float32Array[] }
  | { type: 'failed'; id: number; message: string };

export interface PoolOptions {
  modelDir: string;
  /** Embedding threads (each one model copy, one core). */
  threads: number;
  /** Passages per batch: smaller batches let a query in sooner, larger ones run a little faster. */
  batchSize: number;
}

/** A batch as sent to a thread, and where its vectors go. */
interface Batch {
  texts: string[];
  purpose: Purpose;
  /** One text embedded alone: never joined to other waiting work. */
  alone: boolean;
  deliver(vectors: Float32Array[]): void;
  fail(err: Error): void;
}

interface Slot {
  worker: Worker;
  ready: Promise<void>;
  loaded: boolean;
  running: { id: number; batch: Batch } | null;
  exited: Promise<void>;
}

/** Characters per batch beyond which a batch is closed early (long passages pad every row). */
const CHARS_PER_BATCH = 4_000;

export class EmbeddingFailure extends Error {}

export class EmbeddingPool {
  private readonly slots: Slot[] = [];
  /** Work someone waits on: queries, and interactive passages. */
  private readonly urgent: Batch[] = [];
  /** Passages to store. */
  private readonly documents: Batch[] = [];
  private nextId = 1;
  private closed = false;

  constructor(private readonly options: PoolOptions) {
    for (let i = 0; i < options.threads; i++) this.slots.push(this.spawn());
  }

  private spawn(): Slot {
    const { entry, eval: evaluated } = threadEntry(import.meta.url, 'worker');
    const setup: ThreadSetup = { modelDir: this.options.modelDir, intraOpThreads: 1 };
    const worker = new Worker(entry, { eval: evaluated, workerData: setup });
    worker.unref();
    let markReady: () => void = () => {};
    let markFailed: (err: Error) => void = () => {};
    const slot: Slot = {
      worker,
      loaded: false,
      running: null,
      exited: new Promise<void>((resolve) => worker.once('exit', () => resolve())),
      ready: new Promise<void>((resolve, reject) => {
        markReady = resolve;
        markFailed = reject;
      }),
    };
    // A load failure is reported to callers of ready() and embed(); nobody may be waiting yet.
    slot.ready.catch(() => {});
    worker.on('message', (reply: ThreadReply) => {
      if (reply.type === 'ready') {
        slot.loaded = true;
        markReady();
        this.dispatch();
        return;
      }
      if (reply.type === 'failed' && reply.id === -1) {
        markFailed(new EmbeddingFailure(reply.message));
        return;
      }
      const running = slot.running;
      if (!running || running.id !== reply.id) return;
      slot.running = null;
      // Closing waits for the thread's exit: it must keep the process alive until then.
      if (!this.closed) worker.unref();
      if (reply.type === 'vectors') running.batch.deliver(reply.vectors);
      else running.batch.fail(new EmbeddingFailure(reply.message));
      this.dispatch();
    });
    const lost = (why: string) => {
      markFailed(new EmbeddingFailure(why));
      const index = this.slots.indexOf(slot);
      if (index < 0) return;
      slot.running?.batch.fail(new EmbeddingFailure(why));
      slot.running = null;
      // The thread is replaced; a model that cannot load fails every batch instead of spinning.
      if (!this.closed && slot.loaded) {
        this.slots[index] = this.spawn();
      } else {
        this.failWaiting(why);
      }
    };
    worker.on('error', (err) => lost(`the embedding thread failed: ${err.message}`));
    worker.on('exit', (code) => {
      if (!this.closed) lost(`the embedding thread exited (${code})`);
    });
    return slot;
  }

  private failWaiting(why: string): void {
    for (const batch of [...this.urgent.splice(0), ...this.documents.splice(0)])
      batch.fail(new EmbeddingFailure(why));
  }

  /** Resolves when every thread has loaded the model; rejects with the reason one could not. */
  async ready(): Promise<void> {
    await Promise.all(this.slots.map((s) => s.ready));
  }

  /** Queued batches, for the service's status and the benchmarks. */
  get queued(): { queries: number; documents: number } {
    return { queries: this.urgent.length, documents: this.documents.length };
  }

  private dispatch(): void {
    for (const slot of this.slots) {
      if (!slot.loaded || slot.running) continue;
      const batch = this.takeUrgent() ?? this.documents.shift();
      if (!batch) return;
      const id = this.nextId++;
      slot.running = { id, batch };
      slot.worker.ref();
      const request: ThreadRequest = { type: 'embed', id, texts: batch.texts, purpose: batch.purpose };
      slot.worker.postMessage(request);
    }
  }

  /** The waiting urgent batches of the first one's purpose (up to a batch of texts) as one batch. */
  private takeUrgent(): Batch | undefined {
    const first = this.urgent[0];
    if (!first) return undefined;
    if (first.alone) return this.urgent.shift();
    const taken: Batch[] = [];
    let texts = 0;
    for (let i = 0; i < this.urgent.length; ) {
      const b = mustAt(this.urgent, i);
      if (taken.length > 0 && texts + b.texts.length > this.options.batchSize) break;
      if (b.purpose !== first.purpose || b.alone) {
        i++;
        continue;
      }
      taken.push(b);
      texts += b.texts.length;
      this.urgent.splice(i, 1);
    }
    if (taken.length === 1) return taken[0];
    return {
      texts: taken.flatMap((b) => b.texts),
      purpose: first.purpose,
      alone: false,
      deliver(vectors) {
        let at = 0;
        for (const b of taken) {
          b.deliver(vectors.slice(at, at + b.texts.length));
          at += b.texts.length;
        }
      },
      fail(err) {
        for (const b of taken) b.fail(err);
      },
    };
  }

  /**
   * Embeds texts; queries and interactive passages jump ahead of passages to store. Texts are sorted
   * by length into batches (less padding), or each alone (`separately`), and the vectors come back
   * in the order of `texts`. When
   * `signal` aborts, the batches not yet given to a thread are dropped and the promise rejects (a
   * batch in a thread finishes).
   */
  embed(
    texts: readonly string[],
    purpose: Purpose,
    { signal, interactive = false, separately = false }: EmbedOptions = {},
  ): Promise<Float32Array[]> {
    if (this.closed) return Promise.reject(new EmbeddingFailure('the embedding pool is closed'));
    if (signal?.aborted) return Promise.reject(new EmbeddingFailure('the caller has gone'));
    if (texts.length === 0) return Promise.resolve([]);
    const order = texts.map((_, i) => i).sort((a, b) => (texts[b]?.length ?? 0) - (texts[a]?.length ?? 0));
    const out: Float32Array[] = new Array(texts.length);
    const batchSize = separately ? 1 : this.options.batchSize;
    const queue = purpose === 'query' || interactive ? this.urgent : this.documents;
    return new Promise<Float32Array[]>((resolve, reject) => {
      let pending = 0;
      let failed = false;
      const batches: Batch[] = [];
      const abandon = () => {
        const dropped = new Set(batches);
        const kept = queue.filter((b) => !dropped.has(b));
        queue.splice(0, queue.length, ...kept);
        batches[0]?.fail(new EmbeddingFailure('the caller has gone'));
      };
      // A long-lived signal (the service's own background work) must not keep every call's batches.
      const settled = () => signal?.removeEventListener('abort', abandon);
      for (let i = 0; i < order.length; ) {
        const members: number[] = [];
        let chars = 0;
        while (i < order.length && members.length < batchSize) {
          const index = mustAt(order, i);
          const size = texts[index]?.length ?? 0;
          if (members.length > 0 && chars + size > CHARS_PER_BATCH) break;
          members.push(index);
          chars += size;
          i++;
        }
        pending++;
        batches.push({
          texts: members.map((m) => mustAt(texts, m)),
          purpose,
          alone: separately,
          deliver: (vectors) => {
            members.forEach((m, k) => {
              out[m] = mustAt(vectors, k);
            });
            if (--pending === 0 && !failed) {
              settled();
              resolve(out);
            }
          },
          fail: (err) => {
            if (failed) return;
            failed = true;
            settled();
            reject(err);
          },
        });
      }
      queue.push(...batches);
      signal?.addEventListener('abort', abandon, { once: true });
      this.dispatch();
      // A thread that failed to load never takes work: report its reason instead of waiting forever.
      if (this.slots.every((s) => !s.loaded)) {
        this.ready().catch((err: Error) => this.failWaiting(err.message));
      }
    });
  }

  /**
   * Ends every thread once its model has loaded (or failed to) and its batch is done: a thread is
   * asked to release its model and exit, never terminated inside onnxruntime.
   */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    this.failWaiting('the embedding pool is closed');
    await Promise.all(
      this.slots.map(async (slot) => {
        slot.worker.ref();
        await slot.ready.catch(() => {});
        const request: ThreadRequest = { type: 'close' };
        slot.worker.postMessage(request);
        await slot.exited;
      }),
    );
  }
}
