import {
  BibleExportQuery,
  BooksBody,
  BooksResponse,
  ChapterParams,
  ChapterResponse,
  ChaptersResponse,
  ManuscriptExportQuery,
  NarratorBody,
  ProjectFileParams,
  ProjectParams,
  StoryFileQuery,
  TimelineResponse,
  WebImportBody,
  WebImportResponse,
  WordLookupQuery,
  WordLookupResponse,
} from '@george/contracts/api';
import type { AreaRoutes } from '../http/contexts.js';
import { sendDownload as send } from '../http/download.js';

const tags = ['story'];

/**
 * The shape of the story (`/projects/:projectId`): chapters, the timeline, the author's narrator of
 * a chapter, the story bible and manuscripts exported, web pages imported as research notes.
 */
export const storyRoutes: AreaRoutes = async (app, { services: { story } }) => {
  app.get(
    '/chapters',
    {
      schema: {
        tags,
        params: ProjectParams,
        querystring: StoryFileQuery,
        response: { 200: ChaptersResponse },
        description:
          "Each chapter of the project's manuscripts (or of one file), numbered from 1 in text order: words, scenes, dialogue share, point of view, narrators, focal character, characters present.",
      },
    },
    async (request) => story.chapters(request.principal, request.params.projectId, request.query),
  );

  app.get(
    '/timeline',
    {
      schema: {
        tags,
        params: ProjectParams,
        querystring: StoryFileQuery,
        response: { 200: TimelineResponse },
        description: 'Every time expression as an event with its quote, in narrative and in story order.',
      },
    },
    async (request) => story.timeline(request.principal, request.params.projectId, request.query),
  );

  app.put(
    '/files/:fileId/chapters/:chapter/narrator',
    {
      schema: {
        tags,
        params: ChapterParams,
        body: NarratorBody,
        response: { 200: ChapterResponse },
        description:
          "The author's narrator of a chapter: a character (entityId), or null for no narrator. Kept across re-ingestion.",
      },
    },
    async (request) =>
      story.setNarrator(
        request.principal,
        request.params.projectId,
        request.params.fileId,
        request.params.chapter,
        request.body.entityId,
      ),
  );

  app.delete(
    '/files/:fileId/chapters/:chapter/narrator',
    {
      schema: {
        tags,
        params: ChapterParams,
        response: { 200: ChapterResponse },
        description: 'Back to the narrator the text shows.',
      },
    },
    async (request) =>
      story.clearNarrator(
        request.principal,
        request.params.projectId,
        request.params.fileId,
        request.params.chapter,
      ),
  );

  app.get(
    '/export',
    {
      schema: {
        tags,
        params: ProjectParams,
        querystring: BibleExportQuery,
        description: 'The story bible: JSON, or Markdown with one file per entity in a zip.',
      },
    },
    async (request, reply) =>
      send(reply, await story.exportBible(request.principal, request.params.projectId, request.query)),
  );

  app.get(
    '/files/:fileId/export',
    {
      schema: {
        tags,
        params: ProjectFileParams,
        querystring: ManuscriptExportQuery,
        description: 'The file as a manuscript (.docx, .md or .epub) with its chapters.',
      },
    },
    async (request, reply) =>
      send(
        reply,
        await story.exportManuscript(
          request.principal,
          request.params.projectId,
          request.params.fileId,
          request.query,
        ),
      ),
  );

  app.get(
    '/books',
    {
      schema: {
        tags,
        params: ProjectParams,
        response: { 200: BooksResponse },
        description:
          "The series: the project's books in order, each with its files, chapters, words and characters.",
      },
    },
    async (request) => story.books(request.principal, request.params.projectId),
  );

  app.put(
    '/books',
    {
      schema: {
        tags,
        params: ProjectParams,
        body: BooksBody,
        response: { 200: BooksResponse },
        description:
          "Arranges the project's files into books, numbered in the order given (replaces the arrangement).",
      },
    },
    async (request) => story.setBooks(request.principal, request.params.projectId, request.body),
  );

  app.get(
    '/lookup',
    {
      schema: {
        tags,
        params: ProjectParams,
        querystring: WordLookupQuery,
        response: { 200: WordLookupResponse },
        description:
          "A word selected in the reader: its definitions, the encyclopedia's summary and its synonyms (external-data's cache and per-user rate limit).",
      },
    },
    async (request) => story.lookupWord(request.principal, request.params.projectId, request.query.word),
  );

  app.post(
    '/imports',
    {
      schema: {
        tags,
        params: ProjectParams,
        body: WebImportBody,
        response: { 202: WebImportResponse },
        description:
          'A web page saved as a research note with its source, fetched by the external-data service behind its address guard.',
      },
    },
    async (request, reply) =>
      reply
        .code(202)
        .send(await story.importPage(request.principal, request.params.projectId, request.body.url)),
  );
};
