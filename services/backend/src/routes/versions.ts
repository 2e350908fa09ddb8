import {
  DiffQuery,
  DiffResponse,
  ProjectParams,
  RestoreBody,
  RestoreResponse,
  VersionListQuery,
  VersionListResponse,
  VersionParams,
  VersionResponse,
} from '@george/contracts/api';
import type { AreaRoutes } from '../http/contexts.js';

const tags = ['versions'];

/** Versions (`/projects/:projectId`): the history of every document, diffs, restores. */
export const versionRoutes: AreaRoutes = async (app, { services: { versions } }) => {
  app.get(
    '/versions',
    {
      schema: {
        tags,
        params: ProjectParams,
        querystring: VersionListQuery,
        response: { 200: VersionListResponse },
      },
    },
    async (request) => versions.list(request.principal, request.params.projectId, request.query),
  );

  app.get(
    '/versions/:versionId',
    { schema: { tags, params: VersionParams, response: { 200: VersionResponse } } },
    async (request) => versions.get(request.principal, request.params.projectId, request.params.versionId),
  );

  app.get(
    '/diff',
    { schema: { tags, params: ProjectParams, querystring: DiffQuery, response: { 200: DiffResponse } } },
    async (request) => versions.diff(request.principal, request.params.projectId, request.query),
  );

  app.post(
    '/versions/:versionId/restore',
    {
      schema: {
        tags,
        params: VersionParams,
        body: RestoreBody,
        description:
          'Restores the text of one file (`fileId`) or of every current file to this version, as a new ' +
          'version; the files are updated and re-ingested.',
        response: { 202: RestoreResponse },
      },
    },
    async (request, reply) => {
      const { projectId, versionId } = request.params;
      return reply
        .code(202)
        .send(await versions.restore(request.principal, projectId, versionId, request.body.fileId));
    },
  );
};
