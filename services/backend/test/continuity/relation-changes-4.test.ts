import { testGeneralityCheck } from './check-text.js';
import { RELATION_CHANGES_4_LEGITIMATE, RELATION_CHANGES_4_REAL } from './relation-changes-4.js';

/** The real contradictions not found: both on arrival. */
const NOT_FOUND: ReadonlySet<string> = new Set([
  'an engagement, then a sister',
  'a betrothal, then a daughter',
]);

testGeneralityCheck({
  title: 'relation changes, fourth set',
  legitimate: RELATION_CHANGES_4_LEGITIMATE,
  real: RELATION_CHANGES_4_REAL,
  notFound: NOT_FOUND,
});
