import { describe, expect, it } from 'vitest';
import { checkText } from '../check-text.js';
import { chapters } from '../legitimate-changes.js';
import { FILLER, factsOf } from './helpers.js';

const hair = (sentence: string) => factsOf(`${FILLER}\n\n${sentence}`, 'hair').map(([value]) => value);

describe('hair dyed by another\'s hand ("had her hair dyed gold", facts/looks.ts DYED)', () => {
  it('reads the colour a person had their hair dyed, as a change', () => {
    expect(hair('In Paris Mary Benson had her hair dyed gold by a hairdresser.')).toEqual(['fair']);
    expect(
      checkText(
        chapters(
          'Ann Lacey had mousy brown hair, and she hated it.',
          'In Paris Ann Lacey had her hair dyed gold by a woman in the Rue de la Paix.',
          'Ann Lacey came home with golden hair.',
        ),
      ).map((i) => i.summary),
    ).toEqual([]);
  });

  it('reads no dyeing where the hair is not dyed', () => {
    // hair had cut, and other things dyed
    expect(hair('Mary Benson had her hair cut short.')).toEqual([]);
    expect(hair('Mary Benson had her gown dyed black for the funeral.')).toEqual([]);
  });
});
