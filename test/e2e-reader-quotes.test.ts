/**
 * The reader marks who speaks, in a real browser (Debian's Chromium through playwright-core) against
 * the whole stack: an author's manuscript with dialogue is uploaded and ingested; the reader shows
 * each quotation tinted and underlined in its speaker's colour with the name on hover, a legend of
 * the chapter's speakers, and a switch that takes the marks off; the story bible's appearances chart
 * switches to the lines each character speaks per chapter. Screens are saved under
 * test-artifacts/frontend/ and checked with axe-core (no serious or critical violations).
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type BrowserSuite, startBrowserSuite } from './browser.js';

const AUTHOR = { email: 'speaker-author@example.com', password: 'author-password-1', name: 'Jane Author' };

const MANUSCRIPT = `Chapter 1

Elizabeth Bennet and her sister Jane Bennet walked to Meryton. Elizabeth was cheerful, and Jane was quiet.

"I shall go to the ball," said Elizabeth, "and Jane will come too."

"Will you, Elizabeth?" asked Jane.

"Of course I will," said Elizabeth.

Chapter 2

Mr. Darcy stood by the window. Elizabeth looked at Darcy, and Jane looked at Elizabeth.

"Mr. Darcy is proud," said Elizabeth.

"He is not," said Jane. "You are unjust, Lizzy."
`;

let suite: BrowserSuite;
const call = <T = Record<string, unknown>>(method: string, path: string, token?: string, body?: unknown) =>
  suite.json<T>(token, method, path, body);
const screen = (page: Page, name: string) => suite.screen(page, name);

beforeAll(async () => {
  suite = await startBrowserSuite('frontend');
}, 240_000);

afterAll(async () => {
  await suite?.stop();
});

describe('the reader marks who speaks', () => {
  it('colours each quotation by its speaker, names them on hover, and can take the marks off', async () => {
    await suite.register(AUTHOR, 'author');
    const token = await suite.login(AUTHOR);
    const { project } = (await call('POST', '/v1/api/projects', token, { name: 'Longbourn' })) as {
      project: { id: string };
    };
    const form = new FormData();
    form.append('file', new Blob([MANUSCRIPT], { type: 'text/plain' }), 'longbourn.txt');
    const uploaded = await suite.request(token, 'POST', `/v1/api/projects/${project.id}/files`, form);
    expect(uploaded.status).toBe(202);
    const { file, jobId } = (await uploaded.json()) as { file: { id: string }; jobId: string };
    let status = 'queued';
    for (let i = 0; i < 240 && status !== 'succeeded' && status !== 'failed'; i++) {
      await new Promise((r) => setTimeout(r, 500));
      status = ((await call('GET', `/v1/api/jobs/${jobId}`, token)) as { job: { status: string } }).job
        .status;
    }
    expect(status).toBe('succeeded');

    const page = await suite.signIn(AUTHOR, await suite.newPage({ width: 1280, height: 860 }));
    await page.getByRole('link', { name: 'Longbourn', exact: true }).waitFor();
    await page.goto(`${suite.app}/projects/${project.id}/manuscripts/${file.id}?chapter=1`);

    const spoken = page.locator('.prose .spoken');
    await spoken.first().waitFor();
    expect(await spoken.count()).toBe(3);
    expect(
      await spoken.evaluateAll((els) => els.map((e) => [e.getAttribute('title'), e.textContent])),
    ).toEqual([
      ['Elizabeth', '"I shall go to the ball," said Elizabeth, "and Jane will come too."'],
      ['Jane', '"Will you, Elizabeth?"'],
      ['Elizabeth', '"Of course I will,"'],
    ]);
    // One colour per speaker: Elizabeth's lines share theirs, Jane's differs.
    const classes = await spoken.evaluateAll((els) => els.map((e) => e.className));
    expect(classes[0]).toBe(classes[2]);
    expect(classes[1]).not.toBe(classes[0]);
    const legend = page.getByRole('group', { name: 'Who speaks' });
    expect(await legend.locator('li').allTextContents()).toEqual(['Elizabeth', 'Jane']);
    // The name on hover is the element's title; the text itself is unchanged.
    await spoken.nth(1).hover();
    expect(await page.locator('.prose').textContent()).toContain('"Will you, Elizabeth?" asked Jane.');
    await screen(page, 'reader-who-speaks');

    await page.getByLabel('Mark who speaks').uncheck();
    expect(await spoken.count()).toBe(0);
    await page.getByLabel('Mark who speaks').check();
    await page.getByRole('link', { name: 'Chapter 2' }).click();
    await page.locator('.prose .spoken[title="Jane"]').waitFor();
    expect(await page.locator('.prose .spoken').count()).toBe(2);
    await screen(page, 'reader-who-speaks-chapter-2');

    // Elizabeth's sheet: her speech in all and per chapter, whom she speaks to, and what she says.
    const found = (await call('GET', `/v1/api/projects/${project.id}/entities?q=Elizabeth`, token)) as {
      entities: { id: string; name: string }[];
    };
    const elizabeth = found.entities.find((e) => e.name === 'Elizabeth');
    expect(elizabeth).toBeDefined();
    await page.goto(`${suite.app}/projects/${project.id}/bible/entity/${elizabeth?.id}`);
    const speech = page.getByRole('region', { name: /^Speech/ });
    await speech.getByRole('heading', { name: 'Speech (3 quotations, 19 words)' }).waitFor();
    expect(
      await speech
        .locator('tbody tr')
        .evaluateAll((rows) => rows.map((r) => [...r.querySelectorAll('td')].map((td) => td.textContent))),
    ).toEqual([
      ['Chapter 1', '2', '15'],
      ['Chapter 2', '1', '4'],
    ]);
    await speech.getByRole('link', { name: 'Jane' }).waitFor();
    const said = speech.locator('.spoken-lines blockquote');
    await said.first().waitFor();
    expect(await said.allTextContents()).toEqual([
      '"I shall go to the ball," said Elizabeth, "and Jane will come too."',
      '"Of course I will,"',
      '"Mr. Darcy is proud,"',
    ]);
    await screen(page, 'bible-speech');
    await speech.getByRole('link', { name: 'Open in chapter 2' }).click();
    await page.locator('mark.cited', { hasText: '"Mr. Darcy is proud,"' }).waitFor();

    // The appearances chart switches to the lines each character speaks per chapter.
    const sisters = (await call('GET', `/v1/api/projects/${project.id}/entities?q=Jane`, token)) as {
      entities: { id: string; name: string }[];
    };
    const jane = sisters.entities.find((e) => e.name === 'Jane');
    expect(jane).toBeDefined();
    await page.goto(`${suite.app}/projects/${project.id}/bible/appearances?ids=${elizabeth?.id},${jane?.id}`);
    const points = (label: string) =>
      page
        .getByRole('img', { name: label })
        .locator('circle title')
        .evaluateAll((els) => els.map((e) => e.textContent));
    await page.getByRole('img', { name: 'Mentions per chapter for Elizabeth, Jane' }).waitFor();
    await page.getByRole('radio', { name: 'Lines spoken' }).check();
    await page.getByRole('img', { name: 'Lines spoken per chapter for Elizabeth, Jane' }).waitFor();
    expect(await points('Lines spoken per chapter for Elizabeth, Jane')).toEqual([
      'Elizabeth, 1: 2',
      'Elizabeth, 2: 1',
      'Jane, 1: 1',
      'Jane, 2: 1',
    ]);
    await screen(page, 'bible-lines-spoken');
    await page.getByRole('radio', { name: 'Appearances' }).check();
    await page.getByRole('img', { name: 'Mentions per chapter for Elizabeth, Jane' }).waitFor();
    expect(suite.problems).toEqual([]);
  }, 300_000);
});
