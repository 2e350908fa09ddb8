/** Characters known by a state ("the widow"): passages of my own (generality-set-3.ts's class). */
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/bible/index.js';
import { holding, source } from '../support/bible.js';

describe('a nameless widow who acts throughout', () => {
  it('is one character, the subject of any verb acting as a doctor does', () => {
    const story = [
      'The widow at number nine let her back room to lodgers. Mr. Pell came with a trunk.',
      '"The stairs are steep," said the widow. Mr. Pell took them slowly.',
      'On the Friday the widow stood in his doorway until he paid.',
      'The widow thanked him, and the widow went down to the kitchen.',
    ].join('\n\n');
    const widow = holding(extract([source(story)]), 'the widow');
    expect(widow.map((entry) => entry.type)).toEqual(['character']);
  });

  it('is no one apart from the named woman the book says is a widow ("had been a widow")', () => {
    const story = [
      'Mrs. Dalling was sixty and had been a widow for eleven years. Mr. Pell came with a trunk.',
      '"The stairs are steep," said the widow. Mr. Pell took them slowly.',
      'On the Friday the widow stood in his doorway until he paid.',
      'The widow thanked him, and the widow went down to the kitchen.',
    ].join('\n\n');
    expect(holding(extract([source(story)]), 'the widow')).toEqual([]);
  });
});
