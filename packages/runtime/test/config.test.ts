import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, env, loadBaseConfig, parseConfig, serviceUrl } from '../src/config.js';
import { isDevelopment } from '../src/mode.js';
import { secretsEqual, tokenProblem } from '../src/token.js';

describe('configuration', () => {
  it('names the variable that is missing or bad', () => {
    const specs = {
      MAX_UPLOAD_MB: env.int({ min: 1 }),
      MODE: env.oneOf(['a', 'b'] as const, { default: 'a' }),
    };
    expect(() => parseConfig(specs, {})).toThrow(new ConfigError('MAX_UPLOAD_MB', 'is required but not set'));
    expect(() => parseConfig(specs, { MAX_UPLOAD_MB: 'ten' })).toThrow(/^MAX_UPLOAD_MB: must be an integer/);
    expect(() => parseConfig(specs, { MAX_UPLOAD_MB: '0' })).toThrow(/^MAX_UPLOAD_MB: must be at least 1/);
    expect(() => parseConfig(specs, { MAX_UPLOAD_MB: '5', MODE: 'c' })).toThrow(/^MODE: must be one of a, b/);
    expect(parseConfig(specs, { MAX_UPLOAD_MB: '5' })).toEqual({ MAX_UPLOAD_MB: 5, MODE: 'a' });
  });

  it('reads integers only from whole numerals, and booleans from the usual words', () => {
    const specs = { N: env.int({ default: 1 }), ON: env.bool({ default: false }) };
    for (const bad of ['1e3', '5.5', '0x10', '12abc', '99999999999999999999']) {
      expect(() => parseConfig(specs, { N: bad }), bad).toThrow(/^N: must be/);
    }
    expect(parseConfig(specs, { N: ' -7 ' }).N).toBe(-7);
    for (const [word, value] of [
      ['yes', true],
      ['ON', true],
      ['1', true],
      ['no', false],
      ['0', false],
      ['off', false],
    ] as const) {
      expect(parseConfig(specs, { ON: word }).ON, word).toBe(value);
    }
    expect(() => parseConfig(specs, { ON: 'maybe' })).toThrow(/^ON: must be true or false/);
    expect(parseConfig(specs, { N: '' })).toEqual({ N: 1, ON: false });
  });

  it('decodes URLs and paths, and a bad one names its variable', () => {
    const specs = {
      U: env.url({ protocols: ['https:'] }),
      P: env.path({ default: 'data' }),
      O: env.optionalUrl(),
    };
    const parsed = parseConfig(specs, { U: 'https://example.org/api//' });
    expect(parsed).toEqual({ U: 'https://example.org/api', P: resolve('data'), O: undefined });
    expect(() => parseConfig(specs, { U: 'http://example.org' })).toThrow(/^U: must use https:/);
    expect(() => parseConfig(specs, { U: 'not a url' })).toThrow(/^U: must be a URL/);
    expect(() => parseConfig(specs, { U: 'https://x', O: 'ftp://x' })).toThrow(
      /^O: must use http: or https:/,
    );
  });

  it('development only when NODE_ENV is exactly development', () => {
    expect(isDevelopment({ NODE_ENV: 'development' })).toBe(true);
    for (const value of [undefined, 'production', 'dev', 'Development', 'test']) {
      expect(isDevelopment({ NODE_ENV: value })).toBe(false);
    }
  });

  it('logs at info in production and debug in development by default', () => {
    expect(loadBaseConfig(6001, {}).logLevel).toBe('info');
    expect(loadBaseConfig(6001, { NODE_ENV: 'development' }).logLevel).toBe('debug');
    expect(loadBaseConfig(6001, {}).port).toBe(6001);
    expect(() => loadBaseConfig(6001, { PORT: '70000' })).toThrow(/^PORT/);
    expect(() => loadBaseConfig(6001, { LOG_LEVEL: 'loud' })).toThrow(/^LOG_LEVEL: must be one of fatal/);
  });

  it('holds the database settings every service shares', () => {
    expect(loadBaseConfig(6004, {})).toMatchObject({ databaseUrl: undefined, databasePoolSize: 10 });
    expect(
      loadBaseConfig(6004, { DATABASE_URL: 'postgres://u@db:5432/billing', DATABASE_POOL_SIZE: '4' }),
    ).toMatchObject({ databaseUrl: 'postgres://u@db:5432/billing', databasePoolSize: 4 });
    expect(() => loadBaseConfig(6004, { DATABASE_URL: 'mysql://x' })).toThrow(
      /^DATABASE_URL: must use postgres:/,
    );
    expect(() => loadBaseConfig(6004, { DATABASE_POOL_SIZE: '0' })).toThrow(/^DATABASE_POOL_SIZE/);
  });

  it('service URLs default to the fixed ports and are validated', () => {
    expect(serviceUrl('billing', {})).toBe('http://127.0.0.1:6004');
    expect(serviceUrl('auth', { AUTH_SERVER_URL: 'http://auth:6001/' })).toBe('http://auth:6001');
    expect(() => serviceUrl('git', { GIT_SERVER_URL: 'file:///etc' })).toThrow(/^GIT_SERVER_URL/);
  });
});

describe('tokens', () => {
  it('rejects missing, short and placeholder tokens', () => {
    expect(tokenProblem(undefined)).toMatch(/not set/);
    expect(tokenProblem('abc')).toMatch(/shorter/);
    expect(tokenProblem('changeme')).toMatch(/placeholder/);
    expect(tokenProblem('x'.repeat(40))).toMatch(/placeholder|variety/);
    expect(tokenProblem('k3J9vQ2mX7pL4wR8tY1uZ6nB5cD0eF2gH9')).toBeUndefined();
  });

  it('compares secrets exactly', () => {
    expect(secretsEqual('abc', 'abc')).toBe(true);
    expect(secretsEqual('abc', 'abd')).toBe(false);
    expect(secretsEqual('abc', 'abcd')).toBe(false);
  });
});
