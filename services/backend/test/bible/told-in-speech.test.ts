/**
 * Names stated inside a client's account in quotation marks (told-in-speech.ts), read as the merge
 * traps are (merge-traps.test.ts): the floor is the count on arrival, raised as rules read more
 * passages right.
 */
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/bible/index.js';
import { one, source } from '../support/bible.js';
import { misreadTraps } from './merge-traps.js';
import { toldInSpeech } from './told-in-speech.js';

const PASSAGES_READ_RIGHT_FLOOR = 5;

describe('names told in speech', () => {
  it(`reads at least ${PASSAGES_READ_RIGHT_FLOOR} of ${toldInSpeech.length} passages right`, () => {
    const misread = misreadTraps(toldInSpeech);
    console.log(
      `told in speech: ${toldInSpeech.length - misread.length}/${toldInSpeech.length} right\n${misread.join('\n')}`,
    );
    expect(toldInSpeech.length - misread.length).toBeGreaterThanOrEqual(PASSAGES_READ_RIGHT_FLOOR);
  });
});

describe('rules from the names told in speech', () => {
  it('gives "young" and a bare surname to the family\'s one junior, beside its head', () => {
    const text = `"My uncle, old Mr. Silas Bartle, owns the forge," she said, "and my cousin Ned works it. Mr. Bartle shoes the horses, and young Bartle blows the bellows." Mr. Bartle nodded. Ned Bartle was at the anvil, and the smith's boy watched young Bartle all day.`;
    const result = extract([source(text)]);
    expect(one(result, 'Bartle')).toBe(one(result, 'Ned'));
    expect(one(result, 'Mr. Silas Bartle')).not.toBe(one(result, 'Ned'));
  });

  it('gives "young" and the surname to the junior though the sentence names him in full', () => {
    const text = `"My father, Mr. Amos Tregear, keeps the inn," she said, "and my brother Tom the stable." Tom was out. Young Tregear came in late, and Tom Tregear ate alone.`;
    const result = extract([source(text)]);
    expect(one(result, 'Tregear')).toBe(one(result, 'Tom Tregear'));
  });

  it('leaves a bare surname after "young" to the context when the family has no head', () => {
    // Two brothers, both known by given names alone: "young" picks neither, the one named last is taken.
    const text = `Ned Bartle and Sam Bartle worked the forge. Ned was the elder and Sam the quicker. Sam Bartle sang at the anvil. All day young Bartle sang.`;
    const result = extract([source(text)]);
    expect(one(result, 'Bartle')).toBe(one(result, 'Sam Bartle'));
  });
});
