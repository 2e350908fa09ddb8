import { describe, expect, it } from 'vitest';
import { FILLER, factsOf } from './helpers.js';

const read = (sentence: string, kind: 'height' | 'build' | 'hair') =>
  factsOf(`${FILLER}\n\n${sentence}`, kind).map(([value, key]) => [value, key]);

const mary = expect.stringMatching(/mary/);

describe('a described person the sentence names at once', () => {
  it('gives the figure to the name after "named", "whose name was", "who was introduced to me as", "who proved to be"', () => {
    expect(read('A short, stout woman named Mary Benson kept the inn.', 'height')).toEqual([['short', mary]]);
    expect(read('In the doorway stood a tall, gaunt woman whose name was Mary Benson.', 'build')).toEqual([
      ['thin', mary],
    ]);
    // The newcomer of The Engineer's Thumb: a "with" between the description and its name.
    expect(
      read(
        'The newcomers were Thomas Hale and a short thick woman with a sour face, who was introduced to me as Mary Benson.',
        'height',
      ),
    ).toEqual([['short', mary]]);
    // A pronoun in the "with" is the described person's own.
    expect(
      read(
        'The newcomers were Thomas Hale and a short thick woman with a shawl drawn over her chin, who was introduced to me as Mary Benson.',
        'height',
      ),
    ).toEqual([['short', mary]]);
    expect(read('Thomas Hale brought in a tall woman, who proved to be Mary Benson.', 'height')).toEqual([
      ['tall', mary],
    ]);
  });

  it('gives the "with" of such a person to the name, not to the subject before', () => {
    expect(
      read(
        'The newcomers were Thomas Hale and a short, stout woman with red hair, who was introduced to me as Mary Benson.',
        'hair',
      ),
    ).toEqual([['red', mary]]);
  });

  it('reads no name from a person introduced by someone, named in a will, a name that owns something, or with another name between', () => {
    for (const sentence of [
      'Thomas Hale came in with a tall woman, who was introduced to me by Mary Benson.',
      'Thomas Hale spoke of a tall man named in the will.',
      "Thomas Hale came in with a tall woman, who proved to be Mary Benson's cousin.",
      // another name between: whose the description is, the sentence does not say
      'The newcomers were a tall woman with Thomas Hale, who was introduced to me as Mary Benson.',
    ])
      expect(read(sentence, 'height').filter(([, key]) => /mary/.test(String(key)))).toEqual([]);
  });
});
