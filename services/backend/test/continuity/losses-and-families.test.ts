import { testGeneralityCheck } from './check-text.js';
import { LOSSES_AND_FAMILIES_LEGITIMATE, LOSSES_AND_FAMILIES_REAL } from './losses-and-families.js';

/**
 * The real contradictions not found on arrival (the forty-third pass wrote no rule for them): all
 * four. All are found since the twenty-sixth session: the limbs used after their loss
 * (`facts/limb-loss.ts`) and the families' counts under their plural names (`facts/families.ts`).
 */
const NOT_FOUND: ReadonlySet<string> = new Set();

testGeneralityCheck({
  title: 'losses and families',
  legitimate: LOSSES_AND_FAMILIES_LEGITIMATE,
  real: LOSSES_AND_FAMILIES_REAL,
  notFound: NOT_FOUND,
});
