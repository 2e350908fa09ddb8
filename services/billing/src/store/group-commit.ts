import { isRetryableDbError } from '@george/runtime';
import { type Kysely, sql, type Transaction } from 'kysely';

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
 * transaction runs wait and then share the next one: each runs inside its own savepoint (an
 * operation that fails leaves nothing behind and fails alone), the transaction commits once, and
 * only then does any caller get its answer. A crash before the commit loses the whole batch and
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
      // Alone: a plain transaction, no savepoint needed.
      await this.transaction(single.fn).then(single.resolve, single.reject);
      return;
    }
    let outcomes: Outcome[];
    try {
      outcomes = await this.transaction(async (trx) => {
        const results: Outcome[] = [];
        for (const op of batch) {
          await sql`savepoint op`.execute(trx);
          try {
            const value = await op.fn(trx);
            await sql`release op`.execute(trx);
            results.push({ ok: true, value });
          } catch (error) {
            // A busy or locked database fails the whole batch, which inTransaction runs again.
            if (isRetryableDbError(error)) throw error;
            await sql`rollback to op`.execute(trx);
            await sql`release op`.execute(trx);
            results.push({ ok: false, error });
          }
        }
        return results;
      });
    } catch (error) {
      for (const op of batch) op.reject(error);
      return;
    }
    batch.forEach((op, i) => {
      const outcome = outcomes[i] as Outcome;
      if (outcome.ok) op.resolve(outcome.value);
      else op.reject(outcome.error);
    });
  }
}
