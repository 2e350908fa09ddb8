import { join } from 'node:path';
import { ConfigError, type GeorgeInstance } from '@george/runtime';
import {
  createTestDatabase,
  freePort,
  GEORGE_SERVE,
  productionEnv,
  REPO_ROOT,
  runToExit,
  TEST_TOKEN,
  type TestDatabase,
} from '@george/runtime/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp, loadConfig, service } from '../../src/app.js';
import { addressProblem } from '../../src/services/net/address.js';
import type { ResolvedAddress } from '../../src/services/net/guard.js';
import { type Fake, fakePages } from '../fakes.js';

const headers = { 'x-internal-token': TEST_TOKEN };

/** Names the tests resolve themselves, as a DNS server could. */
const NAMES: Record<string, ResolvedAddress[]> = {
  'private.test': [{ address: '10.1.2.3', family: 4 }],
  'mixed.test': [
    { address: '93.184.216.34', family: 4 },
    { address: '127.0.0.1', family: 4 },
  ],
  'v6private.test': [{ address: 'fd12:3456::1', family: 6 }],
  'metadata-alias.test': [{ address: '169.254.169.254', family: 4 }],
  'nowhere.test': [],
  'public.test': [{ address: '93.184.216.34', family: 4 }],
};

let pages: Fake;
let db: TestDatabase;
let app: GeorgeInstance;
let lookups: string[] = [];
let named: 'loopback' | 'private' = 'loopback';

beforeAll(async () => {
  pages = await fakePages();
  db = await createTestDatabase('sqlite');
  const env = {
    ...db.env,
    NODE_ENV: 'test',
    INTERNAL_SERVICE_TOKEN: TEST_TOKEN,
    LOG_LEVEL: 'silent',
    EXTERNAL_ALLOW_HOSTS: `127.0.0.1:${pages.port},named.test:${pages.port}`,
    IMPORT_TIMEOUT_MS: '1500',
    RATE_LIMIT_PER_MINUTE: '100000',
  };
  await service.prestart?.(env);
  app = await buildApp(env, {
    resolver: async (hostname) => {
      lookups.push(hostname);
      if (hostname === 'named.test') {
        // Answers the allowed loopback address once, then (DNS rebinding) a private one.
        const answer = named === 'loopback' ? '127.0.0.1' : '10.9.9.9';
        named = 'private';
        return [{ address: answer, family: 4 }];
      }
      if (hostname === 'hang.test') return new Promise<ResolvedAddress[]>(() => undefined);
      const known = NAMES[hostname];
      if (!known) throw new Error('ENOTFOUND');
      return known;
    },
  });
});
afterAll(async () => {
  await app?.close();
  await pages?.close();
  await db?.cleanup();
});

const importUrl = (url: string) => app.inject({ method: 'POST', url: '/import', headers, payload: { url } });

describe('SSRF guard: hostile URLs are refused with a code naming why', () => {
  const P = () => pages.port;
  const page = (path: string) => `http://127.0.0.1:${P()}${path}`;
  const redirect = (to: string) => page(`/redirect?to=${encodeURIComponent(to)}`);
  const cases: [string, () => string, number, string][] = [
    ['file: scheme', () => 'file:///etc/passwd', 400, 'scheme_not_allowed'],
    ['gopher: scheme', () => 'gopher://127.0.0.1:6379/_INFO', 400, 'scheme_not_allowed'],
    ['ftp: scheme', () => 'ftp://example.com/file', 400, 'scheme_not_allowed'],
    ['javascript: URL', () => 'javascript:alert(1)', 400, 'scheme_not_allowed'],
    ['data: URL', () => 'data:text/html,<h1>x</h1>', 400, 'scheme_not_allowed'],
    ['dict: scheme', () => 'dict://127.0.0.1:11211/stat', 400, 'scheme_not_allowed'],
    ['not a URL', () => 'not a url', 400, 'url_invalid'],
    ['credentials in the URL', () => 'http://user:pass@example.com/', 400, 'credentials_not_allowed'],
    ['a non-standard port', () => 'http://public.test:8080/', 403, 'port_not_allowed'],
    ['loopback IPv4', () => 'http://127.0.0.1/', 403, 'address_loopback'],
    ['short loopback 127.1', () => 'http://127.1/', 403, 'address_loopback'],
    ['decimal IP', () => 'http://2130706433/', 403, 'address_loopback'],
    ['octal IP', () => 'http://017700000001/', 403, 'address_loopback'],
    ['hex IP', () => 'http://0x7f000001/', 403, 'address_loopback'],
    ['octal dotted IP', () => 'http://0177.0.0.1/', 403, 'address_loopback'],
    ['IPv6 loopback', () => 'http://[::1]/', 403, 'address_loopback'],
    ['IPv4-mapped IPv6 loopback', () => 'http://[::ffff:127.0.0.1]/', 403, 'address_loopback'],
    ['IPv4-mapped in full form', () => 'http://[0:0:0:0:0:ffff:7f00:1]/', 403, 'address_loopback'],
    ['IPv4-compatible IPv6', () => 'http://[::127.0.0.1]/', 403, 'address_loopback'],
    ['NAT64 loopback', () => 'http://[64:ff9b::7f00:1]/', 403, 'address_loopback'],
    ['6to4 loopback', () => 'http://[2002:7f00:1::]/', 403, 'address_loopback'],
    ['localhost', () => 'http://localhost/', 403, 'address_loopback'],
    ['localhost. with a trailing dot', () => 'http://localhost./', 403, 'address_loopback'],
    ['LOCALHOST in capitals', () => 'http://LOCALHOST/', 403, 'address_loopback'],
    ['a .localhost subdomain', () => 'http://app.localhost/', 403, 'address_loopback'],
    ['allowed host on another port', () => 'http://127.0.0.1:9/', 403, 'address_loopback'],
    ['0.0.0.0', () => 'http://0.0.0.0/', 403, 'address_unspecified'],
    ['http://0/', () => 'http://0/', 403, 'address_unspecified'],
    ['IPv6 unspecified', () => 'http://[::]/', 403, 'address_unspecified'],
    ['private 10/8', () => 'http://10.0.0.1/', 403, 'address_private'],
    ['private 172.16/12', () => 'http://172.16.5.4/', 403, 'address_private'],
    ['private 192.168/16', () => 'http://192.168.1.1/', 403, 'address_private'],
    ['carrier-grade NAT', () => 'http://100.64.0.1/', 403, 'address_private'],
    ['cloud metadata IPv4', () => 'http://169.254.169.254/latest/meta-data/', 403, 'address_metadata'],
    ['cloud metadata, mapped IPv6', () => 'http://[::ffff:169.254.169.254]/', 403, 'address_metadata'],
    [
      'cloud metadata by name',
      () => 'http://metadata.google.internal/computeMetadata/v1/',
      403,
      'address_metadata',
    ],
    ['AWS IPv6 metadata', () => 'http://[fd00:ec2::254]/', 403, 'address_metadata'],
    ['link-local IPv4', () => 'http://169.254.10.10/', 403, 'address_link_local'],
    ['link-local IPv6', () => 'http://[fe80::1]/', 403, 'address_link_local'],
    ['unique-local IPv6', () => 'http://[fc00::1]/', 403, 'address_unique_local'],
    ['multicast IPv4', () => 'http://224.0.0.1/', 403, 'address_multicast'],
    ['multicast IPv6', () => 'http://[ff02::1]/', 403, 'address_multicast'],
    ['broadcast', () => 'http://255.255.255.255/', 403, 'address_reserved'],
    ['a name resolving to a private address', () => 'http://private.test/', 403, 'address_private'],
    ['a name resolving to public and loopback', () => 'http://mixed.test/', 403, 'address_loopback'],
    ['a name resolving to unique-local IPv6', () => 'http://v6private.test/', 403, 'address_unique_local'],
    [
      'a name resolving to the metadata address',
      () => 'http://metadata-alias.test/',
      403,
      'address_metadata',
    ],
    ['a name that does not resolve', () => 'http://nowhere.test/', 422, 'host_unresolvable'],
    ['redirect to loopback', () => redirect('http://127.0.0.1/admin'), 403, 'address_loopback'],
    ['redirect to localhost.', () => redirect('http://localhost./'), 403, 'address_loopback'],
    ['redirect to mapped IPv6 loopback', () => redirect('http://[::ffff:7f00:1]/'), 403, 'address_loopback'],
    ['redirect to metadata', () => redirect('http://169.254.169.254/latest/'), 403, 'address_metadata'],
    ['redirect to a private name', () => redirect('http://private.test/'), 403, 'address_private'],
    ['redirect to file:', () => redirect('file:///etc/passwd'), 400, 'scheme_not_allowed'],
    ['six redirects', () => page('/chain/6'), 422, 'too_many_redirects'],
    ['oversize body (declared)', () => page('/big'), 413, 'body_too_large'],
    ['oversize body (chunked)', () => page('/big-chunked'), 413, 'body_too_large'],
    ['slow body', () => page('/slow-body'), 422, 'fetch_timeout'],
    ['no answer at all', () => page('/slow-headers'), 422, 'fetch_timeout'],
    ['a name whose resolution never ends', () => 'http://hang.test/', 422, 'fetch_timeout'],
    ['binary content', () => page('/binary'), 415, 'unsupported_content_type'],
    ['an image', () => page('/image'), 415, 'unsupported_content_type'],
    ['no content type', () => page('/no-type'), 415, 'unsupported_content_type'],
    ['an error page', () => page('/missing'), 422, 'upstream_status'],
  ];

  it('has a table of at least 30 hostile URLs', () => {
    expect(cases.length).toBeGreaterThanOrEqual(30);
  });

  it.each(cases)('refuses %s', async (_name, url, status, code) => {
    const res = await importUrl(url());
    expect({ status: res.statusCode, code: res.json().error?.code }).toEqual({ status, code });
  });
});

describe('legitimate imports on an allowed test upstream', () => {
  it('imports an article: title and readable text, without navigation, scripts or ads', async () => {
    const res = await importUrl(`http://127.0.0.1:${pages.port}/article`);
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.title).toBe("The Whaleman's Chapel");
    expect(body.contentType).toBe('text/html');
    expect(body.text).toContain('it was the famous Father Mapple');
    expect(body.text.split('\n\n').length).toBeGreaterThanOrEqual(3);
    for (const junk of [
      'Site navigation menu',
      'tracking-code',
      'injected by script',
      'Copyright footer',
      'Buy advertising',
    ])
      expect(body.text).not.toContain(junk);
    expect(body.length).toBe(body.text.length);
  });

  it('imports plain text and decodes its charset', async () => {
    const plain = (await importUrl(`http://127.0.0.1:${pages.port}/plain`)).json();
    expect(plain).toMatchObject({ title: 'Notes on chapter one', contentType: 'text/plain' });
    expect(plain.text).toContain('Ishmael goes to sea.');
    expect((await importUrl(`http://127.0.0.1:${pages.port}/latin1`)).json().text).toBe('Café notes');
    const meta = (await importUrl(`http://127.0.0.1:${pages.port}/meta-charset`)).json();
    expect(meta.title).toBe('Café');
    expect(meta.text).toBe('Crème brûlée for dessert.');
  });

  it('follows up to five redirects, each checked', async () => {
    const res = await importUrl(`http://127.0.0.1:${pages.port}/chain/5`);
    expect(res.statusCode).toBe(200);
    expect(res.json().finalUrl).toBe(`http://127.0.0.1:${pages.port}/chain/0`);
  });

  it('connects to the address it checked: one look-up, so a rebinding answer is never used', async () => {
    lookups = [];
    named = 'loopback';
    const res = await importUrl(`http://named.test:${pages.port}/article`);
    expect(res.statusCode).toBe(200);
    expect(lookups).toEqual(['named.test']);
    // The next look-up of the name would now answer a private address: checked, refused.
    const again = await importUrl('http://named.test/article');
    expect(again.json().error.code).toBe('address_private');
  });
});

describe('address classification', () => {
  it('accepts public addresses and refuses the rest', () => {
    for (const ok of [
      '93.184.216.34',
      '8.8.8.8',
      '2606:4700:4700::1111',
      '2a00:1450:4001::200e',
      '[2001:4860::1]',
    ])
      expect(addressProblem(ok)).toBeNull();
    expect(addressProblem('::ffff:10.0.0.1')).toBe('address_private');
    expect(addressProblem('2002:a00:1::')).toBe('address_private');
    expect(addressProblem('192.0.0.192')).toBe('address_metadata');
    expect(addressProblem('fe80::1%eth0')).toBe('address_link_local');
    expect(addressProblem('not-an-ip')).toBe('address_reserved');
  });
});

describe('the allow-list is for tests and development only', () => {
  it('is refused by the configuration in production mode', () => {
    const env = { INTERNAL_SERVICE_TOKEN: TEST_TOKEN, EXTERNAL_ALLOW_HOSTS: '127.0.0.1:8080' };
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig({ ...env, NODE_ENV: 'production' })).toThrow(/EXTERNAL_ALLOW_HOSTS/);
    expect(loadConfig({ ...env, NODE_ENV: 'test' }).allowHosts.has('127.0.0.1:8080')).toBe(true);
    expect(() => loadConfig({ ...env, NODE_ENV: 'test', EXTERNAL_ALLOW_HOSTS: 'no-port' })).toThrow(
      /EXTERNAL_ALLOW_HOSTS/,
    );
  });

  it('makes george-serve refuse to start', async () => {
    const port = await freePort();
    const result = await runToExit(
      process.execPath,
      [
        GEORGE_SERVE,
        '-w',
        '1',
        '-b',
        `127.0.0.1:${port}`,
        join(REPO_ROOT, 'services/external-data/dist/app.js'),
      ],
      { env: productionEnv({ DATA_DIR: db.dataDir, EXTERNAL_ALLOW_HOSTS: `127.0.0.1:${port}` }) },
    );
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('EXTERNAL_ALLOW_HOSTS');
  });
});
