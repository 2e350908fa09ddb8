import { CreateInviteBody, CreateInviteResponse, ListUsersQuery, UserListSchema } from '@george/contracts';
import { forbidden, type GeorgeInstance, notFound } from '@george/runtime';
import { Type } from '@sinclair/typebox';
import type { BackendContext } from '../context.js';
import { API_PREFIX as P, type Principal } from '../session.js';
import { JobParams, ServicesStatusResponse } from './schemas.js';

function operator(request: { principal: Principal | undefined }): Principal {
  const principal = request.principal as Principal;
  if (principal.role !== 'operator') throw forbidden('operators only', 'operator_only');
  return principal;
}

async function probe(url: string): Promise<{ ok: boolean; body: unknown; ms: number }> {
  const started = Date.now();
  try {
    const res = await fetch(url, { signal: AbortSignal.timeout(3000) });
    const body = (await res.json().catch(() => ({}))) as unknown;
    return { ok: res.ok, body, ms: Date.now() - started };
  } catch {
    return { ok: false, body: {}, ms: Date.now() - started };
  }
}

/** Operators: invites, users, the saga log, dead jobs, and every service's health. */
export function adminRoutes(app: GeorgeInstance, ctx: BackendContext): void {
  const tags = ['admin'];

  app.post(
    `${P}/admin/invites`,
    { schema: { tags, body: CreateInviteBody, response: { 201: CreateInviteResponse } } },
    async (request, reply) => {
      const principal = operator(request);
      const invite = await ctx.auth.createInvite(request.body, {
        userId: principal.userId,
        requestId: request.id,
      });
      return reply.code(201).send(invite);
    },
  );

  app.get(
    `${P}/admin/users`,
    { schema: { tags, querystring: ListUsersQuery, response: { 200: UserListSchema } } },
    async (request) => {
      const principal = operator(request);
      return ctx.auth.listUsers(request.query, { userId: principal.userId, requestId: request.id });
    },
  );

  app.get(
    `${P}/admin/sagas`,
    {
      schema: {
        tags,
        description: 'The saga log of multi-service writes (open ones are being completed or undone).',
        querystring: Type.Object(
          {
            status: Type.Optional(
              Type.Union([
                Type.Literal('running'),
                Type.Literal('compensating'),
                Type.Literal('done'),
                Type.Literal('compensated'),
              ]),
            ),
            limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 500, default: 100 })),
          },
          { additionalProperties: false },
        ),
      },
    },
    async (request) => {
      operator(request);
      const options: Parameters<typeof ctx.sagas.list>[0] = { limit: request.query.limit ?? 100 };
      if (request.query.status) options.status = request.query.status;
      const rows = await ctx.sagas.list(options);
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
    },
  );

  app.post(
    `${P}/admin/jobs/:jobId/retry`,
    { schema: { tags, params: JobParams } },
    async (request, reply) => {
      operator(request);
      if (!(await ctx.queue.requeue(request.params.jobId)))
        throw notFound('no failed job with this id', 'job_not_found');
      ctx.runner.nudge();
      return reply.code(202).send({ jobId: request.params.jobId });
    },
  );

  app.get(
    `${P}/status/services`,
    { schema: { tags, response: { 200: ServicesStatusResponse } } },
    async (request) => {
      operator(request);
      const targets: [string, string][] = [
        ['auth', ctx.config.urls.auth],
        ['filesystem', ctx.config.urls.filesystem],
        ['chroma', ctx.config.urls.chroma],
        ['billing', ctx.config.urls.billing],
        ['git', ctx.config.urls.git],
        ['external-data', ctx.config.urls.externalData],
      ];
      const services = await Promise.all(
        targets.map(async ([name, url]) => {
          const [health, ready] = await Promise.all([probe(`${url}/health`), probe(`${url}/ready`)]);
          const checks = ((ready.body as { checks?: Record<string, string> }).checks ?? {}) as Record<
            string,
            string
          >;
          return {
            name,
            health: health.ok ? ('ok' as const) : ('failing' as const),
            ready: ready.ok,
            checks,
            latencyMs: Math.max(health.ms, ready.ms),
          };
        }),
      );
      const own = await ctx.database.db
        .selectFrom('jobs')
        .select('id')
        .limit(1)
        .execute()
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
    },
  );
}
