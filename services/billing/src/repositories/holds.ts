import type { DialectName } from '@george/runtime';
import { type Kysely, sql } from 'kysely';
import type { HoldRepository } from './repositories.js';
import type { BillingDB, HoldRow } from './tables.js';

/** Matches the partial indexes on active holds (a literal, so that both planners can use them). */
const ACTIVE = sql<boolean>`status = 'active'`;

export class SqlHoldRepository implements HoldRepository {
  constructor(
    private readonly db: Kysely<BillingDB>,
    private readonly dialect: DialectName,
  ) {}

  find(holdId: string): Promise<HoldRow | undefined> {
    return this.db.selectFrom('holds').selectAll().where('id', '=', holdId).executeTakeFirst();
  }

  findForUpdate(holdId: string): Promise<HoldRow | undefined> {
    const query = this.db.selectFrom('holds').selectAll().where('id', '=', holdId);
    return (this.dialect === 'postgres' ? query.forUpdate() : query).executeTakeFirst();
  }

  findByKey(userId: string, idempotencyKey: string): Promise<HoldRow | undefined> {
    return this.db
      .selectFrom('holds')
      .selectAll()
      .where('user_id', '=', userId)
      .where('idempotency_key', '=', idempotencyKey)
      .executeTakeFirst();
  }

  async insertIfAbsent(hold: HoldRow): Promise<boolean> {
    const inserted = await this.db
      .insertInto('holds')
      .values(hold)
      .onConflict((oc) => oc.columns(['user_id', 'idempotency_key']).doNothing())
      .returning(['id'])
      .executeTakeFirst();
    return inserted !== undefined;
  }

  captureIfCovers(holdId: string, amount: number, now: number): Promise<HoldRow | undefined> {
    return this.db
      .updateTable('holds')
      .set({ status: 'captured', captured_amount: amount, settled_at: now })
      .where('id', '=', holdId)
      .where('status', '=', 'active')
      .where('expires_at', '>', now)
      .where('amount', '>=', amount)
      .returningAll()
      .executeTakeFirst();
  }

  settleActive(
    holdId: string,
    status: 'captured' | 'released' | 'expired',
    capturedAmount: number | null,
    now: number,
  ): Promise<HoldRow | undefined> {
    return this.db
      .updateTable('holds')
      .set({ status, settled_at: now, ...(status === 'captured' ? { captured_amount: capturedAmount } : {}) })
      .where('id', '=', holdId)
      .where('status', '=', 'active')
      .returningAll()
      .executeTakeFirst();
  }

  async hasExpired(userId: string, now: number): Promise<boolean> {
    const row = await this.db
      .selectFrom('holds')
      .select('id')
      .where('user_id', '=', userId)
      .where(ACTIVE)
      .where('expires_at', '<=', now)
      .limit(1)
      .executeTakeFirst();
    return row !== undefined;
  }

  async expireForUser(userId: string, now: number): Promise<number[]> {
    const rows = await this.db
      .updateTable('holds')
      .set({ status: 'expired', settled_at: now })
      .where('user_id', '=', userId)
      .where(ACTIVE)
      .where('expires_at', '<=', now)
      .returning(['amount'])
      .execute();
    return rows.map((row) => Number(row.amount));
  }

  async expireBatch(limit: number, now: number): Promise<{ userId: string; amount: number }[]> {
    const rows = await this.db
      .updateTable('holds')
      .set({ status: 'expired', settled_at: now })
      .where(ACTIVE)
      .where('expires_at', '<=', now)
      .where('id', 'in', (eb) =>
        eb
          .selectFrom('holds')
          .select('id')
          .where(ACTIVE)
          .where('expires_at', '<=', now)
          .orderBy('expires_at')
          .limit(limit),
      )
      .returning(['user_id', 'amount'])
      .execute();
    return rows.map((row) => ({ userId: row.user_id, amount: Number(row.amount) }));
  }
}
