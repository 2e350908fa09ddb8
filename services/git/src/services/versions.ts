/**
 * The version service: which paths, ids and commits are acceptable, what a commit or a restore
 * changes, and how the repository's outcomes are answered. The git plumbing is the repository's.
 */
import type { CommitInfo, FileChange } from '@george/contracts/git';
import {
  CommitContention,
  DuplicatePath,
  EmptyCommit,
  FileNotFound,
  HeadMoved,
  HistoryExists,
  InvalidBundle,
  InvalidPath,
  InvalidProjectId,
  InvalidRef,
  NoVersions,
  PathConflict,
  VersionNotFound,
} from '../errors.js';
import type {
  CommitRequest,
  GitRepository,
  IndexChange,
  PublishOutcome,
  WriteEntry,
} from '../repositories/git.js';

const PROJECT_ID = /^[A-Za-z0-9_-]{1,64}$/;
const REF = /^([0-9a-f]{7,64}|HEAD)$/;

/**
 * A document path inside a repository: relative, `/`-separated, no empty, `.`, `..` or `.git`
 * segments, no backslashes, quotes or control characters, at most 1024 characters.
 */
export function checkRepoPath(path: string): string {
  const bad = (why: string) => InvalidPath(why, { path: path.slice(0, 200) });
  if (path.length === 0 || path.length > 1024) throw bad('empty or too long');
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are refused
  if (/[\u0000-\u001f\u007f\\"]/.test(path))
    throw bad('control characters, backslashes and quotes are not allowed');
  if (path.startsWith('/')) throw bad('must be relative');
  for (const segment of path.split('/')) {
    if (segment === '' || segment === '.' || segment === '..') throw bad('empty, "." or ".." segment');
    if (segment.toLowerCase() === '.git') throw bad('".git" segment');
    if (segment.length > 255) throw bad('segment longer than 255 characters');
  }
  return path.normalize('NFC');
}

/** What the version service needs of the git repositories (`GitRepository` on disk). */
export type VersionRepository = Pick<
  GitRepository,
  | 'exists'
  | 'head'
  | 'resolveCommit'
  | 'commitCount'
  | 'writeBlobs'
  | 'entryAt'
  | 'publish'
  | 'history'
  | 'commitInfo'
  | 'fileAt'
  | 'tree'
  | 'diff'
  | 'parentOf'
  | 'bundle'
  | 'importBundle'
  | 'deleteRepo'
>;

export interface Author {
  name: string;
  email: string;
}

export interface CommitResult {
  changed: boolean;
  head: string | null;
  commit?: CommitInfo;
}

export class VersionService {
  constructor(
    private readonly repos: VersionRepository,
    private readonly maxDiffBytes: number,
  ) {}

  private checkProject(projectId: string): void {
    if (!PROJECT_ID.test(projectId)) throw InvalidProjectId();
  }

  /** The full commit id of `ref` (HEAD or a commit id of 7+ hex digits). */
  private async resolve(projectId: string, ref: string): Promise<string> {
    if (!REF.test(ref)) throw InvalidRef();
    if (!(await this.repos.exists(projectId))) throw NoVersions();
    const commit = await this.repos.resolveCommit(projectId, ref);
    if (!commit) throw VersionNotFound();
    return commit;
  }

  private answer(outcome: PublishOutcome): CommitResult {
    switch (outcome.kind) {
      case 'committed':
        return { changed: true, head: outcome.head, commit: outcome.commit };
      case 'unchanged':
        return { changed: false, head: outcome.head };
      case 'head_moved':
        throw HeadMoved({ head: outcome.head });
      case 'path_conflict':
        throw PathConflict(outcome.message, outcome.path === undefined ? undefined : { path: outcome.path });
      case 'contention':
        throw CommitContention();
    }
  }

  /** A commit of the given writes and deletes; no commit when the content is unchanged. */
  async commit(
    projectId: string,
    input: {
      message: string;
      author: Author;
      files?: { path: string; content: string; encoding?: 'utf8' | 'base64' | undefined }[] | undefined;
      deletes?: string[] | undefined;
      expectedHead?: string | null | undefined;
    },
  ): Promise<CommitResult> {
    this.checkProject(projectId);
    const writes: WriteEntry[] = (input.files ?? []).map((f) => ({
      path: checkRepoPath(f.path),
      data: Buffer.from(f.content, f.encoding === 'base64' ? 'base64' : 'utf8'),
    }));
    const deletes = (input.deletes ?? []).map(checkRepoPath);
    if (writes.length === 0 && deletes.length === 0) throw EmptyCommit();
    const paths = new Set<string>();
    for (const path of [...writes.map((w) => w.path), ...deletes]) {
      if (paths.has(path)) throw DuplicatePath(path);
      paths.add(path);
    }
    const shas = await this.repos.writeBlobs(projectId, writes);
    const changes: IndexChange[] = [
      ...writes.map((w, i) => ({ path: w.path, mode: '100644', sha: shas[i] ?? '' })),
      ...deletes.map((path) => ({ path, delete: true as const })),
    ];
    const request: CommitRequest = {
      message: input.message,
      author: input.author,
      ...(input.expectedHead !== undefined ? { expectedHead: input.expectedHead } : {}),
    };
    return this.answer(await this.repos.publish(projectId, request, changes));
  }

  /** A new commit whose content is `commitId`'s: the whole project, or some paths (absent ones deleted). */
  async restore(
    projectId: string,
    input: { commitId: string; paths?: string[] | undefined; message?: string | undefined; author: Author },
  ): Promise<CommitResult> {
    this.checkProject(projectId);
    const paths = input.paths?.map(checkRepoPath);
    const source = await this.resolve(projectId, input.commitId);
    const request: CommitRequest = {
      message:
        input.message ??
        `Restore ${input.paths ? input.paths.join(', ') : 'project'} from ${input.commitId.slice(0, 12)}`,
      author: input.author,
    };
    if (!paths)
      return this.answer(await this.repos.publish(projectId, request, { tree: `${source}^{tree}` }));
    const changes: IndexChange[] = [];
    for (const path of paths) {
      const entry = await this.repos.entryAt(projectId, source, path);
      changes.push(entry ? { path, ...entry } : { path, delete: true });
    }
    return this.answer(await this.repos.publish(projectId, request, changes));
  }

  /** Commits newest first, of one path when given; the cursor is how many to skip. */
  async history(
    projectId: string,
    query: { path?: string | undefined; limit?: number | undefined; cursor?: string | undefined },
  ): Promise<{ commits: CommitInfo[]; nextCursor: string | null }> {
    this.checkProject(projectId);
    const limit = query.limit ?? 50;
    const offset = Number(query.cursor ?? '0');
    const path = query.path === undefined ? undefined : checkRepoPath(query.path);
    const { commits, more } = await this.repos.history(projectId, {
      limit,
      offset,
      ...(path ? { path } : {}),
    });
    return { commits, nextCursor: more ? String(offset + limit) : null };
  }

  /** One commit and what it changed against its parent. */
  async commitDetail(projectId: string, commitId: string): Promise<CommitInfo & { changes: FileChange[] }> {
    this.checkProject(projectId);
    const id = await this.resolve(projectId, commitId);
    const info = await this.repos.commitInfo(projectId, id);
    if (!info) throw VersionNotFound();
    const { files } = await this.repos.diff(projectId, info.parents[0] ?? null, id, undefined, 1);
    return { ...info, changes: files };
  }

  /** A file at a version: UTF-8 text as is, other bytes in base64. */
  async fileAt(
    projectId: string,
    query: { path: string; ref?: string | undefined },
  ): Promise<{ path: string; commit: string; size: number; encoding: 'utf8' | 'base64'; content: string }> {
    this.checkProject(projectId);
    const path = checkRepoPath(query.path);
    const commit = await this.resolve(projectId, query.ref ?? 'HEAD');
    const data = await this.repos.fileAt(projectId, commit, path);
    if (!data) throw FileNotFound();
    try {
      const content = new TextDecoder('utf-8', { fatal: true }).decode(data);
      return { path: query.path, commit, size: data.length, encoding: 'utf8', content };
    } catch {
      return {
        path: query.path,
        commit,
        size: data.length,
        encoding: 'base64',
        content: data.toString('base64'),
      };
    }
  }

  /** The files at a version (none before the first commit). */
  async tree(
    projectId: string,
    ref: string | undefined,
  ): Promise<{ commit: string | null; files: { path: string; size: number }[] }> {
    this.checkProject(projectId);
    if ((ref ?? 'HEAD') === 'HEAD' && (await this.repos.head(projectId)) === null)
      return { commit: null, files: [] };
    const commit = await this.resolve(projectId, ref ?? 'HEAD');
    return { commit, files: await this.repos.tree(projectId, commit) };
  }

  /** Changes from `from` (default: the parent of `to`) to `to` (default: HEAD), with word counts. */
  async diff(
    projectId: string,
    query: { from?: string | undefined; to?: string | undefined; path?: string | undefined },
  ) {
    this.checkProject(projectId);
    const path = query.path === undefined ? undefined : checkRepoPath(query.path);
    const to = await this.resolve(projectId, query.to ?? 'HEAD');
    const from = query.from
      ? await this.resolve(projectId, query.from)
      : await this.repos.parentOf(projectId, to);
    const result = await this.repos.diff(projectId, from, to, path, this.maxDiffBytes);
    return {
      from,
      to,
      files: result.files,
      wordsAdded: result.files.reduce((n, f) => n + f.wordsAdded, 0),
      wordsRemoved: result.files.reduce((n, f) => n + f.wordsRemoved, 0),
      unified: result.unified,
      truncated: result.truncated,
    };
  }

  async project(projectId: string): Promise<{ projectId: string; head: string | null; commitCount: number }> {
    this.checkProject(projectId);
    return {
      projectId,
      head: await this.repos.head(projectId),
      commitCount: await this.repos.commitCount(projectId),
    };
  }

  /** A git bundle of the whole history, in a temporary file the caller removes. */
  async exportBundle(projectId: string): Promise<string> {
    this.checkProject(projectId);
    if ((await this.repos.head(projectId)) === null) throw NoVersions();
    return this.repos.bundle(projectId);
  }

  /** A new project's history from a bundle; refused when the project has one already. */
  async importBundle(projectId: string, bundle: Buffer): Promise<{ head: string }> {
    this.checkProject(projectId);
    const outcome = await this.repos.importBundle(projectId, bundle);
    if (outcome.kind === 'exists') throw HistoryExists();
    if (outcome.kind === 'invalid') throw InvalidBundle(outcome.message);
    return { head: outcome.head };
  }

  async deleteProject(projectId: string): Promise<{ deleted: boolean }> {
    this.checkProject(projectId);
    return { deleted: await this.repos.deleteRepo(projectId) };
  }
}
