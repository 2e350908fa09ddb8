import { type Kysely, sql } from 'kysely';
import type { AccountRepository, BalanceChange } from './repositories.js';
import type { AccountRow, BillingDB } from './tables.js';

export class SqlAccountRepository implements AccountRepository {
  constructor(private readonly db: Kysely<BillingDB>) {}

  insertIfAbsent(row: AccountRow): Promise<AccountRow | undefined> {
    return this.db
      .insertInto('accounts')
      .values(row)
      .onConflict((oc) => oc.column('user_id').doNothing())
      .returningAll()
      .executeTakeFirst();
  }

  find(userId: string): Promise<AccountRow | undefined> {
    return this.db.selectFrom('accounts').selectAll().where('user_id', '=', userId).executeTakeFirst();
  }

  applyEntry(userId: string, change: BalanceChange, now: number): Promise<AccountRow | undefined> {
    let update = this.db
      .updateTable('accounts')
      .set((eb) => ({
        balance: eb('balance', '+', change.amount),
        held: eb('held', '+', change.heldDelta),
        last_seq: eb('last_seq', '+', 1),
        updated_at: now,
      }))
      .where('user_id', '=', userId);
    if (change.requireAvailable !== undefined) {
      update = update.where(sql<number>`balance - held`, '>=', change.requireAvailable);
    }
    return update.returningAll().executeTakeFirst();
  }

  changeHeld(userId: string, delta: number, now: number): Promise<AccountRow | undefined> {
    return this.db
      .updateTable('accounts')
      .set((eb) => ({ held: eb('held', '+', delta), updated_at: now }))
      .where('user_id', '=', userId)
      .returningAll()
      .executeTakeFirst();
  }

  async reserve(userId: string, amount: number, now: number): Promise<boolean> {
    const row = await this.db
      .updateTable('accounts')
      .set((eb) => ({ held: eb('held', '+', amount), updated_at: now }))
      .where('user_id', '=', userId)
      .where(sql<number>`balance - held`, '>=', amount)
      .returning(['user_id'])
      .executeTakeFirst();
    return row !== undefined;
  }
}
