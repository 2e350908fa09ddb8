/** Versions: every change of a document is a commit in the project's history. */
import { type Static, Type } from '@sinclair/typebox';
import { CommitRef, FileId, Limit, Nullable } from './common.js';

export const VersionFile = Type.Object({
  path: Type.String(),
  /** The file the path belongs to (null for paths that are not a file's text). */
  fileId: Nullable(Type.String()),
  status: Type.Union([Type.Literal('added'), Type.Literal('modified'), Type.Literal('deleted')]),
  wordsAdded: Type.Integer(),
  wordsRemoved: Type.Integer(),
});
export const VersionSchema = Type.Object({
  id: Type.String(),
  parents: Type.Array(Type.String()),
  message: Type.String(),
  author: Type.Object({ name: Type.String(), email: Type.String() }),
  date: Type.String(),
});
export type Version = Static<typeof VersionSchema>;
export const VersionDetailSchema = Type.Composite([
  VersionSchema,
  Type.Object({ files: Type.Array(VersionFile) }),
]);
export const VersionResponse = Type.Object({ version: VersionDetailSchema });
export const VersionListQuery = Type.Object(
  {
    fileId: Type.Optional(FileId),
    limit: Type.Optional(Limit(500, 50)),
    cursor: Type.Optional(Type.String({ pattern: '^[0-9]{1,9}$' })),
  },
  { additionalProperties: false },
);
export type VersionListQuery = Static<typeof VersionListQuery>;
export const VersionListResponse = Type.Object({
  versions: Type.Array(VersionSchema),
  nextCursor: Nullable(Type.String()),
});
export const DiffQuery = Type.Object(
  { from: Type.Optional(CommitRef), to: Type.Optional(CommitRef), fileId: Type.Optional(FileId) },
  { additionalProperties: false },
);
export type DiffQuery = Static<typeof DiffQuery>;
export const DiffResponse = Type.Object({
  from: Nullable(Type.String()),
  to: Type.String(),
  files: Type.Array(VersionFile),
  wordsAdded: Type.Integer(),
  wordsRemoved: Type.Integer(),
  unified: Type.String(),
  truncated: Type.Boolean(),
});
export type Diff = Static<typeof DiffResponse>;
export const RestoreBody = Type.Object({ fileId: Type.Optional(FileId) }, { additionalProperties: false });
export const RestoreResponse = Type.Object({
  /** The new commit (null when nothing differed). */
  version: Nullable(Type.String()),
  restored: Type.Array(Type.String()),
  jobIds: Type.Array(Type.String()),
});
