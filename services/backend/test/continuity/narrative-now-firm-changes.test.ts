import { testGeneralityCheck } from './check-text.js';
import { NOW_FIRM_LEGITIMATE, NOW_FIRM_REAL } from './narrative-now-firm-changes.js';

/**
 * The real contradictions not found (all four on arrival, c4a748b): the little woman is an apposition
 * after the verb's object ("ran to the hearth, a little woman"), which no look pattern reads, with
 * "Then" as with "And now"; "Mary Benson, a little woman, ran" is read.
 */
const NOT_FOUND: ReadonlySet<string> = new Set([
  'a tall woman, then a little woman after a narrative "And now"',
]);

testGeneralityCheck({
  title: 'a narrative "now" and a firm\'s trade',
  legitimate: NOW_FIRM_LEGITIMATE,
  real: NOW_FIRM_REAL,
  notFound: NOT_FOUND,
});
