import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tempDir } from '@george/runtime/testing';
import { afterAll, describe, expect, it } from 'vitest';
import { withFileLock, writeFileAtomic } from '../../src/repositories/atomic.js';
import { insideRoot } from '../../src/repositories/paths.js';

const dir = tempDir('george-fs-atomic-');
afterAll(() => dir.remove());

describe('the project lock', () => {
  it('lets one holder in at a time', async () => {
    const lock = join(dir.path, 'one.lock');
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
  });

  it('breaks a lock whose owner was killed', async () => {
    const dead = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], {
      encoding: 'utf8',
    });
    const lock = join(dir.path, 'dead.lock');
    writeFileSync(lock, `${dead.stdout} some-token`);
    const result = await withFileLock(lock, async () => 'got it', { timeoutMs: 20_000 });
    expect(result).toBe('got it');
  });

  it('does not break a live owner’s lock', async () => {
    const lock = join(dir.path, 'live.lock');
    writeFileSync(lock, `${process.pid} other-token`);
    await expect(withFileLock(lock, async () => 'no', { timeoutMs: 200 })).rejects.toThrow(/not acquired/);
    expect(readFileSync(lock, 'utf8')).toBe(`${process.pid} other-token`);
  });
});

describe('atomic writes and the storage root', () => {
  it('replaces a file whole and leaves no temporary file', async () => {
    const file = join(dir.path, 'meta.json');
    await writeFileAtomic(file, 'one');
    await writeFileAtomic(file, 'two');
    expect(readFileSync(file, 'utf8')).toBe('two');
    expect(readdirSync(dir.path).filter((f) => f.startsWith('.tmp-'))).toEqual([]);
  });

  it.each(['..', '../x', 'a/../../x', '/etc/passwd', 'a\0b', ''])(
    'refuses %j (outside the root, or the root itself)',
    (part) => {
      expect(() => insideRoot(dir.path, part)).toThrow();
    },
  );

  it('accepts a path inside the root', () => {
    expect(insideRoot(dir.path, 'projects', 'p1')).toBe(join(dir.path, 'projects', 'p1'));
  });
});
