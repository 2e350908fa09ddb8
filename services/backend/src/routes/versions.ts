import type { FileChange } from '@george/contracts/git';
import { type GeorgeInstance, HttpError, UpstreamError } from '@george/runtime';
import { Type } from '@sinclair/typebox';
import type { BackendContext } from '../context.js';
import { type FileOperations, fileIdFromPath, textPath } from '../files.js';
import { API_PREFIX as P, type Principal } from '../session.js';
import {
  DiffQuery,
  ProjectParams,
  PublicDiffResponse,
  RestoreBody,
  RestoreResponse,
  VersionDetailSchema,
  VersionListQuery,
  VersionListResponse,
  VersionParams,
} from './schemas.js';

const withFileIds = (files: FileChange[]) => files.map((f) => ({ ...f, fileId: fileIdFromPath(f.path) }));
const noVersions = (err: unknown) => err instanceof UpstreamError && err.code === 'no_versions';

/** Versions: every change of a document is a commit in the project's history (git server). */
export function versionRoutes(app: GeorgeInstance, ctx: BackendContext, ops: FileOperations): void {
  const tags = ['versions'];
  const user = (request: { principal: Principal | undefined }) => request.principal as Principal;

  app.get(
    `${P}/projects/:projectId/versions`,
    {
      schema: {
        tags,
        params: ProjectParams,
        querystring: VersionListQuery,
        response: { 200: VersionListResponse },
      },
    },
    async (request) => {
      const { projectId } = request.params;
      await ctx.access.require(projectId, user(request).userId, 'read', request.id);
      const query: { path?: string; limit?: number; cursor?: string } = { limit: request.query.limit ?? 50 };
      if (request.query.fileId) query.path = textPath(request.query.fileId);
      if (request.query.cursor) query.cursor = request.query.cursor;
      try {
        const history = await ctx.git.history(projectId, query, { requestId: request.id });
        return { versions: history.commits, nextCursor: history.nextCursor };
      } catch (err) {
        if (noVersions(err)) return { versions: [], nextCursor: null };
        throw err;
      }
    },
  );

  app.get(
    `${P}/projects/:projectId/versions/:versionId`,
    {
      schema: {
        tags,
        params: VersionParams,
        response: { 200: Type.Object({ version: VersionDetailSchema }) },
      },
    },
    async (request) => {
      const { projectId, versionId } = request.params;
      await ctx.access.require(projectId, user(request).userId, 'read', request.id);
      const { changes, ...commit } = await ctx.git.getCommit(projectId, versionId, { requestId: request.id });
      return { version: { ...commit, files: withFileIds(changes) } };
    },
  );

  app.get(
    `${P}/projects/:projectId/diff`,
    {
      schema: { tags, params: ProjectParams, querystring: DiffQuery, response: { 200: PublicDiffResponse } },
    },
    async (request) => {
      const { projectId } = request.params;
      await ctx.access.require(projectId, user(request).userId, 'read', request.id);
      const query: { from?: string; to?: string; path?: string } = {};
      if (request.query.from) query.from = request.query.from;
      if (request.query.to) query.to = request.query.to;
      if (request.query.fileId) query.path = textPath(request.query.fileId);
      const diff = await ctx.git.diff(projectId, query, { requestId: request.id });
      return { ...diff, files: withFileIds(diff.files) };
    },
  );

  app.post(
    `${P}/projects/:projectId/versions/:versionId/restore`,
    {
      schema: {
        tags,
        params: VersionParams,
        body: RestoreBody,
        description:
          'Restores the text of one file (`fileId`) or of every current file to this version, as a new ' +
          'version; the files are updated and re-ingested.',
        response: { 202: RestoreResponse },
      },
    },
    async (request, reply) => {
      const { projectId, versionId } = request.params;
      const principal = user(request);
      await ctx.access.require(projectId, principal.userId, 'edit', request.id);
      const call = { requestId: request.id };
      const tree = await ctx.git.tree(projectId, versionId, call);
      const current = new Set(
        (await ctx.files.list(projectId, { ...call, userId: principal.userId })).map((f) => f.id),
      );
      const wanted = tree.files
        .map((f) => fileIdFromPath(f.path))
        .filter((id): id is string => id !== null && current.has(id))
        .filter((id) => !request.body.fileId || id === request.body.fileId);
      if (wanted.length === 0) {
        throw new HttpError(404, 'nothing_to_restore', 'no current file has a text at this version');
      }
      const changes: { fileId: string; newText: string }[] = [];
      for (const fileId of wanted) {
        const [old, now] = await Promise.all([
          ctx.git.fileAt(projectId, textPath(fileId), versionId, call),
          ctx.files.text(projectId, fileId, {}, call),
        ]);
        const text =
          old.encoding === 'base64' ? Buffer.from(old.content, 'base64').toString('utf8') : old.content;
        if (text !== now.text) changes.push({ fileId, newText: text });
      }
      if (changes.length === 0) return reply.code(202).send({ version: null, restored: [], jobIds: [] });
      const short = (tree.commit ?? versionId).slice(0, 12);
      const result = await ops.updateTexts(
        principal,
        projectId,
        changes,
        `Restore ${changes.length === 1 ? 'a file' : `${changes.length} files`} to version ${short}`,
        request.id,
      );
      return reply.code(202).send({
        version: result.commit,
        restored: changes.map((c) => c.fileId),
        jobIds: result.jobIds,
      });
    },
  );
}
