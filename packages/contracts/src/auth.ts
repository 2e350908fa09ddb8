/**
 * The Auth Server's internal API (port 6001): the typed client other services (the backend, operator
 * tools) call it through; the schemas are in schemas/auth.ts.
 */
import { type CallOptions, InternalClient, type InternalClientOptions, serviceUrl } from '@george/runtime';
import type { Static } from '@sinclair/typebox';
import {
  type ChangePasswordBody,
  type CreateInviteRequest,
  type CreateProjectBody,
  type GrantLevel,
  type Invite,
  type InviteCheck,
  JWKS_PATH,
  type ListUsersQuery,
  type Lockout,
  type LockoutEntry,
  type LoginRequest,
  type Member,
  type Project,
  type ProjectAccess,
  type ProjectInvitation,
  type RegisterRequest,
  type Session,
  type UpdateProjectBody,
  type User,
  type UserList,
  type VerifyTokenResponse,
} from './schemas/auth.js';

export * from './schemas/auth.js';

// ---------------------------------------------------------------------------------------------
// The client
// ---------------------------------------------------------------------------------------------

export interface AuthClientSettings {
  token: string;
  env?: NodeJS.ProcessEnv;
  /** Overrides AUTH_SERVER_URL. */
  baseUrl?: string;
  timeoutMs?: number;
}

export interface ActingContext {
  /** The user the call is made for (X-User-Id). */
  userId?: string;
  requestId?: string;
}

/** Typed calls to the Auth Server. Errors arrive as UpstreamError / ServiceUnavailableError. */
export class AuthClient {
  readonly http: InternalClient;

  constructor(settings: AuthClientSettings) {
    const options: InternalClientOptions = {
      service: 'auth',
      baseUrl: settings.baseUrl ?? serviceUrl('auth', settings.env ?? process.env),
      token: settings.token,
    };
    if (settings.timeoutMs) options.timeoutMs = settings.timeoutMs;
    this.http = new InternalClient(options);
  }

  private async send<T>(options: CallOptions, ctx: ActingContext = {}): Promise<T> {
    const call: CallOptions = { ...options };
    if (ctx.userId) call.userId = ctx.userId;
    if (ctx.requestId) call.requestId = ctx.requestId;
    return (await this.http.call<T>(call)).body;
  }

  /** The public keys access tokens verify with (no token needed by the server, sent anyway). */
  jwks(ctx?: ActingContext) {
    return this.send<{ keys: Record<string, unknown>[] }>({ path: JWKS_PATH }, ctx);
  }

  register(body: RegisterRequest, ctx?: ActingContext) {
    return this.send<Session>({ method: 'POST', path: '/internal/users/register', body }, ctx);
  }
  login(body: LoginRequest, ctx?: ActingContext) {
    return this.send<Session>({ method: 'POST', path: '/internal/sessions/login', body }, ctx);
  }
  refresh(refreshToken: string, ctx?: ActingContext) {
    return this.send<Session>(
      { method: 'POST', path: '/internal/sessions/refresh', body: { refreshToken } },
      ctx,
    );
  }
  async logout(refreshToken: string, everywhere = false, ctx?: ActingContext): Promise<void> {
    await this.send<undefined>(
      { method: 'POST', path: '/internal/sessions/logout', body: { refreshToken, everywhere } },
      ctx,
    );
  }
  verifyToken(token: string, ctx?: ActingContext) {
    return this.send<Static<typeof VerifyTokenResponse>>(
      { method: 'POST', path: '/internal/tokens/verify', body: { token } },
      ctx,
    );
  }

  /** The acting user (ctx.userId). */
  async me(ctx: ActingContext & { userId: string }): Promise<User> {
    return (await this.send<{ user: User }>({ path: '/internal/users/me' }, ctx)).user;
  }
  async getUser(userId: string, ctx?: ActingContext): Promise<User> {
    return (await this.send<{ user: User }>({ path: `/internal/users/${enc(userId)}` }, ctx)).user;
  }
  /** Changes the password (as the user themself); every session ends and a new one is returned. */
  changePassword(userId: string, body: Static<typeof ChangePasswordBody>, ctx?: ActingContext) {
    return this.send<Session>(
      { method: 'POST', path: `/internal/users/${enc(userId)}/password`, body },
      { ...ctx, userId },
    );
  }
  async disableUser(userId: string, ctx?: ActingContext): Promise<User> {
    return (
      await this.send<{ user: User }>(
        { method: 'POST', path: `/internal/users/${enc(userId)}/disable`, idempotent: true },
        ctx,
      )
    ).user;
  }
  async enableUser(userId: string, ctx?: ActingContext): Promise<User> {
    return (
      await this.send<{ user: User }>(
        { method: 'POST', path: `/internal/users/${enc(userId)}/enable`, idempotent: true },
        ctx,
      )
    ).user;
  }
  lockout(userId: string, ctx?: ActingContext) {
    return this.send<Lockout>({ path: `/internal/users/${enc(userId)}/lockout` }, ctx);
  }
  async unlock(userId: string, ctx?: ActingContext): Promise<void> {
    await this.send<undefined>({ method: 'DELETE', path: `/internal/users/${enc(userId)}/lockout` }, ctx);
  }
  listUsers(query: Static<typeof ListUsersQuery> = {}, ctx?: ActingContext) {
    return this.send<UserList>({ path: '/internal/users', query }, ctx);
  }

  async listLockouts(ctx?: ActingContext): Promise<LockoutEntry[]> {
    return (await this.send<{ lockouts: LockoutEntry[] }>({ path: '/internal/lockouts' }, ctx)).lockouts;
  }
  async unlockAddress(address: string, ctx?: ActingContext): Promise<void> {
    await this.send<undefined>(
      { method: 'DELETE', path: `/internal/addresses/${enc(address)}/lockout` },
      ctx,
    );
  }
  createInvite(body: CreateInviteRequest, ctx?: ActingContext) {
    return this.send<{ code: string }>({ method: 'POST', path: '/internal/invites', body }, ctx);
  }
  checkInvite(code: string, clientAddress?: string, ctx?: ActingContext) {
    return this.send<InviteCheck>(
      {
        method: 'POST',
        path: '/internal/invites/check',
        body: clientAddress ? { code, clientAddress } : { code },
        idempotent: true,
      },
      ctx,
    );
  }
  async listInvites(ctx?: ActingContext): Promise<Invite[]> {
    return (await this.send<{ invites: Invite[] }>({ path: '/internal/invites' }, ctx)).invites;
  }
  async revokeInvite(inviteId: string, ctx?: ActingContext): Promise<void> {
    await this.send<undefined>({ method: 'DELETE', path: `/internal/invites/${enc(inviteId)}` }, ctx);
  }

  async createProject(
    body: Static<typeof CreateProjectBody>,
    ctx: ActingContext & { userId: string },
  ): Promise<Project> {
    return (await this.send<{ project: Project }>({ method: 'POST', path: '/internal/projects', body }, ctx))
      .project;
  }
  async listProjects(ctx: ActingContext & { userId: string }): Promise<Project[]> {
    return (await this.send<{ projects: Project[] }>({ path: '/internal/projects' }, ctx)).projects;
  }
  async getProject(projectId: string, ctx: ActingContext & { userId: string }): Promise<Project> {
    return (await this.send<{ project: Project }>({ path: `/internal/projects/${enc(projectId)}` }, ctx))
      .project;
  }
  async updateProject(
    projectId: string,
    body: Static<typeof UpdateProjectBody>,
    ctx: ActingContext & { userId: string },
  ): Promise<Project> {
    return (
      await this.send<{ project: Project }>(
        { method: 'PATCH', path: `/internal/projects/${enc(projectId)}`, body },
        ctx,
      )
    ).project;
  }
  async deleteProject(projectId: string, ctx: ActingContext & { userId: string }): Promise<void> {
    await this.send<undefined>({ method: 'DELETE', path: `/internal/projects/${enc(projectId)}` }, ctx);
  }
  async listMembers(projectId: string, ctx: ActingContext & { userId: string }): Promise<Member[]> {
    return (
      await this.send<{ members: Member[] }>({ path: `/internal/projects/${enc(projectId)}/members` }, ctx)
    ).members;
  }
  async inviteMember(
    projectId: string,
    body: { email: string; level: GrantLevel },
    ctx: ActingContext & { userId: string },
  ): Promise<ProjectInvitation> {
    return (
      await this.send<{ invitation: ProjectInvitation }>(
        { method: 'POST', path: `/internal/projects/${enc(projectId)}/invitations`, body, idempotent: true },
        ctx,
      )
    ).invitation;
  }
  async listProjectInvitations(
    projectId: string,
    ctx: ActingContext & { userId: string },
  ): Promise<ProjectInvitation[]> {
    return (
      await this.send<{ invitations: ProjectInvitation[] }>(
        { path: `/internal/projects/${enc(projectId)}/invitations` },
        ctx,
      )
    ).invitations;
  }
  async cancelInvitation(
    projectId: string,
    invitationId: string,
    ctx: ActingContext & { userId: string },
  ): Promise<void> {
    await this.send<undefined>(
      { method: 'DELETE', path: `/internal/projects/${enc(projectId)}/invitations/${enc(invitationId)}` },
      ctx,
    );
  }
  async myInvitations(ctx: ActingContext & { userId: string }): Promise<ProjectInvitation[]> {
    return (await this.send<{ invitations: ProjectInvitation[] }>({ path: '/internal/invitations' }, ctx))
      .invitations;
  }
  async acceptInvitation(invitationId: string, ctx: ActingContext & { userId: string }): Promise<Project> {
    return (
      await this.send<{ project: Project }>(
        { method: 'POST', path: `/internal/invitations/${enc(invitationId)}/accept` },
        ctx,
      )
    ).project;
  }
  async declineInvitation(invitationId: string, ctx: ActingContext & { userId: string }): Promise<void> {
    await this.send<undefined>(
      { method: 'POST', path: `/internal/invitations/${enc(invitationId)}/decline` },
      ctx,
    );
  }
  async updateMember(
    projectId: string,
    userId: string,
    level: GrantLevel,
    ctx: ActingContext & { userId: string },
  ): Promise<Member> {
    return (
      await this.send<{ member: Member }>(
        {
          method: 'PATCH',
          path: `/internal/projects/${enc(projectId)}/members/${enc(userId)}`,
          body: { level },
          idempotent: true,
        },
        ctx,
      )
    ).member;
  }
  async removeMember(projectId: string, userId: string, ctx: ActingContext & { userId: string }) {
    await this.send<undefined>(
      { method: 'DELETE', path: `/internal/projects/${enc(projectId)}/members/${enc(userId)}` },
      ctx,
    );
  }
  /** The user's level on the project (null: no access); 404 when the project does not exist. */
  checkAccess(projectId: string, userId: string, ctx?: ActingContext) {
    return this.send<ProjectAccess>(
      { path: `/internal/projects/${enc(projectId)}/access/${enc(userId)}` },
      ctx,
    );
  }
}

function enc(id: string): string {
  return encodeURIComponent(id);
}
