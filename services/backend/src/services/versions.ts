import type { DiffQuery, VersionListQuery } from '@george/contracts/api';
import type { FileChange } from '@george/contracts/git';
import { UpstreamError } from '@george/runtime';
import type { BackendContext } from '../context.js';
import { NOTHING_TO_RESTORE } from '../errors.js';
import type { AccessCache } from './access.js';
import { type FileOperations, fileIdFromPath, textPath } from './file-operations.js';
import type { Principal } from './principal.js';

const withFileIds = (files: FileChange[]) => files.map((f) => ({ ...f, fileId: fileIdFromPath(f.path) }));
const noVersions = (err: unknown) => err instanceof UpstreamError && err.code === 'no_versions';

export interface VersionServiceDeps {
  git: BackendContext['git'];
  files: BackendContext['files'];
  access: AccessCache;
  operations: FileOperations;
}

/** Versions: every change of a document is a commit in the project's history (git server). */
export class VersionService {
  constructor(private readonly deps: VersionServiceDeps) {}

  async list(principal: Principal, projectId: string, query: VersionListQuery) {
    await this.deps.access.require(projectId, principal, 'read');
    const options: { path?: string; limit?: number; cursor?: string } = { limit: query.limit ?? 50 };
    if (query.fileId) options.path = textPath(query.fileId);
    if (query.cursor) options.cursor = query.cursor;
    try {
      const history = await this.deps.git.history(projectId, options, { requestId: principal.requestId });
      return { versions: history.commits, nextCursor: history.nextCursor };
    } catch (err) {
      if (noVersions(err)) return { versions: [], nextCursor: null };
      throw err;
    }
  }

  async get(principal: Principal, projectId: string, versionId: string) {
    await this.deps.access.require(projectId, principal, 'read');
    const { changes, ...commit } = await this.deps.git.getCommit(projectId, versionId, {
      requestId: principal.requestId,
    });
    return { version: { ...commit, files: withFileIds(changes) } };
  }

  async diff(principal: Principal, projectId: string, query: DiffQuery) {
    await this.deps.access.require(projectId, principal, 'read');
    const options: { from?: string; to?: string; path?: string } = {};
    if (query.from) options.from = query.from;
    if (query.to) options.to = query.to;
    if (query.fileId) options.path = textPath(query.fileId);
    const diff = await this.deps.git.diff(projectId, options, { requestId: principal.requestId });
    return { ...diff, files: withFileIds(diff.files) };
  }

  /**
   * Restores the text of one file (`fileId`) or of every current file to a version, as a new
   * version; the files are updated and re-ingested. Nothing changes when no text differs.
   */
  async restore(principal: Principal, projectId: string, versionId: string, fileId: string | undefined) {
    const { access, git, files, operations } = this.deps;
    await access.require(projectId, principal, 'edit');
    const call = { requestId: principal.requestId };
    const tree = await git.tree(projectId, versionId, call);
    const current = new Set(
      (await files.list(projectId, { ...call, userId: principal.userId })).map((f) => f.id),
    );
    const wanted = tree.files
      .map((f) => fileIdFromPath(f.path))
      .filter((id): id is string => id !== null && current.has(id))
      .filter((id) => !fileId || id === fileId);
    if (wanted.length === 0) throw NOTHING_TO_RESTORE();
    const changes: { fileId: string; newText: string }[] = [];
    for (const id of wanted) {
      const [old, now] = await Promise.all([
        git.fileAt(projectId, textPath(id), versionId, call),
        files.text(projectId, id, {}, call),
      ]);
      const text =
        old.encoding === 'base64' ? Buffer.from(old.content, 'base64').toString('utf8') : old.content;
      if (text !== now.text) changes.push({ fileId: id, newText: text });
    }
    if (changes.length === 0) return { version: null, restored: [], jobIds: [] };
    const short = (tree.commit ?? versionId).slice(0, 12);
    const result = await operations.updateTexts(
      principal,
      projectId,
      changes,
      `Restore ${changes.length === 1 ? 'a file' : `${changes.length} files`} to version ${short}`,
      principal.requestId,
    );
    return { version: result.commit, restored: changes.map((c) => c.fileId), jobIds: result.jobIds };
  }
}
