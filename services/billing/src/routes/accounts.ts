import {
  BillingAccount,
  BillingCreateAccountBody,
  BillingPageQuery,
  BillingStatement,
  BillingUsagePage,
  BillingUserParams,
} from '@george/contracts/billing';
import type { GeorgePlugin } from '@george/runtime';
import type { BillingContext } from '../context.js';
import { accountView, entryView, usageView } from './views.js';

export const accountRoutes: GeorgePlugin<BillingContext> = async (app, { ledger }) => {
  app.post(
    '/accounts',
    { schema: { body: BillingCreateAccountBody, response: { 200: BillingAccount, 201: BillingAccount } } },
    async (request, reply) => {
      const { replay, value } = await ledger.createAccount(request.body.userId, request.body.plan);
      return reply.code(replay ? 200 : 201).send(accountView(value));
    },
  );

  app.get(
    '/accounts/:userId',
    { schema: { params: BillingUserParams, response: { 200: BillingAccount } } },
    async (request) => accountView(await ledger.getAccount(request.params.userId)),
  );

  app.get(
    '/accounts/:userId/statement',
    {
      schema: {
        params: BillingUserParams,
        querystring: BillingPageQuery,
        response: { 200: BillingStatement },
      },
    },
    async (request) => {
      const { account, entries } = await ledger.statement(
        request.params.userId,
        request.query.limit ?? 50,
        request.query.cursor,
      );
      return {
        account: accountView(account),
        entries: entries.items.map(entryView),
        nextCursor: entries.nextCursor,
      };
    },
  );

  app.get(
    '/accounts/:userId/usage',
    {
      schema: {
        params: BillingUserParams,
        querystring: BillingPageQuery,
        response: { 200: BillingUsagePage },
      },
    },
    async (request) => {
      const page = await ledger.usagePage(
        request.params.userId,
        request.query.limit ?? 50,
        request.query.cursor,
      );
      return { usage: page.items.map(usageView), nextCursor: page.nextCursor };
    },
  );
};
