/**
 * The Continuity page in a real browser (Debian's Chromium through playwright-core) against the
 * whole stack as `npm start` runs it, the frontend's production server in front. A manuscript that
 * contradicts itself (grey eyes then green; a man who comes to the door after his death) is
 * uploaded; its ingestion queues the continuity check, and the page lists the issues with their
 * passages side by side. The author dismisses one (it moves to Dismissed), opens it again, and
 * follows a passage into the reader; an entity's sheet shows its facts as of a chapter. A reader of the project sees the issues without the buttons.
 * Every screen is saved under test-artifacts/continuity/ and checked with axe-core (no serious or
 * critical violations).
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { eventually, type RunningProcess, startServe } from '@george/runtime/testing';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OPERATOR, REPO_ROOT, type Stack, startStack } from './harness.js';

const ARTIFACTS = join(REPO_ROOT, 'test-artifacts/continuity');
const AXE = readFileSync(join(REPO_ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8');
const AUTHOR = { email: 'continuity@example.com', password: 'author-password-1' };
const READER = { email: 'continuity-reader@example.com', password: 'reader-password-1' };

const FILLER = (names: string[]) =>
  names
    .map((n) => `${n} walked along the road to the village and spoke with the miller about the weather.`)
    .join('\n\n');
const PEOPLE = ['Mary Benson', 'Mary', 'Thomas Hale', 'Thomas', 'Mr. Hale', 'Mary', 'Thomas', 'Mary'];
const BOOK = `Chapter 1\n\n${FILLER(PEOPLE)}\n\nMary Benson had grey eyes. Thomas Hale died in the spring.\n\nChapter 2\n\n${FILLER(['Mary', 'Mary'])}\n\nThomas Hale came to the door. Mary's green eyes were wet.\n`;

interface Issue {
  id: string;
  kind: string;
  summary: string;
  evidence: Array<{ fileId: string; start: number; end: number; quote: string }>;
}

let stack: Stack;
let web: RunningProcess;
let browser: Browser;
let page: Page;
let projectId = '';
let token = '';
const problems: string[] = [];

async function call(bearer: string, method: string, path: string, body?: unknown | FormData) {
  return fetch(`${stack.api}${path}`, {
    method,
    headers: {
      authorization: `Bearer ${bearer}`,
      ...(body === undefined || body instanceof FormData ? {} : { 'content-type': 'application/json' }),
    },
    ...(body === undefined ? {} : { body: body instanceof FormData ? body : JSON.stringify(body) }),
  });
}

async function login(email: string, password: string): Promise<string> {
  const res = await fetch(`${stack.api}/v1/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  expect(res.status).toBe(200);
  return ((await res.json()) as { accessToken: string }).accessToken;
}

async function register(
  operator: string,
  who: { email: string; password: string },
  role: string,
  name: string,
) {
  const invite = (await (await call(operator, 'POST', '/v1/api/admin/invites', { role })).json()) as {
    code: string;
  };
  const res = await fetch(`${stack.api}/v1/api/auth/register`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ ...who, inviteCode: invite.code, name }),
  });
  expect(res.status).toBe(201);
}

async function screen(name: string): Promise<void> {
  await page.screenshot({ path: join(ARTIFACTS, `${name}.png`), fullPage: true });
  await page.evaluate(AXE);
  const violations = (await page.evaluate(async () => {
    const axe = (
      window as unknown as { axe: { run(ctx: unknown, opts: unknown): Promise<{ violations: unknown[] }> } }
    ).axe;
    return (await axe.run(document, { resultTypes: ['violations'] })).violations;
  })) as { id: string; impact: string; help: string; nodes: { target: string[] }[] }[];
  const bad = violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${name}: ${v.id} (${v.impact}) ${v.help} at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
    );
  expect(bad).toEqual([]);
}

async function signIn(who: { email: string; password: string }): Promise<Page> {
  const p = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
  p.setDefaultTimeout(30_000);
  p.on('console', (msg) => {
    if (msg.type() === 'error' && /Content Security Policy|Refused to/i.test(msg.text()))
      problems.push(msg.text());
  });
  p.on('pageerror', (err) => problems.push(`page error: ${err.message}`));
  await p.goto(`${web.url}/signin`);
  await p.getByLabel('Email').fill(who.email);
  await p.getByLabel('Password').fill(who.password);
  await p.getByRole('button', { name: 'Sign in' }).click();
  await p.getByRole('heading', { name: 'Your projects' }).waitFor();
  return p;
}

/** The open issues as the API answers them, once the check after the ingestion has run. */
async function openIssues(): Promise<Issue[]> {
  const body = (await (await call(token, 'GET', `/v1/api/projects/${projectId}/continuity`)).json()) as {
    status: string;
    issues: Issue[];
  };
  return body.issues;
}

beforeAll(async () => {
  mkdirSync(ARTIFACTS, { recursive: true });
  stack = await startStack();
  web = await startServe({
    app: 'services/frontend/dist/app.js',
    readyPath: '/ready',
    env: { BACKEND_URL: stack.api },
  });
  browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
  });

  const operator = await login(OPERATOR.email, OPERATOR.password);
  await register(operator, AUTHOR, 'author', 'Mary Author');
  await register(operator, READER, 'guest', 'Rita Reader');
  token = await login(AUTHOR.email, AUTHOR.password);
  const project = await call(token, 'POST', '/v1/api/projects', { name: 'Hale Farm' });
  projectId = ((await project.json()) as { project: { id: string } }).project.id;
  // Shared by invitation: the reader accepts it.
  const invited = await call(token, 'POST', `/v1/api/projects/${projectId}/invitations`, {
    email: READER.email,
    level: 'read',
  });
  expect(invited.status).toBe(201);
  const { invitation } = (await invited.json()) as { invitation: { id: string } };
  const reader = await login(READER.email, READER.password);
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
  page = await signIn(AUTHOR);
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await web?.stop();
  await stack?.stop();
});

describe('the Continuity page', () => {
  it('lists the issues most confident first, each with its passages side by side', async () => {
    const issues = await openIssues();
    await page.getByRole('link', { name: 'Hale Farm' }).click();
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
    await page.goto(`${web.url}/projects/${projectId}/bible/entity/${mary.id}`);
    const facts = page.getByRole('list', { name: 'Facts with their passages' });
    await facts.getByText('grey eyes').waitFor();
    await facts.getByText('green eyes').waitFor();
    await screen('04-entity-facts');
    await page.getByLabel('As of').selectOption({ label: 'chapter 1' });
    await facts.getByText('green eyes').waitFor({ state: 'detached' });
    await facts.getByText('grey eyes').waitFor();
  }, 60_000);

  it('shows a reader the issues without the buttons that change them', async () => {
    const reader = await signIn(READER);
    await reader.goto(`${web.url}/projects/${projectId}/continuity`);
    const list = reader.getByRole('list', { name: 'Continuity issues' });
    await list.locator('article').first().waitFor();
    expect(await list.getByRole('button').count()).toBe(0);
    await reader.close();
    expect(problems).toEqual([]);
  }, 60_000);
});
