import { testGeneralityCheck } from './check-text.js';
import { RELATION_CHANGES_7_LEGITIMATE, RELATION_CHANGES_7_REAL } from './relation-changes-7.js';

/** The real contradictions not found: none now (all four on arrival, before `facts/unnamed-kin.ts`). */
const NOT_FOUND: ReadonlySet<string> = new Set([]);

testGeneralityCheck({
  title: 'relation changes, seventh set',
  legitimate: RELATION_CHANGES_7_LEGITIMATE,
  real: RELATION_CHANGES_7_REAL,
  notFound: NOT_FOUND,
});
