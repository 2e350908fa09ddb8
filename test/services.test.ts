/** The runtime contract, checked on every service as built: entry points, token guard, health. */
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { ServiceModule } from '@george/runtime';
import {
  freePort,
  productionEnv,
  REPO_ROOT,
  runToExit,
  startProcess,
  TEST_TOKEN,
  tempDir,
  waitForHttp,
} from '@george/runtime/testing';
import { afterAll, describe, expect, it } from 'vitest';

const SERVICES = {
  backend: 5000,
  auth: 6001,
  filesystem: 6002,
  chroma: 6003,
  billing: 6004,
  git: 6005,
  'external-data': 6006,
} as const;

const data = tempDir();
afterAll(() => data.remove());

describe.each(Object.entries(SERVICES))('%s', (name, port) => {
  const appPath = `services/${name}/dist/app.js`;

  it('main.js outside development prints the george-serve hint and exits 1', async () => {
    const { code, stdout, stderr } = await runToExit(process.execPath, [`services/${name}/dist/main.js`], {
      env: productionEnv({ NODE_ENV: 'production' }),
    });
    expect(code).toBe(1);
    expect(stdout + stderr).toContain(
      `Use the production server: george-serve -w 4 -b 0.0.0.0:${port} ${appPath}`,
    );
  });

  it('internal routes: missing token 401, wrong 403, right 200; /health and /ready need none', async () => {
    const env = productionEnv({ DATA_DIR: join(data.path, name), LOG_LEVEL: 'silent' });
    const mod = (await import(pathToFileURL(join(REPO_ROOT, appPath)).href)) as ServiceModule;
    await mod.service.prestart?.(env);
    const app = await mod.buildApp(env);
    try {
      const missing = await app.inject({ url: '/internal/runtime' });
      expect(missing.statusCode).toBe(401);
      const wrong = await app.inject({
        url: '/internal/runtime',
        headers: { 'x-internal-token': 'w'.repeat(40) },
      });
      expect(wrong.statusCode).toBe(403);
      const right = await app.inject({
        url: '/internal/runtime',
        headers: { 'x-internal-token': TEST_TOKEN },
      });
      expect(right.statusCode).toBe(200);
      expect(right.json()).toMatchObject({ service: name, mode: 'production' });
      expect((await app.inject({ url: '/health' })).json()).toEqual({ status: 'ok' });
      const ready = await app.inject({ url: '/ready' });
      expect([200, 503]).toContain(ready.statusCode);
      expect(ready.json()).toHaveProperty('checks');
    } finally {
      await app.close();
    }
  });
});

describe('development entry point', () => {
  it('main.ts listens with NODE_ENV=development', async () => {
    const port = await freePort();
    const proc = startProcess(
      process.execPath,
      ['services/git/dist/main.js'],
      {
        ...productionEnv({
          NODE_ENV: 'development',
          PORT: String(port),
          DATA_DIR: join(data.path, 'dev-git'),
        }),
      },
      port,
    );
    try {
      await waitForHttp(`${proc.url}/health`, 30_000, proc.proc);
      const res = await fetch(`${proc.url}/nowhere`, { headers: { 'x-internal-token': TEST_TOKEN } });
      expect(res.status).toBe(404);
    } finally {
      expect(await proc.stop('SIGTERM')).toBe(0);
    }
  });
});
