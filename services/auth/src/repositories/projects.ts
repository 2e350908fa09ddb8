import type { Db } from '../store/db.js';
import type { GrantsTable, ProjectInvitationsTable, ProjectsTable } from '../store/schema.js';

export type ProjectRow = ProjectsTable;
export type GrantRow = GrantsTable;
export type InvitationRow = ProjectInvitationsTable;
export interface MemberRow {
  userId: string;
  email: string;
  name: string;
  level: string;
  grantedBy: string | null;
  updatedAt: number;
}

/** Projects, their grants and the invitations to them. */
export interface ProjectsRepository {
  insert(row: ProjectRow): Promise<void>;
  findById(id: string): Promise<ProjectRow | undefined>;
  listOwned(userId: string): Promise<ProjectRow[]>;
  listShared(userId: string): Promise<(ProjectRow & { level: string })[]>;
  update(
    id: string,
    changes: Partial<Pick<ProjectRow, 'name' | 'description' | 'updated_at'>>,
  ): Promise<void>;
  /** The project, its grants and its invitations. */
  delete(id: string): Promise<void>;
  findGrant(projectId: string, userId: string): Promise<GrantRow | undefined>;
  /** Inserts the grant or changes its level. */
  putGrant(row: GrantRow): Promise<void>;
  deleteGrant(projectId: string, userId: string): Promise<void>;
  listMembers(projectId: string): Promise<MemberRow[]>;
  /** Inserts the invitation of (project, email) or changes its level; answers the stored row. */
  putInvitation(row: InvitationRow): Promise<InvitationRow>;
  findInvitation(id: string): Promise<InvitationRow | undefined>;
  listInvitations(projectId: string): Promise<InvitationRow[]>;
  listInvitationsFor(email: string): Promise<(InvitationRow & { project_name: string })[]>;
  deleteInvitation(id: string): Promise<boolean>;
}

export class SqlProjectsRepository implements ProjectsRepository {
  constructor(private readonly db: Db) {}

  async insert(row: ProjectRow) {
    await this.db.insertInto('projects').values(row).execute();
  }

  findById(id: string) {
    return this.db.selectFrom('projects').selectAll().where('id', '=', id).executeTakeFirst();
  }

  listOwned(userId: string) {
    return this.db
      .selectFrom('projects')
      .selectAll()
      .where('owner_id', '=', userId)
      .orderBy('created_at', 'asc')
      .execute();
  }

  listShared(userId: string) {
    return this.db
      .selectFrom('grants')
      .innerJoin('projects', 'projects.id', 'grants.project_id')
      .selectAll('projects')
      .select('grants.level')
      .where('grants.user_id', '=', userId)
      .orderBy('projects.created_at', 'asc')
      .execute();
  }

  async update(id: string, changes: Partial<Pick<ProjectRow, 'name' | 'description' | 'updated_at'>>) {
    await this.db.updateTable('projects').set(changes).where('id', '=', id).execute();
  }

  async delete(id: string) {
    await this.db.deleteFrom('project_invitations').where('project_id', '=', id).execute();
    await this.db.deleteFrom('grants').where('project_id', '=', id).execute();
    await this.db.deleteFrom('projects').where('id', '=', id).execute();
  }

  findGrant(projectId: string, userId: string) {
    return this.db
      .selectFrom('grants')
      .selectAll()
      .where('project_id', '=', projectId)
      .where('user_id', '=', userId)
      .executeTakeFirst();
  }

  async putGrant(row: GrantRow) {
    await this.db
      .insertInto('grants')
      .values(row)
      .onConflict((oc) =>
        oc
          .columns(['project_id', 'user_id'])
          .doUpdateSet({ level: row.level, granted_by: row.granted_by, updated_at: row.updated_at }),
      )
      .execute();
  }

  async deleteGrant(projectId: string, userId: string) {
    await this.db
      .deleteFrom('grants')
      .where('project_id', '=', projectId)
      .where('user_id', '=', userId)
      .execute();
  }

  async listMembers(projectId: string) {
    const rows = await this.db
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
    return rows.map((g) => ({
      userId: g.id,
      email: g.email,
      name: g.name,
      level: g.level,
      grantedBy: g.granted_by,
      updatedAt: g.updated_at,
    }));
  }

  async putInvitation(row: InvitationRow) {
    await this.db
      .insertInto('project_invitations')
      .values(row)
      .onConflict((oc) =>
        oc
          .columns(['project_id', 'email'])
          .doUpdateSet({ level: row.level, invited_by: row.invited_by, updated_at: row.updated_at }),
      )
      .execute();
    return this.db
      .selectFrom('project_invitations')
      .selectAll()
      .where('project_id', '=', row.project_id)
      .where('email', '=', row.email)
      .executeTakeFirstOrThrow();
  }

  findInvitation(id: string) {
    return this.db.selectFrom('project_invitations').selectAll().where('id', '=', id).executeTakeFirst();
  }

  listInvitations(projectId: string) {
    return this.db
      .selectFrom('project_invitations')
      .selectAll()
      .where('project_id', '=', projectId)
      .orderBy('created_at', 'asc')
      .execute();
  }

  listInvitationsFor(email: string) {
    return this.db
      .selectFrom('project_invitations')
      .innerJoin('projects', 'projects.id', 'project_invitations.project_id')
      .selectAll('project_invitations')
      .select('projects.name as project_name')
      .where('project_invitations.email', '=', email)
      .orderBy('project_invitations.created_at', 'asc')
      .execute();
  }

  async deleteInvitation(id: string) {
    const result = await this.db.deleteFrom('project_invitations').where('id', '=', id).executeTakeFirst();
    return Number(result.numDeletedRows) === 1;
  }
}
