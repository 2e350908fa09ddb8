/** .epub, .odt, .rtf and Scrivener imports, each file built here; attacks through their archives. */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { GeorgeInstance } from '@george/runtime';
import { TEST_TOKEN, tempDir } from '@george/runtime/testing';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/app.js';
import { extract } from '../../src/services/extract.js';
import { buildStructure } from '../../src/services/text.js';
import { makeZipBomb, multipart } from '../fixtures.js';

const ZIP = { maxUncompressedBytes: 50 * 1024 * 1024, maxRatio: 200, maxEntries: 10_000 };
const structureOf = async (buf: Buffer, name = 'upload') => {
  const extracted = await extract(buf, { name, zip: ZIP });
  return { type: extracted.type, mediaType: extracted.mediaType, ...buildStructure(extracted.blocks) };
};
const zipped = (zip: JSZip) => zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');

interface EpubChapter {
  file: string;
  title: string;
  paragraphs: string[];
}

/** An EPUB 3 with a navigation document; `ncx` makes it EPUB 2 style (titles from toc.ncx). */
async function makeEpub(
  chapters: EpubChapter[],
  options: { ncx?: boolean; spineOrder?: string[]; extra?: Record<string, string> } = {},
) {
  const zip = new JSZip();
  zip.file('mimetype', 'application/epub+zip', { compression: 'STORE' });
  zip.file(
    'META-INF/container.xml',
    '<?xml version="1.0"?><container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container"><rootfiles><rootfile full-path="OEBPS/content.opf" media-type="application/oebps-package+xml"/></rootfiles></container>',
  );
  const items = chapters
    .map((c) => `<item id="${c.file}" href="text/${c.file}.xhtml" media-type="application/xhtml+xml"/>`)
    .join('');
  const spine = (options.spineOrder ?? chapters.map((c) => c.file))
    .map((id) => `<itemref idref="${id}"/>`)
    .join('');
  zip.file(
    'OEBPS/content.opf',
    `<?xml version="1.0"?><package xmlns="http://www.idpf.org/2007/opf" version="3.0"><metadata xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>Test</dc:title></metadata><manifest>${
      options.ncx
        ? '<item id="ncx" href="toc.ncx" media-type="application/x-dtbncx+xml"/>'
        : '<item id="nav" href="nav.xhtml" media-type="application/xhtml+xml" properties="nav"/>'
    }${items}</manifest><spine${options.ncx ? ' toc="ncx"' : ''}>${options.ncx ? '' : '<itemref idref="nav" linear="no"/>'}${spine}</spine></package>`,
  );
  if (options.ncx) {
    zip.file(
      'OEBPS/toc.ncx',
      `<?xml version="1.0"?><ncx xmlns="http://www.daisy.org/z3986/2005/ncx/"><navMap>${chapters
        .map(
          (c, i) =>
            `<navPoint id="p${i}"><navLabel><text>${esc(c.title)}</text></navLabel><content src="text/${c.file}.xhtml"/></navPoint>`,
        )
        .join('')}</navMap></ncx>`,
    );
  } else {
    zip.file(
      'OEBPS/nav.xhtml',
      `<?xml version="1.0"?><html xmlns="http://www.w3.org/1999/xhtml" xmlns:epub="http://www.idpf.org/2007/ops"><body><nav epub:type="toc"><ol>${chapters
        .map((c) => `<li><a href="text/${c.file}.xhtml">${esc(c.title)}</a></li>`)
        .join('')}</ol></nav></body></html>`,
    );
  }
  for (const c of chapters) {
    zip.file(
      `OEBPS/text/${c.file}.xhtml`,
      `<?xml version="1.0"?><html xmlns="http://www.w3.org/1999/xhtml"><head><title>ignored head</title><style>p { color: red }</style></head><body><h1>${esc(c.title)}</h1>${c.paragraphs
        .map((p) => `<p>${esc(p)}</p>`)
        .join('')}</body></html>`,
    );
  }
  for (const [name, content] of Object.entries(options.extra ?? {})) zip.file(name, content);
  return zipped(zip);
}

async function makeOdt(body: string) {
  const zip = new JSZip();
  zip.file('mimetype', 'application/vnd.oasis.opendocument.text', { compression: 'STORE' });
  zip.file(
    'META-INF/manifest.xml',
    '<?xml version="1.0"?><manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"/>',
  );
  zip.file(
    'content.xml',
    `<?xml version="1.0" encoding="UTF-8"?><office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"><office:body><office:text>${body}</office:text></office:body></office:document-content>`,
  );
  return zipped(zip);
}

const rtf = (body: string) =>
  `{\\rtf1\\ansi\\ansicpg1252\\deff0{\\fonttbl{\\f0 Times New Roman;}}{\\colortbl;\\red0\\green0\\blue0;}{\\*\\generator Test;}${body}}`;

/** A Scrivener 3 project zipped with its folder: Draft texts in binder order, research left out. */
async function makeScrivener(version: 2 | 3 = 3) {
  const zip = new JSZip();
  const root = 'Novel.scriv';
  const texts: Array<[string, string, string]> = [
    ['A1B2C3D4-0001', 'The Letter', 'Anna opened the letter at dawn.'],
    ['A1B2C3D4-0002', 'The Crossing', 'The boat left at noon.'],
    ['A1B2C3D4-0003', 'Arrival', 'They landed at the Point.'],
  ];
  const item = ([id, title]: [string, string, string]) =>
    `<BinderItem ${version === 3 ? 'UUID' : 'ID'}="${id}" Type="Text"><Title>${title}</Title></BinderItem>`;
  zip.file(
    `${root}/Novel.scrivx`,
    `<?xml version="1.0" encoding="UTF-8"?><ScrivenerProject><Binder><BinderItem UUID="D0" Type="DraftFolder"><Title>Manuscript</Title><Children>${item(texts[0] as [string, string, string])}<BinderItem UUID="F1" Type="Folder"><Title>Part Two</Title><Children>${item(texts[1] as [string, string, string])}${item(texts[2] as [string, string, string])}</Children></BinderItem></Children></BinderItem><BinderItem UUID="R0" Type="ResearchFolder"><Title>Research</Title><Children><BinderItem UUID="R1" Type="Text"><Title>Notes on boats</Title></BinderItem></Children></BinderItem></Binder></ScrivenerProject>`,
  );
  for (const [id, , body] of [
    ...texts,
    ['R1', '', 'Research text that is not the manuscript.'] as [string, string, string],
  ]) {
    const path = version === 3 ? `${root}/Files/Data/${id}/content.rtf` : `${root}/Files/Docs/${id}.rtf`;
    zip.file(path, rtf(`\\pard ${body}\\par`));
  }
  return zipped(zip);
}

describe('.epub', () => {
  it('reads the spine in order, each item a chapter titled from the navigation document', async () => {
    const book = await makeEpub(
      [
        { file: 'c1', title: 'The Arrival', paragraphs: ['Anna came to the Point.', 'The sea was grey.'] },
        { file: 'c2', title: 'The Storm', paragraphs: ['The wind rose.'] },
        { file: 'c3', title: 'Departure', paragraphs: ['She left at dawn.'] },
      ],
      { spineOrder: ['c1', 'c3', 'c2'] },
    );
    const s = await structureOf(book, 'book.epub');
    expect([s.type, s.mediaType]).toEqual(['epub', 'application/epub+zip']);
    expect(s.chapters.map((c) => [c.index, c.title])).toEqual([
      [1, 'The Arrival'],
      [2, 'Departure'],
      [3, 'The Storm'],
    ]);
    expect(s.text).toBe(
      'The Arrival\n\nAnna came to the Point.\n\nThe sea was grey.\n\nDeparture\n\nShe left at dawn.\n\nThe Storm\n\nThe wind rose.',
    );
  });

  it('takes titles from an EPUB 2 table of contents (toc.ncx)', async () => {
    const s = await structureOf(
      await makeEpub(
        [
          { file: 'a', title: 'Chapter One', paragraphs: ['First.'] },
          { file: 'b', title: 'Chapter Two', paragraphs: ['Second.'] },
        ],
        { ncx: true },
      ),
    );
    expect(s.chapters.map((c) => c.title)).toEqual(['Chapter One', 'Chapter Two']);
  });

  it('refuses an archive entry that climbs out of the archive, and ignores spine items that point outside', async () => {
    const chapters = [{ file: 'c1', title: 'One', paragraphs: ['Text.'] }];
    await expect(
      structureOf(await makeEpub(chapters, { extra: { '../../evil.txt': 'x' } })),
    ).rejects.toMatchObject({
      statusCode: 422,
      code: 'unsafe_archive',
    });
    // A manifest item whose href leaves the package is never read.
    const zip = await JSZip.loadAsync(await makeEpub(chapters));
    const opf = (await zip.file('OEBPS/content.opf')?.async('string')) as string;
    zip.file(
      'OEBPS/content.opf',
      opf
        .replace(
          '</manifest>',
          '<item id="x" href="../../../etc/passwd" media-type="application/xhtml+xml"/></manifest>',
        )
        .replace('</spine>', '<itemref idref="x"/></spine>'),
    );
    const s = await structureOf(await zipped(zip));
    expect(s.chapters.map((c) => c.title)).toEqual(['One']);
  });

  it('refuses a zip bomb dressed as an epub', async () => {
    await expect(structureOf(await makeZipBomb(), 'bomb.epub')).rejects.toMatchObject({
      statusCode: 422,
      code: 'zip_bomb',
    });
  });
});

describe('.odt', () => {
  it('reads headings by outline level, paragraphs, spaces, tabs, breaks and lists; notes left out', async () => {
    const s = await structureOf(
      await makeOdt(
        '<text:h text:outline-level="1">Chapter 1</text:h><text:p>It was<text:s text:c="2"/>cold.<text:note><text:note-body><text:p>a footnote</text:p></text:note-body></text:note></text:p>' +
          '<text:list><text:list-item><text:p>one<text:tab/>two<text:line-break/>three</text:p></text:list-item></text:list>' +
          '<text:h text:outline-level="1">Chapter 2</text:h><text:p><text:span>Warm</text:span> again.</text:p>',
      ),
    );
    expect(s.type).toBe('odt');
    expect(s.chapters.map((c) => [c.index, c.title])).toEqual([
      [1, 'Chapter 1'],
      [2, 'Chapter 2'],
    ]);
    expect(s.text).toBe('Chapter 1\n\nIt was  cold.\n\none\ttwo\nthree\n\nChapter 2\n\nWarm again.');
  });
});

describe('.rtf', () => {
  it('reads paragraphs, headings by outline level, Unicode and code-page characters; tables of fonts left out', async () => {
    const body =
      "\\pard\\outlinelevel0 Chapter One\\par\\pard Caf\\'e9 at dawn \\u8212? she said, \\ldblquote hello\\rdblquote .\\par" +
      '{\\*\\annotation a comment}{\\pict 89504e47}' +
      '\\pard\\outlinelevel0 Chapter Two\\par\\pard Line one\\line line two\\par';
    const s = await structureOf(Buffer.from(rtf(body), 'latin1'), 'story.rtf');
    expect([s.type, s.mediaType]).toEqual(['rtf', 'application/rtf']);
    expect(s.chapters.map((c) => c.title)).toEqual(['Chapter One', 'Chapter Two']);
    expect(s.text).toBe(
      'Chapter One\n\nCafé at dawn — she said, “hello”.\n\nChapter Two\n\nLine one\nline two',
    );
  });
});

describe('Scrivener project (.scriv as a .zip)', () => {
  it.each([3, 2] as const)(
    'reads the Draft in binder order, texts as chapters (Scrivener %i)',
    async (version) => {
      const s = await structureOf(await makeScrivener(version), 'Novel.zip');
      expect(s.type).toBe('scrivener');
      expect(s.chapters.map((c) => [c.index, c.title])).toEqual([
        [1, 'The Letter'],
        [2, 'The Crossing'],
        [3, 'Arrival'],
      ]);
      expect(s.text).toContain('The Crossing\n\nThe boat left at noon.');
      expect(s.text).not.toContain('Research text');
    },
  );
});

describe('through the filesystem service (worker thread)', { timeout: 120_000 }, () => {
  let dir: ReturnType<typeof tempDir>;
  let app: GeorgeInstance;
  const auth = { 'x-internal-token': TEST_TOKEN };
  beforeAll(async () => {
    dir = tempDir('george-fs-formats-');
    const dataDir = join(dir.path, 'data');
    mkdirSync(dataDir);
    app = await buildApp({ INTERNAL_SERVICE_TOKEN: TEST_TOKEN, DATA_DIR: dataDir, LOG_LEVEL: 'silent' });
  });
  afterAll(async () => {
    await app.close();
    dir.remove();
  });

  it('stores an .epub and a Scrivener project with their chapters', async () => {
    for (const [name, data, type, chapters] of [
      ['book.epub', await makeEpub([{ file: 'c1', title: 'Only', paragraphs: ['Text.'] }]), 'epub', 1],
      ['Novel.zip', await makeScrivener(), 'scrivener', 3],
      ['story.rtf', Buffer.from(rtf('\\pard Hello.\\par'), 'latin1'), 'rtf', 0],
    ] as const) {
      const body = multipart(name, data);
      const res = await app.inject({
        method: 'POST',
        url: '/projects/formats/files',
        headers: { ...auth, ...body.headers },
        payload: body.payload,
      });
      expect([name, res.statusCode, res.json().type, res.json().chapterCount]).toEqual([
        name,
        201,
        type,
        chapters,
      ]);
    }
  });
});
