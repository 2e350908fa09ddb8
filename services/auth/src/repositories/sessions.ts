import type { DialectName } from '@george/runtime';
import { type Db, lockRows } from '../store/db.js';
import type { RefreshFamiliesTable, RefreshTokensTable } from '../store/schema.js';

export type RefreshTokenRow = RefreshTokensTable;
export type RefreshFamilyRow = RefreshFamiliesTable;

/** Refresh tokens (stored as hashes) grouped in one family per login. */
export interface SessionsRepository {
  createFamily(id: string, userId: string, now: number): Promise<void>;
  insertToken(row: RefreshTokenRow): Promise<void>;
  /** The token by hash, locked for the rest of the transaction. */
  findTokenForUpdate(tokenHash: string): Promise<RefreshTokenRow | undefined>;
  findFamily(id: string): Promise<RefreshFamilyRow | undefined>;
  /** Marks a token used unless it already is; false when another use came first. */
  markUsed(tokenId: string, now: number): Promise<boolean>;
  revokeFamily(familyId: string, reason: string, now: number): Promise<void>;
  revokeUser(userId: string, reason: string, now: number): Promise<void>;
}

export class SqlSessionsRepository implements SessionsRepository {
  constructor(
    private readonly db: Db,
    private readonly dialect: DialectName,
  ) {}

  async createFamily(id: string, userId: string, now: number) {
    await this.db
      .insertInto('refresh_families')
      .values({ id, user_id: userId, created_at: now, revoked_at: null, revoke_reason: null })
      .execute();
  }

  async insertToken(row: RefreshTokenRow) {
    await this.db.insertInto('refresh_tokens').values(row).execute();
  }

  findTokenForUpdate(tokenHash: string) {
    return lockRows(
      this.db.selectFrom('refresh_tokens').selectAll().where('token_hash', '=', tokenHash),
      this.dialect,
    ).executeTakeFirst();
  }

  findFamily(id: string) {
    return this.db.selectFrom('refresh_families').selectAll().where('id', '=', id).executeTakeFirst();
  }

  async markUsed(tokenId: string, now: number) {
    const marked = await this.db
      .updateTable('refresh_tokens')
      .set({ used_at: now })
      .where('id', '=', tokenId)
      .where('used_at', 'is', null)
      .executeTakeFirst();
    return Number(marked.numUpdatedRows) === 1;
  }

  async revokeFamily(familyId: string, reason: string, now: number) {
    await this.db
      .updateTable('refresh_families')
      .set({ revoked_at: now, revoke_reason: reason })
      .where('revoked_at', 'is', null)
      .where('id', '=', familyId)
      .execute();
  }

  async revokeUser(userId: string, reason: string, now: number) {
    await this.db
      .updateTable('refresh_families')
      .set({ revoked_at: now, revoke_reason: reason })
      .where('revoked_at', 'is', null)
      .where('user_id', '=', userId)
      .execute();
  }
}
