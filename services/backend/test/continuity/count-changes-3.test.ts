import { describe, expect, it } from 'vitest';
import { checkText, testGeneralityCheck } from './check-text.js';
import { COUNT_CHANGES_3_LEGITIMATE, COUNT_CHANGES_3_REAL } from './count-changes-3.js';

/**
 * The real contradictions not found (on arrival, 725b4ed7: 5 of 16 found; 1 of 9 near cases flagged,
 * "his two sons at sea" read as all his sons).
 */
const NOT_FOUND: ReadonlySet<string> = new Set([
  'a boat with six oarsmen, then "all five of the crew"',
  'three years at sea, then "his two years at sea"',
  'three daughters in narration, then "I have five daughters" in her speech',
  'a dozen cousins, then "his ten cousins"',
  'four children, then three sons and two daughters',
  'the eleven ships of the fleet, then "The fleet of eight ships"',
  'married for twelve years, then "In the eight years of their marriage"',
  'a farm of 300 acres in digits, then "his two hundred acres"',
  'seven servants at the Grange, then "the five servants of the Grange" two chapters on',
  'twenty pupils at the school, then "the school\'s thirty pupils"',
  'six months in Paris, then "his four months in Paris"',
]);

/** The near cases still flagged, each with why: recorded here so that a fix moves it to the others. */
const STILL_FLAGGED: ReadonlySet<string> = new Set([
  // "his two sons at sea": a part picked out by what follows the noun, read as all his sons.
  'five sons, then "two of his sons" and "his two sons at sea"',
]);

testGeneralityCheck({
  title: 'a count stated two ways in other wordings',
  legitimate: COUNT_CHANGES_3_LEGITIMATE.filter((m) => !STILL_FLAGGED.has(m.name)),
  real: COUNT_CHANGES_3_REAL,
  notFound: NOT_FOUND,
});

describe('a count stated two ways in other wordings: near cases still flagged', () => {
  for (const manuscript of COUNT_CHANGES_3_LEGITIMATE.filter((m) => STILL_FLAGGED.has(m.name)))
    it(`still flags ${manuscript.name}`, () => expect(checkText(manuscript.text)).not.toEqual([]));
});
