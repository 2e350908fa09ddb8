import type { Kysely } from 'kysely';
import type { UsageRepository } from './repositories.js';
import type { BillingDB, UsageRow } from './tables.js';

export class SqlUsageRepository implements UsageRepository {
  constructor(private readonly db: Kysely<BillingDB>) {}

  async insert(row: UsageRow): Promise<void> {
    await this.db.insertInto('usage_records').values(row).execute();
  }

  findByKey(userId: string, idempotencyKey: string): Promise<UsageRow | undefined> {
    return this.db
      .selectFrom('usage_records')
      .selectAll()
      .where('user_id', '=', userId)
      .where('idempotency_key', '=', idempotencyKey)
      .executeTakeFirst();
  }

  page(
    userId: string,
    limit: number,
    before: { createdAt: number; id: string } | undefined,
  ): Promise<UsageRow[]> {
    let query = this.db
      .selectFrom('usage_records')
      .selectAll()
      .where('user_id', '=', userId)
      .orderBy('created_at', 'desc')
      .orderBy('id', 'desc')
      .limit(limit);
    if (before) {
      query = query.where((eb) =>
        eb.or([
          eb('created_at', '<', before.createdAt),
          eb.and([eb('created_at', '=', before.createdAt), eb('id', '<', before.id)]),
        ]),
      );
    }
    return query.execute();
  }
}
