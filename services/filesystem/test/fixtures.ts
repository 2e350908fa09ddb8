/** Test fixtures: .docx and .pdf files generated here, multipart bodies, the novels' location. */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { REPO_ROOT } from '@george/runtime/testing';
import JSZip from 'jszip';
import { PDFDocument, StandardFonts } from 'pdf-lib';

/** `../shared/data/novels` from the repository root (a copy of shared/ sits beside the clone in CI). */
export const NOVELS_DIR = resolve(REPO_ROOT, '../shared/data/novels');
export const PRIDE = join(NOVELS_DIR, '1342_pride_and_prejudice.txt');
if (!existsSync(PRIDE)) throw new Error(`novels not found at ${NOVELS_DIR}`);

const xmlEscape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** A minimal but real .docx: headings use the Heading1 style, every paragraph is a w:p. */
export async function makeDocx(paragraphs: { text: string; heading?: boolean }[]): Promise<Buffer> {
  const zip = new JSZip();
  zip.file(
    '[Content_Types].xml',
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/></Types>',
  );
  zip.file(
    '_rels/.rels',
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
  );
  zip.file(
    'word/_rels/document.xml.rels',
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>',
  );
  zip.file(
    'word/styles.xml',
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/></w:style></w:styles>',
  );
  const body = paragraphs
    .map((p) => {
      const runs = p.text
        .split('\n')
        .map(
          (line, i) =>
            `${i > 0 ? '<w:r><w:br/></w:r>' : ''}<w:r><w:t xml:space="preserve">${xmlEscape(line)}</w:t></w:r>`,
        )
        .join('');
      return `<w:p>${p.heading ? '<w:pPr><w:pStyle w:val="Heading1"/></w:pPr>' : ''}${runs}</w:p>`;
    })
    .join('');
  zip.file(
    'word/document.xml',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}</w:body></w:document>`,
  );
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

/** A zip with word/document.xml that expands about 1000 times. */
export async function makeZipBomb(): Promise<Buffer> {
  const zip = new JSZip();
  zip.file('[Content_Types].xml', '<Types/>');
  zip.file('word/document.xml', ' '.repeat(20 * 1024 * 1024));
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 9 } });
}

/** A .docx whose central directory and local header understate word/document.xml's real size. */
export async function makeLyingZip(): Promise<Buffer> {
  const zip = new JSZip();
  zip.file('[Content_Types].xml', '<Types/>');
  zip.file('word/document.xml', `<w:document>${' '.repeat(900_000)}</w:document>`);
  const buf = await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
  const name = Buffer.from('word/document.xml');
  for (let i = 0; i < buf.length - 4; i++) {
    const sig = buf.readUInt32LE(i);
    if (sig === 0x02014b50 && buf.subarray(i + 46, i + 46 + name.length).equals(name))
      buf.writeUInt32LE(1000, i + 24);
    if (sig === 0x04034b50 && buf.subarray(i + 30, i + 30 + name.length).equals(name))
      buf.writeUInt32LE(1000, i + 22);
  }
  return buf;
}

/**
 * A .docx with its entries' headers changed in place: `flags` or-ed into the general-purpose bits
 * (bit 0: encrypted) and `method` as the compression method, in both the central directory and
 * the local headers.
 */
export async function makeAlteredDocx(change: { flags?: number; method?: number }): Promise<Buffer> {
  const buf = await makeDocx([{ text: 'Chapter 1', heading: true }, { text: 'A secret.' }]);
  for (let i = 0; i < buf.length - 4; i++) {
    const sig = buf.readUInt32LE(i);
    const at = sig === 0x02014b50 ? i + 8 : sig === 0x04034b50 ? i + 6 : -1;
    if (at < 0) continue;
    if (change.flags) buf.writeUInt16LE(buf.readUInt16LE(at) | change.flags, at);
    if (change.method !== undefined) buf.writeUInt16LE(change.method, at + 2);
  }
  return buf;
}

/** A zip of `count` tiny entries (the entry-count limit). */
export async function makeManyEntries(count: number): Promise<Buffer> {
  const zip = new JSZip();
  for (let i = 0; i < count; i++) zip.file(`e${i}.txt`, 'x');
  zip.file('word/document.xml', '<w:document/>');
  return zip.generateAsync({ type: 'nodebuffer', compression: 'STORE' });
}

/** A PDF with one page per chapter: a heading line, then short paragraphs of wrapped lines. */
export async function makePdf(chapters: { title: string; paragraphs: string[][] }[]): Promise<Buffer> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.TimesRoman);
  for (const chapter of chapters) {
    const page = doc.addPage([612, 792]);
    let y = 740;
    page.drawText(chapter.title, { x: 72, y, size: 18, font });
    y -= 36;
    for (const lines of chapter.paragraphs) {
      for (const line of lines) {
        page.drawText(line, { x: 72, y, size: 12, font });
        y -= 15;
      }
      y -= 10;
    }
  }
  return Buffer.from(await doc.save({ useObjectStreams: false }));
}

/** The same PDF with an /Encrypt entry in its trailer, as password-protected PDFs have. */
export function markEncrypted(pdf: Buffer): Buffer {
  const text = pdf.toString('latin1');
  return Buffer.from(text.replace(/trailer\s*<</, 'trailer\n<<\n/Encrypt 99 0 R'), 'latin1');
}

/** A multipart/form-data body with one `file` part. */
export function multipart(filename: string, data: Buffer | string, field = 'file') {
  const boundary = `----test${Math.random().toString(16).slice(2)}`;
  const payload = Buffer.concat([
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="${field}"; filename="${filename}"\r\nContent-Type: application/octet-stream\r\n\r\n`,
    ),
    typeof data === 'string' ? Buffer.from(data) : data,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  return { payload, headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}
