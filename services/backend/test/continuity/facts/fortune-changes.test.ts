import { describe, expect, it } from 'vitest';
import { checkText } from '../check-text.js';
import { chapters } from '../legitimate-changes.js';
import { FILLER, factsOf } from './helpers.js';

const fortunes = (sentence: string) =>
  factsOf(`${FILLER}\n\n${sentence}`, 'count').map(([value, entity]) => `${value} ${entity}`);
const summaries = (...bodies: string[]) => checkText(chapters(...bodies)).map((i) => i.summary);

describe('a fortune one has, and one changed by a legacy or a loss (facts/counts.ts, families.ts markCountChanges)', () => {
  it('reads "had a fortune of" as the subject\'s fortune', () => {
    expect(fortunes('Thomas Hale had a fortune of ten thousand pounds from his father.')).toEqual([
      '10000 character:thomas-hale',
    ]);
    expect(fortunes('Mary Benson possessed a fortune of some twenty thousand pounds.')).toEqual([
      '20000 character:mary-benson',
    ]);
    expect(
      summaries(
        'Thomas Hale had a fortune of ten thousand pounds from his father.',
        'Thomas Hale, proud of his fifteen thousand pounds, bought the best horse at the fair.',
      ),
    ).toHaveLength(1);
  });

  it('reads no fortune of another, and weighs none across a legacy or a loss', () => {
    expect(fortunes('Thomas Hale courted a widow who had a fortune of ten thousand pounds.')).not.toContain(
      '10000 character:thomas-hale',
    );
    expect(
      summaries(
        'Thomas Hale had a fortune of ten thousand pounds from his father.',
        'His godmother died that winter and left Thomas Hale five thousand pounds more.',
        'Thomas Hale, proud of his fifteen thousand pounds, bought the best horse at the fair.',
      ),
    ).toEqual([]);
    expect(
      summaries(
        'Thomas Hale had a fortune of fifteen thousand pounds.',
        'Thomas Hale lost five thousand pounds at cards in one night.',
        'Thomas Hale, with his ten thousand pounds, still kept a carriage.',
      ),
    ).toEqual([]);
  });
});
