/**
 * The whole project as one archive (files' originals and text, the history as a git bundle, the
 * story bible as JSON), and a new project made from one. The import is a saga: the project is
 * created at the auth server, then its history (the git service verifies the bundle), its files
 * (each original uploaded, its text put back when the author had edited it), one commit mapping the
 * archive's file ids to the new ones, and the ingestion jobs. Any failure, and recovery of an
 * import whose process died, discards the new project with its clean-up job: an import either
 * completes or leaves nothing behind.
 *
 * The story bible is re-ingested rather than restored: its entities, mentions and citations are
 * keyed by file ids and offsets that change on import, and ingesting the restored texts rebuilds
 * them consistently (and from the author's text, not from a graph anyone could write into a zip).
 * The archive still carries `bible.json` for people and tools that read it.
 */
import type { Project } from '@george/contracts';
import { errorMessage, inTransaction, UpstreamError } from '@george/runtime';
import type { BackendContext } from '../context.js';
import { ARCHIVE_TOO_LARGE, IMPORT_FAILED, INVALID_ARCHIVE } from '../errors.js';
import { slug } from '../exports/bible.js';
import {
  ARCHIVED_KINDS,
  type ArchivedKind,
  ArchiveError,
  type ArchiveManifest,
  type ReadArchive,
  readProjectArchive,
  writeProjectArchive,
} from '../exports/project-archive.js';
import { INGEST_JOB, PROJECT_CLEANUP_JOB } from '../jobs/types.js';
import type { SagasTable } from '../store/schema.js';
import type { AccessCache } from './access.js';
import { textPath } from './file-operations.js';
import { gitAuthor, type Principal } from './principal.js';
import type { Download, StoryService } from './story.js';

const isNotFound = (err: unknown) => err instanceof UpstreamError && err.statusCode === 404;
const ARCHIVED: ReadonlySet<string> = new Set(ARCHIVED_KINDS);
const isArchived = (kind: string): kind is ArchivedKind => ARCHIVED.has(kind);

/** An uploaded archive as the route read it: its bytes, and whether it was cut at the size limit. */
export interface IncomingArchive {
  data: Buffer;
  truncated: boolean;
}

interface ImportData {
  name: string;
  /** The archive's file id -> the new file's id and revision, as each is stored. */
  files: Array<{ from: string; id: string; revision: number }>;
  historyDone?: boolean;
  commit?: string | null;
  jobIds?: string[];
}

export interface ProjectArchiveDeps {
  ctx: BackendContext;
  access: AccessCache;
  story: Pick<StoryService, 'bibleData'>;
}

export class ProjectArchives {
  constructor(private readonly deps: ProjectArchiveDeps) {}

  private get ctx() {
    return this.deps.ctx;
  }

  private call(principal: Pick<Principal, 'userId' | 'requestId'>) {
    return { userId: principal.userId, requestId: principal.requestId };
  }

  /** The whole project as a zip (read access: whoever may read every file may take them all). */
  async export(principal: Principal, projectId: string): Promise<Download> {
    await this.deps.access.require(projectId, principal, 'read');
    const { auth, files, git, sagas } = this.ctx;
    const call = this.call(principal);
    const project = await auth.getProject(projectId, call);
    const [listed, unfinished] = await Promise.all([
      files.list(projectId, call),
      sagas.unfinishedUploadFileIds(projectId),
    ]);
    const archived = [];
    for (const f of listed) {
      // The generated story-bible sheets are rebuilt by the ingestion; uploads in progress are not yet files.
      if (!isArchived(f.kind) || unfinished.has(f.id)) continue;
      const original = Buffer.from(await (await files.original(projectId, f.id, call)).arrayBuffer());
      const { text } = await files.text(projectId, f.id, {}, call);
      archived.push({ id: f.id, name: f.name, kind: f.kind, type: f.type, original, text });
    }
    const bundle = await git.exportBundle(projectId, call).then(
      async (response) => Buffer.from(await response.arrayBuffer()),
      (err) => {
        if (isNotFound(err)) return null;
        throw err;
      },
    );
    const body = await writeProjectArchive({
      project: { name: project.name, description: project.description },
      files: archived,
      bundle,
      bible: await this.deps.story.bibleData(projectId, project.name),
    });
    return { body, mediaType: 'application/zip', name: `${slug(project.name) || 'project'}.george.zip` };
  }

  /** Opens and checks an uploaded archive; nothing is created before it passes. */
  private async open(upload: IncomingArchive): Promise<ReadArchive> {
    const { maxArchiveBytes } = this.ctx.config;
    if (upload.truncated) throw ARCHIVE_TOO_LARGE(`the archive is larger than ${maxArchiveBytes} bytes`);
    let archive: ReadArchive;
    try {
      archive = await readProjectArchive(upload.data, {
        maxEntries: 3 + 2 * 10_000,
        maxEntryBytes: maxArchiveBytes,
        maxTotalBytes: 4 * maxArchiveBytes,
      });
    } catch (err) {
      if (!(err instanceof ArchiveError)) throw err;
      throw err.code === 'archive_too_large' ? ARCHIVE_TOO_LARGE(err.message) : INVALID_ARCHIVE(err.message);
    }
    const ids = new Set<string>();
    for (const f of archive.manifest.files) {
      if (ids.has(f.id)) throw INVALID_ARCHIVE(`the file id ${f.id} appears twice`);
      ids.add(f.id);
    }
    return archive;
  }

  /**
   * A new project owned by the caller from an archive; answers it with the ingestion jobs queued.
   * Whoever may create a project may import one (the auth server decides, as for creating).
   */
  async import(
    principal: Principal,
    read: () => Promise<IncomingArchive>,
  ): Promise<{ project: Project; jobIds: string[] }> {
    const archive = await this.open(await read());
    const { manifest } = archive;
    const project = await this.ctx.auth.createProject(
      { name: manifest.project.name, description: manifest.project.description },
      this.call(principal),
    );
    const data: ImportData = { name: manifest.project.name, files: [] };
    const saga = await this.ctx.sagas.begin('import', project.id, principal.userId, 'history', data);
    const release = this.ctx.sagas.hold(saga);
    try {
      try {
        await this.restore(saga, data, archive, principal);
      } catch (err) {
        this.ctx.log.warn({ err, sagaId: saga.id }, 'project import failed; discarding the new project');
        await this.discard(saga).catch(async (e) => {
          this.ctx.log.warn({ err: e, sagaId: saga.id }, 'discarding an import failed; recovery retries it');
          const reason = errorMessage(e);
          await this.ctx.sagas.deferToRecovery(saga, reason, 2000).catch(() => undefined);
        });
        if (err instanceof UpstreamError && err.code === 'invalid_bundle') throw INVALID_ARCHIVE(err.message);
        if (err instanceof UpstreamError && err.statusCode === 413)
          throw ARCHIVE_TOO_LARGE('a file or the history is larger than George accepts');
        throw IMPORT_FAILED();
      }
      return { project, jobIds: data.jobIds ?? [] };
    } finally {
      release();
    }
  }

  private async restore(
    saga: SagasTable,
    data: ImportData,
    archive: ReadArchive,
    principal: Principal,
  ): Promise<void> {
    const { files, git, sagas } = this.ctx;
    const projectId = saga.project_id;
    const call = this.call(principal);
    const { manifest } = archive;
    if (manifest.history) {
      await git.importBundle(projectId, archive.read(manifest.history), call);
    }
    data.historyDone = true;
    await sagas.update(saga, { step: 'files', data });
    for (const f of manifest.files) {
      const meta = await files.upload(
        projectId,
        { filename: f.name, data: archive.read(f.original) },
        { kind: f.kind, ...call },
      );
      const restored = { from: f.id, id: meta.id, revision: meta.revision };
      data.files.push(restored);
      await sagas.update(saga, { data });
      const text = archive.read(f.text).toString('utf8');
      const extracted = await files.text(projectId, meta.id, {}, call);
      if (extracted.text !== text) {
        restored.revision = (await files.updateText(projectId, meta.id, { content: text }, call)).revision;
        await sagas.update(saga, { data });
      }
    }
    await sagas.update(saga, { step: 'commit', data });
    data.commit = await this.commitMapping(projectId, manifest, data, archive, principal);
    await this.finish(saga, data);
  }

  /** One commit: each text under its new file id, the archive's paths of the same files removed. */
  private async commitMapping(
    projectId: string,
    manifest: ArchiveManifest,
    data: ImportData,
    archive: ReadArchive,
    principal: Principal,
  ): Promise<string | null> {
    if (data.files.length === 0) return manifest.history ? (await this.ctx.git.head(projectId)).head : null;
    const call = this.call(principal);
    const present = manifest.history
      ? new Set((await this.ctx.git.tree(projectId, 'HEAD', call)).files.map((f) => f.path))
      : new Set<string>();
    const newId = new Map(data.files.map((f) => [f.from, f.id]));
    const result = await this.ctx.git.commit(
      projectId,
      {
        message: `Import ${manifest.project.name} from an archive`,
        author: gitAuthor(principal),
        files: manifest.files.flatMap((f) => {
          const id = newId.get(f.id);
          return id === undefined
            ? []
            : [{ path: textPath(id), content: archive.read(f.text).toString('utf8') }];
        }),
        deletes: data.files.map((f) => textPath(f.from)).filter((p) => present.has(p)),
      },
      call,
    );
    return result.head;
  }

  private async finish(saga: SagasTable, data: ImportData): Promise<void> {
    await inTransaction(this.ctx.database.db, async (trx) => {
      const jobIds: string[] = [];
      for (const f of data.files) {
        const job = await this.ctx.queue.enqueue(
          {
            type: INGEST_JOB,
            projectId: saga.project_id,
            fileId: f.id,
            payload: { fileId: f.id, revision: f.revision, commit: data.commit ?? null },
            dedupeKey: `saga:${saga.id}:${f.id}`,
            createdBy: saga.user_id,
          },
          trx,
        );
        jobIds.push(job.id);
      }
      data.jobIds = jobIds;
      await this.ctx.sagas.update(saga, { step: 'done', status: 'done', data, error: null }, trx);
    });
    this.ctx.runner.nudge();
  }

  /**
   * Undoes an import: the clean-up job is queued (an outbox) before the auth server deletes the
   * project, and it removes the files, history and records once the project is gone.
   */
  private async discard(saga: SagasTable): Promise<void> {
    const { auth, queue, runner, sagas } = this.ctx;
    await sagas.update(saga, { status: 'compensating' });
    const job = await queue.enqueue({
      type: PROJECT_CLEANUP_JOB,
      projectId: saga.project_id,
      maxAttempts: 20,
      dedupeKey: `saga:${saga.id}:discard`,
      createdBy: saga.user_id,
    });
    await auth.deleteProject(saga.project_id, { userId: saga.user_id }).catch((err) => {
      if (!isNotFound(err)) throw err;
    });
    this.deps.access.forget(saga.project_id);
    await queue.runNow(job.id);
    runner.nudge();
    await sagas.update(saga, { status: 'compensated', step: 'undone', error: null });
  }

  /** An import found unfinished after a crash is discarded (the author imports it again). */
  recover(saga: SagasTable): Promise<void> {
    return this.discard(saga);
  }
}
