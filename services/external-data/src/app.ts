import {
  createService,
  defineService,
  type GeorgeInstance,
  loadBaseConfig,
  SERVICE_PORTS,
} from '@george/runtime';

export function loadConfig(env: NodeJS.ProcessEnv = process.env) {
  return loadBaseConfig(SERVICE_PORTS['external-data'], env);
}

export const service = defineService({
  name: 'external-data',
  port: SERVICE_PORTS['external-data'],
  loadConfig,
});

/** The External Data Server: every route, not listening (george-serve and main.ts start it). */
export async function buildApp(env: NodeJS.ProcessEnv = process.env): Promise<GeorgeInstance> {
  const config = loadConfig(env);
  return createService({ name: 'external-data', config, internal: true });
}
