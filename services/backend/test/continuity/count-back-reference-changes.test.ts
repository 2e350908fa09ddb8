import { testGeneralityCheck } from './check-text.js';
import { BACK_REFERENCE_LEGITIMATE, BACK_REFERENCE_REAL } from './count-back-reference-changes.js';

/**
 * The real contradictions not found (on arrival, 60b98683: 1 of 6 found, the two travellers, by the
 * company of people counted twice; 3 of 7 flagged: "two more", "two of the four", "now the four"):
 * the fee is referred back to in the next chapter, and a count is referred back to only within its
 * chapter (a new chapter may count another group).
 */
const NOT_FOUND: ReadonlySet<string> = new Set([
  'a fee of fifty guineas, then "the forty guineas"',
  // "His" is Edward Lacey's: a character's own group is weighed as the owner's count, and the board's
  // "four ships" are no one's.
  'a painted board of four ships, then "His five ships"',
]);

testGeneralityCheck({
  title: 'a group or a sum referred back to with another number',
  legitimate: BACK_REFERENCE_LEGITIMATE,
  real: BACK_REFERENCE_REAL,
  notFound: NOT_FOUND,
});
