import {
  AccessResponse,
  AddMemberBody,
  CreateProjectBody,
  InvitationParams,
  InviteMemberBody,
  MemberListSchema,
  MemberParams,
  MemberResponse,
  ProjectIdParams,
  ProjectInvitationListSchema,
  ProjectInvitationParams,
  ProjectInvitationResponse,
  ProjectListSchema,
  ProjectResponse,
  UpdateMemberBody,
  UpdateProjectBody,
} from '@george/contracts';
import {
  acceptInvitation,
  cancelInvitation,
  checkAccess,
  createProject,
  declineInvitation,
  deleteProject,
  getProject,
  inviteMember,
  listMembers,
  listProjectInvitations,
  listProjects,
  myInvitations,
  removeMember,
  setMember,
  updateMember,
  updateProject,
} from '../services/projects.js';
import type { AuthRoutes } from './plugin.js';

/** Projects, members and invitations. The acting user (X-User-Id) is the one whose rights count. */
export const projectRoutes: AuthRoutes = async (app, { ctx }) => {
  app.post(
    '/',
    { schema: { body: CreateProjectBody, response: { 201: ProjectResponse } } },
    async (request, reply) =>
      reply.code(201).send({ project: await createProject(ctx, request.actingUserId, request.body) }),
  );

  app.get('/', { schema: { response: { 200: ProjectListSchema } } }, async (request) => ({
    projects: await listProjects(ctx, request.actingUserId),
  }));

  app.get(
    '/:projectId',
    { schema: { params: ProjectIdParams, response: { 200: ProjectResponse } } },
    async (request) => ({ project: await getProject(ctx, request.actingUserId, request.params.projectId) }),
  );

  app.patch(
    '/:projectId',
    { schema: { params: ProjectIdParams, body: UpdateProjectBody, response: { 200: ProjectResponse } } },
    async (request) => ({
      project: await updateProject(ctx, request.actingUserId, request.params.projectId, request.body),
    }),
  );

  app.delete('/:projectId', { schema: { params: ProjectIdParams } }, async (request, reply) => {
    await deleteProject(ctx, request.actingUserId, request.params.projectId);
    return reply.code(204).send();
  });

  app.get(
    '/:projectId/members',
    { schema: { params: ProjectIdParams, response: { 200: MemberListSchema } } },
    async (request) => ({ members: await listMembers(ctx, request.actingUserId, request.params.projectId) }),
  );

  app.post(
    '/:projectId/members',
    {
      schema: {
        params: ProjectIdParams,
        body: AddMemberBody,
        response: { 200: MemberResponse, 201: MemberResponse },
      },
    },
    async (request, reply) => {
      const { userId, email, level } = request.body;
      const result = await setMember(
        ctx,
        request.actingUserId,
        request.params.projectId,
        { userId, email },
        level,
      );
      return reply.code(result.created ? 201 : 200).send({ member: result.member });
    },
  );

  app.patch(
    '/:projectId/members/:userId',
    { schema: { params: MemberParams, body: UpdateMemberBody, response: { 200: MemberResponse } } },
    async (request) => ({
      member: await updateMember(
        ctx,
        request.actingUserId,
        request.params.projectId,
        request.params.userId,
        request.body.level,
      ),
    }),
  );

  app.delete('/:projectId/members/:userId', { schema: { params: MemberParams } }, async (request, reply) => {
    await removeMember(ctx, request.actingUserId, request.params.projectId, request.params.userId);
    return reply.code(204).send();
  });

  app.get(
    '/:projectId/access/:userId',
    { schema: { params: MemberParams, response: { 200: AccessResponse } } },
    (request) => checkAccess(ctx, request.params.projectId, request.params.userId),
  );

  app.post(
    '/:projectId/invitations',
    {
      schema: {
        params: ProjectIdParams,
        body: InviteMemberBody,
        response: { 201: ProjectInvitationResponse },
      },
    },
    async (request, reply) =>
      reply.code(201).send({
        invitation: await inviteMember(ctx, request.actingUserId, request.params.projectId, request.body),
      }),
  );

  app.get(
    '/:projectId/invitations',
    { schema: { params: ProjectIdParams, response: { 200: ProjectInvitationListSchema } } },
    async (request) => ({
      invitations: await listProjectInvitations(ctx, request.actingUserId, request.params.projectId),
    }),
  );

  app.delete(
    '/:projectId/invitations/:invitationId',
    { schema: { params: ProjectInvitationParams } },
    async (request, reply) => {
      await cancelInvitation(
        ctx,
        request.actingUserId,
        request.params.projectId,
        request.params.invitationId,
      );
      return reply.code(204).send();
    },
  );
};

/** The invitations addressed to the acting user, and answering them. */
export const invitationRoutes: AuthRoutes = async (app, { ctx }) => {
  app.get('/', { schema: { response: { 200: ProjectInvitationListSchema } } }, async (request) => ({
    invitations: await myInvitations(ctx, request.actingUserId),
  }));

  app.post(
    '/:invitationId/accept',
    { schema: { params: InvitationParams, response: { 200: ProjectResponse } } },
    async (request) => ({
      project: await acceptInvitation(ctx, request.actingUserId, request.params.invitationId),
    }),
  );

  app.post('/:invitationId/decline', { schema: { params: InvitationParams } }, async (request, reply) => {
    await declineInvitation(ctx, request.actingUserId, request.params.invitationId);
    return reply.code(204).send();
  });
};
