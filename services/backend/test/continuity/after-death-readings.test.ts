/**
 * Readings for the check of what follows a death: a pronoun's death given to the one "the former"
 * or "the latter" names, or to a teller's parent followed only as the subject
 * (`facts/antecedents.ts`); a letter arriving under its writer's possessive, and a present perfect
 * of a plural subject, as acts (`facts/acts.ts`). Each with guards of what they leave alone.
 */
import { describe, expect, it } from 'vitest';
import { extract, type SourceText } from '../../src/bible/index.js';
import { extractFacts } from '../../src/continuity/index.js';
import { PEOPLE_FILLER } from './facts/common-phrasings.js';
import { FILLER, factsOf } from './facts/helpers.js';

/** The deaths read in `passage` after the people filler: whose, and the quote. */
function deaths(passage: string, narrated = false): Array<[string | null, string]> {
  const text = `${narrated ? FILLER : PEOPLE_FILLER}\n\n${passage}`;
  const source: SourceText = { fileId: 'book', text, chapters: [] };
  const extraction = extract([source]);
  const thomas = extraction.entities.find((e) => e.name === 'Thomas Hale' || e.name === 'Thomas')?.key ?? '';
  const narrators = narrated ? [{ start: 0, end: text.length, narratorKey: thomas }] : [];
  return extractFacts(source, extraction, undefined, narrators)
    .filter((f) => f.kind === 'status' && f.value === 'dead')
    .map((f) => [f.entityKey, f.quote]);
}

/** The acts read in `passage` after the people filler: the value, whose, and the quote. */
const actsIn = (passage: string) =>
  factsOf(`${PEOPLE_FILLER}\n\n${passage}`, 'act').filter(([, , quote]) => passage.includes(quote));

describe('a pronoun death given to the one the text points to', () => {
  it('gives "he died" to the latter of a pair, not to the first name', () => {
    expect(
      deaths(
        'Edward Crane and Thomas Hale came home together, but the latter had taken a ball in the chest. He lingered through the winter, and in March he died.',
      ),
    ).toEqual([['character:thomas-hale', 'he died']]);
  });

  it('gives "she died" to a teller\'s mother when the other woman is only an object', () => {
    expect(
      deaths(
        'My mother sickened in the autumn. She asked for the letters of Mary Benson. She grew weaker every day, and at the turn of the year she died.',
        true,
      ).map(([key]) => key),
    ).toEqual(['kin:mother:character:thomas']);
  });

  it('looks past a name the pronoun\'s man owns ("his Ann Lacey") to "the latter"', () => {
    expect(
      deaths(
        'Edward Crane and Thomas Hale came home together, but the latter had taken a ball in the chest. He asked every day for his Ann Lacey, and in March he died.',
      ),
    ).toEqual([['character:thomas-hale', 'he died']]);
  });

  it('leaves the resolver its choice when a name comes between "the latter" and the pronoun', () => {
    const [death] = deaths(
      'Edward Crane and Thomas Hale came home together, but the latter was wounded. Edward Crane nursed him all winter, and in March he died.',
    );
    expect(death?.[0]).not.toBe('character:thomas-hale');
  });

  it('reads no pointer in "the latter part of the year"', () => {
    const [death] = deaths(
      'Edward Crane and Thomas Hale sailed in the latter part of the year, and he died at sea.',
    );
    expect(death?.[0]).not.toBe('character:thomas-hale');
  });

  it("leaves a teller's father alone when a named man is the subject after him", () => {
    expect(
      deaths(
        'My father sent for Edward Crane in the spring. Edward Crane came at once, though he was ill himself, and within the week he died.',
        true,
      ).map(([key]) => key),
    ).not.toContain('kin:father:character:thomas');
  });
});

describe("a letter under its writer's possessive, and a present perfect", () => {
  it('reads "Thomas Hale\'s letter arrived" as his writing', () => {
    expect(actsIn('Thomas Hale’s letter arrived the next morning, full of plans.')).toEqual([
      ['wrote', 'character:thomas-hale', 'Thomas Hale’s letter arrived'],
    ]);
  });

  it('leaves his last letter, and a letter lying on a desk, alone', () => {
    expect(actsIn('Thomas Hale’s last letter arrived a week after the funeral.')).toEqual([]);
    expect(actsIn('Thomas Hale’s letter lay on the desk where I had left it.')).toEqual([]);
  });

  it('reads "Ann Lacey wrote to me every week, long letters" as her writing', () => {
    expect(actsIn('Ann Lacey wrote to me every week that winter, long letters full of news.')).toEqual([
      ['wrote', 'character:ann-lacey', 'Ann Lacey wrote'],
    ]);
  });

  it('leaves the letters she wrote, read again, alone', () => {
    expect(actsIn('I read again the long letters Ann Lacey wrote to me before the war.')).toEqual([]);
  });

  it('reads "Mary Benson and I have walked" as her act', () => {
    expect(actsIn('Mary Benson and I have walked to the mill every Sunday since.')).toEqual([
      ['acted', 'character:mary-benson', 'Mary Benson and I have walked'],
    ]);
  });

  it('leaves a singular present perfect and a modal perfect alone', () => {
    expect(actsIn('Mary Benson has rested in the churchyard these ten years.')).toEqual([]);
    expect(actsIn('Mary Benson and I might have walked to the mill.')).toEqual([]);
  });
});
