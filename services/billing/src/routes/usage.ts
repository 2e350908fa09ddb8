import {
  BillingPriceTable,
  BillingQuote,
  BillingQuoteBody,
  BillingUsageBody,
  BillingUsageRecorded,
  CREDITS_PER_USD,
} from '@george/contracts/billing';
import type { GeorgePlugin } from '@george/runtime';
import type { BillingContext } from '../context.js';
import { accountView, usageView } from './views.js';

export const usageRoutes: GeorgePlugin<BillingContext> = async (app, { ledger }) => {
  app.post(
    '/usage',
    {
      schema: { body: BillingUsageBody, response: { 200: BillingUsageRecorded, 201: BillingUsageRecorded } },
    },
    async (request, reply) => {
      const { replay, value } = await ledger.recordUsage({
        ...request.body,
        projectId: request.body.projectId ?? null,
        holdId: request.body.holdId ?? null,
      });
      return reply
        .code(replay ? 200 : 201)
        .send({ usage: usageView(value.usage), account: accountView(value.account) });
    },
  );

  app.get('/prices', { schema: { response: { 200: BillingPriceTable } } }, async () => ({
    creditsPerUsd: CREDITS_PER_USD,
    models: ledger.prices(),
  }));

  app.post(
    '/prices/quote',
    { schema: { body: BillingQuoteBody, response: { 200: BillingQuote } } },
    async (request) => {
      const { model, inputTokens, outputTokens } = request.body;
      return { model, cost: ledger.quote(model, inputTokens, outputTokens) };
    },
  );
};
