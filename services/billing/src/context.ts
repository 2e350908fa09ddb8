import type { BillingConfig } from './config.js';
import type { BillingStore } from './store/store.js';

/** What the routes get from the app: the ledger store and the settings. */
export interface RouteDeps {
  store: BillingStore;
  config: BillingConfig;
}
