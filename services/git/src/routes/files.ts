import { DiffQuery, FileAtVersionQuery, GitProjectParams, TreeQuery } from '@george/contracts/git';
import type { GeorgePlugin } from '@george/runtime';
import type { GitContext } from '../context.js';

/** Reading versions: a file at a version, the files of a version, and the changes between two. */
export const fileRoutes: GeorgePlugin<GitContext> = async (app, { versions }) => {
  app.get(
    '/projects/:projectId/file',
    { schema: { params: GitProjectParams, querystring: FileAtVersionQuery } },
    async (request) => versions.fileAt(request.params.projectId, request.query),
  );

  app.get(
    '/projects/:projectId/tree',
    { schema: { params: GitProjectParams, querystring: TreeQuery } },
    async (request) => versions.tree(request.params.projectId, request.query.ref),
  );

  app.get(
    '/projects/:projectId/diff',
    { schema: { params: GitProjectParams, querystring: DiffQuery } },
    async (request) => versions.diff(request.params.projectId, request.query),
  );
};
