import { request } from 'node:http';
import { join } from 'node:path';
import { GitClient } from '@george/contracts/git';
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
import { author, fsck, git } from './helpers.js';

const APP = 'services/git/dist/app.js';

/** The pid of the worker that answers a new connection. */
function runtimePid(url: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request(
      `${url}/internal/runtime`,
      { agent: false, headers: { 'x-internal-token': TEST_TOKEN } },
      (res) => {
        let body = '';
        res.on('data', (d: Buffer) => {
          body += d.toString();
        });
        res.on('end', () => resolve((JSON.parse(body) as { pid: number }).pid));
      },
    );
    req.on('error', reject);
    req.end();
  });
}
const headers = { 'x-internal-token': TEST_TOKEN, 'content-type': 'application/json' };

// Real processes and whole novels: generous limits for a loaded 2-core machine (no timing assertion).
describe('concurrent commits to one project from four workers', { timeout: 180_000 }, () => {
  let dir: ReturnType<typeof tempDir>;
  let serve: RunningProcess;

  beforeAll(async () => {
    dir = tempDir('george-git-serve-');
    serve = await startServe({ app: APP, workers: 4, env: { DATA_DIR: dir.path } });
  });

  afterAll(async () => {
    await serve?.stop();
    dir.remove();
  });

  it('gives a linear history with every commit, and a clean repository', async () => {
    const client = new GitClient({
      token: TEST_TOKEN,
      env: { GIT_SERVER_URL: serve.url },
      timeoutMs: 60_000,
    });
    const writers = 8;
    const perWriter = 8;
    const acked: string[] = [];
    await Promise.all(
      Array.from({ length: writers }, async (_, w) => {
        for (let n = 0; n < perWriter; n++) {
          const result = await client.commit('shared', {
            message: `writer ${w} commit ${n}`,
            author,
            files: [
              { path: `writers/w${w}.md`, content: `writer ${w} wrote ${n}\n` },
              { path: 'log.md', content: `last: writer ${w} commit ${n}\n` },
            ],
          });
          expect(result.changed).toBe(true);
          acked.push(result.commit?.id as string);
        }
      }),
    );
    const repo = join(dir.path, 'git', 'repos', 'shared.git');
    expect(new Set(acked).size).toBe(writers * perWriter);
    const all = git(repo, 'rev-list', 'main').trim().split('\n');
    expect(all).toHaveLength(writers * perWriter);
    expect(new Set(all)).toEqual(new Set(acked));
    expect(git(repo, 'rev-list', '--min-parents=2', 'main').trim()).toBe('');
    for (let w = 0; w < writers; w++) {
      expect(git(repo, 'show', `main:writers/w${w}.md`)).toBe(`writer ${w} wrote ${perWriter - 1}\n`);
    }
    const history = await client.history('shared', { limit: 500 });
    expect(history.commits).toHaveLength(writers * perWriter);
    expect(() => fsck(repo)).not.toThrow();
    // Four workers share the port (new connections are spread across them).
    const pids = new Set<number>();
    for (let i = 0; i < 12; i++) pids.add(await runtimePid(serve.url));
    expect(pids.size).toBeGreaterThan(1);
  });
});

// Real processes and whole novels: generous limits for a loaded 2-core machine (no timing assertion).
describe('kill -9 in the middle of commits', { timeout: 300_000 }, () => {
  let dir: ReturnType<typeof tempDir>;
  let serve: RunningProcess;

  beforeAll(async () => {
    dir = tempDir('george-git-kill-');
    serve = await startServe({ app: APP, workers: 2, env: { DATA_DIR: dir.path } });
  });

  afterAll(async () => {
    await serve?.stop();
    dir.remove();
  });

  const workerPids = () => childPids(serve.proc.pid as number);

  it('never corrupts the repository nor loses an acknowledged commit', async () => {
    const acked: string[] = [];
    let failures = 0;
    let stop = false;
    const writer = async (w: number) => {
      for (let n = 0; !stop; n++) {
        try {
          const res = await fetch(`${serve.url}/projects/crash/commits`, {
            method: 'POST',
            headers,
            body: JSON.stringify({
              message: `w${w} n${n}`,
              author,
              files: [
                { path: `w${w}.md`, content: `${'A long paragraph of prose. '.repeat(200)}${n}\n` },
                { path: `shared/${n % 5}.md`, content: `w${w} n${n}\n` },
              ],
            }),
            signal: AbortSignal.timeout(20_000),
          });
          if (res.status === 201) acked.push(((await res.json()) as { commit: { id: string } }).commit.id);
          else failures++;
        } catch {
          failures++;
          await sleep(20);
        }
      }
    };
    const writers = Array.from({ length: 6 }, (_, w) => writer(w));
    // Kill every worker twice, while commits are in flight.
    for (let round = 0; round < 2; round++) {
      const before = acked.length;
      while (acked.length < before + 10) await sleep(10);
      const pids = workerPids();
      expect(pids.length).toBeGreaterThan(0);
      for (const pid of pids) process.kill(pid, 'SIGKILL');
      await sleep(300);
      await waitForHttp(`${serve.url}/health`, 90_000).catch((err: unknown) => {
        // The supervisor's log says whether replacements crashed, waited out a backoff or hung.
        throw new Error(`${String(err)}\nserve output: ${serve.output().stdout.slice(-4000)}`);
      });
    }
    const afterRestart = acked.length;
    while (acked.length < afterRestart + 10) await sleep(10);
    stop = true;
    await Promise.all(writers);

    const repo = join(dir.path, 'git', 'repos', 'crash.git');
    expect(() => fsck(repo)).not.toThrow();
    const all = new Set(git(repo, 'rev-list', 'main').trim().split('\n'));
    for (const id of acked) expect(all.has(id)).toBe(true);
    expect(git(repo, 'rev-list', '--min-parents=2', 'main').trim()).toBe('');
    expect(failures).toBeGreaterThan(0);
  });
});
