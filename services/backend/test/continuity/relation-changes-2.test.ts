import { testGeneralityCheck } from './check-text.js';
import { RELATION_CHANGES_2_LEGITIMATE, RELATION_CHANGES_2_REAL } from './relation-changes-2.js';

/** The real contradictions not found, on arrival (seven of nine): what each lacks. */
const NOT_FOUND: ReadonlySet<string> = new Set([
  "a narrator's mother named two ways",
  "a narrator's sister, then the narrator's wife",
  "a narrator's father, then the narrator's uncle",
  'promised to a man who is her brother',
  'a father after a first apposition, then a husband',
  'a wife, then a bachelor',
  'a husband, then unmarried',
]);

testGeneralityCheck({
  title: 'relation changes, second set',
  legitimate: RELATION_CHANGES_2_LEGITIMATE,
  real: RELATION_CHANGES_2_REAL,
  notFound: NOT_FOUND,
});
