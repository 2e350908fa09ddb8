/**
 * The git repositories in memory, for the version service's rule tests: each commit is a full
 * snapshot of path -> bytes; blobs are addressed by their SHA-1 as git does. Diffs report file
 * statuses and whitespace-separated word counts; there is no unified text.
 */
import { createHash } from 'node:crypto';
import type { CommitInfo, FileChange } from '@george/contracts/git';
import type { CommitRequest, IndexChange, PublishOutcome, WriteEntry } from '../../src/repositories/git.js';
import type { VersionRepository } from '../../src/services/versions.js';

interface Commit {
  info: CommitInfo;
  files: Map<string, string>;
}

const words = (text: string) => text.split(/\s+/).filter(Boolean).length;

export class MemoryGitRepository implements VersionRepository {
  readonly blobs = new Map<string, Buffer>();
  readonly projects = new Map<string, Commit[]>();
  /** The next publish answers this instead (contention, a concurrent commit). */
  nextOutcome: PublishOutcome | undefined;

  private commits(projectId: string) {
    return this.projects.get(projectId) ?? [];
  }

  private find(projectId: string, id: string) {
    return this.commits(projectId).find((c) => c.info.id === id);
  }

  async exists(projectId: string) {
    return this.projects.has(projectId);
  }

  async head(projectId: string) {
    return this.commits(projectId).at(-1)?.info.id ?? null;
  }

  async resolveCommit(projectId: string, ref: string) {
    if (ref === 'HEAD') return (await this.head(projectId)) ?? undefined;
    return this.commits(projectId).find((c) => c.info.id.startsWith(ref))?.info.id;
  }

  async commitCount(projectId: string) {
    return this.commits(projectId).length;
  }

  async writeBlobs(projectId: string, writes: WriteEntry[]) {
    if (!this.projects.has(projectId)) this.projects.set(projectId, []);
    return writes.map((w) => {
      const sha = createHash('sha1').update(w.data).digest('hex');
      this.blobs.set(sha, w.data);
      return sha;
    });
  }

  async entryAt(projectId: string, commit: string, path: string) {
    const sha = this.find(projectId, commit)?.files.get(path);
    return sha ? { mode: '100644', sha } : undefined;
  }

  async publish(projectId: string, request: CommitRequest, spec: IndexChange[] | { tree: string }) {
    const planned = this.nextOutcome;
    this.nextOutcome = undefined;
    if (planned) return planned;
    const commits = this.commits(projectId);
    const head = commits.at(-1);
    if (request.expectedHead !== undefined && request.expectedHead !== (head?.info.id ?? null)) {
      return { kind: 'head_moved', head: head?.info.id ?? null } as const;
    }
    let files: Map<string, string>;
    if (Array.isArray(spec)) {
      files = new Map(head?.files);
      for (const change of spec) {
        if ('delete' in change) files.delete(change.path);
        else files.set(change.path, change.sha);
      }
    } else {
      files = new Map(this.find(projectId, spec.tree.replace('^{tree}', ''))?.files);
    }
    const same = (a: Map<string, string>, b: Map<string, string>) =>
      a.size === b.size && [...a].every(([p, sha]) => b.get(p) === sha);
    if (same(files, head?.files ?? new Map()))
      return { kind: 'unchanged', head: head?.info.id ?? null } as const;
    const id = createHash('sha1').update(`${commits.length}:${request.message}`).digest('hex');
    const info: CommitInfo = {
      id,
      parents: head ? [head.info.id] : [],
      message: request.message,
      author: request.author,
      date: new Date(Date.UTC(2026, 0, 1, 0, commits.length)).toISOString(),
    };
    this.projects.set(projectId, [...commits, { info, files }]);
    return { kind: 'committed', head: id, commit: info } as const;
  }

  async history(projectId: string, options: { path?: string; limit: number; offset: number }) {
    const all = [...this.commits(projectId)].reverse().filter((c, i, list) => {
      if (!options.path) return true;
      const before = list[i + 1]?.files.get(options.path);
      return c.files.get(options.path) !== before;
    });
    const page = all.slice(options.offset, options.offset + options.limit + 1).map((c) => c.info);
    return { commits: page.slice(0, options.limit), more: page.length > options.limit };
  }

  async commitInfo(projectId: string, commitId: string) {
    return this.find(projectId, commitId)?.info;
  }

  async fileAt(projectId: string, commit: string, path: string) {
    const sha = this.find(projectId, commit)?.files.get(path);
    return sha ? this.blobs.get(sha) : undefined;
  }

  async tree(projectId: string, commit: string) {
    const files = this.find(projectId, commit)?.files ?? new Map<string, string>();
    return [...files].map(([path, sha]) => ({ path, size: this.blobs.get(sha)?.length ?? 0 }));
  }

  async diff(
    projectId: string,
    from: string | null,
    to: string,
    path: string | undefined,
    _maxBytes: number,
  ) {
    const before = (from && this.find(projectId, from)?.files) || new Map<string, string>();
    const after = this.find(projectId, to)?.files ?? new Map<string, string>();
    const text = (sha: string | undefined) => (sha ? (this.blobs.get(sha)?.toString() ?? '') : '');
    const files: FileChange[] = [];
    for (const p of new Set([...before.keys(), ...after.keys()])) {
      if ((path && p !== path) || before.get(p) === after.get(p)) continue;
      const status = !before.has(p) ? 'added' : !after.has(p) ? 'deleted' : 'modified';
      const [was, is] = [words(text(before.get(p))), words(text(after.get(p)))];
      files.push({ path: p, status, wordsAdded: Math.max(0, is - was), wordsRemoved: Math.max(0, was - is) });
    }
    return { files, unified: '', truncated: false };
  }

  async parentOf(projectId: string, commit: string) {
    return this.find(projectId, commit)?.info.parents[0] ?? null;
  }

  async bundle(projectId: string) {
    return `/tmp/${projectId}.bundle`;
  }

  /** A project with a history keeps it; no bundle is read here (the git repository's tests read them). */
  async importBundle(projectId: string): ReturnType<VersionRepository['importBundle']> {
    if (await this.exists(projectId)) return { kind: 'exists' };
    return { kind: 'invalid', message: 'the in-memory repositories read no bundles' };
  }

  async deleteRepo(projectId: string) {
    return this.projects.delete(projectId);
  }
}
