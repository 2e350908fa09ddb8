import { createReadStream } from 'node:fs';
import { rm } from 'node:fs/promises';
import {
  CreateCommitBody,
  DiffQuery,
  FileAtVersionQuery,
  GitCommitParams,
  GitProjectParams,
  HistoryQuery,
  RestoreBody,
  TreeQuery,
} from '@george/contracts/git';
import { badRequest, type GeorgeInstance } from '@george/runtime';
import type { GitConfig } from '../config.js';
import type { RepoStore } from '../repo.js';

export function gitRoutes(app: GeorgeInstance, store: RepoStore, config: GitConfig): void {
  app.post(
    '/projects/:projectId/commits',
    { schema: { params: GitProjectParams, body: CreateCommitBody } },
    async (request, reply) => {
      const { projectId } = request.params;
      const body = request.body;
      const writes = (body.files ?? []).map((f) => ({
        path: f.path,
        data: Buffer.from(f.content, f.encoding === 'base64' ? 'base64' : 'utf8'),
      }));
      if (writes.length === 0 && (body.deletes ?? []).length === 0) {
        throw badRequest('empty_commit', 'a commit needs at least one file to write or delete');
      }
      const outcome = await store.commit(projectId, {
        message: body.message,
        author: body.author,
        writes,
        deletes: body.deletes ?? [],
        ...(body.expectedHead !== undefined ? { expectedHead: body.expectedHead } : {}),
      });
      return reply.code(outcome.changed ? 201 : 200).send(outcome);
    },
  );

  app.get(
    '/projects/:projectId/commits',
    { schema: { params: GitProjectParams, querystring: HistoryQuery } },
    async (request) => {
      const limit = request.query.limit ?? 50;
      const offset = Number(request.query.cursor ?? '0');
      const { commits, more } = await store.history(request.params.projectId, {
        limit,
        offset,
        ...(request.query.path ? { path: request.query.path } : {}),
      });
      return { commits, nextCursor: more ? String(offset + limit) : null };
    },
  );

  app.get(
    '/projects/:projectId/commits/:commitId',
    { schema: { params: GitCommitParams } },
    async (request) => {
      const { projectId, commitId } = request.params;
      const id = await store.resolveCommit(projectId, commitId);
      const info = await store.commitInfo(projectId, id);
      const parent = info.parents[0] ?? null;
      const { files } = await store.diff(projectId, parent, id, undefined, 1);
      return { ...info, changes: files };
    },
  );

  app.get(
    '/projects/:projectId/file',
    { schema: { params: GitProjectParams, querystring: FileAtVersionQuery } },
    async (request) => {
      const { path, ref } = request.query;
      const { commit, data } = await store.fileAt(request.params.projectId, ref ?? 'HEAD', path);
      let content: string;
      let encoding: 'utf8' | 'base64' = 'utf8';
      try {
        content = new TextDecoder('utf-8', { fatal: true }).decode(data);
      } catch {
        content = data.toString('base64');
        encoding = 'base64';
      }
      return { path, commit, size: data.length, encoding, content };
    },
  );

  app.get(
    '/projects/:projectId/tree',
    { schema: { params: GitProjectParams, querystring: TreeQuery } },
    async (request) => store.tree(request.params.projectId, request.query.ref ?? 'HEAD'),
  );

  app.get(
    '/projects/:projectId/diff',
    { schema: { params: GitProjectParams, querystring: DiffQuery } },
    async (request) => {
      const { projectId } = request.params;
      const to = await store.resolveCommit(projectId, request.query.to ?? 'HEAD');
      const from = request.query.from
        ? await store.resolveCommit(projectId, request.query.from)
        : await store.parentOf(projectId, to);
      const result = await store.diff(projectId, from, to, request.query.path, config.MAX_DIFF_BYTES);
      return {
        from,
        to,
        files: result.files,
        wordsAdded: result.files.reduce((n, f) => n + f.wordsAdded, 0),
        wordsRemoved: result.files.reduce((n, f) => n + f.wordsRemoved, 0),
        unified: result.unified,
        truncated: result.truncated,
      };
    },
  );

  app.post(
    '/projects/:projectId/restore',
    { schema: { params: GitProjectParams, body: RestoreBody } },
    async (request, reply) => {
      const { projectId } = request.params;
      const { commitId, paths, author } = request.body;
      const message =
        request.body.message ??
        `Restore ${paths ? paths.join(', ') : 'project'} from ${commitId.slice(0, 12)}`;
      const outcome = await store.restore(projectId, commitId, paths, message, author);
      return reply.code(outcome.changed ? 201 : 200).send(outcome);
    },
  );

  app.get('/projects/:projectId', { schema: { params: GitProjectParams } }, async (request) => {
    const { projectId } = request.params;
    return { projectId, head: await store.head(projectId), commitCount: await store.commitCount(projectId) };
  });

  app.get('/projects/:projectId/export', { schema: { params: GitProjectParams } }, async (request, reply) => {
    const { projectId } = request.params;
    const file = await store.bundle(projectId);
    const stream = createReadStream(file);
    stream.once('close', () => {
      rm(file, { force: true }).catch(() => undefined);
    });
    return reply
      .type('application/x-git-bundle')
      .header('content-disposition', `attachment; filename="${projectId}.bundle"`)
      .send(stream);
  });

  app.delete('/projects/:projectId', { schema: { params: GitProjectParams } }, async (request) => ({
    deleted: await store.deleteRepo(request.params.projectId),
  }));
}
