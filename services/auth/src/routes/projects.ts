import {
  AccessResponse,
  AddMemberBody,
  CreateProjectBody,
  MemberListSchema,
  MemberParams,
  MemberResponse,
  ProjectIdParams,
  ProjectListSchema,
  ProjectResponse,
  UpdateMemberBody,
  UpdateProjectBody,
} from '@george/contracts';
import type { GeorgeInstance } from '@george/runtime';
import type { AuthContext } from '../context.js';
import {
  checkAccess,
  createProject,
  deleteProject,
  getProject,
  listMembers,
  listProjects,
  removeMember,
  setMember,
  updateProject,
} from '../projects.js';

/** Projects and sharing. The acting user (X-User-Id) is the one whose rights count. */
export function projectRoutes(app: GeorgeInstance, ctx: AuthContext): void {
  app.post(
    '/internal/projects',
    { schema: { body: CreateProjectBody, response: { 201: ProjectResponse } } },
    async (request, reply) =>
      reply.code(201).send({ project: await createProject(ctx, request.actingUserId, request.body) }),
  );

  app.get('/internal/projects', { schema: { response: { 200: ProjectListSchema } } }, async (request) => ({
    projects: await listProjects(ctx, request.actingUserId),
  }));

  app.get(
    '/internal/projects/:projectId',
    { schema: { params: ProjectIdParams, response: { 200: ProjectResponse } } },
    async (request) => ({ project: await getProject(ctx, request.actingUserId, request.params.projectId) }),
  );

  app.patch(
    '/internal/projects/:projectId',
    { schema: { params: ProjectIdParams, body: UpdateProjectBody, response: { 200: ProjectResponse } } },
    async (request) => ({
      project: await updateProject(ctx, request.actingUserId, request.params.projectId, request.body),
    }),
  );

  app.delete(
    '/internal/projects/:projectId',
    { schema: { params: ProjectIdParams } },
    async (request, reply) => {
      await deleteProject(ctx, request.actingUserId, request.params.projectId);
      return reply.code(204).send();
    },
  );

  app.get(
    '/internal/projects/:projectId/members',
    { schema: { params: ProjectIdParams, response: { 200: MemberListSchema } } },
    async (request) => ({ members: await listMembers(ctx, request.actingUserId, request.params.projectId) }),
  );

  app.post(
    '/internal/projects/:projectId/members',
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
        false,
      );
      return reply.code(result.created ? 201 : 200).send({ member: result.member });
    },
  );

  app.patch(
    '/internal/projects/:projectId/members/:userId',
    { schema: { params: MemberParams, body: UpdateMemberBody, response: { 200: MemberResponse } } },
    async (request) => {
      const { projectId, userId } = request.params;
      const result = await setMember(
        ctx,
        request.actingUserId,
        projectId,
        { userId },
        request.body.level,
        true,
      );
      return { member: result.member };
    },
  );

  app.delete(
    '/internal/projects/:projectId/members/:userId',
    { schema: { params: MemberParams } },
    async (request, reply) => {
      await removeMember(ctx, request.actingUserId, request.params.projectId, request.params.userId);
      return reply.code(204).send();
    },
  );

  app.get(
    '/internal/projects/:projectId/access/:userId',
    { schema: { params: MemberParams, response: { 200: AccessResponse } } },
    (request) => checkAccess(ctx, request.params.projectId, request.params.userId),
  );
}
