import { expect } from 'vitest';
import { extract, type SourceText } from '../../../src/bible/index.js';
import { extractFacts, type Fact } from '../../../src/continuity/index.js';
import { PEOPLE_FILLER } from './common-phrasings.js';

/** The facts of one kind in `text`: value, entity and quote (each quote checked against the text). */
export function factsOf(text: string, kind: Fact['kind']): Array<[string, string | null, string]> {
  const source: SourceText = { fileId: 'book', text, chapters: [] };
  return extractFacts(source, extract([source]))
    .filter((f) => f.kind === kind)
    .map((f) => {
      expect(f.quote).toBe(text.slice(f.start, f.end));
      return [f.value, f.entityKey, f.quote];
    });
}

/** Filler paragraphs so that names are seen as names. */
export const FILLER = ['Thomas Hale', 'Thomas', 'Mr. Hale', 'Mary Benson', 'Mary', 'Thomas', 'Mary']
  .map((n) => `${n} walked along the road to the village and spoke with the miller about the weather.`)
  .join('\n\n');

/** The facts read in `passage`, after the filler that makes its people names (the generality checks). */
export function factsAfterFiller(passage: string): Fact[] {
  const text = `${PEOPLE_FILLER}\n\n${passage}`;
  const source: SourceText = { fileId: 'book', text, chapters: [] };
  const from = text.length - passage.length;
  return extractFacts(source, extract([source])).filter((f) => f.start >= from);
}
