/**
 * The browser suites' harness: the whole stack (./harness.ts), the web app's production server in
 * front of it, and Debian's Chromium through playwright-core. Pages record what a strict CSP blocked
 * and uncaught errors in `problems` (each suite expects none), and `screen` saves a screenshot and
 * fails on a serious or critical axe-core violation.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type RunningProcess, startServe } from '@george/runtime/testing';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { expect } from 'vitest';
import { OPERATOR, REPO_ROOT, type Stack, type StackOptions, startStack } from './harness.js';

const AXE = readFileSync(join(REPO_ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8');
// Without the background-networking flags Chromium keeps trying hosts this closed network refuses.
const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export interface Person {
  email: string;
  password: string;
  name?: string;
}

export interface BrowserSuite {
  stack: Stack;
  web: RunningProcess;
  browser: Browser;
  /** The web app's address. */
  app: string;
  /** Blocked scripts or styles and uncaught page errors, from every page the suite opened. */
  problems: string[];
  /** A page of `context` (a new one of the given size by default) that reports its problems. */
  newPage(context?: BrowserContext | { width: number; height: number }): Promise<Page>;
  /** Signs `who` in through the sign-in screen and waits for their projects. */
  signIn(who: Person, page?: Page): Promise<Page>;
  /** Saves the screen under the suite's folder and checks it with axe-core. */
  screen(page: Page, name: string, options?: { fullPage?: boolean }): Promise<void>;
  /** A call to the public API with a bearer token; JSON or form bodies. */
  request(token: string | undefined, method: string, path: string, body?: unknown): Promise<Response>;
  /** As `request`, expecting a 2xx answer, and its JSON. */
  json<T>(token: string | undefined, method: string, path: string, body?: unknown): Promise<T>;
  login(who: Person): Promise<string>;
  /** An account made with an operator's invite of `role`. */
  register(who: Person, role: 'author' | 'guest'): Promise<void>;
  stop(): Promise<void>;
}

export async function startBrowserSuite(
  artifacts: string,
  options: StackOptions = {},
): Promise<BrowserSuite> {
  const folder = join(REPO_ROOT, 'test-artifacts', artifacts);
  mkdirSync(folder, { recursive: true });
  const stack = await startStack(options);
  // The web server and Chromium start together once the stack answers; a failed start stops the rest.
  const [started, launched] = await Promise.allSettled([
    startServe({
      app: 'services/frontend/dist/app.js',
      readyPath: '/ready',
      env: { BACKEND_URL: stack.api },
    }),
    chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: CHROMIUM_FLAGS }),
  ]);
  if (started.status === 'rejected' || launched.status === 'rejected') {
    if (started.status === 'fulfilled') await started.value.stop();
    if (launched.status === 'fulfilled') await launched.value.close();
    await stack.stop();
    throw [started, launched].flatMap((r) => (r.status === 'rejected' ? [r.reason] : []))[0];
  }
  const web = started.value;
  const browser = launched.value;
  const problems: string[] = [];

  const request: BrowserSuite['request'] = (token, method, path, body) =>
    fetch(`${stack.api}${path}`, {
      method,
      headers: {
        ...(token ? { authorization: `Bearer ${token}` } : {}),
        ...(body === undefined || body instanceof FormData ? {} : { 'content-type': 'application/json' }),
      },
      ...(body === undefined ? {} : { body: body instanceof FormData ? body : JSON.stringify(body) }),
    });
  const json = async <T>(token: string | undefined, method: string, path: string, body?: unknown) => {
    const res = await request(token, method, path, body);
    expect(res.status, `${method} ${path}`).toBeLessThan(300);
    return (await res.json()) as T;
  };
  const login = async (who: Person) =>
    (
      await json<{ accessToken: string }>(undefined, 'POST', '/v1/api/auth/login', {
        email: who.email,
        password: who.password,
      })
    ).accessToken;

  const newPage: BrowserSuite['newPage'] = async (context = { width: 1280, height: 900 }) => {
    const owner = 'newPage' in context ? context : await browser.newContext({ viewport: context });
    const page = await owner.newPage();
    page.setDefaultTimeout(30_000);
    page.on('console', (msg) => {
      if (msg.type() === 'error' && /Content Security Policy|Refused to/i.test(msg.text()))
        problems.push(msg.text());
    });
    page.on('pageerror', (err) => problems.push(`page error: ${err.message}`));
    return page;
  };

  return {
    stack,
    web,
    browser,
    app: web.url,
    problems,
    newPage,
    async signIn(who, page) {
      const p = page ?? (await newPage());
      await p.goto(`${web.url}/signin`);
      await p.getByLabel('Email').fill(who.email);
      await p.getByLabel('Password').fill(who.password);
      await p.getByRole('button', { name: 'Sign in' }).click();
      await p.getByRole('heading', { name: 'Your projects' }).waitFor();
      return p;
    },
    async screen(page, name, screenOptions = {}) {
      await page.screenshot({ path: join(folder, `${name}.png`), fullPage: screenOptions.fullPage ?? false });
      // Evaluated through the DevTools protocol, which the page's CSP does not restrict.
      await page.evaluate(AXE);
      const violations = (await page.evaluate(async () => {
        const axe = (
          window as unknown as {
            axe: { run(ctx: unknown, opts: unknown): Promise<{ violations: unknown[] }> };
          }
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
    },
    request,
    json,
    login,
    async register(who, role) {
      const operator = await login(OPERATOR);
      const { code } = await json<{ code: string }>(operator, 'POST', '/v1/api/admin/invites', { role });
      await json(undefined, 'POST', '/v1/api/auth/register', { ...who, inviteCode: code });
    },
    async stop() {
      await browser.close();
      await web.stop();
      await stack.stop();
    },
  };
}
