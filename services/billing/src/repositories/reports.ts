import type { BillingPlan } from '@george/contracts/billing';
import { type Kysely, sql } from 'kysely';
import type { Figures, ReportRepository } from './repositories.js';
import type { BillingDB } from './tables.js';

/** Sums and counts arrive as strings, numbers or bigints depending on the engine; null is 0. */
const toNumber = (v: unknown): number => (v === null || v === undefined ? 0 : Number(v));

const sum = (column: string) => sql<number>`cast(coalesce(sum(${sql.ref(column)}), 0) as bigint)`;
const count = sql<number>`cast(count(*) as bigint)`;

export class SqlReportRepository implements ReportRepository {
  constructor(private readonly db: Kysely<BillingDB>) {}

  async figures(since: number | undefined): Promise<Figures> {
    const plans = await this.db
      .selectFrom('accounts')
      .select(['plan', count.as('n')])
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
        count.as('calls'),
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

  async heldTotal(): Promise<number> {
    const row = await this.db.selectFrom('accounts').select(sum('held').as('held')).executeTakeFirstOrThrow();
    return toNumber(row.held);
  }

  async activeHoldCount(): Promise<number> {
    const row = await this.db
      .selectFrom('holds')
      .select(count.as('n'))
      .where('status', '=', 'active')
      .executeTakeFirstOrThrow();
    return toNumber(row.n);
  }
}
