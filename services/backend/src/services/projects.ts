import type { AuthClient, CreateProjectBody, GrantLevel, UpdateProjectBody } from '@george/contracts';
import type { Static } from '@sinclair/typebox';
import type { JobRunner } from '../jobs/runner.js';
import { PROJECT_CLEANUP_JOB } from '../jobs/types.js';
import type { JobEnqueuer, JobQueue } from '../repositories/jobs.js';
import type { AccessCache } from './access.js';
import type { Principal } from './principal.js';

/** A deleted project's files, history and records are removed this long after (a safety delay). */
const CLEANUP_SAFETY_DELAY_MS = 10 * 60_000;

export interface ProjectServiceDeps {
  auth: Pick<
    AuthClient,
    | 'listProjects'
    | 'createProject'
    | 'getProject'
    | 'updateProject'
    | 'deleteProject'
    | 'listMembers'
    | 'inviteMember'
    | 'listProjectInvitations'
    | 'cancelInvitation'
    | 'myInvitations'
    | 'acceptInvitation'
    | 'declineInvitation'
    | 'updateMember'
    | 'removeMember'
  >;
  access: AccessCache;
  queue: JobEnqueuer & Pick<JobQueue, 'runNow'>;
  runner: Pick<JobRunner, 'nudge'>;
}

/** Projects and sharing: the auth server owns them and checks the acting user's rights. */
export class ProjectService {
  constructor(private readonly deps: ProjectServiceDeps) {}

  private who(principal: Principal) {
    return { userId: principal.userId, requestId: principal.requestId };
  }

  list(principal: Principal) {
    return this.deps.auth.listProjects(this.who(principal));
  }

  create(principal: Principal, body: Static<typeof CreateProjectBody>) {
    return this.deps.auth.createProject(body, this.who(principal));
  }

  get(principal: Principal, projectId: string) {
    return this.deps.auth.getProject(projectId, this.who(principal));
  }

  update(principal: Principal, projectId: string, body: Static<typeof UpdateProjectBody>) {
    return this.deps.auth.updateProject(projectId, body, this.who(principal));
  }

  /**
   * Deletes the project (owner only). The owner is checked first, so a refused or unknown project
   * writes nothing. Then the clean-up of its files, history and records is queued before the auth
   * server deletes the project (an outbox): if this process dies after the deletion, the job still
   * runs; if the deletion fails, the job finds the project alive and does nothing.
   */
  async delete(principal: Principal, projectId: string): Promise<void> {
    const { access, auth, queue, runner } = this.deps;
    await access.require(projectId, principal, 'owner');
    const job = await queue.enqueue({
      type: PROJECT_CLEANUP_JOB,
      projectId,
      runAt: Date.now() + CLEANUP_SAFETY_DELAY_MS,
      // It waits (retrying with back-off) for the project's running jobs to end.
      maxAttempts: 20,
      createdBy: principal.userId,
    });
    await auth.deleteProject(projectId, this.who(principal));
    access.forget(projectId);
    await queue.runNow(job.id);
    runner.nudge();
  }

  listMembers(principal: Principal, projectId: string) {
    return this.deps.auth.listMembers(projectId, this.who(principal));
  }

  /**
   * Invites someone by e-mail; they become a member when they accept. The answer is the same
   * whether or not the address has an account, so it tells nobody who uses George.
   */
  inviteMember(principal: Principal, projectId: string, body: { email: string; level: GrantLevel }) {
    return this.deps.auth.inviteMember(projectId, body, this.who(principal));
  }

  listInvitations(principal: Principal, projectId: string) {
    return this.deps.auth.listProjectInvitations(projectId, this.who(principal));
  }

  cancelInvitation(principal: Principal, projectId: string, invitationId: string): Promise<void> {
    return this.deps.auth.cancelInvitation(projectId, invitationId, this.who(principal));
  }

  /** The invitations addressed to the signed-in user. */
  myInvitations(principal: Principal) {
    return this.deps.auth.myInvitations(this.who(principal));
  }

  async acceptInvitation(principal: Principal, invitationId: string) {
    const project = await this.deps.auth.acceptInvitation(invitationId, this.who(principal));
    this.deps.access.forget(project.id);
    return project;
  }

  declineInvitation(principal: Principal, invitationId: string): Promise<void> {
    return this.deps.auth.declineInvitation(invitationId, this.who(principal));
  }

  async updateMember(principal: Principal, projectId: string, userId: string, level: GrantLevel) {
    const member = await this.deps.auth.updateMember(projectId, userId, level, this.who(principal));
    this.deps.access.forget(projectId);
    return member;
  }

  async removeMember(principal: Principal, projectId: string, userId: string): Promise<void> {
    await this.deps.auth.removeMember(projectId, userId, this.who(principal));
    this.deps.access.forget(projectId);
  }
}
