import { isRole, type Role, type User } from '@george/contracts';
import type { AuthContext } from '../context.js';
import { iso } from '../context.js';
import { authError } from '../errors.js';
import type { UserRow } from '../repositories/index.js';

/** A stored role; the column only ever holds known roles, so anything else is a broken row. */
export function roleOf(value: string): Role {
  if (!isRole(value)) throw new Error(`unknown role in the database: ${value}`);
  return value;
}

export function toUser(
  row: Pick<UserRow, 'id' | 'email' | 'name' | 'role' | 'disabled' | 'created_at'>,
): User {
  return {
    id: row.id,
    email: row.email,
    name: row.name,
    role: roleOf(row.role),
    disabled: row.disabled === 1,
    createdAt: iso(row.created_at),
  };
}

export async function getUserRow(ctx: AuthContext, userId: string): Promise<UserRow> {
  const user = await ctx.repos.users.findById(userId);
  if (!user) throw authError('user_not_found');
  return user;
}

/** When an acting user is named, it must be an enabled operator (operator tools call with the token only). */
export async function requireOperatorIfActing(
  ctx: AuthContext,
  actingUserId: string | undefined,
): Promise<void> {
  if (actingUserId === undefined) return;
  const actor = await ctx.repos.users.findById(actingUserId);
  if (!actor || actor.disabled === 1 || actor.role !== 'operator') throw authError('operator_required');
}
