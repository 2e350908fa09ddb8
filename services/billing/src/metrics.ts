import { metrics } from '@george/runtime';
import type { ReportRepository } from './repositories/repositories.js';

/**
 * Credit gauges for `/metrics`, read from the ledger at every scrape. The figures are
 * database-wide, so every george-serve worker reports the same value and the supervisor keeps the
 * maximum (a sum would count the credits once per worker).
 *
 * - `billing_credits_held`: credits reserved by holds not yet captured or released (the sum of
 *   every account's `held`; an expired hold counts until it is released or swept).
 * - `billing_active_holds`: holds in the `active` state.
 */
let source: ReportRepository | undefined;
let created = false;

export function registerBillingMetrics(reports: ReportRepository): void {
  source = reports;
  if (created) return;
  created = true;
  new metrics.Gauge({
    name: 'billing_credits_held',
    help: 'Credits reserved by active holds, all accounts; database-wide',
    aggregator: 'max',
    async collect() {
      this.reset();
      const held = await source?.heldTotal().catch(() => undefined);
      if (held !== undefined) this.set(held);
    },
  });
  new metrics.Gauge({
    name: 'billing_active_holds',
    help: 'Holds not yet captured, released or expired; database-wide',
    aggregator: 'max',
    async collect() {
      this.reset();
      const count = await source?.activeHoldCount().catch(() => undefined);
      if (count !== undefined) this.set(count);
    },
  });
}
