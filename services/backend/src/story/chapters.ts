/**
 * Figures of each chapter of a file: words, scenes, the share of words in dialogue, reading time,
 * the characters present (named, or referred to by a resolved pronoun) and those introduced there.
 * Chapters are numbered from 1 in text order; a file with no chapter headings is one chapter.
 */
import type { Span } from '@george/text';
import { countWords, firstAtOrAfter, paragraphsIn, type Range, wordsInside } from './text.js';

export interface ChapterSpan {
  /** 1-based position in text order. */
  index: number;
  /** The book's own heading ("Chapter 21", "Letter 4"); empty for a file without headings. */
  title: string;
  start: number;
  end: number;
}

export interface CharacterMentions {
  id: string;
  name: string;
  mentions: readonly Range[];
}

export interface ResolvedReference extends Range {
  characterId: string | null;
}

export interface ChapterCharacter {
  id: string;
  name: string;
  named: number;
  referred: number;
}

export interface ChapterFigures extends ChapterSpan {
  words: number;
  scenes: number;
  /** Share of the chapter's words inside quotations, 0..1. */
  dialogueShare: number;
  /** At 250 words a minute, rounded, at least 1 for a chapter with words. */
  readingMinutes: number;
  /** Most present first. */
  characters: ChapterCharacter[];
  /** Characters whose first mention in the file is in this chapter. */
  introduced: string[];
}

export interface ChapterInput {
  text: string;
  chapters: readonly ChapterSpan[];
  characters: readonly CharacterMentions[];
  references: readonly ResolvedReference[];
  /** Speech ranges, sorted. */
  quotations: readonly Range[];
  /** Offsets where the original marked a scene break that the text no longer shows (blank-line groups). */
  sceneBreaks?: readonly number[];
}

export const READING_WORDS_PER_MINUTE = 250;

const SCENE_BREAK =
  /^\s*(?:(?:\*\s*){1,5}|#|(?:~\s*){3,}|§|(?:-\s*){3,}|(?:•\s*){3,}|(?:·\s*){3,}|(?:_\s*){3,})\s*$/;

/** Whether a paragraph is only a scene-break mark: `* * *`, `***`, `#`, `~ ~ ~`, `§`, `---`, `• • •`. */
export const isSceneBreak = (paragraph: string): boolean => SCENE_BREAK.test(paragraph);

/**
 * Whether a sentence of a passage is no prose: a heading line ("The Lee Shore" under "CHAPTER 23",
 * a Markdown "## The Wreck": a whole paragraph of at most 80 characters, capitalised, with no
 * sentence-ending punctuation) or a scene break's mark ("* * *"). Neither is ever part of a quote:
 * no candidate starts, ends or reaches across one.
 */
export function isOutsideProse(text: string, span: Span): boolean {
  const line = text.slice(span.start, span.end);
  const wholeParagraph =
    (span.start === 0 || /\n\s*$/.test(text.slice(Math.max(0, span.start - 3), span.start))) &&
    (span.end === text.length || /^\s*\n\s*\n/.test(text.slice(span.end, span.end + 4)));
  if (wholeParagraph && isSceneBreak(line)) return true;
  return (
    line.length <= 80 &&
    /^[\s_*#]*\p{Lu}/u.test(line) &&
    !/[.!?…:;,"'’”)\]-][\s_*]*$/u.test(line) &&
    (span.start === 0 || /\n\s*$/.test(text.slice(Math.max(0, span.start - 3), span.start))) &&
    /^\s*\n\s*\n/.test(text.slice(span.end, span.end + 4))
  );
}

/** The chapters of a file, or the whole text as chapter 1 when it has none. */
export function spansOf(text: string, chapters: readonly ChapterSpan[]): ChapterSpan[] {
  return chapters.length > 0 ? [...chapters] : [{ index: 1, title: '', start: 0, end: text.length }];
}

/** The chapter body: the range without its heading paragraph. */
export function bodyOf(text: string, chapter: ChapterSpan): Range {
  if (chapter.title === '') return { start: chapter.start, end: chapter.end };
  const firstBreak = text.indexOf('\n\n', chapter.start);
  const start = firstBreak < 0 || firstBreak >= chapter.end ? chapter.end : firstBreak + 2;
  return { start, end: chapter.end };
}

export function countScenes(text: string, body: Range, sceneBreaks: readonly number[] = []): number {
  let breaks = 0;
  const paragraphs = paragraphsIn(text, body);
  paragraphs.forEach((p, i) => {
    // A mark at the very start or end of a chapter separates nothing.
    if (i > 0 && i < paragraphs.length - 1 && isSceneBreak(text.slice(p.start, p.end))) breaks++;
  });
  // A break counts after prose, not between a heading, its subtitle and the first paragraph.
  const prose = paragraphs.find((p) => countWords(text, p) >= 20);
  for (const offset of sceneBreaks) if (prose && offset > prose.start && offset < body.end) breaks++;
  return breaks + 1;
}

function countIn(sorted: readonly Range[], range: Range): number {
  return firstAtOrAfter(sorted, range.end) - firstAtOrAfter(sorted, range.start);
}

export function chapterFigures(input: ChapterInput): ChapterFigures[] {
  const { text } = input;
  const spans = spansOf(text, input.chapters);
  const mentionsById = new Map(
    input.characters.map((c) => [c.id, [...c.mentions].sort((a, b) => a.start - b.start)]),
  );
  const referencesById = new Map<string, Range[]>();
  for (const r of input.references) {
    if (r.characterId === null) continue;
    const list = referencesById.get(r.characterId) ?? [];
    list.push(r);
    referencesById.set(r.characterId, list);
  }
  for (const list of referencesById.values()) list.sort((a, b) => a.start - b.start);
  const firstMention = new Map<string, number>();
  for (const [id, list] of mentionsById) if (list[0]) firstMention.set(id, list[0].start);

  return spans.map((span) => {
    const body = bodyOf(text, span);
    const words = countWords(text, body);
    const spoken = wordsInside(text, input.quotations, body);
    const characters: ChapterCharacter[] = [];
    for (const c of input.characters) {
      const named = countIn(mentionsById.get(c.id) ?? [], span);
      const referred = countIn(referencesById.get(c.id) ?? [], span);
      if (named + referred > 0) characters.push({ id: c.id, name: c.name, named, referred });
    }
    characters.sort((a, b) => b.named + b.referred - (a.named + a.referred) || a.name.localeCompare(b.name));
    const introduced = input.characters
      .filter((c) => {
        const first = firstMention.get(c.id);
        return first !== undefined && first >= span.start && first < span.end;
      })
      .map((c) => c.id);
    return {
      ...span,
      words,
      scenes: countScenes(text, body, input.sceneBreaks),
      dialogueShare: words === 0 ? 0 : Math.round((spoken / words) * 1000) / 1000,
      readingMinutes: words === 0 ? 0 : Math.max(1, Math.round(words / READING_WORDS_PER_MINUTE)),
      characters,
      introduced,
    };
  });
}
