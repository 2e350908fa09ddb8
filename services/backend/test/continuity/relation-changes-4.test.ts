import { testGeneralityCheck } from './check-text.js';
import { RELATION_CHANGES_4_LEGITIMATE, RELATION_CHANGES_4_REAL } from './relation-changes-4.js';

/** The real contradictions not found: none (both on arrival, before `facts/engagements.ts`). */
const NOT_FOUND: ReadonlySet<string> = new Set();

testGeneralityCheck({
  title: 'relation changes, fourth set',
  legitimate: RELATION_CHANGES_4_LEGITIMATE,
  real: RELATION_CHANGES_4_REAL,
  notFound: NOT_FOUND,
});
