import { createHash } from 'node:crypto';
import { Transform } from 'node:stream';
import { FileKind, type FileMetadata, type FileSummary } from '@george/contracts';
import { errorMessage, inTransaction, parseStoredJson, UpstreamError } from '@george/runtime';
import { type Static, type TSchema, Type } from '@sinclair/typebox';
import type { BackendContext } from '../context.js';
import { FILE_TOO_LARGE, REVISION_CONFLICT, UPDATE_FAILED, UPLOAD_FAILED } from '../errors.js';
import { FORGET_FILE_JOB, INGEST_JOB } from '../jobs/types.js';
import type { SagasTable } from '../store/schema.js';
import { gitAuthor, type Principal } from './principal.js';

/** Where a file's extracted text lives in the project's git repository. */
export const textPath = (fileId: string) => `files/${fileId}.txt`;
export function fileIdFromPath(path: string): string | null {
  const match = /^files\/([0-9a-fA-F-]{36})\.txt$/.exec(path);
  return match?.[1] ?? null;
}

export function summary(meta: FileMetadata | FileSummary): FileSummary {
  const {
    chapters: _c,
    paragraphs: _p,
    ...rest
  }: FileSummary & Partial<Pick<FileMetadata, 'chapters' | 'paragraphs'>> = meta;
  return rest;
}

const isNotFound = (err: unknown) => err instanceof UpstreamError && err.statusCode === 404;
/** A 4xx answer: the other service refused, so it changed nothing. */
const isRefusal = (err: unknown) => err instanceof UpstreamError && err.statusCode < 500;

// The data of each saga type as its steps store it in `sagas.data` (JSON), read back by recovery.
// Every field added since the first version is optional (sha256, kind, forgetQueued), so sagas
// written by older code still read.

const Author = Type.Object({ name: Type.String(), email: Type.String() });

const UploadData = Type.Object({
  name: Type.String(),
  /** The kind the file is stored as (a web import is a `note`); absent: a manuscript. */
  kind: Type.Optional(FileKind),
  startedAt: Type.Number(),
  /** SHA-256 of the bytes sent, recorded before the filesystem server has the last of them. */
  sha256: Type.Optional(Type.String()),
  fileId: Type.Optional(Type.String()),
  revision: Type.Optional(Type.Integer()),
  commit: Type.Optional(Type.Union([Type.String(), Type.Null()])),
  jobId: Type.Optional(Type.String()),
});
type UploadData = Static<typeof UploadData>;

const TextChange = Type.Object({
  fileId: Type.String(),
  oldText: Type.String(),
  newText: Type.String(),
  baseRevision: Type.Integer(),
  updated: Type.Optional(Type.Boolean()),
});
type TextChange = Static<typeof TextChange>;

const TextData = Type.Object({
  message: Type.String(),
  author: Author,
  files: Type.Array(TextChange),
  commit: Type.Optional(Type.Union([Type.String(), Type.Null()])),
  jobIds: Type.Optional(Type.Array(Type.String())),
});
type TextData = Static<typeof TextData>;

const DeleteData = Type.Object({
  author: Author,
  name: Type.String(),
  gitDone: Type.Optional(Type.Boolean()),
  fsDone: Type.Optional(Type.Boolean()),
  forgetQueued: Type.Optional(Type.Boolean()),
});
type DeleteData = Static<typeof DeleteData>;

/** The schema of each saga type's data. */
export const SAGA_DATA = { upload: UploadData, text: TextData, delete: DeleteData };

/** A saga's stored data read back; a row the schema does not describe is reported as corrupt. */
export const sagaData = <T extends TSchema>(
  schema: T,
  saga: Pick<SagasTable, 'id' | 'type' | 'data'>,
): Static<T> => parseStoredJson(schema, saga.data, `sagas.data of ${saga.type} saga ${saga.id}`);

/**
 * The multi-service writes, each as a saga (see SagaLog): the steps in order, the compensation of
 * the earlier steps when a later one fails, and the same logic for recovery after a crash.
 */
export class FileOperations {
  constructor(private readonly ctx: BackendContext) {}

  private get sagas() {
    return this.ctx.sagas;
  }

  /** A compensation failed (a service is down): recovery retries it shortly. */
  private async defer(saga: SagasTable, err: unknown): Promise<void> {
    this.ctx.log.warn({ err, sagaId: saga.id }, 'saga compensation failed; recovery retries it');
    await this.sagas.deferToRecovery(saga, errorMessage(err), 2000).catch(() => undefined);
  }

  // -- upload: filesystem, then git, then the job ----------------------------------------------

  async upload(
    principal: Principal,
    projectId: string,
    file: {
      filename: string;
      stream: NodeJS.ReadableStream;
      mediaType: string;
      truncated: () => boolean;
      kind?: FileKind;
    },
    requestId: string,
  ): Promise<{ file: FileSummary; jobId: string }> {
    const data: UploadData = {
      name: file.filename,
      ...(file.kind ? { kind: file.kind } : {}),
      startedAt: Date.now(),
    };
    const saga = await this.sagas.begin('upload', projectId, principal.userId, 'store', data);
    const release = this.sagas.hold(saga);
    try {
      return await this.runUpload(saga, data, principal, projectId, file, requestId);
    } finally {
      release();
    }
  }

  private async runUpload(
    saga: SagasTable,
    data: UploadData,
    principal: Principal,
    projectId: string,
    file: { filename: string; stream: NodeJS.ReadableStream; mediaType: string; truncated: () => boolean },
    requestId: string,
  ): Promise<{ file: FileSummary; jobId: string }> {
    const { files, log } = this.ctx;
    const call = { requestId, userId: principal.userId };
    let meta: FileMetadata;
    // The bytes pass through a hash on their way; its value is in the saga before the final bytes
    // go out, so a crash while the filesystem server finishes can still find what it stored.
    const hash = createHash('sha256');
    const sagas = this.sagas;
    const metered = new Transform({
      transform(chunk: Buffer, _encoding, done) {
        hash.update(chunk);
        done(null, chunk);
      },
      flush(done) {
        data.sha256 = hash.digest('hex');
        sagas.update(saga, { data }).then(() => done(), done);
      },
    });
    file.stream.on('error', (err) => metered.destroy(err));
    try {
      meta = await files.upload(
        projectId,
        { filename: file.filename, data: file.stream.pipe(metered), mediaType: file.mediaType },
        { kind: data.kind ?? 'manuscript', ...call },
      );
    } catch (err) {
      file.stream.resume();
      const tooLarge = file.truncated();
      await this.compensateUpload(saga, data, !tooLarge && !isRefusal(err)).catch((e) => this.defer(saga, e));
      if (tooLarge) throw FILE_TOO_LARGE(this.ctx.config.maxUploadBytes);
      throw err;
    }
    data.fileId = meta.id;
    data.revision = meta.revision;
    if (file.truncated()) {
      await this.sagas.update(saga, { step: 'commit', data, fileId: meta.id });
      await this.compensateUpload(saga, data, false).catch(() => undefined);
      throw FILE_TOO_LARGE(this.ctx.config.maxUploadBytes);
    }
    await this.sagas.update(saga, { step: 'commit', data, fileId: meta.id });
    try {
      data.commit = await this.commitText(projectId, meta, principal, requestId);
    } catch (err) {
      log.warn({ err, sagaId: saga.id }, 'upload: git commit failed; undoing the upload');
      await this.compensateUpload(saga, data, true).catch((e) => this.defer(saga, e));
      throw UPLOAD_FAILED();
    }
    const jobId = await this.finishUpload(saga, data, principal.userId);
    return { file: summary(meta), jobId };
  }

  private async commitText(
    projectId: string,
    meta: { id: string; name: string; revision: number },
    principal: Pick<Principal, 'email' | 'userId'>,
    requestId?: string,
  ): Promise<string | null> {
    const text = await this.ctx.files.text(projectId, meta.id, {}, requestId ? { requestId } : {});
    const result = await this.ctx.git.commit(
      projectId,
      {
        message: `Upload ${meta.name}`,
        author: gitAuthor(principal),
        files: [{ path: textPath(meta.id), content: text.text }],
      },
      requestId ? { requestId } : {},
    );
    return result.head;
  }

  private async finishUpload(saga: SagasTable, data: UploadData, userId: string): Promise<string> {
    const job = await inTransaction(this.ctx.database.db, async (trx) => {
      const queued = await this.ctx.queue.enqueue(
        {
          type: INGEST_JOB,
          projectId: saga.project_id,
          fileId: data.fileId ?? null,
          payload: { fileId: data.fileId, revision: data.revision, commit: data.commit ?? null },
          dedupeKey: `saga:${saga.id}`,
          createdBy: userId,
        },
        trx,
      );
      data.jobId = queued.id;
      await this.sagas.update(saga, { step: 'done', status: 'done', data, error: null }, trx);
      return queued;
    });
    this.ctx.runner.nudge();
    return job.id;
  }

  /**
   * Undoes an upload: the stored file, and its git commit if it might have happened. `uncertain`:
   * the filesystem step failed in a way that may have stored the file anyway (timeout, 5xx), so
   * files of that name created since the saga began, and unknown to every saga, are removed.
   */
  private async compensateUpload(saga: SagasTable, data: UploadData, uncertain: boolean): Promise<void> {
    const { files, git } = this.ctx;
    await this.sagas.update(saga, { status: 'compensating', data });
    const projectId = saga.project_id;
    if (data.fileId) {
      await files.delete(projectId, data.fileId).catch((err) => {
        if (!isNotFound(err)) throw err;
      });
      if (saga.step !== 'store') {
        // The commit may have happened before its answer was lost: remove the text from the history.
        await git
          .commit(projectId, {
            message: `Undo the interrupted upload of ${data.name}`,
            author: { name: 'George', email: 'system@george.local' },
            deletes: [textPath(data.fileId)],
          })
          .catch((err) => {
            // A refusal (no repository yet, nothing to delete) changed nothing: nothing to undo.
            if (!isRefusal(err)) throw err;
          });
      }
    } else if (uncertain) {
      const known = await this.sagas.knownFileIds(projectId);
      const listed = await files
        .list(projectId, { kind: data.kind ?? 'manuscript' })
        .catch((err): FileSummary[] => {
          if (isNotFound(err)) return [];
          throw err;
        });
      for (const f of listed) {
        const created = Date.parse(f.createdAt);
        const same = data.sha256 ? f.sha256 === data.sha256 : f.name === data.name;
        if (same && created >= data.startedAt - 2000 && !known.has(f.id)) {
          await files.delete(projectId, f.id).catch((err) => {
            if (!isNotFound(err)) throw err;
          });
        }
      }
    }
    await this.sagas.update(saga, { status: 'compensated', step: 'undone', data, error: null });
  }

  // -- text updates (edit, restore): filesystem, then git, then the jobs ----------------------

  async updateTexts(
    principal: Principal,
    projectId: string,
    changes: { fileId: string; newText: string; baseRevision?: number }[],
    message: string,
    requestId: string,
  ): Promise<{ files: FileSummary[]; jobIds: string[]; commit: string | null }> {
    const { files, log } = this.ctx;
    const call = { requestId, userId: principal.userId };
    const planned: TextChange[] = [];
    for (const change of changes) {
      const current = await files.text(projectId, change.fileId, {}, call);
      if (change.baseRevision !== undefined && change.baseRevision !== current.revision) {
        throw REVISION_CONFLICT({ revision: current.revision });
      }
      planned.push({
        fileId: change.fileId,
        oldText: current.text,
        newText: change.newText,
        baseRevision: current.revision,
      });
    }
    const data: TextData = { message, author: gitAuthor(principal), files: planned };
    const saga = await this.sagas.begin(
      'text',
      projectId,
      principal.userId,
      'update',
      data,
      planned[0]?.fileId,
    );
    // A slow commit must not look abandoned to recovery, which would undo the new text.
    const release = this.sagas.hold(saga);
    try {
      const updated: FileSummary[] = [];
      try {
        for (const change of planned) {
          const meta = await files.updateText(
            projectId,
            change.fileId,
            { content: change.newText, baseRevision: change.baseRevision },
            call,
          );
          change.updated = true;
          updated.push(summary(meta));
          await this.sagas.update(saga, { data });
        }
      } catch (err) {
        await this.compensateText(saga, data).catch((e) => this.defer(saga, e));
        throw err;
      }
      await this.sagas.update(saga, { step: 'commit', data });
      try {
        data.commit = await this.commitTexts(projectId, data, requestId);
      } catch (err) {
        log.warn({ err, sagaId: saga.id }, 'text update: git commit failed; undoing it');
        await this.compensateText(saga, data).catch((e) => this.defer(saga, e));
        throw UPDATE_FAILED();
      }
      const jobIds = await this.finishText(saga, data);
      return { files: updated, jobIds, commit: data.commit ?? null };
    } finally {
      release();
    }
  }

  private async commitTexts(projectId: string, data: TextData, requestId?: string): Promise<string | null> {
    const result = await this.ctx.git.commit(
      projectId,
      {
        message: data.message,
        author: data.author,
        files: data.files.map((f) => ({ path: textPath(f.fileId), content: f.newText })),
      },
      requestId ? { requestId } : {},
    );
    return result.head;
  }

  private async finishText(saga: SagasTable, data: TextData): Promise<string[]> {
    const ids = await inTransaction(this.ctx.database.db, async (trx) => {
      const jobIds: string[] = [];
      for (const f of data.files) {
        const job = await this.ctx.queue.enqueue(
          {
            type: INGEST_JOB,
            projectId: saga.project_id,
            fileId: f.fileId,
            payload: { fileId: f.fileId, commit: data.commit ?? null },
            dedupeKey: `saga:${saga.id}:${f.fileId}`,
            createdBy: saga.user_id,
          },
          trx,
        );
        jobIds.push(job.id);
      }
      data.jobIds = jobIds;
      await this.sagas.update(saga, { step: 'done', status: 'done', data, error: null }, trx);
      return jobIds;
    });
    this.ctx.runner.nudge();
    return ids;
  }

  /** Puts back the old text of every file this saga changed (unless someone changed it again since). */
  private async compensateText(saga: SagasTable, data: TextData): Promise<void> {
    await this.sagas.update(saga, { status: 'compensating', data });
    for (const change of data.files) {
      const current = await this.ctx.files.text(saga.project_id, change.fileId).catch((err) => {
        if (isNotFound(err)) return undefined;
        throw err;
      });
      if (current && current.text === change.newText && change.newText !== change.oldText) {
        await this.ctx.files.updateText(saga.project_id, change.fileId, { content: change.oldText });
      }
      change.updated = false;
    }
    await this.sagas.update(saga, { status: 'compensated', step: 'undone', data, error: null });
  }

  // -- delete: filesystem, then git (forward only: both steps can always be completed) ---------

  async deleteFile(
    principal: Principal,
    projectId: string,
    fileId: string,
    requestId: string,
  ): Promise<FileSummary> {
    const call = { requestId, userId: principal.userId };
    const meta = await this.ctx.files.get(projectId, fileId, { paragraphs: false, ...call });
    const data: DeleteData = { author: gitAuthor(principal), name: meta.name };
    const saga = await this.sagas.begin('delete', projectId, principal.userId, 'delete', data, fileId);
    const release = this.sagas.hold(saga);
    try {
      await this.runDelete(saga, data);
    } catch (err) {
      release();
      // The file is gone from the filesystem or will be; the rest completes in recovery.
      this.ctx.log.warn({ err, sagaId: saga.id }, 'delete: a step failed; recovery completes it');
      await this.sagas.deferToRecovery(saga, errorMessage(err), 2000);
      if (!data.fsDone) throw err;
    } finally {
      release();
    }
    return summary(meta);
  }

  private async runDelete(saga: SagasTable, data: DeleteData): Promise<void> {
    const fileId = saga.file_id;
    if (fileId === null) throw new Error(`delete saga ${saga.id} has no file`);
    if (!data.fsDone) {
      await this.ctx.files.delete(saga.project_id, fileId).catch((err) => {
        if (!isNotFound(err)) throw err;
      });
      data.fsDone = true;
      await this.sagas.update(saga, { data, step: 'history' });
    }
    if (!data.gitDone) {
      await this.ctx.git
        .commit(saga.project_id, {
          message: `Delete ${data.name}`,
          author: data.author,
          deletes: [textPath(fileId)],
        })
        .catch((err) => {
          if (!isRefusal(err)) throw err;
        });
      data.gitDone = true;
    }
    if (!data.forgetQueued) {
      await this.ctx.queue.enqueue({
        type: FORGET_FILE_JOB,
        projectId: saga.project_id,
        fileId,
        payload: { fileId },
      });
      data.forgetQueued = true;
    }
    await this.sagas.update(saga, { data, step: 'done', status: 'done', error: null });
  }

  // -- recovery -------------------------------------------------------------------------------

  /** Completes or compensates a saga found unfinished (its process died or a step failed). */
  async recover(saga: SagasTable): Promise<void> {
    const exhausted = saga.attempts > this.ctx.config.sagas.maxAttempts;
    switch (saga.type) {
      case 'upload': {
        const data = sagaData(SAGA_DATA.upload, saga);
        if (saga.status === 'running' && saga.step === 'commit' && data.fileId && !exhausted) {
          // Past the filesystem step: finish it (the commit is a no-op when it already happened).
          const meta = await this.ctx.files
            .get(saga.project_id, data.fileId, { paragraphs: false })
            .catch((err) => {
              if (isNotFound(err)) return undefined;
              throw err;
            });
          if (meta) {
            const user = await this.ctx.auth.getUser(saga.user_id).catch(() => undefined);
            data.commit = await this.commitText(saga.project_id, meta, {
              userId: saga.user_id,
              email: user?.email ?? '',
            });
            await this.finishUpload(saga, data, saga.user_id);
            return;
          }
        }
        await this.compensateUpload(saga, data, saga.step === 'store');
        return;
      }
      case 'text': {
        const data = sagaData(SAGA_DATA.text, saga);
        if (saga.status === 'running' && saga.step === 'commit' && !exhausted) {
          data.commit = await this.commitTexts(saga.project_id, data);
          await this.finishText(saga, data);
          return;
        }
        await this.compensateText(saga, data);
        return;
      }
      case 'delete':
        await this.runDelete(saga, sagaData(SAGA_DATA.delete, saga));
        return;
      default:
        await this.sagas.update(saga, { status: 'compensated', error: `unknown saga type ${saga.type}` });
    }
  }
}

/** Finds sagas left unfinished (lease expired) and recovers them; runs beside the job runner. */
export class SagaRecovery {
  private timer: NodeJS.Timeout | undefined;
  private running = false;
  private stopped = true;

  constructor(
    private readonly ctx: BackendContext,
    private readonly operations: Pick<FileOperations, 'recover'>,
    private readonly intervalMs: number,
  ) {}

  start(): void {
    if (!this.stopped) return;
    this.stopped = false;
    this.schedule(0);
  }

  private schedule(ms: number) {
    this.timer = setTimeout(() => void this.sweep(), ms);
    this.timer.unref();
  }

  /** Recovers every saga that is due now; answers how many it handled. */
  async sweep(): Promise<number> {
    if (this.running) return 0;
    this.running = true;
    let handled = 0;
    try {
      for (;;) {
        const saga = await this.ctx.sagas.claimExpired();
        if (!saga) break;
        handled += 1;
        try {
          await this.operations.recover(saga);
          this.ctx.log.info({ sagaId: saga.id, type: saga.type }, 'saga recovered');
        } catch (err) {
          const delay = Math.min(60_000, 1000 * 2 ** Math.min(6, saga.attempts));
          this.ctx.log.warn(
            { err, sagaId: saga.id, attempts: saga.attempts },
            'saga recovery failed; retrying later',
          );
          await this.ctx.sagas.deferToRecovery(saga, errorMessage(err), delay);
        }
      }
    } catch (err) {
      this.ctx.log.warn({ err }, 'saga sweep failed');
    } finally {
      this.running = false;
      if (!this.stopped) this.schedule(this.intervalMs);
    }
    return handled;
  }

  stop(): void {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
  }
}
