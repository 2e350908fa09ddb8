/**
 * The billing repositories in memory, for the ledger service's rule tests. Transactions run one at
 * a time and roll back on a throw; the database's unique keys and CHECK constraints are kept, so a
 * rule that would break them fails here as it would on SQLite and PostgreSQL.
 */
import type {
  AccountRepository,
  BalanceChange,
  BillingRepositories,
  BillingStorage,
  Figures,
  HoldRepository,
  LedgerRepository,
  ReportRepository,
  UsageRepository,
} from '../../src/repositories/repositories.js';
import type { AccountRow, HoldRow, LedgerRow, UsageRow } from '../../src/repositories/tables.js';

class DuplicateKey extends Error {}

interface State {
  accounts: Map<string, AccountRow>;
  ledger: LedgerRow[];
  holds: Map<string, HoldRow>;
  usage: UsageRow[];
}

const emptyState = (): State => ({ accounts: new Map(), ledger: [], holds: new Map(), usage: [] });

function checked(account: AccountRow): AccountRow {
  if (account.held < 0 || account.held > account.balance)
    throw new Error(`check failed: ${JSON.stringify(account)}`);
  return { ...account };
}

class Accounts implements AccountRepository {
  constructor(private readonly state: () => State) {}

  async insertIfAbsent(row: AccountRow) {
    if (this.state().accounts.has(row.user_id)) return undefined;
    this.state().accounts.set(row.user_id, { ...row });
    return { ...row };
  }

  async find(userId: string) {
    const row = this.state().accounts.get(userId);
    return row && { ...row };
  }

  async applyEntry(userId: string, change: BalanceChange, now: number) {
    const row = this.state().accounts.get(userId);
    if (!row) return undefined;
    if (change.requireAvailable !== undefined && row.balance - row.held < change.requireAvailable)
      return undefined;
    const next = checked({
      ...row,
      balance: row.balance + change.amount,
      held: row.held + change.heldDelta,
      last_seq: row.last_seq + 1,
      updated_at: now,
    });
    this.state().accounts.set(userId, next);
    return { ...next };
  }

  async changeHeld(userId: string, delta: number, now: number) {
    const row = this.state().accounts.get(userId);
    if (!row) return undefined;
    const next = checked({ ...row, held: row.held + delta, updated_at: now });
    this.state().accounts.set(userId, next);
    return { ...next };
  }

  async reserve(userId: string, amount: number, now: number) {
    const row = this.state().accounts.get(userId);
    if (!row || row.balance - row.held < amount) return false;
    this.state().accounts.set(userId, checked({ ...row, held: row.held + amount, updated_at: now }));
    return true;
  }
}

class Ledger implements LedgerRepository {
  constructor(private readonly state: () => State) {}

  async insert(entry: LedgerRow) {
    const { ledger } = this.state();
    if (entry.balance_after < 0 || entry.amount === 0) throw new Error('check failed: ledger entry');
    const clash = ledger.some(
      (e) =>
        (e.user_id === entry.user_id && e.seq === entry.seq) ||
        (entry.idempotency_key !== null &&
          e.user_id === entry.user_id &&
          e.idempotency_key === entry.idempotency_key) ||
        (entry.hold_id !== null && e.hold_id === entry.hold_id),
    );
    if (clash) throw new DuplicateKey('duplicate ledger key');
    ledger.push({ ...entry });
  }

  async findByKey(userId: string, key: string) {
    const entry = this.state().ledger.find((e) => e.user_id === userId && e.idempotency_key === key);
    return entry && { ...entry };
  }

  async page(userId: string, limit: number, beforeSeq: number | undefined) {
    return this.state()
      .ledger.filter((e) => e.user_id === userId && (beforeSeq === undefined || e.seq < beforeSeq))
      .sort((a, b) => b.seq - a.seq)
      .slice(0, limit)
      .map((e) => ({ ...e }));
  }
}

class Holds implements HoldRepository {
  constructor(private readonly state: () => State) {}

  async find(holdId: string) {
    const hold = this.state().holds.get(holdId);
    return hold && { ...hold };
  }

  findForUpdate(holdId: string) {
    return this.find(holdId);
  }

  async findByKey(userId: string, key: string) {
    const hold = [...this.state().holds.values()].find(
      (h) => h.user_id === userId && h.idempotency_key === key,
    );
    return hold && { ...hold };
  }

  async insertIfAbsent(hold: HoldRow) {
    if (await this.findByKey(hold.user_id, hold.idempotency_key)) return false;
    if (this.state().holds.has(hold.id)) throw new DuplicateKey('duplicate hold id');
    this.state().holds.set(hold.id, { ...hold });
    return true;
  }

  private update(holdId: string, when: (hold: HoldRow) => boolean, change: Partial<HoldRow>) {
    const hold = this.state().holds.get(holdId);
    if (!hold || !when(hold)) return undefined;
    const next = { ...hold, ...change };
    this.state().holds.set(holdId, next);
    return { ...next };
  }

  async captureIfCovers(holdId: string, amount: number, now: number) {
    return this.update(holdId, (h) => h.status === 'active' && h.expires_at > now && h.amount >= amount, {
      status: 'captured',
      captured_amount: amount,
      settled_at: now,
    });
  }

  async settleActive(
    holdId: string,
    status: 'captured' | 'released' | 'expired',
    capturedAmount: number | null,
    now: number,
  ) {
    return this.update(holdId, (h) => h.status === 'active', {
      status,
      settled_at: now,
      ...(status === 'captured' ? { captured_amount: capturedAmount } : {}),
    });
  }

  private expired(now: number) {
    return [...this.state().holds.values()].filter((h) => h.status === 'active' && h.expires_at <= now);
  }

  async hasExpired(userId: string, now: number) {
    return this.expired(now).some((h) => h.user_id === userId);
  }

  async expireForUser(userId: string, now: number) {
    const mine = this.expired(now).filter((h) => h.user_id === userId);
    for (const hold of mine) this.update(hold.id, () => true, { status: 'expired', settled_at: now });
    return mine.map((h) => h.amount);
  }

  async expireBatch(limit: number, now: number) {
    const batch = this.expired(now)
      .sort((a, b) => a.expires_at - b.expires_at)
      .slice(0, limit);
    for (const hold of batch) this.update(hold.id, () => true, { status: 'expired', settled_at: now });
    return batch.map((h) => ({ userId: h.user_id, amount: h.amount }));
  }
}

class Usage implements UsageRepository {
  constructor(private readonly state: () => State) {}

  async insert(row: UsageRow) {
    const { usage } = this.state();
    if (
      usage.some(
        (u) => u.id === row.id || (u.user_id === row.user_id && u.idempotency_key === row.idempotency_key),
      )
    )
      throw new DuplicateKey('duplicate usage key');
    usage.push({ ...row });
  }

  async findByKey(userId: string, key: string) {
    const row = this.state().usage.find((u) => u.user_id === userId && u.idempotency_key === key);
    return row && { ...row };
  }

  async page(userId: string, limit: number, before: { createdAt: number; id: string } | undefined) {
    return this.state()
      .usage.filter(
        (u) =>
          u.user_id === userId &&
          (!before ||
            u.created_at < before.createdAt ||
            (u.created_at === before.createdAt && u.id < before.id)),
      )
      .sort((a, b) => b.created_at - a.created_at || (b.id < a.id ? -1 : 1))
      .slice(0, limit)
      .map((u) => ({ ...u }));
  }
}

class Reports implements ReportRepository {
  constructor(private readonly state: () => State) {}

  async figures(since: number | undefined): Promise<Figures> {
    const { accounts, ledger, usage } = this.state();
    const byPlan = { author: 0, guest: 0, operator: 0 };
    let inCirculation = 0;
    let held = 0;
    for (const a of accounts.values()) {
      byPlan[a.plan] += 1;
      inCirculation += a.balance;
      held += a.held;
    }
    const byKind: Record<string, number> = {};
    for (const e of ledger) byKind[e.kind] = (byKind[e.kind] ?? 0) + e.amount;
    const models = new Map<string, Figures['usage'][number]>();
    for (const u of usage.filter((u) => since === undefined || u.created_at >= since)) {
      const m = models.get(u.model) ?? {
        model: u.model,
        calls: 0,
        inputTokens: 0,
        outputTokens: 0,
        cost: 0,
        charged: 0,
      };
      m.calls += 1;
      m.inputTokens += u.input_tokens;
      m.outputTokens += u.output_tokens;
      m.cost += u.cost;
      m.charged += u.charged;
      models.set(u.model, m);
    }
    return {
      accounts: { total: accounts.size, byPlan },
      credits: { inCirculation, held, byKind },
      usage: [...models.values()].sort((a, b) => (a.model < b.model ? -1 : 1)),
    };
  }

  async heldTotal() {
    return [...this.state().accounts.values()].reduce((sum, a) => sum + a.held, 0);
  }

  async activeHoldCount() {
    return [...this.state().holds.values()].filter((h) => h.status === 'active').length;
  }
}

export class MemoryBillingStorage implements BillingStorage {
  state: State = emptyState();
  private queue: Promise<unknown> = Promise.resolve();
  private readonly repos: BillingRepositories;

  constructor() {
    const state = () => this.state;
    this.repos = {
      accounts: new Accounts(state),
      ledger: new Ledger(state),
      holds: new Holds(state),
      usage: new Usage(state),
      reports: new Reports(state),
    };
  }

  private serially<T>(work: () => Promise<T>): Promise<T> {
    const run = this.queue.then(work, work);
    this.queue = run.catch(() => undefined);
    return run;
  }

  transaction<T>(work: (repos: BillingRepositories) => Promise<T>): Promise<T> {
    return this.serially(async () => {
      const before = structuredClone(this.state);
      try {
        return await work(this.repos);
      } catch (err) {
        this.state = before;
        throw err;
      }
    });
  }

  read<T>(work: (repos: BillingRepositories) => Promise<T>): Promise<T> {
    return this.serially(() => work(this.repos));
  }

  isDuplicate(err: unknown): boolean {
    return err instanceof DuplicateKey;
  }
}
