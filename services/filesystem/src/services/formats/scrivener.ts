/**
 * A Scrivener project uploaded as a .zip of its `.scriv` folder: the binder's Draft (Manuscript)
 * folder in binder order, each text a chapter titled by its binder title, read from its RTF
 * (Scrivener 3: `Files/Data/<UUID>/content.rtf`; Scrivener 2: `Files/Docs/<ID>.rtf`).
 */
import { posix } from 'node:path';
import { CorruptDocument } from '../../errors.js';
import type { Block } from '../text.js';
import type { Archive } from './archive.js';
import { rtfBlocks } from './rtf.js';
import { childElements, type Element, elements, parseXml, textOf } from './xml.js';

export function scrivenerProject(archive: Archive): string | undefined {
  return archive.names.find((n) => n.endsWith('.scrivx') && !posix.basename(n).startsWith('._'));
}

function contentOf(archive: Archive, root: string, item: Element): string | null {
  const uuid = item.attribs.UUID ?? item.attribs.ID;
  if (!uuid || !/^[A-Za-z0-9-]{1,64}$/.test(uuid)) return null;
  for (const path of [
    posix.join(root, 'Files/Data', uuid, 'content.rtf'),
    posix.join(root, 'Files/Docs', `${uuid}.rtf`),
  ]) {
    if (archive.has(path)) return archive.read(path).toString('latin1');
  }
  return null;
}

export function scrivenerBlocks(archive: Archive): Block[] {
  const projectFile = scrivenerProject(archive);
  if (!projectFile) throw CorruptDocument('the archive holds no Scrivener project (.scrivx)');
  const root = posix.dirname(projectFile) === '.' ? '' : posix.dirname(projectFile);
  const binder = elements(parseXml(archive.text(projectFile)), 'Binder')[0];
  const draft = binder
    ? childElements(binder, 'BinderItem').find((b) => b.attribs.Type === 'DraftFolder')
    : undefined;
  if (!draft) throw CorruptDocument('the Scrivener project has no Draft (Manuscript) folder');
  const blocks: Block[] = [];
  const walk = (item: Element) => {
    for (const children of childElements(item, 'Children')) {
      for (const child of childElements(children, 'BinderItem')) {
        const title = textOf(childElements(child, 'Title')[0] ?? { children: [] })
          .replace(/\s+/g, ' ')
          .trim();
        const rtf = contentOf(archive, root, child);
        if (child.attribs.Type === 'Text' || rtf) {
          blocks.push({ text: title || 'Untitled', heading: 1 });
          if (rtf)
            blocks.push(
              ...rtfBlocks(rtf).map((b) =>
                b.heading === undefined ? b : { text: b.text, heading: Math.max(2, b.heading) },
              ),
            );
        }
        walk(child);
      }
    }
  };
  walk(draft);
  return blocks;
}
