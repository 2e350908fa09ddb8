/**
 * The story routes against real services: the auth server, the filesystem and git services (under
 * george-serve) and the external-data service (in process, allowed to reach this test's page server
 * only). A manuscript is uploaded through the API and ingested by the ingestion's own steps (all but
 * the passages, which need Chroma); then chapters, timeline, narrators, exports and web imports are
 * read and attacked through the routes.
 */

import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ApiHarness, errorCode } from '../support/api.js';
import { type StoryHarness, startStoryApi, type User } from '../support/story.js';

interface Chapter {
  fileId: string;
  index: number;
  title: string;
  start: number;
  end: number;
  words: number;
  scenes: number;
  dialogueShare: number;
  pov: string;
  narrators: Array<{ entityId: string | null; name: string; share: number }>;
  focal: { entityId: string | null; name: string } | null;
  characters: Array<{ entityId: string; name: string; named: number; referred: number }>;
  overridden: boolean;
}

const TEXT = [
  'Chapter 1',
  'THE DIARY OF ANNA GREVILLE',
  '3 May.--Anna Greville here. I came to Thornby today with my father, and Martha Hale met us at the gate. Martha said, "You are welcome, Anna." I walked by the river until dark and wrote this by the fire.',
  '4 May.--Rain all day. I read to my father. Martha brought bread and told me of the mill. On the 6th of May the miller came to supper.',
  'Chapter 2',
  '12 May.--I went to the mill with Martha. Martha laughed at my boots and said, "Anna, you will never be a farmer." Thomas Reed, the miller, showed us the wheel.',
  '* * *',
  'Three days later I walked to the church alone. Thomas Reed was there, and he asked after my father.',
].join('\n\n');

let harness: StoryHarness;
let api: ApiHarness;
let pagesUrl = '';
let owner: User;
let reader: User;
let stranger: User;
let projectId = '';
let otherProjectId = '';
let fileId = '';
let otherFileId = '';
const ingest = (jobId: string) => harness.ingest(jobId);

const chapters = async (user: User, query = '') => {
  const res = await api.call('GET', `/v1/api/projects/${projectId}/chapters${query}`, user.token);
  expect(res.statusCode, res.body).toBe(200);
  return (res.json() as { chapters: Chapter[] }).chapters;
};

beforeAll(async () => {
  harness = await startStoryApi();
  api = harness.api;
  pagesUrl = harness.pagesUrl;
  owner = await api.signUp('owner@example.com');
  reader = await api.signUp('reader@example.com', 'guest');
  stranger = await api.signUp('stranger@example.com');

  const created = await api.call('POST', '/v1/api/projects', owner.token, { name: 'Thornby' });
  projectId = (created.json() as { project: { id: string } }).project.id;
  await api.share(owner.token, projectId, reader, 'read');
  const uploaded = await harness.upload(owner, projectId, 'thornby.txt', TEXT);
  fileId = uploaded.file.id;
  await ingest(uploaded.jobId);

  const other = await api.call('POST', '/v1/api/projects', stranger.token, { name: 'Elsewhere' });
  otherProjectId = (other.json() as { project: { id: string } }).project.id;
  const foreign = await harness.upload(stranger, otherProjectId, 'elsewhere.txt', TEXT);
  otherFileId = foreign.file.id;
  await ingest(foreign.jobId);
}, 240_000);

afterAll(async () => {
  await harness?.close();
});

describe('chapters', () => {
  it('each chapter from 1 in text order, with its figures, narrator and characters as story-bible entities', async () => {
    const list = await chapters(owner, `?fileId=${fileId}`);
    expect(list.map((c) => [c.fileId, c.index, c.title])).toEqual([
      [fileId, 1, 'Chapter 1'],
      [fileId, 2, 'Chapter 2'],
    ]);
    const [one, two] = list as [Chapter, Chapter];
    expect(TEXT.slice(one.start, one.end)).toMatch(/^Chapter 1\n\nTHE DIARY/);
    expect(one.pov).toBe('first');
    expect(one.narrators.map((n) => n.name)).toEqual(['Anna Greville']);
    expect(two.scenes).toBe(2);
    expect(one.dialogueShare).toBeGreaterThan(0);
    expect(one.words).toBeGreaterThan(50);

    const entities = (
      (await api.call('GET', `/v1/api/projects/${projectId}/entities`, owner.token)).json() as {
        entities: Array<{ id: string; name: string }>;
      }
    ).entities;
    const ids = new Set(entities.map((e) => e.id));
    const anna = entities.find((e) => e.name === 'Anna Greville');
    expect(one.narrators[0]?.entityId).toBe(anna?.id);
    for (const c of list) for (const ch of c.characters) expect(ids.has(ch.entityId), ch.name).toBe(true);
    expect(two.characters.map((c) => c.name)).toEqual(expect.arrayContaining(['Martha', 'Thomas Reed']));
    // The whole project: the same chapters (one file here).
    expect(await chapters(reader)).toEqual(list);
  });

  it('the timeline: each dated event with its quote, in narrative and story order', async () => {
    const res = await api.call(
      'GET',
      `/v1/api/projects/${projectId}/timeline?fileId=${fileId}`,
      reader.token,
    );
    expect(res.statusCode).toBe(200);
    const { events } = res.json() as {
      events: Array<{
        id: string;
        fileId: string;
        chapter: number | null;
        start: number;
        end: number;
        quote: string;
        when: { text: string; date: string | null };
        narrativeOrder: number;
        storyOrder: number;
      }>;
    };
    const dated = events
      .filter((e) => e.when.date !== null)
      .map((e) => [e.when.text, e.when.date, e.chapter]);
    expect(dated).toEqual(
      expect.arrayContaining([
        ['3 May', '--05-03', 1],
        ['4 May', '--05-04', 1],
        ['12 May', '--05-12', 2],
      ]),
    );
    for (const e of events) {
      expect(e.fileId).toBe(fileId);
      expect(TEXT.slice(e.start, e.end).replace(/\s+/g, ' ').trim()).toBe(e.quote);
    }
    expect(events.map((e) => e.narrativeOrder)).toEqual(events.map((_, i) => i + 1));
    expect([...events.map((e) => e.storyOrder)].sort((a, b) => a - b)).toEqual(events.map((_, i) => i + 1));
  });

  it("the author's narrator: set, kept across a new ingestion, and removed", async () => {
    const entities = (
      (await api.call('GET', `/v1/api/projects/${projectId}/entities`, owner.token)).json() as {
        entities: Array<{ id: string; name: string; type: string }>;
      }
    ).entities;
    const martha = entities.find((e) => e.name === 'Martha');
    const place = entities.find((e) => e.type !== 'character');
    const url = `/v1/api/projects/${projectId}/files/${fileId}/chapters/2/narrator`;
    const set = await api.call('PUT', url, owner.token, { entityId: martha?.id });
    expect(set.statusCode, set.body).toBe(200);
    const chapter = (set.json() as { chapter: Chapter }).chapter;
    expect(chapter).toMatchObject({
      index: 2,
      pov: 'first',
      overridden: true,
      narrators: [{ entityId: martha?.id, name: 'Martha', share: 1 }],
    });

    // The file's text changes: a new ingestion replaces the analysis, and keeps the author's narrator.
    const edited = await api.call('PUT', `/v1/api/projects/${projectId}/files/${fileId}/text`, owner.token, {
      content: `${TEXT}\n\nOn the 20th of May the rain stopped.`,
    });
    expect(edited.statusCode, edited.body).toBe(202);
    await ingest((edited.json() as { jobId: string }).jobId);
    const again = await chapters(owner, `?fileId=${fileId}`);
    expect(again[1]).toMatchObject({ overridden: true, narrators: [{ entityId: martha?.id, share: 1 }] });
    expect(again[0]?.overridden).toBe(false);

    const none = await api.call('PUT', url, owner.token, { entityId: null });
    expect((none.json() as { chapter: Chapter }).chapter).toMatchObject({
      pov: 'third',
      narrators: [],
      overridden: true,
    });

    if (place) {
      const refused = await api.call('PUT', url, owner.token, { entityId: place.id });
      expect(refused.statusCode).toBe(400);
      expect(errorCode(refused)).toBe('invalid_narrator');
    }
    const missing = await api.call('PUT', url, owner.token, { entityId: 'no-such-entity' });
    expect(missing.statusCode).toBe(404);
    expect(errorCode(missing)).toBe('entity_not_found');
    const noChapter = await api.call(
      'PUT',
      `/v1/api/projects/${projectId}/files/${fileId}/chapters/9/narrator`,
      owner.token,
      { entityId: null },
    );
    expect(noChapter.statusCode).toBe(404);
    expect(errorCode(noChapter)).toBe('chapter_not_found');

    const cleared = await api.call('DELETE', url, owner.token);
    expect(cleared.statusCode).toBe(200);
    expect((cleared.json() as { chapter: Chapter }).chapter.overridden).toBe(false);
  }, 60_000);
});

describe('exports', () => {
  it('the story bible as JSON and as Markdown, one file per entity', async () => {
    const json = await api.call('GET', `/v1/api/projects/${projectId}/export?format=json`, reader.token);
    expect(json.statusCode).toBe(200);
    expect(json.headers['content-disposition']).toMatch(/attachment; filename="thornby-story-bible\.json"/);
    const bible = json.json() as {
      format: string;
      project: { name: string };
      entities: Array<{ name: string; sheet: string }>;
    };
    expect(bible.format).toBe('george-story-bible');
    expect(bible.project.name).toBe('Thornby');
    expect(bible.entities.map((e) => e.name)).toEqual(expect.arrayContaining(['Anna Greville', 'Martha']));

    const md = await api.call('GET', `/v1/api/projects/${projectId}/export?format=markdown`, reader.token);
    expect(md.statusCode).toBe(200);
    expect(md.headers['content-type']).toBe('application/zip');
    const zip = await JSZip.loadAsync(md.rawPayload);
    const names = Object.keys(zip.files);
    expect(names).toEqual(expect.arrayContaining(['characters/anna-greville.md', 'characters/martha.md']));
    expect(names.filter((n) => n.endsWith('.md')).length).toBeGreaterThanOrEqual(bible.entities.length);
  });

  it('a manuscript as .docx, .md and .epub', async () => {
    const get = (format: string) =>
      api.call('GET', `/v1/api/projects/${projectId}/files/${fileId}/export?format=${format}`, reader.token);
    const md = await get('md');
    expect(md.statusCode).toBe(200);
    expect(md.body).toMatch(/^# thornby\n/);
    expect(md.body).toContain('## Chapter 2');
    const docx = await get('docx');
    expect(docx.headers['content-type']).toMatch(/wordprocessingml/);
    expect(Object.keys((await JSZip.loadAsync(docx.rawPayload)).files)).toContain('word/document.xml');
    const epub = await get('epub');
    expect(epub.headers['content-type']).toBe('application/epub+zip');
    expect(await (await JSZip.loadAsync(epub.rawPayload)).file('mimetype')?.async('string')).toBe(
      'application/epub+zip',
    );
  });
});

describe('web import', () => {
  it('saves a page as a research note with its source, and queues its ingestion', async () => {
    const res = await api.call('POST', `/v1/api/projects/${projectId}/imports`, owner.token, {
      url: `${pagesUrl}/article`,
    });
    expect(res.statusCode, res.body).toBe(202);
    const body = res.json() as {
      file: { id: string; kind: string };
      jobId: string;
      source: { finalUrl: string; title: string };
    };
    expect(body.file.kind).toBe('note');
    expect(body.source).toMatchObject({
      finalUrl: `${pagesUrl}/article`,
      title: 'Mills of the Thornby valley',
    });
    const text = await api.call(
      'GET',
      `/v1/api/projects/${projectId}/files/${body.file.id}/text`,
      owner.token,
    );
    const note = (text.json() as { text: string }).text;
    expect(note).toContain(`${pagesUrl}/article`);
    expect(note).toContain('The water mills of the valley');
    const job = await api.database.db
      .selectFrom('jobs')
      .select(['type', 'file_id'])
      .where('id', '=', body.jobId)
      .executeTakeFirst();
    expect(job).toEqual({ type: 'ingest', file_id: body.file.id });
  });
});

describe('series', () => {
  it('arranges files into books in order; each book with its chapters, words and characters', async () => {
    const sequel = await harness.upload(
      owner,
      projectId,
      'sequel.txt',
      'Chapter 1\n\nTHE DIARY OF ANNA GREVILLE\n\n1 June.--Martha Hale came back from the mill. Thomas Reed asked after Anna Greville, and I read to my father.',
    );
    await ingest(sequel.jobId);
    const before = (await api.call('GET', `/v1/api/projects/${projectId}/books`, reader.token)).json() as {
      books: unknown[];
      unassigned: string[];
    };
    expect(before.books).toEqual([]);
    expect(new Set(before.unassigned)).toEqual(new Set([fileId, sequel.file.id]));

    const put = await api.call('PUT', `/v1/api/projects/${projectId}/books`, owner.token, {
      books: [
        { title: 'Thornby', fileIds: [fileId] },
        { title: 'The Return', fileIds: [sequel.file.id] },
      ],
    });
    expect(put.statusCode, put.body).toBe(200);
    const { books, unassigned } = put.json() as {
      books: Array<{
        number: number;
        title: string;
        fileIds: string[];
        chapters: number;
        words: number;
        characters: Array<{ entityId: string; name: string; mentions: number }>;
      }>;
      unassigned: string[];
    };
    expect(books.map((b) => [b.number, b.title, b.fileIds])).toEqual([
      [1, 'Thornby', [fileId]],
      [2, 'The Return', [sequel.file.id]],
    ]);
    expect(unassigned).toEqual([]);
    const first = await chapters(owner, `?fileId=${fileId}`);
    expect(books[0]?.chapters).toBe(first.length);
    expect(books[0]?.words).toBe(first.reduce((sum, c) => sum + c.words, 0));
    expect(books[1]?.characters.some((c) => c.name.startsWith('Martha'))).toBe(true);
    expect((await api.call('GET', `/v1/api/projects/${projectId}/books`, reader.token)).json()).toEqual(
      put.json(),
    );
  });

  it("the story bible spans the series: each entity's mentions per book, in JSON and Markdown", async () => {
    const json = await api.call('GET', `/v1/api/projects/${projectId}/export?format=json`, reader.token);
    const { entities } = json.json() as {
      entities: Array<{ name: string; books?: Array<{ number: number; title: string; mentions: number }> }>;
    };
    const anna = entities.find((e) => e.name === 'Anna Greville');
    expect(anna?.books?.map((b) => [b.number, b.title])).toEqual([
      [1, 'Thornby'],
      [2, 'The Return'],
    ]);
    for (const b of anna?.books ?? []) expect(b.mentions).toBeGreaterThan(0);
    const md = await api.call('GET', `/v1/api/projects/${projectId}/export?format=markdown`, reader.token);
    const sheet = await (await JSZip.loadAsync(md.rawPayload))
      .file('characters/anna-greville.md')
      ?.async('string');
    expect(sheet).toMatch(
      /^books: \[\{ number: 1, title: "Thornby", mentions: \d+ \}, \{ number: 2, title: "The Return"/m,
    );
  });

  it("an entity's sheet shows its mentions per book", async () => {
    const { entities } = (
      await api.call('GET', `/v1/api/projects/${projectId}/entities?q=Anna`, reader.token)
    ).json() as { entities: Array<{ id: string; name: string }> };
    const anna = entities.find((e) => e.name === 'Anna Greville');
    const res = await api.call('GET', `/v1/api/projects/${projectId}/entities/${anna?.id}`, reader.token);
    expect(res.statusCode, res.body).toBe(200);
    const { entity } = res.json() as {
      entity: { books?: Array<{ number: number; title: string; mentions: number }> };
    };
    expect(entity.books?.map((b) => [b.number, b.title])).toEqual([
      [1, 'Thornby'],
      [2, 'The Return'],
    ]);
    for (const b of entity.books ?? []) expect(b.mentions).toBeGreaterThan(0);
    // A project without books shows none.
    const { entities: theirs } = (
      await api.call('GET', `/v1/api/projects/${otherProjectId}/entities?q=Anna`, stranger.token)
    ).json() as { entities: Array<{ id: string; name: string }> };
    const other = await api.call(
      'GET',
      `/v1/api/projects/${otherProjectId}/entities/${theirs[0]?.id}`,
      stranger.token,
    );
    expect((other.json() as { entity: { books?: unknown } }).entity.books).toBeUndefined();
  });

  it('the timeline spans the series: book 1 told before book 2, one story order over both, the shape kept', async () => {
    const { books } = (await api.call('GET', `/v1/api/projects/${projectId}/books`, reader.token)).json() as {
      books: Array<{ fileIds: string[] }>;
    };
    const [one, two] = books.map((b) => b.fileIds[0] as string);
    const res = await api.call('GET', `/v1/api/projects/${projectId}/timeline`, reader.token);
    expect(res.statusCode).toBe(200);
    const { events } = res.json() as {
      events: Array<{
        fileId: string;
        narrativeOrder: number;
        storyOrder: number;
        when: { date: string | null };
      }>;
    };
    expect(events.map((e) => e.narrativeOrder)).toEqual(events.map((_, i) => i + 1));
    const files = events.map((e) => e.fileId);
    expect(files.lastIndexOf(one as string)).toBeLessThan(files.indexOf(two as string));
    expect(files.indexOf(two as string)).toBeGreaterThan(0);
    expect(new Set(events.map((e) => e.storyOrder))).toEqual(new Set(events.map((_, i) => i + 1)));
    // The sequel's diary (1 June, no year) comes after the first book's May in story order too.
    const sequel = events.filter((e) => e.fileId === two);
    expect(Math.min(...sequel.map((e) => e.storyOrder))).toBeGreaterThan(
      Math.max(...events.filter((e) => e.fileId === one).map((e) => e.storyOrder)),
    );
    for (const e of events)
      expect(Object.keys(e).sort()).toEqual(
        ['chapter', 'end', 'fileId', 'id', 'narrativeOrder', 'quote', 'start', 'storyOrder', 'when'].sort(),
      );
    // One file's timeline keeps its own orders.
    const own = (
      await api.call('GET', `/v1/api/projects/${projectId}/timeline?fileId=${two}`, reader.token)
    ).json() as { events: Array<{ narrativeOrder: number }> };
    expect(own.events.map((e) => e.narrativeOrder)).toEqual(own.events.map((_, i) => i + 1));
  });

  it('refuses a file of another project, a file in two books, a reader, a stranger; nothing changes', async () => {
    const url = `/v1/api/projects/${projectId}/books`;
    const before = (await api.call('GET', url, owner.token)).json();
    const foreign = await api.call('PUT', url, owner.token, {
      books: [{ title: 'X', fileIds: [otherFileId] }],
    });
    expect(foreign.statusCode).toBe(400);
    expect(errorCode(foreign)).toBe('invalid_books');
    const twice = await api.call('PUT', url, owner.token, {
      books: [
        { title: 'A', fileIds: [fileId] },
        { title: 'B', fileIds: [fileId] },
      ],
    });
    expect(twice.statusCode).toBe(400);
    expect(errorCode(twice)).toBe('invalid_books');
    const byReader = await api.call('PUT', url, reader.token, { books: [] });
    expect(byReader.statusCode).toBe(403);
    expect((await api.call('PUT', url, stranger.token, { books: [] })).statusCode).toBe(404);
    expect((await api.call('GET', url, stranger.token)).statusCode).toBe(404);
    expect((await api.call('GET', url)).statusCode).toBe(401);
    const bad = await api.call('PUT', url, owner.token, { books: [{ title: '', fileIds: [] }] });
    expect(bad.statusCode).toBe(400);
    expect((await api.call('GET', url, owner.token)).json()).toEqual(before);
  });
});

describe('word look-up', () => {
  it("a word from the reader: its definitions, the encyclopedia's summary, its synonyms", async () => {
    const res = await api.call('GET', `/v1/api/projects/${projectId}/lookup?word=whale`, reader.token);
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json() as {
      word: string;
      dictionary: { senses: Array<{ partOfSpeech: string; definitions: string[] }> } | null;
      encyclopedia: { title: string; summary: string } | null;
      synonyms: string[];
      unavailable: Record<string, string>;
    };
    expect(body.word).toBe('whale');
    expect(body.dictionary?.senses[0]?.definitions[0]).toMatch(/marine mammal/);
    expect(body.encyclopedia?.summary).toMatch(/summary on Wikipedia/);
    expect(body.synonyms).toEqual(['glad', 'cheerful']);
    expect(body.unavailable).toEqual({});
  });

  it('needs the project: anonymous 401, a stranger 404, an empty or long word 400', async () => {
    const url = `/v1/api/projects/${projectId}/lookup?word=whale`;
    expect((await api.call('GET', url)).statusCode).toBe(401);
    expect((await api.call('GET', url, stranger.token)).statusCode).toBe(404);
    for (const word of ['', 'x'.repeat(101)]) {
      const res = await api.call('GET', `/v1/api/projects/${projectId}/lookup?word=${word}`, owner.token);
      expect(res.statusCode).toBe(400);
    }
  });
});

describe('attacks', () => {
  const notes = async () =>
    (
      (await api.call('GET', `/v1/api/projects/${projectId}/files?kind=note`, owner.token)).json() as {
        files: unknown[];
      }
    ).files.length;

  it('anonymous: 401 on every story route', async () => {
    for (const [method, url] of [
      ['GET', `/v1/api/projects/${projectId}/chapters`],
      ['GET', `/v1/api/projects/${projectId}/timeline`],
      ['GET', `/v1/api/projects/${projectId}/export?format=json`],
      ['GET', `/v1/api/projects/${projectId}/files/${fileId}/export?format=md`],
      ['PUT', `/v1/api/projects/${projectId}/files/${fileId}/chapters/1/narrator`],
      ['DELETE', `/v1/api/projects/${projectId}/files/${fileId}/chapters/1/narrator`],
      ['POST', `/v1/api/projects/${projectId}/imports`],
    ] as const) {
      const res = await api.call(
        method,
        url,
        undefined,
        method === 'GET' || method === 'DELETE' ? undefined : {},
      );
      expect(res.statusCode, url).toBe(401);
    }
  });

  it("another author's project is not found, and nothing of it shows", async () => {
    for (const url of [
      `/v1/api/projects/${projectId}/chapters`,
      `/v1/api/projects/${projectId}/timeline`,
      `/v1/api/projects/${projectId}/export?format=markdown`,
      `/v1/api/projects/${projectId}/files/${fileId}/export?format=docx`,
    ]) {
      const res = await api.call('GET', url, stranger.token);
      expect(res.statusCode, url).toBe(404);
      expect(errorCode(res)).toBe('project_not_found');
    }
    const put = await api.call(
      'PUT',
      `/v1/api/projects/${projectId}/files/${fileId}/chapters/1/narrator`,
      stranger.token,
      { entityId: null },
    );
    expect(put.statusCode).toBe(404);
    const post = await api.call('POST', `/v1/api/projects/${projectId}/imports`, stranger.token, {
      url: `${pagesUrl}/article`,
    });
    expect(post.statusCode).toBe(404);
  });

  it("a file of another project, asked for in one's own: 404, never its analysis", async () => {
    for (const url of [
      `/v1/api/projects/${projectId}/chapters?fileId=${otherFileId}`,
      `/v1/api/projects/${projectId}/timeline?fileId=${otherFileId}`,
      `/v1/api/projects/${projectId}/files/${otherFileId}/export?format=md`,
      // The quotations too: a wrong file is an error, not an empty list that reads as "no dialogue".
      `/v1/api/projects/${projectId}/quotes?fileId=${otherFileId}`,
      `/v1/api/projects/${projectId}/quotes?fileId=00000000-0000-4000-8000-0000000000aa`,
    ]) {
      const res = await api.call('GET', url, owner.token);
      expect(res.statusCode, url).toBe(404);
      expect(errorCode(res)).toBe('file_not_found');
    }
    // The project's own file with no quotation where asked is still an empty list.
    const none = await api.call(
      'GET',
      `/v1/api/projects/${projectId}/quotes?fileId=${fileId}&chapter=99`,
      owner.token,
    );
    expect(none.statusCode, none.body).toBe(200);
    expect(none.json()).toEqual({ quotes: [], nextCursor: null });
    const put = await api.call(
      'PUT',
      `/v1/api/projects/${projectId}/files/${otherFileId}/chapters/1/narrator`,
      owner.token,
      { entityId: null },
    );
    expect(put.statusCode).toBe(404);
    expect(errorCode(put)).toBe('chapter_not_found');
    const theirs = await api.call('GET', `/v1/api/projects/${otherProjectId}/chapters`, stranger.token);
    expect((theirs.json() as { chapters: Chapter[] }).chapters.every((c) => !c.overridden)).toBe(true);
  });

  it('a bad format, file id or chapter is a 400', async () => {
    for (const url of [
      `/v1/api/projects/${projectId}/export?format=pdf`,
      `/v1/api/projects/${projectId}/export`,
      `/v1/api/projects/${projectId}/files/${fileId}/export?format=exe`,
      `/v1/api/projects/${projectId}/chapters?fileId=../../etc`,
      `/v1/api/projects/${projectId}/files/${fileId}/chapters/0/narrator`,
    ]) {
      const method = url.endsWith('/narrator') ? 'DELETE' : 'GET';
      const res = await api.call(method, url, owner.token);
      expect(res.statusCode, url).toBe(400);
      expect(errorCode(res)).toBe('validation_error');
    }
  });

  it('a reader can read but not set a narrator or import', async () => {
    expect((await api.call('GET', `/v1/api/projects/${projectId}/chapters`, reader.token)).statusCode).toBe(
      200,
    );
    const put = await api.call(
      'PUT',
      `/v1/api/projects/${projectId}/files/${fileId}/chapters/1/narrator`,
      reader.token,
      { entityId: null },
    );
    expect(put.statusCode).toBe(403);
    expect(errorCode(put)).toBe('insufficient_access');
    const before = await notes();
    const post = await api.call('POST', `/v1/api/projects/${projectId}/imports`, reader.token, {
      url: `${pagesUrl}/article`,
    });
    expect(post.statusCode).toBe(403);
    expect(errorCode(post)).toBe('insufficient_access');
    expect(await notes()).toBe(before);
  });

  it("a URL to the machine's own network is refused by external-data's guard; nothing is saved", async () => {
    const before = await notes();
    for (const [url, status, refusal] of [
      ['http://169.254.169.254/latest/meta-data/', 403, 'address_metadata'],
      ['http://10.0.0.7/admin', 403, 'address_private'],
      ['http://127.0.0.1/', 403, 'address_loopback'],
      ['file:///etc/passwd', 400, 'scheme_not_allowed'],
      ['http://user:secret@example.com/', 400, 'credentials_not_allowed'],
    ] as const) {
      const res = await api.call('POST', `/v1/api/projects/${projectId}/imports`, owner.token, { url });
      expect(res.statusCode, url).toBe(status);
      expect(errorCode(res), url).toBe(refusal);
    }
    expect(await notes()).toBe(before);
  });
});
