/**
 * The story analysis of one ingested file, as the ingestion stores it: its characters are the
 * story-bible extraction's characters, named by extraction key (the repository's readers resolve
 * keys to the entities that hold them now, so merges, renames and deletions show without a new
 * analysis). The narration is analysed as the text tells it; the author's narrators are applied
 * when it is read.
 */
import type { Extraction, SourceText } from '../bible/types.js';
import { type Analysis, analyseText } from './analyse.js';

export function analyseFile(source: SourceText, extraction: Extraction): Analysis {
  const characters = extraction.entities
    .filter((e) => e.type === 'character')
    .map((e) => ({
      id: e.key,
      name: e.name,
      aliases: e.aliases,
      mentions: e.mentions.filter((m) => m.fileId === source.fileId),
    }));
  return analyseText({ fileId: source.fileId, text: source.text, chapters: source.chapters, characters });
}
