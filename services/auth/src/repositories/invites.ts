import type { Db } from '../store/db.js';
import type { InvitesTable } from '../store/schema.js';

export type InviteRow = InvitesTable;

export interface InvitesRepository {
  insert(row: InviteRow): Promise<void>;
  list(limit: number): Promise<InviteRow[]>;
  findByHash(codeHash: string): Promise<InviteRow | undefined>;
  /** 'revoked', or 'missing' when no invite has this id; revoking twice is not an error. */
  revoke(id: string, now: number): Promise<'revoked' | 'missing'>;
  /**
   * Takes one use of a valid code (left, not revoked, not expired). The guarded decrement is atomic
   * on both engines: concurrent sign-ups queue on the row and re-check.
   */
  consume(codeHash: string, now: number): Promise<Pick<InviteRow, 'id' | 'role'> | undefined>;
}

export class SqlInvitesRepository implements InvitesRepository {
  constructor(private readonly db: Db) {}

  async insert(row: InviteRow) {
    await this.db.insertInto('invites').values(row).execute();
  }

  list(limit: number) {
    return this.db.selectFrom('invites').selectAll().orderBy('created_at', 'desc').limit(limit).execute();
  }

  findByHash(codeHash: string) {
    return this.db.selectFrom('invites').selectAll().where('code_hash', '=', codeHash).executeTakeFirst();
  }

  async revoke(id: string, now: number): Promise<'revoked' | 'missing'> {
    await this.db
      .updateTable('invites')
      .set({ revoked_at: now })
      .where('id', '=', id)
      .where('revoked_at', 'is', null)
      .execute();
    const exists = await this.db.selectFrom('invites').select('id').where('id', '=', id).executeTakeFirst();
    return exists ? 'revoked' : 'missing';
  }

  async consume(codeHash: string, now: number) {
    const result = await this.db
      .updateTable('invites')
      .set((eb) => ({ uses_left: eb('uses_left', '-', 1) }))
      .where('code_hash', '=', codeHash)
      .where('uses_left', '>', 0)
      .where('revoked_at', 'is', null)
      .where((eb) => eb.or([eb('expires_at', 'is', null), eb('expires_at', '>', now)]))
      .executeTakeFirst();
    if (Number(result.numUpdatedRows) !== 1) return undefined;
    return this.db
      .selectFrom('invites')
      .select(['id', 'role'])
      .where('code_hash', '=', codeHash)
      .executeTakeFirstOrThrow();
  }
}
