import { testGeneralityCheck } from './check-text.js';
import { COUNT_CHANGES_2_LEGITIMATE, COUNT_CHANGES_2_REAL } from './count-changes-2.js';

/**
 * The real contradictions not found (on arrival, f95abd56: 0 of 14 found; 1 of 7 near cases flagged,
 * "The two daughters of Thomas Hale walked with the four daughters of Mary Benson" read as one group
 * of the scene referred back to with another number, now each owner's count). 11 of 14 since a
 * dozen an owner has is twelve (`count-rules-3.test.ts`).
 */
const NOT_FOUND: ReadonlySet<string> = new Set([
  // A thing counted in hundreds is read as a sum of money only ("three hundred pounds").
  'three hundred acres, then "His two hundred acres"',
  // "the four rooms of the cottage": a count a thing owns put with "of" is no count of the thing (a
  // reading of it was dropped: most "the X of N nouns" in the novels are no owner's, "the idea of two
  // young women").
  'a cottage of two rooms, then "the four rooms of the cottage"',
  // Years are a measure, no count: the length of a marriage is read nowhere.
  'married ten years, then "the six years of his marriage"',
]);

testGeneralityCheck({
  title: 'a count stated two ways in common constructions',
  legitimate: COUNT_CHANGES_2_LEGITIMATE,
  real: COUNT_CHANGES_2_REAL,
  notFound: NOT_FOUND,
});
