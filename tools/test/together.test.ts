/**
 * `npm test` runs its checks after the build through tools/bin/together.mjs: every command runs,
 * each one's output is printed whole, and one failure fails the whole.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { REPO_ROOT } from '../../test/harness.js';

const together = (...commands: string[]) =>
  spawnSync(process.execPath, [join(REPO_ROOT, 'tools/bin/together.mjs'), ...commands], { encoding: 'utf8' });

describe('together', () => {
  it('runs the commands at once and passes when every one passes', () => {
    const dir = mkdtempSync(join(tmpdir(), 'george-together-'));
    onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
    const signal = join(dir, 'signal');
    // The first waits for a file only the second writes: one after the other, it would give up.
    const waits = `for i in $(seq 200); do [ -f ${signal} ] && break; sleep 0.05; done; [ -f ${signal} ] && echo first`;
    const result = together(waits, `touch ${signal}; echo second`);
    expect(result.stdout).toMatch(/: passed in [\d.]+ s\nfirst\n/);
    expect(result.stdout).toMatch(/: passed in [\d.]+ s\nsecond\n/);
    expect(result.status).toBe(0);
  });

  it('fails when one command fails, after the others have run, with the failing output', () => {
    const result = together('echo bad >&2; exit 3', 'sleep 0.2; echo good');
    expect(result.status).toBe(1);
    expect(result.stdout).toContain('> echo bad >&2; exit 3: failed (exit 3)');
    expect(result.stdout).toContain('bad\n');
    expect(result.stdout).toMatch(/: passed in [\d.]+ s\ngood\n/);
  });

  it('refuses to run nothing', () => {
    expect(together().status).toBe(2);
  });
});
