/**
 * Who speaks: the quotations of a file with their speakers and addressees, as ingestion stores
 * them and `npm run eval:dialogue` measures them. Characters come from the story-bible extraction
 * of the same text; speakers and addressees are their extraction keys.
 */
import type { Extraction, SourceText } from '../bible/types.js';
import type { CharacterInput } from '../pronouns/index.js';
import { chapterIndexAt } from '../story/numbering.js';
import { type AttributedQuotation, type AttributionKind, attributeSpeakers } from './attribute.js';
import { countWords, findQuotations, type TextRange } from './quotations.js';

export type { AttributedQuotation, AttributionKind } from './attribute.js';
export { attributeSpeakers } from './attribute.js';
export {
  countWords,
  findQuotations,
  type Quotation,
  type QuotationScan,
  type TextRange,
} from './quotations.js';

export interface DialogueQuote {
  start: number;
  end: number;
  parts: TextRange[];
  /** The chapter's 1-based position in the file (story/numbering.ts), null without chapters. */
  chapter: number | null;
  /** Extraction key of the speaker, or null. */
  speakerKey: string | null;
  addresseeKeys: string[];
  /** Characters the quotation calls by name: extraction keys. */
  calledKeys: string[];
  kind: AttributionKind;
  confidence: number;
  /** Words inside the quotation's parts. */
  words: number;
}

export interface ChapterDialogue {
  chapter: number | null;
  /** Words of the chapter, and of them inside quotations. */
  words: number;
  dialogueWords: number;
  /** dialogueWords / words (0 for an empty chapter). */
  share: number;
  quotations: number;
}

/** Where the text has a narrator of its own ("I" is this character): a chapter, a letter. */
export interface NarratorSpan {
  start: number;
  end: number;
  /** Extraction key of the narrator. */
  narratorKey: string;
}

export interface DialogueAnalysis {
  quotes: DialogueQuote[];
  chapters: ChapterDialogue[];
}

/** The characters of an extraction as the pronoun resolver and the attribution read them. */
export function charactersOf(source: SourceText, extraction: Extraction): CharacterInput[] {
  return extraction.entities
    .filter((e) => e.type === 'character')
    .map((e) => ({
      id: e.key,
      name: e.name,
      aliases: e.aliases,
      mentions: e.mentions.filter((m) => m.fileId === source.fileId),
    }));
}

/**
 * Quotations, speakers and per-chapter dialogue share of one file. `narrators` (the story
 * analysis's, innermost first) say who "I" is where; elsewhere the narrator is inferred.
 */
export function analyseDialogue(
  source: SourceText,
  extraction: Extraction,
  narrators: readonly NarratorSpan[] = [],
): DialogueAnalysis {
  const scan = findQuotations(source.text);
  const attributed: AttributedQuotation[] = attributeSpeakers(
    source.text,
    scan,
    charactersOf(source, extraction),
    {
      narratorAt: (position) => narrators.find((n) => position >= n.start && position < n.end)?.narratorKey,
      chapterStarts: source.chapters.map((c) => c.start),
    },
  );
  const quotes = attributed.map((q) => ({
    start: q.start,
    end: q.end,
    parts: q.parts,
    chapter: chapterIndexAt(source.chapters, q.start),
    speakerKey: q.speakerId,
    addresseeKeys: q.addresseeIds,
    calledKeys: q.calledIds,
    kind: q.kind,
    confidence: q.confidence,
    words: q.parts.reduce((sum, p) => sum + countWords(source.text, p.start, p.end), 0),
  }));
  return { quotes, chapters: dialogueByChapter(source, quotes) };
}

/** Per chapter (one entry for a file without chapters): words, words spoken, their share. */
export function dialogueByChapter(
  source: SourceText,
  quotes: ReadonlyArray<Pick<DialogueQuote, 'chapter' | 'words'>>,
): ChapterDialogue[] {
  const ranges: Array<{ chapter: number | null; start: number; end: number }> =
    source.chapters.length > 0
      ? source.chapters.map((c, i) => ({ chapter: i + 1, start: c.start, end: c.end }))
      : [{ chapter: null, start: 0, end: source.text.length }];
  return ranges.map((r) => {
    const inChapter = quotes.filter((q) => q.chapter === r.chapter);
    const words = countWords(source.text, r.start, r.end);
    const dialogueWords = inChapter.reduce((sum, q) => sum + q.words, 0);
    return {
      chapter: r.chapter,
      words,
      dialogueWords,
      share: words === 0 ? 0 : Math.round((dialogueWords / words) * 1000) / 1000,
      quotations: inChapter.length,
    };
  });
}
