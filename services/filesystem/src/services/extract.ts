/** Type detection from the content (never the name) and text extraction, into Blocks. */
import chardet from 'chardet';
import iconv from 'iconv-lite';
import mammoth from 'mammoth';
import { CorruptDocument, EmptyFile, EncryptedPdf, UnsupportedType } from '../errors.js';
import { archiveOf } from './formats/archive.js';
import { epubBlocks, isEpub } from './formats/epub.js';
import { isOdt, ODT_MIME, odtBlocks } from './formats/odt.js';
import { isRtf, rtfBlocks } from './formats/rtf.js';
import { scrivenerBlocks, scrivenerProject } from './formats/scrivener.js';
import { blocksFromHtml } from './html.js';
import { type Block, blocksFromPlainText, isChapterHeading, normaliseText } from './text.js';
import { readZip, type ZipLimits } from './zip.js';

export { blocksFromHtml };

export type DetectedType = 'text' | 'markdown' | 'docx' | 'pdf' | 'epub' | 'odt' | 'rtf' | 'scrivener';

export interface Extracted {
  type: DetectedType;
  mediaType: string;
  encoding?: string;
  blocks: Block[];
}

export const MEDIA_TYPES: Record<DetectedType, string> = {
  text: 'text/plain; charset=utf-8',
  markdown: 'text/markdown; charset=utf-8',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  pdf: 'application/pdf',
  epub: 'application/epub+zip',
  odt: ODT_MIME,
  rtf: 'application/rtf',
  scrivener: 'application/zip',
};

/** How an author knows each format the service reads; the refusals list these, so they never drift. */
const FORMAT_NAMES: Record<DetectedType, string> = {
  text: '.txt',
  markdown: '.md',
  docx: '.docx',
  pdf: '.pdf',
  epub: '.epub',
  odt: '.odt',
  rtf: '.rtf',
  scrivener: 'a Scrivener project as .zip',
};
const formatNames = Object.values(FORMAT_NAMES);
const ACCEPTED = `${formatNames.slice(0, -1).join(', ')} or ${formatNames.at(-1)}`;

/** The 415 for content that is none of the formats read: what it is, and what would be read. */
const notAccepted = (what: string) => UnsupportedType(`the file is ${what}; George reads ${ACCEPTED}`);

const KNOWN_BINARIES: [number[], string][] = [
  [[0x89, 0x50, 0x4e, 0x47], 'a PNG image'],
  [[0xff, 0xd8, 0xff], 'a JPEG image'],
  [[0x47, 0x49, 0x46, 0x38], 'a GIF image'],
  [[0x1f, 0x8b], 'a gzip archive'],
  [[0x7f, 0x45, 0x4c, 0x46], 'an executable'],
  [[0x4d, 0x5a], 'an executable'],
  [[0xd0, 0xcf, 0x11, 0xe0], 'a legacy Office document (.doc); save it as .docx'],
  [[0x52, 0x61, 0x72, 0x21], 'a RAR archive'],
  [[0x37, 0x7a, 0xbc, 0xaf], 'a 7-Zip archive'],
];

function startsWith(buf: Buffer, bytes: number[]): boolean {
  return bytes.every((b, i) => buf[i] === b);
}

export interface ExtractOptions {
  zip: ZipLimits;
  /** Used only to tell Markdown from plain text once the content is known to be text. */
  name: string;
}

/** The documents read in a worker thread: zip archives (.docx, .epub, .odt, Scrivener), PDF, RTF. */
export type DocumentKind = 'archive' | 'pdf' | 'rtf';
export type DocumentExtractor = (kind: DocumentKind, buf: Buffer, zip: ZipLimits) => Promise<Extracted>;

/** Extracts a document in this thread (the worker thread of extract-runner.ts calls this). */
export const extractDocument: DocumentExtractor = (kind, buf, zip) =>
  kind === 'archive' ? extractArchive(buf, zip) : kind === 'rtf' ? extractRtf(buf) : extractPdf(buf);

/** A zip archive is a .docx, an .epub, an .odt or a Scrivener project, told by its entries. */
async function extractArchive(buf: Buffer, zip: ZipLimits): Promise<Extracted> {
  const entries = await readZip(buf, zip);
  if (entries.has('word/document.xml')) return extractDocx(buf);
  const archive = archiveOf(entries, 'archive');
  const as = (type: DetectedType, blocks: Block[]): Extracted => ({
    type,
    mediaType: MEDIA_TYPES[type],
    blocks,
  });
  if (isEpub(archive)) return as('epub', epubBlocks(archive));
  if (isOdt(archive)) return as('odt', odtBlocks(archive));
  if (scrivenerProject(archive)) return as('scrivener', scrivenerBlocks(archive));
  throw UnsupportedType('the file is a zip archive but not a .docx, .epub, .odt or Scrivener project');
}

async function extractRtf(buf: Buffer): Promise<Extracted> {
  return { type: 'rtf', mediaType: MEDIA_TYPES.rtf, blocks: rtfBlocks(buf.toString('latin1')) };
}

/**
 * Detects the type from the bytes and extracts the text; 415 for other types, 422 for bad
 * documents. Text is decoded here; .docx and PDF go to `documents` (in-process by default).
 */
export async function extract(
  buf: Buffer,
  options: ExtractOptions,
  documents: DocumentExtractor = extractDocument,
): Promise<Extracted> {
  if (buf.length === 0) throw EmptyFile();
  if (startsWith(buf, [0x50, 0x4b, 0x03, 0x04]) || startsWith(buf, [0x50, 0x4b, 0x05, 0x06])) {
    return documents('archive', buf, options.zip);
  }
  if (isRtf(buf)) return documents('rtf', buf, options.zip);
  if (buf.subarray(0, 1024).includes('%PDF-')) return documents('pdf', buf, options.zip);
  for (const [magic, what] of KNOWN_BINARIES) {
    if (startsWith(buf, magic)) throw notAccepted(what);
  }
  const { text, encoding } = decodeText(buf);
  const markdown = /\.(md|markdown)$/i.test(options.name) || /^#{1,6}[ \t]+\S/m.test(text.slice(0, 20_000));
  const type: DetectedType = markdown ? 'markdown' : 'text';
  return {
    type,
    mediaType: MEDIA_TYPES[type],
    encoding,
    blocks: blocksFromPlainText(normaliseText(text, { blankRuns: true })),
  };
}

/** UTF-8 when it is valid UTF-8 (or has a BOM), otherwise chardet's guess decoded by iconv-lite. */
export function decodeText(buf: Buffer): { text: string; encoding: string } {
  let encoding: string | undefined;
  if (startsWith(buf, [0xef, 0xbb, 0xbf])) encoding = 'UTF-8';
  else if (startsWith(buf, [0xff, 0xfe])) encoding = 'UTF-16LE';
  else if (startsWith(buf, [0xfe, 0xff])) encoding = 'UTF-16BE';
  let text: string | undefined;
  if (!encoding) {
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(buf);
      encoding = 'UTF-8';
    } catch {
      encoding = guessEncoding(buf.subarray(0, 256 * 1024));
    }
  }
  if (!encoding || !iconv.encodingExists(encoding)) {
    throw notAccepted('not text in a known encoding');
  }
  if (text === undefined) text = iconv.decode(buf, encoding);
  text = text.replace(/^\uFEFF/, '');
  // Text has no NUL bytes and next to no control characters; binary data decoded as text has many.
  let control = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0) throw notAccepted('binary');
    if ((c < 32 && c !== 9 && c !== 10 && c !== 13 && c !== 12) || c === 0xfffd) control++;
  }
  if (control > 8 && control / text.length > 0.001) {
    throw notAccepted('binary');
  }
  return { text, encoding: encoding.toUpperCase() };
}

/** chardet's best guess; a Western single-byte encoding wins a near tie (the usual case for novels). */
function guessEncoding(sample: Buffer): string | undefined {
  const candidates = chardet.analyse(sample);
  const top = candidates[0];
  if (!top) return undefined;
  if (/^(ISO-8859-\d+|windows-12\d\d)$/i.test(top.name) && !/^(ISO-8859-1|windows-1252)$/i.test(top.name)) {
    const western = candidates.find((c) => /^(ISO-8859-1|windows-1252)$/i.test(c.name));
    if (western && western.confidence >= top.confidence - 15) return western.name;
  }
  return top.name;
}

/** A .docx whose archive readZip has checked: mammoth to HTML, then blocks. */
async function extractDocx(buf: Buffer): Promise<Extracted> {
  let html: string;
  try {
    html = (await mammoth.convertToHtml({ buffer: buf })).value;
  } catch {
    throw CorruptDocument('the .docx file is corrupt and could not be read');
  }
  return { type: 'docx', mediaType: MEDIA_TYPES.docx, blocks: blocksFromHtml(html) };
}

/** True when the PDF declares an /Encrypt dictionary in a trailer or cross-reference stream. */
export function pdfIsEncrypted(buf: Buffer): boolean {
  let at = buf.indexOf('/Encrypt');
  while (at >= 0) {
    const after = buf.toString('latin1', at + 8, at + 40);
    if (/^\s*(\d+\s+\d+\s+R|<<)/.test(after)) return true;
    at = buf.indexOf('/Encrypt', at + 8);
  }
  return false;
}

interface PdfTextPage {
  text: string;
}

async function extractPdf(buf: Buffer): Promise<Extracted> {
  if (pdfIsEncrypted(buf)) throw EncryptedPdf();
  const { PDFParse } = await import('pdf-parse');
  const parser = new PDFParse({ data: new Uint8Array(buf) });
  let pages: PdfTextPage[];
  try {
    const result = await parser.getText({ pageJoiner: '' });
    pages = result.pages;
  } catch (err) {
    const name = typeof err === 'object' && err !== null && 'name' in err ? err.name : undefined;
    if (name === 'PasswordException') throw EncryptedPdf();
    throw CorruptDocument('the PDF is corrupt and could not be read');
  } finally {
    await parser.destroy().catch(() => undefined);
  }
  return { type: 'pdf', mediaType: MEDIA_TYPES.pdf, blocks: blocksFromPdfPages(pages.map((p) => p.text)) };
}

/**
 * PDF text has lines but no paragraphs: a line ending a sentence that is clearly shorter than the
 * page's full lines ends a paragraph; headings are paragraphs of their own; a blank line ends one.
 */
export function blocksFromPdfPages(pages: string[]): Block[] {
  const blocks: Block[] = [];
  let current: string[] = [];
  const flush = () => {
    if (current.length > 0) blocks.push({ text: current.join('\n') });
    current = [];
  };
  for (const page of pages) {
    const lines = normaliseText(page).split('\n');
    const full = Math.max(1, ...lines.map((l) => l.trim().length));
    for (const raw of lines) {
      const line = raw.replace(/\t/g, ' ').trim();
      if (line === '') {
        flush();
        continue;
      }
      if (isChapterHeading(line)) {
        flush();
        blocks.push({ text: line });
        continue;
      }
      current.push(line);
      if (/[.!?"'”’)]$/.test(line) && line.length < full * 0.8) flush();
    }
    // A page break ends a paragraph only where a sentence ends.
    const last = current[current.length - 1];
    if (last !== undefined && /[.!?"'”’)]$/.test(last)) flush();
  }
  flush();
  return blocks;
}
