import type { AuthClient, CreateInviteRequest } from '@george/contracts';
import type { ListUsersQuery, SagaListQuery, ServiceStatus } from '@george/contracts/api';
import type { Static } from '@sinclair/typebox';
import type { BackendConfig } from '../config.js';
import type { JobQueue } from '../repositories/jobs.js';
import type { SagaLog } from '../repositories/sagas.js';
import { type Principal, requireOperator } from './principal.js';

async function probe(url: string): Promise<{ ok: boolean; body: unknown; ms: number }> {
  const started = Date.now();
  try {
    const res = await fetch(url, { signal: AbortSignal.timeout(3000) });
    const body: unknown = await res.json().catch(() => ({}));
    return { ok: res.ok, body, ms: Date.now() - started };
  } catch {
    return { ok: false, body: {}, ms: Date.now() - started };
  }
}

function readyChecks(body: unknown): Record<string, string> {
  if (typeof body !== 'object' || body === null || !('checks' in body)) return {};
  const { checks } = body;
  if (typeof checks !== 'object' || checks === null) return {};
  return Object.fromEntries(
    Object.entries(checks).filter((e): e is [string, string] => typeof e[1] === 'string'),
  );
}

export interface AdminServiceDeps {
  auth: Pick<AuthClient, 'createInvite' | 'listUsers' | 'listLockouts' | 'unlock' | 'unlockAddress'>;
  sagas: Pick<SagaLog, 'list'>;
  queue: Pick<JobQueue, 'ping'>;
  urls: BackendConfig['urls'];
}

/** Operators: invites, users, the saga log, and every service's health. Every method is operators only. */
export class AdminService {
  constructor(private readonly deps: AdminServiceDeps) {}

  createInvite(principal: Principal, body: CreateInviteRequest) {
    requireOperator(principal);
    return this.deps.auth.createInvite(body, { userId: principal.userId, requestId: principal.requestId });
  }

  listUsers(principal: Principal, query: Static<typeof ListUsersQuery>) {
    requireOperator(principal);
    return this.deps.auth.listUsers(query, { userId: principal.userId, requestId: principal.requestId });
  }

  /** Every throttled account, account at an address, and address (auth's login throttle). */
  async listLockouts(principal: Principal) {
    requireOperator(principal);
    const ctx = { userId: principal.userId, requestId: principal.requestId };
    return { lockouts: await this.deps.auth.listLockouts(ctx) };
  }

  /** Forgets an account's failed logins and lifts its delays. */
  unlockUser(principal: Principal, userId: string) {
    requireOperator(principal);
    return this.deps.auth.unlock(userId, { userId: principal.userId, requestId: principal.requestId });
  }

  /** Forgets an address's failed logins and lifts its delays. */
  unlockAddress(principal: Principal, address: string) {
    requireOperator(principal);
    return this.deps.auth.unlockAddress(address, {
      userId: principal.userId,
      requestId: principal.requestId,
    });
  }

  async listSagas(principal: Principal, query: SagaListQuery) {
    requireOperator(principal);
    const rows = await this.deps.sagas.list({ limit: query.limit ?? 100, status: query.status });
    return {
      sagas: rows.map((s) => ({
        id: s.id,
        type: s.type,
        projectId: s.project_id,
        fileId: s.file_id,
        status: s.status,
        step: s.step,
        attempts: s.attempts,
        lastError: s.last_error,
        createdAt: new Date(s.created_at).toISOString(),
        updatedAt: new Date(s.updated_at).toISOString(),
      })),
    };
  }

  /** The health and readiness of every service, the backend's own database first. */
  async servicesStatus(principal: Principal): Promise<{ ok: boolean; services: ServiceStatus[] }> {
    requireOperator(principal);
    const { urls } = this.deps;
    const targets: [string, string][] = [
      ['auth', urls.auth],
      ['filesystem', urls.filesystem],
      ['chroma', urls.chroma],
      ['billing', urls.billing],
      ['git', urls.git],
      ['external-data', urls.externalData],
    ];
    const services: ServiceStatus[] = await Promise.all(
      targets.map(async ([name, url]) => {
        const [health, ready] = await Promise.all([probe(`${url}/health`), probe(`${url}/ready`)]);
        return {
          name,
          health: health.ok ? 'ok' : 'failing',
          ready: ready.ok,
          checks: readyChecks(ready.body),
          latencyMs: Math.max(health.ms, ready.ms),
        } satisfies ServiceStatus;
      }),
    );
    const own = await this.deps.queue
      .ping()
      .then(() => true)
      .catch(() => false);
    services.unshift({
      name: 'backend',
      health: 'ok',
      ready: own,
      checks: { database: own ? 'ok' : 'failing' },
      latencyMs: 0,
    });
    return { ok: services.every((s) => s.ready), services };
  }
}
