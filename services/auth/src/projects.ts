import { randomUUID } from 'node:crypto';
import {
  type AccessLevel,
  accessAtLeast,
  type GrantLevel,
  type Member,
  type Project,
} from '@george/contracts';
import { badRequest, conflict, forbidden, HttpError, inTransaction, notFound } from '@george/runtime';
import { normaliseEmail } from './accounts.js';
import { type AuthContext, iso } from './context.js';
import type { ProjectsTable } from './store/schema.js';

const projectNotFound = () => notFound('no such project', 'project_not_found');

function toProject(row: ProjectsTable, access: AccessLevel): Project {
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

/** The acting user, who must exist and be enabled. */
async function actor(ctx: AuthContext, userId: string | undefined) {
  if (!userId) throw new HttpError(400, 'acting_user_required', 'X-User-Id is required');
  const user = await ctx.db
    .selectFrom('users')
    .select(['id', 'role', 'disabled'])
    .where('id', '=', userId)
    .executeTakeFirst();
  if (!user || user.disabled === 1) throw forbidden('the acting user is unknown or disabled', 'invalid_user');
  return user;
}

/**
 * A user's level on a project: `owner` from ownership, else the explicit grant, else null.
 * Roles never give access; disabled users have none.
 */
export async function accessLevel(
  ctx: AuthContext,
  projectId: string,
  userId: string,
): Promise<{ project: ProjectsTable; level: AccessLevel | null } | undefined> {
  const project = await ctx.db
    .selectFrom('projects')
    .selectAll()
    .where('id', '=', projectId)
    .executeTakeFirst();
  if (!project) return undefined;
  const user = await ctx.db
    .selectFrom('users')
    .select('disabled')
    .where('id', '=', userId)
    .executeTakeFirst();
  if (!user || user.disabled === 1) return { project, level: null };
  if (project.owner_id === userId) return { project, level: 'owner' };
  const grant = await ctx.db
    .selectFrom('grants')
    .select('level')
    .where('project_id', '=', projectId)
    .where('user_id', '=', userId)
    .executeTakeFirst();
  return { project, level: grant ? (grant.level as GrantLevel) : null };
}

/** The project and the actor's level, refusing (404, not revealing it exists) below `needed`. */
async function requireLevel(ctx: AuthContext, projectId: string, userId: string, needed: AccessLevel) {
  const found = await accessLevel(ctx, projectId, userId);
  if (!found?.level) throw projectNotFound();
  if (!accessAtLeast(found.level, needed)) {
    throw forbidden(`this needs ${needed} access to the project`, 'insufficient_access');
  }
  return { project: found.project, level: found.level };
}

export async function createProject(
  ctx: AuthContext,
  actingUserId: string | undefined,
  body: { name: string; description?: string | undefined },
): Promise<Project> {
  const user = await actor(ctx, actingUserId);
  if (user.role === 'guest') throw forbidden('guests work in projects shared with them', 'role_cannot_own');
  const name = body.name.trim();
  if (name === '') throw badRequest('invalid_name', 'name is empty', { field: 'name' });
  const now = ctx.now();
  const row: ProjectsTable = {
    id: randomUUID(),
    owner_id: user.id,
    name,
    description: body.description ?? '',
    created_at: now,
    updated_at: now,
  };
  await ctx.db.insertInto('projects').values(row).execute();
  return toProject(row, 'owner');
}

/** The projects the user can open: owned, then shared. */
export async function listProjects(ctx: AuthContext, actingUserId: string | undefined): Promise<Project[]> {
  const user = await actor(ctx, actingUserId);
  const owned = await ctx.db
    .selectFrom('projects')
    .selectAll()
    .where('owner_id', '=', user.id)
    .orderBy('created_at', 'asc')
    .execute();
  const shared = await ctx.db
    .selectFrom('grants')
    .innerJoin('projects', 'projects.id', 'grants.project_id')
    .selectAll('projects')
    .select('grants.level')
    .where('grants.user_id', '=', user.id)
    .orderBy('projects.created_at', 'asc')
    .execute();
  return [
    ...owned.map((p) => toProject(p, 'owner')),
    ...shared.map(({ level, ...p }) => toProject(p, level as GrantLevel)),
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
  const changes: Partial<ProjectsTable> = { updated_at: ctx.now() };
  if (body.name !== undefined) {
    const name = body.name.trim();
    if (name === '') throw badRequest('invalid_name', 'name is empty', { field: 'name' });
    changes.name = name;
  }
  if (body.description !== undefined) changes.description = body.description;
  await ctx.db.updateTable('projects').set(changes).where('id', '=', projectId).execute();
  return toProject({ ...project, ...changes }, level);
}

/** Deletes a project and its grants (owner only). */
export async function deleteProject(ctx: AuthContext, actingUserId: string | undefined, projectId: string) {
  const user = await actor(ctx, actingUserId);
  await requireLevel(ctx, projectId, user.id, 'owner');
  await inTransaction(ctx.db, async (trx) => {
    await trx.deleteFrom('grants').where('project_id', '=', projectId).execute();
    await trx.deleteFrom('projects').where('id', '=', projectId).execute();
  });
}

export async function listMembers(
  ctx: AuthContext,
  actingUserId: string | undefined,
  projectId: string,
): Promise<Member[]> {
  const user = await actor(ctx, actingUserId);
  const { project } = await requireLevel(ctx, projectId, user.id, 'read');
  const owner = await ctx.db
    .selectFrom('users')
    .select(['id', 'email', 'name'])
    .where('id', '=', project.owner_id)
    .executeTakeFirstOrThrow();
  const grants = await ctx.db
    .selectFrom('grants')
    .innerJoin('users', 'users.id', 'grants.user_id')
    .select([
      'users.id',
      'users.email',
      'users.name',
      'grants.level',
      'grants.granted_by',
      'grants.updated_at',
    ])
    .where('grants.project_id', '=', projectId)
    .orderBy('grants.created_at', 'asc')
    .execute();
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
      userId: g.id,
      email: g.email,
      name: g.name,
      level: g.level as GrantLevel,
      grantedBy: g.granted_by,
      grantedAt: iso(g.updated_at),
    })),
  ];
}

/**
 * Who may change a grant: the owner, any; an admin, only grants below admin (an admin cannot make
 * or unmake another admin).
 */
function checkGrantRights(
  actorLevel: AccessLevel,
  current: GrantLevel | undefined,
  wanted: GrantLevel | undefined,
) {
  if (actorLevel === 'owner') return;
  if (actorLevel !== 'admin')
    throw forbidden('this needs admin access to the project', 'insufficient_access');
  if (current === 'admin' || wanted === 'admin') {
    throw forbidden('only the owner grants or changes admin access', 'insufficient_access');
  }
}

async function targetUser(ctx: AuthContext, by: { userId?: string | undefined; email?: string | undefined }) {
  if ((by.userId === undefined) === (by.email === undefined)) {
    throw badRequest('validation_error', 'give exactly one of userId and email', { field: 'userId' });
  }
  let q = ctx.db.selectFrom('users').select(['id', 'email', 'name', 'disabled']);
  q =
    by.userId !== undefined
      ? q.where('id', '=', by.userId)
      : q.where('email', '=', normaliseEmail(by.email as string));
  const user = await q.executeTakeFirst();
  if (!user) throw notFound('no such user', 'user_not_found');
  return user;
}

/** Grants (or changes) a level; answers whether the grant is new. */
export async function setMember(
  ctx: AuthContext,
  actingUserId: string | undefined,
  projectId: string,
  target: { userId?: string | undefined; email?: string | undefined },
  level: GrantLevel,
  mustExist: boolean,
): Promise<{ member: Member; created: boolean }> {
  const user = await actor(ctx, actingUserId);
  const { project, level: actorLevel } = await requireLevel(ctx, projectId, user.id, 'read');
  const member = await targetUser(ctx, target);
  if (member.id === project.owner_id) throw conflict('is_owner', 'the owner has every right already');
  const now = ctx.now();
  const created = await inTransaction(ctx.db, async (trx) => {
    const current = await trx
      .selectFrom('grants')
      .select('level')
      .where('project_id', '=', projectId)
      .where('user_id', '=', member.id)
      .executeTakeFirst();
    if (mustExist && !current) throw notFound('this user has no grant on the project', 'member_not_found');
    checkGrantRights(actorLevel, current?.level as GrantLevel | undefined, level);
    if (current) {
      await trx
        .updateTable('grants')
        .set({ level, granted_by: user.id, updated_at: now })
        .where('project_id', '=', projectId)
        .where('user_id', '=', member.id)
        .execute();
      return false;
    }
    await trx
      .insertInto('grants')
      .values({
        project_id: projectId,
        user_id: member.id,
        level,
        granted_by: user.id,
        created_at: now,
        updated_at: now,
      })
      .execute();
    return true;
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
  const current = await ctx.db
    .selectFrom('grants')
    .select('level')
    .where('project_id', '=', projectId)
    .where('user_id', '=', memberId)
    .executeTakeFirst();
  if (!current) throw notFound('this user has no grant on the project', 'member_not_found');
  if (memberId !== user.id) checkGrantRights(actorLevel, current.level as GrantLevel, undefined);
  await ctx.db
    .deleteFrom('grants')
    .where('project_id', '=', projectId)
    .where('user_id', '=', memberId)
    .execute();
}

/** For the backend: the user's level on the project, or null. Undefined when the project does not exist. */
export async function checkAccess(ctx: AuthContext, projectId: string, userId: string) {
  const found = await accessLevel(ctx, projectId, userId);
  if (!found) throw projectNotFound();
  return { projectId, userId, level: found.level };
}
