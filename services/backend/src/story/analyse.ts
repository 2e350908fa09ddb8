/**
 * The story analysis of one file in one call: chapter figures, narrators and point of view, and
 * the timeline. Inputs are the file's text and chapters (as the filesystem service finds them) and
 * its characters with their name mentions (from the story-bible extraction). Speech ranges come
 * from the dialogue module's quotation finder and pronoun references from the shared resolver,
 * unless given.
 */

import { mustAt } from '@george/runtime/collections';
import { quotationParts } from '../dialogue/quotations.js';
import { resolvePronouns } from '../pronouns/index.js';
import {
  type ChapterFigures,
  type ChapterSpan,
  type CharacterMentions,
  chapterFigures,
  type ResolvedReference,
} from './chapters.js';
import {
  type ChapterVoice,
  chapterVoices,
  type NarratorCharacter,
  type Person,
  type VoiceSettings,
} from './narrators.js';
import type { Range } from './text.js';
import type { TimeExpression } from './time.js';
import { buildTimeline, type TimelineEvent } from './timeline.js';

export interface AnalysisInput {
  fileId?: string;
  text: string;
  /** The file's chapters in text order; numbered here from 1 by position. */
  chapters: ReadonlyArray<{ title: string; start: number; end: number }>;
  characters: ReadonlyArray<NarratorCharacter & CharacterMentions>;
  references?: readonly ResolvedReference[];
  quotations?: readonly Range[];
  sceneBreaks?: readonly number[];
  overrides?: ReadonlyMap<number, Person | null>;
  settings?: VoiceSettings;
  /** The text's time expressions when the caller has them already (`storyTimes`). */
  times?: readonly TimeExpression[];
}

export type ChapterAnalysis = ChapterFigures & Omit<ChapterVoice, 'index'>;

export interface Analysis {
  chapters: ChapterAnalysis[];
  events: TimelineEvent[];
}

/** The file's chapters numbered 1, 2, ... in text order. */
export function numberChapters(chapters: AnalysisInput['chapters']): ChapterSpan[] {
  return [...chapters]
    .sort((a, b) => a.start - b.start)
    .map((c, i) => ({ index: i + 1, title: c.title, start: c.start, end: c.end }));
}

export function analyseText(input: AnalysisInput): Analysis {
  const chapters = numberChapters(input.chapters);
  const quotations = input.quotations ?? quotationParts(input.text);
  const references =
    input.references ??
    // No chapter breaks: a chapter often opens on the last one's focal character ("She had
    // hardly..."), whom the focal detector must keep (ResolveOptions.chapterStarts).
    resolvePronouns(input.text, input.characters, { quotations }).map((r) => ({
      start: r.start,
      end: r.end,
      characterId: r.characterId,
    }));
  const figures = chapterFigures({
    text: input.text,
    chapters,
    characters: input.characters,
    references,
    quotations,
    ...(input.sceneBreaks ? { sceneBreaks: input.sceneBreaks } : {}),
  });
  const voices = chapterVoices(
    {
      text: input.text,
      chapters,
      characters: input.characters,
      references,
      quotations,
      ...(input.overrides ? { overrides: input.overrides } : {}),
    },
    input.settings,
  );
  return {
    chapters: figures.map((f, i) => {
      const { index: _index, ...voice } = mustAt(voices, i);
      return { ...f, ...voice };
    }),
    events: buildTimeline(input.fileId ?? '', input.text, chapters, input.times),
  };
}
