import {
  createService,
  defineService,
  type GeorgeInstance,
  loadBaseConfig,
  SERVICE_PORTS,
} from '@george/runtime';

export function loadConfig() {
  return loadBaseConfig(SERVICE_PORTS.chroma);
}

export const service = defineService({ name: 'chroma', port: SERVICE_PORTS.chroma, loadConfig });

/** The Chroma Server: every route, not listening (george-serve and main.ts start it). */
export async function buildApp(): Promise<GeorgeInstance> {
  const config = loadConfig();
  return createService({ name: 'chroma', config, internal: true });
}
