import { InternalClient, type InternalServiceName, serviceUrl } from '@george/runtime';

export interface ClientSettings {
  token: string;
  env?: NodeJS.ProcessEnv;
  timeoutMs?: number;
}

/** The base client for one internal service, addressed by its `*_SERVER_URL` variable. */
export function internalClient(service: InternalServiceName, settings: ClientSettings): InternalClient {
  return new InternalClient({
    service,
    baseUrl: serviceUrl(service, settings.env ?? process.env),
    token: settings.token,
    ...(settings.timeoutMs ? { timeoutMs: settings.timeoutMs } : {}),
  });
}
