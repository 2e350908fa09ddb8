import {
  type BaseConfig,
  ConfigError,
  env,
  errorMessage,
  loadBaseConfig,
  parseConfig,
  SERVICE_PORTS,
} from '@george/runtime';
import { type PriceTable, parsePrices } from './services/prices.js';

const MAX = Number.MAX_SAFE_INTEGER;

const variables = {
  /** Opening grants per plan, in credits (10,000 = 1 USD). */
  BILLING_AUTHOR_GRANT: env.int({ default: 50_000, min: 0, max: MAX }),
  BILLING_GUEST_GRANT: env.int({ default: 0, min: 0, max: MAX }),
  BILLING_OPERATOR_GRANT: env.int({ default: 0, min: 0, max: MAX }),
  /** Lifetime of a hold when the request gives no ttlSeconds. */
  BILLING_HOLD_TTL_SECONDS: env.int({ default: 600, min: 1, max: 86_400 }),
  /** How often each worker releases expired holds in the background; 0 turns the sweep off. */
  BILLING_SWEEP_SECONDS: env.int({ default: 30, min: 0, max: 3_600 }),
  /** JSON price overrides: {"model": {"inputPerMillion": n, "outputPerMillion": n}} in credits. */
  BILLING_PRICES: env.optionalString(),
};

export interface BillingConfig extends BaseConfig {
  grants: { author: number; guest: number; operator: number };
  holdTtlSeconds: number;
  sweepSeconds: number;
  prices: PriceTable;
}

/** The Billing Server's variables, merged with those every service reads (the database's among them). */
export function loadConfig(source: NodeJS.ProcessEnv = process.env): BillingConfig {
  const base = loadBaseConfig(SERVICE_PORTS.billing, source);
  const own = parseConfig(variables, source);
  let prices: PriceTable;
  try {
    prices = parsePrices(own.BILLING_PRICES);
  } catch (err) {
    throw new ConfigError('BILLING_PRICES', errorMessage(err));
  }
  return {
    ...base,
    grants: {
      author: own.BILLING_AUTHOR_GRANT,
      guest: own.BILLING_GUEST_GRANT,
      operator: own.BILLING_OPERATOR_GRANT,
    },
    holdTtlSeconds: own.BILLING_HOLD_TTL_SECONDS,
    sweepSeconds: own.BILLING_SWEEP_SECONDS,
    prices,
  };
}
