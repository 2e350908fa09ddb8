/**
 * The Story page in a real browser (Debian's Chromium through playwright-core) against the whole
 * stack as `npm start` runs it, the frontend's production server in front. An author's diary-form
 * manuscript (eval/story/hollin-farm.txt: a notebook and a letter in two chapters) is uploaded and
 * ingested; the page shows its chapters as a strip and a table, who is where, the timeline in both
 * orders, and lets the author set a chapter's narrator. A second manuscript (a winter notebook)
 * makes a series of two books: the page shows the series' timeline with each event's book, the
 * story bible's sheet the mentions per book, and the chat asks about one book. Every screen is saved
 * under test-artifacts/story/ and checked with axe-core (no serious or critical violations).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { eventually } from '@george/runtime/testing';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type BrowserSuite, startBrowserSuite } from './browser.js';
import { REPO_ROOT } from './harness.js';

const DIARY = join(REPO_ROOT, 'eval/story/hollin-farm.txt');
const AUTHOR = { email: 'diarist@example.com', password: 'author-password-1', name: 'Edith' };
// Book 2: a winter notebook, a date (with its year) before everything of book 1, and a fact about
// Aunt Ruth stated only in its second chapter.
const WINTER = [
  'Chapter 1',
  'FROM THE NOTEBOOK OF EDITH MARLOW',
  'Monday, 1 January 1912.--Hollin Farm under snow. Aunt Ruth and I sat up for the New Year by the kitchen fire.',
  '2 January.--Uncle Amos read out the old ledger, where the first cheese was sold at Kelby on 4 June 1910.',
  'Chapter 2',
  '9 January.--George went back to town on the carrier. Aunt Ruth cried at the gate and then baked all afternoon.',
  'Aunt Ruth had grey eyes like her mother.',
].join('\n\n');

let suite: BrowserSuite;
let page: Page;
let projectId = '';
let fileId = '';
let token = '';

const call = (bearer: string, method: string, path: string, body?: unknown) =>
  suite.request(bearer, method, path, body);
const screen = (name: string) => suite.screen(page, name, { fullPage: true });

async function uploadAndIngest(name: string, body: Buffer<ArrayBuffer> | string): Promise<string> {
  const form = new FormData();
  form.append('file', new Blob([body], { type: 'text/plain' }), name);
  const upload = await call(token, 'POST', `/v1/api/projects/${projectId}/files`, form);
  expect(upload.status).toBe(202);
  const uploaded = (await upload.json()) as { jobId: string; file: { id: string } };
  const job = await eventually(
    async () => {
      const { job: j } = (await (await call(token, 'GET', `/v1/api/jobs/${uploaded.jobId}`)).json()) as {
        job: { status: string };
      };
      return j.status === 'succeeded' || j.status === 'failed' ? j : undefined;
    },
    180_000,
    250,
  );
  expect(job.status).toBe('succeeded');
  return uploaded.file.id;
}

beforeAll(async () => {
  suite = await startBrowserSuite('story');
  await suite.register(AUTHOR, 'author');
  token = await suite.login(AUTHOR);
  const project = await call(token, 'POST', '/v1/api/projects', { name: 'Hollin Farm' });
  projectId = ((await project.json()) as { project: { id: string } }).project.id;
  fileId = await uploadAndIngest('hollin-farm.txt', readFileSync(DIARY));

  page = await suite.signIn(AUTHOR);
}, 300_000);

afterAll(async () => {
  await suite?.stop();
});

describe('the Story page', () => {
  it('shows the chapters as a strip and a table, who is where, and the timeline in both orders', async () => {
    // What the page must show: the API's answer for the file.
    const { chapters } = (await (
      await call(token, 'GET', `/v1/api/projects/${projectId}/chapters?fileId=${fileId}`)
    ).json()) as {
      chapters: Array<{ pov: string; narrators: Array<{ name: string }>; focal: { name: string } | null }>;
    };
    const { events } = (await (
      await call(token, 'GET', `/v1/api/projects/${projectId}/timeline?fileId=${fileId}`)
    ).json()) as {
      events: Array<{
        narrativeOrder: number;
        storyOrder: number;
        when: { text: string; date: string | null };
      }>;
    };
    expect(chapters.length).toBeGreaterThanOrEqual(2);
    const shown = (e: (typeof events)[number]) => e.when.date ?? e.when.text;
    const byStory = [...events].sort((a, b) => a.storyOrder - b.storyOrder);

    await page.getByRole('link', { name: 'Hollin Farm', exact: true }).click();
    await page.getByRole('link', { name: 'Story', exact: true }).click();
    await page.getByRole('heading', { name: 'The shape of the story' }).waitFor();
    await page.getByRole('heading', { name: 'Chapters' }).waitFor();
    const table = page.getByRole('table', { name: /Chapters with their length/ });
    await table.waitFor();
    const rows = table.locator('tbody tr');
    expect(await rows.count()).toBe(chapters.length);
    const one = chapters[0];
    const voice =
      one?.narrators[0]?.name ??
      (one?.pov !== 'third' ? 'an unnamed narrator' : (one.focal?.name ?? 'no single voice'));
    expect(await rows.first().textContent()).toContain(voice);
    // The strip: one bar (and its dialogue part) per chapter.
    expect(await page.locator('.story-strip rect.voice').count()).toBe(chapters.length);
    const heat = page.getByRole('table', { name: /Mentions of each character/ });
    await heat.getByRole('rowheader').first().waitFor();
    await screen('01-story');

    const told = page.locator('.story-timeline li strong');
    expect(await told.count()).toBe(Math.min(300, events.length));
    expect(await told.first().textContent()).toBe(shown(events[0] as (typeof events)[number]));
    await page.getByLabel('As it happened').check();
    await expect.poll(() => told.first().textContent()).toBe(shown(byStory[0] as (typeof events)[number]));
    await screen('02-timeline-story-order');
  }, 120_000);

  it("sets a chapter's narrator, and takes it back", async () => {
    const select = page.getByLabel(/Narrator of Chapter 2/);
    await select.selectOption({ label: 'No narrator (third person)' });
    const row = page
      .getByRole('table', { name: /Chapters with their length/ })
      .locator('tbody tr')
      .nth(1);
    await row.getByText('set by the author').waitFor();
    await expect.poll(() => row.textContent()).toMatch(/third person/);
    await screen('03-narrator-set');
    await page.getByLabel(/Narrator of Chapter 2/).selectOption({ label: 'As the text tells it' });
    await row.getByText('set by the author').waitFor({ state: 'detached' });
    expect(suite.problems).toEqual([]);
  }, 60_000);

  it('puts the manuscript into the first book of a series', async () => {
    await page.getByLabel('Title of book 1').fill('The Hollin Farm Notebooks');
    await page.getByLabel('Book of hollin-farm.txt').selectOption({ label: 'The Hollin Farm Notebooks' });
    await page.getByRole('button', { name: 'Save the books' }).click();
    const books = page.getByRole('table', { name: 'The books of the series' });
    await books.getByRole('cell', { name: 'The Hollin Farm Notebooks' }).waitFor();
    expect(await books.locator('tbody tr').first().textContent()).toContain('hollin-farm.txt');
    const { books: stored } = (await (
      await call(token, 'GET', `/v1/api/projects/${projectId}/books`)
    ).json()) as {
      books: Array<{ number: number; title: string; fileIds: string[] }>;
    };
    expect(stored).toMatchObject([{ number: 1, title: 'The Hollin Farm Notebooks', fileIds: [fileId] }]);
    await screen('04-series');
    expect(suite.problems).toEqual([]);
  }, 60_000);

  it("a second book: the series timeline names each event's book, dated events in date order across books", async () => {
    const winter = await uploadAndIngest('winter.txt', WINTER);
    await page.reload();
    await page.getByLabel('Title of book 2').fill('Winter at Hollin');
    await page.getByLabel('Book of winter.txt').selectOption({ label: 'Winter at Hollin' });
    await page.getByRole('button', { name: 'Save the books' }).click();
    const books = page.getByRole('table', { name: 'The books of the series' });
    await books.getByRole('cell', { name: 'Winter at Hollin' }).waitFor();

    const { events } = (await (
      await call(token, 'GET', `/v1/api/projects/${projectId}/timeline`)
    ).json()) as {
      events: Array<{
        fileId: string;
        narrativeOrder: number;
        storyOrder: number;
        when: { text: string; date: string | null };
      }>;
    };
    const byStory = [...events].sort((a, b) => a.storyOrder - b.storyOrder);
    // The winter notebook's 4 June 1910 happens before anything of book 1.
    expect(byStory[0]?.fileId).toBe(winter);
    expect(byStory[0]?.when.date).toBe('1910-06-04');
    const region = page.getByRole('region', { name: 'Timeline of the series' });
    const items = region.locator('.story-timeline li');
    await items.first().waitFor();
    expect(await items.count()).toBe(events.length);
    expect(await items.first().textContent()).toContain('Book 1, The Hollin Farm Notebooks');
    expect(await items.last().textContent()).toContain('Book 2, Winter at Hollin');
    await region.getByLabel('As it happened').check();
    await expect.poll(() => items.first().textContent()).toContain('1910-06-04');
    expect(await items.first().textContent()).toContain('Book 2, Winter at Hollin');
    await region.scrollIntoViewIfNeeded();
    await screen('05-series-timeline');
    expect(suite.problems).toEqual([]);
  }, 300_000);

  it("the story bible's sheet shows a character's mentions per book", async () => {
    const { entities } = (await (
      await call(token, 'GET', `/v1/api/projects/${projectId}/entities?q=Ruth`)
    ).json()) as { entities: Array<{ id: string; name: string }> };
    const ruth = entities[0];
    expect(ruth).toBeDefined();
    await page.goto(`${suite.app}/projects/${projectId}/bible/entity/${ruth?.id}`);
    const section = page.getByRole('region', { name: 'In the books of the series' });
    await section.waitFor();
    expect(await section.locator('li').allTextContents()).toEqual([
      expect.stringMatching(/^Book 1, The Hollin Farm Notebooks: \d+ mentions?$/),
      expect.stringMatching(/^Book 2, Winter at Hollin: \d+ mentions?$/),
    ]);
    await screen('06-entity-books');
    expect(suite.problems).toEqual([]);
  }, 60_000);

  it("the sheet's facts as of a book of the series, or a chapter of a book", async () => {
    const facts = page.getByRole('list', { name: 'Facts with their passages' });
    await facts.getByText('grey eyes').waitFor();
    const asOf = page.getByLabel('As of');
    await asOf.selectOption({ label: 'the end of book 1' });
    await page.getByText('None by the end of book 1.').waitFor();
    await asOf.selectOption({ label: 'book 2, chapter 1' });
    await page.getByText('None by book 2, chapter 1.').waitFor();
    await asOf.selectOption({ label: 'book 2, chapter 2' });
    await facts.getByText('grey eyes').waitFor();
    await screen('06b-entity-facts-as-of-book');
    expect(suite.problems).toEqual([]);
  }, 60_000);

  it('the chat asks about one book: every source is book 2’s and says so', async () => {
    await page.goto(`${suite.app}/projects/${projectId}/chat`);
    await page.getByLabel('Ask about').selectOption({ label: 'Book 2: Winter at Hollin' });
    await page.getByLabel('Your question').fill('What did Aunt Ruth do?');
    await page.getByRole('button', { name: 'Ask' }).click();
    const sources = page.getByRole('list', { name: 'Sources' }).locator('li');
    await sources.first().waitFor({ timeout: 60_000 });
    const texts = await sources.allTextContents();
    expect(texts.length).toBeGreaterThan(0);
    for (const t of texts) expect(t).toContain('Book 2, Winter at Hollin');
    await screen('07-chat-one-book');
    expect(suite.problems).toEqual([]);
  }, 120_000);
});
