import {
  BillingAccount,
  BillingCreateAccountBody,
  BillingPageQuery,
  BillingStatement,
  BillingUsagePage,
  BillingUserParams,
} from '@george/contracts/billing';
import { badRequest, conflict, type GeorgeInstance } from '@george/runtime';
import type { RouteDeps } from '../context.js';
import { accountView, entryView, usageView } from '../views.js';

export function accountRoutes(app: GeorgeInstance, { store, config }: RouteDeps): void {
  app.post(
    '/accounts',
    { schema: { body: BillingCreateAccountBody, response: { 200: BillingAccount, 201: BillingAccount } } },
    async (request, reply) => {
      const { userId, plan } = request.body;
      const { replay, value } = await store.createAccount(userId, plan, config.grants[plan]);
      if (replay && value.plan !== plan) {
        throw conflict('account_exists', `the account exists with the ${value.plan} plan`, {
          field: 'plan',
          plan: value.plan,
        });
      }
      return reply.code(replay ? 200 : 201).send(accountView(value));
    },
  );

  app.get(
    '/accounts/:userId',
    { schema: { params: BillingUserParams, response: { 200: BillingAccount } } },
    async (request) => accountView(await store.getAccount(request.params.userId)),
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
      const limit = request.query.limit ?? 50;
      let before: number | undefined;
      if (request.query.cursor !== undefined) {
        if (!/^\d{1,15}$/.test(request.query.cursor))
          throw badRequest('invalid_cursor', 'cursor is not valid', { field: 'cursor' });
        before = Number(request.query.cursor);
      }
      const account = await store.getAccount(request.params.userId);
      const rows = await store.ledgerPage(account.user_id, limit + 1, before);
      const page = rows.slice(0, limit);
      const last = page[page.length - 1];
      return {
        account: accountView(account),
        entries: page.map(entryView),
        nextCursor: rows.length > limit && last ? String(last.seq) : null,
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
      const limit = request.query.limit ?? 50;
      let before: { createdAt: number; id: string } | undefined;
      if (request.query.cursor !== undefined) {
        const match = /^(\d{1,15})\.([0-9a-f-]{36})$/.exec(request.query.cursor);
        if (!match) throw badRequest('invalid_cursor', 'cursor is not valid', { field: 'cursor' });
        before = { createdAt: Number(match[1]), id: match[2] as string };
      }
      const account = await store.getAccount(request.params.userId);
      const rows = await store.usagePage(account.user_id, limit + 1, before);
      const page = rows.slice(0, limit);
      const last = page[page.length - 1];
      return {
        usage: page.map(usageView),
        nextCursor: rows.length > limit && last ? `${last.created_at}.${last.id}` : null,
      };
    },
  );
}
