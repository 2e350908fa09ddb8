import { testGeneralityCheck } from './check-text.js';
import { BACK_REFERENCE_LEGITIMATE, BACK_REFERENCE_REAL } from './count-back-reference-changes.js';

/** The real contradictions not found (all six on arrival, before any rule). */
const NOT_FOUND: ReadonlySet<string> = new Set(BACK_REFERENCE_REAL.map((c) => c.name));

testGeneralityCheck({
  title: 'a group or a sum referred back to with another number',
  legitimate: BACK_REFERENCE_LEGITIMATE,
  real: BACK_REFERENCE_REAL,
  notFound: NOT_FOUND,
});
