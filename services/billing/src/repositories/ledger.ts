import type { Kysely } from 'kysely';
import type { LedgerRepository } from './repositories.js';
import type { BillingDB, LedgerRow } from './tables.js';

export class SqlLedgerRepository implements LedgerRepository {
  constructor(private readonly db: Kysely<BillingDB>) {}

  async insert(entry: LedgerRow): Promise<void> {
    await this.db.insertInto('ledger_entries').values(entry).execute();
  }

  findByKey(userId: string, idempotencyKey: string): Promise<LedgerRow | undefined> {
    return this.db
      .selectFrom('ledger_entries')
      .selectAll()
      .where('user_id', '=', userId)
      .where('idempotency_key', '=', idempotencyKey)
      .executeTakeFirst();
  }

  page(userId: string, limit: number, beforeSeq: number | undefined): Promise<LedgerRow[]> {
    let query = this.db
      .selectFrom('ledger_entries')
      .selectAll()
      .where('user_id', '=', userId)
      .orderBy('seq', 'desc')
      .limit(limit);
    if (beforeSeq !== undefined) query = query.where('seq', '<', beforeSeq);
    return query.execute();
  }
}
