import { describe, expect, it } from 'vitest';
import { FILLER, factsOf } from './helpers.js';

const ages = (sentence: string) =>
  factsOf(`${FILLER}\n\n${sentence}`, 'age').map(([value, key, quote]) => [value, key, quote]);

describe('age', () => {
  it('reads an age told by the years a person carries, after a possessive ("whose sixty years")', () => {
    expect(ages('I thought of Thomas Hale, whose sixty years would weigh heavily with a jury.')).toEqual([
      ['60', expect.stringMatching(/thomas|hale/), 'Thomas Hale, whose sixty years'],
    ]);
    expect(
      ages('Mary Benson sat by the fire, and for all her seventy years she sewed without spectacles.'),
    ).toEqual([['70', expect.stringMatching(/mary/), 'her seventy years']]);
    expect(ages('Thomas Hale climbed the hill; his fifty years sat lightly on him.')).toEqual([
      ['50', expect.stringMatching(/thomas|hale/), 'his fifty years'],
    ]);
    // a stretch of a life, not its length
    for (const sentence of [
      'Thomas Hale, whose thirty years at sea had hardened him, said nothing.',
      "Mary Benson's twenty years of marriage had been happy.",
      "Thomas Hale spoke of his forty years' experience.",
      'Thomas Hale came home; his two years in London were over.',
      'Thomas Hale, whose sixty years ago was a wedding, smiled.',
    ])
      expect(ages(sentence)).toEqual([]);
  });

  it('reads an age after the name\'s appositions as the name\'s ("Thomas Hale, the apothecary, now in his seventieth year")', () => {
    expect(
      ages('Thomas Hale, the apothecary, now in his seventieth year, had looked in that morning.'),
    ).toEqual([
      ['69', expect.stringMatching(/thomas|hale/), 'Thomas Hale, the apothecary, now in his seventieth year'],
    ]);
    expect(ages('Mary Benson, our landlady, a woman of forty, kept the keys.')).toEqual([
      ['40', expect.stringMatching(/mary/), 'Mary Benson, our landlady, a woman of forty'],
    ]);
    expect(ages('Thomas Hale, the miller, an old soldier, then in his fiftieth year, came in.')).toEqual([
      [
        '49',
        expect.stringMatching(/thomas|hale/),
        'Thomas Hale, the miller, an old soldier, then in his fiftieth year',
      ],
    ]);
    // a clause, not an apposition, and a duration after one
    for (const sentence of [
      'Thomas Hale, the more he drank, in his fortieth year, grew sullen.',
      'Thomas Hale, the miller, thirty years a widower, came in.',
    ])
      expect(ages(sentence)).toEqual([]);
  });

  it('reads an age turned in a relative clause, and before the time it was turned ("who had turned fifty at Michaelmas")', () => {
    expect(ages('Thomas Hale, who had turned fifty at Michaelmas, sat with them an hour.')).toEqual([
      ['50', expect.stringMatching(/thomas|hale/), 'Thomas Hale, who had turned fifty'],
    ]);
    expect(ages('Mary Benson turned forty in the spring.')).toEqual([
      ['40', expect.stringMatching(/mary/), 'Mary Benson turned forty'],
    ]);
    // turning things, or turning a number of times, is no age
    for (const sentence of [
      'Thomas Hale turned two pages at the desk.',
      'Thomas Hale turned three times in his chair.',
      'Mary Benson, who had turned two letters over in her hands, sat down.',
    ])
      expect(ages(sentence)).toEqual([]);
  });

  it('reads no age supposed in a comparison ("as though he had been a man of fifty")', () => {
    // Victor at Ingolstadt, working "as though I had been a man of fifty and not a youth"
    for (const sentence of [
      'Mary Benson kept the house as though Mary Benson had been a woman of fifty.',
      'Thomas Hale worked on as if Thomas Hale had been a man of sixty and not a boy.',
    ])
      expect(ages(sentence)).toEqual([]);
    // a concession states the age
    expect(ages('Though Thomas Hale was a man of fifty, he ran to the gate.')).toEqual([
      ['50', expect.stringMatching(/thomas|hale/), 'Thomas Hale was a man of fifty'],
    ]);
  });

  it('reads a bare age that goes on into a second predicate ("who was forty-six and had never married")', () => {
    expect(ages('Thomas Hale had one sister, Mary Benson, who was forty-six and had never married.')).toEqual(
      [['46', expect.stringMatching(/mary/), 'Mary Benson, who was forty-six']],
    );
    expect(ages('Thomas Hale was twenty-one and tall for his age.')).toEqual([
      ['21', expect.stringMatching(/thomas|hale/), 'Thomas Hale was twenty-one'],
    ]);
    expect(ages('Mary Benson is nearly seventy but walks to church every Sunday.')).toEqual([
      ['70', expect.stringMatching(/mary/), 'Mary Benson is nearly seventy'],
    ]);
  });

  it('reads no age in a fraction of a measure, two numbers, or "one and the same" after "was"', () => {
    for (const sentence of [
      'Thomas Hale was five and a half feet from the door.',
      'Thomas Hale was six and seven times the better rider.',
      'Thomas Hale was one and the same man as the pedlar.',
    ])
      expect(ages(sentence)).toEqual([]);
  });

  it('reads no pluperfect age at the time a clause names ("he had been a child of ten when I left")', () => {
    expect(ages('Thomas Hale came in; he had been a child of ten when Mary Benson left for London.')).toEqual(
      [],
    );
    expect(ages('Mary Benson had been a girl of sixteen before the war came.')).toEqual([]);
  });

  it('still reads an age with a clause of the narration\'s own time ("was a man of fifty when he came")', () => {
    expect(ages('Thomas Hale was a man of fifty when he came to Wyke.')).toEqual([
      ['50', expect.stringMatching(/thomas|hale/), 'Thomas Hale was a man of fifty'],
    ]);
  });
});
