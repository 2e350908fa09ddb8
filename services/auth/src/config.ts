import { AUTH_DEFAULT_AUDIENCE, AUTH_DEFAULT_ISSUER } from '@george/contracts';
import {
  type BaseConfig,
  ConfigError,
  env,
  loadBaseConfig,
  parseConfig,
  SERVICE_PORTS,
  serviceUrl,
} from '@george/runtime';
import type { ThrottleSettings } from './services/throttle-settings.js';

/**
 * Floors of the argon2id cost. Below them a hash is too cheap to slow an offline attack; tests use
 * the floor (about 10 ms a hash), production the defaults (OWASP's 19 MiB, 2 passes, 1 lane).
 */
export const ARGON2_MIN_MEMORY_KIB = 7168;
export const ARGON2_MIN_TIME_COST = 2;

const specs = {
  AUTH_ISSUER: env.string({ default: AUTH_DEFAULT_ISSUER, minLength: 1 }),
  AUTH_AUDIENCE: env.string({ default: AUTH_DEFAULT_AUDIENCE, minLength: 1 }),
  ACCESS_TOKEN_TTL_SECONDS: env.int({ default: 900, min: 30, max: 3600 }),
  REFRESH_TOKEN_TTL_SECONDS: env.int({ default: 30 * 24 * 3600, min: 300, max: 180 * 24 * 3600 }),
  /** Age after which the supervisor replaces the signing key (0: only on request). */
  SIGNING_KEY_ROTATE_SECONDS: env.int({ default: 30 * 24 * 3600, min: 0 }),
  AUTH_USER_CAP: env.int({ default: 500, min: 1 }),
  ARGON2_MEMORY_KIB: env.int({ default: 19456, min: ARGON2_MIN_MEMORY_KIB, max: 1024 * 1024 }),
  ARGON2_TIME_COST: env.int({ default: 2, min: ARGON2_MIN_TIME_COST, max: 20 }),
  ARGON2_PARALLELISM: env.int({ default: 1, min: 1, max: 8 }),
  /** Failed logins before delays start: per account (all addresses), per account at one address, per address. */
  LOGIN_FREE_FAILURES_PER_ACCOUNT: env.int({ default: 10, min: 1, max: 1000 }),
  LOGIN_FREE_FAILURES_PER_ACCOUNT_ADDRESS: env.int({ default: 5, min: 1, max: 1000 }),
  LOGIN_FREE_FAILURES_PER_ADDRESS: env.int({ default: 50, min: 1, max: 100_000 }),
  /** The first delay; each further failure doubles it, up to the ceilings below. */
  LOGIN_DELAY_BASE_SECONDS: env.int({ default: 1, min: 1, max: 3600 }),
  LOGIN_MAX_DELAY_SECONDS_PER_ACCOUNT: env.int({ default: 300, min: 1, max: 24 * 3600 }),
  LOGIN_MAX_DELAY_SECONDS: env.int({ default: 900, min: 1, max: 24 * 3600 }),
  /** Failures are forgotten this long after the first of a series. */
  LOGIN_FAILURE_WINDOW_SECONDS: env.int({ default: 24 * 3600, min: 60 }),
  LOGIN_KNOWN_ADDRESS_DAYS: env.int({ default: 30, min: 1, max: 365 }),
  INVITE_CHECKS_PER_ADDRESS: env.int({ default: 20, min: 1, max: 100_000 }),
  INVITE_CHECK_WINDOW_SECONDS: env.int({ default: 900, min: 1 }),
  /** A used refresh token presented again this soon is a second tab, not a theft. */
  REFRESH_REUSE_GRACE_SECONDS: env.int({ default: 30, min: 0, max: 300 }),
  /** Throttle counters in Redis (shared by every host) instead of the service's database. */
  REDIS_URL: env.optionalString(),
  REDIS_KEY_PREFIX: env.string({ default: 'george-auth', minLength: 1 }),
  OUTBOX_POLL_MS: env.int({ default: 1000, min: 50, max: 60_000 }),
  OUTBOX_MAX_BACKOFF_MS: env.int({ default: 5 * 60_000, min: 100, max: 24 * 3600_000 }),
  BOOTSTRAP_OPERATOR_EMAIL: env.optionalString(),
  BOOTSTRAP_OPERATOR_PASSWORD: env.optionalString(),
};

export interface AuthConfig extends BaseConfig {
  billingUrl: string;
  issuer: string;
  audience: string;
  accessTtlSeconds: number;
  refreshTtlSeconds: number;
  keyRotateSeconds: number;
  userCap: number;
  argon2: { memoryCost: number; timeCost: number; parallelism: number };
  throttle: ThrottleSettings;
  refreshReuseGraceSeconds: number;
  redisUrl: string | undefined;
  redisKeyPrefix: string;
  outbox: { pollMs: number; maxBackoffMs: number };
  bootstrap: { email: string; password: string } | undefined;
}

export function loadConfig(source: NodeJS.ProcessEnv = process.env): AuthConfig {
  const base = loadBaseConfig(SERVICE_PORTS.auth, source);
  const c = parseConfig(specs, source);
  if (c.REDIS_URL && !/^rediss?:\/\//.test(c.REDIS_URL)) {
    throw new ConfigError(
      'REDIS_URL',
      'must start with redis:// or rediss:// (leave it unset for the database)',
    );
  }
  let bootstrap: AuthConfig['bootstrap'];
  if (c.BOOTSTRAP_OPERATOR_EMAIL || c.BOOTSTRAP_OPERATOR_PASSWORD) {
    if (!c.BOOTSTRAP_OPERATOR_EMAIL)
      throw new ConfigError('BOOTSTRAP_OPERATOR_EMAIL', 'is required with a password');
    if (!c.BOOTSTRAP_OPERATOR_PASSWORD || c.BOOTSTRAP_OPERATOR_PASSWORD.length < 10) {
      throw new ConfigError('BOOTSTRAP_OPERATOR_PASSWORD', 'must be at least 10 characters');
    }
    bootstrap = { email: c.BOOTSTRAP_OPERATOR_EMAIL, password: c.BOOTSTRAP_OPERATOR_PASSWORD };
  }
  return {
    ...base,
    billingUrl: serviceUrl('billing', source),
    issuer: c.AUTH_ISSUER,
    audience: c.AUTH_AUDIENCE,
    accessTtlSeconds: c.ACCESS_TOKEN_TTL_SECONDS,
    refreshTtlSeconds: c.REFRESH_TOKEN_TTL_SECONDS,
    keyRotateSeconds: c.SIGNING_KEY_ROTATE_SECONDS,
    userCap: c.AUTH_USER_CAP,
    argon2: {
      memoryCost: c.ARGON2_MEMORY_KIB,
      timeCost: c.ARGON2_TIME_COST,
      parallelism: c.ARGON2_PARALLELISM,
    },
    throttle: {
      rules: {
        account: {
          free: c.LOGIN_FREE_FAILURES_PER_ACCOUNT,
          maxDelaySeconds: c.LOGIN_MAX_DELAY_SECONDS_PER_ACCOUNT,
        },
        account_address: {
          free: c.LOGIN_FREE_FAILURES_PER_ACCOUNT_ADDRESS,
          maxDelaySeconds: c.LOGIN_MAX_DELAY_SECONDS,
        },
        address: { free: c.LOGIN_FREE_FAILURES_PER_ADDRESS, maxDelaySeconds: c.LOGIN_MAX_DELAY_SECONDS },
      },
      baseDelaySeconds: c.LOGIN_DELAY_BASE_SECONDS,
      windowSeconds: c.LOGIN_FAILURE_WINDOW_SECONDS,
      knownAddressSeconds: c.LOGIN_KNOWN_ADDRESS_DAYS * 24 * 3600,
      invites: { points: c.INVITE_CHECKS_PER_ADDRESS, windowSeconds: c.INVITE_CHECK_WINDOW_SECONDS },
    },
    refreshReuseGraceSeconds: c.REFRESH_REUSE_GRACE_SECONDS,
    redisUrl: c.REDIS_URL,
    redisKeyPrefix: c.REDIS_KEY_PREFIX,
    outbox: { pollMs: c.OUTBOX_POLL_MS, maxBackoffMs: c.OUTBOX_MAX_BACKOFF_MS },
    bootstrap,
  };
}
