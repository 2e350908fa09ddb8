/** The story-bible tests' helpers: a text as an extraction source, and the entries that hold a name. */
import type { ExtractedEntity, Extraction, SourceText } from '../../src/bible/index.js';

export function source(text: string, fileId = 'book'): SourceText {
  return { fileId, text, chapters: [] };
}

/** Every entry whose name or aliases hold the name. */
export function holding(extraction: Extraction, name: string): ExtractedEntity[] {
  return extraction.entities.filter((e) => e.name === name || e.aliases.includes(name));
}

/** The one entry that holds the name; throws (naming every entry) when none or several do. */
export function one(extraction: Extraction, name: string): ExtractedEntity {
  const [found, ...others] = holding(extraction, name);
  if (found === undefined || others.length > 0)
    throw new Error(
      `${others.length + (found ? 1 : 0)} entities hold ${name}: ${extraction.entities.map((e) => e.name).join(', ')}`,
    );
  return found;
}
