/** After a file is deleted (the `forget-file` job): its passages and its story-bible contribution go. */
import { UpstreamError } from '@george/runtime';
import type { BackendContext } from '../context.js';
import { queueContinuityCheck } from './continuity.js';
import { jobFileId, jobProjectId } from './runner.js';
import type { JobDefinition } from './steps.js';
import { FORGET_FILE_JOB } from './types.js';

const isNotFound = (err: unknown) => err instanceof UpstreamError && err.statusCode === 404;

export interface ForgetFileState {
  projectId: string;
  fileId: string;
}

export function forgetFileJob(
  ctx: Pick<BackendContext, 'chroma' | 'graph' | 'story' | 'quotations' | 'queue' | 'database'>,
): JobDefinition<ForgetFileState> {
  return {
    type: FORGET_FILE_JOB,
    load: async ({ job }) => ({ projectId: jobProjectId(job), fileId: jobFileId(job) }),
    steps: [
      {
        name: 'removing passages',
        weight: 1,
        async run({ projectId, fileId }) {
          await ctx.chroma.deleteFile(projectId, fileId).catch((err) => {
            if (!isNotFound(err)) throw err;
          });
          return { fileId };
        },
      },
      {
        name: 'removing the file from the story bible',
        weight: 1,
        async run({ projectId, fileId }) {
          await ctx.graph.deleteFile(projectId, fileId);
          await ctx.story.deleteFile(projectId, fileId);
          await ctx.quotations.deleteFile(projectId, fileId);
          return undefined;
        },
      },
      {
        name: 'queueing the continuity check',
        weight: 0.1,
        async run({ projectId }, job) {
          await queueContinuityCheck(ctx, projectId, job.job.created_by);
          return undefined;
        },
      },
    ],
  };
}
