import {
  ContinuityIssueResponse,
  ContinuityListQuery,
  ContinuityListResponse,
  ContinuityParams,
  ContinuityPatchBody,
  EntityParams,
  FactsQuery,
  FactsResponse,
  ProjectParams,
} from '@george/contracts/api';
import type { AreaRoutes } from '../http/contexts.js';

const tags = ['continuity'];

/**
 * Continuity (`/projects/:projectId`): the ranked issues of the last check, the author's status of
 * each, a configured model's second opinion on one (charged in credits), and an entity's facts as
 * of a chapter.
 */
export const continuityRoutes: AreaRoutes = async (app, { services: { continuity } }) => {
  app.get(
    '/continuity',
    {
      schema: {
        tags,
        params: ProjectParams,
        querystring: ContinuityListQuery,
        response: { 200: ContinuityListResponse },
      },
    },
    async (request) => continuity.list(request.principal, request.params.projectId, request.query),
  );

  app.patch(
    '/continuity/:issueId',
    {
      schema: {
        tags,
        params: ContinuityParams,
        body: ContinuityPatchBody,
        response: { 200: ContinuityIssueResponse },
      },
    },
    async (request) =>
      continuity.setStatus(
        request.principal,
        request.params.projectId,
        request.params.issueId,
        request.body.status,
      ),
  );

  app.post(
    '/continuity/:issueId/opinion',
    { schema: { tags, params: ContinuityParams, response: { 200: ContinuityIssueResponse } } },
    async (request) =>
      continuity.secondOpinion(request.principal, request.params.projectId, request.params.issueId),
  );

  app.get(
    '/entities/:entityId/facts',
    { schema: { tags, params: EntityParams, querystring: FactsQuery, response: { 200: FactsResponse } } },
    async (request) =>
      continuity.facts(request.principal, request.params.projectId, request.params.entityId, request.query),
  );
};
