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
import { randomUUID } from 'node:crypto';
import { mkdir, readdir, readFile, rename, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type {
  FileChapter,
  FileKind,
  FileMetadata,
  FileParagraph,
  FileSummary,
} from '@george/contracts/filesystem';
import { conflict, HttpError, notFound } from '@george/runtime';
import { fsyncDir, withFileLock, writeDurable, writeFileAtomic } from './atomic.js';
import type { DetectedType } from './extract.js';
import { checkFileId, checkProjectId, insideRoot } from './paths.js';
import type { DocumentStructure } from './text.js';

interface StoredMeta extends FileSummary {
  /** False for documents created from JSON: their original is their current text. */
  hasOriginal: boolean;
}

interface StoredStructure {
  chapters: FileChapter[];
  paragraphs: FileParagraph[];
  /** Absent in structures stored before scene breaks were kept. */
  sceneBreaks?: number[];
}

export interface NewFile {
  projectId: string;
  name: string;
  kind: FileKind;
  type: DetectedType;
  mediaType: string;
  encoding?: string;
  sha256: string;
  size: number;
}

const quotaExceeded = (quota: number) =>
  new HttpError(413, 'quota_exceeded', `the project's storage quota (${quota} bytes) would be exceeded`);

function summaryOf(meta: StoredMeta): FileSummary {
  const { hasOriginal: _ignored, ...summary } = meta;
  return summary;
}

export class FileStore {
  readonly root: string;
  readonly quotaBytes: number;

  constructor(dataDir: string, quotaBytes: number) {
    this.root = join(dataDir, 'filesystem');
    this.quotaBytes = quotaBytes;
  }

  async init(): Promise<void> {
    for (const dir of ['projects', 'tmp', 'trash', 'locks'])
      await mkdir(join(this.root, dir), { recursive: true });
  }

  /** Removes staging and trash left behind by a crash (older than `olderThanMs`). */
  async cleanup(olderThanMs = 60 * 60 * 1000): Promise<void> {
    for (const dir of ['tmp', 'trash']) {
      const base = join(this.root, dir);
      for (const entry of await readdir(base).catch(() => [] as string[])) {
        const path = join(base, entry);
        const info = await stat(path).catch(() => undefined);
        if (info && (dir === 'trash' || Date.now() - info.mtimeMs > olderThanMs)) {
          await rm(path, { recursive: true, force: true });
        }
      }
    }
  }

  private projectDir(projectId: string): string {
    return insideRoot(this.root, 'projects', checkProjectId(projectId));
  }

  private fileDir(projectId: string, fileId: string): string {
    return insideRoot(this.root, 'projects', checkProjectId(projectId), 'files', checkFileId(fileId));
  }

  private lock<T>(projectId: string, fn: () => Promise<T>): Promise<T> {
    return withFileLock(insideRoot(this.root, 'locks', `${checkProjectId(projectId)}.lock`), fn);
  }

  /** A private staging folder for a new file; the caller removes it if it is not committed. */
  async stagingDir(): Promise<string> {
    const dir = insideRoot(this.root, 'tmp', randomUUID());
    await mkdir(dir, { recursive: true });
    return dir;
  }

  private async readMeta(projectId: string, fileId: string): Promise<StoredMeta> {
    const path = join(this.fileDir(projectId, fileId), 'meta.json');
    try {
      return JSON.parse(await readFile(path, 'utf8')) as StoredMeta;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') throw notFound('no such file', 'file_not_found');
      throw err;
    }
  }

  async usage(projectId: string): Promise<{ usedBytes: number; fileCount: number }> {
    const usage = await this.loadUsage(projectId);
    return {
      usedBytes: Object.values(usage).reduce((a, b) => a + b, 0),
      fileCount: Object.keys(usage).length,
    };
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
    const ids = await readdir(dir).catch(() => [] as string[]);
    let cached: Record<string, number> | undefined;
    try {
      cached = JSON.parse(await readFile(this.usagePath(projectId), 'utf8')) as Record<string, number>;
    } catch {
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
    const projects = await readdir(join(this.root, 'projects')).catch(() => [] as string[]);
    for (const projectId of projects) {
      try {
        checkProjectId(projectId);
      } catch {
        continue;
      }
      await this.lock(projectId, async () => {
        await rm(this.usagePath(projectId), { force: true });
        await this.saveUsage(projectId, await this.loadUsage(projectId));
      });
    }
  }

  private async readMetas(projectId: string, ids: string[]): Promise<StoredMeta[]> {
    const metas: StoredMeta[] = [];
    for (let i = 0; i < ids.length; i += 64) {
      const batch = await Promise.all(
        ids.slice(i, i + 64).map((id) => this.readMeta(projectId, id).catch(() => undefined)),
      );
      for (const meta of batch) if (meta) metas.push(meta);
    }
    return metas;
  }

  private async listMeta(projectId: string): Promise<StoredMeta[]> {
    const dir = join(this.projectDir(projectId), 'files');
    return this.readMetas(projectId, await readdir(dir).catch(() => [] as string[]));
  }

  async list(projectId: string, kind?: FileKind): Promise<FileSummary[]> {
    const metas = await this.listMeta(projectId);
    return metas
      .filter((m) => kind === undefined || m.kind === kind)
      .sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id))
      .map(summaryOf);
  }

  /** Commits a staged file: text, structure and metadata are written into `staging`, then renamed into place. */
  async commitNew(
    staging: string,
    file: NewFile,
    structure: DocumentStructure,
    hasOriginal: boolean,
  ): Promise<FileMetadata> {
    const id = randomUUID();
    const now = new Date().toISOString();
    const textBytes = Buffer.byteLength(structure.text, 'utf8');
    const meta: StoredMeta = {
      id,
      projectId: checkProjectId(file.projectId),
      name: file.name,
      kind: file.kind,
      type: file.type,
      mediaType: file.mediaType,
      size: file.size,
      storedBytes: (hasOriginal ? file.size : 0) + textBytes,
      ...(file.encoding ? { encoding: file.encoding } : {}),
      sha256: file.sha256,
      textLength: structure.text.length,
      wordCount: structure.wordCount,
      chapterCount: structure.chapters.length,
      paragraphCount: structure.paragraphs.length,
      revision: 1,
      createdAt: now,
      updatedAt: now,
      hasOriginal,
    };
    const stored: StoredStructure = {
      chapters: structure.chapters,
      paragraphs: structure.paragraphs,
      sceneBreaks: structure.sceneBreaks,
    };
    await writeDurable(join(staging, 'text-1.txt'), structure.text);
    await writeDurable(join(staging, 'structure-1.json'), JSON.stringify(stored));
    await writeDurable(join(staging, 'meta.json'), JSON.stringify(meta));
    await fsyncDir(staging);
    const target = this.fileDir(file.projectId, id);
    await this.lock(file.projectId, async () => {
      const usage = await this.loadUsage(file.projectId);
      const usedBytes = Object.values(usage).reduce((a, b) => a + b, 0);
      if (usedBytes + meta.storedBytes > this.quotaBytes) throw quotaExceeded(this.quotaBytes);
      const filesDir = join(this.projectDir(file.projectId), 'files');
      await mkdir(filesDir, { recursive: true });
      await rename(staging, target);
      await fsyncDir(filesDir);
      usage[id] = meta.storedBytes;
      await this.saveUsage(file.projectId, usage);
    });
    return { ...summaryOf(meta), ...stored };
  }

  /** Reads a consistent (meta, revision files) pair; retries when an update replaced them meanwhile. */
  private async readRevision<T>(
    projectId: string,
    fileId: string,
    read: (dir: string, meta: StoredMeta) => Promise<T>,
  ): Promise<{ meta: StoredMeta; value: T }> {
    const dir = this.fileDir(projectId, fileId);
    for (let attempt = 0; ; attempt++) {
      const meta = await this.readMeta(projectId, fileId);
      try {
        return { meta, value: await read(dir, meta) };
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code !== 'ENOENT' || attempt >= 4) throw err;
      }
    }
  }

  async get(projectId: string, fileId: string, withParagraphs = true): Promise<FileMetadata> {
    const { meta, value } = await this.readRevision(projectId, fileId, async (dir, m) =>
      JSON.parse(await readFile(join(dir, `structure-${m.revision}.json`), 'utf8')),
    );
    const structure = value as StoredStructure;
    return {
      ...summaryOf(meta),
      // Numbered by position on the way out: structures stored with 0-based numbers read the same.
      chapters: structure.chapters.map((c, i) => ({ ...c, index: i + 1 })),
      sceneBreaks: structure.sceneBreaks ?? [],
      ...(withParagraphs ? { paragraphs: structure.paragraphs } : {}),
    };
  }

  async readText(projectId: string, fileId: string): Promise<{ meta: FileSummary; text: string }> {
    const { meta, value } = await this.readRevision(projectId, fileId, (dir, m) =>
      readFile(join(dir, `text-${m.revision}.txt`), 'utf8'),
    );
    return { meta: summaryOf(meta), text: value };
  }

  /** The original bytes (uploads) or the current text (documents created from JSON). */
  async readOriginal(projectId: string, fileId: string): Promise<{ meta: FileSummary; data: Buffer }> {
    const { meta, value } = await this.readRevision(projectId, fileId, (dir, m) =>
      readFile(join(dir, m.hasOriginal ? 'original' : `text-${m.revision}.txt`)),
    );
    return { meta: summaryOf(meta), data: value };
  }

  async updateText(
    projectId: string,
    fileId: string,
    structure: DocumentStructure,
    options: { name?: string; baseRevision?: number },
  ): Promise<FileMetadata> {
    const dir = this.fileDir(projectId, fileId);
    return this.lock(projectId, async () => {
      const meta = await this.readMeta(projectId, fileId);
      if (options.baseRevision !== undefined && options.baseRevision !== meta.revision) {
        throw conflict('revision_conflict', 'the file was changed since that revision', {
          currentRevision: meta.revision,
        });
      }
      const textBytes = Buffer.byteLength(structure.text, 'utf8');
      const storedBytes = (meta.hasOriginal ? meta.size : textBytes) + textBytes;
      const usage = await this.loadUsage(projectId);
      const usedBytes = Object.values(usage).reduce((a, b) => a + b, 0);
      if (usedBytes - (usage[meta.id] ?? meta.storedBytes) + storedBytes > this.quotaBytes) {
        throw quotaExceeded(this.quotaBytes);
      }
      const revision = meta.revision + 1;
      const stored: StoredStructure = {
        chapters: structure.chapters,
        paragraphs: structure.paragraphs,
        sceneBreaks: structure.sceneBreaks,
      };
      await writeFileAtomic(join(dir, `text-${revision}.txt`), structure.text);
      await writeFileAtomic(join(dir, `structure-${revision}.json`), JSON.stringify(stored));
      const next: StoredMeta = {
        ...meta,
        name: options.name ?? meta.name,
        revision,
        textLength: structure.text.length,
        wordCount: structure.wordCount,
        chapterCount: structure.chapters.length,
        paragraphCount: structure.paragraphs.length,
        storedBytes: meta.hasOriginal ? meta.size + textBytes : textBytes,
        ...(meta.hasOriginal ? {} : { size: textBytes }),
        updatedAt: new Date().toISOString(),
      };
      await writeFileAtomic(join(dir, 'meta.json'), JSON.stringify(next));
      usage[meta.id] = next.storedBytes;
      await this.saveUsage(projectId, usage);
      await rm(join(dir, `text-${meta.revision}.txt`), { force: true });
      await rm(join(dir, `structure-${meta.revision}.json`), { force: true });
      return { ...summaryOf(next), ...stored };
    });
  }

  async delete(projectId: string, fileId: string): Promise<FileSummary> {
    const dir = this.fileDir(projectId, fileId);
    const aside = insideRoot(this.root, 'trash', randomUUID());
    const meta = await this.lock(projectId, async () => {
      const found = await this.readMeta(projectId, fileId);
      await rename(dir, aside);
      await fsyncDir(join(this.projectDir(projectId), 'files'));
      const usage = await this.loadUsage(projectId);
      await this.saveUsage(projectId, usage);
      return found;
    });
    await rm(aside, { recursive: true, force: true });
    return summaryOf(meta);
  }

  async deleteProject(projectId: string): Promise<number> {
    const dir = this.projectDir(projectId);
    const aside = insideRoot(this.root, 'trash', randomUUID());
    const count = await this.lock(projectId, async () => {
      const files = await this.listMeta(projectId);
      try {
        await rename(dir, aside);
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code === 'ENOENT') return 0;
        throw err;
      }
      await fsyncDir(join(this.root, 'projects'));
      return files.length;
    });
    await rm(aside, { recursive: true, force: true });
    return count;
  }
}
