/**
 * The Billing Server's contract (port 6004): the typed client the backend and the auth service call
 * it through; the schemas are in schemas/billing.ts.
 */
import { InternalClient, UpstreamError } from '@george/runtime';
import { type ClientSettings, internalClient } from './clients.js';
import type {
  BillingAccount,
  BillingAdjustmentBody,
  BillingCreateAccountBody,
  BillingEntryWritten,
  BillingFigures,
  BillingHold,
  BillingHoldCreated,
  BillingHoldSettled,
  BillingPageQuery,
  BillingPlaceHoldBody,
  BillingPriceTable,
  BillingQuote,
  BillingQuoteBody,
  BillingStatement,
  BillingTopUpBody,
  BillingUsageBody,
  BillingUsagePage,
  BillingUsageRecorded,
} from './schemas/billing.js';

export * from './schemas/billing.js';

// ---------------------------------------------------------------------------------------------
// Client
// ---------------------------------------------------------------------------------------------

/** Headers that travel with one call. `userId` is the acting user (operators for operator routes). */
export interface BillingCallContext {
  requestId?: string;
  userId?: string;
}

/** True when billing refused a hold or charge because the account lacks credits (HTTP 402). */
export function isInsufficientCredits(err: unknown): boolean {
  return err instanceof UpstreamError && err.statusCode === 402 && err.code === 'insufficient_credits';
}

const seg = (value: string) => encodeURIComponent(value);

/**
 * Typed client of the Billing Server. Every write carries an idempotency key or names its hold, so
 * every call is safe to retry and is retried on transient failures. Refusals arrive as
 * `UpstreamError` (402 `insufficient_credits`, 404, 409, 400 `validation_error`); an unreachable
 * service as `ServiceUnavailableError`.
 */
export class BillingClient {
  readonly http: InternalClient;

  constructor(clientOrSettings: InternalClient | ClientSettings) {
    this.http =
      clientOrSettings instanceof InternalClient
        ? clientOrSettings
        : internalClient('billing', clientOrSettings);
  }

  private async post<T>(path: string, body: unknown, ctx: BillingCallContext = {}) {
    return this.http.call<T>({ method: 'POST', path, body, idempotent: true, ...ctx });
  }

  private async get<T>(
    path: string,
    query: Record<string, string | number | undefined>,
    ctx: BillingCallContext,
  ) {
    return (await this.http.call<T>({ method: 'GET', path, query, ...ctx })).body;
  }

  /** Creates the account with its plan's opening grant; `created` is false when it already existed. */
  async createAccount(
    body: BillingCreateAccountBody,
    ctx?: BillingCallContext,
  ): Promise<{ created: boolean; account: BillingAccount }> {
    const { status, body: account } = await this.post<BillingAccount>('/accounts', body, ctx);
    return { created: status === 201, account };
  }

  getAccount(userId: string, ctx: BillingCallContext = {}): Promise<BillingAccount> {
    return this.get<BillingAccount>(`/accounts/${seg(userId)}`, {}, ctx);
  }

  /** Reserves credits; throws UpstreamError 402 `insufficient_credits` (see isInsufficientCredits). */
  async placeHold(body: BillingPlaceHoldBody, ctx?: BillingCallContext): Promise<BillingHoldCreated> {
    return (await this.post<BillingHoldCreated>('/holds', body, ctx)).body;
  }

  getHold(holdId: string, ctx: BillingCallContext = {}): Promise<BillingHold> {
    return this.get<BillingHold>(`/holds/${seg(holdId)}`, {}, ctx);
  }

  /** Charges `amount` (at most the held amount) and releases the rest. Idempotent. */
  async captureHold(holdId: string, amount: number, ctx?: BillingCallContext): Promise<BillingHoldSettled> {
    return (await this.post<BillingHoldSettled>(`/holds/${seg(holdId)}/capture`, { amount }, ctx)).body;
  }

  /** Releases the whole hold. Idempotent. */
  async releaseHold(holdId: string, ctx?: BillingCallContext): Promise<BillingHoldSettled> {
    return (await this.post<BillingHoldSettled>(`/holds/${seg(holdId)}/release`, {}, ctx)).body;
  }

  /** Records a model call, priced by the price table, and charges it (through the hold when given). */
  async recordUsage(body: BillingUsageBody, ctx?: BillingCallContext): Promise<BillingUsageRecorded> {
    return (await this.post<BillingUsageRecorded>('/usage', body, ctx)).body;
  }

  listUsage(
    userId: string,
    page: BillingPageQuery = {},
    ctx: BillingCallContext = {},
  ): Promise<BillingUsagePage> {
    return this.get<BillingUsagePage>(`/accounts/${seg(userId)}/usage`, { ...page }, ctx);
  }

  statement(
    userId: string,
    page: BillingPageQuery = {},
    ctx: BillingCallContext = {},
  ): Promise<BillingStatement> {
    return this.get<BillingStatement>(`/accounts/${seg(userId)}/statement`, { ...page }, ctx);
  }

  /** Operators only: `operatorId` must be an account with the operator plan. */
  async topUp(
    body: BillingTopUpBody,
    operatorId: string,
    ctx: BillingCallContext = {},
  ): Promise<BillingEntryWritten> {
    return (await this.post<BillingEntryWritten>('/topups', body, { ...ctx, userId: operatorId })).body;
  }

  /** Operators only. */
  async adjust(
    body: BillingAdjustmentBody,
    operatorId: string,
    ctx: BillingCallContext = {},
  ): Promise<BillingEntryWritten> {
    return (await this.post<BillingEntryWritten>('/adjustments', body, { ...ctx, userId: operatorId })).body;
  }

  /** Operators only. */
  figures(operatorId: string, since?: number, ctx: BillingCallContext = {}): Promise<BillingFigures> {
    return this.get<BillingFigures>('/figures', { since }, { ...ctx, userId: operatorId });
  }

  prices(ctx: BillingCallContext = {}): Promise<BillingPriceTable> {
    return this.get<BillingPriceTable>('/prices', {}, ctx);
  }

  async quote(body: BillingQuoteBody, ctx?: BillingCallContext): Promise<BillingQuote> {
    return (await this.post<BillingQuote>('/prices/quote', body, ctx)).body;
  }
}
