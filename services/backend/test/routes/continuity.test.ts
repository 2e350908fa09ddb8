/**
 * Continuity through its routes, against a real auth server, a real filesystem server and a real
 * billing server: the check job over a ledger stored the way ingestion stores it, the ranked issues
 * with quotes that are the file's text, dismissals that survive a re-run after an edit, an entity's
 * facts as of a chapter, a model's second opinion (a local server speaking the OpenAI API, credits
 * held, captured or released by billing), and the attacks (another user's project, another
 * project's issue, a viewer's change, bad input).
 */
import { FACT_VIEW_KINDS } from '@george/contracts/api';
import { FilesystemClient } from '@george/contracts/filesystem';
import { createLogger } from '@george/runtime';
import { eventually, type RunningProcess, startServe, TEST_TOKEN, tempDir } from '@george/runtime/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/app.js';
import { extract } from '../../src/bible/index.js';
import { countSpellings, extractFacts } from '../../src/continuity/index.js';
import { openGraphStore } from '../../src/graph/index.js';
import type { GraphStore } from '../../src/graph/store.js';
import { continuityJob, queueContinuityCheck } from '../../src/jobs/continuity.js';
import type { JobContext } from '../../src/jobs/runner.js';
import { composeSteps } from '../../src/jobs/steps.js';
import { JobQueue } from '../../src/repositories/jobs.js';
import { StoryRepository } from '../../src/repositories/story.js';
import { type BackendDatabase, openBackendDatabase } from '../../src/store/db.js';
import type { JobsTable } from '../../src/store/schema.js';
import { type ApiHarness, errorCode, startApi, type User } from '../support/api.js';
import { type FakeModelServer, fakeOpenAI } from '../support/fakes/model-servers.js';

interface Issue {
  id: string;
  kind: string;
  summary: string;
  confidence: number;
  entity: { entityId: string; name: string } | null;
  evidence: Array<{ fileId: string; chapter: number | null; start: number; end: number; quote: string }>;
  status: string;
  opinion?: { verdict: string; reasoning: string; model: string; cost: number; createdAt: number };
}
interface IssueList {
  status: 'ready' | 'running';
  issues: Issue[];
  nextCursor: string | null;
  secondOpinion?: { model: string };
}
interface Balance {
  balance: number;
  held: number;
}
/** One credit a token in and out: a second opinion costs its tokens. */
const PRICES = JSON.stringify({ 'test-model': { inputPerMillion: 1_000_000, outputPerMillion: 1_000_000 } });

const FILLER = (names: string[]) =>
  names
    .map((n) => `${n} walked along the road to the village and spoke with the miller about the weather.`)
    .join('\n\n');
const PEOPLE = ['Mary Benson', 'Mary', 'Thomas Hale', 'Thomas', 'Mr. Hale', 'Mary', 'Thomas', 'Mary'];
const BOOK = `Chapter 1\n\n${FILLER(PEOPLE)}\n\nMary Benson had grey eyes. Thomas Hale died in the spring.\n\nChapter 2\n\n${FILLER(['Mary', 'Mary'])}\n\nThomas Hale came to the door. Mary's green eyes were wet.\n`;

let fs: RunningProcess;
let billing: RunningProcess;
let model: FakeModelServer;
let api: ApiHarness;
let dir: ReturnType<typeof tempDir>;
let database: BackendDatabase;
let graph: GraphStore;
let files: FilesystemClient;
let owner: User;
let viewer: User;
let writer: User;
let stranger: User;
let projectId: string;
let otherProjectId: string;
let fileId: string;
const progress: Array<{ value: number; message?: string | undefined }> = [];

/** What the ingestion does for the continuity check: the story bible and the facts ledger of the file. */
async function ingest(project: string, file: string): Promise<string> {
  const meta = await files.get(project, file, { paragraphs: false });
  const { text } = await files.text(project, file);
  const source = { fileId: file, text, chapters: meta.chapters };
  const extraction = extract([source]);
  await graph.replaceFileExtraction(project, file, extraction);
  await graph.replaceFileFacts(project, file, extractFacts(source, extraction), countSpellings(source));
  return text;
}

/** One run of the continuity job, as the runner runs it. */
async function runCheck(project: string): Promise<unknown> {
  const handler = composeSteps(
    continuityJob({ files, graph, database, story: new StoryRepository(database.db) }),
  );
  const job: JobsTable = {
    id: 'job',
    type: 'continuity',
    project_id: project,
    file_id: null,
    payload: '{}',
    status: 'running',
    progress: 0,
    message: null,
    error: null,
    result: null,
    attempts: 1,
    max_attempts: 3,
    run_at: 0,
    lease_token: 'token',
    lease_until: null,
    worker: null,
    dedupe_key: null,
    created_by: null,
    created_at: 0,
    updated_at: 0,
    started_at: 0,
    finished_at: null,
  };
  const context: JobContext = {
    job,
    payload: {},
    signal: new AbortController().signal,
    progress: async (value, message) => {
      progress.push({ value, message });
    },
    log: createLogger('backend', 'production', 'silent'),
  };
  return handler(context);
}

const list = async (token: string, query = '', project = projectId) =>
  api.call('GET', `/v1/api/projects/${project}/continuity${query}`, token);

beforeAll(async () => {
  dir = tempDir('george-continuity-');
  fs = await startServe({ app: 'services/filesystem/dist/app.js', env: { DATA_DIR: `${dir.path}/fs` } });
  billing = await startServe({
    app: 'services/billing/dist/app.js',
    env: { DATA_DIR: `${dir.path}/billing`, BILLING_PRICES: PRICES },
  });
  model = await fakeOpenAI();
  api = await startApi(
    {
      DATA_DIR: `${dir.path}/backend`,
      FILESYSTEM_SERVER_URL: fs.url,
      BILLING_SERVER_URL: billing.url,
      CHAT_PROVIDER: 'openai',
      OPENAI_BASE_URL: `${model.url}/v1`,
      OPENAI_MODEL: 'test-model',
      MODEL_MAX_RETRIES: '0',
    },
    { BILLING_SERVER_URL: billing.url },
  );
  database = openBackendDatabase({ databaseUrl: undefined, dataDir: `${dir.path}/backend` });
  graph = openGraphStore({ DATA_DIR: `${dir.path}/backend` }, database.db);
  files = new FilesystemClient({ token: TEST_TOKEN, env: { FILESYSTEM_SERVER_URL: fs.url } });
  owner = await api.signUp('owner@example.com');
  viewer = await api.signUp('viewer@example.com', 'guest');
  writer = await api.signUp('writer@example.com');
  stranger = await api.signUp('stranger@example.com');
  const created = await api.call('POST', '/v1/api/projects', owner.token, { name: 'Novel' });
  projectId = (created.json() as { project: { id: string } }).project.id;
  await api.share(owner.token, projectId, viewer, 'read');
  await api.share(owner.token, projectId, writer, 'edit');
  const other = await api.call('POST', '/v1/api/projects', stranger.token, { name: 'Theirs' });
  otherProjectId = (other.json() as { project: { id: string } }).project.id;
  for (const project of [projectId, otherProjectId]) {
    const meta = await files.upload(project, { filename: 'book.txt', data: Buffer.from(BOOK) });
    if (project === projectId) fileId = meta.id;
    await ingest(project, meta.id);
    await runCheck(project);
  }
}, 180_000);

afterAll(async () => {
  await graph?.close();
  await database?.close();
  await api?.close();
  await fs?.stop();
  await billing?.stop();
  await model?.close();
  dir?.remove();
});

describe('the continuity job', () => {
  it('reports its progress and what it found', async () => {
    progress.length = 0;
    const result = await runCheck(projectId);
    expect(result).toMatchObject({ facts: expect.any(Number), staleFacts: 0, issues: expect.any(Number) });
    expect(progress.map((p) => p.message)).toEqual(
      expect.arrayContaining(['reading the facts ledger', 'finding contradictions', 'done']),
    );
    const values = progress.map((p) => p.value);
    expect(values).toEqual([...values].sort((a, b) => a - b));
    expect(values[values.length - 1]).toBe(1);
  });

  it('is queued once while a check waits to start', async () => {
    const queue = new JobQueue(database.db, {
      maxAttempts: 3,
      leaseMs: 1000,
      backoffMs: 10,
      maxBackoffMs: 100,
    });
    const project = 'queued-project';
    expect(await queueContinuityCheck({ queue, database }, project)).toBe(true);
    expect(await queueContinuityCheck({ queue, database }, project)).toBe(false);
    const run = await queue.claim(['continuity']);
    expect(run?.job.project_id).toBe(project);
    // Once started, a change needs another run: a new one is queued.
    expect(await queueContinuityCheck({ queue, database }, project)).toBe(true);
  });
});

describe('GET /projects/:projectId/continuity', () => {
  it('answers the issues most confident first, each quote the text at its offsets', async () => {
    const res = await list(owner.token, '?status=all');
    expect(res.statusCode).toBe(200);
    const body = res.json() as IssueList;
    expect(body.status).toBe('ready');
    expect(body.nextCursor).toBeNull();
    const kinds = body.issues.map((i) => i.kind);
    expect(kinds).toEqual(expect.arrayContaining(['attribute', 'after_death']));
    const confidences = body.issues.map((i) => i.confidence);
    expect(confidences).toEqual([...confidences].sort((a, b) => b - a));
    const { text } = await files.text(projectId, fileId);
    for (const issue of body.issues) {
      expect(issue.status).toBe('open');
      expect(issue.evidence.length).toBeGreaterThanOrEqual(2);
      for (const e of issue.evidence) expect(e.quote).toBe(text.slice(e.start, e.end));
    }
    const eyes = body.issues.find((i) => i.kind === 'attribute');
    expect(eyes?.entity?.name).toMatch(/Mary/);
    expect(eyes?.evidence.map((e) => e.chapter)).toEqual([1, 2]);
    expect(eyes?.summary).toMatch(/grey.*green|green.*grey/);
    const death = body.issues.find((i) => i.kind === 'after_death');
    expect(death?.entity?.name).toMatch(/Thomas|Hale/);
  });

  it('pages with a cursor, and says running while a check is queued', async () => {
    const all = (await list(owner.token, '?status=all')).json() as IssueList;
    const first = (await list(owner.token, '?status=all&limit=1')).json() as IssueList;
    expect(first.issues.map((i) => i.id)).toEqual([all.issues[0]?.id]);
    expect(first.nextCursor).toEqual(expect.any(String));
    const second = (
      await list(viewer.token, `?status=all&limit=1&cursor=${first.nextCursor}`)
    ).json() as IssueList;
    expect(second.issues.map((i) => i.id)).toEqual([all.issues[1]?.id]);

    const queue = new JobQueue(database.db, {
      maxAttempts: 3,
      leaseMs: 1000,
      backoffMs: 10,
      maxBackoffMs: 100,
    });
    const job = await queue.enqueue({ type: 'continuity', projectId });
    expect(((await list(owner.token)).json() as IssueList).status).toBe('running');
    await database.db.deleteFrom('jobs').where('id', '=', job.id).execute();
    expect(((await list(owner.token)).json() as IssueList).status).toBe('ready');
  });

  it('refuses bad input with a 400', async () => {
    for (const query of ['?status=closed', '?limit=0', '?limit=100000', '?cursor=not*a*cursor', '?x=1']) {
      const res = await list(owner.token, query);
      expect(res.statusCode, query).toBe(400);
    }
    // The allowed values named once, not "must be equal to constant" once per value.
    const badStatus = (await list(owner.token, '?status=closed')).json() as { error: { message: string } };
    expect(badStatus.error.message).toBe('querystring/status must be one of: open, dismissed, fixed, all');
    expect(errorCode(await list(owner.token, '?cursor=eDk'))).toBe('invalid_cursor');
  });

  it("hides another user's project, and needs a session", async () => {
    const res = await list(stranger.token);
    expect(res.statusCode).toBe(404);
    expect(errorCode(res)).toBe('project_not_found');
    expect((await list(owner.token, '', otherProjectId)).statusCode).toBe(404);
    expect((await api.call('GET', `/v1/api/projects/${projectId}/continuity`)).statusCode).toBe(401);
  });
});

describe('PATCH /projects/:projectId/continuity/:issueId', () => {
  const patch = (token: string, issueId: string, body: unknown, project = projectId) =>
    api.call('PATCH', `/v1/api/projects/${project}/continuity/${issueId}`, token, body);

  it('lets a writer dismiss an issue and keeps it dismissed after an edit and a re-run', async () => {
    const before = (await list(owner.token)).json() as IssueList;
    const eyes = before.issues.find((i) => i.kind === 'attribute') as Issue;
    const res = await patch(writer.token, eyes.id, { status: 'dismissed' });
    expect(res.statusCode).toBe(200);
    expect((res.json() as { issue: Issue }).issue).toMatchObject({ id: eyes.id, status: 'dismissed' });
    expect(((await list(owner.token)).json() as IssueList).issues.map((i) => i.id)).not.toContain(eyes.id);

    // The author edits the file (every offset moves) and it is ingested and checked again.
    const meta = await files.get(projectId, fileId, { paragraphs: false });
    await files.updateText(projectId, fileId, {
      content: `A Preface\n\nWritten in the winter.\n\n${BOOK}`,
      baseRevision: meta.revision,
    });
    // Until the file is ingested again, no quote that is no longer the text is answered.
    for (const issue of ((await list(owner.token, '?status=all')).json() as IssueList).issues) {
      const { text } = await files.text(projectId, fileId);
      for (const e of issue.evidence) expect(e.quote).toBe(text.slice(e.start, e.end));
    }
    const text = await ingest(projectId, fileId);
    await runCheck(projectId);
    const dismissed = (await list(owner.token, '?status=dismissed')).json() as IssueList;
    expect(dismissed.issues.map((i) => i.id)).toEqual([eyes.id]);
    const moved = dismissed.issues[0] as Issue;
    expect(moved.evidence[0]?.start).toBeGreaterThan(eyes.evidence[0]?.start as number);
    for (const e of moved.evidence) expect(e.quote).toBe(text.slice(e.start, e.end));
    expect(((await list(owner.token)).json() as IssueList).issues.map((i) => i.id)).not.toContain(eyes.id);

    // Marked fixed, then opened again.
    expect((await patch(owner.token, eyes.id, { status: 'fixed' })).statusCode).toBe(200);
    expect(((await list(owner.token, '?status=fixed')).json() as IssueList).issues.map((i) => i.id)).toEqual([
      eyes.id,
    ]);
    expect((await patch(owner.token, eyes.id, { status: 'open' })).statusCode).toBe(200);
    expect(((await list(owner.token)).json() as IssueList).issues.map((i) => i.id)).toContain(eyes.id);
  });

  it("refuses a viewer, another user's project, another project's issue and bad input", async () => {
    const mine = ((await list(owner.token)).json() as IssueList).issues[0] as Issue;
    const theirs = ((await list(stranger.token, '', otherProjectId)).json() as IssueList).issues[0] as Issue;
    expect(theirs.id).not.toBe(mine.id);

    const byViewer = await patch(viewer.token, mine.id, { status: 'dismissed' });
    expect(byViewer.statusCode).toBe(403);
    expect(errorCode(byViewer)).toBe('insufficient_access');
    const byStranger = await patch(stranger.token, mine.id, { status: 'dismissed' });
    expect(byStranger.statusCode).toBe(404);
    expect(errorCode(byStranger)).toBe('project_not_found');
    const crossed = await patch(owner.token, theirs.id, { status: 'dismissed' });
    expect(crossed.statusCode).toBe(404);
    expect(errorCode(crossed)).toBe('continuity_issue_not_found');
    expect((await patch(owner.token, 'f'.repeat(32), { status: 'fixed' })).statusCode).toBe(404);
    for (const body of [{ status: 'closed' }, {}, { status: 'fixed', extra: 1 }, { status: 3 }]) {
      expect((await patch(owner.token, mine.id, body)).statusCode, JSON.stringify(body)).toBe(400);
    }
    expect((await patch(owner.token, 'not-an-issue-id', { status: 'fixed' })).statusCode).toBe(400);
    expect((await api.call('PATCH', `/v1/api/projects/${projectId}/continuity/${mine.id}`)).statusCode).toBe(
      401,
    );
    // Nothing was written by any of these.
    const after = ((await list(owner.token, '?status=all')).json() as IssueList).issues;
    expect(after.find((i) => i.id === mine.id)?.status).toBe('open');
    const theirsAfter = ((await list(stranger.token, '?status=all', otherProjectId)).json() as IssueList)
      .issues;
    expect(theirsAfter.every((i) => i.status === 'open')).toBe(true);
  });
});

describe('POST /projects/:projectId/continuity/:issueId/opinion', () => {
  const ask = (token: string | undefined, issueId: string, project = projectId) =>
    api.call('POST', `/v1/api/projects/${project}/continuity/${issueId}/opinion`, token);
  const balance = async (token: string) =>
    (await api.call('GET', '/v1/api/billing/balance', token)).json() as Balance;
  /** The auth server's outbox opens the account with its grant shortly after sign-up. */
  const funded = (token: string) =>
    eventually(async () => {
      const b = await balance(token);
      return b.balance > 0 ? b : undefined;
    });

  it('asks the model about both passages, charges its cost and keeps its verdict beside the issue', async () => {
    // The writer asks and pays: both accounts must be open before the call.
    const [before] = await Promise.all([funded(owner.token), funded(writer.token)]);
    const listed = (await list(owner.token, '?status=all')).json() as IssueList;
    expect(listed.secondOpinion).toEqual({ model: 'test-model' });
    const eyes = listed.issues.find((i) => i.kind === 'attribute') as Issue;
    expect(eyes.opinion).toBeUndefined();
    model.reply =
      'VERDICT: contradiction\nMary has grey eyes in [1] and green eyes in [2]; nothing explains the change.';
    const seen = model.seen.length;

    const res = await ask(writer.token, eyes.id);
    expect(res.statusCode, res.body).toBe(200);
    const { issue } = res.json() as { issue: Issue };
    expect(issue.id).toBe(eyes.id);
    expect(issue.opinion).toMatchObject({
      verdict: 'contradiction',
      reasoning: 'Mary has grey eyes in [1] and green eyes in [2]; nothing explains the change.',
      model: 'test-model',
    });
    const cost = issue.opinion?.cost as number;
    expect(cost).toBeGreaterThan(0);
    // The model was sent the issue and every passage, marked, as data.
    expect(model.seen).toHaveLength(seen + 1);
    const sent = JSON.stringify(model.seen[seen]?.body.messages);
    expect(sent).toContain('VERDICT');
    for (const e of eyes.evidence) expect(sent).toContain(`«${e.quote}»`);
    expect(sent).toContain('<manuscript_passages>');

    // The writer paid exactly the cost; nothing stays held; the owner paid nothing.
    const writerAfter = await balance(writer.token);
    expect(writerAfter.held).toBe(0);
    const writerGrant = await api.call('GET', '/v1/api/billing/usage', writer.token);
    const usage = (writerGrant.json() as { usage: Array<{ charged: number; purpose: string }> }).usage;
    expect(usage.map((u) => [u.purpose, u.charged])).toEqual([['continuity', cost]]);
    expect(await balance(owner.token)).toEqual(before);

    // Shown with the issue to every reader of the project; asking again is neither a call nor a charge.
    const again = (await list(viewer.token, '?status=all')).json() as IssueList;
    expect(again.issues.find((i) => i.id === eyes.id)?.opinion).toEqual(issue.opinion);
    const repeat = await ask(owner.token, eyes.id);
    expect((repeat.json() as { issue: Issue }).issue.opinion).toEqual(issue.opinion);
    expect(model.seen).toHaveLength(seen + 1);
    expect(await balance(owner.token)).toEqual(before);
  });

  it('releases the hold when the model fails, and stores nothing', async () => {
    const death = ((await list(owner.token, '?status=all')).json() as IssueList).issues.find(
      (i) => i.kind === 'after_death',
    ) as Issue;
    const before = await funded(owner.token);
    model.failFirst = [500];
    const res = await ask(owner.token, death.id);
    expect(res.statusCode).toBe(503);
    expect(errorCode(res)).toBe('model_unavailable');
    expect(await balance(owner.token)).toEqual({ ...before, held: 0 });
    const after = ((await list(owner.token, '?status=all')).json() as IssueList).issues;
    expect(after.find((i) => i.id === death.id)?.opinion).toBeUndefined();

    // A reply without a verdict line is kept as unsure, with its words.
    model.reply = 'It is hard to say from these passages alone.';
    const unsure = (await ask(owner.token, death.id)).json() as { issue: Issue };
    expect(unsure.issue.opinion).toMatchObject({
      verdict: 'unsure',
      reasoning: 'It is hard to say from these passages alone.',
    });
    expect((await balance(owner.token)).balance).toBe(
      before.balance - (unsure.issue.opinion?.cost as number),
    );
  });

  it("refuses a viewer, another user's project, another project's issue and bad ids; charges none of them", async () => {
    const mine = ((await list(owner.token, '?status=all')).json() as IssueList).issues[0] as Issue;
    const theirs = ((await list(stranger.token, '', otherProjectId)).json() as IssueList).issues[0] as Issue;
    const seen = model.seen.length;
    const byViewer = await ask(viewer.token, mine.id);
    expect(byViewer.statusCode).toBe(403);
    expect(errorCode(byViewer)).toBe('insufficient_access');
    const byStranger = await ask(stranger.token, mine.id);
    expect(byStranger.statusCode).toBe(404);
    expect(errorCode(byStranger)).toBe('project_not_found');
    const crossed = await ask(owner.token, theirs.id);
    expect(crossed.statusCode).toBe(404);
    expect(errorCode(crossed)).toBe('continuity_issue_not_found');
    expect((await ask(owner.token, 'f'.repeat(32))).statusCode).toBe(404);
    expect((await ask(owner.token, 'not-an-issue-id')).statusCode).toBe(400);
    expect((await ask(owner.token, mine.id, 'bad*id')).statusCode).toBe(400);
    expect((await ask(undefined, mine.id)).statusCode).toBe(401);
    expect(model.seen).toHaveLength(seen);
    expect((await balance(viewer.token)).held).toBe(0);
  });

  it('without a model configured, the list is as before and no opinion can be asked for', async () => {
    const offline = await buildApp({ ...api.env, CHAT_PROVIDER: 'extractive' });
    await offline.ready();
    try {
      const headers = { authorization: `Bearer ${owner.token}` };
      const listed = await offline.inject({
        method: 'GET',
        url: `/v1/api/projects/${projectId}/continuity?status=all`,
        headers,
      });
      const body = listed.json() as IssueList;
      expect(body).not.toHaveProperty('secondOpinion');
      const issue = body.issues[0] as Issue;
      const res = await offline.inject({
        method: 'POST',
        url: `/v1/api/projects/${projectId}/continuity/${issue.id}/opinion`,
        headers,
      });
      expect(res.statusCode).toBe(409);
      expect(errorCode(res)).toBe('model_not_configured');
    } finally {
      await offline.close();
    }
  });
});

describe('GET /projects/:projectId/entities/:entityId/facts', () => {
  const facts = (token: string, entityId: string, query = '', project = projectId) =>
    api.call('GET', `/v1/api/projects/${project}/entities/${entityId}/facts${query}`, token);

  it("answers an entity's facts with their passages, and canon as of a chapter", async () => {
    const mary = (await graph.listEntities(projectId)).find((e) => e.name.includes('Mary'));
    expect(mary).toBeDefined();
    const id = mary?.id as string;
    const all = await facts(viewer.token, id);
    expect(all.statusCode).toBe(200);
    const body = all.json() as {
      entity: { entityId: string; name: string };
      asOfChapter: number | null;
      facts: Array<{ kind: string; value: string; voice: string; evidence: Issue['evidence'][number] }>;
    };
    expect(body.entity).toEqual({ entityId: id, name: mary?.name });
    expect(body.asOfChapter).toBeNull();
    const eyes = body.facts.filter((f) => f.kind === 'eyes');
    expect(eyes.map((f) => [f.value, f.evidence.chapter])).toEqual([
      ['grey', 1],
      ['green', 2],
    ]);
    const { text } = await files.text(projectId, fileId);
    for (const f of body.facts) expect(f.evidence.quote).toBe(text.slice(f.evidence.start, f.evidence.end));
    expect(body.facts.some((f) => f.kind === ('act' as string))).toBe(false);

    const early = (await facts(owner.token, id, '?asOfChapter=1')).json() as typeof body;
    expect(early.asOfChapter).toBe(1);
    expect(early.facts.filter((f) => f.kind === 'eyes').map((f) => f.value)).toEqual(['grey']);
  });

  it('refuses an unknown entity, another project, and bad input', async () => {
    const mary = (await graph.listEntities(projectId)).find((e) => e.name.includes('Mary'));
    const id = mary?.id as string;
    const unknown = await facts(owner.token, '00000000-0000-4000-8000-000000000000');
    expect(unknown.statusCode).toBe(404);
    expect(errorCode(unknown)).toBe('entity_not_found');
    expect((await facts(stranger.token, id)).statusCode).toBe(404);
    // The entity id of one project is no entity of another.
    expect((await facts(stranger.token, id, '', otherProjectId)).statusCode).toBe(404);
    for (const query of ['?asOfChapter=0', '?asOfChapter=x', '?asOfChapter=1.5', '?other=1']) {
      expect((await facts(owner.token, id, query)).statusCode, query).toBe(400);
    }
    expect((await api.call('GET', `/v1/api/projects/${projectId}/entities/${id}/facts`)).statusCode).toBe(
      401,
    );
  });
});

describe('facts the check keeps to itself', () => {
  // A limb's loss and its later use are facts the check weighs against each other, not facts of
  // the API's view: the issue is listed, the facts route leaves both out.
  const LIMBS = `Chapter 1\n\n${FILLER(PEOPLE)}\n\nThomas Hale had lost his left arm at sea.\n\nChapter 2\n\n${FILLER(['Thomas', 'Thomas'])}\n\nThomas Hale waved his left arm at the coach.\n`;
  let limbs: string;

  beforeAll(async () => {
    const created = await api.call('POST', '/v1/api/projects', owner.token, { name: 'Limbs' });
    limbs = (created.json() as { project: { id: string } }).project.id;
    const meta = await files.upload(limbs, { filename: 'limbs.txt', data: Buffer.from(LIMBS) });
    await ingest(limbs, meta.id);
    await runCheck(limbs);
  }, 120_000);

  it('lists the use after the loss, and answers neither the loss nor the use as a fact', async () => {
    const issues = ((await list(owner.token, '?status=all', limbs)).json() as IssueList).issues;
    const thomas = (await graph.listEntities(limbs)).find((e) => e.name.includes('Thomas'));
    expect(issues.map((i) => i.summary)).toContain(
      `${thomas?.name} loses the left arm in Chapter 1 but uses the left arm in Chapter 2.`,
    );
    expect(thomas).toBeDefined();
    const res = await api.call('GET', `/v1/api/projects/${limbs}/entities/${thomas?.id}/facts`, owner.token);
    expect(res.statusCode).toBe(200);
    const kinds = (res.json() as { facts: Array<{ kind: string }> }).facts.map((f) => f.kind);
    expect(kinds.every((k) => FACT_VIEW_KINDS.some((v) => v === k))).toBe(true);
    expect(kinds).not.toContain('loss');
    expect(kinds).not.toContain('use');
  });
});

describe('a series: two files arranged as two books', () => {
  // Uploaded in the opposite order to the books', so reading order is the books' and not the upload's.
  const DUSK = `Chapter 1\n\n${FILLER(PEOPLE)}\n\nMary Benson had blue eyes.\n\nChapter 2\n\n${FILLER(['Mary', 'Mary'])}\n\nMary Benson walked home.\n`;
  const DAWN = `Chapter 1\n\n${FILLER(PEOPLE)}\n\nMary Benson had green eyes.\n`;
  let series: string;
  let dawn: string;
  let dusk: string;
  const facts = (token: string, entityId: string, query = '') =>
    api.call('GET', `/v1/api/projects/${series}/entities/${entityId}/facts${query}`, token);
  const eyes = (res: { json(): unknown }) =>
    (res.json() as { facts: Array<{ kind: string; value: string; evidence: { fileId: string } }> }).facts
      .filter((f) => f.kind === 'eyes')
      .map((f) => [f.value, f.evidence.fileId]);

  beforeAll(async () => {
    const created = await api.call('POST', '/v1/api/projects', owner.token, { name: 'Series' });
    series = (created.json() as { project: { id: string } }).project.id;
    await api.share(owner.token, series, viewer, 'read');
    dusk = (await files.upload(series, { filename: 'dusk.txt', data: Buffer.from(DUSK) })).id;
    dawn = (await files.upload(series, { filename: 'dawn.txt', data: Buffer.from(DAWN) })).id;
    await ingest(series, dusk);
    await ingest(series, dawn);
    const arranged = await api.call('PUT', `/v1/api/projects/${series}/books`, owner.token, {
      books: [
        { title: 'Dawn', fileIds: [dawn] },
        { title: 'Dusk', fileIds: [dusk] },
      ],
    });
    expect(arranged.statusCode).toBe(200);
    await runCheck(series);
  }, 120_000);

  it('finds one issue across the books, citing both files in book order and naming the books', async () => {
    const body = (await list(owner.token, '?status=all', series)).json() as IssueList;
    const found = body.issues.filter((i) => i.kind === 'attribute' && /green/.test(i.summary));
    expect(found).toHaveLength(1);
    const issue = found[0] as Issue;
    expect(issue.entity?.name).toMatch(/Mary/);
    expect(issue.evidence.map((e) => e.fileId)).toEqual([dawn, dusk]);
    expect(issue.summary).toMatch(/green.*Dawn \(book 1\), Chapter 1.*blue.*Dusk \(book 2\), Chapter 1/);
    for (const e of issue.evidence) {
      const { text } = await files.text(series, e.fileId);
      expect(e.quote).toBe(text.slice(e.start, e.end));
    }
  });

  it("answers an entity's facts in book order, and canon as of a book's chapter", async () => {
    const mary = (await graph.listEntities(series)).find((e) => e.name.includes('Mary'));
    const id = mary?.id as string;
    expect(eyes(await facts(viewer.token, id))).toEqual([
      ['green', dawn],
      ['blue', dusk],
    ]);
    const first = await facts(viewer.token, id, '?asOfBook=1');
    expect((first.json() as { asOfBook: number | null }).asOfBook).toBe(1);
    expect(eyes(first)).toEqual([['green', dawn]]);
    expect(eyes(await facts(viewer.token, id, '?asOfBook=2&asOfChapter=1'))).toEqual([
      ['green', dawn],
      ['blue', dusk],
    ]);
    // Without a book, a chapter number is each file's own.
    expect(eyes(await facts(viewer.token, id, '?asOfChapter=1'))).toHaveLength(2);
    const unknown = await facts(viewer.token, id, '?asOfBook=3');
    expect(unknown.statusCode).toBe(404);
    expect(errorCode(unknown)).toBe('book_not_found');
    for (const query of ['?asOfBook=0', '?asOfBook=x', '?asOfBook=201'])
      expect((await facts(viewer.token, id, query)).statusCode, query).toBe(400);
    expect((await facts(stranger.token, id, '?asOfBook=1')).statusCode).toBe(404);
  });
});

describe('ages weighed against the years the text dates', () => {
  const DATED = `Chapter 1\n\n${FILLER(PEOPLE)}\n\nIn the spring of 1887 Mary Benson came to the village. Mary Benson was nine years old.\n\nChapter 2\n\n${FILLER(['Mary', 'Mary'])}\n\nIn the winter of 1890 the mill burned. Mary Benson was fifteen years old.\n`;
  let dated: string;

  beforeAll(async () => {
    const created = await api.call('POST', '/v1/api/projects', owner.token, { name: 'Dated' });
    dated = (created.json() as { project: { id: string } }).project.id;
    const meta = await files.upload(dated, { filename: 'dated.txt', data: Buffer.from(DATED) });
    await ingest(dated, meta.id);
    await runCheck(dated);
  }, 120_000);

  it('flags six years older in three, citing both ages and both dates at their offsets', async () => {
    const body = (await list(owner.token, '?status=all', dated)).json() as IssueList;
    const found = body.issues.filter((i) => i.kind === 'attribute' && /1887/.test(i.summary));
    expect(found.map((i) => i.summary)).toEqual([
      expect.stringMatching(
        /^Mary( Benson)? is 9 in 1887 \(Chapter 1\) but 15 in 1890 \(Chapter 2\), 3 years later\.$/,
      ),
    ]);
    const evidence = (found[0] as Issue).evidence;
    expect(evidence.map((e) => e.quote)).toEqual([
      'In the spring of 1887 Mary Benson came to the village.',
      'Mary Benson was nine years old',
      'In the winter of 1890 the mill burned.',
      'Mary Benson was fifteen years old',
    ]);
    const { text } = await files.text(dated, evidence[0]?.fileId ?? '');
    for (const e of evidence) expect(e.quote).toBe(text.slice(e.start, e.end));
  });
});
