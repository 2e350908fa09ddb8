import { ExternalImportBody, ExternalImportReply } from '@george/contracts/external-data';
import type { GeorgePlugin } from '@george/runtime';
import type { ExternalDataContext } from '../context.js';

export const importRoutes: GeorgePlugin<ExternalDataContext> = async (app, { imports }) => {
  app.post(
    '/import',
    { schema: { body: ExternalImportBody, response: { 200: ExternalImportReply } } },
    async (request) => imports.importPage(request.body.url),
  );
};
