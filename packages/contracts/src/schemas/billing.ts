/**
 * The Billing Server's schemas (port 6004), which its routes validate with (no runtime). Credits
 * are integers (10,000 credits = 1 USD).
 */
import { type Static, Type } from '@sinclair/typebox';

export const CREDITS_PER_USD = 10_000;

// ---------------------------------------------------------------------------------------------
// Building blocks
// ---------------------------------------------------------------------------------------------

export const BillingUserId = Type.String({ pattern: '^[A-Za-z0-9_-]{1,64}$' });
export const BillingHoldId = Type.String({ format: 'uuid' });
export const BillingIdempotencyKey = Type.String({ pattern: '^[A-Za-z0-9._:-]{1,128}$' });
export const BillingModelName = Type.String({ pattern: '^[A-Za-z0-9._:/@-]{1,128}$' });
/** A credit amount: a positive safe integer. Strings, floats, negatives and huge numbers fail. */
export const BillingCredits = Type.Integer({ minimum: 1, maximum: Number.MAX_SAFE_INTEGER });
export const BillingTokenCount = Type.Integer({ minimum: 0, maximum: Number.MAX_SAFE_INTEGER });
export const BillingReason = Type.String({ minLength: 1, maxLength: 500 });
export const BillingPlan = Type.Union([
  Type.Literal('author'),
  Type.Literal('guest'),
  Type.Literal('operator'),
]);
export type BillingPlan = Static<typeof BillingPlan>;
export const BillingHoldStatus = Type.Union([
  Type.Literal('active'),
  Type.Literal('captured'),
  Type.Literal('released'),
  Type.Literal('expired'),
]);
export type BillingHoldStatus = Static<typeof BillingHoldStatus>;
export const BillingEntryKind = Type.Union([
  Type.Literal('grant'),
  Type.Literal('capture'),
  Type.Literal('usage'),
  Type.Literal('topup'),
  Type.Literal('adjustment'),
]);
export type BillingEntryKind = Static<typeof BillingEntryKind>;
/** Times are ISO 8601 strings (UTC). */
const Time = Type.String();
const Limit = Type.Integer({ minimum: 1, maximum: 200, default: 50 });
const Cursor = Type.String({ pattern: '^[A-Za-z0-9._-]{1,200}$' });

// ---------------------------------------------------------------------------------------------
// Accounts
// ---------------------------------------------------------------------------------------------

export const BillingCreateAccountBody = Type.Object(
  { userId: BillingUserId, plan: BillingPlan },
  { additionalProperties: false },
);
export type BillingCreateAccountBody = Static<typeof BillingCreateAccountBody>;

export const BillingUserParams = Type.Object({ userId: BillingUserId }, { additionalProperties: false });

export const BillingAccount = Type.Object({
  userId: Type.String(),
  plan: BillingPlan,
  balance: Type.Integer(),
  held: Type.Integer(),
  available: Type.Integer(),
});
export type BillingAccount = Static<typeof BillingAccount>;

// ---------------------------------------------------------------------------------------------
// Holds
// ---------------------------------------------------------------------------------------------

export const BillingPlaceHoldBody = Type.Object(
  {
    userId: BillingUserId,
    amount: BillingCredits,
    idempotencyKey: BillingIdempotencyKey,
    ttlSeconds: Type.Optional(Type.Integer({ minimum: 1, maximum: 86_400 })),
  },
  { additionalProperties: false },
);
export type BillingPlaceHoldBody = Static<typeof BillingPlaceHoldBody>;

export const BillingHoldCreated = Type.Object({
  holdId: Type.String(),
  amount: Type.Integer(),
  expiresAt: Time,
});
export type BillingHoldCreated = Static<typeof BillingHoldCreated>;

export const BillingHoldParams = Type.Object({ holdId: BillingHoldId }, { additionalProperties: false });

export const BillingCaptureBody = Type.Object({ amount: BillingCredits }, { additionalProperties: false });
export type BillingCaptureBody = Static<typeof BillingCaptureBody>;

/** Release takes no fields; an empty JSON object (or no body) is accepted. */
export const BillingReleaseBody = Type.Object({}, { additionalProperties: false });

export const BillingHold = Type.Object({
  holdId: Type.String(),
  userId: Type.String(),
  amount: Type.Integer(),
  status: BillingHoldStatus,
  /** What was charged when captured; null otherwise. */
  capturedAmount: Type.Union([Type.Integer(), Type.Null()]),
  expiresAt: Time,
  createdAt: Time,
  settledAt: Type.Union([Time, Type.Null()]),
});
export type BillingHold = Static<typeof BillingHold>;

/** Answer of capture and release: the hold and the account after it. */
export const BillingHoldSettled = Type.Object({ hold: BillingHold, account: BillingAccount });
export type BillingHoldSettled = Static<typeof BillingHoldSettled>;

// ---------------------------------------------------------------------------------------------
// Operators: top-ups, adjustments, figures
// ---------------------------------------------------------------------------------------------

export const BillingTopUpBody = Type.Object(
  {
    userId: BillingUserId,
    amount: BillingCredits,
    idempotencyKey: BillingIdempotencyKey,
    reason: BillingReason,
  },
  { additionalProperties: false },
);
export type BillingTopUpBody = Static<typeof BillingTopUpBody>;

export const BillingAdjustmentBody = Type.Object(
  {
    userId: BillingUserId,
    amount: BillingCredits,
    direction: Type.Union([Type.Literal('credit'), Type.Literal('debit')]),
    idempotencyKey: BillingIdempotencyKey,
    reason: BillingReason,
  },
  { additionalProperties: false },
);
export type BillingAdjustmentBody = Static<typeof BillingAdjustmentBody>;

export const BillingLedgerEntry = Type.Object({
  userId: Type.String(),
  /** Position in the account's ledger: 1, 2, 3... */
  seq: Type.Integer(),
  kind: BillingEntryKind,
  /** Signed change of the balance (negative for charges). */
  amount: Type.Integer(),
  balanceAfter: Type.Integer(),
  holdId: Type.Union([Type.String(), Type.Null()]),
  usageId: Type.Union([Type.String(), Type.Null()]),
  idempotencyKey: Type.Union([Type.String(), Type.Null()]),
  reason: Type.Union([Type.String(), Type.Null()]),
  actor: Type.Union([Type.String(), Type.Null()]),
  createdAt: Time,
});
export type BillingLedgerEntry = Static<typeof BillingLedgerEntry>;

/** Answer of a top-up or adjustment: the entry written (or found, on a retry) and the account. */
export const BillingEntryWritten = Type.Object({ entry: BillingLedgerEntry, account: BillingAccount });
export type BillingEntryWritten = Static<typeof BillingEntryWritten>;

export const BillingPageQuery = Type.Object(
  { limit: Type.Optional(Limit), cursor: Type.Optional(Cursor) },
  { additionalProperties: false },
);
export type BillingPageQuery = Static<typeof BillingPageQuery>;

export const BillingStatement = Type.Object({
  account: BillingAccount,
  /** Newest first. */
  entries: Type.Array(BillingLedgerEntry),
  /** Pass as `cursor` for the next (older) page; null on the last page. */
  nextCursor: Type.Union([Type.String(), Type.Null()]),
});
export type BillingStatement = Static<typeof BillingStatement>;

export const BillingFiguresQuery = Type.Object(
  { since: Type.Optional(Type.Integer({ minimum: 0, maximum: Number.MAX_SAFE_INTEGER })) },
  { additionalProperties: false },
);

export const BillingFigures = Type.Object({
  accounts: Type.Object({
    total: Type.Integer(),
    byPlan: Type.Object({ author: Type.Integer(), guest: Type.Integer(), operator: Type.Integer() }),
  }),
  credits: Type.Object({
    /** Sum of every balance. */
    inCirculation: Type.Integer(),
    held: Type.Integer(),
    available: Type.Integer(),
    /** Sum of ledger amounts per entry kind (charges are negative). */
    byKind: Type.Record(Type.String(), Type.Integer()),
  }),
  usage: Type.Array(
    Type.Object({
      model: Type.String(),
      calls: Type.Integer(),
      inputTokens: Type.Integer(),
      outputTokens: Type.Integer(),
      cost: Type.Integer(),
      charged: Type.Integer(),
    }),
  ),
  since: Type.Union([Time, Type.Null()]),
});
export type BillingFigures = Static<typeof BillingFigures>;

// ---------------------------------------------------------------------------------------------
// Usage and prices
// ---------------------------------------------------------------------------------------------

export const BillingUsageBody = Type.Object(
  {
    userId: BillingUserId,
    idempotencyKey: BillingIdempotencyKey,
    model: BillingModelName,
    inputTokens: BillingTokenCount,
    outputTokens: BillingTokenCount,
    projectId: Type.Optional(Type.Union([BillingUserId, Type.Null()])),
    purpose: Type.String({ pattern: '^[a-z0-9_.-]{1,64}$' }),
    /** Capture this hold with the cost (at most its amount; the rest is released). */
    holdId: Type.Optional(Type.Union([BillingHoldId, Type.Null()])),
  },
  { additionalProperties: false },
);
export type BillingUsageBody = Static<typeof BillingUsageBody>;

export const BillingUsageRecord = Type.Object({
  usageId: Type.String(),
  userId: Type.String(),
  model: Type.String(),
  inputTokens: Type.Integer(),
  outputTokens: Type.Integer(),
  /** What the call cost by the price table (credits, rounded up). */
  cost: Type.Integer(),
  /** What was taken from the balance (less than cost only when the hold was smaller). */
  charged: Type.Integer(),
  holdId: Type.Union([Type.String(), Type.Null()]),
  projectId: Type.Union([Type.String(), Type.Null()]),
  purpose: Type.String(),
  createdAt: Time,
});
export type BillingUsageRecord = Static<typeof BillingUsageRecord>;

export const BillingUsageRecorded = Type.Object({ usage: BillingUsageRecord, account: BillingAccount });
export type BillingUsageRecorded = Static<typeof BillingUsageRecorded>;

export const BillingUsagePage = Type.Object({
  usage: Type.Array(BillingUsageRecord),
  nextCursor: Type.Union([Type.String(), Type.Null()]),
});
export type BillingUsagePage = Static<typeof BillingUsagePage>;

export const BillingModelPrice = Type.Object({
  model: Type.String(),
  /** Credits per million input tokens. */
  inputPerMillion: Type.Integer(),
  /** Credits per million output tokens. */
  outputPerMillion: Type.Integer(),
});
export type BillingModelPrice = Static<typeof BillingModelPrice>;

export const BillingPriceTable = Type.Object({
  creditsPerUsd: Type.Integer(),
  models: Type.Array(BillingModelPrice),
});
export type BillingPriceTable = Static<typeof BillingPriceTable>;

export const BillingQuoteBody = Type.Object(
  { model: BillingModelName, inputTokens: BillingTokenCount, outputTokens: BillingTokenCount },
  { additionalProperties: false },
);
export type BillingQuoteBody = Static<typeof BillingQuoteBody>;
export const BillingQuote = Type.Object({ model: Type.String(), cost: Type.Integer() });
export type BillingQuote = Static<typeof BillingQuote>;
