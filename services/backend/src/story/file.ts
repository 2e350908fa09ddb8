/**
 * The story analysis of one ingested file, as the ingestion stores it: its characters are the
 * story-bible extraction's characters, named by extraction key (the repository's readers resolve
 * keys to the entities that hold them now, so merges, renames and deletions show without a new
 * analysis). The narration is analysed as the text tells it; the author's narrators are applied
 * when it is read. For a chapter told in the first person, the character it would follow if the
 * author says it has no narrator is found too (`thirdPersonFocal`), so that choice shows at once.
 */
import type { Extraction, SourceText } from '../bible/types.js';
import type { NarratorSpan } from '../dialogue/index.js';
import { quotationParts } from '../dialogue/quotations.js';
import { resolvePronouns } from '../pronouns/index.js';
import { type Analysis, analyseText, type ChapterAnalysis, numberChapters } from './analyse.js';
import { chapterVoices, type Person } from './narrators.js';
import type { Range } from './text.js';
import type { TimeExpression } from './time.js';

export interface FileChapter extends ChapterAnalysis {
  /** The focal character were the chapter told in the third person (first-person chapters only). */
  thirdPersonFocal?: Person | null;
}

export interface FileAnalysis extends Analysis {
  chapters: FileChapter[];
}

/**
 * `speech`: the text's quotation parts when the caller has them already (`quotationParts`); `times`:
 * its time expressions (`storyTimes`).
 */
export function analyseFile(
  source: SourceText,
  extraction: Extraction,
  speech: Range[] = quotationParts(source.text),
  times?: readonly TimeExpression[],
): FileAnalysis {
  const characters = extraction.entities
    .filter((e) => e.type === 'character')
    .map((e) => ({
      id: e.key,
      name: e.name,
      aliases: e.aliases,
      mentions: e.mentions.filter((m) => m.fileId === source.fileId),
    }));
  const { text } = source;
  const quotations = speech;
  const references = resolvePronouns(text, characters, { quotations }).map((r) => ({
    start: r.start,
    end: r.end,
    characterId: r.characterId,
  }));
  const analysis = analyseText({
    fileId: source.fileId,
    text,
    chapters: source.chapters,
    characters,
    quotations,
    references,
    ...(times ? { times } : {}),
  });
  const told = analysis.chapters.filter((c) => c.pov !== 'third').map((c) => c.index);
  if (told.length === 0) return analysis;
  const asThird = chapterVoices({
    text,
    chapters: numberChapters(source.chapters),
    characters,
    references,
    quotations,
    overrides: new Map(told.map((index) => [index, null])),
  });
  const focal = new Map(asThird.map((v) => [v.index, v.focal]));
  return {
    ...analysis,
    chapters: analysis.chapters.map((c) =>
      c.pov === 'third' ? c : { ...c, thirdPersonFocal: focal.get(c.index) ?? null },
    ),
  };
}

/**
 * Who "I" is, where the analysis knows it: each letter, journal or diary with a writer among the
 * characters, then each chapter told in the first person by its main narrator; innermost first.
 */
export function narratorSpans(analysis: FileAnalysis): NarratorSpan[] {
  const spans: NarratorSpan[] = [];
  for (const chapter of analysis.chapters) {
    for (const section of chapter.sections)
      if (section.writer?.id && !section.quoted)
        spans.push({ start: section.start, end: section.end, narratorKey: section.writer.id });
  }
  for (const chapter of analysis.chapters) {
    const main = chapter.narrators[0];
    if (chapter.pov !== 'third' && main?.id)
      spans.push({ start: chapter.start, end: chapter.end, narratorKey: main.id });
  }
  return spans;
}
