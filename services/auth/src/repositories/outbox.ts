import type { DialectName } from '@george/runtime';
import { type Db, lockRows } from '../store/db.js';
import type { OutboxTable } from '../store/schema.js';

export type OutboxRow = OutboxTable;

/** The sign-up saga's outbox and the lease that lets one relay run. */
export interface OutboxRepository {
  insert(row: OutboxRow): Promise<void>;
  due(now: number, limit: number): Promise<OutboxRow[]>;
  markDone(id: string, attempts: number, now: number): Promise<void>;
  markFailed(id: string, attempts: number, error: string, nextAttemptAt: number): Promise<void>;
  list(query: { status?: 'pending' | 'done' | undefined; limit: number }): Promise<OutboxRow[]>;
  counts(): Promise<{ pending: number; done: number }>;
  /** Makes a pending row due at `now`; false when no pending row has this id. */
  makeDue(id: string, now: number): Promise<boolean>;
  /** True when `holder` holds lease `name` until now + ttlMs (taken over when expired). */
  acquireLease(name: string, holder: string, ttlMs: number, now: number): Promise<boolean>;
}

export class SqlOutboxRepository implements OutboxRepository {
  constructor(
    private readonly db: Db,
    private readonly dialect: DialectName,
  ) {}

  async insert(row: OutboxRow) {
    await this.db.insertInto('outbox').values(row).execute();
  }

  due(now: number, limit: number) {
    return this.db
      .selectFrom('outbox')
      .selectAll()
      .where('status', '=', 'pending')
      .where('next_attempt_at', '<=', now)
      .orderBy('next_attempt_at', 'asc')
      .limit(limit)
      .execute();
  }

  async markDone(id: string, attempts: number, now: number) {
    await this.db
      .updateTable('outbox')
      .set({ status: 'done', attempts, done_at: now, next_attempt_at: null, last_error: null })
      .where('id', '=', id)
      .execute();
  }

  async markFailed(id: string, attempts: number, error: string, nextAttemptAt: number) {
    await this.db
      .updateTable('outbox')
      .set({ attempts, last_error: error.slice(0, 500), next_attempt_at: nextAttemptAt })
      .where('id', '=', id)
      .where('status', '=', 'pending')
      .execute();
  }

  list(query: { status?: 'pending' | 'done' | undefined; limit: number }) {
    let q = this.db.selectFrom('outbox').selectAll();
    if (query.status) q = q.where('status', '=', query.status);
    return q.orderBy('created_at', 'desc').limit(query.limit).execute();
  }

  async counts() {
    const rows = await this.db
      .selectFrom('outbox')
      .select(['status', (eb) => eb.fn.countAll<number>().as('n')])
      .groupBy('status')
      .execute();
    const count = (status: string) => Number(rows.find((c) => c.status === status)?.n ?? 0);
    return { pending: count('pending'), done: count('done') };
  }

  async makeDue(id: string, now: number) {
    const result = await this.db
      .updateTable('outbox')
      .set({ next_attempt_at: now })
      .where('id', '=', id)
      .where('status', '=', 'pending')
      .executeTakeFirst();
    return Number(result.numUpdatedRows) === 1;
  }

  acquireLease(name: string, holder: string, ttlMs: number, now: number) {
    return this.db.transaction().execute(async (trx) => {
      await trx
        .insertInto('leases')
        .values({ name, holder, expires_at: now + ttlMs })
        .onConflict((oc) => oc.column('name').doNothing())
        .execute();
      const lease = await lockRows(
        trx.selectFrom('leases').select(['holder', 'expires_at']).where('name', '=', name),
        this.dialect,
      ).executeTakeFirstOrThrow();
      if (lease.holder !== holder && lease.expires_at > now) return false;
      await trx
        .updateTable('leases')
        .set({ holder, expires_at: now + ttlMs })
        .where('name', '=', name)
        .execute();
      return true;
    });
  }
}
