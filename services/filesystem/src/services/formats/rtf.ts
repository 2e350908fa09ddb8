/**
 * RTF to text blocks: paragraphs (`\par`), line breaks, tabs, Unicode (`\uN` with its fallback
 * skipped) and code-page characters (`\'hh` in the document's `\ansicpg`), headings from
 * `\outlinelevelN`; font, colour and style tables, pictures, objects, headers, footers, notes and
 * field instructions are left out.
 *
 * Hand-written: the RTF readers on npm convert to HTML through unmaintained parsers
 * (@iarna/rtf-to-html and rtf-parser have had no release since 2017); extracting text needs only
 * this tokenizer.
 */
import { mustAt } from '@george/runtime/collections';
import iconv from 'iconv-lite';
import type { Block } from '../text.js';

const SKIPPED = new Set([
  'fonttbl',
  'colortbl',
  'stylesheet',
  'info',
  'pict',
  'object',
  'header',
  'headerl',
  'headerr',
  'headerf',
  'footer',
  'footerl',
  'footerr',
  'footerf',
  'footnote',
  'annotation',
  'fldinst',
  'listtable',
  'listoverridetable',
  'rsidtbl',
  'generator',
  'xmlnstbl',
  'themedata',
  'colorschememapping',
  'datastore',
  'latentstyles',
  'pgdsctbl',
  'filetbl',
  'revtbl',
  'bkmkstart',
  'bkmkend',
]);

interface GroupState {
  skip: boolean;
  /** Characters to drop after `\uN` (`\ucN`). */
  uc: number;
}

export function isRtf(buf: Buffer): boolean {
  return (
    buf.subarray(0, 6).toString('latin1') === '{\\rtf1' || buf.subarray(0, 5).toString('latin1') === '{\\rtf'
  );
}

export function rtfBlocks(source: string): Block[] {
  const blocks: Block[] = [];
  let paragraph = '';
  let outline: number | null = null;
  let encoding = 'windows-1252';
  let state: GroupState = { skip: false, uc: 1 };
  const stack: GroupState[] = [];
  let dropFallback = 0;
  const bytes: number[] = [];
  const flushBytes = () => {
    if (bytes.length === 0) return;
    paragraph += iconv.encodingExists(encoding)
      ? iconv.decode(Buffer.from(bytes), encoding)
      : Buffer.from(bytes).toString('latin1');
    bytes.length = 0;
  };
  const emit = (s: string) => {
    if (state.skip) return;
    if (dropFallback > 0) {
      dropFallback--;
      return;
    }
    flushBytes();
    paragraph += s;
  };
  const endParagraph = () => {
    flushBytes();
    const text = paragraph.replace(/[ \t]+/g, ' ').trim();
    if (text !== '') blocks.push(outline === null ? { text } : { text, heading: Math.min(6, outline + 1) });
    paragraph = '';
  };

  let i = 0;
  while (i < source.length) {
    const c = mustAt(source, i);
    if (c === '{') {
      stack.push(state);
      state = { ...state };
      i++;
      // `{\*\destination ...}`: a destination a reader may ignore.
      if (source.startsWith('\\*', i)) state.skip = true;
      continue;
    }
    if (c === '}') {
      flushBytes();
      state = stack.pop() ?? { skip: false, uc: 1 };
      i++;
      continue;
    }
    if (c === '\r' || c === '\n') {
      i++;
      continue;
    }
    if (c !== '\\') {
      emit(c);
      i++;
      continue;
    }
    const next = source[i + 1];
    if (next === undefined) break;
    if (next === "'") {
      const hex = source.slice(i + 2, i + 4);
      i += 4;
      if (state.skip) continue;
      if (dropFallback > 0) {
        dropFallback--;
        continue;
      }
      const value = Number.parseInt(hex, 16);
      if (Number.isFinite(value)) bytes.push(value);
      continue;
    }
    if (!/[a-zA-Z]/.test(next)) {
      i += 2;
      if (next === '\\' || next === '{' || next === '}') emit(next);
      else if (next === '~') emit('\u00a0');
      else if (next === '_') emit('\u2011');
      else if (next === '\n' || next === '\r') {
        if (!state.skip) endParagraph();
      }
      continue;
    }
    const m = /^\\([a-zA-Z]{1,32})(-?\d{1,10})? ?/.exec(source.slice(i, i + 48));
    if (!m) {
      i++;
      continue;
    }
    i += m[0].length;
    const word = m[1] ?? '';
    const param = m[2] === undefined ? undefined : Number(m[2]);
    if (SKIPPED.has(word)) {
      state.skip = true;
      continue;
    }
    switch (word) {
      case 'ansicpg':
        if (param !== undefined) encoding = `windows-${param}`;
        break;
      case 'uc':
        state.uc = param ?? 1;
        break;
      case 'u':
        if (param !== undefined) {
          emit(String.fromCharCode(param < 0 ? param + 65536 : param));
          dropFallback = state.skip ? 0 : state.uc;
        }
        break;
      case 'par':
      case 'sect':
        if (!state.skip) endParagraph();
        break;
      case 'pard':
        outline = null;
        break;
      case 'outlinelevel':
        outline = param ?? 0;
        break;
      case 'line':
        emit('\n');
        break;
      case 'tab':
        emit('\t');
        break;
      case 'emdash':
        emit('—');
        break;
      case 'endash':
        emit('–');
        break;
      case 'lquote':
        emit('‘');
        break;
      case 'rquote':
        emit('’');
        break;
      case 'ldblquote':
        emit('“');
        break;
      case 'rdblquote':
        emit('”');
        break;
      case 'bullet':
        emit('•');
        break;
      default:
        break;
    }
  }
  endParagraph();
  return blocks;
}
