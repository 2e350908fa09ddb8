import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  childPids,
  type RunningProcess,
  sleep,
  startServe,
  TEST_TOKEN,
  tempDir,
  waitForHttp,
} from '@george/runtime/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { multipart } from './fixtures.js';

const APP = 'services/filesystem/dist/app.js';

// Real processes and whole novels: generous limits for a loaded 2-core machine (no timing assertion).
describe('kill -9 of the workers during uploads and updates', { timeout: 180_000 }, () => {
  let dir: ReturnType<typeof tempDir>;
  let serve: RunningProcess | undefined;

  beforeAll(() => {
    dir = tempDir('george-fs-crash-');
  });

  afterAll(async () => {
    await serve?.stop();
    dir.remove();
  });

  const workerPids = (supervisor: number) => childPids(supervisor);

  it('leaves only whole files, and the service works on after a restart', async () => {
    serve = await startServe({ app: APP, workers: 2, env: { DATA_DIR: dir.path } });
    const url = serve.url;
    const acked: string[] = [];
    let stop = false;
    const body = multipart('novel.txt', `Chapter 1\n\n${'It was a dark and stormy night. '.repeat(20_000)}`);
    const uploader = async () => {
      while (!stop) {
        try {
          const res = await fetch(`${url}/projects/crash/files`, {
            method: 'POST',
            headers: { 'x-internal-token': TEST_TOKEN, ...body.headers },
            body: body.payload,
            signal: AbortSignal.timeout(20_000),
          });
          if (res.status === 201) acked.push(((await res.json()) as { id: string }).id);
        } catch {
          await sleep(20);
        }
      }
    };
    const clients = Array.from({ length: 4 }, uploader);
    for (let round = 0; round < 2; round++) {
      const before = acked.length;
      while (acked.length < before + 3) await sleep(10);
      for (const pid of workerPids(serve.proc.pid as number)) process.kill(pid, 'SIGKILL');
      await sleep(200);
      await waitForHttp(`${url}/health`, 30_000);
    }
    const after = acked.length;
    // Uploads go on after the crashes: a lock left by a killed worker is broken, not waited for.
    while (acked.length < after + 3) await sleep(10);
    stop = true;
    await Promise.all(clients);
    await serve.stop();

    // Every file folder is whole; every acknowledged upload is there.
    const filesDir = join(dir.path, 'filesystem', 'projects', 'crash', 'files');
    const ids = readdirSync(filesDir);
    for (const id of acked) expect(ids).toContain(id);
    for (const id of ids) {
      const meta = JSON.parse(readFileSync(join(filesDir, id, 'meta.json'), 'utf8'));
      expect(existsSync(join(filesDir, id, 'original'))).toBe(true);
      expect(readFileSync(join(filesDir, id, `text-${meta.revision}.txt`), 'utf8')).toHaveLength(
        meta.textLength,
      );
      expect(existsSync(join(filesDir, id, `structure-${meta.revision}.json`))).toBe(true);
    }

    // A new start cleans up and serves everything that was committed.
    serve = await startServe({ app: APP, workers: 1, env: { DATA_DIR: dir.path } });
    const list = await fetch(`${serve.url}/projects/crash/files`, {
      headers: { 'x-internal-token': TEST_TOKEN },
    });
    const files = ((await list.json()) as { files: { id: string }[] }).files;
    expect(files.map((f) => f.id).sort()).toEqual([...ids].sort());
    expect(readdirSync(join(dir.path, 'filesystem', 'trash'))).toEqual([]);
  });
});
