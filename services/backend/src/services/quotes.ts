import {
  ATTRIBUTION_KINDS,
  type AttributionKindName,
  type QuoteEntity,
  type QuoteListQuery,
  type QuoteListResponse,
  type QuoteView,
  type SpeakingFiguresView,
} from '@george/contracts/api';
import { FILE_ID_PATTERN } from '@george/contracts/schemas/filesystem';
import type { BackendContext } from '../context.js';
import { type SpeakingFigures, speakingFigures } from '../dialogue/figures.js';
import { ENTITY_NOT_FOUND, INVALID_CURSOR } from '../errors.js';
import { type EntityRef, GraphInputError, type GraphStore } from '../graph/store.js';
import type { QuotationPosition, QuotationRepository, StoredQuotation } from '../repositories/quotations.js';
import type { AccessCache } from './access.js';
import type { Principal } from './principal.js';
import { requireProjectFile } from './project-file.js';

export interface QuoteServiceDeps {
  graph: GraphStore;
  files: BackendContext['files'];
  quotations: QuotationRepository;
  access: AccessCache;
}

const DEFAULT_LIMIT = 100;
const FILE_ID = new RegExp(FILE_ID_PATTERN);
/** Offsets and file orders a cursor may hold (a manuscript is far below a billion characters). */
const MAX_POSITION = 1_000_000_000;

/** `nextCursor`: the last quotation's place in the text order, base64url of a JSON triple. */
export function encodeCursor(position: QuotationPosition): string {
  return Buffer.from(JSON.stringify([position.fileOrder, position.fileId, position.start])).toString(
    'base64url',
  );
}

const isPosition = (n: unknown): n is number =>
  typeof n === 'number' && Number.isInteger(n) && n >= 0 && n <= MAX_POSITION;

/** A cursor this listing gave, or a 400: anything else (edited, truncated, made up) is refused. */
export function decodeCursor(cursor: string): QuotationPosition {
  let value: unknown;
  try {
    const json = Buffer.from(cursor, 'base64url').toString('utf8');
    // Only the canonical encoding: a cursor re-encoded differently is not one we gave.
    if (Buffer.from(json).toString('base64url') !== cursor) throw INVALID_CURSOR();
    value = JSON.parse(json);
  } catch {
    throw INVALID_CURSOR();
  }
  if (!Array.isArray(value) || value.length !== 3) throw INVALID_CURSOR();
  const [fileOrder, fileId, start] = value;
  if (!isPosition(fileOrder) || !isPosition(start)) throw INVALID_CURSOR();
  if (typeof fileId !== 'string' || !FILE_ID.test(fileId)) throw INVALID_CURSOR();
  return { fileOrder, fileId, start };
}

const isKind = (kind: string): kind is AttributionKindName =>
  (ATTRIBUTION_KINDS as readonly string[]).includes(kind);

/** The keys that lead to the entity now (its own and those merged into it). */
function keysOf(keys: ReadonlyMap<string, EntityRef>, entityId: string): string[] {
  const found: string[] = [];
  for (const [key, ref] of keys) if (ref.id === entityId) found.push(key);
  return found;
}

/** A stored quotation as the API answers it, its keys resolved to the entities that have them now. */
export function quoteView(q: StoredQuotation, keys: ReadonlyMap<string, EntityRef>): QuoteView {
  const entity = (key: string): QuoteEntity | null => {
    const ref = keys.get(key);
    return ref ? { entityId: ref.id, name: ref.name } : null;
  };
  const speaker = q.speakerKey === null ? null : entity(q.speakerKey);
  const addressees = new Map<string, QuoteEntity>();
  for (const key of q.addresseeKeys) {
    const ref = entity(key);
    if (ref && ref.entityId !== speaker?.entityId) addressees.set(ref.entityId, ref);
  }
  return {
    id: q.id,
    fileId: q.fileId,
    chapter: q.chapter,
    start: q.start,
    end: q.end,
    text: q.text,
    speaker,
    addressees: [...addressees.values()],
    kind: isKind(q.kind) ? q.kind : 'implicit',
    confidence: q.confidence,
  };
}

/**
 * Who speaks: the project's quotations in text order, speakers and addressees read through the
 * graph store's entity keys (a merge moves quotations to the entity kept; a deleted entity's
 * quotations have no speaker).
 */
export class QuoteService {
  constructor(private readonly deps: QuoteServiceDeps) {}

  async list(principal: Principal, projectId: string, query: QuoteListQuery): Promise<QuoteListResponse> {
    await this.deps.access.require(projectId, principal, 'read');
    const after = query.cursor === undefined ? undefined : decodeCursor(query.cursor);
    const limit = query.limit ?? DEFAULT_LIMIT;
    const keys = await this.deps.graph.entityKeys(projectId);
    let speakerKeys: string[] | undefined;
    if (query.speakerId !== undefined) {
      speakerKeys = keysOf(keys, query.speakerId);
      if (speakerKeys.length === 0 && !(await this.exists(projectId, query.speakerId))) {
        throw ENTITY_NOT_FOUND();
      }
    }
    const rows = await this.deps.quotations.page(projectId, {
      ...(query.fileId !== undefined ? { fileId: query.fileId } : {}),
      ...(speakerKeys !== undefined ? { speakerKeys } : {}),
      ...(query.chapter !== undefined ? { chapter: query.chapter } : {}),
      ...(after !== undefined ? { after } : {}),
      limit: limit + 1,
    });
    // A file of another project, or none, is a 404 as on /chapters and /timeline, not an empty list.
    if (query.fileId !== undefined && rows.length === 0)
      await requireProjectFile(this.deps.files, principal, projectId, query.fileId);
    const page = rows.slice(0, limit);
    const last = page.at(-1);
    return {
      quotes: page.map((q) => quoteView(q, keys)),
      nextCursor:
        rows.length > limit && last !== undefined
          ? encodeCursor({ fileOrder: last.fileOrder, fileId: last.fileId, start: last.start })
          : null,
    };
  }

  /** An entity with no keys (none found by extraction) may still exist; an id the store refuses does not. */
  private async exists(projectId: string, entityId: string): Promise<boolean> {
    try {
      return (await this.deps.graph.getEntity(projectId, entityId)) !== null;
    } catch (err) {
      if (err instanceof GraphInputError) return false;
      throw err;
    }
  }

  /**
   * Lines spoken per chapter for each of these entities (the appearances chart's `lines` measure):
   * their quotations counted per file and chapter, files in reading order, chapters ascending (null
   * first). An entity that speaks no line has an empty list. The caller has checked access.
   */
  async linesPerChapter(
    projectId: string,
    entityIds: readonly string[],
  ): Promise<Map<string, Array<{ fileId: string; chapter: number | null; count: number }>>> {
    const keys = await this.deps.graph.entityKeys(projectId);
    const wanted = new Set(entityIds);
    const speakerKeys = [...keys].filter(([, ref]) => wanted.has(ref.id)).map(([key]) => key);
    const counts = new Map<string, Map<string, { fileId: string; chapter: number | null; count: number }>>();
    for (const id of entityIds) counts.set(id, new Map());
    // Quotations come in text order, so each entity's chapters do too.
    for (const q of await this.deps.quotations.bySpeakers(projectId, speakerKeys)) {
      const id = q.speakerKey === null ? undefined : keys.get(q.speakerKey)?.id;
      const chapters = id === undefined ? undefined : counts.get(id);
      if (chapters === undefined) continue;
      const at = `${q.fileId}\u0000${q.chapter ?? ''}`;
      const entry = chapters.get(at) ?? { fileId: q.fileId, chapter: q.chapter, count: 0 };
      entry.count++;
      chapters.set(at, entry);
    }
    return new Map([...counts].map(([id, chapters]) => [id, [...chapters.values()]]));
  }

  /**
   * A character's speaking figures (the entity sheet): quotations and words per chapter and in all,
   * whom they speak to most. The caller has checked access.
   */
  async figures(projectId: string, entityId: string): Promise<SpeakingFiguresView> {
    const keys = await this.deps.graph.entityKeys(projectId);
    const quotes = await this.deps.quotations.bySpeakers(projectId, keysOf(keys, entityId));
    const fileOrder = [...new Set(quotes.map((q) => q.fileId))];
    const figures: SpeakingFigures = speakingFigures(
      quotes.map((q) => ({
        fileId: q.fileId,
        chapter: q.chapter,
        words: q.words,
        addresseeIds: q.addresseeKeys
          .map((key) => keys.get(key)?.id)
          .filter((id): id is string => id !== undefined && id !== entityId),
      })),
      (id) => [...keys.values()].find((ref) => ref.id === id)?.name,
      fileOrder,
    );
    return figures;
  }
}
