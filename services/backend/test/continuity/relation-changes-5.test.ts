import { testGeneralityCheck } from './check-text.js';
import { RELATION_CHANGES_5_LEGITIMATE, RELATION_CHANGES_5_REAL } from './relation-changes-5.js';

/** The real contradictions not found: all five on arrival. */
const NOT_FOUND: ReadonlySet<string> = new Set(RELATION_CHANGES_5_REAL.map((c) => c.name));

testGeneralityCheck({
  title: 'relation changes, fifth set',
  legitimate: RELATION_CHANGES_5_LEGITIMATE,
  real: RELATION_CHANGES_5_REAL,
  notFound: NOT_FOUND,
});
