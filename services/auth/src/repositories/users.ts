import type { Role } from '@george/contracts';
import type { Db } from '../store/db.js';
import type { UsersTable } from '../store/schema.js';

export type UserRow = UsersTable;

export interface UsersRepository {
  findById(id: string): Promise<UserRow | undefined>;
  findByEmail(email: string): Promise<UserRow | undefined>;
  /** True when an operator exists, or any user with this email. */
  hasOperatorOrEmail(email: string): Promise<boolean>;
  /** Counts one more account unless the count has reached `cap`; false when it has. */
  countOneMore(cap: number): Promise<boolean>;
  insert(row: UserRow): Promise<void>;
  /** Replaces the hash only while it is still `expected` (a concurrent change wins). */
  replacePasswordHash(id: string, expected: string, hash: string, now: number): Promise<boolean>;
  setDisabled(id: string, disabled: boolean, now: number): Promise<boolean>;
  list(query: {
    role?: Role | undefined;
    limit: number;
    offset: number;
  }): Promise<{ rows: UserRow[]; total: number }>;
  /** Every account's id and email (the cap keeps this small). */
  identities(): Promise<{ id: string; email: string }[]>;
}

export class SqlUsersRepository implements UsersRepository {
  constructor(private readonly db: Db) {}

  findById(id: string) {
    return this.db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();
  }

  findByEmail(email: string) {
    return this.db.selectFrom('users').selectAll().where('email', '=', email).executeTakeFirst();
  }

  async hasOperatorOrEmail(email: string) {
    const row = await this.db
      .selectFrom('users')
      .select('id')
      .where((eb) => eb.or([eb('role', '=', 'operator'), eb('email', '=', email)]))
      .executeTakeFirst();
    return row !== undefined;
  }

  async countOneMore(cap: number) {
    // One guarded increment: concurrent sign-ups queue on this row and re-check the cap.
    const counted = await this.db
      .updateTable('counters')
      .set((eb) => ({ value: eb('value', '+', 1) }))
      .where('name', '=', 'users')
      .where('value', '<', cap)
      .executeTakeFirst();
    return Number(counted.numUpdatedRows) === 1;
  }

  async insert(row: UserRow) {
    await this.db.insertInto('users').values(row).execute();
  }

  async replacePasswordHash(id: string, expected: string, hash: string, now: number) {
    const result = await this.db
      .updateTable('users')
      .set({ password_hash: hash, updated_at: now })
      .where('id', '=', id)
      .where('password_hash', '=', expected)
      .executeTakeFirst();
    return Number(result.numUpdatedRows) === 1;
  }

  async setDisabled(id: string, disabled: boolean, now: number) {
    const result = await this.db
      .updateTable('users')
      .set({ disabled: disabled ? 1 : 0, updated_at: now })
      .where('id', '=', id)
      .executeTakeFirst();
    return Number(result.numUpdatedRows) === 1;
  }

  async list(query: { role?: Role | undefined; limit: number; offset: number }) {
    let q = this.db.selectFrom('users');
    if (query.role) q = q.where('role', '=', query.role);
    const rows = await q
      .selectAll()
      .orderBy('created_at', 'asc')
      .orderBy('id', 'asc')
      .limit(query.limit)
      .offset(query.offset)
      .execute();
    const total = await q.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    return { rows, total: Number(total.n) };
  }

  identities() {
    return this.db.selectFrom('users').select(['id', 'email']).execute();
  }
}
