import {
  BillingPriceTable,
  BillingQuote,
  BillingQuoteBody,
  BillingUsageBody,
  BillingUsageRecorded,
  CREDITS_PER_USD,
} from '@george/contracts/billing';
import type { GeorgeInstance } from '@george/runtime';
import type { RouteDeps } from '../context.js';
import { costOf } from '../prices.js';
import { accountView, usageView } from '../views.js';

export function usageRoutes(app: GeorgeInstance, { store, config }: RouteDeps): void {
  app.post(
    '/usage',
    {
      schema: { body: BillingUsageBody, response: { 200: BillingUsageRecorded, 201: BillingUsageRecorded } },
    },
    async (request, reply) => {
      const body = request.body;
      const cost = costOf(config.prices, body.model, body.inputTokens, body.outputTokens);
      const { replay, value } = await store.recordUsage({
        userId: body.userId,
        idempotencyKey: body.idempotencyKey,
        model: body.model,
        inputTokens: body.inputTokens,
        outputTokens: body.outputTokens,
        cost,
        projectId: body.projectId ?? null,
        purpose: body.purpose,
        holdId: body.holdId ?? null,
      });
      return reply
        .code(replay ? 200 : 201)
        .send({ usage: usageView(value.usage), account: accountView(value.account) });
    },
  );

  app.get('/prices', { schema: { response: { 200: BillingPriceTable } } }, async () => ({
    creditsPerUsd: CREDITS_PER_USD,
    models: [...config.prices].map(([model, price]) => ({ model, ...price })),
  }));

  app.post(
    '/prices/quote',
    { schema: { body: BillingQuoteBody, response: { 200: BillingQuote } } },
    async (request) => {
      const { model, inputTokens, outputTokens } = request.body;
      return { model, cost: costOf(config.prices, model, inputTokens, outputTokens) };
    },
  );
}
