/**
 * The layout of a service's data folder that keeps its changes crash-safe: `tmp` holds what is
 * being written (renamed into place when whole), `trash` what is being deleted (renamed there
 * first, then removed), `locks` the cross-process locks (file-lock.ts), beside the service's own
 * folders.
 */
import { mkdir, readdir, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';

/** Creates the shared folders and the service's own (`projects`, `repos`...). */
export async function prepareDataDir(root: string, own: string[]): Promise<void> {
  for (const dir of [...own, 'tmp', 'trash', 'locks']) await mkdir(join(root, dir), { recursive: true });
}

/**
 * Removes what a crash left behind: everything in `trash`, and in `tmp` what is older than
 * `olderThanMs` (younger entries may belong to a write still running in another process).
 */
export async function removeLeftovers(root: string, olderThanMs: number): Promise<void> {
  for (const dir of ['tmp', 'trash']) {
    const base = join(root, dir);
    for (const entry of await readdir(base).catch((): string[] => [])) {
      const path = join(base, entry);
      const info = await stat(path).catch(() => undefined);
      if (info && (dir === 'trash' || Date.now() - info.mtimeMs > olderThanMs)) {
        await rm(path, { recursive: true, force: true });
      }
    }
  }
}
