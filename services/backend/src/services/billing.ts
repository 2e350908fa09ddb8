import type { BillingClient } from '@george/contracts/billing';
import { type Principal, requireOperator } from './principal.js';

/** The signed-in user's credits and usage; the operators' cost figures (the billing server's). */
export class BillingService {
  constructor(private readonly billing: Pick<BillingClient, 'getAccount' | 'listUsage' | 'figures'>) {}

  balance(principal: Principal) {
    return this.billing.getAccount(principal.userId, { requestId: principal.requestId });
  }

  usage(principal: Principal, page: { limit?: number; cursor?: string }) {
    return this.billing.listUsage(principal.userId, page, { requestId: principal.requestId });
  }

  costs(principal: Principal) {
    requireOperator(principal);
    return this.billing.figures(principal.userId, undefined, { requestId: principal.requestId });
  }
}
