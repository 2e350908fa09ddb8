import { API_SECURITY_HEADERS, type GeorgeInstance, notFound } from '@george/runtime';
import type { BackendContext } from '../context.js';
import { toJobView } from '../jobs/queue.js';
import { API_PREFIX as P, type Principal } from '../session.js';
import { JobListQuery, JobListResponse, JobParams, JobResponse, ProjectParams } from './schemas.js';

const TERMINAL = new Set(['succeeded', 'failed']);

/** Jobs: state, per-project lists, and a server-sent-events stream of progress. */
export function jobRoutes(app: GeorgeInstance, ctx: BackendContext): void {
  const tags = ['jobs'];
  const user = (request: { principal: Principal | undefined }) => request.principal as Principal;

  /** The job, if the caller may read its project (404 otherwise: its existence is not revealed). */
  async function readableJob(jobId: string, principal: Principal, requestId: string) {
    const job = await ctx.queue.get(jobId);
    if (!job?.project_id) throw notFound('no such job', 'job_not_found');
    try {
      await ctx.access.require(job.project_id, principal.userId, 'read', requestId);
    } catch {
      throw notFound('no such job', 'job_not_found');
    }
    return job;
  }

  app.get(
    `${P}/jobs/:jobId`,
    { schema: { tags, params: JobParams, response: { 200: JobResponse } } },
    async (request) => ({
      job: toJobView(await readableJob(request.params.jobId, user(request), request.id)),
    }),
  );

  app.get(
    `${P}/projects/:projectId/jobs`,
    {
      schema: { tags, params: ProjectParams, querystring: JobListQuery, response: { 200: JobListResponse } },
    },
    async (request) => {
      const { projectId } = request.params;
      await ctx.access.require(projectId, user(request).userId, 'read', request.id);
      const options: { status?: 'queued' | 'running' | 'succeeded' | 'failed'; limit?: number } = {
        limit: request.query.limit ?? 50,
      };
      if (request.query.status) options.status = request.query.status;
      return { jobs: (await ctx.queue.listByProject(projectId, options)).map(toJobView) };
    },
  );

  app.get(
    `${P}/jobs/:jobId/events`,
    {
      schema: {
        tags,
        params: JobParams,
        produces: ['text/event-stream'],
        description:
          'Server-sent events: `progress` with the job each time it changes, then `done` with the final ' +
          'state, and the stream ends. Works from any worker (it follows the job in the database).',
      },
    },
    async (request, reply) => {
      let job = await readableJob(request.params.jobId, user(request), request.id);
      reply.hijack();
      const raw = reply.raw;
      raw.writeHead(200, {
        ...API_SECURITY_HEADERS,
        'content-type': 'text/event-stream; charset=utf-8',
        'cache-control': 'no-cache, no-transform',
        connection: 'keep-alive',
        'x-accel-buffering': 'no',
        'x-request-id': request.id,
      });
      let closed = false;
      request.raw.once('close', () => {
        closed = true;
      });
      const send = (event: string, data: unknown) => {
        raw.write(`event: ${event}\ndata: ${JSON.stringify(data)}\n\n`);
      };
      let last = '';
      let idle = 0;
      raw.write('retry: 2000\n\n');
      // A draining worker ends its streams; the client reconnects (retry) to another worker.
      while (!closed && !app.george.draining) {
        const view = toJobView(job);
        const key = `${view.status}:${view.progress}:${view.message}:${view.attempts}`;
        if (key !== last) {
          last = key;
          idle = 0;
          send(TERMINAL.has(view.status) ? 'done' : 'progress', view);
          if (TERMINAL.has(view.status)) break;
        } else if (++idle % 30 === 0) {
          raw.write(': keep-alive\n\n');
        }
        await new Promise((r) => setTimeout(r, 300));
        const next = await ctx.queue.get(job.id);
        if (!next) break;
        job = next;
      }
      raw.end();
    },
  );
}
