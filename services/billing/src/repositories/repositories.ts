/**
 * What the ledger service needs from storage: one repository per table (plus the operators'
 * figures), each method one query. `BillingStorage` runs a unit of work in a transaction or as a
 * plain read. The SQL implementations are beside this file (storage.ts joins them); the service's tests use an in-memory one.
 */
import type { BillingPlan } from '@george/contracts/billing';
import type { AccountRow, HoldRow, LedgerRow, UsageRow } from './tables.js';

/** A change of an account's balance and held credits, with the ledger sequence moved on by one. */
export interface BalanceChange {
  amount: number;
  heldDelta: number;
  /** The change happens only when `balance - held >= requireAvailable` beforehand. */
  requireAvailable?: number;
}

export interface AccountRepository {
  /** Inserts the account unless one exists for the user: the new row, or undefined. */
  insertIfAbsent(row: AccountRow): Promise<AccountRow | undefined>;
  find(userId: string): Promise<AccountRow | undefined>;
  /** Applies `change` (see BalanceChange): the updated row, or undefined (no account, or too little available). */
  applyEntry(userId: string, change: BalanceChange, now: number): Promise<AccountRow | undefined>;
  /** Changes the held credits only: the updated row, or undefined when there is no account. */
  changeHeld(userId: string, delta: number, now: number): Promise<AccountRow | undefined>;
  /** Adds `amount` to the held credits if that many are available; true when it did. */
  reserve(userId: string, amount: number, now: number): Promise<boolean>;
}

export interface LedgerRepository {
  insert(entry: LedgerRow): Promise<void>;
  findByKey(userId: string, idempotencyKey: string): Promise<LedgerRow | undefined>;
  /** Entries newest first, below `beforeSeq` when given. */
  page(userId: string, limit: number, beforeSeq: number | undefined): Promise<LedgerRow[]>;
}

export interface HoldRepository {
  find(holdId: string): Promise<HoldRow | undefined>;
  /** As `find`, and on PostgreSQL the row stays locked until the transaction ends. */
  findForUpdate(holdId: string): Promise<HoldRow | undefined>;
  findByKey(userId: string, idempotencyKey: string): Promise<HoldRow | undefined>;
  /** Inserts unless the user's idempotency key is taken; true when inserted. */
  insertIfAbsent(hold: HoldRow): Promise<boolean>;
  /** Captures `amount` if the hold is active, unexpired at `now` and at least that large: the row, or undefined. */
  captureIfCovers(holdId: string, amount: number, now: number): Promise<HoldRow | undefined>;
  /** Settles an active hold (captured with `capturedAmount`, released or expired): the row, or undefined. */
  settleActive(
    holdId: string,
    status: 'captured' | 'released' | 'expired',
    capturedAmount: number | null,
    now: number,
  ): Promise<HoldRow | undefined>;
  /** True when the user has an active hold whose expiry has passed. */
  hasExpired(userId: string, now: number): Promise<boolean>;
  /** Marks the user's expired active holds expired: their amounts. */
  expireForUser(userId: string, now: number): Promise<number[]>;
  /** Marks up to `limit` expired active holds of any account expired, oldest expiry first. */
  expireBatch(limit: number, now: number): Promise<{ userId: string; amount: number }[]>;
}

export interface UsageRepository {
  insert(row: UsageRow): Promise<void>;
  findByKey(userId: string, idempotencyKey: string): Promise<UsageRow | undefined>;
  /** Records newest first, below `(createdAt, id)` when given. */
  page(
    userId: string,
    limit: number,
    before: { createdAt: number; id: string } | undefined,
  ): Promise<UsageRow[]>;
}

export interface UsageByModel {
  model: string;
  calls: number;
  inputTokens: number;
  outputTokens: number;
  cost: number;
  charged: number;
}

export interface Figures {
  accounts: { total: number; byPlan: Record<BillingPlan, number> };
  credits: { inCirculation: number; held: number; byKind: Record<string, number> };
  usage: UsageByModel[];
}

export interface ReportRepository {
  /** Accounts by plan, credits by entry kind, usage by model (since `since`, epoch ms). */
  figures(since: number | undefined): Promise<Figures>;
  /** Credits held by active holds, every account. */
  heldTotal(): Promise<number>;
  activeHoldCount(): Promise<number>;
}

export interface BillingRepositories {
  accounts: AccountRepository;
  ledger: LedgerRepository;
  holds: HoldRepository;
  usage: UsageRepository;
  reports: ReportRepository;
}

export interface BillingStorage {
  /**
   * Runs `work` in one transaction. `work` may run more than once (retries after a serialisation
   * failure; on SQLite the transaction is shared with concurrent work), so it touches only the
   * repositories it is given.
   */
  transaction<T>(work: (repos: BillingRepositories) => Promise<T>): Promise<T>;
  /** Runs reads outside a transaction. */
  read<T>(work: (repos: BillingRepositories) => Promise<T>): Promise<T>;
  /** True when `err` is a unique-key violation (a concurrent twin of a write got there first). */
  isDuplicate(err: unknown): boolean;
}
