import { testGeneralityCheck } from './check-text.js';
import { RELATION_CHANGES_7_LEGITIMATE, RELATION_CHANGES_7_REAL } from './relation-changes-7.js';

/** The real contradictions not found (all four on arrival): kin with no name near is not read. */
const NOT_FOUND: ReadonlySet<string> = new Set([
  'a named sister, then "his sister" with no name, then his wife',
  'a named brother, then "her brother" with no name, then her cousin',
  'her brother, then a man kinder than his sister, then her cousin',
  "his sister fetched home, then a woman on her brother's arm, then his wife",
]);

testGeneralityCheck({
  title: 'relation changes, seventh set',
  legitimate: RELATION_CHANGES_7_LEGITIMATE,
  real: RELATION_CHANGES_7_REAL,
  notFound: NOT_FOUND,
});
