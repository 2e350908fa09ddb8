import { type DatabaseHandle, metrics } from '@george/runtime';
import type { BillingDB } from './store/store.js';

/**
 * Credit gauges for `/metrics`, read from the ledger at every scrape. The figures are
 * database-wide, so every george-serve worker reports the same value and the supervisor keeps the
 * maximum (a sum would count the credits once per worker).
 *
 * - `billing_credits_held`: credits reserved by holds not yet captured or released (the sum of
 *   every account's `held`; an expired hold counts until it is released or swept).
 * - `billing_active_holds`: holds in the `active` state.
 */
let source: DatabaseHandle<BillingDB>['db'] | undefined;
let created = false;

export function registerBillingMetrics(db: DatabaseHandle<BillingDB>['db']): void {
  source = db;
  if (created) return;
  created = true;
  new metrics.Gauge({
    name: 'billing_credits_held',
    help: 'Credits reserved by active holds, all accounts; database-wide',
    aggregator: 'max',
    async collect() {
      this.reset();
      const row = await source
        ?.selectFrom('accounts')
        .select((eb) => eb.fn.sum<number | string | bigint | null>('held').as('held'))
        .executeTakeFirst()
        .catch(() => undefined);
      if (row) this.set(Number(row.held ?? 0));
    },
  });
  new metrics.Gauge({
    name: 'billing_active_holds',
    help: 'Holds not yet captured, released or expired; database-wide',
    aggregator: 'max',
    async collect() {
      this.reset();
      const row = await source
        ?.selectFrom('holds')
        .select((eb) => eb.fn.countAll<number | string | bigint>().as('n'))
        .where('status', '=', 'active')
        .executeTakeFirst()
        .catch(() => undefined);
      if (row) this.set(Number(row.n));
    },
  });
}
