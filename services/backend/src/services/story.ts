/**
 * The shape of the story as the public API shows it: each chapter's figures, narrators and point of
 * view, the timeline, the author's narrator of a chapter, the story bible and a manuscript exported,
 * and a web page saved as a research note through the external-data service (whose guard refuses
 * private and local addresses).
 */
import { Readable } from 'node:stream';
import type {
  BibleExportQuery,
  BooksBody,
  BooksResponse,
  ChapterView,
  ManuscriptExportQuery,
  StoryFileQuery,
  StoryPerson,
  TimelineEventView,
  WordLookupResponse,
} from '@george/contracts/api';
import { UpstreamError } from '@george/runtime';
import type { BackendContext } from '../context.js';
import {
  CHAPTER_NOT_FOUND,
  ENTITY_NOT_FOUND,
  FILE_TOO_LARGE,
  INVALID_BOOKS,
  INVALID_NARRATOR,
} from '../errors.js';
import {
  type BibleExport,
  type BibleExportEntity,
  bibleJson,
  bibleMarkdownZip,
  slug,
} from '../exports/bible.js';
import { manuscriptDocx, manuscriptEpub, manuscriptMarkdown } from '../exports/manuscript.js';
import { type EntityRef, GraphInputError } from '../graph/store.js';
import type { Download } from '../http/download.js';
import type { ChapterRow, NarratorOverride, StoryRepository } from '../repositories/story.js';
import { mentionsPerBook, readingOrder, seriesTimeline } from '../story/series.js';
import type { AccessCache } from './access.js';
import type { FileOperations } from './file-operations.js';
import type { Principal } from './principal.js';
import { requireProjectFile } from './project-file.js';

export interface StoryServiceDeps {
  story: StoryRepository;
  graph: BackendContext['graph'];
  files: BackendContext['files'];
  auth: BackendContext['auth'];
  external: BackendContext['external'];
  access: AccessCache;
  operations: Pick<FileOperations, 'upload'>;
  maxUploadBytes: number;
}

export type { Download };

type Keys = Map<string, EntityRef>;

const MEDIA_TYPES: Record<ManuscriptExportQuery['format'], string> = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  md: 'text/markdown; charset=utf-8',
  epub: 'application/epub+zip',
};

/** A person named by extraction key, as the entity that holds the key now (or by name only). */
function person(p: { id: string | null; name: string }, keys: Keys): StoryPerson {
  const ref = p.id === null ? undefined : keys.get(p.id);
  return ref ? { entityId: ref.id, name: ref.name } : { entityId: null, name: p.name };
}

/** The stored chapter as the API shows it, the author's narrator applied. */
export function chapterView(
  row: ChapterRow,
  keys: Keys,
  override: NarratorOverride | undefined,
): ChapterView {
  const c = row.chapter;
  const characters = new Map<string, ChapterView['characters'][number]>();
  for (const ch of c.characters) {
    const ref = keys.get(ch.id);
    if (!ref) continue;
    const seen = characters.get(ref.id);
    // Two extraction keys merged into one entity count together.
    if (seen) {
      seen.named += ch.named;
      seen.referred += ch.referred;
    } else
      characters.set(ref.id, { entityId: ref.id, name: ref.name, named: ch.named, referred: ch.referred });
  }
  const introduced = [...new Set(c.introduced.flatMap((key) => keys.get(key)?.id ?? []))];
  let pov = c.pov;
  let narrators = c.narrators.map((n) => ({ ...person(n, keys), share: n.share }));
  let focal = c.focal ? person(c.focal, keys) : null;
  if (override) {
    const narrator = override.narrator
      ? person({ id: override.narrator.key, name: override.narrator.name }, keys)
      : null;
    pov = narrator ? 'first' : 'third';
    narrators = narrator ? [{ ...narrator, share: 1 }] : [];
    // No narrator: the chapter follows the character it would follow were it told in the third person.
    if (narrator) focal = null;
    else if (c.pov !== 'third') focal = c.thirdPersonFocal ? person(c.thirdPersonFocal, keys) : null;
  }
  return {
    fileId: row.fileId,
    index: row.index,
    title: c.title,
    start: c.start,
    end: c.end,
    words: c.words,
    scenes: c.scenes,
    dialogueShare: c.dialogueShare,
    pov,
    narrators,
    focal,
    characters: [...characters.values()].sort(
      (a, b) => b.named + b.referred - (a.named + a.referred) || a.name.localeCompare(b.name),
    ),
    introduced,
    readingMinutes: c.readingMinutes,
    form: c.form,
    sections: c.sections.map((s) => ({
      start: s.start,
      end: s.end,
      kind: s.kind,
      writer: s.writer ? person(s.writer, keys) : null,
      addressee: s.addressee ? person(s.addressee, keys) : null,
      date: s.date,
      quoted: s.quoted,
    })),
    overridden: override !== undefined,
  };
}

export class StoryService {
  constructor(private readonly deps: StoryServiceDeps) {}

  private call(principal: Principal) {
    return { requestId: principal.requestId, userId: principal.userId };
  }

  private requireFile(principal: Principal, projectId: string, fileId: string) {
    return requireProjectFile(this.deps.files, principal, projectId, fileId);
  }

  async chapters(principal: Principal, projectId: string, query: StoryFileQuery) {
    await this.deps.access.require(projectId, principal, 'read');
    const [rows, overrides, keys] = await Promise.all([
      this.deps.story.chapters(projectId, query.fileId),
      this.deps.story.narrators(projectId, query.fileId),
      this.deps.graph.entityKeys(projectId),
    ]);
    // A file with no analysis yet, or a file of another project: only the filesystem knows which.
    if (query.fileId !== undefined && rows.length === 0)
      await this.requireFile(principal, projectId, query.fileId);
    const byChapter = new Map(overrides.map((o) => [`${o.fileId}:${o.chapter}`, o]));
    return {
      chapters: rows.map((row) => chapterView(row, keys, byChapter.get(`${row.fileId}:${row.index}`))),
    };
  }

  /**
   * The timeline of one file in its own orders, or of the whole project with both orders over the
   * series (the books in their order, then the files in no book).
   */
  async timeline(principal: Principal, projectId: string, query: StoryFileQuery) {
    await this.deps.access.require(projectId, principal, 'read');
    const events = await projectTimeline(this.deps.story, projectId, query.fileId);
    if (query.fileId !== undefined && events.length === 0)
      await this.requireFile(principal, projectId, query.fileId);
    return { events };
  }

  private async chapter(
    projectId: string,
    fileId: string,
    chapter: number,
  ): Promise<{ chapter: ChapterView }> {
    const [rows, overrides, keys] = await Promise.all([
      this.deps.story.chapters(projectId, fileId),
      this.deps.story.narrators(projectId, fileId),
      this.deps.graph.entityKeys(projectId),
    ]);
    const row = rows.find((r) => r.index === chapter);
    if (!row) throw CHAPTER_NOT_FOUND(chapter);
    return {
      chapter: chapterView(
        row,
        keys,
        overrides.find((o) => o.chapter === chapter),
      ),
    };
  }

  /** The author's narrator of a chapter (a character, or null: none); kept across re-ingestion. */
  async setNarrator(
    principal: Principal,
    projectId: string,
    fileId: string,
    chapter: number,
    entityId: string | null,
  ) {
    await this.deps.access.require(projectId, principal, 'edit');
    const rows = await this.deps.story.chapters(projectId, fileId);
    if (!rows.some((r) => r.index === chapter)) throw CHAPTER_NOT_FOUND(chapter);
    let narrator: NarratorOverride['narrator'] = null;
    if (entityId !== null) {
      // An id that cannot be an entity's is refused by the store: no such entity either.
      const entity = await this.deps.graph.getEntity(projectId, entityId).catch((err) => {
        if (err instanceof GraphInputError) return null;
        throw err;
      });
      if (!entity) throw ENTITY_NOT_FOUND();
      if (entity.type !== 'character') throw INVALID_NARRATOR(entity.name, entity.type);
      narrator = { key: entity.key, name: entity.name };
    }
    await this.deps.story.setNarrator(projectId, { fileId, chapter, narrator }, principal.userId);
    return this.chapter(projectId, fileId, chapter);
  }

  /** Back to the narrator the text shows. */
  async clearNarrator(principal: Principal, projectId: string, fileId: string, chapter: number) {
    await this.deps.access.require(projectId, principal, 'edit');
    const rows = await this.deps.story.chapters(projectId, fileId);
    if (!rows.some((r) => r.index === chapter)) throw CHAPTER_NOT_FOUND(chapter);
    await this.deps.story.clearNarrator(projectId, fileId, chapter);
    return this.chapter(projectId, fileId, chapter);
  }

  /** The series: the books in order, each with its chapters, words and characters. */
  async books(principal: Principal, projectId: string): Promise<BooksResponse> {
    await this.deps.access.require(projectId, principal, 'read');
    const [books, rows, keys] = await Promise.all([
      this.deps.story.books(projectId),
      this.deps.story.chapters(projectId),
      this.deps.graph.entityKeys(projectId),
    ]);
    const placed = new Set(books.flatMap((b) => b.fileIds));
    return {
      books: books.map((book) => {
        const files = new Set(book.fileIds);
        const chapters = rows.filter((r) => files.has(r.fileId));
        const characters = new Map<string, { entityId: string; name: string; mentions: number }>();
        for (const row of chapters)
          for (const ch of row.chapter.characters) {
            const ref = keys.get(ch.id);
            if (!ref) continue;
            const entry = characters.get(ref.id) ?? { entityId: ref.id, name: ref.name, mentions: 0 };
            entry.mentions += ch.named + ch.referred;
            characters.set(ref.id, entry);
          }
        return {
          number: book.number,
          title: book.title,
          fileIds: book.fileIds,
          chapters: chapters.length,
          words: chapters.reduce((sum, r) => sum + r.chapter.words, 0),
          characters: [...characters.values()]
            .sort((a, b) => b.mentions - a.mentions || a.name.localeCompare(b.name))
            .slice(0, 50),
        };
      }),
      unassigned: [...new Set(rows.map((r) => r.fileId))].filter((id) => !placed.has(id)),
    };
  }

  /** Arranges the project's files into books (replacing the arrangement); each file in one book at most. */
  async setBooks(principal: Principal, projectId: string, body: BooksBody): Promise<BooksResponse> {
    await this.deps.access.require(projectId, principal, 'edit');
    const seen = new Set<string>();
    for (const book of body.books)
      for (const id of book.fileIds) {
        if (seen.has(id)) throw INVALID_BOOKS(`the file ${id} is in more than one book`);
        seen.add(id);
      }
    if (seen.size > 0) {
      const files = new Set((await this.deps.files.list(projectId, this.call(principal))).map((f) => f.id));
      const unknown = [...seen].filter((id) => !files.has(id));
      if (unknown.length > 0) throw INVALID_BOOKS(`no such file in this project: ${unknown.join(', ')}`);
    }
    await this.deps.story.replaceBooks(
      projectId,
      body.books.map((b) => ({ title: b.title.trim() || 'Untitled', fileIds: b.fileIds })),
      principal.userId,
    );
    return this.books(principal, projectId);
  }

  /** The story bible as JSON, or as Markdown (one file per entity) in a zip. */
  async exportBible(principal: Principal, projectId: string, query: BibleExportQuery): Promise<Download> {
    await this.deps.access.require(projectId, principal, 'read');
    const project = await this.deps.auth.getProject(projectId, this.call(principal));
    const data = await this.bibleData(projectId, project.name);
    const base = slug(project.name) || 'story-bible';
    if (query.format === 'json')
      return {
        body: Buffer.from(JSON.stringify(data, null, 2)),
        mediaType: 'application/json; charset=utf-8',
        name: `${base}-story-bible.json`,
      };
    return {
      body: await bibleMarkdownZip(data),
      mediaType: 'application/zip',
      name: `${base}-story-bible.zip`,
    };
  }

  /** The story bible's entities with their relations, appearances and books (the caller checked read access). */
  async bibleData(projectId: string, projectName: string): Promise<BibleExport> {
    const summaries = await this.deps.graph.listEntities(projectId, { sort: 'name' });
    const appearances = new Map(
      (
        await this.deps.graph.appearances(projectId, {
          entityIds: summaries.map((s) => s.id),
          limit: summaries.length,
        })
      ).map((a) => [a.entityId, a.chapters]),
    );
    // A series: each entity's mentions per book, from its appearances in the book's files.
    const books = await this.deps.story.books(projectId);
    const entities: BibleExportEntity[] = [];
    for (const summary of summaries) {
      const entity = await this.deps.graph.getEntity(projectId, summary.id);
      if (!entity) continue;
      entities.push({
        id: entity.id,
        name: entity.name,
        type: entity.type,
        aliases: entity.aliases,
        mentionCount: entity.mentionCount,
        firstAppearance: entity.firstAppearance,
        sheet: entity.sheet,
        relations: entity.relations.map((r) => ({
          type: r.type,
          ...(r.labels[0] ? { label: r.labels.join(', ') } : {}),
          other: { id: r.other.id, name: r.other.name },
          weight: r.weight,
        })),
        appearances: appearances.get(entity.id) ?? [],
        ...(books.length > 0 ? { books: mentionsPerBook(books, appearances.get(entity.id) ?? []) } : {}),
      });
    }
    return bibleJson({ id: projectId, name: projectName }, entities);
  }

  /** A file's text as a manuscript (.docx, .md or .epub) with its chapters. */
  async exportManuscript(
    principal: Principal,
    projectId: string,
    fileId: string,
    query: ManuscriptExportQuery,
  ): Promise<Download> {
    await this.deps.access.require(projectId, principal, 'read');
    const meta = await this.requireFile(principal, projectId, fileId);
    const { text } = await this.deps.files.text(projectId, fileId, {}, this.call(principal));
    const title = meta.name.replace(/\.[A-Za-z0-9]{1,8}$/, '') || meta.name;
    const source = { title, text, chapters: meta.chapters };
    const body =
      query.format === 'docx'
        ? await manuscriptDocx(source)
        : query.format === 'epub'
          ? await manuscriptEpub(source, `${projectId}-${fileId}`)
          : Buffer.from(manuscriptMarkdown(source));
    return { body, mediaType: MEDIA_TYPES[query.format], name: `${title}.${query.format}` };
  }

  /**
   * A word selected in the reader: its definitions, the encyclopedia's summary and its synonyms,
   * through the external-data service (its cache, its per-user rate limit, its breaker). A source
   * that cannot answer is named in `unavailable`; when neither the look-up nor the thesaurus
   * answers, the look-up's error is the answer.
   */
  async lookupWord(principal: Principal, projectId: string, word: string): Promise<WordLookupResponse> {
    await this.deps.access.require(projectId, principal, 'read');
    const term = word.trim();
    const [look, thesaurus] = await Promise.allSettled([
      this.deps.external.lookup(term, this.call(principal)),
      this.deps.external.thesaurus(term, 'means-like', this.call(principal)),
    ]);
    if (look.status === 'rejected' && thesaurus.status === 'rejected') throw look.reason;
    const unavailable: Record<string, string> = {};
    const reason = (err: unknown) => (err instanceof UpstreamError ? err.code : 'unavailable');
    if (look.status === 'rejected') {
      unavailable.dictionary = reason(look.reason);
      unavailable.encyclopedia = reason(look.reason);
    } else Object.assign(unavailable, look.value.unavailable);
    if (thesaurus.status === 'rejected') unavailable.thesaurus = reason(thesaurus.reason);
    return {
      word: term,
      dictionary: look.status === 'fulfilled' ? look.value.dictionary : null,
      encyclopedia: look.status === 'fulfilled' ? look.value.encyclopedia : null,
      synonyms: thesaurus.status === 'fulfilled' ? thesaurus.value.words.map((w) => w.word).slice(0, 20) : [],
      unavailable,
    };
  }

  /**
   * A web page saved as a research note (kind `note`, searchable like every note) with its source.
   * The external-data service fetches it behind its guard: a private, local or metadata address,
   * another scheme or port is refused there and its refusal passes through; nothing is stored then.
   */
  async importPage(principal: Principal, projectId: string, url: string) {
    await this.deps.access.require(projectId, principal, 'edit');
    const page = await this.deps.external.importPage(url, this.call(principal));
    const lines = [
      `# ${page.title.replace(/\s+/g, ' ').trim() || page.finalUrl}`,
      '',
      `Source: <${page.finalUrl}>`,
    ];
    if (page.byline) lines.push(`By: ${page.byline}`);
    lines.push(`Saved: ${new Date().toISOString()}`, '', page.text.trim(), '');
    const note = Buffer.from(lines.join('\n'));
    if (note.length > this.deps.maxUploadBytes) throw FILE_TOO_LARGE(this.deps.maxUploadBytes);
    const { file, jobId } = await this.deps.operations.upload(
      principal,
      projectId,
      {
        filename: `${slug(page.title) || 'web-page'}.md`,
        stream: Readable.from([note]),
        mediaType: 'text/markdown',
        truncated: () => false,
        kind: 'note',
      },
      principal.requestId,
    );
    return {
      file,
      jobId,
      source: { url: page.url, finalUrl: page.finalUrl, title: page.title, byline: page.byline },
    };
  }
}

/**
 * The timeline of one file in its own orders, or of the whole project with both orders over the
 * series (the books in their order, then the files in no book), as the API serves it.
 */
export async function projectTimeline(
  story: StoryRepository,
  projectId: string,
  fileId?: string,
): Promise<TimelineEventView[]> {
  const stored = await story.events(projectId, fileId);
  const events =
    fileId === undefined
      ? seriesTimeline(
          stored,
          readingOrder(
            await story.books(projectId),
            stored.map((e) => e.fileId),
          ),
        )
      : stored;
  return events.map(
    (e): TimelineEventView => ({
      id: e.id,
      fileId: e.fileId,
      chapter: e.chapter,
      start: e.start,
      end: e.end,
      quote: e.quote,
      when: e.when,
      narrativeOrder: e.narrativeOrder,
      storyOrder: e.storyOrder,
    }),
  );
}
