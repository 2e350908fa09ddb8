/** What the route plugins are given when app.ts registers them: the service they call into. */
import type { LedgerService } from './services/ledger.js';

export type BillingContext = {
  ledger: LedgerService;
};
