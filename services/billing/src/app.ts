import {
  createService,
  defineService,
  type GeorgeInstance,
  loadBaseConfig,
  SERVICE_PORTS,
} from '@george/runtime';

export function loadConfig() {
  return loadBaseConfig(SERVICE_PORTS.billing);
}

export const service = defineService({ name: 'billing', port: SERVICE_PORTS.billing, loadConfig });

/** The Billing Server: every route, not listening (george-serve and main.ts start it). */
export async function buildApp(): Promise<GeorgeInstance> {
  const config = loadConfig();
  return createService({ name: 'billing', config, internal: true });
}
