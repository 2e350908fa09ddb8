/**
 * The author's corrections to the story bible through the API, after a real upload and ingestion:
 * a split moves the mentions and quotations of the names it takes (relations: test/bible/corrections), and every correction
 * (rename, retype, merge, split, delete) holds when the file is edited and ingested again. The split
 * route refuses other users, viewers, bad ids and oversized or meaningless bodies, recording nothing.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorCode } from '../support/api.js';
import { type StoryHarness, startStoryApi, type User } from '../support/story.js';

const CHAPTER_1 =
  'Anna Brook lived in Leeds with her sister. Anna kept bees behind the house, and Miss Brook sold the honey at the market. "You are late, Anna," said Miss Brook when Anna came in. Thomas Hale, the miller, was Anna\'s friend.';
const CHAPTER_2 = [
  'Miss Brook walked to the mill. "Good morning, Mr. Hale," said Miss Brook. Thomas Hale smiled at her. Anna Brook stayed at home with the bees. "The hives are full," said Anna.',
  'Bess came to the mill with bread. Mrs. Crane followed her. "Bess, bring the basket," said Mrs. Crane. Bess laughed.',
];
const TEXT = ['Chapter 1', CHAPTER_1, 'Chapter 2', ...CHAPTER_2].join('\n\n');
const EDITED = `${TEXT}\n\nMiss Brook sold the last of the honey. "Go home, Anna," said Miss Brook.`;

interface Summary {
  id: string;
  name: string;
  type: string;
  aliases: string[];
  mentionCount: number;
}
interface Detail extends Summary {
  mentions: Array<{ fileId: string; start: number; text: string }>;
  mentionsTotal: number;
  relations: Array<{ type: string; other: { id: string; name: string } }>;
}
interface Quote {
  text: string;
  speaker: { entityId: string; name: string } | null;
}

let harness: StoryHarness;
let author: User;
let viewer: User & { email: string };
let stranger: User;
let projectId = '';
let fileId = '';

const call = (...args: Parameters<StoryHarness['api']['call']>) => harness.api.call(...args);
async function entities(): Promise<Summary[]> {
  const res = await call('GET', `/v1/api/projects/${projectId}/entities`, author.token);
  expect(res.statusCode, res.body).toBe(200);
  return (res.json() as { entities: Summary[] }).entities;
}

async function named(name: string): Promise<Detail> {
  const found = (await entities()).find((e) => e.name === name);
  if (!found) throw new Error(`no entity named ${name}`);
  const res = await call(
    'GET',
    `/v1/api/projects/${projectId}/entities/${found.id}?mentionsLimit=200`,
    author.token,
  );
  expect(res.statusCode, res.body).toBe(200);
  return (res.json() as { entity: Detail }).entity;
}

async function quotes(): Promise<Quote[]> {
  const res = await call('GET', `/v1/api/projects/${projectId}/quotes`, author.token);
  expect(res.statusCode, res.body).toBe(200);
  return (res.json() as { quotes: Quote[] }).quotes;
}

async function corrections(): Promise<number> {
  const rows = await harness.api.database.db
    .selectFrom('bible_corrections')
    .select('id')
    .where('project_id', '=', projectId)
    .execute();
  return rows.length;
}

const split = (entityId: string, body: unknown, token = author.token) =>
  call('POST', `/v1/api/projects/${projectId}/entities/${entityId}/split`, token, body);

beforeAll(async () => {
  harness = await startStoryApi({ sheets: false });
  author = await harness.api.signUp('bible-author@example.com');
  viewer = await harness.api.signUp('bible-viewer@example.com');
  stranger = await harness.api.signUp('bible-stranger@example.com');
  const created = await call('POST', '/v1/api/projects', author.token, { name: 'Bees' });
  projectId = (created.json() as { project: { id: string } }).project.id;
  await harness.api.share(author.token, projectId, viewer, 'read');
  const { file, jobId } = await harness.upload(author, projectId, 'bees.txt', TEXT);
  fileId = file.id;
  await harness.ingest(jobId);
}, 240_000);

afterAll(async () => {
  await harness?.close();
});

interface Graph {
  nodes: Array<{ id: string; name: string; mentionCount: number }>;
  edges: Array<{ source: string; target: string; type: string }>;
}

describe('the relationship graph', () => {
  const graph = async (query: string, token = author.token) => {
    const res = await call('GET', `/v1/api/projects/${projectId}/graph${query}`, token);
    expect(res.statusCode, res.body).toBe(200);
    return res.json() as Graph;
  };

  it('shows typed relations by default, and the "appears with" links when asked', async () => {
    const typed = await graph('');
    expect(typed.edges.map((e) => e.type)).toEqual(['located_in']);
    const all = await graph('?appearsWith=true');
    expect(all.edges.map((e) => e.type)).toContain('co_occurs');
    expect(all.edges.length).toBeGreaterThan(typed.edges.length);
    expect((await graph('?types=co_occurs')).edges.every((e) => e.type === 'co_occurs')).toBe(true);
    expect((await graph('?types=friend,sibling')).edges).toEqual([]);
    // Importance: Anna alone is mentioned ten times or more.
    expect((await graph('?minMentions=10')).nodes.map((n) => n.name)).toEqual(['Anna']);
    // A viewer reads it too.
    expect((await graph('', viewer.token)).nodes.length).toBe(typed.nodes.length);
  });

  it('narrows to a book and a range of its chapters, counting mentions there', async () => {
    const second = await graph(`?fileId=${fileId}&fromChapter=2&toChapter=2&appearsWith=true`);
    const names = second.nodes.map((n) => n.name);
    expect(names).not.toContain('Leeds');
    expect(names).toEqual(expect.arrayContaining(['Anna', 'Bess', 'Mrs. Crane', 'Thomas Hale']));
    const anna = second.nodes.find((n) => n.name === 'Anna');
    const whole = (await graph('')).nodes.find((n) => n.name === 'Anna');
    expect(anna?.mentionCount).toBeLessThan(whole?.mentionCount ?? 0);
    expect(second.edges.every((e) => e.type === 'co_occurs')).toBe(true);
    const ids = new Set(second.nodes.map((n) => n.id));
    expect(second.edges.every((e) => ids.has(e.source) && ids.has(e.target))).toBe(true);
  });

  it('refuses a backwards range, unknown types, a stranger and bad ids', async () => {
    const backwards = await call(
      'GET',
      `/v1/api/projects/${projectId}/graph?fileId=${fileId}&fromChapter=3&toChapter=2`,
      author.token,
    );
    expect(backwards.statusCode).toBe(400);
    expect(errorCode(backwards)).toBe('invalid_chapter_range');
    for (const query of [
      '?types=KNOWS',
      '?types=friend;drop',
      '?minMentions=-1',
      '?fileId=../x',
      '?extra=1',
    ]) {
      const res = await call('GET', `/v1/api/projects/${projectId}/graph${query}`, author.token);
      expect(res.statusCode, query).toBe(400);
    }
    expect((await call('GET', `/v1/api/projects/${projectId}/graph`, stranger.token)).statusCode).toBe(404);
  });
});

describe('splitting an entity', () => {
  it('the extractor made one entry of Anna and her sister Miss Brook', async () => {
    const anna = await named('Anna');
    expect(anna.mentions.filter((m) => m.text === 'Miss Brook')).toHaveLength(4);
  });

  it('refuses other users, viewers, bad ids and bodies it cannot follow, and records nothing', async () => {
    const anna = await named('Anna');
    const body = { name: 'Miss Brook', type: 'character', aliases: ['Miss Brook'] };
    const other = await split(anna.id, body, stranger.token);
    expect(other.statusCode).toBe(404);
    const read = await split(anna.id, body, viewer.token);
    expect(read.statusCode).toBe(403);
    expect(errorCode(read)).toBe('insufficient_access');
    expect((await split('not/an-id', body)).statusCode).toBe(404);
    expect((await split('bad id!', body)).statusCode).toBe(400);
    const missing = await split('00000000-0000-4000-8000-000000000000', body);
    expect(missing.statusCode).toBe(404);
    expect(errorCode(missing)).toBe('entity_not_found');
    const refused = [
      { ...body, name: 'x'.repeat(201) },
      { ...body, type: 'person' },
      { ...body, aliases: Array.from({ length: 51 }, (_, i) => `Name ${i}`) },
      { ...body, extra: true },
      { ...body, mentions: [{ fileId, start: -1 }] },
      { name: 'Miss Brook', type: 'character' },
      { ...body, aliases: ['Thomas Hale'] },
      { ...body, mentions: [{ fileId, start: 3 }] },
      { ...body, aliases: ['Anna'] },
      // Every mention: her other names, and each "Anna" picked by position.
      {
        ...body,
        aliases: ['Anna Brook', 'Miss Brook'],
        mentions: anna.mentions
          .filter((m) => m.text === 'Anna')
          .map((m) => ({ fileId: m.fileId, start: m.start })),
      },
    ];
    for (const bad of refused) {
      const res = await split(anna.id, bad);
      expect(res.statusCode, JSON.stringify(bad)).toBe(400);
    }
    expect(await corrections()).toBe(0);
    expect((await named('Anna')).mentions.filter((m) => m.text === 'Miss Brook')).toHaveLength(4);
  });

  it('moves the named mentions and their quotations to a new entity', async () => {
    const anna = await named('Anna');
    const greeting = (q: Quote) => q.text.includes('Good morning');
    expect((await quotes()).find(greeting)?.speaker?.entityId).toBe(anna.id);
    const res = await split(anna.id, { name: 'Miss Brook', type: 'character', aliases: ['miss brook'] });
    expect(res.statusCode, res.body).toBe(202);
    const body = res.json() as { split: { mentions: number }; jobIds: string[] };
    expect(body.split.mentions).toBe(4);
    expect(body.jobIds).toHaveLength(1);
    for (const jobId of body.jobIds) await harness.ingest(jobId);

    const sister = await named('Miss Brook');
    expect(sister.type).toBe('character');
    expect(sister.mentions.map((m) => m.text)).toEqual(Array(4).fill('Miss Brook'));
    const after = await named('Anna');
    expect(after.id).toBe(anna.id);
    expect(after.mentions.map((m) => m.text)).not.toContain('Miss Brook');
    expect(after.aliases).not.toContain('Miss Brook');
    expect(after.mentionsTotal).toBe(anna.mentionsTotal - 4);
    // "said Miss Brook" now names the sister as the speaker, not Anna.
    expect((await quotes()).find(greeting)?.speaker?.entityId).toBe(sister.id);
  });

  it('every correction holds when the edited file is ingested again', async () => {
    const hale = await named('Thomas Hale');
    const leeds = await named('Leeds');
    const bess = await named('Bess');
    const crane = await named('Mrs. Crane');
    const patch = (id: string, body: unknown) =>
      call('PATCH', `/v1/api/projects/${projectId}/entities/${id}`, author.token, body);
    expect((await patch(hale.id, { name: 'Tom Hale' })).statusCode).toBe(200);
    expect((await patch(leeds.id, { type: 'organization' })).statusCode).toBe(200);
    const merged = await call(
      'POST',
      `/v1/api/projects/${projectId}/entities/${crane.id}/merge`,
      author.token,
      { otherId: bess.id },
    );
    expect(merged.statusCode).toBe(200);
    const sister = await named('Miss Brook');
    const edited = await call('PUT', `/v1/api/projects/${projectId}/files/${fileId}/text`, author.token, {
      content: EDITED,
    });
    expect(edited.statusCode, edited.body).toBe(202);
    await harness.ingest((edited.json() as { jobId: string }).jobId);

    const names = (await entities()).map((e) => e.name).sort();
    expect(names).toEqual(['Anna', 'Leeds', 'Miss Brook', 'Mrs. Crane', 'Tom Hale']);
    const again = await named('Miss Brook');
    expect(again.id).toBe(sister.id);
    expect(again.mentions.map((m) => m.text)).toEqual(Array(6).fill('Miss Brook'));
    expect((await named('Anna')).mentions.map((m) => m.text)).not.toContain('Miss Brook');
    expect((await named('Tom Hale')).id).toBe(hale.id);
    expect((await named('Leeds')).type).toBe('organization');
    const crane2 = await named('Mrs. Crane');
    expect(crane2.mentions.map((m) => m.text)).toContain('Bess');
    const home = (await quotes()).find((q) => q.text.includes('Go home'));
    expect(home?.speaker?.entityId).toBe(sister.id);

    // A deleted entity stays deleted, the split one too.
    const del = await call('DELETE', `/v1/api/projects/${projectId}/entities/${sister.id}`, author.token);
    expect(del.statusCode).toBe(200);
    const third = await call('PUT', `/v1/api/projects/${projectId}/files/${fileId}/text`, author.token, {
      content: `${EDITED} Anna smiled.`,
    });
    await harness.ingest((third.json() as { jobId: string }).jobId);
    const last = (await entities()).map((e) => e.name);
    expect(last).not.toContain('Miss Brook');
    expect((await named('Anna')).mentions.map((m) => m.text)).not.toContain('Miss Brook');
  });
});

describe('the first-person narrator', () => {
  it('counts the narration\'s "I" for the character the narrator names themself as', async () => {
    const created = await call('POST', '/v1/api/projects', author.token, { name: 'Diary' });
    const diaryId = (created.json() as { project: { id: string } }).project.id;
    const diary = [
      'Chapter 1',
      'My name is Anna Greville, and I came to Thornby today with my father. Martha Hale met us at the gate. "I am glad you came," Martha said to me, "you look tired, Anna." I walked by the river until dark.',
      'I read to my father the next day. Martha brought bread and told me of the mill.',
    ].join('\n\n');
    const { jobId } = await harness.upload(author, diaryId, 'diary.txt', diary);
    await harness.ingest(jobId);
    const res = await call('GET', `/v1/api/projects/${diaryId}/entities`, author.token);
    const anna = (res.json() as { entities: Summary[] }).entities.find((e) =>
      [e.name, ...e.aliases].includes('Anna Greville'),
    );
    const detail = await call(
      'GET',
      `/v1/api/projects/${diaryId}/entities/${anna?.id}?mentionsLimit=200`,
      author.token,
    );
    expect(detail.statusCode, `${res.body} ${detail.body}`).toBe(200);
    const texts = (detail.json() as { entity: Detail }).entity.mentions.map((m) => m.text);
    // Named twice; the narration's I, my and me are hers too; the "I" of Martha's speech is not.
    expect(texts.filter((t) => /^(I|me|my|My)$/.test(t))).toEqual([
      'My',
      'I',
      'my',
      'me',
      'I',
      'I',
      'my',
      'me',
    ]);
  });
});
