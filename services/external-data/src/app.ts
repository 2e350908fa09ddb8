import {
  createService,
  defineService,
  type GeorgeInstance,
  loadBaseConfig,
  SERVICE_PORTS,
} from '@george/runtime';

export function loadConfig() {
  return loadBaseConfig(SERVICE_PORTS['external-data']);
}

export const service = defineService({
  name: 'external-data',
  port: SERVICE_PORTS['external-data'],
  loadConfig,
});

/** The External Data Server: every route, not listening (george-serve and main.ts start it). */
export async function buildApp(): Promise<GeorgeInstance> {
  const config = loadConfig();
  return createService({ name: 'external-data', config, internal: true });
}
