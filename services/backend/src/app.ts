import {
  createService,
  defineService,
  type GeorgeInstance,
  loadBaseConfig,
  SERVICE_PORTS,
} from '@george/runtime';

export function loadConfig() {
  return loadBaseConfig(SERVICE_PORTS.backend);
}

export const service = defineService({ name: 'backend', port: SERVICE_PORTS.backend, loadConfig });

/** The Backend API: every route, not listening (george-serve and main.ts start it). */
export async function buildApp(): Promise<GeorgeInstance> {
  const config = loadConfig();
  return createService({ name: 'backend', config, internal: false });
}
