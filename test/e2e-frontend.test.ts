/**
 * The web app end to end in a real browser (Debian's Chromium through playwright-core) against the
 * whole stack as `npm start` runs it (Chroma, every service under george-serve, the frontend's
 * production server in front of the backend). An author signs up with an invite, creates a project,
 * uploads Alice's Adventures in Wonderland and watches it being read, finds Alice in the story
 * bible, opens the graph, asks George about the White Rabbit and opens a citation, edits a chapter
 * and restores the version before, and shares the project with a guest who then reads it without
 * being able to change it. The file picker's formats, an unknown section's "Page not found", the
 * empty chat's example about the book's own lead, and an answer's sources named by file once a second
 * manuscript is uploaded are checked on their screens too. Every screen is saved under
 * test-artifacts/frontend/ and checked with axe-core (no serious or critical violations).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type DetectedType, MEDIA_TYPES } from '../services/filesystem/src/services/extract.js';
import { type BrowserSuite, startBrowserSuite } from './browser.js';
import { OPERATOR, REPO_ROOT } from './harness.js';

const ALICE = join(REPO_ROOT, '../shared/data/novels/11_alices_adventures_in_wonderland.txt');
const AUTHOR = { email: 'author@example.com', password: 'author-password-1', name: 'Lewis Author' };
const GUEST = { email: 'guest@example.com', password: 'guest-password-1' };
/**
 * The names a file picker shows each format the filesystem service reads under: typed by its list
 * of formats, so a format added there fails to compile here until the picker's check covers it.
 */
const EXTENSIONS: Record<DetectedType, string[]> = {
  text: ['.txt'],
  markdown: ['.md', '.markdown'],
  docx: ['.docx'],
  pdf: ['.pdf'],
  epub: ['.epub'],
  odt: ['.odt'],
  rtf: ['.rtf'],
  scrivener: ['.zip'],
};
/** A second manuscript, so that the project holds several and citations must say which file. */
const ORCHARD = [
  'Chapter 1',
  'Mara Quill kept the orchard above the harbour. Every morning she walked the rows of apple trees with her old dog.',
  'Chapter 2',
  'Under the oldest apple tree Mara Quill found a rusted iron key wrapped in oilcloth, and she hid it in her apron.',
  'Chapter 3',
  'At dusk Mara Quill carried the key down to the harbour master, who turned it over twice and said nothing.',
].join('\n\n');

let suite: BrowserSuite;
let app = '';

async function operatorCall(method: string, path: string, body?: unknown) {
  return suite.json<Record<string, unknown>>(await suite.login(OPERATOR), method, path, body);
}
const newPage = (context: BrowserContext): Promise<Page> => suite.newPage(context);
const screen: BrowserSuite['screen'] = (page, name, options) => suite.screen(page, name, options);

beforeAll(async () => {
  suite = await startBrowserSuite('frontend');
  app = suite.app;
}, 240_000);

afterAll(async () => {
  await suite?.stop();
});

describe('the web app in Chromium', () => {
  let author: Page;
  let projectUrl = '';

  it('the story bible and chat routes are there (this suite needs them)', async () => {
    const doc = (await (await fetch(`${suite.stack.api}/v1/api/openapi.json`)).json()) as {
      paths: Record<string, unknown>;
    };
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining([
        '/v1/api/projects/{projectId}/entities',
        '/v1/api/projects/{projectId}/graph',
        '/v1/api/projects/{projectId}/chat/stream',
        '/v1/api/chat/{messageId}/bookmark',
      ]),
    );
  });

  it('signs up with an invite and creates a project', async () => {
    const { code } = (await operatorCall('POST', '/v1/api/admin/invites', { role: 'author' })) as {
      code: string;
    };
    const context = await suite.browser.newContext({ viewport: { width: 1280, height: 860 } });
    author = await newPage(context);
    await author.goto(`${app}/`);
    await author.getByRole('heading', { name: 'Sign in' }).waitFor();
    await screen(author, '01-sign-in');
    await author.getByRole('link', { name: 'Create an account' }).click();
    await author.getByLabel('Invite code').fill(code);
    await author.getByLabel('Your name').fill(AUTHOR.name);
    await author.getByLabel('Email').fill(AUTHOR.email);
    await author.getByLabel(/Password/).fill(AUTHOR.password);
    await screen(author, '02-sign-up');
    await author.getByRole('button', { name: 'Create account' }).click();
    await author.getByRole('heading', { name: 'Your projects' }).waitFor();
    await author.getByText('No projects yet').waitFor();
    await screen(author, '03-projects-empty');

    await author.getByLabel('New project name').fill('Wonderland');
    await author.getByLabel(/Description/).fill('Lewis Carroll, 1865');
    await author.getByRole('button', { name: 'Create project' }).click();
    await author.getByRole('link', { name: 'Wonderland', exact: true }).waitFor();
    await screen(author, '04-projects');
    await author.getByRole('link', { name: 'Wonderland', exact: true }).click();
    await author.getByRole('heading', { name: 'Manuscripts' }).waitFor();
    projectUrl = new URL(author.url()).pathname.replace(/\/manuscripts$/, '');
    expect(projectUrl).toMatch(/^\/projects\/[A-Za-z0-9_-]+$/);
  });

  it('the file picker offers every format the filesystem service reads, by extension and media type', async () => {
    const accept = (await author.getByLabel('choose files').getAttribute('accept'))?.split(',') ?? [];
    for (const [format, mediaType] of Object.entries(MEDIA_TYPES)) {
      // "text/plain; charset=utf-8" is what the service stores; a picker matches the bare type.
      expect(accept, format).toContain(mediaType.split(';')[0]);
    }
    for (const [format, extensions] of Object.entries(EXTENSIONS)) {
      for (const extension of extensions) expect(accept, format).toContain(extension);
    }
    await author.getByText(/\.epub, \.odt, \.rtf, or a Scrivener project as \.zip/).waitFor();
    await screen(author, '04-manuscripts-empty');
  });

  it('an address with a section the project does not have shows "Page not found" with a way back', async () => {
    await author.goto(`${app}${projectUrl}/no-such-section`);
    await author.getByText('Page not found', { exact: true }).waitFor();
    // Not the Sharing page the address used to fall through to, and no section marked as the current one.
    expect(await author.getByRole('heading', { name: 'Sharing' }).count()).toBe(0);
    const sections = author.getByRole('navigation', { name: 'Project sections' });
    expect(await sections.locator('[aria-current]').count()).toBe(0);
    expect(await author.title()).toBe('Page not found — Wonderland · George');
    await screen(author, '04-project-page-not-found');
    await author.getByRole('link', { name: 'the manuscripts', exact: true }).click();
    await author.getByRole('heading', { name: 'Manuscripts' }).waitFor();
    expect(new URL(author.url()).pathname).toBe(`${projectUrl}/manuscripts`);
  });

  it('uploads Alice by dropping it, with upload progress and live ingestion progress until it is read', async () => {
    const bytes = readFileSync(ALICE).toString('base64');
    // A real drop event carrying the file, as a person dragging it from the desktop.
    const drop = await author.evaluateHandle((b64) => {
      const data = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
      const dt = new DataTransfer();
      dt.items.add(new File([data], 'alice.txt', { type: 'text/plain' }));
      return dt;
    }, bytes);
    // A slow uplink (about 3 s for the book) so the upload's own progress bar can be seen moving.
    const cdp = await author.context().newCDPSession(author);
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: 0,
      downloadThroughput: -1,
      uploadThroughput: 50 * 1024,
    });
    await author.dispatchEvent('.dropzone', 'drop', { dataTransfer: drop });
    const uploadBar = author.getByRole('progressbar', { name: 'Upload of alice.txt' });
    await uploadBar.waitFor();
    // Part of the book has gone: the bar shows it (XMLHttpRequest upload progress events).
    await author.waitForFunction(() => {
      const bar = document.querySelector('progress[aria-label="Upload of alice.txt"]');
      const value = Number(bar?.getAttribute('value') ?? 0);
      return value > 0 && value < 100;
    });
    await screen(author, '05-manuscripts-uploading');
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: 0,
      downloadThroughput: -1,
      uploadThroughput: -1,
    });
    // The upload's own progress bar, then the job's (unless the job was already done by then).
    await author.getByText(/^(Uploading|Waiting to be read|Reading|Ready)$/).waitFor({ timeout: 60_000 });
    await screen(author, '06-manuscripts-ingesting');
    await author.getByText('Ready', { exact: true }).waitFor({ timeout: 180_000 });
    await author.getByRole('link', { name: 'alice.txt', exact: true }).waitFor();
    await screen(author, '06-manuscripts-ready');
  }, 240_000);

  it('searches the manuscript for passages and reads it by chapter', async () => {
    await author.getByLabel('Find passages about').fill('a White Rabbit with pink eyes ran close by her');
    await author.getByRole('button', { name: 'Search', exact: true }).click();
    await author.locator('.search-results .citation').first().waitFor();
    await screen(author, '07-search');
    await author.getByRole('link', { name: 'alice.txt', exact: true }).click();
    const chapters = author.getByRole('navigation', { name: 'Chapters' });
    await chapters.getByRole('link').nth(1).waitFor();
    await author.locator('.prose').waitFor();
    await screen(author, '07-reader-chapter');
  });

  it('finds Alice in the story bible and opens her sheet', async () => {
    await author.getByRole('link', { name: 'Story bible' }).click();
    await author.getByLabel('Search the story bible').fill('Alice');
    const link = author.locator('.entity-link', { hasText: /^Alice/ }).first();
    await link.click();
    await author.getByRole('heading', { name: 'Alice', level: 2 }).waitFor();
    await author.getByRole('heading', { name: /Mentions/ }).waitFor();
    await author.locator('.mentions mark').first().waitFor();
    // The sheet's citations ("[CHAPTER I. Down the Rabbit-Hole, fileId:start-end]") are links into the reader.
    await author
      .locator('.sheet-text a[href*="?start="]', { hasText: /^\(.+\)$/ })
      .first()
      .waitFor();
    await screen(author, '08-bible-entity');
  });

  it('opens the relationship graph: typed relations, filters, "appears with" behind a switch, no label over another', async () => {
    await author.getByRole('link', { name: 'Graph' }).click();
    const alice = author.getByRole('button', { name: /^Alice, Character/ });
    await alice.waitFor();
    expect(await author.locator('.graph-svg .node').count()).toBeGreaterThan(3);
    // Typed relations only by default: no dashed "appear together" links.
    expect(await author.locator('.graph-svg .edge-co').count()).toBe(0);
    const labelsApart = () =>
      author.evaluate(() => {
        const boxes = [...document.querySelectorAll('.graph-svg .label rect')].map((r) =>
          r.getBoundingClientRect(),
        );
        return boxes.every((a, i) =>
          boxes.every(
            (b, j) =>
              i === j || a.right <= b.left || b.right <= a.left || a.bottom <= b.top || b.bottom <= a.top,
          ),
        );
      });
    expect(await labelsApart()).toBe(true);
    await screen(author, '09-bible-graph', { fullPage: true });
    await author.getByRole('switch', { name: '"Appears with" links' }).check();
    await author.locator('.graph-svg .edge-co').first().waitFor();
    expect(await labelsApart()).toBe(true);
    await screen(author, '09-bible-graph-appears-with', { fullPage: true });
    // One book, its first three chapters, the often mentioned only.
    await author.getByLabel('Book').selectOption({ label: 'alice.txt' });
    await author.getByLabel('From chapter').fill('1');
    await author.getByLabel('to', { exact: true }).fill('3');
    await author.getByLabel('Mentioned at least').selectOption('10');
    await author.waitForFunction(() => document.querySelectorAll('.graph-svg .node').length > 0);
    await author.getByRole('button', { name: /^Alice, Character/ }).waitFor();
    await screen(author, '09-bible-graph-chapters', { fullPage: true });
    await author.getByRole('button', { name: 'Zoom in' }).click();
    await author.getByRole('button', { name: 'Reset view' }).click();
    await author.getByRole('button', { name: /^Alice, Character/ }).focus();
    await author.keyboard.press('Enter');
    await author.getByRole('heading', { name: 'Alice', level: 2 }).waitFor();
  });

  it('charts appearances across chapters', async () => {
    await author.getByRole('link', { name: 'Appearances', exact: true }).first().click();
    await author.locator('.chart polyline').first().waitFor();
    await screen(author, '10-bible-appearances');
  });

  it("the empty chat's example question names the book's own lead character", async () => {
    await author.getByRole('link', { name: 'Chat' }).click();
    await author.getByText('Try “Who is Alice?” or “Where does chapter 3 take place?”').waitFor();
    expect(await author.getByText(/White Rabbit/).count()).toBe(0);
    await screen(author, '11-chat-empty');
  });

  it('asks "Who is the White Rabbit?", gets a streamed answer with citations, and opens one', async () => {
    await author.getByLabel('Your question').fill('Who is the White Rabbit?');
    await author.getByRole('button', { name: 'Ask' }).click();
    const citation = author.locator('.citation').first();
    await citation.waitFor({ timeout: 60_000 });
    await author.getByRole('button', { name: 'Bookmark' }).click();
    await author.getByRole('button', { name: 'Bookmarked' }).waitFor();
    await author.getByRole('button', { name: 'Helpful', exact: true }).click();
    await author.getByText('Thank you for the feedback.').waitFor();
    await screen(author, '11-chat');
    // The rating and the bookmark are still there when the conversation is loaded again.
    await author.reload();
    await author.getByRole('button', { name: 'Bookmarked' }).waitFor({ timeout: 30_000 });
    expect(
      await author.getByRole('button', { name: 'Helpful', exact: true }).getAttribute('aria-pressed'),
    ).toBe('true');
    expect(
      await author.getByRole('button', { name: 'Not helpful', exact: true }).getAttribute('aria-pressed'),
    ).toBe('false');
    // One manuscript (the bookmark's note is none): its chapters are enough, no file is named.
    expect(await author.locator('.citations').first().textContent()).not.toContain('alice.txt');
    await citation.click();
    const mark = author.locator('mark.cited');
    await mark.waitFor();
    expect((await mark.textContent())?.length).toBeGreaterThan(10);
    await screen(author, '12-citation');
    // Its own waits (60 s for the first citation, 30 s after the reload) exceed the default 60 s.
  }, 180_000);

  it("edits Alice's sheet, adds an alias, splits the Rabbit off the White Rabbit and merges it back", async () => {
    await author.goto(`${app}${projectUrl}/bible`);
    await author.getByLabel('Search the story bible').fill('Alice');
    await author
      .locator('.entity-link', { hasText: /^Alice/ })
      .first()
      .click();
    await author.getByRole('button', { name: 'Edit sheet' }).click();
    const sheet = author.getByLabel('Sheet (Markdown)');
    await sheet.fill(`${await sheet.inputValue()}\n\n## Author's note\n- Keeps **growing and shrinking**`);
    await author.getByRole('button', { name: 'Save sheet' }).click();
    await author.locator('.sheet-text strong', { hasText: 'growing and shrinking' }).waitFor();
    await author.getByRole('heading', { name: "Author's note", level: 4 }).waitFor();
    await author.getByLabel('New alias').fill('Miss Alice');
    await author.getByRole('button', { name: 'Add alias' }).click();
    await author.locator('.chip', { hasText: 'Miss Alice' }).waitFor();
    await screen(author, '13-bible-sheet-edited');

    await author.getByLabel('Search the story bible').fill('Rabbit');
    await author
      .locator('.entity-link', { hasText: /^White Rabbit/ })
      .first()
      .click();
    await author.getByRole('heading', { name: 'White Rabbit', level: 2 }).waitFor();
    const count = async () =>
      Number(/(\d+) mentions/.exec((await author.locator('#entity-name + p').textContent()) ?? '')?.[1]);
    const before = await count();

    // Split "Rabbit" off: its mentions go to an entry of their own.
    await author.getByRole('checkbox', { name: 'Rabbit', exact: true }).check();
    await author.getByLabel("New entry's name").fill('Rabbit');
    await author.getByRole('button', { name: 'Split off' }).click();
    await author.getByText('Rabbit has an entry of their own now.').waitFor({ timeout: 180_000 });
    await screen(author, '13-bible-split');
    await author.reload();
    await author.getByRole('heading', { name: 'White Rabbit', level: 2 }).waitFor();
    const split = await count();
    expect(split).toBeLessThan(before);
    // "Rabbit" is no longer one of the White Rabbit's names.
    await author.getByRole('checkbox', { name: 'White Rabbit', exact: true }).waitFor();
    expect(await author.getByRole('checkbox', { name: 'Rabbit', exact: true }).count()).toBe(0);

    // And merge it back: the White Rabbit holds its mentions again.
    await author.getByLabel('Merge with').fill('Rabbit');
    await author.locator('#merge-candidates option[value="Rabbit"]').waitFor({ state: 'attached' });
    await author.getByRole('button', { name: 'Merge into White Rabbit' }).click();
    await author.waitForFunction(
      (n) =>
        Number(/(\d+) mentions/.exec(document.querySelector('#entity-name + p')?.textContent ?? '')?.[1]) > n,
      split,
    );
    expect(await count()).toBe(before);
  });

  it('edits a chapter, sees the change word by word, and restores the version before', async () => {
    await author.goto(`${app}${projectUrl}/manuscripts`);
    await author.getByRole('link', { name: 'alice.txt', exact: true }).click();
    await author.getByRole('navigation', { name: 'Chapters' }).getByRole('link').nth(1).click();
    await author.getByRole('button', { name: /Edit this chapter/ }).click();
    const editor = author.locator('textarea.editor');
    const before = await editor.inputValue();
    expect(before).toContain('Alice');
    await editor.fill(before.replace('Alice', 'Alicia'));
    await author.getByRole('button', { name: 'Save as a new version' }).click();
    await author.locator('.prose').waitFor();

    await author.getByRole('link', { name: 'Versions' }).click();
    const edit = author.getByRole('button', { name: /^Edit alice\.txt/ });
    await edit.click();
    await author.locator('.word-add', { hasText: 'Alicia' }).first().waitFor();
    await screen(author, '14-versions-inline');
    await author.getByLabel('Side by side').check();
    await author.locator('.split .word-del', { hasText: 'Alice' }).first().waitFor();
    await screen(author, '15-versions-split');

    await author.getByRole('button', { name: /^Upload alice\.txt/ }).click();
    await author.getByRole('button', { name: 'Restore this version' }).click();
    await author.getByText(/Restored 1 file/).waitFor();
    await author
      .getByRole('button', { name: /^Restore a file to version/ })
      .first()
      .waitFor();
    await screen(author, '16-versions-restored');
  });

  it('shares the project read-only with a guest, who reads it but cannot change it', async () => {
    const { code } = (await operatorCall('POST', '/v1/api/admin/invites', { role: 'guest' })) as {
      code: string;
    };
    const reg = await fetch(`${suite.stack.api}/v1/api/auth/register`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ ...GUEST, inviteCode: code }),
    });
    expect(reg.status).toBe(201);

    await author.getByRole('link', { name: 'Sharing' }).click();
    await author.getByLabel('Email of the person to invite').fill(GUEST.email);
    await author.locator('form[aria-label="Share this project"] select').selectOption('read');
    await author.getByRole('button', { name: 'Invite' }).click();
    await author.getByRole('button', { name: `Cancel the invitation of ${GUEST.email}` }).waitFor();
    await screen(author, '17-sharing-invited');

    // The guest joins only by accepting the invitation on their projects page.
    const guest = await newPage(await suite.browser.newContext({ viewport: { width: 1024, height: 768 } }));
    await guest.goto(`${app}/signin`);
    await guest.getByLabel('Email').fill(GUEST.email);
    await guest.getByLabel('Password').fill(GUEST.password);
    await guest.getByRole('button', { name: 'Sign in' }).click();
    expect(await guest.getByRole('link', { name: 'Wonderland', exact: true }).count()).toBe(0);
    const accept = guest.getByRole('button', { name: 'Accept the invitation to Wonderland' });
    await accept.waitFor();
    await screen(guest, '17-invitation');
    await accept.click();
    await guest.getByRole('link', { name: 'Wonderland', exact: true }).click();
    await guest.getByText('Read only').waitFor();
    await guest.getByRole('link', { name: 'alice.txt', exact: true }).waitFor();
    expect(await guest.locator('.dropzone').count()).toBe(0);
    await guest.getByText('uploading needs edit access').waitFor();
    await screen(guest, '18-guest-read-only');
    await guest.getByRole('link', { name: 'alice.txt', exact: true }).click();
    await guest.locator('.prose').waitFor();
    expect(await guest.getByRole('button', { name: /Edit this/ }).count()).toBe(0);
    await guest.goto(`${app}${projectUrl}/versions`);
    await guest.getByRole('button', { name: /^Upload alice\.txt/ }).click();
    await guest.locator('.diff').waitFor();
    expect(await guest.getByRole('button', { name: 'Restore this version' }).count()).toBe(0);
    await guest.context().close();
  });

  it('with a second manuscript, an answer and its sources name the file each quote is from', async () => {
    await author.goto(`${app}${projectUrl}/manuscripts`);
    await author.getByLabel('choose files').setInputFiles({
      name: 'orchard.txt',
      mimeType: 'text/plain',
      buffer: Buffer.from(ORCHARD),
    });
    // As long as Alice's own wait: a busy machine reads even a short manuscript slowly.
    await author.getByText('Read and added to the story bible.').waitFor({ timeout: 180_000 });
    await author.getByRole('link', { name: 'orchard.txt', exact: true }).waitFor();
    await author.getByRole('link', { name: 'Chat' }).click();
    const question = 'What did Mara Quill find under the oldest apple tree?';
    await author.getByLabel('Your question').fill(question);
    await author.getByRole('button', { name: 'Ask' }).click();
    // This question's turn by its words: the last turn may still be the earlier one when first looked at.
    const turn = author.getByRole('list', { name: 'Conversation' }).locator('li.turn', { hasText: question });
    const sources = turn.getByRole('list', { name: 'Sources' }).getByRole('link');
    await sources.first().waitFor({ timeout: 60_000 });
    await turn.getByRole('button', { name: 'Bookmark' }).waitFor();
    // The answer's quote: "… (orchard.txt, Chapter 2) [1]"; its source: "… — orchard.txt · Chapter 2".
    expect(await turn.locator('.answer').textContent()).toMatch(/” \(orchard\.txt, [^)]+\) \[1\]/);
    expect(await sources.first().textContent()).toMatch(/— orchard\.txt · /);
    for (const source of await sources.all()) {
      expect(await source.textContent()).toMatch(/— (orchard|alice)\.txt/);
    }
    await screen(author, '18-chat-several-manuscripts', { fullPage: true });
  }, 300_000);

  it('shows the credits and the usage chart in the account menu', async () => {
    await author.getByRole('button', { name: /Lewis Author/ }).click();
    await author.getByText(/Credits:/).waitFor();
    await author.getByRole('link', { name: 'Credits and usage' }).click();
    await author.getByRole('heading', { name: 'Balance' }).waitFor();
    await author.getByText('Available').waitFor();
    await author.getByRole('img', { name: /Credits used per day/ }).waitFor();
    await screen(author, '19-account');
  });

  it('the dark theme and a tablet-sized window', async () => {
    await author.setViewportSize({ width: 820, height: 1100 });
    await author.getByRole('button', { name: /Lewis Author/ }).click();
    await author.getByRole('button', { name: 'Dark theme' }).click();
    await author.goto(`${app}${projectUrl}/bible`);
    await author.locator('.entity-link').first().waitFor();
    expect(await author.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    await screen(author, '20-dark-tablet-bible');
  });

  it('tells the author clearly when a service is down', async () => {
    await author.route('**/v1/api/projects', (route) =>
      route.fulfill({ status: 502, contentType: 'text/html', body: '<html>Bad gateway</html>' }),
    );
    await author.goto(`${app}/`);
    await author.getByText('A George service is not answering.').waitFor();
    await author.getByRole('button', { name: 'Try again' }).waitFor();
    await screen(author, '21-service-down');
    await author.unroute('**/v1/api/projects');
    await author.getByRole('button', { name: 'Try again' }).click();
    await author.getByRole('link', { name: 'Wonderland', exact: true }).waitFor();
  });

  it('operators see invites, users, costs, the service status and sign-in lock-outs (and lift one)', async () => {
    const op = await newPage(await suite.browser.newContext({ viewport: { width: 1280, height: 860 } }));
    await op.goto(`${app}/signin`);
    await op.getByLabel('Email').fill(OPERATOR.email);
    await op.getByLabel('Password').fill(OPERATOR.password);
    await op.getByRole('button', { name: 'Sign in' }).click();
    await op.getByRole('link', { name: 'Operators' }).click();
    await op.getByRole('button', { name: 'Create invite code' }).click();
    await op.locator('.invite-code').waitFor();
    await screen(op, '22-admin-invites');
    await op.getByRole('link', { name: 'Users' }).click();
    await op.getByRole('cell', { name: AUTHOR.email }).waitFor();
    await screen(op, '23-admin-users');
    await op.getByRole('link', { name: 'Costs' }).click();
    await op.getByText('Credits in circulation').waitFor();
    await screen(op, '24-admin-costs');
    await op.getByRole('link', { name: 'Service status' }).click();
    await op.getByRole('rowheader', { name: 'backend' }).waitFor();
    await screen(op, '25-admin-status');
    // A wrong password for the author is counted; the operator sees it and lifts it.
    const wrong = await fetch(`${suite.stack.api}/v1/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: AUTHOR.email, password: 'not-the-password' }),
    });
    expect(wrong.status).toBe(401);
    await op.getByRole('link', { name: 'Lock-outs' }).click();
    const lift = op.getByRole('button', { name: `Lift the lock-out of ${AUTHOR.email}` });
    await lift.first().waitFor();
    await screen(op, '26-admin-lockouts');
    await lift.first().click();
    await op
      .getByRole('status')
      .filter({ hasText: `Lifted for ${AUTHOR.email}.` })
      .waitFor();
    await expect.poll(() => lift.count()).toBe(0);
    await op.context().close();
    expect(suite.problems).toEqual([]);
  });
});
