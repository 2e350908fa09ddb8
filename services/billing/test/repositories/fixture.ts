/** A fresh, migrated billing database on one engine, with the SQL repositories over it. */
import { type DialectName, migrateToLatest } from '@george/runtime';
import { createTestDatabase } from '@george/runtime/testing';
import { migrations } from '../../src/repositories/migrations.js';
import { SqlBillingStorage } from '../../src/repositories/storage.js';
import type { AccountRow, HoldRow } from '../../src/repositories/tables.js';
import { openTestDb } from '../helpers.js';

export async function openRepositories(dialect: DialectName) {
  const database = await createTestDatabase(dialect);
  const handle = openTestDb(database);
  await migrateToLatest(handle.db, migrations);
  const storage = new SqlBillingStorage(handle);
  return {
    handle,
    storage,
    async close() {
      await handle.close();
      await database.cleanup();
    },
  };
}

export const account = (userId: string, balance: number, held = 0): AccountRow => ({
  user_id: userId,
  plan: 'author',
  balance,
  held,
  last_seq: 0,
  created_at: 1,
  updated_at: 1,
});

export const hold = (id: string, userId: string, amount: number, expiresAt: number, key = id): HoldRow => ({
  id,
  user_id: userId,
  amount,
  status: 'active',
  captured_amount: null,
  idempotency_key: key,
  expires_at: expiresAt,
  created_at: 1,
  settled_at: null,
});
