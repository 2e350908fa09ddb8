import { randomUUID } from 'node:crypto';
import { link, mkdir, readFile, rename, stat, unlink, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { errnoCode } from './errors.js';

const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return errnoCode(err) === 'EPERM';
  }
}

/**
 * A lock shared by every process on the machine (george-serve's workers, a second server on the
 * same data): the git service's commits to one project, the filesystem service's changes to one
 * project. The lock file is created complete, with its owner's pid, by hard-linking a private file
 * to the lock name (link fails if the name exists, like O_EXCL, and the file is never seen empty).
 * A lock whose owner died (kill -9) is broken at once, one older than `staleMs` too. Hand-written:
 * proper-lockfile, the maintained npm choice, breaks locks by age only, never by a dead owner.
 */
export async function withFileLock<T>(
  lockPath: string,
  fn: () => Promise<T>,
  options: { timeoutMs?: number; staleMs?: number } = {},
): Promise<T> {
  const timeoutMs = options.timeoutMs ?? 60_000;
  const staleMs = options.staleMs ?? 60_000;
  const deadline = Date.now() + timeoutMs;
  const token = `${process.pid} ${randomUUID()}`;
  const mine = `${lockPath}.${randomUUID()}.tmp`;
  await mkdir(dirname(lockPath), { recursive: true });
  await writeFile(mine, token);
  let delay = 1;
  try {
    for (;;) {
      try {
        await link(mine, lockPath);
        break;
      } catch (err) {
        if (errnoCode(err) !== 'EEXIST') throw err;
      }
      await breakIfStale(lockPath, staleMs);
      if (Date.now() > deadline) throw new Error(`lock ${lockPath} not acquired in ${timeoutMs} ms`);
      await sleep(delay + Math.random() * delay);
      delay = Math.min(delay * 2, 25);
    }
  } finally {
    await unlink(mine).catch(() => undefined);
  }
  try {
    return await fn();
  } finally {
    // Remove only our own lock (it may have been broken as stale and taken by another process).
    const content = await readFile(lockPath, 'utf8').catch(() => '');
    if (content === token) await unlink(lockPath).catch(() => undefined);
  }
}

async function breakIfStale(lockPath: string, staleMs: number): Promise<void> {
  let content: string;
  let age: number;
  try {
    content = await readFile(lockPath, 'utf8');
    age = Date.now() - (await stat(lockPath)).mtimeMs;
  } catch {
    return;
  }
  const pid = Number(content.split(' ')[0]);
  const dead = Number.isInteger(pid) && pid > 0 && !processAlive(pid);
  if (!dead && age < staleMs) return;
  // Move it aside, then check it is still the stale one we saw.
  const aside = `${lockPath}.stale-${randomUUID()}`;
  try {
    await rename(lockPath, aside);
  } catch {
    return;
  }
  const moved = await readFile(aside, 'utf8').catch(() => '');
  // Taken by someone else between our read and the rename: give it back if the name is still free.
  if (moved !== content) await link(aside, lockPath).catch(() => undefined);
  await unlink(aside).catch(() => undefined);
}
