import { describe, expect, it } from 'vitest';
import { type Gender, inferGenders } from '../../src/pronouns/index.js';
import { passageCharacters } from './passage-characters.js';

/** Each name's inferred gender, the names being characters with no gender given. */
function genders(text: string, names: readonly string[]): Record<string, Gender> {
  const characters = passageCharacters(
    text,
    names.map((name) => ({ id: name, names: [name] })),
  );
  return Object.fromEntries(inferGenders(text, characters));
}

describe('an object pronoun in the clause a name is subject of (pronouns subjectBindsObject)', () => {
  it('gives the name no gender from it', () => {
    expect(genders('Morwenna had a little money, and Jory spent it for her.', ['Jory']).Jory).toBe('unknown');
    expect(genders('Every morning Senara brought him bread from the farm.', ['Senara']).Senara).toBe(
      'unknown',
    );
    expect(genders('Keverne handed her over the stile.', ['Keverne']).Keverne).toBe('unknown');
  });

  it('keeps a possessive, a reflexive, an object past a clause opening and one after a preposition of place', () => {
    expect(genders('Kitto took off his hat in the doorway.', ['Kitto']).Kitto).toBe('male');
    expect(genders('Morvah taught herself to read.', ['Morvah']).Morvah).toBe('female');
    expect(genders('Lowen sat still while the doctor looked her over.', ['Lowen']).Lowen).toBe('female');
    expect(genders('Lowen looked about her in the dark.', ['Lowen']).Lowen).toBe('female');
  });
});

describe('a kin word or a noun of a person beside a name (pronouns nounBeside)', () => {
  it('gives its gender, over the apposition possessive', () => {
    expect(genders('Wenna, his niece, kept the house.', ['Wenna']).Wenna).toBe('female');
    expect(genders('Crewenna, a widow of sixty, let rooms.', ['Crewenna']).Crewenna).toBe('female');
    expect(genders('His sister Loveday met him at the quay.', ['Loveday']).Loveday).toBe('female');
  });

  it('leaves a list and the object of a verb of telling to the other evidence', () => {
    expect(genders('Treve, his wife and the children came to the fair.', ['Treve']).Treve).toBe('male');
    expect(genders('Lowen told her husband Jory had come back.', ['Jory']).Jory).toBe('unknown');
  });

  it('leaves a kin word a comma parts from the name (a list or a call) to the other evidence', () => {
    // Frankenstein's "I thought of my father, Elizabeth, and Clerval" once made Elizabeth a man.
    const text = 'I thought of my father, Morwenna, and the children. Morwenna wrote that she was well.';
    expect(genders(text, ['Morwenna']).Morwenna).toBe('female');
  });
});
