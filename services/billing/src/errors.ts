/**
 * Every coded error the Billing Server answers with (besides the runtime's validation and token
 * errors). Details are given where the error is made: the field at fault, the amounts.
 */
import { createError } from '@george/runtime';

export const AccountNotFound = createError('account_not_found', 'no billing account for user %s', 404);
/** Details: `{field: 'plan', plan}` (the plan the account has). */
export const AccountExists = createError('account_exists', 'the account exists with the %s plan', 409);
/** Details: `{available, requested}`. */
export const InsufficientCredits = createError(
  'insufficient_credits',
  'the account does not have enough available credits',
  402,
);
/** Details: `{field: 'idempotencyKey'}`. */
export const IdempotencyKeyReused = createError(
  'idempotency_key_reused',
  'this idempotency key was already used for a different %s',
  409,
);
export const HoldNotFound = createError('hold_not_found', 'no such hold', 404);
/** Details: `{status: 'captured'}`, and `capturedAmount` when a capture named another amount. */
export const HoldCaptured = createError('hold_captured', 'the hold is already captured', 409);
/** Details: `{status: 'released'}`. */
export const HoldReleased = createError('hold_released', 'the hold is already released', 409);
/** Details: `{status: 'expired'}`. */
export const HoldExpired = createError(
  'hold_expired',
  'the hold has expired and its credits were released',
  409,
);
/** Details: `{field: 'amount', held}`. */
export const CaptureExceedsHold = createError(
  'capture_exceeds_hold',
  'amount must be at most the held %d',
  400,
);
/** Details: `{field: 'cursor'}`. */
export const InvalidCursor = createError('invalid_cursor', 'cursor is not valid', 400);
export const OperatorRequired = createError(
  'operator_required',
  'X-User-Id must name an operator account',
  403,
);
/** Details: `{field: 'model'}`. */
export const UnknownModel = createError('unknown_model', 'model %s has no price', 400);
/** Details: `{field: 'inputTokens'}`. */
export const CostOutOfRange = createError('cost_out_of_range', 'the cost of this call is out of range', 400);
