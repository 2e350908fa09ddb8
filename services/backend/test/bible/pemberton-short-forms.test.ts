/**
 * Short forms of Honoria and Cecil, from The Pemberton Files (docs/quality/story-bible.md,
 * twenty-eighth session). Passages of my own.
 */
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/bible/index.js';
import { one, source } from '../support/bible.js';

describe('"Nora" and "Cissy" as short forms', () => {
  it('joins "Aunt Nora" to Honoria, the one given name of it the text writes', () => {
    const text = `Miss Honoria Vosper kept the house. Honoria Vosper was a tall old woman. "Aunt Nora," said her nephew, "the cab is here." Aunt Nora took her umbrella. Honoria Vosper went down the steps.`;
    const result = extract([source(text)]);
    expect(one(result, 'Aunt Nora')).toBe(one(result, 'Honoria Vosper'));
  });

  it('joins "Cissy" to a man named Cecil, the one given name of it the text writes', () => {
    const text = `Mr. Cecil Ingram met us in the hall. Cecil Ingram was a pale young man. "Cissy," said his aunt, "fetch my shawl." Cissy fetched it. Cecil Ingram sulked all evening.`;
    const result = extract([source(text)]);
    expect(one(result, 'Cissy')).toBe(one(result, 'Cecil Ingram'));
  });

  it('joins "Cissy" to Cecily where the text writes Cecily and no Cecil', () => {
    const text = `Cecily Ingram met us in the hall. Cecily Ingram was a pale young woman. "Cissy," said her aunt, "fetch my shawl." Cissy fetched it. Cecily Ingram sulked all evening.`;
    const result = extract([source(text)]);
    expect(one(result, 'Cissy')).toBe(one(result, 'Cecily Ingram'));
  });

  it('leaves "Nora" and "Cissy" apart where the text writes no name they are short for', () => {
    const text = `Miss Harriet Vosper kept the house. Harriet Vosper was a tall old woman. "Nora," said Harriet to the cook, "the cab is here." Nora fetched Cissy, the kitchen cat. Cissy purred. Harriet Vosper went down the steps.`;
    const result = extract([source(text)]);
    expect(one(result, 'Nora')).not.toBe(one(result, 'Harriet Vosper'));
    expect(one(result, 'Cissy')).not.toBe(one(result, 'Harriet Vosper'));
  });
});
