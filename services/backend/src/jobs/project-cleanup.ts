/**
 * A deleted project's clean-up (the `project-cleanup` job, queued before the auth server deletes the
 * project): its files, history, passages, story bible, chats and records. It runs only once the
 * project is gone at the auth server, and after the project's running jobs ended.
 */
import { UpstreamError } from '@george/runtime';
import type { BackendContext } from '../context.js';
import { ContinuityRepository } from '../repositories/continuity.js';
import { jobProjectId, PermanentJobError } from './runner.js';
import type { JobDefinition } from './steps.js';
import { PROJECT_CLEANUP_JOB } from './types.js';

const isNotFound = (err: unknown) => err instanceof UpstreamError && err.statusCode === 404;
const unlessGone = (err: unknown) => {
  if (!isNotFound(err)) throw err;
};

export interface CleanupState {
  projectId: string;
}

export function projectCleanupJob(
  ctx: Pick<
    BackendContext,
    | 'auth'
    | 'queue'
    | 'files'
    | 'git'
    | 'chroma'
    | 'graph'
    | 'fileStats'
    | 'sagas'
    | 'sheetFiles'
    | 'corrections'
    | 'chat'
    | 'story'
    | 'quotations'
    | 'database'
  >,
): JobDefinition<CleanupState> {
  return {
    type: PROJECT_CLEANUP_JOB,
    async load({ job }) {
      const projectId = jobProjectId(job);
      // Only a project the auth server no longer has is cleaned up.
      const alive = await ctx.auth
        .checkAccess(projectId, job.created_by ?? 'system')
        .then(() => true)
        .catch((err) => {
          if (isNotFound(err)) return false;
          throw err;
        });
      // The deletion failed at the auth server: nothing is deleted.
      if (alive) throw new PermanentJobError('the project still exists; nothing was deleted');
      // Jobs of the project must not write after the cleanup (an ingestion would recreate sheets).
      const running = await ctx.queue.stopProjectJobs(projectId, job.id);
      if (running > 0) throw new Error(`waiting for ${running} running job(s) of the project to end`);
      return { projectId };
    },
    steps: [
      {
        name: 'deleting files',
        weight: 4,
        run: async ({ projectId }) => void (await ctx.files.deleteProject(projectId).catch(unlessGone)),
      },
      {
        name: 'deleting the history',
        weight: 4,
        run: async ({ projectId }) => void (await ctx.git.deleteProject(projectId).catch(unlessGone)),
      },
      {
        name: 'deleting passages',
        weight: 1,
        run: async ({ projectId }) => void (await ctx.chroma.deleteProject(projectId).catch(unlessGone)),
      },
      {
        name: 'deleting the story bible',
        weight: 1,
        async run({ projectId }) {
          await ctx.graph.deleteProject(projectId);
          await ctx.sheetFiles.deleteProject(projectId);
          await ctx.corrections.deleteProject(projectId);
          await ctx.story.deleteProject(projectId);
          return undefined;
        },
      },
      {
        name: 'deleting records',
        weight: 1,
        async run({ projectId }) {
          await ctx.chat.deleteProject(projectId);
          await ctx.fileStats.deleteProject(projectId);
          await ctx.quotations.deleteProject(projectId);
          await ctx.sagas.deleteFinished(projectId);
          await new ContinuityRepository(ctx.database.db).deleteProject(projectId);
          return { projectId };
        },
      },
    ],
  };
}
