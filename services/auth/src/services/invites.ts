import { randomUUID } from 'node:crypto';
import type { Invite, InviteCheck, Role } from '@george/contracts';
import type { AuthContext } from '../context.js';
import { iso, isoOrNull } from '../context.js';
import { randomToken, sha256 } from '../crypto.js';
import { authError } from '../errors.js';
import type { InviteRow } from '../repositories/index.js';
import { requireOperatorIfActing, roleOf } from './users.js';

/** Invite codes: 20 random bytes, base64url (160 bits); stored only as a SHA-256 hash. */
export async function createInvite(
  ctx: AuthContext,
  actingUserId: string | undefined,
  input: { role: Role; uses?: number | undefined; expiresAt?: string | undefined },
): Promise<string> {
  await requireOperatorIfActing(ctx, actingUserId);
  const now = ctx.now();
  let expiresAt: number | null = null;
  if (input.expiresAt !== undefined) {
    expiresAt = Date.parse(input.expiresAt);
    if (!Number.isFinite(expiresAt) || expiresAt <= now)
      throw authError('invalid_expiry', { field: 'expiresAt' });
  }
  const code = randomToken(20);
  const uses = input.uses ?? 1;
  await ctx.repos.invites.insert({
    id: randomUUID(),
    code_hash: sha256(code),
    hint: code.slice(0, 4),
    role: input.role,
    uses,
    uses_left: uses,
    expires_at: expiresAt,
    revoked_at: null,
    created_at: now,
    created_by: actingUserId ?? null,
  });
  return code;
}

function toInvite(row: InviteRow): Invite {
  return {
    id: row.id,
    hint: row.hint,
    role: roleOf(row.role),
    uses: row.uses,
    usesLeft: row.uses_left,
    expiresAt: isoOrNull(row.expires_at),
    revoked: row.revoked_at !== null,
    createdAt: iso(row.created_at),
    createdBy: row.created_by,
  };
}

export async function listInvites(ctx: AuthContext, actingUserId: string | undefined): Promise<Invite[]> {
  await requireOperatorIfActing(ctx, actingUserId);
  return (await ctx.repos.invites.list(1000)).map(toInvite);
}

/** Reads a code without consuming it; counted against the caller's address. */
export async function checkInvite(
  ctx: AuthContext,
  code: string,
  clientAddress: string,
): Promise<InviteCheck> {
  await ctx.throttle.inviteAttempt(clientAddress);
  const row = await ctx.repos.invites.findByHash(sha256(code));
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
    role: roleOf(row.role),
    usesLeft: row.uses_left,
    expiresAt: isoOrNull(row.expires_at),
  };
}

export async function revokeInvite(ctx: AuthContext, actingUserId: string | undefined, inviteId: string) {
  await requireOperatorIfActing(ctx, actingUserId);
  if ((await ctx.repos.invites.revoke(inviteId, ctx.now())) === 'missing')
    throw authError('invite_not_found');
}
