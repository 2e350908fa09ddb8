import { testGeneralityCheck } from './check-text.js';
import { LOSSES_AND_FAMILIES_2_LEGITIMATE, LOSSES_AND_FAMILIES_2_REAL } from './losses-and-families-2.js';

/** The real contradictions not found: written before any output on them, all seven expected missed. */
const NOT_FOUND: ReadonlySet<string> = new Set(LOSSES_AND_FAMILIES_2_REAL.map((c) => c.name));

testGeneralityCheck({
  title: 'losses and families, second check',
  legitimate: LOSSES_AND_FAMILIES_2_LEGITIMATE,
  real: LOSSES_AND_FAMILIES_2_REAL,
  notFound: NOT_FOUND,
});
