import type { DialectName } from '@george/runtime';
import type { AuthConfig } from './config.js';
import { KeyRing } from './keys.js';
import { PasswordHasher } from './passwords.js';
import type { AuthDatabase, Db } from './store/db.js';

/** What the domain modules need: configuration, the database, keys and the password hasher. */
export interface AuthContext {
  config: AuthConfig;
  db: Db;
  dialect: DialectName;
  keys: KeyRing;
  passwords: PasswordHasher;
  now: () => number;
}

export function createContext(
  config: AuthConfig,
  handle: AuthDatabase,
  now: () => number = Date.now,
): AuthContext {
  return {
    config,
    db: handle.db,
    dialect: handle.dialect,
    keys: new KeyRing(handle.db, {
      issuer: config.issuer,
      audience: config.audience,
      accessTtlSeconds: config.accessTtlSeconds,
      now,
    }),
    passwords: new PasswordHasher(config.argon2),
    now,
  };
}

export const iso = (ms: number) => new Date(ms).toISOString();
export const isoOrNull = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString());
