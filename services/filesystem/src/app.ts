import {
  createService,
  defineService,
  type GeorgeInstance,
  loadBaseConfig,
  SERVICE_PORTS,
} from '@george/runtime';

export function loadConfig() {
  return loadBaseConfig(SERVICE_PORTS.filesystem);
}

export const service = defineService({ name: 'filesystem', port: SERVICE_PORTS.filesystem, loadConfig });

/** The Filesystem Server: every route, not listening (george-serve and main.ts start it). */
export async function buildApp(): Promise<GeorgeInstance> {
  const config = loadConfig();
  return createService({ name: 'filesystem', config, internal: true });
}
