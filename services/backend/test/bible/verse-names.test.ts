/**
 * Names met only in a verse, from The Paper Kingdom's songs (docs/quality/story-bible.md, thirtieth
 * session). Passages of my own.
 */
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/bible/index.js';
import { holding, one, source } from '../support/bible.js';

/** A tale's prose around its song: the verses are a small share of what the text names. */
const PROSE = Array.from(
  { length: 10 },
  () => 'Nell walked on beside Jenkin, and Jenkin talked of Mab.',
).join(' ');

describe('a name met only in verse', () => {
  it('reads the personifications of a song as no one ("Said Grammar to Spelling")', () => {
    const text = `The Bookends recited a poem. Nell listened.

    Between us the words stand up in a row,
    And none of them knows where the others go;
    Said Grammar to Spelling, "My dear, we are through,"
    Said Spelling to Grammar, "I'll still write to you."

Nell clapped. Nell went home.

${PROSE}`;
    const result = extract([source(text)]);
    expect(holding(result, 'Grammar').concat(holding(result, 'Spelling'))).toEqual([]);
  });

  it('reads other words the same way ("Grumbleweed" of a rhyme)', () => {
    const text = `Tom sang as he walked.

    Up from the marsh came Grumbleweed,
    And Grumbleweed ate the farmer's seed;
    Down from the hill came Tallowmere,
    And Tallowmere said nobody was here.

Tom stopped singing. Tom went in.

${PROSE}`;
    const result = extract([source(text)]);
    expect(holding(result, 'Grumbleweed').concat(holding(result, 'Tallowmere'))).toEqual([]);
  });

  it('keeps someone of the story whom a verse names too ("Little Jenkin" and Jenkin)', () => {
    const text = `"Good morning," said Jenkin. Jenkin sat down.

    Little Jenkin, where have you been?
    I've been to the Palace to borrow from the Queen.
    Little Jenkin, what did you there?
    I put it all back, and I left it with care.

"That isn't how it goes," said Nell. Jenkin laughed.`;
    const result = extract([source(text)]);
    expect(one(result, 'Jenkin').type).toBe('character');
  });

  it('keeps a name met only in prose paragraphs', () => {
    const text = `Grammar was a tall girl with a long plait. Grammar came to school on Monday and sat at the back.

Grammar said nothing all morning. "I am going home," said Grammar, and went home without her hat.`;
    const result = extract([source(text)]);
    expect(one(result, 'Grammar').type).toBe('character');
  });

  it('keeps a name met only in short lines that each end a sentence (not a verse)', () => {
    const text = [
      'Peter Tubal came aft.',
      'Peter Tubal sang.',
      'The crew listened.',
      'Peter Tubal went below.',
    ].join('\n');
    const result = extract([source(text)]);
    expect(one(result, 'Peter Tubal').type).toBe('character');
  });

  it('keeps the people of a text mostly of verse, a poem ("Lucy" of the ballad)', () => {
    const text = `    Lucy came down by the mill-race,
    And Lucy sang by the weir;
    Robin came up with a lantern,
    And Robin said, Lucy, my dear,

    Lucy went over the water,
    And Robin went after her, so;
    Lucy was lost in the rushes,
    And Robin will never know.`;
    const result = extract([source(text)]);
    expect(one(result, 'Lucy').type).toBe('character');
  });
});
