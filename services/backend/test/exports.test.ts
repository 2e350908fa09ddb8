import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { type BibleExportEntity, bibleJson, bibleMarkdownZip, slug } from '../src/exports/bible.js';
import { manuscriptEpub, manuscriptMarkdown, manuscriptSections } from '../src/exports/manuscript.js';
import {
  ArchiveError,
  type ArchiveInput,
  readProjectArchive,
  writeProjectArchive,
} from '../src/exports/project-archive.js';

const entity = (
  id: string,
  name: string,
  type: string,
  extra: Partial<BibleExportEntity> = {},
): BibleExportEntity => ({
  id,
  name,
  type,
  aliases: [],
  mentionCount: 3,
  firstAppearance: { fileId: 'f1', chapter: 1, offset: 0 },
  sheet: `# ${name}\n\nA sheet.`,
  relations: [],
  appearances: [{ fileId: 'f1', chapter: 1, count: 3 }],
  ...extra,
});

const bible = bibleJson(
  { id: 'p1', name: 'Pride' },
  [
    entity('e2', 'Mr. Darcy', 'character', {
      aliases: ['Darcy'],
      relations: [{ type: 'friend', label: 'friend', other: { id: 'e3', name: 'Bingley' }, weight: 4 }],
    }),
    entity('e1', 'Pemberley', 'location'),
    entity('e3', 'Bingley', 'character'),
    entity('e4', '../../etc/passwd', 'term'),
    entity('e5', 'Bingley', 'character'),
  ],
  new Date('2026-12-01T00:00:00Z'),
);

describe('story bible export', () => {
  it('gives JSON sorted by type and name', () => {
    expect(bible.format).toBe('george-story-bible');
    expect(bible.entities.map((e) => e.name)).toEqual([
      'Bingley',
      'Bingley',
      'Mr. Darcy',
      'Pemberley',
      '../../etc/passwd',
    ]);
  });

  it('writes one Markdown file per entity with front matter, links between them and an index; names never become paths', async () => {
    const zip = await JSZip.loadAsync(await bibleMarkdownZip(bible));
    expect(Object.keys(zip.files).sort()).toEqual([
      'README.md',
      'characters/',
      'characters/bingley-2.md',
      'characters/bingley.md',
      'characters/mr-darcy.md',
      'locations/',
      'locations/pemberley.md',
      'terms/',
      'terms/etc-passwd.md',
    ]);
    const darcy = (await zip.file('characters/mr-darcy.md')?.async('string')) as string;
    expect(darcy).toContain(
      '---\nid: "e2"\nname: "Mr. Darcy"\ntype: character\naliases: ["Darcy"]\nmentions: 3\n',
    );
    expect(darcy).toContain('# Mr. Darcy\n\nA sheet.');
    expect(darcy).toContain('- friend: [Bingley](../characters/bingley.md) (4)');
    const index = (await zip.file('README.md')?.async('string')) as string;
    expect(index).toContain('- [Pemberley](locations/pemberley.md) (3 mentions)');
    expect(slug('Ünïcode — name!')).toBe('unicode-name');
  });
});

describe('manuscript export', () => {
  const text = 'Title page\n\nChapter 1\n\nOne.\n\nTwo\nlines.\n\nChapter 2\n\nThree.';
  const source = {
    title: 'Book <1>',
    text,
    chapters: [
      { title: 'Chapter 1', start: text.indexOf('Chapter 1'), end: text.indexOf('Chapter 2') - 2 },
      { title: 'Chapter 2', start: text.indexOf('Chapter 2'), end: text.length },
    ],
  };

  it('splits the text into front matter and chapters without their headings', () => {
    expect(manuscriptSections(source)).toEqual([
      { title: null, paragraphs: ['Title page'] },
      { title: 'Chapter 1', paragraphs: ['One.', 'Two\nlines.'] },
      { title: 'Chapter 2', paragraphs: ['Three.'] },
    ]);
    expect(manuscriptMarkdown(source)).toBe(
      '# Book <1>\n\nTitle page\n\n## Chapter 1\n\nOne.\n\nTwo  \nlines.\n\n## Chapter 2\n\nThree.\n',
    );
  });

  it('writes an EPUB whose mimetype is first and stored, chapters in the spine with a table of contents', async () => {
    const buf = await manuscriptEpub(source, 'p1-f1');
    // The first local header names "mimetype" and uses no compression (method 0).
    expect(buf.toString('latin1', 30, 38)).toBe('mimetype');
    expect(buf.readUInt16LE(8)).toBe(0);
    const zip = await JSZip.loadAsync(buf);
    const opf = (await zip.file('OEBPS/content.opf')?.async('string')) as string;
    expect([...opf.matchAll(/<itemref idref="(\w+)"/g)].map((m) => m[1])).toEqual(['c001', 'c002', 'c003']);
    expect(opf).toContain('<dc:title>Book &lt;1&gt;</dc:title>');
    const nav = (await zip.file('OEBPS/nav.xhtml')?.async('string')) as string;
    expect(nav).toContain('<a href="c002.xhtml">Chapter 1</a>');
    const c2 = (await zip.file('OEBPS/c002.xhtml')?.async('string')) as string;
    expect(c2).toContain('<h1>Chapter 1</h1>\n<p>One.</p>\n<p>Two<br/>lines.</p>');
  });
});

describe('project archive', () => {
  const limits = { maxEntries: 100, maxEntryBytes: 1024 * 1024, maxTotalBytes: 4 * 1024 * 1024 };
  const input: ArchiveInput = {
    project: { name: 'Pride', description: 'A novel' },
    files: [
      {
        id: 'f1',
        name: 'pride.txt',
        kind: 'manuscript',
        type: 'text',
        original: Buffer.from('Chapter 1\n\nIt is.'),
        text: 'Chapter 1\n\nIt is.',
      },
    ],
    bundle: Buffer.from('# v2 git bundle\n'),
    bible,
  };

  it('writes files, history and story bible, and reads them back', async () => {
    const archive = await readProjectArchive(await writeProjectArchive(input), limits);
    expect(archive.manifest.project).toEqual({ name: 'Pride', description: 'A novel' });
    expect(archive.manifest.files).toMatchObject([
      { id: 'f1', name: 'pride.txt', original: 'files/f1/original' },
    ]);
    expect(archive.read('files/f1/original').toString()).toBe('Chapter 1\n\nIt is.');
    expect(archive.read('history.bundle').toString()).toBe('# v2 git bundle\n');
    expect(JSON.parse(archive.read('bible.json').toString()).entities).toHaveLength(5);
  });

  const refused = async (buf: Buffer, code: string) => {
    const err = await readProjectArchive(buf, limits).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ArchiveError);
    expect((err as ArchiveError).code).toBe(code);
  };

  it('refuses a file that is no zip, and a zip that is no George project', async () => {
    await refused(Buffer.from('not a zip at all'), 'invalid_archive');
    const other = new JSZip();
    other.file('readme.txt', 'hello');
    await refused(await other.generateAsync({ type: 'nodebuffer' }), 'invalid_archive');
  });

  it('refuses entries that climb out of the archive', async () => {
    const zip = await JSZip.loadAsync(await writeProjectArchive(input));
    zip.file('../../outside.txt', 'x');
    await refused(await zip.generateAsync({ type: 'nodebuffer' }), 'invalid_archive');
  });

  it('refuses a zip bomb before inflating it, and too many entries', async () => {
    const bomb = await JSZip.loadAsync(await writeProjectArchive(input));
    bomb.file('padding.bin', Buffer.alloc(8 * 1024 * 1024));
    await refused(
      await bomb.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }),
      'archive_too_large',
    );
    const many = new JSZip();
    for (let i = 0; i < 150; i++) many.file(`f${i}`, '');
    await refused(await many.generateAsync({ type: 'nodebuffer' }), 'archive_too_large');
  });

  it('refuses a manifest naming paths outside its layout, and files that do not match their checksum', async () => {
    const zip = await JSZip.loadAsync(await writeProjectArchive(input));
    const manifest = JSON.parse((await zip.file('manifest.json')?.async('string')) as string);
    const tampered = new JSZip();
    for (const [name, file] of Object.entries(zip.files))
      if (!file.dir) tampered.file(name, await file.async('nodebuffer'));
    tampered.file(
      'manifest.json',
      JSON.stringify({ ...manifest, files: [{ ...manifest.files[0], original: '../etc/passwd' }] }),
    );
    await refused(await tampered.generateAsync({ type: 'nodebuffer' }), 'invalid_archive');
    tampered.file('manifest.json', JSON.stringify(manifest));
    tampered.file('files/f1/original', 'changed');
    await refused(await tampered.generateAsync({ type: 'nodebuffer' }), 'invalid_archive');
  });
});
