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
import { mkdir, readdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';
import type { CommitInfo, FileChange } from '@george/contracts/git';
import { badRequest, conflict, HttpError, notFound } from '@george/runtime';
import { countWords } from '@george/text';
import { withFileLock } from './lock.js';
import { GitCommandError, type RunOptions, runGit } from './run.js';

const BRANCH = 'refs/heads/main';
const ZERO = '0000000000000000000000000000000000000000';
const EMPTY_TREE = '4b825dc642cb6eb9a060e54bf8d69288fbee4904';
const PROJECT_ID = /^[A-Za-z0-9_-]{1,64}$/;
const REF = /^([0-9a-f]{7,64}|HEAD)$/;
const COMMITTER = { GIT_COMMITTER_NAME: 'George', GIT_COMMITTER_EMAIL: 'versions@george.invalid' };

export function checkProjectId(id: string): string {
  if (typeof id !== 'string' || !PROJECT_ID.test(id))
    throw badRequest('invalid_project_id', 'invalid project id');
  return id;
}

/**
 * A document path inside a repository: relative, `/`-separated, no empty, `.`, `..` or `.git`
 * segments, no backslashes, quotes or control characters, at most 1024 characters.
 */
export function checkRepoPath(path: string): string {
  const bad = (why: string) =>
    badRequest('invalid_path', `invalid path: ${why}`, { path: path.slice(0, 200) });
  if (typeof path !== 'string' || path.length === 0 || path.length > 1024) throw bad('empty or too long');
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

export interface WriteEntry {
  path: string;
  data: Buffer;
}

export interface CommitRequest {
  message: string;
  author: { name: string; email: string };
  writes: WriteEntry[];
  deletes: string[];
  expectedHead?: string | null;
}

export interface CommitOutcome {
  changed: boolean;
  head: string | null;
  commit?: CommitInfo;
}

type IndexChange = { path: string; mode: string; sha: string } | { path: string; delete: true };

export class RepoStore {
  readonly root: string;
  private readonly git: string;

  constructor(dataDir: string, gitBinary = 'git') {
    this.root = join(dataDir, 'git');
    this.git = gitBinary;
  }

  async init(): Promise<void> {
    for (const dir of ['repos', 'tmp', 'trash', 'locks'])
      await mkdir(join(this.root, dir), { recursive: true });
  }

  /** Removes index files and staging left by a crash, and deletions interrupted half-way. */
  async cleanup(olderThanMs = 10 * 60 * 1000): Promise<void> {
    for (const dir of ['tmp', 'trash']) {
      const base = join(this.root, dir);
      for (const entry of await readdir(base).catch(() => [] as string[])) {
        const path = join(base, entry);
        const info = await stat(path).catch(() => undefined);
        if (info && (dir === 'trash' || Date.now() - info.mtimeMs > olderThanMs)) {
          await rm(path, { recursive: true, force: true });
        }
      }
    }
  }

  /** Absolute path of a project's bare repository, checked to stay inside `repos/`. */
  repoPath(projectId: string): string {
    const base = resolve(this.root, 'repos');
    const target = resolve(base, `${checkProjectId(projectId)}.git`);
    const rel = relative(base, target);
    if (rel === '' || rel.startsWith(`..${sep}`) || rel === '..' || isAbsolute(rel)) {
      throw badRequest('invalid_project_id', 'invalid project id');
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
    const temp = join(this.root, 'tmp', `init-${randomUUID()}.git`);
    try {
      await runGit(this.git, ['init', '--bare', '--quiet', '--initial-branch=main', temp]);
      for (const [key, value] of [
        ['core.fsync', 'committed'],
        ['core.fsyncMethod', 'fsync'],
        ['core.logAllRefUpdates', 'true'],
        ['core.quotePath', 'false'],
        ['gc.autoDetach', 'false'],
        ['receive.denyNonFastForwards', 'true'],
      ] as const) {
        await runGit(this.git, ['config', key, value], { gitDir: temp });
      }
      await writeFile(join(temp, 'description'), `George project ${projectId}\n`);
      try {
        await rename(temp, path);
      } catch (err) {
        const code = (err as NodeJS.ErrnoException).code;
        // Another worker created it first: use theirs.
        if (code !== 'EEXIST' && code !== 'ENOTEMPTY') throw err;
      }
    } finally {
      await rm(temp, { recursive: true, force: true });
    }
    return path;
  }

  async head(projectId: string): Promise<string | null> {
    if (!(await this.exists(projectId))) return null;
    const { stdout, code } = await this.run(projectId, ['rev-parse', '--verify', '-q', BRANCH], {
      okCodes: [1],
    });
    return code === 0 ? stdout.toString().trim() : null;
  }

  /** Resolves HEAD or a (possibly abbreviated) commit id to a full commit id; 404 when unknown. */
  async resolveCommit(projectId: string, ref: string): Promise<string> {
    if (!REF.test(ref)) throw badRequest('invalid_ref', 'invalid commit id');
    if (!(await this.exists(projectId))) throw notFound('the project has no versions', 'no_versions');
    const spec = ref === 'HEAD' ? BRANCH : ref;
    const { stdout, code } = await this.run(projectId, ['rev-parse', '--verify', '-q', `${spec}^{commit}`], {
      okCodes: [1, 128],
    });
    if (code !== 0) throw notFound('no such version', 'version_not_found');
    return stdout.toString().trim();
  }

  async commitCount(projectId: string): Promise<number> {
    if ((await this.head(projectId)) === null) return 0;
    const { stdout } = await this.run(projectId, ['rev-list', '--count', BRANCH]);
    return Number(stdout.toString().trim());
  }

  /** Writes blobs for the given contents (one git process for all of them). */
  private async hashObjects(projectId: string, writes: WriteEntry[]): Promise<string[]> {
    if (writes.length === 0) return [];
    if (writes.length === 1) {
      const { stdout } = await this.run(projectId, ['hash-object', '-w', '--no-filters', '--stdin'], {
        input: (writes[0] as WriteEntry).data,
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

  async commit(projectId: string, request: CommitRequest): Promise<CommitOutcome> {
    const paths = new Set<string>();
    const writes = request.writes.map((w) => ({ ...w, path: checkRepoPath(w.path) }));
    const deletes = request.deletes.map(checkRepoPath);
    for (const p of [...writes.map((w) => w.path), ...deletes]) {
      if (paths.has(p)) throw badRequest('duplicate_path', `the path ${p} appears twice in one commit`);
      paths.add(p);
    }
    await this.ensureRepo(projectId);
    const shas = await this.hashObjects(projectId, writes);
    const changes: IndexChange[] = [
      ...writes.map((w, i) => ({ path: w.path, mode: '100644', sha: shas[i] as string })),
      ...deletes.map((path) => ({ path, delete: true as const })),
    ];
    return this.publish(projectId, request, async () => changes);
  }

  /** A new commit whose content is `ref`'s (whole project or some paths). */
  async restore(
    projectId: string,
    ref: string,
    paths: string[] | undefined,
    message: string,
    author: { name: string; email: string },
  ): Promise<CommitOutcome> {
    const source = await this.resolveCommit(projectId, ref);
    const checked = paths?.map(checkRepoPath);
    const request: CommitRequest = { message, author, writes: [], deletes: [] };
    if (!checked) return this.publish(projectId, request, async () => ({ tree: `${source}^{tree}` }));
    const changes: IndexChange[] = [];
    for (const path of checked) {
      const { stdout } = await this.run(projectId, ['ls-tree', '-z', source, '--', path]);
      const entry = stdout.toString().split('\0')[0] ?? '';
      const m = /^(\d+) blob ([0-9a-f]+)\t/.exec(entry);
      changes.push(m ? { path, mode: m[1] as string, sha: m[2] as string } : { path, delete: true });
    }
    return this.publish(projectId, request, async () => changes);
  }

  /**
   * The compare-and-swap loop: build a tree on the current head, stop if it is unchanged, make
   * the commit object, and move the branch only if it still points at that head.
   */
  private async publish(
    projectId: string,
    request: CommitRequest,
    build: () => Promise<IndexChange[] | { tree: string }>,
  ): Promise<CommitOutcome> {
    const spec = await build();
    // The lock keeps concurrent commits from wasting work racing each other; the compare-and-swap
    // below is what guarantees a linear history even if the lock was broken as stale.
    const lockPath = join(this.root, 'locks', `${checkProjectId(projectId)}.lock`);
    return withFileLock(lockPath, () => this.casLoop(projectId, request, spec), { timeoutMs: 120_000 });
  }

  private async casLoop(
    projectId: string,
    request: CommitRequest,
    spec: IndexChange[] | { tree: string },
  ): Promise<CommitOutcome> {
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
        throw conflict('head_moved', 'the project has a newer version than expectedHead', {
          head: head ?? null,
        });
      }
      const tree = Array.isArray(spec)
        ? await this.buildTree(projectId, head ?? null, spec)
        : await this.treeOf(projectId, spec.tree);
      if ((head && tree === headTree) || (!head && tree === EMPTY_TREE)) {
        return { changed: false, head: head ?? null };
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
        changed: true,
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
    throw new HttpError(503, 'commit_contention', 'too many concurrent commits to this project; try again');
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
          throw conflict('path_conflict', 'a path is both a file and a folder in this commit or the project');
        }
        throw err;
      }
      try {
        const { stdout } = await this.run(projectId, ['write-tree'], { env });
        return stdout.toString().trim();
      } catch (err) {
        if (err instanceof GitCommandError) {
          throw conflict('path_conflict', 'a path is both a file and a folder in this commit or the project');
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
    const path = options.path === undefined ? undefined : checkRepoPath(options.path);
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

  async commitInfo(projectId: string, commitId: string): Promise<CommitInfo> {
    const { stdout } = await this.run(projectId, [
      'log',
      '--no-color',
      '-n1',
      '--format=%H%x1f%P%x1f%an%x1f%ae%x1f%aI%x1f%B%x1e',
      commitId,
    ]);
    const [info] = parseLog(stdout.toString('utf8'));
    if (!info) throw notFound('no such version', 'version_not_found');
    return info;
  }

  async fileAt(projectId: string, ref: string, path: string): Promise<{ commit: string; data: Buffer }> {
    const commit = await this.resolveCommit(projectId, ref);
    const checked = checkRepoPath(path);
    const { stdout, code } = await this.run(projectId, ['cat-file', 'blob', `${commit}:${checked}`], {
      okCodes: [128],
    });
    if (code !== 0) throw notFound('the file does not exist at that version', 'file_not_found');
    return { commit, data: stdout };
  }

  async tree(
    projectId: string,
    ref: string,
  ): Promise<{ commit: string | null; files: { path: string; size: number }[] }> {
    if (ref === 'HEAD' && (await this.head(projectId)) === null) return { commit: null, files: [] };
    const commit = await this.resolveCommit(projectId, ref);
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
    return { commit, files };
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
    const limit = path ? ['--', checkRepoPath(path)] : [];
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
      const code = parts[i] as string;
      const p = parts[i + 1] as string;
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

  /** Writes a bundle of the whole repository to a temporary file and returns its path. */
  async bundle(projectId: string): Promise<string> {
    if ((await this.head(projectId)) === null) throw notFound('the project has no versions', 'no_versions');
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
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return false;
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
    if (folders.has(p)) {
      throw conflict('path_conflict', `${p} is a folder in this project; it cannot also be a file`, {
        path: p,
      });
    }
  }
  for (const p of files) {
    if (folders.has(p)) {
      throw conflict('path_conflict', `${p} is a file in this project; it cannot also be a folder`, {
        path: p,
      });
    }
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
        id: id as string,
        parents: parents ? parents.split(' ').filter(Boolean) : [],
        author: { name: name as string, email: email as string },
        date: new Date(date as string).toISOString(),
        message: message.join('\x1f').replace(/\n+$/, ''),
      };
    });
}
