import { testGeneralityCheck } from './check-text.js';
import { RELATION_CHANGES_6_LEGITIMATE, RELATION_CHANGES_6_REAL } from './relation-changes-6.js';

/** The real contradictions not found: all three on arrival. */
const NOT_FOUND: ReadonlySet<string> = new Set(RELATION_CHANGES_6_REAL.map((c) => c.name));

testGeneralityCheck({
  title: 'relation changes, sixth set',
  legitimate: RELATION_CHANGES_6_LEGITIMATE,
  real: RELATION_CHANGES_6_REAL,
  notFound: NOT_FOUND,
});
