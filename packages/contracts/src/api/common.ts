/** Building blocks of the public API's schemas: ids, route parameters, bounded paging, errors. */
import { type Static, type TLiteral, type TSchema, type TUnion, Type } from '@sinclair/typebox';
import { FILE_ID_PATTERN } from '../schemas/filesystem.js';

export const Id = Type.String({ pattern: '^[A-Za-z0-9_-]{1,64}$' });
export const FileId = Type.String({ pattern: FILE_ID_PATTERN });
export const CommitRef = Type.String({ pattern: '^([0-9a-f]{7,64}|HEAD)$' });

export const ProjectParams = Type.Object({ projectId: Id }, { additionalProperties: false });
export const ProjectFileParams = Type.Object(
  { projectId: Id, fileId: FileId },
  { additionalProperties: false },
);
export const ProjectMemberParams = Type.Object(
  { projectId: Id, userId: Id },
  { additionalProperties: false },
);
export const VersionParams = Type.Object(
  { projectId: Id, versionId: CommitRef },
  { additionalProperties: false },
);
export const EntityParams = Type.Object({ projectId: Id, entityId: Id }, { additionalProperties: false });
export const JobParams = Type.Object(
  { jobId: Type.String({ format: 'uuid' }) },
  { additionalProperties: false },
);
export const MessageParams = Type.Object({ messageId: Id }, { additionalProperties: false });

/**
 * Every paging value has an upper bound: a huge offset is a 400 at validation, never an overflow in
 * a database. No listing of George comes near a million items.
 */
export const MAX_OFFSET = 1_000_000;
/** Character offsets into a text (a manuscript is far below a billion characters). */
export const MAX_TEXT_OFFSET = 1_000_000_000;

export const Offset = () => Type.Integer({ minimum: 0, maximum: MAX_OFFSET, default: 0 });
export const Limit = (maximum: number, fallback: number, minimum = 1) =>
  Type.Integer({ minimum, maximum, default: fallback });
export const TextOffset = () => Type.Integer({ minimum: 0, maximum: MAX_TEXT_OFFSET });

/** The body of every error answer. */
export const ErrorResponse = Type.Object({
  error: Type.Object({
    code: Type.String(),
    message: Type.String(),
    details: Type.Optional(Type.Record(Type.String(), Type.Unknown())),
  }),
  requestId: Type.String(),
});
export type ErrorResponse = Static<typeof ErrorResponse>;

export const Nullable = <T extends TSchema>(schema: T) => Type.Union([schema, Type.Null()]);

type Literals<T extends readonly string[]> = { -readonly [K in keyof T]: TLiteral<T[K]> };

/**
 * One of a fixed list of strings, as a union of literals. (`.map` cannot type its result as the
 * tuple of literals it is, hence the one assertion.)
 */
export const StringEnum = <const T extends readonly [string, ...string[]]>(values: T): TUnion<Literals<T>> =>
  Type.Union(values.map((value) => Type.Literal(value))) as TUnion<Literals<T>>;
