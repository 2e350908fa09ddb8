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
