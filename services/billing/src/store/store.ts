import { randomBytes } from 'node:crypto';
import type { BillingEntryKind, BillingHoldStatus, BillingPlan } from '@george/contracts/billing';
import {
  type DatabaseHandle,
  type DialectName,
  HttpError,
  inTransaction,
  isRetryableDbError,
  isUniqueViolation,
  notFound,
} from '@george/runtime';
import { type Kysely, sql, type Transaction } from 'kysely';
import { GroupCommitter } from './group-commit.js';

// ---------------------------------------------------------------------------------------------
// Tables
// ---------------------------------------------------------------------------------------------

export interface AccountRow {
  user_id: string;
  plan: BillingPlan;
  balance: number;
  held: number;
  /** seq of the account's newest ledger entry. */
  last_seq: number;
  created_at: number;
  updated_at: number;
}

export interface LedgerRow {
  user_id: string;
  seq: number;
  kind: BillingEntryKind;
  amount: number;
  balance_after: number;
  hold_id: string | null;
  usage_id: string | null;
  idempotency_key: string | null;
  reason: string | null;
  actor: string | null;
  created_at: number;
}

export interface HoldRow {
  id: string;
  user_id: string;
  amount: number;
  status: BillingHoldStatus;
  captured_amount: number | null;
  idempotency_key: string;
  expires_at: number;
  created_at: number;
  settled_at: number | null;
}

export interface UsageRow {
  id: string;
  user_id: string;
  idempotency_key: string;
  model: string;
  input_tokens: number;
  output_tokens: number;
  cost: number;
  charged: number;
  hold_id: string | null;
  project_id: string | null;
  purpose: string;
  created_at: number;
}

export interface BillingDB {
  accounts: AccountRow;
  ledger_entries: LedgerRow;
  holds: HoldRow;
  usage_records: UsageRow;
}

type Trx = Transaction<BillingDB>;

// ---------------------------------------------------------------------------------------------
// Errors the store reports (safe to show: codes and amounts only)
// ---------------------------------------------------------------------------------------------

export const accountNotFound = (userId: string) =>
  notFound(`no billing account for user ${userId}`, 'account_not_found');

export const insufficientCredits = (available: number, requested: number) =>
  new HttpError(402, 'insufficient_credits', 'the account does not have enough available credits', {
    available,
    requested,
  });

const holdNotFound = () => notFound('no such hold', 'hold_not_found');

const idempotencyConflict = (what: string) =>
  new HttpError(
    409,
    'idempotency_key_reused',
    `this idempotency key was already used for a different ${what}`,
    { field: 'idempotencyKey' },
  );

// ---------------------------------------------------------------------------------------------
// Results
// ---------------------------------------------------------------------------------------------

export interface Replayable<T> {
  /** True when the write had already happened (a retry): nothing changed this time. */
  replay: boolean;
  value: T;
}

export interface Settlement {
  hold: HoldRow;
  account: AccountRow;
}

export interface EntryResult {
  entry: LedgerRow;
  account: AccountRow;
}

export interface UsageResult {
  usage: UsageRow;
  account: AccountRow;
}

export interface AppendOptions {
  kind: BillingEntryKind;
  /** Signed change of the balance. */
  amount: number;
  /** Change of the held credits (negative when a hold settles). */
  heldDelta?: number;
  /** The update only happens when `balance - held >= requireAvailable` (before the change). */
  requireAvailable?: number;
  holdId?: string | null;
  usageId?: string | null;
  idempotencyKey?: string | null;
  reason?: string | null;
  actor?: string | null;
}

export interface Figures {
  accounts: { total: number; byPlan: Record<BillingPlan, number> };
  credits: { inCirculation: number; held: number; byKind: Record<string, number> };
  usage: {
    model: string;
    calls: number;
    inputTokens: number;
    outputTokens: number;
    cost: number;
    charged: number;
  }[];
}

export interface UsageInput {
  userId: string;
  idempotencyKey: string;
  model: string;
  inputTokens: number;
  outputTokens: number;
  cost: number;
  projectId: string | null;
  purpose: string;
  holdId: string | null;
}

/**
 * A time-ordered UUID (version 7): new rows land at the end of the primary-key index instead of on
 * a random page, so a write touches fewer pages.
 */
export function newId(now = Date.now()): string {
  const bytes = randomBytes(16);
  bytes.writeUIntBE(now, 0, 6);
  bytes[6] = ((bytes[6] as number) & 0x0f) | 0x70;
  bytes[8] = ((bytes[8] as number) & 0x3f) | 0x80;
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** Matches the partial indexes on active holds (a literal, so that both planners can use them). */
const ACTIVE = sql<boolean>`status = 'active'`;

/** Thrown inside a transaction to roll it back when the write turns out to be a retry. */
class ReplayRollback extends Error {}

const toNumber = (v: unknown): number => (v === null || v === undefined ? 0 : Number(v));

/**
 * The ledger and its holds. Every balance change is one `appendEntry` inside one transaction that
 * also writes the entry; every write is safe to retry (idempotency keys with unique indexes, or the
 * hold's own state) and safe under concurrency on both engines: SQLite transactions start with
 * BEGIN IMMEDIATE (one writer at a time, operations of a worker grouped into shared transactions);
 * on PostgreSQL, balance checks are conditional UPDATEs (`WHERE balance - held >= amount`) and a
 * hold is settled by a conditional UPDATE of its row (or after `SELECT ... FOR UPDATE`) before its
 * account is touched: lock order is always holds, then accounts.
 */
export class BillingStore {
  readonly db: Kysely<BillingDB>;
  readonly dialect: DialectName;
  private readonly group: GroupCommitter<BillingDB> | undefined;

  constructor(
    handle: DatabaseHandle<BillingDB>,
    private readonly clock: () => number = Date.now,
  ) {
    this.db = handle.db;
    this.dialect = handle.dialect;
    this.group = handle.dialect === 'sqlite' ? new GroupCommitter(handle.db) : undefined;
  }

  /** A transaction: shared with concurrent operations of this worker on SQLite (group commit). */
  private tx<T>(fn: (trx: Trx) => Promise<T>): Promise<T> {
    return this.group ? this.group.run(fn) : inTransaction(this.db, fn, 8);
  }

  /**
   * A read outside any transaction. On SQLite the busy timeout is tiny (writers wait in the group
   * committer), so the rare busy answer to a reader (WAL recovery after a crash) is retried here.
   */
  private async read<T>(fn: () => Promise<T>): Promise<T> {
    for (let attempt = 1; ; attempt++) {
      try {
        return await fn();
      } catch (err) {
        if (attempt >= 200 || !isRetryableDbError(err)) throw err;
        await new Promise((resolve) => setTimeout(resolve, 5));
      }
    }
  }

  private selectHoldForUpdate(trx: Trx, holdId: string) {
    const query = trx.selectFrom('holds').selectAll().where('id', '=', holdId);
    return (this.dialect === 'postgres' ? query.forUpdate() : query).executeTakeFirst();
  }

  /** The one way a balance changes: the account row and its ledger entry, in the caller's transaction. */
  private async appendEntry(
    trx: Trx,
    userId: string,
    now: number,
    options: AppendOptions,
  ): Promise<EntryResult | undefined> {
    let update = trx
      .updateTable('accounts')
      .set((eb) => ({
        balance: eb('balance', '+', options.amount),
        held: eb('held', '+', options.heldDelta ?? 0),
        last_seq: eb('last_seq', '+', 1),
        updated_at: now,
      }))
      .where('user_id', '=', userId);
    if (options.requireAvailable !== undefined) {
      update = update.where(sql<number>`balance - held`, '>=', options.requireAvailable);
    }
    const account = await update.returningAll().executeTakeFirst();
    if (!account) return undefined;
    const entry: LedgerRow = {
      user_id: userId,
      seq: account.last_seq,
      kind: options.kind,
      amount: options.amount,
      balance_after: account.balance,
      hold_id: options.holdId ?? null,
      usage_id: options.usageId ?? null,
      idempotency_key: options.idempotencyKey ?? null,
      reason: options.reason ?? null,
      actor: options.actor ?? null,
      created_at: now,
    };
    await trx.insertInto('ledger_entries').values(entry).execute();
    return { entry, account };
  }

  /** Changes held credits only (no balance change, so no ledger entry). */
  private async changeHeld(trx: Trx, userId: string, delta: number, now: number): Promise<AccountRow> {
    const account = await trx
      .updateTable('accounts')
      .set((eb) => ({ held: eb('held', '+', delta), updated_at: now }))
      .where('user_id', '=', userId)
      .returningAll()
      .executeTakeFirstOrThrow();
    return account;
  }

  /** Releases the user's expired holds. Holds rows are locked before the account row. */
  private async expireForUser(trx: Trx, userId: string, now: number): Promise<void> {
    const expired = await trx
      .updateTable('holds')
      .set({ status: 'expired', settled_at: now })
      .where('user_id', '=', userId)
      .where(ACTIVE)
      .where('expires_at', '<=', now)
      .returning(['amount'])
      .execute();
    if (expired.length === 0) return;
    const total = expired.reduce((sum, row) => sum + toNumber(row.amount), 0);
    await this.changeHeld(trx, userId, -total, now);
  }

  // ---- accounts ------------------------------------------------------------------------------

  async createAccount(userId: string, plan: BillingPlan, grant: number): Promise<Replayable<AccountRow>> {
    return this.tx(async (trx) => {
      const now = this.clock();
      const inserted = await trx
        .insertInto('accounts')
        .values({
          user_id: userId,
          plan,
          balance: 0,
          held: 0,
          last_seq: 0,
          created_at: now,
          updated_at: now,
        })
        .onConflict((oc) => oc.column('user_id').doNothing())
        .returningAll()
        .executeTakeFirst();
      if (!inserted) {
        const existing = await trx
          .selectFrom('accounts')
          .selectAll()
          .where('user_id', '=', userId)
          .executeTakeFirstOrThrow();
        return { replay: true, value: existing };
      }
      if (grant <= 0) return { replay: false, value: inserted };
      const written = await this.appendEntry(trx, userId, now, {
        kind: 'grant',
        amount: grant,
        reason: `opening grant (${plan})`,
      });
      return { replay: false, value: (written as EntryResult).account };
    });
  }

  async findAccount(userId: string): Promise<AccountRow | undefined> {
    return this.read(() =>
      this.db.selectFrom('accounts').selectAll().where('user_id', '=', userId).executeTakeFirst(),
    );
  }

  /** The account, with its expired holds released first (lazily, on read). */
  async getAccount(userId: string): Promise<AccountRow> {
    const account = await this.findAccount(userId);
    if (!account) throw accountNotFound(userId);
    if (account.held === 0) return account;
    const now = this.clock();
    const stale = await this.read(() =>
      this.db
        .selectFrom('holds')
        .select('id')
        .where('user_id', '=', userId)
        .where(ACTIVE)
        .where('expires_at', '<=', now)
        .limit(1)
        .executeTakeFirst(),
    );
    if (!stale) return account;
    return this.tx(async (trx) => {
      await this.expireForUser(trx, userId, now);
      return trx.selectFrom('accounts').selectAll().where('user_id', '=', userId).executeTakeFirstOrThrow();
    });
  }

  // ---- holds ---------------------------------------------------------------------------------

  private async existingHold(
    db: Kysely<BillingDB>,
    userId: string,
    key: string,
    amount: number,
  ): Promise<HoldRow | undefined> {
    const hold = await db
      .selectFrom('holds')
      .selectAll()
      .where('user_id', '=', userId)
      .where('idempotency_key', '=', key)
      .executeTakeFirst();
    if (hold && hold.amount !== amount) throw idempotencyConflict('hold');
    return hold;
  }

  async placeHold(input: {
    userId: string;
    amount: number;
    idempotencyKey: string;
    ttlSeconds: number;
  }): Promise<Replayable<HoldRow>> {
    const { userId, amount, idempotencyKey } = input;
    const reserve = (trx: Trx, now: number) =>
      trx
        .updateTable('accounts')
        .set((eb) => ({ held: eb('held', '+', amount), updated_at: now }))
        .where('user_id', '=', userId)
        .where(sql<number>`balance - held`, '>=', amount)
        .returning(['user_id'])
        .executeTakeFirst();
    let refusal: HttpError | undefined;
    try {
      const result = await this.tx(async (trx): Promise<Replayable<HoldRow> | undefined> => {
        refusal = undefined;
        const now = this.clock();
        // Fast path: two statements. A retry is caught by the unique key on insert.
        let reserved = await reserve(trx, now);
        if (!reserved) {
          const existing = await this.existingHold(trx, userId, idempotencyKey, amount);
          if (existing) return { replay: true, value: existing };
          // Expired holds may be what stands in the way: release them, then try once more.
          await this.expireForUser(trx, userId, now);
          reserved = await reserve(trx, now);
        }
        if (!reserved) {
          const account = await trx
            .selectFrom('accounts')
            .select(['balance', 'held'])
            .where('user_id', '=', userId)
            .executeTakeFirst();
          // Returned, not thrown: released expired holds must still be committed.
          refusal = account
            ? insufficientCredits(account.balance - account.held, amount)
            : accountNotFound(userId);
          return undefined;
        }
        const hold: HoldRow = {
          id: newId(now),
          user_id: userId,
          amount,
          status: 'active',
          captured_amount: null,
          idempotency_key: idempotencyKey,
          expires_at: now + input.ttlSeconds * 1000,
          created_at: now,
          settled_at: null,
        };
        const inserted = await trx
          .insertInto('holds')
          .values(hold)
          .onConflict((oc) => oc.columns(['user_id', 'idempotency_key']).doNothing())
          .returning(['id'])
          .executeTakeFirst();
        // The key exists (a retry, or a concurrent twin that committed first): undo the reservation.
        if (!inserted) throw new ReplayRollback();
        return { replay: false, value: hold };
      });
      if (refusal) throw refusal;
      return result as Replayable<HoldRow>;
    } catch (err) {
      if (err instanceof ReplayRollback || isUniqueViolation(err)) {
        const existing = await this.read(() => this.existingHold(this.db, userId, idempotencyKey, amount));
        if (existing) return { replay: true, value: existing };
      }
      throw err;
    }
  }

  async getHold(holdId: string): Promise<HoldRow> {
    const byId = () => this.db.selectFrom('holds').selectAll().where('id', '=', holdId).executeTakeFirst();
    const hold = await this.read(byId);
    if (!hold) throw holdNotFound();
    if (hold.status === 'active' && hold.expires_at <= this.clock()) {
      await this.getAccount(hold.user_id);
      return (await this.read(byId)) as HoldRow;
    }
    return hold;
  }

  /**
   * Settles an active hold: charges `charge` (0..amount) with one ledger entry and releases the
   * rest. Returns undefined after writing the hold's expiry when it had expired. The caller holds
   * the hold row (FOR UPDATE on PostgreSQL).
   */
  private async settle(
    trx: Trx,
    hold: HoldRow,
    now: number,
    charge: number,
    entry: { kind: BillingEntryKind; usageId?: string },
  ): Promise<Settlement | undefined> {
    if (hold.expires_at <= now) {
      await trx
        .updateTable('holds')
        .set({ status: 'expired', settled_at: now })
        .where('id', '=', hold.id)
        .where('status', '=', 'active')
        .execute();
      await this.changeHeld(trx, hold.user_id, -hold.amount, now);
      return undefined;
    }
    const settled = await trx
      .updateTable('holds')
      .set({ status: 'captured', captured_amount: charge, settled_at: now })
      .where('id', '=', hold.id)
      .where('status', '=', 'active')
      .returningAll()
      .executeTakeFirstOrThrow();
    let account: AccountRow;
    if (charge > 0) {
      const written = await this.appendEntry(trx, hold.user_id, now, {
        kind: entry.kind,
        amount: -charge,
        heldDelta: -hold.amount,
        holdId: hold.id,
        usageId: entry.usageId ?? null,
      });
      account = (written as EntryResult).account;
    } else {
      account = await this.changeHeld(trx, hold.user_id, -hold.amount, now);
    }
    return { hold: settled, account };
  }

  private async accountOf(trx: Trx, userId: string): Promise<AccountRow> {
    return trx.selectFrom('accounts').selectAll().where('user_id', '=', userId).executeTakeFirstOrThrow();
  }

  private static notActive(hold: HoldRow): HttpError {
    return new HttpError(409, `hold_${hold.status}`, `the hold is already ${hold.status}`, {
      status: hold.status,
    });
  }

  private static expired(): HttpError {
    return new HttpError(409, 'hold_expired', 'the hold has expired and its credits were released', {
      status: 'expired',
    });
  }

  /** Charges `amount` (at most the hold's amount) and releases the rest. Idempotent. */
  async captureHold(holdId: string, amount: number): Promise<Replayable<Settlement>> {
    let failure: HttpError | undefined;
    const result = await this.tx(async (trx): Promise<Replayable<Settlement> | undefined> => {
      failure = undefined;
      const now = this.clock();
      // Fast path: settle the hold if it is active, unexpired and covers the amount (on PostgreSQL
      // this takes the hold's row lock; a concurrent twin waits, then finds it captured).
      const settled = await trx
        .updateTable('holds')
        .set({ status: 'captured', captured_amount: amount, settled_at: now })
        .where('id', '=', holdId)
        .where('status', '=', 'active')
        .where('expires_at', '>', now)
        .where('amount', '>=', amount)
        .returningAll()
        .executeTakeFirst();
      if (settled) {
        const written = await this.appendEntry(trx, settled.user_id, now, {
          kind: 'capture',
          amount: -amount,
          heldDelta: -settled.amount,
          holdId,
        });
        return { replay: false, value: { hold: settled, account: (written as EntryResult).account } };
      }
      // Why not: unknown, already settled, expired, or more than held.
      const hold = await this.selectHoldForUpdate(trx, holdId);
      if (!hold) throw holdNotFound();
      if (hold.status === 'captured') {
        if (hold.captured_amount !== amount) {
          throw new HttpError(409, 'hold_captured', 'the hold was already captured with another amount', {
            status: 'captured',
            capturedAmount: hold.captured_amount,
          });
        }
        return { replay: true, value: { hold, account: await this.accountOf(trx, hold.user_id) } };
      }
      if (hold.status !== 'active') throw BillingStore.notActive(hold);
      if (hold.expires_at <= now) {
        await this.settle(trx, hold, now, 0, { kind: 'capture' });
        failure = BillingStore.expired();
        return undefined;
      }
      throw new HttpError(400, 'capture_exceeds_hold', `amount must be at most the held ${hold.amount}`, {
        field: 'amount',
        held: hold.amount,
      });
    });
    if (failure) throw failure;
    return result as Replayable<Settlement>;
  }

  /** Releases the whole hold. Idempotent: releasing a released or expired hold answers its state. */
  async releaseHold(holdId: string): Promise<Replayable<Settlement>> {
    return this.tx(async (trx) => {
      const hold = await this.selectHoldForUpdate(trx, holdId);
      if (!hold) throw holdNotFound();
      if (hold.status === 'released' || hold.status === 'expired') {
        return { replay: true, value: { hold, account: await this.accountOf(trx, hold.user_id) } };
      }
      if (hold.status !== 'active') throw BillingStore.notActive(hold);
      const now = this.clock();
      const status: BillingHoldStatus = hold.expires_at <= now ? 'expired' : 'released';
      const released = await trx
        .updateTable('holds')
        .set({ status, settled_at: now })
        .where('id', '=', hold.id)
        .where('status', '=', 'active')
        .returningAll()
        .executeTakeFirstOrThrow();
      const account = await this.changeHeld(trx, hold.user_id, -hold.amount, now);
      return { replay: false, value: { hold: released, account } };
    });
  }

  /** Releases expired holds of every account, a batch at a time. Returns how many were released. */
  async sweepExpired(limit = 500): Promise<number> {
    return this.tx(async (trx) => {
      const now = this.clock();
      const expired = await trx
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
      const perUser = new Map<string, number>();
      for (const row of expired)
        perUser.set(row.user_id, (perUser.get(row.user_id) ?? 0) + toNumber(row.amount));
      for (const userId of [...perUser.keys()].sort()) {
        await this.changeHeld(trx, userId, -(perUser.get(userId) as number), now);
      }
      return expired.length;
    });
  }

  // ---- top-ups and adjustments ----------------------------------------------------------------

  async writeOperatorEntry(input: {
    userId: string;
    kind: 'topup' | 'adjustment';
    amount: number;
    idempotencyKey: string;
    reason: string;
    actor: string;
  }): Promise<Replayable<EntryResult>> {
    const { userId, idempotencyKey } = input;
    const replayOf = async (db: Kysely<BillingDB>): Promise<Replayable<EntryResult> | undefined> => {
      const entry = await db
        .selectFrom('ledger_entries')
        .selectAll()
        .where('user_id', '=', userId)
        .where('idempotency_key', '=', idempotencyKey)
        .executeTakeFirst();
      if (!entry) return undefined;
      if (entry.kind !== input.kind || entry.amount !== input.amount) throw idempotencyConflict(input.kind);
      const account = await db
        .selectFrom('accounts')
        .selectAll()
        .where('user_id', '=', userId)
        .executeTakeFirstOrThrow();
      return { replay: true, value: { entry, account } };
    };
    try {
      return await this.tx(async (trx) => {
        const replay = await replayOf(trx);
        if (replay) return replay;
        const written = await this.appendEntry(trx, userId, this.clock(), {
          kind: input.kind,
          amount: input.amount,
          idempotencyKey,
          reason: input.reason,
          actor: input.actor,
          ...(input.amount < 0 ? { requireAvailable: -input.amount } : {}),
        });
        if (!written) {
          const account = await trx
            .selectFrom('accounts')
            .select(['balance', 'held'])
            .where('user_id', '=', userId)
            .executeTakeFirst();
          if (!account) throw accountNotFound(userId);
          throw insufficientCredits(account.balance - account.held, -input.amount);
        }
        return { replay: false, value: written };
      });
    } catch (err) {
      if (isUniqueViolation(err)) {
        const replay = await this.read(() => replayOf(this.db));
        if (replay) return replay;
      }
      throw err;
    }
  }

  // ---- usage ---------------------------------------------------------------------------------

  async recordUsage(input: UsageInput): Promise<Replayable<UsageResult>> {
    const replayOf = async (db: Kysely<BillingDB>): Promise<Replayable<UsageResult> | undefined> => {
      const usage = await db
        .selectFrom('usage_records')
        .selectAll()
        .where('user_id', '=', input.userId)
        .where('idempotency_key', '=', input.idempotencyKey)
        .executeTakeFirst();
      if (!usage) return undefined;
      if (
        usage.model !== input.model ||
        usage.input_tokens !== input.inputTokens ||
        usage.output_tokens !== input.outputTokens ||
        usage.hold_id !== input.holdId
      ) {
        throw idempotencyConflict('usage record');
      }
      const account = await db
        .selectFrom('accounts')
        .selectAll()
        .where('user_id', '=', input.userId)
        .executeTakeFirstOrThrow();
      return { replay: true, value: { usage, account } };
    };
    let failure: HttpError | undefined;
    try {
      const result = await this.tx(async (trx): Promise<Replayable<UsageResult> | undefined> => {
        failure = undefined;
        const replay = await replayOf(trx);
        if (replay) return replay;
        const now = this.clock();
        const usageId = newId(now);
        let charged: number;
        let account: AccountRow;
        if (input.holdId) {
          const hold = await this.selectHoldForUpdate(trx, input.holdId);
          if (!hold || hold.user_id !== input.userId) throw holdNotFound();
          if (hold.status !== 'active') {
            // PostgreSQL: a concurrent twin of this request may have settled the hold while this
            // one waited for its lock; its record is visible now.
            const twin = await replayOf(trx);
            if (twin) return twin;
            throw BillingStore.notActive(hold);
          }
          charged = Math.min(input.cost, hold.amount);
          const settled = await this.settle(trx, hold, now, charged, { kind: 'usage', usageId });
          if (!settled) {
            failure = BillingStore.expired();
            return undefined;
          }
          account = settled.account;
        } else {
          charged = input.cost;
          if (charged > 0) {
            const written = await this.appendEntry(trx, input.userId, now, {
              kind: 'usage',
              amount: -charged,
              requireAvailable: charged,
              usageId,
            });
            if (!written) {
              const current = await trx
                .selectFrom('accounts')
                .select(['balance', 'held'])
                .where('user_id', '=', input.userId)
                .executeTakeFirst();
              if (!current) throw accountNotFound(input.userId);
              throw insufficientCredits(current.balance - current.held, charged);
            }
            account = written.account;
          } else {
            const current = await trx
              .selectFrom('accounts')
              .selectAll()
              .where('user_id', '=', input.userId)
              .executeTakeFirst();
            if (!current) throw accountNotFound(input.userId);
            account = current;
          }
        }
        const usage: UsageRow = {
          id: usageId,
          user_id: input.userId,
          idempotency_key: input.idempotencyKey,
          model: input.model,
          input_tokens: input.inputTokens,
          output_tokens: input.outputTokens,
          cost: input.cost,
          charged,
          hold_id: input.holdId,
          project_id: input.projectId,
          purpose: input.purpose,
          created_at: now,
        };
        await trx.insertInto('usage_records').values(usage).execute();
        return { replay: false, value: { usage, account } };
      });
      if (failure) throw failure;
      return result as Replayable<UsageResult>;
    } catch (err) {
      if (isUniqueViolation(err)) {
        const replay = await this.read(() => replayOf(this.db));
        if (replay) return replay;
      }
      throw err;
    }
  }

  // ---- reading -------------------------------------------------------------------------------

  /** Ledger entries newest first, `before` the given seq (exclusive). */
  async ledgerPage(userId: string, limit: number, before: number | undefined): Promise<LedgerRow[]> {
    let query = this.db
      .selectFrom('ledger_entries')
      .selectAll()
      .where('user_id', '=', userId)
      .orderBy('seq', 'desc')
      .limit(limit);
    if (before !== undefined) query = query.where('seq', '<', before);
    return this.read(() => query.execute());
  }

  async usagePage(
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
    return this.read(() => query.execute());
  }

  figures(since: number | undefined): Promise<Figures> {
    return this.read(() => this.readFigures(since));
  }

  private async readFigures(since: number | undefined): Promise<Figures> {
    const sum = (column: string) => sql<number>`cast(coalesce(sum(${sql.ref(column)}), 0) as bigint)`;
    const plans = await this.db
      .selectFrom('accounts')
      .select(['plan', sql<number>`cast(count(*) as bigint)`.as('n')])
      .groupBy('plan')
      .execute();
    const totals = await this.db
      .selectFrom('accounts')
      .select([sum('balance').as('balance'), sum('held').as('held')])
      .executeTakeFirstOrThrow();
    const kinds = await this.db
      .selectFrom('ledger_entries')
      .select(['kind', sum('amount').as('total')])
      .groupBy('kind')
      .execute();
    let usageQuery = this.db
      .selectFrom('usage_records')
      .select([
        'model',
        sql<number>`cast(count(*) as bigint)`.as('calls'),
        sum('input_tokens').as('input_tokens'),
        sum('output_tokens').as('output_tokens'),
        sum('cost').as('cost'),
        sum('charged').as('charged'),
      ])
      .groupBy('model')
      .orderBy('model');
    if (since !== undefined) usageQuery = usageQuery.where('created_at', '>=', since);
    const usage = await usageQuery.execute();
    const byPlan: Record<BillingPlan, number> = { author: 0, guest: 0, operator: 0 };
    for (const row of plans) byPlan[row.plan] = toNumber(row.n);
    return {
      accounts: { total: byPlan.author + byPlan.guest + byPlan.operator, byPlan },
      credits: {
        inCirculation: toNumber(totals.balance),
        held: toNumber(totals.held),
        byKind: Object.fromEntries(kinds.map((k) => [k.kind, toNumber(k.total)])),
      },
      usage: usage.map((u) => ({
        model: u.model,
        calls: toNumber(u.calls),
        inputTokens: toNumber(u.input_tokens),
        outputTokens: toNumber(u.output_tokens),
        cost: toNumber(u.cost),
        charged: toNumber(u.charged),
      })),
    };
  }
}
