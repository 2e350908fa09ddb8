import {
  CreateProjectBody,
  InvitationParams,
  InviteMemberBody,
  MemberListSchema,
  MemberResponse,
  ProjectImportBody,
  ProjectImportResponse,
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
import { MISSING_FILE, MULTIPART_REQUIRED } from '../errors.js';
import type { AreaRoutes } from '../http/contexts.js';
import { sendDownload } from '../http/download.js';

const tags = ['projects'];

/** Projects and sharing (`/projects`). */
export const projectRoutes: AreaRoutes = async (app, { services: { projects, archives }, config }) => {
  app.get('', { schema: { tags, response: { 200: ProjectListSchema } } }, async (request) => ({
    projects: await projects.list(request.principal),
  }));

  app.post(
    '',
    { schema: { tags, body: CreateProjectBody, response: { 201: ProjectResponse } } },
    async (request, reply) =>
      reply.code(201).send({ project: await projects.create(request.principal, request.body) }),
  );

  app.post(
    '/import',
    {
      schema: {
        tags,
        consumes: ['multipart/form-data'],
        response: { 201: ProjectImportResponse },
        description:
          'A new project owned by the caller from a project archive (multipart field `file`, at most ' +
          'MAX_ARCHIVE_BYTES): its files with their originals and text, its history, and the story ' +
          'bible rebuilt by the ingestion jobs listed. A bad archive is refused before anything is ' +
          'created; a failure later discards the new project.',
      },
      config: {
        swaggerTransform: ({ schema, url }) => ({ schema: { ...schema, body: ProjectImportBody }, url }),
      },
    },
    async (request, reply) => {
      const result = await archives.import(request.principal, async () => {
        if (!request.isMultipart()) throw MULTIPART_REQUIRED();
        // Cut at the limit rather than thrown, so the service answers with its own 413.
        const part = await request.file({
          limits: { fileSize: config.maxArchiveBytes, files: 1, parts: 10 },
          throwFileSizeLimit: false,
        });
        if (part?.fieldname !== 'file') throw MISSING_FILE();
        const data = await part.toBuffer();
        return { data, truncated: part.file.truncated };
      });
      return reply.code(201).send(result);
    },
  );

  app.get(
    '/:projectId/archive',
    {
      schema: {
        tags,
        params: ProjectParams,
        description:
          "The whole project as one zip George imports again: manifest.json, each file's original and " +
          'text, the history as a git bundle, the story bible as JSON. Read access.',
      },
    },
    async (request, reply) =>
      sendDownload(reply, await archives.export(request.principal, request.params.projectId)),
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
