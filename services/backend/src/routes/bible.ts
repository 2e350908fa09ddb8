import {
  AppearancesQuery,
  AppearancesResponse,
  EntityDeleteResponse,
  EntityListQuery,
  EntityListResponse,
  EntityParams,
  EntityPatchBody,
  EntityQuery,
  EntityResponse,
  GraphQuery,
  GraphResponse,
  MergeEntityBody,
  ProjectParams,
  SearchBody,
  SearchResponse,
  SplitEntityBody,
  SplitEntityResponse,
} from '@george/contracts/api';
import type { AreaRoutes } from '../http/contexts.js';

const tags = ['story bible'];

/** The story bible (`/projects/:projectId`): entities, the relationship graph, appearances, search. */
export const bibleRoutes: AreaRoutes = async (app, { services: { bible } }) => {
  app.get(
    '/entities',
    {
      schema: {
        tags,
        params: ProjectParams,
        querystring: EntityListQuery,
        response: { 200: EntityListResponse },
      },
    },
    async (request) => bible.list(request.principal, request.params.projectId, request.query),
  );

  app.get(
    '/entities/:entityId',
    { schema: { tags, params: EntityParams, querystring: EntityQuery, response: { 200: EntityResponse } } },
    async (request) =>
      bible.get(request.principal, request.params.projectId, request.params.entityId, request.query),
  );

  app.patch(
    '/entities/:entityId',
    { schema: { tags, params: EntityParams, body: EntityPatchBody, response: { 200: EntityResponse } } },
    async (request) =>
      bible.patch(request.principal, request.params.projectId, request.params.entityId, request.body),
  );

  app.post(
    '/entities/:entityId/merge',
    { schema: { tags, params: EntityParams, body: MergeEntityBody, response: { 200: EntityResponse } } },
    async (request) =>
      bible.merge(request.principal, request.params.projectId, request.params.entityId, request.body.otherId),
  );

  app.post(
    '/entities/:entityId/split',
    {
      schema: {
        tags,
        params: EntityParams,
        body: SplitEntityBody,
        response: { 202: SplitEntityResponse },
      },
    },
    async (request, reply) => {
      const result = await bible.split(
        request.principal,
        request.params.projectId,
        request.params.entityId,
        request.body,
      );
      return reply.code(202).send(result);
    },
  );

  app.delete(
    '/entities/:entityId',
    { schema: { tags, params: EntityParams, response: { 200: EntityDeleteResponse } } },
    async (request) => bible.delete(request.principal, request.params.projectId, request.params.entityId),
  );

  app.get(
    '/graph',
    { schema: { tags, params: ProjectParams, querystring: GraphQuery, response: { 200: GraphResponse } } },
    async (request) => bible.graph(request.principal, request.params.projectId, request.query),
  );

  app.get(
    '/appearances',
    {
      schema: {
        tags,
        params: ProjectParams,
        querystring: AppearancesQuery,
        response: { 200: AppearancesResponse },
      },
    },
    async (request) => bible.appearances(request.principal, request.params.projectId, request.query),
  );

  app.post(
    '/search',
    {
      schema: {
        tags: ['search'],
        params: ProjectParams,
        body: SearchBody,
        response: { 200: SearchResponse },
      },
    },
    async (request) => bible.search(request.principal, request.params.projectId, request.body),
  );
};
