/**
 * One normalised text per file: paragraphs separated by one blank line, chapters found from
 * headings, words counted. Offsets are JavaScript string indices (UTF-16 code units).
 */

import { mustAt } from '@george/runtime/collections';
import { countWords, romanNumeral } from '@george/text';

export interface Block {
  text: string;
  /** Heading level from the document's structure (docx heading styles, Markdown `#`). */
  heading?: number;
  /** Two or more blank lines came before it in the original: a scene break. */
  breakBefore?: boolean;
}

export interface ChapterInfo {
  /** 1-based position in text order. */
  index: number;
  title: string;
  start: number;
  end: number;
}

export interface DocumentStructure {
  text: string;
  paragraphs: { start: number; end: number }[];
  chapters: ChapterInfo[];
  /** Offsets of paragraphs the original set apart by two or more blank lines (scene breaks). */
  sceneBreaks: number[];
  wordCount: number;
}

/**
 * Line endings to \n, no BOM, no trailing spaces, NFC, at most one blank line in a row (or, with
 * `blankRuns`, runs of blank lines kept for `blocksFromPlainText` to mark scene breaks).
 */
export function normaliseText(raw: string, options: { blankRuns?: boolean } = {}): string {
  const text = raw
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .replace(/[\u2028\u2029]/g, '\n')
    .normalize('NFC')
    .replace(/[ \t\f\v\u00a0]+$/gm, '')
    // biome-ignore lint/suspicious/noControlCharactersInRegex: stray control characters are dropped
    .replace(/[\u0000-\u0008\u000b\u000e-\u001f\u007f]/g, '')
    .replace(/^\n+/, '')
    .replace(/\n+$/, '');
  return options.blankRuns ? text : text.replace(/\n{3,}/g, '\n\n');
}

const NUMBER_WORD =
  '(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|thirtieth|fortieth|fiftieth|sixtieth|seventieth|eightieth|ninetieth|hundredth|last|and)';
const NUMBER = `(?:\\d{1,4}|[ivxlcdm]{1,10}|(?:the\\s+)?${NUMBER_WORD}(?:[-\\s]+${NUMBER_WORD})*)`;
/** "Chapter 1", "CHAPTER IV.", "Chapter the Third", "Chapter Twenty-One: Title", "Prologue", "Epilogue". */
const CHAPTER_HEADING = new RegExp(
  `^(?:(?:chapter|chap\\.)\\s+${NUMBER}(?=$|[\\s.:,;—–-])|(?:prologue|epilogue)(?=$|[\\s.:—–-])|letter\\s+(?:\\d{1,3}|[ivxlc]{1,8})\\.?$|adventure\\s+[ivxlc]{1,8}\\.)`,
  'i',
);
const MARKDOWN_HEADING = /^(#{1,6})[ \t]+(.+?)(?:[ \t]+#+)?[ \t]*$/;

/** "VII. THE ADVENTURE OF THE BLUE CARBUNCLE": a Roman numeral and a title in capitals. */
const NUMBERED_CAPITALS = /^[IVXLC]{1,8}\.\s+[A-Z][A-Z'’,-]*(?:\s+[A-Z][A-Z'’,-]*){1,12}$/;

export function isChapterHeading(line: string): boolean {
  const trimmed = line.trim();
  return (
    trimmed.length > 0 &&
    trimmed.length <= 120 &&
    (CHAPTER_HEADING.test(trimmed) || NUMBERED_CAPITALS.test(trimmed))
  );
}

/** Splits normalised plain text or Markdown into blocks; a heading line becomes a block of its own. */
export function blocksFromPlainText(text: string): Block[] {
  const blocks: Block[] = [];
  // Paragraphs and the blank lines between them; two or more blank lines mark a scene break.
  const pieces = text.split(/(\n(?:[ \t]*\n)+)/);
  for (let i = 0; i < pieces.length; i += 2) {
    const para = mustAt(pieces, i);
    if (para.trim() === '') continue;
    const separator = pieces[i - 1] ?? '';
    const mark = blocks.length > 0 && (separator.match(/\n/g) ?? []).length >= 3 ? { breakBefore: true } : {};
    const lines = para.split('\n');
    const first = lines[0] ?? '';
    const md = MARKDOWN_HEADING.exec(first.trim());
    const isHeading = md !== null || isChapterHeading(first);
    if (isHeading && lines.length > 1) {
      blocks.push(md ? { text: first, heading: (md[1] ?? '').length, ...mark } : { text: first, ...mark });
      blocks.push({ text: lines.slice(1).join('\n') });
    } else if (md) {
      blocks.push({ text: para, heading: (md[1] ?? '').length, ...mark });
    } else {
      blocks.push({ text: para, ...mark });
    }
  }
  return blocks;
}

/** A paragraph that is only a chapter's number: "1", "12.", "IV". */
const BARE_NUMBER = /^(?:(\d{1,3})|([IVXLC]{1,8}))\.?$/;

/**
 * Chapters headed by their number alone ("1", "2", ... or "I", "II", ...), as many manuscripts
 * are: paragraphs that are only a number, in one kind of numeral, counting up by one from 1, at
 * least two of them. A lone number elsewhere (an address, a count on its own line) breaks no chapter.
 */
function numberedHeadings(blocks: readonly Block[]): number[] {
  const chosen: number[] = [];
  let roman: boolean | undefined;
  blocks.forEach((block, i) => {
    const m = BARE_NUMBER.exec(block.text.trim());
    if (m === null || (roman !== undefined && roman !== (m[2] !== undefined))) return;
    const value = m[1] !== undefined ? Number(m[1]) : romanNumeral(m[2] ?? '');
    if (value !== chosen.length + 1) return;
    chosen.push(i);
    roman = m[2] !== undefined;
  });
  return chosen.length >= 2 ? chosen : [];
}

function headingTitle(block: Block): string {
  const line = block.text.trim();
  const md = MARKDOWN_HEADING.exec(line);
  return (md ? (md[2] ?? '') : line).replace(/\s+/g, ' ').trim();
}

/** Joins blocks into the normalised text, with paragraph offsets, chapters and the word count. */
export function buildStructure(input: Block[]): DocumentStructure {
  const blocks = input
    .map((b) => ({ ...b, text: normaliseText(b.text).replace(/\n\n+/g, '\n') }))
    .filter((b) => b.text.trim() !== '');
  const paragraphs: { start: number; end: number }[] = [];
  const sceneBreaks: number[] = [];
  let text = '';
  for (const block of blocks) {
    if (text !== '') text += '\n\n';
    if (block.breakBefore && text !== '') sceneBreaks.push(text.length);
    paragraphs.push({ start: text.length, end: text.length + block.text.length });
    text += block.text;
  }

  // Chapter candidates: headings that read like chapters win; otherwise structural headings of one level.
  const byPattern: number[] = [];
  const structural: number[] = [];
  blocks.forEach((block, i) => {
    const title = headingTitle(block);
    if (!block.text.includes('\n') && isChapterHeading(title)) byPattern.push(i);
    if (block.heading !== undefined) structural.push(i);
  });
  let chosen = byPattern;
  if (chosen.length === 0 && structural.length === 0) chosen = numberedHeadings(blocks);
  if (chosen.length === 0 && structural.length > 0) {
    const counts = new Map<number, number>();
    for (const i of structural) {
      const level = blocks[i]?.heading;
      if (level === undefined) continue;
      counts.set(level, (counts.get(level) ?? 0) + 1);
    }
    const levels = [...counts.keys()].sort((a, b) => a - b);
    const level = levels.find((l) => (counts.get(l) ?? 0) >= 2) ?? mustAt(levels, 0);
    chosen = structural.filter((i) => blocks[i]?.heading === level);
  }
  // A heading directly followed by another chosen heading has no body (a table of contents): dropped.
  const kept = chosen.filter((i, k) => {
    const next = chosen[k + 1];
    return next === undefined ? i < blocks.length - 1 : next > i + 1;
  });
  const chapters: ChapterInfo[] = kept.map((blockIndex, k) => {
    const next = kept[k + 1];
    const start = (paragraphs[blockIndex] as { start: number }).start;
    const end = next === undefined ? text.length : (paragraphs[next] as { start: number }).start - 2;
    return { index: k + 1, title: headingTitle(mustAt(blocks, blockIndex)), start, end };
  });
  return { text, paragraphs, chapters, sceneBreaks, wordCount: countWords(text) };
}
