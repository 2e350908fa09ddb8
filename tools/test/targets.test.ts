import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { REPO_ROOT, runToExit } from '@george/runtime/testing';
import { describe, expect, it } from 'vitest';
import { isUsageMistake, positiveInt, UsageError } from '../src/targets.js';

const CLI = join(REPO_ROOT, 'tools/bin/george.js');

function thrownBy(run: () => unknown): unknown {
  try {
    run();
  } catch (err) {
    return err;
  }
  throw new Error('expected a throw');
}

describe('isUsageMistake', () => {
  it("takes a UsageError and parseArgs's own errors, nothing else", () => {
    const unknownOption = thrownBy(() => parseArgs({ args: ['--bogus'], options: {}, strict: true }));
    expect(isUsageMistake(unknownOption)).toBe(true);
    expect(isUsageMistake(new UsageError('--step must be a whole number'))).toBe(true);
    expect(isUsageMistake(new TypeError('fetch failed'))).toBe(false);
    expect(isUsageMistake(Object.assign(new Error('refused'), { code: 'ECONNREFUSED' }))).toBe(false);
    expect(isUsageMistake('ERR_PARSE_ARGS_UNKNOWN_OPTION')).toBe(false);
  });
});

describe('positiveInt', () => {
  it('reads a whole positive number, falls back when absent, refuses the rest', () => {
    expect(positiveInt('250', '--slow-ms', 1000)).toBe(250);
    expect(positiveInt(undefined, '--slow-ms', 1000)).toBe(1000);
    for (const bad of ['0', '-3', '1.5', 'soon']) {
      expect(() => positiveInt(bad, '--slow-ms', 1000)).toThrow('--slow-ms must be a positive integer');
    }
  });
});

describe('the checklist commands on a bad command line', () => {
  it.each([
    ['doctor', ['--bogus'], 'usage: george doctor'],
    ['preflight', ['--timeout-ms', '0'], 'usage: george preflight'],
  ])('george %s %j exits 2 with its usage', async (command, args, usage) => {
    const run = await runToExit(process.execPath, [CLI, command, ...args]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(usage);
    expect(run.stdout).toBe('');
  });
});
