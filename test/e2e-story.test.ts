/**
 * The Story page in a real browser (Debian's Chromium through playwright-core) against the whole
 * stack as `npm start` runs it, the frontend's production server in front. An author's diary-form
 * manuscript (eval/story/hollin-farm.txt: a notebook and a letter in two chapters) is uploaded and
 * ingested; the page shows its chapters as a strip and a table, who is where, the timeline in both
 * orders, and lets the author set a chapter's narrator. Every screen is saved under
 * test-artifacts/story/ and checked with axe-core (no serious or critical violations).
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

let suite: BrowserSuite;
let page: Page;
let projectId = '';
let fileId = '';
let token = '';
const call = (bearer: string, method: string, path: string, body?: unknown) =>
  suite.request(bearer, method, path, body);
const screen = (name: string) => suite.screen(page, name, { fullPage: true });

beforeAll(async () => {
  suite = await startBrowserSuite('story');
  await suite.register(AUTHOR, 'author');
  token = await suite.login(AUTHOR);
  const project = await call(token, 'POST', '/v1/api/projects', { name: 'Hollin Farm' });
  projectId = ((await project.json()) as { project: { id: string } }).project.id;
  const form = new FormData();
  form.append('file', new Blob([readFileSync(DIARY)], { type: 'text/plain' }), 'hollin-farm.txt');
  const upload = await call(token, 'POST', `/v1/api/projects/${projectId}/files`, form);
  expect(upload.status).toBe(202);
  const uploaded = (await upload.json()) as { jobId: string; file: { id: string } };
  const { jobId } = uploaded;
  fileId = uploaded.file.id;
  const job = await eventually(
    async () => {
      const { job: j } = (await (await call(token, 'GET', `/v1/api/jobs/${jobId}`)).json()) as {
        job: { status: string };
      };
      return j.status === 'succeeded' || j.status === 'failed' ? j : undefined;
    },
    180_000,
    250,
  );
  expect(job.status).toBe('succeeded');

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

    await page.getByRole('link', { name: 'Hollin Farm' }).click();
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
});
