/** Every coded error the Billing Server answers with (besides the runtime's validation and token errors). */
import type { BillingHoldStatus, BillingPlan } from '@george/contracts/billing';
import { createError } from '@george/runtime';

export const AccountNotFound = createError('account_not_found', 404, (userId: string) => ({
  message: `no billing account for user ${userId}`,
}));

export const AccountExists = createError('account_exists', 409, (plan: BillingPlan) => ({
  message: `the account exists with the ${plan} plan`,
  details: { field: 'plan', plan },
}));

export const InsufficientCredits = createError(
  'insufficient_credits',
  402,
  (available: number, requested: number) => ({
    message: 'the account does not have enough available credits',
    details: { available, requested },
  }),
);

export const IdempotencyKeyReused = createError('idempotency_key_reused', 409, (what: string) => ({
  message: `this idempotency key was already used for a different ${what}`,
  details: { field: 'idempotencyKey' },
}));

export const HoldNotFound = createError('hold_not_found', 404, 'no such hold');

/** The hold was captured before: with another amount (given), or it cannot be released any more. */
export const HoldCaptured = createError('hold_captured', 409, (otherAmount?: number | null) =>
  otherAmount === undefined
    ? { message: 'the hold is already captured', details: { status: 'captured' satisfies BillingHoldStatus } }
    : {
        message: 'the hold was already captured with another amount',
        details: { status: 'captured' satisfies BillingHoldStatus, capturedAmount: otherAmount },
      },
);

export const HoldReleased = createError('hold_released', 409, () => ({
  message: 'the hold is already released',
  details: { status: 'released' satisfies BillingHoldStatus },
}));

export const HoldExpired = createError('hold_expired', 409, () => ({
  message: 'the hold has expired and its credits were released',
  details: { status: 'expired' satisfies BillingHoldStatus },
}));

export const CaptureExceedsHold = createError('capture_exceeds_hold', 400, (held: number) => ({
  message: `amount must be at most the held ${held}`,
  details: { field: 'amount', held },
}));

export const InvalidCursor = createError('invalid_cursor', 400, () => ({
  message: 'cursor is not valid',
  details: { field: 'cursor' },
}));

export const OperatorRequired = createError('operator_required', 403, (named: boolean) =>
  named ? 'only operators may do this' : 'X-User-Id of an operator is required',
);

export const UnknownModel = createError('unknown_model', 400, (model: string) => ({
  message: `model ${model} has no price`,
  details: { field: 'model' },
}));

export const CostOutOfRange = createError('cost_out_of_range', 400, () => ({
  message: 'the cost of this call is out of range',
  details: { field: 'inputTokens' },
}));
