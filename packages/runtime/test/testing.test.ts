import { spawn, spawnSync } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { claimPort, freePort, PORT_CLAIMS_DIR, REPO_ROOT } from '../src/testing.js';

describe('test ports shared by parallel test processes', () => {
  it('hands out a port claimed under this process', async () => {
    const port = await freePort();
    expect(readFileSync(join(PORT_CLAIMS_DIR, String(port)), 'utf8')).toBe(String(process.pid));
    expect(claimPort(port)).toBe(false);
  });

  it('refuses a port another live process claimed, and takes it once that process is gone', async () => {
    const port = 31_999;
    const file = join(PORT_CLAIMS_DIR, String(port));
    rmSync(file, { force: true });
    const other = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60_000)']);
    const gone = new Promise((resolve) => other.once('exit', resolve));
    writeFileSync(file, String(other.pid));
    expect(claimPort(port)).toBe(false);
    other.kill('SIGKILL');
    await gone;
    expect(claimPort(port)).toBe(true);
    expect(readFileSync(file, 'utf8')).toBe(String(process.pid));
  });

  it('releases its claims when the process exits', () => {
    // The built module, as every george-serve a test starts runs the built code.
    const child = spawnSync(
      process.execPath,
      [
        '--input-type=module',
        '-e',
        "const t = await import('@george/runtime/testing'); console.log(await t.freePort());",
      ],
      { encoding: 'utf8', cwd: REPO_ROOT },
    );
    const port = child.stdout.trim();
    expect(port).toMatch(/^\d+$/);
    expect(() => readFileSync(join(PORT_CLAIMS_DIR, port))).toThrow();
  });
});
