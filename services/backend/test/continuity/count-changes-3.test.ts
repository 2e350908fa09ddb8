import { testGeneralityCheck } from './check-text.js';
import { COUNT_CHANGES_3_LEGITIMATE, COUNT_CHANGES_3_REAL } from './count-changes-3.js';

/**
 * The real contradictions not found (on arrival, 725b4ed7: 5 of 16 found; 1 of 9 near cases flagged,
 * "his two sons at sea" read as all his sons; 7 of 16 and none flagged since the children are
 * counted as sons and daughters together, a possessive's count placed somewhere is a part, and a
 * dozen an owner has is twelve: `count-rules-3.test.ts`).
 */
const NOT_FOUND: ReadonlySet<string> = new Set([
  // "the eleven ships of the fleet", "The fleet of eight ships": a count a thing owns put with "of" is
  // no count of the thing (a reading of it was dropped: most such in the novels are no owner's).
  'the eleven ships of the fleet, then "The fleet of eight ships"',
  // Two nouns for one group ("oarsmen", "crew") are two groups to the counts.
  'a boat with six oarsmen, then "all five of the crew"',
  // A stretch of time is a measure, no count: years and months at a place are read nowhere.
  'three years at sea, then "his two years at sea"',
  'married for twelve years, then "In the eight years of their marriage"',
  'six months in Paris, then "his four months in Paris"',
  // A speaker's own counts stay unweighed (`detect.ts`): a character may lie or boast of their own.
  'three daughters in narration, then "I have five daughters" in her speech',
  // "farmed" is no verb of having, and hundreds are read as a sum of money only.
  'a farm of 300 acres in digits, then "his two hundred acres"',
  // "at the Grange" and "of the Grange": a named place owns no count, and "there were" counts the scene's.
  'seven servants at the Grange, then "the five servants of the Grange" two chapters on',
  // "a little school of twenty pupils": an indefinite thing may be another school than the possessive's.
  'twenty pupils at the school, then "the school\'s thirty pupils"',
]);

testGeneralityCheck({
  title: 'a count stated two ways in other wordings',
  legitimate: COUNT_CHANGES_3_LEGITIMATE,
  real: COUNT_CHANGES_3_REAL,
  notFound: NOT_FOUND,
});
