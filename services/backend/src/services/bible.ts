import type {
  EntityDetailView,
  EntityListQuery,
  EntityPatchBody,
  MentionView,
  SearchBody,
} from '@george/contracts/api';
import type { BackendContext } from '../context.js';
import { ENTITY_NOT_FOUND, INVALID_ENTITY_CHANGE } from '../errors.js';
import { type EntityDetail, GraphInputError, type GraphStore } from '../graph/store.js';
import { chapterTitles } from '../story/numbering.js';
import type { AccessCache } from './access.js';
import { gitAuthor, type Principal } from './principal.js';
import type { QuoteService } from './quotes.js';
import { type SheetFiles, sheetPath } from './sheets.js';

/** Characters of text shown on each side of a mention. */
const PASSAGE_MARGIN = 160;

export interface BibleServiceDeps {
  graph: GraphStore;
  files: BackendContext['files'];
  git: BackendContext['git'];
  chroma: BackendContext['chroma'];
  access: AccessCache;
  sheets: SheetFiles;
  /** The speaking figures of a character's sheet. */
  quotes: Pick<QuoteService, 'figures'>;
}

function detailView(entity: EntityDetail, mentions: MentionView[]): EntityDetailView {
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

/** A graph store refusal of the caller's input (merging an entity into itself...) is a 400. */
async function checked<T>(work: Promise<T>): Promise<T> {
  try {
    return await work;
  } catch (err) {
    if (err instanceof GraphInputError) throw INVALID_ENTITY_CHANGE(err.message);
    throw err;
  }
}

/** The story bible: entities, their sheets and mentions, the relationship graph, appearances, search. */
export class BibleService {
  constructor(private readonly deps: BibleServiceDeps) {}

  /** Each mention of a page with the passage around it, reading each file once. */
  private async withPassages(
    projectId: string,
    entity: EntityDetail,
    offset: number,
    limit: number,
  ): Promise<MentionView[]> {
    const page = entity.mentions.slice(offset, offset + limit);
    const titleOf = this.titles(projectId);
    const texts = new Map<string, string | null>();
    for (const fileId of new Set(page.map((m) => m.fileId))) {
      texts.set(
        fileId,
        await this.deps.files
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
        const quote = text.slice(start, end);
        return { ...m, passage: { fileId: m.fileId, chapter: m.chapter, chapterTitle, start, end, quote } };
      }),
    );
  }

  /** The book's heading of a chapter, each file's chapter list read once. */
  private titles(projectId: string) {
    return chapterTitles(
      async (fileId) => (await this.deps.files.get(projectId, fileId, { paragraphs: false })).chapters,
    );
  }

  async list(principal: Principal, projectId: string, query: EntityListQuery) {
    await this.deps.access.require(projectId, principal, 'read');
    const { type, sort, q } = query;
    const limit = query.limit ?? 200;
    const offset = query.offset ?? 0;
    if (!q) {
      const entities = await this.deps.graph.listEntities(projectId, {
        ...(type ? { type } : {}),
        sort: sort ?? 'mentions',
        limit,
        offset,
      });
      return { entities };
    }
    // A name search looks at every entity's name and aliases, then pages the matches.
    const needle = q.toLowerCase();
    const all = await this.deps.graph.listEntities(projectId, {
      ...(type ? { type } : {}),
      sort: sort ?? 'mentions',
    });
    const entities = all
      .filter((e) => [e.name, ...e.aliases].some((n) => n.toLowerCase().includes(needle)))
      .slice(offset, offset + limit);
    return { entities };
  }

  private async entity(projectId: string, entityId: string): Promise<EntityDetail> {
    const entity = await checked(this.deps.graph.getEntity(projectId, entityId));
    if (!entity) throw ENTITY_NOT_FOUND();
    return entity;
  }

  async get(
    principal: Principal,
    projectId: string,
    entityId: string,
    page: { mentionsOffset?: number | undefined; mentionsLimit?: number | undefined },
  ) {
    await this.deps.access.require(projectId, principal, 'read');
    const entity = await this.entity(projectId, entityId);
    const mentions = await this.withPassages(
      projectId,
      entity,
      page.mentionsOffset ?? 0,
      page.mentionsLimit ?? 50,
    );
    const speaking =
      entity.type === 'character' ? await this.deps.quotes.figures(projectId, entity.id) : undefined;
    return { entity: { ...detailView(entity, mentions), ...(speaking ? { speaking } : {}) } };
  }

  /** Renames, retypes, edits aliases or the sheet; a new sheet or name is saved and committed. */
  async patch(principal: Principal, projectId: string, entityId: string, patch: EntityPatchBody) {
    await this.deps.access.require(projectId, principal, 'edit');
    const entity = await checked(this.deps.graph.patchEntity(projectId, entityId, patch));
    if (!entity) throw ENTITY_NOT_FOUND();
    if (patch.sheet !== undefined || patch.name !== undefined) {
      await this.deps.sheets.save(projectId, entity.id, entity.name, entity.sheet);
      await this.deps.git.commit(
        projectId,
        {
          message: `Story bible: ${entity.name} edited`,
          author: gitAuthor(principal),
          files: [{ path: sheetPath(entity.id), content: entity.sheet }],
        },
        { requestId: principal.requestId },
      );
    }
    return { entity: detailView(entity, await this.withPassages(projectId, entity, 0, 50)) };
  }

  async merge(principal: Principal, projectId: string, entityId: string, otherId: string) {
    await this.deps.access.require(projectId, principal, 'edit');
    const entity = await checked(this.deps.graph.mergeEntities(projectId, entityId, otherId));
    if (!entity) throw ENTITY_NOT_FOUND();
    return { entity: detailView(entity, await this.withPassages(projectId, entity, 0, 50)) };
  }

  async delete(principal: Principal, projectId: string, entityId: string) {
    await this.deps.access.require(projectId, principal, 'edit');
    if (!(await checked(this.deps.graph.deleteEntity(projectId, entityId)))) throw ENTITY_NOT_FOUND();
    return { deleted: true };
  }

  async graph(
    principal: Principal,
    projectId: string,
    query: { limit?: number | undefined; minWeight?: number | undefined },
  ) {
    await this.deps.access.require(projectId, principal, 'read');
    return this.deps.graph.graph(projectId, {
      limit: query.limit ?? 80,
      ...(query.minWeight !== undefined ? { minWeight: query.minWeight } : {}),
    });
  }

  async appearances(
    principal: Principal,
    projectId: string,
    query: { entityIds?: string | undefined; type?: EntityListQuery['type']; limit?: number | undefined },
  ) {
    await this.deps.access.require(projectId, principal, 'read');
    const appearances = await this.deps.graph.appearances(projectId, {
      ...(query.entityIds ? { entityIds: query.entityIds.split(',') } : {}),
      ...(query.type ? { type: query.type } : {}),
      limit: query.limit ?? 10,
    });
    return { appearances };
  }

  async search(principal: Principal, projectId: string, body: SearchBody) {
    await this.deps.access.require(projectId, principal, 'read');
    const reply = await this.deps.chroma.query(
      projectId,
      { text: body.query, k: body.limit ?? 10, ...(body.kind ? { filter: { kind: body.kind } } : {}) },
      { requestId: principal.requestId },
    );
    const titleOf = this.titles(projectId);
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
  }
}
