import {
  AddMemberBody,
  CreateProjectBody,
  MemberListSchema,
  MemberResponse,
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
    '/:projectId/members',
    { schema: { tags, params: ProjectParams, body: AddMemberBody, response: { 201: MemberResponse } } },
    async (request, reply) =>
      reply.code(201).send({
        member: await projects.addMember(request.principal, request.params.projectId, request.body),
      }),
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
