import { testGeneralityCheck } from './check-text.js';
import { DESCRIBED_KIN_LEGITIMATE, DESCRIBED_KIN_REAL } from './described-kin-changes.js';

/** The real contradictions not found: all eight on arrival (5d6049a), none of their descriptions tied to a person. */
const NOT_FOUND: ReadonlySet<string> = new Set(DESCRIBED_KIN_REAL.map((c) => c.name));

testGeneralityCheck({
  title: 'kin of a description and a newcomer named later',
  legitimate: DESCRIBED_KIN_LEGITIMATE,
  real: DESCRIBED_KIN_REAL,
  notFound: NOT_FOUND,
});
