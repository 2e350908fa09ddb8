/**
 * Every locked package runs on the Node.js this repository declares: `npm ci` on Node 20 must not
 * warn EBADENGINE (a package that needs Node 22 is pinned to a release that does not).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import semver from 'semver';
import { describe, expect, it } from 'vitest';

interface LockEntry {
  engines?: Record<string, string> | string[];
  optional?: boolean;
  os?: string[];
}

const root = join(import.meta.dirname, '../..');
const lock = JSON.parse(readFileSync(join(root, 'package-lock.json'), 'utf8')) as {
  packages: Record<string, LockEntry>;
};

describe('engines', () => {
  it('every locked package accepts the declared minimum Node.js and the one running here', () => {
    const declared = lock.packages['']?.engines;
    const range = !Array.isArray(declared) ? declared?.node : undefined;
    const minimum = range ? semver.minVersion(range)?.version : undefined;
    if (!range || !minimum) throw new Error('package.json declares no engines.node range');
    expect(semver.satisfies(process.version, range)).toBe(true);
    const refused = Object.entries(lock.packages)
      .filter(([path, entry]) => path !== '' && !(entry.optional && entry.os))
      .flatMap(([path, entry]) => {
        const node = Array.isArray(entry.engines) ? undefined : entry.engines?.node;
        if (!node) return [];
        return semver.satisfies(minimum, node) && semver.satisfies(process.version, node)
          ? []
          : [`${path} needs node ${node}`];
      });
    expect(refused).toEqual([]);
  });
});
