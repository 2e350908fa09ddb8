import { Readable } from 'node:stream';
import type { ReadableStream as WebReadableStream } from 'node:stream/web';
import type { FileSummary } from '@george/contracts';
import type { FileDetail, FileListQuery, FileText, FileTextQuery } from '@george/contracts/api';
import { mustAt } from '@george/runtime/collections';
import type { BackendContext } from '../context.js';
import type { FileStatsRepository } from '../repositories/file-stats.js';
import type { SagaLog } from '../repositories/sagas.js';
import type { AccessCache } from './access.js';
import { type FileOperations, summary } from './file-operations.js';
import type { Principal } from './principal.js';

/** An upload as the route reads it: a stream, and whether it was cut at the size limit. */
export interface IncomingFile {
  filename: string;
  stream: NodeJS.ReadableStream;
  mediaType: string;
  truncated: () => boolean;
}

/** The original bytes of a file, to send as a download. */
export interface Download {
  name: string;
  mediaType: string;
  length: string | null;
  body: Readable;
}

export interface FileServiceDeps {
  files: Pick<BackendContext['files'], 'get' | 'list' | 'original' | 'text'>;
  sagas: Pick<SagaLog, 'unfinishedUploadFileIds'>;
  fileStats: Pick<FileStatsRepository, 'get'>;
  access: AccessCache;
  operations: Pick<FileOperations, 'upload' | 'updateTexts' | 'deleteFile'>;
}

/** Files: upload (streamed through to the filesystem server), list, read, download, edit, delete. */
export class FileService {
  constructor(private readonly deps: FileServiceDeps) {}

  private call(principal: Principal) {
    return { requestId: principal.requestId, userId: principal.userId };
  }

  async upload(principal: Principal, projectId: string, file: () => Promise<IncomingFile>) {
    await this.deps.access.require(projectId, principal, 'edit');
    return this.deps.operations.upload(principal, projectId, await file(), principal.requestId);
  }

  /**
   * The project's files but those of uploads still in progress or being undone: by default the
   * author's own (generated sheets only when asked for, by `kind=sheet` or `kind=all`).
   */
  async list(principal: Principal, projectId: string, query: FileListQuery): Promise<FileSummary[]> {
    await this.deps.access.require(projectId, principal, 'read');
    const kind = query.kind === 'all' || query.kind === undefined ? undefined : query.kind;
    const [listed, hidden] = await Promise.all([
      this.deps.files.list(projectId, { ...this.call(principal), ...(kind ? { kind } : {}) }),
      this.deps.sagas.unfinishedUploadFileIds(projectId),
    ]);
    return listed.filter((f) => !hidden.has(f.id) && (query.kind !== undefined || f.kind !== 'sheet'));
  }

  async get(principal: Principal, projectId: string, fileId: string): Promise<FileDetail> {
    await this.deps.access.require(projectId, principal, 'read');
    const file = await this.deps.files.get(projectId, fileId, { paragraphs: false, ...this.call(principal) });
    return { file, statistics: await this.deps.fileStats.get(projectId, fileId) };
  }

  async text(
    principal: Principal,
    projectId: string,
    fileId: string,
    query: FileTextQuery,
  ): Promise<FileText> {
    await this.deps.access.require(projectId, principal, 'read');
    const range: { start?: number; end?: number } = {};
    if (query.start !== undefined) range.start = query.start;
    if (query.end !== undefined) range.end = query.end;
    return this.deps.files.text(projectId, fileId, range, this.call(principal));
  }

  /** A new text for the file, as a new version; 409 when it changed since `baseRevision`. */
  async edit(
    principal: Principal,
    projectId: string,
    fileId: string,
    edit: { content: string; baseRevision?: number | undefined },
  ) {
    await this.deps.access.require(projectId, principal, 'edit');
    const meta = await this.deps.files.get(projectId, fileId, {
      paragraphs: false,
      requestId: principal.requestId,
    });
    const change: { fileId: string; newText: string; baseRevision?: number } = {
      fileId,
      newText: edit.content,
    };
    if (edit.baseRevision !== undefined) change.baseRevision = edit.baseRevision;
    const result = await this.deps.operations.updateTexts(
      principal,
      projectId,
      [change],
      `Edit ${meta.name}`,
      principal.requestId,
    );
    return {
      file: result.files[0] ?? summary(meta),
      jobId: mustAt(result.jobIds, 0),
      version: result.commit,
    };
  }

  async download(principal: Principal, projectId: string, fileId: string): Promise<Download> {
    await this.deps.access.require(projectId, principal, 'read');
    const call = this.call(principal);
    const meta = await this.deps.files.get(projectId, fileId, { paragraphs: false, ...call });
    const response = await this.deps.files.original(projectId, fileId, call);
    return {
      name: meta.name,
      mediaType: meta.mediaType,
      length: response.headers.get('content-length'),
      // fetch's ReadableStream (DOM lib) and node:stream/web's are one class at runtime, two types.
      body: Readable.fromWeb(response.body as WebReadableStream<Uint8Array>),
    };
  }

  async delete(principal: Principal, projectId: string, fileId: string): Promise<{ deleted: FileSummary }> {
    await this.deps.access.require(projectId, principal, 'edit');
    return {
      deleted: await this.deps.operations.deleteFile(principal, projectId, fileId, principal.requestId),
    };
  }
}
