import { isRetryableDbError } from '@george/runtime';
import { mustGet } from '@george/runtime/collections';
import type { Kysely, Transaction } from 'kysely';

interface Pending<DB> {
  fn: (trx: Transaction<DB>) => Promise<unknown>;
  resolve: (value: unknown) => void;
  reject: (error: unknown) => void;
}

type Outcome = { ok: true; value: unknown } | { ok: false; error: unknown };

/**
 * Group commit for SQLite. Every worker process has one connection, and the workers take turns at
 * the database's single write lock; a worker that finds it taken sleeps in SQLite's busy handler,
 * and the turns, not the statements, become the cost. So the operations that arrive while a
 * transaction runs wait and then share the next one, which commits once; only then does any caller
 * get its answer. An operation that throws fails alone and leaves nothing behind (see runBatch). A crash before the commit loses the whole batch and
 * nothing else; the callers see a failed request and retry with their idempotency keys.
 */
export class GroupCommitter<DB> {
  private queue: Pending<DB>[] = [];
  private running = false;

  constructor(
    private readonly db: Kysely<DB>,
    private readonly maxBatch = 64,
    private readonly lockWaitMs = 10_000,
  ) {}

  run<T>(fn: (trx: Transaction<DB>) => Promise<T>): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      this.queue.push({ fn, resolve: resolve as (value: unknown) => void, reject });
      if (!this.running) void this.drain();
    });
  }

  private async drain(): Promise<void> {
    this.running = true;
    try {
      while (this.queue.length > 0) {
        const batch = this.queue.splice(0, this.maxBatch);
        await this.runBatch(batch);
      }
    } finally {
      this.running = false;
    }
  }

  /**
   * Runs a transaction, waiting for the write lock without blocking: the connection's busy timeout
   * is kept tiny (see app.ts) and a busy database is retried after a millisecond, so the worker
   * keeps accepting requests (which join the next batch) instead of sleeping inside SQLite.
   */
  private async transaction<T>(fn: (trx: Transaction<DB>) => Promise<T>): Promise<T> {
    const deadline = Date.now() + this.lockWaitMs;
    for (;;) {
      try {
        return await this.db.transaction().execute(fn);
      } catch (error) {
        if (!isRetryableDbError(error) || Date.now() > deadline) throw error;
        await new Promise((resolve) => setTimeout(resolve, 1));
      }
    }
  }

  private async runBatch(batch: Pending<DB>[]): Promise<void> {
    const single = batch.length === 1 ? batch[0] : undefined;
    if (single) {
      // Alone: a plain transaction.
      await this.transaction(single.fn).then(single.resolve, single.reject);
      return;
    }
    // Optimistic: the whole batch in one transaction. An operation that throws (a refusal after a
    // write, a replay, a conflict) is answered with its error and the transaction is rolled back
    // and run again without it, so that it leaves nothing behind; the others run again from scratch
    // (their functions only touch the database, so a second run is the same as a first).
    const outcomes = new Map<Pending<DB>, Outcome>();
    let remaining = batch;
    while (remaining.length > 0) {
      let failed: { op: Pending<DB>; error: unknown } | undefined;
      try {
        const values = await this.transaction(async (trx) => {
          failed = undefined;
          const results: unknown[] = [];
          for (const op of remaining) {
            try {
              results.push(await op.fn(trx));
            } catch (error) {
              if (isRetryableDbError(error)) throw error;
              failed = { op, error };
              throw error;
            }
          }
          return results;
        });
        remaining.forEach((op, i) => {
          outcomes.set(op, { ok: true, value: values[i] });
        });
        remaining = [];
      } catch (error) {
        const culprit = failed as { op: Pending<DB>; error: unknown } | undefined;
        if (!culprit) {
          // The transaction itself failed (busy past the deadline, connection lost): fail them all.
          for (const op of remaining) outcomes.set(op, { ok: false, error });
          remaining = [];
        } else {
          outcomes.set(culprit.op, { ok: false, error: culprit.error });
          remaining = remaining.filter((op) => op !== culprit.op);
        }
      }
    }
    batch.forEach((op) => {
      const outcome = mustGet(outcomes, op);
      if (outcome.ok) op.resolve(outcome.value);
      else op.reject(outcome.error);
    });
  }
}
