import { describe, expect, it } from 'vitest';
import { GEORGE_SERVE, productionEnv, runToExit } from '../src/testing.js';

const APP = 'packages/runtime/test/fixtures/test-app.mjs';

async function serve(env: NodeJS.ProcessEnv, nodeArgs: string[] = []) {
  return runToExit(process.execPath, [...nodeArgs, GEORGE_SERVE, '-w', '1', '-b', '127.0.0.1:0', APP], {
    env: productionEnv(env),
  });
}

describe('george-serve refuses to start', () => {
  const cases: Array<[string, NodeJS.ProcessEnv, string[], RegExp]> = [
    ['NODE_ENV=development', { NODE_ENV: 'development' }, [], /NODE_ENV is "development"/],
    ['an --inspect flag', {}, ['--inspect=127.0.0.1:0'], /inspector flag \(--inspect\)/],
    [
      'NODE_OPTIONS with --inspect',
      { NODE_OPTIONS: '--inspect=127.0.0.1:0' },
      [],
      /NODE_OPTIONS enables the inspector/,
    ],
    ['DEV_MODE=true', { DEV_MODE: 'true' }, [], /DEV_MODE is set/],
    ['AUTH_DEV_MODE=1', { AUTH_DEV_MODE: '1' }, [], /AUTH_DEV_MODE is set/],
    ['no INTERNAL_SERVICE_TOKEN', { INTERNAL_SERVICE_TOKEN: '' }, [], /INTERNAL_SERVICE_TOKEN is not set/],
    ['a short token', { INTERNAL_SERVICE_TOKEN: 'a1b2c3d4e5f6g7h8' }, [], /shorter than 32 characters/],
    [
      'the .env.example token',
      { INTERNAL_SERVICE_TOKEN: 'replace-with-a-long-random-token-of-at-least-32-chars' },
      [],
      /placeholder/,
    ],
    ['changeme', { INTERNAL_SERVICE_TOKEN: 'changeme' }, [], /placeholder/],
    ['LOG_LEVEL=debug', { LOG_LEVEL: 'debug' }, [], /LOG_LEVEL is "debug"/],
    ['LOG_LEVEL=trace', { LOG_LEVEL: 'trace' }, [], /LOG_LEVEL is "trace"/],
    ['an invalid service variable', { LOG_LEVEL: 'loud' }, [], /invalid configuration: LOG_LEVEL/],
  ];

  it.each(cases)('%s: exit 1 and one line naming the reason', async (_name, env, nodeArgs, reason) => {
    const { code, stderr } = await serve(env, nodeArgs);
    expect(code).toBe(1);
    const lines = stderr.split('\n').filter((line) => line.startsWith('george-serve:'));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(reason);
  });

  it('a DEV_MODE set to a false value does not stop the start', async () => {
    const { code, stderr } = await runToExit(
      process.execPath,
      [GEORGE_SERVE, '-w', '1', '-b', '127.0.0.1:0', 'does/not/exist.js'],
      { env: productionEnv({ DEV_MODE: 'false' }) },
    );
    // It gets past the mode checks and stops only at the missing module.
    expect(code).toBe(1);
    expect(stderr).toMatch(/app module not found/);
  });

  it('bad arguments exit 2 with the usage', async () => {
    const { code, stderr } = await runToExit(process.execPath, [GEORGE_SERVE, '-w', 'many', APP], {
      env: productionEnv(),
    });
    expect(code).toBe(2);
    expect(stderr).toMatch(/--workers must be a whole number/);
    expect(stderr).toMatch(/usage: george-serve/);
  });
});
