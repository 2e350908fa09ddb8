import { describe, expect, it } from 'vitest';
import { FILLER, factsOf } from './helpers.js';

const deaths = (sentence: string) =>
  factsOf(`${FILLER}\n\n${sentence}`, 'status')
    .filter(([value]) => value === 'dead')
    .map(([, key, quote]) => [key, quote]);

describe('status', () => {
  it('reads a burial in a place of the dead as a death, after an aside ("had been laid in the churchyard")', () => {
    expect(
      deaths(
        'Mary Benson, who had kept the house for twenty years, had been laid in the churchyard a week since.',
      ),
    ).toEqual([
      [
        expect.stringMatching(/mary/),
        'Mary Benson, who had kept the house for twenty years, had been laid in the churchyard',
      ],
    ]);
    expect(deaths('Thomas Hale was buried at sea.')).toEqual([
      [expect.stringMatching(/thomas|hale/), 'Thomas Hale was buried at sea'],
    ]);
    expect(deaths('Thomas Hale was buried beside his father.')).toEqual([
      [expect.stringMatching(/thomas|hale/), 'Thomas Hale was buried beside his father'],
    ]);
  });

  it('reads a burial of a pronoun the resolver is sure of ("They buried him beside his wife"), not "laid her in the carriage"', () => {
    expect(deaths('Thomas Hale fell from the ladder. They buried him beside his wife at Lydford.')).toEqual([
      [expect.stringMatching(/thomas|hale/), 'buried him beside his wife'],
    ]);
    expect(deaths('Mary Benson fainted. They laid her in the carriage and drove home.')).toEqual([]);
    expect(
      deaths('Thomas Hale fell. Had he fallen further, they would have buried him beside his wife.'),
    ).toEqual([]);
  });

  it('reads no death in a burial that is no place of the dead, or in being somewhere', () => {
    expect(deaths('Thomas Hale was buried in thought, and Mary Benson was laid in the carriage.')).toEqual(
      [],
    );
    expect(deaths('Thomas Hale was at sea for a year, and Mary Benson was in the churchyard.')).toEqual([]);
  });
});
