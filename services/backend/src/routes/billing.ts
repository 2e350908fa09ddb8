import { BalanceResponse, UsageQuery, UsageResponse } from '@george/contracts/api';
import type { AreaRoutes } from '../http/contexts.js';

const tags = ['billing'];

/** The signed-in user's credits and usage (`/billing`). */
export const billingRoutes: AreaRoutes = async (app, { services: { billing } }) => {
  app.get('/balance', { schema: { tags, response: { 200: BalanceResponse } } }, async (request) =>
    billing.balance(request.principal),
  );

  app.get(
    '/usage',
    { schema: { tags, querystring: UsageQuery, response: { 200: UsageResponse } } },
    async (request) => billing.usage(request.principal, request.query),
  );
};
