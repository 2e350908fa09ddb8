import { execFileSync } from 'node:child_process';

/** The environment git runs in: this repository only, with no system or user configuration. */
function gitEnv(gitDir: string): NodeJS.ProcessEnv {
  return {
    PATH: process.env.PATH,
    GIT_DIR: gitDir,
    GIT_CONFIG_NOSYSTEM: '1',
    GIT_CONFIG_GLOBAL: '/dev/null',
  };
}

/** Runs the real git binary (no shell) against a repository and returns its output. */
export function git(gitDir: string, ...args: string[]): string {
  return execFileSync('git', args, {
    env: gitEnv(gitDir),
    encoding: 'utf8',
  });
}

/** `git fsck --full --strict`: throws with the output when the repository is not clean. */
export function fsck(gitDir: string): string {
  const out = execFileSync('git', ['fsck', '--full', '--strict', '--no-progress', '--no-dangling'], {
    env: gitEnv(gitDir),
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return out;
}

export const author = { name: 'Jane Austen', email: 'jane@example.com' };
