import { randomBytes, randomUUID } from 'node:crypto';
import type { Invite, InviteCheck, Role } from '@george/contracts';
import { badRequest, HttpError, notFound } from '@george/runtime';
import type { Transaction } from 'kysely';
import { sha256 } from './accounts.js';
import { type AuthContext, iso, isoOrNull } from './context.js';
import type { AuthDB, InvitesTable } from './store/schema.js';

/** Invite codes: 20 random bytes, base64url (160 bits); stored only as a SHA-256 hash. */
function newCode(): string {
  return randomBytes(20).toString('base64url');
}

export async function createInvite(
  ctx: AuthContext,
  input: { role: Role; uses?: number | undefined; expiresAt?: string | undefined },
  createdBy: string | undefined,
): Promise<string> {
  const now = ctx.now();
  let expiresAt: number | null = null;
  if (input.expiresAt !== undefined) {
    expiresAt = Date.parse(input.expiresAt);
    if (!Number.isFinite(expiresAt))
      throw badRequest('invalid_expiry', 'expiresAt is not a date', { field: 'expiresAt' });
    if (expiresAt <= now)
      throw badRequest('invalid_expiry', 'expiresAt is in the past', { field: 'expiresAt' });
  }
  const code = newCode();
  const uses = input.uses ?? 1;
  await ctx.db
    .insertInto('invites')
    .values({
      id: randomUUID(),
      code_hash: sha256(code),
      hint: code.slice(0, 4),
      role: input.role,
      uses,
      uses_left: uses,
      expires_at: expiresAt,
      revoked_at: null,
      created_at: now,
      created_by: createdBy ?? null,
    })
    .execute();
  return code;
}

function toInvite(row: InvitesTable): Invite {
  return {
    id: row.id,
    hint: row.hint,
    role: row.role as Role,
    uses: row.uses,
    usesLeft: row.uses_left,
    expiresAt: isoOrNull(row.expires_at),
    revoked: row.revoked_at !== null,
    createdAt: iso(row.created_at),
    createdBy: row.created_by,
  };
}

export async function listInvites(ctx: AuthContext): Promise<Invite[]> {
  const rows = await ctx.db
    .selectFrom('invites')
    .selectAll()
    .orderBy('created_at', 'desc')
    .limit(1000)
    .execute();
  return rows.map(toInvite);
}

/** Reads a code without consuming it. */
export async function checkInvite(ctx: AuthContext, code: string): Promise<InviteCheck> {
  const row = await ctx.db
    .selectFrom('invites')
    .selectAll()
    .where('code_hash', '=', sha256(code))
    .executeTakeFirst();
  const now = ctx.now();
  if (
    !row ||
    row.revoked_at !== null ||
    row.uses_left <= 0 ||
    (row.expires_at !== null && row.expires_at <= now)
  ) {
    return { valid: false };
  }
  return {
    valid: true,
    role: row.role as Role,
    usesLeft: row.uses_left,
    expiresAt: isoOrNull(row.expires_at),
  };
}

export async function revokeInvite(ctx: AuthContext, inviteId: string): Promise<void> {
  const result = await ctx.db
    .updateTable('invites')
    .set({ revoked_at: ctx.now() })
    .where('id', '=', inviteId)
    .where('revoked_at', 'is', null)
    .executeTakeFirst();
  if (Number(result.numUpdatedRows) === 1) return;
  const exists = await ctx.db
    .selectFrom('invites')
    .select('id')
    .where('id', '=', inviteId)
    .executeTakeFirst();
  if (!exists) throw notFound('no such invite', 'invite_not_found');
}

/**
 * Takes one use of a code inside the sign-up transaction. The guarded decrement is atomic on both
 * engines: concurrent sign-ups queue on the row and only those that still find a use left succeed.
 */
export async function consumeInvite(
  ctx: AuthContext,
  trx: Transaction<AuthDB>,
  code: string,
): Promise<{ id: string; role: Role }> {
  const now = ctx.now();
  const codeHash = sha256(code);
  const result = await trx
    .updateTable('invites')
    .set((eb) => ({ uses_left: eb('uses_left', '-', 1) }))
    .where('code_hash', '=', codeHash)
    .where('uses_left', '>', 0)
    .where('revoked_at', 'is', null)
    .where((eb) => eb.or([eb('expires_at', 'is', null), eb('expires_at', '>', now)]))
    .executeTakeFirst();
  if (Number(result.numUpdatedRows) !== 1) {
    throw new HttpError(400, 'invalid_invite', 'the invite code is not valid, used up or expired', {
      field: 'inviteCode',
    });
  }
  const row = await trx
    .selectFrom('invites')
    .select(['id', 'role'])
    .where('code_hash', '=', codeHash)
    .executeTakeFirstOrThrow();
  return { id: row.id, role: row.role as Role };
}
