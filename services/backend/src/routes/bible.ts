import { type GeorgeInstance, notFound } from '@george/runtime';
import { Type } from '@sinclair/typebox';
import { RELATION_TYPES, type RelationType } from '../bible/types.js';
import type { BackendContext } from '../context.js';
import type { EntityDetail } from '../graph/store.js';
import { type BibleServices, saveSheetFile, sheetPath } from '../ingest/job.js';
import { API_PREFIX as P, type Principal } from '../session.js';
import { chapterTitles } from '../story/numbering.js';
import { Id, ProjectParams } from './schemas.js';

const EntityType = Type.Union([
  Type.Literal('character'),
  Type.Literal('location'),
  Type.Literal('organization'),
  Type.Literal('term'),
]);
// The response is built from the graph store's own values; the list is fixed in bible/types.ts.
const RelationTypeSchema = Type.Unsafe<RelationType>(Type.String({ enum: [...RELATION_TYPES] }));
const EntityParams = Type.Object({ projectId: Id, entityId: Id }, { additionalProperties: false });
const FirstAppearance = Type.Union([
  Type.Object({
    fileId: Type.String(),
    chapter: Type.Union([Type.Integer(), Type.Null()]),
    offset: Type.Integer(),
  }),
  Type.Null(),
]);
const EntitySummary = Type.Object({
  id: Type.String(),
  name: Type.String(),
  type: EntityType,
  aliases: Type.Array(Type.String()),
  mentionCount: Type.Integer(),
  firstAppearance: FirstAppearance,
});
const Passage = Type.Object({
  fileId: Type.String(),
  /** 1-based chapter in its file, or null; the book's heading of it beside. */
  chapter: Type.Union([Type.Integer(), Type.Null()]),
  chapterTitle: Type.Union([Type.String(), Type.Null()]),
  start: Type.Integer(),
  end: Type.Integer(),
  quote: Type.String(),
});
const EntityDetailSchema = Type.Composite([
  EntitySummary,
  Type.Object({
    sheet: Type.String(),
    sheetEdited: Type.Boolean(),
    mentions: Type.Array(
      Type.Object({
        fileId: Type.String(),
        chapter: Type.Union([Type.Integer(), Type.Null()]),
        start: Type.Integer(),
        end: Type.Integer(),
        text: Type.String(),
        passage: Type.Optional(Passage),
      }),
    ),
    mentionsTotal: Type.Integer(),
    relations: Type.Array(
      Type.Object({
        type: RelationTypeSchema,
        direction: Type.Union([Type.Literal('out'), Type.Literal('in'), Type.Literal('both')]),
        other: Type.Object({ id: Type.String(), name: Type.String(), type: EntityType }),
        labels: Type.Array(Type.String()),
        weight: Type.Number(),
      }),
    ),
  }),
]);

const PASSAGE_MARGIN = 160;

/** Each mention with the passage around it, read once per file from the filesystem service. */
async function withPassages(
  ctx: BackendContext,
  projectId: string,
  entity: EntityDetail,
  offset: number,
  limit: number,
): Promise<MentionView[]> {
  const page = entity.mentions.slice(offset, offset + limit);
  const titleOf = chapterTitles(
    async (fileId) => (await ctx.files.get(projectId, fileId, { paragraphs: false })).chapters,
  );
  const texts = new Map<string, string | null>();
  for (const fileId of new Set(page.map((m) => m.fileId))) {
    texts.set(
      fileId,
      await ctx.files
        .text(projectId, fileId)
        .then((t) => t.text)
        .catch(() => null),
    );
  }
  return Promise.all(
    page.map(async (m) => {
      const text = texts.get(m.fileId);
      if (!text) return m;
      const start = Math.max(0, m.start - PASSAGE_MARGIN);
      const end = Math.min(text.length, m.end + PASSAGE_MARGIN);
      const chapterTitle = await titleOf(m.fileId, m.chapter);
      return {
        ...m,
        passage: {
          fileId: m.fileId,
          chapter: m.chapter,
          chapterTitle,
          start,
          end,
          quote: text.slice(start, end),
        },
      };
    }),
  );
}

type MentionView = EntityDetail['mentions'][number] & {
  passage?: {
    fileId: string;
    chapter: number | null;
    chapterTitle: string | null;
    start: number;
    end: number;
    quote: string;
  };
};

function detailView(entity: EntityDetail, mentions: MentionView[]) {
  return {
    id: entity.id,
    name: entity.name,
    type: entity.type,
    aliases: entity.aliases,
    mentionCount: entity.mentionCount,
    firstAppearance: entity.firstAppearance,
    sheet: entity.sheet,
    sheetEdited: entity.sheetEdited,
    mentions,
    mentionsTotal: entity.mentions.length,
    relations: entity.relations.map(({ evidence: _e, ...r }) => r),
  };
}

/** The story bible: entities, their sheets and mentions, the relationship graph, appearances, search. */
export function bibleRoutes(app: GeorgeInstance, ctx: BackendContext, bible: BibleServices): void {
  const tags = ['story bible'];
  const user = (request: { principal: Principal | undefined }) => request.principal as Principal;

  app.get(
    `${P}/projects/:projectId/entities`,
    {
      schema: {
        tags,
        params: ProjectParams,
        querystring: Type.Object(
          {
            type: Type.Optional(EntityType),
            sort: Type.Optional(
              Type.Union([Type.Literal('mentions'), Type.Literal('name'), Type.Literal('firstAppearance')]),
            ),
            q: Type.Optional(Type.String({ maxLength: 200 })),
            limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 1000, default: 200 })),
            offset: Type.Optional(Type.Integer({ minimum: 0, default: 0 })),
          },
          { additionalProperties: false },
        ),
        response: { 200: Type.Object({ entities: Type.Array(EntitySummary) }) },
      },
    },
    async (request) => {
      const { projectId } = request.params;
      await ctx.access.require(projectId, user(request).userId, 'read', request.id);
      const { type, sort, q, limit, offset } = request.query;
      let entities = await bible.graph.listEntities(projectId, {
        ...(type ? { type } : {}),
        sort: sort ?? 'mentions',
        ...(q ? {} : { limit: limit ?? 200, offset: offset ?? 0 }),
      });
      if (q) {
        const needle = q.toLowerCase();
        entities = entities
          .filter((e) => [e.name, ...e.aliases].some((n) => n.toLowerCase().includes(needle)))
          .slice(offset ?? 0, (offset ?? 0) + (limit ?? 200));
      }
      return { entities };
    },
  );

  app.get(
    `${P}/projects/:projectId/entities/:entityId`,
    {
      schema: {
        tags,
        params: EntityParams,
        querystring: Type.Object(
          {
            mentionsOffset: Type.Optional(Type.Integer({ minimum: 0, default: 0 })),
            mentionsLimit: Type.Optional(Type.Integer({ minimum: 0, maximum: 200, default: 50 })),
          },
          { additionalProperties: false },
        ),
        response: { 200: Type.Object({ entity: EntityDetailSchema }) },
      },
    },
    async (request) => {
      const { projectId, entityId } = request.params;
      await ctx.access.require(projectId, user(request).userId, 'read', request.id);
      const entity = await bible.graph.getEntity(projectId, entityId);
      if (!entity) throw notFound('no such entity', 'entity_not_found');
      const mentions = await withPassages(
        ctx,
        projectId,
        entity,
        request.query.mentionsOffset ?? 0,
        request.query.mentionsLimit ?? 50,
      );
      return { entity: detailView(entity, mentions) };
    },
  );

  app.patch(
    `${P}/projects/:projectId/entities/:entityId`,
    {
      schema: {
        tags,
        params: EntityParams,
        body: Type.Object(
          {
            name: Type.Optional(Type.String({ minLength: 1, maxLength: 200 })),
            type: Type.Optional(EntityType),
            sheet: Type.Optional(Type.String({ maxLength: 200_000 })),
            addAliases: Type.Optional(
              Type.Array(Type.String({ minLength: 1, maxLength: 200 }), { maxItems: 50 }),
            ),
            removeAliases: Type.Optional(
              Type.Array(Type.String({ minLength: 1, maxLength: 200 }), { maxItems: 50 }),
            ),
          },
          { additionalProperties: false, minProperties: 1 },
        ),
        response: { 200: Type.Object({ entity: EntityDetailSchema }) },
      },
    },
    async (request) => {
      const { projectId, entityId } = request.params;
      const principal = user(request);
      await ctx.access.require(projectId, principal.userId, 'edit', request.id);
      const entity = await bible.graph.patchEntity(projectId, entityId, request.body);
      if (!entity) throw notFound('no such entity', 'entity_not_found');
      if (request.body.sheet !== undefined || request.body.name !== undefined) {
        await saveSheetFile(ctx, bible, projectId, entity.id, entity.name, entity.sheet);
        await ctx.git.commit(
          projectId,
          {
            message: `Story bible: ${entity.name} edited`,
            author: { name: principal.email.split('@')[0] || principal.userId, email: principal.email },
            files: [{ path: sheetPath(entity.id), content: entity.sheet }],
          },
          { requestId: request.id },
        );
      }
      return { entity: detailView(entity, await withPassages(ctx, projectId, entity, 0, 50)) };
    },
  );

  app.post(
    `${P}/projects/:projectId/entities/:entityId/merge`,
    {
      schema: {
        tags,
        params: EntityParams,
        body: Type.Object({ otherId: Id }, { additionalProperties: false }),
        response: { 200: Type.Object({ entity: EntityDetailSchema }) },
      },
    },
    async (request) => {
      const { projectId, entityId } = request.params;
      await ctx.access.require(projectId, user(request).userId, 'edit', request.id);
      const entity = await bible.graph.mergeEntities(projectId, entityId, request.body.otherId);
      if (!entity) throw notFound('no such entity', 'entity_not_found');
      return { entity: detailView(entity, await withPassages(ctx, projectId, entity, 0, 50)) };
    },
  );

  app.delete(
    `${P}/projects/:projectId/entities/:entityId`,
    { schema: { tags, params: EntityParams, response: { 200: Type.Object({ deleted: Type.Boolean() }) } } },
    async (request) => {
      const { projectId, entityId } = request.params;
      await ctx.access.require(projectId, user(request).userId, 'edit', request.id);
      if (!(await bible.graph.deleteEntity(projectId, entityId)))
        throw notFound('no such entity', 'entity_not_found');
      return { deleted: true };
    },
  );

  app.get(
    `${P}/projects/:projectId/graph`,
    {
      schema: {
        tags,
        params: ProjectParams,
        querystring: Type.Object(
          {
            minWeight: Type.Optional(Type.Number({ minimum: 0 })),
            limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 500, default: 80 })),
          },
          { additionalProperties: false },
        ),
      },
    },
    async (request) => {
      const { projectId } = request.params;
      await ctx.access.require(projectId, user(request).userId, 'read', request.id);
      return bible.graph.graph(projectId, {
        limit: request.query.limit ?? 80,
        ...(request.query.minWeight !== undefined ? { minWeight: request.query.minWeight } : {}),
      });
    },
  );

  app.get(
    `${P}/projects/:projectId/appearances`,
    {
      schema: {
        tags,
        params: ProjectParams,
        querystring: Type.Object(
          {
            entityIds: Type.Optional(
              Type.String({ pattern: '^[A-Za-z0-9_-]{1,64}(,[A-Za-z0-9_-]{1,64}){0,19}$' }),
            ),
            type: Type.Optional(EntityType),
            limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 50, default: 10 })),
          },
          { additionalProperties: false },
        ),
      },
    },
    async (request) => {
      const { projectId } = request.params;
      await ctx.access.require(projectId, user(request).userId, 'read', request.id);
      const { entityIds, type, limit } = request.query;
      const appearances = await bible.graph.appearances(projectId, {
        ...(entityIds ? { entityIds: entityIds.split(',') } : {}),
        ...(type ? { type } : {}),
        limit: limit ?? 10,
      });
      return { appearances };
    },
  );

  app.post(
    `${P}/projects/:projectId/search`,
    {
      schema: {
        tags: ['search'],
        params: ProjectParams,
        body: Type.Object(
          {
            query: Type.String({ minLength: 1, maxLength: 1000 }),
            limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 50, default: 10 })),
            kind: Type.Optional(
              Type.Union([Type.Literal('manuscript'), Type.Literal('note'), Type.Literal('import')]),
            ),
          },
          { additionalProperties: false },
        ),
        response: {
          200: Type.Object({
            results: Type.Array(
              Type.Composite([Passage, Type.Object({ score: Type.Number(), kind: Type.String() })]),
            ),
          }),
        },
      },
    },
    async (request) => {
      const { projectId } = request.params;
      await ctx.access.require(projectId, user(request).userId, 'read', request.id);
      const reply = await bible.chroma.query(
        projectId,
        {
          text: request.body.query,
          k: request.body.limit ?? 10,
          ...(request.body.kind ? { filter: { kind: request.body.kind } } : {}),
        },
        { requestId: request.id },
      );
      const titleOf = chapterTitles(
        async (fileId) => (await ctx.files.get(projectId, fileId, { paragraphs: false })).chapters,
      );
      return {
        results: await Promise.all(
          reply.results.map(async (r) => ({
            fileId: r.metadata.fileId,
            chapter: r.metadata.chapter ?? null,
            chapterTitle: await titleOf(r.metadata.fileId, r.metadata.chapter ?? null),
            start: r.metadata.start,
            end: r.metadata.end,
            quote: r.text,
            score: r.score,
            kind: r.metadata.kind,
          })),
        ),
      };
    },
  );
}
