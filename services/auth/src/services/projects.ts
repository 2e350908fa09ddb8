import { randomUUID } from 'node:crypto';
import {
  type AccessLevel,
  accessAtLeast,
  GRANT_LEVELS,
  type GrantLevel,
  type Member,
  type Project,
  type ProjectInvitation,
} from '@george/contracts';
import { displaySafe } from '@george/runtime';
import type { AuthContext } from '../context.js';
import { iso } from '../context.js';
import { normaliseEmail } from '../email.js';
import { authError } from '../errors.js';
import type { InvitationRow, ProjectRow, UserRow } from '../repositories/index.js';

/** A stored grant level; the column only ever holds known levels. */
function levelOf(value: string): GrantLevel {
  const level = GRANT_LEVELS.find((l) => l === value);
  if (!level) throw new Error(`unknown grant level in the database: ${value}`);
  return level;
}

function toProject(row: ProjectRow, access: AccessLevel): Project {
  return {
    id: row.id,
    name: row.name,
    description: row.description,
    ownerId: row.owner_id,
    createdAt: iso(row.created_at),
    updatedAt: iso(row.updated_at),
    access,
  };
}

function toInvitation(row: InvitationRow, projectName: string): ProjectInvitation {
  return {
    id: row.id,
    projectId: row.project_id,
    projectName,
    email: row.email,
    level: levelOf(row.level),
    invitedBy: row.invited_by,
    createdAt: iso(row.created_at),
  };
}

/** The acting user, who must exist and be enabled. */
async function actor(ctx: AuthContext, userId: string | undefined): Promise<UserRow> {
  if (!userId) throw authError('acting_user_required');
  const user = await ctx.repos.users.findById(userId);
  if (!user || user.disabled === 1) throw authError('invalid_user');
  return user;
}

/**
 * A user's level on a project: `owner` from ownership, else the explicit grant, else null.
 * Roles never give access; disabled users have none. Undefined when the project does not exist.
 */
async function accessLevel(
  ctx: AuthContext,
  projectId: string,
  userId: string,
): Promise<{ project: ProjectRow; level: AccessLevel | null } | undefined> {
  const project = await ctx.repos.projects.findById(projectId);
  if (!project) return undefined;
  const user = await ctx.repos.users.findById(userId);
  if (!user || user.disabled === 1) return { project, level: null };
  if (project.owner_id === userId) return { project, level: 'owner' };
  const grant = await ctx.repos.projects.findGrant(projectId, userId);
  return { project, level: grant ? levelOf(grant.level) : null };
}

/** The project and the actor's level, refusing (404, not revealing it exists) below `needed`. */
async function requireLevel(ctx: AuthContext, projectId: string, userId: string, needed: AccessLevel) {
  const found = await accessLevel(ctx, projectId, userId);
  if (!found?.level) throw authError('project_not_found');
  if (!accessAtLeast(found.level, needed)) {
    throw authError('insufficient_access', undefined, `this needs ${needed} access to the project`);
  }
  return { project: found.project, level: found.level };
}

function projectName(raw: string): string {
  const name = displaySafe(raw);
  if (name === '') throw authError('invalid_name', { field: 'name' });
  return name;
}

export async function createProject(
  ctx: AuthContext,
  actingUserId: string | undefined,
  body: { name: string; description?: string | undefined },
): Promise<Project> {
  const user = await actor(ctx, actingUserId);
  if (user.role === 'guest') throw authError('role_cannot_own');
  const now = ctx.now();
  const row: ProjectRow = {
    id: randomUUID(),
    owner_id: user.id,
    name: projectName(body.name),
    description: body.description ?? '',
    created_at: now,
    updated_at: now,
  };
  await ctx.repos.projects.insert(row);
  return toProject(row, 'owner');
}

/** The projects the user can open: owned, then shared. */
export async function listProjects(ctx: AuthContext, actingUserId: string | undefined): Promise<Project[]> {
  const user = await actor(ctx, actingUserId);
  const owned = await ctx.repos.projects.listOwned(user.id);
  const shared = await ctx.repos.projects.listShared(user.id);
  return [
    ...owned.map((p) => toProject(p, 'owner')),
    ...shared.map(({ level, ...p }) => toProject(p, levelOf(level))),
  ];
}

export async function getProject(ctx: AuthContext, actingUserId: string | undefined, projectId: string) {
  const user = await actor(ctx, actingUserId);
  const { project, level } = await requireLevel(ctx, projectId, user.id, 'read');
  return toProject(project, level);
}

export async function updateProject(
  ctx: AuthContext,
  actingUserId: string | undefined,
  projectId: string,
  body: { name?: string | undefined; description?: string | undefined },
): Promise<Project> {
  const user = await actor(ctx, actingUserId);
  const { project, level } = await requireLevel(ctx, projectId, user.id, 'admin');
  const changes: Partial<Pick<ProjectRow, 'name' | 'description' | 'updated_at'>> = { updated_at: ctx.now() };
  if (body.name !== undefined) changes.name = projectName(body.name);
  if (body.description !== undefined) changes.description = body.description;
  await ctx.repos.projects.update(projectId, changes);
  return toProject({ ...project, ...changes }, level);
}

/** Deletes a project with its grants and invitations (owner only). */
export async function deleteProject(ctx: AuthContext, actingUserId: string | undefined, projectId: string) {
  const user = await actor(ctx, actingUserId);
  await requireLevel(ctx, projectId, user.id, 'owner');
  await ctx.repos.transaction((repos) => repos.projects.delete(projectId));
}

export async function listMembers(
  ctx: AuthContext,
  actingUserId: string | undefined,
  projectId: string,
): Promise<Member[]> {
  const user = await actor(ctx, actingUserId);
  const { project } = await requireLevel(ctx, projectId, user.id, 'read');
  const owner = await ctx.repos.users.findById(project.owner_id);
  if (!owner) throw new Error(`project ${projectId} has no owner row`);
  const grants = await ctx.repos.projects.listMembers(projectId);
  return [
    {
      userId: owner.id,
      email: owner.email,
      name: owner.name,
      level: 'owner',
      grantedBy: null,
      grantedAt: iso(project.created_at),
    },
    ...grants.map((g) => ({
      userId: g.userId,
      email: g.email,
      name: g.name,
      level: levelOf(g.level),
      grantedBy: g.grantedBy,
      grantedAt: iso(g.updatedAt),
    })),
  ];
}

/**
 * Who may change a grant or invite: the owner, any level; an admin, only below admin (an admin
 * cannot make or unmake another admin).
 */
function checkGrantRights(
  actorLevel: AccessLevel,
  current: GrantLevel | undefined,
  wanted: GrantLevel | undefined,
) {
  if (actorLevel === 'owner') return;
  if (actorLevel !== 'admin')
    throw authError('insufficient_access', undefined, 'this needs admin access to the project');
  if (current === 'admin' || wanted === 'admin') {
    throw authError('insufficient_access', undefined, 'only the owner grants or changes admin access');
  }
}

/** Changes the level of an existing member (never adds one: people join by accepting an invitation). */
export async function updateMember(
  ctx: AuthContext,
  actingUserId: string | undefined,
  projectId: string,
  memberId: string,
  level: GrantLevel,
): Promise<Member> {
  const user = await actor(ctx, actingUserId);
  const { project, level: actorLevel } = await requireLevel(ctx, projectId, user.id, 'read');
  if (memberId === project.owner_id) throw authError('is_owner');
  const now = ctx.now();
  const member = await ctx.repos.transaction(async (repos) => {
    const current = await repos.projects.findGrant(projectId, memberId);
    const target = await repos.users.findById(memberId);
    if (!current || !target) throw authError('member_not_found');
    checkGrantRights(actorLevel, levelOf(current.level), level);
    await repos.projects.putGrant({ ...current, level, granted_by: user.id, updated_at: now });
    return target;
  });
  return {
    userId: member.id,
    email: member.email,
    name: member.name,
    level,
    grantedBy: user.id,
    grantedAt: iso(now),
  };
}

/**
 * Grants (or changes) a level for a user named by id or email, without asking them. Kept for the
 * backend until it sends invitations; an email that matches no account is a 404.
 */
export async function setMember(
  ctx: AuthContext,
  actingUserId: string | undefined,
  projectId: string,
  target: { userId?: string | undefined; email?: string | undefined },
  level: GrantLevel,
): Promise<{ member: Member; created: boolean }> {
  const user = await actor(ctx, actingUserId);
  const { project, level: actorLevel } = await requireLevel(ctx, projectId, user.id, 'read');
  if ((target.userId === undefined) === (target.email === undefined)) {
    throw authError('invalid_user_reference', { field: 'userId' });
  }
  const member =
    target.email !== undefined
      ? await ctx.repos.users.findByEmail(normaliseEmail(target.email))
      : await ctx.repos.users.findById(target.userId ?? '');
  if (!member) throw authError('user_not_found');
  if (member.id === project.owner_id) throw authError('is_owner');
  const now = ctx.now();
  const created = await ctx.repos.transaction(async (repos) => {
    const current = await repos.projects.findGrant(projectId, member.id);
    checkGrantRights(actorLevel, current ? levelOf(current.level) : undefined, level);
    await repos.projects.putGrant({
      project_id: projectId,
      user_id: member.id,
      level,
      granted_by: user.id,
      created_at: current?.created_at ?? now,
      updated_at: now,
    });
    return current === undefined;
  });
  return {
    member: {
      userId: member.id,
      email: member.email,
      name: member.name,
      level,
      grantedBy: user.id,
      grantedAt: iso(now),
    },
    created,
  };
}

/** Revokes a grant: the owner or an admin (below admin), or the member leaving. */
export async function removeMember(
  ctx: AuthContext,
  actingUserId: string | undefined,
  projectId: string,
  memberId: string,
): Promise<void> {
  const user = await actor(ctx, actingUserId);
  const { level: actorLevel } = await requireLevel(ctx, projectId, user.id, 'read');
  const current = await ctx.repos.projects.findGrant(projectId, memberId);
  if (!current) throw authError('member_not_found');
  if (memberId !== user.id) checkGrantRights(actorLevel, levelOf(current.level), undefined);
  await ctx.repos.projects.deleteGrant(projectId, memberId);
}

/** For the backend: the user's level on the project, or null; 404 when the project does not exist. */
export async function checkAccess(ctx: AuthContext, projectId: string, userId: string) {
  const found = await accessLevel(ctx, projectId, userId);
  if (!found) throw authError('project_not_found');
  return { projectId, userId, level: found.level };
}

/**
 * Invites an address to a project at a level. The answer is the same whether or not an account
 * has this address (no way to learn who has an account), and nobody joins until they accept.
 * Inviting the same address again changes the level.
 */
export async function inviteMember(
  ctx: AuthContext,
  actingUserId: string | undefined,
  projectId: string,
  body: { email: string; level: GrantLevel },
): Promise<ProjectInvitation> {
  const user = await actor(ctx, actingUserId);
  const { project, level: actorLevel } = await requireLevel(ctx, projectId, user.id, 'read');
  checkGrantRights(actorLevel, undefined, body.level);
  const email = normaliseEmail(body.email);
  const now = ctx.now();
  const row = await ctx.repos.projects.putInvitation({
    id: randomUUID(),
    project_id: projectId,
    email,
    level: body.level,
    invited_by: user.id,
    created_at: now,
    updated_at: now,
  });
  return toInvitation(row, project.name);
}

/** A project's open invitations, for its owner and admins. */
export async function listProjectInvitations(
  ctx: AuthContext,
  actingUserId: string | undefined,
  projectId: string,
): Promise<ProjectInvitation[]> {
  const user = await actor(ctx, actingUserId);
  const { project } = await requireLevel(ctx, projectId, user.id, 'admin');
  return (await ctx.repos.projects.listInvitations(projectId)).map((row) => toInvitation(row, project.name));
}

/** Withdraws an invitation (owner or admin; an admin not one to admin). */
export async function cancelInvitation(
  ctx: AuthContext,
  actingUserId: string | undefined,
  projectId: string,
  invitationId: string,
): Promise<void> {
  const user = await actor(ctx, actingUserId);
  const { level } = await requireLevel(ctx, projectId, user.id, 'admin');
  const invitation = await ctx.repos.projects.findInvitation(invitationId);
  if (!invitation || invitation.project_id !== projectId) throw authError('invitation_not_found');
  checkGrantRights(level, undefined, levelOf(invitation.level));
  await ctx.repos.projects.deleteInvitation(invitationId);
}

/** The invitations addressed to the acting user's email. */
export async function myInvitations(
  ctx: AuthContext,
  actingUserId: string | undefined,
): Promise<ProjectInvitation[]> {
  const user = await actor(ctx, actingUserId);
  const rows = await ctx.repos.projects.listInvitationsFor(user.email);
  return rows.map(({ project_name, ...row }) => toInvitation(row, project_name));
}

/**
 * The invited user accepts: the grant is made at the invited level (an existing grant keeps the
 * higher level) and the invitation is gone, together. Someone else's invitation is a 404.
 */
export async function acceptInvitation(
  ctx: AuthContext,
  actingUserId: string | undefined,
  invitationId: string,
): Promise<Project> {
  const user = await actor(ctx, actingUserId);
  const now = ctx.now();
  const { project, level } = await ctx.repos.transaction(async (repos) => {
    const invitation = await repos.projects.findInvitation(invitationId);
    if (!invitation || invitation.email !== user.email) throw authError('not_invited');
    const found = await repos.projects.findById(invitation.project_id);
    if (!found) throw authError('not_invited');
    await repos.projects.deleteInvitation(invitationId);
    if (found.owner_id === user.id) return { project: found, level: 'owner' as const };
    const current = await repos.projects.findGrant(found.id, user.id);
    const invited = levelOf(invitation.level);
    const kept = current && accessAtLeast(levelOf(current.level), invited) ? levelOf(current.level) : invited;
    await repos.projects.putGrant({
      project_id: found.id,
      user_id: user.id,
      level: kept,
      granted_by: invitation.invited_by,
      created_at: current?.created_at ?? now,
      updated_at: now,
    });
    return { project: found, level: kept };
  });
  return toProject(project, level);
}

/** The invited user declines: the invitation is gone. */
export async function declineInvitation(
  ctx: AuthContext,
  actingUserId: string | undefined,
  invitationId: string,
): Promise<void> {
  const user = await actor(ctx, actingUserId);
  const invitation = await ctx.repos.projects.findInvitation(invitationId);
  if (!invitation || invitation.email !== user.email) throw authError('not_invited');
  await ctx.repos.projects.deleteInvitation(invitationId);
}
