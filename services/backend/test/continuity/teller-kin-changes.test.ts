import { testGeneralityCheck } from './check-text.js';
import { TELLER_KIN_LEGITIMATE, TELLER_KIN_REAL } from './teller-kin-changes.js';

/** The real contradictions not found: none now (none of the four on arrival, before `facts/teller-relations.ts`). */
const NOT_FOUND: ReadonlySet<string> = new Set([]);

testGeneralityCheck({
  title: "a teller's named kin",
  legitimate: TELLER_KIN_LEGITIMATE,
  real: TELLER_KIN_REAL,
  notFound: NOT_FOUND,
});
