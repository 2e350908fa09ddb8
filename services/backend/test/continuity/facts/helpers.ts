import { describe, expect, it } from 'vitest';
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

/** The relations read in `text`: the entity's name, its role to the other, the kin word, the other's name and the quote. */
export function namedRelations(text: string): Array<[string, string, string | null, string, string]> {
  const source: SourceText = { fileId: 'book', text, chapters: [] };
  const extraction = extract([source]);
  const name = (key: string | null) => extraction.entities.find((e) => e.key === key)?.name ?? String(key);
  return extractFacts(source, extraction)
    .filter((f) => f.kind === 'relation')
    .map((f) => [name(f.entityKey), f.value, f.detail, name(f.objectKey), f.quote]);
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

/** The facts of `kind` read in `passage` after the people filler, as [entity, value]. */
export function entityValuesAfterFiller(passage: string, kind: Fact['kind']): Array<[string | null, string]> {
  return factsAfterFiller(passage)
    .filter((f) => f.kind === kind)
    .map((f) => [f.entityKey, f.value]);
}

/**
 * The tests of a generality check of passages: each expected fact not in `notAsExpected` (each
 * named as `name` gives it, with why beside it) is read after the people filler, and no more than
 * those are missed.
 */
export function testPhrasingCheck<Expected>(check: {
  title: string;
  passages: readonly { name: string; text: string; facts: readonly Expected[] }[];
  name: (passage: string, expected: Expected) => string;
  matches: (fact: Fact, expected: Expected) => boolean;
  notAsExpected: ReadonlySet<string>;
}): void {
  const { title, passages, name, matches, notAsExpected } = check;
  const all = passages.flatMap((passage) =>
    passage.facts.map((expected) => ({ passage, expected, name: name(passage.name, expected) })),
  );
  const toRead = all.length - notAsExpected.size;
  const read = (passage: { text: string }, expected: Expected): boolean =>
    factsAfterFiller(passage.text).some((f) => matches(f, expected));
  describe(`${title} (the generality check: ${toRead} of ${all.length} as expected)`, () => {
    for (const { passage, expected, name } of all.filter(({ name }) => !notAsExpected.has(name)))
      it(name, () => expect(read(passage, expected)).toBe(true));

    it(`reads at least ${toRead} of the ${all.length} facts as the passages expect`, () => {
      const missed = all.filter(({ passage, expected }) => !read(passage, expected)).map(({ name }) => name);
      expect(missed.length, missed.join('\n')).toBeLessThanOrEqual(notAsExpected.size);
    });
  });
}
