import {
  BillingAdjustmentBody,
  BillingEntryWritten,
  BillingFigures,
  BillingFiguresQuery,
  BillingTopUpBody,
} from '@george/contracts/billing';
import type { GeorgePlugin } from '@george/runtime';
import type { BillingContext } from '../context.js';
import { accountView, entryView } from './views.js';

/** Operators' routes: the service checks that `X-User-Id` names an operator account. */
export const operatorRoutes: GeorgePlugin<BillingContext> = async (app, { ledger }) => {
  app.post(
    '/topups',
    { schema: { body: BillingTopUpBody, response: { 200: BillingEntryWritten, 201: BillingEntryWritten } } },
    async (request, reply) => {
      const { replay, value } = await ledger.topUp({ ...request.body, actor: request.actingUserId });
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
      const { replay, value } = await ledger.adjust({ ...request.body, actor: request.actingUserId });
      return reply
        .code(replay ? 200 : 201)
        .send({ entry: entryView(value.entry), account: accountView(value.account) });
    },
  );

  app.get(
    '/figures',
    { schema: { querystring: BillingFiguresQuery, response: { 200: BillingFigures } } },
    async (request) => {
      const { since } = request.query;
      const figures = await ledger.figures(request.actingUserId, since);
      return {
        ...figures,
        credits: { ...figures.credits, available: figures.credits.inCirculation - figures.credits.held },
        since: since === undefined ? null : new Date(since).toISOString(),
      };
    },
  );
};
