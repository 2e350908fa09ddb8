import { UpstreamError } from '@george/runtime';
import type { BackendContext } from '../context.js';
import { INGEST_JOB, PROJECT_CLEANUP_JOB } from '../files.js';
import { PermanentJobError } from './runner.js';

export interface FileStatistics {
  revision: number;
  characters: number;
  words: number;
  uniqueWords: number;
  sentences: number;
  paragraphs: number;
  chapters: number;
  averageSentenceWords: number;
  readingMinutes: number;
}

/** Counts of a text (plain modules: no HTTP). */
export function textStatistics(
  text: string,
  structure: { paragraphs: number; chapters: number; revision: number },
): FileStatistics {
  const words = text.match(/[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu) ?? [];
  const unique = new Set(words.map((w) => w.toLowerCase()));
  const sentences = text.split(/[.!?]+(?=\s|$)/u).filter((s) => /[\p{L}\p{N}]/u.test(s)).length;
  return {
    revision: structure.revision,
    characters: text.length,
    words: words.length,
    uniqueWords: unique.size,
    sentences,
    paragraphs: structure.paragraphs,
    chapters: structure.chapters,
    averageSentenceWords: sentences === 0 ? 0 : Math.round((words.length / sentences) * 10) / 10,
    readingMinutes: Math.max(1, Math.round(words.length / 250)),
  };
}

const isNotFound = (err: unknown) => err instanceof UpstreamError && err.statusCode === 404;

/**
 * The job types of part 1. `ingest` records the file's statistics; part 2 registers the full
 * ingestion under the same type (chunks, embeddings, story bible) and can call this as its first step.
 */
export function registerCoreJobs(ctx: BackendContext): void {
  ctx.registry.register(INGEST_JOB, async ({ job, payload, progress }) => {
    const projectId = job.project_id as string;
    const fileId = typeof payload.fileId === 'string' ? payload.fileId : job.file_id;
    if (!fileId) throw new PermanentJobError('the job names no file');
    await progress(0.1, 'reading the text');
    let meta: Awaited<ReturnType<typeof ctx.files.get>>;
    let text: string;
    try {
      meta = await ctx.files.get(projectId, fileId, { paragraphs: false });
      text = (await ctx.files.text(projectId, fileId)).text;
    } catch (err) {
      if (isNotFound(err)) throw new PermanentJobError('the file was deleted');
      throw err;
    }
    await progress(0.5, 'counting');
    const stats = textStatistics(text, {
      paragraphs: meta.paragraphCount,
      chapters: meta.chapterCount,
      revision: meta.revision,
    });
    await progress(0.8, 'saving the statistics');
    const now = Date.now();
    await ctx.database.db
      .insertInto('file_stats')
      .values({
        project_id: projectId,
        file_id: fileId,
        revision: meta.revision,
        stats: JSON.stringify(stats),
        updated_at: now,
      })
      .onConflict((oc) =>
        oc.columns(['project_id', 'file_id']).doUpdateSet({
          revision: meta.revision,
          stats: JSON.stringify(stats),
          updated_at: now,
        }),
      )
      .execute();
    return { fileId, statistics: stats };
  });

  ctx.registry.register(PROJECT_CLEANUP_JOB, async ({ job, progress }) => {
    const projectId = job.project_id as string;
    // Only a project the auth server no longer has is cleaned up.
    const alive = await ctx.auth
      .checkAccess(projectId, job.created_by ?? 'system')
      .then(() => true)
      .catch((err) => {
        if (isNotFound(err)) return false;
        throw err;
      });
    // The deletion failed at the auth server: nothing is deleted (and wrappers do not run either).
    if (alive) throw new PermanentJobError('the project still exists; nothing was deleted');
    // Jobs of the project must not write after the cleanup (an ingestion would recreate sheets).
    const running = await ctx.queue.stopProjectJobs(projectId, job.id);
    if (running > 0) throw new Error(`waiting for ${running} running job(s) of the project to end`);
    await progress(0.1, 'deleting files');
    await ctx.files.deleteProject(projectId).catch((err) => {
      if (!isNotFound(err)) throw err;
    });
    await progress(0.5, 'deleting the history');
    await ctx.git.deleteProject(projectId).catch((err) => {
      if (!isNotFound(err)) throw err;
    });
    await progress(0.9, 'deleting records');
    await ctx.database.db.deleteFrom('file_stats').where('project_id', '=', projectId).execute();
    await ctx.database.db
      .deleteFrom('sagas')
      .where('project_id', '=', projectId)
      .where('status', 'in', ['done', 'compensated'])
      .execute();
    return { projectId };
  });
}
