import {
  createService,
  defineService,
  documentSecurityHeaders,
  type GeorgeInstance,
  SERVICE_PORTS,
} from '@george/runtime';
import { type FrontendConfig, loadConfig } from './config.js';
import { registerProxy } from './proxy.js';
import { registerStatic } from './static.js';

export { loadConfig };

export const service = defineService({
  name: 'frontend',
  port: SERVICE_PORTS.frontend,
  loadConfig,
});

export const API_PREFIX = '/v1/api';

/**
 * The web app's policy: everything from this origin only, no inline script or style elements, no
 * plugins, no framing. (React sets styles through the CSSOM, which style-src does not restrict.)
 */
export const CONTENT_SECURITY_POLICY_DIRECTIVES: Record<string, string[]> = {
  defaultSrc: ["'self'"],
  scriptSrc: ["'self'"],
  styleSrc: ["'self'"],
  imgSrc: ["'self'", 'data:'],
  fontSrc: ["'self'"],
  connectSrc: ["'self'"],
  objectSrc: ["'none'"],
  baseUri: ["'none'"],
  formAction: ["'self'"],
  frameAncestors: ["'none'"],
};

/** The policy as the browser receives it. */
export const CONTENT_SECURITY_POLICY = Object.entries(CONTENT_SECURITY_POLICY_DIRECTIVES)
  .map(([name, sources]) => `${name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)} ${sources.join(' ')}`)
  .join(';');

/** The Frontend: the built web app, and `/v1/api` proxied to the backend. */
export async function buildApp(env: NodeJS.ProcessEnv = process.env): Promise<GeorgeInstance> {
  const config: FrontendConfig = loadConfig(env);
  const app = await createService({
    name: 'frontend',
    config,
    internal: false,
    securityHeaders: documentSecurityHeaders(CONTENT_SECURITY_POLICY_DIRECTIVES),
  });
  const built = await registerStatic(app, { root: config.staticDir });
  await registerProxy(app, { prefix: API_PREFIX, target: config.backendUrl });
  app.george.addReadyCheck('files', () => {
    if (!built()) throw new Error('the web app is not built (no index.html)');
  });
  app.george.addReadyCheck('backend', async () => {
    const res = await fetch(`${config.backendUrl}/health`, {
      signal: AbortSignal.timeout(2000),
    });
    if (!res.ok) throw new Error(`backend answered ${res.status}`);
  });

  return app;
}
