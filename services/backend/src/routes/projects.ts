import {
  AddMemberBody,
  CreateProjectBody,
  MemberListSchema,
  MemberResponse,
  ProjectListSchema,
  ProjectResponse,
  UpdateMemberBody,
  UpdateProjectBody,
} from '@george/contracts';
import type { GeorgeInstance } from '@george/runtime';
import type { BackendContext } from '../context.js';
import { PROJECT_CLEANUP_JOB } from '../files.js';
import { API_PREFIX as P, type Principal } from '../session.js';
import { ProjectMemberParams, ProjectParams } from './schemas.js';

const CLEANUP_SAFETY_DELAY_MS = 10 * 60_000;

/** Projects and sharing: the auth server owns them and checks the acting user's rights. */
export function projectRoutes(app: GeorgeInstance, ctx: BackendContext): void {
  const { auth } = ctx;
  const tags = ['projects'];
  const who = (request: { principal: Principal | undefined; id: string }) => ({
    userId: (request.principal as Principal).userId,
    requestId: request.id,
  });

  app.get(`${P}/projects`, { schema: { tags, response: { 200: ProjectListSchema } } }, async (request) => ({
    projects: await auth.listProjects(who(request)),
  }));

  app.post(
    `${P}/projects`,
    { schema: { tags, body: CreateProjectBody, response: { 201: ProjectResponse } } },
    async (request, reply) =>
      reply.code(201).send({ project: await auth.createProject(request.body, who(request)) }),
  );

  app.get(
    `${P}/projects/:projectId`,
    { schema: { tags, params: ProjectParams, response: { 200: ProjectResponse } } },
    async (request) => ({ project: await auth.getProject(request.params.projectId, who(request)) }),
  );

  app.patch(
    `${P}/projects/:projectId`,
    { schema: { tags, params: ProjectParams, body: UpdateProjectBody, response: { 200: ProjectResponse } } },
    async (request) => ({
      project: await auth.updateProject(request.params.projectId, request.body, who(request)),
    }),
  );

  app.delete(
    `${P}/projects/:projectId`,
    { schema: { tags, params: ProjectParams } },
    async (request, reply) => {
      const { projectId } = request.params;
      // Its files, history and records go in a durable job, written first (an outbox): if this
      // process dies after the auth server deleted the project, the job still runs (later); if the
      // deletion fails, the job finds the project alive and does nothing.
      const job = await ctx.queue.enqueue({
        type: PROJECT_CLEANUP_JOB,
        projectId,
        runAt: Date.now() + CLEANUP_SAFETY_DELAY_MS,
        // It waits (retrying with back-off) for the project's running jobs to end.
        maxAttempts: 20,
        createdBy: who(request).userId,
      });
      await auth.deleteProject(projectId, who(request));
      ctx.access.forget(projectId);
      await ctx.queue.runNow(job.id);
      ctx.runner.nudge();
      return reply.code(204).send();
    },
  );

  app.get(
    `${P}/projects/:projectId/members`,
    { schema: { tags, params: ProjectParams, response: { 200: MemberListSchema } } },
    async (request) => ({ members: await auth.listMembers(request.params.projectId, who(request)) }),
  );

  app.post(
    `${P}/projects/:projectId/members`,
    {
      schema: {
        tags,
        params: ProjectParams,
        body: AddMemberBody,
        response: { 201: MemberResponse },
      },
    },
    async (request, reply) => {
      const member = await auth.addMember(request.params.projectId, request.body, who(request));
      ctx.access.forget(request.params.projectId);
      return reply.code(201).send({ member });
    },
  );

  app.patch(
    `${P}/projects/:projectId/members/:userId`,
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
      const member = await auth.updateMember(projectId, userId, request.body.level, who(request));
      ctx.access.forget(projectId);
      return { member };
    },
  );

  app.delete(
    `${P}/projects/:projectId/members/:userId`,
    { schema: { tags, params: ProjectMemberParams } },
    async (request, reply) => {
      const { projectId, userId } = request.params;
      await auth.removeMember(projectId, userId, who(request));
      ctx.access.forget(projectId);
      return reply.code(204).send();
    },
  );
}
