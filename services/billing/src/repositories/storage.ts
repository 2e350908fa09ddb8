import { type DatabaseHandle, inTransaction, isRetryableDbError, isUniqueViolation } from '@george/runtime';
import { type Kysely, sql } from 'kysely';
import { SqlAccountRepository } from './accounts.js';
import { GroupCommitter } from './group-commit.js';
import { SqlHoldRepository } from './holds.js';
import { SqlLedgerRepository } from './ledger.js';
import { SqlReportRepository } from './reports.js';
import type { BillingRepositories, BillingStorage } from './repositories.js';
import type { BillingDB } from './tables.js';
import { SqlUsageRepository } from './usage.js';

/**
 * The billing repositories on SQLite or PostgreSQL. SQLite transactions start with BEGIN IMMEDIATE
 * (one writer at a time across workers) and the work of one worker that arrives while a transaction
 * runs shares the next one (group commit); PostgreSQL transactions are retried on serialisation
 * failures and deadlocks.
 */
export class SqlBillingStorage implements BillingStorage {
  private readonly group: GroupCommitter<BillingDB> | undefined;
  private readonly reads: BillingRepositories;

  constructor(private readonly handle: DatabaseHandle<BillingDB>) {
    this.group = handle.dialect === 'sqlite' ? new GroupCommitter(handle.db) : undefined;
    this.reads = this.repositories(handle.db);
  }

  /**
   * Per-connection settings of a billing worker on SQLite: checkpoint the WAL every ~40 MB instead
   * of every 4 MB (a checkpoint syncs the file, and under write load that sync dominates the cost of
   * a commit), and a busy timeout of 1 ms, because writers wait for the lock in the group committer,
   * asynchronously; SQLite's own busy handler would put the whole worker to sleep.
   */
  async tune(): Promise<void> {
    if (this.handle.dialect !== 'sqlite') return;
    await sql`pragma wal_autocheckpoint = 10000`.execute(this.handle.db);
    await sql`pragma busy_timeout = 1`.execute(this.handle.db);
  }

  private repositories(db: Kysely<BillingDB>): BillingRepositories {
    return {
      accounts: new SqlAccountRepository(db),
      ledger: new SqlLedgerRepository(db),
      holds: new SqlHoldRepository(db, this.handle.dialect),
      usage: new SqlUsageRepository(db),
      reports: new SqlReportRepository(db),
    };
  }

  transaction<T>(work: (repos: BillingRepositories) => Promise<T>): Promise<T> {
    const run = (trx: Kysely<BillingDB>) => work(this.repositories(trx));
    return this.group ? this.group.run(run) : inTransaction(this.handle.db, run, 8);
  }

  /**
   * On SQLite the busy timeout is tiny (writers wait in the group committer), so the rare busy
   * answer to a reader (WAL recovery after a crash) is retried here.
   */
  async read<T>(work: (repos: BillingRepositories) => Promise<T>): Promise<T> {
    for (let attempt = 1; ; attempt++) {
      try {
        return await work(this.reads);
      } catch (err) {
        if (attempt >= 200 || !isRetryableDbError(err)) throw err;
        await new Promise((resolve) => setTimeout(resolve, 5));
      }
    }
  }

  isDuplicate(err: unknown): boolean {
    return isUniqueViolation(err);
  }

  /** A ping for the readiness check. */
  async ping(): Promise<void> {
    await this.handle.db.selectFrom('accounts').select('user_id').limit(1).execute();
  }
}
