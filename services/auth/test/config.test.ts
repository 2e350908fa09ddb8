import { ConfigError } from '@george/runtime';
import { GEORGE_SERVE, productionEnv, runToExit, TEST_TOKEN, tempDir } from '@george/runtime/testing';
import { describe, expect, it } from 'vitest';
import { ARGON2_MIN_MEMORY_KIB, ARGON2_MIN_TIME_COST, loadConfig } from '../src/config.js';

const base = { INTERNAL_SERVICE_TOKEN: TEST_TOKEN };

describe('configuration', () => {
  it('has the production argon2 cost and the documented defaults', () => {
    const config = loadConfig(base);
    expect(config.argon2).toEqual({ memoryCost: 19456, timeCost: 2, parallelism: 1 });
    expect(config.port).toBe(6001);
    expect(config.userCap).toBe(500);
    expect(config.accessTtlSeconds).toBe(900);
    expect(config.billingUrl).toBe('http://127.0.0.1:6004');
    expect(config.bootstrap).toBeUndefined();
  });

  it('refuses an argon2 cost below the floor, naming the variable', () => {
    expect(() => loadConfig({ ...base, ARGON2_MEMORY_KIB: String(ARGON2_MIN_MEMORY_KIB - 1) })).toThrow(
      /ARGON2_MEMORY_KIB/,
    );
    expect(() => loadConfig({ ...base, ARGON2_TIME_COST: String(ARGON2_MIN_TIME_COST - 1) })).toThrow(
      ConfigError,
    );
    expect(() => loadConfig({ ...base, DATABASE_URL: 'mysql://x' })).toThrow(/DATABASE_URL/);
    expect(() => loadConfig({ ...base, BOOTSTRAP_OPERATOR_EMAIL: 'a@example.com' })).toThrow(
      /BOOTSTRAP_OPERATOR_PASSWORD/,
    );
    expect(() => loadConfig({ ...base, AUTH_USER_CAP: '0' })).toThrow(/AUTH_USER_CAP/);
  });

  it('george-serve refuses to start with a bad value and names it', async () => {
    const dir = tempDir();
    try {
      const result = await runToExit(
        process.execPath,
        [GEORGE_SERVE, '-w', '1', '-b', '127.0.0.1:0', 'services/auth/dist/app.js'],
        { env: productionEnv({ DATA_DIR: dir.path, ARGON2_MEMORY_KIB: '1024' }) },
      );
      expect(result.code).toBe(1);
      expect(result.stderr).toContain('ARGON2_MEMORY_KIB');
    } finally {
      dir.remove();
    }
  });
});
