/** .odt (OpenDocument Text): headings by outline level, paragraphs, lists and table cells in order. */
import { isText } from 'domhandler';
import { CorruptDocument } from '../../errors.js';
import type { Block } from '../text.js';
import type { Archive } from './archive.js';
import { attribute, type Element, elements, isElement, localName, parseXml } from './xml.js';

export const ODT_MIME = 'application/vnd.oasis.opendocument.text';

export function isOdt(archive: Archive): boolean {
  return archive.has('mimetype') && archive.text('mimetype').trim() === ODT_MIME;
}

/** The text of a paragraph or heading: spans, spaces (`text:s`), tabs and line breaks; notes left out. */
function inlineText(el: Element): string {
  let out = '';
  for (const child of el.children) {
    if (isElement(child)) {
      const name = localName(child);
      if (name === 's') out += ' '.repeat(Math.min(100, Number(attribute(child, 'c') ?? 1) || 1));
      else if (name === 'tab') out += '\t';
      else if (name === 'line-break') out += '\n';
      else if (name !== 'note' && name !== 'annotation' && name !== 'bookmark') out += inlineText(child);
    } else if (isText(child)) out += child.data;
  }
  return out;
}

export function odtBlocks(archive: Archive): Block[] {
  if (!archive.has('content.xml')) throw CorruptDocument('the .odt file has no content.xml');
  const body = elements(parseXml(archive.text('content.xml')), 'text').find(
    (el) => el.name === 'office:text',
  );
  if (!body) throw CorruptDocument('the .odt file has no text body');
  const blocks: Block[] = [];
  const walk = (node: Element) => {
    for (const child of node.children) {
      if (!isElement(child)) continue;
      const name = localName(child);
      if (name === 'h') {
        const level = Number(attribute(child, 'outline-level') ?? 1);
        blocks.push({
          text: inlineText(child),
          heading: Number.isInteger(level) && level >= 1 && level <= 6 ? level : 1,
        });
      } else if (name === 'p') blocks.push({ text: inlineText(child) });
      else if (name !== 'tracked-changes' && name !== 'sequence-decls' && name !== 'variable-decls')
        walk(child);
    }
  };
  walk(body);
  return blocks;
}
