import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { withFileLock } from '../src/file-lock.js';
import { tempDir } from '../src/testing.js';

const dir = tempDir('george-file-lock-');
afterAll(() => dir.remove());

describe('the file lock shared by processes', () => {
  it('lets one holder in at a time and leaves no file behind', async () => {
    const lock = join(dir.path, 'p.lock');
    let inside = 0;
    let most = 0;
    await Promise.all(
      Array.from({ length: 20 }, () =>
        withFileLock(lock, async () => {
          inside++;
          most = Math.max(most, inside);
          await new Promise((r) => setTimeout(r, 2));
          inside--;
        }),
      ),
    );
    expect(most).toBe(1);
    expect(existsSync(lock)).toBe(false);
    expect(readdirSync(dir.path)).toEqual([]);
  });

  it('breaks a lock whose owner was killed', async () => {
    const dead = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], {
      encoding: 'utf8',
    });
    const lock = join(dir.path, 'dead.lock');
    writeFileSync(lock, `${dead.stdout} token`);
    expect(await withFileLock(lock, async () => 'got it', { timeoutMs: 20_000 })).toBe('got it');
  });

  it('waits for a live owner', async () => {
    const lock = join(dir.path, 'live.lock');
    writeFileSync(lock, `${process.pid} token`);
    await expect(withFileLock(lock, async () => 'no', { timeoutMs: 200 })).rejects.toThrow(/not acquired/);
    expect(readFileSync(lock, 'utf8')).toBe(`${process.pid} token`);
  });
});
