import { describe, expect, it } from 'vitest';
import { FILLER, factsOf } from './helpers.js';

/**
 * The forty-fifth pass's rules of a death told in fresh phrasing (`death-changes.ts`, the
 * generality check they answer), each with the sentences it must leave alone.
 */
const deaths = (sentence: string) =>
  factsOf(`${FILLER}\n\n${sentence}`, 'status')
    .filter(([value]) => value === 'dead')
    .map(([, key, quote]) => [key, quote]);

const acts = (sentence: string) =>
  factsOf(`${FILLER}\n\n${sentence}`, 'act')
    .filter(([, , quote]) => sentence.includes(quote))
    .map(([, key, quote]) => [key, quote]);

const thomas = expect.stringMatching(/thomas|hale/);
const mary = expect.stringMatching(/mary/);

describe('a death told in fresh phrasing', () => {
  it('reads a hanging done to the one named ("They hanged Thomas Hale"), not one nearly done or only wished', () => {
    expect(deaths('They hanged Thomas Hale at the county gaol on the first of May.')).toEqual([
      [thomas, 'hanged Thomas Hale'],
    ]);
    expect(deaths('They nearly hanged Thomas Hale for the theft of a sheep.')).toEqual([]);
    expect(deaths('The mob would have hanged Thomas Hale from the nearest tree.')).toEqual([]);
    expect(deaths('Mary Benson hung Thomas Hale at the top of the stairs, in oils.')).toEqual([]);
  });

  it('reads a survival denied ("did not survive the winter") of a name or a sure pronoun, not in a condition', () => {
    expect(deaths('Mary Benson did not survive the winter.')).toEqual([
      [mary, 'Mary Benson did not survive'],
    ]);
    expect(deaths('Mary Benson fell ill in the autumn, and she did not survive the winter.')).toContainEqual([
      mary,
      'she did not survive',
    ]);
    expect(deaths('If Mary Benson did not survive the winter, the house would be sold.')).toEqual([]);
    expect(deaths("Mary Benson's roses did not survive the frost.")).toEqual([]);
    expect(deaths('Thomas Hale survived the winter after all.')).toEqual([]);
  });

  it('reads a killing that ends a chain of the passive ("was thrown from his horse and killed on the spot")', () => {
    expect(deaths('Thomas Hale was thrown from his horse at the ford and killed on the spot.')).toEqual([
      [thomas, 'Thomas Hale was thrown from his horse at the ford and killed on the spot'],
    ]);
    expect(deaths('Thomas Hale was thrown from his horse and nearly killed on the spot.')).toEqual([]);
    expect(deaths('Thomas Hale aimed at the hare and killed it on the spot.')).toEqual([]);
  });

  it('reads a death after a fronted clause of time with a modal in it ("Before the doctor could come, ...")', () => {
    expect(
      deaths('Before the doctor could come up from the village, Thomas Hale breathed his last in his chair.'),
    ).toEqual([[thomas, 'Thomas Hale breathed his last']]);
    // a modal in a fronted condition, or a belief the sentence opens with, still unread
    expect(deaths('If the doctor could not come in time, Thomas Hale died.')).toEqual([]);
    expect(deaths('Everyone believed, before the letter came, that Thomas Hale had died at sea.')).toEqual(
      [],
    );
  });

  it('reads the burial of a pronoun by "we" or "they" with a time or place after it ("We buried her on a grey morning")', () => {
    expect(
      deaths('Mary Benson took the fever in March. We buried her on a grey morning under the yew.'),
    ).toContainEqual([mary, 'buried her']);
    expect(deaths('Mary Benson was tired of the town. We buried her in books all that winter.')).toEqual([]);
    expect(deaths('Mary Benson wept. We buried her letters in the garden.')).toEqual([]);
  });

  it('reads the coffin, bier or hearse of the one named as their death ("wept by Thomas Hale\'s coffin"), not a coffin of theirs for another', () => {
    expect(deaths("Mary Benson knelt weeping by Thomas Hale's coffin.")).toEqual([
      [thomas, "Thomas Hale's coffin"],
    ]);
    expect(deaths("They set Mary Benson's bier before the altar.")).toEqual([[mary, "Mary Benson's bier"]]);
    // a maker's coffins, the coffin's owner not its occupant
    expect(deaths("Thomas Hale's coffins were the best in the county.")).toEqual([]);
    expect(deaths('Thomas Hale made a coffin for the miller.')).toEqual([]);
  });

  it('reads a death the sea or a sickness took ("The sea took Thomas Hale in the gale"), not a voyage', () => {
    expect(deaths('The sea took Thomas Hale in the great gale of that winter.')).toEqual([
      [thomas, 'The sea took Thomas Hale'],
    ]);
    expect(deaths('The fever took Mary Benson in a week.')).toEqual([[mary, 'The fever took Mary Benson']]);
    expect(deaths('The sea took Thomas Hale to Lisbon and back.')).toEqual([]);
    expect(deaths("The fever took Mary Benson's brother.")).toEqual([]);
  });
});

describe('an act after a death', () => {
  it('reads an act after "at last" or "at length" ("when Thomas Hale at last consented")', () => {
    expect(acts('It was a happy day when Thomas Hale at last consented to the match.')).toEqual([
      [thomas, 'Thomas Hale at last consented'],
    ]);
    expect(acts('Mary Benson at length agreed to sell the farm.')).toEqual([
      [mary, 'Mary Benson at length agreed'],
    ]);
    // no verb of a deed after it
    expect(acts('Thomas Hale at last asleep, the house was quiet.')).toEqual([]);
  });

  it('reads no act in a haunting ("Thomas Hale haunted the old mill"); work there is still an act', () => {
    expect(acts('For years Thomas Hale haunted the old mill and groaned in the wheel-house.')).toEqual([]);
    expect(acts('For years Thomas Hale worked at the old mill.')).toEqual([[thomas, 'Thomas Hale worked']]);
  });
});
