import {
  CreateProjectBody,
  InvitationParams,
  InviteMemberBody,
  MemberListSchema,
  MemberResponse,
  ProjectInvitationListSchema,
  ProjectInvitationParams,
  ProjectInvitationResponse,
  ProjectListSchema,
  ProjectMemberParams,
  ProjectParams,
  ProjectResponse,
  UpdateMemberBody,
  UpdateProjectBody,
} from '@george/contracts/api';
import type { AreaRoutes } from '../http/contexts.js';

const tags = ['projects'];

/** Projects and sharing (`/projects`). */
export const projectRoutes: AreaRoutes = async (app, { services: { projects } }) => {
  app.get('', { schema: { tags, response: { 200: ProjectListSchema } } }, async (request) => ({
    projects: await projects.list(request.principal),
  }));

  app.post(
    '',
    { schema: { tags, body: CreateProjectBody, response: { 201: ProjectResponse } } },
    async (request, reply) =>
      reply.code(201).send({ project: await projects.create(request.principal, request.body) }),
  );

  app.get(
    '/:projectId',
    { schema: { tags, params: ProjectParams, response: { 200: ProjectResponse } } },
    async (request) => ({ project: await projects.get(request.principal, request.params.projectId) }),
  );

  app.patch(
    '/:projectId',
    { schema: { tags, params: ProjectParams, body: UpdateProjectBody, response: { 200: ProjectResponse } } },
    async (request) => ({
      project: await projects.update(request.principal, request.params.projectId, request.body),
    }),
  );

  app.delete(
    '/:projectId',
    {
      schema: {
        tags,
        params: ProjectParams,
        description: 'Owner only. The files, history and records are removed by a background job.',
      },
    },
    async (request, reply) => {
      await projects.delete(request.principal, request.params.projectId);
      return reply.code(204).send();
    },
  );

  app.get(
    '/:projectId/members',
    { schema: { tags, params: ProjectParams, response: { 200: MemberListSchema } } },
    async (request) => ({ members: await projects.listMembers(request.principal, request.params.projectId) }),
  );

  app.post(
    '/:projectId/invitations',
    {
      schema: {
        tags,
        params: ProjectParams,
        body: InviteMemberBody,
        response: { 201: ProjectInvitationResponse },
        description:
          'Invites someone by e-mail; they become a member when they accept. The answer does not ' +
          'say whether the address has an account.',
      },
    },
    async (request, reply) =>
      reply.code(201).send({
        invitation: await projects.inviteMember(request.principal, request.params.projectId, request.body),
      }),
  );

  app.get(
    '/:projectId/invitations',
    { schema: { tags, params: ProjectParams, response: { 200: ProjectInvitationListSchema } } },
    async (request) => ({
      invitations: await projects.listInvitations(request.principal, request.params.projectId),
    }),
  );

  app.delete(
    '/:projectId/invitations/:invitationId',
    { schema: { tags, params: ProjectInvitationParams } },
    async (request, reply) => {
      const { projectId, invitationId } = request.params;
      await projects.cancelInvitation(request.principal, projectId, invitationId);
      return reply.code(204).send();
    },
  );

  app.patch(
    '/:projectId/members/:userId',
    {
      schema: {
        tags,
        params: ProjectMemberParams,
        body: UpdateMemberBody,
        response: { 200: MemberResponse },
      },
    },
    async (request) => {
      const { projectId, userId } = request.params;
      return {
        member: await projects.updateMember(request.principal, projectId, userId, request.body.level),
      };
    },
  );

  app.delete(
    '/:projectId/members/:userId',
    { schema: { tags, params: ProjectMemberParams } },
    async (request, reply) => {
      await projects.removeMember(request.principal, request.params.projectId, request.params.userId);
      return reply.code(204).send();
    },
  );
};

/** The invitations addressed to the signed-in user (`/invitations`), and answering them. */
export const invitationRoutes: AreaRoutes = async (app, { services: { projects } }) => {
  app.get('', { schema: { tags, response: { 200: ProjectInvitationListSchema } } }, async (request) => ({
    invitations: await projects.myInvitations(request.principal),
  }));

  app.post(
    '/:invitationId/accept',
    { schema: { tags, params: InvitationParams, response: { 200: ProjectResponse } } },
    async (request) => ({
      project: await projects.acceptInvitation(request.principal, request.params.invitationId),
    }),
  );

  app.post(
    '/:invitationId/decline',
    { schema: { tags, params: InvitationParams } },
    async (request, reply) => {
      await projects.declineInvitation(request.principal, request.params.invitationId);
      return reply.code(204).send();
    },
  );
};
