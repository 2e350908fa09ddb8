/**
 * The file service: what may be stored (types from the content, sizes, quotas), how a file's text
 * and structure are derived, and the revision rule of updates. Storage is the repository's.
 */
import { createHash, randomUUID } from 'node:crypto';
import type { Readable } from 'node:stream';
import type { FileKind, FileMetadata, FileSummary } from '@george/contracts/filesystem';
import {
  FileNotFound,
  FileTooLarge,
  InvalidFileId,
  InvalidProjectId,
  InvalidRange,
  MissingFile,
  QuotaExceeded,
  RevisionConflict,
} from '../errors.js';
import { isFileId, isProjectId } from '../repositories/paths.js';
import type { FileRepository, Revision, Staging, StoredFile } from '../repositories/repository.js';
import { type DocumentExtractor, extract, extractDocument, MEDIA_TYPES } from './extract.js';
import { sanitiseName } from './names.js';
import { blocksFromPlainText, buildStructure, type DocumentStructure, normaliseText } from './text.js';
import type { ZipLimits } from './zip.js';

export interface FileLimits {
  maxUploadBytes: number;
  projectQuotaBytes: number;
  zip: ZipLimits;
}

/** One uploaded part, as the route reads it from the request. */
export interface UploadPart {
  fieldname: string;
  filename: string | undefined;
  stream: Readable;
  /** True when the part was cut at the size limit. */
  truncated(): boolean;
}

/** Where an upload comes from: the route opens its file part with the size limit the service sets. */
export interface UploadSource {
  /** The declared length of the whole request, when there is one. */
  declaredBytes: number | undefined;
  open(limitBytes: number): Promise<UploadPart | undefined>;
  /** True for the error the part's stream fails with when it goes over the limit. */
  isLimitError(err: unknown): boolean;
}

const summaryOf = ({ hasOriginal: _hasOriginal, ...summary }: StoredFile): FileSummary => summary;

function revisionOf(structure: DocumentStructure): Revision {
  return {
    text: structure.text,
    structure: {
      chapters: structure.chapters,
      paragraphs: structure.paragraphs,
      sceneBreaks: structure.sceneBreaks,
    },
  };
}

/** A text written through the API: scene breaks (runs of blank lines) are kept. */
const structureOfText = (content: string) =>
  buildStructure(blocksFromPlainText(normaliseText(content, { blankRuns: true })));

export class FileService {
  constructor(
    private readonly files: FileRepository,
    private readonly limits: FileLimits,
    private readonly documents: DocumentExtractor = extractDocument,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  private checkProject(projectId: string): void {
    if (!isProjectId(projectId)) throw InvalidProjectId();
  }

  /** Checks both ids; the file id in lower case, as files are stored. */
  private checkFile(projectId: string, fileId: string): string {
    this.checkProject(projectId);
    const lower = fileId.toLowerCase();
    if (!isFileId(lower)) throw InvalidFileId();
    return lower;
  }

  private newMeta(
    file: Pick<StoredFile, 'projectId' | 'name' | 'kind' | 'type' | 'mediaType' | 'sha256' | 'size'> & {
      encoding?: string | undefined;
    },
    structure: DocumentStructure,
    hasOriginal: boolean,
  ): StoredFile {
    const now = this.clock().toISOString();
    const textBytes = Buffer.byteLength(structure.text, 'utf8');
    return {
      id: randomUUID(),
      projectId: file.projectId,
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
  }

  /**
   * Receives an upload into a private staging area (never over the upload limit or the project's
   * remaining quota), detects its type from the content, extracts its text and publishes it whole.
   * Anything refused leaves nothing behind.
   */
  async upload(
    projectId: string,
    source: UploadSource,
    options: { kind?: FileKind | undefined; name?: string | undefined },
  ): Promise<FileMetadata> {
    this.checkProject(projectId);
    const { maxUploadBytes, projectQuotaBytes } = this.limits;
    // A declared length far over the limit is refused before anything is read.
    if ((source.declaredBytes ?? 0) > maxUploadBytes + 1024 * 1024) throw FileTooLarge(maxUploadBytes);
    const { usedBytes } = await this.files.usage(projectId);
    const room = projectQuotaBytes - usedBytes;
    if (room <= 0) throw QuotaExceeded(projectQuotaBytes);
    const limit = Math.min(maxUploadBytes, room);
    const part = await source.open(limit);
    if (part?.fieldname !== 'file') throw MissingFile();
    const name = sanitiseName(options.name ?? part.filename ?? '');
    const overLimit = () =>
      limit < maxUploadBytes ? QuotaExceeded(projectQuotaBytes) : FileTooLarge(maxUploadBytes);
    const staging = await this.files.stage();
    try {
      let written: { size: number; sha256: string };
      try {
        written = await staging.writeOriginal(part.stream);
      } catch (err) {
        if (source.isLimitError(err)) throw overLimit();
        throw err;
      }
      if (part.truncated()) throw overLimit();
      const extracted = await extract(
        await staging.readOriginal(),
        { name, zip: this.limits.zip },
        this.documents,
      );
      const structure = buildStructure(extracted.blocks);
      const meta = this.newMeta(
        {
          projectId,
          name,
          kind: options.kind ?? 'manuscript',
          type: extracted.type,
          mediaType: extracted.mediaType,
          encoding: extracted.encoding,
          ...written,
        },
        structure,
        true,
      );
      return await this.publish(staging, meta, structure);
    } finally {
      await staging.discard();
    }
  }

  private async publish(
    staging: Staging,
    meta: StoredFile,
    structure: DocumentStructure,
  ): Promise<FileMetadata> {
    const revision = revisionOf(structure);
    if (!(await this.files.publish(staging, meta, revision, this.limits.projectQuotaBytes))) {
      throw QuotaExceeded(this.limits.projectQuotaBytes);
    }
    return { ...summaryOf(meta), ...revision.structure };
  }

  /** A text document (a note or a story-bible sheet) created from its content. */
  async createDocument(
    projectId: string,
    input: {
      name: string;
      content: string;
      kind?: FileKind | undefined;
      format?: 'markdown' | 'text' | undefined;
    },
  ): Promise<FileMetadata> {
    this.checkProject(projectId);
    const name = sanitiseName(input.name);
    const type = (input.format ?? 'markdown') === 'markdown' ? 'markdown' : 'text';
    const structure = structureOfText(input.content);
    const meta = this.newMeta(
      {
        projectId,
        name,
        kind: input.kind ?? 'note',
        type,
        mediaType: MEDIA_TYPES[type],
        sha256: createHash('sha256').update(structure.text).digest('hex'),
        size: Buffer.byteLength(structure.text, 'utf8'),
      },
      structure,
      false,
    );
    const staging = await this.files.stage();
    try {
      return await this.publish(staging, meta, structure);
    } finally {
      await staging.discard();
    }
  }

  /** The project's files, oldest first, of one kind when given. */
  async list(projectId: string, kind?: FileKind): Promise<FileSummary[]> {
    this.checkProject(projectId);
    const files = await this.files.list(projectId);
    return files
      .filter((file) => kind === undefined || file.kind === kind)
      .sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id))
      .map(summaryOf);
  }

  async get(projectId: string, fileId: string, withParagraphs = true): Promise<FileMetadata> {
    const id = this.checkFile(projectId, fileId);
    const found = await this.files.readStructure(projectId, id);
    if (!found) throw FileNotFound();
    return {
      ...summaryOf(found.meta),
      // Numbered by position on the way out: structures stored with 0-based numbers read the same.
      chapters: found.structure.chapters.map((c, i) => ({ ...c, index: i + 1 })),
      sceneBreaks: found.structure.sceneBreaks ?? [],
      ...(withParagraphs ? { paragraphs: found.structure.paragraphs } : {}),
    };
  }

  /** A range of the text (character offsets, end exclusive and cut at the text's length). */
  async text(
    projectId: string,
    fileId: string,
    range: { start?: number | undefined; end?: number | undefined },
  ): Promise<{ fileId: string; revision: number; start: number; end: number; length: number; text: string }> {
    const id = this.checkFile(projectId, fileId);
    const found = await this.files.readText(projectId, id);
    if (!found) throw FileNotFound();
    const { meta, text } = found;
    const start = range.start ?? 0;
    const end = Math.min(range.end ?? text.length, text.length);
    if (start > end) throw InvalidRange();
    return {
      fileId: meta.id,
      revision: meta.revision,
      start,
      end,
      length: text.length,
      text: text.slice(start, end),
    };
  }

  async original(projectId: string, fileId: string): Promise<{ meta: FileSummary; data: Buffer }> {
    const id = this.checkFile(projectId, fileId);
    const found = await this.files.readOriginal(projectId, id);
    if (!found) throw FileNotFound();
    return { meta: summaryOf(found.meta), data: found.data };
  }

  /**
   * A new revision of the file's text (an upload keeps its original bytes): refused when
   * `baseRevision` is not the current one, or when the project's quota would be exceeded.
   */
  async updateText(
    projectId: string,
    fileId: string,
    input: { content: string; name?: string | undefined; baseRevision?: number | undefined },
  ): Promise<FileMetadata> {
    const id = this.checkFile(projectId, fileId);
    const structure = structureOfText(input.content);
    const name = input.name === undefined ? undefined : sanitiseName(input.name);
    const textBytes = Buffer.byteLength(structure.text, 'utf8');
    const revision = revisionOf(structure);
    const quota = this.limits.projectQuotaBytes;
    const outcome = await this.files.update(projectId, id, (current, otherFilesBytes) => {
      if (input.baseRevision !== undefined && input.baseRevision !== current.revision) {
        return { refuse: RevisionConflict({ currentRevision: current.revision }) };
      }
      const storedBytes = (current.hasOriginal ? current.size : 0) + textBytes;
      if (otherFilesBytes + storedBytes > quota) return { refuse: QuotaExceeded(quota) };
      const meta: StoredFile = {
        ...current,
        name: name ?? current.name,
        revision: current.revision + 1,
        textLength: structure.text.length,
        wordCount: structure.wordCount,
        chapterCount: structure.chapters.length,
        paragraphCount: structure.paragraphs.length,
        storedBytes,
        ...(current.hasOriginal ? {} : { size: textBytes }),
        updatedAt: this.clock().toISOString(),
      };
      return { write: { meta, revision } };
    });
    if (!outcome) throw FileNotFound();
    if ('refused' in outcome) throw outcome.refused;
    return { ...summaryOf(outcome.updated), ...revision.structure };
  }

  async delete(projectId: string, fileId: string): Promise<FileSummary> {
    const id = this.checkFile(projectId, fileId);
    const deleted = await this.files.delete(projectId, id);
    if (!deleted) throw FileNotFound();
    return summaryOf(deleted);
  }

  async usage(
    projectId: string,
  ): Promise<{ projectId: string; usedBytes: number; fileCount: number; quotaBytes: number }> {
    this.checkProject(projectId);
    return { projectId, ...(await this.files.usage(projectId)), quotaBytes: this.limits.projectQuotaBytes };
  }

  async deleteProject(projectId: string): Promise<{ projectId: string; deletedFiles: number }> {
    this.checkProject(projectId);
    return { projectId, deletedFiles: await this.files.deleteProject(projectId) };
  }
}
