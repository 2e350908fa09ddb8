import { describe, expect, it } from 'vitest';
import { checkText } from '../check-text.js';
import { chapters } from '../legitimate-changes.js';
import { FILLER, factsOf } from './helpers.js';

const handedness = (sentence: string) =>
  factsOf(`${FILLER}\n\n${sentence}`, 'handedness').map(([value, entity]) => `${value} ${entity}`);

describe('handedness ("left-handed", "a right-handed man": facts/looks.ts, lexicon.ts HANDEDNESS_WORDS)', () => {
  it('reads the hand a person favours, as a figure word is read', () => {
    expect(handedness('Thomas Hale was left-handed, and cut the bread the wrong way round.')).toEqual([
      'left character:thomas-hale',
    ]);
    expect(handedness('Thomas Hale, a right-handed man, took up the pen.')).toEqual([
      'right character:thomas-hale',
    ]);
    expect(handedness('Thomas Hale, who had always been right-handed, swung the axe.')).toEqual([
      'right character:thomas-hale',
    ]);
    expect(handedness('Left-handed as she was, Mary Benson held the needle awkwardly.')).toEqual([
      'left character:mary-benson',
    ]);
  });

  it('weighs the left hand against the right', () => {
    const summaries = checkText(
      chapters(
        'Thomas Hale was left-handed, like his father.',
        'Thomas Hale, a right-handed man, signed the lease.',
      ),
    ).map((i) => i.summary);
    expect(summaries.join('\n')).toMatch(/left-handed/);
  });

  it('reads no handedness of a hand used, of a blow or of a compliment', () => {
    expect(handedness('Thomas Hale wrote with his left hand, his right hand being useless.')).toEqual([]);
    expect(handedness('Captain Reed struck Thomas Hale a right-handed blow across the face.')).toEqual([]);
    expect(handedness('Mary Benson paid Thomas Hale a left-handed compliment on his coat.')).toEqual([]);
    expect(handedness('Thomas Hale held the candle in his left hand.')).toEqual([]);
  });
});
