/** HTML (mammoth's .docx output, EPUB documents) to text blocks. */
import type { Block } from './text.js';

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, ent: string) => {
    if (ent[0] === '#') {
      const code =
        ent[1] === 'x' || ent[1] === 'X' ? Number.parseInt(ent.slice(2), 16) : Number(ent.slice(1));
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : '';
    }
    return ENTITIES[ent.toLowerCase()] ?? whole;
  });
}

/** Mammoth's HTML to blocks: one per heading, paragraph, list item or table cell. */
export function blocksFromHtml(html: string): Block[] {
  const blocks: Block[] = [];
  let current: Block | undefined;
  const flush = () => {
    if (current && current.text.trim() !== '') blocks.push(current);
    current = undefined;
  };
  const tokens = html.split(/(<[^>]*>)/);
  for (const token of tokens) {
    if (token.startsWith('<')) {
      const m = /^<\/?\s*([a-z0-9]+)/i.exec(token);
      const tag = m?.[1]?.toLowerCase() ?? '';
      const closing = token.startsWith('</');
      if (tag === 'br') {
        if (current) current.text += '\n';
      } else if (/^(h[1-6]|p|li|td|th|tr|table|ul|ol|blockquote)$/.test(tag)) {
        flush();
        if (!closing && /^(h[1-6]|p|li|td|th)$/.test(tag)) {
          current = tag[0] === 'h' && tag.length === 2 ? { text: '', heading: Number(tag[1]) } : { text: '' };
        }
      }
      continue;
    }
    if (token === '') continue;
    if (!current) current = { text: '' };
    current.text += decodeEntities(token);
  }
  flush();
  return blocks;
}
