import { describe, expect, it } from 'vitest';
import { resolvePronouns } from '../../src/pronouns/index.js';
import { passageCharacters } from './passage-characters.js';

/** Each pronoun of the passage as written with the id the resolver gives it. */
function resolved(text: string, names: Record<string, string>): Array<[string, string | null]> {
  const characters = Object.entries(names).map(([id, name]) => ({ id, names: [name] }));
  return resolvePronouns(text, passageCharacters(text, characters)).map((p) => [p.text, p.characterId]);
}

describe('the owner of a possessive in an adjunct that opens its sentence (pronouns frontedOwner)', () => {
  it('is the name the main clause opens on', () => {
    const names = { gale: 'Mr. Gale', walter: 'Walter' };
    expect(resolved('Mr. Gale kept the school. When his father died, Walter was sent there.', names)).toEqual(
      [['his', 'walter']],
    );
    expect(resolved('Mr. Gale kept the school. To his surprise, Walter found it shut.', names)).toEqual([
      ['his', 'walter'],
    ]);
  });

  it('is not a name after it when the adjunct names someone first, or the main clause opens on no name', () => {
    const names = { gale: 'Mr. Gale', walter: 'Walter' };
    expect(resolved('When Mr. Gale lost his hat, Walter laughed.', names)).toEqual([['his', 'gale']]);
    expect(resolved('Mr. Gale kept the school. When his father died, the school was sold.', names)).toEqual([
      ['his', 'gale'],
    ]);
    expect(
      resolved('Mr. Gale kept the school. When his father died, Walter’s uncle took the farm.', names),
    ).toEqual([['his', 'gale']]);
  });
});
