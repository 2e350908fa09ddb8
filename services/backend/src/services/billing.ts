import type { BillingClient, BillingHoldCreated, BillingPlaceHoldBody } from '@george/contracts/billing';
import { UpstreamError } from '@george/runtime';
import { CREDITS_NOT_READY } from '../errors.js';
import { type Principal, requireOperator } from './principal.js';

type CallContext = Parameters<BillingClient['placeHold']>[1];

/**
 * Holds credits before a charged call (a model's answer, a second opinion). The auth service's
 * outbox opens a user's billing account shortly after sign-up; a call in that window gets the
 * backend's own retryable answer rather than the billing service's "no account for user <id>".
 */
export async function holdCredits(
  billing: Pick<BillingClient, 'placeHold'>,
  body: BillingPlaceHoldBody,
  call?: CallContext,
): Promise<BillingHoldCreated> {
  try {
    return await billing.placeHold(body, call);
  } catch (err) {
    if (err instanceof UpstreamError && err.code === 'account_not_found') throw CREDITS_NOT_READY();
    throw err;
  }
}

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
