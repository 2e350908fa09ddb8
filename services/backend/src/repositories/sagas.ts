import { randomUUID } from 'node:crypto';
import type { Db } from '../store/db.js';
import type { SagaStatus, SagasTable } from '../store/schema.js';

/**
 * The saga log: one row per write that spans services (upload, edit, restore, delete). The row is
 * written before the first remote step and updated after each one, so after a crash the next start
 * knows exactly which steps happened and completes or compensates the saga. The process working on
 * a saga holds a lease on its row; recovery only touches sagas whose lease has expired.
 */
export class SagaLog {
  constructor(
    private readonly db: Db,
    private readonly leaseMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  async begin<T extends object>(
    type: string,
    projectId: string,
    userId: string,
    step: string,
    data: T,
    fileId: string | null = null,
  ): Promise<SagasTable> {
    const now = this.now();
    const row: SagasTable = {
      id: randomUUID(),
      type,
      project_id: projectId,
      user_id: userId,
      file_id: fileId,
      status: 'running',
      step,
      data: JSON.stringify(data),
      attempts: 0,
      lease_until: now + this.leaseMs,
      next_attempt_at: now,
      last_error: null,
      created_at: now,
      updated_at: now,
    };
    await this.db.insertInto('sagas').values(row).execute();
    return row;
  }

  /** Records a step (and renews the lease). */
  async update(
    saga: SagasTable,
    changes: { step?: string; status?: SagaStatus; data?: object; fileId?: string; error?: string | null },
    db: Db = this.db,
  ): Promise<void> {
    const now = this.now();
    if (changes.step) saga.step = changes.step;
    if (changes.status) saga.status = changes.status;
    if (changes.data) saga.data = JSON.stringify(changes.data);
    if (changes.fileId) saga.file_id = changes.fileId;
    if (changes.error !== undefined) saga.last_error = changes.error;
    saga.lease_until = now + this.leaseMs;
    saga.updated_at = now;
    await db
      .updateTable('sagas')
      .set({
        step: saga.step,
        status: saga.status,
        data: saga.data,
        file_id: saga.file_id,
        last_error: saga.last_error,
        lease_until: saga.lease_until,
        updated_at: now,
      })
      .where('id', '=', saga.id)
      .execute();
  }

  /**
   * Keeps renewing the saga's lease while the caller works on it (a long upload must not look
   * abandoned); call the returned function when done.
   */
  hold(saga: SagasTable): () => void {
    const timer = setInterval(
      () => {
        const now = this.now();
        this.db
          .updateTable('sagas')
          .set({ lease_until: now + this.leaseMs })
          .where('id', '=', saga.id)
          .where('status', 'in', ['running', 'compensating'])
          .where('lease_until', '>', now)
          .execute()
          .catch(() => undefined);
      },
      Math.max(100, Math.floor(this.leaseMs / 3)),
    );
    timer.unref();
    return () => clearInterval(timer);
  }

  /** Leaves the saga to recovery after a back-off (a step failed; the process keeps serving). */
  async deferToRecovery(saga: SagasTable, error: string, delayMs: number): Promise<void> {
    const now = this.now();
    await this.db
      .updateTable('sagas')
      .set({
        last_error: error.slice(0, 1000),
        lease_until: now,
        next_attempt_at: now + delayMs,
        updated_at: now,
      })
      .where('id', '=', saga.id)
      .execute();
  }

  /** Claims one open saga whose lease expired (its process died, or it was deferred). */
  async claimExpired(): Promise<SagasTable | undefined> {
    const now = this.now();
    const candidates = await this.db
      .selectFrom('sagas')
      .selectAll()
      .where('status', 'in', ['running', 'compensating'])
      .where('lease_until', '<=', now)
      .where('next_attempt_at', '<=', now)
      .orderBy('next_attempt_at')
      .limit(5)
      .execute();
    for (const saga of candidates) {
      const result = await this.db
        .updateTable('sagas')
        .set({ lease_until: now + this.leaseMs, attempts: saga.attempts + 1, updated_at: now })
        .where('id', '=', saga.id)
        .where('lease_until', '=', saga.lease_until)
        .where('attempts', '=', saga.attempts)
        .executeTakeFirst();
      if (Number(result.numUpdatedRows) === 1) {
        return { ...saga, lease_until: now + this.leaseMs, attempts: saga.attempts + 1 };
      }
    }
    return undefined;
  }

  /** File ids of uploads still in progress or being undone (hidden from listings). */
  async unfinishedUploadFileIds(projectId: string): Promise<Set<string>> {
    const rows = await this.db
      .selectFrom('sagas')
      .select('file_id')
      .where('project_id', '=', projectId)
      .where('type', '=', 'upload')
      .where('status', 'in', ['running', 'compensating'])
      .execute();
    return new Set(rows.map((r) => r.file_id).filter((id): id is string => id !== null));
  }

  async knownFileIds(projectId: string): Promise<Set<string>> {
    const rows = await this.db
      .selectFrom('sagas')
      .select('file_id')
      .where('project_id', '=', projectId)
      .where('file_id', 'is not', null)
      .execute();
    return new Set(rows.map((r) => r.file_id).filter((id): id is string => id !== null));
  }

  /** Removes the project's finished sagas (its clean-up; open ones stay for recovery). */
  async deleteFinished(projectId: string): Promise<void> {
    await this.db
      .deleteFrom('sagas')
      .where('project_id', '=', projectId)
      .where('status', 'in', ['done', 'compensated'])
      .execute();
  }

  list(options: { status?: SagaStatus | undefined; limit?: number } = {}): Promise<SagasTable[]> {
    let query = this.db.selectFrom('sagas').selectAll();
    if (options.status) query = query.where('status', '=', options.status);
    return query
      .orderBy('created_at', 'desc')
      .limit(options.limit ?? 100)
      .execute();
  }
}
