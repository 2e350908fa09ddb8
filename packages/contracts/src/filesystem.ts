/**
 * The Filesystem Server's contract (port 6002): the TypeBox schemas its routes validate with, and
 * the typed client the backend uses. Character offsets are JavaScript string indices (UTF-16 code
 * units) into the file's normalised text.
 */
import { Readable } from 'node:stream';
import { type InternalClient, UpstreamError } from '@george/runtime';
import { type Static, Type } from '@sinclair/typebox';
import { type ClientSettings, internalClient } from './clients.js';

/** Project ids: UUIDs or `[A-Za-z0-9_-]{1,64}`. */
export const FS_PROJECT_ID_PATTERN = '^[A-Za-z0-9_-]{1,64}$';
export const FILE_ID_PATTERN =
  '^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$';

export const FileKind = Type.Union([
  Type.Literal('manuscript'),
  Type.Literal('note'),
  Type.Literal('sheet'),
  Type.Literal('import'),
]);
export type FileKind = Static<typeof FileKind>;

export const FileType = Type.Union([
  Type.Literal('text'),
  Type.Literal('markdown'),
  Type.Literal('docx'),
  Type.Literal('pdf'),
  Type.Literal('epub'),
  Type.Literal('odt'),
  Type.Literal('rtf'),
  Type.Literal('scrivener'),
]);
export type FileType = Static<typeof FileType>;

export const FsProjectParams = Type.Object(
  { projectId: Type.String({ pattern: FS_PROJECT_ID_PATTERN }) },
  { additionalProperties: false },
);
export type FsProjectParams = Static<typeof FsProjectParams>;

export const FileParams = Type.Object(
  {
    projectId: Type.String({ pattern: FS_PROJECT_ID_PATTERN }),
    fileId: Type.String({ pattern: FILE_ID_PATTERN }),
  },
  { additionalProperties: false },
);
export type FileParams = Static<typeof FileParams>;

export const FileChapter = Type.Object({
  /** 1-based position in text order: the one chapter number George uses everywhere. */
  index: Type.Integer({ minimum: 1 }),
  title: Type.String(),
  /** Offset of the heading's first character. */
  start: Type.Integer({ minimum: 0 }),
  /** Offset just past the chapter's last character (the next chapter's start, or the text length). */
  end: Type.Integer({ minimum: 0 }),
});
export type FileChapter = Static<typeof FileChapter>;

export const FileParagraph = Type.Object({
  start: Type.Integer({ minimum: 0 }),
  end: Type.Integer({ minimum: 0 }),
});
export type FileParagraph = Static<typeof FileParagraph>;

/** What every listing shows of a file. */
export const FileSummary = Type.Object({
  id: Type.String(),
  projectId: Type.String(),
  name: Type.String(),
  kind: FileKind,
  type: FileType,
  /** Media type of the original bytes. */
  mediaType: Type.String(),
  /** Size of the original bytes. */
  size: Type.Integer({ minimum: 0 }),
  /** Bytes this file counts against the project quota (original + extracted text). */
  storedBytes: Type.Integer({ minimum: 0 }),
  /** Detected encoding of a text upload (after conversion the text is UTF-8). */
  encoding: Type.Optional(Type.String()),
  sha256: Type.String(),
  textLength: Type.Integer({ minimum: 0 }),
  wordCount: Type.Integer({ minimum: 0 }),
  chapterCount: Type.Integer({ minimum: 0 }),
  paragraphCount: Type.Integer({ minimum: 0 }),
  /** Increases by one on every text update; send it back as `baseRevision` to avoid lost updates. */
  revision: Type.Integer({ minimum: 1 }),
  createdAt: Type.String(),
  updatedAt: Type.String(),
});
export type FileSummary = Static<typeof FileSummary>;

export const FileMetadata = Type.Composite([
  FileSummary,
  Type.Object({
    chapters: Type.Array(FileChapter),
    /** Offsets of paragraphs the original set apart by two or more blank lines (scene breaks). */
    sceneBreaks: Type.Optional(Type.Array(Type.Integer({ minimum: 0 }))),
    paragraphs: Type.Optional(Type.Array(FileParagraph)),
  }),
]);
export type FileMetadata = Static<typeof FileMetadata>;

export const FileUploadQuery = Type.Object(
  {
    kind: Type.Optional(FileKind),
    /** Display name; defaults to the multipart file name. Sanitised either way. */
    name: Type.Optional(Type.String({ minLength: 1, maxLength: 1024 })),
  },
  { additionalProperties: false },
);
export type FileUploadQuery = Static<typeof FileUploadQuery>;

export const FileListQuery = Type.Object({ kind: Type.Optional(FileKind) }, { additionalProperties: false });
export type FileListQuery = Static<typeof FileListQuery>;

export const FileMetadataQuery = Type.Object(
  { paragraphs: Type.Optional(Type.Boolean({ default: true })) },
  { additionalProperties: false },
);

export const FileTextQuery = Type.Object(
  {
    start: Type.Optional(Type.Integer({ minimum: 0 })),
    end: Type.Optional(Type.Integer({ minimum: 0 })),
  },
  { additionalProperties: false },
);
export type FileTextQuery = Static<typeof FileTextQuery>;

export const FileTextResponse = Type.Object({
  fileId: Type.String(),
  revision: Type.Integer(),
  start: Type.Integer(),
  end: Type.Integer(),
  /** Length of the whole text. */
  length: Type.Integer(),
  text: Type.String(),
});
export type FileTextResponse = Static<typeof FileTextResponse>;

export const FileDocumentFormat = Type.Union([Type.Literal('markdown'), Type.Literal('text')]);

export const CreateDocumentBody = Type.Object(
  {
    name: Type.String({ minLength: 1, maxLength: 1024 }),
    kind: Type.Optional(FileKind),
    format: Type.Optional(FileDocumentFormat),
    content: Type.String(),
  },
  { additionalProperties: false },
);
export type CreateDocumentBody = Static<typeof CreateDocumentBody>;

export const UpdateTextBody = Type.Object(
  {
    content: Type.String(),
    name: Type.Optional(Type.String({ minLength: 1, maxLength: 1024 })),
    /** When given, the update is refused with 409 `revision_conflict` unless it is the current revision. */
    baseRevision: Type.Optional(Type.Integer({ minimum: 1 })),
  },
  { additionalProperties: false },
);
export type UpdateTextBody = Static<typeof UpdateTextBody>;

export const FileListResponse = Type.Object({ files: Type.Array(FileSummary) });
export type FileListResponse = Static<typeof FileListResponse>;

export const FileDeleteResponse = Type.Object({ deleted: FileSummary });
export type FileDeleteResponse = Static<typeof FileDeleteResponse>;

export const FileUsageResponse = Type.Object({
  projectId: Type.String(),
  fileCount: Type.Integer(),
  usedBytes: Type.Integer(),
  quotaBytes: Type.Integer(),
});
export type FileUsageResponse = Static<typeof FileUsageResponse>;

export const FsDeleteProjectResponse = Type.Object({
  projectId: Type.String(),
  deletedFiles: Type.Integer(),
});
export type FsDeleteProjectResponse = Static<typeof FsDeleteProjectResponse>;

/** Options every call accepts: forwarded as X-Request-Id and X-User-Id. */
export interface FsCallContext {
  requestId?: string;
  userId?: string;
}

const enc = encodeURIComponent;

/** Builds a one-part multipart body (`file` field) around bytes or a stream without buffering the stream. */
function multipartBody(
  filename: string,
  mediaType: string,
  data: Uint8Array | NodeJS.ReadableStream | ReadableStream,
): { body: Readable; contentType: string } {
  const boundary = `----george${Math.random().toString(16).slice(2)}${Date.now().toString(16)}`;
  const safeName = filename.replace(/["\r\n\\]/g, '_');
  const head = Buffer.from(
    `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${safeName}"\r\n` +
      `Content-Type: ${mediaType}\r\n\r\n`,
  );
  const tail = Buffer.from(`\r\n--${boundary}--\r\n`);
  async function* parts() {
    yield head;
    if (data instanceof Uint8Array) yield data;
    else {
      const source =
        typeof (data as ReadableStream).getReader === 'function'
          ? Readable.fromWeb(data as import('node:stream/web').ReadableStream)
          : (data as NodeJS.ReadableStream);
      for await (const chunk of source) yield chunk;
    }
    yield tail;
  }
  return { body: Readable.from(parts()), contentType: `multipart/form-data; boundary=${boundary}` };
}

/** Typed client of the Filesystem Server. */
export class FilesystemClient {
  readonly http: InternalClient;

  constructor(settingsOrClient: ClientSettings | InternalClient) {
    this.http =
      'token' in settingsOrClient && !('fetch' in settingsOrClient)
        ? internalClient('filesystem', settingsOrClient as ClientSettings)
        : (settingsOrClient as InternalClient);
  }

  /** Uploads bytes or a stream as the multipart field `file`; the type is detected from the content. */
  async upload(
    projectId: string,
    file: { filename: string; data: Uint8Array | NodeJS.ReadableStream | ReadableStream; mediaType?: string },
    options: { kind?: FileKind; name?: string } & FsCallContext = {},
  ): Promise<FileMetadata> {
    const { body, contentType } = multipartBody(
      file.filename,
      file.mediaType ?? 'application/octet-stream',
      file.data,
    );
    return this.uploadMultipart(projectId, body, contentType, options);
  }

  /** Passes a multipart body (with a `file` field) through unchanged, e.g. the backend's incoming request. */
  async uploadMultipart(
    projectId: string,
    body: NodeJS.ReadableStream | ReadableStream | Uint8Array,
    contentType: string,
    options: { kind?: FileKind; name?: string; timeoutMs?: number } & FsCallContext = {},
  ): Promise<FileMetadata> {
    const result = await this.http.call<FileMetadata>({
      method: 'POST',
      path: `/projects/${enc(projectId)}/files`,
      query: { kind: options.kind, name: options.name },
      body,
      contentType,
      idempotent: false,
      timeoutMs: options.timeoutMs ?? 120_000,
      ...ctx(options),
    });
    return result.body;
  }

  async list(projectId: string, options: { kind?: FileKind } & FsCallContext = {}): Promise<FileSummary[]> {
    const result = await this.http.call<FileListResponse>({
      path: `/projects/${enc(projectId)}/files`,
      query: { kind: options.kind },
      ...ctx(options),
    });
    return result.body.files;
  }

  async get(
    projectId: string,
    fileId: string,
    options: { paragraphs?: boolean } & FsCallContext = {},
  ): Promise<FileMetadata> {
    const result = await this.http.call<FileMetadata>({
      path: `/projects/${enc(projectId)}/files/${enc(fileId)}`,
      query: { paragraphs: options.paragraphs },
      ...ctx(options),
    });
    return result.body;
  }

  /** The normalised text, whole or `[start, end)`. */
  async text(
    projectId: string,
    fileId: string,
    range: { start?: number; end?: number } = {},
    options: FsCallContext = {},
  ): Promise<FileTextResponse> {
    const result = await this.http.call<FileTextResponse>({
      path: `/projects/${enc(projectId)}/files/${enc(fileId)}/text`,
      query: { start: range.start, end: range.end },
      ...ctx(options),
    });
    return result.body;
  }

  /** The original bytes as a raw Response (stream it on, or `arrayBuffer()`); non-2xx throws. */
  async original(projectId: string, fileId: string, options: FsCallContext = {}): Promise<Response> {
    const response = await this.http.fetch({
      path: `/projects/${enc(projectId)}/files/${enc(fileId)}/original`,
      ...ctx(options),
    });
    if (!response.ok) throw await upstreamError('filesystem', response);
    return response;
  }

  /** Creates a text document (note, sheet, ...) from JSON. */
  async createDocument(
    projectId: string,
    body: CreateDocumentBody,
    options: FsCallContext = {},
  ): Promise<FileMetadata> {
    const result = await this.http.call<FileMetadata>({
      method: 'POST',
      path: `/projects/${enc(projectId)}/documents`,
      body,
      idempotent: false,
      ...ctx(options),
    });
    return result.body;
  }

  /** Replaces a file's text (and optionally its name); chapters, paragraphs and counts are recomputed. */
  async updateText(
    projectId: string,
    fileId: string,
    body: UpdateTextBody,
    options: FsCallContext = {},
  ): Promise<FileMetadata> {
    const result = await this.http.call<FileMetadata>({
      method: 'PUT',
      path: `/projects/${enc(projectId)}/files/${enc(fileId)}/text`,
      body,
      ...ctx(options),
    });
    return result.body;
  }

  async delete(projectId: string, fileId: string, options: FsCallContext = {}): Promise<FileSummary> {
    const result = await this.http.call<FileDeleteResponse>({
      method: 'DELETE',
      path: `/projects/${enc(projectId)}/files/${enc(fileId)}`,
      ...ctx(options),
    });
    return result.body.deleted;
  }

  async usage(projectId: string, options: FsCallContext = {}): Promise<FileUsageResponse> {
    const result = await this.http.call<FileUsageResponse>({
      path: `/projects/${enc(projectId)}/usage`,
      ...ctx(options),
    });
    return result.body;
  }

  /** Deletes every file of a project. */
  async deleteProject(projectId: string, options: FsCallContext = {}): Promise<FsDeleteProjectResponse> {
    const result = await this.http.call<FsDeleteProjectResponse>({
      method: 'DELETE',
      path: `/projects/${enc(projectId)}`,
      ...ctx(options),
    });
    return result.body;
  }
}

/** The UpstreamError of a non-2xx raw response (its JSON error body, when it has one). */
export async function upstreamError(service: string, response: Response): Promise<UpstreamError> {
  let error: { code?: string; message?: string; details?: Record<string, unknown> } | undefined;
  try {
    error = ((await response.json()) as { error?: typeof error }).error;
  } catch {
    error = undefined;
  }
  return new UpstreamError(
    service,
    response.status,
    error?.code ?? `upstream_${response.status}`,
    error?.message ?? `${service} answered ${response.status}`,
    error?.details,
  );
}

function ctx(options: FsCallContext): FsCallContext {
  const out: FsCallContext = {};
  if (options.requestId) out.requestId = options.requestId;
  if (options.userId) out.userId = options.userId;
  return out;
}
