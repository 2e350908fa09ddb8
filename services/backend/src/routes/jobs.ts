import { JobListQuery, JobListResponse, JobParams, JobResponse, ProjectParams } from '@george/contracts/api';
import type { AreaRoutes } from '../http/contexts.js';
import { openEventStream } from '../http/sse.js';

const tags = ['jobs'];
/** Idle ticks (of the service's poll) between two keep-alive comments. */
const KEEP_ALIVE_TICKS = 30;

/** Jobs (API root: `/jobs/...` and `/projects/:projectId/jobs`): state, lists, a progress stream. */
export const jobRoutes: AreaRoutes = async (app, { services: { jobs } }) => {
  app.get(
    '/jobs/:jobId',
    { schema: { tags, params: JobParams, response: { 200: JobResponse } } },
    async (request) => ({ job: await jobs.get(request.principal, request.params.jobId) }),
  );

  app.get(
    '/projects/:projectId/jobs',
    {
      schema: { tags, params: ProjectParams, querystring: JobListQuery, response: { 200: JobListResponse } },
    },
    async (request) => ({
      jobs: await jobs.listByProject(request.principal, request.params.projectId, request.query),
    }),
  );

  app.get(
    '/jobs/:jobId/events',
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
      const events = await jobs.follow(request.principal, request.params.jobId);
      const stream = openEventStream(request, reply, { retryMs: 2000 });
      let idle = 0;
      // A draining worker ends its streams; the client reconnects (retry) to another worker.
      for await (const event of events) {
        if (stream.closed || app.george.draining) break;
        if (event) {
          idle = 0;
          stream.send(event.event, event.job);
        } else if (++idle % KEEP_ALIVE_TICKS === 0) {
          stream.keepAlive();
        }
      }
      stream.end();
    },
  );
};
