import {
  BillingCaptureBody,
  BillingHold,
  BillingHoldCreated,
  BillingHoldParams,
  BillingHoldSettled,
  BillingPlaceHoldBody,
} from '@george/contracts/billing';
import type { GeorgeInstance } from '@george/runtime';
import type { RouteDeps } from '../context.js';
import { accountView, holdView } from '../views.js';

export function holdRoutes(app: GeorgeInstance, { store, config }: RouteDeps): void {
  app.post(
    '/holds',
    {
      schema: { body: BillingPlaceHoldBody, response: { 200: BillingHoldCreated, 201: BillingHoldCreated } },
    },
    async (request, reply) => {
      const { userId, amount, idempotencyKey, ttlSeconds } = request.body;
      const { replay, value } = await store.placeHold({
        userId,
        amount,
        idempotencyKey,
        ttlSeconds: ttlSeconds ?? config.holdTtlSeconds,
      });
      return reply.code(replay ? 200 : 201).send({
        holdId: value.id,
        amount: value.amount,
        expiresAt: new Date(value.expires_at).toISOString(),
      });
    },
  );

  app.get(
    '/holds/:holdId',
    { schema: { params: BillingHoldParams, response: { 200: BillingHold } } },
    async (request) => holdView(await store.getHold(request.params.holdId)),
  );

  app.post(
    '/holds/:holdId/capture',
    {
      schema: { params: BillingHoldParams, body: BillingCaptureBody, response: { 200: BillingHoldSettled } },
    },
    async (request) => {
      const { value } = await store.captureHold(request.params.holdId, request.body.amount);
      return { hold: holdView(value.hold), account: accountView(value.account) };
    },
  );

  // Release takes no fields; whatever body is sent is ignored.
  app.post(
    '/holds/:holdId/release',
    { schema: { params: BillingHoldParams, response: { 200: BillingHoldSettled } } },
    async (request) => {
      const { value } = await store.releaseHold(request.params.holdId);
      return { hold: holdView(value.hold), account: accountView(value.account) };
    },
  );
}
