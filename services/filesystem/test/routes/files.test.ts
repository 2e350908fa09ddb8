import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { GeorgeInstance } from '@george/runtime';
import { TEST_TOKEN, tempDir } from '@george/runtime/testing';
import { countWords } from '@george/text';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/app.js';
import {
  makeDocx,
  makeLyingZip,
  makePdf,
  makeZipBomb,
  markEncrypted,
  multipart,
  PRIDE,
} from '../fixtures.js';

const auth = { 'x-internal-token': TEST_TOKEN };

let dir: ReturnType<typeof tempDir>;
let dataDir: string;
let app: GeorgeInstance;

function env(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  return { INTERNAL_SERVICE_TOKEN: TEST_TOKEN, DATA_DIR: dataDir, LOG_LEVEL: 'silent', ...extra };
}

async function upload(project: string, filename: string, data: Buffer | string, query = '') {
  const body = multipart(filename, data);
  return app.inject({
    method: 'POST',
    url: `/projects/${project}/files${query}`,
    headers: { ...auth, ...body.headers },
    payload: body.payload,
  });
}

/** Staging must be empty after any request, failed or not: nothing half-written stays. */
function stagingEntries(): string[] {
  return readdirSync(join(dataDir, 'filesystem', 'tmp'));
}

beforeAll(async () => {
  dir = tempDir('george-fs-');
  dataDir = join(dir.path, 'data');
  mkdirSync(dataDir);
  app = await buildApp(env());
});

afterAll(async () => {
  await app.close();
  dir.remove();
});

// Real processes and whole novels: generous limits for a loaded 2-core machine (no timing assertion).
describe('Pride and Prejudice', { timeout: 180_000 }, () => {
  const original = readFileSync(PRIDE);
  let txt: { id: string; wordCount: number; chapters: { title: string; start: number; end: number }[] };

  it('as .txt: 61 chapters, words counted, text and original bytes returned', async () => {
    const res = await upload('novels', 'pride.txt', original);
    expect(res.statusCode).toBe(201);
    txt = res.json();
    const meta = res.json();
    expect(meta).toMatchObject({
      type: 'text',
      kind: 'manuscript',
      name: 'pride.txt',
      encoding: 'UTF-8',
      size: original.length,
    });
    expect(meta.chapters).toHaveLength(61);
    expect(meta.chapters[0].title).toBe('Chapter 1');
    expect(meta.chapters[60].title).toBe('Chapter 61');
    expect(meta.chapters[60].index).toBe(61);
    // About 122,000 words (wc -w says 121,561, counting "word--word" as one).
    expect(meta.wordCount).toBe(121_870);
    expect(meta.paragraphs.length).toBeGreaterThan(2000);

    const text = await app.inject({ url: `/projects/novels/files/${meta.id}/text`, headers: auth });
    const whole = text.json().text as string;
    expect(whole.length).toBe(meta.textLength);
    expect(countWords(whole)).toBe(meta.wordCount);
    expect(whole.startsWith('Chapter 1\n\nIt is a truth universally acknowledged')).toBe(true);
    const ch13 = meta.chapters[12];
    const range = await app.inject({
      url: `/projects/novels/files/${meta.id}/text?start=${ch13.start}&end=${ch13.end}`,
      headers: auth,
    });
    expect(range.json().text).toBe(whole.slice(ch13.start, ch13.end));
    expect(range.json().text.startsWith('Chapter 13\n\n')).toBe(true);
    const p = meta.paragraphs[5];
    expect(whole.slice(p.start, p.end)).not.toMatch(/\n\n/);

    const bytes = await app.inject({ url: `/projects/novels/files/${meta.id}/original`, headers: auth });
    expect(bytes.statusCode).toBe(200);
    expect(bytes.rawPayload.equals(original)).toBe(true);
    expect(bytes.headers['content-disposition']).toContain('pride.txt');
  });

  it('as .docx: the same chapters and word count', async () => {
    const text = (await app.inject({ url: `/projects/novels/files/${txt.id}/text`, headers: auth })).json()
      .text as string;
    const paragraphs = text.split('\n\n').map((p) => ({ text: p, heading: /^Chapter \d+$/.test(p) }));
    const docx = await makeDocx(paragraphs);
    const res = await upload('novels', 'pride.docx', docx);
    expect(res.statusCode).toBe(201);
    const meta = res.json();
    expect(meta.type).toBe('docx');
    expect(meta.chapters).toHaveLength(61);
    expect(meta.chapters.map((c: { title: string }) => c.title)).toEqual(txt.chapters.map((c) => c.title));
    expect(meta.wordCount).toBe(txt.wordCount);
  });

  it('as .pdf (generated): chapters, paragraphs and text', async () => {
    const chapters = [
      {
        title: 'Chapter 1',
        paragraphs: [
          [
            'It is a truth universally acknowledged, that a single man in possession',
            'of a good fortune, must be in want of a wife.',
          ],
          ['However little known the feelings or views of such a man may be.'],
        ],
      },
      {
        title: 'CHAPTER II.',
        paragraphs: [['Mr. Bennet was among the earliest of those who waited on Mr. Bingley.']],
      },
      { title: 'Chapter the Third', paragraphs: [['Not all that Mrs. Bennet could ask was sufficient.']] },
    ];
    const pdf = await makePdf(chapters);
    const res = await upload('novels', 'excerpt.pdf', pdf);
    expect(res.statusCode).toBe(201);
    const meta = res.json();
    expect(meta.type).toBe('pdf');
    expect(meta.chapters.map((c: { title: string }) => c.title)).toEqual([
      'Chapter 1',
      'CHAPTER II.',
      'Chapter the Third',
    ]);
    const text = (await app.inject({ url: `/projects/novels/files/${meta.id}/text`, headers: auth })).json()
      .text;
    expect(text).toContain('must be in want of a wife.\n\nHowever little known');
    expect(meta.wordCount).toBe(countWords(text));
    expect(meta.wordCount).toBe(
      countWords(chapters.map((c) => `${c.title} ${c.paragraphs.flat().join(' ')}`).join(' ')),
    );
  });
});

// Real processes and whole novels: generous limits for a loaded 2-core machine (no timing assertion).
describe('type detection and bad input', { timeout: 180_000 }, () => {
  it('detects the type from the content, not the name', async () => {
    const md = await upload('detect', 'notes.pdf', '# Chapter 1\n\nHello *world*.\n');
    expect(md.statusCode).toBe(201);
    expect(md.json().type).toBe('markdown');
    const png = await upload('detect', 'story.txt', Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex'));
    expect(png.statusCode).toBe(415);
    expect(png.json().error.code).toBe('unsupported_type');
    expect(png.json().error.message).toMatch(
      /^the file is a PNG image; George reads .*\.epub, \.odt, \.rtf or a Scrivener/,
    );
    const zip = await upload('detect', 'book.docx', await makeOtherZip());
    expect(zip.statusCode).toBe(415);
    expect(zip.json().error.message).toMatch(/not a \.docx/);
  });

  it('refuses a corrupt .docx, a zip bomb, a lying zip, a corrupt and an encrypted PDF with clear 4xx', async () => {
    const cases: [string, Buffer, number, string][] = [
      [
        'broken.docx',
        Buffer.concat([Buffer.from('PK\x03\x04'), Buffer.alloc(200, 7)]),
        422,
        'corrupt_document',
      ],
      ['bomb.docx', await makeZipBomb(), 422, 'zip_bomb'],
      ['lying.docx', await makeLyingZip(), 422, 'zip_bomb'],
      ['broken.pdf', Buffer.from(`%PDF-1.7\n${'garbage '.repeat(100)}`), 422, 'corrupt_document'],
      [
        'locked.pdf',
        markEncrypted(await makePdf([{ title: 'Chapter 1', paragraphs: [['Secret.']] }])),
        422,
        'encrypted_pdf',
      ],
      ['empty.txt', Buffer.alloc(0), 422, 'empty_file'],
    ];
    for (const [name, data, status, code] of cases) {
      const res = await upload('bad', name, data);
      expect([name, res.statusCode, res.json().error.code]).toEqual([name, status, code]);
    }
    const list = await app.inject({ url: '/projects/bad/files', headers: auth });
    expect(list.json().files).toEqual([]);
    expect(stagingEntries()).toEqual([]);
  });

  it('refuses a file over the upload limit and keeps nothing of it', async () => {
    const small = await buildApp(env({ MAX_UPLOAD_BYTES: '1000' }));
    try {
      const body = multipart('big.txt', 'word '.repeat(1000));
      const res = await small.inject({
        method: 'POST',
        url: '/projects/limits/files',
        headers: { ...auth, ...body.headers },
        payload: body.payload,
      });
      expect(res.statusCode).toBe(413);
      expect(res.json().error.code).toBe('file_too_large');
      expect((await small.inject({ url: '/projects/limits/files', headers: auth })).json().files).toEqual([]);
      // Refused from its declared length alone.
      const huge = multipart('huge.txt', Buffer.alloc(2 * 1024 * 1024, 'a'));
      const early = await small.inject({
        method: 'POST',
        url: '/projects/limits/files',
        headers: { ...auth, ...huge.headers },
        payload: huge.payload,
      });
      expect(early.statusCode).toBe(413);
      expect(early.json().error.code).toBe('file_too_large');
      expect(stagingEntries()).toEqual([]);
    } finally {
      await small.close();
    }
  });

  it('stops a document extraction that runs over the time limit, keeping nothing', async () => {
    const slow = await buildApp(env({ EXTRACTION_TIMEOUT_MS: '100' }));
    try {
      const pages = Array.from({ length: 40 }, (_, i) => ({
        title: `Chapter ${i + 1}`,
        paragraphs: Array.from({ length: 30 }, () => [
          'It is a truth universally acknowledged, that a single man.',
        ]),
      }));
      const body = multipart('long.pdf', await makePdf(pages));
      const res = await slow.inject({
        method: 'POST',
        url: '/projects/slow/files',
        headers: { ...auth, ...body.headers },
        payload: body.payload,
      });
      expect(res.statusCode).toBe(422);
      expect(res.json().error.code).toBe('extraction_timeout');
      expect(stagingEntries()).toEqual([]);
    } finally {
      await slow.close();
    }
  });

  it('enforces the per-project quota', async () => {
    const small = await buildApp(env({ PROJECT_QUOTA_BYTES: '3000' }));
    try {
      const first = multipart('a.txt', 'word '.repeat(200));
      const ok = await small.inject({
        method: 'POST',
        url: '/projects/quota/files',
        headers: { ...auth, ...first.headers },
        payload: first.payload,
      });
      expect(ok.statusCode).toBe(201);
      const second = multipart('b.txt', 'word '.repeat(200));
      const refused = await small.inject({
        method: 'POST',
        url: '/projects/quota/files',
        headers: { ...auth, ...second.headers },
        payload: second.payload,
      });
      expect(refused.statusCode).toBe(413);
      expect(refused.json().error.code).toBe('quota_exceeded');
      const usage = (await small.inject({ url: '/projects/quota/usage', headers: auth })).json();
      expect(usage).toMatchObject({ fileCount: 1, usedBytes: 1999, quotaBytes: 3000 });
      // Another project has its own quota.
      const other = multipart('c.txt', 'word '.repeat(200));
      const elsewhere = await small.inject({
        method: 'POST',
        url: '/projects/quota2/files',
        headers: { ...auth, ...other.headers },
        payload: other.payload,
      });
      expect(elsewhere.statusCode).toBe(201);
    } finally {
      await small.close();
    }
  });

  it('keeps usage right when its cache is lost or stale (as after a crash)', async () => {
    for (const name of ['one', 'two']) {
      await app.inject({
        method: 'POST',
        url: '/projects/usage/documents',
        headers: auth,
        payload: { name, content: 'words here' },
      });
    }
    const before = (await app.inject({ url: '/projects/usage/usage', headers: auth })).json();
    expect(before).toMatchObject({ fileCount: 2, usedBytes: 20 });
    const cache = join(dataDir, 'filesystem', 'projects', 'usage', 'usage.json');
    writeFileSync(cache, JSON.stringify({ '00000000-0000-4000-8000-000000000000': 999_999 }));
    expect((await app.inject({ url: '/projects/usage/usage', headers: auth })).json()).toEqual(before);
    rmSync(cache);
    expect((await app.inject({ url: '/projects/usage/usage', headers: auth })).json()).toEqual(before);
  });

  it('needs multipart and the file field', async () => {
    const json = await app.inject({
      method: 'POST',
      url: '/projects/p/files',
      headers: auth,
      payload: { a: 1 },
    });
    expect(json.statusCode).toBe(415);
    const wrongField = multipart('a.txt', 'hello', 'attachment');
    const res = await app.inject({
      method: 'POST',
      url: '/projects/p/files',
      headers: { ...auth, ...wrongField.headers },
      payload: wrongField.payload,
    });
    expect(res.statusCode).toBe(400);
  });
});

async function makeOtherZip(): Promise<Buffer> {
  const JSZip = (await import('jszip')).default;
  const zip = new JSZip();
  zip.file('content.xml', '<office:document/>');
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

describe('path attacks', () => {
  const sentinelContent = 'do not touch';
  let sentinel: string;
  let victimDir: string;

  beforeAll(() => {
    sentinel = join(dir.path, 'sentinel.txt');
    writeFileSync(sentinel, sentinelContent);
    // A folder that looks like a file folder, outside the root, reachable by ../ from the root.
    victimDir = join(dir.path, 'victim');
    mkdirSync(victimDir, { recursive: true });
    writeFileSync(join(victimDir, 'meta.json'), '{"id":"x"}');
  });

  const badIds = [
    '..',
    '../..',
    '..%2F..%2Fsentinel.txt',
    '%2e%2e%2f%2e%2e%2fsentinel.txt',
    '%2e%2e',
    '..%5C..%5Csentinel.txt',
    '%2Fetc%2Fpasswd',
    'C:%5CWindows',
    'a%00b',
    'a'.repeat(300),
    '%252e%252e%252f',
    '.',
  ];

  it.each(badIds)('project id %s is refused on every route', async (bad) => {
    const good = '00000000-0000-4000-8000-000000000000';
    const requests = [
      { method: 'GET' as const, url: `/projects/${bad}/files` },
      { method: 'GET' as const, url: `/projects/${bad}/files/${good}` },
      { method: 'GET' as const, url: `/projects/${bad}/files/${good}/text` },
      { method: 'GET' as const, url: `/projects/${bad}/files/${good}/original` },
      { method: 'PUT' as const, url: `/projects/${bad}/files/${good}/text`, payload: { content: 'x' } },
      { method: 'DELETE' as const, url: `/projects/${bad}/files/${good}` },
      { method: 'DELETE' as const, url: `/projects/${bad}` },
      { method: 'GET' as const, url: `/projects/${bad}/usage` },
      { method: 'POST' as const, url: `/projects/${bad}/documents`, payload: { name: 'n', content: 'x' } },
    ];
    for (const r of requests) {
      const res = await app.inject({ ...r, headers: auth });
      expect([r.method, r.url, res.statusCode]).toEqual([r.method, r.url, expect.toBeOneOf([400, 404, 414])]);
    }
    const body = multipart('x.txt', 'hello');
    const res = await app.inject({
      method: 'POST',
      url: `/projects/${bad}/files`,
      headers: { ...auth, ...body.headers },
      payload: body.payload,
    });
    expect([400, 404, 414]).toContain(res.statusCode);
  });

  it.each([...badIds, '..%2F..%2Fvictim', '..%2F..%2F..%2Fvictim'])(
    'file id %s is refused on every route',
    async (bad) => {
      for (const r of [
        { method: 'GET' as const, url: `/projects/p1/files/${bad}` },
        { method: 'GET' as const, url: `/projects/p1/files/${bad}/text` },
        { method: 'GET' as const, url: `/projects/p1/files/${bad}/original` },
        { method: 'PUT' as const, url: `/projects/p1/files/${bad}/text`, payload: { content: 'x' } },
        { method: 'DELETE' as const, url: `/projects/p1/files/${bad}` },
      ]) {
        const res = await app.inject({ ...r, headers: auth });
        expect([r.url, res.statusCode]).toEqual([r.url, expect.toBeOneOf([400, 404, 414])]);
        expect(res.body).not.toContain(sentinelContent);
      }
    },
  );

  it('names are reduced to a safe display name; NUL bytes and very long names are refused', async () => {
    const cases: [string, string][] = [
      ['../../sentinel.txt', 'sentinel.txt'],
      ['..\\..\\sentinel.txt', 'sentinel.txt'],
      ['/etc/passwd', 'passwd'],
      ['C:\\Windows\\system.ini', 'system.ini'],
      ['..', 'untitled'],
      ['%2e%2e%2fsentinel.txt', '%2e%2e%2fsentinel.txt'],
    ];
    for (const [name, expected] of cases) {
      const res = await upload('names', 'x.txt', 'hello', `?name=${encodeURIComponent(name)}`);
      expect([name, res.statusCode, res.json().name]).toEqual([name, 201, expected]);
      const viaFilename = await upload('names', name, 'hello');
      expect([name, viaFilename.statusCode, viaFilename.json().name]).toEqual([name, 201, expected]);
    }
    const nul = await upload('names', 'x.txt', 'hello', `?name=${encodeURIComponent('a\0b.txt')}`);
    expect(nul.statusCode).toBe(400);
    const long = await upload('names', 'x.txt', 'hello', `?name=${'a'.repeat(2000)}`);
    expect(long.statusCode).toBe(400);
    const doc = await app.inject({
      method: 'POST',
      url: '/projects/names/documents',
      headers: auth,
      payload: { name: 'a\0../../b', content: 'x' },
    });
    expect(doc.statusCode).toBe(400);
    const longDoc = await app.inject({
      method: 'POST',
      url: '/projects/names/documents',
      headers: auth,
      payload: { name: `${'n'.repeat(600)}.md`, content: 'x' },
    });
    expect(longDoc.statusCode).toBe(201);
    expect(longDoc.json().name).toHaveLength(255);
    expect(longDoc.json().name.endsWith('.md')).toBe(true);
  });

  it('left everything outside the root untouched', () => {
    expect(readFileSync(sentinel, 'utf8')).toBe(sentinelContent);
    expect(readFileSync(join(victimDir, 'meta.json'), 'utf8')).toBe('{"id":"x"}');
    expect(readdirSync(dir.path).sort()).toEqual(['data', 'sentinel.txt', 'victim']);
    expect(readdirSync(dataDir)).toEqual(['filesystem']);
  });
});
