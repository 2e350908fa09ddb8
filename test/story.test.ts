/**
 * Parts 2 and 3 end to end over real HTTP, on the stack as `npm start` runs it (Chroma included):
 * upload a novel, its ingestion job, the story bible (entities, sheets, graph, appearances),
 * search, offline chat with exact citations, streaming, history, bookmarks and feedback, then a
 * configured model (a local server speaking the OpenAI API) charging credits under concurrency.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { eventually } from '@george/runtime/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FakeModelServer, fakeOpenAI } from '../services/backend/test/support/fakes/model-servers.js';
import { OPERATOR, REPO_ROOT, type Stack, startStack } from './harness.js';

const ALICE = join(REPO_ROOT, '../shared/data/novels/11_alices_adventures_in_wonderland.txt');
// One answer holds 600 output tokens at 25 credits a token: 15,000 credits. An author's 50,000
// cover three holds at once, not four.
const PRICES = JSON.stringify({ 'test-model': { inputPerMillion: 0, outputPerMillion: 25_000_000 } });

let stack: Stack;
let model: FakeModelServer;

type Call = (method: string, path: string, body?: unknown) => Promise<Response>;
function client(base: () => string, token: string): Call {
  return (method, path, body) =>
    fetch(`${base()}${path}`, {
      method,
      headers: {
        authorization: `Bearer ${token}`,
        ...(body === undefined || body instanceof FormData ? {} : { 'content-type': 'application/json' }),
      },
      ...(body === undefined ? {} : { body: body instanceof FormData ? body : JSON.stringify(body) }),
    });
}

async function login(
  email: string,
  password: string,
  base = () => stack.api,
): Promise<{ call: Call; userId: string }> {
  const res = await fetch(`${base()}/v1/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  expect(res.status).toBe(200);
  const body = (await res.json()) as { accessToken: string; user: { id: string } };
  return { call: client(base, body.accessToken), userId: body.user.id };
}

async function waitForJob(call: Call, jobId: string) {
  return eventually(
    async () => {
      const { job } = (await (await call('GET', `/v1/api/jobs/${jobId}`)).json()) as {
        job: { status: string; result?: Record<string, number>; error?: string };
      };
      return job.status === 'succeeded' || job.status === 'failed' ? job : undefined;
    },
    150_000,
    250,
  );
}

beforeAll(async () => {
  model = await fakeOpenAI();
  stack = await startStack({ env: { billing: { BILLING_PRICES: PRICES } } });
}, 240_000);

afterAll(async () => {
  await stack?.stop();
  await model?.close();
});

describe('story bible and chat end to end', () => {
  let author: { call: Call; userId: string };
  let projectId = '';
  let fileId = '';
  let text = '';
  const password = 'author-password-1';

  it('an author signs up, creates a project and uploads a novel; the ingestion job finishes', async () => {
    const operator = await login(OPERATOR.email, OPERATOR.password);
    const invite = await operator.call('POST', '/v1/api/admin/invites', { role: 'author' });
    expect(invite.status).toBe(201);
    const { code } = (await invite.json()) as { code: string };
    const register = await fetch(`${stack.api}/v1/api/auth/register`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'writer@example.com', password, inviteCode: code, name: 'Writer' }),
    });
    expect(register.status).toBe(201);
    author = await login('writer@example.com', password);
    const project = await author.call('POST', '/v1/api/projects', { name: 'Wonderland' });
    expect(project.status).toBe(201);
    projectId = ((await project.json()) as { project: { id: string } }).project.id;

    const form = new FormData();
    form.append('file', new Blob([await readFile(ALICE)], { type: 'text/plain' }), 'alice.txt');
    const upload = await author.call('POST', `/v1/api/projects/${projectId}/files`, form);
    expect(upload.status).toBe(202);
    const { file, jobId } = (await upload.json()) as { file: { id: string }; jobId: string };
    fileId = file.id;
    const job = await waitForJob(author.call, jobId);
    expect(job.error).toBeUndefined();
    expect(job.status).toBe('succeeded');
    expect(job.result?.chunks).toBeGreaterThan(100);
    expect(job.result?.entities).toBeGreaterThan(10);
    text = (
      (await (await author.call('GET', `/v1/api/projects/${projectId}/files/${fileId}/text`)).json()) as {
        text: string;
      }
    ).text;
  }, 200_000);

  it('the story bible lists Alice as a character, with a sheet and exact mentions', async () => {
    const res = await author.call('GET', `/v1/api/projects/${projectId}/entities?type=character`);
    expect(res.status).toBe(200);
    const { entities } = (await res.json()) as {
      entities: Array<{ id: string; name: string; mentionCount: number }>;
    };
    const alice = entities.find((e) => e.name === 'Alice');
    expect(alice?.mentionCount).toBeGreaterThan(300);
    expect(entities[0]?.name).toBe('Alice');
    const detail = (await (
      await author.call('GET', `/v1/api/projects/${projectId}/entities/${alice?.id}`)
    ).json()) as {
      entity: {
        sheet: string;
        mentions: Array<{
          start: number;
          end: number;
          text: string;
          passage?: { start: number; end: number; quote: string };
        }>;
      };
    };
    expect(detail.entity.sheet).toMatch(/^# Alice\n/);
    expect(detail.entity.sheet).toMatch(/## Appearances/);
    for (const m of detail.entity.mentions.slice(0, 20)) {
      expect(text.slice(m.start, m.end)).toBe(m.text);
      expect(text.slice(m.passage?.start, m.passage?.end)).toBe(m.passage?.quote);
    }
    // Generated sheets are listed when asked for (the default list is the author's own files).
    const sheets = (await (
      await author.call('GET', `/v1/api/projects/${projectId}/files?kind=sheet`)
    ).json()) as {
      files: Array<{ kind: string; name: string }>;
    };
    expect(sheets.files.some((f) => f.kind === 'sheet' && f.name.startsWith('Alice'))).toBe(true);
    const own = (await (await author.call('GET', `/v1/api/projects/${projectId}/files`)).json()) as {
      files: Array<{ kind: string }>;
    };
    expect(own.files.map((f) => f.kind)).toEqual(['manuscript']);
  });

  it('the graph with its "appears with" links connects Alice to others, and appearances are counted per chapter', async () => {
    const graph = (await (
      await author.call('GET', `/v1/api/projects/${projectId}/graph?appearsWith=true`)
    ).json()) as {
      nodes: Array<{ id: string; name: string }>;
      edges: Array<{ source: string; target: string; weight: number }>;
    };
    const alice = graph.nodes.find((n) => n.name === 'Alice');
    expect(alice).toBeDefined();
    expect(graph.edges.some((e) => (e.source === alice?.id || e.target === alice?.id) && e.weight > 1)).toBe(
      true,
    );
    const { appearances } = (await (
      await author.call('GET', `/v1/api/projects/${projectId}/appearances?entityIds=${alice?.id}`)
    ).json()) as { appearances: Array<{ chapters: Array<{ chapter: number | null; count: number }> }> };
    expect(appearances[0]?.chapters.length).toBeGreaterThanOrEqual(10);
  });

  it("the ingestion job read the book's shape: chapters with their focal character, and a timeline", async () => {
    const res = await author.call('GET', `/v1/api/projects/${projectId}/chapters?fileId=${fileId}`);
    expect(res.status).toBe(200);
    const { chapters } = (await res.json()) as {
      chapters: Array<{
        index: number;
        title: string;
        start: number;
        words: number;
        pov: string;
        focal: { entityId: string | null; name: string } | null;
        characters: Array<{ entityId: string; named: number }>;
      }>;
    };
    expect(chapters.map((c) => c.index)).toEqual(chapters.map((_, i) => i + 1));
    expect(chapters).toHaveLength(12);
    for (const c of chapters) expect(text.slice(c.start, c.start + c.title.length)).toBe(c.title);
    const { entities } = (await (
      await author.call('GET', `/v1/api/projects/${projectId}/entities?limit=1000`)
    ).json()) as { entities: Array<{ id: string; name: string }> };
    const ids = new Set(entities.map((e) => e.id));
    const alice = entities.find((e) => e.name === 'Alice');
    for (const c of chapters) for (const ch of c.characters) expect(ids.has(ch.entityId)).toBe(true);
    // Alice is the focal character of 11 of the 12 chapters in eval/story's hand-written table.
    const aliceFocal = chapters.filter((c) => c.pov === 'third' && c.focal?.entityId === alice?.id);
    expect(aliceFocal.length).toBeGreaterThanOrEqual(10);

    const timeline = (await (
      await author.call('GET', `/v1/api/projects/${projectId}/timeline?fileId=${fileId}`)
    ).json()) as { events: Array<{ fileId: string; start: number; end: number; quote: string }> };
    expect(timeline.events.length).toBeGreaterThan(0);
    for (const e of timeline.events) {
      expect(e.fileId).toBe(fileId);
      expect(text.slice(e.start, e.end).replace(/\s+/g, ' ').trim()).toBe(e.quote);
    }
  });

  it('search returns passages whose quotes are the exact text', async () => {
    const res = await author.call('POST', `/v1/api/projects/${projectId}/search`, {
      query: 'White Rabbit pink eyes',
      limit: 5,
    });
    const { results } = (await res.json()) as {
      results: Array<{ start: number; end: number; quote: string }>;
    };
    expect(results.length).toBe(5);
    for (const r of results) expect(text.slice(r.start, r.end)).toBe(r.quote);
    expect(results.some((r) => /pink eyes/.test(r.quote))).toBe(true);
  });

  let messageId = '';
  it('offline chat answers "Who is the White Rabbit?" with exact citations, free', async () => {
    const res = await author.call('POST', `/v1/api/projects/${projectId}/chat`, {
      message: 'Who is the White Rabbit?',
    });
    expect(res.status).toBe(200);
    const answer = (await res.json()) as {
      messageId: string;
      answer: string;
      citations: Array<{ fileId: string; start: number; end: number; quote: string }>;
      intent: string;
      generated: boolean;
      cost: number;
    };
    messageId = answer.messageId;
    expect(answer).toMatchObject({ intent: 'lookup', generated: false, cost: 0 });
    expect(answer.citations.length).toBeGreaterThan(0);
    for (const c of answer.citations) {
      expect(c.fileId).toBe(fileId);
      expect(text.slice(c.start, c.end)).toBe(c.quote);
    }
    expect(answer.citations.some((c) => /Rabbit/.test(c.quote))).toBe(true);
  });

  it('an offline answer notes the open continuity issue its answer sentence is part of', async () => {
    const other = await author.call('POST', '/v1/api/projects', { name: 'Harbour Light' });
    const harbourId = ((await other.json()) as { project: { id: string } }).project.id;
    const walk = (who: string) =>
      `${who} walked down to the harbour and spoke with the fishermen about the weather.`;
    const book = [
      '## Chapter 1',
      ['Margaret Holloway', 'Margaret', 'Thomas Hale', 'Margaret'].map(walk).join('\n\n'),
      'Margaret Holloway was forty-two years old, with grey eyes and a scar across her left hand.',
      '## Chapter 2',
      ['Margaret', 'Thomas', 'Margaret'].map(walk).join('\n\n'),
      "Margaret's blue eyes were red with weeping at the funeral.",
    ].join('\n\n');
    const form = new FormData();
    form.append('file', new Blob([book], { type: 'text/markdown' }), 'harbour.md');
    const upload = await author.call('POST', `/v1/api/projects/${harbourId}/files`, form);
    expect(upload.status).toBe(202);
    await eventually(
      async () => {
        const res = await author.call('GET', `/v1/api/projects/${harbourId}/continuity`);
        const body = (await res.json()) as { status: string; issues: Array<{ summary: string }> };
        return body.status === 'ready' && body.issues.some((i) => /eyed/.test(i.summary)) ? body : undefined;
      },
      150_000,
      250,
    );
    const ask = async () =>
      (await (
        await author.call('POST', `/v1/api/projects/${harbourId}/chat`, {
          message: "What colour are Margaret's eyes?",
        })
      ).json()) as { answer: string; generated: boolean; citations: Array<{ quote: string }> };
    const answer = await ask();
    expect(answer.generated).toBe(false);
    expect(answer.citations.map((c) => c.quote).join(' ')).not.toContain('## Chapter');
    expect(answer.answer).toMatch(
      /The manuscript disagrees with itself here \(open continuity issues\):\n- Margaret is (grey|blue)-eyed in Chapter \d but (grey|blue)-eyed in Chapter \d\./,
    );
    // Dismissed, the issue is no longer noted.
    const { issues } = (await (
      await author.call('GET', `/v1/api/projects/${harbourId}/continuity`)
    ).json()) as {
      issues: Array<{ id: string; summary: string }>;
    };
    for (const issue of issues.filter((i) => /eyed/.test(i.summary))) {
      const res = await author.call('PATCH', `/v1/api/projects/${harbourId}/continuity/${issue.id}`, {
        status: 'dismissed',
      });
      expect(res.status).toBe(200);
    }
    expect((await ask()).answer).not.toContain('disagrees');
  }, 200_000);

  it("offline chat says who tells a chapter, from the story's shape, citing the line that shows it", async () => {
    const res = await author.call('POST', `/v1/api/projects/${projectId}/chat`, {
      message: 'Who tells chapter 3?',
    });
    expect(res.status).toBe(200);
    const answer = (await res.json()) as {
      answer: string;
      generated: boolean;
      citations: Array<{ fileId: string; start: number; end: number; quote: string }>;
    };
    expect(answer.generated).toBe(false);
    expect(answer.answer).toMatch(/CHAPTER III\.?.*: told in the third person, following Alice\. \[1\]/);
    expect(answer.citations).toHaveLength(1);
    const [line] = answer.citations;
    expect(text.slice(line?.start, line?.end)).toBe(line?.quote);
    expect(line?.quote).toContain('Alice');
  });

  it('streams an answer as server-sent events', async () => {
    const res = await author.call('POST', `/v1/api/projects/${projectId}/chat/stream`, {
      message: 'Where does Alice meet the Caterpillar?',
    });
    expect(res.headers.get('content-type')).toMatch(/text\/event-stream/);
    const body = await res.text();
    expect(body).toMatch(/^event: delta$/m);
    const done = /event: done\ndata: (.*)\n/.exec(body);
    expect(JSON.parse(done?.[1] ?? '{}')).toMatchObject({ intent: 'lookup', generated: false });
  });

  it('declines to write scenes, keeps history, saves a bookmark as a note, takes feedback on own messages only', async () => {
    const creative = (await (
      await author.call('POST', `/v1/api/projects/${projectId}/chat`, {
        message: 'Write a scene where Alice fights the Queen',
      })
    ).json()) as { intent: string; answer: string };
    expect(creative.intent).toBe('creative_request');
    const history = (await (await author.call('GET', `/v1/api/projects/${projectId}/chat`)).json()) as {
      messages: Array<{ messageId: string }>;
    };
    expect(history.messages.map((m) => m.messageId)).toContain(messageId);
    // The White Rabbit, who tells chapter 3, the streamed answer and this one.
    expect(history.messages).toHaveLength(4);
    const bookmark = await author.call('POST', `/v1/api/chat/${messageId}/bookmark`);
    expect(bookmark.status).toBe(200);
    const { noteFileId, jobId } = (await bookmark.json()) as { noteFileId: string; jobId: string };
    expect((await waitForJob(author.call, jobId)).status).toBe('succeeded');
    const notes = await author.call('POST', `/v1/api/projects/${projectId}/search`, {
      query: 'White Rabbit',
      kind: 'note',
      limit: 3,
    });
    const found = (await notes.json()) as { results: Array<{ fileId: string; kind: string }> };
    expect(found.results[0]).toMatchObject({ fileId: noteFileId, kind: 'note' });
    expect(
      (await author.call('POST', `/v1/api/chat/${messageId}/feedback`, { rating: 'up', category: 'helpful' }))
        .status,
    ).toBe(200);
    const operator = await login(OPERATOR.email, OPERATOR.password);
    expect(
      (await operator.call('POST', `/v1/api/chat/${messageId}/feedback`, { rating: 'down' })).status,
    ).toBe(404);
  }, 120_000);

  it('re-ingesting an edited file replaces its mentions; a deleted entity stays deleted', async () => {
    const list = async () =>
      (
        (await (
          await author.call('GET', `/v1/api/projects/${projectId}/entities?type=character`)
        ).json()) as {
          entities: Array<{ id: string; name: string; mentionCount: number }>;
        }
      ).entities;
    const before = await list();
    const alice = before.find((e) => e.name === 'Alice');
    const victim = before.find((e) => e.name !== 'Alice' && e.mentionCount >= 3);
    expect((await author.call('DELETE', `/v1/api/projects/${projectId}/entities/${victim?.id}`)).status).toBe(
      200,
    );
    const edited = `${text}\n\nAlice woke up on the bank, and Alice smiled.\n`;
    const edit = await author.call('PUT', `/v1/api/projects/${projectId}/files/${fileId}/text`, {
      content: edited,
    });
    expect(edit.status).toBe(202);
    const { jobId } = (await edit.json()) as { jobId: string };
    expect((await waitForJob(author.call, jobId)).status).toBe('succeeded');
    const after = await list();
    expect(after.find((e) => e.name === 'Alice')?.mentionCount).toBe((alice?.mentionCount ?? 0) + 2);
    expect(after.find((e) => e.name === victim?.name)).toBeUndefined();
    text = edited;
  }, 200_000);

  it('a configured model charges credits: concurrent chats on a balance for three answers', async () => {
    model.reply = 'The White Rabbit is a character who hurries past Alice [1].';
    model.delayMs = 1500;
    const modelBackend = await stack.startBackend({
      CHAT_PROVIDER: 'openai',
      OPENAI_BASE_URL: `${model.url}/v1`,
      OPENAI_MODEL: 'test-model',
      MODEL_MAX_RETRIES: '0',
    });
    const writer = await login('writer@example.com', password, () => modelBackend.url);
    const before = (await (await writer.call('GET', '/v1/api/billing/balance')).json()) as {
      balance: number;
      held: number;
    };
    expect(before.balance).toBe(50_000);
    const answers = await Promise.all(
      Array.from({ length: 6 }, () =>
        writer.call('POST', `/v1/api/projects/${projectId}/chat`, { message: 'Who is the White Rabbit?' }),
      ),
    );
    const ok = answers.filter((r) => r.status === 200);
    const refused = answers.filter((r) => r.status === 402);
    expect(ok).toHaveLength(3);
    expect(refused).toHaveLength(3);
    const bodies = (await Promise.all(ok.map((r) => r.json()))) as Array<{
      cost: number;
      generated: boolean;
      citations: unknown[];
    }>;
    for (const b of bodies) {
      expect(b.generated).toBe(true);
      expect(b.cost).toBeGreaterThan(0);
      expect(b.citations).toHaveLength(1);
    }
    expect(((await (refused[0] as Response).json()) as { error: { code: string } }).error.code).toBe(
      'insufficient_credits',
    );
    const after = (await (await writer.call('GET', '/v1/api/billing/balance')).json()) as {
      balance: number;
      held: number;
    };
    expect(after.held).toBe(0);
    expect(after.balance).toBe(50_000 - bodies.reduce((sum, b) => sum + b.cost, 0));

    // The model down: a clear 503, the hold released, nothing charged.
    model.delayMs = 0;
    model.failFirst = [500];
    const down = await writer.call('POST', `/v1/api/projects/${projectId}/chat`, {
      message: 'Who is the White Rabbit?',
    });
    expect(down.status).toBe(503);
    expect(((await down.json()) as { error: { code: string } }).error.code).toBe('model_unavailable');
    const final = (await (await writer.call('GET', '/v1/api/billing/balance')).json()) as {
      balance: number;
      held: number;
    };
    expect(final).toMatchObject({ balance: after.balance, held: 0 });
  }, 120_000);

  it('deleting the file removes its passages, its story bible and its chapters', async () => {
    expect((await author.call('DELETE', `/v1/api/projects/${projectId}/files/${fileId}`)).status).toBe(200);
    await eventually(async () => {
      const { entities } = (await (
        await author.call('GET', `/v1/api/projects/${projectId}/entities`)
      ).json()) as {
        entities: unknown[];
      };
      const { results } = (await (
        await author.call('POST', `/v1/api/projects/${projectId}/search`, {
          query: 'Alice',
          kind: 'manuscript',
        })
      ).json()) as { results: unknown[] };
      const { chapters } = (await (
        await author.call('GET', `/v1/api/projects/${projectId}/chapters`)
      ).json()) as {
        chapters: unknown[];
      };
      const { events } = (await (
        await author.call('GET', `/v1/api/projects/${projectId}/timeline`)
      ).json()) as {
        events: unknown[];
      };
      return entities.length === 0 && results.length === 0 && chapters.length === 0 && events.length === 0;
    }, 60_000);
    const gone = await author.call('GET', `/v1/api/projects/${projectId}/chapters?fileId=${fileId}`);
    expect(gone.status).toBe(404);
  }, 90_000);
});
