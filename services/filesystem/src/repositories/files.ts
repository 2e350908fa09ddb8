/**
 * Files on disk, under `<DATA_DIR>/filesystem`:
 *
 *   projects/<projectId>/files/<fileId>/meta.json            summary (the commit point of every change)
 *   projects/<projectId>/files/<fileId>/original             the uploaded bytes (uploads only)
 *   projects/<projectId>/files/<fileId>/text-<rev>.txt       the normalised text of revision <rev>
 *   projects/<projectId>/files/<fileId>/structure-<rev>.json chapters and paragraph offsets
 *   tmp/<uuid>/   staging of new files (renamed into place whole)    trash/  deletions in progress
 *   locks/<projectId>.lock   the cross-process lock of a project's quota and metadata changes
 *
 * A new file is staged complete (every part fsynced) and renamed into place in one step; an update
 * writes the new revision's files, then replaces meta.json atomically; a delete renames the folder
 * to trash/ first. A crash leaves either the old state or the new one, never half of a file.
 */
import { createHash, randomUUID } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdir, open, readdir, readFile, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { FileParagraph, FileSummary } from '@george/contracts/filesystem';
import { prepareDataDir, removeLeftovers } from '@george/runtime/data-dir';
import { errnoCode } from '@george/runtime/errors';
import { withFileLock } from '@george/runtime/file-lock';
import { parseStoredJson, type SchemaOf } from '@george/runtime/stored';
import { Type } from '@sinclair/typebox';
import { fsyncDir, writeDurable, writeFileAtomic } from './atomic.js';
import { fileSegment, insideRoot, isProjectId, projectSegment } from './paths.js';
import type {
  FileRepository,
  Revision,
  Staging,
  StoredFile,
  StoredStructure,
  UpdateDecision,
} from './repository.js';

// The JSON files as this repository writes them, read back through these schemas: a file they do
// not describe is reported as corrupt, naming it.

/** meta.json: the summary and `hasOriginal`, both there since the first version. */
const StoredFileSchema = Type.Composite([FileSummary, Type.Object({ hasOriginal: Type.Boolean() })]);

/**
 * structure-<rev>.json. Structures stored before 1 December 2026 number their chapters from 0 (the
 * service renumbers them by position on the way out) and have no `sceneBreaks`.
 */
const StoredStructureSchema = Type.Object({
  chapters: Type.Array(
    Type.Object({
      index: Type.Integer({ minimum: 0 }),
      title: Type.String(),
      start: Type.Integer({ minimum: 0 }),
      end: Type.Integer({ minimum: 0 }),
    }),
  ),
  paragraphs: Type.Array(FileParagraph),
  sceneBreaks: Type.Optional(Type.Array(Type.Integer({ minimum: 0 }))),
});

true satisfies SchemaOf<typeof StoredFileSchema, StoredFile>;
true satisfies SchemaOf<typeof StoredStructureSchema, StoredStructure>;

/** usage.json: bytes per file id (a cache, rebuilt from the metadata when unreadable). */
const UsageCache = Type.Record(Type.String(), Type.Number());

const isMissing = (err: unknown) => errnoCode(err) === 'ENOENT';
const sum = (usage: Record<string, number>) => Object.values(usage).reduce((a, b) => a + b, 0);

class DiskStaging implements Staging {
  published = false;
  constructor(readonly dir: string) {}

  async writeOriginal(source: Readable): Promise<{ size: number; sha256: string }> {
    const path = join(this.dir, 'original');
    const hash = createHash('sha256');
    let size = 0;
    const meter = new Transform({
      transform(chunk: Buffer, _enc, done) {
        hash.update(chunk);
        size += chunk.length;
        done(null, chunk);
      },
    });
    await pipeline(source, meter, createWriteStream(path, { flags: 'wx', mode: 0o600 }));
    const handle = await open(path, 'r');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
    return { size, sha256: hash.digest('hex') };
  }

  readOriginal(): Promise<Buffer> {
    return readFile(join(this.dir, 'original'));
  }

  async discard(): Promise<void> {
    if (!this.published) await rm(this.dir, { recursive: true, force: true });
  }
}

export class DiskFileRepository implements FileRepository {
  readonly root: string;

  constructor(dataDir: string) {
    this.root = join(dataDir, 'filesystem');
  }

  async init(): Promise<void> {
    await prepareDataDir(this.root, ['projects']);
  }

  /** Removes staging and trash left behind by a crash (older than `olderThanMs`). */
  async cleanup(olderThanMs = 60 * 60 * 1000): Promise<void> {
    await removeLeftovers(this.root, olderThanMs);
  }

  private projectDir(projectId: string): string {
    return insideRoot(this.root, 'projects', projectSegment(projectId));
  }

  private fileDir(projectId: string, fileId: string): string {
    return insideRoot(this.root, 'projects', projectSegment(projectId), 'files', fileSegment(fileId));
  }

  private lock<T>(projectId: string, fn: () => Promise<T>): Promise<T> {
    return withFileLock(insideRoot(this.root, 'locks', `${projectSegment(projectId)}.lock`), fn);
  }

  async stage(): Promise<DiskStaging> {
    const dir = insideRoot(this.root, 'tmp', randomUUID());
    await mkdir(dir, { recursive: true });
    return new DiskStaging(dir);
  }

  private async readMeta(projectId: string, fileId: string): Promise<StoredFile | undefined> {
    let text: string;
    try {
      text = await readFile(join(this.fileDir(projectId, fileId), 'meta.json'), 'utf8');
    } catch (err) {
      if (isMissing(err)) return undefined;
      throw err;
    }
    return parseStoredJson(StoredFileSchema, text, `meta.json of file ${fileId} in project ${projectId}`);
  }

  async usage(projectId: string): Promise<{ usedBytes: number; fileCount: number }> {
    const usage = await this.loadUsage(projectId);
    return { usedBytes: sum(usage), fileCount: Object.keys(usage).length };
  }

  private usagePath(projectId: string): string {
    return join(this.projectDir(projectId), 'usage.json');
  }

  /**
   * Bytes per file of a project, from `usage.json`, a cache of the files' metadata kept under the
   * project lock. It is reconciled with the folder's listing on every read (a crash between a
   * rename and the cache write leaves a file missing from it or a deleted one in it) and rebuilt
   * from the metadata at every start (`prestart`), so it never drifts for long.
   */
  private async loadUsage(projectId: string): Promise<Record<string, number>> {
    const dir = join(this.projectDir(projectId), 'files');
    const ids = await readdir(dir).catch((): string[] => []);
    let cached: Record<string, number> | undefined;
    try {
      const text = await readFile(this.usagePath(projectId), 'utf8');
      cached = parseStoredJson(UsageCache, text, `usage.json of project ${projectId}`);
    } catch {
      // Missing or corrupt: the cache is rebuilt from the files' metadata below.
      cached = undefined;
    }
    const usage: Record<string, number> = {};
    const missing: string[] = [];
    for (const id of ids) {
      const bytes = cached?.[id];
      if (typeof bytes === 'number') usage[id] = bytes;
      else missing.push(id);
    }
    for (const meta of await this.readMetas(projectId, missing)) usage[meta.id] = meta.storedBytes;
    return usage;
  }

  private async saveUsage(projectId: string, usage: Record<string, number>): Promise<void> {
    await writeFileAtomic(this.usagePath(projectId), JSON.stringify(usage));
  }

  /** Rebuilds every project's usage cache from the files' metadata (run once per start). */
  async rebuildUsage(): Promise<void> {
    const projects = await readdir(join(this.root, 'projects')).catch((): string[] => []);
    for (const projectId of projects.filter(isProjectId)) {
      await this.lock(projectId, async () => {
        await rm(this.usagePath(projectId), { force: true });
        await this.saveUsage(projectId, await this.loadUsage(projectId));
      });
    }
  }

  private async readMetas(projectId: string, ids: string[]): Promise<StoredFile[]> {
    const metas: StoredFile[] = [];
    for (let i = 0; i < ids.length; i += 64) {
      const batch = await Promise.all(
        ids.slice(i, i + 64).map((id) => this.readMeta(projectId, id).catch(() => undefined)),
      );
      for (const meta of batch) if (meta) metas.push(meta);
    }
    return metas;
  }

  async list(projectId: string): Promise<StoredFile[]> {
    const dir = join(this.projectDir(projectId), 'files');
    return this.readMetas(projectId, await readdir(dir).catch((): string[] => []));
  }

  /**
   * Writes the revision and the metadata into the staging folder (every part fsynced), then, under
   * the project lock and only if the quota allows, renames the folder into place in one step.
   */
  async publish(
    staging: Staging,
    meta: StoredFile,
    revision: Revision,
    quotaBytes: number,
  ): Promise<boolean> {
    if (!(staging instanceof DiskStaging)) throw new Error('staging of another repository');
    const { dir } = staging;
    await writeDurable(join(dir, `text-${meta.revision}.txt`), revision.text);
    await writeDurable(join(dir, `structure-${meta.revision}.json`), JSON.stringify(revision.structure));
    await writeDurable(join(dir, 'meta.json'), JSON.stringify(meta));
    await fsyncDir(dir);
    const target = this.fileDir(meta.projectId, meta.id);
    return this.lock(meta.projectId, async () => {
      const usage = await this.loadUsage(meta.projectId);
      if (sum(usage) + meta.storedBytes > quotaBytes) return false;
      const filesDir = join(this.projectDir(meta.projectId), 'files');
      await mkdir(filesDir, { recursive: true });
      await rename(dir, target);
      staging.published = true;
      await fsyncDir(filesDir);
      usage[meta.id] = meta.storedBytes;
      await this.saveUsage(meta.projectId, usage);
      return true;
    });
  }

  /** Reads a consistent (meta, revision files) pair; retries when an update replaced them meanwhile. */
  private async readRevision<T>(
    projectId: string,
    fileId: string,
    read: (dir: string, meta: StoredFile) => Promise<T>,
  ): Promise<{ meta: StoredFile; value: T } | undefined> {
    const dir = this.fileDir(projectId, fileId);
    for (let attempt = 0; ; attempt++) {
      const meta = await this.readMeta(projectId, fileId);
      if (!meta) return undefined;
      try {
        return { meta, value: await read(dir, meta) };
      } catch (err) {
        if (!isMissing(err) || attempt >= 4) throw err;
      }
    }
  }

  async readStructure(projectId: string, fileId: string) {
    const found = await this.readRevision(projectId, fileId, async (dir, m) => {
      const name = `structure-${m.revision}.json`;
      const text = await readFile(join(dir, name), 'utf8');
      return parseStoredJson(
        StoredStructureSchema,
        text,
        `${name} of file ${fileId} in project ${projectId}`,
      );
    });
    return found && { meta: found.meta, structure: found.value };
  }

  async readText(projectId: string, fileId: string) {
    const found = await this.readRevision(projectId, fileId, (dir, m) =>
      readFile(join(dir, `text-${m.revision}.txt`), 'utf8'),
    );
    return found && { meta: found.meta, text: found.value };
  }

  async readOriginal(projectId: string, fileId: string) {
    const found = await this.readRevision(projectId, fileId, (dir, m) =>
      readFile(join(dir, m.hasOriginal ? 'original' : `text-${m.revision}.txt`)),
    );
    return found && { meta: found.meta, data: found.value };
  }

  /** The new revision's files first, then meta.json replaced atomically (the commit point), then the old revision removed. */
  async update<Refusal>(
    projectId: string,
    fileId: string,
    decide: (current: StoredFile, otherFilesBytes: number) => UpdateDecision<Refusal>,
  ): Promise<{ updated: StoredFile } | { refused: Refusal } | undefined> {
    const dir = this.fileDir(projectId, fileId);
    return this.lock(projectId, async () => {
      const current = await this.readMeta(projectId, fileId);
      if (!current) return undefined;
      const usage = await this.loadUsage(projectId);
      const decision = decide(current, sum(usage) - (usage[current.id] ?? current.storedBytes));
      if ('refuse' in decision) return { refused: decision.refuse };
      const { meta, revision } = decision.write;
      await writeFileAtomic(join(dir, `text-${meta.revision}.txt`), revision.text);
      await writeFileAtomic(join(dir, `structure-${meta.revision}.json`), JSON.stringify(revision.structure));
      await writeFileAtomic(join(dir, 'meta.json'), JSON.stringify(meta));
      usage[meta.id] = meta.storedBytes;
      await this.saveUsage(projectId, usage);
      if (current.revision !== meta.revision) {
        await rm(join(dir, `text-${current.revision}.txt`), { force: true });
        await rm(join(dir, `structure-${current.revision}.json`), { force: true });
      }
      return { updated: meta };
    });
  }

  async delete(projectId: string, fileId: string): Promise<StoredFile | undefined> {
    const dir = this.fileDir(projectId, fileId);
    const aside = insideRoot(this.root, 'trash', randomUUID());
    const meta = await this.lock(projectId, async () => {
      const found = await this.readMeta(projectId, fileId);
      if (!found) return undefined;
      await rename(dir, aside);
      await fsyncDir(join(this.projectDir(projectId), 'files'));
      await this.saveUsage(projectId, await this.loadUsage(projectId));
      return found;
    });
    if (meta) await rm(aside, { recursive: true, force: true });
    return meta;
  }

  async deleteProject(projectId: string): Promise<number> {
    const dir = this.projectDir(projectId);
    const aside = insideRoot(this.root, 'trash', randomUUID());
    const count = await this.lock(projectId, async () => {
      const files = await this.list(projectId);
      try {
        await rename(dir, aside);
      } catch (err) {
        if (isMissing(err)) return 0;
        throw err;
      }
      await fsyncDir(join(this.root, 'projects'));
      return files.length;
    });
    await rm(aside, { recursive: true, force: true });
    return count;
  }
}
