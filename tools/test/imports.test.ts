/**
 * The import graph of every workspace, type-only imports included (dpdm over the TypeScript
 * sources): no cycle anywhere, and the public API's schemas-only entry loads nothing of the runtime.
 */
import { join } from 'node:path';
import { REPO_ROOT } from '@george/runtime/testing';
import { type DependencyTree, parseCircular, parseDependencyTree } from 'dpdm';
import { describe, expect, it } from 'vitest';

const SOURCES = [
  'packages/*/src/**/*.ts',
  'services/*/src/**/*.ts',
  'services/*/src/**/*.tsx',
  'tools/src/**/*.ts',
];

function parse(entries: string[]): Promise<DependencyTree> {
  return parseDependencyTree(entries, {
    context: REPO_ROOT,
    cwd: REPO_ROOT,
    tsconfig: join(REPO_ROOT, 'tsconfig.base.json'),
    // Type-only imports count: a cycle through types is still a cycle of modules.
    transform: false,
  });
}

describe('imports', () => {
  it('form no cycle in any workspace', async () => {
    const cycles = parseCircular(await parse(SOURCES));
    expect(cycles.map((cycle) => cycle.join(' -> '))).toEqual([]);
  }, 120_000);

  it('@george/contracts/api (schemas only) loads TypeBox and nothing of the runtime', async () => {
    const tree = await parse(['packages/contracts/src/api.ts']);
    const loaded = Object.values(tree)
      .flatMap((deps) => deps ?? [])
      .map((d) => d.id ?? d.request);
    expect(loaded.length).toBeGreaterThan(10);
    const outside = [
      ...new Set(loaded.filter((id) => !/^packages\/contracts\/src\/(api|schemas)\//.test(id))),
    ];
    expect(outside.every((id) => id.includes('@sinclair/typebox'))).toBe(true);
  }, 60_000);
});
