/**
 * Names stated inside a client's account in quotation marks (told-in-speech.ts), read as the merge
 * traps are (merge-traps.test.ts): the floor is the count on arrival, raised as rules read more
 * passages right.
 */
import { describe, expect, it } from 'vitest';
import { misreadTraps } from './merge-traps.js';
import { toldInSpeech } from './told-in-speech.js';

const PASSAGES_READ_RIGHT_FLOOR = 2;

describe('names told in speech', () => {
  it(`reads at least ${PASSAGES_READ_RIGHT_FLOOR} of ${toldInSpeech.length} passages right`, () => {
    const misread = misreadTraps(toldInSpeech);
    console.log(
      `told in speech: ${toldInSpeech.length - misread.length}/${toldInSpeech.length} right\n${misread.join('\n')}`,
    );
    expect(toldInSpeech.length - misread.length).toBeGreaterThanOrEqual(PASSAGES_READ_RIGHT_FLOOR);
  });
});
