import { testGeneralityCheck } from './check-text.js';
import { MEASURE_CHANGES_1_LEGITIMATE, MEASURE_CHANGES_1_REAL } from './measure-changes-1.js';

/**
 * The real contradictions not found (on arrival: 0 of 10 found, 0 of 6 near cases flagged; 4 of 10
 * since a distance between two named places is read, `facts/distances.ts`).
 */
const NOT_FOUND: ReadonlySet<string> = new Set([
  // "After a journey of ten miles from Hatherley to Millbrook": no distance is read on this side.
  'a journey of ten miles from Hatherley to Millbrook, then Millbrook two miles from Hatherley',
  // A thing's height, length, depth or width is read nowhere (only a person's height is).
  'the cellar door four feet high, then "barely two feet high"',
  'the garden wall ten feet high, then no more than three feet high',
  'the little key two inches long, then a full five inches long',
  'the old well eighty feet deep, then not twelve feet deep',
  'the river at the ford thirty yards wide, then "no more than ten yards wide"',
]);

testGeneralityCheck({
  title: 'a distance or a size stated two ways',
  legitimate: MEASURE_CHANGES_1_LEGITIMATE,
  real: MEASURE_CHANGES_1_REAL,
  notFound: NOT_FOUND,
});
