/**
 * The local launcher: each service gets only its own secrets (the web app neither the internal
 * token nor the operator's password), the backend believes the bundled proxy, and `npm test`'s
 * prerequisite check names what is missing with the fix.
 */
import { join } from 'node:path';
import { freePort, REPO_ROOT, runToExit, TEST_TOKEN, tempDir } from '@george/runtime/testing';
import { describe, expect, it } from 'vitest';
import { SECRET_READERS, STACK_SERVICES, serviceEnv, stackSettings } from '../src/stack.js';

describe('george up: the environment of each service', () => {
  const dir = tempDir('george-launcher-');
  const settings = stackSettings(REPO_ROOT, {
    GEORGE_DATA_DIR: dir.path,
    INTERNAL_SERVICE_TOKEN: TEST_TOKEN,
    BOOTSTRAP_OPERATOR_PASSWORD: 'an operator password',
  });
  const base: NodeJS.ProcessEnv = {
    PATH: '/usr/bin',
    NEO4J_PASSWORD: 'neo4j secret',
    OPENAI_API_KEY: 'sk-secret',
    EMBEDDINGS_API_KEY: 'embed-secret',
    REDIS_URL: 'redis://:pw@127.0.0.1:6379',
    BOOTSTRAP_OPERATOR_PASSWORD: 'an operator password',
    AUTH_DATABASE_URL: 'postgres://auth@db/auth',
    BILLING_DATABASE_URL: 'postgres://billing@db/billing',
  };
  const envs = Object.fromEntries(STACK_SERVICES.map((name) => [name, serviceEnv(name, settings, base)]));

  it('attack: the web app gets neither the internal token nor the operator password nor any other secret', () => {
    const web = envs.frontend ?? {};
    expect(web.INTERNAL_SERVICE_TOKEN).toBe(settings.webToken);
    expect(web.INTERNAL_SERVICE_TOKEN).not.toBe(TEST_TOKEN);
    const leaked = Object.entries(web).filter(([, value]) =>
      [TEST_TOKEN, 'an operator password', 'neo4j secret', 'sk-secret', 'embed-secret'].some((secret) =>
        value?.includes(secret),
      ),
    );
    expect(leaked).toEqual([]);
    expect(web.BACKEND_URL).toBe('http://127.0.0.1:5000');
    expect(web.AUTH_SERVER_URL).toBeUndefined();
  });

  it('gives every other secret to the services that read it, and to no other', () => {
    for (const name of STACK_SERVICES) {
      const env = envs[name] ?? {};
      for (const [variable, readers] of Object.entries(SECRET_READERS)) {
        if (variable === 'INTERNAL_SERVICE_TOKEN') continue;
        if (readers.includes(name)) continue;
        expect(env[variable], `${variable} in ${name}`).toBeUndefined();
      }
    }
    expect(envs.auth?.BOOTSTRAP_OPERATOR_PASSWORD).toBe('an operator password');
    expect(envs.auth?.REDIS_URL).toBe(base.REDIS_URL);
    expect(envs.backend?.NEO4J_PASSWORD).toBe('neo4j secret');
    expect(envs.backend?.BOOTSTRAP_OPERATOR_PASSWORD).toBeUndefined();
    expect(envs.chroma?.EMBEDDINGS_API_KEY).toBe('embed-secret');
    for (const name of STACK_SERVICES.filter((n) => n !== 'frontend')) {
      expect(envs[name]?.INTERNAL_SERVICE_TOKEN).toBe(TEST_TOKEN);
    }
    // Each database address goes to its own service only.
    expect(envs.auth?.DATABASE_URL).toBe('postgres://auth@db/auth');
    expect(envs.billing?.DATABASE_URL).toBe('postgres://billing@db/billing');
    expect(envs.backend?.DATABASE_URL).toBeUndefined();
    expect(envs.backend?.AUTH_DATABASE_URL).toBeUndefined();
  });

  it('makes the backend believe the bundled web app proxy, so browsers are not all 127.0.0.1', () => {
    expect(envs.backend?.TRUSTED_PROXIES).toBe('127.0.0.1');
    expect(serviceEnv('backend', settings, { TRUSTED_PROXIES: '10.0.0.2' }).TRUSTED_PROXIES).toBe('10.0.0.2');
  });
});

describe('npm test: the prerequisite check', () => {
  const script = join(REPO_ROOT, 'tools/bin/prerequisites.mjs');

  it('names each missing prerequisite with the command that gets it, and fails', async () => {
    const closed = await freePort();
    const run = await runToExit(process.execPath, [script], {
      env: {
        ...process.env,
        TEST_POSTGRES_URL: `postgres://postgres@127.0.0.1:${closed}/test`,
        TEST_REDIS_URL: `redis://127.0.0.1:${closed}`,
        CHROMIUM_PATH: '/nonexistent/chromium',
      },
      timeoutMs: 120_000,
    });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`PostgreSQL on 127.0.0.1:${closed}: ECONNREFUSED`);
    expect(run.stderr).toContain('apt-get install -y postgresql');
    expect(run.stderr).toContain(`Redis on 127.0.0.1:${closed}: ECONNREFUSED`);
    expect(run.stderr).toContain('redis-server --daemonize yes');
    expect(run.stderr).toContain('Chromium at /nonexistent/chromium: not installed');
    expect(run.stderr).not.toContain('git:');
  });

  it('passes on this machine, where everything is installed', async () => {
    const run = await runToExit(process.execPath, [script], { env: { ...process.env }, timeoutMs: 120_000 });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('prerequisites found');
  });
});
