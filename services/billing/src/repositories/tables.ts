/** The billing database's tables, as Kysely sees them (migrations.ts creates them on both engines). */
import type { BillingEntryKind, BillingHoldStatus, BillingPlan } from '@george/contracts/billing';

export interface AccountRow {
  user_id: string;
  plan: BillingPlan;
  balance: number;
  held: number;
  /** seq of the account's newest ledger entry. */
  last_seq: number;
  created_at: number;
  updated_at: number;
}

export interface LedgerRow {
  user_id: string;
  seq: number;
  kind: BillingEntryKind;
  /** Signed change of the balance. */
  amount: number;
  balance_after: number;
  hold_id: string | null;
  usage_id: string | null;
  idempotency_key: string | null;
  reason: string | null;
  actor: string | null;
  created_at: number;
}

export interface HoldRow {
  id: string;
  user_id: string;
  amount: number;
  status: BillingHoldStatus;
  captured_amount: number | null;
  idempotency_key: string;
  expires_at: number;
  created_at: number;
  settled_at: number | null;
}

export interface UsageRow {
  id: string;
  user_id: string;
  idempotency_key: string;
  model: string;
  input_tokens: number;
  output_tokens: number;
  cost: number;
  charged: number;
  hold_id: string | null;
  project_id: string | null;
  purpose: string;
  created_at: number;
}

export interface BillingDB {
  accounts: AccountRow;
  ledger_entries: LedgerRow;
  holds: HoldRow;
  usage_records: UsageRow;
}
