import {
  createService,
  defineService,
  type GeorgeInstance,
  loadBaseConfig,
  SERVICE_PORTS,
} from '@george/runtime';

export function loadConfig(env: NodeJS.ProcessEnv = process.env) {
  return loadBaseConfig(SERVICE_PORTS.chroma, env);
}

export const service = defineService({ name: 'chroma', port: SERVICE_PORTS.chroma, loadConfig });

/** The Chroma Server: every route, not listening (george-serve and main.ts start it). */
export async function buildApp(env: NodeJS.ProcessEnv = process.env): Promise<GeorgeInstance> {
  const config = loadConfig(env);
  return createService({ name: 'chroma', config, internal: true });
}
