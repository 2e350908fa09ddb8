import type { AuthConfig } from './config.js';
import { PasswordHasher } from './passwords.js';
import type { Repositories } from './repositories/index.js';
import type { ThrottleStore } from './repositories/throttle.js';
import { KeyRing } from './services/keys.js';
import { LoginThrottle } from './services/throttle.js';

/** What the services need: configuration, the repositories, keys, the hasher and the throttle. */
export interface AuthContext {
  config: AuthConfig;
  repos: Repositories;
  keys: KeyRing;
  passwords: PasswordHasher;
  throttle: LoginThrottle;
  now: () => number;
}

export function createContext(
  config: AuthConfig,
  repos: Repositories,
  throttleStore: ThrottleStore,
  // Read at each call, so the service and the throttle library (which calls Date.now) share one clock.
  now: () => number = () => Date.now(),
): AuthContext {
  return {
    config,
    repos,
    keys: new KeyRing(repos.signingKeys, {
      issuer: config.issuer,
      audience: config.audience,
      accessTtlSeconds: config.accessTtlSeconds,
      now,
    }),
    passwords: new PasswordHasher(config.argon2),
    throttle: new LoginThrottle(throttleStore, config.throttle),
    now,
  };
}

export const iso = (ms: number) => new Date(ms).toISOString();
export const isoOrNull = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString());
