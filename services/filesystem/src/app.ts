import {
  createService,
  defineService,
  type GeorgeInstance,
  loadBaseConfig,
  SERVICE_PORTS,
} from '@george/runtime';

export function loadConfig(env: NodeJS.ProcessEnv = process.env) {
  return loadBaseConfig(SERVICE_PORTS.filesystem, env);
}

export const service = defineService({ name: 'filesystem', port: SERVICE_PORTS.filesystem, loadConfig });

/** The Filesystem Server: every route, not listening (george-serve and main.ts start it). */
export async function buildApp(env: NodeJS.ProcessEnv = process.env): Promise<GeorgeInstance> {
  const config = loadConfig(env);
  return createService({ name: 'filesystem', config, internal: true });
}
