import { describe, expect, it } from 'vitest';
import { checkText } from './check-text.js';
import { chapters } from './legitimate-changes.js';

const summaries = (...bodies: string[]): string[] => checkText(chapters(...bodies)).map((i) => i.summary);

describe('a limb used after its loss (the twenty-sixth session)', () => {
  it('meets a lost side with a later use of that side, its hand or foot', () => {
    expect(
      summaries(
        'Mary Benson had lost her right hand in the mill years ago.',
        'Mary Benson poured the tea with her right hand and smiled.',
      ),
    ).toEqual(['Mary Benson loses the right hand in Chapter 1 but uses the right hand in Chapter 2.']);
    expect(
      summaries(
        "The doctor sawed off Thomas Hale's left leg below the knee.",
        'Thomas Hale kicked the ball back to the boys with his left foot.',
      ),
    ).toEqual(['Thomas Hale loses the left leg in Chapter 1 but uses the left foot in Chapter 2.']);
    expect(
      summaries(
        "Ann Lacey's right arm had been torn off by the machine.",
        'Ann Lacey waved her right arm at the coach.',
      ),
    ).toEqual(['Ann Lacey loses the right arm in Chapter 1 but uses the right arm in Chapter 2.']);
  });

  it('meets a loss of a side unsaid only with a use of both sides', () => {
    expect(
      summaries(
        'Edward Crane was a one-legged sailor who sat by the harbour.',
        'Edward Crane stood on both legs and stretched in the sun.',
      ),
    ).toEqual(['Edward Crane loses a leg in Chapter 1 but uses both legs in Chapter 2.']);
    // either side may be the one left
    expect(
      summaries(
        'Edward Crane lost an arm in the explosion at the quarry.',
        'Edward Crane held the lamp up with his right hand.',
      ),
    ).toEqual([]);
  });

  it('leaves alone the other side, a wooden limb, a use told before, a dream, a memory and cards', () => {
    const loss = 'Thomas Hale lost his left arm in the war.';
    expect(summaries(loss, 'Thomas Hale opened the gate with his right hand.')).toEqual([]);
    expect(summaries(loss, 'Thomas Hale tapped the floor with his wooden left leg.')).toEqual([]);
    expect(summaries('Thomas Hale lifted the box in both arms.', loss)).toEqual([]);
    expect(summaries(loss, 'Thomas Hale dreamt he was climbing the mast with both arms.')).toEqual([]);
    expect(summaries(loss, 'Thomas Hale recalled rowing the boat with both arms as a young man.')).toEqual(
      [],
    );
    expect(
      summaries(
        'Thomas Hale lost a hand of whist and laughed about it.',
        'Thomas Hale picked up the cards with both hands.',
      ),
    ).toEqual([]);
    // a limb spoken of in dialogue is not the narration's
    expect(summaries(loss, '"I carried her in both arms," said Thomas Hale.')).toEqual([]);
  });
});
