import {
  ExternalLookupQuery,
  ExternalLookupReply,
  ExternalThesaurusQuery,
  ExternalThesaurusReply,
} from '@george/contracts/external-data';
import type { GeorgePlugin } from '@george/runtime';
import type { ExternalDataContext } from '../context.js';

export const lookupRoutes: GeorgePlugin<ExternalDataContext> = async (app, { reference }) => {
  app.get(
    '/lookup',
    { schema: { querystring: ExternalLookupQuery, response: { 200: ExternalLookupReply } } },
    async (request) => reference.lookup(request.query.q),
  );

  app.get(
    '/thesaurus',
    { schema: { querystring: ExternalThesaurusQuery, response: { 200: ExternalThesaurusReply } } },
    async (request) =>
      reference.thesaurus(request.query.q, request.query.rel ?? 'means-like', request.query.max ?? 20),
  );
};
