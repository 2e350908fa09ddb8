import type { Db } from '../store/db.js';
import type { SigningKeysTable } from '../store/schema.js';

export type SigningKeyRow = SigningKeysTable;

export interface SigningKeysRepository {
  active(): Promise<SigningKeyRow | undefined>;
  /** Retires every key and stores `row` as the active one, together. */
  replaceActive(row: SigningKeyRow, now: number): Promise<void>;
  /** The active key and those retired at or after `retiredSince`, newest first. */
  published(retiredSince: number): Promise<SigningKeyRow[]>;
  deleteRetiredBefore(time: number): Promise<number>;
  list(): Promise<SigningKeyRow[]>;
}

export class SqlSigningKeysRepository implements SigningKeysRepository {
  constructor(private readonly db: Db) {}

  active() {
    return this.db
      .selectFrom('signing_keys')
      .selectAll()
      .where('retired_at', 'is', null)
      .orderBy('created_at', 'desc')
      .executeTakeFirst();
  }

  async replaceActive(row: SigningKeyRow, now: number) {
    await this.db.transaction().execute(async (trx) => {
      await trx
        .updateTable('signing_keys')
        .set({ retired_at: now })
        .where('retired_at', 'is', null)
        .execute();
      await trx.insertInto('signing_keys').values(row).execute();
    });
  }

  published(retiredSince: number) {
    return this.db
      .selectFrom('signing_keys')
      .selectAll()
      .where((eb) => eb.or([eb('retired_at', 'is', null), eb('retired_at', '>=', retiredSince)]))
      .orderBy('created_at', 'desc')
      .execute();
  }

  async deleteRetiredBefore(time: number) {
    const result = await this.db
      .deleteFrom('signing_keys')
      .where('retired_at', 'is not', null)
      .where('retired_at', '<', time)
      .executeTakeFirst();
    return Number(result.numDeletedRows);
  }

  list() {
    return this.db.selectFrom('signing_keys').selectAll().orderBy('created_at', 'desc').execute();
  }
}
