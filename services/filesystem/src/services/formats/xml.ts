/** XML documents (EPUB packages, ODF content, Scrivener binders) through htmlparser2 in XML mode. */
import { type ChildNode, type Document, type Element, isTag, isText } from 'domhandler';
import { parseDocument } from 'htmlparser2';

export type { Element };

export function parseXml(xml: string): Document {
  return parseDocument(xml, { xmlMode: true, decodeEntities: true });
}

/** Local name of an element: `opf:item` and `item` are both `item`. */
export function localName(el: Element): string {
  const colon = el.name.indexOf(':');
  return colon < 0 ? el.name : el.name.slice(colon + 1);
}

export function isElement(node: ChildNode): node is Element {
  return isTag(node);
}

/** Every element below `root` (depth first, document order) whose local name is `name`. */
export function elements(root: { children: ChildNode[] }, name: string): Element[] {
  const out: Element[] = [];
  const walk = (node: { children: ChildNode[] }) => {
    for (const child of node.children) {
      if (!isTag(child)) continue;
      if (localName(child) === name) out.push(child);
      walk(child);
    }
  };
  walk(root);
  return out;
}

export function childElements(el: Element, name?: string): Element[] {
  return el.children.filter((c): c is Element => isTag(c) && (name === undefined || localName(c) === name));
}

/** An attribute by local name (`epub:type` or `type`). */
export function attribute(el: Element, name: string): string | undefined {
  for (const [key, value] of Object.entries(el.attribs)) {
    const colon = key.indexOf(':');
    if ((colon < 0 ? key : key.slice(colon + 1)) === name) return value;
  }
  return undefined;
}

/** The text inside an element, as written. */
export function textOf(node: { children: ChildNode[] }): string {
  let out = '';
  for (const child of node.children) {
    if (isText(child)) out += child.data;
    else if (isTag(child)) out += textOf(child);
  }
  return out;
}
