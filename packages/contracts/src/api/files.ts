/** Files: upload, list, read, download, edit, delete. */
import { type Static, Type } from '@sinclair/typebox';
import { FileKind, FileMetadata, FileSummary, type FileTextResponse } from '../schemas/filesystem.js';
import { Nullable, TextOffset } from './common.js';

export { FileListResponse, FileSummary, FileTextResponse } from '../schemas/filesystem.js';

/** One kind, `all`, or by default the author's own files (every kind but the generated sheets). */
export const FileListQuery = Type.Object(
  { kind: Type.Optional(Type.Union([FileKind, Type.Literal('all')])) },
  { additionalProperties: false },
);
export type FileListQuery = Static<typeof FileListQuery>;

export const FileTextQuery = Type.Object(
  { start: Type.Optional(TextOffset()), end: Type.Optional(TextOffset()) },
  { additionalProperties: false },
);
export type FileTextQuery = Static<typeof FileTextQuery>;
export type FileText = Static<typeof FileTextResponse>;

/** What the ingestion counted in a file's text (null until its first ingestion finished). */
export const FileStatistics = Type.Object({
  revision: Type.Integer(),
  characters: Type.Integer(),
  words: Type.Integer(),
  uniqueWords: Type.Integer(),
  sentences: Type.Integer(),
  paragraphs: Type.Integer(),
  chapters: Type.Integer(),
  averageSentenceWords: Type.Number(),
  readingMinutes: Type.Integer(),
});
export type FileStatistics = Static<typeof FileStatistics>;

export const FileDetailResponse = Type.Object({ file: FileMetadata, statistics: Nullable(FileStatistics) });
export type FileDetail = Static<typeof FileDetailResponse>;

export const UploadResponse = Type.Object({ file: FileSummary, jobId: Type.String() });
/** The multipart body as the OpenAPI document shows it (the route reads it as a stream). */
export const UploadBody = Type.Object(
  { file: Type.String({ format: 'binary', description: 'the manuscript' }) },
  { required: ['file'] },
);

export const EditTextBody = Type.Object(
  {
    content: Type.String({ maxLength: 10 * 1024 * 1024 }),
    /** The revision the edit is based on: 409 `revision_conflict` when the file changed since. */
    baseRevision: Type.Optional(Type.Integer({ minimum: 1, maximum: 2_147_483_647 })),
  },
  { additionalProperties: false },
);
export type EditTextBody = Static<typeof EditTextBody>;
export const EditTextResponse = Type.Object({
  file: FileSummary,
  jobId: Type.String(),
  version: Nullable(Type.String()),
});
export const FileDeleteResponse = Type.Object({ deleted: FileSummary });
