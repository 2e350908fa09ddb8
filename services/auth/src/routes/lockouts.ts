import { AddressParams, LockoutListSchema } from '@george/contracts';
import { listLockouts, unlockAddress } from '../services/lockouts.js';
import type { AuthRoutes } from './plugin.js';

/** Operators: every throttled account and address, and lifting an address's delays. */
export const lockoutRoutes: AuthRoutes = async (app, { ctx }) => {
  app.get('/lockouts', { schema: { response: { 200: LockoutListSchema } } }, (request) =>
    listLockouts(ctx, request.actingUserId),
  );

  app.delete('/addresses/:address/lockout', { schema: { params: AddressParams } }, async (request, reply) => {
    await unlockAddress(ctx, request.actingUserId, request.params.address);
    return reply.code(204).send();
  });
};
