import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { tempDir } from '@george/runtime/testing';
import { afterAll, describe, expect, it } from 'vitest';
import { writeFileAtomic } from '../../src/repositories/atomic.js';
import { insideRoot } from '../../src/repositories/paths.js';

const dir = tempDir('george-fs-atomic-');
afterAll(() => dir.remove());

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
