/**
 * The ingestion of one file (the `ingest` job), queued for every new or changed text: its
 * statistics; the story bible extracted and the file's contribution to the graph replaced (entities,
 * quotes, story analysis, continuity facts); one sheet per entity written as a `sheet` file and
 * committed; then, last, its paragraphs as passages in the project's collection (the file's old ones
 * removed first). The embedding is the slowest step, so the story bible is ready and searchable
 * while it runs (the job's message says so, with the passages' progress).
 *
 * One job rather than a follow-up embedding job: a retry runs every step again from the text read
 * once in `load`, so the bible and the passages always come from the same revision, and "job done"
 * still means the file is searchable in every way (the chat, the reader, the tests wait on it). The
 * price is that a crash while embedding repeats the bible steps (seconds) before the passages.
 * Every step can run again after a crash without doubling anything.
 */
import type { FileMetadata } from '@george/contracts';
import type { ChromaChunk } from '@george/contracts/chroma';
import { UpstreamError } from '@george/runtime';
import { runInThread } from '@george/runtime/thread';
import type { BackendContext } from '../context.js';
import { analyseText, type TextAnalysis, type TextAnalysisInput } from '../ingest/analysis.js';
import { chunkText, PASSAGE_CHARS } from '../ingest/chunk.js';
import { generateSheet } from '../ingest/sheets.js';
import { textStatistics } from '../ingest/statistics.js';
import { type SheetFiles, sheetPath } from '../services/sheets.js';
import { queueContinuityCheck } from './continuity.js';
import { dialogueStep } from './quotations.js';
import { type JobContext, jobProjectId, PermanentJobError } from './runner.js';
import type { JobDefinition } from './steps.js';
import { INGEST_JOB } from './types.js';

/** Files whose text becomes passages; only manuscripts (and imports) feed the story bible. */
const INDEXED_KINDS = new Set(['manuscript', 'import', 'note']);
const BIBLE_KINDS = new Set(['manuscript', 'import']);
const UPSERT_BATCH = 200;
/** Sheets are written for entities with at least this many mentions, the most mentioned first. */
const SHEET_MIN_MENTIONS = 2;
const SHEET_LIMIT = 150;
/**
 * Texts from this length up are analysed in a thread of their own: seconds of analysis (a novel)
 * on the event loop would stop the lease's renewal and the worker's answers. A shorter text takes
 * less than the thread's start (about 0.85 s: its modules loaded again) and runs in place.
 */
export const THREAD_MIN_CHARS = 100_000;

/**
 * The last step, and the job's message while it runs: the story bible (entities, quotes, story
 * analysis, facts, sheets) is written by then and searchable; the passages follow.
 */
export const EMBEDDING_STEP = 'story bible ready; embedding passages';

const isNotFound = (err: unknown) => err instanceof UpstreamError && err.statusCode === 404;

/** The file as every step sees it, read once per run. */
export interface IngestState {
  projectId: string;
  fileId: string;
  meta: FileMetadata;
  text: string;
  /** Only the story bible is read again (after a correction of the author's): no counting, no passages. */
  bibleOnly: boolean;
  /** The text's analysis of this run, once made (by the first step that needs it). */
  analysis?: TextAnalysis;
}

export function ingestJob(
  ctx: Pick<
    BackendContext,
    | 'files'
    | 'git'
    | 'chroma'
    | 'graph'
    | 'fileStats'
    | 'story'
    | 'quotations'
    | 'queue'
    | 'database'
    | 'corrections'
  >,
  sheets: SheetFiles,
): JobDefinition<IngestState> {
  const { files, git, chroma, graph, fileStats, story, corrections } = ctx;
  /** The text's analysis with the author's corrections applied, made once per run. */
  const analysis = async (state: IngestState, job: JobContext): Promise<TextAnalysis> => {
    if (!state.analysis) {
      const { fileId, text, meta } = state;
      const splits = await corrections.splits(state.projectId);
      const input: TextAnalysisInput = {
        source: { fileId, text, chapters: meta.chapters },
        splits: splits.map((s) => s.correction),
      };
      state.analysis =
        text.length < THREAD_MIN_CHARS
          ? analyseText(input)
          : await runInThread<TextAnalysisInput, TextAnalysis>(
              import.meta.url,
              '../ingest/analysis-thread',
              input,
              job.signal,
            );
    }
    return state.analysis;
  };
  return {
    type: INGEST_JOB,
    async load({ job, payload }) {
      const projectId = jobProjectId(job);
      const fileId = typeof payload.fileId === 'string' ? payload.fileId : job.file_id;
      if (!fileId) throw new PermanentJobError('the job names no file');
      try {
        const meta = await files.get(projectId, fileId, { paragraphs: false });
        const { text } = await files.text(projectId, fileId);
        return { projectId, fileId, meta, text, bibleOnly: payload.bibleOnly === true };
      } catch (err) {
        if (isNotFound(err)) throw new PermanentJobError('the file was deleted');
        throw err;
      }
    },
    steps: [
      {
        name: 'counting',
        weight: 1,
        when: ({ bibleOnly }) => !bibleOnly,
        async run({ projectId, fileId, meta, text }) {
          const statistics = textStatistics(text, {
            paragraphs: meta.paragraphCount,
            chapters: meta.chapterCount,
            revision: meta.revision,
          });
          await fileStats.save(projectId, fileId, statistics);
          return { fileId, statistics, ...(INDEXED_KINDS.has(meta.kind) ? {} : { indexed: false }) };
        },
      },
      {
        name: 'finding characters, places and terms',
        weight: 2.5,
        when: ({ meta }) => BIBLE_KINDS.has(meta.kind),
        async run(state, job) {
          const { bible } = await analysis(state, job);
          await job.progress(0.5, 'updating the story bible');
          return { ...(await graph.replaceFileExtraction(state.projectId, state.fileId, bible)) };
        },
      },
      dialogueStep(
        ctx,
        (kind) => BIBLE_KINDS.has(kind),
        async (state, job) => (await analysis(state, job)).dialogue,
      ),
      {
        name: 'writing story-bible sheets',
        weight: 2,
        when: ({ meta }) => BIBLE_KINDS.has(meta.kind),
        async run({ projectId, fileId, meta, text }) {
          const source = { fileId, text, chapters: meta.chapters };
          const entities = (
            await graph.listEntities(projectId, { sort: 'mentions', limit: SHEET_LIMIT })
          ).filter((e) => e.mentionCount >= SHEET_MIN_MENTIONS);
          const writes: Array<{ path: string; content: string }> = [];
          for (const summary of entities) {
            const entity = await graph.getEntity(projectId, summary.id);
            if (!entity) continue;
            const sheet = entity.sheetEdited ? entity.sheet : generateSheet(entity, [source]);
            if (!entity.sheetEdited) await graph.writeGeneratedSheet(projectId, entity.id, sheet);
            await sheets.save(projectId, entity.id, entity.name, sheet);
            writes.push({ path: sheetPath(entity.id), content: sheet });
          }
          if (writes.length > 0) {
            await git.commit(projectId, {
              message: `Story bible: ${writes.length} sheet${writes.length === 1 ? '' : 's'} updated`,
              author: { name: 'George', email: 'george@george.local' },
              files: writes,
            });
          }
          return { sheets: writes.length };
        },
      },
      {
        name: 'reading chapters, narrators and the timeline',
        weight: 1,
        when: ({ meta }) => BIBLE_KINDS.has(meta.kind),
        async run(state, job) {
          const { projectId, fileId, meta } = state;
          const told = (await analysis(state, job)).story;
          // One transaction replaces the file's analysis; the author's narrators stay as they are.
          await story.replaceFile(projectId, fileId, meta.revision, told);
          return { storyChapters: told.chapters.length, storyEvents: told.events.length };
        },
      },
      {
        name: 'recording continuity facts',
        weight: 1,
        when: ({ meta }) => BIBLE_KINDS.has(meta.kind),
        async run(state, job) {
          const { facts, spellings } = await analysis(state, job);
          // One transaction replaces the file's facts and name spellings; the check job reads them.
          const stored = await graph.replaceFileFacts(state.projectId, state.fileId, facts, spellings);
          return { facts: stored };
        },
      },
      {
        name: 'queueing the continuity check',
        weight: 0.1,
        when: ({ meta }) => BIBLE_KINDS.has(meta.kind),
        async run({ projectId }, job) {
          await queueContinuityCheck(ctx, projectId, job.job.created_by);
          return undefined;
        },
      },
      {
        name: EMBEDDING_STEP,
        weight: 4.5,
        when: ({ meta, bibleOnly }) => INDEXED_KINDS.has(meta.kind) && !bibleOnly,
        async run({ projectId, fileId, meta, text }, job) {
          const chunks: ChromaChunk[] = chunkText(text, meta.chapters, { size: PASSAGE_CHARS }).map((c) => ({
            id: `${fileId}:${c.index}`,
            text: c.text,
            metadata: {
              fileId,
              kind: meta.kind,
              chapter: c.chapter,
              paragraph: c.paragraph,
              start: c.start,
              end: c.end,
            },
          }));
          await chroma.deleteFile(projectId, fileId);
          for (let i = 0; i < chunks.length; i += UPSERT_BATCH) {
            await chroma.upsert(projectId, chunks.slice(i, i + UPSERT_BATCH));
            const sent = Math.min(chunks.length, i + UPSERT_BATCH);
            await job.progress(sent / chunks.length, `${EMBEDDING_STEP} (${sent}/${chunks.length})`);
          }
          return { chunks: chunks.length };
        },
      },
    ],
  };
}
