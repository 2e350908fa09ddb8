import { describe, expect, it } from 'vitest';
import type { Fact } from '../../../src/continuity/index.js';
import { factsAfterFiller } from './helpers.js';

/** The facts of `kind` read in `passage` after the people filler, as [entity, value, object]. */
function read(passage: string, kind: Fact['kind']): Array<[string | null, string, string | null]> {
  return factsAfterFiller(passage)
    .filter((f) => f.kind === kind)
    .map((f) => [f.entityKey, f.value, f.objectKey]);
}

/** A long account by Edward Crane: a first paragraph with its tag, then `paragraphs`. */
const account = (...paragraphs: string[]): string =>
  [
    '"I will tell you the whole of it," said Edward Crane. "I came to Esham thirty years ago, when the mill was still working and the road was a cart track. I bought the house by the bridge, where I have lived ever since.',
    ...paragraphs.map((p, i) => `"${p}${i === paragraphs.length - 1 ? '"' : ''}`),
  ].join('\n\n');

const edward = expect.stringMatching(/edward/);
const thomas = expect.stringMatching(/thomas/);
const mary = expect.stringMatching(/mary/);

describe('a subject\'s kin named after "have a"', () => {
  it("reads a speaker's own son paragraphs into the account, and a named subject's brother", () => {
    const told = account(
      'The mill passed to me when old Benson died, and it did well enough for twenty years.',
      'I am a widower, and I have an only son, Thomas. He has been a trial to me.',
    );
    expect(read(told, 'relation')).toEqual([[edward, 'child', thomas]]);
    expect(read('Edward Crane had a brother, Thomas Hale, who kept the inn.', 'relation')).toEqual([
      [edward, 'sibling', thomas],
    ]);
  });

  it('reads no kin of a quotation\'s "I" under a tag that does not name the speaker (guard)', () => {
    const told = [
      'Edward Crane sat down by the fire.',
      '"I will tell you the whole of it," said he. "I came to Esham thirty years ago, when the mill was still working and the road was a cart track. I bought the house by the bridge, where I have lived ever since.',
      '"I am a widower, and I have an only son, Thomas. He has been a trial to me."',
    ].join('\n\n');
    expect(read(told, 'relation')).toEqual([]);
  });

  it('reads no kin in a word that may name a servant (guard)', () => {
    expect(read('Edward Crane had a girl, Mary Benson, to help in the kitchen.', 'relation')).toEqual([]);
  });
});

describe('a look in an apposition after the verb and its object', () => {
  it('gives the apposition to the subject when the object is a place or a thing', () => {
    expect(read('And now Mary Benson ran to the hearth, a little woman in a grey shawl.', 'height')).toEqual([
      [mary, 'short', null],
    ]);
    expect(read('Thomas Hale crossed the yard to the barn, a tall man in a wet coat.', 'height')).toEqual([
      [thomas, 'tall', null],
    ]);
  });

  it('leaves it to the object when the object is a person, or stands after "of" (guards)', () => {
    expect(read('Thomas Hale ran to Mary Benson, a little woman in a grey shawl.', 'height')).toEqual([
      [mary, 'short', null],
    ]);
    expect(read('Thomas Hale crossed the yard to the stranger, a tall man in a wet coat.', 'height')).toEqual(
      [],
    );
    expect(read("Thomas Hale ran to his father's side, a tall man in a wet coat.", 'height')).toEqual([]);
    expect(read('Mary Benson was the daughter of the miller, a tall man with a red face.', 'height')).toEqual(
      [],
    );
  });

  it('leaves it alone after a verb whose object may be a person the lexicon does not know (guard)', () => {
    expect(read('Thomas Hale saw the organist in his pew, a tall stooping man.', 'height')).toEqual([]);
    expect(read('Mary Benson stood by the fire, a little woman in a grey shawl.', 'height')).toEqual([
      [mary, 'short', null],
    ]);
  });
});
