/**
 * The ingestion of one file (the `ingest` job), queued for every new or changed text: its
 * statistics; its paragraphs as passages in the project's collection (the file's old ones removed
 * first); the story bible extracted and the file's contribution to the graph replaced; one sheet
 * per entity written as a `sheet` file and committed. Every step can run again after a crash
 * without doubling anything.
 */
import type { FileMetadata } from '@george/contracts';
import type { ChromaChunk } from '@george/contracts/chroma';
import { UpstreamError } from '@george/runtime';
import { extract } from '../bible/index.js';
import type { Extraction } from '../bible/types.js';
import type { BackendContext } from '../context.js';
import { countSpellings, extractFacts } from '../continuity/index.js';
import { chunkText, PASSAGE_CHARS } from '../ingest/chunk.js';
import { generateSheet } from '../ingest/sheets.js';
import { textStatistics } from '../ingest/statistics.js';
import { type SheetFiles, sheetPath } from '../services/sheets.js';
import { analyseFile } from '../story/file.js';
import { queueContinuityCheck } from './continuity.js';
import { dialogueStep } from './quotations.js';
import { PermanentJobError } from './runner.js';
import type { JobDefinition } from './steps.js';
import { INGEST_JOB } from './types.js';

/** Files whose text becomes passages; only manuscripts (and imports) feed the story bible. */
const INDEXED_KINDS = new Set(['manuscript', 'import', 'note']);
const BIBLE_KINDS = new Set(['manuscript', 'import']);
const UPSERT_BATCH = 200;
/** Sheets are written for entities with at least this many mentions, the most mentioned first. */
const SHEET_MIN_MENTIONS = 2;
const SHEET_LIMIT = 150;

const isNotFound = (err: unknown) => err instanceof UpstreamError && err.statusCode === 404;

/** The file as every step sees it, read once per run. */
export interface IngestState {
  projectId: string;
  fileId: string;
  meta: FileMetadata;
  text: string;
  /** The story-bible extraction of this run, once made (the story analysis and the continuity facts read it). */
  extraction?: Extraction;
}

export function ingestJob(
  ctx: Pick<
    BackendContext,
    'files' | 'git' | 'chroma' | 'graph' | 'fileStats' | 'story' | 'quotations' | 'queue' | 'database'
  >,
  sheets: SheetFiles,
): JobDefinition<IngestState> {
  const { files, git, chroma, graph, fileStats, story } = ctx;
  return {
    type: INGEST_JOB,
    async load({ job, payload }) {
      const projectId = job.project_id as string;
      const fileId = typeof payload.fileId === 'string' ? payload.fileId : job.file_id;
      if (!fileId) throw new PermanentJobError('the job names no file');
      try {
        const meta = await files.get(projectId, fileId, { paragraphs: false });
        const { text } = await files.text(projectId, fileId);
        return { projectId, fileId, meta, text };
      } catch (err) {
        if (isNotFound(err)) throw new PermanentJobError('the file was deleted');
        throw err;
      }
    },
    steps: [
      {
        name: 'counting',
        weight: 1,
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
        name: 'chunking',
        weight: 4.5,
        when: ({ meta }) => INDEXED_KINDS.has(meta.kind),
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
            await job.progress(sent / chunks.length, `embedding passages (${sent}/${chunks.length})`);
          }
          return { chunks: chunks.length };
        },
      },
      {
        name: 'finding characters, places and terms',
        weight: 2.5,
        when: ({ meta }) => BIBLE_KINDS.has(meta.kind),
        async run(state, job) {
          const { projectId, fileId, meta, text } = state;
          const extraction = extract([{ fileId, text, chapters: meta.chapters }]);
          state.extraction = extraction;
          await job.progress(0.5, 'updating the story bible');
          return { ...(await graph.replaceFileExtraction(projectId, fileId, extraction)) };
        },
      },
      dialogueStep(ctx, (kind) => BIBLE_KINDS.has(kind)),
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
        async run({ projectId, fileId, meta, text, extraction }) {
          const source = { fileId, text, chapters: meta.chapters };
          const analysis = analyseFile(source, extraction ?? extract([source]));
          // One transaction replaces the file's analysis; the author's narrators stay as they are.
          await story.replaceFile(projectId, fileId, meta.revision, analysis);
          return { storyChapters: analysis.chapters.length, storyEvents: analysis.events.length };
        },
      },
      {
        name: 'recording continuity facts',
        weight: 1,
        when: ({ meta }) => BIBLE_KINDS.has(meta.kind),
        async run({ projectId, fileId, meta, text, extraction }) {
          const source = { fileId, text, chapters: meta.chapters };
          const facts = extractFacts(source, extraction ?? extract([source]));
          // One transaction replaces the file's facts and name spellings; the check job reads them.
          const stored = await graph.replaceFileFacts(projectId, fileId, facts, countSpellings(source));
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
    ],
  };
}
