/**
 * A manuscript out of George: Markdown, .docx (the `docx` package) and EPUB 3 (written here with
 * JSZip: the format is a zip of a few XHTML and XML files, and the EPUB writers on npm wrap HTML
 * fetching and templates this needs none of), each with the book's chapters and their headings.
 */
import { AlignmentType, Document, HeadingLevel, Packer, Paragraph, TextRun } from 'docx';
import JSZip from 'jszip';

export interface ManuscriptSource {
  title: string;
  author?: string;
  /** The file's normalised text and its chapters (the filesystem's), in text order. */
  text: string;
  chapters: ReadonlyArray<{ title: string; start: number; end: number }>;
}

export interface ManuscriptSection {
  /** The chapter heading, or null for text before the first chapter. */
  title: string | null;
  /** Paragraphs; a single line break inside one is kept. */
  paragraphs: string[];
}

/** The text as sections: what comes before the first chapter, then one per chapter without its heading. */
export function manuscriptSections(source: ManuscriptSource): ManuscriptSection[] {
  const paragraphsOf = (slice: string) =>
    slice
      .split(/\n[ \t]*\n/)
      .map((p) => p.trim())
      .filter((p) => p !== '');
  const chapters = [...source.chapters].sort((a, b) => a.start - b.start);
  const sections: ManuscriptSection[] = [];
  const before = chapters.length > 0 ? source.text.slice(0, chapters[0]?.start) : source.text;
  if (paragraphsOf(before).length > 0) sections.push({ title: null, paragraphs: paragraphsOf(before) });
  for (const chapter of chapters) {
    const paragraphs = paragraphsOf(source.text.slice(chapter.start, chapter.end));
    // The chapter's first paragraph is its heading as the text has it.
    if (paragraphs[0]?.replace(/^#+\s*/, '').replace(/\s+/g, ' ') === chapter.title) paragraphs.shift();
    sections.push({ title: chapter.title, paragraphs });
  }
  return sections;
}

export function manuscriptMarkdown(source: ManuscriptSource): string {
  const lines = [`# ${source.title}`, ''];
  if (source.author) lines.push(`*${source.author}*`, '');
  for (const section of manuscriptSections(source)) {
    if (section.title !== null) lines.push(`## ${section.title}`, '');
    // Markdown reads a single line break as a space: two trailing spaces keep it.
    for (const p of section.paragraphs) lines.push(p.replace(/\n/g, '  \n'), '');
  }
  return `${lines.join('\n').trimEnd()}\n`;
}

export async function manuscriptDocx(source: ManuscriptSource): Promise<Buffer> {
  const runs = (p: string) =>
    p.split('\n').map((line, i) => new TextRun({ text: line, ...(i > 0 ? { break: 1 } : {}) }));
  const children: Paragraph[] = [new Paragraph({ text: source.title, heading: HeadingLevel.TITLE })];
  if (source.author)
    children.push(
      new Paragraph({
        children: [new TextRun({ text: source.author, italics: true })],
        alignment: AlignmentType.CENTER,
      }),
    );
  manuscriptSections(source).forEach((section, i) => {
    if (section.title !== null)
      children.push(
        new Paragraph({ text: section.title, heading: HeadingLevel.HEADING_1, pageBreakBefore: i > 0 }),
      );
    for (const p of section.paragraphs) children.push(new Paragraph({ children: runs(p) }));
  });
  const doc = new Document({
    creator: source.author ?? 'George',
    title: source.title,
    sections: [{ children }],
  });
  return Packer.toBuffer(doc);
}

const xml = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** EPUB 3 with an EPUB 2 table of contents too: one XHTML document per chapter, in the spine in order. */
export async function manuscriptEpub(source: ManuscriptSource, identifier: string): Promise<Buffer> {
  const sections = manuscriptSections(source).map((s, i) => ({
    ...s,
    id: `c${String(i + 1).padStart(3, '0')}`,
    heading: s.title ?? source.title,
  }));
  const zip = new JSZip();
  // The mimetype comes first and is stored, so that readers can tell the format from the bytes.
  zip.file('mimetype', 'application/epub+zip', { compression: 'STORE' });
  zip.file(
    'META-INF/container.xml',
    '<?xml version="1.0" encoding="UTF-8"?>\n<container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container"><rootfiles><rootfile full-path="OEBPS/content.opf" media-type="application/oebps-package+xml"/></rootfiles></container>\n',
  );
  const modified = new Date().toISOString().replace(/\.\d{3}Z$/, 'Z');
  zip.file(
    'OEBPS/content.opf',
    `<?xml version="1.0" encoding="UTF-8"?>
<package xmlns="http://www.idpf.org/2007/opf" version="3.0" unique-identifier="book-id">
  <metadata xmlns:dc="http://purl.org/dc/elements/1.1/">
    <dc:identifier id="book-id">urn:george:${xml(identifier)}</dc:identifier>
    <dc:title>${xml(source.title)}</dc:title>
    <dc:language>en</dc:language>${source.author ? `\n    <dc:creator>${xml(source.author)}</dc:creator>` : ''}
    <meta property="dcterms:modified">${modified}</meta>
  </metadata>
  <manifest>
    <item id="nav" href="nav.xhtml" media-type="application/xhtml+xml" properties="nav"/>
    <item id="ncx" href="toc.ncx" media-type="application/x-dtbncx+xml"/>
${sections.map((s) => `    <item id="${s.id}" href="${s.id}.xhtml" media-type="application/xhtml+xml"/>`).join('\n')}
  </manifest>
  <spine toc="ncx">
${sections.map((s) => `    <itemref idref="${s.id}"/>`).join('\n')}
  </spine>
</package>
`,
  );
  zip.file(
    'OEBPS/nav.xhtml',
    `<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE html>
<html xmlns="http://www.w3.org/1999/xhtml" xmlns:epub="http://www.idpf.org/2007/ops" lang="en"><head><title>${xml(source.title)}</title></head>
<body><nav epub:type="toc" id="toc"><h1>Contents</h1><ol>
${sections.map((s) => `<li><a href="${s.id}.xhtml">${xml(s.heading)}</a></li>`).join('\n')}
</ol></nav></body></html>
`,
  );
  zip.file(
    'OEBPS/toc.ncx',
    `<?xml version="1.0" encoding="UTF-8"?>
<ncx xmlns="http://www.daisy.org/z3986/2005/ncx/" version="2005-1"><head><meta name="dtb:uid" content="urn:george:${xml(identifier)}"/></head>
<docTitle><text>${xml(source.title)}</text></docTitle><navMap>
${sections.map((s, i) => `<navPoint id="n${s.id}" playOrder="${i + 1}"><navLabel><text>${xml(s.heading)}</text></navLabel><content src="${s.id}.xhtml"/></navPoint>`).join('\n')}
</navMap></ncx>
`,
  );
  for (const s of sections) {
    zip.file(
      `OEBPS/${s.id}.xhtml`,
      `<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE html>
<html xmlns="http://www.w3.org/1999/xhtml" lang="en"><head><title>${xml(s.heading)}</title></head>
<body>
${s.title !== null ? `<h1>${xml(s.title)}</h1>\n` : ''}${s.paragraphs.map((p) => `<p>${xml(p).replace(/\n/g, '<br/>')}</p>`).join('\n')}
</body></html>
`,
    );
  }
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', mimeType: 'application/epub+zip' });
}
