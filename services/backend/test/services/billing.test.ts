import type { BillingClient } from '@george/contracts/billing';
import { UpstreamError } from '@george/runtime';
import { describe, expect, it } from 'vitest';
import { holdCredits } from '../../src/services/billing.js';

const BODY = { userId: 'u1', amount: 10, idempotencyKey: 'chat-hold:m1', ttlSeconds: 600 };

/** A billing client whose holds always fail with `error`. */
const refusing = (error: Error): Pick<BillingClient, 'placeHold'> => ({
  placeHold: async () => {
    throw error;
  },
});

describe('holdCredits', () => {
  it('answers with the hold the billing service placed', async () => {
    const billing: Pick<BillingClient, 'placeHold'> = {
      placeHold: async (body) => ({
        holdId: `hold-for-${body.idempotencyKey}`,
        amount: body.amount,
        expiresAt: '2026-12-02T20:00:00.000Z',
      }),
    };
    await expect(holdCredits(billing, BODY)).resolves.toMatchObject({ holdId: 'hold-for-chat-hold:m1' });
  });

  it('a user whose account is not open yet gets a retryable answer, without their id', async () => {
    const missing = new UpstreamError('billing', 404, 'account_not_found', 'no billing account for user u1');
    const err = await holdCredits(refusing(missing), BODY).catch((e: unknown) => e);
    expect(err).toMatchObject({ statusCode: 503, code: 'credits_not_ready' });
    expect(String(err)).not.toContain('u1');
  });

  it("passes the billing service's other answers through unchanged", async () => {
    const short = new UpstreamError('billing', 402, 'insufficient_credits', 'not enough credits');
    await expect(holdCredits(refusing(short), BODY)).rejects.toBe(short);
  });
});
