/**
 * Moving a whole project out and back in, and looking words up from the reader, in a real browser
 * against the whole stack (the external-data service asks local fakes of Wiktionary, Wikipedia and
 * Datamuse, and allows two requests a minute per user, so the second look-up is refused). The
 * projects list exports a project as a .george.zip and imports it again as a new project; a file
 * that is not an archive is refused in words. In the reader, a word typed in or double-clicked
 * opens a panel with its definitions, synonyms and the encyclopedia's summary. Screens are saved
 * under test-artifacts/archive/ and checked with axe-core.
 */
import { readFileSync } from 'node:fs';
import { tempDir } from '@george/runtime/testing';
import JSZip from 'jszip';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Fake, fakeReference } from '../services/external-data/test/fakes.js';
import { type BrowserSuite, startBrowserSuite } from './browser.js';

const AUTHOR = { email: 'archive-author@example.com', password: 'author-password-1', name: 'Anna Author' };
const MANUSCRIPT = `Chapter 1

3 May. I came to Thornby today with my father, and Martha Hale met us at the gate.

Chapter 2

12 May. I went to the mill with Martha. Thomas Reed showed us the wheel.
`;

let suite: BrowserSuite;
let reference: Fake;
let page: Page;
let projectId = '';
let fileId = '';
const files = tempDir('george-e2e-archive-');
const screen = (name: string) => suite.screen(page, name);

beforeAll(async () => {
  reference = await fakeReference({ wikipedia: 'ok', wiktionary: 'ok', datamuse: 'ok' });
  suite = await startBrowserSuite('archive', {
    oneAtATime: true,
    env: {
      'external-data': {
        WIKIPEDIA_API_URL: `${reference.url}/wikipedia`,
        WIKTIONARY_API_URL: `${reference.url}/wiktionary`,
        DATAMUSE_API_URL: `${reference.url}/datamuse`,
        RATE_LIMIT_PER_MINUTE: '2',
      },
    },
  });
  await suite.register(AUTHOR, 'author');
  const token = await suite.login(AUTHOR);
  const { project } = await suite.json<{ project: { id: string } }>(token, 'POST', '/v1/api/projects', {
    name: 'Thornby',
  });
  projectId = project.id;
  const form = new FormData();
  form.append('file', new Blob([MANUSCRIPT], { type: 'text/plain' }), 'thornby.txt');
  const uploaded = await suite.request(token, 'POST', `/v1/api/projects/${projectId}/files`, form);
  expect(uploaded.status).toBe(202);
  const body = (await uploaded.json()) as { file: { id: string }; jobId: string };
  fileId = body.file.id;
  let status = 'queued';
  for (let i = 0; i < 240 && status !== 'succeeded' && status !== 'failed'; i++) {
    await new Promise((r) => setTimeout(r, 500));
    status = (await suite.json<{ job: { status: string } }>(token, 'GET', `/v1/api/jobs/${body.jobId}`)).job
      .status;
  }
  expect(status).toBe('succeeded');
  page = await suite.signIn(AUTHOR);
}, 300_000);

afterAll(async () => {
  await suite?.stop();
  await reference?.close();
  files.remove();
});

describe('a project out and back in', () => {
  it('exports the project from the projects list as one archive', async () => {
    await page.getByRole('link', { name: 'Export Thornby' }).waitFor();
    await screen('projects-export-import');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Export Thornby' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('thornby.george.zip');
    const saved = `${files.path}/thornby.george.zip`;
    await download.saveAs(saved);
    const zip = await JSZip.loadAsync(readFileSync(saved));
    const manifest = JSON.parse((await zip.file('manifest.json')?.async('string')) ?? '{}');
    expect(manifest.files.map((f: { name: string }) => f.name)).toEqual(['thornby.txt']);
    expect(manifest.history).toBe('history.bundle');
  });

  it('imports the archive as a new project, and refuses a file that is not one', async () => {
    await page.getByLabel(/Project archive/).setInputFiles(`${files.path}/thornby.george.zip`);
    await page.getByRole('button', { name: 'Import project' }).click();
    await page.getByRole('status').filter({ hasText: 'Imported Thornby' }).waitFor();
    await expect.poll(() => page.getByRole('link', { name: 'Export Thornby' }).count()).toBe(2);
    await screen('project-imported');

    await page.getByLabel(/Project archive/).setInputFiles({
      name: 'notes.zip',
      mimeType: 'application/zip',
      buffer: Buffer.from('these are notes, not an archive'),
    });
    await page.getByRole('button', { name: 'Import project' }).click();
    const refusal = page.getByRole('alert').filter({ hasText: 'not a George project archive' });
    await refusal.waitFor();
    await screen('import-refused');
    expect(await page.getByRole('link', { name: 'Export Thornby' }).count()).toBe(2);
  });
});

describe('word look-up in the reader', () => {
  it('a typed word opens its definitions, synonyms and the encyclopedia summary; Escape closes', async () => {
    await page.goto(`${suite.app}/projects/${projectId}/manuscripts/${fileId}`);
    await page.getByText('Martha Hale met us').waitFor();
    await page.getByLabel(/^Look up/).fill('mill');
    await page.getByLabel(/^Look up/).press('Enter');
    const panel = page.getByRole('region', { name: 'mill' });
    await panel.getByText('glad, cheerful').waitFor();
    await panel.getByText('mill is a topic with a summary on Wikipedia.').waitFor();
    expect(await panel.getByText(/A large marine mammal/).count()).toBe(1);
    // The focus is on the panel's title, so a screen reader reads it first.
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('mill');
    await screen('reader-lookup');
    await page.keyboard.press('Escape');
    await panel.waitFor({ state: 'detached' });
  });

  it('a double-clicked word is looked up; a refusal (rate limited) is said plainly', async () => {
    // Selects "Martha" in the text and double-clicks it, as a person would.
    await page.evaluate(() => {
      const walker = document.createTreeWalker(
        document.querySelector('article') as Node,
        NodeFilter.SHOW_TEXT,
      );
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const at = node.textContent?.indexOf('Martha') ?? -1;
        if (at < 0) continue;
        const range = document.createRange();
        range.setStart(node, at);
        range.setEnd(node, at + 'Martha'.length);
        window.getSelection()?.removeAllRanges();
        window.getSelection()?.addRange(range);
        node.parentElement?.dispatchEvent(new MouseEvent('dblclick', { bubbles: true }));
        return;
      }
    });
    const panel = page.getByRole('region', { name: 'Martha' });
    await panel.getByRole('alert').waitFor();
    expect(await panel.getByRole('alert').textContent()).toMatch(/too many requests/i);
    await screen('reader-lookup-refused');
    await panel.getByRole('button', { name: 'Close' }).click();
    expect(suite.problems).toEqual([]);
  });
});
