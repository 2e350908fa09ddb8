import {
  createService,
  defineService,
  type GeorgeInstance,
  loadBaseConfig,
  SERVICE_PORTS,
} from '@george/runtime';

export function loadConfig(env: NodeJS.ProcessEnv = process.env) {
  return loadBaseConfig(SERVICE_PORTS.billing, env);
}

export const service = defineService({ name: 'billing', port: SERVICE_PORTS.billing, loadConfig });

/** The Billing Server: every route, not listening (george-serve and main.ts start it). */
export async function buildApp(env: NodeJS.ProcessEnv = process.env): Promise<GeorgeInstance> {
  const config = loadConfig(env);
  return createService({ name: 'billing', config, internal: true });
}
