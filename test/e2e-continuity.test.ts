/**
 * The Continuity page in a real browser (Debian's Chromium through playwright-core) against the
 * whole stack as `npm start` runs it, the frontend's production server in front. A manuscript that
 * contradicts itself (grey eyes then green; a man who comes to the door after his death) is
 * uploaded; its ingestion queues the continuity check, and the page lists the issues with their
 * passages side by side. The author dismisses one (it moves to Dismissed), opens it again, and
 * follows a passage into the reader; an entity's sheet shows its facts as of a chapter; with a model
 * configured (a local server speaking the OpenAI API, real billing), the author asks it for a second
 * opinion on an issue, shown apart with its cost. Once a second manuscript is chosen in the file picker,
 * each passage names its file. A reader of the project sees the issues without the buttons.
 * Every screen is saved under test-artifacts/continuity/ and checked with axe-core (no serious or
 * critical violations).
 */
import { eventually } from '@george/runtime/testing';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FakeModelServer, fakeOpenAI } from '../services/backend/test/support/fakes/model-servers.js';
import { type BrowserSuite, startBrowserSuite } from './browser.js';

const AUTHOR = { email: 'continuity@example.com', password: 'author-password-1', name: 'Mary Author' };
const READER = { email: 'continuity-reader@example.com', password: 'reader-password-1', name: 'Rita Reader' };

const FILLER = (names: string[]) =>
  names
    .map((n) => `${n} walked along the road to the village and spoke with the miller about the weather.`)
    .join('\n\n');
const PEOPLE = ['Mary Benson', 'Mary', 'Thomas Hale', 'Thomas', 'Mr. Hale', 'Mary', 'Thomas', 'Mary'];
const BOOK = `Chapter 1\n\n${FILLER(PEOPLE)}\n\nMary Benson had grey eyes. Thomas Hale died in the spring.\n\nChapter 2\n\n${FILLER(['Mary', 'Mary'])}\n\nThomas Hale came to the door. Mary's green eyes were wet.\n`;

/** A second manuscript with people of its own, so the project's issues must say which file. */
const SECOND_BOOK = `Chapter 1\n\n${FILLER(['Ada Crane', 'Ada', 'Ada Crane', 'Ada'])}\n\nAda Crane kept the mill on the river road.\n`;

interface Issue {
  id: string;
  kind: string;
  summary: string;
  evidence: Array<{ fileId: string; start: number; end: number; quote: string }>;
}

/** One credit a token in and out. */
const PRICES = JSON.stringify({ 'test-model': { inputPerMillion: 1_000_000, outputPerMillion: 1_000_000 } });

let model: FakeModelServer;
let suite: BrowserSuite;
let page: Page;
let projectId = '';
let token = '';
const call = (bearer: string, method: string, path: string, body?: unknown) =>
  suite.request(bearer, method, path, body);
const screen = (name: string) => suite.screen(page, name, { fullPage: true });

/** The open issues as the API answers them, once the check after the ingestion has run. */
async function openIssues(): Promise<Issue[]> {
  const body = (await (await call(token, 'GET', `/v1/api/projects/${projectId}/continuity`)).json()) as {
    status: string;
    issues: Issue[];
  };
  return body.issues;
}

beforeAll(async () => {
  model = await fakeOpenAI();
  model.reply =
    'VERDICT: contradiction\nPassages [1] and [2] cannot both be true, and nothing in the text explains the change.';
  suite = await startBrowserSuite('continuity', {
    env: {
      billing: { BILLING_PRICES: PRICES },
      backend: {
        CHAT_PROVIDER: 'openai',
        OPENAI_BASE_URL: `${model.url}/v1`,
        OPENAI_MODEL: 'test-model',
        MODEL_MAX_RETRIES: '0',
      },
    },
  });
  await suite.register(AUTHOR, 'author');
  await suite.register(READER, 'guest');
  token = await suite.login(AUTHOR);
  const project = await call(token, 'POST', '/v1/api/projects', { name: 'Hale Farm' });
  projectId = ((await project.json()) as { project: { id: string } }).project.id;
  // Shared by invitation: the reader accepts it.
  const invited = await call(token, 'POST', `/v1/api/projects/${projectId}/invitations`, {
    email: READER.email,
    level: 'read',
  });
  expect(invited.status).toBe(201);
  const { invitation } = (await invited.json()) as { invitation: { id: string } };
  const reader = await suite.login(READER);
  expect((await call(reader, 'POST', `/v1/api/invitations/${invitation.id}/accept`)).status).toBe(200);
  const form = new FormData();
  form.append('file', new Blob([BOOK], { type: 'text/plain' }), 'hale-farm.txt');
  const upload = await call(token, 'POST', `/v1/api/projects/${projectId}/files`, form);
  expect(upload.status).toBe(202);
  // The ingestion, then the continuity check it queues.
  const ready = await eventually(
    async () => {
      const res = await call(token, 'GET', `/v1/api/projects/${projectId}/continuity`);
      const body = (await res.json()) as { status: string; issues: Issue[] };
      return body.status === 'ready' && body.issues.length > 0 ? body : undefined;
    },
    180_000,
    250,
  );
  expect(ready.issues.length).toBeGreaterThanOrEqual(2);
  page = await suite.signIn(AUTHOR);
}, 300_000);

afterAll(async () => {
  await suite?.stop();
  await model?.close();
});

describe('the Continuity page', () => {
  it('lists the issues most confident first, each with its passages side by side', async () => {
    const issues = await openIssues();
    await page.getByRole('link', { name: 'Hale Farm', exact: true }).click();
    await page.getByRole('link', { name: 'Continuity', exact: true }).click();
    await page.getByRole('heading', { name: 'Continuity', level: 2 }).waitFor();
    const list = page.getByRole('list', { name: 'Continuity issues' });
    await list.waitFor();
    const cards = list.locator('article');
    expect(await cards.count()).toBe(issues.length);
    // The order and the words of the API's answer.
    expect(await cards.locator('h3').allTextContents()).toEqual(issues.map((i) => i.summary));
    const first = cards.first();
    const passages = first.getByRole('list', { name: 'Passages that disagree' }).getByRole('link');
    expect(await passages.count()).toBe(issues[0]?.evidence.length);
    for (const [n, e] of (issues[0]?.evidence ?? []).entries()) {
      expect(await passages.nth(n).textContent()).toContain(`“${e.quote}”`);
    }
    await screen('01-continuity');
  }, 60_000);

  it('dismisses an issue, shows it under Dismissed, and opens it again', async () => {
    const issues = await openIssues();
    const target = issues[0] as Issue;
    const card = page.locator('article', { has: page.getByRole('heading', { name: target.summary }) });
    await card.getByRole('button', { name: 'Dismiss' }).click();
    await card.waitFor({ state: 'detached' });
    expect((await openIssues()).map((i) => i.id)).not.toContain(target.id);
    await page.getByLabel('Dismissed').check();
    const dismissed = page.locator('article', { has: page.getByRole('heading', { name: target.summary }) });
    await dismissed.getByText(/dismissed/).waitFor();
    await screen('02-dismissed');
    await dismissed.getByRole('button', { name: 'Reopen' }).click();
    await page.getByText('Nothing here').waitFor();
    await page.getByLabel('Open', { exact: true }).check();
    await page.getByRole('heading', { name: target.summary }).waitFor();
    expect((await openIssues()).map((i) => i.id)).toContain(target.id);
  }, 60_000);

  it('opens a passage in the reader', async () => {
    const [issue] = await openIssues();
    const e = issue?.evidence[0] as Issue['evidence'][number];
    await page
      .getByRole('link', { name: new RegExp(`${e.quote.slice(0, 12)}`) })
      .first()
      .click();
    await page.waitForURL(new RegExp(`/manuscripts/${e.fileId}\\?start=${e.start}&end=${e.end}$`));
    await page.locator('.prose').waitFor();
    await screen('03-reader');
  }, 60_000);

  it("shows an entity's facts on its sheet, and canon as of a chapter", async () => {
    const { entities } = (await (
      await call(token, 'GET', `/v1/api/projects/${projectId}/entities?q=Mary&type=character`)
    ).json()) as { entities: Array<{ id: string; name: string }> };
    const mary = entities[0] as { id: string; name: string };
    await page.goto(`${suite.app}/projects/${projectId}/bible/entity/${mary.id}`);
    const facts = page.getByRole('list', { name: 'Facts with their passages' });
    await facts.getByText('grey eyes').waitFor();
    await facts.getByText('green eyes').waitFor();
    await screen('04-entity-facts');
    await page.getByLabel('As of').selectOption({ label: 'chapter 1' });
    await facts.getByText('green eyes').waitFor({ state: 'detached' });
    await facts.getByText('grey eyes').waitFor();
  }, 60_000);

  it("asks the model for a second opinion, shown apart from the check with the model's name and cost", async () => {
    const balance = async () =>
      ((await (await call(token, 'GET', '/v1/api/billing/balance')).json()) as { balance: number }).balance;
    const before = await balance();
    await page.goto(`${suite.app}/projects/${projectId}/continuity`);
    const card = page.getByRole('list', { name: 'Continuity issues' }).locator('article').first();
    await card.waitFor();
    await card.getByRole('button', { name: /Ask test-model for a second opinion \(costs credits\)/ }).click();
    const opinion = card.getByRole('complementary', { name: /Model's second opinion: A contradiction/ });
    await opinion.waitFor();
    const [issue] = await openIssues();
    const cost = (issue as Issue & { opinion?: { cost: number } }).opinion?.cost as number;
    expect(cost).toBeGreaterThan(0);
    expect(await opinion.textContent()).toContain('Passages [1] and [2] cannot both be true');
    expect(await opinion.textContent()).toContain(`test-model · ${cost} credits`);
    expect(await balance()).toBe(before - cost);
    // Asked once: the button is gone.
    expect(await card.getByRole('button', { name: /second opinion/ }).count()).toBe(0);
    await screen('05-second-opinion');
  }, 60_000);

  it('names the manuscript of each passage once the project holds a second one', async () => {
    await page.goto(`${suite.app}/projects/${projectId}/manuscripts`);
    // Chosen in the file picker, as an author adds a second book of the series.
    await page.getByLabel('choose files').setInputFiles({
      name: 'mill-road.txt',
      mimeType: 'text/plain',
      buffer: Buffer.from(SECOND_BOOK),
    });
    await page.getByText('Read and added to the story bible.').waitFor({ timeout: 120_000 });
    await page.getByRole('link', { name: 'Continuity', exact: true }).click();
    const passages = page
      .getByRole('list', { name: 'Continuity issues' })
      .getByRole('list', { name: 'Passages that disagree' })
      .getByRole('link');
    // "chapter 1" alone no longer says which of the two manuscripts.
    await passages
      .filter({ hasText: /— hale-farm\.txt, chapter \d+, open in the reader/ })
      .first()
      .waitFor();
    for (const passage of await passages.all()) {
      expect(await passage.textContent()).toMatch(
        /— (hale-farm|mill-road)\.txt, (chapter \d+|the text), open in the reader/,
      );
    }
    await screen('06-continuity-two-manuscripts');
  }, 180_000);

  it('shows a reader the issues without the buttons that change them', async () => {
    const reader = await suite.signIn(READER);
    await reader.goto(`${suite.app}/projects/${projectId}/continuity`);
    const list = reader.getByRole('list', { name: 'Continuity issues' });
    await list.locator('article').first().waitFor();
    expect(await list.getByRole('button').count()).toBe(0);
    await reader.close();
    expect(suite.problems).toEqual([]);
  }, 60_000);
});
