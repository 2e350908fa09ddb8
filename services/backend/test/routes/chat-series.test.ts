/**
 * Chat about one book of a series, over real retrieval: two manuscripts uploaded through the API,
 * ingested by the ingestion's own steps into the chroma service (george-serve, its default embedding
 * model), arranged as two books. A question about book 2 cites only book 2's file, each citation
 * naming its book; an unknown book is refused before anything is asked or stored. A plain factual
 * question is answered from the continuity ledger the ingestion recorded: the sentence that states
 * the fact leads; a when-question's answer says the timeline's date of its sentence in full.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ApiHarness, errorCode } from '../support/api.js';
import { type StoryHarness, startStoryApi, type User } from '../support/story.js';

const MILL = [
  'Chapter 1',
  'Anna Greville walked down to the mill by the river. The mill wheel turned and the miller, Thomas Reed, showed Anna the great grinding stones of the mill.',
  'Anna watched the flour fall from the mill stones into the sacks, and Thomas Reed told her how the mill had ground corn for a hundred years.',
  'Chapter 2',
  'At the mill the next day Anna helped Thomas Reed mend the sluice, and the water ran fast under the mill wheel until evening.',
  "Anna sat on the bank in the dusk, past the willows and the sheepfold, and thought of the sacks of flour and the wheel. She watched the water run black under the arches of the bridge until the church bell rang for evensong, and the rooks went home over the hill to the elms by her aunt's cottage, where the lamp was already lit in the window.",
  'He was a stout, grey man of sixty, and kept the wheel turning late into the night.',
].join('\n\n');

const SEA = [
  'Chapter 1',
  'Anna Greville sailed from Hull on a grey morning. The ship rolled and the captain, Martha Hale, kept the deck all night.',
  'Far out at sea Anna remembered the mill at home, and wrote a letter to Thomas Reed by the lamp in her cabin.',
  'Chapter 2',
  'On the 3rd of May 1894 the ship reached Bergen in the rain. Two days later Anna and Martha Hale walked the harbour and bought dried fish from the market stalls.',
].join('\n\n');

interface Reply {
  messageId: string;
  answer: string;
  citations: Array<{ fileId: string; quote: string; book?: { number: number; title: string } }>;
}

let harness: StoryHarness;
let api: ApiHarness;
let owner: User;
let reader: User;
let stranger: User;
let projectId = '';
let mill = '';
let sea = '';
const ask = (user: User, body: unknown, path = 'chat') =>
  api.call('POST', `/v1/api/projects/${projectId}/${path}`, user.token, body);
const history = async (user: User) =>
  (
    (await api.call('GET', `/v1/api/projects/${projectId}/chat`, user.token)).json() as {
      messages: Reply[];
    }
  ).messages;

beforeAll(async () => {
  harness = await startStoryApi({ chroma: true, sheets: false });
  api = harness.api;
  owner = await api.signUp('owner@example.com');
  reader = await api.signUp('reader@example.com', 'guest');
  stranger = await api.signUp('stranger@example.com');
  const created = await api.call('POST', '/v1/api/projects', owner.token, { name: 'Anna' });
  projectId = (created.json() as { project: { id: string } }).project.id;
  await api.share(owner.token, projectId, reader, 'read');
  for (const [name, text] of [
    ['the-mill.txt', MILL],
    ['the-sea.txt', SEA],
  ] as const) {
    const uploaded = await harness.upload(owner, projectId, name, text);
    await harness.ingest(uploaded.jobId);
    if (name === 'the-mill.txt') mill = uploaded.file.id;
    else sea = uploaded.file.id;
  }
  const arranged = await api.call('PUT', `/v1/api/projects/${projectId}/books`, owner.token, {
    books: [
      { title: 'The Mill', fileIds: [mill] },
      { title: 'The Sea', fileIds: [sea] },
    ],
  });
  expect(arranged.statusCode, arranged.body).toBe(200);
}, 300_000);

afterAll(async () => {
  await harness?.close();
});

describe('chat about one book of a series', () => {
  const QUESTION = 'What did Anna see at the mill?';

  it('the whole series: the passages of either book, each citation naming its book', async () => {
    const res = await ask(reader, { message: QUESTION });
    expect(res.statusCode, res.body).toBe(200);
    const { citations } = res.json() as Reply;
    expect(citations.length).toBeGreaterThan(0);
    // The mill is book 1's subject: unscoped, it is cited.
    expect(citations.some((c) => c.fileId === mill)).toBe(true);
    for (const c of citations)
      expect(c.book).toEqual(
        c.fileId === mill ? { number: 1, title: 'The Mill' } : { number: 2, title: 'The Sea' },
      );
  });

  it('book 2 only: every citation is book 2’s, and the history keeps the books', async () => {
    const res = await ask(reader, { message: QUESTION, book: 2 });
    expect(res.statusCode, res.body).toBe(200);
    const reply = res.json() as Reply;
    expect(reply.citations.length).toBeGreaterThan(0);
    for (const c of reply.citations) {
      expect(c.fileId).toBe(sea);
      expect(c.book).toEqual({ number: 2, title: 'The Sea' });
      expect(SEA).toContain(c.quote);
    }
    const stored = (await history(reader)).find((m) => m.messageId === reply.messageId);
    expect(stored?.citations).toEqual(reply.citations);
  });

  it('the stream asks about one book too', async () => {
    const res = await ask(reader, { message: QUESTION, book: 2 }, 'chat/stream');
    expect(res.statusCode).toBe(200);
    const done = /event: done\ndata: (.*)\n/.exec(res.body)?.[1];
    const reply = JSON.parse(done as string) as Reply;
    expect(reply.citations.length).toBeGreaterThan(0);
    expect(reply.citations.every((c) => c.fileId === sea)).toBe(true);
  });

  it('refuses an unknown book before asking (nothing stored), bad input, and a stranger', async () => {
    const before = (await history(reader)).length;
    for (const path of ['chat', 'chat/stream']) {
      const res = await ask(reader, { message: QUESTION, book: 3 }, path);
      expect(res.statusCode, path).toBe(404);
      expect(errorCode(res)).toBe('book_not_found');
    }
    for (const book of [0, -1, 201, 1.5, '2', null]) {
      const res = await ask(reader, { message: QUESTION, book });
      expect(res.statusCode, String(book)).toBe(400);
    }
    expect((await history(reader)).length).toBe(before);
    const foreign = await ask(stranger, { message: QUESTION, book: 1 });
    expect(foreign.statusCode).toBe(404);
    expect(errorCode(foreign)).toBe('project_not_found');
  });
});

describe('answers from the continuity ledger', () => {
  it('leads with the sentence that states the fact asked for, verbatim at its offsets', async () => {
    // The sentence that answers names him only as "he", far from his name; the ledger knows whose
    // age it states.
    const res = await ask(reader, { message: 'How old was Thomas Reed?' });
    expect(res.statusCode, res.body).toBe(200);
    const [first] = (res.json() as Reply).citations;
    expect(first?.fileId).toBe(mill);
    expect(first?.quote).toContain('He was a stout, grey man of sixty');
    expect(MILL).toContain(first?.quote);
  });

  it('says when the ledger states no look asked of a character, and not when it states one', async () => {
    const unstated = await ask(reader, { message: "What colour are Thomas Reed's eyes?" });
    expect(unstated.statusCode, unstated.body).toBe(200);
    expect((unstated.json() as Reply).answer).toContain(
      "George found no sentence in the manuscript that states the colour of Thomas Reed's eyes",
    );
    const stated = await ask(reader, { message: 'How old was Thomas Reed?' });
    expect((stated.json() as Reply).answer).not.toContain('George found no sentence');
  });

  it('says in full the date the timeline reads in the answer to a when-question', async () => {
    const res = await ask(reader, { message: 'When did Anna and Martha Hale walk the harbour?' });
    expect(res.statusCode, res.body).toBe(200);
    const reply = res.json() as Reply;
    expect(reply.citations[0]?.quote).toContain('Two days later Anna and Martha Hale walked the harbour');
    expect(reply.answer).toContain("By the manuscript's timeline, “Two days later” is 5 May 1894.");
  });
});
