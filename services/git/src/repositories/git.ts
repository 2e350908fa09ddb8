/**
 * One bare repository per project under `<DATA_DIR>/git/repos/<projectId>.git`, written with git
 * plumbing only. A commit is built in a private index file (GIT_INDEX_FILE), turned into a tree and
 * a commit object, and published with `git update-ref refs/heads/main <new> <old>`: a
 * compare-and-swap on the branch. When another worker or process moved the branch meanwhile, the
 * commit is rebuilt on the new head and tried again, so history stays linear and no acknowledged
 * commit is lost. Objects are written before the ref and git fsyncs both (core.fsync=committed),
 * so a kill -9 at any point leaves either the old branch or the new one, and at most some
 * unreferenced objects (which `git fsck` reports as dangling, not as errors).
 */

import { randomUUID } from 'node:crypto';
import { mkdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';
import type { CommitInfo, FileChange } from '@george/contracts/git';
import { mustAt } from '@george/runtime/collections';
import { prepareDataDir, removeLeftovers } from '@george/runtime/data-dir';
import { errnoCode } from '@george/runtime/errors';
import { withFileLock } from '@george/runtime/file-lock';
import { countWords } from '@george/text';
import { GitCommandError, type RunOptions, runGit } from './run.js';

const BRANCH = 'refs/heads/main';
const ZERO = '0000000000000000000000000000000000000000';
const EMPTY_TREE = '4b825dc642cb6eb9a060e54bf8d69288fbee4904';
const PROJECT_ID = /^[A-Za-z0-9_-]{1,64}$/;
const REF = /^([0-9a-f]{7,64}|HEAD)$/;
const COMMITTER = { GIT_COMMITTER_NAME: 'George', GIT_COMMITTER_EMAIL: 'versions@george.invalid' };

/** An id or path that would leave the repositories' folder: a bug above (the service checks ids first). */
export class UnsafePathError extends Error {
  constructor(what: string) {
    super(`unsafe repository path: ${what}`);
    this.name = 'UnsafePathError';
  }
}

const projectSegment = (projectId: string) => {
  if (!PROJECT_ID.test(projectId)) throw new UnsafePathError('project id');
  return projectId;
};

export interface WriteEntry {
  path: string;
  data: Buffer;
}

export interface CommitRequest {
  message: string;
  author: { name: string; email: string };
  /** Only when the branch is at this commit (null: no commit yet). */
  expectedHead?: string | null;
}

/** One path's new content in a commit: a blob and its mode, or a deletion. */
export type IndexChange = { path: string; mode: string; sha: string } | { path: string; delete: true };

/** What `publish` did: a commit, nothing (same content), or why it could not. */
export type PublishOutcome =
  | { kind: 'committed'; head: string; commit: CommitInfo }
  | { kind: 'unchanged'; head: string | null }
  | { kind: 'head_moved'; head: string | null }
  | { kind: 'path_conflict'; path: string | undefined; message: string }
  | { kind: 'contention' };

class FolderClash extends Error {
  constructor(
    readonly path: string | undefined,
    message: string,
  ) {
    super(message);
  }
}

export class GitRepository {
  readonly root: string;
  private readonly git: string;

  constructor(dataDir: string, gitBinary = 'git') {
    this.root = join(dataDir, 'git');
    this.git = gitBinary;
  }

  async init(): Promise<void> {
    await prepareDataDir(this.root, ['repos']);
  }

  /** Removes index files and staging left by a crash, and deletions interrupted half-way. */
  async cleanup(olderThanMs = 10 * 60 * 1000): Promise<void> {
    await removeLeftovers(this.root, olderThanMs);
  }

  /** Absolute path of a project's bare repository, checked to stay inside `repos/`. */
  repoPath(projectId: string): string {
    const base = resolve(this.root, 'repos');
    const target = resolve(base, `${projectSegment(projectId)}.git`);
    const rel = relative(base, target);
    if (rel === '' || rel.startsWith(`..${sep}`) || rel === '..' || isAbsolute(rel)) {
      throw new UnsafePathError('outside the repositories');
    }
    return target;
  }

  private run(projectId: string, args: string[], options: RunOptions = {}) {
    return runGit(this.git, args, { gitDir: this.repoPath(projectId), ...options });
  }

  async exists(projectId: string): Promise<boolean> {
    const info = await stat(join(this.repoPath(projectId), 'HEAD')).catch(() => undefined);
    return info !== undefined;
  }

  /** Creates the bare repository once, atomically: built aside, then renamed into place. */
  async ensureRepo(projectId: string): Promise<string> {
    const path = this.repoPath(projectId);
    if (await this.exists(projectId)) return path;
    const temp = await this.initAside(projectId);
    try {
      await this.moveIntoPlace(temp, path);
    } finally {
      await rm(temp, { recursive: true, force: true });
    }
    return path;
  }

  /** A new bare repository under `tmp/`, configured like every project's; the caller moves or removes it. */
  private async initAside(projectId: string): Promise<string> {
    const temp = join(this.root, 'tmp', `init-${randomUUID()}.git`);
    await runGit(this.git, ['init', '--bare', '--quiet', '--initial-branch=main', temp]);
    for (const [key, value] of [
      ['core.fsync', 'committed'],
      ['core.fsyncMethod', 'fsync'],
      ['core.logAllRefUpdates', 'true'],
      ['core.quotePath', 'false'],
      // No hook ever runs in a project's repository (git init copies only inactive samples).
      ['core.hooksPath', '/dev/null'],
      ['gc.autoDetach', 'false'],
      ['receive.denyNonFastForwards', 'true'],
    ] as const) {
      await runGit(this.git, ['config', key, value], { gitDir: temp });
    }
    await writeFile(join(temp, 'description'), `George project ${projectId}\n`);
    return temp;
  }

  /** Renames a prepared repository into place; false when the project has one already (kept). */
  private async moveIntoPlace(temp: string, path: string): Promise<boolean> {
    try {
      await rename(temp, path);
      return true;
    } catch (err) {
      const code = errnoCode(err);
      // Another worker created it first: use theirs.
      if (code !== 'EEXIST' && code !== 'ENOTEMPTY') throw err;
      return false;
    }
  }

  /**
   * Creates a project's repository from a bundle (a history exported by `bundle`): verified by
   * `git bundle verify` (complete, no prerequisites), its branch fetched and every object checked
   * (`git fsck --strict`: trees with `..`, `.git` or absolute names are refused), built aside and
   * renamed into place. Nothing is checked out and no hook runs. `exists` when the project has a
   * repository already (left as it is); `invalid` when the bundle is not a usable history.
   */
  async importBundle(
    projectId: string,
    bundle: Buffer,
  ): Promise<{ kind: 'imported'; head: string } | { kind: 'exists' } | { kind: 'invalid'; message: string }> {
    const path = this.repoPath(projectId);
    if (await this.exists(projectId)) return { kind: 'exists' };
    const temp = await this.initAside(projectId);
    const bundleFile = `${temp}.bundle`;
    try {
      await writeFile(bundleFile, bundle);
      const verify = await runGit(this.git, ['bundle', 'verify', '--quiet', bundleFile], {
        gitDir: temp,
        okCodes: [1, 128],
      });
      if (verify.code !== 0) return { kind: 'invalid', message: 'not a complete git bundle' };
      const heads = await runGit(this.git, ['bundle', 'list-heads', bundleFile, BRANCH], { gitDir: temp });
      if (!heads.stdout.toString().trim())
        return { kind: 'invalid', message: 'the bundle has no main branch' };
      const fetched = await runGit(
        this.git,
        ['fetch', '--quiet', '--no-tags', '--no-write-fetch-head', bundleFile, `${BRANCH}:${BRANCH}`],
        { gitDir: temp, okCodes: [1, 128] },
      );
      // Every object checked: a tree naming `.git`, `..` or an absolute path is an error here.
      // fsck exits with a bit mask of what it found: any failure refuses the bundle.
      const clean = await runGit(this.git, ['fsck', '--strict', '--no-dangling', '--no-progress'], {
        gitDir: temp,
      }).then(
        () => true,
        (err) => {
          if (err instanceof GitCommandError) return false;
          throw err;
        },
      );
      if (fetched.code !== 0 || !clean)
        return { kind: 'invalid', message: 'the bundle holds unsafe or corrupt objects' };
      const head = (
        await runGit(this.git, ['rev-parse', '--verify', `${BRANCH}^{commit}`], { gitDir: temp })
      ).stdout
        .toString()
        .trim();
      return (await this.moveIntoPlace(temp, path)) ? { kind: 'imported', head } : { kind: 'exists' };
    } finally {
      await rm(temp, { recursive: true, force: true });
      await rm(bundleFile, { force: true });
    }
  }

  async head(projectId: string): Promise<string | null> {
    if (!(await this.exists(projectId))) return null;
    const { stdout, code } = await this.run(projectId, ['rev-parse', '--verify', '-q', BRANCH], {
      okCodes: [1],
    });
    return code === 0 ? stdout.toString().trim() : null;
  }

  /** The full id of HEAD or of a (possibly abbreviated) commit id; undefined when there is none. */
  async resolveCommit(projectId: string, ref: string): Promise<string | undefined> {
    if (!REF.test(ref)) throw new UnsafePathError('ref');
    const spec = ref === 'HEAD' ? BRANCH : ref;
    const { stdout, code } = await this.run(projectId, ['rev-parse', '--verify', '-q', `${spec}^{commit}`], {
      okCodes: [1, 128],
    });
    return code === 0 ? stdout.toString().trim() : undefined;
  }

  async commitCount(projectId: string): Promise<number> {
    if ((await this.head(projectId)) === null) return 0;
    const { stdout } = await this.run(projectId, ['rev-list', '--count', BRANCH]);
    return Number(stdout.toString().trim());
  }

  /** Writes blobs for the given contents (one git process for all of them), creating the repository first. */
  async writeBlobs(projectId: string, writes: WriteEntry[]): Promise<string[]> {
    await this.ensureRepo(projectId);
    if (writes.length === 0) return [];
    if (writes.length === 1) {
      const { stdout } = await this.run(projectId, ['hash-object', '-w', '--no-filters', '--stdin'], {
        input: mustAt(writes, 0).data,
      });
      return [stdout.toString().trim()];
    }
    const dir = join(this.root, 'tmp', `blobs-${randomUUID()}`);
    await mkdir(dir);
    try {
      const files = await Promise.all(
        writes.map(async (w, i) => {
          const file = join(dir, String(i));
          await writeFile(file, w.data);
          return file;
        }),
      );
      const { stdout } = await this.run(projectId, ['hash-object', '-w', '--no-filters', '--stdin-paths'], {
        input: `${files.join('\n')}\n`,
      });
      const shas = stdout.toString().trim().split('\n');
      if (shas.length !== writes.length) throw new Error('hash-object returned a wrong number of ids');
      return shas;
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }

  /** The blob and mode of `path` at `commit`, or undefined when it is not there. */
  async entryAt(
    projectId: string,
    commit: string,
    path: string,
  ): Promise<{ mode: string; sha: string } | undefined> {
    const { stdout } = await this.run(projectId, ['ls-tree', '-z', commit, '--', path]);
    const entry = stdout.toString().split('\0')[0] ?? '';
    const m = /^(\d+) blob ([0-9a-f]+)\t/.exec(entry);
    return m ? { mode: m[1] ?? '', sha: m[2] ?? '' } : undefined;
  }

  /**
   * The compare-and-swap loop: build a tree on the current head, stop if it is unchanged, make
   * the commit object, and move the branch only if it still points at that head.
   */
  async publish(
    projectId: string,
    request: CommitRequest,
    spec: IndexChange[] | { tree: string },
  ): Promise<PublishOutcome> {
    // The lock keeps concurrent commits from wasting work racing each other; the compare-and-swap
    // below is what guarantees a linear history even if the lock was broken as stale.
    const lockPath = join(this.root, 'locks', `${projectSegment(projectId)}.lock`);
    try {
      return await withFileLock(lockPath, () => this.casLoop(projectId, request, spec), {
        timeoutMs: 120_000,
      });
    } catch (err) {
      if (err instanceof FolderClash) return { kind: 'path_conflict', path: err.path, message: err.message };
      throw err;
    }
  }

  private async casLoop(
    projectId: string,
    request: CommitRequest,
    spec: IndexChange[] | { tree: string },
  ): Promise<PublishOutcome> {
    const author = {
      GIT_AUTHOR_NAME: request.author.name,
      GIT_AUTHOR_EMAIL: request.author.email,
      ...COMMITTER,
    };
    for (let attempt = 0; attempt < 200; attempt++) {
      // Without --verify (it takes one name only); a missing branch exits 128, and then the
      // compare-and-swap below expects "no branch yet", which fails safely if one exists.
      const { stdout, code } = await this.run(projectId, ['rev-parse', BRANCH, `${BRANCH}^{tree}`], {
        okCodes: [128],
      });
      const [head, headTree] = code === 0 ? stdout.toString().trim().split('\n') : [null, null];
      if (request.expectedHead !== undefined && request.expectedHead !== (head ?? null)) {
        return { kind: 'head_moved', head: head ?? null };
      }
      const tree = Array.isArray(spec)
        ? await this.buildTree(projectId, head ?? null, spec)
        : await this.treeOf(projectId, spec.tree);
      if ((head && tree === headTree) || (!head && tree === EMPTY_TREE)) {
        return { kind: 'unchanged', head: head ?? null };
      }
      const date = `${Math.floor(Date.now() / 1000)} +0000`;
      const { stdout: made } = await this.run(
        projectId,
        ['commit-tree', tree, ...(head ? ['-p', head] : [])],
        {
          input: request.message.endsWith('\n') ? request.message : `${request.message}\n`,
          env: { ...author, GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date },
        },
      );
      const commit = made.toString().trim();
      try {
        await this.run(projectId, ['update-ref', '-m', 'george: commit', BRANCH, commit, head ?? ZERO]);
      } catch (err) {
        if (err instanceof GitCommandError && /lock|expected|exists|unable to/i.test(err.stderr)) {
          // Someone else moved the branch (or holds its lock): rebuild on the new head.
          await new Promise((r) => setTimeout(r, Math.random() * Math.min(50, 2 + attempt * 2)));
          continue;
        }
        throw err;
      }
      // Now and then, let git pack loose objects (it does nothing below its thresholds); crash-safe.
      if (Math.random() < 1 / 50) {
        this.run(projectId, ['gc', '--auto', '--quiet']).catch(() => undefined);
      }
      return {
        kind: 'committed',
        head: commit,
        commit: {
          id: commit,
          parents: head ? [head] : [],
          message: request.message.replace(/\n+$/, ''),
          author: { ...request.author },
          date: new Date(Number(date.split(' ')[0]) * 1000).toISOString(),
        },
      };
    }
    return { kind: 'contention' };
  }

  private async treeOf(projectId: string, spec: string): Promise<string> {
    const { stdout } = await this.run(projectId, ['rev-parse', '--verify', spec]);
    return stdout.toString().trim();
  }

  private async buildTree(projectId: string, head: string | null, changes: IndexChange[]): Promise<string> {
    const index = join(this.root, 'tmp', `index-${randomUUID()}`);
    const env = { GIT_INDEX_FILE: index };
    try {
      await this.run(projectId, head ? ['read-tree', head] : ['read-tree', '--empty'], { env });
      if (head) {
        const { stdout } = await this.run(projectId, ['ls-files', '-z'], { env });
        checkFileFolderConflicts(stdout.toString('utf8').split('\0').filter(Boolean), changes);
      } else checkFileFolderConflicts([], changes);
      const lines = changes.map((c) =>
        'delete' in c ? `0 ${ZERO}\t${c.path}` : `${c.mode} ${c.sha}\t${c.path}`,
      );
      try {
        await this.run(projectId, ['update-index', '-z', '--index-info'], {
          env,
          input: `${lines.join('\0')}\0`,
        });
      } catch (err) {
        if (err instanceof GitCommandError) {
          throw new FolderClash(
            undefined,
            'a path is both a file and a folder in this commit or the project',
          );
        }
        throw err;
      }
      try {
        const { stdout } = await this.run(projectId, ['write-tree'], { env });
        return stdout.toString().trim();
      } catch (err) {
        if (err instanceof GitCommandError) {
          throw new FolderClash(
            undefined,
            'a path is both a file and a folder in this commit or the project',
          );
        }
        throw err;
      }
    } finally {
      await rm(index, { force: true });
      await rm(`${index}.lock`, { force: true });
    }
  }

  async history(
    projectId: string,
    options: { path?: string; limit: number; offset: number },
  ): Promise<{ commits: CommitInfo[]; more: boolean }> {
    const { path } = options;
    if ((await this.head(projectId)) === null) return { commits: [], more: false };
    const args = [
      'log',
      '--no-color',
      '--format=%H%x1f%P%x1f%an%x1f%ae%x1f%aI%x1f%B%x1e',
      `--skip=${options.offset}`,
      `-n${options.limit + 1}`,
      BRANCH,
    ];
    if (path) args.push('--', path);
    const { stdout } = await this.run(projectId, args);
    const commits = parseLog(stdout.toString('utf8'));
    return { commits: commits.slice(0, options.limit), more: commits.length > options.limit };
  }

  async commitInfo(projectId: string, commitId: string): Promise<CommitInfo | undefined> {
    const { stdout } = await this.run(projectId, [
      'log',
      '--no-color',
      '-n1',
      '--format=%H%x1f%P%x1f%an%x1f%ae%x1f%aI%x1f%B%x1e',
      commitId,
    ]);
    return parseLog(stdout.toString('utf8'))[0];
  }

  /** The bytes of `path` at `commit`, or undefined when it is not there. */
  async fileAt(projectId: string, commit: string, path: string): Promise<Buffer | undefined> {
    const { stdout, code } = await this.run(projectId, ['cat-file', 'blob', `${commit}:${path}`], {
      okCodes: [128],
    });
    return code === 0 ? stdout : undefined;
  }

  /** The files of `commit` and their sizes. */
  async tree(projectId: string, commit: string): Promise<{ path: string; size: number }[]> {
    const { stdout } = await this.run(projectId, ['ls-tree', '-r', '-z', '--long', commit]);
    const files = stdout
      .toString('utf8')
      .split('\0')
      .filter((line) => line !== '')
      .map((line) => {
        const tab = line.indexOf('\t');
        const fields = line.slice(0, tab).trim().split(/\s+/);
        return { path: line.slice(tab + 1), size: Number(fields[3]) };
      });
    return files;
  }

  /** Changes from `from` (null: nothing) to `to`: per-file status and word counts, and the unified diff. */
  async diff(
    projectId: string,
    from: string | null,
    to: string,
    path: string | undefined,
    maxBytes: number,
  ): Promise<{ files: FileChange[]; unified: string; truncated: boolean }> {
    const base = from ?? EMPTY_TREE;
    const limit = path ? ['--', path] : [];
    const common = [
      '-c',
      'core.quotePath=false',
      'diff',
      '--no-color',
      '--no-ext-diff',
      '--no-renames',
      '--no-textconv',
    ];
    const [status, words, unified] = await Promise.all([
      this.run(projectId, [...common, '--name-status', '-z', base, to, ...limit]),
      this.run(projectId, [...common, '--word-diff=porcelain', '-U0', base, to, ...limit]),
      this.run(projectId, [...common, '-U3', base, to, ...limit], { maxBytes }),
    ]);
    const files = new Map<string, FileChange>();
    const parts = status.stdout.toString('utf8').split('\0');
    for (let i = 0; i + 1 < parts.length; i += 2) {
      const code = mustAt(parts, i);
      const p = mustAt(parts, i + 1);
      if (code === '') continue;
      const kind = code[0] === 'A' ? 'added' : code[0] === 'D' ? 'deleted' : 'modified';
      files.set(p, { path: p, status: kind, wordsAdded: 0, wordsRemoved: 0 });
    }
    let current: FileChange | undefined;
    let oldPath: string | null = null;
    for (const line of words.stdout.toString('utf8').split('\n')) {
      if (line.startsWith('diff --git ')) {
        current = undefined;
        oldPath = null;
      } else if (line.startsWith('--- ') && current === undefined && oldPath === null) {
        oldPath = line === '--- /dev/null' ? '' : line.slice(6);
      } else if (line.startsWith('+++ ') && current === undefined) {
        const p = line === '+++ /dev/null' ? (oldPath ?? '') : line.slice(6);
        current = files.get(p);
      } else if (current && line.startsWith('+')) {
        current.wordsAdded += countWords(line.slice(1));
      } else if (current && line.startsWith('-')) {
        current.wordsRemoved += countWords(line.slice(1));
      }
    }
    return {
      files: [...files.values()],
      unified: unified.stdout.toString('utf8'),
      truncated: unified.truncated,
    };
  }

  /** Parent of a commit, or null for the first one. */
  async parentOf(projectId: string, commit: string): Promise<string | null> {
    const { stdout, code } = await this.run(projectId, ['rev-parse', '--verify', '-q', `${commit}^1`], {
      okCodes: [1, 128],
    });
    return code === 0 ? stdout.toString().trim() : null;
  }

  /** Writes a bundle of the whole repository to a temporary file and returns its path (the branch must exist). */
  async bundle(projectId: string): Promise<string> {
    const file = join(this.root, 'tmp', `bundle-${randomUUID()}.bundle`);
    await this.run(projectId, ['bundle', 'create', '--quiet', file, 'HEAD', BRANCH]);
    return file;
  }

  async deleteRepo(projectId: string): Promise<boolean> {
    const path = this.repoPath(projectId);
    const aside = join(this.root, 'trash', randomUUID());
    try {
      await rename(path, aside);
    } catch (err) {
      if (errnoCode(err) === 'ENOENT') return false;
      throw err;
    }
    await rm(aside, { recursive: true, force: true });
    return true;
  }
}

/**
 * `update-index --index-info` silently replaces a file by a folder of the same name (and the
 * reverse): refuse a commit that would do that instead of losing the file.
 */
function checkFileFolderConflicts(existing: string[], changes: IndexChange[]): void {
  const deleted = new Set(changes.filter((c) => 'delete' in c).map((c) => c.path));
  const files = new Set(existing.filter((p) => !deleted.has(p)));
  const written = changes.filter((c) => !('delete' in c)).map((c) => c.path);
  for (const p of written) files.add(p);
  const folders = new Set<string>();
  for (const p of files) {
    for (let i = p.indexOf('/'); i >= 0; i = p.indexOf('/', i + 1)) folders.add(p.slice(0, i));
  }
  for (const p of written) {
    if (folders.has(p))
      throw new FolderClash(p, `${p} is a folder in this project; it cannot also be a file`);
  }
  for (const p of files) {
    if (folders.has(p))
      throw new FolderClash(p, `${p} is a file in this project; it cannot also be a folder`);
  }
}

function parseLog(output: string): CommitInfo[] {
  return output
    .split('\x1e')
    .map((record) => record.replace(/^\n+/, ''))
    .filter((record) => record !== '')
    .map((record) => {
      const [id, parents, name, email, date, ...message] = record.split('\x1f');
      return {
        id: id ?? '',
        parents: parents ? parents.split(' ').filter(Boolean) : [],
        author: { name: name ?? '', email: email ?? '' },
        date: new Date(date ?? '').toISOString(),
        message: message.join('\x1f').replace(/\n+$/, ''),
      };
    });
}
