/**
 * The Filesystem Server's contract (port 6002): the typed client the backend uses; the schemas are
 * in schemas/filesystem.ts.
 */
import { Readable } from 'node:stream';
import { type InternalClient, UpstreamError } from '@george/runtime';
import { type ClientSettings, internalClient } from './clients.js';
import type {
  CreateDocumentBody,
  FileDeleteResponse,
  FileKind,
  FileListResponse,
  FileMetadata,
  FileSummary,
  FileTextResponse,
  FileUsageResponse,
  FsDeleteProjectResponse,
  UpdateTextBody,
} from './schemas/filesystem.js';

export * from './schemas/filesystem.js';

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
      // The DOM lib's ReadableStream and node:stream/web's are one class at runtime, two types.
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
    // Told apart by shape, not by class, so a test's stand-in client passes: TypeScript cannot narrow on that.
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
