import type { GeorgeInstance } from '@george/runtime';
import type { AuthContext } from '../context.js';

/** A route area: a Fastify plugin given the services' context. */
export type AuthRoutes = (app: GeorgeInstance, options: { ctx: AuthContext }) => Promise<void>;
