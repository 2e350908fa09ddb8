import {
  BillingAdjustmentBody,
  BillingEntryWritten,
  BillingFigures,
  BillingFiguresQuery,
  BillingTopUpBody,
} from '@george/contracts/billing';
import { forbidden, type GeorgeInstance } from '@george/runtime';
import type { FastifyRequest } from 'fastify';
import type { RouteDeps } from '../context.js';
import type { BillingStore } from '../store/store.js';
import { accountView, entryView } from '../views.js';

/** Operators are accounts with the operator plan, named by `X-User-Id` (after the token check). */
async function requireOperator(store: BillingStore, request: FastifyRequest): Promise<string> {
  const actor = request.actingUserId;
  if (!actor) throw forbidden('X-User-Id of an operator is required', 'operator_required');
  const account = await store.findAccount(actor);
  if (account?.plan !== 'operator') throw forbidden('only operators may do this', 'operator_required');
  return actor;
}

export function operatorRoutes(app: GeorgeInstance, { store }: RouteDeps): void {
  app.post(
    '/topups',
    { schema: { body: BillingTopUpBody, response: { 200: BillingEntryWritten, 201: BillingEntryWritten } } },
    async (request, reply) => {
      const actor = await requireOperator(store, request);
      const { userId, amount, idempotencyKey, reason } = request.body;
      const { replay, value } = await store.writeOperatorEntry({
        userId,
        kind: 'topup',
        amount,
        idempotencyKey,
        reason,
        actor,
      });
      return reply
        .code(replay ? 200 : 201)
        .send({ entry: entryView(value.entry), account: accountView(value.account) });
    },
  );

  app.post(
    '/adjustments',
    {
      schema: {
        body: BillingAdjustmentBody,
        response: { 200: BillingEntryWritten, 201: BillingEntryWritten },
      },
    },
    async (request, reply) => {
      const actor = await requireOperator(store, request);
      const { userId, amount, direction, idempotencyKey, reason } = request.body;
      const { replay, value } = await store.writeOperatorEntry({
        userId,
        kind: 'adjustment',
        amount: direction === 'debit' ? -amount : amount,
        idempotencyKey,
        reason,
        actor,
      });
      return reply
        .code(replay ? 200 : 201)
        .send({ entry: entryView(value.entry), account: accountView(value.account) });
    },
  );

  app.get(
    '/figures',
    { schema: { querystring: BillingFiguresQuery, response: { 200: BillingFigures } } },
    async (request) => {
      await requireOperator(store, request);
      const since = request.query.since;
      const figures = await store.figures(since);
      return {
        ...figures,
        credits: { ...figures.credits, available: figures.credits.inCirculation - figures.credits.held },
        since: since === undefined ? null : new Date(since).toISOString(),
      };
    },
  );
}
