/**
 * The Git Server's contract (port 6005): version history of project documents, one bare git
 * repository per project. Schemas shared with the service's routes, and the typed client.
 */
import type { InternalClient } from '@george/runtime';
import { type Static, Type } from '@sinclair/typebox';
import { type ClientSettings, internalClient } from './clients.js';
import { upstreamError } from './filesystem.js';

export const GIT_PROJECT_ID_PATTERN = '^[A-Za-z0-9_-]{1,64}$';
/** A full or abbreviated (7+) commit id, lower-case hex; `HEAD` for the latest. */
export const GIT_REF_PATTERN = '^([0-9a-f]{7,64}|HEAD)$';

export const GitProjectParams = Type.Object(
  { projectId: Type.String({ pattern: GIT_PROJECT_ID_PATTERN }) },
  { additionalProperties: false },
);
export type GitProjectParams = Static<typeof GitProjectParams>;

export const GitCommitParams = Type.Object(
  {
    projectId: Type.String({ pattern: GIT_PROJECT_ID_PATTERN }),
    commitId: Type.String({ pattern: GIT_REF_PATTERN }),
  },
  { additionalProperties: false },
);
export type GitCommitParams = Static<typeof GitCommitParams>;

/** A document path inside the repository: `/`-separated, relative, no `.`/`..`/`.git` segments. */
export const GitPath = Type.String({ minLength: 1, maxLength: 1024 });

export const GitMessage = Type.String({
  minLength: 1,
  maxLength: 20_000,
  pattern: '^[^\\u0000]*[^\\s\\u0000][^\\u0000]*$',
});

export const GitAuthor = Type.Object(
  {
    /** At least one letter or digit (git refuses names made only of punctuation); no <, >, line breaks. */
    name: Type.String({
      minLength: 1,
      maxLength: 200,
      pattern: '^[^<>\\n\\r\\u0000]*[\\p{L}\\p{N}][^<>\\n\\r\\u0000]*$',
    }),
    email: Type.String({ minLength: 3, maxLength: 254, pattern: '^[^<>\\s]+@[^<>\\s]+$' }),
  },
  { additionalProperties: false },
);
export type GitAuthor = Static<typeof GitAuthor>;

export const GitFileWrite = Type.Object(
  {
    path: GitPath,
    content: Type.String(),
    /** `utf8` (default) or `base64` for bytes. */
    encoding: Type.Optional(Type.Union([Type.Literal('utf8'), Type.Literal('base64')])),
  },
  { additionalProperties: false },
);
export type GitFileWrite = Static<typeof GitFileWrite>;

export const CreateCommitBody = Type.Object(
  {
    /** Some visible text, no NUL bytes (git refuses them). */
    message: GitMessage,
    author: GitAuthor,
    /** Files to create or replace. */
    files: Type.Optional(Type.Array(GitFileWrite, { maxItems: 10_000 })),
    /** Paths to delete (a path that does not exist is ignored). */
    deletes: Type.Optional(Type.Array(GitPath, { maxItems: 10_000 })),
    /**
     * Optimistic concurrency: the commit is refused with 409 `head_moved` unless the project's
     * latest commit is this one (`null`: the project has no commit yet). Omit to always commit.
     */
    expectedHead: Type.Optional(Type.Union([Type.String({ pattern: '^[0-9a-f]{40,64}$' }), Type.Null()])),
  },
  { additionalProperties: false },
);
export type CreateCommitBody = Static<typeof CreateCommitBody>;

export const CommitInfo = Type.Object({
  id: Type.String(),
  parents: Type.Array(Type.String()),
  message: Type.String(),
  author: Type.Object({ name: Type.String(), email: Type.String() }),
  /** Author date, ISO 8601. */
  date: Type.String(),
});
export type CommitInfo = Static<typeof CommitInfo>;

export const CreateCommitResponse = Type.Object({
  /** False when the files already had this content: no commit was made. */
  changed: Type.Boolean(),
  /** The project's latest commit after the call (null: still none). */
  head: Type.Union([Type.String(), Type.Null()]),
  commit: Type.Optional(CommitInfo),
});
export type CreateCommitResponse = Static<typeof CreateCommitResponse>;

export const HistoryQuery = Type.Object(
  {
    /** Only commits that changed this path. */
    path: Type.Optional(GitPath),
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 500, default: 50 })),
    /** `nextCursor` of the previous page. */
    cursor: Type.Optional(Type.String({ pattern: '^[0-9]{1,9}$' })),
  },
  { additionalProperties: false },
);
export type HistoryQuery = Static<typeof HistoryQuery>;

export const HistoryResponse = Type.Object({
  commits: Type.Array(CommitInfo),
  nextCursor: Type.Union([Type.String(), Type.Null()]),
});
export type HistoryResponse = Static<typeof HistoryResponse>;

export const FileChange = Type.Object({
  path: Type.String(),
  status: Type.Union([Type.Literal('added'), Type.Literal('modified'), Type.Literal('deleted')]),
  wordsAdded: Type.Integer(),
  wordsRemoved: Type.Integer(),
});
export type FileChange = Static<typeof FileChange>;

export const CommitDetail = Type.Composite([CommitInfo, Type.Object({ changes: Type.Array(FileChange) })]);
export type CommitDetail = Static<typeof CommitDetail>;

export const FileAtVersionQuery = Type.Object(
  { path: GitPath, ref: Type.Optional(Type.String({ pattern: GIT_REF_PATTERN })) },
  { additionalProperties: false },
);
export type FileAtVersionQuery = Static<typeof FileAtVersionQuery>;

export const FileAtVersionResponse = Type.Object({
  path: Type.String(),
  commit: Type.String(),
  size: Type.Integer(),
  encoding: Type.Union([Type.Literal('utf8'), Type.Literal('base64')]),
  content: Type.String(),
});
export type FileAtVersionResponse = Static<typeof FileAtVersionResponse>;

export const TreeQuery = Type.Object(
  { ref: Type.Optional(Type.String({ pattern: GIT_REF_PATTERN })) },
  { additionalProperties: false },
);

export const TreeResponse = Type.Object({
  commit: Type.Union([Type.String(), Type.Null()]),
  files: Type.Array(Type.Object({ path: Type.String(), size: Type.Integer() })),
});
export type TreeResponse = Static<typeof TreeResponse>;

export const DiffQuery = Type.Object(
  {
    /** Older version; default: the parent of `to` (or nothing, for the first commit). */
    from: Type.Optional(Type.String({ pattern: GIT_REF_PATTERN })),
    /** Newer version; default HEAD. */
    to: Type.Optional(Type.String({ pattern: GIT_REF_PATTERN })),
    path: Type.Optional(GitPath),
  },
  { additionalProperties: false },
);
export type DiffQuery = Static<typeof DiffQuery>;

export const DiffResponse = Type.Object({
  from: Type.Union([Type.String(), Type.Null()]),
  to: Type.String(),
  files: Type.Array(FileChange),
  wordsAdded: Type.Integer(),
  wordsRemoved: Type.Integer(),
  /** `git diff` output (unified, 3 lines of context). */
  unified: Type.String(),
  /** True when `unified` was cut at the size limit (the counts are still complete). */
  truncated: Type.Boolean(),
});
export type DiffResponse = Static<typeof DiffResponse>;

export const RestoreBody = Type.Object(
  {
    commitId: Type.String({ pattern: GIT_REF_PATTERN }),
    /** Restore only these paths (absent at that version: deleted); default: the whole project. */
    paths: Type.Optional(Type.Array(GitPath, { minItems: 1, maxItems: 10_000 })),
    message: Type.Optional(GitMessage),
    author: GitAuthor,
  },
  { additionalProperties: false },
);
export type RestoreBody = Static<typeof RestoreBody>;

export const ProjectHeadResponse = Type.Object({
  projectId: Type.String(),
  head: Type.Union([Type.String(), Type.Null()]),
  commitCount: Type.Integer(),
});
export type ProjectHeadResponse = Static<typeof ProjectHeadResponse>;

export interface GitCallContext {
  requestId?: string;
  userId?: string;
}

const enc = encodeURIComponent;

function context(options: GitCallContext): GitCallContext {
  const out: GitCallContext = {};
  if (options.requestId) out.requestId = options.requestId;
  if (options.userId) out.userId = options.userId;
  return out;
}

/** Typed client of the Git Server. */
export class GitClient {
  readonly http: InternalClient;

  constructor(settingsOrClient: ClientSettings | InternalClient) {
    // Told apart by shape, not by class, so a test's stand-in client passes: TypeScript cannot narrow on that.
    this.http =
      'token' in settingsOrClient && !('fetch' in settingsOrClient)
        ? internalClient('git', settingsOrClient as ClientSettings)
        : (settingsOrClient as InternalClient);
  }

  /** One commit with these writes and deletes; `changed: false` (and no commit) when nothing changed. */
  async commit(
    projectId: string,
    body: CreateCommitBody,
    options: GitCallContext = {},
  ): Promise<CreateCommitResponse> {
    const result = await this.http.call<CreateCommitResponse>({
      method: 'POST',
      path: `/projects/${enc(projectId)}/commits`,
      body,
      // Safe to retry only with expectedHead: a replay then fails with 409 or makes no change.
      idempotent: body.expectedHead !== undefined,
      ...context(options),
    });
    return result.body;
  }

  async history(
    projectId: string,
    query: { path?: string; limit?: number; cursor?: string } = {},
    options: GitCallContext = {},
  ): Promise<HistoryResponse> {
    const result = await this.http.call<HistoryResponse>({
      path: `/projects/${enc(projectId)}/commits`,
      query,
      ...context(options),
    });
    return result.body;
  }

  async getCommit(projectId: string, commitId: string, options: GitCallContext = {}): Promise<CommitDetail> {
    const result = await this.http.call<CommitDetail>({
      path: `/projects/${enc(projectId)}/commits/${enc(commitId)}`,
      ...context(options),
    });
    return result.body;
  }

  async fileAt(
    projectId: string,
    path: string,
    ref = 'HEAD',
    options: GitCallContext = {},
  ): Promise<FileAtVersionResponse> {
    const result = await this.http.call<FileAtVersionResponse>({
      path: `/projects/${enc(projectId)}/file`,
      query: { path, ref },
      ...context(options),
    });
    return result.body;
  }

  async tree(projectId: string, ref = 'HEAD', options: GitCallContext = {}): Promise<TreeResponse> {
    const result = await this.http.call<TreeResponse>({
      path: `/projects/${enc(projectId)}/tree`,
      query: { ref },
      ...context(options),
    });
    return result.body;
  }

  async diff(
    projectId: string,
    query: { from?: string; to?: string; path?: string },
    options: GitCallContext = {},
  ): Promise<DiffResponse> {
    const result = await this.http.call<DiffResponse>({
      path: `/projects/${enc(projectId)}/diff`,
      query,
      ...context(options),
    });
    return result.body;
  }

  /** A new commit whose content is that of `commitId` (whole project or some paths). */
  async restore(
    projectId: string,
    body: RestoreBody,
    options: GitCallContext = {},
  ): Promise<CreateCommitResponse> {
    const result = await this.http.call<CreateCommitResponse>({
      method: 'POST',
      path: `/projects/${enc(projectId)}/restore`,
      body,
      idempotent: false,
      ...context(options),
    });
    return result.body;
  }

  async head(projectId: string, options: GitCallContext = {}): Promise<ProjectHeadResponse> {
    const result = await this.http.call<ProjectHeadResponse>({
      path: `/projects/${enc(projectId)}`,
      ...context(options),
    });
    return result.body;
  }

  /** The repository as a git bundle (`git clone project.bundle dir` gives files and history). */
  async exportBundle(projectId: string, options: GitCallContext = {}): Promise<Response> {
    const response = await this.http.fetch({
      path: `/projects/${enc(projectId)}/export`,
      ...context(options),
    });
    if (!response.ok) throw await upstreamError('git', response);
    return response;
  }

  /** A new project's history from a bundle (`exportBundle`'s); 409 `history_exists` when it has one. */
  async importBundle(
    projectId: string,
    bundle: Uint8Array,
    options: GitCallContext = {},
  ): Promise<{ head: string }> {
    const result = await this.http.call<{ head: string }>({
      method: 'POST',
      path: `/projects/${enc(projectId)}/import`,
      body: bundle,
      contentType: 'application/x-git-bundle',
      // Verifying, fetching and checking every object of a long history takes a while.
      timeoutMs: 120_000,
      ...context(options),
    });
    return result.body;
  }

  async deleteProject(projectId: string, options: GitCallContext = {}): Promise<{ deleted: boolean }> {
    const result = await this.http.call<{ deleted: boolean }>({
      method: 'DELETE',
      path: `/projects/${enc(projectId)}`,
      ...context(options),
    });
    return result.body;
  }
}
