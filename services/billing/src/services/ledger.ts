/**
 * The ledger's rules. A balance changes only through `appendEntry`, which writes the account and its
 * ledger entry in the same transaction; holds change `held`, not the balance. Every write is safe to
 * retry (idempotency keys with unique indexes, or the hold's own state) and to run concurrently on
 * both engines: balance checks are conditional updates (`balance - held >= amount`), and a hold is
 * settled by a conditional update of its row (or after locking it) before its account is touched,
 * so locks are always taken holds first, then accounts.
 */
import type { BillingEntryKind, BillingPlan } from '@george/contracts/billing';
import { HttpError } from '@george/runtime';
import type { BillingConfig } from '../config.js';
import {
  AccountExists,
  AccountNotFound,
  CaptureExceedsHold,
  HoldCaptured,
  HoldExpired,
  HoldNotFound,
  HoldReleased,
  IdempotencyKeyReused,
  InsufficientCredits,
  InvalidCursor,
  OperatorRequired,
} from '../errors.js';
import type { BillingRepositories, BillingStorage, Figures } from '../repositories/repositories.js';
import type { AccountRow, HoldRow, LedgerRow, UsageRow } from '../repositories/tables.js';
import { newId } from './ids.js';
import { costOf } from './prices.js';

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

export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

export interface UsageInput {
  userId: string;
  idempotencyKey: string;
  model: string;
  inputTokens: number;
  outputTokens: number;
  purpose: string;
  projectId: string | null;
  holdId: string | null;
}

interface EntryOptions {
  kind: BillingEntryKind;
  amount: number;
  heldDelta?: number;
  requireAvailable?: number;
  holdId?: string | null;
  usageId?: string | null;
  idempotencyKey?: string | null;
  reason?: string | null;
  actor?: string | null;
}

/** Thrown inside a transaction to roll it back when the write turns out to be a retry. */
class ReplayRollback extends Error {}

type Repos = BillingRepositories;

const refusalOf = (account: AccountRow | undefined, userId: string, requested: number): HttpError =>
  account
    ? InsufficientCredits({ available: account.balance - account.held, requested })
    : AccountNotFound(userId);

/** The refusal for settling a hold that is not active. */
function notActive(hold: HoldRow): HttpError {
  if (hold.status === 'captured') return HoldCaptured({ status: 'captured' });
  if (hold.status === 'released') return HoldReleased({ status: 'released' });
  return HoldExpired({ status: 'expired' });
}

export class LedgerService {
  constructor(
    private readonly storage: BillingStorage,
    private readonly config: Pick<BillingConfig, 'grants' | 'holdTtlSeconds' | 'prices'>,
    private readonly clock: () => number = Date.now,
  ) {}

  /** The one way a balance changes: the account row and its ledger entry, in the caller's transaction. */
  private async appendEntry(
    repos: Repos,
    userId: string,
    now: number,
    options: EntryOptions,
  ): Promise<EntryResult | undefined> {
    const account = await repos.accounts.applyEntry(
      userId,
      {
        amount: options.amount,
        heldDelta: options.heldDelta ?? 0,
        ...(options.requireAvailable !== undefined ? { requireAvailable: options.requireAvailable } : {}),
      },
      now,
    );
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
    await repos.ledger.insert(entry);
    return { entry, account };
  }

  /** Changes held credits of an account that exists (no balance change, so no ledger entry). */
  private async changeHeld(repos: Repos, userId: string, delta: number, now: number): Promise<AccountRow> {
    const account = await repos.accounts.changeHeld(userId, delta, now);
    if (!account) throw AccountNotFound(userId);
    return account;
  }

  private async existingAccount(repos: Repos, userId: string): Promise<AccountRow> {
    const account = await repos.accounts.find(userId);
    if (!account) throw AccountNotFound(userId);
    return account;
  }

  /** Releases the user's expired holds. Hold rows are locked before the account row. */
  private async expireForUser(repos: Repos, userId: string, now: number): Promise<void> {
    const amounts = await repos.holds.expireForUser(userId, now);
    if (amounts.length === 0) return;
    await this.changeHeld(repos, userId, -amounts.reduce((sum, amount) => sum + amount, 0), now);
  }

  // ---- accounts ------------------------------------------------------------------------------

  /** Creates the account with its plan's opening grant; the same plan again answers the account. */
  async createAccount(userId: string, plan: BillingPlan): Promise<Replayable<AccountRow>> {
    const grant = this.config.grants[plan];
    const result = await this.storage.transaction(async (repos): Promise<Replayable<AccountRow>> => {
      const now = this.clock();
      const inserted = await repos.accounts.insertIfAbsent({
        user_id: userId,
        plan,
        balance: 0,
        held: 0,
        last_seq: 0,
        created_at: now,
        updated_at: now,
      });
      if (!inserted) return { replay: true, value: await this.existingAccount(repos, userId) };
      if (grant <= 0) return { replay: false, value: inserted };
      const written = await this.appendEntry(repos, userId, now, {
        kind: 'grant',
        amount: grant,
        reason: `opening grant (${plan})`,
      });
      return { replay: false, value: written?.account ?? inserted };
    });
    if (result.replay && result.value.plan !== plan)
      throw AccountExists(result.value.plan, { field: 'plan', plan: result.value.plan });
    return result;
  }

  /** The account, with its expired holds released first (lazily, on read). */
  async getAccount(userId: string): Promise<AccountRow> {
    const now = this.clock();
    const { account, stale } = await this.storage.read(async (repos) => {
      const found = await repos.accounts.find(userId);
      if (!found) throw AccountNotFound(userId);
      return { account: found, stale: found.held > 0 && (await repos.holds.hasExpired(userId, now)) };
    });
    if (!stale) return account;
    return this.storage.transaction(async (repos) => {
      await this.expireForUser(repos, userId, now);
      return this.existingAccount(repos, userId);
    });
  }

  /** Operators are accounts with the operator plan, named by the acting user. */
  private async requireOperator(actor: string | undefined): Promise<string> {
    if (!actor) throw OperatorRequired();
    const account = await this.storage.read((repos) => repos.accounts.find(actor));
    if (account?.plan !== 'operator') throw OperatorRequired();
    return actor;
  }

  // ---- holds ---------------------------------------------------------------------------------

  private async existingHold(
    repos: Repos,
    userId: string,
    key: string,
    amount: number,
  ): Promise<HoldRow | undefined> {
    const hold = await repos.holds.findByKey(userId, key);
    if (hold && hold.amount !== amount) throw IdempotencyKeyReused('hold', { field: 'idempotencyKey' });
    return hold;
  }

  /** Reserves `amount` of the available credits. Idempotent by `(userId, idempotencyKey)`. */
  async placeHold(input: {
    userId: string;
    amount: number;
    idempotencyKey: string;
    ttlSeconds?: number | undefined;
  }): Promise<Replayable<HoldRow>> {
    const { userId, amount, idempotencyKey } = input;
    const ttlSeconds = input.ttlSeconds ?? this.config.holdTtlSeconds;
    try {
      const result = await this.storage.transaction(
        async (repos): Promise<Replayable<HoldRow> | HttpError> => {
          const now = this.clock();
          // Fast path: two statements. A retry is caught by the unique key on insert.
          let reserved = await repos.accounts.reserve(userId, amount, now);
          if (!reserved) {
            const existing = await this.existingHold(repos, userId, idempotencyKey, amount);
            if (existing) return { replay: true, value: existing };
            // Expired holds may be what stands in the way: release them, then try once more.
            await this.expireForUser(repos, userId, now);
            reserved = await repos.accounts.reserve(userId, amount, now);
          }
          // Returned, not thrown: released expired holds must still be committed.
          if (!reserved) return refusalOf(await repos.accounts.find(userId), userId, amount);
          const hold: HoldRow = {
            id: newId(now),
            user_id: userId,
            amount,
            status: 'active',
            captured_amount: null,
            idempotency_key: idempotencyKey,
            expires_at: now + ttlSeconds * 1000,
            created_at: now,
            settled_at: null,
          };
          // The key exists (a retry, or a concurrent twin that committed first): undo the reservation.
          if (!(await repos.holds.insertIfAbsent(hold))) throw new ReplayRollback();
          return { replay: false, value: hold };
        },
      );
      if (result instanceof HttpError) throw result;
      return result;
    } catch (err) {
      if (err instanceof ReplayRollback || this.storage.isDuplicate(err)) {
        const existing = await this.storage.read((repos) =>
          this.existingHold(repos, userId, idempotencyKey, amount),
        );
        if (existing) return { replay: true, value: existing };
      }
      throw err;
    }
  }

  async getHold(holdId: string): Promise<HoldRow> {
    const hold = await this.storage.read((repos) => repos.holds.find(holdId));
    if (!hold) throw HoldNotFound();
    if (hold.status === 'active' && hold.expires_at <= this.clock()) {
      await this.getAccount(hold.user_id);
      const settled = await this.storage.read((repos) => repos.holds.find(holdId));
      if (settled) return settled;
    }
    return hold;
  }

  /**
   * Settles an active hold: charges `charge` (0..amount) with one ledger entry and releases the
   * rest. Returns undefined after writing the hold's expiry when it had expired. The caller holds
   * the hold row (locked on PostgreSQL).
   */
  private async settle(
    repos: Repos,
    hold: HoldRow,
    now: number,
    charge: number,
    entry: { kind: BillingEntryKind; usageId?: string },
  ): Promise<Settlement | undefined> {
    if (hold.expires_at <= now) {
      await repos.holds.settleActive(hold.id, 'expired', null, now);
      await this.changeHeld(repos, hold.user_id, -hold.amount, now);
      return undefined;
    }
    const settled = await repos.holds.settleActive(hold.id, 'captured', charge, now);
    if (!settled) throw notActive(hold);
    if (charge > 0) {
      const written = await this.appendEntry(repos, hold.user_id, now, {
        kind: entry.kind,
        amount: -charge,
        heldDelta: -hold.amount,
        holdId: hold.id,
        usageId: entry.usageId ?? null,
      });
      if (!written) throw AccountNotFound(hold.user_id);
      return { hold: settled, account: written.account };
    }
    return { hold: settled, account: await this.changeHeld(repos, hold.user_id, -hold.amount, now) };
  }

  /** Charges `amount` (at most the hold's amount) and releases the rest. Idempotent. */
  async captureHold(holdId: string, amount: number): Promise<Replayable<Settlement>> {
    const result = await this.storage.transaction(
      async (repos): Promise<Replayable<Settlement> | HttpError> => {
        const now = this.clock();
        // Fast path: settle the hold if it is active, unexpired and covers the amount (on PostgreSQL
        // this takes the hold's row lock; a concurrent twin waits, then finds it captured).
        const settled = await repos.holds.captureIfCovers(holdId, amount, now);
        if (settled) {
          const written = await this.appendEntry(repos, settled.user_id, now, {
            kind: 'capture',
            amount: -amount,
            heldDelta: -settled.amount,
            holdId,
          });
          if (!written) throw AccountNotFound(settled.user_id);
          return { replay: false, value: { hold: settled, account: written.account } };
        }
        // Why not: unknown, already settled, expired, or more than held.
        const hold = await repos.holds.findForUpdate(holdId);
        if (!hold) throw HoldNotFound();
        if (hold.status === 'captured') {
          if (hold.captured_amount !== amount)
            throw HoldCaptured({ status: 'captured', capturedAmount: hold.captured_amount });
          return { replay: true, value: { hold, account: await this.existingAccount(repos, hold.user_id) } };
        }
        if (hold.status !== 'active') throw notActive(hold);
        if (hold.expires_at <= now) {
          // Returned, not thrown: the expiry is committed.
          await this.settle(repos, hold, now, 0, { kind: 'capture' });
          return HoldExpired({ status: 'expired' });
        }
        throw CaptureExceedsHold(hold.amount, { field: 'amount', held: hold.amount });
      },
    );
    if (result instanceof HttpError) throw result;
    return result;
  }

  /** Releases the whole hold. Idempotent: releasing a released or expired hold answers its state. */
  async releaseHold(holdId: string): Promise<Replayable<Settlement>> {
    return this.storage.transaction(async (repos) => {
      const hold = await repos.holds.findForUpdate(holdId);
      if (!hold) throw HoldNotFound();
      if (hold.status === 'released' || hold.status === 'expired') {
        return { replay: true, value: { hold, account: await this.existingAccount(repos, hold.user_id) } };
      }
      if (hold.status !== 'active') throw notActive(hold);
      const now = this.clock();
      const released = await repos.holds.settleActive(
        hold.id,
        hold.expires_at <= now ? 'expired' : 'released',
        null,
        now,
      );
      if (!released) throw notActive(hold);
      const account = await this.changeHeld(repos, hold.user_id, -hold.amount, now);
      return { replay: false, value: { hold: released, account } };
    });
  }

  /** Releases expired holds of every account, a batch at a time. Returns how many were released. */
  async sweepExpired(limit = 500): Promise<number> {
    return this.storage.transaction(async (repos) => {
      const now = this.clock();
      const expired = await repos.holds.expireBatch(limit, now);
      const perUser = new Map<string, number>();
      for (const { userId, amount } of expired) perUser.set(userId, (perUser.get(userId) ?? 0) + amount);
      // One account at a time, in a fixed order, so that concurrent sweeps never deadlock.
      for (const userId of [...perUser.keys()].sort()) {
        await this.changeHeld(repos, userId, -(perUser.get(userId) ?? 0), now);
      }
      return expired.length;
    });
  }

  // ---- top-ups and adjustments ----------------------------------------------------------------

  /** Credits an account (an operator's top-up). Idempotent by `(userId, idempotencyKey)`. */
  topUp(input: {
    actor: string | undefined;
    userId: string;
    amount: number;
    idempotencyKey: string;
    reason: string;
  }): Promise<Replayable<EntryResult>> {
    return this.writeOperatorEntry({ ...input, kind: 'topup' });
  }

  /** Credits or debits an account (an operator's correction); a debit needs the available credits. */
  adjust(input: {
    actor: string | undefined;
    userId: string;
    amount: number;
    direction: 'credit' | 'debit';
    idempotencyKey: string;
    reason: string;
  }): Promise<Replayable<EntryResult>> {
    const { direction, amount, ...rest } = input;
    return this.writeOperatorEntry({
      ...rest,
      kind: 'adjustment',
      amount: direction === 'debit' ? -amount : amount,
    });
  }

  private async writeOperatorEntry(input: {
    actor: string | undefined;
    userId: string;
    kind: 'topup' | 'adjustment';
    amount: number;
    idempotencyKey: string;
    reason: string;
  }): Promise<Replayable<EntryResult>> {
    const actor = await this.requireOperator(input.actor);
    const { userId, idempotencyKey } = input;
    const replayOf = async (repos: Repos): Promise<Replayable<EntryResult> | undefined> => {
      const entry = await repos.ledger.findByKey(userId, idempotencyKey);
      if (!entry) return undefined;
      if (entry.kind !== input.kind || entry.amount !== input.amount)
        throw IdempotencyKeyReused(input.kind, { field: 'idempotencyKey' });
      return { replay: true, value: { entry, account: await this.existingAccount(repos, userId) } };
    };
    try {
      return await this.storage.transaction(async (repos) => {
        const replay = await replayOf(repos);
        if (replay) return replay;
        const written = await this.appendEntry(repos, userId, this.clock(), {
          kind: input.kind,
          amount: input.amount,
          idempotencyKey,
          reason: input.reason,
          actor,
          ...(input.amount < 0 ? { requireAvailable: -input.amount } : {}),
        });
        if (!written) throw refusalOf(await repos.accounts.find(userId), userId, -input.amount);
        return { replay: false, value: written };
      });
    } catch (err) {
      if (this.storage.isDuplicate(err)) {
        const replay = await this.storage.read(replayOf);
        if (replay) return replay;
      }
      throw err;
    }
  }

  // ---- usage ---------------------------------------------------------------------------------

  /** A model's cost in credits for a number of tokens (priced by the table). */
  quote(model: string, inputTokens: number, outputTokens: number): number {
    return costOf(this.config.prices, model, inputTokens, outputTokens);
  }

  prices(): { model: string; inputPerMillion: number; outputPerMillion: number }[] {
    return [...this.config.prices].map(([model, price]) => ({ model, ...price }));
  }

  /**
   * Records a model call priced by the table and charges it: through its hold (at most the hold,
   * the rest released) or from the available credits. Idempotent by `(userId, idempotencyKey)`.
   */
  async recordUsage(input: UsageInput): Promise<Replayable<UsageResult>> {
    const cost = this.quote(input.model, input.inputTokens, input.outputTokens);
    const replayOf = async (repos: Repos): Promise<Replayable<UsageResult> | undefined> => {
      const usage = await repos.usage.findByKey(input.userId, input.idempotencyKey);
      if (!usage) return undefined;
      if (
        usage.model !== input.model ||
        usage.input_tokens !== input.inputTokens ||
        usage.output_tokens !== input.outputTokens ||
        usage.hold_id !== input.holdId
      ) {
        throw IdempotencyKeyReused('usage record', { field: 'idempotencyKey' });
      }
      return { replay: true, value: { usage, account: await this.existingAccount(repos, input.userId) } };
    };
    try {
      const result = await this.storage.transaction(
        async (repos): Promise<Replayable<UsageResult> | HttpError> => {
          const replay = await replayOf(repos);
          if (replay) return replay;
          const now = this.clock();
          const usageId = newId(now);
          let charged: number;
          let account: AccountRow;
          if (input.holdId) {
            const hold = await repos.holds.findForUpdate(input.holdId);
            if (!hold || hold.user_id !== input.userId) throw HoldNotFound();
            if (hold.status !== 'active') {
              // PostgreSQL: a concurrent twin of this request may have settled the hold while this
              // one waited for its lock; its record is visible now.
              const twin = await replayOf(repos);
              if (twin) return twin;
              throw notActive(hold);
            }
            charged = Math.min(cost, hold.amount);
            const settled = await this.settle(repos, hold, now, charged, { kind: 'usage', usageId });
            // Returned, not thrown: the expiry is committed.
            if (!settled) return HoldExpired({ status: 'expired' });
            account = settled.account;
          } else if (cost > 0) {
            charged = cost;
            const written = await this.appendEntry(repos, input.userId, now, {
              kind: 'usage',
              amount: -charged,
              requireAvailable: charged,
              usageId,
            });
            if (!written) throw refusalOf(await repos.accounts.find(input.userId), input.userId, charged);
            account = written.account;
          } else {
            charged = 0;
            account = await this.existingAccount(repos, input.userId);
          }
          const usage: UsageRow = {
            id: usageId,
            user_id: input.userId,
            idempotency_key: input.idempotencyKey,
            model: input.model,
            input_tokens: input.inputTokens,
            output_tokens: input.outputTokens,
            cost,
            charged,
            hold_id: input.holdId,
            project_id: input.projectId,
            purpose: input.purpose,
            created_at: now,
          };
          await repos.usage.insert(usage);
          return { replay: false, value: { usage, account } };
        },
      );
      if (result instanceof HttpError) throw result;
      return result;
    } catch (err) {
      if (this.storage.isDuplicate(err)) {
        const replay = await this.storage.read(replayOf);
        if (replay) return replay;
      }
      throw err;
    }
  }

  // ---- reading -------------------------------------------------------------------------------

  /** The account and its ledger entries, newest first; the cursor is the `seq` to continue below. */
  async statement(
    userId: string,
    limit: number,
    cursor: string | undefined,
  ): Promise<{ account: AccountRow; entries: Page<LedgerRow> }> {
    let before: number | undefined;
    if (cursor !== undefined) {
      if (!/^\d{1,15}$/.test(cursor)) throw InvalidCursor({ field: 'cursor' });
      before = Number(cursor);
    }
    const account = await this.getAccount(userId);
    const rows = await this.storage.read((repos) => repos.ledger.page(userId, limit + 1, before));
    const items = rows.slice(0, limit);
    const last = items[items.length - 1];
    return {
      account,
      entries: { items, nextCursor: rows.length > limit && last ? String(last.seq) : null },
    };
  }

  /** The account's usage records, newest first; the cursor is `<createdAt>.<id>` of the last one. */
  async usagePage(userId: string, limit: number, cursor: string | undefined): Promise<Page<UsageRow>> {
    let before: { createdAt: number; id: string } | undefined;
    if (cursor !== undefined) {
      const match = /^(\d{1,15})\.([0-9a-f-]{36})$/.exec(cursor);
      if (!match) throw InvalidCursor({ field: 'cursor' });
      before = { createdAt: Number(match[1]), id: match[2] ?? '' };
    }
    await this.getAccount(userId);
    const rows = await this.storage.read((repos) => repos.usage.page(userId, limit + 1, before));
    const items = rows.slice(0, limit);
    const last = items[items.length - 1];
    return { items, nextCursor: rows.length > limit && last ? `${last.created_at}.${last.id}` : null };
  }

  /** Operators only: accounts by plan, credits by kind, usage by model since `since`. */
  async figures(actor: string | undefined, since: number | undefined): Promise<Figures> {
    await this.requireOperator(actor);
    return this.storage.read((repos) => repos.reports.figures(since));
  }
}
