/**
 * GET /projects/:projectId/quotes and the speaking figures of GET .../entities/:entityId, through
 * real HTTP routes and a real auth server, with the quotations the ingestion's dialogue step stored:
 * text order, paging, filters, and the attacks (another user's project, foreign files and speakers,
 * tampered cursors) answered with a clear 4xx; and the lines spoken per chapter of the appearances
 * chart (`GET .../appearances?measure=lines`).
 */
import type { AppearancesResponse, QuoteListResponse, QuoteView } from '@george/contracts/api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SqlGraphStore } from '../../src/graph/sql-store.js';
import { QuotationRepository } from '../../src/repositories/quotations.js';
import { type ApiHarness, errorCode, startApi, type User } from '../support/api.js';
import { DIALOGUE_TEXT, ingestDialogue } from '../support/dialogue.js';

let api: ApiHarness;
let owner: User;
let reader: User;
let stranger: User;
let projectId: string;
let strangerProject: string;
let graph: SqlGraphStore;

const FILE = '00000000-0000-4000-8000-0000000000f1';
const SECOND = '00000000-0000-4000-8000-0000000000f2';
const FOREIGN = '00000000-0000-4000-8000-0000000000f9';
const SECOND_TEXT = `"Good morning, Jane," said Elizabeth.\n\n"Good morning," said Jane.\n\nElizabeth and Jane walked on. Jane looked at Elizabeth.\n`;

const quotesUrl = (project: string, query = '') => `/v1/api/projects/${project}/quotes${query}`;
const list = async (query: string, token = owner.token) => {
  const res = await api.call('GET', quotesUrl(projectId, query), token);
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as QuoteListResponse;
};
const entityId = async (project: string, name: string) => {
  const found = (await graph.listEntities(project)).find((e) => e.name === name);
  if (!found) throw new Error(`no entity ${name}`);
  return found.id;
};

beforeAll(async () => {
  api = await startApi();
  owner = await api.signUp('quotes-owner@example.com');
  reader = await api.signUp('quotes-reader@example.com', 'guest');
  stranger = await api.signUp('quotes-stranger@example.com');
  const project = async (token: string, name: string) =>
    ((await api.call('POST', '/v1/api/projects', token, { name })).json() as { project: { id: string } })
      .project.id;
  projectId = await project(owner.token, 'Novel');
  strangerProject = await project(stranger.token, 'Other novel');
  await api.share(owner.token, projectId, reader, 'read');
  // The backend's own database holds the graph tables (no NEO4J_URI): ingest as the job does.
  graph = new SqlGraphStore(api.database.db);
  const quotations = new QuotationRepository(api.database.db);
  await ingestDialogue(graph, quotations, { projectId, fileId: FILE });
  await ingestDialogue(graph, quotations, { projectId, fileId: SECOND, text: SECOND_TEXT });
  await ingestDialogue(graph, quotations, { projectId: strangerProject, fileId: FOREIGN });
}, 180_000);

afterAll(async () => {
  await api?.close();
});

describe('GET /projects/:projectId/quotes', () => {
  it('answers every quotation in text order, its text the file text between its offsets', async () => {
    const { quotes, nextCursor } = await list('');
    expect(nextCursor).toBeNull();
    expect(quotes.map((q) => [q.fileId, q.chapter, q.speaker?.name ?? null])).toEqual([
      [FILE, 1, 'Elizabeth'],
      [FILE, 1, 'Jane'],
      [FILE, 1, 'Elizabeth'],
      [FILE, 2, 'Elizabeth'],
      [FILE, 2, 'Jane'],
      [SECOND, null, 'Elizabeth'],
      [SECOND, null, 'Jane'],
    ]);
    for (const q of quotes) {
      const text = q.fileId === FILE ? DIALOGUE_TEXT : SECOND_TEXT;
      expect(q.text).toBe(text.slice(q.start, q.end));
    }
    const first = quotes[0] as QuoteView;
    expect(Object.keys(first).sort()).toEqual(
      [
        'addressees',
        'chapter',
        'confidence',
        'end',
        'fileId',
        'id',
        'kind',
        'speaker',
        'start',
        'text',
      ].sort(),
    );
    expect(first).toMatchObject({
      text: '"I shall go to the ball," said Elizabeth, "and Jane will come too."',
      speaker: { entityId: await entityId(projectId, 'Elizabeth'), name: 'Elizabeth' },
      kind: 'explicit',
    });
    expect(first.confidence).toBeGreaterThan(0);
    expect(quotes[1]?.addressees).toEqual([
      { entityId: await entityId(projectId, 'Elizabeth'), name: 'Elizabeth' },
    ]);
  });

  it('pages with nextCursor through the same list, for a reader too', async () => {
    const all = (await list('')).quotes.map((q) => q.id);
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page: QuoteListResponse = await list(
        `?limit=2${cursor ? `&cursor=${cursor}` : ''}`,
        reader.token,
      );
      expect(page.quotes.length).toBeLessThanOrEqual(2);
      seen.push(...page.quotes.map((q) => q.id));
      cursor = page.nextCursor;
    } while (cursor !== null);
    expect(seen).toEqual(all);
  });

  it('filters by file, chapter and speaker', async () => {
    expect((await list(`?fileId=${SECOND}`)).quotes.map((q) => q.fileId)).toEqual([SECOND, SECOND]);
    expect((await list('?chapter=2')).quotes.map((q) => q.text)).toEqual([
      '"Mr. Darcy is proud,"',
      '"He is not," said Jane. "You are unjust, Lizzy."',
    ]);
    const jane = await entityId(projectId, 'Jane');
    const spoken = (await list(`?speakerId=${jane}`)).quotes;
    expect(spoken).toHaveLength(3);
    for (const q of spoken) expect(q.speaker?.entityId).toBe(jane);
    expect((await list(`?speakerId=${jane}&fileId=${FILE}&chapter=1`)).quotes).toHaveLength(1);
  });

  it('entity sheets carry speaking figures: quotations, words, chapters, addressees', async () => {
    const jane = await entityId(projectId, 'Jane');
    const res = await api.call('GET', `/v1/api/projects/${projectId}/entities/${jane}`, owner.token);
    expect(res.statusCode).toBe(200);
    const { speaking } = (res.json() as { entity: { speaking?: Record<string, unknown> } }).entity;
    expect(speaking).toMatchObject({
      quotations: 3,
      chapters: [
        { fileId: FILE, chapter: 1, quotations: 1 },
        { fileId: FILE, chapter: 2, quotations: 1 },
        { fileId: SECOND, chapter: null, quotations: 1 },
      ],
      speaksTo: [{ entityId: await entityId(projectId, 'Elizabeth'), name: 'Elizabeth' }],
    });
    expect(speaking?.words).toBe(3 + 7 + 2);
    const place = await entityId(projectId, 'Meryton');
    const placeRes = await api.call('GET', `/v1/api/projects/${projectId}/entities/${place}`, owner.token);
    expect((placeRes.json() as { entity: Record<string, unknown> }).entity.speaking).toBeUndefined();
  });

  it('a merge through the API moves the quotations; a deletion leaves them unattributed', async () => {
    const created = await api.call('POST', '/v1/api/projects', owner.token, { name: 'Merges' });
    const merges = (created.json() as { project: { id: string } }).project.id;
    await ingestDialogue(graph, new QuotationRepository(api.database.db), {
      projectId: merges,
      fileId: FILE,
      text: SECOND_TEXT,
    });
    const elizabeth = await entityId(merges, 'Elizabeth');
    const jane = await entityId(merges, 'Jane');
    const merged = await api.call(
      'POST',
      `/v1/api/projects/${merges}/entities/${elizabeth}/merge`,
      owner.token,
      {
        otherId: jane,
      },
    );
    expect(merged.statusCode).toBe(200);
    const after = (await api.call('GET', quotesUrl(merges), owner.token)).json() as QuoteListResponse;
    expect(after.quotes.map((q) => q.speaker?.entityId)).toEqual([elizabeth, elizabeth]);
    const bySpeaker = (
      await api.call('GET', quotesUrl(merges, `?speakerId=${elizabeth}`), owner.token)
    ).json();
    expect((bySpeaker as QuoteListResponse).quotes).toHaveLength(2);
    // The merged-away id is no entity any more.
    const gone = await api.call('GET', quotesUrl(merges, `?speakerId=${jane}`), owner.token);
    expect(gone.statusCode).toBe(404);
    expect(errorCode(gone)).toBe('entity_not_found');

    expect(
      (await api.call('DELETE', `/v1/api/projects/${merges}/entities/${elizabeth}`, owner.token)).statusCode,
    ).toBe(200);
    const unattributed = (await api.call('GET', quotesUrl(merges), owner.token)).json() as QuoteListResponse;
    expect(unattributed.quotes.map((q) => q.speaker)).toEqual([null, null]);
  });
});

describe('GET /projects/:projectId/appearances?measure=lines', () => {
  const appearancesUrl = (project: string, query: string) =>
    `/v1/api/projects/${project}/appearances${query}`;
  const chart = async (query: string, token = owner.token) => {
    const res = await api.call('GET', appearancesUrl(projectId, query), token);
    expect(res.statusCode, res.body).toBe(200);
    return res.json() as AppearancesResponse;
  };

  it('counts the lines each character speaks per chapter, beside the mentions', async () => {
    const elizabeth = await entityId(projectId, 'Elizabeth');
    const jane = await entityId(projectId, 'Jane');
    const darcy = await entityId(projectId, 'Mr. Darcy');
    const ids = `?entityIds=${elizabeth},${jane},${darcy}`;
    const lines = await chart(`${ids}&measure=lines`, reader.token);
    expect(lines.measure).toBe('lines');
    expect(lines.appearances.map((a) => [a.name, a.total, a.chapters])).toEqual([
      [
        'Elizabeth',
        4,
        [
          { fileId: FILE, chapter: 1, count: 2 },
          { fileId: FILE, chapter: 2, count: 1 },
          { fileId: SECOND, chapter: null, count: 1 },
        ],
      ],
      [
        'Jane',
        3,
        [
          { fileId: FILE, chapter: 1, count: 1 },
          { fileId: FILE, chapter: 2, count: 1 },
          { fileId: SECOND, chapter: null, count: 1 },
        ],
      ],
      // Named, never speaking: on the chart with no lines.
      ['Mr. Darcy', 0, []],
    ]);
    // The default measure is unchanged: mentions, more of them than lines.
    const mentions = await chart(ids);
    expect(mentions.measure).toBe('mentions');
    expect(mentions.appearances.map((a) => a.name)).toEqual(['Elizabeth', 'Jane', 'Mr. Darcy']);
    expect(mentions.appearances[0]?.total).toBeGreaterThan(4);
  });

  it("another user's project is a 404, a bad measure a 400", async () => {
    const stranger404 = await api.call('GET', appearancesUrl(projectId, '?measure=lines'), stranger.token);
    expect(stranger404.statusCode).toBe(404);
    expect(errorCode(stranger404)).toBe('project_not_found');
    for (const query of ['?measure=words', '?measure=', '?measure=lines&measure=mentions']) {
      const res = await api.call('GET', appearancesUrl(projectId, query), owner.token);
      expect(res.statusCode, query).toBe(400);
      expect(errorCode(res)).toBe('validation_error');
    }
    // The stranger's own chart never counts this project's lines.
    const foreign = await api.call('GET', appearancesUrl(strangerProject, '?measure=lines'), stranger.token);
    expect(foreign.statusCode).toBe(200);
    const counted = (foreign.json() as AppearancesResponse).appearances.flatMap((a) => a.chapters);
    expect(counted.length).toBeGreaterThan(0);
    for (const c of counted) expect(c.fileId).toBe(FOREIGN);
  });
});

describe('attacks on GET /projects/:projectId/quotes', () => {
  it('needs a session: anonymous is a 401', async () => {
    const res = await api.call('GET', quotesUrl(projectId));
    expect(res.statusCode).toBe(401);
    expect(errorCode(res)).toBe('unauthorized');
  });

  it("another user's project is a 404, whatever the filters", async () => {
    for (const query of ['', `?fileId=${FILE}`, `?speakerId=${await entityId(projectId, 'Jane')}`]) {
      const res = await api.call('GET', quotesUrl(projectId, query), stranger.token);
      expect(res.statusCode, query).toBe(404);
      expect(errorCode(res)).toBe('project_not_found');
    }
    expect((await api.call('GET', quotesUrl('no-such-project'), owner.token)).statusCode).toBe(404);
  });

  // Another project's file is a 404 file_not_found, asked of the filesystem service (story.test.ts).
  it("another project's speaker gives none of its quotations", async () => {
    const foreignSpeaker = await entityId(strangerProject, 'Jane');
    const res = await api.call('GET', quotesUrl(projectId, `?speakerId=${foreignSpeaker}`), owner.token);
    // Entity ids are the project's own: the stranger's Jane is no entity of this project.
    if (foreignSpeaker === (await entityId(projectId, 'Jane'))) {
      for (const q of (res.json() as QuoteListResponse).quotes) expect(q.fileId).not.toBe(FOREIGN);
    } else {
      expect(res.statusCode).toBe(404);
      expect(errorCode(res)).toBe('entity_not_found');
    }
    expect((await api.call('GET', quotesUrl(projectId, '?speakerId=nobody'), owner.token)).statusCode).toBe(
      404,
    );
  });

  it('a tampered, made-up or malformed cursor is a 400; nothing else leaks', async () => {
    const page = await list('?limit=1');
    const cursor = page.nextCursor as string;
    const decoded = Buffer.from(cursor, 'base64url').toString('utf8');
    const tampered = [
      'not-a-cursor',
      Buffer.from('[1,2]').toString('base64url'),
      Buffer.from('{"fileOrder":0}').toString('base64url'),
      Buffer.from('[-1,"x",0]').toString('base64url'),
      Buffer.from(`[0,"${FOREIGN}",1e99]`).toString('base64url'),
      Buffer.from('[0,"../../etc/passwd",0]').toString('base64url'),
      Buffer.from(decoded.replace(/\]$/, ',1]')).toString('base64url'),
      `${cursor}A`,
    ];
    for (const bad of tampered) {
      const res = await api.call(
        'GET',
        quotesUrl(projectId, `?cursor=${encodeURIComponent(bad)}`),
        owner.token,
      );
      expect(res.statusCode, bad).toBe(400);
      expect(['invalid_cursor', 'validation_error']).toContain(errorCode(res));
    }
    for (const bad of ['cursor=a%2Bb', `cursor=${'A'.repeat(300)}`]) {
      const res = await api.call('GET', quotesUrl(projectId, `?${bad}`), owner.token);
      expect(res.statusCode, bad).toBe(400);
      expect(errorCode(res)).toBe('validation_error');
    }
  });

  it('validates every parameter: a clear 400', async () => {
    for (const query of [
      '?limit=0',
      '?limit=501',
      '?limit=9223372036854775807',
      '?chapter=0',
      '?chapter=x',
      '?fileId=../../secret',
      '?speakerId=a%20b',
      '?unknown=1',
    ]) {
      const res = await api.call('GET', quotesUrl(projectId, query), owner.token);
      expect(res.statusCode, query).toBe(400);
      expect(errorCode(res)).toBe('validation_error');
    }
  });
});
