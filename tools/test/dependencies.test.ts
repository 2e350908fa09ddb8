/**
 * `npm start` reinstalls when node_modules differs from package-lock.json: a package missing or at
 * another version, never a platform's optional package it does not need.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { installMismatches } from '../bin/dependencies.mjs';

const roots: string[] = [];
afterEach(() => {
  for (const root of roots.splice(0)) rmSync(root, { recursive: true, force: true });
});

/** A checkout whose lock pins `locked` and whose node_modules holds `installed` (path -> version). */
function checkout(locked: Record<string, object>, installed: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'george-dependencies-'));
  roots.push(root);
  writeFileSync(join(root, 'package-lock.json'), JSON.stringify({ packages: { '': {}, ...locked } }));
  for (const [path, version] of Object.entries(installed)) {
    mkdirSync(join(root, path), { recursive: true });
    writeFileSync(join(root, path, 'package.json'), JSON.stringify({ version }));
  }
  return root;
}

describe('installMismatches', () => {
  const locked = {
    'node_modules/yaml': { version: '2.9.1' },
    'services/backend/node_modules/docx': { version: '9.6.1' },
    'node_modules/@george/backend': { link: true, resolved: 'services/backend' },
    'node_modules/@esbuild/darwin-arm64': { version: '0.25.0', optional: true, os: ['darwin'] },
    'services/backend': { version: '0.1.0' },
  };

  it('finds nothing when every locked package is installed at its version', () => {
    const root = checkout(locked, {
      'node_modules/yaml': '2.9.1',
      'services/backend/node_modules/docx': '9.6.1',
    });
    expect(installMismatches(root)).toEqual([]);
  });

  it("names a workspace's package that is gone and one at another version", () => {
    const root = checkout(locked, { 'node_modules/yaml': '2.8.0' });
    expect(installMismatches(root)).toEqual([
      'node_modules/yaml: 2.8.0, locked 2.9.1',
      'services/backend/node_modules/docx: missing',
    ]);
  });
});
