/** The whole Billing Server in-process on a fresh database, called through `inject`. */
import type { DialectName } from '@george/runtime';
import { createTestDatabase, productionEnv, TEST_TOKEN, type TestDatabase } from '@george/runtime/testing';
import { buildApp, service } from '../../src/app.js';
import { openTestDb } from '../helpers.js';

export const OPERATOR = { 'x-user-id': 'op-1' };

/** Starts the service on `dialect` with an operator account `op-1` and the sweep off. */
export async function startBilling(dialect: DialectName) {
  const db: TestDatabase = await createTestDatabase(dialect);
  const env = productionEnv({ ...db.env, BILLING_SWEEP_SECONDS: '0' });
  await service.prestart?.(env);
  const app = await buildApp(env);
  const handle = openTestDb(db);
  const send = async (
    method: 'GET' | 'POST',
    url: string,
    payload?: unknown,
    headers: Record<string, string> = {},
  ) => {
    const res = await app.inject({
      method,
      url,
      headers: {
        'x-internal-token': TEST_TOKEN,
        ...(payload === undefined ? {} : { 'content-type': 'application/json' }),
        ...headers,
      },
      ...(payload === undefined
        ? {}
        : { payload: typeof payload === 'string' ? payload : JSON.stringify(payload) }),
    });
    return { status: res.statusCode, body: res.json() };
  };
  await send('POST', '/accounts', { userId: 'op-1', plan: 'operator' });
  return {
    app,
    handle,
    send,
    account: async (userId: string) => (await send('GET', `/accounts/${userId}`)).body,
    /** Moves a hold's expiry into the past, as if its time to live had run out. */
    async expireHold(holdId: string) {
      await handle.db
        .updateTable('holds')
        .set({ expires_at: Date.now() - 1000 })
        .where('id', '=', holdId)
        .execute();
    },
    async close() {
      await app.close();
      await handle.close();
      await db.cleanup();
    },
  };
}

export type BillingFixture = Awaited<ReturnType<typeof startBilling>>;
