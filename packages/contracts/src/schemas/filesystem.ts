/**
 * The Filesystem Server's schemas (port 6002), which its routes validate with (no runtime). Character
 * offsets are JavaScript string indices (UTF-16 code units) into the file's normalised text.
 */
import { type Static, Type } from '@sinclair/typebox';

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
