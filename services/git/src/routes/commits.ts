import {
  CreateCommitBody,
  GitCommitParams,
  GitProjectParams,
  HistoryQuery,
  RestoreBody,
} from '@george/contracts/git';
import type { GeorgePlugin } from '@george/runtime';
import type { GitContext } from '../context.js';

export const commitRoutes: GeorgePlugin<GitContext> = async (app, { versions }) => {
  app.post(
    '/projects/:projectId/commits',
    { schema: { params: GitProjectParams, body: CreateCommitBody } },
    async (request, reply) => {
      const outcome = await versions.commit(request.params.projectId, request.body);
      return reply.code(outcome.changed ? 201 : 200).send(outcome);
    },
  );

  app.get(
    '/projects/:projectId/commits',
    { schema: { params: GitProjectParams, querystring: HistoryQuery } },
    async (request) => versions.history(request.params.projectId, request.query),
  );

  app.get(
    '/projects/:projectId/commits/:commitId',
    { schema: { params: GitCommitParams } },
    async (request) => versions.commitDetail(request.params.projectId, request.params.commitId),
  );

  app.post(
    '/projects/:projectId/restore',
    { schema: { params: GitProjectParams, body: RestoreBody } },
    async (request, reply) => {
      const outcome = await versions.restore(request.params.projectId, request.body);
      return reply.code(outcome.changed ? 201 : 200).send(outcome);
    },
  );
};
