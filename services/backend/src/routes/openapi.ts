import '@fastify/swagger';
import type { AreaRoutes } from '../http/contexts.js';

/** The OpenAPI document of the public API, as emitted from the route schemas (public). */
export const openApiRoutes: AreaRoutes = async (app) => {
  app.get('/openapi.json', { schema: { hide: true } }, async () => app.swagger());
};
