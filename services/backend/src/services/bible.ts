import type {
  AppearancesQuery,
  AppearancesResponse,
  EntityDetailView,
  EntityListQuery,
  EntityPatchBody,
  GraphQuery,
  MentionView,
  SearchBody,
  SplitEntityBody,
} from '@george/contracts/api';
import type { Span } from '@george/text';
import { type SplitCorrection, splitForm } from '../bible/corrections.js';
import { RELATION_TYPES, type RelationType } from '../bible/types.js';
import type { BackendContext } from '../context.js';
import { ENTITY_NOT_FOUND, INVALID_CHAPTER_RANGE, INVALID_ENTITY_CHANGE } from '../errors.js';
import { type EntityDetail, GraphInputError, type GraphStore } from '../graph/store.js';
import { INGEST_JOB } from '../jobs/types.js';
import type { StoryRepository } from '../repositories/story.js';
import { isOutsideProse } from '../story/chapters.js';
import { chapterTitles } from '../story/numbering.js';
import { mentionsPerBook } from '../story/series.js';
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
  /** The speaking figures of a character's sheet, and the lines of the appearances chart. */
  quotes: Pick<QuoteService, 'figures' | 'linesPerChapter'>;
  corrections: Pick<BackendContext['corrections'], 'addSplit'>;
  queue: Pick<BackendContext['queue'], 'enqueue'>;
  runner: Pick<BackendContext['runner'], 'nudge'>;
  /** The series' books, for an entity's mentions per book. */
  story: Pick<StoryRepository, 'books'>;
}

/** The graph shows typed relations; "appears with" (co_occurs) only when asked for. */
const TYPED_RELATIONS = RELATION_TYPES.filter((t) => t !== 'co_occurs');

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

/**
 * The passage shown around a mention: up to `margin` characters each side, never reaching across a
 * heading line (a Markdown "# Chapter 1" or a plain "Chapter 1") or a scene break, which are not
 * prose (`isOutsideProse`, the line chat quotes draw too); without the blank space at its edges.
 */
export function passageAround(text: string, mention: Span, margin: number): Span {
  const from = Math.max(0, mention.start - margin);
  let start = from;
  let end = Math.min(text.length, mention.end + margin);
  for (const line of text.slice(from, end).matchAll(/[^\n]+/g)) {
    const span = { start: from + line.index, end: from + line.index + line[0].length };
    if (span.end <= mention.start && isOutsideProse(text, span)) start = span.end;
    else if (span.start >= mention.end && isOutsideProse(text, span)) {
      end = span.start;
      break;
    }
  }
  while (start < mention.start && /\s/.test(text.charAt(start))) start++;
  while (end > mention.end && /\s/.test(text.charAt(end - 1))) end--;
  return { start, end };
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
        const { start, end } = passageAround(text, m, PASSAGE_MARGIN);
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
    const [speaking, books] = await Promise.all([
      entity.type === 'character' ? this.deps.quotes.figures(projectId, entity.id) : undefined,
      this.booksOf(projectId, entity.id),
    ]);
    return {
      entity: {
        ...detailView(entity, mentions),
        ...(speaking ? { speaking } : {}),
        ...(books ? { books } : {}),
      },
    };
  }

  /** The entity's mentions per book of the series; undefined when the project has no books. */
  private async booksOf(projectId: string, entityId: string) {
    const books = await this.deps.story.books(projectId);
    if (books.length === 0) return undefined;
    const [appearance] = await this.deps.graph.appearances(projectId, { entityIds: [entityId], limit: 1 });
    return mentionsPerBook(books, appearance?.chapters ?? []);
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

  /**
   * Splits names or single mentions off an entity into a new one. The split is recorded as a
   * correction that every ingestion applies to its extraction, and the files it touches are read
   * again (story bible only), so mentions, relations, quotations and facts move as if the extractor
   * had told the two apart, now and after every later ingestion.
   */
  async split(principal: Principal, projectId: string, entityId: string, body: SplitEntityBody) {
    await this.deps.access.require(projectId, principal, 'edit');
    const entity = await this.entity(projectId, entityId);
    const names = new Set(
      [entity.name, ...entity.aliases, ...entity.mentions.map((m) => m.text)].map(splitForm),
    );
    const aliases = [...new Set(body.aliases ?? [])];
    const unknown = aliases.find((a) => !names.has(splitForm(a)));
    if (unknown !== undefined) throw INVALID_ENTITY_CHANGE(`"${unknown}" is not a name of ${entity.name}`);
    if (aliases.some((a) => splitForm(a) === splitForm(entity.name))) {
      throw INVALID_ENTITY_CHANGE(
        `${entity.name} keeps its own name: rename it first to split that name off`,
      );
    }
    const at = new Map(entity.mentions.map((m) => [`${m.fileId}\u0000${m.start}`, m]));
    const picked = (body.mentions ?? []).map((ref) => at.get(`${ref.fileId}\u0000${ref.start}`));
    if (picked.some((m) => m === undefined)) {
      throw INVALID_ENTITY_CHANGE(`a mention to split is not one of ${entity.name}'s`);
    }
    const forms = new Set(aliases.map(splitForm));
    const mentions = picked.filter((m) => m !== undefined);
    const chosen = new Set(mentions);
    const moving = entity.mentions.filter((m) => chosen.has(m) || forms.has(splitForm(m.text)));
    if (moving.length === 0) throw INVALID_ENTITY_CHANGE('name at least one alias or mention to split off');
    if (moving.length === entity.mentions.length) {
      throw INVALID_ENTITY_CHANGE('every mention would move: rename or retype the entity instead');
    }
    const sourceKeys = [...(await this.deps.graph.entityKeys(projectId)).entries()]
      .filter(([, ref]) => ref.id === entity.id)
      .map(([key]) => key);
    const stored = await this.deps.corrections.addSplit(
      projectId,
      principal.userId,
      (key): SplitCorrection => ({
        key,
        sourceKeys,
        sourceNames: [entity.name, ...entity.aliases],
        name: body.name,
        type: body.type,
        aliases,
        mentions: mentions.map((m) => ({ fileId: m.fileId, start: m.start, text: m.text })),
      }),
    );
    // The names that went are no longer the entity's, even those the author gave it (a merge's).
    const gone = entity.aliases.filter((a) => forms.has(splitForm(a)));
    if (gone.length > 0) await this.deps.graph.patchEntity(projectId, entity.id, { removeAliases: gone });
    const jobIds: string[] = [];
    for (const fileId of new Set(moving.map((m) => m.fileId))) {
      const job = await this.deps.queue.enqueue({
        type: INGEST_JOB,
        projectId,
        fileId,
        payload: { fileId, bibleOnly: true },
        createdBy: principal.userId,
      });
      jobIds.push(job.id);
    }
    this.deps.runner.nudge();
    return {
      split: { id: stored.id, name: body.name, type: body.type, aliases, mentions: moving.length },
      jobIds,
    };
  }

  async delete(principal: Principal, projectId: string, entityId: string) {
    await this.deps.access.require(projectId, principal, 'edit');
    if (!(await checked(this.deps.graph.deleteEntity(projectId, entityId)))) throw ENTITY_NOT_FOUND();
    return { deleted: true };
  }

  /**
   * The relationship graph: typed relations unless "appears with" is asked for, the most mentioned
   * entities first. Within one book (and a range of its chapters), an entity's mentions are counted
   * there, and only entities that appear there are drawn, with the relations between them.
   */
  async graph(principal: Principal, projectId: string, query: GraphQuery) {
    await this.deps.access.require(projectId, principal, 'read');
    const asked = query.types
      ? RELATION_TYPES.filter((t) => query.types?.split(',').includes(t))
      : TYPED_RELATIONS;
    const types: RelationType[] =
      query.appearsWith && !asked.includes('co_occurs') ? [...asked, 'co_occurs'] : asked;
    const limit = query.limit ?? 80;
    const weight = query.minWeight !== undefined ? { minWeight: query.minWeight } : {};
    const { fileId } = query;
    if (fileId === undefined) {
      return this.deps.graph.graph(projectId, {
        limit,
        types,
        ...weight,
        ...(query.minMentions !== undefined ? { minMentions: query.minMentions } : {}),
      });
    }
    if (
      query.fromChapter !== undefined &&
      query.toChapter !== undefined &&
      query.fromChapter > query.toChapter
    ) {
      throw INVALID_CHAPTER_RANGE();
    }
    const whole = await this.deps.graph.graph(projectId, { types, ...weight });
    const inRange = (chapter: number | null) =>
      (query.fromChapter === undefined || (chapter !== null && chapter >= query.fromChapter)) &&
      (query.toChapter === undefined || (chapter !== null && chapter <= query.toChapter));
    const counts = new Map(
      (await this.deps.graph.appearances(projectId, { limit: whole.nodes.length })).map((a) => [
        a.entityId,
        a.chapters.filter((c) => c.fileId === fileId && inRange(c.chapter)).reduce((n, c) => n + c.count, 0),
      ]),
    );
    const nodes = whole.nodes
      .map((n) => ({ ...n, mentionCount: counts.get(n.id) ?? 0 }))
      .filter((n) => n.mentionCount > 0 && n.mentionCount >= (query.minMentions ?? 0))
      .sort((a, b) => b.mentionCount - a.mentionCount || a.name.localeCompare(b.name))
      .slice(0, limit);
    const shown = new Set(nodes.map((n) => n.id));
    return { nodes, edges: whole.edges.filter((e) => shown.has(e.source) && shown.has(e.target)) };
  }

  /**
   * Per chapter, the mentions of the chosen entities (given, or the most mentioned), or with
   * `measure: 'lines'` the quotations each of them speaks.
   */
  async appearances(
    principal: Principal,
    projectId: string,
    query: AppearancesQuery,
  ): Promise<AppearancesResponse> {
    await this.deps.access.require(projectId, principal, 'read');
    const appearances = await this.deps.graph.appearances(projectId, {
      ...(query.entityIds ? { entityIds: query.entityIds.split(',') } : {}),
      ...(query.type ? { type: query.type } : {}),
      limit: query.limit ?? 10,
    });
    if (query.measure !== 'lines') return { measure: 'mentions', appearances };
    const lines = await this.deps.quotes.linesPerChapter(
      projectId,
      appearances.map((a) => a.entityId),
    );
    return {
      measure: 'lines',
      appearances: appearances.map((a) => {
        const chapters = lines.get(a.entityId) ?? [];
        return { ...a, total: chapters.reduce((sum, c) => sum + c.count, 0), chapters };
      }),
    };
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
