import {
  BillingCaptureBody,
  BillingHold,
  BillingHoldCreated,
  BillingHoldParams,
  BillingHoldSettled,
  BillingPlaceHoldBody,
} from '@george/contracts/billing';
import type { GeorgePlugin } from '@george/runtime';
import type { BillingContext } from '../context.js';
import { accountView, holdView } from './views.js';

export const holdRoutes: GeorgePlugin<BillingContext> = async (app, { ledger }) => {
  app.post(
    '/holds',
    {
      schema: { body: BillingPlaceHoldBody, response: { 200: BillingHoldCreated, 201: BillingHoldCreated } },
    },
    async (request, reply) => {
      const { replay, value } = await ledger.placeHold(request.body);
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
    async (request) => holdView(await ledger.getHold(request.params.holdId)),
  );

  app.post(
    '/holds/:holdId/capture',
    {
      schema: { params: BillingHoldParams, body: BillingCaptureBody, response: { 200: BillingHoldSettled } },
    },
    async (request) => {
      const { value } = await ledger.captureHold(request.params.holdId, request.body.amount);
      return { hold: holdView(value.hold), account: accountView(value.account) };
    },
  );

  // Release takes no fields; whatever body is sent is ignored.
  app.post(
    '/holds/:holdId/release',
    { schema: { params: BillingHoldParams, response: { 200: BillingHoldSettled } } },
    async (request) => {
      const { value } = await ledger.releaseHold(request.params.holdId);
      return { hold: holdView(value.hold), account: accountView(value.account) };
    },
  );
};
