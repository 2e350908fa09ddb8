import { type Kysely, type Migration, sql } from 'kysely';

/**
 * One schema for SQLite and PostgreSQL. Credits and times (epoch milliseconds) are BIGINT.
 * The ledger is append-only: nothing in the service updates or deletes a ledger row.
 */
export const migrations: Record<string, Migration> = {
  '001_init': {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('accounts')
        .addColumn('user_id', 'varchar(64)', (c) => c.primaryKey())
        .addColumn('plan', 'varchar(16)', (c) => c.notNull())
        .addColumn('balance', 'bigint', (c) => c.notNull())
        .addColumn('held', 'bigint', (c) => c.notNull().defaultTo(0))
        .addColumn('last_seq', 'bigint', (c) => c.notNull().defaultTo(0))
        .addColumn('created_at', 'bigint', (c) => c.notNull())
        .addColumn('updated_at', 'bigint', (c) => c.notNull())
        // The last line of defence: no write can overdraw an account, whatever the code above does.
        .addCheckConstraint('accounts_held_not_negative', sql`held >= 0`)
        .addCheckConstraint('accounts_held_covered', sql`balance >= held`)
        .addCheckConstraint('accounts_plan', sql`plan in ('author', 'guest', 'operator')`)
        .execute();

      await db.schema
        .createTable('ledger_entries')
        .addColumn('user_id', 'varchar(64)', (c) => c.notNull().references('accounts.user_id'))
        .addColumn('seq', 'bigint', (c) => c.notNull())
        .addColumn('kind', 'varchar(16)', (c) => c.notNull())
        .addColumn('amount', 'bigint', (c) => c.notNull())
        .addColumn('balance_after', 'bigint', (c) => c.notNull())
        .addColumn('hold_id', 'varchar(36)')
        .addColumn('usage_id', 'varchar(36)')
        .addColumn('idempotency_key', 'varchar(128)')
        .addColumn('reason', 'varchar(500)')
        .addColumn('actor', 'varchar(64)')
        .addColumn('created_at', 'bigint', (c) => c.notNull())
        .addPrimaryKeyConstraint('ledger_entries_pk', ['user_id', 'seq'])
        .addCheckConstraint('ledger_amount_not_zero', sql`amount <> 0`)
        .addCheckConstraint('ledger_balance_after', sql`balance_after >= 0`)
        .execute();
      // Top-ups and adjustments: one entry per key and account; a hold is charged at most once.
      // Partial indexes (both engines): entries without a key or hold cost no index write.
      await db.schema
        .createIndex('ledger_entries_idempotency')
        .on('ledger_entries')
        .columns(['user_id', 'idempotency_key'])
        .unique()
        .where(sql<boolean>`idempotency_key is not null`)
        .execute();
      await db.schema
        .createIndex('ledger_entries_hold')
        .on('ledger_entries')
        .column('hold_id')
        .unique()
        .where(sql<boolean>`hold_id is not null`)
        .execute();

      await db.schema
        .createTable('holds')
        .addColumn('id', 'varchar(36)', (c) => c.primaryKey())
        .addColumn('user_id', 'varchar(64)', (c) => c.notNull().references('accounts.user_id'))
        .addColumn('amount', 'bigint', (c) => c.notNull())
        .addColumn('status', 'varchar(16)', (c) => c.notNull())
        .addColumn('captured_amount', 'bigint')
        .addColumn('idempotency_key', 'varchar(128)', (c) => c.notNull())
        .addColumn('expires_at', 'bigint', (c) => c.notNull())
        .addColumn('created_at', 'bigint', (c) => c.notNull())
        .addColumn('settled_at', 'bigint')
        .addCheckConstraint('holds_amount_positive', sql`amount > 0`)
        .addCheckConstraint('holds_status', sql`status in ('active', 'captured', 'released', 'expired')`)
        .addCheckConstraint(
          'holds_captured_amount',
          sql`captured_amount is null or (captured_amount >= 0 and captured_amount <= amount)`,
        )
        .execute();
      await db.schema
        .createIndex('holds_idempotency')
        .on('holds')
        .columns(['user_id', 'idempotency_key'])
        .unique()
        .execute();
      // Only active holds are looked up by expiry: by the sweep, and per account before a refusal.
      await db.schema
        .createIndex('holds_active_expiry')
        .on('holds')
        .column('expires_at')
        .where(sql<boolean>`status = 'active'`)
        .execute();
      await db.schema
        .createIndex('holds_user_active')
        .on('holds')
        .columns(['user_id', 'expires_at'])
        .where(sql<boolean>`status = 'active'`)
        .execute();

      await db.schema
        .createTable('usage_records')
        .addColumn('id', 'varchar(36)', (c) => c.primaryKey())
        .addColumn('user_id', 'varchar(64)', (c) => c.notNull().references('accounts.user_id'))
        .addColumn('idempotency_key', 'varchar(128)', (c) => c.notNull())
        .addColumn('model', 'varchar(128)', (c) => c.notNull())
        .addColumn('input_tokens', 'bigint', (c) => c.notNull())
        .addColumn('output_tokens', 'bigint', (c) => c.notNull())
        .addColumn('cost', 'bigint', (c) => c.notNull())
        .addColumn('charged', 'bigint', (c) => c.notNull())
        .addColumn('hold_id', 'varchar(36)')
        .addColumn('project_id', 'varchar(64)')
        .addColumn('purpose', 'varchar(64)', (c) => c.notNull())
        .addColumn('created_at', 'bigint', (c) => c.notNull())
        .execute();
      await db.schema
        .createIndex('usage_idempotency')
        .on('usage_records')
        .columns(['user_id', 'idempotency_key'])
        .unique()
        .execute();
      await db.schema
        .createIndex('usage_user_time')
        .on('usage_records')
        .columns(['user_id', 'created_at', 'id'])
        .execute();
      await db.schema.createIndex('usage_model_time').on('usage_records').columns(['created_at']).execute();
    },
    async down(db: Kysely<unknown>) {
      for (const table of ['usage_records', 'holds', 'ledger_entries', 'accounts']) {
        await db.schema.dropTable(table).ifExists().execute();
      }
    },
  },
};
