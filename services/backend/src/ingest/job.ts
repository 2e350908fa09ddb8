import type { FileMetadata } from '@george/contracts';
import { type ChromaChunk, ChromaServiceClient } from '@george/contracts/chroma';
import { InternalClient, isUniqueViolation, migrateToLatest, UpstreamError } from '@george/runtime';
import type { Kysely, Migration } from 'kysely';
import { extract } from '../bible/index.js';
import type { ChatTables } from '../chat/store.js';
import type { BackendContext } from '../context.js';
import { FORGET_FILE_JOB, INGEST_JOB, PROJECT_CLEANUP_JOB } from '../files.js';
import { type GraphStore, openGraphStore } from '../graph/index.js';
import { type JobContext, PermanentJobError } from '../jobs/runner.js';
import { chunkText } from './chunk.js';
import { generateSheet } from './sheets.js';

/** Files whose text becomes passages; only manuscripts (and imports) feed the story bible. */
const INDEXED_KINDS = new Set(['manuscript', 'import', 'note']);
const BIBLE_KINDS = new Set(['manuscript', 'import']);
const UPSERT_BATCH = 200;
/** Sheets are written for entities with at least this many mentions, the most mentioned first. */
const SHEET_MIN_MENTIONS = 2;
const SHEET_LIMIT = 150;

export interface SheetFilesTable {
  project_id: string;
  entity_id: string;
  file_id: string;
}
export interface BibleTables {
  bible_sheet_files: SheetFilesTable;
}

const migrations: Record<string, Migration> = {
  '001_sheet_files': {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('bible_sheet_files')
        .addColumn('project_id', 'varchar(64)', (c) => c.notNull())
        .addColumn('entity_id', 'varchar(64)', (c) => c.notNull())
        .addColumn('file_id', 'varchar(64)', (c) => c.notNull())
        .addPrimaryKeyConstraint('bible_sheet_files_pk', ['project_id', 'entity_id'])
        .execute();
    },
  },
};

export function migrateBibleTables<DB>(db: Kysely<DB>): Promise<string[]> {
  return migrateToLatest(db, migrations, { table: 'bible_migration' });
}

/** What ingestion, the story-bible routes and chat share beside the core context. */
export interface BibleServices {
  chroma: ChromaServiceClient;
  graph: GraphStore;
  db: Kysely<BibleTables>;
}

export function createBibleServices(ctx: BackendContext, env: NodeJS.ProcessEnv): BibleServices {
  const token = ctx.config.internalToken as string;
  return {
    chroma: new ChromaServiceClient(
      new InternalClient({ service: 'chroma', baseUrl: ctx.config.urls.chroma, token, timeoutMs: 60_000 }),
    ),
    graph: openGraphStore({ ...env, DATA_DIR: ctx.config.dataDir }, ctx.database as never),
    db: ctx.database.db as unknown as Kysely<BibleTables>,
  };
}

const isNotFound = (err: unknown) => err instanceof UpstreamError && err.statusCode === 404;

export const sheetPath = (entityId: string) => `sheets/${entityId}.md`;

/**
 * The ingestion of one file, run as the `ingest` job after the core step (statistics): paragraph
 * chunks into the project's collection (the file's old chunks removed first), the story bible
 * extracted and the file's contribution to the graph replaced, then one sheet per entity written
 * as a `sheet` file and committed. Every step can run again after a crash without doubling.
 */
export async function ingestFile(
  ctx: BackendContext,
  services: BibleServices,
  projectId: string,
  fileId: string,
  progress: (value: number, message: string) => Promise<void>,
): Promise<Record<string, unknown>> {
  let meta: FileMetadata;
  let text: string;
  try {
    meta = await ctx.files.get(projectId, fileId, { paragraphs: false });
    text = (await ctx.files.text(projectId, fileId)).text;
  } catch (err) {
    if (isNotFound(err)) throw new PermanentJobError('the file was deleted');
    throw err;
  }
  if (!INDEXED_KINDS.has(meta.kind)) return { fileId, indexed: false };

  await progress(0.15, 'chunking');
  const chunks: ChromaChunk[] = chunkText(text, meta.chapters).map((c) => ({
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
  await services.chroma.deleteFile(projectId, fileId);
  for (let i = 0; i < chunks.length; i += UPSERT_BATCH) {
    await services.chroma.upsert(projectId, chunks.slice(i, i + UPSERT_BATCH));
    await progress(
      0.2 + 0.35 * Math.min(1, (i + UPSERT_BATCH) / chunks.length),
      `embedding passages (${Math.min(chunks.length, i + UPSERT_BATCH)}/${chunks.length})`,
    );
  }
  if (!BIBLE_KINDS.has(meta.kind)) return { fileId, chunks: chunks.length };

  await progress(0.6, 'finding characters, places and terms');
  const extraction = extract([{ fileId, text, chapters: meta.chapters }]);
  await progress(0.7, 'updating the story bible');
  const replaced = await services.graph.replaceFileExtraction(projectId, fileId, extraction);

  await progress(0.8, 'writing story-bible sheets');
  const sheets = await writeSheets(ctx, services, projectId, { fileId, text, chapters: meta.chapters });
  return { fileId, chunks: chunks.length, ...replaced, sheets };
}

async function writeSheets(
  ctx: BackendContext,
  services: BibleServices,
  projectId: string,
  source: { fileId: string; text: string; chapters: Array<{ title: string; start: number; end: number }> },
): Promise<number> {
  const entities = (
    await services.graph.listEntities(projectId, { sort: 'mentions', limit: SHEET_LIMIT })
  ).filter((e) => e.mentionCount >= SHEET_MIN_MENTIONS);
  const writes: Array<{ path: string; content: string }> = [];
  for (const summary of entities) {
    const entity = await services.graph.getEntity(projectId, summary.id);
    if (!entity) continue;
    const sheet = entity.sheetEdited ? entity.sheet : generateSheet(entity, [source]);
    if (!entity.sheetEdited) await services.graph.writeGeneratedSheet(projectId, entity.id, sheet);
    await saveSheetFile(ctx, services, projectId, entity.id, entity.name, sheet);
    writes.push({ path: sheetPath(entity.id), content: sheet });
  }
  if (writes.length > 0) {
    await ctx.git.commit(projectId, {
      message: `Story bible: ${writes.length} sheet${writes.length === 1 ? '' : 's'} updated`,
      author: { name: 'George', email: 'george@george.local' },
      files: writes,
    });
  }
  return writes.length;
}

/** Creates the entity's `sheet` file once (remembered per entity), then updates its text. */
export async function saveSheetFile(
  ctx: BackendContext,
  services: BibleServices,
  projectId: string,
  entityId: string,
  name: string,
  sheet: string,
): Promise<void> {
  const known = await services.db
    .selectFrom('bible_sheet_files')
    .select('file_id')
    .where('project_id', '=', projectId)
    .where('entity_id', '=', entityId)
    .executeTakeFirst();
  if (known) {
    try {
      await ctx.files.updateText(projectId, known.file_id, { content: sheet });
      return;
    } catch (err) {
      if (!isNotFound(err)) throw err;
      await services.db
        .deleteFrom('bible_sheet_files')
        .where('project_id', '=', projectId)
        .where('entity_id', '=', entityId)
        .execute();
    }
  }
  const created = await ctx.files.createDocument(projectId, {
    name: `${name.replace(/[^\p{L}\p{N} .'-]/gu, '').slice(0, 80) || 'entity'}.md`,
    kind: 'sheet',
    format: 'markdown',
    content: sheet,
  });
  try {
    await services.db
      .insertInto('bible_sheet_files')
      .values({ project_id: projectId, entity_id: entityId, file_id: created.id })
      .execute();
  } catch (err) {
    // Another run created the entity's sheet first: keep that one, remove ours.
    if (!isUniqueViolation(err)) throw err;
    await ctx.files.delete(projectId, created.id).catch(() => undefined);
  }
}

/** Removes what a deleted file brought: its passages and its contribution to the story bible. */
export async function forgetFile(services: BibleServices, projectId: string, fileId: string): Promise<void> {
  await services.chroma.deleteFile(projectId, fileId).catch((err) => {
    if (!isNotFound(err)) throw err;
  });
  await services.graph.deleteFile(projectId, fileId);
}

/**
 * Plugs the story bible into the job types: the full ingestion into `ingest` (the core step,
 * statistics, first, scaled into the first tenth of the progress), `forget-file` after a delete,
 * and the project's collection, graph, sheets and chat into `project-cleanup`.
 */
export function registerIngestJob(ctx: BackendContext, services: BibleServices): void {
  ctx.registry.register(FORGET_FILE_JOB, async ({ job }) => {
    const fileId = job.file_id as string;
    await forgetFile(services, job.project_id as string, fileId);
    return { fileId };
  });
  const cleanup = ctx.registry.get(PROJECT_CLEANUP_JOB);
  ctx.registry.register(PROJECT_CLEANUP_JOB, async (job: JobContext) => {
    const result = await cleanup?.(job);
    const projectId = job.job.project_id as string;
    await services.chroma.deleteProject(projectId).catch((err) => {
      if (!isNotFound(err)) throw err;
    });
    await services.graph.deleteProject(projectId);
    await services.db.deleteFrom('bible_sheet_files').where('project_id', '=', projectId).execute();
    const chat = ctx.database.db as unknown as Kysely<ChatTables>;
    await chat
      .deleteFrom('chat_feedback')
      .where(
        'message_id',
        'in',
        chat.selectFrom('chat_messages').select('id').where('project_id', '=', projectId),
      )
      .execute();
    await chat.deleteFrom('chat_messages').where('project_id', '=', projectId).execute();
    return result;
  });
  const core = ctx.registry.get(INGEST_JOB);
  ctx.registry.register(INGEST_JOB, async (job: JobContext) => {
    const statistics = core
      ? await core({ ...job, progress: (value, message) => job.progress(value * 0.1, message) })
      : undefined;
    const projectId = job.job.project_id as string;
    const fileId = (typeof job.payload.fileId === 'string' ? job.payload.fileId : job.job.file_id) as string;
    const result = await ingestFile(ctx, services, projectId, fileId, (v, m) => job.progress(v, m));
    await job.progress(1, 'done');
    return { ...(statistics as Record<string, unknown> | undefined), ...result };
  });
}
