/**
 * .epub: the package's spine in order, each linear item a chapter titled from the table of
 * contents (EPUB 3 navigation document or EPUB 2 NCX), else from the item's first heading.
 */
import { posix } from 'node:path';
import { CorruptDocument } from '../../errors.js';
import { blocksFromHtml } from '../html.js';
import type { Block } from '../text.js';
import { type Archive, unsafeEntryName } from './archive.js';
import { attribute, childElements, elements, parseXml, textOf } from './xml.js';

export function isEpub(archive: Archive): boolean {
  return (
    (archive.has('mimetype') && archive.text('mimetype').trim() === 'application/epub+zip') ||
    archive.has('META-INF/container.xml')
  );
}

/** A path inside the archive from an href relative to `base` (a folder), or null when it leaves it. */
function resolve(base: string, href: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(href.split('#')[0] ?? '');
  } catch {
    return null;
  }
  if (decoded === '' || /^[a-z][a-z0-9+.-]*:/i.test(decoded)) return null;
  const path = posix.normalize(posix.join(base, decoded));
  return path.startsWith('../') || unsafeEntryName(path) ? null : path;
}

/** Titles by item path from the navigation document or the NCX. */
function tableOfContents(
  archive: Archive,
  opfDir: string,
  manifest: Map<string, { href: string; type: string; properties: string }>,
  ncxId: string | undefined,
) {
  const titles = new Map<string, string>();
  const nav = [...manifest.values()].find((m) => m.properties.split(/\s+/).includes('nav'));
  const navPath = nav ? resolve(opfDir, nav.href) : null;
  if (navPath && archive.has(navPath)) {
    const doc = parseXml(archive.text(navPath));
    const tocNav =
      elements(doc, 'nav').find((n) => (attribute(n, 'type') ?? '').includes('toc')) ??
      elements(doc, 'nav')[0];
    for (const a of tocNav ? elements(tocNav, 'a') : []) {
      const target = resolve(posix.dirname(navPath), a.attribs.href ?? '');
      const title = textOf(a).replace(/\s+/g, ' ').trim();
      if (target && title && !titles.has(target)) titles.set(target, title);
    }
  }
  const ncx = ncxId
    ? manifest.get(ncxId)
    : [...manifest.values()].find((m) => m.type === 'application/x-dtbncx+xml');
  const ncxPath = ncx ? resolve(opfDir, ncx.href) : null;
  if (titles.size === 0 && ncxPath && archive.has(ncxPath)) {
    for (const point of elements(parseXml(archive.text(ncxPath)), 'navPoint')) {
      const label = childElements(point, 'navLabel')[0];
      const content = childElements(point, 'content')[0];
      const target = content ? resolve(posix.dirname(ncxPath), content.attribs.src ?? '') : null;
      const title = label ? textOf(label).replace(/\s+/g, ' ').trim() : '';
      if (target && title && !titles.has(target)) titles.set(target, title);
    }
  }
  return titles;
}

/** The body of an XHTML document without head, scripts and styles. */
function bodyHtml(xhtml: string): string {
  const body = /<body\b[^>]*>([\s\S]*)<\/body>/i.exec(xhtml);
  return (body?.[1] ?? xhtml).replace(/<(script|style)\b[\s\S]*?<\/\1>/gi, '');
}

export function epubBlocks(archive: Archive): Block[] {
  if (!archive.has('META-INF/container.xml'))
    throw CorruptDocument('the .epub file has no META-INF/container.xml');
  const rootfile = elements(parseXml(archive.text('META-INF/container.xml')), 'rootfile')[0];
  const opfPath = rootfile ? resolve('', rootfile.attribs['full-path'] ?? '') : null;
  if (!opfPath || !archive.has(opfPath))
    throw CorruptDocument('the .epub file names no readable package document');
  const opfDir = posix.dirname(opfPath) === '.' ? '' : posix.dirname(opfPath);
  const opf = parseXml(archive.text(opfPath));
  const manifest = new Map<string, { href: string; type: string; properties: string }>();
  for (const item of elements(opf, 'item')) {
    const id = item.attribs.id;
    if (id)
      manifest.set(id, {
        href: item.attribs.href ?? '',
        type: item.attribs['media-type'] ?? '',
        properties: item.attribs.properties ?? '',
      });
  }
  const spine = elements(opf, 'spine')[0];
  if (!spine) throw CorruptDocument('the .epub file has no spine');
  const titles = tableOfContents(archive, opfDir, manifest, spine.attribs.toc);
  const blocks: Block[] = [];
  for (const ref of childElements(spine, 'itemref')) {
    if (ref.attribs.linear === 'no') continue;
    const item = manifest.get(ref.attribs.idref ?? '');
    if (!item || item.properties.split(/\s+/).includes('nav') || !/html/.test(item.type)) continue;
    const path = resolve(opfDir, item.href);
    if (!path || !archive.has(path)) continue;
    const itemBlocks = blocksFromHtml(bodyHtml(archive.text(path)));
    const firstHeading = itemBlocks.find((b) => b.heading !== undefined);
    const title = titles.get(path) ?? firstHeading?.text.replace(/\s+/g, ' ').trim();
    if (title) blocks.push({ text: title, heading: 1 });
    for (const block of itemBlocks) {
      // The item's own heading repeating the title is the chapter heading already given.
      if (block === firstHeading && block.text.replace(/\s+/g, ' ').trim() === title) continue;
      blocks.push(
        block.heading === undefined ? block : { text: block.text, heading: Math.max(2, block.heading + 1) },
      );
    }
  }
  if (blocks.length === 0) throw CorruptDocument('the .epub file has no readable text in its spine');
  return blocks;
}
