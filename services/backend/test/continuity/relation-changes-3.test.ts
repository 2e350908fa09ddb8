import { testGeneralityCheck } from './check-text.js';
import { RELATION_CHANGES_3_LEGITIMATE, RELATION_CHANGES_3_REAL } from './relation-changes-3.js';

/** The real contradictions not found: none (all four on arrival, before `WHOSE_KIN_NAMED`). */
const NOT_FOUND: ReadonlySet<string> = new Set();

testGeneralityCheck({
  title: 'relation changes, third set',
  legitimate: RELATION_CHANGES_3_LEGITIMATE,
  real: RELATION_CHANGES_3_REAL,
  notFound: NOT_FOUND,
});
