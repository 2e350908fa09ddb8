import type {
  BillingAccount,
  BillingHold,
  BillingLedgerEntry,
  BillingUsageRecord,
} from '@george/contracts/billing';
import type { AccountRow, HoldRow, LedgerRow, UsageRow } from '../repositories/tables.js';

const iso = (ms: number) => new Date(ms).toISOString();

export function accountView(row: AccountRow): BillingAccount {
  return {
    userId: row.user_id,
    plan: row.plan,
    balance: row.balance,
    held: row.held,
    available: row.balance - row.held,
  };
}

export function holdView(row: HoldRow): BillingHold {
  return {
    holdId: row.id,
    userId: row.user_id,
    amount: row.amount,
    status: row.status,
    capturedAmount: row.captured_amount,
    expiresAt: iso(row.expires_at),
    createdAt: iso(row.created_at),
    settledAt: row.settled_at === null ? null : iso(row.settled_at),
  };
}

export function entryView(row: LedgerRow): BillingLedgerEntry {
  return {
    userId: row.user_id,
    seq: row.seq,
    kind: row.kind,
    amount: row.amount,
    balanceAfter: row.balance_after,
    holdId: row.hold_id,
    usageId: row.usage_id,
    idempotencyKey: row.idempotency_key,
    reason: row.reason,
    actor: row.actor,
    createdAt: iso(row.created_at),
  };
}

export function usageView(row: UsageRow): BillingUsageRecord {
  return {
    usageId: row.id,
    userId: row.user_id,
    model: row.model,
    inputTokens: row.input_tokens,
    outputTokens: row.output_tokens,
    cost: row.cost,
    charged: row.charged,
    holdId: row.hold_id,
    projectId: row.project_id,
    purpose: row.purpose,
    createdAt: iso(row.created_at),
  };
}
