import {
  createService,
  defineService,
  type GeorgeInstance,
  loadBaseConfig,
  SERVICE_PORTS,
} from '@george/runtime';

export function loadConfig() {
  return loadBaseConfig(SERVICE_PORTS.git);
}

export const service = defineService({ name: 'git', port: SERVICE_PORTS.git, loadConfig });

/** The Git Server: every route, not listening (george-serve and main.ts start it). */
export async function buildApp(): Promise<GeorgeInstance> {
  const config = loadConfig();
  return createService({ name: 'git', config, internal: true });
}
