import { existsSync, mkdirSync, readdirSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { prepareDataDir, removeLeftovers } from '../src/data-dir.js';
import { tempDir } from '../src/testing.js';

const dir = tempDir('george-data-dir-');
afterAll(() => dir.remove());

describe('a service data folder', () => {
  it('has the shared folders beside the service’s own', async () => {
    await prepareDataDir(dir.path, ['repos']);
    expect(readdirSync(dir.path).sort()).toEqual(['locks', 'repos', 'tmp', 'trash']);
  });

  it('removes what a crash left: all of the trash, staging older than the limit only', async () => {
    await prepareDataDir(dir.path, ['repos']);
    mkdirSync(join(dir.path, 'trash', 'deleted-project'), { recursive: true });
    writeFileSync(join(dir.path, 'trash', 'deleted-project', 'a.txt'), 'x');
    const old = join(dir.path, 'tmp', 'old-upload');
    const young = join(dir.path, 'tmp', 'upload-in-progress');
    writeFileSync(old, 'x');
    writeFileSync(young, 'x');
    const hourAgo = new Date(Date.now() - 60 * 60 * 1000);
    utimesSync(old, hourAgo, hourAgo);
    await removeLeftovers(dir.path, 10 * 60 * 1000);
    expect(readdirSync(join(dir.path, 'trash'))).toEqual([]);
    expect(existsSync(old)).toBe(false);
    expect(existsSync(young)).toBe(true);
    expect(existsSync(join(dir.path, 'repos'))).toBe(true);
  });
});
