import { randomUUID } from 'node:crypto';
import { link, mkdir, readFile, rename, stat, unlink, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';

const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * A lock shared by every process on the machine. The lock file is created complete, with its
 * owner's pid, by hard-linking a private file to the lock name (link fails if the name exists, like
 * O_EXCL, and the file is never seen empty). A lock whose owner died (kill -9) is broken at once,
 * one older than `staleMs` too. It only keeps commits from racing each other; correctness does not
 * depend on it (the branch moves by compare-and-swap).
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
        if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
      }
      await breakIfStale(lockPath, staleMs);
      if (Date.now() > deadline) throw new Error('lock not acquired in time');
      await sleep(delay + Math.random() * delay);
      delay = Math.min(delay * 2, 25);
    }
  } finally {
    await unlink(mine).catch(() => undefined);
  }
  try {
    return await fn();
  } finally {
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
