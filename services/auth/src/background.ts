import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import { createLogger } from '@george/runtime';
import type { AuthConfig } from './config.js';
import { sqlRepositories } from './repositories/index.js';
import { pruneThrottleTable } from './repositories/throttle.js';
import { ensureSigningKey, pruneSigningKeys } from './services/keys.js';
import { type BillingSender, billingSender, relayOnce } from './services/outbox.js';
import type { AuthDatabase } from './store/db.js';

const MAINTENANCE_EVERY_MS = 60_000;
export const RELAY_LEASE = 'outbox-relay';

export interface Background {
  stop(): Promise<void>;
}

/**
 * The once-per-service loop, started by the supervisor (service.prestart), never in workers: it
 * relays the outbox to billing and, once a minute, rotates and prunes signing keys and deletes
 * expired throttle rows. A lease in the database makes sure one loop works even if several supervisors share
 * the database.
 */
export function startBackground(
  config: AuthConfig,
  handle: AuthDatabase,
  send: BillingSender = billingSender(config.billingUrl, config.internalToken ?? ''),
): Background {
  const log = createLogger('auth', config.mode, config.logLevel).child({ role: 'relay' });
  const repos = sqlRepositories(handle.db, handle.dialect);
  const holder = `${hostname()}:${process.pid}:${randomUUID()}`;
  const leaseMs = Math.max(15_000, config.outbox.pollMs * 10);
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let lastMaintenance = 0;
  let billingDown = false;
  let running: Promise<void> = Promise.resolve();

  const tick = async () => {
    try {
      if (await repos.outbox.acquireLease(RELAY_LEASE, holder, leaseMs, Date.now())) {
        const { sent, failed } = await relayOnce(repos.outbox, send, {
          maxBackoffMs: config.outbox.maxBackoffMs,
          deadline: Date.now() + leaseMs / 2,
        });
        // Billing starting after auth is expected: one line when requests start failing, one when
        // billing confirms again, not a line per attempt.
        if (failed > 0 && !billingDown)
          log.warn({ failed }, 'billing does not confirm accounts yet; retrying');
        if (sent > 0 && billingDown) log.info({ sent }, 'billing reachable: accounts confirmed');
        if (failed > 0) billingDown = true;
        else if (sent > 0) billingDown = false;
        const now = Date.now();
        if (now - lastMaintenance >= MAINTENANCE_EVERY_MS) {
          lastMaintenance = now;
          const kid = await ensureSigningKey(repos.signingKeys, config.keyRotateSeconds * 1000, now);
          if (kid) log.info({ kid }, 'signing key rotated');
          await pruneSigningKeys(repos.signingKeys, config.accessTtlSeconds, now);
          await pruneThrottleTable(handle.db, now);
        }
      }
    } catch (err) {
      log.error({ err }, 'background work failed');
    }
  };
  const schedule = (delay: number) => {
    if (stopped) return;
    timer = setTimeout(() => {
      running = tick().finally(() => schedule(config.outbox.pollMs));
    }, delay);
    timer.unref();
  };
  schedule(0);
  return {
    async stop() {
      stopped = true;
      clearTimeout(timer);
      await running;
    },
  };
}
