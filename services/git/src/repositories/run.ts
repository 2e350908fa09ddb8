import { spawn } from 'node:child_process';

export class GitCommandError extends Error {
  constructor(
    readonly args: string[],
    readonly exitCode: number | null,
    readonly stderr: string,
  ) {
    super(`git ${args[0]} failed (${exitCode}): ${stderr.trim().slice(0, 500)}`);
    this.name = 'GitCommandError';
  }
}

export interface RunOptions {
  gitDir?: string;
  input?: string | Buffer;
  env?: Record<string, string>;
  /** Output beyond this is dropped and `truncated` is set (default: 256 MB). */
  maxBytes?: number;
  /** Exit codes that are not errors (e.g. 1 for "not found" of rev-parse --verify -q). */
  okCodes?: number[];
}

export interface RunResult {
  stdout: Buffer;
  code: number;
  truncated: boolean;
}

/** The environment of every git call: no system or user configuration, no prompts, no pager. */
function baseEnv(): Record<string, string> {
  return {
    PATH: process.env.PATH ?? '/usr/bin:/bin',
    LC_ALL: 'C',
    GIT_CONFIG_NOSYSTEM: '1',
    GIT_CONFIG_GLOBAL: '/dev/null',
    GIT_TERMINAL_PROMPT: '0',
    GIT_PAGER: 'cat',
    HOME: '/nonexistent',
  };
}

/** Runs git with arguments (never a shell); rejects with GitCommandError on an unexpected exit code. */
export function runGit(binary: string, args: string[], options: RunOptions = {}): Promise<RunResult> {
  const env = { ...baseEnv(), ...(options.gitDir ? { GIT_DIR: options.gitDir } : {}), ...options.env };
  const max = options.maxBytes ?? 256 * 1024 * 1024;
  return new Promise((resolve, reject) => {
    const child = spawn(binary, args, { env, stdio: ['pipe', 'pipe', 'pipe'] });
    const chunks: Buffer[] = [];
    let size = 0;
    let truncated = false;
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => {
      if (size >= max) {
        truncated = true;
        return;
      }
      const room = max - size;
      if (chunk.length > room) {
        chunks.push(chunk.subarray(0, room));
        truncated = true;
      } else chunks.push(chunk);
      size += Math.min(chunk.length, room);
    });
    child.stderr.on('data', (chunk: Buffer) => {
      if (stderr.length < 8192) stderr += chunk.toString();
    });
    child.once('error', reject);
    child.stdin.on('error', () => undefined);
    child.once('close', (code) => {
      const ok = code === 0 || (code !== null && (options.okCodes ?? []).includes(code));
      if (!ok) reject(new GitCommandError(args, code, stderr));
      else resolve({ stdout: Buffer.concat(chunks), code: code ?? 0, truncated });
    });
    if (options.input !== undefined) child.stdin.end(options.input);
    else child.stdin.end();
  });
}
