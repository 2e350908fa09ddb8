import { ProjectParams, QuoteListQuery, QuoteListResponse } from '@george/contracts/api';
import type { AreaRoutes } from '../http/contexts.js';

const tags = ['story bible'];

/** Who speaks (`/projects/:projectId`): the quotations of the manuscripts, their speakers and addressees. */
export const quoteRoutes: AreaRoutes = async (app, { services: { quotes } }) => {
  app.get(
    '/quotes',
    {
      schema: {
        tags,
        params: ProjectParams,
        querystring: QuoteListQuery,
        response: { 200: QuoteListResponse },
      },
    },
    async (request) => quotes.list(request.principal, request.params.projectId, request.query),
  );
};
