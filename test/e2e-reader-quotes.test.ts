/**
 * The reader marks who speaks, in a real browser (Debian's Chromium through playwright-core) against
 * the whole stack: an author's manuscript with dialogue is uploaded and ingested; the reader shows
 * each quotation tinted and underlined in its speaker's colour with the name on hover, a legend of
 * the chapter's speakers, and a switch that takes the marks off. Screens are saved under
 * test-artifacts/frontend/ and checked with axe-core (no serious or critical violations).
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type RunningProcess, startServe } from '@george/runtime/testing';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OPERATOR, REPO_ROOT, type Stack, startStack } from './harness.js';

const ARTIFACTS = join(REPO_ROOT, 'test-artifacts/frontend');
const AXE = readFileSync(join(REPO_ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8');
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

let stack: Stack;
let web: RunningProcess;
let browser: Browser;
const problems: string[] = [];

async function call(method: string, path: string, token?: string, body?: unknown) {
  const res = await fetch(`${stack.api}${path}`, {
    method,
    headers: {
      ...(token ? { authorization: `Bearer ${token}` } : {}),
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
    },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  expect(res.status, `${method} ${path}`).toBeLessThan(300);
  return res.json() as Promise<Record<string, unknown>>;
}

async function login(email: string, password: string): Promise<string> {
  return (
    (await call('POST', '/v1/api/auth/login', undefined, { email, password })) as { accessToken: string }
  ).accessToken;
}

/** Saves the screen and checks it with axe-core: no serious or critical violations. */
async function screen(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: join(ARTIFACTS, `${name}.png`) });
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
}, 240_000);

afterAll(async () => {
  await browser?.close();
  await web?.stop();
  await stack?.stop();
});

describe('the reader marks who speaks', () => {
  it('colours each quotation by its speaker, names them on hover, and can take the marks off', async () => {
    const operator = await login(OPERATOR.email, OPERATOR.password);
    const { code } = (await call('POST', '/v1/api/admin/invites', operator, { role: 'author' })) as {
      code: string;
    };
    await call('POST', '/v1/api/auth/register', undefined, { ...AUTHOR, inviteCode: code });
    const token = await login(AUTHOR.email, AUTHOR.password);
    const { project } = (await call('POST', '/v1/api/projects', token, { name: 'Longbourn' })) as {
      project: { id: string };
    };
    const form = new FormData();
    form.append('file', new Blob([MANUSCRIPT], { type: 'text/plain' }), 'longbourn.txt');
    const uploaded = await fetch(`${stack.api}/v1/api/projects/${project.id}/files`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}` },
      body: form,
    });
    expect(uploaded.status).toBe(202);
    const { file, jobId } = (await uploaded.json()) as { file: { id: string }; jobId: string };
    let status = 'queued';
    for (let i = 0; i < 240 && status !== 'succeeded' && status !== 'failed'; i++) {
      await new Promise((r) => setTimeout(r, 500));
      status = ((await call('GET', `/v1/api/jobs/${jobId}`, token)) as { job: { status: string } }).job
        .status;
    }
    expect(status).toBe('succeeded');

    const page = await (await browser.newContext({ viewport: { width: 1280, height: 860 } })).newPage();
    page.setDefaultTimeout(30_000);
    page.on('console', (msg) => {
      if (msg.type() === 'error' && /Content Security Policy|Refused to/i.test(msg.text()))
        problems.push(msg.text());
    });
    page.on('pageerror', (err) => problems.push(`page error: ${err.message}`));
    await page.goto(`${web.url}/signin`);
    await page.getByLabel('Email').fill(AUTHOR.email);
    await page.getByLabel('Password').fill(AUTHOR.password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('link', { name: 'Longbourn' }).waitFor();
    await page.goto(`${web.url}/projects/${project.id}/manuscripts/${file.id}?chapter=1`);

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
    await page.goto(`${web.url}/projects/${project.id}/bible/entity/${elizabeth?.id}`);
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
    expect(problems).toEqual([]);
  }, 300_000);
});
